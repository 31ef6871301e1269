import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent63Corpus, INDEPENDENT63_MIN_INSTANCES, INDEPENDENT63_SEEDS } from './pii-corpus-independent-63.js';

describeBlindCorpus({
  number: 63,
  seeds: INDEPENDENT63_SEEDS,
  minInstances: INDEPENDENT63_MIN_INSTANCES,
  generate: generateIndependent63Corpus,
});
