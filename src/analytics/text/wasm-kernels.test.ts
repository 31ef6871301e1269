/**
 * @module analytics/text/wasm-kernels.test — the WebAssembly SIMD kernels against known answers and, bit for
 * bit, against scalar references that sum in the order of the former JavaScript kernels; the kernel arena.
 */
import { describe, expect, it } from 'vitest';
import {
  addressOf,
  arenaFloat32,
  arenaFloat64,
  arenaInt32,
  inKernelMemory,
  kernelFloat64,
  kernels,
  scratchAddress,
  toKernelFloat64,
  withKernelArena,
} from './kernel-memory.js';
import { kernelTopK, replayPair, scanDots, scanLength } from './knn-scan.js';
import { TopKLists } from './knn.js';
import { createRng } from './random.js';
import { kernelModuleBytes } from './wasm-kernels.js';

const F64 = Float64Array.BYTES_PER_ELEMENT;

/** Same bits (so NaN, +0 and −0 are told apart), element by element. */
function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const a = new Uint8Array(actual.buffer, actual.byteOffset, actual.byteLength);
  const b = new Uint8Array(expected.buffer, expected.byteOffset, expected.byteLength);
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
}

/** Σ_k v_k·b_k in the kernels' order: ((v₀b₀ + v₁b₁) + v₂b₂) + … */
function chain(terms: Array<[number, number]>): number {
  let s = terms[0]![0] * terms[0]![1];
  for (let k = 1; k < terms.length; k++) s += terms[k]![0] * terms[k]![1];
  return s;
}

/** Scalar reference of `gather`: blocks of 8, then 4, then 1 nonzeros, each block added to the output. */
function gatherReference(a: { indptr: Int32Array; indices: Int32Array; data: Float32Array }, b: Float64Array, l: number, rows: number): Float64Array {
  const out = new Float64Array(rows * l);
  for (let i = 0; i < rows; i++) {
    let p = a.indptr[i]!;
    const end = a.indptr[i + 1]!;
    for (const block of [8, 4, 1]) {
      for (; p + block <= end; p += block) {
        for (let c = 0; c < l; c++) {
          const terms: Array<[number, number]> = [];
          for (let k = 0; k < block; k++) terms.push([a.data[p + k]!, b[a.indices[p + k]! * l + c]!]);
          out[i * l + c]! += chain(terms);
        }
      }
    }
  }
  return out;
}

/** A random CSR matrix (0–20 nonzeros a row, repeated columns allowed) in the current arena. */
function arenaCsr(rng: ReturnType<typeof createRng>, rows: number, cols: number) {
  const lists = Array.from({ length: rows }, () => Array.from({ length: rng.int(21) }, () => [rng.int(cols), rng.next() - 0.5] as const));
  const indptr = arenaInt32(rows + 1);
  lists.forEach((r, i) => (indptr[i + 1] = indptr[i]! + r.length));
  const indices = arenaInt32(indptr[rows]!);
  const data = arenaFloat32(indptr[rows]!);
  lists.flat().forEach(([c, v], p) => {
    indices[p] = c;
    data[p] = v;
  });
  return { indptr, indices, data };
}

function randomArena(rng: ReturnType<typeof createRng>, length: number): Float64Array {
  const out = arenaFloat64(length);
  for (let i = 0; i < length; i++) out[i] = rng.next() * 2 - 1;
  return out;
}

