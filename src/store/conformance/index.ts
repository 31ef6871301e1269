/**
 * @module store/conformance — the storage conformance suite every backend must pass (STYLE §18).
 * Adapters outside this repository import it and call `describeStoreConformance` from a vitest file.
 */
import { describe } from 'vitest';
import { describeAgentsConformance } from './agents-conformance.js';
import { describeEnvironmentsConformance } from './environments-conformance.js';
import { describeSessionsConformance } from './sessions-conformance.js';
import type { ConformanceSuite, MakeBackend } from './types.js';

export type { ConformanceBackend, ConformanceSuite, MakeBackend } from './types.js';
export { describeAgentsConformance } from './agents-conformance.js';
export { describeEnvironmentsConformance } from './environments-conformance.js';
export { describeSessionsConformance } from './sessions-conformance.js';
export { at, conformanceIt, idMaker, T0_MS } from './harness.js';

/**
 * One entry per domain store. A new store adds its `describe<Domain>Conformance` file beside these
 * and one line here; every backend then runs it.
 */
export const STORE_CONFORMANCE_SUITES: readonly ConformanceSuite[] = [describeAgentsConformance, describeEnvironmentsConformance, describeSessionsConformance];

/**
 * Registers the whole suite for one backend. `makeBackend` is called before every test and must
 * return a migrated, empty backend; `dispose` runs after the test.
 * @example
 * describeStoreConformance('sqlite', async () => {
 *   const backend = createSqliteBackend({ path: ':memory:' });
 *   await backend.migrate();
 *   return { backend, dispose: () => backend.close() };
 * });
 */
export function describeStoreConformance(name: string, makeBackend: MakeBackend): void {
  describe(`store conformance: ${name}`, () => {
    for (const suite of STORE_CONFORMANCE_SUITES) suite(makeBackend);
  });
}
