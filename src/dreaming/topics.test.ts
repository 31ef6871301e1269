/** @module dreaming/topics.test — clusterTexts recovers synthetic topics, is deterministic, survives tiny inputs. */
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, createRng } from '../analytics/text/index.js';
import { clusterTexts } from './topics.js';

const TOPICS: ReadonlyArray<{ subjects: string[]; asks: string[] }> = [
  {
    subjects: ['my new card', 'the card you sent', 'my replacement card', 'the debit card'],
    asks: ['has not arrived yet', 'is still not delivered', 'never came in the post', 'delivery is taking weeks'],
  },
  {
    subjects: ['the refund', 'my money back', 'a reimbursement', 'the returned purchase'],
    asks: ['is missing from my account', 'has not been credited', 'never showed up', 'is still pending after days'],
  },
  {
    subjects: ['my password', 'the login code', 'my PIN', 'the two-factor code'],
    asks: ['does not work anymore', 'was rejected at login', 'is locked after three tries', 'needs to be reset'],
  },
  {
    subjects: ['the exchange rate', 'the currency conversion', 'the foreign transaction fee', 'the euro rate'],
    asks: ['looks too high', 'seems wrong on my statement', 'was more than expected', 'is not what the app showed'],
  },
];

function corpus(perTopic: number, seed: number): { texts: string[]; truth: number[] } {
  const rng = createRng(seed);
  const openers = ['', 'Hi, ', 'Hello, ', 'Please help: ', 'Why '];
  const texts: string[] = [];
  const truth: number[] = [];
  for (let i = 0; i < perTopic * TOPICS.length; i++) {
    const t = i % TOPICS.length;
    const topic = TOPICS[t]!;
    const s = topic.subjects[rng.int(topic.subjects.length)]!;
    const a = topic.asks[rng.int(topic.asks.length)]!;
    texts.push(`${openers[rng.int(openers.length)]}${s} ${a}`);
    truth.push(t);
  }
  return { texts, truth };
}

describe('clusterTexts', () => {
  const { texts, truth } = corpus(30, 1);

  it('recovers four synthetic topics when k is given', () => {
    const res = clusterTexts({ texts, k: 4, seed: 0 });
    expect(res.k).toBe(4);
    expect(adjustedRandIndex(truth, res.assignments)).toBeGreaterThan(0.9);
    expect(res.clusters.map((c) => c.size).reduce((a, b) => a + b, 0)).toBe(texts.length);
    for (const c of res.clusters) {
      expect(c.terms.length).toBeGreaterThan(0);
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.quotes.length).toBeGreaterThan(0);
      expect(c.members.every((m) => res.assignments[m] === c.id)).toBe(true);
      for (const q of c.quotes) expect(c.members.map((m) => texts[m]!.trim())).toContain(q);
    }
    // Sizes are sorted, ids follow.
    expect(res.clusters.map((c) => c.id)).toEqual([0, 1, 2, 3]);
  });

  it('labels a topic with its distinctive words', () => {
    const res = clusterTexts({ texts, k: 4, seed: 0 });
    const refundCluster = res.clusters.find((c) => c.members.includes(truth.indexOf(1)))!;
    expect(refundCluster.terms.join(' ')).toMatch(/refund|reimbursement|money|credited|purchase/);
  });

  it('chooses k by a stated criterion when k is absent', () => {
    const res = clusterTexts({ texts, seed: 0 });
    expect(res.k).toBeGreaterThanOrEqual(3);
    expect(res.k).toBeLessThanOrEqual(6);
    expect(res.criterion).toMatch(/modularity/);
    expect(adjustedRandIndex(truth, res.assignments)).toBeGreaterThan(0.7);
  });

  it('is deterministic for a seed, for both methods', () => {
    for (const method of ['graph', 'kmeans'] as const) {
      const a = clusterTexts({ texts, k: 4, seed: 3, method });
      const b = clusterTexts({ texts, k: 4, seed: 3, method });
      expect(b).toEqual(a);
    }
  });

  it('k-means fast path also recovers the topics', () => {
    const res = clusterTexts({ texts, k: 4, seed: 0, method: 'kmeans' });
    // Plain k-means is the weaker method (the reason the graph method is the default): a looser bound.
    expect(adjustedRandIndex(truth, res.assignments)).toBeGreaterThan(0.5);
  });

  it('handles 0, 1, 2 and 5 texts', () => {
    expect(clusterTexts({ texts: [] })).toEqual({ clusters: [], assignments: [], k: 0, criterion: 'no texts' });
    const one = clusterTexts({ texts: ['where is my card'] });
    expect(one.k).toBe(1);
    expect(one.clusters[0]!.members).toEqual([0]);
    expect(one.clusters[0]!.quotes).toEqual(['where is my card']);
    const two = clusterTexts({ texts: ['where is my card', 'refund please'], k: 2 });
    expect(two.k).toBe(2);
    expect(new Set(two.assignments).size).toBe(2);
    expect(clusterTexts({ texts: ['a', 'b'] }).assignments.length).toBe(2);
    const five = clusterTexts({
      texts: ['card not arrived', 'my card has not arrived', 'refund missing', 'where is my refund', ''],
      k: 2,
    });
    expect(five.k).toBe(2);
    expect(five.assignments[0]).toBe(five.assignments[1]);
    expect(five.assignments[2]).toBe(five.assignments[3]);
    expect(five.assignments[0]).not.toBe(five.assignments[2]);
    const auto5 = clusterTexts({ texts: ['x y', 'x y', 'x y', 'z', ''] });
    expect(auto5.assignments.length).toBe(5);
    expect(auto5.k).toBeGreaterThanOrEqual(1);
  });

  it('caps k at the number of texts', () => {
    const res = clusterTexts({ texts: ['a b', 'c d', 'e f'], k: 10 });
    expect(res.k).toBe(3);
  });
});
