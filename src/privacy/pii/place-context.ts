/**
 * @module privacy/pii/place-context — evidence that a span the person rules found is a place or part of
 * a postal address, not a person: a city that is also a given name in a place slot ("in Victoria",
 * "Charlotte airport", "from Adelaide to Lima", "9:00 Austin time"), a possessive brand ("Victoria's
 * Secret"), and street names ("avenue Jean Jaurès", "Rua Augusta, 12", "Rosenheimer Str. 5",
 * "Anna Nagar", "Lange Voorhout 4, 2551 XB"). General address grammar of many countries, written on
 * 2026-11-25 (ADR 0011, fourth round); no list here comes from an evaluation corpus.
 */
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from './name-lexicon.js';
import { placeNames } from './place-gazetteer.js';
import { isRoleLabel } from './role-words.js';
import { WORLD_CITIES } from './world-cities.js';

let nameLike: ReadonlySet<string> | undefined;

/**
 * Places whose name is also a listed given name or surname ("Victoria", "Charlotte", "Lincoln",
 * "Salvador"). The general place gazetteer leaves these out (the name lists decide them); here they
 * are places only in a place slot.
 */
export function nameLikePlaces(): ReadonlySet<string> {
  if (nameLike) return nameLike;
  const isName = (w: string): boolean =>
    FIRST_NAMES.has(w) || AMBIGUOUS_FIRST_NAMES.has(w) || SURNAMES.has(w) || WORLD_GIVEN_NAMES.has(w);
  nameLike = new Set([...WORLD_CITIES].filter(isName));
  return nameLike;
}

/** A place for the place-slot rules: any gazetteer place, or a place that is also a name. */
const isAnyPlace = (s: string): boolean => placeNames().has(s) || nameLikePlaces().has(s);

/**
 * Words right before a place: locative prepositions and travel verbs ("in", "near", "left", "flew
 * to", "relocating from", "born in"). "to" and "from" alone are left out: people are written to and heard from.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|near|via|into|around|outside|across|throughout|left|leaving|visiting|visited|(?:flew|fly|flying|flight|flights|moved|moving|relocated|relocating|travel(?:l?ing|l?ed)?|trip|train|drive|drove|walk|walking|min|mins|minutes|ship(?:ped|ping)?(?: it)?|route) to|(?:moved|moving|relocated|relocating|flew|flying|flight|flights) from|(?:based|born|located|stationed) (?:in|at|near))[ \t]+$/iu;
/** A site noun after a park, green or hill ("Kensal Green crematorium", "Primrose Hill station"). */
const SITE_AFTER = /^ (?:crematorium|cemetery|churchyard|chapel|station|tube|stop|campus|estate|library|market|zoo|playground|car park|common)\b/;

/**
 * Place head words that are also frequent family names ("Park", "Hill", "Green", "Hall"): the last word
 * of a run in a place slot makes it a place ("near Lincoln Park").
 */
const AMBIGUOUS_PLACE_HEADS: ReadonlySet<string> = new Set(['Park', 'Hill', 'Hills', 'Green', 'Hall', 'Heath', 'Fields', 'Gardens', 'Wood', 'Woods', 'Common', 'Beach', 'Lake']);
/** "from X to Y": a route between two capitalised places. */
const ROUTE_AFTER = /^ (?:to|and) \p{Lu}/u;
/** Words before a route start ("flight from X"). */
const ROUTE_BEFORE = /(?:^|[^\p{L}])from[ \t]+$/iu;
/**
 * Nouns that make a capitalised word before them a place: transport hubs, sites, time zones,
 * districts ("Charlotte airport", "Austin office", "9:00 Victoria time").
 */
