/**
 * @module privacy/pii-corpus-checks — checks the labelled corpora's tests apply to their values (Luhn,
 * IBAN mod 97 and registry lengths). Written apart from the detector's `pii/checksums.ts` on purpose: a
 * corpus test must not pass because it shares a bug with the code the corpus measures.
 */

/** IBAN lengths by country, from the ISO 13616 registry (the countries the corpora use). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15,
  DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, GR: 27, CZ: 24, HU: 28, RO: 24, HR: 21, BR: 29, MT: 31, CY: 28,
  LT: 20, LV: 21, EE: 20, SK: 24, SI: 19, BG: 22, IS: 26, IL: 23, QA: 29, MC: 27, LI: 21, KW: 30,
};

/** True when a string of digits passes the Luhn check (ISO/IEC 7812). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when a compact, upper-case IBAN passes the ISO 7064 mod-97 check (length is not checked). */
export function ibanMod97Valid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}
