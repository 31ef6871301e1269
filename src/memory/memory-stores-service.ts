/** @module memory/memory-stores-service — memory stores, memories and their immutable versions (wire-api §2.6, §4). */
import type { MemoryStoreRecord, MemoryStoresStore, TimeRange, UpdateDecision, WriteFailure } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { applyMetadataPatch } from '../shared/wire-schemas.js';
import { assertMemoryPath, assertPathPrefix } from './paths.js';
import { contentSha256, utf8Size } from './sha.js';
import type { MemoryStoreCreateParams, MemoryStoreUpdateParams } from './schemas.js';
import type { Actor, ListPage, Memory, MemoryPrefix, MemoryStore, MemoryVersion, MemoryView } from './types.js';
import { toMemory, toMemoryListItem, toMemoryStore, toMemoryVersion } from './wire.js';
import { archivedError, notFoundMemory, notFoundStore, preconditionFailed } from './memory-errors.js';

/** Largest memory content in UTF-8 bytes (100 kB). */
export const MEMORY_CONTENT_MAX_BYTES = 102_400;
/** Most live memories in one store; creating past it fails, editing still works. */
export const MAX_MEMORIES_PER_STORE = 10_000;
/** How often a write re-reads and retries after losing a compare-and-set to another writer. */
const CAS_RETRIES = 8;

/** Tunable limits (tests lower the memory cap; production keeps the documented values). */
export interface MemoryLimits {
  readonly maxMemoriesPerStore: number;
}

/** Business rules of memory; storage is behind the `MemoryStoresStore` port. */
export class MemoryStoresService {
  readonly #store: MemoryStoresStore;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;
  readonly #limits: MemoryLimits;

