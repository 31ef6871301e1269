/** @module analytics/stats/random.test — determinism, ranges and moments of the seeded PRNG. */
import { describe, expect, it } from 'vitest';
import { mean, variance } from './descriptive.js';
import { SeededRng, hashSeed } from './random.js';

describe('SeededRng', () => {
  it('is deterministic per seed, string seeds included', () => {
    const a = new SeededRng(42);
    const b = new SeededRng(42);
    const c = new SeededRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(new SeededRng('abc').next()).toBe(new SeededRng(hashSeed('abc')).next());
  });

  it('draws in range with the right moments', () => {
    const rng = new SeededRng(7);
    const u = Float64Array.from({ length: 100_000 }, () => rng.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(mean(u)).toBeCloseTo(0.5, 2);
    const z = Float64Array.from({ length: 100_000 }, () => rng.normal());
    expect(mean(z)).toBeCloseTo(0, 1);
    expect(variance(z)).toBeCloseTo(1, 1);
    for (let i = 0; i < 1000; i++) {
      const k = rng.intBetween(3, 5);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
  });

  it('weights, picks and shuffles', () => {
    const rng = new SeededRng(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const k = rng.weightedIndex([1, 0, 2]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeCloseTo(2, 0);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
