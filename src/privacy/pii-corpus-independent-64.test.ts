import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent64Corpus, INDEPENDENT64_MIN_INSTANCES, INDEPENDENT64_SEEDS } from './pii-corpus-independent-64.js';

describeBlindCorpus({
  number: 64,
  seeds: INDEPENDENT64_SEEDS,
  minInstances: INDEPENDENT64_MIN_INSTANCES,
  generate: generateIndependent64Corpus,
});
