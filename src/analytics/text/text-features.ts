/** @module analytics/text/text-features — the default sparse features for short texts: words + char n-grams. */
import { startCharNgramTfidf } from './char-ngrams.js';
import { prewarmTextThreads } from './parallel-pool.js';
import type { CsrMatrix } from './sparse.js';
import { hstackCsr, normalizeRowsL2 } from './sparse.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';
import { lightStem, tokenize } from './tokenize.js';
import { tfidf } from './vectorize.js';

/** Terms must appear in ≥ 2 documents: singletons cannot link two texts and only add noise and cost. */
const DEFAULT_MIN_DF = 2;
/** Below this many documents min_df pruning would erase most of the vocabulary, so it is disabled. */
const MIN_DOCS_FOR_PRUNING = 20;
/** Char n-grams and words weigh the same after per-block normalisation (measured: 0.5 or 2 were worse). */
const DEFAULT_CHAR_WEIGHT = 1;

/** Char n-grams in more than this share of documents are dropped: low idf, yet most of the nonzeros. */
const DEFAULT_CHAR_MAX_DF = 1;
/** char_wb 3–5-grams, as commonly used with scikit-learn's char_wb analyzer. */
const DEFAULT_CHAR_RANGE: readonly [number, number] = [3, 5];

/** Options of {@link textFeatures}. */
export interface TextFeaturesOptions {
  readonly texts: readonly string[];
  /** `tokenize(text)` of every text, when the caller already has it (saves tokenising twice). */
  readonly tokens?: ReadonlyArray<readonly string[]>;
  /** Stop words removed from the word block (default: English). */
  readonly stopWords?: ReadonlySet<string>;
  /** Light stemming of the word block (default true). */
  readonly stem?: boolean;
  /** Add char_wb 3–5-gram block (default true): robust to typos and inflections. */
  readonly charNgrams?: boolean;
  readonly charWeight?: number;
  /** Drop char n-grams found in more than this fraction of documents (cost control; see ADR 0010). */
  readonly charMaxDf?: number;
  /** Char n-gram orders, inclusive. Default [3, 5]. */
  readonly charRange?: readonly [number, number];
}

/**
 * Sparse features for clustering short texts: sublinear TF-IDF of stemmed words without stop words,
 * plus sublinear TF-IDF of hashed char_wb 3–5-grams, each block L2-normalised, concatenated and
 * renormalised. Terms present in a single document are pruned once there are enough documents.
 * @example
 * const x = textFeatures({ texts: ['card lost', 'lost my card', 'refund please'] });
 */
export function textFeatures({
  texts,
  tokens,
  stopWords = ENGLISH_STOP_WORDS,
  stem = true,
  charNgrams = true,
  charWeight = DEFAULT_CHAR_WEIGHT,
  charMaxDf = DEFAULT_CHAR_MAX_DF,
  charRange = DEFAULT_CHAR_RANGE,
}: TextFeaturesOptions): CsrMatrix {
  // Large inputs will use the worker pool (char n-grams, SVD, kNN): start it now, so it boots during this step.
  // (The SVD copies the matrix into the WebAssembly kernels' memory itself.)
  prewarmTextThreads(texts.length);
  const minDf = texts.length >= MIN_DOCS_FOR_PRUNING ? DEFAULT_MIN_DF : 1;
  const raw = tokens ?? texts.map((t) => tokenize(t));
  // The char block's hashing pass starts on the helpers (if any) while this thread builds the word block.
  const chars = charNgrams
    ? startCharNgramTfidf({
        docs: raw,
        minDf,
        maxDf: texts.length >= MIN_DOCS_FOR_PRUNING ? charMaxDf : 1,
        minN: charRange[0],
        maxN: charRange[1],
      })
    : undefined;
  const words = tfidf({ docs: wordTerms({ docs: raw, stopWords, stem }), minDf }).matrix;
  if (!chars) return words;
  const x = hstackCsr({ blocks: [words, chars.finish()], weights: [1, charWeight] });
  normalizeRowsL2(x);
  return x;
}

/** Drops stop words and stems, memoising the stemmer per distinct word (a corpus repeats words a lot). */
function wordTerms({
  docs,
  stopWords,
  stem,
}: {
  docs: ReadonlyArray<readonly string[]>;
  stopWords: ReadonlySet<string>;
  stem: boolean;
}): string[][] {
  const memo = new Map<string, string>();
  return docs.map((tokens) => {
    const out: string[] = [];
    for (const t of tokens) {
      if (stopWords.has(t)) continue;
      if (!stem) {
        out.push(t);
        continue;
      }
      let s = memo.get(t);
      if (s === undefined) memo.set(t, (s = lightStem(t)));
      out.push(s);
    }
    return out;
  });
}
