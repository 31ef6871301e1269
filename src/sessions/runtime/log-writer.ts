/** @module sessions/runtime/log-writer — ordered, coalescing writes of one session's event log. */
import type { SessionPatch, SessionsStore, StoredEvent } from '../../store/index.js';
import type { Logger } from '../../shared/logger.js';
import type { SessionEventBus, WireEvent } from '../event-bus.js';

interface Batch {
  readonly events: StoredEvent[];
  readonly wire: WireEvent[];
  patch: SessionPatch;
  done: Promise<void>;
}

/**
 * Runs a session's writes one after another. Appends queued while an earlier write is in flight are
 * merged into one transaction (their row patches are full snapshots, so the latest wins); events are
 * published to live streams only after they are stored, in log order. Anything else that must stay in
 * order with the log (previews, deletes) goes through `run`, which closes the open batch.
 */
export class SessionLogWriter {
  readonly #sessionId: string;
  readonly #store: SessionsStore;
  readonly #bus: SessionEventBus;
  readonly #logger: Logger;
  #chain: Promise<unknown> = Promise.resolve();
  #open: Batch | undefined;
  #deleted = false;
  #inFlight = 0;

  constructor({ sessionId, store, bus, logger }: { sessionId: string; store: SessionsStore; bus: SessionEventBus; logger: Logger }) {
    this.#sessionId = sessionId;
    this.#store = store;
    this.#bus = bus;
    this.#logger = logger;
  }

  get deleted(): boolean {
    return this.#deleted;
  }

  /** Stores events (and the row patch) then publishes them; resolves once both happened. */
  append(events: readonly StoredEvent[], wire: readonly WireEvent[], patch: SessionPatch): Promise<void> {
    const open = this.#open;
    if (open) {
      open.events.push(...events);
      open.wire.push(...wire);
      open.patch = { ...open.patch, ...patch };
      return open.done;
    }
    const batch: Batch = { events: [...events], wire: [...wire], patch, done: Promise.resolve() };
    this.#open = batch;
    batch.done = this.#enqueue(async () => {
      if (this.#open === batch) this.#open = undefined;
      if (this.#deleted) return;
      await this.#store.appendEvents({ sessionId: this.#sessionId, events: batch.events, patch: batch.patch });
      for (const event of batch.wire) this.#bus.publish(this.#sessionId, { kind: 'event', event });
    });
    return batch.done;
  }

  /** Runs `fn` in log order; later appends start a new batch after it. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.#open = undefined;
    return this.#enqueue(fn);
  }

  /** True while writes are queued or running (an actor must not be dropped from memory then). */
  get busy(): boolean {
    return this.#inFlight > 0;
  }

  /** Marks the log gone: queued appends become no-ops. */
  markDeleted(): void {
    this.#deleted = true;
  }

  /** Resolves when everything queued so far is written. */
  async settle(): Promise<void> {
    await this.#chain;
  }

  #enqueue<T>(fn: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    const next = this.#chain.then(fn).finally(() => {
      this.#inFlight--;
    });
    this.#chain = next.catch((err: unknown) => this.#logger.error({ err, sessionId: this.#sessionId }, 'session write failed'));
    return next;
  }
}
