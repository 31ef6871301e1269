import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent44Corpus, INDEPENDENT44_MIN_INSTANCES, INDEPENDENT44_SEEDS } from './pii-corpus-independent-44.js';

describeBlindCorpus({
  number: 44,
  seeds: INDEPENDENT44_SEEDS,
  minInstances: INDEPENDENT44_MIN_INSTANCES,
  generate: generateIndependent44Corpus,
});
