/** @module dreaming/mine/compare.test — group tests: significance, effect size, joint FDR. */
import { describe, expect, it } from 'vitest';
import { defaultKernels } from '../pipeline-kernels.js';
import { adjustAll, cohenH, compareGroups } from './compare.js';

const kernels = defaultKernels({ secret: 's' }).mine;

describe('compareGroups + adjustAll', () => {
  it('flags a large, significant difference and not noise or tiny effects', () => {
    const n = 4000;
    const outcome = new Uint8Array(n);
    // Group A (0..399): 40% events; everyone else: 10%; group B (400..799) same as the rest.
    for (let i = 0; i < n; i++) outcome[i] = i < 400 ? (i % 5 < 2 ? 1 : 0) : i % 10 === 0 ? 1 : 0;
    const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);
    const tests = compareGroups({
      family: 'f',
      outcome,
      outcomeName: 'escalated',
      groups: [
        { key: 'A', label: 'A', members: range(0, 400) },
        { key: 'B', label: 'B', members: range(400, 800) },
        { key: 'tiny', label: 'tiny', members: range(800, 810) },
      ],
      kernels,
    });
    expect(tests.map((t) => t.key)).toEqual(['A', 'B']); // groups under 20 sessions are not tested
    adjustAll(tests, kernels);
    expect(tests[0]).toMatchObject({ significant: true, x: 160, n: 400 });
    expect(tests[0]!.ratio).toBeGreaterThan(3);
    expect(tests[1]!.significant).toBe(false);
  });

  it('ignores unknown outcomes (255) on both sides', () => {
    const outcome = new Uint8Array(100).fill(255);
    for (let i = 0; i < 50; i++) outcome[i] = i % 2;
    const [t] = compareGroups({ family: 'f', outcome, outcomeName: 'x', groups: [{ key: 'g', label: 'g', members: Array.from({ length: 25 }, (_, i) => i) }], kernels });
    expect(t).toMatchObject({ n: 25, restN: 25 });
  });

  it("uses Cohen's h as the effect size", () => {
    expect(cohenH(0.5, 0.5)).toBe(0);
    expect(cohenH(0.476, 0.335)).toBeGreaterThan(0.2);
    expect(cohenH(0.09, 0.06)).toBeLessThan(0.2);
  });
});
