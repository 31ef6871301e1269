/** @module analytics/text/louvain — Louvain community detection with a resolution parameter (Blondel et al. 2008). */
import type { WeightedGraph } from './graph.js';
import { createRng } from './random.js';

/** Hard cap on local-moving work per level, in node visits per node (convergence usually takes < 5). */
const MAX_PASSES = 50;
/** Hard cap on aggregation levels. */
const MAX_LEVELS = 20;

/** Options of {@link louvain}. */
export interface LouvainOptions {
  readonly graph: WeightedGraph;
  /** Modularity resolution γ: larger → more, smaller communities. Default 1. */
  readonly resolution?: number;
  readonly seed?: number;
}

interface Level {
  readonly n: number;
  readonly ptr: Int32Array;
  readonly adj: Int32Array;
  readonly w: Float64Array;
  /** Weighted degree, self-loops (internal weight of aggregated nodes) included. */
  readonly deg: Float64Array;
}

/**
 * Louvain modularity optimisation (local moving in seeded random order + aggregation) with resolution γ.
 * Returns a community id per node, ids 0..c-1 numbered by decreasing size.
 * @example
 * const communities = louvain({ graph, resolution: 1.2, seed: 0 });
 */
export function louvain({ graph, resolution = 1, seed = 0 }: LouvainOptions): Int32Array {
  const rng = createRng(seed);
  const deg0 = new Float64Array(graph.nodes);
  for (let i = 0; i < graph.nodes; i++) {
    for (let p = graph.ptr[i]!; p < graph.ptr[i + 1]!; p++) deg0[i]! += graph.w[p]!;
  }
  let level: Level = { n: graph.nodes, ptr: graph.ptr, adj: graph.adj, w: graph.w, deg: deg0 };
  let total = 0;
  for (const d of deg0) total += d;
  const membership = iota(graph.nodes);
  if (total === 0) return relabelBySize(membership);
  for (let depth = 0; depth < MAX_LEVELS; depth++) {
    const { comm, moved } = localMoving({ level, total, resolution, rng });
    if (!moved) break;
    const { relabeled, count } = compact(comm);
    for (let i = 0; i < membership.length; i++) membership[i] = relabeled[membership[i]!]!;
    if (count === level.n) break;
    level = aggregate(level, relabeled, count);
  }
  return relabelBySize(membership);
}

function localMoving({
  level,
  total,
  resolution,
  rng,
}: {
  level: Level;
  total: number;
  resolution: number;
  rng: ReturnType<typeof createRng>;
}): { comm: Int32Array; moved: boolean } {
  const { n, ptr, adj, w, deg } = level;
  const comm = iota(n);
  const tot = Float64Array.from(deg);
  const neighW = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = iota(n);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const scale = resolution / total;
  let movedAny = false;
  // Fast local moving (Traag, Waltman & van Eck 2019, as in Leiden): a FIFO queue starts with every node
  // in random order; after a node moves, only its neighbours outside its new community are queued again.
  // Nodes whose surroundings did not change are not revisited, unlike full sweeps.
  const queue = order;
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  let visits = 0;
  const maxVisits = MAX_PASSES * n;
  while (size > 0 && visits < maxVisits) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    visits++;
    const ci = comm[i]!;
    const di = deg[i]!;
    let nt = 0;
    for (let p = ptr[i]!; p < ptr[i + 1]!; p++) {
      const c = comm[adj[p]!]!;
      if (neighW[c] === 0) touched[nt++] = c;
      neighW[c]! += w[p]!;
    }
    tot[ci]! -= di;
    let best = ci;
    let bestGain = neighW[ci]! - tot[ci]! * di * scale;
    for (let t = 0; t < nt; t++) {
      const c = touched[t]!;
      const gain = neighW[c]! - tot[c]! * di * scale;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    for (let t = 0; t < nt; t++) neighW[touched[t]!] = 0;
    tot[best]! += di;
    if (best === ci) continue;
    comm[i] = best;
    movedAny = true;
    for (let p = ptr[i]!; p < ptr[i + 1]!; p++) {
      const j = adj[p]!;
      if (queued[j] || comm[j] === best) continue;
      queued[j] = 1;
      const tail = head + size;
      queue[tail >= n ? tail - n : tail] = j;
      size++;
    }
  }
  return { comm, moved: movedAny };
}

/** 0, 1, …, n−1 (a plain loop: `Int32Array.from` with a map function takes V8's slow generic path, ~10×). */
function iota(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function compact(comm: Int32Array): { relabeled: Int32Array; count: number } {
  const map = new Int32Array(comm.length).fill(-1);
  let count = 0;
  const relabeled = new Int32Array(comm.length);
  for (let i = 0; i < comm.length; i++) {
    const c = comm[i]!;
    if (map[c] === -1) map[c] = count++;
    relabeled[i] = map[c]!;
  }
  return { relabeled, count };
}

function aggregate(level: Level, comm: Int32Array, count: number): Level {
  const { n } = level;
  const deg = new Float64Array(count);
  // Nodes grouped by community (counting sort, ascending within each), so each community's edges are summed
  // in the same order as one pass over the nodes, and its neighbours listed in order of first appearance.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[comm[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const byComm = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) byComm[fill[comm[i]!]!++] = i;
  const slot = new Int32Array(count).fill(-1);
  const ptr = new Int32Array(count + 1);
  const adj = new Int32Array(level.adj.length);
  const w = new Float64Array(adj.length);
  let m = 0;
  for (let ci = 0; ci < count; ci++) {
    const first = m;
    for (let x = start[ci]!; x < start[ci + 1]!; x++) {
      const i = byComm[x]!;
      deg[ci]! += level.deg[i]!;
      for (let p = level.ptr[i]!; p < level.ptr[i + 1]!; p++) {
        const cj = comm[level.adj[p]!]!;
        if (cj === ci) continue;
        if (slot[cj]! < first) {
          slot[cj] = m;
          adj[m] = cj;
          w[m++] = level.w[p]!;
        } else {
          w[slot[cj]!]! += level.w[p]!;
        }
      }
    }
    ptr[ci + 1] = m;
  }
  return { n: count, ptr, adj: adj.slice(0, m), w: w.slice(0, m), deg };
}

/** Renumbers labels (non-negative ids) 0..c-1 by decreasing community size (ties: first occurrence). */
export function relabelBySize(labels: Int32Array): Int32Array {
  let max = -1;
  for (const l of labels) {
    if (l < 0) throw new RangeError(`labels must be non-negative ids, got ${l}`);
    if (l > max) max = l;
  }
  const sizes = new Int32Array(max + 1);
  const seen: number[] = [];
  for (const l of labels) if (sizes[l]!++ === 0) seen.push(l);
  // Stable sort: equal sizes keep their first-occurrence order.
  seen.sort((a, b) => sizes[b]! - sizes[a]!);
  const map = new Int32Array(max + 1);
  seen.forEach((l, i) => (map[l] = i));
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) out[i] = map[labels[i]!]!;
  return out;
}
