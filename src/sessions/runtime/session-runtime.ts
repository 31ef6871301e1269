/** @module sessions/runtime/session-runtime — the actors of this process: one per session, loaded on demand. */
import { NotFoundError } from '../../shared/errors.js';
import type { SessionRecord, StoredEvent } from '../../store/index.js';
import type { RuntimeDeps } from './actor-types.js';
import { SessionActor } from './session-actor.js';
import { CONVERSATION_EVENT_TYPES } from './conversation.js';
import type { SessionsStore } from '../../store/index.js';

/** Events read per page when loading a session's conversation. */
const HISTORY_PAGE = 1000;
const HISTORY_TYPES: ReadonlySet<string> = new Set(CONVERSATION_EVENT_TYPES);

/** Idle actors kept in memory; older idle ones are dropped (they reload from the database on demand). */
const MAX_CACHED_ACTORS = 10_000;

/**
 * Owns the session actors. One turn at a time per session (the actor enforces it), any number of
 * sessions at once. On first use it closes turns a previous process left `running` (start-up recovery).
 */
export class SessionRuntime {
  readonly deps: RuntimeDeps;
  readonly #actors = new Map<string, SessionActor>();
  readonly #loading = new Map<string, Promise<SessionActor>>();
  #recovery: Promise<void> | undefined;

  constructor(deps: RuntimeDeps) {
    this.deps = deps;
  }

  /** Closes turns left running by a previous process; runs once, before any other use. */
  recoverInterruptedTurns(): Promise<void> {
    this.#recovery ??= (async () => {
      const stale = await this.deps.store.listByStatus(['running', 'rescheduling']);
      for (const record of stale) {
        const actor = await this.#load(record.id, record);
        if (actor && !actor.hasTurn) await actor.recoverInterruptedTurn();
      }
    })().catch((err: unknown) => {
      this.deps.logger.error({ err }, 'session recovery failed');
    });
    return this.#recovery;
  }

  /** The actor of a session; 404 when the session does not exist. */
  async actor(sessionId: string): Promise<SessionActor> {
    await this.recoverInterruptedTurns();
    const actor = await this.#load(sessionId);
    if (!actor) throw new NotFoundError(`Session ${sessionId} not found`);
    return actor;
  }

  /** Registers a session made just now (its first events are already stored). */
  adopt(record: SessionRecord, events: readonly StoredEvent[]): SessionActor {
    const history = events.filter((e) => HISTORY_TYPES.has(e.type));
    const actor = new SessionActor({ record, seq: events.length, history, deps: this.deps });
    this.#remember(actor);
    return actor;
  }

  /** Forgets a deleted session. */
  forget(sessionId: string): void {
    this.#actors.delete(sessionId);
  }

  /** Waits until every actor has written what it queued (tests and shutdown). */
  async settle(): Promise<void> {
    await Promise.all([...this.#actors.values()].map((a) => a.settle()));
  }

  async #load(sessionId: string, known?: SessionRecord): Promise<SessionActor | undefined> {
    const cached = this.#actors.get(sessionId);
    if (cached && !cached.deleted) return cached;
    let loading = this.#loading.get(sessionId);
    if (!loading) {
      loading = (async () => {
        const record = known ?? (await this.deps.store.get(sessionId));
        if (!record) return undefined as unknown as SessionActor;
        const seq = await this.deps.store.maxSeq(sessionId);
        const history = await readHistory(this.deps.store, sessionId);
        // Another caller may have registered it while we read.
        const again = this.#actors.get(sessionId);
        if (again && !again.deleted) return again;
        const actor = new SessionActor({ record, seq, history, deps: this.deps });
        this.#remember(actor);
        return actor;
      })().finally(() => this.#loading.delete(sessionId));
      this.#loading.set(sessionId, loading);
    }
    return (await loading) ?? undefined;
  }

  #remember(actor: SessionActor): void {
    this.#actors.set(actor.id, actor);
    if (this.#actors.size <= MAX_CACHED_ACTORS) return;
    for (const [id, a] of this.#actors) {
      if (this.#actors.size <= MAX_CACHED_ACTORS) break;
      if (a.quiescent) this.#actors.delete(id);
    }
  }
}

/** The conversation-shaping events of a session, in log order. */
async function readHistory(store: SessionsStore, sessionId: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.listEvents(sessionId, { limit: HISTORY_PAGE, order: 'asc', afterSeq, types: CONVERSATION_EVENT_TYPES });
    events.push(...page.items);
    if (!page.hasMore) return events;
    afterSeq = page.items.at(-1)?.seq;
  }
}
