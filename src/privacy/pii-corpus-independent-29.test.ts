import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent29Corpus, INDEPENDENT29_MIN_INSTANCES, INDEPENDENT29_SEEDS } from './pii-corpus-independent-29.js';

describeBlindCorpus({
  number: 29,
  seeds: INDEPENDENT29_SEEDS,
  minInstances: INDEPENDENT29_MIN_INSTANCES,
  generate: generateIndependent29Corpus,
});
