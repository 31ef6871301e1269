import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent9Corpus, INDEPENDENT9_MIN_INSTANCES, INDEPENDENT9_SEEDS } from './pii-corpus-independent-9.js';

describeBlindCorpus({
  number: 9,
  seeds: INDEPENDENT9_SEEDS,
  minInstances: INDEPENDENT9_MIN_INSTANCES,
  generate: generateIndependent9Corpus,
});
