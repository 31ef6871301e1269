import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent35Corpus, INDEPENDENT35_MIN_INSTANCES, INDEPENDENT35_SEEDS } from './pii-corpus-independent-35.js';

describeBlindCorpus({
  number: 35,
  seeds: INDEPENDENT35_SEEDS,
  minInstances: INDEPENDENT35_MIN_INSTANCES,
  generate: generateIndependent35Corpus,
});
