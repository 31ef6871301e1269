/**
 * @module analytics/text/wasm-kernels — the WebAssembly SIMD (f64x2) kernels of the text pipeline's hottest
 * loops, emitted as a binary module by this file (no toolchain, nothing generated on disk, no download):
 *
 * - `gather`: rows of `A · B` for sparse A (CSR, f32 values) and dense row-major B — the SVD's products;
 * - `tile`: four rows against two rows, eight dot products — the kNN scan and the coarse quantiser;
 * - `gram` and `product`: the SVD's dense Gram matrices Yᵀ·Y and its n×l · l×k embedding product;
 * - `replay` (with `offer`): the kNN scan's dots fed to the top-k lists in scan order.
 *
 * **Bit-identical to the scalar order**: every lane holds one output sum and adds its terms in exactly the
 * order the former JavaScript kernels did, with separately rounded `f64x2.mul` and `f64x2.add` (IEEE
 * binary64, no fused multiply-add, as JS), so results do not depend on which thread or path computes them;
 * `replay`/`offer` make the former JS comparisons, shifts and float32 roundings in the same order.
 * The module imports one shared memory (`kernel-memory.ts`); every address is a byte offset in it.
 */

/** Value types of the binary format. */
const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

/** Opcodes used (WebAssembly core 2.0 with SIMD and bulk memory). */
const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  call: 0x10,
  else: 0x05,
  return: 0x0f,
  i32Load: 0x28,
  f32Load: 0x2a,
  f64Load: 0x2b,
  i32Store: 0x36,
  f32Store: 0x38,
  i32Eqz: 0x45,
  i32Or: 0x72,
  i32Sub: 0x6b,
  f64Lt: 0x63,
  f64Gt: 0x64,
  f64Le: 0x65,
  f32DemoteF64: 0xb6,
  i32Const: 0x41,
  i32LtS: 0x48,
  i32LeS: 0x4c,
  i32GeS: 0x4e,
  i32GtS: 0x4a,
  i32Add: 0x6a,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Shl: 0x74,
  f64PromoteF32: 0xbb,
  void: 0x40,
} as const;
/** SIMD sub-opcodes (after the 0xfd prefix). */
const SIMD = {
  v128Load: 0x00,
  load64Splat: 0x0a,
  v128Store: 0x0b,
  v128Const: 0x0c,
  f64x2Splat: 0x14,
  load64Lane: 0x57,
  store64Lane: 0x5b,
  load64Zero: 0x5d,
  f64x2Add: 0xf0,
  f64x2Mul: 0xf2,
} as const;
/** Bulk-memory sub-opcode (after the 0xfc prefix). */
const MEMORY_FILL = 0x0b;
/** log2 of the alignment hints: 8-byte doubles, 4-byte ints (loads stay correct when unaligned). */
const ALIGN_8 = 3;
const ALIGN_4 = 2;
/** Bytes per double, per f32/i32, per f64x2 vector. */
const F64_BYTES = 8;
const I32_BYTES = 4;
const V128_BYTES = 16;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  // One byte below 128 (nearly every local index and immediate): the emitter runs cold, once per process.
  if (n >= 0 && n < 0x80) return [n];
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (i32 constants). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function utf8(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...uleb(b.length), ...b];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

/** Tiny instruction helpers (each returns the bytes of one instruction or a short sequence). */
const get = (l: number): number[] => (l < 0x80 ? [OP.localGet, l] : [OP.localGet, ...uleb(l)]);
const set = (l: number): number[] => (l < 0x80 ? [OP.localSet, l] : [OP.localSet, ...uleb(l)]);
const i32 = (v: number): number[] => (v >= 0 && v < 0x40 ? [OP.i32Const, v] : [OP.i32Const, ...sleb(v)]);
const simd = (op: number, ...imm: number[]): number[] => [0xfd, ...uleb(op), ...imm];
const mem = (align: number, offset: number): number[] => [...uleb(align), ...uleb(offset)];
/** Pushes `a + b` (i32 locals). */
const sum = (a: number, b: number): number[] => [...get(a), ...get(b), OP.i32Add];
/** `l += step`. */
const bump = (l: number, step: number): number[] => [...get(l), ...i32(step), OP.i32Add, ...set(l)];
/** `block { loop { if (cond) break; body; continue } }`. */
function whileNot(cond: number[], body: number[]): number[] {
  return [OP.block, OP.void, OP.loop, OP.void, ...cond, OP.brIf, 1, ...body, OP.br, 0, OP.end, OP.end];
}

