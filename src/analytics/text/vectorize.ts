/** @module analytics/text/vectorize — vocabulary building, min_df/max_df pruning and sublinear TF-IDF into CSR. */
import type { CsrMatrix } from './sparse.js';
import { normalizeRowsL2 } from './sparse.js';

/** Options of {@link tfidf}. */
export interface TfidfOptions {
  /** Terms of each document (any analyzer's output; repeated terms count). */
  readonly docs: ReadonlyArray<readonly string[]>;
  /** Keep terms in at least this fraction of documents (< 1) or this many (≥ 1). Default 1. */
  readonly minDf?: number;
  /** Keep terms in at most this fraction of documents (≤ 1) or this many (> 1). Default 1 (all). */
  readonly maxDf?: number;
  /** Use 1 + ln(tf) instead of raw counts (default true). */
  readonly sublinearTf?: boolean;
  /** Scale rows to unit L2 norm (default true). */
  readonly normalize?: boolean;
}

/** A TF-IDF matrix with the vocabulary of its columns. */
export interface TfidfResult {
  readonly matrix: CsrMatrix;
  /** Column index → term (sorted lexicographically, like scikit-learn). */
  readonly terms: readonly string[];
  /** Column index → smoothed idf: ln((1 + n) / (1 + df)) + 1. */
  readonly idf: Float64Array;
  /** Column index → document frequency. */
  readonly df: Int32Array;
}


/**
 * Builds a TF-IDF matrix with scikit-learn's conventions (smooth idf, optional sublinear tf, L2 rows).
 * @example
 * const { matrix, terms } = tfidf({ docs: [['card', 'lost'], ['card', 'fee']] });
 */
export function tfidf({
  docs,
  minDf = 1,
  maxDf = 1.0,
  sublinearTf = true,
  normalize = true,
}: TfidfOptions): TfidfResult {
  const n = docs.length;
  const ids = new Map<string, number>();
  let total = 0;
  for (const doc of docs) total += doc.length;
  // Every document's term ids, flat; df counted once per document via the last document seen per term.
  const flat = new Int32Array(total);
  const docStart = new Int32Array(n + 1);
  let dfAll: Int32Array = new Int32Array(Math.max(16, total >> 2));
  let lastDoc: Int32Array = new Int32Array(dfAll.length).fill(-1);
  let p = 0;
  for (let di = 0; di < n; di++) {
    for (const t of docs[di]!) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        if (id >= dfAll.length) {
          dfAll = growInt(dfAll, id * 2, 0);
          lastDoc = growInt(lastDoc, id * 2, -1);
        }
      }
      flat[p++] = id;
      if (lastDoc[id] !== di) {
        lastDoc[id] = di;
        dfAll[id]!++;
      }
    }
    docStart[di + 1] = p;
  }
  // Below 1 a bound is a fraction of the documents; from 1 up (min) / above 1 (max) it is a count.
  const lo = Math.ceil(minDf < 1 ? minDf * n : minDf);
  const hi = Math.floor(maxDf <= 1 ? maxDf * n : maxDf);
  const kept = [...ids.entries()]
    .filter(([, id]) => dfAll[id]! >= lo && dfAll[id]! <= hi)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const remap = new Int32Array(ids.size).fill(-1);
  const terms: string[] = [];
  const idf = new Float64Array(kept.length);
  const df = new Int32Array(kept.length);
  kept.forEach(([term, id], col) => {
    remap[id] = col;
    terms.push(term);
    df[col] = dfAll[id]!;
    idf[col] = Math.log((1 + n) / (1 + dfAll[id]!)) + 1;
  });
  // Rows: each document's kept columns sorted, runs of equal columns counted.
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  let q = 0;
  for (let di = 0; di < n; di++) {
    let m = 0;
    for (let x = docStart[di]!; x < docStart[di + 1]!; x++) {
      const c = remap[flat[x]!]!;
      if (c >= 0) flat[docStart[di]! + m++] = c;
    }
    const row = flat.subarray(docStart[di]!, docStart[di]! + m).sort();
    for (let i = 0; i < m; ) {
      let j = i + 1;
      while (j < m && row[j] === row[i]) j++;
      const c = row[i]!;
      const tf = j - i;
      indices[q] = c;
      values[q] = (sublinearTf ? 1 + Math.log(tf) : tf) * idf[c]!;
      q++;
      i = j;
    }
    indptr[di + 1] = q;
  }
  const matrix: CsrMatrix = {
    rows: n,
    cols: terms.length,
    indptr,
    indices: indices.slice(0, q),
    data: values.slice(0, q),
  };
  if (normalize) normalizeRowsL2(matrix);
  return { matrix, terms, idf, df };
}

function growInt(a: Int32Array, size: number, fill: number): Int32Array {
  const b = new Int32Array(size).fill(fill);
  b.set(a);
  return b;
}
