/**
 * @module privacy/pii/round23.test — the twenty-third round's rules: birth dates sharing an earlier
 * one's cue and dates a record is said to hold, addresses closed by a country or an Indian PIN,
 * transfer and account references that are no phone, listed firms in capitals, statement and SWIFT
 * counterparties, lower-case chat speakers, names an e-mail address spells, names above an address,
 * Korean and Japanese self-introductions, and field labels read as no names.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('dates of birth', () => {
  it.each([
    ['Visa form: my dob is 14/03/1961 and my husband’s is 02/11/1958', ['14/03/1961', '02/11/1958']],
    ['Please add my client Rania Haddad (DOB 5 May 1979) and partner Tomasz (17/09/1981) to the file.', ['5 May 1979', '17/09/1981']],
    ['We need Ilse’s date of birth confirmed. Our file says 30/06/1966.', ['30/06/1966']],
  ])('%s', (text, dates) => {
    expect(found(text, 'DOB')).toEqual(dates);
  });

  it('reads no birth date in the next sentence unless a record is said to hold it, nor in a birthday holiday', () => {
    expect(found('Please confirm your date of birth. The appointment is 12/05/2024.', 'DOB')).toEqual([]);
    expect(found('Offices close on June 9, 2025 for the King’s Birthday holiday.', 'DOB')).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['Send the cheque book to Apartment 412, Marina Heights, Al Sufouh, Dubai, United Arab Emirates please', 'Apartment 412, Marina Heights, Al Sufouh, Dubai, United Arab Emirates'],
    ['Forwarding address: 57, Sector 21, Gurugram, Haryana, 122016\nThanks', '57, Sector 21, Gurugram, Haryana, 122016'],
    ['Home: H.No. 8-2-293/A, Banjara Hills, Hyderabad, Telangana 500034', 'H.No. 8-2-293/A, Banjara Hills, Hyderabad, Telangana 500034'],
    ['Domicilio: Blvd. Benito Juárez 140, Col. Centro, 64000 Monterrey, N.L.', 'Blvd. Benito Juárez 140, Col. Centro, 64000 Monterrey, N.L.'],
  ])('%s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });
});

describe('phones and references', () => {
  it('reads no phone in transfer, complaint, account and Medicare references', () => {
    for (const text of [
      'Tracking no. (MTCN): 0184426671',
      'Bonifico eseguito. CRO 07110203044.',
      'Reklamacja nr 0488123456',
      '2. Mahnung – Darlehenskonto 0170033458',
      'Medicare: 2953 41862 1',
    ]) {
      expect(found(text, 'PHONE'), text).toEqual([]);
    }
  });

  it('reads Singapore hand-phone numbers after HP: and a new number', () => {
    expect(found('HP: 9123 4567', 'PHONE')).toEqual(['9123 4567']);
    expect(found('hey its me, new number btw 8765 4321', 'PHONE')).toEqual(['8765 4321']);
  });

  it('keeps an SSN whose label holds its own aside', () => {
    expect(found('Subscriber ID (SSN or ID#) 512348765', 'NATIONAL_ID')).toEqual(['512348765']);
  });
});

describe('names', () => {
  it('reads no person in listed firms written in capitals, but the payee after one', () => {
    expect(found('MORGAN STANLEY WEALTH MANAGEMENT — quarterly statement', 'PERSON')).toEqual([]);
    expect(found('12/07/2024,"ZELLE TO KOFI MENSAH CONF# AB1234567",-120.00', 'PERSON')).toEqual(['KOFI MENSAH']);
  });

  it('reads statement and SWIFT counterparties, but not a transfer between own accounts', () => {
    expect(found('03.02.2025  SEPA CT JOOST VAN DAM NL91ABNA0417164300   -EUR 250.00', 'PERSON')).toEqual(['JOOST VAN DAM']);
    expect(found('01/07/2024,"FPS CREDIT R OKAFOR REF GYA1435",-404.89', 'PERSON')).toEqual(['R OKAFOR']);
    expect(found(':50K:/DE89370400440532013000\nINGRID HOLM\nSTORGATAN 4', 'PERSON')).toEqual(['INGRID HOLM']);
    expect(found('TRANSFER TO SAVINGS   -£200.00', 'PERSON')).toEqual([]);
  });

  it('reads lower-case chat speakers and their full name, but not config keys or commit types', () => {
    const chat = 'lerato: hey is the room still free?\nbongani: yes, from june\nlerato: great. i’m lerato dube btw';
    expect(found(chat, 'PERSON')).toEqual(['lerato', 'bongani', 'lerato', 'lerato dube']);
    expect(found('ssn: "512348765"\nname: test user\nssn: "143207788"', 'PERSON')).toEqual([]);
    expect(found('refactor: rename the parser helper\nfix: handle empty lines\nrefactor: split the module', 'PERSON')).toEqual([]);
  });

  it('reads a name that an e-mail address of the text spells, and a name above an address', () => {
    expect(found('Signer Events\nHunter Blake\nhunter.blake77@example.org', 'PERSON')).toEqual(['Hunter Blake']);
    expect(found('OLIVIA NAKAMURA\n2441 Juniper Dr, Austin, TX 78772', 'PERSON')).toEqual(['OLIVIA NAKAMURA']);
    expect(found('Customer Service\n2441 Juniper Dr, Austin, TX 78772', 'PERSON')).toEqual([]);
  });

  it('reads "SURNAME, GIVEN" in capitals after a person’s label', () => {
    expect(found('Subject: OKAFOR, CHIAMAKA\nSSN on file', 'PERSON')).toEqual(['OKAFOR, CHIAMAKA']);
  });

  it('reads Korean and Japanese writers introducing themselves', () => {
    expect(found('안녕하세요. 공인중개사 박서준입니다.', 'PERSON')).toEqual(['박서준']);
    expect(found('いつもお世話になっております。さくら不動産の山本です。', 'PERSON')).toEqual(['山本']);
    expect(found('이것은 정상입니다. 東京の天気です。', 'PERSON')).toEqual([]);
  });

  it('reads law firms, lettings agents, legal parties and eponymous methods as no names', () => {
    for (const text of [
      'Solicitor: Alcázar Abogados, Madrid',
      'Requested by Oakhurst Lettings on Monday',
      'Defendant (landlord): see the attached lease',
      'Your Kelly criterion estimate is in the portal.',
      'Mit freundlichen Grüßen\nIm Auftrag\nKundenservice',
    ]) {
      expect(found(text, 'PERSON'), text).toEqual([]);
    }
  });
});
