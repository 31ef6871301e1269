/**
 * @module privacy/pii/round36.test — the thirty-sixth round's rules: product tokens as log values,
 * upgrades and Squid hierarchy codes around dotted quads; cut-off dates, a business's birthday, the new
 * value of a birth-date change record and replies under full-width colons; passport numbers under an SSN
 * line; case and tracking numbers, bare numbers after a caller, a signing dash, "calls … on" and in a
 * crew list; card cells before a comma and payment-method keys; British house names; and, for names,
 * places listed under a label, buildings named after people, offices, Vietnamese greetings, chat-export
 * headers, Italian titles in lower case, signing dashes, names on items and contact lines, dispatch
 * keys, seasons as terms, German compound nouns, mascots, the payer after "Paid by" and
 * German universities; and numbers read out again in words.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('addresses of machines and versions', () => {
  it('reads a product token as a log value and an upgrade over a few words as versions', () => {
    expect(found('auth ok from 81.2.69.160:443 client=portal-web/7.12.3.204', 'IP')).toEqual(['81.2.69.160']);
    expect(found('- Upgraded PDF renderer to 1.3.4.225 (commit 1899a13afd)', 'IP')).toEqual([]);
    expect(found('Firewall rule updated, new peer 203.0.113.77 allowed', 'IP')).toEqual(['203.0.113.77']);
  });

  it('reads the upstream address after a Squid hierarchy code, not after a user-agent product', () => {
    const squid = '1732000000.412    87 10.4.4.19 TCP_MISS/200 5120 GET http://example.net/a - HIER_DIRECT/198.51.100.23 text/html';
    expect(found(squid, 'IP')).toEqual(['10.4.4.19', '198.51.100.23']);
    expect(found('UA: Mozilla/5.0 okhttp/4.12.0.1', 'IP')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('reads no birth date in a cut-off or in a business’s birthday', () => {
    expect(found('Pupils born after 31 August 2015 join the infant group.', 'DOB')).toEqual([]);
    expect(found('Entrants born on or before 1 January 1990 race in the masters class.', 'DOB')).toEqual([]);
    expect(found('Happy birthday to our bakery — 12 years old on 3 March 2025!', 'DOB')).toEqual([]);
    expect(found('I was born on 3 March 1985 in Leeds.', 'DOB')).toEqual(['3 March 1985']);
  });

  it('reads the new value of a birth-date change record', () => {
    const audit = 'member=M-4411 field=birth_date old="1988-04-03" new="1988-03-04" by=admin';
    expect(found(audit, 'DOB')).toEqual(['1988-04-03', '1988-03-04']);
  });

  it('reads the reply to a birth-date question under full-width colons', () => {
    const chat = '客服：请提供您的出生日期。\n顾客：1991年11月5日\n客服：谢谢。';
    expect(found(chat, 'DOB')).toEqual(['1991年11月5日']);
  });
});

describe('numbers', () => {
  it('reads a passport number under an SSN line as no SSN', () => {
    const record = 'SSN: 512-48-3391\nPassport: 540128877 (exp 2031)';
    expect(found(record, 'NATIONAL_ID')).toEqual(['512-48-3391']);
    expect(found('SSN on the form was wrong.\nCorrected: 512483391', 'NATIONAL_ID')).toEqual(['512483391']);
  });

  it('reads case and tracking numbers as no phones', () => {
    expect(found('O seu pedido foi registado (protocolo 0431908876).', 'PHONE')).toEqual([]);
    expect(found('parcel 2 — DHL 0412099318 — out for delivery', 'PHONE')).toEqual([]);
    expect(found('parcel 2 — call DHL on 0412 099318', 'PHONE')).toEqual(['0412 099318']);
  });

  it('reads a number read out again in words after it was written', () => {
    const said = "Call me back on 02-261-1918, that's zero two two six one one nine one eight. Mornings are best.";
    expect(found(said, 'PHONE')).toEqual(['02-261-1918', 'zero two two six one one nine one eight']);
  });

  it('reads bare numbers after a caller, a signing dash, "calls … on" and in a crew list', () => {
    expect(found('Caller: Okafor, Chidi / 4155550188\nIssue: no heat', 'PHONE')).toEqual(['4155550188']);
    expect(found('Free to a good home, collect this week. — Marisol (3125550143)', 'PHONE')).toEqual(['3125550143']);
    expect(found('She prefers calls after 7pm on 2065550117.', 'PHONE')).toEqual(['2065550117']);
    const crew = '- NOVAK Petra (lead) 503-555-0110\n- ADEYEMI Tunde (driver) 5035550127\n- LUND Sigrid (driver) 503.555.0136';
    expect(found(crew, 'PHONE')).toEqual(['503-555-0110', '5035550127', '503.555.0136']);
    expect(found('- Batch A 5035550127\n- Batch B 5035550128', 'PHONE')).toEqual([]);
  });

  it('reads a card cell before the next comma and a card under a payment-method key', () => {
    const csv = 'ref,customer,card_number,amount\nx1,"Okafor, Chidi",4539578763621486,420.00';
    expect(found(csv, 'CARD')).toEqual(['4539578763621486']);
    expect(found('payment_method: 4222 222 222 222', 'CARD')).toEqual(['4222 222 222 222']);
  });
});

describe('British house names', () => {
  it('reads an address from a house name over a street without a number to its postcode', () => {
    expect(found('Boiler service booked at Rowan Cottage, Mill Road, Hexham, NE46 3QP on Friday.', 'ADDRESS')).toEqual([
      'Rowan Cottage, Mill Road, Hexham, NE46 3QP',
    ]);
    expect(found('Deliver to:\nThe Old Bakery, Church Lane\nLudlow\nSY8 1AB', 'ADDRESS')).toEqual(['The Old Bakery, Church Lane\nLudlow\nSY8 1AB']);
    expect(found('Their place is Ivy House, Back Lane, Leeds, LS11 3RY. Call first.', 'ADDRESS')).toEqual(['Ivy House, Back Lane, Leeds, LS11 3RY']);
  });
});

describe('names', () => {
  it('reads places listed under a label and buildings named after people as no people', () => {
    expect(found('Busiest cities: Austin, Charlotte, Lincoln, Florence', 'PERSON')).toEqual([]);
    expect(found('Orientation starts in front of Hawking Hall at ten.', 'PERSON')).toEqual([]);
    expect(found('Room draw: 1) Brontë Commons 2) Turing Residence', 'PERSON')).toEqual([]);
    expect(found('Ask Grace Hall at the front desk.', 'PERSON')).toEqual(['Grace Hall']);
  });

  it('reads offices and a Vietnamese greeting as no people', () => {
    expect(found('Present: Amara Obi (chair), Dean of Admissions, two governors.', 'PERSON')).toEqual(['Amara Obi']);
    expect(found('Trợ lý: Xin chào! Tôi có thể giúp gì?', 'PERSON')).toEqual([]);
    expect(found('I spoke to Xin Li yesterday about the refund.', 'PERSON')).toEqual(['Xin Li']);
  });

  it('reads the senders of a team-chat export', () => {
    const slack = '#housing  (2026-02-11)\nThanakorn  12:24\n  ok ping @registrar-bot\nRocío  12:31\n  done\nMeeting  12:40\n  agenda below';
    expect(found(slack, 'PERSON')).toEqual(['Thanakorn', 'Rocío']);
    expect(found('Pickup  20:12\nBlk 403 Boon Lay Place\nDropoff  08:04\nBlk 967 Ang Mo Kio', 'PERSON')).toEqual([]);
    expect(found('Priya  12:24\n  is the lease signed?\nLetBot  12:25\n  Reminder: rent is due', 'PERSON')).toEqual(['Priya']);
  });

  it('reads names after Italian titles in lower case and after "Lic.", and a signing dash', () => {
    expect(found('Il modulo va firmato dal prof. Rinaldi entro venerdì.', 'PERSON')).toEqual(['Rinaldi']);
    expect(found('Estimado Lic. Ito:\n\nLe enviamos el presupuesto.', 'PERSON')).toContain('Ito');
    expect(found('You can collect it any evening. — Gilad (287.696.0833)', 'PERSON')).toEqual(['Gilad']);
    expect(found('Email me and I will sort it. — Tevin, owner, Tidy Dwellings Ltd', 'PERSON')).toEqual(['Tevin']);
    expect(found('Brückenhaus e.V. — Aufnahmebogen\nLisbon — Porto', 'PERSON')).toEqual([]);
  });

  it('reads names on an item, after a contact line’s kind, after "text from" and in a dispatch log', () => {
    expect(found('The plumber left a torch here. Name on it says "Yanique". Collect any time.', 'PERSON')).toEqual(['Yanique']);
    expect(found('Home: (03) 0885 6973   Mobile (Tahlia): +61 2 3593 4155', 'PERSON')).toEqual(['Tahlia']);
    expect(found('Text from Doyoon: the cleaner never showed.', 'PERSON')).toEqual(['Doyoon']);
    expect(found('2025-01-04T13:22:44Z tech=Dieter job=#5674043 status=DELAYED', 'PERSON')).toEqual(['Dieter']);
  });

  it('reads terms, compound nouns and mascots as no people', () => {
    expect(found('Kim Ji-ho,kimj@uni.example,Seoul Summer', 'PERSON')).toEqual(['Kim Ji-ho']);
    expect(found('Chatprotokoll Bewerbungsportal (2026-01-10)\nStudiengang M.A. Kunstgeschichte', 'PERSON')).toEqual([]);
    expect(found('Usuario: Hola, soy Jaime Iglesias\nAsistente: Encantada, Jaime.', 'PERSON')).not.toContain('Encantada');
    expect(found('Nine years of the app! Mascot Sir Spanner says thanks.', 'PERSON')).toEqual([]);
    expect(found('- Maxwell and Faraday themes retired', 'PERSON')).toEqual([]);
  });

  it('reads the payer after "Paid by" and a German university as no person', () => {
    expect(found('Paid by: ELFORD Willow\nBilling address: 67 Gouger Street', 'PERSON')).toEqual(['ELFORD Willow']);
    expect(found('please transfer the fee to:\nBeneficiary: Hochschule Rheinau\nIBAN: DE36', 'PERSON')).toEqual([]);
  });
});
