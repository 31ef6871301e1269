/**
 * Independent PII evaluation corpus #11.
 *
 * WRITTEN BLIND: the author did not read the detector, its docs, other corpora, ADRs or the git
 * history. Only the `Rng` class, the checksum helpers in `pii-corpus-checks.ts`, the `PiiType` union
 * and the shared structural checks were looked at. Every name, address, template and value here was
 * invented for this file.
 *
 * Seeds: {@link INDEPENDENT11_SEEDS} (110001, 110002, 110003); each seed yields whole documents until
 * at least {@link INDEPENDENT11_MIN_INSTANCES} labels exist.
 *
 * Contents: long multi-turn support conversations with values spread across turns and corrected
 * ("no wait, it's …"), agents repeating values back, partial masking by users, copy-pasted forms with
 * misaligned columns, tables in e-mails, PDF-to-text extractions with hyphenation and line breaks
 * inside values, code-switching (Spanglish, Hinglish, Taglish, Arabizi, French-Arabic,
 * German-Turkish), transliterated and diacritic-stripped names, nicknames, right-to-left scripts with
 * Latin digits, Japanese/Chinese/Korean text with full-width characters, server logs, spoken
 * transcripts, CRM exports, and Indian, Nigerian, Brazilian, Mexican, Filipino, Indonesian, Turkish,
 * Polish, Greek, Russian, Hebrew, Arabic, Persian and Vietnamese conventions. About a tenth of the
 * documents are hard negatives (people-named brands, software, storms, ships, diseases, laws, awards,
 * streets; order/tracking/case numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers,
 * invalid IBAN-like strings, EINs, routing numbers, masked values, non-birth dates) and more such
 * distractors are sprinkled through the labelled documents.
 *
 * Conventions:
 * - PERSON: human beings only; honorifics and possessive "'s" outside the span; initials+surname,
 *   surname-only, given-only, all-caps, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; nor is a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses and spoken addresses included.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes; Luhn-invalid and masked numbers unlabelled.
 * - IBAN: checksum-valid, correct length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other national ids unlabelled.
 * - IP: every IPv4/IPv6 address, port and brackets outside; version strings are never valid IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building
 *   line to the last postcode/city/country line; recipient name a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates (pets' included) unlabelled.
 * - A value split by a line break or hyphenation is labelled only where it is contiguous (i.e. not).
 * - knownNames: the user's own full name as it appears verbatim in the text (also labelled PERSON).
 *
 * Offsets are recorded while the text is appended; the finished string is never searched.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT11_SEEDS = [110_001, 110_002, 110_003] as const;
export const INDEPENDENT11_MIN_INSTANCES = 2400;

/** One label, carrying its text. */
export interface Independent11Label extends PiiLabel {
  readonly value: string;
}

/** One document of corpus #11. */
export interface Independent11Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent11Label[];
}

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are taken from the running length while appending.
// ---------------------------------------------------------------------------------------------------

class Doc {
  text = '';
  readonly labels: Independent11Label[] = [];
  readonly known: string[] = [];

  t(s: string): this {
    this.text += s;
    return this;
  }

  l(type: PiiType, value: string): this {
    if (value.trim() !== value || value.length === 0) throw new Error(`untrimmed ${type} value: "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }

  pe(v: string): this {
    return this.l('PERSON', v);
  }
  em(v: string): this {
    return this.l('EMAIL', v);
  }
  ph(v: string): this {
    return this.l('PHONE', v);
  }
  cd(v: string): this {
    return this.l('CARD', v);
  }
  ib(v: string): this {
    return this.l('IBAN', v);
  }
  ssn(v: string): this {
    return this.l('NATIONAL_ID', v);
  }
  ip(v: string): this {
    return this.l('IP', v);
  }
  ad(v: string): this {
    return this.l('ADDRESS', v);
  }
  dob(v: string): this {
    return this.l('DOB', v);
  }

  /** The user's own name: labelled PERSON and remembered as a known name. */
  me(v: string): this {
    if (!this.known.includes(v)) this.known.push(v);
    return this.pe(v);
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers.
// ---------------------------------------------------------------------------------------------------

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function strip(s: string): string {
  return s
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const FULLWIDTH_DIGITS = '０１２３４５６７８９';
function fullWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += FULLWIDTH_DIGITS.charAt(Number(ch));
    else if (ch === '-') out += '－';
    else out += ch;
  }
  return out;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Digits read aloud: "oh" for zero sometimes, "double" for repeats sometimes. */
function spoken(r: Rng, digits: string): string {
  const words: string[] = [];
  const oh = r.chance(0.5);
  const dbl = r.chance(0.5);
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charAt(i);
    const w = c === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(c)] ?? c);
    if (dbl && i + 1 < digits.length && digits.charAt(i + 1) === c) {
      words.push(`double ${w}`);
      i++;
    } else words.push(w);
  }
  return words.join(' ');
}

function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

// ---------------------------------------------------------------------------------------------------
// Cards.
// ---------------------------------------------------------------------------------------------------

interface CardNo {
  readonly digits: string;
  readonly network: string;
  readonly groups: readonly number[];
}

function cardNumber(r: Rng): CardNo {
  const kind = r.int(0, 9);
  let prefix: string;
  let len: number;
  let network: string;
  let groups: number[] = [4, 4, 4, 4];
  switch (kind) {
    case 0:
    case 1:
    case 2:
      prefix = '4';
      len = 16;
      network = 'Visa';
      break;
    case 3:
      prefix = String(r.int(51, 55));
      len = 16;
      network = 'Mastercard';
      break;
    case 4:
      prefix = String(r.int(2221, 2720));
      len = 16;
      network = 'Mastercard';
      break;
    case 5:
      prefix = r.pick(['34', '37']);
      len = 15;
      network = 'Amex';
      groups = [4, 6, 5];
      break;
    case 6:
      prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
      len = 16;
      network = 'Discover';
      break;
    case 7:
      prefix = String(r.int(3528, 3589));
      len = 16;
      network = 'JCB';
      break;
    case 8:
      prefix = r.pick(['36', '38', String(r.int(300, 305))]);
      len = 14;
      network = 'Diners Club';
      groups = [4, 6, 4];
      break;
    default:
      prefix = '62';
      len = r.pick([16, 19]);
      network = 'UnionPay';
      groups = len === 19 ? [6, 13] : [4, 4, 4, 4];
      break;
  }
  const body = prefix + r.digits(len - 1 - prefix.length);
  return { digits: body + luhnCheck(body), network, groups };
}

function groupDigits(digits: string, groups: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out.join(sep);
}

function fmtCard(r: Rng, c: CardNo): string {
  const style = r.int(0, 3);
  if (style === 0) return c.digits;
  if (style === 1) return groupDigits(c.digits, c.groups, '-');
  return groupDigits(c.digits, c.groups, ' ');
}

/** Same shape, last digit changed so the Luhn check fails. */
function badCard(r: Rng, c: CardNo): string {
  const last = Number(c.digits.charAt(c.digits.length - 1));
  const wrong = (last + r.int(1, 9)) % 10;
  const d = c.digits.slice(0, -1) + String(wrong);
  return r.chance(0.5) ? groupDigits(d, c.groups, ' ') : d;
}

function maskedCard(r: Rng, c: CardNo): string {
  const last4 = c.digits.slice(-4);
  return r.pick([`**** **** **** ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `•••• ${last4}`, `xxxxxxxxxxxx${last4}`, `${c.digits.slice(0, 6)}******${last4}`]);
}

// ---------------------------------------------------------------------------------------------------
// IBANs: the BBAN is built from a pattern (n digit, a letter), the check digits computed.
// ---------------------------------------------------------------------------------------------------

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: 'n'.repeat(18),
  GB: 'aaaa' + 'n'.repeat(14),
  FR: 'n'.repeat(23),
  ES: 'n'.repeat(20),
  IT: 'a' + 'n'.repeat(22),
  NL: 'aaaa' + 'n'.repeat(10),
  BE: 'n'.repeat(12),
  AT: 'n'.repeat(16),
  PL: 'n'.repeat(24),
  PT: 'n'.repeat(21),
  IE: 'aaaa' + 'n'.repeat(14),
  TR: 'n'.repeat(22),
  GR: 'n'.repeat(23),
  SA: 'n'.repeat(20),
  AE: 'n'.repeat(19),
  IL: 'n'.repeat(19),
  BR: 'n'.repeat(23) + 'aa',
  CH: 'n'.repeat(17),
  RO: 'aaaa' + 'n'.repeat(16),
  QA: 'aaaa' + 'n'.repeat(21),
  KW: 'aaaa' + 'n'.repeat(22),
  HU: 'n'.repeat(24),
  CY: 'n'.repeat(24),
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** A compact, valid IBAN for the country. */
function ibanFor(r: Rng, cc: string): string {
  const pat = IBAN_BBAN[cc] ?? 'n'.repeat(18);
  let bban = '';
  for (const p of pat) bban += p === 'n' ? String(r.int(0, 9)) : r.pick([...LETTERS]);
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad(check, 2) + bban;
}

function fmtIban(r: Rng, compact: string): string {
  const s = r.int(0, 5);
  if (s <= 2) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (s === 3) return compact;
  if (s === 4) return compact.toLowerCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ').toLowerCase();
}

/** Same length and shape, check digits wrong. */
function badIban(r: Rng, compact: string): string {
  const cd = Number(compact.slice(2, 4));
  const wrong = ((cd - 2 + r.int(1, 90)) % 97) + 2;
  const s = compact.slice(0, 2) + pad(wrong, 2) + compact.slice(4);
  return r.chance(0.6) ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}

