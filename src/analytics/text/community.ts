/** @module analytics/text/community — graph clustering to a requested (or modularity-chosen) number of clusters. */
import type { WeightedGraph } from './graph.js';
import { louvain, relabelBySize } from './louvain.js';

/** Resolution searches start here: γ = 1 is classic modularity. */
const START_RESOLUTION = 1;
/**
 * Assumed growth of the community count with γ before two runs have measured it: count ∝ γ^0.5. Modularity's
 * resolution limit (Fortunato & Barthélemy 2007) makes the smallest resolvable community's internal weight
 * scale like √(m/γ), so the number of communities grows roughly like √γ.
 */
const DEFAULT_COUNT_EXPONENT = 0.5;
/** Measured exponents are clamped to this range (Louvain counts are noisy between nearby resolutions). */
const MIN_COUNT_EXPONENT = 0.2;
const MAX_COUNT_EXPONENT = 2;
/** One step changes γ by at most this factor while the target is not bracketed. */
const MAX_STEP_FACTOR = 8;
/** Inside a bracket the next γ stays this far (as a fraction of the log-interval) from either end. */
const BRACKET_MARGIN = 0.1;
/** Smallest step while the target is not bracketed, so a flat stretch of counts cannot stall the search. */
const MIN_STEP_FACTOR = 1.25;
/** Louvain runs allowed for the resolution search (bracketing + interpolation); each costs ~O(edges). */
const MAX_SEARCH_RUNS = 10;
/** Accept a resolution whose community count exceeds k by at most this fraction; merges close the gap. */
const COUNT_SLACK = 0.1;

/** A resolution tried and the number of communities it gave. */
interface SearchPoint {
  readonly gamma: number;
  readonly count: number;
}

/**
 * Next resolution to try, assuming count ∝ γ^α: inside a bracket, log-log interpolation between its ends
 * (kept away from the ends); outside, a step from the last point with α measured from the last two runs
 * (or the default), limited to a factor of 8 and moving at least ×1.25 the right way.
 */
function nextResolution({
  lo,
  hi,
  last,
  previous,
  aim,
}: {
  lo: SearchPoint | undefined;
  hi: SearchPoint | undefined;
  last: SearchPoint;
  previous: SearchPoint | undefined;
  aim: number;
}): number {
  const logCount = (c: number): number => Math.log(Math.max(c, 1));
  if (lo && hi) {
    const a = Math.log(lo.gamma);
    const b = Math.log(hi.gamma);
    const span = logCount(hi.count) - logCount(lo.count);
    let t = span > 0 ? (Math.log(aim) - logCount(lo.count)) / span : 0.5;
    t = Math.min(1 - BRACKET_MARGIN, Math.max(BRACKET_MARGIN, t));
    return Math.exp(a + t * (b - a));
  }
  let alpha = DEFAULT_COUNT_EXPONENT;
  if (previous && previous.count !== last.count && previous.gamma !== last.gamma) {
    alpha = (logCount(last.count) - logCount(previous.count)) / (Math.log(last.gamma) - Math.log(previous.gamma));
    alpha = Math.min(MAX_COUNT_EXPONENT, Math.max(MIN_COUNT_EXPONENT, alpha));
  }
  const up = !hi; // below target so far: raise γ
  let factor = Math.exp((Math.log(aim) - logCount(last.count)) / alpha);
  factor = up
    ? Math.min(MAX_STEP_FACTOR, Math.max(MIN_STEP_FACTOR, factor))
    : Math.max(1 / MAX_STEP_FACTOR, Math.min(1 / MIN_STEP_FACTOR, factor));
  return last.gamma * factor;
}

/** Number of distinct ids in a 0-based labelling (max + 1). */
function countIds(labels: Int32Array): number {
  let m = -1;
  for (const l of labels) if (l > m) m = l;
  return m + 1;
}

/** Added to the merge score of pairs with an undersized member so they always go first. */
const UNDERSIZED_PRIORITY = 1e12;

