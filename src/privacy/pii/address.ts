/** @module privacy/pii/address — postal addresses: number + street name + suffix, unit, city/state/ZIP or UK postcode. */
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** Street-type words (USPS Publication 28 common suffixes plus British ones), full and abbreviated. */
const SUFFIX =
  '(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Way|Close|Crescent|Cres|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Trl|Row|Gardens|Grove|Mews|Walk|Alley|Plaza|Park|Hill)';
/** A capitalised street-name word, an ordinal (5th, 42nd) or a compass abbreviation (N., SW). */
const NAME_WORD = "(?:[A-Z][A-Za-z'’-]*\\.?|\\d{1,3}(?:st|nd|rd|th))";
/** Apartment / suite / unit designator after the street. */
const UNIT = "(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\\.?\\s*#?[A-Za-z0-9-]{1,6})";
/** "Flat 3," / "Unit 12B," before the house number (British style). */
const UNIT_PREFIX = '(?:(?:Flat|Apartment|Apt|Unit|Suite)\\s+[A-Za-z0-9-]{1,5},?\\s+)';
const CITY = "[A-Z][A-Za-z'’.-]+(?:\\s+[A-Z][A-Za-z'’.-]+){0,2}";
/** US tail: "City, ST 12345" / "City ST 12345-6789". */
const US_TAIL = `(?:,?\\s+${CITY},?\\s+[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)`;
/** UK tail: "City AB1 2CD" / "City, SW1A 1AA". */
const UK_TAIL = `(?:,?\\s+${CITY},?\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})`;
/** Bare US ZIP or UK postcode after the street ("…Street, 94107"). */
const CODE_TAIL = '(?:,?\\s+(?:\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}))';

const ADDRESS_RE = new RegExp(
  `(?<![\\w-])${UNIT_PREFIX}?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5})?,?\\s+(?:${NAME_WORD}\\s+){1,4}${SUFFIX}\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?` +
    `${UNIT}?(?:${US_TAIL}|${UK_TAIL}|${CODE_TAIL})?`,
  'g',
);

/** Cheap pre-check: a house number (optionally "12B,") followed by a capitalised word or an ordinal. */
const ADDRESS_PRECHECK = /\d[A-Za-z]?,?\s+[A-Z\d]/;

/**
 * Finds street addresses. "Dr" is both a street type and a title; the title reading is rejected by
 * requiring the street name before it, so "5 Dr. Smith" does not match while "12 Elm Dr" does.
 */
export const addressDetector: PiiDetector = {
  type: 'ADDRESS',
  detect(text: string): PiiSpan[] {
    if (!ADDRESS_PRECHECK.test(text)) return [];
    const out: PiiSpan[] = [];
    for (const m of execAll(ADDRESS_RE, text)) {
      let end = m.index + m[0].length;
      // A trailing "." belongs to the sentence, not to an abbreviation, when the text ends or a new sentence starts.
      if (text[end - 1] === '.' && !/\b(?:St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Cres|Sq|Hwy|Pkwy|Cir|Trl)\.$/.test(m[0])) end--;
      out.push(spanAt('ADDRESS', text, m.index, end));
    }
    return out;
  },
};
