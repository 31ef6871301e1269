/** @module store/memory/tables — memory stores, memories (head rows) and immutable memory versions. */

/** One row per memory store. */
export interface MemoryStoresTable {
  id: string;
  workspace_id: string;
  name: string;
  /** `""` when unset (the wire object reports `""`, never null). */
  description: string;
  /** JSON object of string → string. */
  metadata: string;
  /** Live memories; kept by every create/delete in the same transaction so the per-store cap is atomic. */
  memory_count: number;
  /** Last version sequence number handed out in this store; bumped under the store row lock. */
  version_seq: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** One row per live memory: its current (head) state. Deleted memories leave only versions behind. */
export interface MemoriesTable {
  id: string;
  workspace_id: string;
  memory_store_id: string;
  /** Byte-ordered (`COLLATE "C"` on PostgreSQL) so prefix ranges and list order agree on both backends. */
  path: string;
  content: string;
  content_sha256: string;
  content_size_bytes: number;
  /** The head version; every conditional write compares-and-sets on it. */
  memory_version_id: string;
  created_at: string;
  updated_at: string;
}

/** Append-only history: one row per effective change. */
export interface MemoryVersionsTable {
  id: string;
  workspace_id: string;
  memory_store_id: string;
  memory_id: string;
  /** Commit order within the store (from `memory_stores.version_seq`); lists sort by it. */
  seq: number;
  operation: 'created' | 'modified' | 'deleted';
  /** Null only when redacted. */
  path: string | null;
  /** Null when deleted or redacted. */
  content: string | null;
  content_sha256: string | null;
  content_size_bytes: number | null;
  /** JSON of the wire Actor. */
  created_by: string;
  /** `session_actor` → session id, `api_actor` → api key id, …: indexed for the list filters. */
  actor_type: string;
  actor_id: string;
  created_at: string;
  redacted_at: string | null;
  /** JSON of the wire Actor, or null. */
  redacted_by: string | null;
}

/** The memory domain's part of `Database`. */
export interface MemoryTables {
  memory_stores: MemoryStoresTable;
  memories: MemoriesTable;
  memory_versions: MemoryVersionsTable;
}
