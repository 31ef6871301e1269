/** @module dreaming/mine/change-points — daily metric series, PELT change points, version matching. */
import type { PreparedSession } from '../preprocess.js';
import type { GroupTest } from './compare.js';
import type { MineKernels } from './kernels.js';

/** PELT penalty per change on a series standardised to unit noise: BIC's 2·ln(n) (mean + location). */
export const BIC_PENALTY_PER_LN = 2;
/** A change point this many days or fewer from a version change is attributed to it. */
export const VERSION_MATCH_DAYS = 1;
/** Fewer days than this cannot support a change-point claim. */
const MIN_DAYS = 6;
/** Evidence candidates kept per change. */
const MAX_HITS = 50;

/**
 * Daily binary metrics the detector watches, each counted as the bad event (so ratios are comparable:
 * a resolution drop from 80% to 60% is an unresolved rise from 20% to 40%, a 2× effect).
 */
export const DAILY_METRICS = ['unresolved_rate', 'escalation_rate', 'slow_share'] as const;
export type DailyMetricName = (typeof DAILY_METRICS)[number];

/** One day's counts. */
export interface DayBucket {
  readonly day: string;
  readonly sessions: number[];
  readonly dominantVersion: string | null;
}

/** A detected, tested change point. */
export interface ChangePoint {
  readonly metric: DailyMetricName;
  readonly day: string;
  readonly before: number;
  readonly after: number;
  readonly test: GroupTest;
  /** The agent-version change this is attributed to, when within {@link VERSION_MATCH_DAYS}. */
  readonly version: { readonly day: string; readonly from: string | null; readonly to: string } | null;
}

/** Groups sessions by UTC day (sorted) with each day's dominant agent version. */
export function bucketByDay(sessions: readonly PreparedSession[]): DayBucket[] {
  const map = new Map<string, number[]>();
  for (let i = 0; i < sessions.length; i++) {
    const d = sessions[i]!.day;
    let a = map.get(d);
    if (!a) map.set(d, (a = []));
    a.push(i);
  }
  return [...map.keys()].sort().map((day) => {
    const idx = map.get(day)!;
    const votes = new Map<string, number>();
    for (const i of idx) {
      const v = sessions[i]!.agentVersion;
      if (v !== null) votes.set(v, (votes.get(v) ?? 0) + 1);
    }
    let dominant: string | null = null;
    let best = 0;
    for (const [v, c] of votes) if (c > best || (c === best && dominant !== null && v > dominant)) [dominant, best] = [v, c];
    return { day, sessions: idx, dominantVersion: dominant };
  });
}

/** Days on which the dominant agent version changed. */
export function versionChanges(days: readonly DayBucket[]): Array<{ day: string; from: string | null; to: string }> {
  const out: Array<{ day: string; from: string | null; to: string }> = [];
  let prev: string | null = null;
  for (const d of days) {
    if (d.dominantVersion !== null && prev !== null && d.dominantVersion !== prev) {
      out.push({ day: d.day, from: prev, to: d.dominantVersion });
    }
    if (d.dominantVersion !== null) prev = d.dominantVersion;
  }
  return out;
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Finds change points in each daily metric with PELT (series standardised by its binomial standard
 * error, inflated by the estimated overdispersion, so one penalty fits every metric), then tests each segment boundary with a two-proportion test
 * (Bonferroni-corrected for the location search, then added to the dream's joint FDR family by the
 * caller) and matches it to version changes.
 */
export function mineChangePoints({
  days,
  outcomes,
  kernels,
}: {
  days: readonly DayBucket[];
  outcomes: Readonly<Record<DailyMetricName, Uint8Array>>;
  kernels: MineKernels;
}): ChangePoint[] {
  if (days.length < MIN_DAYS) return [];
  const versions = versionChanges(days);
  const result: ChangePoint[] = [];
  for (const metric of DAILY_METRICS) {
    const o = outcomes[metric];
    const xs = new Float64Array(days.length);
    const ns = new Float64Array(days.length);
    let X = 0;
    let N = 0;
    days.forEach((d, k) => {
      for (const i of d.sessions) {
        const v = o[i]!;
        if (v === 255) continue;
        ns[k]! += 1;
        xs[k]! += v;
      }
      X += xs[k]!;
      N += ns[k]!;
    });
    if (N === 0 || X === 0 || X === N) continue;
    const pBar = X / N;
    const series = new Float64Array(days.length);
    for (let k = 0; k < days.length; k++) {
      const n = ns[k]!;
      series[k] = n > 0 ? (xs[k]! / n - pBar) / Math.sqrt((pBar * (1 - pBar)) / n) : 0;
    }
    // Days are not independent binomial draws (the topic mix and traffic vary by day), so the series is
    // overdispersed: estimate φ = σ̂² from first differences (quasi-binomial), never below 1.
    const phi = Math.max(1, kernels.robustNoiseSigma(series) ** 2);
    const sd = Math.sqrt(phi);
    for (let k = 0; k < series.length; k++) series[k] = series[k]! / sd;
    const cps = kernels
      .changePoints({ series, penalty: BIC_PENALTY_PER_LN * Math.log(days.length) })
      .filter((c) => c > 0 && c < days.length)
      .sort((a, b) => a - b);
    const bounds = [0, ...cps, days.length];
    for (let b = 1; b < bounds.length - 1; b++) {
      const lo = bounds[b - 1]!;
      const cp = bounds[b]!;
      const hi = bounds[b + 1]!;
      let bx = 0;
      let bn = 0;
      let ax = 0;
      let an = 0;
      for (let k = lo; k < cp; k++) [bx, bn] = [bx + xs[k]!, bn + ns[k]!];
      for (let k = cp; k < hi; k++) [ax, an] = [ax + xs[k]!, an + ns[k]!];
      if (bn === 0 || an === 0) continue;
      const { z: rawZ } = kernels.twoProportion({ x1: ax, n1: an, x2: bx, n2: bn });
      const z = rawZ / sd;
      const rawP = kernels.normalTwoSidedP(z);
      // The boundary was chosen to maximise the contrast, so a naive p-value is optimistic: Bonferroni
      // over the days − 1 positions the search could have picked.
      const p = Math.min(1, rawP * (days.length - 1));
      const w = kernels.wilson(ax, an);
      const day = days[cp]!.day;
      const hits: number[] = [];
      for (let k = cp; k < hi && hits.length < MAX_HITS; k++) {
        for (const i of days[k]!.sessions) if (o[i] === 1 && hits.length < MAX_HITS) hits.push(i);
      }
      const before = bx / bn;
      const after = ax / an;
      let version: ChangePoint['version'] = null;
      for (const v of versions) {
        if (dayDistance(v.day, day) <= VERSION_MATCH_DAYS) version = v;
      }
      result.push({
        metric: metric,
        day,
        before,
        after,
        version,
        test: {
          family: `change_${metric}`,
          key: day,
          label: `${metric} from ${day}`,
          outcome: metric,
          x: ax,
          n: an,
          restX: bx,
          restN: bn,
          rate: after,
          restRate: before,
          ci: [w.lo, w.hi],
          ratio: before > 0 ? after / before : after > 0 ? Number.POSITIVE_INFINITY : 1,
          z,
          p: Number.isFinite(p) ? p : 1,
          q: 1,
          significant: false,
          hits,
        },
      });
    }
  }
  return result;
}
