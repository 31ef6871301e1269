import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent55Corpus, INDEPENDENT55_MIN_INSTANCES, INDEPENDENT55_SEEDS } from './pii-corpus-independent-55.js';

describeBlindCorpus({
  number: 55,
  seeds: INDEPENDENT55_SEEDS,
  minInstances: INDEPENDENT55_MIN_INSTANCES,
  generate: generateIndependent55Corpus,
});
