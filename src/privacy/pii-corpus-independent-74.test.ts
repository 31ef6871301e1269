import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent74Corpus, INDEPENDENT74_MIN_INSTANCES, INDEPENDENT74_SEEDS } from './pii-corpus-independent-74.js';

describeBlindCorpus({
  number: 74,
  seeds: INDEPENDENT74_SEEDS,
  minInstances: INDEPENDENT74_MIN_INSTANCES,
  generate: generateIndependent74Corpus,
});
