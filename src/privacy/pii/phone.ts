/** @module privacy/pii/phone — phone numbers in E.164, international and common national formats. */
import {
  continuesNumerically,
  followsNumericPrefix,
  hasNegativeCue,
  hasPhoneCue,
} from './context-cues.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** A digit run with single separators (space, dot, dash, parentheses), optionally led by `+`. */
const PHONE_RE = /(?<![\w+])(?:\+ ?|\()?\d[\d().\- \u00a0]{5,22}\d(?![\w-])/g;
/** E.164 allows at most 15 digits including the country code. */
const MAX_DIGITS = 15;
/** Shortest international number (country code + subscriber), e.g. small island states. */
const MIN_INTL_DIGITS = 8;
/** Shortest national number with trunk prefix 0 (e.g. `030 123456` is 9). */
const MIN_TRUNK_DIGITS = 9;
/** Longest national number with trunk prefix 0 (UK mobiles `07700 900123` are 11; DE up to 12). */
const MAX_TRUNK_DIGITS = 12;
/** How many trailing digit groups may be dropped when the whole candidate is not a phone. */
const MAX_TAIL_TRIMS = 2;
/** NANP: optional 1, area code N(2–9)XX, exchange NXX, line XXXX. */
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}$/;

/** Drops separators the greedy match picked up at its end (e.g. a trailing `)`). */
function trimCandidate(raw: string): string {
  let s = raw;
  while (/[\s.\-(]$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1);
  return s;
}

/** True when separators are used sanely: no doubled punctuation, balanced parentheses. */
function wellFormed(s: string): boolean {
  if (/[.-]{2}|[ \u00a0]{2}|[.-][ \u00a0]|[ \u00a0][.-]/.test(s)) return false;
  const open = s.split('(').length - 1;
  const close = s.split(')').length - 1;
  if (open !== close || open > 1) return false;
  // Mixing dots with dashes is how versions and dates look, not phones.
  return !(s.includes('.') && s.includes('-'));
}

/** Decides whether a well-formed candidate is a phone number. */
function isPhone(s: string, cue: boolean): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length > MAX_DIGITS) return false;
  const separated = /[^\d+]/.test(s);
  // Printed numbers never end in a one-digit group; "0161 496 0000 3" is a phone followed by a number.
  if (/\D\d$/.test(s)) return false;
  if (s.startsWith('+')) return digits.length >= MIN_INTL_DIGITS;
  if (NANP.test(s)) return true;
  if (digits.startsWith('00')) return digits.length >= MIN_INTL_DIGITS + 2 && (separated || cue);
  if (digits.startsWith('0')) {
    if (digits.length < MIN_TRUNK_DIGITS || digits.length > MAX_TRUNK_DIGITS) return false;
    return separated || cue;
  }
  // Anything else (9–12 digits, no trunk prefix) is a phone only when the text says so.
  return cue && digits.length >= MIN_TRUNK_DIGITS && digits.length <= MAX_TRUNK_DIGITS;
}

/** Finds phone numbers; order numbers, prices, dates, versions and times are rejected. */
export const phoneDetector: PiiDetector = {
  type: 'PHONE',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    for (const m of execAll(PHONE_RE, text)) {
      const start = m.index;
      if (followsNumericPrefix(text, start)) continue;
      if (!m[0].startsWith('+') && hasNegativeCue(text, start)) continue;
      const cue = hasPhoneCue(text, start);
      // The greedy match may run into a following number ("… 0132 2 times"); retry without tail groups.
      let raw = trimCandidate(m[0]);
      for (let tries = 0; tries <= MAX_TAIL_TRIMS; tries++) {
        const end = start + raw.length;
        if (wellFormed(raw) && !continuesNumerically(text, end) && isPhone(raw, cue)) {
          out.push(spanAt('PHONE', text, start, end));
          break;
        }
        const cut = raw.search(/[ \u00a0][\d().-]+$/);
        if (cut < 0) break;
        raw = trimCandidate(raw.slice(0, cut));
      }
    }
    return out;
  },
};
