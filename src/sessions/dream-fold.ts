/**
 * @module sessions/dream-fold — the part of a dreaming record that comes from a session's event log, as
 * a fold that can be resumed: cached per session (`session_dream_folds`, ADR 0061) and extended with
 * the events appended since, instead of re-reading and re-parsing the whole log on every dream.
 */
import type { SessionMessage } from '../dreaming/types.js';
import type { SessionFold, StoredEvent } from '../store/index.js';
import { parseStoredJSON } from '../shared/json.js';
import { blocksToText } from './runtime/conversation.js';

/**
 * The event types a dreaming record reads; a log's other events (spans, usage, running status, thinking)
 * change nothing in it, so bulk loads leave them in the database.
 */
export const DREAM_EVENT_TYPES: readonly string[] = [
  'user.message',
  'agent.message',
  'agent.tool_use',
  'agent.custom_tool_use',
  'agent.tool_result',
  'user.custom_tool_result',
  'session.status_idle',
  'session.status_terminated',
];

/**
 * Layout version of a stored fold's `data`. Bump it whenever {@link foldEvents} or the layout changes:
 * folds of another version are ignored (and rewritten), so a cached fold never outlives its code.
 */
export const DREAM_FOLD_FORMAT = 1;

/** The state of folding a log into messages, after the event `throughSeq` (0 before any). */
export interface DreamFold {
  readonly messages: SessionMessage[];
  /** When the last user message or tool result arrived (ms), which the next reply's latency counts from. */
  promptAt: number | undefined;
  /** Tool name per tool-use event id, for the results that refer to them. */
  readonly toolNames: Map<string, string>;
  /** Time of the last idle or terminated status. */
  endedAt: string | undefined;
  throughSeq: number;
  lastEventId: string;
}

/** A fold before any event. */
export function emptyFold(): DreamFold {
  return { messages: [], promptAt: undefined, toolNames: new Map(), endedAt: undefined, throughSeq: 0, lastEventId: '' };
}

/**
 * Folds events (in `seq` order, all after `fold.throughSeq`) into `fold` and returns it. Only the
 * {@link DREAM_EVENT_TYPES} count, so folding a whole log or just those types gives the same fold.
 */
export function foldEvents(fold: DreamFold, events: Iterable<StoredEvent>): DreamFold {
  for (const e of events) {
    const b = e.body;
    const at = e.processed_at ?? e.created_at;
    switch (e.type) {
      case 'user.message':
        fold.messages.push({ role: 'user', content: blocksToText(b['content']), at });
        fold.promptAt = Date.parse(at);
        break;
      case 'agent.message': {
        const latency = fold.promptAt === undefined ? undefined : Math.max(0, Date.parse(at) - fold.promptAt);
        fold.messages.push({ role: 'assistant', content: blocksToText(b['content']), at, ...(latency === undefined ? {} : { latency_ms: latency }) });
        break;
      }
      case 'agent.tool_use':
      case 'agent.custom_tool_use':
        fold.toolNames.set(e.id, String(b['name']));
        break;
      case 'agent.tool_result':
      case 'user.custom_tool_result': {
        const useId = String(b['tool_use_id'] ?? b['custom_tool_use_id']);
        fold.messages.push({
          role: 'tool',
          content: blocksToText(b['content']),
          at,
          tool: { name: fold.toolNames.get(useId) ?? 'tool', error: b['is_error'] === true },
        });
        fold.promptAt = Date.parse(at);
        break;
      }
      case 'session.status_idle':
      case 'session.status_terminated':
        fold.endedAt = at;
        break;
      default:
        continue;
    }
    fold.throughSeq = e.seq;
    fold.lastEventId = e.id;
  }
  return fold;
}

/** The stored layout of a fold (short keys: there is one per session). */
interface FoldData {
  /** messages */
  m: SessionMessage[];
  /** promptAt */
  p: number | null;
  /** toolNames as [event id, name] pairs */
  t: Array<[string, string]>;
  /** endedAt */
  e: string | null;
}

/**
 * The fold as a row to cache, or undefined when there is nothing worth caching (no event folded yet)
 * or when JSON could not carry it exactly (a non-finite time from an unparseable timestamp).
 */
export function encodeFold(sessionId: string, fold: DreamFold): SessionFold | undefined {
  if (fold.throughSeq < 1) return undefined;
  if (fold.promptAt !== undefined && !Number.isFinite(fold.promptAt)) return undefined;
  for (const m of fold.messages) if (m.latency_ms !== undefined && !Number.isFinite(m.latency_ms)) return undefined;
  const data: FoldData = { m: fold.messages, p: fold.promptAt ?? null, t: [...fold.toolNames], e: fold.endedAt ?? null };
  return { session_id: sessionId, format: DREAM_FOLD_FORMAT, through_seq: fold.throughSeq, last_event_id: fold.lastEventId, data: JSON.stringify(data) };
}

/** A cached fold back in memory, or undefined when it was written in another format. */
export function decodeFold(row: SessionFold): DreamFold | undefined {
  if (row.format !== DREAM_FOLD_FORMAT) return undefined;
  const data = parseStoredJSON<FoldData>(row.data);
  return {
    messages: data.m,
    promptAt: data.p ?? undefined,
    toolNames: new Map(data.t),
    endedAt: data.e ?? undefined,
    throughSeq: row.through_seq,
    lastEventId: row.last_event_id,
  };
}

/**
 * Whether `tail` (the events from `fold.throughSeq` on, as `eventsFromFolds` returns them) still starts
 * with the event the fold ended on. When it does not, the log is not the one the fold was made from
 * and the fold must not be used.
 */
export function foldMatches(fold: DreamFold, tail: readonly StoredEvent[]): boolean {
  const first = tail[0];
  return first !== undefined && first.seq === fold.throughSeq && first.id === fold.lastEventId;
}
