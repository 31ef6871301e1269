/** @module test/models/support/async-helpers — small helpers the provider tests share. */

/** Every item of an async iterable (a provider's stream), in order. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** The error `promise` rejects with; fails the test when it resolves instead. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/**
 * Reads a stream and aborts it after its first part; returns the parts seen and the error
 * the read ended with (a provider must end an aborted stream by rejecting with the abort).
 */
export async function abortAfterFirstPart<T>(stream: (signal: AbortSignal) => AsyncIterable<T>): Promise<{ parts: T[]; error: unknown }> {
  const controller = new AbortController();
  const parts: T[] = [];
  const error = await caught(
    (async () => {
      for await (const part of stream(controller.signal)) {
        parts.push(part);
        controller.abort();
      }
    })(),
  );
  return { parts, error };
}
