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
const INITIAL_NNZ_PER_ROW = 64;
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
  let buf: Int32Array = new Int32Array(INITIAL_ROW_CAPACITY);
  const ptrs = new Int32Array(n + 1);
  let keys: Int32Array = new Int32Array(n * INITIAL_NNZ_PER_ROW);
  let counts: Int32Array = new Int32Array(n * INITIAL_NNZ_PER_ROW);
  let nnz = 0;
  const df = new Int32Array(mask + 1);
  docs.forEach((tokens, di) => {
    let m = 0;
    for (const t of tokens) {
      const len = t.length + 2;
      const need = m + len * (maxN - minN + 1);
      if (need > buf.length) buf = grow(buf, need * 2);
      const code = (i: number): number => (i === 0 || i === len - 1 ? PAD : t.charCodeAt(i - 1));
      for (let start = 0; start < len; start++) {
        let h = FNV_OFFSET;
        for (let p = start; p < Math.min(len, start + maxN); p++) {
          h = Math.imul(h ^ code(p), FNV_PRIME);
          const size = p - start + 1;
          // Grams of length ≥ minN; the whole padded word once when it is shorter than minN.
          if (size >= minN || (start === 0 && p === len - 1)) buf[m++] = (h >>> 0) & mask;
        }
      }
    }
    const row = buf.subarray(0, m).sort();
    if (nnz + m > keys.length) {
      keys = grow(keys, (nnz + m) * 2);
      counts = grow(counts, (nnz + m) * 2);
    }
    for (let i = 0; i < m; ) {
      let j = i + 1;
      while (j < m && row[j] === row[i]) j++;
      keys[nnz] = row[i]!;
      counts[nnz] = j - i;
      df[row[i]!]!++;
      nnz++;
      i = j;
    }
    ptrs[di + 1] = nnz;
  });
  const lo = Math.ceil(minDf < 1 ? minDf * n : minDf);
  const hi = Math.floor(maxDf <= 1 ? maxDf * n : maxDf);
  const column = new Int32Array(mask + 1).fill(-1);
  let cols = 0;
  for (let b = 0; b <= mask; b++) if (df[b]! >= lo && df[b]! <= hi) column[b] = cols++;
  const idf = new Float64Array(cols);
  for (let b = 0; b <= mask; b++) if (column[b]! >= 0) idf[column[b]!] = Math.log((1 + n) / (1 + df[b]!)) + 1;
  const indptr = new Int32Array(n + 1);
  let kept = 0;
  for (let p = 0; p < nnz; p++) if (column[keys[p]!]! >= 0) kept++;
  const indices = new Int32Array(kept);
  const data = new Float32Array(kept);
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let p = ptrs[i]!; p < ptrs[i + 1]!; p++) {
      const c = column[keys[p]!]!;
      if (c < 0) continue;
      indices[q] = c;
      data[q] = (1 + Math.log(counts[p]!)) * idf[c]!;
      q++;
    }
    indptr[i + 1] = q;
  }
  // Columns are numbered in ascending bucket order and rows hold ascending buckets: rows stay sorted.
  const matrix: CsrMatrix = { rows: n, cols, indptr, indices, data };
  normalizeRowsL2(matrix);
  return matrix;
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