describe('WebAssembly kernels', () => {
  it('the emitted module is valid WebAssembly', () => {
    const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
    expect(wasm.validate(kernelModuleBytes())).toBe(true);
  });

  it('gather: a known product', () => {
    withKernelArena(() => {
      // A = [[1, 0, 2], [0, 0, 0], [0, 3, 0]], B = [[1, 2, 3], [4, 5, 6], [7, 8, 9]] (l = 3: a pair and a low lane).
      const indptr = arenaInt32(4);
      indptr.set([0, 2, 2, 3]);
      const indices = arenaInt32(3);
      indices.set([0, 2, 1]);
      const data = arenaFloat32(3);
      data.set([1, 2, 3]);
      const b = arenaFloat64(9);
      b.set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const out = arenaFloat64(9).fill(NaN);
      kernels().gather(addressOf(indptr), addressOf(indices), addressOf(data), addressOf(b), 3, addressOf(out), 0, 3);
      expect(Array.from(out)).toEqual([15, 18, 21, 0, 0, 0, 12, 15, 18]);
    });
  });

  it('gather: bit-identical to the scalar order, odd and even widths, any row range', () => {
    const rng = createRng(1);
    for (const [rows, cols, l] of [[60, 40, 7], [120, 90, 90], [10, 5, 1], [30, 30, 2]] as const) {
      withKernelArena(() => {
        const a = arenaCsr(rng, rows, cols);
        const b = randomArena(rng, cols * l);
        const out = arenaFloat64(rows * l).fill(123);
        const at = [addressOf(a.indptr), addressOf(a.indices), addressOf(a.data), addressOf(b)] as const;
        // Two ranges: rows are independent, and each range overwrites its rows.
        const mid = Math.floor(rows / 3);
        kernels().gather(...at, l, addressOf(out), mid, rows);
        kernels().gather(...at, l, addressOf(out), 0, mid);
        expectSameBits(out, gatherReference(a, b, l, rows));
      });
    }
  });

  it('tile: eight dot products bit-identical to scalar sums; `both = 0` writes four', () => {
    const rng = createRng(2);
    for (const d of [1, 2, 37, 80]) {
      withKernelArena(() => {
        const rows = randomArena(rng, 10 * d);
        const base = addressOf(rows);
        const at = (r: number): number => base + r * d * F64;
        const dot = (i: number, j: number): number => {
          let s = 0;
          for (let c = 0; c < d; c++) s += rows[i * d + c]! * rows[j * d + c]!;
          return s;
        };
        const out = arenaFloat64(8).fill(7);
        kernels().tile(at(0), at(1), at(2), at(5), at(7), at(9), d * F64, addressOf(out), 1);
        expectSameBits(out, Float64Array.from([0, 1, 2, 5, 0, 1, 2, 5], (r, k) => dot(r, k < 4 ? 7 : 9)));
        out.fill(7);
        kernels().tile(at(3), at(4), at(6), at(8), at(2), at(2), d * F64, addressOf(out), 0);
        expectSameBits(out, Float64Array.from([dot(3, 2), dot(4, 2), dot(6, 2), dot(8, 2), 7, 7, 7, 7]));
      });
    }
    // The scratch slot of this thread is usable as a tile's output.
    withKernelArena(() => {
      const rows = arenaFloat64(8);
      rows.set([1, 2, 3, 4, 5, 6, 7, 8]);
      const at = addressOf(rows);
      kernels().tile(at, at, at + 16, at + 16, at + 32, at + 48, 16, scratchAddress(), 1);
      expect(Array.from(kernelFloat64(scratchAddress(), 8))).toEqual([17, 17, 39, 39, 23, 23, 53, 53]);
    });
  });

  it('gram: the upper triangle of YᵀY, bit-identical to blocks of 8 rows then single rows', () => {
    const rng = createRng(3);
    for (const [n, l] of [[3, 2], [21, 5], [100, 9], [64, 90]] as const) {
      withKernelArena(() => {
        const y = randomArena(rng, n * l);
        const g = arenaFloat64(l * l);
        const split = Math.floor(l / 2);
        kernels().gram(addressOf(y), n, l, addressOf(g), 0, split);
        kernels().gram(addressOf(y), n, l, addressOf(g), split, l);
        const expected = new Float64Array(l * l);
        for (const [from, block] of [[0, 8], [n - (n % 8), 1]] as const) {
          for (let row = from; row + block <= (block === 8 ? n - (n % 8) : n); row += block) {
            for (let i = 0; i < l; i++) {
              for (let j = i; j < l; j++) {
                const terms: Array<[number, number]> = [];
                for (let k = 0; k < block; k++) terms.push([y[(row + k) * l + i]!, y[(row + k) * l + j]!]);
                expected[i * l + j]! += chain(terms);
              }
            }
          }
        }
        expectSameBits(g, expected);
      });
    }
    withKernelArena(() => {
      const y = arenaFloat64(4);
      y.set([1, 2, 3, 4]); // 2×2
      const g = arenaFloat64(4);
      kernels().gram(addressOf(y), 2, 2, addressOf(g), 0, 2);
      expect(Array.from(g)).toEqual([10, 14, 0, 20]);
    });
  });

  it('product: Y·C bit-identical to blocks of 8 rows of C then single rows', () => {
    const rng = createRng(4);
    for (const [n, l, k] of [[2, 3, 2], [17, 20, 7], [40, 90, 80]] as const) {
      withKernelArena(() => {
        const y = randomArena(rng, n * l);
        const c = randomArena(rng, l * k);
        const out = arenaFloat64(n * k).fill(NaN);
        kernels().product(addressOf(y), l, addressOf(c), k, addressOf(out), 1, n);
        kernels().product(addressOf(y), l, addressOf(c), k, addressOf(out), 0, 1);
        const expected = new Float64Array(n * k);
        for (let r = 0; r < n; r++) {
          let i = 0;
          for (const block of [8, 1]) {
            for (; i + block <= l; i += block) {
              for (let j = 0; j < k; j++) {
                const terms: Array<[number, number]> = [];
                for (let t = 0; t < block; t++) terms.push([y[r * l + i + t]!, c[(i + t) * k + j]!]);
                expected[r * k + j]! += chain(terms);
              }
            }
          }
        }
        expectSameBits(out, expected);
      });
    }
  });
});

