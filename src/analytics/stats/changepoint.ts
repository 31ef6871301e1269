/** @module analytics/stats/changepoint — change points in a series: PELT (exact, pruned) and binary segmentation. */
import { MAD_NORMAL_CONSISTENCY, mean, medianAbsoluteDeviation, variance } from './descriptive.js';

/** What changes between segments. */
export type ChangeModel = 'mean' | 'meanvar';

/** Default minimum segment lengths: a mean needs 2 points to not chase single outliers; a variance needs 3. */
const DEFAULT_MIN_SEGMENT: Readonly<Record<ChangeModel, number>> = { mean: 2, meanvar: 3 };
/** BIC-like penalty factors per change point: (free parameters per segment + 1 for the location) · log n. */
const BIC_FACTOR: Readonly<Record<ChangeModel, number>> = { mean: 2, meanvar: 3 };
/** Stricter factors ("mbic" here): one more log n per change; cuts false alarms on short series ~5×. */
const STRICT_FACTOR: Readonly<Record<ChangeModel, number>> = { mean: 3, meanvar: 4 };

/** A named penalty rule or an explicit cost per change point. */
export type PenaltyRule = 'bic' | 'mbic' | number;
/** Variance floor relative to the series' scale, so a constant segment's log-variance stays finite. */
const RELATIVE_VARIANCE_FLOOR = 1e-9;
/** Absolute floor for σ² when the series is exactly constant. */
const ABSOLUTE_VARIANCE_FLOOR = 1e-12;

/** Options shared by {@link pelt} and {@link binarySegmentation}. */
export interface ChangePointOptions {
  readonly series: ArrayLike<number>;
  /** `mean` (default): shifts in level; `meanvar`: shifts in level and/or spread. */
  readonly model?: ChangeModel;
  /**
   * Cost added per change point: a number, `'bic'` (default, see {@link defaultPenalty}) or `'mbic'`
   * (one more log n per change; recommended for short series such as 30 daily values).
   */
  readonly penalty?: PenaltyRule;
  /** Minimum points per segment. */
  readonly minSegment?: number;
}

/** A segment `[start, end)` of the series with its fitted parameters. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly mean: number;
  readonly variance: number;
}

/** Result of a change-point search. */
export interface ChangePointResult {
  /** Indices where a new segment starts (the change lies between `i − 1` and `i`), ascending. */
  readonly changePoints: number[];
  readonly segments: Segment[];
  /** The penalty that was used. */
  readonly penalty: number;
  /** Robust noise σ estimate (MAD of first differences / √2). */
  readonly sigma: number;
}

/**
 * Robust noise scale: σ̂ = 1.4826 · MAD(xᵢ₊₁ − xᵢ) / √2. Differencing removes the level, so a few shifts
 * barely move it (each shift spoils one difference), and the MAD ignores outliers. For i.i.d. noise the
 * difference of two points has variance 2σ², hence the √2.
 */
export function robustNoiseSigma(series: ArrayLike<number>): number {
  const n = series.length;
  if (n < 3) return 0;
  const diffs = new Float64Array(n - 1);
  for (let i = 1; i < n; i++) diffs[i - 1] = (series[i] as number) - (series[i - 1] as number);
  const sigma = (medianAbsoluteDeviation(diffs) * MAD_NORMAL_CONSISTENCY) / Math.SQRT2;
  // Heavily discretised data (e.g. integer counts) can give MAD = 0; fall back to the plain estimate.
  return sigma > 0 ? sigma : Math.sqrt(Math.max(0, variance(diffs) / 2));
}

/**
 * Default penalty: BIC-like. For `mean`, `2 · log(n) · σ̂²` (costs are squared errors, so the
 * Gaussian BIC's 2·log n is scaled by the noise variance, estimated robustly by {@link robustNoiseSigma});
 * for `meanvar`, costs are −2·log-likelihoods and the penalty is `3 · log(n)`.
 */
export function defaultPenalty({
  series,
  model = 'mean',
  rule = 'bic',
}: {
  series: ArrayLike<number>;
  model?: ChangeModel;
  rule?: 'bic' | 'mbic';
}): number {
  const n = Math.max(2, series.length);
  const factor = (rule === 'mbic' ? STRICT_FACTOR : BIC_FACTOR)[model];
  if (model === 'meanvar') return factor * Math.log(n);
  const sigma = robustNoiseSigma(series);
  return factor * Math.log(n) * Math.max(sigma * sigma, varianceFloor(series));
}

function varianceFloor(series: ArrayLike<number>): number {
  let sq = 0;
  for (let i = 0; i < series.length; i++) sq += (series[i] as number) ** 2;
  return Math.max(ABSOLUTE_VARIANCE_FLOOR, (RELATIVE_VARIANCE_FLOOR * sq) / Math.max(1, series.length));
}

/** Prefix sums so any segment's cost is O(1). */
interface Prefix {
  readonly s1: Float64Array;
  readonly s2: Float64Array;
  readonly floor: number;
  readonly model: ChangeModel;
}

function prefixSums(series: ArrayLike<number>, model: ChangeModel): Prefix {
  const n = series.length;
  // Centre first: prefix sums of squares lose precision when the mean is large relative to the spread.
  let centre = 0;
  for (let i = 0; i < n; i++) centre += series[i] as number;
  centre = n > 0 ? centre / n : 0;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = (series[i] as number) - centre;
    s1[i + 1] = (s1[i] as number) + x;
    s2[i + 1] = (s2[i] as number) + x * x;
  }
  return { s1, s2, floor: varianceFloor(series), model };
}

