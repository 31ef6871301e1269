import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent66Corpus, INDEPENDENT66_MIN_INSTANCES, INDEPENDENT66_SEEDS } from './pii-corpus-independent-66.js';

describeBlindCorpus({
  number: 66,
  seeds: INDEPENDENT66_SEEDS,
  minInstances: INDEPENDENT66_MIN_INSTANCES,
  generate: generateIndependent66Corpus,
});
