/** @module dreaming/topics — topic clusters of short texts (opening requests, failure turns) with labels and quotes. */
import {
  ENGLISH_STOP_WORDS,
  classTfidfIds,
  clusterPoints,
  joinBigramTerm,
  labelFromTerms,
  normalizeDenseRowsInPlace,
  prewarmTextThreads,
  randomizedSvd,
  textFeatures,
  tokenize,
  wordNgramIds,
} from '../analytics/text/index.js';
import type { ClusterMethod, DenseMatrix } from '../analytics/text/index.js';

/** SVD dimensions. 64/80/100 measured within noise of each other on BANKING77 (ADR 0010); 80 is the middle. */
const EMBEDDING_DIMS = 80;
/** One power iteration: clustering needs the subspace's geometry, not 5-digit singular values (ADR 0010). */
const POWER_ITERATIONS = 1;
/** Representative quotes per cluster. */
const QUOTES_PER_CLUSTER = 3;
/** Label terms per cluster. */
const TERMS_PER_CLUSTER = 10;
/** Terms joined into the short label. */
const LABEL_PARTS = 3;

/** Options of {@link clusterTexts}. */
export interface ClusterTextsOptions {
  readonly texts: readonly string[];
  /** Number of topics; absent → chosen by modularity (reported in `criterion`). */
  readonly k?: number;
  /** Seed of every random choice; same texts + same seed → same output. Default 0. */
  readonly seed?: number;
  /** `graph` (default, better topics) or `kmeans` (faster on very large inputs). */
  readonly method?: ClusterMethod;
  /** Embedding dimensions (default 80). */
  readonly dims?: number;
}

/** One topic. */
export interface TopicCluster {
  /** 0..k-1, largest cluster first. */
  readonly id: number;
  /** A few top terms joined, e.g. "card arrive, still waiting". */
  readonly label: string;
  /** Top c-TF-IDF terms (word 1–2-grams), best first. */
  readonly terms: string[];
  readonly size: number;
  /** Indices into the input texts, ascending. */
  readonly members: number[];
  /** Up to three member texts nearest the cluster's centroid, most central first. */
  readonly quotes: string[];
}

/** Result of {@link clusterTexts}. */
export interface TopicClustering {
  readonly clusters: TopicCluster[];
  /** Cluster id per input text. */
  readonly assignments: number[];
  readonly k: number;
  /** How k was decided, in words. */
  readonly criterion: string;
}

/**
 * Clusters short texts into topics: TF-IDF of words and char n-grams → randomized SVD (80 dims) →
 * cosine kNN graph → Louvain communities (resolution searched to hit k) → c-TF-IDF labels and quotes.
 * Deterministic for a given seed; handles 0, 1 or a handful of texts.
 * @example
 * const { clusters } = clusterTexts({ texts: ['my card is lost', 'lost card', 'refund please'], k: 2 });
 */
export function clusterTexts({
  texts,
  k,
  seed = 0,
  method = 'graph',
  dims = EMBEDDING_DIMS,
}: ClusterTextsOptions): TopicClustering {
  const n = texts.length;
  if (n === 0) return { clusters: [], assignments: [], k: 0, criterion: 'no texts' };
  // Large inputs: the worker pool boots while this thread tokenises (ADR 0010, WebAssembly kernels).
  prewarmTextThreads(n);
  // Tokenised once: the feature block and the label terms use the same tokens.
  const tokens = texts.map((t) => tokenize(t));
  const features = textFeatures({ texts, tokens });
  const svd = randomizedSvd({ matrix: features, k: dims, seed, powerIterations: POWER_ITERATIONS });
  const points = svd.embedding;
  normalizeDenseRowsInPlace(points);
  const { labels, k: found, criterion } = clusterPoints({
    points,
    ...(k === undefined ? {} : { k }),
    seed,
    method,
  });
  // Label terms: word 1–2-grams without stop words, as ids (no string per bigram occurrence).
  const grams = wordNgramIds({ tokens, stopWords: ENGLISH_STOP_WORDS });
  const terms = classTfidfIds({
    ...grams,
    labels,
    k: found,
    top: TERMS_PER_CLUSTER,
    minDf: n >= 20 ? 2 : 1,
  }).map((ids) => ids.map(grams.name));
  const members: number[][] = Array.from({ length: found }, () => []);
  labels.forEach((c, i) => members[c]!.push(i));
  // Bigram n-grams of unspaced scripts are shown as the text they overlap into ("银行 行卡" → "银行卡").
  const shown = terms.map((ts) => [...new Set(ts.map(joinBigramTerm))]);
  const clusters = members.map((m, id) => ({
    id,
    label: labelFromTerms(shown[id] ?? [], LABEL_PARTS) || `topic ${id}`,
    terms: shown[id] ?? [],
    size: m.length,
    members: m,
    quotes: centralQuotes({ points, members: m, texts }),
  }));
  return { clusters, assignments: Array.from(labels), k: found, criterion };
}

/** Member texts nearest (cosine) to the members' mean embedding, distinct texts only. */
function centralQuotes({
  points,
  members,
  texts,
}: {
  points: DenseMatrix;
  members: readonly number[];
  texts: readonly string[];
}): string[] {
  const d = points.cols;
  const centroid = new Float64Array(d);
  for (const i of members) for (let j = 0; j < d; j++) centroid[j]! += points.data[i * d + j]!;
  const scored = members.map((i) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += centroid[j]! * points.data[i * d + j]!;
    return [i, s] as const;
  });
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const quotes: string[] = [];
  const seen = new Set<string>();
  for (const [i] of scored) {
    const text = texts[i]!.trim();
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push(text);
    if (quotes.length >= QUOTES_PER_CLUSTER) break;
  }
  return quotes;
}
