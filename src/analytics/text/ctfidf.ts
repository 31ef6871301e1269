/** @module analytics/text/ctfidf — class-based TF-IDF (c-TF-IDF, Grootendorst 2022) for cluster labels. */
import { hasUnspacedScript } from './scripts.js';

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
    const counts = new Int32Array(nt);
    for (let x = 0; x < nt; x++) {
      const t = terms[x]!;
      counts[x] = count[t]!;
      freq[t]! += count[t]!;
      count[t] = 0;
    }
    return { terms, counts };
  });
  let total = 0;
  for (const s of sizes) total += s;
  const avg = k > 0 ? total / k : 0;
  return pairs.map(({ terms, counts }, c) => {
    // Loops, not `TypedArray.from` with a map function: V8 runs that on a slow generic path.
    const scores = new Float64Array(terms.length);
    for (let x = 0; x < terms.length; x++) {
      scores[x] = (counts[x]! / Math.max(1, sizes[c]!)) * Math.log(1 + avg / freq[terms[x]!]!);
    }
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
  // Token → word id, or −1 for a stop word: one map lookup per token.
  const words = new Map<string, number>();
  const bigrams = new PairTable();
  // Term id → first part (a word id) and second part (−1 for unigrams).
  const first: number[] = [];
  const second: number[] = [];
  const wordNames: string[] = [];
  const wordTerm: number[] = [];
  let total = 0;
  for (const doc of tokens) total += Math.max(0, 2 * doc.length - 1);
  // Every document's terms in one buffer; each document gets a view (no allocation per document).
  const flat = new Int32Array(total);
  let ws = new Int32Array(16);
  let o = 0;
  const docs = tokens.map((doc) => {
    if (doc.length > ws.length) ws = new Int32Array(doc.length * 2);
    let nw = 0;
    for (const t of doc) {
      let id = words.get(t);
      if (id === undefined) {
        id = stopWords.has(t) ? -1 : wordNames.length;
        words.set(t, id);
        if (id >= 0) {
          wordNames.push(t);
          wordTerm.push(first.length);
          first.push(id);
          second.push(-1);
        }
      }
      if (id >= 0) ws[nw++] = id;
    }
    const start = o;
    for (let i = 0; i < nw; i++) flat[o++] = wordTerm[ws[i]!]!;
    for (let i = 0; i + 1 < nw; i++) {
      let id = bigrams.get(ws[i]!, ws[i + 1]!);
      if (id < 0) {
        id = first.length;
        bigrams.set(ws[i]!, ws[i + 1]!, id);
        first.push(ws[i]!);
        second.push(ws[i + 1]!);
      }
      flat[o++] = id;
    }
    return flat.subarray(start, o);
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

/** Starting slots of {@link PairTable} (a power of two). */
const PAIR_TABLE_INITIAL = 1024;
/** Multiplier of the pair hash (2^32 / φ, Fibonacci hashing). */
const PAIR_HASH_MULTIPLIER = 0x9e3779b1;

/**
 * Open-addressing map from a pair of non-negative ints to a non-negative int, on typed arrays: a `Map` keyed by
 * a packed double boxes every key, which made bigram lookups the main cost of the labels.
 */
class PairTable {
  #a = new Int32Array(PAIR_TABLE_INITIAL).fill(-1);
  #b = new Int32Array(PAIR_TABLE_INITIAL);
  #value = new Int32Array(PAIR_TABLE_INITIAL);
  #size = 0;

  /** The value stored for (a, b), or −1. */
  get(a: number, b: number): number {
    const mask = this.#a.length - 1;
    for (let s = this.#slot(a, b); ; s = (s + 1) & mask) {
      if (this.#a[s] === -1) return -1;
      if (this.#a[s] === a && this.#b[s] === b) return this.#value[s]!;
    }
  }

  /** Stores a value for a pair not yet present. */
  set(a: number, b: number, value: number): void {
    if (2 * (this.#size + 1) > this.#a.length) this.#grow();
    const mask = this.#a.length - 1;
    let s = this.#slot(a, b);
    while (this.#a[s] !== -1) s = (s + 1) & mask;
    this.#a[s] = a;
    this.#b[s] = b;
    this.#value[s] = value;
    this.#size++;
  }

  #slot(a: number, b: number): number {
    return (Math.imul(Math.imul(a, PAIR_HASH_MULTIPLIER) ^ b, PAIR_HASH_MULTIPLIER) >>> 0) & (this.#a.length - 1);
  }

  #grow(): void {
    const [a, b, value] = [this.#a, this.#b, this.#value];
    this.#a = new Int32Array(a.length * 2).fill(-1);
    this.#b = new Int32Array(a.length * 2);
    this.#value = new Int32Array(a.length * 2);
    this.#size = 0;
    for (let s = 0; s < a.length; s++) if (a[s] !== -1) this.set(a[s]!, b[s]!, value[s]!);
  }
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
    // Joined bigram text (Chinese, Japanese…, see joinBigramTerm) has no words to compare: a term inside a
    // chosen one adds nothing, one that holds chosen terms replaces them, and one that overlaps the end or
    // start of a chosen term is joined to it.
    if (hasUnspacedScript(t)) {
      if (chosen.some((c) => c.includes(t))) continue;
      for (let i = chosen.length - 1; i >= 0; i--) if (t.includes(chosen[i]!)) chosen.splice(i, 1);
      const joined = chosen.findIndex((c) => overlapJoin(c, t) !== undefined);
      if (joined >= 0) {
        chosen[joined] = overlapJoin(chosen[joined]!, t)!;
        continue;
      }
    }
    chosen.push(t);
    for (const w of words) covered.add(w);
    if (chosen.length >= parts) break;
  }
  return chosen.join(', ');
}

/** `a` and `b` joined where the end of one repeats the start of the other ("如何更" + "何更改" → "如何更改"). */
function overlapJoin(a: string, b: string): string | undefined {
  for (let k = Math.min(a.length, b.length) - 1; k >= 1; k--) {
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
    if (b.endsWith(a.slice(0, k))) return b + a.slice(k);
  }
  return undefined;
}
