/**
 * @module importing/parse-managed-agents — Managed Agents event exports: one session per line,
 * `{session?: Session, events: [persisted events (wire-api §2.5)]}`, read exactly as Reverie reads its
 * own stored sessions (`toDreamRecord`), so an export from Reverie imports back unchanged.
 */
import type { SessionRecord as StoredSession, StoredEvent } from '../store/index.js';
import { toDreamRecord } from '../sessions/index.js';
import { isObject, optionalId } from './extras.js';
import { FALLBACK_STEP_MS, toMs } from './timeline.js';
import type { LineParser } from './types.js';

/** Stand-in session id when the export carries no `session` object. */
const ANONYMOUS_SESSION = 'managed-agents-session';

/**
 * Parses one exported session. Events without `processed_at` (queued user events) take the previous
 * event's time plus {@link FALLBACK_STEP_MS}; the session starts at `session.created_at`, else at its
 * first event.
 */
export const parseManagedAgents: LineParser = (value, ctx) => {
  const raw = value['events'];
  if (!Array.isArray(raw)) return { ok: false, reason: 'invalid_record', detail: 'events: expected an array of session events' };
  const session = isObject(value['session']) ? value['session'] : {};
  const sessionId = optionalId(session['id']);
  const firstTimed = raw.find((e) => isObject(e) && toMs(e['processed_at']) !== undefined) as Record<string, unknown> | undefined;
  const startMs = toMs(session['created_at']) ?? toMs(firstTimed?.['processed_at']) ?? ctx.fallbackStartMs;
  const events: StoredEvent[] = [];
  let cursor: number | undefined;
  let synthetic = false;
  for (const [i, e] of raw.entries()) {
    if (!isObject(e) || typeof e['type'] !== 'string') return { ok: false, reason: 'invalid_record', detail: `events.${i}: expected an event object with a string type` };
    let ms = toMs(e['processed_at']);
    if (ms === undefined) {
      synthetic = true;
      ms = cursor === undefined ? startMs : cursor + FALLBACK_STEP_MS;
    }
    cursor = ms;
    const at = new Date(ms).toISOString();
    events.push({ id: optionalId(e['id']) ?? `sevt_import_${i}`, session_id: sessionId ?? ANONYMOUS_SESSION, seq: i + 1, type: e['type'], body: e, processed_at: at, created_at: at });
  }
  const agent = isObject(session['agent']) ? session['agent'] : {};
  const version = Number(agent['version']);
  const startIso = new Date(startMs).toISOString();
  const stored: StoredSession = {
    id: sessionId ?? ANONYMOUS_SESSION,
    status: 'idle',
    agent_id: optionalId(agent['id']) ?? '',
    agent_version: Number.isInteger(version) ? version : 1,
    memory_store_ids: [],
    body: { metadata: isObject(session['metadata']) ? session['metadata'] : {} },
    state: {},
    reverie: isObject(session['reverie']) ? session['reverie'] : {},
    created_at: startIso,
    updated_at: startIso,
    archived_at: null,
  };
  const dream = toDreamRecord(stored, events);
  if (dream.messages.length === 0) return { ok: false, reason: 'empty_transcript', detail: 'no user.message, agent.message or tool result event' };
  const { agent: _agentId, agent_version: _version, ...rest } = dream;
  const name = typeof agent['name'] === 'string' && agent['name'] !== '' ? agent['name'] : undefined;
  return {
    ok: true,
    record: {
      ...rest,
      ...(name ? { agent: name } : {}),
      ...(Number.isInteger(version) ? { agent_version: version } : {}),
      // A session without an idle or terminated event still ended as far as the export knows.
      ended_at: dream.ended_at ?? dream.messages.at(-1)?.at ?? startIso,
    },
    sourceId: sessionId,
    syntheticTimes: synthetic,
  };
};
