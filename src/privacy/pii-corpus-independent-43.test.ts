import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent43Corpus, INDEPENDENT43_MIN_INSTANCES, INDEPENDENT43_SEEDS } from './pii-corpus-independent-43.js';

describeBlindCorpus({
  number: 43,
  seeds: INDEPENDENT43_SEEDS,
  minInstances: INDEPENDENT43_MIN_INSTANCES,
  generate: generateIndependent43Corpus,
});
