import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent15Corpus, INDEPENDENT15_MIN_INSTANCES, INDEPENDENT15_SEEDS } from './pii-corpus-independent-15.js';

describeBlindCorpus({
  number: 15,
  seeds: INDEPENDENT15_SEEDS,
  minInstances: INDEPENDENT15_MIN_INSTANCES,
  generate: generateIndependent15Corpus,
});
