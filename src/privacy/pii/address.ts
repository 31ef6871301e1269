/**
 * @module privacy/pii/address — postal addresses of many countries: house number before the street
 * (US/CA/UK/IE/AU/NZ/IN, France/Belgium) or after it (DE/AT/CH, NL, ES, IT, PT/BR, PL, Nordics, MX),
 * street-type words in those languages, units, postcodes per country, multi-line addresses, and the
 * Japanese, Chinese and Korean forms. Patterns live in `address-patterns.ts`.
 */
import {
  CAPWORD,
  CITY_FOUR_DIGITS,
  CJK_STREET,
  EN_SUFFIX,
  FR_TYPE,
  GLUED_SUFFIX,
  HOUSE,
  IN_BUILDING,
  JP_ADDRESS,
  JP_ROMAJI,
  NAME_WORD,
  ORDINAL_ROAD,
  PARTICLE,
  POSTCODE_BEFORE_CITY,
  SEPARATE_SUFFIX,
  TAIL_PIECES,
  TYPE_FIRST,
  UNIT_PREFIX,
} from './address-patterns.js';
import { DATE_RE } from './date-patterns.js';
import { spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** Compass point after an English street ("Pennsylvania Ave NW"). */
const COMPASS = '(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?';
/** Words of a street name after a house number, English order. */
const EN_NAME = `(?:(?:${CAPWORD}|\\d{1,3}(?:st|nd|rd|th))[ \\t]+){1,4}`;
/** Name words between a leading street type and the house number ("Calle de Alcalá", "ul. Piotrkowska"). */
const TYPED_NAME = `(?:${NAME_WORD}[ \\t]+){0,4}${CAPWORD}`;

/**
 * Street cores, each an alternative of one regex: where the address starts and the part that shows
 * it is a street. A postcode/city tail is appended afterwards by {@link extendTail}.
 */
const NUMBER_FIRST_SOURCES: readonly string[] = [
  // 221B Baker Street / 1600 Pennsylvania Ave NW
  `${HOUSE},?[ \\t]+${EN_NAME}${EN_SUFFIX}\\b\\.?${COMPASS}`,
  // 12 rue des Tanneurs / 3 bis avenue Jean Jaurès / 5, place de la République
  `${HOUSE},?[ \\t]+${FR_TYPE}[ \\t]+(?:${PARTICLE}[ \\t]+|d['’]|l['’])*${CAPWORD}(?:[ -](?:${PARTICLE}[ \\t]+|d['’]|l['’])*${CAPWORD}){0,4}`,
  JP_ROMAJI,
  ORDINAL_ROAD,
];
const WORD_FIRST_SOURCES: readonly string[] = [
  // Unit 12, 34 Ocean Parade / Flat 3, 221B Baker Street
  `${UNIT_PREFIX}${HOUSE},?[ \\t]+${EN_NAME}${EN_SUFFIX}\\b\\.?${COMPASS}`,
  // Calle de Alcalá 12 / Via Roma 5 / Rua Augusta, 1234 / ul. Długa 5/7 / Am Kupfergraben 6
  `${TYPE_FIRST}[ \\t]+${TYPED_NAME},?[ \\t]+(?:n[º°o]\\.?[ \\t]*)?${HOUSE}(?![\\d.,]\\d)`,
  // Lindenstraße 5 / Kerkstraat 12-H / Storgatan 3 / Hauptstr. 7 / Lange Nieuwstraat 4
  `(?:${CAPWORD}[ \\t]+){0,2}[A-ZÀ-ÞÆØÅ][a-zß-öø-ÿ]+(?![a-zß-öø-ÿ])\\.?(?<=${GLUED_SUFFIX})[ \\t]+${HOUSE}(?![\\d.,]\\d)`,
  // Rosenheimer Str. 3 / Karl Johans gate 1 / Lange Laan 8
  `(?:${CAPWORD}[ \\t]+){1,3}${SEPARATE_SUFFIX}[ \\t]+${HOUSE}(?![\\d.,]\\d)`,
  // A street of any name when a postcode and city follow: "Prinsengracht 263, 1016 GV Amsterdam"
  `(?:${CAPWORD}[ \\t]+(?:${PARTICLE}[ \\t]+)?){0,3}${CAPWORD}[ \\t]+${HOUSE}(?=,[ \\t]+${POSTCODE_BEFORE_CITY}[ \\t]+${CAPWORD})`,
  IN_BUILDING,
];

/**
 * Street cores that begin at their house number, tried (sticky) at number tokens only. Kept as separate
 * regexes: V8 runs one small regex per alternative ~5× faster than their union.
 */
const [EN_Y, FR_Y, JP_Y, ORDINAL_Y] = NUMBER_FIRST_SOURCES.map((src) => new RegExp(src, 'y')) as [RegExp, RegExp, RegExp, RegExp];
/** Street cores that begin with words before the number, tried (sticky) at the few word starts before it. */
const [UNIT_LED_Y, TYPE_LED_Y, GLUED_Y, SEPARATE_Y, ANY_NAME_Y, BUILDING_Y] = WORD_FIRST_SOURCES.map(
  (src) => new RegExp(`(?<![\\w./-])(?:${src})`, 'y'),
) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];

