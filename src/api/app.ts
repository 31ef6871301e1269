/** @module api/app — the Hono application: middleware, error envelope and every route. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Services } from '../app/services.js';
import { NotFoundError, RequestTooLargeError } from '../shared/errors.js';
import { checkApiKey, type Authenticator } from './auth.js';
import { nodeBindings, type ApiEnv } from './env.js';
import { makeErrorHandler } from './errors.js';
import { Router } from './router.js';
import { registerAgentRoutes } from './routes/agents.js';
import { registerEnvironmentRoutes } from './routes/environments.js';
import { registerMemoryStoreRoutes } from './routes/memory-stores.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerEventRoutes } from './routes/events.js';
import { registerDreamRoutes } from './routes/dreams.js';
import { registerImportRoutes } from './routes/import.js';
import { registerInsightRoutes } from './routes/insights.js';

/** Methods whose requests carry no body, so the body-size limit has nothing to check. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

/** Package version reported by /health and /openapi.json. */
export const API_VERSION = '0.1.0';

export interface AppOptions {
  readonly services: Services;
  readonly authenticator: Authenticator;
  /** Request bodies above this many bytes get a 413. */
  readonly maxBodyBytes: number;
}

/**
 * Builds the HTTP app. Every response carries `request-id`; every error is the wire envelope.
 * @example const app = createApp({ services, authenticator, maxBodyBytes: 32 << 20 }); serve({ fetch: app.fetch });
 */
export function createApp({ services, authenticator, maxBodyBytes }: AppOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.onError(makeErrorHandler(services.logger));
  app.notFound((c) => {
    throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
  });

  app.use('*', async (c, next) => {
    const requestId = services.ids.next('req');
    c.set('requestId', requestId);
    c.set('services', services);
    const outgoing = nodeBindings(c)?.outgoing;
    if (outgoing) {
      // Node merges a header set here into whatever `writeHead` later sends (success, error envelope,
      // SSE), so every response carries it without touching a WHATWG `Headers`: going through
      // `c.header` and `c.res.headers` built two of those per request (a tenth of an agent retrieve).
      outgoing.setHeader('request-id', requestId);
      return next();
    }
    // In-process calls (`app.request` in tests) have no Node response: set it on the Response.
    c.header('request-id', requestId);
    await next();
    if (!c.res.headers.has('request-id')) c.res.headers.set('request-id', requestId);
  });

  app.get('/health', (c) => c.json({ status: 'ok', version: API_VERSION, database: services.backend.capabilities.dialect }));

  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new RequestTooLargeError(`Request body exceeds ${maxBodyBytes} bytes`);
    },
  });
  // One middleware for both checks of `/v1/*` (each middleware layer costs a dispatch per request):
  // the key first, then the body size. GET/HEAD have no body, and merely asking for one makes
  // @hono/node-server build a full WHATWG Request per call (a third of an agent retrieve's CPU in
  // bench/api.ts), so they skip the limit.
  app.use('/v1/*', (c, next) => {
    checkApiKey(c, authenticator);
    return BODYLESS_METHODS.has(c.req.method) ? next() : limitBody(c, next);
  });

  const router = new Router(app);
  registerAgentRoutes(router);
  registerEnvironmentRoutes(router);
  registerMemoryStoreRoutes(router);
  registerSessionRoutes(router);
  registerEventRoutes(router);
  registerDreamRoutes(router);
  registerImportRoutes(router);
  registerInsightRoutes(router);

  const openApi = router.openApiDocument({ title: 'Reverie API', version: API_VERSION });
  app.get('/openapi.json', (c) => c.json(openApi));
  return app;
}
