/** @module store/dreams/tables — dreams and their structured reports. */

export type DreamStatus = 'pending' | 'running' | 'completed' | 'failed' | 'canceled';

export interface DreamsTable {
  id: string;
  workspace_id: string;
  status: DreamStatus;
  /** The agent whose sessions were dreamt over (from the first session), for the insights API. */
  agent_id: string | null;
  input_store_id: string;
  /** Integer boolean: output_behavior update_existing (single writer per store). */
  update_existing: number;
  output_store_id: string | null;
  /** JSON: inputs, model, instructions, output_behavior — the request as normalised. */
  body: string;
  /** JSON usage counters. */
  usage: string;
  error: string | null;
  session_id: string | null;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
  archived_at: string | null;
}

export interface DreamReportsTable {
  dream_id: string;
  workspace_id: string;
  report: string;
  created_at: string;
}

/** The scheduler's memory per agent (JSON state: last tick, last dream, adaptive factor, …). */
export interface DreamSchedulesTable {
  workspace_id: string;
  agent_id: string;
  state: string;
  updated_at: string;
}

export interface DreamsTables {
  dreams: DreamsTable;
  dream_reports: DreamReportsTable;
  dream_schedules: DreamSchedulesTable;
}
