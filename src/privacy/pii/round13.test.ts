/**
 * @module privacy/pii/round13.test — thirteenth round: fixed-width identity records, every birth date of
 * a reply (Markdown, JSON and stamped turns), CSV fields after an IP, turn roles and AI assistants in
 * many languages, XML name elements, product tables, address values on the line below their label,
 * Vietnamese district words, CJK sender labels. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { dobDetector } from './dob.js';
import { nationalIdDetector } from './national-id.js';
import { phoneDetector } from './phone.js';
import { identityRecordFields } from './record-lines.js';
import { isRoleLabel } from './role-words.js';
import { detectPii } from './runner.js';
import type { PiiDetector } from './types.js';
import { winkWordLexicon } from './word-lexicon.js';

const ctx = { knownNames: [] };
const values = (d: PiiDetector, text: string): string[] => d.detect(text, ctx).map((s) => s.value);
const lexicon = winkWordLexicon();
const byType = (text: string, type: string): string[] => detectPii(text, { lexicon }).filter((s) => s.type === type).map((s) => s.value);

describe('fixed-width identity records', () => {
  const file = 'HDRPAYROLL1 20250312 V57R35\nD000001 270053380 CHO JI-HOON                   19970806 7859430235 T616935\nTRL000000006602836854100';

  it('reads the SSN, birth date and phone of a record line', () => {
    expect(identityRecordFields(file).map((f) => [f.type, file.slice(f.start, f.end)])).toEqual([
      ['NATIONAL_ID', '270053380'],
      ['DOB', '19970806'],
      ['PHONE', '7859430235'],
    ]);
    expect(values(nationalIdDetector, file)).toEqual(['270053380']);
    expect(values(dobDetector, file)).toEqual(['19970806']);
    expect(values(phoneDetector, file)).toEqual(['7859430235']);
  });

  it('reads nothing from lines without a padded name in capitals, or with one kind of field only', () => {
    expect(identityRecordFields('HDRPAYROLL1 20250312 V57R35\nTRL000000006602836854100')).toEqual([]);
    expect(identityRecordFields('ORDER ITEMS       20250312 0000000001')).toEqual([]);
    expect(identityRecordFields('D000001 270053380 CHO JI-HOON 19970806 7859430235')).toEqual([]);
  });
});

describe('every birth date of a reply', () => {
  it.each([
    [
      'Agent: Please give each traveller’s date of birth as on the passport.\nCaller: me 01/05/1968, Thảo 15th September 1989 and Filipa is 12th February 1991',
      ['01/05/1968', '15th September 1989', '12th February 1991'],
    ],
    ['[08:30] 상담원: 이수진 고객님, 연락처와 생년월일을 확인 부탁드립니다.\n[08:33] 사용자: +82 10 0000 0000 / 1995.05.23', ['1995.05.23']],
    ['**Nova:** Main driver’s name, date of birth and garaging address?\n\n**Client:** Lorna Ruiz 1974-01-15 529 Robson St, Montréal', ['1974-01-15']],
    ['  {"role": "assistant", "content": "Your full name and date of birth?"},\n  {"role": "user", "content": "Lorna Santiago, 1998-04-16"},', ['1998-04-16']],
    ['BOT: patient name and date of birth?\n**Customer:** guy tucker 4/9/64', ['4/9/64']],
  ])('reads %j', (text, want) => {
    expect(values(dobDetector, text)).toEqual(want);
  });

  it('reads no version, recent date or answer to a statement', () => {
    expect(values(dobDetector, 'Support: please confirm your date of birth and postcode.\nUser: Ship to Meir 24, 1000 Bruxelles. The firmware 4.7.19+build.8356 fixes it, shipped on February 14, 2026.')).toEqual([]);
    expect(values(dobDetector, 'ユーザー: 090-0000-0000、1941年7月7日生まれです\nアシスタント: 配送予定日は2026/09/10です。')).toEqual(['1941年7月7日']);
    expect(values(dobDetector, "SELECT id, dob, last_login_ip FROM users WHERE created_at > '2026-01-22' LIMIT 3;")).toEqual([]);
    expect(values(dobDetector, 'Olá, Luana Nascimento aqui. [27/03/2026, 14:16] Cliente: ok')).toEqual([]);
  });
});

describe('fields and roles (round 13)', () => {
  it('reads an SSN before an IP in a CSV row', () => {
    const csv = 'id,first_name,ssn,signup_ip,plan\n1,Divya,774-42-1816,141.112.255.167,free';
    expect(values(nationalIdDetector, csv)).toEqual(['774-42-1816']);
  });

  it('knows turn roles and AI assistants in many languages', () => {
    for (const r of ['Assistente', 'asystent', '상담원', '用户', 'المساعد', 'Trợ lý', 'Claude', 'Msaidizi']) expect(isRoleLabel(r), r).toBe(true);
    expect(isRoleLabel('Mariana')).toBe(false);
  });

  it('finds no person in role labels, bots and thanks', () => {
    const chat = 'Cliente: bom dia\nAssistente: Claro! Pode me informar seu nome?\nCliente: ok\n[08:16] Aria (virtual agent): Let me check.\n**Claude:** The payload is fine.';
    expect(byType(chat, 'PERSON')).toEqual([]);
    expect(byType('[08:26] 사용자: 환불 요청합니다\n[08:28] 상담원: 네, 고객님 성함을 알려주세요.\n[08:29] 사용자: 네', 'PERSON')).toEqual([]);
    expect(byType('Στείλτε στο x@example.gr.\nΕυχαριστώ, Κώστας Νικολάου', 'PERSON')).toEqual(['Κώστας Νικολάου']);
  });

  it('reads names of XML elements and of a French header, and none of a product table', () => {
    expect(byType('<person>\n  <familyName>Olsen</familyName>\n  <givenName>Liv</givenName>\n</person>', 'PERSON')).toEqual(['Olsen', 'Liv']);
    expect(byType('nom\tprénom\tné(e) le\tville\nSANTORO\tRosaria\t18.07.1971\tBern', 'PERSON')).toEqual(expect.arrayContaining(['SANTORO', 'Rosaria']));
    expect(byType('sku;name;ean;price;stock\nRS-2303;Marie biscuits;7759944934547;10.84;26', 'PERSON')).toEqual([]);
  });

  it('reads an address on the line below its label, and Vietnamese district words', () => {
    expect(byType('Ngày sinh: 18 tháng 11 năm 2000\nĐịa chỉ:\n39 Trần Phú, Quận Hải Châu, Đà Nẵng\nlang: vi', 'ADDRESS')).toEqual(['39 Trần Phú, Quận Hải Châu, Đà Nẵng']);
    expect(byType('[01/06/2024, 19:41:07] Phạm Tuấn: 70 Trần Phú, Quận Hải Châu, Đà Nẵng\n[01/06/2024, 19:41:42] Tuấn: ok', 'ADDRESS')).toEqual(['70 Trần Phú, Quận Hải Châu, Đà Nẵng']);
  });

  it('reads the sender of a Chinese waybill', () => {
    expect(byType('运单号：SF4252766190895\n\n寄件人：周子轩  +86 21 2580 0644', 'PERSON')).toEqual(['周子轩']);
  });
});

describe('fourteenth round', () => {
  it('reads birth dates in replies under quoted or unlabelled requests', () => {
    expect(values(dobDetector, "> Can you confirm DOB + address for security?\n\nit's May 11, 1995 / 29646 Birch Cir, Tucson, AZ")).toEqual(['May 11, 1995']);
    expect(values(dobDetector, 'Please verify your birth date and address on file.\n\n1967-10-24, 4727 W Riverside Ct, Dayton, OH')).toEqual(['1967-10-24']);
  });

  it('reads birth dates of family lists and "b." marks', () => {
    expect(values(dobDetector, 'Member 2: Shane Ruiz — child — 2014-12-17\nMember 3: Ana Ruiz — partner — 28/04/02')).toEqual(['2014-12-17', '28/04/02']);
    expect(values(dobDetector, 'Re: CAROL CHURCH  b. 12-May-1963  MRN: 605 539 2930')).toEqual(['12-May-1963']);
    expect(values(dobDetector, 'Customer: femke bakker\nb. 25 Jun. 1979\nResidential address')).toEqual(['25 Jun. 1979']);
  });

  it('keeps "Tel Aviv" in an address and stops before a contact field', () => {
    expect(byType('כתובת: 180 שדרות רוטשילד, Tel Aviv 6961301, Israel\nטלפון נייד: 052-256-5824', 'ADDRESS')).toEqual(['180 שדרות רוטשילד, Tel Aviv 6961301, Israel']);
    const line = 'Customer: 12 MG Road, HSR Layout, Bengaluru, Karnataka 560102, contact 98647 21532';
    expect(byType(line, 'PHONE')).toEqual(['98647 21532']);
  });

  it('skips the recipient line under an address label', () => {
    expect(byType('Lieferadresse:\nBurak Çetin\nBahnhofstr. 68\n31740 Hamburg\nTelefon: 030 1927980', 'PERSON')).toContain('Burak Çetin');
  });

  it('reads names after more cues and titles, and no roles of the customer', () => {
    expect(byType('el chofer se llamaba Brayan, un Versa blanco', 'PERSON')).toEqual(['Brayan']);
    expect(byType('Konsultant: Zmienione, Pani/Panie Nowak.', 'PERSON')).toEqual(['Nowak']);
    expect(byType("Agent: Salamat po, Ma'am/Sir Precious. Ready for pickup.", 'PERSON')).toEqual(['Precious']);
    expect(byType('Card attempt failed Luhn. Analyst: Rose.', 'PERSON')).toEqual(['Rose']);
    expect(byType('Viale Monza 2, 71648 Milano MI, citofono "DE LUCA"', 'PERSON')).toEqual(['DE LUCA']);
    const chat = 'Yolcu: merhaba, bebek yolcu eklemek istiyorum\nTemsilci Büşra Hanım: Tabii.\nYolcu: ben Elif Aslan\nTemsilci: Eklendi.';
    expect(byType(chat, 'PERSON')).toEqual(expect.arrayContaining(['Büşra', 'Elif Aslan']));
    expect(byType(chat, 'PERSON')).not.toContain('Temsilci');
    expect(byType(chat, 'PERSON')).not.toContain('Yolcu');
    expect(byType('Cliente: oi, quero reembolso\nAtendente Francisca: Claro!\nAtendente: Perfeito, Leonor. O reembolso cai amanhã.', 'PERSON')).not.toContain('Perfeito');
  });
});

describe('fifteenth round', () => {
  it('reads versions, not IP addresses, after version keys, products and user agents', () => {
    for (const t of ['APP_VERSION=6.23.77.145', 'does 8.9.8.16 fix the leak?', 'Model: orca-4 7.7.4.39', '"release":"2.7.7.65"', 'Chrome/3.10.5.73', 'migration to Kubernetes 12.29.19.134']) {
      expect(byType(t, 'IP'), t).toEqual([]);
    }
    expect(byType('DB_HOST=203.14.200.251', 'IP')).toEqual(['203.14.200.251']);
    expect(byType('blocked requests from 10.0.0.1', 'IP')).toEqual(['10.0.0.1']);
  });

  it('reads names after "dr." in lower case, escalation arrows, claimant keys and labels in JSON strings', () => {
    expect(byType('brauche einen termin bei dr. volkov, bitte', 'PERSON')).toEqual(['volkov']);
    expect(byType('booked through dr. oetker.', 'PERSON')).toEqual([]);
    expect(byType('> _note_: ESCALATE → Hatcher (Tier 2).', 'PERSON')).toEqual(['Hatcher']);
    expect(byType('tool: claims.find {"claimant":"Brown","mail_to":"n/a"}', 'PERSON')).toEqual(['Brown']);
    expect(byType('{"role": "note", "content": "titular: Cavalcanti, Edvaldo; plano: ouro"}', 'PERSON')).toEqual(['Cavalcanti, Edvaldo']);
  });

  it('reads no phone number under a national id label', () => {
    expect(byType('Employee: Ana Ruiz\nSIN: 269 706 621', 'PHONE')).toEqual([]);
    expect(byType('NHS/IHI No: 888 670 9866', 'PHONE')).toEqual([]);
  });
});

describe('fifteenth round, second part', () => {
  it('reads numbered passenger lists, table name parts, forms with titles and initials', () => {
    expect(byType('Passengers:\n  1. SHERPA, RAHIM MR\n  2. HASKINS, DUSTIN MR', 'PERSON')).toEqual(['SHERPA, RAHIM', 'HASKINS, DUSTIN']);
    expect(byType('emp_no\tlast\tfirst\tssn\n89988\tTsosie\tPema\t753-11-6909', 'PERSON')).toEqual(['Tsosie', 'Pema']);
    expect(byType('Employer: Nordhafen Logistik, supervisor Aaliyah Mayfield', 'PERSON')).toEqual(['Aaliyah Mayfield']);
    expect(byType('Cashier: Hjalmar', 'PERSON')).toEqual(['Hjalmar']);
    expect(byType('Account holder: S. Roux', 'PERSON')).toEqual(['S. Roux']);
    expect(byType('Requested by: Dr N Baird   Collected: 8 Mar 2024', 'PERSON')).toEqual(['N Baird']);
  });
});

describe('sixteenth round', () => {
  it('reads speakers of group chats in scripts without capitals, not form labels', () => {
    const zh = '三年级二班家长群\n赵浩然：各位家长好，请把孩子的出生日期发给我。\n黄志强：好的\n赵浩然：收到';
    expect(byType(zh, 'PERSON')).toEqual(expect.arrayContaining(['赵浩然', '黄志强']));
    const ar = 'مجموعة مسجد النور\nسعيد الزهراني: السلام عليكم\nهبة حسن: تسجيل ابني\nسعيد الزهراني: جزاك الله خيراً';
    expect(byType(ar, 'PERSON')).toEqual(expect.arrayContaining(['سعيد الزهراني', 'هبة حسن']));
    const form = '[예약 확인]\n연락처: 02-592-5869\n주소: 서울특별시 마포구 월드컵북로 276\n문의: help@example.kr';
    expect(byType(form, 'PERSON')).toEqual([]);
  });

  it('reads names after church titles, kin phrases and contact labels', () => {
    expect(byType('For transport call Bro. Jade (07932 155627) or Sis. Ffion (01300 602794).', 'PERSON')).toEqual(['Jade', 'Ffion']);
    expect(byType('Beloved husband of Jerome and grandfather of five.', 'PERSON')).toEqual(['Jerome']);
    expect(byType('Ne danno il triste annuncio la moglie Carmine e i figli.', 'PERSON')).toEqual(['Carmine']);
    expect(byType('Kontakt: Jarek, tel. +48 615 963 477', 'PERSON')).toEqual(['Jarek']);
    expect(byType('배송지: 경기도\n배송기사: 신예준 02-971-5526', 'PERSON')).toEqual(['신예준']);
  });
});
