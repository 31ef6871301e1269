/**
 * @module privacy/pii/world-lexicon — the English word lexicon widened with everyday words of other
 * languages that people write capitalised (German nouns, headings and form words elsewhere:
 * common-words-world.ts), less every word of the name lists. The person rules read "two capitalised
 * non-words" as a name ("Dagny Iwasaki"); without this, "Wartung Heizungsanlage" or "Albergo
 * Bellavista" read the same (ADR 0011, ninth round).
 */
import { WORLD_COMMON_WORDS } from './common-words-world.js';
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { FIRST_NAMES, SURNAMES } from './name-lexicon.js';
import { WORLD_SURNAMES } from './surnames-world.js';
import type { WordLexicon } from './word-lexicon.js';

let foreignWords: ReadonlySet<string> | undefined;

/** {@link WORLD_COMMON_WORDS} less anything a name list holds (lower-cased), built on first use. */
function foreignCommonWords(): ReadonlySet<string> {
  if (foreignWords) return foreignWords;
  const names = new Set<string>();
  for (const list of [FIRST_NAMES, SURNAMES, WORLD_GIVEN_NAMES, WORLD_SURNAMES]) for (const n of list) names.add(n.toLowerCase());
  foreignWords = new Set([...WORLD_COMMON_WORDS].filter((w) => !names.has(w)));
  return foreignWords;
}

/** One widened lexicon per base lexicon, so the memos keyed by lexicon keep working. */
const widened = new WeakMap<WordLexicon, WordLexicon>();

/**
 * `lexicon` plus the everyday words of other languages; undefined stays undefined (the rules then use
 * their lexicon-free paths).
 * @example withWorldWords(winkWordLexicon()).isCommonWord('heizungsanlage') // true
 */
export function withWorldWords(lexicon: WordLexicon | undefined): WordLexicon | undefined {
  if (!lexicon) return undefined;
  let w = widened.get(lexicon);
  if (!w) {
    const foreign = foreignCommonWords();
    const one = (word: string): boolean => lexicon.isCommonWord(word) || foreign.has(word);
    // A hyphenated compound of everyday words is one too ("techniker-termin", "follow-up"); names joined
    // by a hyphen have a part that is none ("jean-pierre", "smith-jones").
    w = { isCommonWord: (word: string): boolean => one(word) || (word.includes('-') && word.split('-').every((p) => p.length > 1 && one(p))) };
    widened.set(lexicon, w);
  }
  return w;
}
