import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent34Corpus, INDEPENDENT34_MIN_INSTANCES, INDEPENDENT34_SEEDS } from './pii-corpus-independent-34.js';

describeBlindCorpus({
  number: 34,
  seeds: INDEPENDENT34_SEEDS,
  minInstances: INDEPENDENT34_MIN_INSTANCES,
  generate: generateIndependent34Corpus,
});
