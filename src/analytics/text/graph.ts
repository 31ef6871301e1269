/** @module analytics/text/graph — weighted undirected graphs in CSR form, built from kNN lists. */
import type { KnnResult } from './knn.js';

/** An undirected weighted graph: node i's edges are `adj[ptr[i] .. ptr[i+1])` with weights `w`. */
export interface WeightedGraph {
  readonly nodes: number;
  readonly ptr: Int32Array;
  readonly adj: Int32Array;
  readonly w: Float64Array;
}

/**
 * Symmetrises a kNN list into a graph: edge weight max(sim, 0) summed over both directions, so mutual
 * neighbours weigh double (the "shared" evidence). Similarities ≤ 0 are dropped.
 * @example
 * const g = graphFromKnn(exactKnn({ points, k: 15 }));
 */
export function graphFromKnn(knn: KnnResult): WeightedGraph {
  const nodes = knn.rows;
  const maps: Map<number, number>[] = Array.from({ length: nodes }, () => new Map());
  for (let i = 0; i < nodes; i++) {
    for (let t = 0; t < knn.k; t++) {
      const j = knn.indices[i * knn.k + t]!;
      const s = knn.similarities[i * knn.k + t]!;
      if (j < 0 || j === i || !(s > 0)) continue;
      maps[i]!.set(j, (maps[i]!.get(j) ?? 0) + s);
      maps[j]!.set(i, (maps[j]!.get(i) ?? 0) + s);
    }
  }
  const ptr = new Int32Array(nodes + 1);
  maps.forEach((m, i) => (ptr[i + 1] = ptr[i]! + m.size));
  const adj = new Int32Array(ptr[nodes] ?? 0);
  const w = new Float64Array(adj.length);
  maps.forEach((m, i) => {
    let p = ptr[i]!;
    for (const [j, v] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
      adj[p] = j;
      w[p] = v;
      p++;
    }
  });
  return { nodes, ptr, adj, w };
}
