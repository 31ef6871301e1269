import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent42Corpus, INDEPENDENT42_MIN_INSTANCES, INDEPENDENT42_SEEDS } from './pii-corpus-independent-42.js';

describeBlindCorpus({
  number: 42,
  seeds: INDEPENDENT42_SEEDS,
  minInstances: INDEPENDENT42_MIN_INSTANCES,
  generate: generateIndependent42Corpus,
});
