import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent32Corpus, INDEPENDENT32_MIN_INSTANCES, INDEPENDENT32_SEEDS } from './pii-corpus-independent-32.js';

describeBlindCorpus({
  number: 32,
  seeds: INDEPENDENT32_SEEDS,
  minInstances: INDEPENDENT32_MIN_INSTANCES,
  generate: generateIndependent32Corpus,
});
