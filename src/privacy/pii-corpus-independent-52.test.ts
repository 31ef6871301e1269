import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent52Corpus, INDEPENDENT52_MIN_INSTANCES, INDEPENDENT52_SEEDS } from './pii-corpus-independent-52.js';

describeBlindCorpus({
  number: 52,
  seeds: INDEPENDENT52_SEEDS,
  minInstances: INDEPENDENT52_MIN_INSTANCES,
  generate: generateIndependent52Corpus,
});
