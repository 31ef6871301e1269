/**
 * @module privacy/pii/surname — whether a capitalised token is a listed family name: the short,
 * curated SURNAMES list, or the broad WORLD_SURNAMES list less everyday English words and places
 * ("Park", "Florence"), which the lexicon and the place gazetteer filter at use.
 */
import { SURNAMES } from './name-lexicon.js';
import { placeNames } from './place-gazetteer.js';
import { WORLD_SURNAMES } from './surnames-world.js';
import type { WordLexicon } from './word-lexicon.js';

/** Memo of the broad-list verdicts per lexicon (the verdict depends on its word list). */
const memos = new WeakMap<WordLexicon, Map<string, boolean>>();
/** Tokens memoised before the memo is reset (bounded memory). */
const MEMO_LIMIT = 50_000;

/** True when `token` (capitalised: "Lindqvist") is a listed surname that is no everyday word or place. */
export function isListedSurname(token: string, lexicon: WordLexicon): boolean {
  if (SURNAMES.has(token)) return true;
  if (!WORLD_SURNAMES.has(token)) return false;
  let memo = memos.get(lexicon);
  if (!memo) memos.set(lexicon, (memo = new Map()));
  let hit = memo.get(token);
  if (hit === undefined) {
    hit = !lexicon.isCommonWord(token.toLowerCase()) && !placeNames().has(token);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, hit);
  }
  return hit;
}
