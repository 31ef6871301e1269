/** @module analytics/text/kmeans.test — k-means++ on separable blobs, determinism, edge cases. */
import { describe, expect, it } from 'vitest';
import { kmeans } from './kmeans.js';
import { adjustedRandIndex } from './metrics.js';
import { createRng } from './random.js';

function blobs(seed: number): { points: { rows: number; cols: number; data: Float64Array }; truth: number[] } {
  const rng = createRng(seed);
  const centers = [
    [0, 0, 0],
    [10, 0, 0],
    [0, 10, 0],
    [0, 0, 10],
  ];
  const truth: number[] = [];
  const data: number[] = [];
  for (let i = 0; i < 200; i++) {
    const c = i % 4;
    truth.push(c);
    for (const x of centers[c]!) data.push(x + rng.gauss() * 0.5);
  }
  return { points: { rows: 200, cols: 3, data: Float64Array.from(data) }, truth };
}

describe('kmeans', () => {
  it('recovers four well-separated Gaussian blobs exactly', () => {
    const { points, truth } = blobs(1);
    const res = kmeans({ points, k: 4, seed: 0 });
    expect(adjustedRandIndex(truth, res.labels)).toBe(1);
    expect(res.centers.rows).toBe(4);
    // Inertia ≈ n · d · σ² = 200 · 3 · 0.25.
    expect(res.inertia).toBeGreaterThan(100);
    expect(res.inertia).toBeLessThan(200);
  });
  it('is deterministic for a seed, with random or k-means++ starts', () => {
    const { points } = blobs(2);
    for (const init of ['k-means++', 'random'] as const) {
      const a = kmeans({ points, k: 3, seed: 9, init });
      const b = kmeans({ points, k: 3, seed: 9, init });
      expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    }
  });
  it('caps k at the number of points and handles duplicates', () => {
    const points = { rows: 3, cols: 1, data: Float64Array.of(1, 1, 1) };
    const res = kmeans({ points, k: 5, seed: 0 });
    expect(res.labels.length).toBe(3);
    expect(res.inertia).toBe(0);
  });
  it('starts from given centers', () => {
    const points = { rows: 4, cols: 1, data: Float64Array.of(0, 0.1, 5, 5.1) };
    const res = kmeans({ points, k: 2, initialCenters: { rows: 2, cols: 1, data: Float64Array.of(5, 0) } });
    expect(Array.from(res.labels)).toEqual([1, 1, 0, 0]);
  });
});