// ---------------------------------------------------------------------------------------------------
// SSNs, IPs, other numbers.
// ---------------------------------------------------------------------------------------------------

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99), 2)}${sep}${pad(r.int(1, 9999), 4)}`;
}

function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
}

function ein(r: Rng): string {
  return `${pad(r.int(10, 98), 2)}-${r.digits(7)}`;
}

function routing(r: Rng): string {
  return pad(r.int(11_000_000, 322_000_000), 9);
}

function ipv4(r: Rng): string {
  const first = r.pick([10, 172, 192, r.int(11, 223), r.int(11, 223)]);
  if (first === 10) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (first === 192) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

function ipv6(r: Rng): string {
  const g = (): string => r.int(0, 0xffff).toString(16);
  const s = r.int(0, 3);
  if (s === 0) return `2001:db8:${g()}:${g()}::${g()}`;
  if (s === 1) return `fe80::${g()}:${g()}:${g()}:${g()}`;
  if (s === 2) return [`2a0${r.int(0, 9)}`, g(), g(), g(), g(), g(), g(), g()].join(':');
  return `2600:${g()}:${g()}::${r.int(1, 255)}`;
}

function version(r: Rng): string {
  return r.pick([
    `v${r.int(1, 19)}.${r.int(0, 40)}.${r.int(0, 30)}`,
    `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}-rc.${r.int(1, 5)}`,
    `10.0.${r.int(17000, 26100)}.${r.int(1000, 5999)}`,
    `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(256, 999)}`,
    `build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}+${hex(r, 7)}`,
  ]);
}

function timestamp(r: Rng): string {
  return `${r.int(2021, 2025)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}Z`;
}

function orderNo(r: Rng): string {
  return r.pick([
    `#${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`,
    `ORD-${r.digits(8)}`,
    `1Z${hex(r, 6).toUpperCase()}${r.digits(10)}`,
    `CASE-${r.digits(8)}`,
    `TKT ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
    `INC${r.digits(7)}`,
    `AWB ${r.digits(3)}-${r.digits(8)}`,
  ]);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

type DateStyle = 'us' | 'eu' | 'iso' | 'dot' | 'long' | 'es' | 'pt' | 'fr' | 'de' | 'tr' | 'ru' | 'ja' | 'ko' | 'zh' | 'vn' | 'short';

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function birthYmd(r: Rng): Ymd {
  return { y: r.int(1941, 2006), m: r.int(1, 12), d: r.int(1, 28) };
}

function otherYmd(r: Rng): Ymd {
  return { y: r.int(2022, 2026), m: r.int(1, 12), d: r.int(1, 28) };
}

function fmtDate(r: Rng, x: Ymd, style: DateStyle): string {
  const mm = pad(x.m, 2);
  const dd = pad(x.d, 2);
  const mi = x.m - 1;
  switch (style) {
    case 'us':
      return r.chance(0.5) ? `${mm}/${dd}/${x.y}` : `${x.m}/${x.d}/${x.y}`;
    case 'eu':
      return `${dd}/${mm}/${x.y}`;
    case 'iso':
      return `${x.y}-${mm}-${dd}`;
    case 'dot':
      return `${dd}.${mm}.${x.y}`;
    case 'long':
      return r.chance(0.5) ? `${MONTHS_EN[mi]} ${x.d}, ${x.y}` : `${x.d} ${MONTHS_EN[mi]} ${x.y}`;
    case 'short':
      return `${x.d} ${(MONTHS_EN[mi] ?? 'Jan').slice(0, 3)} ${x.y}`;
    case 'es':
      return `${x.d} de ${MONTHS_ES[mi]} de ${x.y}`;
    case 'pt':
      return `${x.d} de ${MONTHS_PT[mi]} de ${x.y}`;
    case 'fr':
      return `${x.d === 1 ? '1er' : x.d} ${MONTHS_FR[mi]} ${x.y}`;
    case 'de':
      return `${x.d}. ${MONTHS_DE[mi]} ${x.y}`;
    case 'tr':
      return `${x.d} ${MONTHS_TR[mi]} ${x.y}`;
    case 'ru':
      return `${x.d} ${MONTHS_RU[mi]} ${x.y} г.`;
    case 'ja':
      return `${x.y}年${x.m}月${x.d}日`;
    case 'ko':
      return `${x.y}년 ${x.m}월 ${x.d}일`;
    case 'zh':
      return `${x.y}年${x.m}月${x.d}日`;
    case 'vn':
      return `ngày ${x.d} tháng ${x.m} năm ${x.y}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// People. Each culture lists [given, family, nickname, latin given, latin family]; latin forms are
// derived by stripping diacritics when omitted. `fam` cultures write the family name first.
// ---------------------------------------------------------------------------------------------------

type Culture =
  | 'us' | 'in' | 'ng' | 'br' | 'mx' | 'ph' | 'id' | 'tr' | 'pl' | 'gr' | 'ru' | 'he' | 'ar' | 'fa' | 'vn'
  | 'jp' | 'cn' | 'kr' | 'de' | 'ma';

interface Person {
  readonly full: string;
  readonly given: string;
  readonly family: string;
  readonly nick: string;
  readonly latinFull: string;
  readonly latinGiven: string;
  readonly latinFamily: string;
  readonly culture: Culture;
}

type Row = readonly [string, string, string?, string?, string?];

const PEOPLE: Readonly<Record<Culture, readonly Row[]>> = {
  us: [
    ['Dana', 'Whitfield'], ['Marcus', 'Pennington', 'Marc'], ['Kimberly-Ann', 'Boateng', 'Kim'], ['Trevor', 'Lindahl'],
    ['Shauna', 'McGillicuddy'], ['DeShawn', 'Holloway', 'Shawn'], ['Rebekah', 'Szymanski', 'Becca'], ['Colton', 'Vanderhoek'],
    ['Lorraine', 'Delgado-Frost', 'Lori'], ['Jeremiah', 'Okwuosa', 'Jerry'], ['Tabitha', 'Runyon', 'Tabby'], ['Ezekiel', 'Marchetti', 'Zeke'],
  ],
  in: [
    ['Sandeep', 'Iyer', 'Sandy'], ['Lakshmi', 'Chatterjee', 'Lucky'], ['Venkatesh', 'Reddy', 'Venky'], ['Deepika', 'Deshpande', 'Deepu'],
    ['Harpreet', 'Gill', 'Harry'], ['Anirudh', 'Srinivasan', 'Ani'], ['Meenakshi', 'Bhattacharya', 'Meenu'], ['Shreya', 'Agarwal', 'Shrey'],
    ['Vikramaditya', 'Nair', 'Vicky'], ['Gurpreet', 'Sandhu', 'Guri'],
  ],
  ng: [
    ['Chukwuemeka', 'Okonkwo', 'Emeka'], ['Oluwadamilola', 'Adebayo', 'Dami'], ['Babatunde', 'Olatunji', 'Tunde'],
    ['Folasade', 'Ogunleye', 'Sade'], ['Ikechukwu', 'Nwachukwu', 'Ike'], ['Yetunde', 'Bello', 'Yeye'], ['Abubakar', 'Danjuma', 'Abu'],
    ['Temitope', 'Okoro', 'Tope'], ['Chiamaka', 'Obiora', 'Amaka'],
  ],
  br: [
    ['João Vitor', 'dos Santos', 'Jota'], ['Ana Clara', 'Pereira Lima', 'Aninha'], ['Luíza', 'Gonçalves', 'Lu'], ['Thiago', 'Araújo', 'Thi'],
    ['Gabriela', 'Cavalcanti', 'Gabi'], ['Conceição', 'Nascimento', 'Ceiça'], ['Raimundo', 'Brandão', 'Mundinho'], ['Letícia', 'Figueiredo', 'Lelê'],
  ],
  mx: [
    ['Guadalupe', 'Hernández López', 'Lupita'], ['José Luis', 'Ramírez', 'Pepe'], ['Ximena', 'Gutiérrez Ochoa', 'Xime'],
    ['Jesús', 'Zúñiga', 'Chuy'], ['Itzel', 'Domínguez', 'Itzi'], ['Refugio', 'Saldaña', 'Cuca'], ['Rocío', 'Villaseñor', 'Chío'],
    ['Francisco', 'Téllez Ibarra', 'Pancho'],
  ],
  ph: [
    ['Maria Lourdes', 'Dela Cruz', 'Lulu'], ['Jose Rizalino', 'Bautista', 'Jun-Jun'], ['Rhea Mae', 'Villanueva', 'Rhea'],
    ['Ma. Cristina', 'Santiago', 'Tintin'], ['Ferdinand', 'Mercado', 'Bong'], ['Precious Joy', 'Macaraeg', 'PJ'], ['Rodrigo', 'Pangilinan', 'Digong'],
  ],
  id: [
    ['Budi', 'Santoso', 'Budi'], ['Dewi', 'Kusumawardani', 'Wiwi'], ['Agus', 'Hidayat', 'Gus'], ['Wahyu', 'Saputra', 'Yuyu'],
    ['Rini', 'Wijaya', 'Rin'], ['Putu', 'Ariasa', 'Tu'], ['Sri', 'Mulyani Hartono', 'Sri'],
  ],
  tr: [
    ['Çağrı', 'Yıldırım'], ['Gülşen', 'Öztürk', 'Gülü'], ['Büşra', 'Şahin'], ['Oğuz', 'Çelik', 'Oğuzhan'], ['İbrahim', 'Aydın', 'İbo'],
    ['Şevval', 'Kılıç'], ['Ümit', 'Karaağaç'],
  ],
  pl: [
    ['Małgorzata', 'Wiśniewska', 'Gosia'], ['Grzegorz', 'Wróblewski', 'Grześ'], ['Wojciech', 'Zieliński', 'Wojtek'],
    ['Agnieszka', 'Dąbrowska', 'Aga'], ['Krzysztof', 'Szczepański', 'Krzyś'], ['Jadwiga', 'Kaczmarczyk', 'Jadzia'],
  ],
  gr: [
    ['Γιώργος', 'Παπαδόπουλος', 'Γιωργάκης', 'Giorgos', 'Papadopoulos'], ['Ελένη', 'Καραγιάννη', 'Λένα', 'Eleni', 'Karagianni'],
    ['Δημήτρης', 'Οικονόμου', 'Μήτσος', 'Dimitris', 'Oikonomou'], ['Αικατερίνη', 'Βλάχου', 'Κατερίνα', 'Aikaterini', 'Vlachou'],
  ],
  ru: [
    ['Дмитрий', 'Соколов', 'Дима', 'Dmitriy', 'Sokolov'], ['Екатерина', 'Волкова', 'Катя', 'Ekaterina', 'Volkova'],
    ['Алексей', 'Морозов', 'Лёша', 'Aleksei', 'Morozov'], ['Наталья', 'Кузнецова', 'Наташа', 'Natalya', 'Kuznetsova'],
  ],
  he: [
    ['יעל', 'כהן', 'יעלי', 'Yael', 'Cohen'], ['אבי', 'לוי', 'אבי', 'Avi', 'Levi'], ['נועה', 'מזרחי', 'נועה', 'Noa', 'Mizrahi'],
    ['איתי', 'פרידמן', 'איתי', 'Itai', 'Friedman'],
  ],
  ar: [
    ['محمد', 'العتيبي', 'حمودي', 'Mohammed', 'Al-Otaibi'], ['نورة', 'القحطاني', 'نونو', 'Noura', 'Al-Qahtani'],
    ['خالد', 'الحربي', 'خلودي', 'Khalid', 'Alharbi'], ['ريم', 'منصور', 'ريمو', 'Reem', 'Mansour'],
  ],
  fa: [
    ['علی', 'رضایی', 'علی', 'Ali', 'Rezaei'], ['مریم', 'حسینی', 'مری', 'Maryam', 'Hosseini'], ['رضا', 'کریمی', 'رضا', 'Reza', 'Karimi'],
    ['سارا', 'محمدی', 'سارا', 'Sara', 'Mohammadi'],
  ],
  vn: [
    ['Hồng Nhung', 'Nguyễn Thị', 'Nhung'], ['Văn Hùng', 'Trần', 'Hùng'], ['Minh Khoa', 'Lê', 'Khoa'], ['Thu Trang', 'Phạm', 'Trang'],
    ['Quốc Bảo', 'Đặng', 'Bảo'], ['Ngọc Ánh', 'Võ', 'Ánh'],
  ],
  jp: [
    ['花子', '山田', 'はなちゃん', 'Hanako', 'Yamada'], ['健太', '佐藤', 'ケンタ', 'Kenta', 'Sato'], ['美咲', '鈴木', 'みさき', 'Misaki', 'Suzuki'],
    ['翔', '高橋', 'ショウ', 'Sho', 'Takahashi'],
  ],
  cn: [
    ['小明', '王', '明明', 'Xiaoming', 'Wang'], ['娜', '李', '娜娜', 'Na', 'Li'], ['志强', '陈', '阿强', 'Zhiqiang', 'Chen'],
    ['芳', '刘', '芳芳', 'Fang', 'Liu'],
  ],
  kr: [
    ['민준', '김', '민준', 'Min-jun', 'Kim'], ['서연', '이', '서연', 'Seo-yeon', 'Lee'], ['지훈', '박', '지훈', 'Ji-hoon', 'Park'],
    ['유나', '최', '유나', 'Yu-na', 'Choi'],
  ],
  de: [
    ['Emine', 'Demirtaş'], ['Cem', 'Karakaya'], ['Hatice', 'Özdemir', 'Hati'], ['Murat', 'Aksoy'], ['Jürgen', 'Hoffmeister', 'Jü'],
    ['Ursula', 'Brandtner', 'Uschi'], ['Mehmet Ali', 'Kocabaş', 'Memo'],
  ],
  ma: [
    ['Yassine', 'Benali'], ['Fatima-Zahra', 'El Idrissi', 'Fati'], ['Karim', 'Bouzid'], ['Salma', 'Chraibi'], ['Mehdi', 'Haddadi'],
    ['Nour el Houda', 'Bensaïd', 'Nounou'],
  ],
};

