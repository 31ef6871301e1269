/** @module privacy/pii/context-cues — small helpers that look at the words right before a candidate. */

/** How far back (UTF-16 units) a cue word may sit before a number and still describe it. */
export const CUE_WINDOW = 28;

/**
 * Words that introduce identifiers which are not personal data (orders, tickets, SKUs…). A bare digit
 * run right after one of these is an order number, not a phone or card.
 */
const NEGATIVE_CUE =
  /\b(?:order|invoice|ticket|case|ref|reference|tracking|track|confirmation|conf|booking|sku|item|part|model|serial|product|po|transaction|txn|receipt|shipment|parcel|batch|lot|id|version|build|release|v)(?:\s*(?:no\.?|number|num|nr|#|id|code))?\s*[:#]?\s*$/i;

/** Words that introduce a phone number. */
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|cell|call(?:ed)?|ring|text|sms|whatsapp|fax|landline|reach me|contact number|number is|on|at)\b[^.!?\n]{0,14}$/i;

/** Words that introduce a US Social Security number. */
const SSN_CUE = /\b(?:ssn|social security(?: number| no\.?)?|social|ss#)\b[^.!?\n]{0,14}$/i;

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
  return PHONE_CUE.test(before(text, start));
}

/** True when the words before `start` say the following number is an SSN. */
export function hasSsnCue(text: string, start: number): boolean {
  return SSN_CUE.test(before(text, start, CUE_WINDOW + 8));
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
