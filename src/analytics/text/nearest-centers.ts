/**
 * @module analytics/text/nearest-centers — nearest center of each row (the IVF coarse quantiser's assignment
 * step), on the calling thread or split by rows over the worker pool (bit-identical either way).
 */
import { addressOf, kernelFloat64, kernels, scratchAddress, toKernelFloat64, withKernelArena } from './kernel-memory.js';
import { chunkControl, helperCount, postJob, runChunksHelper, runChunksHere, sharedFloat64, sharedInt32 } from './parallel-pool.js';

/** Below this many multiply-adds (rows · centers · d; ~5 ms single-threaded) the assignment stays here. */
const MIN_PARALLEL_WORK = 10_000_000;
/** Chunks per thread (balance on a busy machine). */
const CHUNKS_PER_THREAD = 8;
/** Rows per block of the kernel: chunk boundaries fall on multiples of it. */
const ROW_BLOCK = 4;

/** Operands of {@link nearestCentersRange}. */
export interface NearestCentersRangeArgs {
  /** Byte addresses of the rows and the centers (row-major, `d` columns) in the kernel memory. */
  readonly dataAt: number;
  readonly d: number;
  readonly centersAt: number;
  readonly cells: number;
  /** ‖c‖²/2 of every center. */
  readonly halfNorm: Float64Array;
  readonly labels: Int32Array;
  readonly from: number;
  readonly to: number;
}

/** What a helper needs for an assignment job (arrays on shared memory). */
export interface NearestJob extends NearestCentersRangeArgs {
  readonly kind: 'nearest';
  readonly ctl: Int32Array;
  readonly chunks: number;
  /** Chunk c covers rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
}

/**
 * Nearest center (largest x·c − ‖c‖²/2) of each of the first `rows` rows of `data`; on the worker pool when
 * the work is large enough and helpers are running. `data` and `centers` are copied into the kernel memory
 * for the call unless already there.
 * @example
 * const labels = nearestCenters({ data, rows: n, d, centers, cells });
 */
export function nearestCenters({
  data,
  rows,
  d,
  centers,
  cells,
}: {
  data: Float64Array;
  rows: number;
  d: number;
  centers: Float64Array;
  cells: number;
}): Int32Array {
  return withKernelArena(() => {
    const dataAt = addressOf(toKernelFloat64(data));
    const centersAt = addressOf(toKernelFloat64(centers));
    const helpers = rows * cells * d >= MIN_PARALLEL_WORK ? helperCount() : 0;
    const halfNorm = helpers > 0 ? sharedFloat64(cells) : new Float64Array(cells);
    for (let c = 0; c < cells; c++) halfNorm[c] = 0.5 * squaredNorm(centers, c, d);
    if (helpers === 0) {
      const labels = new Int32Array(rows);
      nearestCentersRange({ dataAt, d, centersAt, cells, halfNorm, labels, from: 0, to: rows });
      return labels;
    }
    return nearestInParallel({ dataAt, d, centersAt, cells, halfNorm, rows, helpers });
  });
}

/** The assignment split by rows over the pool (see {@link nearestCenters}). */
function nearestInParallel({
  rows,
  helpers,
  ...args
}: Omit<NearestCentersRangeArgs, 'labels' | 'from' | 'to'> & { rows: number; helpers: number }): Int32Array {
  const chunks = Math.max(1, Math.min(Math.ceil(rows / ROW_BLOCK), (helpers + 1) * CHUNKS_PER_THREAD));
  const bounds = sharedInt32(chunks + 1);
  const blocks = Math.ceil(rows / ROW_BLOCK);
  for (let c = 1; c < chunks; c++) bounds[c] = Math.floor((blocks * c) / chunks) * ROW_BLOCK;
  bounds[chunks] = rows;
  const job: NearestJob = {
    kind: 'nearest',
    ctl: chunkControl(chunks),
    chunks,
    bounds,
    ...args,
    labels: sharedInt32(rows),
    from: 0,
    to: rows,
  };
  postJob(job);
  runChunksHere(job, computeChunk);
  return job.labels;
}

/** A helper's part of an assignment job. */
export function runNearestJob(job: NearestJob): void {
  runChunksHelper(job, computeChunk);
}

function computeChunk(job: NearestJob, c: number): void {
  nearestCentersRange({ ...job, from: job.bounds[c]!, to: job.bounds[c + 1]! });
}

function squaredNorm(centers: Float64Array, c: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += centers[c * d + t]! ** 2;
  return s;
}

/**
 * Nearest center of every row by Euclidean distance, i.e. the largest x·c − ‖c‖²/2, in tiles of four rows by
 * two centers (eight dot products share each load: the WebAssembly `tile` kernel, into this thread's scratch
 * slot), for rows `from .. to)`. Each row's label depends on that
 * row alone, so any split of the rows (at multiples of 4 or not) gives the same labels.
 */
export function nearestCentersRange({
  dataAt,
  d,
  centersAt,
  cells,
  halfNorm,
  labels,
  from,
  to: n,
}: NearestCentersRangeArgs): void {
  const tileKernel = kernels().tile;
  const out = scratchAddress();
  const tile = kernelFloat64(out, 8);
  const row = d * Float64Array.BYTES_PER_ELEMENT;
  for (let start = from; start < n; start += 4) {
    const rows = Math.min(4, n - start);
    // A short last block repeats its first row in the unused lanes (their results are never stored).
    const o0 = dataAt + start * row;
    const o1 = dataAt + (rows > 1 ? start + 1 : start) * row;
    const o2 = dataAt + (rows > 2 ? start + 2 : start) * row;
    const o3 = dataAt + (rows > 3 ? start + 3 : start) * row;
    let b0 = -Infinity;
    let b1 = -Infinity;
    let b2 = -Infinity;
    let b3 = -Infinity;
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    for (let c = 0; c < cells; c += 2) {
      // An odd last center is paired with itself.
      const p = centersAt + c * row;
      const q = c + 1 < cells ? p + row : p;
      tileKernel(o0, o1, o2, o3, p, q, row, out, 1);
      const d0 = tile[0]!;
      const d1 = tile[1]!;
      const d2 = tile[2]!;
      const d3 = tile[3]!;
      const e0 = tile[4]!;
      const e1 = tile[5]!;
      const e2 = tile[6]!;
      const e3 = tile[7]!;
      const h = halfNorm[c]!;
      const c1 = c + 1 < cells ? c + 1 : c;
      const g = halfNorm[c1]!;
      // Ties keep the lower center index, as a sequential scan would.
      if (d0 - h > b0) {
        b0 = d0 - h;
        l0 = c;
      }
      if (e0 - g > b0) {
        b0 = e0 - g;
        l0 = c1;
      }
      if (d1 - h > b1) {
        b1 = d1 - h;
        l1 = c;
      }
      if (e1 - g > b1) {
        b1 = e1 - g;
        l1 = c1;
      }
      if (d2 - h > b2) {
        b2 = d2 - h;
        l2 = c;
      }
      if (e2 - g > b2) {
        b2 = e2 - g;
        l2 = c1;
      }
      if (d3 - h > b3) {
        b3 = d3 - h;
        l3 = c;
      }
      if (e3 - g > b3) {
        b3 = e3 - g;
        l3 = c1;
      }
    }
    labels[start] = l0;
    if (rows > 1) labels[start + 1] = l1;
    if (rows > 2) labels[start + 2] = l2;
    if (rows > 3) labels[start + 3] = l3;
  }
}

