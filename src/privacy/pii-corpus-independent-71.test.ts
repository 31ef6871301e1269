import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent71Corpus, INDEPENDENT71_MIN_INSTANCES, INDEPENDENT71_SEEDS } from './pii-corpus-independent-71.js';

describeBlindCorpus({
  number: 71,
  seeds: INDEPENDENT71_SEEDS,
  minInstances: INDEPENDENT71_MIN_INSTANCES,
  generate: generateIndependent71Corpus,
});
