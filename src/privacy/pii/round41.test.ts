/**
 * @module privacy/pii/round41.test — the forty-first round's rules: travel agencies, schools and
 * councils in several languages, timetable rooms, continents, ships with their prefix, event names,
 * place columns and class codes as no people; version numbers after product names, reservation and
 * pupil numbers, user agents as no phones or addresses; reservation contact elements and numbers
 * "read out as" words as phones; an SSN after an acknowledgement; a hotel room and a birthday during a
 * trip as no address or birth date; names quoted from travel documents, names in delimited exports,
 * CJK names after Latin labels, Dutch pupil labels and "Sheikh" as a family name.
 */
import { describe, expect, it } from 'vitest';
import { detectPii } from './runner.js';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { winkWordLexicon } from './word-lexicon.js';

describe('not people', () => {
  it('reads travel agencies, schools and councils named in their own languages as organisations', () => {
    expect(found('From: Costa Azzurra Viaggi <info@example.org>\nThank you for booking with Costa Azzurra Viaggi.', 'PERSON')).toEqual([]);
    expect(found('Prepared by Zuiderzee Reizen for your visa appointment.', 'PERSON')).toEqual([]);
    expect(found('Iscrizione — Scuola Primaria A. Manzoni\nIl sottoscritto Lorenzo Galli', 'PERSON')).toEqual(['Lorenzo Galli']);
    expect(found('Anmeldung Volksschule Ahornweg — 2026/27', 'PERSON')).toEqual([]);
    expect(found('Szanowny Panie,\nprosimy o wpłatę na konto Rady Rodziców.', 'PERSON')).toEqual([]);
  });

  it('reads timetable rooms, continents, cruise lines, events and ships as no people', () => {
    expect(found('Tue: P2 Maths Rm 14 (Mr Adeyemi) | P3 Art Portakabin 2', 'PERSON')).toEqual(['Adeyemi']);
    expect(found('Cover: Single trip, Europe\nExcess: 100 GBP', 'PERSON')).toEqual([]);
    expect(found('Ask our partner Thomas Cook desk, or Royal Caribbean on board.', 'PERSON')).toEqual([]);
    expect(found('- Beethoven Concert & Supper: Ines Duarte', 'PERSON')).toEqual(['Ines Duarte']);
    expect(found('MS Queen Mary — embarkation list', 'PERSON')).toEqual([]);
    expect(found('Pets this week: Pickle the guinea pig and Nugget the hamster.', 'PERSON')).toEqual([]);
  });

  it('reads a class code after a dash as no amount of a ledger', () => {
    expect(found('WhatsApp — 4B Parents\n[08:10] Lina Haddad: morning all', 'PERSON')).toEqual(['Lina Haddad']);
  });

  it('reads a city column of an export as places for the learned scorer too', () => {
    const csv = 'name,total,city\nIrene Kowal,12.50,Austin\nTomas Berg,8.00,Austin\nNoor Aziz,3.10,Austin';
    expect(found(csv, 'PERSON')).toEqual(['Irene Kowal', 'Tomas Berg', 'Noor Aziz']);
  });

  it('reads a known name that is also a month as the month of a date', () => {
    const spans = detectPii('Signed: April Moss   Date: April 3, 2026. April agreed.', { knownNames: ['April Moss'], lexicon: winkWordLexicon() });
    expect(spans.filter((s) => s.type === 'PERSON').map((s) => s.value)).toEqual(['April Moss', 'April']);
  });
});

