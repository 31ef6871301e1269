/**
 * @module analytics/text/sparse-parallel — `A · B` (sparse × dense) on several threads: output rows are split
 * into chunks of about equal nonzeros, claimed from a shared counter by the calling thread and the pool's
 * helpers. Every row is summed by the same WebAssembly kernel as the single-threaded product, so the
 * result is bit-identical whichever thread computes it.
 */
import { addressOf, inKernelMemory, kernels } from './kernel-memory.js';
import { chunkControl, helperCount, postJob, runChunksHelper, runChunksHere, sharedInt32 } from './parallel-pool.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { csrTimesDense } from './sparse.js';

/** Below this many multiply-adds (nnz · l; ~10 ms single-threaded in JS) the product stays on the calling thread. */
export const MIN_PARALLEL_PRODUCT = 10_000_000;
/** Chunks per thread: small enough to balance a busy machine, large enough that claiming costs nothing. */
const CHUNKS_PER_THREAD = 8;
/** What a helper needs for a product job: byte addresses in the kernel memory, and the chunking. */
export interface GatherJob {
  readonly kind: 'gather';
  readonly ctl: Int32Array;
  readonly indptr: number;
  readonly indices: number;
  readonly values: number;
  readonly b: number;
  readonly l: number;
  readonly out: number;
  /** Chunk c covers output rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
  readonly chunks: number;
}

/**
 * `A · B` into `into` (overwritten), on the pool's helpers when A, B and `into` are in the kernel memory
 * (`kernel-memory.ts`) and the product is large enough; otherwise exactly {@link csrTimesDense}.
 * @example
 * csrTimesDenseParallel({ a, b: y, into: z.data });
 */
export function csrTimesDenseParallel({ a, b, into }: { a: CsrMatrix; b: DenseMatrix; into: Float64Array }): DenseMatrix {
  const l = b.cols;
  const operands = [a.indptr, a.indices, a.data, b.data, into];
  const helpers = operands.every(inKernelMemory) && a.indices.length * l >= MIN_PARALLEL_PRODUCT ? helperCount() : 0;
  if (helpers === 0) return csrTimesDense({ a, b, into });
  if (b.rows !== a.cols) throw new RangeError(`shape mismatch: ${a.cols} vs ${b.rows}`);
  const chunks = Math.max(1, Math.min(a.rows, (helpers + 1) * CHUNKS_PER_THREAD));
  const job: GatherJob = {
    kind: 'gather',
    ctl: chunkControl(chunks),
    indptr: addressOf(a.indptr),
    indices: addressOf(a.indices),
    values: addressOf(a.data),
    b: addressOf(b.data),
    l,
    out: addressOf(into),
    bounds: rowChunkBounds(a, chunks),
    chunks,
  };
  postJob(job);
  runChunksHere(job, computeChunk);
  return { rows: a.rows, cols: l, data: into };
}

/** A helper's part of a product job. */
export function runGatherJob(job: GatherJob): void {
  runChunksHelper(job, computeChunk);
}

/** Overwrites the chunk's output rows, so a chunk redone after a helper's failure gives the same bits. */
function computeChunk(job: GatherJob, c: number): void {
  kernels().gather(job.indptr, job.indices, job.values, job.b, job.l, job.out, job.bounds[c]!, job.bounds[c + 1]!);
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
