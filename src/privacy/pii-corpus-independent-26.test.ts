import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent26Corpus, INDEPENDENT26_MIN_INSTANCES, INDEPENDENT26_SEEDS } from './pii-corpus-independent-26.js';

describeBlindCorpus({
  number: 26,
  seeds: INDEPENDENT26_SEEDS,
  minInstances: INDEPENDENT26_MIN_INSTANCES,
  generate: generateIndependent26Corpus,
});
