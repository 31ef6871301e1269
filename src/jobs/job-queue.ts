/** @module jobs/job-queue — enqueue, inspect and cancel durable jobs. */
import type { JobRecord, JobsStore, JobStatus } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';

/** Attempts before a job that keeps failing is marked failed. */
export const DEFAULT_MAX_ATTEMPTS = 3;

export class JobQueue {
  readonly #store: JobsStore;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;

  constructor({ store, clock, ids }: { store: JobsStore; clock: Clock; ids: IdGenerator }) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
  }

  /**
   * Adds a job. Jobs with the same `queueKey` never run at once (one dream per agent).
   * @example await queue.enqueue({ kind: 'dream', payload: { dreamId }, queueKey: agentId });
   */
  async enqueue({
    kind,
    payload,
    queueKey = null,
    maxAttempts = DEFAULT_MAX_ATTEMPTS,
    runAt,
    id,
  }: {
    kind: string;
    payload: Record<string, unknown>;
    queueKey?: string | null;
    maxAttempts?: number;
    runAt?: Date;
    /** Use an existing id (e.g. the dream's) so the job and its subject share one name. */
    id?: string;
  }): Promise<JobRecord> {
    const now = this.#clock.now();
    return this.#store.enqueue({
      id: id ?? this.#ids.next('job'),
      kind,
      queueKey,
      payload,
      maxAttempts,
      runAt: (runAt ?? now).toISOString(),
      now: now.toISOString(),
    });
  }

  get(id: string): Promise<JobRecord | undefined> {
    return this.#store.get(id);
  }

  /** Queued jobs are canceled at once; running ones are asked to stop (their worker sees it at the next heartbeat). */
  cancel(id: string): Promise<JobRecord | undefined> {
    return this.#store.requestCancel(id, this.#clock.now().toISOString());
  }

  list(input: { kind?: string; statuses?: readonly JobStatus[]; limit?: number } = {}): Promise<JobRecord[]> {
    return this.#store.list({ ...input, limit: input.limit ?? 100 });
  }
}
