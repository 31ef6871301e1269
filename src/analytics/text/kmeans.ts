/** @module analytics/text/kmeans — seeded k-means++ with Elkan-accelerated Lloyd iterations on dense rows. */
import { createRng } from './random.js';
import type { Rng } from './random.js';
import type { DenseMatrix } from './sparse.js';

/** Independent k-means++ starts; the lowest-inertia run wins (sklearn's classic default is 10, 'auto' is 1). */
const DEFAULT_INITS = 4;
/** Lloyd iterations cap; Elkan's bounds make late iterations nearly free. */
const DEFAULT_MAX_ITERATIONS = 100;
/** Elkan keeps n·k lower bounds; above this many it falls back to plain Lloyd (bounds would cost > 64 MB). */
const ELKAN_MAX_BOUNDS = 16_000_000;
/** Lower bounds are stored as float32, shrunk by this relative margin so rounding never overstates them. */
const BOUND_SAFETY = 1 - 1e-6;
/** Stop when no assignment changes or the centers move less than this (relative to mean feature variance). */
const DEFAULT_TOLERANCE = 1e-6;

/** Options of {@link kmeans}. */
export interface KMeansOptions {
  readonly points: DenseMatrix;
  readonly k: number;
  readonly seed?: number;
  readonly inits?: number;
  readonly maxIterations?: number;
  readonly tolerance?: number;
  /** Seeding: `k-means++` (default) or `random` rows (cheaper; fine for coarse quantisers). */
  readonly init?: 'k-means++' | 'random';
  /** Optional starting centers (k×d); when given, only one run is made from them. */
  readonly initialCenters?: DenseMatrix;
}

/** Result of {@link kmeans}. */
export interface KMeansResult {
  readonly labels: Int32Array;
  readonly centers: DenseMatrix;
  /** Sum of squared distances of points to their centers. */
  readonly inertia: number;
  readonly iterations: number;
}

function sqDist(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ao + j]! - b[bo + j]!;
    s += t * t;
  }
  return s;
}

/** k-means++ seeding (Arthur & Vassilvitskii 2007): each next center drawn with probability ∝ D². */
export function kmeansPlusPlus({ points, k, rng }: { points: DenseMatrix; k: number; rng: Rng }): DenseMatrix {
  const { rows: n, cols: d, data: x } = points;
  const centers = new Float64Array(k * d);
  const closest = new Float64Array(n).fill(Infinity);
  let pick = rng.int(n);
  for (let c = 0; c < k; c++) {
    centers.set(x.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dd = sqDist(x, i * d, centers, c * d, d);
      if (dd < closest[i]!) closest[i] = dd;
      total += closest[i]!;
    }
    if (c === k - 1) break;
    let r = rng.next() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= closest[i]!;
      if (r <= 0 && closest[i]! > 0) {
        pick = i;
        break;
      }
    }
  }
  return { rows: k, cols: d, data: centers };
}

/** k distinct rows chosen uniformly at random (partial Fisher–Yates). */
function randomRows({ points, k, rng }: { points: DenseMatrix; k: number; rng: Rng }): DenseMatrix {
  const { rows: n, cols: d, data } = points;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) {
    const j = c + rng.int(n - c);
    const t = order[c]!;
    order[c] = order[j]!;
    order[j] = t;
    centers.set(data.subarray(order[c]! * d, order[c]! * d + d), c * d);
  }
  return { rows: k, cols: d, data: centers };
}

/**
 * k-means with k-means++ starts and Elkan's exact triangle-inequality acceleration of Lloyd's algorithm
 * (Elkan 2003).
 * Deterministic for a given seed.
 * @example
 * const { labels } = kmeans({ points: { rows: 4, cols: 1, data: Float64Array.of(0, 0.1, 5, 5.1) }, k: 2 });
 */
export function kmeans({
  points,
  k: kWanted,
  seed = 0,
  inits = DEFAULT_INITS,
  maxIterations = DEFAULT_MAX_ITERATIONS,
  tolerance = DEFAULT_TOLERANCE,
  initialCenters,
  init = 'k-means++',
}: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(kWanted, points.rows));
  const rng = createRng(seed);
  let best: KMeansResult | undefined;
  const runs = initialCenters ? 1 : Math.max(1, inits);
  for (let r = 0; r < runs; r++) {
    const start =
      initialCenters ?? (init === 'random' ? randomRows({ points, k, rng }) : kmeansPlusPlus({ points, k, rng }));
    const res =
      points.rows * k <= ELKAN_MAX_BOUNDS
        ? lloydElkan({ points, centers: start, maxIterations, tolerance })
        : lloydPlain({ points, centers: start, maxIterations, tolerance });
    if (!best || res.inertia < best.inertia) best = res;
  }
  return best!;
}

