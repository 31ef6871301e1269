/**
 * @module privacy/pii-corpus-independent-5
 *
 * Independent PII evaluation corpus no. 5 — written BLIND. Its author never opened the PII detector, any
 * earlier evaluation corpus, the privacy docs or the privacy ADRs; every name, street, city, number format
 * and document template below comes from the author's own knowledge of the real world.
 *
 * Seeds: {@link INDEPENDENT5_SEEDS} (95 001–95 003). For each seed {@link generateIndependent5Corpus} builds
 * whole, realistic documents until at least {@link INDEPENDENT5_MIN_INSTANCES} gold labels exist:
 * support chats, voice-call transcripts, e-mails with headers and signatures, clinical and insurance notes,
 * bank and fintech messages, HR forms, shipping notices, CRM exports (CSV, JSON, YAML, key: value),
 * coding-assistant sessions (git log/blame, stack traces, server logs, SQL, config files), tickets, SMS,
 * legal letters, travel bookings, and messages in twelve languages besides English. Every real PII value
 * (PERSON, EMAIL, PHONE, ADDRESS, DOB, IP, CARD, IBAN, NATIONAL_ID = US SSN) carries an exact label;
 * look-alikes (eponymous companies, drugs, diseases and laws, places that are given names, usernames, order
 * and tracking numbers, versions, non-birth dates, UUIDs, hashes, Luhn-invalid cards, bad-checksum IBANs,
 * invalid SSNs, …) stay unlabelled, and some documents are wholly negative.
 */
/* eslint-disable @typescript-eslint/no-unused-expressions -- d.w`…` tagged templates append to the document builder */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

/** The three evaluation seeds of this corpus. */
export const INDEPENDENT5_SEEDS = [95_001, 95_002, 95_003] as const;

/** Generation stops once a seed has at least this many gold labels. */
export const INDEPENDENT5_MIN_INSTANCES = 2400;

/** A gold label together with the exact text it covers. */
export interface Independent5Label extends PiiLabel {
  readonly value: string;
}

/** One document of the corpus. */
export interface Independent5Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent5Label[];
}

// ───────────────────────────────────────────────────────────── document builder

/** A piece of text that is PII of one type. */
interface Span {
  readonly type: PiiType;
  readonly value: string;
}
type Piece = string | number | Span;

const P = (value: string): Span => ({ type: 'PERSON', value });
const EM = (value: string): Span => ({ type: 'EMAIL', value });
const PH = (value: string): Span => ({ type: 'PHONE', value });
const CC = (value: string): Span => ({ type: 'CARD', value });
const IB = (value: string): Span => ({ type: 'IBAN', value });
const SSN = (value: string): Span => ({ type: 'NATIONAL_ID', value });
const IPA = (value: string): Span => ({ type: 'IP', value });
const AD = (value: string): Span => ({ type: 'ADDRESS', value });
const DB = (value: string): Span => ({ type: 'DOB', value });

/** Appends text and labelled spans; offsets are computed as the text grows. */
class DocBuilder {
  private text = '';
  private readonly labels: Independent5Label[] = [];
  private readonly known: string[] = [];

  /** Tagged template: interpolated spans become labels, strings and numbers stay plain. */
  w(strings: TemplateStringsArray, ...pieces: Piece[]): this {
    strings.forEach((s, i) => {
      this.text += s;
      if (i < pieces.length) this.add(pieces[i] as Piece);
    });
    return this;
  }

  /** Appends pieces in order. */
  add(...pieces: Piece[]): this {
    for (const piece of pieces) {
      if (typeof piece === 'string' || typeof piece === 'number') {
        this.text += String(piece);
      } else if (piece.value.length > 0) {
        const start = this.text.length;
        this.text += piece.value;
        this.labels.push({ type: piece.type, start, end: this.text.length, value: piece.value });
      }
    }
    return this;
  }

  /** Records the session user's own name (metadata handed to the detector). */
  knownName(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this;
  }

  build(): Independent5Entry {
    return { text: this.text, labels: [...this.labels], knownNames: [...this.known] };
  }
}

// ───────────────────────────────────────────────────────────── small helpers

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const upperLetters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
function letters(r: Rng, n: number, alphabet = upperLetters): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.int(0, alphabet.length - 1)];
  return s;
}
function hex(r: Rng, n: number): string {
  return letters(r, n, '0123456789abcdef');
}
function alnum(r: Rng, n: number): string {
  return letters(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');
}
function uuid(r: Rng): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
}
/** A digit string that never starts with 0. */
function num(r: Rng, n: number): string {
  return String(r.int(1, 9)) + r.digits(n - 1);
}
function money(r: Rng, lo: number, hi: number): string {
  return `${r.int(lo, hi)}.${pad(r.int(0, 99), 2)}`;
}

/** ASCII fold for e-mail local parts and user names. */
function fold(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[đĐð]/g, 'd')
    .replace(/þ/g, 'th')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
function slug(s: string): string {
  return fold(s).toLowerCase().replace(/[^a-z0-9]/g, '');
}

// ───────────────────────────────────────────────────────────── checksums

/** Luhn check digit for a digit string without its check digit. */
function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

// ───────────────────────────────────────────────────────────── cards

interface CardNetwork {
  readonly name: string;
  readonly prefixes: readonly string[];
  readonly lengths: readonly number[];
}

/** Issuer identification prefixes and lengths of the real networks. */
const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'Visa', prefixes: ['4'], lengths: [16, 16, 16, 16, 19] },
  { name: 'Mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2481', '2720', '2610'], lengths: [16] },
  { name: 'American Express', prefixes: ['34', '37'], lengths: [15] },
  { name: 'Discover', prefixes: ['6011', '644', '645', '649', '65'], lengths: [16] },
  { name: 'JCB', prefixes: ['3528', '3530', '3566', '3589'], lengths: [16] },
  { name: 'Diners Club', prefixes: ['36', '300', '305', '38'], lengths: [14] },
  { name: 'UnionPay', prefixes: ['62'], lengths: [16, 19] },
  { name: 'Maestro', prefixes: ['6759', '5018', '5020', '6304'], lengths: [16, 19] },
];

function cardDigits(r: Rng, net: CardNetwork): string {
  const prefix = r.pick(net.prefixes);
  const len = r.pick(net.lengths);
  const body = prefix + r.digits(len - prefix.length - 1);
  return body + String(luhnDigit(body));
}

