/** @module analytics/text/metrics.test — NMI, ARI, accuracy and Hungarian against known values. */
import { describe, expect, it } from 'vitest';
import { hungarian } from './hungarian.js';
import { adjustedRandIndex, clusteringAccuracy, nmi } from './metrics.js';
import { createRng } from './random.js';

describe('nmi (arithmetic normalisation, as scikit-learn)', () => {
  it('is 1 for identical labelings up to renaming', () => {
    expect(nmi([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 12);
    expect(nmi(['a', 'a', 'b'], [7, 7, 3])).toBeCloseTo(1, 12);
  });
  it('is 0 for independent labelings and one-cluster vs all-singletons', () => {
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
    expect(nmi([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });
  it('matches a hand-computed value: refining one class of two gives 0.8', () => {
    // MI = ln 2; H(U) = ln 2; H(V) = 1.5 ln 2 → NMI = ln2 / (1.25 ln 2) = 0.8 (sklearn: 0.8).
    expect(nmi([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 12);
  });
});

describe('adjustedRandIndex', () => {
  it('matches scikit-learn documented examples', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714285715, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });
});

describe('clusteringAccuracy', () => {
  it('maps clusters to classes one-to-one before counting', () => {
    expect(clusteringAccuracy(['x', 'x', 'y', 'y'], [5, 5, 2, 2])).toBe(1);
    expect(clusteringAccuracy([0, 0, 0, 1, 1, 1], [1, 1, 0, 0, 0, 0])).toBeCloseTo(5 / 6, 12);
    // Two clusters cannot both map to class 0: surplus clusters count as errors.
    expect(clusteringAccuracy([0, 0, 0, 0], [0, 0, 1, 1])).toBe(0.5);
  });
});

describe('hungarian', () => {
  it('finds the optimal assignment (checked by brute force on random 5×5 costs)', () => {
    const rng = createRng(4);
    const perms = (xs: number[]): number[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    for (let trial = 0; trial < 5; trial++) {
      const cost = Float64Array.from({ length: 25 }, () => Math.round(rng.next() * 100));
      const best = Math.min(...perms([0, 1, 2, 3, 4]).map((p) => p.reduce((s, c, r) => s + cost[r * 5 + c]!, 0)));
      const match = hungarian({ n: 5, cost });
      expect(new Set(match).size).toBe(5);
      expect(Array.from(match).reduce((s, c, r) => s + cost[r * 5 + c]!, 0)).toBe(best);
    }
  });
});
