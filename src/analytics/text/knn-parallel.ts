/**
 * @module analytics/text/knn-parallel — the IVF cell-pair scan, on several threads for large inputs, with the
 * same lists as on one.
 *
 * The dot products (all the arithmetic) are computed by every thread, chunk by chunk, into a shared ring
 * buffer; the calling thread alone replays them into the top-k lists in the single-threaded order
 * (`knn-scan.ts`), so the lists see exactly the same offers in the same sequence. Chunks are claimed in
 * order from a shared counter; the ring bounds memory (a chunk is only written once the chunks that used
 * its slots have been replayed), and the caller claims a chunk itself whenever the next one to replay is not
 * ready, so it never idles while there is work and never depends on a helper having started.
 */
import { replayPair, scanDots, scanLength } from './knn-scan.js';
import type { KernelTopK } from './knn-scan.js';
import { addressOf, arenaFloat64, arenaInt32, toKernelFloat64 } from './kernel-memory.js';
import { helperCount, markPoolBroken, postJob, recordJob, sharedInt32 } from './parallel-pool.js';
import type { DenseMatrix } from './sparse.js';

/** Below this many dot products (~50 ms single-threaded at d = 80 in JS) the scan stays on the calling thread. */
const MIN_PARALLEL_DOTS = 500_000;
/** Consecutive cell pairs are grouped into chunks of at least this many dots (~2–3 ms of work each). */
const CHUNK_DOTS = 32_768;
/** Ring buffer of dot products: 2^21 doubles (16 MB) lets helpers run ~60 chunks ahead of the replay. */
const RING_DOTS = 1 << 21;
/** Re-check shared state at least this often while blocked (ms); progress normally wakes the waiter at once. */
const WAIT_MS = 50;

/** Control words of the shared `ctl` array; chunk states follow from STATE. */
const NEXT = 0;
const REPLAYED = 1;
const STATE = 2;
const PENDING = 0;
const DONE = 1;
const FAILED = 2;

/** What a helper needs for a scan job (all arrays on shared memory). */
export interface KnnScanJob {
  readonly kind: 'knn-scan';
  readonly ctl: Int32Array;
  readonly data: Float64Array;
  readonly d: number;
  readonly members: Int32Array;
  /** Cell c's members are `members[cellStart[c] .. cellStart[c+1])`. */
  readonly cellStart: Int32Array;
  /** Cell pairs (a, b) flattened, in scan order. */
  readonly pairs: Int32Array;
  /** First ring slot of each pair's dots. */
  readonly pairPos: Int32Array;
  /** Chunk c covers pairs `chunkFirst[c] .. chunkFirst[c+1])`. */
  readonly chunkFirst: Int32Array;
  /** Chunk c may be written once this many chunks have been replayed (its ring slots are free). */
  readonly need: Int32Array;
  readonly ring: Float64Array;
  /** Byte addresses of `data`, `ring` and `members` in the kernel memory. */
  readonly dataAt: number;
  readonly ringAt: number;
  readonly membersAt: number;
  readonly chunks: number;
}

/** Operands of {@link scanPairs}. */
export interface ScanPairsArgs {
  /** Unit rows. */
  readonly x: DenseMatrix;
  readonly members: readonly Int32Array[];
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly lists: KernelTopK;
}

/**
 * Scans the cell pairs into `lists`: chunk by chunk, dot products into the ring (`scanDots`), then replayed
 * into the lists in order (the WebAssembly `replay`). Large inputs use the pool's helpers for the dot
 * products; otherwise this thread computes and replays each chunk in turn — the same offers in the same
 * order either way. Call it inside a kernel arena scope (`withKernelArena`): the ring, the flattened cells
 * (and `x`'s rows, unless already there) go there.
 */
export function scanPairs({ x, members, pairs, lists }: ScanPairsArgs): void {
  const sizes = pairs.map(([a, b]) => scanLength(members[a]!.length, members[b]!.length, a === b));
  const total = sizes.reduce((s, v) => s + v, 0);
  const job = buildJob({ x, members, pairs, sizes });
  if (total < MIN_PARALLEL_DOTS || helperCount() === 0) {
    for (let c = 0; c < job.chunks; c++) {
      computeChunk(job, c);
      replayChunk(job, c, lists);
    }
    return;
  }
  postJob(job);
  const { ctl, need, chunks } = job;
  let replayed = 0;
  let failed = false;
  let mine = 0;
  while (replayed < chunks) {
    const state = Atomics.load(ctl, STATE + replayed);
    if (state === DONE) {
      replayChunk(job, replayed, lists);
      replayed++;
      Atomics.store(ctl, REPLAYED, replayed);
      Atomics.notify(ctl, REPLAYED);
      continue;
    }
    if (state === FAILED) {
      // The helper stopped at its exception; the slots are still this chunk's: redo it here.
      failed = true;
      computeChunk(job, replayed);
      Atomics.store(ctl, STATE + replayed, DONE);
      continue;
    }
    const c = Atomics.load(ctl, NEXT);
    if (c < chunks && need[c]! <= replayed && Atomics.compareExchange(ctl, NEXT, c, c + 1) === c) {
      mine++;
      computeChunk(job, c);
      Atomics.store(ctl, STATE + c, DONE);
      continue;
    }
    // The next chunk to replay has been claimed by a helper: wait for it.
    Atomics.wait(ctl, STATE + replayed, PENDING, WAIT_MS);
  }
  if (failed) markPoolBroken();
  recordJob({ chunks, helperChunks: chunks - mine });
}

