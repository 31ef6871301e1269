/** @module memory/types — the wire objects of memory stores, memories and memory versions (wire-api §2.6). */
import type { ActorRecord } from '../store/index.js';

/** Who made a change: `{type:"session_actor", session_id}`, `{type:"api_actor", api_key_id}`, … */
export type Actor = ActorRecord;

/** `basic` leaves `content` null; `full` includes it. */
export type MemoryView = 'basic' | 'full';

/** The wire `MemoryStore`. */
export interface MemoryStore {
  id: string;
  type: 'memory_store';
  name: string;
  description: string;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** The wire `Memory`; `content` is null with `view=basic`. */
export interface Memory {
  id: string;
  type: 'memory';
  memory_store_id: string;
  path: string;
  content: string | null;
  content_sha256: string;
  content_size_bytes: number;
  memory_version_id: string;
  created_at: string;
  updated_at: string;
}

/** A depth-1 list roll-up (`/projects/foo/`); not a stored object. */
export interface MemoryPrefix {
  type: 'memory_prefix';
  path: string;
}

/** The wire `MemoryVersion`. */
export interface MemoryVersion {
  id: string;
  type: 'memory_version';
  memory_id: string;
  memory_store_id: string;
  operation: 'created' | 'modified' | 'deleted';
  created_at: string;
  content: string | null;
  content_sha256: string | null;
  content_size_bytes: number | null;
  path: string | null;
  created_by: Actor;
  redacted_at: string | null;
  redacted_by: Actor | null;
}

/** One page of a list, before the API turns it into `{data, next_page}`. */
export interface ListPage<T> {
  readonly items: T[];
  readonly hasMore: boolean;
  /** The cursor value of the next page (the last item's key), when there is one. */
  readonly nextAfter: string | undefined;
}
