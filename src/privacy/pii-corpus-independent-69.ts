/**
 * @module privacy/pii-corpus-independent-69 — a blind, labelled PII evaluation split ("independent69")
 * about logistics, freight forwarding and customs brokerage.
 *
 * WRITTEN BLIND. While writing it I read only: `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the first 30 lines of
 * `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector, its patterns, its name lists, the
 * other corpora or their templates/values, the docs, the benchmarks or the git history, and I never ran
 * the detector on this text. Every name, address, template and value here was invented for this split.
 *
 * Seeds: 690001, 690002, 690003 (`INDEPENDENT69_SEEDS`); each seed yields whole documents until at least
 * `minInstances` labels exist (default 2,400), stopping right after the document that reaches it.
 *
 * Contents: bills of lading, air waybills, commercial invoices, customs declarations, importer-of-record
 * and broker forms, tracking chats and call transcripts, dispatch logs and SMS threads, warehouse receiving
 * notes, delivery exceptions, EDI-like segment records, CSV / JSON / fixed-width manifests, portal and
 * gateway logs, claims and refunds, in ~29 countries and a dozen languages; about one document in ten
 * is a pure hard negative, and distractors (container / AWB / tracking numbers, HS codes, EORI, EIN,
 * routing numbers, hashes, versions, Luhn-invalid and masked cards, bad IBANs, invalid or masked SSNs,
 * non-birth dates, ships / airports / streets / companies / laws / storms named after people) are spread
 * through the labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only, one label per contiguous name; honorifics (Mr., Dr., Frau, Sra., 様,
 *   さん, 씨 …) and a possessive 's stay outside; initials+surname, surname-only, given-only, ALL CAPS,
 *   lower-case and "Surname, Given" forms are labelled. Brands, software, bots, places, pets, ships,
 *   storms, streets/buildings/airports named after people, eponymous diseases/laws/awards, @handles and
 *   names inside e-mail addresses are not.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid / masked ones not.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked or invalid SSNs, EINs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names are separate PERSONs; company lines, city-only mentions,
 *   directions, docks, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT69_SEEDS = [690001, 690002, 690003] as const;
export const INDEPENDENT69_MIN_INSTANCES = 2400;

/** A gold label with the exact text of its span. */
export interface Independent69Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split. */
export interface Independent69Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent69Label[];
}

/** Builds a document, recording label offsets while the text is appended. */
class Doc {
  text = '';
  readonly labels: Independent69Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value === '' || value.trim() !== value) throw new Error(`bad ${type} value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent69Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

type Tpl = (d: Doc, r: Rng) => void;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function letters(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + r.int(0, 25));
  return s;
}

function alnum(r: Rng, n: number): string {
  const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += a.charAt(r.int(0, a.length - 1));
  return s;
}

function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

// ---------------------------------------------------------------- cards

/** A Luhn-valid card number (digits only) of a real network shape. */
function cardDigits(r: Rng): string {
  const x = r.next();
  let prefix: string;
  let len = 16;
  if (x < 0.34) {
    prefix = '4';
    len = r.chance(0.06) ? 13 : r.chance(0.05) ? 19 : 16;
  } else if (x < 0.6) prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  else if (x < 0.74) {
    prefix = r.pick(['34', '37']);
    len = 15;
  } else if (x < 0.82) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (x < 0.89) prefix = String(r.int(3528, 3589));
  else if (x < 0.94) {
    prefix = r.pick(['36', '38', String(r.int(300, 305))]);
    len = 14;
  } else prefix = '62';
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}

function groupCard(d: string, sep: string): string {
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    if (i >= d.length) break;
    out.push(d.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

/** A labelled-quality card, formatted in one of the common ways. */
function card(r: Rng): string {
  const d = cardDigits(r);
  return groupCard(d, r.pick([' ', ' ', '-', '']));
}

/** A card-like number that fails Luhn (unlabelled distractor). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(d.slice(0, -1) + String(last), r.pick([' ', '-', '']));
}

function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending ${r.digits(4)}`, `4*** **** **** ${r.digits(4)}`]);
}

// ---------------------------------------------------------------- IBANs

const IBAN_SPEC: Readonly<Record<string, string>> = {
  DE: '18n', GB: '4a14n', FR: '23n', ES: '20n', IT: '1a22n', NL: '4a10n', BE: '12n', CH: '17n', AT: '16n',
  PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '16n', SA: '20n',
  AE: '19n', TR: '22n', GR: '23n', CZ: '20n', HU: '24n', RO: '4a16n', BR: '23n1a1c', HR: '17n', LT: '16n',
  EE: '16n', SI: '15n', BG: '4a14n', MT: '4a23n', CY: '24n', IL: '19n', QA: '4a21n', KW: '4a22n', IS: '22n',
  LV: '4a13n', SK: '20n', MC: '23n', LI: '17n',
};
const BANK_CODES: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], NL: ['ABNA', 'RABO', 'INGB', 'TRIO', 'BUNQ'],
  IE: ['AIBK', 'BOFI', 'IPBS'], RO: ['RNCB', 'BTRL', 'BRDE'], BG: ['UNCR', 'BNBG'],
};

function ibanCheck(cc: string, bban: string): string {
  let rem = 0;
  for (const ch of bban + cc + '00') {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  return pad(98 - rem);
}

/** A compact, upper-case, checksum-valid IBAN of the given country. */
function ibanCompact(r: Rng, cc: string): string {
  const spec = IBAN_SPEC[cc] ?? '18n';
  let bban = '';
  for (const m of spec.matchAll(/(\d+)([anc])/g)) {
    const n = Number(m[1]);
    if (m[2] === 'a') bban += BANK_CODES[cc] && n === 4 && bban === '' ? r.pick(BANK_CODES[cc] ?? ['XXXX']) : letters(r, n);
    else if (m[2] === 'c') bban += alnum(r, n);
    else bban += r.digits(n);
  }
  const iban = cc + ibanCheck(cc, bban) + bban;
  if (IBAN_LENGTHS[cc] !== iban.length || !ibanMod97Valid(iban)) throw new Error(`bad IBAN ${iban}`);
  return iban;
}

function fmtIban(r: Rng, compact: string): string {
  const grouped = compact.replace(/(.{4})/g, '$1 ').trim();
  const x = r.next();
  if (x < 0.6) return grouped;
  if (x < 0.9) return compact;
  if (x < 0.95) return compact.toLowerCase();
  return grouped.toLowerCase();
}

const IBAN_CCS = Object.keys(IBAN_SPEC);

function iban(r: Rng, cc?: string): string {
  return fmtIban(r, ibanCompact(r, cc && IBAN_SPEC[cc] ? cc : r.pick(IBAN_CCS)));
}

/** An IBAN-shaped string whose check digits are wrong (unlabelled distractor). */
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc && IBAN_SPEC[cc] ? cc : r.pick(IBAN_CCS));
  const ck = ((Number(c.slice(2, 4)) - 2 + r.int(1, 90)) % 97) + 2;
  return fmtIban(r, c.slice(0, 2) + pad(ck) + c.slice(4));
}

// ---------------------------------------------------------------- SSN, EIN, IPs

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  while (area === 666) area = r.int(1, 899);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const sep = r.chance(0.85) ? '-' : r.chance(0.5) ? ' ' : '';
  return `${pad(area, 3)}${sep}${g}${sep}${s}`;
}

/** An SSN-shaped number that is not a valid SSN, or a masked one (unlabelled). */
function badSsn(r: Rng): string {
  return r.pick([
    `000-${pad(r.int(10, 99))}-${r.digits(4)}`,
    `666-${pad(r.int(10, 99))}-${r.digits(4)}`,
    `9${r.digits(2)}-${pad(r.int(10, 99))}-${r.digits(4)}`,
    `${r.int(100, 899)}-00-${r.digits(4)}`,
    `***-**-${r.digits(4)}`,
    `XXX-XX-${r.digits(4)}`,
  ]);
}

const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;

function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.35) return `192.168.${r.int(0, 40)}.${r.int(1, 254)}`;
  if (x < 0.45) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.6) return `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`;
  return `${r.pick([23, 31, 41, 45, 62, 77, 81, 84, 91, 103, 109, 118, 141, 151, 176, 185, 188, 194, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const grp = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const head = r.pick(['2001:db8', '2a02:8108', '2600:1f18', '2406:da18', 'fe80', '2a01:4f8', '2804:14c']);
  if (r.chance(0.6)) {
    const tail: string[] = [];
    for (let i = 0, n = r.int(1, 3); i < n; i++) tail.push(grp());
    return `${head}::${tail.join(':')}`;
  }
  const parts = head.split(':');
  while (parts.length < 8) parts.push(grp());
  return parts.join(':');
}

const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

/** Writes an IP with an optional port (port and brackets outside the label). */
function ipPort(d: Doc, r: Rng, withPort = r.chance(0.4)): void {
  const a = ip(r);
  const port = r.pick(['22', '443', '8443', '4080', '21', '990', '5080']);
  if (!withPort) d.l('IP', a);
  else if (a.includes(':')) d.t('[').l('IP', a).t(`]:${port}`);
  else d.l('IP', a).t(`:${port}`);
}

// ---------------------------------------------------------------- people

/** Name pools by culture: given names, surnames, and whether the surname is written first. */
const CULTURES: Readonly<Record<string, { g: readonly string[]; s: readonly string[]; east?: boolean }>> = {
  en: {
    g: ['James', 'Olivia', 'Will', 'Bill', 'Grant', 'Rose', 'Hope', 'May', 'Guy', 'Mark', 'Dawn', 'Frank', 'Summer', 'Hunter', 'Faith'],
    s: ['Baker', 'Cook', 'Fletcher', 'Young', 'King', 'Page', 'Fox', 'Bell', 'Lane', 'Price', 'Wood', 'Stone', 'Hargreaves', 'Whitlock', 'Moody'],
  },
  ie: {
    g: ['Siobhan', 'Ciarán', 'Aoife', 'Declan', 'Niamh', 'Padraig', 'Orla', 'Cormac', 'Eimear', 'Róisín', 'Fionn', 'Saoirse'],
    s: ["O'Brien", 'Callaghan', 'Mac Giolla', "O'Sullivan", 'Keane', 'Doherty', 'Fitzgerald', 'Mulcahy', 'Byrne', 'Quinlan', 'Tierney', 'Gallagher'],
  },
  de: {
    g: ['Jürgen', 'Annika', 'Lukas', 'Friederike', 'Matthias', 'Greta', 'Torsten', 'Heike', 'Felix', 'Anja', 'Wolfgang', 'Lena', 'Sönke'],
    s: ['Schröder', 'Vogt', 'Kessler', 'Brandt', 'Hoffmann', 'Weiß', 'Zimmermann', 'Krüger', 'Lindemann', 'Beckmann', 'Hartmann', 'Oltmanns', 'Petersen'],
  },
  fr: {
    g: ['Élodie', 'Mathieu', 'Camille', 'Gaëlle', 'Antoine', 'Sylvie', 'Thibault', 'Margaux', 'Yannick', 'Océane', 'Rémi', 'Solène'],
    s: ['Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Rousseau', 'Chevalier', 'Dubois', 'Lemaire', 'Garnier', 'Bonnet', 'Faure', 'Marchand'],
  },
  es: {
    g: ['Alejandro', 'Lucía', 'Javier', 'María José', 'Rocío', 'Iñaki', 'Pilar', 'Sergio', 'Nerea', 'Consuelo', 'Ramón', 'Itziar'],
    s: ['García Lorente', 'Ortega', 'Villalobos', 'Etxeberria', 'Navarro', 'Castillo', 'Herrero Gil', 'Sanz', 'Medina', 'Cabrera', 'Iglesias', 'Soto'],
  },
  mx: {
    g: ['Guadalupe', 'Jesús', 'Ximena', 'Rodrigo', 'Itzel', 'Salvador', 'Maricela', 'Joaquín', 'Yesenia', 'Fernando', 'Araceli', 'Consuelo'],
    s: ['Hernández', 'Zúñiga', 'Ramírez', 'Trejo', 'Villaseñor', 'Ochoa', 'Gutiérrez', 'Salazar', 'Ibarra', 'Montes de Oca', 'Rosales', 'Camacho'],
  },
  pt: {
    g: ['João Pedro', 'Thiago', 'Mariana', 'Fernanda', 'Rafael', 'Luana', 'Gustavo', 'Beatriz', 'Caio', 'Letícia', 'Vinícius', 'Graça'],
    s: ['Silva', 'Oliveira', 'Souza', 'Carvalho', 'Almeida', 'Ribeiro', 'Barbosa', 'Nascimento', 'Figueiredo', 'Teixeira', 'Cardoso', 'Moura'],
  },
  it: {
    g: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Francesca', 'Davide', 'Alessia', 'Stefano', 'Federica', 'Gianluca', 'Ilaria', 'Rocco'],
    s: ['Bianchi', 'Ferraro', 'Esposito', 'Ricci', 'Marchetti', 'Colombo', 'De Luca', 'Fontana', 'Galli', 'Conti', 'Rinaldi', 'Barbieri'],
  },
  nl: {
    g: ['Sanne', 'Joost', 'Femke', 'Pieter', 'Maarten', 'Lieke', 'Bram', 'Anouk', 'Thijs', 'Marloes', 'Wouter', 'Ilse'],
    s: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Groot', 'van Dijk', 'Mulder', 'Kuipers', 'Hoekstra'],
  },
  pl: {
    g: ['Katarzyna', 'Tomasz', 'Agnieszka', 'Piotr', 'Małgorzata', 'Krzysztof', 'Zofia', 'Wojciech', 'Joanna', 'Grzegorz', 'Ewa', 'Łukasz'],
    s: ['Kowalczyk', 'Wiśniewski', 'Nowak', 'Lewandowska', 'Zieliński', 'Szymańska', 'Wójcik', 'Kamiński', 'Dąbrowska', 'Mazur', 'Krawczyk', 'Pawlak'],
  },
  sv: {
    g: ['Ingrid', 'Sven', 'Astrid', 'Lars', 'Sigrid', 'Henrik', 'Maja', 'Björn', 'Karin', 'Magnus', 'Linnea', 'Eirik', 'Freja'],
    s: ['Lindqvist', 'Halvorsen', 'Johansson', 'Bergström', 'Nygård', 'Sørensen', 'Dahl', 'Holm', 'Kjellberg', 'Eriksen', 'Sandvik', 'Lund'],
  },
  fi: {
    g: ['Aino', 'Juha', 'Satu', 'Mikko', 'Tuuli', 'Jussi', 'Kaisa', 'Ville', 'Riikka', 'Lauri', 'Helmi', 'Teemu'],
    s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Laaksonen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salminen', 'Rantanen', 'Hämäläinen'],
  },
  tr: {
    g: ['Mehmet', 'Ayşe', 'Emre', 'Elif', 'Burak', 'Zeynep', 'Oğuz', 'Gülşen', 'Serkan', 'Merve', 'Kerem', 'Derya'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Aksoy', 'Korkmaz'],
  },
  ar: {
    g: ['Said', 'Layla', 'Omar', 'Fatima', 'Khalid', 'Noura', 'Yousef', 'Huda', 'Tariq', 'Amira', 'Hamza', 'Rania', 'Faisal'],
    s: ['Al-Rashid', 'Haddad', 'Nasser', 'Khoury', 'El-Sayed', 'Mansour', 'Al-Mutairi', 'Saleh', 'Bakr', 'Hamdan', 'Al-Farsi', 'Aziz'],
  },
  fa: {
    g: ['Dariush', 'Shirin', 'Arash', 'Leila', 'Kaveh', 'Niloufar', 'Behnam', 'Parisa', 'Reza', 'Mahsa', 'Farhad', 'Golnar'],
    s: ['Rahimi', 'Tehrani', 'Karimi', 'Moradi', 'Hosseini', 'Jafari', 'Sadeghi', 'Bahrami', 'Ghorbani', 'Shirazi', 'Nazari', 'Afshar'],
  },
  in: {
    g: ['Priya', 'Rohan', 'Ananya', 'Vikram', 'Kavita', 'Arjun', 'Sunita', 'Rahul', 'Neha', 'Sanjay', 'Pooja', 'Aditya'],
    s: ['Sharma', 'Verma', 'Gupta', 'Mehta', 'Agarwal', 'Kapoor', 'Joshi', 'Malhotra', 'Chauhan', 'Bhatia', 'Saxena', 'Trivedi'],
  },
  ta: {
    g: ['Karthik', 'Lakshmi', 'Senthil', 'Meenakshi', 'Arun', 'Divya', 'Murugan', 'Revathi', 'Vignesh', 'Kalaiselvi', 'Prakash', 'Anitha'],
    s: ['Subramanian', 'Iyer', 'Raghavan', 'Natarajan', 'Krishnan', 'Venkatesan', 'Pillai', 'Ramasamy', 'Sundaram', 'Balakrishnan', 'Narayanan', 'Chandrasekaran'],
  },
  zh: {
    g: ['Wei', 'Xiaoling', 'Jun', 'Meihua', 'Hao', 'Yuxin', 'Zhiqiang', 'Lan', 'Jiayi', 'Guoqiang', 'Ting', 'Haoran'],
    s: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma', 'Guo'],
    east: true,
  },
  ja: {
    g: ['Yuki', 'Haruto', 'Aoi', 'Takeshi', 'Sakura', 'Kenji', 'Yui', 'Daisuke', 'Hana', 'Shota', 'Misaki', 'Ren'],
    s: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Matsumoto', 'Inoue'],
    east: true,
  },
  ko: {
    g: ['Minjun', 'Seoyeon', 'Jihoon', 'Hyejin', 'Dongwook', 'Soyoung', 'Jaehyun', 'Eunji', 'Sungmin', 'Yuna', 'Taeho', 'Jiwoo'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
    east: true,
  },
  vi: {
    g: ['Linh', 'Minh', 'Thảo', 'Quang', 'Hương', 'Tuấn', 'Ngọc', 'Dũng', 'Mai', 'Phong', 'Trang', 'Khoa'],
    s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'],
    east: true,
  },
  fil: {
    g: ['Maricel', 'Jericho', 'Rowena', 'Dindo', 'Lovely', 'Arnel', 'Mylene', 'Rommel', 'Joy', 'Jomar', 'Precious', 'Marites'],
    s: ['dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Mendoza', 'Villanueva', 'Aquino', 'Manalo', 'Dimaculangan', 'Panganiban', 'Macaraeg', 'Tolentino'],
  },
  ng: {
    g: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Obinna', 'Yetunde', 'Ifeanyi', 'Blessing'],
    s: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Adebayo', 'Ogunleye', 'Chukwu', 'Afolabi', 'Obi', 'Onyekachi'],
  },
  sw: {
    g: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Mwangi', 'Achieng', 'Wafula', 'Zawadi', 'Baraka', 'Nafula', 'Imani'],
    s: ['Odhiambo', 'Kariuki', 'Wambua', 'Mutua', 'Cheruiyot', 'Njoroge', 'Omondi', 'Kiprotich', 'Wekesa', 'Muthoni', 'Onyango', 'Kimani'],
  },
  el: {
    g: ['Eleni', 'Giorgos', 'Katerina', 'Nikos', 'Sofia', 'Dimitris', 'Vasiliki', 'Kostas', 'Anastasia', 'Panagiotis', 'Despina', 'Yannis'],
    s: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Karagiannis', 'Vlachos', 'Oikonomou', 'Alexiou', 'Pappas', 'Dimitriou', 'Markou', 'Stavrou'],
  },
  ru: {
    g: ['Dmitri', 'Olga', 'Sergei', 'Oleksandr', 'Natalia', 'Andriy', 'Svetlana', 'Yaroslav', 'Iryna', 'Mikhail', 'Tetiana', 'Bohdan'],
    s: ['Ivanova', 'Kovalenko', 'Petrov', 'Shevchenko', 'Sokolov', 'Bondarenko', 'Morozova', 'Tkachenko', 'Volkov', 'Melnyk', 'Lebedev', 'Kravchuk'],
  },
  cs: {
    g: ['Jiří', 'Petra', 'Tomáš', 'Lenka', 'Ondřej', 'Zuzana', 'Radek', 'Markéta', 'Vojtěch', 'Hana', 'Miloš', 'Kateřina'],
    s: ['Novák', 'Dvořák', 'Černá', 'Procházka', 'Svoboda', 'Veselý', 'Kučera', 'Horáková', 'Němec', 'Pokorný', 'Marek', 'Růžička'],
  },
  hu: {
    g: ['Bence', 'Zsófia', 'Gábor', 'Eszter', 'Levente', 'Réka', 'Ádám', 'Katalin', 'Zoltán', 'Anikó', 'Péter', 'Boglárka'],
    s: ['Horváth', 'Kovács', 'Szabó', 'Tóth', 'Nagy', 'Varga', 'Farkas', 'Molnár', 'Balogh', 'Papp', 'Lakatos', 'Fekete'],
    east: true,
  },
  he: {
    g: ['Noa', 'Eitan', 'Tamar', 'Yonatan', 'Shira', 'Avi', 'Michal', 'Oren', 'Yael', 'Guy', 'Dana', 'Itai'],
    s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Avraham', 'Katz', 'Ben-David', 'Shapiro', 'Azoulay', 'Goldberg'],
  },
  id: {
    g: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu', 'Wahyu', 'Nurul', 'Fajar', 'Indah'],
    s: ['Santoso', 'Wijaya', 'Hidayat', 'Pratama', 'Kusuma', 'Saputra', 'Setiawan', 'Nugroho', 'Halim', 'Rahman', 'Gunawan', 'Tan'],
  },
  th: {
    g: ['Somchai', 'Nattaya', 'Kittisak', 'Pimchanok', 'Anan', 'Siriporn', 'Chaiwat', 'Kanokwan', 'Thanakorn', 'Waraporn', 'Prasit', 'Ratana'],
    s: ['Srisuk', 'Wongsakul', 'Chaiyaporn', 'Rattanakorn', 'Suwannarat', 'Boonmee', 'Jaidee', 'Thongchai', 'Kaewkla', 'Phromma', 'Sukprasert', 'Intharat'],
  },
};
const CULTURE_KEYS = Object.keys(CULTURES);

/** Native-script pools (surname first, no space for zh/ko). */
const NATIVE: Readonly<Record<'ja' | 'zh' | 'ko', { g: readonly string[]; s: readonly string[] }>> = {
  ja: {
    s: ['田中', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '松本', '井上'],
    g: ['陽子', '健太', '美咲', '大輔', 'さくら', '翔太', '由美', '拓也', '恵', '直樹', '千尋', '悠真'],
  },
  zh: {
    s: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'],
    g: ['伟', '秀英', '建国', '丽娟', '志强', '晓明', '雪', '海燕', '俊杰', '婷婷', '宇航', '静怡'],
  },
  ko: {
    s: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'],
    g: ['민준', '서연', '지훈', '혜진', '동욱', '소영', '재현', '은지', '성민', '유나', '태호', '지우'],
  },
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly east: boolean;
}

function personOf(r: Rng, culture: string): Person {
  const c = CULTURES[culture] ?? CULTURES.en;
  if (!c) throw new Error('no culture');
  return { g: r.pick(c.g), s: r.pick(c.s), east: c.east === true };
}

const full = (p: Person): string => (p.east ? `${p.s} ${p.g}` : `${p.g} ${p.s}`);
const initialS = (p: Person): string => `${p.g.charAt(0)}. ${p.s}`;
const surnameFirst = (p: Person): string => `${p.s}, ${p.g}`;

function nativeName(r: Rng, lang: 'ja' | 'zh' | 'ko'): { s: string; g: string; full: string } {
  const pool = NATIVE[lang];
  const s = r.pick(pool.s);
  const g = r.pick(pool.g);
  return { s, g, full: lang === 'ja' && r.chance(0.5) ? `${s} ${g}` : `${s}${g}` };
}

/** A name written one of the ways forms and chats write them (always a contiguous human name). */
function nameForm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.58) return full(p);
  if (x < 0.68) return r.chance(0.5) ? `${p.s.toUpperCase()}, ${p.g}` : surnameFirst(p);
  if (x < 0.78) return p.east ? full(p) : initialS(p);
  if (x < 0.9) return full(p).toUpperCase();
  return full(p).toLowerCase();
}

function ascii(s: string): string {
  return s
    .replace(/ł/gi, 'l')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/đ/gi, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'wp.pl',
  'naver.com', 'yahoo.co.jp', 'qq.com', 'icloud.com', 'proton.me', 'uol.com.br', 'rediffmail.com', 'mail.com', 'fastmail.com'];
const CO_DOMAINS = ['northquay-logistics.com', 'haldenfreight.no', 'cargoveld.nl', 'ostrava-spedice.cz', 'bahiazul-transportes.es',
  'kranich-spedition.de', 'tidewaybrokers.com', 'meridianbond.co.uk', 'sahel-cargo.ng', 'lotusline.sg', 'anatolia-lojistik.com.tr',
  'corredor-aduanal.mx', 'portovivo.com.br', 'fjordlink.se', 'aeroquay.ae', 'pacificarc-forwarding.com', 'roissyfret.fr',
  'lagunadispatch.us', 'kestrel-3pl.com', 'zollwerk-broker.de', 'nakano-kaiun.co.jp', 'hanbit-logis.co.kr', 'deltapier.in'];

/** An e-mail address for a person (the name inside it is not labelled). */
function personEmail(r: Rng, p: Person, domain?: string): string {
  const g = ascii(p.g) || 'info';
  const s = ascii(p.s) || 'mail';
  const dom = domain ?? (r.chance(0.5) ? r.pick(FREEMAIL) : r.pick(CO_DOMAINS));
  return r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g.charAt(0)}`, `${g}${r.int(2, 98)}`, `${g}_${s}`, `${s}${g.charAt(0)}`]) + '@' + dom;
}

