/**
 * @module privacy/pii/date-patterns — calendar date shapes used by the DOB detector: numeric dates
 * (D/M/Y, M/D/Y, Y-M-D with `/`, `.` or `-`), and dates with month names or abbreviations in English,
 * German, French, Spanish, Italian, Portuguese and Dutch, with ordinals ("3rd of May 1990", "1er mai
 * 1990", "12. März 1990", "12 de mayo de 1990", "12-Jan-1990").
 */

/**
 * Month names and their usual abbreviations, per language (the CLDR wide and abbreviated forms,
 * with and without accents as people type them).
 */
const MONTH_WORDS: readonly string[] = [
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // German (and Austrian Jänner)
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'jän', 'mär', 'mrz', 'okt', 'dez',
  // French
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'janv', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'déc',
  // Spanish
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'ene', 'abr', 'ago', 'dic',
  // Italian
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'gen', 'mag', 'giu', 'lug', 'set', 'ott',
  // Portuguese
  'janeiro', 'fevereiro', 'março', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'out',
  // Dutch
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'mrt',
];

/** Longest first, so "september" is preferred to "sep" inside the alternation. */
const MONTH = `(?:${[...new Set(MONTH_WORDS)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** Day of month with an optional ordinal: 3rd (en), 1er (fr), 1º/1ª (es, pt, it), "12." (de, nl, nordic). */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|re|e|º|ª|°|\\.)?';
const DAY_NUM = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUM = '(?:0?[1-9]|1[0-2])';
const YEAR4 = '(?:19|20)\\d{2}';
const YEAR = `(?:${YEAR4}|'?\\d{2})`;
const NUM_SEP = '[-/.]';

/** Source of one alternation covering numeric and month-name dates. */
export const DATE_SOURCE = [
  // 1990-04-12, 1990/4/12, 1990.04.12
  `${YEAR4}${NUM_SEP}${MONTH_NUM}${NUM_SEP}${DAY_NUM}`,
  // 12/04/1990, 04-12-90, 12.4.1990 (day-first and month-first read alike here)
  `${DAY_NUM}${NUM_SEP}${DAY_NUM}${NUM_SEP}(?:${YEAR4}|\\d{2})`,
  // 12-Jan-1990, 12/jan/90, 12.Jan.1990
  `${DAY_NUM}[-/. ]${MONTH}[-/. ]${YEAR}`,
  // May 3, 1990 / May 3rd 1990 / Jun. 9 1990
  `${MONTH}\\s+${DAY},?\\s+${YEAR4}`,
  // 3 May 1990 / the 3rd of May, 1990 / 12. März 1990 / 1er mai 1990 / 12 de mayo de 1990 / 12 de maio, 1990
  `${DAY}\\s+(?:of\\s+|de\\s+|del\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?${YEAR4}`,
].join('|');

/** Matches one date anywhere (global, case-insensitive for month names). */
export const DATE_RE = new RegExp(`(?<![\\w/.-])(?:${DATE_SOURCE})(?![\\w/-]|\\.\\d)`, 'gi');
