import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent46Corpus, INDEPENDENT46_MIN_INSTANCES, INDEPENDENT46_SEEDS } from './pii-corpus-independent-46.js';

describeBlindCorpus({
  number: 46,
  seeds: INDEPENDENT46_SEEDS,
  minInstances: INDEPENDENT46_MIN_INSTANCES,
  generate: generateIndependent46Corpus,
});
