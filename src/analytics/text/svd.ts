/** @module analytics/text/svd — randomized truncated SVD (Halko, Martinsson & Tropp 2011) on a CSR matrix. */
import { gramMatrix, orthonormalizeColumns, symmetricEigen } from './linalg.js';
import { createRng } from './random.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { csrTimesDense, csrTransposeTimesDense } from './sparse.js';

/** Extra random directions beyond k; Halko et al. recommend 5–10 for a reliable range estimate. */
const DEFAULT_OVERSAMPLES = 10;
/** Power iterations; each sharpens the spectrum's decay, 2–4 suffice for text (sklearn uses 5 for k<0.1·min(n,d)). */
const DEFAULT_POWER_ITERATIONS = 3;

/** Options of {@link randomizedSvd}. */
export interface RandomizedSvdOptions {
  readonly matrix: CsrMatrix;
  /** Number of singular triplets wanted (capped at min(rows, cols)). */
  readonly k: number;
  readonly seed?: number;
  readonly oversamples?: number;
  readonly powerIterations?: number;
  /** Also return the right singular vectors (d×k). Default false. */
  readonly computeV?: boolean;
}

/** Result of {@link randomizedSvd}. */
export interface TruncatedSvd {
  /** Singular values, descending. */
  readonly singularValues: Float64Array;
  /** Left singular vectors U (n×k). */
  readonly u: DenseMatrix;
  /** Document embedding U·Σ (n×k), what scikit-learn's `TruncatedSVD.fit_transform` returns. */
  readonly embedding: DenseMatrix;
  /** Right singular vectors V (d×k), when `computeV`. */
  readonly v?: DenseMatrix;
}

/**
 * Randomized truncated SVD: Gaussian sketch, power iterations with re-orthonormalisation after every
 * product, then an exact eigen-decomposition of the small l×l Gram matrix of B = Qᵀ·A. The sparse matrix is
 * only ever multiplied, never densified.
 * @example
 * const { embedding, singularValues } = randomizedSvd({ matrix, k: 100, seed: 0 });
 */
export function randomizedSvd({
  matrix: a,
  k: kWanted,
  seed = 0,
  oversamples = DEFAULT_OVERSAMPLES,
  powerIterations = DEFAULT_POWER_ITERATIONS,
  computeV = false,
}: RandomizedSvdOptions): TruncatedSvd {
  const k = Math.max(0, Math.min(kWanted, a.rows, a.cols));
  const l = Math.min(k + oversamples, a.rows, a.cols);
  const rng = createRng(seed);
  // Orthonormalise on the smaller side only: QR costs (side)·l², so the larger side is never factored.
  const rowSide = a.rows <= a.cols;
  const fwd = (m: DenseMatrix): DenseMatrix => (rowSide ? csrTimesDense(a, m) : csrTransposeTimesDense(a, m));
  const back = (m: DenseMatrix): DenseMatrix => (rowSide ? csrTransposeTimesDense(a, m) : csrTimesDense(a, m));
  const smallSide = rowSide ? a.rows : a.cols;
  // The Gaussian test matrix lives on the small side and is pushed through (A·Aᵀ) or (Aᵀ·A) once: the
  // same sketch as Halko's A·Ω with Ω = Aᵀ·Ω', at a fraction of the random draws.
  const omega = new Float64Array(smallSide * l);
  for (let i = 0; i < omega.length; i++) omega[i] = rng.gauss();
  // q spans the range of A (rowSide) or of Aᵀ; one power step applies (A·Aᵀ) or (Aᵀ·A) then re-orthonormalises.
  let q = orthonormalizeColumns(fwd(back({ rows: smallSide, cols: l, data: omega })), 1);
  for (let it = 0; it < powerIterations; it++) q = orthonormalizeColumns(fwd(back(q)), 1);
  q = orthonormalizeColumns(q, 1);
  // w = Aᵀq (rowSide) or A·q: its Gram matrix wᵀw (l×l) shares the small projected problem's spectrum.
  const w = back(q);
  const eig = symmetricEigen(gramMatrix(w));
  const sigma = Float64Array.from(eig.values.subarray(0, k), (x) => Math.sqrt(Math.max(0, x)));
  const rot = eig.vectors;
  // rowSide: U = q·R and V = w·R/σ.  Otherwise V = q·R and U·Σ = A·V = w·R.
  const uOrV = multiplyTop(q, rot, k);
  const other = multiplyTop(w, rot, k);
  const emb = rowSide ? scaleColumns(uOrV, sigma, false) : other;
  const u = rowSide ? uOrV : scaleColumns(other, sigma, true);
  const v = rowSide ? scaleColumns(other, sigma, true) : uOrV;
  const result: TruncatedSvd = {
    singularValues: sigma,
    u,
    embedding: emb,
  };
  return computeV ? { ...result, v } : result;
}

/** Returns m with column j multiplied (or divided, when `divide`) by `f[j]`; zero factors give zero. */
function scaleColumns(m: DenseMatrix, f: Float64Array, divide: boolean): DenseMatrix {
  const k = m.cols;
  const out = new Float64Array(m.rows * k);
  const src = m.data;
  for (let r = 0; r < m.rows; r++) {
    for (let j = 0; j < k; j++) {
      const fj = f[j]!;
      out[r * k + j] = divide ? (fj > 0 ? src[r * k + j]! / fj : 0) : src[r * k + j]! * fj;
    }
  }
  return { rows: m.rows, cols: k, data: out };
}

/** Returns m · rot[:, :k] for row-major m (r×l) and rot (l×l). */
function multiplyTop(m: DenseMatrix, rot: DenseMatrix, k: number): DenseMatrix {
  const l = m.cols;
  const out = new Float64Array(m.rows * k);
  const src = m.data;
  const rd = rot.data;
  for (let r = 0; r < m.rows; r++) {
    const o = r * k;
    for (let i = 0; i < l; i++) {
      const x = src[r * l + i]!;
      if (x === 0) continue;
      const ro = i * l;
      for (let j = 0; j < k; j++) out[o + j]! += x * rd[ro + j]!;
    }
  }
  return { rows: m.rows, cols: k, data: out };
}
