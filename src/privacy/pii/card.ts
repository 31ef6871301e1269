/** @module privacy/pii/card — payment card numbers, Luhn-checked with a known issuer prefix. */
import { cardValid } from './checksums.js';
import { continuesNumerically, followsNumericPrefix, hasNegativeCue } from './context-cues.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** 13–19 digits, optionally split by single spaces or dashes. */
const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

/** Group shapes cards are printed in: 4-4-4-4(-1..3), Amex 4-6-5, Diners 4-6-4. */
const CARD_GROUPS = /^(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{4,5})$/;

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
      if (!cardShaped(m[0]) || !cardValid(m[0].replace(/\D/g, ''))) continue;
      if (continuesNumerically(text, end) || followsNumericPrefix(text, start)) continue;
      // An unseparated digit run after "order #" is an id even if it happens to pass Luhn (1 in 10 do).
      if (/^\d+$/.test(m[0]) && hasNegativeCue(text, start)) continue;
      out.push(spanAt('CARD', text, start, end));
    }
    return out;
  },
};