/**
 * The former JS replay of one cell pair (the fused scan's order and masks), feeding `push`: the reference the
 * WebAssembly `replay` must match offer for offer.
 */
function referenceReplay(args: {
  members: Int32Array;
  qFrom: number;
  qTo: number;
  cFrom: number;
  cTo: number;
  same: boolean;
  dots: Float64Array;
  push: (i: number, j: number, dot: number) => void;
}): void {
  const { members, qFrom, qTo, cFrom, cTo, same, dots, push } = args;
  const qn = qTo - qFrom;
  const cn = cTo - cFrom;
  let r = 0;
  let s = 0;
  for (; s + 4 <= qn; s += 4) {
    const q = [0, 1, 2, 3].map((m) => members[qFrom + s + m]!);
    let t = same ? s + 1 : 0;
    for (; t + 2 <= cn; t += 2) {
      for (const [dt, base] of [[0, 0], [1, 4]] as const) {
        const j = members[cFrom + t + dt]!;
        q.forEach((i, m) => {
          if (!same || t + dt > s + m) push(i, j, dots[r + base + m]!);
        });
      }
      r += 8;
    }
    for (; t < cn; t++) {
      const j = members[cFrom + t]!;
      q.forEach((i, m) => {
        if (!same || t > s + m) push(i, j, dots[r + m]!);
      });
      r += 4;
    }
  }
  for (; s < qn; s++) {
    for (let t = same ? s + 1 : 0; t < cn; t++) push(members[qFrom + s]!, members[cFrom + t]!, dots[r++]!);
  }
}

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