function roleEmail(r: Rng, domain?: string): string {
  return `${r.pick(['ops', 'customs', 'dispatch', 'imports', 'exports', 'claims', 'billing', 'support', 'noreply', 'booking', 'docs', 'warehouse', 'tracking', 'brokerage'])}@${domain ?? r.pick(CO_DOMAINS)}`;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A spoken e-mail address ("first dot last at gmail dot com"). */
function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick(['gmail', 'outlook', 'yahoo', 'hotmail', 'icloud']);
  const sep = r.chance(0.5) ? ' dot ' : ' underscore ';
  return `${ascii(p.g)}${sep}${ascii(p.s)} at ${dom} dot ${r.pick(['com', 'com', 'co dot uk', 'de'])}`;
}

/** A spoken phone number, grouped the way callers read them. */
function spokenPhone(r: Rng): string {
  const groups = r.chance(0.5)
    ? [`${r.int(2, 9)}${r.digits(2)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)]
    : ['07' + r.digits(3), r.digits(3), r.digits(3)];
  const say = (g: string): string => [...g].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ');
  return groups.map(say).join(', ');
}

// ---------------------------------------------------------------- countries: addresses, phones, dates

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MON_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MON_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const MON_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

type DateFmt = (r: Rng, y: number, m: number, d: number) => string;
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';
const dmySlash: DateFmt = (_r, y, m, d) => `${pad(d)}/${pad(m)}/${y}`;
const dmyDot: DateFmt = (_r, y, m, d) => `${pad(d)}.${pad(m)}.${y}`;
const iso: DateFmt = (_r, y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const enIntl: DateFmt = (r, y, m, d) =>
  r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon(MON_EN, m)} ${y}`, `${pad(d)}-${mon(MON_EN, m).slice(0, 3)}-${y}`, `${d} ${mon(MON_EN, m).slice(0, 3)} ${y}`]);
const DATE_FMT: Readonly<Record<string, DateFmt>> = {
  US: (r, y, m, d) => r.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${mon(MON_EN, m)} ${d}, ${y}`, `${mon(MON_EN, m).slice(0, 3)} ${d}, ${y}`]),
  CA: (r, y, m, d) => r.pick([iso(r, y, m, d), `${mon(MON_EN, m)} ${d}, ${y}`]),
  GB: enIntl, IE: enIntl, AU: enIntl, ZA: (r, y, m, d) => r.pick([iso(r, y, m, d), enIntl(r, y, m, d)]), NG: enIntl, KE: enIntl, IN: enIntl, SG: enIntl,
  AE: dmySlash,
  DE: (r, y, m, d) => r.pick([dmyDot(r, y, m, d), `${d}. ${mon(MON_DE, m)} ${y}`]), AT: dmyDot, CH: dmyDot,
  FR: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} ${mon(MON_FR, m)} ${y}`]), BE: dmySlash,
  ES: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} de ${mon(MON_ES, m)} de ${y}`]), MX: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} de ${mon(MON_ES, m)} de ${y}`]),
  IT: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} ${mon(MON_IT, m)} ${y}`]),
  PT: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} de ${mon(MON_PT, m)} de ${y}`]), BR: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${d} de ${mon(MON_PT, m)} de ${y}`]),
  NL: (r, y, m, d) => r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon(MON_NL, m)} ${y}`]),
  PL: (r, y, m, d) => r.pick([dmyDot(r, y, m, d), `${d} ${mon(MON_PL, m)} ${y}`]),
  SE: (r, y, m, d) => r.pick([iso(r, y, m, d), `${d} ${mon(MON_SV, m)} ${y}`]), NO: dmyDot,
  TR: (r, y, m, d) => r.pick([dmyDot(r, y, m, d), `${d} ${mon(MON_TR, m)} ${y}`]),
  JP: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]),
  CN: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, iso(r, y, m, d)]),
  KR: (r, y, m, d) => r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]),
};

function dateIn(r: Rng, cc: string, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, m === 2 ? 28 : 30);
  return (DATE_FMT[cc] ?? iso)(r, y, m, d);
}
/** A date of birth written the way the country writes dates. */
const dob = (r: Rng, cc: string): string => dateIn(r, cc, 1947, 2004);
/** A recent business date (ETA, invoice, pickup …) — never labelled. */
const bizDate = (r: Rng, cc: string): string => dateIn(r, cc, 2023, 2025);

interface Country {
  readonly name: string;
  readonly cultures: readonly string[];
  readonly addr: (r: Rng) => string[];
  readonly phone: (r: Rng) => string;
}

const n = (r: Rng, lo: number, hi: number): string => String(r.int(lo, hi));

