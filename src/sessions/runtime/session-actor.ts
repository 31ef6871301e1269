/** @module sessions/runtime/session-actor — one session's serialised writer: event log, status machine and turns. */
import type { SessionRecord, StoredEvent } from '../../store/index.js';
import { InvalidRequestError } from '../../shared/errors.js';
import { CONVERSATION_EVENT_TYPES, Conversation } from './conversation.js';
import { SessionLogWriter } from './log-writer.js';
import { validateSend } from './send-validation.js';
import type { WireEvent } from '../event-bus.js';
import type { SendEventParams } from '../schemas.js';
import {
  LATENCY_SAMPLES_MAX,
  readReverie,
  readState,
  type SessionFeedback,
  type SessionReverie,
  type SessionState,
} from '../session-state.js';
import { assertNotBusy, assertTransition, isBusy, type SessionStatus } from '../status.js';
import type { EventDraft, RuntimeDeps, StopReason } from './actor-types.js';
import { runTurnLoop } from './turn-loop.js';

/** Event types kept in `history`. */
const HISTORY_TYPES: ReadonlySet<string> = new Set(CONVERSATION_EVENT_TYPES);

/** How a running segment began: a new user message, or tool results / confirmations resuming a turn. */
export type TurnKind = 'message' | 'resume';

/** What `emit` may change besides appending events. */
interface EmitOptions {
  readonly status?: SessionStatus;
  readonly body?: Record<string, unknown>;
  readonly archivedAt?: string;
}

/**
 * The single writer of one session in this process. Events get their `seq` and status changes take
 * effect synchronously, in call order; the database writes then run one after another on a chain, and
 * each is published to live streams only after it is stored — so a stream never shows an event the log
 * does not have, and the log never changes order.
 */
export class SessionActor {
  readonly id: string;
  readonly deps: RuntimeDeps;
  #status: SessionStatus;
  #archived: boolean;
  #seq: number;
  state: SessionState;
  reverie: SessionReverie;
  /** The session's request-controlled fields (agent snapshot, resources, …); changed only through `update`. */
  body: Record<string, unknown>;
  /** The model's context, grown as events are emitted, so a turn never re-reads or rebuilds the log. */
  readonly conversation = new Conversation();
  readonly #log: SessionLogWriter;
  #exclusive: Promise<unknown> = Promise.resolve();
  /** Requests queued or running in `#serial`. */
  #requests = 0;
  #turn: { abort: AbortController; done: Promise<void> } | undefined;

  constructor({ record, seq, history, deps }: { record: SessionRecord; seq: number; history: readonly StoredEvent[]; deps: RuntimeDeps }) {
    this.id = record.id;
    this.deps = deps;
    this.body = { ...record.body };
    for (const event of history) this.conversation.add(event);
    this.#log = new SessionLogWriter({ sessionId: record.id, store: deps.store, bus: deps.bus, logger: deps.logger });
    this.#status = record.status as SessionStatus;
    this.#archived = record.archived_at !== null;
    this.#seq = seq;
    this.state = readState(record);
    this.reverie = readReverie(record);
  }

  get status(): SessionStatus {
    return this.#status;
  }

  get deleted(): boolean {
    return this.#log.deleted;
  }

  /** True while a turn's loop is in flight in this process. */
  get hasTurn(): boolean {
    return this.#turn !== undefined;
  }

  /** True when nothing is running or queued: the actor can be dropped and reloaded later. */
  get quiescent(): boolean {
    return this.#turn === undefined && this.#requests === 0 && !this.#log.busy && !isBusy(this.#status);
  }

  /** Appends events (stamped now), optionally moving the status; resolves once stored and published. */
  emit(drafts: readonly EventDraft[], options: EmitOptions = {}): Promise<WireEvent[]> {
    const { events, written } = this.emitNow(drafts, options);
    return written.then(() => events);
  }