const FAMILY_FIRST: ReadonlySet<Culture> = new Set(['vn', 'jp', 'cn', 'kr']);
const NO_SPACE: ReadonlySet<Culture> = new Set(['cn', 'kr']);

function person(r: Rng, c: Culture): Person {
  const row = r.pick(PEOPLE[c]);
  const [given, family] = row;
  const nick = row[2] ?? given;
  const latinGiven = row[3] ?? strip(given);
  const latinFamily = row[4] ?? strip(family);
  const fam = FAMILY_FIRST.has(c);
  const sep = NO_SPACE.has(c) || (c === 'jp' && r.chance(0.5)) ? '' : ' ';
  const full = fam ? `${family}${sep}${given}` : `${given} ${family}`;
  const latinFull = fam && c !== 'vn' ? `${latinGiven} ${latinFamily}` : fam ? `${latinFamily} ${latinGiven}` : `${latinGiven} ${latinFamily}`;
  return { full, given, family, nick, latinFull: c === 'vn' ? strip(full) : latinFull, latinGiven, latinFamily, culture: c };
}

/** A spelling variant of the name for a later mention. */
function variant(r: Rng, p: Person): string {
  const v = r.int(0, 7);
  if (v === 0) return p.latinFull.toUpperCase();
  if (v === 1) return `${p.latinFamily.toUpperCase()}, ${p.latinGiven}`;
  if (v === 2) return `${p.latinGiven.charAt(0)}. ${p.latinFamily}`;
  if (v === 3) return p.latinFull.toLowerCase();
  if (v === 4) return p.latinFamily;
  if (v === 5) return p.latinGiven;
  return p.latinFull;
}

const AGENTS = ['Dana', 'Priyanka', 'Tomás', 'Ayesha', 'Brodie', 'Mirela', 'Kwabena', 'Lea', 'Rustam', 'Imelda', 'Sven', 'Nkechi'];

// ---------------------------------------------------------------------------------------------------
// E-mail addresses.
// ---------------------------------------------------------------------------------------------------

const DOMAINS: Readonly<Record<Culture, readonly string[]>> = {
  us: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
  in: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.in'],
  ng: ['gmail.com', 'yahoo.com', 'mtnonline.com.ng'],
  br: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
  mx: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'],
  ph: ['gmail.com', 'yahoo.com.ph', 'ymail.com'],
  id: ['gmail.com', 'yahoo.co.id', 'telkom.net'],
  tr: ['gmail.com', 'hotmail.com.tr', 'yandex.com.tr'],
  pl: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
  gr: ['gmail.com', 'otenet.gr', 'yahoo.gr'],
  ru: ['mail.ru', 'yandex.ru', 'rambler.ru'],
  he: ['gmail.com', 'walla.co.il', '012.net.il'],
  ar: ['gmail.com', 'hotmail.com', 'outlook.sa'],
  fa: ['gmail.com', 'yahoo.com', 'chmail.ir'],
  vn: ['gmail.com', 'yahoo.com.vn', 'fpt.vn'],
  jp: ['docomo.ne.jp', 'gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp'],
  cn: ['qq.com', '163.com', 'gmail.com', '126.com'],
  kr: ['naver.com', 'daum.net', 'gmail.com'],
  de: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
  ma: ['gmail.com', 'menara.ma', 'hotmail.fr', 'orange.fr'],
};

function emailFor(r: Rng, p: Person): string {
  const g = strip(p.latinGiven).toLowerCase().replace(/[^a-z]/g, '');
  const f = strip(p.latinFamily).toLowerCase().replace(/[^a-z]/g, '');
  const dom = r.pick(DOMAINS[p.culture]);
  const local = r.pick([
    `${g}.${f}`,
    `${g}${f}${r.int(1, 99)}`,
    `${g.charAt(0)}${f}`,
    `${f}_${g}`,
    `${g}.${f.charAt(0)}${r.int(70, 2005)}`,
    `${g}+orders`,
  ]);
  return `${local}@${dom}`;
}

/** A plausible typo of the address (still an address, and labelled). */
function typoEmail(r: Rng, e: string): string {
  const at = e.indexOf('@');
  const local = e.slice(0, at);
  const dom = e.slice(at + 1);
  return r.pick([`${local}@${dom.replace('.com', '.con')}`, `${local.slice(0, -1)}@${dom}`, `${local}@${dom.replace(/^g/, 'gn')}`]);
}

const COMPANY_DOMAINS = ['northwind-logistics.com', 'brightpath.io', 'saludplus.mx', 'kopiteh.co.id', 'harbourview.co.uk', 'akinwale-partners.ng', 'vetrina.it'];
const ROLE_LOCALS = ['support', 'billing', 'noreply', 'hr', 'privacy', 'claims', 'ops-oncall', 'facturacion', 'cs'];

function roleEmail(r: Rng): string {
  return `${r.pick(ROLE_LOCALS)}@${r.pick(COMPANY_DOMAINS)}`;
}

