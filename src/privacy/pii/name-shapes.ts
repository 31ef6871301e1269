/**
 * @module privacy/pii/name-shapes — names recognised by how they are written rather than by a cue:
 * initials before a surname ("J. A. Ortega", "S.J. Lindqvist", "R. O'Neill", "F. van Dijk"), a given
 * name and an initial ("Tomasz K."), a mention handle that is a given name ("@amara"), the owner of a
 * code comment ("TODO(kwame):"), speaker lines of notes and stand-ups ("Ingrid: finished …"), a vocative
 * after a comma at a sentence end ("Thanks for waiting, Ingrid."), and "X is the name on the account".
 * Written on 2026-11-25 (ADR 0011, sixth round) from general writing conventions.
 */
import { givenNameClass, lowerCaseGivenName } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { organisationEnd } from './org-context.js';
import type { PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** A capitalised surname: O'Neill, N'Golo, MacLeod, DeSouza, Müller-Lüdenscheidt. */
const SURNAME = "(?:\\p{Lu}['’]|Ma?c|De|Di|Da|Le|La)?\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*";
/** Lower-case particles between initials and a surname ("F. van Dijk", "A. de la Cruz"). */
const PARTICLES = '(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|ter|ten|bin|al|el) )*';
/** One to three initials ("J.", "J. A.", "S.J.", "J.-P."), then particles and one or two surnames. */
const INITIALS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.'’°-])(?<![\\p{N}°] )(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*[ \\t]?){1,3}${PARTICLES}(${SURNAME})(?: (${SURNAME}))?(?![\\p{L}\\p{N}])`,
  'uy',
);
/** A given name, then one initial with its full stop ("Tomasz K.", "Anne-Marie B."). */
const GIVEN_INITIAL_RE = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) \p{Lu}\.(?![\p{L}\p{N}])/uy;
/** A capital letter (for the gate's non-ASCII letters). */
const UPPER = /\p{Lu}/u;

/** A surname word that may follow initials: no stop word, organisation or everyday word unless listed. */
function surnameWord(w: string, lexicon: WordLexicon | undefined): boolean {
  if (NON_NAME_WORDS.has(w) || organisationEnd(w, 0, w) > 0) return false;
  if (SURNAMES.has(w) || givenNameClass(w, lexicon) !== 'none') return true;
  return !(lexicon?.isCommonWord(w.toLowerCase()) ?? false);
}

/** "J. A. Ortega", "S.J. Lindqvist", "F. van Dijk": initials and a surname. */
function initialNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  // The regexes run only where a capital letter and a full stop stand together (sticky, from there).
  let skipTo = 0;
  for (let i = text.indexOf('.', 1); i > 0; i = text.indexOf('.', i + 1)) {
    const at = i - 1;
    if (!isUpper(text, at)) continue;
    if (at >= skipTo && !isLetter(text, at - 1)) {
      INITIALS_RE.lastIndex = at;
      const m = INITIALS_RE.exec(text);
      const first = m?.[1];
      if (m && first && surnameWord(first, lexicon)) {
        const second = m[2];
        const withSecond = second !== undefined && surnameWord(second, lexicon);
        const end = withSecond ? m.index + m[0].length : m.index + m[0].length - (second ? second.length + 1 : 0);
        out.push({ type: 'PERSON', start: m.index, end, value: text.slice(m.index, end) });
        skipTo = end;
      }
    }
    // "Tomasz K.": a word, a space, the initial.
    if (at >= 2 && text[at - 1] === ' ' && !isLetter(text, i + 1)) {
      let w = at - 2;
      while (w >= 0 && isLetter(text, w)) w--;
      GIVEN_INITIAL_RE.lastIndex = w + 1;
      const m = GIVEN_INITIAL_RE.exec(text);
      const given = m?.[1];
      if (!m || !given || NON_NAME_WORDS.has(given) || organisationEnd(given, 0, given) > 0) continue;
      // "Vitamin D.", "Plan B.", "Hepatitis C.": an everyday word before a letter is no name.
      if (givenNameClass(given, lexicon) !== 'clean' && (lexicon?.isCommonWord(given.toLowerCase()) ?? true)) continue;
      out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length, value: m[0] });
    }
  }
}

