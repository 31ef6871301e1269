import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent40Corpus, INDEPENDENT40_MIN_INSTANCES, INDEPENDENT40_SEEDS } from './pii-corpus-independent-40.js';

describeBlindCorpus({
  number: 40,
  seeds: INDEPENDENT40_SEEDS,
  minInstances: INDEPENDENT40_MIN_INSTANCES,
  generate: generateIndependent40Corpus,
});
