/**
 * @module privacy/pii/address-backward — addresses read from their postcode back to the house number,
 * for streets no grammar knows: Irish townland names ("54 Ard na Gréine, Ballincollig, Co. Cork, P31
 * B0J6"), romanised Korean and Japanese addresses ("331 Haeundaehaebyeon-ro, Haeundae-gu, Busan 63205",
 * "3-17-6 Minami 3-jo, Chuo-ku, Sapporo 060-0161"), Indian building lines ("Flat 101, Prestige Palms,
 * Koregaon Park, Pune 411001") and streets typed in lower case ("99 kingsway, manchester, m6 5wy").
 *
 * The street grammars (address.ts) start from a street type; these addresses have none. What they do
 * have is a postcode line at the end and, a few comma- or line-separated parts before it, a part that
 * opens with a house or flat number. Both ends are required, and the parts between must be short and
 * free of sentence punctuation, so prose with a number and a postcode in it does not match.
 *
 * A call transcript gives the parts without commas, in lower case ("48 the maltings drumcondra dublin 9
 * d09 b4j7"): there the question the reply answers ("can i have the supply address") is the evidence,
 * and the address runs from the reply's first house number to its postcode ({@link repliedAddresses}).
 */
import { turnAt } from './dialogue-turn.js';

/**
 * A place name before a postcode: words of letters with hyphens and apostrophes; only a short word may
 * end in a dot ("Co. Cork"), so that a sentence end ("…, 20121 Milano. Scrivetele a …") closes the place.
 */
const PLACE = "\\p{L}(?:[\\p{L}\\p{M}'’-]*|\\p{L}{0,2}\\.)(?:[ \\t]+(?:\\p{L}{1,3}\\.|\\p{L}[\\p{L}\\p{M}'’-]*)){0,3}";
/** Small words inside place and street names ("Frankfurt am Main", "Via delle Rose", "Oude Vismarkt"). */
const PARTICLES = 'am|an|im|de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|van|von|der|den|het|zu|upon|on|sur|na|ni';
/**
 * A capitalised place name of up to four words, particles between ("Frankfurt am Main", "Koregaon
 * Park"); only a short later word may end in a dot ("Co. Clare"), so "…, 50667 Köln. Herr Dr. …" ends at "Köln".
 */
const NAME = `\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+(?:(?:${PARTICLES})[ \\t]+)?(?:\\p{Lu}\\p{L}{0,2}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)){0,3}`;
/** A capitalised street name, whose words may be abbreviated ("Bergstr.", "Av. Paulista"). */
const STREET_NAME = `\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?:[ \\t]+(?:(?:${PARTICLES})[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?){0,3}`;
/** UK postcode, Irish Eircode, Canadian code, in any case ("M6 5WY", "m6 5wy", "P31 B0J6", "K1A 0B1"). */
const UK_IE_CA =
  '(?:[A-Za-z]{1,2}\\d[A-Za-z\\d]?[ \\t]?\\d[A-Za-z]{2}|[AC-FHKNPRTV-Yac-fhknprtv-y](?:\\d{2}|6[Ww])[ \\t]?[A-Za-z\\d]{4}|[A-Za-z]\\d[A-Za-z][ \\t]?\\d[A-Za-z]\\d)';
/** Numeric postcodes written after the city: five (KR, TH, SA "17747-5632"…), six (IN, CN) or seven digits (IL), Japan's "060-0161". */
const CODE_AFTER_CITY = '(?:\\d{5}(?:-\\d{4})?|\\d{6,7}|\\d{3}-\\d{4})';
/** Postcodes written before the city: "3512 KX Utrecht", "75008 Paris", "113 47 Stockholm", "1010 Wien" (never a year). */
const CODE_BEFORE_CITY = '(?:\\d{4}[ \\t]?[A-Z]{2}|(?!(?:1[89]|20)\\d\\d(?!\\d))\\d{4,5}|\\d{3}[ \\t]\\d{2})';

/**
 * The last part of an address: a postcode alone (a UK, Irish or Canadian code, or six digits: an
 * Indian PIN after the state, "…, Haryana, 122006"), or a place and its postcode in either order. The part
 * starts after a comma or a line break (group 1 is its text) and ends the address (a Korean or Japanese
 * particle may follow it unspaced: "… Busan 48844입니다", "… 810-1125です"). Only the letters of
 * a UK, Irish or Canadian code are distinctive enough for a place in lower case ("manchester m6 5wy");
 * a numeric code needs a capitalised city.
 */
