/** @module agents/agents-service — agents and their immutable versions (wire-api §2.1). */
import type { AgentRecord, AgentsStore, TimeRange } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { stableStringify } from '../shared/wire-schemas.js';
import { configFromCreate, configFromUpdate, type AgentConfig } from './agent-config.js';
import type { AgentCreateParams, AgentUpdateParams } from './schemas.js';

/** The wire `Agent` object. */
export type Agent = AgentConfig & {
  id: string;
  type: 'agent';
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};

/** How many times an update without `version` retries when another writer moved the head meanwhile. */
const LAST_WRITE_WINS_RETRIES = 5;

/** Business rules of agents; storage is behind the `AgentsStore` port. */
export class AgentsService {
  readonly #store: AgentsStore;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;

  constructor({ store, clock, ids }: { store: AgentsStore; clock: Clock; ids: IdGenerator }) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
  }

  async create(params: AgentCreateParams): Promise<Agent> {
    const id = this.#ids.next('agent');
    const config = configFromCreate(params);
    config.multiagent = await this.#resolveMultiagent(config.multiagent, { selfId: id, selfVersion: 1 });
    const record = await this.#store.create({ id, config: { ...config }, now: this.#clock.now().toISOString() });
    return toAgent(record);
  }

  /** The head version, or `version` when given. */
  async retrieve(id: string, version?: number): Promise<Agent> {
    const record = await this.#store.get(id, version);
    if (!record) {
      if (version !== undefined && (await this.#store.get(id))) throw new NotFoundError(`Agent ${id} has no version ${version}`);
      throw new NotFoundError(`Agent ${id} not found`);
    }
    return toAgent(record);
  }

  /**
   * Applies an update. A mismatched `version` is a 409 even for a no-op; an update that changes nothing
   * returns the current version unchanged.
   */
  async update(id: string, params: AgentUpdateParams): Promise<Agent> {
    for (let attempt = 0; attempt < LAST_WRITE_WINS_RETRIES; attempt++) {
      const head = await this.#store.get(id);
      if (!head) throw new NotFoundError(`Agent ${id} not found`);
      if (head.archived_at) throw new InvalidRequestError(`Agent ${id} is archived and cannot be updated`);
      if (params.version !== undefined && params.version !== head.version) {
        throw new ConflictError(`Agent ${id} is at version ${head.version}, not ${params.version}`);
      }
      const current = head.config as unknown as AgentConfig;
      const next = configFromUpdate(current, params);
      if (params.multiagent !== undefined) {
        next.multiagent = await this.#resolveMultiagent(next.multiagent, { selfId: id, selfVersion: head.version + 1 });
      }
      if (stableStringify(next) === stableStringify(current)) return toAgent(head);
      const written = await this.#store.appendVersion({
        id,
        fromVersion: head.version,
        config: { ...next },
        now: this.#clock.now().toISOString(),
      });
      if (written) return toAgent(written);
      if (params.version !== undefined) throw new ConflictError(`Agent ${id} was updated concurrently; reload and retry`);
    }
    throw new ConflictError(`Agent ${id} is being updated too often; retry`);
  }

  async list(options: { limit: number; after?: string | undefined; createdAt?: TimeRange; includeArchived?: boolean }) {
    const page = await this.#store.list(options);
    return { items: page.items.map(toAgent), hasMore: page.hasMore };
  }

  async listVersions(id: string, options: { limit: number; after?: number | undefined }) {
    if (!(await this.#store.get(id))) throw new NotFoundError(`Agent ${id} not found`);
    const page = await this.#store.listVersions(id, options);
    return { items: page.items.map(toAgent), hasMore: page.hasMore };
  }

  async archive(id: string): Promise<Agent> {
    const record = await this.#store.archive(id, this.#clock.now().toISOString());
    if (!record) throw new NotFoundError(`Agent ${id} not found`);
    return toAgent(record);
  }

  /** Coordinator rosters are pinned to concrete versions; referenced agents must exist and be single agents. */
  async #resolveMultiagent(
    multiagent: Record<string, unknown> | null,
    { selfId, selfVersion }: { selfId: string; selfVersion: number },
  ): Promise<Record<string, unknown> | null> {
    if (!multiagent || multiagent['type'] !== 'coordinator') return multiagent;
    const entries = multiagent['agents'] as unknown[];
    const resolved: Record<string, unknown>[] = [];
    const advisors: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      const ref = typeof entry === 'string' ? { type: 'agent', id: entry } : (entry as Record<string, unknown>);
      if (ref['type'] === 'advisor') {
        if (advisors.length) throw new InvalidRequestError('multiagent: at most one advisor');
        advisors.push({ type: 'advisor', model: ref['model'] });
        continue;
      }
      if (ref['type'] === 'self') {
        resolved.push({ type: 'agent', id: selfId, version: selfVersion });
        continue;
      }
      const id = String(ref['id']);
      if (seen.has(id)) throw new InvalidRequestError(`multiagent: agent ${id} listed twice`);
      seen.add(id);
      const version = typeof ref['version'] === 'number' ? ref['version'] : undefined;
      const target = await this.#store.get(id, version);
      if (!target) throw new InvalidRequestError(`multiagent: agent ${id}${version ? ` version ${version}` : ''} not found`);
      if (target.archived_at) throw new InvalidRequestError(`multiagent: agent ${id} is archived`);
      if (target.config['multiagent']) throw new InvalidRequestError(`multiagent: agent ${id} is itself multiagent (depth is 1)`);
      resolved.push({ type: 'agent', id, version: target.version });
    }
    return { type: 'coordinator', agents: [...resolved, ...advisors] };
  }
}

/** Store record → wire object, fields in the documented order. */
export function toAgent(record: AgentRecord): Agent {
  const config = record.config as unknown as AgentConfig;
  return {
    id: record.id,
    type: 'agent',
    name: config.name,
    description: config.description,
    system: config.system,
    model: config.model,
    tools: config.tools,
    mcp_servers: config.mcp_servers,
    skills: config.skills,
    multiagent: config.multiagent,
    execution_identity: config.execution_identity,
    metadata: config.metadata,
    ...(config.reverie ? { reverie: config.reverie } : {}),
    version: record.version,
    created_at: record.created_at,
    updated_at: record.updated_at,
    archived_at: record.archived_at,
  };
}
