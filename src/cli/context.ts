/** @module cli/context — opens the configured database and services for commands that work on stored data. */
import { loadConfig, ConfigError, type Config } from '../config/index.js';
import { openBackend, type StoreBackend } from '../store/index.js';
import { createServices } from '../app/create-services.js';
import type { Services } from '../app/services.js';

export interface CliContext {
  readonly config: Config;
  readonly backend: StoreBackend;
  readonly services: Services;
  close(): Promise<void>;
}

/** Thrown for configuration problems; commands print the message and exit 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** Loads config from `env`, opens and migrates the database, builds the services. */
export async function openCliContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliUsageError(err.message);
    throw err;
  }
  const backend = await openBackend({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const services = createServices({ backend, config });
  return { config, backend, services, close: () => backend.close() };
}

/** Finds an agent by id or by exact name (newest first); undefined when none matches. */
export async function findAgent(services: Services, nameOrId: string) {
  if (nameOrId.startsWith('agent_')) return services.agents.retrieve(nameOrId).catch(() => undefined);
  let after: string | undefined;
  for (;;) {
    const page = await services.agents.list({ limit: 100, after });
    const hit = page.items.find((a) => a.name === nameOrId);
    if (hit) return hit;
    if (!page.hasMore) return undefined;
    after = page.items.at(-1)?.id;
  }
}
