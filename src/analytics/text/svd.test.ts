/** @module analytics/text/svd.test — products, Cholesky QR, Jacobi and randomized SVD against exact answers. */
import { describe, expect, it } from 'vitest';
import { symmetricEigenQl } from './eigen-ql.js';
import { gramMatrix, multiplyDense, orthonormalizeColumns, symmetricEigen } from './linalg.js';
import { createRng } from './random.js';
import type { CsrMatrix } from './sparse.js';
import { csrFromRows, csrTimesDense, csrToDense, csrTransposeTimesDense, hstackCsr, transposeCsr } from './sparse.js';
import { randomizedSvd } from './svd.js';

function randomSparse(rows: number, cols: number, density: number, seed: number): CsrMatrix {
  const rng = createRng(seed);
  const list = Array.from({ length: rows }, () => {
    const r: Array<[number, number]> = [];
    for (let c = 0; c < cols; c++) if (rng.next() < density) r.push([c, rng.next()]);
    return r;
  });
  return csrFromRows({ cols, rows: list });
}

describe('sparse products', () => {
  it('A·B and Aᵀ·B equal their dense counterparts', () => {
    const a = randomSparse(7, 9, 0.4, 1);
    const dense = csrToDense(a).data;
    const b = { rows: 9, cols: 3, data: Float64Array.from({ length: 27 }, (_, i) => (i % 5) - 2) };
    const y = csrTimesDense({ a, b }).data;
    const c = { rows: 7, cols: 3, data: Float64Array.from({ length: 21 }, (_, i) => (i % 4) - 1) };
    const z = csrTransposeTimesDense({ a, b: c }).data;
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let t = 0; t < 9; t++) s += dense[i * 9 + t]! * b.data[t * 3 + j]!;
        expect(y[i * 3 + j]).toBeCloseTo(s, 5);
      }
    }
    for (let t = 0; t < 9; t++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let i = 0; i < 7; i++) s += dense[i * 9 + t]! * c.data[i * 3 + j]!;
        expect(z[t * 3 + j]).toBeCloseTo(s, 5);
      }
    }
  });
  it('transposeCsr gives Aᵀ, so A·B by gathering equals Aᵀ·B by scattering', () => {
    const a = randomSparse(23, 17, 0.3, 4);
    const at = transposeCsr(a);
    expect(at.rows).toBe(17);
    expect(Array.from(csrToDense(transposeCsr(at)).data)).toEqual(Array.from(csrToDense(a).data));
    const c = { rows: 23, cols: 11, data: Float64Array.from({ length: 253 }, (_, i) => Math.sin(i)) };
    const gathered = csrTimesDense({ a: at, b: c }).data;
    const scattered = csrTransposeTimesDense({ a, b: c }).data;
    gathered.forEach((x, i) => expect(x).toBeCloseTo(scattered[i]!, 12));
  });
  it('hstack offsets columns and applies block weights', () => {
    const a = csrFromRows({ cols: 2, rows: [[[1, 1]]] });
    const m = hstackCsr({ blocks: [a, a], weights: [1, 3] });
    expect(Array.from(csrToDense(m).data)).toEqual([0, 1, 0, 3]);
  });
});

