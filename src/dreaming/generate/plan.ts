/** @module dreaming/generate/plan — the planted parameters of one generation run, derived from the seed. */
import { SeededRng, mixSeed } from '../../analytics/stats/random.js';
import type { SessionUser } from '../types.js';
import { fakeName } from './pii.js';
import { SCENARIOS } from './scenarios/index.js';
import { makeSlotFiller } from './slots.js';
import type { SlotFiller } from './templates.js';
import type { GenerateOptions, ScenarioSpec } from './types.js';

/** Salt of the plan's random stream, so planting choices do not correlate with session draws. */
const PLAN_STREAM_SALT = 0x5eed;

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Default window start: a fixed date keeps default output reproducible across runs and machines. */
export const DEFAULT_START = new Date(Date.UTC(2026, 0, 1));
/** Default window length: a month gives enough days for daily change-point series. */
export const DEFAULT_DAYS = 30;

/** Escalation probability of ordinary topics. */
export const BASE_ESCALATION_P = 0.06;
/** Escalation probability of the planted topic: ~6× the baseline, far above any noise. */
export const PLANTED_ESCALATION_P = 0.38;
/** Resolution probability before any penalty. */
export const BASE_RESOLUTION_P = 0.84;
/** Resolution drop after the bad agent version ships (absolute). */
export const VERSION_DROP_RESOLUTION_PENALTY = 0.22;
/** Resolution drop for the worse-served segment (absolute). */
export const SEGMENT_RESOLUTION_PENALTY = 0.22;
/** Resolution drop when a tool call failed in the session. */
export const TOOL_FAILURE_RESOLUTION_PENALTY = 0.12;
/** Resolution drop when the assistant misread the request. */
export const CORRECTION_RESOLUTION_PENALTY = 0.05;
/** Error probability of an ordinary tool call. */
export const BASE_TOOL_ERROR_P = 0.03;
/** Error probability of the failing tool: frequent enough to be a clear recurring failure. */
export const FAILING_TOOL_ERROR_P = 0.45;
/** Share of sessions with PII in a user message. */
export const PII_SESSION_P = 0.08;
/** Share of sessions with a correction sequence. */
export const CORRECTION_SESSION_P = 0.1;
/** Share of planted anomalies: rare enough to be anomalies, at least one per run. */
export const ANOMALY_SHARE = 0.004;
/** Share of users who refused consent. */
export const NO_CONSENT_USER_P = 0.03;
/** Share of users whose consent was recorded as `true` (the rest: not recorded). */
export const CONSENT_RECORDED_P = 0.7;
/** Share of users whose display name the source system knows. */
export const NAMED_USER_P = 0.4;
/** Peak hours (UTC hour of `started_at`): 12:00–13:59, lunch-time load. */
export const PEAK_HOURS: readonly number[] = [12, 13];
/** Median assistant latency off-peak; ~1% of replies exceed 2 s. */
export const BASE_LATENCY_MEDIAN_MS = 850;
/** Median assistant latency at peak; most replies exceed 2 s. */
export const PEAK_LATENCY_MEDIAN_MS = 2900;
/** Log-space spread of latencies. */
export const LATENCY_SIGMA = 0.35;
/** Agent version before the drop (an arbitrary, realistic-looking number). */
export const VERSION_BEFORE = 3;
/** Agent version from the drop day on. */
export const VERSION_AFTER = 4;
/** The drop happens 60% into the window: enough days on each side for a change-point test. */
const VERSION_DROP_FRACTION = 0.6;
/** Sessions per user on average; a pool smaller than `count` makes users recur. */
const SESSIONS_PER_USER = 3;

/** Traffic by UTC hour: quiet nights, busy days. */
export const HOUR_WEIGHTS: readonly number[] = [
  1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 4, 6, 7, 7, 7.5, 7.5, 7, 6.5, 6, 5.5, 5, 4.5, 4, 3, 2, 1.5,
];

/** Segment values and their shares. */
export const SEGMENTS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  plan: [['free', 0.5], ['pro', 0.35], ['enterprise', 0.15]],
  region: [['na', 0.4], ['eu', 0.35], ['apac', 0.15], ['latam', 0.1]],
};
/** Segments that may be planted as worse served (each large enough to test). */
const WORSE_SEGMENT_CANDIDATES: readonly (readonly [string, string])[] = [
  ['plan', 'free'], ['region', 'apac'], ['region', 'eu'], ['plan', 'pro'],
];

