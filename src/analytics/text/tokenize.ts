/** @module analytics/text/tokenize — unicode-aware word tokens, light stemming, word and character n-grams. */
import { hasUnspacedScript, segmentUnspaced } from './scripts.js';

/** Letters or digits, optionally joined by one apostrophe ("don't", "customer's"). */
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Shortest stem the stemmer may leave; shorter words are returned unchanged. */
const MIN_STEM_LENGTH = 3;

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Drop words in this set (default: none). Pass `ENGLISH_STOP_WORDS` (stop-words.ts) for English. */
  readonly stopWords?: ReadonlySet<string>;
  /** Apply {@link lightStem} to each token (default false). */
  readonly stem?: boolean;
}

/**
 * Lowercases (after NFKC normalisation) and splits text into word tokens. Text in scripts written
 * without spaces (Chinese, Japanese, Thai…) becomes overlapping character bigrams (scripts.ts).
 * @example
 * tokenize("Where's my CARD?", { stopWords: ENGLISH_STOP_WORDS }); // ['card']
 * tokenize('银行卡丢了'); // ['银行', '行卡', '卡丢', '丢了']
 */
export function tokenize(text: string, { stopWords, stem = false }: TokenizeOptions = {}): string[] {
  const norm = text.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  const unspaced = hasUnspacedScript(norm);
  const out: string[] = [];
  const push = (w: string): void => {
    if (!stopWords?.has(w)) out.push(stem ? lightStem(w) : w);
  };
  for (const m of norm.matchAll(WORD_RE)) {
    if (unspaced) for (const w of segmentUnspaced(m[0])) push(w);
    else push(m[0]);
  }
  return out;
}

/**
 * A light English suffix stripper (plurals, -ing, -ed, possessive), in the spirit of the "S-stemmer"
 * (Harman 1991) extended by two verb suffixes. Conservative: never leaves fewer than 3 letters.
 * @example
 * lightStem('cards'); // 'card'
 * lightStem('charging'); // 'charg'
 */
export function lightStem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const strip = (suffix: string, repl = ''): boolean => {
    if (w.endsWith(suffix) && w.length - suffix.length + repl.length >= MIN_STEM_LENGTH) {
      w = w.slice(0, w.length - suffix.length) + repl;
      return true;
    }
    return false;
  };
  if (strip('ies', 'y')) return w;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (strip('ing') || strip('ed')) return w.replace(/e$/, '');
  if (strip('es') || strip('s')) return w.replace(/e$/, '');
  return w.replace(/e$/, '');
}

/**
 * Word n-grams of orders `minN..maxN`, joined with a space.
 * @example
 * wordNgrams({ tokens: ['lost', 'card'], minN: 1, maxN: 2 }); // ['lost', 'card', 'lost card']
 */
export function wordNgrams({
  tokens,
  minN,
  maxN,
}: {
  tokens: readonly string[];
  minN: number;
  maxN: number;
}): string[] {
  const out: string[] = [];
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      // Concatenate directly: slice + join per n-gram allocates an array for every term.
      let gram = tokens[i]!;
      for (let j = 1; j < n; j++) gram += ` ${tokens[i + j]!}`;
      out.push(gram);
    }
  }
  return out;
}

/**
 * Character n-grams inside word boundaries, like scikit-learn's `analyzer='char_wb'`: each word is padded
 * with one space on both sides; a padded word shorter than n yields itself once.
 * @example
 * charWbNgrams({ tokens: ['ab'], minN: 3, maxN: 4 }); // [' ab', 'ab ', ' ab ']
 */
export function charWbNgrams({
  tokens,
  minN,
  maxN,
}: {
  tokens: readonly string[];
  minN: number;
  maxN: number;
}): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = ` ${t} `;
    for (let n = minN; n <= maxN; n++) {
      if (w.length <= n) {
        out.push(w);
        break;
      }
      for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
    }
  }
  return out;
}
