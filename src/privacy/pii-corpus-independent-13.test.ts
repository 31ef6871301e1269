import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent13Corpus, INDEPENDENT13_MIN_INSTANCES, INDEPENDENT13_SEEDS } from './pii-corpus-independent-13.js';

describeBlindCorpus({
  number: 13,
  seeds: INDEPENDENT13_SEEDS,
  minInstances: INDEPENDENT13_MIN_INSTANCES,
  generate: generateIndependent13Corpus,
});
