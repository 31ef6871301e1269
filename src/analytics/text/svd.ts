/** @module analytics/text/svd — randomized truncated SVD (Halko, Martinsson & Tropp 2011) on a CSR matrix. */
import { choleskyUpper, invertUpper, multiplyDense, orthonormalizeColumnsInPlace } from './linalg.js';
import { symmetricEigenQl } from './eigen-ql.js';
import { gramMatrixParallel, multiplyDenseParallel } from './dense-parallel.js';
import { sparseSignSketch } from './sketch.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { toKernelCsr, transposeCsr } from './sparse.js';
import { csrTimesDenseParallel } from './sparse-parallel.js';
import { arenaFloat64, withKernelArena } from './kernel-memory.js';

/** Extra random directions beyond k; Halko et al. recommend 5–10 for a reliable range estimate. */
const DEFAULT_OVERSAMPLES = 10;
/** Power iterations; each sharpens the spectrum's decay (Halko et al.: 1–2 usually suffice for q ≪ rank). */
const DEFAULT_POWER_ITERATIONS = 2;
/**
 * Largest condition number of the column-scaled Gram matrix of the basis that the Rayleigh–Ritz step accepts
 * without orthonormalising the basis first: its relative error is about ε·κ ≈ 10⁻⁸ at this bound.
 */
const GRAM_CONDITION_LIMIT = 1e8;

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
 * Randomized truncated SVD. Let B be A or Aᵀ, whichever has fewer rows (s), so the basis Y (s×l) lives on the
 * small side. Y = B·Ω with a sparse sign test matrix Ω, then `powerIterations` steps Y ← B·(Bᵀ·Y), the
 * basis orthonormalised (Cholesky QR) before every step but the first. Rayleigh–Ritz then works from Gram
 * matrices: with YᵀY = RᵀR and W = Bᵀ·Y, the small matrix R⁻ᵀ(WᵀW)R⁻¹ is eigen-decomposed (tridiagonal QL), so
 * neither Q = Y·R⁻¹ nor Qᵀ·B is ever formed. When the basis is too ill-conditioned for that (a steep spectrum:
 * κ(YᵀY) > 10⁸ after column scaling), the whole sketch is redone the classic way, orthonormalising after
 * every product (Halko's Algorithm 4.4), which is always stable. Products with Bᵀ use a transposed copy
 * (gathering is ~2× faster than scattering); the sparse matrix is never densified.
 * @example
 * const { embedding, singularValues } = randomizedSvd({ matrix, k: 100, seed: 0 });
 */
export function randomizedSvd(options: RandomizedSvdOptions): TruncatedSvd {
  const { matrix, k: kWanted, oversamples = DEFAULT_OVERSAMPLES } = options;
  const k = Math.max(0, Math.min(kWanted, matrix.rows, matrix.cols));
  const l = Math.min(k + oversamples, matrix.rows, matrix.cols);
  const rowSide = matrix.rows <= matrix.cols;
  // The operands of the sparse products live in the kernel memory (WebAssembly kernels, shared with the
  // pool's helpers) for the duration of this call; the results are copied out of it.
  return withKernelArena(() => {
    const a = toKernelCsr(matrix);
    const at = transposeCsr(a, { arena: true });
    const b = rowSide ? a : at;
    const bt = rowSide ? at : a;
    const fast = rangeFinder({ b, bt, l, options, stable: false });
    const basis = fast ?? rangeFinder({ b, bt, l, options, stable: true })!;
    const svd = rayleighRitz({ ...basis, k, rowSide, options });
    return { ...svd, embedding: { ...svd.embedding, data: Float64Array.from(svd.embedding.data) } };
  });
}

/** A basis of B's range with what Rayleigh–Ritz needs: W = Bᵀ·Y and T with Y·T orthonormal. */
interface RangeBasis {
  readonly y: DenseMatrix;
  readonly w: DenseMatrix;
  readonly t: Float64Array;
}

/**
 * Y spanning (approximately) the top-l range of B, with T (l×l, upper triangular) such that Y·T is orthonormal.
 * In `stable` mode Y is orthonormalised after every product; otherwise only between power steps, and
 * `undefined` is returned when Y's Gram matrix is too ill-conditioned (or rank-deficient) to trust.
 */
function rangeFinder({
  b,
  bt,
  l,
  options,
  stable,
}: {
  b: CsrMatrix;
  bt: CsrMatrix;
  l: number;
  options: RandomizedSvdOptions;
  stable: boolean;
}): RangeBasis | undefined {
  const { seed = 0, powerIterations = DEFAULT_POWER_ITERATIONS } = options;
  const y = sparseSignSketch({ b, l, seed, out: arenaFloat64(b.rows * l) });
  // One buffer on each side, reused by every product: fresh memory costs more than the arithmetic (ADR 0010).
  const z: DenseMatrix = { rows: bt.rows, cols: l, data: arenaFloat64(bt.rows * l) };
  for (let it = 0; it < powerIterations; it++) {
    if (stable || it > 0) orthonormalizeColumnsInPlace(y, 1);
    csrTimesDenseParallel({ a: bt, b: y, into: z.data });
    csrTimesDenseParallel({ a: b, b: z, into: y.data });
  }
  let t: Float64Array | undefined;
  if (stable) {
    // CholeskyQR2: Y is orthonormal (dependent columns zeroed), so T = I.
    orthonormalizeColumnsInPlace(y, 2);
    t = identity(l);
  } else {
    t = scaledCholeskyInverse(y);
    if (!t) return undefined;
  }
  csrTimesDenseParallel({ a: bt, b: y, into: z.data });
  return { y, w: z, t };
}

/**
 * T = D⁻¹·R̂⁻¹ where D² = diag(YᵀY) and D⁻¹·YᵀY·D⁻¹ = R̂ᵀR̂, so that Y·T is orthonormal; `undefined` when a
 * column is dependent or κ(D⁻¹YᵀYD⁻¹) may exceed the limit. The bound used is l·‖R̂⁻¹‖²_F ≥ λmax/λmin
 * (unit diagonal ⇒ λmax ≤ l; ‖R̂⁻¹‖²_F = trace of the inverse ≥ 1/λmin).
 */
function scaledCholeskyInverse(y: DenseMatrix): Float64Array | undefined {
  const l = y.cols;
  const g = gramMatrixParallel(y).data;
  const scale = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    if (!(g[j * l + j]! > 0)) return undefined;
    scale[j] = 1 / Math.sqrt(g[j * l + j]!);
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) g[i * l + j]! *= scale[i]! * scale[j]!;
  const factor = choleskyUpper(g, l);
  if (factor.alive.some((x) => x === 0)) return undefined;
  const inv = invertUpper(factor, l);
  let frob = 0;
  for (let i = 0; i < inv.length; i++) frob += inv[i]! * inv[i]!;
  if (l * frob > GRAM_CONDITION_LIMIT) return undefined;
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) inv[i * l + j]! *= scale[i]!;
  return inv;
}

