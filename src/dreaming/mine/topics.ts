/** @module dreaming/mine/topics — topic clusters of opening requests and of the turns before failures. */
import type { PreparedSession } from '../preprocess.js';
import { normalizeText, tokenize } from '../preprocess-text.js';
import type { MineKernels, TopicClustering } from './kernels.js';

/**
 * Cluster at most this many texts directly; the rest are assigned by their cluster terms. Topic structure
 * is stable well before this size, and clustering cost grows faster than linearly.
 */
export const TOPIC_SAMPLE_MAX = 2000;
/** Quotes kept per topic. */
const QUOTES_PER_TOPIC = 3;
/** Max chars of a quote (quotes are redacted text already). */
export const QUOTE_MAX_CHARS = 160;

/** One mined topic with its members as session indices. */
export interface MinedTopic {
  readonly id: number;
  readonly label: string;
  readonly terms: readonly string[];
  /** Session indices (into the prepared array). */
  readonly members: number[];
  /** Representative quotes: session index + message index + redacted text. */
  readonly quotes: Array<{ session: number; message: number; text: string }>;
}

/** Topics of a set of texts plus the per-session assignment (-1 = none). */
export interface TopicModel {
  readonly topics: MinedTopic[];
  /** Per prepared-session topic id, -1 when the session had no text or matched no topic. */
  readonly assignment: Int32Array;
  readonly k: number;
  readonly sampled: boolean;
}

/** Deterministic pseudo-random sample of `m` indices out of `n` (partial Fisher–Yates with an LCG). */
export function sampleIndices(n: number, m: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let state = (seed >>> 0) || 1;
  for (let i = 0; i < Math.min(m, n - 1); i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = i + (state % (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return idx.slice(0, m).sort((a, b) => a - b);
}

/** Inverted index of cluster terms by their first word, with rank weight 1/(rank+1). */
type TermIndex = Map<string, Array<{ slot: number; rest: string[]; weight: number }>>;

function indexTerms(clusters: TopicClustering['clusters']): { index: TermIndex; ids: number[] } {
  const index: TermIndex = new Map();
  clusters.forEach((c, slot) =>
    c.terms.forEach((t, r) => {
      const [first, ...rest] = t.split(' ');
      if (!first) return;
      let list = index.get(first);
      if (!list) index.set(first, (list = []));
      list.push({ slot, rest, weight: 1 / (r + 1) });
    }),
  );
  return { index, ids: clusters.map((c) => c.id) };
}

/** Scores a text against cluster terms (all words of a term present ⇒ its weight); best id or -1. */
function assignByTerms({
  tokens,
  terms,
  scores,
}: {
  tokens: ReadonlySet<string>;
  terms: { index: TermIndex; ids: number[] };
  /** Scratch buffer, one slot per cluster (reused across calls). */
  scores: Float64Array;
}): number {
  scores.fill(0);
  for (const tok of tokens) {
    const list = terms.index.get(tok);
    if (!list) continue;
    for (const e of list) if (e.rest.every((p) => tokens.has(p))) scores[e.slot]! += e.weight;
  }
  let best = -1;
  let bestScore = 0;
  for (let c = 0; c < scores.length; c++) {
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = terms.ids[c]!;
    }
  }
  return best;
}

/**
 * Clusters one text per session (`pick` returns the message index, or -1 to skip the session).
 * Large inputs are clustered on a deterministic sample and the rest assigned by cluster terms.
 */
export function mineTopics({
  sessions,
  pick,
  kernels,
  seed,
}: {
  sessions: readonly PreparedSession[];
  pick: (s: PreparedSession) => number;
  kernels: MineKernels;
  seed: number;
}): TopicModel {
  const assignment = new Int32Array(sessions.length).fill(-1);
  const owners: number[] = [];
  const msgIdx: number[] = [];
  for (let i = 0; i < sessions.length; i++) {
    const m = pick(sessions[i]!);
    if (m >= 0) {
      owners.push(i);
      msgIdx.push(m);
    }
  }
  if (owners.length < 2) return { topics: [], assignment, k: 0, sampled: false };
  const sampled = owners.length > TOPIC_SAMPLE_MAX;
  const sample = sampled ? sampleIndices(owners.length, TOPIC_SAMPLE_MAX, seed) : owners.map((_, i) => i);
  const texts = sample.map((j) => sessions[owners[j]!]!.messages[msgIdx[j]!]!.text);
  const result = kernels.clusterTexts({ texts, seed });
  const byId = new Map<number, MinedTopic>();
  for (const c of result.clusters) {
    byId.set(c.id, { id: c.id, label: c.label, terms: c.terms, members: [], quotes: [] });
  }
  const inSample = new Uint8Array(owners.length);
  for (let s = 0; s < sample.length; s++) {
    const j = sample[s]!;
    inSample[j] = 1;
    const cid = result.assignments[s] ?? -1;
    if (cid >= 0 && byId.has(cid)) assignment[owners[j]!] = cid;
  }
  if (sampled) {
    const index = indexTerms(result.clusters);
    const scores = new Float64Array(result.clusters.length);
    for (let j = 0; j < owners.length; j++) {
      if (inSample[j]) continue;
      const text = sessions[owners[j]!]!.messages[msgIdx[j]!]!.text;
      assignment[owners[j]!] = assignByTerms({ tokens: new Set(tokenize(normalizeText(text))), terms: index, scores });
    }
  }
  const msgOf = new Map<number, number>();
  for (let j = 0; j < owners.length; j++) msgOf.set(owners[j]!, msgIdx[j]!);
  for (let i = 0; i < sessions.length; i++) {
    const cid = assignment[i]!;
    if (cid >= 0) byId.get(cid)?.members.push(i);
  }
  for (const c of result.clusters) {
    const t = byId.get(c.id)!;
    const quotes = t.quotes;
    // Prefer the kernel's representative quotes; map them back to sessions by member position.
    for (const q of c.quotes.slice(0, QUOTES_PER_TOPIC)) {
      const pos = texts.indexOf(q);
      if (pos < 0) continue;
      const si = owners[sample[pos]!]!;
      quotes.push({ session: si, message: msgOf.get(si)!, text: q.slice(0, QUOTE_MAX_CHARS) });
    }
    for (const si of t.members) {
      if (quotes.length >= QUOTES_PER_TOPIC) break;
      if (quotes.some((q) => q.session === si)) continue;
      const mi = msgOf.get(si)!;
      quotes.push({ session: si, message: mi, text: sessions[si]!.messages[mi]!.text.slice(0, QUOTE_MAX_CHARS) });
    }
  }
  const topics = [...byId.values()].filter((t) => t.members.length > 0);
  topics.sort((a, b) => b.members.length - a.members.length);
  return { topics, assignment, k: result.k, sampled };
}
