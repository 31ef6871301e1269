import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent59Corpus, INDEPENDENT59_MIN_INSTANCES, INDEPENDENT59_SEEDS } from './pii-corpus-independent-59.js';

describeBlindCorpus({
  number: 59,
  seeds: INDEPENDENT59_SEEDS,
  minInstances: INDEPENDENT59_MIN_INSTANCES,
  generate: generateIndependent59Corpus,
});
