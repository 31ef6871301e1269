/**
 * @module privacy/pii/round32.test — the thirty-second round's rules: the CDISC birth variable, a
 * semicolon record's next field, a birth date equated with another format, corrected and
 * passport-stated birth dates, eight digits keyed in for a birth date, children listed with their birth
 * dates, an SSN offered as "mine is", assistants labelled "Assistant (Ava):", drug makers, Korean role
 * nouns, titles before a bare initial or a surname in capitals, pharmacist labels, and Ukrainian streets
 * and flats written in Latin letters.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('dates of birth', () => {
  it('reads the CDISC birth variable in a semicolon record and a date equated with a birth date', () => {
    expect(found('x@example.de;2001:db8::2705;DM;BRTHDTC;1946-09-05;1968-04-15;transcription error', 'DOB')).toContain('1946-09-05');
    expect(found('  pat_dob: 1957-02-22 == 22 Feb 1957\n  event_onset: 2024-12-16', 'DOB')).toEqual(['1957-02-22', '22 Feb 1957']);
    expect(found('DOB: unknown; visit 2024-05-01', 'DOB')).toEqual([]);
  });

  it('reads a corrected or passport-stated birth date, not another corrected date', () => {
    const query =
      'Opened by Sigrid Bergström: Date of birth 27 Jul 1940 makes subject younger than 18 at consent. Please verify.\nResponse (site): Corrected to 27 Jul 1923 per passport.';
    expect(found(query, 'DOB')).toEqual(['27 Jul 1940', '27 Jul 1923']);
    expect(found('DOB on the decision is 2 de maio de 1978 but passport says 12 de dezembro de 1959 – raise in grounds.', 'DOB')).toEqual([
      '2 de maio de 1978',
      '12 de dezembro de 1959',
    ]);
    expect(found('DOB confirmed. The appointment should be 12/05/2024.', 'DOB')).toEqual([]);
  });

  it('reads eight digits keyed in for a birth date, and the children listed with their dates', () => {
    expect(found('> Please enter your date of birth as eight digits.\n< 09011940\n> Your refill will be ready', 'DOB')).toEqual(['09011940']);
    expect(found('> Please enter your date of birth as eight digits.\n< 99999999\n', 'DOB')).toEqual([]);
    expect(found('Wife: Amina (born 06/05/1975) and our children:\n1. Hatim – 16/08/2018\n2. Hawa Abdalla – 17 July 2009\nThey are in Kampala.', 'DOB')).toEqual([
      '06/05/1975',
      '16/08/2018',
      '17 July 2009',
    ]);
    expect(found('7. Kinder: Emre (07.12.2011)\n8. Krankenversicherung: AOK', 'DOB')).toEqual(['07.12.2011']);
    expect(found('Our children: we have two, the appointment – 12/05/2024', 'DOB')).toEqual([]);
  });
});

describe('SSNs', () => {
  it('reads the number a caller offers as their own against the one read out', () => {
    const chat = 'Bot: We have an SSN ending 0524 — is that yours?\nMe: no that\'s wrong, mine is 241740305. I am Jerome Manalo.';
    expect(found(chat, 'NATIONAL_ID')).toEqual(['241740305']);
  });
});

describe('names', () => {
  it('reads assistants labelled by role first, drug makers and Korean role nouns as no person', () => {
    expect(found('User: born 10/02/1978.\nAssistant (Ava): I can see etanercept 50 mg.\nUser: thanks Ava', 'PERSON')).toEqual([]);
    expect(found('Kind regards\nFang Sun\nDrug Safety Associate, Merck\n06-44193041', 'PERSON')).toEqual(['Fang Sun']);
    expect(found('Sponsor: Boehringer Ingelheim\nTitle: A Phase 2 study', 'PERSON')).toEqual([]);
    expect(found('User: 안녕하세요, 강민준 씨 대신 약을 받으러 가도 되나요? 저는 보호자 김서연입니다.', 'PERSON')).toEqual(['강민준', '김서연']);
  });

  it('reads a title before a bare initial or a surname in capitals, and pharmacist labels', () => {
    expect(found('indigestion remedies 2 hours before or after.\nMrs A Hamdan      25/05/2023', 'PERSON')).toEqual(['A Hamdan']);
    expect(found('TAKE 1 TABLET BY MOUTH TWICE DAILY\nDR. KRISHNAN   FILLED 04/17/2025', 'PERSON')).toEqual(['KRISHNAN']);
    expect(found('1. HENDRIKS/FEMKE MS  TKT 409-8039613263', 'PERSON')).not.toContain('TKT');
    expect(found('RPh: Jerome   Refills: 2', 'PERSON')).toEqual(['Jerome']);
  });
});

describe('addresses', () => {
  it('reads Ukrainian streets and flats written in Latin letters', () => {
    expect(found('3. Address Abroad: vul. Deribasivska 79, kv. 18, Odesa 65026, Ukraine\n4. SSN', 'ADDRESS')).toEqual(['vul. Deribasivska 79, kv. 18, Odesa 65026']);
    expect(found('Residence of spouses: prosp. Nauky 79, kv. 102, Kyiv 03039, Ukraine\n', 'ADDRESS')).toEqual(['prosp. Nauky 79, kv. 102, Kyiv 03039']);
  });
});
