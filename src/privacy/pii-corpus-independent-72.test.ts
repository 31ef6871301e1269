import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent72Corpus, INDEPENDENT72_MIN_INSTANCES, INDEPENDENT72_SEEDS } from './pii-corpus-independent-72.js';

describeBlindCorpus({
  number: 72,
  seeds: INDEPENDENT72_SEEDS,
  minInstances: INDEPENDENT72_MIN_INSTANCES,
  generate: generateIndependent72Corpus,
});
