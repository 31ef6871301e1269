/**
 * @module analytics/text/dense-parallel — the SVD's dense products on the worker pool: the Gram matrix mᵀ·m
 * (rows of the triangle split over threads, each entry summed in the single-threaded order by `gramRows`) and
 * the n×l·l×k product (rows split, each by `multiplyDense`'s row kernel), so both are bit-identical.
 */
import type { DenseMatrix } from './sparse.js';
import { gramMatrix, gramRows, mirrorUpper, multiplyDense, multiplyDenseRows } from './linalg.js';
import { chunkControl, helperCount, isShared, postJob, runChunksHelper, runChunksHere, sharedFloat64, sharedInt32 } from './parallel-pool.js';

/** Below this many multiply-adds (n · l²/2 or n · l · k; ~5 ms single-threaded) a product stays here. */
const MIN_PARALLEL_WORK = 10_000_000;
/** Chunks per thread: rows of the triangle differ in length, small chunks balance them. */
const CHUNKS_PER_THREAD = 4;

/** What a helper needs for a Gram job (arrays on shared memory). */
export interface GramJob {
  readonly kind: 'gram';
  readonly ctl: Int32Array;
  readonly chunks: number;
  /** Chunk c computes rows `bounds[c] .. bounds[c+1])` of the upper triangle. */
  readonly bounds: Int32Array;
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  readonly g: Float64Array;
}

/**
 * mᵀ·m (l×l), on the pool when `m` is on shared memory and large enough; otherwise {@link gramMatrix}.
 * @example
 * const g = gramMatrixParallel(y);
 */
export function gramMatrixParallel(m: DenseMatrix): DenseMatrix {
  const { rows: n, cols: l } = m;
  const helpers = isShared(m.data) && (n * l * l) / 2 >= MIN_PARALLEL_WORK ? helperCount() : 0;
  if (helpers === 0) return gramMatrix(m);
  const chunks = Math.max(1, Math.min(l, (helpers + 1) * CHUNKS_PER_THREAD));
  const bounds = sharedInt32(chunks + 1);
  // Row i of the triangle holds l − i entries: cut at equal shares of l(l+1)/2.
  const total = (l * (l + 1)) / 2;
  let i = 0;
  let done = 0;
  for (let c = 1; c < chunks; c++) {
    while (i < l && done < (total * c) / chunks) done += l - i++;
    bounds[c] = i;
  }
  bounds[chunks] = l;
  const job: GramJob = { kind: 'gram', ctl: chunkControl(chunks), chunks, bounds, rows: n, cols: l, data: m.data, g: sharedFloat64(l * l) };
  postJob(job);
  runChunksHere(job, computeChunk);
  const g = Float64Array.from(job.g);
  mirrorUpper(g, l);
  return { rows: l, cols: l, data: g };
}

/** A helper's part of a Gram job. */
export function runGramJob(job: GramJob): void {
  runChunksHelper(job, computeChunk);
}

function computeChunk(job: GramJob, c: number): void {
  const from = job.bounds[c]!;
  const to = job.bounds[c + 1]!;
  // Zeroed first: a chunk redone after a helper's failure must not add twice.
  for (let i = from; i < to; i++) job.g.fill(0, i * job.cols + i, (i + 1) * job.cols);
  gramRows({ m: { rows: job.rows, cols: job.cols, data: job.data }, g: job.g, from, to });
}

/** What a helper needs for a dense product job (arrays on shared memory). */
export interface DenseProductJob {
  readonly kind: 'dense-product';
  readonly ctl: Int32Array;
  readonly chunks: number;
  /** Chunk c computes output rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  readonly c: Float64Array;
  readonly k: number;
  readonly out: Float64Array;
}

/** Output rows per chunk and thread (rows cost the same). */
const PRODUCT_CHUNKS_PER_THREAD = 4;

/**
 * `m · c` (n×k) for a small l×k `c`: on the pool into a fresh shared buffer when `m` is on shared memory and
 * the product is large enough, else {@link multiplyDense} in place (overwriting `m`'s buffer).
 * @example
 * const embedding = multiplyDenseParallel({ m: y, c, k });
 */
export function multiplyDenseParallel({ m, c, k }: { m: DenseMatrix; c: Float64Array; k: number }): DenseMatrix {
  const { rows: n, cols: l } = m;
  const helpers = isShared(m.data) && n * l * k >= MIN_PARALLEL_WORK ? helperCount() : 0;
  if (helpers === 0) return multiplyDense({ m, c, k, inPlace: true });
  const chunks = Math.max(1, Math.min(n, (helpers + 1) * PRODUCT_CHUNKS_PER_THREAD));
  const bounds = sharedInt32(chunks + 1);
  for (let t = 1; t < chunks; t++) bounds[t] = Math.floor((n * t) / chunks);
  bounds[chunks] = n;
  const shared = sharedFloat64(c.length);
  shared.set(c);
  const job: DenseProductJob = {
    kind: 'dense-product',
    ctl: chunkControl(chunks),
    chunks,
    bounds,
    rows: n,
    cols: l,
    data: m.data,
    c: shared,
    k,
    out: sharedFloat64(n * k),
  };
  postJob(job);
  runChunksHere(job, computeProductChunk);
  return { rows: n, cols: k, data: job.out };
}

/** A helper's part of a dense product job. */
export function runDenseProductJob(job: DenseProductJob): void {
  runChunksHelper(job, computeProductChunk);
}

function computeProductChunk(job: DenseProductJob, t: number): void {
  const m = { rows: job.rows, cols: job.cols, data: job.data };
  multiplyDenseRows({ m, c: job.c, k: job.k, out: job.out, from: job.bounds[t]!, to: job.bounds[t + 1]! });
}
