/**
 * @module privacy/pii/airline-names — passenger names written the airline way, SURNAME/GIVEN NAMES in
 * capitals ("Pax 2: MBEKI/THANDO MR", "1.1NAKASHIMA/REN MSTR", "VAN DER LINDE/ANNEKE MRS").
 *
 * Reservation systems (IATA PNRs, tickets, boarding passes, manifests) print a traveller as the family
 * name, a slash, the given names, then a title or passenger-type code. Capitals and the slash defeat
 * the ordinary name rules, so this rule reads the shape itself. A slash between capitals is also
 * "TCP/IP", "AND/OR", "N/A", "EUR/GBP" or an airport pair "LHR/JFK", so the shape alone is not enough:
 * one of three pieces of evidence must come with it — a title or passenger-type code right after
 * (MR, MRS, MS, MISS, MSTR, DR, CHD, INF…), a passenger or name label right before ("Passenger:",
 * "PAX 3", "Name:"), or a GDS name element number opening it ("1.1", "2."). The span is the name
 * without the title. Written on 2026-11-26 (ADR 0011) from general knowledge of airline documents.
 */
import { isListedLowerCaseName } from './given-name.js';
import { SURNAMES } from './name-lexicon.js';
import { WORLD_SURNAMES } from './surnames-world.js';
import { spanAt, type PiiSpan } from './types.js';

/** One capitalised name word: capitals and marks, inner hyphens and apostrophes ("O'NEIL", "SEO-YEON"). */
const WORD = "\\p{Lu}[\\p{Lu}\\p{M}]*(?:['’\\-]\\p{Lu}[\\p{Lu}\\p{M}]*)*";
/** Titles and passenger-type codes that follow the name (kept out of the span). */
const TITLES = ['MR', 'MRS', 'MS', 'MISS', 'MSTR', 'MSTER', 'MX', 'DR', 'PROF', 'REV', 'CHD', 'INF', 'ADT', 'SIR', 'LADY'];
const TITLE_ALT = TITLES.join('|');
/**
 * Words printed after a name on the same line that are not given names (date of birth, seat, ticket…);
 * without them "LEE/WEI DOB" would read "DOB" as a second given name.
 */
const FIELD_WORDS = ['DOB', 'SEAT', 'TKT', 'ETKT', 'TICKET', 'PNR', 'FLIGHT', 'FLT', 'CLASS', 'GATE', 'PASSPORT', 'PP', 'NATIONALITY', 'FQTV', 'SSR', 'OSI', 'BOARDING', 'ZONE', 'GROUP', 'BAG', 'BAGS', 'ETA', 'ETD', 'REF', 'OK', 'REJECT', 'REJECTED', 'BOARDED', 'DENIED', 'WCHR'];
/** A given-name word that is neither a title nor a field word. */
const GIVEN_WORD = `(?!(?:${TITLE_ALT}|${FIELD_WORDS.join('|')})(?![\\p{L}\\p{M}]))${WORD}`;
/**
 * Family name (1–4 words, group 1), slash, given names (1–4 words, group 2), then maybe a title
 * (group 3) after spaces or in brackets. Not glued to letters on either side (a GDS element number
 * may be: "2.1KOWALSKA/EWA").
 */
