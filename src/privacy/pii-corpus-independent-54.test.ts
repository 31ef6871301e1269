import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent54Corpus, INDEPENDENT54_MIN_INSTANCES, INDEPENDENT54_SEEDS } from './pii-corpus-independent-54.js';

describeBlindCorpus({
  number: 54,
  seeds: INDEPENDENT54_SEEDS,
  minInstances: INDEPENDENT54_MIN_INSTANCES,
  generate: generateIndependent54Corpus,
});
