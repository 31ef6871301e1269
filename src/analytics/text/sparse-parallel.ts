/**
 * @module analytics/text/sparse-parallel — `A · B` (sparse × dense) on several threads: output rows are split
 * into chunks of about equal nonzeros, claimed from a shared counter by the calling thread and the pool's
 * helpers. Every row is summed by the same kernel as the single-threaded product (`gatherRows`), so the
 * result is bit-identical whichever thread computes it.
 */
import { chunkControl, helperCount, isShared, postJob, runChunksHelper, runChunksHere, sharedInt32 } from './parallel-pool.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { csrTimesDense, gatherRows } from './sparse.js';

/** Below this many multiply-adds (nnz · l; ~10 ms single-threaded) the product stays on the calling thread. */
export const MIN_PARALLEL_PRODUCT = 10_000_000;
/** Chunks per thread: small enough to balance a busy machine, large enough that claiming costs nothing. */
const CHUNKS_PER_THREAD = 8;
/** What a helper needs for a product job (all arrays on shared memory). */
export interface GatherJob {
  readonly kind: 'gather';
  readonly ctl: Int32Array;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  readonly rows: number;
  readonly cols: number;
  readonly b: Float64Array;
  readonly l: number;
  readonly out: Float64Array;
  /** Chunk c covers output rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
  readonly chunks: number;
}

/**
 * `A · B` into `into` (overwritten), on the pool's helpers when A, B and `into` are on shared memory and the
 * product is large enough; otherwise exactly {@link csrTimesDense}.
 * @example
 * csrTimesDenseParallel({ a: shared, b: y, into: z.data });
 */
export function csrTimesDenseParallel({ a, b, into }: { a: CsrMatrix; b: DenseMatrix; into: Float64Array }): DenseMatrix {
  const l = b.cols;
  const shared = isShared(a.indptr) && isShared(a.indices) && isShared(a.data) && isShared(b.data) && isShared(into);
  const helpers = shared && a.indices.length * l >= MIN_PARALLEL_PRODUCT ? helperCount() : 0;
  if (helpers === 0) return csrTimesDense({ a, b, into });
  if (b.rows !== a.cols) throw new RangeError(`shape mismatch: ${a.cols} vs ${b.rows}`);
  const job = buildJob({ a, b: b.data, l, out: into, threads: helpers + 1 });
  postJob(job);
  runChunksHere(job, computeChunk);
  return { rows: a.rows, cols: l, data: into };
}

/** A helper's part of a product job. */
export function runGatherJob(job: GatherJob): void {
  runChunksHelper(job, computeChunk);
}

function computeChunk(job: GatherJob, c: number): void {
  const from = job.bounds[c]!;
  const to = job.bounds[c + 1]!;
  const a: CsrMatrix = { rows: job.rows, cols: job.cols, indptr: job.indptr, indices: job.indices, data: job.values };
  job.out.fill(0, from * job.l, to * job.l);
  gatherRows({ a, b: job.b, l: job.l, out: job.out, from, to });
}

function buildJob({
  a,
  b,
  l,
  out,
  threads,
}: {
  a: CsrMatrix;
  b: Float64Array;
  l: number;
  out: Float64Array;
  threads: number;
}): GatherJob {
  const chunks = Math.max(1, Math.min(a.rows, threads * CHUNKS_PER_THREAD));
  const bounds = rowChunkBounds(a, chunks);
  return {
    kind: 'gather',
    ctl: chunkControl(chunks),
    indptr: a.indptr,
    indices: a.indices,
    values: a.data,
    rows: a.rows,
    cols: a.cols,
    b,
    l,
    out,
    bounds,
    chunks,
  };
}

/**
 * Row boundaries (shared, `chunks + 1` entries) splitting `a` into chunks of about equal nonzeros, plus one per
 * row so that empty rows still spread out.
 */
export function rowChunkBounds(a: CsrMatrix, chunks: number): Int32Array {
  const nnz = a.indptr[a.rows]!;
  const bounds = sharedInt32(chunks + 1);
  let row = 0;
  for (let c = 1; c < chunks; c++) {
    const target = ((nnz + a.rows) * c) / chunks;
    while (row < a.rows && a.indptr[row]! + row < target) row++;
    bounds[c] = row;
  }
  bounds[chunks] = a.rows;
  return bounds;
}
