/** @module store/sessions/kysely-sessions-store — sessions and session events on any Kysely dialect. */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { Page } from '../types.js';
import type {
  EventListOptions,
  SessionListOptions,
  SessionFold,
  SessionFoldState,
  SessionPatch,
  SessionRecord,
  SessionsStore,
  StoredEvent,
} from './sessions-store.js';
import type { SessionEventsTable, SessionsTable } from './tables.js';
import { toPage, whereCreatedAt } from '../query-helpers.js';
import { parseStoredJSON } from '../../shared/json.js';

/** Ids per `IN (…)` list on bulk reads: well under SQLite's 32k bound-parameter limit. */
const BULK_READ_CHUNK = 500;

/** Rows per multi-row INSERT: well under SQLite's 32 766 bound-parameter cap at 8 columns a row. */
const INSERT_CHUNK = 500;

/** Folds per upsert: 6 columns a row keeps a chunk well under SQLite's bound-parameter cap. */
const FOLD_INSERT_CHUNK = 500;

/** Sessions written once for SQLite and PostgreSQL; every query is bound to one workspace. */
export class KyselySessionsStore implements SessionsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async create({ record, events }: { record: SessionRecord; events: readonly StoredEvent[] }): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('sessions').values(this.#toRow(record)).execute();
      await this.#insertEvents(trx, events);
    });
  }

  async createMany(items: readonly { record: SessionRecord; events: readonly StoredEvent[] }[]): Promise<void> {
    if (!items.length) return;
    await this.#db.transaction().execute(async (trx) => {
      for (let i = 0; i < items.length; i += INSERT_CHUNK) {
        await trx.insertInto('sessions').values(items.slice(i, i + INSERT_CHUNK).map((item) => this.#toRow(item.record))).execute();
      }
      await this.#insertEvents(trx, items.flatMap((item) => item.events));
    });
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<SessionRecord[]> {
    const out: SessionRecord[] = [];
    for (let i = 0; i < ids.length; i += BULK_READ_CHUNK) {
      const rows = await this.#db
        .selectFrom('sessions')
        .selectAll()
        // An expression, not the bare column: without table statistics SQLite would otherwise walk the
        // whole workspace through `sessions_ws_status` for every chunk instead of 500 key lookups.
        .where(sql<string>`workspace_id || ''`, '=', this.#ws)
        .where('id', 'in', ids.slice(i, i + BULK_READ_CHUNK))
        .execute();
      for (const row of rows) out.push(toRecord(row));
    }
    return out;
  }

  async eventsOf(sessionIds: readonly string[], options: { readonly types?: readonly string[] } = {}): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    for (let i = 0; i < sessionIds.length; i += BULK_READ_CHUNK) {
      let q = this.#db
        .selectFrom('session_events')
        .selectAll()
        .where('workspace_id', '=', this.#ws)
        .where('session_id', 'in', sessionIds.slice(i, i + BULK_READ_CHUNK));
      if (options.types) q = q.where('type', 'in', [...options.types]);
      const rows = await q.orderBy('session_id').orderBy('seq').execute();
      for (const row of rows) out.push(toEvent(row));
    }
    return out;
  }

  async foldsOf(sessionIds: readonly string[], options: { readonly types?: readonly string[] } = {}): Promise<SessionFoldState[]> {
    const out: SessionFoldState[] = [];
    for (let i = 0; i < sessionIds.length; i += BULK_READ_CHUNK) {
      // Two index probes per fold on (session_id, seq): the event at through_seq, and any event after it.
      const rows = await this.#db
        .selectFrom('session_dream_folds as f')
        .select(['f.session_id', 'f.format', 'f.through_seq', 'f.last_event_id', 'f.data'])
        .select((eb) => [
          eb
            .selectFrom('session_events as e')
            .select('e.id')
            .whereRef('e.session_id', '=', 'f.session_id')
            .whereRef('e.seq', '=', 'f.through_seq')
            .whereRef('e.workspace_id', '=', 'f.workspace_id')
            .as('event_id'),
          eb
            .exists(() => {
              let later = eb
                .selectFrom('session_events as e')
                .select('e.seq')
                .whereRef('e.session_id', '=', 'f.session_id')
                .whereRef('e.seq', '>', 'f.through_seq')
                .whereRef('e.workspace_id', '=', 'f.workspace_id');
              if (options.types) later = later.where('e.type', 'in', [...options.types]);
              return later;
            })
            .as('has_more'),
        ])
        .where('f.workspace_id', '=', this.#ws)
        .where('f.session_id', 'in', sessionIds.slice(i, i + BULK_READ_CHUNK))
        .execute();
      for (const r of rows) {
        out.push({
          session_id: r.session_id,
          format: Number(r.format),
          through_seq: Number(r.through_seq),
          last_event_id: r.last_event_id,
          data: r.data,
          event_id: r.event_id ?? null,
          // PostgreSQL answers a boolean, SQLite 0 or 1.
          has_more: Boolean(Number(r.has_more)),
        });
      }
    }
    return out;
  }

  async eventsFromFolds(sessionIds: readonly string[], options: { readonly types?: readonly string[] } = {}): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    for (let i = 0; i < sessionIds.length; i += BULK_READ_CHUNK) {
      // The fold drives the join, so each session's events are one index range from `through_seq` on.
      let q = this.#db
        .selectFrom('session_dream_folds as f')
        .innerJoin('session_events as e', (join) => join.onRef('e.session_id', '=', 'f.session_id').onRef('e.seq', '>=', 'f.through_seq'))
        .selectAll('e')
        .where('f.workspace_id', '=', this.#ws)
        .where('e.workspace_id', '=', this.#ws)
        .where('f.session_id', 'in', sessionIds.slice(i, i + BULK_READ_CHUNK));
      if (options.types) q = q.where('e.type', 'in', [...options.types]);
      const rows = await q.orderBy('e.session_id').orderBy('e.seq').execute();
      for (const row of rows) out.push(toEvent(row));
    }
    return out;
  }

  async saveFolds(folds: readonly SessionFold[]): Promise<void> {
    // One row per session (the last given): PostgreSQL refuses an upsert that touches a row twice.
    const unique = [...new Map(folds.map((f) => [f.session_id, f])).values()];
    for (let i = 0; i < unique.length; i += FOLD_INSERT_CHUNK) {
      const rows = unique.slice(i, i + FOLD_INSERT_CHUNK).map((f) => ({ ...f, workspace_id: this.#ws }));
      await this.#db
        .insertInto('session_dream_folds')
        .values(rows)
        .onConflict((oc) =>
          oc
            .column('session_id')
            .doUpdateSet((eb) => ({
              format: eb.ref('excluded.format'),
              through_seq: eb.ref('excluded.through_seq'),
              last_event_id: eb.ref('excluded.last_event_id'),
              data: eb.ref('excluded.data'),
            }))
            .where('session_dream_folds.workspace_id', '=', this.#ws),
        )
        .execute();
    }
  }

  async update(id: string, patch: SessionPatch): Promise<boolean> {
    const result = await this.#db
      .updateTable('sessions')
      .set(patchColumns(patch))
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async list(options: SessionListOptions): Promise<Page<SessionRecord>> {
    let q = this.#db.selectFrom('sessions').selectAll().where('workspace_id', '=', this.#ws);
    if (!options.includeArchived) q = q.where('archived_at', 'is', null);
    if (options.agentId !== undefined) q = q.where('agent_id', '=', options.agentId);
    if (options.agentVersion !== undefined) q = q.where('agent_version', '=', options.agentVersion);
    if (options.statuses?.length) q = q.where('status', 'in', [...options.statuses]);
    if (options.memoryStoreId !== undefined) q = q.where('memory_store_ids', 'like', `%,${escapeLike(options.memoryStoreId)},%`);
    q = whereCreatedAt(q, 'created_at', options.createdAt);
    // A previous page walks the other way from its cursor, then is flipped back into `order`.
    const backwards = options.before !== undefined;
    const walk = backwards ? (options.order === 'asc' ? 'desc' : 'asc') : options.order;
    const cursor = options.before ?? options.after;
    if (cursor !== undefined) q = q.where('id', walk === 'desc' ? '<' : '>', cursor);
    const rows = await q.orderBy('id', walk).limit(options.limit + 1).execute();
    const page = toPage(rows.map(toRecord), options.limit);
    return backwards ? { items: page.items.reverse(), hasMore: page.hasMore } : page;
  }

  async listByStatus(statuses: readonly string[]): Promise<SessionRecord[]> {
    if (!statuses.length) return [];
    const rows = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('workspace_id', '=', this.#ws)
      .where('status', 'in', [...statuses])
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  async delete(id: string): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('session_events').where('session_id', '=', id).where('workspace_id', '=', this.#ws).execute();
      await trx.deleteFrom('session_dream_folds').where('session_id', '=', id).where('workspace_id', '=', this.#ws).execute();
      const result = await trx.deleteFrom('sessions').where('id', '=', id).where('workspace_id', '=', this.#ws).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async appendEvents({
    sessionId,
    events,
    patch,
  }: {
    sessionId: string;
    events: readonly StoredEvent[];
    patch?: SessionPatch | undefined;
  }): Promise<void> {
    if (!patch) {
      await this.#insertEvents(this.#db, events);
      return;
    }
    await this.#db.transaction().execute(async (trx) => {
      await this.#insertEvents(trx, events);
      await trx
        .updateTable('sessions')
        .set(patchColumns(patch))
        .where('id', '=', sessionId)
        .where('workspace_id', '=', this.#ws)
        .execute();
    });
  }

  async listEvents(sessionId: string, options: EventListOptions): Promise<Page<StoredEvent>> {
    let q = this.#db
      .selectFrom('session_events')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('workspace_id', '=', this.#ws);
    if (options.types?.length) q = q.where('type', 'in', [...options.types]);
    q = whereCreatedAt(q, 'processed_at', options.processedAt);
    if (options.afterSeq !== undefined) q = q.where('seq', options.order === 'desc' ? '<' : '>', options.afterSeq);
    const rows = await q.orderBy('seq', options.order).limit(options.limit + 1).execute();
    return toPage(rows.map(toEvent), options.limit);
  }

  async maxSeq(sessionId: string): Promise<number> {
    const row = await this.#db
      .selectFrom('session_events')
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('session_id', '=', sessionId)
      .where('workspace_id', '=', this.#ws)
      .executeTakeFirst();
    return Number(row?.max ?? 0);
  }

  async #insertEvents(db: Kysely<Database> | Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      const chunk = events.slice(i, i + INSERT_CHUNK).map((e) => ({
        id: e.id,
        session_id: e.session_id,
        workspace_id: this.#ws,
        seq: e.seq,
        type: e.type,
        body: JSON.stringify(e.body),
        processed_at: e.processed_at,
        created_at: e.created_at,
      }));
      if (chunk.length) await db.insertInto('session_events').values(chunk).execute();
    }
  }

  #toRow(record: SessionRecord): SessionsTable {
    return {
      id: record.id,
      workspace_id: this.#ws,
      status: record.status,
      agent_id: record.agent_id,
      agent_version: record.agent_version,
      memory_store_ids: `,${record.memory_store_ids.join(',')},`,
      body: JSON.stringify(record.body),
      state: JSON.stringify(record.state),
      reverie: JSON.stringify(record.reverie),
      created_at: record.created_at,
      updated_at: record.updated_at,
      archived_at: record.archived_at,
    };
  }
}

function patchColumns(patch: SessionPatch): Partial<SessionsTable> {
  const set: Partial<SessionsTable> = { updated_at: patch.updated_at };
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.body !== undefined) set.body = JSON.stringify(patch.body);
  if (patch.state !== undefined) set.state = JSON.stringify(patch.state);
  if (patch.reverie !== undefined) set.reverie = JSON.stringify(patch.reverie);
  if (patch.archived_at !== undefined) set.archived_at = patch.archived_at;
  return set;
}

/**
 * `%`, `,` and `\\` cannot occur in ids we issue, but a filter value is user input. `_` (one-character wildcard)
 * is kept: every id has one after its prefix, and the comma delimiters keep a match to a whole id.
 */
function escapeLike(value: string): string {
  // A backslash is PostgreSQL's LIKE escape character; ids never contain one.
  return value.replace(/[%,\\]/g, '');
}

function toRecord(row: Selectable<SessionsTable>): SessionRecord {
  return {
    id: row.id,
    status: row.status,
    agent_id: row.agent_id,
    agent_version: Number(row.agent_version),
    memory_store_ids: row.memory_store_ids.split(',').filter(Boolean),
    body: parseStoredJSON<Record<string, unknown>>(row.body),
    state: parseStoredJSON<Record<string, unknown>>(row.state),
    reverie: parseStoredJSON<Record<string, unknown>>(row.reverie),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

function toEvent(row: Selectable<SessionEventsTable>): StoredEvent {
  return {
    id: row.id,
    session_id: row.session_id,
    seq: Number(row.seq),
    type: row.type,
    body: parseStoredJSON<Record<string, unknown>>(row.body),
    processed_at: row.processed_at,
    created_at: row.created_at,
  };
}
