import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent38Corpus, INDEPENDENT38_MIN_INSTANCES, INDEPENDENT38_SEEDS } from './pii-corpus-independent-38.js';

describeBlindCorpus({
  number: 38,
  seeds: INDEPENDENT38_SEEDS,
  minInstances: INDEPENDENT38_MIN_INSTANCES,
  generate: generateIndependent38Corpus,
});
