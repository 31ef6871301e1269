import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent19Corpus, INDEPENDENT19_MIN_INSTANCES, INDEPENDENT19_SEEDS } from './pii-corpus-independent-19.js';

describeBlindCorpus({
  number: 19,
  seeds: INDEPENDENT19_SEEDS,
  minInstances: INDEPENDENT19_MIN_INSTANCES,
  generate: generateIndependent19Corpus,
});
