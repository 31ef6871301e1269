/** @module privacy/pii/national-id — US Social Security numbers and UK National Insurance numbers. */
import { ssnValid } from './checksums.js';
import { continuesNumerically, followsNumericPrefix, hasSsnCue } from './context-cues.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * AAA-GG-SSSS with one separator used throughout (dash, space or dot), or (only after an SSN cue)
 * nothing between the parts.
 */
const SSN_RE = /(?<![\w-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w-])/g;

/**
 * UK NINO: two prefix letters (D, F, I, Q, U, V never; O never second), six digits, suffix A–D.
 * The disallowed pairs BG, GB, NK, KN, TN, NT and ZZ are rejected after matching.
 */
const NINO_RE = /(?<![\w])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\w])/g;
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** Finds national identifiers: SSNs (SSA validity rules) and UK NI numbers. */
export const nationalIdDetector: PiiDetector = {
  type: 'NATIONAL_ID',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    for (const m of execAll(SSN_RE, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!ssnValid(m[0])) continue;
      if (continuesNumerically(text, end) || followsNumericPrefix(text, start)) continue;
      // Nine bare digits are an SSN only when the text says so; otherwise they are ids or amounts.
      if (m[2] === '' && !hasSsnCue(text, start)) continue;
      out.push(spanAt('NATIONAL_ID', text, start, end));
    }
    for (const m of execAll(NINO_RE, text)) {
      if (NINO_BAD_PREFIX.has(m[1] ?? '')) continue;
      out.push(spanAt('NATIONAL_ID', text, m.index, m.index + m[0].length));
    }
    return out;
  },
};
