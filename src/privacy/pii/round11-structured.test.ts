/**
 * @module privacy/pii/round11-structured.test — eleventh round: birth dates in stamped chat replies and
 * name-and-date replies, spaced form dates, GDS dates with two-digit years, more birth cues (Amharic,
 * Urdu, "nata/o", "Née", "Fecha de nac."), pets' birth dates left alone; IBANs wrapped over two lines
 * and rejected ones with trailing digits; Message-ID headers; phone digits read with pauses, wrapped
 * NANP numbers, voicemail callers, part numbers; address blocks over lines, and places numbered like
 * houses. All values are invented (IBANs and cards are the registries' and networks' published examples).
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { cardDetector } from './card.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { phoneDetector } from './phone.js';
import type { PiiDetector } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);

describe('dates of birth (round 11)', () => {
  it.each([
    ['Agent (support): Can you confirm your date of birth for security?\n10:09 customer: 28/07/1961\n10:10 customer: thanks', '28/07/1961'],
    ['BOT: please confirm your full name and date of birth.\nUSER: Ana Ruiz - 04/22/1967\nBOT: Thanks.', '04/22/1967'],
    ['BOT: please confirm your full name and date of birth.\nUSER: Ana Ruiz, b. 1/11/1941\nBOT: Thanks.', '1/11/1941'],
    ['N a m e:  ANA RUIZ    D.O.B. 05 / 25 / 1980\nS.S.N.', '05 / 25 / 1980'],
    ['Passengers: RUIZ/ANA MRS, RUIZ/LEO MSTR (INF, DOB 12AUG23)\nFlight', '12AUG23'],
    ['Rinnovo: Ana Ruiz, nata/o il 5 gennaio 1945, RID', '5 gennaio 1945'],
    ["Prénom : Léa\nNée le 11 décembre 2013 à Lyon", '11 décembre 2013'],
    ['Fecha de nac.: 24/10/1962. Dirección: …', '24/10/1962'],
    ['ሙሉ ስም: አበበ\nየትውልድ ቀን: 11th January 1969\nስልክ', '11th January 1969'],
    ['نام : عائشہ\nتاریخ پیدائش : 09/01/2002\nموبائل', '09/01/2002'],
  ])('reads %j', (text, want) => {
    expect(values(dobDetector, text)).toEqual([want]);
  });

  it('leaves a pet’s birth date alone, and keeps its owner’s', () => {
    expect(values(dobDetector, 'Patient: Rex (canine), DOB 2022-05-04, microchip 900000000000001')).toEqual([]);
    expect(values(dobDetector, 'Patient: Tom (feline), DOB 14th September 2022')).toEqual([]);
    expect(values(dobDetector, 'Owner: Ana Ruiz, DOB 1980-03-02, phone on file')).toEqual(['1980-03-02']);
    expect(values(dobDetector, 'Patient walks with a cane, DOB 1950-03-02')).toEqual(['1950-03-02']);
  });

  it('takes no reply date when no birth date was asked, nor a spaced fraction without a cue', () => {
    expect(values(dobDetector, 'BOT: what is your order number?\nUSER: Ana Ruiz - 04/22/2023')).toEqual([]);
    expect(values(dobDetector, 'ratio 05 / 25 / 1980 units')).toEqual([]);
  });
});

describe('IBANs (round 11)', () => {
  it('reads an IBAN whose printed groups wrap onto the next line', () => {
    const text = "Bank acct (int'l):  DE89 3704 0044\n0532 0130 00\n| Signature";
    expect(values(ibanDetector, text)).toEqual(['DE89 3704 0044\n0532 0130 00']);
  });

  it('takes no IBAN whose printed groups go on past the registry length', () => {
    expect(values(ibanDetector, '<!-- rejected: CZ65 0800 0000 1920 0014 5399 73 (checksum) -->')).toEqual([]);
    expect(values(ibanDetector, 'IBAN CZ65 0800 0000 1920 0014 5399, thanks')).toEqual(['CZ65 0800 0000 1920 0014 5399']);
    // An amount after it is no continuation.
    expect(values(ibanDetector, 'CZ65 0800 0000 1920 0014 5399 1500.00 CZK')).toEqual(['CZ65 0800 0000 1920 0014 5399']);
  });

  it('takes no card from the account part of an IBAN', () => {
    expect(values(cardDetector, 'rejected: GB12 4111 1111 1111 1111 (checksum)')).toEqual([]);
    expect(values(cardDetector, 'card 4111 1111 1111 1111 exp 04/31')).toEqual(['4111 1111 1111 1111']);
  });
});

describe('e-mail message identifiers (round 11)', () => {
  it('takes no address from Message-ID, In-Reply-To or a UUID local part', () => {
    const text = 'To: ana@example.org\nMessage-ID: <f6515f37-67ec-40ef-8a16-2b25f26a0e1d@mail.example.com>\nIn-Reply-To: <abc123@mx.example.net>\nReply-To: leo@example.org';
    expect(values(emailDetector, text)).toEqual(['ana@example.org', 'leo@example.org']);
    expect(values(emailDetector, 'SENTRY_DSN=https://0a1b2c3d4e5f@o12345.ingest.example.io/42')).toEqual([]);
  });
});

describe('phones (round 11)', () => {
  it('reads digit groups read out with pauses', () => {
    expect(values(phoneDetector, 'AGENT: best callback number?\nCALLER: five two five ... seven nine three ... nine oh seven nine')).toEqual([
      'five two five ... seven nine three ... nine oh seven nine',
    ]);
    // A single full stop ends the run: "one two. Three four" is two sentences.
    expect(values(phoneDetector, 'AGENT: best callback number?\nCALLER: five two. Five seven nine three nine oh')).toEqual([]);
  });

  it('reads a NANP number wrapped after its dash, a voicemail caller and a number after "e-mail or"', () => {
    expect(values(phoneDetector, 'Phone ( day ):  (212) 555-\n0147\nCard')).toEqual(['(212) 555-\n0147']);
    expect(values(phoneDetector, 'Voicemail (1:30) from 4155550147 — transcription')).toEqual(['4155550147']);
    expect(values(phoneDetector, 'contact ana@example.org or 4155550147')).toEqual(['4155550147']);
    expect(values(phoneDetector, 'Manager — ana@example.org — 4155550147')).toEqual(['4155550147']);
  });

  it('takes no phone from part numbers or a code with a slash', () => {
    expect(values(phoneDetector, '  P/N 6388-716-10 | pint | qty 125')).toEqual([]);
    expect(values(phoneDetector, 'Port call ref INV/2028753222.')).toEqual([]);
    expect(values(phoneDetector, 'Wrapped (212) 555-\n01470 is no phone')).toEqual([]);
  });
});

describe('addresses (round 11)', () => {
  const addresses = (text: string): string[] => values(addressDetector, text);

  it.each([
    ['Adresa：Národní 238/80\n143 47 Ostrava\nBooking ref', 'Národní 238/80\n143 47 Ostrava'],
    ['አድራሻ: Bole Sub-City, Woreda 12, House No. 309, Addis Ababa, Ethiopia\nRef', 'Bole Sub-City, Woreda 12, House No. 309, Addis Ababa, Ethiopia'],
    ['ที่อยู่ — 117/45 Soi Sukhumvit 31, Chom Phon, Chatuchak, Bangkok 10500\nRef', '117/45 Soi Sukhumvit 31, Chom Phon, Chatuchak, Bangkok 10500'],
    ['Deliver to: Ioana, Str. Memorandumului nr. 39, bl. M7, ap. 55, 014456 Iași\nNote', 'Str. Memorandumului nr. 39, bl. M7, ap. 55, 014456 Iași'],
    ['LOCATION:Lange Voorhout 94-2\\, 4762 PC Den Haag\nDESCRIPTION:call', 'Lange Voorhout 94-2\\, 4762 PC Den Haag'],
    ['Deliver to: Freja, Strøget 26, 1. th., 8000 Aarhus\nNote', 'Strøget 26, 1. th., 8000 Aarhus'],
    ['Guest: Ana Ruiz\n104/38 Soi Sukhumvit 75\nSilom, Bang Rak\nBangkok 10500\nTel', '104/38 Soi Sukhumvit 75\nSilom, Bang Rak\nBangkok 10500'],
  ])('reads %j', (text, want) => {
    expect(addresses(text)).toEqual([want]);
  });

  it('takes no address from numbered departments, seasons, distances or a middle initial', () => {
    expect(addresses('Hearing in Dept. 19, Washington Square Park courthouse annex.')).toEqual([]);
    expect(addresses('CLASS NOTES — Spring 2023\n\nAna Ruiz ran')).toEqual([]);
    expect(addresses('Fuel full. Mileage 64392 km.\nPre-auth on 3782 06121')).toEqual([]);
    expect(addresses('Borrower: Adebayo R. Akinola  SSN 220-60-9360')).toEqual([]);
    // A German ring road and a Portuguese "R." after a label still count.
    expect(addresses('Opernring 2, 1010 Wien')).toEqual(['Opernring 2, 1010 Wien']);
    expect(addresses('Endereço: R. Augusta 123, 1100-053 Lisboa')).toEqual(['R. Augusta 123, 1100-053 Lisboa']);
  });
});
