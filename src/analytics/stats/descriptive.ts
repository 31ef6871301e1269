/** @module analytics/stats/descriptive — mean, variance, quantiles, MAD and histograms on typed arrays. */

/** Numbers the kernels accept: typed arrays or plain arrays. */
export type NumericArray = ArrayLike<number>;

/** Scale that turns a MAD into a consistent estimate of σ for normal data: 1 / Φ⁻¹(3/4). */
export const MAD_NORMAL_CONSISTENCY = 1.482602218505602;

/** Copies into a sorted Float64Array (ascending; NaN sorts last and should be filtered by callers). */
export function sortedCopy(xs: NumericArray): Float64Array {
  const out = Float64Array.from(xs);
  out.sort();
  return out;
}

/** Arithmetic mean; `NaN` for an empty input. */
export function mean(xs: NumericArray): number {
  if (xs.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] as number;
  return sum / xs.length;
}

/**
 * Variance by Welford's one-pass update (numerically stable). Sample variance (n − 1) by default;
 * `{ population: true }` divides by n. `NaN` when there are too few values.
 * @example variance([2, 4, 4, 4, 5, 5, 7, 9], { population: true }) // 4
 */
export function variance(xs: NumericArray, opts: { population?: boolean } = {}): number {
  const n = xs.length;
  const dof = opts.population ? n : n - 1;
  if (n === 0 || dof <= 0) return Number.NaN;
  let m = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const d = x - m;
    m += d / (i + 1);
    m2 += d * (x - m);
  }
  return m2 / dof;
}

/** Standard deviation (sample by default, see {@link variance}). */
export function standardDeviation(xs: NumericArray, opts: { population?: boolean } = {}): number {
  return Math.sqrt(variance(xs, opts));
}

/**
 * Quantile of already-sorted data by linear interpolation between order statistics (Hyndman–Fan
 * type 7, the default of R and NumPy). `p` in [0, 1]; `NaN` for empty input.
 */
export function quantileSorted(sorted: NumericArray, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return Number.NaN;
  const clamped = Math.min(1, Math.max(0, p));
  const h = (n - 1) * clamped;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  const b = sorted[lo + 1] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Quantile of unsorted data (sorts a copy; use {@link quantiles} for several at once).
 * @example quantile(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantile(xs: NumericArray, p: number): number {
  return quantileSorted(sortedCopy(xs), p);
}

/** Several quantiles with one sort. */
export function quantiles(xs: NumericArray, ps: readonly number[]): Float64Array {
  const sorted = sortedCopy(xs);
  return Float64Array.from(ps, (p) => quantileSorted(sorted, p));
}

/** Median (the 0.5 quantile). */
export function median(xs: NumericArray): number {
  return quantile(xs, 0.5);
}

/**
 * Median absolute deviation around the median. Raw by default; `{ normalize: true }` multiplies by
 * {@link MAD_NORMAL_CONSISTENCY} so it estimates σ for normal data (a robust standard deviation).
 * @example medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]) // 1
 */
export function medianAbsoluteDeviation(xs: NumericArray, opts: { normalize?: boolean } = {}): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = sortedCopy(xs);
  const med = quantileSorted(sorted, 0.5);
  for (let i = 0; i < sorted.length; i++) sorted[i] = Math.abs((sorted[i] as number) - med);
  sorted.sort();
  const mad = quantileSorted(sorted, 0.5);
  return opts.normalize ? mad * MAD_NORMAL_CONSISTENCY : mad;
}

/** A histogram: `counts[i]` values fall in `[edges[i], edges[i + 1])`; the last bin is closed. */
export interface Histogram {
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
}

/**
 * Equal-width histogram. Default bin count is Sturges' rule `⌈log2 n⌉ + 1` (fine for the
 * near-normal, moderate-n series we plot); the range defaults to [min, max] of the data. Values outside
 * an explicit range and NaNs are ignored.
 * @example histogram([1, 2, 2, 3], { bins: 2 }) // edges [1, 2, 3], counts [1, 3]
 */
export function histogram(xs: NumericArray, opts: { bins?: number; min?: number; max?: number } = {}): Histogram {
  let lo = opts.min ?? Number.POSITIVE_INFINITY;
  let hi = opts.max ?? Number.NEGATIVE_INFINITY;
  if (opts.min === undefined || opts.max === undefined) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      if (Number.isNaN(x)) continue;
      if (opts.min === undefined && x < lo) lo = x;
      if (opts.max === undefined && x > hi) hi = x;
    }
  }
  const bins = Math.max(1, Math.floor(opts.bins ?? Math.ceil(Math.log2(Math.max(1, xs.length))) + 1));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { edges: new Float64Array(0), counts: new Uint32Array(0) };
  if (hi === lo) hi = lo + 1; // one distinct value: a unit-wide range keeps edges increasing
  const width = (hi - lo) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
  const counts = new Uint32Array(bins);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (!(x >= lo && x <= hi)) continue;
    const b = Math.min(bins - 1, Math.floor((x - lo) / width));
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return { edges, counts };
}

/** A one-call summary of a sample. */
export interface Summary {
  readonly count: number;
  readonly mean: number;
  readonly std: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Count, mean, sample std, min, p50, p95 and max in one sort. */
export function summarize(xs: NumericArray): Summary {
  const sorted = sortedCopy(xs);
  const n = sorted.length;
  return {
    count: n,
    mean: mean(sorted),
    std: standardDeviation(sorted),
    min: n > 0 ? (sorted[0] as number) : Number.NaN,
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    max: n > 0 ? (sorted[n - 1] as number) : Number.NaN,
  };
}
