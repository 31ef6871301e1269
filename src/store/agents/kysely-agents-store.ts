/** @module store/agents/kysely-agents-store — agents on any Kysely dialect. */
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ListOptions, Page } from '../types.js';
import type { AgentRecord, AgentsStore } from './agents-store.js';
import { pageById, toPage, whereCreatedAt } from '../query-helpers.js';
import { parseStoredJSON } from '../../shared/json.js';

interface Row {
  id: string;
  version: number;
  created_at: string;
  archived_at: string | null;
  config: string;
  version_created_at: string;
}

/** Stand-ins compiled into the cached point-read SQL and swapped for the real values per call. */
const ID_SLOT = '\u0000agent-id';
const VERSION_SLOT = -1;
const AFTER_SLOT = '\u0000after';
/** `pageById` asks for `limit + 1` rows, so this compiles as LIMIT -2. */
const LIMIT_SLOT = -3;
const TIME_SLOTS = { gt: '\u0000gt', gte: '\u0000gte', lt: '\u0000lt', lte: '\u0000lte' } as const;

/** Agents and their immutable versions, written once for SQLite and PostgreSQL. */
export class KyselyAgentsStore implements AgentsStore {
  readonly #db: Kysely<Database>;
  readonly #ws: string;
  /**
   * `get` is the hot path (every retrieve and update). Building and compiling its query with Kysely
   * cost ~40 µs per call, six times running it, so each shape is compiled once per store.
   */
  #headQuery: CompiledQuery | undefined;
  #versionQuery: CompiledQuery | undefined;
  /** List queries by shape (which filters are present), compiled once each for the same reason. */
  readonly #listQueries = new Map<string, CompiledQuery>();

  constructor(db: Kysely<Database>, workspaceId: string) {
    this.#db = db;
    this.#ws = workspaceId;
  }

  async create({ id, config, now }: { id: string; config: Record<string, unknown>; now: string }): Promise<AgentRecord> {
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .insertInto('agents')
        .values({ id, workspace_id: this.#ws, version: 1, created_at: now, updated_at: now, archived_at: null })
        .execute();
      await trx
        .insertInto('agent_versions')
        .values({ agent_id: id, version: 1, config: JSON.stringify(config), created_at: now })
        .execute();
    });
    return { id, version: 1, created_at: now, updated_at: now, archived_at: null, config };
  }

  async get(id: string, version?: number): Promise<AgentRecord | undefined> {
    const compiled =
      version === undefined
        ? (this.#headQuery ??= this.#select().where('a.id', '=', ID_SLOT).where('v.version', '=', (eb) => eb.ref('a.version')).compile())
        : (this.#versionQuery ??= this.#select().where('a.id', '=', ID_SLOT).where('v.version', '=', VERSION_SLOT).compile());
    const parameters = compiled.parameters.map((p) => (p === ID_SLOT ? id : p === VERSION_SLOT ? version : p));
    const { rows } = await this.#db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
    const row = rows[0];
    return row ? toRecord(row) : undefined;
  }

  async appendVersion({
    id,
    fromVersion,
    config,
    now,
  }: {
    id: string;
    fromVersion: number;
    config: Record<string, unknown>;
    now: string;
  }): Promise<AgentRecord | undefined> {
    const moved = await this.#db.transaction().execute(async (trx) => {
      // The conditional update is the compare-and-set: it matches no row if another writer won.
      const result = await trx
        .updateTable('agents')
        .set({ version: fromVersion + 1, updated_at: now })
        .where('id', '=', id)
        .where('workspace_id', '=', this.#ws)
        .where('version', '=', fromVersion)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await trx
        .insertInto('agent_versions')
        .values({ agent_id: id, version: fromVersion + 1, config: JSON.stringify(config), created_at: now })
        .execute();
      return true;
    });
    return moved ? this.get(id) : undefined;
  }

  async list(options: ListOptions): Promise<Page<AgentRecord>> {
    const range = options.createdAt ?? {};
    const has = (v: unknown) => (v === undefined ? '0' : '1');
    const order = options.order ?? 'desc';
    const shape = `${options.includeArchived ? 1 : 0}${has(range.gt)}${has(range.gte)}${has(range.lt)}${has(range.lte)}${has(options.after)}${order}`;
    let compiled = this.#listQueries.get(shape);
    if (!compiled) {
      let q = this.#select().where('v.version', '=', (eb) => eb.ref('a.version'));
      if (!options.includeArchived) q = q.where('a.archived_at', 'is', null);
      const slots = Object.fromEntries(
        (Object.keys(TIME_SLOTS) as (keyof typeof TIME_SLOTS)[]).map((k) => [k, range[k] === undefined ? undefined : TIME_SLOTS[k]]),
      );
      q = whereCreatedAt(q, 'a.created_at', slots);
      compiled = pageById(q, 'a.id', { order, limit: LIMIT_SLOT - 1, after: options.after === undefined ? undefined : AFTER_SLOT }).compile();
      this.#listQueries.set(shape, compiled);
    }
    const values = new Map<unknown, unknown>([
      [AFTER_SLOT, options.after],
      [LIMIT_SLOT, options.limit + 1],
      [TIME_SLOTS.gt, range.gt],
      [TIME_SLOTS.gte, range.gte],
      [TIME_SLOTS.lt, range.lt],
      [TIME_SLOTS.lte, range.lte],
    ]);
    const parameters = compiled.parameters.map((p) => (values.has(p) ? values.get(p) : p));
    const { rows } = await this.#db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
    return mapPage(toPage(rows, options.limit));
  }

  async listVersions(id: string, { limit, after }: { limit: number; after?: number | undefined }): Promise<Page<AgentRecord>> {
    let q = this.#select().where('a.id', '=', id);
    if (after !== undefined) q = q.where('v.version', '<', after);
    const rows = await q.orderBy('v.version', 'desc').limit(limit + 1).execute();
    return mapPage(toPage(rows, limit));
  }

  async archive(id: string, now: string): Promise<AgentRecord | undefined> {
    await this.#db
      .updateTable('agents')
      .set({ archived_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', this.#ws)
      .where('archived_at', 'is', null)
      .execute();
    return this.get(id);
  }

  #select() {
    return this.#db
      .selectFrom('agents as a')
      .innerJoin('agent_versions as v', 'v.agent_id', 'a.id')
      .where('a.workspace_id', '=', this.#ws)
      .select(['a.id', 'v.version', 'a.created_at', 'a.archived_at', 'v.config', 'v.created_at as version_created_at']);
  }
}

function toRecord(row: Row): AgentRecord {
  return {
    id: row.id,
    version: Number(row.version),
    created_at: row.created_at,
    updated_at: row.version_created_at,
    archived_at: row.archived_at,
    config: parseStoredJSON<Record<string, unknown>>(row.config),
  };
}

function mapPage(page: Page<Row>): Page<AgentRecord> {
  return { items: page.items.map(toRecord), hasMore: page.hasMore };
}
