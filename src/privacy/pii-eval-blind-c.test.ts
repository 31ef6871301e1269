/**
 * @module privacy/pii-eval-blind-c.test — shard 3 of the blind PII splits' report (see
 * test/support/pii-blind-splits.ts; the acceptance targets are asserted in pii-eval.test.ts).
 */
import { describeBlindFigures } from '../../test/support/pii-blind-splits.js';

describeBlindFigures(2);