function groupCard(digits: string, sep: string): string {
  const len = digits.length;
  const sizes = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : len === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(digits.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

/** A Luhn-valid card number of a real network, grouped or compact. */
function card(r: Rng, network?: string): { value: string; network: string; last4: string } {
  const net = network ? (CARD_NETWORKS.find((n) => n.name === network) ?? CARD_NETWORKS[0]!) : r.pick(CARD_NETWORKS);
  const digits = cardDigits(r, net);
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  return { value: sep === '' ? digits : groupCard(digits, sep), network: net.name, last4: digits.slice(-4) };
}

/** A 16-digit card-like number that fails the Luhn check (a look-alike). */
function badCard(r: Rng): string {
  const body = '4' + r.digits(14);
  const wrong = (luhnDigit(body) + r.int(1, 9)) % 10;
  return groupCard(body + String(wrong), r.pick([' ', '-']));
}

// ───────────────────────────────────────────────────────────── IBANs

/** BBAN layouts: 'n' digit, 'a' upper-case letter, 'c' letter or digit. Lengths follow the IBAN registry. */
const IBAN_LAYOUTS: Readonly<Record<string, string>> = {
  DE: 'nnnnnnnnnnnnnnnnnn', // 22
  GB: 'aaaannnnnnnnnnnnnn', // 22
  FR: 'nnnnnnnnnnnnnnnnnnnnnnn', // 27
  ES: 'nnnnnnnnnnnnnnnnnnnn', // 24
  IT: 'annnnnnnnnnnnnnnnnnnnnn', // 27
  NL: 'aaaannnnnnnnnn', // 18
  BE: 'nnnnnnnnnnnn', // 16
  PL: 'nnnnnnnnnnnnnnnnnnnnnnnn', // 28
  PT: 'nnnnnnnnnnnnnnnnnnnnn', // 25
  SE: 'nnnnnnnnnnnnnnnnnnnn', // 24
  CH: 'nnnnnnnnnnnnnnnnn', // 21
  AT: 'nnnnnnnnnnnnnnnn', // 20
  IE: 'aaaannnnnnnnnnnnnn', // 22
  DK: 'nnnnnnnnnnnnnn', // 18
  FI: 'nnnnnnnnnnnnnn', // 18
  NO: 'nnnnnnnnnnn', // 15
  TR: 'nnnnn0nnnnnnnnnnnnnnnn', // 26
  LU: 'nnnnnnnnnnnnnnnn', // 20
  GR: 'nnnnnnnnnnnnnnnnnnnnnnn', // 27
  CZ: 'nnnnnnnnnnnnnnnnnnnn', // 24
  HU: 'nnnnnnnnnnnnnnnnnnnnnnnn', // 28
  RO: 'aaaacccccccccccccccc', // 24
  AE: 'nnnnnnnnnnnnnnnnnnn', // 23
  SA: 'nncccccccccccccccccc', // 24
};

const IBAN_BANK_CODES: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'],
  NL: ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  RO: ['BTRL', 'RNCB', 'INGB'],
};

function fillLayout(r: Rng, layout: string): string {
  let s = '';
  for (const ch of layout) {
    if (ch === 'n') s += r.digits(1);
    else if (ch === 'a') s += letters(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else if (ch === 'c') s += r.chance(0.7) ? r.digits(1) : letters(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else s += ch;
  }
  return s;
}

function ibanCompact(r: Rng, country: string): string {
  const layout = IBAN_LAYOUTS[country] ?? (IBAN_LAYOUTS.DE as string);
  let bban = fillLayout(r, layout);
  const banks = IBAN_BANK_CODES[country];
  if (banks) bban = r.pick(banks) + bban.slice(4);
  const check = 98 - mod97(bban + country + '00');
  return country + pad(check, 2) + bban;
}

const groupFours = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

/** A mod-97-valid IBAN of the given country, grouped in fours or compact. */
function iban(r: Rng, country: string, grouped = r.chance(0.6)): string {
  const compact = ibanCompact(r, country);
  return grouped ? groupFours(compact) : compact;
}

/** An IBAN-shaped string whose check digits are wrong (a look-alike). */
function badIban(r: Rng, country: string): string {
  const good = ibanCompact(r, country);
  const cd = Number(good.slice(2, 4));
  const wrong = cd >= 50 ? cd - r.int(1, 40) : cd + r.int(1, 40);
  return groupFours(good.slice(0, 2) + pad(wrong, 2) + good.slice(4));
}

// ───────────────────────────────────────────────────────────── US SSNs

function ssnParts(r: Rng): [string, string, string] {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return [pad(area, 3), pad(r.int(1, 99), 2), pad(r.int(1, 9999), 4)];
}

/** A valid SSN, dashed, spaced or plain. */
function ssn(r: Rng, style = r.pick(['dash', 'dash', 'dash', 'space', 'plain'] as const)): string {
  const [a, g, s] = ssnParts(r);
  return style === 'dash' ? `${a}-${g}-${s}` : style === 'space' ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

/** An SSN-shaped number that cannot be an SSN (area 000/666/9xx or group 00). */
function badSsn(r: Rng): string {
  const kind = r.int(0, 3);
  const area = kind === 0 ? '000' : kind === 1 ? '666' : kind === 2 ? String(r.int(900, 999)) : pad(r.int(100, 665), 3);
  const group = kind === 3 ? '00' : pad(r.int(1, 99), 2);
  return `${area}-${group}-${pad(r.int(1, 9999), 4)}`;
}

// ───────────────────────────────────────────────────────────── IP addresses

function ipv4Public(r: Rng): string {
  const firsts = [23, 31, 37, 45, 51, 62, 77, 81, 89, 93, 104, 109, 141, 151, 176, 185, 188, 195, 203, 212, 213, 217];
  return `${r.pick(firsts)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv4Private(r: Rng): string {
  const k = r.int(0, 2);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
}
function ipv4(r: Rng): string {
  return r.chance(0.65) ? ipv4Public(r) : ipv4Private(r);
}
function ipv6(r: Rng): string {
  const g = (): string => r.int(0, 0xffff).toString(16);
  const prefix = r.pick(['2001:db8', '2a02:8108', '2607:f8b0', '2a01:4f8', '2001:470', 'fe80:', 'fd12:3456']);
  const k = r.int(0, 3);
  if (prefix === 'fe80:') return `fe80::${g()}:${g()}:${g()}:${g()}`;
  if (k === 0) return `${prefix}::${g()}`;
  if (k === 1) return `${prefix}:${g()}:${g()}::${g()}:${g()}`;
  if (k === 2) return `${prefix}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  return `${prefix}:${g()}::${g()}`;
}
function anyIp(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// ───────────────────────────────────────────────────────────── dates

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function birthDate(r: Rng, minYear = 1938, maxYear = 2007): Ymd {
  const m = r.int(1, 12);
  return { y: r.int(minYear, maxYear), m, d: r.int(1, DAYS_IN_MONTH[m - 1] as number) };
}
/** A recent, non-birth date (appointments, transactions, deadlines). */
function recentDate(r: Rng): Ymd {
  const m = r.int(1, 12);
  return { y: r.int(2023, 2026), m, d: r.int(1, DAYS_IN_MONTH[m - 1] as number) };
}
const iso = (t: Ymd): string => `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
const dmyDot = (t: Ymd): string => `${pad(t.d, 2)}.${pad(t.m, 2)}.${t.y}`;
const dmySlash = (t: Ymd): string => `${pad(t.d, 2)}/${pad(t.m, 2)}/${t.y}`;
const mdySlash = (t: Ymd): string => `${pad(t.m, 2)}/${pad(t.d, 2)}/${t.y}`;
/** A chat clock whose times only move forward. */
function clock(r: Rng): () => string {
  let minutes = r.int(7 * 60, 20 * 60);
  return () => {
    minutes += r.int(0, 9);
    return `${pad(Math.floor(minutes / 60) % 24, 2)}:${pad(minutes % 60, 2)}`;
  };
}
const time = (r: Rng): string => `${pad(r.int(7, 19), 2)}:${pad(r.pick([0, 15, 30, 45, 10, 20]), 2)}`;
const stamp = (r: Rng, t: Ymd = recentDate(r)): string =>
  `${iso(t)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}.${pad(r.int(0, 999), 3)}Z`;

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};
const monthName = (lang: string, m: number): string => (MONTHS[lang] ?? (MONTHS.en as readonly string[]))[m - 1] as string;
const ordinalSuffix = (d: number): string =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';

/** A date written the way people of that language write it. */
function writeDate(r: Rng, t: Ymd, lang: string): string {
  const mon = monthName(lang, t.m);
  switch (lang) {
    case 'en':
      return r.pick([
        mdySlash(t), `${mon} ${t.d}, ${t.y}`, `${t.d} ${mon} ${t.y}`, dmySlash(t), iso(t),
        `${pad(t.d, 2)}-${mon.slice(0, 3)}-${t.y}`, `${t.d}${ordinalSuffix(t.d)} ${mon} ${t.y}`, `${mon.slice(0, 3)} ${t.d} ${t.y}`,
        `${t.m}/${t.d}/${String(t.y).slice(2)}`,
      ]);
    case 'de':
      return r.pick([dmyDot(t), `${t.d}. ${mon} ${t.y}`, `${t.d}.${t.m}.${t.y}`]);
    case 'fr':
      return r.pick([dmySlash(t), `${t.d === 1 ? '1er' : t.d} ${mon} ${t.y}`]);
    case 'es':
    case 'pt':
      return r.pick([dmySlash(t), `${t.d} de ${mon} de ${t.y}`, `${pad(t.d, 2)}-${pad(t.m, 2)}-${t.y}`]);
    case 'it':
      return r.pick([dmySlash(t), `${t.d} ${mon} ${t.y}`]);
    case 'nl':
      return r.pick([`${pad(t.d, 2)}-${pad(t.m, 2)}-${t.y}`, `${t.d} ${mon} ${t.y}`]);
    case 'pl':
    case 'tr':
      return r.pick([dmyDot(t), `${t.d} ${mon} ${t.y}`]);
    case 'sv':
      return r.pick([iso(t), `${t.d} ${mon} ${t.y}`]);
    case 'ja':
    case 'zh':
      return r.pick([`${t.y}年${t.m}月${t.d}日`, `${t.y}/${pad(t.m, 2)}/${pad(t.d, 2)}`]);
    case 'id':
      return r.pick([`${t.d} ${mon} ${t.y}`, `${pad(t.d, 2)}-${pad(t.m, 2)}-${t.y}`]);
    default:
      return iso(t);
  }
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
function spokenTwo(n: number): string {
  if (n < 20) return SMALL[n] as string;
  const t = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? t : `${t} ${SMALL[n % 10]}`;
}
function spokenOrdinal(d: number): string {
  if (d <= 20) return ORD[d] as string;
  if (d === 30) return 'thirtieth';
  return `${TENS[Math.floor(d / 10)]} ${ORD[d % 10]}`;
}
function spokenYear(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? '' : SMALL[y - 2000]}`.trim();
  const lo = y % 100;
  return `${spokenTwo(Math.floor(y / 100))} ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${SMALL[lo]}` : spokenTwo(lo)}`;
}
function spokenDigits(s: string): string {
  return [...s].filter((c) => /\d/.test(c)).map((c) => (c === '0' ? 'zero' : SMALL[Number(c)])).join(' ');
}

// ───────────────────────────────────────────────────────────── people

type CultureId =
  | 'anglo' | 'irish' | 'hispanic' | 'luso' | 'french' | 'german' | 'dutch' | 'nordic' | 'polish' | 'russian'
  | 'southslavic' | 'greek' | 'turkish' | 'arabic' | 'persian' | 'southasian' | 'chinese' | 'japanese' | 'korean'
  | 'vietnamese' | 'filipino' | 'indonesian' | 'thai' | 'yoruba' | 'igbo' | 'swahili' | 'amharic' | 'zulu' | 'akan'
  | 'hebrew' | 'italian' | 'czech';

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name written first in running text (Vietnamese, Hungarian-like conventions). */
  readonly familyFirst?: boolean;
  /** Native-script full names: [native, romanised given, romanised family]. */
  readonly natives?: readonly (readonly [string, string, string])[];
}

const CULTURES: Readonly<Record<CultureId, Culture>> = {
  anglo: {
    given: ['James', 'Olivia', 'Michael', 'Emily', 'Daniel', 'Sarah', 'Matthew', 'Jessica', 'Christopher', 'Ashley', 'Ryan',
      'Megan', 'Brandon', 'Lauren', 'Tyler', 'Hannah', 'Ethan', 'Chloe', 'Nathan', 'Abigail', 'Gareth', 'Rhiannon', 'Callum',
      'Eilidh', 'Harriet', 'Rupert', 'Tamsin', 'DeShawn', 'Latoya', 'Keisha', 'Marcus', 'Brooke', 'Wyatt', 'Madison'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thompson', 'Harris',
      'Clarke', 'Walker', 'Wright', 'Robinson', 'Hughes', 'Edwards', 'Pritchard', 'Whitaker', 'Ashworth', 'Pemberton',
      'MacLeod', 'McKenzie', 'Fraser', 'Crawford', 'Washington', 'Jefferson', 'Holloway', 'Beaumont', 'Thornton'],
  },
  irish: {
    given: ['Siobhan', 'Declan', 'Niamh', 'Ciarán', 'Aoife', 'Padraig', 'Saoirse', 'Cian', 'Orla', 'Eoin', 'Róisín', 'Darragh'],
    family: ["O'Brien", "O'Connor", "O'Sullivan", 'McCarthy', 'Fitzgerald', 'Gallagher', 'Byrne', 'Doyle', 'Kavanagh',
      "O'Neill", 'Mac Giolla', 'Ní Bhriain', 'Quinlan'],
  },
  hispanic: {
    given: ['Alejandro', 'Lucía', 'Javier', 'Carmen', 'Diego', 'Valentina', 'Santiago', 'Camila', 'Mateo', 'Sofía', 'José Luis',
      'María José', 'Rocío', 'Guadalupe', 'Ximena', 'Joaquín', 'Itziar', 'Iker', 'Nerea', 'Luis Fernando', 'Maite'],
    family: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres',
      'Flores', 'Rivera', 'Gómez', 'Díaz', 'Morales', 'Jiménez', 'Ruiz', 'Álvarez', 'Castillo', 'Vargas', 'de la Cruz',
      'del Río', 'García Márquez', 'Fernández Ortega', 'Echeverría', 'Goikoetxea', 'Núñez de Arce'],
  },
  luso: {
    given: ['João', 'Ana', 'Pedro', 'Beatriz', 'Tiago', 'Mariana', 'Rafael', 'Inês', 'Gonçalo', 'Leonor', 'Thiago', 'Larissa',
      'Luíza', 'Caio', 'Vitória', 'Rodrigo', 'Fernanda', 'Matheus', 'Conceição', 'Joaquim'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Carvalho',
      'Ferreira', 'Gonçalves', 'Araújo', 'da Silva', 'dos Santos', 'de Souza', 'Magalhães', 'Figueiredo', 'Sousa Mendes',
      'Cavalcanti', 'Rocha'],
  },
  french: {
    given: ['Camille', 'Antoine', 'Léa', 'Mathieu', 'Chloé', 'Julien', 'Manon', 'Guillaume', 'Élodie', 'Théo', 'Margaux',
      'Baptiste', 'Aurélie', 'Jean-Pierre', 'Marie-Claire', 'François', 'Hélène', 'Benoît', 'Anaïs', 'Loïc', 'Solène'],
    family: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Fournier',
      'Girard', 'Bonnet', 'Lambert', 'Rousseau', 'de Villiers', 'Le Goff', 'Lefebvre', 'Deschamps', 'Gauthier', 'Chevalier',
      'Mercier', 'Boucher', 'Tremblay', 'Gagnon', 'Lévesque', "d'Arcy"],
  },
  german: {
    given: ['Lukas', 'Anna', 'Maximilian', 'Lena', 'Jonas', 'Leonie', 'Felix', 'Johanna', 'Tobias', 'Katharina', 'Sebastian',
      'Jürgen', 'Ursula', 'Dieter', 'Sabine', 'Jörg', 'Annegret', 'Wolfgang', 'Friederike', 'Matthias', 'Gisela', 'Lea-Sophie'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch',
      'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Krüger', 'Hartmann', 'von Bülow',
      'von der Heide', 'Schäfer', 'Lehmann', 'Weiß', 'Brandt', 'Vogel', 'Kühn', 'Gruber', 'Huber', 'Steiner'],
  },
  dutch: {
    given: ['Sander', 'Femke', 'Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Anouk', 'Joris', 'Maaike', 'Ruud', 'Marieke',
      'Wouter', 'Ilse', 'Niels', 'Esther', 'Pieter-Jan', 'Lieke', 'Koen', 'Jelle', 'Sien', 'Wim'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer',
      'Mulder', 'de Groot', 'Bos', 'Vos', 'Hendriks', 'van Leeuwen', 'Dekker', 'van der Meer', 'Janssens', 'Peeters',
      'Maes', 'Claes', 'Willems', "van 't Hof", 'Verhoeven'],
  },
  nordic: {
    given: ['Lars', 'Ingrid', 'Erik', 'Astrid', 'Nils', 'Sigrid', 'Björn', 'Freja', 'Magnus', 'Linnea', 'Henrik', 'Maja',
      'Søren', 'Mette', 'Mikael', 'Aino', 'Juha', 'Eeva', 'Jón', 'Guðrún', 'Ole', 'Kirsten', 'Päivi', 'Åsa'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Lindqvist', 'Bergström', 'Hansen',
      'Johansen', 'Nielsen', 'Jensen', 'Pedersen', 'Sørensen', 'Virtanen', 'Korhonen', 'Mäkinen', 'Halvorsen', 'Jónsdóttir',
      'Sigurðsson', 'Lindgren', 'Åberg', 'Holm', 'Strand', 'Nyström', 'Kristiansen', 'Heikkinen'],
  },
  polish: {
    given: ['Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Michał', 'Małgorzata', 'Jakub', 'Zofia', 'Krzysztof', 'Magdalena',
      'Paweł', 'Joanna', 'Łukasz', 'Ewa', 'Wojciech', 'Barbara', 'Grzegorz', 'Aleksandra'],
    family: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymańska', 'Woźniak',
      'Dąbrowski', 'Kozłowska', 'Jankowski', 'Mazur', 'Krawczyk', 'Grabowska', 'Pawłowski', 'Michalska', 'Nowicki'],
  },
  russian: {
    given: ['Ivan', 'Olga', 'Dmitri', 'Natalia', 'Sergei', 'Tatiana', 'Aleksandr', 'Yekaterina', 'Mikhail', 'Svetlana', 'Oksana',
      'Bogdan', 'Andriy', 'Yulia', 'Vladislav', 'Anastasia'],
    family: ['Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Popov', 'Sokolova', 'Lebedev', 'Novikova', 'Morozov', 'Volkova',
      'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Romanenko'],
    natives: [['Иван Петров', 'Ivan', 'Petrov'], ['Ольга Смирнова', 'Olga', 'Smirnova'], ['Дмитрий Кузнецов', 'Dmitry', 'Kuznetsov'],
      ['Наталья Соколова', 'Natalya', 'Sokolova'], ['Андрій Шевченко', 'Andriy', 'Shevchenko'], ['Юлия Морозова', 'Yulia', 'Morozova']],
  },
  southslavic: {
    given: ['Nikola', 'Milena', 'Dragan', 'Jelena', 'Marko', 'Ivana', 'Stefan', 'Ana', 'Goran', 'Tijana', 'Luka', 'Maja'],
    family: ['Petrović', 'Jovanović', 'Nikolić', 'Horvat', 'Kovačević', 'Babić', 'Marković', 'Popović', 'Đorđević', 'Stojanović',
      'Knežević', 'Vuković'],
  },
  czech: {
    given: ['Jiří', 'Petra', 'Tomáš', 'Lucie', 'Jan', 'Tereza', 'Ondřej', 'Markéta', 'Marek', 'Zuzana', 'Lukáš', 'Veronika'],
    family: ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka', 'Kučerová', 'Veselý', 'Horáková', 'Němec', 'Pokorná'],
  },
  greek: {
    given: ['Giorgos', 'Eleni', 'Dimitris', 'Maria', 'Nikos', 'Katerina', 'Konstantinos', 'Sofia', 'Yiannis', 'Despina',
      'Panagiotis', 'Vasiliki', 'Stavros', 'Athina'],
    family: ['Papadopoulos', 'Papadopoulou', 'Nikolaidis', 'Georgiou', 'Konstantinou', 'Karagiannis', 'Vlachos', 'Oikonomou',
      'Christodoulou', 'Antoniou', 'Papanikolaou', 'Theodorakis'],
    natives: [['Γιώργος Παπαδόπουλος', 'Giorgos', 'Papadopoulos'], ['Ελένη Νικολάου', 'Eleni', 'Nikolaou'],
      ['Δημήτρης Γεωργίου', 'Dimitris', 'Georgiou']],
  },
  turkish: {
    given: ['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Can', 'Selin', 'Oğuz', 'Gülşen', 'Hakan',
      'Deniz', 'Ömer', 'Büşra', 'Cem', 'Ebru', 'İbrahim', 'Şule'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan',
      'Kılıç', 'Aslan', 'Çetin', 'Koç', 'Kurt', 'Erdem', 'Güneş', 'Aktaş'],
  },
  arabic: {
    given: ['Mohammed', 'Fatima', 'Ahmed', 'Aisha', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noura', 'Hassan', 'Salma',
      'Abdullah', 'Rania', 'Tariq', 'Huda', 'Karim', 'Yasmine', 'Mahmoud', 'Amira', 'Walid', 'Samira'],
    family: ['Al-Sayed', 'Haddad', 'Khoury', 'Mansour', 'El-Amin', 'Nasser', 'Hamdan', 'Al-Farsi', 'bin Rashid', 'Abdel-Rahman',
      'Al-Qahtani', 'Saleh', 'Aziz', 'Boutros', 'Benali', 'El Idrissi', 'Bouazza', 'Al Maktoum', 'Abu Khalil', 'Chahine',
      'Benjelloun', 'Al-Harbi'],
    natives: [['محمد الأحمد', 'Mohammed', 'Al-Ahmad'], ['فاطمة حسن', 'Fatima', 'Hassan'], ['يوسف الخوري', 'Youssef', 'Al-Khoury'],
      ['ليلى منصور', 'Layla', 'Mansour']],
  },
  persian: {
    given: ['Reza', 'Shirin', 'Ali', 'Parisa', 'Hossein', 'Maryam', 'Mehdi', 'Nasrin', 'Arash', 'Leila', 'Dariush', 'Roya',
      'Kian', 'Sahar', 'Farhad', 'Golnaz'],
    family: ['Hosseini', 'Mohammadi', 'Rezaei', 'Ahmadi', 'Karimi', 'Moradi', 'Jafari', 'Tehrani', 'Farahani', 'Rahimi',
      'Ghorbani', 'Sadeghi', 'Kazemi', 'Shirazi', 'Esfahani', 'Navabi'],
    natives: [['رضا حسینی', 'Reza', 'Hosseini'], ['شیرین کریمی', 'Shirin', 'Karimi']],
  },
  southasian: {
    given: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Deepika', 'Sanjay', 'Lakshmi',
      'Imran', 'Ayesha', 'Harpreet', 'Gurpreet', 'Nimal', 'Dilani', 'Sunil', 'Fahim', 'Meenakshi', 'Venkatesh', 'Nusrat',
      'Tanvir', 'Pooja', 'Siddharth'],
    family: ['Sharma', 'Patel', 'Gupta', 'Singh', 'Kumar', 'Reddy', 'Iyer', 'Nair', 'Menon', 'Chatterjee', 'Banerjee',
      'Mukherjee', 'Desai', 'Joshi', 'Rao', 'Khan', 'Qureshi', 'Chaudhry', 'Perera', 'Fernando', 'Rahman', 'Hossain',
      'Bhattacharya', 'Venkataraman', 'Subramanian', 'Kaur', 'Siddiqui', 'Pillai', 'Jayasuriya'],
    natives: [['राहुल शर्मा', 'Rahul', 'Sharma'], ['प्रिया पटेल', 'Priya', 'Patel'], ['অনন্যা বন্দ্যোপাধ্যায়', 'Ananya', 'Bandyopadhyay']],
  },
  chinese: {
    given: ['Wei', 'Xiaoming', 'Na', 'Jing', 'Hao', 'Mei', 'Zhiwei', 'Yan', 'Xinyi', 'Jun', 'Lei', 'Fang', 'Yutong', 'Zihan'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Lin'],
    natives: [['王伟', 'Wei', 'Wang'], ['李娜', 'Na', 'Li'], ['张敏', 'Min', 'Zhang'], ['刘洋', 'Yang', 'Liu'], ['陈静', 'Jing', 'Chen'],
      ['杨帆', 'Fan', 'Yang'], ['黄磊', 'Lei', 'Huang'], ['赵丽', 'Li', 'Zhao'], ['周子涵', 'Zihan', 'Zhou'], ['吴欣怡', 'Xinyi', 'Wu']],
  },
  japanese: {
    given: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Takeshi', 'Keiko', 'Hiroshi', 'Yuki', 'Kenji', 'Akiko', 'Daisuke',
      'Misaki', 'Shota', 'Naoko'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida',
      'Yamada', 'Inoue', 'Matsumoto', 'Hayashi', 'Shimizu'],
    natives: [['山田 太郎', 'Taro', 'Yamada'], ['佐藤 花子', 'Hanako', 'Sato'], ['鈴木 一郎', 'Ichiro', 'Suzuki'],
      ['高橋 美咲', 'Misaki', 'Takahashi'], ['田中 健太', 'Kenta', 'Tanaka'], ['伊藤 さくら', 'Sakura', 'Ito'],
      ['渡辺 大輔', 'Daisuke', 'Watanabe'], ['中村 由美', 'Yumi', 'Nakamura'], ['小林 翔太', 'Shota', 'Kobayashi']],
  },
  korean: {
    given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yun', 'Soo-ah', 'Jae-won', 'Ji-woo', 'Hyun-woo', 'Eun-ji'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
    natives: [['김민준', 'Min-jun', 'Kim'], ['이서연', 'Seo-yeon', 'Lee'], ['박지훈', 'Ji-hoon', 'Park'], ['최하은', 'Ha-eun', 'Choi'],
      ['정도윤', 'Do-yun', 'Jung']],
  },
  vietnamese: {
    given: ['Van An', 'Thi Mai', 'Minh Tuan', 'Thu Trang', 'Duc Anh', 'Ngoc Lan', 'Quang Huy', 'Thanh Hương', 'Bảo Ngọc'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ngô', 'Phan'],
    familyFirst: true,
  },
  filipino: {
    given: ['Maria Cristina', 'Mark Anthony', 'Angelica', 'Jose Miguel', 'Kristine', 'Paolo', 'Rowena', 'Jericho', 'Lovely'],
    family: ['Dela Cruz', 'Reyes', 'Santos', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Aquino', 'Manalo', 'Pascual'],
  },
  indonesian: {
    given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Ahmad', 'Nurul Aisyah', 'Eko', 'Wulan', 'Bayu', 'Intan'],
    family: ['Santoso', 'Rahayu', 'Wijaya', 'Lestari', 'Hidayat', 'Kusuma', 'Saputra', 'bin Ismail', 'binti Hassan', 'Setiawan',
      'Pratama', 'Nugroho'],
  },
  thai: {
    given: ['Somchai', 'Pimchanok', 'Anong', 'Kittipong', 'Siriporn', 'Nattapong', 'Chanida', 'Thanawat'],
    family: ['Srisuk', 'Wongsawat', 'Saetang', 'Rattanakorn', 'Chaiyaporn', 'Boonmee', 'Kaewkanya', 'Phromphan'],
    natives: [['สมชาย ใจดี', 'Somchai', 'Jaidee'], ['ศิริพร บุญมี', 'Siriporn', 'Boonmee']],
  },
  yoruba: {
    given: ['Adebayo', 'Oluwaseun', 'Folake', 'Temitope', 'Babatunde', 'Funmilayo', 'Olumide', 'Abimbola', 'Ayodeji', 'Titilayo'],
    family: ['Adeyemi', 'Ogunleye', 'Balogun', 'Adewale', 'Olawale', 'Ogundipe', 'Akinola', 'Oyelaran', 'Fashola', 'Adebisi'],
  },
  igbo: {
    given: ['Chinedu', 'Ngozi', 'Emeka', 'Chiamaka', 'Obinna', 'Adaeze', 'Ifeanyi', 'Nkechi', 'Chukwuemeka', 'Uchenna'],
    family: ['Okafor', 'Eze', 'Nwosu', 'Okeke', 'Obi', 'Nwachukwu', 'Okonkwo', 'Onyekachi', 'Igwe', 'Nnaji'],
  },
  swahili: {
    given: ['Amani', 'Baraka', 'Neema', 'Juma', 'Zawadi', 'Imani', 'Wanjiku', 'Otieno', 'Achieng', 'Kipchoge', 'Rehema', 'Jabari'],
    family: ['Mwangi', 'Otieno', 'Wanjiru', 'Kamau', 'Mutua', 'Odhiambo', 'Njoroge', 'Kariuki', 'Mwakilema', 'Chepkoech',
      'Hassani', 'Mollel'],
  },
  amharic: {
    given: ['Abebe', 'Tigist', 'Dawit', 'Meron', 'Selam', 'Yonas', 'Hiwot', 'Bereket', 'Mekdes', 'Tewodros'],
    family: ['Tesfaye', 'Bekele', 'Haile', 'Girma', 'Alemu', 'Tadesse', 'Gebremedhin', 'Wolde', 'Assefa', 'Kebede'],
    natives: [['ሰላም ተስፋዬ', 'Selam', 'Tesfaye'], ['ዳዊት ግርማ', 'Dawit', 'Girma']],
  },
  zulu: {
    given: ['Sipho', 'Nomvula', 'Thabo', 'Lindiwe', 'Bongani', 'Zanele', 'Mandla', 'Thandeka', 'Sibusiso', 'Nokuthula'],
    family: ['Dlamini', 'Nkosi', 'Ndlovu', 'Khumalo', 'Mahlangu', 'Mthembu', 'Zungu', 'Ngcobo', 'Cele', 'Mokoena'],
  },
  akan: {
    given: ['Kwame', 'Ama', 'Kofi', 'Abena', 'Kwabena', 'Akosua', 'Yaw', 'Efua', 'Kojo', 'Adwoa'],
    family: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Appiah', 'Agyeman', 'Darko', 'Ofori', 'Amoako'],
  },
  hebrew: {
    given: ['Yosef', 'Noa', 'Avraham', 'Tamar', 'Eitan', 'Shira', 'Yael', 'Ariel', 'Moshe', 'Rivka', 'Omri', 'Michal', 'Itai'],
    family: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Ben-David', 'Shapiro', 'Goldberg',
      'Rosenberg', 'Avraham', 'Ben-Ami', 'Azoulay'],
    natives: [['יוסי כהן', 'Yossi', 'Cohen'], ['נועה לוי', 'Noa', 'Levi'], ['איתן מזרחי', 'Eitan', 'Mizrahi']],
  },
  italian: {
    given: ['Giulia', 'Marco', 'Francesca', 'Alessandro', 'Chiara', 'Lorenzo', 'Martina', 'Matteo', 'Federica', 'Giuseppe',
      'Gianluca', 'Elisabetta', 'Salvatore', 'Ilaria', 'Pierpaolo', 'Rosaria'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
      'Gallo', 'De Luca', 'Conti', 'Mancini', 'Lombardi', 'Di Stefano', "D'Angelo", 'Lo Russo', 'Barbieri', 'Fontana'],
  },
};

const ALL_CULTURES = Object.keys(CULTURES) as CultureId[];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly culture: CultureId;
  readonly familyFirst: boolean;
  /** Native-script full name, when the person has one. */
  readonly native?: string;
  /** Romanised middle initial, for cultures that use one. */
  readonly middle?: string;
}

function makePerson(r: Rng, culture: CultureId = r.pick(ALL_CULTURES)): Person {
  const c = CULTURES[culture];
  if (c.natives && r.chance(0.12)) {
    const [native, given, family] = r.pick(c.natives);
    return { given, family, culture, familyFirst: false, native };
  }
  let family = r.pick(c.family);
  const hyphenable = ['anglo', 'french', 'german', 'dutch', 'nordic'].includes(culture);
  if (hyphenable && r.chance(0.08)) {
    const second = r.pick(c.family);
    if (second !== family && !second.includes(' ') && !family.includes(' ')) family = `${family}-${second}`;
  }
  const middle = culture === 'anglo' && r.chance(0.25) ? letters(r, 1, 'ABCDEFGHJKLMNPRSTW') : undefined;
  return { given: r.pick(c.given), family, culture, familyFirst: c.familyFirst === true, ...(middle ? { middle } : {}) };
}

/** The name as it would be written in full, in the person's own order. */
function fullName(p: Person): string {
  if (p.native) return p.native;
  return p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}
/** Romanised full name (for headers, e-mail display names, logs). */
function romanName(p: Person): string {
  return p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

type NameStyle = 'full' | 'given' | 'family' | 'initial' | 'middle' | 'comma' | 'upper' | 'lower' | 'givenLower' | 'roman';

/** One way of writing a person's name. */
function nameAs(p: Person, style: NameStyle): string {
  if (p.native && (style === 'full' || style === 'middle' || style === 'comma' || style === 'upper' || style === 'initial')) {
    return p.native;
  }
  const firstGiven = p.given.split(' ')[0] as string;
  switch (style) {
    case 'full':
    case 'roman':
      return romanName(p);
    case 'given':
      return p.familyFirst ? p.given.split(' ').slice(-1)[0] as string : firstGiven;
    case 'family':
      return p.family;
    case 'initial':
      return `${firstGiven[0]}. ${p.family}`;
    case 'middle':
      return p.middle ? `${p.given} ${p.middle}. ${p.family}` : romanName(p);
    case 'comma':
      return `${p.family}, ${p.given}`;
    case 'upper':
      return romanName(p).toUpperCase();
    case 'lower':
      return romanName(p).toLowerCase();
    case 'givenLower':
      return (p.familyFirst ? p.given.split(' ').slice(-1)[0] as string : firstGiven).toLowerCase();
  }
}

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'fastmail.com', 'aol.com'];
const LOCAL_MAIL: Partial<Record<CultureId, readonly string[]>> = {
  german: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmx.at', 'bluewin.ch'],
  french: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr', 'videotron.ca'],
  hispanic: ['yahoo.es', 'hotmail.es', 'telefonica.net', 'prodigy.net.mx'],
  luso: ['uol.com.br', 'terra.com.br', 'bol.com.br', 'sapo.pt'],
  italian: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'],
  dutch: ['ziggo.nl', 'kpnmail.nl', 'telenet.be', 'home.nl'],
  polish: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
  russian: ['yandex.ru', 'mail.ru', 'ukr.net'],
  nordic: ['telia.com', 'live.se', 'online.no', 'mail.dk'],
  japanese: ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp'],
  chinese: ['qq.com', '163.com', '126.com', 'sina.com'],
  korean: ['naver.com', 'daum.net', 'kakao.com'],
  turkish: ['yandex.com.tr', 'hotmail.com.tr', 'mynet.com'],
  anglo: ['btinternet.com', 'sky.com', 'comcast.net', 'verizon.net', 'bigpond.com'],
  southasian: ['rediffmail.com', 'yahoo.co.in'],
  czech: ['seznam.cz', 'centrum.cz'],
};
const TAGS = ['shop', 'news', 'bank', 'travel', 'work', 'spam'];

/** A personal e-mail address derived from the person's romanised name. */
function personalEmail(r: Rng, p: Person, domain?: string): string {
  const g = slug(p.given.split(' ')[0] as string) || 'user';
  const f = slug(p.family) || 'mail';
  const local = r.pick([
    `${g}.${f}`, `${g}.${f}`, `${g[0]}${f}`, `${g}_${f}`, `${f}.${g}`, `${g}${f}${r.int(1, 99)}`, `${g}.${f}${r.int(60, 99)}`,
    `${g}`, `${g[0]}.${f}`, `${g}+${r.pick(TAGS)}`, `${f}${g[0]}`, `${g}-${f}`,
  ]);
  const pool = [...FREEMAIL, ...(LOCAL_MAIL[p.culture] ?? []), ...(LOCAL_MAIL[p.culture] ?? [])];
  return `${local}@${domain ?? r.pick(pool)}`;
}
/** A work address at a company domain. */
function workEmail(r: Rng, p: Person, domain: string): string {
  const g = slug(p.given.split(' ')[0] as string) || 'user';
  const f = slug(p.family) || 'staff';
  return `${r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}`, `${g[0]}.${f}`, `${f}`])}@${domain}`;
}

// ───────────────────────────────────────────────────────────── addresses

type Country =
  | 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PL' | 'SE' | 'PT' | 'BR' | 'JP' | 'CA' | 'AU' | 'IN' | 'TR' | 'MX'
  | 'NG' | 'KE' | 'IE' | 'CH' | 'ZA' | 'KR' | 'CN' | 'AE' | 'BE' | 'AT' | 'ID';

const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Springfield', 'IL', '627'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Columbus', 'OH', '432'],
  ['Madison', 'WI', '537'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Boise', 'ID', '837'],
  ['Albany', 'NY', '122'], ['Sacramento', 'CA', '958'], ['Richmond', 'VA', '232'], ['Omaha', 'NE', '681'],
  ['Burlington', 'VT', '054'], ['Savannah', 'GA', '314'], ['Brooklyn', 'NY', '112'], ['Oakland', 'CA', '946'],
  ['Ann Arbor', 'MI', '481'], ['Tacoma', 'WA', '984'], ['Charlotte', 'NC', '282'], ['Jackson', 'MS', '392'],
];
const US_STREETS = ['Maple Avenue', 'Oak St', 'Elm Street', 'Pine Ridge Rd', 'Cedar Lane', 'Washington Blvd', 'Lincoln Way',
  'Sunset Drive', 'Lakeview Terrace', 'Highland Ave', 'Willow Ct', 'Park Place', 'Chestnut St', 'Main Street', 'W 34th St',
  'Martin Luther King Jr Blvd', 'Magnolia Dr', 'N Broadway', 'Riverside Dr', 'Hawthorne Ave', 'Old Mill Road', 'E 5th Ave'];
const GB_CITIES: readonly (readonly [string, string])[] = [
  ['Leeds', 'LS6'], ['Manchester', 'M14'], ['Bristol', 'BS8'], ['Edinburgh', 'EH3'], ['Cardiff', 'CF10'], ['Glasgow', 'G12'],
  ['Birmingham', 'B15'], ['Oxford', 'OX4'], ['Norwich', 'NR2'], ['York', 'YO1'], ['Belfast', 'BT7'], ['London', 'SE15'],
  ['London', 'N16'], ['Brighton', 'BN2'], ['Sheffield', 'S10'], ['Nottingham', 'NG7'],
];
const GB_STREETS = ['Victoria Road', 'Albert Street', 'Church Lane', 'High Street', 'Station Road', 'Queen\'s Drive',
  'Mill Lane', 'Kingsway', 'The Crescent', 'Elmwood Grove', 'Beech Avenue', 'Princes Street', 'Hollybush Close',
  'St Mary\'s Road', 'Cromwell Gardens', 'Wellington Terrace'];
const DE_CITIES: readonly (readonly [string, number, number])[] = [
  ['Berlin', 10115, 14199], ['München', 80331, 81929], ['Hamburg', 20095, 22769], ['Köln', 50667, 51149],
  ['Frankfurt am Main', 60311, 60599], ['Stuttgart', 70173, 70619], ['Leipzig', 4103, 4357], ['Dresden', 1067, 1328],
  ['Nürnberg', 90402, 90491], ['Bremen', 28195, 28779], ['Freiburg im Breisgau', 79098, 79117], ['Münster', 48143, 48167],
];
const DE_STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Lindenstraße', 'Gartenweg', 'Schillerstraße', 'Goethestraße', 'Kirchgasse',
  'Am Markt', 'Bergstraße', 'Friedrichstraße', 'Mozartstraße', 'Rosenweg', 'Kastanienallee', 'Schönhauser Allee',
  'Im Winkel', 'Sonnenstraße', 'Eichendorffweg', 'Karl-Marx-Straße', 'Uhlandstr.'];
const FR_CITIES: readonly (readonly [string, string])[] = [
  ['Paris', '750'], ['Lyon', '6900'], ['Marseille', '130'], ['Toulouse', '3100'], ['Bordeaux', '3300'], ['Lille', '5900'],
  ['Nantes', '4400'], ['Strasbourg', '6700'], ['Nice', '0600'], ['Montpellier', '3400'], ['Rennes', '3500'], ['Grenoble', '3800'],
];
const FR_STREETS = ['rue des Lilas', 'avenue Victor Hugo', 'boulevard Saint-Michel', 'place de la République', 'allée des Tilleuls',
  'rue de la Paix', 'impasse des Acacias', 'chemin des Vignes', 'rue Jean Jaurès', 'quai de la Loire', 'rue du Faubourg Saint-Antoine',
  'cours Mirabeau', 'rue Émile Zola'];
const ES_PLACES: readonly (readonly [string, string, string])[] = [
  ['Calle de Alcalá', 'Madrid', '280'], ['Carrer de Mallorca', 'Barcelona', '080'], ['Avenida de la Constitución', 'Sevilla', '410'],
  ['Calle Colón', 'Valencia', '460'], ['Gran Vía', 'Bilbao', '480'], ['Calle Larios', 'Málaga', '290'],
  ['Paseo de la Independencia', 'Zaragoza', '500'], ['Calle Mayor', 'Salamanca', '370'], ['Rúa do Franco', 'Santiago de Compostela', '157'],
];
const IT_PLACES: readonly (readonly [string, string, string, string])[] = [
  ['Via Roma', 'Milano', 'MI', '201'], ['Corso Vittorio Emanuele II', 'Torino', 'TO', '101'], ['Via dei Mille', 'Napoli', 'NA', '801'],
  ['Piazza Santo Spirito', 'Firenze', 'FI', '501'], ['Via Garibaldi', 'Genova', 'GE', '161'], ['Via del Corso', 'Roma', 'RM', '001'],
  ['Via Indipendenza', 'Bologna', 'BO', '401'], ['Via Etnea', 'Catania', 'CT', '951'], ['Fondamenta Nuove', 'Venezia', 'VE', '301'],
];
const NL_PLACES: readonly (readonly [string, string, number])[] = [
  ['Prinsengracht', 'Amsterdam', 1016], ['Oudegracht', 'Utrecht', 3511], ['Coolsingel', 'Rotterdam', 3011],
  ['Lange Voorhout', 'Den Haag', 2514], ['Stratumseind', 'Eindhoven', 5611], ['Vismarkt', 'Groningen', 9712],
  ['Breestraat', 'Leiden', 2311], ['Meir', 'Antwerpen', 2000], ['Korenmarkt', 'Gent', 9000],
];
const PL_PLACES: readonly (readonly [string, string, string])[] = [
  ['ul. Marszałkowska', 'Warszawa', '00'], ['ul. Floriańska', 'Kraków', '31'], ['al. Grunwaldzka', 'Gdańsk', '80'],
  ['ul. Piotrkowska', 'Łódź', '90'], ['ul. Świdnicka', 'Wrocław', '50'], ['os. Stefana Batorego', 'Poznań', '60'],
  ['ul. Mickiewicza', 'Lublin', '20'],
];
const SE_PLACES: readonly (readonly [string, string, string])[] = [
  ['Drottninggatan', 'Stockholm', '11'], ['Kungsgatan', 'Göteborg', '41'], ['Södergatan', 'Malmö', '21'],
  ['Storgatan', 'Umeå', '90'], ['Svartbäcksgatan', 'Uppsala', '75'], ['Ågatan', 'Linköping', '58'],
];
const BR_PLACES: readonly (readonly [string, string, string, string, string])[] = [
  ['Rua Oscar Freire', 'Jardins', 'São Paulo', 'SP', '014'], ['Av. Atlântica', 'Copacabana', 'Rio de Janeiro', 'RJ', '220'],
  ['Rua da Bahia', 'Centro', 'Belo Horizonte', 'MG', '301'], ['Rua Padre Chagas', 'Moinhos de Vento', 'Porto Alegre', 'RS', '905'],
  ['Av. Boa Viagem', 'Boa Viagem', 'Recife', 'PE', '510'], ['Rua XV de Novembro', 'Centro', 'Curitiba', 'PR', '800'],
];
const JP_PLACES: readonly (readonly [string, string, string])[] = [
  ['東京都渋谷区神南', 'Jinnan, Shibuya-ku, Tokyo', '150'], ['大阪府大阪市北区梅田', 'Umeda, Kita-ku, Osaka', '530'],
  ['京都府京都市中京区河原町', 'Kawaramachi, Nakagyo-ku, Kyoto', '604'], ['福岡県福岡市中央区天神', 'Tenjin, Chuo-ku, Fukuoka', '810'],
  ['北海道札幌市中央区北一条西', 'Kita-ichijo-nishi, Chuo-ku, Sapporo', '060'], ['神奈川県横浜市西区みなとみらい', 'Minatomirai, Nishi-ku, Yokohama', '220'],
];
const CA_PLACES: readonly (readonly [string, string, string, string])[] = [
  ['Queen Street West', 'Toronto', 'ON', 'M5H'], ['Rue Saint-Denis', 'Montréal', 'QC', 'H2J'], ['Granville St', 'Vancouver', 'BC', 'V6Z'],
  ['Jasper Ave', 'Edmonton', 'AB', 'T5J'], ['Spring Garden Rd', 'Halifax', 'NS', 'B3J'], ['Portage Ave', 'Winnipeg', 'MB', 'R3C'],
];
const AU_PLACES: readonly (readonly [string, string, string, number])[] = [
  ['George Street', 'Sydney', 'NSW', 2000], ['Brunswick St', 'Fitzroy', 'VIC', 3065], ['Adelaide Terrace', 'Perth', 'WA', 6000],
  ['Queen Street', 'Brisbane City', 'QLD', 4000], ['Rundle Mall', 'Adelaide', 'SA', 5000], ['Smith Street', 'Darwin City', 'NT', 800],
  ['Elizabeth Street', 'Hobart', 'TAS', 7000],
];
const IN_PLACES: readonly (readonly [string, string, string, string])[] = [
  ['100 Feet Road, Indiranagar', 'Bengaluru', 'Karnataka', '5600'], ['Linking Road, Bandra West', 'Mumbai', 'Maharashtra', '4000'],
  ['Sector 62', 'Noida', 'Uttar Pradesh', '2013'], ['Anna Salai, Teynampet', 'Chennai', 'Tamil Nadu', '6000'],
  ['Park Street', 'Kolkata', 'West Bengal', '7000'], ['Jubilee Hills Road No. 36', 'Hyderabad', 'Telangana', '5000'],
];
const TR_PLACES: readonly (readonly [string, string, string, string])[] = [
  ['Bağdat Cad.', 'Kadıköy', 'İstanbul', '347'], ['Atatürk Bulvarı', 'Çankaya', 'Ankara', '064'],
  ['Kıbrıs Şehitleri Cad.', 'Konak', 'İzmir', '352'], ['İstiklal Cad.', 'Beyoğlu', 'İstanbul', '344'],
  ['Cumhuriyet Mah. Gazi Cad.', 'Nilüfer', 'Bursa', '161'],
];

function usAddress(r: Rng, ml: boolean): string {
  const [city, st, zip3] = r.pick(US_CITIES);
  const zip = `${zip3}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
  if (r.chance(0.12)) return [`${r.pick(['PO Box', 'P.O. Box'])} ${r.int(10, 9999)}`, `${city}, ${st} ${zip}`].join(ml ? '\n' : ', ');
  const street = `${r.int(1, 9899)} ${r.pick(US_STREETS)}`;
  const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 30)}${r.pick(['', 'A', 'B', 'C'])}`, `Suite ${r.int(100, 950)}`, `Unit ${r.int(1, 40)}`, `#${r.int(101, 2410)}`]) : '';
  if (ml) return [street + (unit ? ` ${unit}` : ''), `${city}, ${st} ${zip}`].join('\n');
  return [street, unit, `${city}, ${st} ${zip}`].filter(Boolean).join(', ');
}
function gbAddress(r: Rng, ml: boolean): string {
  const [city, out] = r.pick(GB_CITIES);
  const pc = `${out} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
  const parts = [r.chance(0.3) ? `Flat ${r.int(1, 24)}` : '', `${r.int(1, 220)} ${r.pick(GB_STREETS)}`, city, pc].filter(Boolean);
  if (ml) return [parts.slice(0, -2).join(', '), parts.at(-2), parts.at(-1)].join('\n');
  return parts.join(', ');
}
function deAddress(r: Rng, ml: boolean): string {
  const [city, lo, hi] = r.pick(DE_CITIES);
  const street = `${r.pick(DE_STREETS)} ${r.int(1, 180)}${r.pick(['', '', '', 'a', 'b'])}`;
  const pob = r.chance(0.08);
  const line1 = pob ? `Postfach ${r.int(10, 99)} ${pad(r.int(1, 99), 2)} ${pad(r.int(1, 99), 2)}` : street;
  const extra = !pob && r.chance(0.15) ? r.pick([`${r.int(1, 5)}. OG`, `Hinterhaus`, `Whg. ${r.int(1, 40)}`]) : '';
  const plz = `${pad(r.int(lo, hi), 5)} ${city}`;
  return ml ? [line1, extra, plz].filter(Boolean).join('\n') : [line1, extra, plz].filter(Boolean).join(', ');
}
function frAddress(r: Rng, ml: boolean): string {
  const [city, cp] = r.pick(FR_CITIES);
  const code = cp.length === 3 ? `${cp}${pad(r.int(1, 20), 2)}` : `${cp}${r.int(0, 9)}`;
  const extra = r.chance(0.25) ? r.pick([`Bât. ${r.pick(['A', 'B', 'C'])}, appt ${r.int(1, 60)}`, `Résidence les Pins`, `${r.int(1, 8)}e étage`]) : '';
  const line = `${r.int(1, 140)}${r.pick(['', '', '', ' bis', ' ter'])} ${r.pick(FR_STREETS)}`;
  return [extra, line, `${code} ${r.chance(0.2) ? city.toUpperCase() : city}`].filter(Boolean).join(ml ? '\n' : ', ');
}
function esAddress(r: Rng, ml: boolean): string {
  const [street, city, cp] = r.pick(ES_PLACES);
  const floor = r.chance(0.6) ? `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.', 'C'])}` : '';
  const l1 = `${street} ${r.int(1, 250)}${floor}`;
  return [l1, `${cp}${pad(r.int(1, 50), 2)} ${city}`].join(ml ? '\n' : ', ');
}
function itAddress(r: Rng, ml: boolean): string {
  const [street, city, prov, cap] = r.pick(IT_PLACES);
  const l1 = `${street} ${r.int(1, 180)}${r.chance(0.2) ? `/${r.pick(['A', 'B'])}` : ''}`;
  const l2 = `${cap}${pad(r.int(0, 99), 2)} ${city} ${r.chance(0.6) ? prov : `(${prov})`}`;
  return ml ? [l1, r.chance(0.2) ? `Scala ${r.pick(['A', 'B'])}, int. ${r.int(1, 20)}` : '', l2].filter(Boolean).join('\n') : `${l1}, ${l2}`;
}
function nlAddress(r: Rng, ml: boolean): string {
  const [street, city, pc] = r.pick(NL_PLACES);
  const belgian = pc < 10000 && ['Antwerpen', 'Gent'].includes(city);
  const code = belgian ? String(pc + r.int(0, 99)) : `${pc + r.int(0, 8)} ${letters(r, 2, 'ABCEGHJKLMNPRTVWXZ')}`;
  const l1 = `${street} ${r.int(1, 400)}${r.chance(0.3) ? r.pick(['-1', '-2', ' hs', 'A', ' bus 3']) : ''}`;
  return [l1, `${code} ${city}`].join(ml ? '\n' : ', ');
}
function plAddress(r: Rng, ml: boolean): string {
  const [street, city, pre] = r.pick(PL_PLACES);
  const l1 = `${street} ${r.int(1, 150)}${r.chance(0.5) ? `/${r.int(1, 80)}` : r.chance(0.3) ? ` m. ${r.int(1, 60)}` : ''}`;
  return [l1, `${pre}-${pad(r.int(1, 999), 3)} ${city}`].join(ml ? '\n' : ', ');
}
function seAddress(r: Rng, ml: boolean): string {
  const [street, city, pre] = r.pick(SE_PLACES);
  const l1 = `${street} ${r.int(1, 90)}${r.chance(0.3) ? `, lgh ${r.int(1001, 1605)}` : ''}`;
  const co = r.chance(0.1) ? `c/o ${r.pick(CULTURES.nordic.family)}` : '';
  return [co, l1, `${pre}${r.int(1, 9)} ${r.int(10, 99)} ${city}`].filter(Boolean).join(ml ? '\n' : ', ');
}
function ptAddress(r: Rng, ml: boolean): string {
  const [street, city, cp] = r.pick([['Rua Augusta', 'Lisboa', '1100'], ['Avenida da Boavista', 'Porto', '4100'], ['Rua Ferreira Borges', 'Coimbra', '3000'], ['Rua de Santa Catarina', 'Porto', '4000'], ['Avenida da Liberdade', 'Lisboa', '1250']] as const);
  const l1 = `${street} ${r.int(1, 1600)}${r.chance(0.5) ? `, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.', 'Frente'])}` : ''}`;
  return [l1, `${cp}-${pad(r.int(1, 999), 3)} ${city}`].join(ml ? '\n' : ', ');
}
function brAddress(r: Rng, ml: boolean): string {
  const [street, bairro, city, uf, cep] = r.pick(BR_PLACES);
  const l1 = `${street}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 1504)}` : ''}`;
  const l2 = `${bairro}, ${city} - ${uf}`;
  const l3 = `${cep}${r.digits(2)}-${r.digits(3)}`;
  return ml ? [l1, l2, `CEP ${l3}`].join('\n') : `${l1} - ${l2}, ${l3}`;
}
function jpAddress(r: Rng, ml: boolean): string {
  const [native, roman, pre] = r.pick(JP_PLACES);
  const block = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
  const pc = `${pre}-${r.digits(4)}`;
  if (r.chance(0.5)) return `〒${pc}${ml ? '\n' : ' '}${native}${block}${r.chance(0.4) ? ` ${r.pick(['サンハイツ', 'グリーンコート', 'メゾン桜'])}${r.int(101, 905)}号室` : ''}`;
  return [`${block} ${roman.split(', ')[0]}`, roman.split(', ').slice(1).join(', ') + ` ${pc}`].join(ml ? '\n' : ', ');
}
function caAddress(r: Rng, ml: boolean): string {
  const [street, city, prov, fsa] = r.pick(CA_PLACES);
  const unit = r.chance(0.4) ? `${r.pick(['Unit', 'Apt', 'Suite'])} ${r.int(101, 2404)}` : '';
  const pc = `${fsa} ${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`;
  const l1 = `${r.int(10, 9999)} ${street}`;
  return ml ? [unit ? `${unit}, ${l1}` : l1, `${city} ${prov} ${pc}`].join('\n') : [l1, unit, `${city}, ${prov} ${pc}`].filter(Boolean).join(', ');
}
function auAddress(r: Rng, ml: boolean): string {
  const [street, suburb, st, pc] = r.pick(AU_PLACES);
  const l1 = r.chance(0.3) ? `${r.int(1, 40)}/${r.int(1, 300)} ${street}` : r.chance(0.15) ? `PO Box ${r.int(100, 9999)}` : `${r.int(1, 300)} ${street}`;
  return [l1, `${suburb} ${st} ${pad(pc + r.int(0, 9), 4)}`].join(ml ? '\n' : ', ');
}
function inAddress(r: Rng, ml: boolean): string {
  const [area, city, state, pin] = r.pick(IN_PLACES);
  const l1 = r.pick([`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Krupa Apartments', 'Prestige Lakeside', 'Green Valley Residency', 'Shanti Niwas'])}`, `House No. ${r.int(1, 400)}`, `${r.pick(['B', 'C', 'D'])}-${r.int(1, 99)}`]);
  return [l1, area, `${city}, ${state} ${pin}${r.digits(2)}`].join(ml ? '\n' : ', ');
}
function trAddress(r: Rng, ml: boolean): string {
  const [street, ilce, il, pk] = r.pick(TR_PLACES);
  const l1 = `${street} No: ${r.int(1, 300)}${r.chance(0.6) ? ` D: ${r.int(1, 30)}` : ''}`;
  return [l1, `${pk}${r.digits(2)} ${ilce}/${il}`].join(ml ? '\n' : ', ');
}
function mxAddress(r: Rng, ml: boolean): string {
  const [street, col, cp, city] = r.pick([['Av. Insurgentes Sur', 'Col. Del Valle', '03100', 'Ciudad de México, CDMX'], ['Calle Morelos', 'Centro', '44100', 'Guadalajara, Jal.'], ['Av. Constitución', 'Centro', '64000', 'Monterrey, N.L.'], ['Calle 60', 'Centro', '97000', 'Mérida, Yuc.']] as const);
  const l1 = `${street} ${r.int(1, 2500)}${r.chance(0.4) ? `, Int. ${r.int(1, 30)}` : ''}`;
  return [l1, col, `${cp} ${city}`].join(ml ? '\n' : ', ');
}
function ngAddress(r: Rng, ml: boolean): string {
  const l = r.pick([[`${r.int(1, 90)} Adeola Odeku Street`, 'Victoria Island', 'Lagos'], [`Plot ${r.int(1, 400)}, Aminu Kano Crescent`, 'Wuse II', 'Abuja'], [`${r.int(1, 60)} Awolowo Road`, 'Ikoyi', 'Lagos'], [`${r.int(1, 40)} Ogui Road`, 'Enugu', 'Enugu State']]);
  return l.join(ml ? '\n' : ', ');
}
function keAddress(r: Rng, ml: boolean): string {
  const l = r.pick([[`${r.pick(['Kenyatta Avenue', 'Ngong Road', 'Moi Avenue', 'Waiyaki Way'])}, ${r.pick(['Hse', 'Apt'])} ${r.int(1, 60)}`, `P.O. Box ${r.int(1000, 99999)}-00100`, 'Nairobi'], [`${r.pick(['Nyali Road', 'Links Road'])}`, `P.O. Box ${r.int(100, 9999)}-80100`, 'Mombasa']]);
  return l.join(ml ? '\n' : ', ');
}
function ieAddress(r: Rng, ml: boolean): string {
  const eir = `${r.pick(['D02', 'D04', 'D06W', 'T12', 'H91', 'V94'])} ${alnum(r, 4)}`.replace('D06W ', 'D6W ');
  const l = [r.chance(0.4) ? `Apartment ${r.int(1, 60)}` : '', `${r.int(1, 120)} ${r.pick(['Harcourt Street', 'Oliver Plunkett Street', 'Shop Street', "O'Connell Avenue", 'Ranelagh Road'])}`, r.pick(['Dublin 2', 'Cork', 'Galway', 'Limerick', 'Dublin 6']), eir].filter(Boolean);
  return l.join(ml ? '\n' : ', ');
}
function chAddress(r: Rng, ml: boolean): string {
  const [street, plz, city] = r.pick([['Bahnhofstrasse', 8001, 'Zürich'], ['Rue du Rhône', 1204, 'Genève'], ['Marktgasse', 3011, 'Bern'], ['Via Nassa', 6900, 'Lugano'], ['Steinenvorstadt', 4051, 'Basel']] as const);
  return [`${street} ${r.int(1, 120)}`, `${plz} ${city}`].join(ml ? '\n' : ', ');
}
function zaAddress(r: Rng, ml: boolean): string {
  const [street, sub, city, pc] = r.pick([['Long Street', 'Cape Town City Centre', 'Cape Town', '8001'], ['Vilakazi Street', 'Orlando West', 'Soweto', '1804'], ['Florida Road', 'Morningside', 'Durban', '4001'], ['Jan Smuts Avenue', 'Parktown North', 'Johannesburg', '2193']] as const);
  return [`${r.int(1, 400)} ${street}`, sub, `${city}, ${pc}`].join(ml ? '\n' : ', ');
}