/** Everything a run needs, fixed before the first session. */
export interface Plan {
  readonly seed: number;
  readonly count: number;
  readonly scenario: ScenarioSpec;
  readonly fill: SlotFiller;
  readonly startMs: number;
  readonly days: number;
  readonly topicWeights: Float64Array;
  readonly escalatingTopic: number;
  readonly failingTool: string;
  readonly worseSegment: { readonly key: string; readonly value: string };
  readonly versionDropDay: number;
  readonly anomalyIndices: ReadonlySet<number>;
  readonly userCount: number;
  /** Short seed-derived tag that keeps ids of different seeds apart. */
  readonly tag: string;
}

/** Formats a UTC day as `YYYY-MM-DD`. */
export function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Derives the plan of a run from its options (pure; the same options give the same plan). */
export function makePlan(opts: GenerateOptions): Plan {
  const { seed, count, scenario: name = 'customer-support', start = DEFAULT_START, days = DEFAULT_DAYS } = opts;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const scenario = SCENARIOS[name];
  if (!scenario) throw new RangeError(`unknown scenario: ${String(name)}`);
  const rng = new SeededRng(mixSeed(seed) ^ PLAN_STREAM_SALT);
  const topicWeights = Float64Array.from(scenario.topics, (t) => t.weight);
  // The planted topic must be common enough to show up: pick among topics at or above the median weight.
  const sortedWeights = [...topicWeights].sort((a, b) => a - b);
  const medianWeight = sortedWeights[Math.floor(sortedWeights.length / 2)] ?? 0;
  const bigTopics = scenario.topics.flatMap((t, i) => (t.weight >= medianWeight ? [i] : []));
  const escalatingTopic = rng.pick(bigTopics);
  const toolUse = new Map<string, number>();
  for (const t of scenario.topics) for (const tool of t.tools) toolUse.set(tool, (toolUse.get(tool) ?? 0) + t.weight);
  // The failing tool must be called often enough to recur: pick among the more-used half of the tools.
  const usage = [...toolUse.values()].sort((a, b) => a - b);
  const medianUsage = usage[Math.floor(usage.length / 2)] ?? 0;
  // …and not one of the escalating topic's tools, so the two plants do not explain each other.
  const escalatingTools = new Set(scenario.topics[escalatingTopic]?.tools ?? []);
  const frequent = [...toolUse.entries()].filter(([, w]) => w >= medianUsage).map(([tool]) => tool);
  const separate = frequent.filter((tool) => !escalatingTools.has(tool));
  const toolCandidates = separate.length > 0 ? separate : frequent;
  const failingTool = rng.pick(toolCandidates.length > 0 ? toolCandidates : [...toolUse.keys()]);
  const [key, value] = rng.pick(WORSE_SEGMENT_CANDIDATES);
  const anomalyCount = count === 0 ? 0 : Math.max(1, Math.round(count * ANOMALY_SHARE));
  const anomalyIndices = new Set<number>();
  while (anomalyIndices.size < Math.min(anomalyCount, count)) anomalyIndices.add(rng.int(count));
  const startMs = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  return {
    seed,
    count,
    scenario,
    fill: makeSlotFiller(scenario.slots),
    startMs,
    days,
    topicWeights,
    escalatingTopic,
    failingTool,
    worseSegment: { key, value },
    versionDropDay: days > 1 ? Math.max(1, Math.floor(days * VERSION_DROP_FRACTION)) : 0,
    anomalyIndices,
    userCount: Math.max(1, Math.ceil(count / SESSIONS_PER_USER)),
    tag: mixSeed(seed).toString(36).slice(0, 5).padStart(5, '0'),
  };
}

function pickSegment(rng: SeededRng, options: readonly (readonly [string, number])[]): string {
  let r = rng.next();
  for (const [value, share] of options) {
    r -= share;
    if (r < 0) return value;
  }
  return options[options.length - 1]?.[0] ?? 'unknown';
}

/** The user with pool index `k` — derived from (seed, k) alone, so it is stable across sessions. */
export function userAt(plan: Plan, k: number): SessionUser {
  const rng = new SeededRng(mixSeed(plan.seed) ^ mixSeed(k + 1));
  const segment: Record<string, string> = {};
  for (const [key, options] of Object.entries(SEGMENTS)) segment[key] = pickSegment(rng, options);
  const r = rng.next();
  const consent = r < NO_CONSENT_USER_P ? false : r < NO_CONSENT_USER_P + CONSENT_RECORDED_P ? true : undefined;
  const name = rng.chance(NAMED_USER_P) ? fakeName(rng) : undefined;
  return {
    id: `usr_${plan.tag}${k.toString(36).padStart(4, '0')}`,
    segment,
    ...(consent === undefined ? {} : { consent }),
    ...(name === undefined ? {} : { name }),
  };
}
