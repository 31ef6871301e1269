/**
 * @module privacy/pii/address — postal addresses of many countries: house number before the street
 * (US/CA/UK/IE/AU/NZ/IN, France/Belgium) or after it (DE/AT/CH, NL, ES, IT, PT/BR, PL, Nordics, MX),
 * street-type words in those languages, units, postcodes per country, multi-line addresses, and the
 * Japanese, Chinese and Korean forms. Patterns live in `address-patterns.ts`; values of address labels
 * and fields ("Lakcím: …", `"line1": "…"`), whatever their grammar, come from `address-fields.ts`.
 */
import { countryAnchoredAddresses, postcodeAnchoredAddresses, repliedAddresses } from './address-backward.js';
import { spokenAddresses } from './address-spoken.js';
import { courtRuleAt } from './legal-names.js';
import { isListedName } from './org-context.js';
import {
  BARE_ZIP_LINE,
  BLOCK_ADDRESS,
  CAPWORD,
  CITY_BEFORE_CODE,
  CODE_LINES,
  CITY_FOUR_DIGITS,
  CJK_STREET,
  CYR_ADDRESS,
  EN_SUFFIX,
  FR_NAME_FIRST,
  FR_TYPE,
  GLUED_SUFFIX,
  GR_ADDRESS,
  GRID_ADDRESS,
  HOUSE,
  IN_BUILDING,
  JP_ADDRESS,
  JP_ROMAJI,
  NAME_WORD,
  NUMBERED_PLOT,
  ORDINAL_ROAD,
  PARTICLE,
  PO_BOX,
  POSTCODE_BEFORE_CITY,
  SEPARATE_SUFFIX,
  STATE_CODE,
  STREET_UNIT,
  TAIL_PIECES,
  TR_ADDRESS,
  TYPE_FIRST,
  UK_IE_CA_CODE,
  UNIT_PREFIX,
} from './address-patterns.js';
import { columnAddresses, findAddressFields, findAddressLines, x12Addresses } from './address-fields.js';
import { DATE_RE } from './date-patterns.js';
import { hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';
import { WORLD_CITIES } from './world-cities.js';

/**
 * A set of lower-case words looked up straight from the text, without slicing or lower-casing it
 * (this runs for most numbers of every text, where allocations showed in the bench).
 */
class WordTable {
  /** Words by length × 128 + ASCII first letter, with their values alongside; other first letters in `other`. */
  private readonly buckets: Array<string[] | undefined> = [];
  private readonly bucketValues: number[][] = [];
  private readonly other = new Map<string, number>();
  /** The word lengths present per last character, for {@link WordTable.endsIn}. */
  private readonly lengthsByLast = new Map<number, number[]>();

  /** `entries` are lower-case words; each maps to 1 unless given as a [word, value] pair. */
  constructor(entries: Iterable<string | readonly [string, number]>) {
    for (const e of entries) {
      const [w, v] = typeof e === 'string' ? [e, 1] : e;
      // Only ASCII capitals are lower-cased on lookup: list "Şoseaua" beside "şoseaua".
      if (w.charCodeAt(0) > 127 && w[0] !== w[0]?.toUpperCase()) this.add(w[0]?.toUpperCase() + w.slice(1), v);
      this.add(w, v);
    }
  }

  private add(w: string, v: number): void {
    const c0 = w.charCodeAt(0);
    if (c0 < 128 && w.length < MAX_TABLE_WORD) {
      const key = w.length * 128 + c0;
      const list = this.buckets[key];
      if (list) {
        list.push(w);
        this.bucketValues[key]?.push(v);
      } else {
        this.buckets[key] = [w];
        this.bucketValues[key] = [v];
      }
    } else {
      this.other.set(w, v);
    }
    const lengths = this.lengthsByLast.get(w.charCodeAt(w.length - 1));
    if (!lengths) this.lengthsByLast.set(w.charCodeAt(w.length - 1), [w.length]);
    else if (!lengths.includes(w.length)) lengths.push(w.length);
  }

  /** The value of text[from, to) (ASCII capitals lower-cased) when it is one of the words, else 0. */
  get(text: string, from: number, to: number): number {
    const n = to - from;
    let c0 = text.charCodeAt(from);
    if (c0 >= 65 && c0 <= 90) c0 += 32;
    if (c0 >= 128 || n >= MAX_TABLE_WORD) return this.other.size === 0 ? 0 : (this.other.get(text.slice(from, to)) ?? 0);
    const key = n * 128 + c0;
    const list = this.buckets[key];
    if (list === undefined) return 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as string;
      let k = 1;
      while (k < n) {
        const c = text.charCodeAt(from + k);
        if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
        k++;
      }
      if (k === n) return this.bucketValues[key]?.[i] ?? 0;
    }
    return 0;
  }

  /** True when text[from, to) (ASCII capitals lower-cased) is one of the words. */
  has(text: string, from: number, to: number): boolean {
    return this.get(text, from, to) !== 0;
  }

  /** True when text[from, to) ends in one of the words ("kerkstraat", "allee"). */
  endsIn(text: string, from: number, to: number): boolean {
    let last = text.charCodeAt(to - 1);
    if (last >= 65 && last <= 90) last += 32;
    const lengths = this.lengthsByLast.get(last);
    if (lengths === undefined) return false;
    for (const n of lengths) {
      if (to - n >= from && this.has(text, to - n, to)) return true;
    }
    return false;
  }
}

/** Longest word a {@link WordTable} keeps in its fast buckets (longer ones go to its map). */
const MAX_TABLE_WORD = 24;

/**
 * A Spanish or Portuguese floor and door after the house number (", 4º A", " 2º izq.", ", 3.º Dto",
 * ", 1ª"), a German floor (", 2. OG") or a Danish floor and side (", 2. th.", " st. tv.", ", 3. sal"):
 * the number is a house number, and a postcode line may follow.
 */
const FLOOR_DOOR =
  '(?:,?[ \\t]+\\d{1,2}[ \\t]?\\.?[º°ª](?:[ \\t]?(?:[A-Z](?![\\wÀ-ÿ])|[Ii]zq(?:da|uierda)?\\.?|[Dd]cha\\.?|[Dd]er(?:echa)?\\.?|[Dd]to\\.?|[Ee]sq\\.?|\\d{1,2}[ºª]?))?|,?[ \\t]+\\d{1,2}\\.[ \\t]?(?:OG|Stock|Etage)|,?[ \\t]+(?:\\d{1,2}\\.|st\\.)(?:[ \\t]?(?:th|tv|mf)\\.?|[ \\t]sal)(?![\\wæøå])|[ \\t]+m\\.[ \\t]*\\d{1,4}|[ \\t]+(?:hs|huis))';
/** A flat or box between the house number and the postcode line ("Meir 12 bus 3", "Storgatan 3 lgh 1102"). */
const UNIT_AFTER_HOUSE = `(?:[ \\t]+(?:bus|bte|boîte|lgh|whg\\.?|app\\.?|apt\\.?|#)[ \\t]*[0-9A-Za-z]{1,5}|${FLOOR_DOOR})?`;
/**
 * Between a house number and its postcode line: a comma, a line break, or (after a Czech/Slovak
 * "1582/39" number) a space before a "123 45" postcode.
 */
const CODE_LINE_SEP = '(?:,[ \\t]*|[ \\t]*\\n[ \\t]*|(?<=\\d/\\d{1,4}[A-Za-z]?)[ \\t]+(?=\\d{3}[ \\t]\\d{2}[ \\t]))';
/** Compass point after an English street ("Pennsylvania Ave NW"). */
const COMPASS = '(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?';
/** Between the lines of an address: a comma or a line break. */
const LINE_SEP = '(?:,[ \\t]*|[ \\t]*\\n[ \\t]*)';
/**
 * A numbered street written without an ordinal suffix, right before its street type: Canadian and US
 * grid streets ("10310 102 Ave NW", "1183 104 St NW"). Only as the last name word right after the house
 * number and a space, so "12 34 Main St" does not chain numbers and "Flat 3, 9 Broadway" keeps 9 as the house.
 */
const BARE_NUMBERED_NAME = `(?<=\\d[ \\t])\\d{1,3}(?=[ \\t]+${EN_SUFFIX}\\b)`;
/** Words of a street name after a house number, English order. */
const EN_NAME = `(?:(?:${CAPWORD}|\\d{1,3}(?:st|nd|rd|th)|${BARE_NUMBERED_NAME})[ \\t]+){1,4}`;
/** Name words between a leading street type and the house number ("Calle de Alcalá", "ul. Piotrkowska"). */
const TYPED_NAME = `(?:${NAME_WORD}[ \\t]+){0,4}${CAPWORD}`;
/**
 * Street types that also take a number for a name, the house number after it (MX, Central and South
 * America, BR, ID): "Calle 60 No. 2443", "Calle 8 #120", "Rua 12, 345", "Jl. 5 No. 7".
 */
const NUMBERED_TYPE = '(?:Calle|C/|Avenida|Avda\\.?|Av\\.|Rua|R\\.|Travessa|Privada|Cerrada|Jl\\.|Jalan)';
/** A numbered street and its house number: after "No."/"#", or alone before a comma or line end. */
const NUMBERED_STREET = `${NUMBERED_TYPE}[ \\t]+\\d{1,3}[A-Za-z]?(?:,?[ \\t]+(?:[Nn][º°oO]\\.?|#)[ \\t]*${HOUSE}|,?[ \\t]+${HOUSE}(?=[ \\t]*(?:,|\\n|$)))(?![\\d.,]\\d)`;

/**
 * Street cores, each an alternative of one regex: where the address starts and the part that shows
 * it is a street. A postcode/city tail is appended afterwards by {@link extendTail}.
 */