const COUNTRIES: Readonly<Record<string, Country>> = {
  US: {
    name: 'USA', cultures: ['en', 'en', 'mx', 'zh', 'in', 'vi', 'ng', 'ko', 'ar', 'fil', 'he', 'ie'],
    addr: (r) => {
      const [city, st, zp] = r.pick([['Columbus', 'OH', '432'], ['Savannah', 'GA', '314'], ['Laredo', 'TX', '780'], ['Memphis', 'TN', '381'], ['Carson', 'CA', '907'],
        ['Elizabeth', 'NJ', '072'], ['Joliet', 'IL', '604'], ['Tacoma', 'WA', '984'], ['Doral', 'FL', '331'], ['Louisville', 'KY', '402']] as const);
      const street = `${n(r, 100, 9899)} ${r.pick(['Commerce Dr', 'Industrial Pkwy', 'Harbor Blvd', 'Larkspur Ave', 'W 38th St', 'Ridgeview Rd', 'Martin Luther King Jr Blvd', 'Cypress Creek Rd', 'Old Mill Ln', 'Foreign Trade Zone Blvd'])}`;
      const lines = [r.chance(0.3) ? `${street}, ${r.pick(['Suite', 'Unit', 'Bldg'])} ${n(r, 2, 480)}` : street, `${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`];
      if (r.chance(0.25)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    },
    phone: (r) => {
      const a = r.pick(['614', '912', '956', '901', '310', '908', '815', '253', '305', '502', '201', '713']);
      const x = `${r.int(2, 9)}${r.digits(2)}`;
      const y = r.digits(4);
      return r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `+1 ${a} ${x} ${y}`, `${a}.${x}.${y}`, `+1-${a}-${x}-${y}`, `1 (${a}) ${x}-${y}`]);
    },
  },
  CA: {
    name: 'Canada', cultures: ['en', 'fr', 'zh', 'in', 'ie'],
    addr: (r) => {
      const [city, pv, l] = r.pick([['Mississauga', 'ON', 'L'], ['Montréal', 'QC', 'H'], ['Delta', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B']] as const);
      return [`${n(r, 10, 8800)} ${r.pick(['Dundas St E', 'Rue Peel', 'Annacis Pkwy', '52 St SE', 'Barrington St', 'Boul. Henri-Bourassa'])}`, `${city} ${pv}  ${l}${n(r, 1, 9)}${letters(r, 1)} ${n(r, 1, 9)}${letters(r, 1)}${n(r, 0, 9)}`.replace('  ', ' ')];
    },
    phone: (r) => r.pick([`+1 (${r.pick(['905', '514', '604', '403', '902'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `${r.pick(['905', '514', '604'])}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]),
  },
  MX: {
    name: 'México', cultures: ['mx'],
    addr: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Aduana', 'Blvd. Manuel Ávila Camacho', 'Av. Tecnológico', 'Calle Puerto de Veracruz'])} ${n(r, 12, 2900)}, Col. ${r.pick(['Crédito Constructor', 'Centro', 'Parque Industrial Lerma', 'Nuevo Laredo Centro', 'Polanco'])}`,
      `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Nuevo Laredo, Tamps.', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Veracruz, Ver.'])}`],
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 81 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)} ${r.digits(4)}`]),
  },
  BR: {
    name: 'Brasil', cultures: ['pt', 'pt', 'it', 'ja'],
    addr: (r) => {
      const [city, uf] = r.pick([['Rio de Janeiro', 'RJ'], ['São Paulo', 'SP'], ['Santos', 'SP'], ['Curitiba', 'PR'], ['Itajaí', 'SC']] as const);
      return [`${r.pick(['Rua Voluntários da Pátria', 'Avenida Presidente Vargas', 'Rua da Consolação', 'Avenida Portuária', 'Rua Marechal Deodoro'])}, ${n(r, 10, 3400)}${r.chance(0.3) ? ', Galpão ' + n(r, 1, 12) : ''} - ${r.pick(['Botafogo', 'Centro', 'Vila Mathias', 'Rebouças', 'Cordeiros'])}`,
        `${city} - ${uf}, ${r.digits(5)}-${r.digits(3)}`];
    },
    phone: (r) => r.pick([`+55 ${r.pick(['21', '11', '13', '41', '47'])} 9${r.digits(4)}-${r.digits(4)}`, `(${r.pick(['11', '21', '13'])}) ${r.int(2, 5)}${r.digits(3)}-${r.digits(4)}`]),
  },
  GB: {
    name: 'United Kingdom', cultures: ['en', 'en', 'ie', 'in', 'pl', 'ng'],
    addr: (r) => {
      const [city, pc] = r.pick([['Leicester', 'LE'], ['Felixstowe', 'IP'], ['Southampton', 'SO'], ['Manchester', 'M'], ['Daventry', 'NN'], ['Tilbury', 'RM'], ['Bristol', 'BS']] as const);
      const lines: string[] = [];
      if (r.chance(0.35)) lines.push(`Unit ${n(r, 1, 40)}, ${r.pick(['Meridian Business Park', 'Harlow Trade Park', 'Port Gate Estate', 'Thornbury Works'])}`);
      lines.push(`${n(r, 1, 240)} ${r.pick(['Pinfold Road', 'Dock Street', 'Albert Quay', 'Wharf Lane', 'Kingsway', 'Station Approach', 'Thornbury Close', 'Carr Lane'])}`);
      lines.push(city.toUpperCase() === city || r.chance(0.7) ? city : city.toUpperCase());
      const inward = (): string => 'ABDEFGHJLNPQRSTUWXYZ'.charAt(r.int(0, 19));
      lines.push(`${pc}${n(r, 1, 20)} ${n(r, 1, 9)}${inward()}${inward()}`);
      if (r.chance(0.3)) lines.push('United Kingdom');
      return lines;
    },
    phone: (r) => r.pick([`+44 20 7${r.digits(3)} ${r.digits(4)}`, `07${r.digits(3)} ${r.digits(6)}`, `+44 (0)161 ${r.digits(3)} ${r.digits(4)}`, `01473 ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(3)}${r.digits(3)}`]),
  },
  IE: {
    name: 'Ireland', cultures: ['ie', 'ie', 'pl', 'en'],
    addr: (r) => {
      const [city, key] = r.pick([['Dublin 1', 'D01'], ['Cork', 'T12'], ['Shannon, Co. Clare', 'V14'], ['Galway', 'H91']] as const);
      return [`${n(r, 1, 90)} ${r.pick(['North Wall Quay', 'Harbour Road', 'Ballycurreen Industrial Estate', 'Main Street'])}`, city, `${key} ${alnum(r, 4)}`];
    },
    phone: (r) => r.pick([`+353 1 ${r.digits(3)} ${r.digits(4)}`, `08${r.int(3, 7)} ${r.digits(3)} ${r.digits(4)}`]),
  },
  DE: {
    name: 'Deutschland', cultures: ['de', 'de', 'de', 'tr', 'pl', 'ru'],
    addr: (r) => {
      const [city, p] = r.pick([['Hamburg', '20'], ['Bremen', '28'], ['Duisburg', '47'], ['Frankfurt am Main', '60'], ['Leipzig', '04'], ['München', '80'], ['Köln', '50']] as const);
      const lines = [`${r.pick(['Hafenstraße', 'Am Sandtorkai', 'Industriestraße', 'Lindenallee', 'Bahnhofstraße', 'Konrad-Adenauer-Ring', 'Zollhof', 'Speicherweg'])} ${n(r, 1, 180)}${r.chance(0.2) ? letters(r, 1).toLowerCase() : ''}`, `${p}${r.digits(3)} ${city}`];
      if (r.chance(0.3)) lines.push(r.pick(['Deutschland', 'Germany', 'GERMANY']));
      return lines;
    },
    phone: (r) => r.pick([`+49 40 ${r.digits(4)} ${r.digits(4)}`, `040 ${r.digits(8)}`, `+49 (0)171 ${r.digits(7)}`, `0171/${r.digits(7)}`, `+49 421 ${r.digits(3)}${r.digits(3)}`, `0203 ${r.digits(3)}-${r.digits(3)}`]),
  },
  AT: {
    name: 'Österreich', cultures: ['de', 'de', 'cs', 'tr'],
    addr: (r) => [`${r.pick(['Linzer Straße', 'Handelskai', 'Industriezeile', 'Wiener Straße'])} ${n(r, 1, 300)}/${n(r, 1, 12)}`, `${r.pick(['11', '40', '80', '50'])}${r.digits(2)} ${r.pick(['Wien', 'Linz', 'Graz', 'Salzburg'])}`],
    phone: (r) => r.pick([`+43 1 ${r.digits(3)} ${r.digits(4)}`, `0664 ${r.digits(7)}`]),
  },
  CH: {
    name: 'Schweiz', cultures: ['de', 'it', 'fr'],
    addr: (r) => [`${r.pick(['Bahnhofstrasse', 'Hafenstrasse', 'Route de Meyrin', 'Via Cantonale'])} ${n(r, 1, 120)}`, `${r.pick(['8001 Zürich', '4057 Basel', '1217 Meyrin', '6900 Lugano', '8152 Glattbrugg'])}`],
    phone: (r) => r.pick([`+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  FR: {
    name: 'France', cultures: ['fr', 'fr', 'fr', 'ar'],
    addr: (r) => {
      const [city, p] = r.pick([['Lyon', '690'], ['Le Havre', '766'], ['Marseille', '130'], ['Lille', '590'], ['Roissy-en-France', '957'], ['Nantes', '440']] as const);
      const lines = [`${n(r, 1, 140)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard de la Libération', 'quai de la Fosse', 'rue du Port', 'chemin des Vignes', 'rue de la Douane'])}`, `${p}${r.digits(2)} ${r.chance(0.5) ? city.toUpperCase() : city}`];
      if (r.chance(0.3)) lines.push('France');
      return lines;
    },
    phone: (r) => {
      const t = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`+33 1 ${t()}`, `0${r.pick(['6', '7', '2', '4'])} ${t()}`, `+33 (0)2 ${t()}`]);
    },
  },
  BE: {
    name: 'Belgique', cultures: ['fr', 'nl'],
    addr: (r) => [`${r.pick(['Rue du Marché', 'Noorderlaan', 'Havenlaan', 'Chaussée de Mons', 'Kaai'])} ${n(r, 1, 400)}`, `${r.pick(['2030 Antwerpen', '1000 Bruxelles', '4020 Liège', '9000 Gent', '8380 Zeebrugge'])}`],
    phone: (r) => r.pick([`+32 3 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0470 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  NL: {
    name: 'Nederland', cultures: ['nl', 'nl', 'nl', 'tr'],
    addr: (r) => {
      const lines = [`${r.pick(['Keizersgracht', 'Waalhaven Zuidzijde', 'Maasvlakteweg', 'Marconistraat', 'Havenweg', 'Leeghwaterstraat'])} ${n(r, 1, 260)}`, `${r.int(1000, 9999)} ${letters(r, 2)} ${r.pick(['Rotterdam', 'Amsterdam', 'Venlo', 'Tilburg', 'Schiphol', 'Eindhoven'])}`];
      if (r.chance(0.25)) lines.push(r.pick(['Nederland', 'The Netherlands']));
      return lines;
    },
    phone: (r) => r.pick([`+31 10 ${r.digits(3)} ${r.digits(4)}`, `06-${r.digits(8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`, `020 ${r.digits(3)} ${r.digits(4)}`]),
  },
  ES: {
    name: 'España', cultures: ['es'],
    addr: (r) => [`${r.pick(['Calle de Alcalá', 'Avenida de la Industria', 'Calle Mayor', 'Paseo de la Castellana', 'Carrer de Pallars', 'Muelle de Poniente'])}, ${n(r, 1, 250)}${r.chance(0.4) ? `, ${n(r, 1, 8)}º ${letters(r, 1)}` : ''}`,
      ((c) => `${c[0]}${r.digits(2)} ${c[1]}`)(r.pick([['280', 'Madrid'], ['080', 'Barcelona'], ['460', 'Valencia'], ['112', 'Algeciras'], ['500', 'Zaragoza'], ['480', 'Bilbao']] as const))],
    phone: (r) => r.pick([`+34 91${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
  },
  PT: {
    name: 'Portugal', cultures: ['pt'],
    addr: (r) => [`${r.pick(['Rua do Comércio', 'Avenida da Liberdade', 'Rua das Docas', 'Estrada do Porto de Leixões'])}, ${n(r, 1, 300)}`, `${r.int(1000, 4999)}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Matosinhos', 'Sines'])}`],
    phone: (r) => r.pick([`+351 21 ${r.digits(3)} ${r.digits(4)}`, `9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`]),
  },
  IT: {
    name: 'Italia', cultures: ['it'],
    addr: (r) => {
      const [city, c, pv] = r.pick([['Milano', '201', 'MI'], ['Genova', '161', 'GE'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Livorno', '571', 'LI'], ['Verona', '371', 'VR']] as const);
      return [`${r.pick(['Via Emilia Ponente', 'Via Giuseppe Garibaldi', 'Corso Buenos Aires', 'Via del Lavoro', "Viale dell'Industria", 'Via Pietro Nenni'])} ${n(r, 1, 220)}`, `${c}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${pv})` : pv}`];
    },
    phone: (r) => r.pick([`+39 02 ${r.digits(4)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `010 ${r.digits(6)}`]),
  },
  PL: {
    name: 'Polska', cultures: ['pl', 'pl', 'ru'],
    addr: (r) => [`ul. ${r.pick(['Marszałkowska', 'Portowa', 'Jana Pawła II', 'Składowa', 'Przemysłowa', 'Długa'])} ${n(r, 1, 150)}${r.chance(0.5) ? '/' + n(r, 1, 40) : ''}`, `${r.digits(2)}-${r.digits(3)} ${r.pick(['Warszawa', 'Gdańsk', 'Poznań', 'Łódź', 'Wrocław', 'Gdynia'])}`],
    phone: (r) => r.pick([`+48 22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 ${r.pick(['5', '6', '7'])}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]),
  },
  SE: {
    name: 'Sverige', cultures: ['sv', 'sv', 'fi'],
    addr: (r) => [`${r.pick(['Storgatan', 'Hamngatan', 'Industrivägen', 'Lagergatan', 'Kungsgatan'])} ${n(r, 1, 90)}`, `${r.int(100, 989)} ${r.digits(2)} ${r.pick(['Göteborg', 'Malmö', 'Stockholm', 'Helsingborg', 'Jönköping'])}`],
    phone: (r) => r.pick([`+46 31 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  NO: {
    name: 'Norge', cultures: ['sv'],
    addr: (r) => [`${r.pick(['Sjøgata', 'Havnegata', 'Strandveien', 'Kaigata'])} ${n(r, 1, 60)}`, `${r.digits(4)} ${r.pick(['Oslo', 'Bergen', 'Tromsø', 'Stavanger', 'Ålesund'])}`],
    phone: (r) => r.pick([`+47 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
  },
  TR: {
    name: 'Türkiye', cultures: ['tr'],
    addr: (r) => [`${r.pick(['Atatürk Cad.', 'Liman Yolu Sok.', 'Organize Sanayi Bölgesi 4. Cad.', 'Cumhuriyet Mah. Gümrük Sok.'])} No: ${n(r, 1, 200)}${r.chance(0.5) ? ' D: ' + n(r, 1, 20) : ''}`, `${r.digits(5)} ${r.pick(['Ataşehir/İstanbul', 'Ambarlı/İstanbul', 'Konak/İzmir', 'Mersin', 'Gebze/Kocaeli'])}`],
    phone: (r) => r.pick([`+90 212 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0532 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+90 (232) ${r.digits(3)} ${r.digits(4)}`]),
  },
  AE: {
    name: 'UAE', cultures: ['ar', 'in', 'fil', 'fa', 'ta'],
    addr: (r) => [`Warehouse ${n(r, 1, 60)}, Plot S${r.digits(5)}`, r.pick(['Jebel Ali Free Zone South', 'Dubai Airport Freezone', 'Al Quoz Industrial Area 3']), `PO Box ${r.digits(5)}`, r.pick(['Dubai, UAE', 'Dubai, United Arab Emirates'])],
    phone: (r) => r.pick([`+971 4 ${r.digits(3)} ${r.digits(4)}`, `+971 5${r.pick(['0', '2', '5', '6'])} ${r.digits(3)} ${r.digits(4)}`, `05${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`]),
  },
  IN: {
    name: 'India', cultures: ['in', 'in', 'ta'],
    addr: (r) => {
      const [city, p, st] = r.pick([['Mumbai', '400', 'Maharashtra'], ['Chennai', '600', 'Tamil Nadu'], ['Bengaluru', '560', 'Karnataka'], ['New Delhi', '110', 'Delhi'], ['Ahmedabad', '380', 'Gujarat']] as const);
      return [`${r.pick(['Plot No.', 'Shed', 'Gala No.'])} ${n(r, 1, 240)}, ${r.pick(['MIDC Industrial Area', 'Ambattur Industrial Estate', 'Peenya 2nd Stage', 'Okhla Phase II', 'Naroda GIDC'])}`, `${city} ${p}${r.digits(3)}`, st];
    },
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `0${r.pick(['22', '44', '80', '11'])} ${r.digits(4)} ${r.digits(4)}`, `+91-${r.pick(['7', '8', '9'])}${r.digits(9)}`]),
  },
  SG: {
    name: 'Singapore', cultures: ['zh', 'ta', 'id'],
    addr: (r) => [`${n(r, 1, 80)} ${r.pick(['Tuas South Avenue 3', 'Pioneer Road North', 'Changi South Lane', 'Jurong Port Road'])}${r.chance(0.5) ? `, #0${n(r, 1, 9)}-${pad(r.int(1, 40))}` : ''}`, `Singapore ${r.pick(['6', '4'])}${r.digits(5)}`],
    phone: (r) => r.pick([`+65 6${r.digits(3)} ${r.digits(4)}`, `${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`]),
  },
  CN: {
    name: 'China', cultures: ['zh'],
    addr: (r) => [`No. ${n(r, 1, 999)} ${r.pick(['Zhangjiang Road', 'Gangcheng Road', 'Huaxia Road', 'Keyuan South Road'])}`, `${r.pick(['Pudong New District, Shanghai', 'Beilun District, Ningbo', 'Nansha District, Guangzhou', 'Nanshan District, Shenzhen'])} ${r.digits(6)}`, 'China'],
    phone: (r) => r.pick([`+86 21 ${r.digits(4)} ${r.digits(4)}`, `1${r.pick(['38', '39', '59', '86'])} ${r.digits(4)} ${r.digits(4)}`, `+86 755-${r.digits(8)}`]),
  },
  JP: {
    name: 'Japan', cultures: ['ja'],
    addr: (r) => [`${n(r, 1, 9)}-${n(r, 1, 30)}-${n(r, 1, 20)} ${r.pick(['Kaigan', 'Shibaura', 'Minatojima', 'Honmoku Futo'])}`, `${r.pick(['Minato-ku, Tokyo', 'Chuo-ku, Kobe', 'Naka-ku, Yokohama', 'Minato-ku, Nagoya'])} ${r.digits(3)}-${r.digits(4)}`],
    phone: (r) => r.pick([`03-${r.digits(4)}-${r.digits(4)}`, `+81 3-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `078-${r.digits(3)}-${r.digits(4)}`]),
  },
  KR: {
    name: 'Korea', cultures: ['ko'],
    addr: (r) => [`${n(r, 1, 400)} ${r.pick(['Teheran-ro', 'Chungjang-daero', 'Sinseondae-ro', 'Gonghang-ro'])}`, `${r.pick(['Gangnam-gu, Seoul', 'Nam-gu, Busan', 'Jung-gu, Incheon'])} ${r.digits(5)}`],
    phone: (r) => r.pick([`02-${r.digits(4)}-${r.digits(4)}`, `010-${r.digits(4)}-${r.digits(4)}`, `+82 51-${r.digits(3)}-${r.digits(4)}`]),
  },
  AU: {
    name: 'Australia', cultures: ['en', 'en', 'vi', 'zh', 'el'],
    addr: (r) => {
      const [sub, st, pc] = r.pick([['Port Melbourne', 'VIC', '3207'], ['Seven Hills', 'NSW', '2147'], ['Eagle Farm', 'QLD', '4009'], ['Welshpool', 'WA', '6106'], ['Wingfield', 'SA', '5013']] as const);
      return [`${r.chance(0.3) ? `Unit ${n(r, 1, 20)}, ` : ''}${n(r, 1, 300)} ${r.pick(['Foundry Rd', 'Lorimer St', 'Kingsford Smith Dr', 'Kewdale Rd', 'Grand Junction Rd'])}`, `${sub.toUpperCase()} ${st} ${pc}`];
    },
    phone: (r) => r.pick([`+61 2 ${r.digits(4)} ${r.digits(4)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(03) ${r.digits(4)} ${r.digits(4)}`]),
  },
  ZA: {
    name: 'South Africa', cultures: ['en', 'ng', 'sw'],
    addr: (r) => [`${n(r, 1, 200)} ${r.pick(['Kruis Street', 'Bayhead Road', 'Voortrekker Road', 'Quay Road'])}`, r.pick(['Johannesburg', 'Durban', 'Cape Town', 'Gqeberha']), r.digits(4)],
    phone: (r) => r.pick([`+27 11 ${r.digits(3)} ${r.digits(4)}`, `08${r.pick(['2', '3', '4'])} ${r.digits(3)} ${r.digits(4)}`]),
  },
  NG: {
    name: 'Nigeria', cultures: ['ng'],
    addr: (r) => [`${n(r, 1, 120)} ${r.pick(['Wharf Road', 'Creek Road', 'Ikorodu Road', 'Trans-Amadi Road'])}`, `${r.pick(['Apapa, Lagos', 'Ikeja, Lagos', 'Port Harcourt, Rivers State'])} ${r.digits(6)}`],
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`]),
  },
  KE: {
    name: 'Kenya', cultures: ['sw', 'sw', 'in'],
    addr: (r) => [`${r.pick(['Mombasa Road', 'Moi Avenue', 'Enterprise Road'])}, Plot ${n(r, 1, 400)}`, `P.O. Box ${r.digits(5)}-${r.pick(['00100', '80100'])}`, r.pick(['Nairobi, Kenya', 'Mombasa, Kenya'])],
    phone: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(6)}`]),
  },
};
const CCS = Object.keys(COUNTRIES);

function country(cc: string): Country {
  const c = COUNTRIES[cc] ?? COUNTRIES.US;
  if (!c) throw new Error('no country');
  return c;
}
/** Someone who plausibly lives or works in the country. */
const personIn = (r: Rng, cc: string): Person => personOf(r, r.chance(0.8) ? r.pick(country(cc).cultures) : r.pick(CULTURE_KEYS));
const phoneIn = (r: Rng, cc: string): string => country(cc).phone(r);
const addrLines = (r: Rng, cc: string): string[] => country(cc).addr(r);
/** An address as a multi-line block or a single comma-joined line. */
const addrIn = (r: Rng, cc: string, multi = r.chance(0.5)): string => addrLines(r, cc).join(multi ? '\n' : ', ');

// ---------------------------------------------------------------- distractors (never labelled)

const SCAC = ['MAEU', 'MSCU', 'HLCU', 'ONEY', 'CMDU', 'EGLV', 'COSU', 'ZIMU', 'OOLU', 'HDMU'];

/** An ISO 6346 container number with a correct check digit. */
function containerNo(r: Rng): string {
  const owner = `${r.pick(['MSK', 'MSC', 'HLX', 'TGH', 'CMA', 'OOL', 'TCL', 'SEG', 'BMO', 'FCI'])}U`;
  const serial = r.digits(6);
  const val = (ch: string): number => {
    if (/\d/.test(ch)) return Number(ch);
    let v = ch.charCodeAt(0) - 55;
    v += Math.floor((v - 1) / 10);
    return v;
  };
  let sum = 0;
  [...owner + serial].forEach((ch, i) => (sum += val(ch) * 2 ** i));
  return `${owner}${serial}${(sum % 11) % 10}`;
}
const awbNo = (r: Rng): string => {
  const s = r.digits(7);
  return `${r.pick(['176', '020', '057', '618', '235', '180', '074', '125', '157', '160'])}-${s}${Number(s) % 7}`;
};
const blNo = (r: Rng): string => `${r.pick(SCAC)}${r.digits(r.int(9, 10))}`;
const hsCode = (r: Rng): string => `${r.pick(['8471', '6403', '9403', '8517', '3004', '6109', '8708', '2204', '9018', '4011'])}.${r.digits(2)}.${r.digits(r.chance(0.5) ? 2 : 4)}`;
const tracking = (r: Rng): string =>
  r.pick([`1Z${alnum(r, 6)}${r.digits(10)}`, `${r.digits(12)}`, `JD${r.digits(16)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `LX${r.digits(9)}DE`, `${r.digits(10)}`]);
const eori = (r: Rng, cc: string): string => `${['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'BE'].includes(cc) ? cc : r.pick(['DE', 'NL', 'FR', 'GB', 'XI'])}${r.digits(r.pick([12, 15]))}`;
const mrn = (r: Rng): string => `${r.int(23, 25)}${r.pick(['DE', 'NL', 'FR', 'BE', 'IT', 'PL', 'ES'])}${alnum(r, 13)}${r.digits(1)}`;
const sealNo = (r: Rng): string => `${letters(r, 2)}${r.digits(7)}`;
const imo = (r: Rng): string => `IMO ${r.int(9100000, 9899999)}`;
const sha = (r: Rng): string => hex(r, r.pick([12, 40, 64]));
const version = (r: Rng): string => r.pick([`v${r.int(1, 14)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(100, 999)}`, `build ${r.int(2, 11)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}`]);
const ts = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const hhmm = (r: Rng): string => `${pad(r.int(5, 22))}:${pad(r.int(0, 59))}`;
const routing = (r: Rng): string => `0${r.int(11, 99)}${r.digits(6)}`;
const ref = (r: Rng, p: string): string => `${p}${r.chance(0.5) ? '-' : ''}${r.digits(r.int(6, 9))}`;
const money = (r: Rng, cur: string): string => `${cur} ${r.int(40, 98000).toLocaleString('en-US')}.${r.digits(2)}`;
const kg = (r: Rng): string => `${r.int(12, 24000)} kg`;
const plate = (r: Rng): string => r.pick([`HH-${letters(r, 2)} ${r.int(100, 9999)}`, `${letters(r, 2)}${r.digits(2)} ${letters(r, 3)}`, `${r.digits(1)}${letters(r, 3)}${r.digits(3)}`, `WX ${r.digits(5)}`]);
const gps = (r: Rng): string => `${r.int(-40, 60)}.${r.digits(5)}, ${r.int(-120, 140)}.${r.digits(5)}`;
const mac = (r: Rng): string => Array.from({ length: 6 }, () => hex(r, 2)).join(':').toUpperCase();

const SHIPS = ['MV Astrid Kjellberg', 'MV Theodor Brann', 'MSC Leonie V', 'Pauline Rask', 'CMA CGM Jules Verne', 'Maersk Mc-Kinney Møller', 'Gerd Oldendorff',
  'MV Santa Rosalia', 'Ever Gentle', 'ONE Harmony', 'Hapag Lloyd Basle Express', 'MV Clara Jessen', 'Cap San Lorenzo'];
const AIRPORTS = ['Charles de Gaulle (CDG)', 'John F. Kennedy International (JFK)', 'Indira Gandhi International (DEL)', 'Jorge Chávez International (LIM)',
  'O. R. Tambo International (JNB)', 'Leonardo da Vinci–Fiumicino (FCO)', 'Ninoy Aquino International (MNL)', 'Václav Havel Airport Prague (PRG)',
  'George Bush Intercontinental (IAH)', 'Kempegowda International (BLR)', 'Ben Gurion (TLV)', 'Jomo Kenyatta International (NBO)', 'Murtala Muhammed International (LOS)'];
const PERSON_BRANDS = ['Ferrari', 'Mercedes-Benz', 'Peugeot', 'John Deere', "Ben & Jerry's", 'Philips', 'Dr. Martens', 'Tommy Hilfiger', 'Johnson Controls',
  'Wells Fargo', 'Hermès', 'Ralph Lauren', 'Dell', 'McCormick', 'Porsche', 'Boeing', 'Siemens', 'Bosch', 'Cadbury', 'Heineken', 'Michelin', "Kellogg's", 'Gucci'];
const LAWS = ['the Jones Act', 'the Carmack Amendment', 'the Harter Act', 'the Smoot-Hawley Tariff Act', 'the Magnuson-Moss Warranty Act', 'the Pomerene Act'];
const DISEASES = ['Newcastle disease', 'Chagas disease', 'Lyme disease', "Legionnaires' disease", "Marek's disease", "Aujeszky's disease"];
const STORMS = ['Hurricane Beryl', 'Storm Ciarán', 'Typhoon Haikui', 'Cyclone Freddy', 'Storm Babet', 'Hurricane Milton', 'Tropical Storm Alberto'];
const DIRECTIONS = ['Konrad-Adenauer-Ufer', 'Rue Jean Jaurès', 'Avenida Presidente Vargas', 'Martin Luther King Jr. Blvd', 'Via Giuseppe Garibaldi', 'ul. Jana Pawła II', 'Nelson Mandela Drive'];
const TEAMS = ['Team Tesla', 'Door Ford', 'the Edison dock', 'Crew Marconi', 'the Lincoln shift', 'Aisle Curie'];

const COMPANIES = ['Northquay Logistics Ltd', 'Halden Freight AS', 'Cargoveld B.V.', 'Ostrava Spedice s.r.o.', 'Transportes Bahía Azul S.L.', 'Kranich Spedition GmbH',
  'Tideway Customs Brokers LLC', 'Meridian Bonded Warehousing Ltd', 'Sahel Cargo Services Ltd', 'Lotus Line Pte Ltd', 'Anatolia Lojistik A.Ş.',
  'Corredor Aduanal del Norte S.A. de C.V.', 'Porto Vivo Comércio Exterior Ltda', 'Fjordlink Shipping AB', 'AeroQuay FZE', 'Pacific Arc Forwarding Inc.',
  'Roissy Fret SAS', 'Laguna Dispatch Inc.', 'Kestrel 3PL', 'Zollwerk Broker GmbH', 'Hanbit Logis Co., Ltd.', 'Delta Pier Shipping Pvt Ltd',
  'Kessler & Voss GmbH', 'Hartley Brothers Haulage Ltd', 'Brennan & Sons Freight', 'Vasquez Hermanos Importaciones', 'Lindgren Trävaror AB', 'Ferraro Ceramiche S.p.A.'];
const TRADERS = ['Blue Heron Outdoor Co.', 'Maple & Pine Furnishings', 'Sunfield Organics', 'Kiroshi Audio', 'Atlas Bicycle Works', 'Vela Textiles',
  'Gourmet Harbour Foods', 'Brightline Medical Supplies', 'Nordlys Interiør AS', 'Casa Olivo S.r.l.', 'Quantum Kite Toys', 'Ridgeback Tools', 'Copperleaf Tea Co.'];
const GOODS = ['840 CTNS LADIES FOOTWEAR', '22 PLTS AUTO PARTS (BRAKE PADS)', '1,200 CTNS CERAMIC TILES', '64 CRATES INDUSTRIAL PUMPS', '310 CTNS BLUETOOTH SPEAKERS',
  '18 PLTS OLIVE OIL 5L TINS', '560 BALES COTTON YARN', '12 DRUMS UN1263 PAINT', '96 CTNS MEDICAL GLOVES', '40 PKGS FLAT-PACK FURNITURE'];
const PORTS = ['Hamburg', 'Rotterdam', 'Antwerp', 'Savannah', 'Los Angeles', 'Shanghai', 'Ningbo', 'Busan', 'Jebel Ali', 'Santos', 'Felixstowe', 'Valencia',
  'Genoa', 'Nhava Sheva', 'Tanjung Pelepas', 'Mombasa', 'Lagos (Apapa)', 'Port Elizabeth', 'Prince Rupert', 'Port Louis'];
const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP', 'CPT'];

// ---------------------------------------------------------------- shared pieces of templates

const TITLES = ['Customs Broker', 'Import Coordinator', 'Export Documentation', 'Dispatch Supervisor', 'Operations Manager', 'Key Account Manager',
  'Warehouse Lead', 'Air Export Agent', 'Claims Handler', 'Compliance Officer', 'Ocean Import Desk'];

/** An e-mail signature: name, title, company, and usually a phone and an e-mail. */
function sig(d: Doc, r: Rng, p: Person, cc: string, company = r.pick(COMPANIES)): void {
  d.t(r.pick(['\n\n', '\n\nBest regards,\n', '\n\nKind regards\n', '\n\nThanks,\n', '\n\n-- \n']));
  d.l('PERSON', r.chance(0.8) ? full(p) : initialS(p)).t(`\n${r.pick(TITLES)} | ${company}\n`);
  if (r.chance(0.85)) {
    d.t(r.pick(['T: ', 'Tel. ', 'Phone: ', 'M: ', 'Direct: '])).l('PHONE', phoneIn(r, cc));
    if (r.chance(0.15)) d.t(` ext. ${r.int(10, 499)}`);
    d.t('\n');
  }
  if (r.chance(0.6)) d.l('EMAIL', personEmail(r, p, r.pick(CO_DOMAINS))).t('\n');
}

/** A "name / address / phone" party block as printed on transport documents. */
function party(d: Doc, r: Rng, role: string, cc: string, withCompany = r.chance(0.7)): Person {
  const p = personIn(r, cc);
  d.t(`${role}:\n`);
  if (withCompany) {
    d.t(`${r.pick(TRADERS.concat(COMPANIES))}\n`);
    if (r.chance(0.7)) d.t(r.pick(['Attn: ', 'ATTN ', 'c/o ', 'Contact: '])).l('PERSON', nameForm(r, p)).t('\n');
  } else d.l('PERSON', nameForm(r, p)).t('\n');
  d.l('ADDRESS', addrIn(r, cc, true)).t('\n');
  if (r.chance(0.7)) d.t(r.pick(['Tel: ', 'Ph. ', 'TEL ', 'Phone: '])).l('PHONE', phoneIn(r, cc)).t('\n');
  if (r.chance(0.5)) d.t(r.pick(['Email: ', 'E-mail: ', 'EMAIL '])).l('EMAIL', r.chance(0.7) ? personEmail(r, p) : roleEmail(r)).t('\n');
  return p;
}

// ---------------------------------------------------------------- templates: transport and customs documents

const billOfLading: Tpl = (d, r) => {
  const [o, dst] = [r.pick(CCS), r.pick(CCS)];
  d.t(`BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT\nB/L No.: ${blNo(r)}    Booking: ${r.digits(9)}\n\n`);
  party(d, r, 'Shipper', o);
  d.t('\n');
  party(d, r, 'Consignee', dst);
  d.t('\n');
  if (r.chance(0.5)) party(d, r, 'Notify Party', dst, false);
  else d.t('Notify Party: SAME AS CONSIGNEE\n');
  d.t(`\nVessel/Voyage: ${r.pick(SHIPS)} / ${r.digits(3)}${r.pick(['W', 'E', 'N', 'S'])}  (${imo(r)})\nPort of Loading: ${r.pick(PORTS)}   Port of Discharge: ${r.pick(PORTS)}\n`);
  d.t(`Container / Seal: ${containerNo(r)} / ${sealNo(r)}   ${r.pick(["20'GP", "40'HC", "40'RF", "45'HC"])}\nDescription: ${r.pick(GOODS)}  HS ${hsCode(r)}  Gross: ${kg(r)}\n`);
  d.t(`Freight: ${r.pick(['PREPAID', 'COLLECT'])}   Incoterms: ${r.pick(INCOTERMS)}\nPlace and date of issue: ${r.pick(PORTS)}, ${bizDate(r, o)}\n`);
  if (r.chance(0.5)) d.t('Signed as agent for the carrier: ').l('PERSON', nameForm(r, personIn(r, o))).t('\n');
};

const airWaybill: Tpl = (d, r) => {
  const [o, dst] = [r.pick(CCS), r.pick(CCS)];
  d.t(`AIR WAYBILL  MAWB ${awbNo(r)}  HAWB ${alnum(r, 3)}${r.digits(7)}\nNot negotiable — issued by ${r.pick(COMPANIES)}\n\n`);
  party(d, r, "Shipper's Name and Address", o);
  d.t('\n');
  party(d, r, "Consignee's Name and Address", dst);
  d.t(`\nAirport of Departure: ${r.pick(AIRPORTS)}\nAirport of Destination: ${r.pick(AIRPORTS)}\nFlight/Date: ${letters(r, 2)}${r.int(100, 9999)} / ${bizDate(r, o)}\n`);
  d.t(`No. of Pieces: ${r.int(1, 60)}  Gross Weight: ${kg(r)}  Chargeable: ${r.int(10, 900)} kg  Rate Class: Q\nHandling Information: ${r.pick(['KEEP DRY', 'DG - SEE ATTACHED SHIPPERS DECLARATION', 'PERISHABLE - KEEP AT +2/+8 C', 'NOTIFY CONSIGNEE ON ARRIVAL'])}`);
  if (r.chance(0.6)) d.t(' — call ').l('PHONE', phoneIn(r, dst)).t(' before delivery');
  d.t(`\nExecuted on ${bizDate(r, o)} at ${r.pick(PORTS)}. Signature of issuing carrier or its agent: `).l('PERSON', nameForm(r, personIn(r, o))).t('\n');
};

const commercialInvoice: Tpl = (d, r) => {
  const o = r.pick(['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'TR', 'GB', 'PT', 'SE', 'AT', 'BE']);
  const dst = r.pick(CCS);
  d.t(`COMMERCIAL INVOICE\nInvoice No.: INV-${r.int(2023, 2025)}-${r.digits(5)}   Date: ${bizDate(r, o)}\nEORI: ${eori(r, o)}   VAT: ${o}${r.digits(9)}\n\n`);
  party(d, r, 'Seller / Exporter', o, true);
  d.t('\n');
  party(d, r, 'Buyer / Importer of Record', dst);
  d.t(`\nTerms of delivery: ${r.pick(INCOTERMS)} ${r.pick(PORTS)}   Currency: EUR\n`);
  for (let i = 0, k = r.int(2, 4); i < k; i++) d.t(`${i + 1}. ${r.pick(GOODS)}  HS ${hsCode(r)}  origin ${o}  ${money(r, 'EUR')}\n`);
  d.t(`Total: ${money(r, 'EUR')}\n\nPayment: 30 days net to\n`);
  const ibanCc = IBAN_SPEC[o] ? o : 'DE';
  d.t(`Account holder: ${r.pick(COMPANIES)}\nIBAN: `).l('IBAN', iban(r, ibanCc)).t(`\nBIC: ${letters(r, 4)}${ibanCc}${alnum(r, 2)}\n`);
  if (r.chance(0.3)) d.t(`(old account ${badIban(r, ibanCc)} is closed — do not use)\n`);
  d.t('\nI declare that the information on this invoice is true and correct.\n').l('PERSON', nameForm(r, personIn(r, o))).t(`, ${r.pick(TITLES)}\n`);
};

const euCustomsDeclaration: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'AT']);
  const p = personIn(r, cc);
  d.t(`Customs declaration (H1) — MRN ${mrn(r)}\nBox 1: IM A   Box 14 Declarant/Representative: ${r.pick(COMPANIES)} (direct representation)\n`);
  d.t('Contact person: ').l('PERSON', nameForm(r, p)).t('  tel. ').l('PHONE', phoneIn(r, cc)).t('  ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Box 8 Importer: ${r.pick(TRADERS)}, EORI ${eori(r, cc)}\n`).l('ADDRESS', addrIn(r, cc, false)).t('\n');
  d.t(`Box 33 Commodity code: ${hsCode(r).replace(/\./g, '')}   Box 37 Procedure: 4000   Box 38 Net mass: ${kg(r)}\n`);
  d.t(`Box 44 Documents: N740 ${awbNo(r)}; N380 INV-${r.digits(6)}; Y929\nBox 47 Duty deferment: ${r.pick(['DAN', 'account'])} ${r.digits(7)}\n`);
  if (r.chance(0.5)) d.t('Refund of overpaid duty to IBAN ').l('IBAN', iban(r, cc)).t(' (account holder: importer).\n');
  d.t(`Place/date: ${r.pick(PORTS)}, ${bizDate(r, cc)}\n`);
};

const cbp5106: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t('CBP Form 5106 — Create/Update Importer Identity\nSection 1 — Importer type: Individual (sole proprietor)\n');
  d.t('Name (Last, First): ').l('PERSON', `${p.s}, ${p.g}`).t(`\nDoing business as: ${r.pick(TRADERS)}\n`);
  d.t('Importer number (SSN): ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\n');
  d.t('Mailing address: ').l('ADDRESS', addrIn(r, 'US', false)).t('\n');
  if (r.chance(0.5)) d.t('Physical location: ').l('ADDRESS', addrIn(r, 'US', false)).t('\n');
  d.t('Phone: ').l('PHONE', phoneIn(r, 'US')).t('   Email: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Bank routing no.: ${routing(r)}  (for ACH statements)\nPrepared by broker: ${r.pick(COMPANIES)}, filer code ${letters(r, 3)}, permit ${r.digits(5)}\n`);
};

const importerSecurityFiling: Tpl = (d, r) => {
  const useSsn = r.chance(0.55);
  d.t(`ISF 10+2 — transaction ${r.digits(12)}\nBill: ${blNo(r)}   Container: ${containerNo(r)}\n`);
  d.t('Importer of record number: ');
  if (useSsn) d.l('NATIONAL_ID', ssn(r)).t(' (SSN)\n');
  else d.t(`${ein(r)}00 (IRS + suffix)\n`);
  d.t(`Consignee number: ${r.chance(0.5) ? ein(r) : badSsn(r)}\nManufacturer: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, r.pick(['CN', 'IN', 'TR', 'IT', 'KR']), false)).t('\n');
  d.t(`Ship-to party: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, 'US', false)).t('\n');
  d.t(`Country of origin: ${r.pick(['CN', 'VN', 'IN', 'TR', 'IT'])}   HTS: ${hsCode(r)}\nContainer stuffing location: ${r.pick(PORTS)} CFS\n`);
  const p = personIn(r, 'US');
  d.t('Filed by: ').l('PERSON', nameForm(r, p)).t(' (').l('EMAIL', personEmail(r, p, r.pick(CO_DOMAINS))).t(`) at ${ts(r)}\n`);
};

const brokerPoa: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  const name = full(p);
  d.t('CUSTOMS POWER OF ATTORNEY AND DESIGNATION AS EXPORT FORWARDING AGENT\n\nKnow all men by these presents that ').l('PERSON', name.toUpperCase());
  d.t(`, an individual residing at `).l('ADDRESS', addrIn(r, 'US', false)).t(`, hereby appoints ${r.pick(COMPANIES)} as true and lawful agent.\n\n`);
  d.t('Grantor SSN: ').l('NATIONAL_ID', ssn(r)).t(`   (EIN, if any: ${ein(r)})\nTelephone: `).l('PHONE', phoneIn(r, 'US')).t('\n');
  d.t(`This power of attorney remains in force until revoked in writing. Executed ${bizDate(r, 'US')}.\n\nSignature: `).l('PERSON', name);
  const w = personIn(r, 'US');
  d.t('\nWitness: ').l('PERSON', nameForm(r, w)).t('\n');
};

const personalEffects: Tpl = (d, r) => {
  const [o, dst] = [r.pick(CCS), r.pick(CCS)];
  const p = personIn(r, o);
  d.t(`UNACCOMPANIED PERSONAL EFFECTS — DECLARATION OF OWNER\nShipment ${blNo(r)} / ${r.int(20, 300)} cartons / ${r.int(5, 60)} m³\n\n`);
  d.t('Owner: ').self(full(p)).t('\nDate of birth: ').l('DOB', dob(r, o)).t(`\nPassport: ${letters(r, r.int(1, 2))}${r.digits(7)} (issued ${bizDate(r, o)})\n`);
  d.t('Origin residence: ').l('ADDRESS', addrIn(r, o, false)).t('\nNew residence: ').l('ADDRESS', addrIn(r, dst, false)).t('\n');
  d.t('Contact during transit: ').l('PHONE', phoneIn(r, o)).t(' / ').l('EMAIL', personEmail(r, p)).t('\n');
  if (r.chance(0.5)) d.t('Spouse: ').l('PERSON', nameForm(r, personIn(r, o))).t(', born ').l('DOB', dob(r, o)).t('\n');
  d.t(`Arrival date: ${bizDate(r, dst)}. No alcohol, tobacco, firearms or food items. Pet (dog "${r.pick(['Biscuit', 'Duke', 'Luna', 'Pepper'])}") travels separately.\n`);
};

const ageVerified: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'AU', 'CA', 'IE', 'ZA']);
  const p = personIn(r, cc);
  d.t(`Delivery record — AGE VERIFICATION REQUIRED (${r.pick(['wine', 'spirits', 'vape cartridges', 'knives'])})\nTracking: ${tracking(r)}\n`);
  d.t('Recipient: ').l('PERSON', nameForm(r, p)).t('\nDelivered to: ').l('ADDRESS', addrIn(r, cc, false)).t('\n');
  d.t(`ID checked: ${r.pick(['driver licence', 'passport', 'state ID'])}, DOB `).l('DOB', dob(r, cc)).t(` — over 21/18: YES\nScanned at ${hhmm(r)} by driver `);
  d.l('PERSON', r.pick(CULTURES.en?.g ?? ['Will'])).t(` (route ${r.int(100, 999)}).\n`);
  if (r.chance(0.5)) d.t('Paid on delivery by card ').l('CARD', card(r)).t('.\n');
};

const hazmatDeclaration: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`SHIPPER'S DECLARATION FOR DANGEROUS GOODS\nAWB ${awbNo(r)}  Page 1 of 1\nShipper: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t(`UN${r.int(1000, 3500)} ${r.pick(['Paint', 'Lithium ion batteries packed with equipment', 'Perfumery products', 'Adhesives'])}, Class ${r.pick(['3', '9', '8'])}, PG ${r.pick(['II', 'III'])}\n`);
  d.t('24-hour emergency contact: ').l('PERSON', nameForm(r, p)).t(', ').l('PHONE', phoneIn(r, cc)).t('\n');
  d.t(`Name/title of signatory: `).l('PERSON', nameForm(r, personIn(r, cc))).t(`, DG Officer\nPlace and date: ${r.pick(PORTS)}, ${bizDate(r, cc)}\n`);
};

const driverOnboarding: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t(`OWNER-OPERATOR ONBOARDING — ${r.pick(COMPANIES)}\nLegal name: `).self(full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nDOB: `).l('DOB', dob(r, 'US')).t(`\nCDL: ${letters(r, 1)}${r.digits(8)} (class A, exp. ${bizDate(r, 'US')})\nHome address: `).l('ADDRESS', addrIn(r, 'US', false));
  d.t('\nCell: ').l('PHONE', phoneIn(r, 'US')).t('\nEmail: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Truck: ${r.pick(['Freightliner Cascadia', 'Kenworth T680', 'Peterbilt 579', 'Volvo VNL 860'])}, VIN 1${alnum(r, 16)}, MC-${r.digits(6)}, USDOT ${r.digits(7)}\n`);
  d.t(`Direct deposit: routing ${routing(r)}, account ${r.digits(10)}\nEmergency contact: `).l('PERSON', nameForm(r, personIn(r, 'US'))).t(' ').l('PHONE', phoneIn(r, 'US')).t('\n');
  if (r.chance(0.4)) d.t(`Note: previous carrier reported SSN as ${badSsn(r)} — corrected above.\n`);
};

const freightClaim: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'BE', 'AT', 'PL', 'SE', 'PT', 'IE', 'TR']);
  const p = personIn(r, cc);
  d.t(`FREIGHT CLAIM — ${r.pick(['concealed damage', 'shortage', 'wet damage', 'temperature abuse'])}\nPRO / CMR: ${r.digits(10)}   Claim ref: ${ref(r, 'CLM')}\n`);
  d.t('Claimant: ').l('PERSON', nameForm(r, p)).t(` on behalf of ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t('Phone: ').l('PHONE', phoneIn(r, cc)).t('   E-mail: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Amount claimed: ${money(r, 'EUR')} (invoice value + freight). Liability under CMR art. 23 / ${r.pick(LAWS)} where applicable.\n`);
  d.t('Please settle to IBAN ').l('IBAN', iban(r, cc)).t(`, reference ${ref(r, 'CLM')}.\nDelivery date: ${bizDate(r, cc)}; damage noted on POD by driver `).l('PERSON', nameForm(r, personIn(r, cc))).t('.\n');
};

const dutyPaymentReceipt: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'SG', 'AE']);
  const p = personIn(r, cc);
  d.t(`Import duty & tax payment — ${r.pick(['DHL', 'UPS', 'FedEx', 'Parcelforce', 'Aramex', 'Canada Post'])} ref ${tracking(r)}\n`);
  d.t('Payer: ').self(full(p)).t('\nCard: ').l('CARD', card(r)).t(`  exp ${pad(r.int(1, 12))}/${r.int(25, 31)}\nAmount: ${money(r, r.pick(['USD', 'GBP', 'CAD', 'AUD', 'SGD', 'AED']))} (duty, VAT/GST, clearance fee)\n`);
  d.t('Receipt sent to ').l('EMAIL', personEmail(r, p)).t(`\nPrevious attempt: `);
  if (r.chance(0.4)) d.l('CARD', card(r)).t(' (declined by issuer)\n');
  else d.t(`${r.chance(0.5) ? badCard(r) : maskedCard(r)} (rejected: invalid number)\n`);
};

const forwarderInvoice: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'PL', 'CH', 'AT', 'BE', 'DK', 'NO', 'FI', 'GB', 'SE', 'CZ', 'HU', 'GR', 'RO', 'AE', 'SA', 'TR', 'LU']);
  d.t(`${r.pick(COMPANIES)} — FREIGHT INVOICE ${ref(r, 'FI')}\nShipment ${blNo(r)}, ${containerNo(r)}\n`);
  d.t(`Ocean freight ${money(r, 'USD')}\nTHC origin ${money(r, 'EUR')}\nCustoms clearance ${money(r, 'EUR')}\nDelivery order fee ${money(r, 'EUR')}\n`);
  d.t(`Invoice date: ${bizDate(r, 'DE')}   Due: ${bizDate(r, 'DE')}\n\nRemit to IBAN `).l('IBAN', iban(r, cc));
  if (r.chance(0.5)) d.t(' or ').l('IBAN', iban(r, r.pick(IBAN_CCS)));
  d.t(`\nSWIFT ${letters(r, 6)}${alnum(r, 2)}\n`);
  if (r.chance(0.4)) d.t(`Note: IBAN ${badIban(r, cc)} on your vendor master is wrong (typo), please update.\n`);
  const p = personIn(r, cc);
  d.t('Questions: ').l('PERSON', nameForm(r, p)).t(', ').l('EMAIL', r.chance(0.5) ? personEmail(r, p) : roleEmail(r)).t('\n');
};

