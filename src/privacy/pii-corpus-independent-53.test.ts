import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent53Corpus, INDEPENDENT53_MIN_INSTANCES, INDEPENDENT53_SEEDS } from './pii-corpus-independent-53.js';

describeBlindCorpus({
  number: 53,
  seeds: INDEPENDENT53_SEEDS,
  minInstances: INDEPENDENT53_MIN_INSTANCES,
  generate: generateIndependent53Corpus,
});