describe('WebAssembly top-k lists', () => {
  it('offer: the same lists as TopKLists.offer, ties and float32 rounding included', () => {
    const rng = createRng(5);
    withKernelArena(() => {
      const [rows, k] = [20, 4];
      const js = new TopKLists(rows, k);
      const lists = kernelTopK(rows, k);
      const at = [addressOf(lists.indices), addressOf(lists.similarities), addressOf(lists.worst)] as const;
      for (let step = 0; step < 2000; step++) {
        const i = rng.int(rows);
        const j = rng.int(1000);
        // Coarse values (many ties) and values that round differently to float32.
        const x = step % 2 ? Math.round(rng.next() * 16) / 16 : rng.next() * 2 - 1 + 1e-9;
        js.offer(i, j, x);
        kernels().offer(i, j, x, ...at, k);
      }
      expect(sameBytes(lists.indices, js.indices)).toBe(true);
      expect(sameBytes(lists.similarities, js.similarities)).toBe(true);
      expect(sameBytes(lists.worst, js.worst)).toBe(true);
    });
  });

  it('replay: the same offers in the same order as the former JS replay, for every cell-pair shape', () => {
    const rng = createRng(6);
    for (const [n, k, d] of [[200, 5, 8], [301, 15, 16], [40, 1, 3]] as const) {
      withKernelArena(() => {
        // Quarter-step values: many exactly equal dot products (ties).
        const data = arenaFloat64(n * d);
        for (let i = 0; i < data.length; i++) data[i] = Math.round((rng.next() - 0.5) * 8) / 4;
        const members = arenaInt32(n);
        members.set(Array.from({ length: n }, (_, i) => i).sort(() => rng.next() - 0.5));
        const js = new TopKLists(n, k);
        const lists = kernelTopK(n, k);
        // Three "cells" of sizes not multiple of 4 or 2, every unordered pair (same cell included).
        const cuts = [0, Math.floor(n / 3) + 1, Math.floor(n / 2) + 3, n];
        for (let a = 0; a < 3; a++) {
          for (let b = a; b < 3; b++) {
            const cell = { qFrom: cuts[a]!, qTo: cuts[a + 1]!, cFrom: cuts[b]!, cTo: cuts[b + 1]!, same: a === b };
            const dots = arenaFloat64(scanLength(cell.qTo - cell.qFrom, cell.cTo - cell.cFrom, cell.same) + 1);
            scanDots({ data, d, members, ...cell, out: dots, pos: 0, dataAt: addressOf(data), outAt: addressOf(dots) });
            referenceReplay({
              members,
              ...cell,
              dots,
              push: (i, j, x) => {
                if (x > js.worst[i]!) js.offer(i, j, x);
                if (x > js.worst[j]!) js.offer(j, i, x);
              },
            });
            replayPair({ membersAt: addressOf(members), ...cell, dotsAt: addressOf(dots), lists });
          }
        }
        expect(sameBytes(lists.indices, js.indices)).toBe(true);
        expect(sameBytes(lists.similarities, js.similarities)).toBe(true);
        expect(sameBytes(lists.worst, js.worst)).toBe(true);
      });
    }
  });
});

describe('kernel arena', () => {
  it('releases on return and on throw, grows on demand, and tells its arrays apart', () => {
    const first = withKernelArena(() => addressOf(arenaFloat64(10)));
    expect(withKernelArena(() => addressOf(arenaFloat64(10)))).toBe(first);
    expect(() =>
      withKernelArena(() => {
        arenaFloat64(1000);
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
    expect(withKernelArena(() => addressOf(arenaInt32(3)))).toBe(first);
    withKernelArena(() => {
      const big = arenaFloat64(3_000_000); // 24 MB: beyond the initial memory
      big[big.length - 1] = 5;
      expect(big[big.length - 1]).toBe(5);
      expect(addressOf(big) % 16).toBe(0);
      const plain = Float64Array.of(1, 2);
      expect(inKernelMemory(plain)).toBe(false);
      expect(() => addressOf(plain)).toThrow(RangeError);
      const copy = toKernelFloat64(plain);
      expect(inKernelMemory(copy)).toBe(true);
      expect(Array.from(copy)).toEqual([1, 2]);
      expect(toKernelFloat64(copy)).toBe(copy);
    });
  });
});
