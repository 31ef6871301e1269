import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent41Corpus, INDEPENDENT41_MIN_INSTANCES, INDEPENDENT41_SEEDS } from './pii-corpus-independent-41.js';

describeBlindCorpus({
  number: 41,
  seeds: INDEPENDENT41_SEEDS,
  minInstances: INDEPENDENT41_MIN_INSTANCES,
  generate: generateIndependent41Corpus,
});