const proofOfDelivery: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`PROOF OF DELIVERY\nConsignment ${tracking(r)}  Pieces ${r.int(1, 12)}/${r.int(1, 12)}\nDelivered: ${bizDate(r, cc)} ${hhmm(r)}\nAddress: `);
  d.l('ADDRESS', addrIn(r, cc, false)).t('\nReceived by: ').l('PERSON', r.chance(0.3) ? p.s.toUpperCase() : nameForm(r, p));
  d.t(` (${r.pick(['reception', 'warehouse', 'neighbour', 'security desk'])})\nGPS: ${gps(r)}  Device ${mac(r)}\nDriver: `).l('PERSON', nameForm(r, personIn(r, cc))).t(`  Vehicle ${plate(r)}\n`);
};

const bondedRelease: Tpl = (d, r) => {
  const cc = r.pick(['GB', 'IE', 'SG', 'AE', 'IN', 'NL', 'DE']);
  const p = personIn(r, cc);
  d.t(`BONDED WAREHOUSE RELEASE ORDER\nWarehouse: ${r.pick(COMPANIES)}, bay ${r.int(1, 40)}, rack ${letters(r, 1)}-${r.int(1, 30)}\nEntry ${mrn(r)} — duty paid ${bizDate(r, cc)}\n`);
  d.t(`Release ${r.int(1, 40)} pallets to haulier ${r.pick(COMPANIES)}; collecting driver `).l('PERSON', nameForm(r, personIn(r, cc))).t(`, vehicle ${plate(r)}.\n`);
  d.t('Deliver to: ').l('ADDRESS', addrIn(r, cc, r.chance(0.5))).t('\nAuthorised by: ').l('PERSON', nameForm(r, p)).t(', ').l('PHONE', phoneIn(r, cc)).t('\n');
  if (r.chance(0.5)) d.t('Copy to ').l('EMAIL', roleEmail(r)).t('\n');
};

