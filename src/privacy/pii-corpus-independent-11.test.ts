import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent11Corpus, INDEPENDENT11_MIN_INSTANCES, INDEPENDENT11_SEEDS } from './pii-corpus-independent-11.js';

describeBlindCorpus({
  number: 11,
  seeds: INDEPENDENT11_SEEDS,
  minInstances: INDEPENDENT11_MIN_INSTANCES,
  generate: generateIndependent11Corpus,
});
