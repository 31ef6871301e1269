/** @module analytics/text/knn — k-nearest-neighbour search by cosine similarity on dense row embeddings. */
import type { DenseMatrix } from './sparse.js';

/** k nearest neighbours of every row: row i's neighbours are `indices[i*k .. i*k+k)`, best first. */
export interface KnnResult {
  readonly rows: number;
  readonly k: number;
  readonly indices: Int32Array;
  /** Cosine similarities matching `indices`. */
  readonly similarities: Float32Array;
}

/** Returns a copy of `m` with every row scaled to unit L2 norm (zero rows stay zero). */
export function normalizeDenseRows(m: DenseMatrix): DenseMatrix {
  const copy = { rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) };
  normalizeDenseRowsInPlace(copy);
  return copy;
}

/** Rows whose squared norm is within this of 1 count as already normalised. */
const UNIT_TOLERANCE = 1e-9;

/** True when every row has unit L2 norm or is all zero. */
export function hasUnitRows(m: DenseMatrix): boolean {
  const { rows, cols, data } = m;
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += data[i * cols + j]! ** 2;
    if (s !== 0 && Math.abs(s - 1) > UNIT_TOLERANCE) return false;
  }
  return true;
}

/** Scales every row of `m` to unit L2 norm in place (zero rows stay zero). */
export function normalizeDenseRowsInPlace(m: DenseMatrix): void {
  const { rows, cols, data } = m;
  const out = data;
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += data[i * cols + j]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < cols; j++) out[i * cols + j] = data[i * cols + j]! * inv;
  }
}

/**
 * Fixed-size descending top-k lists for every row, filled pair by pair. `offer` takes positional arguments
 * on purpose: it runs once per scanned pair (millions of times), where an options object per call costs.
 */
export class TopKLists {
  readonly indices: Int32Array;
  readonly similarities: Float32Array;
  /**
   * Each row's current k-th best similarity, kept apart from the lists: one compact array that stays in
   * cache, so the common case (candidate rejected) touches 4 bytes per row instead of the row's list.
   * Hot loops may test `s > worst[i]` before calling {@link offer} (read-only for callers).
   */
  readonly worst: Float32Array;
  readonly #k: number;

  constructor(rows: number, k: number) {
    this.#k = k;
    this.indices = new Int32Array(rows * k).fill(-1);
    this.similarities = new Float32Array(rows * k).fill(-Infinity);
    this.worst = new Float32Array(rows).fill(k === 0 ? Infinity : -Infinity);
  }

  /** Records candidate j with similarity s for row i if it beats the row's current k-th best. */
  offer(i: number, j: number, s: number): void {
    if (s <= this.worst[i]!) return;
    const k = this.#k;
    const sim = this.similarities;
    const idx = this.indices;
    const o = i * k;
    if (s <= sim[o + k - 1]!) return;
    let p = o + k - 1;
    while (p > o && sim[p - 1]! < s) {
      sim[p] = sim[p - 1]!;
      idx[p] = idx[p - 1]!;
      p--;
    }
    sim[p] = s;
    idx[p] = j;
    this.worst[i] = sim[o + k - 1]!;
  }
}

/**
 * Exact cosine kNN (self excluded) by blocked dense dot products, O(n²·d). Rows are normalised first.
 * Fine up to a few thousand rows at d ≈ 100; use `approximateKnn` beyond.
 * @example
 * const { indices } = exactKnn({ points: embedding, k: 10 });
 */
export function exactKnn({ points, k: kWanted }: { points: DenseMatrix; k: number }): KnnResult {
  const x = hasUnitRows(points) ? points : normalizeDenseRows(points);
  const { rows: n, cols: d } = x;
  const data = x.data;
  const k = Math.max(0, Math.min(kWanted, n - 1));
  const top = new TopKLists(n, k);
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    for (let j = i + 1; j < n; j++) {
      const oj = j * d;
      let s = 0;
      for (let t = 0; t < d; t++) s += data[oi + t]! * data[oj + t]!;
      top.offer(i, j, s);
      top.offer(j, i, s);
    }
  }
  return { rows: n, k, indices: top.indices, similarities: top.similarities };
}
