/**
 * @module analytics/text/char-ngram-rows — the per-row kernels of the hashed char_wb n-gram TF-IDF
 * (`char-ngrams.ts`) and their jobs for the worker pool. Pass 1 hashes each document's n-grams into its own
 * slice of a staging buffer (distinct buckets and counts); pass 2 turns each staged row into its CSR row.
 * Rows are independent and every thread runs the same kernels, so any split is bit-identical to one thread.
 */
import { runChunksHelper } from './parallel-pool.js';
import type { ChunkJob } from './parallel-pool.js';
import { normalizeRowL2 } from './sparse.js';

/** FNV-1a 32-bit offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Slots of the per-row counting table to start with (a power of two, grown to ≥ 2 × a row's n-grams). */
const INITIAL_TABLE_SIZE = 2048;
/** Starting capacity of the per-row sort buffers; they double when a row needs more. */
const INITIAL_ROW_CAPACITY = 1024;
/** Fibonacci hashing multiplier (2^32 / φ): spreads buckets over the row table's slots by the product's top bits. */
const SLOT_MULTIPLIER = 0x9e3779b1;
/** Packs (column, count) as column · 2^10 + count into an int32 when columns < 2^21 and counts < 2^10 … */
const SMALL_PACK = 2 ** 10;
const SMALL_PACK_MAX_COLUMNS = 2 ** 21;
/** … else as column · 2^(53 − bits) + count in a double: exact for any column below 2^bits. */
const DOUBLE_MANTISSA_BITS = 53;
/**
 * Documents as char codes (the hashing kernels never touch strings, so helper threads can read them from
 * shared memory): token t is `codes[tokenStart[t] .. tokenStart[t+1])`, already padded with a space on
 * both sides (char_wb); document i holds tokens `docStart[i] .. docStart[i+1])` and stages its n-grams at
 * `slotStart[i] ..` (room for every n-gram it emits).
 */
export interface EncodedDocs {
  readonly codes: Uint16Array;
  readonly tokenStart: Int32Array;
  readonly docStart: Int32Array;
  readonly slotStart: Int32Array;
}

/** The n-gram orders and the bucket mask (2^bits − 1). */
export interface GramShape {
  readonly minN: number;
  readonly maxN: number;
  readonly bits: number;
}

/** Pass 1 output: document i's distinct buckets and counts at `slotStart[i] .. + distinct[i]`. */
export interface StagedRows {
  readonly keys: Int32Array;
  readonly counts: Int32Array;
  readonly distinct: Int32Array;
}

/** Pass 2 input and output: bucket → column (−1: pruned), column → idf, and the CSR rows to fill. */
export interface RowOutput {
  readonly columns: Int32Array;
  readonly cols: number;
  readonly idf: Float64Array;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float32Array;
}

/** A pass of the char n-gram TF-IDF on the pool; chunk c covers documents `bounds[c] .. bounds[c+1])`. */
export interface CharNgramJob extends ChunkJob, EncodedDocs, GramShape, StagedRows {
  readonly kind: 'char-ngrams';
  readonly pass: 1 | 2;
  readonly bounds: Int32Array;
  /** Pass 2 only. */
  readonly output?: RowOutput;
}

/** A helper's part of a char n-gram job. */
export function runCharNgramJob(job: CharNgramJob): void {
  runChunksHelper(job, computeChunk);
}

/** Computes chunk c of a pass (overwriting its rows' outputs, so a chunk redone after a failure is safe). */
export function computeChunk(job: CharNgramJob, c: number): void {
  const from = job.bounds[c]!;
  const to = job.bounds[c + 1]!;
  if (job.pass === 1) hashRows({ docs: job, shape: job, staged: job, from, to });
  else writeRows({ staged: job, docs: job, shape: job, output: job.output!, from, to });
}

/** This thread's row table (module state: one per thread). */
let hasher: RowHasher | undefined;

/** Pass 1 on documents `from .. to)`: each document's distinct buckets and counts into its staging slice. */
export function hashRows({
  docs,
  shape,
  staged,
  from,
  to,
}: {
  docs: EncodedDocs;
  shape: GramShape;
  staged: StagedRows;
  from: number;
  to: number;
}): void {
  hasher ??= new RowHasher();
  for (let i = from; i < to; i++) staged.distinct[i] = hasher.hashRow({ docs, shape, staged, doc: i });
}

/**
 * Hashes one document's char_wb n-grams and counts them per bucket with a small open-addressing table reused
 * across rows (generation-stamped, so nothing is cleared): O(emitted) per row instead of a sort.
 */
class RowHasher {
  #slotKey = new Int32Array(INITIAL_TABLE_SIZE);
  #slotIndex = new Int32Array(INITIAL_TABLE_SIZE);
  #slotStamp = new Int32Array(INITIAL_TABLE_SIZE);
  #generation = 0;