/** Cost of segment [a, b): squared error (mean) or n·log σ̂² (meanvar, the −2·log-likelihood up to constants). */
function segmentCost(p: Prefix, a: number, b: number): number {
  const n = b - a;
  const sum = (p.s1[b] as number) - (p.s1[a] as number);
  const sq = (p.s2[b] as number) - (p.s2[a] as number);
  const sse = Math.max(0, sq - (sum * sum) / n);
  if (p.model === 'mean') return sse;
  return n * Math.log(Math.max(sse / n, p.floor));
}

function describeSegments(series: ArrayLike<number>, changePoints: readonly number[]): Segment[] {
  const bounds = [0, ...changePoints, series.length];
  const values = Float64Array.from(series);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k] as number;
    const end = bounds[k + 1] as number;
    const slice = values.subarray(start, end);
    out.push({ start, end, mean: mean(slice), variance: slice.length > 1 ? variance(slice, { population: true }) : 0 });
  }
  return out;
}

function resolveOptions(opts: ChangePointOptions): { model: ChangeModel; penalty: number; minSegment: number } {
  const model = opts.model ?? 'mean';
  const rule = opts.penalty ?? 'bic';
  const penalty = typeof rule === 'number' ? rule : defaultPenalty({ series: opts.series, model, rule });
  const minSegment = Math.max(1, Math.floor(opts.minSegment ?? DEFAULT_MIN_SEGMENT[model]));
  if (!(penalty >= 0)) throw new RangeError(`penalty must be ≥ 0, got ${penalty}`);
  // NaN / ±Infinity would silently poison every prefix sum after them; fail loudly instead.
  for (let i = 0; i < opts.series.length; i++) {
    if (!Number.isFinite(opts.series[i])) throw new RangeError(`series[${i}] is not a finite number`);
  }
  return { model, penalty, minSegment };
}

/**
 * PELT (Killick, Fearnhead & Eckley 2012): the exact minimiser of Σ segment cost + penalty · #changes,
 * in near-linear time thanks to pruning (valid here with K = 0, since splitting a segment never raises
 * its cost).
 * @example pelt({ series: dailyResolutionRate }).changePoints // e.g. [18]
 */
export function pelt(opts: ChangePointOptions): ChangePointResult {
  const { series } = opts;
  const { model, penalty, minSegment } = resolveOptions(opts);
  const n = series.length;
  const sigma = robustNoiseSigma(series);
  if (n < 2 * minSegment) return { changePoints: [], segments: describeSegments(series, []), penalty, sigma };
  const p = prefixSums(series, model);
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const last = new Int32Array(n + 1).fill(-1);
  best[0] = -penalty;
  const candidates: number[] = [];
  const costs = new Float64Array(n + 1);
  for (let t = minSegment; t <= n; t++) {
    const fresh = t - minSegment;
    if (fresh === 0 || fresh >= minSegment) candidates.push(fresh);
    let bestCost = Number.POSITIVE_INFINITY;
    let bestTau = 0;
    for (let k = 0; k < candidates.length; k++) {
      const tau = candidates[k] as number;
      const c = (best[tau] as number) + segmentCost(p, tau, t);
      costs[k] = c;
      if (c + penalty < bestCost) {
        bestCost = c + penalty;
        bestTau = tau;
      }
    }
    best[t] = bestCost;
    last[t] = bestTau;
    // Prune every τ that can never be optimal again: F(τ) + C(τ, t) > F(t). Compacts in place.
    let kept = 0;
    for (let k = 0; k < candidates.length; k++) {
      if ((costs[k] as number) <= bestCost) candidates[kept++] = candidates[k] as number;
    }
    candidates.length = kept;
  }
  const changePoints: number[] = [];
  for (let t = last[n] as number; t > 0; t = last[t] as number) changePoints.push(t);
  changePoints.reverse();
  return { changePoints, segments: describeSegments(series, changePoints), penalty, sigma };
}

/**
 * Binary segmentation: split where the cost drops most, keep the split if the drop beats the penalty,
 * recurse on both halves. Approximate but simple and O(n log n); a fallback when PELT's exactness is not
 * needed or `maxChangePoints` must cap the answer.
 * @example binarySegmentation({ series, maxChangePoints: 3 }).changePoints
 */
export function binarySegmentation(opts: ChangePointOptions & { maxChangePoints?: number }): ChangePointResult {
  const { series } = opts;
  const { model, penalty, minSegment } = resolveOptions(opts);
  const maxChanges = opts.maxChangePoints ?? Number.POSITIVE_INFINITY;
  const sigma = robustNoiseSigma(series);
  const p = prefixSums(series, model);
  const found: number[] = [];
  // Greedy: always split the segment with the largest gain next, so a cap keeps the strongest changes.
  const queue: { start: number; end: number; at: number; gain: number }[] = [];
  const consider = (start: number, end: number): void => {
    if (end - start < 2 * minSegment) return;
    const whole = segmentCost(p, start, end);
    let bestGain = Number.NEGATIVE_INFINITY;
    let bestAt = -1;
    for (let s = start + minSegment; s <= end - minSegment; s++) {
      const gain = whole - segmentCost(p, start, s) - segmentCost(p, s, end);
      if (gain > bestGain) {
        bestGain = gain;
        bestAt = s;
      }
    }
    if (bestAt > 0 && bestGain > penalty) queue.push({ start, end, at: bestAt, gain: bestGain });
  };
  consider(0, series.length);
  while (queue.length > 0 && found.length < maxChanges) {
    queue.sort((a, b) => b.gain - a.gain);
    const next = queue.shift();
    if (!next) break;
    found.push(next.at);
    consider(next.start, next.at);
    consider(next.at, next.end);
  }
  found.sort((a, b) => a - b);
  return { changePoints: found, segments: describeSegments(series, found), penalty, sigma };
}
