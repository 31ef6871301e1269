/** @module store/jobs/jobs-store — the queue port: claim with a lease, heartbeat, finish, retry, cancel. */
import type { JobStatus } from './tables.js';

export type { JobStatus };

export interface JobRecord {
  readonly id: string;
  readonly kind: string;
  readonly queue_key: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly max_attempts: number;
  readonly run_at: string;
  readonly lease_owner: string | null;
  readonly lease_expires_at: string | null;
  readonly cancel_requested: boolean;
  readonly progress: { stage: string; percent: number } | null;
  readonly result: Readonly<Record<string, unknown>> | null;
  readonly error: { type: string; message: string } | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly ended_at: string | null;
}

export interface EnqueueInput {
  readonly id: string;
  readonly kind: string;
  readonly queueKey?: string | null;
  readonly payload: Record<string, unknown>;
  readonly maxAttempts: number;
  readonly runAt: string;
  readonly now: string;
}

/** A lease-holder's view of its job: every write is conditional on still holding the lease. */
export interface LeaseRef {
  readonly id: string;
  readonly owner: string;
}

export interface JobsStore {
  enqueue(input: EnqueueInput): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | undefined>;
  /**
   * Claims the oldest due job of these kinds — queued and due, or running with an expired lease (its
   * worker died) — skipping keys that already have a running job. Undefined when nothing is claimable.
   */
  claim(input: { kinds: readonly string[]; owner: string; now: string; leaseUntil: string }): Promise<JobRecord | undefined>;
  /** Extends the lease; false when the lease was lost (expired and taken, or the job ended). */
  heartbeat(input: LeaseRef & { leaseUntil: string; progress?: { stage: string; percent: number } }): Promise<boolean>;
  complete(input: LeaseRef & { now: string; result: Record<string, unknown> }): Promise<boolean>;
  /**
   * Requeues at `retryAt` while attempts remain (and the failure is not `final`), else marks failed.
   * Returns the new status, or undefined if the lease was lost.
   */
  fail(input: LeaseRef & { now: string; error: { type: string; message: string }; retryAt: string; final?: boolean }): Promise<'queued' | 'failed' | undefined>;
  /** Marks a running job canceled by its own worker (after it saw `cancel_requested`). */
  finishCanceled(input: LeaseRef & { now: string }): Promise<boolean>;
  /** Queued → canceled at once; running → `cancel_requested`. Returns the job after the change. */
  requestCancel(id: string, now: string): Promise<JobRecord | undefined>;
  /** Jobs of a kind in a status, oldest first (for dashboards and tests). */
  list(input: { kind?: string; statuses?: readonly JobStatus[]; limit: number }): Promise<JobRecord[]>;
}