const arrivalNotice: Tpl = (d, r) => {
  const cc = r.pick(['US', 'CA', 'GB', 'AU', 'DE', 'NL', 'BR', 'MX', 'IN', 'ZA', 'NG', 'KE']);
  const p = personIn(r, cc);
  d.t(`ARRIVAL NOTICE / FREIGHT INVOICE\nTo: ${r.pick(TRADERS)}  Attn: `).l('PERSON', nameForm(r, p)).t('\n').l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t(`\nVessel ${r.pick(SHIPS)} ETA ${r.pick(PORTS)} ${bizDate(r, cc)}\nB/L ${blNo(r)}  Container ${containerNo(r)}  Free time ends ${bizDate(r, cc)}\n`);
  d.t(`Storm advisory: ${r.pick(STORMS)} may delay berthing by 24-48 h.\nPlease send customs docs to `).l('EMAIL', r.chance(0.6) ? roleEmail(r) : personEmail(r, p)).t(' or call ').l('PHONE', phoneIn(r, cc)).t('.\n');
};

const bookingConfirmation: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`Booking confirmation ${r.digits(9)} — ${r.pick(['CONFIRMED', 'AMENDED'])}\nDear `).l('PERSON', r.chance(0.5) ? p.g : full(p)).t(',\n');
  d.t(`your booking for ${r.int(1, 8)} x ${r.pick(["40'HC", "20'GP", "40'RF"])} ex ${r.pick(PORTS)} is confirmed on ${r.pick(SHIPS)}.\nCut-off VGM: ${bizDate(r, cc)} ${hhmm(r)}; doc cut-off ${bizDate(r, cc)}.\n`);
  d.t(`Empty pick-up depot: ${r.pick(['Eurogate', 'CTA Altenwerder', 'APM Terminals Maasvlakte II', 'DP World London Gateway'])}; turn right after ${r.pick(DIRECTIONS)}.\n`);
  sig(d, r, personIn(r, cc), cc);
};

const certificateOfOrigin: Tpl = (d, r) => {
  const cc = r.pick(['TR', 'IN', 'IT', 'ES', 'PL', 'PT', 'DE', 'FR', 'GB', 'KR', 'JP', 'CN']);
  d.t(`CERTIFICATE OF ORIGIN  No. ${r.pick(['A', 'EUR.1 ', 'CO-'])}${r.digits(7)}\n1. Exporter: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t(`2. Consignee: ${r.pick(TRADERS)}, ${r.pick(['Rotterdam', 'Dubai', 'Savannah', 'Mombasa', 'Santos'])}\n3. Goods: ${r.pick(GOODS)}, HS ${hsCode(r)}\n4. Country of origin: ${country(cc).name}\n`);
  d.t(`Certified by the ${r.pick(['Chamber of Commerce', 'Export Promotion Council', 'Handelskammer'])} on ${bizDate(r, cc)}, officer `).l('PERSON', nameForm(r, personIn(r, cc))).t('\n');
};

const demurrageInvoice: Tpl = (d, r) => {
  const cc = r.pick(['NL', 'BE', 'DE', 'ES', 'IT', 'FR', 'GB', 'PL', 'AE', 'SA', 'TR']);
  d.t(`DEMURRAGE & DETENTION — ${containerNo(r)}\nDischarged ${bizDate(r, cc)}, gate-out ${bizDate(r, cc)}, empty return ${bizDate(r, cc)}\n`);
  d.t(`Free days 7; chargeable ${r.int(2, 30)} days x EUR ${r.int(60, 180)}\nTotal due ${money(r, 'EUR')}\n`);
  d.t('Pay by bank transfer to ').l('IBAN', iban(r, cc)).t(`\nor by card on our portal. Card on file: ${maskedCard(r)}\n`);
  if (r.chance(0.6)) d.t('Customer asked us to charge ').l('CARD', card(r)).t(' instead — done, receipt attached.\n');
  d.t('Disputes within 14 days to ').l('EMAIL', roleEmail(r)).t('\n');
};

const shippingLabel: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  const caps = r.chance(0.5);
  d.t(`${r.pick(['PRIORITY', 'EXPRESS 12:00', 'ECONOMY SELECT', 'ECO'])}   ${r.int(1, 9)}/${r.int(1, 9)}   ${kg(r)}\nFROM: ${r.pick(TRADERS)}, ${r.pick(['Venlo', 'Leipzig', 'Memphis', 'Louisville', 'Hong Kong'])}\nSHIP TO:\n`);
  d.l('PERSON', caps ? full(p).toUpperCase() : full(p)).t('\n');
  const a = addrLines(r, cc).join('\n');
  d.l('ADDRESS', caps ? a.toUpperCase() : a).t('\n');
  if (r.chance(0.7)) d.t('TEL ').l('PHONE', phoneIn(r, cc)).t('\n');
  d.t(`TRK# ${tracking(r)}\nREF1: ${ref(r, 'PO')}  REF2: ${ref(r, 'SO')}\nDIMS ${r.int(10, 120)}x${r.int(10, 80)}x${r.int(5, 60)} cm\n`);
};

const cmrNote: Tpl = (d, r) => {
  const [o, dst] = [r.pick(['DE', 'PL', 'NL', 'BE', 'FR', 'IT', 'ES', 'AT', 'CH', 'SE', 'TR', 'PT']), r.pick(['DE', 'PL', 'NL', 'BE', 'FR', 'IT', 'ES', 'AT', 'GB', 'NO', 'IE'])];
  d.t(`CMR — International Consignment Note  No. ${r.digits(7)}\n1 Sender: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, o, true)).t('\n');
  d.t(`2 Consignee: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, dst, true)).t(`\n3 Place of delivery: ${dst} — ${r.pick(['dock 4', 'gate B', 'rear yard'])}\n4 Taking over: ${bizDate(r, o)}\n`);
  d.t(`16 Carrier: ${r.pick(COMPANIES)}  Tractor ${plate(r)} / trailer ${plate(r)}\nDriver: `).l('PERSON', nameForm(r, personIn(r, o))).t(', mobile ').l('PHONE', phoneIn(r, o)).t('\n');
  d.t(`18 Carrier's reservations: ${r.pick(['none', '2 pallets shrink-wrap torn', 'seal number differs from docs', 'loaded by sender, count not checked'])}\n`);
  d.t('24 Goods received — signature: ').l('PERSON', nameForm(r, personIn(r, dst))).t(`  ${bizDate(r, dst)}\n`);
};

const loadTender: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  const drv = personIn(r, 'US');
  d.t(`RATE CONFIRMATION — Load #${r.digits(7)}\nBroker: ${r.pick(COMPANIES)}  MC ${r.digits(6)}  Carrier: ${r.pick(COMPANIES)}  USDOT ${r.digits(7)}\n`);
  d.t('Pickup: ').l('ADDRESS', addrIn(r, 'US', false)).t(` — ${bizDate(r, 'US')} ${hhmm(r)} (FCFS)\nDelivery: `).l('ADDRESS', addrIn(r, 'US', false)).t(` — appt ${bizDate(r, 'US')} ${hhmm(r)}\n`);
  d.t(`Equipment: 53' dry van, ${kg(r)}, linehaul $${r.int(900, 6800)} + FSC\nDriver: `).l('PERSON', nameForm(r, drv)).t(' cell ').l('PHONE', phoneIn(r, 'US')).t(` truck ${r.int(100, 999)}\n`);
  d.t('Dispatcher: ').l('PERSON', nameForm(r, p)).t(' — ').l('EMAIL', personEmail(r, p)).t(`\nTracking via ${r.pick(['MacroPoint', 'FourKites', 'project44'])}; driver must accept link.\n`);
};

const examHold: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t(`Subject: CBP HOLD — ${r.pick(['intensive exam', 'X-ray (VACIS)', 'FDA hold', 'USDA hold'])} on entry ${letters(r, 3)}-${r.digits(7)}-${r.digits(1)}\n\nHi `).l('PERSON', p.g).t(',\n\n');
  d.t(`Container ${containerNo(r)} was selected for examination at the CES in ${r.pick(['Elizabeth, NJ', 'Carson, CA', 'Savannah, GA', 'Laredo, TX'])}. Expect ${r.int(3, 12)} business days and drayage/exam fees.\n`);
  d.t(`The ${r.pick(DISEASES)} import restriction may apply to the ${r.pick(['feather', 'poultry', 'wood packaging'])} items. Please confirm the importer number on file (${r.chance(0.5) ? badSsn(r) : ein(r) + '00'}) and reply with the packing list.\n`);
  sig(d, r, personIn(r, 'US'), 'US');
};

const customsRefund: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'FR', 'NL', 'BE', 'IT', 'ES', 'AT', 'PL', 'SE', 'FI', 'DK', 'IE', 'PT', 'GR', 'CZ', 'HU', 'RO', 'LU', 'HR', 'SI', 'LT', 'LV', 'EE', 'SK', 'BG', 'MT', 'CY']);
  const addrCc = COUNTRIES[cc] ? cc : r.pick(['DE', 'FR', 'NL', 'IT']);
  const p = personIn(r, addrCc);
  d.t(`Application for repayment of import duties (Art. 116 UCC)\nMRN ${mrn(r)}  Amount ${money(r, 'EUR')}\nApplicant: `).l('PERSON', nameForm(r, p)).t('\n').l('ADDRESS', addrIn(r, addrCc, true)).t('\n');
  d.t('Bank account for repayment: ').l('IBAN', iban(r, cc)).t(`\nReason: goods returned to supplier (${r.pick(PERSON_BRANDS)} spare parts, faulty batch ${r.digits(5)}).\nContact: `).l('EMAIL', personEmail(r, p)).t('\n');
};

const jsonWebhook: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`POST /webhooks/shipment-events HTTP/1.1\nX-Signature: sha256=${hex(r, 64)}\n\n{\n  "event": "${r.pick(['exception', 'out_for_delivery', 'customs_hold', 'delivered'])}",\n  "tracking": "${tracking(r)}",\n  "occurred_at": "${ts(r)}",\n  "consignee": {\n    "name": "`);
  d.l('PERSON', full(p)).t('",\n    "phone": "').l('PHONE', phoneIn(r, cc)).t('",\n    "email": "').l('EMAIL', personEmail(r, p)).t('",\n    "address": "').l('ADDRESS', addrIn(r, cc, false)).t('"\n  },\n');
  d.t(`  "source_ip": "`).l('IP', ip(r)).t(`",\n  "client": "${r.pick(['Magaya', 'CargoWise', 'ShipStation', 'Descartes'])} ${version(r)}"\n}\n`);
};

// ---------------------------------------------------------------- templates: flat records, manifests and logs

