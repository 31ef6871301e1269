import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent39Corpus, INDEPENDENT39_MIN_INSTANCES, INDEPENDENT39_SEEDS } from './pii-corpus-independent-39.js';

describeBlindCorpus({
  number: 39,
  seeds: INDEPENDENT39_SEEDS,
  minInstances: INDEPENDENT39_MIN_INSTANCES,
  generate: generateIndependent39Corpus,
});
