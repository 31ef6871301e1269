/** @module analytics/text/svd — randomized truncated SVD (Halko, Martinsson & Tropp 2011) on a CSR matrix. */
import { gramMatrix, orthonormalizeColumnsInPlace, symmetricEigen } from './linalg.js';
import { createRng } from './random.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { csrTimesDense, csrTransposeTimesDense } from './sparse.js';

/** Extra random directions beyond k; Halko et al. recommend 5–10 for a reliable range estimate. */
const DEFAULT_OVERSAMPLES = 10;
/** Power iterations; each sharpens the spectrum's decay (Halko et al.: 1–2 usually suffice for q ≪ rank). */
const DEFAULT_POWER_ITERATIONS = 2;

/** Options of {@link randomizedSvd}. */
export interface RandomizedSvdOptions {
  readonly matrix: CsrMatrix;
  /** Number of singular triplets wanted (capped at min(rows, cols)). */
  readonly k: number;
  readonly seed?: number;
  readonly oversamples?: number;
  readonly powerIterations?: number;
  /** Also return the left singular vectors U (n×k). Default false. */
  readonly computeU?: boolean;
  /** Also return the right singular vectors V (d×k). Default false. */
  readonly computeV?: boolean;
}

/** Result of {@link randomizedSvd}. */
export interface TruncatedSvd {
  /** Singular values, descending. */
  readonly singularValues: Float64Array;
  /** Document embedding U·Σ (n×k), what scikit-learn's `TruncatedSVD.fit_transform` returns. */
  readonly embedding: DenseMatrix;
  /** Left singular vectors U (n×k), when `computeU`. */
  readonly u?: DenseMatrix;
  /** Right singular vectors V (d×k), when `computeV`. */
  readonly v?: DenseMatrix;
}

/**
 * Randomized truncated SVD: a Gaussian sketch refined by power iterations, re-orthonormalised (Cholesky QR)
 * after every application of AᵀA or AAᵀ, then an exact Jacobi eigen-decomposition of the small l×l
 * projected Gram matrix. The basis is kept on the smaller side of A; when that is the column side the
 * n-side products are streamed row by row, so no n×l intermediate is ever materialised. The sparse matrix
 * is only multiplied, never densified.
 * @example
 * const { embedding, singularValues } = randomizedSvd({ matrix, k: 100, seed: 0 });
 */
export function randomizedSvd(options: RandomizedSvdOptions): TruncatedSvd {
  const { matrix: a, k: kWanted, oversamples = DEFAULT_OVERSAMPLES } = options;
  const k = Math.max(0, Math.min(kWanted, a.rows, a.cols));
  const l = Math.min(k + oversamples, a.rows, a.cols);
  return a.cols < a.rows ? columnSideSvd({ options, k, l }) : rowSideSvd({ options, k, l });
}

function gaussian({ rows, cols, seed }: { rows: number; cols: number; seed: number }): DenseMatrix {
  const rng = createRng(seed);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = rng.gauss();
  return { rows, cols, data };
}

/** Rows of A per streamed block: big enough for the unrolled kernels, small enough to stay in cache. */
const STREAM_BLOCK = 256;

/** Row block [start, start+rows) of A as a CSR view (no copy of the nonzeros' arrays beyond subarray views). */
function rowBlock({ a, start, rows }: { a: CsrMatrix; start: number; rows: number }): CsrMatrix {
  const base = a.indptr[start]!;
  const indptr = new Int32Array(rows + 1);
  for (let r = 0; r <= rows; r++) indptr[r] = a.indptr[start + r]! - base;
  const end = a.indptr[start + rows]!;
  return { rows, cols: a.cols, indptr, indices: a.indices.subarray(base, end), data: a.data.subarray(base, end) };
}

/** Calls `visit` with each block of rows of A·q (block×l) and the block's first row index. */
function streamRows({
  a,
  q,
  visit,
}: {
  a: CsrMatrix;
  q: DenseMatrix;
  visit: (w: DenseMatrix, start: number) => void;
}): void {
  const buf = new Float64Array(STREAM_BLOCK * q.cols);
  for (let start = 0; start < a.rows; start += STREAM_BLOCK) {
    const rows = Math.min(STREAM_BLOCK, a.rows - start);
    const w = csrTimesDense({ a: rowBlock({ a, start, rows }), b: q, into: buf.subarray(0, rows * q.cols) });
    visit(w, start);
  }
}

/** out = Aᵀ·(A·q) for q (d×l), streamed by row blocks so no n×l intermediate exists. */
function streamedGramProduct({ a, q, out }: { a: CsrMatrix; q: DenseMatrix; out: Float64Array }): void {
  out.fill(0);
  const visit = (w: DenseMatrix, start: number): void => {
    csrTransposeTimesDense({ a: rowBlock({ a, start, rows: w.rows }), b: w, into: out, accumulate: true });
  };
  streamRows({ a, q, visit });
}