const ediX12: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  const lines = addrLines(r, 'US');
  const street = lines[0] ?? '';
  const m = /^(.*), ([A-Z]{2}) (\d{5}(?:-\d{4})?)$/.exec(lines[1] ?? '');
  d.t(`ISA*00*          *00*          *ZZ*${alnum(r, 8)}       *ZZ*${alnum(r, 8)}       *${r.digits(6)}*${r.digits(4)}*U*00401*${r.digits(9)}*0*P*>~\n`);
  d.t(`ST*${r.pick(['856', '214', '204'])}*${r.digits(4)}~\nBSN*00*${r.digits(10)}*${r.digits(8)}*${r.digits(4)}~\nN1*ST*`).l('PERSON', full(p).toUpperCase()).t('~\n');
  if (m) d.t('N3*').l('ADDRESS', `${street.toUpperCase()}~\nN4*${(m[1] ?? '').toUpperCase()}*${m[2] ?? ''}*${m[3] ?? ''}*US`).t('~\n');
  d.t('PER*IC*').l('PERSON', full(p).toUpperCase()).t('*TE*').l('PHONE', phoneIn(r, 'US').replace(/\D/g, '').slice(-10)).t('*EM*').l('EMAIL', personEmail(r, p).toUpperCase()).t('~\n');
  d.t(`REF*BM*${blNo(r)}~\nREF*CN*${tracking(r)}~\nDTM*011*${r.int(2023, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}~\nSE*9*${r.digits(4)}~\n`);
};

const edifact: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'SE', 'AT']);
  const p = personIn(r, cc);
  const lines = addrLines(r, cc);
  d.t(`UNB+UNOC:3+${alnum(r, 9)}:ZZZ+${alnum(r, 9)}:ZZZ+${r.digits(6)}:${r.digits(4)}+${r.digits(8)}'\nUNH+1+IFTMIN:D:04A:UN'\nBGM+610+${r.digits(10)}+9'\n`);
  d.t(`NAD+CN+++${r.pick(TRADERS).toUpperCase().replace(/[.&,]/g, '')}'\nCTA+IC+:`).l('PERSON', full(p)).t("'\nCOM+").l('PHONE', phoneIn(r, cc).replace(/^\+/, '00')).t(":TE'\nCOM+").l('EMAIL', personEmail(r, p)).t(":EM'\n");
  d.t("LOC+8+").t(`${cc}${letters(r, 3)}'\nFTX+DEL+++`).l('ADDRESS', lines.join(', ')).t(`'\nEQD+CN+${containerNo(r)}+22G1'\nUNT+9+1'\nUNZ+1+${r.digits(8)}'\n`);
};

const csvManifest: Tpl = (d, r) => {
  const cc = r.pick(['GB', 'DE', 'FR', 'NL', 'US', 'IE', 'ES', 'IT', 'PL', 'AU', 'CA']);
  d.t(`# manifest ${r.pick(['LHR', 'FRA', 'AMS', 'CDG', 'ORD'])}-${r.digits(6)} generated ${ts(r)}\nawb,pieces,kg,consignee,phone,email,address,declared_value,hs\n`);
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    const p = personIn(r, cc);
    d.t(`${awbNo(r)},${r.int(1, 6)},${r.int(1, 40)}.${r.digits(1)},`);
    if (r.chance(0.15)) d.t(`${r.pick(TRADERS).replace(/,/g, '')},,`);
    else {
      d.l('PERSON', r.chance(0.8) ? full(p) : full(p).toUpperCase()).t(',');
      if (r.chance(0.8)) d.l('PHONE', phoneIn(r, cc));
      d.t(',');
    }
    if (r.chance(0.6)) d.l('EMAIL', personEmail(r, p));
    d.t(',"').l('ADDRESS', addrIn(r, cc, false)).t(`",${r.int(5, 900)}.00,${hsCode(r).replace(/\./g, '')}\n`);
  }
};

const fixedWidth: Tpl = (d, r) => {
  const cc = r.pick(['US', 'CA', 'GB', 'AU']);
  d.t(`HDR${r.digits(8)}MANIFEST  ${r.pick(['CRD', 'CUS', 'INB'])}${r.int(2023, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    const p = personIn(r, cc);
    const nm = full(p).toUpperCase();
    d.t(`DTL${pad(i + 1, 4)}${tracking(r).replace(/\s/g, '').slice(0, 18).padEnd(20)}`).l('PERSON', nm).t(' '.repeat(Math.max(1, 28 - nm.length)));
    const ph = phoneIn(r, cc).replace(/\D/g, '');
    d.l('PHONE', ph).t(' '.repeat(Math.max(1, 14 - ph.length))).t(`${pad(r.int(1, 99999), 7)}${r.pick(['N', 'Y'])}\n`);
  }
  d.t(`TRL${pad(r.int(3, 6), 6)}${r.digits(10)}\n`);
};

const portalLog: Tpl = (d, r) => {
  d.t(`# ${r.pick(['broker-portal', 'track.web', 'edi-gw', 'yms-api'])} audit ${version(r)}\n`);
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    const p = personIn(r, r.pick(CCS));
    d.t(`${ts(r)} ${r.pick(['INFO', 'WARN', 'INFO', 'ERROR'])} `);
    const x = r.next();
    if (x < 0.45) d.t('login ok user=').l('EMAIL', personEmail(r, p)).t(' ip=').l('IP', ip(r)).t(` ua="${r.pick(['Mozilla/5.0', 'okhttp/4.9.3', 'python-requests/2.31.0'])}"\n`);
    else if (x < 0.65) d.t(`rate-limit src=`).l('IP', ip(r)).t(` path=/api/v${r.int(1, 3)}/shipments/${tracking(r).replace(/\s/g, '')} session=${sha(r)}\n`);
    else if (x < 0.8) d.t(`docs.download file=CI_${r.digits(6)}.pdf by=`).l('EMAIL', roleEmail(r)).t(' from=').l('IP', ip(r)).t('\n');
    else if (x < 0.9) d.t(`deploy ${version(r)} commit=${sha(r)} node=${r.pick(['edi-01', 'edi-02', 'web-3'])}\n`);
    else d.t('password reset requested for ').l('EMAIL', personEmail(r, p)).t(' (').l('PERSON', full(p)).t(') via ').l('IP', ip(r)).t('\n');
  }
};

const as2Log: Tpl = (d, r) => {
  const partner = r.pick(COMPANIES);
  d.t(`AS2/SFTP connection report — partner "${partner}"\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    d.t(`${ts(r)} ${r.pick(['MDN received', 'session opened', 'file put', 'TLS handshake failed', 'retry 2/5'])} peer=`);
    ipPort(d, r);
    d.t(` msg-id=${r.pick(['AS2', 'MFT'])}-${hex(r, 16)} size=${r.int(2, 900)}KB\n`);
  }
  d.t(`Firmware on the gateway is ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}; whitelist change requested by `);
  const p = personIn(r, r.pick(CCS));
  d.l('PERSON', nameForm(r, p)).t(' (').l('EMAIL', personEmail(r, p, r.pick(CO_DOMAINS))).t(').\n');
};

const addressChange: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  const me = full(p);
  d.t(`Delivery change request — ${tracking(r)}\nRequested by: `).self(me).t(`\nVerified via ${r.pick(['SMS code', 'email link', 'last 4 of phone'])} at ${ts(r)} from `).l('IP', ip(r)).t('\n');
  d.t('Old address: ').l('ADDRESS', addrIn(r, cc, false)).t('\nNew address: ').l('ADDRESS', addrIn(r, cc, false)).t('\n');
  d.t(`Notes: "${r.pick(['Please leave with the concierge', 'Back door, not the shop front', 'Gate code 4471#', 'Deliver after 17:00 only'])}"\nContact: `).l('PHONE', phoneIn(r, cc)).t('\n');
  if (r.chance(0.4)) d.t(`Old number ${r.pick(['***-***-', '••• ••• '])}${r.digits(4)} removed.\n`);
};

const warehouseIncident: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'DE', 'NL', 'AU', 'CA', 'IE', 'PL', 'ZA']);
  const p = personIn(r, cc);
  d.t(`WAREHOUSE INCIDENT REPORT  ${ref(r, 'IR')}\nSite: ${r.pick(COMPANIES)}, aisle ${letters(r, 1)}${r.int(1, 40)}, ${r.pick(TEAMS)}\nDate/time of incident: ${bizDate(r, cc)} ${hhmm(r)}\n`);
  d.t('Injured person: ').l('PERSON', nameForm(r, p)).t('  DOB: ').l('DOB', dob(r, cc)).t(`  Employee no. ${r.digits(6)}\n`);
  d.t('Home address: ').l('ADDRESS', addrIn(r, cc, false)).t('\nNext of kin: ').l('PERSON', nameForm(r, personIn(r, cc))).t(', ').l('PHONE', phoneIn(r, cc)).t('\n');
  d.t(`Description: forklift ${r.pick(['FL-07', 'RT-12', 'PPT-3'])} reversed into racking; minor hand injury. First aid by `).l('PERSON', nameForm(r, personIn(r, cc))).t('.\n');
  d.t(`Reported under ${r.pick(['RIDDOR', 'OSHA 300 log', 'Arbo-wet'])}; no ${r.pick(DISEASES)} risk (unrelated pest control visit ${bizDate(r, cc)}).\n`);
};

const gateLog: Tpl = (d, r) => {
  const cc = r.pick(['NL', 'BE', 'DE', 'GB', 'ES', 'US', 'SG', 'AE', 'IN', 'BR']);
  d.t(`Terminal gate log — ${r.pick(PORTS)} — ${bizDate(r, cc)}\ntime   lane  truck        container       driver                     mobile\n`);
  for (let i = 0, k = r.int(3, 7); i < k; i++) {
    d.t(`${hhmm(r)}  ${pad(r.int(1, 24))}    ${plate(r).padEnd(12)} ${containerNo(r)}     `);
    const nm = nameForm(r, personIn(r, cc));
    d.l('PERSON', nm).t(' '.repeat(Math.max(1, 27 - nm.length)));
    if (r.chance(0.8)) d.l('PHONE', phoneIn(r, cc));
    else d.t('—');
    d.t('\n');
  }
  d.t(`Lane ${r.int(1, 24)} OCR camera down (${version(r)}); manual entry.\n`);
};

const coldChain: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`TEMPERATURE EXCURSION REPORT\nShipment ${awbNo(r)} — ${r.pick(['vaccines', 'insulin pens', 'frozen shrimp', 'cut flowers'])} (+2/+8 °C)\nLogger ${alnum(r, 10)} firmware ${version(r)} MAC ${mac(r)}\n`);
  d.t(`Excursion: ${r.int(9, 14)}.${r.digits(1)} °C for ${r.int(20, 240)} min at ${r.pick(AIRPORTS)} ramp, ${bizDate(r, cc)} ${hhmm(r)}\n`);
  d.t('QA contact: ').l('PERSON', nameForm(r, p)).t(', ').l('EMAIL', personEmail(r, p)).t(', ').l('PHONE', phoneIn(r, cc)).t('\n');
  d.t(`Batch ${r.digits(8)} quarantined pending QP decision. Data hash ${sha(r)}.\n`);
};

const crossDock: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'PL', 'NL', 'FR', 'GB', 'US', 'ES', 'IT', 'AT']);
  d.t(`CROSS-DOCK TRANSFER SHEET  ${bizDate(r, cc)}\nInbound trailer ${plate(r)} → outbound ${plate(r)}\n`);
  for (let i = 0, k = r.int(2, 4); i < k; i++) d.t(`  ${r.int(1, 30)} pal ${r.pick(GOODS)} SSCC 00${r.digits(16)}\n`);
  const a = personIn(r, cc);
  const b = personIn(r, cc);
  d.t('Unloaded by: ').l('PERSON', nameForm(r, a)).t('   Loaded by: ').l('PERSON', nameForm(r, b)).t('\nShift lead on call: ').l('PHONE', phoneIn(r, cc)).t('\n');
  d.t(`Discrepancy: ${r.pick(['none', '1 pallet short — see OS&D', 'label unreadable, relabelled'])}\n`);
};

const lostParcel: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT']);
  const p = personIn(r, cc);
  const me = full(p);
  d.t(`Lost parcel investigation ${ref(r, 'INV')}\nCustomer: `).self(me).t('\nContact e-mail: ').l('EMAIL', personEmail(r, p)).t('\nDelivery address: ').l('ADDRESS', addrIn(r, cc, false)).t('\n');
  d.t(`Tracking ${tracking(r)} last scan ${ts(r)} at hub; no POD photo.\nOutcome: refund of ${money(r, r.pick(['USD', 'GBP', 'EUR']))} to card `).l('CARD', card(r)).t(` (the card ${badCard(r)} in the first form was mistyped).\n`);
};

// ---------------------------------------------------------------- templates: chats, calls, messages and notes

const BOTS = ['Ava', 'Max', 'Nova', 'Parcelbot', 'Skye'];

const trackingChat: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'SG', 'IN', 'ZA', 'NG', 'AE']);
  const p = personIn(r, cc);
  const agent = personIn(r, cc);
  const bot = r.pick(BOTS);
  d.t(`${bot} (virtual assistant): Hi, I'm ${bot}! Please share your tracking number.\nYou: ${tracking(r)} — it's been "held at customs" since ${bizDate(r, cc)}\n`);
  d.t(`${bot}: Thanks. Connecting you to an agent...\n`).l('PERSON', agent.g).t(` (${r.pick(COMPANIES)}): Hi, this is `).l('PERSON', agent.g).t('. May I have the full name on the shipment?\nYou: ');
  d.self(full(p)).t('\n').l('PERSON', agent.g).t(`: Thanks. There are import charges of ${money(r, r.pick(['USD', 'GBP', 'AUD', 'CAD']))}. I can take a card now.\nYou: `);
  if (r.chance(0.7)) d.l('CARD', card(r)).t(`, expiry ${pad(r.int(1, 12))}/${r.int(25, 31)}\n`);
  else d.t(`use the one ending ${r.digits(4)}\n`);
  d.l('PERSON', agent.g).t(': Done. Delivering to ').l('ADDRESS', addrIn(r, cc, false)).t('?\nYou: Yes. Text me on ').l('PHONE', phoneIn(r, cc)).t(r.pick([' please', '', ' if the driver gets lost']));
  if (r.chance(0.5)) d.t(', or email ').l('EMAIL', personEmail(r, p));
  d.t(`\n${bot}: Chat closed. Case ${ref(r, 'CS')}\n`);
};

const callTranscript: Tpl = (d, r) => {
  const p = personOf(r, r.pick(['en', 'en', 'ie', 'in', 'ng', 'fil']));
  const agent = personOf(r, r.pick(['en', 'ie', 'in']));
  d.t(`[Call transcript — auto-generated, ${r.pick(['Quayside Courier', 'Parcelbridge', 'FastLane Freight'])} support line]\nAGENT: thanks for calling, my name is `).l('PERSON', agent.g.toLowerCase()).t(', who am i speaking with\n');
  d.t('CALLER: hi yes it\'s ').self(full(p).toLowerCase()).t(' um about a pallet that was supposed to arrive yesterday\n');
  d.t('AGENT: sure can i get a callback number\nCALLER: yeah it\'s ').l('PHONE', spokenPhone(r)).t('\n');
  d.t('AGENT: and an email for the claim form\nCALLER: ').l('EMAIL', spokenEmail(r, p)).t('\n');
  d.t(`AGENT: perfect, the reference is ${r.pick(['papa', 'bravo', 'kilo'])} ${r.digits(3)} ${r.digits(3)}, the driver will call from a withheld number\nCALLER: ok the loading bay is behind the ${r.pick(['Tesco', 'Aldi', 'big Ford garage', 'Siemens building'])}\n`);
};

const dispatchLog: Tpl = (d, r) => {
  const cc = r.pick(['US', 'CA', 'GB', 'AU', 'DE', 'NL', 'ZA', 'IN', 'MX', 'BR']);
  d.t(`DISPATCH LOG — ${r.pick(['Night', 'Day', 'Weekend'])} shift ${bizDate(r, cc)}   dispatcher: `).l('PERSON', nameForm(r, personIn(r, cc))).t('\n');
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    const p = personIn(r, cc);
    d.t(`${hhmm(r)}  Unit ${r.int(10, 99)}  `);
    const x = r.next();
    if (x < 0.3) d.l('PERSON', p.s.toUpperCase()).t(` departed ${r.pick(PORTS)} yard, ETA ${hhmm(r)}\n`);
    else if (x < 0.55) d.l('PERSON', p.g).t(' reports flat tyre near exit ').t(String(r.int(10, 99))).t(', called roadside on ').l('PHONE', phoneIn(r, cc)).t('\n');
    else if (x < 0.75) d.l('PERSON', nameForm(r, p)).t(' delivered to ').l('ADDRESS', addrIn(r, cc, false)).t(`, POD ${alnum(r, 8)}\n`);
    else if (x < 0.88) d.t(`reefer alarm ${containerNo(r)} set-point ${r.int(-25, 8)} °C, tech dispatched\n`);
    else d.t(`HOS reset for unit, ${r.pick(STORMS)} closure on I-${r.int(5, 95)}\n`);
  }
};

const smsThread: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const drv = personIn(r, cc);
  const rcp = personIn(r, cc);
  d.t(`SMS thread — route ${r.int(100, 999)}\n[${hhmm(r)}] Dispatch: `).l('PERSON', drv.g).t(`, next stop is `).l('ADDRESS', addrIn(r, cc, false)).t('\n');
  d.t(`[${hhmm(r)}] `).l('PERSON', drv.g).t(': nobody home. customer number?\n[').t(hhmm(r)).t('] Dispatch: try ').l('PHONE', phoneIn(r, cc)).t(', ask for ').l('PERSON', r.chance(0.5) ? rcp.g : full(rcp)).t('\n');
  d.t(`[${hhmm(r)}] `).l('PERSON', drv.g).t(`: left with neighbour at no. ${r.int(1, 90)}, ${r.pick(['Mrs.', 'Mr.', 'Frau', 'Sra.', 'Mme'])} `).l('PERSON', rcp.s === drv.s ? personIn(r, cc).s : rcp.s);
  d.t(`. photo sent. version ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} of the app keeps crashing btw\n`);
};

const opsSlack: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const a = personIn(r, cc);
  const b = personIn(r, cc);
  const h = (p: Person): string => `@${ascii(p.g)}.${ascii(p.s).slice(0, 3)}`;
  d.t(`#ops-${r.pick(['air-export', 'ocean-import', 'customs', 'linehaul'])}\n`).l('PERSON', full(a)).t(`  ${hhmm(r)}\n${h(b)} can you chase the broker on ${blNo(r)}? ${r.pick(TEAMS)} is waiting for the DO\n`);
  d.l('PERSON', full(b)).t(`  ${hhmm(r)}\non it — their contact is `).l('PERSON', nameForm(r, personIn(r, cc))).t(' (').l('EMAIL', personEmail(r, personIn(r, cc))).t(`), phone `).l('PHONE', phoneIn(r, cc)).t('\n');
  d.l('PERSON', full(a)).t(`  ${hhmm(r)}\nthx. also the scanner at door ${r.int(1, 30)} dropped off the VLAN again, was `).l('IP', ip(r)).t(`. ticket ${ref(r, 'IT')}\n`);
};

