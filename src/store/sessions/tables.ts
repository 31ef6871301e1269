/** @module store/sessions/tables — session rows and their append-only event log. */

export interface SessionsTable {
  id: string;
  workspace_id: string;
  /** `idle` | `running` | `rescheduling` | `terminated`. */
  status: string;
  agent_id: string;
  agent_version: number;
  /** `,memstore_a,memstore_b,` — delimited so `memory_store_id` filters are one portable LIKE. */
  memory_store_ids: string;
  /** JSON: the wire fields fixed or edited by requests (agent snapshot, resources, metadata, title, …). */
  body: string;
  /** JSON: runtime state (usage, pending actions, tool rounds, active seconds). */
  state: string;
  /** JSON: Reverie outcome signals (feedback, per-turn outcome figures). */
  reverie: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface SessionEventsTable {
  id: string;
  session_id: string;
  workspace_id: string;
  /** Position in the session's log, from 1; the list order. */
  seq: number;
  type: string;
  /** JSON of the whole wire event (including `id`, `type`, `processed_at`). */
  body: string;
  processed_at: string | null;
  created_at: string;
}

/**
 * A cache derived from one session's event log (the dreaming record's fold, ADR 0061). Only ever read
 * together with the events after `through_seq`, and only while the event at `through_seq` still has
 * id `last_event_id`, so it can lag behind the log but never disagree with it.
 */
export interface SessionDreamFoldsTable {
  session_id: string;
  workspace_id: string;
  /** Version of the `data` layout; readers ignore rows of another format. */
  format: number;
  /** `seq` of the last event folded into `data`. */
  through_seq: number;
  last_event_id: string;
  /** JSON written and read by `sessions/dream-fold`. */
  data: string;
}

export interface SessionsTables {
  sessions: SessionsTable;
  session_events: SessionEventsTable;
  session_dream_folds: SessionDreamFoldsTable;
}
