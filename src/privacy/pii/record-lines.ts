/**
 * @module privacy/pii/record-lines — identity records of fixed-width exports (mainframe payroll, claims
 * and customer-master files): one line per person, a name in capitals padded to its column width, and
 * bare number fields beside it — a nine-digit SSN, an eight-digit birth date (YYYYMMDD), a ten-digit
 * phone. No cue word names the fields, so the line itself is the evidence: a padded name in capitals
 * and at least two of those fields, each valid for its kind (ADR 0011, twelfth round).
 */
import { ssnValid } from './checksums.js';
import type { PiiType } from './types.js';

/** A field found on a record line. */
export interface RecordField {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
}

/** A name in capitals, two to four words, padded by at least two spaces ("CHO JI-HOON      "). */
const PADDED_CAPS_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+){1,3}(?= {2,})/u;
/** A bare number field of eight to eleven digits. */
const NUMBER_FIELD = /(?<![\p{L}\p{N}])\d{8,11}(?![\p{L}\p{N}])/gu;
/** Cheap gate (with a two-space column gap): eight digits in a row. */
const GATE = /\d{8}/;
/** Fewest kinds of field (SSN, birth date, phone) that make a line an identity record. */
const MIN_KINDS = 2;
/** Earliest birth year read from a record, and the latest (the current year, taken when the module loads). */
const MIN_YEAR = 1900;
const MAX_YEAR = new Date().getUTCFullYear();
const MONTHS = 12;
const MAX_DAY = 31;

/** An eight-digit YYYYMMDD date of a plausible birth. */
function compactBirthDate(d: string): boolean {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= MONTHS && day >= 1 && day <= MAX_DAY;
}

/** A North American number of ten digits (or eleven after a 1): area code and exchange do not start with 0 or 1. */
function nanpDigits(d: string): boolean {
  const n = d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
  return n.length === 10 && n[0] !== '0' && n[0] !== '1' && n[3] !== '0' && n[3] !== '1';
}

/** The type a bare number field holds, or undefined. */
function fieldType(d: string): PiiType | undefined {
  if (d.length === 9 && ssnValid(d)) return 'NATIONAL_ID';
  if (d.length === 8 && compactBirthDate(d)) return 'DOB';
  if ((d.length === 10 || d.length === 11) && nanpDigits(d)) return 'PHONE';
  return undefined;
}

let lastText: string | undefined;
let lastFields: readonly RecordField[] = [];

/**
 * The SSN, birth-date and phone fields of the identity record lines in `text`. The three detectors ask
 * for the same text in turn, so the last answer is kept.
 * @example
 * identityRecordFields('D000001 270053380 CHO JI-HOON      19970806 7859430235').map((f) => f.type)
 * // ['NATIONAL_ID', 'DOB', 'PHONE']
 */
export function identityRecordFields(text: string): readonly RecordField[] {
  if (text === lastText) return lastFields;
  const out: RecordField[] = [];
  if (text.includes('  ') && GATE.test(text)) {
    let ls = 0;
    while (ls < text.length) {
      const nl = text.indexOf('\n', ls);
      const le = nl < 0 ? text.length : nl;
      const line = text.slice(ls, le);
      if (PADDED_CAPS_NAME.test(line)) {
        const fields: RecordField[] = [];
        for (const m of line.matchAll(NUMBER_FIELD)) {
          const type = fieldType(m[0]);
          if (type) fields.push({ type, start: ls + (m.index ?? 0), end: ls + (m.index ?? 0) + m[0].length });
        }
        if (new Set(fields.map((f) => f.type)).size >= MIN_KINDS) out.push(...fields);
      }
      ls = le + 1;
    }
  }
  lastText = text;
  lastFields = out;
  return out;
}