const ADDRESS_BY_COUNTRY: Partial<Record<Country, (r: Rng, ml: boolean) => string>> = {
  US: usAddress, GB: gbAddress, DE: deAddress, FR: frAddress, ES: esAddress, IT: itAddress, NL: nlAddress, BE: nlAddress,
  PL: plAddress, SE: seAddress, PT: ptAddress, BR: brAddress, JP: jpAddress, CA: caAddress, AU: auAddress, IN: inAddress,
  TR: trAddress, MX: mxAddress, NG: ngAddress, KE: keAddress, IE: ieAddress, CH: chAddress, AT: deAddress, ZA: zaAddress,
};

/** A street or PO-box address laid out the local way; multi-line when `ml`. */
function address(r: Rng, country: Country, ml = false): string {
  const fn = ADDRESS_BY_COUNTRY[country] ?? usAddress;
  return fn(r, ml);
}

// ───────────────────────────────────────────────────────────── phones

function usPhone(r: Rng, cc: '1' = '1'): string {
  const area = r.pick(['212', '312', '415', '503', '617', '646', '702', '713', '206', '305', '404', '512', '614', '720', '919', '416', '604', '514', '773', '857']);
  const ex = String(r.int(201, 989)).replace(/11$/, '12');
  const ln = r.digits(4);
  return r.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`, `${area}.${ex}.${ln}`, `+${cc} ${area} ${ex} ${ln}`,
    `+${cc}-${area}-${ex}-${ln}`, `${cc} (${area}) ${ex}-${ln}`, `+${cc} (${area}) ${ex}-${ln}`, `${area}${ex}${ln}`]);
}

const PHONE_BY_COUNTRY: Readonly<Record<Country, (r: Rng) => string>> = {
  US: (r) => usPhone(r),
  CA: (r) => usPhone(r),
  GB: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`,
    `+44 (0)20 8${r.digits(3)} ${r.digits(4)}`, `0113 ${r.int(200, 499)} ${r.digits(4)}`, `0161 ${r.int(200, 999)} ${r.digits(4)}`, `+447${r.int(400, 999)}${r.digits(6)}`]),
  DE: (r) => r.pick([`+49 30 ${num(r, 8)}`, `030 ${num(r, 7)}`, `+49 151 ${num(r, 8)}`, `0151 ${r.digits(4)} ${r.digits(4)}`,
    `089/${num(r, 7)}`, `+49 (0)89 ${num(r, 7)}`, `0170-${num(r, 7)}`, `+49 221 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  AT: (r) => r.pick([`+43 1 ${num(r, 7)}`, `0664 ${num(r, 7)}`, `+43 664 ${r.digits(3)} ${r.digits(4)}`]),
  CH: (r) => r.pick([`+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  FR: (r) => {
    const p = [r.pick(['1', '6', '7', '4', '5', '2', '9']), r.digits(2), r.digits(2), r.digits(2), r.digits(2)];
    return r.pick([`0${p.join(' ')}`, `+33 ${p.join(' ')}`, `+33 (0)${p.join(' ')}`, `0${p.join('.')}`, `0${p.join('')}`]);
  },
  BE: (r) => r.pick([`+32 4${r.int(60, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04${r.int(60, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  ES: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `9${r.int(10, 88)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(8)}`, `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  IT: (r) => r.pick([`+39 3${r.int(20, 49)} ${r.digits(3)} ${r.digits(4)}`, `02 ${r.digits(4)} ${r.digits(4)}`, `+39 06 ${r.digits(4)} ${r.digits(4)}`, `3${r.int(20, 49)}-${r.digits(7)}`, `3${r.int(20, 49)} ${r.digits(7)}`]),
  NL: (r) => r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`, `020-${num(r, 7)}`, `+31 20 ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  PL: (r) => r.pick([`+48 ${r.int(500, 899)} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `${r.int(500, 899)}-${r.digits(3)}-${r.digits(3)}`, `${r.int(500, 899)} ${r.digits(3)} ${r.digits(3)}`]),
  SE: (r) => r.pick([`+46 7${r.pick(['0', '2', '3', '6'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
  PT: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`, `9${r.pick(['1', '3', '6'])}${r.digits(7)}`]),
  BR: (r) => {
    const ddd = r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85']);
    return r.pick([`+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) ${r.int(2, 5)}${r.digits(3)}-${r.digits(4)}`, `+55${ddd}9${r.digits(8)}`]);
  },
  JP: (r) => r.pick([`0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`, `+81 ${r.pick(['90', '80'])}-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 3 ${r.digits(4)} ${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
  KR: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
  CN: (r) => r.pick([`+86 1${r.pick(['38', '39', '50', '86', '37'])} ${r.digits(4)} ${r.digits(4)}`, `1${r.pick(['38', '39', '50', '86'])}${r.digits(8)}`, `010-${r.digits(4)}-${r.digits(4)}`]),
  IN: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `+91-80-${r.digits(4)}-${r.digits(4)}`, `+91 7${r.digits(9)}`, `98${r.digits(3)}-${r.digits(5)}`]),
  AU: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 2 ${r.digits(4)} ${r.digits(4)}`, `(03) 9${r.digits(3)} ${r.digits(4)}`]),
  TR: (r) => r.pick([`+90 5${r.int(30, 59)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `05${r.int(30, 59)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0 (212) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+90 (216) ${r.digits(3)} ${r.digits(4)}`]),
  MX: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
  NG: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `+234 70${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`]),
  KE: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(6)}`, `+254 20 ${r.digits(7)}`]),
  ZA: (r) => r.pick([`+27 8${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `08${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `(021) ${r.digits(3)} ${r.digits(4)}`]),
  IE: (r) => r.pick([`+353 8${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `08${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]),
  AE: (r) => r.pick([`+971 5${r.pick(['0', '2', '5', '6'])} ${r.digits(3)} ${r.digits(4)}`, `05${r.pick(['0', '5'])} ${r.digits(3)} ${r.digits(4)}`, `+971 4 ${r.digits(3)} ${r.digits(4)}`]),
  ID: (r) => r.pick([`+62 812-${r.digits(4)}-${r.digits(4)}`, `0812 ${r.digits(4)} ${r.digits(4)}`, `(021) ${r.digits(4)}-${r.digits(4)}`]),
};

/** A phone number written the way that country writes it (national or international). */
function phone(r: Rng, country: Country): string {
  return PHONE_BY_COUNTRY[country](r);
}
const EXTENSIONS = (r: Rng): string => r.pick([` ext. ${r.int(10, 4999)}`, ` x${r.int(100, 999)}`, ` (ext ${r.int(10, 99)})`, '', '', '']);

// ───────────────────────────────────────────────────────────── look-alikes (never labelled)

const BRANDS = ['Ford', 'Dell', 'Philips', 'Siemens', 'Porsche', "McDonald's", 'Johnson & Johnson', 'Ferrari', 'Heineken',
  'Disney', 'Boeing', 'Tesla', 'Mercedes-Benz', 'Louis Vuitton', 'Hugo Boss', 'Ralph Lauren', 'Tommy Hilfiger', 'Adidas',
  'Marriott', 'Hilton', "Wendy's", "Ben & Jerry's", 'Dr. Oetker', 'Goldman Sachs', 'Morgan Stanley', 'Wells Fargo', 'Barclays',
  "Sainsbury's", 'Marks & Spencer', "Kellogg's", 'Toyota', 'Honda', 'Peugeot', 'Renault', 'Bosch', 'Braun', 'Miele', 'Dyson',
  'Procter & Gamble', 'Hewlett-Packard', 'Chanel', 'Lamborghini', 'Bayer', 'Pfizer', 'Nestlé', 'Cadbury', 'Guinness', 'Heinz',
  'Michelin', 'Harley-Davidson', 'Rolls-Royce', 'Suzuki', 'Yamaha', 'Carl Zeiss', 'Paul Smith', 'Ted Baker', 'Hermès',
  'Lidl', 'Aldi', 'Gillette', 'Colgate', 'Kraft Heinz', 'Deloitte', 'Ernst & Young', 'Mitsubishi', 'Ikea'];

interface Firm {
  readonly name: string;
  readonly domain: string;
  readonly country: Country;
}
const FIRMS: readonly Firm[] = [
  { name: 'Whitfield & Rowe LLP', domain: 'whitfieldrowe.co.uk', country: 'GB' },
  { name: 'Okafor Logistics Ltd', domain: 'okaforlogistics.ng', country: 'NG' },
  { name: 'Lindqvist Design AB', domain: 'lindqvistdesign.se', country: 'SE' },
  { name: 'Moreau Frères SARL', domain: 'moreau-freres.fr', country: 'FR' },
  { name: 'Castillo Hermanos S.A.', domain: 'castillohermanos.es', country: 'ES' },
  { name: 'Van den Berg Installatietechniek B.V.', domain: 'vdberg-installatie.nl', country: 'NL' },
  { name: 'Kowalski i Syn sp. z o.o.', domain: 'kowalski-syn.pl', country: 'PL' },
  { name: 'Tanaka Seimitsu K.K.', domain: 'tanaka-seimitsu.co.jp', country: 'JP' },
  { name: 'Yılmaz Tekstil A.Ş.', domain: 'yilmaztekstil.com.tr', country: 'TR' },
  { name: 'Patel & Sons Pharmacy', domain: 'patelpharmacy.co.uk', country: 'GB' },
  { name: 'Rossi & Figli S.r.l.', domain: 'rossiefigli.it', country: 'IT' },
  { name: 'Schulz Elektrotechnik GmbH', domain: 'schulz-elektro.de', country: 'DE' },
  { name: 'Hartley Brothers Removals', domain: 'hartleybros.co.uk', country: 'GB' },
  { name: 'Mensah Consulting Group', domain: 'mensahgroup.com', country: 'US' },
  { name: 'Brennan & Doyle Solicitors', domain: 'brennandoyle.ie', country: 'IE' },
  { name: 'Northwind Freight Inc.', domain: 'northwindfreight.com', country: 'US' },
  { name: 'Bright Harbor Health', domain: 'brightharborhealth.org', country: 'US' },
  { name: 'Albatros Seguros', domain: 'albatros-seguros.mx', country: 'MX' },
  { name: 'Cedar & Finch Insurance', domain: 'cedarfinch.com', country: 'US' },
  { name: 'Kestrel Analytics', domain: 'kestrel-analytics.io', country: 'US' },
  { name: 'Ferreira & Costa Advogados', domain: 'ferreiracosta.adv.br', country: 'BR' },
  { name: 'Maple Leaf Dental Clinic', domain: 'mapleleafdental.ca', country: 'CA' },
  { name: 'Quokka Energy Pty Ltd', domain: 'quokkaenergy.com.au', country: 'AU' },
  { name: 'Sharma Infotech Pvt Ltd', domain: 'sharmainfotech.in', country: 'IN' },
];

const PLACES_LIKE_NAMES = ['Florence', 'Victoria', 'Charlotte', 'Austin', 'Regina', 'Adelaide', 'Sydney', 'Santiago', 'Jackson',
  'Lincoln', 'Madison', 'Georgia', 'Virginia', 'Chelsea', 'Brooklyn', 'Savannah', 'Orlando', 'Phoenix', 'Kingston', 'Hamilton',
  'Darwin', 'Elizabeth', 'Alexandria', 'Beverly Hills', 'Sofia', 'Lourdes', 'San José', 'St. Petersburg', 'Wellington'];
const DISEASES = ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease",
  'Hodgkin lymphoma', "Bell's palsy", "Raynaud's phenomenon", "Addison's disease", "Cushing's syndrome", 'Guillain-Barré syndrome',
  'Tourette syndrome', 'Down syndrome', "Ménière's disease", "Baker's cyst", 'Osgood-Schlatter disease', 'Epstein-Barr virus',
  "Huntington's disease", "Sjögren's syndrome", "Barrett's oesophagus", 'Kawasaki disease', "Dupuytren's contracture"];
const CLINICAL_EPONYMS = ['Apgar score', 'Glasgow Coma Scale', 'Babinski sign', "McMurray's test", 'Heimlich manoeuvre',
  'Foley catheter', 'Holter monitor', 'Swan-Ganz catheter', "Murphy's sign", 'Wells score'];
const DRUGS = ['atorvastatin 20 mg', 'metformin 500 mg', 'levothyroxine 75 mcg', 'amoxicillin 500 mg', 'ibuprofen 400 mg',
  'sertraline 50 mg', 'lisinopril 10 mg', 'omeprazole 20 mg', 'salbutamol inhaler', 'Ozempic 0.5 mg', 'Eliquis 5 mg',
  'Xarelto 20 mg', 'Humira 40 mg', 'Lipitor', 'Zoloft', 'Nurofen', 'Tylenol', 'prednisolone 5 mg', 'apixaban 2.5 mg'];
const LAWS = ["Moore's law", "Murphy's law", "Hooke's law", "Ohm's law", "Newton's second law", 'the Dodd-Frank Act',
  'Sarbanes-Oxley', 'the Gramm-Leach-Bliley Act', "Megan's Law", 'the Hatch Act', "Dijkstra's algorithm", 'a Kalman filter',
  'the Fourier transform', 'Levenshtein distance', 'a Bloom filter', 'Bézier curves', 'a Gaussian blur', 'the Turing test',
  'the Pareto principle', "Conway's law", "Goodhart's law", "Brooks's law", "Hofstadter's law", 'the Luhn check', 'Fibonacci backoff',
  "Occam's razor", "Hanlon's razor", 'the Dunning-Kruger effect', 'Bayesian inference', 'the Nash equilibrium'];
const SOFTWARE = ['Jenkins', 'Kafka', 'Cassandra', 'Julia', 'Ruby', 'Ada', 'Alexa', 'Siri', 'Hugo', 'Maven', 'Gradle', 'Sentry',
  'Grafana', 'Hudson', 'Mercurial', 'Pascal', 'Debian', 'Kubernetes', 'Django', 'Flask'];
const USERNAMES = ['root', 'ubuntu', 'deploy', 'ci-runner', 'svc_billing', 'admin', 'dependabot[bot]', 'renovate-bot', 'postgres',
  'www-data', 'jenkins', 'build-agent-07', 'github-actions[bot]', 'nobody', 'ec2-user', 'svc-etl'];
const JOB_TITLES = ['Senior Account Manager', 'Head of Customer Success', 'Chief Medical Officer', 'Staff Software Engineer',
  'Claims Adjuster', 'Paralegal', 'Registered Nurse', 'HR Business Partner', 'Operations Lead', 'Customer Care Specialist',
  'Relationship Manager', 'Site Reliability Engineer', 'Practice Manager', 'Payroll Administrator', 'Associate Attorney'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const orderNo = (r: Rng): string => r.pick([`#${num(r, 7)}`, `ORD-${num(r, 6)}`, `${num(r, 3)}-${r.digits(7)}-${r.digits(7)}`, `SO${num(r, 8)}`]);
const ticketNo = (r: Rng): string => r.pick([`INC${r.digits(7)}`, `CS-${num(r, 5)}`, `#${num(r, 6)}`, `SR ${num(r, 8)}`, `${letters(r, 3)}-${num(r, 4)}`]);
const trackingNo = (r: Rng): string => r.pick([`1Z${alnum(r, 6)}${r.digits(10)}`, `${num(r, 12)}`, `JD${r.digits(16)}`, `${letters(r, 2)}${r.digits(9)}GB`, `00${r.digits(18)}`, `TBA${r.digits(12)}`]);
const invoiceNo = (r: Rng): string => r.pick([`INV-${r.int(2023, 2026)}-${r.digits(5)}`, `F${r.int(2023, 2026)}/${num(r, 4)}`, `RE-${num(r, 6)}`]);
const version = (r: Rng): string => `${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`;
const sha = (r: Rng, n = 40): string => hex(r, n);
const isbn = (r: Rng): string => `978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.digits(1)}`;
const coords = (r: Rng): string => `${(r.next() * 140 - 70).toFixed(5)}, ${(r.next() * 340 - 170).toFixed(5)}`;
const amount = (r: Rng): string => r.pick([`$${money(r, 5, 2400)}`, `€${money(r, 5, 2400)}`, `£${money(r, 5, 900)}`, `${money(r, 5, 2400)} EUR`, `R$ ${r.int(10, 5000)},${pad(r.int(0, 99), 2)}`]);

// ───────────────────────────────────────────────────────────── cast

const HOME: Readonly<Record<CultureId, readonly Country[]>> = {
  anglo: ['US', 'US', 'GB', 'CA', 'AU', 'IE'], irish: ['IE', 'GB', 'US'], hispanic: ['ES', 'MX', 'US'], luso: ['PT', 'BR', 'BR'],
  french: ['FR', 'FR', 'CA', 'BE', 'CH'], german: ['DE', 'DE', 'AT', 'CH'], dutch: ['NL', 'BE'], nordic: ['SE'],
  polish: ['PL', 'GB', 'DE'], russian: ['DE', 'US', 'PL'], southslavic: ['DE', 'AT', 'CH'], czech: ['DE', 'AT'],
  greek: ['DE', 'GB', 'US'], turkish: ['TR', 'TR', 'DE', 'NL'], arabic: ['AE', 'FR', 'GB', 'US'], persian: ['US', 'CA', 'DE', 'SE'],
  southasian: ['IN', 'IN', 'GB', 'US', 'CA'], chinese: ['US', 'CA', 'AU', 'GB'], japanese: ['JP', 'JP', 'US'],
  korean: ['US', 'CA', 'AU'], vietnamese: ['US', 'AU', 'FR'], filipino: ['US', 'CA', 'AU'], indonesian: ['NL', 'AU'],
  thai: ['AU', 'US'], yoruba: ['NG', 'GB', 'US'], igbo: ['NG', 'GB', 'US'], swahili: ['KE'], amharic: ['US', 'CA'],
  zulu: ['ZA'], akan: ['GB', 'US'], hebrew: ['US', 'GB'], italian: ['IT', 'IT', 'CH'],
};
/** Phone country for people whose culture has no address layout here. */
const PHONE_HOME: Partial<Record<CultureId, readonly Country[]>> = {
  chinese: ['CN', 'US'], korean: ['KR', 'US'], indonesian: ['ID'], arabic: ['AE', 'GB'],
};

interface Member {
  readonly p: Person;
  readonly country: Country;
  readonly phoneCountry: Country;
}
function member(r: Rng, cultures?: readonly CultureId[], country?: Country): Member {
  const culture = cultures ? r.pick(cultures) : r.pick(ALL_CULTURES);
  const p = makePerson(r, culture);
  const home = country ?? r.pick(HOME[culture]);
  const ph = r.chance(0.3) && PHONE_HOME[culture] ? r.pick(PHONE_HOME[culture] ?? [home]) : home;
  return { p, country: home, phoneCountry: ph };
}

/** Marks the person as the session user (their name then appears in knownNames). */
function maybeKnown(r: Rng, d: DocBuilder, p: Person, prob = 0.6): void {
  if (r.chance(prob)) d.knownName(fullName(p));
}

const ANY = (r: Rng): Member => member(r);

// ───────────────────────────────────────────────────────────── English document families

type Family = (r: Rng, d: DocBuilder) => void;

const SUPPORT_BRANDS = ['Northwind Freight', 'Kestrel Mobile', 'Harbor Home Insurance', 'Parcelly', 'Voltstream Energy',
  'Lumen Bank', 'Tandem Telecom', 'Brightlane Broadband', 'Copperleaf Furniture', 'Skylark Airways'];
const CARRIERS = ['UPS', 'DHL Express', 'FedEx', 'Royal Mail', 'DPD', 'PostNL', 'Hermes', 'USPS', 'GLS', 'Canada Post'];

function supportChat(r: Rng, d: DocBuilder): void {
  const c = ANY(r);
  const agent = makePerson(r, r.pick(['anglo', 'southasian', 'filipino', 'hispanic', 'irish'] as const));
  const a = nameAs(agent, 'given');
  const brand = r.pick(SUPPORT_BRANDS);
  const casual = r.chance(0.4);
  maybeKnown(r, d, c.p);
  d.w`Chat transcript — ${brand} Support — ticket ${ticketNo(r)} — ${iso(recentDate(r))} ${time(r)}\n`;
  d.w`${P(a)} (agent): Hi, you're chatting with ${P(a)} from ${brand}. How can I help today?\n`;
  const nm = casual ? nameAs(c.p, r.pick(['lower', 'full'] as const)) : nameAs(c.p, 'full');
  d.w`Customer: ${casual ? 'hi, ' : 'Hello, '}my order ${orderNo(r)} never arrived. the account is under ${P(nm)}\n`;
  d.w`${P(a)} (agent): I'm sorry to hear that! Could you confirm the email address on the account?\n`;
  d.w`Customer: ${EM(personalEmail(r, c.p))}\n`;
  d.w`${P(a)} (agent): Thanks, ${P(nameAs(c.p, 'given'))}. And the delivery address?\n`;
  d.w`Customer: ${AD(address(r, c.country))}\n`;
  d.w`${P(a)} (agent): The parcel was handed to ${r.pick(CARRIERS)} on ${writeDate(r, recentDate(r), 'en')} (tracking ${trackingNo(r)}).`;
  if (r.chance(0.6)) {
    d.w` For security, can you also confirm your date of birth?\nCustomer: ${DB(writeDate(r, birthDate(r), 'en'))}\n`;
  } else d.w`\n`;
  d.w`${P(a)} (agent): Perfect. I'll re-ship it today at no cost. Shall I send SMS updates to the number ending ${r.digits(4)}?\n`;
  if (r.chance(0.35)) d.w`Customer: no, please use ${PH(phone(r, c.phoneCountry))} instead\n`;
  else d.w`Customer: yes that's fine\n`;
  if (r.chance(0.45)) {
    const c1 = card(r);
    d.w`Customer: can you charge the express fee to my ${r.chance(0.5) ? c1.network : 'card'} ${CC(c1.value)}?\n`;
    d.w`${P(a)} (agent): Please don't post full card numbers in chat — I'll send you a secure payment link instead. The fee is ${amount(r)}.\n`;
  }
  if (r.chance(0.4)) {
    const other = ANY(r);
    d.w`Customer: my ${r.pick(['neighbour', 'flatmate', 'partner', 'son', 'daughter'])} ${P(nameAs(other.p, r.pick(['given', 'full'] as const)))} can sign for it if I'm out\n`;
  }
  d.w`${P(a)} (agent): Noted. Anything else I can help with? Have a lovely ${r.pick(WEEKDAYS)}!\n`;
}

function voiceTranscript(r: Rng, d: DocBuilder): void {
  const c = member(r, ['anglo', 'irish', 'hispanic', 'southasian', 'yoruba', 'igbo', 'akan', 'chinese', 'filipino', 'hebrew'], r.pick(['US', 'GB', 'CA', 'AU'] as const));
  const agent = makePerson(r, r.pick(['anglo', 'southasian', 'filipino'] as const));
  const brand = r.pick(SUPPORT_BRANDS).toLowerCase();
  maybeKnown(r, d, c.p, 0.35);
  const ts = (s: number): string => `[${pad(Math.floor(s / 60), 2)}:${pad(s % 60, 2)}]`;
  let s = r.int(1, 5);
  const next = (): string => ts((s += r.int(3, 14)));
  d.w`call_id=${uuid(r)} channel=voice asr=auto lang=en\n`;
  d.w`${next()} agent: thank you for calling ${brand} my name is ${P(nameAs(agent, 'givenLower'))} can i get your full name please\n`;
  d.w`${next()} caller: yeah hi it's ${P(nameAs(c.p, 'lower'))}\n`;
  d.w`${next()} agent: thanks and can you confirm your date of birth\n`;
  const b = birthDate(r, 1940, 2004);
  const spoken = r.chance(0.5)
    ? `${monthName('en', b.m).toLowerCase()} ${spokenOrdinal(b.d)} ${spokenYear(b.y)}`
    : r.chance(0.5) ? `the ${spokenOrdinal(b.d)} of ${monthName('en', b.m).toLowerCase()} ${spokenYear(b.y)}` : `${pad(b.m, 2)} ${pad(b.d, 2)} ${b.y}`;
  d.w`${next()} caller: um it's ${DB(spoken)}\n`;
  d.w`${next()} agent: and the best number to reach you\n`;
  const ph = phone(r, c.phoneCountry);
  d.w`${next()} caller: ${PH(r.chance(0.5) ? spokenDigits(ph) : ph)}\n`;
  d.w`${next()} agent: okay i can see the ${r.pick(['claim', 'bill', 'repair', 'refund'])} reference ${spokenDigits(r.digits(6))} from ${r.pick(WEEKDAYS).toLowerCase()} is that the one\n`;
  d.w`${next()} caller: yes that's it i moved though the new address is ${AD(address(r, c.country).toLowerCase().replace(/,/g, ''))}\n`;
  if (r.chance(0.5)) {
    const rel = ANY(r);
    d.w`${next()} caller: and my ${r.pick(['wife', 'husband', 'mum', 'brother', 'carer'])} ${P(nameAs(rel.p, 'givenLower'))} might call too she's on the account\n`;
  }
  if (r.chance(0.35)) d.w`${next()} caller: sorry it's been hard my dad has ${r.pick(DISEASES).toLowerCase()} so i'm back and forth to ${r.pick(PLACES_LIKE_NAMES).toLowerCase()}\n`;
  d.w`${next()} agent: no problem i've updated that the balance is ${r.int(20, 400)} dollars ${r.int(1, 99)} cents anything else\n`;
  d.w`${next()} caller: no that's all thanks\n`;
}

function emailMessage(r: Rng, d: DocBuilder): void {
  const firm = r.pick(FIRMS);
  const sender = member(r, undefined, firm.country);
  const rcpt = ANY(r);
  const cc = ANY(r);
  const subject = r.pick(['Re: contract renewal', 'Invoice query', 'Fwd: site visit next week', 'Quick question about the quote',
    'Re: onboarding documents', 'Follow-up from our call', 'Your application']);
  maybeKnown(r, d, rcpt.p, 0.35);
  d.w`From: "${P(romanName(sender.p))}" <${EM(workEmail(r, sender.p, firm.domain))}>\n`;
  d.w`To: ${P(romanName(rcpt.p))} <${EM(personalEmail(r, rcpt.p))}>\n`;
  if (r.chance(0.5)) d.w`Cc: ${EM(workEmail(r, cc.p, firm.domain))}\n`;
  const dt = recentDate(r);
  d.w`Date: ${r.pick(WEEKDAYS).slice(0, 3)}, ${dt.d} ${monthName('en', dt.m).slice(0, 3)} ${dt.y} ${time(r)}:${pad(r.int(0, 59), 2)} +0${r.int(0, 2)}00\n`;
  d.w`Subject: ${subject} [${invoiceNo(r)}]\nX-Mailer: ${r.pick(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Thunderbird 115.8.1'])}\nThread-Index: A${alnum(r, 22)}==\n\n`;
  d.w`Dear ${P(nameAs(rcpt.p, r.pick(['given', 'full'] as const)))},\n\n`;
  d.w`${r.pick([
    `Thank you for your time on ${r.pick(WEEKDAYS)}. As discussed, the revised quote of ${amount(r)} is attached and valid until ${writeDate(r, recentDate(r), 'en')}.`,
    `Following up on the ${r.pick(BRANDS)} account: our finance team has reissued the invoice; the due date is now ${writeDate(r, recentDate(r), 'en')}.`,
    `I've looped in my colleague, who covers the ${r.pick(PLACES_LIKE_NAMES)} office while I'm away.`,
  ])}`;
  if (r.chance(0.6)) {
    const col = member(r, undefined, firm.country);
    d.w` If anything is urgent, please contact ${P(nameAs(col.p, r.pick(['full', 'initial'] as const)))} on ${PH(phone(r, col.phoneCountry))}.`;
  }
  d.w`\n\nKind regards,\n\n${P(nameAs(sender.p, r.pick(['full', 'middle'] as const)))}\n${r.pick(JOB_TITLES)} | ${firm.name}\n`;
  d.w`${AD(address(r, firm.country, r.chance(0.5)))}\n`;
  d.w`T ${PH(phone(r, firm.country))}${EXTENSIONS(r)}`;
  if (r.chance(0.3)) d.w` | M ${PH(phone(r, sender.phoneCountry))}`;
  d.w`\nThis e-mail and any attachments are confidential. If you received it in error, please notify the sender.\n`;
}

function clinicalNote(r: Rng, d: DocBuilder): void {
  const pt = member(r, undefined, r.pick(['US', 'GB', 'CA', 'AU', 'IE'] as const));
  const doc = makePerson(r);
  const nurse = makePerson(r);
  const b = birthDate(r, 1935, 2015);
  const enc = recentDate(r);
  d.w`PATIENT: ${P(nameAs(pt.p, r.pick(['comma', 'upper', 'full'] as const)))}    MRN: ${num(r, 8)}    ${r.pick(['DOB', 'D.O.B.', 'Date of birth'])}: ${DB(writeDate(r, b, 'en'))}\n`;
  d.w`Encounter: ${iso(enc)} ${time(r)}   Provider: Dr. ${P(nameAs(doc, r.pick(['family', 'full', 'initial'] as const)))}   Location: ${r.pick(['Bright Harbor Health – Outpatient 3B', 'St. Jude Ward 7', 'Mercy Clinic, Room 12', 'Mayo Clinic referral desk'])}\n\n`;
  d.w`S: ${enc.y - b.y}-year-old ${r.pick(['presenting with', 'seen for follow-up of'])} ${r.pick(DISEASES)}. Reports fatigue since ${r.pick(WEEKDAYS)}. No known drug allergies.\n`;
  d.w`O: BP ${r.int(100, 160)}/${r.int(60, 95)}, HR ${r.int(55, 110)}, SpO2 ${r.int(92, 100)}%. ${r.pick(CLINICAL_EPONYMS)} negative.\n`;
  d.w`Medications: ${r.pick(DRUGS)}; ${r.pick(DRUGS)}.\n`;
  d.w`A/P: Continue current plan, bloods (lot ${alnum(r, 8)}), review on ${writeDate(r, recentDate(r), 'en')}. Discussed ${r.pick(DISEASES)} as differential.\n`;
  d.w`Contact: ${PH(phone(r, pt.phoneCountry))}; address on file: ${AD(address(r, pt.country))}\n`;
  if (r.chance(0.5)) {
    const ec = member(r, undefined, pt.country);
    d.w`Emergency contact: ${P(nameAs(ec.p, 'full'))} (${r.pick(['spouse', 'daughter', 'son', 'sister', 'friend'])}) ${PH(phone(r, ec.phoneCountry))}\n`;
  }
  if (pt.country === 'US' && r.chance(0.7)) d.w`Insurance: ${r.pick(['Aetna', 'Cigna', 'Blue Cross Blue Shield', 'Kaiser Permanente'])} member ${letters(r, 3)}${r.digits(9)}; SSN ${SSN(ssn(r, 'dash'))}\n`;
  d.w`Signed: ${P(nameAs(nurse, 'full'))}, ${r.pick(['RN', 'NP', 'PA-C', 'MD'])} — ${stamp(r, enc)}\n`;
}

function insuranceClaim(r: Rng, d: DocBuilder): void {
  const h = member(r, undefined, 'US');
  const adj = makePerson(r);
  const firm = r.pick(FIRMS.filter((f) => f.name.includes('Insurance') || f.name.includes('Seguros')));
  d.w`${firm.name.toUpperCase()} — FIRST NOTICE OF LOSS\nClaim no.: CLM-${r.int(2023, 2026)}-${r.digits(6)}   Policy: HO-${num(r, 9)}\n\n`;
  d.w`Policyholder: ${P(nameAs(h.p, r.pick(['full', 'comma', 'upper'] as const)))}\n`;
  d.w`Date of birth: ${DB(mdySlash(birthDate(r, 1940, 2000)))}\n`;
  d.w`Social Security No.: ${SSN(ssn(r))}\n`;
  d.w`Risk address: ${AD(address(r, 'US'))}\n`;
  d.w`Phone: ${PH(phone(r, 'US'))}    E-mail: ${EM(personalEmail(r, h.p))}\n`;
  d.w`Date of loss: ${mdySlash(recentDate(r))}   Cause: ${r.pick(['burst pipe', 'hail', 'kitchen fire', 'theft', 'fallen tree'])}\n`;
  d.w`Estimated damage: $${money(r, 400, 48000)}; contractor quote from ${r.pick(BRANDS)} dealer attached (ref ${invoiceNo(r)}).\n`;
  if (r.chance(0.5)) d.w`Payout card on file: ${CC(card(r).value)} (exp ${pad(r.int(1, 12), 2)}/${r.int(26, 31)})\n`;
  else d.w`Payout to account ${r.digits(10)}, routing ${r.pick(['021000021', '026009593', '121000358'])} — verify by callback.\n`;
  d.w`Assigned adjuster: ${P(nameAs(adj, r.pick(['full', 'initial'] as const)))}, ${r.pick(JOB_TITLES)}\n`;
  d.w`Notes: prior claim ${badSsn(r).replace(/-/g, '')} is a legacy claim key, not an SSN; ignore.\n`;
}

function bankMessage(r: Rng, d: DocBuilder): void {
  const cc: Country = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'PT', 'PL', 'SE', 'CH']);
  const payer = member(r, undefined, cc);
  const payee = member(r, undefined, r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB'] as const));
  const kind = r.int(0, 2);
  maybeKnown(r, d, payer.p, 0.3);
  if (kind === 0) {
    d.w`Lumen Bank — transfer confirmation\n\nHi ${P(nameAs(payer.p, 'given'))}, your SEPA transfer was executed on ${iso(recentDate(r))}.\n`;
    d.w`From: ${IB(iban(r, cc))}\nTo: ${P(nameAs(payee.p, r.pick(['full', 'upper'] as const)))} — ${IB(iban(r, payee.country === 'GB' ? 'GB' : payee.country))}\n`;
    d.w`BIC: ${r.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'BSCHESMMXXX', 'UNCRITMMXXX', 'DEUTDEFF'])}\nAmount: €${money(r, 10, 4000)}\n`;
    d.w`Reference: ${r.pick(['Rent', 'Miete', 'Loyer', 'Invoice'])} ${invoiceNo(r)} / E2E ${alnum(r, 16)}\n`;
    d.w`If you didn't make this transfer call us on the number on the back of your card.\n`;
  } else if (kind === 1) {
    const c1 = card(r);
    d.w`Security alert: a payment of ${amount(r)} at ${r.pick(BRANDS)} was declined on your card ending ${c1.last4}.\n`;
    d.w`Card holder: ${P(nameAs(payer.p, 'upper'))}\nIf this was you, no action is needed. Replacement card ${CC(c1.value)} will be mailed to ${AD(address(r, cc))}.\n`;
    d.w`Test card in our docs (4111 1111 1111 1112) is not valid and never charged. Case ${uuid(r)}.\n`;
  } else {
    d.w`Direct debit mandate\nMandate ref: MND-${alnum(r, 10)}\nDebtor: ${P(nameAs(payer.p, 'full'))}\nDebtor address: ${AD(address(r, cc))}\n`;
    d.w`Debtor IBAN: ${IB(iban(r, cc))}\nDate of birth: ${DB(writeDate(r, birthDate(r), 'en'))}\nCreditor: ${r.pick(BRANDS)} Services\nFirst collection: ${iso(recentDate(r))}\n`;
    d.w`Note: account ${badIban(r, cc)} from your previous form failed validation.\n`;
  }
}

function hrForm(r: Rng, d: DocBuilder): void {
  const e = member(r, undefined, 'US');
  const ec = member(r, undefined, 'US');
  const mgr = makePerson(r);
  const b = birthDate(r, 1955, 2005);
  const kv = r.chance(0.5);
  const row = (k: string): string => (kv ? `${k}: ` : `| ${k.padEnd(22)} | `);
  const end = kv ? '\n' : ' |\n';
  d.w`NEW HIRE FORM — ${r.pick(FIRMS).name}\nEmployee ID: E${num(r, 6)}   Start date: ${mdySlash(recentDate(r))}\n\n`;
  d.w`${row('Legal name')}${P(nameAs(e.p, r.pick(['full', 'middle', 'comma'] as const)))}${end}`;
  d.w`${row('Preferred name')}${P(nameAs(e.p, 'given'))}${end}`;
  d.w`${row('Date of birth')}${DB(r.chance(0.5) ? mdySlash(b) : writeDate(r, b, 'en'))}${end}`;
  d.w`${row('SSN')}${SSN(ssn(r))}${end}`;
  d.w`${row('Home address')}${AD(address(r, 'US'))}${end}`;
  d.w`${row('Mobile')}${PH(phone(r, 'US'))}${end}`;
  d.w`${row('Personal e-mail')}${EM(personalEmail(r, e.p))}${end}`;
  d.w`${row('Emergency contact')}${P(nameAs(ec.p, 'full'))}, ${PH(phone(r, 'US'))}${end}`;
  d.w`${row('Job title')}${r.pick(JOB_TITLES)}${end}`;
  d.w`${row('Manager')}${P(nameAs(mgr, 'full'))}${end}`;
  d.w`${row('Salary')}$${r.int(48, 190)},000${end}`;
  if (r.chance(0.4)) d.w`${row('Direct deposit')}Chase acct ${r.digits(9)}${end}`;
  d.w`\nI-9 documents verified on ${mdySlash(recentDate(r))} (List A). Benefit plan: ${r.pick(['PPO Gold', 'HDHP', 'HMO Silver'])}, effective the 1st of ${monthName('en', r.int(1, 12))}.\n`;
}

function shippingNotice(r: Rng, d: DocBuilder): void {
  const c = ANY(r);
  const carrier = r.pick(CARRIERS);
  const ml = r.chance(0.5);
  d.w`${carrier}: Your parcel ${trackingNo(r)} is out for delivery${r.chance(0.5) ? ` today between ${r.int(8, 12)}:00 and ${r.int(13, 19)}:00` : ''}.\n\n`;
  d.w`Deliver to:\n${P(nameAs(c.p, r.pick(['full', 'upper', 'initial'] as const)))}\n${AD(address(r, c.country, ml))}\n`;
  if (r.chance(0.5)) d.w`Recipient phone: ${PH(phone(r, c.phoneCountry))}\n`;
  d.w`\nSender: ${r.pick(FIRMS).name}, order ${orderNo(r)}, ${r.int(1, 4)} item(s), ${(r.next() * 20 + 0.2).toFixed(2)} kg\n`;
  d.w`Estimated arrival: ${r.pick(WEEKDAYS)} ${writeDate(r, recentDate(r), 'en')}. Manage delivery at https://track.example.net/p/${alnum(r, 10)}\n`;
  if (r.chance(0.3)) d.w`Safe place: ${r.pick(['porch', 'garage', 'with neighbour at no. ' + r.int(1, 90), 'reception'])}.\n`;
}

function crmCsv(r: Rng, d: DocBuilder): void {
  const n = r.int(3, 7);
  const withIp = r.chance(0.4);
  const withDob = r.chance(0.35);
  d.w`id,first_name,last_name,email,phone,city,company,created_at${withDob ? ',birth_date' : ''}${withIp ? ',last_ip' : ''}\n`;
  for (let i = 0; i < n; i++) {
    const m = ANY(r);
    const q = (s: string): string => (s.includes(' ') ? '"' : '');
    const g = m.p.given;
    d.w`${num(r, 5)},${q(g)}${P(g)}${q(g)},${q(m.p.family)}${P(m.p.family)}${q(m.p.family)},${EM(personalEmail(r, m.p))},${PH(phone(r, m.phoneCountry))},`;
    d.w`${r.pick(PLACES_LIKE_NAMES)},${r.chance(0.5) ? `"${r.pick(BRANDS)}"` : ''},${stamp(r)}`;
    if (withDob) d.w`,${DB(iso(birthDate(r)))}`;
    if (withIp) d.w`,${IPA(anyIp(r))}`;
    d.w`\n`;
  }
}

function crmJson(r: Rng, d: DocBuilder): void {
  const m = ANY(r);
  const owner = makePerson(r);
  const ind = '  ';
  d.w`{\n${ind}"id": "${uuid(r)}",\n${ind}"type": "contact",\n`;
  d.w`${ind}"name": "${P(romanName(m.p))}",\n${ind}"email": "${EM(personalEmail(r, m.p))}",\n`;
  d.w`${ind}"phones": [{ "label": "mobile", "number": "${PH(phone(r, m.phoneCountry))}" }],\n`;
  d.w`${ind}"address": "${AD(address(r, m.country))}",\n`;
  if (r.chance(0.5)) d.w`${ind}"dob": "${DB(iso(birthDate(r)))}",\n`;
  d.w`${ind}"account": { "company": "${r.pick(BRANDS)}", "tier": "${r.pick(['gold', 'silver', 'free'])}", "mrr": ${r.int(0, 5000)} },\n`;
  d.w`${ind}"owner": "${P(nameAs(owner, 'full'))}",\n${ind}"owner_id": "usr_${alnum(r, 10).toLowerCase()}",\n`;
  if (r.chance(0.4)) d.w`${ind}"signup_ip": "${IPA(anyIp(r))}",\n`;
  d.w`${ind}"tags": ["${r.pick(PLACES_LIKE_NAMES).toLowerCase()}-region", "renewal-${r.int(2025, 2027)}"],\n`;
  d.w`${ind}"updated_at": "${stamp(r)}"\n}\n`;
}

function crmYaml(r: Rng, d: DocBuilder): void {
  const n = r.int(2, 3);
  d.w`# exported ${stamp(r)} by ${r.pick(USERNAMES)} — segment: ${r.pick(PLACES_LIKE_NAMES)} leads\ncontacts:\n`;
  for (let i = 0; i < n; i++) {
    const m = ANY(r);
    d.w`  - name: ${P(nameAs(m.p, r.pick(['full', 'comma'] as const)))}\n    email: ${EM(personalEmail(r, m.p))}\n`;
    d.w`    phone: "${PH(phone(r, m.phoneCountry))}"\n`;
    if (r.chance(0.5)) d.w`    mailing_address: |\n      ${AD(address(r, m.country, true).replace(/\n/g, '\n      '))}\n`;
    if (r.chance(0.3)) d.w`    card_on_file: "${CC(card(r).value)}"\n`;
    d.w`    source: ${r.pick(['webinar', 'referral', 'trade-show', 'organic'])}\n    score: ${r.int(1, 100)}\n`;
  }
}

function gitLog(r: Rng, d: DocBuilder): void {
  const n = r.int(2, 4);
  const user = ANY(r);
  maybeKnown(r, d, user.p, 0.5);
  d.w`$ git log -n ${n} --stat=60\n`;
  for (let i = 0; i < n; i++) {
    const bot = i > 0 && r.chance(0.2);
    const a = i === 0 ? user.p : makePerson(r);
    const t = recentDate(r);
    d.w`commit ${sha(r)}\n`;
    d.w`Author: ${P(romanName(a))} <${EM(r.chance(0.3) ? `${slug(a.given)}.${slug(a.family)}@kestrel-analytics.io` : personalEmail(r, a))}>\n`;
    d.w`Date:   ${r.pick(WEEKDAYS).slice(0, 3)} ${monthName('en', t.m).slice(0, 3)} ${t.d} ${time(r)}:${pad(r.int(0, 59), 2)} ${t.y} +0${r.int(0, 2)}00\n\n`;
    d.w`    ${bot ? `chore(deps, via ${r.pick(USERNAMES)}): bump ${r.pick(['vitest', 'zod', 'hono', 'pino'])} from ${version(r)} to ${version(r)}` : r.pick([
      `fix(billing): guard against null card token (#${num(r, 4)})`, `feat: ${r.pick(LAWS)} based retry policy`,
      `refactor: rename ${r.pick(['getUserName', 'parseAddress', 'formatPhone'])} helper`, `docs: note ${r.pick(SOFTWARE)} upgrade`,
      `test: add fixtures for invalid SSN ${badSsn(r)}`])}\n\n`;
    d.w` src/${r.pick(['billing', 'api', 'jobs', 'crm'])}/${r.pick(['index', 'handler', 'service'])}.ts | ${r.int(2, 80)} ${'+'.repeat(r.int(1, 8))}${'-'.repeat(r.int(0, 5))}\n\n`;
  }
  if (r.chance(0.4)) {
    const reviewer = makePerson(r);
    d.w`Co-authored-by: ${P(romanName(reviewer))} <${EM(personalEmail(r, reviewer))}>\n`;
  }
}

function gitBlame(r: Rng, d: DocBuilder): void {
  const authors = [makePerson(r), makePerson(r)];
  d.w`$ git blame -L ${r.int(10, 90)},+4 src/${r.pick(['auth', 'orders', 'payments'])}/${r.pick(['session', 'refund', 'export'])}.ts\n`;
  const lines = ['  const user = await users.findByEmail(email);', '  if (!user) throw new NotFoundError(`user ${id}`);',
    `  const limit = ${r.int(10, 500)}; // ${r.pick(LAWS)}`, '  return formatCurrency(total, locale);', '  logger.info({ orderId }, "refund queued");'];
  for (let i = 0; i < 4; i++) {
    const a = r.pick(authors);
    const t = recentDate(r);
    d.w`${hex(r, 8)} (${P(romanName(a))} ${iso(t)} ${time(r)}:${pad(r.int(0, 59), 2)} +0100 ${r.int(10, 300)}) ${r.pick(lines)}\n`;
  }
  d.w`\nassistant: The guard on line 3 was added by ${P(nameAs(r.pick(authors), 'given'))} in the ${r.pick(SOFTWARE)} migration; ${r.pick(USERNAMES)} only reformatted it.\n`;
}

function stackTrace(r: Rng, d: DocBuilder): void {
  const m = ANY(r);
  const user = ANY(r);
  maybeKnown(r, d, user.p, 0.4);
  d.w`user: ${r.pick(['getting this in prod since the deploy, any idea?', 'why does the signup endpoint crash?', 'can you look at this trace'])}\n\n`;
  d.w`${stamp(r)} ERROR [${r.pick(['api', 'worker-2', 'billing'])}] request_id=${uuid(r)} client=${IPA(anyIp(r))}\n`;
  d.w`error: duplicate key value violates unique constraint "users_email_key"\n`;
  d.w`DETAIL: Key (email)=(${EM(personalEmail(r, m.p))}) already exists.\n`;
  d.w`    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:${r.int(200, 400)}:${r.int(5, 40)})\n`;
  d.w`    at UserService.create (/home/${r.pick(USERNAMES)}/app/src/users/user-service.ts:${r.int(20, 200)}:${r.int(5, 40)})\n`;
  d.w`    at async signup (/app/src/api/routes/signup.ts:${r.int(10, 90)}:${r.int(3, 30)})\n`;
  d.w`payload: {"fullName":"${P(romanName(m.p))}","phone":"${PH(phone(r, m.phoneCountry))}","plan":"pro","ref":"${alnum(r, 8)}"}\n\n`;
  d.w`assistant: The insert runs twice when the client retries. Wrap it in \`ON CONFLICT (email) DO NOTHING\` and return the existing row; `;
  d.w`also avoid logging the raw payload (it includes the customer's name and phone). Version ${version(r)} of pg changed nothing here.\n`;
  if (r.chance(0.5)) d.w`\nuser: thanks — ${P(nameAs(makePerson(r), 'givenLower'))} on my team hit the same thing last week\n`;
}

function serverLog(r: Rng, d: DocBuilder): void {
  const n = r.int(4, 7);
  const kind = r.int(0, 1);
  for (let i = 0; i < n; i++) {
    const t = recentDate(r);
    const ip = r.chance(0.8) ? ipv4(r) : ipv6(r);
    if (kind === 0) {
      d.w`${IPA(ip)} - - [${pad(t.d, 2)}/${monthName('en', t.m).slice(0, 3)}/${t.y}:${time(r)}:${pad(r.int(0, 59), 2)} +0000] "${r.pick(['GET', 'POST', 'PUT'])} /api/v${r.int(1, 3)}/${r.pick(['orders', 'users', 'invoices'])}/${num(r, 5)} HTTP/1.1" ${r.pick([200, 201, 304, 404, 500])} ${r.int(100, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/${r.int(110, 130)}.0.${r.int(4000, 6999)}.${r.int(10, 200)} Safari/537.36"\n`;
    } else {
      const host = r.pick(['bastion-01', 'web-03', 'db-primary']);
      const u = r.pick(USERNAMES);
      d.w`${monthName('en', t.m).slice(0, 3)} ${String(t.d).padStart(2)} ${time(r)}:${pad(r.int(0, 59), 2)} ${host} sshd[${r.int(1000, 65000)}]: ${r.pick(['Failed password for invalid user', 'Accepted publickey for', 'Connection closed by authenticating user'])} ${u} from ${IPA(ip)} port ${r.int(1024, 65535)} ssh2\n`;
    }
  }
  if (r.chance(0.5)) {
    const ops = ANY(r);
    d.w`\n# on-call: ${P(nameAs(ops.p, 'full'))} (${EM(workEmail(r, ops.p, 'kestrel-analytics.io'))}), escalation ${PH(phone(r, ops.phoneCountry))}\n`;
  }
  d.w`# build ${version(r)}+${hex(r, 7)}, mac 00:1a:2b:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}, load avg 0.${r.int(10, 99)}\n`;
}

function sqlInsert(r: Rng, d: DocBuilder): void {
  const n = r.int(2, 4);
  d.w`-- seed data copied from prod by mistake? (ticket ${ticketNo(r)})\nINSERT INTO customers (id, full_name, email, phone, birth_date, ssn, created_at) VALUES\n`;
  for (let i = 0; i < n; i++) {
    const m = member(r, undefined, 'US');
    d.w`  (${r.int(1000, 99999)}, '${P(romanName(m.p).replace(/'/g, "''"))}', '${EM(personalEmail(r, m.p))}', '${PH(phone(r, 'US'))}', '${DB(iso(birthDate(r)))}', `;
    if (r.chance(0.6)) d.w`'${SSN(ssn(r, 'dash'))}'`;
    else d.w`NULL`;
    d.w`, '${stamp(r)}')${i === n - 1 ? ';' : ','}\n`;
  }
  d.w`\nassistant: These rows look like real customer records (names, birth dates, SSNs). Replace them with synthetic fixtures before committing; e.g. SSN-shaped values that are never issued, such as ${badSsn(r)}.\n`;
}

function configFile(r: Rng, d: DocBuilder): void {
  const admin = ANY(r);
  const env = r.chance(0.5);
  if (env) {
    d.w`# .env.production — do not commit\nNODE_ENV=production\nPORT=${r.int(3000, 9000)}\n`;
    d.w`DATABASE_URL=postgres://app:${alnum(r, 12)}@${IPA(ipv4Private(r))}:5432/orders\n`;
    d.w`REDIS_HOST=${IPA(ipv4Private(r))}\nALLOWED_ORIGINS=https://app.example.com\n`;
    d.w`ADMIN_EMAIL=${EM(personalEmail(r, admin.p))}\nSENTRY_RELEASE=${version(r)}\nFEATURE_FLAGS=${r.pick(SOFTWARE).toLowerCase()},beta-export\n`;
    if (r.chance(0.4)) d.w`TRUSTED_PROXIES=${IPA(ipv4(r))},${IPA(ipv6(r))}\n`;
  } else {
    d.w`# inventory.yml (ansible)\nall:\n  hosts:\n`;
    for (let i = 0; i < r.int(2, 4); i++) d.w`    ${r.pick(['web', 'db', 'cache', 'queue'])}-${pad(i + 1, 2)}:\n      ansible_host: ${IPA(anyIp(r))}\n      ansible_user: ${r.pick(USERNAMES)}\n`;
    d.w`  vars:\n    maintainer: "${P(romanName(admin.p))} <${EM(personalEmail(r, admin.p))}>"\n    ntp_server: pool.ntp.org\n    app_version: ${version(r)}\n`;
  }
  d.w`\nassistant: I'd move the credentials into your secrets manager and keep only placeholders in the repository.\n`;
}

function ticket(r: Rng, d: DocBuilder): void {
  const rep = makePerson(r);
  const asg = makePerson(r);
  const cust = ANY(r);
  d.w`[${letters(r, 3)}-${num(r, 4)}] ${r.pick(['Customer cannot update billing address', 'Refund not received', 'Duplicate account after merge', 'Export contains wrong birth dates'])}\n`;
  d.w`Reporter: ${P(romanName(rep))}   Assignee: ${P(nameAs(asg, r.pick(['full', 'initial'] as const)))}   Priority: ${r.pick(['P1', 'P2', 'P3'])}   Sprint: ${r.pick(PLACES_LIKE_NAMES)} ${r.int(1, 30)}\n`;
  d.w`Labels: ${r.pick(['billing', 'crm', 'gdpr'])}, ${r.pick(SOFTWARE).toLowerCase()}   Fix version: ${version(r)}\n\nDescription:\n`;
  d.w`Customer ${P(nameAs(cust.p, 'full'))} (${EM(personalEmail(r, cust.p))}) says the app still shows the old address after the update on ${writeDate(r, recentDate(r), 'en')}.\n`;
  d.w`New address: ${AD(address(r, cust.country))}. Callback number: ${PH(phone(r, cust.phoneCountry))}.\n`;
  if (r.chance(0.4)) d.w`Their DOB in the profile is wrong too — should be ${DB(writeDate(r, birthDate(r), 'en'))}.\n`;
  d.w`\nComment by ${P(nameAs(asg, 'given'))}: reproduced on build ${version(r)}; the geocoder returns ${coords(r)} for the old record. Related: ${ticketNo(r)}.\n`;
}

function smsThread(r: Rng, d: DocBuilder): void {
  const me = ANY(r);
  const friend = ANY(r);
  maybeKnown(r, d, me.p, 0.35);
  const t = clock(r);
  d.w`${t()} ${P(nameAs(friend.p, 'given'))}: hey ${P(nameAs(me.p, 'givenLower'))} r u still coming sat?\n`;
  d.w`${t()} me: yes!! send me the address again pls\n`;
  d.w`${t()} ${P(nameAs(friend.p, 'given'))}: ${AD(address(r, friend.country))}${r.chance(0.5) ? ' buzz 3' : ''}\n`;
  d.w`${t()} me: ok. can ${P(nameAs(makePerson(r), 'givenLower'))} come too?\n`;
  d.w`${t()} ${P(nameAs(friend.p, 'given'))}: sure, tell her to text me ${PH(phone(r, friend.phoneCountry))} when she's outside\n`;
  if (r.chance(0.4)) d.w`${t()} me: btw it's ${P(nameAs(makePerson(r), 'given'))}'s bday on the ${r.int(1, 28)}th, not sure if she's coming\n`;
  d.w`${t()} ${P(nameAs(friend.p, 'given'))}: bring ${r.pick(["Ben & Jerry's", 'a bottle of Heineken', 'the Dyson fan', 'crisps'])} 😄\n`;
}

function legalLetter(r: Rng, d: DocBuilder): void {
  const firm = r.pick(FIRMS.filter((f) => /LLP|Solicitors|Advogados/.test(f.name)));
  const lawyer = member(r, undefined, firm.country);
  const client = member(r, undefined, firm.country);
  const other = member(r, undefined, firm.country);
  d.w`${firm.name}\n${AD(address(r, firm.country, true))}\nTel ${PH(phone(r, firm.country))}\n\n${writeDate(r, recentDate(r), 'en')}\n\n`;
  d.w`${P(nameAs(other.p, 'full'))}\n${AD(address(r, other.country, true))}\n\n`;
  d.w`Our ref: ${letters(r, 3)}/${r.digits(5)}/${letters(r, 2)}   Your ref: ${r.digits(6)}\n\nDear ${r.pick(['Mr', 'Ms', 'Dr'])} ${P(nameAs(other.p, 'family'))},\n\n`;
  d.w`RE: ${P(nameAs(client.p, 'full'))} — alleged breach of tenancy agreement dated ${writeDate(r, recentDate(r), 'en')}\n\n`;
  d.w`We act for the above-named. Our client disputes the deductions of ${amount(r)} from the deposit. Under ${r.pick(['the Housing Act 2004', 'section 213 of the Housing Act', 'the Consumer Rights Act 2015'])} `;
  d.w`you were required to protect the deposit within 30 days. Unless payment is received by ${writeDate(r, recentDate(r), 'en')}, we are instructed to issue proceedings without further notice.\n\n`;
  d.w`Yours faithfully,\n\n${P(nameAs(lawyer.p, r.pick(['full', 'middle'] as const)))}\n${r.pick(['Partner', 'Associate', 'Senior Associate'])}, for ${firm.name}\n${EM(workEmail(r, lawyer.p, firm.domain))}\n`;
}

function groupChat(r: Rng, d: DocBuilder): void {
  const ppl = [ANY(r), ANY(r), ANY(r)];
  const h = (i: number): string => nameAs((ppl[i] as Member).p, 'givenLower');
  maybeKnown(r, d, (ppl[0] as Member).p, 0.3);
  d.w`#${r.pick(['general', 'random', 'team-berlin', 'offsite-planning'])}\n`;
  d.w`${P(h(0))}: who's booking the place for ${r.pick(WEEKDAYS).toLowerCase()}?\n`;
  d.w`${P(h(1))}: i can. ${P(h(2))} what was the airbnb again\n`;
  d.w`${P(h(2))}: ${AD(address(r, (ppl[2] as Member).country))}\n`;
  d.w`${P(h(1))}: 👍 and the host's number?\n`;
  d.w`${P(h(2))}: ${PH(phone(r, (ppl[2] as Member).phoneCountry))}, ask for ${P(nameAs(makePerson(r), r.pick(['given', 'givenLower'] as const)))}\n`;
  d.w`${P(h(0))}: ps the ${r.pick(SOFTWARE)} build is red again, @${r.pick(USERNAMES)} pls don't merge\n`;
  if (r.chance(0.5)) d.w`${P(h(1))}: also flight lands ${r.pick(PLACES_LIKE_NAMES)} ${time(r)}, ${r.pick(['BA', 'LH', 'KL', 'AF'])}${r.int(100, 999)}\n`;
}

function calendarInvite(r: Rng, d: DocBuilder): void {
  const org = ANY(r);
  const n = r.int(2, 4);
  const t = recentDate(r);
  d.w`BEGIN:VEVENT\nUID:${uuid(r)}\nDTSTART:${iso(t).replace(/-/g, '')}T${pad(r.int(7, 17), 2)}0000Z\nSUMMARY:${r.pick(['Quarterly review', 'Interview loop', '1:1', 'Vendor call'])} — ${r.pick(BRANDS)}\n`;
  d.w`ORGANIZER;CN=${P(romanName(org.p))}:mailto:${EM(personalEmail(r, org.p))}\n`;
  for (let i = 0; i < n; i++) {
    const a = ANY(r);
    d.w`ATTENDEE;CN=${P(romanName(a.p))};ROLE=REQ-PARTICIPANT:mailto:${EM(personalEmail(r, a.p))}\n`;
  }
  d.w`LOCATION:${r.chance(0.5) ? AD(address(r, org.country)) : `Room ${r.pick(['Lovelace', 'Turing', 'Hopper', 'Curie'])} (4th floor)`}\n`;
  d.w`DESCRIPTION:Agenda: ${r.pick(LAWS)}, Q${r.int(1, 4)} numbers\\, hiring plan.\nEND:VEVENT\n`;
}

function rentalApplication(r: Rng, d: DocBuilder): void {
  const a = member(r, undefined, 'US');
  const ll = member(r, undefined, 'US');
  d.w`RENTAL APPLICATION — Unit ${r.int(1, 30)}${r.pick(['A', 'B'])}, ${r.pick(['Hawthorne Court', 'Lakeside Commons'])}\n\n`;
  d.w`Applicant: ${P(nameAs(a.p, r.pick(['full', 'middle'] as const)))}\nDOB: ${DB(mdySlash(birthDate(r, 1950, 2005)))}\nSSN: ${SSN(ssn(r))}\n`;
  d.w`Current address: ${AD(address(r, 'US'))} (since ${monthName('en', r.int(1, 12))} ${r.int(2015, 2024)})\nCell: ${PH(phone(r, 'US'))}\nEmail: ${EM(personalEmail(r, a.p))}\n`;
  d.w`Employer: ${r.pick(BRANDS)} — ${r.pick(JOB_TITLES)}, ${r.int(1, 15)} years\nMonthly income: $${money(r, 2500, 14000)}\n`;
  d.w`Current landlord: ${P(nameAs(ll.p, 'full'))}, ${PH(phone(r, 'US'))}\n`;
  d.w`Application fee paid by card ${CC(card(r).value)}, auth code ${alnum(r, 6)}\n`;
  d.w`Pets: ${r.pick(['none', `one cat (${r.pick(['Luna', 'Oscar', 'Milo'])})`, 'small dog'])}. Move-in requested: ${mdySlash(recentDate(r))}.\n`;
}

function travelBooking(r: Rng, d: DocBuilder): void {
  const pax = [ANY(r)];
  if (r.chance(0.5)) pax.push(ANY(r));
  maybeKnown(r, d, (pax[0] as Member).p, 0.3);
  d.w`Skylark Airways — booking confirmation ${letters(r, 6)}\n\n`;
  for (const [i, m] of pax.entries()) {
    const nm = `${slug(m.p.family).toUpperCase()}/${slug(m.p.given).toUpperCase()}`;
    const b = birthDate(r, 1950, 2010);
    d.w`Passenger ${i + 1}: ${P(nm)} ${r.pick(['MR', 'MS', 'MRS', 'DR'])}   Date of birth: ${DB(`${pad(b.d, 2)}${monthName('en', b.m).slice(0, 3).toUpperCase()}${b.y}`)}   Ticket ${r.int(100, 999)}-${r.digits(10)}\n`;
  }
  d.w`\nFlight ${r.pick(['SK', 'LH', 'BA', 'TK', 'QR'])}${r.int(100, 9999)}  ${r.pick(PLACES_LIKE_NAMES)} → ${r.pick(PLACES_LIKE_NAMES)}  dep ${iso(recentDate(r))} ${time(r)}  seat ${r.int(1, 40)}${r.pick(['A', 'C', 'F'])}\n`;
  d.w`Contact: ${EM(personalEmail(r, (pax[0] as Member).p))}, ${PH(phone(r, (pax[0] as Member).phoneCountry))}\n`;
  d.w`Paid: ${amount(r)} with ${r.pick(['Visa', 'Amex', 'Mastercard'])} ••••${r.digits(4)}. Baggage: 1 × 23 kg. Fare basis ${letters(r, 6)}${r.int(1, 9)}.\n`;
}

// ───────────────────────────────────────────────────────────── other languages

function spanishEmail(r: Rng, d: DocBuilder): void {
  const c = member(r, ['hispanic', 'hispanic', 'arabic', 'luso'], r.pick(['ES', 'ES', 'MX'] as const));
  const agent = makePerson(r, 'hispanic');
  maybeKnown(r, d, c.p, 0.3);
  d.w`Asunto: Cambio de domicilio y domiciliación bancaria — expediente ${r.int(2024, 2026)}/${r.digits(5)}\n\n`;
  d.w`Estimados señores de ${r.pick(['Albatros Seguros', 'Castillo Hermanos S.A.', 'Telefónica', 'Mapfre'])}:\n\n`;
  d.w`Me llamo ${P(nameAs(c.p, 'full'))} y soy cliente desde ${r.int(2010, 2023)}. Les escribo para comunicar mi nueva dirección: ${AD(address(r, c.country))}.\n`;
  d.w`Fecha de nacimiento: ${DB(writeDate(r, birthDate(r), 'es'))}. Teléfono de contacto: ${PH(phone(r, c.country))}.\n`;
  if (c.country === 'ES' || r.chance(0.5)) d.w`Les ruego que a partir del ${writeDate(r, recentDate(r), 'es')} carguen los recibos en la cuenta ${IB(iban(r, 'ES'))}.\n`;
  d.w`La póliza anterior (n.º ${r.digits(10)}) la gestionaba ${P(nameAs(agent, r.pick(['full', 'given'] as const)))}, de su oficina de ${r.pick(['Santiago', 'Victoria', 'San José', 'Florida'])}.\n\n`;
  d.w`Un saludo cordial,\n${P(nameAs(c.p, 'full'))}\n${EM(personalEmail(r, c.p))}\n`;
}

function frenchLetter(r: Rng, d: DocBuilder): void {
  const c = member(r, ['french', 'french', 'arabic', 'luso', 'vietnamese'], r.pick(['FR', 'FR', 'BE', 'CH'] as const));
  const fem = r.chance(0.5);
  maybeKnown(r, d, c.p, 0.25);
  d.w`${P(nameAs(c.p, 'full'))}\n${AD(address(r, c.country, true))}\nTél. : ${PH(phone(r, c.country))}\n\n`;
  d.w`${r.pick(['Mutuelle Horizon', 'Caisse d’Allocations Familiales', 'Service client Moreau Frères SARL'])}\nObjet : demande de remboursement — dossier n° ${r.digits(8)}\n\n`;
  d.w`Madame, Monsieur,\n\nJe soussigné${fem ? 'e' : ''} ${P(nameAs(c.p, r.pick(['full', 'upper'] as const)))}, ${fem ? 'née' : 'né'} le ${DB(writeDate(r, birthDate(r), 'fr'))} à ${r.pick(['Lyon', 'Nice', 'Alger', 'Dakar', 'Florence'])}, `;
  d.w`sollicite le remboursement des soins reçus le ${writeDate(r, recentDate(r), 'fr')} auprès du Dr ${P(nameAs(makePerson(r, 'french'), 'family'))} (syndrome de ${r.pick(['Raynaud', 'Ménière', 'Gilbert', 'Sjögren'])}).\n`;
  d.w`Merci de verser la somme de ${r.int(20, 900)},${pad(r.int(0, 99), 2)} € sur mon compte : ${IB(iban(r, c.country === 'CH' ? 'CH' : c.country === 'BE' ? 'BE' : 'FR'))}.\n\n`;
  d.w`Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n\n${P(nameAs(c.p, 'full'))}\n`;
}

function germanForm(r: Rng, d: DocBuilder): void {
  const c = member(r, ['german', 'german', 'turkish', 'polish', 'southslavic', 'russian', 'greek'], r.pick(['DE', 'DE', 'AT'] as const));
  const hr = makePerson(r, 'german');
  d.w`Personalfragebogen — ${r.pick(['Schulz Elektrotechnik GmbH', 'Porsche Zentrum', 'Bäckerei Müller'])} (Personalnummer ${num(r, 6)})\n\n`;
  d.w`Name, Vorname: ${P(`${c.p.family}, ${c.p.given}`)}\n`;
  d.w`${r.pick(['Geburtsdatum', 'geb. am', 'Geb.-Datum'])}: ${DB(writeDate(r, birthDate(r, 1955, 2006), 'de'))}\n`;
  d.w`Anschrift: ${AD(address(r, c.country))}\n`;
  d.w`Telefon (privat): ${PH(phone(r, c.country))}\nE-Mail: ${EM(personalEmail(r, c.p))}\n`;
  d.w`Bankverbindung (IBAN): ${IB(iban(r, c.country))}\n`;
  d.w`Krankenkasse: ${r.pick(['TK', 'AOK Bayern', 'Barmer', 'DAK-Gesundheit'])}, Eintritt zum ${writeDate(r, recentDate(r), 'de')}\n`;
  d.w`Steuerklasse: ${r.int(1, 5)}   Konfession: ${r.pick(['rk', 'ev', '–'])}   Kinder: ${r.int(0, 3)}\n\n`;
  d.w`Bearbeitet von ${P(nameAs(hr, r.pick(['full', 'initial'] as const)))}, Personalabteilung, am ${writeDate(r, recentDate(r), 'de')}. Hinweis: die Alzheimer-Gesellschaft-Spende (Mitarbeiteraktion) ist freiwillig.\n`;
}

function portugueseChat(r: Rng, d: DocBuilder): void {
  const c = member(r, ['luso', 'luso', 'japanese', 'italian', 'arabic'], 'BR');
  const att = makePerson(r, 'luso');
  maybeKnown(r, d, c.p, 0.35);
  const time = clock(r);
  d.w`[${time()}] ${P(nameAs(att, 'given'))} (atendente): Olá! Em que posso ajudar?\n`;
  d.w`[${time()}] cliente: oi, aqui é ${P(nameAs(c.p, r.pick(['lower', 'full'] as const)))}, quero atualizar meu cadastro\n`;
  d.w`[${time()}] ${P(nameAs(att, 'given'))} (atendente): Claro. Pode confirmar a data de nascimento?\n`;
  d.w`[${time()}] cliente: ${DB(writeDate(r, birthDate(r), 'pt'))}\n`;
  d.w`[${time()}] cliente: endereço novo: ${AD(address(r, 'BR'))}\n`;
  d.w`[${time()}] cliente: e o celular é ${PH(phone(r, 'BR'))}. chave pix é meu e-mail ${EM(personalEmail(r, c.p))}\n`;
  d.w`[${time()}] ${P(nameAs(att, 'given'))} (atendente): Pronto! Protocolo ${r.int(2025, 2026)}${r.digits(10)}. O boleto de R$ ${r.int(40, 900)},${pad(r.int(0, 99), 2)} vence dia ${r.int(1, 28)}.\n`;
}

function italianBooking(r: Rng, d: DocBuilder): void {
  const c = member(r, ['italian', 'italian', 'arabic', 'southslavic'], 'IT');
  const doc = makePerson(r, 'italian');
  const fem = /a$/.test(c.p.given);
  d.w`PRENOTAZIONE VISITA SPECIALISTICA — codice ${alnum(r, 10)}\n\n`;
  d.w`Paziente: ${P(nameAs(c.p, r.pick(['upper', 'full'] as const)))}, ${fem ? 'nata' : 'nato'} il ${DB(writeDate(r, birthDate(r), 'it'))}\n`;
  d.w`Residente in ${AD(address(r, 'IT'))}\nCellulare: ${PH(phone(r, 'IT'))}   Email: ${EM(personalEmail(r, c.p))}\n`;
  d.w`Medico curante: dott.${r.chance(0.5) ? 'ssa' : ''} ${P(nameAs(doc, 'full'))}\n`;
  d.w`Visita: ${r.pick(['cardiologica', 'neurologica (sospetto morbo di Parkinson)', 'endocrinologica (tiroidite di Hashimoto)'])} il ${writeDate(r, recentDate(r), 'it')} alle ore ${time(r)}, Ospedale ${r.pick(['San Raffaele', 'Fatebenefratelli', 'Sant’Orsola'])}\n`;
  d.w`Ticket: € ${r.int(20, 80)},${pad(r.int(0, 99), 2)} — impegnativa n. ${r.digits(15)}\n`;
}

function dutchLetter(r: Rng, d: DocBuilder): void {
  const c = member(r, ['dutch', 'dutch', 'turkish', 'arabic', 'indonesian'], r.pick(['NL', 'NL', 'BE'] as const));
  d.w`Geachte ${r.pick(['heer', 'mevrouw'])} ${P(nameAs(c.p, r.pick(['family', 'full'] as const)))},\n\n`;
  d.w`Wij hebben uw verhuizing per ${writeDate(r, recentDate(r), 'nl')} verwerkt. Controleer de gegevens hieronder:\n\n`;
  d.w`Naam: ${P(nameAs(c.p, 'full'))}\nGeboortedatum: ${DB(writeDate(r, birthDate(r), 'nl'))}\nNieuw adres: ${AD(address(r, c.country))}\n`;
  d.w`Telefoon: ${PH(phone(r, c.country))}\nRekeningnummer: ${IB(iban(r, c.country))}\n\n`;
  d.w`Klopt er iets niet? Reageer vóór ${r.pick(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'])} via MijnOmgeving met kenmerk ${r.digits(4)}-${letters(r, 2)}-${r.digits(3)}.\n\nMet vriendelijke groet,\n${P(nameAs(makePerson(r, 'dutch'), 'initial'))}\nKlantenservice ${r.pick(['Heineken Nederland', 'Philips', 'Gemeente Utrecht', 'Van den Berg Installatietechniek'])}\n`;
}

function polishBank(r: Rng, d: DocBuilder): void {
  const c = member(r, ['polish', 'polish', 'russian'], 'PL');
  const payee = makePerson(r, 'polish');
  const fem = /a$/.test(c.p.given);
  d.w`${fem ? 'Pani' : 'Pan'} ${P(nameAs(c.p, 'full'))}\n${AD(address(r, 'PL', true))}\n\n`;
  d.w`Potwierdzenie przelewu z dnia ${writeDate(r, recentDate(r), 'pl')}\nZ rachunku: ${IB(iban(r, 'PL'))}\nNa rachunek: ${IB(iban(r, 'PL'))}\n`;
  d.w`Odbiorca: ${P(nameAs(payee, 'full'))}\nTytuł: ${r.pick(['czynsz', 'faktura', 'zwrot'])} ${invoiceNo(r)}\nKwota: ${r.int(50, 9000)},${pad(r.int(0, 99), 2)} PLN\n`;
  if (r.chance(0.5)) d.w`Data urodzenia posiadacza: ${DB(writeDate(r, birthDate(r), 'pl'))}\n`;
  d.w`Kontakt: ${PH(phone(r, 'PL'))} (infolinia czynna pn.–pt.). Nr referencyjny ${alnum(r, 12)}.\n`;
}

function turkishSms(r: Rng, d: DocBuilder): void {
  const c = member(r, ['turkish'], 'TR');
  const courier = makePerson(r, 'turkish');
  const kind = r.int(0, 1);
  if (kind === 0) {
    d.w`Sayın ${P(nameAs(c.p, r.pick(['full', 'upper'] as const)))}, ${r.int(10000, 99999)}${r.digits(5)} takip numaralı kargonuz ${writeDate(r, recentDate(r), 'tr')} tarihinde dağıtıma çıkmıştır. `;
    d.w`Teslimat adresi: ${AD(address(r, 'TR'))}. Kurye: ${P(nameAs(courier, 'full'))} ${PH(phone(r, 'TR'))}. ${r.pick(['Yurtiçi', 'Aras', 'MNG'])} Kargo B${r.digits(3)}\n`;
  } else {
    d.w`Başvuru formu\nAd Soyad: ${P(nameAs(c.p, 'full'))}\nDoğum tarihi: ${DB(writeDate(r, birthDate(r), 'tr'))}\nAdres: ${AD(address(r, 'TR'))}\n`;
    d.w`Cep telefonu: ${PH(phone(r, 'TR'))}\nE-posta: ${EM(personalEmail(r, c.p))}\nIBAN: ${IB(iban(r, 'TR'))}\n`;
    d.w`Referans: ${P(nameAs(courier, 'full'))} (${r.pick(['Koç Holding', 'Yılmaz Tekstil A.Ş.', 'Arçelik'])})\n`;
  }
}

function swedishForm(r: Rng, d: DocBuilder): void {
  const c = member(r, ['nordic', 'nordic', 'persian', 'arabic', 'southslavic'], 'SE');
  d.w`Anmälan — ${r.pick(['Lindqvist Design AB', 'Volvo Personvagnar', 'Region Stockholm'])}\n\nNamn: ${P(nameAs(c.p, 'full'))}\n`;
  d.w`Födelsedatum: ${DB(writeDate(r, birthDate(r), 'sv'))}\nAdress: ${AD(address(r, 'SE'))}\nTelefon: ${PH(phone(r, 'SE'))}\nE-post: ${EM(personalEmail(r, c.p))}\n`;
  if (r.chance(0.5)) d.w`Kontonummer (IBAN): ${IB(iban(r, 'SE'))}\n`;
  d.w`Önskad start: ${writeDate(r, recentDate(r), 'sv')}. Handläggare: ${P(nameAs(makePerson(r, 'nordic'), 'full'))}. Ärende ${r.int(2024, 2026)}-${r.digits(5)}.\n`;
}

function japaneseForm(r: Rng, d: DocBuilder): void {
  const c = member(r, ['japanese'], 'JP');
  const nameJa = c.p.native ?? `${c.p.family} ${c.p.given}`;
  d.w`【会員登録内容の確認】\n\n氏名：${P(nameJa)} 様\n生年月日：${DB(writeDate(r, birthDate(r), 'ja'))}\n住所：${AD(address(r, 'JP'))}\n`;
  d.w`電話番号：${PH(phone(r, 'JP'))}\nメールアドレス：${EM(personalEmail(r, c.p))}\n`;
  d.w`ご注文番号：${r.digits(3)}-${r.digits(7)}\u3000お届け予定日：${recentDate(r).m}月${r.int(1, 28)}日（${r.pick(['月', '火', '水', '木', '金'])}）\n`;
  const staff = r.pick(CULTURES.japanese.natives ?? []);
  d.w`担当：${P(staff[0].split(' ')[0] as string)}（${r.pick(['トヨタ販売店', 'ヤマハ音楽教室', 'カスタマーサポート'])}）\n`;
}

function chineseMessage(r: Rng, d: DocBuilder): void {
  const c = member(r, ['chinese'], 'CN');
  const native = r.pick(CULTURES.chinese.natives ?? []);
  d.w`您好，我是${P(native[0])}，想修改收货信息。\n出生日期：${DB(writeDate(r, birthDate(r), 'zh'))}\n手机：${PH(phone(r, 'CN'))}\n邮箱：${EM(personalEmail(r, { ...c.p, given: native[1], family: native[2] }))}\n`;
  d.w`订单号：${r.digits(18)}，金额 ¥${r.int(20, 3000)}.${pad(r.int(0, 99), 2)}。请在${recentDate(r).m}月${r.int(1, 28)}日前发货，谢谢！\n`;
}

function indonesianChat(r: Rng, d: DocBuilder): void {
  const c = member(r, ['indonesian'], 'NL');
  maybeKnown(r, d, c.p, 0.3);
  const addr = `Jl. ${r.pick(['Jend. Sudirman', 'Gatot Subroto', 'Diponegoro', 'Malioboro'])} No. ${r.int(1, 200)}, RT ${pad(r.int(1, 12), 2)}/RW ${pad(r.int(1, 9), 2)}, ${r.pick(['Jakarta Pusat 10220', 'Bandung 40115', 'Yogyakarta 55271', 'Surabaya 60271'])}`;
  d.w`Halo kak, saya ${P(nameAs(c.p, 'full'))}. Mau ganti alamat pengiriman ke ${AD(addr)} ya.\n`;
  d.w`Tanggal lahir saya ${DB(writeDate(r, birthDate(r), 'id'))}, nomor WA ${PH(phone(r, 'ID'))}. Pesanan ${orderNo(r)} dari Tokopedia belum sampai sejak hari ${r.pick(['Senin', 'Selasa', 'Rabu', 'Kamis'])}.\n`;
}

// ───────────────────────────────────────────────────────────── wholly negative documents

function releaseNotes(r: Rng, d: DocBuilder): void {
  const v = version(r);
  d.w`## ${v} — ${iso(recentDate(r))}\n\n### Fixed\n- Retry backoff now follows ${r.pick(LAWS)} instead of a fixed delay (${sha(r, 7)}).\n`;
  d.w`- The ${r.pick(SOFTWARE)} exporter no longer drops rows when the ${r.pick(['Ford', 'Dell', 'Bosch', 'Siemens'])} feed sends an empty batch.\n`;
  d.w`- Dates such as ${writeDate(r, recentDate(r), 'en')} parse in every locale; ISO week ${r.int(1, 52)} is handled.\n`;
  d.w`### Changed\n- Minimum Node version is ${r.int(18, 22)}.${r.int(0, 12)}.0; build ${uuid(r)}.\n- Upgraded ${r.pick(['lodash', 'zod', 'hono'])}@${version(r)}.\n`;
  d.w`### Security\n- Card-number validation rejects Luhn-invalid input such as ${badCard(r)}.\n`;
}

function medicalLeaflet(r: Rng, d: DocBuilder): void {
  const dis = r.pick(DISEASES);
  d.w`Patient information: living with ${dis}\n\n${dis} is named after the physician who first described it. `;
  d.w`It is not contagious. Treatment may include ${r.pick(DRUGS)} or ${r.pick(DRUGS)}; your care team may use the ${r.pick(CLINICAL_EPONYMS)} to monitor progress.\n`;
  d.w`Clinics run every ${r.pick(WEEKDAYS)} from ${time(r)} at the ${r.pick(['Mayo Clinic', 'Johns Hopkins outpatient centre', 'Charité'])} partner sites in ${r.pick(PLACES_LIKE_NAMES)} and ${r.pick(PLACES_LIKE_NAMES)}.\n`;
  d.w`Leaflet code ${letters(r, 3)}-${r.digits(4)}, reviewed ${monthName('en', r.int(1, 12))} ${r.int(2023, 2026)}, next review due ${iso(recentDate(r))}.\n`;
}

function productReview(r: Rng, d: DocBuilder): void {
  const b = r.pick(BRANDS);
  d.w`★★★★☆ ${r.pick(['Solid, but pricey', 'Does what it says', 'Great after the firmware update'])}\n`;
  d.w`Bought the ${b} ${r.pick(['V11', 'Series 8', 'Pro Max', 'X200'])} for ${amount(r)} in the ${r.pick(PLACES_LIKE_NAMES)} store on ${r.pick(WEEKDAYS)}. `;
  d.w`Firmware ${version(r)} fixed the pairing bug. Compared with my old ${r.pick(BRANDS)} it is quieter (${r.int(38, 70)} dB) and lighter (${(r.next() * 5 + 1).toFixed(1)} kg).\n`;
  d.w`Serial ${alnum(r, 12)}, order ${orderNo(r)}. Would recommend to anyone who read "${r.pick(['Thinking, Fast and Slow', 'The Pragmatic Programmer', 'Sapiens'])}" (ISBN ${isbn(r)}) and likes gadgets.\n`;
}

function testFixtures(r: Rng, d: DocBuilder): void {
  d.w`// fixtures/invalid-inputs.ts — every value here must be REJECTED by the validators\n`;
  d.w`export const INVALID_CARDS = ['${badCard(r)}', '${badCard(r)}', '1234 5678 9012 3456'];\n`;
  d.w`export const INVALID_IBANS = ['${badIban(r, r.pick(['DE', 'FR', 'NL', 'GB']))}', '${badIban(r, r.pick(['ES', 'IT', 'PL']))}'];\n`;
  d.w`export const INVALID_SSNS = ['${badSsn(r)}', '${badSsn(r)}', '${badSsn(r)}'];\n`;
  d.w`export const NOT_IPS = ['256.${r.int(0, 255)}.${r.int(0, 255)}.1', '${r.int(300, 999)}.1.1.1', '1.2.3'];\n`;
  d.w`export const REQUEST_IDS = ['${uuid(r)}', '${uuid(r)}'];\nexport const COMMIT = '${sha(r)}';\n`;
  d.w`// coordinates of the ${r.pick(PLACES_LIKE_NAMES)} depot: ${coords(r)}\n`;
}

function meetingNotes(r: Rng, d: DocBuilder): void {
  d.w`Weekly ops sync — ${r.pick(WEEKDAYS)} ${writeDate(r, recentDate(r), 'en')}\n\nAttendees: platform team, billing team, support leads\n\n`;
  d.w`1. Q${r.int(1, 4)} churn is ${r.int(1, 9)}.${r.int(0, 9)}%; the ${r.pick(PLACES_LIKE_NAMES)} region is flat.\n`;
  d.w`2. ${r.pick(SOFTWARE)} upgrade to ${version(r)} scheduled for ${iso(recentDate(r))}; rollback plan owned by the on-call rotation.\n`;
  d.w`3. Vendor shortlist: ${r.pick(BRANDS)}, ${r.pick(BRANDS)}, ${r.pick(BRANDS)}. Budget ${amount(r)}.\n`;
  d.w`4. Reminder: the ${r.pick(JOB_TITLES)} role is still open; referrals via the careers page.\n\nAction items tracked in ${ticketNo(r)}.\n`;
}

function codeSnippet(r: Rng, d: DocBuilder): void {
  d.w`\`\`\`ts\nexport function formatPhone(raw: string, region = '${r.pick(['US', 'DE', 'GB'])}'): string {\n`;
  d.w`  const digits = raw.replace(/\\D/g, '');\n  if (digits.length < ${r.int(7, 10)}) throw new ValidationError('phone too short');\n`;
  d.w`  return region === 'US' ? \`(\${digits.slice(0, 3)}) \${digits.slice(3, 6)}-\${digits.slice(6)}\` : digits;\n}\n\n`;
  d.w`const user = await db.users.findOne({ where: { email: input.email } }); // uses ${r.pick(LAWS)}\n`;
  d.w`logger.debug({ userId: '${uuid(r)}', plan: '${r.pick(['pro', 'team'])}' }, 'getUserName resolved');\n\`\`\`\n`;
  d.w`assistant: \`getUserName\` is called twice per request; memoise it. The regex strips everything but digits, so ${r.pick(['"+1"', '"ext."'])} is lost.\n`;
}

function weatherBulletin(r: Rng, d: DocBuilder): void {
  d.w`Forecast for ${r.pick(PLACES_LIKE_NAMES)}, ${r.pick(WEEKDAYS)} ${writeDate(r, recentDate(r), 'en')}: ${r.int(-5, 34)} °C, wind ${r.int(5, 60)} km/h ${r.pick(['NW', 'SE', 'W'])}. `;
  d.w`Storm ${r.pick(['Ciarán', 'Isha', 'Babet', 'Henk', 'Agnes'])} passes north of ${r.pick(PLACES_LIKE_NAMES)} overnight; ferries from ${r.pick(PLACES_LIKE_NAMES)} cancelled until ${time(r)}. Station ${alnum(r, 5)} at ${coords(r)}.\n`;
}

// ───────────────────────────────────────────────────────────── payments, tax, security (more families)

function paymentDispute(r: Rng, d: DocBuilder): void {
  const h = member(r, undefined, r.pick(['US', 'GB', 'CA', 'AU', 'IE'] as const));
  const c1 = card(r);
  maybeKnown(r, d, h.p, 0.25);
  d.w`CHARGEBACK REQUEST — case ${r.pick(['DSP', 'CB'])}-${r.digits(8)}\n\nCardholder name: ${P(nameAs(h.p, r.pick(['upper', 'full'] as const)))}\n`;
  d.w`Card number: ${CC(c1.value)} (${c1.network})\nTransaction date: ${writeDate(r, recentDate(r), 'en')}   Amount: ${amount(r)}\n`;
  d.w`Merchant: ${r.pick(BRANDS)} ${r.pick(['Online', 'Store #' + r.int(100, 9999), 'Marketplace'])}   ARN ${r.digits(23)}\n`;
  d.w`Reason: ${r.pick(['goods not received', 'duplicate charge', 'cancelled subscription still billed', 'unrecognised transaction'])}\n`;
  if (r.chance(0.4)) d.w`Replacement card issued: ${CC(card(r, c1.network).value)}\n`;
  d.w`Contact: ${EM(personalEmail(r, h.p))} / ${PH(phone(r, h.phoneCountry))}\n`;
  d.w`Note: the number ${badCard(r)} on the customer's first form fails the check digit and was ignored.\n`;
}

function paymentWebhookDebug(r: Rng, d: DocBuilder): void {
  const m = ANY(r);
  const c1 = card(r);
  const dev = ANY(r);
  maybeKnown(r, d, dev.p, 0.4);
  d.w`user: the ${r.pick(['Stripe', 'Adyen', 'Braintree'])} webhook handler returns 400, here's the log line\n\n`;
  d.w`${stamp(r)} WARN webhook.payment_failed ${JSON.stringify({ event: `evt_${alnum(r, 14)}` }).slice(0, -1)},"remote_addr":"${IPA(anyIp(r))}","customer":{"name":"${P(romanName(m.p))}","email":"${EM(personalEmail(r, m.p))}"},`;
  d.w`"payment_method":{"number":"${CC(c1.value.replace(/[ -]/g, ''))}","exp":"${pad(r.int(1, 12), 2)}/${r.int(26, 32)}","brand":"${c1.network.toLowerCase()}"},"amount":${r.int(100, 99999)},"currency":"${r.pick(['usd', 'eur', 'gbp'])}"}\n\n`;
  d.w`assistant: Two problems. The 400 comes from the signature check — you read the parsed body instead of the raw bytes. `;
  d.w`More urgent: the log contains a full card number (PAN). Mask everything except the last four (…${c1.last4}) before logging; PCI DSS forbids storing it.\n`;
  d.w`\nuser: ugh, ok. ${P(nameAs(dev.p, 'givenLower'))} here btw, I'll ping ${P(nameAs(makePerson(r), 'given'))} from security\n`;
}

function taxForm(r: Rng, d: DocBuilder): void {
  const t = member(r, undefined, 'US');
  const spouse = member(r, undefined, 'US');
  const joint = r.chance(0.4);
  d.w`Form W-9 (Rev. ${monthName('en', r.int(1, 12))} ${r.int(2018, 2024)}) — Request for Taxpayer Identification Number\n\n`;
  d.w`1 Name: ${P(nameAs(t.p, r.pick(['full', 'middle'] as const)))}\n2 Business name: ${r.chance(0.5) ? r.pick(FIRMS).name : ''}\n`;
  d.w`3 Federal tax classification: ${r.pick(['Individual/sole proprietor', 'Single-member LLC'])}\n5 Address: ${AD(address(r, 'US'))}\n`;
  d.w`Part I — Social security number: ${SSN(ssn(r, r.pick(['dash', 'space', 'plain'] as const)))}\n`;
  if (joint) d.w`Spouse: ${P(nameAs(spouse.p, 'full'))}, SSN ${SSN(ssn(r))}\n`;
  d.w`Employer identification number: ${r.int(10, 99)}-${r.digits(7)} (not used)\n`;
  d.w`Signature: ${P(nameAs(t.p, 'full'))}   Date: ${mdySlash(recentDate(r))}\n`;
}

function loanApplication(r: Rng, d: DocBuilder): void {
  const a = member(r, undefined, 'US');
  const co = r.chance(0.35) ? member(r, undefined, 'US') : undefined;
  const officer = makePerson(r);
  d.w`Uniform Residential Loan Application — Lender loan no. ${num(r, 10)}\n\nBorrower: ${P(nameAs(a.p, 'full'))}\n`;
  d.w`SSN: ${SSN(ssn(r))}   DOB: ${DB(mdySlash(birthDate(r, 1950, 2003)))}\nCurrent address: ${AD(address(r, 'US'))}\n`;
  d.w`Home phone: ${PH(phone(r, 'US'))}   Email: ${EM(personalEmail(r, a.p))}\n`;
  if (co) d.w`Co-borrower: ${P(nameAs(co.p, 'full'))}, SSN ${SSN(ssn(r))}, DOB ${DB(mdySlash(birthDate(r, 1950, 2003)))}\n`;
  d.w`Employer: ${r.pick(BRANDS)} (${r.int(1, 20)} yrs), base income $${money(r, 2500, 16000)}/mo\n`;
  d.w`Credit card for appraisal fee: ${CC(card(r).value)}\n`;
  d.w`Loan officer: ${P(nameAs(officer, 'full'))}, NMLS ID ${num(r, 6)}\n`;
}

function invoiceBankDetails(r: Rng, d: DocBuilder): void {
  const lang = r.pick(['de', 'fr', 'nl', 'es', 'it', 'en'] as const);
  const cc: Country = { de: 'DE', fr: 'FR', nl: 'NL', es: 'ES', it: 'IT', en: 'IE' }[lang] as Country;
  const cult: CultureId = { de: 'german', fr: 'french', nl: 'dutch', es: 'hispanic', it: 'italian', en: 'irish' }[lang] as CultureId;
  const f = member(r, [cult, cult, 'turkish', 'polish'], cc);
  const client = r.pick(FIRMS);
  const H: readonly [string, string, string, string] = ({
    de: ['Rechnung', 'Rechnungsdatum', 'Bankverbindung', 'Zahlbar bis'], fr: ['Facture', 'Date', 'Coordonnées bancaires', 'À régler avant le'],
    nl: ['Factuur', 'Factuurdatum', 'Bankgegevens', 'Te betalen vóór'], es: ['Factura', 'Fecha', 'Datos bancarios', 'Vencimiento'],
    it: ['Fattura', 'Data', 'Coordinate bancarie', 'Scadenza'], en: ['Invoice', 'Date', 'Bank details', 'Due'],
  } as const)[lang];
  d.w`${P(nameAs(f.p, 'full'))} — ${({ de: 'Webdesign', fr: 'Traductions', nl: 'Grafisch ontwerp', es: 'Fotografía', it: 'Consulenza IT', en: 'Photography' } as const)[lang]}\n${AD(address(r, cc))}\n`;
  d.w`${EM(personalEmail(r, f.p))} · ${PH(phone(r, cc))}\n\n${H[0]} ${invoiceNo(r)}   ${H[1]}: ${writeDate(r, recentDate(r), lang)}\n`;
  d.w`${client.name}\n\n1 × ${({ de: 'Logo-Entwicklung', fr: 'Traduction juridique', nl: 'Website onderhoud', es: 'Sesión de fotos', it: 'Consulenza', en: 'Photography, half day' } as const)[lang]} ......... ${r.int(200, 4000)},00 €\n`;
  d.w`USt./VAT ${({ de: 19, fr: 20, nl: 21, es: 21, it: 22, en: 23 } as const)[lang]} %\n\n${H[2]}: IBAN ${IB(iban(r, cc))} · BIC ${letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${cc}${alnum(r, 2)}\n${H[3]}: ${writeDate(r, recentDate(r), lang)}\n`;
}

function payrollCsv(r: Rng, d: DocBuilder): void {
  const cc: Country = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'PL']);
  d.w`employee_no;name;iban;gross;net;period\n`;
  for (let i = 0; i < r.int(3, 6); i++) {
    const m = ANY(r);
    d.w`${num(r, 5)};${P(nameAs(m.p, r.pick(['full', 'comma'] as const)))};${IB(iban(r, cc, false))};${r.int(2000, 9000)},${pad(r.int(0, 99), 2)};${r.int(1500, 6000)},${pad(r.int(0, 99), 2)};${r.int(2024, 2026)}-${pad(r.int(1, 12), 2)}\n`;
  }
  d.w`# generated by payroll-export ${version(r)}; checksum ${sha(r, 16)}\n`;
}

function securityAlert(r: Rng, d: DocBuilder): void {
  const u = ANY(r);
  maybeKnown(r, d, u.p, 0.3);
  const ip = anyIp(r);
  d.w`To: ${EM(personalEmail(r, u.p))}\nSubject: New sign-in to your account\n\nHi ${P(nameAs(u.p, 'given'))},\n\n`;
  d.w`We noticed a new sign-in from ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])} near ${r.pick(PLACES_LIKE_NAMES)} on ${writeDate(r, recentDate(r), 'en')} at ${time(r)} UTC.\n`;
  d.w`IP address: ${IPA(ip)}\n`;
  if (r.chance(0.5)) d.w`Previous sign-in: ${IPA(anyIp(r))}\n`;
  d.w`If this was you, you can ignore this message. Otherwise reset your password and review devices (session ${uuid(r)}).\n`;
}

function networkDebug(r: Rng, d: DocBuilder): void {
  const kind = r.int(0, 2);
  if (kind === 0) {
    d.w`$ traceroute -n api.example.net\n`;
    const n = r.int(4, 7);
    for (let i = 1; i <= n; i++) d.w` ${i}  ${IPA(i === 1 ? ipv4Private(r) : ipv4Public(r))}  ${(r.next() * 40 + 0.3).toFixed(3)} ms\n`;
  } else if (kind === 1) {
    d.w`$ kubectl get pods -o wide -n ${r.pick(['payments', 'crm', 'default'])}\nNAME                        READY   STATUS    IP             NODE\n`;
    for (let i = 0; i < r.int(2, 4); i++) d.w`${r.pick(['api', 'worker', 'cron'])}-${hex(r, 10)}-${alnum(r, 5).toLowerCase()}   1/1     Running   ${IPA(`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`)}   ip-${r.int(10, 99)}-${r.int(0, 255)}\n`;
  } else {
    d.w`# /etc/nftables.conf (excerpt)\n`;
    for (let i = 0; i < r.int(2, 4); i++) d.w`add rule inet filter input ip saddr ${IPA(ipv4(r))} tcp dport ${r.pick([22, 443, 5432])} accept\n`;
    d.w`add rule inet filter input ip6 saddr ${IPA(ipv6(r))} drop\n`;
  }
  d.w`\nassistant: ${['The third hop drops ICMP, which is normal.', 'Pods on the same node talk over the bridge; check the NetworkPolicy.', 'The IPv6 rule is evaluated after the accept rules, so order matters.'][kind] as string}\n`;
}

function fraudReview(r: Rng, d: DocBuilder): void {
  const u = ANY(r);
  const analyst = makePerson(r);
  d.w`FRAUD REVIEW — account ${uuid(r)}\nCustomer: ${P(nameAs(u.p, 'full'))} <${EM(personalEmail(r, u.p))}>\n\nLogin history:\n`;
  for (let i = 0; i < r.int(2, 4); i++) d.w`  ${stamp(r)}  ${IPA(anyIp(r))}  ${r.pick(['US', 'NL', 'RO', 'BR', 'VN', 'DE'])}  ${r.pick(['ok', 'mfa', 'failed'])}\n`;
  d.w`Card used: ${CC(card(r).value)}; billing ZIP mismatch. Device fingerprint ${sha(r, 32)}.\n`;
  d.w`Decision: ${r.pick(['hold', 'release', 'close'])} — ${P(nameAs(analyst, 'initial'))}, ${r.pick(JOB_TITLES)}\n`;
}

function germanCardOrder(r: Rng, d: DocBuilder): void {
  const c = member(r, ['german', 'turkish', 'polish'], 'DE');
  d.w`Bestellbestätigung ${orderNo(r)}\n\nHallo ${P(nameAs(c.p, 'given'))},\nvielen Dank für deine Bestellung vom ${writeDate(r, recentDate(r), 'de')}.\n`;
  d.w`Lieferadresse: ${AD(address(r, 'DE'))}\nZahlungsart: Kreditkarte ${CC(card(r, r.pick(['Visa', 'Mastercard'])).value)}\n`;
  d.w`Summe: ${r.int(10, 900)},${pad(r.int(0, 99), 2)} € inkl. MwSt. Artikel: ${r.pick(['Braun Series 9', 'Miele Staubsauger', 'Bosch Akkuschrauber'])}\n`;
}

// ───────────────────────────────────────────────────────────── chats, contact cards, CVs

function benefitsChat(r: Rng, d: DocBuilder): void {
  const u = member(r, undefined, 'US');
  const agent = makePerson(r, r.pick(['anglo', 'hispanic', 'filipino'] as const));
  const a = nameAs(agent, 'given');
  const clk = clock(r);
  maybeKnown(r, d, u.p, 0.45);
  d.w`${r.pick(['BenefitsNow', 'PayrollHub', 'OpenEnroll'])} live chat · ${iso(recentDate(r))}\n`;
  d.w`[${clk()}] ${P(a)}: Hi! I can help with your enrollment. What's your full name?\n`;
  d.w`[${clk()}] You: ${P(nameAs(u.p, r.pick(['full', 'lower', 'middle'] as const)))}\n`;
  d.w`[${clk()}] ${P(a)}: Thanks. To find your record I need your Social Security number and date of birth.\n`;
  const style = r.pick(['dash', 'space', 'plain'] as const);
  d.w`[${clk()}] You: ${r.pick(['ssn is', 'my social is', 'SSN:', 'its'])} ${SSN(ssn(r, style))}, ${r.pick(['born', 'dob', 'I was born on', 'birthday'])} ${DB(writeDate(r, birthDate(r, 1950, 2004), 'en'))}\n`;
  d.w`[${clk()}] ${P(a)}: Found you. I see a dependent, ${P(nameAs(makePerson(r, u.p.culture), r.pick(['full', 'given'] as const)))}, added on ${mdySlash(recentDate(r))}. `;
  d.w`Their SSN on file starts with 9${r.digits(2)} — that's an ITIN, so we'll need the Social Security number instead.\n`;
  if (r.chance(0.5)) d.w`[${clk()}] You: ok it's ${SSN(ssn(r, 'dash'))}\n`;
  d.w`[${clk()}] ${P(a)}: Updated. Plan ${r.pick(['PPO 500', 'HSA Bronze', 'Dental Plus'])} starts ${monthName('en', r.int(1, 12))} 1. Reference ${ticketNo(r)}.\n`;
}

function whatsappExport(r: Rng, d: DocBuilder): void {
  const cc: Country = r.pick(['GB', 'DE', 'ES', 'BR', 'IN', 'NG', 'KE', 'ZA', 'IT', 'MX', 'TR', 'NL']);
  const a = member(r, undefined, cc);
  const bPhone = phone(r, cc);
  const t = recentDate(r);
  let secs = r.int(7 * 3600, 20 * 3600);
  const clk = (): string => {
    secs += r.int(5, 400);
    return `${pad(Math.floor(secs / 3600), 2)}:${pad(Math.floor(secs / 60) % 60, 2)}:${pad(secs % 60, 2)}`;
  };
  const day = r.chance(0.5) ? dmySlash(t) : mdySlash(t);
  maybeKnown(r, d, a.p, 0.35);
  d.w`[${day}, ${clk()}] ${P(nameAs(a.p, r.pick(['given', 'full'] as const)))}: ${r.pick(['did the plumber confirm?', 'are we still on for tomorrow?', 'pls send me the landlord details'])}\n`;
  d.w`[${day}, ${clk()}] ${PH(bPhone)}: yes. his name is ${P(nameAs(makePerson(r), r.pick(['full', 'given'] as const)))}, number ${PH(phone(r, cc))}\n`;
  d.w`[${day}, ${clk()}] ${P(nameAs(a.p, r.pick(['given', 'full'] as const)))}: ‎<Media omitted>\n`;
  if (r.chance(0.5)) d.w`[${day}, ${clk()}] ${PH(bPhone)}: address is ${AD(address(r, cc))}\n`;
  else d.w`[${day}, ${clk()}] ${PH(bPhone)}: meet at the ${r.pick(BRANDS)} store, ${r.pick(PLACES_LIKE_NAMES)} branch\n`;
  d.w`[${day}, ${clk()}] ${P(nameAs(a.p, r.pick(['given', 'full'] as const)))}: 👍 ${r.pick(['thanks', 'see u at 7', 'perfect'])}\n`;
}

function vcard(r: Rng, d: DocBuilder): void {
  const m = ANY(r);
  const b = birthDate(r);
  const street = address(r, m.country, true).split('\n');
  d.w`BEGIN:VCARD\nVERSION:${r.pick(['3.0', '4.0'])}\nN:${P(`${m.p.family};${m.p.given}`)};;;\nFN:${P(nameAs(m.p, 'full'))}\n`;
  d.w`ORG:${r.pick(FIRMS).name}\nTITLE:${r.pick(JOB_TITLES)}\nTEL;TYPE=cell:${PH(phone(r, m.phoneCountry))}\n`;
  if (r.chance(0.5)) d.w`TEL;TYPE=work:${PH(phone(r, m.country))}\n`;
  d.w`EMAIL;TYPE=home:${EM(personalEmail(r, m.p))}\n`;
  d.w`ADR;TYPE=home:;;${AD(street.join(', '))}\n`;
  if (r.chance(0.7)) d.w`BDAY:${DB(r.chance(0.5) ? iso(b) : iso(b).replace(/-/g, ''))}\n`;
  d.w`REV:${stamp(r)}\nUID:urn:uuid:${uuid(r)}\nEND:VCARD\n`;
}

function cvResume(r: Rng, d: DocBuilder): void {
  const cc: Country = r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'PL', 'GB', 'IN', 'NG', 'TR']);
  const c = member(r, undefined, cc);
  const ref = makePerson(r);
  maybeKnown(r, d, c.p, 0.35);
  d.w`${P(nameAs(c.p, r.pick(['full', 'upper'] as const)))}\n${r.pick(JOB_TITLES)}\n\n`;
  d.w`${AD(address(r, cc))} · ${PH(phone(r, cc))} · ${EM(personalEmail(r, c.p))}\n`;
  d.w`${r.pick(['Born', 'Date of birth', 'Born on', 'DOB'])}: ${DB(writeDate(r, birthDate(r, 1960, 2003), 'en'))} · Nationality: ${r.pick(['German', 'Nigerian', 'Indian', 'Dutch', 'Turkish', 'Polish'])}\n\n`;
  d.w`EXPERIENCE\n${r.int(2015, 2021)}–present  ${r.pick(JOB_TITLES)}, ${r.pick(BRANDS)} (${r.pick(PLACES_LIKE_NAMES)})\n`;
  d.w`  - Cut infrastructure cost by ${r.int(5, 40)}% migrating ${r.pick(SOFTWARE)} clusters; introduced ${r.pick(LAWS)} to capacity planning.\n`;
  d.w`${r.int(2008, 2014)}–${r.int(2015, 2020)}  ${r.pick(JOB_TITLES)}, ${r.pick(FIRMS).name}\n\nSKILLS  TypeScript, SQL, ${r.pick(SOFTWARE)}, ${r.pick(SOFTWARE)}\n`;
  d.w`REFERENCES  ${P(nameAs(ref, r.pick(['full', 'initial'] as const)))} (former manager) — available on request\n`;
}

