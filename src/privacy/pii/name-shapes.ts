/**
 * @module privacy/pii/name-shapes — names recognised by how they are written rather than by a cue:
 * initials before a surname ("J. A. Ortega", "S.J. Lindqvist", "R. O'Neill", "F. van Dijk"), a given
 * name and an initial ("Tomasz K."), a mention handle that is a given name ("@amara"), the owner of a
 * code comment ("TODO(kwame):"), speaker lines of notes and stand-ups ("Ingrid: finished …"), a vocative
 * after a comma at a sentence end ("Thanks for waiting, Ingrid."), and "X is the name on the account".
 * Written on 2026-11-25 (ADR 0011, sixth round) from general writing conventions.
 */
import { givenNameClass, isListedLowerCaseName, lowerCaseGivenName } from './given-name.js';
import { CUE_SCANNERS } from './name-cues.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { startsWithSurname } from './cjk-field-names.js';
import { organisationEnd } from './org-context.js';
import { isScriptLabel, isScriptStopWord } from './script-names.js';
import { BOT_ROLE, isRoleLabel } from './role-words.js';
import { execAll, type PiiSpan } from './types.js';
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
/** A postscript's or note's mark opening a line ("P.S.", "P.P.S.", "N.B."). */
const NOTE_MARK = /^(?:P\.[ \t]?)+S\.|^N\.[ \t]?B\./;
/** What follows a name that closes its line: nothing, or a comma or full stop. */
const NAME_CLOSES_LINE = /^[ \t]*[,.]?[ \t]*(?:\n|$)/;

/**
 * True when "initials and a surname" at [start, end) are a postscript mark and the first word of its
 * sentence ("P.S. Crohn's and Alzheimer's …", "P.S. Rufen Sie mich an"): the mark opens its line and
 * the sentence goes on. "P.S. Krishnan" alone on a line stays a name.
 */
function postscript(text: string, start: number, end: number): boolean {
  if (!NOTE_MARK.test(text.slice(start, start + 8))) return false;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(ls, start).trim() === '' && !NAME_CLOSES_LINE.test(text.slice(end, end + 8));
}

/**
 * A title, then a bare initial and a surname ("Mrs A Hamdan", "Mr P Penhaligon", "Dr T OYELARAN", as
 * labels and letters print them without the initial's full stop), or a surname in capitals after a title in capitals with
 * its full stop ("DR. KRISHNAN", as a prescription label prints the prescriber; an airline record's
 * "FEMKE MS  TKT …" puts the title after the name, without one) or a paired title, maybe with an initial
 * (a chauffeur's sign "MR/MS N. KARAGIANNIS"). Group 1 or 2 is the name.
 */
const TITLED_BARE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(\p{Lu}[ \t]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}+)?))(?![\p{L}\p{M}])|(?<![\p{L}])(?:(?:DR|MR|MRS|MS|PROF)\.|MR\/MS|MRS\/MR|MR\/MRS|MS\/MR)[ \t]+((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}+)?)(?![\p{L}\p{M}])/gu;
/** Cheap gate for {@link TITLED_BARE}. */
const TITLE_GATE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DR|MR|MRS|MS|MISS|PROF)\b/;
/** Fewest letters of a surname in capitals after a title (shorter ones are codes: "DR. NO"). */
const MIN_CAPS_SURNAME = 3;

