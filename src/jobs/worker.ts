/** @module jobs/worker — claims jobs, keeps their lease alive, runs handlers, retries with backoff. */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobRecord, JobsStore } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import { silentLogger, type Logger } from '../shared/logger.js';

/** What a handler gets: the job, a signal that fires on cancel or lost lease, and a progress reporter. */
export interface JobContext {
  readonly job: JobRecord;
  readonly signal: AbortSignal;
  /** Records the current stage and percentage (also extends the lease). */
  progress(stage: string, percent: number): Promise<void>;
}

export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** Thrown by a handler when retrying cannot help (bad input, missing resource). */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** A lease long enough to survive a GC pause, short enough that a dead worker's job restarts soon. */
export const DEFAULT_LEASE_MS = 30_000;
/** Idle poll interval when the queue is empty. */
export const DEFAULT_POLL_MS = 250;
/** Retry backoff: base · 2^(attempt−1), capped, with full jitter. */
export const DEFAULT_BACKOFF = { baseMs: 2_000, maxMs: 5 * 60_000 } as const;

type Outcome = 'completed' | 'failed' | 'queued' | 'canceled' | 'lost';

export interface WorkerOptions {
  readonly store: JobsStore;
  readonly clock: Clock;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly owner?: string;
  readonly leaseMs?: number;
  readonly pollMs?: number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  readonly logger?: Logger;
  /** How many jobs this worker runs at once. */
  readonly concurrency?: number;
}

/**
 * A queue worker. Several may run in one process or many processes (PostgreSQL); each job is held by
 * exactly one lease at a time, and a job whose worker died is claimed again when its lease expires.
 */
export class Worker {
  readonly owner: string;
  readonly #o: Required<Omit<WorkerOptions, 'owner'>>;
  #running = false;
  readonly #active = new Set<Promise<void>>();
  #wake: (() => void) | undefined;

  constructor(options: WorkerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.#o = {
      store: options.store,
      clock: options.clock,
      handlers: options.handlers,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      pollMs: options.pollMs ?? DEFAULT_POLL_MS,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      logger: options.logger ?? silentLogger,
      concurrency: options.concurrency ?? 1,
    };
  }

  /** Starts polling in the background. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    for (let i = 0; i < this.#o.concurrency; i++) void this.#loop();
  }

  /** Wakes idle loops now (called after an enqueue in the same process). */
  notify(): void {
    this.#wake?.();
  }

  /** Stops claiming and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await Promise.all([...this.#active]);
  }

  /** Claims and runs one job if one is due; resolves to its outcome, or undefined when none was claimable. */
  async runOnce(): Promise<{ job: JobRecord; outcome: Outcome } | undefined> {
    const now = this.#o.clock.now();
    const job = await this.#o.store.claim({
      kinds: Object.keys(this.#o.handlers),
      owner: this.owner,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + this.#o.leaseMs).toISOString(),
    });
    if (!job) return undefined;
    let done!: () => void;
    const tracker = new Promise<void>((r) => (done = r));
    this.#active.add(tracker);
    this.#o.logger.info({ job: job.id, kind: job.kind, attempt: job.attempts, owner: this.owner }, 'job started');
    try {
      const outcome = await this.#run(job);
      this.#o.logger.info({ job: job.id, kind: job.kind, outcome, owner: this.owner }, 'job ended');
      return { job, outcome };
    } finally {
      this.#active.delete(tracker);
      done();
    }
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      let ran: Awaited<ReturnType<Worker['runOnce']>>;
      try {
        ran = await this.runOnce();
      } catch (err) {
        this.#o.logger.error({ err, owner: this.owner }, 'job claim failed');
        ran = undefined;
      }
      if (!ran && this.#running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.#o.pollMs);
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.#wake = undefined;
      }
    }
  }

  async #run(job: JobRecord): Promise<Outcome> {
    const { store, clock, logger } = this.#o;
    const handler = this.#o.handlers[job.kind];
    const controller = new AbortController();
    let canceled = false;
    let lost = false;
    const ref = { id: job.id, owner: this.owner };
    const leaseUntil = () => new Date(clock.now().getTime() + this.#o.leaseMs).toISOString();

    const beat = async (progress?: { stage: string; percent: number }) => {
      const held = await store.heartbeat({ ...ref, leaseUntil: leaseUntil(), ...(progress ? { progress } : {}) });
      if (!held) {
        lost = true;
        controller.abort(new Error('lease lost'));
        return;
      }
      const current = await store.get(job.id);
      if (current?.cancel_requested) {
        canceled = true;
        controller.abort(new Error('canceled'));
      }
    };
    const timer = setInterval(() => void beat().catch((err) => logger.warn({ err, job: job.id }, 'heartbeat failed')), Math.max(50, this.#o.leaseMs / 3));

    try {
      if (!handler) throw new PermanentJobError('unknown_job_kind', `No handler for job kind "${job.kind}"`);
      if (job.cancel_requested) {
        canceled = true;
        throw new Error('canceled');
      }
      const result = await handler({
        job,
        signal: controller.signal,
        progress: (stage, percent) => beat({ stage, percent: Math.max(0, Math.min(100, Math.round(percent))) }),
      });
      if (canceled) return (await store.finishCanceled({ ...ref, now: clock.now().toISOString() })) ? 'canceled' : 'lost';
      if (lost) return 'lost';
      return (await store.complete({ ...ref, now: clock.now().toISOString(), result })) ? 'completed' : 'lost';
    } catch (err) {
      if (canceled) return (await store.finishCanceled({ ...ref, now: clock.now().toISOString() })) ? 'canceled' : 'lost';
      if (lost) return 'lost';
      const permanent = err instanceof PermanentJobError;
      const error = { type: permanent ? err.type : 'internal_error', message: err instanceof Error ? err.message : String(err) };
      logger.warn({ job: job.id, attempt: job.attempts, error }, 'job failed');
      const status = await store.fail({
        ...ref,
        now: clock.now().toISOString(),
        error,
        retryAt: new Date(clock.now().getTime() + this.#backoffMs(job.attempts)).toISOString(),
        final: permanent,
      });
      return status ?? 'lost';
    } finally {
      clearInterval(timer);
    }
  }

  #backoffMs(attempt: number): number {
    const { baseMs, maxMs } = this.#o.backoff;
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(ceiling / 2 + Math.random() * (ceiling / 2));
  }
}
