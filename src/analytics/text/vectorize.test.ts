/** @module analytics/text/vectorize.test — TF-IDF against hand-computed values; char n-gram hashing. */
import { describe, expect, it } from 'vitest';
import { charNgramTfidf } from './char-ngrams.js';
import { csrToDense } from './sparse.js';
import { charWbNgrams } from './tokenize.js';
import { tfidf } from './vectorize.js';

describe('tfidf', () => {
  const docs = [['a', 'a', 'b'], ['b', 'c'], ['c']];
  it('computes sublinear tf × smooth idf with L2 rows (hand-computed)', () => {
    const { matrix, terms, idf } = tfidf({ docs });
    expect(terms).toEqual(['a', 'b', 'c']);
    // idf = ln((1+n)/(1+df)) + 1 with n = 3: a → ln(4/2)+1, b and c → ln(4/3)+1.
    const ia = Math.log(2) + 1;
    const ib = Math.log(4 / 3) + 1;
    expect(Array.from(idf)).toEqual([ia, ib, ib].map((x) => expect.closeTo(x, 12)));
    const a0 = (1 + Math.log(2)) * ia;
    const norm0 = Math.hypot(a0, ib);
    const dense = csrToDense(matrix).data;
    expect(dense[0]).toBeCloseTo(a0 / norm0, 6);
    expect(dense[1]).toBeCloseTo(ib / norm0, 6);
    expect(dense[2]).toBe(0);
    expect(dense[4]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(dense[8]).toBeCloseTo(1, 6);
  });
  it('uses raw counts without sublinear tf and skips normalisation on request', () => {
    const { matrix, idf } = tfidf({ docs, sublinearTf: false, normalize: false });
    expect(csrToDense(matrix).data[0]).toBeCloseTo(2 * idf[0]!, 6);
  });
  it('prunes by min_df (count) and max_df (fraction)', () => {
    expect(tfidf({ docs, minDf: 2 }).terms).toEqual(['b', 'c']);
    expect(tfidf({ docs, maxDf: 0.5 }).terms).toEqual(['a']);
  });
});

describe('charNgramTfidf', () => {
  it('equals vocabulary-based char_wb TF-IDF up to column order when no buckets collide', () => {
    const docs = [['card', 'lost'], ['lost', 'card', 'card'], ['refund'], ['a']];
    const hashed = charNgramTfidf({ docs, minDf: 1 });
    const exact = tfidf({ docs: docs.map((t) => charWbNgrams({ tokens: t, minN: 3, maxN: 5 })) }).matrix;
    expect(hashed.cols).toBe(exact.cols);
    for (let i = 0; i < docs.length; i++) {
      const row = (m: typeof exact): number[] =>
        Array.from(m.data.subarray(m.indptr[i]!, m.indptr[i + 1]!)).sort((x, y) => x - y);
      const h = row(hashed);
      const e = row(exact);
      expect(h.length).toBe(e.length);
      h.forEach((v, j) => expect(v).toBeCloseTo(e[j]!, 5));
    }
  });
  it('counts n-grams repeated more than 1 024 times in one document exactly (long texts)', () => {
    const docs = [Array.from({ length: 1100 }, () => 'card'), ['card', 'lost']];
    const hashed = charNgramTfidf({ docs, minDf: 1 });
    const exact = tfidf({ docs: docs.map((t) => charWbNgrams({ tokens: t, minN: 3, maxN: 5 })) }).matrix;
    const row = (m: typeof exact): number[] =>
      Array.from(m.data.subarray(m.indptr[0]!, m.indptr[1]!)).sort((x, y) => x - y);
    row(hashed).forEach((v, j) => expect(v).toBeCloseTo(row(exact)[j]!, 5));
    const cols = Array.from(hashed.indices.subarray(hashed.indptr[0]!, hashed.indptr[1]!));
    expect(cols).toEqual([...cols].sort((x, y) => x - y));
  });
});
