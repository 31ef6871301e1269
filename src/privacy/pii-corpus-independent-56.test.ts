import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent56Corpus, INDEPENDENT56_MIN_INSTANCES, INDEPENDENT56_SEEDS } from './pii-corpus-independent-56.js';

describeBlindCorpus({
  number: 56,
  seeds: INDEPENDENT56_SEEDS,
  minInstances: INDEPENDENT56_MIN_INSTANCES,
  generate: generateIndependent56Corpus,
});
