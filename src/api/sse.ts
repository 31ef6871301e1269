/** @module api/sse — Server-Sent Events responses in the shape the Anthropic SDK reads (wire-api §3). */

/** Keep-alive interval: well under common proxy idle timeouts (60 s) without being chatty. */
export const SSE_PING_INTERVAL_MS = 15_000;
/** Queued chunks past which previews (`event_delta`) are shed for a slow reader (the wire API allows it). */
const SHED_PREVIEWS_AT = 1_000;
/** Queued chunks past which a reader is too slow to keep: the stream is closed (it can reconnect and list). */
const DROP_READER_AT = 20_000;

const encoder = new TextEncoder();

/** Writes SSE messages; every message carries an `event:` line (the SDK drops those without one). */
export interface SseWriter {
  /** Sends `event: <name>` with one-line JSON `data`; `sheddable` messages are dropped under backpressure. */
  send(name: string, data: unknown, options?: { sheddable?: boolean }): void;
  close(): void;
  readonly closed: boolean;
}

/**
 * A streaming response whose headers go out at once (a `: connected` comment is the first chunk), with
 * `event: ping` keep-alives. `onClose` runs once, whether the client disconnects or the server closes.
 * @example
 * const { response, writer } = openSse({ signal: c.req.raw.signal, onClose: () => unsubscribe() });
 * writer.send('agent.message', event);
 */
export function openSse({
  signal,
  onClose,
  pingIntervalMs = SSE_PING_INTERVAL_MS,
  headers = {},
}: {
  signal: AbortSignal;
  onClose: () => void;
  pingIntervalMs?: number;
  headers?: Record<string, string>;
}): { response: Response; writer: SseWriter } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  // Assigned once, after `finish` (which clears it) is defined; `const` would need it before.
  // eslint-disable-next-line prefer-const
  let ping: ReturnType<typeof setInterval> | undefined;
  const finish = (): void => {
    if (closed) return;
    if (pending) flush();
    closed = true;
    if (ping) clearInterval(ping);
    signal.removeEventListener('abort', finish);
    try {
      controller.close();
    } catch {
      // Already closed or errored by the runtime after a disconnect.
    }
    onClose();
  };
  // Messages written in the same tick (a stored batch of events) leave as one chunk: one socket write.
  let pending = '';
  const flush = (): void => {
    const text = pending;
    pending = '';
    if (closed || !text) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      finish();
    }
  };
  const enqueue = (text: string): void => {
    if (closed) return;
    if (!pending) queueMicrotask(flush);
    pending += text;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      finish();
    },
  });
  const writer: SseWriter = {
    send(name, data, options = {}) {
      if (closed) return;
      const queued = -(controller.desiredSize ?? 0);
      if (queued > DROP_READER_AT) return finish();
      if (options.sheddable && queued > SHED_PREVIEWS_AT) return;
      enqueue(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close: finish,
    get closed() {
      return closed;
    },
  };
  // Written at once (not batched): the first chunk is what makes the server send the headers.
  controller.enqueue(encoder.encode(': connected\n\n'));
  ping = setInterval(() => enqueue('event: ping\ndata: {"type":"ping"}\n\n'), pingIntervalMs);
  ping.unref?.();
  if (signal.aborted) finish();
  else signal.addEventListener('abort', finish, { once: true });
  const response = new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      // Tells nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
      ...headers,
    },
  });
  return { response, writer };
}
