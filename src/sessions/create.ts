/** @module sessions/create — builds the sessions service and its runtime from their collaborators. */
import type { AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import type { ModelResolver } from '../models/index.js';
import type { SessionsStore } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';
import type { TurnRetryPolicy } from './runtime/actor-types.js';
import { SessionEventBus } from './event-bus.js';
import { SessionRuntime } from './runtime/session-runtime.js';
import type { SessionMemoryPort } from './runtime/tools.js';
import { SessionsService } from './sessions-service.js';

/** Model requests per turn: generous for real tool use, bounded so a looping model cannot run forever. */
export const DEFAULT_MAX_TOOL_ROUNDS = 25;
/** Four attempts with 0.5 s → 8 s jittered backoff: rides out a short provider overload. */
export const DEFAULT_TURN_RETRY: TurnRetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * The composition of the sessions domain.
 * @example const sessions = createSessionsService({ store: backend.sessions(), agents, environments, models, clock, ids, logger });
 */
export function createSessionsService({
  store,
  agents,
  environments,
  models,
  memory,
  clock,
  ids,
  logger,
  retry = DEFAULT_TURN_RETRY,
  maxToolRounds = DEFAULT_MAX_TOOL_ROUNDS,
}: {
  store: SessionsStore;
  agents: AgentsService;
  environments: EnvironmentsService;
  models: ModelResolver;
  memory?: SessionMemoryPort | undefined;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  retry?: TurnRetryPolicy;
  maxToolRounds?: number;
}): SessionsService {
  const bus = new SessionEventBus();
  const runtime = new SessionRuntime({ store, bus, clock, ids, logger, models, memory, retry, maxToolRounds });
  return new SessionsService({ store, runtime, bus, agents, environments, memory, clock, ids });
}
