import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent21Corpus, INDEPENDENT21_MIN_INSTANCES, INDEPENDENT21_SEEDS } from './pii-corpus-independent-21.js';

describeBlindCorpus({
  number: 21,
  seeds: INDEPENDENT21_SEEDS,
  minInstances: INDEPENDENT21_MIN_INSTANCES,
  generate: generateIndependent21Corpus,
});
