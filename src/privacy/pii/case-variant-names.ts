/**
 * @module privacy/pii/case-variant-names — names the capital-letter rules cannot see because the
 * writer did not use capitals the usual way: names in ALL CAPITALS (passenger lists, court headings,
 * bank statements: "ZEYNEP KAYA", "SCHÄFER, Hans-Peter") and names typed in lower case by people who
 * do not capitalise at all ("ok ngozi 👍", "hey, it's thiago here").
 *
 * The evidence is the name lists, not a cue phrase: a run in capitals needs a listed given name that
 * is no everyday word (or a listed surname beside another non-word); a lower-case word needs to be
 * such a given name and to sit in a line whose writer does not capitalise sentence starts either,
 * so that "dolores" in a well-formed Spanish sentence is left alone. Written on 2026-11-25 (ADR 0011,
 * eighth round) from general knowledge of these layouts, not from any corpus's cue words.
 */
import { givenNameClass, isListedLowerCaseName } from './given-name.js';
import { THING_HEAD_AFTER } from './name-context.js';
import { NON_NAME_WORDS, SURNAME_PARTICLES } from './name-lexicon.js';
import { organisationEnd } from './org-context.js';
import { placeNames } from './place-gazetteer.js';
import { isListedSurname } from './surname.js';
import type { PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';
import { WORLD_CITIES } from './world-cities.js';

/** A word: letters and marks, with inner hyphens or apostrophes ("PER-OLOF", "N'DIAYE", "d'angelo"). */
const WORD_RE = /[\p{L}][\p{L}\p{M}]*(?:['’-][\p{L}][\p{L}\p{M}]*)*/gu;
/** Most words in a name run (particles not counted). */
const MAX_WORDS = 4;
/** Characters after a name read for a thing it names ("… airport", "… station"). */
const AFTER_WINDOW = 40;
/** Shortest word looked at on its own ("LI" and "wu" collide with abbreviations and syllables). */
const MIN_WORD = 3;

/**
 * Given names that are everyday words of other languages (the lexicon knows English only): in lower
 * case they are far more often the word ("dolores de cabeza", "una rosa", "per favore", "nur heute",
 * "ada yang", "me liga depois"), and (ninth round) Turkish pronouns and the Hindi/Urdu words of
 * romanised "Hinglish" chat ("merhaba, ben …", "card se kat lena", "abhi bhi nahi aaya"); (twelfth
 * round) articles and pronouns of Spanish, Indonesian, Vietnamese, Swahili, Turkish and Nigerian Pidgin
 * ("if una wan send letter", "vào tài khoản", "nina shida", "hala gelmedi"); (twenty-second round) the
 * articles and pronouns of Portuguese and French ("comprei uma passagem", "les billets"); (thirty-eighth
 * round) Italian articled prepositions ("registrazione alla reception", "nella camera").
 */
const WORDS_ELSEWHERE: ReadonlySet<string> = new Set(
  `dolores pilar soledad consuelo paz luz rosa alba cruz esperanza mar nieves reyes angel ángel rocío amparo
  remedios socorro gloria aurora serena bianca bella clara claire blanche constance prudence fortunata felice
  grazia speranza dora flor rosario salvador jesús trinidad concepción asunción inmaculada fátima ester
  modesto justo casto severo benigno pio fausto vera nadia lina mira ida eva ana ema ilse elke liv sol
  roos lente eline sterre fleur perle celeste celestine aimée aimé rené désiré félicité patience constant
  vita viola flora iris olivia noa wei lan hai ming per nur mai ali elle ella ada dan sama mio mia loi liga ora
  era sara fino vale ernst kai els ekim jan ines lea
  ben sen lena dena mera meri tera abhi wali wala raha rahi karo bhi nahi mein hum tum aap
  van von der den ter ten du dos das del della tal mele
  una uno unas unos nina hala xin tài tai anh em chi con nada todo sono soy esta este vous nous avec
  ama ata ona ini itu saya kamu dia sudah belum tolong kita mau hai tak ya naam nam kal aaj anders amar
  uma umas ao aos nas nos ela ele sua seu les une des lui mon ton
  alla alle allo agli dalla dalle dallo nella nelle nello sulla sulle`.split(/\s+/),
);

/** True when `w` (any case) is a listed given name that is no everyday word, place or brand. */
function cleanGivenName(w: string, lexicon: WordLexicon): boolean {
  const low = w.toLowerCase();
  if (WORDS_ELSEWHERE.has(low)) return false;
  const parts = low.split(/[-'’]/);
  // "Jean-Baptiste", "per-olof": one listed part is enough when no part is an everyday word.
  if (parts.length > 1) {
    const clean = parts.map((p) => p.length >= MIN_WORD && cleanGivenName(p, lexicon));
    return clean.some(Boolean) && !parts.some((p, i) => !clean[i] && p.length > 3 && lexicon.isCommonWord(p));
  }
  return low.length >= MIN_WORD && givenNameClass(titleCase(low), lexicon) === 'clean';
}

/** "ZEYNEP" → "Zeynep", "PER-OLOF" → "Per-Olof"; one code unit per code unit, so offsets hold. */
function titleCase(w: string): string {
  let out = '';
  let upper = true;
  for (const ch of w) {
    const c = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
    upper = ch === '-' || ch === "'" || ch === '’';
  }
  return out;
}

/** A word that may stand beside a given name as a surname: listed, or no everyday word at all. */
function surnameLike(w: string, lexicon: WordLexicon): boolean {
  const t = titleCase(w);
  if (isListedSurname(t, lexicon)) return true;
  if (NON_NAME_WORDS.has(t) || w.length < 2) return false;
  return !w
    .toLowerCase()
    .split(/[-'’]/)
    .some((p) => p.length > 1 && lexicon.isCommonWord(p));
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isLowerWord = (w: string): boolean => w === w.toLowerCase() && w !== w.toUpperCase();
const isParticle = (w: string): boolean => SURNAME_PARTICLES.has(w.toLowerCase()) || w === "'T" || w === "'t";

/**
 * Runs of two or more words in capitals separated by single spaces or tabs ("PER-OLOF LINDQVIST",
 * "MARIA DE LA CRUZ"); one regex scan per text, only where two capitals meet a space.
 */
const CAPITALS_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’-]*)+(?![\p{L}\p{M}])/gu;
/** A word inside a run. */
const RUN_WORD = /[^ \t]+/g;
/**
 * Cheap gate: two ASCII capitals in a row. Every all-capital Latin name of three letters or more has
 * them ("ÍÑIGO", "ĐỖ NGỌC", "ÅSA"), and a plain regex without Unicode classes scans fastest.
 */
const CAPITALS_GATE = /[A-Z][A-Z]/;

/** The words of a capitals run starting at `at`. */
function wordsOf(run: string, at: number): Word[] {
  const out: Word[] = [];
  for (const m of run.matchAll(RUN_WORD)) out.push({ start: at + (m.index ?? 0), end: at + (m.index ?? 0) + m[0].length, text: m[0] });
  return out;
}

/** Trims particles off both ends of a run ("DE LA CRUZ" keeps its inner "LA" only inside a name). */
function trimParticles(run: readonly Word[]): Word[] {
  let a = 0;
  let b = run.length;
  while (a < b && isParticle(run[a]?.text ?? '')) a++;
  while (b > a && isParticle(run[b - 1]?.text ?? '')) b--;
  return run.slice(a, b);
}

/** A field of its own: after a line start, a label's colon, a dash, a tab or two spaces. */
const FIELD_BEFORE = /(?:^|\n|[:—–|\t]|[ \t]{2})[ \t]*$/;
/** …and closed by a line end, a tab, two spaces or a mark. */
const FIELD_AFTER = /^(?:[ \t]*(?:$|\n|[,;(|—–])|\t|[ \t]{2})/;

/**
 * "GWENDOLYN MARSH" alone in a field: a clean given name and one more word, even an everyday one,
 * when nothing else shares the field (a heading runs on: "ZEYNEP PLEASE CALL").
 */
function fieldName(text: string, run: readonly Word[], lexicon: WordLexicon): PiiSpan | undefined {
  const [a, b] = run;
  if (run.length !== 2 || !a || !b || !cleanGivenName(a.text, lexicon) || NON_NAME_WORDS.has(titleCase(b.text)) || b.text.length < MIN_WORD) return undefined;
  if (!FIELD_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) || !FIELD_AFTER.test(text.slice(b.end, b.end + 4))) return undefined;
  return { type: 'PERSON', start: a.start, end: b.end, value: text.slice(a.start, b.end) };
}

/** A name in capitals inside `run`, or nothing: a clean given name and surname-like neighbours. */
function capitalsName(text: string, run: readonly Word[], lexicon: WordLexicon): PiiSpan | undefined {
  const field = fieldName(text, run, lexicon);
  if (field) return field;
  // Everyday words break a heading into parts ("DEAR ZEYNEP KAYA" → "ZEYNEP KAYA").
  const parts: Word[][] = [];
  let cur: Word[] = [];
  for (const w of run) {
    const low = w.text.toLowerCase();
    const word = !isParticle(w.text) && lexicon.isCommonWord(low) && !isListedSurname(titleCase(w.text), lexicon);
    if (word || NON_NAME_WORDS.has(titleCase(w.text)) || STATEMENT_TOKENS.has(w.text)) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(w);
  }
  if (cur.length) parts.push(cur);
  for (const raw of parts) {
    const p = trimParticles(raw);
    const names = p.filter((w) => !isParticle(w.text));
    if (names.length < 2 || names.length > MAX_WORDS) continue;
    const given = names.filter((w) => cleanGivenName(w.text, lexicon)).length;
    const surnames = names.filter((w) => isListedSurname(titleCase(w.text), lexicon)).length;
    if (!names.every((w) => cleanGivenName(w.text, lexicon) || surnameLike(w.text, lexicon))) continue;
    // A given name, or two listed surnames' worth of evidence ("ZHAO XIUYING": a surname and a non-word).
    if (given === 0 && surnames === 0) continue;
    const first = p[0];
    const last = p[p.length - 1];
    if (first && last) return { type: 'PERSON', start: first.start, end: last.end, value: text.slice(first.start, last.end) };
  }
  return undefined;
}

/** Abbreviations of bank statement narratives that break a run in capitals ("KOFI MENSAH CONF# …"). */
const STATEMENT_TOKENS: ReadonlySet<string> = new Set('CONF REF TXN TRX FPS SEPA BACS CHAPS ACH MTCN IBAN BIC SWIFT POS ATM DD SO'.split(' '));

/** A vowel of the Latin script, accented or not. */
const VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ąĒ-ěĨ-ıŌ-œŨ-ųŶ-Ÿ]/i;
/** "SCHÄFER, Hans-Peter", "WHITAKER, Brianna": a surname in capitals, a comma, a given name. */
const SURNAME_FIRST = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?), (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])/gu;

/**
 * Names in capitals: runs of capitalised words with a clean given name (case-folded) whose other
 * words are surnames or no everyday words, and "SURNAME, Given".
 */
function capitalsNames(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  if (!CAPITALS_GATE.test(text)) return;
  for (const m of text.matchAll(CAPITALS_RUN)) {
    const run = wordsOf(m[0], m.index ?? 0);
    // A run of single letters or digits-free codes ("HTTP GET") has no name word of three letters.
    if (!run.some((w) => w.text.length >= MIN_WORD)) continue;
    // A listed organisation in capitals ("MORGAN STANLEY" in a statement header, "ZELLE TO …") is no
    // name: the run is read in the pieces around it.
    for (const piece of withoutOrganisations(run)) {
      const s = capitalsName(text, piece, lexicon);
      if (s) out.push(s);
    }
  }
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const sur = m[1] ?? '';
    const given = m[2] ?? '';
    // A family name has a vowel: "SQL, Hugo" in a list of skills is no name.
    if (sur.length < MIN_WORD || !VOWEL.test(sur) || !cleanGivenName(given, lexicon)) continue;
    if (!sur.split(' ').every((w) => surnameLike(w, lexicon))) continue;
    const start = m.index ?? 0;
    out.push({ type: 'PERSON', start, end: start + m[0].length, value: m[0] });
  }
  for (const m of text.matchAll(CAPS_SURNAME_FIRST)) {
    const start = m.index ?? 0;
    if (!PERSON_LABEL_BEFORE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) continue;
    const words = `${m[1] ?? ''} ${m[2] ?? ''}`.split(' ');
    // After a person's label a listed given name after the comma will do ("Customer: NOBLE, GRANT"), or
    // name-like words on both sides ("Subject: GEBREMEDHIN, MERON").
    const given = (m[2] ?? '').split(' ').every((w) => givenNameClass(titleCase(w), lexicon) !== 'none');
    const nameLikeWords = words.every((w) => givenNameClass(titleCase(w), lexicon) !== 'none' || surnameLike(w, lexicon));
    if (words.every((w) => VOWEL.test(w)) && (given || nameLikeWords)) {
      out.push({ type: 'PERSON', start, end: start + m[0].length, value: m[0] });
    }
  }
}

/** "LOPES, GONÇALO": a surname and a given name, both in capitals, a comma between. */
const CAPS_SURNAME_FIRST = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?), (\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?)(?![\p{L}\p{M}])/gu;
/**
 * The label of a person's field right before it on its line ("Subject: ", "Customer: ", "Tenant: "):
 * in capitals "BEST, PENNY" reads as a heading without it.
 */
const PERSON_LABEL_BEFORE =
  /(?:^|[|·])[ \t]*(?:subject|customer|client|name|full name|patient|tenant|applicant|employee|member|beneficiary|borrower|co-borrower|account holder|cardholder|debtor|payee|payer|insured|policyholder|student|defendant|plaintiff|claimant|guarantor|candidate|contact|owner|holder)[ \t]*:[ \t]*$/i;

/**
 * The pieces of a run in capitals around the listed organisations in it, read title-cased ("ZELLE TO
 * TRAN THẢO" → "TO TRAN THẢO"; "MORGAN STANLEY" → none).
 */
function withoutOrganisations(run: readonly Word[]): Word[][] {
  const line = run.map((w) => titleCase(w.text)).join(' ');
  const pieces: Word[][] = [[]];
  let at = 0;
  let skipUntil = -1;
  for (const w of run) {
    const t = titleCase(w.text);
    const stop = at < skipUntil ? -1 : organisationEnd(line, at, t);
    if (stop > at) skipUntil = stop;
    if (at < skipUntil) {
      if ((pieces[pieces.length - 1] ?? []).length > 0) pieces.push([]);
    } else {
      pieces[pieces.length - 1]?.push(w);
    }
    at += t.length + 1;
  }
  return pieces.filter((p) => p.length > 0);
}

/** Characters that glue a word to code, paths or addresses ("user.ngozi", "/home/thiago", "ana_b"). */
const GLUE = /[@/\\._=#$%&*+<>[\]{}|`~^0-9]/;

/**
 * True when the writer of `line` does not capitalise sentence starts: the first letter of the line,
 * or the first after ": ", "— ", ". ", "! ", "? " is lower case.
 */
function casualLine(line: string): boolean {
  for (const m of line.matchAll(/(?:^|[:.!?—–][ \t]+)[^\p{L}\n]*?(\p{L})/gu)) {
    const ch = m[1] ?? '';
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

/** A capitalised name, then "and", "&" or a comma, right before a word: an item of a list of people. */
const LIST_BEFORE = /\p{Lu}\p{Ll}+(?:,| and| &) $/u;
/** A possessive ending. */
const POSSESSIVE = /['’]s$/;
const isPlace = (name: string): boolean => WORLD_CITIES.has(name) || placeNames().has(name);

/** Cheap gate for {@link casualLine}: a lower-case letter opening a line or following ": ", ". ", "— "… */
const CASUAL_GATE = /(?:^|[:.!?—–][ \t]+)[^\p{L}\n]{0,24}\p{Ll}/mu;
/** Cheap gate for {@link LIST_BEFORE}. */
const LIST_GATE = /\p{Lu}\p{Ll}+(?:,| and| &) \p{Ll}/u;

/** A lower-case word that may be a listed given name: one list lookup, or one per part ("per-olof"). */
function listedLower(w: string): boolean {
  if (isListedLowerCaseName(w)) return true;
  return w.includes('-') && w.split('-').some((p) => isListedLowerCaseName(p));
}

/** Lower-case names in one line [from, to): clean given names, with the surnames typed after them. */
function lowerCaseLine(text: string, from: number, to: number, casual: boolean, lexicon: WordLexicon, out: PiiSpan[]): void {
  const words: Word[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !listedLower(w.text) || !cleanGivenName(w.text, lexicon)) continue;
    if (GLUE.test(text[w.start - 1] ?? '') || (GLUE.test(text[w.end] ?? '') && text[w.end] !== '.')) continue;
    if (text[w.end] === '.' && /\p{L}/u.test(text[w.end + 1] ?? '')) continue;
    // A writer who capitalises may still type one name of a list in lower case ("thanks to Jürgen and eleni").
    if (!casual && !LIST_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.start))) continue;
    // Lower case drops the capital that tells "charlotte airport" from a person: places are left alone.
    const title = titleCase(w.text);
    if (isPlace(title) || isPlace(`${titleCase(words[i - 1]?.text ?? '')} ${title}`) || isPlace(`${title} ${titleCase(words[i + 1]?.text ?? '')}`)) continue;
    // In lower case "ngozi's flat" and "victoria's secret" look alike: possessives are left alone.
    if (POSSESSIVE.test(w.text)) continue;
    // Surnames and more given names typed after it ("luana dos santos", "ana beatriz", "björn lindqvist").
    let end = w.end;
    let taken = 1;
    for (let j = i + 1; j < words.length && taken < MAX_WORDS; j++) {
      const n = words[j];
      const prevEnd = words[j - 1]?.end ?? 0;
      if (!n || !isLowerWord(n.text) || !/^[ \t]$/.test(text.slice(prevEnd, n.start))) break;
      // A particle is kept only when a name word follows it ("dos santos"), which moves `end` past it.
      if (isParticle(n.text)) continue;
      // Only listed names extend it: in other languages' chat the next non-English word is as often a
      // verb ("thiago me liga depois") as a surname.
      if (!cleanGivenName(n.text, lexicon) && !isListedSurname(titleCase(n.text), lexicon)) break;
      end = n.end;
      taken++;
    }
    if (THING_HEAD_AFTER.test(text.slice(end, end + AFTER_WINDOW))) continue;
    out.push({ type: 'PERSON', start: w.start, end, value: text.slice(w.start, end) });
    while (i + 1 < words.length && (words[i + 1]?.start ?? 0) < end) i++;
  }
}

/**
 * Lower-case names: clean given names in casual lines, or joined to a capitalised name as an item of
 * a list. Two cheap gates keep this off the many texts whose writers capitalise and list no one.
 */
function lowerCaseNames(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  const casualText = CASUAL_GATE.test(text);
  const listText = LIST_GATE.test(text);
  if (!casualText && !listText) return;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const line = text.slice(from, to);
    const casual = casualText && casualLine(line);
    if (casual || (listText && LIST_GATE.test(line))) lowerCaseLine(text, from, to, casual, lexicon, out);
    from = to + 1;
  }
}

/** Names typed all in capitals or all in lower case, appended to `out` (judged by the caller's negatives). */
export function caseVariantNames(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  capitalsNames(text, lexicon, out);
  lowerCaseNames(text, lexicon, out);
}