  /** Writes the document's distinct buckets and counts at its staging offset; returns how many there are. */
  hashRow({ docs, shape, staged, doc }: { docs: EncodedDocs; shape: GramShape; staged: StagedRows; doc: number }): number {
    const { codes, tokenStart, docStart, slotStart } = docs;
    const { minN, maxN } = shape;
    const mask = (1 << shape.bits) - 1;
    const base = slotStart[doc]!;
    this.#reserve(slotStart[doc + 1]! - base);
    const gen = ++this.#generation;
    const slotKey = this.#slotKey;
    const slotIndex = this.#slotIndex;
    const slotStamp = this.#slotStamp;
    const slotMask = slotKey.length - 1;
    const slotShift = 32 - Math.log2(slotKey.length);
    const { keys, counts } = staged;
    let m = 0;
    for (let t = docStart[doc]!; t < docStart[doc + 1]!; t++) {
      const first = tokenStart[t]!;
      const end = tokenStart[t + 1]!;
      for (let start = first; start < end; start++) {
        let h = FNV_OFFSET;
        const stop = Math.min(end, start + maxN);
        for (let p = start; p < stop; p++) {
          h = Math.imul(h ^ codes[p]!, FNV_PRIME);
          // Grams of length ≥ minN; the whole padded word once when it is shorter than minN.
          if (p - start + 1 < minN && !(start === first && p === end - 1)) continue;
          const b = h & mask;
          // Fibonacci hashing of the bucket into the row table, then linear probing.
          let s = Math.imul(b, SLOT_MULTIPLIER) >>> slotShift;
          while (slotStamp[s] === gen && slotKey[s] !== b) s = (s + 1) & slotMask;
          if (slotStamp[s] === gen) {
            counts[slotIndex[s]!]!++;
          } else {
            slotStamp[s] = gen;
            slotKey[s] = b;
            slotIndex[s] = base + m;
            keys[base + m] = b;
            counts[base + m] = 1;
            m++;
          }
        }
      }
    }
    return m;
  }

  /** A table at least twice the row's n-grams (load ≤ ½). */
  #reserve(emitted: number): void {
    if (emitted * 2 <= this.#slotKey.length) return;
    let size = this.#slotKey.length;
    while (size < emitted * 2) size *= 2;
    this.#slotKey = new Int32Array(size);
    this.#slotIndex = new Int32Array(size);
    this.#slotStamp = new Int32Array(size);
    this.#generation = 0;
  }
}

/** This thread's sort buffers for pass 2 (module state: one per thread). */
let small = new Int32Array(INITIAL_ROW_CAPACITY);
let wide = new Float64Array(INITIAL_ROW_CAPACITY);

/**
 * Pass 2 on documents `from .. to)`: kept (column, count) pairs sorted by column, sublinear tf × idf, the row
 * L2-normalised. Each pair is packed into one number (column · 2^10 + count) so one typed sort orders the row;
 * a row holding a count ≥ 2^10 (long documents) or a column ≥ 2^21 packs into doubles instead (exact).
 */
export function writeRows({
  staged,
  docs,
  shape,
  output,
  from,
  to,
}: {
  staged: StagedRows;
  docs: EncodedDocs;
  shape: GramShape;
  output: RowOutput;
  from: number;
  to: number;
}): void {
  const { keys, counts, distinct } = staged;
  const { columns, idf, indptr, indices, data } = output;
  const smallColumns = output.cols <= SMALL_PACK_MAX_COLUMNS;
  const widePack = 2 ** (DOUBLE_MANTISSA_BITS - shape.bits);
  for (let i = from; i < to; i++) {
    const base = docs.slotStart[i]!;
    const m = distinct[i]!;
    if (m > small.length) {
      small = new Int32Array(m * 2);
      wide = new Float64Array(m * 2);
    }
    let kept = 0;
    let fits = smallColumns;
    for (let x = base; x < base + m; x++) {
      const c = columns[keys[x]!]!;
      if (c < 0) continue;
      const count = counts[x]!;
      if (count >= SMALL_PACK) fits = false;
      small[kept] = c * SMALL_PACK + count;
      wide[kept] = c * widePack + count;
      kept++;
    }
    const pack = fits ? SMALL_PACK : widePack;
    const row = fits ? small.subarray(0, kept).sort() : wide.subarray(0, kept).sort();
    let q = indptr[i]!;
    for (let x = 0; x < kept; x++) {
      const c = Math.floor(row[x]! / pack);
      const count = row[x]! - c * pack;
      indices[q] = c;
      data[q] = (count === 1 ? 1 : 1 + Math.log(count)) * idf[c]!;
      q++;
    }
    normalizeRowL2(data, indptr[i]!, q);
  }
}