/** A kernel's parameter count, extra locals (count, type) in index order, and code. */
interface Body {
  readonly params: number;
  /** Parameter types when not all i32. */
  readonly paramTypes?: number[];
  readonly locals: Array<[number, number]>;
  readonly code: number[];
}

const PAIR_LOAD = simd(SIMD.v128Load, ...mem(ALIGN_8, 0));
const PAIR_STORE = simd(SIMD.v128Store, ...mem(ALIGN_8, 0));
const LOW_LOAD = simd(SIMD.load64Zero, ...mem(ALIGN_8, 0));
const LOW_STORE = simd(SIMD.store64Lane, ...mem(ALIGN_8, 0), 0);

/**
 * One output pair at byte `o + c`: out += ((v₀·b₀ + v₁·b₁) + …) + v_{n−1}·b_{n−1}, with b_k read at `bk+k`'s
 * address + c and v_k the splatted value in local `vk+k` (the scalar kernels' order, per lane).
 */
function columnStep({ o, c, bk, vk, count, load, store }: Combine & { load: number[]; store: number[] }): number[] {
  const s: number[] = [...sum(o, c), ...sum(o, c), ...load];
  for (let k = 0; k < count; k++) {
    s.push(...get(vk + k), ...sum(bk + k, c), ...load, ...simd(SIMD.f64x2Mul));
    if (k > 0) s.push(...simd(SIMD.f64x2Add));
  }
  s.push(...simd(SIMD.f64x2Add), ...store);
  return s;
}

/** Locals of a row combination: output base, column byte offset, its end, row addresses, splatted values. */
interface Combine {
  readonly o: number;
  readonly c: number;
  readonly end: number;
  readonly bk: number;
  readonly vk: number;
  readonly count: number;
}

/** Columns from the current `c` to `end` (bytes): two per f64x2, an odd last one in the low lane. */
function columnLoop(args: Combine): number[] {
  const pairs = whileNot(
    [...get(args.c), ...i32(V128_BYTES), OP.i32Add, ...get(args.end), OP.i32GtS],
    [...columnStep({ ...args, load: PAIR_LOAD, store: PAIR_STORE }), ...bump(args.c, V128_BYTES)],
  );
  const last = [...get(args.c), ...get(args.end), OP.i32LtS, OP.if, OP.void];
  return [...pairs, ...last, ...columnStep({ ...args, load: LOW_LOAD, store: LOW_STORE }), OP.end];
}

/** Splats the f64 at `[address local] + offset` into local `dst`. */
const splatF64 = (address: number[], offset: number, dst: number): number[] => [
  ...address,
  ...simd(SIMD.load64Splat, ...mem(ALIGN_8, offset)),
  ...set(dst),
];

/** Zeroes `bytes` (local) bytes at the address in local `o` (memory.fill). */
const zero = (o: number, bytes: number): number[] => [...get(o), ...i32(0), ...get(bytes), 0xfc, ...uleb(MEMORY_FILL), 0x00];

/**
 * `gather(indptr, indices, values, b, l, out, from, to)`: for each row i in [from, to), zeroes out row i
 * (l doubles) and adds Σ_p values[p]·b[indices[p]] over the row's nonzeros, eight nonzeros per pass over the
 * output row (then four, then one) — the former scalar kernel's order.
 */
