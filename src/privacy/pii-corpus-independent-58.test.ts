import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent58Corpus, INDEPENDENT58_MIN_INSTANCES, INDEPENDENT58_SEEDS } from './pii-corpus-independent-58.js';

describeBlindCorpus({
  number: 58,
  seeds: INDEPENDENT58_SEEDS,
  minInstances: INDEPENDENT58_MIN_INSTANCES,
  generate: generateIndependent58Corpus,
});
