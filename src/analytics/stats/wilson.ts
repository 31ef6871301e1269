/** @module analytics/stats/wilson — proportion statistics: Wilson interval, two-proportion z-test, Benjamini–Hochberg. */
import { normalQuantile, twoSidedNormalP } from './normal.js';

/** Default confidence level of intervals. */
export const DEFAULT_CONFIDENCE = 0.95;
/** Default false-discovery rate of {@link benjaminiHochberg}. */
export const DEFAULT_FDR = 0.05;

/** A proportion's point estimate and Wilson score interval. */
export interface ProportionInterval {
  /** successes / trials (NaN when trials = 0). */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** Centre of the Wilson interval (shrunk towards 1/2). */
  readonly center: number;
  readonly confidence: number;
}

function checkCounts(successes: number, trials: number): void {
  if (!(trials >= 0) || !(successes >= 0) || successes > trials) {
    throw new RangeError(`need 0 ≤ successes ≤ trials, got ${successes}/${trials}`);
  }
}

/**
 * Wilson score interval for a binomial proportion — well-behaved at small n and near 0 or 1, unlike the
 * Wald interval. With no trials the interval is the whole [0, 1].
 * @example wilsonInterval({ successes: 81, trials: 263 }) // { lower: 0.2553, upper: 0.3662, … }
 */
export function wilsonInterval({
  successes,
  trials,
  confidence = DEFAULT_CONFIDENCE,
}: {
  successes: number;
  trials: number;
  confidence?: number;
}): ProportionInterval {
  checkCounts(successes, trials);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (trials === 0) return { estimate: Number.NaN, lower: 0, upper: 1, center: 0.5, confidence };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = successes / trials;
  const denom = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  // Clamp rounding noise: the exact bounds are 0 at p = 0 and 1 at p = 1.
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, center - half),
    upper: successes === trials ? 1 : Math.min(1, center + half),
    center,
    confidence,
  };
}

/** Result of {@link twoProportionZTest}. */
export interface TwoProportionResult {
  readonly p1: number;
  readonly p2: number;
  /** p1 − p2. */
  readonly difference: number;
  /** Pooled proportion under H0: p1 = p2. */
  readonly pooled: number;
  readonly z: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

/**
 * Pooled two-proportion z-test of H0: p1 = p2 (two-sided). Appropriate when every expected cell count
 * is ≥ 5; otherwise use `fisherExactTest` (see `compareProportions`). Degenerate input (a group with no
 * trials, or no variance at all) gives z = 0 and p = 1.
 * @example twoProportionZTest({ successes1: 30, trials1: 100, successes2: 15, trials2: 100 }).pValue // ≈ 0.0111
 */
export function twoProportionZTest({
  successes1,
  trials1,
  successes2,
  trials2,
}: {
  successes1: number;
  trials1: number;
  successes2: number;
  trials2: number;
}): TwoProportionResult {
  checkCounts(successes1, trials1);
  checkCounts(successes2, trials2);
  const p1 = trials1 > 0 ? successes1 / trials1 : Number.NaN;
  const p2 = trials2 > 0 ? successes2 / trials2 : Number.NaN;
  const total = trials1 + trials2;
  const pooled = total > 0 ? (successes1 + successes2) / total : Number.NaN;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  if (!(se > 0) || !Number.isFinite(se)) return { p1, p2, difference: p1 - p2, pooled, z: 0, pValue: 1 };
  const z = (p1 - p2) / se;
  return { p1, p2, difference: p1 - p2, pooled, z, pValue: twoSidedNormalP(z) };
}

/** Result of {@link benjaminiHochberg}, in the input order. */
export interface FdrResult {
  /** BH-adjusted p-values (q-values), as R's `p.adjust(p, "BH")`. */
  readonly qValues: Float64Array;
  /** `rejected[i]` ⇔ hypothesis i is a discovery at level q. */
  readonly rejected: boolean[];
  /** Number of discoveries. */
  readonly rejectedCount: number;
  /** Largest raw p-value rejected (0 when none). */
  readonly threshold: number;
}

/**
 * Benjamini–Hochberg step-up procedure controlling the false-discovery rate at `q` for independent (or
 * positively dependent) tests. NaN p-values are never rejected and get q = NaN; they do not count in m.
 * @example benjaminiHochberg([0.01, 0.04, 0.03, 0.2], 0.05).rejected // [true, false, false, false]
 */
export function benjaminiHochberg(pValues: ArrayLike<number>, q: number = DEFAULT_FDR): FdrResult {
  const n = pValues.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(pValues[i] as number)) order.push(i);
  order.sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const m = order.length;
  const qValues = new Float64Array(n).fill(Number.NaN);
  const rejected = new Array<boolean>(n).fill(false);
  // Step-up: q_(i) = min over j ≥ i of p_(j)·m/j, capped at 1.
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const idx = order[rank - 1] as number;
    running = Math.min(running, ((pValues[idx] as number) * m) / rank);
    qValues[idx] = running;
  }
  let rejectedCount = 0;
  let threshold = 0;
  for (let rank = 1; rank <= m; rank++) {
    const idx = order[rank - 1] as number;
    if ((qValues[idx] as number) <= q) {
      rejected[idx] = true;
      rejectedCount++;
      threshold = Math.max(threshold, pValues[idx] as number);
    }
  }
  return { qValues, rejected, rejectedCount, threshold };
}
