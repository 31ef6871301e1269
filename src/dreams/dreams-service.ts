/** @module dreams/dreams-service — the Dreams API (wire-api §2.7): create, retrieve, list, cancel, archive, report. */
import type { DreamRecord, DreamsStore, DreamStatus, SessionsStore, TimeRange } from '../store/index.js';
import type { JobQueue } from '../jobs/index.js';
import type { MemoryStoresService } from '../memory/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../shared/errors.js';
import type { DreamCreateParams } from './schemas.js';
import type { Insight, InsightKind, Severity } from '../dreaming/types.js';

/** Filters of the insights API. */
export interface InsightFilters {
  readonly kinds?: readonly InsightKind[];
  readonly categories?: readonly string[];
  readonly severities?: readonly Severity[];
  readonly dreamId?: string;
}

/** `GET /v1/agents/{id}/insights`. */
export interface AgentInsights {
  agent_id: string;
  dream_id: string | null;
  dreamt_at: string | null;
  message: string;
  pattern_summaries: unknown[];
  flagged_issues: unknown[];
  recommended_prompt_template: string | null;
  confidence_scores: Record<string, number>;
  insights: Insight[];
}

/** The job kind that runs a dream. */
export const DREAM_JOB_KIND = 'dream';
/** A dream failing on a transient fault is retried this many times in all. */
export const DREAM_MAX_ATTEMPTS = 3;

/** The wire `Dream` object. */
export interface Dream {
  id: string;
  type: 'dream';
  status: DreamStatus;
  inputs: Array<{ type: 'memory_store'; memory_store_id: string } | { type: 'sessions'; session_ids: string[] }>;
  outputs: Array<{ type: 'memory_store'; memory_store_id: string }>;
  model: { id: string; speed?: 'standard' };
  output_behavior: { type: 'create_new' } | { type: 'update_existing'; memory_store_id: string };
  instructions: string | null;
  session_id: string | null;
  usage: Record<string, number>;
  error: { type: string; message: string } | null;
  created_at: string;
  ended_at: string | null;
  archived_at: string | null;
}

export interface DreamsServiceDeps {
  readonly store: DreamsStore;
  readonly queue: JobQueue;
  readonly memoryStores: MemoryStoresService;
  /** Read in bulk: a scheduled dream may name thousands of sessions. */
  readonly sessions: SessionsStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Called after a dream is queued so an in-process worker can start at once. */
  readonly onQueued?: () => void;
}

export class DreamsService {
  readonly #d: DreamsServiceDeps;

  constructor(deps: DreamsServiceDeps) {
    this.#d = deps;
  }

