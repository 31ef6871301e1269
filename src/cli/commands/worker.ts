/** @module cli/commands/worker — `reverie worker`: a stand-alone job worker (dreams) on the configured database. */
import { Worker, DEFAULT_LEASE_MS } from '../../jobs/index.js';
import { createLogger } from '../../shared/logger.js';
import { parseCommandArgs, usageFailure, withCliContext } from '../context.js';

const HELP = `Usage: reverie worker [--concurrency N] [--lease-ms MS] [--owner NAME]

Runs queued jobs (dreams) until SIGINT/SIGTERM. Several workers in several processes share a
PostgreSQL queue (DATABASE_URL); each job is leased to one worker at a time, and a job whose worker
died is picked up again when its lease expires. With the embedded SQLite database, the server
already runs a worker: extra worker processes work, but they take turns with the server for the file.`;

const MAX_CONCURRENCY = 64;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    command: 'worker',
    argv,
    help: HELP,
    options: {
      concurrency: { type: 'string', default: '1' },
      'lease-ms': { type: 'string', default: String(DEFAULT_LEASE_MS) },
      owner: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const concurrency = Number(values.concurrency);
  const leaseMs = Number(values['lease-ms']);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    return usageFailure('worker', `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  if (!Number.isInteger(leaseMs) || leaseMs < 500) return usageFailure('worker', '--lease-ms must be a whole number of at least 500');
  return withCliContext('worker', async (ctx) => {
    const logger = createLogger(ctx.config.logLevel);
    if (!ctx.backend.capabilities.multiProcess) {
      logger.warn({}, 'SQLite is a single-machine database: this worker shares the file with the server process');
    }
    const worker = new Worker({
      store: ctx.backend.jobs(),
      clock: ctx.services.clock,
      handlers: ctx.services.jobHandlers,
      logger,
      concurrency,
      leaseMs,
      ...(values.owner ? { owner: values.owner } : {}),
    });
    worker.start();
    logger.info({ owner: worker.owner, concurrency, leaseMs }, 'worker started');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    logger.info({ owner: worker.owner }, 'worker stopping: finishing the jobs in hand');
    await worker.stop();
    return 0;
  });
}
