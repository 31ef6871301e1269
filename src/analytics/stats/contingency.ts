/** @module analytics/stats/contingency — 2×2 tables: Fisher's exact test, chi-square, and an automatic chooser. */
import { erfc } from './normal.js';
import { twoProportionZTest } from './wilson.js';

/** Exact ln(n!) is tabulated below this n; Stirling's series (error < 1e-16 relative) above. */
const LOG_FACTORIAL_TABLE_SIZE = 1024;
/** R's relative tolerance when collecting "as or more extreme" tables in the two-sided Fisher test. */
const FISHER_RELATIVE_TOLERANCE = 1e-7;
/** Cochran's rule: the chi-square / z approximation needs every expected count ≥ 5. */
const MIN_EXPECTED_FOR_APPROXIMATION = 5;

let logFactorialTable: Float64Array | undefined;

/** ln(n!) for a non-negative integer n. */
export function logFactorial(n: number): number {
  if (n < 0 || !Number.isInteger(n)) throw new RangeError(`logFactorial needs a non-negative integer, got ${n}`);
  if (n < LOG_FACTORIAL_TABLE_SIZE) {
    if (!logFactorialTable) {
      logFactorialTable = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
      for (let i = 2; i < LOG_FACTORIAL_TABLE_SIZE; i++) logFactorialTable[i] = (logFactorialTable[i - 1] as number) + Math.log(i);
    }
    return logFactorialTable[n] as number;
  }
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/** A 2×2 table `[[a, b], [c, d]]` — rows are groups, columns are success / failure. */
export interface Table2x2 {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/** Which alternative hypothesis a test uses; `greater` means the odds ratio ad/bc > 1. */
export type Alternative = 'two-sided' | 'less' | 'greater';

/** Result of {@link fisherExactTest}. */
export interface FisherResult {
  readonly pValue: number;
  /** Sample odds ratio ad/bc (Infinity or NaN for zero cells). */
  readonly oddsRatio: number;
  readonly alternative: Alternative;
}

function checkTable({ a, b, c, d }: Table2x2): void {
  for (const v of [a, b, c, d]) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`table cells must be non-negative integers, got ${v}`);
  }
}

/**
 * Fisher's exact test on a 2×2 table, conditioning on the margins (hypergeometric). The two-sided
 * p-value sums the probabilities of all tables no more likely than the observed one, as R's
 * `fisher.test` does. Cost is linear in the smaller margin.
 * @example fisherExactTest({ a: 3, b: 1, c: 1, d: 3 }).pValue // 0.4857 (Fisher's tea tasting)
 */
export function fisherExactTest(table: Table2x2 & { alternative?: Alternative }): FisherResult {
  checkTable(table);
  const { a, b, c, d, alternative = 'two-sided' } = table;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const n = r1 + r2;
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  const constant = logFactorial(r1) + logFactorial(r2) + logFactorial(c1) + logFactorial(n - c1) - logFactorial(n);
  const logP = (x: number): number =>
    constant - logFactorial(x) - logFactorial(r1 - x) - logFactorial(c1 - x) - logFactorial(r2 - c1 + x);
  const oddsRatio = (a * d) / (b * c);
  let p = 0;
  if (alternative === 'greater') for (let x = a; x <= hi; x++) p += Math.exp(logP(x));
  else if (alternative === 'less') for (let x = lo; x <= a; x++) p += Math.exp(logP(x));
  else {
    const observed = logP(a) + Math.log1p(FISHER_RELATIVE_TOLERANCE);
    for (let x = lo; x <= hi; x++) {
      const lp = logP(x);
      if (lp <= observed) p += Math.exp(lp);
    }
  }
  return { pValue: Math.min(1, p), oddsRatio, alternative };
}

/** Result of {@link chiSquare2x2}. */
export interface ChiSquareResult {
  readonly statistic: number;
  readonly df: 1;
  readonly pValue: number;
  /** Smallest expected cell count; below 5 the approximation is poor. */
  readonly minExpected: number;
}

/**
 * Pearson's chi-square test of independence on a 2×2 table (1 degree of freedom, p = erfc(√(χ²/2))),
 * with optional Yates continuity correction. Without correction χ² equals z² of the pooled
 * two-proportion z-test.
 * @example chiSquare2x2({ a: 10, b: 20, c: 30, d: 40 }).statistic // 0.7937
 */
export function chiSquare2x2(table: Table2x2 & { yates?: boolean }): ChiSquareResult {
  checkTable(table);
  const { a, b, c, d, yates = false } = table;
  const n = a + b + c + d;
  const cells: readonly (readonly [number, number, number])[] = [
    [a, a + b, a + c],
    [b, a + b, b + d],
    [c, c + d, a + c],
    [d, c + d, b + d],
  ]; // [observed, row total, column total]
  let statistic = 0;
  let minExpected = Number.POSITIVE_INFINITY;
  for (const [observed, row, col] of cells) {
    const expected = (row * col) / n;
    minExpected = Math.min(minExpected, expected);
    if (!(expected > 0)) continue;
    const diff = Math.abs(observed - expected);
    const adj = yates ? Math.max(0, diff - 0.5) : diff;
    statistic += (adj * adj) / expected;
  }
  // An empty row or column leaves nothing to test.
  if (n === 0 || !(minExpected > 0)) return { statistic: 0, df: 1, pValue: 1, minExpected: n === 0 ? 0 : minExpected };
  return { statistic, df: 1, pValue: Math.min(1, erfc(Math.sqrt(statistic / 2))), minExpected };
}

/** Result of {@link compareProportions}. */
export interface ProportionComparison {
  readonly method: 'z-test' | 'fisher-exact';
  readonly p1: number;
  readonly p2: number;
  readonly difference: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

/**
 * Compares two proportions with the right test for the counts: the pooled z-test when every expected
 * cell count is ≥ 5, Fisher's exact test otherwise (small or lopsided samples).
 * @example compareProportions({ successes1: 2, trials1: 9, successes2: 12, trials2: 14 }).method // 'fisher-exact'
 */
export function compareProportions(args: {
  successes1: number;
  trials1: number;
  successes2: number;
  trials2: number;
}): ProportionComparison {
  const { successes1, trials1, successes2, trials2 } = args;
  const z = twoProportionZTest(args);
  const n = trials1 + trials2;
  const successes = successes1 + successes2;
  const minExpected = n === 0 ? 0 : (Math.min(trials1, trials2) * Math.min(successes, n - successes)) / n;
  if (minExpected >= MIN_EXPECTED_FOR_APPROXIMATION) {
    return { method: 'z-test', p1: z.p1, p2: z.p2, difference: z.difference, pValue: z.pValue };
  }
  const fisher = fisherExactTest({ a: successes1, b: trials1 - successes1, c: successes2, d: trials2 - successes2 });
  return { method: 'fisher-exact', p1: z.p1, p2: z.p2, difference: z.difference, pValue: fisher.pValue };
}
