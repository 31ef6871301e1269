import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent73Corpus, INDEPENDENT73_MIN_INSTANCES, INDEPENDENT73_SEEDS } from './pii-corpus-independent-73.js';

describeBlindCorpus({
  number: 73,
  seeds: INDEPENDENT73_SEEDS,
  minInstances: INDEPENDENT73_MIN_INSTANCES,
  generate: generateIndependent73Corpus,
});
