/** @module environments — where sessions run. */
export { EnvironmentsService, normalizeEnvironmentConfig, type Environment } from './environments-service.js';
export { environmentCreateSchema, environmentUpdateSchema } from './schemas.js';
