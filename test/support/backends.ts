/** @module test/support/backends — the backends every storage-touching suite runs against. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresBackend, createSqliteBackend, dangerouslyDropSchema, type KyselyBackend } from '../../src/store/index.js';

/** The PostgreSQL server CI provides (trust auth); override with TEST_DATABASE_URL. */
export const TEST_PG_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgStatus: Promise<string | undefined> | undefined;

/** Resolves to undefined when PostgreSQL answers, or to the reason it cannot be used. */
export function postgresUnavailableReason(): Promise<string | undefined> {
  pgStatus ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (err) {
      return `PostgreSQL at ${TEST_PG_URL} is not reachable (${(err as Error).message}); start it with pg_ctlcluster`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgStatus;
}

/** A backend made for one test file; `dispose` drops what it made. */
export interface TestBackend {
  readonly backend: KyselyBackend;
  dispose(): Promise<void>;
}

export interface BackendFactory {
  readonly name: 'sqlite' | 'postgres';
  /** Set when this backend cannot run here; suites skip with this reason printed. */
  readonly skipReason: string | undefined;
  make(): Promise<TestBackend>;
}

/**
 * A SQLite file in WAL mode in a fresh temp dir, as the product runs (`.reverie/reverie.db`): that is
 * also the path on which reads go through the change-generation caches (ADR 0071), which an in-memory
 * database skips.
 */
export async function makeSqliteFileBackend(): Promise<TestBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'reverie-test-db-'));
  const backend = createSqliteBackend({ path: join(dir, 'reverie.db') });
  await backend.migrate();
  return {
    backend,
    dispose: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** SQLite (a file, as the product runs) always; PostgreSQL in its own schema when the server answers. */
export async function backendFactories(): Promise<BackendFactory[]> {
  const reason = await postgresUnavailableReason();
  if (reason) console.warn(`[postgres suites skipped] ${reason}`);
  return [
    {
      name: 'sqlite',
      skipReason: undefined,
      make: makeSqliteFileBackend,
    },
    {
      name: 'postgres',
      skipReason: reason,
      make: async () => {
        const schema = `t_${createHash('sha256').update(randomBytes(16)).digest('hex').slice(0, 16)}`;
        const backend = await createPostgresBackend({ url: TEST_PG_URL, schema, poolSize: 4 });
        await backend.migrate();
        return {
          backend,
          dispose: async () => {
            await backend.close();
            await dangerouslyDropSchema({ url: TEST_PG_URL, schema });
          },
        };
      },
    },
  ];
}
