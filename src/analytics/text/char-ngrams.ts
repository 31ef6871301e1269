/**
 * @module analytics/text/char-ngrams — hashed char_wb n-gram TF-IDF straight from char codes (no substrings),
 * its two row passes split over the worker pool for large inputs (`char-ngram-rows.ts`, bit-identical).
 */
import { computeChunk, hashRows, writeRows } from './char-ngram-rows.js';
import type { CharNgramJob, EncodedDocs, GramShape, RowOutput, StagedRows } from './char-ngram-rows.js';
import {
  PARALLEL_MIN_ROWS,
  chunkControl,
  helperCount,
  postJob,
  runChunksHere,
  sharedFloat32,
  sharedFloat64,
  sharedInt32,
  sharedUint16,
} from './parallel-pool.js';
import type { CsrMatrix } from './sparse.js';

/** At most 2^20 buckets: for ~10⁵ distinct n-grams the share of colliding n-grams stays below ~10%. */
const MAX_HASH_BITS = 20;
/** At least 2^10 buckets. Between the bounds, ≥ 4 buckets per emitted n-gram keeps collisions rare. */
const MIN_HASH_BITS = 10;
const BUCKETS_PER_NGRAM = 4;
/** Word-boundary pad, as in scikit-learn's char_wb analyzer. */
const PAD = 0x20;
/** Chunks per thread: small enough to balance a busy machine, large enough that claiming costs nothing. */
const CHUNKS_PER_THREAD = 8;

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
export function charNgramTfidf(options: CharNgramTfidfOptions): CsrMatrix {
  return startCharNgramTfidf(options).finish();
}

/** A {@link charNgramTfidf} under way: its first pass may be running on the pool's helpers. */
export interface PendingCharNgrams {
  /** Takes part in the first pass, then completes the matrix (blocking). */
  finish(): CsrMatrix;
}

/**
 * Starts {@link charNgramTfidf}: encodes the documents and, for large inputs with helpers running, hands the
 * first pass (hashing) to them at once, so the caller can do other work (the word block) before `finish`.
 * @example
 * const chars = startCharNgramTfidf({ docs });
 * const words = wordBlock(); // meanwhile, helpers hash n-grams
 * const m = chars.finish();
 */
export function startCharNgramTfidf({
  docs,
  minN = 3,
  maxN = 5,
  minDf = 2,
  maxDf = 1,
  hashBits,
}: CharNgramTfidfOptions): PendingCharNgrams {
  const n = docs.length;
  const helpers = n >= PARALLEL_MIN_ROWS ? helperCount() : 0;
  const shared = helpers > 0;
  const { encoded, bound } = encodeDocs({ docs, minN, maxN, shared });
  const bits =
    hashBits ?? Math.min(MAX_HASH_BITS, Math.max(MIN_HASH_BITS, Math.ceil(Math.log2(bound * BUCKETS_PER_NGRAM + 1))));
  const shape: GramShape = { minN, maxN, bits };
  // Staging: room for every emitted n-gram of each document (its distinct ones are written at its offset).
  const emitted = encoded.slotStart[n]!;
  const int32 = shared ? sharedInt32 : (length: number) => new Int32Array(length);
  const staged: StagedRows = { keys: int32(emitted), counts: int32(emitted), distinct: int32(n) };
  const chunks = Math.max(1, Math.min(n, (helpers + 1) * CHUNKS_PER_THREAD));
  const job = (pass: 1 | 2, output?: RowOutput): CharNgramJob => ({
    kind: 'char-ngrams',
    pass,
    ctl: chunkControl(chunks),
    chunks,
    bounds: chunkBounds(encoded.slotStart, chunks),
    ...encoded,
    ...shape,
    ...staged,
    ...(output ? { output } : {}),
  });
  const first = shared ? job(1) : undefined;
  if (first) postJob(first);
  return {
    finish: () => {
      if (first) runChunksHere(first, computeChunk);
      else hashRows({ docs: encoded, shape, staged, from: 0, to: n });
      const output = columnsAndRows({ docs: encoded, staged, bits, minDf, maxDf, shared });
      if (shared) {
        const second = job(2, output);
        postJob(second);
        runChunksHere(second, computeChunk);
      } else {
        writeRows({ staged, docs: encoded, shape, output, from: 0, to: n });
      }
      const { cols, indptr, indices, data } = output;
      return { rows: n, cols, indptr, indices, data };
    },
  };
}

/**
 * Documents as padded char codes (see {@link EncodedDocs}), with `bound` = Σ (length + 2) · orders, the
 * emitted-n-gram estimate that sizes the hash space (kept as it was, so the buckets do not change).
 */
