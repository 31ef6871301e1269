/** @module store/jobs/tables — the durable job queue. */

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'canceled';

export interface JobsTable {
  id: string;
  workspace_id: string;
  /** Handler name, e.g. `dream`. */
  kind: string;
  /** Jobs sharing a key never run at the same time (e.g. one dream per agent); null = no constraint. */
  queue_key: string | null;
  payload: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  /** Earliest time the job may be claimed (backoff after a failure). */
  run_at: string;
  lease_owner: string | null;
  lease_expires_at: string | null;
  /** Integer boolean: a cancel was asked while the job was running. */
  cancel_requested: number;
  /** JSON `{stage, percent}`. */
  progress: string | null;
  result: string | null;
  /** JSON `{type, message}` of the last failure. */
  error: string | null;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

export interface JobsTables {
  jobs: JobsTable;
}
