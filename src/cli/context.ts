/** @module cli/context — opens the configured database and services for commands that work on stored data. */
import { parseArgs } from 'node:util';
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

/** Exit code for bad flags or configuration (as opposed to 1: the work itself failed). */
export const EXIT_USAGE = 2;

/**
 * Opens the context, runs `fn`, always closes; a configuration problem prints `reverie <command>: …`
 * and returns EXIT_USAGE.
 */
export async function withCliContext(command: string, fn: (ctx: CliContext) => Promise<number>): Promise<number> {
  let ctx: CliContext;
  try {
    ctx = await openCliContext();
  } catch (err) {
    if (err instanceof CliUsageError) return usageFailure(command, err.message);
    throw err;
  }
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/** Prints `reverie <command>: <message>` (plus help when given) on stderr and returns EXIT_USAGE. */
export function usageFailure(command: string, message: string, help?: string): number {
  process.stderr.write(`reverie ${command}: ${message}\n${help ? `${help}\n` : ''}`);
  return EXIT_USAGE;
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * `node:util` parseArgs with the CLI's conventions: unknown flags print help and give EXIT_USAGE,
 * `--help` prints help and gives 0. Returns the values, or the exit code to return.
 */
export function parseCommandArgs<O extends ParseArgsOptions>({
  command,
  argv,
  options,
  help,
}: {
  command: string;
  argv: string[];
  options: O;
  help: string;
}): { values: ReturnType<typeof parseArgs<{ args: string[]; options: O }>>['values'] } | { exit: number } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options }));
  } catch (err) {
    return { exit: usageFailure(command, (err as Error).message, help) };
  }
  if ((values as Record<string, unknown>)['help']) {
    process.stdout.write(`${help}\n`);
    return { exit: 0 };
  }
  return { values };
}
