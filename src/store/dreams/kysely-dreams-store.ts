/** @module store/dreams/kysely-dreams-store — dreams on any Kysely dialect. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { ListOptions, Page } from '../types.js';
import type { DreamInsert, DreamRecord, DreamsStore, DreamStatus } from './dreams-store.js';
import type { DreamsTable } from './tables.js';
import { isUniqueViolation, pageById, toPage, whereCreatedAt } from '../query-helpers.js';
import { parseStoredJSON } from '../../shared/json.js';

const ZERO_USAGE = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

export class KyselyDreamsStore implements DreamsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async create(input: DreamInsert): Promise<DreamRecord | 'store_busy'> {
    try {
      await this.#db
        .insertInto('dreams')
        .values({
          id: input.id,
          workspace_id: this.#ws,
          status: 'pending',
          agent_id: input.agentId,
          input_store_id: input.inputStoreId,
          update_existing: input.updateExisting ? 1 : 0,
          output_store_id: null,
          body: JSON.stringify(input.body),
          usage: JSON.stringify(ZERO_USAGE),
          error: null,
          session_id: null,
          created_at: input.now,
          updated_at: input.now,
          ended_at: null,
          archived_at: null,
        })
        .execute();
    } catch (err) {
      if (isUniqueViolation(err)) return 'store_busy';
      throw err;
    }
    return (await this.get(input.id))!;
  }

  async get(id: string): Promise<DreamRecord | undefined> {
    const row = await this.#select().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async list(options: ListOptions & { statuses?: readonly DreamStatus[]; agentId?: string }): Promise<Page<DreamRecord>> {
    let q = this.#select();
    if (!options.includeArchived) q = q.where('archived_at', 'is', null);
    if (options.statuses?.length) q = q.where('status', 'in', [...options.statuses]);
    if (options.agentId) q = q.where('agent_id', '=', options.agentId);
    q = whereCreatedAt(q, 'created_at', options.createdAt);
    const rows = await pageById(q, 'id', options).execute();
    const page = toPage(rows, options.limit);
    return { items: page.items.map(toRecord), hasMore: page.hasMore };
  }

  async transition({
    id,
    from,
    to,
    now,
    error,
  }: {
    id: string;
    from: readonly DreamStatus[];
    to: DreamStatus;
    now: string;
    error?: { type: string; message: string } | null;
  }) {
    const terminal = to === 'completed' || to === 'failed' || to === 'canceled';
    const result = await this.#db
      .updateTable('dreams')
      .set({
        status: to,
        updated_at: now,
        ...(terminal ? { ended_at: now } : {}),
        ...(error !== undefined ? { error: error ? JSON.stringify(error) : null } : {}),
      })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return { record: await this.get(id), changed: Number(result.numUpdatedRows) === 1 };
  }

  async setOutputStore({ id, storeId, now }: { id: string; storeId: string; now: string }) {
    await this.#update(id).set({ output_store_id: storeId, updated_at: now }).execute();
  }

  async setUsage({ id, usage, now }: { id: string; usage: Record<string, number>; now: string }) {
    await this.#update(id).set({ usage: JSON.stringify(usage), updated_at: now }).execute();
  }

  async archive(id: string, now: string) {
    await this.#update(id).set({ archived_at: now, updated_at: now }).where('archived_at', 'is', null).execute();
    return this.get(id);
  }

  async saveReport({ dreamId, report, now }: { dreamId: string; report: Record<string, unknown>; now: string }) {
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('dream_reports').where('dream_id', '=', dreamId).where('workspace_id', '=', this.#ws).execute();
      await trx.insertInto('dream_reports').values({ dream_id: dreamId, workspace_id: this.#ws, report: JSON.stringify(report), created_at: now }).execute();
    });
  }

  async getReport(dreamId: string) {
    const row = await this.#db
      .selectFrom('dream_reports')
      .select('report')
      .where('dream_id', '=', dreamId)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return row ? parseStoredJSON<Record<string, unknown>>(row.report) : undefined;
  }

  async getSchedule(agentId: string) {
    const row = await this.#db
      .selectFrom('dream_schedules')
      .select('state')
      .where('workspace_id', '=', this.#ws)
      .where('agent_id', '=', agentId)
      .executeTakeFirst();
    return row ? parseStoredJSON<Record<string, unknown>>(row.state) : undefined;
  }

  async saveSchedule({ agentId, state, now }: { agentId: string; state: Record<string, unknown>; now: string }) {
    await this.#db
      .insertInto('dream_schedules')
      .values({ workspace_id: this.#ws, agent_id: agentId, state: JSON.stringify(state), updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'agent_id']).doUpdateSet({ state: JSON.stringify(state), updated_at: now }))
      .execute();
  }

  async latestCompleted(agentId: string) {
    const row = await this.#select()
      .where('agent_id', '=', agentId)
      .where('status', '=', 'completed')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  #select() {
    return this.#db.selectFrom('dreams').selectAll().where('workspace_id', '=', this.#ws);
  }

  #update(id: string) {
    return this.#db.updateTable('dreams').where('id', '=', id).where('workspace_id', '=', this.#ws);
  }
}

function toRecord(row: Selectable<DreamsTable>): DreamRecord {
  return {
    id: row.id,
    status: row.status,
    agent_id: row.agent_id,
    input_store_id: row.input_store_id,
    update_existing: Number(row.update_existing) === 1,
    output_store_id: row.output_store_id,
    body: parseStoredJSON(row.body),
    usage: parseStoredJSON(row.usage),
    error: row.error ? parseStoredJSON(row.error) : null,
    session_id: row.session_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ended_at: row.ended_at,
    archived_at: row.archived_at,
  };
}