function gatherBody(): Body {
  const [INDPTR, INDICES, VALUES, B, L, OUT, FROM, TO] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [I, P, END, O, C, LB] = [8, 9, 10, 11, 12, 13];
  const BK = 14; // 8 row addresses of B
  const VK = 22; // 8 splatted values (v128)
  const code: number[] = [...get(L), ...i32(3), OP.i32Shl, ...set(LB), ...get(FROM), ...set(I)];
  /** The k-th nonzero from p: its value splatted into VK+k, its B row address into BK+k. */
  const loadNonzero = (k: number): number[] => [
    ...get(VALUES),
    ...get(P),
    ...i32(2),
    OP.i32Shl,
    OP.i32Add,
    OP.f32Load,
    ...mem(ALIGN_4, k * I32_BYTES),
    OP.f64PromoteF32,
    ...simd(SIMD.f64x2Splat),
    ...set(VK + k),
    ...get(B),
    ...get(INDICES),
    ...get(P),
    ...i32(2),
    OP.i32Shl,
    OP.i32Add,
    OP.i32Load,
    ...mem(ALIGN_4, k * I32_BYTES),
    ...get(LB),
    OP.i32Mul,
    OP.i32Add,
    ...set(BK + k),
  ];
  /** Passes of `count` nonzeros while at least `count` remain in the row. */
  const passes = (count: number): number[] => {
    const body: number[] = [];
    for (let k = 0; k < count; k++) body.push(...loadNonzero(k));
    body.push(...i32(0), ...set(C), ...columnLoop({ o: O, c: C, end: LB, bk: BK, vk: VK, count }), ...bump(P, count));
    return whileNot([...get(P), ...i32(count), OP.i32Add, ...get(END), OP.i32GtS], body);
  };
  const row: number[] = [...get(OUT), ...get(I), ...get(LB), OP.i32Mul, OP.i32Add, ...set(O), ...zero(O, LB)];
  row.push(...get(INDPTR), ...get(I), ...i32(2), OP.i32Shl, OP.i32Add, OP.i32Load, ...mem(ALIGN_4, 0), ...set(P));
  row.push(...get(INDPTR), ...get(I), ...i32(2), OP.i32Shl, OP.i32Add, OP.i32Load, ...mem(ALIGN_4, I32_BYTES), ...set(END));
  row.push(...passes(8), ...passes(4), ...passes(1), ...bump(I, 1));
  code.push(...whileNot([...get(I), ...get(TO), OP.i32GeS], row));
  return { params: 8, locals: [[VK - I, I32], [8, V128]], code };
}

/**
 * `gram(y, n, l, g, from, to)`: adds rows [from, to) of the upper triangle of yᵀ·y (y: n×l row-major, g: l×l)
 * into g — entries (i, j ≥ i) — eight rows of y per pass (then single rows), as the former scalar kernel.
 */
function gramBody(): Body {
  const [Y, N, L, G, FROM, TO] = [0, 1, 2, 3, 4, 5];
  const [ROW, I, O, C, LB] = [6, 7, 8, 9, 10];
  const BK = 11; // 8 row addresses of y
  const VK = 19; // 8 splatted y[row + k][i]
  const code: number[] = [...get(L), ...i32(3), OP.i32Shl, ...set(LB), ...i32(0), ...set(ROW)];
  const passes = (count: number): number[] => {
    const body: number[] = [];
    for (let k = 0; k < count; k++) {
      body.push(...get(Y), ...get(ROW), ...i32(k), OP.i32Add, ...get(LB), OP.i32Mul, OP.i32Add, ...set(BK + k));
    }
    const entry: number[] = [];
    // c = i·8: column i's byte offset, both in y's rows and in g's row i.
    entry.push(...get(I), ...i32(3), OP.i32Shl, ...set(C));
    for (let k = 0; k < count; k++) entry.push(...splatF64(sum(BK + k, C), 0, VK + k));
    entry.push(...get(G), ...get(I), ...get(LB), OP.i32Mul, OP.i32Add, ...set(O));
    entry.push(...columnLoop({ o: O, c: C, end: LB, bk: BK, vk: VK, count }), ...bump(I, 1));
    body.push(...get(FROM), ...set(I), ...whileNot([...get(I), ...get(TO), OP.i32GeS], entry), ...bump(ROW, count));
    return whileNot([...get(ROW), ...i32(count), OP.i32Add, ...get(N), OP.i32GtS], body);
  };
  code.push(...passes(8), ...passes(1));
  return { params: 6, locals: [[VK - ROW, I32], [8, V128]], code };
}

