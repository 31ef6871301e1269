/**
 * @module reverie — the library entry point. Hand-written export list (STYLE §3).
 * @example
 * import { createReverie } from 'reverie';
 */
export { loadConfig, ConfigError, type Config } from './config/index.js';
export { startServer, type RunningServer } from './app/server.js';
export { createServices } from './app/create-services.js';
export type { Services } from './app/services.js';
export { createApp } from './api/app.js';
export { openBackend, createSqliteBackend, createPostgresBackend, type StoreBackend } from './store/index.js';
export {
  AppError,
  InvalidRequestError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ConflictError,
  RequestTooLargeError,
  ApiError,
} from './shared/errors.js';
export { systemClock, ManualClock, type Clock } from './shared/clock.js';
export type { SessionRecord, SessionMessage, Insight, Evidence } from './dreaming/types.js';
