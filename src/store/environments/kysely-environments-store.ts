/** @module store/environments/kysely-environments-store — environments on any Kysely dialect. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { ListOptions, Page } from '../types.js';
import type { EnvironmentRecord, EnvironmentsStore } from './environments-store.js';
import type { EnvironmentsTable } from './tables.js';
import { pageById, toPage, whereCreatedAt } from '../query-helpers.js';
import { parseStoredJSON } from '../../shared/json.js';

/** Environments, written once for SQLite and PostgreSQL. */
export class KyselyEnvironmentsStore implements EnvironmentsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async create({ id, body, now }: { id: string; body: Record<string, unknown>; now: string }): Promise<EnvironmentRecord> {
    await this.#db
      .insertInto('environments')
      .values({ id, workspace_id: this.#ws, body: JSON.stringify(body), created_at: now, updated_at: now, archived_at: null })
      .execute();
    return { id, body, created_at: now, updated_at: now, archived_at: null };
  }

  async get(id: string): Promise<EnvironmentRecord | undefined> {
    const row = await this.#select().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async update({ id, body, now }: { id: string; body: Record<string, unknown>; now: string }): Promise<EnvironmentRecord | undefined> {
    await this.#db
      .updateTable('environments')
      .set({ body: JSON.stringify(body), updated_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .execute();
    return this.get(id);
  }

  async list(options: ListOptions): Promise<Page<EnvironmentRecord>> {
    let q = this.#select();
    if (!options.includeArchived) q = q.where('archived_at', 'is', null);
    q = whereCreatedAt(q, 'created_at', options.createdAt);
    const rows = await pageById(q, 'id', options).execute();
    const page = toPage(rows, options.limit);
    return { items: page.items.map(toRecord), hasMore: page.hasMore };
  }

  async archive(id: string, now: string): Promise<EnvironmentRecord | undefined> {
    await this.#db
      .updateTable('environments')
      .set({ archived_at: now, updated_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('archived_at', 'is', null)
      .execute();
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.#db
      .deleteFrom('environments')
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  #select() {
    return this.#db.selectFrom('environments').selectAll().where('workspace_id', '=', this.#ws);
  }
}

function toRecord(row: Selectable<EnvironmentsTable>): EnvironmentRecord {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
    body: parseStoredJSON<Record<string, unknown>>(row.body),
  };
}
