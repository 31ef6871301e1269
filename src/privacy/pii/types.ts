/** @module privacy/pii/types — the span and detector shapes every PII detector shares. */
import type { WordLexicon } from './word-lexicon.js';

/** Every kind of personal data the redactor knows. */
export type PiiType =
  | 'EMAIL'
  | 'PHONE'
  | 'CARD'
  | 'IBAN'
  | 'NATIONAL_ID'
  | 'IP'
  | 'ADDRESS'
  | 'DOB'
  | 'PERSON';

/** All PII types, in the order detectors run. */
export const PII_TYPES: readonly PiiType[] = Object.freeze([
  'EMAIL',
  'IBAN',
  'CARD',
  'NATIONAL_ID',
  'IP',
  'PHONE',
  'DOB',
  'ADDRESS',
  'PERSON',
]);

/** Types found by pattern + validation (everything except names). */
export const STRUCTURED_PII_TYPES: readonly PiiType[] = Object.freeze(
  PII_TYPES.filter((t) => t !== 'PERSON'),
);

/**
 * One detected piece of PII. `start`/`end` are UTF-16 offsets into the scanned text (end exclusive).
 * `value` is the raw text; it stays inside the privacy module and is never part of redactor output.
 */
export interface PiiSpan {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Per-call inputs a detector may use beyond the text itself. */
export interface DetectContext {
  /** Names known to belong to people in this text (e.g. the user's own name from session metadata). */
  readonly knownNames: readonly string[];
  /** Everyday-word lookup that sharpens name detection (see `word-lexicon.ts`); optional. */
  readonly lexicon?: WordLexicon;
}

/** A detector for one PII type. Pure: same text and context → same spans. */
export interface PiiDetector {
  readonly type: PiiType;
  detect(text: string, ctx: DetectContext): PiiSpan[];
}

/** Builds a span from a regex match offset; keeps detectors short. */
export function spanAt(type: PiiType, text: string, start: number, end: number): PiiSpan {
  return { type, start, end, value: text.slice(start, end) };
}

/** Shortest digit run any numeric identifier (card, IBAN, SSN, phone) contains somewhere. */
const DIGIT_RUN = /\d\d/;

let digitRunText: string | undefined;
let digitRunAnswer = false;

/**
 * Cheap pre-check shared by the numeric detectors: texts without two adjacent digits are skipped. The
 * card, IBAN, SSN and phone detectors ask in turn about the same text, so the last answer is kept.
 */
export function hasDigitRun(text: string): boolean {
  if (text !== digitRunText) {
    digitRunText = text;
    digitRunAnswer = DIGIT_RUN.test(text);
  }
  return digitRunAnswer;
}

/**
 * All matches of a global regex, via `exec` (≈2× cheaper than `String#matchAll`, which clones the
 * regex on every call). Not re-entrant per regex: do not nest two loops over the same regex object.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