const LAST_PART = new RegExp(
  `((?:${PLACE}[ \\t]+)?${UK_IE_CA}|${NAME}[ \\t]+${CODE_AFTER_CITY}|${CODE_BEFORE_CITY}[ \\t]+${NAME}|\\d{6})(?![\\p{Script=Latin}\\d-])`,
  'uy',
);
/** A comma glued to the next cell: the digits before it are a CSV cell. */
const CSV_CELL_AFTER = /^,\S/;
/** How far after a separator a last part's digits are looked for before the part regex is tried. */
const LAST_PART_DIGIT_REACH = 48;
/** Char codes of a space and a tab. */
const SPACE = 32;
const TAB = 9;
/** A digit. */
const DIGIT_AHEAD = /\d/;

/** Cheap pre-check for {@link LAST_PART}: a digit and two letters, a letter and two digits, or three digits. */
const LAST_PART_HINT = /\d[a-z]{2}\b|[a-z]\d\d|\d{3}/i;

/** The {@link FIRST_PART} regex with `word` as the words after the number. */
function firstPart(word: string, flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}.,:/-])((?:(?:[Ff]lat|FLAT|[Aa]pt\\.?|APT\\.?|[Aa]partment|APARTMENT|[Uu]nit|UNIT|[Ss]uite|SUITE|[Hh]ouse|HOUSE|[Vv]illa|VILLA|[Oo]ffice|OFFICE|H\\.?[ \\t]?No\\.?|[Pp]lot(?:[ \\t]No\\.?)?|[Dd]oor[ \\t]No\\.?|[Nn]o\\.?)[ \\t]*)?(?:[A-Z]-)?\\d{1,5}[a-z]?(?:[-/]\\d{1,4}){0,3}(?:\\/[A-Za-z])?(?:[ \\t]+${word}(?:[ \\t]+\\d{1,3}-?\\p{L}{0,4})?){0,5})$`,
    flags,
  );
}

/**
 * The part that opens an address, at the end of the text before the middle parts: a house number
 * ("54", "3-17-6", "12A", "221/4") with up to five words after it, or a flat, unit or house number alone
 * ("Flat 101"). Group 1 is the whole part.
 */
const FIRST_PART = firstPart("[\\p{L}][\\p{L}\\p{M}'’.-]*", 'iu');
/**
 * The same for a capitalised address: every word after the number has a capital, particles and
 * romanised road suffixes aside ("54 Ard na Gréine", "125 World Cup buk-ro").
 */
const FIRST_PART_CASED = firstPart(`(?:(?:${PARTICLES})[ \\t]+)?(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Ll}+-\\p{Ll}+)`, 'u');
/** A street line with its number last, as Dutch, German or Spanish addresses write it ("Oude Vismarkt 168 hs"). */
const NUMBER_LAST_PART = new RegExp(`(?<![\\p{L}\\p{N}])(${STREET_NAME}[ \\t]+(?!(?:1[89]|20)\\d\\d(?!\\d))\\d{1,4}[a-z]?(?:[ \\t]?(?:hs|bis|ter|[a-z])|-[A-Za-z0-9]{1,3})?)$`, 'u');
/** A date where a house number would be ("11/19/1973 We moved to …"): Japanese blocks never have a four-digit part. */
const DATE_FIRST = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)/;
/** A flat, unit or house word opening a first part. */
const UNIT_WORD = /^(?:flat|apt|apartment|unit|suite|house|villa|office|h\.?[ \t]?no|plot|door[ \t]no|no)\b/i;
/**
 * A locality part with its own number right after a bare house number, as Indian addresses write it
 * ("231, Sector 15, Gurugram", "6, Block 4, …"): only then does a bare number open an address.
 */
const NUMBERED_LOCALITY = /^\p{Lu}\p{L}+[ \t]\d{1,3}[A-Z]?$/u;
/** A bare house number, with a letter-dash block prefix or a letter suffix ("231", "B-60", "12A"). */
const BARE_HOUSE = /^(?:[A-Z]-)?\d{1,4}[A-Za-z]?$/;
/**
 * A street line with its number last that leads with a street type of Spanish, Portuguese, Italian or
 * French ("Blvd. Díaz Ordaz 88, Col. Santa María, 64650 Monterrey"): it may stand one part before the
 * last one; other number-last lines only right before it.
 */
const STREET_TYPE_LEAD = /^(?:Blvd|Boulevard|Av|Avda|Avenida|Calle|Calz|Calzada|Carrera|Cra|Rua|Via|Viale|Rue|Paseo|Camino|Carretera|Prol)\b\.?/;
/** The first word after the house number of a first part. */
const HOUSE_WORD = /\d[a-z]?(?:[-/]\d{1,4})*[ \t]+([\p{L}]+)/iu;
/**
 * A middle part: a district, town, county or building ("Ballincollig", "Co. Cork", "Dublin 6", "Salt Lake
 * Sector V", "Chuo-ku", "Al Khail Heights B2").
 */
const MIDDLE_PART = /^\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{L}[\p{L}\p{M}'’.-]*|\d{1,3}(?:-?[\p{L}]{1,4})?|[A-Z]{1,2}\d{1,3})){0,4}$/u;
/** A flat or unit line before the street line ("flat 6⏎157 kingsway"). */
const UNIT_BEFORE = /(?<![\p{L}\d])(?:flat|apt\.?|apartment|unit|suite)[ \t]*\d{1,5}[a-z]?$/iu;
/** A postcode alone as a part: four to six digits (PIN, ZIP, and others). */
const CODE_PART = /^\d{4,6}$/;
/** Most middle parts between the house number and the postcode. */
const MAX_MIDDLE = 3;
/** Longest part read. */
const MAX_PART = 48;
/** How a part is separated from the next: a comma or a line break. */
const SEPARATOR = /(?:,[ \t]*|[ \t]*\n[ \t]*)$/;

/** A street type ending a last part: "9100 King Fahd Rd" is a house number and street, not "postcode city". */
const STREET_END = /[ \t](?:Rd|Road|St|Street|Ave|Avenue|Ln|Lane|Dr|Drive|Blvd|Boulevard|Way|Ct|Court|Pl|Place|Terrace|Close|Crescent|Hwy|Highway)\.?$/;
/** Words that make the number after them an identifier ("Order 12345", "Port 27017", "Ticket 4521"). */
const ID_WORDS = 'ticket|order|case|invoice|ref|reference|account|acct|room|flight|page|version|build|item|sku|po|no|nr|number|id|pin|code|port';
/** An identifier word right before a house number: "Ticket 4521 Escalated, London SW1A 1AA" is no address. */
const ID_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ID_WORDS}|#)\\.?[ \\t]*#?$`, 'iu');
/** How far before a house number {@link ID_BEFORE} is looked for. */
const ID_REACH = 16;
/** An identifier word before the number of a last part: a code, not a postcode ("Order 12345"). */
const ID_BEFORE_NUMBER = new RegExp(`(?:^|[ \\t])(?:${ID_WORDS}|pid|tel|phone|fax)\\.?[ \\t]+\\d`, 'i');
/** Words after a number that make it a quantity or time, not a house ("3 items", "5 days"). */
const QUANTITY_WORDS = /^\d+[ \t]+(?:x|times?|items?|days?|weeks?|months?|years?|hours?|mins?|minutes?|people|kids|pcs|units)\b/i;

