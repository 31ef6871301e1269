/** @module analytics/stats/descriptive.test — known answers (R / NumPy type-7 quantiles). */
import { describe, expect, it } from 'vitest';
import {
  histogram, mean, median, medianAbsoluteDeviation, quantile, quantiles, standardDeviation, summarize,
  variance,
} from './descriptive.js';

describe('descriptive', () => {
  it('mean and variance', () => {
    const xs = Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9);
    expect(mean(xs)).toBe(5);
    expect(variance(xs, { population: true })).toBeCloseTo(4, 12);
    expect(variance(xs)).toBeCloseTo(32 / 7, 12);
    expect(standardDeviation(xs, { population: true })).toBeCloseTo(2, 12);
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(variance([1]))).toBe(true);
  });

  it('variance is stable with a large offset', () => {
    const xs = Float64Array.from([4, 7, 13, 16], (x) => x + 1e9);
    expect(variance(xs)).toBeCloseTo(30, 6);
  });

  it('quantiles match R type 7', () => {
    // R: quantile(1:10, c(.5, .95, .25)) -> 5.5, 9.55, 3.25
    const xs = Float64Array.from({ length: 10 }, (_, i) => 10 - i);
    const q = quantiles(xs, [0.5, 0.95, 0.25, 0, 1]);
    expect(q[0]).toBeCloseTo(5.5, 12);
    expect(q[1]).toBeCloseTo(9.55, 12);
    expect(q[2]).toBeCloseTo(3.25, 12);
    expect(q[3]).toBe(1);
    expect(q[4]).toBe(10);
    expect(quantile([3], 0.9)).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('median absolute deviation', () => {
    // Wikipedia example: {1,1,2,2,4,6,9} has median 2 and MAD 1.
    expect(medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    expect(medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9], { normalize: true })).toBeCloseTo(1.4826, 4);
  });

  it('histogram bins values with a closed last bin', () => {
    const h = histogram([1, 2, 2, 3], { bins: 2 });
    expect([...h.edges]).toEqual([1, 2, 3]);
    expect([...h.counts]).toEqual([1, 3]);
    const sturges = histogram(Float64Array.from({ length: 100 }, (_, i) => i));
    expect(sturges.counts.length).toBe(8);
    expect(sturges.counts.reduce((a, b) => a + b, 0)).toBe(100);
    const constant = histogram([5, 5, 5], { bins: 3 });
    expect(constant.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(histogram([]).counts.length).toBe(0);
  });

  it('summarize', () => {
    const s = summarize(Float64Array.from({ length: 101 }, (_, i) => i));
    expect(s).toMatchObject({ count: 101, mean: 50, min: 0, p50: 50, p95: 95, max: 100 });
  });
});
