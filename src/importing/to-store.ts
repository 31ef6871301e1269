/**
 * @module importing/to-store — a session record → a stored session and its event log, the way the
 * runtime would have written it (so `loadSessionRecord` reads the same record back). Pure.
 */
import type { SessionMessage, SessionRecord } from '../dreaming/index.js';
import type { SessionRecord as StoredSession, StoredEvent } from '../store/index.js';
import type { IdGenerator } from '../shared/ids.js';
import type { ImportFormat } from './types.js';

/** Turn latencies kept per session; the same bound the runtime uses (`LATENCY_SAMPLES_MAX`). */
const LATENCY_SAMPLES_MAX = 200;

/** Where an imported session came from; stored under `reverie.import`. */
export interface ImportProvenance {
  readonly format: ImportFormat;
  readonly source_key: string;
  readonly source_id: string | null;
  readonly source_agent_version: number | string | null;
  /** True when some message times were made up (see docs/importing.md). */
  readonly synthetic_times: boolean;
  readonly imported_at: string;
}

/** Inputs of {@link toStoredSession}. */
export interface ToStoredInput {
  readonly record: SessionRecord;
  /** The `SessionAgent` snapshot (wire-api §2.3) of the agent the session is filed under. */
  readonly agentSnapshot: Record<string, unknown> & { id: string; version: number };
  readonly environmentId: string;
  readonly provenance: ImportProvenance;
  /** Makes the session and event ids (the importer keys them to the session's start time). */
  readonly ids: IdGenerator;
}

/**
 * Builds the row and its events: `user.message` / `agent.message` per message, `agent.tool_use` +
 * `agent.tool_result` (with `is_error`) per tool message, and a closing `session.status_idle` at
 * `ended_at`. Outcome goes to `reverie.feedback` as `POST /v1/sessions/{id}/feedback` stores it; the
 * user to the metadata keys `user_id`, `segment.*`, `user_consent`.
 */
export function toStoredSession({ record, agentSnapshot, environmentId, provenance, ids }: ToStoredInput): {
  session: StoredSession;
  events: StoredEvent[];
} {
  const id = ids.next('sesn');
  const events: StoredEvent[] = [];
  const push = (type: string, at: string, fields: Record<string, unknown>): string => {
    const eventId = ids.next('sevt');
    events.push({ id: eventId, session_id: id, seq: events.length + 1, type, body: { type, id: eventId, processed_at: at, ...fields }, processed_at: at, created_at: at });
    return eventId;
  };
  const text = (m: SessionMessage) => [{ type: 'text', text: m.content }];
  const started = record.started_at;
  for (const m of record.messages) {
    const at = m.at ?? started;
    if (m.role === 'user') push('user.message', at, { content: text(m) });
    else if (m.role === 'assistant') push('agent.message', at, { content: text(m) });
    else {
      const useId = push('agent.tool_use', at, { name: m.tool?.name ?? 'tool', input: {}, evaluated_permission: 'allow' });
      push('agent.tool_result', at, { tool_use_id: useId, content: text(m), is_error: m.tool?.error === true });
    }
  }
  const ended = record.ended_at;
  if (ended) push('session.status_idle', ended, { stop_reason: { type: 'end_turn' }, stop_details: null });
  const last = ended ?? record.messages.at(-1)?.at ?? started;
  const session: StoredSession = {
    id,
    status: 'idle',
    agent_id: agentSnapshot.id,
    agent_version: agentSnapshot.version,
    memory_store_ids: [],
    body: {
      agent: agentSnapshot,
      environment_id: environmentId,
      resources: [],
      metadata: metadataOf(record),
      title: null,
      vault_ids: [],
      budget: null,
      outcome_evaluations: [],
      deployment_id: null,
    },
    state: { last_idle_at: ended ?? null },
    reverie: { feedback: feedbackOf(record, last), outcome: figuresOf(record), import: provenance },
    created_at: started,
    updated_at: last,
    archived_at: null,
  };
  return { session, events };
}

/** Wire metadata is string → string: other values are JSON-encoded; the user's keys go on top. */
function metadataOf(record: SessionRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.metadata ?? {})) {
    if (v === undefined) continue;
    out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  const user = record.user;
  if (user) {
    out['user_id'] = user.id;
    for (const [k, v] of Object.entries(user.segment ?? {})) out[`segment.${k}`] = v;
    if (user.consent !== undefined) out['user_consent'] = String(user.consent);
  }
  return out;
}

function feedbackOf(record: SessionRecord, at: string): Record<string, unknown> | null {
  const o = record.outcome;
  if (!o) return null;
  const feedback: Record<string, unknown> = {
    ...(o.satisfaction !== undefined ? { score: o.satisfaction } : {}),
    ...(o.resolved !== undefined ? { resolved: o.resolved } : {}),
    ...(o.escalated !== undefined ? { escalated: o.escalated } : {}),
    ...(o.feedback !== undefined ? { comment: o.feedback } : {}),
  };
  return Object.keys(feedback).length ? { ...feedback, updated_at: at } : null;
}

/** The per-session outcome figures the runtime keeps, recomputed from the messages. */
function figuresOf(record: SessionRecord): Record<string, unknown> {
  let turns = 0;
  let replies = 0;
  let toolCalls = 0;
  let toolErrors = 0;
  let promptMs: number | undefined;
  const latencies: number[] = [];
  for (const m of record.messages) {
    const ms = Date.parse(m.at ?? record.started_at);
    if (m.role === 'user') {
      turns++;
      promptMs = ms;
    } else if (m.role === 'tool') {
      toolCalls++;
      if (m.tool?.error) toolErrors++;
      promptMs = ms;
    } else {
      replies++;
      if (promptMs !== undefined) latencies.push(Math.max(0, ms - promptMs));
    }
  }
  return {
    turns,
    model_requests: replies,
    model_errors: 0,
    tool_calls: toolCalls,
    tool_errors: toolErrors,
    interrupts: 0,
    latencies_ms: latencies.slice(-LATENCY_SAMPLES_MAX),
    input_tokens: 0,
    output_tokens: 0,
    // Unknown for imported sessions (the wire `list_cost` is then null).
    cost_cents: null,
  };
}
