/**
 * @module privacy/pii/round18.test — the eighteenth round's rules (the seventeenth added the learned name
 * scorer, tested in name-scorer.test.ts): birth cues written after the date ("…生まれ", "…생", "… doğumlu", "… zur Welt") and verb forms of "born" in
 * Portuguese, Spanish and Vietnamese; Japanese carrier addresses ending in a dot; spoken numbers answering
 * "votre numéro ?" and its kin in other languages; Greek and Arabic street addresses without a label.
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from './address.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { phoneDetector } from './phone.js';

const dobs = (text: string): string[] => dobDetector.detect(text, { knownNames: [] }).map((s) => s.value);

describe('birth cues after the date and birth verbs', () => {
  it.each([
    ['母は1956年5月1日生まれで、住所は〒498-5688 北海道札幌市中央区北三条西2-8-15です。', '1956年5月1日'],
    ['母は1958/04/12生まれです。', '1958/04/12'],
    ['동생 최지호 씨는 1995.05.10생이고, 주소는 서울입니다.', '1995.05.10'],
    ['동생은 1995년 5월 10일생입니다.', '1995년 5월 10일'],
    ['Annem Ayşe Hanım 12.03.1950 doğumlu. Doktoru Cem Bey.', '12.03.1950'],
    ['Mein Vater kam am 12.03.1950 zur Welt.', '12.03.1950'],
    ['Mẹ em là bà Võ Thị Linh, sinh 12/03/1950. Số điện thoại của em', '12/03/1950'],
    ['Minha vizinha, dona Iara, nasceu em 9 de maio de 1947 e mora na Rua das Palmeiras.', '9 de maio de 1947'],
    ['Mi abuela nació el 3 de mayo de 1941 en Sevilla.', '3 de mayo de 1941'],
  ])('%s', (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it.each([
    // A date before "DOB" is another field; the cue still reads the date after it.
    ['Visit 2024-03-12 DOB: 1980-01-01', ['1980-01-01']],
    // "học sinh" is a pupil, "생산" production: no birth cue without a date right there.
    ['Học sinh 12 em. Cuộc họp 12/03/2024.', []],
    ['Our product launched 1995.05.10 with 200생산.', []],
  ])('reads no other date: %s', (text, expected) => {
    expect(dobs(text)).toEqual(expected);
  });
});

describe('e-mail local parts ending in a dot (Japanese carrier addresses)', () => {
  const emails = (text: string): string[] => emailDetector.detect(text, { knownNames: [] }).map((s) => s.value);
  it.each([
    ['メール　yuma.@docomo.ne.jp', ['yuma.@docomo.ne.jp']],
    ['E-mail: dima.@mail.ru', ['dima.@mail.ru']],
    ['write to me.@home later', []],
  ])('%s', (text, expected) => {
    expect(emails(text)).toEqual(expected);
  });
});

describe('spoken numbers answering a question for a number, in other languages', () => {
  const phones = (text: string): string[] => phoneDetector.detect(text, { knownNames: [] }).map((s) => s.value);
  const digits = 'zéro six sept un six cinq six quatre quatre trois';
  it('reads the reply to "votre numéro ?" as a phone', () => {
    expect(phones(`CONSEILLER : votre numéro ?\nAPPELANT : ${digits}\nCONSEILLER : et votre nom ?`)).toEqual([digits]);
  });
  it.each(['votre numéro de commande ?', 'su número de pedido?', 'Ihre Bestellnummer?'])('not the reply to "%s"', (q) => {
    expect(phones(`AGENT : ${q}\nCLIENT : ${digits}`)).toEqual([]);
  });
});

describe('Greek and Arabic street addresses without a label', () => {
  const addresses = (text: string): string[] => addressDetector.detect(text, { knownNames: [] }).map((s) => s.value);
  it.each([
    ['Τηλ. +30 696 650 1856, Πατησίων 55, 262 21 Πάτρα', 'Πατησίων 55, 262 21 Πάτρα'],
    ['Viewing at Αγίου Δημητρίου 81, 546 22 Θεσσαλονίκη.', 'Αγίου Δημητρίου 81, 546 22 Θεσσαλονίκη'],
    ['Please bring it to 9 شارع الجمهورية، سموحة، الإسكندرية 21615. Reward!', '9 شارع الجمهورية، سموحة، الإسكندرية 21615'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
  it('needs the postcode', () => {
    expect(addresses('Viewing at Πατησίων 55, Πάτρα, on Monday.')).toEqual([]);
  });
});
