/** @module analytics/text/ctfidf — class-based TF-IDF (c-TF-IDF, Grootendorst 2022) for cluster labels. */

/** Options of {@link classTfidf}. */
export interface ClassTfidfOptions {
  /** Terms of each document (e.g. word 1–2-grams without stop words). */
  readonly docs: ReadonlyArray<readonly string[]>;
  /** Cluster id per document, 0..k-1 (negative ids are ignored). */
  readonly labels: ArrayLike<number>;
  readonly k: number;
  /** Terms returned per cluster. Default 10. */
  readonly top?: number;
  /** Ignore terms seen in fewer documents than this (noise and typos). Default 2. */
  readonly minDf?: number;
}

/** Ten terms is enough to read a topic and keeps payloads small. */
const DEFAULT_TOP = 10;
/** Bigram key = first word id × base + second word id (exact in a double for word ids below 2^26). */
const BIGRAM_KEY_BASE = 2 ** 26;

/**
 * Top terms per cluster by c-TF-IDF: W(t, c) = tf(t, c) / |c|_terms · ln(1 + A / f(t)), where A is the average
 * number of terms per cluster and f(t) the frequency of t over all clusters. Ties break alphabetically.
 * @example
 * classTfidf({ docs: [['card'], ['card'], ['refund']], labels: [0, 0, 1], k: 2, minDf: 1 }); // [['card'], ['refund']]
 */
export function classTfidf({ docs, labels, k, top = DEFAULT_TOP, minDf = 2 }: ClassTfidfOptions): string[][] {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const termIds = docs.map((terms) =>
    Int32Array.from(terms, (t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = names.length;
        ids.set(t, id);
        names.push(t);
      }
      return id;
    }),
  );
  const name = (id: number): string => names[id]!;
  return classTfidfIds({ docs: termIds, vocabulary: names.length, name, labels, k, top, minDf }).map((row) =>
    row.map(name),
  );
}

/** Options of {@link classTfidfIds}: documents as term ids 0..vocabulary-1, names only for ranking ties. */
export interface ClassTfidfIdsOptions extends Omit<ClassTfidfOptions, 'docs'> {
  readonly docs: ReadonlyArray<Int32Array>;
  readonly vocabulary: number;
  /** A term's text; asked for only to break score ties among the top terms. */
  readonly name: (id: number) => string;
}

/**
 * {@link classTfidf} on term ids: counts live in typed arrays, and only the terms scoring at least a
 * cluster's `top`-th best score are sorted (by score, then name). Returns term ids per cluster.
 * @example
 * classTfidfIds({ docs: [Int32Array.of(0), Int32Array.of(1)], vocabulary: 2, name: String, labels: [0, 1], k: 2, minDf: 1 });
 */
export function classTfidfIds({
  docs,
  vocabulary: v,
  name,
  labels,
  k,
  top = DEFAULT_TOP,
  minDf = 2,
}: ClassTfidfIdsOptions): number[][] {
  const df = new Int32Array(v);
  const lastDoc = new Int32Array(v).fill(-1);
  docs.forEach((terms, i) => {
    for (const t of terms) {
      if (lastDoc[t] === i) continue;
      lastDoc[t] = i;
      df[t]!++;
    }
  });
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < docs.length; i++) {
    const c = labels[i]!;
    if (c >= 0 && c < k) members[c]!.push(i);
  }
  // Per cluster: (term, count) pairs, gathered with one scratch counter array and a touched list.
  const sizes = new Float64Array(k);
  const freq = new Float64Array(v);
  const count = new Int32Array(v);
  const touched = new Int32Array(v);
  const pairs = members.map((docsOf, c) => {
    let nt = 0;
    for (const i of docsOf) {
      for (const t of docs[i]!) {
        if (df[t]! < minDf) continue;
        if (count[t] === 0) touched[nt++] = t;
        count[t]!++;
        sizes[c]!++;
      }
    }
    const terms = touched.slice(0, nt);
    const counts = Int32Array.from(terms, (t) => count[t]!);
    for (const t of terms) {
      freq[t]! += count[t]!;
      count[t] = 0;
    }
    return { terms, counts };
  });
  let total = 0;
  for (const s of sizes) total += s;
  const avg = k > 0 ? total / k : 0;
  return pairs.map(({ terms, counts }, c) => {
    const scores = Float64Array.from(terms, (t, x) => (counts[x]! / Math.max(1, sizes[c]!)) * Math.log(1 + avg / freq[t]!));
    // Only terms reaching the top-th best score can be returned; ties at that score are all kept for the
    // name order to decide.
    const cut = scores.length > top ? Float64Array.from(scores).sort().reverse()[top - 1]! : -Infinity;
    const chosen: number[] = [];
    for (let x = 0; x < terms.length; x++) if (scores[x]! >= cut) chosen.push(x);
    chosen.sort((a, b) => {
      const d = scores[b]! - scores[a]!;
      if (d !== 0) return d;
      const na = name(terms[a]!);
      const nb = name(terms[b]!);
      return na < nb ? -1 : na > nb ? 1 : 0;
    });
    return chosen.slice(0, top).map((x) => terms[x]!);
  });
}

