/** @module privacy/pii/date-patterns — calendar date shapes shared by the DOB detector and the corpus. */

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR4 = '(?:19|20)\\d{2}';
const NUM_SEP = '[-/.]';

/** Source of one alternation covering ISO, numeric (d/m/y, m/d/y, 2-digit years) and month-name dates. */
export const DATE_SOURCE = [
  `${YEAR4}${NUM_SEP}(?:0?[1-9]|1[0-2])${NUM_SEP}(?:0?[1-9]|[12]\\d|3[01])`,
  `(?:0?[1-9]|[12]\\d|3[01])${NUM_SEP}(?:0?[1-9]|[12]\\d|3[01])${NUM_SEP}(?:${YEAR4}|\\d{2})`,
  `${MONTH}\\s+${DAY},?\\s+${YEAR4}`,
  `${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR4}`,
].join('|');

/** Matches one date anywhere (global, case-insensitive for month names). */
export const DATE_RE = new RegExp(`(?<![\\w/.-])(?:${DATE_SOURCE})(?![\\w/-]|\\.\\d)`, 'gi');
