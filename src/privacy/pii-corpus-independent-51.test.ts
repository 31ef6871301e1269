import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent51Corpus, INDEPENDENT51_MIN_INSTANCES, INDEPENDENT51_SEEDS } from './pii-corpus-independent-51.js';

describeBlindCorpus({
  number: 51,
  seeds: INDEPENDENT51_SEEDS,
  minInstances: INDEPENDENT51_MIN_INSTANCES,
  generate: generateIndependent51Corpus,
});
