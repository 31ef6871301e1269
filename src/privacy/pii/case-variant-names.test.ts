/** @module privacy/pii/case-variant-names.test — names in capitals, in lower case, spelled out, and in CJK form fields. */
import { describe, expect, it } from 'vitest';
import { detectPersonNames } from './person-name.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();
const names = (text: string): string[] => detectPersonNames(text, { knownNames: [], lexicon }).map((s) => s.value);

describe('names in capitals', () => {
  it.each([
    ['Passenger 1: ZEYNEP KAYA — DOB 1973-03-08', 'ZEYNEP KAYA'],
    ['03/04/2024  -154,75  GWENDOLYN MARSH  BE65 3707 9520 7481', 'GWENDOLYN MARSH'],
    ['DEAR OLUWASEUN ADEBAYO, YOUR PARCEL IS DELAYED', 'OLUWASEUN ADEBAYO'],
    ['Claimant: JEAN-BAPTISTE ROUSSEL, residing at …', 'JEAN-BAPTISTE ROUSSEL'],
    ['Comment by LINDQVIST, Ragnhild: reproduced on staging', 'LINDQVIST, Ragnhild'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'URGENT: PLEASE READ THE TERMS AND CONDITIONS',
    'SĄD REJONOWY — WYDZIAŁ CYWILNY',
    'ORDER STATUS: SHIPPED VIA DHL EXPRESS',
    'ERROR: CONNECTION REFUSED (ECONNREFUSED)',
  ])('leaves headings alone: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names typed in lower case', () => {
  it.each([
    ['7:17 — me: ok ngozi 👍 see you', 'ngozi'],
    ["hey there, it's thiago here. my order never came", 'thiago'],
    ['lol oluwaseun adebayo you owe me £5', 'oluwaseun adebayo'],
    ['me: tell ragnhild the keys are under the mat', 'ragnhild'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    // The writer capitalises sentences: a lower-case given name there is another language's word.
    'El paciente refiere dolores de cabeza desde ayer.',
    'Il a acheté une rose pour sa mère.',
    // Glued to code, paths or addresses.
    'see /home/ngozi/projects and user.thiago in the config',
    'ok the build is green now',
  ])('leaves alone: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names spelled out', () => {
  it('takes the spelling of a name found in the same text', () => {
    expect(names("CALLER: yeah it's Krzysztof Nowak, um, N-O-W-A-K")).toEqual(['Krzysztof Nowak', 'N-O-W-A-K']);
  });
  it('leaves other spelled letters alone', () => {
    expect(names('Agent: the code is X-R-T-Q, and Krzysztof Nowak confirmed it')).toEqual(['Krzysztof Nowak']);
  });
});

describe('names in CJK form fields', () => {
  it.each([
    ['订单详情\n收货人：王思远\n手机：13825472659', '王思远'],
    ['学号：66780539　班主任：黄雨桐\n', '黄雨桐'],
    ['学籍番号：79570491　担任：山本 拓海\n', '山本 拓海'],
    ['성명：최도윤\n보호자：김수빈\n주소：부산광역시', '김수빈'],
    ['탑승객 2: 한지훈 — 생년월일: 1976.05.22.', '한지훈'],
    ['收款人：欧阳娜娜', '欧阳娜娜'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    '状态：已发货\n备注：周末送货',
    '地址：上海市浦东新区张杨路829号',
    '상태：배송중\n메모：문 앞',
    '公司：华为技术有限公司',
  ])('leaves non-person fields alone: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
