/** @module analytics/text/char-ngrams — hashed char_wb n-gram TF-IDF straight from char codes (no substrings). */
import type { CsrMatrix } from './sparse.js';
import { normalizeRowsL2 } from './sparse.js';

/** At most 2^20 buckets: for ~10⁵ distinct n-grams the share of colliding n-grams stays below ~10%. */
const MAX_HASH_BITS = 20;
/** At least 2^10 buckets. Between the bounds, ≥ 4 buckets per emitted n-gram keeps collisions rare. */
const MIN_HASH_BITS = 10;
const BUCKETS_PER_NGRAM = 4;
/** FNV-1a 32-bit offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Starting capacities; buffers double when exceeded (short texts have ~50–150 distinct n-grams). */
const INITIAL_ROW_CAPACITY = 1024;
const INITIAL_WORD_CAPACITY = 64;
/** Slots of the per-row counting table to start with (a power of two, grown to ≥ 2 × a row's n-grams). */
const INITIAL_TABLE_SIZE = 2048;
/** Fibonacci hashing multiplier (2^32 / φ): spreads buckets over the row table's slots by the product's top bits. */
const SLOT_MULTIPLIER = 0x9e3779b1;
/** Packs (column, count) as column · 2^10 + count into an int32 when columns < 2^21 and counts < 2^10 … */
const SMALL_PACK = 2 ** 10;
const SMALL_PACK_MAX_COLUMNS = 2 ** 21;
/** … else as column · 2^(53 − bits) + count in a double: exact for any column below 2^bits. */
const DOUBLE_MANTISSA_BITS = 53;
/** Word-boundary pad, as in scikit-learn's char_wb analyzer. */
const PAD = 0x20;

/** Options of {@link charNgramTfidf}. */
export interface CharNgramTfidfOptions {
  /** Word tokens of each document (already lowercased). */
  readonly docs: ReadonlyArray<readonly string[]>;
  readonly minN?: number;
  readonly maxN?: number;
  /** Keep n-grams in at least this many documents (≥ 1) or this fraction (< 1). Default 2. */
  readonly minDf?: number;
  /** Keep n-grams in at most this fraction of documents (≤ 1) or this many (> 1). Default 1 (all). */
  readonly maxDf?: number;
  /** log2 of the bucket count; default sized to the corpus, 10–20. */
  readonly hashBits?: number;
}

/**
 * Sublinear TF-IDF over char_wb n-grams (each word padded with a space on both sides, n-grams of
 * `minN..maxN`; a padded word shorter than n counts once), hashed with FNV-1a into 2^bits buckets and
 * compacted to the buckets that survive df pruning. Rows are L2-normalised. Hashing avoids building
 * millions of substrings, the dominant cost of a vocabulary-based char analyzer.
 * @example
 * const m = charNgramTfidf({ docs: [['card', 'lost'], ['card']], minDf: 1 });
 */
export function charNgramTfidf({
  docs,
  minN = 3,
  maxN = 5,
  minDf = 2,
  maxDf = 1,
  hashBits,
}: CharNgramTfidfOptions): CsrMatrix {
  const n = docs.length;
  let emitted = 0;
  for (const tokens of docs) for (const t of tokens) emitted += (t.length + 2) * (maxN - minN + 1);
  const bits =
    hashBits ??
    Math.min(MAX_HASH_BITS, Math.max(MIN_HASH_BITS, Math.ceil(Math.log2(emitted * BUCKETS_PER_NGRAM + 1))));
  const mask = (1 << bits) - 1;
  const grams = new RowGrams({ minN, maxN, mask });
  // Pass 1: document frequency per bucket (rows are hashed again in pass 2 rather than stored: hashing is
  // cheaper than the fresh memory a stored copy of every row would take, see ADR 0010).
  const table = new Int32Array(mask + 1);
  let distinct = 0;
  for (let di = 0; di < n; di++) {
    const m = grams.hashRow(docs[di]!);
    const keys = grams.keys;
    for (let i = 0; i < m; i++) table[keys[i]!]!++;
    distinct += m;
  }
  // The df table becomes the column table in place: bucket → column (ascending bucket order) or -1.
  const lo = Math.ceil(minDf < 1 ? minDf * n : minDf);
  const hi = Math.floor(maxDf <= 1 ? maxDf * n : maxDf);
  let cols = 0;
  for (let b = 0; b <= mask; b++) if (table[b]! >= lo && table[b]! <= hi) cols++;
  const idf = new Float64Array(cols);
  cols = 0;
  for (let b = 0; b <= mask; b++) {
    const df = table[b]!;
    if (df >= lo && df <= hi) {
      idf[cols] = Math.log((1 + n) / (1 + df)) + 1;
      table[b] = cols++;
    } else {
      table[b] = -1;
    }
  }
  // Pass 2: rows of kept buckets, sublinear tf × idf, columns ascending. Each kept (column, count) pair is
  // packed into one integer (column · 2^10 + count) so one typed sort orders the row; a row holding a count
  // ≥ 2^10 (long documents) or a column ≥ 2^21 packs into doubles instead (exact, see widePack).
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(distinct);
  const data = new Float32Array(distinct);
  let small = new Int32Array(INITIAL_ROW_CAPACITY);
  let wide = new Float64Array(INITIAL_ROW_CAPACITY);
  const smallColumns = cols <= SMALL_PACK_MAX_COLUMNS;
  const widePack = 2 ** (DOUBLE_MANTISSA_BITS - bits);
  let q = 0;
  for (let di = 0; di < n; di++) {
    const m = grams.hashRow(docs[di]!);
    const { keys, counts } = grams;
    if (m > small.length) {
      small = new Int32Array(m * 2);
      wide = new Float64Array(m * 2);
    }
    let kept = 0;
    let fits = smallColumns;
    for (let i = 0; i < m; i++) {
      const c = table[keys[i]!]!;
      if (c < 0) continue;
      const count = counts[i]!;
      if (count >= SMALL_PACK) fits = false;
      small[kept] = c * SMALL_PACK + count;
      wide[kept] = c * widePack + count;
      kept++;
    }
    const pack = fits ? SMALL_PACK : widePack;
    const row = fits ? small.subarray(0, kept).sort() : wide.subarray(0, kept).sort();
    for (let i = 0; i < kept; i++) {
      const c = Math.floor(row[i]! / pack);
      const count = row[i]! - c * pack;
      indices[q] = c;
      data[q] = (count === 1 ? 1 : 1 + Math.log(count)) * idf[c]!;
      q++;
    }
    indptr[di + 1] = q;
  }
  const matrix: CsrMatrix = { rows: n, cols, indptr, indices: fit(indices, q), data: fit(data, q) };
  normalizeRowsL2(matrix);
  return matrix;
}

