import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent23Corpus, INDEPENDENT23_MIN_INSTANCES, INDEPENDENT23_SEEDS } from './pii-corpus-independent-23.js';

describeBlindCorpus({
  number: 23,
  seeds: INDEPENDENT23_SEEDS,
  minInstances: INDEPENDENT23_MIN_INSTANCES,
  generate: generateIndependent23Corpus,
});
