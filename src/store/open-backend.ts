/** @module store/open-backend — picks the adapter from configuration (used by composition roots). */
import { join } from 'node:path';
import type { KyselyBackend } from './kysely-backend.js';
import { createSqliteBackend } from './sqlite/sqlite-backend.js';
import { createPostgresBackend } from './postgres/postgres-backend.js';

/** SQLite file name inside the data directory. */
export const SQLITE_FILE = 'reverie.db';

/** A `postgres://` URL selects PostgreSQL; otherwise the SQLite file in the data directory. Migrates. */
export async function openBackend({
  databaseUrl,
  dataDir,
}: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<KyselyBackend> {
  const backend = databaseUrl
    ? await createPostgresBackend({ url: databaseUrl })
    : createSqliteBackend({ path: join(dataDir, SQLITE_FILE) });
  await backend.migrate();
  return backend;
}
