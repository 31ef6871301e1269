import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent30Corpus, INDEPENDENT30_MIN_INSTANCES, INDEPENDENT30_SEEDS } from './pii-corpus-independent-30.js';

describeBlindCorpus({
  number: 30,
  seeds: INDEPENDENT30_SEEDS,
  minInstances: INDEPENDENT30_MIN_INSTANCES,
  generate: generateIndependent30Corpus,
});
