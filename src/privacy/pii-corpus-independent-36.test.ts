import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent36Corpus, INDEPENDENT36_MIN_INSTANCES, INDEPENDENT36_SEEDS } from './pii-corpus-independent-36.js';

describeBlindCorpus({
  number: 36,
  seeds: INDEPENDENT36_SEEDS,
  minInstances: INDEPENDENT36_MIN_INSTANCES,
  generate: generateIndependent36Corpus,
});
