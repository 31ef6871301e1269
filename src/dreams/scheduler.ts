/**
 * @module dreams/scheduler — turns agents' dreaming configurations into dreams: schedules, N-session
 * and metric triggers, adaptive intervals, and session retention. One `tick` is a pure-ish pass over
 * the agents; time comes from the injected clock.
 */
import type { AgentsService, Agent } from '../agents/index.js';
import type { MemoryStoresService } from '../memory/index.js';
import type { SessionsService } from '../sessions/index.js';
import { loadSessionRecord } from '../sessions/index.js';
import type { DreamsStore, SessionsStore } from '../store/index.js';
import {
  decideDream,
  INITIAL_SCHEDULE_STATE,
  nextAdaptiveFactor,
  DEFAULT_METRIC_WINDOW,
  type DreamingConfig,
  type ScheduleState,
} from '../jobs/index.js';
import type { Clock } from '../shared/clock.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import type { DreamsService } from './dreams-service.js';
import { changeScore, sessionMetrics } from './session-metrics.js';
import { agentMemoryStoreId } from './agent-store.js';
import { agentSessionIds } from './session-ids.js';
import type { Insight } from '../dreaming/types.js';

/** How often the scheduler looks at the agents (a minute-granular cron needs at most a minute). */
export const DEFAULT_TICK_MS = 30_000;
/** Most sessions one scheduled dream reads (the newest win). */
export const MAX_SESSIONS_PER_SCHEDULED_DREAM = 10_000;
/** Sessions deleted per agent per tick by retention, so one tick stays short. */
const RETENTION_BATCH = 500;
const PAGE = 200;
const DAY_MS = 86_400_000;

/** Scheduler state per agent: the pure decision state plus bookkeeping. */
interface AgentScheduleState extends ScheduleState {
  readonly memoryStoreId?: string;
  readonly lastDreamId?: string;
  readonly foldedDreamId?: string;
  readonly lastInsightTitles?: readonly string[];
}

/** What one tick did for one agent (returned for tests and logs). */
export interface TickOutcome {
  readonly agentId: string;
  readonly reasons: readonly string[];
  readonly dreamId?: string;
  readonly skipped?: string;
  readonly deletedSessions: number;
}

export interface DreamSchedulerDeps {
  readonly agents: AgentsService;
  readonly sessions: SessionsService;
  readonly sessionsStore: SessionsStore;
  readonly dreams: DreamsService;
  readonly dreamsStore: DreamsStore;
  readonly memory: MemoryStoresService;
  readonly clock: Clock;
  readonly logger?: Logger;
  readonly tickMs?: number;
}

export class DreamScheduler {
  readonly #d: DreamSchedulerDeps;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;

  constructor(deps: DreamSchedulerDeps) {
    this.#d = deps;
  }

