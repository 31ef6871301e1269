/** @module analytics/stats/normal.test — erfc / Φ / Φ⁻¹ against published high-precision values. */
import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalQuantile, normalSurvival, twoSidedNormalP } from './normal.js';

/** Reference values (Abramowitz & Stegun tables; Wolfram Alpha to 16 digits). */
const ERFC_KNOWN: readonly (readonly [number, number])[] = [
  [0, 1],
  [0.1, 0.887537083981715],
  [0.5, 0.4795001221869535],
  [1, 0.157299207050285],
  [1.5, 0.0338948535246893],
  [2, 0.004677734981047266],
  [2.5, 0.000406952017444959],
  [3, 2.209049699858544e-5],
  [4, 1.541725790028002e-8],
  [5, 1.537459794428035e-12],
  [-1, 1.842700792949715],
];

describe('normal', () => {
  it('erfc matches published values to better than 1e-7 relative (in fact ~1e-14)', () => {
    for (const [x, want] of ERFC_KNOWN) {
      const got = erfc(x);
      expect(Math.abs(got - want) / want).toBeLessThan(1e-12);
    }
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
    expect(erfc(30)).toBe(0);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });

  it('erfc is continuous at the series / continued-fraction switch', () => {
    const left = erfc(2.5 - 1e-12);
    const right = erfc(2.5);
    expect(Math.abs(left - right) / right).toBeLessThan(1e-9);
  });

  it('normal CDF, survival and two-sided p', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalSurvival(6)).toBeCloseTo(9.865876450377e-10, 20);
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(-2.5758293035489)).toBeCloseTo(0.01, 12);
  });

  it('normal quantile inverts the CDF', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 11);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(normalQuantile(1.5))).toBe(true);
    for (const p of [0.001, 0.2, 0.7, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
  });
});
