/**
 * @module analytics/text/knn-scan — the IVF cell-pair scan split in two: dot products into a buffer (any
 * thread), then the top-k updates replayed from it in the single-threaded scan's exact order (one thread).
 * Together they give bit-identical lists to `approximateKnn`'s fused scan: every dot product is summed in the
 * same order, and the lists see the same offers in the same sequence (ties and float32 rounding included).
 */
import { dotTile4x1, dotTile4x2 } from './dot-tile.js';

/** Output of `dotTile4x2`, reused (one per module instance, so one per thread). */
const tile = new Float64Array(8);

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
}

/**
 * Dot products of one cell pair in the fused scan's tile order (4 query rows × 2 candidates, then 4 × 1, then
 * single query rows), each summed over columns in ascending order exactly as the fused scan does.
 */
export function scanDots({ data, d, members, qFrom, qTo, cFrom, cTo, same, out, pos }: ScanDotsArgs): void {
  const qn = qTo - qFrom;
  const cn = cTo - cFrom;
  let w = pos;
  let s = 0;
  for (; s + QUERY_BLOCK <= qn; s += QUERY_BLOCK) {
    const o0 = members[qFrom + s]! * d;
    const o1 = members[qFrom + s + 1]! * d;
    const o2 = members[qFrom + s + 2]! * d;
    const o3 = members[qFrom + s + 3]! * d;
    let t = same ? s + 1 : 0;
    for (; t + CANDIDATE_BLOCK <= cn; t += CANDIDATE_BLOCK) {
      const oj = members[cFrom + t]! * d;
      const ok = members[cFrom + t + 1]! * d;
      dotTile4x2(data, o0, o1, o2, o3, data, oj, ok, d, tile);
      for (let k = 0; k < 8; k++) out[w + k] = tile[k]!;
      w += 8;
    }
    for (; t < cn; t++) {
      const oj = members[cFrom + t]! * d;
      dotTile4x1(data, o0, o1, o2, o3, data, oj, d, tile);
      for (let k = 0; k < 4; k++) out[w + k] = tile[k]!;
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

/** Operands of {@link replayScan}: the same cell pair as {@link scanDots}, its dots, and the list update. */
export interface ReplayScanArgs {
  readonly members: Int32Array;
  readonly qFrom: number;
  readonly qTo: number;
  readonly cFrom: number;
  readonly cTo: number;
  readonly same: boolean;
  readonly dots: Float64Array;
  readonly pos: number;
  /** Called for every scanned pair (query row, candidate row, dot), in the fused scan's order. */
  readonly push: (i: number, j: number, dot: number) => void;
}

/** Feeds the dots written by {@link scanDots} to `push` in the fused scan's order, with its masks. */
export function replayScan({ members, qFrom, qTo, cFrom, cTo, same, dots, pos, push }: ReplayScanArgs): void {
  const qn = qTo - qFrom;
  const cn = cTo - cFrom;
  let r = pos;
  let s = 0;
  for (; s + QUERY_BLOCK <= qn; s += QUERY_BLOCK) {
    const i0 = members[qFrom + s]!;
    const i1 = members[qFrom + s + 1]!;
    const i2 = members[qFrom + s + 2]!;
    const i3 = members[qFrom + s + 3]!;
    let t = same ? s + 1 : 0;
    for (; t + CANDIDATE_BLOCK <= cn; t += CANDIDATE_BLOCK) {
      const j = members[cFrom + t]!;
      const jj = members[cFrom + t + 1]!;
      if (!same || t > s) push(i0, j, dots[r]!);
      if (!same || t > s + 1) push(i1, j, dots[r + 1]!);
      if (!same || t > s + 2) push(i2, j, dots[r + 2]!);
      if (!same || t > s + 3) push(i3, j, dots[r + 3]!);
      if (!same || t + 1 > s) push(i0, jj, dots[r + 4]!);
      if (!same || t + 1 > s + 1) push(i1, jj, dots[r + 5]!);
      if (!same || t + 1 > s + 2) push(i2, jj, dots[r + 6]!);
      if (!same || t + 1 > s + 3) push(i3, jj, dots[r + 7]!);
      r += 8;
    }
    for (; t < cn; t++) {
      const j = members[cFrom + t]!;
      if (!same || t > s) push(i0, j, dots[r]!);
      if (!same || t > s + 1) push(i1, j, dots[r + 1]!);
      if (!same || t > s + 2) push(i2, j, dots[r + 2]!);
      if (!same || t > s + 3) push(i3, j, dots[r + 3]!);
      r += 4;
    }
  }
  for (; s < qn; s++) {
    const i = members[qFrom + s]!;
    for (let t = same ? s + 1 : 0; t < cn; t++) push(i, members[cFrom + t]!, dots[r++]!);
  }
}
