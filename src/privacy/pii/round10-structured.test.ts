/**
 * @module privacy/pii/round10-structured.test — tenth round: digits of other scripts, Solar Hijri,
 * Hebrew, Bengali, Baltic, genealogical and GDS birth dates, spoken dates, GDS form-of-payment cards,
 * cards closing a CSV row, and e-mail addresses read out in Spanish, German, French, Italian, Dutch and
 * Portuguese. All values are invented (cards are the networks' published test numbers).
 */
import { describe, expect, it } from 'vitest';
import { cardDetector } from './card.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { asciiDigits, hasNativeDigits } from './native-digits.js';
import { detectPii } from './runner.js';
import type { PiiDetector, PiiType } from './types.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);
const found = (text: string, type: PiiType): string[] =>
  detectPii(text, { types: [type] }).map((s) => s.value);

describe('native digits', () => {
  it('reads each script’s digits as ASCII, one unit for one unit', () => {
    const text = '٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ०१२३४५६७८९ ০১২৩৪৫৬৭৮৯ ௦௧௨௩௪௫௬௭௮௯ ๐๑๒๓๔๕๖๗๘๙ ၀၁၂၃၄၅၆၇၈၉ ０１２３４５６７８９';
    const out = asciiDigits(text);
    expect(out.length).toBe(text.length);
    expect(out.split(' ')).toEqual(Array.from({ length: 8 }, () => '0123456789'));
  });

  it('leaves ASCII text alone and astral digits in place (two units each)', () => {
    expect(hasNativeDigits('born 12/04/1990, call 555 0100')).toBe(false);
    expect(hasNativeDigits('𝟏𝟐')).toBe(false);
  });

  it('finds dates, phones and cards written with them and returns the original text as the value', () => {
    const text = 'تاريخ الميلاد: ١٤/٠٣/١٩٧٢\nالهاتف: +966 ٥٥ ٣٢١ ٤٤٥٦';
    expect(found(text, 'DOB')).toEqual(['١٤/٠٣/١٩٧٢']);
    expect(found('जन्म तिथि: १२/०७/१९६१', 'DOB')).toEqual(['१२/०७/१९६१']);
    expect(found('card: ４１１１ １１１１ １１１１ １１１１', 'CARD')).toEqual(['４１１１ １１１１ １１１１ １１１１']);
    for (const s of detectPii(text)) expect(text.slice(s.start, s.end)).toBe(s.value);
  });
});