function lloydElkan({
  points,
  centers: start,
  maxIterations,
  tolerance,
}: {
  points: DenseMatrix;
  centers: DenseMatrix;
  maxIterations: number;
  tolerance: number;
}): KMeansResult {
  const { rows: n, cols: d, data: x } = points;
  const k = start.rows;
  const c = Float64Array.from(start.data);
  const labels = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float32Array(n * k); // lower[i*k+j] ≤ ‖x_i − c_j‖ (float32: half the fresh memory)
  const cc = new Float64Array(k * k); // half the distances between centers
  const half = new Float64Array(k);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  const move = new Float64Array(k);
  let variance = 0;
  for (let i = 0; i < x.length; i++) variance += x[i]! * x[i]!;
  const tol = (tolerance * variance) / Math.max(1, n);
  // Initial assignment computes every distance once, which also seeds the bounds.
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bd = Infinity;
    for (let j = 0; j < k; j++) {
      const dd = Math.sqrt(sqDist(x, i * d, c, j * d, d));
      lower[i * k + j] = dd * BOUND_SAFETY;
      if (dd < bd) {
        bd = dd;
        best = j;
      }
    }
    labels[i] = best;
    upper[i] = bd;
  }
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const a = labels[i]!;
      counts[a]!++;
      for (let j = 0; j < d; j++) sums[a * d + j]! += x[i * d + j]!;
    }
    let shift = 0;
    for (let a = 0; a < k; a++) {
      if (counts[a] === 0) {
        // Empty cluster: move it onto the point farthest from its center (sklearn does the same).
        let far = 0;
        for (let i = 1; i < n; i++) if (upper[i]! > upper[far]!) far = i;
        for (let j = 0; j < d; j++) sums[a * d + j] = x[far * d + j]!;
        counts[a] = 1;
        labels[far] = a;
        upper[far] = 0;
        lower[far * k + a] = 0;
      }
      const inv = 1 / counts[a]!;
      let m2 = 0;
      for (let j = 0; j < d; j++) {
        const nv = sums[a * d + j]! * inv;
        const t = nv - c[a * d + j]!;
        m2 += t * t;
        c[a * d + j] = nv;
      }
      move[a] = Math.sqrt(m2);
      shift += m2;
    }
    for (let i = 0; i < n; i++) {
      upper[i]! += move[labels[i]!]!;
      const o = i * k;
      for (let j = 0; j < k; j++) lower[o + j] = Math.max(0, lower[o + j]! - move[j]!);
    }
    if (shift <= tol) break;
    for (let a = 0; a < k; a++) {
      let m = Infinity;
      for (let b = 0; b < k; b++) {
        if (b === a) continue;
        const h = b < a ? cc[b * k + a]! : 0.5 * Math.sqrt(sqDist(c, a * d, c, b * d, d));
        cc[a * k + b] = h;
        if (h < m) m = h;
      }
      half[a] = m;
    }
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let a = labels[i]!;
      if (upper[i]! <= half[a]!) continue;
      const o = i * k;
      let stale = true;
      for (let j = 0; j < k; j++) {
        if (j === a) continue;
        const u = upper[i]!;
        if (u <= lower[o + j]! || u <= cc[a * k + j]!) continue;
        if (stale) {
          const da = Math.sqrt(sqDist(x, i * d, c, a * d, d));
          upper[i] = da;
          lower[o + a] = da * BOUND_SAFETY;
          stale = false;
          if (da <= lower[o + j]! || da <= cc[a * k + j]!) continue;
        }
        const dj = Math.sqrt(sqDist(x, i * d, c, j * d, d));
        lower[o + j] = dj * BOUND_SAFETY;
        if (dj < upper[i]!) {
          a = j;
          upper[i] = dj;
        }
      }
      if (a !== labels[i]) {
        labels[i] = a;
        changed++;
      }
    }
    if (changed === 0) break;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += sqDist(x, i * d, c, labels[i]! * d, d);
  return { labels, centers: { rows: k, cols: d, data: c }, inertia, iterations };
}

/** Plain Lloyd iterations (no bounds): for inputs where Elkan's n·k bounds would not fit. */
function lloydPlain({
  points,
  centers: start,
  maxIterations,
  tolerance,
}: {
  points: DenseMatrix;
  centers: DenseMatrix;
  maxIterations: number;
  tolerance: number;
}): KMeansResult {
  const { rows: n, cols: d, data: x } = points;
  const k = start.rows;
  const c = Float64Array.from(start.data);
  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  let variance = 0;
  for (let i = 0; i < x.length; i++) variance += x[i]! * x[i]!;
  const tol = (tolerance * variance) / Math.max(1, n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bd = Infinity;
      for (let j = 0; j < k; j++) {
        const dd = sqDist(x, i * d, c, j * d, d);
        if (dd < bd) {
          bd = dd;
          best = j;
        }
      }
      if (labels[i] !== best) changed++;
      labels[i] = best;
    }
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const a = labels[i]!;
      counts[a]!++;
      for (let j = 0; j < d; j++) sums[a * d + j]! += x[i * d + j]!;
    }
    let shift = 0;
    for (let a = 0; a < k; a++) {
      if (counts[a] === 0) continue; // an empty cluster keeps its center
      for (let j = 0; j < d; j++) {
        const nv = sums[a * d + j]! / counts[a]!;
        shift += (nv - c[a * d + j]!) ** 2;
        c[a * d + j] = nv;
      }
    }
    if (changed === 0 || shift <= tol) break;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += sqDist(x, i * d, c, labels[i]! * d, d);
  return { labels, centers: { rows: k, cols: d, data: c }, inertia, iterations };
}
