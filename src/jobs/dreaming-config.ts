/** @module jobs/dreaming-config — an agent's dreaming configuration (Reverie extension, versioned with the agent). */
import { z } from 'zod';
import { assertTimezone, CronError, parseCron } from './cron.js';

/** Metrics a threshold trigger can watch, computed over the most recent ended sessions. */
export const TRIGGER_METRICS = ['escalation_rate', 'resolution_rate', 'satisfaction_avg', 'tool_error_rate', 'latency_p95_ms'] as const;
export type TriggerMetric = (typeof TRIGGER_METRICS)[number];

/** Sessions a metric threshold looks at when the rule names no window. */
export const DEFAULT_METRIC_WINDOW = 50;
/** Retention when session storage is enabled without a period. */
export const DEFAULT_RETENTION_DAYS = 90;

const timezoneSchema = z.string().min(1).max(64).superRefine((tz, ctx) => {
  try {
    assertTimezone(tz);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
});

const scheduleSchema = z.string().min(1).max(200).superRefine((value, ctx) => {
  if (['daily', 'weekly', 'hourly', 'manual'].includes(value)) return;
  try {
    splitCronAndZone(value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof CronError ? err.message : String(err) });
  }
});

export const metricThresholdSchema = z.object({
  metric: z.enum(TRIGGER_METRICS),
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number().finite(),
  window_sessions: z.number().int().min(5).max(10_000).optional(),
});
export type MetricThreshold = z.infer<typeof metricThresholdSchema>;

/** The seed's configuration shape, accepted as JSON. */
export const dreamingConfigSchema = z.object({
  enable_dreaming: z.boolean().default(false),
  dreaming_schedule: scheduleSchema.default('daily'),
  /** IANA timezone for named schedules and for a cron given without one. */
  timezone: timezoneSchema.default('UTC'),
  triggers: z
    .object({
      new_sessions: z.number().int().min(1).max(1_000_000).optional(),
      metric_thresholds: z.array(metricThresholdSchema).max(20).optional(),
    })
    .default({}),
  adaptive: z.boolean().default(false),
  memory_store_id: z.string().min(1).max(256).nullish(),
  session_storage: z
    .object({
      enabled: z.boolean().default(true),
      retention_period_days: z.number().int().min(1).max(36_500).default(DEFAULT_RETENTION_DAYS),
    })
    .default({ enabled: true, retention_period_days: DEFAULT_RETENTION_DAYS }),
  filters: z
    .object({
      min_turns: z.number().int().min(0).optional(),
      include_metadata: z.record(z.string(), z.string()).optional(),
      exclude_metadata: z.record(z.string(), z.string()).optional(),
      max_sessions: z.number().int().min(1).max(1_000_000).optional(),
    })
    .nullish(),
  policy: z.enum(['review', 'auto', 'off']).default('review'),
});
export type DreamingConfig = z.infer<typeof dreamingConfigSchema>;

/** Named schedules: local 03:00 (a quiet hour) daily, Mondays weekly, and the top of each hour. */
const NAMED: Record<string, string> = { hourly: '0 * * * *', daily: '0 3 * * *', weekly: '0 3 * * 1' };

/**
 * Splits `"<5-field cron> [IANA zone]"`; the zone may also come from the config's `timezone`.
 * @example splitCronAndZone('0 9 * * 1-5 Europe/Paris') // { expression: '0 9 * * 1-5', timezone: 'Europe/Paris' }
 */
export function splitCronAndZone(value: string, fallbackZone = 'UTC'): { expression: string; timezone: string } {
  const tokens = value.trim().split(/\s+/);
  const expression = tokens.slice(0, 5).join(' ');
  const timezone = tokens.length === 6 ? tokens[5]! : fallbackZone;
  if (tokens.length !== 5 && tokens.length !== 6) {
    throw new CronError('dreaming_schedule must be daily, weekly, hourly, manual, or a 5-field cron optionally followed by an IANA timezone');
  }
  parseCron(expression, timezone);
  return { expression, timezone };
}

/** The cron expression and zone a config's schedule fires on, or undefined for `manual`. */
export function scheduleCron(config: Pick<DreamingConfig, 'dreaming_schedule' | 'timezone'>): { expression: string; timezone: string } | undefined {
  if (config.dreaming_schedule === 'manual') return undefined;
  const named = NAMED[config.dreaming_schedule];
  if (named) return { expression: named, timezone: config.timezone };
  return splitCronAndZone(config.dreaming_schedule, config.timezone);
}
