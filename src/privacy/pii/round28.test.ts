/**
 * @module privacy/pii/round28.test — the twenty-eighth round's rules: mobile numbers in E.164 without
 * "+", digits read out in Hindi and Swahili, mobile-money counterparties, birth cues typed in Latin
 * letters for Bengali, Hindi and Amharic, taxpayer numbers as SSNs, a till number, role labels of tax
 * preparers, organisation words of shops and police, clubs and holiday greetings, and the cues
 * "Herrn", "DC", "claiming to be", "naitwa".
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('phones', () => {
  it('reads mobile numbers in E.164 without the plus, not tracking numbers of the same length', () => {
    expect(found('You have received 261,724 UGX from NSUBUGA HAKIM (256757969679) on 2025-11-17', 'PHONE')).toEqual(['256757969679']);
    expect(found('Interim-Update msisdn=2348020711112 framed-ip=196.225.116.249', 'PHONE')).toEqual(['2348020711112']);
    expect(found('Carrier: UPS 916178601989. Paid with XXXX-XXXX-XXXX-8552.', 'PHONE')).toEqual([]);
  });

  it('reads numbers read out in Hindi and Swahili, and a national number read out with its zero', () => {
    expect(found('Customer: Haan ji, mera number hai saat do ek zero ek, do char do char teen.', 'PHONE')).toEqual(['saat do ek zero ek, do char do char teen']);
    expect(found('Nilituma kwa sifuri saba mbili nane, sita moja saba, sita moja mbili badala ya hiyo.', 'PHONE')).toEqual([
      'sifuri saba mbili nane, sita moja saba, sita moja mbili',
    ]);
    expect(found('I was one of two teens who did it', 'PHONE')).toEqual([]);
  });
});

describe('names', () => {
  it('reads the counterparty of a mobile-money receipt beside its number', () => {
    expect(found('Confirmed. Ksh28,469.00 sent to WISDOM TANUI 0723546155 on 11/10/24 at 6:36 PM.', 'PERSON')).toEqual(['WISDOM TANUI']);
    expect(found('Umepokea Tsh172,841.00 kutoka kwa 255758586582 - BARAKA LYIMO. Salio lako', 'PERSON')).toEqual(['BARAKA LYIMO']);
    expect(found('Payment from MTN MOBILE MONEY 0712345678', 'PERSON')).toEqual([]);
  });

  it('reads names after "Herrn", a police rank, "claiming to be" and "naitwa"', () => {
    expect(found('Ich kenne Herrn Obermaier nicht.', 'PERSON')).toEqual(['Obermaier']);
    expect(found('Officer in case: DC Whitfield, Met Police', 'PERSON')).toEqual(['Whitfield']);
    expect(found('I got a call claiming to be Wisdom from head office.', 'PERSON')).toEqual(['Wisdom']);
    expect(found('AGENT: Karibu Savanna Mobile, naitwa Prudence. Nikusaidie aje?', 'PERSON')).toEqual(['Prudence']);
  });

  it('reads tills, team compounds, clubs and preparer labels as no people', () => {
    expect(found('Customer Withdrawal At Agent Till 614933 - MOMA AGENCIES', 'PERSON')).toEqual([]);
    expect(found('Le support: Hearthly-team', 'PERSON')).toEqual([]);
    expect(found('Preparer: Salaan, for the tax return I need your SSN.\nClient: ok\nPreparer: thanks', 'PERSON')).toEqual([]);
    expect(found('Match day: Gor Mahia v AFC Leopards at Nyayo', 'PERSON')).toEqual([]);
  });
});

describe('birth dates and SSNs', () => {
  it('reads birth cues typed in Latin letters for Bengali and Amharic', () => {
    expect(found('Customer: NID 6649082871, jonmo 11 March 1986', 'DOB')).toEqual(['11 March 1986']);
    expect(found('Agent: Yelidet ken?\nCustomer: 27 September 1956.', 'DOB')).toEqual(['27 September 1956']);
  });

  it('reads a taxpayer number as an SSN, not an EIN in its own layout', () => {
    expect(found('The form you issued lists TIN 343511548, which belongs to my ex-husband.', 'NATIONAL_ID')).toEqual(['343511548']);
    expect(found('Tax ID on file (creator payouts): 644875578', 'NATIONAL_ID')).toEqual(['644875578']);
    expect(found('EIN 12-3456789', 'NATIONAL_ID')).toEqual([]);
  });
});