/** Names after a title that the token rules miss ({@link TITLED_BARE}). */
function titledNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(TITLED_BARE, text)) {
    const name = m[1] ?? m[2] ?? '';
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    const titled = (surname[0] ?? '') + surname.slice(1).toLowerCase();
    if (m[2] !== undefined && (name.length < MIN_CAPS_SURNAME || (lexicon?.isCommonWord(name.toLowerCase()) && !SURNAMES.has(titled)))) continue;
    // "Mrs K VERMA" as a council's letter prints it: a surname in capitals after the initial, checked as above.
    const capsSurname = m[1] !== undefined && surname.length > 1 && surname === surname.toUpperCase();
    if (capsSurname && (surname.length < MIN_CAPS_SURNAME || (lexicon?.isCommonWord(surname.toLowerCase()) && !SURNAMES.has(titled)))) continue;
    if (NON_NAME_WORDS.has(titled) || organisationEnd(titled, 0, titled) > 0) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

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
      if (m && first && surnameWord(first, lexicon) && !postscript(text, m.index, m.index + m[0].length)) {
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

/**
 * A speaker line: a single capitalised word, a colon, and what they said ("Ingrid: finished the …").
 * Chat logs put a timestamp first ("[15:31] Ingrid:", "11:56 Ingrid:", "[25/10/2026, 09:24:58] Ingrid:")
 * and support transcripts a role after the name ("Ingrid (agent):"); group 1 is the timestamp, group 2
 * the name (lower case in team chats: "ingrid:"), group 3 a second capitalised word ("Ingrid Berg:"),
 * group 4 the role.
 */
const SPEAKER_RE =
  /[ \t]*(\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(\p{L}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?|\p{Lo}[\p{Lo}\p{M}]+(?:[ \t]\p{Lo}[\p{Lo}\p{M}]+)?)(?: (\p{Lu}[\p{Ll}\p{M}]+))?([ \t]+\([\p{Ll} ]{2,16}\))?(?::[ \t]+|：[ \t]*)\S/uy;
/** Longest stretch from a line start to a speaker's first colon (indentation, a "[25/10/2026, 09:24]" stamp, a long name). */
const MAX_SPEAKER = 48;
/** Fewest lines of uncased speakers that make a group chat. */
const MIN_GROUP_LINES = 3;
/** Fewest speaker lines with a listed given name before the unlisted ones of the same text count. */
const MIN_LISTED_SPEAKERS = 1;
/** First code unit above the ASCII capitals: a lower-case first letter is at or above "a". */
const LOWER_A = 0x61;

/**
 * Speaker labels that are roles, not people, in the languages of the chats we see ("You:", "cliente:",
 * "Agent:"); a chat that has them is a dialogue, so its other speakers are people.
 */
const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  ('you me user assistant customer client cliente clienta kunde kundin klant kund asiakas klient agent agente ' +
    'atendente operator operador operatore opérateur bediener support caller bot system sistema système usuario ' +
    'usuário utente utilisateur benutzer gebruiker host guest moderator admin staff patient paciente patiente ' +
    'rep seller buyer owner landlord tenant driver doctor nurse manager mod')
    .split(' '),
);

/** One speaker line's name, where it starts, and whether it is a listed given name. */
interface Speaker {
  readonly at: number;
  readonly word: string;
  readonly listed: boolean;
  /** A role label ("You:", "cliente:"), kept only as evidence that the text is a dialogue. */
  readonly role?: boolean;
  /**
   * A listed given name that is also an everyday word, on a plain line ("Poppy:", "Rose:"): a speaker
   * only when the other lines make the text a dialogue, and no evidence of one itself.
   */
  readonly weak?: boolean;
  /** A name with its role after it ("Bong (agent):"): a speaker whatever the other lines are. */
  readonly sure?: boolean;
  /** A name in a script without capitals ("赵浩然：", "سعيد الزهراني:"). */
  readonly uncased?: boolean;
}

/** Han or Hangul: names there begin with a family name, which can be checked. */
const HAN_OR_HANGUL = /^[\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * True when an uncased speaker label reads as a name: in Chinese, Japanese and Korean it begins with a
 * family name; elsewhere it is no form label, greeting or word with the Arabic article ("العنوان:").
 */
function uncasedSpeakerName(word: string): boolean {
  if (HAN_OR_HANGUL.test(word)) return startsWithSurname(word);
  return !isScriptLabel(word) && !isScriptStopWord(word) && !/^ال/u.test(word);
}

/** A word in a script without letter case (Thai, CJK, Arabic, Devanagari…). */
const UNCASED_START = /^\p{Lo}/u;
/** Shortest speaker name in an uncased script ("静怡", "มาลี"). */
const MIN_UNCASED_SPEAKER = 2;

/**
 * The name of one speaker line, or undefined. A plain line ("Ingrid:") needs a capitalised word that is
 * no everyday word; a chat line (timestamp or role) also takes a listed given name that is a word
 * ("[15:31] Mark:", "Lovely (agent):") and, in lower case, a listed given name that is no word
 * ("gülşen:"). Field labels ("Allergies:", "Plan:") are everyday words and not given names.
 */
function speakerAt(m: RegExpExecArray, lexicon: WordLexicon): Speaker | undefined {
  const word = m[2] ?? '';
  // A role ("Assistente:", "사용자:"), an AI assistant ("Claude:") or a bot ("Aria (virtual agent):") labels a turn, not a person.
  if (SPEAKER_ROLES.has(word.toLowerCase()) || isRoleLabel(word) || (m[4] !== undefined && BOT_ROLE.test(m[4]))) {
    return { at: m.index, word, listed: false, role: true };
  }
  // A name in a script without capitals ("มาลี:", "静怡:", "अमित:"): a speaker of a dialogue, never its evidence.
  if (UNCASED_START.test(word)) {
    if (word.length < MIN_UNCASED_SPEAKER || m[3] || !uncasedSpeakerName(word)) return undefined;
    return { at: m.index + m[0].indexOf(word, m[1]?.length ?? 0), word, listed: false, weak: true, uncased: true };
  }
  if (word.length < 3 || NON_NAME_WORDS.has(word) || organisationEnd(word, 0, word) > 0) return undefined;
  const chat = m[1] !== undefined || m[4] !== undefined;
  const at = m.index + m[0].indexOf(word, m[1]?.length ?? 0);
  if (word.charCodeAt(0) >= LOWER_A && word === word.toLowerCase()) {
    if (m[3] || m[4] || !isListedLowerCaseName(word) || !lowerCaseGivenName(word, lexicon)) return undefined;
    return { at, word, listed: true };
  }
  if (word !== word[0] + word.slice(1).toLowerCase() && !word.includes('-')) return undefined;
  const cls = givenNameClass(word, lexicon);
  // A role after the name ("Lovely (agent):") makes even an everyday word a name.
  if (lexicon.isCommonWord(word.toLowerCase()) && !(chat && cls !== 'none') && !m[4]) {
    // A listed given name on a plain line, or any capitalised word after a chat stamp ("[05:14] Bong:").
    return (cls !== 'none' || chat) && !m[3] ? { at, word, listed: false, weak: true } : undefined;
  }
  const second = m[3];
  if (m[4] && !second && SPEAKER_ROLES.has(m[4].replace(/[\s()]/g, '').toLowerCase())) return { at, word, listed: cls !== 'none', sure: true };
  if (second && !(chat && cls === 'clean' && !lexicon.isCommonWord(second.toLowerCase()))) return undefined;
  const full = second ? `${word} ${second}` : word;
  return { at, word: full, listed: cls === 'clean' || (chat && cls !== 'none') };
}

/** The next ASCII or full-width colon at or after `from` ("王芳：…" in Chinese and Japanese chats), or -1. */
function nextColon(text: string, from: number): number {
  const a = text.indexOf(':', from);
  const b = text.indexOf('：', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The request or status line of an HTTP message ("POST /v1/pay HTTP/1.1", "HTTP/2 200 OK"). */
const HTTP_START_LINE = /^[ \t]*(?:[A-Z]{3,7} \S+ HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)? \d{3}\b.*)$/gm;

/**
 * Starts of the header lines of the HTTP messages in `text` ("Idempotency-Key: …", "Content-Type: …"):
 * the lines after a request or status line up to the first blank line. Their names are no speakers.
 */
function httpHeaderLines(text: string): ReadonlySet<number> {
  const out = new Set<number>();
  if (!text.includes('HTTP/')) return out;
  for (const m of text.matchAll(HTTP_START_LINE)) {
    let ls = text.indexOf('\n', m.index) + 1;
    while (ls > 0 && ls < text.length) {
      const le = text.indexOf('\n', ls);
      const line = text.slice(ls, le < 0 ? text.length : le);
      if (line.trim() === '' || !line.includes(':')) break;
      out.add(ls);
      if (le < 0) break;
      ls = le + 1;
    }
  }
  return out;
}

/**
 * Speaker lines of stand-ups, minutes and chats: a listed given name that is no everyday word, or a
 * non-word when another speaker line of the text is a listed given name (the text is a list of people
 * speaking). Lower-case speakers are also marked where they are mentioned in the chat ("i can. koen …").
 */
function speakerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon || nextColon(text, 0) < 0) return;
  const speakers: Speaker[] = [];
  const headers = httpHeaderLines(text);
  let lastLine = -1;
  for (let colon = nextColon(text, 0); colon >= 0; colon = nextColon(text, colon + 1)) {
    // Only colons within a name's length of their line start are tried, once per line.
    const i = text.lastIndexOf('\n', colon) + 1;
    if (i === lastLine || colon - i > MAX_SPEAKER) continue;
    lastLine = i;
    if (headers.has(i)) continue;
    SPEAKER_RE.lastIndex = i;
    const m = SPEAKER_RE.exec(text);
    const s = m ? speakerAt(m, lexicon) : undefined;
    if (s) speakers.push(s);
  }
  let listed = 0;
  let roles = 0;
  let weak = 0;
  for (const s of speakers) {
    if (s.listed) listed++;
    if (s.role) roles++;
    if (s.weak) weak++;
  }
  // A dialogue with a role on one side ("You:", "cliente:") counts as a list of people speaking; weak
  // speakers join one but never make it.
  // A group chat in a script without capitals: two or more such names over three or more lines, one of
  // them speaking twice (a form's labels — "연락처:", "주소:", "تاريخ الميلاد:" — each stand once).
  const uncased = speakers.filter((s) => s.uncased).map((s) => s.word);
  const distinct = new Set(uncased).size;
  const groupChat = uncased.length >= MIN_GROUP_LINES && distinct >= 2 && distinct < uncased.length;
  const dialogue = groupChat || !((listed < MIN_LISTED_SPEAKERS && roles === 0) || speakers.length - roles < 2 || speakers.length - roles - weak < 1);
  const lower = new Set<string>();
  for (const s of speakers) {
    if (s.role || !(dialogue || s.sure)) continue;
    out.push({ type: 'PERSON', start: s.at, end: s.at + s.word.length, value: s.word });
    if (s.word.charCodeAt(0) >= LOWER_A && s.word === s.word.toLowerCase()) lower.add(s.word);
  }
  for (const w of lower) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
      if (/[\p{L}\p{N}@_-]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}_@-]/u.test(text[i + w.length] ?? '')) continue;
      out.push({ type: 'PERSON', start: i, end: i + w.length, value: w });
    }
  }
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
 * A name in capitals ("RANIA BOUAZZA", "SELIN ÖZTÜRK", "LUIS FERNANDO MORALES"): two to four words of
 * two or more capitals, as forms, bank slips and formal letters write them.
 */
