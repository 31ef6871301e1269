/** @module analytics/text/parallel.test — the worker-thread kernels give bit-identical results to one thread. */
import { afterAll, describe, expect, it } from 'vitest';
import { approximateKnn } from './knn-ivf.js';
import { textFeatures } from './text-features.js';
import type { KnnResult } from './knn.js';
import { closeTextThreads, setTextThreads, startTextThreads, textThreadStats } from './parallel-pool.js';
import { createRng } from './random.js';
import type { CsrMatrix, DenseMatrix } from './sparse.js';
import { randomizedSvd } from './svd.js';
import type { TruncatedSvd } from './svd.js';

/** Clustered points with exact duplicate rows (ties in the kNN lists), n large enough for the parallel scan. */
function clusteredPoints({ n, d, centers, seed }: { n: number; d: number; centers: number; seed: number }): DenseMatrix {
  const rng = createRng(seed);
  const c = Float64Array.from({ length: centers * d }, () => rng.next() * 2 - 1);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.next() < 0.05) {
      const j = rng.int(i);
      data.copyWithin(i * d, j * d, j * d + d);
      continue;
    }
    const k = rng.int(centers);
    for (let t = 0; t < d; t++) data[i * d + t] = c[k * d + t]! + 0.4 * (rng.next() - 0.5);
  }
  return { rows: n, cols: d, data };
}

/** A random sparse matrix with `perRow` distinct columns per row, large enough for the parallel products. */
function sparseMatrix({ rows, cols, perRow, seed }: { rows: number; cols: number; perRow: number; seed: number }): CsrMatrix {
  const rng = createRng(seed);
  const indptr = new Int32Array(rows + 1);
  const indices = new Int32Array(rows * perRow);
  const data = new Float32Array(rows * perRow);
  for (let i = 0; i < rows; i++) {
    const picked = new Set<number>();
    while (picked.size < perRow) picked.add(rng.int(cols));
    [...picked].sort((a, b) => a - b).forEach((col, t) => {
      indices[i * perRow + t] = col;
      data[i * perRow + t] = rng.next();
    });
    indptr[i + 1] = (i + 1) * perRow;
  }
  return { rows, cols, indptr, indices, data };
}

function expectSameKnn(a: KnnResult, b: KnnResult): void {
  expect(Buffer.from(b.indices.buffer).equals(Buffer.from(a.indices.buffer))).toBe(true);
  expect(Buffer.from(b.similarities.buffer).equals(Buffer.from(a.similarities.buffer))).toBe(true);
}

function expectSameSvd(a: TruncatedSvd, b: TruncatedSvd): void {
  expect(Array.from(b.singularValues)).toEqual(Array.from(a.singularValues));
  expect(Buffer.from(new Float64Array(b.embedding.data).buffer).equals(Buffer.from(new Float64Array(a.embedding.data).buffer))).toBe(
    true,
  );
}

describe('worker-thread kernels', () => {
  afterAll(async () => {
    setTextThreads(undefined);
    await closeTextThreads();
  });

  it('kNN scan and SVD products: identical output with 1 and 2 threads', async () => {
    const points = clusteredPoints({ n: 6000, d: 32, centers: 60, seed: 3 });
    const matrix = sparseMatrix({ rows: 6000, cols: 3000, perRow: 40, seed: 4 });
    setTextThreads(1);
    const before = textThreadStats();
    const knn1 = approximateKnn({ points, k: 15, seed: 0 });
    const svd1 = randomizedSvd({ matrix, k: 40, seed: 0, powerIterations: 1 });
    expect(textThreadStats().jobs).toBe(before.jobs);

    setTextThreads(2);
    expect(await startTextThreads()).toBe(1);
    // Until a helper has computed some chunks (it nearly always does on the first try, but a busy machine may
    // not schedule it during a whole job), every attempt must be identical.
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = textThreadStats();
      expectSameKnn(knn1, approximateKnn({ points, k: 15, seed: 0 }));
      expectSameSvd(svd1, randomizedSvd({ matrix, k: 40, seed: 0, powerIterations: 1 }));
      const end = textThreadStats();
      // At least the kNN scan, its coarse assignment, the SVD's sketch and three products (Z = Bᵀ·Y, Y = B·Z, W = Bᵀ·Y).
      expect(end.jobs - start.jobs).toBeGreaterThanOrEqual(6);
      if (end.helperChunks > start.helperChunks) return;
    }
    throw new Error('the helper thread never took part');
  });

  it('text features (char n-gram passes): identical matrix with 1 and 2 threads', async () => {
    const rng = createRng(7);
    const vocabulary = Array.from({ length: 300 }, (_, i) => `w${(i * 7919).toString(36)}${'xyz'.slice(0, i % 3)}`);
    const texts = Array.from({ length: 4500 }, () =>
      Array.from({ length: 3 + rng.int(12) }, () => vocabulary[rng.int(vocabulary.length)]!).join(' '),
    );
    setTextThreads(1);
    const one = textFeatures({ texts });
    setTextThreads(2);
    expect(await startTextThreads()).toBe(1);
    const bytes = (a: ArrayBufferView): Buffer => Buffer.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = textThreadStats();
      const two = textFeatures({ texts });
      expect(two.cols).toBe(one.cols);
      expect(bytes(two.indptr).equals(bytes(one.indptr))).toBe(true);
      expect(bytes(two.indices).equals(bytes(one.indices))).toBe(true);
      expect(bytes(two.data).equals(bytes(one.data))).toBe(true);
      // Both char n-gram passes ran as jobs.
      expect(textThreadStats().jobs - start.jobs).toBe(2);
      if (textThreadStats().helperChunks > start.helperChunks) return;
    }
    throw new Error('the helper thread never took part');
  });

  it('small inputs stay on the calling thread', () => {
    setTextThreads(2);
    const before = textThreadStats();
    approximateKnn({ points: clusteredPoints({ n: 2500, d: 16, centers: 20, seed: 5 }), k: 10, seed: 0 });
    randomizedSvd({ matrix: sparseMatrix({ rows: 500, cols: 400, perRow: 10, seed: 6 }), k: 20, seed: 0 });
    expect(textThreadStats().jobs).toBe(before.jobs);
  });
});
