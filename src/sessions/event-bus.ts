/** @module sessions/event-bus — live, in-process delivery of session events to open SSE streams. */

/** A persisted wire event (has `id`, `type`, `processed_at`). */
export type WireEvent = Readonly<Record<string, unknown>> & { readonly id: string; readonly type: string };

/** A stream-only preview (`event_start` / `event_delta`) of an event still being produced. */
export interface PreviewEvent {
  readonly type: 'event_start' | 'event_delta';
  /** Which kind of event it previews, for per-connection `event_deltas[]` opt-in. */
  readonly of: 'agent.message' | 'agent.thinking';
  readonly payload: Readonly<Record<string, unknown>>;
}

export type BusMessage = { readonly kind: 'event'; readonly event: WireEvent } | { readonly kind: 'preview'; readonly preview: PreviewEvent };

export type BusListener = (message: BusMessage) => void;

/**
 * Fan-out per session. Delivery is live only: a subscriber sees what is published after it subscribed
 * (wire-api §3 "No replay"). Listeners must not throw; one that does is dropped so others keep receiving.
 */
export class SessionEventBus {
  readonly #listeners = new Map<string, Set<BusListener>>();

  /** Starts delivery to `listener`; call the returned function to stop. */
  subscribe(sessionId: string, listener: BusListener): () => void {
    let set = this.#listeners.get(sessionId);
    if (!set) this.#listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      const current = this.#listeners.get(sessionId);
      if (!current) return;
      current.delete(listener);
      if (!current.size) this.#listeners.delete(sessionId);
    };
  }

  publish(sessionId: string, message: BusMessage): void {
    const set = this.#listeners.get(sessionId);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(message);
      } catch {
        set.delete(listener);
      }
    }
  }

  /** Whether anyone listens (previews are skipped when nobody does). */
  hasListeners(sessionId: string): boolean {
    return (this.#listeners.get(sessionId)?.size ?? 0) > 0;
  }

  /** Open subscriptions across all sessions (for diagnostics and tests). */
  get size(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}
