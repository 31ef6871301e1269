/**
 * @module privacy/pii/round10-address-phone.test — tenth-round address and phone forms: unlabelled
 * address lines of recipient blocks and invoices, table-row and attribute labels, call-note phrases,
 * spoken numbers in Spanish and German, slashed Belgian/Slovak numbers, wrapped and listed numbers, and
 * the identifiers that look like phones (EIN, policy numbers, IP-keyed values). Every value is invented.
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { findAddressFields, findAddressLines } from './address-fields.js';
import { phoneDetector } from './phone.js';
import { spokenDigitRuns } from './spoken-digits.js';

const ctx = { knownNames: [] };
const addresses = (text: string): string[] => addressDetector.detect(text, ctx).map((s) => s.value);
const fields = (text: string): string[] => findAddressFields(text).map((f) => text.slice(f.start, f.end));
const lines = (text: string): string[] => findAddressLines(text).map((f) => text.slice(f.start, f.end));
const phones = (text: string): string[] => phoneDetector.detect(text, ctx).map((s) => s.value);

describe('address lines with no label', () => {
  it.each([
    ['Recipient:\nMara Ozola\nKrasta iela 41-7, Ventspils, LV-3601\nTel: +371 2000 0000', 'Krasta iela 41-7, Ventspils, LV-3601'],
    ['Sender:\nOna Jonaitė\nAušros pr. 12-4, LT-44211 Kaunas', 'Aušros pr. 12-4, LT-44211 Kaunas'],
    ['Acme SRL\nStr. Florilor nr. 9, bl. C2, sc. 1, ap. 14\n410072 Oradea\nVAT RO0000', 'Str. Florilor nr. 9, bl. C2, sc. 1, ap. 14\n410072 Oradea'],
    ['Име:\nПЕТЪР ИВАНОВ\nул. „Липа“ 12, ет. 3, ап. 8\n5000 Търново', 'ул. „Липа“ 12, ет. 3, ап. 8\n5000 Търново'],
    ['שם:\nדנה לוי\nרחוב הגפן 14, דירה 3, נתניה 4250000', 'רחוב הגפן 14, דירה 3, נתניה 4250000'],
    ['الاسم:\nسارة\nشارع الورود، مبنى 18، الخبر 34400', 'شارع الورود، مبنى 18، الخبر 34400'],
    ['> --\n> Praxis Nord\n> Dr.-Otto-Ring 12, A-4020 Linz\n> Tel. +43 1 000', 'Dr.-Otto-Ring 12, A-4020 Linz'],
    ['09:12 Eva: Strandvejen 41, 2. th., 8000 Aarhus C', 'Strandvejen 41, 2. th., 8000 Aarhus C'],
    // The street grammar finds this one first (from the house number); the line rule adds only what is new.
    ['Recipient:\nAmir Khan\nHouse 17, Canal Road, Model Town, Lahore 54700', '17, Canal Road, Model Town, Lahore 54700'],
    ['Recipient:\nRavi Iyer\nLotus Apartments, Park Road, Madurai - 625001', 'Lotus Apartments, Park Road, Madurai - 625001'],
  ])('%s', (text, want) => {
    expect(addresses(text)).toEqual([want]);
  });

  it.each([
    'Street 12 was closed, flat 5 percent growth in 2023',
    'Take Road 5 to exit 1234, then left',
    'addr=Mühlweg 17, 79098 Freiburg is set in config.ini',
    'Total: 120 Road tax, 4500 EUR',
  ])('takes no address line from %s', (text) => {
    expect(lines(text)).toEqual([]);
  });
});

describe('address labels', () => {
  it('reads a Markdown key–value row and an attribute label', () => {
    expect(fields('| Domicilio | Calle Mayor, 12, 3º B, 28013 Madrid |\n| Email | x |')).toEqual(['Calle Mayor, 12, 3º B, 28013 Madrid']);
    expect(fields('<field id="a" label="Naslov">Prešernova ulica 8, 4000 Kranj</field>')).toEqual(['Prešernova ulica 8, 4000 Kranj']);
    expect(fields('| Address | Phone |\n|---|---|')).toEqual([]);
  });

  it('reads ISO 20022 <AdrLine>, "Home:" and call-note phrases', () => {
    expect(fields('<PstlAdr><AdrLine>Kalvarijų g. 5-2, LT-08311 Vilnius</AdrLine></PstlAdr>')).toEqual(['Kalvarijų g. 5-2, LT-08311 Vilnius']);
    expect(fields('Home: 14 Mill Lane, LEEDS, LS6 2AB   Tel: 0113 000')).toEqual(['14 Mill Lane, LEEDS, LS6 2AB']);
    expect(fields('customer: new address is P.O. Box 120-00200, NAIROBI pls update')).toEqual(['P.O. Box 120-00200, NAIROBI']);
    expect(fields('sí, recogida en Calle Luna, 4, 2º A, 46001 Valencia\n')).toEqual(['Calle Luna, 4, 2º A, 46001 Valencia']);
    expect(fields('Frau Roth, wohnhaft Rue du Lac 3, CH-1800 Vevey, wurde')).toEqual(['Rue du Lac 3, CH-1800 Vevey']);
    expect(fields('the address is 42 and the count is high')).toEqual([]);
  });
});

describe('spoken digits in other languages', () => {
  it('reads Spanish and German digit words', () => {
    expect(spokenDigitRuns('cliente: más tres cuatro seis uno dos')[0]?.digits).toBe('34612');
    expect(spokenDigitRuns('K: null, drei, null, zwo, eins, fünf')[0]?.digits).toBe('030215');
  });
  it('starts no run at code nulls or articles', () => {
    expect(spokenDigitRuns('{"a": null, "b": null, null, null, null}')).toEqual([]);
    expect(spokenDigitRuns('tengo un dos tres')).toEqual([]);
  });
  it('reports a spoken number answering a question for a contact number', () => {
    expect(phones('agente: y un número de contacto\ncliente: seis uno dos, tres cuatro cinco, seis siete ocho\n')).toHaveLength(1);
    expect(phones('A: und unter welcher nummer erreichen wir sie\nK: null sieben eins eins drei vier fünf sechs sieben acht\n')).toHaveLength(1);
  });
});

describe('phones', () => {
  it.each([
    ['Telefoon: 09/223 45 67', '09/223 45 67'],
    ['tel.: 02/456 789 12', '02/456 789 12'],
    ['Phone: (0351) 15-412-3456', '(0351) 15-412-3456'],
    ['oleh kurir Budi Santoso (0812-3456-789)', '0812-3456-789'],
    ['dihantar oleh Aina binti Musa (+60 (0)12 345 6789)', '+60 (0)12 345 6789'],
    ['her number is 661 2345', '661 2345'],
    ['Sími: 554 1234', '554 1234'],
    ['  4 APM 4155550123\n', '4155550123'],
    ['2. Jonas → jonas@example.lt, 8 612 34567', '8 612 34567'],
    ['(work: 5125550123 ext. 12)', '5125550123 ext. 12'],
  ])('%s', (text, want) => {
    expect(phones(text)).toEqual([want]);
  });

  it('reads a number listed after another with "or"', () => {
    expect(phones('call me on +1-512-555-0100 or my bro Sam 9876543210')).toEqual(['+1-512-555-0100', '9876543210']);
  });

  it.each([
    'EIN on the business form: 12-3456789.',
    '25. Federal Tax ID (EIN): 98-7654321   32. Facility',
    'Schadeformulier — polis 12.345.678',
    '  - ip: 256.10.20.30\n  - ip: 10.20.300',
    '    account: "0123456789"',
    'Aadhaar: 1234 5678 9012',
    'we counted 123 4567 items',
  ])('is no phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('keeps the Israeli layout when no EIN is named', () => {
    expect(phones('טלפון: 03-1234567')).toEqual(['03-1234567']);
  });
});
