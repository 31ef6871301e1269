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
