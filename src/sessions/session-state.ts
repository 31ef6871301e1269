/** @module sessions/session-state — what a session row holds, and its wire `Session` view. */
import type { SessionRecord } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { SessionStatus } from './status.js';

/** A tool call the turn waits on: a custom tool result, or a confirmation of an `ask` tool. */
export interface PendingAction {
  readonly event_id: string;
  readonly kind: 'custom_tool' | 'confirmation';
  readonly name: string;
  readonly input: Record<string, unknown>;
}

/** A tool call the client confirmed or denied, waiting for the turn to run (or refuse) it. */
export interface ConfirmedAction extends PendingAction {
  readonly result: 'allow' | 'deny';
  readonly deny_message: string | null;
}

/** Cumulative token usage in wire form. */
export interface SessionUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

/** Runtime state (the `state` column); written only by the session's runtime actor. */
export interface SessionState {
  usage: SessionUsage;
  /** Seconds with a turn in progress. */
  active_seconds: number;
  pending: PendingAction[];
  confirmed: ConfirmedAction[];
  /** Model requests made in the current turn (the tool-round cap counts these). */
  turn_rounds: number;
  /** When the session last went idle. */
  last_idle_at: string | null;
}

/** Per-session outcome figures recorded by the loop (Reverie extension). */
export interface SessionOutcomeFigures {
  turns: number;
  model_requests: number;
  model_errors: number;
  tool_calls: number;
  tool_errors: number;
  interrupts: number;
  /** Latest turn latencies in ms (bounded), for p50/p95. */
  latencies_ms: number[];
  input_tokens: number;
  output_tokens: number;
  /** US cents at list price when the model has one; 0 for the offline model. */
  cost_cents: number | null;
}

/** End-user feedback (`POST /v1/sessions/{id}/feedback`). */
export interface SessionFeedback {
  score?: number;
  resolved?: boolean;
  escalated?: boolean;
  comment?: string;
  labels?: string[];
  updated_at: string;
}

/** The `reverie` column. */
export interface SessionReverie {
  feedback: SessionFeedback | null;
  outcome: SessionOutcomeFigures;
}

/** Turn latencies kept per session: enough for stable percentiles, bounded so rows stay small. */
export const LATENCY_SAMPLES_MAX = 200;

export function emptyUsage(): SessionUsage {
  return { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 } };
}

export function initialState(): SessionState {
  return { usage: emptyUsage(), active_seconds: 0, pending: [], confirmed: [], turn_rounds: 0, last_idle_at: null };
}

export function initialReverie(): SessionReverie {
  return {
    feedback: null,
    outcome: {
      turns: 0,
      model_requests: 0,
      model_errors: 0,
      tool_calls: 0,
      tool_errors: 0,
      interrupts: 0,
      latencies_ms: [],
      input_tokens: 0,
      output_tokens: 0,
      cost_cents: 0,
    },
  };
}

/** Reads the state column, filling fields an older row may lack. */
export function readState(record: SessionRecord): SessionState {
  return { ...initialState(), ...(record.state as Partial<SessionState>) };
}

export function readReverie(record: SessionRecord): SessionReverie {
  const stored = record.reverie as Partial<SessionReverie>;
  const base = initialReverie();
  return { feedback: stored.feedback ?? null, outcome: { ...base.outcome, ...(stored.outcome ?? {}) } };
}

/** Nearest-rank percentile of a sample (0 when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** The wire `Session` object, plus Reverie's `reverie` extension field. */
export function toSession(record: SessionRecord, clock: Clock): Record<string, unknown> {
  const body = record.body;
  const state = readState(record);
  const reverie = readReverie(record);
  const end = record.status === 'terminated' ? Date.parse(record.updated_at) : clock.now().getTime();
  const duration = Math.max(0, (end - Date.parse(record.created_at)) / 1000);
  const o = reverie.outcome;
  return {
    id: record.id,
    type: 'session',
    status: record.status as SessionStatus,
    agent: body['agent'],
    environment_id: body['environment_id'],
    resources: body['resources'] ?? [],
    metadata: body['metadata'] ?? {},
    title: body['title'] ?? null,
    vault_ids: body['vault_ids'] ?? [],
    budget: body['budget'] ?? null,
    outcome_evaluations: body['outcome_evaluations'] ?? [],
    stats: { active_seconds: round3(state.active_seconds), duration_seconds: round3(duration) },
    usage: {
      ...state.usage,
      active_seconds: round3(state.active_seconds),
      list_cost: o.cost_cents === null ? null : { amount: String(Math.round(o.cost_cents)), currency: 'USD' },
      server_tool_use: null,
    },
    deployment_id: body['deployment_id'] ?? null,
    created_at: record.created_at,
    updated_at: record.updated_at,
    archived_at: record.archived_at,
    reverie: {
      feedback: reverie.feedback,
      outcome: {
        turns: o.turns,
        model_requests: o.model_requests,
        model_errors: o.model_errors,
        tool_calls: o.tool_calls,
        tool_errors: o.tool_errors,
        interrupts: o.interrupts,
        latency_ms_p50: percentile(o.latencies_ms, 50),
        latency_ms_p95: percentile(o.latencies_ms, 95),
        input_tokens: o.input_tokens,
        output_tokens: o.output_tokens,
        cost_cents: o.cost_cents,
      },
    },
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
