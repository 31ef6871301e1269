/**
 * @module privacy/pii/address-spoken — English postal addresses said aloud and written down by speech
 * recognition: the house number, unit and postcode in words ("one thirty-two orchard mews, bristol, b s
 * one four five b b", "seventy-one sycamore boulevard unit eighteen a boise idaho eight three seven five
 * three"). The shape is strict — number words, one to three street words and a street type, a town, then
 * a spelled UK postcode or a US state and five digit words — so no cue is needed.
 */
import { execAll } from './types.js';

/** A number said as a word, up to "ninety", and "hundred". */
const NUMBER = 'zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
/** One number word, or two joined by a hyphen ("seventy-one"). */
const NUMBER_WORD = `(?:${NUMBER})(?:-(?:${NUMBER}))?`;
/** A house number read out in up to three words ("one thirty-two", "forty sixty-seven", "one oh six"). */
const HOUSE = `${NUMBER_WORD}(?: ${NUMBER_WORD}){0,2}`;
/** One digit said as a word. */
const DIGIT = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';
/** Street types said at the end of a street name. */
const STREET_TYPE =
  'road|street|lane|way|avenue|boulevard|terrace|mews|grove|crescent|drive|court|place|close|square|parade|row|walk|gardens|highway|parkway';
/** One word of a street or town name. */
const WORD = "[a-z][a-z'’]*(?:-[a-z]+)?";
/** US states by name, as a caller says them. */
const US_STATE =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|[a-z]{2}';
/** A UK postcode spelled out: area letters, district number, then the inward digit and two letters ("b s one four five b b"). */
const UK_SPELLED = `[a-z](?: [a-z])? (?:(?:${DIGIT})(?: (?:${DIGIT}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?:${DIGIT}) [a-z] [a-z]`;
/** A ZIP code read digit by digit. */
const ZIP_SPELLED = `(?:${DIGIT})(?: (?:${DIGIT})){4}`;

/** The whole address: an optional flat, the street line, an optional unit, one or two town parts, the postcode. */
const SPOKEN_ADDRESS = new RegExp(
  `(?<![a-z-])(?:(?:flat|unit|apartment|apt) ${NUMBER_WORD}(?: [a-z])?,? )?${HOUSE} (?:${WORD} ){1,3}(?:${STREET_TYPE})` +
    `(?:,? (?:unit|flat|apartment|apt|suite) ${NUMBER_WORD}(?: [a-z])?)?` +
    `(?:,? ${WORD}(?: ${WORD})?){1,2}?,? (?:${UK_SPELLED}|(?:(?:${US_STATE}),? )?${ZIP_SPELLED})(?![a-z])`,
  'gi',
);
/** Cheap pre-check: a street type word and a digit word (a written text seldom has both spelled out). */
const HINT = new RegExp(`\\b(?:${STREET_TYPE})\\b[^\\n]{0,60}\\b(?:${DIGIT})\\b`, 'i');

/** Addresses said aloud, as [start, end) pairs (see the module comment). */
export function spokenAddresses(text: string): Array<{ start: number; end: number }> {
  if (!HINT.test(text)) return [];
  return execAll(SPOKEN_ADDRESS, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
