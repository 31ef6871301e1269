import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent65Corpus, INDEPENDENT65_MIN_INSTANCES, INDEPENDENT65_SEEDS } from './pii-corpus-independent-65.js';

describeBlindCorpus({
  number: 65,
  seeds: INDEPENDENT65_SEEDS,
  minInstances: INDEPENDENT65_MIN_INSTANCES,
  generate: generateIndependent65Corpus,
});
