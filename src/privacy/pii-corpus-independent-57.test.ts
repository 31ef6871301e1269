import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent57Corpus, INDEPENDENT57_MIN_INSTANCES, INDEPENDENT57_SEEDS } from './pii-corpus-independent-57.js';

describeBlindCorpus({
  number: 57,
  seeds: INDEPENDENT57_SEEDS,
  minInstances: INDEPENDENT57_MIN_INSTANCES,
  generate: generateIndependent57Corpus,
});