/**
 * `product(y, l, cm, k, out, from, to)`: rows [from, to) of y·cm (y: n×l, cm: l×k, out: n×k, all row-major),
 * each output row zeroed, then eight rows of cm per pass (then single rows), as the former scalar kernel.
 */
function productBody(): Body {
  const [Y, L, CM, K, OUT, FROM, TO] = [0, 1, 2, 3, 4, 5, 6];
  const [R, I, O, C, KB, YO] = [7, 8, 9, 10, 11, 12];
  const BK = 13; // 8 row addresses of cm
  const VK = 21; // 8 splatted y[r][i + k]
  const code: number[] = [...get(K), ...i32(3), OP.i32Shl, ...set(KB), ...get(FROM), ...set(R)];
  const passes = (count: number): number[] => {
    const body: number[] = [];
    for (let k = 0; k < count; k++) {
      body.push(...splatF64([...get(YO), ...get(I), ...i32(3), OP.i32Shl, OP.i32Add], k * F64_BYTES, VK + k));
      body.push(...get(CM), ...get(I), ...i32(k), OP.i32Add, ...get(KB), OP.i32Mul, OP.i32Add, ...set(BK + k));
    }
    body.push(...i32(0), ...set(C), ...columnLoop({ o: O, c: C, end: KB, bk: BK, vk: VK, count }), ...bump(I, count));
    return whileNot([...get(I), ...i32(count), OP.i32Add, ...get(L), OP.i32GtS], body);
  };
  const row: number[] = [...get(OUT), ...get(R), ...get(KB), OP.i32Mul, OP.i32Add, ...set(O), ...zero(O, KB)];
  row.push(...get(Y), ...get(R), ...get(L), ...i32(3), OP.i32Shl, OP.i32Mul, OP.i32Add, ...set(YO));
  row.push(...i32(0), ...set(I), ...passes(8), ...passes(1), ...bump(R, 1));
  code.push(...whileNot([...get(R), ...get(TO), OP.i32GeS], row));
  return { params: 7, locals: [[VK - R, I32], [8, V128]], code };
}

/**
 * `tile(r0, r1, r2, r3, p, q, dBytes, out, both)`: the dot products of rows r0..r3 (byte addresses, `dBytes`
 * bytes long) with row p into out[0..3], and with row q into out[4..7] when `both` is nonzero. Lane 0 of
 * accumulator k sums r_k·p, lane 1 r_k·q, each from 0 over ascending columns (the scalar tile's order).
 */
function tileBody(): Body {
  const R = 0; // 0..3
  const PP = 4;
  const QQ = 5;
  const DB = 6;
  const OUT = 7;
  const BOTH = 8;
  const C = 9;
  const ACC = 10; // v128 10..13
  const X = 14;
  const code: number[] = [];
  for (let k = 0; k < 4; k++) code.push(...simd(SIMD.v128Const, ...new Array<number>(V128_BYTES).fill(0)), ...set(ACC + k));
  code.push(...i32(0), ...set(C));
  const body: number[] = [];
  // x = (p[c], q[c]).
  body.push(...sum(QQ, C), ...sum(PP, C), ...simd(SIMD.load64Splat, ...mem(ALIGN_8, 0)), ...simd(SIMD.load64Lane, ...mem(ALIGN_8, 0), 1), ...set(X));
  for (let k = 0; k < 4; k++) {
    body.push(...get(ACC + k), ...sum(R + k, C), ...simd(SIMD.load64Splat, ...mem(ALIGN_8, 0)), ...get(X), ...simd(SIMD.f64x2Mul));
    body.push(...simd(SIMD.f64x2Add), ...set(ACC + k));
  }
  body.push(...bump(C, F64_BYTES));
  code.push(...whileNot([...get(C), ...get(DB), OP.i32GeS], body));
  for (let k = 0; k < 4; k++) code.push(...get(OUT), ...get(ACC + k), ...simd(SIMD.store64Lane, ...mem(ALIGN_8, k * F64_BYTES), 0));
  const high: number[] = [];
  for (let k = 0; k < 4; k++) high.push(...get(OUT), ...get(ACC + k), ...simd(SIMD.store64Lane, ...mem(ALIGN_8, (4 + k) * F64_BYTES), 1));
  code.push(...get(BOTH), OP.if, OP.void, ...high, OP.end);
  return { params: 9, locals: [[1, I32], [5, V128]], code };
}

