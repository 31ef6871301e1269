/** @module analytics/text/knn-ivf — approximate cosine kNN with an inverted file of k-means cells (IVF). */
import { kmeans } from './kmeans.js';
import { createRng } from './random.js';
import type { KnnResult } from './knn.js';
import { TopKLists, hasUnitRows, normalizeDenseRows } from './knn.js';
import type { DenseMatrix } from './sparse.js';

/** Cells ≈ CELLS_PER_SQRT_N·√n balances coarse-assignment cost (n·cells) against scan cost (n²/cells). */
const CELLS_PER_SQRT_N = 1;
/** Each cell is compared with its nearest cells by centroid; 6 of ~100 reaches high recall on text embeddings. */
const DEFAULT_PROBES = 6;
/** The coarse quantiser only needs to be roughly right: a few Lloyd iterations. */
const COARSE_ITERATIONS = 8;
/** The coarse quantiser is trained on at most this many sampled rows per cell (FAISS suggests 30–256). */
const COARSE_SAMPLE_PER_CELL = 40;
/** Query rows scanned together against each candidate (register blocking). */
const QUERY_BLOCK = 4;
/** Below this many rows an exact scan is as cheap as building the index. */
const EXACT_BELOW = 2000;

/** Options of {@link approximateKnn}. */
export interface ApproximateKnnOptions {
  readonly points: DenseMatrix;
  readonly k: number;
  readonly seed?: number;
  /** Nearest cells scanned per cell (including itself). Default 6. */
  readonly probes?: number;
}

/**
 * Approximate cosine kNN: rows are normalised, partitioned by a coarse k-means into ≈√n cells, and each cell
 * is scanned against its `probes` nearest cells. Every unordered pair of cells is scanned once, four query
 * rows at a time, and both sides' lists are updated. Small inputs fall back to an exact scan.
 * @example
 * const knn = approximateKnn({ points: embedding, k: 15, seed: 0 });
 */
export function approximateKnn({
  points,
  k: kWanted,
  seed = 0,
  probes = DEFAULT_PROBES,
}: ApproximateKnnOptions): KnnResult {
  const x = hasUnitRows(points) ? points : normalizeDenseRows(points);
  const { rows: n, cols: d, data } = x;
  const k = Math.max(0, Math.min(kWanted, n - 1));
  const top = new TopKLists(n, k);
  const cells = n < EXACT_BELOW ? 1 : Math.max(1, Math.round(CELLS_PER_SQRT_N * Math.sqrt(n)));
  const coarse = cells === 1 ? new Int32Array(n) : coarseCells({ x, cells, seed });
  const members = groupByCell(coarse, cells);
  const pairs = cellPairs({ x, coarse, cells, probes: Math.min(probes, cells) });
  const push = (i: number, j: number, dot: number): void => {
    top.offer(i, j, dot);
    top.offer(j, i, dot);
  };
  // Scans cell a against cell b (a === b: each unordered pair once), QUERY_BLOCK rows of a at a time so
  // each candidate row is loaded once per block.
  const scan = (qa: Int32Array, cb: Int32Array, same: boolean): void => {
    let s = 0;
    for (; s + QUERY_BLOCK <= qa.length; s += QUERY_BLOCK) {
      const i0 = qa[s]!;
      const i1 = qa[s + 1]!;
      const i2 = qa[s + 2]!;
      const i3 = qa[s + 3]!;
      const o0 = i0 * d;
      const o1 = i1 * d;
      const o2 = i2 * d;
      const o3 = i3 * d;
      for (let t = same ? s + 1 : 0; t < cb.length; t++) {
        const j = cb[t]!;
        const oj = j * d;
        let d0 = 0;
        let d1 = 0;
        let d2 = 0;
        let d3 = 0;
        for (let c = 0; c < d; c++) {
          const x = data[oj + c]!;
          d0 += data[o0 + c]! * x;
          d1 += data[o1 + c]! * x;
          d2 += data[o2 + c]! * x;
          d3 += data[o3 + c]! * x;
        }
        // Within one cell only pairs (query position < candidate position) count.
        if (!same || t > s) push(i0, j, d0);
        if (!same || t > s + 1) push(i1, j, d1);
        if (!same || t > s + 2) push(i2, j, d2);
        if (!same || t > s + 3) push(i3, j, d3);
      }
    }
    for (; s < qa.length; s++) {
      const i = qa[s]!;
      const oi = i * d;
      for (let t = same ? s + 1 : 0; t < cb.length; t++) {
        const j = cb[t]!;
        const oj = j * d;
        let dot = 0;
        for (let c = 0; c < d; c++) dot += data[oi + c]! * data[oj + c]!;
        push(i, j, dot);
      }
    }
  };
  if (k > 0) for (const [a, b] of pairs) scan(members[a]!, members[b]!, a === b);
  return { rows: n, k, indices: top.indices, similarities: top.similarities };
}