/** Eigen-decomposes a Gram matrix and returns (σ, Rᵀ restricted to the top k: k×l row-major). */
function projectedSpectrum(gram: DenseMatrix, k: number): { sigma: Float64Array; rt: Float64Array } {
  const l = gram.rows;
  const eig = symmetricEigen(gram);
  const sigma = Float64Array.from(eig.values.subarray(0, k), (x) => Math.sqrt(Math.max(0, x)));
  const rt = new Float64Array(k * l);
  for (let j = 0; j < k; j++) for (let c = 0; c < l; c++) rt[j * l + c] = eig.vectors.data[c * l + j]!;
  return { sigma, rt };
}

/** Row-major m (r×l) times R (given as Rᵀ, k×l), each output column optionally scaled. */
function timesR({ m, rt, k, scale }: { m: DenseMatrix; rt: Float64Array; k: number; scale?: Float64Array }): DenseMatrix {
  const l = m.cols;
  const out = new Float64Array(m.rows * k);
  const src = m.data;
  for (let r = 0; r < m.rows; r++) {
    const o = r * l;
    for (let j = 0; j < k; j++) {
      let s = 0;
      const ro = j * l;
      for (let c = 0; c < l; c++) s += src[o + c]! * rt[ro + c]!;
      out[r * k + j] = scale ? s * scale[j]! : s;
    }
  }
  return { rows: m.rows, cols: k, data: out };
}

function inverse(sigma: Float64Array): Float64Array {
  return Float64Array.from(sigma, (s) => (s > 0 ? 1 / s : 0));
}

/** Basis on the column side (d < n): q spans the row space of A. */
function columnSideSvd({ options, k, l }: { options: RandomizedSvdOptions; k: number; l: number }): TruncatedSvd {
  const { matrix: a, seed = 0, powerIterations = DEFAULT_POWER_ITERATIONS } = options;
  // A Gaussian Ω' on the small side pushed through AᵀA is Halko's sketch Aᵀ·Ω with Ω = A·Ω'.
  let q = gaussian({ rows: a.cols, cols: l, seed });
  let next: DenseMatrix = { rows: a.cols, cols: l, data: new Float64Array(a.cols * l) };
  for (let it = 0; it <= powerIterations; it++) {
    streamedGramProduct({ a, q, out: next.data });
    orthonormalizeColumnsInPlace(next, it === powerIterations ? 2 : 1);
    [q, next] = [next, q];
  }
  // Gram of A·q (n×l) streamed in blocks of rows; its eigenvectors rotate q onto V.
  const gram = new Float64Array(l * l);
  const addGram = (w: DenseMatrix): void => {
    const g = gramMatrix(w).data;
    for (let i = 0; i < g.length; i++) gram[i]! += g[i]!;
  };
  streamRows({ a, q, visit: addGram });
  const { sigma, rt } = projectedSpectrum({ rows: l, cols: l, data: gram }, k);
  const emb = new Float64Array(a.rows * k);
  streamRows({ a, q, visit: (w, start) => emb.set(timesR({ m: w, rt, k }).data, start * k) });
  const embedding: DenseMatrix = { rows: a.rows, cols: k, data: emb };
  const result: TruncatedSvd = { singularValues: sigma, embedding };
  return {
    ...result,
    ...(options.computeU ? { u: scaleCols(embedding, inverse(sigma)) } : {}),
    ...(options.computeV ? { v: timesR({ m: q, rt, k }) } : {}),
  };
}

function scaleCols(m: DenseMatrix, f: Float64Array): DenseMatrix {
  const out = Float64Array.from(m.data);
  for (let r = 0; r < m.rows; r++) for (let j = 0; j < m.cols; j++) out[r * m.cols + j]! *= f[j]!;
  return { rows: m.rows, cols: m.cols, data: out };
}

/** Basis on the row side (n ≤ d): q spans the column space of A. */
function rowSideSvd({ options, k, l }: { options: RandomizedSvdOptions; k: number; l: number }): TruncatedSvd {
  const { matrix: a, seed = 0, powerIterations = DEFAULT_POWER_ITERATIONS } = options;
  // Two n×l and one d×l buffers, reused: fresh memory costs more than the arithmetic here (ADR 0010).
  // Halko's sketch Y = A·Ω with Ω Gaussian (d×l), then (A·Aᵀ) power steps, orthonormalising after each.
  let q = csrTimesDense({ a, b: gaussian({ rows: a.cols, cols: l, seed }) });
  orthonormalizeColumnsInPlace(q, powerIterations === 0 ? 2 : 1);
  let next: Float64Array = new Float64Array(a.rows * l);
  const z = new Float64Array(a.cols * l);
  for (let it = 0; it < powerIterations; it++) {
    csrTransposeTimesDense({ a, b: q, into: z });
    const y = csrTimesDense({ a, b: { rows: a.cols, cols: l, data: z }, into: next });
    orthonormalizeColumnsInPlace(y, it === powerIterations - 1 ? 2 : 1);
    next = q.data;
    q = y;
  }
  const w = csrTransposeTimesDense({ a, b: q, into: z });
  const { sigma, rt } = projectedSpectrum(gramMatrix(w), k);
  const embedding = timesR({ m: q, rt, k, scale: sigma });
  const result: TruncatedSvd = { singularValues: sigma, embedding };
  return {
    ...result,
    ...(options.computeU ? { u: timesR({ m: q, rt, k }) } : {}),
    ...(options.computeV ? { v: timesR({ m: w, rt, k, scale: inverse(sigma) }) } : {}),
  };
}
