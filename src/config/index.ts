/** @module config — validated, frozen configuration. */
export { loadConfig, ConfigError } from './load.js';
export { configSchema, type Config } from './schema.js';
export { ensureAdminKey } from './admin-key.js';
