/** @module sessions — sessions, their event log, live streaming and the agent loop. */
export { SessionsService, type Session, type SessionListParams } from './sessions-service.js';
export { SessionEventBus, type BusListener, type BusMessage, type PreviewEvent, type WireEvent } from './event-bus.js';
export { SessionRuntime } from './runtime/session-runtime.js';
export type { RuntimeDeps, TurnRetryPolicy, StopReason } from './runtime/actor-types.js';
export type { SessionMemoryPort, ToolExecutor, ToolOutput, MemoryMount } from './runtime/tools.js';
export {
  sessionCreateSchema,
  sessionUpdateSchema,
  sendEventsSchema,
  sendEventSchema,
  feedbackSchema,
  SESSION_STATUSES,
  idSchema,
  INT32_MAX,
  type SessionCreateParams,
  type SessionUpdateParams,
  type SendEventParams,
  type FeedbackParams,
} from './schemas.js';
export { canTransition, isBusy, type SessionStatus } from './status.js';
export { baseAgentSnapshot } from './session-config.js';
export { loadSessionRecord, loadSessionRecords, iterateSessionRecords, toDreamRecord, dreamFoldsOf } from './session-record.js';
export { createSessionsService, DEFAULT_MAX_TOOL_ROUNDS, DEFAULT_TURN_RETRY } from './create.js';
