/** @module test/support/server — a real Reverie on an ephemeral port plus the real SDK client. */
import Anthropic from '@anthropic-ai/sdk';
import { loadConfig } from '../../src/config/index.js';
import { startServer, type RunningServer } from '../../src/app/server.js';
import type { StoreBackend } from '../../src/store/index.js';
import { makeSqliteFileBackend } from './backends.js';
import type { Clock } from '../../src/shared/clock.js';

export const TEST_API_KEY = 'sk-test-reverie-0123456789abcdef';

export interface TestServer extends RunningServer {
  readonly client: Anthropic;
  readonly backend: StoreBackend;
}

/**
 * Starts Reverie on 127.0.0.1 with a random port on the given backend (default: a SQLite file in a
 * temp dir, as `npm start` runs).
 * The client is the official SDK pointed at it; `maxRetries: 2` is the SDK default, kept so tests see
 * the same retry behaviour users get.
 */
export async function startTestServer({
  backend,
  clock,
  env = {},
  runWorker = true,
}: { backend?: StoreBackend; clock?: Clock; env?: Record<string, string>; runWorker?: boolean } = {}): Promise<TestServer> {
  const own = backend ? undefined : await makeSqliteFileBackend();
  const store = backend ?? own!.backend;
  const config = loadConfig({ REVERIE_PORT: '0', REVERIE_DATA_DIR: '/tmp/reverie-test-unused', ...env });
  const server = await startServer({ config, adminKey: TEST_API_KEY, backend: store, runWorker, ...(clock ? { clock } : {}) });
  const client = new Anthropic({ apiKey: TEST_API_KEY, baseURL: server.url });
  return {
    ...server,
    client,
    backend: store,
    close: async () => {
      await server.close();
      await own?.dispose();
    },
  };
}
