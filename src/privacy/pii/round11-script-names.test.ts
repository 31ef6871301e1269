/** @module privacy/pii/round11-script-names.test — eleventh round: self-introductions, spaced honorifics, Korean "씨", travellers' lists (invented names). */
import { describe, expect, it } from 'vitest';
import { airlineNames } from './airline-names.js';
import { cjkFieldNames } from './cjk-field-names.js';
import { detectScriptNames } from './script-names.js';
import type { PiiSpan } from './types.js';

const script = (text: string): string[] => [...new Set(detectScriptNames(text).map((s) => s.value))];
const cjk = (text: string): string[] => {
  const out: PiiSpan[] = [];
  cjkFieldNames(text, out);
  return [...new Set(out.map((s) => s.value))];
};
const air = (text: string): string[] => {
  const out: PiiSpan[] = [];
  airlineNames(text, out);
  return out.map((s) => s.value);
};

describe('detectScriptNames: self-introductions after a greeting', () => {
  it('finds the name after "hello, I"', () => {
    expect(script('درود، من نیلوفر کاظمی. شماره: 0912 000 0000')).toContain('نیلوفر کاظمی');
    expect(script('नमस्कार, मैं अनुराधा त्रिपाठी. फ़ोन: 98100 00000')).toContain('अनुराधा त्रिपाठी');
    expect(script('Привет, я Таисия Лебедева. Телефон: +7 900 000-00-00')).toContain('Таисия Лебедева');
    expect(script('السلام علیکم، میں فرحان قریشی ہوں')).toContain('فرحان قریشی');
  });
  it('keeps states and places out', () => {
    expect(script('سلام، من خوبم.')).toEqual([]);
    expect(script('नमस्ते, मैं ठीक हूँ.')).toEqual([]);
    expect(script('Привет, я тут.')).toEqual([]);
  });
  it('splits Ethiopic punctuation from words: "ሰላም፣ እኔ" is no name', () => {
    const found = script('ሰላም፣ እኔ Yonas Tadesse. ስልክ: +251 91 000 0000');
    expect(found).not.toContain('ሰላም፣ እኔ');
    expect(found.every((n) => !n.includes('እኔ'))).toBe(true);
  });
});

describe('detectScriptNames: spaced honorifics after a name', () => {
  it('finds Hindi and Urdu names before "जी" / "صاحب"', () => {
    expect(script('विनोद कुलकर्णी जी, नमस्ते, आपका पार्सल आ गया है.')).toContain('विनोद कुलकर्णी');
    expect(script('Kulkarni जी, नमस्ते.')).toContain('Kulkarni');
    expect(script('طارق محمود صاحب، السلام علیکم')).toContain('طارق محمود');
  });
  it('leaves "yes" and greetings before "जी" alone', () => {
    expect(script('हाँ जी, ठीक है.')).toEqual([]);
    expect(script('Hello जी, कैसे हो?')).toEqual([]);
    expect(script('आप जी, बताइए.')).toEqual([]);
  });
});

describe('detectScriptNames: labels with an em dash, CJK headings and pronouns', () => {
  it('takes the value of a Thai form field printed with an em dash', () => {
    expect(script('แบบฟอร์ม\nชื่อ-นามสกุล — มาลี วงศ์ใหญ่\nวันเกิด — 1980-01-01')).toContain('มาลี วงศ์ใหญ่');
  });
  it('does not take Japanese headings or Chinese pronouns for names', () => {
    expect(script('ご案内 / Info: your order ships on Monday, tracking to follow.')).toEqual([]);
    expect(script('お知らせ / Notice: the office is closed on Friday for maintenance.')).toEqual([]);
    expect(script('Hi there, 我是 the new intern from the Shenzhen office.')).not.toContain('我是');
  });
});

describe('cjkFieldNames: a name addressed with "씨" or "님" at the opening', () => {
  it('finds a lone family name and a Latin name', () => {
    expect(cjk('최씨, 안녕하세요, 저는 상담원입니다.')).toContain('최');
    expect(cjk('Lee Ha-eun씨, 안녕하세요')).toContain('Lee Ha-eun');
  });
  it('needs a family name and the opening position', () => {
    expect(cjk('뭐씨, 안녕')).toEqual([]);
    expect(cjk('오늘은 이씨앗을 심었다')).toEqual([]);
  });
});

describe('airlineNames: a list of travellers', () => {
  it('takes every traveller after a plural label or a listed name', () => {
    expect(air('Passengers: NAM/JI-WOO, OH/HA-NEUL MS (INF)')).toEqual(['NAM/JI-WOO', 'OH/HA-NEUL']);
    expect(air('Pax: ARSLAN/DEFNE MRS; ARSLAN/KEREM')).toEqual(['ARSLAN/DEFNE', 'ARSLAN/KEREM']);
  });
  it('does not take a code pair listed after a name', () => {
    expect(air('Pax: ARSLAN/DEFNE MRS, LHR/JFK')).toEqual(['ARSLAN/DEFNE']);
    expect(air('Route LHR/JFK, AMS/CDG')).toEqual([]);
  });
});
