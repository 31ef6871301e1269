import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent48Corpus, INDEPENDENT48_MIN_INSTANCES, INDEPENDENT48_SEEDS } from './pii-corpus-independent-48.js';

describeBlindCorpus({
  number: 48,
  seeds: INDEPENDENT48_SEEDS,
  minInstances: INDEPENDENT48_MIN_INSTANCES,
  generate: generateIndependent48Corpus,
});