/** Word 1- and 2-grams of tokens as ids (see {@link wordNgramIds}). */
export interface WordNgramIds {
  readonly docs: Int32Array[];
  readonly vocabulary: number;
  /** The n-gram's text ("word" or "word word"), built on first request and cached. */
  readonly name: (id: number) => string;
}

/**
 * The word 1–2-grams of each document (stop words removed first) as term ids, without building a string per
 * bigram occurrence: bigrams are keyed by their two word ids, and only the terms asked for get a text.
 * @example
 * wordNgramIds({ tokens: [['lost', 'my', 'card']], stopWords: ENGLISH_STOP_WORDS }).docs; // [lost, card, lost card] as ids
 */
export function wordNgramIds({
  tokens,
  stopWords,
}: {
  tokens: ReadonlyArray<readonly string[]>;
  stopWords: ReadonlySet<string>;
}): WordNgramIds {
  const words = new Map<string, number>();
  const bigrams = new Map<number, number>();
  // Term id → first part (a word id) and second part (−1 for unigrams).
  const first: number[] = [];
  const second: number[] = [];
  const wordNames: string[] = [];
  const wordTerm: number[] = [];
  const termOfWord = (w: string): number => {
    let id = words.get(w);
    if (id === undefined) {
      id = wordNames.length;
      words.set(w, id);
      wordNames.push(w);
      wordTerm.push(first.length);
      first.push(id);
      second.push(-1);
    }
    return id;
  };
  const docs = tokens.map((doc) => {
    const ws: number[] = [];
    for (const t of doc) if (!stopWords.has(t)) ws.push(termOfWord(t));
    const out = new Int32Array(ws.length + Math.max(0, ws.length - 1));
    let o = 0;
    for (const w of ws) out[o++] = wordTerm[w]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      // Word ids are < 2^26 for any realistic vocabulary, so the pair packs exactly into a double.
      const key = ws[i]! * BIGRAM_KEY_BASE + ws[i + 1]!;
      let id = bigrams.get(key);
      if (id === undefined) {
        id = first.length;
        bigrams.set(key, id);
        first.push(ws[i]!);
        second.push(ws[i + 1]!);
      }
      out[o++] = id;
    }
    return out;
  });
  const names: Array<string | undefined> = [];
  const name = (id: number): string => {
    let s = names[id];
    if (s === undefined) {
      s = second[id]! < 0 ? wordNames[first[id]!]! : `${wordNames[first[id]!]!} ${wordNames[second[id]!]!}`;
      names[id] = s;
    }
    return s;
  };
  return { docs, vocabulary: first.length, name };
}

/**
 * A short label from ranked terms: up to `parts` terms, skipping any whose words are all covered by
 * terms already chosen (so "card" is not repeated after "card arrival").
 * @example
 * labelFromTerms(['card arrival', 'card', 'delivery'], 2); // 'card arrival, delivery'
 */
export function labelFromTerms(terms: readonly string[], parts = 3): string {
  const chosen: string[] = [];
  const covered = new Set<string>();
  for (const t of terms) {
    const words = t.split(' ');
    if (words.every((w) => covered.has(w))) continue;
    chosen.push(t);
    for (const w of words) covered.add(w);
    if (chosen.length >= parts) break;
  }
  return chosen.join(', ');
}