function identity(l: number): Float64Array {
  const t = new Float64Array(l * l);
  for (let i = 0; i < l; i++) t[i * l + i] = 1;
  return t;
}

/**
 * Rayleigh–Ritz on the basis: M = Tᵀ(WᵀW)T = Qᵀ·B·Bᵀ·Q with Q = Y·T; M = E·Λ·Eᵀ gives σ = √λ, B's left
 * singular vectors Q·E = Y·(T·E) and right ones W·(T·E)·Σ⁻¹. For B = Aᵀ the two sides swap.
 */
function rayleighRitz({
  y,
  w,
  t,
  k,
  rowSide,
  options,
}: RangeBasis & { k: number; rowSide: boolean; options: RandomizedSvdOptions }): TruncatedSvd {
  const l = y.cols;
  const h = gramMatrixParallel(w).data;
  // M = Tᵀ·H·T with T upper triangular.
  const ht = new Float64Array(l * l);
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < l; j++) {
      let s = 0;
      for (let c = 0; c <= j; c++) s += h[i * l + c]! * t[c * l + j]!;
      ht[i * l + j] = s;
    }
  }
  const m = new Float64Array(l * l);
  for (let i = 0; i < l; i++) {
    for (let j = i; j < l; j++) {
      let s = 0;
      for (let c = 0; c <= i; c++) s += t[c * l + i]! * ht[c * l + j]!;
      m[i * l + j] = s;
      m[j * l + i] = s;
    }
  }
  const eig = symmetricEigenQl({ rows: l, cols: l, data: m });
  const sigma = Float64Array.from(eig.values.subarray(0, k), (x) => Math.sqrt(Math.max(0, x)));
  // C = T·E_k (l×k): the small side's singular vectors are Y·C.
  const e = eig.vectors.data;
  const cMat = new Float64Array(l * k);
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let c = i; c < l; c++) s += t[i * l + c]! * e[c * l + j]!;
      cMat[i * k + j] = s;
    }
  }
  const scaled = (f: (j: number) => number): Float64Array => {
    const out = Float64Array.from(cMat);
    for (let i = 0; i < l; i++) for (let j = 0; j < k; j++) out[i * k + j]! *= f(j);
    return out;
  };
  const inverse = (j: number): number => (sigma[j]! > 0 ? 1 / sigma[j]! : 0);
  // Row side: U = Y·C, V = W·C·Σ⁻¹, U·Σ = Y·(C·Σ). Column side (B = Aᵀ): U = W·C·Σ⁻¹, V = Y·C, U·Σ = W·C.
  const small = (): DenseMatrix => multiplyDense({ m: y, c: cMat, k });
  const large = (): DenseMatrix => multiplyDense({ m: w, c: scaled(inverse), k });
  const u = options.computeU ? (rowSide ? small() : large()) : undefined;
  const v = options.computeV ? (rowSide ? large() : small()) : undefined;
  // Into the kernel arena (on the pool when large); `randomizedSvd` copies it out.
  const embedding = rowSide
    ? multiplyDenseParallel({ m: y, c: scaled((j) => sigma[j]!), k })
    : multiplyDenseParallel({ m: w, c: cMat, k });
  return { singularValues: sigma, embedding, ...(u ? { u } : {}), ...(v ? { v } : {}) };
}
