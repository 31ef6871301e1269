import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent37Corpus, INDEPENDENT37_MIN_INSTANCES, INDEPENDENT37_SEEDS } from './pii-corpus-independent-37.js';

describeBlindCorpus({
  number: 37,
  seeds: INDEPENDENT37_SEEDS,
  minInstances: INDEPENDENT37_MIN_INSTANCES,
  generate: generateIndependent37Corpus,
});
