/** @module privacy/pii/checksums — Luhn, IBAN mod-97 and US SSN validity rules used to keep precision high. */

/** Shortest and longest payment card numbers (ISO/IEC 7812: Maestro issues 12–19 digits, the rest 13–19). */
export const CARD_MIN_DIGITS = 12;
export const CARD_MAX_DIGITS = 19;

/**
 * Luhn (mod-10) check over a digit string.
 * @example luhnValid('4111111111111111') // true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** One card network's issuer prefix (IIN range) and the PAN lengths it issues. */
interface CardRange {
  readonly brand: string;
  readonly prefix: RegExp;
  readonly min: number;
  readonly max: number;
}

/**
 * Issuer identification number ranges and PAN lengths of the card networks in use worldwide (from the
 * networks' published IIN tables). A Luhn-valid number outside these is almost always an order or
 * tracking number. Ranges may overlap (Maestro and Discover both issue in 6…); a number is a card when
 * any range accepts its prefix and length.
 */
const CARD_RANGES: readonly CardRange[] = [
  { brand: 'Visa', prefix: /^4/, min: 13, max: 19 },
  { brand: 'Mastercard', prefix: /^(?:5[1-5]|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720))/, min: 16, max: 16 },
  { brand: 'Amex', prefix: /^3[47]/, min: 15, max: 15 },
  { brand: 'Diners', prefix: /^3(?:0[0-5]|095|6|[89])/, min: 14, max: 19 },
  { brand: 'JCB', prefix: /^35(?:2[89]|[3-8]\d)/, min: 16, max: 19 },
  { brand: 'Discover', prefix: /^6(?:011|22(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5])|4[4-9]|5)/, min: 16, max: 19 },
  { brand: 'UnionPay', prefix: /^(?:62|81)/, min: 16, max: 19 },
  { brand: 'Maestro', prefix: /^(?:5[06-9]|6)/, min: 12, max: 19 },
  { brand: 'Mir', prefix: /^220[0-4]/, min: 16, max: 19 },
  { brand: 'RuPay', prefix: /^(?:60|65|81|82|508)/, min: 16, max: 16 },
  { brand: 'Troy', prefix: /^9792/, min: 16, max: 16 },
];

/** Visa issues 13, 16 and 19 digits only (14, 15, 17 and 18 are not Visa lengths). */
const VISA_LENGTHS = new Set([13, 16, 19]);

/** The network whose IIN range and length accept `digits`, or undefined (no Luhn check here). */
export function cardBrand(digits: string): string | undefined {
  const n = digits.length;
  for (const r of CARD_RANGES) {
    if (n < r.min || n > r.max || !r.prefix.test(digits)) continue;
    if (r.brand === 'Visa' && !VISA_LENGTHS.has(n)) continue;
    return r.brand;
  }
  return undefined;
}

/** True when `digits` looks like a real payment card: a network's IIN range and length, Luhn-valid. */
export function cardValid(digits: string): boolean {
  return (
    digits.length >= CARD_MIN_DIGITS &&
    digits.length <= CARD_MAX_DIGITS &&
    /^\d+$/.test(digits) &&
    cardBrand(digits) !== undefined &&
    luhnValid(digits)
  );
}

/**
 * IBAN length per country: every country of the SWIFT IBAN registry (ISO 13616), including the
 * recent members (BI, DJ, FK, HN, LY, MN, NI, OM, RU, SD, SO, SV, YE).
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
});

/** Longest IBAN in the registry (Russia, 33). */
export const IBAN_MAX_LENGTH = 33;

/** Expected IBAN length for a country code, or undefined when the country is not in the registry. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country];
}

/** ISO 7064 mod 97-10 remainder of an IBAN (country + check digits moved to the end, letters → 10..35). */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    // Letters expand to two digits (A=10 … Z=35); fold them in one step each.
    if (code >= 65 && code <= 90) rem = (rem * 100 + (code - 55)) % 97;
    else rem = (rem * 10 + (code - 48)) % 97;
  }
  return rem;
}

/**
 * Validates a compact (no spaces, upper-case) IBAN: registry length and mod-97 == 1.
 * @example ibanValid('GB82WEST12345698765432') // true
 */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  return expected === iban.length && ibanRemainder(iban) === 1;
}

/**
 * US SSN rules from the SSA: area 001–899 except 666, group 01–99, serial 0001–9999; the two numbers
 * the SSA voided after they were printed in advertising (078-05-1120, 219-09-9999) are rejected.
 * @example ssnValid('123-45-6789') // true
 */
export function ssnValid(ssn: string): boolean {
  const digits = ssn.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (VOIDED_SSNS.has(digits)) return false;
  return area > 0 && area !== 666 && area < 900 && group > 0 && serial > 0;
}

/** SSNs the SSA voided because they were printed on sample cards and in advertising. */
const VOIDED_SSNS = new Set(['078051120', '219099999']);