  /** Validates inputs against stored state, records a pending dream and queues its job. */
  async create(params: DreamCreateParams): Promise<Dream> {
    const storeId = params.inputs.find((i) => i.type === 'memory_store')!.memory_store_id;
    const sessionIds = [...params.inputs.find((i) => i.type === 'sessions')!.session_ids].sort();
    const behavior = params.output_behavior ?? { type: 'create_new' as const };
    if (behavior.type === 'update_existing' && behavior.memory_store_id !== storeId) {
      throw new InvalidRequestError('output_behavior.memory_store_id must equal the memory_store input');
    }
    const inputStore = await this.#d.memoryStores.retrieve(storeId);
    if (inputStore.archived_at) throw new InvalidRequestError(`Memory store ${storeId} is archived`);
    const found = await this.#d.sessions.getMany(sessionIds);
    if (found.length !== sessionIds.length) {
      const known = new Set(found.map((s) => s.id));
      throw new NotFoundError(`Session ${sessionIds.find((id) => !known.has(id))} not found`);
    }
    const agents = new Map<string, number>();
    for (const session of found) agents.set(session.agent_id, (agents.get(session.agent_id) ?? 0) + 1);
    const agentId = [...agents.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const model = typeof params.model === 'string' ? { id: params.model } : { id: params.model.id, ...(params.model.speed ? { speed: params.model.speed } : {}) };
    const id = this.#d.ids.next('drm');
    const created = await this.#d.store.create({
      id,
      agentId,
      inputStoreId: storeId,
      updateExisting: behavior.type === 'update_existing',
      body: {
        inputs: [
          { type: 'memory_store', memory_store_id: storeId },
          { type: 'sessions', session_ids: sessionIds },
        ],
        model,
        instructions: params.instructions ?? null,
        output_behavior: behavior,
      },
      now: this.#now(),
    });
    if (created === 'store_busy') {
      throw new ConflictError(`Memory store ${storeId} is being updated by another dream; wait for it to stop`);
    }
    // One dream per agent at a time; dreams without an agent serialise on their input store.
    await this.#d.queue.enqueue({ id, kind: DREAM_JOB_KIND, payload: { dream_id: id }, queueKey: agentId ?? storeId, maxAttempts: DREAM_MAX_ATTEMPTS });
    this.#d.onQueued?.();
    return toDream(created);
  }

  async retrieve(id: string): Promise<Dream> {
    return toDream(await this.#get(id));
  }

  async list(options: { limit: number; after?: string | undefined; createdAt?: TimeRange; includeArchived?: boolean; statuses?: DreamStatus[]; agentId?: string }) {
    const page = await this.#d.store.list(options);
    return { items: page.items.map(toDream), hasMore: page.hasMore };
  }

  /** pending/running → canceled; canceled stays; completed/failed → 400. */
  async cancel(id: string): Promise<Dream> {
    const dream = await this.#get(id);
    if (dream.status === 'canceled') return toDream(dream);
    if (dream.status === 'completed' || dream.status === 'failed') {
      throw new InvalidRequestError(`Dream ${id} is ${dream.status} and cannot be canceled`);
    }
    const { record } = await this.#d.store.transition({ id, from: ['pending', 'running'], to: 'canceled', now: this.#now() });
    await this.#d.queue.cancel(id);
    return toDream(record ?? dream);
  }

  /** Only finished dreams can be archived; archiving twice changes nothing. */
  async archive(id: string): Promise<Dream> {
    const dream = await this.#get(id);
    if (dream.status === 'pending' || dream.status === 'running') {
      throw new InvalidRequestError(`Dream ${id} is ${dream.status}; only completed, failed or canceled dreams can be archived`);
    }
    if (dream.archived_at) return toDream(dream);
    return toDream((await this.#d.store.archive(id, this.#now())) ?? dream);
  }

  /** The full structured report of a completed dream (Reverie extension). */
  async report(id: string): Promise<Record<string, unknown>> {
    const dream = await this.#get(id);
    const report = await this.#d.store.getReport(id);
    if (!report) throw new NotFoundError(`Dream ${id} has no report yet (status ${dream.status})`);
    return report;
  }

  /**
   * The seed's `get_dreaming_insights`: the latest completed dream's views of an agent (or one given
   * dream's) plus its typed insights, filtered. An agent that has not dreamt yet gets empty views and
   * `dream_id: null`, not an error.
   */
  async insights(agentId: string, filters: InsightFilters = {}): Promise<AgentInsights> {
    let dream: DreamRecord | undefined;
    if (filters.dreamId) {
      dream = await this.#get(filters.dreamId);
      if (dream.agent_id !== agentId) throw new NotFoundError(`Dream ${filters.dreamId} is not a dream of agent ${agentId}`);
    } else {
      dream = await this.#d.store.latestCompleted(agentId);
    }
    const report = dream ? await this.#d.store.getReport(dream.id) : undefined;
    if (!dream || !report) {
      return {
        agent_id: agentId,
        dream_id: null,
        dreamt_at: null,
        message: 'This agent has no completed dream yet.',
        pattern_summaries: [],
        flagged_issues: [],
        recommended_prompt_template: null,
        confidence_scores: {},
        insights: [],
      };
    }
    const all = (report['insights'] as Insight[] | undefined) ?? [];
    const insights = all.filter(
      (i) =>
        (!filters.kinds?.length || filters.kinds.includes(i.kind)) &&
        (!filters.categories?.length || filters.categories.includes(i.category)) &&
        (!filters.severities?.length || filters.severities.includes(i.severity)),
    );
    return {
      agent_id: agentId,
      dream_id: dream.id,
      dreamt_at: dream.ended_at,
      message: all.length ? `${all.length} insights from dream ${dream.id}.` : 'The latest dream found nothing worth reporting.',
      pattern_summaries: (report['pattern_summaries'] as unknown[]) ?? [],
      flagged_issues: (report['flagged_issues'] as unknown[]) ?? [],
      recommended_prompt_template: (report['recommended_prompt_template'] as string | undefined) ?? null,
      confidence_scores: (report['confidence_scores'] as Record<string, number>) ?? {},
      insights,
    };
  }

  async #get(id: string): Promise<DreamRecord> {
    const dream = await this.#d.store.get(id);
    if (!dream) throw new NotFoundError(`Dream ${id} not found`);
    return dream;
  }

  #now(): string {
    return this.#d.clock.now().toISOString();
  }
}

/** Store record → wire object. */
export function toDream(record: DreamRecord): Dream {
  const body = record.body as Pick<Dream, 'inputs' | 'model' | 'instructions' | 'output_behavior'>;
  return {
    id: record.id,
    type: 'dream',
    status: record.status,
    inputs: body.inputs,
    outputs: record.output_store_id ? [{ type: 'memory_store', memory_store_id: record.output_store_id }] : [],
    model: body.model,
    output_behavior: body.output_behavior,
    instructions: body.instructions,
    session_id: record.session_id,
    usage: { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, ...record.usage },
    error: record.error,
    created_at: record.created_at,
    ended_at: record.ended_at,
    archived_at: record.archived_at,
  };
}
