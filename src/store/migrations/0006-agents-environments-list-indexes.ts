/**
 * @module store/migrations/0006-agents-environments-list-indexes — keyset indexes for the list endpoints.
 * Lists filter on workspace and page by id; with only (workspace_id, created_at) indexed, every page
 * read and sorted the whole workspace (O(agents) per request). (workspace_id, id) lets a page stop
 * after `limit + 1` index entries.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('agents_ws_id').on('agents').columns(['workspace_id', 'id']).execute();
  await db.schema.createIndex('environments_ws_id').on('environments').columns(['workspace_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('environments_ws_id').execute();
  await db.schema.dropIndex('agents_ws_id').execute();
}