function spokenEmail(r: Rng, p: Person): string {
  const g = strip(p.latinGiven).toLowerCase().replace(/[^a-z]/g, '');
  const f = strip(p.latinFamily).toLowerCase().replace(/[^a-z]/g, '');
  const dom = r.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'co dot uk'], ['hotmail', 'com']] as const);
  return r.pick([
    `${g} dot ${f} at ${dom[0]} dot ${dom[1]}`,
    `${g.split('').join('-')} ${f} at ${dom[0]} dot ${dom[1]}`,
    `${g} underscore ${f} at ${dom[0]} dot ${dom[1]}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Phones, by country.
// ---------------------------------------------------------------------------------------------------

function phoneFor(r: Rng, c: Culture): string {
  const d = (n: number): string => r.digits(n);
  switch (c) {
    case 'us':
      return r.pick([`(${r.int(201, 989)}) ${r.int(201, 989)}-${d(4)}`, `${r.int(201, 989)}-${r.int(201, 989)}-${d(4)}`, `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${d(4)}`, `${r.int(201, 989)}.${r.int(201, 989)}.${d(4)}`]);
    case 'in':
      return r.pick([`+91 ${r.int(70, 99)}${d(3)} ${d(5)}`, `+91-${r.int(70, 99)}${d(8)}`, `0${r.int(70, 99)}${d(3)}-${d(5)}`, `${r.int(70, 99)}${d(8)}`]);
    case 'ng':
      return r.pick([`+234 ${r.pick(['803', '806', '813', '703', '905', '810'])} ${d(3)} ${d(4)}`, `0${r.pick(['803', '806', '813', '703', '905'])} ${d(3)} ${d(4)}`, `+2348${r.pick(['0', '1'])}${d(8)}`]);
    case 'br':
      return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(${r.pick(['21', '31', '71', '81', '61'])}) 9${d(4)}-${d(4)}`, `+55 (${r.pick(['11', '48'])}) 9 ${d(4)}-${d(4)}`]);
    case 'mx':
      return r.pick([`+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`, `55-${d(4)}-${d(4)}`]);
    case 'ph':
      return r.pick([`+63 9${r.int(15, 99)} ${d(3)} ${d(4)}`, `09${r.int(15, 99)}-${d(3)}-${d(4)}`, `09${r.int(15, 99)}${d(7)}`, `(02) 8${d(3)}-${d(4)}`]);
    case 'id':
      return r.pick([`+62 812-${d(4)}-${d(4)}`, `0813${d(8)}`, `+62 21 ${d(4)} ${d(4)}`, `0857-${d(4)}-${d(3)}`]);
    case 'tr':
      return r.pick([`+90 5${r.int(30, 59)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${r.int(30, 59)}) ${d(3)} ${d(2)} ${d(2)}`, `05${r.int(30, 59)}${d(7)}`]);
    case 'pl':
      return r.pick([`+48 ${r.int(500, 889)} ${d(3)} ${d(3)}`, `${r.int(500, 889)}-${d(3)}-${d(3)}`, `(22) ${d(3)} ${d(2)} ${d(2)}`]);
    case 'gr':
      return r.pick([`+30 69${d(1)} ${d(3)} ${d(4)}`, `69${d(8)}`, `210 ${d(3)} ${d(4)}`]);
    case 'ru':
      return r.pick([`+7 (9${d(2)}) ${d(3)}-${d(2)}-${d(2)}`, `8 9${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `+7 495 ${d(3)}-${d(2)}-${d(2)}`]);
    case 'he':
      return r.pick([`05${r.int(0, 8)}-${d(3)}-${d(4)}`, `+972-5${r.int(0, 8)}-${d(3)}-${d(4)}`, `05${r.int(0, 8)}${d(7)}`]);
    case 'ar':
      return r.pick([`+966 5${d(1)} ${d(3)} ${d(4)}`, `05${d(8)}`, `+971 50 ${d(3)} ${d(4)}`, `+20 10 ${d(4)} ${d(4)}`]);
    case 'fa':
      return r.pick([`+98 912 ${d(3)} ${d(4)}`, `0912 ${d(3)} ${d(4)}`, `+98-21-${d(4)}-${d(4)}`]);
    case 'vn':
      return r.pick([`+84 9${d(1)} ${d(3)} ${d(4)}`, `09${d(2)} ${d(3)} ${d(3)}`, `0${r.pick(['3', '7', '8'])}${d(8)}`]);
    case 'jp':
      return r.pick([`090-${d(4)}-${d(4)}`, `+81 80-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, fullWidth(`090-${d(4)}-${d(4)}`), fullWidth(`06-${d(4)}-${d(4)}`)]);
    case 'cn':
      return r.pick([`+86 138 ${d(4)} ${d(4)}`, `139${d(8)}`, `+86-10-${d(8)}`, fullWidth(`13${d(9)}`)]);
    case 'kr':
      return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, fullWidth(`010-${d(4)}-${d(4)}`)]);
    case 'de':
      return r.pick([`+49 151 ${d(8)}`, `0176 ${d(4)} ${d(4)}`, `030 ${d(8)}`, `+49 (0) 89 ${d(7)}`, `+90 532 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'ma':
      return r.pick([`+212 6${d(2)}-${d(2)}${d(2)}${d(2)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+213 5${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
  }
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses, as lines (first street/building line … last postcode/city/country line).
// ---------------------------------------------------------------------------------------------------

function addressLines(r: Rng, c: Culture): string[] {
  const n = (lo: number, hi: number): number => r.int(lo, hi);
  switch (c) {
    case 'us': {
      const l1 = `${n(12, 9870)} ${r.pick(['Larkspur', 'Old Mill', 'Cedar Hollow', 'W 41st', 'Kamehameha', 'Dr Martin Luther King Jr'])} ${r.pick(['Ln', 'Rd', 'St', 'Hwy', 'Blvd', 'Ave'])}`;
      const lines = [l1];
      if (r.chance(0.4)) lines.push(r.pick([`Apt ${n(1, 40)}${r.pick(['B', 'C', ''])}`, `Unit ${n(100, 999)}`, `Ste ${n(100, 450)}`]));
      lines.push(`${r.pick(['Tulsa, OK', 'Bozeman, MT', 'Hilo, HI', 'Camden, NJ', 'Laredo, TX', 'Duluth, MN'])} ${pad(n(1001, 99950), 5)}${r.chance(0.3) ? `-${r.digits(4)}` : ''}`);
      if (r.chance(0.3)) lines.push('USA');
      return lines;
    }
    case 'in':
      return [
        `Flat ${n(101, 1204)}, ${r.pick(['Sai Krupa Residency', 'Shanti Kunj Apts', 'Prestige Lakeside Habitat', 'Green Valley CHS'])}`,
        `${r.pick(['Near Hanuman Mandir, Kothrud', 'Opp. SBI ATM, Indiranagar 2nd Stage', 'Sector 62, behind Fortis', 'Anna Nagar West'])}`,
        `${r.pick(['Pune, Maharashtra', 'Bengaluru, Karnataka', 'Noida, Uttar Pradesh', 'Chennai, Tamil Nadu'])} ${n(400001, 600119)}`,
      ];
    case 'ng':
      return [`${r.pick(['Plot', 'No.', 'Block'])} ${n(2, 88)}, ${r.pick(['Adeola Odeku Street', 'Ahmadu Bello Way', 'Ogunlana Drive', 'Awolowo Road'])}`, `${r.pick(['Victoria Island, Lagos', 'Surulere, Lagos', 'Ikoyi, Lagos', 'Garki, Abuja', 'GRA, Port Harcourt'])} ${n(100001, 900108)}`];
    case 'br':
      return [`${r.pick(['Rua Padre Anchieta', 'Av. Sete de Setembro', 'Rua Dona Ana Neri', 'Travessa do Rosário'])}, ${n(12, 2400)}${r.chance(0.5) ? `, apto ${n(11, 184)}` : ''}`, r.pick(['Jardim Paulista', 'Boa Viagem', 'Savassi', 'Cambuci']), `${r.pick(['São Paulo - SP', 'Recife - PE', 'Belo Horizonte - MG', 'Salvador - BA'])}, ${pad(n(1000, 99999), 5)}-${r.digits(3)}`];
    case 'mx':
      return [`${r.pick(['Calle Benito Juárez', 'Av. Revolución', 'Privada Las Palmas', 'Calz. de Tlalpan'])} ${n(10, 3999)}${r.chance(0.5) ? `, Int. ${n(1, 30)}` : ''}`, `Col. ${r.pick(['Centro', 'Roma Norte', 'Providencia', 'Del Valle'])}`, `${pad(n(1000, 99999), 5)} ${r.pick(['Guadalajara, Jal.', 'Ciudad de México, CDMX', 'Monterrey, N.L.', 'Puebla, Pue.'])}`];
    case 'ph':
      return [`Blk ${n(1, 40)} Lot ${n(1, 60)} ${r.pick(['Phase 2', 'Sampaguita St.', 'Mabini Ext.'])}`, `Brgy. ${r.pick(['San Isidro', 'Poblacion', 'Mambugan', 'Malinta'])}`, `${r.pick(['Antipolo City, Rizal', 'Valenzuela City', 'Cebu City', 'Davao City'])} ${n(1000, 9800)}`];
    case 'id':
      return [`Jl. ${r.pick(['Diponegoro', 'Kebon Sirih', 'Raya Bogor', 'Cempaka Putih Tengah'])} No. ${n(1, 180)}, RT ${pad(n(1, 15), 2)}/RW ${pad(n(1, 12), 2)}`, `Kel. ${r.pick(['Menteng', 'Cikini', 'Sukajadi'])}, Kec. ${r.pick(['Menteng', 'Cempaka Putih', 'Sukasari'])}`, `${r.pick(['Jakarta Pusat', 'Bandung', 'Surabaya'])} ${n(10110, 60299)}`];
    case 'tr':
      return [`${r.pick(['Atatürk Cad.', 'Bağdat Cad.', 'Gazi Mustafa Kemal Blv.', 'Çiçek Sok.'])} No: ${n(1, 240)} Daire: ${n(1, 30)}`, `${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])} ${n(6000, 35999)}`];
    case 'pl':
      return [`ul. ${r.pick(['Mickiewicza', 'Marszałkowska', 'Długa', 'Kościuszki'])} ${n(1, 140)}${r.chance(0.6) ? `/${n(1, 60)}` : ''}`, `${pad(n(0, 99), 2)}-${r.digits(3)} ${r.pick(['Kraków', 'Warszawa', 'Łódź', 'Gdańsk', 'Wrocław'])}`];
    case 'gr':
      return [`${r.pick(['Ερμού', 'Αγίου Δημητρίου', 'Πανεπιστημίου', 'Λεωφ. Κηφισίας'])} ${n(1, 220)}`, `${n(100, 851)} ${pad(n(0, 99), 2)} ${r.pick(['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'])}`];
    case 'ru':
      return [`ул. ${r.pick(['Пушкина', 'Ленина', 'Садовая', 'Профсоюзная'])}, д. ${n(1, 120)}, кв. ${n(1, 300)}`, `${r.pick(['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск'])}, ${n(101000, 690000)}`];
    case 'he':
      return [`${r.pick(['רחוב הרצל', 'שדרות רוטשילד', 'רחוב ז׳בוטינסקי', 'רחוב בן יהודה'])} ${n(1, 180)}`, `${r.pick(['תל אביב', 'חיפה', 'ירושלים', 'רמת גן'])} ${n(1000000, 9999999)}`];
    case 'ar':
      return [`${n(1000, 9999)} ${r.pick(['King Fahd Rd', 'Prince Sultan St', 'Al Tahlia St'])}, ${r.pick(['Al Olaya', 'Al Rawdah', 'Al Malqa'])}`, `${r.pick(['Riyadh', 'Jeddah', 'Dammam'])} ${n(11000, 34999)}${r.chance(0.5) ? ', Saudi Arabia' : ''}`];
    case 'fa':
      return [`تهران، خیابان ${r.pick(['ولیعصر', 'شریعتی', 'انقلاب'])}، کوچه ${n(1, 40)}، پلاک ${n(1, 99)}`, `کد پستی ${r.digits(10)}`];
    case 'vn':
      return [`Số ${n(1, 220)} ngõ ${n(1, 180)} ${r.pick(['Nguyễn Chí Thanh', 'Trần Duy Hưng', 'Lê Văn Sỹ'])}`, `${r.pick(['Phường Láng Thượng, Quận Đống Đa', 'Phường 13, Quận 3', 'Phường Trung Hòa, Quận Cầu Giấy'])}`, r.pick(['Hà Nội', 'TP. Hồ Chí Minh'])];
    case 'jp':
      return [`〒${fullWidth(`${r.digits(3)}-${r.digits(4)}`)} ${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${fullWidth(`${n(1, 6)}-${n(1, 30)}-${n(1, 20)}`)}`, `${r.pick(['グランドメゾン', 'コーポ青葉', 'ハイツ桜'])}${fullWidth(String(n(101, 905)))}号室`];
    case 'cn':
      return [`${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区体育西路'])}${n(1, 300)}号${n(1, 20)}栋${n(101, 2805)}室`];
    case 'kr':
      return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'])} ${n(1, 500)}, ${n(101, 1505)}호`];
    case 'de':
      return [`${r.pick(['Goethestraße', 'Kottbusser Damm', 'Sonnenallee', 'Keupstraße', 'Hauptstr.'])} ${n(1, 190)}${r.pick(['', 'a', 'b'])}`, `${pad(n(1067, 99998), 5)} ${r.pick(['Berlin', 'Köln', 'Duisburg', 'Mannheim', 'Frankfurt am Main'])}`];
    case 'ma':
      return [`${n(1, 140)} ${r.pick(['rue Victor Hugo', 'avenue Mohammed V', 'bd Zerktouni', 'rue Jean Jaurès'])}${r.chance(0.4) ? `, appt ${n(1, 30)}` : ''}`, r.pick([`${pad(n(1000, 95999), 5)} ${r.pick(['Lyon', 'Marseille', 'Saint-Denis', 'Roubaix'])}`, `${n(20000, 90000)} Casablanca, Maroc`, `${n(10000, 19999)} Rabat`])];
  }
}

function addr(r: Rng, c: Culture, sep?: string): string {
  const lines = addressLines(r, c);
  return lines.join(sep ?? (c === 'jp' || c === 'cn' || c === 'kr' ? ' ' : c === 'fa' ? '، ' : ', '));
}

const DATE_STYLE: Readonly<Record<Culture, readonly DateStyle[]>> = {
  us: ['us', 'long', 'iso', 'short'],
  in: ['eu', 'short', 'long', 'dot'],
  ng: ['eu', 'long', 'short'],
  br: ['eu', 'pt'],
  mx: ['eu', 'es'],
  ph: ['us', 'long', 'short'],
  id: ['eu', 'dot', 'iso'],
  tr: ['dot', 'tr', 'eu'],
  pl: ['dot', 'iso', 'eu'],
  gr: ['eu', 'iso'],
  ru: ['dot', 'ru'],
  he: ['eu', 'dot'],
  ar: ['eu', 'iso'],
  fa: ['iso', 'eu'],
  vn: ['eu', 'vn'],
  jp: ['ja', 'iso'],
  cn: ['zh', 'iso'],
  kr: ['ko', 'iso', 'dot'],
  de: ['dot', 'de'],
  ma: ['eu', 'fr'],
};

function dobFor(r: Rng, c: Culture): string {
  return fmtDate(r, birthYmd(r), r.pick(DATE_STYLE[c]));
}

function otherDate(r: Rng, c: Culture): string {
  return fmtDate(r, otherYmd(r), r.pick(DATE_STYLE[c]));
}

const IBAN_COUNTRY: Readonly<Record<Culture, readonly string[]>> = {
  us: ['GB', 'IE', 'NL'], in: ['GB', 'AE'], ng: ['GB'], br: ['BR', 'PT'], mx: ['ES'], ph: ['AE', 'QA', 'KW'], id: ['NL', 'DE'],
  tr: ['TR'], pl: ['PL'], gr: ['GR', 'CY'], ru: ['CH', 'AT', 'HU'], he: ['IL'], ar: ['SA', 'AE'], fa: ['DE', 'AT'], vn: ['FR', 'DE'],
  jp: ['GB', 'CH'], cn: ['GB', 'HU'], kr: ['DE', 'GB'], de: ['DE', 'TR'], ma: ['FR', 'BE', 'RO'],
};

function ibanOf(r: Rng, c: Culture): string {
  return ibanFor(r, r.pick(IBAN_COUNTRY[c]));
}

// ---------------------------------------------------------------------------------------------------
// Distractors: text that looks like PII but is not (never labelled).
// ---------------------------------------------------------------------------------------------------

const NAMED_THINGS = [
  'the Jenkins pipeline', 'our Ada compiler', 'a Julia notebook', 'the Sherlock profiler', 'the Hugo static site', 'Django admin',
  'a Tim Hortons gift card', "a Wendy's coupon", 'the Ben & Jerry\'s freezer', 'a Dell Latitude', 'the Ford Ranger', 'a Porsche Cayenne',
  'Hurricane Beryl', 'Typhoon Carina', 'Storm Éowyn', "Parkinson's disease", "Crohn's disease", 'Hodgkin lymphoma', "Alzheimer's care",
  'the Nobel Prize', 'a Pulitzer', 'the Turing Award', 'the Fields Medal', 'Sarbanes-Oxley', 'the Dodd-Frank rules', "Megan's Law",
  'the Queen Mary 2', 'the Ever Given', 'Lincoln Center', 'Rockefeller Center', 'Nelson Mandela Boulevard', 'Rue Victor Hugo',
  'Avenida Presidente Vargas', 'Jalan Sudirman', 'Rizal Park', 'Atatürk Airport', 'Chhatrapati Shivaji Terminus', 'the Ataturk Cultural Center',
  'Alexa', 'Siri', 'Cortana', 'Jack Daniel\'s', 'Johnnie Walker', 'Dr Pepper', 'the Casper mattress', 'Marie Curie Hospice', 'Tesla Model Y',
  'a Mercedes Sprinter', "McDonald's", 'Levi\'s 501s', 'Kellogg\'s', 'Baskin-Robbins', 'the Gandhi Bhawan auditorium', 'Jollibee',
];

const PETS = ['Bella', 'Max', 'Mochi', 'Simba', 'Kopi', 'Luna', 'Chewie', 'Biscuit', 'Pancho', 'Boba'];

function distractor(r: Rng): string {
  const k = r.int(0, 15);
  const card = cardNumber(r);
  switch (k) {
    case 0:
      return `Also, ${r.pick(NAMED_THINGS)} keeps coming up in the thread, ignore that.`;
    case 1:
      return `Order ${orderNo(r)} was placed on ${otherDate(r, 'us')}.`;
    case 2:
      return `The card on file is ${maskedCard(r, card)}.`;
    case 3:
      return `Reference ${badCard(r, card)} is the old voucher code, not a card.`;
    case 4:
      return `Our EIN is ${ein(r)} and the routing number is ${routing(r)}.`;
    case 5:
      return `Commit ${hex(r, 40)} broke ${r.pick(NAMED_THINGS)} on ${version(r)}.`;
    case 6:
      return `Logged at ${timestamp(r)} (client ${version(r)}).`;
    case 7:
      return `The IBAN on the old invoice (${badIban(r, ibanFor(r, r.pick(Object.keys(IBAN_BBAN))))}) bounced, it's wrong.`;
    case 8:
      return `SSN on the form shows as ${maskedSsn(r)} only.`;
    case 9:
      return `Phone on the account: ***-***-${r.digits(4)}.`;
    case 10:
      return `Our dog ${r.pick(PETS)} was born ${otherDate(r, 'us')}, lol.`;
    case 11:
      return `Tracking: ${orderNo(r)}. Case ${orderNo(r)}.`;
    case 12:
      return `sha256: ${hex(r, 64)}`;
    case 13:
      return `Renewal due ${otherDate(r, 'us')}; policy POL-${r.digits(9)}.`;
    case 14:
      return `We watched ${r.pick(['Sherlock', 'Ted Lasso', 'Emily in Paris', 'Jack Ryan'])} on the ${r.pick(['Queen Mary 2', 'ferry', 'flight'])}.`;
    default:
      return `Build ${version(r)} on ${r.pick(['Jenkins', 'Hudson', 'Travis', 'Bamboo'])} is green.`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Document templates.
// ---------------------------------------------------------------------------------------------------

type Template = (r: Rng, d: Doc) => void;

const ANY_CULTURE: readonly Culture[] = ['us', 'in', 'ng', 'br', 'mx', 'ph', 'id', 'tr', 'pl', 'gr', 'ru', 'he', 'ar', 'fa', 'vn', 'jp', 'cn', 'kr', 'de', 'ma'];
const LATIN_CULTURE: readonly Culture[] = ['us', 'in', 'ng', 'br', 'mx', 'ph', 'id', 'tr', 'pl', 'de', 'ma'];

/** Long support chat: values spread across turns, corrected, repeated back by the agent. */
const supportChat: Template = (r, d) => {
  const c = r.pick(LATIN_CULTURE);
  const p = person(r, c);
  const agent = r.pick(AGENTS);
  const email = emailFor(r, p);
  const phone1 = phoneFor(r, c);
  const phone2 = phoneFor(r, c);
  d.t(`[chat transcript ${orderNo(r)}]\nAgent: Hi, you're chatting with `).pe(agent).t(`. Who am I speaking with?\nCustomer: hey its `);
  if (r.chance(0.7)) d.me(p.full);
  else d.pe(p.full);
  d.t(`, ${r.pick(['my order never showed up', 'I was double charged', 'I need to move my delivery', 'the app logged me out'])}\n`);
  d.t(`Agent: Sorry to hear that! Can you confirm the email on the account?\nCustomer: `);
  const typo = r.chance(0.6);
  if (typo) {
    d.em(typoEmail(r, email)).t(`\nCustomer: no wait, it's `).em(email).t(` sorry, ${r.pick(['fat fingers', 'autocorrect', 'typing on the bus'])}\n`);
  } else d.em(email).t('\n');
  d.t(`Agent: Thanks — I have `).em(email).t(`. And a phone number?\nCustomer: `).ph(phone1);
  if (r.chance(0.5)) {
    d.t(` hmm actually that's my old one, use `).ph(phone2).t(`\nAgent: Updated to `).ph(phone2).t('.');
  } else d.t(`\nAgent: Got it, `).ph(phone1).t(r.pick([' — is that a mobile?', '. Thanks!']));
  d.t(`\nCustomer: ${distractor(r)}\n`);
  if (r.chance(0.6)) {
    d.t(`Agent: For verification, what's your date of birth?\nCustomer: `).dob(dobFor(r, c)).t(r.pick(['', ' (dd/mm)', ' i think lol']));
    d.t('\n');
  }
  d.t(`Agent: And the delivery address please?\nCustomer: `).ad(addr(r, c)).t('\n');
  if (r.chance(0.5)) d.t(`Customer: my ${r.pick(['husband', 'sister', 'flatmate', 'mum'])} `).pe(person(r, c).given).t(` can sign for it too\n`);
  d.t(`Agent: Perfect, `).pe(r.chance(0.5) ? p.nick : p.given).t(`. I've opened ${orderNo(r)}; you'll get an update at `).em(email).t(`.\nCustomer: ty `).pe(agent).t(`!\n`);
};

/** Card payment chat: masked card, Luhn-failing typo, then the full number. */
const cardChat: Template = (r, d) => {
  const c = r.pick(LATIN_CULTURE);
  const p = person(r, c);
  const card = cardNumber(r);
  const last4 = card.digits.slice(-4);
  const agent = r.pick(AGENTS);
  d.t(`User: hi this is `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`. payment failing again, my ${card.network} ends ${last4}\n`);
  d.t(`Bot: I'm sorry about that. I can retry with the full number if you'd like (this chat is encrypted).\nUser: `);
  if (r.chance(0.5)) {
    d.t(badCard(r, card)).t(`\nBot: That number doesn't look right — could you check it?\nUser: oops, `).cd(fmtCard(r, card)).t('\n');
  } else d.cd(fmtCard(r, card)).t(` exp ${pad(r.int(1, 12), 2)}/${r.int(26, 31)}\n`);
  d.t(`Bot: Thanks. I'll charge the card ending in ${last4}. Billing address?\nUser: same as shipping — `).ad(addr(r, c)).t('\n');
  if (r.chance(0.4)) {
    const c2 = cardNumber(r);
    d.t(`User: or use my wife's card `).cd(fmtCard(r, c2)).t(`, it's under `).pe(person(r, c).full).t('\n');
  }
  d.t(`Bot: Done. Receipt goes to `).em(emailFor(r, p)).t(`. Escalated to `).pe(agent).t(` just in case.\n`);
  if (r.chance(0.5)) d.t(distractor(r)).t('\n');
};

/** Refund to an IBAN, with an invalid one first. */
const ibanChat: Template = (r, d) => {
  const c = r.pick(['de', 'tr', 'pl', 'gr', 'br', 'ma', 'mx', 'ar', 'he', 'us'] as const);
  const p = person(r, c);
  const iban = ibanOf(r, c);
  d.t(`Subject: Refund ${orderNo(r)}\n\nHello,\n\nplease send the refund to my account. `);
  if (r.chance(0.5)) {
    d.t(`IBAN: ${badIban(r, iban)}\n\nEDIT: sorry, wrong digits above. Correct IBAN: `).ib(fmtIban(r, iban)).t('\n');
  } else d.t(`IBAN `).ib(fmtIban(r, iban)).t(` (BIC ${r.pick(['DEUTDEFF', 'COBADEFFXXX', 'TGBATRIS', 'BPKOPLPW', 'ETHNGRAA', 'BMCEMAMC'])})\n`);
  d.t(`Account holder: `);
  const form = r.int(0, 2);
  if (form === 0) d.pe(`${p.latinFamily.toUpperCase()} ${p.latinGiven.toUpperCase()}`);
  else if (form === 1) d.pe(`${p.latinFamily}, ${p.latinGiven}`);
  else d.me(p.full);
  d.t(`\n${distractor(r)}\n\nRegards,\n`).pe(p.nick === p.given ? p.latinFull : p.nick).t('\n');
  if (r.chance(0.5)) d.t(`Tel. `).ph(phoneFor(r, c)).t('\n');
  d.t(`\n> On ${otherDate(r, 'us')}, `).em(roleEmail(r)).t(` wrote:\n> We have processed a refund of 43,90 EUR. Please reply with your IBAN.\n`);
};

/** US benefits/tax chat with SSNs, masked SSNs, EIN and routing numbers. */
const ssnChat: Template = (r, d) => {
  const p = person(r, 'us');
  const s = ssn(r);
  d.t(`Applicant: `).me(p.full).t(`\nQ: Social Security number?\nA: `).ssn(s).t(`\nQ: Date of birth?\nA: `).dob(dobFor(r, 'us')).t('\n');
  d.t(`Q: Employer EIN?\nA: ${ein(r)}\nQ: Direct deposit routing / account?\nA: ${routing(r)} / ${r.digits(10)}\n`);
  d.t(`Reviewer note: SSN on the W-2 shows ${maskedSsn(r)}; matches last four. `);
  if (r.chance(0.5)) {
    const s2 = ssn(r);
    d.t(`Spouse `).pe(person(r, 'us').full).t(`, SSN `).ssn(s2).t(`. `);
  }
  d.t(`Contact `).ph(phoneFor(r, 'us')).t(r.pick([' ext. 214', ' x33', '']));
  d.t(` or `).em(emailFor(r, p)).t(`.\nMailing address:\n`).ad(addressLines(r, 'us').join('\n')).t('\n');
  if (r.chance(0.5)) d.t(`Note: do NOT use ${maskedSsn(r)} or the EIN ${ein(r)} as the SSN.\n`);
};

/** A form pasted from a web page with misaligned columns. */
const pastedForm: Template = (r, d) => {
  const c = r.pick(ANY_CULTURE);
  const p = person(r, c);
  const gap = (): string => ' '.repeat(r.int(1, 9)) + (r.chance(0.3) ? '\t' : '');
  d.t(`pls fix this, the form is broken:\n\nFull name${gap()}Date of birth${gap()}Mobile\n`);
  d.pe(p.full).t(gap()).dob(dobFor(r, c)).t(gap()).ph(phoneFor(r, c)).t('\n');
  d.t(`Email${gap()}${gap()}Nationality\n`).em(emailFor(r, p)).t(`${gap()}${r.pick(['Indian', 'Nigerian', 'Brazilian', 'Turkish', 'Polish', 'Filipino'])}\n`);
  d.t(`Address line 1 / 2 / city / postcode:\n`).ad(addressLines(r, c).join(r.pick([' / ', ' | ', ', ']))).t('\n');
  d.t(`Emergency contact:${gap()}`).pe(person(r, c).latinFull).t(gap()).ph(phoneFor(r, c)).t('\n');
  d.t(`Submitted: ${timestamp(r)}${gap()}Form v${r.int(2, 9)}.${r.int(0, 9)}.${r.int(10, 40)}\n`);
};

/** E-mail with a table of staff. */
const emailTable: Template = (r, d) => {
  const c = r.pick(LATIN_CULTURE);
  const boss = person(r, c);
  d.t(`From: `).pe(boss.latinFull).t(` <`).em(emailFor(r, boss)).t(`>\nTo: `).em(roleEmail(r)).t(`\nSubject: updated on-call roster (${otherDate(r, 'us')})\n\nHi all,\n\nnew roster below, please check your details:\n\n`);
  const pipe = r.chance(0.5);
  d.t(pipe ? '| Name | Email | Mobile | DOB |\n|---|---|---|---|\n' : 'Name\tEmail\tMobile\tDOB\n');
  const rows = r.int(3, 6);
  for (let i = 0; i < rows; i++) {
    const cc = r.chance(0.5) ? c : r.pick(LATIN_CULTURE);
    const q = person(r, cc);
    if (pipe) d.t('| ');
    d.pe(r.chance(0.3) ? `${q.latinFamily}, ${q.latinGiven}` : q.latinFull).t(pipe ? ' | ' : '\t').em(emailFor(r, q)).t(pipe ? ' | ' : '\t');
    d.ph(phoneFor(r, cc)).t(pipe ? ' | ' : '\t').dob(dobFor(r, cc)).t(pipe ? ' |\n' : '\n');
  }
  d.t(`\n${distractor(r)}\nThe escalation bridge is still in ${r.pick(['Room 4.12', 'the Turing room', 'Building C, 3rd floor'])}.\n\nCheers,\n`).pe(boss.latinGiven).t('\n');
};

/** PDF-to-text extraction: hyphenation and line breaks; values split across lines are not labelled. */
const pdfExtract: Template = (r, d) => {
  const c = r.pick(LATIN_CULTURE);
  const p = person(r, c);
  const ph = phoneFor(r, c);
  const em = emailFor(r, p);
  d.t(`Page ${r.int(1, 4)} of ${r.int(4, 9)}\nDISCHARGE SUMMARY          ${r.pick(['St. Jude Medical Centre', 'Apollo Clinic', 'Hospital Santa Casa'])}\n\nPatient name: `);
  d.pe(p.latinFull.toUpperCase()).t(`      MRN: ${r.digits(8)}\nDate of birth: `).dob(dobFor(r, c)).t(`   Admitted: ${otherDate(r, c)}\n`);
  // a phone broken across the line wrap: not contiguous, not labelled
  const cut = Math.max(3, Math.floor(ph.length / 2));
  d.t(`Contact no. ${ph.slice(0, cut)}\n${ph.slice(cut)} (home)  `);
  d.t(`Alt: `).ph(phoneFor(r, c)).t('\n');
  const at = em.indexOf('@');
  d.t(`E-mail: ${em.slice(0, at)}-\n${em.slice(at)}   Preferred: `).em(emailFor(r, p)).t('\n');
  d.t(`Diagnosis: suspected ${r.pick(["Crohn's disease", 'Guillain-Barré syndrome', "Hashimoto's thyroiditis", "Bell's palsy"])}, follow-\nup in ${r.int(2, 8)} weeks.\n`);
  d.t(`Attending: Dr. `).pe(person(r, c).latinFull).t(`\nResidence:\n`).ad(addressLines(r, c).join('\n')).t('\n');
  d.t(`Next of kin: `).pe(variant(r, person(r, c))).t(`, tel `).ph(phoneFor(r, c)).t(`\n\n${r.digits(6)}-${hex(r, 6)}    printed ${timestamp(r)}\n`);
};

/** Spanglish (Mexican customer, US company). */
const spanglish: Template = (r, d) => {
  const p = person(r, 'mx');
  const own = r.chance(0.6);
  d.t(`Cliente: hola, necesito help con mi cuenta, soy `);
  if (own) d.me(p.full);
  else d.pe(p.full);
  d.t(` pero todos me dicen `).pe(p.nick).t(`\nAgente: ¡Hola `).pe(p.nick).t(`! Claro que sí. ¿Me das tu correo?\nCliente: es `).em(emailFor(r, p));
  d.t(` y mi cel es el `).ph(phoneFor(r, 'mx')).t(`, bueno no, ese es el de mi jefa, el mío es `).ph(phoneFor(r, 'mx')).t('\n');
  d.t(`Agente: Ok, y tu fecha de nacimiento?\nCliente: nací el `).dob(dobFor(r, 'mx')).t(`, mi CURP es ${r.pick(['HELG', 'RAJL', 'ZUJE'])}${r.digits(6)}${r.pick(['MJCL', 'HDFR'])}${r.pick(['N', 'S'])}0${r.int(1, 9)}\n`);
  d.t(`Agente: Perfecto. Dirección de envío?\nCliente: `).ad(addr(r, 'mx')).t(`, pero el paquete lo recibe la señora `).pe(person(r, 'mx').full).t(` de la tiendita\n`);
  d.t(`Cliente: ah y el ciclón ${r.pick(['Otis', 'Beryl', 'John', 'Erick'])} tumbó la antena so maybe no me llegan los SMS\n`);
  if (r.chance(0.5)) d.t(`Agente: Entendido. Tu número de pedido es ${orderNo(r)}. Saludos de parte de `).pe(r.pick(AGENTS)).t('.\n');
};

/** Hinglish (Indian customer). */
const hinglish: Template = (r, d) => {
  const p = person(r, 'in');
  d.t(`User: bhai mera refund abhi tak nahi aaya, order ${orderNo(r)}\nSupport: Namaste! Aapka naam bata dijiye please\nUser: `);
  if (r.chance(0.6)) d.me(p.full);
  else d.pe(p.full);
  d.t(`, ghar pe sab `).pe(p.nick).t(` bulate hain haha\nSupport: Thank you `).pe(p.given).t(` ji. Registered mobile number?\nUser: `).ph(phoneFor(r, 'in'));
  d.t(`, ya phir papa ka `).ph(phoneFor(r, 'in')).t(` try karo\nSupport: Email id bhi confirm kar dijiye\nUser: `).em(emailFor(r, p)).t('\n');
  d.t(`User: aur haan address change hua hai — `).ad(addr(r, 'in')).t('\n');
  d.t(`Support: DOB as per Aadhaar?\nUser: `).dob(dobFor(r, 'in')).t(` (Aadhaar XXXX XXXX ${r.digits(4)}, PAN ${r.pick(['ABCPG', 'BNZPM', 'AAXPR'])}${r.digits(4)}${r.pick(['K', 'F', 'Q'])})\n`);
  if (r.chance(0.5)) d.t(`User: UPI bhi chalega — ${strip(p.latinGiven).toLowerCase()}${r.int(1, 99)}@okhdfcbank\n`);
  d.t(`Support: Done, ${r.pick(['Chhatrapati Shivaji Terminus', 'Gandhi Nagar hub', 'Nehru Place warehouse'])} se dispatch hoga. ${distractor(r)}\n`);
};

/** Taglish (Filipino customer). */
const taglish: Template = (r, d) => {
  const p = person(r, 'ph');
  d.t(`Hi po! Si `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(` po ito, pero `).pe(p.nick).t(` na lang po. Yung parcel ko po hindi pa dumadating, sabi ng rider "delivered" daw 😭\n`);
  d.t(`Agent: Hello po Ma'am/Sir `).pe(p.latinFamily).t(`! Pa-confirm po ng contact number\nCustomer: `).ph(phoneFor(r, 'ph')).t(` po, globe. Wait mali, `).ph(phoneFor(r, 'ph')).t(` pala yung smart ko\n`);
  d.t(`Agent: Noted po. Address po?\nCustomer: `).ad(addr(r, 'ph')).t(`, tapat ng Jollibee po, yung may gate na green\n`);
  d.t(`Agent: Email po para sa refund?\nCustomer: `).em(emailFor(r, p)).t(`\nCustomer: pwede rin po i-GCash sa kapatid ko si `).pe(person(r, 'ph').full).t(`, `).ph(phoneFor(r, 'ph')).t('\n');
  if (r.chance(0.5)) d.t(`Customer: birthday ko po pala `).dob(dobFor(r, 'ph')).t(` if kailangan sa verification\n`);
  d.t(`Agent: Salamat po! Ticket ${orderNo(r)}. Ingat po sa bagyong ${r.pick(['Carina', 'Kristine', 'Egay', 'Odette'])}!\n`);
};

/** Arabizi (Gulf / Egyptian customer), Latin letters with 3/7/2 for Arabic sounds. */
const arabizi: Template = (r, d) => {
  const p = person(r, 'ar');
  d.t(`Customer: salam 3alaykom, ana `);
  if (r.chance(0.5)) d.me(p.latinFull);
  else d.pe(p.latinFull);
  d.t(`, el order 7agi mesh wasal leh? ${orderNo(r)}\nAgent: W 3alaykom el salam `).pe(p.latinGiven).t(`! mumkin raqam el jawal?\nCustomer: `).ph(phoneFor(r, 'ar'));
  d.t(` bas law ma rad kallem akhoya `).pe(person(r, 'ar').latinGiven).t(` 3ala `).ph(phoneFor(r, 'ar')).t('\n');
  d.t(`Agent: tamam. el 3enwan?\nCustomer: `).ad(addr(r, 'ar')).t(`, 2orayeb men King Fahd Hospital\n`);
  d.t(`Customer: w el refund 3ala el IBAN da `).ib(fmtIban(r, ibanOf(r, 'ar'))).t(` law samaht\n`);
  d.t(`Agent: ok, ba3atna confirmation 3ala `).em(emailFor(r, p)).t(`. ${r.pick(['inshallah yewsal bokra', 'sorry 3al ta2kheer', 'yalla bye'])}\n`);
  if (r.chance(0.5)) d.t(`Customer: 3ashan el verification, tarikh el milad `).dob(dobFor(r, 'ar')).t('\n');
};

/** French–Arabic code-switching (Maghreb diaspora in France). */
const frenchArabic: Template = (r, d) => {
  const p = person(r, 'ma');
  d.t(`Bonjour, wesh, c'est `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`. Wallah j'ai payé la facture mais vous m'avez prélevé deux fois. Mon numéro: `).ph(phoneFor(r, 'ma')).t(` (ou celui de ma mère Mme `).pe(person(r, 'ma').latinFamily).t(` : `).ph(phoneFor(r, 'ma')).t(`)\n`);
  d.t(`Remboursez sur mon IBAN `).ib(fmtIban(r, ibanOf(r, 'ma'))).t(` svp, pas sur l'ancien ${badIban(r, ibanFor(r, 'FR'))} hamdoulah il est clôturé.\n`);
  d.t(`Adresse: `).ad(addr(r, 'ma')).t(`\nNé(e) le `).dob(dobFor(r, 'ma')).t(`\nMail: `).em(emailFor(r, p)).t('\n');
  d.t(`PS: le colis était à l'adresse du bureau, bâtiment Simone Veil, 3e étage — pas ma maison.\n`);
};

/** German–Turkish code-switching. */
const germanTurkish: Template = (r, d) => {
  const p = person(r, 'de');
  d.t(`Hallo, ich bin `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`, abi ya, die Rechnung ist schon wieder falsch. Annem `).pe(person(r, 'de').full).t(` hat die Lastschrift eingerichtet.\n`);
  d.t(`Handy: `).ph(phoneFor(r, 'de')).t(` — ama Türkiye'deyken `).ph(phoneFor(r, 'tr')).t(` arayın.\n`);
  d.t(`IBAN (Sparkasse): `).ib(fmtIban(r, ibanFor(r, 'DE'))).t(`, Türk hesabım da var: `).ib(fmtIban(r, ibanFor(r, 'TR'))).t('\n');
  d.t(`Adresse: `).ad(addr(r, 'de')).t(`\nGeb. `).dob(dobFor(r, r.pick(['de', 'tr'] as const))).t(`\nE-Mail `).em(emailFor(r, p)).t(`\n${distractor(r)}\nTschüss, kolay gelsin\n`);
};

/** Japanese / Chinese / Korean with full-width characters. */
const cjk: Template = (r, d) => {
  const c = r.pick(['jp', 'cn', 'kr'] as const);
  const p = person(r, c);
  if (c === 'jp') {
    d.t(`お問い合わせ番号：${orderNo(r)}\nお名前：`).me(p.full).t(`（`).pe(p.latinFull).t(`）様\n電話番号：`).ph(phoneFor(r, c)).t(`\nメール：`).em(emailFor(r, p));
    d.t(`\n生年月日：`).dob(dobFor(r, c)).t(`\nご住所：`).ad(addr(r, c)).t(`\n担当：`).pe(person(r, c).family).t(`さん → 確認済み。バージョン${version(r)}の不具合です。\n`);
  } else if (c === 'cn') {
    d.t(`客户：你好，我叫`).me(p.full).t(`，英文名 `).pe(p.latinFull).t(`。\n客服：您好！请提供手机号。\n客户：`).ph(phoneFor(r, c)).t(`，邮箱 `).em(emailFor(r, p));
    d.t(`\n客服：收货地址？\n客户：`).ad(addr(r, c)).t(`\n客户：出生日期 `).dob(dobFor(r, c)).t(`。订单号 ${orderNo(r)}。\n`);
  } else {
    d.t(`고객: 안녕하세요, `).me(p.full).t(`입니다.\n상담원: 네 `).pe(p.full).t(` 고객님, 연락처 확인 부탁드립니다.\n고객: `).ph(phoneFor(r, c)).t(` 이요. 이메일은 `).em(emailFor(r, p));
    d.t(`\n고객: 주소는 `).ad(addr(r, c)).t(` 입니다. 생년월일 `).dob(dobFor(r, c)).t(`\n상담원: 감사합니다. 접수번호 ${orderNo(r)}\n`);
  }
  if (r.chance(0.4)) d.t(`Card: `).cd(fmtCard(r, cardNumber(r))).t('\n');
};

/** Hebrew / Arabic / Persian right-to-left text with Latin digits. */
const rtl: Template = (r, d) => {
  const c = r.pick(['he', 'ar', 'fa'] as const);
  const p = person(r, c);
  if (c === 'he') {
    d.t(`שלום, שמי `).me(p.full).t(`. הטלפון שלי `).ph(phoneFor(r, c)).t(` והמייל `).em(emailFor(r, p)).t(`.\nכתובת: `).ad(addr(r, c));
    d.t(`\nתאריך לידה: `).dob(dobFor(r, c)).t(`\nחשבון להחזר: `).ib(fmtIban(r, ibanOf(r, c))).t(`\n`);
  } else if (c === 'ar') {
    d.t(`مرحبا، اسمي `).me(p.full).t(` (`).pe(p.latinFull).t(`). رقم الجوال `).ph(phoneFor(r, c)).t(` والبريد `).em(emailFor(r, p)).t(`.\nالعنوان: `).ad(addr(r, c));
    d.t(`\nتاريخ الميلاد: `).dob(dobFor(r, c)).t(`\nالآيبان: `).ib(fmtIban(r, ibanOf(r, c))).t(`\n`);
  } else {
    d.t(`سلام، من `).me(p.full).t(` هستم. شماره تماس `).ph(phoneFor(r, c)).t(` و ایمیل `).em(emailFor(r, p)).t(`.\nآدرس: `).ad(addr(r, c));
    d.t(`\nتاریخ تولد: `).dob(dobFor(r, c)).t(`\nIP سرور ما `).ip(ipv4(r)).t(` است.\n`);
  }
  d.t(`${orderNo(r)} / ${version(r)}\n`);
};

/** Russian. */
const russian: Template = (r, d) => {
  const p = person(r, 'ru');
  d.t(`Здравствуйте! Меня зовут `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`, можно просто `).pe(p.nick).t(`.\nТелефон: `).ph(phoneFor(r, 'ru')).t(`, почта `).em(emailFor(r, p)).t(`\nАдрес доставки: `).ad(addr(r, 'ru')).t('\n');
  d.t(`Дата рождения: `).dob(dobFor(r, 'ru')).t(`\nЛатиницей как в загранпаспорте: `).pe(p.latinFull.toUpperCase()).t(`\nКонтакт: `).pe(`${person(r, 'ru').family} ${person(r, 'ru').given.charAt(0)}.`).t('\n');
  d.t(`P.S. Не путайте с улицей Пушкина — это старый адрес. ${distractor(r)}\n`);
};

/** Vietnamese, with and without diacritics. */
const vietnamese: Template = (r, d) => {
  const p = person(r, 'vn');
  d.t(`Chào shop, em là `);
  const stripped = r.chance(0.5);
  if (stripped) d.me(p.latinFull);
  else d.me(p.full);
  d.t(` ạ. SĐT `).ph(phoneFor(r, 'vn')).t(`, email `).em(emailFor(r, p)).t(`\nĐịa chỉ: `).ad(addr(r, 'vn')).t('\n');
  d.t(`Sinh `).dob(dobFor(r, 'vn')).t(`. Người nhận thay: chị `).pe(person(r, 'vn').given).t(` (`).ph(phoneFor(r, 'vn')).t(`)\n`);
  d.t(`Shop: Dạ em `).pe(stripped ? strip(p.nick) : p.nick).t(` ơi, đơn ${orderNo(r)} sẽ giao trước ${otherDate(r, 'vn')} nha.\n`);
};

/** Greek or Polish, native names and stripped transliterations. */
const greekPolish: Template = (r, d) => {
  const c = r.pick(['gr', 'pl'] as const);
  const p = person(r, c);
  if (c === 'gr') {
    d.t(`Καλησπέρα, είμαι `).me(p.full).t(` (στο διαβατήριο `).pe(p.latinFull.toUpperCase()).t(`).\nΚινητό: `).ph(phoneFor(r, c)).t(`\nEmail: `).em(emailFor(r, p));
    d.t(`\nΔιεύθυνση: `).ad(addr(r, c)).t(`\nΗμερομηνία γέννησης: `).dob(dobFor(r, c)).t(`\nIBAN: `).ib(fmtIban(r, ibanFor(r, 'GR'))).t('\n');
  } else {
    d.t(`Dzień dobry, tu `).me(r.chance(0.5) ? p.full : p.latinFull).t(`, dla znajomych `).pe(p.nick).t(`.\nTel. `).ph(phoneFor(r, c)).t(`, e-mail `).em(emailFor(r, p));
    d.t(`\nAdres: `).ad(addr(r, c)).t(`\nData urodzenia: `).dob(dobFor(r, c)).t(`, PESEL ${r.digits(11)}\nKonto: `).ib(fmtIban(r, ibanFor(r, 'PL'))).t(`\n`);
  }
  d.t(`${distractor(r)}\n`);
};

/** Brazilian Portuguese. */
const brazil: Template = (r, d) => {
  const p = person(r, 'br');
  d.t(`Oi! Aqui é `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(` (pode me chamar de `).pe(p.nick).t(`). Meu CPF é ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)} e o zap `).ph(phoneFor(r, 'br')).t('\n');
  d.t(`Endereço: `).ad(addr(r, 'br')).t(`\nNascimento: `).dob(dobFor(r, 'br')).t(`\nE-mail: `).em(emailFor(r, p)).t('\n');
  if (r.chance(0.5)) d.t(`Conta para estorno: `).ib(fmtIban(r, ibanFor(r, 'BR'))).t(` (Pix é a chave aleatória ${hex(r, 8)}-${hex(r, 4)})\n`);
  d.t(`Obs: o boleto ${r.digits(5)}.${r.digits(5)} ${r.digits(5)}.${r.digits(6)} venceu em ${otherDate(r, 'br')}.\n`);
};

/** Nigerian English / Pidgin. */
const nigeria: Template = (r, d) => {
  const p = person(r, 'ng');
  d.t(`Good afternoon, I am `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`. Abeg una don debit me twice for this transaction o! Call me on `).ph(phoneFor(r, 'ng')).t(` or my office line `).ph(phoneFor(r, 'ng')).t('\n');
  d.t(`Agent: Sorry about that Mr/Mrs `).pe(p.latinFamily).t(`. Kindly confirm your email and address.\nCustomer: `).em(emailFor(r, p)).t(`, `).ad(addr(r, 'ng')).t('\n');
  d.t(`Customer: My BVN na ${r.digits(11)}, DOB `).dob(dobFor(r, 'ng')).t(`. My oga `).pe(person(r, 'ng').full).t(` fit confirm.\n`);
  if (r.chance(0.5)) d.t(`Customer: the card wey I use na `).cd(fmtCard(r, cardNumber(r))).t('\n');
  d.t(`Agent: Noted, `).pe(p.nick).t(`. Reference ${orderNo(r)}.\n`);
};

/** Indonesian. */
const indonesia: Template = (r, d) => {
  const p = person(r, 'id');
  d.t(`Selamat siang kak, saya `);
  if (r.chance(0.5)) d.me(p.full);
  else d.pe(p.full);
  d.t(`. Paket belum sampai nih. No HP `).ph(phoneFor(r, 'id')).t(`, WA `).ph(phoneFor(r, 'id')).t('\n');
  d.t(`CS: Baik Bapak/Ibu `).pe(p.given).t(`, alamat lengkapnya?\nCustomer: `).ad(addr(r, 'id')).t(` (dekat Masjid Istiqlal, pagar hitam)\n`);
  d.t(`Customer: email `).em(emailFor(r, p)).t(`, tgl lahir `).dob(dobFor(r, 'id')).t(`, NIK 32${r.digits(14)}\n`);
  d.t(`CS: Terima kasih. Resi ${orderNo(r)} sudah diteruskan ke kurir ${r.pick(['Pak', 'Mas'])} `).pe(person(r, 'id').given).t(`.\n`);
};

/** Server logs and an incident ticket: IPv4/IPv6 with ports and brackets, versions, hashes. */
const itLog: Template = (r, d) => {
  const p = person(r, r.pick(ANY_CULTURE));
  d.t(`INC${r.digits(7)} — login anomalies (sev ${r.int(2, 4)})\nReporter: `).pe(p.latinFull).t(` <`).em(emailFor(r, p)).t(`>\n\n\`\`\`\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.t(`${timestamp(r)} ${r.pick(['WARN', 'INFO', 'ERROR'])} auth[${r.int(100, 9999)}]: `);
    const k = r.int(0, 4);
    if (k === 0) d.t(`failed login user=${hex(r, 8)} src=`).ip(ipv4(r)).t(`:${r.int(1024, 65535)}`);
    else if (k === 1) d.t(`session from [`).ip(ipv6(r)).t(`]:${r.int(1024, 65535)} agent=okhttp/${r.int(3, 4)}.${r.int(0, 12)}.${r.int(0, 9)}`);
    else if (k === 2) d.t(`x-forwarded-for: `).ip(ipv4(r)).t(', ').ip(ipv4(r));
    else if (k === 3) d.t(`reset mail queued for `).em(emailFor(r, person(r, r.pick(LATIN_CULTURE))));
    else d.t(`deploy ${version(r)} sha=${hex(r, 12)} node=`).ip(ipv6(r));
    d.t('\n');
  }
  d.t(`\`\`\`\n\nSuspected origin `).ip(ipv4(r)).t(` (${r.pick(['Hetzner', 'OVH', 'DigitalOcean'])}). The Jenkins agent on ${version(r)} is unaffected.\n`);
  d.t(`Assigned: @${strip(p.latinGiven).toLowerCase()}${r.int(1, 9)} / on-call `).pe(person(r, 'us').full).t(`, pager `).ph(phoneFor(r, 'us')).t('\n');
};

/** Phone-call transcript with spoken e-mail and phone numbers. */
const callTranscript: Template = (r, d) => {
  const c = r.pick(['us', 'in', 'ng', 'ph'] as const);
  const p = person(r, c);
  const ph = phoneFor(r, c).replace(/\D/g, '');
  const agent = r.pick(AGENTS);
  d.t(`[00:00:0${r.int(1, 9)}] AGENT: Thank you for calling, this is `).pe(agent).t(`. May I have your name?\n[00:00:1${r.int(0, 9)}] CALLER: Yeah, it's `);
  if (r.chance(0.5)) d.me(p.latinFull);
  else d.pe(p.latinFull);
  d.t(`.\n[00:00:2${r.int(0, 9)}] AGENT: And the best number to reach you?\n[00:00:3${r.int(0, 9)}] CALLER: `).ph(spoken(r, ph)).t(`.\n`);
  d.t(`[00:00:4${r.int(0, 9)}] AGENT: Let me read that back: `).ph(ph.length === 10 && c === 'us' ? `${ph.slice(0, 3)}-${ph.slice(3, 6)}-${ph.slice(6)}` : ph).t(`?\n[00:00:5${r.int(0, 9)}] CALLER: Correct. Email is `).em(spokenEmail(r, p)).t(`.\n`);
  d.t(`[00:01:0${r.int(0, 9)}] AGENT: And your date of birth?\n[00:01:1${r.int(0, 9)}] CALLER: `).dob(fmtDate(r, birthYmd(r), 'long')).t(`.\n`);
  if (c === 'us' && r.chance(0.6)) d.t(`[00:01:2${r.int(0, 9)}] CALLER: last four of my social are ${r.digits(4)}. Full is `).ssn(ssn(r)).t(` if you need it.\n`);
  d.t(`[00:01:3${r.int(0, 9)}] AGENT: Thanks `).pe(p.latinGiven).t(`. I see the charge from ${r.pick(["McDonald's", 'Wendy\'s', 'Tim Hortons'])} on ${otherDate(r, 'us')}, card ending ${r.digits(4)}.\n`);
};

/** Clinic intake note: the DOB next to several other dates (visits, pets, policy). */
const intake: Template = (r, d) => {
  const c = r.pick(ANY_CULTURE);
  const p = person(r, c);
  d.t(`INTAKE — ${otherDate(r, 'us')}\nName: `);
  if (r.chance(0.4)) d.me(p.full);
  else d.pe(p.full);
  d.t(`\nDOB: `).dob(dobFor(r, c)).t(`    Appointment: ${otherDate(r, c)}    Last visit: ${otherDate(r, c)}\n`);
  d.t(`Tel: `).ph(phoneFor(r, c)).t(`   Email: `).em(emailFor(r, p)).t(`\nAddress: `).ad(addr(r, c)).t('\n');
  d.t(`History: family history of ${r.pick(["Alzheimer's", "Huntington's disease", "Parkinson's", 'Tourette syndrome'])}. Referred by Dr. `).pe(person(r, c).latinFamily).t(`.\n`);
  d.t(`Emotional support animal: ${r.pick(PETS)} (dog, born ${otherDate(r, c)}).\nInsurance policy POL-${r.digits(9)} valid until ${otherDate(r, c)}.\n`);
  if (r.chance(0.5)) d.t(`Guardian: `).pe(person(r, c).full).t(`, born `).dob(dobFor(r, c)).t(`, `).ph(phoneFor(r, c)).t('\n');
};

/** CRM export (CSV) with mixed cultures and quoted commas. */
const crmCsv: Template = (r, d) => {
  d.t(`id,last_name,first_name,email,phone,ip,created\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const c = r.pick(ANY_CULTURE);
    const p = person(r, c);
    d.t(`${r.int(10000, 99999)},`);
    d.pe(p.latinFamily).t(',').pe(p.latinGiven).t(',').em(emailFor(r, p)).t(',"').ph(phoneFor(r, c)).t('",');
    d.ip(r.chance(0.7) ? ipv4(r) : ipv6(r)).t(`,${timestamp(r)}\n`);
  }
  d.t(`\n-- exported by `).em(roleEmail(r)).t(` on ${timestamp(r)}; schema ${version(r)}\n`);
};

/** Mailing label / shipping slip with the recipient on its own line. */
const shippingSlip: Template = (r, d) => {
  const c = r.pick(ANY_CULTURE);
  const p = person(r, c);
  d.t(`SHIP TO:\n`);
  if (r.chance(0.3)) d.me(p.full);
  else d.pe(r.chance(0.5) ? p.full : p.latinFull.toUpperCase());
  d.t(`\n${r.chance(0.4) ? r.pick(['Northwind Logistics Ltd.', 'c/o Kopi Teh Roasters', 'Akinwale & Partners']) + '\n' : ''}`);
  d.ad(addressLines(r, c).join('\n')).t(`\nTel: `).ph(phoneFor(r, c)).t(`\n\nFROM: ${r.pick(['Returns Dept.', 'Warehouse 7'])}, ${r.pick(['Rotterdam', 'Laredo', 'Shenzhen'])}\nAWB ${r.digits(3)}-${r.digits(8)}   Weight ${r.int(1, 30)}.${r.int(0, 9)} kg   ${otherDate(r, 'us')}\n`);
  if (r.chance(0.4)) d.t(`Paid with ${maskedCard(r, cardNumber(r))}\n`);
};

/** Agent-to-agent handover note in an internal tool (values repeated, some masked). */
const handover: Template = (r, d) => {
  const c = r.pick(LATIN_CULTURE);
  const p = person(r, c);
  const card = cardNumber(r);
  const e = emailFor(r, p);
  d.t(`Handover from `).pe(r.pick(AGENTS)).t(` to `).pe(r.pick(AGENTS)).t(`:\n- Cx: `).pe(variant(r, p)).t(` (`).em(e).t(`)\n`);
  d.t(`- Verified via DOB `).dob(dobFor(r, c)).t(` and card ${maskedCard(r, card)}\n- Cx later pasted full PAN `).cd(fmtCard(r, card)).t(` in chat — please redact!\n`);
  d.t(`- Callback `).ph(phoneFor(r, c)).t(` after ${r.int(1, 9)}pm\n- IP at login `).ip(ipv4(r)).t(`\n- ${distractor(r)}\n`);
  if (r.chance(0.5)) d.t(`- Refund to `).ib(fmtIban(r, ibanOf(r, c))).t(`\n`);
};

/** US payroll / onboarding packet pasted into chat: SSNs, card for expenses, masked twins nearby. */
const payroll: Template = (r, d) => {
  const p = person(r, r.pick(['us', 'us', 'in', 'mx', 'ph', 'ng'] as const));
  const card = cardNumber(r);
  d.t(`New hire packet — `);
  if (r.chance(0.5)) d.me(p.latinFull);
  else d.pe(p.latinFull);
  d.t(`\nSSN: `).ssn(ssn(r)).t(`   (I-9 copy shows ${maskedSsn(r)})\nDate of Birth: `).dob(fmtDate(r, birthYmd(r), r.pick(['us', 'long', 'iso'] as const)));
  d.t(`\nStart date: ${otherDate(r, 'us')}\nCorporate card: `).cd(fmtCard(r, card)).t(` (statement shows ${maskedCard(r, card)})\n`);
  d.t(`Employer EIN ${ein(r)}; deposit routing ${routing(r)}\nHome: `).ad(addr(r, 'us')).t(`\nPersonal email `).em(emailFor(r, p)).t('\n');
  if (r.chance(0.5)) d.t(`Dependent: `).pe(person(r, 'us').full).t(`, SSN `).ssn(ssn(r)).t(`, born `).dob(dobFor(r, 'us')).t('\n');
  if (r.chance(0.3)) d.t(`(typo earlier: ${badCard(r, card)} — ignore)\n`);
};

// ---------------------------------------------------------------------------------------------------
// Hard-negative documents: nothing in them is personal data.
// ---------------------------------------------------------------------------------------------------

const negative: Template = (r, d) => {
  const k = r.int(0, 4);
  if (k === 0) {
    d.t(`Release notes ${version(r)}\n- Fixed ${r.pick(NAMED_THINGS)} crash when the Sherlock plugin is enabled.\n- Julia bindings bumped to ${version(r)}.\n- Ada runtime: ${hex(r, 40)}\n`);
    d.t(`- Migrated the Jenkins jobs; see ${orderNo(r)}.\nTimestamp ${timestamp(r)}\n`);
  } else if (k === 1) {
    const card = cardNumber(r);
    d.t(`Hi team, my card ends ${card.digits.slice(-4)} and the statement shows ${maskedCard(r, card)}. I tried ${badCard(r, card)} but the site says invalid (good, it's the gift voucher). `);
    d.t(`Our EIN ${ein(r)}, ABA ${routing(r)}. Old IBAN ${badIban(r, ibanFor(r, r.pick(['DE', 'GB', 'FR', 'NL'])))} is closed.\n`);
  } else if (k === 2) {
    d.t(`Travel log: sailed on the ${r.pick(['Queen Mary 2', 'Ever Given', 'Mayflower II'])} from ${r.pick(['Southampton', 'Rotterdam', 'Lagos'])}, delayed by ${r.pick(['Hurricane Beryl', 'Typhoon Carina', 'Storm Éowyn'])}. `);
    d.t(`Stayed near ${r.pick(['Rockefeller Center', 'Lincoln Center', 'Rizal Park', 'Jalan Sudirman'])}; the ${r.pick(['Marie Curie Hospice', 'Gandhi Bhawan auditorium', 'Nelson Mandela Boulevard'])} was closed. Booking ${orderNo(r)}, check-in ${otherDate(r, 'us')}.\n`);
  } else if (k === 3) {
    d.t(`Compliance memo: ${r.pick(['Sarbanes-Oxley', 'Dodd-Frank', "Megan's Law"])} review due ${otherDate(r, 'us')}. Our ${r.pick(['Nobel Prize', 'Turing Award', 'Pulitzer'])} gala sponsorship (case ${orderNo(r)}) is unaffected. `);
    d.t(`SSNs are stored masked (${maskedSsn(r)}), phones as ***-***-${r.digits(4)}. Ref ${hex(r, 16)}.\n`);
  } else {
    d.t(`Pet registry: ${r.pick(PETS)} (born ${otherDate(r, 'us')}), ${r.pick(PETS)} (born ${otherDate(r, 'us')}). Vet bill ${orderNo(r)} paid via ${r.pick(["Tim Hortons", "McDonald's", 'Jollibee'])} gift card. `);
    d.t(`Asked ${r.pick(['Alexa', 'Siri', 'Cortana'])} to reorder ${r.pick(["Kellogg's", 'Dr Pepper', "Levi's 501s"])}. Firmware ${version(r)}.\n`);
  }
  if (r.chance(0.6)) d.t(distractor(r)).t('\n');
};

// ---------------------------------------------------------------------------------------------------
// Generator.
// ---------------------------------------------------------------------------------------------------

const TEMPLATES: readonly Template[] = [
  supportChat, supportChat, cardChat, cardChat, cardChat, ibanChat, ssnChat, ssnChat, ssnChat, payroll, payroll, payroll, cardChat, pastedForm, emailTable, pdfExtract, spanglish,
  hinglish, taglish, arabizi, frenchArabic, germanTurkish, cjk, rtl, russian, vietnamese, greekPolish, brazil, nigeria,
  indonesia, itLog, callTranscript, intake, crmCsv, shippingSlip, handover, handover,
];

/** Corpus #11: whole documents until at least `minInstances` labels exist. Deterministic per seed. */
export function generateIndependent11Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent11Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT11_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT11_MIN_INSTANCES;
  const out: Independent11Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = r.chance(0.1) ? negative : r.pick(TEMPLATES);
    tpl(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
