/** @module dreaming/mine/latency — threshold rules on response delay and peak-hour latency tests. */
import type { FeatureMatrix } from '../preprocess-features.js';
import { featureColumn } from '../preprocess-features.js';
import type { PreparedSession } from '../preprocess.js';
import { compareGroups, type GroupSpec, type GroupTest } from './compare.js';
import type { MineKernels } from './kernels.js';

/** A response slower than this is "slow": past ~2 s users perceive a chat reply as delayed. */
export const SLOW_RESPONSE_MS = 2000;
/** The threshold rule fires when the Wilson lower bound of the slow-session share exceeds this. */
export const SLOW_SHARE_ALERT = 0.1;

/** Result of the latency threshold rule. */
export interface LatencyRule {
  readonly thresholdMs: number;
  readonly sessionsWithLatency: number;
  readonly slowSessions: number;
  readonly share: number;
  readonly ci: readonly [number, number];
  readonly fires: boolean;
  /** Session indices of slow sessions (evidence candidates, bounded). */
  readonly examples: number[];
  /** Sessions per UTC hour (traffic profile). */
  readonly perHour: number[];
}

/** Contiguous hours whose slow share is significantly above the rest. */
export interface PeakHours {
  readonly from: number;
  readonly to: number;
  readonly tests: GroupTest[];
}

/** Slow = session p95 latency above {@link SLOW_RESPONSE_MS}; 255 when the session has no latency data. */
export function slowOutcome(sessions: readonly PreparedSession[], features: FeatureMatrix): Uint8Array {
  const p95 = featureColumn(features, 'latency_p95_ms');
  const out = new Uint8Array(sessions.length);
  for (let i = 0; i < sessions.length; i++) {
    const has = sessions[i]!.messages.some((m) => !Number.isNaN(m.latencyMs));
    out[i] = has ? (p95[i]! > SLOW_RESPONSE_MS ? 1 : 0) : 255;
  }
  return out;
}

/** Applies the slow-response threshold rule. */
export function latencyRule({
  sessions,
  slow,
  kernels,
}: {
  sessions: readonly PreparedSession[];
  slow: Uint8Array;
  kernels: MineKernels;
}): LatencyRule {
  let n = 0;
  let x = 0;
  const examples: number[] = [];
  const perHour = new Array<number>(24).fill(0);
  for (let i = 0; i < slow.length; i++) {
    perHour[sessions[i]!.hour]! += 1;
    if (slow[i] === 255) continue;
    n++;
    if (slow[i] === 1) {
      x++;
      if (examples.length < 20) examples.push(i);
    }
  }
  const w = n > 0 ? kernels.wilson(x, n) : { lo: 0, hi: 0 };
  return {
    thresholdMs: SLOW_RESPONSE_MS,
    sessionsWithLatency: n,
    slowSessions: x,
    share: n ? x / n : 0,
    ci: [w.lo, w.hi],
    fires: w.lo > SLOW_SHARE_ALERT,
    examples,
    perHour,
  };
}

/** One test per UTC hour: slow share in that hour vs all other hours. */
export function hourLatencyTests({
  sessions,
  slow,
  kernels,
}: {
  sessions: readonly PreparedSession[];
  slow: Uint8Array;
  kernels: MineKernels;
}): GroupTest[] {
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (let i = 0; i < sessions.length; i++) byHour[sessions[i]!.hour]!.push(i);
  const groups: GroupSpec[] = byHour.map((members, h) => ({
    key: String(h),
    label: `${String(h).padStart(2, '0')}:00 UTC`,
    members,
  }));
  return compareGroups({ family: 'hour_latency', outcome: slow, outcomeName: 'slow', groups, kernels });
}

/** Merges significant worse-than-rest hours into contiguous ranges (after FDR adjustment). */
export function peakHourRanges(tests: readonly GroupTest[]): PeakHours[] {
  const bad = tests
    .filter((t) => t.significant && t.rate > t.restRate)
    .sort((a, b) => Number(a.key) - Number(b.key));
  const ranges: PeakHours[] = [];
  for (const t of bad) {
    const h = Number(t.key);
    const last = ranges[ranges.length - 1];
    if (last && last.to === h - 1) {
      (last as { to: number }).to = h;
      last.tests.push(t);
    } else ranges.push({ from: h, to: h, tests: [t] });
  }
  // Wrap-around (23 → 0).
  const first = ranges[0];
  const lastR = ranges[ranges.length - 1];
  if (ranges.length > 1 && first && lastR && first.from === 0 && lastR.to === 23) {
    ranges.pop();
    ranges[0] = { from: lastR.from, to: first.to, tests: [...lastR.tests, ...first.tests] };
  }
  return ranges;
}
