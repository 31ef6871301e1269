/** @module privacy/pii/structured-detectors.test — positive and negative examples for each pattern detector. */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { cardDetector } from './card.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { ipDetector } from './ip.js';
import { nationalIdDetector } from './national-id.js';
import { cutAddressesAtCuedPhones, phoneDetector } from './phone.js';
import { spanAt, type PiiDetector } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);

describe('emailDetector', () => {
  it('finds addresses with tags, subdomains and capitals, without trailing punctuation', () => {
    expect(values(emailDetector, 'Mail Ana.Lopez+shop@Mail.Uni-Bonn.de.')).toEqual(['Ana.Lopez+shop@Mail.Uni-Bonn.de']);
    expect(values(emailDetector, 'cc: a@b.io, x_y@corp.co.uk')).toEqual(['a@b.io', 'x_y@corp.co.uk']);
  });
  it('ignores mentions and bare @', () => {
    expect(values(emailDetector, 'thanks @support, meet @ 5pm, user@localhost')).toEqual([]);
  });
});

describe('phoneDetector', () => {
  it.each([
    '+14155550132',
    '+44 20 7946 0958',
    '(415) 555-0132',
    '415.555.0132',
    '415-555-0132',
    '020 7946 0958',
    '06 12 34 56 78',
    '+33 6 12 34 56 78',
    '0151 23456789',
    '+1 (415) 555-0132',
    '0044 20 7946 0958',
  ])('finds %s', (phone) => {
    expect(values(phoneDetector, `Call me on ${phone} today.`)).toEqual([phone]);
  });
  it.each([
    'Order #48213911 shipped.',
    'Please refund order 0612345678 today.',
    'It costs $1,299.99 now.',
    'I am on version 10.4.12 of the app.',
    'It failed at 2024-03-12 14:22:01 UTC.',
    'We sold 1 000 000 units in 2023.',
    'ISBN 978-3-16-148410-0 is the book.',
    'Born 12.04.1990 in Lyon.',
    'Server 192.168.10.254 is down.',
  ])('ignores non-phones: %s', (text) => {
    expect(values(phoneDetector, text)).toEqual([]);
  });
});

describe('cardDetector', () => {
  it('finds Luhn-valid cards, grouped, dashed or plain', () => {
    expect(values(cardDetector, 'card 4111 1111 1111 1111 ok')).toEqual(['4111 1111 1111 1111']);
    expect(values(cardDetector, 'amex 3782-822463-10005')).toEqual(['3782-822463-10005']);
    expect(values(cardDetector, 'pay with 5555555555554444.')).toEqual(['5555555555554444']);
  });
  it('rejects Luhn failures, odd grouping and order numbers', () => {
    expect(values(cardDetector, 'card 4111 1111 1111 1112')).toEqual([]);
    // An unusual grouping needs a card word on its line (round 22: "Fee: card 4614 151 722 901").
    expect(values(cardDetector, 'ref 41111 11111 111111')).toEqual([]);
    expect(values(cardDetector, 'card 41111 11111 111111')).toEqual(['41111 11111 111111']);
    expect(values(cardDetector, 'order #4111111111111111')).toEqual([]);
    expect(values(cardDetector, 'tracking number 4111111111111111')).toEqual([]);
  });
});

