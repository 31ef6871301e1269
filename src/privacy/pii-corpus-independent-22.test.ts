import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent22Corpus, INDEPENDENT22_MIN_INSTANCES, INDEPENDENT22_SEEDS } from './pii-corpus-independent-22.js';

describeBlindCorpus({
  number: 22,
  seeds: INDEPENDENT22_SEEDS,
  minInstances: INDEPENDENT22_MIN_INSTANCES,
  generate: generateIndependent22Corpus,
});
