/**
 * @module jobs/dream-triggers — pure decisions of the dreaming scheduler: is a dream due now, and why?
 * Time is passed in, never read, so tests drive it with any clock.
 */
import { nextFire, parseCron, upcomingFires } from './cron.js';
import { scheduleCron, type DreamingConfig, type MetricThreshold, type TriggerMetric } from './dreaming-config.js';

/** Adaptive schedules never dream more often than a quarter of the base interval … */
export const ADAPTIVE_MIN_FACTOR = 0.25;
/** … nor less often than four times it. */
export const ADAPTIVE_MAX_FACTOR = 4;
/** A dream whose findings changed at least this much (0–1) halves the next interval … */
export const ADAPTIVE_HIGH_CHANGE = 0.5;
/** … and one that changed at most this much doubles it. */
export const ADAPTIVE_LOW_CHANGE = 0.1;

/** What the scheduler remembers per agent between ticks. */
export interface ScheduleState {
  /** The previous tick; a scheduled fire in (lastCheckedAt, now] is due. */
  readonly lastCheckedAt: string | null;
  readonly lastDreamAt: string | null;
  /** Adaptive multiplier of the base interval, within [ADAPTIVE_MIN_FACTOR, ADAPTIVE_MAX_FACTOR]. */
  readonly adaptiveFactor: number;
  /** Threshold rules that were already true at the previous tick (they fire on crossing, not while true). */
  readonly firingThresholds: readonly string[];
}

export const INITIAL_SCHEDULE_STATE: ScheduleState = {
  lastCheckedAt: null,
  lastDreamAt: null,
  adaptiveFactor: 1,
  firingThresholds: [],
};

export interface TriggerInputs {
  readonly now: Date;
  readonly config: DreamingConfig;
  readonly state: ScheduleState;
  /** Sessions that ended after the last dream. */
  readonly endedSinceLastDream: number;
  /** Current metric values over each rule's window (absent when there are too few sessions). */
  readonly metrics: Readonly<Partial<Record<TriggerMetric, number>>>;
}

export interface TriggerDecision {
  readonly due: boolean;
  /** `schedule`, `adaptive`, `new_sessions` or `metric:<name>`; empty when not due. */
  readonly reasons: readonly string[];
  /** State to store for the next tick (lastDreamAt is updated by the caller when a dream is enqueued). */
  readonly state: ScheduleState;
}

/** A stable name for a threshold rule. */
export function thresholdKey(rule: MetricThreshold): string {
  return `${rule.metric}${rule.op}${rule.value}`;
}

/** Decides whether an agent should dream at `now`. */
export function decideDream({ now, config, state, endedSinceLastDream, metrics }: TriggerInputs): TriggerDecision {
  const nextState: ScheduleState = { ...state, lastCheckedAt: now.toISOString() };
  if (!config.enable_dreaming) return { due: false, reasons: [], state: { ...nextState, firingThresholds: [] } };
  const reasons: string[] = [];

  const cron = scheduleCron(config);
  if (cron) {
    const schedule = parseCron(cron.expression, cron.timezone);
    if (config.adaptive && state.lastDreamAt) {
      const interval = baseIntervalMs(schedule, now) * state.adaptiveFactor;
      if (now.getTime() >= new Date(state.lastDreamAt).getTime() + interval) reasons.push('adaptive');
    } else {
      // First tick: look back one minute so a fire exactly at start-up is not lost.
      const since = state.lastCheckedAt ? new Date(state.lastCheckedAt) : new Date(now.getTime() - 60_000);
      const fire = nextFire(schedule, since, now);
      if (fire && fire.getTime() <= now.getTime()) reasons.push('schedule');
    }
  }

  const n = config.triggers.new_sessions;
  if (n !== undefined && endedSinceLastDream >= n) reasons.push('new_sessions');

  const firing: string[] = [];
  for (const rule of config.triggers.metric_thresholds ?? []) {
    const value = metrics[rule.metric];
    if (value === undefined || !compare(value, rule)) continue;
    const key = thresholdKey(rule);
    firing.push(key);
    if (!state.firingThresholds.includes(key)) reasons.push(`metric:${rule.metric}`);
  }
  return { due: reasons.length > 0, reasons, state: { ...nextState, firingThresholds: firing } };
}

function compare(value: number, rule: MetricThreshold): boolean {
  switch (rule.op) {
    case '>':
      return value > rule.value;
    case '>=':
      return value >= rule.value;
    case '<':
      return value < rule.value;
    case '<=':
      return value <= rule.value;
  }
}

/** The schedule's natural interval: the gap between its next two fires (1 h, 24 h, 7 d, …). */
export function baseIntervalMs(schedule: ReturnType<typeof parseCron>, now: Date): number {
  const [a, b] = upcomingFires(schedule, now, 2);
  return a && b ? b.getTime() - a.getTime() : 24 * 3_600_000;
}

/**
 * After a dream: much change → dream sooner (halve the factor), little change → later (double it),
 * always within [ADAPTIVE_MIN_FACTOR, ADAPTIVE_MAX_FACTOR].
 */
export function nextAdaptiveFactor(factor: number, changeScore: number): number {
  const next = changeScore >= ADAPTIVE_HIGH_CHANGE ? factor / 2 : changeScore <= ADAPTIVE_LOW_CHANGE ? factor * 2 : factor;
  return Math.min(ADAPTIVE_MAX_FACTOR, Math.max(ADAPTIVE_MIN_FACTOR, next));
}
