import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent14Corpus, INDEPENDENT14_MIN_INSTANCES, INDEPENDENT14_SEEDS } from './pii-corpus-independent-14.js';

describeBlindCorpus({
  number: 14,
  seeds: INDEPENDENT14_SEEDS,
  minInstances: INDEPENDENT14_MIN_INSTANCES,
  generate: generateIndependent14Corpus,
});
