import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent12Corpus, INDEPENDENT12_MIN_INSTANCES, INDEPENDENT12_SEEDS } from './pii-corpus-independent-12.js';

describeBlindCorpus({
  number: 12,
  seeds: INDEPENDENT12_SEEDS,
  minInstances: INDEPENDENT12_MIN_INSTANCES,
  generate: generateIndependent12Corpus,
});
