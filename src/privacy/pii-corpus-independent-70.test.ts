import { describeBlindCorpus } from '../../test/support/pii-blind-checks.js';
import { generateIndependent70Corpus, INDEPENDENT70_MIN_INSTANCES, INDEPENDENT70_SEEDS } from './pii-corpus-independent-70.js';

describeBlindCorpus({
  number: 70,
  seeds: INDEPENDENT70_SEEDS,
  minInstances: INDEPENDENT70_MIN_INSTANCES,
  generate: generateIndependent70Corpus,
});