const deliveryException: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  const p = personIn(r, cc);
  d.t(`Subject: Delivery exception — ${r.pick(['address incomplete', 'recipient not available', 'refused', 'customs documents missing', 'access restricted'])} (${tracking(r)})\n\nDear `);
  d.l('PERSON', r.chance(0.5) ? full(p) : p.s).t(`,\n\nour courier attempted delivery on ${bizDate(r, cc)} at ${hhmm(r)} to:\n`).l('ADDRESS', addrIn(r, cc, true)).t('\n\n');
  d.t(`The driver reported: "${r.pick(['no such unit number', 'business closed', 'gate locked, no answer on intercom', 'building under renovation'])}". We tried to call you on ${r.pick(['***-***-', '+** *** *** '])}${r.digits(4)} without success.\n`);
  d.t('Please confirm the address or a new phone number by replying to ').l('EMAIL', roleEmail(r)).t(`. Your parcel will be held for ${r.int(5, 14)} days at our ${r.pick(['Heathrow', 'Schiphol', 'Roissy', 'Newark'])} depot.\n`);
};

const voicemail: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'IE', 'AU', 'CA']);
  const drv = personOf(r, r.pick(['en', 'ie', 'pl', 'in', 'ng']));
  const rcp = personIn(r, cc);
  d.t(`Voicemail (transcribed) — ${bizDate(r, cc)} ${hhmm(r)}\n"Hi, this message is for `).l('PERSON', rcp.g).t(', it\'s ').l('PERSON', drv.g).t(` from ${r.pick(['Parcelbridge', 'Quayside Courier', 'Metro Freight'])}. `);
  d.t(`I've got a ${r.pick(['fridge', 'pallet', 'parcel that needs a signature'])} for you but can't find the entrance off ${r.pick(DIRECTIONS)}. Can you call me back on `).l('PHONE', spokenPhone(r)).t('? Thanks, bye."\n');
};

const receivingNote: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  d.t(`WAREHOUSE RECEIVING NOTE  GRN-${r.digits(7)}\nASN ${r.digits(10)}  PO ${ref(r, 'PO')}  Carrier ${r.pick(COMPANIES)}\nTrailer ${plate(r)}  Seal ${sealNo(r)} (intact: ${r.pick(['Y', 'N — reported'])})\n`);
  d.t(`Received ${r.int(1, 33)} pallets / ${r.int(20, 900)} cartons at dock ${r.int(1, 30)}; ${r.pick(['2 cartons crushed', 'no damage', '1 pallet overhang', 'short 6 cartons'])}.\n`);
  d.t('Carrier driver: ').l('PERSON', nameForm(r, personIn(r, cc))).t('\nReceived by: ').l('PERSON', nameForm(r, personIn(r, cc))).t(`  at ${hhmm(r)}\n`);
  if (r.chance(0.5)) d.t('OS&D reported to ').l('EMAIL', roleEmail(r)).t('\n');
  if (r.chance(0.4)) d.t(`Pallet labels printed on ${r.pick(PERSON_BRANDS)}-branded stock; ignore logo.\n`);
  if (r.chance(0.3)) {
    const ph = phoneIn(r, cc);
    const cut = ph.lastIndexOf(' ');
    if (cut > 0) d.t(`Driver's number as written across two lines of the BOL: ${ph.slice(0, cut)}\n${ph.slice(cut + 1)} (illegible, not used)\n`);
  }
};

const dockAppointment: Tpl = (d, r) => {
  const cc = r.pick(CCS);
  d.t(`Subject: Dock appointment ${bizDate(r, cc)} ${hhmm(r)} — PO ${ref(r, 'PO')}\n\nHello,\n\nplease note the DC receives Monday-Friday 06:00-14:00. Appointment confirmed for door ${r.int(1, 40)}.\n`);
  d.t('Site address: ').l('ADDRESS', addrIn(r, cc, r.chance(0.5))).t(`\nEnter via gate ${r.pick(['A', 'B', '3'])}, not the visitor entrance next to ${r.pick(['the Tesla showroom', "McDonald's", 'the Goethe statue', 'Lidl'])}.\n`);
  sig(d, r, personIn(r, cc), cc);
};

const customsQuery: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  const broker = personIn(r, 'US');
  d.t('From: ').l('EMAIL', personEmail(r, broker, r.pick(CO_DOMAINS))).t('\nTo: ').l('EMAIL', personEmail(r, p)).t(`\nSubject: RE: entry for your ${r.pick(['vintage motorcycle', 'household goods', 'e-bike shipment', 'sample order'])}\n\n`);
  d.t('> Hi ').l('PERSON', broker.g).t(`, what do you need from me to clear it?\n\nHi `).l('PERSON', p.g).t(`,\nsince you import as an individual we file under your SSN. Please confirm the details below:\n`);
  d.t('Name: ').self(full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nDelivery: ').l('ADDRESS', addrIn(r, 'US', false)).t('\n');
  d.t(`Entry will be filed once the ISF is matched (bond ${r.digits(9)}). Do NOT send the number as ${badSsn(r)} again — CBP rejected it.\n`);
  sig(d, r, broker, 'US');
};

const brokerKyc: Tpl = (d, r) => {
  const cc = r.pick(['US', 'US', 'US', 'CA', 'GB', 'AU']);
  const p = personIn(r, cc);
  const me = full(p);
  d.t(`Know-your-customer — new importer account (${r.pick(COMPANIES)})\nApplicant: `).self(me).t('\nBorn: ').l('DOB', dob(r, cc)).t('\n');
  if (cc === 'US') d.t('SSN: ').l('NATIONAL_ID', ssn(r)).t('\n');
  else d.t(`Tax/BN: ${r.digits(9)}${cc === 'CA' ? 'RM0001' : ''}\n`);
  d.t('Residential address: ').l('ADDRESS', addrIn(r, cc, true)).t('\nMobile: ').l('PHONE', phoneIn(r, cc)).t('  Email: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Source of funds: salary. Sanctions screen: clear (${ts(r)}). PEP: no.\nCard for duty deposits: `).l('CARD', card(r)).t('\n');
};

// ---------------------------------------------------------------- templates: other languages

const zollEmail: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'DE', 'AT', 'CH']);
  const p = personIn(r, cc);
  const ansprech = personIn(r, cc);
  d.t(`Betreff: Zollabfertigung Sendung ${awbNo(r)} – fehlende Unterlagen\n\nSehr geehrte${r.chance(0.5) ? ' Frau' : 'r Herr'} `).l('PERSON', p.s).t(',\n\n');
  d.t(`für die Einfuhrabfertigung (ATLAS, Bezugsnummer ${mrn(r)}) benötigen wir noch die Handelsrechnung und eine Vollmacht. Lieferanschrift laut Frachtbrief:\n`);
  d.l('ADDRESS', addrIn(r, cc, true)).t(`\n\nDie Einfuhrumsatzsteuer von ${r.int(20, 900)},${r.digits(2)} € überweisen Sie bitte auf IBAN `).l('IBAN', iban(r, r.pick(['DE', 'AT', 'CH'])));
  d.t(` (Verwendungszweck ${r.digits(10)}). Die Lieferung erfolgt nach Freigabe über den ${r.pick(DIRECTIONS)}-Zugang, Tor ${r.int(1, 9)}.\n\nMit freundlichen Grüßen\n`);
  d.l('PERSON', full(ansprech)).t(`\nZollabteilung | ${r.pick(['Kranich Spedition GmbH', 'Zollwerk Broker GmbH', 'Kessler & Voss GmbH'])}\nTel. `).l('PHONE', phoneIn(r, cc)).t(' | ').l('EMAIL', personEmail(r, ansprech, r.pick(['kranich-spedition.de', 'zollwerk-broker.de']))).t('\n');
};

const avisArrivee: Tpl = (d, r) => {
  const cc = r.pick(['FR', 'FR', 'BE', 'CH']);
  const p = personIn(r, cc);
  d.t(`AVIS D'ARRIVÉE — LTA ${awbNo(r)}\nDestinataire : ${r.pick(['M.', 'Mme', 'Monsieur', 'Madame'])} `).l('PERSON', nameForm(r, p)).t('\nAdresse de livraison :\n').l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t(`Arrivée à ${r.pick(AIRPORTS)} le ${bizDate(r, 'FR')}. Droits et taxes estimés : ${r.int(20, 600)},${r.digits(2)} €.\n`);
  if (r.chance(0.5)) d.t('Pour un envoi de particulier hors UE, la douane demande votre date de naissance : ').l('DOB', dob(r, 'FR')).t('\n');
  d.t('Contact : ').l('PHONE', phoneIn(r, cc)).t(' — ').l('EMAIL', personEmail(r, p)).t(`\nRéf. dossier ${ref(r, 'DOS')} — magasin sous douane, quai ${r.int(1, 20)}\n`);
};

const albaran: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'ES', 'MX']);
  const p = personIn(r, cc);
  const drv = personIn(r, cc);
  d.t(`ALBARÁN DE ENTREGA Nº ${r.digits(8)}\nFecha: ${bizDate(r, cc)}\nCliente: ${r.pick(['Sra.', 'Sr.', 'D.', 'Dña.'])} `).l('PERSON', nameForm(r, p)).t(`\nDNI/NIE: ${r.digits(8)}${letters(r, 1)}\nDirección de entrega: `);
  d.l('ADDRESS', addrIn(r, cc, false)).t('\nTeléfono: ').l('PHONE', phoneIn(r, cc)).t(`\nMercancía: ${r.int(1, 20)} bultos, ${kg(r)}, DUA ${mrn(r)}\nTransportista: ${r.pick(COMPANIES)} — conductor `).l('PERSON', nameForm(r, drv)).t('\n');
  d.t(`Firma del receptor: ${r.chance(0.5) ? 'ilegible' : 'recibido con reservas (caja mojada)'}\n`);
};

const ddt: Tpl = (d, r) => {
  const p = personIn(r, 'IT');
  d.t(`DOCUMENTO DI TRASPORTO (D.D.T.) n. ${r.int(100, 9999)}/${r.int(2023, 2025)} del ${bizDate(r, 'IT')}\nMittente: ${r.pick(['Ferraro Ceramiche S.p.A.', 'Casa Olivo S.r.l.', 'Vela Textiles'])}\n`);
  d.t(`Destinatario: ${r.pick(['Sig.', 'Sig.ra', 'Dott.', 'Spett.le'])} `).l('PERSON', nameForm(r, p)).t('\n').l('ADDRESS', addrIn(r, 'IT', true)).t(`\nC.F. ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}\n`);
  d.t(`Causale: vendita  Porto: ${r.pick(['franco', 'assegnato'])}  Colli: ${r.int(1, 40)}  Peso: ${kg(r)}\nVettore: ${r.pick(COMPANIES)}  Autista: `).l('PERSON', nameForm(r, personIn(r, 'IT'))).t('  cell. ').l('PHONE', phoneIn(r, 'IT')).t('\n');
};

const afleverbericht: Tpl = (d, r) => {
  const cc = r.pick(['NL', 'NL', 'BE']);
  const p = personIn(r, cc);
  d.t(`Beste `).l('PERSON', p.g).t(`,\n\nJe zending ${tracking(r)} kon vandaag niet worden afgeleverd op:\n`).l('ADDRESS', addrIn(r, cc, true)).t('\n');
  d.t(`Er moet nog ${r.int(5, 90)},${r.digits(2)} euro invoerrechten en btw betaald worden. Na betaling bezorgen we opnieuw op ${bizDate(r, 'NL')}.\n`);
  if (r.chance(0.5)) d.t('Terugbetaling van teveel betaalde heffingen gaat naar ').l('IBAN', iban(r, 'NL')).t('.\n');
  d.t('Vragen? Bel onze chauffeur ').l('PERSON', personIn(r, cc).g).t(' op ').l('PHONE', phoneIn(r, cc)).t(' of mail ').l('EMAIL', roleEmail(r, 'cargoveld.nl')).t('.\n');
};

const awizo: Tpl = (d, r) => {
  const p = personIn(r, 'PL');
  d.t(`AWIZO — przesyłka nr ${r.digits(13)}\nOdbiorca: ${r.pick(['Pan', 'Pani'])} `).l('PERSON', nameForm(r, p)).t('\nAdres: ').l('ADDRESS', addrIn(r, 'PL', false)).t(`\nPESEL: ${r.digits(11)} (wymagany przy odprawie celnej)\n`);
  d.t(`Kurier był ${bizDate(r, 'PL')} o ${hhmm(r)}. Odbiór w punkcie przy ${r.pick(DIRECTIONS)} do ${bizDate(r, 'PL')}.\nKontakt z kurierem: `).l('PERSON', nameForm(r, personIn(r, 'PL'))).t(', tel. ').l('PHONE', phoneIn(r, 'PL')).t('\n');
  if (r.chance(0.5)) d.t('Zwrot cła na konto: ').l('IBAN', iban(r, 'PL')).t('\n');
};

const fuzaiHyo: Tpl = (d, r) => {
  const n1 = nativeName(r, 'ja');
  const drv = nativeName(r, 'ja');
  d.t('ご不在連絡票\n').l('PERSON', n1.full).t(' 様\n');
  d.t('お届け先：〒').l('ADDRESS', `${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都港区芝浦', '神奈川県横浜市中区本牧ふ頭', '兵庫県神戸市中央区港島', '大阪府大阪市住之江区南港北'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`).t('\n');
  d.t(`お届け日時：${bizDate(r, 'JP')} ${hhmm(r)}\u3000伝票番号：${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n`);
  d.t('品名：輸入貨物（関税・消費税 着払い）\n再配達はドライバー携帯 ').l('PHONE', phoneIn(r, 'JP')).t(' まで。担当：').l('PERSON', drv.s).t('\n');
  if (r.chance(0.4)) d.t('お問い合わせ：').l('EMAIL', roleEmail(r, 'nakano-kaiun.co.jp')).t('\n');
};

const baoguan: Tpl = (d, r) => {
  const n1 = nativeName(r, 'zh');
  d.t(`进口快件报关信息确认\n运单号：${r.digits(12)}\n收件人：`).l('PERSON', n1.full).t('\n联系电话：').l('PHONE', phoneIn(r, 'CN')).t('\n');
  d.t('收件地址：').l('ADDRESS', `${r.pick(['上海市浦东新区张江路', '浙江省宁波市北仑区港城路', '广东省深圳市南山区科苑南路', '广东省广州市南沙区港前大道'])}${r.int(1, 999)}号${r.chance(0.5) ? `${r.int(1, 30)}栋${r.int(101, 2905)}室` : ''}`).t('\n');
  d.t(`身份证号：${r.digits(17)}${r.pick(['X', String(r.int(0, 9))])}（用于清关实名认证）\n申报品名：${r.pick(['保健品', '奶粉', '电子产品', '化妆品'])}  申报价值：${r.int(50, 5000)} 元\n`);
  if (r.chance(0.5)) d.t('邮箱：').l('EMAIL', `${r.int(1, 9)}${r.digits(r.int(5, 9))}@qq.com`).t('\n');
  d.t(`清关时间：${bizDate(r, 'CN')}\n`);
};

const tonggwan: Tpl = (d, r) => {
  const n1 = nativeName(r, 'ko');
  d.t(`[해외직구 통관 안내]\n`).l('PERSON', n1.full).t(` 님, 주문하신 상품이 인천공항에 도착했습니다.\n운송장번호: ${r.digits(12)}\n개인통관고유부호: P${r.digits(12)}\n`);
  d.t('배송지: ').l('ADDRESS', `${r.digits(5)} ${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 남구 신선로', '인천광역시 중구 공항로', '경기도 성남시 분당구 판교역로'])} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(2, 25)}층` : ''}`).t('\n');
  d.t('연락처: ').l('PHONE', phoneIn(r, 'KR')).t(`\n관세 ${r.int(5, 90)},${r.digits(3)}원 납부 후 ${bizDate(r, 'KR')} 배송 예정입니다. 담당 관세사: `).l('PERSON', nativeName(r, 'ko').full).t('\n');
};

const conhecimento: Tpl = (d, r) => {
  const p = personIn(r, 'BR');
  d.t(`DACTE — Conhecimento de Transporte Eletrônico\nChave de acesso: ${Array.from({ length: 11 }, () => r.digits(4)).join(' ')}\nDestinatário: `).l('PERSON', nameForm(r, p));
  d.t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nEndereço: `).l('ADDRESS', addrIn(r, 'BR', false)).t('\nTelefone: ').l('PHONE', phoneIn(r, 'BR')).t('\nE-mail: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Remetente: ${r.pick(['Porto Vivo Comércio Exterior Ltda', 'Sunfield Organics'])}  CNPJ ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}/0001-${r.digits(2)}\nMotorista: `).l('PERSON', nameForm(r, personIn(r, 'BR'))).t(`  Placa ${letters(r, 3)}${r.digits(1)}${letters(r, 1)}${r.digits(2)}\n`);
};

const gumruk: Tpl = (d, r) => {
  const p = personIn(r, 'TR');
  d.t(`Gümrük Müşavirliği — Beyanname ${r.digits(2)}${r.pick(['34', '35', '33'])}${r.digits(4)}IM${r.digits(6)}\nAlıcı: Sayın `).l('PERSON', nameForm(r, p)).t(`\nT.C. Kimlik No: ${r.int(1, 9)}${r.digits(10)}\nAdres: `);
  d.l('ADDRESS', addrIn(r, 'TR', false)).t('\nTel: ').l('PHONE', phoneIn(r, 'TR')).t(`\nGümrük vergisi ve KDV toplamı ${r.int(500, 90000)} TL. Ödeme için IBAN: `).l('IBAN', iban(r, 'TR')).t('\n');
  d.t(`Müşavir: `).l('PERSON', nameForm(r, personIn(r, 'TR'))).t(` — ${bizDate(r, 'TR')} tarihinde ${r.pick(['Ambarlı', 'Mersin', 'Halkalı'])} gümrüğüne sunulmuştur.\n`);
};

const deliveryOrderDubai: Tpl = (d, r) => {
  const p = personIn(r, 'AE');
  d.t(`DELIVERY ORDER — DP World Jebel Ali\nDO No. ${r.digits(8)}  B/L ${blNo(r)}  Container ${containerNo(r)}\nConsignee: ${r.pick(TRADERS)}\n`).l('ADDRESS', addrIn(r, 'AE', true)).t('\n');
  d.t('Authorised collector: ').l('PERSON', nameForm(r, p)).t(`, Emirates ID 784-${r.int(1960, 2000)}-${r.digits(7)}-${r.digits(1)}\nMobile: `).l('PHONE', phoneIn(r, 'AE')).t('\n');
  d.t(`Valid until ${bizDate(r, 'AE')}. Charges paid by card `).l('CARD', card(r)).t(` on ${bizDate(r, 'AE')}.\nIssued by `).l('EMAIL', roleEmail(r, 'aeroquay.ae')).t('\n');
};

