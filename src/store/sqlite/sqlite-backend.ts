/** @module store/sqlite/sqlite-backend — the embedded default: one SQLite file in WAL mode. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database as Schema } from '../database.js';
import type { Capabilities } from '../types.js';
import { KyselyBackend } from '../kysely-backend.js';
import { WalGeneration } from './wal-generation.js';

/** SQLite runs in one process: the queue uses a single-writer claim instead of SKIP LOCKED. */
export const SQLITE_CAPABILITIES: Capabilities = Object.freeze({
  dialect: 'sqlite',
  skipLocked: false,
  multiProcess: false,
  returning: true,
});

/** How long a writer waits for another connection's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 5_000;
/**
 * Distinct SQL texts kept prepared. Kysely prepares every query afresh, which measured as about a third
 * of an API point read (bench/api.ts); the product issues far fewer distinct texts than this.
 */
const STATEMENT_CACHE_SIZE = 512;

/** A prepared statement as the cache keeps it: what Kysely runs, and whether it is mid-iteration. */
type CachedStatement = SqliteStatement & { readonly busy: boolean };

/**
 * Result rows come back as arrays (better-sqlite3's raw mode) and become objects here. Building each
 * row object natively, one property at a time, cost about a fifth of an agent list page's SQLite time
 * in bench/api.ts; an object built in JavaScript with the same keys in the same order is the same row.
 */
function rowsAsObjects(statement: Database.Statement): CachedStatement {
  const names = statement.columns().map((c) => c.name);
  // An own `__proto__` key cannot be made by assignment; such (hypothetical) rows stay native.
  if (names.includes('__proto__')) return statement as unknown as CachedStatement;
  statement.raw(true);
  const toObject = (values: unknown[]): Record<string, unknown> => {
    const row: Record<string, unknown> = {};
    // Same as native rows when names repeat (`a.id, b.id`): the later column wins.
    for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
    return row;
  };
  return {
    reader: true,
    get busy() {
      return statement.busy;
    },
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => statement.run(parameters),
    iterate: function* (parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(values);
    },
  };
}

/** better-sqlite3 behind Kysely's `SqliteDatabase`, re-using prepared statements by SQL text. */
function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, CachedStatement>();
  const prepare = (text: string): CachedStatement => {
    const statement = sqlite.prepare(text);
    return statement.reader ? rowsAsObjects(statement) : (statement as unknown as CachedStatement);
  };
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      const cached = cache.get(text);
      // A statement still being iterated cannot run again; such a caller gets a fresh one.
      if (cached && !cached.busy) return cached;
      const statement = prepare(text);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(text, statement);
      return statement;
    },
  };
}

/**
 * Opens (creating if needed) a SQLite database; `':memory:'` gives a private in-memory one.
 * @example const backend = createSqliteBackend({ path: '.reverie/reverie.db' }); await backend.migrate();
 */
export function createSqliteBackend({ path, workspaceId }: { path: string; workspaceId?: string }): KyselyBackend {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true });
  // NORMAL is durable across application crashes in WAL mode; only power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // Only a WAL database has the shared wal-index the generation is read from (a file system that refuses
  // WAL leaves another journal mode, and a stale `-shm` beside it would never change). A private
  // in-memory database has none, and nobody else to change it behind our back either: it reads through.
  const changes = path !== ':memory:' && journalMode === 'wal' ? new WalGeneration(path) : undefined;
  return new KyselyBackend({ db, capabilities: SQLITE_CAPABILITIES, changes, ...(workspaceId ? { workspaceId } : {}) });
}
