/**
 * @module privacy/pii/given-name — how much a single token says "given name" on its own, combining the
 * short FIRST_NAMES list, the broad WORLD_GIVEN_NAMES list, the wink word lexicon and the place
 * gazetteer.
 */
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NON_NAME_WORDS } from './name-lexicon.js';
import { placeNames } from './place-gazetteer.js';
import type { WordLexicon } from './word-lexicon.js';

/**
 * `clean`: a given name that is no everyday word, place or brand; enough on its own.
 * `ambiguous`: a given name that is also a word, place or brand ("Grace", "Chad", "Alexa"); needs a
 * surname or a cue. `none`: not a listed given name.
 */
export type GivenNameClass = 'clean' | 'ambiguous' | 'none';

/** Shortest broad-list entry trusted at all: two-letter names ("Li", "Yu") collide with abbreviations. */
const MIN_WORLD_LENGTH = 3;

/**
 * Given names that are better known as products, assistants or brands in support chat ("Ask Alexa",
 * "Siri keeps…", "my Mercedes"). Only ever ambiguous.
 */
const BRAND_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'Alexa Siri Cortana Bixby Tesla Mercedes Chanel Dior Morgan Dakota Chase Lexus Jaguar Fiat Kia'.split(' '),
);

/** A possessive ending ("Derek's", "Niamh’s") is not part of the name. */
const POSSESSIVE = /['’]s$/;
/** Char code of "s", tested before the possessive regex runs. */
const S = 115;

/** Classes of broad-list tokens, per lexicon (the class depends on the lexicon's word list). */
const memos = new WeakMap<WordLexicon, Map<string, GivenNameClass>>();
/** Tokens memoised before the memo is reset (bounded memory). */
const MEMO_LIMIT = 50_000;
let lowerNames: ReadonlySet<string> | undefined;

/**
 * Classifies a capitalised token as a given name. Without a lexicon only the short, curated lists
 * are used (the broad list needs the lexicon to filter everyday words).
 */
export function givenNameClass(token: string, lexicon: WordLexicon | undefined): GivenNameClass {
  const tok = token.length > 2 && token.charCodeAt(token.length - 1) === S && POSSESSIVE.test(token) ? token.slice(0, -2) : token;
  if (AMBIGUOUS_FIRST_NAMES.has(tok) || BRAND_GIVEN_NAMES.has(tok)) return 'ambiguous';
  if (FIRST_NAMES.has(tok)) return 'clean';
  if (!lexicon) return 'none';
  let memo = memos.get(lexicon);
  if (!memo) memos.set(lexicon, (memo = new Map()));
  const hit = memo.get(tok);
  if (hit !== undefined) return hit;
  let cls: GivenNameClass = 'none';
  if (tok.length >= MIN_WORLD_LENGTH && WORLD_GIVEN_NAMES.has(tok)) {
    const collides = NON_NAME_WORDS.has(tok) || lexicon.isCommonWord(tok.toLowerCase()) || placeNames().has(tok);
    cls = collides ? 'ambiguous' : 'clean';
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(tok, cls);
  return cls;
}

/** A lower-case word that is in one of the given-name lists (no lexicon check). */
export function isListedLowerCaseName(word: string): boolean {
  lowerNames ??= new Set([...FIRST_NAMES, ...WORLD_GIVEN_NAMES].map((n) => n.toLowerCase()));
  return lowerNames.has(word);
}

/**
 * True when a lower-case word is a given name that is no everyday word ("niamh", "arnav"), for names
 * typed in lower case after a strong cue ("my son arnav").
 */
export function lowerCaseGivenName(word: string, lexicon: WordLexicon | undefined): boolean {
  lowerNames ??= new Set([...FIRST_NAMES, ...WORLD_GIVEN_NAMES].map((n) => n.toLowerCase()));
  if (!lexicon || !lowerNames.has(word)) return false;
  const cap = (word[0] ?? '').toUpperCase() + word.slice(1);
  return givenNameClass(FIRST_NAMES.has(cap) || WORLD_GIVEN_NAMES.has(cap) ? cap : word, lexicon) === 'clean';
}
