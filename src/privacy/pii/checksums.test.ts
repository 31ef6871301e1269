/** @module privacy/pii/checksums.test — Luhn, card IIN, IBAN mod-97 and SSN rules. */
import { describe, expect, it } from 'vitest';
import { cardValid, ibanValid, luhnValid, ssnValid } from './checksums.js';

describe('luhnValid', () => {
  it.each(['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '79927398713'])(
    'accepts %s',
    (n) => expect(luhnValid(n)).toBe(true),
  );
  it.each(['4111111111111112', '1234567812345678', '79927398710', '12a4'])('rejects %s', (n) =>
    expect(luhnValid(n)).toBe(false),
  );
});

describe('cardValid', () => {
  it('needs a known issuer prefix and a card length on top of Luhn', () => {
    expect(cardValid('4111111111111111')).toBe(true);
    // Luhn-valid but starts with 1 (no network) → an id, not a card.
    expect(cardValid('1000000000000008')).toBe(false);
    expect(luhnValid('1000000000000008')).toBe(true);
    // Luhn-valid Visa prefix but only 12 digits.
    expect(cardValid('400000000006')).toBe(false);
  });
});

describe('ibanValid', () => {
  it.each([
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'CH9300762011623852957',
  ])('accepts %s', (iban) => expect(ibanValid(iban)).toBe(true));

  it('rejects a changed digit, a wrong length and an unknown country', () => {
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('DE8937040044053201300')).toBe(false);
    expect(ibanValid('QQ82WEST12345698765432')).toBe(false);
    expect(ibanValid('gb82west12345698765432')).toBe(false);
  });
});

describe('ssnValid', () => {
  it('applies the SSA area/group/serial rules', () => {
    expect(ssnValid('123-45-6789')).toBe(true);
    expect(ssnValid('001 01 0001')).toBe(true);
    for (const bad of ['000-45-6789', '666-45-6789', '900-45-6789', '123-00-6789', '123-45-0000', '123-45-678']) {
      expect(ssnValid(bad), bad).toBe(false);
    }
  });
});