const NUMBER_FIRST_SOURCES: readonly string[] = [
  // 221B Baker Street / 1600 Pennsylvania Ave NW; a number two spaces before the name is a column of its
  // own in a table aligned with spaces ("13  Wattle Grove Swim Club": an age, then a club).
  `${HOUSE}(?:,[ \\t]*|[ \\t](?![ \\t]))${EN_NAME}${EN_SUFFIX}\\b\\.?${COMPASS}`,
  // 12 rue des Tanneurs / 3 bis avenue Jean Jaurès / 5, place de la République
  `${HOUSE},?[ \\t]+${FR_TYPE}[ \\t]+(?:${PARTICLE}[ \\t]+|d['’]|l['’])*${CAPWORD}(?:[ -](?:${PARTICLE}[ \\t]+|d['’]|l['’])*${CAPWORD}(?!\\d)){0,4}`,
  JP_ROMAJI,
  ORDINAL_ROAD,
  // 191 Kingsway, Leeds, LS6 2RS / 18 The Green⏎Clifton⏎Bristol⏎BS8 1AB: a street with no type word,
  // known by the post-town line with a UK, Irish, Canadian, US or Australian code after it.
  `${HOUSE},?[ \\t]+(?:${CAPWORD}[ \\t]+){0,2}${CAPWORD}(?=${LINE_SEP}(?:${CITY_BEFORE_CODE}${LINE_SEP})?${CITY_BEFORE_CODE}(?:,?[ \\t]+|${LINE_SEP})(?:${UK_IE_CA_CODE}|${STATE_CODE})(?![\\w-]))`,
];
const WORD_FIRST_SOURCES: readonly string[] = [
  // Unit 12, 34 Ocean Parade / Flat 3, 221B Baker Street
  `${UNIT_PREFIX}${HOUSE},?[ \\t]+${EN_NAME}${EN_SUFFIX}\\b\\.?${COMPASS}`,
  // Calle de Alcalá 12 / Via Roma 5 / Rua Augusta, 1234 / ul. Długa 5/7 / Am Kupfergraben 6
  // Jl. Diponegoro No. 42 / Calle 60 No. 2443 / Calle 60 2443, Centro
  // Str. Lipscani nr. 95 (Romanian, German "Nr." too)
  // Polígono Industrial Las Salinas, nave 43 (a Spanish industrial estate, its unit's number)
  `${TYPE_FIRST}[ \\t]+${TYPED_NAME},?[ \\t]+(?:(?:[Nn][º°oO]|[Nn]r)\\.?[ \\t]*|[Nn]ave[ \\t]+)?${HOUSE}(?![\\d.,]\\d)|${NUMBERED_STREET}`,
  // Lindenstraße 5 / Kerkstraat 12-H / Storgatan 3 / Hauptstr. 7 / Lange Nieuwstraat 4
  `(?:${CAPWORD}[ \\t]+){0,2}[A-ZÀ-ÞÆØÅ][a-zß-öø-ÿ]+(?![a-zß-öø-ÿ])\\.?(?<=${GLUED_SUFFIX})[ \\t]+${HOUSE}(?![\\d.,]\\d)`,
  // Rosenheimer Str. 3 / Karl Johans gate 1 / Lange Laan 8
  `(?:${CAPWORD}[ \\t]+){1,3}${SEPARATE_SUFFIX}[ \\t]+${HOUSE}(?![\\d.,]\\d)`,
  // A street of any name when a postcode and city follow, after a comma or on the next line, maybe
  // after a unit: "Prinsengracht 263, 1016 GV Amsterdam", "Meir 12 bus 3, 2000 Antwerpen", "Spalenberg 7⏎4051 Basel"
  `(?:${CAPWORD}[ \\t]+(?:${PARTICLE}[ \\t]+)?){0,3}${CAPWORD}[ \\t]+${HOUSE}(?=${UNIT_AFTER_HOUSE}${CODE_LINE_SEP}${POSTCODE_BEFORE_CITY}[ \\t]+${CAPWORD})`,
  IN_BUILDING,
  // Rue Royale 53, 1000 Bruxelles (Belgian and Swiss French order)
  FR_NAME_FIRST,
];

/**
 * Street cores that begin at their house number, tried (sticky) at number tokens only. Kept as separate
 * regexes: V8 runs one small regex per alternative ~5× faster than their union.
 */
const [EN_Y, FR_Y, JP_Y, ORDINAL_Y, PLAIN_Y] = NUMBER_FIRST_SOURCES.map((src) => new RegExp(src, 'y')) as [RegExp, RegExp, RegExp, RegExp, RegExp];
/** Street cores that begin with words before the number, tried (sticky) at the few word starts before it. */
const [UNIT_LED_Y, TYPE_LED_Y, GLUED_Y, SEPARATE_Y, ANY_NAME_Y, BUILDING_Y, FR_LED_Y] = WORD_FIRST_SOURCES.map(
  (src) => new RegExp(`(?<![\\w./-])(?:${src})`, 'y'),
) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];

/** The {@link MARKED_FORMS}, one bit each: which a marker word calls for. */
const PO = 1;
const PLOT = 2;
const UNIT = 4;
const BLOCK = 8;
const TURKISH = 16;
const CYRILLIC = 32;
const GREEK = 64;
const GRID = 128;

/**
 * Address forms known by a marker word of their own, found by one global regex each over the whole
 * text. A form runs only when {@link scan} saw one of its marker words (or "#", or a Greek or Cyrillic
 * word) right before a number ({@link markerBefore}), so most texts run none.
 */
const MARKED_FORMS: ReadonlyArray<{ readonly bit: number; readonly re: RegExp }> = [
  { bit: PO, re: new RegExp(PO_BOX, 'g') },
  { bit: PLOT, re: new RegExp(NUMBERED_PLOT, 'g') },
  { bit: UNIT, re: new RegExp(STREET_UNIT, 'g') },
  { bit: BLOCK, re: new RegExp(BLOCK_ADDRESS, 'g') },
  { bit: TURKISH, re: new RegExp(TR_ADDRESS, 'g') },
  { bit: CYRILLIC, re: new RegExp(CYR_ADDRESS, 'gi') },
  { bit: GREEK, re: new RegExp(GR_ADDRESS, 'gi') },
  { bit: GRID, re: new RegExp(GRID_ADDRESS, 'g') },
];
/** Words that mark the number after them as part of a {@link MARKED_FORMS} address, with the forms they call for. */
const MARKER_TABLE = new WordTable([
  ...'box bag pmb pob postfach apartado correos postal caixa casilla postale postbus postboks postilokero'.split(' ').map((w) => [w, PO] as const),
  ...'villa house building bldg plot door shop flat apartment apt'.split(' ').map((w) => [w, PLOT | UNIT] as const),
  ...'suite ste unit floor'.split(' ').map((w) => [w, UNIT] as const),
  ...'street st road rd sector phase'.split(' ').map((w) => [w, PLOT] as const),
  ...'blk block jalan jln lorong persiaran'.split(' ').map((w) => [w, BLOCK | PLOT] as const),
  ['no', PLOT | BLOCK | TURKISH | GRID],
  ['numara', TURKISH],
]);
/** Separators between a marker word and its number ("No: 5", "H.No. 8-2", "# 19-61", "Box 12"). */
function isMarkerSep(c: number): boolean {
  return c === 32 || c === 9 || c === 46 || c === 58 || c === 35 || c === 0xa0;
}

/**
 * The {@link MARKED_FORMS} bits called for by a marker word (or "#", or a Greek or Cyrillic word) right
 * before the number at `p`, or 0: a few character checks and one table lookup per number.
 */
function markerBefore(text: string, p: number): number {
  let i = p - 1;
  let hash = false;
  while (i >= 0 && p - i <= 3 && isMarkerSep(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 35) hash = true;
    i--;
  }
  if (hash) return GRID | BLOCK;
  if (i === p - 1 || i < 0) return 0;
  const last = text.charCodeAt(i);
  // A Greek or Cyrillic word before a number: the Greek and Russian-style forms may apply.
  if (last >= 0x370 && last <= 0x3ff) return GREEK;
  if (last >= 0x400 && last <= 0x4ff) return CYRILLIC;
  if (last === 0xba) return TURKISH | GRID;
  let j = i;
  while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
  return MARKER_TABLE.get(text, j + 1, i + 1);
}


/** First words of the street types written before the name (lower-cased; see `TYPE_FIRST`). */
const TYPE_FIRST_WORDS = new Set(
  (
    'calle c/ cl. avenida avda avda. av. av paseo pº plaza pza. carrer camino carretera ctra. ronda travesía travesia ' +
    'glorieta rambla vía via callejón callejon calzada bulevar prolongación prolongacion privada cerrada circuito ' +
    'viale v.le piazza piazzale p.za p.zza corso c.so largo vicolo strada contrada borgo lungomare salita località ' +
    'localita rua r. travessa tv. praça praca estrada alameda rodovia ladeira calçada calcada praceta ul. ulica al. ' +
    'aleja aleje os. osiedle pl. plac bulevardul calea str. şoseaua șoseaua soseaua nám. nam. náměstí namesti tř. ' +
    'tr. třída trida am an auf im in zum zur unter hinter vor odos leoforos leof. plateia platia rúa praza avinguda ' +
    'passeig pg. plaça placa travessera jl. jln. jalan polígono poligono blvd. vul. prosp. prov. bulv.'
  ).split(' '),
);
/** German positional words of `TYPE_FIRST` ("Am", "Im"): also plain prepositions before a date. */
const POSITIONAL_TYPE_WORDS = new Set('am an auf im in zum zur unter hinter vor'.split(' '));
/** Unit words that may lead an English-order address ("Unit 12, 34 Ocean Parade"). */
const UNIT_LEAD_WORDS = new Set(['flat', 'apartment', 'apt', 'apt.', 'unit', 'suite', 'shop', 'level', 'lot']);
/** Words that lead an Indian building-first address ("Flat 101, Lotus Residency"). */
const BUILDING_LEAD_WORDS = new Set(['flat', 'house', 'h.', 'h.no.', 'h.no', 'plot', 'door', 'apt']);
/** Separate street-type words written after the name ("Rosenheimer Str. 3", "Karl Johans gate 1"). */
const SEPARATE_WORDS = new Set(
  'straße strasse str. weg allee gasse platz ring damm ufer chaussee gürtel straat laan plein kade gracht gate gata gatan vei veien vej gade väg vägen allé plass plads tie katu'.split(' '),
);
/** A word ending in a glued street type ("Lindenstraße", "Kerkstraat", "Storgatan", "Hauptstr."). */
const GLUED_END = new RegExp(`${GLUED_SUFFIX}$`);
/**
 * A year where a four-digit postcode would stand ("Version 2, 2024 Release"): no evidence of a street,
 * unless a known city follows it ("Korenmarkt 5, 2000 Antwerpen"); group 1 is the word after it.
 */