const CAPS_RUN_RE = /\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+){1,3}(?![\p{L}\p{N}])/uy;
/**
 * Cheap gate for {@link CAPS_RUN_RE}: two capital words in a row, Latin letters only and without the
 * `u` flag (several times faster on long texts); Latin Extended-A lets some lower-case letters through,
 * which only costs a run of the full regex.
 */
const CAPS_PAIR = /[A-ZÀ-ÖØ-ÞĀ-Ž]{2}[A-ZÀ-ÖØ-ÞĀ-Ž'’-]* [A-ZÀ-ÖØ-ÞĀ-Ž]{2}/g;
/** A capital letter or a mark inside a capital word. */
const CAPS_CHAR = /[\p{Lu}'’-]/u;
/** A letter or digit (a capitals run must not start or end inside a word). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters before a capitals run searched for a cue. */
const CAPS_CUE_WINDOW = 48;
/** Strong cue scanners that need nothing after the name. */
const CAPS_CUES = CUE_SCANNERS.filter((c) => c.strong && !c.closing);
/** Formal self-designations before a name in capitals ("Je soussignée …", "I, the undersigned, …"). */
const CAPS_EXTRA_CUE =
  /(?:soussignée?|undersigned,?|unterzeichnende[rn]?|sottoscritt[oa]|abajo firmante|abaixo assinad[oa]|to:|a favor de|beneficiary:?|(?:transfer|payment|remittance) from|received from|virement de|überweisung von|transferencia de|bonifico da)[ \t]*$/i;
/** Lower-case particles written in capitals ("BIN", "VAN", "DE") inside a capitals name. */
const CAPS_PARTICLES: ReadonlySet<string> = new Set('VAN VON DE DER DEN DA DI DU DEL DELLA DOS DAS LA LE TER TEN BIN BINTI IBN AL EL'.split(' '));

/** True when the capital words read as a name: no stop, organisation or everyday word unless listed, one listed. */
function capsNameWords(words: readonly string[], lexicon: WordLexicon): boolean {
  let listed = 0;
  for (const raw of words) {
    if (CAPS_PARTICLES.has(raw)) continue;
    const parts = raw.split('-');
    for (const part of parts) {
      const w = (part[0] ?? '') + part.slice(1).toLowerCase();
      if (w.length < 2 || NON_NAME_WORDS.has(w) || organisationEnd(w, 0, w) > 0) return false;
      const isListed = givenNameClass(w, lexicon) !== 'none' || SURNAMES.has(w);
      if (isListed) listed++;
      else if (lexicon.isCommonWord(w.toLowerCase())) return false;
    }
  }
  return listed > 0;
}

/**
 * Runs on every text (its own gate: two capital words in a row), not behind the shape gate.
 * Names in capitals right after a strong cue ("Cardholder: LEI WU", "Je soussigné RANIA BOUAZZA", "Sayın
 * SELIN ÖZTÜRK", "my name is ANA RUIZ"). Every word must be a listed name or no everyday word.
 */
export function capitalNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  greetedCapitalNames(text, lexicon, out);
  // The gate finds each pair of capital words; the run is read from its first word's start.
  CAPS_PAIR.lastIndex = 0;
  for (let g = CAPS_PAIR.exec(text); g; g = CAPS_PAIR.exec(text)) {
    let at = g.index;
    // Back over the rest of the first word (the gate may match inside it); a run never starts mid-word.
    while (at > 0 && CAPS_CHAR.test(text[at - 1] ?? '')) at--;
    if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1] ?? '')) continue;
    CAPS_RUN_RE.lastIndex = at;
    const m = CAPS_RUN_RE.exec(text);
    if (!m) continue;
    CAPS_PAIR.lastIndex = Math.max(CAPS_PAIR.lastIndex, m.index + m[0].length);
    // The word check (set lookups) runs before the cue regexes: most capital runs are acronyms and headings.
    if (!capsNameWords(m[0].split(/[ \t]/), lexicon)) continue;
    const before = text.slice(Math.max(0, m.index - CAPS_CUE_WINDOW), m.index);
    if (!(CAPS_EXTRA_CUE.test(before) || CAPS_CUES.some((c) => c.re.test(before)))) continue;
    out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
}

