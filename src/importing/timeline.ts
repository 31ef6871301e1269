/**
 * @module importing/timeline — message times for imported transcripts: the source's own when present,
 * else a deterministic fallback (documented in docs/importing.md).
 */
import type { SessionMessage } from '../dreaming/index.js';

/**
 * Gap stood in between two messages when the source gives no time: one second keeps the order visible
 * in the event log without pretending to know the real latency (the summary marks such sessions).
 */
export const FALLBACK_STEP_MS = 1_000;
/** Numbers below this are Unix seconds (OpenAI's `created`), at or above it milliseconds. */
const EPOCH_MS_THRESHOLD = 1e11;

/** A message before times are settled: `at` is whatever the source said (maybe nothing). */
export interface DraftMessage {
  readonly role: SessionMessage['role'];
  readonly content: string;
  readonly at?: unknown;
  readonly latency_ms?: number | undefined;
  readonly tool?: { readonly name: string; readonly error?: boolean } | undefined;
}

/** RFC 3339 (UTC, milliseconds) from an ISO string or a Unix time in seconds or ms; undefined when neither. */
export function toIso(value: unknown): string | undefined {
  const ms = toMs(value);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** Milliseconds since the epoch from an ISO string or a Unix time; undefined when not a valid time. */
export function toMs(value: unknown): number | undefined {
  let ms: number | undefined;
  if (typeof value === 'string' && value.trim() !== '') ms = Date.parse(value);
  else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) ms = value < EPOCH_MS_THRESHOLD ? value * 1000 : value;
  // Date only represents ±8.64e15 ms; beyond that toISOString throws.
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? Math.round(ms) : undefined;
}

/**
 * Settles every message's time. A message with its own time keeps it; one without gets the previous
 * message's time plus its `latency_ms` (assistant) or {@link FALLBACK_STEP_MS}; the first message
 * without a time gets the session start.
 */
export function settleTimes({ messages, startMs }: { messages: readonly DraftMessage[]; startMs: number }): {
  messages: SessionMessage[];
  synthetic: boolean;
} {
  let cursor: number | undefined;
  let synthetic = false;
  const out = messages.map((m): SessionMessage => {
    let ms = toMs(m.at);
    if (ms === undefined) {
      synthetic = synthetic || m.latency_ms === undefined || cursor === undefined;
      ms = cursor === undefined ? startMs : cursor + (m.role === 'assistant' && m.latency_ms !== undefined ? m.latency_ms : FALLBACK_STEP_MS);
    }
    cursor = ms;
    return {
      role: m.role,
      content: m.content,
      at: new Date(ms).toISOString(),
      ...(m.latency_ms !== undefined ? { latency_ms: m.latency_ms } : {}),
      ...(m.tool ? { tool: { name: m.tool.name, error: m.tool.error === true } } : {}),
    };
  });
  return { messages: out, synthetic };
}