// ───────────────────────────────────────────────────────────── corpus

const POSITIVE_FAMILIES: readonly (readonly [Family, number])[] = [
  [supportChat, 5], [voiceTranscript, 4], [emailMessage, 4], [clinicalNote, 4], [insuranceClaim, 4], [bankMessage, 5],
  [hrForm, 5], [shippingNotice, 3], [crmCsv, 1], [crmJson, 2], [crmYaml, 1], [gitLog, 2], [gitBlame, 2], [stackTrace, 3],
  [serverLog, 2], [sqlInsert, 3], [configFile, 2], [ticket, 3], [smsThread, 1], [legalLetter, 2], [groupChat, 2],
  [calendarInvite, 2], [rentalApplication, 3], [travelBooking, 2], [spanishEmail, 2], [frenchLetter, 2], [germanForm, 2],
  [portugueseChat, 2], [italianBooking, 2], [dutchLetter, 2], [polishBank, 2], [turkishSms, 2], [swedishForm, 2],
  [japaneseForm, 2], [chineseMessage, 1], [indonesianChat, 1], [paymentDispute, 7], [paymentWebhookDebug, 3], [taxForm, 5],
  [loanApplication, 5], [invoiceBankDetails, 4], [payrollCsv, 2], [securityAlert, 3], [networkDebug, 2], [fraudReview, 3],
  [germanCardOrder, 3], [benefitsChat, 4], [whatsappExport, 1], [vcard, 2], [cvResume, 2],
];
const NEGATIVE_FAMILIES: readonly Family[] = [releaseNotes, medicalLeaflet, productReview, testFixtures, meetingNotes,
  codeSnippet, weatherBulletin];

