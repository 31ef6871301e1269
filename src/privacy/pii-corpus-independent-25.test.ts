import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent25Corpus, INDEPENDENT25_MIN_INSTANCES, INDEPENDENT25_SEEDS } from './pii-corpus-independent-25.js';

describeBlindCorpus({
  number: 25,
  seeds: INDEPENDENT25_SEEDS,
  minInstances: INDEPENDENT25_MIN_INSTANCES,
  generate: generateIndependent25Corpus,
});
