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
  const dfAll: number[] = [];
  const docIds: Int32Array[] = [];
  for (const doc of docs) {
    const seen = new Int32Array(doc.length);
    let u = 0;
    const local = new Set<number>();
    for (const t of doc) {
      let id = ids.get(t);
      if (id === undefined) {
        id = dfAll.length;
        ids.set(t, id);
        dfAll.push(0);
      }
      seen[u++] = id;
      if (!local.has(id)) {
        local.add(id);
        dfAll[id]!++;
      }
    }
    docIds.push(seen);
  }
  // Below 1 a bound is a fraction of the documents; from 1 up (min) / above 1 (max) it is a count.
  const lo = Math.ceil(minDf < 1 ? minDf * n : minDf);
  const hi = Math.floor(maxDf <= 1 ? maxDf * n : maxDf);
  const kept = [...ids.entries()]
    .filter(([, id]) => dfAll[id]! >= lo && dfAll[id]! <= hi)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const remap = new Int32Array(dfAll.length).fill(-1);
  const terms: string[] = [];
  const idf = new Float64Array(kept.length);
  const df = new Int32Array(kept.length);
  kept.forEach(([term, id], col) => {
    remap[id] = col;
    terms.push(term);
    df[col] = dfAll[id]!;
    idf[col] = Math.log((1 + n) / (1 + dfAll[id]!)) + 1;
  });
  const indptr = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const counts = new Map<number, number>();
  docIds.forEach((row, i) => {
    counts.clear();
    for (const id of row) {
      const c = remap[id]!;
      if (c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const entries = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, tf] of entries) {
      cols.push(c);
      vals.push((sublinearTf ? 1 + Math.log(tf) : tf) * idf[c]!);
    }
    indptr[i + 1] = cols.length;
  });
  const matrix: CsrMatrix = {
    rows: n,
    cols: terms.length,
    indptr,
    indices: Int32Array.from(cols),
    data: Float32Array.from(vals),
  };
  if (normalize) normalizeRowsL2(matrix);
  return { matrix, terms, idf, df };
}