  /**
   * Like `emit`, but hands back the stamped events at once; `written` resolves when they are stored and
   * published. Not waiting lets consecutive events share one transaction.
   */
  emitNow(drafts: readonly EventDraft[], options: EmitOptions = {}): { events: WireEvent[]; written: Promise<void> } {
    const now = this.deps.clock.now().toISOString();
    if (options.status) {
      assertTransition(this.#status, options.status);
      this.#status = options.status;
    }
    // Wire order: `type`, `id`, the event's fields, `processed_at`.
    const events: WireEvent[] = drafts.map(({ type, id, ...fields }) => ({
      type,
      id: id ?? this.deps.ids.next('sevt'),
      ...fields,
      processed_at: now,
    }));
    const stored: StoredEvent[] = events.map((e) => ({
      id: e.id,
      session_id: this.id,
      seq: ++this.#seq,
      type: e.type,
      body: e,
      processed_at: now,
      created_at: now,
    }));
    // Snapshots taken now, so later in-memory changes cannot leak into this write.
    const patch = {
      updated_at: now,
      status: this.#status,
      state: structuredClone(this.state) as unknown as Record<string, unknown>,
      reverie: structuredClone(this.reverie) as unknown as Record<string, unknown>,
      ...(options.body ? { body: options.body } : {}),
      ...(options.archivedAt ? { archived_at: options.archivedAt } : {}),
    };
    if (options.body) this.body = options.body;
    for (const e of stored) if (HISTORY_TYPES.has(e.type)) this.conversation.add(e);
    return { events, written: this.#log.append(stored, events, patch) };
  }

  /** Sends a stream-only preview, ordered with the events around it. */
  preview(of: 'agent.message' | 'agent.thinking', payload: Record<string, unknown>): void {
    if (!this.deps.bus.hasListeners(this.id)) return;
    const type = payload['type'] as 'event_start' | 'event_delta';
    void this.#log.run(async () => this.deps.bus.publish(this.id, { kind: 'preview', preview: { type, of, payload } }));
  }

  /** Persists the runtime state without an event (feedback, counters). */
  saveState(): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    const patch = {
      updated_at: now,
      state: structuredClone(this.state) as unknown as Record<string, unknown>,
      reverie: structuredClone(this.reverie) as unknown as Record<string, unknown>,
    };
    return this.#log.run(async () => {
      if (!this.#log.deleted) await this.deps.store.update(this.id, patch);
    });
  }

  /**
   * `events.send`: validates the whole batch against the current status first (all or nothing), then
   * echoes and applies each event in order. Returns the echoed events.
   */
  send(params: readonly SendEventParams[]): Promise<WireEvent[]> {
    return this.#serial(async () => {
      validateSend({ sessionId: this.id, status: this.#status, archived: this.#archived, pending: this.state.pending, events: params });
      const echoed: WireEvent[] = [];
      const writes: Promise<void>[] = [];
      let messages = 0;
      let resolved = 0;
      for (const p of params) {
        const { events, written } = this.emitNow([echoDraft(p, this.deps.ids)]);
        echoed.push(...events);
        writes.push(written);
        switch (p.type) {
          case 'user.message':
            messages++;
            break;
          case 'user.interrupt':
            await this.#interrupt();
            break;
          case 'user.custom_tool_result':
            this.#resolvePending(p.custom_tool_use_id);
            if (p.is_error) this.reverie.outcome.tool_errors++;
            resolved++;
            break;
          case 'user.tool_confirmation':
            this.#resolvePending(p.tool_use_id, { result: p.result, deny_message: p.deny_message ?? null });
            resolved++;
            break;
          default:
            break;
        }
      }
      if (messages > 0) {
        await this.startTurn('message');
      } else if (resolved > 0 && !isBusy(this.#status)) {
        if (this.state.pending.length === 0) await this.startTurn('resume');
        else await this.finishSegment({ stop: { type: 'requires_action', event_ids: [] }, startedMs: undefined });
      } else if (resolved > 0 || params.some((p) => p.type !== 'user.message')) {
        await this.saveState();
      }
      // The response goes out once the echoes are stored, so a list right after sees them.
      await Promise.all(writes);
      return echoed;
    });
  }

  #resolvePending(eventId: string, confirmation?: { result: 'allow' | 'deny'; deny_message: string | null }): void {
    const action = this.state.pending.find((a) => a.event_id === eventId);
    this.state.pending = this.state.pending.filter((a) => a.event_id !== eventId);
    if (action && confirmation) this.state.confirmed.push({ ...action, ...confirmation });
  }

