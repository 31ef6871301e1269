/**
 * @module privacy/pii/round22.test — the twenty-second round's rules: SSN labels with an aside or a
 * purpose, SSNs listed in a reply, compact airline birth dates before a later date, Johannesburg "011"
 * numbers, 13-digit cards typed in threes after a card word, other countries' ids and invalid SSNs that
 * are no phone, dotted versions in release notes, chat-widget role labels, Portuguese and French
 * articles, and organisations remembered across a document (org-memory.ts).
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { organisationNames, withoutOrganisationMentions } from './org-memory.js';

describe('national ids', () => {
  it.each([
    ['Tax ID form\nSSN (needed for payouts above $750): 512348765\nMailing address below.', '512348765'],
    ['Attached: my SSN for the identity theft report: 457558888, and my licence.', '457558888'],
    ['Rep: Birth date and Social Security number please?\nMe: Mar 3, 1971 and 143207788\nRep: Thanks.', '143207788'],
  ])('%s', (text, ssn) => {
    expect(found(text, 'NATIONAL_ID')).toEqual([ssn]);
  });

  it('reads no phone in other countries’ ids or in an SSN the SSA rules reject', () => {
    for (const text of [
      'SIN / NAS: 046 454 286\nDate de naissance : 1980-02-11',
      'Tax File Number: 123 456 782\nPlease reply by Friday.',
      'A-Number: 201-555-018\nHearing: master calendar',
      'PESEL: 02070803628\nData urodzenia: 08.07.1902',
      'Vi har tagit emot din ansökan (ärende 0123-456789).',
      'SSN on file: 666-12-3456.',
    ]) {
      expect(found(text, 'PHONE'), text).toEqual([]);
    }
  });
});

describe('dates, phones and cards', () => {
  it('reads a compact airline birth date when a later line holds a full date', () => {
    const text = '1. OKONKWO/ADA MS  TKT 125-1234567890  DOB 09MAR81  FF AB123456789\n\nFLIGHT XY 101  14-Jul-2025  LHR-ACC';
    expect(found(text, 'DOB')).toEqual(['09MAR81']);
  });

  it('reads a Johannesburg number with its 011 trunk prefix, and still an international call from the US', () => {
    expect(found('Cell: 011 482 7710', 'PHONE')).toEqual(['011 482 7710']);
    expect(found('From the US dial 011 44 20 7946 0018 to reach us.', 'PHONE')).toEqual(['011 44 20 7946 0018']);
  });

  it('reads a 13-digit Visa typed in threes after a card word, not without one', () => {
    expect(found('School trip fee: card 4222 222 222 222', 'CARD')).toEqual(['4222 222 222 222']);
    expect(found('Reference 4222 222 222 222', 'CARD')).toEqual([]);
  });
});

describe('IP addresses and versions', () => {
  it.each([
    'Payments gateway 2.4.0.7 — release notes',
    'During the 3.1.4.2 rollout the queue filled up.',
    'Upgraded the mobile SDK to 5.12.3.1 last night.',
    'The kiosk app (1.0.3.9) shows the new gate.',
  ])('reads a version, not an address: %s', (text) => {
    expect(found(text, 'IP')).toEqual([]);
  });

  it('reads one-digit quads as addresses in config values and after address words', () => {
    expect(found('{"wan":"81.2.69.160","dns":["1.1.1.1","8.8.4.4"]}', 'IP')).toEqual(['81.2.69.160', '1.1.1.1', '8.8.4.4']);
    expect(found('network:\n  bind: 0.0.0.0', 'IP')).toEqual(['0.0.0.0']);
    expect(found('Could not ping 9.9.9.9 from the office.', 'IP')).toEqual(['9.9.9.9']);
  });
});

describe('names', () => {
  it('reads a chat widget’s role labels as no names', () => {
    const text = '[09:12] Bot: What is your name?\n[09:13] Visitor: Ines Carvalho\n[09:14] Visitor: the coupon fails';
    expect(found(text, 'PERSON')).toEqual(['Ines Carvalho']);
  });

  it('reads Portuguese articles and a German field label as no names', () => {
    expect(found('Cliente: oi, comprei uma passagem e quero remarcar', 'PERSON')).toEqual([]);
    expect(found('Fehler im Formular: DE89 3704 0044 0532 0130 00', 'PERSON')).toEqual([]);
  });

  it('reads schools, docks and halls named after people as no names', () => {
    for (const text of [
      'She taught at King Henry VIII School for years.',
      'He studied at Sir Thomas Rich’s School in Gloucester.',
      'Grades from Rosa Parks High School were attached.',
      'Students are housed in the Ada Lovelace and Alan Turing halls.',
    ]) {
      expect(found(text, 'PERSON'), text).toEqual([]);
    }
  });

  it('reads a given name before an everyday noun as a shop, but a name before a clause as a name', () => {
    expect(found('Please pay within 14 days to Yuki Select, IBAN attached.', 'PERSON')).toEqual([]);
    expect(found('We booked two nights at Aurora Lodges in May.', 'PERSON')).toEqual([]);
    expect(found('Thanks Maria Please call me back', 'PERSON')).toEqual(['Maria']);
  });
});

describe('organisations remembered across a document', () => {
  const letter = 'Hello,\nYour order from Camila Verde ships today.\n\nThe Camila Verde Team\n';

  it('finds names closed by an organisation word and names spelled as a role mailbox’s domain', () => {
    expect([...organisationNames(letter)]).toEqual(['Camila Verde']);
    expect([...organisationNames('Questions? Write to Sol Marino <care@solmarino.example>.')]).toEqual(['Sol Marino']);
  });

  it('drops the person spans inside every mention, and keeps other names', () => {
    const text = `${letter}Signed for by Lucia Ferri.`;
    const at = (v: string) => ({ type: 'PERSON' as const, start: text.indexOf(v), end: text.indexOf(v) + v.length, value: v });
    expect(withoutOrganisationMentions(text, [at('Camila Verde'), at('Lucia Ferri')]).map((s) => s.value)).toEqual(['Lucia Ferri']);
  });

  it('does not remember a person’s name from a shared mailbox or a care plan', () => {
    expect([...organisationNames('From: Nadia Rahman <support@helpdesk.example>')]).toEqual([]);
    expect([...organisationNames('Patient: Omar Haddad\nOmar Haddad Care Plan reviewed.')]).toEqual([]);
  });

  it('is applied by the detector', () => {
    expect(found(letter, 'PERSON')).toEqual([]);
  });
});
