/** @module analytics/text/sparse — compressed sparse row (CSR) matrices and their products with dense blocks. */
import {
  addressOf,
  arenaFloat32,
  arenaFloat64,
  arenaInt32,
  inKernelMemory,
  kernels,
  toKernelFloat64,
  withKernelArena,
} from './kernel-memory.js';

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

/** Nonzeros handled together by the transposed (scatter) kernel: shares loads of the dense row. */
const SCATTER_UNROLL = 4;

/** Operands of the sparse × dense products. */
export interface SparseProductArgs {
  readonly a: CsrMatrix;
  readonly b: DenseMatrix;
  /** Output buffer to reuse (fresh memory is costly, see ADR 0010); overwritten. */
  readonly into?: Float64Array;
}

/**
 * Returns `A · B` for sparse `A` (n×d) and dense row-major `B` (d×l): an n×l dense matrix. Each output row is
 * a gather of rows of B, written once (no scatter): use it with {@link transposeCsr} for `Aᵀ · B` in loops.
 * Runs the WebAssembly gather kernel (`wasm-kernels.ts`); operands outside the kernel memory are copied in
 * for the call.
 * @example
 * const y = csrTimesDense({ a, b: omega });
 */
export function csrTimesDense({ a, b, into }: SparseProductArgs): DenseMatrix {
  if (b.rows !== a.cols) throw new RangeError(`shape mismatch: ${a.cols} vs ${b.rows}`);
  const l = b.cols;
  const result = into ?? new Float64Array(a.rows * l);
  withKernelArena(() => {
    const out = inKernelMemory(result) ? result : arenaFloat64(a.rows * l);
    gatherRows({ a: toKernelCsr(a), b: toKernelFloat64(b.data), l, out, from: 0, to: a.rows });
    if (out !== result) result.set(out);
  });
  return { rows: a.rows, cols: l, data: result };
}

/** Operands of {@link gatherRows}: all in the kernel memory. */
export interface GatherRowsArgs {
  readonly a: CsrMatrix;
  /** Dense operand, row-major with `l` columns. */
  readonly b: Float64Array;
  readonly l: number;
  readonly out: Float64Array;
  /** Output rows `from .. to)` are overwritten. */
  readonly from: number;
  readonly to: number;
}

/**
 * The gather kernel of {@link csrTimesDense} on a range of rows: `out[i] = Σ_p a[i,p] · b[p]` for
 * `from ≤ i < to`, eight nonzeros per pass over the output row (measured on a 10k × 11k text matrix, l = 90,
 * in JS: 8 → 62 ms, 4 → 90 ms, 16 → 70 ms per product; the WebAssembly kernel keeps that shape). Shared with
 * the multi-threaded product (`sparse-parallel.ts`), so both sum in the same order.
 */
export function gatherRows({ a, b, l, out, from, to }: GatherRowsArgs): void {
  const address = addressOf;
  kernels().gather(address(a.indptr), address(a.indices), address(a.data), address(b), l, address(out), from, to);
}

/** `a` itself when all its arrays are in the kernel memory, else a copy in the current arena. */
export function toKernelCsr(a: CsrMatrix): CsrMatrix {
  if (inKernelMemory(a.indptr) && inKernelMemory(a.indices) && inKernelMemory(a.data)) return a;
  const indptr = arenaInt32(a.indptr.length);
  indptr.set(a.indptr);
  const indices = arenaInt32(a.indices.length);
  indices.set(a.indices);
  const data = arenaFloat32(a.data.length);
  data.set(a.data);
  return { rows: a.rows, cols: a.cols, indptr, indices, data };
}

/** Options of {@link transposeCsr}. */
export interface CsrOutputOptions {
  /**
   * Build the result in the current kernel arena (`kernel-memory.ts`), for the WebAssembly kernels: saves a
   * later copy of every array (fresh memory costs more than the arithmetic here, see ADR 0010).
   */
  readonly arena?: boolean;
}

/**
 * The transpose of a CSR matrix, in CSR (i.e. A in CSC), by a counting sort of the column indices: O(nnz).
 * Column indices of the result come out ascending.
 * @example
 * const at = transposeCsr(a); // then Aᵀ·B = csrTimesDense({ a: at, b })
 */
export function transposeCsr(a: CsrMatrix, { arena = false }: CsrOutputOptions = {}): CsrMatrix {
  const nnz = a.indptr[a.rows]!;
  const indptr = arena ? arenaInt32(a.cols + 1) : new Int32Array(a.cols + 1);
  for (let p = 0; p < nnz; p++) indptr[a.indices[p]! + 1]!++;
  for (let c = 0; c < a.cols; c++) indptr[c + 1]! += indptr[c]!;
  const next = indptr.slice(0, a.cols);
  const indices = arena ? arenaInt32(nnz) : new Int32Array(nnz);
  const data = arena ? arenaFloat32(nnz) : new Float32Array(nnz);
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
export function csrTransposeTimesDense({ a, b, into }: SparseProductArgs): DenseMatrix {
  if (b.rows !== a.rows) throw new RangeError(`shape mismatch: ${a.rows} vs ${b.rows}`);
  const l = b.cols;
  const out = into ? into.fill(0) : new Float64Array(a.cols * l);
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
export function hstackCsr({ blocks, weights }: { blocks: readonly CsrMatrix[]; weights?: readonly number[] }): CsrMatrix {
  const rows = blocks[0]?.rows ?? 0;
  const cols = blocks.reduce((s, b) => s + b.cols, 0);
  const nnz = blocks.reduce((s, b) => s + b.indices.length, 0);
  const indptr = new Int32Array(rows + 1);
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
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
