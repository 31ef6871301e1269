import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent17Corpus, INDEPENDENT17_MIN_INSTANCES, INDEPENDENT17_SEEDS } from './pii-corpus-independent-17.js';

describeBlindCorpus({
  number: 17,
  seeds: INDEPENDENT17_SEEDS,
  minInstances: INDEPENDENT17_MIN_INSTANCES,
  generate: generateIndependent17Corpus,
});
