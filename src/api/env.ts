/** @module api/env — the Hono environment: per-request variables. */
import type { Services } from '../app/services.js';

/** Variables every handler can read from `c.var`. */
export interface ApiEnv {
  Variables: {
    requestId: string;
    services: Services;
  };
}
