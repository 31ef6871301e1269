/** @module store/postgres/postgres-backend — PostgreSQL for scale: several processes share one database. */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database as Schema } from '../database.js';
import type { Capabilities } from '../types.js';
import { KyselyBackend } from '../kysely-backend.js';

export const POSTGRES_CAPABILITIES: Capabilities = Object.freeze({
  dialect: 'postgres',
  skipLocked: true,
  multiProcess: true,
  returning: true,
});

/** Pool size: enough for the API and one worker on a small machine. */
const DEFAULT_POOL_SIZE = 10;
const INT8_OID = 20;

// count(*) and bigint columns come back as strings by default; our counts fit in a double.
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

/**
 * Connects to PostgreSQL. With `schema`, every connection works inside that schema (created if
 * missing) — tests use one schema per run.
 */
export async function createPostgresBackend({
  url,
  schema,
  workspaceId,
  poolSize = DEFAULT_POOL_SIZE,
}: {
  url: string;
  schema?: string;
  workspaceId?: string;
  poolSize?: number;
}): Promise<KyselyBackend> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  // Also proves the connection works; the schema is where search_path puts our tables.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new KyselyBackend({
    db,
    capabilities: POSTGRES_CAPABILITIES,
    migrationTableSchema: rows[0]?.schema ?? schema,
    ...(workspaceId ? { workspaceId } : {}),
  });
}

/** Drops a schema made by `createPostgresBackend({ schema })` (tests clean up with it). */
export async function dangerouslyDropSchema({ url, schema }: { url: string; schema: string }): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await admin.end();
  }
}
