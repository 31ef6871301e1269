import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent31Corpus, INDEPENDENT31_MIN_INSTANCES, INDEPENDENT31_SEEDS } from './pii-corpus-independent-31.js';

describeBlindCorpus({
  number: 31,
  seeds: INDEPENDENT31_SEEDS,
  minInstances: INDEPENDENT31_MIN_INSTANCES,
  generate: generateIndependent31Corpus,
});
