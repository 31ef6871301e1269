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
/** Fewest and most digits of a national number printed without trunk prefix (DK/NO 8, ES/PT/PL 9, IT 10). */
const MIN_PLAIN_NATIONAL = 8;
const MAX_PLAIN_NATIONAL = 10;
/** Shortest and longest group of a printed national number ("20 12 34 56", "612 345 678", "4123 4567"). */
const MIN_GROUP = 2;
const MAX_GROUP = 4;
/** A leading area code in parentheses: "(11) 98765-4321", "(02) 9876 5432", "(030) 1234567". */
const PAREN_AREA = /^\(\d{2,5}\) ?\d/;
/** Fewest digits after a parenthesised area code (area + subscriber). */
const MIN_PAREN_DIGITS = 8;
/** Extension after a number: "ext. 204", "x12", "Durchwahl 33", "poste 12". */
const EXTENSION = /^,? ?(?:ext\.?|extension|x|Durchwahl|DW|poste|int\.?|interno|anexo|toestel) ?\d{1,6}(?!\d)/i;
/** Shapes of dates written with spaces or dashes: D M YYYY / YYYY M D. */
const DATE_SHAPE = /^(?:\d{1,2}[ .\-/]\d{1,2}[ .\-/](?:19|20)\d\d|(?:19|20)\d\d[ .\-/]\d{1,2}[ .\-/]\d{1,2})$/;
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

/** The digit groups of a candidate ("+44 (0)20 7946" → 44, 0, 20, 7946). */
function groupsOf(s: string): string[] {
  return s.split(/[^\d]+/).filter((g) => g.length > 0);
}

/**
 * A national number printed without trunk prefix, as many countries do (ES/PT/PL "612 345 678",
 * DK "20 12 34 56", NO "412 34 567", IT "347 123 4567"): 8–10 digits in three or more groups of 2–4,
 * not starting with 0, not shaped like a date, and not four-digit blocks only (card and id fragments).
 */
function plainNationalGroups(s: string, groups: readonly string[], digits: string): boolean {
  if (groups.length < 3 || digits.length < MIN_PLAIN_NATIONAL || digits.length > MAX_PLAIN_NATIONAL) return false;
  if (digits.startsWith('0') || DATE_SHAPE.test(s)) return false;
  if (groups.every((g) => g.length === 4)) return false;
  return groups.every((g) => g.length >= MIN_GROUP && g.length <= MAX_GROUP);
}

/** Decides whether a well-formed candidate is a phone number. */
function isPhone(s: string, cue: () => boolean): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length > MAX_DIGITS) return false;
  const separated = /[^\d+]/.test(s);
  // Printed numbers never end in a one-digit group; "0161 496 0000 3" is a phone followed by a number.
  if (/\D\d$/.test(s)) return false;
  // Dotted runs with a one-digit group are versions ("16.4.12345.6789"), not phones (+1.415… aside).
  if (s.includes('.') && groupsOf(s).some((g, i) => g.length === 1 && !(i === 0 && s.startsWith('+')))) return false;
  if (s.startsWith('+')) return digits.length >= MIN_INTL_DIGITS;
  if (NANP.test(s)) return true;
  const groups = groupsOf(s);
  if (PAREN_AREA.test(s) && digits.length >= MIN_PAREN_DIGITS && digits.length <= MAX_TRUNK_DIGITS) return true;
  // Blocks of four only ("1234 5678 9012") are card or account fragments unless a trunk prefix leads.
  if (groups.length >= 3 && groups.every((g) => g.length === 4) && !digits.startsWith('0')) return false;
  if (plainNationalGroups(s, groups, digits)) return true;
  if (digits.startsWith('00')) return digits.length >= MIN_INTL_DIGITS + 2 && (separated || cue());
  if (digits.startsWith('0')) {
    if (digits.length < MIN_TRUNK_DIGITS || digits.length > MAX_TRUNK_DIGITS) return false;
    return separated || cue();
  }
  // Anything else (9–12 digits, no trunk prefix) is a phone only when the text says so.
  return digits.length >= MIN_TRUNK_DIGITS && digits.length <= MAX_TRUNK_DIGITS && cue();
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
      // "POL-1234 5678" / "INV-0612…": the digits are the tail of a code.
      if (text.charCodeAt(start - 1) === 45 && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) continue;
      if (!m[0].startsWith('+') && hasNegativeCue(text, start)) continue;
      // The cue is looked up only by the rules that need it, at most once per candidate.
      let cueMemo: boolean | undefined;
      const cue = (): boolean => (cueMemo ??= hasPhoneCue(text, start));
      // The greedy match may run into a following number ("… 0132 2 times"); retry without tail groups.
      let raw = trimCandidate(m[0]);
      for (let tries = 0; tries <= MAX_TAIL_TRIMS; tries++) {
        const end = start + raw.length;
        if (wellFormed(raw) && !continuesNumerically(text, end) && isPhone(raw, cue)) {
          const ext = EXTENSION.exec(text.slice(end, end + 24));
          out.push(spanAt('PHONE', text, start, ext ? end + ext[0].length : end));
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