/** First words of the street types written before the name (lower-cased; see `TYPE_FIRST`). */
const TYPE_FIRST_WORDS = new Set(
  (
    'calle c/ cl. avenida avda avda. av. paseo pº plaza pza. carrer camino carretera ctra. ronda travesía travesia ' +
    'glorieta rambla vía via callejón callejon calzada bulevar prolongación prolongacion privada cerrada circuito ' +
    'viale v.le piazza piazzale p.za p.zza corso c.so largo vicolo strada contrada borgo lungomare salita località ' +
    'localita rua r. travessa tv. praça praca estrada alameda rodovia ladeira calçada calcada praceta ul. ulica al. ' +
    'aleja aleje os. osiedle pl. plac bulevardul calea str. şoseaua șoseaua soseaua nám. nam. náměstí namesti tř. ' +
    'tr. třída trida am an auf im in zum zur unter hinter vor'
  ).split(' '),
);
/** Unit words that may lead an English-order address ("Unit 12, 34 Ocean Parade"). */
const UNIT_LEAD_WORDS = new Set(['flat', 'apartment', 'apt', 'apt.', 'unit', 'suite', 'shop', 'level', 'lot']);
/** Words that lead an Indian building-first address ("Flat 101, Lotus Residency"). */
const BUILDING_LEAD_WORDS = new Set(['flat', 'house', 'h.', 'h.no.', 'h.no', 'plot', 'door', 'apt']);
/** Separate street-type words written after the name ("Rosenheimer Str. 3", "Karl Johans gate 1"). */
const SEPARATE_WORDS = new Set(
  'straße strasse str. weg allee gasse platz ring damm ufer chaussee straat laan plein kade gracht gate gata gatan vei veien vej gade väg vägen allé plass plads tie katu'.split(' '),
);
/** A word ending in a glued street type ("Lindenstraße", "Kerkstraat", "Storgatan", "Hauptstr."). */
const GLUED_END = new RegExp(`${GLUED_SUFFIX}$`);
/** A year where a four-digit postcode would stand ("Version 2, 2024 Release"): no evidence of a street. */
const YEAR_CODE_AFTER = /^,[ \t]+(?:19|20)\d\d(?!\d|[ \t]?[A-Z]{2}\b)/;
/** Words that begin multi-word street names ("Lange Voorhout", "Alte Gasse", "Old Kent Road", "Sint Jansstraat"). */
const STREET_PREFIX_WORDS = new Set(
  'lange korte oude nieuwe grote kleine hoge lage alte alter neue neuer große grosse kleine hohe obere untere old new upper lower great little north south east west sint sankt st. san santa saint'.split(' '),
);
/** After a house number: a comma and a postcode follow (the any-name street form needs them). */
const COMMA_CODE_AFTER = /^[A-Za-z]?(?:[-/][0-9A-Za-z]{1,5})?,[ \t]+\d/;

/** Longest house number ("12345 Main St" is rare but real in the US). */
const MAX_HOUSE_DIGITS = 5;
/** Street-name words a core may put before its house number ("Calle de la Reina Victoria 12"). */
const MAX_BACK_WORDS = 5;