const PLACE_HEAD_AFTER =
  /^ (?:station|airport|terminal|harbou?r|port|metro|subway|underground|train|bus|campus|office|offices|branch|branches|store|stores|shop|warehouse|depot|hub|site|plant|factory|clinic|hospital|time|timezone|area|region|district|suburb|suburbs|downtown|city|county|province|state|centre|center|council|marathon|airport's)\b/;
/**
 * A line opened by a label that names places ("Top cities: Austin, Charlotte, Lincoln", "Locations:",
 * "Service areas:"): the places listed after it are no people.
 */
const PLACE_LIST_LABEL = /^[ \t•*-]*(?:\p{L}+ ){0,2}(?:cities|towns|locations|destinations|regions|areas|places|markets|suburbs|city|town|location|destination|region|suburb)[ \t]*:/iu;
/** A signing dash, the writer's name and a comma before a place that closes the line ("— Yufei Z., Austin"). */
const SIGNER_COMMA_BEFORE = /[—–][ \t]*\p{Lu}[\p{L}\p{M}'’. -]{1,40},[ \t]*$/u;
const LINE_END_AFTER = /^[ \t.!]*(?:\n|$)/;
/** A place as a field of a dash-separated line ("• flat move — Victoria — $726.15"). */
const DASH_FIELD_BEFORE = /[ \t][—–][ \t]+$/;
const DASH_FIELD_AFTER = /^[ \t]+[—–][ \t]/;
/**
 * Building words that are also family names or plain nouns ("Tagore Hall", "Lovelace Commons", "the
 * Curie Residence"): after a word that is no given name they close a building's name, while a given name
 * before them is a person ("Grace Hall").
 */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['Hall', 'Halls', 'Commons', 'Hostel', 'Residence', 'Residences', 'Dormitory', 'Quad']);
/** A possessive followed by a capitalised word: "Victoria's Secret", "Macy's Parade". */
const POSSESSIVE_BRAND_AFTER = /^['’]s \p{Lu}\p{Ll}+/u;

/** Street-type words, in many languages, that come before the street's proper name ("avenue Jean Jaurès"). */
const STREET_BEFORE = new Set(
  `avenue av av. ave ave. avenida avda avda. rua r. rue boulevard bd bd. blvd blvd. calle c/ carrer via viale
  corso piazza piazzale largo plaza praça praca travessa alameda estrada rodovia strada ulica ul. ul
  impasse allée allee chemin quai place cours route rambla paseo camino carretera straße strasse weg
  gasse platz laan straat plein kade gracht vej gade gatan vägen väg veien gate katu utca út tér
  ulitsa prospekt caddesi sokak sokağı jalan jl. jl soi thanon đường duong phố pho`.split(/\s+/),
);

/**
 * Street, building and district words that come after the proper name ("Rosenheimer Str.", "Anna
 * Nagar", "Sai Krupa Apartments"). Words that are also frequent family names ("Park", "Hill", "Green",
 * "House", "Cross") are left out.
 */
const STREET_AFTER = new Set(
  `Str Straße Strasse Street St Road Rd Avenue Ave Lane Ln Drive Boulevard Blvd Place Pl Court Ct Close
  Crescent Terrace Square Sq Gardens Parade Row Mews Walk Way Apartments Apartment Apts Residency
  Residences Residence Towers Tower Heights Enclave Colony Nagar Marg Layout Estate Complex Plaza Mansions
  Chambers Wharf Quay Sector Block Phase Township Gali Chowk Bagh Puram Salai Veedhi Vihar Kunj Chawl
  Soi Thanon Jalan Gasse Weg Platz Allee Ring Damm Ufer Laan Straat Gracht Kade Plein Vej Gade Gatan
  Vägen Veien Katu Utca Ulica Caddesi Sokak Boulevard Avenida Rua Calle Via Viale Piazza`.split(/\s+/),
);

/**
 * A house number (and flat) then a postcode and a town, or a comma and a flat word, right after the
 * name: "Lange Voorhout 4, 2551 XB Groningen", "Schillerweg 55, 04109 Leipzig", "Rua Augusta, 1596,
 * apto 3". A phone number after a name ("Priya 07700 900123", "Priya 020 7946 0000") does not fit:
 * house numbers have at most four digits and a postcode is followed by a capitalised town.
 */
const HOUSE_NUMBER_AFTER =
  /^(?: \d{1,4}[A-Za-z]?(?:[-/]\w{1,4})?,? (?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}) \p{Lu}| \d{1,4}[A-Za-z]?(?:[-/]\w{1,4})?,? (?:apto|apt|flat|unit|piso|bus|bte)\b|, \d{1,5}[A-Za-z]?, (?:apto|apt|\d{4,5}|\p{Lu}))/u;
/** A US state code and ZIP code right after a town ("Denver TX 17714", "Austin, IL 46461-3952"). */
const STATE_ZIP_AFTER = /^,? [A-Z]{2},? \d{5}(?:-\d{4})?(?!\d)/;
/** A state code closing a place's field or line ("Toledo, OH |", "Fresno, CA⏎"): a US town. */
const STATE_CODE_AFTER = /^, [A-Z]{2}(?=[ \t]*(?:[|,;\n]|$))/;
/** A postcode right after a place ("Chennai 600040", "Bengaluru 560034"). */
const POSTCODE_AFTER = /^ \d{5,6}(?!\d)/;

/**
 * The street word after a span, right after it or after one more capitalised word ("Rosa Luxemburg
 * Platz", where the rules found "Rosa"): group 1 or 2.
 */
const NEXT_WORD = /^ (\p{Lu}\p{L}*)(?: (\p{Lu}\p{L}*))?/u;
/** True for the char code of an ASCII digit. */
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Characters that end the word before a span. */
const WORD_STOP: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r', ',', ';', ':', '(', ')']);

/** The word right before `at` (as written), skipping spaces and tabs; empty at a line start. */
function wordBefore(text: string, at: number): string {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  const end = j + 1;
  while (j >= 0 && !WORD_STOP.has(text[j] ?? ' ')) j--;
  return text.slice(j + 1, end);
}

/**
 * A street-type word right before `start` ("avenue Jean Jaurès", "Av. Paulista"), unless it closes
 * an English-style address of its own ("2616 High Ave. Lerato emailed…": a capitalised word before it).
 */
function streetWordBefore(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  if (!STREET_BEFORE.has(w.toLowerCase())) return false;
  const at = text.lastIndexOf(w, start);
  return !/\p{Lu}\p{Ll}+[ \t]+$/u.test(text.slice(Math.max(0, at - 16), at));
}

/** True for a word of the given-name lists. */
const isGivenName = (w: string): boolean => FIRST_NAMES.has(w) || AMBIGUOUS_FIRST_NAMES.has(w) || WORLD_GIVEN_NAMES.has(w);

/** Titles and roles before a surname that is also a building word ("Mr Hall", "Judge Hall", "Caller Hall"). */
const TITLES_BEFORE_NAME: ReadonlySet<string> = new Set(
  'Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lady Lord Judge Justice Officer Captain Coach Rev Father Pastor Nurse Doctor'.split(' '),
);
/** The capitalised word right before a span, one space between ("Hawking" of "Hawking Hall"): group 1. */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}'’-]*) $/u;

