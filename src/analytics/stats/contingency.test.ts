/** @module analytics/stats/contingency.test — Fisher / chi-square against R's fisher.test and chisq.test. */
import { describe, expect, it } from 'vitest';
import { chiSquare2x2, compareProportions, fisherExactTest, logFactorial } from './contingency.js';
import { twoProportionZTest } from './wilson.js';

describe('contingency', () => {
  it('logFactorial is exact in the table and continuous into Stirling', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 12);
    let sum = 0;
    for (let i = 2; i <= 1100; i++) sum += Math.log(i);
    expect(Math.abs(logFactorial(1100) - sum) / sum).toBeLessThan(1e-13);
  });

  it("Fisher's exact test: the lady tasting tea", () => {
    // R: fisher.test(matrix(c(3,1,1,3), 2)) → p = 0.4857; alternative "greater" → 0.2429.
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3 }).pValue).toBeCloseTo(0.4857142857, 9);
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3, alternative: 'greater' }).pValue).toBeCloseTo(0.2428571429, 9);
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3, alternative: 'less' }).pValue).toBeCloseTo(0.9857142857, 9);
  });

  it("Fisher's exact test: Wikipedia's dieting example", () => {
    // [[1, 9], [11, 3]]: two-sided p = 0.002759.
    const r = fisherExactTest({ a: 1, b: 9, c: 11, d: 3 });
    expect(r.pValue).toBeCloseTo(0.0027594562, 9);
    expect(r.oddsRatio).toBeCloseTo(3 / 99, 12);
    expect(fisherExactTest({ a: 0, b: 5, c: 0, d: 5 }).pValue).toBe(1);
  });

  it('chi-square equals z² and matches chisq.test with Yates', () => {
    const t = { a: 10, b: 20, c: 30, d: 40 };
    const chi = chiSquare2x2(t);
    const z = twoProportionZTest({ successes1: 10, trials1: 30, successes2: 30, trials2: 70 }).z;
    expect(chi.statistic).toBeCloseTo(z * z, 12);
    expect(chi.statistic).toBeCloseTo(0.7936508, 7);
    expect(chi.pValue).toBeCloseTo(0.3729985, 7);
    // R: chisq.test(matrix(c(10,30,20,40), 2)) → X-squared = 0.44643, p = 0.504.
    const yates = chiSquare2x2({ ...t, yates: true });
    expect(yates.statistic).toBeCloseTo(0.4464286, 7);
    expect(yates.pValue).toBeCloseTo(0.5040, 4);
    expect(chi.minExpected).toBe(12);
  });

  it('compareProportions picks Fisher for small counts and z otherwise', () => {
    // 2/9 vs 12/14: the smallest expected cell is 9·(9/23) ≈ 3.5 < 5.
    const small = compareProportions({ successes1: 2, trials1: 9, successes2: 12, trials2: 14 });
    expect(small.method).toBe('fisher-exact');
    expect(small.pValue).toBe(fisherExactTest({ a: 2, b: 7, c: 12, d: 2 }).pValue);
    expect(small.pValue).toBeLessThan(0.01);
    const big = compareProportions({ successes1: 30, trials1: 100, successes2: 15, trials2: 100 });
    expect(big.method).toBe('z-test');
    expect(big.pValue).toBeCloseTo(0.011085, 5);
  });
});
