/**
 * @module privacy/pii/round34.test — the thirty-fourth round's rules: birth dates of headerless
 * tab-separated lists of people and of a household's members, travellers' "SURNAME/GIVEN" after log keys
 * and in name corrections, lower-case member keys, labels of guests, clients and birth names, French
 * titles, Korean officials, laws and ships named after people, pets named after their breed, placeholder
 * rows, charities and industrial firms, loyalty, bag-tag and call-log numbers that are no phones, and
 * versions after "Version string" or a component's name.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('dates of birth', () => {
  it('reads the dates of a tab-separated list of people that span years, not a rota', () => {
    const manifest =
      'St. Patrick’s College — group UUTH45\nKrishnan, Revathi\t10/07/2008\tvegetarian\nMehmet Aydın\t3 Dec 2009\tvegetarian\nBlack, Ethan\t27/10/2011\tnut allergy\nde Jong, Eline\t10 February 2009\t';
    expect(found(manifest, 'DOB')).toEqual(['10/07/2008', '3 Dec 2009', '27/10/2011', '10 February 2009']);
    expect(found('Rota\nAnna Berg\t12/05/2024\tearly\nTom Hill\t13/05/2024\tlate\nSara Lund\t14/05/2024\tearly', 'DOB')).toEqual([]);
  });

  it("reads the members listed under a household's head, and no pet named after its breed", () => {
    const family = 'Head of household: Cho Sumin — DOB 1987년 8월 12일\nMembers:\n  • Eline Cho, 2020.09.01\nOur dog Lola (born 2024.04.27) cannot earn miles.';
    expect(found(family, 'DOB')).toEqual(['1987년 8월 12일', '2020.09.01']);
    expect(found('PETC request for AQ1802: a dachshund named Milo, 7 kg, born 10/7/2015', 'DOB')).toEqual([]);
    expect(found('PETC request for AQ1802: a dachshund named Milo, 7 kg', 'PERSON')).toEqual([]);
  });
});

describe('names', () => {
  it('reads travellers after log keys and in name corrections, not code pairs or headings', () => {
    expect(found('10:40:14 SCAN seq=159 seat=5A name=BALOGUN/CHIAMAKA OK SSR WCHR', 'PERSON')).toEqual(['BALOGUN/CHIAMAKA']);
    expect(found('KSK-GRU-09 INFO pax=HAILE/DAWIT pnr=TZ5AMX', 'PERSON')).toEqual(['HAILE/DAWIT']);
    expect(found('Name correction: booked as MALHOTRA/POOJE, passport reads MALHOTRA/POOJA.', 'PERSON')).toEqual(['MALHOTRA/POOJE', 'MALHOTRA/POOJA']);
    expect(found('Replace MOROZOVA/DMITRI with OLATUNJI/ADAEZE.', 'PERSON')).toEqual(['MOROZOVA/DMITRI', 'OLATUNJI/ADAEZE']);
    expect(found('(ローマ字表記: DVORAK/JIRI)', 'PERSON')).toEqual(['DVORAK/JIRI']);
    expect(found('Replace the EUR/USD feed with GBP/USD quotes', 'PERSON')).toEqual([]);
    expect(found('ELECTRONIC TICKET PASSENGER ITINERARY/RECEIPT\nNAME: NAVARRO/NEREA MRS', 'PERSON')).toEqual(['NAVARRO/NEREA']);
  });

  it('reads labels of guests, clients, account holders, birth names and Korean officials, and French titles', () => {
    expect(found('lounge-wifi: login member=murugan annamalai from fe80::1f:91be:f4f1:a', 'PERSON')).toEqual(['murugan annamalai']);
    expect(found('Account holder on file: SPYROS PAPADAKI, 80 Banksia Ave', 'PERSON')).toEqual(['SPYROS PAPADAKI']);
    expect(found('Client: florin ionescu\nAppointment: 24-03-2025', 'PERSON')).toEqual(['florin ionescu']);
    expect(found('Client: Acme Ltd', 'PERSON')).toEqual([]);
    expect(found('Geburtsdatum: 10. Oktober 1955\nGeburtsname: Neumann', 'PERSON')).toEqual(['Neumann']);
    expect(found('연락처: 010-7305-1371\n담당 주무관: 이영숙', 'PERSON')).toEqual(['이영숙']);
    expect(found('mon conseiller Madame Girard m’a donné son mail', 'PERSON')).toEqual(['Girard']);
  });

  it('reads laws, ships, charities, firms and placeholder rows as no people', () => {
    expect(found('Lei Maria da Penha não se aplica. Atendente: Luana Souza', 'PERSON')).toEqual(['Luana Souza']);
    expect(found('I spoke with Lei Zhang yesterday.', 'PERSON')).toEqual(['Lei Zhang']);
    expect(found('Cruise add-on aboard the Queen Elizabeth.', 'PERSON')).toEqual([]);
    expect(found('Charities such as Marie Curie, Age UK and Citizens Advice run free checks', 'PERSON')).toEqual([]);
    expect(found('Beschäftigung bei Krupp Stahl von 1979 bis 2021.', 'PERSON')).toEqual([]);
    expect(found('Me llamo Frank Hughes, socio de Cóndor Millas nº AZ 158613625.', 'PERSON')).toEqual(['Frank Hughes']);
    expect(found('dossier;achternaam;voornaam\n479-363777;Mulder;Bram\n999-000000;TEST;TEST', 'PERSON')).toEqual(['Mulder', 'Bram']);
    expect(found('Year 9 trip to Madame Tussauds\n\nPupil: Callum Cartwright', 'PERSON')).toEqual(['Callum Cartwright']);
  });
});

describe('numbers', () => {
  it('reads loyalty, bag-tag and call-log numbers as no phones, and phones one is reachable on', () => {
    for (const t of [
      'AGENT: And the membership number?\nCALLER: AQ 882534410.\nAGENT: ok',
      'Mein Koffer (Tag 0269987441) ist seit 8 Tagen verschollen.',
      'Bag tag: 0296135501  Type: RD22X',
      'お客様のマイレージ番号: 0436300119',
      'CALL 568518872 | queue Magellan Miles Platinum | agent G. Ross',
      '[Roadside Assistance — call 013142543 — 10:21]',
      'Magellan Miles number to link: 293 741 528',
    ])
      expect(found(t, 'PHONE'), t).toEqual([]);
    expect(found('Member NQ 026524188. Reachable on 8719 3420 or n@example.me.', 'PHONE')).toEqual(['8719 3420']);
    expect(found('Please call 0161 496 0018 — thanks', 'PHONE')).toEqual(['0161 496 0018']);
  });

  it('reads versions after "Version string" and a component name, not addresses after other words', () => {
    expect(found('- Version string 1.1.5.17 shown in footer', 'IP')).toEqual([]);
    expect(found('Environment: uat-2 (Jenkins build #3664, rules-engine 6.1.1.96)', 'IP')).toEqual([]);
    expect(found('search engine at 10.0.0.5 is down', 'IP')).toEqual(['10.0.0.5']);
  });
});