/** Index of `offer` in {@link FUNCTIONS} (its function index: the module imports no functions). */
const OFFER_INDEX = 4;

/**
 * `offer(i, j, x, idx, sim, worst, k)`: `TopKLists.offer` (knn.ts) on lists in the kernel memory — row i's
 * k-list of (index, f32 similarity) kept descending, candidate j with similarity x (f64) inserted if it beats
 * the k-th best; `worst[i]` (f32) tracks the k-th best. Same comparisons (f32 promoted to f64), same
 * insertion shifts and the same f32 rounding of x as the JS method, so the lists come out identical.
 */
function offerBody(): Body {
  const [I, J, X, IDX, SIM, WORST, K] = [0, 1, 2, 3, 4, 5, 6];
  const [ROW, LAST, P, Q] = [7, 8, 9, 10];
  const f32At = (address: number[]): number[] => [...address, OP.f32Load, ...mem(ALIGN_4, 0), OP.f64PromoteF32];
  const code: number[] = [];
  // if (x <= worst[i]) return.
  code.push(...get(X), ...f32At([...get(WORST), ...get(I), ...i32(2), OP.i32Shl, OP.i32Add]), OP.f64Le, OP.if, OP.void, OP.return, OP.end);
  // row = sim + i·k·4; last = row + (k − 1)·4; if (x <= sim[last]) return.
  code.push(...get(SIM), ...get(I), ...get(K), OP.i32Mul, ...i32(2), OP.i32Shl, OP.i32Add, ...set(ROW));
  code.push(...get(ROW), ...get(K), ...i32(1), OP.i32Sub, ...i32(2), OP.i32Shl, OP.i32Add, ...set(LAST));
  code.push(...get(X), ...f32At(get(LAST)), OP.f64Le, OP.if, OP.void, OP.return, OP.end);
  // p = last; q = the same slot in idx.
  code.push(...get(LAST), ...set(P), ...get(IDX), ...get(LAST), ...get(SIM), OP.i32Sub, OP.i32Add, ...set(Q));
  // while (p > row && sim[p − 1] < x) shift one slot down.
  const shift = [
    ...get(P), ...get(P), ...i32(-I32_BYTES), OP.i32Add, OP.f32Load, ...mem(ALIGN_4, 0), OP.f32Store, ...mem(ALIGN_4, 0),
    ...get(Q), ...get(Q), ...i32(-I32_BYTES), OP.i32Add, OP.i32Load, ...mem(ALIGN_4, 0), OP.i32Store, ...mem(ALIGN_4, 0),
    ...bump(P, -I32_BYTES), ...bump(Q, -I32_BYTES),
  ];
  const stop = [
    // p <= row: leave the loop (br 2: out of this if and the loop, to the end of the enclosing block).
    ...get(P), ...get(ROW), OP.i32LeS, OP.if, OP.void, OP.br, 2, OP.end,
    ...f32At([...get(P), ...i32(-I32_BYTES), OP.i32Add]), ...get(X), OP.f64Lt, OP.i32Eqz,
  ];
  code.push(...whileNot(stop, shift));
  // sim[p] = f32(x); idx[p] = j; worst[i] = sim[last].
  code.push(...get(P), ...get(X), OP.f32DemoteF64, OP.f32Store, ...mem(ALIGN_4, 0));
  code.push(...get(Q), ...get(J), OP.i32Store, ...mem(ALIGN_4, 0));
  code.push(...get(WORST), ...get(I), ...i32(2), OP.i32Shl, OP.i32Add, ...get(LAST), OP.f32Load, ...mem(ALIGN_4, 0), OP.f32Store, ...mem(ALIGN_4, 0));
  return { params: 7, paramTypes: [I32, I32, F64, I32, I32, I32, I32], locals: [[4, I32]], code };
}

