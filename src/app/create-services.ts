/** @module app/create-services — wires domain services onto a backend (the composition root's core). */
import { AgentsService } from '../agents/index.js';
import { EnvironmentsService } from '../environments/index.js';
import { createMemoryToolExecutor, memoryDocuments, MemoryStoresService } from '../memory/index.js';
import type { StoreBackend } from '../store/index.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { UlidGenerator, type IdGenerator } from '../shared/ids.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import type { Services } from './services.js';
import { createSessionsService, type TurnRetryPolicy } from '../sessions/index.js';
import { createModelResolver, type ModelProvidersConfig, type ModelResolver } from '../models/index.js';
import { randomBytes } from 'node:crypto';
import { JobQueue } from '../jobs/index.js';
import { DreamsService, DreamScheduler, DREAM_JOB_KIND, createDreamJobHandler } from '../dreams/index.js';

/** Bytes of the workspace pseudonym secret. */
const SECRET_BYTES = 32;

/** Builds every service; clock, ids and logger default to the real ones. */
export function createServices({
  backend,
  clock = systemClock,
  ids = new UlidGenerator(() => clock.now().getTime()),
  logger = silentLogger,
  config,
  models = createModelResolver(config),
  sessionRetry,
  maxToolRounds,
}: {
  backend: StoreBackend;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** Model provider settings (ANTHROPIC_API_KEY, REVERIE_OPENAI_BASE_URL); without them only `reverie-offline` runs. */
  config?: ModelProvidersConfig;
  /** Overrides model routing (tests inject scripted models). */
  models?: ModelResolver;
  /** Retry policy of model requests inside session turns. */
  sessionRetry?: TurnRetryPolicy;
  /** Model requests allowed per session turn. */
  maxToolRounds?: number;
}): Services {
  const base = { clock, ids };
  const services = {
    backend,
    clock,
    ids,
    logger,
    agents: new AgentsService({ store: backend.agents(), ...base }),
    environments: new EnvironmentsService({ store: backend.environments(), ...base }),
    memoryStores: new MemoryStoresService({ store: backend.memoryStores(), ...base }),
  };
  const sessions = createSessionsService({
    store: backend.sessions(),
    agents: services.agents,
    environments: services.environments,
    memory: {
      retrieve: (id) => services.memoryStores.retrieve(id),
      createToolExecutor: ({ mounts, sessionId }) => createMemoryToolExecutor({ services, mounts, sessionId }),
      documents: (mounts) => memoryDocuments({ services, mounts }),
    },
    models,
    logger,
    ...base,
    ...(sessionRetry ? { retry: sessionRetry } : {}),
    ...(maxToolRounds ? { maxToolRounds } : {}),
  });
  const jobs = new JobQueue({ store: backend.jobs(), ...base });
  const listeners: Array<() => void> = [];
  const notifyWorkers = () => listeners.forEach((l) => l());
  let secret: Promise<string> | undefined;
  const pseudonymSecret = () =>
    (secret ??= backend.settings().getOrInit('pseudonym_secret', randomBytes(SECRET_BYTES).toString('hex'), clock.now().toISOString()));
  const dreams = new DreamsService({
    store: backend.dreams(),
    queue: jobs,
    memoryStores: services.memoryStores,
    sessions: backend.sessions(),
    onQueued: notifyWorkers,
    ...base,
  });
  const jobHandlers = {
    [DREAM_JOB_KIND]: createDreamJobHandler({
      dreams: backend.dreams(),
      sessions: backend.sessions(),
      memory: services.memoryStores,
      agents: services.agents,
      secret: pseudonymSecret,
      ...base,
    }),
  };
  const scheduler = new DreamScheduler({
    agents: services.agents,
    sessions,
    sessionsStore: backend.sessions(),
    dreams,
    dreamsStore: backend.dreams(),
    memory: services.memoryStores,
    clock,
    logger,
  });
  return { ...services, sessions, jobs, dreams, scheduler, jobHandlers, pseudonymSecret, notifyWorkers, onWork: (l) => void listeners.push(l) };
}
