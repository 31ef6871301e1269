/** @module analytics/text/sparse — compressed sparse row (CSR) matrices and their products with dense blocks. */
import { sharedFloat32, sharedInt32 } from './parallel-pool.js';

/**
 * A sparse matrix in compressed-sparse-row form. Row `i` holds the entries
 * `indices[indptr[i] .. indptr[i+1])` with values `data[...]` (column indices ascending).
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float32Array;
}

/** A dense row-major matrix: entry (i, j) is `data[i * cols + j]`. */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/**
 * Builds a CSR matrix from per-row (column, value) lists; columns are sorted, duplicates summed.
 * @example
 * const m = csrFromRows({ cols: 3, rows: [[[0, 1], [2, 5]], [[1, 2]]] });
 */
export function csrFromRows({
  cols,
  rows,
}: {
  cols: number;
  rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}): CsrMatrix {
  const indptr = new Int32Array(rows.length + 1);
  const merged = rows.map((r) => {
    const m = new Map<number, number>();
    for (const [c, v] of r) m.set(c, (m.get(c) ?? 0) + v);
    return [...m.entries()].sort((x, y) => x[0] - y[0]);
  });
  let nnz = 0;
  merged.forEach((r, i) => {
    nnz += r.length;
    indptr[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  let p = 0;
  for (const r of merged) {
    for (const [c, v] of r) {
      indices[p] = c;
      data[p] = v;
      p++;
    }
  }
  return { rows: rows.length, cols, indptr, indices, data };
}

/** Expands a CSR matrix into a dense one (tests and tiny inputs only). */
export function csrToDense(a: CsrMatrix): DenseMatrix {
  const out = new Float64Array(a.rows * a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) out[i * a.cols + a.indices[p]!] = a.data[p]!;
  }
  return { rows: a.rows, cols: a.cols, data: out };
}

/**
 * Nonzeros handled together in the gather kernel: eight rows of the dense operand are combined per pass over
 * the output row, so each output element is loaded and stored once per eight nonzeros (measured on a
 * 10k × 11k text matrix, l = 90: 8 → 62 ms, 4 → 90 ms, 16 → 70 ms per product).
 */
const UNROLL = 8;
/** Nonzeros handled together by the transposed (scatter) kernel: shares loads of the dense row. */
const SCATTER_UNROLL = 4;

/** Operands of the sparse × dense products. */
export interface SparseProductArgs {
  readonly a: CsrMatrix;
  readonly b: DenseMatrix;
  /** Output buffer to reuse (fresh memory is costly, see ADR 0010); zeroed first unless `accumulate`. */
  readonly into?: Float64Array;
  /** Add into `into` instead of overwriting it. */
  readonly accumulate?: boolean;
}

/**
 * Returns `A · B` for sparse `A` (n×d) and dense row-major `B` (d×l): an n×l dense matrix. Each output row is
 * a gather of rows of B, written once (no scatter): use it with {@link transposeCsr} for `Aᵀ · B` in loops.
 * @example
 * const y = csrTimesDense({ a, b: omega });
 */
export function csrTimesDense({ a, b, into, accumulate = false }: SparseProductArgs): DenseMatrix {
  if (b.rows !== a.cols) throw new RangeError(`shape mismatch: ${a.cols} vs ${b.rows}`);
  const l = b.cols;
  const out = into ? (accumulate ? into : into.fill(0)) : new Float64Array(a.rows * l);
  gatherRows({ a, b: b.data, l, out, from: 0, to: a.rows });
  return { rows: a.rows, cols: l, data: out };
}

/** Operands of {@link gatherRows}. */
export interface GatherRowsArgs {
  readonly a: CsrMatrix;
  /** Dense operand, row-major with `l` columns. */
  readonly b: Float64Array;
  readonly l: number;
  readonly out: Float64Array;
  /** Output rows `from .. to)` are accumulated into. */
  readonly from: number;
  readonly to: number;
}

/**
 * The gather kernel of {@link csrTimesDense} on a range of rows: `out[i] += Σ_p a[i,p] · b[p]` for
 * `from ≤ i < to`. Shared with the multi-threaded product (`sparse-parallel.ts`), so both sum in the same order.
 */
export function gatherRows({ a, b: bd, l, out, from, to }: GatherRowsArgs): void {
  const { indptr, indices: ix, data: v } = a;
  for (let i = from; i < to; i++) {
    const o = i * l;
    const end = indptr[i + 1]!;
    let p = indptr[i]!;
    for (; p + UNROLL <= end; p += UNROLL) {
      const v0 = v[p]!;
      const v1 = v[p + 1]!;
      const v2 = v[p + 2]!;
      const v3 = v[p + 3]!;
      const v4 = v[p + 4]!;
      const v5 = v[p + 5]!;
      const v6 = v[p + 6]!;
      const v7 = v[p + 7]!;
      const b0 = ix[p]! * l;
      const b1 = ix[p + 1]! * l;
      const b2 = ix[p + 2]! * l;
      const b3 = ix[p + 3]! * l;
      const b4 = ix[p + 4]! * l;
      const b5 = ix[p + 5]! * l;
      const b6 = ix[p + 6]! * l;
      const b7 = ix[p + 7]! * l;
      for (let c = 0; c < l; c++) {
        out[o + c]! +=
          v0 * bd[b0 + c]! +
          v1 * bd[b1 + c]! +
          v2 * bd[b2 + c]! +
          v3 * bd[b3 + c]! +
          v4 * bd[b4 + c]! +
          v5 * bd[b5 + c]! +
          v6 * bd[b6 + c]! +
          v7 * bd[b7 + c]!;
      }
    }
    for (; p + 4 <= end; p += 4) {
      const v0 = v[p]!;
      const v1 = v[p + 1]!;
      const v2 = v[p + 2]!;
      const v3 = v[p + 3]!;
      const b0 = ix[p]! * l;
      const b1 = ix[p + 1]! * l;
      const b2 = ix[p + 2]! * l;
      const b3 = ix[p + 3]! * l;
      for (let c = 0; c < l; c++) out[o + c]! += v0 * bd[b0 + c]! + v1 * bd[b1 + c]! + v2 * bd[b2 + c]! + v3 * bd[b3 + c]!;
    }
    for (; p < end; p++) {
      const v0 = v[p]!;
      const bo = ix[p]! * l;
      for (let c = 0; c < l; c++) out[o + c]! += v0 * bd[bo + c]!;
    }
  }
}

/** Options of {@link transposeCsr} and {@link hstackCsr}. */
export interface CsrOutputOptions {
  /**
   * Build the result on shared memory, for the worker pool: saves a later shared copy of every array (fresh
   * memory costs more than the arithmetic here, see ADR 0010).
   */
  readonly shared?: boolean;
}

/**
 * The transpose of a CSR matrix, in CSR (i.e. A in CSC), by a counting sort of the column indices: O(nnz).
 * Column indices of the result come out ascending.
 * @example
 * const at = transposeCsr(a); // then Aᵀ·B = csrTimesDense({ a: at, b })
 */
export function transposeCsr(a: CsrMatrix, { shared = false }: CsrOutputOptions = {}): CsrMatrix {
  const nnz = a.indptr[a.rows]!;
  const indptr = shared ? sharedInt32(a.cols + 1) : new Int32Array(a.cols + 1);
  for (let p = 0; p < nnz; p++) indptr[a.indices[p]! + 1]!++;
  for (let c = 0; c < a.cols; c++) indptr[c + 1]! += indptr[c]!;
  const next = indptr.slice(0, a.cols);
  const indices = shared ? sharedInt32(nnz) : new Int32Array(nnz);
  const data = shared ? sharedFloat32(nnz) : new Float32Array(nnz);
  for (let i = 0; i < a.rows; i++) {
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) {
      const q = next[a.indices[p]!]!++;
      indices[q] = i;
      data[q] = a.data[p]!;
    }
  }
  return { rows: a.cols, cols: a.rows, indptr, indices, data };
}

/**
 * Returns `Aᵀ · B` for sparse `A` (n×d) and dense row-major `B` (n×l): a d×l dense matrix, by scattering rows
 * (no transposed copy). For repeated products, {@link transposeCsr} once and gather is ~2× faster.
 * @example
 * const z = csrTransposeTimesDense({ a, b: q });
 */
export function csrTransposeTimesDense({ a, b, into, accumulate = false }: SparseProductArgs): DenseMatrix {
  if (b.rows !== a.rows) throw new RangeError(`shape mismatch: ${a.rows} vs ${b.rows}`);
  const l = b.cols;
  const out = into ? (accumulate ? into : into.fill(0)) : new Float64Array(a.cols * l);
  const { indptr, indices, data } = a;
  const bd = b.data;
  for (let i = 0; i < a.rows; i++) {
    const bo = i * l;
    const end = indptr[i + 1]!;
    let p = indptr[i]!;
    for (; p + SCATTER_UNROLL <= end; p += SCATTER_UNROLL) {
      const v0 = data[p]!;
      const v1 = data[p + 1]!;
      const v2 = data[p + 2]!;
      const v3 = data[p + 3]!;
      const o0 = indices[p]! * l;
      const o1 = indices[p + 1]! * l;
      const o2 = indices[p + 2]! * l;
      const o3 = indices[p + 3]! * l;
      for (let c = 0; c < l; c++) {
        const x = bd[bo + c]!;
        out[o0 + c]! += v0 * x;
        out[o1 + c]! += v1 * x;
        out[o2 + c]! += v2 * x;
        out[o3 + c]! += v3 * x;
      }
    }
    for (; p < end; p++) {
      const v = data[p]!;
      const o = indices[p]! * l;
      for (let c = 0; c < l; c++) out[o + c]! += v * bd[bo + c]!;
    }
  }
  return { rows: a.cols, cols: l, data: out };
}

/** Scales every row of `a` to unit L2 norm in place (all-zero rows stay zero). */
export function normalizeRowsL2(a: CsrMatrix): void {
  for (let i = 0; i < a.rows; i++) normalizeRowL2(a.data, a.indptr[i]!, a.indptr[i + 1]!);
}

/** Scales the values `data[from .. to)` (one CSR row) to unit L2 norm in place (all zeros stay zero). */
export function normalizeRowL2(data: Float32Array, from: number, to: number): void {
  let s = 0;
  for (let p = from; p < to; p++) s += data[p]! * data[p]!;
  if (s === 0) return;
  const inv = 1 / Math.sqrt(s);
  for (let p = from; p < to; p++) data[p]! *= inv;
}

/** Concatenates CSR matrices with equal row counts side by side, scaling block `b` by `weights[b]`. */
export function hstackCsr({
  blocks,
  weights,
  shared = false,
}: CsrOutputOptions & {
  blocks: readonly CsrMatrix[];
  weights?: readonly number[];
}): CsrMatrix {
  const rows = blocks[0]?.rows ?? 0;
  const cols = blocks.reduce((s, b) => s + b.cols, 0);
  const nnz = blocks.reduce((s, b) => s + b.indices.length, 0);
  const indptr = shared ? sharedInt32(rows + 1) : new Int32Array(rows + 1);
  const indices = shared ? sharedInt32(nnz) : new Int32Array(nnz);
  const data = shared ? sharedFloat32(nnz) : new Float32Array(nnz);
  let p = 0;
  for (let i = 0; i < rows; i++) {
    let offset = 0;
    blocks.forEach((b, bi) => {
      const w = weights?.[bi] ?? 1;
      for (let q = b.indptr[i]!; q < b.indptr[i + 1]!; q++) {
        indices[p] = b.indices[q]! + offset;
        data[p] = b.data[q]! * w;
        p++;
      }
      offset += b.cols;
    });
    indptr[i + 1] = p;
  }
  return { rows, cols, indptr, indices, data };
}