const YEAR_CODE_AFTER =
  /[A-Za-z]?(?:[-/][0-9A-Za-z]{1,5})?(?:[ \t]+(?:bus|bte|boîte|lgh|whg\.?|app\.?|apt\.?|#)[ \t]*[0-9A-Za-z]{1,5})?(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:19|20)\d\d(?!\d|[ \t]?[A-Z]{2}\b)(?:[ \t]+([^\s,.;:!?]+))?/y;

/** True when a year-like number follows the house number [.., q) where a postcode would, and no known city follows it. */
function yearCodeAfter(text: string, q: number): boolean {
  YEAR_CODE_AFTER.lastIndex = q;
  const m = YEAR_CODE_AFTER.exec(text);
  return m !== null && !WORLD_CITIES.has(m[1] ?? '');
}
/**
 * A German or Austrian place adjective leading a street name ("Landstraßer Hauptstraße", "Wiener
 * Gasse"): a capitalised word of five letters or more ending in "-er" that no name list has ("Müller").
 */
function placeAdjective(text: string, at: number): boolean {
  const word = text.slice(at, wordEnd(text, at));
  return PLACE_ADJECTIVE.test(word) && !isListedName(word);
}
const PLACE_ADJECTIVE = /^[A-ZÄÖÜ][a-zäöüß]{3,}er$/;
/** Words that begin multi-word street names ("Lange Voorhout", "Alte Gasse", "Old Kent Road", "Sint Jansstraat"). */
const STREET_PREFIX_WORDS = new Set(
  'lange korte oude nieuwe grote kleine hoge lage alte alter neue neuer große grosse kleine hohe obere untere old new upper lower great little north south east west sint sankt st. san santa saint gran grande nova novo nueva nuevo vieja viejo velha velho nuova vecchia'.split(' '),
);
/**
 * After a house number: a postcode follows, after a comma or on the next line, maybe after a unit
 * ("bus 3", "lgh 1102") — the any-name street form needs it.
 */
const COMMA_CODE_AFTER = new RegExp(
  `[A-Za-z]?(?:[-/][0-9A-Za-z]{1,5})?(?:[ \\t]+(?:bus|bte|boîte|lgh|whg\\.?|app\\.?|apt\\.?|#)[ \\t]*[0-9A-Za-z]{1,5}|${FLOOR_DOOR})?(?:,[ \\t]*|[ \\t]*\\r?\\n[ \\t]*)(?:[A-Z]{1,2}-)?\\d|\\/\\d{1,4}[A-Za-z]?[ \\t]+\\d{3}[ \\t]\\d{2}[ \\t]`,
  'y',
);

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
 * Indices into {@link TAIL_YS} (see `TAIL_PIECES`: unit, district, the code lines, numbered district, chain, then
 * City 1234).
 */
const UNIT_PIECE = 0;
const POSTCODE_CITY_PIECE = 2;
const BARE_ZIP_PIECE = POSTCODE_CITY_PIECE + CODE_LINES.indexOf(BARE_ZIP_LINE);
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
/** A postcode after a word in capitals that ends its line: "SPOKANE, WA 99286", "TOOWONG QLD 4066". */
const CAPS_POSTCODE_GATE = /[A-Z],?[ \t]+(?:\d{5}(?:-\d{4})?|\d{4})(?=[ \t]*(?:\r?\n|$))/g;
/** Most lines in capitals read back from such a postcode. */
const MAX_CAPITAL_LINES = 3;

/**
 * Where the lines in capitals ending at `at` start (the postcode's line and up to two before it, none
 * with a lower-case letter, one with a house number), or -1 when the postcode's line has lower case.
 */
function capitalLinesStart(text: string, at: number): number {
  let start = text.lastIndexOf('\n', at) + 1;
  if (/\p{Ll}/u.test(text.slice(start, at))) return -1;
  for (let n = 1; n < MAX_CAPITAL_LINES && start > 0; n++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(prev, start - 1);
    if (line.trim() === '' || /\p{Ll}/u.test(line)) break;
    start = prev;
  }
  return /\d/.test(text.slice(start, text.lastIndexOf('\n', at) + 1)) ? start : -1;
}

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

/** Short unit and box words before a number: capitalised, never read as a state code ("apt 2339"). */
const FOLD_UNIT_WORDS = new Set(['apt', 'ste', 'fl', 'rm', 'no', 'lot', 'box', 'bus', 'lgh', 'whg', 'app', 'bte', 'top', 'flr', 'bay']);

/**
 * A same-length copy of `text` where words are capitalised and short tokens next to numbers (state
 * codes, postcode letters) and tokens with digits are upper-cased, so the capitalised patterns also read
 * "12 rue des lilas, 75011 paris" and "1234 quarry ridge blvd, spokane, wa 99201".
 */
function caseFolded(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w: string, at: number) => {
    if (/^\d+(?:st|nd|rd|th|er|e)$/.test(w)) return w;
    if (/\d/.test(w)) return w.toUpperCase();
    if (w.length <= 3 && !FOLD_UNIT_WORDS.has(w.toLowerCase())) {
      const next = /^\s+([A-Za-z0-9]+)/.exec(text.slice(at + w.length, at + w.length + 12))?.[1] ?? '';
      const prev = /(?:^|\s)(\d+)\s+$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '';
      // "wa 99201", "ab T9J 9X9" (state before a code); "2514 ea" (Dutch postcode letters).
      if (/\d{4}|^[a-z]\d[a-z]$/i.test(next) || (prev.length === 4 && w.length === 2)) return w.toUpperCase();
    }
    const upper = (w[0] ?? '').toUpperCase();
    return upper.length === 1 ? upper + w.slice(1) : w;
  });
}

/** Every address form has a digit (house, block or postcode). */
const HAS_DIGIT = /\d/;
/** True for the postal mark 〒, Japanese kana, CJK ideographs and Hangul syllables. */
function isCjk(c: number): boolean {
  return c === 0x3012 || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}
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

/**
 * True when a date starts at the number `p` and runs past the core's end: in "la Plaza de España el 7
 * de julio de 2023" the "house number" is a day. A street named after a date keeps its house number
 * after the date ("Calle 5 de Mayo 12": the date ends inside the core).
 */
function dateFromHouse(text: string, p: number, coreEnd: number): boolean {
  return p + matchAt(DATE_AT, text, p) > coreEnd;
}
/** A calendar date starting exactly at a position (sticky: no search through the rest of the text). */
const DATE_AT = new RegExp(DATE_RE.source, 'iy');
/** How far around a number a date holding it is looked for ("23rd of September, 1990" is the longest). */
const DATE_AROUND = 28;