/** Coarse quantiser: k-means trained on a sample of rows, then every row assigned to its nearest centroid. */
function coarseCells({ x, cells, seed }: { x: DenseMatrix; cells: number; seed: number }): Int32Array {
  const { rows: n, cols: d, data } = x;
  const sampleSize = Math.min(n, cells * COARSE_SAMPLE_PER_CELL);
  const rng = createRng(seed);
  const pick = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < sampleSize; i++) {
    const j = i + rng.int(n - i);
    const t = pick[i]!;
    pick[i] = pick[j]!;
    pick[j] = t;
  }
  const sample = new Float64Array(sampleSize * d);
  for (let i = 0; i < sampleSize; i++) sample.set(data.subarray(pick[i]! * d, pick[i]! * d + d), i * d);
  const centers = kmeans({
    points: { rows: sampleSize, cols: d, data: sample },
    k: cells,
    seed,
    inits: 1,
    maxIterations: COARSE_ITERATIONS,
    init: 'random',
  }).centers.data;
  const halfNorm = Float64Array.from({ length: cells }, (_, c) => 0.5 * squaredNorm(centers, c, d));
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDot = -Infinity;
    for (let c = 0; c < cells; c++) {
      let s = 0;
      for (let t = 0; t < d; t++) s += data[i * d + t]! * centers[c * d + t]!;
      // Nearest by Euclidean distance to the centroid = largest x·c − ‖c‖²/2; rows are unit vectors.
      const score = s - halfNorm[c]!;
      if (score > bestDot) {
        bestDot = score;
        best = c;
      }
    }
    labels[i] = best;
  }
  return labels;
}

function squaredNorm(centers: Float64Array, c: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += centers[c * d + t]! ** 2;
  return s;
}

function groupByCell(labels: Int32Array, cells: number): Int32Array[] {
  const counts = new Int32Array(cells);
  for (const l of labels) counts[l]!++;
  const out = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(cells);
  labels.forEach((l, i) => {
    out[l]![fill[l]!++] = i;
  });
  return out;
}

/** Unordered cell pairs (a ≤ b) such that b is among a's nearest cells or a among b's. */
function cellPairs({
  x,
  coarse,
  cells,
  probes,
}: {
  x: DenseMatrix;
  coarse: Int32Array;
  cells: number;
  probes: number;
}): Array<[number, number]> {
  const d = x.cols;
  const cent = new Float64Array(cells * d);
  for (let i = 0; i < x.rows; i++) {
    const o = coarse[i]! * d;
    for (let c = 0; c < d; c++) cent[o + c]! += x.data[i * d + c]!;
  }
  const cn = normalizeDenseRows({ rows: cells, cols: d, data: cent }).data;
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < cells; a++) {
    const scores: Array<[number, number]> = [];
    for (let b = 0; b < cells; b++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += cn[a * d + c]! * cn[b * d + c]!;
      scores.push([b === a ? Infinity : s, b]);
    }
    scores.sort((p, q) => q[0] - p[0] || p[1] - q[1]);
    for (let t = 0; t < probes; t++) {
      const b = scores[t]![1];
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const key = lo * cells + hi;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([lo, hi]);
    }
  }
  return pairs;
}
