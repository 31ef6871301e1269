/**
 * @module analytics/text/sketch — Y = B·Ω for the randomized SVD's sparse sign test matrix Ω, on the calling
 * thread or split by rows over the worker pool. Row i of Y depends on row i of B alone and every thread sums it
 * with the same kernel (`sketchRows`), so the result is bit-identical whichever thread computes it.
 */
import { chunkControl, helperCount, isShared, postJob, runChunksHelper, runChunksHere, sharedFloat64, sharedInt32 } from './parallel-pool.js';
import { createRng } from './random.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { rowChunkBounds } from './sparse-parallel.js';

/**
 * Nonzeros per row of the sparse sign test matrix. Martinsson & Tropp (2020, §9.2) recommend ζ = 8: such a
 * sketch embeds as well as a Gaussian one in practice, and A·Ω costs nnz(A)·ζ instead of nnz(A)·l.
 */
const SKETCH_NONZEROS = 8;
/**
 * Below this many updates (nnz · ζ; ~4 ms on one thread) the sketch stays on the calling thread. It is far
 * cheaper per nonzero than the dense products (ζ = 8 updates against l ≈ 90 multiply-adds), hence its own bound.
 */
const MIN_PARALLEL_UPDATES = 1_000_000;
/** Chunks per thread: small enough to balance a busy machine, large enough that claiming costs nothing. */
const CHUNKS_PER_THREAD = 8;

/** Ω in compact form: row c of Ω has the values `sign[c·ζ + s]` (±1) in the distinct columns `pos[c·ζ + s]`. */
interface SignMatrix {
  readonly zeta: number;
  readonly pos: Int32Array;
  readonly sign: Float64Array;
}

/** What a helper needs for a sketch job (arrays on shared memory). */
export interface SketchJob extends SignMatrix {
  readonly kind: 'sketch';
  readonly ctl: Int32Array;
  readonly chunks: number;
  /** Chunk c covers rows `bounds[c] .. bounds[c+1])`. */
  readonly bounds: Int32Array;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  readonly l: number;
  readonly out: Float64Array;
}

/**
 * Y = B·Ω for a sparse sign matrix Ω (cols(B)×l): each row of Ω has min(ζ, l) entries ±1 in distinct random
 * columns. Costs nnz(B)·ζ; seeded and deterministic. Runs on the pool when B and `out` are on shared memory
 * and the sketch is large enough.
 * @example
 * const y = sparseSignSketch({ b, l: 90, seed: 0, out: new Float64Array(b.rows * 90) });
 */
export function sparseSignSketch({
  b,
  l,
  seed,
  out,
}: {
  b: CsrMatrix;
  l: number;
  seed: number;
  /** Zero-filled b.rows × l buffer. */
  out: Float64Array;
}): DenseMatrix {
  const zeta = Math.min(SKETCH_NONZEROS, l);
  const shared = isShared(b.indptr) && isShared(b.indices) && isShared(b.data) && isShared(out);
  const helpers = shared && b.indices.length * zeta >= MIN_PARALLEL_UPDATES ? helperCount() : 0;
  const omega = signMatrix({ cols: b.cols, l, zeta, seed, shared: helpers > 0 });
  if (helpers === 0) {
    sketchRows({ a: b, ...omega, l, out, from: 0, to: b.rows });
  } else {
    const chunks = Math.max(1, Math.min(b.rows, (helpers + 1) * CHUNKS_PER_THREAD));
    const job: SketchJob = {
      kind: 'sketch',
      ctl: chunkControl(chunks),
      chunks,
      bounds: rowChunkBounds(b, chunks),
      indptr: b.indptr,
      indices: b.indices,
      values: b.data,
      ...omega,
      l,
      out,
    };
    postJob(job);
    runChunksHere(job, computeChunk);
  }
  return { rows: b.rows, cols: l, data: out };
}

/** A helper's part of a sketch job. */
export function runSketchJob(job: SketchJob): void {
  runChunksHelper(job, computeChunk);
}

function computeChunk(job: SketchJob, c: number): void {
  const from = job.bounds[c]!;
  const to = job.bounds[c + 1]!;
  const a: CsrMatrix = { rows: 0, cols: 0, indptr: job.indptr, indices: job.indices, data: job.values };
  // Zeroed first: a chunk redone after a helper's failure must not add twice.
  job.out.fill(0, from * job.l, to * job.l);
  sketchRows({ a, zeta: job.zeta, pos: job.pos, sign: job.sign, l: job.l, out: job.out, from, to });
}

/** Draws Ω (partial Fisher–Yates per row: ζ distinct columns out of l, random signs) from one seeded stream. */
function signMatrix({
  cols,
  l,
  zeta,
  seed,
  shared,
}: {
  cols: number;
  l: number;
  zeta: number;
  seed: number;
  shared: boolean;
}): SignMatrix {
  const rng = createRng(seed);
  const pos = shared ? sharedInt32(cols * zeta) : new Int32Array(cols * zeta);
  const sign = shared ? sharedFloat64(cols * zeta) : new Float64Array(cols * zeta);
  const slots = Int32Array.from({ length: l }, (_, i) => i);
  for (let c = 0; c < cols; c++) {
    for (let s = 0; s < zeta; s++) {
      const j = s + rng.int(l - s);
      const tmp = slots[s]!;
      slots[s] = slots[j]!;
      slots[j] = tmp;
      pos[c * zeta + s] = slots[s]!;
      sign[c * zeta + s] = rng.next() < 0.5 ? -1 : 1;
    }
  }
  return { zeta, pos, sign };
}

/**
 * Rows `from .. to)` of B·Ω added into `out`: for each nonzero in row order, its ζ updates in Ω's order. The
 * common ζ = 8 is unrolled (measured on the BANKING77 matrix, Ω included: 29–42 ms against 41–65 ms for the
 * loop); both paths add in the same order, so they give the same bits.
 */
function sketchRows({
  a,
  zeta,
  pos,
  sign,
  l,
  out,
  from,
  to,
}: SignMatrix & { a: CsrMatrix; l: number; out: Float64Array; from: number; to: number }): void {
  const { indptr, indices, data } = a;
  for (let i = from; i < to; i++) {
    const o = i * l;
    const end = indptr[i + 1]!;
    for (let p = indptr[i]!; p < end; p++) {
      const v = data[p]!;
      const q = indices[p]! * zeta;
      if (zeta === SKETCH_NONZEROS) {
        out[o + pos[q]!]! += v * sign[q]!;
        out[o + pos[q + 1]!]! += v * sign[q + 1]!;
        out[o + pos[q + 2]!]! += v * sign[q + 2]!;
        out[o + pos[q + 3]!]! += v * sign[q + 3]!;
        out[o + pos[q + 4]!]! += v * sign[q + 4]!;
        out[o + pos[q + 5]!]! += v * sign[q + 5]!;
        out[o + pos[q + 6]!]! += v * sign[q + 6]!;
        out[o + pos[q + 7]!]! += v * sign[q + 7]!;
      } else {
        for (let s = 0; s < zeta; s++) out[o + pos[q + s]!]! += v * sign[q + s]!;
      }
    }
  }
}