describe('structured values', () => {
  it('reads dotted versions after a product’s name as no addresses', () => {
    expect(found('Changelog — ClassDesk MIS 6.14.2.90 (commit 9f0e1d2c)', 'IP')).toEqual([]);
    expect(found('blocked by gateway 81.2.69.160 (NetGuard 5.12.4.201)', 'IP')).toEqual(['81.2.69.160']);
  });

  it('reads reservation, booking, ticket and pupil numbers and user agents as no phones', () => {
    expect(found('OEN: 381-204-557', 'PHONE')).toEqual([]);
    expect(found('Reservation 4821.306.775  Arrival 2 June', 'PHONE')).toEqual([]);
    expect(found('attached the hotel booking (0371.552.804).', 'PHONE')).toEqual([]);
    expect(found('"Conf","Guest","Phone"\n"7710.442.169","Ines Duarte","+351 912 345 678"', 'PHONE')).toEqual(['+351 912 345 678']);
    expect(found('GET /trip HTTP/1.1" 200 "okhttp/12.13.45.2201"', 'PHONE')).toEqual([]);
  });

  it('reads a reservation’s contact element and a number read out as words as phones', () => {
    expect(found('  SSR CTCM YY HK1/447700900123/P1', 'PHONE')).toEqual(['447700900123']);
    expect(found('Callback number read out as "oh seven seven oh oh nine oh oh one two three"', 'PHONE')).toEqual([
      'oh seven seven oh oh nine oh oh one two three',
    ]);
  });

  it('reads an SSN that opens a reply after a bare acknowledgement', () => {
    const chat = 'Agent: Please confirm your SSN and your date of birth.\nNia Okoro: sure — 531442876, born May 2, 1980';
    expect(found(chat, 'NATIONAL_ID')).toEqual(['531442876']);
  });

  it('reads a hotel and its room as no postal address, and a birthday during a trip as no birth date', () => {
    expect(found('Temporary address: Hotel Lisboa Plaza, room 318 until 12JUN', 'ADDRESS')).toEqual([]);
    expect(found('Address: Room 4, 22 Mill Road, Cambridge CB1 2AD', 'ADDRESS')).toEqual(['Room 4, 22 Mill Road, Cambridge CB1 2AD']);
    expect(found('my wife’s birthday is during the cruise (14 Mar 2026), can you arrange flowers?', 'DOB')).toEqual([]);
  });
});

describe('people', () => {
  it('reads names quoted from a passport, ticket or PNR', () => {
    expect(found('Checked — name in PNR is OKONKWO/ADA, ticket ok', 'PERSON')).toEqual(['OKONKWO/ADA']);
    expect(found('My passport says HELGA BRANDT but the ticket says MS HELGE BRANDT.', 'PERSON')).toEqual(['HELGA BRANDT', 'HELGE BRANDT']);
    expect(found('the ticket says NON REFUNDABLE FARE', 'PERSON')).toEqual([]);
  });

  it('reads the other cells of a name column of a delimited export, CJK and airline forms too', () => {
    const semi = 'ref;when;name;email\nA1;2026-01-02;Irene Kowal;ik@example.org\nA2;2026-01-03;陈静;cj@example.org\nA3;2026-01-04;Tomas Berg;tb@example.org';
    expect(found(semi, 'PERSON')).toEqual(['Irene Kowal', '陈静', 'Tomas Berg']);
    const quoted = '"Conf","Guest","Nights"\n"R-1","Claire Moreau","2"\n"R-2","Anna Lindqvist","3"\n"R-3","佐藤/健","1"';
    expect(found(quoted, 'PERSON')).toContain('佐藤/健');
    const header = 'COGNOME;NOME;DATA\nGalli;Lorenzo;1980-01-02\nRossi;Chiara;1982-03-04\nBruno;Marco;1979-05-06';
    expect(found(header, 'PERSON')).not.toContain('NOME');
  });

  it('reads CJK names after Latin labels and a spaced Japanese name closing its line', () => {
    expect(found('Group leader: 王静 +65 9123 4567', 'PERSON')).toEqual(['王静']);
    expect(found('Queue: 고객센터 | Start: 09:00', 'PERSON')).toEqual([]);
    expect(found('【遅刻連絡】3年2組 佐藤 健\nよろしくお願いします。', 'PERSON')).toEqual(['佐藤 健']);
  });

  it('reads Dutch pupil labels, "Sheikh" after a name or title, and yearbook lines', () => {
    expect(found('Achternaam leerling: Visscher\nRoepnaam: Daan', 'PERSON')).toEqual(['Visscher', 'Daan']);
    expect(found('Pupil: Imran Sheikh   Class 8-C', 'PERSON')).toEqual(['Imran Sheikh']);
    expect(found('LEAVERS 2026\nCORMAC DOYLE — "Still owes the library a book"', 'PERSON')).toEqual(['CORMAC DOYLE']);
  });
});