  constructor({
    store,
    clock,
    ids,
    limits = { maxMemoriesPerStore: MAX_MEMORIES_PER_STORE },
  }: {
    store: MemoryStoresStore;
    clock: Clock;
    ids: IdGenerator;
    limits?: MemoryLimits;
  }) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
    this.#limits = limits;
  }

  // ── stores ──────────────────────────────────────────────────────────────────────────────────────

  /** Creates a store; `options.id` lets a dream pre-allocate its output store's id so a re-run reuses it. */
  async create(params: MemoryStoreCreateParams, options: { id?: string } = {}): Promise<MemoryStore> {
    const record = await this.#store.createStore({
      id: options.id ?? this.#ids.next('memstore'),
      name: params.name,
      description: params.description ?? '',
      metadata: params.metadata ?? {},
      now: this.#now(),
    });
    return toMemoryStore(record);
  }

  /** The store; 404 when it does not exist. */
  async retrieve(id: string): Promise<MemoryStore> {
    return toMemoryStore(await this.#getStore(id));
  }

  /** The store, if it may be attached to a new session: 404 when missing, 400 when archived. */
  async retrieveAttachable(id: string): Promise<MemoryStore> {
    const store = await this.#getStore(id);
    if (store.archived_at !== null) throw new InvalidRequestError(`Memory store ${id} is archived and cannot be attached to new sessions`);
    return toMemoryStore(store);
  }

  /** Name/description/metadata; `updated_at` moves only when something changed. Archived stores are read-only. */
  async update(id: string, params: MemoryStoreUpdateParams): Promise<MemoryStore> {
    const current = await this.#getStore(id);
    if (current.archived_at !== null) throw archivedError(id);
    const metadata = applyMetadataPatch(current.metadata, params.metadata ?? undefined);
    if ('error' in metadata) throw new InvalidRequestError(String(metadata.error));
    const name = params.name ?? current.name;
    const description = params.description ?? current.description;
    const unchanged =
      name === current.name && description === current.description && sameMetadata(metadata, current.metadata);
    if (unchanged) return toMemoryStore(current);
    const updated = await this.#store.updateStore({ id, name, description, metadata, now: this.#now() });
    if (!updated) {
      // Archived (or deleted) between the read and the write.
      await this.#getStore(id);
      throw archivedError(id);
    }
    return toMemoryStore(updated);
  }

  async list(options: { limit: number; after?: string | undefined; createdAt?: TimeRange; includeArchived?: boolean }): Promise<ListPage<MemoryStore>> {
    const page = await this.#store.listStores({ ...options, order: 'desc' });
    const items = page.items.map(toMemoryStore);
    return { items, hasMore: page.hasMore, nextAfter: page.hasMore ? items.at(-1)?.id : undefined };
  }

  /** Irreversible and idempotent. */
  async archive(id: string): Promise<MemoryStore> {
    const record = await this.#store.archiveStore(id, this.#now());
    if (!record) throw notFoundStore(id);
    return toMemoryStore(record);
  }

  /** Removes the store with every memory and version. */
  async delete(id: string): Promise<{ id: string; type: 'memory_store_deleted' }> {
    if (!(await this.#store.deleteStore(id))) throw notFoundStore(id);
    return { id, type: 'memory_store_deleted' };
  }

  // ── memories ────────────────────────────────────────────────────────────────────────────────────

  /** Creates a memory; never overwrites (an equal or overlapping path is a 409 path conflict). */
  async createMemory({
    storeId,
    path,
    content,
    actor,
    view = 'basic',
  }: {
    storeId: string;
    path: string;
    content: string | null;
    actor: Actor;
    view?: MemoryView;
  }): Promise<Memory> {
    assertMemoryPath(path);
    const value = contentValue(path, content ?? '');
    const result = await this.#store.createMemory({
      storeId,
      memoryId: this.#ids.next('mem'),
      versionId: this.#ids.next('memver'),
      value,
      actor,
      maxMemories: this.#limits.maxMemoriesPerStore,
      now: this.#now(),
    });
    if (!result.ok) throw this.#failure(result, { storeId });
    return toMemory(result.value, view);
  }

  /** A memory by id (default view `full`); 404 when the store or the memory is missing. */
  async retrieveMemory({ storeId, memoryId, view = 'full' }: { storeId: string; memoryId: string; view?: MemoryView }): Promise<Memory> {
    const record = await this.#store.getMemory({ storeId, memoryId, withContent: view === 'full' });
    if (!record) {
      await this.#getStore(storeId);
      throw notFoundMemory(storeId, memoryId);
    }
    return toMemory(record, view);
  }

  /** A memory by exact path with its content, or undefined (for the session file system and dreams). */
  async findMemoryByPath({ storeId, path }: { storeId: string; path: string }): Promise<Memory | undefined> {
    await this.#getStore(storeId);
    const record = await this.#store.getMemoryByPath({ storeId, path, withContent: true });
    return record ? toMemory(record, 'full') : undefined;
  }

  /**
   * Changes content and/or path (rename keeps the id). With `precondition`, the write happens only if
   * the current content still hashes to it — checked in the same conditional UPDATE that writes.
   * An update that changes nothing succeeds without a new version (even if the hash differs).
   */
  async updateMemory({
    storeId,
    memoryId,
    content,
    path,
    precondition,
    actor,
    view = 'basic',
  }: {
    storeId: string;
    memoryId: string;
    content?: string | null | undefined;
    path?: string | null | undefined;
    precondition?: { type: 'content_sha256'; content_sha256: string } | null | undefined;
    actor: Actor;
    view?: MemoryView;
  }): Promise<Memory> {
    if (path !== undefined && path !== null) assertMemoryPath(path);
    if (content !== undefined && content !== null) assertContentSize(content);
    const expectSha = precondition?.content_sha256;
    for (let attempt = 0; attempt < CAS_RETRIES; attempt++) {
      const result = await this.#store.updateMemory({
        storeId,
        memoryId,
        versionId: this.#ids.next('memver'),
        actor,
        now: this.#now(),
        decide: (head): UpdateDecision => {
          const value = contentValue(path ?? head.path, content ?? head.content ?? '');
          // Already in the requested state: success without a version, whatever the precondition says.
          if (value.path === head.path && value.content === head.content) return { kind: 'noop' };
          if (expectSha !== undefined && expectSha !== head.content_sha256) return { kind: 'fail', failure: { reason: 'precondition_failed' } };
          return { kind: 'write', value, expectSha };
        },
      });
      if (result.ok) return toMemory(result.value.memory, view);
      if (result.reason !== 'head_moved') throw this.#failure(result, { storeId, memoryId });
      // Lost a compare-and-set (only possible if the store lock is bypassed): re-read and decide again.
    }
    throw new ConflictError(`Memory ${memoryId} is being written too often; retry`);
  }

  /** Deletes a memory (its versions stay, plus a `deleted` one); `expectedSha` makes it conditional. */
  async deleteMemory({
    storeId,
    memoryId,
    expectedSha,
    actor,
  }: {
    storeId: string;
    memoryId: string;
    expectedSha?: string | undefined;
    actor: Actor;
  }): Promise<{ id: string; type: 'memory_deleted' }> {
    for (let attempt = 0; attempt < CAS_RETRIES; attempt++) {
      await this.#getStore(storeId);
      const head = await this.#store.getMemory({ storeId, memoryId, withContent: false });
      if (!head) throw notFoundMemory(storeId, memoryId);
      if (expectedSha !== undefined && expectedSha !== head.content_sha256) throw preconditionFailed(memoryId);
      const result = await this.#store.deleteMemory({
        storeId,
        memoryId,
        fromVersionId: head.memory_version_id,
        expectSha: expectedSha,
        versionId: this.#ids.next('memver'),
        actor,
        now: this.#now(),
      });
      if (result.ok) return { id: memoryId, type: 'memory_deleted' };
      if (result.reason !== 'head_moved') throw this.#failure(result, { storeId, memoryId });
    }
    throw new ConflictError(`Memory ${memoryId} is being written too often; retry`);
  }

  /** Memories under `pathPrefix` in path order; depth 1 rolls deeper ones up into `memory_prefix` items. */
  async listMemories({
    storeId,
    pathPrefix = '/',
    depth = 0,
    view = 'basic',
    limit,
    after,
  }: {
    storeId: string;
    pathPrefix?: string | undefined;
    depth?: 0 | 1;
    view?: MemoryView;
    limit: number;
    after?: string | undefined;
  }): Promise<ListPage<Memory | MemoryPrefix>> {
    assertPathPrefix(pathPrefix);
    await this.#getStore(storeId);
    const page = await this.#store.listMemories({ storeId, pathPrefix, depth, after, limit, withContent: view === 'full' });
    const items = page.items.map((item) => toMemoryListItem(item, view));
    return { items, hasMore: page.hasMore, nextAfter: page.hasMore ? items.at(-1)?.path : undefined };
  }

  /** Every memory under `pathPrefix` with content, page by page (the file system and dreams read whole stores). */
  async *allMemories({ storeId, pathPrefix = '/' }: { storeId: string; pathPrefix?: string }): AsyncGenerator<Memory> {
    let after: string | undefined;
    for (;;) {
      const page = await this.listMemories({ storeId, pathPrefix, view: 'full', limit: ALL_MEMORIES_PAGE, after });
      for (const item of page.items) if (item.type === 'memory') yield item;
      if (!page.hasMore) return;
      after = page.nextAfter;
    }
  }

  // ── versions ────────────────────────────────────────────────────────────────────────────────────

  /** Versions newest first, filtered. */
  async listVersions(options: {
    storeId: string;
    limit: number;
    after?: string | undefined;
    memoryId?: string | undefined;
    operation?: 'created' | 'modified' | 'deleted' | undefined;
    sessionId?: string | undefined;
    apiKeyId?: string | undefined;
    serviceAccountId?: string | undefined;
    createdAt?: TimeRange | undefined;
    view?: MemoryView;
  }): Promise<ListPage<MemoryVersion>> {
    await this.#getStore(options.storeId);
    const actors = [
      options.sessionId === undefined ? undefined : ({ type: 'session_actor', id: options.sessionId } as const),
      options.apiKeyId === undefined ? undefined : ({ type: 'api_actor', id: options.apiKeyId } as const),
      options.serviceAccountId === undefined ? undefined : ({ type: 'service_account_actor', id: options.serviceAccountId } as const),
    ].filter((a) => a !== undefined);
    // A version has exactly one author, so two different author filters can never both match.
    if (actors.length > 1) return { items: [], hasMore: false, nextAfter: undefined };
    const view = options.view ?? 'basic';
    const after = options.after === undefined ? undefined : Number(options.after);
    if (after !== undefined && !Number.isSafeInteger(after)) throw new InvalidRequestError('page: invalid page cursor');
    const page = await this.#store.listVersions({
      storeId: options.storeId,
      limit: options.limit,
      after,
      memoryId: options.memoryId,
      operation: options.operation,
      actor: actors[0],
      createdAt: options.createdAt,
      withContent: view === 'full',
    });
    const items = page.items.map((v) => toMemoryVersion(v, view));
    const last = page.items.at(-1);
    return { items, hasMore: page.hasMore, nextAfter: page.hasMore && last ? String(last.seq) : undefined };
  }

  async retrieveVersion({ storeId, versionId, view = 'full' }: { storeId: string; versionId: string; view?: MemoryView }): Promise<MemoryVersion> {
    await this.#getStore(storeId);
    const version = await this.#store.getVersion({ storeId, versionId, withContent: view === 'full' });
    if (!version) throw new NotFoundError(`Memory version ${versionId} not found in memory store ${storeId}`);
    return toMemoryVersion(version, view);
  }

  /** Nulls a version's content, path, hash and size; the head of a live memory cannot be redacted. */
  async redactVersion({ storeId, versionId, actor }: { storeId: string; versionId: string; actor: Actor }): Promise<MemoryVersion> {
    await this.#getStore(storeId);
    const result = await this.#store.redactVersion({ storeId, versionId, actor, now: this.#now() });
    if (result === undefined) throw new NotFoundError(`Memory version ${versionId} not found in memory store ${storeId}`);
    if (result === 'head') {
      throw new InvalidRequestError(
        `Memory version ${versionId} is the current version of a live memory and cannot be redacted; update or delete the memory first`,
      );
    }
    return toMemoryVersion(result, 'full');
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────────────

  async #getStore(id: string): Promise<MemoryStoreRecord> {
    const store = await this.#store.getStore(id);
    if (!store) throw notFoundStore(id);
    return store;
  }

  #now(): string {
    return this.#clock.now().toISOString();
  }

  #failure(failure: WriteFailure, { storeId, memoryId = '' }: { storeId: string; memoryId?: string }): Error {
    switch (failure.reason) {
      case 'store_not_found':
        return notFoundStore(storeId);
      case 'store_archived':
        return archivedError(storeId);
      case 'store_full':
        return new InvalidRequestError(
          `Memory store ${storeId} already holds ${this.#limits.maxMemoriesPerStore} memories, the most a store can hold; delete some or use another store`,
        );
      case 'memory_not_found':
        return notFoundMemory(storeId, memoryId);
      case 'head_moved':
      case 'precondition_failed':
        return preconditionFailed(memoryId);
      case 'path_conflict':
        return new ConflictError(
          `Path conflicts with the existing memory at ${failure.conflicting_path}: paths must be unique and may not be an ancestor or descendant of another memory's path`,
          {
            type: 'memory_path_conflict_error',
            details: { conflicting_path: failure.conflicting_path, conflicting_memory_id: failure.conflicting_memory_id },
          },
        );
    }
  }
}

/** Page size when walking a whole store internally (the API's 20-per-page cap for `view=full` is a wire rule). */
const ALL_MEMORIES_PAGE = 200;

function contentValue(path: string, content: string) {
  assertContentSize(content);
  return { path, content, content_sha256: contentSha256(content), content_size_bytes: utf8Size(content) };
}

function assertContentSize(content: string): void {
  // Callers inside the process (session tools, dreams) skip the HTTP schema, so the NUL rule is checked here too.
  if (content.includes('\u0000')) throw new InvalidRequestError('content: must not contain NUL (U+0000) characters');
  const size = utf8Size(content);
  if (size > MEMORY_CONTENT_MAX_BYTES) {
    throw new InvalidRequestError(`content: ${size} bytes exceeds the limit of ${MEMORY_CONTENT_MAX_BYTES} bytes (100 kB)`);
  }
}

function sameMetadata(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