const ewayBill: Tpl = (d, r) => {
  const p = personIn(r, 'IN');
  d.t(`E-WAY BILL  No. ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}   Generated ${bizDate(r, 'IN')}\nGSTIN of supplier: ${r.digits(2)}${letters(r, 5)}${r.digits(4)}${letters(r, 1)}1Z${alnum(r, 1)}\nPlace of dispatch: `);
  d.l('ADDRESS', addrIn(r, 'IN', false)).t('\nShip to: ').l('ADDRESS', addrIn(r, 'IN', false)).t(`\nHSN ${r.digits(8)}  Value ₹${r.int(50000, 900000).toLocaleString('en-IN')}\n`);
  d.t(`Transporter: ${r.pick(['Delta Pier Shipping Pvt Ltd', 'Kestrel 3PL'])}  Vehicle ${letters(r, 2)}${r.digits(2)}${letters(r, 2)}${r.digits(4)}\nDriver: `).l('PERSON', nameForm(r, p)).t(', mobile ').l('PHONE', phoneIn(r, 'IN')).t('\n');
};

const fraktsedel: Tpl = (d, r) => {
  const cc = r.pick(['SE', 'NO']);
  const p = personIn(r, cc);
  d.t(`FRAKTSEDEL nr ${r.digits(10)}\nMottagare: `).l('PERSON', nameForm(r, p)).t(`\n${cc === 'SE' ? `Personnummer: ${r.int(1950, 2004)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}` : `Fødselsnummer: ${r.digits(11)}`}\n`);
  d.l('ADDRESS', addrIn(r, cc, true)).t('\nTel: ').l('PHONE', phoneIn(r, cc)).t(`\nAntal kolli: ${r.int(1, 12)}  Vikt: ${kg(r)}  Betalas av: ${r.pick(['avsändaren', 'mottagaren'])}\n`);
  d.t(`Avsändare: ${r.pick(['Fjordlink Shipping AB', 'Lindgren Trävaror AB', 'Halden Freight AS', 'Nordlys Interiør AS'])}, kontakt `).l('EMAIL', roleEmail(r, r.pick(['fjordlink.se', 'haldenfreight.no']))).t('\n');
};

// ---------------------------------------------------------------- templates: payments, bonds and screening

const codChat: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'SG', 'AE', 'IN', 'ZA']);
  const p = personIn(r, cc);
  const agent = personIn(r, cc);
  d.t(`Live chat — redelivery & charges\nCustomer: hello, I'm `).self(full(p)).t(`, parcel ${tracking(r)} says "charges due before redelivery"\n`);
  d.l('PERSON', agent.g).t(`: hi! yes, ${money(r, r.pick(['USD', 'GBP', 'CAD', 'AUD']))} import VAT + handling. I can process a card here\nCustomer: ok `).l('CARD', card(r)).t('\n');
  if (r.chance(0.3)) d.l('PERSON', agent.g).t(': that one was declined by the issuer, another card?\nCustomer: try ').l('CARD', card(r)).t('\n');
  d.l('PERSON', agent.g).t(`: approved, auth ${alnum(r, 6)}. Redelivery ${bizDate(r, cc)}, between ${hhmm(r)} and ${hhmm(r)}.\n`);
  if (r.chance(0.5)) d.t('Customer: great, my mobile is ').l('PHONE', phoneIn(r, cc)).t(' in case\n');
};

const cfsPaymentForm: Tpl = (d, r) => {
  const cc = r.pick(['US', 'CA', 'GB', 'AU', 'NL', 'DE', 'SG']);
  const p = personIn(r, cc);
  d.t(`CFS storage charges — online payment\nContainer ${containerNo(r)} / HBL ${blNo(r)}\nName on card: `).self(full(p)).t('\nCard number: ').l('CARD', card(r)).t(`\nCVV: ***  Expiry: ${pad(r.int(1, 12))}/${r.int(25, 31)}\n`);
  d.t('Billing address: ').l('ADDRESS', addrIn(r, cc, false)).t('\nReceipt e-mail: ').l('EMAIL', personEmail(r, p)).t('\n');
  d.t(`Submitted ${ts(r)} from `).l('IP', ip(r)).t(`  (3-D Secure: ${r.pick(['passed', 'frictionless', 'challenge passed'])})\n`);
};

const w9Form: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t('Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number\n1 Name: ').l('PERSON', full(p)).t(`\n2 Business name: ${r.pick(['', `${p.s} Trucking LLC`, 'Blue Ridge Hauling', 'Lone Pine Freight'])}\n3 Tax classification: individual/sole proprietor\n`);
  d.t('5 Address: ').l('ADDRESS', addrLines(r, 'US').join(', ')).t('\nPart I — Social security number: ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Employer identification number: ${r.chance(0.5) ? 'n/a' : ein(r)}\nRequester: ${r.pick(COMPANIES)} (carrier setup)\nSigned ${bizDate(r, 'US')}\n`);
};

const bondApplication: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t(`CONTINUOUS CUSTOMS BOND (CBP Form 301) — APPLICATION FOR INDIVIDUAL PRINCIPAL\nSurety: ${r.pick(['Harborline Surety Co.', 'Roosevelt Indemnity', 'Great Lakes Bonding'])}  Bond amount: $${r.pick(['50,000', '100,000', '150,000'])}\n`);
  d.t('Principal: ').l('PERSON', nameForm(r, p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', dob(r, 'US')).t('\nResidence: ').l('ADDRESS', addrIn(r, 'US', true)).t('\n');
  d.t('Phone: ').l('PHONE', phoneIn(r, 'US')).t('   Email: ').l('EMAIL', personEmail(r, p)).t(`\nEstimated annual duties: $${r.int(5, 900)},000. Prior bond ${r.digits(9)} terminated ${bizDate(r, 'US')}.\n`);
};

const driverScreening: Tpl = (d, r) => {
  const p = personIn(r, 'US');
  d.t(`TWIC / HAZMAT ENDORSEMENT PRE-SCREEN — terminal access request\nApplicant: `).l('PERSON', nameForm(r, p)).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nTWIC card: ${alnum(r, 8)} (exp. ${bizDate(r, 'US')})\nHome: `).l('ADDRESS', addrIn(r, 'US', false)).t('\nCell: ').l('PHONE', phoneIn(r, 'US')).t('\n');
  d.t(`Terminal: ${r.pick(['Port Newark Container Terminal', 'Garden City Terminal', 'Fenix Marine Services', 'Bayport'])}, gate ${r.int(1, 9)}. Background check vendor ref ${ref(r, 'BG')}.\n`);
};

const sepaMandate: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'AT', 'NL', 'BE', 'FR', 'IT', 'ES', 'LU', 'IE', 'PT', 'FI']);
  const addrCc = COUNTRIES[cc] ? cc : 'DE';
  const p = personIn(r, addrCc);
  d.t(`SEPA-Lastschriftmandat / SEPA Direct Debit Mandate\nGläubiger-ID: ${cc}${r.digits(2)}ZZZ${r.digits(11)}  Mandatsreferenz: ${alnum(r, 12)}\nCreditor: ${r.pick(COMPANIES)} (freight account ${r.digits(6)})\n`);
  d.t('Debtor / Kontoinhaber: ').l('PERSON', nameForm(r, p)).t('\n').l('ADDRESS', addrIn(r, addrCc, true)).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${letters(r, 4)}${cc}${alnum(r, 2)}\n`);
  d.t(`Ort, Datum: ${r.pick(['Hamburg', 'Wien', 'Antwerpen', 'Lyon', 'Milano'])}, ${bizDate(r, addrCc)}   Unterschrift: `).l('PERSON', full(p)).t('\n');
};

// ---------------------------------------------------------------- hard negatives (no PII at all)

const vesselSchedule: Tpl = (d, r) => {
  d.t(`Service ${r.pick(['AE7', 'TA2', 'Gemini NE1', 'MEX3'])} — proforma schedule, week ${r.int(1, 52)}\n`);
  for (let i = 0, k = r.int(4, 7); i < k; i++) d.t(`${r.pick(SHIPS).padEnd(28)} ${imo(r)}  ${r.pick(PORTS).padEnd(16)} ETA ${bizDate(r, 'GB')} ${hhmm(r)}  ETD ${bizDate(r, 'GB')}\n`);
  d.t(`Omissions: ${r.pick(PORTS)} skipped due to ${r.pick(STORMS)}. Cargo for ${r.pick(['Port Elizabeth', 'Prince Rupert', 'Port Louis', 'Puerto Cortés'])} relayed via transhipment.\n`);
};

const tariffNote: Tpl = (d, r) => {
  d.t(`Classification memo ${ref(r, 'CLS')}\nProduct: ${r.pick(PERSON_BRANDS)} ${r.pick(['espresso machine parts', 'garden tractor filters', 'leather boots', 'LED drivers'])}\n`);
  d.t(`Proposed heading ${hsCode(r)}; alternative ${hsCode(r)} rejected (GRI 3(b)). Duty ${r.int(0, 12)}.${r.digits(1)} % ad valorem.\n`);
  d.t(`Coastwise move restricted under ${r.pick(LAWS)}; carrier liability under ${r.pick(LAWS)}. Binding ruling ${letters(r, 1)}${r.digits(6)} dated ${bizDate(r, 'US')}.\n`);
};

const kpiReport: Tpl = (d, r) => {
  d.t(`Weekly DC KPI — wk ${r.int(1, 52)}\n`);
  for (const t of TEAMS.slice(0, r.int(3, 6))) d.t(`${t.padEnd(18)} picks/h ${r.int(60, 180)}  accuracy ${r.int(970, 999) / 10}%  dwell ${r.int(1, 9)}h\n`);
  d.t(`Mislabelled pallet IDs flagged by scanner: ${badCard(r)}, ${badCard(r)}\nTop SKU: ${r.pick(PERSON_BRANDS)} ${alnum(r, 6)}  Cycle count variance ${r.int(0, 40)} units\n`);
};

const trackingEvents: Tpl = (d, r) => {
  d.t(`Tracking history ${tracking(r)}\n`);
  const evs = ['Shipment information received', 'Picked up', 'Arrived at sort facility', 'Departed facility', 'Customs clearance started', 'Held: duties unpaid', 'Clearance completed', 'Out for delivery'];
  for (let i = 0, k = r.int(4, 8); i < k; i++) d.t(`${ts(r)}  ${r.pick(evs)}  ${r.pick(['LEIPZIG - DE', 'EAST MIDLANDS - UK', 'LOUISVILLE, KY - USA', 'HONG KONG - HK', 'CINCINNATI HUB - USA'])}\n`);
  d.t(`Container ${containerNo(r)}, master ${awbNo(r)}, piece ID JJD${r.digits(18)}\n`);
};

const releaseNotes: Tpl = (d, r) => {
  d.t(`WMS release ${version(r)} (${sha(r)})\n- Fixed label printing on firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}\n- EDI 856 parser now accepts N4 segments without postal code\n`);
  d.t(`- Upgraded Jenkins pipeline and Hudson plugins; Ada runtime ${version(r)}\n- Known issue: the "Marco" assistant bot replies twice (ticket ${ref(r, 'WMS')})\n`);
};

const rateSheet: Tpl = (d, r) => {
  d.t(`Rate sheet ${r.pick(['Q1', 'Q2', 'Q3', 'Q4'])}/${r.int(2024, 2025)} — valid ${bizDate(r, 'GB')} to ${bizDate(r, 'GB')}\n`);
  for (let i = 0, k = r.int(3, 5); i < k; i++) d.t(`${r.pick(PORTS)} → ${r.pick(PORTS)}  ${r.pick(["20'", "40'", "40'HC"])}  USD ${r.int(400, 6800)}  BAF ${r.int(50, 900)}\n`);
  d.t(`Payment: vendor master shows IBAN ${badIban(r)} — rejected by bank (checksum), use the portal instead. US remittances: ABA ${routing(r)}, EIN ${ein(r)}.\n`);
};

const weatherNotice: Tpl = (d, r) => {
  d.t(`CUSTOMER ADVISORY — ${r.pick(STORMS)}\nOperations at ${r.pick(AIRPORTS)} and ${r.pick(AIRPORTS)} are suspended from ${bizDate(r, 'US')} ${hhmm(r)} local time.\n`);
  d.t(`Ocean terminals in ${r.pick(PORTS)} closed; ${r.pick(SHIPS)} will wait at anchorage. Expect 48-72 h delays; no action needed. Advisory ${ref(r, 'ADV')}, revision ${r.int(2, 9)}.\n`);
};

const customsBulletin: Tpl = (d, r) => {
  d.t(`Customs bulletin ${r.int(2023, 2025)}/${r.int(1, 80)}\nFrom ${bizDate(r, 'DE')}, declarations must quote the EORI (e.g. ${eori(r, 'DE')}) and MRN (e.g. ${mrn(r)}).\n`);
  d.t(`The ${r.pick(['Ambrose', 'Kessler', 'Vasco da Gama'])} warehouse scheme ends ${bizDate(r, 'DE')}. Case numbers such as ${ref(r, 'ZA')} stay valid. Reminder: ${r.pick(LAWS)} does not apply to EU inland waterways.\n`);
};

const maskedReceipt: Tpl = (d, r) => {
  d.t(`Payment receipt ${ref(r, 'RCPT')}\nCard: ${maskedCard(r)}\nCustomer phone: ***-***-${r.digits(4)}\nTax ID on file: ${r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`])}\n`);
  d.t(`Amount ${money(r, 'USD')} — approved ${ts(r)}  auth ${alnum(r, 6)}\nTerminal ${alnum(r, 8)} v${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n`);
};

const sensorLog: Tpl = (d, r) => {
  d.t(`reefer-telemetry export ${ts(r)}\n`);
  for (let i = 0, k = r.int(4, 7); i < k; i++) d.t(`${ts(r)} ${containerNo(r)} sp=${r.int(-25, 8)} ret=${r.int(-26, 10)}.${r.digits(1)} dev=${mac(r)} fw=${r.int(1, 6)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} pos=${gps(r)}\n`);
  d.t(`checksum sha256 ${hex(r, 64)}\n`);
};

const pestNotice: Tpl = (d, r) => {
  d.t(`Phytosanitary notice ${ref(r, 'PHY')}\nWood packaging from ${r.pick(['CN', 'VN', 'IN', 'BR'])} without ISPM 15 mark will be re-exported. Poultry products from zones affected by ${r.pick(DISEASES)} are suspended until ${bizDate(r, 'GB')}.\n`);
  d.t(`Inspections at ${r.pick(PORTS)} BCP, lane ${r.int(1, 9)}. Fumigation certificate ${alnum(r, 10)} accepted.\n`);
};

const doorAllocation: Tpl = (d, r) => {
  d.t(`Door allocation ${bizDate(r, 'NL')}\n`);
  for (const t of TEAMS) if (r.chance(0.7)) d.t(`${t}: doors ${r.int(1, 20)}-${r.int(21, 40)}, ${r.pick(PERSON_BRANDS)} inbound, ${r.int(2, 30)} trailers\n`);
  d.t(`Visitors park by the ${r.pick(['Philips', 'Heineken', 'Michelin'])} sign. Forklift ${r.pick(['Jungheinrich', 'Linde', 'Toyota'])} ${alnum(r, 5)} out of service.\n`);
};

const rejectedIds: Tpl = (d, r) => {
  d.t(`Validator run ${ref(r, 'VAL')} — importer numbers rejected\n`);
  for (let i = 0, k = r.int(3, 5); i < k; i++) d.t(`  ${badSsn(r)}  reason: ${r.pick(['invalid area', 'masked', 'invalid group', 'not issued'])}\n`);
  d.t(`  ${ein(r)}00  reason: suffix mismatch\nAll ${r.int(3, 5)} records returned to filer ${letters(r, 3)}.\n`);
};

// ---------------------------------------------------------------- generator

/** Document templates with their relative weights (value-rich forms are drawn more often). */
const POSITIVE_WEIGHTED: ReadonlyArray<readonly [Tpl, number]> = [
  [billOfLading, 1], [airWaybill, 1], [commercialInvoice, 1], [euCustomsDeclaration, 1], [cbp5106, 2], [importerSecurityFiling, 2], [brokerPoa, 2],
  [personalEffects, 2], [ageVerified, 2], [hazmatDeclaration, 1], [driverOnboarding, 2], [freightClaim, 2], [dutyPaymentReceipt, 2],
  [forwarderInvoice, 2], [proofOfDelivery, 1], [bondedRelease, 1], [arrivalNotice, 1], [bookingConfirmation, 1], [certificateOfOrigin, 1],
  [demurrageInvoice, 1], [shippingLabel, 1], [cmrNote, 1], [loadTender, 1], [examHold, 1], [customsRefund, 2], [jsonWebhook, 2], [ediX12, 1],
  [edifact, 1], [csvManifest, 1], [fixedWidth, 1], [portalLog, 2], [as2Log, 2], [addressChange, 1], [warehouseIncident, 2], [gateLog, 1],
  [coldChain, 1], [crossDock, 1], [lostParcel, 2], [trackingChat, 1], [callTranscript, 1], [dispatchLog, 1], [smsThread, 1], [opsSlack, 1],
  [deliveryException, 1], [voicemail, 1], [receivingNote, 1], [dockAppointment, 1], [customsQuery, 2], [brokerKyc, 2], [zollEmail, 1],
  [avisArrivee, 1], [albaran, 1], [ddt, 1], [afleverbericht, 1], [awizo, 1], [fuzaiHyo, 1], [baoguan, 1], [tonggwan, 1], [conhecimento, 1],
  [gumruk, 1], [deliveryOrderDubai, 1], [ewayBill, 1], [fraktsedel, 1], [codChat, 3], [cfsPaymentForm, 2], [w9Form, 2], [bondApplication, 2],
  [driverScreening, 2], [sepaMandate, 2],
];
const POSITIVE: readonly Tpl[] = POSITIVE_WEIGHTED.flatMap(([t, w]) => Array.from({ length: w }, () => t));
const NEGATIVE: readonly Tpl[] = [
  vesselSchedule, tariffNote, kpiReport, trackingEvents, releaseNotes, rateSheet, weatherNotice, customsBulletin, maskedReceipt, sensorLog,
  pestNotice, doorAllocation, rejectedIds,
];
/** Number of distinct document templates. */
export const INDEPENDENT69_TEMPLATE_COUNT = POSITIVE_WEIGHTED.length + NEGATIVE.length;

/**
 * Generates the split for one seed: whole documents until at least `minInstances` labels exist,
 * deterministic per seed. About one document in ten is a hard negative.
 */
export function generateIndependent69Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent69Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT69_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT69_MIN_INSTANCES;
  const out: Independent69Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    (r.chance(0.1) ? r.pick(NEGATIVE) : r.pick(POSITIVE))(d, r);
    out.push(d.entry());
    total += d.labels.length;
  }
  return out;
}