const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{M}'’/\\-])(${WORD}(?: ${WORD}){0,3})/(${GIVEN_WORD}(?: ${GIVEN_WORD}){0,3})` +
    `(?:[ \\t]+\\(?(${TITLE_ALT})\\)?)?(?![\\p{L}\\p{M}\\p{N}/'’\\-])`,
  'gu',
);
/** Cheap gate: a capital, a slash and a capital. */
const GATE = /[A-Z\u00c0-\u024f\u1e00-\u1eff]\/[A-Z\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Labels after which a value is a traveller's name (English and the larger travel languages), also as a
 * log's key ("name=", "pax=").
 */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:passengers?(?: names?)?|pax(?: names?)?|travell?ers?|guests?|names?|lead passenger|passagier|fluggast|reisende[r]?|passager|pasajero|passageiro|passeggero|nom|nombre|nome|乘客|旅客|搭乗者|승객|탑승객)(?:[ \t]*(?:#|no\.?))?[ \t]*\d{0,2}[ \t]*[:：=\-–]?[ \t]*$/iu;
/** Phrases of a name correction before a traveller ("booked as …, passport reads …", "replace … with …"); codes pass them too. */
const PHRASE_BEFORE =
  /(?:^|[^\p{L}])(?:booked as|(?:passport|ticket|boarding pass|pnr|booking|reservation) (?:reads|says|shows)|names? (?:in|on) (?:the )?(?:pnr|ticket|booking|reservation|passport|boarding pass) (?:is|reads|says|shows)|replace|with|ローマ字表記[:：]?)[ \t]*$/iu;
/** What lies between two travellers of one list: maybe the first one's title, then a comma or semicolon. */
const LIST_AFTER_NAME = new RegExp(`^(?:[ \\t]+\\(?(?:${TITLE_ALT})\\)?)?[ \\t]*[,;][ \\t]*$`, 'u');
/** A GDS name element number right before the name ("1.1", "2.", " 3.1 "), at a line start or after spaces. */
const ELEMENT_BEFORE = /(?:^|\n|[ \t])\d{1,2}\.\d?[ \t]?$/;

/**
 * Family-name words that are particles and so belong to the next word ("DE LA CRUZ", "VAN DER LINDE",
 * "AL HASHIMI"); other capital words before the family name are a heading on the same line.
 */
const PARTICLES: ReadonlySet<string> = new Set(
  'DE DA DAS DO DOS DI DEL DELLA DELLE DEGLI DEI DU DES LA LE LO LOS LAS VAN VON DER DEN TER TEN TE ST STE SAN SANTA MAC MC AL EL BIN BINTI BEN ABU BAT UL'.split(' '),
);
/**
 * Words on either side of a slash that are not names: logic words, protocols, units, yes/no pairs,
 * "not available" and its kin. Two short parts (both ≤ 3 letters, e.g. "LHR/JFK", "EUR/GBP", "I/O")
 * are codes, not names, unless a title follows.
 */
const NOT_NAME_PARTS: ReadonlySet<string> = new Set(
  `AND OR NOT NOR XOR BUT IF THEN ELSE YES NO ON OFF TRUE FALSE IN OUT INPUT OUTPUT READ WRITE OPEN CLOSE START STOP
  TCP UDP IP HTTP HTTPS FTP SSH TLS SSL DNS API URL CPU GPU RAM ROM USB PDF CSV JSON XML HTML CSS SQL AM PM KM MPH KPH
  NA TBA TBC TBD NONE NIL NULL UNKNOWN OTHER ANY ALL EACH PER VIA CLIENT SERVER SEND RECEIVE BUY SELL BID ASK
  ARRIVAL DEPARTURE ARR DEP INBOUND OUTBOUND RETURN ONEWAY ECONOMY BUSINESS FIRST PREMIUM MALE FEMALE ADULT CHILD INFANT`.split(/\s+/),
);
/** Longest code that reads as an airport, currency or protocol when both sides are this short. */
const CODE_LENGTH = 3;

/** Letters of a word (marks, hyphens and apostrophes aside). */
function letters(w: string): number {
  return w.replace(/[^\p{L}]/gu, '').length;
}

/** True when both sides of the slash are one short word each, as codes are ("LHR/JFK", "EUR/GBP"). */
function codeLike(surnameWords: readonly string[], givenWords: readonly string[]): boolean {
  const short = (ws: readonly string[]): boolean => ws.length === 1 && letters(ws[0] ?? '') <= CODE_LENGTH;
  return short(surnameWords) && short(givenWords);
}

/** Capital words of document headings that may precede a name on its line ("BOOKING REF", "PAX NAME"). */
const HEADING_WORDS: ReadonlySet<string> = new Set(
  'BOOKING CONFIRMATION RESERVATION ITINERARY RECEIPT REF NAME NAMES PAX PASSENGER PASSENGERS TRAVELLER TRAVELER GUEST MANIFEST LIST'.split(' '),
);

/** True for a capital word that cannot be part of a family name. */
function notSurnameWord(w: string): boolean {
  return HEADING_WORDS.has(w) || NOT_NAME_PARTS.has(w) || FIELD_WORDS.includes(w) || letters(w) < 2;
}

/**
 * How many leading words of the family name to drop. A name opening a field (after a colon, a tab,
 * two spaces, an element number, or at a line start) keeps its words — double family names and
 * particles ("DA SILVA PEREIRA") — from after the last heading word ("BOOKING REF LEE/WEI" → "LEE").
 * Elsewhere only particles join the last word ("… DE LA CRUZ").
 */
function headingWords(text: string, start: number, words: readonly string[]): number {
  const fieldStart = /(?:^|[\n:：\t]|[ \t]{2}|\d\.\d?)[ \t]*$/.test(text.slice(Math.max(0, start - 8), start));
  let keep = 1;
  while (keep < words.length) {
    const w = words[words.length - keep - 1] ?? '';
    if (!(PARTICLES.has(w) || (fieldStart && !notSurnameWord(w)))) break;
    keep++;
  }
  return words.length - keep;
}

/**
 * A numbered passenger list written "SURNAME, GIVEN TITLE" ("  1. SHERPA, RAHIM MR", "2. NAGY, ZSÓFIA MS"):
 * the item number and the passenger title are the evidence. Group 1 is the name.
 */
const LISTED_TRAVELLER = new RegExp(
  `(?:^|\\n)[ \\t]*\\d{1,2}\\.[ \\t]+(${WORD}(?: ${WORD}){0,3}, ${GIVEN_WORD}(?: ${GIVEN_WORD}){0,3})[ \\t]+\\(?(?:${TITLE_ALT})\\)?(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Cheap gate for {@link LISTED_TRAVELLER}: a passenger title after a space. */
const LISTED_TITLE_GATE = / (?:MR|MRS|MS|MISS|MSTR|CHD|INF)\b/;

/** Names of numbered passenger lists ({@link LISTED_TRAVELLER}). */
function listedTravellers(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(LISTED_TRAVELLER)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * The passenger name of an APIS passport element, "SSR DOCS <airline> HK1 P/<issuer>/<number>/
 * <nationality>/<birth date>/<sex>/<expiry>/<SURNAME>/<GIVEN>[/<MIDDLE>][/P1]": the name follows the
 * sex code (M, F, U, X, MI, FI for infants) and the expiry date (which may be empty), and is closed by
 * a passenger association ("/P1"), a "/H" (holder) flag or the line end. The fields are fixed by the
 * IATA format, so the position alone is the evidence; the span runs from the family name through the
 * given names (group 1).
 */
const DOCS_RE = new RegExp(
  `\\bDOCS\\b[^\\n]*?/(?:M|F|U|X|MI|FI)/(?:\\d{2}[A-Z]{3}\\d{2,4})?/(${WORD}(?: ${WORD})*/${WORD}(?: ${WORD})*(?:/${WORD}(?: ${WORD})*)?)(?=/P\\d|/H\\b|[ \\t]*(?:$|\\n))`,
  'gmu',
);

/** APIS names of "SSR DOCS" elements, appended to `out` (see {@link DOCS_RE}). */
function docsNames(text: string, out: PiiSpan[]): void {
  if (text.indexOf('DOCS') < 0) return;
  for (const m of text.matchAll(DOCS_RE)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * A name in capitals, maybe after a passenger title, where a travel document is quoted ("my passport
 * says INGRID HOLM but the ticket says MRS INGRIT HOLM", "the PNR shows MS ANA LIMA"): the phrase
 * is the evidence, so two to four capital words are read without the slash. Group 1 is the name.
 */
const QUOTED_CAPS_NAME = new RegExp(
  `(?:^|[^\\p{L}])(?:[Pp]assport|[Tt]icket|[Bb]oarding pass|PNR|[Bb]ooking|[Rr]eservation|[Vv]isa) (?:says|reads|shows)[ \\t]+(?:(?:${TITLE_ALT})[ \\t]+)?(${GIVEN_WORD}(?: ${GIVEN_WORD}){1,3})(?![\\p{L}\\p{M}\\p{N}/'’\\-])`,
  'gu',
);

/** True when a capital word is a listed given name or family name ("BRANDT" → "Brandt"). */
function listedWord(w: string): boolean {
  const titled = w[0] + w.slice(1).toLowerCase();
  return isListedLowerCaseName(w.toLowerCase()) || WORLD_SURNAMES.has(titled) || SURNAMES.has(titled);
}

/** Names in capitals after a quoted travel document ({@link QUOTED_CAPS_NAME}), appended to `out`. */
function quotedCapsNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(QUOTED_CAPS_NAME)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    // One listed word at least: "NON REFUNDABLE" is what a ticket says too.
    if (words.some((w) => NOT_NAME_PARTS.has(w) || HEADING_WORDS.has(w) || letters(w) < 2) || !words.some(listedWord)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * Airline-style SURNAME/GIVEN names, appended to `out` as PERSON spans (title excluded). Costs one
 * regex test for texts without a capital, a slash and a capital.
 * @example airlineNames('Pax 1: OKAFOR/CHIDI MR', out) // pushes "OKAFOR/CHIDI"
 */
export function airlineNames(text: string, out: PiiSpan[]): void {
  if (text.includes(', ') && LISTED_TITLE_GATE.test(text)) listedTravellers(text, out);
  if (/ (?:says|reads|shows) /.test(text)) quotedCapsNames(text, out);
  if (!GATE.test(text)) return;
  docsNames(text, out);
  let lastEnd = -1;
  for (const m of text.matchAll(NAME_RE)) {
    const at = m.index ?? 0;
    let surnameWords = (m[1] ?? '').split(' ');
    const givenWords = (m[2] ?? '').split(' ');
    const drop = headingWords(text, at, surnameWords);
    surnameWords = surnameWords.slice(drop);
    const start = at + (m[1] ?? '').length - surnameWords.join(' ').length;
    const end = start + surnameWords.join(' ').length + 1 + (m[2] ?? '').length;
    if (letters(surnameWords[surnameWords.length - 1] ?? '') < 2) continue;
    const before = text.slice(Math.max(0, start - 32), start);
    const titled = m[3] !== undefined;
    // A later item of a list of travellers ("Passengers: KANG/DO-YUN, KIM/SOO-AH MR") follows a name
    // already taken, maybe with its title, and a comma or semicolon.
    const listed = lastEnd >= 0 && start > lastEnd && LIST_AFTER_NAME.test(text.slice(lastEnd, start));
    const direct = LABEL_BEFORE.test(before);
    const labelled = direct || listed || PHRASE_BEFORE.test(before);
    if (!titled && !labelled && !ELEMENT_BEFORE.test(before)) continue;
    if ([...surnameWords, ...givenWords].some((w) => NOT_NAME_PARTS.has(w) || HEADING_WORDS.has(w))) continue;
    // A title or a label makes even a short pair a name ("LEE/WEI MR", "Pax: WU/YAN"); a bare element
    // number does not ("Step 1. LHR/JFK").
    // A list item is no label: "KIM/SOO-AH MR, LHR/JFK" still ends in a code pair.
    if (!titled && !direct && codeLike(surnameWords, givenWords)) continue;
    out.push(spanAt('PERSON', text, start, end));
    lastEnd = end;
  }
}
