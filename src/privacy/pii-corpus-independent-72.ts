/**
 * @module privacy/pii-corpus-independent-72 — a BLIND labelled PII evaluation split ("independent72").
 *
 * WRITTEN BLIND: its author read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The detector,
 * its tests, the other corpora and their value pools, the docs and the git history were NOT read, and the
 * detector was never run on this text (only `ls` of `src/privacy/` was used, to check the file names were free).
 * Every name, address, template and value was invented for this file.
 *
 * Seeds: 720001, 720002, 720003 (`INDEPENDENT72_SEEDS`); each seed yields whole documents until at least
 * `minInstances` labels (default 2400) exist, deterministically.
 *
 * Contents: funeral homes, probate and estate administration in several countries and languages —
 * arrangement forms, death notices and obituaries, executor correspondence, probate court filings, estate
 * inventories and spreadsheets, bereavement-support chats, next-of-kin call notes, portal logs — plus about
 * one document in ten that is a hard negative (no PII, with traps: eponymous brands/places/diseases/laws,
 * case/order/tracking numbers, hashes, versions, Luhn-invalid numbers, invalid IBANs, EINs, routing numbers,
 * non-birth dates). Distractors are also sprinkled through labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, places, pets, ships, storms, streets/buildings named after people, eponymous diseases/laws/awards,
 *   @handles and names inside e-mail addresses are not labelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked numbers unlabelled.
 * - IBAN: checksum-valid and right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the last
 *   postcode/city/country line); recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-rng.js';
import { ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT72_SEEDS = [720001, 720002, 720003] as const;
export const INDEPENDENT72_MIN_INSTANCES = 2400;

/** A label that carries the exact text of its span. */
export type Independent72Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent72Entry = PiiCorpusEntry & { readonly labels: readonly Independent72Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent72Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Name pools: "given names | surnames" per culture.
const CULTURES: Record<string, string> = {
  us: 'James Mary Robert Patricia Linda Barbara Richard Sarah Karen Nancy Rose Hope Will Bill Grant May Guy Faith Joy Dawn Sandy Frank Ray Art Jack Penny Iris Violet Hunter Summer April June Ruby Pearl Carol Earl Gene Dean Buck Rusty Destiny Tyrone Darnell Latoya Shirley Loretta Wendell | Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Thompson White Harris Clark Robinson Walker Allen King Wright Hill Green Baker Nelson Carter Mitchell Turner Parker Collins Hope Grant Rose Church Love Black Little Long Price Freeman Fox Golden Banks Washington Holiday',
  gb: 'Margaret Geoffrey Alan Brenda Colin Maureen Nigel Pauline Derek Hilary Graham Beryl Trevor Gladys Clive Doreen Neville Sybil | Hughes Edwards Cartwright Pickering Ashworth Thornton Whitfield Brennan Hargreaves Pemberton Oakley Bramwell Fairclough Dawson Sutcliffe Marsh',
  ie: 'Siobhán Aoife Ciarán Niamh Declan Pádraig Orla Eoin Róisín Seán Bríd Colm | O\'Brien Murphy Kelly O\'Sullivan Walsh McCarthy Byrne Doyle Gallagher Fitzgerald Ó Súilleabháin Nic Giolla',
  sc: 'Alasdair Morag Iain Catriona Euan Fiona Hamish Isla Ailsa | MacLeod Fraser Campbell Mackenzie Ross Cameron Buchanan Sinclair',
  cy: 'Rhys Gwenllian Dafydd Bethan Gareth Carys Ffion | Jones Pritchard Llewellyn Vaughan Morgan Prosser',
  de: 'Hans Ursula Klaus Gisela Jürgen Renate Wolfgang Ingrid Dieter Helga Lukas Annika Frieder Liesel Ernst Waltraud | Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Krüger Zimmermann Braun Hartmann Vogel Fuchs Winter',
  fr: 'Jean-Pierre Monique Françoise Michel Hélène Gérard Sylvie Thierry Amélie Benoît Océane Rémi Josette Aimé | Dubois Lefèvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Chevalier Mercier Marchand',
  es: 'José Carmen Antonio Dolores Manuel Pilar Francisco Rocío Javier Inmaculada Álvaro Consuelo Remedios Amparo | García López Martínez Sánchez Fernández Gómez Ruiz Díaz Moreno Jiménez Navarro Romero',
  mx: 'Guadalupe Jesús Socorro Refugio Itzel Xóchitl Ramón Araceli Cruz Rosario | Hernández Ramírez Flores Cruz Morales Reyes Gutiérrez Mendoza Villaseñor',
  it: 'Giuseppe Giovanni Anna Luigi Rosa Francesco Giulia Salvatore Concetta Vittoria Carmine Assunta | Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo De Luca',
  pt: 'João Ana Luís Fernanda Thiago Conceição Rodrigo Graça Joaquim Luana Amor | Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Rodrigues',
  nl: 'Jan Anneke Pieter Marieke Willem Femke Joost Sanne Hendrik Wilhelmina Geert | de Vries Jansen van den Berg Bakker Visser Smit Meijer de Jong Mulder Bos',
  pl: 'Stanisław Krystyna Wojciech Małgorzata Zbigniew Jadwiga Tomasz Agnieszka Grzegorz Bożena | Nowak Kowalski Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski',
  se: 'Lars Birgitta Anders Margareta Nils Sven Astrid Björn Elsa Gunnel | Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Bergström',
  no: 'Ole Kari Knut Solveig Torbjørn Liv Søren Mette | Hansen Olsen Haugen Johannessen Pedersen Kristiansen Nørgaard Bakken',
  fi: 'Eero Aino Juha Tuula Matti Satu | Virtanen Korhonen Mäkinen Nieminen Laine Heikkinen',
  gr: 'Georgios Eleni Dimitrios Vasiliki Konstantinos Panagiota | Papadopoulos Nikolaidou Georgiou Karagiannis Vlachos Oikonomou',
  tr: 'Mehmet Ayşe Mustafa Fatma Ahmet Emine Hüseyin Zeynep | Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk',
  ar: 'Mohammed Fatima Ahmed Aisha Said Omar Layla Khalid Noor Hamza Amal Salma | Al-Sayed Haddad Khoury Mansour Abdullah El-Amin Nasser Saleh Hamdan Farouk',
  fa: 'Reza Maryam Dariush Shirin Farhad Parisa | Hosseini Rahimi Karimi Tehrani Mohammadi Jafari',
  in: 'Rajesh Sunita Amit Priya Vikram Lakshmi Anil Kavita Sanjay Deepa Arjun Meera | Sharma Patel Gupta Singh Kumar Reddy Iyer Nair Mehta Joshi Verma Chatterjee',
  ta: 'Murugan Selvi Karthik Kalaivani Senthil Valli | Subramanian Raman Krishnan Venkatesan Pillai',
  zh: 'Wei Fang Xiuying Jianguo Ming Lihua Hong | Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu',
  ja: 'Kenichi Michiko Daisuke Yoko Shigeru Sachiko Hiroshi Akiko | Tanaka Sato Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato',
  ko: 'Min-jun Seo-yeon Young-soo Jung-hee Sung-ho Ji-woo | Kim Lee Park Choi Jung Kang Cho Yoon',
  vi: 'Anh Bảo Hương Minh Thảo Tuấn Lan Dũng | Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ',
  ph: 'Maricel Jomar Rowena Danilo Ligaya Rogelio Lovely | dela Cruz Bautista Villanueva Mangubat Dimaculangan Macaraeg',
  ng: 'Oluwaseun Adebayo Chiamaka Ngozi Emeka Funmilayo Chukwuemeka Blessing Tunde Ifeoma Precious | Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebisi Ogunleye',
  gh: 'Kwame Akosua Kofi Ama Yaw Abena | Mensah Asante Boateng Owusu Osei Appiah',
  ke: 'Wanjiru Otieno Achieng Kamau Njeri Baraka | Mwangi Odhiambo Kariuki Wambui Omondi Kiprop',
  ru: 'Sergei Tatiana Vladimir Olga Dmitri Natalia Yuri Svetlana | Ivanov Smirnova Kuznetsov Popova Sokolov Volkova Morozov Lebedeva',
  ua: 'Oksana Taras Bohdan Halyna Mykola | Shevchenko Kovalenko Bondarenko Tkachenko Melnyk',
  he: 'Avraham Miriam Yosef Rivka Eitan Tamar Noa Ari | Cohen Levi Mizrahi Peretz Friedman Katz Ben-David Shapiro',
  hu: 'László Erzsébet Zoltán Katalin Gábor Ilona | Nagy Kovács Tóth Szabó Horváth Varga',
  cz: 'Jiří Jana Petr Marie Václav Zdeňka | Novák Svobodová Dvořák Černý Procházka Kučerová',
};

/** A person: given name, surname and culture. */
interface Person {
  readonly g: string;
  readonly s: string;
  readonly c: string;
}
/** Surnames that contain a space are kept whole ("de Vries", "dela Cruz", "De Luca"). */
const MULTI_SURNAMES = ['de Vries', 'van den Berg', 'de Jong', 'dela Cruz', 'De Luca', 'Ó Súilleabháin', 'Nic Giolla'];
function splitSurnames(s: string): string[] {
  let rest = s;
  const out: string[] = [];
  for (const m of MULTI_SURNAMES) {
    if (rest.includes(m)) {
      out.push(m);
      rest = rest.replace(m, ' ');
    }
  }
  return [...out, ...rest.split(/\s+/).filter(Boolean)];
}
const POOLS: Record<string, { g: string[]; s: string[] }> = {};
for (const [c, line] of Object.entries(CULTURES)) {
  const [g = '', s = ''] = line.split('|');
  POOLS[c] = { g: g.trim().split(/\s+/), s: splitSurnames(s.trim()) };
}
const CULTURE_KEYS = Object.keys(CULTURES);

/** Native-script name pools (surname first, no space). */
const NATIVE: Record<'ja' | 'zh' | 'ko', { g: string[]; s: string[] }> = {
  ja: { g: ['健一', '美智子', '大輔', '陽子', '茂', '幸子', '和夫', '節子', '隆', '恵美'], s: ['田中', '佐藤', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'] },
  zh: { g: ['伟', '芳', '秀英', '建国', '丽', '明', '淑珍', '国强'], s: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'] },
  ko: { g: ['민준', '서연', '영수', '정희', '성호', '순자', '동현'], s: ['김', '이', '박', '최', '정', '강', '윤'] },
};

// ---------------------------------------------------------------------------------------------------------
// People and name forms.
const SURNAME_FIRST = new Set(['hu', 'zh']);
function person(r: Rng, cultures?: readonly string[]): Person {
  const c = r.pick(cultures ?? CULTURE_KEYS);
  const pool = POOLS[c] ?? POOLS.us!;
  return { g: r.pick(pool.g), s: r.pick(pool.s), c };
}
function nativePerson(r: Rng, lang: 'ja' | 'zh' | 'ko'): Person {
  return { g: r.pick(NATIVE[lang].g), s: r.pick(NATIVE[lang].s), c: `${lang}-native` };
}
function full(p: Person): string {
  if (p.c.endsWith('-native')) return p.s + p.g;
  return SURNAME_FIRST.has(p.c) ? `${p.s} ${p.g}` : `${p.g} ${p.s}`;
}
/** A varied written form of a name (always one contiguous label). */
function nameForm(r: Rng, p: Person): string {
  if (p.c.endsWith('-native')) return r.chance(0.7) ? full(p) : p.s;
  const k = r.int(0, 13);
  if (k <= 5) return full(p);
  if (k === 6) return `${p.s}, ${p.g}`;
  if (k === 7) return `${p.g.charAt(0)}. ${p.s}`;
  if (k === 8) return p.s;
  if (k === 9) return p.g;
  if (k === 10) return full(p).toUpperCase();
  if (k === 11) return full(p).toLowerCase();
  if (k === 12) return `${p.g} ${r.pick('ABCDEFGHJKLMNPRSTW'.split(''))}. ${p.s}`;
  return `${p.s.toUpperCase()}, ${p.g}`;
}
function hon(r: Rng, lang: string): string {
  const H: Record<string, string[]> = {
    en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Rev.', 'Mr', 'Mrs', 'Miss'],
    de: ['Herr', 'Frau', 'Dr.'],
    fr: ['M.', 'Mme', 'Monsieur', 'Madame'],
    es: ['Sr.', 'Sra.', 'D.', 'Dña.', 'don', 'doña'],
    it: ['Sig.', 'Sig.ra', 'il signor', 'la signora'],
    nl: ['dhr.', 'mevr.', 'de heer', 'mevrouw'],
    pt: ['Sr.', 'Sra.', 'Dona'],
    pl: ['Pan', 'Pani'],
  };
  return r.pick(H[lang] ?? H.en!);
}
function strip(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// E-mail.
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'libero.it', 'hotmail.es', 'ziggo.nl', 'icloud.com', 'proton.me', 'btinternet.com', 'wp.pl', 'bigpond.com', 'shaw.ca', 'eircom.net', 'uol.com.br', 'sapo.pt', 'telia.com', 'comcast.net', 'aol.com', 'naver.com', 'docomo.ne.jp'];
function email(r: Rng, p?: Person, domain?: string): string {
  const g = p ? strip(p.g) || 'kim' : r.pick(['nan', 'pops', 'grandad', 'sunflower', 'oldsailor', 'gardener']);
  const s = p ? strip(p.s) || 'lee' : r.pick(['1952', '77', 'home', 'family', 'mail']);
  const dom = domain ?? r.pick(MAIL_DOMAINS);
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(40, 99)}`]);
  return `${local}@${dom}`;
}
/** A spoken rendering of an e-mail address, as in call transcripts. */
function spokenEmail(r: Rng, p: Person): string {
  const g = strip(p.g) || 'ann';
  const s = strip(p.s) || 'ray';
  const dom = r.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'co dot uk'], ['icloud', 'com'], ['hotmail', 'com']] as const);
  return `${g} ${r.pick(['dot', 'underscore'])} ${s} at ${dom[0]} dot ${dom[1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// Phones, written the way each country writes them.
const D = (r: Rng, n: number): string => r.digits(n);
const NZ = (r: Rng, n: number): string => String(r.int(2, 9)) + r.digits(n - 1);
function phone(r: Rng, cc: string): string {
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = r.pick(cc === 'US' ? ['212', '312', '415', '503', '614', '702', '813', '919', '404', '617', '206', '303', '937', '208', '520'] : ['416', '604', '514', '403', '613', '902']);
      const b = NZ(r, 3);
      const c = D(r, 4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1 (${a}) ${b}-${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'GB':
      return r.pick([`07${D(r, 3)} ${D(r, 6)}`, `+44 7${D(r, 3)} ${D(r, 6)}`, `020 ${NZ(r, 4)} ${D(r, 4)}`, `0113 ${NZ(r, 3)} ${D(r, 4)}`, `+44 (0)161 ${NZ(r, 3)} ${D(r, 4)}`, `01423 ${NZ(r, 6)}`]);
    case 'IE':
      return r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${D(r, 3)} ${D(r, 4)}`, `+353 8${r.pick(['5', '7'])} ${D(r, 3)} ${D(r, 4)}`, `(021) ${NZ(r, 3)} ${D(r, 4)}`, `01 ${NZ(r, 3)} ${D(r, 4)}`]);
    case 'AU':
      return r.pick([`04${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`, `+61 4${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`, `(02) ${NZ(r, 4)} ${D(r, 4)}`, `(03) ${NZ(r, 4)} ${D(r, 4)}`]);
    case 'DE':
      return r.pick([`01${r.pick(['51', '60', '71', '76'])} ${D(r, 7)}`, `+49 1${r.pick(['51', '60', '71'])} ${D(r, 7)}`, `030 ${NZ(r, 8)}`, `+49 (0)89 ${NZ(r, 7)}`, `0221/${NZ(r, 7)}`, `0341 ${NZ(r, 3)} ${D(r, 2)} ${D(r, 2)}`]);
    case 'AT':
      return r.pick([`+43 664 ${D(r, 7)}`, `01 ${NZ(r, 7)}`, `0316 ${NZ(r, 6)}`]);
    case 'FR':
      return r.pick([`06 ${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `+33 6 ${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `01.${D(r, 2)}.${D(r, 2)}.${D(r, 2)}.${D(r, 2)}`, `04 7${D(r, 1)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`]);
    case 'ES':
      return r.pick([`6${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`, `+34 91${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`, `+34 6${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `96 ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`]);
    case 'MX':
      return r.pick([`55 ${D(r, 4)} ${D(r, 4)}`, `+52 55 ${D(r, 4)} ${D(r, 4)}`, `+52 1 33 ${D(r, 4)} ${D(r, 4)}`]);
    case 'IT':
      return r.pick([`33${D(r, 1)} ${D(r, 3)} ${D(r, 4)}`, `+39 06 ${D(r, 4)} ${D(r, 4)}`, `02 ${D(r, 4)} ${D(r, 4)}`, `+39 34${D(r, 1)} ${D(r, 7)}`, `051 ${D(r, 6)}`]);
    case 'NL':
      return r.pick([`06-${D(r, 8)}`, `+31 6 ${D(r, 8)}`, `020-${NZ(r, 7)}`, `030 ${NZ(r, 3)} ${D(r, 4)}`, `+31 (0)10 ${NZ(r, 3)} ${D(r, 4)}`]);
    case 'PT':
      return r.pick([`91${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`, `+351 21 ${D(r, 3)} ${D(r, 4)}`, `22 ${D(r, 3)} ${D(r, 4)}`]);
    case 'BR':
      return r.pick([`(11) 9${D(r, 4)}-${D(r, 4)}`, `+55 21 9${D(r, 4)}-${D(r, 4)}`, `(31) 3${D(r, 3)}-${D(r, 4)}`]);
    case 'PL':
      return r.pick([`60${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`, `+48 22 ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`, `+48 5${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`]);
    case 'SE':
      return r.pick([`070-${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`, `+46 8 ${D(r, 3)} ${D(r, 3)} ${D(r, 2)}`, `018-${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `+46 70 ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`]);
    case 'JP':
      return r.pick([`090-${D(r, 4)}-${D(r, 4)}`, `03-${D(r, 4)}-${D(r, 4)}`, `+81 3-${D(r, 4)}-${D(r, 4)}`, `06-${D(r, 4)}-${D(r, 4)}`, `080-${D(r, 4)}-${D(r, 4)}`]);
    case 'KR':
      return r.pick([`010-${D(r, 4)}-${D(r, 4)}`, `02-${NZ(r, 3)}-${D(r, 4)}`, `+82 10-${D(r, 4)}-${D(r, 4)}`]);
    case 'IN':
      return r.pick([`+91 9${D(r, 4)} ${D(r, 5)}`, `09${D(r, 3)} ${D(r, 5)}`, `022 ${NZ(r, 4)} ${D(r, 4)}`, `+91-80-${NZ(r, 4)}-${D(r, 4)}`]);
    default:
      return phone(r, 'US');
  }
}
const WORD_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A US number read aloud ("five one two, ..."). */
function spokenPhone(r: Rng): string {
  const oh = r.chance(0.5);
  const say = (s: string): string =>
    s
      .split('')
      .map((c) => (c === '0' && oh ? 'oh' : WORD_DIGITS[Number(c)]))
      .join(' ');
  return `${say(NZ(r, 3))}, ${say(NZ(r, 3))}, ${say(D(r, 4))}`;
}

// ---------------------------------------------------------------------------------------------------------
// Dates, written per country.
const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
interface Ymd {
  y: number;
  m: number;
  d: number;
}
const p2 = (n: number): string => String(n).padStart(2, '0');
function ymd(r: Rng, lo = 1922, hi = 1978): Ymd {
  return { y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) };
}
function ordinal(n: number): string {
  const s = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${s}`;
}
function date(r: Rng, cc: string, v: Ymd): string {
  const { y, m, d } = v;
  const M = (lang: string): string => MONTHS[lang]![m - 1]!;
  switch (cc) {
    case 'US':
      return r.pick([`${M('en')} ${d}, ${y}`, `${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${M('en').length <= 4 ? M('en') : `${M('en').slice(0, 3)}.`} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]);
    case 'CA':
      return r.pick([`${M('en')} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'IN':
      return r.pick([`${d} ${M('en')} ${y}`, `${p2(d)}/${p2(m)}/${y}`, `${ordinal(d)} ${M('en')} ${y}`, `${d} ${M('en').slice(0, 3)} ${y}`]);
    case 'DE':
    case 'AT':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${M('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M('es')} de ${y}`]);
    case 'IT':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${M('it')} ${y}`]);
    case 'NL':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${M('nl')} ${y}`]);
    case 'PT':
    case 'BR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M('pt')} de ${y}`]);
    case 'PL':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${M('pl')} ${y}`]);
    case 'SE':
      return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d} ${M('sv')} ${y}`]);
    case 'JP':
    case 'ZH':
      return `${y}年${m}月${d}日`;
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
    default:
      return `${y}-${p2(m)}-${p2(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Postal addresses: one string, lines joined by "\n" (multi-line) or ", ".
const UP = 'ABCDEFGHJKLMNPRSTUVWXY';
const L = (r: Rng): string => r.pick(UP.split(''));
function addr(r: Rng, cc: string, multi = r.chance(0.5)): string {
  const J = (lines: string[]): string => lines.join(multi ? '\n' : ', ');
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick([['Toledo', 'OH', '436'], ['Boise', 'ID', '837'], ['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Spokane', 'WA', '992'], ['Savannah', 'GA', '314'], ['Albany', 'NY', '122'], ['Madison', 'WI', '537'], ['Fresno', 'CA', '937'], ['Lexington', 'KY', '405'], ['Worcester', 'MA', '016'], ['Omaha', 'NE', '681'], ['Chattanooga', 'TN', '374']] as const);
      const tail = `${city}, ${st} ${zp}${D(r, 2)}${r.chance(0.15) ? `-${D(r, 4)}` : ''}`;
      if (r.chance(0.12)) return J([`PO Box ${r.int(12, 9890)}`, tail]);
      const street = `${r.int(3, 9899)} ${r.pick(['Larchmont Ave', 'Willow Creek Dr', 'Elm St', 'Harbor View Rd', 'Quail Run Ln', 'N 14th St', 'Old Mill Rd', 'Martin Luther King Jr Blvd', 'Jefferson Ave', 'Cedar Hollow Ct', 'W Grand River Ave', 'Sycamore Pl'])}`;
      const unit = r.chance(0.25) ? r.pick([`, Apt ${r.int(1, 12)}${L(r)}`, `, Unit ${r.int(1, 40)}`, ` #${r.int(100, 499)}`]) : '';
      return J([street + unit, tail, ...(r.chance(0.15) ? ['USA'] : [])]);
    }
    case 'CA': {
      const [city, pr] = r.pick([['Scarborough', 'ON'], ['Halifax', 'NS'], ['Kelowna', 'BC'], ['Laval', 'QC'], ['Red Deer', 'AB'], ['Guelph', 'ON']] as const);
      const pc = `${L(r)}${r.int(0, 9)}${L(r)} ${r.int(0, 9)}${L(r)}${r.int(0, 9)}`;
      return J([`${r.int(5, 4999)} ${r.pick(['Birchmount Rd', 'Maple Grove Cres', 'Rue Saint-Denis', 'Lakeshore Dr', 'Spruce St'])}`, `${city} ${pr} ${pc}`, ...(r.chance(0.2) ? ['Canada'] : [])]);
    }
    case 'GB': {
      const [town, pa] = r.pick([['Harrogate', 'HG'], ['Norwich', 'NR'], ['Swansea', 'SA'], ['Leeds', 'LS'], ['Bristol', 'BS'], ['Carlisle', 'CA'], ['Exeter', 'EX'], ['Stockport', 'SK'], ['Inverness', 'IV'], ['Lincoln', 'LN'], ['Truro', 'TR']] as const);
      const pc = `${pa}${r.int(1, 19)} ${r.int(1, 9)}${L(r)}${L(r)}`;
      const lines = [`${r.int(1, 212)} ${r.pick(['Foxglove Close', 'Mill Lane', 'Station Road', 'Queen Victoria Street', 'Kingsley Avenue', 'Churchill Way', 'Abbey Gardens', 'Heather Brow', 'Tennyson Road'])}`];
      if (r.chance(0.25)) lines.unshift(`Flat ${r.int(1, 9)}, ${r.pick(['Rowan Court', 'Alder House', 'The Maltings'])}`);
      if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Heigham', 'Sketty', 'Heavitree']));
      lines.push(town, pc);
      if (r.chance(0.15)) lines.push('United Kingdom');
      return J(lines);
    }
    case 'IE': {
      const ek = `${L(r)}${D(r, 2)} ${L(r)}${r.int(1, 9)}${L(r)}${r.int(1, 9)}`;
      return J([`${r.int(1, 90)} ${r.pick(['Ashgrove Park', 'Castle View', 'Dun Emer Drive', 'Bóthar na Trá', 'Church Hill'])}`, r.pick(['Ballincollig', 'Salthill', 'Dundrum', 'Ennis']), r.pick(['Co. Cork', 'Galway', 'Dublin 14', 'Co. Clare']), ek]);
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Parramatta', 'NSW', '2150'], ['Fitzroy', 'VIC', '3065'], ['Toowong', 'QLD', '4066'], ['Glenelg', 'SA', '5045'], ['Fremantle', 'WA', '6160']] as const);
      return J([`${r.chance(0.3) ? `${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${r.pick(['Wattle St', 'Banksia Ave', 'Bridge Rd', 'Kookaburra Cres', 'Macquarie St'])}`, `${sub} ${st} ${pc}`]);
    }
    case 'DE': {
      const [plz, city] = r.pick([['04', 'Leipzig'], ['50', 'Köln'], ['80', 'München'], ['10', 'Berlin'], ['28', 'Bremen'], ['69', 'Heidelberg'], ['24', 'Kiel'], ['90', 'Nürnberg']] as const);
      return J([`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Hauptstr.', 'Kirchweg', 'Birkenallee', 'Friedhofstraße'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${plz}${D(r, 3)} ${city}`, ...(r.chance(0.15) ? ['Deutschland'] : [])]);
    }
    case 'AT':
      return J([`${r.pick(['Mariahilfer Straße', 'Grazer Gasse', 'Lindengasse'])} ${r.int(1, 120)}/${r.int(1, 20)}`, `${r.pick(['1070 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck'])}`]);
    case 'FR': {
      const [cp, city] = r.pick([['69', 'Lyon'], ['13', 'Marseille'], ['33', 'Bordeaux'], ['44', 'Nantes'], ['67', 'Strasbourg'], ['31', 'Toulouse'], ['75', 'Paris']] as const);
      return J([`${r.int(1, 180)}${r.chance(0.1) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Victor Hugo', 'impasse des Lilas', 'boulevard de la Liberté', 'chemin du Moulin', 'place Jean Jaurès'])}`, `${cp}0${D(r, 2)} ${city}`, ...(r.chance(0.15) ? ['France'] : [])]);
    }
    case 'ES': {
      const [cp, city] = r.pick([['28', 'Madrid'], ['41', 'Sevilla'], ['46', 'Valencia'], ['08', 'Barcelona'], ['29', 'Málaga'], ['50', 'Zaragoza']] as const);
      return J([`${r.pick(['Calle del Olmo', 'Avda. de la Constitución', 'C/ Mayor', 'Paseo de las Acacias', 'Calle San Bernardo'])} ${r.int(1, 140)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`, `${cp}0${D(r, 2)} ${city}`]);
    }
    case 'MX':
      return J([`${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez'])} ${r.int(10, 2400)}`, `Col. ${r.pick(['del Valle', 'Roma Norte', 'Americana'])}`, `${r.pick(['03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '64000 Monterrey, N.L.'])}`]);
    case 'IT': {
      const [cap, city, pv] = r.pick([['40', 'Bologna', 'BO'], ['80', 'Napoli', 'NA'], ['10', 'Torino', 'TO'], ['90', 'Palermo', 'PA'], ['50', 'Firenze', 'FI']] as const);
      return J([`${r.pick(['Via Giuseppe Garibaldi', 'Viale dei Tigli', 'Via dei Mille', 'Corso Vittorio Emanuele II', 'Vicolo del Pozzo'])} ${r.int(1, 200)}`, `${cap}1${D(r, 2)} ${city} (${pv})`]);
    }
    case 'NL':
      return J([`${r.pick(['Kastanjelaan', 'Prinsengracht', 'Dorpsstraat', 'Molenweg', 'Rembrandtlaan'])} ${r.int(1, 300)}${r.chance(0.2) ? '-2' : ''}`, `${r.int(1011, 9999)} ${L(r)}${L(r)} ${r.pick(['Utrecht', 'Amsterdam', 'Zwolle', 'Haarlem', 'Groningen'])}`]);
    case 'PT':
      return J([`${r.pick(['Rua das Flores', 'Avenida da Boavista', 'Travessa do Carmo'])} ${r.int(1, 300)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`, `${r.pick(['4050', '1200', '3000'])}-${D(r, 3)} ${r.pick(['Porto', 'Lisboa', 'Coimbra'])}`]);
    case 'BR':
      return J([`Rua ${r.pick(['das Acácias', 'Tiradentes', 'Sete de Setembro'])}, ${r.int(10, 999)}, apto ${r.int(11, 94)} - ${r.pick(['Pinheiros', 'Savassi', 'Boa Viagem'])}`, `${r.pick(['São Paulo - SP', 'Belo Horizonte - MG', 'Recife - PE'])}, ${D(r, 5)}-${D(r, 3)}`]);
    case 'PL':
      return J([`ul. ${r.pick(['Kwiatowa', 'Lipowa', 'Cmentarna', 'Mickiewicza', 'Długa'])} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 40)}` : ''}`, `${r.pick(['30', '00', '80', '61'])}-${D(r, 3)} ${r.pick(['Kraków', 'Warszawa', 'Gdańsk', 'Poznań'])}`]);
    case 'SE':
      return J([`${r.pick(['Storgatan', 'Kyrkvägen', 'Björkstigen', 'Ringvägen'])} ${r.int(1, 80)}`, `${r.int(111, 984)} ${D(r, 2)} ${r.pick(['Uppsala', 'Göteborg', 'Umeå', 'Malmö'])}`]);
    case 'JP':
      return r.chance(0.6)
        ? `〒${D(r, 3)}-${D(r, 4)} ${r.pick(['東京都渋谷区渋谷', '大阪府大阪市北区梅田', '京都府京都市左京区下鴨', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`
        : J([`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Shimogamo, Sakyo-ku', 'Umeda, Kita-ku', 'Tenjin, Chuo-ku'])}`, `${r.pick(['Kyoto', 'Osaka', 'Fukuoka'])} ${D(r, 3)}-${D(r, 4)}`, 'Japan']);
    case 'KR':
      return `${r.pick(['서울특별시 마포구 성미산로', '부산광역시 해운대구 해운대로', '대구광역시 수성구 들안로'])} ${r.int(1, 300)}, ${r.int(101, 1502)}호 (${D(r, 5)})`;
    case 'IN':
      return J([`Flat ${r.int(1, 12)}${L(r)}, ${r.pick(['Lakeview Apartments', 'Shanti Nivas', 'Green Park Residency'])}`, `${r.int(1, 99)} ${r.pick(['MG Road', 'Anna Salai', 'Linking Road'])}, ${r.pick(['Indiranagar', 'Mylapore', 'Bandra West'])}`, `${r.pick(['Bengaluru 5600', 'Chennai 6000', 'Mumbai 4000'])}${D(r, 2)}`]);
    default:
      return addr(r, 'US', multi);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Cards (Luhn-valid, real network shapes), IBANs (mod-97), SSNs and IPs, plus their invalid look-alikes.
function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}
function cardDigits(r: Rng): string {
  const [pre, len] = r.pick([['4', 16], ['4', 16], ['4', 16], ['4', 13], ['4', 19], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2345', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['646', 16], ['3530', 16], ['3566', 16], ['36', 14], ['38', 14], ['301', 14], ['62', 16], ['62', 19]] as const);
  return luhnComplete(pre + r.digits(len - pre.length - 1));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const groups = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [13] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  let i = 0;
  return groups
    .map((n) => {
      const g = d.slice(i, i + n);
      i += n;
      return g;
    })
    .join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** A 16-digit number that fails Luhn (a distractor). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${D(r, 4)}`, `XXXX-XXXX-XXXX-${D(r, 4)}`, `ending in ${D(r, 4)}`, `${r.pick(['4', '5'])}${D(r, 3)} •••• •••• ${D(r, 4)}`]);
}
const BBAN: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16',
};
const BANKS: Record<string, string[]> = { GB: ['NWBK', 'BARC', 'LOYD', 'MIDL'], IE: ['AIBK', 'BOFI'], NL: ['ABNA', 'RABO', 'INGB'] };
function ibanCompact(r: Rng, cc: string): string {
  const spec = BBAN[cc] ?? 'n18';
  let bban = '';
  for (const [, kind, n] of spec.matchAll(/([an])(\d+)/g)) {
    const k = Number(n);
    if (kind === 'a') bban += k === 4 && BANKS[cc] ? r.pick(BANKS[cc]) : Array.from({ length: k }, () => L(r)).join('');
    else bban += r.digits(k);
  }
  for (let cd = 2; cd <= 98; cd++) {
    const c = `${cc}${p2(cd)}${bban}`;
    if (ibanMod97Valid(c)) return c;
  }
  return `${cc}00${bban}`;
}
function fmtIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  const grouped = c.replace(/(.{4})/g, '$1 ').trim();
  if (k <= 5) return grouped;
  if (k <= 8) return c;
  return grouped.toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const cd = Number(c.slice(2, 4));
  const bad = `${cc}${p2(cd === 98 ? 2 : cd + 1)}${c.slice(4)}`;
  return fmtIban(r, ibanMod97Valid(bad) ? `${cc}00${c.slice(4)}` : bad);
}
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${D(r, 4)}`, `XXX-XX-${D(r, 4)}`, `xxx-xx-${D(r, 4)}`]);
}
function ip4(r: Rng): string {
  const first = r.pick([10, 24, 47, 68, 73, 81, 86, 98, 109, 151, 172, 178, 185, 192, 203, 212]);
  if (first === 192) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ip6(r: Rng): string {
  const h = (): string => r.int(1, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:810d', '2600:1700', '2a01:4f8', '2c0f:f248', '2406:da18']);
  const k = r.int(0, 3);
  if (k === 0) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 1) return `${pre}:${h()}::${h()}`;
  if (k === 2) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${pre}::${h()}:${h()}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ip4(r) : ip6(r);
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled).
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
function distractor(r: Rng): string {
  const y = r.int(2019, 2025);
  return r.pick([
    `Case No. ${y}-PR-${D(r, 6)}`,
    `order #${D(r, 3)}-${D(r, 7)}`,
    `tracking 1Z${D(r, 3)}${L(r)}${L(r)}${D(r, 10)}`,
    `ref. ${hex(r, 12).toUpperCase()}`,
    `sha256 ${hex(r, 64)}`,
    `portal v${r.int(2, 6)}.${r.int(0, 19)}.${r.int(0, 40)}`,
    `build 10.0.${r.int(19000, 22631)}.${r.int(1000, 4000)}`,
    `EIN ${D(r, 2)}-${D(r, 7)}`,
    `ABA routing ${r.pick(['0', '1', '2'])}${D(r, 8)}`,
    `invoice INV-${y}-${D(r, 5)}`,
    `plot ${L(r)}-${r.int(1, 40)}-${r.int(1, 30)}`,
    `cremation permit CP${D(r, 7)}`,
    `grant reference 9${D(r, 3)} ${D(r, 4)} ${D(r, 4)} ${D(r, 4)}`,
    `IHT ref ${L(r)}${L(r)}${D(r, 6)}/${y}`,
    `ticket #${D(r, 6)}`,
    `${y}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`,
  ]);
}
const EPONYMS = ["Alzheimer's disease", "Parkinson's", 'Hodgkin lymphoma', 'Lou Gehrig disease', "Megan's Law", 'the Nobel Prize', 'Marie Curie Nurses', "Macmillan Cancer Support", 'the Ronald McDonald House', "Ben & Jerry's", 'Wells Fargo', 'Dell', 'a Ford Taurus', 'Sotheby\'s', 'Lincoln Park', 'St. Louis', 'Mount Vernon', 'the Queen Mary 2', 'Hurricane Ida', 'the Abraham Lincoln Memorial Chapel', 'the Florence Nightingale ward', 'Kaplan-Meier curves', 'Down syndrome', 'the Heimlich manoeuvre', 'Johnnie Walker', 'Tim Hortons', 'Hugo Boss', 'Wesley Hall', 'the Duke of Edinburgh Award'];
const PETS = ['Biscuit', 'Max', 'Daisy', 'Captain', 'Mr. Whiskers', 'Pepper', 'Rosie', 'Bruno'];

// ---------------------------------------------------------------------------------------------------------
// Shared template helpers.
type Template = (d: Doc, r: Rng) => void;
const EN_CC = ['US', 'US', 'US', 'GB', 'GB', 'CA', 'AU', 'IE'];
const HOMES: Record<string, Array<[string, string]>> = {
  US: [['Hargrove & Sons Funeral Home', 'hargrovefuneral.com'], ['Kessler Memorial Chapel', 'kesslerchapel.com'], ['Abbott-Quinlan Funeral Service', 'abbottquinlan.com'], ['Riverbend Cremation & Burial', 'riverbendcremation.com'], ['Lincoln Heights Mortuary', 'lincolnheightsmortuary.com']],
  GB: [['Whitcombe Family Funeral Directors', 'whitcombe-fd.co.uk'], ['A. J. Pennington & Daughters', 'penningtonfunerals.co.uk'], ['Co-operative Funeralcare Harrogate', 'funeralcare-example.co.uk']],
  IE: [["Hennessy's Funeral Home", 'hennessyfunerals.ie'], ['Ó Riada Undertakers', 'oriada.ie']],
  CA: [['Maple Grove Funeral Centre', 'maplegrovefc.ca'], ['Dubé & Frères Salon Funéraire', 'dubefreres.ca']],
  AU: [['Southern Cross Funerals', 'southerncrossfunerals.com.au'], ['W. H. Tilley Funerals', 'tilleyfunerals.com.au']],
};
function home(r: Rng, cc: string): [string, string] {
  return r.pick(HOMES[cc] ?? HOMES.US!);
}
const REL = ['son', 'daughter', 'widow', 'widower', 'niece', 'nephew', 'executor', 'brother', 'sister', 'grandson', 'granddaughter', 'partner', 'stepdaughter', 'son-in-law'];
const CONDOLENCE = ['With deepest sympathy', 'Thinking of you all', 'So sorry for your loss', 'Rest easy', 'Forever in our hearts'];
/** A written date that is not a birth date (deaths, services, invoices). */
function otherDate(r: Rng, cc: string): string {
  return date(r, cc, ymd(r, 2022, 2025));
}
/** Writes the name of the person writing: their own name, sometimes recorded as a known name. */
function signer(d: Doc, r: Rng, p: Person): void {
  if (r.chance(0.55)) d.self(full(p));
  else d.p(nameForm(r, p));
}

// ---------------------------------------------------------------------------------------------------------
// English-language templates.
const T_ARRANGEMENT: Template = (d, r) => {
  const cc = r.pick(['US', 'US', 'US', 'CA']);
  const [fhName, dom] = home(r, cc);
  const dec = person(r);
  const nok = person(r, [dec.c, 'us', 'us']);
  d.t(`${fhName.toUpperCase()}\nARRANGEMENT CONFERENCE WORKSHEET   File ${r.int(2023, 2025)}-${D(r, 4)}\n\n`);
  d.t('Name of decedent: ').p(full(dec)).t('\n');
  d.t(r.pick(['Date of birth: ', 'DOB: ', 'Birthdate: '])).l('DOB', date(r, cc, ymd(r))).t('    Date of death: ').t(otherDate(r, cc)).t('\n');
  if (cc === 'US') d.t('Social Security No.: ').l('NATIONAL_ID', ssn(r)).t('\n');
  else d.t(`SIN: ${D(r, 3)} ${D(r, 3)} ${D(r, 3)} (on file)\n`);
  d.t('Last residence:\n').l('ADDRESS', addr(r, cc, true)).t('\n');
  d.t(`Place of death: ${r.pick(['St. Vincent Hospice', 'home', 'Mercy General, Room 412', 'Brookdale Care Center'])}\n\n`);
  d.t(`Informant (${r.pick(REL)}): `);
  signer(d, r, nok);
  d.t('\nCell: ').l('PHONE', phone(r, cc));
  if (r.chance(0.3)) d.t('   Work: ').l('PHONE', phone(r, cc)).t(` ext. ${r.int(10, 899)}`);
  d.t('\nEmail: ').l('EMAIL', email(r, nok)).t('\n');
  if (r.chance(0.6)) d.t(`Father's name: `).p(`${r.pick(POOLS[dec.c]?.g ?? ['John'])} ${dec.s}`).t('\n');
  d.t(`Disposition: ${r.pick(['Cremation', 'Burial', 'Entombment'])} — ${distractor(r)}\n`);
  d.t(`Deposit paid by ${r.pick(['card', 'credit card', 'debit card'])}: `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 30)}\n`);
  d.t(`Arranger: `).p(nameForm(r, person(r, ['us', 'gb', 'ie']))).t(`, licensed funeral director · `).l('EMAIL', `${r.pick(['arrangements', 'care', 'office'])}@${dom}`).t('\n');
};

const T_UK_ARRANGEMENT: Template = (d, r) => {
  const cc = r.pick(['GB', 'GB', 'IE']);
  const [fhName, dom] = home(r, cc);
  const dec = person(r, ['gb', 'ie', 'sc', 'cy', 'in', 'pl', 'ng']);
  const inf = person(r, [dec.c, 'gb']);
  d.t(`${fhName} — Funeral Arrangement Record\n`);
  d.t('Deceased: ').p(`${dec.s.toUpperCase()}, ${dec.g}`).t('\n');
  d.t('Born: ').l('DOB', date(r, cc, ymd(r))).t(`   Died: ${otherDate(r, cc)}   Aged: ${r.int(58, 99)}\n`);
  d.t(`Usual address: `).l('ADDRESS', addr(r, cc, false)).t('\n');
  if (r.chance(0.5)) d.t(`NHS no. ${D(r, 3)} ${D(r, 3)} ${D(r, 4)} · Registrar's green form received\n`);
  d.t('Applicant for cremation: ');
  signer(d, r, inf);
  d.t(` (${r.pick(REL)})\nTel: `).l('PHONE', phone(r, cc)).t('  Mobile: ').l('PHONE', phone(r, cc)).t('\nE-mail: ').l('EMAIL', email(r, inf)).t('\n');
  if (r.chance(0.6)) d.t('Refund of overpayment to IBAN ').l('IBAN', iban(r, cc)).t('\n');
  else d.t(`Payment: BACS, sort code ${D(r, 2)}-${D(r, 2)}-${D(r, 2)}, ${distractor(r)}\n`);
  d.t(`Minister: Rev. `).p(nameForm(r, person(r, ['gb', 'sc', 'cy', 'ie']))).t(`, ${r.pick(['St. Wilfrid’s', 'Wesley Hall', 'Harrogate Crematorium, East Chapel'])}\n`);
  d.t(`Enquiries: `).l('EMAIL', `${r.pick(['arrangements', 'office', 'info'])}@${dom}`).t('\n');
};

const T_OBITUARY: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const dec = person(r);
  const spouse = person(r);
  d.p(full(dec).toUpperCase()).t('\n\n');
  d.p(dec.g).t(`, ${r.int(61, 101)}, of ${r.pick(['Dayton', 'Harrogate', 'Guelph', 'Fremantle', 'Ennis', 'Toledo'])}, passed away peacefully on ${otherDate(r, cc)}. `);
  d.t(`${r.pick(['She', 'He'])} was born `).l('DOB', date(r, cc, ymd(r))).t(` in ${r.pick(['Mount Vernon', 'St. Louis', 'Lagos', 'Kraków', 'Cork', 'Manila', 'Bologna'])} to `).p(full(person(r, [dec.c]))).t(' and ').p(full(person(r, [dec.c]))).t('. ');
  d.t(`After ${r.int(20, 40)} years at ${r.pick(['Wells Fargo', 'the Ford plant', 'Dell', 'the post office', 'Marriott'])}, `).p(dec.g).t(` retired to tend ${r.pick(['roses', 'the allotment', 'bees'])} and spoil ${r.pick(['her', 'his'])} dog ${r.pick(PETS)}.\n\n`);
  d.t(`${r.pick(['Survived by', 'Left to cherish the memory are'])} ${r.pick(['husband', 'wife', 'partner'])} of ${r.int(30, 65)} years, `).p(nameForm(r, spouse)).t('; children ');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const c = person(r, [dec.c]);
    d.p(`${c.g}`);
    d.t(' (').p(full(person(r))).t(')');
    d.t(i < n - 2 ? ', ' : i === n - 2 ? ' and ' : '');
  }
  d.t(`; and ${r.int(2, 14)} grandchildren. Predeceased by ${r.pick(['brother', 'sister', 'son'])} `).p(nameForm(r, person(r, [dec.c]))).t('.\n\n');
  d.t(`Visitation ${otherDate(r, cc)}, 4–7 pm, at ${r.pick(['Kessler Memorial Chapel', 'Hargrove & Sons', 'the Abraham Lincoln Memorial Chapel'])}. In lieu of flowers, donations to ${r.pick(EPONYMS)} research.\n`);
};

const T_DEATH_NOTICE: Template = (d, r) => {
  const cc = r.pick(['GB', 'IE', 'AU', 'GB']);
  const dec = person(r, ['gb', 'ie', 'sc', 'cy', 'us']);
  const née = person(r, ['gb', 'ie', 'sc']);
  d.p(`${dec.s.toUpperCase()} ${dec.g} ${r.pick(['May', 'Rose', 'Grace', 'Anne', 'James', 'Edward'])}`).t(' (née ').p(née.s).t(`). Passed away peacefully at ${r.pick(['home', 'Rowan Court Nursing Home', 'St Gemma’s Hospice'])} on ${otherDate(r, cc)}`);
  if (r.chance(0.5)) d.t(', born ').l('DOB', date(r, cc, ymd(r)));
  d.t('. Beloved wife of the late ').p(nameForm(r, person(r, ['gb', 'ie']))).t(', much loved mum of ').p(person(r, ['gb']).g).t(' and ').p(person(r, ['gb']).g).t('. ');
  d.t(`Funeral service at ${r.pick(['Lincoln Crematorium', 'St. Patrick’s Church', 'Karrakatta Cemetery'])} on ${otherDate(r, cc)}. Family flowers only; donations to ${r.pick(EPONYMS)}. All enquiries to ${home(r, cc)[0]}, tel. `).l('PHONE', phone(r, cc)).t('.\n');
};

const T_EXECUTOR_BANK: Template = (d, r) => {
  const cc = r.pick(['US', 'GB', 'US', 'CA']);
  const ex = person(r);
  const dec = person(r, [ex.c]);
  d.l('ADDRESS', addr(r, cc, true)).t('\n\n').t(otherDate(r, cc)).t('\n\nBereavement Services Team\n');
  d.t(`${r.pick(['First Meridian Bank', 'Harbourside Building Society', 'Great Lakes Credit Union'])}\n`).l('ADDRESS', addr(r, cc, true)).t('\n\n');
  d.t(`Re: Estate of `).p(full(dec)).t(`, deceased — account ending ${D(r, 4)}\n\nDear Sir or Madam,\n\n`);
  d.t(`I am the ${r.pick(['executor', 'personal representative', 'administrator'])} of the estate of my late ${r.pick(['mother', 'father', 'aunt', 'uncle'])}, `).p(nameForm(r, dec)).t(', who died on ').t(otherDate(r, cc)).t('. ');
  if (cc === 'US') d.t('Date of birth: ').l('DOB', date(r, cc, ymd(r))).t('; SSN ').l('NATIONAL_ID', ssn(r)).t('. ');
  else d.t('Date of birth: ').l('DOB', date(r, cc, ymd(r))).t('. ');
  d.t('Please freeze the joint card ');
  if (r.chance(0.5)) d.l('CARD', card(r));
  else d.t(maskedCard(r));
  d.t(' and close all accounts. ');
  d.t('Remaining funds should be transferred to the estate account ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'DE', 'NL']))).t(`. A certified copy of the ${r.pick(['death certificate', 'grant of probate', 'letters testamentary'])} is enclosed (${distractor(r)}).\n\n`);
  d.t('You can reach me on ').l('PHONE', phone(r, cc)).t(' or at ').l('EMAIL', email(r, ex)).t('.\n\nYours faithfully,\n\n');
  signer(d, r, ex);
  d.t('\nExecutor\n');
};

const T_EXEC_BENEFICIARIES: Template = (d, r) => {
  const cc = r.pick(['GB', 'IE', 'US', 'AU']);
  const ex = person(r);
  const dec = person(r, [ex.c]);
  const bens = [person(r), person(r, [ex.c]), person(r)];
  d.t('From: ').l('EMAIL', email(r, ex)).t('\nTo: ');
  bens.forEach((b, i) => {
    d.l('EMAIL', email(r, b)).t(i < bens.length - 1 ? '; ' : '\n');
  });
  d.t(`Subject: ${r.pick(['Estate of', 'Re: estate of', 'Interim distribution —'])} `).p(full(dec)).t('\n\nHi all,\n\n');
  d.t(`The ${r.pick(['grant', 'probate', 'letters of administration'])} came through (${distractor(r)}). Before I can pay the interim shares I need each of you to confirm your bank details. I have on file:\n\n`);
  for (const b of bens) {
    d.t('- ').p(nameForm(r, b)).t(': ');
    if (r.chance(0.75)) d.l('IBAN', iban(r, r.pick(['GB', 'IE', 'DE', 'FR', 'ES', 'NL', 'SE'])));
    else d.t(`${badIban(r, r.pick(['GB', 'DE']))} (bank says this one bounced — typo?)`);
    d.t('\n');
  }
  d.t(`\n`).p(r.pick([bens[0]!.g, bens[1]!.g])).t(`'s share is held back until the ${r.pick(['HMRC', 'IRS', 'ATO'])} clearance letter arrives. The house at `).l('ADDRESS', addr(r, cc, false)).t(' goes to auction in the spring.\n\n');
  d.t(`${r.pick(['Love', 'Best', 'Cheers'])},\n`);
  signer(d, r, ex);
  d.t('\n').l('PHONE', phone(r, cc)).t('\n');
};

const T_PROBATE_US: Template = (d, r) => {
  const dec = person(r);
  const pet = person(r, [dec.c, 'us']);
  const county = r.pick(['Lucas', 'Ada', 'Montgomery', 'Pima', 'Spokane', 'Chatham', 'Dane']);
  d.t(`IN THE PROBATE COURT OF ${county.toUpperCase()} COUNTY\n\nIn the Matter of the Estate of\n`).p(full(dec).toUpperCase()).t(`, Deceased.\n\n${distractor(r)}\n\nPETITION FOR PROBATE OF WILL AND FOR LETTERS TESTAMENTARY\n\n`);
  d.t('1. Decedent died on ').t(otherDate(r, 'US')).t(', domiciled at ').l('ADDRESS', addr(r, 'US', false)).t('.\n');
  d.t('2. Decedent\'s date of birth: ').l('DOB', date(r, 'US', ymd(r))).t('. Last four of SSN: ').t(maskedSsn(r)).t('.\n');
  d.t('3. Petitioner ').p(full(pet)).t(`, the decedent's ${r.pick(REL)}, resides at `).l('ADDRESS', addr(r, 'US', false)).t(', telephone ').l('PHONE', phone(r, 'US')).t('.\n');
  d.t('4. Heirs at law:\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const h = person(r, [dec.c, 'us']);
    d.t(`   (${String.fromCharCode(97 + i)}) `).p(nameForm(r, h)).t(`, ${r.pick(['adult child', 'grandchild', 'sibling', 'spouse'])}, `).l('ADDRESS', addr(r, 'US', false)).t('\n');
  }
  d.t(`5. Estimated value of estate: $${r.int(40, 900)},${D(r, 3)}. Bond waived under the Will dated ${otherDate(r, 'US')}.\n\n`);
  d.t('Attorney for Petitioner: ').p(nameForm(r, person(r, ['us', 'he', 'it']))).t(`, Bar No. ${D(r, 7)}\n`).l('EMAIL', email(r, undefined, r.pick(['hallorenlaw.com', 'probatepartners.net']))).t('\n');
};

const T_UK_PROBATE: Template = (d, r) => {
  const cc = 'GB';
  const dec = person(r, ['gb', 'sc', 'cy', 'in', 'gh', 'pl']);
  const ap = person(r, [dec.c, 'gb']);
  d.t('PA1P — Apply for probate (draft answers, not yet submitted)\n\n');
  d.t('Deceased full name: ').p(full(dec)).t('\nAny other names: ').p(`${dec.g.charAt(0)}. ${dec.s}`).t('\nDate of birth: ').l('DOB', date(r, cc, ymd(r))).t('\nDate of death: ').t(otherDate(r, cc)).t('\n');
  d.t('Permanent address:\n').l('ADDRESS', addr(r, cc, true)).t('\n');
  d.t(`IHT400 required: ${r.pick(['No', 'Yes'])} — ${distractor(r)}\n\n`);
  d.t('Applicant: ');
  signer(d, r, ap);
  d.t('\nApplicant address: ').l('ADDRESS', addr(r, r.pick(['GB', 'GB', 'FR', 'ES']), false)).t('\nPhone: ').l('PHONE', phone(r, cc)).t('\nEmail: ').l('EMAIL', email(r, ap)).t('\n');
  d.t(`Other executors not applying: `).p(nameForm(r, person(r, [dec.c]))).t(` (power reserved)\nWill dated ${otherDate(r, cc)}, witnessed by `).p(nameForm(r, person(r, ['gb']))).t(' and ').p(nameForm(r, person(r, ['gb']))).t('\n');
};

const T_INVENTORY_CSV: Template = (d, r) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU']);
  const dec = person(r);
  d.t(`# estate_inventory_${strip(dec.s) || 'estate'}_${r.int(2023, 2025)}.csv\n`);
  d.t('item,description,holder,identifier,value,notes\n');
  d.t(`1,Residence,,"`).l('ADDRESS', addr(r, cc, false)).t(`",${r.int(180, 900)}000,appraised ${otherDate(r, cc)}\n`);
  d.t(`2,Checking account,${r.pick(['Wells Fargo', 'Barclays', 'TD'])},${r.chance(0.5) ? `****${D(r, 4)}` : badCard(r)},${r.int(1, 40)}${D(r, 3)}.${D(r, 2)},closed\n`);
  d.t(`3,Savings (EUR),${r.pick(['ING', 'Rabobank', 'Deutsche Bank'])},`).l('IBAN', iban(r, r.pick(['NL', 'DE', 'BE', 'LU']))).t(`,${r.int(2, 90)}${D(r, 3)}.00,\n`);
  d.t(`4,Credit card,${r.pick(['Amex', 'Visa', 'Discover'])},`).l('CARD', card(r).replace(/[ -]/g, '')).t(`,-${r.int(100, 4000)}.${D(r, 2)},balance owed\n`);
  d.t(`5,Vehicle,,${r.pick(['1FA', 'WVW', '2T1'])}${hex(r, 14).toUpperCase()},${r.int(2, 19)}000,${r.pick(['a Ford Taurus', 'Buick LeSabre', 'VW Golf'])}\n`);
  d.t(`6,Life policy,${r.pick(['Prudential', 'Aviva', 'MetLife'])},POL-${D(r, 9)},${r.int(10, 250)}000,beneficiary `).p(full(person(r, [dec.c]))).t('\n');
  if (cc === 'US') d.t(`7,SS death benefit,SSA,`).l('NATIONAL_ID', ssn(r)).t(',255.00,lump sum\n');
  d.t(`8,Jewellery,,,${r.int(300, 9000)},to `).p(nameForm(r, person(r, [dec.c]))).t(' per letter of wishes\n');
};

const T_INVENTORY_MD: Template = (d, r) => {
  const cc = r.pick(['GB', 'IE', 'US']);
  const dec = person(r);
  d.t('## Estate of ').p(full(dec)).t(` — schedule of assets (${r.pick(['draft 3', 'final', 'for accountant'])})\n\n| # | Asset | Detail | Value |\n|---|---|---|---|\n`);
  d.t(`| 1 | Property | `).l('ADDRESS', addr(r, cc, false)).t(` | ${r.int(150, 700)},000 |\n`);
  d.t('| 2 | Current a/c | ').l('IBAN', iban(r, cc === 'US' ? 'IE' : cc)).t(` | ${r.int(1, 30)},${D(r, 3)} |\n`);
  d.t(`| 3 | Premium Bonds | holder no. ${D(r, 10)} | ${r.int(1, 50)},000 |\n`);
  d.t('| 4 | Shares | held via ').p(nameForm(r, person(r, ['gb', 'us']))).t(` at ${r.pick(['Hargreaves Lansdown', 'Charles Schwab', 'Vanguard'])} | ${r.int(5, 200)},${D(r, 3)} |\n`);
  d.t(`| 5 | Car | ${r.pick(['Morris Minor', 'Ford Fiesta', 'Lincoln Town Car'])} | ${r.int(1, 9)},500 |\n`);
  d.t(`| 6 | Debts | card `).l('CARD', card(r)).t(` | -${r.int(100, 3000)} |\n\n`);
  d.t('Prepared by ');
  signer(d, r, person(r));
  d.t(` on ${otherDate(r, cc)}.\n`);
};

const T_BEREAVEMENT_CHAT: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const me = person(r);
  const lost = person(r);
  const agent = person(r, ['us', 'gb', 'ie']);
  d.t(`[${p2(r.int(8, 22))}:${p2(r.int(0, 59))}] Support bot: Welcome to the ${r.pick(['Hope & Healing', 'Still Here', 'Griefline'])} chat. What name would you like us to use?\n`);
  if (r.chance(0.5)) d.t('[system] session started from ').l('IP', ip(r)).t(` · widget ${r.pick(['v2.8.14', '3.0.1'])}\n`);
  d.t('[user] ');
  d.self(full(me)).t('\n');
  d.t('[agent] Hi ').p(me.g).t(`, I'm `).p(agent.g).t('. I\'m so sorry. Would you like to tell me about who you lost?\n');
  d.t(`[user] my ${r.pick(['husband', 'wife', 'mum', 'dad', 'brother', 'daughter'])} `).p(r.chance(0.3) ? lost.g.toLowerCase() : lost.g).t(`. ${r.pick(["it was Alzheimer's in the end", 'it was so sudden', 'cancer, eighteen months', 'Hurricane Ida took the house and then him'])}. the funeral is on ${otherDate(r, cc)} and I can't think straight\n`);
  d.t(`[agent] That is a lot to carry. Is there someone with you tonight?\n[user] my sister `).p(person(r, [me.c]).g).t(` is driving up. `).p(lost.g).t(`'s birthday would have been next week\n`);
  if (r.chance(0.6)) d.t(`[agent] Would you like a counsellor to call you back? If so, what number?\n[user] `).l('PHONE', phone(r, cc)).t(r.chance(0.4) ? ' after 6 pls' : '').t('\n');
  else d.t('[agent] Can we email you our guide to the first weeks?\n[user] ').l('EMAIL', email(r, me)).t('\n');
  d.t('[agent] Done. You are not alone in this. Our line is open 24/7.\n');
};

const T_NOK_CALL: Template = (d, r) => {
  const cc = r.pick(['US', 'US', 'GB', 'CA']);
  const dec = person(r);
  const nok = person(r);
  const staff = person(r, ['us', 'gb']);
  d.t(`CALL NOTES — next of kin notification · ${otherDate(r, cc)} ${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['am', 'pm'])}\nTaken by: `).p(nameForm(r, staff)).t('\n\n');
  d.t('Re: ').p(nameForm(r, dec)).t(`, removed from ${r.pick(['County General', 'Sunrise Assisted Living', 'home'])} overnight.\n`);
  d.t('Reached ').p(nameForm(r, nok)).t(` (${r.pick(REL)}) on second attempt. Caller read back her number as "`).l('PHONE', spokenPhone(r)).t('" — confirmed.\n');
  if (cc === 'US') d.t('For the death certificate she read the SSN as ').l('NATIONAL_ID', ssn(r)).t(' (matches the hospice sheet).\n');
  d.t('Email given verbally: ').l('EMAIL', spokenEmail(r, nok)).t('.\n');
  d.t(`Family want ${r.pick(['viewing before cremation', 'a Catholic mass', 'green burial', 'no embalming'])}. `).p(r.chance(0.5) ? nok.g : nok.s).t(` will bring clothes Thursday. Hospice chaplain `).p(nameForm(r, person(r))).t(' also notified.\n');
  d.t(`Old number on file ${r.pick(['(***) ***-', '***-***-'])}${D(r, 4)} is disconnected. ${distractor(r)}\n`);
};

const T_HOSPICE_TRANSFER: Template = (d, r) => {
  const cc = r.pick(['US', 'GB', 'AU']);
  const pt = person(r);
  d.t(`TRANSFER OF CARE — ${r.pick(['St. Vincent Hospice', 'Rowan House Hospice', 'Marie Curie Hospice, Bradford'])} → ${home(r, cc)[0]}\n`);
  d.t('Patient: ').p(`${pt.s}, ${pt.g}`).t('   MRN ').t(`${L(r)}${D(r, 7)}`).t('   DOB ').l('DOB', date(r, cc, ymd(r))).t('\n');
  d.t(`Time of death: ${otherDate(r, cc)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}, verified by RN `).p(nameForm(r, person(r))).t('\n');
  d.t(`Cause (per ${r.pick(['Dr.', 'physician'])} `).p(person(r).s).t(`): ${r.pick(['end-stage COPD', "Parkinson's disease", 'metastatic breast cancer', 'Lou Gehrig disease (ALS)'])}\n`);
  if (cc === 'US') d.t('SSN (for EDRS): ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Infection risk: ${r.pick(['none', 'MRSA', 'C. diff'])}. Pacemaker: ${r.pick(['yes, remove before cremation', 'no'])}\n`);
  d.t('Home address: ').l('ADDRESS', addr(r, cc, false)).t('\nNOK: ').p(nameForm(r, person(r, [pt.c]))).t(', ').l('PHONE', phone(r, cc)).t('\n');
  d.t(`Belongings: wedding ring, ${r.pick(['hearing aids', 'glasses', 'rosary'])}. Signed out by `).p(person(r).g).t('.\n');
};

const T_GUESTBOOK_LOG: Template = (d, r) => {
  const dec = person(r);
  d.t(`memorial-guestbook moderation queue — page "In memory of `).p(full(dec)).t(`" (${distractor(r)})\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const g = person(r);
    d.t(`${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}  ip=`).l('IP', ip(r)).t('  author="').p(nameForm(r, g)).t('"  ');
    if (r.chance(0.5)) d.t('email=').l('EMAIL', email(r, g)).t('  ');
    d.t(`status=${r.pick(['approved', 'held', 'spam'])}  msg="${r.pick(CONDOLENCE)}${r.chance(0.3) ? ` — @${strip(g.g)}_${r.int(10, 99)} on insta` : ''}"\n`);
  }
  d.t(`spam filter v${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 30)}; blocked ranges updated.\n`);
};

const T_AUDIT_LOG: Template = (d, r) => {
  const staff = [person(r, ['us', 'gb']), person(r)];
  d.t(`[estate-portal] audit export  tenant=${r.pick(['hargrove', 'whitcombe', 'kessler'])}  app ${r.pick(['v3.12.0', 'v4.0.7', 'build 10.0.19045.3803'])}\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const s = r.pick(staff);
    const v6 = r.chance(0.3);
    d.t(`${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z user=`).l('EMAIL', email(r, s, r.pick(['hargrovefuneral.com', 'whitcombe-fd.co.uk', 'kesslerchapel.com'])));
    d.t(' src=');
    if (v6) d.t('[').l('IP', ip6(r)).t(`]:${r.int(1024, 65000)}`);
    else d.l('IP', ip4(r)).t(r.chance(0.4) ? `:${r.int(1024, 65000)}` : '');
    d.t(` action=${r.pick(['case.view', 'document.download', 'invoice.update', 'login.success', 'login.failed'])} case=${r.int(2023, 2025)}-${D(r, 4)}\n`);
  }
  d.t('# note: repeated failures from ').l('IP', ip4(r)).t(' — ask ').p(nameForm(r, staff[0]!)).t(' to reset MFA\n');
};

const T_INVOICE: Template = (d, r) => {
  const cc = r.pick(['US', 'US', 'CA', 'AU', 'GB']);
  const [fhName, dom] = home(r, cc);
  const payer = person(r);
  d.t(`${fhName}\n`).l('ADDRESS', addr(r, cc, true)).t('\nTel ').l('PHONE', phone(r, cc)).t('\n\n');
  d.t(`INVOICE INV-${r.int(2023, 2025)}-${D(r, 5)}   Date: ${otherDate(r, cc)}\nBill to: `).p(full(payer)).t('\n').l('ADDRESS', addr(r, cc, true)).t('\n\n');
  d.t(`Professional services of staff ........ ${r.int(1, 3)},${D(r, 3)}.00\nTransfer of remains .................... ${r.int(200, 600)}.00\n${r.pick(['Oak casket "Lincoln"', 'Urn: Heritage Pewter', 'Casket: Batesville Monroe'])} ........ ${r.int(900, 5000)}.00\nDeath certificates x${r.int(2, 10)} ............. ${r.int(20, 200)}.00\n`);
  d.t(`\nPAID — card `).l('CARD', card(r)).t(`  auth ${D(r, 6)}\n`);
  if (r.chance(0.5)) d.t(`Previous attempt with ${badCard(r)} declined (invalid number).\n`);
  d.t('Questions: ').l('EMAIL', `billing@${dom}`).t('\n');
};

const T_REFUND_CHAT: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const me = person(r);
  d.t(`Live chat · ${r.pick(['Everlasting Flowers', 'Bloom & Remembrance', 'Legacy Urns Online'])}\n\n`);
  d.t('Customer: hi, I was charged twice for the funeral wreath for my nan\n');
  d.t(`Agent (${r.pick(['Kayla', 'Jordan', 'Priya'])}): `).t('Sorry about that! Can I have the name on the order?\n');
  d.t('Customer: ');
  d.self(full(me)).t(`, order #${D(r, 8)}\n`);
  d.t('Agent: And the card used?\nCustomer: ').l('CARD', card(r)).t(r.chance(0.5) ? '' : ` exp ${p2(r.int(1, 12))}/${r.int(25, 30)}`).t('\n');
  d.t(`Agent: I see two charges on ${otherDate(r, cc)}. Refund issued, 3–5 days. Confirmation goes to `).l('EMAIL', email(r, me)).t('?\n');
  d.t('Customer: yes. and the delivery went to the wrong chapel, it should be ').l('ADDRESS', addr(r, cc, false)).t('\n');
  d.t('Agent: Noted — re-delivery booked. Again, sorry for your loss.\n');
};

const T_LIFE_INSURANCE: Template = (d, r) => {
  const ins = person(r);
  const ben = person(r, [ins.c, 'us']);
  d.t(`${r.pick(['Northfield Mutual', 'Cornerstone Life', 'Atlas Assurance'])} — CLAIMANT'S STATEMENT (Life)\nPolicy no: ${L(r)}${D(r, 9)}   Claim: ${distractor(r)}\n\n`);
  d.t('PART A — INSURED\nName: ').p(full(ins)).t('\nDate of birth: ').l('DOB', date(r, 'US', ymd(r))).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nDate of death: ${otherDate(r, 'US')}   Manner: ${r.pick(['Natural', 'Accident', 'Pending'])}\n\n`);
  d.t('PART B — CLAIMANT\nName: ');
  signer(d, r, ben);
  d.t('\nDOB: ').l('DOB', date(r, 'US', ymd(r, 1950, 2000))).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', addr(r, 'US', false)).t('\nPhone: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, ben)).t('\n');
  d.t(`Payment: EFT, routing ${r.pick(['0', '1', '2'])}${D(r, 8)}, account ${D(r, 10)}  (Tax ID of estate, if any: EIN ${D(r, 2)}-${D(r, 7)})\n`);
};

const T_SSA_CALL: Template = (d, r) => {
  const dec = person(r, ['us', 'mx', 'ph', 'in', 'it', 'ie']);
  const widow = person(r, [dec.c, 'us']);
  const agent = person(r, ['us']);
  d.t(`SSA field office — phone interview summary (Form SSA-795 draft) · ${otherDate(r, 'US')}\n\n`);
  d.t('Interviewer: ').p(nameForm(r, agent)).t('\nNumber holder (deceased): ').p(nameForm(r, dec)).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', date(r, 'US', ymd(r))).t('\n');
  d.t('Applicant: ').p(full(widow)).t(' (surviving spouse), SSN ').l('NATIONAL_ID', ssn(r)).t('\n\n');
  d.t(`Funeral home reported death electronically (EDRS ${D(r, 10)}). `).p(widow.g).t(` asked that the December payment not be clawed back. Explained the $255 lump sum. Her daughter `).p(nameForm(r, person(r, [dec.c]))).t(' was on the line; callback ').l('PHONE', phone(r, 'US')).t('.\n');
  d.t(`Prior SSN shown on old card ${maskedSsn(r)} belongs to first marriage record — not used.\n`);
};

const T_IE_ADMIN: Template = (d, r) => {
  const dec = person(r, ['ie', 'ie', 'gb', 'pl']);
  const adm = person(r, [dec.c, 'ie']);
  d.t('THE HIGH COURT — PROBATE\nIn the Goods of ').p(full(dec).toUpperCase()).t(', late of ').l('ADDRESS', addr(r, 'IE', false)).t(`, ${r.pick(['retired farmer', 'widow', 'publican', 'nurse'])}, deceased\n\n`);
  d.t('Grant of Letters of Administration Intestate to ').p(full(adm)).t(`, ${r.pick(['son', 'daughter', 'brother'])} and one of the next of kin, of `).l('ADDRESS', addr(r, r.pick(['IE', 'GB']), false)).t('.\n');
  d.t(`Date of death: ${otherDate(r, 'IE')}. Gross estate €${r.int(50, 800)},${D(r, 3)}. Record No. ${r.int(2023, 2025)} PO ${D(r, 4)}.\n`);
  d.t(`Solicitor: `).p(nameForm(r, person(r, ['ie']))).t(`, ${r.pick(['Fitzgerald & Co.', 'Walsh Daly LLP'])}; tel `).l('PHONE', phone(r, 'IE')).t('; ').l('EMAIL', `probate@${r.pick(['fitzgeraldco.ie', 'walshdaly.ie'])}`).t('\n');
};

const T_HEADSTONE: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const dec = person(r);
  const buyer = person(r, [dec.c, 'gb', 'us']);
  const b = ymd(r);
  d.t(`Memorial order — ${r.pick(['Granite & Grace Monuments', 'Stonecraft Memorials', 'Carrick Masonry'])}\nCustomer: `);
  signer(d, r, buyer);
  d.t(' · ').l('PHONE', phone(r, cc)).t(' · ').l('EMAIL', email(r, buyer)).t('\n');
  d.t(`Cemetery: ${r.pick(['Mount Vernon Cemetery', 'Lincoln Park Cemetery', 'St. Mary’s churchyard'])}, ${distractor(r)}\n\nInscription (proof 2):\n\n   IN LOVING MEMORY OF\n   `).p(full(dec).toUpperCase()).t(`\n   `);
  d.l('DOB', date(r, cc, b)).t(` – ${otherDate(r, cc)}\n   "${r.pick(['Gone fishing', 'Forever in our hearts', 'Until we meet again'])}"\n\n`);
  d.t(`Stone: ${r.pick(['Nero Absolute', 'Rustenburg', 'Bahama Blue'])}, gilt letters. Install after ground settles (${otherDate(r, cc)}). Deposit taken on `).l('CARD', card(r)).t('.\n');
};

const T_CREMATION_AUTH: Template = (d, r) => {
  const cc = r.pick(['US', 'CA']);
  const dec = person(r);
  const auth = [person(r, [dec.c]), person(r, [dec.c, 'us'])];
  d.t(`CREMATION AUTHORIZATION AND DISPOSITION\n${home(r, cc)[0]}\n\nDecedent: `).p(full(dec)).t('   Sex: ').t(r.pick(['F', 'M'])).t('   DOB: ').l('DOB', date(r, cc, ymd(r))).t('\n');
  if (cc === 'US') d.t('Social Security number: ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Implanted devices: ${r.pick(['none', 'pacemaker (Medtronic)', 'hip prosthesis'])}. Cremated remains to be ${r.pick(['scattered at Lincoln Park', 'placed in niche 14B', 'released to the authorizing agent'])}.\n\nAuthorizing agent(s):\n`);
  for (const a of auth) {
    d.t('  ').p(full(a)).t(`, ${r.pick(REL)}, `).l('ADDRESS', addr(r, cc, false)).t(', ').l('PHONE', phone(r, cc)).t('\n');
  }
  d.t(`Witness: `).p(nameForm(r, person(r))).t(`. Permit ${distractor(r)}.\n`);
};

const T_REPATRIATION: Template = (d, r) => {
  const dec = person(r, ['ng', 'gh', 'ph', 'in', 'it', 'pl', 'tr', 'ar', 'vi']);
  const fam = person(r, [dec.c]);
  const from = r.pick(['GB', 'US', 'DE']);
  d.t(`International repatriation file RPT-${D(r, 6)}\nDeceased: `).p(nameForm(r, dec)).t(`   Passport: ${L(r)}${L(r)}${D(r, 7)}   DOB: `).l('DOB', date(r, from, ymd(r))).t('\n');
  d.t(`Route: ${r.pick(['LHR → LOS', 'JFK → MNL', 'FRA → IST', 'MAN → ACC'])} (air waybill ${D(r, 3)}-${D(r, 8)}), sealed zinc-lined coffin.\n`);
  d.t('Receiving family: ').p(full(fam)).t(', ').l('PHONE', phone(r, r.pick(['IN', 'US', 'GB']))).t('\nConsignee address: ').l('ADDRESS', addr(r, r.pick(['IN', 'IT', 'PL', 'US']), false)).t('\n');
  d.t(`Embassy contact: consular section, ${r.pick(['Mr.', 'Ms.'])} `).p(person(r, [dec.c]).s).t('\nPayment by sender: ').l('IBAN', iban(r, r.pick(['GB', 'DE', 'IE']))).t(' (family account, ref ').t(hex(r, 8).toUpperCase()).t(')\n');
};

const T_FLOWERS: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const buyer = person(r);
  const dec = person(r);
  d.t(`Order confirmation — sympathy arrangement "${r.pick(['Peaceful White Lilies', 'Rose Cross', 'Hope Wreath'])}"\n`);
  d.t('Deliver to: ').t(r.pick(['The family of ', 'Service for '])).p(full(dec)).t('\nc/o ').t(home(r, cc)[0]).t('\n').l('ADDRESS', addr(r, cc, true)).t(`\nDelivery: ${otherDate(r, cc)} before 10am (chapel opens 9:30)\n`);
  d.t(`Card message: "${r.pick(CONDOLENCE)} — love from `).p(buyer.g).t(' and ').p(person(r).g).t('"\n');
  d.t('Billing: ');
  signer(d, r, buyer);
  d.t(', ').l('CARD', card(r)).t('\n').l('EMAIL', email(r, buyer)).t(' · ').l('PHONE', phone(r, cc)).t('\n');
};

const T_HOUSE_CLEARANCE: Template = (d, r) => {
  const cc = r.pick(['GB', 'US', 'AU']);
  const ex = person(r);
  d.t(`Quote request — probate house clearance\nProperty: `).l('ADDRESS', addr(r, cc, false)).t(`\nAccess: key safe code with neighbour (${r.pick(['No. 12', 'the blue door', 'Flat 2'])}); park behind the church.\n`);
  d.t(`Contents: ${r.pick(['3-bed semi', 'bungalow', 'two-storey'])}, piano, ${r.int(20, 200)} boxes of books, a Ford Fiesta in the garage. Please keep aside photos and letters for `).p(nameForm(r, person(r, [ex.c]))).t('.\n');
  d.t('Contact the executor: ');
  signer(d, r, ex);
  d.t(', ').l('PHONE', phone(r, cc)).t(r.chance(0.5) ? ' (evenings)' : '').t('\n');
  if (r.chance(0.5)) d.t('Happy to pay the deposit now by card: ').l('CARD', card(r)).t('\n');
};

const T_DIGITAL_LEGACY: Template = (d, r) => {
  const dec = person(r);
  const req = person(r, [dec.c]);
  const handle = `@${strip(dec.g)}${r.pick(['_', '.', ''])}${strip(dec.s).slice(0, 5)}${r.int(1, 99)}`;
  d.t(`Memorialisation request #${D(r, 9)}\nAccount: ${handle}\nName on account: `).p(full(dec)).t('\nDate of birth (as on profile): ').l('DOB', date(r, r.pick(['US', 'GB']), ymd(r, 1940, 1990))).t('\n');
  d.t('Login email: ').l('EMAIL', email(r, dec)).t('\nRequester: ').p(full(req)).t(` (${r.pick(REL)}), `).l('EMAIL', email(r, req)).t('\n');
  d.t(`Proof: obituary link, death certificate scan (${hex(r, 40)}).\nLast login from `).l('IP', ip(r)).t(`, client ${r.pick(['iOS 17.4.1', 'Android 14', 'Chrome 123.0.6312.86'])}\n`);
};

const T_DISTRIBUTION: Template = (d, r) => {
  const dec = person(r, ['de', 'nl', 'fr', 'it', 'es', 'gb', 'ie']);
  d.t('Estate of ').p(full(dec)).t(` — final distribution (${r.pick(['EUR', 'GBP'])})\nbeneficiary;share;iban;amount\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const b = person(r, [dec.c, dec.c, 'us']);
    const valid = r.chance(0.85);
    d.p(nameForm(r, b)).t(`;${r.pick(['1/3', '1/4', '25%', 'residue', 'legacy'])};`);
    if (valid) d.l('IBAN', iban(r, r.pick(['DE', 'NL', 'FR', 'IT', 'ES', 'GB', 'IE', 'BE', 'AT', 'PT'])));
    else d.t(badIban(r, r.pick(['DE', 'FR'])));
    d.t(`;${r.int(2, 90)}.${D(r, 3)},${D(r, 2)}${valid ? '' : ';CHECK IBAN'}\n`);
  }
  d.t(`Charity legacy;fixed;${r.pick(["Alzheimer's Society", 'Marie Curie Nurses', 'RNLI'])};5.000,00\n`);
};

const T_HEARING_NOTICE: Template = (d, r) => {
  const dec = person(r);
  d.t(`NOTICE OF HEARING — ${distractor(r)}\nEstate of `).p(full(dec)).t(`, Deceased\n\nA hearing on the Petition for Final Distribution will be held on ${otherDate(r, 'US')} at 9:00 a.m. in Dept. ${r.int(1, 20)}, Room ${r.int(100, 500)}, of the Superior Court. Objections must be filed before that date.\n\nPetitioner: `).p(nameForm(r, person(r))).t('\nAttorney: ').p(nameForm(r, person(r))).t(', ').l('ADDRESS', addr(r, 'US', false)).t('; ').l('PHONE', phone(r, 'US')).t('\n');
};

const T_CREDITOR_NOTICE: Template = (d, r) => {
  const cc = r.pick(['GB', 'US', 'IE']);
  const dec = person(r);
  d.t(`${cc === 'GB' ? 'DECEASED ESTATES — Trustee Act 1925 s.27' : 'NOTICE TO CREDITORS'}\n`).p(`${dec.s.toUpperCase()}, ${dec.g}`).t(`, late of `).l('ADDRESS', addr(r, cc, false)).t(`, ${r.pick(['retired teacher', 'engineer', 'homemaker'])}, who died on ${otherDate(r, cc)}. Claims to `).p(nameForm(r, person(r))).t(' of ').t(r.pick(['Pemberton Hale LLP', 'Oakley & Marsh Solicitors', 'Halloren Law'])).t(', ').l('ADDRESS', addr(r, cc, false)).t(`, by ${otherDate(r, cc)}.\n`);
};

const T_WILL_MINUTES: Template = (d, r) => {
  const cc = r.pick(['GB', 'US', 'AU']);
  const dec = person(r);
  const att = [person(r, [dec.c]), person(r, [dec.c]), person(r)];
  d.t(`Meeting note — reading of the will of `).p(nameForm(r, dec)).t(` · ${otherDate(r, cc)}\nPresent: `);
  att.forEach((a, i) => {
    d.p(nameForm(r, a)).t(i < att.length - 1 ? ', ' : '\n');
  });
  d.t(`1. Executors confirmed: `).p(att[0]!.g).t(' and ').p(att[1]!.g).t(`.\n2. Specific gifts: the Morris Minor to `).p(att[2]!.g).t(`; the Rembrandt print (copy!) to ${r.pick(['the church', 'the village hall'])}.\n3. Residue split equally. Question re: Grandpa's Wells Fargo shares — `).p(att[0]!.s).t(` to check.\n4. Next meeting ${otherDate(r, cc)}. Minutes by `);
  signer(d, r, att[r.int(0, 2)]!);
  d.t('.\n');
};

const T_SMS: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const me = person(r);
  d.t(`${r.pick(['Grief Support Network', 'Hospice Bereavement Team'])}: Hi `).p(me.g).t(`, reminder of your session with `).p(nameForm(r, person(r))).t(` on ${otherDate(r, cc)} at ${r.int(9, 17)}:00. Reply C to cancel. Questions? Call `).l('PHONE', phone(r, cc)).t('.\n');
  d.t('> can we move it, ').p(r.chance(0.3) ? me.g.toLowerCase() : me.g).t(' here, the inquest got moved\n');
  d.t('> my new number is ').l('PHONE', phone(r, cc)).t('\n');
};

const T_FORUM: Template = (d, r) => {
  const lost = person(r);
  const me = person(r);
  d.t(`Re: First Christmas without him\nPosted by ${r.pick(['lonelyoak', 'widow_of_the_wave', 'crying_in_aisle5', 'grace.notes'])} » ${otherDate(r, 'GB')}\n\n`);
  d.p(lost.g).t(`'s ${r.pick(['chair', 'mug', 'coat'])} is still by the door. We lost him to ${r.pick(["Parkinson's", 'Hodgkin lymphoma', 'Alzheimer’s'])} in ${r.pick(['March', 'the spring', 'May'])}. The funeral director, `).p(nameForm(r, person(r))).t(`, was kind. Our son `).p(person(r, [lost.c]).g).t(` keeps asking when Grandad comes home from the Ronald McDonald House where he volunteered.\n`);
  d.t(`Anyone else find the probate forms unbearable? Happy to chat — my name is `).p(me.g).t(', DM me.\n');
};

const T_WHATSAPP: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const dir = person(r, ['gb', 'us', 'ie']);
  const me = person(r);
  const stamp = (): string => `[${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(23, 25)}, ${p2(r.int(8, 21))}:${p2(r.int(0, 59))}]`;
  d.t(`${stamp()} `).p(full(dir)).t(`: Hello, this is `).p(dir.g).t(` from ${home(r, cc)[0]}. Just confirming the hearse will leave the house at 10:15.\n`);
  d.t(`${stamp()} `).self(full(me)).t(': Thank you. Can it come to ').l('ADDRESS', addr(r, cc, false)).t(' instead? Mum is staying with us.\n');
  d.t(`${stamp()} `).p(full(dir)).t(': Of course. Limo for 6. Bearers: ').p(nameForm(r, person(r, [me.c]))).t(', ').p(nameForm(r, person(r, [me.c]))).t(' and two of ours.\n');
  d.t(`${stamp()} `).self(full(me)).t(`: ${r.pick(["Dad's brother", 'Uncle'])} `).p(person(r, [me.c]).g).t(' is flying in, his cell is ').l('PHONE', phone(r, r.pick(['US', 'AU', 'CA']))).t(' if anything changes\n');
};

const T_LIVESTREAM: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const fam = person(r);
  const [, dom] = home(r, cc);
  d.t('Hi ').p(fam.g).t(`,\n\nThe webcast of the service for `).p(nameForm(r, person(r, [fam.c]))).t(` is set up (event ${hex(r, 10)}). Viewers abroad had trouble, so we allow-listed these addresses you sent:\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t('  - ').l('IP', ip(r)).t(` (${r.pick(['Auntie in Lagos', 'cousins in Manila', 'Toronto', 'the care home'])})\n`);
  }
  d.t(`Stream key is NOT an IP: rtmp key ${hex(r, 16)}; player ${r.pick(['v2.4.1.9', 'v10.0.2'])}.\nRecording will be kept 30 days. Call `).l('PHONE', phone(r, cc)).t(' with questions.\n\n').p(nameForm(r, person(r, ['gb', 'us']))).t('\n').l('EMAIL', `${r.pick(['webcast', 'av', 'support'])}@${dom}`).t('\n');
};

const T_CRM_JSON: Template = (d, r) => {
  const cc = r.pick(['US', 'CA', 'GB']);
  const dec = person(r);
  const k = person(r);
  d.t(`{\n  "caseId": "${r.int(2023, 2025)}-${D(r, 5)}",\n  "decedent": { "name": "`).p(full(dec)).t('", "dob": "').l('DOB', `${r.int(1925, 1975)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t(`", "dod": "${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}"`);
  if (cc === 'US') d.t(', "ssn": "').l('NATIONAL_ID', ssn(r)).t('"');
  d.t(' },\n  "informant": { "name": "').p(full(k)).t('", "phone": "').l('PHONE', phone(r, cc)).t('", "email": "').l('EMAIL', email(r, k)).t('" },\n');
  d.t('  "residence": "').l('ADDRESS', addr(r, cc, false)).t(`",\n  "package": "${r.pick(['Lincoln Traditional', 'Simple Cremation', 'Celebration of Life'])}",\n  "createdFrom": "`).l('IP', ip4(r)).t(`",\n  "etag": "${hex(r, 32)}"\n}\n`);
};

const T_VA_BURIAL: Template = (d, r) => {
  const vet = person(r, ['us', 'us', 'mx', 'ph', 'ie', 'it']);
  const sp = person(r, [vet.c, 'us']);
  d.t('VA FORM 40-10007 (worksheet) — Pre-Need / At-Need Burial\n');
  d.t('Veteran: ').p(`${vet.s.toUpperCase()}, ${vet.g.toUpperCase()}`).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t(`   Service No.: ${r.pick(['RA', 'US', 'ER'])}${D(r, 8)}\n`);
  d.t('Date of birth: ').l('DOB', date(r, 'US', ymd(r, 1924, 1955))).t(`   Branch: ${r.pick(['USMC', 'Army', 'Navy', 'USAF'])}   Served aboard: ${r.pick(['USS Ronald Reagan', 'the Queen Mary 2 (civilian, post-war)', 'USS Nimitz'])}\n`);
  d.t('Spouse: ').p(full(sp)).t(', DOB ').l('DOB', date(r, 'US', ymd(r, 1928, 1960))).t('\nMailing address: ').l('ADDRESS', addr(r, 'US', true)).t('\n');
  d.t(`Requested cemetery: ${r.pick(['Fort Snelling National Cemetery', 'Willamette National Cemetery', 'Arlington'])}. DD-214 attached (${distractor(r)}).\n`);
};

const T_BANK_BEREAVEMENT: Template = (d, r) => {
  const cc = r.pick(['GB', 'IE', 'DE', 'NL', 'FR']);
  const dec = person(r);
  const me = person(r, [dec.c]);
  d.t(`Subject: Bereavement notification ref BN${D(r, 8)}\n\nDear `).p(nameForm(r, me)).t(`,\n\nThank you for letting us know about the death of `).p(nameForm(r, dec)).t('. We have stopped the following:\n');
  d.t('  • Debit card ').t(maskedCard(r)).t('\n  • Credit card ').l('CARD', card(r)).t(' (final statement to follow)\n  • Account ').l('IBAN', iban(r, cc)).t('\n');
  d.t(`Standing orders to ${r.pick(['Tim Hortons Inc', 'the Co-op', 'Marriott Vacation Club'])} cancelled. Please do not reply to this e-mail; contact `).l('EMAIL', `bereavement@${r.pick(['harbourside-bank.co.uk', 'banknord.example.de', 'first-meridian.com'])}`).t(' or call ').l('PHONE', phone(r, cc)).t('.\n');
};

const T_ESTATE_TAX: Template = (d, r) => {
  const dec = person(r);
  const ex = person(r);
  d.t(`Form 56 / final 1040 checklist — ${r.pick(['Halloren Law', 'Pemberton Hale LLP'])}\n\n`);
  d.t('Decedent: ').p(full(dec)).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', date(r, 'US', ymd(r))).t('\n');
  d.t(`Estate EIN: ${D(r, 2)}-${D(r, 7)} (do NOT use decedent's SSN after date of death)\nFiduciary: `).p(full(ex)).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', ').l('ADDRESS', addr(r, 'US', false)).t('\n');
  d.t(`Refund direct deposit: routing ${r.pick(['0', '1', '2'])}${D(r, 8)}, acct ${D(r, 11)}. Preparer PTIN P${D(r, 8)}.\n`);
};

const T_HEADERS: Template = (d, r) => {
  const a = person(r);
  const b = person(r);
  d.t('Received: from mail-').t(hex(r, 6)).t('.example.net (').l('IP', ip4(r)).t(`)\n        by mx.${r.pick(['kesslerchapel.com', 'whitcombe-fd.co.uk'])} with ESMTPS id ${hex(r, 12)}; ${otherDate(r, 'US')}\n`);
  d.t('Received: from [').l('IP', ip(r)).t('] (helo=laptop)\nFrom: "').p(full(a)).t('" <').l('EMAIL', email(r, a)).t('>\nTo: ').l('EMAIL', email(r, b)).t(`\nSubject: Fwd: photos for the slideshow\nX-Mailer: Outlook 16.0.17328.20142\n\n`);
  d.t('Here are the ones of ').p(nameForm(r, person(r, [a.c]))).t(` at the lake. Can the slideshow use "Hope" by ${r.pick(['the choir', 'Coldplay'])}? — `).p(a.g).t('\n');
};

const T_VOICEMAIL: Template = (d, r) => {
  const caller = person(r);
  const dec = person(r);
  d.t(`Voicemail transcript (auto, confidence ${r.int(71, 97)}%) — ${otherDate(r, 'US')}\n\n"Hi, um, this is `).p(full(caller)).t(`, I'm calling about my ${r.pick(['father', 'mother', 'grandmother'])}, `).p(nameForm(r, dec)).t(`, who passed on ${r.pick(['Sunday', 'Tuesday night', 'Friday'])}. The hospice gave me your number. Could someone call me back at `).l('PHONE', spokenPhone(r)).t('? Or email me, it\'s ').l('EMAIL', spokenEmail(r, caller)).t(`. Thanks, bye."\n`);
};

const T_FAMILY_TREE: Template = (d, r) => {
  const [cult, cc] = r.pick([['de', 'DE'], ['it', 'IT'], ['pl', 'PL'], ['ie', 'IE'], ['us', 'US'], ['gb', 'GB']] as const);
  const root = person(r, [cult]);
  d.t(`Family details for the order of service — ${r.pick(['compiled by', 'from'])} `).p(nameForm(r, person(r, [root.c]))).t('\n\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, [root.c]);
    d.t('- ').p(`${p.g} ${root.s}`).t(', b. ').l('DOB', date(r, cc, ymd(r, 1900, 1990)));
    if (r.chance(0.4)) d.t(`, d. ${otherDate(r, cc)}`);
    d.t('\n');
  }
  d.t(`Wedding anniversary ${date(r, cc, ymd(r, 1950, 1990))}; the dog ${r.pick(PETS)} born ${date(r, cc, ymd(r, 2012, 2020))} (for the slideshow caption).\n`);
};

const T_DONATION: Template = (d, r) => {
  const cc = r.pick(EN_CC);
  const donor = person(r);
  const dec = person(r);
  d.t(`In-memory donation receipt — ${r.pick(["Alzheimer's Research Fund", 'Marie Curie Nurses', 'Ronald McDonald House Charities'])}\n`);
  d.t('In memory of: ').p(full(dec)).t('\nDonor: ');
  signer(d, r, donor);
  d.t('\nAmount: ').t(`${r.int(10, 500)}.00`).t('\nCard: ').l('CARD', card(r)).t('\nBilling address: ').l('ADDRESS', addr(r, cc, false)).t('\nNotify family at: ').l('EMAIL', email(r, person(r, [dec.c]))).t(`\nSession: `).l('IP', ip(r)).t(` · ${hex(r, 24)}\n`);
};

const T_INDIA: Template = (d, r) => {
  const dec = person(r, ['in', 'ta']);
  const son = person(r, [dec.c]);
  d.t(`With profound grief we inform the sad demise of our beloved ${r.pick(['father', 'mother'])} Shri/Smt. `).p(full(dec)).t(` on ${otherDate(r, 'IN')}. Born `).l('DOB', date(r, 'IN', ymd(r))).t('.\n');
  d.t(`Cremation at ${r.pick(['Wilson Garden crematorium', 'Besant Nagar electric crematorium', 'Banganga'])}; uthamakriya on ${otherDate(r, 'IN')} at our residence: `).l('ADDRESS', addr(r, 'IN', false)).t('.\n');
  d.t('Contact: ').p(full(son)).t(' ').l('PHONE', phone(r, 'IN')).t(` · Aadhaar/PAN copies for the death certificate: ${D(r, 4)} ${D(r, 4)} ${D(r, 4)} / ${L(r)}${L(r)}${L(r)}P${L(r)}${D(r, 4)}${L(r)}\n`);
};

const T_PRENEED: Template = (d, r) => {
  const buyer = person(r);
  const cc = 'US';
  d.t(`PRE-NEED FUNERAL CONTRACT — ${home(r, cc)[0]} · Contract ${L(r)}${D(r, 6)}\n\nPurchaser / beneficiary: `);
  signer(d, r, buyer);
  d.t('\nDate of birth: ').l('DOB', date(r, cc, ymd(r, 1935, 1965))).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', addr(r, cc, r.chance(0.5))).t('\nPhone: ').l('PHONE', phone(r, cc)).t('\n');
  d.t(`Plan: ${r.pick(['Heritage Traditional', 'Simple Cremation', 'Veteran Honors'])}, ${r.int(24, 120)} monthly payments, trust-funded (${distractor(r)}).\nAutopay card: `).l('CARD', card(r)).t(`  (backup card ${maskedCard(r)})\n`);
  if (r.chance(0.5)) d.t('Secondary contact: ').p(nameForm(r, person(r, [buyer.c]))).t(', ').l('EMAIL', email(r)).t('\n');
};

const T_SURVIVOR_CHECKLIST: Template = (d, r) => {
  const dec = person(r, ['us', 'us', 'mx', 'ph', 'ng']);
  d.t('Survivor benefits — documents checklist for ').p(nameForm(r, dec)).t(`'s family (appointment ${otherDate(r, 'US')})\n`);
  d.t('[x] Deceased: SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', date(r, 'US', ymd(r))).t('\n');
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const c = person(r, [dec.c]);
    d.t('[ ] Child: ').p(`${c.g} ${dec.s}`).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', date(r, 'US', ymd(r, 2006, 2020))).t('\n');
  }
  d.t(`[ ] Marriage certificate (county file ${D(r, 4)}-${D(r, 5)})\n[ ] Bank routing ${r.pick(['0', '1', '2'])}${D(r, 8)} for direct deposit\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Templates in other languages.
const T_DE_AUFTRAG: Template = (d, r) => {
  const cc = r.pick(['DE', 'DE', 'AT']);
  const dec = person(r, ['de', 'de', 'tr', 'pl', 'ru']);
  const ag = person(r, [dec.c, 'de']);
  d.t(`${r.pick(['Bestattungshaus Lindner', 'Pietät Sonnenweg', 'Bestattungen Winter & Sohn'])} — Bestattungsauftrag Nr. ${D(r, 5)}\n\n`);
  d.t('Verstorbene(r): ').p(`${dec.s}, ${dec.g}`).t(', geb. ').l('DOB', date(r, cc, ymd(r))).t(`, gest. ${otherDate(r, cc)}\n`);
  d.t('Letzte Anschrift: ').l('ADDRESS', addr(r, cc, false)).t(`\nBestattungsart: ${r.pick(['Erdbestattung', 'Feuerbestattung, Urnenbeisetzung im Friedwald', 'Seebestattung'])}\n\n`);
  d.t(`Auftraggeber: ${hon(r, 'de')} `);
  signer(d, r, ag);
  d.t(` (${r.pick(['Sohn', 'Tochter', 'Witwe', 'Neffe', 'Betreuer'])})\n`).l('ADDRESS', addr(r, cc, true)).t('\nTel.: ').l('PHONE', phone(r, cc)).t('   E-Mail: ').l('EMAIL', email(r, ag)).t('\n');
  d.t('Rechnung per Überweisung; Erstattung an IBAN ').l('IBAN', iban(r, cc)).t(`\nSteuer-ID des Verstorbenen: ${D(r, 2)} ${D(r, 3)} ${D(r, 3)} ${D(r, 3)} (für Sterbefallmeldung)\n`);
};

const T_DE_ERBSCHEIN: Template = (d, r) => {
  const dec = person(r, ['de', 'de', 'it', 'tr']);
  const ant = person(r, [dec.c]);
  d.t(`An das Amtsgericht ${r.pick(['Leipzig', 'Köln', 'München'])} — Nachlassgericht —\nAz.: ${r.int(1, 99)} VI ${D(r, 4)}/${r.int(23, 25)}\n\nAntrag auf Erteilung eines Erbscheins\n\n`);
  d.t('Erblasser: ').p(full(dec)).t(', geboren am ').l('DOB', date(r, 'DE', ymd(r))).t(`, verstorben am ${otherDate(r, 'DE')}, zuletzt wohnhaft `).l('ADDRESS', addr(r, 'DE', false)).t('.\n');
  d.t('Antragsteller: ').p(full(ant)).t(', geb. ').l('DOB', date(r, 'DE', ymd(r, 1950, 1995))).t(', wohnhaft ').l('ADDRESS', addr(r, r.pick(['DE', 'AT', 'NL']), false)).t('.\n');
  d.t(`Gesetzliche Erben: die Kinder `).p(nameForm(r, person(r, [dec.c]))).t(' und ').p(nameForm(r, person(r, [dec.c]))).t(`. Ein Testament liegt nicht vor. Das Grundstück (Flurstück ${D(r, 3)}/${r.int(1, 9)}) ist im Nachlass.\n\nMit freundlichen Grüßen\n`).p(ant.g.charAt(0) + '. ' + ant.s).t('\n');
};

const T_FR_AVIS: Template = (d, r) => {
  const dec = person(r, ['fr', 'fr', 'pt', 'ar', 'it']);
  d.t(`${r.pick(['Pompes Funèbres Marceau', 'PF Dubosc', 'Roc-Eclerc'])} a la tristesse de vous faire part du décès de\n\n`);
  d.t(`${r.pick(['Madame', 'Monsieur'])} `).p(`${dec.s.toUpperCase()} ${dec.g}`).t('\n');
  if (r.chance(0.5)) d.t('née le ').l('DOB', date(r, 'FR', ymd(r))).t(' à ').t(r.pick(['Oran', 'Lyon', 'Porto', 'Saint-Étienne'])).t(',\n');
  d.t(`survenu le ${otherDate(r, 'FR')} à l'âge de ${r.int(60, 99)} ans.\n\nDe la part de `).p(nameForm(r, person(r, [dec.c]))).t(', son époux, ').p(person(r, [dec.c]).g).t(' et ').p(person(r, [dec.c]).g).t(', ses enfants.\n');
  d.t(`Les obsèques auront lieu en l'église Saint-Vincent-de-Paul, le ${otherDate(r, 'FR')}. Condoléances : `).l('EMAIL', r.pick(['condoleances@pf-marceau.fr', 'contact@pfdubosc.fr'])).t(' ou ').l('PHONE', phone(r, 'FR')).t('.\n');
};

const T_FR_NOTAIRE: Template = (d, r) => {
  const dec = person(r, ['fr', 'fr', 'es', 'ar']);
  const h = person(r, [dec.c]);
  d.t(`Étude de Maître `).p(`${person(r, ['fr']).g} ${person(r, ['fr']).s}`).t(', notaire\n').l('ADDRESS', addr(r, 'FR', true)).t('\nTél. ').l('PHONE', phone(r, 'FR')).t('\n\n');
  d.t(`${hon(r, 'fr')} `).p(full(h)).t('\n').l('ADDRESS', addr(r, 'FR', true)).t(`\n\nObjet : Succession de ${r.pick(['M.', 'Mme'])} `).p(full(dec)).t(` — dossier ${D(r, 6)}/${L(r)}${L(r)}\n\n`);
  d.t(`${r.pick(['Madame', 'Monsieur'])},\n\nPour établir l'acte de notoriété, je vous remercie de me faire parvenir l'acte de naissance du défunt (né le `).l('DOB', date(r, 'FR', ymd(r))).t(`), votre livret de famille et un RIB. Les fonds vous revenant seront virés sur le compte `).l('IBAN', iban(r, 'FR')).t('.\n');
  d.t(`Le numéro de sécurité sociale ${r.int(1, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 3)} ${D(r, 3)} ${D(r, 2)} figure sur l'attestation de la CPAM.\n\nVeuillez agréer, ${r.pick(['Madame', 'Monsieur'])}, l'expression de mes sentiments distingués.\n`);
};

const T_ES_ESQUELA: Template = (d, r) => {
  const cc = r.pick(['ES', 'ES', 'MX']);
  const dec = person(r, cc === 'MX' ? ['mx'] : ['es']);
  const [s1, s2] = [dec.s, person(r, [dec.c]).s];
  d.t('D. E. P.\n\n').t(r.pick(['EL SEÑOR', 'LA SEÑORA', 'DON', 'DOÑA'])).t(' ').p(`${dec.g.toUpperCase()} ${s1.toUpperCase()} ${s2.toUpperCase()}`).t(`\n\nFalleció en ${r.pick(['Sevilla', 'Zaragoza', 'Guadalajara'])} el día ${otherDate(r, cc)}, a los ${r.int(60, 99)} años de edad, habiendo recibido los Santos Sacramentos.\n\n`);
  d.t('Su esposo, ').p(`${person(r, [dec.c]).g} ${person(r, [dec.c]).s}`).t('; sus hijos, ').p(person(r, [dec.c]).g).t(' y ').p(person(r, [dec.c]).g).t(`; nietos y demás familia ruegan una oración por su alma.\n\n`);
  d.t(`Capilla ardiente: ${r.pick(['Tanatorio San Lázaro, sala 4', 'Funerales Gayosso, sala B'])}. Teléfono de la familia: `).l('PHONE', phone(r, cc)).t('\n');
};

const T_ES_NOTARIA: Template = (d, r) => {
  const dec = person(r, ['es', 'es', 'mx']);
  const her = person(r, [dec.c]);
  d.t(`NOTARÍA DE ${r.pick(['D.', 'Dña.'])} `).p(full(person(r, ['es'])).toUpperCase()).t(`\nActa de declaración de herederos abintestato — protocolo ${D(r, 4)}/${r.int(2023, 2025)}\n\n`);
  d.t('Causante: ').p(full(dec)).t(', nacido el ').l('DOB', date(r, 'ES', ymd(r))).t(`, fallecido el ${otherDate(r, 'ES')}, con último domicilio en `).l('ADDRESS', addr(r, 'ES', false)).t(`, DNI ${D(r, 8)}${L(r)}.\n`);
  d.t('Compareciente: ').p(full(her)).t(', hija del causante, ').l('PHONE', phone(r, 'ES')).t(', ').l('EMAIL', email(r, her)).t('.\n');
  d.t('Cuenta para el reparto: ').l('IBAN', iban(r, 'ES')).t(`. Testigos: `).p(nameForm(r, person(r, ['es']))).t(' y ').p(nameForm(r, person(r, ['es']))).t('.\n');
};

const T_IT_NECROLOGIO: Template = (d, r) => {
  const dec = person(r, ['it']);
  d.t('È mancato all\'affetto dei suoi cari\n\n').p(full(dec).toUpperCase()).t(`\ndi anni ${r.int(60, 99)}\n\nNe danno il triste annuncio la moglie `).p(person(r, ['it']).g).t(', i figli ').p(person(r, ['it']).g).t(' con ').p(person(r, ['it']).g).t(` e i nipoti tutti. I funerali si terranno ${otherDate(r, 'IT')} nella chiesa di San Giuseppe. ${r.pick(['Non fiori ma opere di bene.', 'Si ringrazia il reparto Alzheimer del Policlinico.'])}\n`);
  d.t(`${r.pick(['Onoranze Funebri Bellandi', 'O.F. San Martino'])} — `).l('PHONE', phone(r, 'IT')).t('\n');
};

const T_IT_SUCCESSIONE: Template = (d, r) => {
  const dec = person(r, ['it']);
  const er = person(r, ['it']);
  d.t(`Dichiarazione di successione — promemoria per il CAF\nDe cuius: `).p(`${dec.s} ${dec.g}`).t(', nato il ').l('DOB', date(r, 'IT', ymd(r))).t(`, deceduto il ${otherDate(r, 'IT')}, C.F. ${dec.s.slice(0, 3).toUpperCase()}${dec.g.slice(0, 3).toUpperCase()}${D(r, 2)}${L(r)}${D(r, 2)}${L(r)}${D(r, 3)}${L(r)}\n`);
  d.t('Residenza: ').l('ADDRESS', addr(r, 'IT', false)).t('\nErede dichiarante: ').p(full(er)).t(', cell. ').l('PHONE', phone(r, 'IT')).t(', PEC ').l('EMAIL', email(r, er, 'pec.it')).t('\n');
  d.t('Conto del defunto da estinguere: ').l('IBAN', iban(r, 'IT')).t('\nCarta di credito da bloccare: ').l('CARD', card(r)).t('\n');
};

const T_NL_UITVAART: Template = (d, r) => {
  const dec = person(r, ['nl']);
  const op = person(r, ['nl', 'nl', 'tr', 'ar']);
  d.t(`Uitvaartzorg De Lindeboom — opdrachtformulier ${D(r, 5)}\n\nOverledene: `).p(full(dec)).t(', geboren ').l('DOB', date(r, 'NL', ymd(r))).t(`, overleden ${otherDate(r, 'NL')}\nAdres: `).l('ADDRESS', addr(r, 'NL', false)).t(`\nBSN: ${D(r, 9)} (alleen voor aangifte gemeente)\n\nOpdrachtgever: ${hon(r, 'nl')} `);
  signer(d, r, op);
  d.t('\nTelefoon: ').l('PHONE', phone(r, 'NL')).t('\nE-mail: ').l('EMAIL', email(r, op)).t('\nIBAN voor incasso: ').l('IBAN', iban(r, 'NL')).t(`\nWensen: ${r.pick(['rouwkaarten 120 stuks', 'koffietafel na de crematie', 'muziek: Hope van de buurvrouw'])}\n`);
};

const T_NL_NOTARIS: Template = (d, r) => {
  const dec = person(r, ['nl']);
  d.t(`Verklaring van erfrecht — concept\n\nDe ondergetekende, mr. `).p(full(person(r, ['nl']))).t(', notaris te Utrecht, verklaart dat ').p(full(dec)).t(', geboren ').l('DOB', date(r, 'NL', ymd(r))).t(`, overleden ${otherDate(r, 'NL')}, laatstelijk wonende `).l('ADDRESS', addr(r, 'NL', false)).t(', als erfgenamen heeft nagelaten:\n');
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) d.t('- ').p(full(person(r, ['nl']))).t(', geboren ').l('DOB', date(r, 'NL', ymd(r, 1950, 1990))).t('\n');
  d.t(`Kenmerk ${D(r, 6)}.${D(r, 2)}; saldo ABN AMRO ${badIban(r, 'NL')} (oude rekening, opgeheven).\n`);
};

const T_PT_BR: Template = (d, r) => {
  const cc = r.pick(['BR', 'PT']);
  const dec = person(r, ['pt']);
  const fam = person(r, ['pt']);
  d.t(`${cc === 'BR' ? 'Funerária Bom Pastor' : 'Agência Funerária Lusitana'} — ficha de atendimento\nFalecido(a): `).p(full(dec)).t(', nascido(a) em ').l('DOB', date(r, cc, ymd(r))).t(`, óbito em ${otherDate(r, cc)}\nEndereço: `).l('ADDRESS', addr(r, cc, false)).t('\nDeclarante: ');
  signer(d, r, fam);
  d.t(`, ${cc === 'BR' ? `CPF ${D(r, 3)}.${D(r, 3)}.${D(r, 3)}-${D(r, 2)}` : `NIF ${D(r, 9)}`}, tel. `).l('PHONE', phone(r, cc)).t(', ').l('EMAIL', email(r, fam)).t('\n');
  if (cc === 'PT') d.t('Reembolso por transferência para ').l('IBAN', iban(r, 'PT')).t('\n');
  else d.t('Pagamento no cartão ').l('CARD', card(r)).t(` em ${r.int(2, 10)}x\n`);
};

const T_PL: Template = (d, r) => {
  const dec = person(r, ['pl']);
  const z = person(r, ['pl']);
  d.t(`Zakład Pogrzebowy „${r.pick(['Anioł', 'Hades', 'Memoriam'])}” — zlecenie nr ${D(r, 4)}/${r.int(2023, 2025)}\nZmarły/a: `).p(full(dec)).t(', ur. ').l('DOB', date(r, 'PL', ymd(r))).t(`, zm. ${otherDate(r, 'PL')}, PESEL ${D(r, 11)}\nOstatnie miejsce zamieszkania: `).l('ADDRESS', addr(r, 'PL', false)).t('\n');
  d.t(`Zleceniodawca: ${hon(r, 'pl')} `).p(full(z)).t(', tel. ').l('PHONE', phone(r, 'PL')).t('\nZasiłek pogrzebowy ZUS — przelew na konto: ').l('IBAN', iban(r, 'PL')).t('\n');
};

const T_SE: Template = (d, r) => {
  const dec = person(r, ['se', 'fi', 'no']);
  const dg = person(r, ['se']);
  d.t('BOUPPTECKNING\nEfter: ').p(full(dec)).t(`   Personnummer: ${D(r, 6)}-${D(r, 4)}\nDödsdag: ${otherDate(r, 'SE')}   Född: `).l('DOB', date(r, 'SE', ymd(r))).t('\nSenaste adress: ').l('ADDRESS', addr(r, 'SE', false)).t('\n\nDödsbodelägare:\n');
  d.t('  ').p(full(dg)).t(', ').l('PHONE', phone(r, 'SE')).t('\n  ').p(full(person(r, ['se']))).t('\n');
  d.t('Tillgångar: bankkonto ').l('IBAN', iban(r, 'SE')).t(`, fritidshus i ${r.pick(['Dalarna', 'Gotland'])}, Volvo 240.\nFörrättningsmän: `).p(nameForm(r, person(r, ['se']))).t(' och ').p(nameForm(r, person(r, ['se']))).t('\n');
};

const T_JA: Template = (d, r) => {
  const dec = nativePerson(r, 'ja');
  const mo = nativePerson(r, 'ja');
  d.t('【訃報】\n').p(full(dec)).t(`儀（享年${r.int(60, 99)}）が${r.int(2023, 2025)}年${r.int(1, 12)}月${r.int(1, 28)}日に永眠いたしました。\n`);
  if (r.chance(0.6)) d.t('生年月日：').l('DOB', date(r, 'JP', ymd(r))).t('\n');
  d.t(`通夜・告別式は${r.pick(['セレモニーホール桜', '市営斎場', '光明寺'])}にて執り行います。\n喪主：`).p(full(mo)).t(`（${r.pick(['長男', '妻', '長女'])}）\n連絡先：`).l('PHONE', phone(r, 'JP')).t('\n自宅：').l('ADDRESS', addr(r, 'JP')).t('\n');
  if (r.chance(0.5)) d.t('お問い合わせは葬儀社担当の').p(nativePerson(r, 'ja').s).t(`${r.pick(['様', 'さん'])}まで（`).l('EMAIL', `${r.pick(['info', 'sougi'])}@${r.pick(['sakura-hall.jp', 'komyoji.or.jp'])}`).t('）\n');
};

const T_JA_SOUZOKU: Template = (d, r) => {
  const dec = nativePerson(r, 'ja');
  const h = nativePerson(r, 'ja');
  d.t('相続手続きメモ\n被相続人：').p(full(dec)).t('（').l('DOB', date(r, 'JP', ymd(r))).t(`生）\n死亡日：${r.int(2023, 2025)}年${r.int(1, 12)}月${r.int(1, 28)}日\n`);
  d.t('相続人：').p(h.s).t(' 様、').p(full(nativePerson(r, 'ja'))).t(`さん\n司法書士に依頼（案件番号 ${D(r, 6)}）。ゆうちょの口座、マイナンバー ${D(r, 4)} ${D(r, 4)} ${D(r, 4)} は控え済み。\n担当：`).p(nativePerson(r, 'ja').s).t(' ').l('PHONE', phone(r, 'JP')).t('\n');
};

const T_KO: Template = (d, r) => {
  const dec = nativePerson(r, 'ko');
  const s = nativePerson(r, 'ko');
  d.t('[부고]\n').p(full(dec)).t(`님께서 ${r.int(2023, 2025)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일 별세하셨기에 삼가 알려드립니다.\n`);
  if (r.chance(0.5)) d.t('생년월일: ').l('DOB', date(r, 'KR', ymd(r))).t('\n');
  d.t(`빈소: ${r.pick(['서울아산병원 장례식장 3호실', '세브란스병원 장례식장 특1호'])}\n상주: `).p(full(s)).t(' (').l('PHONE', phone(r, 'KR')).t(`)\n발인: ${r.int(1, 12)}월 ${r.int(1, 28)}일 오전 ${r.int(6, 9)}시\n주소: `).l('ADDRESS', addr(r, 'KR')).t('\n');
};

const T_ZH: Template = (d, r) => {
  const dec = nativePerson(r, 'zh');
  const son = nativePerson(r, 'zh');
  d.t('讣告\n\n').p(full(dec)).t(`先生因病医治无效，于${r.int(2023, 2025)}年${r.int(1, 12)}月${r.int(1, 28)}日逝世，享年${r.int(60, 99)}岁。`);
  if (r.chance(0.6)) d.t('先生生于').l('DOB', date(r, 'ZH', ymd(r))).t('。');
  d.t(`\n告别仪式定于${r.pick(['八宝山殡仪馆', '龙华殡仪馆'])}举行。\n\n孝子 `).p(full(son)).t(' 泣告\n联系电话：').l('PHONE', r.pick([`138${D(r, 4)}${D(r, 4)}`, `+86 139 ${D(r, 4)} ${D(r, 4)}`])).t('\n');
};

const T_AT_PARTE: Template = (d, r) => {
  const dec = person(r, ['de', 'hu', 'cz']);
  d.t('In stiller Trauer geben wir Nachricht, dass unsere liebe Mutter, Oma und Uroma\n\n').t(r.pick(['Frau ', ''])).p(full(dec)).t('\n');
  d.t('geb. ').l('DOB', date(r, 'AT', ymd(r))).t(`\nam ${otherDate(r, 'AT')} im ${r.int(70, 99)}. Lebensjahr von uns gegangen ist.\n\nDie Verabschiedung findet in der Aufbahrungshalle ${r.pick(['Grinzing', 'St. Leonhard'])} statt.\n\nIn Liebe: `).p(nameForm(r, person(r, [dec.c]))).t(', ').p(nameForm(r, person(r, [dec.c]))).t(` im Namen aller Verwandten\nKondolenzen: `).l('EMAIL', email(r, person(r, [dec.c]))).t('\n');
};

const T_MX_TRAMITES: Template = (d, r) => {
  const dec = person(r, ['mx']);
  const me = person(r, ['mx']);
  d.t(`Hola, buenas tardes. Soy `).self(full(me)).t(`, mi ${r.pick(['papá', 'mamá', 'abuelita'])} `).p(`${dec.g} ${dec.s}`).t(` falleció el ${otherDate(r, 'MX')}. ¿Qué documentos necesitan para el acta de defunción? Su CURP es ${dec.s.slice(0, 2).toUpperCase()}${L(r)}${L(r)}${D(r, 6)}H${L(r)}${L(r)}${L(r)}${L(r)}${L(r)}0${r.int(1, 9)} y nació el `).l('DOB', date(r, 'MX', ymd(r))).t('.\n');
  d.t('Vivía en ').l('ADDRESS', addr(r, 'MX', false)).t('. Mi celular es ').l('PHONE', phone(r, 'MX')).t(`. Gracias y disculpen, todo esto es nuevo para nosotros.\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no PII at all, but plenty of traps.
const N_BLOG: Template = (d, r) => {
  d.t(`${r.pick(['Grief in the first year', 'What nobody tells you about probate', 'Planning a celebration of life'])}\n\n`);
  d.t(`Families often bring up ${r.pick(EPONYMS)} or ${r.pick(EPONYMS)} when we talk about costs and memorial gifts. In our experience the answer depends on the county. After ${r.pick(['Hurricane Ida', 'Storm Ciarán', 'the 2021 floods'])}, the Lincoln Park chapel hosted ${r.int(20, 90)} services in a month. `);
  d.t(`Our director of ${r.int(12, 40)} years says: start with the death certificate, then the will. If the deceased had ${r.pick(["Alzheimer's", 'Down syndrome', "Parkinson's"])}, ask the care home about the last bills first. Next open house: ${otherDate(r, 'US')}.\n`);
};
const N_PRICE_LIST: Template = (d, r) => {
  d.t(`GENERAL PRICE LIST — effective ${otherDate(r, 'US')} (${distractor(r)})\n`);
  const items = ['Basic services of funeral director and staff', 'Embalming', 'Casket "Lincoln" (solid cherry)', 'Casket "Grant" (18-gauge steel)', 'Urn "Rose Gold Hope"', 'Hearse (local)', 'Webcast package v2.3.1', 'Memorial folders (100)', 'Sotheby\'s-style estate valuation referral'];
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) d.t(`${r.pick(items)} .......... $${r.int(95, 6900)}.00\n`);
  d.t(`Prices exclude sales tax. EIN ${D(r, 2)}-${D(r, 7)}. Prepaid plans are protected under ${r.pick(["Megan's Law", 'the FTC Funeral Rule'])}-style consumer rules (16 CFR 453).\n`);
};
const N_COURT_FAQ: Template = (d, r) => {
  d.t(`Probate Self-Help Center — FAQ (updated ${otherDate(r, 'US')})\n\nQ: Where is my case number?\nA: It looks like ${r.int(2023, 2025)}-PR-${D(r, 6)} and is printed top-right on the Notice of Hearing.\n`);
  d.t(`Q: Can I pay the filing fee by card?\nA: Yes; a test charge to ${badCard(r)} will always be declined — that number is invalid and used for training only.\n`);
  d.t(`Q: Do I need the decedent's Social Security number?\nA: Only the last four digits (e.g. ${maskedSsn(r)}). Never write the full number on public filings.\n`);
};
const N_CHANGELOG: Template = (d, r) => {
  d.t(`estate-portal ${r.pick(['4.2.0', '4.3.1', '5.0.0-rc.2'])} changelog\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.t(`- ${hex(r, 7)} ${r.pick(['fix IBAN validator for NL', 'bump node to 20.11.1', 'add Heimlich manoeuvre training module', 'rename team "Lincoln" to "Atlas"', 'migrate audit logs', 'OS build 10.0.22631.3296 support', 'rotate API keys'])} (${r.pick(['#', 'PR-'])}${D(r, 4)})\n`);
  }
  d.t(`Released ${otherDate(r, 'GB')}. Checksum ${hex(r, 64)}\n`);
};
const N_TEST_DATA: Template = (d, r) => {
  d.t(`QA fixtures for payment form (all INVALID on purpose):\n  card: ${badCard(r)}\n  card: ${badCard(r)}\n  iban: ${badIban(r, r.pick(['DE', 'GB', 'FR']))}\n  iban: ${badIban(r, r.pick(['NL', 'ES', 'IT']))}\n  ssn:  ${maskedSsn(r)}\n  routing: ${r.pick(['0', '1'])}${D(r, 8)}\nExpected result: validation error on every row. Suite ${r.pick(['Kaplan-Meier', 'Heimlich', 'Nightingale'])} v${r.int(1, 3)}.${r.int(0, 9)}.\n`);
};
const N_DE_FAQ: Template = (d, r) => {
  d.t(`Häufige Fragen zum Erbschein\n\nWann brauche ich einen Erbschein? Banken verlangen ihn oft, wenn kein notarielles Testament vorliegt. Die Gebühr richtet sich nach dem GNotKG. Az.-Beispiel: ${r.int(1, 99)} VI ${D(r, 4)}/${r.int(20, 25)}.\n`);
  d.t(`Unsere Sprechzeiten ändern sich ab ${otherDate(r, 'DE')}. Die Friedhofskapelle an der Goethestraße bleibt wegen Sanierung geschlossen.\n`);
};
const N_BOT_CHAT: Template = (d, r) => {
  d.t(`user: what time does the crematorium open on saturdays\nbot: The Abraham Lincoln Memorial Chapel and crematorium are open 9:00–13:00 on Saturdays. Ticket #${D(r, 6)} created.\nuser: and can I bring Max? he's a very calm dog\nbot: Well-behaved pets are welcome in the garden of remembrance.\nuser: thanks. is the Florence Nightingale ward visiting still 2-4\nbot: Yes, unchanged since ${otherDate(r, 'GB')}.\n`);
};
const N_ACCOUNTS: Template = (d, r) => {
  d.t(`Estate account summary (anonymised for the accountant)\nOpening balance ${otherDate(r, 'GB')}: ${r.int(10, 99)},${D(r, 3)}.${D(r, 2)}\nPaid: funeral invoice INV-${r.int(2023, 2025)}-${D(r, 5)}; HMRC IHT ref ${L(r)}${L(r)}${D(r, 6)}/${r.int(23, 25)}; utility final bills.\n`);
  d.t(`Received: Premium Bonds encashment ${D(r, 10)}; ${r.pick(['Wells Fargo', 'Johnnie Walker Ltd dividend', 'Hugo Boss AG dividend'])}.\nNo personal data included per firm policy (sha1 ${hex(r, 40)}).\n`);
};
const N_FR_ES: Template = (d, r) => {
  if (r.chance(0.5)) d.t(`Information : nos bureaux seront fermés le ${otherDate(r, 'FR')}. Les cérémonies au crématorium Victor Hugo sont maintenues. Référence dossier ${D(r, 6)}/${L(r)}${L(r)}.\n`);
  else d.t(`Aviso: el tanatorio San Lázaro cierra la sala 3 por obras hasta el ${otherDate(r, 'ES')}. Expediente ${D(r, 4)}/${r.int(2023, 2025)}. Gracias por su comprensión.\n`);
};
const N_MASKED_TICKET: Template = (d, r) => {
  d.t(`Support ticket #${D(r, 7)} (redacted)\nCustomer [REDACTED] reports a duplicate charge on card ${maskedCard(r)} for the urn order ${D(r, 3)}-${D(r, 7)}. Callback number on file ***-***-${D(r, 4)}. SSN ${maskedSsn(r)} verified by the bereavement team. Client app v${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)}.\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Generation.
const PII_TEMPLATES: readonly Template[] = [
  T_ARRANGEMENT, T_UK_ARRANGEMENT, T_OBITUARY, T_DEATH_NOTICE, T_EXECUTOR_BANK, T_EXEC_BENEFICIARIES, T_PROBATE_US,
  T_UK_PROBATE, T_INVENTORY_CSV, T_INVENTORY_MD, T_BEREAVEMENT_CHAT, T_NOK_CALL, T_HOSPICE_TRANSFER, T_GUESTBOOK_LOG,
  T_AUDIT_LOG, T_INVOICE, T_REFUND_CHAT, T_LIFE_INSURANCE, T_SSA_CALL, T_IE_ADMIN, T_HEADSTONE, T_CREMATION_AUTH,
  T_REPATRIATION, T_FLOWERS, T_HOUSE_CLEARANCE, T_DIGITAL_LEGACY, T_DISTRIBUTION, T_HEARING_NOTICE, T_CREDITOR_NOTICE,
  T_WILL_MINUTES, T_SMS, T_FORUM, T_WHATSAPP, T_LIVESTREAM, T_CRM_JSON, T_VA_BURIAL, T_BANK_BEREAVEMENT, T_ESTATE_TAX,
  T_HEADERS, T_VOICEMAIL, T_FAMILY_TREE, T_DONATION, T_INDIA, T_DE_AUFTRAG, T_DE_ERBSCHEIN, T_FR_AVIS, T_FR_NOTAIRE,
  T_ES_ESQUELA, T_ES_NOTARIA, T_IT_NECROLOGIO, T_IT_SUCCESSIONE, T_NL_UITVAART, T_NL_NOTARIS, T_PT_BR, T_PL, T_SE,
  T_JA, T_JA_SOUZOKU, T_KO, T_ZH, T_AT_PARTE, T_MX_TRAMITES, T_PRENEED, T_SURVIVOR_CHECKLIST,
];
const NEGATIVE_TEMPLATES: readonly Template[] = [
  N_BLOG, N_PRICE_LIST, N_COURT_FAQ, N_CHANGELOG, N_TEST_DATA, N_DE_FAQ, N_BOT_CHAT, N_ACCOUNTS, N_FR_ES, N_MASKED_TICKET,
];
/** Number of distinct document templates (labelled and negative). */
export const INDEPENDENT72_TEMPLATE_COUNT = PII_TEMPLATES.length + NEGATIVE_TEMPLATES.length;

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent72Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent72Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT72_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT72_MIN_INSTANCES;
  const out: Independent72Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE_TEMPLATES)(d, r);
    else r.pick(PII_TEMPLATES)(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
