/** @module store/sessions/sessions-store — the sessions port: session rows plus their event log. */
import type { Page, TimeRange } from '../types.js';

/** One session as stored; JSON columns are parsed. */
export interface SessionRecord {
  readonly id: string;
  readonly status: string;
  readonly agent_id: string;
  readonly agent_version: number;
  readonly memory_store_ids: readonly string[];
  readonly body: Readonly<Record<string, unknown>>;
  readonly state: Readonly<Record<string, unknown>>;
  readonly reverie: Readonly<Record<string, unknown>>;
  readonly created_at: string;
  readonly updated_at: string;
  readonly archived_at: string | null;
}

/** One persisted event; `body` is the whole wire event object. */
export interface StoredEvent {
  readonly id: string;
  readonly session_id: string;
  readonly seq: number;
  readonly type: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly processed_at: string | null;
  readonly created_at: string;
}

/** Filters and bidirectional keyset paging of `GET /v1/sessions`. */
export interface SessionListOptions {
  readonly limit: number;
  readonly order: 'asc' | 'desc';
  /** Rows strictly after this id in `order` (next page). */
  readonly after?: string | undefined;
  /** Rows strictly before this id in `order` (previous page). */
  readonly before?: string | undefined;
  readonly agentId?: string | undefined;
  readonly agentVersion?: number | undefined;
  readonly statuses?: readonly string[] | undefined;
  readonly memoryStoreId?: string | undefined;
  readonly createdAt?: TimeRange | undefined;
  readonly includeArchived?: boolean | undefined;
}

/** Filters and paging of `GET /v1/sessions/{id}/events` (keyset on `seq`). */
export interface EventListOptions {
  readonly limit: number;
  readonly order: 'asc' | 'desc';
  readonly afterSeq?: number | undefined;
  readonly types?: readonly string[] | undefined;
  /** Compared to `processed_at`, as the wire API documents. */
  readonly processedAt?: TimeRange | undefined;
}

/** Fields of a session row a write may change. */
export interface SessionPatch {
  readonly status?: string;
  readonly body?: Record<string, unknown>;
  readonly state?: Record<string, unknown>;
  readonly reverie?: Record<string, unknown>;
  readonly archived_at?: string | null;
  readonly updated_at: string;
}

export interface SessionsStore {
  /** Inserts the row and its first events in one transaction. */
  create(input: { record: SessionRecord; events: readonly StoredEvent[] }): Promise<void>;
  /** Inserts several sessions with their events in one transaction (bulk import); all or nothing. */
  createMany(items: readonly { record: SessionRecord; events: readonly StoredEvent[] }[]): Promise<void>;
  get(id: string): Promise<SessionRecord | undefined>;
  /** Several sessions at once (bulk export); missing ids are simply absent. */
  getMany(ids: readonly string[]): Promise<SessionRecord[]>;
  /** Every event of these sessions, ordered by session then `seq` (bulk export). */
  eventsOf(sessionIds: readonly string[]): Promise<StoredEvent[]>;
  /** Applies a patch; returns false when the session does not exist. */
  update(id: string, patch: SessionPatch): Promise<boolean>;
  list(options: SessionListOptions): Promise<Page<SessionRecord>>;
  /** Sessions in any of these statuses (start-up recovery). */
  listByStatus(statuses: readonly string[]): Promise<SessionRecord[]>;
  /** Removes the row and every event; false when it did not exist. */
  delete(id: string): Promise<boolean>;
  /** Appends events (caller assigns `seq`), optionally patching the row in the same transaction. */
  appendEvents(input: { sessionId: string; events: readonly StoredEvent[]; patch?: SessionPatch | undefined }): Promise<void>;
  listEvents(sessionId: string, options: EventListOptions): Promise<Page<StoredEvent>>;
  /** Highest `seq` so far (0 when none). */
  maxSeq(sessionId: string): Promise<number>;
}
