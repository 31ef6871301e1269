import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent7Corpus, INDEPENDENT7_MIN_INSTANCES, INDEPENDENT7_SEEDS } from './pii-corpus-independent-7.js';

describeBlindCorpus({
  number: 7,
  seeds: INDEPENDENT7_SEEDS,
  minInstances: INDEPENDENT7_MIN_INSTANCES,
  generate: generateIndependent7Corpus,
});
