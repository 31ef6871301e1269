/** @module store/memory/memory-stores-store — the memory port: stores, memories and immutable versions. */
import type { ListOptions, Page, TimeRange } from '../types.js';

/** Who made a change, as the wire `Actor` object. */
export type ActorRecord =
  | { readonly type: 'session_actor'; readonly session_id: string }
  | { readonly type: 'api_actor'; readonly api_key_id: string }
  | { readonly type: 'user_actor'; readonly user_id: string }
  | { readonly type: 'service_account_actor'; readonly service_account_id: string };

/** A memory store as stored. */
export interface MemoryStoreRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly memory_count: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly archived_at: string | null;
}

/** A live memory; `content` is undefined when the caller asked for metadata only. */
export interface MemoryRecord {
  readonly id: string;
  readonly memory_store_id: string;
  readonly path: string;
  readonly content: string | undefined;
  readonly content_sha256: string;
  readonly content_size_bytes: number;
  readonly memory_version_id: string;
  readonly created_at: string;
  readonly updated_at: string;
}

/** One immutable version (only redaction changes it). */
export interface MemoryVersionRecord {
  readonly id: string;
  readonly memory_store_id: string;
  readonly memory_id: string;
  /** Commit order within the store; newest-first lists sort and page by it. */
  readonly seq: number;
  readonly operation: 'created' | 'modified' | 'deleted';
  readonly path: string | null;
  readonly content: string | null;
  readonly content_sha256: string | null;
  readonly content_size_bytes: number | null;
  readonly created_by: ActorRecord;
  readonly created_at: string;
  readonly redacted_at: string | null;
  readonly redacted_by: ActorRecord | null;
}

/** A `memory_prefix` roll-up in a depth-1 listing. */
export interface MemoryPrefixRecord {
  readonly prefix: string;
}

/** The new state a write puts on a memory (already validated and hashed by the service). */
export interface MemoryContent {
  readonly path: string;
  readonly content: string;
  readonly content_sha256: string;
  readonly content_size_bytes: number;
}

/** Why a write did not happen; the service turns these into wire errors. */
export type WriteFailure =
  | { readonly reason: 'store_not_found' }
  | { readonly reason: 'store_archived' }
  | { readonly reason: 'store_full' }
  /** The memory is gone (deleted meanwhile) — or never existed in this store. */
  | { readonly reason: 'memory_not_found' }
  /** The head moved (another writer won), or the expected sha did not match. */
  | { readonly reason: 'head_moved' }
  | { readonly reason: 'path_conflict'; readonly conflicting_path: string; readonly conflicting_memory_id: string }
  /** The caller's expected content hash did not match the head. */
  | { readonly reason: 'precondition_failed' };

/** What an update does with the head it found: write a new state, nothing, or fail. */
export type UpdateDecision =
  | { readonly kind: 'write'; readonly value: MemoryContent; readonly expectSha?: string | undefined }
  | { readonly kind: 'noop' }
  | { readonly kind: 'fail'; readonly failure: WriteFailure };

/** A write's value, or why it did not happen. */
export type WriteResult<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & WriteFailure);

/** One page of a memory listing. */
export interface MemoryListQuery {
  readonly storeId: string;
  /** Ends with `/`; `/` lists the whole store. */
  readonly pathPrefix: string;
  readonly depth: 0 | 1;
  /** The last key of the previous page (a memory path or a `…/` roll-up). */
  readonly after?: string | undefined;
  readonly limit: number;
  readonly withContent: boolean;
}

/** One page of a version listing, with its filters. */
export interface MemoryVersionListQuery {
  readonly storeId: string;
  readonly limit: number;
  /** The `seq` of the previous page's last version. */
  readonly after?: number | undefined;
  readonly memoryId?: string | undefined;
  readonly operation?: 'created' | 'modified' | 'deleted' | undefined;
  readonly actor?: { readonly type: ActorRecord['type']; readonly id: string } | undefined;
  readonly createdAt?: TimeRange | undefined;
  readonly withContent: boolean;
}

/** The memory port: every method is scoped to the workspace the store was made for. */
export interface MemoryStoresStore {
  createStore(input: {
    id: string;
    name: string;
    description: string;
    metadata: Record<string, string>;
    now: string;
  }): Promise<MemoryStoreRecord>;
  getStore(id: string): Promise<MemoryStoreRecord | undefined>;
  /** Writes the new fields only while the store is not archived; undefined when nothing matched. */
  updateStore(input: {
    id: string;
    name: string;
    description: string;
    metadata: Record<string, string>;
    now: string;
  }): Promise<MemoryStoreRecord | undefined>;
  listStores(options: ListOptions): Promise<Page<MemoryStoreRecord>>;
  /** Sets `archived_at` once; returns the store (unchanged if already archived). */
  archiveStore(id: string, now: string): Promise<MemoryStoreRecord | undefined>;
  /** Deletes the store, its memories and all versions; true when it existed. */
  deleteStore(id: string): Promise<boolean>;

  getMemory(input: { storeId: string; memoryId: string; withContent: boolean }): Promise<MemoryRecord | undefined>;
  getMemoryByPath(input: { storeId: string; path: string; withContent: boolean }): Promise<MemoryRecord | undefined>;
  /** Inserts a memory and its `created` version atomically (cap, archive and path rules checked inside). */
  createMemory(input: {
    storeId: string;
    memoryId: string;
    versionId: string;
    value: MemoryContent;
    actor: ActorRecord;
    maxMemories: number;
    now: string;
  }): Promise<WriteResult<MemoryRecord>>;
  /**
   * Updates a memory in one transaction: locks the store row (serialising writers of the store), reads
   * the head, asks `decide` what to do with it, then writes with a conditional UPDATE on the head version
   * (and `expectSha`, when the decision carries one) plus a `modified` version. `changed` is false for a no-op.
   */
  updateMemory(input: {
    storeId: string;
    memoryId: string;
    versionId: string;
    actor: ActorRecord;
    now: string;
    decide: (head: MemoryRecord) => UpdateDecision;
  }): Promise<WriteResult<{ memory: MemoryRecord; changed: boolean }>>;
  /** Compare-and-set delete: removes the head row and appends a `deleted` version. */
  deleteMemory(input: {
    storeId: string;
    memoryId: string;
    fromVersionId: string;
    expectSha?: string | undefined;
    versionId: string;
    actor: ActorRecord;
    now: string;
  }): Promise<WriteResult<{ id: string }>>;
  listMemories(query: MemoryListQuery): Promise<Page<MemoryRecord | MemoryPrefixRecord>>;

  getVersion(input: { storeId: string; versionId: string; withContent: boolean }): Promise<MemoryVersionRecord | undefined>;
  /** Newest first. */
  listVersions(query: MemoryVersionListQuery): Promise<Page<MemoryVersionRecord>>;
  /**
   * Nulls content/path/sha/size once and returns the version (unchanged if already redacted);
   * `'head'` when it is the current version of a live memory (checked in the same statement).
   */
  redactVersion(input: {
    storeId: string;
    versionId: string;
    actor: ActorRecord;
    now: string;
  }): Promise<MemoryVersionRecord | 'head' | undefined>;
}
