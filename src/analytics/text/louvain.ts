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
  const membership = Int32Array.from({ length: graph.nodes }, (_, i) => i);
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
  const comm = Int32Array.from({ length: n }, (_, i) => i);
  const tot = Float64Array.from(deg);
  const neighW = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
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
      queue[(head + size) % n] = j;
      size++;
    }
  }
  return { comm, moved: movedAny };
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
  const deg = new Float64Array(count);
  const maps: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let i = 0; i < level.n; i++) {
    const ci = comm[i]!;
    deg[ci]! += level.deg[i]!;
    const m = maps[ci]!;
    for (let p = level.ptr[i]!; p < level.ptr[i + 1]!; p++) {
      const cj = comm[level.adj[p]!]!;
      if (cj !== ci) m.set(cj, (m.get(cj) ?? 0) + level.w[p]!);
    }
  }
  const ptr = new Int32Array(count + 1);
  maps.forEach((m, i) => (ptr[i + 1] = ptr[i]! + m.size));
  const adj = new Int32Array(ptr[count]!);
  const w = new Float64Array(adj.length);
  maps.forEach((m, i) => {
    let p = ptr[i]!;
    for (const [j, v] of m) {
      adj[p] = j;
      w[p++] = v;
    }
  });
  return { n: count, ptr, adj, w, deg };
}

/** Renumbers labels 0..c-1 by decreasing community size (ties: first occurrence). */
export function relabelBySize(labels: Int32Array): Int32Array {
  const sizes = new Map<number, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const map = new Map(order.map((l, i) => [l, i]));
  return Int32Array.from(labels, (l) => map.get(l)!);
}
