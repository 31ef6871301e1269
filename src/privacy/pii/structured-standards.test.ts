/**
 * @module privacy/pii/structured-standards.test — the structured detectors against the standards they
 * follow: every card network's IIN ranges and lengths, every IBAN registry country, SSA rules, phone
 * numbering formats of many countries, dates of birth in seven languages, and postal addresses of many
 * countries. Examples are written here from the standards, not taken from any evaluation corpus.
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { cardDetector } from './card.js';
import { cardBrand, cardValid, ibanLength, ibanValid, luhnValid, ssnValid } from './checksums.js';
import { dobDetector } from './dob.js';
import { ibanDetector } from './iban.js';
import { nationalIdDetector } from './national-id.js';
import { phoneDetector } from './phone.js';
import type { PiiDetector } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);

/** A Luhn-valid number of `length` digits starting with `prefix` (zeros, then the check digit). */
function luhnNumber(prefix: string, length: number): string {
  const body = prefix.padEnd(length - 1, '0');
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** Groups a digit string in fours separated by `sep`. */
const fours = (digits: string, sep: string): string => digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

/** A valid IBAN for `country`: BBAN of digits with the registry length, check digits computed (ISO 7064). */
function makeIban(country: string, seed: number): string {
  const len = ibanLength(country);
  if (len === undefined) throw new Error(country);
  let bban = '';
  for (let i = 0; bban.length < len - 4; i++) bban += String((seed * 7 + i * 3) % 10);
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

describe('cards: IIN ranges and lengths of every major network', () => {
  const cases: Array<[string, string, number]> = [
    ['Visa 13', '4', 13],
    ['Visa 16', '4', 16],
    ['Visa 19', '4', 19],
    ['Mastercard 51', '51', 16],
    ['Mastercard 55', '55', 16],
    ['Mastercard 2221', '2221', 16],
    ['Mastercard 2720', '2720', 16],
    ['Amex 34', '34', 15],
    ['Amex 37', '37', 15],
    ['Discover 6011', '6011', 16],
    ['Discover 644', '644', 16],
    ['Discover 65 (19)', '65', 19],
    ['JCB 3528', '3528', 16],
    ['JCB 3589 (19)', '3589', 19],
    ['Diners 300', '300', 14],
    ['Diners 36', '36', 14],
    ['Diners 38 (16)', '38', 16],
    ['UnionPay 62 (16)', '62', 16],
    ['UnionPay 62 (19)', '62', 19],
    ['Maestro 50', '5018', 16],
    ['Maestro 6759 (18)', '6759', 18],
    ['Maestro 63 (13)', '6304', 13],
    ['Mir', '2200', 16],
    ['RuPay 508', '508', 16],
    ['Troy', '9792', 16],
  ];
  it.each(cases)('%s is a card in plain, spaced and dashed form', (_brand, prefix, length) => {
    const digits = luhnNumber(prefix, length);
    expect(cardValid(digits)).toBe(true);
    expect(values(cardDetector, `card ${digits} thanks`)).toEqual([digits]);
    if (length === 16 || length === 19 || length === 13) {
      expect(values(cardDetector, `card ${fours(digits, ' ')} thanks`)).toEqual([fours(digits, ' ')]);
      expect(values(cardDetector, `card ${fours(digits, '-')} thanks`)).toEqual([fours(digits, '-')]);
    }
  });
  it('reads Amex 4-6-5 and Diners 4-6-4 groupings', () => {
    const amex = luhnNumber('37', 15);
    const diners = luhnNumber('36', 14);
    const amexPrinted = `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
    const dinersPrinted = `${diners.slice(0, 4)}-${diners.slice(4, 10)}-${diners.slice(10)}`;
    expect(values(cardDetector, `amex ${amexPrinted}.`)).toEqual([amexPrinted]);
    expect(values(cardDetector, `diners ${dinersPrinted}.`)).toEqual([dinersPrinted]);
  });
  it('accepts a 12-digit Maestro only next to a card word', () => {
    const maestro = luhnNumber('6759', 12);
    expect(values(cardDetector, `my maestro card ${maestro}`)).toEqual([maestro]);
    expect(values(cardDetector, `reference ${maestro}`)).toEqual([]);
  });
  it('rejects wrong lengths for the network, unknown IINs, bad Luhn and mixed separators', () => {
    expect(cardBrand(luhnNumber('37', 16))).toBeUndefined(); // Amex is 15 only
    expect(cardBrand(luhnNumber('4', 15))).toBeUndefined(); // Visa is 13/16/19
    expect(cardBrand(luhnNumber('51', 19))).toBeUndefined(); // Mastercard is 16
    expect(cardValid(luhnNumber('1', 16))).toBe(false);
    expect(cardValid(luhnNumber('7', 16))).toBe(false);
    const visa = luhnNumber('4', 16);
    const bad = visa.slice(0, 15) + String((Number(visa[15]) + 1) % 10);
    expect(values(cardDetector, `card ${bad}`)).toEqual([]);
    expect(values(cardDetector, `card ${visa.slice(0, 4)} ${visa.slice(4, 8)}-${visa.slice(8, 12)} ${visa.slice(12)}`)).toEqual([]);
    expect(values(cardDetector, `order #${visa}`)).toEqual([]);
  });
});

describe('IBAN: the registry countries, printed and electronic forms, any case', () => {
  const countries = ['AD', 'AE', 'AT', 'BE', 'BG', 'BR', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EG', 'ES', 'FI', 'FR', 'GB', 'GR',
    'HR', 'HU', 'IE', 'IL', 'IS', 'IT', 'JO', 'KW', 'LC', 'LT', 'LU', 'LV', 'MT', 'MU', 'NL', 'NO', 'PL', 'PT', 'QA', 'RO',
    'RS', 'RU', 'SA', 'SE', 'SI', 'SK', 'SM', 'TN', 'TR', 'UA', 'VA', 'XK', 'YE'];
  it.each(countries)('%s: compact, grouped by four, lower case', (cc) => {
    const iban = makeIban(cc, cc.charCodeAt(0) + cc.charCodeAt(1));
    expect(ibanValid(iban)).toBe(true);
    const printed = fours(iban, ' ');
    expect(values(ibanDetector, `pay to ${iban} today`)).toEqual([iban]);
    expect(values(ibanDetector, `pay to ${printed} today`)).toEqual([printed]);
    expect(values(ibanDetector, `account ${printed.toLowerCase()} please`)).toEqual([printed.toLowerCase()]);
  });
  it('finds two IBANs in one sentence ("from X to Y")', () => {
    const a = fours(makeIban('DE', 1), ' ');
    const b = makeIban('SE', 2);
    expect(values(ibanDetector, `moved it from ${a} to ${b} yesterday`)).toEqual([a, b]);
  });
  it('rejects bad check digits, wrong lengths and unknown countries', () => {
    const de = makeIban('DE', 3);
    const wrongCheck = `${de.slice(0, 2)}${de[2] === '9' ? '1' : '9'}${de.slice(3)}`;
    expect(values(ibanDetector, `iban ${wrongCheck}`)).toEqual([]);
    expect(values(ibanDetector, `iban ${de}0`)).toEqual([]);
    expect(ibanValid(`ZZ${de.slice(2)}`)).toBe(false);
  });
});

describe('US SSN: SSA rules and separators', () => {
  it.each(['123-45-6789', '123 45 6789', '123.45.6789'])('finds %s', (ssn) => {
    expect(values(nationalIdDetector, `my ssn ${ssn} ok`)).toEqual([ssn]);
    expect(values(nationalIdDetector, `number ${ssn} ok`)).toEqual([ssn]);
  });
  it('needs a cue for nine bare digits, also after "no." and a few words', () => {
    expect(values(nationalIdDetector, 'SSN: 123456789')).toEqual(['123456789']);
    expect(values(nationalIdDetector, 'my social security no., which is 123456789, was stolen')).toEqual(['123456789']);
    expect(values(nationalIdDetector, 'invoice 123456789')).toEqual([]);
  });
  it.each(['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000', '078-05-1120', '219-09-9999'])(
    'rejects %s (SSA never issues it)',
    (ssn) => expect(ssnValid(ssn)).toBe(false),
  );
  it('rejects mixed separators', () => {
    expect(values(nationalIdDetector, 'ssn 123-45 6789')).toEqual([]);
  });
});

describe('phones: E.164 and national formats of many countries', () => {
  it.each([
    '+49 30 1234567',
    '+33 6 12 34 56 78',
    '+55 11 98765-4321',
    '+81 3-1234-5678',
    '+61 2 9876 5432',
    '+91 98765 43210',
    '+34 612 345 678',
    '+45 20 12 34 56',
    '(11) 98765-4321',
    '(02) 9876 5432',
    '612 345 678',
    '912 345 678',
    '20 12 34 56',
    '412 34 567',
    '030 1234567',
    '06 12 34 56 78',
    '07700 900123',
    '070-123 45 67',
    '347 123 4567',
  ])('finds %s', (phone) => {
    expect(values(phoneDetector, `Contact: ${phone} (evenings)`)).toEqual([phone]);
  });
  it('includes an extension', () => {
    expect(values(phoneDetector, 'call 415-555-0132 ext. 204 please')).toEqual(['415-555-0132 ext. 204']);
  });
  it('understands phone cues in other languages', () => {
    expect(values(phoneDetector, 'Bitte rufen Sie mich unter 0301234567 an')).toEqual(['0301234567']);
    expect(values(phoneDetector, 'mi teléfono es 612345678')).toEqual(['612345678']);
  });
  it.each([
    'my card 1234 5678 9012 was declined',
    'Policy number POL-1234 5678 9012 is wrong',
    'We are on PostgreSQL 16.4.12345.6789',
    'It happened on 12 04 1990 apparently',
    'Order 612 345 678 never arrived',
    'at 2024-03-12 14:22:01 UTC',
  ])('ignores look-alikes: %s', (text) => {
    expect(values(phoneDetector, text)).toEqual([]);
  });
});

describe('dates of birth: formats and cues in seven languages', () => {
  it.each([
    ['Geburtsdatum: 12.03.1985', '12.03.1985'],
    ['geboren am 3. März 1985 in Köln', '3. März 1985'],
    ['Je suis né le 1er mai 1990 à Lyon', '1er mai 1990'],
    ['date de naissance : 12/05/1990', '12/05/1990'],
    ['fecha de nacimiento: 12 de mayo de 1990', '12 de mayo de 1990'],
    ['nacido el 7 de septiembre de 1979', '7 de septiembre de 1979'],
    ['data di nascita 12 maggio 1990', '12 maggio 1990'],
    ['data de nascimento: 12 de março de 1990', '12 de março de 1990'],
    ['geboortedatum 12 mei 1990', '12 mei 1990'],
    ["dateOfBirth: '1990-05-12'", '1990-05-12'],
    ['birth_date=12-Jan-1990', '12-Jan-1990'],
    ['DOB 3rd of May 1990', '3rd of May 1990'],
    ['I was born May 3rd, 1990.', 'May 3rd, 1990'],
    ['born on Jun 9 1990', 'Jun 9 1990'],
    ['født 12.05.1990', '12.05.1990'],
    ['urodzony 1990/05/12', '1990/05/12'],
  ])('%s', (text, date) => {
    expect(values(dobDetector, text)).toEqual([date]);
  });
  it('ignores event dates and sentences without a cue', () => {
    expect(values(dobDetector, 'the birthday sale ends on 12/05/2024')).toEqual([]);
    expect(values(dobDetector, 'je ne le sais pas, livraison le 12/05/2024')).toEqual([]);
    expect(values(dobDetector, 'Lieferung am 3. März 2024')).toEqual([]);
  });
});

describe('postal addresses of many countries', () => {
  it.each([
    ['US', 'Ship to 742 Evergreen Terrace, Springfield, IL 62704 please', '742 Evergreen Terrace, Springfield, IL 62704'],
    ['CA', 'I moved to 88 Queen St W, Toronto, ON M5H 2N2 last week', '88 Queen St W, Toronto, ON M5H 2N2'],
    ['UK', 'Send it to Flat 2, 14 Abbey Road, London NW8 9AY', 'Flat 2, 14 Abbey Road, London NW8 9AY'],
    ['IE', 'Address: 12 Merrion Square, Dublin D02 XY45', '12 Merrion Square, Dublin D02 XY45'],
    ['AU', 'deliver to Unit 4, 27 Beach Parade, Coogee NSW 2034 thanks', 'Unit 4, 27 Beach Parade, Coogee NSW 2034'],
    ['NZ', 'It is 15 Ponsonby Road, Auckland 1011 today', '15 Ponsonby Road, Auckland 1011'],
    ['DE', 'Bitte an Hauptstraße 5, 80331 München schicken', 'Hauptstraße 5, 80331 München'],
    ['DE separate', 'Rechnung an Leopoldstr. 12a, 80802 München bitte', 'Leopoldstr. 12a, 80802 München'],
    ['DE positional', 'Wir wohnen Unter den Linden 77, 10117 Berlin seit Mai', 'Unter den Linden 77, 10117 Berlin'],
    ['AT', 'Adresse: Mariahilfer Straße 45, 1060 Wien', 'Mariahilfer Straße 45, 1060 Wien'],
    ['CH', 'Lieferadresse Bahnhofstrasse 10, 8001 Zürich bitte', 'Bahnhofstrasse 10, 8001 Zürich'],
    ['FR', "J'habite 8 bis rue de la Paix, 75002 Paris depuis mai", '8 bis rue de la Paix, 75002 Paris'],
    ['BE', 'adresse 22 avenue Louise, 1050 Bruxelles merci', '22 avenue Louise, 1050 Bruxelles'],
    ['NL', 'Mijn adres is Keizersgracht 123-2, 1015 CJ Amsterdam', 'Keizersgracht 123-2, 1015 CJ Amsterdam'],
    ['ES', 'Envíelo a Calle Mayor 10, 2º izq., 28013 Madrid por favor', 'Calle Mayor 10, 2º izq., 28013 Madrid'],
    ['IT', 'Spedire a Via Garibaldi 7, 16124 Genova GE grazie', 'Via Garibaldi 7, 16124 Genova GE'],
    ['PT', 'Morada: Rua Augusta 100, 1100-053 Lisboa', 'Rua Augusta 100, 1100-053 Lisboa'],
    ['BR', 'Entregar na Rua Oscar Freire, 900, apto 12, São Paulo - SP, 01426-001', 'Rua Oscar Freire, 900, apto 12, São Paulo - SP, 01426-001'],
    ['PL', 'Adres: ul. Marszałkowska 10/12, 00-590 Warszawa', 'ul. Marszałkowska 10/12, 00-590 Warszawa'],
    ['SE', 'Skicka till Drottninggatan 5, 111 51 Stockholm tack', 'Drottninggatan 5, 111 51 Stockholm'],
    ['DK', 'Adresse: Nørregade 7, 1165 København', 'Nørregade 7, 1165 København'],
    ['NO', 'Adresse: Karl Johans gate 22, 0159 Oslo', 'Karl Johans gate 22, 0159 Oslo'],
    ['FI', 'Osoite Mannerheimintie 5, 00100 Helsinki', 'Mannerheimintie 5, 00100 Helsinki'],
    ['JP', '住所は〒150-0041 東京都渋谷区神南1-2-3です', '〒150-0041 東京都渋谷区神南1-2-3'],
    ['JP romaji', 'I live at 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005 now', '2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005'],
    ['IN', 'Address: Flat 302, Sunrise Apartments, 4th Cross, Jayanagar, Bengaluru 560041', 'Flat 302, Sunrise Apartments, 4th Cross, Jayanagar, Bengaluru 560041'],
    ['MX', 'Dirección: Avenida Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México', 'Avenida Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México'],
  ])('%s', (_country, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });
  it('reads multi-line addresses', () => {
    expect(values(addressDetector, 'Ship to:\n221B Baker Street\nLondon NW1 6XE\nThanks')).toEqual(['221B Baker Street\nLondon NW1 6XE']);
  });
  it('reads addresses typed without capitals when a postcode is present', () => {
    expect(values(addressDetector, 'send it to 12 rue des lilas, 69003 lyon pls')).toEqual(['12 rue des lilas, 69003 lyon']);
    expect(values(addressDetector, 'ship to 1234 quarry ridge blvd, apt 12a, spokane, wa 99201')).toEqual([
      '1234 quarry ridge blvd, apt 12a, spokane, wa 99201',
    ]);
    expect(values(addressDetector, 'i paid 12, 2024 was a bad year')).toEqual([]);
  });
  it.each([
    'I ordered 3 Large Blue Shirts and 2 Dr. Pepper cans',
    'I was born on December 12, 1990 In Ohio',
    'It still fails on Android 14, same error',
    'we sold 12 units in 2024',
    'Unfortunately Blue Cross denied it on 12/03/90',
    'Version 2, 2024 Release Notes',
  ])('ignores non-addresses: %s', (text) => {
    expect(values(addressDetector, text)).toEqual([]);
  });
});

describe('phones: more numbering plans, layouts and look-alikes', () => {
  it.each([
    ['Chinese mobile 3-4-4 (MIIT plan)', '联系人：王芳，手机 139 1234 5678。', '139 1234 5678'],
    ['Chinese mobile, bare, after 电话', '电话：13912345678。', '13912345678'],
    ['Russian trunk 8 and area in parentheses', 'Телефон 8 (495) 123-45-67.', '8 (495) 123-45-67'],
    ['Russian trunk 8, 3-3-2-2', 'Звоните 8 800 123-45-67', '8 800 123-45-67'],
    ['NANP number running into an "x" extension', 'call 415-555-0132x204', '415-555-0132x204'],
    ['number dialled from North America (011 exit code)', 'from the US dial 011 44 20 7946 0958', '011 44 20 7946 0958'],
    ['German area code with slash (DIN 5008, old style)', 'Tel. 0221/1234567', '0221/1234567'],
    ['slash with spaces', 'Telefon 089 / 12345678', '089 / 12345678'],
    ['"(+44)" country code in parentheses', 'phone: (+44) 20 7946 0958', '(+44) 20 7946 0958'],
    ['bare mobile with trunk prefix, no cue', 'Send the receipt to 0712345678 please', '0712345678'],
    ['eight digits 4-4 after a cue', 'Call 9123 4567 to rebook', '9123 4567'],
    ['letterhead label T:', 'Ana Ruiz\nT: 0612345678 | W: example.org', '0612345678'],
    ['Korean cue', '연락처 010 1234 5678', '010 1234 5678'],
    ['"reach you" in a transcript', 'best number to reach you caller 98765 43210', '98765 43210'],
    ['"ringing"', 'the courier keeps ringing 91234 56780, which is wrong', '91234 56780'],
    ['emergency-contact form line', 'Emergency contact: Ana Ruiz (sister), 9123 4567', '9123 4567'],
  ])('finds a %s', (_what, text, phone) => {
    expect(values(phoneDetector, text)).toEqual([phone]);
  });
  it('reads JSON, YAML and query-string keys that name a phone, in snake_case or camelCase', () => {
    expect(values(phoneDetector, '{"home_phone": "9123 4567"}')).toEqual(['9123 4567']);
    expect(values(phoneDetector, '{"contactNumber": 1, "phoneNumber":"4155550132"}')).toEqual(['4155550132']);
    expect(values(phoneDetector, '?mobile_no=98765 43210&x=1')).toEqual(['98765 43210']);
    expect(values(phoneDetector, 'hotel: 9123 4567, telemetry_id: 234567890')).toEqual([]);
    expect(values(phoneDetector, 'chat on https://wa.me/14155550132 today')).toEqual(['14155550132']);
  });
  it('takes "on"/"at" as a cue only after a person ("reach me at", "she is on")', () => {
    expect(values(phoneDetector, 'you can find me at 9123 4567 after six')).toEqual(['9123 4567']);
    expect(values(phoneDetector, 'the doors open at 9123 4567')).toEqual([]);
  });
  it('keeps extensions written with #, a colon or in other languages', () => {
    expect(values(phoneDetector, 'call 415-555-0132 #204')).toEqual(['415-555-0132 #204']);
    expect(values(phoneDetector, 'Tel 030 1234567 Nebenstelle 12')).toEqual(['030 1234567 Nebenstelle 12']);
  });
  it('reads a CSV or SQL phone column and a field followed by a date', () => {
    expect(values(phoneDetector, 'id,name,phone,joined\n7,Ana,9123 4567,2024-05-01')).toEqual(['9123 4567']);
    expect(values(phoneDetector, 'name,mobile,joined\nAna,+61 2 9876 5432,2024-05-01')).toEqual(['+61 2 9876 5432']);
    const sql = "INSERT INTO people (name, phone) VALUES\n  ('Ana', '9123 4567'),\n  ('Bo', '+34 612 345 678');";
    expect(values(phoneDetector, sql)).toEqual(['9123 4567', '+34 612 345 678']);
    expect(values(phoneDetector, 'id,name,qty\n7,Ana,9123 4567')).toEqual([]);
  });
  it('reads digits spoken one by one after a cue', () => {
    expect(values(phoneDetector, 'you can call me on oh seven seven double oh nine double one two three')).toEqual([
      'oh seven seven double oh nine double one two three',
    ]);
    expect(values(phoneDetector, 'count one two three four five six seven eight nine')).toEqual([]);
    expect(values(phoneDetector, 'my number is plus four four seven seven double oh nine double one two three')).toEqual([
      'plus four four seven seven double oh nine double one two three',
    ]);
  });
  it.each([
    'MRN: 123-456-789 (ward 4)',
    'NHS no. 943 476 5919',
    'Account number 0612345678',
    'the order number is 0012345678',
    'Author: Ana 2024-03-01 10:11:12 +0100 1234 lines',
    'recheck bloods on 2024-03-12 please',
    'call back on 12.03.2024',
    'the job was created at 1712345678 by cron',
    'Office: 1 Main St, Springfield, IL 62704-1234',
    'the cache was full at 1200 4500 entries',
    'retry after 100 200 400 800 ms',
    'Fibonacci: 0 1 1 2 3 5 8 13 21',
    'Scores were 12 15 18 21 24 27 this week',
    'Barcode 0 12345 67890 5 on the box',
    'DUNS 15-048-3782',
    'Ref. 0412 345 678 and Acct. 0412345678',
    'Reached 99 999 999 users, 12 582 912 bytes',
  ])('ignores identifiers, zone offsets and dates: %s', (text) => {
    expect(values(phoneDetector, text)).toEqual([]);
  });
});

describe('US SSN: layouts of forms, tables and transcripts', () => {
  it('reads an ssn column of a CSV, also when a date column follows', () => {
    const csv = 'employee,email,ssn,start\n"Ruiz, Ana",ana@example.org,123456789,2024-01-02\nBo Li,bo@example.org,123-45-6780,2024-01-03';
    expect(values(nationalIdDetector, csv)).toEqual(['123456789', '123-45-6780']);
    expect(values(nationalIdDetector, 'employee,badge\nAna,123456789')).toEqual([]);
  });
  it('takes a second bare SSN listed after the first in one sentence, unless named as something else', () => {
    expect(values(nationalIdDetector, 'my SSN is 123-45-6789, my husband\'s is 234567890.')).toEqual(['123-45-6789', '234567890']);
    expect(values(nationalIdDetector, 'SSN 123-45-6789 and ticket 234567890')).toEqual(['123-45-6789']);
    expect(values(nationalIdDetector, 'SSN 123-45-6789. Ticket 234567890')).toEqual(['123-45-6789']);
  });
  it.each([
    ['"SSN#" before the number', 'SSN#123-45-6789', '123-45-6789'],
    ['a snake_case key', '{"taxpayer_ssn": "123456789"}', '123456789'],
    ['"Soc. Sec. #"', 'Soc. Sec. #: 123456789', '123456789'],
    ['"S.S.N."', 'S.S.N. 123456789', '123456789'],
    ['a camelCase key', '{"socialSecurityNumber":"123456789"}', '123456789'],
  ])('reads %s', (_what, text, ssn) => {
    expect(values(nationalIdDetector, text)).toEqual([ssn]);
  });
  it('reads nine digits spoken one by one after a cue', () => {
    expect(values(nationalIdDetector, 'caller my social is one two three, four five, six seven eight nine')).toEqual([
      'one two three, four five, six seven eight nine',
    ]);
    expect(values(nationalIdDetector, 'my pin is one two three four five six seven eight nine')).toEqual([]);
    expect(values(nationalIdDetector, 'ssn is one two three dash four five dash six seven eight nine')).toEqual([
      'one two three dash four five dash six seven eight nine',
    ]);
  });
});

describe('dates of birth: more languages, scripts and spoken forms (sixth round)', () => {
  it.each([
    ['nato il 3 aprile 1965 a Bari', '3 aprile 1965'],
    ['Narodil jsem se 12. května 1979.', '12. května 1979'],
    ['Született: 1983. március 5.', '1983. március 5.'],
    ['Data nașterii: 14 iulie 1990', '14 iulie 1990'],
    ['Datum rođenja: 12. 3. 1980.', '12. 3. 1980'],
    ['Doğum tarihi: 5 Ekim 1988', '5 Ekim 1988'],
    ['urodziłam się 3 listopada 1985 r.', '3 listopada 1985 r.'],
    ['född 3 maj 1970 i Umeå', '3 maj 1970'],
    ['syntynyt 12. maaliskuuta 1980', '12. maaliskuuta 1980'],
    ['Tanggal lahir: 17 Agustus 1985', '17 Agustus 1985'],
    ['ngày sinh 12/04/1990', '12/04/1990'],
    ['Дата рождения: 3 марта 1975 г.', '3 марта 1975 г.'],
    ['Дата народження 12.04.1990', '12.04.1990'],
    ['Ημερομηνία γέννησης: 12/04/1990', '12/04/1990'],
    ['תאריך לידה: 12/04/1990', '12/04/1990'],
    ['生年月日：1985年4月12日', '1985年4月12日'],
    ['出生日期 1990-04-12', '1990-04-12'],
    ['생년월일 1990년 4월 12일', '1990년 4월 12일'],
  ])('%s', (text, date) => {
    expect(values(dobDetector, text)).toEqual([date]);
  });

  it.each([
    ['she was born the third of march nineteen eighty two', 'the third of march nineteen eighty two'],
    ['date of birth is july fourth two thousand and one', 'july fourth two thousand and one'],
    ['my dob is the twenty first of may twenty twelve', 'the twenty first of may twenty twelve'],
    ['born on october 9th nineteen oh five', 'october 9th nineteen oh five'],
  ])('reads spoken dates in transcripts: %s', (text, date) => {
    expect(values(dobDetector, text)).toEqual([date]);
  });

  it('reads every row of a birth column in CSV, TSV, Markdown and SQL', () => {
    expect(values(dobDetector, 'id,name,birth_date,city\n7,"Vale, Ana",1990-04-12,Lima\n8,Bo Lind,1985-01-02,Oslo')).toEqual([
      '1990-04-12',
      '1985-01-02',
    ]);
    expect(values(dobDetector, 'name\tdob\tcity\nAna\t12/04/1990\tLima')).toEqual(['12/04/1990']);
    expect(values(dobDetector, '| name | date of birth |\n|---|---|\n| Ana | 12/04/1990 |')).toEqual(['12/04/1990']);
    expect(values(dobDetector, "INSERT INTO people (name, phone, birth_date) VALUES\n  ('Ana', '(01) 234', '1990-04-12'),\n  ('Bo', '5', '1985-01-02');")).toEqual([
      '1990-04-12',
      '1985-01-02',
    ]);
  });

  it('leaves other columns, other tables and spoken years without a cue alone', () => {
    expect(values(dobDetector, 'id,name,created_at\n1,Ana,2024-01-02')).toEqual([]);
    expect(values(dobDetector, 'name,dob_verified,signup\nAna,yes,2024-01-02')).toEqual([]);
    expect(values(dobDetector, 'id,dob,city\n1,1990-04-12,Lima\n\nid,signup\n2,2024-01-02')).toEqual(['1990-04-12']);
    expect(values(dobDetector, 'we shipped it on the fifth of june twenty twenty three')).toEqual([]);
  });
});

describe('postal addresses: more national forms (sixth round)', () => {
  it.each([
    ['PO box (NZ)', 'Send it to PO Box 4471, Wellington 6140 please.', 'PO Box 4471, Wellington 6140'],
    ['PO box (KE)', 'postal address P.O. Box 30123-00100, Nairobi.', 'P.O. Box 30123-00100, Nairobi'],
    ['Apartado (ES)', 'Apartado 1234, 28080 Madrid', 'Apartado 1234, 28080 Madrid'],
    ['Caixa Postal (BR)', 'Caixa Postal 512, Curitiba', 'Caixa Postal 512, Curitiba'],
    ['villa and street (AE)', 'Deliver to Villa 3, Street 18, Al Wasl, Dubai.', 'Villa 3, Street 18, Al Wasl, Dubai'],
    ['house and road (BD)', 'House 14, Road 7, Dhanmondi, Dhaka 1205', 'House 14, Road 7, Dhanmondi, Dhaka 1205'],
    ['plot and sector (IN)', 'Plot No. 22, Sector 15, Gurugram, Haryana 122001', 'Plot No. 22, Sector 15, Gurugram, Haryana 122001'],
    ['H.No. (IN)', 'H.No. 3-6-111, Street No. 4, Himayatnagar, Hyderabad 500029', 'H.No. 3-6-111, Street No. 4, Himayatnagar, Hyderabad 500029'],
    ['street and flat (KE)', 'Kenyatta Avenue, Flat 12B, Nakuru', 'Kenyatta Avenue, Flat 12B, Nakuru'],
    ['HDB block (SG)', 'Blk 512 Bedok North Ave 3, #08-214, Singapore 460512', 'Blk 512 Bedok North Ave 3, #08-214, Singapore 460512'],
    ['TR', 'Adres: Atatürk Caddesi No: 45 Daire: 3, 35210 Konak/İzmir', 'Atatürk Caddesi No: 45 Daire: 3, 35210 Konak/İzmir'],
    ['TR neighbourhood', 'Kızılay Mahallesi, Gazi Sokak No: 7 K: 2, 06420 Çankaya/Ankara', 'Kızılay Mahallesi, Gazi Sokak No: 7 K: 2, 06420 Çankaya/Ankara'],
    ['RU', 'Адрес: ул. Пушкина, д. 10, кв. 5, Тверь, 170100.', 'ул. Пушкина, д. 10, кв. 5, Тверь, 170100'],
    ['RU postcode first', '190000, Санкт-Петербург, Садовая ул., д. 12', '190000, Санкт-Петербург, Садовая ул., д. 12'],
    ['UA', 'вул. Хрещатик, буд. 22, кв. 8, Київ, 01001', 'вул. Хрещатик, буд. 22, кв. 8, Київ, 01001'],
    ['GR', 'Λεωφόρος Κηφισίας 120, 115 26 Αθήνα', 'Λεωφόρος Κηφισίας 120, 115 26 Αθήνα'],
    ['GR transliterated', 'Plateia Syntagmatos 4, 105 63 Athina', 'Plateia Syntagmatos 4, 105 63 Athina'],
    ['CO grid', 'Entregar en Calle 93 # 13-24, Bogotá', 'Calle 93 # 13-24, Bogotá'],
    ['BE French order', "Avenue de la Toison d'Or 12, 1050 Ixelles", "Avenue de la Toison d'Or 12, 1050 Ixelles"],
    ['BE box', 'Grote Markt 7 bus 3, 8000 Brugge', 'Grote Markt 7 bus 3, 8000 Brugge'],
    ['AT two lines', 'Anschrift:\nWollzeile 12/3\n1010 Wien', 'Wollzeile 12/3\n1010 Wien'],
    ['year-like postcode with a known city', 'Korte Gasthuisstraat 9, 2000 Antwerpen', 'Korte Gasthuisstraat 9, 2000 Antwerpen'],
    ['JSON value', '{"address": "Calle de Alcalá 12, 28014 Madrid"}', 'Calle de Alcalá 12, 28014 Madrid'],
    ['MX street named after a date', 'Calle 16 de Septiembre 45, 06000 Ciudad de México', 'Calle 16 de Septiembre 45, 06000 Ciudad de México'],
  ])('%s', (_label, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });

  it.each([
    ['EN', 'the parcel goes to 9 kauri street mount eden auckland 1024 thanks', '9 kauri street mount eden auckland 1024'],
    ['UK', 'we moved to 14 willow crescent leeds ls6 2ab last week', '14 willow crescent leeds ls6 2ab'],
    ['FR', 'ship it to 8 rue des écoles lyon 69002', '8 rue des écoles lyon 69002'],
    ['NL', 'new address is lindengracht 20 1015 kk amsterdam', 'lindengracht 20 1015 kk amsterdam'],
    ['BR', 'my address is avenida paulista 1578 bela vista são paulo - sp 01310-200 ok', 'avenida paulista 1578 bela vista são paulo - sp 01310-200'],
    ['SE', 'address: storgatan 5 111 23 stockholm', 'storgatan 5 111 23 stockholm'],
    ['CZ', 'bydlím na adrese národní 1009/3 110 00 praha 1', 'národní 1009/3 110 00 praha'],
  ])('reads addresses typed in lower case without commas (%s)', (_label, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });

  it.each([
    'Check Box 3 on the form.',
    'Take Route 66 to get there.',
    'I walked 5 blocks down the street to the shop.',
    'Version 2, 2024 Release notes',
    'Place Order 5 times',
    'Office 365, Block 2 licences',
    'we have 3 green road bikes for 1200 dollars',
    'order no 12345 and ticket 55512 are still open',
    'the card ending 7600 is on its way to you',
    'Windows 11\n2024 Edition',
    'Street 12 was closed, flat 5 percent growth in 2023',
  ])('ignores look-alikes: %s', (text) => {
    expect(values(addressDetector, text)).toEqual([]);
  });
});

describe('postal addresses: structured fields, layouts and units (seventh round)', () => {
  it.each([
    ['vCard ADR, comma layout', 'N:Ortiz;Lena\nADR;TYPE=work:;;Schillerstraße 21, 01069 Dresden\nTEL:1', 'Schillerstraße 21, 01069 Dresden'],
    ['vCard ADR, RFC 6350 components', 'ADR;TYPE=home:;;310 Pine Hollow;Bozeman;MT;59715;USA\nEND:VCARD', '310 Pine Hollow;Bozeman;MT;59715;USA'],
    ['iCalendar LOCATION', 'LOCATION:Kirchgasse 4, 8001 Zürich\nDESCRIPTION:kick-off', 'Kirchgasse 4, 8001 Zürich'],
    ['JSON value', '{ "address": "Fjällgatan 9, 116 28 Stockholm" }', 'Fjällgatan 9, 116 28 Stockholm'],
    ['key=value', 'addr=Mühlweg 17, 79098 Freiburg', 'Mühlweg 17, 79098 Freiburg'],
  ])('reads an address after field punctuation (%s)', (_label, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });

  it.each([
    ['UK street with no type word', 'Send it to 27 Strand, Exeter, EX4 3PN please', '27 Strand, Exeter, EX4 3PN'],
    ['UK flat then house, lines', 'Harper & Co\nFlat 3, 9 Broadway\nDerby\nDE1 1BT\nTel 01332 000000', 'Flat 3, 9 Broadway\nDerby\nDE1 1BT'],
    ['AU mall', 'Pick-up: 40 Queen Street Mall, Brisbane QLD 4000', '40 Queen Street Mall, Brisbane QLD 4000'],
    ['IE postal district and Eircode', 'Apartment 4, 12 Leeson Street, Dublin 2, D02 XY45', 'Apartment 4, 12 Leeson Street, Dublin 2, D02 XY45'],
    ['JP romaji across lines', 'Office\n2-14-7 Higashi\nChuo-ku, Osaka 540-0001\nT 06', '2-14-7 Higashi\nChuo-ku, Osaka 540-0001'],
    ['ID jalan, RT/RW', 'kirim ke Jl. Pemuda No. 18, RT 03/RW 07, Semarang 50132 ya', 'Jl. Pemuda No. 18, RT 03/RW 07, Semarang 50132'],
    ['MX numbered street', 'Dirección: Calle 45 No. 310, Centro, 97000 Mérida', 'Calle 45 No. 310, Centro, 97000 Mérida'],
    ['GL rúa with floor', 'Vivo en Rúa Nova 12, 2º B, 27001 Lugo.', 'Rúa Nova 12, 2º B, 27001 Lugo'],
    ['ES name ending in its type, floor', 'Envío: Gran Vía 80, 3º izq., 28013 Madrid', 'Gran Vía 80, 3º izq., 28013 Madrid'],
    ['PT floor and side', 'Morada: Rua do Carmo 51, 2.º Esq.\n1200-093 Lisboa', 'Rua do Carmo 51, 2.º Esq.\n1200-093 Lisboa'],
    ['CA floor and door', 'Carrer de Sants 120, 1r 2a, 08014 Barcelona', 'Carrer de Sants 120, 1r 2a, 08014 Barcelona'],
    ['PL flat after m.', 'ul. Długa 44 m. 5, 80-827 Gdańsk', 'ul. Długa 44 m. 5, 80-827 Gdańsk'],
    ['DE floor', 'Bergstraße 9, 2. OG, 69120 Heidelberg', 'Bergstraße 9, 2. OG, 69120 Heidelberg'],
    ['IT house with letter', 'Via Dante 14/C, 20121 Milano MI', 'Via Dante 14/C, 20121 Milano MI'],
    ['BR lines with CEP', 'Av. Sete de Setembro, 880\nCentro, Salvador - BA\nCEP 40060-001', 'Av. Sete de Setembro, 880\nCentro, Salvador - BA\nCEP 40060-001'],
    ['IN sector and state', '"Flat 22, Green Valley Apartments, Sector 15, Gurugram, Haryana 122001"', 'Flat 22, Green Valley Apartments, Sector 15, Gurugram, Haryana 122001'],
    ['ZA locality lines', '14 Church Street\nHatfield\nPretoria, 0083', '14 Church Street\nHatfield\nPretoria, 0083'],
    ['NG districts and town', 'Office: 5 Broad Street, Marina, Lagos · 01 000', '5 Broad Street, Marina, Lagos'],
    ['US PO box with state', 'Remit to PO Box 7781, Tulsa, OK 74101-7781', 'PO Box 7781, Tulsa, OK 74101-7781'],
    ['DE Postfach in pairs', 'Postfach 10 22 33, 50462 Köln', 'Postfach 10 22 33, 50462 Köln'],
  ])('reads %s', (_label, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });

  it.each([
    ['UK, flat before the house', 'my new place is flat 4 22 park road bath ba1 2xx', 'flat 4 22 park road bath ba1 2xx'],
    ['UK, "the" street', 'its 7 the parade leeds ls1 6ab', '7 the parade leeds ls1 6ab'],
    ['CA, unit before the town', '88 king st apt 1203 toronto on m5h 1a1', '88 king st apt 1203 toronto on m5h 1a1'],
  ])('reads lower-case addresses (%s)', (_label, text, address) => {
    expect(values(addressDetector, text)).toEqual([address]);
  });

  it.each([
    'RENTAL UNIT — Suite 4C, Maple Terrace\n\nTenant: J. Doe',
    'Apartment 12, Oakwood Gardens is listed for rent.',
    'Ticket 4521 Escalated, London SW1A 1AA',
    'Mobile: 07700 900123\nPhone 020 7946 0000',
    'Port 27017 is open on the host',
  ])('ignores look-alikes: %s', (text) => {
    expect(values(addressDetector, text)).toEqual([]);
  });
});
