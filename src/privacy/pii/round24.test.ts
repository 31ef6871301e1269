/**
 * @module privacy/pii/round24.test — the twenty-fourth round's rules: cards after an amount, birth dates
 * and phones in space-aligned tables, SSN labels that end in "number", ids of other schemes behind a
 * slash or an aside, vehicle makes and models, hyphenated compounds of everyday words, sign-off cues
 * inside words, household lists, more person labels and "by" cues, and match scores that are no
 * addresses.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('structured values', () => {
  it('reads a card right after an amount, in any common grouping', () => {
    expect(found('1) Ana Pires £57 4111 1111 1111 1111\n2) Ben Ode £6 4*** 3152', 'CARD')).toEqual(['4111 1111 1111 1111']);
    expect(found('3) Teo Lusk £10 3056 930902 5904 tel 0161 496 0000', 'CARD')).toEqual(['3056 930902 5904']);
  });

  it('reads the cells of a space-aligned table', () => {
    const table = '#  Name            DOB           Parent phone\n1  Ada Obi  3 March 2016  087 169 7136\n2  Eli Roe  19/11/2017  (02) 1946 3347';
    expect(found(table, 'DOB')).toEqual(['3 March 2016', '19/11/2017']);
    expect(found(table, 'PHONE')).toEqual(['087 169 7136', '(02) 1946 3347']);
  });

  it('reads an SSN after a label that ends in "number"', () => {
    expect(found('SSN on file ends 2226; full number 512348765 confirmed against card.', 'NATIONAL_ID')).toEqual(['512348765']);
  });

  it('reads no phone in ids behind a slash or an aside', () => {
    for (const text of ['NHS/health no: 943 476 5919', 'SIN (optional, for tax receipt): 046 454 286', 'meter no. 04723018514 is faulty']) {
      expect(found(text, 'PHONE'), text).toEqual([]);
    }
  });

  it('reads no address in a match score', () => {
    expect(found('Match report: Valley Harriers 4–3 Cromwell Park', 'ADDRESS')).toEqual([]);
  });
});

describe('names', () => {
  it('reads a vehicle make and model as no name, but a person named like a make', () => {
    expect(found('Yo llevaba mi Kia Niro cuando pasó.', 'PERSON')).toEqual([]);
    expect(found('il preventivo per la sua Lancia Ypsilon è pronto', 'PERSON')).toEqual([]);
    expect(found('Please call Kia Patel back today.', 'PERSON')).toEqual(['Kia Patel']);
  });

  it('reads hyphenated compounds of everyday words and words that contain a sign-off as no names', () => {
    expect(found('Der Techniker-Termin ist bestätigt. Adresse folgt.', 'PERSON')).toEqual([]);
  });

  it('reads household lists, family names and kin labels', () => {
    expect(found('Household: 4 (Rahima age 12, Shafiqul age 3)', 'PERSON')).toEqual(['Rahima', 'Shafiqul']);
    expect(found('Kiddush sponsored by the Morozova family this week.', 'PERSON')).toEqual(['Morozova']);
    expect(found('New number 0113 108 0656. Spouse Selam and 1 child still abroad.', 'PERSON')).toEqual(['Selam']);
    expect(found('Access: tenant consents. Call (02) 4358 5844 after 5pm.', 'PERSON')).toEqual([]);
  });

  it('reads names after more person labels and "by" cues, and after a human predicate', () => {
    expect(found('Intake sheet (volunteer: Destiny)', 'PERSON')).toEqual(['Destiny']);
    expect(found('Flagged by Sahra for repeated card testing.', 'PERSON')).toEqual(['Sahra']);
    expect(found('anyone free to drive the van tmrw? Guy is off sick', 'PERSON')).toEqual(['Guy']);
  });

  it('reads places after a preposition, languages, cakes and form labels as no names', () => {
    for (const text of [
      'Next week away at Jackson Park.',
      '[Translated from Farsi by a volunteer]',
      'Wed shepherd’s pie; Thu Victoria sponge for pudding.',
      'Title: Mx   First name: Pádraig',
      'Cakes: Mr Kipling 14 boxes',
    ]) {
      expect(found(text, 'PERSON').filter((v) => v !== 'Pádraig'), text).toEqual([]);
    }
  });
});
