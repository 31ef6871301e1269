/** @module cli/commands/serve — `reverie serve`: the API on the configured database. */
import { parseArgs } from 'node:util';
import { loadConfig, ensureAdminKey, ConfigError } from '../../config/index.js';
import { startServer } from '../../app/server.js';
import { createLogger } from '../../shared/logger.js';

const HELP = `Usage: reverie serve [--host HOST] [--port PORT]

Runs the Reverie API. Configuration comes from the environment:
  REVERIE_HOST (127.0.0.1)  REVERIE_PORT (4100)  REVERIE_DATA_DIR (./.reverie)
  DATABASE_URL (postgres://…; unset = SQLite file in the data dir)  REVERIE_API_KEY`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`reverie serve: ${(err as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let config;
  try {
    config = loadConfig(process.env, { ...(values.host ? { host: values.host } : {}), ...(values.port ? { port: values.port } : {}) });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`reverie serve: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const admin = ensureAdminKey({ dataDir: config.dataDir, configured: config.apiKey });
  const logger = createLogger(config.logLevel);
  const server = await startServer({ config, adminKey: admin.key, logger });
  const out = process.stdout;
  out.write(`Reverie listening on ${server.url}\n`);
  out.write(`  database: ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.dataDir}/reverie.db)`}\n`);
  if (admin.created) out.write(`  admin API key (shown once, stored in ${admin.path}): ${admin.key}\n`);
  else if (admin.path) out.write(`  admin API key: in ${admin.path}\n`);
  else out.write('  admin API key: from REVERIE_API_KEY\n');
  out.write(`  try: curl ${server.url}/health\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
