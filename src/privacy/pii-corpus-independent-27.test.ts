import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent27Corpus, INDEPENDENT27_MIN_INSTANCES, INDEPENDENT27_SEEDS } from './pii-corpus-independent-27.js';

describeBlindCorpus({
  number: 27,
  seeds: INDEPENDENT27_SEEDS,
  minInstances: INDEPENDENT27_MIN_INSTANCES,
  generate: generateIndependent27Corpus,
});
