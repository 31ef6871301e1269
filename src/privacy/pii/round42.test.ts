/**
 * @module privacy/pii/round42.test — the forty-second round's rules: councillors' titles, a title with
 * an initial and a surname in capitals, tax and permit labels, Korean job titles after a family name,
 * Latin names before Japanese honorifics, X12 party and contact segments and certificate formulas as
 * names; municipalities, trading brothers, truck makes, container ports, streets named after people,
 * ships of a vessel schedule and pets of German forms as no people.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

/** PERSON values the rules alone find (the learned scorer off), so a rule's own work is asserted. */
const byRules = (text: string): string[] => found(text, 'PERSON', { nameScorer: null });

describe('people', () => {
  it('reads councillors after their titles and a title with an initial and a surname in capitals', () => {
    expect(found('Minutes. Chair: Cllr Rhiannon Pryce\nQ1 answered by Councilmember Oduya.', 'PERSON')).toEqual(['Rhiannon Pryce', 'Oduya']);
    expect(found('Council Tax Bill 2026/27\n\nMrs T ADEYEMI\n4 Ferndale Close', 'PERSON')).toEqual(['T ADEYEMI']);
    expect(found('Mr A TEAM won the quiz', 'PERSON')).toEqual([]);
  });

  it('reads the values of tax, permit and collection labels', () => {
    expect(byRules('Occupier: JOY OKAFOR\nProperty: Plot 7')).toEqual(['JOY OKAFOR']);
    expect(byRules('Contribuinte: yumiko tanaka\nCPF: n/d')).toEqual(['yumiko tanaka']);
    expect(byRules('Authorised collector: GRACE WOOD, ID on file')).toEqual(['GRACE WOOD']);
  });

  it('reads a Korean family name before a job title and a Latin name before a Japanese honorific', () => {
    expect(found('담당 공무원 박 주무관이 회신 예정입니다.', 'PERSON')).toEqual(['박']);
    expect(found('담당: Novak 팀장', 'PERSON')).toEqual(['Novak']);
    expect(found('担当：税務課 Okafor さん（内線 210）', 'PERSON')).toEqual(['Okafor']);
  });

  it('reads the names of X12 party and contact segments, firms aside', () => {
    const edi = 'N1*ST*MARK STONE~\nN3*12 DOCK RD~\nPER*IC*Mark Stone*TE*5550101~\nN1*SF*HARBOUR TOOLS INC~';
    expect(byRules(edi)).toEqual(['MARK STONE', 'Mark Stone']);
  });

  it('reads the person a certificate is about', () => {
    expect(byRules('This is to certify that ROSE HILL, of legal age, resides here.')).toEqual(['ROSE HILL']);
  });
});

describe('structured values', () => {
  it('reads freight, tariff, tax and case numbers as no phones, and EDIFACT numbers with spaces as phones', () => {
    expect(found('Proposed heading 8471.30.01; alternative 8473.30.11 rejected', 'PHONE')).toEqual([]);
    expect(found('PRO / CMR: 0391822074   Claim ref: C-1', 'PHONE')).toEqual([]);
    expect(found('Kassenzeichen 4410.2201.15 — fällig am 15.02.', 'PHONE')).toEqual([]);
    expect(found('Az. BRG.4410.22.2026', 'PHONE')).toEqual([]);
    expect(found('Tel.0612345678', 'PHONE')).toEqual(['0612345678']);
    expect(found("CTA+IC+:Ana Lima'\nCOM+030 55501234:TE'", 'PHONE')).toEqual(['030 55501234']);
  });

  it('reads versions after deploys, runtimes and client keys as no addresses', () => {
    expect(found('INFO deploy 3.1.0.44 commit=ab12cd', 'IP')).toEqual([]);
    expect(found('service deployed to 10.0.0.5 ok', 'IP')).toEqual(['10.0.0.5']);
    expect(found('{"source_ip": "81.2.69.160", "client": "Tradelane 4.2.0.19"}', 'IP')).toEqual(['81.2.69.160']);
    expect(found('login from 10.2.3.4 today', 'IP')).toEqual(['10.2.3.4']);
  });

  it('reads the street and city segments of an X12 party as one address', () => {
    const edi = 'N1*ST*ELENI PAPAS~\nN3*12 DOCK RD~\nN4*TACOMA*WA*98421*US~';
    expect(found(edi, 'ADDRESS')).toEqual(['12 DOCK RD~\nN4*TACOMA*WA*98421*US']);
  });
});

describe('not people', () => {
  it('reads municipalities, trading brothers, truck makes and container ports as no people', () => {
    expect(found('Osmangazi Belediyesi — başvuru', 'PERSON')).toEqual([]);
    expect(found('Broker: Castillo Hermanos Importaciones', 'PERSON')).toEqual([]);
    expect(found('Truck: Kenworth Anthem, VIN 1XKY0000', 'PERSON')).toEqual([]);
    expect(found('Jebel Ali → Tanjung Priok  40HC  USD 2100', 'PERSON')).toEqual([]);
  });

  it('reads a street named after a person, a vessel of a schedule and a pet of a German form as no people', () => {
    expect(found('Obras en la Avenida Rosa Chacel y la Calle Benito de Soto.', 'PERSON')).toEqual([]);
    expect(found('Booked on MV Ingrid Solberg, cut-off Friday.', 'PERSON')).toEqual([]);
    expect(found('Vessel             IMO          Port\nHelga Marstrand    IMO 9412376  Aarhus', 'PERSON')).toEqual([]);
    expect(found('Halter: Jonas Weber\nHund: «Luna», geboren 02.03.2024', 'PERSON')).toEqual(['Jonas Weber']);
  });
});
