/** @module privacy/normalise — canonical form of a PII value before hashing, so formats do not split one person. */
import type { PiiType } from './pii/types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Two-digit years at or below this are read as 20xx, above as 19xx (a DOB in 2030 is impossible). */
const TWO_DIGIT_YEAR_PIVOT = 30;

/** Street-type words mapped to one spelling so "Baker Street" and "Baker St." hash alike. */
const STREET_ABBREV: Readonly<Record<string, string>> = Object.freeze({
  street: 'st', avenue: 'ave', av: 'ave', road: 'rd', boulevard: 'blvd', lane: 'ln', drive: 'dr',
  court: 'ct', place: 'pl', terrace: 'ter', crescent: 'cres', square: 'sq', highway: 'hwy',
  parkway: 'pkwy', circle: 'cir', trail: 'trl', apartment: 'apt', suite: 'ste',
});

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Canonical date text: ISO when the reading is unambiguous, else the digits in written order. */
function normaliseDate(v: string): string {
  const s = v.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/\bof\b/g, ' ');
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (iso) return `${iso[1]}-${pad2(Number(iso[2]))}-${pad2(Number(iso[3]))}`;
  const num = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    let y = Number(num[3]);
    if (y < 100) y += y <= TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
    // Only one of d/m/y or m/d/y is possible when a part exceeds 12; otherwise keep the written order.
    if (a > 12) return `${y}-${pad2(b)}-${pad2(a)}`;
    if (b > 12) return `${y}-${pad2(a)}-${pad2(b)}`;
    return `${y}-?${pad2(a)}-${pad2(b)}`;
  }
  const words = s.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const monthIdx = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && /^[a-z]+$/.test(w));
  const nums = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const day = nums.find((n) => n <= 31);
  const year = nums.find((n) => n > 31);
  if (monthIdx >= 0 && day !== undefined && year !== undefined) {
    const month = MONTHS.indexOf((words[monthIdx] ?? '').slice(0, 3)) + 1;
    return `${year}-${pad2(month)}-${pad2(day)}`;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** Canonical IPv6: lower-case, each group without leading zeros, `::` expanded. */
function normaliseIp(v: string): string {
  if (!v.includes(':')) return v;
  const lower = v.toLowerCase();
  const [head = '', tail] = lower.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0');
  return [...h, ...fill, ...t].map((g) => (g.includes('.') ? g : g.replace(/^0+(?=.)/, ''))).join(':');
}

/**
 * Canonical form of a value of `type`: e-mails lower-cased, phones/cards/SSNs digits only (a leading
 * international `00` counts as `+`), IBANs compact upper-case, dates ISO where unambiguous, names and
 * addresses lower-cased without punctuation or titles.
 * @example normalisePiiValue('PHONE', '+1 (415) 555-0132') // '14155550132'
 */
export function normalisePiiValue(type: PiiType, value: string): string {
  const v = value.trim();
  switch (type) {
    case 'EMAIL':
      return v.toLowerCase();
    case 'PHONE':
      return v.replace(/\D/g, '').replace(/^00/, '');
    case 'CARD':
      return v.replace(/\D/g, '');
    case 'IBAN':
      return v.replace(/\s/g, '').toUpperCase();
    case 'NATIONAL_ID':
      return v.replace(/[\s-]/g, '').toUpperCase();
    case 'IP':
      return normaliseIp(v);
    case 'DOB':
      return normaliseDate(v);
    case 'ADDRESS':
      return v
        .toLowerCase()
        .replace(/[.,#]/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => STREET_ABBREV[w] ?? w)
        .join(' ');
    case 'PERSON':
      return v
        .toLowerCase()
        .replace(/^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/, '')
        .replace(/[’]/g, "'")
        .replace(/\s+/g, ' ');
  }
}
