import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent24Corpus, INDEPENDENT24_MIN_INSTANCES, INDEPENDENT24_SEEDS } from './pii-corpus-independent-24.js';

describeBlindCorpus({
  number: 24,
  seeds: INDEPENDENT24_SEEDS,
  minInstances: INDEPENDENT24_MIN_INSTANCES,
  generate: generateIndependent24Corpus,
});