/** Postal-mark and CJK forms: no word boundary applies to ideographs. */
const CJK_RE = new RegExp(`${JP_ADDRESS}|${CJK_STREET}`, 'g');
/** How a tail piece joins the street: a comma, a line break, " - " or a space. */
const TAIL_SEP = '(?:,[ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]+[-–][ \\t]+|[ \\t]+)';
/** One sticky regex per tail piece (small regexes run much faster in V8 than one union). */
const TAIL_YS: readonly RegExp[] = [
  ...TAIL_PIECES.map((src) => new RegExp(`${TAIL_SEP}(?:${src})`, 'y')),
  new RegExp(`,[ \\t]*${CITY_FOUR_DIGITS}`, 'y'),
];
/**
 * The tail pieces worth trying by the first character after the separator: a digit starts a unit
 * ("3º A"), a postcode line or a bare code; a lower-case letter only a unit ("apto 12"); "#" a unit.
 * Indices into {@link TAIL_YS} (see `TAIL_PIECES`: unit, district, 9 code lines, chain, then City 1234).
 */
const UNIT_PIECE = 0;
const POSTCODE_CITY_PIECE = 2;
const BARE_ZIP_PIECE = 9;
const CHAIN_PIECE = TAIL_PIECES.length - 1;
const DIGIT_TAILS: readonly RegExp[] = [UNIT_PIECE, POSTCODE_CITY_PIECE, BARE_ZIP_PIECE, CHAIN_PIECE].map((i) => TAIL_YS[i] as RegExp);
const LOWER_TAILS: readonly RegExp[] = [TAIL_YS[UNIT_PIECE] as RegExp];
/** Most tail pieces an address takes (unit, district, locality chain + postcode, country line). */
const MAX_TAIL_PIECES = 4;
/**
 * A postcode in the tail of a match found in case-folded text: its only evidence of being an address,
 * since every word there looks like a name. Four bare digits and year-like numbers do not count.
 */
const STRONG_POSTCODE =
  /(?<![\w-])(?:\d{5}(?:-\d{3,4})?|\d{4}\s?[A-Z]{2}(?=\s+[A-Z])|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{6}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{2,3}\s+\d{4})(?![\w-])/;
/**
 * The gate before the case-folded pass: a lower-case word right before a postcode that stands alone
 * (not a group of a longer number): "…, 75011 paris", "…, wa 99201", "…, 2514 ea den haag",
 * "…, 81-001 warszawa", "… bengaluru 560038", "… cardiff cf1 9et", "… ab t9j 9x9".
 */
const LOWER_POSTCODE_GATE =
  /[a-zß-ÿ.,][ \t]+(?:\d{5}(?:-\d{3,4})?|\d{6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[a-z]{2}[ \t]+[a-z]{3,}|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d|\d{3}-\d{4}|(?<=[ ,][a-z]{2,3}[ \t]+)\d{4})(?![\w-]|[ .-]\d)/g;
/** How far before the postcode gate a lower-case address may start, and how far after it it may end. */
const FOLD_BEFORE = 160;
const FOLD_AFTER = 48;

/**
 * A same-length copy of `text` where words are capitalised and short tokens next to numbers (state
 * codes, postcode letters) and tokens with digits are upper-cased, so the capitalised patterns also read
 * "12 rue des lilas, 75011 paris" and "1234 quarry ridge blvd, spokane, wa 99201".
 */
function caseFolded(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w: string, at: number) => {
    if (/^\d+(?:st|nd|rd|th|er|e)$/.test(w)) return w;
    if (/\d/.test(w)) return w.toUpperCase();
    if (w.length <= 3) {
      const next = /^\s+([A-Za-z0-9]+)/.exec(text.slice(at + w.length, at + w.length + 12))?.[1] ?? '';
      const prev = /(?:^|\s)(\d+)\s+$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '';
      // "wa 99201", "ab T9J 9X9" (state before a code); "2514 ea" (Dutch postcode letters).
      if (/\d{4}|^[a-z]\d[a-z]$/i.test(next) || prev.length === 4) return w.toUpperCase();
    }
    const upper = (w[0] ?? '').toUpperCase();
    return upper.length === 1 ? upper + w.slice(1) : w;
  });
}

/** Every address form has a digit (house, block or postcode). */
const HAS_DIGIT = /\d/;
/** Japanese kana, CJK ideographs or Hangul: the CJK address forms may apply. */
const CJK_PRESENT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** Abbreviations that keep their final dot when the address ends on them. */
const KEEP_DOT = /(?:\b(?:St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Cres|Sq|Hwy|Pkwy|Cir|Trl|Str|izq|dcha|der|Pde|Esp)\.)$/;

