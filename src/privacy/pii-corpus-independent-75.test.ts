import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent75Corpus, INDEPENDENT75_MIN_INSTANCES, INDEPENDENT75_SEEDS } from './pii-corpus-independent-75.js';

describeBlindCorpus({
  number: 75,
  seeds: INDEPENDENT75_SEEDS,
  minInstances: INDEPENDENT75_MIN_INSTANCES,
  generate: generateIndependent75Corpus,
});