/**
 * A building named after someone ({@link BUILDING_HEADS}): the span ends with the building word, is
 * that word alone after a capitalised word, or is followed by it; and the word before the building word
 * is no given name ("Tagore Hall", "Hawking Hall"; "Grace Hall" is a person).
 */
export function isNamedBuilding(text: string, start: number, end: number): boolean {
  const tokens = text.slice(start, end).split(' ');
  const last = tokens[tokens.length - 1] ?? '';
  if (BUILDING_HEADS.has(last)) {
    const previous = tokens.length > 1 ? tokens[tokens.length - 2] : CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
    return previous !== undefined && !isGivenName(previous) && !TITLES_BEFORE_NAME.has(previous) && !isRoleLabel(previous);
  }
  const next = NEXT_WORD.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && BUILDING_HEADS.has(next) && !isGivenName(last);
}

/**
 * True when the span `text[start, end)` (found by the person rules) is a street name or a place in a
 * place slot. `tokens` are the span's words.
 */
export function isPlaceOrAddressSpan(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  const tokens = value.split(' ');
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  const after = text.slice(end, end + 24);
  // Street names: a street word before, first or last, or a house number and postcode after.
  if (streetWordBefore(text, start)) return true;
  // A run that starts with a street suffix ran on from the street ("5th St Austin", "3rd Rd Ann").
  if (tokens.length > 1 && (STREET_BEFORE.has(first.toLowerCase()) || STREET_AFTER.has(last) || STREET_AFTER.has(first))) {
    return true;
  }
  if (STATE_ZIP_AFTER.test(after)) return true;
  const c1 = after.charCodeAt(1);
  if (after[0] === ' ' && !(c1 >= 0x61 && c1 <= 0x7a)) {
    const m = NEXT_WORD.exec(after);
    if (m && ((m[1] !== undefined && STREET_AFTER.has(m[1])) || (m[2] !== undefined && STREET_AFTER.has(m[2])))) return true;
  }
  // A house number starts within the first two characters (" 12", ", 12").
  if (isDigit(after.charCodeAt(1)) || isDigit(after.charCodeAt(2))) {
    if (HOUSE_NUMBER_AFTER.test(after)) return true;
  }
  if (isNamedBuilding(text, start, end)) return true;
  // Places in a place slot.
  if (!isAnyPlace(value)) {
    // A park, hill or green in a place slot ("near Lincoln Park zoo", "5 min walk to Victoria Park"):
    // these head words are family names too ("Grace Park"), so only the slot decides.
    if (tokens.length < 2 || !AMBIGUOUS_PLACE_HEADS.has(last)) return false;
    return PLACE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SITE_AFTER.test(after);
  }
  if (POSTCODE_AFTER.test(after) || PLACE_HEAD_AFTER.test(after) || POSSESSIVE_BRAND_AFTER.test(after) || isPlaceByLayout(text, start, end)) return true;
  if (PLACE_LIST_LABEL.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return true;
  const lead = text.slice(Math.max(0, start - 48), start);
  if ((SIGNER_COMMA_BEFORE.test(lead) && LINE_END_AFTER.test(after)) || (DASH_FIELD_BEFORE.test(lead) && DASH_FIELD_AFTER.test(after))) return true;
  const before = text.slice(Math.max(0, start - 24), start);
  return PLACE_BEFORE.test(before) || (ROUTE_BEFORE.test(before) && ROUTE_AFTER.test(after));
}

/** A census or family record's "b." (born) right before a place. */
const BORN_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])b\.[ \t]+$/u;

