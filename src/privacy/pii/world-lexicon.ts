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

/**
 * Heads of German compound nouns that no family name ends in (unlike "-berg", "-mann", "-stein"): a long
 * word ending in one is a noun however its first part is spelled ("Chatprotokoll", "Bewerbungsportal",
 * "Immatrikulationsbescheinigung", the subjects "Germanistik" and "Kunstgeschichte"), which the word lists
 * cannot hold one by one.
 */
const GERMAN_COMPOUND_HEAD =
  /(?:protokoll|portal|antrag|anträge|bescheinigung|bestätigung|verfahren|nummer|adresse|daten|vertrag|verträge|rechnung|konto|formular|unterlagen|nachweis|gebühr|gebühren|zahlung|anmeldung|bewerbung|verwaltung|ordnung|dokument|dokumente|termin|anfrage|auskunft|beitrag|zeugnis|studium|ausweis|versicherung|leistung|leistungen|abrechnung|mitteilung|erklärung|genehmigung|schreiben|stelle|abteilung|prüfung|vorlage|übersicht|bearbeitung|istik|geschichte|wissenschaft|wissenschaften)$/;
/** Shortest word read as such a compound: a head and at least three letters before it. */
const MIN_COMPOUND = 9;

/** True for a long lower-cased word that ends in a {@link GERMAN_COMPOUND_HEAD} with a first part before it. */
function germanCompound(word: string): boolean {
  if (word.length < MIN_COMPOUND) return false;
  const m = GERMAN_COMPOUND_HEAD.exec(word);
  return m !== null && m.index >= 3;
}

/**
 * Endings of Spanish, Portuguese and Italian abstract nouns in the plural and of adjectives that no name
 * ends in ("Operaciones", "Comissões", "Condizioni", "Comerciales", "Estadísticas"). The
 * singulars are left out: "Trinidad", "Asunción", "Conceição" and "Clemente" are names.
 */
const ROMANCE_DERIVED = /(?:idades|ciones|siones|ções|sões|zioni|iales|ísticas?|amientos|imientos)$/;
/** Shortest word read as such a derivative ("Sociales" is the shortest of the usual ones). */
const MIN_DERIVED = 8;

/** True for a long lower-cased word with a {@link ROMANCE_DERIVED} ending. */
const romanceDerived = (word: string): boolean => word.length >= MIN_DERIVED && ROMANCE_DERIVED.test(word);

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
    const one = (word: string): boolean => lexicon.isCommonWord(word) || foreign.has(word) || germanCompound(word) || romanceDerived(word);
    // A hyphenated compound of everyday words is one too ("techniker-termin", "follow-up"); names joined
    // by a hyphen have a part that is none ("jean-pierre", "smith-jones").
    w = { isCommonWord: (word: string): boolean => one(word) || (word.includes('-') && word.split('-').every((p) => p.length > 1 && one(p))) };
    widened.set(lexicon, w);
  }
  return w;
}