describe('dobDetector: tenth-round calendars and languages', () => {
  it.each([
    ['Solar Hijri, Persian digits', 'تاریخ تولد: ۱۳۵۲/۰۷/۱۱', '۱۳۵۲/۰۷/۱۱'],
    ['Solar Hijri month name', 'تاریخ تولد: ۱۸ مهر ۱۳۶۰', '۱۸ مهر ۱۳۶۰'],
    ['Hebrew prefixed month', 'תאריך לידה: 12 בדצמבר 1971', '12 בדצמבר 1971'],
    ['Bengali month', 'জন্ম তারিখ: ৫ জানুয়ারি ১৯৮২', '৫ জানুয়ারি ১৯৮২'],
    ['Tamil month', 'பிறந்த தேதி: 9 மார்ச் 1977', '9 மார்ச் 1977'],
    ['Thai Buddhist era', '<field label="วันเกิด">17/08/2529</field>', '17/08/2529'],
    ['Latvian', 'Esmu dzimis 1979. gada 4. martā.', '1979. gada 4. martā'],
    ['Lithuanian', 'Gimė 1983 m. birželio 21 d. Kaune.', '1983 m. birželio 21 d.'],
    ['Slovene', 'Datum rojstva: 7. julija 1966', '7. julija 1966'],
    ['Croatian key', 'datum_rođenja: "03.11.1958"', '03.11.1958'],
    ['Turkish key', 'doğum_tarihi: "21/06/1980"', '21/06/1980'],
    ['Catalan', 'Data de naixement: 15/02/1963', '15/02/1963'],
    ['Catalan key', 'data_de_naixement: 1963-02-15', '1963-02-15'],
    ['Hungarian table cell', '| Születési dátum | 1981. 04. 09 |', '1981. 04. 09'],
    ['Vietnamese with ngày', 'Ngày sinh: ngày 8 tháng 3 năm 1985', 'ngày 8 tháng 3 năm 1985'],
  ])('reads %s', (_label, text, date) => {
    // Through detectPii: dates written with native digits are read on its ASCII-digit copy.
    expect(found(text, 'DOB')).toEqual([date]);
  });

  it('reads a birth column of a TSV whose next column is a card', () => {
    const text = 'id\tname\tdob\tcard\n7\tAna Test\t02/03/1971\t4111111111111111\n';
    expect(values(dobDetector, text)).toEqual(['02/03/1971']);
  });

  it('reads the "b." of genealogical records, never the "d." beside it', () => {
    const text = 'Husband: Jan Test (b. 03/04/1911, d. 12 May 1970)\nWife: Eva Test (b. 9 maart 1915, d. 1 June 1988)';
    expect(values(dobDetector, text)).toEqual(['03/04/1911', '9 maart 1915']);
  });

  it('reads no "b." in prose, nor a death date alone', () => {
    expect(values(dobDetector, 'See clause 4 b. of the contract signed 03/04/2011.')).toEqual([]);
    expect(values(dobDetector, 'Grandfather (d. 12 May 1970) was a miller.')).toEqual([]);
    expect(values(dobDetector, 'Pick one slot: a. 12/03/2024, b. 14/03/2024')).toEqual([]);
  });

  it('reads a "b." after a comma on a record line', () => {
    expect(values(dobDetector, 'Child: Ana Test, b. 02/05/1940, bapt. 9 June 1940')).toEqual(['02/05/1940']);
  });

  it('keeps a cue of a compact JSON line next to an e-mail value', () => {
    expect(values(dobDetector, '{"email":"ana@example.com","dob":"1971-03-02"}')).toEqual(['1971-03-02']);
  });

  it('reads the birth date of an SSR DOCS line, not the passport expiry', () => {
    const text = '  4 SSR DOCS XX HK1 P/FR/12AB34567/FR/14MAR72/M/09SEP31/TEST/PIERRE/P1';
    expect(values(dobDetector, text)).toEqual(['14MAR72']);
    expect(values(dobDetector, 'Passport expiry 09SEP31, issued in FR')).toEqual([]);
  });

  it.each([
    ['a cardinal day', 'agent: and your date of birth\ncaller: june twenty two thousand one\n', 'june twenty two thousand one'],
    ['a cardinal day and a spoken year', 'agent: your date of birth please\ncaller: april eighteen nineteen sixty two\n', 'april eighteen nineteen sixty two'],
    ['digit groups', 'agent: and your date of birth\ncaller: 3 14 68\nagent: thanks', '3 14 68'],
  ])('reads a spoken date of birth with %s', (_label, text, date) => {
    expect(values(dobDetector, text)).toEqual([date]);
  });

  it('reads no digit groups that are not a date, nor ones in prose', () => {
    expect(values(dobDetector, 'agent: and your date of birth\ncaller: 44 55 66\n')).toEqual([]);
    expect(values(dobDetector, 'agent: your date of birth\ncaller: i have 3 14 68 boxes to send\n')).toEqual([]);
  });

  it('ignores a denied cue and one inside an e-mail address', () => {
    expect(values(dobDetector, '  - date: 2024-09-25 (created_at, not a birth date)')).toEqual([]);
    expect(values(dobDetector, 'From: Ana <anascimento@example.com>\nDate: 2024-12-22 15:35:56')).toEqual([]);
  });
});

