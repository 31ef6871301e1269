/**
 * @module privacy/pii/round9-detectors.test — ninth round: identifiers named before phone-shaped
 * numbers, Hungarian and Italian slashed layouts, spoken numbers and e-mails in bracket-tagged call
 * transcripts, SSNs in comma-bearing pipe tables and after dot leaders.
 */
import { describe, expect, it } from 'vitest';
import { hasNegativeCue, hasPhoneCue, hasSsnCue, tableColumn } from './context-cues.js';
import { emailDetector } from './email.js';
import { nationalIdDetector } from './national-id.js';
import { phoneDetector } from './phone.js';
import type { PiiDetector } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);

describe('phoneDetector: a non-phone identifier named right before the number', () => {
  it.each([
    'Join the bridge, dial-in code 612 345 678# then wait.',
    'access code: 512 884 190',
    'Your PIN 6123 4567 89 expires soon.',
    'Company details: VAT reg 612 3456 78.',
    'registration no. 0612 345 678',
    'tax id 0612 345 678',
    'Kündigung meines Vertrags Nr. 0612345678',
    'Kunden-Nr.: 0451234567',
    'Ihre Rechnungsnummer 0451234567',
    'kargom gelmedi, sipariş no 0512345678.',
    'müşteri no: 0512345678',
    'numer zamówienia 0512345678',
    'číslo objednávky 0512345678',
    'número de pedido 0612 345 678',
    'numéro de commande 0612 345 678',
    'event=hangup call_id=0412345678 channel=sip',
    '{"sessionId": "0412345678"}',
    'ticketID=0412345678',
    'meeting ID 312-456-7890',
  ])('leaves %s unlabelled', (text) => {
    expect(values(phoneDetector, text)).toEqual([]);
  });

  it.each([
    ['Tel. Nr. 030 1234567', '030 1234567'],
    ['Handy-Nr. 0151 2345678', '0151 2345678'],
    ['Customer service: 0800 123 4567', '0800 123 4567'],
    ['caller id: 0151 2345678', '0151 2345678'],
    ['{"callerId": "0151 2345678"}', '0151 2345678'],
    ['area code first: 0612 345 678', '0612 345 678'],
    ['Order questions? Call 0800 123 4567', '0800 123 4567'],
  ])('still finds the phone in %s (a phone word is closer, or the id word names no other id)', (text, phone) => {
    expect(values(phoneDetector, text)).toEqual([phone]);
  });

  it('reads the negative cue only right before the number', () => {
    expect(hasNegativeCue('VAT reg 612', 8)).toBe(true);
    expect(hasNegativeCue('order query, call 612', 18)).toBe(false);
    expect(hasNegativeCue('client 612', 7)).toBe(false);
    expect(hasNegativeCue('client no. 612', 11)).toBe(true);
  });
});

describe('phoneDetector: slashed layouts', () => {
  it.each(['06-30/412-7788', '06 1/234 5678', '06 20 318 4410', '06/30 412 7788', '+36 30/412-7788'])('finds the Hungarian number %s', (phone) => {
    expect(values(phoneDetector, `Telefonszám: ${phone}   E-mail: x@y.hu`)).toEqual([phone]);
  });
  it('finds an Italian mobile written 3xx/xxx.xxxx, also in CSV and TSV rows', () => {
    expect(values(phoneDetector, 'Cellulare: 347/123.4567')).toEqual(['347/123.4567']);
    expect(values(phoneDetector, 'Cellulare: +39 347/123.4567')).toEqual(['+39 347/123.4567']);
    expect(values(phoneDetector, '11;Ana Ruiz;ana@x.example;329/881.2044;Roma')).toEqual(['329/881.2044']);
    expect(values(phoneDetector, '11\tAna Ruiz\tana@x.example\t301/552.9081\tRoma')).toEqual(['301/552.9081']);
  });
  it('reads the phone column of a pipe table whose name cells hold commas', () => {
    expect(values(phoneDetector, 'id|name|phone\n1|Doe, Jane|612345678\n2|Roe, Rick|698765432')).toEqual(['612345678', '698765432']);
    expect(values(phoneDetector, 'id|name|account\n1|Doe, Jane|612345678')).toEqual([]);
  });
  it('leaves ratios, counts and dates unlabelled without a cue', () => {
    expect(values(phoneDetector, 'resolution 320/240 1500 frames')).toEqual([]);
    expect(values(phoneDetector, 'due 06/12/2024 1530 local')).toEqual([]);
  });
});

