/** @module store/memory/kysely-memory-stores-store — memory stores, memories and versions on any Kysely dialect. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { ListOptions, Page } from '../types.js';
import { pageById, toPage, whereCreatedAt } from '../query-helpers.js';
import type {
  ActorRecord,
  MemoryContent,
  MemoryListQuery,
  MemoryPrefixRecord,
  MemoryRecord,
  MemoryStoreRecord,
  MemoryStoresStore,
  MemoryVersionListQuery,
  MemoryVersionRecord,
  UpdateDecision,
  WriteFailure,
  WriteResult,
} from './memory-stores-store.js';
import { ancestorPaths, prefixUpperBound } from './path-ranges.js';
import { listMemoryPage } from './memory-list-query.js';
import type { MemoryStoresTable, MemoryVersionsTable } from './tables.js';
import { actorId, toMemory, toStore } from './rows.js';
import { getVersion, listVersions, redactVersion } from './kysely-memory-versions.js';

/** Thrown inside a transaction to roll it back and report why; never escapes this file. */
class Abort {
  constructor(readonly failure: WriteFailure) {}
}

const MEMORY_META_COLUMNS = [
  'id',
  'memory_store_id',
  'path',
  'content_sha256',
  'content_size_bytes',
  'memory_version_id',
  'created_at',
  'updated_at',
] as const;

