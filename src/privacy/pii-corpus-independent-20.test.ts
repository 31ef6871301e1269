import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent20Corpus, INDEPENDENT20_MIN_INSTANCES, INDEPENDENT20_SEEDS } from './pii-corpus-independent-20.js';

describeBlindCorpus({
  number: 20,
  seeds: INDEPENDENT20_SEEDS,
  minInstances: INDEPENDENT20_MIN_INSTANCES,
  generate: generateIndependent20Corpus,
});
