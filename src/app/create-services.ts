/** @module app/create-services — wires domain services onto a backend (the composition root's core). */
import { AgentsService } from '../agents/index.js';
import { EnvironmentsService } from '../environments/index.js';
import { MemoryStoresService } from '../memory/index.js';
import type { StoreBackend } from '../store/index.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { UlidGenerator, type IdGenerator } from '../shared/ids.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import type { Services } from './services.js';

/** Builds every service; clock, ids and logger default to the real ones. */
export function createServices({
  backend,
  clock = systemClock,
  ids = new UlidGenerator(() => clock.now().getTime()),
  logger = silentLogger,
}: {
  backend: StoreBackend;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
}): Services {
  const base = { clock, ids };
  return {
    backend,
    clock,
    ids,
    logger,
    agents: new AgentsService({ store: backend.agents(), ...base }),
    environments: new EnvironmentsService({ store: backend.environments(), ...base }),
    memoryStores: new MemoryStoresService({ store: backend.memoryStores(), ...base }),
  };
}
