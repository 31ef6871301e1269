/**
 * @module privacy/pii/round19.test — the nineteenth round's rules: JSON and log string escapes read as
 * line breaks and quotes, addresses read back from their postcode, births of the nineteenth century,
 * pets' birthdays, spoken e-mails with no cue, replies in JSON and log exports, tables under a line of
 * prose, SQL tuples, and the look-alikes that must stay unlabelled (routing numbers, other countries'
 * ids, versions, HTTP headers, a place named after a person).
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { postcodeAnchoredAddresses } from './address-backward.js';
import { detectPii } from './runner.js';
import { readStringEscapes } from './string-escapes.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();

describe('string escapes', () => {
  it('keeps the length and reads \\n, \\t and \\" as what they stand for', () => {
    const raw = String.raw`{\"name\": \"Ana\"}\n10.0.0.1\tx C:\\new`;
    const out = readStringEscapes(raw);
    expect(out).toHaveLength(raw.length);
    expect(out).toContain('\n10.0.0.1');
    expect(out).toContain(' "name" :');
    // An escaped backslash keeps the letter after it.
    expect(out.endsWith(String.raw`C:\\new`)).toBe(true);
  });

  it('finds values on the lines of a log or CSV carried in one JSON string, with offsets of the original', () => {
    const text = String.raw`{"content": "access log:\n10.209.251.98 - - [12/Oct/2024] \"GET /\"\nname,phone\nAna Ruiz,9044059021\n"}`;
    const spans = detectPii(text, { lexicon });
    expect(spans.find((s) => s.type === 'IP')?.value).toBe('10.209.251.98');
    expect(spans.find((s) => s.type === 'PHONE')?.value).toBe('9044059021');
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.value);
  });
});

describe('addresses read back from the postcode', () => {
  it.each([
    ['They live at 331 Haeundaehaebyeon-ro, Haeundae-gu, Busan 63205 and', '331 Haeundaehaebyeon-ro, Haeundae-gu, Busan 63205'],
    ['moving to 3-17-6 Minami 3-jo, Chuo-ku, Sapporo 060-0161. Final', '3-17-6 Minami 3-jo, Chuo-ku, Sapporo 060-0161'],
    ['write to her at 54 Ard na Gréine, Ballincollig, Co. Cork, P31 B0J6. Thanks', '54 Ard na Gréine, Ballincollig, Co. Cork, P31 B0J6'],
    ['lives at flat 6\n157 kingsway\nedinburgh eh1 2rn', 'flat 6\n157 kingsway\nedinburgh eh1 2rn'],
    ['deliver to Flat 101, Prestige Palms, Koregaon Park, Pune 411001', 'Flat 101, Prestige Palms, Koregaon Park, Pune 411001'],
    ['"new": "Oude Vismarkt 168 hs, 3512 KX Utrecht"', 'Oude Vismarkt 168 hs, 3512 KX Utrecht'],
    ['9100 King Fahd Rd, Al Rawdah\nJeddah 17747-5632', '9100 King Fahd Rd, Al Rawdah\nJeddah 17747-5632'],
  ])('%s', (text, address) => {
    expect(postcodeAnchoredAddresses(text).map((a) => text.slice(a.start, a.end))).toEqual([address]);
  });

  it.each([
    'I bought 3 items, Berlin 10115 was the shop',
    'We had 12 Guests, Tickets, Order 12345 today',
    'Cliente: la carta 6247 3169 3941 4603 è stata rifiutata, ma la 404776',
    'born January 4, 1929 in a village near Mount Kosciuszko, grandma',
    'DOB July 7, 1970\nwohnhaft in Berlin',
    'Rollout of 2.1.10, 50667 Köln. Herr Dr. Hoffmeister hat',
  ])('no address: %s', (text) => {
    expect(postcodeAnchoredAddresses(text)).toEqual([]);
  });

  it('ends an address before a date of birth given with it', () => {
    const text = 'ASSISTANT: Wat is uw nieuwe adres en uw geboortedatum?\nUSER: Merelstraat 298-hs, 2873 DV Groningen, geboren 21 augustus 2005';
    expect(found(text, 'ADDRESS')).toEqual(['Merelstraat 298-hs, 2873 DV Groningen']);
    expect(found(text, 'DOB')).toEqual(['21 augustus 2005']);
  });

  it('keeps a mainland Chinese estate address whole and stops a Japanese one at 。', () => {
    expect(found('退货地址写深圳市南山区科技园南区9栋6楼853室可以吗？', 'ADDRESS')).toEqual(['深圳市南山区科技园南区9栋6楼853室']);
    const jp = '新住所：〒227-0247 東京都新宿区西新宿4-15-10。連絡先 03-2653-9655。担当：Lehmann。';
    expect(found(jp, 'ADDRESS')).toEqual(['〒227-0247 東京都新宿区西新宿4-15-10']);
    expect(found(jp, 'PHONE')).toEqual(['03-2653-9655']);
  });
});

describe('dates of birth', () => {
  it.each([
    ['great-great-grandparent Sanna Salo was born 1860-02-13 and married Rodrigo Tapia (b. 5/16/1860).', ['1860-02-13', '5/16/1860']],
    ['Usuario: nací el 10/10/1973', ['10/10/1973']],
    ['Mi suegra nació el 3/2/1946 y vive en Madrid.', ['3/2/1946']],
    ["INSERT INTO customers (name, email, dob) VALUES ('Efua Boateng', 'efua@example.com', '1983-02-12');", ['1983-02-12']],
    ["INSERT INTO t (name, dob) VALUES ('A B', '1990-04-12'), ('C D', '1991-05-13');", ['1990-04-12', '1991-05-13']],
  ])('%s', (text, dates) => {
    expect(found(text, 'DOB')).toEqual(dates);
  });

  it.each([
    "Vaccination reminder for Luna, owner Linh Le. Luna's birthday is on 12/1/2022. Owner's number: (363) 870-4423.",
    'Assistant: Looks complete. One thing: the visit date (2025-04-15) is in the DOB format box — fine as is.',
  ])('no date of birth: %s', (text) => {
    expect(found(text, 'DOB')).toEqual([]);
  });
});

describe('spoken e-mails and phones in exports', () => {
  it('reads a spoken address whose parts a joiner links, with or without a cue', () => {
    expect(found('she spelled out her e-mail as "sergei dot shevchenko at outlook dot com".', 'EMAIL')).toEqual(['sergei dot shevchenko at outlook dot com']);
    expect(found('ok so its tigist dot wolde at icloud dot co dot uk thanks', 'EMAIL')).toEqual(['tigist dot wolde at icloud dot co dot uk']);
  });

  it.each([
    '**BOT:** Thanks for calling. Can I get a callback number?\n\n**USER:** yeah uh its five two nine, two nine nine, four three four zero',
    '[\n  {"role": "assistant", "content": [{"type": "text", "text": "Can I get a callback number?"}]},\n  {"role": "user", "content": [{"type": "text", "text": "yeah uh its two four one, seven six one, three five eight oh"}]}\n]',
    'INFO turn=1 role=assistant msg="Can I get a callback number?"\nINFO turn=2 role=user msg="yeah uh its nine two six, five eight zero, eight oh nine two"',
    'Callback number given as "seven nine two, two nine seven, eight two nine one". Thanks.',
  ])('a spoken number answering a question or a cue: %s', (text) => {
    expect(found(text, 'PHONE')).toHaveLength(1);
  });

  it('reads the column under a header below a line of prose, and an SQL tuple after a quoted parenthesis', () => {
    expect(found('User: here they are, can you add them?\nname,email,phone\nAna Ruiz,ana@example.com,9044059021', 'PHONE')).toEqual(['9044059021']);
    const sql = "INSERT INTO c (id, name, phone, ssn) VALUES\n  (1, 'A B', '(570) 317-2303', '059654318');";
    expect(found(sql, 'NATIONAL_ID')).toEqual(['059654318']);
  });
});

describe('look-alikes', () => {
  it.each([
    ["Your lender's NMLS ID 082701 and routing 259416154 are on file.", 'NATIONAL_ID'],
    ['y mi teléfono +34 692 616 897. Mi DNI es 544 626 082 por si lo necesitan', 'PHONE'],
    ['"employer_ein":"04-3067761"', 'PHONE'],
    ['  "model_version": "11.16.23.688",', 'PHONE'],
    ['CI broke after bumping to 2.3.17.152 — log:', 'IP'],
    ['1. Rollout of 2.1.10.160 slipped', 'IP'],
    ['The account number given as KW69 MRKS 6876 5504 0256 3771 7679 18 was rejected.', 'CARD'],
  ] as const)('%s', (text, type) => {
    const values = found(text, type);
    if (type === 'PHONE') expect(values.filter((v) => !v.startsWith('+34'))).toEqual([]);
    else expect(values).toEqual([]);
  });

  it.each([
    'POST /v1/payment_intents HTTP/1.1\nHost: api.example.dev\nIdempotency-Key: 495190801b2387f6\nContent-Type: application/json',
    'The rose garden tour at Rosa Luxemburg Platz is still on.',
    'Atendente: Pode me informar seu nome completo?\nCliente: meu nome é Raíssa Lacerda',
    'Patient: Oi, tudo bem?',
    'Atendente: Obrigado! Confirmando: +55 21 91997-9034',
  ])('no false name: %s', (text) => {
    expect(found(text, 'PERSON').filter((n) => n !== 'Raíssa Lacerda')).toEqual([]);
  });

  it('reads lower-case surnames under a last_name column and payees in a bank description column', () => {
    expect(found('first_name,last_name,email\ncem,yılmaz,cyilmaz@gmx.de', 'PERSON')).toEqual(['cem', 'yılmaz']);
    expect(found('Date,Description,Amount\n2024-06-17,TRANSFER TO CLIVE FAIRWEATHER,-237.00', 'PERSON')).toEqual(['CLIVE FAIRWEATHER']);
  });
});
