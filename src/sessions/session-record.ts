/** @module sessions/session-record — a stored session as the dreaming pipeline reads it (`SessionRecord`). */
import type { SessionRecord as DreamSessionRecord, SessionUser } from '../dreaming/types.js';
import type { SessionFold, SessionFoldState, SessionRecord, SessionsStore, StoredEvent, TimeRange } from '../store/index.js';
import { DREAM_EVENT_TYPES, decodeFold, emptyFold, encodeFold, foldEvents, foldMatches, type DreamFold } from './dream-fold.js';
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
 * Many sessions as dreaming records, in the order of `ids`, a batch of sessions per query instead of
 * one per session (what makes a dream over 10k stored sessions cheap). Each session's log is read
 * through its cached fold (ADR 0061): the fold, if the log still holds the event it ended on, plus
 * the events appended since; a session without a usable fold is read in full (dream event types
 * only) and its fold is saved for the next dream. The records equal {@link loadSessionRecord}'s.
 * Missing ids are reported back.
 * A batch's reads are issued together and the next batch is read while this one is folded, so with
 * PostgreSQL the database works while this process does.
 * @example const { records, missing } = await loadSessionRecords(backend.sessions(), ids);
 */
export async function loadSessionRecords(
  store: SessionsStore,
  ids: readonly string[],
  onBatch?: (done: number) => void,
): Promise<{ records: DreamSessionRecord[]; missing: string[] }> {
  const records: DreamSessionRecord[] = [];
  const missing: string[] = [];
  let next = ids.length ? readBatch(store, ids.slice(0, BULK_LOAD_BATCH)) : undefined;
  for (let i = 0; next; i += BULK_LOAD_BATCH) {
    const read = await next;
    const following = ids.slice(i + BULK_LOAD_BATCH, i + 2 * BULK_LOAD_BATCH);
    next = following.length ? readBatch(store, following) : undefined;
    // A failed read-ahead surfaces when it is awaited; until then it must not count as unhandled.
    next?.catch(() => undefined);
    const folds = await bringUpToDate(store, read);
    for (const id of read.ids) {
      const session = read.sessions.get(id);
      if (session) records.push(recordOf(session, folds.get(id) ?? emptyFold()));
      else missing.push(id);
    }
    onBatch?.(Math.min(ids.length, i + BULK_LOAD_BATCH));
  }
  return { records, missing };
}

/** What one batch reads up front: the rows, and the cached folds with the state of their logs. */
interface BatchRead {
  readonly ids: readonly string[];
  readonly sessions: ReadonlyMap<string, SessionRecord>;
  readonly folds: readonly SessionFoldState[];
}

async function readBatch(store: SessionsStore, ids: readonly string[]): Promise<BatchRead> {
  const [sessions, folds] = await Promise.all([store.getMany(ids), store.foldsOf(ids, { types: DREAM_EVENT_TYPES })]);
  return { ids, sessions: new Map(sessions.map((s) => [s.id, s])), folds };
}

/**
 * Every existing session's fold brought up to the end of its log: a cached fold whose event is still
 * in the log is used, extended with the events after it when there are any; the rest are folded from
 * scratch. Folds that moved are saved before anyone else sees their messages.
 */
async function bringUpToDate(store: SessionsStore, read: BatchRead): Promise<Map<string, DreamFold>> {
  const folds = new Map<string, DreamFold>();
  const behind = new Map<string, DreamFold>();
  for (const row of read.folds) {
    if (!read.sessions.has(row.session_id) || row.event_id !== row.last_event_id) continue;
    const fold = decodeFold(row);
    if (!fold) continue;
    if (row.has_more) behind.set(row.session_id, fold);
    else folds.set(row.session_id, fold);
  }
  const moved: string[] = [];
  if (behind.size) {
    // The fold may have moved since it was read: the tail is trusted only if it starts at our fold's event.
    const tails = bySession(await store.eventsFromFolds([...behind.keys()], { types: DREAM_EVENT_TYPES }));
    for (const [id, fold] of behind) {
      const tail = tails.get(id) ?? [];
      if (!foldMatches(fold, tail)) continue;
      folds.set(id, foldEvents(fold, tail.slice(1)));
      moved.push(id);
    }
  }
  const cold = [...read.sessions.keys()].filter((id) => !folds.has(id));
  if (cold.length) {
    const logs = bySession(await store.eventsOf(cold, { types: DREAM_EVENT_TYPES }));
    for (const id of cold) {
      folds.set(id, foldEvents(emptyFold(), logs.get(id) ?? []));
      moved.push(id);
    }
  }
  const rows = moved.flatMap((id) => encodeFold(id, folds.get(id)!) ?? []);
  if (rows.length) await store.saveFolds(rows);
  return folds;
}

function bySession(events: readonly StoredEvent[]): Map<string, StoredEvent[]> {
  const out = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const list = out.get(e.session_id);
    if (list) list.push(e);
    else out.set(e.session_id, [e]);
  }
  return out;
}

/**
 * Folds for sessions just written with their whole logs (an import), to store beside them so the
 * first dream over them reads no events.
 * @example await store.saveFolds(dreamFoldsOf(items.map(({ record, events }) => ({ id: record.id, events }))));
 */
export function dreamFoldsOf(sessions: Iterable<{ id: string; events: readonly StoredEvent[] }>): SessionFold[] {
  const out: SessionFold[] = [];
  for (const { id, events } of sessions) {
    const row = encodeFold(id, foldEvents(emptyFold(), events));
    if (row) out.push(row);
  }
  return out;
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
  return recordOf(session, foldEvents(emptyFold(), events));
}

/** A session row plus its log folded up to date. */
function recordOf(session: SessionRecord, fold: DreamFold): DreamSessionRecord {
  const { messages, endedAt } = fold;
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
