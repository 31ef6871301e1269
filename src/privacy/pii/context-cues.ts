/** @module privacy/pii/context-cues — small helpers that look at the words right before a candidate. */

/** How far back (UTF-16 units) a cue word may sit before a number and still describe it. */
export const CUE_WINDOW = 28;

/**
 * Words that introduce identifiers which are not personal data (orders, tickets, SKUs…). A bare digit
 * run right after one of these is an order number, not a phone or card.
 */
const NEGATIVE_CUE =
  /\b(?:order|invoice|ticket|case|ref|reference|tracking|track|confirmation|conf|booking|sku|item|part|model|serial|product|po|transaction|txn|receipt|shipment|parcel|batch|lot|id|version|build|release|v)(?:\s*(?:no\.?|number|num|nr|#|id|code))?\s*[:#]?\s*$/i;

/**
 * Words that introduce a phone number, in English and the languages of the European and Latin
 * American markets ("Telefon", "téléphone", "teléfono", "telefone", "cellulare", "bellen", "unter"…).
 */
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|cell|call(?:ed)?|ring|text|sms|whatsapp|fax|landline|reach me|contact number|number is|on|at|telefon|telefone|telefono|telefoon|tlf|tfn|handy|mobil|mobiel|movil|celular|cellulare|portable|portatil|unter|rufen|anrufen|appelez|appeler|llamar|llame|ligar|ligue|chiamare|chiamami|bellen|bel|nummer|numero|puhelin)\b[^.!?\n]{0,14}$/i;
/**
 * The cue words with accented letters, kept out of the case-insensitive regex above (V8 takes a slower
 * path for case-insensitive non-ASCII patterns): "téléphone", "tél", "teléfono", "móvil", "número".
 */
const PHONE_CUE_ACCENTED = /(?:[Tt][ée]l[ée]phone|[Tt]él|[Tt]eléfono|[Mm]óvil|[Ll]lámame|[Nn]úmero|[Nn]uméro)[^.!?\n]{0,14}$/;

/** Words that introduce a US Social Security number; up to 20 more characters may follow in the sentence. */
const SSN_CUE = /(?:\b(?:ssn|social security|social|ss)\b|\bss#)[^.!?\n]{0,20}$/i;
/** Abbreviation dots ("no.", "nr.", "#.") that do not end a sentence, removed before cue tests. */
const ABBREV_DOT = /\b(no|nr|num|tel|ph|mob|approx)\./gi;

/** The text in the `CUE_WINDOW` characters before `start`. */
export function before(text: string, start: number, window = CUE_WINDOW): string {
  return text.slice(Math.max(0, start - window), start);
}

/** True when the words before `start` say the following number is an order/ticket/product id. */
export function hasNegativeCue(text: string, start: number): boolean {
  return NEGATIVE_CUE.test(before(text, start));
}

/** True when the words before `start` say the following number is a phone number. */
export function hasPhoneCue(text: string, start: number): boolean {
  const b = before(text, start);
  return PHONE_CUE.test(b) || PHONE_CUE_ACCENTED.test(b);
}

/** True when the words before `start` say the following number is an SSN. */
export function hasSsnCue(text: string, start: number): boolean {
  return SSN_CUE.test(before(text, start, CUE_WINDOW + 12).replace(ABBREV_DOT, '$1'));
}

/** True when the character at `i` exists and is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * True when the candidate ending at `end` continues as a decimal, time or dotted version
 * (`.5`, `:30`, `,99`), which means the digits are part of a larger non-PII token.
 */
export function continuesNumerically(text: string, end: number): boolean {
  const c = text[end];
  return (c === '.' || c === ':' || c === ',' || c === '/') && isDigitAt(text, end + 1);
}

/** True when the candidate starting at `start` is the tail of a larger numeric token (`1.`, `$`, `#`). */
export function followsNumericPrefix(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === undefined) return false;
  if (c === '$' || c === '€' || c === '£' || c === '#' || c === '¥') return true;
  return (c === '.' || c === ':' || c === ',' || c === '/') && isDigitAt(text, start - 2);
}
