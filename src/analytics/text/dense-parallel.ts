/**
 * @module analytics/text/dense-parallel — the SVD's dense products on the worker pool: the Gram matrix mᵀ·m
 * (rows of the triangle split over threads, each entry summed in the single-threaded order by the `gram`
 * kernel) and the n×l·l×k product (rows split, each by the `product` kernel), so both are bit-identical.
 */
import type { DenseMatrix } from './sparse.js';
import { gramMatrix, mirrorUpper } from './linalg.js';
import { addressOf, arenaFloat64, inKernelMemory, kernels, toKernelFloat64, withKernelArena } from './kernel-memory.js';
import { chunkControl, helperCount, postJob, runChunksHelper, runChunksHere, sharedInt32 } from './parallel-pool.js';

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
  /** Byte address of m in the kernel memory. */
  readonly data: number;
  /** The l×l output (kernel memory) and its byte address. */
  readonly g: Float64Array;
  readonly gAt: number;
}

/**
 * mᵀ·m (l×l), on the pool when `m` is in the kernel memory and large enough; otherwise {@link gramMatrix}.
 * @example
 * const g = gramMatrixParallel(y);
 */
export function gramMatrixParallel(m: DenseMatrix): DenseMatrix {
  const { rows: n, cols: l } = m;
  const helpers = inKernelMemory(m.data) && (n * l * l) / 2 >= MIN_PARALLEL_WORK ? helperCount() : 0;
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
  const g = withKernelArena(() => {
    const out = arenaFloat64(l * l);
    const job: GramJob = {
      kind: 'gram',
      ctl: chunkControl(chunks),
      chunks,
      bounds,
      rows: n,
      cols: l,
      data: addressOf(m.data),
      g: out,
      gAt: addressOf(out),
    };
    postJob(job);
    runChunksHere(job, computeChunk);
    return Float64Array.from(out);
  });
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
  kernels().gram(job.data, job.rows, job.cols, job.gAt, from, to);
}

/** What a helper needs for a dense product job (arrays on shared memory). */
export interface DenseProductJob {
  readonly kind: 'dense-product';
  readonly ctl: Int32Array;
  readonly chunks: number;
  /** Chunk c computes output rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
  readonly cols: number;
  /** Byte addresses in the kernel memory of m (n×l), c (l×k) and the output (n×k). */
  readonly data: number;
  readonly c: number;
  readonly k: number;
  readonly out: number;
}

/** Output rows per chunk and thread (rows cost the same). */
const PRODUCT_CHUNKS_PER_THREAD = 4;

/**
 * `m · c` (n×k) for a small l×k `c`, into a buffer of the current kernel arena (call it inside
 * `withKernelArena` and copy the result out): on the pool when the product is large enough and helpers run,
 * else on this thread — the same kernel either way. Operands are copied into the arena unless already there.
 * @example
 * const embedding = multiplyDenseParallel({ m: y, c, k });
 */
export function multiplyDenseParallel({ m, c, k }: { m: DenseMatrix; c: Float64Array; k: number }): DenseMatrix {
  const { rows: n, cols: l } = m;
  const out = arenaFloat64(n * k, false);
  const data = addressOf(toKernelFloat64(m.data));
  const cAt = addressOf(toKernelFloat64(c));
  const helpers = n * l * k >= MIN_PARALLEL_WORK ? helperCount() : 0;
  if (helpers === 0) {
    kernels().product(data, l, cAt, k, addressOf(out), 0, n);
    return { rows: n, cols: k, data: out };
  }
  const chunks = Math.max(1, Math.min(n, (helpers + 1) * PRODUCT_CHUNKS_PER_THREAD));
  const bounds = sharedInt32(chunks + 1);
  for (let t = 1; t < chunks; t++) bounds[t] = Math.floor((n * t) / chunks);
  bounds[chunks] = n;
  const job: DenseProductJob = {
    kind: 'dense-product',
    ctl: chunkControl(chunks),
    chunks,
    bounds,
    cols: l,
    data,
    c: cAt,
    k,
    out: addressOf(out),
  };
  postJob(job);
  runChunksHere(job, computeProductChunk);
  return { rows: n, cols: k, data: out };
}

/** A helper's part of a dense product job. */
export function runDenseProductJob(job: DenseProductJob): void {
  runChunksHelper(job, computeProductChunk);
}

/** Overwrites the chunk's output rows (the kernel zeroes them first). */
function computeProductChunk(job: DenseProductJob, t: number): void {
  kernels().product(job.data, job.cols, job.c, job.k, job.out, job.bounds[t]!, job.bounds[t + 1]!);
}
