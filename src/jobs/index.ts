/** @module jobs — the durable job queue, its workers and the dreaming scheduler. */
export { JobQueue, DEFAULT_MAX_ATTEMPTS } from './job-queue.js';
export { Worker, PermanentJobError, DEFAULT_LEASE_MS, type JobContext, type JobHandler, type WorkerOptions } from './worker.js';
export { parseCron, nextFire, upcomingFires, assertTimezone, CronError, type CronSchedule } from './cron.js';
export {
  dreamingConfigSchema,
  scheduleCron,
  splitCronAndZone,
  TRIGGER_METRICS,
  DEFAULT_METRIC_WINDOW,
  DEFAULT_RETENTION_DAYS,
  type DreamingConfig,
  type MetricThreshold,
  type TriggerMetric,
} from './dreaming-config.js';
export {
  decideDream,
  nextAdaptiveFactor,
  baseIntervalMs,
  thresholdKey,
  INITIAL_SCHEDULE_STATE,
  ADAPTIVE_MIN_FACTOR,
  ADAPTIVE_MAX_FACTOR,
  type ScheduleState,
  type TriggerDecision,
  type TriggerInputs,
} from './dream-triggers.js';
