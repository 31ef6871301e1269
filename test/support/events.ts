/** @module test/support/events — reading SDK event streams in tests. */

/** A session event as the SDK yields it. */
export type Ev = { type: string; id?: string; [k: string]: unknown };

const iterators = new WeakMap<object, AsyncIterator<unknown>>();

/** Reads a stream until `stop` matches (inclusive); later calls on the same stream continue where this one stopped. */
export async function readUntil(stream: AsyncIterable<unknown>, stop: (e: Ev) => boolean): Promise<Ev[]> {
  let it = iterators.get(stream);
  if (!it) iterators.set(stream, (it = stream[Symbol.asyncIterator]()));
  const seen: Ev[] = [];
  for (;;) {
    const next = await it.next();
    if (next.done) return seen;
    const e = next.value as Ev;
    seen.push(e);
    if (stop(e)) return seen;
  }
}

/** The end of a turn (or a pause for action). */
export const isIdle = (e: Ev) => e.type === 'session.status_idle';

/** A `user.message` event with one text block. */
export const userMessage = (t: string) => ({ type: 'user.message' as const, content: [{ type: 'text' as const, text: t }] });