/** A helper's part of a scan job: claim chunks in order until none is left. */
export function runKnnScanJob(job: KnnScanJob): void {
  const { ctl, need, chunks } = job;
  for (;;) {
    const c = Atomics.add(ctl, NEXT, 1);
    if (c >= chunks) return;
    for (;;) {
      const r = Atomics.load(ctl, REPLAYED);
      if (r >= need[c]!) break;
      Atomics.wait(ctl, REPLAYED, r, WAIT_MS);
    }
    let state = DONE;
    try {
      computeChunk(job, c);
    } catch {
      state = FAILED;
    }
    Atomics.store(ctl, STATE + c, state);
    Atomics.notify(ctl, STATE + c);
  }
}

function pairBounds(job: KnnScanJob, p: number) {
  const a = job.pairs[2 * p]!;
  const b = job.pairs[2 * p + 1]!;
  return {
    qFrom: job.cellStart[a]!,
    qTo: job.cellStart[a + 1]!,
    cFrom: job.cellStart[b]!,
    cTo: job.cellStart[b + 1]!,
    same: a === b,
  };
}

function computeChunk(job: KnnScanJob, c: number): void {
  for (let p = job.chunkFirst[c]!; p < job.chunkFirst[c + 1]!; p++) {
    const pos = job.pairPos[p]!;
    scanDots({ data: job.data, d: job.d, members: job.members, ...pairBounds(job, p), out: job.ring, pos, dataAt: job.dataAt, outAt: job.ringAt });
  }
}

function replayChunk(job: KnnScanJob, c: number, lists: KernelTopK): void {
  for (let p = job.chunkFirst[c]!; p < job.chunkFirst[c + 1]!; p++) {
    const dotsAt = job.ringAt + job.pairPos[p]! * Float64Array.BYTES_PER_ELEMENT;
    replayPair({ membersAt: job.membersAt, ...pairBounds(job, p), dotsAt, lists });
  }
}

/**
 * Lays the job out on shared memory: cells flattened, pairs grouped into chunks, each chunk placed
 * contiguously in the ring (wrapping to slot 0 when it does not fit before the end), and for each chunk the
 * number of chunks that must have been replayed before its slots are free.
 */
function buildJob({
  x,
  members,
  pairs,
  sizes,
}: {
  x: DenseMatrix;
  members: readonly Int32Array[];
  pairs: ReadonlyArray<readonly [number, number]>;
  sizes: readonly number[];
}): KnnScanJob {
  const cells = members.length;
  const cellStart = sharedInt32(cells + 1);
  for (let c = 0; c < cells; c++) cellStart[c + 1] = cellStart[c]! + members[c]!.length;
  const flat = arenaInt32(cellStart[cells]!);
  members.forEach((m, c) => flat.set(m, cellStart[c]!));
  const pairArr = sharedInt32(2 * pairs.length);
  pairs.forEach(([a, b], p) => {
    pairArr[2 * p] = a;
    pairArr[2 * p + 1] = b;
  });
  // Chunks of consecutive pairs.
  const firsts: number[] = [0];
  const chunkSizes: number[] = [];
  let acc = 0;
  sizes.forEach((s, p) => {
    acc += s;
    if (acc >= CHUNK_DOTS || p === sizes.length - 1) {
      firsts.push(p + 1);
      chunkSizes.push(acc);
      acc = 0;
    }
  });
  const chunks = chunkSizes.length;
  const capacity = Math.max(RING_DOTS, ...chunkSizes);
  // Virtual placement: chunk c occupies [v, v + size) with v mod capacity its first slot (no wrap inside).
  const virtualStart: number[] = [];
  let v = 0;
  for (const s of chunkSizes) {
    if ((v % capacity) + s > capacity) v += capacity - (v % capacity);
    virtualStart.push(v);
    v += s;
  }
  // Chunk r overlaps chunk c's slots (one lap earlier) iff it starts before c's end − capacity; chunks only
  // ever wait for earlier ones, and replay is in order, so c needs every chunk up to the last such r.
  const need = sharedInt32(chunks);
  let r = 0;
  for (let c = 0; c < chunks; c++) {
    const limit = virtualStart[c]! + chunkSizes[c]! - capacity;
    while (r < c && virtualStart[r]! < limit) r++;
    need[c] = r;
  }
  const pairPos = sharedInt32(pairs.length);
  const chunkFirst = sharedInt32(chunks + 1);
  for (let c = 0; c < chunks; c++) {
    chunkFirst[c + 1] = firsts[c + 1]!;
    let pos = virtualStart[c]! % capacity;
    for (let p = firsts[c]!; p < firsts[c + 1]!; p++) {
      pairPos[p] = pos;
      pos += sizes[p]!;
    }
  }
  const data = toKernelFloat64(x.data);
  // Written by the scan before it is read: not zeroed.
  const ring = arenaFloat64(Math.min(capacity, v), false);
  return {
    kind: 'knn-scan',
    ctl: sharedInt32(STATE + chunks),
    data,
    d: x.cols,
    members: flat,
    cellStart,
    pairs: pairArr,
    pairPos,
    chunkFirst,
    need,
    ring,
    dataAt: addressOf(data),
    ringAt: addressOf(ring),
    membersAt: addressOf(flat),
    chunks,
  };
}
