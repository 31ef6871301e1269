/** @module privacy/pii/card — payment card numbers: a network's IIN range and length, Luhn-checked. */
import { cardValid, luhnValid } from './checksums.js';
import { before, continuesNumerically, followsNumericPrefix, hasNegativeCue } from './context-cues.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** 12–19 digits, optionally split by single spaces or dashes. */
const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-])/g;

/**
 * Group shapes cards are printed in: fours with a shorter last group (16: 4-4-4-4, 19: 4-4-4-4-3,
 * 13: 4-4-4-1 or 4-4-5, 12: 4-4-4), Amex 4-6-5, Diners 4-6-4, 19-digit UnionPay 6-13.
 */
const CARD_GROUPS =
  /^(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|\d{4}[ -]\d{4}[ -]\d{5}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{6}[ -]\d{13})$/;

/** Twelve digits are a card only next to a card word (Maestro issues them; so do many id schemes). */
const CARD_CUE = /\b(?:card|maestro|debit|credit|visa|mastercard|karte|carte|tarjeta|carta|cart[aã]o|kaart|pan)\b/i;
const SHORT_CARD_DIGITS = 12;

/** True when the separators (if any) are one kind and the groups have a card shape. */
function cardShaped(raw: string): boolean {
  if (/^\d+$/.test(raw)) return true;
  const hasSpace = raw.includes(' ');
  const hasDash = raw.includes('-');
  return hasSpace !== hasDash && CARD_GROUPS.test(raw);
}

/** Finds payment card numbers; candidates must be Luhn-valid, card-shaped and not an order number. */
export const cardDetector: PiiDetector = {
  type: 'CARD',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    for (const m of execAll(CARD_RE, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!cardShaped(m[0])) continue;
      const digits = m[0].replace(/\D/g, '');
      // Luhn first: it rejects nine in ten digit runs before the issuer table is consulted.
      if (!luhnValid(digits) || !cardValid(digits)) continue;
      if (continuesNumerically(text, end) || followsNumericPrefix(text, start)) continue;
      // An unseparated digit run after "order #" is an id even if it happens to pass Luhn (1 in 10 do).
      if (/^\d+$/.test(m[0]) && hasNegativeCue(text, start)) continue;
      if (digits.length === SHORT_CARD_DIGITS && !CARD_CUE.test(before(text, start, 40))) continue;
      out.push(spanAt('CARD', text, start, end));
    }
    return out;
  },
};
