/**
 * @module privacy/pii/round27.test — the twenty-seventh round's rules: airports named in brackets after
 * their code, hotel groups, eateries and schools named by the word before a name, numbered labels,
 * pick-up signs and card names in quotes, payment references that carry a surname, the Chinese "Dear",
 * Swiss postcodes with their country prefix, class codes after a CSV phone, long asides in an SSN label
 * and the numbers of students, notices and Canadian social insurance.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('names', () => {
  it('reads no person in the brackets of an airport code on an itinerary', () => {
    expect(found('Pick-up: MAD (Madrid-Barajas Adolfo Suárez)  13/04/2025 12:40', 'PERSON')).toEqual([]);
    expect(found('LIN (Milan Linate Enrico Forlanini) → BER (Berlin Brandenburg Willy Brandt)  STD 16:10', 'PERSON')).toEqual([]);
    expect(found('Call ANA (Ana Ruiz) today', 'PERSON')).toEqual(['Ana Ruiz']);
  });

  it('reads eateries, universities and hotel programmes as no people', () => {
    expect(found('Via Roma 24, Milano (dopo il cartello "Cantina Bruno" girare a sinistra).', 'PERSON')).toEqual([]);
    expect(found('Host: Universidade de Coimbra', 'PERSON')).toEqual([]);
    expect(found('Loyalty: Marriott Bonvoy #6699211081', 'PERSON')).toEqual([]);
  });

  it('reads numbered labels, pick-up signs, payment references and the Chinese "Dear"', () => {
    expect(found('Guest 2: LEI XU  DOB 1977-01-06', 'PERSON')).toEqual(['LEI XU']);
    expect(found('meeting point with a sign "VAN DER BERG". Flight LO294 tracked.', 'PERSON')).toEqual(['VAN DER BERG']);
    expect(found('attempt 1: card declined, name on card "ANA RUIZ" ip 192.168.1.145', 'PERSON')).toEqual(['ANA RUIZ']);
    expect(found('Causale: PREN-35522 NAGY\n\nIl nostro indirizzo', 'PERSON')).toEqual(['NAGY']);
    expect(found('【西湖畔酒店】预订确认\n尊敬的 赵美华 女士：', 'PERSON')).toEqual(['赵美华']);
  });
});

describe('structured values', () => {
  it('reads Swiss postcodes written with their country prefix', () => {
    expect(found('Tax info (DAC7): TIN 44058092000, address Spalenberg 13, CH-8001 Zürich', 'ADDRESS')).toEqual(['Spalenberg 13, CH-8001 Zürich']);
  });

  it('reads a CSV phone before a class code, and an SSN after a long aside in its label', () => {
    expect(found('name,email,phone,room\nBaker,y@gmail.com,221-679-8163,8N', 'PHONE')).toEqual(['221-679-8163']);
    expect(found('Claimant SSN (for IRS reporting of payments over $600): 340078535', 'NATIONAL_ID')).toEqual(['340078535']);
  });

  it('reads student, notice and social insurance numbers as no phones', () => {
    expect(found('Social Insurance Number: 406 396 245', 'PHONE')).toEqual([]);
    expect(found('Your student number is 201917500 and your induction begins', 'PHONE')).toEqual([]);
    expect(found('NIS 01120045969. Solicita atualização do Cadastro Único', 'PHONE')).toEqual([]);
  });
});
