import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent49Corpus, INDEPENDENT49_MIN_INSTANCES, INDEPENDENT49_SEEDS } from './pii-corpus-independent-49.js';

describeBlindCorpus({
  number: 49,
  seeds: INDEPENDENT49_SEEDS,
  minInstances: INDEPENDENT49_MIN_INSTANCES,
  generate: generateIndependent49Corpus,
});
