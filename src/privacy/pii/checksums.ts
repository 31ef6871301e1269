/** @module privacy/pii/checksums — Luhn, IBAN mod-97 and US SSN validity rules used to keep precision high. */

/** Shortest and longest payment card numbers (ISO/IEC 7812 allows 8–19; real PANs are 13–19). */
export const CARD_MIN_DIGITS = 13;
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

/**
 * Issuer prefixes (IIN) of the card networks people paste into chats: Visa 4, Mastercard 51–55 and
 * 2221–2720, Amex 34/37, Discover 6011/64–65, Diners 30/36/38, JCB 35, UnionPay 62. A Luhn-valid
 * number outside these is almost always an order or tracking number.
 */
const CARD_IIN = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6(?:011|[45])|3[068]|35|62)/;

/** True when `digits` looks like a real payment card: plausible length, known issuer prefix, Luhn-valid. */
export function cardValid(digits: string): boolean {
  return (
    digits.length >= CARD_MIN_DIGITS &&
    digits.length <= CARD_MAX_DIGITS &&
    CARD_IIN.test(digits) &&
    luhnValid(digits)
  );
}

/** IBAN length per country (ISO 13616 registry, the countries in common use). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
});

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
 * US SSN rules from the SSA: area 001–899 except 666, group 01–99, serial 0001–9999.
 * @example ssnValid('123-45-6789') // true
 */
export function ssnValid(ssn: string): boolean {
  const digits = ssn.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  return area > 0 && area !== 666 && area < 900 && group > 0 && serial > 0;
}
