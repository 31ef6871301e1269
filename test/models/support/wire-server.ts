/**
 * @module test/models/support/wire-server — a real `node:http` server on 127.0.0.1:0 that answers one
 * provider route with scripted replies (JSON, SSE written in separate chunks, hang, dropped socket) and
 * records every request it receives, so tests can check what the provider sent.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { safeParseJSON } from '../../../src/shared/json.js';

/** One request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The body parsed as JSON (`undefined` when it was not JSON). */
  readonly body: any;
}

/** A scripted answer. SSE `chunks` are written one `res.write` each, with a turn of the event loop between. */
export type WireReply =
  | { readonly kind: 'json'; readonly status?: number; readonly headers?: Record<string, string>; readonly body: unknown }
  | {
      readonly kind: 'sse';
      readonly status?: number;
      readonly headers?: Record<string, string>;
      readonly chunks: readonly string[];
      /** Keep the response open after the chunks (to test aborting mid-stream). */
      readonly holdOpen?: boolean;
    }
  | { readonly kind: 'hang' }
  | { readonly kind: 'destroy' };

/** The streaming variant of {@link WireReply}. */
export type SseReply = Extract<WireReply, { kind: 'sse' }>;

/** Checks a request before a reply is dequeued; a returned reply is sent instead (e.g. a 401). */
export type WireGuard = (request: RecordedRequest) => WireReply | undefined;

export interface WireServer {
  /** `http://127.0.0.1:<port>` (no path). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues replies, answered in order; an empty queue answers 500 so a missing script fails loudly. */
  enqueue(...replies: WireReply[]): void;
  /** Resolves once `count` requests have arrived (to abort a call only after the server has it). */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a server answering `POST <path>`; any other method or path gets a 404 with `notFoundBody`. */
export async function startWireServer({
  path,
  guard,
  notFoundBody,
}: {
  path: string;
  guard?: WireGuard;
  notFoundBody: unknown;
}): Promise<WireServer> {
  const requests: RecordedRequest[] = [];
  const queue: WireReply[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // The client went away while sending.
    }
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const parsed = safeParseJSON(rawBody);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      headers: req.headers,
      rawBody,
      body: parsed.success ? parsed.value : undefined,
    };
    requests.push(recorded);
    if (req.method !== 'POST' || url.pathname !== path) {
      return send(res, { kind: 'json', status: 404, body: notFoundBody });
    }
    const guarded = guard?.(recorded);
    if (guarded) return send(res, guarded);
    const reply = queue.shift();
    if (!reply) return send(res, { kind: 'json', status: 500, body: { error: { message: 'test server: no reply scripted' } } });
    return send(res, reply);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    received: async (count) => {
      while (requests.length < count) await new Promise((resolve) => setTimeout(resolve, 2));
    },
    close: async () => {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function send(res: ServerResponse, reply: WireReply): Promise<void> {
  switch (reply.kind) {
    case 'json': {
      const text = JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(text);
      return;
    }
    case 'sse': {
      res.writeHead(reply.status ?? 200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        ...reply.headers,
      });
      res.flushHeaders();
      for (const chunk of reply.chunks) {
        if (res.destroyed) return;
        res.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      if (!reply.holdOpen) res.end();
      return;
    }
    case 'hang':
      // Headers are never sent: the client waits until it aborts.
      return;
    case 'destroy':
      res.socket?.destroy();
      return;
  }
}

/** Splits text into pieces of at most `size` characters, so events straddle network writes. */
export function splitEvery(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
