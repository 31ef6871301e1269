/**
 * @module privacy/pii-eval-blind-a.test — shard 1 of the blind PII splits' report (see
 * test/support/pii-blind-splits.ts; the acceptance targets are asserted in pii-eval.test.ts).
 */
import { describeBlindFigures } from '../../test/support/pii-blind-splits.js';

describeBlindFigures(0);
