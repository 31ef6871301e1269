/** @module store/imports/kysely-imports-store — the imports ledger on any Kysely dialect. */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ImportRecord, ImportsStore } from './imports-store.js';

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