/** Every NEGATIVE_EVERY-th document is wholly negative (≈ 6.7 %, above the 4 % floor). */
const NEGATIVE_EVERY = 15;

/** Rough share of each type the corpus aims at. */
const TARGET_SHARE: Readonly<Record<PiiType, number>> = {
  PERSON: 0.4, EMAIL: 0.11, PHONE: 0.1, ADDRESS: 0.09, DOB: 0.08, IP: 0.05, CARD: 0.04, IBAN: 0.04, NATIONAL_ID: 0.04,
};
/** Families that carry much of one type; used to steer a type back towards its share. */
const BOOSTERS: Readonly<Record<PiiType, readonly Family[]>> = {
  PERSON: [groupChat, gitBlame, calendarInvite, legalLetter],
  EMAIL: [calendarInvite, gitLog, crmCsv],
  PHONE: [whatsappExport, smsThread, vcard],
  ADDRESS: [shippingNotice, legalLetter, rentalApplication],
  DOB: [cvResume, vcard, benefitsChat, clinicalNote, travelBooking],
  IP: [networkDebug, serverLog, securityAlert, fraudReview],
  CARD: [paymentDispute, paymentWebhookDebug, germanCardOrder, fraudReview],
  IBAN: [invoiceBankDetails, payrollCsv, bankMessage, polishBank],
  NATIONAL_ID: [taxForm, benefitsChat, loanApplication, hrForm],
};
/** Chance of steering once a type lags its share; the rest of the picks stay purely weighted. */
const STEER_CHANCE = 0.4;
/** No steering before this many labels exist (shares are noise before that). */
const STEER_AFTER = 200;

