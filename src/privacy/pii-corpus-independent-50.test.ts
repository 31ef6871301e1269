import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent50Corpus, INDEPENDENT50_MIN_INSTANCES, INDEPENDENT50_SEEDS } from './pii-corpus-independent-50.js';

describeBlindCorpus({
  number: 50,
  seeds: INDEPENDENT50_SEEDS,
  minInstances: INDEPENDENT50_MIN_INSTANCES,
  generate: generateIndependent50Corpus,
});