/** A capital letter at `i`. */
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x41 && c <= 0x5a) || (c > 0xbf && UPPER.test(text[i] ?? ''));
}
/** A letter (or a hyphen inside a name) at `i`; false outside the text. */
function isLetter(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return true;
  const ch = text[i] ?? '';
  return ch === '-' || (text.charCodeAt(i) > 0x7f && LETTER.test(ch));
}
const LETTER = /[\p{L}\p{M}]/u;

/**
 * "@amara can you…", "TODO(kwame):", "FIXME(li-na)": a mention handle or a code-comment owner. A
 * handle is taken when it is a listed given name that is no everyday word; a comment owner when it is
 * no everyday word at all (the convention puts a person's handle there).
 */
const HANDLE_RE = /@(\p{Ll}[\p{Ll}\p{M}]{2,})(?![\w.@-])/uy;
/** The owner in a code-comment tag, sticky at the opening parenthesis. */
const OWNER_RE = /\((\p{Ll}[\p{Ll}\p{M}.-]{1,30})\)/uy;
/** Code-comment tags that take an owner. */
const COMMENT_TAGS: ReadonlySet<string> = new Set(['TODO', 'FIXME', 'XXX', 'HACK', 'NOTE']);

/** Shortest code-comment owner taken ("ana"); shorter ones are tags ("ux", "db"). */
const MIN_OWNER = 3;
/**
 * Tags that fill the owner slot of a code comment without being a person ("TODO(perf)", "FIXME(i18n)"):
 * areas, phases and abbreviations of software work, which the English lexicon does not know.
 */
const TECH_TAGS: ReadonlySet<string> = new Set(
  `perf i18n l10n a11y ux ui api apis db sql infra ci cd devops deps docs doc refactor cleanup config auth
  oauth sso crypto async sync regex parser lint eslint tsc tsx types typing typings mvp poc wip v1 v2 v3 ios
  android macos linux win32 gpu cpu mem alloc gc jit wasm rpc grpc http https tls ssl dns cdn seo qa e2e
  prod dev staging perf-test flaky hotfix backport upstream vendored polyfill shim compat`.split(/\s+/),
);

function handleNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    // Not inside an e-mail address or a decorator chain ("ana@example.com", "x.@y").
    const prev = text.charCodeAt(i - 1);
    if (i > 0 && prev !== 0x20 && prev !== 0x0a && prev !== 0x28 && prev !== 0x09) continue;
    HANDLE_RE.lastIndex = i;
    const handle = HANDLE_RE.exec(text)?.[1];
    if (handle && lowerCaseGivenName(handle, lexicon)) out.push({ type: 'PERSON', start: i + 1, end: i + 1 + handle.length, value: handle });
  }
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    // Every tag ends in a capital letter ("TODO(", "FIXME(").
    const t = text.charCodeAt(i - 1);
    if (i < 3 || t < 0x41 || t > 0x5a || !COMMENT_TAGS.has(text.slice(Math.max(0, text.lastIndexOf(' ', i) + 1, i - 5), i).replace(/^\W+/, ''))) continue;
    OWNER_RE.lastIndex = i;
    const owner = OWNER_RE.exec(text)?.[1];
    if (owner && owner.length >= MIN_OWNER && !TECH_TAGS.has(owner) && !owner.split(/[.-]/).some((p) => lexicon.isCommonWord(p))) {
      out.push({ type: 'PERSON', start: i + 1, end: i + 1 + owner.length, value: owner });
    }
  }
}

/** A speaker line: a single capitalised word, a colon, and what they said ("Ingrid: finished the …"). */
const SPEAKER_RE = /[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?):[ \t]+\S/uy;
/** Longest stretch from a line start to a speaker's colon (indentation and a long name). */
const MAX_SPEAKER = 24;
/** Fewest speaker lines with a listed given name before the unlisted ones of the same text count. */
const MIN_LISTED_SPEAKERS = 1;

/**
 * Speaker lines of stand-ups, minutes and chats: a listed given name that is no everyday word, or a
 * non-word when another speaker line of the text is a listed given name (the text is a list of people
 * speaking). Field labels ("Allergies:", "Plan:") are everyday words and do not count.
 */
function speakerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon || text.indexOf(':') < 0) return;
  const speakers: Array<{ at: number; word: string; listed: boolean }> = [];
  let lastLine = -1;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // Only colons within a name's length of their line start are tried, once per line.
    const i = text.lastIndexOf('\n', colon) + 1;
    if (i === lastLine || colon - i > MAX_SPEAKER) continue;
    lastLine = i;
    SPEAKER_RE.lastIndex = i;
    const m = SPEAKER_RE.exec(text);
    if (!m) continue;
    const word = m[1] ?? '';
    if (word.length < 3 || NON_NAME_WORDS.has(word) || lexicon.isCommonWord(word.toLowerCase()) || organisationEnd(word, 0, word) > 0) continue;
    speakers.push({ at: m.index + m[0].indexOf(word), word, listed: givenNameClass(word, lexicon) === 'clean' });
  }
  const listed = speakers.filter((s) => s.listed).length;
  if (listed < MIN_LISTED_SPEAKERS || speakers.length < 2) return;
  for (const s of speakers) out.push({ type: 'PERSON', start: s.at, end: s.at + s.word.length, value: s.word });
}

/**
 * A vocative at a sentence end: ", Ingrid." or ", Ingrid!" after a clause spoken to someone ("Thanks
 * for waiting, …", "ignore this e-mail, …", "Happy birthday, …"). The clause must address the reader
 * (you, your, thanks, sorry, please, welcome, hope, congratulations).
 */
const VOCATIVE_END_RE = /, (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[.!](?=\s|$)/uy;
const ADDRESSING = /\b(?:you|your|you're|thanks|thank|sorry|please|welcome|hope|congratulations|congrats|ignore|happy)\b/i;
/** Characters before a vocative searched for the addressing clause. */
const CLAUSE_WINDOW = 60;

function vocativeNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  for (let i = text.indexOf(', '); i >= 0; i = text.indexOf(', ', i + 2)) {
    if (!isUpper(text, i + 2)) continue;
    VOCATIVE_END_RE.lastIndex = i;
    const m = VOCATIVE_END_RE.exec(text);
    if (!m) continue;
    const word = m[1] ?? '';
    if (NON_NAME_WORDS.has(word) || organisationEnd(word, 0, word) > 0) continue;
    const cls = givenNameClass(word, lexicon);
    if (cls === 'none' && lexicon.isCommonWord(word.toLowerCase())) continue;
    const from = Math.max(0, m.index - CLAUSE_WINDOW);
    const clause = text.slice(from, m.index);
    const sentence = clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf('!'), clause.lastIndexOf('?'), clause.lastIndexOf('\n')) + 1);
    if (!ADDRESSING.test(sentence)) continue;
    const at = m.index + 2;
    out.push({ type: 'PERSON', start: at, end: at + word.length, value: word });
  }
}

/** "… X is the name on the account/card/booking": one to four words before it, in any case. */
const NAME_ON_RE = /(?:^|[^\p{L}\p{M}])((?:\p{L}[\p{L}\p{M}'’-]* ){0,3}\p{L}[\p{L}\p{M}'’-]*) is the name on (?:the|my|our|this) /gu;

function nameOnNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  NAME_ON_RE.lastIndex = 0;
  for (let m = NAME_ON_RE.exec(text); m; m = NAME_ON_RE.exec(text)) {
    const words = (m[1] ?? '').split(' ');
    // Keep the trailing words that are no everyday words ("ok so ana ruiz" → "ana ruiz").
    let k = words.length;
    while (k > 0 && !lexicon.isCommonWord((words[k - 1] ?? '').toLowerCase()) && !NON_NAME_WORDS.has(words[k - 1] ?? '')) k--;
    const name = words.slice(k);
    if (!name.length) continue;
    const value = name.join(' ');
    const end = m.index + m[0].indexOf(' is the name on ');
    out.push({ type: 'PERSON', start: end - value.length, end, value });
  }
}

/**
 * All shape rules, appended to `out` (a new array by default). Each has a cheap gate: a capital and a full stop, "@" or "(", a colon, a comma
 * before a full stop, or the phrase "is the name on".
 * @example detectNameShapes('Seen by J. A. Ortega, cardiology', lexicon)[0].value // "J. A. Ortega"
 */
export function detectNameShapes(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[] = []): PiiSpan[] {
  initialNames(text, lexicon, out);
  if (text.includes('@') || text.includes('(')) handleNames(text, lexicon, out);
  const nl = text.indexOf('\n');
  if (nl >= 0 && text.indexOf('\n', nl + 1) > 0) speakerNames(text, lexicon, out);
  if (text.includes(', ')) vocativeNames(text, lexicon, out);
  if (text.includes(' is the name on ')) nameOnNames(text, lexicon, out);
  return out;
}
