/** @module analytics/text/community.test — kNN search, graph building, Louvain and exact-k graph clustering. */
import { describe, expect, it } from 'vitest';
import { clusterGraph, modularity } from './community.js';
import { classTfidf, labelFromTerms, wordNgramIds } from './ctfidf.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';
import type { WeightedGraph } from './graph.js';
import { graphFromKnn } from './graph.js';
import { exactKnn } from './knn.js';
import { approximateKnn } from './knn-ivf.js';
import { louvain } from './louvain.js';
import { adjustedRandIndex } from './metrics.js';
import { createRng } from './random.js';

/** Undirected graph from an edge list (unit weights). */
function graphOf(nodes: number, edges: Array<[number, number]>): WeightedGraph {
  const lists: number[][] = Array.from({ length: nodes }, () => []);
  for (const [a, b] of edges) {
    lists[a]!.push(b);
    lists[b]!.push(a);
  }
  const ptr = new Int32Array(nodes + 1);
  lists.forEach((l, i) => (ptr[i + 1] = ptr[i]! + l.length));
  return { nodes, ptr, adj: Int32Array.from(lists.flatMap((l) => l.sort((x, y) => x - y))), w: new Float64Array(ptr[nodes]!).fill(1) };
}

function cliques(count: number, size: number): { graph: WeightedGraph; truth: number[] } {
  const edges: Array<[number, number]> = [];
  const truth: number[] = [];
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < size; i++) {
      truth.push(c);
      for (let j = i + 1; j < size; j++) edges.push([c * size + i, c * size + j]);
    }
    // A single bridge to the next clique.
    if (c + 1 < count) edges.push([c * size, (c + 1) * size]);
  }
  return { graph: graphOf(count * size, edges), truth };
}

describe('kNN', () => {
  it('exact kNN finds the obvious neighbours by cosine', () => {
    const points = { rows: 4, cols: 2, data: Float64Array.of(1, 0, 0.9, 0.1, 0, 1, 0.1, 0.9) };
    const knn = exactKnn({ points, k: 1 });
    expect(Array.from(knn.indices)).toEqual([1, 0, 3, 2]);
  });
  it('approximate kNN (IVF) agrees with exact kNN on most neighbours', () => {
    const rng = createRng(3);
    const n = 2100;
    const d = 8;
    const data = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) data[i * d + j] = rng.gauss() + (j === i % d ? 4 : 0);
    const points = { rows: n, cols: d, data };
    const ex = exactKnn({ points, k: 5 });
    const ap = approximateKnn({ points, k: 5, seed: 0 });
    let hit = 0;
    for (let i = 0; i < n; i++) {
      const want = new Set(ex.indices.subarray(i * 5, i * 5 + 5));
      for (let t = 0; t < 5; t++) if (want.has(ap.indices[i * 5 + t]!)) hit++;
    }
    expect(hit / (n * 5)).toBeGreaterThan(0.8);
  });
  it('graphFromKnn symmetrises and sums mutual edges', () => {
    const knn = { rows: 3, k: 1, indices: Int32Array.of(1, 0, 0), similarities: Float32Array.of(0.5, 0.5, 0.25) };
    const g = graphFromKnn(knn);
    expect(Array.from(g.adj.subarray(g.ptr[0]!, g.ptr[1]!))).toEqual([1, 2]);
    expect(Array.from(g.w.subarray(g.ptr[0]!, g.ptr[1]!))).toEqual([1, 0.25]);
  });
});

describe('louvain and clusterGraph', () => {
  it('finds ring-of-cliques communities at resolution 1', () => {
    const { graph, truth } = cliques(4, 6);
    const labels = louvain({ graph, seed: 0 });
    expect(adjustedRandIndex(truth, labels)).toBe(1);
    expect(modularity(graph, labels)).toBeGreaterThan(0.6);
  });
  it('hits an exact requested k by resolution search and merging', () => {
    const { graph, truth } = cliques(6, 5);
    for (const k of [2, 3, 6]) expect(clusterGraph({ graph, k, seed: 0 }).k).toBe(k);
    expect(adjustedRandIndex(truth, clusterGraph({ graph, k: 6, seed: 0 }).labels)).toBe(1);
  });
  it('chooses k by modularity when k is absent, merging undersized communities', () => {
    const { graph } = cliques(5, 6);
    expect(clusterGraph({ graph, seed: 0 }).k).toBe(5);
    expect(clusterGraph({ graph, seed: 0, minSize: 12 }).k).toBeLessThanOrEqual(2);
  });
  it('handles a graph without edges', () => {
    const graph = graphOf(3, []);
    expect(clusterGraph({ graph, k: 2, seed: 0 }).k).toBe(2);
  });
});

describe('c-TF-IDF labels', () => {
  it('ranks terms distinctive of each cluster first', () => {
    const docs = [
      ['card', 'lost'],
      ['card', 'stolen'],
      ['card', 'lost'],
      ['refund', 'card'],
      ['refund', 'late'],
      ['refund', 'late'],
    ];
    const terms = classTfidf({ docs, labels: [0, 0, 0, 1, 1, 1], k: 2, minDf: 1, top: 2 });
    // Hand-computed: A = 6; lost 2/6·ln(1+6/2)=0.462 > card 3/6·ln(1+6/4)=0.458; refund 0.549 > late 0.462.
    expect(terms[0]).toEqual(['lost', 'card']);
    expect(terms[1]).toEqual(['refund', 'late']);
    expect(labelFromTerms(['card arrival', 'card', 'arrival', 'delivery'])).toBe('card arrival, delivery');
  });

  it('wordNgramIds: one id per distinct word or bigram, stop words dropped, names on demand', () => {
    const tokens = [['my', 'card', 'is', 'lost'], ['lost', 'card'], ['card', 'lost', 'stolen']];
    const { docs, vocabulary, name } = wordNgramIds({ tokens, stopWords: ENGLISH_STOP_WORDS });
    const texts = docs.map((d) => Array.from(d, name));
    expect(texts).toEqual([
      ['card', 'lost', 'card lost'],
      ['lost', 'card', 'lost card'],
      ['card', 'lost', 'stolen', 'card lost', 'lost stolen'],
    ]);
    expect(docs[2]![3]).toBe(docs[0]![2]);
    expect(vocabulary).toBe(6);
    // Thousands of distinct bigrams (the pair table grows several times) keep distinct, stable ids.
    const many = Array.from({ length: 3000 }, (_, i) => [`a${i % 97}`, `b${i}`]);
    const big = wordNgramIds({ tokens: [...many, ...many], stopWords: new Set() });
    for (let i = 0; i < many.length; i++) {
      expect(big.docs[i]![2]).toBe(big.docs[i + many.length]![2]);
      expect(big.name(big.docs[i]![2]!)).toBe(`a${i % 97} b${i}`);
    }
  });
});