/** Calendar dates ("December 12, 1990 In …" is a date before a capitalised word, not a street). */
const DATE_ANY = new RegExp(DATE_RE.source, 'gi');
/** How far past a street core a date running through its end may reach (", 1990"). */
const DATE_REACH = 8;

/** True when a date runs through the end of the core match: the "house number" is a day of month. */
function coreEndsInDate(text: string, start: number, coreEnd: number): boolean {
  const slice = text.slice(start, coreEnd + DATE_REACH);
  const coreLen = coreEnd - start;
  DATE_ANY.lastIndex = 0;
  for (let d = DATE_ANY.exec(slice); d; d = DATE_ANY.exec(slice)) {
    if (d.index < coreLen && d.index + d[0].length >= coreLen) return true;
  }
  return false;
}

/** Words that may precede an address in lower-case text and are never part of it. */
const LEAD_WORDS = new Set(
  'a an and at address billing deliver delivery for in is it live lives moved my new of our please send ship shipping the to your we i'.split(' '),
);

/** In case-folded finds, skips leading everyday words the capitalised patterns absorbed ("address is …"). */
function skipLeadWords(text: string, start: number, end: number): number {
  let s = start;
  for (;;) {
    const m = /^([A-Za-z]+)[:,]?\s+/.exec(text.slice(s, end));
    if (!m || !LEAD_WORDS.has((m[1] ?? '').toLowerCase())) return s;
    s += m[0].length;
  }
}

/** Extends a street match by up to {@link MAX_TAIL_PIECES} tail pieces. */
function extendTail(text: string, end: number): number {
  let e = end;
  for (let i = 0; i < MAX_TAIL_PIECES; i++) {
    // A piece starts after a separator with a letter, a digit, "#" or "〒"; "." or "!" end the address.
    let j = e;
    while (j < text.length && (isGap(text.charCodeAt(j)) || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 45)) j++;
    if (j === e || j >= text.length) break;
    const c = text.charCodeAt(j);
    if (!isLetter(c) && !isDigit(c) && c !== 35) break;
    let len = 0;
    const pieces = isDigit(c) ? DIGIT_TAILS : isUpper(c) ? TAIL_YS : LOWER_TAILS;
    for (const re of pieces) {
      len = matchAt(re, text, e);
      if (len > 0) break;
    }
    if (len === 0) break;
    e += len;
  }
  return e;
}

/** Drops a sentence-final dot or comma that the match picked up. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[,;:\s]/.test(text[e - 1] ?? '')) e--;
  if (text[e - 1] === '.' && !KEEP_DOT.test(text.slice(start, e))) e--;
  return e;
}

/** Adds [start, end) unless it overlaps a span already found (the earlier, longer find wins). */
function addSpan(found: Array<{ start: number; end: number }>, start: number, end: number): void {
  for (const f of found) {
    if (start < f.end && f.start < end) {
      if (end - start > f.end - f.start) {
        f.start = start;
        f.end = end;
      }
      return;
    }
  }
  found.push({ start, end });
}

/** Inputs of {@link scan}. */
interface ScanInput {
  /** The text to read (the original, or its case-folded copy). */
  readonly text: string;
  /** Where finds go. */
  readonly found: Array<{ start: number; end: number }>;
  /** The text is a case-folded copy: keep only finds with a postcode, skip leading everyday words. */
  readonly folded?: boolean;
}

/** True for the characters that separate words before a house number (space, tab, comma). */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 0xa0;
}

/** Word starts before a house number, nearest first (reused: no allocation per number). */
const WORD_STARTS = new Int32Array(MAX_BACK_WORDS);

/**
 * Fills {@link WORD_STARTS} with the starts of up to {@link MAX_BACK_WORDS} words before `p` on the
 * same line, nearest first, and returns how many: where a word-first core containing `p` can begin.
 */
function collectWordStarts(text: string, p: number): number {
  let n = 0;
  let i = p - 1;
  while (n < MAX_BACK_WORDS) {
    while (i >= 0 && isGap(text.charCodeAt(i))) i--;
    if (i < 0) break;
    const c = text.charCodeAt(i);
    // Line breaks and clause punctuation end the street line ("Tel: 12…", "Hi!\n12 …").
    if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59 || c === 58) break;
    let j = i;
    while (j >= 0 && !isGap(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j--;
    WORD_STARTS[n++] = j + 1;
    i = j;
  }
  return n;
}

/** True for ASCII/Latin-1 letters and the Latin Extended-A/B blocks (street and place words). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** True for an upper-case Latin letter (ASCII, Latin-1, and the even code points of Latin Extended-A). */
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && c % 2 === 0);
}

