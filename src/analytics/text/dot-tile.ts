/**
 * @module analytics/text/dot-tile — the 4×2 dot-product tile shared by the kNN scans and the nearest-
 * center assignment: four rows of `a` against two rows of `b`, so eight dot products share every load
 * (measured ~1.5× a 4×1 tile). One implementation keeps the single-threaded and parallel paths
 * bit-identical: each sum runs over `c = 0 … d-1` in the same order wherever it is computed.
 */

/**
 * Writes into `out[0..7]` the dot products `a[o0..] · b[p..]`, …, `a[o3..] · b[p..]`, then the same four
 * rows of `a` against `b[q..]`; every row is `d` long. Positional arguments: it runs millions of times
 * per clustering and must stay allocation-free.
 */
export function dotTile4x2(
  a: Float64Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  b: Float64Array,
  p: number,
  q: number,
  d: number,
  out: Float64Array,
): void {
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let e0 = 0;
  let e1 = 0;
  let e2 = 0;
  let e3 = 0;
  for (let c = 0; c < d; c++) {
    const x = b[p + c]!;
    const y = b[q + c]!;
    const a0 = a[o0 + c]!;
    const a1 = a[o1 + c]!;
    const a2 = a[o2 + c]!;
    const a3 = a[o3 + c]!;
    d0 += a0 * x;
    d1 += a1 * x;
    d2 += a2 * x;
    d3 += a3 * x;
    e0 += a0 * y;
    e1 += a1 * y;
    e2 += a2 * y;
    e3 += a3 * y;
  }
  out[0] = d0;
  out[1] = d1;
  out[2] = d2;
  out[3] = d3;
  out[4] = e0;
  out[5] = e1;
  out[6] = e2;
  out[7] = e3;
}

/** The 4×1 tail of a scan (an odd last row of `b`): writes `a[o0..] · b[p..]` … `a[o3..] · b[p..]` into `out[0..3]`. */
export function dotTile4x1(a: Float64Array, o0: number, o1: number, o2: number, o3: number, b: Float64Array, p: number, d: number, out: Float64Array): void {
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let c = 0; c < d; c++) {
    const x = b[p + c]!;
    d0 += a[o0 + c]! * x;
    d1 += a[o1 + c]! * x;
    d2 += a[o2 + c]! * x;
    d3 += a[o3 + c]! * x;
  }
  out[0] = d0;
  out[1] = d1;
  out[2] = d2;
  out[3] = d3;
}
