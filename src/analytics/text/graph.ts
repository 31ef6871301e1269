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
  const { k, indices, similarities } = knn;
  const valid = (i: number, t: number): boolean => {
    const j = indices[i * k + t]!;
    return j >= 0 && j !== i && similarities[i * k + t]! > 0;
  };
  // Both directions of every kNN edge, bucketed by source node (counting sort), then merged per row.
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < nodes; i++) {
    for (let t = 0; t < k; t++) {
      if (!valid(i, t)) continue;
      start[i + 1]!++;
      start[indices[i * k + t]! + 1]!++;
    }
  }
  for (let i = 0; i < nodes; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodes);
  const tmpAdj = new Int32Array(start[nodes]!);
  const tmpW = new Float64Array(start[nodes]!);
  for (let i = 0; i < nodes; i++) {
    for (let t = 0; t < k; t++) {
      if (!valid(i, t)) continue;
      const j = indices[i * k + t]!;
      const s = similarities[i * k + t]!;
      let p = fill[i]!++;
      tmpAdj[p] = j;
      tmpW[p] = s;
      p = fill[j]!++;
      tmpAdj[p] = i;
      tmpW[p] = s;
    }
  }
  // Sort each row by neighbour (insertion sort: rows hold ~2k entries) and sum duplicates in place.
  const ptr = new Int32Array(nodes + 1);
  let out = 0;
  for (let i = 0; i < nodes; i++) {
    const lo = start[i]!;
    const hi = start[i + 1]!;
    for (let p = lo + 1; p < hi; p++) {
      const a = tmpAdj[p]!;
      const w = tmpW[p]!;
      let q = p - 1;
      while (q >= lo && tmpAdj[q]! > a) {
        tmpAdj[q + 1] = tmpAdj[q]!;
        tmpW[q + 1] = tmpW[q]!;
        q--;
      }
      tmpAdj[q + 1] = a;
      tmpW[q + 1] = w;
    }
    for (let p = lo; p < hi; p++) {
      if (out > ptr[i]! && tmpAdj[out - 1] === tmpAdj[p]) {
        tmpW[out - 1]! += tmpW[p]!;
      } else {
        tmpAdj[out] = tmpAdj[p]!;
        tmpW[out] = tmpW[p]!;
        out++;
      }
    }
    ptr[i + 1] = out;
  }
  return { nodes, ptr, adj: tmpAdj.slice(0, out), w: tmpW.slice(0, out) };
}
