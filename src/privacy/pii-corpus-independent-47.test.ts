import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent47Corpus, INDEPENDENT47_MIN_INSTANCES, INDEPENDENT47_SEEDS } from './pii-corpus-independent-47.js';

describeBlindCorpus({
  number: 47,
  seeds: INDEPENDENT47_SEEDS,
  minInstances: INDEPENDENT47_MIN_INSTANCES,
  generate: generateIndependent47Corpus,
});
