/** @module privacy/pii/email — e-mail addresses (RFC 5322 "common subset": local@domain.tld). */
import { spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** Characters allowed in the local part (left of `@`) and in the domain (right of `@`). */
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** The candidate must be exactly one address (checked after expanding around the `@`). */
const EMAIL_SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;
/** RFC 5321 limits: local part 64, whole address 254. */
const MAX_LOCAL = 64;
const MAX_EMAIL = 254;

/**
 * Finds e-mail addresses by expanding around each `@` (a whole-text regex would try every start
 * position and backtrack up to 64 characters each time; this is ~10× cheaper).
 */
export const emailDetector: PiiDetector = {
  type: 'EMAIL',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
      let end = at + 1;
      while (end < text.length && end - start < MAX_EMAIL && DOMAIN_CHAR.test(text[end] ?? '')) end++;
      // Leading dots/dashes and a trailing sentence dot are not part of the address.
      while (start < at && /[.%+-]/.test(text[start] ?? '')) start++;
      while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--;
      if (EMAIL_SHAPE.test(text.slice(start, end))) out.push(spanAt('EMAIL', text, start, end));
    }
    return out;
  },
};