/** Options of {@link clusterGraph}. */
export interface ClusterGraphOptions {
  readonly graph: WeightedGraph;
  /** Wanted number of clusters; when absent, modularity at γ = 1 decides. */
  readonly k?: number;
  readonly seed?: number;
  /** Communities smaller than this are merged into their best-connected neighbour (default 1: none). */
  readonly minSize?: number;
}

/** Result of {@link clusterGraph}. */
export interface GraphClustering {
  /** Cluster id per node, 0..k-1 by decreasing size. */
  readonly labels: Int32Array;
  readonly k: number;
  /** Resolution γ of the Louvain run the clusters came from. */
  readonly resolution: number;
  /** Modularity of the final partition at γ = 1. */
  readonly modularity: number;
}

/**
 * Louvain communities with the resolution searched (bracket, then bisection on log γ) for the fewest
 * communities ≥ k, then greedy modularity-gain merges (Clauset–Newman–Moore style) down to exactly k.
 * Without k, the partition maximising modularity at γ = 1 is kept.
 * @example
 * const { labels } = clusterGraph({ graph, k: 20, seed: 0 });
 */
export function clusterGraph({ graph, k, seed = 0, minSize = 1 }: ClusterGraphOptions): GraphClustering {
  const n = graph.nodes;
  const run = (gamma: number): Int32Array => louvain({ graph, resolution: gamma, seed });
  // Isolated nodes are singleton communities at every resolution: the search counts only the others.
  let isolated = 0;
  for (let i = 0; i < n; i++) if (graph.ptr[i + 1] === graph.ptr[i]) isolated++;
  const count = (labels: Int32Array): number => countIds(labels) - isolated;
  let best = run(START_RESOLUTION);
  let gamma = START_RESOLUTION;
  if (k !== undefined && n > 0) {
    const target = Math.max(1, Math.min(k, n - isolated));
    const upper = target * (1 + COUNT_SLACK);
    // Aim at the middle of the accepted window [target, upper].
    const aim = (target + upper) / 2;
    let bestCount = count(best);
    let lo: SearchPoint | undefined; // the largest γ known to give < target communities
    let hi: SearchPoint | undefined; // the smallest γ known to give ≥ target communities
    let last: SearchPoint = { gamma, count: bestCount };
    let previous: SearchPoint | undefined;
    if (bestCount >= target) hi = last;
    else lo = last;
    for (let runs = 1; runs < MAX_SEARCH_RUNS && !(bestCount >= target && bestCount <= upper); runs++) {
      const next = nextResolution({ lo, hi, last, previous, aim });
      const labels = run(next);
      const cn = count(labels);
      if (cn >= target) {
        if (!hi || next < hi.gamma) hi = { gamma: next, count: cn };
        if (cn <= bestCount || bestCount < target) {
          best = labels;
          gamma = next;
          bestCount = cn;
        }
      } else {
        if (!lo || next > lo.gamma) lo = { gamma: next, count: cn };
        if (bestCount < target && cn > bestCount) {
          best = labels;
          gamma = next;
          bestCount = cn;
        }
      }
      previous = last;
      last = { gamma: next, count: cn };
    }
    best = mergeCommunities({ graph, labels: best, target: Math.min(k, n), resolution: gamma, minSize: 1 });
  } else if (minSize > 1) {
    best = mergeCommunities({ graph, labels: best, target: n, resolution: gamma, minSize });
  }
  const labels = relabelBySize(best);
  return { labels, k: countIds(labels), resolution: gamma, modularity: modularity(graph, labels) };
}

/**
 * Greedily merges communities until at most `target` remain and none is smaller than `minSize`
 * (when only the size rule applies, merging stops once every community is large enough). Each step merges
 * the pair of connected communities with the largest modularity gain at `resolution`, preferring pairs that
 * involve an undersized community. Edgeless communities (no similarity to anything) fold into the largest
 * community first; other unconnected leftovers merge into the smallest other community.
 */