/**
 * Hashes one document's char_wb n-grams and counts them per bucket with a small open-addressing table
 * reused across rows (generation-stamped, so nothing is cleared): O(emitted) per row instead of a sort.
 * After {@link hashRow}, `keys[0..m)` are the row's distinct buckets and `counts` their occurrences.
 */
class RowGrams {
  keys: Int32Array = new Int32Array(INITIAL_ROW_CAPACITY);
  counts: Int32Array = new Int32Array(INITIAL_ROW_CAPACITY);
  #codes: Int32Array = new Int32Array(INITIAL_WORD_CAPACITY);
  /** Open-addressing table: slot → bucket, slot → index into keys, slot → generation that filled it. */
  #slotKey: Int32Array = new Int32Array(INITIAL_TABLE_SIZE);
  #slotIndex: Int32Array = new Int32Array(INITIAL_TABLE_SIZE);
  #slotStamp: Int32Array = new Int32Array(INITIAL_TABLE_SIZE);
  #generation = 0;
  readonly #minN: number;
  readonly #maxN: number;
  readonly #mask: number;

  constructor({ minN, maxN, mask }: { minN: number; maxN: number; mask: number }) {
    this.#minN = minN;
    this.#maxN = maxN;
    this.#mask = mask;
  }

  /** Fills `keys`/`counts` with the document's distinct buckets and returns how many there are. */
  hashRow(tokens: readonly string[]): number {
    const minN = this.#minN;
    const maxN = this.#maxN;
    const mask = this.#mask;
    let emitted = 0;
    for (const t of tokens) emitted += (t.length + 2) * (maxN - minN + 1);
    this.#reserve(emitted);
    const gen = ++this.#generation;
    const slotKey = this.#slotKey;
    const slotIndex = this.#slotIndex;
    const slotStamp = this.#slotStamp;
    const slotMask = slotKey.length - 1;
    const slotShift = 32 - Math.log2(slotKey.length);
    const keys = this.keys;
    const counts = this.counts;
    let m = 0;
    for (const t of tokens) {
      const len = t.length + 2;
      if (len > this.#codes.length) this.#codes = new Int32Array(len * 2);
      const codes = this.#codes;
      codes[0] = PAD;
      for (let i = 0; i < t.length; i++) codes[i + 1] = t.charCodeAt(i);
      codes[len - 1] = PAD;
      for (let start = 0; start < len; start++) {
        let h = FNV_OFFSET;
        const stop = Math.min(len, start + maxN);
        for (let p = start; p < stop; p++) {
          h = Math.imul(h ^ codes[p]!, FNV_PRIME);
          // Grams of length ≥ minN; the whole padded word once when it is shorter than minN.
          if (p - start + 1 < minN && !(start === 0 && p === len - 1)) continue;
          const b = h & mask;
          // Fibonacci hashing of the bucket into the row table, then linear probing.
          let s = Math.imul(b, SLOT_MULTIPLIER) >>> slotShift;
          while (slotStamp[s] === gen && slotKey[s] !== b) s = (s + 1) & slotMask;
          if (slotStamp[s] === gen) {
            counts[slotIndex[s]!]!++;
          } else {
            slotStamp[s] = gen;
            slotKey[s] = b;
            slotIndex[s] = m;
            keys[m] = b;
            counts[m] = 1;
            m++;
          }
        }
      }
    }
    return m;
  }

  /** Room for `emitted` n-grams: keys/counts at least that long, the table at least twice that (load ≤ ½). */
  #reserve(emitted: number): void {
    if (emitted > this.keys.length) {
      this.keys = new Int32Array(emitted * 2);
      this.counts = new Int32Array(emitted * 2);
    }
    if (emitted * 2 > this.#slotKey.length) {
      let size = this.#slotKey.length;
      while (size < emitted * 2) size *= 2;
      this.#slotKey = new Int32Array(size);
      this.#slotIndex = new Int32Array(size);
      this.#slotStamp = new Int32Array(size);
      this.#generation = 0;
    }
  }
}

/** Pruning usually drops few nonzeros: keep a view then, copy only when much of the buffer would be wasted. */
const KEEP_VIEW_FILL = 0.75;

function fit<T extends Int32Array | Float32Array>(a: T, used: number): T {
  return (used >= KEEP_VIEW_FILL * a.length ? a.subarray(0, used) : a.slice(0, used)) as T;
}