function encodeDocs({
  docs,
  minN,
  maxN,
  shared,
}: {
  docs: ReadonlyArray<readonly string[]>;
  minN: number;
  maxN: number;
  shared: boolean;
}): { encoded: EncodedDocs; bound: number } {
  const n = docs.length;
  let tokens = 0;
  let chars = 0;
  for (const doc of docs) {
    tokens += doc.length;
    for (const t of doc) chars += t.length + 2;
  }
  const int32 = shared ? sharedInt32 : (length: number) => new Int32Array(length);
  const codes = shared ? sharedUint16(chars) : new Uint16Array(chars);
  const tokenStart = int32(tokens + 1);
  const docStart = int32(n + 1);
  const slotStart = int32(n + 1);
  let c = 0;
  let t = 0;
  let slots = 0;
  for (let i = 0; i < n; i++) {
    for (const token of docs[i]!) {
      codes[c++] = PAD;
      for (let x = 0; x < token.length; x++) codes[c++] = token.charCodeAt(x);
      codes[c++] = PAD;
      tokenStart[++t] = c;
      slots += gramsOfPaddedWord(token.length + 2, minN, maxN);
    }
    docStart[i + 1] = t;
    slotStart[i + 1] = slots;
  }
  return { encoded: { codes, tokenStart, docStart, slotStart }, bound: chars * (maxN - minN + 1) };
}

/** N-grams a padded word of length `len` emits: every gram of length minN..maxN, or the word itself once when shorter. */
function gramsOfPaddedWord(len: number, minN: number, maxN: number): number {
  if (len < minN) return 1;
  let s = 0;
  for (let g = minN; g <= Math.min(maxN, len); g++) s += len - g + 1;
  return s;
}

/**
 * Between the passes, on the calling thread: document frequency per bucket from the staged rows, the df table
 * turned in place into bucket → column (ascending bucket order, −1 when pruned) with each column's idf, and
 * the CSR row pointers from each row's kept n-grams.
 */
function columnsAndRows({
  docs,
  staged,
  bits,
  minDf,
  maxDf,
  shared,
}: {
  docs: EncodedDocs;
  staged: StagedRows;
  bits: number;
  minDf: number;
  maxDf: number;
  shared: boolean;
}): RowOutput {
  const n = docs.slotStart.length - 1;
  const { keys, distinct } = staged;
  const { slotStart } = docs;
  const buckets = 1 << bits;
  const columns = shared ? sharedInt32(buckets) : new Int32Array(buckets);
  for (let i = 0; i < n; i++) {
    for (let x = slotStart[i]!; x < slotStart[i]! + distinct[i]!; x++) columns[keys[x]!]!++;
  }
  const lo = Math.ceil(minDf < 1 ? minDf * n : minDf);
  const hi = Math.floor(maxDf <= 1 ? maxDf * n : maxDf);
  let cols = 0;
  for (let b = 0; b < buckets; b++) if (columns[b]! >= lo && columns[b]! <= hi) cols++;
  const idf = shared ? sharedFloat64(cols) : new Float64Array(cols);
  cols = 0;
  for (let b = 0; b < buckets; b++) {
    const df = columns[b]!;
    if (df >= lo && df <= hi) {
      idf[cols] = Math.log((1 + n) / (1 + df)) + 1;
      columns[b] = cols++;
    } else {
      columns[b] = -1;
    }
  }
  const indptr = shared ? sharedInt32(n + 1) : new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let kept = 0;
    for (let x = slotStart[i]!; x < slotStart[i]! + distinct[i]!; x++) if (columns[keys[x]!]! >= 0) kept++;
    indptr[i + 1] = indptr[i]! + kept;
  }
  const nnz = indptr[n]!;
  const indices = shared ? sharedInt32(nnz) : new Int32Array(nnz);
  const data = shared ? sharedFloat32(nnz) : new Float32Array(nnz);
  return { columns, cols, idf, indptr, indices, data };
}

/** Document boundaries (shared) splitting the staged n-grams into chunks of about equal size (plus one per row). */
function chunkBounds(slotStart: Int32Array, chunks: number): Int32Array {
  const n = slotStart.length - 1;
  const bounds = sharedInt32(chunks + 1);
  let row = 0;
  for (let c = 1; c < chunks; c++) {
    const target = ((slotStart[n]! + n) * c) / chunks;
    while (row < n && slotStart[row]! + row < target) row++;
    bounds[c] = row;
  }
  bounds[chunks] = n;
  return bounds;
}