export function mergeCommunities({
  graph,
  labels,
  target,
  resolution,
  minSize,
}: {
  graph: WeightedGraph;
  labels: Int32Array;
  target: number;
  resolution: number;
  minSize: number;
}): Int32Array {
  const comm = Int32Array.from(labels);
  const c = countIds(comm);
  const size = new Float64Array(c);
  const tot = new Float64Array(c);
  const between = new Map<number, Map<number, number>>();
  let twoM = 0;
  for (let i = 0; i < graph.nodes; i++) {
    const a = comm[i]!;
    size[a]!++;
    for (let p = graph.ptr[i]!; p < graph.ptr[i + 1]!; p++) {
      const b = comm[graph.adj[p]!]!;
      tot[a]! += graph.w[p]!;
      twoM += graph.w[p]!;
      if (a === b) continue;
      if (!between.has(a)) between.set(a, new Map());
      between.get(a)!.set(b, (between.get(a)!.get(b) ?? 0) + graph.w[p]!);
    }
  }
  const parent = Int32Array.from({ length: c }, (_, i) => i);
  const alive = new Set(Array.from({ length: c }, (_, i) => i));
  const undersized = (a: number): boolean => size[a]! < minSize;
  while (alive.size > 1 && (alive.size > target || [...alive].some(undersized))) {
    let bestA = -1;
    let bestB = -1;
    let bestScore = -Infinity;
    const needSmall = alive.size <= target;
    for (const a of alive) {
      for (const [b, w] of between.get(a) ?? []) {
        if (b <= a) continue;
        const small = undersized(a) || undersized(b);
        if (needSmall && !small) continue;
        const gain = w - (resolution * tot[a]! * tot[b]!) / Math.max(twoM, 1e-300);
        // Pairs with an undersized member outrank all others; among equals, the larger gain wins.
        const score = (small ? UNDERSIZED_PRIORITY : 0) + gain;
        if (score > bestScore) {
          bestScore = score;
          bestA = a;
          bestB = b;
        }
      }
    }
    const edgeless = [...alive].find((a) => tot[a] === 0 && (alive.size > target || undersized(a)));
    if (edgeless !== undefined) {
      // A community without any edge (e.g. empty texts) has no topic of its own: fold it into the largest.
      const largest = [...alive].filter((a) => a !== edgeless).sort((x, y) => size[y]! - size[x]! || x - y)[0]!;
      bestA = Math.min(edgeless, largest);
      bestB = Math.max(edgeless, largest);
    } else if (bestA < 0) {
      // No connected candidate pair: merge the smallest community into the next smallest.
      const order = [...alive].sort((x, y) => size[x]! - size[y]! || x - y);
      bestA = Math.min(order[0]!, order[1]!);
      bestB = Math.max(order[0]!, order[1]!);
    }
    // Merge bestB into bestA.
    parent[bestB] = bestA;
    alive.delete(bestB);
    size[bestA]! += size[bestB]!;
    tot[bestA]! += tot[bestB]!;
    const mb = between.get(bestB) ?? new Map<number, number>();
    const ma = between.get(bestA) ?? new Map<number, number>();
    between.set(bestA, ma);
    for (const [x, w] of mb) {
      const mx = between.get(x)!;
      mx.delete(bestB);
      if (x === bestA) continue;
      ma.set(x, (ma.get(x) ?? 0) + w);
      mx.set(bestA, (mx.get(bestA) ?? 0) + w);
    }
    ma.delete(bestB);
    between.delete(bestB);
  }
  const find = (a: number): number => {
    let r = a;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  return Int32Array.from(comm, (a) => find(a));
}

/** Newman–Girvan modularity (γ = 1) of a partition of a weighted graph. */
export function modularity(graph: WeightedGraph, labels: Int32Array): number {
  let twoM = 0;
  let inside = 0;
  const tot = new Float64Array(Math.max(0, countIds(labels)));
  for (let i = 0; i < graph.nodes; i++) {
    const a = labels[i]!;
    for (let p = graph.ptr[i]!; p < graph.ptr[i + 1]!; p++) {
      const w = graph.w[p]!;
      twoM += w;
      tot[a]! += w;
      if (labels[graph.adj[p]!] === a) inside += w;
    }
  }
  if (twoM === 0) return 0;
  let expected = 0;
  for (const t of tot) expected += (t / twoM) ** 2;
  return inside / twoM - expected;
}
