/**
 * @module privacy/pii/round12-structured.test — twelfth round: address objects in JSON, CRM shorthand
 * and more labels, East African addresses with no house number, unit words ("H.No.", "Woreda"), Thai
 * street words, town lines that end in a known city, identity records ("Name, date, address"),
 * questions asking for several things, more birth cues, spoken digits with hesitations in more
 * languages, spoken e-mails in more languages, SSN columns. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { findAddressFields, findAddressLines } from './address-fields.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { nationalIdDetector } from './national-id.js';
import { phoneDetector } from './phone.js';
import { spokenDigitRuns } from './spoken-digits.js';
import type { PiiDetector } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);
const fields = (text: string): string[] => findAddressFields(text).map((f) => text.slice(f.start, f.end));
const lines = (text: string): string[] => findAddressLines(text).map((f) => text.slice(f.start, f.end));

describe('address fields (round 12)', () => {
  it.each([
    ['  "address": { "formatted": "Tom Mboya Street, Parklands, Nairobi 00610", "verified": true },', 'Tom Mboya Street, Parklands, Nairobi 00610'],
    ['09/27/20 HB: cb from client re renewal. new addr Flat 12, Lotus Residency, Kondapur, Hyderabad, Telangana 500084. dob on file', 'Flat 12, Lotus Residency, Kondapur, Hyderabad, Telangana 500084'],
    ['the appointment is confirmed. הכתובת: דרך השלום 14, Haifa 3100000', 'דרך השלום 14, Haifa 3100000'],
    ['Số điện thoại: 0900 000 000. Địa chỉ giao hàng: Số 12 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội. Mã đơn AB12. Cảm ơn!', 'Số 12 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội'],
    ['Current address: 40 boul. Saint-Laurent, app. 7, Montréal (Québec)  H2X 1Y1  (since 2020)', '40 boul. Saint-Laurent, app. 7, Montréal (Québec)  H2X 1Y1'],
    ['Lieber nicht. Abholung: 1052 Budapest, Deák Ferenc tér 3. 2/5, klingeln bei Kovács.', '1052 Budapest, Deák Ferenc tér 3. 2/5'],
  ])('reads the value of %j', (text, want) => {
    expect(fields(text)).toEqual([want]);
  });

  it('reads no value after a label word that ends its sentence', () => {
    expect(fields('Use this e-mail instead of my old address. Refund to DE00 0000 0000 0000 0000 00 please.')).toEqual([]);
    expect(fields('My new address is\nHouse 4, Street 9, F-8/3, Islamabad 44000')).toEqual([]);
  });
});

describe('address lines (round 12)', () => {
  it.each([
    ['To: ANA RUIZ\nOf: Ngong Road, Karen, Nairobi 00502\n\nWe act for our client.', 'Ngong Road, Karen, Nairobi 00502'],
    ['Ship to:\nAna Ruiz\nMoi Avenue, Kilimani\nNairobi 00100\nPhone: 0700 000 000', 'Moi Avenue, Kilimani\nNairobi 00100'],
    ['[07:44] Customer: H.No. 4-11/2, Ameerpet, Hyderabad 500016 — phone on file', 'H.No. 4-11/2, Ameerpet, Hyderabad 500016'],
    ['My new address is\nWoreda 3, House No. 120\nBole Sub-City, Addis Ababa\n\nThanks', 'Woreda 3, House No. 120\nBole Sub-City, Addis Ababa'],
    ['Ship to:\nสมหญิง ใจดี\n12/3 ซอยสุขุมวิท 11\nแขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110\nPhone: 080 000 0000', '12/3 ซอยสุขุมวิท 11\nแขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110'],
    ['[03/02/2021, 20:56] Rania: Rania Ali, 23/09/1989, 12 شارع النيل, الدقي، الجيزة', '12 شارع النيل, الدقي، الجيزة'],
    ['user: 1961-07-15 and 7 شارع النيل, Zamalek, Cairo', '7 شارع النيل, Zamalek, Cairo'],
  ])('reads %j', (text, want) => {
    expect(lines(text)).toEqual([want]);
  });

  it.each([
    'Store: Marks & Spencer, Oxford Street branch. VAT reg 123 4567 89',
    'Receiver: Sione Ngata, +64 9 000 0000',
    'Child: Sky Lundquist, DOB 01/15/2020, entering Year 7',
    '85395,Hannelore Kühn,2003-05-09,St. Louis,free',
    'Office: 5 Broad Street, Marina, Lagos · 01 000',
    'Calle Sierpes 3, 41004 Sevilla Member date of birth 8/17/80, plan Silver',
  ])('takes no whole line from %j', (text) => {
    expect(lines(text).join()).not.toContain(text.includes(':') ? text.slice(text.indexOf(':') + 2) : text);
  });

  it('reads no house number from the year of a date before the street', () => {
    expect(values(addressDetector, 'Baraka: Baraka Otieno, 23 November 1939, Ngong Road, Karen, Nairobi 00502')).toEqual(['Ngong Road, Karen, Nairobi 00502']);
    expect(values(addressDetector, 'Baraka: Baraka Otieno, 11/12/1991, Moi Avenue, Kilimani, Nairobi 00100')).toEqual(['Moi Avenue, Kilimani, Nairobi 00100']);
    // A Japanese block, lot and house number is no date.
    expect(values(addressDetector, 'Please ship it to 14-12-11 Umeda, Kita-ku, Osaka 530-0001.')).toEqual(['14-12-11 Umeda, Kita-ku, Osaka 530-0001']);
  });
});

describe('dates of birth (round 12)', () => {
  it.each([
    ['assistant: Please confirm your date of birth and residential address.\nuser: 16th January 1949 and House 8, Street 4, G-9/2, Islamabad 44000', '16th January 1949'],
    ['[05/06/2019, 09:24] Baraka: Baraka Otieno, 23 November 1939, Ngong Road, Nairobi', '23 November 1939'],
    ['[02/07/2026, 03:49] Deniz: Deniz Yılmaz, 18 Ocak 1994, Atatürk Blv. No:1, 06420 Çankaya/Ankara', '18 Ocak 1994'],
    ['[05/06/2019, 20:10] Joaquim: Joaquim dos Santos, 26 de março de 1961, Rua Augusta, 51', '26 de março de 1961'],
    ['Телефон: 8 (900) 000-00-00, г.р.: 28.08.1985', '28.08.1985'],
    ['Assicurato: Mario Rossi\nnato a Roma il 26/01/1947', '26/01/1947'],
    ['Né à Lyon le 3 mars 1950, domicilié à Paris', '3 mars 1950'],
    ['Nome completo: Thiago Rocha\nDN: 11 de janeiro de 1990', '11 de janeiro de 1990'],
    ['Given names :  ANA\nD ate of  b irth:   28. Juni 1966     Place :  Pune', '28. Juni 1966'],
  ])('reads %j', (text, want) => {
    expect(values(dobDetector, text)).toEqual([want]);
  });

  it('reads no birth date from a recent date in a record line or a signature', () => {
    expect(values(dobDetector, 'Ana Ruiz, 12/03/2025, invoice paid')).toEqual([]);
    expect(values(dobDetector, 'Ana Ruiz, 12/03/1990')).toEqual([]);
  });
});

describe('spoken numbers and e-mails (round 12)', () => {
  it('reads digits with hesitations, in Indonesian, Filipino and Swahili', () => {
    expect(spokenDigitRuns('caller: eight oh three uh seven five eight six six five uh one')[0]?.digits).toBe('8037586651');
    expect(spokenDigitRuns('caller: lima tujuh delapan, satu satu satu... dua empat tiga uh dua')[0]?.digits).toBe('5781112432');
    expect(spokenDigitRuns('tatlo apat walo siyam dalawa')[0]?.digits).toBe('34892');
    expect(spokenDigitRuns('sifuri saba moja mbili tatu')[0]?.digits).toBe('07123');
  });

  it('ends a run before a trailing hesitation', () => {
    const text = 'caller: drei null eins zwei drei vier sechs drei acht äh';
    expect(text.slice(spokenDigitRuns(text)[0]?.start, spokenDigitRuns(text)[0]?.end)).toBe('drei null eins zwei drei vier sechs drei acht');
  });

  it('opens no run with the city Lima', () => {
    expect(spokenDigitRuns('Flights to Lima, one two three?')).toEqual([]);
  });

  it('reads a phone number read out after a question', () => {
    const text = "agent: what's the best number to reach you\ncaller: eight oh three uh seven five eight six six five uh one";
    expect(values(phoneDetector, text)).toEqual(['eight oh three uh seven five eight six six five uh one']);
  });

  it('reads spoken e-mails in Indonesian and Polish', () => {
    const ask = 'agent: and the email on the account\n';
    expect(values(emailDetector, `${ask}caller: it's agus titik hartono et gmail titik com`)).toEqual(['agus titik hartono et gmail titik com']);
    expect(values(emailDetector, `${ask}klient: jan kropka nowak małpa wp kropka pl`)).toEqual(['jan kropka nowak małpa wp kropka pl']);
  });
});

describe('SSN columns (round 12)', () => {
  it('reads the SSN column of a CSV row, not the routing number beside it', () => {
    const csv = 'emp_id,last_name,first_name,ssn,dob,routing,account,net_pay\nE1,Ruiz,Ana,534025352,1966-12-22,322271627,8213334200,3151.69';
    expect(values(nationalIdDetector, csv)).toEqual(['534025352']);
  });

  it('keeps a second SSN in a sentence', () => {
    expect(values(nationalIdDetector, "my ssn 240-84-9972, my wife's is 599049295.")).toEqual(['240-84-9972', '599049295']);
  });
});
