/** @module dreaming/mine/change-points.test — a version drop is found on its day; a flat series is not. */
import { describe, expect, it } from 'vitest';
import { defaultKernels } from '../pipeline-kernels.js';
import type { PreparedSession } from '../preprocess.js';
import { adjustAll } from './compare.js';
import { bucketByDay, mineChangePoints } from './change-points.js';

function sessions(dropDay: number | null): { list: PreparedSession[]; unresolved: Uint8Array } {
  const list: PreparedSession[] = [];
  const bad: number[] = [];
  let s = 3;
  const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let d = 0; d < 30; d++) {
    for (let k = 0; k < 80; k++) {
      const after = dropDay !== null && d >= dropDay;
      list.push({ day: `2026-01-${String(d + 1).padStart(2, '0')}`, agentVersion: after ? '4' : '3' } as PreparedSession);
      bad.push(rnd() < (after ? 0.45 : 0.25) ? 1 : 0);
    }
  }
  return { list, unresolved: Uint8Array.from(bad) };
}

describe('mineChangePoints', () => {
  const kernels = defaultKernels({ secret: 's' }).mine;
  it('finds a drop on the version-change day and attributes it', () => {
    const { list, unresolved } = sessions(17);
    const cps = mineChangePoints({ days: bucketByDay(list), outcomes: { unresolved_rate: unresolved, escalation_rate: new Uint8Array(list.length), slow_share: new Uint8Array(list.length) }, kernels });
    adjustAll(cps.map((c) => c.test), kernels);
    const sig = cps.filter((c) => c.test.significant);
    expect(sig).toHaveLength(1);
    expect(Math.abs(Date.parse(sig[0]!.day) - Date.parse('2026-01-18')) / 86_400_000).toBeLessThanOrEqual(1);
    expect(sig[0]!.version).toMatchObject({ from: '3', to: '4', day: '2026-01-18' });
  });

  it('reports no significant change in a flat series', () => {
    const { list, unresolved } = sessions(null);
    const cps = mineChangePoints({ days: bucketByDay(list), outcomes: { unresolved_rate: unresolved, escalation_rate: new Uint8Array(list.length), slow_share: new Uint8Array(list.length) }, kernels });
    adjustAll(cps.map((c) => c.test), kernels);
    expect(cps.filter((c) => c.test.significant)).toEqual([]);
  });
});
