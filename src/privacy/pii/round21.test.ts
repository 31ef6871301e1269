/**
 * @module privacy/pii/round21.test — the twenty-first round's rules: English addresses said aloud in
 * words, more spoken e-mail shapes ("at sign", numbers said in the local part, "send it to me, …"),
 * digit groups among spoken digits, the HL7 birth-date field, and look-alikes of health-record exports
 * (user-agent versions, insurer and message ids, a card's print holding no phone).
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { spokenAddresses } from './address-spoken.js';

describe('addresses said aloud', () => {
  it.each([
    ["i'm outside seventy-one sycamore boulevard unit eighteen a boise idaho eight three seven five three with a parcel", 'seventy-one sycamore boulevard unit eighteen a boise idaho eight three seven five three'],
    ['caller: one thirty-two orchard mews, bristol, b s one four five b b', 'one thirty-two orchard mews, bristol, b s one four five b b'],
    ["And you're still at one oh six mill lane, leeds, l s two two d a?", 'one oh six mill lane, leeds, l s two two d a'],
    ["i'm at flat six, one twenty-eight the crescent, exeter, e x one one five b t, near", 'flat six, one twenty-eight the crescent, exeter, e x one one five b t'],
  ])('%s', (text, address) => {
    expect(spokenAddresses(text).map((a) => text.slice(a.start, a.end))).toEqual([address]);
  });

  it('reads no address in prose with number words', () => {
    expect(spokenAddresses('he said one of the main road lane closures was at nine')).toEqual([]);
  });
});

describe('spoken e-mails and numbers', () => {
  it.each([
    ['and to email eilidh buchanan the photos, eilidh underscore buchanan at sign orange dot fr. pick', 'eilidh underscore buchanan at sign orange dot fr'],
    ['tobias: send it to me, tobias dot cholmondeley fifty-three at maplerow-dental dot com. oh wait', 'tobias dot cholmondeley fifty-three at maplerow-dental dot com'],
    ['AGENT: Where should I send the new itinerary?\nUSER: to wellington fifty-one at naver dot com', 'wellington fifty-one at naver dot com'],
    ['si no me localiza, escriba a araceli guion ochoa 3 arroba icloud.com. Gracias', 'araceli guion ochoa 3 arroba icloud.com'],
  ])('%s', (text, email) => {
    expect(found(text, 'EMAIL')).toEqual([email]);
  });

  it('reads digit groups among spoken digits, but never a clock before a reply', () => {
    expect(found('page me on 97269 - three eight two four seven', 'PHONE')).toEqual(['97269 - three eight two four seven']);
    const transcript = 'Speaker 1  0:46\nthank you and a good callback number\n\nSpeaker 2  0:58\noh eight eight two six four three oh four three';
    expect(found(transcript, 'PHONE')).toEqual(['oh eight eight two six four three oh four three']);
  });
});

describe('health-record exports', () => {
  it('reads the HL7 birth-date field', () => {
    expect(found('ack timeout from 10.1.2.3:2575 msg=4513816428 PID.5=Do^Tuan PID.7=19920810 MSH.7=202403141938', 'DOB')).toEqual(['19920810']);
  });

  it.each([
    ['src=10.255.133.205 ua="MyChart/11.4.2.7 Android"', 'IP', ['10.255.133.205']],
    ['patient="Pennington, Imogen" device_sn=BSG2PBTGY8YM fw=1.6.7.21', 'IP', []],
    ['Node:         ip-14-0-1-7.ec2.internal/10.69.21.143', 'IP', ['10.69.21.143']],
    ['Ziel-IBAN (ungültig): DE81 1059 7993 8945 1274 93. IK-Nummer 869587012. Version 2.8.2.', 'PHONE', []],
    ["1a. INSURED'S I.D. NUMBER   252-896-540", 'PHONE', []],
    ['ack timeout from 31.89.150.250:2575 msg=0312715002 PID.5=Cruz^Ulises', 'PHONE', []],
    ['card 5295 6363 2827 5243 on file fails validation', 'PHONE', []],
  ] as const)('%s', (text, type, values) => {
    expect(found(text, type)).toEqual(values);
  });
});