/** Every memory write locks its store row first, so path rules and the cap are checked atomically. */
export class KyselyMemoryStoresStore implements MemoryStoresStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async createStore(input: { id: string; name: string; description: string; metadata: Record<string, string>; now: string }) {
    const row: MemoryStoresTable = {
      id: input.id,
      workspace_id: this.#ws,
      name: input.name,
      description: input.description,
      metadata: JSON.stringify(input.metadata),
      memory_count: 0,
      version_seq: 0,
      created_at: input.now,
      updated_at: input.now,
      archived_at: null,
    };
    await this.#db.insertInto('memory_stores').values(row).execute();
    return toStore(row);
  }

  async getStore(id: string): Promise<MemoryStoreRecord | undefined> {
    const row = await this.#db
      .selectFrom('memory_stores')
      .selectAll()
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return row ? toStore(row) : undefined;
  }

  async updateStore(input: { id: string; name: string; description: string; metadata: Record<string, string>; now: string }) {
    const result = await this.#db
      .updateTable('memory_stores')
      .set({ name: input.name, description: input.description, metadata: JSON.stringify(input.metadata), updated_at: input.now })
      .where('id', '=', input.id)
      .where('workspace_id', '=', this.#ws)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.getStore(input.id) : undefined;
  }

  async listStores(options: ListOptions): Promise<Page<MemoryStoreRecord>> {
    let q = this.#db.selectFrom('memory_stores').selectAll().where('workspace_id', '=', this.#ws);
    if (!options.includeArchived) q = q.where('archived_at', 'is', null);
    q = whereCreatedAt(q, 'created_at', options.createdAt);
    const rows = await pageById(q, 'id', options).execute();
    const page = toPage(rows, options.limit);
    return { items: page.items.map(toStore), hasMore: page.hasMore };
  }

  async archiveStore(id: string, now: string): Promise<MemoryStoreRecord | undefined> {
    await this.#db
      .updateTable('memory_stores')
      .set({ archived_at: now, updated_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('archived_at', 'is', null)
      .execute();
    return this.getStore(id);
  }

  async deleteStore(id: string): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      // Lock the store row first, in the same order as every memory write, so the two never deadlock.
      const locked = await trx
        .updateTable('memory_stores')
        .set((eb) => ({ memory_count: eb.ref('memory_count') }))
        .where('id', '=', id)
        .where('workspace_id', '=', this.#ws)
        .executeTakeFirst();
      if (Number(locked.numUpdatedRows) !== 1) return false;
      await trx.deleteFrom('memory_versions').where('memory_store_id', '=', id).execute();
      await trx.deleteFrom('memories').where('memory_store_id', '=', id).execute();
      await trx.deleteFrom('memory_stores').where('id', '=', id).execute();
      return true;
    });
  }

  async getMemory({ storeId, memoryId, withContent }: { storeId: string; memoryId: string; withContent: boolean }) {
    const row = await this.#selectMemory(this.#db, withContent)
      .where('memory_store_id', '=', storeId)
      .where('id', '=', memoryId)
      .executeTakeFirst();
    return row ? toMemory(row) : undefined;
  }

  async getMemoryByPath({ storeId, path, withContent }: { storeId: string; path: string; withContent: boolean }) {
    const row = await this.#selectMemory(this.#db, withContent)
      .where('memory_store_id', '=', storeId)
      .where('path', '=', path)
      .executeTakeFirst();
    return row ? toMemory(row) : undefined;
  }

  async createMemory(input: {
    storeId: string;
    memoryId: string;
    versionId: string;
    value: MemoryContent;
    actor: ActorRecord;
    maxMemories: number;
    now: string;
  }): Promise<WriteResult<MemoryRecord>> {
    return this.#write(async (trx) => {
      // The conditional increment is the lock, the archive check and the cap in one statement.
      const locked = await trx
        .updateTable('memory_stores')
        .set((eb) => ({ memory_count: eb('memory_count', '+', 1), version_seq: eb('version_seq', '+', 1) }))
        .where('id', '=', input.storeId)
        .where('workspace_id', '=', this.#ws)
        .where('archived_at', 'is', null)
        .where('memory_count', '<', input.maxMemories)
        .returning('version_seq')
        .executeTakeFirst();
      if (!locked) throw new Abort(await this.#whyStoreLocked(trx, input.storeId, true));
      const seq = Number(locked.version_seq);
      await this.#assertPathFree(trx, { storeId: input.storeId, path: input.value.path, selfId: undefined });
      await trx
        .insertInto('memories')
        .values({
          id: input.memoryId,
          workspace_id: this.#ws,
          memory_store_id: input.storeId,
          ...input.value,
          memory_version_id: input.versionId,
          created_at: input.now,
          updated_at: input.now,
        })
        .execute();
      await trx.insertInto('memory_versions').values(this.#versionRow({ ...input, seq, operation: 'created' })).execute();
      return {
        id: input.memoryId,
        memory_store_id: input.storeId,
        ...input.value,
        memory_version_id: input.versionId,
        created_at: input.now,
        updated_at: input.now,
      };
    });
  }

  async updateMemory(input: {
    storeId: string;
    memoryId: string;
    versionId: string;
    actor: ActorRecord;
    now: string;
    decide: (head: MemoryRecord) => UpdateDecision;
  }): Promise<WriteResult<{ memory: MemoryRecord; changed: boolean }>> {
    return this.#write(async (trx) => {
      const seq = await this.#lockStore(trx, input.storeId, true);
      const headRow = await this.#selectMemory(trx, true)
        .where('id', '=', input.memoryId)
        .where('memory_store_id', '=', input.storeId)
        .executeTakeFirst();
      if (!headRow) throw new Abort({ reason: 'memory_not_found' });
      const head = toMemory(headRow);
      const decision = input.decide(head);
      if (decision.kind === 'fail') throw new Abort(decision.failure);
      if (decision.kind === 'noop') return { memory: head, changed: false };
      if (decision.value.path !== head.path) {
        await this.#assertPathFree(trx, { storeId: input.storeId, path: decision.value.path, selfId: input.memoryId });
      }
      // The compare-and-set on the head version (and hash) is what makes the precondition atomic; the store
      // lock above only keeps concurrent writers from wasting their round trips.
      let update = trx
        .updateTable('memories')
        .set({ ...decision.value, memory_version_id: input.versionId, updated_at: input.now })
        .where('id', '=', input.memoryId)
        .where('memory_store_id', '=', input.storeId)
        .where('memory_version_id', '=', head.memory_version_id);
      if (decision.expectSha !== undefined) update = update.where('content_sha256', '=', decision.expectSha);
      const result = await update.executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new Abort(await this.#whyMemoryMissed(trx, input));
      await trx
        .insertInto('memory_versions')
        .values(this.#versionRow({ ...input, seq, operation: 'modified', value: decision.value }))
        .execute();
      const memory: MemoryRecord = { ...head, ...decision.value, memory_version_id: input.versionId, updated_at: input.now };
      return { memory, changed: true };
    });
  }

  async deleteMemory(input: {
    storeId: string;
    memoryId: string;
    fromVersionId: string;
    expectSha?: string | undefined;
    versionId: string;
    actor: ActorRecord;
    now: string;
  }): Promise<WriteResult<{ id: string }>> {
    return this.#write(async (trx) => {
      // Deleting is allowed in an archived store, so this lock does not test `archived_at`.
      const seq = await this.#lockStore(trx, input.storeId, false);
      const head = await trx
        .selectFrom('memories')
        .select('path')
        .where('id', '=', input.memoryId)
        .where('memory_store_id', '=', input.storeId)
        .executeTakeFirst();
      if (!head) throw new Abort({ reason: 'memory_not_found' });
      let del = trx
        .deleteFrom('memories')
        .where('id', '=', input.memoryId)
        .where('memory_store_id', '=', input.storeId)
        .where('memory_version_id', '=', input.fromVersionId);
      if (input.expectSha !== undefined) del = del.where('content_sha256', '=', input.expectSha);
      const result = await del.executeTakeFirst();
      if (Number(result.numDeletedRows) !== 1) throw new Abort(await this.#whyMemoryMissed(trx, input));
      await trx
        .updateTable('memory_stores')
        .set((eb) => ({ memory_count: eb('memory_count', '-', 1) }))
        .where('id', '=', input.storeId)
        .execute();
      await trx
        .insertInto('memory_versions')
        .values(this.#versionRow({ ...input, seq, operation: 'deleted', value: { path: head.path } }))
        .execute();
      return { id: input.memoryId };
    });
  }

  async listMemories(query: MemoryListQuery): Promise<Page<MemoryRecord | MemoryPrefixRecord>> {
    const page = await listMemoryPage({
      query,
      fetch: async ({ from, inclusive, batch }) => {
        let q = this.#selectMemory(this.#db, query.withContent)
          .where('memory_store_id', '=', query.storeId)
          .where('path', '<', prefixUpperBound(query.pathPrefix));
        q = from === undefined ? q.where('path', '>=', query.pathPrefix) : q.where('path', inclusive ? '>=' : '>', from);
        return q.orderBy('path', 'asc').limit(batch).execute();
      },
    });
    return { items: page.items.map((item) => ('prefix' in item ? item : toMemory(item))), hasMore: page.hasMore };
  }

  async getVersion({ storeId, versionId, withContent }: { storeId: string; versionId: string; withContent: boolean }) {
    return getVersion({ db: this.#db, ws: this.#ws, storeId, versionId, withContent });
  }

  async listVersions(query: MemoryVersionListQuery): Promise<Page<MemoryVersionRecord>> {
    return listVersions({ db: this.#db, ws: this.#ws, query });
  }

  async redactVersion(input: { storeId: string; versionId: string; actor: ActorRecord; now: string }) {
    return redactVersion({ db: this.#db, ws: this.#ws, ...input });
  }

  /** Runs a write transaction; an `Abort` rolls it back and becomes a failure result. */
  async #write<T>(body: (trx: Transaction<Database>) => Promise<T>): Promise<WriteResult<T>> {
    try {
      const value = await this.#db.transaction().execute(body);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof Abort) return { ok: false, ...err.failure };
      throw err;
    }
  }

  /** Takes the store row's write lock (a no-op update) and checks it exists (and, if asked, is writable). */
  /**
   * Takes the store row's write lock by drawing the next version sequence number, and checks the store
   * exists (and, if asked, is writable). Versions therefore number in commit order within a store.
   */
  async #lockStore(trx: Transaction<Database>, storeId: string, writable: boolean): Promise<number> {
    let q = trx
      .updateTable('memory_stores')
      .set((eb) => ({ version_seq: eb('version_seq', '+', 1) }))
      .where('id', '=', storeId)
      .where('workspace_id', '=', this.#ws);
    if (writable) q = q.where('archived_at', 'is', null);
    const row = await q.returning('version_seq').executeTakeFirst();
    if (!row) throw new Abort(await this.#whyStoreLocked(trx, storeId, false));
    return Number(row.version_seq);
  }

  async #whyStoreLocked(trx: Transaction<Database>, storeId: string, creating: boolean): Promise<WriteFailure> {
    const store = await trx
      .selectFrom('memory_stores')
      .select(['archived_at'])
      .where('id', '=', storeId)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    if (!store) return { reason: 'store_not_found' };
    if (store.archived_at !== null) return { reason: 'store_archived' };
    return creating ? { reason: 'store_full' } : { reason: 'store_not_found' };
  }

  async #whyMemoryMissed(trx: Transaction<Database>, input: { storeId: string; memoryId: string }): Promise<WriteFailure> {
    const still = await trx
      .selectFrom('memories')
      .select('id')
      .where('id', '=', input.memoryId)
      .where('memory_store_id', '=', input.storeId)
      .executeTakeFirst();
    return still ? { reason: 'head_moved' } : { reason: 'memory_not_found' };
  }

  /** Rejects a path equal to, above or below another memory's path (`/notes` vs `/notes/todo.md`). */
  async #assertPathFree(
    trx: Transaction<Database>,
    { storeId, path, selfId }: { storeId: string; path: string; selfId: string | undefined },
  ): Promise<void> {
    // Two index lookups rather than one OR (which SQLite answers with a scan of the whole store):
    // the path itself and its ancestors by equality, then its descendants as one byte-order range.
    const base = () => {
      const q = trx.selectFrom('memories').select(['id', 'path']).where('memory_store_id', '=', storeId);
      return selfId === undefined ? q : q.where('id', '!=', selfId);
    };
    const hit =
      (await base()
        .where('path', 'in', [path, ...ancestorPaths(path)])
        .orderBy('path', 'asc')
        .limit(1)
        .executeTakeFirst()) ??
      (await base()
        .where('path', '>=', `${path}/`)
        .where('path', '<', prefixUpperBound(`${path}/`))
        .orderBy('path', 'asc')
        .limit(1)
        .executeTakeFirst());
    if (hit) throw new Abort({ reason: 'path_conflict', conflicting_path: hit.path, conflicting_memory_id: hit.id });
  }

  #versionRow(input: {
    storeId: string;
    memoryId: string;
    versionId: string;
    seq: number;
    operation: MemoryVersionsTable['operation'];
    value: Partial<MemoryContent> & { path: string };
    actor: ActorRecord;
    now: string;
  }): MemoryVersionsTable {
    return {
      id: input.versionId,
      workspace_id: this.#ws,
      memory_store_id: input.storeId,
      memory_id: input.memoryId,
      seq: input.seq,
      operation: input.operation,
      path: input.value.path,
      content: input.value.content ?? null,
      content_sha256: input.value.content_sha256 ?? null,
      content_size_bytes: input.value.content_size_bytes ?? null,
      created_by: JSON.stringify(input.actor),
      actor_type: input.actor.type,
      actor_id: actorId(input.actor),
      created_at: input.now,
      redacted_at: null,
      redacted_by: null,
    };
  }

  #selectMemory(db: Kysely<Database> | Transaction<Database>, withContent: boolean) {
    const q = db.selectFrom('memories').where('workspace_id', '=', this.#ws);
    return withContent ? q.select([...MEMORY_META_COLUMNS, 'content']) : q.select(MEMORY_META_COLUMNS);
  }
}
