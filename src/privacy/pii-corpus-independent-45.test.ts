import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent45Corpus, INDEPENDENT45_MIN_INSTANCES, INDEPENDENT45_SEEDS } from './pii-corpus-independent-45.js';

describeBlindCorpus({
  number: 45,
  seeds: INDEPENDENT45_SEEDS,
  minInstances: INDEPENDENT45_MIN_INSTANCES,
  generate: generateIndependent45Corpus,
});
