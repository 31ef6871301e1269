/** @module analytics/stats/isolation-forest.test — planted outliers in Gaussian data score highest. */
import { describe, expect, it } from 'vitest';
import { IsolationForest, averagePathLength, flagAnomalies, isolationForestScores } from './isolation-forest.js';
import { SeededRng } from './random.js';

const ROWS = 2000;
const COLS = 5;
const OUTLIERS = [17, 400, 999, 1500, 1998];

function gaussianWithOutliers(seed: number): Float64Array {
  const rng = new SeededRng(seed);
  const data = new Float64Array(ROWS * COLS);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal() * (1 + (i % COLS)); // per-feature scales differ
  for (const r of OUTLIERS) {
    // 6σ away on three of the five features: far outside the bulk, yet normal on the other two.
    for (const k of [0, 1, 3]) {
      const f = (r + k) % COLS;
      data[r * COLS + f] = (k === 1 ? -6 : 6) * (1 + f);
    }
  }
  return data;
}

describe('isolation forest', () => {
  it('c(n) matches the paper', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    // c(256) = 2(ln 255 + γ) − 2·255/256 ≈ 10.2448
    expect(averagePathLength(256)).toBeCloseTo(10.2448, 3);
  });

  it('gives the planted outliers the top scores', () => {
    const data = gaussianWithOutliers(11);
    const scores = isolationForestScores({ data, rows: ROWS, cols: COLS, seed: 3 });
    expect(scores.length).toBe(ROWS);
    for (const s of scores) expect(s > 0 && s <= 1).toBe(true);
    const top = [...scores.keys()].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)).slice(0, OUTLIERS.length);
    expect(top.sort((a, b) => a - b)).toEqual(OUTLIERS);
    for (const r of OUTLIERS) expect(scores[r]).toBeGreaterThan(0.6);
    const median = [...scores].sort((a, b) => a - b)[ROWS / 2] ?? 1;
    expect(median).toBeLessThan(0.5);
  });

  it('is deterministic per seed', () => {
    const data = gaussianWithOutliers(2);
    const a = isolationForestScores({ data, rows: ROWS, cols: COLS, seed: 9, trees: 50 });
    const b = isolationForestScores({ data, rows: ROWS, cols: COLS, seed: 9, trees: 50 });
    const c = isolationForestScores({ data, rows: ROWS, cols: COLS, seed: 10, trees: 50 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('scores new rows with a fitted forest and rejects a wrong width', () => {
    const data = gaussianWithOutliers(5);
    const forest = IsolationForest.fit({ data, rows: ROWS, cols: COLS }, { seed: 1 });
    const probe = Float64Array.of(0, 0, 0, 0, 0, 50, 50, 50, 50, 50);
    const [inlier = 0, outlier = 0] = forest.score({ data: probe, rows: 2, cols: COLS });
    expect(outlier).toBeGreaterThan(inlier + 0.2);
    expect(() => forest.score({ data: probe, rows: 1, cols: 10 })).toThrow(RangeError);
  });

  it('handles constant and tiny inputs', () => {
    const constant = isolationForestScores({ data: new Float64Array(30).fill(1), rows: 10, cols: 3 });
    expect(new Set(constant).size).toBe(1);
    expect(isolationForestScores({ data: Float64Array.of(1, 2), rows: 1, cols: 2 }).length).toBe(1);
    expect(isolationForestScores({ data: new Float64Array(0), rows: 0, cols: 3 }).length).toBe(0);
    expect(() => isolationForestScores({ data: new Float64Array(5), rows: 2, cols: 3 })).toThrow(RangeError);
  });

  it('flags by contamination or threshold', () => {
    const data = gaussianWithOutliers(11);
    const scores = isolationForestScores({ data, rows: ROWS, cols: COLS, seed: 3 });
    const byShare = flagAnomalies({ scores, contamination: OUTLIERS.length / ROWS });
    expect([...byShare.indices].sort((a, b) => a - b)).toEqual(OUTLIERS);
    expect(byShare.flags.reduce((a, b) => a + b, 0)).toBe(OUTLIERS.length);
    const byThreshold = flagAnomalies({ scores });
    for (const r of OUTLIERS) expect(byThreshold.flags[r]).toBe(1);
    expect(byThreshold.indices.length).toBeLessThan(ROWS * 0.02);
    expect(() => flagAnomalies({ scores, contamination: 2 })).toThrow(RangeError);
  });
});