/**
 * A street line without a house number, as British and Irish addresses write it after a house name
 * ("The Old Forge, Back Lane, Bristol, BS4 6LY"): capitalised words ending in a street type.
 */
const NAMELESS_STREET =
  /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+(?:Lane|Road|Street|Close|Drive|Way|Avenue|Crescent|Terrace|Row|Hill|Green|Place|Gardens|Walk|Mews|Court|Square|Grove|Rise|View|Park|Yard)$/u;
/**
 * The house name that opens such an address, at its line start, after a label's colon or a dash, or
 * after "for", "at", "from", "to", "of" or "is" ("deposit deduction for The Old Forge", "their place is
 * Ivy House"): up to three
 * capitalised words, maybe after "The". Group 1 is the name.
 */
const HOUSE_NAME = /(?:^[ \t]*|[:—–-][ \t]*|\b(?:for|at|from|to|of|is)[ \t]+)((?:The[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*$/u;
/** A UK postcode or an Irish Eircode closing a last part: their countries name houses instead of numbering them. */
const UK_IE_CODE_END = /(?:[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}|[AC-FHKNPRTV-Y](?:\d{2}|6W)[ \t]?[A-Z\d]{4})$/;

/** The start of the house name in the part that ends at `end`, or -1 ({@link HOUSE_NAME}). */
function houseNameStart(text: string, end: number): number {
  const head = beforeSeparator(text, end);
  if (head === undefined) return -1;
  const partEnd = end - (Math.min(end, MAX_PART + 4) - head.length);
  const lineStart = Math.max(text.lastIndexOf('\n', partEnd - 1), text.lastIndexOf(',', partEnd - 1)) + 1;
  const from = Math.max(lineStart, partEnd - MAX_PART);
  const m = HOUSE_NAME.exec(text.slice(from, partEnd));
  if (!m || (m.index === 0 && from !== lineStart)) return -1;
  return from + m.index + m[0].lastIndexOf(m[1] ?? '');
}

/** The text before `at` without the separator that ends it, or undefined when no separator does. */
function beforeSeparator(text: string, at: number): string | undefined {
  const head = text.slice(Math.max(0, at - MAX_PART - 4), at);
  const sep = SEPARATOR.exec(head);
  return sep ? head.slice(0, head.length - sep[0].length) : undefined;
}

/**
 * The start of the address whose last part begins at `partStart`, or -1. `cased` says the last part has
 * a capital: then so must the words after the house number ("call 8116-6728 or bring to Calle …" is prose).
 * The street line right before the last part may put its number last ("Oude Vismarkt 168 hs, 3512 KX
 * Utrecht", "Rothschild Blvd 192, Haifa 6732083").
 */
function firstPartStart(text: string, partStart: number, cased: boolean, houseNames = false): number {
  let end = partStart;
  // The part after the one being read (toward the end of the address).
  let nextPart = '';
  for (let middles = 0; middles <= MAX_MIDDLE; middles++) {
    const head = beforeSeparator(text, end);
    if (head === undefined) return -1;
    const partEnd = end - (Math.min(end, MAX_PART + 4) - head.length);
    const lineStart = Math.max(text.lastIndexOf('\n', partEnd - 1), text.lastIndexOf(',', partEnd - 1)) + 1;
    const from = Math.max(lineStart, partEnd - MAX_PART);
    const part = text.slice(from, partEnd);
    const lastLine = middles <= 1 ? NUMBER_LAST_PART.exec(part) : null;
    const numberLast = lastLine && (middles === 0 || STREET_TYPE_LEAD.test(lastLine[1] ?? '')) ? lastLine : null;
    const first = numberLast ?? (cased ? FIRST_PART_CASED : FIRST_PART).exec(part);
    const house = first?.[1] ?? '';
    const word = HOUSE_WORD.exec(house)?.[1] ?? '';
    // A number opens an address with a street name after it ("54 Ard na Gréine"), or as a flat or unit
    // number with a part after it ("Flat 101, Prestige Palms, …"), or bare before a numbered locality
    // ("231, Sector 15, …"); a bare number otherwise ("…, 1970⏎") never.
    const bare = middles > 0 && BARE_HOUSE.test(house) && (NUMBERED_LOCALITY.test(nextPart) || /^[A-Z]-/.test(house));
    const opens = (numberLast !== null || word !== '' || (middles > 0 && UNIT_WORD.test(house)) || bare) && !DATE_FIRST.test(house);
    const start = from + (first?.index ?? 0);
    if (first && opens && !QUANTITY_WORDS.test(house) && !ID_BEFORE.test(text.slice(Math.max(0, start - ID_REACH), start))) {
      const unit = UNIT_BEFORE.exec(beforeSeparator(text, start) ?? '');
      return unit ? start - (Math.min(start, MAX_PART + 4) - unit.index) : start;
    }
    const middle = part.trim();
    // A British or Irish house name before a street line without a number opens the address.
    if (houseNames && from === lineStart && NAMELESS_STREET.test(middle)) {
      const named = houseNameStart(text, from);
      if (named >= 0) return named;
    }
    // In a capitalised address every middle part opens with a capital ("wohnhaft in …" is prose); a
    // postcode on its own line may stand between the state and the country ("Haryana⏎122051⏎India").
    const code = CODE_PART.test(middle);
    if (from !== lineStart || !(MIDDLE_PART.test(middle) || code) || (cased && !code && !/^\p{Lu}/u.test(middle))) return -1;
    nextPart = middle;
    end = from;
  }
  return -1;
}

/**
 * Addresses found from their postcode back to a house or flat number (see the module comment), as
 * [start, end) pairs.
 * @example
 * postcodeAnchoredAddresses('at 54 Ard na Gréine, Ballincollig, Co. Cork, P31 B0J6.') // [{ start: 3, end: 54 }]
 */
export function postcodeAnchoredAddresses(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!LAST_PART_HINT.test(text)) return out;
  // A last part starts after a comma or a line break: the part regex is tried only there (sticky),
  // and only when a digit follows soon, instead of at every position of the text.
  let comma = text.indexOf(',');
  let nl = text.indexOf('\n');
  while (comma >= 0 || nl >= 0) {
    const sep = comma < 0 ? nl : nl < 0 ? comma : Math.min(comma, nl);
    if (sep === comma) comma = text.indexOf(',', sep + 1);
    else nl = text.indexOf('\n', sep + 1);
    let at = sep + 1;
    while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at++;
    if (!DIGIT_AHEAD.test(text.slice(at, at + LAST_PART_DIGIT_REACH))) continue;
    LAST_PART.lastIndex = at;
    const m = LAST_PART.exec(text);
    if (!m) continue;
    const last = m[0];
    if (ID_BEFORE_NUMBER.test(last) || STREET_END.test(last)) continue;
    // Digits alone opening a CSV row ("Exam 3⏎665824,2024-09-11T…"): an id after a cell, not a PIN.
    if (CSV_CELL_AFTER.test(text.slice(m.index + last.length, m.index + last.length + 2)) && /^\d+$/.test(last)) continue;
    const cased = /\p{Lu}/u.test(last);
    const start = firstPartStart(text, m.index, cased, cased && UK_IE_CODE_END.test(last));
    if (start >= 0) out.push({ start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Countries whose addresses are written without a postcode (the UAE, Qatar, Hong Kong, Panama, much of
 * Africa and the Caribbean), or with one on its own line before the country (India): their name closes
 * the address instead ("Apartment 957, Al Reem Residences, Al Jaddaf, Dubai, United Arab Emirates",
 * "6, Sector 20⏎Gurugram, Haryana⏎122051⏎India").
 */
const CODELESS_NAMES = [
  'United Arab Emirates', 'UAE', 'U.A.E.', 'Qatar', 'State of Qatar', 'Hong Kong', 'Hong Kong SAR', 'Macau', 'Macao', 'Panama', 'India',
  'Bahamas', 'Fiji', 'Ghana', 'Nigeria', 'Jamaica', 'Trinidad and Tobago', 'Bolivia', 'Yemen', 'Zimbabwe', 'Angola', 'Botswana',
  'Uganda', 'Rwanda', 'Malawi',
];
/** Cheap gate: a separator, then the first two letters of one of the names. */
const CODELESS_HINT = /[,\n][ \t]*(?:Un|UN|UA|U\.|Qa|QA|St|ST|Ho|HO|Ma|MA|Pa|PA|In|IN|Ba|BA|Fi|FI|Gh|GH|Ni|NI|Ja|JA|Tr|TR|Bo|BO|Ye|YE|Zi|ZI|An|AN|Ug|UG|Rw|RW)/;
/** The names as written and in capitals, longest first (case-sensitive: V8's case-insensitive Unicode regexes are slow). */
const CODELESS_COUNTRY = new RegExp(
  `(?:,[ \\t]*|[ \\t]*\\n[ \\t]*)(${[...new Set(CODELESS_NAMES.flatMap((n) => [n, n.toUpperCase()]))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.]/g, '\\.'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Addresses of countries without postcodes, read back from the country name to a flat or house number
 * over the same parts as {@link postcodeAnchoredAddresses}; the country is matched in any case
 * ("UNITED ARAB EMIRATES" in a payment message).
 */
export function countryAnchoredAddresses(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Every name starts with one of a few capitals: most texts name none of them after a separator.
  if (!CODELESS_HINT.test(text)) return out;
  CODELESS_COUNTRY.lastIndex = 0;
  for (let m = CODELESS_COUNTRY.exec(text); m; m = CODELESS_COUNTRY.exec(text)) {
    const name = m[1] ?? '';
    const at = m.index + m[0].length - name.length;
    const start = firstPartStart(text, at, /\p{Lu}/u.test(name));
    if (start >= 0) out.push({ start, end: at + name.length });
  }
  return out;
}

/** A question for an address, or a delivery asked about ("can i have the supply address", "votre adresse", "can it be delivered to"). */
const ADDRESS_ASKED =
  /\b(?:address|adresse|adres|direcci[oó]n|endere[cç]o|indirizzo|anschrift|postcode|post code|zip code|where (?:do you live|should (?:we|i) (?:send|ship|deliver)))\b/i;
/** The caller's own words before an address ("can it be delivered to …", "we live at …"). */
const ADDRESS_SAID = /\b(?:(?:deliver(?:ed)?|ship(?:ped)?|send(?: it)?|post(?:ed)?|mail(?:ed)?) to|(?:live|lives|living|moved|moving) (?:at|to))[ \t]+$/i;
/** {@link ADDRESS_SAID} anywhere: the cheap pre-check. */
const ADDRESS_SAID_ANYWHERE = new RegExp(ADDRESS_SAID.source.replace('[ \\t]+$', ''), 'i');
/** A postcode ending an address said in a reply: UK, Irish or Canadian, or a five-digit code (US ZIP and others). */
const SAID_POSTCODE = new RegExp(`(?<![\\p{L}\\d-])(?:${UK_IE_CA}|\\d{5}(?:-\\d{4})?)(?![\\p{L}\\d-])`, 'gu');
/** The house (or flat and house) number that opens an address said in a reply: "68 church road", "flat 1 149 weavers yard". */
const SAID_HOUSE = /(?<![\p{L}\p{N}.,/-])(?:(?:flat|apt|apartment|unit|suite)[ \t]*\d{1,5}[a-z]?[ \t,]+)?\d{1,5}[a-z]?(?=[ \t]+\p{L})/iu;
/** Longest address said in a reply. */
const MAX_SAID_ADDRESS = 96;
/** Four digits or more: no part of a said address between its house number and its postcode. */
const LONG_NUMBER = /\d{4}/;
/** Fewest words between the house number and the postcode (a street and a town). */
const MIN_SAID_WORDS = 2;

/**
 * Addresses said in reply to a question for one (or after "delivered to", "we live at"), in a
 * transcript: from the reply's first house number to
 * the postcode that ends it, whatever the case and punctuation ("uhm sure it's 68 church road ennis co.
 * clare v95 v6j5", "1998 harbor view dr number 18 columbus ohio 43208").
 */
export function repliedAddresses(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!ADDRESS_ASKED.test(text) && !ADDRESS_SAID_ANYWHERE.test(text)) return out;
  SAID_POSTCODE.lastIndex = 0;
  for (let m = SAID_POSTCODE.exec(text); m; m = SAID_POSTCODE.exec(text)) {
    const end = m.index + m[0].length;
    const turn = turnAt(text, m.index);
    if (!turn) continue;
    const from = Math.max(turn.contentStart, end - MAX_SAID_ADDRESS);
    const house = SAID_HOUSE.exec(text.slice(from, m.index));
    if (!house || !(ADDRESS_ASKED.test(turn.previous) || ADDRESS_SAID.test(text.slice(turn.contentStart, from + house.index)))) continue;
    const start = from + house.index;
    const between = text.slice(start + house[0].length, m.index);
    const words = between.match(/\p{L}+/gu) ?? [];
    // Only small numbers stand between ("dublin 9", "number 18"): a longer one is a card, phone or id.
    if (words.length >= MIN_SAID_WORDS && !LONG_NUMBER.test(between)) out.push({ start, end });
  }
  return out;
}
