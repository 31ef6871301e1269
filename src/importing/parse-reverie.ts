/** @module importing/parse-reverie — the dreaming engine's own record format (one `SessionRecord` per line). */
import { validateRecord } from '../dreaming/index.js';
import { settleTimes, toIso, toMs } from './timeline.js';
import type { LineParser } from './types.js';

/**
 * Validates with the collector's own rules (`validateRecord`), then settles message times: messages
 * without `at` follow the previous one (see `settleTimes`). The record id is the source id.
 * @example parseReverie({ id: 's1', started_at: '2026-01-01T00:00:00Z', messages: [...] }, { fallbackStartMs: 0 })
 */
export const parseReverie: LineParser = (value) => {
  const validated = validateRecord(value);
  if (!validated.ok) return { ok: false, reason: 'invalid_record', detail: validated.skip.detail ?? 'not a session record' };
  const r = validated.record;
  if (r.messages.length === 0) return { ok: false, reason: 'empty_transcript', detail: `session ${r.id} has no messages` };
  // validateRecord guarantees started_at parses.
  const startMs = toMs(r.started_at) ?? 0;
  const { messages, synthetic } = settleTimes({ messages: r.messages, startMs });
  const endedAt = toIso(r.ended_at);
  const { ended_at: _dropped, ...rest } = r;
  return {
    ok: true,
    record: { ...rest, started_at: new Date(startMs).toISOString(), ...(endedAt ? { ended_at: endedAt } : {}), messages },
    sourceId: r.id,
    syntheticTimes: synthetic,
  };
};
