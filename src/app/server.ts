/** @module app/server — the composition root of `reverie serve`: config → backend → services → HTTP. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../api/app.js';
import { adminKeyAuthenticator } from '../api/auth.js';
import type { Config } from '../config/index.js';
import { openBackend, type StoreBackend } from '../store/index.js';
import { createServices } from './create-services.js';
import type { Services } from './services.js';
import type { Clock } from '../shared/clock.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import { Worker } from '../jobs/index.js';

export interface RunningServer {
  readonly url: string;
  readonly services: Services;
  close(): Promise<void>;
}

/**
 * Starts the API on `config.host:config.port` (port 0 picks a free one).
 * Pass `backend` to reuse an open one (tests); otherwise the configured database is opened and migrated.
 */
export async function startServer({
  config,
  adminKey,
  backend,
  clock,
  logger = silentLogger,
  runWorker = true,
}: {
  config: Config;
  adminKey: string;
  backend?: StoreBackend;
  clock?: Clock;
  logger?: Logger;
  /** Run one job worker in this process (the embedded default); `reverie worker` processes add more. */
  runWorker?: boolean;
}): Promise<RunningServer> {
  const store = backend ?? (await openBackend({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const services = createServices({
    backend: store,
    logger,
    config: { anthropic: config.anthropic, openai: config.openai },
    ...(clock ? { clock } : {}),
  });
  const app = createApp({ services, authenticator: adminKeyAuthenticator(adminKey), maxBodyBytes: config.maxBodyBytes });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
  });
  keepConnectionsOpen(server);
  const worker = runWorker
    ? new Worker({ store: store.jobs(), clock: services.clock, handlers: services.jobHandlers, logger })
    : undefined;
  if (worker) {
    services.onWork(() => worker.notify());
    worker.start();
    // The embedded default runs the dreaming scheduler beside its worker.
    services.scheduler.start();
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    services,
    close: async () => {
      if (worker) await services.scheduler.stop();
      await worker?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open SSE streams would keep close() waiting forever.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      if (!backend) await store.close();
    },
  };
}

/**
 * Idle keep-alive connections stay open this long (Node's default is 5 s). A client that pauses longer
 * than the default and then sends a burst must open new connections, and a busy Node server accepts
 * only one connection per event-loop turn: 100 new connections under load took 3 s to be accepted in
 * bench/sessions.ts. 65 s outlives the usual 60 s idle timeout of load balancers in front, so they close
 * first (the safe order).
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Must exceed the keep-alive timeout, or a reused connection can be cut while its headers arrive. */
const HEADERS_TIMEOUT_MS = KEEP_ALIVE_TIMEOUT_MS + 1_000;

function keepConnectionsOpen(server: ServerType): void {
  const http = server as { keepAliveTimeout?: number; headersTimeout?: number };
  http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  http.headersTimeout = HEADERS_TIMEOUT_MS;
}
