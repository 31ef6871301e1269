/** @module sessions/session-record — a stored session as the dreaming pipeline reads it (`SessionRecord`). */
import type { SessionMessage, SessionRecord as DreamSessionRecord, SessionUser } from '../dreaming/types.js';
import type { SessionRecord, SessionsStore, StoredEvent, TimeRange } from '../store/index.js';
import { blocksToText } from './runtime/conversation.js';
import { readReverie, readState } from './session-state.js';

/** Events read per page while exporting a session. */
const EXPORT_PAGE = 1000;
/** Sessions read per page while iterating. */
const SESSIONS_PAGE = 100;

/**
 * One session as a dreaming record: user and assistant messages with times, the assistant's latency
 * (from the message or tool result it answered), tool results with their error flag, and the outcome
 * from feedback. Metadata `user_id`, `user_consent` ("false" opts out) and `segment.*` keys describe
 * the end user.
 * @example const record = await loadSessionRecord(backend.sessions(), 'sesn_…');
 */
export async function loadSessionRecord(store: SessionsStore, id: string): Promise<DreamSessionRecord | undefined> {
  const session = await store.get(id);
  return session ? toDreamRecord(session, await allEvents(store, id)) : undefined;
}

/** Sessions loaded per batch by {@link loadSessionRecords}. */
const BULK_LOAD_BATCH = 500;

/**
 * Many sessions as dreaming records, in the order of `ids`, with two queries per batch instead of two
 * per session (what makes a dream over 10k stored sessions cheap). Missing ids are reported back.
 * @example const { records, missing } = await loadSessionRecords(backend.sessions(), ids);
 */
export async function loadSessionRecords(
  store: SessionsStore,
  ids: readonly string[],
  onBatch?: (done: number) => void,
): Promise<{ records: DreamSessionRecord[]; missing: string[] }> {
  const records: DreamSessionRecord[] = [];
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += BULK_LOAD_BATCH) {
    const batch = ids.slice(i, i + BULK_LOAD_BATCH);
    const sessions = new Map((await store.getMany(batch)).map((s) => [s.id, s]));
    const events = new Map<string, StoredEvent[]>();
    for (const e of await store.eventsOf(batch)) {
      const list = events.get(e.session_id);
      if (list) list.push(e);
      else events.set(e.session_id, [e]);
    }
    for (const id of batch) {
      const session = sessions.get(id);
      if (session) records.push(toDreamRecord(session, events.get(id) ?? []));
      else missing.push(id);
    }
    onBatch?.(Math.min(ids.length, i + BULK_LOAD_BATCH));
  }
  return { records, missing };
}

/**
 * Iterates the sessions of a workspace (optionally one agent, a created_at window), newest first.
 * @example for await (const r of iterateSessionRecords(store, { agentId })) collect(r);
 */
export async function* iterateSessionRecords(
  store: SessionsStore,
  { agentId, createdAt, includeArchived = true }: { agentId?: string; createdAt?: TimeRange; includeArchived?: boolean } = {},
): AsyncGenerator<DreamSessionRecord> {
  let after: string | undefined;
  for (;;) {
    const page = await store.list({ limit: SESSIONS_PAGE, order: 'desc', after, agentId, createdAt, includeArchived });
    for (const session of page.items) yield toDreamRecord(session, await allEvents(store, session.id));
    if (!page.hasMore) return;
    after = page.items.at(-1)?.id;
  }
}

async function allEvents(store: SessionsStore, id: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.listEvents(id, { limit: EXPORT_PAGE, order: 'asc', afterSeq });
    events.push(...page.items);
    if (!page.hasMore) return events;
    afterSeq = page.items.at(-1)?.seq;
  }
}

/** Pure conversion of a stored session and its log. */
export function toDreamRecord(session: SessionRecord, events: readonly StoredEvent[]): DreamSessionRecord {
  const messages: SessionMessage[] = [];
  const toolNames = new Map<string, string>();
  let promptAt: number | undefined;
  let endedAt: string | undefined;
  for (const e of events) {
    const b = e.body;
    const at = e.processed_at ?? e.created_at;
    switch (e.type) {
      case 'user.message':
        messages.push({ role: 'user', content: blocksToText(b['content']), at });
        promptAt = Date.parse(at);
        break;
      case 'agent.message': {
        const latency = promptAt === undefined ? undefined : Math.max(0, Date.parse(at) - promptAt);
        messages.push({ role: 'assistant', content: blocksToText(b['content']), at, ...(latency === undefined ? {} : { latency_ms: latency }) });
        break;
      }
      case 'agent.tool_use':
      case 'agent.custom_tool_use':
        toolNames.set(e.id, String(b['name']));
        break;
      case 'agent.tool_result':
      case 'user.custom_tool_result': {
        const useId = String(b['tool_use_id'] ?? b['custom_tool_use_id']);
        messages.push({
          role: 'tool',
          content: blocksToText(b['content']),
          at,
          tool: { name: toolNames.get(useId) ?? 'tool', error: b['is_error'] === true },
        });
        promptAt = Date.parse(at);
        break;
      }
      case 'session.status_idle':
      case 'session.status_terminated':
        endedAt = at;
        break;
      default:
        break;
    }
  }
  const metadata = (session.body['metadata'] ?? {}) as Record<string, string>;
  const reverie = readReverie(session);
  const feedback = reverie.feedback;
  const outcome = {
    ...(feedback?.resolved !== undefined ? { resolved: feedback.resolved } : {}),
    ...(feedback?.escalated !== undefined ? { escalated: feedback.escalated } : {}),
    ...(feedback?.score !== undefined ? { satisfaction: feedback.score } : {}),
    ...(feedback?.comment !== undefined ? { feedback: feedback.comment } : {}),
  };
  const user = userOf(metadata);
  const state = readState(session);
  return {
    id: session.id,
    agent: session.agent_id,
    agent_version: sourceAgentVersion(session) ?? session.agent_version,
    started_at: session.created_at,
    ...(endedAt ?? state.last_idle_at ? { ended_at: endedAt ?? state.last_idle_at ?? undefined } : {}),
    ...(user ? { user } : {}),
    metadata,
    messages,
    outcome,
  };
}

function userOf(metadata: Record<string, string>): SessionUser | undefined {
  const id = metadata['user_id'];
  if (!id) return undefined;
  const segment: Record<string, string> = {};
  for (const [k, v] of Object.entries(metadata)) if (k.startsWith('segment.')) segment[k.slice('segment.'.length)] = v;
  const consent = metadata['user_consent'];
  return {
    id,
    ...(Object.keys(segment).length ? { segment } : {}),
    ...(consent === 'false' ? { consent: false } : consent === 'true' ? { consent: true } : {}),
  };
}

/**
 * An imported session keeps the agent version of the system it came from (`reverie.import`): change
 * points are matched to those versions, not to the local agent that now holds the session.
 */
function sourceAgentVersion(session: SessionRecord): number | string | undefined {
  const provenance = (session.reverie as { import?: { source_agent_version?: unknown } }).import;
  const v = provenance?.source_agent_version;
  return typeof v === 'number' || typeof v === 'string' ? v : undefined;
}
