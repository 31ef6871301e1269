/** @module store/jobs/kysely-jobs-store — the queue on SQLite (single writer) and PostgreSQL (SKIP LOCKED). */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { Capabilities } from '../types.js';
import type { EnqueueInput, JobRecord, JobsStore, JobStatus, LeaseRef } from './jobs-store.js';
import type { JobsTable } from './tables.js';
import { parseStoredJSON } from '../../shared/json.js';
import { isUniqueViolation } from '../query-helpers.js';

/** How many candidates one claim looks at before giving up (keys held by running jobs are skipped). */
const CLAIM_CANDIDATES = 16;

export class KyselyJobsStore implements JobsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;
  readonly #caps: Capabilities;

  constructor({ db, workspaceId, capabilities }: { db: Kysely<Database>; workspaceId: string; capabilities: Capabilities }) {
    this.#db = db;
    this.#ws = workspaceId;
    this.#caps = capabilities;
  }

  async enqueue(input: EnqueueInput): Promise<JobRecord> {
    await this.#db
      .insertInto('jobs')
      .values({
        id: input.id,
        workspace_id: this.#ws,
        kind: input.kind,
        queue_key: input.queueKey ?? null,
        payload: JSON.stringify(input.payload),
        status: 'queued',
        attempts: 0,
        max_attempts: input.maxAttempts,
        run_at: input.runAt,
        lease_owner: null,
        lease_expires_at: null,
        cancel_requested: 0,
        progress: null,
        result: null,
        error: null,
        created_at: input.now,
        updated_at: input.now,
        ended_at: null,
      })
      .execute();
    return (await this.get(input.id))!;
  }

  async get(id: string): Promise<JobRecord | undefined> {
    const row = await this.#db.selectFrom('jobs').selectAll().where('id', '=', id).where('workspace_id', '=', this.#ws).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async claim({ kinds, owner, now, leaseUntil }: { kinds: readonly string[]; owner: string; now: string; leaseUntil: string }) {
    if (kinds.length === 0) return undefined;
    try {
      const id = await this.#db.transaction().execute(async (trx) => {
        const candidates = await this.#candidates(trx, kinds, now);
        for (const candidate of candidates) {
          if (candidate.queue_key && (await this.#keyBusy(trx, candidate.queue_key, candidate.id))) continue;
          const updated = await trx
            .updateTable('jobs')
            .set((eb) => ({
              status: 'running',
              lease_owner: owner,
              lease_expires_at: leaseUntil,
              attempts: eb('attempts', '+', 1),
              updated_at: now,
            }))
            .where('id', '=', candidate.id)
            .where('status', '=', candidate.status)
            .where('updated_at', '=', candidate.updated_at)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 1) return candidate.id;
        }
        return undefined;
      });
      return id ? this.get(id) : undefined;
    } catch (err) {
      // Another worker took a job of the same key between our check and our update: the partial unique
      // index refused ours. Nothing was changed; the caller simply polls again.
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
  }

  /**
   * Claimable jobs: first the running ones whose lease expired (a dead worker's), then the queued ones
   * that are due, each in run order. The expired ones come first because a queued job of the same queue
   * key cannot run while one of them still holds the key.
   */
  async #candidates(trx: Transaction<Database>, kinds: readonly string[], now: string) {
    const base = () =>
      trx
        .selectFrom('jobs')
        .select(['id', 'queue_key', 'status', 'updated_at'])
        .where('workspace_id', '=', this.#ws)
        .where('kind', 'in', [...kinds]);
    // PostgreSQL: concurrent workers skip rows another claim holds instead of queueing behind it.
    // SQLite: one writer at a time already serialises claims, and it has no FOR UPDATE.
    const run = async (q: ReturnType<typeof base>) => (this.#caps.skipLocked ? q.forUpdate().skipLocked() : q).orderBy('run_at').orderBy('id').limit(CLAIM_CANDIDATES).execute();
    const expired = await run(base().where('status', '=', 'running').where('lease_expires_at', '<', now));
    const due = await run(base().where('status', '=', 'queued').where('run_at', '<=', now));
    return [...expired, ...due];
  }

  /**
   * True when another job of the key is running, its lease expired or not: the key's partial unique index
   * allows one running job, so a queued job waits until the expired one is claimed again and finishes
   * (claiming the queued one would break the index and, before 2026-11-26, stalled the key for good:
   * every claim tried it first and gave up on the violation).
   */
  async #keyBusy(trx: Transaction<Database>, key: string, exceptId: string): Promise<boolean> {
    const row = await trx
      .selectFrom('jobs')
      .select('id')
      .where('queue_key', '=', key)
      .where('status', '=', 'running')
      .where('id', '!=', exceptId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async heartbeat({ id, owner, leaseUntil, progress }: LeaseRef & { leaseUntil: string; progress?: { stage: string; percent: number } }) {
    const result = await this.#leased(id, owner)
      .set({ lease_expires_at: leaseUntil, ...(progress ? { progress: JSON.stringify(progress) } : {}) })
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete({ id, owner, now, result }: LeaseRef & { now: string; result: Record<string, unknown> }) {
    const r = await this.#leased(id, owner)
      .set({ status: 'completed', result: JSON.stringify(result), ended_at: now, updated_at: now, lease_owner: null, lease_expires_at: null })
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async fail({
    id,
    owner,
    now,
    error,
    retryAt,
    final = false,
  }: LeaseRef & { now: string; error: { type: string; message: string }; retryAt: string; final?: boolean }) {
    const job = await this.get(id);
    if (!job || job.status !== 'running' || job.lease_owner !== owner) return undefined;
    const status: 'queued' | 'failed' = !final && job.attempts < job.max_attempts ? 'queued' : 'failed';
    const r = await this.#leased(id, owner)
      .set({
        status,
        error: JSON.stringify(error),
        run_at: status === 'queued' ? retryAt : job.run_at,
        ended_at: status === 'failed' ? now : null,
        updated_at: now,
        lease_owner: null,
        lease_expires_at: null,
      })
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? status : undefined;
  }

  async finishCanceled({ id, owner, now }: LeaseRef & { now: string }) {
    const r = await this.#leased(id, owner)
      .set({ status: 'canceled', ended_at: now, updated_at: now, lease_owner: null, lease_expires_at: null })
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async requestCancel(id: string, now: string): Promise<JobRecord | undefined> {
    await this.#db
      .updateTable('jobs')
      .set({ status: 'canceled', ended_at: now, updated_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('status', '=', 'queued')
      .execute();
    await this.#db
      .updateTable('jobs')
      .set({ cancel_requested: 1, updated_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('status', '=', 'running')
      .execute();
    return this.get(id);
  }

  async list({ kind, statuses, limit }: { kind?: string; statuses?: readonly JobStatus[]; limit: number }) {
    let q = this.#db.selectFrom('jobs').selectAll().where('workspace_id', '=', this.#ws);
    if (kind) q = q.where('kind', '=', kind);
    if (statuses?.length) q = q.where('status', 'in', [...statuses]);
    const rows = await q.orderBy('created_at').orderBy('id').limit(limit).execute();
    return rows.map(toRecord);
  }

  #leased(id: string, owner: string) {
    return this.#db
      .updateTable('jobs')
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('status', '=', 'running')
      .where('lease_owner', '=', owner);
  }
}

function toRecord(row: Selectable<JobsTable>): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    queue_key: row.queue_key,
    payload: parseStoredJSON(row.payload),
    status: row.status,
    attempts: Number(row.attempts),
    max_attempts: Number(row.max_attempts),
    run_at: row.run_at,
    lease_owner: row.lease_owner,
    lease_expires_at: row.lease_expires_at,
    cancel_requested: Number(row.cancel_requested) === 1,
    progress: row.progress ? parseStoredJSON(row.progress) : null,
    result: row.result ? parseStoredJSON(row.result) : null,
    error: row.error ? parseStoredJSON(row.error) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ended_at: row.ended_at,
  };
}
