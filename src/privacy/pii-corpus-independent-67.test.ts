import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent67Corpus, INDEPENDENT67_MIN_INSTANCES, INDEPENDENT67_SEEDS } from './pii-corpus-independent-67.js';

describeBlindCorpus({
  number: 67,
  seeds: INDEPENDENT67_SEEDS,
  minInstances: INDEPENDENT67_MIN_INSTANCES,
  generate: generateIndependent67Corpus,
});
