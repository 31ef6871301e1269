/**
 * @module privacy/pii/native-digits — reads decimal digits of other scripts (Arabic-Indic ٠–٩, Persian
 * ۰–۹, Devanagari ०–९, Bengali ০–৯, Tamil, Thai, Myanmar, full-width ０–９ …) as ASCII digits, so every
 * detector's `\d`-based pattern sees the dates, phones and cards such texts write with them.
 */

/**
 * One decimal digit outside ASCII that is a single UTF-16 unit (BMP): replacing it by one ASCII digit
 * keeps every offset, so spans found on the copy hold on the original. Astral digits (mathematical
 * bold …) are two units and left alone.
 */
const NATIVE_DIGIT = /[^\P{Nd}0-9\u{10000}-\u{10FFFF}]/u;
const NATIVE_DIGIT_G = new RegExp(NATIVE_DIGIT.source, 'gu');
/** One decimal digit of any script (for walking back to the zero of a digit's block). */
const ANY_DIGIT = /^\p{Nd}$/u;
/** Digits in one block of the Unicode `Nd` category: Unicode encodes each script's 0–9 as one contiguous run. */
const DIGITS_PER_BLOCK = 10;
/** Char code of ASCII "0". */
const ASCII_ZERO = 48;

/** Value cache: a script's ten digits are looked up once per process. */
const ascii = new Map<string, string>();

/**
 * The ASCII digit of a native digit: its distance from the start of its run of `Nd` code points, modulo
 * ten (adjacent blocks, e.g. two Tai Tham sets, are each ten long, so the modulo separates them).
 */
function asciiDigit(ch: string): string {
  const cached = ascii.get(ch);
  if (cached !== undefined) return cached;
  const code = ch.charCodeAt(0);
  let run = 0;
  while (run < code && ANY_DIGIT.test(String.fromCharCode(code - run - 1))) run++;
  const digit = String.fromCharCode(ASCII_ZERO + (run % DIGITS_PER_BLOCK));
  ascii.set(ch, digit);
  return digit;
}

/** True when `text` holds a non-ASCII decimal digit (one regex scan; false for most texts). */
export function hasNativeDigits(text: string): boolean {
  return NATIVE_DIGIT.test(text);
}

/**
 * `text` with every non-ASCII BMP decimal digit replaced by its ASCII digit; same length, same offsets.
 * @example
 * asciiDigits('۱۳۴۹/۱۲/۰۴') // '1349/12/04'
 */
export function asciiDigits(text: string): string {
  const out = text.replace(NATIVE_DIGIT_G, asciiDigit);
  // Texts typed with full-width digits use full-width punctuation with them ("（０３）８５９２－６０８４"):
  // those are read as their ASCII forms too (one unit each), so phone and date separators match.
  return FULL_WIDTH_PUNCT.test(out) ? out.replace(FULL_WIDTH_PUNCT_G, fromFullWidth) : out;
}

/** Full-width forms of the separators numbers are written with: ( ) + - . / : and the full-width hyphen-minus. */
const FULL_WIDTH_PUNCT = /[\uFF08\uFF09\uFF0B\uFF0D\uFF0E\uFF0F]/;
const FULL_WIDTH_PUNCT_G = new RegExp(FULL_WIDTH_PUNCT.source, 'g');
/** Distance from a full-width form (U+FF01…) to its ASCII character (U+0021…). */
const FULL_WIDTH_OFFSET = 0xfee0;

/** The ASCII character of a full-width form. */
function fromFullWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/**
 * A typographic hyphen between two digits: the hyphen (U+2010), non-breaking hyphen (U+2011), figure
 * dash (U+2012, the dash meant for phone numbers) and minus sign (U+2212) that word processors and PDFs
 * put in numbers typed with "-" ("512‒48‒3391", "415‑555‑0143"). One unit each, read as "-". The en dash
 * is left alone: between digits it writes scores and ranges ("4–3", "1990–2010").
 */
const DIGIT_DASH = /(?<=\d)[\u2010-\u2012\u2212](?=\d)/;
const DIGIT_DASH_G = new RegExp(DIGIT_DASH.source, 'g');

/** True when `text` has a typographic dash between two digits. */
export function hasDigitDashes(text: string): boolean {
  return DIGIT_DASH.test(text);
}

/**
 * `text` with every typographic dash between two digits read as "-"; same length, same offsets.
 * @example
 * asciiDigitDashes('SSN 512‒48‒3391') // 'SSN 512-48-3391'
 */
export function asciiDigitDashes(text: string): string {
  return text.replace(DIGIT_DASH_G, '-');
}
