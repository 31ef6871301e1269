/** @module store/conformance/harness — per-test backends and deterministic ids/timestamps for the suites. */
import { it } from 'vitest';
import type { StoreBackend } from '../types.js';
import type { IdPrefix } from '../../shared/ids.js';
import { UlidGenerator } from '../../shared/ids.js';
import type { MakeBackend } from './types.js';

/** First timestamp the suites write; every later row is a whole number of minutes after it. */
export const T0_MS = Date.parse('2026-03-01T00:00:00.000Z');
const MINUTE_MS = 60_000;

/** RFC 3339 text `minutes` after {@link T0_MS}. */
export function at(minutes: number): string {
  return new Date(T0_MS + minutes * MINUTE_MS).toISOString();
}

/**
 * A vitest `it` whose tests receive a fresh, migrated `backend` fixture (made before, disposed after
 * each test). Tests own their backend, so suites may run their cases concurrently.
 */
export function conformanceIt(makeBackend: MakeBackend) {
  return it.extend<{ backend: StoreBackend }>({
    // vitest reads fixture dependencies from the destructuring pattern, so the empty pattern is required.
    // eslint-disable-next-line no-empty-pattern
    backend: async ({}, use) => {
      const made = await makeBackend();
      try {
        await use(made.backend);
      } finally {
        await made.dispose();
      }
    },
  });
}

/** Ids that sort in the order they are made, as the product's ids do. */
export function idMaker(prefix: IdPrefix): () => string {
  let tick = T0_MS;
  const ids = new UlidGenerator(() => tick++);
  return () => ids.next(prefix);
}
