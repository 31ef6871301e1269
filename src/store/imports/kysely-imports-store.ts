/** @module store/imports/kysely-imports-store — the imports ledger on any Kysely dialect. */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ImportRecord, ImportsStore } from './imports-store.js';

/** Rows per multi-row INSERT: 4 columns a row, far under SQLite's bound-parameter cap. */
const INSERT_CHUNK = 500;

/** Import claims, written once for SQLite and PostgreSQL; bound to one workspace. */
export class KyselyImportsStore implements ImportsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async claim({ sourceKey, sessionId, now }: { sourceKey: string; sessionId: string; now: string }): Promise<boolean> {
    // The unique (workspace_id, source_key) index decides races between concurrent imports of one file.
    const result = await this.#db
      .insertInto('imports')
      .values({ workspace_id: this.#ws, source_key: sourceKey, session_id: sessionId, created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'source_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async claimMany({ items, now }: { items: readonly { sourceKey: string; sessionId: string }[]; now: string }): Promise<Set<string>> {
    const claimed = new Set<string>();
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      const rows = await this.#db
        .insertInto('imports')
        .values(items.slice(i, i + INSERT_CHUNK).map((it) => ({ workspace_id: this.#ws, source_key: it.sourceKey, session_id: it.sessionId, created_at: now })))
        .onConflict((oc) => oc.columns(['workspace_id', 'source_key']).doNothing())
        .returning('source_key')
        .execute();
      for (const row of rows) claimed.add(row.source_key);
    }
    return claimed;
  }

  async release({ sourceKey, sessionId }: { sourceKey: string; sessionId: string }): Promise<void> {
    await this.#db
      .deleteFrom('imports')
      .where('workspace_id', '=', this.#ws)
      .where('source_key', '=', sourceKey)
      .where('session_id', '=', sessionId)
      .execute();
  }

  async get(sourceKey: string): Promise<ImportRecord | undefined> {
    return this.#db
      .selectFrom('imports')
      .select(['source_key', 'session_id', 'created_at'])
      .where('workspace_id', '=', this.#ws)
      .where('source_key', '=', sourceKey)
      .executeTakeFirst();
  }
}