/** True for an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Lower-case words that may stand right before a house number: separate street types (Nordic). */
const LOWER_BEFORE_HOUSE = new Set(['gate', 'gata', 'gatan', 'vei', 'veien', 'vej', 'gade', 'väg', 'vägen', 'allé', 'plass', 'plads', 'tie', 'katu', 'no']);

/** True when the word ending at `i` can end a street name right before a house number. */
function canPrecedeHouse(text: string, i: number): boolean {
  const last = text.charCodeAt(i);
  // "ul.", "Str.", "nº", "n°"
  if (last === 46 || last === 0xba || last === 0xb0) return true;
  let j = i;
  while (j > 0 && !isGap(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 10) j--;
  if (isUpper(text.charCodeAt(j))) return true;
  return LOWER_BEFORE_HOUSE.has(text.slice(j, i + 1));
}

/** French street types written in lower case between the number and the name ("12 rue des Lilas"). */
const FR_TYPE_WORDS = new Set(
  'rue avenue av. boulevard bd impasse allée allee place chemin quai route rte cours square passage voie faubourg chaussée sentier promenade esplanade rond-point parvis cité résidence hameau montée traverse venelle lotissement bis ter quater'.split(' '),
);

/**
 * Length of a number-first core at the number [p, q), trying only the forms whose next character fits:
 * "-12" (Japanese blocks, ranges), a glued letter ("221B", "5th", "12bis"), or after a space a capital,
 * a digit ("1234 5th Ave") or a French street type. "12 items" costs no regex at all.
 */
function numberFirstAt(text: string, p: number, q: number): number {
  const c0 = text.charCodeAt(q);
  if ((c0 === 45 || c0 === 47) && isDigit(text.charCodeAt(q + 1))) {
    return Math.max(matchAt(EN_Y, text, p), c0 === 45 ? matchAt(JP_Y, text, p) : 0);
  }
  if (isLetter(c0)) return Math.max(matchAt(EN_Y, text, p), matchAt(ORDINAL_Y, text, p), matchAt(FR_Y, text, p));
  let i = q;
  if (text.charCodeAt(i) === 44) i++;
  while (isGap(text.charCodeAt(i))) i++;
  if (i === q) return 0;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return matchAt(EN_Y, text, p);
  if (!isLetter(c)) return 0;
  const fr = FR_TYPE_WORDS.has(wordAt(text, i));
  if (isUpper(c)) return fr ? Math.max(matchAt(EN_Y, text, p), matchAt(FR_Y, text, p)) : matchAt(EN_Y, text, p);
  return fr ? matchAt(FR_Y, text, p) : 0;
}

/**
 * True when the number [p, q) may be a house number: not a group of a longer number ("0612 345"),
 * not a decimal, time or date part, not glued to a word or currency.
 */
function standsAlone(text: string, p: number, q: number): boolean {
  const before = text.charCodeAt(p - 1);
  if (before === 46 || before === 47 || before === 45 || before === 43 || before === 36 || isLetter(before)) return false;
  if (before === 32 && isDigit(text.charCodeAt(p - 2))) return false;
  const after = text.charCodeAt(q);
  if ((after === 46 || after === 58) && isDigit(text.charCodeAt(q + 1))) return false;
  if (after !== 32 || !isDigit(text.charCodeAt(q + 1))) return true;
  // "1234 5th Ave": a numbered street after the house number is not a digit group.
  let r = q + 1;
  while (isDigit(text.charCodeAt(r))) r++;
  return ORDINAL_SUFFIX.test(text.slice(r, r + 3));
}

/** An English ordinal suffix right after digits ("5th", "42nd"), not followed by more letters. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![a-z])/;

/** The word [from, to) lower-cased, with a trailing comma dropped. */
function wordAt(text: string, from: number): string {
  let to = from;
  while (to < text.length && !isGap(text.charCodeAt(to)) && text.charCodeAt(to) !== 10) to++;
  return text.slice(from, to).toLowerCase();
}

/** Sticky match length of `re` at `s`, or 0. */
function matchAt(re: RegExp, text: string, s: number): number {
  re.lastIndex = s;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Length of the street core at or before the number [p, q), 0 when none; its start goes to
 * {@link coreStart}. Each
 * word-first form is tried only where its own evidence is present (a type word at the start, a street
 * type right before the number, a postcode after it), so most numbers cost a few character checks.
 */
/** Start of the core found by the last {@link coreAround} call (avoids an object per number). */
let coreStart = 0;

function coreAround(text: string, p: number, q: number): number {
  let i = p - 1;
  while (i >= 0 && isGap(text.charCodeAt(i))) i--;
  if (i >= 0 && i < p - 1 && canPrecedeHouse(text, i)) {
    let j = i;
    while (j > 0 && !isGap(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 10) j--;
    const prevWord = text.slice(j, i + 1).toLowerCase();
    const glued = prevWord.length > 4 && GLUED_END.test(prevWord);
    const separate = SEPARATE_WORDS.has(prevWord);
    const c = text.charCodeAt(q);
    const anyName = (c === 44 || isLetter(c) || c === 45 || c === 47) && COMMA_CODE_AFTER.test(text.slice(q, q + 12));
    const n = collectWordStarts(text, p);
    // Forms led by a type, unit or building word: the farthest such word starts the street.
    for (let k = n - 1; k >= 0; k--) {
      const s = WORD_STARTS[k] ?? p;
      const first = wordAt(text, s);
      let len = 0;
      if (TYPE_FIRST_WORDS.has(first)) len = matchAt(TYPE_LED_Y, text, s);
      if (len === 0 && UNIT_LEAD_WORDS.has(first)) len = matchAt(UNIT_LED_Y, text, s);
      if (len === 0 && BUILDING_LEAD_WORDS.has(first)) len = matchAt(BUILDING_Y, text, s);
      if (s + len > p) {
        coreStart = s;
        return len;
      }
    }
    // A separate type word ("Mariahilfer Straße", "Karl Johans gate"): the farthest start that matches.
    if (separate) {
      for (let k = n - 1; k >= 1; k--) {
        const s = WORD_STARTS[k] ?? p;
        const len = matchAt(SEPARATE_Y, text, s);
        if (s + len > p) {
          coreStart = s;
          return len;
        }
      }
    }
    // Forms known by a glued type or by the postcode after them: the nearest start that matches, so
    // capitalised words of the sentence before ("Bitte an Hauptstraße 5") stay out.
    if (glued || anyName) {
      for (let k = separate ? 1 : 0; k < n; k++) {
        const s = WORD_STARTS[k] ?? p;
        let len = 0;
        if (glued) len = matchAt(GLUED_Y, text, s);
        if (len === 0 && anyName && !YEAR_CODE_AFTER.test(text.slice(q, q + 12))) len = matchAt(ANY_NAME_Y, text, s);
        if (s + len <= p) continue;
        // Take in a leading "Lange", "Alte", "Old"… that belongs to the street name.
        const before = WORD_STARTS[k + 1];
        if (k + 1 < n && before !== undefined && STREET_PREFIX_WORDS.has(wordAt(text, before))) {
          const wider = Math.max(glued ? matchAt(GLUED_Y, text, before) : 0, anyName ? matchAt(ANY_NAME_Y, text, before) : 0);
          if (before + wider > p) {
            coreStart = before;
            return wider;
          }
        }
        coreStart = s;
        return len;
      }
    }
  }
  coreStart = p;
  return numberFirstAt(text, p, q);
}

/**
 * Digit runs of 1–6 digits not glued to a letter, dot, slash, dash, plus or currency sign on the left:
 * house-number (≤ 5) and postcode (5–6) candidates. A regex finds them faster than a character loop.
 */
const NUMBER_TOKEN = /(?<![\d./+$€£A-Za-zÀ-ɏ-])\d{1,6}(?!\d)/g;
/**
 * After a postcode-shaped token in lower-case text: a place name ("75011 paris", "81-001 warszawa",
 * "2514 ea den haag", "560038", "160-0023") or the end of the address.
 */
const LOWER_CODE_AFTER = /^(?:-\d{3,4})?(?:[ \t]?[a-z]{2})?(?:[ \t]+[a-zß-ÿ]|[ \t]*(?:$|[.,;!?\n]))/;
/** A state or province code right before a lower-case ZIP ("…, wa 99201", "… nsw 2000"). */
const LOWER_STATE_BEFORE = /[ ,][a-z]{2,3}[ \t]$/;

/** True when the token [p, q) may be the postcode of an address typed in lower case. */
function lowerPostcodeAt(text: string, p: number, q: number): boolean {
  const n = q - p;
  const next = text.charCodeAt(q);
  const shaped = n === 5 || n === 6 || n === 4 || ((n === 2 || n === 3) && next === 45);
  if (!shaped) return false;
  const prev = text.charCodeAt(p - 2);
  // "…, 75011 paris": a comma before; "…, wa 99201": a state code before.
  if (prev !== 44 && !(prev >= 97 && prev <= 122)) return false;
  return LOWER_CODE_AFTER.test(text.slice(q, q + 12)) && (prev === 44 || n === 6 || next === 45 || LOWER_STATE_BEFORE.test(text.slice(p - 6, p)));
}

/**
 * One pass over the number tokens: each that may be a house number is tried against the street cores
 * around it (no core regex runs over the whole text), and matches are collected with their tails.
 * Returns whether a lower-case word stands before a postcode-shaped token (the folded pass's gate).
 */
function scan({ text, found, folded = false }: ScanInput): boolean {
  let covered = 0;
  let lowerCode = false;
  NUMBER_TOKEN.lastIndex = 0;
  for (let t = NUMBER_TOKEN.exec(text); t; t = NUMBER_TOKEN.exec(text)) {
    const p = t.index;
    const q = p + t[0].length;
    if (!standsAlone(text, p, q)) continue;
    if (!lowerCode && q - p >= 2 && lowerPostcodeAt(text, p, q)) lowerCode = true;
    if (p < covered || q - p > MAX_HOUSE_DIGITS) continue;
    const len = coreAround(text, p, q);
    const start = coreStart;
    if (len === 0) continue;
    const coreEnd = start + len;
    if (coreEndsInDate(text, start, coreEnd)) continue;
    const end = trimEnd(text, start, extendTail(text, coreEnd));
    if (folded && !STRONG_POSTCODE.test(text.slice(start, end + 1))) continue;
    addSpan(found, folded ? skipLeadWords(text, start, end) : start, end);
    covered = end;
  }
  return lowerCode;
}

/** Collects CJK addresses (postal mark, prefecture, road-name forms) with their tails. */
function scanCjk(text: string, found: Array<{ start: number; end: number }>): void {
  CJK_RE.lastIndex = 0;
  for (let m = CJK_RE.exec(text); m; m = CJK_RE.exec(text)) {
    const end = trimEnd(text, m.index, extendTail(text, m.index + m[0].length));
    addSpan(found, m.index, end);
  }
}

/**
 * Finds street addresses. "Dr" is both a street type and a title; the title reading is rejected by
 * requiring the street name before it, so "5 Dr. Smith" does not match while "12 Elm Dr" does.
 */
export const addressDetector: PiiDetector = {
  type: 'ADDRESS',
  detect(text: string): PiiSpan[] {
    if (!HAS_DIGIT.test(text)) return [];
    const found: Array<{ start: number; end: number }> = [];
    const lowerCode = scan({ text, found });
    if (CJK_PRESENT.test(text)) scanCjk(text, found);
    // Text typed without capitals: read a case-folded copy of the stretch before a postcode, and keep
    // only finds with a postcode.
    if (lowerCode) {
      LOWER_POSTCODE_GATE.lastIndex = 0;
      for (let gate = LOWER_POSTCODE_GATE.exec(text); gate; gate = LOWER_POSTCODE_GATE.exec(text)) {
        const from = Math.max(0, gate.index - FOLD_BEFORE);
        const window = caseFolded(text.slice(from, gate.index + gate[0].length + FOLD_AFTER));
        const extra: Array<{ start: number; end: number }> = [];
        scan({ text: window, found: extra, folded: true });
        for (const f of extra) addSpan(found, f.start + from, f.end + from);
      }
    }
    if (found.length === 0) return [];
    return found.sort((a, b) => a.start - b.start).map((f) => spanAt('ADDRESS', text, f.start, f.end));
  },
};
