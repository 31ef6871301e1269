/** @module analytics/stats/wilson.test — Wilson interval, z-test and BH against worked examples. */
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, twoProportionZTest, wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  it('matches the published 81/263 example', () => {
    // 81 successes in 263 trials at 95%: [0.2553, 0.3662] (Wikipedia, "Binomial proportion confidence interval").
    const ci = wilsonInterval({ successes: 81, trials: 263 });
    expect(ci.lower).toBeCloseTo(0.2553, 4);
    expect(ci.upper).toBeCloseTo(0.3662, 4);
    expect(ci.estimate).toBeCloseTo(81 / 263, 12);
  });

  it('recomputes the formula by hand at 90%', () => {
    const z = 1.6448536269514722;
    const [s, n] = [7, 20];
    const p = s / n;
    const denom = 1 + (z * z) / n;
    const center = (p + (z * z) / (2 * n)) / denom;
    const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    const ci = wilsonInterval({ successes: s, trials: n, confidence: 0.9 });
    expect(ci.lower).toBeCloseTo(center - half, 12);
    expect(ci.upper).toBeCloseTo(center + half, 12);
  });

  it('handles the edges', () => {
    expect(wilsonInterval({ successes: 0, trials: 10 }).lower).toBe(0);
    expect(wilsonInterval({ successes: 0, trials: 10 }).upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval({ successes: 10, trials: 10 }).upper).toBe(1);
    const empty = wilsonInterval({ successes: 0, trials: 0 });
    expect([empty.lower, empty.upper]).toEqual([0, 1]);
    expect(() => wilsonInterval({ successes: 5, trials: 3 })).toThrow(RangeError);
    expect(() => wilsonInterval({ successes: 1, trials: 3, confidence: 95 })).toThrow(RangeError);
  });
});

describe('twoProportionZTest', () => {
  it('computes the pooled z and two-sided p', () => {
    // 30/100 vs 15/100: pooled 0.225, SE = √(0.225·0.775·0.02) = 0.059055, z = 2.5400, p = 0.01109.
    const r = twoProportionZTest({ successes1: 30, trials1: 100, successes2: 15, trials2: 100 });
    expect(r.pooled).toBeCloseTo(0.225, 12);
    expect(r.z).toBeCloseTo(2.54, 4);
    expect(r.pValue).toBeCloseTo(0.011085, 5);
    const flipped = twoProportionZTest({ successes1: 15, trials1: 100, successes2: 30, trials2: 100 });
    expect(flipped.z).toBeCloseTo(-r.z, 12);
    expect(flipped.pValue).toBeCloseTo(r.pValue, 14);
  });

  it('returns p = 1 when there is no variance or no data', () => {
    expect(twoProportionZTest({ successes1: 0, trials1: 50, successes2: 0, trials2: 40 }).pValue).toBe(1);
    expect(twoProportionZTest({ successes1: 0, trials1: 0, successes2: 3, trials2: 40 }).pValue).toBe(1);
  });
});

describe('benjaminiHochberg', () => {
  // Benjamini & Hochberg (1995), section 4: 15 p-values; at q = 0.05 BH rejects the 4 smallest.
  const P = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];

  it('reproduces the worked example of the original paper', () => {
    const r = benjaminiHochberg(P, 0.05);
    expect(r.rejectedCount).toBe(4);
    expect(r.rejected.slice(0, 5)).toEqual([true, true, true, true, false]);
    expect(r.threshold).toBe(0.0095);
  });

  it('adjusted values equal R p.adjust(p, "BH")', () => {
    const q = benjaminiHochberg(P).qValues;
    const want = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, (0.0298 * 15) / 7, (0.0298 * 15) / 7, 0.0645, 0.0765, 0.486, 0.58118181818, 0.714875, 0.75323076923, 0.81321428571, 1];
    want.forEach((w, i) => expect(q[i]).toBeCloseTo(w, 9));
  });

  it('keeps input order and ignores NaN', () => {
    const r = benjaminiHochberg([0.04, Number.NaN, 0.01, 0.03, 0.2], 0.05);
    expect(r.rejected).toEqual([false, false, true, false, false]);
    expect(Number.isNaN(r.qValues[1] ?? 0)).toBe(true);
    expect(r.qValues[2]).toBeCloseTo(0.04, 12);
    expect(benjaminiHochberg([]).rejectedCount).toBe(0);
  });
});
