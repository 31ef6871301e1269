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

/**
 * Top terms per cluster by c-TF-IDF: W(t, c) = tf(t, c) / |c|_terms · ln(1 + A / f(t)), where A is the average
 * number of terms per cluster and f(t) the frequency of t over all clusters. Ties break alphabetically.
 * @example
 * classTfidf({ docs: [['card'], ['card'], ['refund']], labels: [0, 0, 1], k: 2, minDf: 1 }); // [['card'], ['refund']]
 */
export function classTfidf({
  docs,
  labels,
  k,
  top = DEFAULT_TOP,
  minDf = 2,
}: ClassTfidfOptions): string[][] {
  const df = new Map<string, number>();
  docs.forEach((terms) => {
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const tf = Array.from({ length: k }, () => new Map<string, number>());
  const sizes = new Float64Array(k);
  const freq = new Map<string, number>();
  docs.forEach((terms, i) => {
    const c = labels[i]!;
    if (c < 0 || c >= k) return;
    for (const t of terms) {
      if ((df.get(t) ?? 0) < minDf) continue;
      tf[c]!.set(t, (tf[c]!.get(t) ?? 0) + 1);
      freq.set(t, (freq.get(t) ?? 0) + 1);
      sizes[c]!++;
    }
  });
  let total = 0;
  for (const s of sizes) total += s;
  const avg = k > 0 ? total / k : 0;
  return tf.map((m, c) => {
    const scored: Array<[string, number]> = [];
    for (const [t, f] of m) scored.push([t, (f / Math.max(1, sizes[c]!)) * Math.log(1 + avg / freq.get(t)!)]);
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return scored.slice(0, top).map(([t]) => t);
  });
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
