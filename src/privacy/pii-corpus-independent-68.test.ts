import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent68Corpus, INDEPENDENT68_MIN_INSTANCES, INDEPENDENT68_SEEDS } from './pii-corpus-independent-68.js';

describeBlindCorpus({
  number: 68,
  seeds: INDEPENDENT68_SEEDS,
  minInstances: INDEPENDENT68_MIN_INSTANCES,
  generate: generateIndependent68Corpus,
});
