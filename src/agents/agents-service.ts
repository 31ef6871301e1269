/** @module agents/agents-service — agents and their immutable versions (wire-api §2.1). */
import type { AgentRecord, AgentsStore, TimeRange } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { stableStringify } from '../shared/wire-schemas.js';
import { configFromCreate, configFromUpdate, type AgentConfig } from './agent-config.js';
import {
  mergeMultiagent20261001,
  unpinSelf,
  type AgentRef,
  type Multiagent20261001,
  type ResolvedMultiagent20261001Params,
} from './multiagent.js';
import type { AgentCreateParams, AgentUpdateParams, MultiagentMemberParams, MultiagentParams, PredefinedAgentParams } from './schemas.js';

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
    config.multiagent = await this.#resolveMultiagent(params.multiagent, { current: null, selfId: id, selfVersion: 1 });
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
        next.multiagent = await this.#resolveMultiagent(params.multiagent, {
          current: current.multiagent,
          selfId: id,
          selfVersion: head.version + 1,
        });
      }
      if (sameConfig({ next, current, selfId: id })) return toAgent(head);
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

  /**
   * Resolves `multiagent` params to the stored/response value: coordinator rosters and predefined agents are
   * pinned to concrete versions; a `multiagent_20261001` update onto a stored one is merged (wire-api §2.1).
   */
  async #resolveMultiagent(
    params: MultiagentParams | null | undefined,
    { current, selfId, selfVersion }: { current: Record<string, unknown> | null; selfId: string; selfVersion: number },
  ): Promise<Record<string, unknown> | null> {
    if (!params) return null;
    const self: AgentRef = { type: 'agent', id: selfId, version: selfVersion };
    if (params.type === 'coordinator') return this.#resolveCoordinator(params.agents, self);
    const resolveMember = async (
      member: MultiagentMemberParams | null | undefined,
      key: string,
    ): Promise<ResolvedMultiagent20261001Params['subagents']> => {
      // Without a list there is nothing to resolve, and the value already has the resolved shape.
      if (member?.type !== 'enabled' || !member.predefined_agents) return member as ResolvedMultiagent20261001Params['subagents'];
      const refs: AgentRef[] = [];
      for (const entry of member.predefined_agents) {
        refs.push(await this.#resolveRef(entry, { self, field: `multiagent.${key}.predefined_agents` }));
      }
      return { ...member, predefined_agents: refs };
    };
    const stored = current?.['type'] === 'multiagent_20261001' ? (current as Partial<Multiagent20261001>) : undefined;
    const merged = mergeMultiagent20261001(stored, {
      ...params,
      subagents: await resolveMember(params.subagents, 'subagents'),
      workflows: await resolveMember(params.workflows, 'workflows'),
    });
    return { ...merged };
  }

  /** Coordinator rosters: distinct agents (at most one `self`), each existing, live and not itself multiagent. */
  async #resolveCoordinator(entries: readonly CoordinatorEntry[], self: AgentRef): Promise<Record<string, unknown>> {
    const resolved: AgentRef[] = [];
    const advisors: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      if (typeof entry !== 'string' && entry.type === 'advisor') {
        if (advisors.length) throw new InvalidRequestError('multiagent: at most one advisor');
        // Responses carry the advisor's model as an id string (SDK `BetaManagedAgentsAdvisor.model`).
        advisors.push({ type: 'advisor', model: typeof entry.model === 'string' ? entry.model : entry.model.id });
        continue;
      }
      const ref = await this.#resolveRef(entry, { self, field: 'multiagent', singleAgentOnly: true });
      // "Entries must reference distinct agents (after resolving self and string forms)".
      if (seen.has(ref.id)) throw new InvalidRequestError(`multiagent: agent ${ref.id} listed twice`);
      seen.add(ref.id);
      resolved.push(ref);
    }
    return { type: 'coordinator', agents: [...resolved, ...advisors] };
  }

  /** One roster entry (id string, `{type:"agent"}` reference or `self`) → a pinned reference; 400 when unusable. */
  async #resolveRef(
    entry: PredefinedAgentParams,
    { self, field, singleAgentOnly = false }: { self: AgentRef; field: string; singleAgentOnly?: boolean },
  ): Promise<AgentRef> {
    if (typeof entry !== 'string' && entry.type === 'self') return { ...self };
    const id = typeof entry === 'string' ? entry : entry.id;
    const version = typeof entry === 'string' ? undefined : (entry.version ?? undefined);
    const target = await this.#store.get(id, version);
    if (!target) throw new InvalidRequestError(`${field}: agent ${id}${version ? ` version ${version}` : ''} not found`);
    if (target.archived_at) throw new InvalidRequestError(`${field}: agent ${id} is archived`);
    if (singleAgentOnly && target.config['multiagent']) {
      throw new InvalidRequestError(`${field}: agent ${id} is itself multiagent (depth is 1)`);
    }
    return { type: 'agent', id, version: target.version };
  }
}

type CoordinatorEntry = Extract<MultiagentParams, { type: 'coordinator' }>['agents'][number];

/** Whether an update changes nothing: configs equal once references to the agent itself are unpinned. */
function sameConfig({ next, current, selfId }: { next: AgentConfig; current: AgentConfig; selfId: string }): boolean {
  if (stableStringify(next) === stableStringify(current)) return true;
  return (
    stableStringify({ ...next, multiagent: unpinSelf(next.multiagent, selfId) }) ===
    stableStringify({ ...current, multiagent: unpinSelf(current.multiagent, selfId) })
  );
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
