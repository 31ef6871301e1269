/** @module dreaming/mine/topics.test — sampling and term assignment around the clustering kernel. */
import { describe, expect, it } from 'vitest';
import type { PreparedSession } from '../preprocess.js';
import type { MineKernels, TopicClustering } from './kernels.js';
import { mineTopics, sampleIndices, TOPIC_SAMPLE_MAX } from './topics.js';

const session = (id: number, text: string): PreparedSession =>
  ({ id: `s${id}`, openingIndex: 0, messages: [{ role: 'user', text }] }) as unknown as PreparedSession;

/** A fake kernel: "refund" texts → cluster 0, everything else → cluster 1. */
const fakeCluster = ({ texts }: { texts: string[] }): TopicClustering => {
  const assignments = texts.map((t) => (t.includes('refund') ? 0 : 1));
  const members = (c: number): number[] => assignments.flatMap((a, i) => (a === c ? [i] : []));
  return {
    k: 2,
    assignments,
    clusters: [
      { id: 0, label: 'refund, money back', terms: ['refund', 'money back'], size: members(0).length, members: members(0), quotes: [texts[members(0)[0]!]!] },
      { id: 1, label: 'order, tracking', terms: ['order', 'tracking'], size: members(1).length, members: members(1), quotes: [] },
    ],
  };
};

describe('mineTopics', () => {
  it('clusters a sample and assigns the rest by cluster terms', () => {
    let calls = 0;
    const kernels = { clusterTexts: (a: { texts: string[] }) => (calls++, fakeCluster(a)) } as unknown as MineKernels;
    const n = TOPIC_SAMPLE_MAX + 500;
    const sessions = Array.from({ length: n }, (_, i) => session(i, i % 3 === 0 ? 'I want a refund please' : i % 3 === 1 ? 'Where is my order tracking?' : 'hello there'));
    const model = mineTopics({ sessions, pick: (s) => s.openingIndex, kernels, seed: 1 });
    expect(calls).toBe(1);
    expect(model.sampled).toBe(true);
    for (let i = 0; i < n; i++) {
      const a = model.assignment[i]!;
      if (i % 3 === 0) expect(a).toBe(0);
      else if (i % 3 === 1) expect(a).toBe(1);
    }
    const refund = model.topics.find((t) => t.id === 0)!;
    expect(refund.members.length).toBe(Math.ceil(n / 3));
    expect(refund.quotes[0]!.text).toBe('I want a refund please');
    expect(refund.quotes.length).toBe(3);
  });

  it('samples deterministically without repeats', () => {
    const a = sampleIndices(1000, 100, 7);
    expect(a).toEqual(sampleIndices(1000, 100, 7));
    expect(new Set(a).size).toBe(100);
    expect(a.every((x) => x >= 0 && x < 1000)).toBe(true);
  });
});
