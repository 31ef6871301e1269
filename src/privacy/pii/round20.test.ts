/**
 * @module privacy/pii/round20.test — the twentieth round's rules, for call transcripts and workplace
 * exports: turns printed under header lines (transcription tools, subtitles), numbered and clocked
 * speakers, replies spoken in words (dates without a century, month-first numeric dates, spelled e-mails
 * and IBANs, cards read in pairs), addresses said without commas, and the table and log layouts of
 * developer tools (a comma inside a date cell, a card after an amount, a URL host, a test fixture).
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { repliedAddresses } from './address-backward.js';
import { questionBefore } from './dialogue-turn.js';

describe('turn layouts of transcription tools', () => {
  it.each([
    ['Speaker 1  0:33\nwhat is your phone number\n\nSpeaker 2  0:39\n0161 496 0000', 'what is your phone number'],
    ['00:00:26.100 --> 00:00:30.200\n<v Agent>your phone number please\n\n00:00:33.210 --> 00:00:36.607\n<v Caller>0161 496 0000', 'your phone number please'],
    ['spk_0: your phone number please\nspk_1: 0161 496 0000', 'your phone number please'],
    ['agent (0:40): your phone number please\nuser (0:49): 0161 496 0000', 'your phone number please'],
    ['0:40 Agent | your phone number please\n0:49 Customer | 0161 496 0000', 'your phone number please'],
    ['3,AGENT,"your phone number please"\n4,CALLER,"0161 496 0000"', 'your phone number please"'],
    ['>> AGENT: your phone number please\n>> CALLER: 0161 496 0000', 'your phone number please'],
  ])('%s', (text, question) => {
    expect(questionBefore(text, text.indexOf('0161'))).toBe(question);
  });
});

describe('dates of birth said in replies', () => {
  it.each([
    ['Speaker 1  0:33\nund zur Sicherheit Ihr Geburtsdatum\n\nSpeaker 2  0:39\n03.07.52 und meine E-Mail', '03.07.52'],
    ['0:40 Agent | und Ihr Geburtsdatum bitte\n0:49 Customer | ähm 10.11.48', '10.11.48'],
    ['00:01:58 prompt: say or enter your date of birth\n00:02:03 asr_result: "august ninth nineteen fifty five" conf=0.77', 'august ninth nineteen fifty five'],
    ['A: and your date of birth for verification\nC: november third fifty seven', 'november third fifty seven'],
    ['>> AGENT: the cardholder name and date of birth\n>> CARDHOLDER: Siti Halim six twenty seven seventy four', 'six twenty seven seventy four'],
    ['agent: can you confirm your date of birth\ncustomer: ten five thirty nine', 'ten five thirty nine'],
    ['spk_0: your date of birth for the secure flight data\nspk_1: 4/12/85', '4/12/85'],
  ])('%s', (text, date) => {
    expect(found(text, 'DOB')).toEqual([date]);
  });

  it.each([
    '>> AGENT: the pet\'s name and date of birth\n>> OWNER: Churro hmm she was born 18-01-2024 so she\'s only a puppy',
    'Vet reception: is this about Daisy\nCaller: yes his birthday is 5/6/25 and he needs his boosters',
  ])('a pet\'s: %s', (text) => {
    expect(found(text, 'DOB')).toEqual([]);
  });
});

describe('e-mails said in replies', () => {
  it.each([
    ["agent: can you spell the email for me\nuser: okay it's m e r t 4 at icloud dot com", 'm e r t 4 at icloud dot com'],
    ['agent: and an email for the case notes\ncaller: gaetan five six seven at hotmail dot es', 'gaetan five six seven at hotmail dot es'],
    ['C: und meine E-Mail ist wiebke underscore kessler acht zwei at yahoo.com', 'wiebke underscore kessler acht zwei at yahoo.com'],
    ['banker: and email for e-statements\napplicant: sjoshi at yahoo.co.jp', 'sjoshi at yahoo.co.jp'],
    ['secrétariat: et votre mail pour le lien\npatient: haddado neuf trois arobase orange point fr', 'haddado neuf trois arobase orange point fr'],
    ['Hương: so the best address to reach me is hdang at gmx dot de', 'hdang at gmx dot de'],
  ])('%s', (text, email) => {
    expect(found(text, 'EMAIL')).toEqual([email]);
  });

  it.each(['we met at gmail dot com offices', 'I work at google.com and we met at noon', "  email: 'test@example.invalid',"])('none: %s', (text) => {
    expect(found(text, 'EMAIL')).toEqual([]);
  });
});

describe('numbers said in replies', () => {
  it.each([
    'Patient: oh we\'ll join in a minute is this the best number if we drop\nspk_1: zero four five seven... eight seven nine... six three three',
    'Speaker 1  1:02\nunter welcher nummer erreichen wir sie\n\nSpeaker 2  1:14\nplus vier neun drei null sechs vier eins fünf sieben eins eins null',
    'Banker: i\'ll send a code to plus three one six one double eight eight six oh five four',
    'Candidate phone (if the video link fails): 8817 8963',
  ])('a phone: %s', (text) => {
    expect(found(text, 'PHONE')).toHaveLength(1);
  });

  it('reads an IBAN whose country letters are spelled apart, and a card read in pairs', () => {
    expect(found("Banker: sure what's the beneficiary IBAN\nClient: it's G B 20HB UK42 7066 4294 4666", 'IBAN')).toEqual(['G B 20HB UK42 7066 4294 4666']);
    expect(found("agent: read me the card number\nC: yeah i have a photo 43 22 75 09 99 11 10 01 that one", 'CARD')).toEqual(['43 22 75 09 99 11 10 01']);
    expect(found('[01:32] agent: the balance is 79 dollars 57 cents anything else', 'IBAN')).toEqual([]);
  });

  it('reads no version as an IP, even in reply to a question for it', () => {
    expect(found('agent: what version is the SmartHub app on\nspk_1: it says 2.15.6.58 and the camera IP is 203.0.113.9', 'IP')).toEqual(['203.0.113.9']);
    expect(found('JVM: 21.0.1+3\nfirmware-8.4.2.57.bin sha1 21663aa', 'IP')).toEqual([]);
    expect(found('DB_PORT=5432\nREDIS_URL=redis://10.150.220.129:6379/0', 'IP')).toEqual(['10.150.220.129']);
  });
});

describe('addresses said in replies', () => {
  it.each([
    ["Speaker 1  0:30\ncan you confirm the service address\n\nSpeaker 2  0:36\nuhm sure it's 68 church road ennis co. clare v95 v6j5", '68 church road ennis co. clare v95 v6j5'],
    ['0:10 Agent | can i have the supply address\n0:16 Customer | 48 the maltings drumcondra dublin 9 d09 b4j7', '48 the maltings drumcondra dublin 9 d09 b4j7'],
    ['[00:00:50] PHARMACIST: anything else\n[00:00:58] CALLER: and can it be delivered to 1998 harbor view dr number 18 columbus ohio 43208', '1998 harbor view dr number 18 columbus ohio 43208'],
  ])('%s', (text, address) => {
    expect(repliedAddresses(text).map((a) => text.slice(a.start, a.end))).toEqual([address]);
  });

  it.each([
    'Agent: your date of birth and postcode.\nVisitor: Tried paying with 5407-6134-3009-3649 twice and got error SUP-18865 both times.',
    'Agent: and your address?\nCaller: A charge of 9756,01 was sent to the card 3411 333666 73488.',
  ])('none: %s', (text) => {
    expect(repliedAddresses(text)).toEqual([]);
  });

  it('reads romanised Korean road suffixes and Israeli postcodes back from the code', () => {
    expect(found('- [ ] final payslip to 125 World Cup buk-ro, Mapo-gu, Seoul 94963', 'ADDRESS')).toEqual(['125 World Cup buk-ro, Mapo-gu, Seoul 94963']);
    expect(found('They want the invoices sent to Rothschild Blvd 192, Haifa 6732083 instead.', 'ADDRESS')).toEqual(['Rothschild Blvd 192, Haifa 6732083']);
  });
});

describe('tables and exports', () => {
  it('reads a card after an amount in a CSV row', () => {
    expect(found('date,name,merchant,amount,card\n2025-10-11,Réka Tóth,Uber *Trip,506.73,4389 0022 9579 4787', 'CARD')).toEqual(['4389 0022 9579 4787']);
  });

  it('reads columns of rows with a comma inside a date, and of tab-separated rows', () => {
    const csv = 'member_id,relationship,name,ssn,dob\nM969000,domestic partner,Meenakshi Holm,528270393,June 19, 1971';
    expect(found(csv, 'NATIONAL_ID')).toEqual(['528270393']);
    expect(found(csv, 'DOB')).toEqual(['June 19, 1971']);
    expect(found('Name\tDOB\tSSN\tPhone\nKari Kristiansen\tMay 3, 1951\t066188513\t602-697-2252', 'NATIONAL_ID')).toEqual(['066188513']);
  });

  it('reads a labelled SSN under a line that speaks of one', () => {
    const text = 'Kavya Rao reports the SSN on the form is wrong.\nOn file: 166936127\nCorrect: 842-12-0914';
    expect(found(text, 'NATIONAL_ID')).toEqual(['166936127', '842-12-0914']);
  });
});
