/**
 * @module analytics/text/knn-scan — the IVF cell-pair scan in two steps: dot products into a buffer (any
 * thread), then the top-k updates replayed from it in the fused scan's order (one thread) — both by
 * WebAssembly kernels (`tile`, `replay`). Whatever thread computes the dots, the lists see the same offers
 * in the same sequence (ties and float32 rounding included), as they did from the former fused JS scan.
 */
import { addressOf, arenaFloat32, arenaInt32, kernels } from './kernel-memory.js';

/** Query rows × candidate rows per tile; must match the fused scan in `knn-ivf.ts`. */
const QUERY_BLOCK = 4;
const CANDIDATE_BLOCK = 2;

/**
 * How many dot products {@link scanDots} writes for a query list of `a` rows against `b` candidates (`same`:
 * one cell against itself, pairs with query position < candidate position only): the tile layout's count,
 * masked lanes included.
 */
export function scanLength(a: number, b: number, same: boolean): number {
  let n = 0;
  let s = 0;
  for (; s + QUERY_BLOCK <= a; s += QUERY_BLOCK) {
    const m = Math.max(0, b - (same ? s + 1 : 0));
    n += Math.floor(m / CANDIDATE_BLOCK) * QUERY_BLOCK * CANDIDATE_BLOCK + (m % CANDIDATE_BLOCK) * QUERY_BLOCK;
  }
  for (; s < a; s++) n += Math.max(0, b - (same ? s + 1 : 0));
  return n;
}

/** Operands of {@link scanDots}. */
export interface ScanDotsArgs {
  /** Unit rows, row-major, `d` columns. */
  readonly data: Float64Array;
  readonly d: number;
  readonly members: Int32Array;
  /** Query rows are `members[qFrom .. qTo)`, candidates `members[cFrom .. cTo)`. */
  readonly qFrom: number;
  readonly qTo: number;
  readonly cFrom: number;
  readonly cTo: number;
  readonly same: boolean;
  readonly out: Float64Array;
  /** First slot of `out` written; {@link scanLength} slots follow. */
  readonly pos: number;
  /** Byte addresses of `data` and `out` in the kernel memory (`kernel-memory.ts`). */
  readonly dataAt: number;
  readonly outAt: number;
}

/**
 * Dot products of one cell pair in the fused scan's tile order (4 query rows × 2 candidates, then 4 × 1, then
 * single query rows), each summed over columns in ascending order exactly as the fused scan does; the tiles
 * by the WebAssembly `tile` kernel, written straight into `out`.
 */
export function scanDots({ data, d, members, qFrom, qTo, cFrom, cTo, same, out, pos, dataAt, outAt }: ScanDotsArgs): void {
  const qn = qTo - qFrom;
  const cn = cTo - cFrom;
  const tile = kernels().tile;
  const row = d * Float64Array.BYTES_PER_ELEMENT;
  let w = pos;
  let s = 0;
  for (; s + QUERY_BLOCK <= qn; s += QUERY_BLOCK) {
    const o0 = dataAt + members[qFrom + s]! * row;
    const o1 = dataAt + members[qFrom + s + 1]! * row;
    const o2 = dataAt + members[qFrom + s + 2]! * row;
    const o3 = dataAt + members[qFrom + s + 3]! * row;
    let t = same ? s + 1 : 0;
    for (; t + CANDIDATE_BLOCK <= cn; t += CANDIDATE_BLOCK) {
      const oj = dataAt + members[cFrom + t]! * row;
      const ok = dataAt + members[cFrom + t + 1]! * row;
      tile(o0, o1, o2, o3, oj, ok, row, outAt + w * Float64Array.BYTES_PER_ELEMENT, 1);
      w += 8;
    }
    for (; t < cn; t++) {
      const oj = dataAt + members[cFrom + t]! * row;
      tile(o0, o1, o2, o3, oj, oj, row, outAt + w * Float64Array.BYTES_PER_ELEMENT, 0);
      w += 4;
    }
  }
  for (; s < qn; s++) {
    const oi = members[qFrom + s]! * d;
    for (let t = same ? s + 1 : 0; t < cn; t++) {
      const oj = members[cFrom + t]! * d;
      let dot = 0;
      for (let c = 0; c < d; c++) dot += data[oi + c]! * data[oj + c]!;
      out[w++] = dot;
    }
  }
}

/**
 * Top-k lists in the kernel memory, laid out as `TopKLists` (knn.ts): row i's k best candidates in
 * `indices` / `similarities` [i·k, i·k + k), descending, and its k-th best in `worst`.
 */
export interface KernelTopK {
  readonly indices: Int32Array;
  readonly similarities: Float32Array;
  readonly worst: Float32Array;
  readonly k: number;
}

/**
 * Empty lists for `rows` rows in the current kernel arena (indices −1, similarities −∞; with k = 0 every
 * offer is refused, as in `TopKLists`).
 * @example
 * const lists = kernelTopK(n, 15); // inside withKernelArena; copy the arrays out before it returns
 */
export function kernelTopK(rows: number, k: number): KernelTopK {
  return {
    indices: arenaInt32(rows * k).fill(-1),
    similarities: arenaFloat32(rows * k).fill(-Infinity),
    worst: arenaFloat32(rows).fill(k === 0 ? Infinity : -Infinity),
    k,
  };
}

/** Operands of {@link replayPair}: the same cell pair as {@link scanDots}, its dots, and the lists. */
export interface ReplayPairArgs {
  /** Byte address of the flattened cell members in the kernel memory. */
  readonly membersAt: number;
  readonly qFrom: number;
  readonly qTo: number;
  readonly cFrom: number;
  readonly cTo: number;
  readonly same: boolean;
  /** Byte address of the pair's first dot (as written by {@link scanDots}). */
  readonly dotsAt: number;
  readonly lists: KernelTopK;
}

/**
 * Feeds the dots written by {@link scanDots} to the lists in the fused scan's order, with its same-cell masks
 * (the WebAssembly `replay`): each pair (i, j, dot) is offered to row i if it beats row i's k-th best, then
 * to row j — the same offers, in the same order, with the same f32 rounding as `TopKLists.offer`.
 */
export function replayPair({ membersAt, qFrom, qTo, cFrom, cTo, same, dotsAt, lists }: ReplayPairArgs): void {
  const { indices, similarities, worst, k } = lists;
  kernels().replay(membersAt, qFrom, qTo, cFrom, cTo, same ? 1 : 0, dotsAt, addressOf(indices), addressOf(similarities), addressOf(worst), k);
}