/**
 * `replay(members, qFrom, qTo, cFrom, cTo, same, dots, idx, sim, worst, k)`: the former JS `replayScan` —
 * the dot products `scanDots` wrote for one cell pair, fed to the top-k lists in the fused scan's order
 * with its same-cell masks; each pair (i, j, x) offered to row i if x > worst[i], then to row j if
 * x > worst[j] (the JS `push`).
 */
function replayBody(): Body {
  const [MEM, QF, QT, CF, CT, SAME, DOTS, IDX, SIM, WORST, K] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const [QN, CN, R, S, T] = [11, 12, 13, 14, 15];
  const IQ = 16; // 4 query rows 16..19
  const [J, JJ] = [20, 21];
  const X = 22; // f64
  const member = (index: number[]): number[] => [...get(MEM), ...index, ...i32(2), OP.i32Shl, OP.i32Add, OP.i32Load, ...mem(ALIGN_4, 0)];
  const offerTo = (a: number, b: number): number[] => [
    ...get(X), ...get(WORST), ...get(a), ...i32(2), OP.i32Shl, OP.i32Add, OP.f32Load, ...mem(ALIGN_4, 0), OP.f64PromoteF32, OP.f64Gt,
    OP.if, OP.void, ...get(a), ...get(b), ...get(X), ...get(IDX), ...get(SIM), ...get(WORST), ...get(K), OP.call, ...uleb(OFFER_INDEX), OP.end,
  ];
  /** push(a, b, dots[r + offset]). */
  const push = (a: number, b: number, offset: number): number[] => [
    ...get(R), OP.f64Load, ...mem(ALIGN_8, offset), ...set(X), ...offerTo(a, b), ...offerTo(b, a),
  ];
  /** `!same || t + dt > s + m`, then push. */
  const masked = (dt: number, m: number, a: number, b: number, offset: number): number[] => [
    ...get(SAME), OP.i32Eqz, ...get(T), ...i32(dt), OP.i32Add, ...get(S), ...i32(m), OP.i32Add, OP.i32GtS, OP.i32Or,
    OP.if, OP.void, ...push(a, b, offset), OP.end,
  ];
  /** t = same ? s + 1 : 0. */
  const firstT = [...get(SAME), OP.if, OP.void, ...get(S), ...i32(1), OP.i32Add, ...set(T), OP.else, ...i32(0), ...set(T), OP.end];
  const code: number[] = [];
  code.push(...get(QT), ...get(QF), OP.i32Sub, ...set(QN), ...get(CT), ...get(CF), OP.i32Sub, ...set(CN), ...get(DOTS), ...set(R));
  code.push(...i32(0), ...set(S));
  const block: number[] = [];
  for (let m = 0; m < 4; m++) block.push(...member([...get(QF), ...get(S), ...i32(m), OP.i32Add, OP.i32Add]), ...set(IQ + m));
  block.push(...firstT);
  const pairs: number[] = [...member([...get(CF), ...get(T), OP.i32Add]), ...set(J), ...member([...get(CF), ...get(T), ...i32(1), OP.i32Add, OP.i32Add]), ...set(JJ)];
  for (let m = 0; m < 4; m++) pairs.push(...masked(0, m, IQ + m, J, m * F64_BYTES));
  for (let m = 0; m < 4; m++) pairs.push(...masked(1, m, IQ + m, JJ, (4 + m) * F64_BYTES));
  pairs.push(...bump(R, 8 * F64_BYTES), ...bump(T, 2));
  block.push(...whileNot([...get(T), ...i32(2), OP.i32Add, ...get(CN), OP.i32GtS], pairs));
  const singles: number[] = [...member([...get(CF), ...get(T), OP.i32Add]), ...set(J)];
  for (let m = 0; m < 4; m++) singles.push(...masked(0, m, IQ + m, J, m * F64_BYTES));
  singles.push(...bump(R, 4 * F64_BYTES), ...bump(T, 1));
  block.push(...whileNot([...get(T), ...get(CN), OP.i32GeS], singles), ...bump(S, 4));
  code.push(...whileNot([...get(S), ...i32(4), OP.i32Add, ...get(QN), OP.i32GtS], block));
  // Single query rows: every candidate after (same cell) or all of them, no masks.
  const tail: number[] = [...member([...get(QF), ...get(S), OP.i32Add]), ...set(IQ), ...firstT];
  const row: number[] = [...member([...get(CF), ...get(T), OP.i32Add]), ...set(J), ...push(IQ, J, 0), ...bump(R, F64_BYTES), ...bump(T, 1)];
  tail.push(...whileNot([...get(T), ...get(CN), OP.i32GeS], row), ...bump(S, 1));
  code.push(...whileNot([...get(S), ...get(QN), OP.i32GeS], tail));
  return { params: 11, locals: [[X - QN, I32], [1, F64]], code };
}