  /** Ends the running turn (it stops at the next await and goes idle with `end_turn`) or clears pending actions. */
  async #interrupt(): Promise<void> {
    this.reverie.outcome.interrupts++;
    const turn = this.#turn;
    if (turn) {
      turn.abort.abort(new Error('interrupted by user.interrupt'));
      await turn.done;
    }
    // A turn that had just gone idle waiting on tool calls is ended too: nothing stays pending.
    if (this.state.pending.length || this.state.confirmed.length) {
      this.state.pending = [];
      this.state.confirmed = [];
      await this.finishSegment({ stop: { type: 'end_turn' }, startedMs: undefined });
    }
  }

  /** Moves to `running` and starts the loop in the background; resolves once `session.status_running` is stored. */
  async startTurn(kind: TurnKind): Promise<void> {
    if (kind === 'message') {
      this.state.turn_rounds = 0;
      this.reverie.outcome.turns++;
    }
    const startedMs = this.deps.clock.now().getTime();
    const abort = new AbortController();
    const running = this.emitNow([{ type: 'session.status_running' }], { status: 'running' }).written;
    const turn = {
      abort,
      // The loop does not wait for the write: its events queue behind it and may share its transaction.
      done: Promise.resolve()
        .then(() => runTurnLoop({ actor: this, signal: abort.signal, startedMs }))
        .catch((err: unknown) => this.deps.logger.error({ err, sessionId: this.id }, 'session turn failed'))
        .finally(() => {
          if (this.#turn === turn) this.#turn = undefined;
        }),
    };
    this.#turn = turn;
    await running;
  }

  /**
   * Ends a running segment: records latency and active time, then `session.usage` and
   * `session.status_idle`. `requires_action` lists the pending events at this instant.
   */
  finishSegment({ stop, startedMs }: { stop: StopReason; startedMs: number | undefined }): Promise<WireEvent[]> {
    const now = this.deps.clock.now();
    if (startedMs !== undefined) {
      const elapsed = Math.max(0, now.getTime() - startedMs);
      this.state.active_seconds += elapsed / 1000;
      const samples = this.reverie.outcome.latencies_ms;
      samples.push(elapsed);
      if (samples.length > LATENCY_SAMPLES_MAX) samples.splice(0, samples.length - LATENCY_SAMPLES_MAX);
    }
    this.state.last_idle_at = now.toISOString();
    const stopReason: StopReason =
      stop.type === 'requires_action' ? { type: 'requires_action', event_ids: this.state.pending.map((a) => a.event_id) } : stop;
    return this.emit(
      [
        { type: 'session.usage', usage: { ...this.state.usage, active_seconds: round3(this.state.active_seconds) }, budget: null },
        { type: 'session.status_idle', stop_reason: stopReason, stop_details: null },
      ],
      { status: 'idle' },
    );
  }

  /** Start-up recovery: a turn that was running when the process died is closed with an error. */
  recoverInterruptedTurn(): Promise<WireEvent[]> {
    return this.#serial(async () => {
      if (!isBusy(this.#status) || this.#turn) return [];
      this.state.pending = [];
      this.state.confirmed = [];
      this.reverie.outcome.model_errors++;
      await this.emit([
        {
          type: 'session.error',
          error: {
            type: 'unknown_error',
            message: 'Reverie restarted while this turn was running; the turn was interrupted. Send a new message to continue.',
            retry_status: { type: 'terminal' },
          },
        },
      ]);
      return this.finishSegment({ stop: { type: 'retries_exhausted' }, startedMs: undefined });
    });
  }

  /** Archive: read-only from now on, status `terminated`; refused while a turn runs. */
  archive(): Promise<void> {
    return this.#serial(async () => {
      if (this.#archived) return;
      assertNotBusy(this.#status, 'archive');
      this.#archived = true;
      this.state.pending = [];
      this.state.confirmed = [];
      await this.emit([{ type: 'session.status_terminated' }], {
        status: 'terminated',
        archivedAt: this.deps.clock.now().toISOString(),
      });
    });
  }

  /** Delete: removes the row and log, then tells live streams (`session.deleted`) so they close. */
  delete(): Promise<void> {
    return this.#serial(async () => {
      assertNotBusy(this.#status, 'delete');
      await this.#log.run(async () => {
        await this.deps.store.delete(this.id);
        this.#log.markDeleted();
        const event: WireEvent = { type: 'session.deleted', id: this.deps.ids.next('sevt'), processed_at: this.deps.clock.now().toISOString() };
        this.deps.bus.publish(this.id, { kind: 'event', event });
      });
    });
  }

  /** Applies a body change (metadata, title, agent tools) and emits `session.updated` with the changed fields. */
  update({ body, changed, requireIdle }: { body: Record<string, unknown>; changed: Record<string, unknown>; requireIdle: boolean }): Promise<void> {
    return this.#serial(async () => {
      if (this.#archived) throw new InvalidRequestError(`Session ${this.id} is archived and cannot be updated`);
      if (requireIdle && this.#status !== 'idle') {
        throw new InvalidRequestError(`agent: tools and mcp_servers can only be changed while the session is idle (it is ${this.#status})`);
      }
      await this.emit([{ type: 'session.updated', ...changed }], { body });
    });
  }

  /** Stores end-user feedback (merged with earlier feedback). */
  recordFeedback(feedback: Omit<SessionFeedback, 'updated_at'>): Promise<void> {
    return this.#serial(async () => {
      this.reverie.feedback = { ...(this.reverie.feedback ?? {}), ...feedback, updated_at: this.deps.clock.now().toISOString() };
      await this.saveState();
    });
  }

  /** Waits for every queued write (tests, shutdown). */
  async settle(): Promise<void> {
    await this.#turn?.done;
    await this.#log.settle();
  }

  /** Runs requests that change the session one at a time (so two sends cannot both start a turn). */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    this.#requests++;
    const next = this.#exclusive.then(fn).finally(() => {
      this.#requests--;
    });
    this.#exclusive = next.catch(() => undefined);
    return next;
  }
}

