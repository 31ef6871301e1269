import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent62Corpus, INDEPENDENT62_MIN_INSTANCES, INDEPENDENT62_SEEDS } from './pii-corpus-independent-62.js';

describeBlindCorpus({
  number: 62,
  seeds: INDEPENDENT62_SEEDS,
  minInstances: INDEPENDENT62_MIN_INSTANCES,
  generate: generateIndependent62Corpus,
});