/** Exported functions, in export order. */
const FUNCTIONS = [
  { name: 'gather', build: gatherBody },
  { name: 'tile', build: tileBody },
  { name: 'gram', build: gramBody },
  { name: 'product', build: productBody },
  { name: 'offer', build: offerBody },
  { name: 'replay', build: replayBody },
] as const;

/** Largest memory the module accepts, in 64 KiB pages: the whole 32-bit address space (4 GiB). */
export const MAX_PAGES = 65536;

/**
 * The module's bytes: imports `env.memory` (shared, up to {@link MAX_PAGES}), exports {@link FUNCTIONS}.
 * @example
 * const module = new WebAssembly.Module(kernelModuleBytes());
 */
export function kernelModuleBytes(): Uint8Array {
  const bodies = FUNCTIONS.map((f) => f.build());
  const types = bodies.map((b) => [0x60, ...vec((b.paramTypes ?? new Array<number>(b.params).fill(I32)).map((t) => [t])), 0]);
  const memoryLimits = [0x03, ...uleb(1), ...uleb(MAX_PAGES)]; // shared, min 1, max
  const imports = vec([[...utf8('env'), ...utf8('memory'), 0x02, ...memoryLimits]]);
  const functions = vec(bodies.map((_, i) => uleb(i)));
  const exports = vec(FUNCTIONS.map((f, i) => [...utf8(f.name), 0x00, ...uleb(i)]));
  const code = vec(
    bodies.map((b) => {
      const body = [...vec(b.locals.map(([n, t]) => [...uleb(n), t])), ...b.code, OP.end];
      return [...uleb(body.length), ...body];
    }),
  );
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(2, imports),
    ...section(3, functions),
    ...section(7, exports),
    ...section(10, code),
  ]);
}

/** The kernels as called from JavaScript (all arguments are i32: byte addresses, counts). */
export interface KernelExports {
  gather(indptr: number, indices: number, values: number, b: number, l: number, out: number, from: number, to: number): void;
  tile(r0: number, r1: number, r2: number, r3: number, p: number, q: number, dBytes: number, out: number, both: number): void;
  gram(y: number, n: number, l: number, g: number, from: number, to: number): void;
  product(y: number, l: number, cm: number, k: number, out: number, from: number, to: number): void;
  offer(i: number, j: number, x: number, idx: number, sim: number, worst: number, k: number): void;
  replay(
    members: number,
    qFrom: number,
    qTo: number,
    cFrom: number,
    cTo: number,
    same: number,
    dots: number,
    idx: number,
    sim: number,
    worst: number,
    k: number,
  ): void;
}
