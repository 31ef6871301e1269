/** @module api/env — the Hono environment: per-request variables, and the Node request/response underneath. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { Services } from '../app/services.js';

/** Variables every handler can read from `c.var`. */
export interface ApiEnv {
  Variables: {
    requestId: string;
    services: Services;
  };
}

/**
 * Node's `IncomingMessage`/`ServerResponse` when `@hono/node-server` serves the request; undefined
 * when the app is called in-process (`app.request(...)` in tests), where callers fall back to the
 * WHATWG objects. Reading Node's plain header list avoids building a `Headers` object per request.
 */
export function nodeBindings(c: Context): Partial<HttpBindings> | undefined {
  return c.env as Partial<HttpBindings> | undefined;
}
