/** @module sessions/runtime/actor-types — shared types of the session actor and its turn loop. */
import type { ModelResolver } from '../../models/index.js';
import type { SessionsStore } from '../../store/index.js';
import type { Clock } from '../../shared/clock.js';
import type { IdGenerator } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { SessionEventBus } from '../event-bus.js';
import type { SessionMemoryPort } from './tools.js';

/** Retry policy of model requests inside a turn. */
export interface TurnRetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** Everything an actor needs; one set per process. */
export interface RuntimeDeps {
  readonly store: SessionsStore;
  readonly bus: SessionEventBus;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  readonly models: ModelResolver;
  readonly memory?: SessionMemoryPort | undefined;
  readonly retry: TurnRetryPolicy;
  /** Model requests allowed in one turn before it stops with `tool_use_limit_reached_error`. */
  readonly maxToolRounds: number;
}

/** A new event before the actor stamps it with `id`, `processed_at` and `seq`. */
export type EventDraft = { readonly type: string; readonly id?: string } & Record<string, unknown>;

/** `session.status_idle` stop reasons. */
export type StopReason =
  | { type: 'end_turn' }
  | { type: 'requires_action'; event_ids: string[] }
  | { type: 'retries_exhausted' }
  | { type: 'refusal' };
