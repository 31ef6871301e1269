/** @module api/app — the Hono application: middleware, error envelope and every route. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Services } from '../app/services.js';
import { NotFoundError, RequestTooLargeError } from '../shared/errors.js';
import { requireApiKey, type Authenticator } from './auth.js';
import type { ApiEnv } from './env.js';
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
    c.header('request-id', requestId);
    await next();
    if (!c.res.headers.has('request-id')) c.res.headers.set('request-id', requestId);
  });

  app.get('/health', (c) => c.json({ status: 'ok', version: API_VERSION, database: services.backend.capabilities.dialect }));

  app.use('/v1/*', requireApiKey(authenticator));
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new RequestTooLargeError(`Request body exceeds ${maxBodyBytes} bytes`);
    },
  });
  // GET/HEAD have no body, and merely asking for one makes @hono/node-server build a full WHATWG
  // Request per call (a third of an agent retrieve's CPU in bench/api.ts).
  app.use('/v1/*', (c, next) => (BODYLESS_METHODS.has(c.req.method) ? next() : limitBody(c, next)));

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
