/** @module test/support/backends — the backends every storage-touching suite runs against. */
import { createHash, randomBytes } from 'node:crypto';
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

/** SQLite in memory always; PostgreSQL in its own schema when the server answers. */
export async function backendFactories(): Promise<BackendFactory[]> {
  const reason = await postgresUnavailableReason();
  if (reason) console.warn(`[postgres suites skipped] ${reason}`);
  return [
    {
      name: 'sqlite',
      skipReason: undefined,
      make: async () => {
        const backend = createSqliteBackend({ path: ':memory:' });
        await backend.migrate();
        return { backend, dispose: () => backend.close() };
      },
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
