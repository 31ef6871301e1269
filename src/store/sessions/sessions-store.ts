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

/**
 * A value derived from a session's event log and cached beside it (the dreaming fold, ADR 0061). The
 * store keeps `data` as opaque text; whoever reads it must check the event at `through_seq` still has
 * id `last_event_id` (see {@link SessionsStore.foldsOf}, {@link SessionsStore.eventsFromFolds}) before
 * trusting it.
 */
export interface SessionFold {
  readonly session_id: string;
  /** Layout version of `data`, chosen by the writer. */
  readonly format: number;
  /** `seq` of the last event folded in (at least 1). */
  readonly through_seq: number;
  /** Id of that event. */
  readonly last_event_id: string;
  readonly data: string;
}

/** A stored fold with what its session's log holds now, read in the same statement. */
export interface SessionFoldState extends SessionFold {
  /** Id of the session's event at `through_seq` now; null when there is none. */
  readonly event_id: string | null;
  /** Whether the log has events after `through_seq` (of the asked types). */
  readonly has_more: boolean;
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
  /** Every event of these sessions (only `types` when given), ordered by session then `seq` (bulk export). */
  eventsOf(sessionIds: readonly string[], options?: { readonly types?: readonly string[] }): Promise<StoredEvent[]>;
  /**
   * The stored folds of these sessions, each with its log's event at `through_seq` and whether later
   * events (only `types` when given) exist; sessions without a fold are absent.
   */
  foldsOf(sessionIds: readonly string[], options?: { readonly types?: readonly string[] }): Promise<SessionFoldState[]>;
  /**
   * For each of these sessions that has a stored fold: its events from the fold's `through_seq` on,
   * that event included (so the caller can check its id), only `types` when given; ordered by
   * session then `seq`. Sessions without a fold give nothing.
   */
  eventsFromFolds(sessionIds: readonly string[], options?: { readonly types?: readonly string[] }): Promise<StoredEvent[]>;
  /**
   * Stores folds, replacing a session's previous one. A fold saved just after its session was deleted
   * is left behind but never used: it is only trusted together with its session's events.
   */
  saveFolds(folds: readonly SessionFold[]): Promise<void>;
  /** Applies a patch; returns false when the session does not exist. */
  update(id: string, patch: SessionPatch): Promise<boolean>;
  list(options: SessionListOptions): Promise<Page<SessionRecord>>;
  /** Sessions in any of these statuses (start-up recovery). */
  listByStatus(statuses: readonly string[]): Promise<SessionRecord[]>;
  /** Removes the row, every event and the fold; false when it did not exist. */
  delete(id: string): Promise<boolean>;
  /** Appends events (caller assigns `seq`), optionally patching the row in the same transaction. */
  appendEvents(input: { sessionId: string; events: readonly StoredEvent[]; patch?: SessionPatch | undefined }): Promise<void>;
  listEvents(sessionId: string, options: EventListOptions): Promise<Page<StoredEvent>>;
  /** Highest `seq` so far (0 when none). */
  maxSeq(sessionId: string): Promise<number>;
}
