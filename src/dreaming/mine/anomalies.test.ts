/** @module dreaming/mine/anomalies.test — planted extremes are flagged, ordinary rows are not. */
import { describe, expect, it } from 'vitest';
import { defaultKernels } from '../pipeline-kernels.js';
import { FEATURE_INDEX, FEATURE_NAMES, type FeatureMatrix } from '../preprocess-features.js';
import { mineAnomalies, normalQuantile } from './anomalies.js';

describe('mineAnomalies', () => {
  it('flags a huge latency, a tool-error storm and a very long session among 3,000 ordinary ones', () => {
    const rows = 3000;
    const cols = FEATURE_NAMES.length;
    const data = new Float64Array(rows * cols);
    let s = 7;
    const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    for (let i = 0; i < rows; i++) {
      const set = (f: keyof typeof FEATURE_INDEX, v: number): void => void (data[i * cols + FEATURE_INDEX[f]] = v);
      const turns = 6 + Math.floor(rnd() * 8);
      set('turns', turns);
      set('user_tokens', turns * (4 + rnd() * 4));
      set('assistant_tokens', turns * (6 + rnd() * 6));
      const lat = 600 + rnd() * 600 + (i % 8 === 0 ? 2000 : 0); // a peak-hour mode
      set('latency_p50_ms', lat);
      set('latency_p95_ms', lat * 1.5);
      set('tool_calls', Math.floor(rnd() * 3));
      set('tool_errors', rnd() < 0.05 ? 1 : 0);
    }
    const put = (i: number, f: keyof typeof FEATURE_INDEX, v: number): void => void (data[i * cols + FEATURE_INDEX[f]] = v);
    put(10, 'latency_p50_ms', 45_000);
    put(10, 'latency_p95_ms', 90_000);
    put(20, 'tool_calls', 15);
    put(20, 'tool_errors', 14);
    put(30, 'turns', 140);
    put(30, 'user_tokens', 900);
    put(30, 'assistant_tokens', 1500);
    const features: FeatureMatrix = { data, rows, cols, names: FEATURE_NAMES };
    const r = mineAnomalies({ features, kernels: defaultKernels({ secret: 's' }).mine, seed: 1 });
    const flagged = r.anomalies.map((a) => a.session).sort((a, b) => a - b);
    expect(flagged).toEqual(expect.arrayContaining([10, 20, 30]));
    expect(flagged.length).toBeLessThanOrEqual(5);
    expect(r.anomalies.find((a) => a.session === 10)!.reasons[0]!.feature).toMatch(/latency/);
  });

  it('computes normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753, 2);
  });
});
