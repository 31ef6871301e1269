/**
 * @module privacy/pii/round40.test — the fortieth round's rules: the words of a spelling alphabet ("C for
 * Charlie"), a bot named with its role in brackets anywhere, eyewear and dental businesses, product columns
 * of practice exports, eponymous anginas and ulcers as no people; the names of a bank's payee check
 * ("Name on the account: C OKAFOR"); SSNs in CSV columns named for them and after "SSN or ID"; a birth
 * date in brackets after a name; an address ending before a phone-only line.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('not people', () => {
  it('reads the words a caller spells letters with as no people, and keeps the name they spell', () => {
    expect(found('CALLER: It is Okoye. O for Oscar, K for Kilo, O for Oscar, Y for Yankee, E for Echo.', 'PERSON')).toEqual(['Okoye']);
    expect(found('AGENT: M as in Mike, A as in Alpha?', 'PERSON')).toEqual([]);
    expect(found('I waited for Charlie for an hour.', 'PERSON')).toEqual(['Charlie']);
  });

  it('reads a bot named with its role in brackets as no person at any of its turns', () => {
    expect(found('Chat with Sophie (virtual assistant) — 2025-01-04\nSophie: Hello! How can I help?', 'PERSON')).toEqual([]);
    expect(found('Ana (dental assistant): your crown is ready.', 'PERSON')).toEqual(['Ana']);
  });

  it('reads opticians, orthodontists and dental labs, frame columns and eponymous anginas as no people', () => {
    expect(found('[Call recording — Harbourside Opticians — 2025-03-02]', 'PERSON')).toEqual([]);
    expect(found('Lab: Northgate Prosthetics, shade A2', 'PERSON')).toEqual([]);
    expect(found('Medical history: asthma [N]  Ludwig’s angina [N]', 'PERSON')).toEqual([]);
    const csv = '"Patient","Frame","Mobile"\n"Okafor, Chidi","Ray Ban Clubmaster","07700 900123"';
    expect(found(csv, 'PERSON')).not.toContain('Ray Ban Clubmaster');
  });
});

describe('structured values', () => {
  it('reads SSNs in a CSV column named for them, whatever follows the cell, and after "SSN or ID"', () => {
    const csv = 'patient_id,last_name,birthdate,ssn_or_id,tooth,fee\nP-1,Okafor,1961-02-03,531 44 2876,14,120.00\nP-2,Lee,1970-05-06,601274455,3,95.00';
    expect(found(csv, 'NATIONAL_ID')).toEqual(['531 44 2876', '601274455']);
    expect(found('Member SSN or ID: 531442876', 'NATIONAL_ID')).toEqual(['531442876']);
    expect(found('amount,qty\n531-44-2876,25', 'NATIONAL_ID')).toEqual([]);
  });

  it('reads a past generation’s date in brackets right after a full name as a birth date', () => {
    expect(found('Our mutual patient Ines Rocha (14/02/1961) has moved to your practice.', 'DOB')).toEqual(['14/02/1961']);
    expect(found('Meeting with Ines Rocha (14/02/2025) went well.', 'DOB')).toEqual([]);
  });

  it('ends an address before a line holding only a phone number', () => {
    const block = 'Ines Rocha\n14 Larch Close\nLeeds\nLS6 2AB\n07700 900123\n\nComplaints team';
    expect(found(block, 'ADDRESS')).toEqual(['14 Larch Close\nLeeds\nLS6 2AB']);
    expect(found(block, 'PHONE')).toEqual(['07700 900123']);
  });
});

describe('people', () => {
  it('reads the names of a bank’s payee check, initials and capitals too', () => {
    const check = 'Name you entered: Chidi Okafor\nName on the account: C OKAFOR\nResult: CLOSE MATCH';
    expect(found(check, 'PERSON')).toEqual(['Chidi Okafor', 'C OKAFOR']);
  });
});
