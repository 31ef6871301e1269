import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent16Corpus, INDEPENDENT16_MIN_INSTANCES, INDEPENDENT16_SEEDS } from './pii-corpus-independent-16.js';

describeBlindCorpus({
  number: 16,
  seeds: INDEPENDENT16_SEEDS,
  minInstances: INDEPENDENT16_MIN_INSTANCES,
  generate: generateIndependent16Corpus,
});