/** The echo of a client event, as persisted and streamed. */
function echoDraft(p: SendEventParams, ids: RuntimeDeps['ids']): EventDraft {
  switch (p.type) {
    case 'user.message':
      return { type: p.type, content: p.content };
    case 'user.interrupt':
      return { type: p.type, ...(p.session_thread_id ? { session_thread_id: p.session_thread_id } : {}) };
    case 'user.custom_tool_result':
      return { type: p.type, custom_tool_use_id: p.custom_tool_use_id, content: p.content ?? [], is_error: p.is_error ?? false };
    case 'user.tool_confirmation':
      return { type: p.type, tool_use_id: p.tool_use_id, result: p.result, ...(p.deny_message ? { deny_message: p.deny_message } : {}) };
    case 'user.define_outcome':
      return outcomeDraft(p, ids);
    default:
      return { ...p };
  }
}

/** `user.define_outcome` echoed with a server `outc_` id (stored; the grader is not implemented). */
export function outcomeDraft(p: Extract<SendEventParams, { type: 'user.define_outcome' }>, ids: RuntimeDeps['ids']): EventDraft {
  return {
    type: p.type,
    outcome_id: `outc_${ids.next('sevt').slice('sevt_'.length)}`,
    description: p.description,
    rubric: p.rubric,
    max_iterations: p.max_iterations ?? 3,
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
