/** @module sessions/sessions-service — sessions and their events (wire-api §2.3, §2.5) plus Reverie's feedback. */
import type { AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import type { EventListOptions, SessionRecord, SessionsStore, StoredEvent, TimeRange } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import { InvalidRequestError, NotFoundError } from '../shared/errors.js';
import type { IdGenerator } from '../shared/ids.js';
import { applyMetadataPatch, stableStringify } from '../shared/wire-schemas.js';
import { normalizeTools, checkToolRules } from '../agents/index.js';
import type { BusListener, SessionEventBus, WireEvent } from './event-bus.js';
import type { FeedbackParams, SendEventParams, SessionCreateParams, SessionUpdateParams } from './schemas.js';
import { agentRef, agentSnapshot, resolveResources } from './session-config.js';
import { initialReverie, initialState, toSession } from './session-state.js';
import type { SessionRuntime } from './runtime/session-runtime.js';
import { outcomeDraft } from './runtime/session-actor.js';
import type { SessionMemoryPort } from './runtime/tools.js';
import type { SessionStatus } from './status.js';

/** The wire `Session` object (with Reverie's `reverie` field). */
export type Session = Record<string, unknown> & { id: string; type: 'session'; status: SessionStatus };

/** Filters of `GET /v1/sessions`. */
export interface SessionListParams {
  readonly limit: number;
  readonly order: 'asc' | 'desc';
  readonly after?: string | undefined;
  readonly before?: string | undefined;
  readonly agentId?: string | undefined;
  readonly agentVersion?: number | undefined;
  readonly statuses?: readonly string[] | undefined;
  readonly memoryStoreId?: string | undefined;
  readonly createdAt?: TimeRange | undefined;
  readonly includeArchived?: boolean | undefined;
}

/** Business rules of sessions; the agent loop lives in the runtime, storage behind `SessionsStore`. */
export class SessionsService {
  readonly #store: SessionsStore;
  readonly #runtime: SessionRuntime;
  readonly #bus: SessionEventBus;
  readonly #agents: AgentsService;
  readonly #environments: EnvironmentsService;
  readonly #memory: SessionMemoryPort | undefined;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;

  constructor(deps: {
    store: SessionsStore;
    runtime: SessionRuntime;
    bus: SessionEventBus;
    agents: AgentsService;
    environments: EnvironmentsService;
    memory?: SessionMemoryPort | undefined;
    clock: Clock;
    ids: IdGenerator;
  }) {
    this.#store = deps.store;
    this.#runtime = deps.runtime;
    this.#bus = deps.bus;
    this.#agents = deps.agents;
    this.#environments = deps.environments;
    this.#memory = deps.memory;
    this.#clock = deps.clock;
    this.#ids = deps.ids;
  }

  /** The runtime (tests and the bench wait on it; the CLI shuts it down). */
  get runtime(): SessionRuntime {
    return this.#runtime;
  }

  /** Creates a session; with a `user.message` among `initial_events` it starts `running`. */
  async create(params: SessionCreateParams): Promise<Session> {
    const environment = await this.#environments.retrieve(params.environment_id);
    if (environment.archived_at) {
      throw new InvalidRequestError(`Environment ${environment.id} is archived and cannot run new sessions`, {
        details: { details: { error_code: 'environment_archived' } },
      });
    }
    const ref = agentRef(params.agent);
    const agent = await this.#agents.retrieve(ref.id, ref.version);
    if (agent.archived_at) throw new InvalidRequestError(`Agent ${agent.id} is archived; new sessions cannot use it`);
    const snapshot = agentSnapshot(agent, params.agent);
    const now = this.#clock.now().toISOString();
    const { resources, memoryStoreIds } = await resolveResources({ params: params.resources ?? [], memory: this.#memory, ids: this.#ids, now });
    const id = this.#ids.next('sesn');
    const record: SessionRecord = {
      id,
      status: 'idle',
      agent_id: agent.id,
      agent_version: agent.version,
      memory_store_ids: memoryStoreIds,
      body: {
        agent: snapshot,
        environment_id: environment.id,
        resources,
        metadata: params.metadata ?? {},
        title: params.title ?? null,
        vault_ids: params.vault_ids ?? [],
        budget: params.budget ?? null,
        outcome_evaluations: [],
        deployment_id: null,
      },
      state: { ...initialState() },
      reverie: { ...initialReverie() },
      created_at: now,
      updated_at: now,
      archived_at: null,
    };
    const initial = params.initial_events ?? [];
    const events: StoredEvent[] = initial.map((p, i) => {
      const draft = p.type === 'user.message' ? { type: p.type, content: p.content } : outcomeDraft(p, this.#ids);
      const body = { ...draft, id: this.#ids.next('sevt'), processed_at: now };
      return { id: body.id, session_id: id, seq: i + 1, type: p.type, body, processed_at: now, created_at: now };
    });
    await this.#store.create({ record, events });
    const actor = this.#runtime.adopt(record, events);
    if (initial.some((e) => e.type === 'user.message')) {
      await actor.startTurn('message');
      return toSession({ ...record, status: 'running' }, this.#clock) as Session;
    }
    return toSession(record, this.#clock) as Session;
  }

  async retrieve(id: string): Promise<Session> {
    await this.#runtime.recoverInterruptedTurns();
    return toSession(await this.#get(id), this.#clock) as Session;
  }

  /** Metadata/title patch, agent tools (idle only); `vault_ids` is reserved; a change emits `session.updated`. */
  async update(id: string, params: SessionUpdateParams): Promise<Session> {
    if (params.vault_ids !== undefined && params.vault_ids !== null) throw new InvalidRequestError('vault_ids: cannot be changed after creation');
    const actor = await this.#runtime.actor(id);
    const record = await this.#get(id);
    const body = { ...actor.body };
    const changed: Record<string, unknown> = {};
    if (params.metadata) {
      const metadata = applyMetadataPatch((body['metadata'] ?? {}) as Record<string, string>, params.metadata);
      if ('error' in metadata) throw new InvalidRequestError(metadata.error);
      if (stableStringify(metadata) !== stableStringify(body['metadata'])) body['metadata'] = changed['metadata'] = metadata;
    }
    if (params.title !== undefined && (params.title ?? null) !== body['title']) body['title'] = changed['title'] = params.title ?? null;
    if (params.budget !== undefined) {
      if (params.budget !== null && body['budget'] === null) {
        throw new InvalidRequestError('budget: a budget can only be added when the session is created', { details: { details: { error_code: 'budget_create_only' } } });
      }
      if (stableStringify(params.budget) !== stableStringify(body['budget'])) body['budget'] = changed['budget'] = params.budget;
    }
    let agentChanged = false;
    if (params.agent) {
      const agent = { ...(body['agent'] as Record<string, unknown>) };
      if (params.agent.tools !== undefined) agent['tools'] = normalizeTools(params.agent.tools ?? []);
      if (params.agent.mcp_servers !== undefined) {
        agent['mcp_servers'] = (params.agent.mcp_servers ?? []).map((s) => ({ type: 'url', name: s.name, url: s.url }));
      }
      try {
        checkToolRules(agent as Parameters<typeof checkToolRules>[0]);
      } catch (err) {
        if (err instanceof InvalidRequestError) throw new InvalidRequestError(`agent.${err.message}`);
        throw err;
      }
      if (stableStringify(agent) !== stableStringify(body['agent'])) {
        body['agent'] = changed['agent'] = agent;
        agentChanged = true;
      }
    }
    if (Object.keys(changed).length === 0) {
      if (record.archived_at) throw new InvalidRequestError(`Session ${id} is archived and cannot be updated`);
      return toSession(record, this.#clock) as Session;
    }
    await actor.update({ body, changed, requireIdle: agentChanged });
    return this.retrieve(id);
  }

  async list(params: SessionListParams): Promise<{ items: Session[]; hasMore: boolean }> {
    await this.#runtime.recoverInterruptedTurns();
    const page = await this.#store.list(params);
    return { items: page.items.map((r) => toSession(r, this.#clock) as Session), hasMore: page.hasMore };
  }

  async archive(id: string): Promise<Session> {
    const actor = await this.#runtime.actor(id);
    await actor.archive();
    return this.retrieve(id);
  }

  async delete(id: string): Promise<{ id: string; type: 'session_deleted' }> {
    const actor = await this.#runtime.actor(id);
    await actor.delete();
    this.#runtime.forget(id);
    return { id, type: 'session_deleted' };
  }

  /** Reverie extension: end-user outcome signals, returned under `reverie.feedback`. */
  async feedback(id: string, params: FeedbackParams): Promise<Session> {
    const actor = await this.#runtime.actor(id);
    const feedback: Record<string, unknown> = {};
    for (const key of ['score', 'resolved', 'escalated', 'comment', 'labels'] as const) {
      if (params[key] !== undefined && params[key] !== null) feedback[key] = params[key];
    }
    await actor.recordFeedback(feedback);
    return this.retrieve(id);
  }

  /** `events.send`: all-or-nothing validation, then echo; returns as soon as the events are applied. */
  async sendEvents(id: string, events: readonly SendEventParams[]): Promise<{ data: WireEvent[] }> {
    const actor = await this.#runtime.actor(id);
    return { data: await actor.send(events) };
  }

  /** `events.list`: the persisted log (wire objects). */
  async listEvents(id: string, options: EventListOptions): Promise<{ items: WireEvent[]; hasMore: boolean; lastSeq: number | undefined }> {
    await this.#get(id);
    const page = await this.#store.listEvents(id, options);
    return { items: page.items.map((e) => e.body as WireEvent), hasMore: page.hasMore, lastSeq: page.items.at(-1)?.seq };
  }

  /** Live delivery for `events.stream` (404 for an unknown session); returns the unsubscribe function. */
  async subscribe(id: string, listener: BusListener): Promise<() => void> {
    await this.#runtime.recoverInterruptedTurns();
    await this.#get(id);
    return this.#bus.subscribe(id, listener);
  }

  async #get(id: string): Promise<SessionRecord> {
    const record = await this.#store.get(id);
    if (!record) throw new NotFoundError(`Session ${id} not found`);
    return record;
  }
}
