/** @module app/services — the service container handed to the API, the CLI and the library. */
import type { AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import type { MemoryStoresService } from '../memory/index.js';
import type { SessionsService } from '../sessions/index.js';
import type { DreamScheduler, DreamsService } from '../dreams/index.js';
import type { JobHandler, JobQueue } from '../jobs/index.js';
import type { StoreBackend } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';

/** Every domain service of one running Reverie, built once by `createServices`. */
export interface Services {
  readonly backend: StoreBackend;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  readonly agents: AgentsService;
  readonly environments: EnvironmentsService;
  readonly memoryStores: MemoryStoresService;
  readonly sessions: SessionsService;
  readonly jobs: JobQueue;
  readonly dreams: DreamsService;
  readonly scheduler: DreamScheduler;
  /** Handlers of every job kind, for in-process and stand-alone workers. */
  readonly jobHandlers: Readonly<Record<string, JobHandler>>;
  /** The workspace's keyed-pseudonym secret (made once, shared by every process through the database). */
  pseudonymSecret(): Promise<string>;
  /** Wakes in-process workers after work is queued. */
  notifyWorkers(): void;
  /** Registers a callback run by `notifyWorkers` (the server's worker). */
  onWork(listener: () => void): void;
}
