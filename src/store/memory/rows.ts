/** @module store/memory/rows — memory rows ↔ records. */
import { parseStoredJSON } from '../../shared/json.js';
import type { ActorRecord, MemoryRecord, MemoryStoreRecord, MemoryVersionRecord } from './memory-stores-store.js';
import type { MemoryStoresTable, MemoryVersionsTable } from './tables.js';

/** The id an actor is filtered by (`session_id`, `api_key_id`, …). */
export function actorId(actor: ActorRecord): string {
  switch (actor.type) {
    case 'session_actor':
      return actor.session_id;
    case 'api_actor':
      return actor.api_key_id;
    case 'user_actor':
      return actor.user_id;
    case 'service_account_actor':
      return actor.service_account_id;
  }
}

/** A `memory_stores` row as a record. */
export function toStore(row: MemoryStoresTable): MemoryStoreRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    metadata: parseStoredJSON<Record<string, string>>(row.metadata),
    memory_count: Number(row.memory_count),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

/** A `memories` row, with or without its content column. */
export type MemoryRow = Omit<MemoryRecord, 'content'> & { content?: string };

/** A `memories` row as a record. */
export function toMemory(row: MemoryRow): MemoryRecord {
  return {
    id: row.id,
    memory_store_id: row.memory_store_id,
    path: row.path,
    content: row.content,
    content_sha256: row.content_sha256,
    content_size_bytes: Number(row.content_size_bytes),
    memory_version_id: row.memory_version_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A `memory_versions` row as a record; content only when asked for. */
export function toVersion(row: MemoryVersionsTable, withContent: boolean): MemoryVersionRecord {
  return {
    id: row.id,
    memory_store_id: row.memory_store_id,
    memory_id: row.memory_id,
    seq: Number(row.seq),
    operation: row.operation,
    path: row.path,
    content: withContent ? row.content : null,
    content_sha256: row.content_sha256,
    content_size_bytes: row.content_size_bytes === null ? null : Number(row.content_size_bytes),
    created_by: parseStoredJSON<ActorRecord>(row.created_by),
    created_at: row.created_at,
    redacted_at: row.redacted_at,
    redacted_by: row.redacted_by === null ? null : parseStoredJSON<ActorRecord>(row.redacted_by),
  };
}
