/** @module store/settings/settings-store — small per-workspace values shared by every process (e.g. the pseudonym secret). */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface SettingsTable {
  workspace_id: string;
  key: string;
  value: string;
  created_at: string;
}

export interface SettingsTables {
  settings: SettingsTable;
}

export interface SettingsStore {
  /** Returns the stored value, storing `candidate` first when the key is absent (first writer wins across processes). */
  getOrInit(key: string, candidate: string, now: string): Promise<string>;
}

export class KyselySettingsStore implements SettingsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async getOrInit(key: string, candidate: string, now: string): Promise<string> {
    await this.#db
      .insertInto('settings')
      .values({ workspace_id: this.#ws, key, value: candidate, created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
      .execute();
    const row = await this.#db
      .selectFrom('settings')
      .select('value')
      .where('workspace_id', '=', this.#ws)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return row.value;
  }
}
