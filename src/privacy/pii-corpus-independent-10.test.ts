import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent10Corpus, INDEPENDENT10_MIN_INSTANCES, INDEPENDENT10_SEEDS } from './pii-corpus-independent-10.js';

describeBlindCorpus({
  number: 10,
  seeds: INDEPENDENT10_SEEDS,
  minInstances: INDEPENDENT10_MIN_INSTANCES,
  generate: generateIndependent10Corpus,
});
