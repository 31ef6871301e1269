/** @module memory/wire — store records → wire objects, fields in the documented order. */
import type { MemoryPrefixRecord, MemoryRecord, MemoryStoreRecord, MemoryVersionRecord } from '../store/index.js';
import type { Memory, MemoryPrefix, MemoryStore, MemoryVersion, MemoryView } from './types.js';

/** Store record → wire `MemoryStore`. */
export function toMemoryStore(record: MemoryStoreRecord): MemoryStore {
  return {
    id: record.id,
    type: 'memory_store',
    name: record.name,
    description: record.description,
    metadata: { ...record.metadata },
    created_at: record.created_at,
    updated_at: record.updated_at,
    archived_at: record.archived_at,
  };
}

/** Memory record → wire `Memory`; `content` only with `view=full`. */
export function toMemory(record: MemoryRecord, view: MemoryView): Memory {
  return {
    id: record.id,
    type: 'memory',
    memory_store_id: record.memory_store_id,
    path: record.path,
    content: view === 'full' ? (record.content ?? null) : null,
    content_sha256: record.content_sha256,
    content_size_bytes: record.content_size_bytes,
    memory_version_id: record.memory_version_id,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

/** A list item: a memory, or a `memory_prefix` roll-up. */
export function toMemoryListItem(item: MemoryRecord | MemoryPrefixRecord, view: MemoryView): Memory | MemoryPrefix {
  return 'prefix' in item ? { type: 'memory_prefix', path: item.prefix } : toMemory(item, view);
}

/** Version record → wire `MemoryVersion`; `content` only with `view=full`. */
export function toMemoryVersion(record: MemoryVersionRecord, view: MemoryView): MemoryVersion {
  return {
    id: record.id,
    type: 'memory_version',
    memory_id: record.memory_id,
    memory_store_id: record.memory_store_id,
    operation: record.operation,
    created_at: record.created_at,
    content: view === 'full' ? record.content : null,
    content_sha256: record.content_sha256,
    content_size_bytes: record.content_size_bytes,
    path: record.path,
    created_by: record.created_by,
    redacted_at: record.redacted_at,
    redacted_by: record.redacted_by,
  };
}
