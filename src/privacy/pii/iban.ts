/** @module privacy/pii/iban — International Bank Account Numbers, checked against the registry length and mod-97. */
import { IBAN_MAX_LENGTH, ibanLength, ibanValid } from './checksums.js';
import { hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * Country + check digits, then 11–30 alphanumerics: the electronic form (compact) or the printed form
 * (groups of four separated by a space). Any case: people type "de89 3704 …", and the pattern is
 * anchored on letter-letter-digit-digit, which ordinary prose rarely contains, so the scan stays cheap.
 */
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{1,4}){3,8}(?![A-Za-z0-9])/g;
/** Shortest IBAN in the registry (Norway, 15). */
const IBAN_MIN_LENGTH = 15;

/**
 * The longest prefix of `raw` that, compacted and upper-cased, is a valid IBAN; cut at group
 * boundaries (the greedy match may swallow following words: "… 3000 to DE89…"). Returns its length.
 */
function validPrefixLength(raw: string): number {
  let s = raw;
  while (s.length >= IBAN_MIN_LENGTH) {
    const compact = s.replace(/[ \u00a0]/g, '').toUpperCase();
    if (compact.length <= IBAN_MAX_LENGTH && ibanValid(compact)) return s.length;
    const cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00a0'));
    if (cut < 0) return 0;
    s = s.slice(0, cut);
  }
  return 0;
}

/** Finds IBANs in compact or printed (groups of four) form, in any case. */
export const ibanDetector: PiiDetector = {
  type: 'IBAN',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    const re = IBAN_RE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Most candidates ("mp3 …", "ab12 …") do not start with a registry country: one table lookup.
      const len = ibanLength(m[0].slice(0, 2).toUpperCase()) === undefined ? 0 : validPrefixLength(m[0]);
      if (len > 0) {
        out.push(spanAt('IBAN', text, m.index, m.index + len));
        // Resume right after the IBAN, so a second one swallowed by the greedy match is still found.
        re.lastIndex = m.index + len;
      } else {
        re.lastIndex = m.index + 1;
      }
    }
    return out;
  },
};
