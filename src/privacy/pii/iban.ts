/** @module privacy/pii/iban — International Bank Account Numbers, checked against the registry length and mod-97. */
import { IBAN_MAX_LENGTH, ibanLength, ibanValid } from './checksums.js';
import { hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * Country + check digits, then 11–30 alphanumerics: the electronic form (compact) or the printed form
 * (groups of four separated by a space, two spaces as a word processor justifies them, or a dash as
 * some banks' forms print them: "DE89-3704-0044-…"). Any case: people type "de89 3704 …", and the pattern is
 * anchored on letter-letter-digit-digit, which ordinary prose rarely contains, so the scan stays cheap.
 * Read out in a call, the country's letters are spelled apart ("it's G B 20HB UK42 …"); mod-97 and the
 * registry length decide either way.
 */
const IBAN_RE = /(?<![A-Za-z0-9])(?:[A-Za-z]{2}|[A-Za-z] [A-Za-z] ?)\d{2}(?:(?:[ \u00a0]{1,2}|-)?[A-Za-z0-9]{1,4}){3,8}(?![A-Za-z0-9])/g;
/** The separators of printed groups, removed to compact an IBAN. */
const GROUP_SEPARATORS = /[ \u00a0-]/g;
/** Shortest IBAN in the registry (Norway, 15). */
const IBAN_MIN_LENGTH = 15;

/**
 * The longest prefix of `raw` that, compacted and upper-cased, is a valid IBAN; cut at group
 * boundaries (the greedy match may swallow following words: "… 3000 to DE89…"). Returns its length.
 */
function validPrefixLength(raw: string): number {
  let s = raw;
  while (s.length >= IBAN_MIN_LENGTH) {
    const compact = s.replace(GROUP_SEPARATORS, '').toUpperCase();
    if (compact.length <= IBAN_MAX_LENGTH && ibanValid(compact)) return s.length;
    const cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00a0'), s.lastIndexOf('-'));
    if (cut < 0) return 0;
    s = s.slice(0, cut).trimEnd();
  }
  return 0;
}

/**
 * A short digit group right after an IBAN printed in full groups of four ("PL32 0144 … 7263 73"): the
 * printed grouping goes on, so the number as written is longer than the registry length and no valid
 * IBAN (a rejected or mistyped one), whatever its first characters check to. Not before a decimal
 * ("… 0130 1500.00"), which is an amount.
 */
const GROUP_GOES_ON = /^[ \u00a0]\d{1,4}(?![A-Za-z0-9]|[.,]\d)/;
/** A printed last group of four: only then can a following short group continue the number. */
const FULL_LAST_GROUP = /(?:^|[ \u00a0])[A-Za-z0-9]{4}$/;
/** The groups that open a line: the rest of an IBAN that a form or e-mail wrapped ("CZ71 2256 2123 7133⏎7471 8106"). */
const WRAPPED_REST = /^[ \t]*\r?\n[ \t]*((?:[A-Za-z0-9]{1,4}(?:[ \u00a0](?=[A-Za-z0-9])|(?![A-Za-z0-9]))){1,7})/;

/**
 * The end of an IBAN whose printed groups wrap onto the next line, when the groups on the first line
 * are no IBAN alone and with the next line's groups make one of exactly the registry length (mod-97).
 */
function wrappedEnd(text: string, start: number, raw: string): number {
  const end = start + raw.length;
  const rest = WRAPPED_REST.exec(text.slice(end, end + 48));
  if (!rest?.[1]) return 0;
  const joined = `${raw} ${rest[1]}`;
  const len = validPrefixLength(joined);
  if (len <= raw.length) return 0;
  const restStart = end + rest[0].length - rest[1].length;
  return restStart + (len - raw.length - 1);
}

/** An IBAN printed with dashes: every group of four after the first, the last maybe shorter. */
const DASHED_IBAN = /^[A-Za-z]{2}\d{2}(?:-[A-Za-z0-9]{4})+(?:-[A-Za-z0-9]{1,3})?$/;

/**
 * True when a dashed candidate does not have the shape of an IBAN printed with dashes, or is the tail of
 * a dashed identifier ("…-4524-be90-7bd69951943a", a UUID): one in 97 such runs passes mod-97 by chance.
 */
function dashedOutOfShape(text: string, start: number, value: string): boolean {
  return value.includes('-') && (!DASHED_IBAN.test(value) || text[start - 1] === '-' || /^-[A-Za-z0-9]/.test(text.slice(start + value.length, start + value.length + 2)));
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
      const country = m[0].charCodeAt(1) === 32 ? m[0].charAt(0) + m[0].charAt(2) : m[0].slice(0, 2);
      const known = ibanLength(country.toUpperCase()) !== undefined;
      const len = known ? validPrefixLength(m[0]) : 0;
      if (len > 0 && FULL_LAST_GROUP.test(m[0].slice(0, len)) && GROUP_GOES_ON.test(text.slice(m.index + len, m.index + len + 8))) {
        re.lastIndex = m.index + len;
        continue;
      }
      if (len === 0 && known) {
        const end = wrappedEnd(text, m.index, m[0]);
        if (end > 0) {
          out.push(spanAt('IBAN', text, m.index, end));
          re.lastIndex = end;
          continue;
        }
      }
      if (len > 0 && !dashedOutOfShape(text, m.index, m[0].slice(0, len))) {
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
