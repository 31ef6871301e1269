/** @module models/offline/text — tokenising and ranking for the offline model (pure functions). */

/** Words too common to say anything about what a message asks for. */
const STOPWORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from about as into like through after over between out ' +
    'against during without before under around among is am are was were be been being have has had do does did doing ' +
    'i me my myself we our ours you your yours he him his she her hers it its they them their what which who whom this ' +
    'that these those can could should would will shall may might must not no nor so than too very just also only own ' +
    'same such both each few more most other some any all how when where why here there up down again further once ' +
    'please thanks thank hi hello hey ok okay yes want need tell know get got let us'
  ).split(' '),
);

/** Suffixes stripped by the light stemmer, longest first. */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's'];
/** A stem shorter than this keeps its suffix ("is", "bus"). */
const MIN_STEM = 3;

/** Lower-cased word tokens, stop words removed, lightly stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Strips one common English suffix (enough for "refunds"/"refunded"/"refund" to meet). */
export function stem(word: string): string {
  if (/^\d+$/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

/** A passage that can be quoted back, with where it came from. */
export interface Passage {
  readonly source: string;
  readonly text: string;
}

export interface ScoredPassage extends Passage {
  readonly score: number;
}

/** BM25 constants (the usual defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/**
 * Ranks passages against a query with BM25 over the passages themselves; only passages sharing at
 * least one term with the query are returned, best first (ties keep input order, so output is stable).
 */
export function rankPassages(query: string, passages: readonly Passage[]): ScoredPassage[] {
  const queryTerms = [...new Set(terms(query))];
  if (!queryTerms.length || !passages.length) return [];
  const docs = passages.map((p) => terms(p.text));
  const avgLen = docs.reduce((n, d) => n + d.length, 0) / docs.length || 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const scored: ScoredPassage[] = [];
  passages.forEach((passage, i) => {
    const doc = docs[i] ?? [];
    let score = 0;
    for (const t of queryTerms) {
      const tf = doc.filter((x) => x === t).length;
      if (!tf) continue;
      const n = df.get(t) ?? 0;
      const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
      score += (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * doc.length) / avgLen));
    }
    if (score > 0) scored.push({ ...passage, score });
  });
  return scored.sort((a, b) => b.score - a.score);
}

/** Splits a prompt or document into quotable passages: non-empty lines, list markers and headings removed. */
export function splitPassages(source: string, text: string): Passage[] {
  return text
    .split(/\r?\n/)
    // Markdown headings are titles, not answers.
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0 && terms(line).length > 0)
    .map((line) => ({ source, text: line }));
}

/** Rough token count for usage figures: one token per word-ish piece. */
export function countTokens(text: string): number {
  return (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
}
