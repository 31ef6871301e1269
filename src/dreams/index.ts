/** @module dreams — the Dreams API and the job that runs a dream. */
export { DreamsService, toDream, DREAM_JOB_KIND, DREAM_MAX_ATTEMPTS, type Dream, type DreamsServiceDeps, type AgentInsights, type InsightFilters } from './dreams-service.js';
export { dreamCreateSchema, MAX_DREAM_SESSIONS, type DreamCreateParams } from './schemas.js';
export { createDreamJobHandler, type DreamJobDeps } from './dream-job.js';
export { syncStoreFiles, readStoreFiles, DREAMER_ACTOR, type WriteSummary } from './output-store.js';
export { DreamScheduler, DEFAULT_TICK_MS, MAX_SESSIONS_PER_SCHEDULED_DREAM, type TickOutcome, type DreamSchedulerDeps } from './scheduler.js';
export { sessionMetrics, changeScore } from './session-metrics.js';
export { agentMemoryStoreId, AGENT_STORE_METADATA_KEY } from './agent-store.js';
export { agentSessionIds } from './session-ids.js';