  start(): void {
    if (this.#timer) return;
    const run = () => {
      this.#running ??= this.tick()
        .catch((err) => (this.#d.logger ?? silentLogger).error({ err }, 'dream scheduler tick failed'))
        .finally(() => (this.#running = undefined));
    };
    this.#timer = setInterval(run, this.#d.tickMs ?? DEFAULT_TICK_MS);
    this.#timer.unref();
    run();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** One pass over every agent with dreaming configured. */
  async tick(): Promise<TickOutcome[]> {
    const outcomes: TickOutcome[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.#d.agents.list({ limit: PAGE, after });
      for (const agent of page.items) {
        const config = agent.reverie?.dreaming;
        if (config) outcomes.push(await this.#tickAgent(agent, config));
      }
      if (!page.hasMore) break;
      after = page.items.at(-1)?.id;
    }
    return outcomes;
  }

  async #tickAgent(agent: Agent, config: DreamingConfig): Promise<TickOutcome> {
    const { dreamsStore, clock } = this.#d;
    const now = clock.now();
    let state: AgentScheduleState = { ...INITIAL_SCHEDULE_STATE, ...((await dreamsStore.getSchedule(agent.id)) as Partial<AgentScheduleState> | undefined) };
    state = await this.#foldFinishedDream(state);
    const deletedSessions = await this.#applyRetention(agent.id, config, now);

    const fresh = await agentSessionIds({ store: this.#d.sessionsStore, agentId: agent.id, since: state.lastDreamAt, max: MAX_SESSIONS_PER_SCHEDULED_DREAM });
    const metrics = config.triggers.metric_thresholds?.length ? await this.#metrics(agent.id, config) : {};
    const decision = decideDream({ now, config, state, endedSinceLastDream: fresh.length, metrics });
    state = { ...state, ...decision.state };
    let outcome: TickOutcome = { agentId: agent.id, reasons: decision.reasons, deletedSessions };

    if (decision.due) {
      const active = await dreamsStore.list({ limit: 1, agentId: agent.id, statuses: ['pending', 'running'], includeArchived: true });
      if (fresh.length === 0) outcome = { ...outcome, skipped: 'no sessions ended since the last dream' };
      else if (active.items.length) outcome = { ...outcome, skipped: `dream ${active.items[0]!.id} is still ${active.items[0]!.status}` };
      else {
        const storeId = config.memory_store_id ?? state.memoryStoreId ?? (await agentMemoryStoreId(this.#d.memory, agent));
        // `auto` applies findings to the agent's own store; `review` and `off` leave it untouched and
        // write a new store a person can inspect and adopt.
        const updateExisting = config.policy === 'auto';
        const dream = await this.#d.dreams.create({
          inputs: [
            { type: 'memory_store', memory_store_id: storeId },
            { type: 'sessions', session_ids: fresh },
          ],
          model: agent.model.id,
          instructions: null,
          output_behavior: updateExisting ? { type: 'update_existing', memory_store_id: storeId } : { type: 'create_new' },
        });
        state = { ...state, memoryStoreId: storeId, lastDreamAt: now.toISOString(), lastDreamId: dream.id };
        outcome = { ...outcome, dreamId: dream.id };
      }
    }
    await dreamsStore.saveSchedule({ agentId: agent.id, state: { ...state }, now: now.toISOString() });
    return outcome;
  }

  /** Adapts the interval once per finished dream, from how much its findings changed. */
  async #foldFinishedDream(state: AgentScheduleState): Promise<AgentScheduleState> {
    if (!state.lastDreamId || state.lastDreamId === state.foldedDreamId) return state;
    const dream = await this.#d.dreamsStore.get(state.lastDreamId);
    if (!dream || dream.status === 'pending' || dream.status === 'running') return state;
    const report = dream.status === 'completed' ? await this.#d.dreamsStore.getReport(dream.id) : undefined;
    const titles = ((report?.['insights'] as Insight[] | undefined) ?? []).map((i) => i.title);
    const change = changeScore(state.lastInsightTitles ?? [], titles);
    return { ...state, foldedDreamId: dream.id, lastInsightTitles: titles, adaptiveFactor: nextAdaptiveFactor(state.adaptiveFactor, change) };
  }

  async #metrics(agentId: string, config: DreamingConfig) {
    const window = Math.max(...(config.triggers.metric_thresholds ?? []).map((t) => t.window_sessions ?? DEFAULT_METRIC_WINDOW));
    const page = await this.#d.sessionsStore.list({ limit: window, order: 'desc', agentId, statuses: ['idle', 'terminated'], includeArchived: true });
    const records = [];
    for (const s of page.items) {
      const record = await loadSessionRecord(this.#d.sessionsStore, s.id);
      if (record) records.push(record);
    }
    return sessionMetrics(records);
  }

  /** Deletes the agent's sessions older than its retention period (never running ones). */
  async #applyRetention(agentId: string, config: DreamingConfig, now: Date): Promise<number> {
    if (!config.session_storage.enabled) return 0;
    const cutoff = new Date(now.getTime() - config.session_storage.retention_period_days * DAY_MS).toISOString();
    const page = await this.#d.sessionsStore.list({
      limit: RETENTION_BATCH,
      order: 'asc',
      agentId,
      statuses: ['idle', 'terminated'],
      includeArchived: true,
      createdAt: { lt: cutoff },
    });
    for (const s of page.items) await this.#d.sessions.delete(s.id);
    return page.items.length;
  }
}