describe('ibanDetector', () => {
  it('finds compact and grouped IBANs and stops before trailing words', () => {
    expect(values(ibanDetector, 'IBAN GB82 WEST 1234 5698 7654 32 and thanks')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(values(ibanDetector, 'to DE89370400440532013000.')).toEqual(['DE89370400440532013000']);
  });
  it('rejects a bad checksum', () => {
    expect(values(ibanDetector, 'IBAN GB82 WEST 1234 5698 7654 33')).toEqual([]);
  });
  it('accepts an IBAN in any case, with or without the word IBAN (the checksum decides)', () => {
    expect(values(ibanDetector, 'my iban is de89 3704 0044 0532 0130 00')).toEqual(['de89 3704 0044 0532 0130 00']);
    expect(values(ibanDetector, 'pay into de89370400440532013000 please')).toEqual(['de89370400440532013000']);
    expect(values(ibanDetector, 'code de89370400440532013001')).toEqual([]);
  });
});

describe('nationalIdDetector', () => {
  it('finds SSNs (dashed/spaced anywhere, plain only after an SSN cue) and UK NI numbers', () => {
    expect(values(nationalIdDetector, 'use 123-45-6789 please')).toEqual(['123-45-6789']);
    expect(values(nationalIdDetector, 'my SSN is 123456789')).toEqual(['123456789']);
    expect(values(nationalIdDetector, 'NI number AB 12 34 56 C')).toEqual(['AB 12 34 56 C']);
  });
  it('rejects invalid areas, bare nine digits and bad NI prefixes', () => {
    expect(values(nationalIdDetector, 'use 666-45-6789 or 000-12-3456')).toEqual([]);
    expect(values(nationalIdDetector, 'order 123456789 shipped')).toEqual([]);
    expect(values(nationalIdDetector, 'ref GB123456A')).toEqual([]);
  });
});

describe('ipDetector', () => {
  it('finds IPv4 and IPv6 (full, compressed)', () => {
    expect(values(ipDetector, 'from 203.0.113.7, then 2001:db8::8a2e:370:7334 and fe80::1ff:fe23:4567:890a')).toEqual([
      '203.0.113.7',
      '2001:db8::8a2e:370:7334',
      'fe80::1ff:fe23:4567:890a',
    ]);
  });
  it('ignores versions, out-of-range octets and clock times', () => {
    expect(values(ipDetector, 'v1.2.3.4, version 10.0.0.1, 1.2.3.4.5, 300.1.1.1, at 12:30:45')).toEqual([]);
  });
});

describe('addressDetector', () => {
  it('finds US and UK street addresses with unit and city/ZIP/postcode', () => {
    expect(values(addressDetector, 'Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 please')).toEqual([
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ]);
    expect(values(addressDetector, 'I live at Flat 3, 221B Baker Street, London NW1 6XE.')).toEqual([
      'Flat 3, 221B Baker Street, London NW1 6XE',
    ]);
    expect(values(addressDetector, 'left at 42 Elm Dr, Apt 4B today')).toEqual(['42 Elm Dr, Apt 4B']);
  });
  it('ignores quantities and titles', () => {
    expect(values(addressDetector, 'I ordered 3 Large Blue Shirts and 2 Dr. Pepper cans on the way')).toEqual([]);
  });
});

describe('dobDetector', () => {
  it.each(['1990-04-12', '12/04/1990', 'April 12, 1990', '12 April 1990', '12th of April 1990', 'Apr 12 1990'])(
    'finds %s next to a birth cue',
    (d) => {
      expect(values(dobDetector, `I was born on ${d}.`)).toEqual([d]);
      expect(values(dobDetector, `DOB: ${d}`)).toEqual([d]);
    },
  );
  it('finds a date before the cue', () => {
    expect(values(dobDetector, '04/12/1990 is my date of birth')).toEqual(['04/12/1990']);
  });
  it('ignores dates without a birth cue, in another sentence, or for birthday events', () => {
    expect(values(dobDetector, 'Delivered on 2024-03-12.')).toEqual([]);
    expect(values(dobDetector, 'I was born in Lyon. The order came on 2024-03-12.')).toEqual([]);
    expect(values(dobDetector, 'My birthday present arrived on 2024-03-12.')).toEqual([]);
  });
});

describe('ipDetector: RFC 4291/5952 forms in logs', () => {
  it('leaves out a port printed after an IPv6 address without brackets', () => {
    expect(values(ipDetector, 'DROP TCP 2001:db8:4::1f:51234 -> 203.0.113.9:443')).toEqual(['2001:db8:4::1f', '203.0.113.9']);
    expect(values(ipDetector, 'from [2001:db8::1]:8080 and 2001:db8::2/64')).toEqual(['2001:db8::1', '2001:db8::2']);
  });
  it('reads zero-padded octets of fixed-width logs, but not padded versions', () => {
    expect(values(ipDetector, 'src=192.168.001.010 dst=010.000.000.001')).toEqual(['192.168.001.010', '010.000.000.001']);
    expect(values(ipDetector, 'release 2.010.003.004')).toEqual([]);
  });
  it('reads an embedded dotted quad whole', () => {
    expect(values(ipDetector, 'client ::ffff:198.51.100.7 and 64:ff9b::192.0.2.33.')).toEqual([
      '::ffff:198.51.100.7',
      '64:ff9b::192.0.2.33',
    ]);
  });
});

describe('phoneDetector and cardDetector in CSV rows', () => {
  it('reads a field followed by a date or a long number as ending there, not as a decimal', () => {
    expect(values(phoneDetector, 'Ana,+44 20 7946 0958,2024-05-01')).toEqual(['+44 20 7946 0958']);
    expect(values(phoneDetector, '2024-05-01,+44 20 7946 0958,1712345678')).toEqual(['+44 20 7946 0958']);
    expect(values(phoneDetector, 'total 12 345 678,90 EUR')).toEqual([]);
  });
});

describe('cutAddressesAtCuedPhones', () => {
  const text = 'it is 12 harbour road bristol and my number is 0117 496 0000 thanks';
  const address = spanAt('ADDRESS', text, 6, 62);
  const phone = spanAt('PHONE', text, text.indexOf('0117'), text.indexOf(' thanks'));
  it('ends an address that runs on over a phone introduced by a phone cue', () => {
    const out = cutAddressesAtCuedPhones(text, [address, phone]);
    expect(out.map((s) => s.value)).toEqual(['12 harbour road bristol and my number is', '0117 496 0000']);
  });
  it('leaves an address alone when the digits inside it have no phone cue', () => {
    const t = 'at 30 main street 105 63 athina';
    const spans = [spanAt('ADDRESS', t, 3, t.length), spanAt('PHONE', t, 18, 24)];
    expect(cutAddressesAtCuedPhones(t, spans)).toEqual(spans);
  });
});

describe('seventh round: replies in chats and call transcripts', () => {
  it('reads a phone, SSN or date of birth that opens the reply to a question asking for it', () => {
    const call = '[02:10] rep: what is a good callback number for you\n[02:14] client: oh five five five one two three nine eight seven six';
    expect(values(phoneDetector, call)).toEqual(['oh five five five one two three nine eight seven six']);
    expect(values(phoneDetector, 'Agent: and your mobile?\nJo: sure, 4155550173')).toEqual(['4155550173']);
    expect(values(nationalIdDetector, '[9:01] Sam: I need your social security number.\n[9:02] Lee: it is 512447190')).toEqual([
      '512447190',
    ]);
    const chat = 'Ben (agent): Could you confirm your date of birth please?\nClient: the third of may nineteen eighty two';
    expect(values(dobDetector, chat)).toEqual(['the third of may nineteen eighty two']);
    expect(values(dobDetector, 'Ben (agent): And your birth date?\nClient: 7/21/1984')).toEqual(['7/21/1984']);
  });
  it('leaves replies to questions about other numbers alone', () => {
    expect(values(phoneDetector, 'Agent: what is the order number?\nJo: 4155550173')).toEqual([]);
    expect(values(phoneDetector, 'Agent: how many did you ship?\nJo: 4155550173')).toEqual([]);
    expect(values(dobDetector, 'Ben: when did it arrive?\nClient: 7/21/1984')).toEqual([]);
  });
});

describe('seventh round: phone layouts', () => {
  it('reads national mobiles of Italy (3-7) and India (5-5), alone', () => {
    expect(values(phoneDetector, 'scrivimi al 338 4412907 grazie')).toEqual(['338 4412907']);
    expect(values(phoneDetector, 'ring 91234-56780 after six')).toEqual(['91234-56780']);
    expect(values(phoneDetector, 'zip codes 90210 10001 60614 are served')).toEqual([]);
  });
  it('reads a number in a contact line beside an e-mail, a letterhead "T"/"M", a chat sender, "contact X on"', () => {
    expect(values(phoneDetector, 'Rua Augusta 12, Lisboa · 912345678 · rita@example.pt')).toEqual(['912345678']);
    expect(values(phoneDetector, 'ana@example.es | 655443322')).toEqual(['655443322']);
    expect(values(phoneDetector, 'Acme GmbH\nT 030 2345678 | M 0171 2345678')).toEqual(['030 2345678', '0171 2345678']);
    expect(values(phoneDetector, '[3/4/22, 10:11:12] 4155550173: on my way')).toEqual(['4155550173']);
    expect(values(phoneDetector, 'Questions? Please contact Ana Ruiz on 4155550173.')).toEqual(['4155550173']);
    expect(values(phoneDetector, 'Callback number: 4155550173')).toEqual(['4155550173']);
  });
  it('reads a contact named on a form line or a key-value table row', () => {
    expect(values(phoneDetector, 'Previous landlord: Tom Reed, 4155550173')).toEqual(['4155550173']);
    expect(values(phoneDetector, '| Next of kin      | Mia Lund (sister), 4155550173 |')).toEqual(['4155550173']);
  });
  it('does not read test SSNs, IBAN groups, order and policy numbers, or ids beside an e-mail in a CSV, as phones', () => {
    expect(values(phoneDetector, 'fixtures: 666-12-3456 and 912-34-5678')).toEqual([]);
    expect(values(phoneDetector, 'IBAN DE00 0370 0440 0532 0130 00 rejected')).toEqual([]);
    expect(values(phoneDetector, 'su póliza (n.º 0612345678) vence hoy')).toEqual([]);
    expect(values(phoneDetector, 'ご注文番号：045-1234567')).toEqual([]);
    expect(values(phoneDetector, 'email,customer_id\nana@example.com,412345678')).toEqual([]);
    expect(values(phoneDetector, 'Employer identification number: 12-3456789')).toEqual([]);
  });
});

describe('seventh round: SSNs in key-value tables, compact dates of birth', () => {
  it('reads nine bare digits in a table row labelled SSN, however wide the label column', () => {
    expect(values(nationalIdDetector, '| SSN                         | 512447190 |')).toEqual(['512447190']);
    expect(values(nationalIdDetector, '| Member ID                   | 512447190 |')).toEqual([]);
  });
  it('reads travel-document, ISO 8601 basic and spaced dates next to a birth cue', () => {
    expect(values(dobDetector, 'PAX 1 LEE/ANA MS   DOB 03MAR1987   SEAT 14C')).toEqual(['03MAR1987']);
    expect(values(dobDetector, 'BEGIN:VCARD\nBDAY:19870303\nEND:VCARD')).toEqual(['19870303']);
    expect(values(dobDetector, 'my birthday is 03 21 1987')).toEqual(['03 21 1987']);
  });
});
