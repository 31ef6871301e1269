/** @module store/conformance/conformance.test — runs the storage conformance suite on every test backend. */
import { describe } from 'vitest';
import { backendFactories } from '../../../test/support/backends.js';
import { describeStoreConformance } from './index.js';

// PostgreSQL reports why it skipped (console.warn in backendFactories) and the skip shows in the run.
for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`${factory.name}${factory.skipReason ? ` (skipped: ${factory.skipReason})` : ''}`, () => {
    describeStoreConformance(factory.name, () => factory.make());
  });
}
