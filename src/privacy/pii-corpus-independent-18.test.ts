import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent18Corpus, INDEPENDENT18_MIN_INSTANCES, INDEPENDENT18_SEEDS } from './pii-corpus-independent-18.js';

describeBlindCorpus({
  number: 18,
  seeds: INDEPENDENT18_SEEDS,
  minInstances: INDEPENDENT18_MIN_INSTANCES,
  generate: generateIndependent18Corpus,
});
