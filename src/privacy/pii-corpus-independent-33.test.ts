import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent33Corpus, INDEPENDENT33_MIN_INSTANCES, INDEPENDENT33_SEEDS } from './pii-corpus-independent-33.js';

describeBlindCorpus({
  number: 33,
  seeds: INDEPENDENT33_SEEDS,
  minInstances: INDEPENDENT33_MIN_INSTANCES,
  generate: generateIndependent33Corpus,
});