/**
 * A greeting and one word in capitals, closed by a comma ("Dear KIPROP, your acct …", "Hi SELAMAWIT,"),
 * as bank and delivery notifications print the customer's name. Group 1 is the word.
 */
const GREETED_CAPS = /\b(?:Dear|Hi|Hello|Hey|DEAR|HI|HELLO)[ \t]+(\p{Lu}[\p{Lu}'’-]{2,})(?=[ \t]*,)/gu;
/** Fewest letters of a greeted word in capitals that is no listed name (shorter ones are acronyms: "Dear HSBC"). */
const MIN_GREETED_CAPS = 5;

/** Names in capitals after a greeting ({@link GREETED_CAPS}): a listed given name, or a long non-word. */
export function greetedCapitalNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  for (const m of execAll(GREETED_CAPS, text)) {
    const word = m[1] ?? '';
    const title = (word[0] ?? '') + word.slice(1).toLowerCase();
    if (NON_NAME_WORDS.has(title) || organisationEnd(title, 0, title) > 0) continue;
    const listed = givenNameClass(title, lexicon) !== 'none' || SURNAMES.has(title);
    if (!listed && (word.length < MIN_GREETED_CAPS || lexicon.isCommonWord(word.toLowerCase()))) continue;
    const at = m.index + m[0].length - word.length;
    out.push({ type: 'PERSON', start: at, end: at + word.length, value: word });
  }
}

/**
 * All shape rules, appended to `out` (a new array by default). Each has a cheap gate: a capital and a full stop, "@" or "(", a colon, a comma
 * before a full stop, or the phrase "is the name on".
 * @example detectNameShapes('Seen by J. A. Ortega, cardiology', lexicon)[0].value // "J. A. Ortega"
 */
export function detectNameShapes(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[] = []): PiiSpan[] {
  initialNames(text, lexicon, out);
  if (TITLE_GATE.test(text)) titledNames(text, lexicon, out);
  if (text.includes('@') || text.includes('(')) handleNames(text, lexicon, out);
  const nl = text.indexOf('\n');
  if (nl >= 0 && text.indexOf('\n', nl + 1) > 0) speakerNames(text, lexicon, out);
  if (text.includes(', ')) vocativeNames(text, lexicon, out);
  if (text.includes(' is the name on ')) nameOnNames(text, lexicon, out);
  return out;
}