describe('spoken numbers after a bracketed speaker tag', () => {
  it('finds digit words read in comma-separated groups in the reply to a question about a callback number', () => {
    const text =
      "[agent] and what's a good number to call you back on\n[caller] it's seven one two, five five oh, three three eight one that's my mobile\n[agent] thanks";
    expect(values(phoneDetector, text)).toEqual(['seven one two, five five oh, three three eight one']);
  });
  it('leaves the same digits unlabelled when the question asks for an order number', () => {
    const text = '[agent] and the order number please\n[caller] seven one two, five five oh, three three eight one';
    expect(values(phoneDetector, text)).toEqual([]);
  });
});

describe('emailDetector: addresses read out in call transcripts', () => {
  const asked = (reply: string): string => `[agent] and an email for the receipt\n[caller] ${reply}\n[agent] thank you`;
  it.each([
    ['b okafor 7 at gmail dot com', 'b okafor 7 at gmail dot com'],
    ['yeah it is lena dot fischer at web dot de', 'lena dot fischer at web dot de'],
    ['tomas ruiz at outlook dot co dot uk', 'tomas ruiz at outlook dot co dot uk'],
    ['sure, j underscore tan at fastmail dot fm', 'j underscore tan at fastmail dot fm'],
  ])('finds the whole of %s', (reply, address) => {
    expect(values(emailDetector, asked(reply))).toEqual([address]);
  });
  it('finds one named in the same sentence', () => {
    expect(values(emailDetector, 'ok my email is jo smith at acme dot io thanks')).toEqual(['jo smith at acme dot io']);
    expect(values(emailDetector, 'agent: your e-mail address?\ncaller: um jo dot smith at proton dot me')).toEqual([
      'jo dot smith at proton dot me',
    ]);
  });
  it('needs an e-mail cue and a short local part', () => {
    expect(values(emailDetector, '[agent] where are you calling from\n[caller] i am at home dot com')).toEqual([]);
    expect(values(emailDetector, asked('i think my brother uses something at gmail dot com'))).toEqual([]);
    expect(values(emailDetector, 'we met at noon dot com bubble')).toEqual([]);
  });
});

describe('nationalIdDetector: bare nine-digit SSNs', () => {
  it('reads the ssn column of a pipe table whose name cells hold commas', () => {
    const table =
      'emp|name|ssn|dob\n101|Doe, Jane|123456780|01/02/1980\n102|Roe, Rick|234-56-7801|03/04/1975\n103|Poe, Ed|345678012|05/06/1990';
    expect(values(nationalIdDetector, table)).toEqual(['123456780', '234-56-7801', '345678012']);
  });
  it('names the column with tableColumn, and nothing outside a table', () => {
    expect(tableColumn('id|name|ssn\n1|Doe, Jane|123456780', 24)).toBe('ssn');
    expect(tableColumn('Doe, Jane | 123456780', 12)).toBeUndefined();
  });
  it('leaves nine digits in another column of such a table unlabelled', () => {
    const table = 'emp|name|account|dob\n101|Doe, Jane|123456780|01/02/1980';
    expect(values(nationalIdDetector, table)).toEqual([]);
  });
  it('reads a label across dot leaders', () => {
    expect(values(nationalIdDetector, 'SSN ................ 123456780\nName .... Jane')).toEqual(['123456780']);
    expect(values(nationalIdDetector, 'Social Security No. . . . . 123456780')).toEqual(['123456780']);
    expect(hasSsnCue('SSN ....: 123456780', 10)).toBe(true);
    expect(hasPhoneCue('Phone ......... 020 7946 0000', 16)).toBe(true);
  });
  it('takes the cue from a question about the social one turn up', () => {
    const text = '[agent] can i get the last four of your social or the full number\n[caller] full one is 123456780';
    expect(values(nationalIdDetector, text)).toEqual(['123456780']);
  });
  it.each([
    'order 123456780 shipped',
    'your PIN 123456780',
    'Employee ID ......... 123456780',
    'the invoice total was 123456780 cents',
  ])('leaves %s unlabelled', (text) => {
    expect(values(nationalIdDetector, text)).toEqual([]);
  });
});
