import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent69Corpus, INDEPENDENT69_MIN_INSTANCES, INDEPENDENT69_SEEDS } from './pii-corpus-independent-69.js';

describeBlindCorpus({
  number: 69,
  seeds: INDEPENDENT69_SEEDS,
  minInstances: INDEPENDENT69_MIN_INSTANCES,
  generate: generateIndependent69Corpus,
});
