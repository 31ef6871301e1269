/**
 * @module privacy/pii/word-lexicon — "is this an everyday English word?" from wink-nlp's lexicon.
 *
 * wink-eng-lite-web-model's lexicon holds common English words but not given names or most family
 * names ("burger", "royal", "last" are in it; "dagny", "okafor", "maria" are not). That makes it a
 * cheap, general signal for telling "Burger King" from "Dagny Iwasaki" without a name gazetteer.
 */
import { createRequire } from 'node:module';

/** A lookup of everyday words (lower-case input). */
export interface WordLexicon {
  isCommonWord(lowerCaseWord: string): boolean;
}

/** Words memoised per lexicon before the memo is reset (bounded memory on long runs). */
const MEMO_LIMIT = 100_000;

interface WinkDocLike {
  isLexeme(text: string): unknown;
}
type WinkNlpLike = (model: unknown, pipe?: string[]) => { readDoc(text: string): WinkDocLike };

let shared: WordLexicon | undefined;

/**
 * The wink-nlp lexicon, loaded once per process on first call (~0.9 s, read-only afterwards).
 * Loading is synchronous so the redactor's API stays synchronous; call it at start-up to pay the
 * cost early.
 * @example winkWordLexicon().isCommonWord('burger') // true
 */
export function winkWordLexicon(): WordLexicon {
  if (shared) return shared;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as WinkNlpLike;
  const model = require('wink-eng-lite-web-model') as unknown;
  // An empty pipe skips SBD/POS/NER set-up: only the lexicon is needed.
  const doc = winkNLP(model, []).readDoc('');
  let memo = new Map<string, boolean>();
  shared = {
    isCommonWord(word: string): boolean {
      const hit = memo.get(word);
      if (hit !== undefined) return hit;
      const common = doc.isLexeme(word) !== null;
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(word, common);
      return common;
    },
  };
  return shared;
}
