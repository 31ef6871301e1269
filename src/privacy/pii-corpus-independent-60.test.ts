import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent60Corpus, INDEPENDENT60_MIN_INSTANCES, INDEPENDENT60_SEEDS } from './pii-corpus-independent-60.js';

describeBlindCorpus({
  number: 60,
  seeds: INDEPENDENT60_SEEDS,
  minInstances: INDEPENDENT60_MIN_INSTANCES,
  generate: generateIndependent60Corpus,
});
