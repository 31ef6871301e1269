import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent61Corpus, INDEPENDENT61_MIN_INSTANCES, INDEPENDENT61_SEEDS } from './pii-corpus-independent-61.js';

describeBlindCorpus({
  number: 61,
  seeds: INDEPENDENT61_SEEDS,
  minInstances: INDEPENDENT61_MIN_INSTANCES,
  generate: generateIndependent61Corpus,
});
