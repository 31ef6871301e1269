/**
 * @module privacy/pii/round10-script-names.test — tenth-round rules for names in non-Latin scripts
 * (native labels, sign-offs, greetings, table columns, chat senders), CJK field values, Chinese
 * greetings, kana given names and APIS "SSR DOCS" names. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { airlineNames } from './airline-names.js';
import { cjkFieldNames } from './cjk-field-names.js';
import { detectScriptNames, startsWithScriptPlaceHead } from './script-names.js';
import type { PiiSpan } from './types.js';

const script = (text: string): string[] => {
  const out = detectScriptNames(text);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.value);
  return out.map((s) => s.value);
};
const cjk = (text: string): string[] => {
  const out: PiiSpan[] = [];
  cjkFieldNames(text, out);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.value);
  return out.map((s) => s.value);
};
const airline = (text: string): string[] => {
  const out: PiiSpan[] = [];
  airlineNames(text, out);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.value);
  return out.map((s) => s.value);
};

describe('native labels', () => {
  it.each([
    ['نام و نام خانوادگی: سارا تهرانی\nتلفن: 0912', 'سارا تهرانی'],
    ['Πατρώνυμο: Λεωνίδας\nΗμερομηνία γέννησης: 1 Μαΐου 1980', 'Λεωνίδας'],
    ['| নাম | তানিয়া সরকার |\n| ফোন | 0171 |', 'তানিয়া সরকার'],
    ['பெயர்: கவிதா சுந்தரம்\nதொலைபேசி: 044', 'கவிதா சுந்தரம்'],
    ['ชื่อ-นามสกุล: วิภา รุ่งเรือง\nวันเกิด: 01/02/1990', 'วิภา รุ่งเรือง'],
    ['ผู้จัดส่ง: ประยุทธ มั่นคง (081-000-0000)', 'ประยุทธ มั่นคง'],
    ['Shipper: ไพโรจน์ สุขใจ', 'ไพโรจน์ สุขใจ'],
    ['Coach: کاوه نادری · Kit sponsor: Acme', 'کاوه نادری'],
    ['Wife: سلمى القحطاني (b. 1950) née الدوسري', 'سلمى القحطاني'],
    // The label alone on its line, the name filling the next one.
    ['Име:\nСТОЯН ГЕОРГИЕВ\nул. „Витоша“ 12', 'СТОЯН ГЕОРГИЕВ'],
    ['שם מלא:\nאורי ברקוביץ\nרחוב הגפן 3', 'אורי ברקוביץ'],
  ])('%j → %s', (text, name) => {
    expect(script(text)).toContain(name);
  });

  it('wants a colon after a form label: "نام او" ("his name") opens running text', () => {
    expect(script('نام او کاوه است')).toEqual([]);
  });
  it('takes née without a colon', () => {
    expect(script('Mother: Layla (1920) née الدوسري')).toContain('الدوسري');
  });
  it('leaves a value under a label that does not fill its line', () => {
    expect(script('Име:\nул. Витоша 12, ет. 3')).toEqual([]);
  });
});

describe('native sign-offs and greetings', () => {
  it.each([
    ['תודה על הפנייה\nבברכה\nאורי ברקוביץ', 'אורי ברקוביץ'],
    ['با احترام\nکاوه نادری', 'کاوه نادری'],
    ['مع خالص التحية\nسلمى القحطاني', 'سلمى القحطاني'],
    ['שלום אורי ברקוביץ\nקיבלנו את פנייתך', 'אורי ברקוביץ'],
    ['مرحباً سلمى بنت خالد القحطاني\nالاسم الكامل', 'سلمى بنت خالد القحطاني'],
    ['Здравствуйте, Светлана!\nВаш заказ передан', 'Светлана'],
    ['Γεια σου Λεωνίδα,\nτι κάνεις;', 'Λεωνίδα'],
    ['नमस्ते अंजलि मेहरा\nआपका ऑर्डर', 'अंजलि मेहरा'],
    ['สวัสดีครับ วิภา\nพัสดุของคุณ', 'วิภา'],
    ['19:40 me: سلام کاوه 👋 email?', 'کاوه'],
  ])('%j → %s', (text, name) => {
    expect(script(text)).toContain(name);
  });

  it.each([
    'Привет всем!\nСобрание в 10',
    'שלום לכולם,\nהפגישה נדחתה',
    'שלום, מה שלומך?',
    'مرحبا بكم\nفي متجرنا',
    'सभी को नमस्ते',
    'สวัสดีครับ ทุกคน\nวันนี้',
  ])('no name after a greeting in %j', (text) => {
    expect(script(text)).toEqual([]);
  });
});

describe('table columns and chat senders', () => {
  it('reads a script name column below a header', () => {
    const text = '#  | Name | DOB\n7 | کاوه نادری | ۱۳۶۰/۰۱/۰۱\n9 | ЯНА СОКОЛ | 01.02.1990\n\nTotal | 2 |';
    expect(script(text)).toEqual(['کاوه نادری', 'ЯНА СОКОЛ']);
  });
  it('reads a CSV name column with quoted CJK cells', () => {
    expect(script('id,name,email\n1,"陈思远",a@b.cn\n2,"小野 真一",c@d.jp')).toEqual(['陈思远', '小野 真一']);
  });
  it('does not take the keys of a two-column key/value table for a name column', () => {
    expect(script('| নাম | তানিয়া সরকার |\n| জন্ম তারিখ | ১ মার্চ |\n| ইমেইল | t@x.bd |')).toEqual(['তানিয়া সরকার']);
  });
  it('does not read other columns', () => {
    expect(script('id;name;city\n1;Ana Ruiz;Пловдив')).toEqual([]);
  });
  it('takes the sender of a time-stamped chat line, not a label after a time', () => {
    expect(script('17:49 کاوه: سلام!\n17:50 me: hi')).toContain('کاوه');
    expect(script('10:30 ФИО:')).toEqual([]);
  });
});

describe('false friends', () => {
  it.each([
    'Αίτηση εγγραφής — Δήμος Θεσσαλονίκης',
    'Sender:\nПЕТЪР ДОНЧЕВ\nбул. „Княгиня Мария Луиза“ 45',
    'พัสดุของคุณกำลังจัดส่ง',
    'ขอบคุณครับ',
    'いつもお世話になっております。上記患者様をご紹介申し上げます。',
    '  "shippingAddress": "اصفهان، بلوار کشاورز، کوچه ۴۱",',
  ])('%j yields no place, pronoun or role as a name', (text) => {
    const got = script(text);
    expect(got.filter((n) => !/ПЕТЪР ДОНЧЕВ/.test(n))).toEqual([]);
  });
  it('flags Greek and Cyrillic place heads', () => {
    expect(startsWithScriptPlaceHead('Δήμος Πατρέων')).toBe(true);
    expect(startsWithScriptPlaceHead('Свети Влас')).toBe(true);
    expect(startsWithScriptPlaceHead('Мария Иванова')).toBe(false);
  });
});

describe('CJK fields, greetings and kana given names', () => {
  it.each([
    ['姓名: "陈思远"\n出生日期: "1990.1.1"', '陈思远'],
    ['よろしくお願いいたします。\n\n担当医\u3000小野真一\n', '小野真一'],
    ['さくら内科\n佐藤ゆい 先生 御侍史', '佐藤ゆい'],
    ['高橋カオリ様', '高橋カオリ'],
    ['陈思远，您好！\n您的订单已发货', '陈思远'],
    ['尊敬的王海燕：\n感谢您的来信', '王海燕'],
  ])('%j → %s', (text, name) => {
    expect(cjk(text)).toContain(name);
  });
  it.each(['佐藤には先生が', '大家好，你好', '历史老师您好'])('no name in %j', (text) => {
    expect(cjk(text)).toEqual([]);
  });
});

describe('SSR DOCS passenger names', () => {
  it.each([
    ['  6 SSR DOCS XX HK1 P/LV/X0000000/LV/02AUG61/F/19FEB30/KALNA/ILZE/P1', 'KALNA/ILZE'],
    ['SSR DOCS XX HK1 P/TW/J0000000/TW/15OCT46/M/19FEB30/LIN/CHIA-WEI/P2', 'LIN/CHIA-WEI'],
    ['SSR DOCS XX HK1 P/GBR/S0000000/GBR/12JUL64/M/23AUG29/HOLLOWAY/PIERS/ANTHONY', 'HOLLOWAY/PIERS/ANTHONY'],
    ['SSR DOCS XX HK1 ////15MAR80/F//ROSSI/GIULIA/P1', 'ROSSI/GIULIA'],
  ])('%j → %s', (text, name) => {
    expect(airline(text)).toContain(name);
  });
  it('reads no name from other SSR elements or routes', () => {
    expect(airline('SSR FOID XX HK1 PP/LV/X0000000/P1')).toEqual([]);
    expect(airline('SSR DOCO XX HK1 /K/123/DE/P1  LHR/JFK')).toEqual([]);
  });
});
