/** @module store/agents/kysely-agents-store — agents on any Kysely dialect. */
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ListOptions, Page } from '../types.js';
import type { AgentRecord, AgentsStore } from './agents-store.js';
import { pageById, toPage, whereCreatedAt } from '../query-helpers.js';
import { VersionCache, type CachedVersion } from './version-cache.js';
import { GenerationCache } from '../generation-cache.js';
import type { ChangeGeneration } from '../sqlite/wal-generation.js';

/** An agent's head row (the `agents` table). */
interface HeadRow {
  id: string;
  version: number;
  created_at: string;
  archived_at: string | null;
}

/** One list page of head rows, as kept by the page cache (frozen: callers share it). */
interface HeadPage {
  readonly items: readonly HeadRow[];
  readonly hasMore: boolean;
}

/** A version row. */
interface VersionRow {
  agent_id: string;
  version: number;
  config: string;
  created_at: string;
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
  /**
   * Immutable versions already read (see version-cache.ts): reads fetch head rows only and join the
   * version from here, going to `agent_versions` just for versions this process has not seen.
   */
  readonly #versions = new VersionCache();
  /**
   * Head rows and list pages read while the database has not changed (ADR 0071): only when the backend
   * can tell that cheaply across processes (SQLite in WAL mode); otherwise every read goes to the database.
   */
  readonly #heads: GenerationCache<HeadRow | undefined> | undefined;
  readonly #pages: GenerationCache<HeadPage> | undefined;

  constructor(db: Kysely<Database>, workspaceId: string, changes?: ChangeGeneration) {
    this.#db = db;
    this.#ws = workspaceId;
    this.#heads = changes && new GenerationCache(changes);
    this.#pages = changes && new GenerationCache(changes);
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
    const generation = this.#heads?.generation();
    const head = this.#heads?.get(id, generation) ?? (await this.#readHead(id, generation));
    if (!head) return undefined;
    const at = version ?? Number(head.version);
    const known = this.#versions.get(head.id, at);
    if (known) return record(head, at, known);
    this.#versionQuery ??= this.#db
      .selectFrom('agent_versions')
      .where('agent_id', '=', ID_SLOT)
      .where('version', '=', VERSION_SLOT)
      .select(['agent_id', 'version', 'config', 'created_at'])
      .compile();
    const [row] = await this.#run<VersionRow>(this.#versionQuery, (p) => (p === ID_SLOT ? head.id : p === VERSION_SLOT ? at : p));
    return row ? record(head, at, this.#versions.remember(head.id, at, row)) : undefined;
  }

  /** The head row from the database, kept under `generation` (taken before the read). */
  async #readHead(id: string, generation: number | undefined): Promise<HeadRow | undefined> {
    this.#headQuery ??= this.#db
      .selectFrom('agents as a')
      .where('a.workspace_id', '=', this.#ws)
      .where('a.id', '=', ID_SLOT)
      .select(['a.id', 'a.version', 'a.created_at', 'a.archived_at'])
      .compile();
    const [head] = await this.#run<HeadRow>(this.#headQuery, (p) => (p === ID_SLOT ? id : p));
    // Unknown ids are not kept: a miss costs what it did, and probing random ids cannot fill memory.
    if (head) this.#heads?.set(id, generation, Object.freeze(head));
    return head;
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
      let q = this.#db
        .selectFrom('agents as a')
        .where('a.workspace_id', '=', this.#ws)
        .select(['a.id', 'a.version', 'a.created_at', 'a.archived_at']);
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
    const generation = this.#pages?.generation();
    // Every input of the query, in a fixed order (JSON keeps `undefined` apart from a missing value).
    const key = JSON.stringify([shape, options.after ?? null, options.limit, range.gt ?? null, range.gte ?? null, range.lt ?? null, range.lte ?? null]);
    let page: HeadPage | undefined = this.#pages?.get(key, generation);
    if (!page) {
      const read = toPage(await this.#run<HeadRow>(compiled, (p) => (values.has(p) ? values.get(p) : p)), options.limit);
      page = Object.freeze({ items: Object.freeze(read.items.map((h) => Object.freeze(h))), hasMore: read.hasMore });
      this.#pages?.set(key, generation, page);
    }
    return { items: await this.#withVersions(page.items), hasMore: page.hasMore };
  }

  async listVersions(id: string, { limit, after }: { limit: number; after?: number | undefined }): Promise<Page<AgentRecord>> {
    let q = this.#select().where('a.id', '=', id);
    if (after !== undefined) q = q.where('v.version', '<', after);
    const page = toPage(await q.orderBy('v.version', 'desc').limit(limit + 1).execute(), limit);
    return {
      items: page.items.map((row) => {
        const version = Number(row.version);
        return record(row, version, this.#versions.remember(row.id, version, { config: row.config, created_at: row.version_created_at }));
      }),
      hasMore: page.hasMore,
    };
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

  /**
   * Runs a compiled query with each stand-in parameter replaced through `fill`. The compiled query's
   * operation node and id are reused as they are (nothing reads them on these plain selects), which
   * spares `CompiledQuery.raw` building and freezing a raw node per call.
   */
  async #run<R>(compiled: CompiledQuery, fill: (parameter: unknown) => unknown): Promise<R[]> {
    const { rows } = await this.#db.executeQuery<R>({ ...compiled, parameters: compiled.parameters.map(fill) });
    return rows;
  }

  /**
   * Head rows → records at their head version, reading the versions this process has not seen in one
   * query. A head whose version row is missing (the agent was deleted in between) is left out.
   */
  async #withVersions(heads: readonly HeadRow[]): Promise<AgentRecord[]> {
    const versions = heads.map((h) => this.#versions.get(h.id, Number(h.version)));
    const missing = heads.filter((_, i) => !versions[i]);
    if (missing.length) {
      const rows = await this.#db
        .selectFrom('agent_versions')
        .where((eb) => eb.or(missing.map((h) => eb.and([eb('agent_id', '=', h.id), eb('version', '=', Number(h.version))]))))
        .select(['agent_id', 'version', 'config', 'created_at'])
        .execute();
      const fetched = new Map(rows.map((row) => [`${row.version}:${row.agent_id}`, row]));
      heads.forEach((h, i) => {
        const row = versions[i] ? undefined : fetched.get(`${h.version}:${h.id}`);
        if (row) versions[i] = this.#versions.remember(h.id, Number(h.version), row);
      });
    }
    const records: AgentRecord[] = [];
    heads.forEach((head, i) => {
      const v = versions[i];
      if (v) records.push(record(head, Number(head.version), v));
    });
    return records;
  }
}

/** A head row and one of its versions → the stored record. */
function record(head: HeadRow, version: number, v: CachedVersion): AgentRecord {
  return {
    id: head.id,
    version,
    created_at: head.created_at,
    updated_at: v.created_at,
    archived_at: head.archived_at,
    config: v.config,
  };
}
