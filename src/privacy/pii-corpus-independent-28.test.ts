import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent28Corpus, INDEPENDENT28_MIN_INSTANCES, INDEPENDENT28_SEEDS } from './pii-corpus-independent-28.js';

describeBlindCorpus({
  number: 28,
  seeds: INDEPENDENT28_SEEDS,
  minInstances: INDEPENDENT28_MIN_INSTANCES,
  generate: generateIndependent28Corpus,
});
