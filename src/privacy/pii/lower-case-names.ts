/**
 * @module privacy/pii/lower-case-names — names typed in lower case that are in no name list, found by
 * position: after a sign-off ("cheers,\naoi", "thanks tremaine!!", "best,\nmahsa farahani"), a greeting
 * ("hi bohdan,") or a label that takes a person ("on behalf of chun-kit wong,", "patient: x y,", "name on
 * card: x y"). Every word must be no everyday English word (wink lexicon), so "thanks again" or "hi
 * team," are not names. Written on 2026-11-25 (ADR 0011, fourth round).
 */
import { isListedLowerCaseName, lowerCaseGivenName } from './given-name.js';
import { NON_NAME_WORDS } from './name-lexicon.js';
import { execAll, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** One lower-case name word: letters and marks, inner hyphen or apostrophe ("wing-yan", "d'angelo"). */
const WORD = "\\p{Ll}[\\p{Ll}\\p{M}]*(?:['’-]\\p{Ll}[\\p{Ll}\\p{M}]*)*";
/** Optional lower-case title before the name ("regards, prof. konstantinidis", "ms mwangi"). */
const TITLE = '(?:(?:mr|mrs|ms|mx|dr|prof|miss|herr|frau|señor|señora|sr|sra|monsieur|madame|signor|signora)\\.?[ \\t]+)?';

/** Sign-offs (the hint finds "thank" of "thanks"): the name follows on the same line or the next, and closes its line or phrase. */
const SIGNOFF =
  /(?:regards|thanks|thank you|cheers|best wishes|best|sincerely|warmly|love)[,!.]*[ \t]*\n?[ \t]*/iy;
/** Greetings: the name is followed by a comma, "!", a colon or the line end. */
const GREETING = /(?:hi|hello|hey|dear|hiya)[ \t]+/iy;
/** Labels and phrases that take a person's name. */
const LABEL =
  /(?:behalf of|name on (?:the )?card|cardholder|holder|kontoinhaber|inhaber|titular|patient|name is|name's|contact|owner of the [a-z]+ is|billed to|reference for|respondent|claimant|client)[:]?[ \t]+/iy;

/** The name after a cue: one to three words (group 1), then what follows. */
const NAME = new RegExp(`${TITLE}(${WORD}(?: ${WORD}){0,2})`, 'uy');
/** What may follow a sign-off or greeting name: its line end, or a closing mark. */
const CLOSES = /^[ \t]*(?:$|\n|[,!.:;)])/;
/** What may follow a labelled name: a delimiter or the end. */
const LABEL_CLOSES = /^(?:$|[ \t]*[\n,.;:)(·•|]|[ \t]+(?:who|is|was|and|has|had|cancell?ed|said|asked|wrote|paid|called|sent|requested|filed|signed)\b)/;

/**
 * Where a lower-case cue may start, for this module's cues and for the listed-name cue in
 * person-name.ts ("my son arnav"): one scan per text; the sticky cues are tried only at its hits.
 * Written as a trie with case-sensitive first letters: about half the cost of the same words with the
 * `i` flag (measured 110 vs 185 ns per message). All-capital cues ("THANKS") are not looked for.
 */
export const LOWER_CASE_HINT =
  /\b(?:[Mm]y |[Nn]ame|[Cc](?:all me|c |heers|ardholder|ontact|l(?:ient|aimant) )|[Gg]o by|[Rr](?:egards|eference for |espondent )|[Tt](?:hank|itular|alked )|[Bb](?:est|ehalf|illed to )|[Ss](?:incerely|poke |peak )|[Ww]armly|[Ll]ove|[Hh](?:i[ \t]|ello|ey|iya|older)|[Dd]ear|[Kk]ontoinhaber|[Ii]nhaber|i have |[Pp]atient|[Oo]wner)/g;

/** Any letter. */
const LETTER = /\p{L}/u;
/** Shortest word taken as a lower-case name ("aoi"); two letters collide with abbreviations. */
const MIN_WORD = 3;

/**
 * Chat shorthand, group vocatives (also other languages' "everyone": "Dear allemaal,"), abbreviations
 * and assistants that follow "thanks" or "hi" in lower case but are not in the English lexicon ("thanks
 * idk", "hi mods,", "hey siri,").
 */
const CHAT_WORDS: ReadonlySet<string> = new Set(
  `idk idc fyi asap imo imho tbh btw lol lmao omg thx thnx tks tnx pls plz ty tyvm np yw brb gtg ttyl rn ngl
  smh irl dm dms pm pms mgmt dept depts corp inc ltd llc assoc admin admins mgr mgrs acct accts approx appt
  info devs dev ops qa hr mods mod peeps yall fam bro bros sis dude dudes mate mates buddy hun babe gang
  crew bot bots gpt chatgpt copilot siri alexa cortana bixby google hiya heya hey hola ciao cya xoxo xx xxx
  ok okay kk ya yah yeah yep yup nope nah pls thanx thanku tysm allemaal iedereen zusammen todos todas tutti
  tous wszyscy wszystkim kaikille kaikki allihopa`.split(/\s+/),
);

/** A lower-case word that may be a name: not an everyday word, not a stop word, long enough. */
function nameWord(w: string, lexicon: WordLexicon): boolean {
  if ((w.length < MIN_WORD && !w.includes('-')) || CHAT_WORDS.has(w)) return false;
  const cap = (w[0] ?? '').toUpperCase() + w.slice(1);
  return !lexicon.isCommonWord(w) && !NON_NAME_WORDS.has(cap) && !w.split(/[-'’]/).some((p) => lexicon.isCommonWord(p) && p.length > 3);
}

/**
 * Which cue a hint word opens, from its first two letters: 0 sign-off ("regards", "thank", "cheers",
 * "best", "sincerely", "warmly", "love"), 1 greeting ("hi", "hello", "hey", "hiya", "dear"), 2 label
 * ("name", "behalf", "cardholder", "holder", "kontoinhaber", "inhaber", "titular", "patient", "contact",
 * "owner", "billed to", "reference for", "respondent", "claimant", "client"); -1 for the hints of the
 * listed-name cue only ("my", "call me", "go by", "cc").
 */
function cueOfHint(hint: string): number {
  const a = hint.charCodeAt(0) | 0x20;
  const b = hint.charCodeAt(1);
  switch (a) {
    case 0x72: // r: "regards"; "reference for" and "respondent" are labels
      return hint.charCodeAt(2) === 0x67 ? 0 : 2;
    case 0x73: // s: "sincerely"; "spoke"/"speak" are transcript cues
      return b === 0x70 ? -1 : 0;
    case 0x77: // w
    case 0x6c: // l
      return 0;
    case 0x74: // t: "titular" or "thank"; "talked" is a transcript cue
      return b === 0x69 ? 2 : b === 0x61 ? -1 : 0;
    case 0x62: // b: "behalf" or "billed to", else "best"
      return (b === 0x65 && hint.charCodeAt(2) === 0x68) || b === 0x69 ? 2 : 0;
    case 0x63: // c: "cheers", "contact", "cardholder", "client", "claimant"; "call me" and "cc" are not ours
      return b === 0x68 ? 0 : b === 0x6f || b === 0x6c || (b === 0x61 && hint.charCodeAt(2) === 0x72) ? 2 : -1;
    case 0x68: // h: "holder" or a greeting
      return b === 0x6f ? 2 : 1;
    case 0x64: // d: "dear"
      return 1;
    case 0x69: // i
    case 0x6e: // n
    case 0x6b: // k
    case 0x70: // p
    case 0x6f: // o
      return 2;
    default:
      return -1;
  }
}

/** The cues with what must follow their name, indexed as {@link cueOfHint} returns. */
const CUES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [SIGNOFF, CLOSES],
  [GREETING, CLOSES],
  [LABEL, LABEL_CLOSES],
];

/** A lower-case letter (the first of a lower-case name). */
const LOWER = /\p{Ll}/u;

/**
 * Cheap pre-check before the cue regexes: after the rest of the hint's word and up to a few marks and
 * spaces ("thanks,\n", "hi ", "holder: "), the next letter is lower-case. Most hits ("Thanks, Maria",
 * "Hi Maria") stop here.
 */
function lowerCaseAhead(text: string, from: number): boolean {
  let i = from;
  const stop = Math.min(text.length, from + MAX_CUE_TAIL);
  while (i < stop && isAsciiLetter(text.charCodeAt(i))) i++;
  while (i < stop && isSeparator(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return true;
  return c > 0x7f && LOWER.test(text[i] ?? '');
}
/** Char code of ":". */
const COLON = 0x3a;
/** Longest stretch looked at after a hint (the rest of "regards", a comma, a line break, spaces). */
const MAX_CUE_TAIL = 16;
/** Marks and spaces between a cue and its name: `,` `!` `.` `:` space, tab, line feed. */
const isSeparator = (c: number): boolean => c === 0x2c || c === 0x21 || c === 0x2e || c === 0x3a || c === 0x20 || c === 0x09 || c === 0x0a;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * A lower-case name after a sign-off, greeting or person label starting at `at`, where the hint
 * `hint` (a match of {@link LOWER_CASE_HINT}) was found; or nothing.
 */
export function lowerCaseNameAt(p: { text: string; at: number; hint: string; lexicon: WordLexicon }): PiiSpan | undefined {
  const { text, at, lexicon } = p;
  const pair = CUES[cueOfHint(p.hint)];
  // A hint that ends in its space ("Hi ") is a whole word: the letters after it are the name's, not the hint's.
  const hintEnd = at + p.hint.length - (p.hint.endsWith(' ') || p.hint.endsWith('\t') ? 1 : 0);
  if (!pair || !lowerCaseAhead(text, hintEnd)) return undefined;
  // "contact" takes a name only as a label ("emergency contact: x y"), not as a verb ("contact me").
  if ((p.hint === 'contact' || p.hint === 'Contact') && text.charCodeAt(at + p.hint.length) !== COLON) return undefined;
  const [cue, closes] = pair;
  cue.lastIndex = at;
  const c = cue.exec(text);
  if (!c) return undefined;
  const from = at + c[0].length;
  // The cue ends a word: "best" in "bestätigt" is no sign-off (the cue regexes' \b ends ASCII words only).
  if (!LOWER.test(text[from] ?? '') || LETTER.test(text[from - 1] ?? '')) return undefined;
  NAME.lastIndex = from;
  const n = NAME.exec(text);
  const name = n?.[1];
  if (!n || !name) return undefined;
  const end = n.index + n[0].length;
  if (!closes.test(text.slice(end, end + 8))) return undefined;
  // "Titular cedente: …": a word between a label noun and its colon belongs to the label ("Reference for
  // x y:" ends in a preposition, so its colon follows the name).
  if (cue === LABEL && !/[:]|(?:for|to|of|is|'s)[ \t]*$/i.test(c[0]) && /^[ \t]*:/.test(text.slice(end, end + 4))) return undefined;
  if (!name.split(' ').every((w) => nameWord(w, lexicon))) return undefined;
  return { type: 'PERSON', start: end - name.length, end, value: name };
}

/**
 * Cues of spoken and unpunctuated text (call transcripts, chat typed in lower case) with what they
 * need: `strong` cues take one unlisted non-word ("my son kenji set up…", "my name is aroha and…");
 * the others need two words or a listed given name ("spoke with ana ruiz last week", "hi its
 * kenji"), since a company follows them as often ("spoke with vodafone").
 */
const TRANSCRIPT_CUE =
  /(?:(my (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|neighbou?r|landlord|landlady|tenant|roommate|flatmate|cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|fianc[ée]e?|boyfriend|girlfriend|accountant|lawyer)|(?:my )?name is|my name's)|(i have)|(?:spoke|speak|talked) (?:with|to)|(?:hi|hey|hello),? (?:its|it's|this is)),?[ \t]+/iy;
/** Particles inside a lower-case name ("ana de la cruz", "tiago pereira da costa"). */
const LOWER_PARTICLES: ReadonlySet<string> = new Set('van von de der den da di du del della dos das la le ter ten bin binti ibn al el'.split(' '));
/** One lower-case token and the space after it. */
const LOWER_TOKEN = /(\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]*)*)(?=[ \t,.!?;:\n]|$)/uy;
/** A two-letter word with a letter outside ASCII ("lê", "vũ": Vietnamese name syllables). */
const nonAscii = (w: string): boolean => w.charCodeAt(0) > 0x7f || w.charCodeAt(1) > 0x7f;
/** Most words taken after a transcript cue (particles not counted). */
const MAX_TRANSCRIPT_WORDS = 3;

/** Words that may follow "my " in a transcript cue. */
const MY_NEXT: ReadonlySet<string> = new Set(
  `wife husband partner son daughter mother father mom mum dad brother sister friend colleague coworker boss
  neighbor neighbour landlord landlady tenant roommate flatmate cousin uncle aunt grandma grandpa grandmother
  grandfather fiance fiancé fiancee fiancée boyfriend girlfriend accountant lawyer name name's`.split(/\s+/),
);
/** "its", "it's" or "this is" within a greeting's reach. */
const ITS_AHEAD = /^\S{2,5},? (?:its|it's|this is) /i;

/**
 * A cheap check before {@link TRANSCRIPT_CUE}: after "my" a relation or "name", after "name" an "is"
 * or "'s", after a greeting "its"/"this is". Most hints ("my order", "hi team") stop here.
 */
function transcriptCueAhead(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  if (c === 0x6d) {
    const from = at + 3;
    let end = from;
    while (end < text.length && end - from < 12 && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x2c) end++;
    return MY_NEXT.has(text.slice(from, end).toLowerCase());
  }
  if (c === 0x6e) return text.startsWith(' is', at + 4) || text.startsWith("'s", at + 4);
  if (c === 0x68) return ITS_AHEAD.test(text.slice(at, at + 16));
  return true;
}

/**
 * A lower-case name after a transcript cue starting at `at` (the hint's position), or nothing: the
 * longest run of one to three non-words (particles allowed inside) after the cue, followed by an
 * everyday word, a mark or the end.
 */
export function transcriptNameAt(p: { text: string; at: number; lexicon: WordLexicon }): PiiSpan | undefined {
  const { text, lexicon } = p;
  if (!transcriptCueAhead(text, p.at)) return undefined;
  TRANSCRIPT_CUE.lastIndex = p.at;
  const c = TRANSCRIPT_CUE.exec(text);
  const from = c ? p.at + c[0].length : -1;
  const strong = c?.[1] !== undefined;
  // "i have ana ruiz at 12 …": an agent reading back a name and an address needs both.
  const readBack = c?.[2] !== undefined;
  if (from < 0) return undefined;
  const words: string[] = [];
  let pos = from;
  let end = from;
  let pendingParticles = 0;
  while (words.length < MAX_TRANSCRIPT_WORDS) {
    LOWER_TOKEN.lastIndex = pos;
    const t = LOWER_TOKEN.exec(text);
    const w = t?.[1];
    if (!t || !w) break;
    if (LOWER_PARTICLES.has(w) && words.length > 0) {
      pendingParticles++;
    } else if (nameWord(w, lexicon) || (words.length > 0 && w.length === 2 && !lexicon.isCommonWord(w)) || (w.length === 2 && nonAscii(w) && !lexicon.isCommonWord(w))) {
      words.push(w);
      end = pos + w.length;
      pendingParticles = 0;
    } else break;
    pos += w.length;
    if (text[pos] !== ' ') break;
    pos++;
  }
  if (pendingParticles > 0 && words.length === 0) return undefined;
  if (!words.length) return undefined;
  // What follows must be an everyday word, a mark or the end: not another unknown word.
  const rest = text.slice(end, end + 24);
  const next = /^[ \t]+(\p{L}+)/u.exec(rest)?.[1];
  if (next && !lexicon.isCommonWord(next.toLowerCase()) && !LOWER_PARTICLES.has(next)) return undefined;
  if (readBack && (words.length < 2 || next !== 'at')) return undefined;
  const one = words[0] ?? '';
  if (!strong && words.length < 2 && !(isListedLowerCaseName(one) && lowerCaseGivenName(one, lexicon))) return undefined;
  return { type: 'PERSON', start: from, end, value: text.slice(from, end) };
}

/**
 * Casual phrases of chats that put a name typed in lower case in a fixed slot: a self-introduction
 * ("… wojciech here btw", "ok, dave here —"), a teammate ("thanks — stavros on my team", "from our
 * team") and a person to ask for ("ask for paolo"). Each is found from a literal (indexOf), then the
 * words next to it: no regex runs over the whole text. One listed given name that is no everyday word,
 * or two non-words.
 */
/** One to three lower-case name words at a position (sticky), closed by a mark or the line end. */
const WORDS_AHEAD = new RegExp(`(${WORD}(?: ${WORD}){0,2})(?=[ \\t]*(?:[\\n,.!?;)]|$))`, 'uy');
/** What may follow "X here" in a self-introduction. */
const HERE_AFTER = /^(?:[ \t]*(?:btw|by the way|again)\b|[,.!—–-]|[ \t]*(?:\n|$))/;
/** Marks that end the clause before a self-introduction ("ok. dave here", "ugh, dave here"). */
const CLAUSE_MARKS = '.!?,;:—–';
/** A lower-case name letter (for scanning back from a literal). */
const NAME_CHAR = /[\p{Ll}\p{M}'’-]/u;

/** The lower-case word that ends right before `end` (one space before the literal), or undefined. */
function wordBefore(text: string, end: number): [number, string] | undefined {
  let j = end;
  while (j > 0 && NAME_CHAR.test(text[j - 1] ?? '')) j--;
  return j < end ? [j, text.slice(j, end)] : undefined;
}

/** Takes the words if they read as a lower-case name (see {@link casualLowerCaseNames}). */
function casualName(words: readonly string[], lexicon: WordLexicon): boolean {
  if (!words.every((w) => w.length > 0 && w === w.toLowerCase() && nameWord(w, lexicon))) return false;
  const one = words[0] ?? '';
  return words.length > 1 || (isListedLowerCaseName(one) && lowerCaseGivenName(one, lexicon));
}

/** Pushes the name words found ahead of `at` (sticky {@link WORDS_AHEAD}) when they read as a name. */
function nameAhead(text: string, at: number, maxWords: number, lexicon: WordLexicon, out: PiiSpan[]): void {
  WORDS_AHEAD.lastIndex = at;
  const m = WORDS_AHEAD.exec(text);
  const value = m?.[1];
  if (!value) return;
  const words = value.split(' ');
  if (words.length <= maxWords && casualName(words, lexicon)) out.push({ type: 'PERSON', start: at, end: at + value.length, value });
}

/** True when a word at `j` opens the text, a line, or a clause after a mark. */
function opensClause(text: string, j: number): boolean {
  const before = text[j - 1];
  return j === 0 || before === '\n' || (before === ' ' && CLAUSE_MARKS.includes(text[j - 2] ?? ''));
}

/**
 * A person's name in lower case as the value of a user key in a log line, unquoted ("login
 * user=lakshmi gupta from 212.…", "username=maartje van dijk⏎", "agent_on_duty=morag kerr⏎"): it ends at the line end, before the
 * next key or before "from"/"ok"/"via".
 */
const KEYED_NAME =
  /(?<![\w.-])(?:user|username|user_name|customer|owner|holder|member|guest|passenger|account_name|full_name|fullname|name|agent|agent_name|agent_on_duty|on_duty|rep|staff|employee|cashier|technician|driver|courier|rider|subscriber|cardholder|contact)=(\p{Ll}[\p{Ll}\p{M}'’-]*(?: \p{Ll}[\p{Ll}\p{M}'’-]*){1,3})(?=[ \t]*(?:\n|$)|[ \t]+(?:from|ok|via|failed|succeeded)\b|[ \t]+[a-z_]+=)/gu;

/** Lower-case full names that a log line's user key holds ({@link KEYED_NAME}), appended to `out`. */
export function keyedLowerCaseNames(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  for (const m of execAll(KEYED_NAME, text)) {
    const value = m[1] ?? '';
    const words = value.split(' ').filter((w) => !LOWER_PARTICLES.has(w));
    if (words.length < 2 || !words.every((w) => nameWord(w, lexicon))) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ type: 'PERSON', start, end: start + value.length, value });
  }
}

/** Lower-case names in casual chat phrases, appended to `out`. */
export function casualLowerCaseNames(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  for (let i = text.indexOf(' here'); i > 0; i = text.indexOf(' here', i + 5)) {
    if (!HERE_AFTER.test(text.slice(i + 5, i + 20))) continue;
    const w = wordBefore(text, i);
    if (!w) continue;
    // One word, or a given name and a surname ("gustaf johansson here"), opening the text, a line, or a
    // clause after a mark ("ugh, ok. wojciech here").
    const [j, word] = w;
    const first = text[j - 1] === ' ' ? wordBefore(text, j - 1) : undefined;
    const start = first && opensClause(text, first[0]) && casualName([first[1], word], lexicon) ? first[0] : j;
    if (opensClause(text, start) && casualName(start === j ? [word] : [first?.[1] ?? '', word], lexicon)) out.push({ type: 'PERSON', start, end: i, value: text.slice(start, i) });
  }
  for (let i = text.indexOf(' team'); i > 0; i = text.indexOf(' team', i + 5)) {
    const head = text.slice(Math.max(0, i - 12), i);
    const k = head.search(/ (?:on|from|in) (?:my|our)$/);
    if (k < 0) continue;
    const end = i - (head.length - k);
    const last = wordBefore(text, end);
    if (!last) continue;
    const prev = text[last[0] - 1] === ' ' ? wordBefore(text, last[0] - 1) : undefined;
    const words = prev && casualName([prev[1], last[1]], lexicon) ? [prev, last] : [last];
    const first = words[0] ?? last;
    if (casualName(words.map((x) => x[1]), lexicon)) out.push({ type: 'PERSON', start: first[0], end, value: text.slice(first[0], end) });
  }
  for (let i = text.indexOf('ask for '); i >= 0; i = text.indexOf('ask for ', i + 8)) nameAhead(text, i + 8, 2, lexicon, out);
}