describe('cardDetector: GDS form of payment and CSV rows', () => {
  it.each([
    ['Visa after CCVI', '  7 FP CCVI4111111111111111/0930', '4111111111111111'],
    ['Amex after CCAX', 'FP CCAX378282246310005/1028', '378282246310005'],
    ['Mastercard after CCCA', 'FP CCCA5555555555554444/0427', '5555555555554444'],
  ])('reads %s', (_label, text, card) => {
    expect(values(cardDetector, text)).toEqual([card]);
  });

  it('reads no Luhn-invalid number, no unknown network and no other prefix', () => {
    expect(values(cardDetector, 'FP CCVI4111111111111112/0930')).toEqual([]);
    expect(values(cardDetector, 'FP CCVI9111111111111119/0930')).toEqual([]);
    expect(values(cardDetector, 'ref ABCC4111111111111111X')).toEqual([]);
  });

  it('reads a card as the last field of a CSV row, after a two-digit-year date', () => {
    const text = 'id,name,country,dob,card\n1,"Ana Test",PT,04.05.73,4111111111111111\n';
    expect(values(cardDetector, text)).toEqual(['4111111111111111']);
  });

  it('reads no decimal and no card under a header that names another column', () => {
    expect(values(cardDetector, 'the ratio was 0,4111111111111111 exactly')).toEqual([]);
    expect(values(cardDetector, 'id,x,y,z,lat\n1,2,3,4,5555555555554444\n')).toEqual([]);
    expect(values(cardDetector, 'a,b,c,ratio\n1,2,3,4111111111111111\n')).toEqual([]);
  });

  it('reads no all-digit commit name of a git log', () => {
    expect(values(cardDetector, 'commit 4111111111111111\nAuthor: A Test <a@example.com>')).toEqual([]);
  });
});

describe('emailDetector: addresses read out in other languages', () => {
  it.each([
    ['es', 'agente: su correo\ncliente: lgarcia arroba gmail punto com\n', 'lgarcia arroba gmail punto com'],
    ['es, two-part TLD', 'agente: su correo\ncliente: pepe punto ruiz arroba yahoo punto com punto mx\n', 'pepe punto ruiz arroba yahoo punto com punto mx'],
    ['es, guion bajo', 'agente: su correo\ncliente: ana guion bajo ruiz arroba gmail punto com\n', 'ana guion bajo ruiz arroba gmail punto com'],
    ['de', 'A: und ihre e-mail\nK: hans punkt test ät web punkt de\n', 'hans punkt test ät web punkt de'],
    ['de, unterstrich and minus', 'A: und ihre e-mail\nK: meier unterstrich anna minus lisa ät gmx punkt at\n', 'meier unterstrich anna minus lisa ät gmx punkt at'],
    ['en, plus tag', 'agent: and an email address\ncaller: sam dot test plus news at aol dot com\n', 'sam dot test plus news at aol dot com'],
    ['fr', 'mon adresse e-mail est jean point test arobase orange point fr', 'jean point test arobase orange point fr'],
    ['it', 'la mia email è mario punto test chiocciola libero punto it', 'mario punto test chiocciola libero punto it'],
    ['nl', 'mijn e-mailadres is jan punt test apenstaartje ziggo punt nl', 'jan punt test apenstaartje ziggo punt nl'],
    ['pt', 'o meu e-mail é ana ponto test arroba sapo ponto pt', 'ana ponto test arroba sapo ponto pt'],
  ])('reads %s', (_label, text, email) => {
    expect(values(emailDetector, text)).toEqual([email]);
  });

  it('reads no prose that merely says "at … dot/punto"', () => {
    expect(values(emailDetector, 'I will be at home dot com was a fad')).toEqual([]);
    expect(values(emailDetector, 'nos vemos arroba del cerro punto final')).toEqual([]);
    expect(values(emailDetector, 'A: und ihre adresse\nK: wir treffen uns at home punkt com\n')).toEqual([]);
  });
});