function laggingType(counts: ReadonlyMap<PiiType, number>, total: number): PiiType | undefined {
  let worst: PiiType | undefined;
  let worstRatio = 0.9;
  for (const [type, share] of Object.entries(TARGET_SHARE) as [PiiType, number][]) {
    const ratio = (counts.get(type) ?? 0) / (share * total);
    if (ratio < worstRatio) {
      worst = type;
      worstRatio = ratio;
    }
  }
  return worst;
}

function pickWeighted<T>(r: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function chooseFamily(r: Rng, docIndex: number, counts: ReadonlyMap<PiiType, number>, total: number): Family {
  if (docIndex % NEGATIVE_EVERY === NEGATIVE_EVERY - 1) return r.pick(NEGATIVE_FAMILIES);
  const lagging = total >= STEER_AFTER ? laggingType(counts, total) : undefined;
  if (lagging && r.chance(STEER_CHANCE)) return r.pick(BOOSTERS[lagging]);
  return pickWeighted(r, POSITIVE_FAMILIES);
}

/**
 * Builds the corpus for one seed: whole documents until at least `minInstances` labels exist.
 * Deterministic per seed.
 */
export function generateIndependent5Corpus(options: { seed: number; minInstances?: number }): Independent5Entry[] {
  const r = new Rng(options.seed);
  const min = options.minInstances ?? INDEPENDENT5_MIN_INSTANCES;
  const out: Independent5Entry[] = [];
  const counts = new Map<PiiType, number>();
  let total = 0;
  while (total < min) {
    const d = new DocBuilder();
    chooseFamily(r, out.length, counts, total)(r, d);
    const entry = d.build();
    out.push(entry);
    for (const l of entry.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
    total += entry.labels.length;
  }
  return out;
}