describe('linalg', () => {
  it('Jacobi finds the eigenvalues of [[2,1],[1,2]] and of a diagonal matrix', () => {
    expect(Array.from(symmetricEigen({ rows: 2, cols: 2, data: Float64Array.of(2, 1, 1, 2) }).values)).toEqual([
      expect.closeTo(3, 12),
      expect.closeTo(1, 12),
    ]);
    const e = symmetricEigen({ rows: 3, cols: 3, data: Float64Array.of(1, 0, 0, 0, 5, 0, 0, 0, 3) });
    expect(Array.from(e.values)).toEqual([5, 3, 1]);
  });
  it('tridiagonal QL agrees with Jacobi and gives orthonormal eigenvectors (random 30×30)', () => {
    const rng = createRng(11);
    const n = 30;
    const data = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) data[i * n + j] = data[j * n + i] = rng.gauss();
    }
    const m = { rows: n, cols: n, data };
    const ql = symmetricEigenQl(m);
    const jacobi = symmetricEigen(m);
    ql.values.forEach((v, i) => expect(v).toBeCloseTo(jacobi.values[i]!, 10));
    const v = ql.vectors.data;
    for (let c = 0; c < n; c++) {
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let t = 0; t < n; t++) s += data[r * n + t]! * v[t * n + c]!;
        expect(s).toBeCloseTo(ql.values[c]! * v[r * n + c]!, 10);
      }
    }
    expect(Array.from(symmetricEigenQl({ rows: 3, cols: 3, data: Float64Array.of(1, 0, 0, 0, 5, 0, 0, 0, 3) }).values)).toEqual([5, 3, 1]);
  });
  it('multiplies a dense matrix by a small one', () => {
    const m = { rows: 2, cols: 3, data: Float64Array.of(1, 2, 3, 4, 5, 6) };
    const c = Float64Array.of(1, 0, 0, 1, 1, 1);
    expect(Array.from(multiplyDense({ m, c, k: 2 }).data)).toEqual([4, 5, 10, 11]);
  });
  it('Cholesky QR gives orthonormal columns and zeroes a dependent column', () => {
    const m = { rows: 4, cols: 3, data: Float64Array.of(1, 2, 2, 0, 1, 1, 1, 0, 0, 3, 1, 1) };
    const q = orthonormalizeColumns(m);
    const g = gramMatrix(q).data;
    // Column 2 equals column 1: it must come back as zero; columns 0 and 1 orthonormal.
    expect(g[0]).toBeCloseTo(1, 10);
    expect(g[4]).toBeCloseTo(1, 10);
    expect(g[1]).toBeCloseTo(0, 10);
    expect(g[8]).toBeCloseTo(0, 10);
  });
});

describe('randomizedSvd', () => {
  const a = randomSparse(40, 25, 0.3, 7);
  const dense = csrToDense(a);
  // Exact singular values: square roots of the eigenvalues of AᵀA.
  const exact = Array.from(symmetricEigen(gramMatrix(dense)).values, (x) => Math.sqrt(Math.max(0, x)));

  it('recovers the leading singular values of a small matrix', () => {
    const { singularValues } = randomizedSvd({ matrix: a, k: 5, seed: 3, powerIterations: 4 });
    singularValues.forEach((s, i) => expect(s).toBeCloseTo(exact[i]!, 4));
  });

  it('reconstructs the matrix exactly at full rank, on both code paths (rows < cols and rows > cols)', () => {
    for (const m of [a, randomSparse(12, 30, 0.4, 9)]) {
      const k = Math.min(m.rows, m.cols);
      const { u, v, singularValues, embedding } = randomizedSvd({ matrix: m, k, seed: 1, computeU: true, computeV: true });
      const d = csrToDense(m).data;
      for (let i = 0; i < m.rows; i++) {
        for (let j = 0; j < m.cols; j++) {
          let s = 0;
          for (let t = 0; t < k; t++) s += u!.data[i * k + t]! * singularValues[t]! * v!.data[j * k + t]!;
          expect(s).toBeCloseTo(d[i * m.cols + j]!, 6);
        }
      }
      expect(embedding.data[0]).toBeCloseTo(u!.data[0]! * singularValues[0]!, 8);
    }
  });

  it('falls back to the stable scheme on a steep spectrum and still finds the top singular values', () => {
    // Diagonal 40×30 with σ_i = 10^(-i/3): the one-step basis A·Aᵀ·A·Ω is far too ill-conditioned for the
    // Gram route (κ ≫ 10⁸), so the orthonormalised scheme must take over.
    const rows = Array.from({ length: 40 }, (_, i): Array<[number, number]> => (i < 30 ? [[i, 10 ** (-i / 3)]] : []));
    const m = csrFromRows({ cols: 30, rows });
    const { singularValues } = randomizedSvd({ matrix: m, k: 5, seed: 2, powerIterations: 1 });
    singularValues.forEach((s, i) => expect(s / 10 ** (-i / 3)).toBeCloseTo(1, 6));
  });

  it('is deterministic for a seed', () => {
    const x = randomizedSvd({ matrix: a, k: 4, seed: 5 }).embedding.data;
    const y = randomizedSvd({ matrix: a, k: 4, seed: 5 }).embedding.data;
    expect(Array.from(x)).toEqual(Array.from(y));
  });
});
