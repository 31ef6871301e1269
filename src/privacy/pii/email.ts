/** @module privacy/pii/email — e-mail addresses (RFC 5322 "common subset": local@domain.tld). */
import { spanAt, type PiiDetector, type PiiSpan } from './types.js';

const EMAIL_RE =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;

/** Finds e-mail addresses; the `@` pre-check keeps it free for text without one. */
export const emailDetector: PiiDetector = {
  type: 'EMAIL',
  detect(text: string): PiiSpan[] {
    if (!text.includes('@')) return [];
    const out: PiiSpan[] = [];
    for (const m of text.matchAll(EMAIL_RE)) out.push(spanAt('EMAIL', text, m.index, m.index + m[0].length));
    return out;
  },
};
