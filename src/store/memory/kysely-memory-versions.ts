/** @module store/memory/kysely-memory-versions — reading and redacting memory versions. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { Page } from '../types.js';
import { toPage, whereCreatedAt } from '../query-helpers.js';
import type { ActorRecord, MemoryVersionListQuery, MemoryVersionRecord } from './memory-stores-store.js';
import { toVersion } from './rows.js';

/** Every column but `content`, so basic-view lists do not read up to 100 kB per row. */
const META_COLUMNS = [
  'id',
  'workspace_id',
  'memory_store_id',
  'memory_id',
  'seq',
  'operation',
  'path',
  'content_sha256',
  'content_size_bytes',
  'created_by',
  'actor_type',
  'actor_id',
  'created_at',
  'redacted_at',
  'redacted_by',
] as const;

interface Scope {
  readonly db: Kysely<Database>;
  /** Workspace id. */
  readonly ws: string;
}

/** One version of a store, or undefined. */
export async function getVersion({
  db,
  ws,
  storeId,
  versionId,
  withContent,
}: Scope & { storeId: string; versionId: string; withContent: boolean }): Promise<MemoryVersionRecord | undefined> {
  const row = await db
    .selectFrom('memory_versions')
    .selectAll()
    .where('memory_store_id', '=', storeId)
    .where('workspace_id', '=', ws)
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row ? toVersion(row, withContent) : undefined;
}

/** Newest first by commit sequence; `after` is the previous page's last `seq`. */
export async function listVersions({ db, ws, query }: Scope & { query: MemoryVersionListQuery }): Promise<Page<MemoryVersionRecord>> {
  const base = db.selectFrom('memory_versions').where('memory_store_id', '=', query.storeId).where('workspace_id', '=', ws);
  let q = query.withContent ? base.select([...META_COLUMNS, 'content']) : base.select([...META_COLUMNS, sql<null>`null`.as('content')]);
  if (query.memoryId !== undefined) q = q.where('memory_id', '=', query.memoryId);
  if (query.operation !== undefined) q = q.where('operation', '=', query.operation);
  if (query.actor !== undefined) q = q.where('actor_type', '=', query.actor.type).where('actor_id', '=', query.actor.id);
  q = whereCreatedAt(q, 'created_at', query.createdAt);
  if (query.after !== undefined) q = q.where('seq', '<', query.after);
  const rows = await q.orderBy('seq', 'desc').limit(query.limit + 1).execute();
  const page = toPage(rows, query.limit);
  return { items: page.items.map((r) => toVersion(r, query.withContent)), hasMore: page.hasMore };
}

/** Redacts once; `'head'` when the version is the head of a live memory (tested in the same statement). */
export async function redactVersion({
  db,
  ws,
  storeId,
  versionId,
  actor,
  now,
}: Scope & { storeId: string; versionId: string; actor: ActorRecord; now: string }): Promise<MemoryVersionRecord | 'head' | undefined> {
  const result = await db
    .updateTable('memory_versions')
    .set({ path: null, content: null, content_sha256: null, content_size_bytes: null, redacted_at: now, redacted_by: JSON.stringify(actor) })
    .where('id', '=', versionId)
    .where('memory_store_id', '=', storeId)
    .where('workspace_id', '=', ws)
    .where('redacted_at', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('memories').select('id').where('memory_version_id', '=', versionId))))
    .executeTakeFirst();
  const version = await getVersion({ db, ws, storeId, versionId, withContent: true });
  if (version && Number(result.numUpdatedRows) !== 1 && version.redacted_at === null) return 'head';
  return version;
}