/**
 * A place named by the layout of a record, for the learned scorer's finds too: before a US state code
 * closing its field ("Toledo, OH |"), or after a census record's "b." ("b. Leigh").
 */
export function isPlaceByLayout(text: string, start: number, end: number): boolean {
  if (!isAnyPlace(text.slice(start, end))) return false;
  return STATE_CODE_AFTER.test(text.slice(end, end + 8)) || BORN_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** One or two capitalised words right after a span (group 1), as a place name's next words. */
const NEXT_WORDS = /^ (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/u;

/**
 * A listed place that the learned scorer's find opens or is written in capitals: "Tanjung" of "Tanjung
 * Pelepas", "HONG KONG" of a tracking event. The scorer reads one token; the place list reads the phrase.
 */
export function inListedPlace(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (value.length > 3 && value === value.toUpperCase()) {
    const titled = value.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    if (placeNames().has(titled)) return true;
  }
  const next = NEXT_WORDS.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const words = next.split(' ');
  return placeNames().has(`${value} ${words[0]}`) || (words.length > 1 && placeNames().has(`${value} ${next}`));
}

/** Seasons that are also given names ("Summer", "Autumn"). */
const SEASONS: ReadonlySet<string> = new Set(['Summer', 'Spring', 'Autumn', 'Fall', 'Winter']);
/** A year, a term or a programme word after a season ("Summer 2026", "Spring term", "Winter School"). */
const TERM_AFTER = /^ (?:(?:19|20)\d\d\b|[Tt]erm|[Ss]emester|[Ss]ession|[Ss]chool|[Ii]ntake|[Pp]rogram(?:me)?|[Cc]ohort|[Ii]nstitute|[Aa]cademy|[Cc]amp|[Ss]ale)\b/;

/**
 * A season named as a programme or term, not the given name: after a place ("Seoul Summer", "Kyoto
 * Spring") or before a year or a term word ("Summer 2026", "Winter School").
 */
export function isSeasonTerm(text: string, start: number, end: number): boolean {
  if (!SEASONS.has(text.slice(start, end))) return false;
  if (TERM_AFTER.test(text.slice(end, end + 12))) return true;
  const place = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return place !== undefined && isAnyPlace(place);
}

/**
 * A possessive brand: a lone capitalised word + "'s" + a capitalised everyday word ("Victoria's
 * Secret", "Grace's Kitchen"). `isCommon` tells everyday words.
 */
export function isPossessiveBrand(text: string, end: number, isCommon: (lower: string) => boolean): boolean {
  const m = POSSESSIVE_BRAND_AFTER.exec(text.slice(end, end + 24));
  if (!m) return false;
  const word = m[0].slice(3);
  return isCommon(word.toLowerCase()) && !FIRST_NAMES.has(word) && !SURNAMES.has(word) && !WORLD_GIVEN_NAMES.has(word);
}
