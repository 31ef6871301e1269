/** @module privacy/pii/iban — International Bank Account Numbers, checked against length table and mod-97. */
import { ibanValid } from './checksums.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * Country + check digits, then 11–30 alphanumerics, optionally in space-separated groups of 4. The
 * country code must be upper-case (as printed on statements) unless the text mentions "IBAN": a
 * case-insensitive scan tries every two-letter position of ordinary prose and costs ~4× more.
 */
const IBAN_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{1,4}){3,8}(?![A-Za-z0-9])/g;
/** The same shape in any case, used only when the text says "IBAN" (people type "de89 3704 …"). */
const IBAN_ANY_CASE_RE = new RegExp(IBAN_RE.source, 'gi');

/** Finds IBANs in compact or printed (groups of four) form. */
export const ibanDetector: PiiDetector = {
  type: 'IBAN',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    const re = /iban/i.test(text) ? IBAN_ANY_CASE_RE : IBAN_RE;
    for (const m of execAll(re, text)) {
      // The greedy match may swallow a trailing word group ("… 3000 and"); trim groups until valid.
      let raw = m[0];
      while (raw.length >= 15) {
        if (ibanValid(raw.replace(/ /g, '').toUpperCase())) {
          out.push(spanAt('IBAN', text, m.index, m.index + raw.length));
          break;
        }
        const cut = raw.lastIndexOf(' ');
        if (cut < 0) break;
        raw = raw.slice(0, cut);
      }
    }
    return out;
  },
};