/** True when the number [p, q) is part of a calendar date ("… 23 November 1939", "11/12/1991"): no house number. */
function insideDate(text: string, p: number, q: number): boolean {
  const from = Math.max(0, p - DATE_AROUND);
  const slice = text.slice(from, q + DATE_AROUND);
  DATE_ANY.lastIndex = 0;
  for (let d = DATE_ANY.exec(slice); d; d = DATE_ANY.exec(slice)) {
    // Only a date with a full year or a month word: "5-12-18 Umeda" is a Japanese block, lot and house number.
    if (from + d.index <= p && from + d.index + d[0].length >= q && /(?:19|20)\d\d|\p{L}/u.test(d[0])) return true;
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

/**
 * A district or town line after a street with no postcode (Nigeria, Kenya, the Gulf and others where
 * postcodes are rarely written): capitalised words after a comma or on the next line, group 1.
 */
const PLACE_LINE_Y = /(?:,[ \t]*|[ \t]*\n[ \t]*)(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|[IVX]{1,4}|\d{1,2})){0,3})(?=[ \t]*(?:[,;.\n"')<|·•—–]|$))/uy;
/** The last word of a region line ("Enugu State", "Western Province"). */
const REGION_WORD = /[ \t](?:State|Province|Region|County|District|Governorate|Prefecture|Territory)$/;
/** Most district and town lines taken after a street ("Victoria Island, Lagos", "Wuse II⏎Abuja"). */
const MAX_PLACE_LINES = 3;

/**
 * End of the district and town lines after a street that had no postcode line: up to the last line
 * that names a known city or a region ("…, Ikoyi, Lagos", "…, Enugu, Enugu State"), else `end`.
 */
function placeTailEnd(text: string, end: number): number {
  let best = end;
  let cur = end;
  for (let k = 0; k < MAX_PLACE_LINES; k++) {
    PLACE_LINE_Y.lastIndex = cur;
    const m = PLACE_LINE_Y.exec(text);
    if (!m) break;
    cur += m[0].length;
    const name = m[1] ?? '';
    if (WORLD_CITIES.has(name) || REGION_WORD.test(name)) best = cur;
  }
  return best;
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

/**
 * Adds [start, end) when it is longer than every find it overlaps, which it then replaces: a labelled
 * value holds the whole address where the patterns may have read only its street.
 */
function addLonger(found: Array<{ start: number; end: number }>, start: number, end: number): void {
  let k = 0;
  for (const f of found) if (start < f.end && f.start < end && f.end - f.start >= end - start) return;
  for (const f of found) if (!(start < f.end && f.start < end)) found[k++] = f;
  found.length = k;
  found.push({ start, end });
}

/** A digit and an en or em dash (a score), or a digit and a colon (a clock), right before a number. */
const SCORE_OR_CLOCK_BEFORE = /\d ?[–—] ?$|\d:$/;

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

/** Opening quotes and brackets: " ' ( [ « “ ‘ „. */
const OPENERS = new Set([34, 39, 40, 91, 0xab, 0x201c, 0x2018, 0x201e]);

/**
 * Field punctuation glued to the first street word in structured text: a value starts after it
 * (vCard `ADR;TYPE=home:;;Hauptstraße 5`, iCalendar `LOCATION:…`, `"address":"…"`, `<street>…`,
 * `a|b` tables, `key=value`). Apostrophes and dots stay: they belong to words ("d'Or", "St.").
 */
function isFieldPunct(c: number): boolean {
  return c < 128 ? FIELD_PUNCT_ASCII[c] === 1 : c === 0xab || c === 0x201c || c === 0x201e;
}
/** The ASCII field punctuation of {@link isFieldPunct}: " ( : ; = > [ { |. */
const FIELD_PUNCT_ASCII = new Uint8Array(128);
for (const c of '"(:;=>[{|') FIELD_PUNCT_ASCII[c.charCodeAt(0)] = 1;

/**
 * Start of the word that ends at `i` and begins after `from` (its gap): after any field punctuation
 * inside it and any opening quote or bracket. Sets {@link fieldCut} when field punctuation was cut off.
 */
function valueWordStart(text: string, from: number, i: number): number {
  let w = from;
  fieldCut = false;
  for (let k = i; k > from; k--) {
    if (isFieldPunct(text.charCodeAt(k - 1))) {
      w = k;
      fieldCut = true;
      break;
    }
  }
  while (w < i && OPENERS.has(text.charCodeAt(w))) w++;
  return w;
}
/** Whether the last {@link valueWordStart} cut field punctuation off the word. */
let fieldCut = false;

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
    // An opening quote or bracket is not part of the word ("address": "Calle …", (Via …)), nor is a
    // field key glued to it (ADR;TYPE=home:;;Hauptstraße 5): the street starts after it.
    WORD_STARTS[n++] = valueWordStart(text, j + 1, i);
    if (fieldCut) break;
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

/** After a space: the first letter of a unit word of {@link COMMA_CODE_AFTER} ("bus", "lgh", "whg", "app", "apt", "bte") or "#" or a line break. */
function unitOrBreakNext(text: string, q: number): boolean {
  if (text.charCodeAt(q) !== 32) return false;
  const c = text.charCodeAt(q + 1) | 0x20;
  return c === 98 || c === 108 || c === 119 || c === 97 || c === 35 || c === 42 || c === 10 || c === 13 || c === 32;
}

/** Lower-case words that may stand right before a house number: separate street types (Nordic). */
const LOWER_BEFORE_HOUSE = new Set(['gate', 'gata', 'gatan', 'vei', 'veien', 'vej', 'gade', 'väg', 'vägen', 'allé', 'plass', 'plads', 'tie', 'katu', 'no', 'nave']);

/** True when the word ending at `i` can end a street name right before a house number. */
function canPrecedeHouse(text: string, i: number): boolean {
  const last = text.charCodeAt(i);
  // "ul.", "Str.", "nº", "n°"
  if (last === 46 || last === 0xba || last === 0xb0) return true;
  // "Calle 60 2443": a numbered street.
  if (isDigit(last)) return numberLedBy(text, i) === LED_STREET;
  let j = i;
  while (j > 0 && !isGap(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 10) j--;
  if (isUpper(text.charCodeAt(j))) return true;
  j = valueWordStart(text, j, i);
  if (isUpper(text.charCodeAt(j))) return true;
  // "Toison d'Or 12", "Chemin de l'Église 3": an elided particle glued to a capitalised word.
  const apostrophe = text.charCodeAt(j + 1);
  if ((apostrophe === 39 || apostrophe === 0x2019) && isUpper(text.charCodeAt(j + 2))) return true;
  return LOWER_BEFORE_HOUSE.has(text.slice(j, i + 1));
}

/** French (and Irish) street types between the number and the name ("12 rue des Lilas", "96 Bóthar na Trá"). */
const FR_TYPE_WORDS = new Set(
  'rue avenue av. boulevard bd impasse allée allee place chemin quai route rte cours square passage voie faubourg chaussée sentier promenade esplanade rond-point parvis cité résidence hameau montée traverse venelle lotissement bis ter quater bóthar bothar sráid sraid ascaill céide ceide'.split(' '),
);

/**
 * Length of a number-first core at the number [p, q), trying only the forms whose next character fits:
 * "-12" (Japanese blocks, ranges), a glued letter ("221B", "5th", "12bis"), or after a space a capital,
 * a digit ("1234 5th Ave") or a French street type. "12 items" costs no regex at all.
 */
function numberFirstAt(text: string, p: number, q: number): number {
  const c0 = text.charCodeAt(q);
  if ((c0 === 45 || c0 === 47) && isDigit(text.charCodeAt(q + 1))) {
    // "1685-2987 rue Saint-Denis": a Canadian unit and civic number before a French street type.
    return Math.max(matchAt(EN_Y, text, p), c0 === 45 ? Math.max(matchAt(JP_Y, text, p), matchAt(FR_Y, text, p)) : 0);
  }
  if (isLetter(c0)) return Math.max(matchAt(EN_Y, text, p), matchAt(ORDINAL_Y, text, p), matchAt(FR_Y, text, p));
  let i = q;
  if (text.charCodeAt(i) === 44) i++;
  while (isGap(text.charCodeAt(i))) i++;
  if (i === q) return 0;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return matchAt(EN_Y, text, p);
  if (!isLetter(c)) return 0;
  const fr = FR_TYPE_TABLE.has(text, i, wordEnd(text, i));
  if (isUpper(c)) {
    const len = fr ? Math.max(matchAt(EN_Y, text, p), matchAt(FR_Y, text, p)) : matchAt(EN_Y, text, p);
    return len > 0 || !plainStreetGate(text, i) || idWordBefore(text, p - 1) ? len : matchAt(PLAIN_Y, text, p);
  }
  return fr ? matchAt(FR_Y, text, p) : 0;
}

/** Most characters of a street name with no type word ("Kingsway", "The Green", "Rundle Mall"). */
const PLAIN_NAME_REACH = 40;
/** How far after that name the post-town line's code may end. */
const PLAIN_CODE_REACH = 64;

/**
 * A cheap test before {@link PLAIN_Y}: from the name at `from`, letters and spaces run to a comma or a
 * line break within {@link PLAIN_NAME_REACH}, and a digit (of the postcode) follows within
 * {@link PLAIN_CODE_REACH}. "2024 Report on Sales and…" costs a few character reads, no regex.
 */
function plainStreetGate(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + PLAIN_NAME_REACH);
  let k = from;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 10 || c === 13) break;
    if (!isLetter(c) && c !== 32 && c !== 39 && c !== 0x2019 && c !== 45 && c !== 46) return false;
  }
  if (k >= limit) return false;
  const end = Math.min(text.length, k + PLAIN_CODE_REACH);
  for (let d = k + 1; d < end; d++) if (isDigit(text.charCodeAt(d))) return true;
  return false;
}

/**
 * True when the number [p, q) may be a house number: not a group of a longer number ("0612 345"),
 * not a decimal, time or date part, not glued to a word or currency.
 */
function standsAlone(text: string, p: number, q: number): boolean {
  const before = text.charCodeAt(p - 1);
  if (before === 46 || before === 47 || before === 45 || before === 43 || before === 36 || isLetter(before)) return false;
  if (before === 32 && isDigit(text.charCodeAt(p - 2)) && numberLedBy(text, p - 2) === 0) return false;
  const after = text.charCodeAt(q);
  if ((after === 46 || after === 58) && isDigit(text.charCodeAt(q + 1))) return false;
  if (after !== 32 || !isDigit(text.charCodeAt(q + 1))) return true;
  // "1234 5th Ave": a numbered street after the house number is not a digit group.
  let r = q + 1;
  while (isDigit(text.charCodeAt(r))) r++;
  return ORDINAL_SUFFIX.test(text.slice(r, r + 3)) || floorOrCodeAfter(text, q + 1, r) || matchAt(NUMBERED_STREET_AFTER, text, r) > 0;
}

/** After the digits of a second number: a street type, so that number is a grid street ("1183 104 St NW"). */
const NUMBERED_STREET_AFTER = new RegExp(`[ \\t]+${EN_SUFFIX}\\b`, 'y');

/**
 * True when the digits [a, r) after a house number are a floor ("12 3º A", Spanish) or a postcode with
 * a place after it ("214 5611 qh", "23 411 24 göteborg", "27 6900 lugano"), not a group of a longer
 * number: a few character checks, no slice (this runs for every group of every phone and card number).
 */
function floorOrCodeAfter(text: string, a: number, r: number): boolean {
  const n = r - a;
  const c = text.charCodeAt(r);
  if (n <= 2) return c === 0xba || c === 0xb0 || c === 0xaa || (c === 32 && (text.charCodeAt(r + 1) === 0xba || text.charCodeAt(r + 1) === 0xaa));
  if (c !== 32) return false;
  if (n === 4 || n === 5) return isLetter(text.charCodeAt(r + 1));
  return n === 3 && isDigit(text.charCodeAt(r + 1)) && isDigit(text.charCodeAt(r + 2)) && text.charCodeAt(r + 3) === 32 && isLetter(text.charCodeAt(r + 4));
}

/** What a short number may follow when the number after it is the house number ({@link numberLedBy}). */
const LED_UNIT = 1;
const LED_STREET = 2;
/** Unit words whose number comes before the house number ("flat 18 201 st mary's road"). */
const UNIT_NUMBER_WORDS = new WordTable([...'flat apt apt. apartment unit suite ste room rm #'.split(' ').map((w) => [w, LED_UNIT] as const)]);
/** Street types named by a number ("Calle 60 2443"), lower-cased; see `NUMBERED_TYPE`. */
const NUMBERED_TYPE_WORDS = new WordTable(
  'calle c/ avenida avda avda. av. rua r. travessa privada cerrada jl. jalan'.split(' ').map((w) => [w, LED_STREET] as const),
);

/**
 * For the short number (1–3 digits, maybe a letter) ending at `i`: {@link LED_UNIT} when a unit word
 * stands before it ("flat 18", "Apt 4B"), {@link LED_STREET} when a numbered street type does ("Calle
 * 60"), else 0. The number after it is then a house number, not a group of a longer number.
 */
function numberLedBy(text: string, i: number): number {
  let j = i;
  if (isLetter(text.charCodeAt(j))) j--;
  const digitsEnd = j;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  const digits = digitsEnd - j;
  if (digits < 1 || digits > 3 || text.charCodeAt(j) !== 32) return 0;
  const e = j;
  let s = e;
  while (s > 0 && !isGap(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 10) s--;
  if (s === e) return 0;
  return UNIT_NUMBER_WORDS.get(text, s, e) || NUMBERED_TYPE_WORDS.get(text, s, e);
}

/** An English ordinal suffix right after digits ("5th", "42nd"), not followed by more letters. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![a-z])/;

/** End of the word starting at `from` (the next gap or line break). */
function wordEnd(text: string, from: number): number {
  let to = from;
  while (to < text.length && !isGap(text.charCodeAt(to)) && text.charCodeAt(to) !== 10) to++;
  return to;
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
/**
 * True when the type word [start, end) is "gate" after a word that is no Norwegian genitive ("Venue
 * gate 9", "Boarding gate 12"): Norwegian streets name their owner ("Karl Johans gate 1", "Prinsens gate 5").
 */
function englishGate(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || !text.startsWith('gate', start)) return false;
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return text[k] !== 's';
}

/** Start of the core found by the last {@link coreAround} call (avoids an object per number). */
let coreStart = 0;
/** Whether the last core found began with a street-type word ("Calle 5 de Mayo 12": not a date). */
let coreTypeLed = false;

function coreAround(text: string, p: number, q: number): number {
  coreTypeLed = false;
  let i = p - 1;
  while (i >= 0 && isGap(text.charCodeAt(i))) i--;
  if (i >= 0 && i < p - 1 && canPrecedeHouse(text, i)) {
    let j = i;
    while (j > 0 && !isGap(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 10) j--;
    const glued = i + 1 - j > 4 && GLUED_TABLE.endsIn(text, j, i + 1) && !ENGLISH_RING.test(text.slice(j, i + 1));
    const separate = SEPARATE_TABLE.has(text, j, i + 1) && !englishGate(text, j, i + 1);
    const c = text.charCodeAt(q);
    const anyName = (c === 44 || c === 10 || c === 13 || isLetter(c) || c === 45 || c === 47 || unitOrBreakNext(text, q)) && matchAt(COMMA_CODE_AFTER, text, q) > 0;
    const n = collectWordStarts(text, p);
    // Forms led by a type, unit or building word: the farthest such word starts the street.
    for (let k = n - 1; k >= 0; k--) {
      const s = WORD_STARTS[k] ?? p;
      const lead = LEAD_KIND_TABLE.get(text, s, wordEnd(text, s));
      if (lead === 0) continue;
      let len = 0;
      if (lead & LEAD_TYPE_FIRST) {
        len = matchAt(TYPE_LED_Y, text, s);
        coreTypeLed = len > 0 && (lead & LEAD_POSITIONAL) === 0;
      }
      if (len === 0 && lead & LEAD_FR && !yearCodeAfter(text, q)) len = matchAt(FR_LED_Y, text, s);
      if (len === 0 && lead & LEAD_UNIT) len = matchAt(UNIT_LED_Y, text, s);
      if (len === 0 && lead & LEAD_BUILDING) len = matchAt(BUILDING_Y, text, s);
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
        if (len === 0 && anyName && !yearCodeAfter(text, q)) len = matchAt(ANY_NAME_Y, text, s);
        if (s + len <= p) continue;
        // Take in a leading "Lange", "Alte", "Old"… that belongs to the street name.
        const before = WORD_STARTS[k + 1];
        if (k + 1 < n && before !== undefined && (STREET_PREFIX_TABLE.has(text, before, wordEnd(text, before)) || placeAdjective(text, before))) {
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
const LOWER_CODE_AFTER = /(?:-\d{3,4})?(?:[ \t]?[a-z]{2})?(?:[ \t]+[a-zß-ÿ]|[ \t]*(?:$|[.,;!?\n]))/y;
/** A state or province code right before a lower-case ZIP ("…, wa 99201", "… nsw 2000"). */
function lowerStateBefore(text: string, p: number): boolean {
  const gap = text.charCodeAt(p - 1);
  if (gap !== 32 && gap !== 9) return false;
  let i = p - 2;
  while (i >= p - 4 && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i--;
  const c = text.charCodeAt(i);
  return p - 2 - i >= 2 && (c === 32 || c === 44);
}

/** Words naming an identifier: a number after them is that id, never a postcode ("ticket 177621"). */
const ID_WORDS = new WordTable(
  'ticket order invoice case ref reference account acct id number no customer booking reservation tracking confirmation transaction policy claim member membership pin otp version build issue pr commit'.split(' '),
);

/** True when the word ending right before `at` (a gate match starts with its last letter) names an id. */
function idWordBefore(text: string, at: number): boolean {
  let s = at - 1;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return ID_WORDS.has(text, s, at);
}

/** True when the token [p, q) may be the postcode of an address typed in lower case. */
function lowerPostcodeAt(text: string, p: number, q: number): boolean {
  const n = q - p;
  const next = text.charCodeAt(q);
  const shaped = n === 5 || n === 6 || n === 4 || ((n === 2 || n === 3) && next === 45);
  if (!shaped) return false;
  const prev = text.charCodeAt(p - 2);
  // "…, 75011 paris": a comma before; "…, wa 99201": a state code before.
  if (prev !== 44 && !(prev >= 97 && prev <= 122)) return false;
  return matchAt(LOWER_CODE_AFTER, text, q) > 0 && (prev === 44 || n === 6 || next === 45 || lowerStateBefore(text, p));
}

/**
 * One pass over the number tokens: each that may be a house number is tried against the street cores
 * around it (no core regex runs over the whole text), and matches are collected with their tails.
 * Returns whether a lower-case word stands before a postcode-shaped token (the folded pass's gate).
 */
function scan({ text, found, folded = false }: ScanInput): boolean {
  let covered = 0;
  let lowerCode = false;
  LOWER_STREETS.length = 0;
  markers = 0;
  if (!folded) cjkNear = false;
  NUMBER_TOKEN.lastIndex = 0;
  for (let t = NUMBER_TOKEN.exec(text); t; t = NUMBER_TOKEN.exec(text)) {
    const p = t.index;
    const q = p + t[0].length;
    if (!folded && !cjkNear) {
      const b = text.charCodeAt(p - 1);
      cjkNear = isCjk(b) || isCjk(text.charCodeAt(q)) || ((b === 32 || b === 0x3000) && isCjk(text.charCodeAt(p - 2)));
    }
    if (!standsAlone(text, p, q)) {
      // "Postfach 10 12 34" groups its box number: its first group still follows a marker word.
      if (!folded && text.charCodeAt(p - 1) === 32 && isLetter(text.charCodeAt(p - 2))) markers |= markerBefore(text, p);
      continue;
    }
    if (!folded) markers |= markerBefore(text, p);
    if (!lowerCode && q - p >= 2 && lowerPostcodeAt(text, p, q)) lowerCode = true;
    if (p < covered || q - p > MAX_HOUSE_DIGITS) continue;
    // A lower-case street is only kept with a postcode after it: no digit after the number, no need to look.
    if (!folded && lowerContext(text, p, q) && digitFrom(text, q + 3) && lowerStreetAt(text, p, q)) LOWER_STREETS.push(p);
    const len = coreAround(text, p, q);
    const start = coreStart;
    if (len === 0) continue;
    // "Adebayo R. Akinola  SSN 220…": a one-letter abbreviation ("R." for Rua) right after a capitalised
    // word is the middle initial of a name.
    if (start < p && MIDDLE_INITIAL.test(text.slice(start, start + 3)) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, start - NAME_WORD_REACH), start))) continue;
    // "Hearing in Dept. 19, Washington Square Park": the number is a department's, not a house's.
    if (start === p && NUMBERED_PLACE_BEFORE.test(text.slice(Math.max(0, p - NUMBERED_PLACE_REACH), p))) continue;
    // "Baraka Njoroge, 23 November 1939, Ngong Road, …", "…, 11/12/1991, Moi Avenue": the "house number" is part of a date.
    if (start === p && insideDate(text, p, q)) continue;
    // "Mileage 64392 km.": a number before a unit of measure is a quantity, never a house number.
    if (start === p && MEASURE_AFTER.test(text.slice(q, q + MEASURE_REACH))) continue;
    const coreEnd = start + len;
    if (coreTypeLed ? dateFromHouse(text, p, coreEnd) : coreEndsInDate(text, start, coreEnd)) continue;
    const codeTailEnd = extendTail(text, coreEnd);
    const tailEnd = codeTailEnd === coreEnd ? placeTailEnd(text, coreEnd) : codeTailEnd;
    let end = trimEnd(text, start, tailEnd);
    let from = start;
    if (start === p) {
      // "Unit 12B, Lakeside Commons": the number is a flat in a named building, and no street, town
      // or postcode says where; "Flat 16, 18 Kingsway": the flat belongs to the address.
      const unitLen = unitBefore(text, p);
      if (unitLen === -1 && tailEnd === coreEnd) continue;
      if (unitLen > 0) from = p - unitLen;
      // "Plot 129, Aminu Kano Crescent": the plot or house number is the house number.
      if (unitLen === -2) from = houseWordStart(text, p);
    }
    // The postcode must follow the house number: "7600 IS" (a folded "7600 is") is no Dutch postcode.
    if (folded && !STRONG_POSTCODE.test(text.slice(q, end + 1))) {
      // A weaker postcode (four digits, "123 45", a UK/Irish/Canadian code) counts after a typed street.
      const codeEnd =
        typedCore(text, start, coreEnd) || SLASH_HOUSE_CODE.test(text.slice(q, q + 16).toLowerCase()) ? postcodeEnd(text, coreEnd, end) : -1;
      if (codeEnd < 0) continue;
      end = codeEnd;
    }
    addSpan(found, folded ? skipLeadWords(text, from, end) : from, end);
    covered = end;
  }
  return lowerCode;
}

/**
 * English words that end in the glued type "ring" of German streets ("Opernring 2") but are no streets:
 * the season ("Spring 2023"), "String 4", and the -ing forms ("Hearing 3", "Offering 12", "During 2020").
 */
const ENGLISH_RING = /^(?:(?:off)?spring|string|bring|during|\p{L}*[aeiouy]ring)\.?$/iu;
/**
 * Words that number a place inside a building or a text, not a house ("Dept. 19", "Courtroom 4", "Gate
 * 12", "Platform 3", "Section 2"): a number right after them is not a house number.
 */
const NUMBERED_PLACE_BEFORE =
  /(?<![\p{L}])(?:dept|department|courtroom|division|div|section|chapter|gate|platform|ward|track|terminal|booth|page|exhibit|article|clause|paragraph|para|step|figure|fig|verse|season|episode|volume|vol|row|seat)\.?[ \t]*(?:no\.?|#)?[ \t]*$/iu;
const NUMBERED_PLACE_REACH = 24;
/** A single capital and a dot, then a space: a middle initial or a one-letter type ("R. Augusta"). */
const MIDDLE_INITIAL = /^\p{Lu}\.[ \t]/u;
/** A capitalised word and one space right before it: "Adebayo R." (a type follows a label, comma or "em"). */
const NAME_WORD_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+[ \t]$/u;
const NAME_WORD_REACH = 24;
/** A unit of distance, weight or area right after a number ("64392 km", "12 kg", "80 m²"). */
const MEASURE_AFTER = /^[ \t]?(?:km|kms|mi|miles|kg|lbs?|m²|sq\.? ?(?:ft|m)|mph|km\/h)(?![\p{L}\d])/iu;
const MEASURE_REACH = 10;

/** A flat, suite or unit and its number before a house number ("Flat 16, ", "Apt 4B "), as group 1. */
const UNIT_BACK =
  /(?:^|[^\p{L}\p{N}])((?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt\.?|APT\.?|[Uu]nit|UNIT|[Ss]uite|[Ss]te\.?|[Rr]oom|[Rr]m\.?|[Pp]lot|[Hh]ouse[ \t]+[Nn]o\.?|H\.[ \t]?No\.?|[Dd]oor[ \t]+[Nn]o\.?|[Vv]illa|[Ss]hop)[ \t]*(?:[Nn]o\.?[ \t]*)?[A-Za-z]?-?\d{1,4}[A-Za-z]?(?:,?[ \t]+|,?[ \t]*\n[ \t]*))$/u;
/** Words right before a number that make {@link unitBefore} look closer. */
const UNIT_GATE_WORDS = new WordTable('flat apartment apt unit suite ste room rm plot villa no'.split(' '));
/** How far before a house number {@link UNIT_BACK} looks. */
const UNIT_BACK_REACH = 24;

/**
 * Before the house number at `p`: the length of a unit with its number ("Flat 16, "), -1 when a unit
 * word stands right before `p` (then `p` is the unit's own number: "Unit 12B, Lakeside Commons"), else 0.
 */
function unitBefore(text: string, p: number): number {
  // A cheap gate: a digit (the flat's number) or a unit, plot or "No." word right before the number.
  let i = p - 1;
  while (i >= 0 && (isGap(text.charCodeAt(i)) || text.charCodeAt(i) === 10)) i--;
  if (i < 0) return 0;
  const last = text.charCodeAt(i);
  if (!isDigit(last) && !(isLetter(last) && isDigit(text.charCodeAt(i - 1)))) {
    let s = i;
    while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
    const e = last === 46 ? i : i + 1;
    if (!UNIT_GATE_WORDS.has(text, s, e)) return 0;
  }
  const before = text.slice(Math.max(0, p - UNIT_BACK_REACH), p);
  const m = UNIT_BACK.exec(before);
  if (m) return (m[1] ?? '').length;
  return /(?:^|[^\p{L}])(?:[Pp]lot|[Hh]ouse[ \t]+[Nn]o\.?|[Vv]illa|[Dd]oor[ \t]+[Nn]o\.?)[ \t]*$/u.test(before)
    ? -2
    : /(?:^|[^\p{L}])(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit|[Ss]uite|[Ss]te\.?|[Rr]oom|[Rr]m\.?|UNIT|FLAT|APT\.?)[ \t]*(?:[Nn]o\.?[ \t]*|#[ \t]*)?$/u.test(before) ? -1 : 0;
}

/** Start of the "Plot", "House No.", "Villa" or "Door No." word before the number at `p`. */
function houseWordStart(text: string, p: number): number {
  const before = text.slice(Math.max(0, p - UNIT_BACK_REACH), p);
  const m = /(?:[Pp]lot|[Hh]ouse[ \t]+[Nn]o\.?|[Vv]illa|[Dd]oor[ \t]+[Nn]o\.?)[ \t]*$/.exec(before);
  return m ? p - m[0].length : p;
}

/** Lower-case words written after a house number as the street type ("17 protea road", "12 rue …"). */
const LOWER_TYPE_AFTER = new Set(
  (EN_SUFFIX.slice(3, -1).toLowerCase().split('|').filter((w) => !w.includes('?')).join(' ') + ' meadow meadows').split(' '),
);
/** Lower-case words that never lead a street-name word run ("in 2024", "am 3."): German positional words. */
const NOT_LOWER_LEAD = new Set(['am', 'an', 'auf', 'im', 'in', 'zum', 'zur', 'unter', 'hinter', 'vor', 'r.', 'al.', 'pl.', 'os.', 'tr.']);

/** True for a lower-case Latin letter (ASCII or Latin-1). */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * True when the number [p, q) sits in a street written in lower case (voice transcripts, hurried
 * chat): a street type among the three words after it ("17 protea road …", "12 rue des lilas"), or a
 * glued or separate type right before it, or a type-first word among the four words before it
 * ("kerkstraat 12", "calle de alcalá 12", "avenue louise 155").
 */
function lowerStreetAt(text: string, p: number, q: number): boolean {
  if (text.charCodeAt(q) === 47 && SLASH_HOUSE_CODE.test(text.slice(q, q + 16))) return true;
  let i = q;
  for (let k = 0; k < 3 && text.charCodeAt(i) === 32 && isLowerLetter(text.charCodeAt(i + 1)); k++) {
    let e = i + 1;
    while (e < text.length && !isGap(text.charCodeAt(e)) && text.charCodeAt(e) !== 10) e++;
    // "room 12 on floor 3", "12 days": a street name never starts with a function word or a unit,
    // but British streets may start with "the" ("5 the crescent", "12 the green").
    if (k === 0 && NOT_STREET_WORDS.has(text, i + 1, e) && !(e - i === 4 && text.startsWith('the', i + 1))) break;
    if (LOWER_TYPE_AFTER_TABLE.has(text, i + 1, e) || (k === 0 && FR_TYPE_TABLE.has(text, i + 1, e))) return true;
    i = e;
  }
  let j = p - 1;
  for (let k = 0; k < 4 && text.charCodeAt(j) === 32; k++) {
    let s = j;
    while (s > 0 && !isGap(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 10) s--;
    if (s === j || !isLowerLetter(text.charCodeAt(s))) return false;
    // "to 12", "paid 314": the word right before a house number is a street name, never a function word.
    if (k === 0 && NOT_STREET_WORDS.has(text, s, j)) return false;
    if (LEAD_TYPE_TABLE.has(text, s, j)) return true;
    if (k === 0 && (SEPARATE_TABLE.has(text, s, j) || (j - s > 4 && GLUED_TABLE.endsIn(text, s, j)))) return true;
    j = s - 1;
  }
  return false;
}

const LOWER_TYPE_AFTER_TABLE = new WordTable(LOWER_TYPE_AFTER);
const FR_TYPE_TABLE = new WordTable(FR_TYPE_WORDS);
const SEPARATE_TABLE = new WordTable(SEPARATE_WORDS);
/** What a word may lead (bits of {@link LEAD_KIND_TABLE}). */
const LEAD_TYPE_FIRST = 1;
const LEAD_FR = 2;
const LEAD_UNIT = 4;
const LEAD_BUILDING = 8;
const LEAD_POSITIONAL = 16;
/** Every word that may lead a word-first street core, with the forms it may lead: one lookup per word. */
const LEAD_KIND_TABLE = new WordTable(
  [...new Set([...TYPE_FIRST_WORDS, ...FR_TYPE_WORDS, ...UNIT_LEAD_WORDS, ...BUILDING_LEAD_WORDS])].map(
    (w) =>
      [
        w,
        (TYPE_FIRST_WORDS.has(w) ? LEAD_TYPE_FIRST : 0) |
          (FR_TYPE_WORDS.has(w) ? LEAD_FR : 0) |
          (UNIT_LEAD_WORDS.has(w) ? LEAD_UNIT : 0) |
          (BUILDING_LEAD_WORDS.has(w) ? LEAD_BUILDING : 0) |
          (POSITIONAL_TYPE_WORDS.has(w) ? LEAD_POSITIONAL : 0),
      ] as const,
  ),
);
const STREET_PREFIX_TABLE = new WordTable(STREET_PREFIX_WORDS);
/** Street types written before the name (type-first and French), less the German positional words. */
const LEAD_TYPE_TABLE = new WordTable([...TYPE_FIRST_WORDS, ...FR_TYPE_WORDS].filter((w) => !NOT_LOWER_LEAD.has(w)));
/** The glued street types of `GLUED_SUFFIX` ("straat", "gasse", "gatan"…). */
const GLUED_TABLE = new WordTable(GLUED_SUFFIX.slice(3, -1).split('|').map((w) => w.replace('\\.', '.')));

/** Function words, verbs of paying and units: never the street-name word next to a house number. */
const NOT_STREET_WORDS = new WordTable(
  (
    'to at on in of for and or the a an is was are be been by from with my your our his her their its it this that as ' +
    'per than then so but if when paid pay ordered bought got have has had am were will would can could should about ' +
    'around over under into onto after before since until each only just also not no x times days day hours hour ' +
    'minutes min weeks months years items pieces units percent euros dollars eur usd gbp kg km mg ml am pm'
  ).split(' '),
);

/** A Czech/Slovak "1582/39" house number before a "120 00" postcode and a place. */
const SLASH_HOUSE_CODE = /^\/\d{1,4}[a-z]? \d{3} \d{2} \p{Ll}/u;

/**
 * True when a lower-case word follows the number [p, q) ("17 protea"), or precedes it and the number
 * ends there or is a "12/3" house number ("kerkstraat 214", "masarykova 1372/39"); not date parts
 * ("on 28-04-2023", "on 14/07/2019").
 */
function lowerContext(text: string, p: number, q: number): boolean {
  const after = text.charCodeAt(q);
  if (after === 32 && isLowerLetter(text.charCodeAt(q + 1))) return true;
  if (text.charCodeAt(p - 1) !== 32 || !isLowerLetter(text.charCodeAt(p - 2))) return false;
  if (after === 47) {
    let r = q + 1;
    while (isDigit(text.charCodeAt(r))) r++;
    return r > q + 1 && text.charCodeAt(r) === 32;
  }
  return after !== 45 && after !== 46 && after !== 58;
}

/** A digit, searched from a position on (a native scan, cheaper than a loop over char codes). */
const ANY_DIGIT = /\d/g;

/** True when `text` has a digit at or after `from`. */
function digitFrom(text: string, from: number): boolean {
  ANY_DIGIT.lastIndex = from;
  return ANY_DIGIT.test(text);
}

/** Whether the last {@link scan} saw a number next to CJK script (the CJK forms may apply). */
let cjkNear = false;
/** The {@link MARKED_FORMS} bits the last {@link scan} saw marker words for (see {@link markerBefore}). */
let markers = 0;

/** Numbers found by {@link scan} that sit in a lower-case street (reused across calls). */
const LOWER_STREETS: number[] = [];
/** How far after a lower-case street's number the case-folded window reaches (name, unit, locality, postcode). */
const FOLD_AFTER_STREET = 120;

/** True when the core [start, coreEnd) of a case-folded find contains a street-type word. */
function typedCore(text: string, start: number, coreEnd: number): boolean {
  for (const w of text.slice(start, coreEnd).toLowerCase().split(/[\s,]+/)) {
    if (LOWER_TYPE_AFTER.has(w) || FR_TYPE_WORDS.has(w) || SEPARATE_WORDS.has(w)) return true;
    if (!NOT_LOWER_LEAD.has(w) && TYPE_FIRST_WORDS.has(w)) return true;
    if (w.length > 4 && GLUED_END.test(w)) return true;
  }
  return false;
}

/** Postcode shapes of many countries, in case-folded text (letters upper-cased). */
const ANY_CODE =
  '(?:\\d{4,6}(?:-\\d{3,4})?|\\d{3}[ \\t]\\d{2}|\\d{3}-\\d{4}|\\d{2}-\\d{3}|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[AC-FHKNPRTV-Y]\\d{2}[ \\t]?[AC-FHKNPRTV-Y\\d]{4})(?![\\w-]|[ .-]\\d)';
/** A postcode inside a tail. */
const CODE_IN_TAIL = new RegExp(`(?<![\\w-])${ANY_CODE}`);
/** Words that end a lower-case address: a postcode never follows them inside it ("… road and my number is 0472 …"). */
const STOP_WORDS = 'and|or|but|my|your|his|her|our|their|is|was|are|be|number|phone|tel|mobile|call|at|to|from|on|for|with|the|a|an|of|it|its|this|that|yes|no|please|then|so';
/** After a typed street: up to eight locality words, small numbers or dashes, then a postcode. */
const CODE_AHEAD = new RegExp(
  `^(?:[ \\t]+(?:(?!(?:${STOP_WORDS})(?![\\w'’]))[A-Za-zÀ-ÿ'’.]+|[-–]|\\d{1,3}[A-Za-z]?(?![\\w-]))){0,8}?[ \\t]+${ANY_CODE}`,
  'i',
);
/** How far after a street the postcode may be (eight locality words). */
const CODE_AHEAD_REACH = 96;

/** End of the postcode in the tail [coreEnd, end) or right after it, or -1 when there is none. */
function postcodeEnd(text: string, coreEnd: number, end: number): number {
  if (CODE_IN_TAIL.test(text.slice(coreEnd, end))) return end;
  const m = CODE_AHEAD.exec(text.slice(end, end + CODE_AHEAD_REACH));
  return m ? end + m[0].length : -1;
}

/** Collects the {@link MARKED_FORMS} whose bit is in `bits`, with their tails. */
function scanMarked(text: string, found: Array<{ start: number; end: number }>, bits: number): void {
  for (const { bit, re } of MARKED_FORMS) {
    if ((bit & bits) === 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      addSpan(found, m.index, trimEnd(text, m.index, extendTail(text, m.index + m[0].length)));
    }
  }
}

/**
 * A vCard address property (RFC 6350 §6.3.1): `ADR;TYPE=home:;;Street;Locality;Region;Code;Country`,
 * maybe grouped (`item1.ADR`); group 1 is the value. Its seven components are separated by ";".
 */
const VCARD_ADR = /(?:^|\n)(?:[\w-]+\.)?ADR(?:;[^:\n]*)?:([^\n]*)/g;

/** Collects vCard ADR values that hold a digit (house number, box or postcode), without the empty components. */
function scanVcard(text: string, found: Array<{ start: number; end: number }>): void {
  VCARD_ADR.lastIndex = 0;
  for (let m = VCARD_ADR.exec(text); m; m = VCARD_ADR.exec(text)) {
    const value = m[1] ?? '';
    let s = m.index + m[0].length - value.length;
    let e = m.index + m[0].length;
    while (s < e && (text[s] === ';' || text[s] === ' ')) s++;
    while (e > s && (text[e - 1] === ';' || text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
    if (e > s && HAS_DIGIT.test(text.slice(s, e))) addSpan(found, s, e);
  }
}

/** A Greek letter, upper case (accented included) and lower case. */
const GR_UP = 'Α-ΩΆΈΉΊΌΎΏ';
const GR_LO = 'α-ωάέήίόύώΐΰϊϋς';
const GR_WORD = `[${GR_UP}][${GR_LO}]+`;
/**
 * Greek and Arabic street addresses without a label. Greek: street, house number, the five-digit postcode
 * written "NNN NN" and the town ("Ερμού 58, 546 22 Θεσσαλονίκη"). Arabic: house number, a street word
 * (شارع street, طريق road, ميدان square, جادة avenue), the street and up to three comma-separated places,
 * then a five-digit postcode ("85 شارع التحرير، سموحة، الإسكندرية 21615"). The postcode is required in both.
 */
const GREEK_ARABIC_RE = new RegExp(
  `(?<![\\p{L}\\d])${GR_WORD}(?:[ \\t]${GR_WORD}){0,3}[ \\t]\\d{1,4}[${GR_UP}${GR_LO}]?,[ \\t]*(?:Τ\\.?[ \\t]?Κ\\.?[ \\t]*)?\\d{3}[ \\t]?\\d{2}[ \\t]+${GR_WORD}(?:[ \\t]${GR_WORD})?` +
    `|(?<![\\p{L}\\d])\\d{1,4}[ \\t]+(?:شارع|طريق|ميدان|جادة)[ \\t]+[^\\n،,.;:\\d]{2,40}?(?:[،,][ \\t]*[^\\n،,.;:\\d]{2,30}?){0,3}[ \\t]+\\d{5}(?!\\d)`,
  'gu',
);
/** Greek or Arabic letters in a text: the gate for {@link GREEK_ARABIC_RE}. */
const GREEK_OR_ARABIC = /[\u0370-\u03ff\u0600-\u06ff]/;

/** Collects Greek and Arabic street addresses ({@link GREEK_ARABIC_RE}). */
function scanGreekArabic(text: string, found: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(GREEK_ARABIC_RE)) addSpan(found, m.index, m.index + m[0].length);
}

/** Collects CJK addresses (postal mark, prefecture, road-name forms) with their tails. */
function scanCjk(text: string, found: Array<{ start: number; end: number }>): void {
  CJK_RE.lastIndex = 0;
  for (let m = CJK_RE.exec(text); m; m = CJK_RE.exec(text)) {
    const end = trimEnd(text, m.index, extendTail(text, m.index + m[0].length));
    addSpan(found, m.index, end);
  }
}

/** Scans a case-folded copy of text[from, to) and adds its finds. */
function scanFolded(text: string, found: Array<{ start: number; end: number }>, from: number, to: number, lower = false): void {
  const slice = text.slice(from, to);
  const window = caseFolded(lower ? slice.toLowerCase() : slice);
  const extra: Array<{ start: number; end: number }> = [];
  scan({ text: window, found: extra, folded: true });
  for (const f of extra) addSpan(found, f.start + from, f.end + from);
}

/**
 * Finds street addresses. "Dr" is both a street type and a title; the title reading is rejected by
 * requiring the street name before it, so "5 Dr. Smith" does not match while "12 Elm Dr" does.
 */
/** A GEDCOM file: its header or a level-0 record ("0 HEAD", "0 @I12@ INDI"). */
const GEDCOM_FILE = /(?:^|\n)[ \t]*0 (?:HEAD\b|@[^@\n]{1,20}@ [A-Z]{3,4}\b)/;
/** The level number and tag that open a line of a GEDCOM file ("2 PLAC"; "1 ADDR" is read by its value, not its tag). */
const GEDCOM_TAG = /^\d{1,2} (?!ADDR\b)[A-Z_]{3,5}\b/;
/** Fields of a CSV row: commas with no space after them, three or more on the line. */
const BARE_COMMA = /,(?=[^\s,])/g;
const MIN_CSV_COMMAS = 3;

/** True when the find spans a bare comma of a CSV row (a quoted address cell has its commas inside quotes). */
function csvFields(text: string, f: { start: number; end: number }): boolean {
  const inner = text.slice(f.start, f.end);
  if (!/,(?=[^\s,])/.test(inner)) return false;
  const ls = text.lastIndexOf('\n', f.start - 1) + 1;
  const le = text.indexOf('\n', f.end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  if ((line.match(BARE_COMMA) ?? []).length < MIN_CSV_COMMAS) return false;
  // Inside a quoted cell the commas are the address's own.
  return (text.slice(ls, f.start).split('"').length - 1) % 2 === 0;
}

/** The backslash of an escaped comma or semicolon in iCalendar/vCard values (RFC 5545 §3.3.11). */
const ESCAPED_COMMA = /\\([,;])/g;

/** A line holding only a phone number: digits with spaces, dashes, dots or brackets, maybe a "+" (nine digits or more). */
const PHONE_ONLY_LINE = /\n[ \t]*\+?[\d(][\d ()./-]{7,}\d[ \t]*$/;
/** Digits a {@link PHONE_ONLY_LINE} holds at least. */
const MIN_PHONE_LINE_DIGITS = 9;

/**
 * The address without a last line that holds only a phone number ("…⏎LS6 2AB⏎07700 900123"): a
 * recipient block goes on with its phone, which the address lines before it do not include.
 */
function withoutPhoneLine(text: string, f: { start: number; end: number }): { start: number; end: number } {
  const m = PHONE_ONLY_LINE.exec(text.slice(f.start, f.end));
  if (!m || (m[0].match(/\d/g) ?? []).length < MIN_PHONE_LINE_DIGITS) return f;
  let end = f.start + m.index;
  while (end > f.start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > f.start ? { start: f.start, end } : f;
}

export const addressDetector: PiiDetector = {
  type: 'ADDRESS',
  detect(original: string): PiiSpan[] {
    // The digit-run answer is usually cached already (the numeric detectors ran on this text first).
    if (!hasDigitRun(original) && !HAS_DIGIT.test(original)) return [];
    // iCalendar and vCard escape the commas of a value ("LOCATION:Lange Voorhout 94\\, 2514 EA Den Haag"):
    // read each as a comma and a space, two characters for two, so every offset stays the original's.
    const text = original.includes('\\,') ? original.replace(ESCAPED_COMMA, '$1 ') : original;
    const found: Array<{ start: number; end: number }> = [];
    const lowerCode = scan({ text, found });
    if (cjkNear) scanCjk(text, found);
    if (GREEK_OR_ARABIC.test(text)) scanGreekArabic(text, found);
    if (markers !== 0) scanMarked(text, found, markers);
    if (text.includes('ADR')) scanVcard(text, found);
    // Text typed without capitals: read a case-folded copy of the stretch before a postcode, and keep
    // only finds with a postcode.
    const streets = LOWER_STREETS.length > 0 ? [...LOWER_STREETS] : null;
    if (lowerCode) {
      LOWER_POSTCODE_GATE.lastIndex = 0;
      for (let gate = LOWER_POSTCODE_GATE.exec(text); gate; gate = LOWER_POSTCODE_GATE.exec(text)) {
        const code = gate.index + gate[0].length - 1;
        // Skip a code the capitalised pass already covered, and ids ("ticket 177621?", "order no 12345").
        if (found.some((f) => f.start <= code && code < f.end) || idWordBefore(text, gate.index + 1)) continue;
        scanFolded(text, found, Math.max(0, gate.index - FOLD_BEFORE), gate.index + gate[0].length + FOLD_AFTER);
      }
    }
    // Addresses typed in capitals on lines of their own ("4408 CEDAR HOLLOW RD #7⏎SPOKANE, WA 99286",
    // "7/272 KOALA RD⏎TOOWONG QLD 4066"): the capital lines before the postcode, read in lower case.
    CAPS_POSTCODE_GATE.lastIndex = 0;
    for (let gate = CAPS_POSTCODE_GATE.exec(text); gate; gate = CAPS_POSTCODE_GATE.exec(text)) {
      const code = gate.index + gate[0].length - 1;
      if (found.some((f) => f.start <= code && code < f.end)) continue;
      const from = capitalLinesStart(text, gate.index);
      if (from >= 0) scanFolded(text, found, from, gate.index + gate[0].length, true);
    }
    // Streets written in lower case with no postcode shape the gate knows ("17 protea road … 0083").
    for (const p of streets ?? []) {
      if (found.some((f) => f.start <= p && p < f.end)) continue;
      scanFolded(text, found, Math.max(0, p - FOLD_BEFORE), p + FOLD_AFTER_STREET);
    }
    // Values of address labels and fields ("Lakcím: …", `"line1": "…"`): whole, whatever their grammar.
    for (const f of findAddressFields(text)) addLonger(found, f.start, f.end);
    if (text.includes('|') || text.includes(';') || text.includes('\t')) for (const f of columnAddresses(text)) addLonger(found, f.start, f.end);
    if (text.includes('N3*')) for (const f of x12Addresses(text)) addLonger(found, f.start, f.end);
    // Streets no grammar knows, read back from their postcode to the house number, addresses said in
    // reply to a question for one (address-backward.ts) and addresses said aloud in words
    // (address-spoken.ts): only where nothing else found one (the grammars and labels know better
    // where an address starts).
    for (const f of [...postcodeAnchoredAddresses(text), ...repliedAddresses(text), ...spokenAddresses(text)]) {
      if (!found.some((g) => f.start < g.end && g.start < f.end)) found.push(f);
    }
    // A country closing an address ends it: a grammar's find inside it is part of the same address
    // ("Apartment 412, Marina Heights, Al Sufouh, Dubai, United Arab Emirates").
    for (const f of countryAnchoredAddresses(text)) {
      const overlapping = found.filter((g) => f.start < g.end && g.start < f.end);
      if (overlapping.length === 0) found.push(f);
      else if (overlapping.every((g) => f.start <= g.start && g.end <= f.end)) addLonger(found, f.start, f.end);
    }
    // Whole address lines with no label (recipient blocks, signatures, chat turns).
    // They only add what nothing else found: the grammars and labels end an address more precisely.
    // A line block that starts where a grammar's find starts and goes on past it holds the rest of the
    // same address ("Str. Florilor nr. 9, bl. C2, sc. 1, ap. 14⏎410072 Oradea"): it replaces the find.
    for (const f of findAddressLines(text)) {
      const overlapping = found.filter((g) => f.start < g.end && g.start < f.end);
      if (overlapping.length === 0) found.push(f);
      else if (overlapping.every((g) => g.start === f.start && g.end < f.end)) addLonger(found, f.start, f.end);
    }
    // A match score before the number ("Harriers 4–3 Cromwell Park") or a clock ("13:09:06Z  Mailing
    // Street"): the number is no house's.
    // A GEDCOM line's level and tag ("2 PLAC St. Louis") and the bare-comma fields of a CSV row ("P123,Joy,
    // Kettering") are no house number and street, nor is a court rule's citation ("Fed. R. Civ. P. 26",
    // whose "R." reads as "Rua").
    const gedcom = GEDCOM_FILE.test(text);
    const kept = found.filter(
      (f) =>
        !SCORE_OR_CLOCK_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start)) &&
        !(gedcom && GEDCOM_TAG.test(text.slice(f.start, f.start + 12))) &&
        !csvFields(text, f) &&
        !courtRuleAt(text, f.start),
    );
    if (kept.length === 0) return [];
    return kept
      .map((f) => withoutPhoneLine(text, f))
      .sort((a, b) => a.start - b.start)
      .map((f) => spanAt('ADDRESS', original, f.start, f.end));
  },
};
