/**
 * @module privacy/pii/round35.test — the thirty-fifth round's rules: SSNs offered as the right one in a
 * reply to a quoted line, handphone and contact cues, RADIUS calling-station ids, numbers under a
 * sender's name, Turkish identity and port-request numbers as no phones, building codes in codeless
 * addresses and no address in a dispatch sentence; couriers, drivers and dispatch as turn roles, Korean
 * names before the past copula, restaurants, dishes, pets and brands in the possessive as no people,
 * paired titles over a name in capitals, role nouns and phrases that take a person, and places after a
 * title; and formats of word processors, PDFs and forms that probes written for the round found missed
 * (cards grouped with no-break spaces or full stops, typographic dashes in numbers, a value on the line
 * under its label, mailboxes with a bracketed "at").
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('numbers', () => {
  it('reads the right SSN offered in reply to a quoted line that names one', () => {
    const reply = '> Could you re-check the SSN we have: 000-12-3456\n\nSorry, typo. The correct one is 451238867. Thanks';
    expect(found(reply, 'NATIONAL_ID')).toEqual(['451238867']);
    expect(found('> Your order total was 000-12-3456\n\nThe correct one is 451238867.', 'NATIONAL_ID')).toEqual([]);
  });

  it('reads handphones, contact lines, RADIUS calling stations and numbers under the sender’s name', () => {
    expect(found('Deliver to Blk 12 Jurong West St 41 #05-18, Singapore 640012. HP 9132 4478.', 'PHONE')).toEqual(['9132 4478']);
    expect(found('Best contact: 347 2213098 or by mail', 'PHONE')).toEqual(['347 2213098']);
    expect(found('radacct Acct-Status-Type=Start Calling-Station-Id=07712093344 Framed-IP-Address=10.1.2.3', 'PHONE')).toEqual(['07712093344']);
    expect(found('Please call me back about the refund.\n\nTomasz Wróbel\n6175550143', 'PHONE')).toEqual(['6175550143']);
    expect(found('Kind regards,\nLena Voss\n9123 4567\nlena@example.org', 'PHONE')).toEqual(['9123 4567']);
    expect(found('Order Summary\n\nItem Count\n4081773312', 'PHONE')).toEqual([]);
  });

  it('reads Turkish identity numbers and port-request ids as no phones', () => {
    expect(found('Müşteri: Deniz Kaya\nTC Kimlik No: 31245678902\nGSM: 0532 418 22 19', 'PHONE')).toEqual(['0532 418 22 19']);
    expect(found('PORT-IN CHECK (LSR 0411827365)\nRequested TN: 312-555-0187', 'PHONE')).toEqual(['312-555-0187']);
  });

  it('reads codeless addresses with a building code, and no address in a dispatch sentence', () => {
    expect(found('Accommodation:\nApartment 905, Al Safa Heights B4\nBusiness Bay, Dubai\nUnited Arab Emirates', 'ADDRESS')).toEqual([
      'Apartment 905, Al Safa Heights B4\nBusiness Bay, Dubai\nUnited Arab Emirates',
    ]);
    const radio = 'DISPATCH: Unit 22, pickup at the Kenneth Kaunda International Airport arrivals, passenger Odum, party of three.';
    expect(found(radio, 'ADDRESS')).toEqual([]);
  });
});

describe('formats of word processors, PDFs and forms', () => {
  it('reads cards grouped with no-break spaces, double spaces or full stops, and after "CC#"', () => {
    for (const t of ['card 4111\u00a01111\u00a01111\u00a01111', 'my card is 4111  1111  1111  1111', 'card 4111.1111.1111.1111 thanks', 'CC#4111111111111111'])
      expect(found(t, 'CARD'), t).toEqual([t.match(/4111[\d\u00a0 .]*1111/)?.[0]]);
    expect(found('order #4111111111111111', 'CARD')).toEqual([]);
    expect(found('IP 192.168.100.200 and 10.20.30.40', 'CARD')).toEqual([]);
    expect(found('a la ES43  5810  6952  7685  2684  1525', 'CARD')).toEqual([]);
  });

  it('reads numbers typed with typographic hyphens, not scores written with an en dash', () => {
    expect(found('SSN: 512‒48‒3391', 'NATIONAL_ID')).toEqual(['512‒48‒3391']);
    expect(found('Call 415‑555‑0143 after six', 'PHONE')).toEqual(['415‑555‑0143']);
    expect(found('Match report: Harriers 4–3 Cromwell Park', 'ADDRESS')).toEqual([]);
  });

  it('reads the value on the line under a birth-date or SSN label', () => {
    expect(found('Name: Ana Ruiz\nDOB:\n14/03/1988\nPolicy: 2231', 'DOB')).toEqual(['14/03/1988']);
    expect(found('Employee SSN\n512483391', 'NATIONAL_ID')).toEqual(['512483391']);
    expect(found('Employee ID\n512483391', 'NATIONAL_ID')).toEqual([]);
    expect(found('Date of birth:\nsee attached form', 'DOB')).toEqual([]);
  });

  it('reads mailboxes written with a bracketed "at" and "dot"', () => {
    expect(found('reach me at j.doe [at] uni-bonn [dot] de or call', 'EMAIL')).toEqual(['j.doe [at] uni-bonn [dot] de']);
    expect(found('write to info(at)example.org', 'EMAIL')).toEqual(['info(at)example.org']);
    expect(found('see the docs (at) section 3.2.1 of the spec', 'EMAIL')).toEqual([]);
  });
});

describe('names', () => {
  it('reads couriers, drivers and dispatch as roles, and Korean names before the past copula', () => {
    expect(found('Kurier: Hallo, wo bleibt meine Auszahlung?\nSupport: Frau Lindqvist, bitte die IBAN.', 'PERSON')).toEqual(['Lindqvist']);
    const ko = '고객: 기사님 성함이 한지민 씨였던 것 같아요.\n고객: 주소는 12 Sejong-daero, Jongno-gu, Seoul 03172 입니다.';
    expect(found(ko, 'PERSON')).toEqual(['한지민']);
  });

  it('reads restaurants, dishes, pets, teams and possessive brands as no people', () => {
    expect(found('Restaurant: Mama Wanjiru Grill\nStatement date: 2024-02-02', 'PERSON')).toEqual([]);
    expect(found('il ristorante "Osteria da Franco" non ha ricevuto il bonifico', 'PERSON')).toEqual([]);
    expect(found('• Nachos Ignacio — €9.50\n• Peach Melba — €6.00', 'PERSON')).toEqual([]);
    expect(found('Favourite restaurant: Ruth’s Chris\nPet: Oscar (birthday 2 May 2023)', 'PERSON')).toEqual([]);
    expect(found('Order from Carl’s Jr. and 80 more near you', 'PERSON')).toEqual([]);
    expect(found('- Bruno the shop cat knocked the demo unit over', 'PERSON')).toEqual([]);
    expect(found('We removed the Team Selene add-on from your plan', 'PERSON')).toEqual([]);
    expect(found('Provider: Nordlicht Mobil\nComplainant: Ilse Brandt', 'PERSON')).toEqual(['Ilse Brandt']);
    expect(found('Bitte erstatten Sie das Guthaben auf mein Konto.', 'PERSON')).toEqual([]);
  });

  it('reads names after paired titles, role nouns, log keys and phrases that take a person', () => {
    expect(found('Your driver will hold a sign reading "MR/MS T. OKONKWO" at arrivals.', 'PERSON')).toEqual(['T. OKONKWO']);
    expect(found('pickup at the north entrance, passenger Hollis, party of two', 'PERSON')).toEqual(['Hollis']);
    expect(found('the store assistant called Tamsin promised a discount', 'PERSON')).toEqual(['Tamsin']);
    expect(found('You rode with Anselm. Trip TX77A1 · 4.2 km', 'PERSON')).toEqual(['Anselm']);
    expect(found('Pickup note from Ekwueme: "Ring the bell marked Halvorsen, 3rd floor."', 'PERSON')).toEqual(['Ekwueme', 'Halvorsen']);
    expect(found('session closed\nagent_on_duty=ruairi mcgonagle\nnote: verified', 'PERSON')).toEqual(['ruairi mcgonagle']);
    expect(found('The clerk verified Mr Cairns with his passport.', 'PERSON')).toEqual(['Cairns']);
    expect(found('We flew to Cairns in May.', 'PERSON')).toEqual([]);
  });
});
