import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent8Corpus, INDEPENDENT8_MIN_INSTANCES, INDEPENDENT8_SEEDS } from './pii-corpus-independent-8.js';

describeBlindCorpus({
  number: 8,
  seeds: INDEPENDENT8_SEEDS,
  minInstances: INDEPENDENT8_MIN_INSTANCES,
  generate: generateIndependent8Corpus,
});
