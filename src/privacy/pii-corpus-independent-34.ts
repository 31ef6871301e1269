/**
 * @module privacy/pii-corpus-independent-34 — blind labelled PII corpus #34: the gig economy and online
 * marketplaces.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, its docs, benchmarks, any other corpus or template file, or the
 * git history, and never ran the detector on this text. Every name, address, template and value below
 * was invented for this file.
 *
 * Seeds: 340001, 340002, 340003 ({@link INDEPENDENT34_SEEDS}); each yields whole documents until at
 * least {@link INDEPENDENT34_MIN_INSTANCES} labels exist.
 *
 * Contents: ride-hailing and food-delivery chats, driver/courier onboarding and payouts, freelancer and
 * home-services bookings and disputes, peer-to-peer rentals and second-hand sales, dating and community
 * apps' trust-and-safety reports, reviews, profiles, system logs and data exports, from 26 countries
 * and in a dozen languages; about one document in ten is a hard negative with no PII but with traps
 * (people-named brands, places, diseases and laws, order/trip/tracking numbers, hashes, versions,
 * timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after people,
 *   eponymous diseases/laws/awards and @handles are not labelled; names inside e-mail addresses neither.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked ones not.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the
 *   last postcode/city/country line); recipient name a separate PERSON; company lines, city-only
 *   mentions, directions, rooms and landmarks not.
 * - DOB: a person's date of birth only, cue words outside; other dates not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT34_SEEDS = [340001, 340002, 340003] as const;
export const INDEPENDENT34_MIN_INSTANCES = 2400;

/** A gold label carrying the exact text of its span. */
export type Independent34Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent34Entry = PiiCorpusEntry & { readonly labels: readonly Independent34Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are recorded while appending.

class Doc {
  text = '';
  readonly labels: Independent34Label[] = [];
  readonly known: string[] = [];
  t(s: string): void {
    this.text += s;
  }
  l(type: PiiType, value: string): void {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
  }
}

// ---------------------------------------------------------------------------------------------------
// Names. A leading '*' marks a feminine given name (used for honorifics only).

const CULTURES: Record<string, { g: string; s: string }> = {
  en: {
    g: 'James|*Olivia|*Rose|*Hope|Will|Bill|Grant|*May|Guy|*Faith|*Joy|Mark|Frank|*Dawn|Hunter|*Summer|Chance|Pat|Rich|*Ivy|*Hazel|Chase|*Brooke|Art|Buck',
    s: 'Whitaker|Holloway|Fletcher|Brooks|Marsh|Bishop|King|Rivers|Banks|Stone|Little|Young|Church|Cooke|Sharp|Pennington|Hardcastle|Baker|Wood|Hill',
  },
  ie: {
    g: '*Siobhán|Cian|*Aoife|*Niamh|Oisín|*Ciara|Darragh|*Róisín|Ruairí|*Saoirse',
    s: "O'Sullivan|Ní Bhriain|Mac Giolla Phádraig|Doherty|Fitzgerald|Keane|Ó Murchú|Brennan|Gallagher|McCarthy",
  },
  de: {
    g: 'Lukas|*Anneliese|Jürgen|*Friederike|Maximilian|*Sabine|Till|*Henrike|Jonas|*Greta|Matthias|*Ute',
    s: 'Schäfer|Wolff|Brandt|Köhler|Hoffmann|Krämer|Vogt|Zimmermann|Weiß|Lehmann|Fuchs|Becker',
  },
  fr: {
    g: '*Mathilde|Théo|Aurélien|*Camille|*Inès|Baptiste|*Solène|Gaspard|*Margaux|Yannick|*Océane|Loïc',
    s: 'Lefèvre|Dubois|Moreau|Girard|Rousseau|Fontaine|Chevalier|Marchand|Lambert|Fournier|Garnier|Lemaire',
  },
  es: {
    g: '*Lucía|Álvaro|*Nerea|Íñigo|*Pilar|*Rocío|Sergio|*Ainhoa|Javier|*Carmen|Pablo|*Amparo',
    s: 'García Ruiz|Fernández|Ortega|Navarro|Iglesias|Domínguez|Castillo|Herrera Soto|Muñoz|Serrano|Vidal|Gil',
  },
  mx: {
    g: '*Guadalupe|*Ximena|Jesús|*Itzel|Rodrigo|*Araceli|Emiliano|*Marisol|Joaquín|Uriel|*Citlali',
    s: 'Hernández|Villanueva|Cervantes|Zamora|Pineda|Téllez|Ramírez|Cuevas|Aguilar|Salgado|Ochoa',
  },
  pt: {
    g: 'João|Thiago|*Fernanda|*Luana|*Rafaela|Caio|Gonçalo|*Inês|*Thaís|Vinícius|*Beatriz|Rui',
    s: 'Souza|Carvalho|Oliveira|Nascimento|Figueiredo|Rocha|Magalhães|Pereira|Costa|Barbosa|Teixeira|Moura',
  },
  it: {
    g: '*Giulia|Lorenzo|*Chiara|Matteo|*Francesca|Alessio|*Beatrice|Davide|*Serena|Gianluca|*Ilaria',
    s: 'Esposito|Ricci|Bianchi|Colombo|Greco|Marchetti|De Luca|Ferrara|Galli|Conti|Mancini',
  },
  nl: {
    g: '*Sanne|Bram|*Femke|Joost|Maarten|*Lotte|Sven|*Marieke|Thijs|*Anouk',
    s: 'de Vries|van Dijk|Bakker|Visser|Jansen|van der Meer|Smit|Mulder|de Graaf|Bos',
  },
  pl: {
    g: '*Małgorzata|Krzysztof|*Agnieszka|Paweł|*Zofia|Wojciech|*Katarzyna|Tomasz|*Joanna|Łukasz',
    s: 'Nowak|Mazur|Wójcik|Kowalczyk|Krawczyk|Sikora|Baran|Duda|Michalak|Pawlak',
  },
  tr: {
    g: '*Elif|Emre|*Zeynep|Mehmet|*Ayşe|Burak|Cem|*Gül|Onur|*Derya|Serkan',
    s: 'Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan|Kılıç|Koç',
  },
  ar: {
    g: 'Said|*Fatima|Omar|*Layla|Youssef|*Noor|Khalid|*Amal|Hamza|*Rania|Tariq|*Huda',
    s: 'Al-Masri|Haddad|Nasser|Khoury|El-Sayed|Bakr|Mansour|Abdullah|Al-Amin|Saleh|Farouk|Hamdan',
  },
  fa: {
    g: 'Dariush|*Shirin|Arash|*Parisa|Navid|*Mahsa|Kourosh|*Golnaz',
    s: 'Tehrani|Farahani|Rahimi|Moradi|Karimi|Jafari|Sadeghi|Ahmadi',
  },
  in: {
    g: '*Priya|Arjun|*Ananya|Rohan|*Kavya|Vikram|*Deepika|Sanjay|*Lakshmi|Karthik|*Sneha|Aditya|*Pooja',
    s: 'Iyer|Chatterjee|Reddy|Nair|Gupta|Deshpande|Banerjee|Menon|Sharma|Patel|Kulkarni|Pillai|Joshi',
  },
  pk: {
    g: '*Ayesha|Bilal|Farhan|*Nusrat|Imran|*Sadia|Usman|*Mahnoor|Tanvir|*Farzana',
    s: 'Chaudhry|Qureshi|Rahman|Hossain|Siddiqui|Malik|Butt|Akhtar|Chowdhury|Mirza',
  },
  zh: {
    g: 'Wei|*Xiaoling|Jun|*Mei|Haoran|Yifan|*Lin|*Jing|Zhiwei|*Yuxin|Tao',
    s: 'Wang|Zhang|Liu|Chen|Huang|Zhao|Xu|Zhou|Sun|Guo|Lin',
  },
  ja: {
    g: '*Yuki|Haruto|*Sakura|Ren|*Aoi|Daichi|*Hina|Sota|*Misaki|Kenta|*Yui',
    s: 'Tanaka|Suzuki|Takahashi|Watanabe|Kobayashi|Yamamoto|Nakamura|Ito|Sato|Inoue|Kato',
  },
  ko: {
    g: 'Min-jun|*Seo-yeon|Ji-ho|*Ha-eun|Do-yoon|*Su-bin|Hyun-woo|*Ji-woo|Seung-hoon|*Eun-ji',
    s: 'Kim|Park|Choi|Jung|Kang|Yoon|Han|Lim|Shin|Oh',
  },
  vi: {
    g: 'Minh|*Thảo|Quang|*Linh|Tuấn|*Hương|Đức|*Ngọc|Hải|*Trang',
    s: 'Nguyễn|Trần|Phạm|Lê|Hoàng|Vũ|Đặng|Bùi|Đỗ|Huỳnh',
  },
  ph: {
    g: '*Maricel|Jomar|*Rhea|Angelito|*Kristine|Bong|*Marites|Jericho|*Lovely|Rommel',
    s: 'Dela Cruz|Santos|Reyes|Bautista|Mendoza|Aquino|Macaraeg|Dimaculangan|Villareal|Panganiban',
  },
  id: {
    g: '*Putri|Agus|*Dewi|Budi|*Siti|Rizky|*Ayu|Bayu|*Indah|Fajar',
    s: 'Wijaya|Santoso|Hidayat|Saputra|Kusuma|Pratama|Nugroho|Setiawan|Halim|Gunawan',
  },
  ng: {
    g: 'Chinedu|*Ngozi|Oluwaseun|*Adaeze|Emeka|*Funmilayo|Tunde|*Blessing|*Precious|Ikechukwu|*Yetunde|Godwin',
    s: 'Okafor|Adeyemi|Nwosu|Balogun|Eze|Ogunleye|Obi|Okonkwo|Adebayo|Uchenna|Bello|Onyekachi',
  },
  ke: {
    g: '*Wanjiru|Otieno|*Achieng|Kamau|*Njeri|Baraka|*Amani|Kipchoge|*Akinyi|Mutiso',
    s: 'Mwangi|Odhiambo|Kiprono|Wambui|Mutua|Chebet|Njoroge|Kariuki|Owino|Kimani',
  },
  za: {
    g: 'Thabo|*Lerato|Sipho|*Nomvula|Pieter|*Anri|Bongani|*Thandiwe|Johan|*Zanele',
    s: 'Dlamini|Nkosi|van Wyk|Botha|Mokoena|Khumalo|Ndlovu|Pretorius|Mahlangu|du Plessis',
  },
  ru: {
    g: 'Dmitri|*Oksana|*Anastasia|Taras|*Yulia|Mykola|Sergei|*Olena|Andriy|*Svetlana',
    s: 'Shevchenko|Kovalenko|Petrov|Sokolov|Bondarenko|Melnyk|Volkov|Tkachenko|Morozov|Kravets',
  },
  nord: {
    g: '*Astrid|Leif|*Ingrid|Sindre|*Freja|Mikkel|*Sigrid|Lasse|*Maja|Eero',
    s: 'Lindqvist|Johansson|Haugen|Nieminen|Sørensen|Bergström|Halvorsen|Virtanen|Dahl|Lund',
  },
  el: {
    g: '*Eleni|Giorgos|*Dimitra|Nikos|*Katerina|Stavros|*Despina|Yannis',
    s: 'Papadopoulos|Georgiou|Antoniou|Nikolaidis|Christodoulou|Vlachos|Karagiannis|Pappas',
  },
  he: {
    g: '*Noa|*Yael|Eitan|Avi|*Tamar|Oren|*Shira|Yosef',
    s: 'Levi|Mizrahi|Friedman|Ben-David|Peretz|Azoulay|Shapiro|Katz',
  },
  et: {
    g: 'Abebe|*Selam|*Tigist|Dawit|*Hiwot|Yonas|*Meron|Bereket',
    s: 'Tesfaye|Bekele|Girma|Haile|Alemu|Tadesse|Mekonnen|Assefa',
  },
  jm: {
    g: '*Shanice|Marlon|*Tishana|Delroy|*Kimoy|Andre|*Sherika|Damion',
    s: 'Campbell|Grant|Thompson|McKenzie|Brown|Powell|Francis|Bailey',
  },
};
const POOLS = Object.fromEntries(
  Object.entries(CULTURES).map(([k, v]) => [k, { g: v.g.split('|'), s: v.s.split('|') }]),
) as Record<string, { g: string[]; s: string[] }>;
const CULTURE_KEYS = Object.keys(POOLS);
const EAST = new Set(['zh', 'ja', 'ko', 'vi']);

interface Person {
  readonly g: string;
  readonly s: string;
  readonly f: boolean;
  readonly east: boolean;
}

function full(p: Person): string {
  return p.east ? `${p.s} ${p.g}` : `${p.g} ${p.s}`;
}

type NameForm = 'any' | 'full' | 'given' | 'formal';

function renderName(r: Rng, p: Person, form: NameForm): string {
  if (form === 'full') return full(p);
  if (form === 'given') return p.g;
  const x = r.next();
  if (form === 'formal') {
    if (x < 0.5) return full(p);
    if (x < 0.7) return `${p.s}, ${p.g}`;
    if (x < 0.85) return `${p.g.charAt(0)}. ${p.s}`;
    return full(p).toUpperCase();
  }
  if (x < 0.5) return full(p);
  if (x < 0.68) return p.g;
  if (x < 0.76) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.83) return full(p).toUpperCase();
  if (x < 0.9) return full(p).toLowerCase();
  return `${p.s}, ${p.g}`;
}

const ASCII_MAP: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', ı: 'i', đ: 'd', Đ: 'D', ß: 'ss' };
function ascii(s: string): string {
  return [...s]
    .map((ch) => ASCII_MAP[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// Japanese and Korean names in their own script: [surname, given].
const JA_SCRIPT: readonly (readonly [string, string])[] = [
  ['佐藤', '花子'], ['鈴木', '健太'], ['高橋', '美咲'], ['田中', '翔'], ['伊藤', '結衣'], ['渡辺', '大輔'],
  ['山本', 'さくら'], ['中村', '蓮'], ['小林', '陽菜'], ['加藤', '拓海'], ['吉田', '葵'], ['松本', '悠真'],
];
const KO_SCRIPT: readonly (readonly [string, string])[] = [
  ['김', '민준'], ['이', '서연'], ['박', '지호'], ['최', '하은'], ['정', '도윤'], ['강', '수빈'], ['조', '현우'],
  ['윤', '지우'], ['장', '예린'], ['임', '태현'],
];

// ---------------------------------------------------------------------------------------------------
// Locales: phone numbers, postal addresses and dates written the way each country writes them.

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const p2 = (n: number): string => String(n).padStart(2, '0');
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';

interface Locale {
  readonly cc: string;
  readonly country: string;
  readonly lang: string;
  readonly cultures: readonly string[];
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
  readonly date: (r: Rng, y: number, m: number, d: number) => string;
  readonly iban?: string;
  readonly join?: string;
}

const L_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const letter = (r: Rng, from = L_LETTERS): string => from.charAt(r.int(0, from.length - 1));

const dmySlash = (r: Rng, y: number, m: number, d: number): string => `${p2(d)}/${p2(m)}/${y}`;
const dateGB = (r: Rng, y: number, m: number, d: number): string =>
  r.pick([dmySlash(r, y, m, d), `${d} ${mon(MON_EN, m)} ${y}`, `${d}/${m}/${y}`, `${d} ${mon(MON_EN, m).slice(0, 3)} ${y}`]);
const dateDot = (r: Rng, y: number, m: number, d: number): string =>
  r.pick([`${p2(d)}.${p2(m)}.${y}`, `${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${mon(MON_DE, m)} ${y}`]);

function usPhone(r: Rng): string {
  const a = String(r.int(201, 989));
  const e = String(r.int(201, 989));
  const n = r.digits(4);
  return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`, `+1 (${a}) ${e}-${n}`, `${a} ${e} ${n}`]);
}

const LOCALES: Record<string, Locale> = {
  US: {
    cc: 'US', country: 'USA', lang: 'en',
    cultures: ['en', 'en', 'mx', 'in', 'zh', 'ko', 'vi', 'ph', 'ng', 'ar', 'jm', 'he', 'et', 'ie', 'ru'],
    phone: usPhone,
    addr: (r) => {
      const [city, st, zip] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Denver', 'CO', '802'], ['Tucson', 'AZ', '857'], ['Chicago', 'IL', '606'], ['Savannah', 'GA', '314'], ['Fresno', 'CA', '937'], ['Newark', 'NJ', '071'], ['Brooklyn', 'NY', '112']] as const);
      const lines = [`${r.int(12, 9870)} ${r.pick(['Maple Ridge Dr', 'Oak Hollow Ln', 'W 34th St', 'Sunset Blvd', 'Cedar Ave', 'Lakeview Ter', 'N Halsted St', 'Magnolia Way', 'Juniper Ct', 'Pine Bluff Rd', 'E Colfax Ave'])}`];
      if (r.chance(0.4)) lines.push(r.pick([`Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, `Unit ${r.int(100, 420)}`, `#${r.int(2, 30)}`]));
      lines.push(`${city}, ${st} ${zip}${r.digits(2)}`);
      return lines;
    },
    date: (r, y, m, d) => r.pick([`${m}/${d}/${y}`, `${p2(m)}/${p2(d)}/${y}`, `${mon(MON_EN, m)} ${d}, ${y}`, `${mon(MON_EN, m).slice(0, 3)} ${d} ${y}`]),
  },
  CA: {
    cc: 'CA', country: 'Canada', lang: 'en', cultures: ['en', 'fr', 'zh', 'in', 'ph', 'fa', 'pk'],
    phone: usPhone,
    addr: (r) => {
      const [street, city, prov, fsa] = r.pick([['Rue Saint-Denis', 'Montréal', 'QC', 'H2X'], ['Yonge St', 'Toronto', 'ON', 'M4Y'], ['Granville St', 'Vancouver', 'BC', 'V6Z'], ['Jasper Ave', 'Edmonton', 'AB', 'T5J'], ['Spring Garden Rd', 'Halifax', 'NS', 'B3H']] as const);
      const unit = r.chance(0.4) ? `${r.int(101, 2304)}-` : '';
      return [`${unit}${r.int(10, 3999)} ${street}`, `${city} ${prov} ${fsa} ${r.int(1, 9)}${letter(r, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(1, 9)}`];
    },
    date: (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${mon(MON_EN, m)} ${d}, ${y}`, `${p2(d)}/${p2(m)}/${y}`]),
  },
  GB: {
    cc: 'GB', country: 'United Kingdom', lang: 'en', iban: 'GB', cultures: ['en', 'en', 'ie', 'in', 'pk', 'pl', 'ng', 'jm', 'ar', 'zh', 'el'],
    phone: (r) => r.pick([`07${r.int(100, 999)} ${r.digits(6)}`, `+44 7${r.int(100, 999)} ${r.digits(6)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `0113 ${r.int(2, 4)}${r.digits(2)} ${r.digits(4)}`, `+44 (0)7${r.int(100, 999)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => {
      const [city, pc] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['London', 'SE'], ['Sheffield', 'S']] as const);
      const lines: string[] = [];
      if (r.chance(0.35)) lines.push(`Flat ${r.int(1, 24)}`);
      lines.push(`${r.int(1, 220)} ${r.pick(['Cranbourne Road', 'Victoria Terrace', 'Mill Lane', 'Albert Street', 'Kingsway', 'Hawthorn Close', 'Station Approach', 'Beech Grove'])}`);
      lines.push(city, `${pc}${r.int(1, 28)} ${r.int(1, 9)}${letter(r)}${letter(r)}`);
      return lines;
    },
    date: dateGB,
  },
  IE: {
    cc: 'IE', country: 'Ireland', lang: 'en', iban: 'IE', cultures: ['ie', 'ie', 'en', 'pl', 'pt', 'in'],
    phone: (r) => {
      const k = r.pick(['3', '5', '6', '7', '9']);
      return r.pick([`08${k} ${r.digits(3)} ${r.digits(4)}`, `+353 8${k} ${r.digits(3)} ${r.digits(4)}`]);
    },
    addr: (r) => {
      const [area, city, ec] = r.pick([['Salthill', 'Galway', 'H91'], ['Rathmines', 'Dublin 6', 'D06'], ['Ballintemple', 'Cork', 'T12'], ['Castletroy', 'Limerick', 'V94']] as const);
      return [`${r.int(1, 90)} ${r.pick(['Harbour View', 'Church Road', 'Seafield Park', 'Oakwood Drive'])}`, area, `${city}`, `${ec} ${letter(r, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}${letter(r, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}`];
    },
    date: dateGB,
  },
  DE: {
    cc: 'DE', country: 'Deutschland', lang: 'de', iban: 'DE', cultures: ['de', 'de', 'tr', 'pl', 'ru', 'ar', 'it', 'el', 'fa'],
    phone: (r) => {
      const mob = r.pick(['151', '152', '160', '162', '170', '171', '176', '157']);
      return r.pick([`+49 ${mob} ${r.digits(8)}`, `0${mob} ${r.digits(7)}`, `030 ${r.digits(8)}`, `0221 ${r.digits(3)} ${r.digits(4)}`, `+49 (0)${mob} ${r.digits(4)} ${r.digits(4)}`, `0${mob}/${r.digits(7)}`]);
    },
    addr: (r) => {
      const [pc, city] = r.pick([['10', 'Berlin'], ['50', 'Köln'], ['80', 'München'], ['20', 'Hamburg'], ['04', 'Leipzig'], ['70', 'Stuttgart'], ['60', 'Frankfurt am Main']] as const);
      return [`${r.pick(['Lindenstraße', 'Hauptstraße', 'Schillerstraße', 'Am Mühlbach', 'Bahnhofstraße', 'Kastanienallee', 'Goethestraße', 'Weidenweg'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${pc}${r.digits(3)} ${city}`];
    },
    date: dateDot,
  },
  AT: {
    cc: 'AT', country: 'Österreich', lang: 'de', iban: 'AT', cultures: ['de', 'tr', 'el', 'pl'],
    phone: (r) => r.pick([`+43 6${r.int(50, 99)} ${r.digits(7)}`, `06${r.int(50, 99)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'])} ${r.int(1, 120)}/${r.int(1, 20)}`, `${r.pick(['1060 Wien', '8010 Graz', '5020 Salzburg', '4020 Linz'])}`],
    date: dateDot,
  },
  FR: {
    cc: 'FR', country: 'France', lang: 'fr', iban: 'FR', cultures: ['fr', 'fr', 'ar', 'pt', 'vi', 'et'],
    phone: (r) => {
      const pairs = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      const k = r.pick(['6', '7']);
      return r.pick([`0${k} ${pairs()}`, `+33 ${k} ${pairs()}`, `0${k}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `01 ${pairs()}`]);
    },
    addr: (r) => {
      const [pc, city] = r.pick([['69', 'Lyon'], ['75', 'Paris'], ['13', 'Marseille'], ['31', 'Toulouse'], ['44', 'Nantes'], ['59', 'Lille']] as const);
      const lines: string[] = [];
      if (r.chance(0.3)) lines.push(`Bât. ${letter(r, 'ABCD')}, appt ${r.int(2, 60)}`);
      lines.push(`${r.int(1, 180)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Lilas', 'allée des Peupliers'])}`);
      lines.push(`${pc}0${r.digits(2)} ${city}`);
      return lines;
    },
    date: (r, y, m, d) => (r.chance(0.6) ? dmySlash(r, y, m, d) : `${d === 1 ? '1er' : d} ${mon(MON_FR, m)} ${y}`),
  },
  ES: {
    cc: 'ES', country: 'España', lang: 'es', iban: 'ES', cultures: ['es', 'es', 'mx', 'ar', 'pt', 'ru'],
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(8)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['28', 'Madrid'], ['08', 'Barcelona'], ['41', 'Sevilla'], ['46', 'València'], ['29', 'Málaga'], ['48', 'Bilbao']] as const);
      return [`${r.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle San Vicente', 'Carrer de Verdi'])}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['izq.', 'dcha.', 'A', 'B', '2ª'])}`, `${pc}0${r.digits(2)} ${city}`];
    },
    date: (r, y, m, d) => (r.chance(0.65) ? dmySlash(r, y, m, d) : `${d} de ${mon(MON_ES, m)} de ${y}`),
  },
  IT: {
    cc: 'IT', country: 'Italia', lang: 'it', iban: 'IT', cultures: ['it', 'it', 'ar', 'ru', 'ph', 'et'],
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `02 ${r.digits(4)} ${r.digits(4)}`, `3${r.digits(2)}-${r.digits(3)}${r.digits(4)}`]),
    addr: (r) => {
      const [pc, city, pr] = r.pick([['20', 'Milano', 'MI'], ['00', 'Roma', 'RM'], ['10', 'Torino', 'TO'], ['80', 'Napoli', 'NA'], ['40', 'Bologna', 'BO'], ['50', 'Firenze', 'FI']] as const);
      return [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Via Roma', 'Piazza Dante'])} ${r.int(1, 150)}`, `${pc}1${r.digits(2)} ${city} (${pr})`];
    },
    date: (r, y, m, d) => (r.chance(0.7) ? dmySlash(r, y, m, d) : `${d} ${mon(MON_IT, m)} ${y}`),
  },
  NL: {
    cc: 'NL', country: 'Nederland', lang: 'nl', iban: 'NL', cultures: ['nl', 'nl', 'tr', 'ar', 'id', 'pl'],
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [
      `${r.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsweg', 'Oudegracht', 'Laan van Meerdervoort', 'Zeestraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' A', ' hs'])}`,
      `${r.int(1011, 9999)} ${letter(r, 'ABCEGHJKLMNPRTVWXZ')}${letter(r, 'ABCEGHJKLMNPRTVWXZ')} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Groningen', 'Eindhoven'])}`,
    ],
    date: (r, y, m, d) => (r.chance(0.7) ? `${p2(d)}-${p2(m)}-${y}` : `${d} ${mon(MON_NL, m)} ${y}`),
  },
  BE: {
    cc: 'BE', country: 'Belgique', lang: 'fr', iban: 'BE', cultures: ['nl', 'fr', 'ar', 'it'],
    phone: (r) => r.pick([`+32 4${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Rue Haute', 'Chaussée de Wavre', 'Meir', 'Kortrijksesteenweg'])} ${r.int(1, 300)}`, r.pick(['1000 Bruxelles', '2000 Antwerpen', '9000 Gent', '4000 Liège'])],
    date: dmySlash,
  },
  PT: {
    cc: 'PT', country: 'Portugal', lang: 'pt', iban: 'PT', cultures: ['pt', 'pt', 'in', 'et'],
    phone: (r) => r.pick([`+351 9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => [`${r.pick(['Rua da Prata', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, ${r.int(1, 250)}, ${r.int(1, 5)}º ${r.pick(['Esq.', 'Dto.'])}`, `${r.pick(['1100', '1250', '4000', '3000'])}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Coimbra'])}`],
    date: dmySlash,
  },
  BR: {
    cc: 'BR', country: 'Brasil', lang: 'pt', iban: 'BR', cultures: ['pt', 'pt', 'ja', 'it', 'de', 'ar'],
    phone: (r) => {
      const ddd = r.pick(['11', '21', '41', '71', '31', '81', '51']);
      return r.pick([`(${ddd}) 9${r.digits(4)}-${r.digits(4)}`, `+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}`, `${ddd} 9${r.digits(4)} ${r.digits(4)}`, `+55 (${ddd}) 9${r.digits(4)}-${r.digits(4)}`]);
    },
    addr: (r) => {
      const [city, uf, b, cep] = r.pick([['São Paulo', 'SP', 'Pinheiros', '054'], ['Rio de Janeiro', 'RJ', 'Botafogo', '222'], ['Curitiba', 'PR', 'Batel', '804'], ['Salvador', 'BA', 'Barra', '401'], ['Belo Horizonte', 'MG', 'Savassi', '301'], ['Recife', 'PE', 'Boa Viagem', '510']] as const);
      return [`${r.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro', 'Avenida Sete de Setembro'])}, ${r.int(10, 2999)}${r.chance(0.5) ? ` - apto ${r.int(11, 184)}` : ''}`, `${b}, ${city} - ${uf}`, `${cep}${r.digits(2)}-${r.digits(3)}`];
    },
    date: (r, y, m, d) => (r.chance(0.8) ? dmySlash(r, y, m, d) : `${d} de ${mon(MON_PT, m)} de ${y}`),
  },
  MX: {
    cc: 'MX', country: 'México', lang: 'es', cultures: ['mx', 'mx', 'es'],
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [city, st, col, cp] = r.pick([['Ciudad de México', 'CDMX', 'Roma Norte', '06'], ['Guadalajara', 'Jal.', 'Americana', '44'], ['Monterrey', 'N.L.', 'Obispado', '64'], ['Puebla', 'Pue.', 'La Paz', '72'], ['Mérida', 'Yuc.', 'García Ginerés', '97']] as const);
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Morelos', 'Av. Juárez'])} ${r.int(10, 1999)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}, Col. ${col}`, `${cp}${r.digits(3)} ${city}, ${st}`];
    },
    date: (r, y, m, d) => (r.chance(0.7) ? dmySlash(r, y, m, d) : `${d} de ${mon(MON_ES, m)} de ${y}`),
  },
  IN: {
    cc: 'IN', country: 'India', lang: 'en', cultures: ['in'],
    phone: (r) => {
      const a = `${r.int(6, 9)}${r.digits(4)}`;
      return r.pick([`+91 ${a} ${r.digits(5)}`, `0${a} ${r.digits(5)}`, `${a}${r.digits(5)}`, `+91-${a}-${r.digits(5)}`]);
    },
    addr: (r) => {
      const [city, pin, area, state] = r.pick([['Bengaluru', '560', 'Indiranagar', 'Karnataka'], ['Pune', '411', 'Kothrud', 'Maharashtra'], ['Mumbai', '400', 'Andheri West', 'Maharashtra'], ['Hyderabad', '500', 'Madhapur', 'Telangana'], ['Chennai', '600', 'Adyar', 'Tamil Nadu'], ['New Delhi', '110', 'Lajpat Nagar', 'Delhi']] as const);
      return [`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Lakshmi Towers', 'Green Glen Apartments', 'Shanti Kunj', 'Sunrise Enclave'])}`, `${r.pick(['1st', '2nd', '3rd', '4th', '6th', '9th', '12th', '14th'])} Cross, ${area}`, `${city} ${pin}0${r.digits(2)}`, state];
    },
    date: (r, y, m, d) => r.pick([dmySlash(r, y, m, d), `${p2(d)}-${p2(m)}-${y}`, `${d} ${mon(MON_EN, m)} ${y}`]),
  },
  JP: {
    cc: 'JP', country: 'Japan', lang: 'ja', cultures: ['ja', 'ja', 'zh', 'ko'],
    phone: (r) => r.pick([`0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`, `+81 ${r.pick(['90', '80'])}-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [area, ward, city, pc] = r.pick([['Jingumae', 'Shibuya-ku', 'Tokyo', '150'], ['Umeda', 'Kita-ku', 'Osaka', '530'], ['Motomachi', 'Naka-ku', 'Yokohama', '231'], ['Tenjin', 'Chuo-ku', 'Fukuoka', '810']] as const);
      return [`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${area}`, `${ward}, ${city} ${pc}-${r.digits(4)}`];
    },
    date: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]),
  },
  AU: {
    cc: 'AU', country: 'Australia', lang: 'en', cultures: ['en', 'en', 'zh', 'vi', 'el', 'in', 'ie'],
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, st, pc] = r.pick([['Bondi', 'NSW', '2026'], ['Fitzroy', 'VIC', '3065'], ['New Farm', 'QLD', '4005'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
      const unit = r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : '';
      return [`${unit}${r.int(1, 300)} ${r.pick(['Beach Rd', 'Brunswick St', 'Wattle Ave', 'Oxford St', 'Queen St'])}`, `${sub} ${st} ${pc}`];
    },
    date: dateGB,
  },
  NG: {
    cc: 'NG', country: 'Nigeria', lang: 'en', cultures: ['ng'],
    phone: (r) => {
      const k = r.pick(['803', '806', '813', '703', '905', '816', '802']);
      return r.pick([`+234 ${k} ${r.digits(3)} ${r.digits(4)}`, `0${k} ${r.digits(3)} ${r.digits(4)}`, `0${k}${r.digits(7)}`]);
    },
    addr: (r) => r.pick([
      [`Plot ${r.int(2, 90)}, Admiralty Way`, 'Lekki Phase 1', 'Lagos'],
      [`${r.int(1, 60)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Bode Thomas Street'])}`, r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Surulere, Lagos'])],
      [`${r.int(1, 40)} Aminu Kano Crescent`, 'Wuse 2, Abuja', `FCT ${r.pick(['900288', '900281'])}`],
    ]),
    date: dmySlash,
  },
  KE: {
    cc: 'KE', country: 'Kenya', lang: 'en', cultures: ['ke', 'ke', 'in'],
    phone: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(6)}`, `07${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+254 1${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => r.pick([
      [`P.O. Box ${r.int(100, 99999)}-00100`, 'Nairobi'],
      [`${r.pick(['Hse', 'Apt'])} ${r.int(1, 40)}, ${r.pick(['Ngong Road', 'Argwings Kodhek Road', 'Kindaruma Road'])}`, `${r.pick(['Kilimani', 'Lavington', 'Kileleshwa'])}, Nairobi`],
      [`P.O. Box ${r.int(100, 9999)}-80100`, 'Mombasa'],
    ]),
    date: dmySlash,
  },
  ZA: {
    cc: 'ZA', country: 'South Africa', lang: 'en', cultures: ['za', 'za', 'en', 'in'],
    phone: (r) => {
      const k = r.pick(['82', '83', '72', '71', '61', '84']);
      return r.pick([`+27 ${k} ${r.digits(3)} ${r.digits(4)}`, `0${k} ${r.digits(3)} ${r.digits(4)}`]);
    },
    addr: (r) => {
      const [sub, city, pc] = r.pick([['Gardens', 'Cape Town', '8001'], ['Sea Point', 'Cape Town', '8005'], ['Melville', 'Johannesburg', '2092'], ['Morningside', 'Durban', '4001']] as const);
      return [`${r.int(1, 200)} ${r.pick(['Long Street', 'Kloof Road', '4th Avenue', 'Jan Smuts Ave'])}`, sub, city, pc];
    },
    date: (r, y, m, d) => r.pick([`${y}/${p2(m)}/${p2(d)}`, `${d} ${mon(MON_EN, m)} ${y}`, dmySlash(r, y, m, d)]),
  },
  PL: {
    cc: 'PL', country: 'Polska', lang: 'pl', iban: 'PL', cultures: ['pl', 'pl', 'ru'],
    phone: (r) => {
      const k = `${r.pick(['5', '6', '7', '8'])}${r.digits(2)}`;
      return r.pick([`+48 ${k} ${r.digits(3)} ${r.digits(3)}`, `${k}-${r.digits(3)}-${r.digits(3)}`, `${k} ${r.digits(3)} ${r.digits(3)}`]);
    },
    addr: (r) => [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętojańska', 'Krakowska'])} ${r.int(1, 150)}${r.chance(0.6) ? ` m. ${r.int(1, 60)}` : ''}`, `${r.pick(['00', '31', '90', '80', '50'])}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Łódź', 'Gdańsk', 'Wrocław'])}`],
    date: dateDot,
  },
  TR: {
    cc: 'TR', country: 'Türkiye', lang: 'tr', iban: 'TR', cultures: ['tr'],
    phone: (r) => r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `05${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Caferağa', 'Moda', 'Bostancı', 'Kavacık'])} Mah. ${r.pick(['Bağdat Cad.', 'Şair Nefi Sok.', 'Mühürdar Cad.'])} No: ${r.int(1, 250)} D: ${r.int(1, 20)}`, `${r.pick(['34710 Kadıköy', '34744 Kadıköy', '34820 Beykoz'])}/İstanbul`],
    date: dateDot,
  },
  PH: {
    cc: 'PH', country: 'Philippines', lang: 'en', cultures: ['ph'],
    phone: (r) => r.pick([`+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`Blk ${r.int(1, 40)} Lot ${r.int(1, 30)}, ${r.pick(['Mabini St.', 'Rizal Ave.', 'Sampaguita St.'])}`, `Brgy. ${r.pick(['San Isidro', 'Malanday', 'Poblacion'])}`, `${r.pick(['Quezon City 1100', 'Marikina 1800', 'Pasig 1600', 'Cebu City 6000'])}`],
    date: (r, y, m, d) => r.pick([`${p2(m)}/${p2(d)}/${y}`, `${mon(MON_EN, m)} ${d}, ${y}`]),
  },
  ID: {
    cc: 'ID', country: 'Indonesia', lang: 'id', cultures: ['id', 'id', 'zh'],
    phone: (r) => r.pick([`+62 8${r.digits(2)}-${r.digits(4)}-${r.digits(4)}`, `08${r.digits(2)}-${r.digits(4)}-${r.digits(4)}`, `08${r.digits(2)}${r.digits(7)}`, `+62 8${r.digits(2)} ${r.digits(4)} ${r.digits(3)}`]),
    addr: (r) => [`Jl. ${r.pick(['Kemang Raya', 'Cempaka Putih', 'Dago', 'Malioboro', 'Veteran'])} No. ${r.int(1, 180)}`, `RT ${p2(r.int(1, 15))}/RW ${p2(r.int(1, 12))}, Kel. ${r.pick(['Bangka', 'Lebak Bulus', 'Sukajadi'])}`, `${r.pick(['Jakarta Selatan 12730', 'Bandung 40162', 'Yogyakarta 55213', 'Surabaya 60271'])}`],
    date: (r, y, m, d) => (r.chance(0.6) ? dmySlash(r, y, m, d) : `${d} ${mon(MON_ID, m)} ${y}`),
  },
  KR: {
    cc: 'KR', country: 'Korea', lang: 'ko', cultures: ['ko'],
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `010 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 300)} ${r.pick(['Teheran-ro', 'Itaewon-ro', 'Haeundae-ro', 'Yanghwa-ro'])}, ${r.pick(['Gangnam-gu', 'Yongsan-gu', 'Mapo-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${r.digits(5)}`],
    date: (r, y, m, d) => r.pick([`${y}.${p2(m)}.${p2(d)}`, `${y}년 ${m}월 ${d}일`]),
  },
  SE: {
    cc: 'SE', country: 'Sverige', lang: 'en', iban: 'SE', cultures: ['nord', 'nord', 'ar', 'fa', 'et'],
    phone: (r) => r.pick([`07${r.int(0, 9)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.int(0, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Storgatan', 'Drottninggatan', 'Västra Hamngatan', 'Sveavägen'])} ${r.int(1, 90)}`, `${r.int(111, 418)} ${r.digits(2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'])}`],
    date: (r, y, m, d) => `${y}-${p2(m)}-${p2(d)}`,
  },
};
const LOC_KEYS = Object.keys(LOCALES);
const EN_LOCS = ['US', 'US', 'US', 'GB', 'GB', 'CA', 'IE', 'AU', 'IN', 'NG', 'KE', 'ZA', 'PH'];
const EU_IBAN_LOCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'PT', 'PL', 'IE', 'AT', 'SE', 'TR'];

function loc(code: string): Locale {
  const l = LOCALES[code];
  if (!l) throw new Error(`no locale ${code}`);
  return l;
}

// ---------------------------------------------------------------------------------------------------
// Value generators.

function makePerson(r: Rng, lc: Locale): Person {
  const cul = r.chance(0.8) ? r.pick(lc.cultures) : r.pick(CULTURE_KEYS);
  const pool = POOLS[cul] ?? POOLS.en!;
  const raw = r.pick(pool.g);
  let s = r.pick(pool.s);
  if ((cul === 'es' || cul === 'mx') && r.chance(0.3) && !s.includes(' ')) s = `${s} ${r.pick(pool.s).split(' ')[0]}`;
  return { g: raw.replace('*', ''), s, f: raw.startsWith('*'), east: EAST.has(cul) && r.chance(0.5) };
}

const DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'proton.me', 'yahoo.co.uk', 'hotmail.fr', 'web.de', 'gmx.de', 'yahoo.com.br', 'naver.com', 'qq.com', 'rediffmail.com', 'libero.it', 'wp.pl', 'orange.fr', 't-online.de', 'ymail.com', 'live.nl', 'bigpond.com', 'fastmail.com', 'mail.com', 'uol.com.br', 'yandex.com', 'zoho.com'];

function emailOf(r: Rng, p?: Person): string {
  if (!p) return `${r.pick(['support', 'payouts', 'trust', 'safety', 'help', 'disputes', 'hosts', 'partners', 'billing', 'noreply'])}@${r.pick(['ridezo.app', 'munchrun.com', 'fixfolk.io', 'rentabl.eu', 'relist.market', 'sparkmatch.app', 'nearnest.org', 'taskwise.co'])}`;
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'mail';
  const y = r.int(70, 99);
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${g}${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}_${s.charAt(0)}`, `${g}${y}`, `${s}${g.charAt(0)}${r.int(1, 9)}`, `${g}.${s}.${r.digits(2)}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(r: Rng, phone: string): string {
  const oh = r.chance(0.5);
  const out: string[] = [];
  let group: string[] = [];
  for (const ch of phone) {
    if (/\d/.test(ch)) group.push(ch === '0' && oh ? 'oh' : (WORDS[Number(ch)] ?? ''));
    else if (ch === '+') out.push('plus');
    else if (group.length) {
      out.push(group.join(' '));
      group = [];
    }
  }
  if (group.length) out.push(group.join(' '));
  return out.join(', ').replace('plus, ', 'plus ');
}
function spokenEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const sp = (s: string): string => s.replace(/\./g, ' dot ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
  return `${sp(local)} at ${sp(domain)}`;
}

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) {
    const s = body + String(c);
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s.charAt(s.length - 1 - i));
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  return body + '0';
}

function cardDigits(r: Rng): string {
  const [prefix, len] = r.pick([
    ['4', 16], ['4', 16], ['4', 16], ['4', 13], ['51', 16], ['53', 16], ['55', 16], [String(r.int(2221, 2720)), 16],
    ['34', 15], ['37', 15], ['6011', 16], ['65', 16], [String(r.int(3528, 3589)), 16], ['36', 14], ['62', 16],
  ] as const);
  return luhnComplete(prefix + r.digits(len - prefix.length - 1));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (!sep) return d;
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [4, 4, 5] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(d.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const n = len - 4;
  const L = (): string => letter(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  let bban: string;
  if (cc === 'GB' || cc === 'IE') bban = `${L()}${L()}${L()}${L()}${r.digits(n - 4)}`;
  else if (cc === 'NL') bban = `${r.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'KNAB'])}${r.digits(n - 4)}`;
  else if (cc === 'BR') bban = `${r.digits(n - 2)}C1`;
  else bban = r.digits(n);
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${p2(check)}${bban}`;
}
function formatIban(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.6) return c.replace(/(.{4})/g, '$1 ').trim();
  if (x < 0.9) return c;
  return r.chance(0.5) ? c.toLowerCase() : c.replace(/(.{4})/g, '$1 ').trim().toLowerCase();
}
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const last = (Number(c.charAt(c.length - 1)) + r.int(1, 9)) % 10;
  return formatIban(r, c.slice(0, -1) + String(last));
}

function ssnOf(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.72 ? `${a}-${g}-${s}` : x < 0.84 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

function ip4(r: Rng): string {
  return r.pick([
    `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]);
}
function ip6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:c7f', '2607:f8b0', '2c0f:fb50', '2400:cb00', '2804:14d', '2a01:4f8']);
  const k = r.int(0, 3);
  if (k === 0) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 1) return `${pre}:${h()}:${h()}::${h()}`;
  if (k === 2) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${pre}::${h()}:${h()}`;
}

// Distractors (never labelled).
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join('');
const orderNo = (r: Rng): string => r.pick([`#${r.digits(7)}`, `ORD-${r.digits(4)}-${r.digits(4)}`, `${letter(r)}${letter(r)}${r.digits(8)}`, `#${r.digits(3)}-${r.digits(7)}`]);
const tripId = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}`;
const tracking = (r: Rng): string => r.pick([`1Z${r.digits(3)}${letter(r)}${letter(r)}${r.digits(10)}`, `JD0${r.digits(15)}`, `${letter(r)}${letter(r)}${r.digits(9)}GB`]);
const version = (r: Rng): string => r.pick([`v${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 12)}`, `${r.int(3, 8)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(1, 250)}`, `build ${r.int(2023, 2025)}.${r.int(1, 52)}.${r.digits(4)}`]);
const plate = (r: Rng): string => r.pick([`${r.int(1, 9)}${letter(r)}${letter(r)}${letter(r)}${r.digits(3)}`, `${letter(r)}${letter(r)}${r.int(10, 75)} ${letter(r)}${letter(r)}${letter(r)}`, `B-${letter(r)}${letter(r)} ${r.int(100, 9999)}`, `KD${letter(r)} ${r.digits(3)}${letter(r)}`]);
const ein = (r: Rng): string => `${r.int(10, 88)}-${r.digits(7)}`;
function routing(r: Rng): string {
  const s = r.pick(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']) + r.digits(6);
  const d = s.split('').map(Number);
  const at = (i: number): number => d[i] ?? 0;
  const part = 3 * (at(0) + at(3) + at(6)) + 7 * (at(1) + at(4) + at(7)) + (at(2) + at(5));
  return s + String((10 - (part % 10)) % 10);
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `xxxx-xxxx-xxxx-${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);
const maskedPhone = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `+44 7*** ***${r.digits(3)}`, `(•••) •••-${r.digits(4)}`, `+49 1** *****${r.digits(2)}`]);
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const money = (r: Rng, cur: string): string => r.pick([`${cur}${r.int(3, 480)}.${r.digits(2)}`, `${r.int(3, 480)},${r.digits(2)} ${cur}`]);
const ts = (r: Rng): string => `${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
const handle = (r: Rng, p: Person): string => `@${ascii(p.g)}${r.pick(['_', '.', ''])}${r.pick([ascii(p.s).slice(0, 3), String(r.int(1, 99)), 'x', 'official'])}`;
const PETS = ['Biscuit', 'Max', 'Bella', 'Luna', 'Charlie', 'Mochi', 'Pepper', 'Rocky', 'Simba', 'Daisy', 'Oscar', 'Coco'];
const BRANDS = ['Ford Transit', 'Tesla Model 3', 'Toyota Prius', 'Honda Jazz', 'Dyson V11', 'IKEA Billy shelf', "McDonald's", "Wendy's", 'Dr. Martens boots', 'Ben & Jerry\'s', 'Tim Hortons', 'Hilton', 'Ferrari keyring', 'Levi\'s 501', 'Hugo Boss jacket', 'Mercedes Sprinter'];

// ---------------------------------------------------------------------------------------------------
// Context: a document under construction, with chainable label helpers.

const HON: Record<string, readonly [string, string]> = {
  en: ['Mr.', 'Ms.'], de: ['Herr', 'Frau'], fr: ['M.', 'Mme'], es: ['Sr.', 'Sra.'], pt: ['Sr.', 'Sra.'],
  it: ['Sig.', 'Sig.ra'], nl: ['dhr.', 'mevr.'], pl: ['Pan', 'Pani'],
};

class Ctx {
  readonly d = new Doc();
  constructor(
    readonly r: Rng,
    readonly lc: Locale,
  ) {}
  t(s: string): this {
    this.d.t(s);
    return this;
  }
  l(type: PiiType, v: string): this {
    this.d.l(type, v);
    return this;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  tp(xs: readonly string[]): this {
    return this.t(this.r.pick(xs));
  }
  p(lc: Locale = this.lc): Person {
    return makePerson(this.r, lc);
  }
  NAME(p: Person, form: NameForm = 'any'): this {
    return this.l('PERSON', renderName(this.r, p, form));
  }
  SELF(p: Person): this {
    const f = full(p);
    if (!this.d.known.includes(f)) this.d.known.push(f);
    return this.l('PERSON', f);
  }
  /** Honorific outside the span, then the surname. */
  HON(p: Person, lang = this.lc.lang): this {
    const h = HON[lang] ?? HON.en!;
    return this.t(`${p.f ? h[1] : h[0]} `).l('PERSON', r2(this.r) ? p.s : full(p));
  }
  PHONE(lc: Locale = this.lc): this {
    return this.l('PHONE', lc.phone(this.r));
  }
  EMAIL(p?: Person): this {
    return this.l('EMAIL', emailOf(this.r, p));
  }
  ADDR(multi = false, lc: Locale = this.lc, country = false): this {
    const lines = lc.addr(this.r);
    if (country) lines.push(lc.country);
    return this.l('ADDRESS', lines.join(multi ? '\n' : (lc.join ?? ', ')));
  }
  DOB(lc: Locale = this.lc, y0 = 1952, y1 = 2005): this {
    return this.l('DOB', lc.date(this.r, this.r.int(y0, y1), this.r.int(1, 12), this.r.int(1, 28)));
  }
  date(lc: Locale = this.lc): string {
    return lc.date(this.r, this.r.int(2023, 2025), this.r.int(1, 12), this.r.int(1, 28));
  }
  CARD(): this {
    return this.l('CARD', groupCard(this.r, cardDigits(this.r)));
  }
  IBAN(cc = this.lc.iban ?? this.pick(EU_IBAN_LOCS)): this {
    return this.l('IBAN', formatIban(this.r, ibanCompact(this.r, cc)));
  }
  SSN(): this {
    return this.l('NATIONAL_ID', ssnOf(this.r));
  }
  IP4(): this {
    return this.l('IP', ip4(this.r));
  }
  IP6(): this {
    return this.l('IP', ip6(this.r));
  }
  IP(): this {
    return this.r.chance(0.7) ? this.IP4() : this.IP6();
  }
}
const r2 = (r: Rng): boolean => r.chance(0.7);

type Tpl = { readonly w: number; readonly neg?: boolean; readonly loc?: readonly string[]; readonly f: (c: Ctx) => void };
const PLATFORM = ['Ridezo', 'Munchrun', 'Fixfolk', 'Rentabl', 'Relist', 'Sparkmatch', 'Nearnest', 'Taskwise', 'Hopr', 'Swapsy'];
const cur = (lc: Locale): string => ({ US: '$', CA: 'C$', GB: '£', AU: 'A$', IN: '₹', NG: '₦', KE: 'KSh ', ZA: 'R', PH: '₱', BR: 'R$', MX: 'MX$', JP: '¥', KR: '₩', TR: '₺', PL: 'zł ', SE: 'kr ', ID: 'Rp ' })[lc.cc] ?? '€';

// ---------------------------------------------------------------------------------------------------
// Templates with PII.

const T: Tpl[] = [
  // Ride-hailing: lost item, rider writes to support.
  { w: 3, loc: EN_LOCS, f: (c) => {
    const me = c.p(); const drv = c.p();
    c.t(`[${c.pick(PLATFORM)} Help · Lost item · trip ${tripId(c.r)}]\nRider: Hi, this is `).SELF(me).t(`. I left my ${c.pick(['black backpack', 'AirPods case', 'umbrella', 'work badge', 'phone charger'])} in the ${c.pick(BRANDS.slice(0, 4))} driven by `).NAME(drv, 'given')
      .t(' last night. Could someone ask the driver to call me on ').PHONE().t('?\nAgent: Sorry to hear that! I have passed your number to ').NAME(drv, 'given').t('. For privacy the driver sees a masked number (').t(maskedPhone(c.r)).t(').\n');
  } },
  // US driver onboarding form.
  { w: 4, loc: ['US'], f: (c) => {
    const me = c.p();
    c.t('DRIVER APPLICATION — background check consent\nLegal name: ').SELF(me).t('\nDate of birth: ').DOB().t('\nSSN: ').SSN().t('\nHome address:\n').ADDR(true).t('\nMobile: ').PHONE().t('\nEmail: ').EMAIL(me)
      .t(`\nVehicle: ${c.r.int(2012, 2023)} ${c.pick(BRANDS.slice(0, 4))}, plate ${plate(c.r)}\nI authorize the platform to obtain consumer reports. Signed ${c.date()}\n`);
  } },
  // Food delivery: drop-off note.
  { w: 3, f: (c) => {
    const me = c.p();
    c.t(`Order ${orderNo(c.r)} · ${c.pick(['Munchrun', 'Forkfleet', 'DashBite'])}\nDeliver to: `).NAME(me, 'any').t('\n').ADDR(c.r.chance(0.5)).t(`\nNote for courier: ${c.pick(['buzzer doesn\'t work, please call', 'leave at the door, baby sleeping — text', 'gate code 4471#, then call', 'blue door next to the pharmacy, ring or call'])} `).PHONE().t('\n');
  } },
  // Food delivery refund with masked card and sometimes a pasted full card.
  { w: 2, loc: EN_LOCS, f: (c) => {
    const me = c.p();
    c.t(`Subject: charged twice for order ${orderNo(c.r)}\n\nHello, my card ${maskedCard(c.r)} was charged ${money(c.r, cur(c.lc))} twice on ${c.date()}.`);
    if (c.r.chance(0.8)) c.t(' In case you need it the full number is ').CARD().t(`, exp ${p2(c.r.int(1, 12))}/${c.r.int(26, 31)}.`);
    c.t(' Please refund to the original payment method. You can reach me at ').EMAIL(me).t('.\n\nThanks,\n').SELF(me).t('\n');
  } },
  // Courier payout ticket (EU) with a mistyped IBAN first.
  { w: 3, loc: EU_IBAN_LOCS, f: (c) => {
    const me = c.p(); const cc = c.lc.iban ?? 'DE';
    c.t(`Payout ticket #${c.r.digits(6)} — courier `).SELF(me).t(`\nCourier: My weekly payout of ${money(c.r, cur(c.lc))} bounced. I gave you ${badIban(c.r, cc)} but I think I mistyped a digit.\nCourier: The correct one is `).IBAN(cc)
      .t('.\nAgent: Thanks, updated. The next payout run is ').t(c.date()).t('. Confirmation goes to ').EMAIL(me).t('.\n');
  } },
  // Freelancer invoice dispute.
  { w: 2, f: (c) => {
    const fr = c.p(); const cl = c.p(); const cc = c.pick(EU_IBAN_LOCS);
    c.t(`Dispute DSP-${c.r.digits(5)} · Taskwise Pro\nFreelancer: `).NAME(fr, 'full').t(' (').EMAIL(fr).t(')\nClient: ').NAME(cl, 'formal').t(`, ${c.pick(['Brightline Studio GmbH', 'Oakleaf Media Ltd', 'Kasa Kreatif', 'Nordlys AS'])}\n\n`)
      .t(`Invoice INV-${c.r.int(2024, 2025)}-${c.r.digits(4)} dated ${c.date(loc(cc))} (${money(c.r, '€')}) remains unpaid after the milestone was approved. Bank details on the invoice: `).IBAN(cc)
      .t('. Billing address of the client: ').ADDR(false, loc(cc)).t('.\n');
  } },
  // Freelancer profile bio.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`About me\nHi! I'm `).SELF(me).t(`, a ${c.pick(['UX designer', 'translator (EN/DE/ES)', 'React developer', 'bookkeeper', 'video editor', 'voice-over artist'])} based in ${c.pick(['Lisbon', 'Nairobi', 'Kraków', 'Medellín', 'Cebu', 'Austin', 'Leeds'])}. ${c.r.chance(0.5) ? 'I hope to hear from you' : 'Will reply within 24h'}. Portfolio on request — write to `).EMAIL(me)
      .t(` or WhatsApp `).PHONE().t(`.\nTop skills: Figma, Notion, Adobe Premiere. Member since ${c.r.int(2016, 2023)}.\n`);
  } },
  // Home services booking confirmation.
  { w: 3, f: (c) => {
    const me = c.p(); const pro = c.p();
    c.t(`Fixfolk booking confirmed ✔\nService: ${c.pick(['leaking tap repair', 'deep clean (3 bed)', 'IKEA wardrobe assembly', 'boiler service', 'lawn mowing', 'TV wall mount'])}\nWhen: ${c.date()}, ${c.r.int(8, 17)}:00\nYour pro: `).NAME(pro, 'any').t(` (★ ${c.r.int(40, 50) / 10})\nAddress: `).ADDR()
      .t('\nContact: ').PHONE().t('\nBooked by: ').SELF(me).t('\n');
  } },
  // Car-sharing age verification.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`KeyShare — driver verification\nName as on licence: `).NAME(me, 'formal').t('\nBorn: ').DOB().t(`\nLicence no.: ${letter(c.r)}${c.r.digits(7)}${letter(c.r)}${letter(c.r)}\nAddress: `).ADDR().t('\nPhone: ').PHONE()
      .t(`\nStatus: pending — licence issued ${c.date()} must be held 2+ years.\n`);
  } },
  // Short-term rental host welcome.
  { w: 2, f: (c) => {
    const host = c.p(); const guest = c.p();
    c.t(`Hi `).NAME(guest, 'given').t(`, welcome! Check-in from 15:00. The flat is at\n`).ADDR(true).t(`\nKey box code ${c.r.digits(4)}, wifi "${c.pick(['Casa', 'Nest', 'Loft'])}_${c.r.digits(3)}" password ${hex(c.r, 10)}. If anything is wrong call me on `).PHONE().t('.\nCheers, ').NAME(host, 'given').t('\n');
  } },
  // Second-hand meet-up chat.
  { w: 3, loc: EN_LOCS, f: (c) => {
    const s = c.p(); const b = c.p();
    c.t(`Relist · ${c.pick(['Dyson V11', 'kids bike 20"', 'PS5 + 2 controllers', 'oak dining table', 'Canon EOS 250D', 'Brompton folding bike'])} · ${money(c.r, cur(c.lc))}\n`).NAME(b, 'given').t(': Is this still available? I could pick up Saturday.\n').NAME(s, 'given')
      .t(`: Yes! Meet at the car park behind the ${c.pick(['Walmart on Lincoln Ave', 'Tesco Extra', 'Shoprite', 'library'])}? Text me when you leave: `).PHONE().t('\n').NAME(b, 'given').t(`: Great, will do. My number is `).PHONE().t('\n');
  } },
  // Scam report: card requested by a "buyer".
  { w: 2, f: (c) => {
    const me = c.p(); const sc = c.p();
    c.t(`Report a user → Fraud / scam\nReporter: `).SELF(me).t(`\nReported: "`).NAME(sc, 'any').t(`" (${handle(c.r, sc)})\nWhat happened: they said they paid via "secure courier" and asked me to confirm my card. Stupidly I sent `).CARD()
      .t(`. They also wrote from `).EMAIL(sc).t('. Last login IP on their profile was ').IP().t('.\n');
  } },
  // Dating app trust & safety report.
  { w: 3, f: (c) => {
    const rep = c.p(); const bad = c.p();
    c.t(`T&S case ${c.r.digits(8)} · Sparkmatch\nReporter: `).NAME(rep, 'full').t(` <`).EMAIL(rep).t(`>\nReported profile: `).NAME(bad, 'given').t(`, ${c.r.int(21, 45)}, ${handle(c.r, bad)}\nCategory: ${c.pick(['off-platform payment request', 'harassment', 'impersonation', 'underage suspicion'])}\nEvidence: asked me to text `)
      .PHONE().t(` and move to WhatsApp. Sessions: `).IP4().t(` (${ts(c.r)}), `).IP().t(`.\nModerator note: ${c.pick(['shadow-banned pending review', 'escalated to L2', 'photos reverse-matched to a stock site'])}.\n`);
  } },
  // Neighbourhood app harassment report.
  { w: 2, f: (c) => {
    const me = c.p(); const nb = c.p();
    c.t(`Nearnest community report\nI live at `).ADDR().t(`. Since ${c.date()} my neighbour `).NAME(nb, 'any').t(` has posted my photo in the "${c.pick(['Safe Streets', 'Lost & Found', 'Buy Nothing'])}" group and shared my mobile `).PHONE().t(` publicly. Please remove it.\n— `).SELF(me).t('\n');
  } },
  // Account takeover: login log.
  { w: 3, f: (c) => {
    const me = c.p();
    c.t(`Security review — account ${c.r.digits(9)}\nOwner: `).NAME(me, 'formal').t(' / ').EMAIL(me).t('\nRecent sign-ins:\n');
    for (let i = 0; i < c.r.int(2, 4); i++) {
      const v6 = c.r.chance(0.3);
      c.t(`  ${ts(c.r)}  `);
      if (c.r.chance(0.25)) c.t('[').IP6().t(`]:${c.r.int(1024, 65000)}`);
      else if (v6) c.IP6();
      else c.IP4().t(c.r.chance(0.3) ? `:${c.r.int(1024, 65000)}` : '');
      c.t(`  ${c.pick(['iOS 17.4 app v5.12.0', 'Android 14 app 5.11.2', 'Chrome 124 / Windows', 'Safari / macOS'])}  ${c.pick(['OK', 'FAILED 2FA', 'OK (new device)'])}\n`);
    }
    c.t('Action: password reset link sent; payout method locked for 72h.\n');
  } },
  // Reviews batch.
  { w: 3, f: (c) => {
    c.t(`Recent reviews (${c.pick(PLATFORM)})\n`);
    for (let i = 0; i < c.r.int(3, 5); i++) {
      const p = c.p(); const stars = c.r.int(1, 5);
      c.t(`${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} `);
      const k = c.r.int(0, 4);
      if (k === 0) c.NAME(p, 'given').t(` was on time and the car smelled great. ${c.pick(['Hope to ride again!', 'Will book again.', 'Grant access to the garage was easy.'])}\n`);
      else if (k === 1) c.t(`Our sitter `).NAME(p, 'given').t(` took ${c.pick(PETS)} for long walks, ${c.pick(PETS)} loved it too.\n`);
      else if (k === 2) c.t(`Ordered from ${c.pick(["Wendy's", "McDonald's", 'Ben & Jerry\'s', 'Tim Hortons'])}, food cold. Courier `).NAME(p, 'any').t(' was polite though.\n');
      else if (k === 3) c.t(`Cleaner cancelled twice. May not use again.\n`);
      else c.t(`Thanks `).NAME(p, 'given').t(`! Flawless ${c.pick(['assembly', 'move', 'paint job'])}.\n`);
    }
  } },
  // Support call transcript with spoken values.
  { w: 3, loc: EN_LOCS, f: (c) => {
    const me = c.p(); const ag = c.p();
    const ph = c.lc.phone(c.r); const em = emailOf(c.r, me);
    c.t(`[Call transcript · auto-generated · ${ts(c.r)}]\nAGENT (`).NAME(ag, 'given').t(`): Thanks for calling Ridezo support, can I have your name?\nCALLER: Yeah it's `).SELF(me).t('.\nAGENT: And the number on the account?\nCALLER: ').l('PHONE', spokenPhone(c.r, ph))
      .t('.\nAGENT: And the email?\nCALLER: ').l('EMAIL', spokenEmail(em)).t(`.\nAGENT: Got it, I see the trip from ${c.date()}. I've refunded the cancellation fee.\n`);
  } },
  // US KYC for marketplace seller payouts.
  { w: 3, loc: ['US'], f: (c) => {
    const me = c.p();
    c.t(`{"kyc":{"legal_name":"`).SELF(me).t(`","dob":"`).DOB().t(`","ssn":"`).SSN().t(`","address":"`).ADDR().t(`","phone":"`).PHONE().t(`","email":"`).EMAIL(me).t(`","ein":"${c.r.chance(0.4) ? ein(c.r) : ''}","status":"needs_review","ts":"${ts(c.r)}"}}\n`);
  } },
  // EU KYC for host payouts.
  { w: 3, loc: EU_IBAN_LOCS, f: (c) => {
    const me = c.p();
    c.t('Host payout verification\nFull name: ').NAME(me, 'formal').t('\nDate of birth: ').DOB().t(`\nID document: ${c.pick(['passport', 'national ID card', 'residence permit'])} no. ${letter(c.r)}${letter(c.r)}${c.r.digits(7)}\nResidential address:\n`).ADDR(true, c.lc, c.r.chance(0.5))
      .t('\nPayout account: ').IBAN().t(`\nTax residence: ${c.lc.country}\n`);
  } },
  // 1099 tax form request.
  { w: 2, loc: ['US'], f: (c) => {
    const me = c.p();
    c.t(`Hi team, my 1099-K for ${c.r.int(2023, 2024)} shows the wrong TIN. The platform's EIN ${ein(c.r)} is correct, but my SSN should be `).SSN().t(` not ${maskedSsn(c.r)}. Mailing address: `).ADDR().t('. Email the corrected form to ').EMAIL(me).t('. — ').SELF(me).t('\n');
  } },
  // Chargeback dispute.
  { w: 3, f: (c) => {
    const me = c.p();
    c.t(`CHARGEBACK NOTICE · reason 13.1 (merchandise not received)\nCase ${c.r.digits(10)} · order ${orderNo(c.r)} · ${money(c.r, cur(c.lc))}\nCardholder: `).NAME(me, 'formal').t('\nPAN: ').CARD().t('\nBilling address: ').ADDR().t('\nBuyer email: ').EMAIL(me).t(`\nShipped via tracking ${tracking(c.r)} on ${c.date()}.\n`);
  } },
  // Tasker damage dispute.
  { w: 2, f: (c) => {
    const me = c.p(); const tk = c.p();
    c.t('Damage claim — ').NAME(tk, 'any').t(` scratched our ${c.pick(['hallway floor', 'Mercedes Sprinter bumper', 'antique dresser', 'front door'])} during the move on ${c.date()}. Photos attached (IMG_${c.r.digits(4)}.HEIC). I tried calling `).NAME(tk, 'given').t(' at ').PHONE().t(` but no answer. Job address: `).ADDR().t('.\n').NAME(me, 'given').t('\n');
  } },
  // Pet sitter handover note.
  { w: 2, f: (c) => {
    const me = c.p(); const vet = c.p();
    const pet = c.pick(PETS);
    c.t(`Hi! Notes for ${pet}'s stay 🐶\n- Food twice a day, no chicken.\n- Vet: Dr. `).l('PERSON', vet.s).t(' at Riverside Animal Clinic, ').PHONE().t(`\n- ${pet}'s birthday is ${c.date()}, feel free to give an extra treat!\n- Emergency contact: `).NAME(me, 'full').t(', ').PHONE().t('\nHome: ').ADDR().t('\n');
  } },
  // Tutor marketplace enrolment.
  { w: 2, f: (c) => {
    const kid = c.p(); const par = c.p();
    c.t(`Tutoring request · ${c.pick(['GCSE maths', 'SAT prep', 'piano grade 3', 'Spanish A2'])}\nStudent: `).NAME(kid, 'full').t(', born ').DOB(c.lc, 2007, 2017).t('\nParent/guardian: ').NAME(par, 'any').t(', ').EMAIL(par).t(', ').PHONE().t(`\nPreferred slots: Tue/Thu after 16:30, first lesson ${c.date()}.\n`);
  } },
  // Moving helper: two addresses.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`Hopr Move · 2 helpers + van · ${c.date()}\nPickup: `).ADDR().t(`\nDrop-off: `).ADDR().t(`\nItems: sofa, ${c.pick(['IKEA Billy shelf', 'washing machine', 'piano', '30 boxes'])}. Parking permit arranged. Customer: `).SELF(me).t(', ').PHONE().t('\n');
  } },
  // Courier parcel label / handoff.
  { w: 3, f: (c) => {
    const rc = c.p();
    c.t(`SHIP TO:\n`).NAME(rc, c.r.chance(0.3) ? 'any' : 'full').t('\n');
    if (c.r.chance(0.3)) c.t(`${c.pick(['Brightline Studio GmbH', 'c/o Oakleaf Media Ltd', 'Kasa Kreatif'])}\n`);
    c.t('').ADDR(true, c.lc, c.r.chance(0.3)).t('\nTel: ').PHONE().t(`\nRef: ${tracking(c.r)}   Weight: ${c.r.int(1, 20)}.${c.r.int(0, 9)} kg\n`);
  } },
  // Driver deactivation appeal.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`Appeal — driver ID DRV-${c.r.digits(6)}\nTo whom it may concern, my account was deactivated after a rider complaint on ${c.date()}. I have ${c.r.int(800, 9000)} trips and a ${c.r.int(46, 50) / 10} rating. Please review the dashcam footage.\n\nRegards,\n`).SELF(me).t('\n').PHONE().t('\n').EMAIL(me).t('\n');
  } },
  // Rider safety incident.
  { w: 2, f: (c) => {
    const me = c.p(); const dr = c.p();
    c.t(`Safety incident · priority HIGH\nRider `).NAME(me, 'full').t(` reports that driver `).NAME(dr, 'any').t(` (plate ${plate(c.r)}) took a detour via ${c.pick(['Martin Luther King Jr Blvd', 'Victoria Embankment', 'Avenida Juárez', 'Jomo Kenyatta Ave'])} and refused to stop. Rider callback number: `).PHONE()
      .t(`. App report submitted from `).IP().t('.\n');
  } },
  // Seller verification (non-US national ID unlabelled).
  { w: 2, loc: ['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BE', 'PT', 'AT'], f: (c) => {
    const me = c.p();
    const ids: Record<string, string> = {
      DE: `Personalausweis ${letter(c.r)}${c.r.digits(8)}`, AT: `Reisepass ${letter(c.r)}${c.r.digits(7)}`, ES: `DNI ${c.r.digits(8)}${letter(c.r)}`,
      IT: `codice fiscale ${letter(c.r)}${letter(c.r)}${letter(c.r)}${letter(c.r)}${letter(c.r)}${letter(c.r)}${c.r.digits(2)}A${c.r.digits(2)}F${c.r.digits(3)}${letter(c.r)}`,
      PL: `PESEL ${c.r.digits(11)}`, NL: `BSN ${c.r.digits(9)}`, BE: `numéro national ${c.r.digits(2)}.${c.r.digits(2)}.${c.r.digits(2)}-${c.r.digits(3)}.${c.r.digits(2)}`,
      FR: `CNI ${c.r.digits(12)}`, PT: `Cartão de Cidadão ${c.r.digits(8)} ${c.r.digits(1)} ${letter(c.r)}${letter(c.r)}${c.r.digits(1)}`,
    };
    const idDoc = ids[c.lc.cc] ?? `passport ${letter(c.r)}${c.r.digits(8)}`;
    c.t('Seller verification ✔\n').NAME(me, 'formal').t(' · born ').DOB().t(` · ${idDoc}\nIBAN on file: `).IBAN().t('\nContact: ').EMAIL(me).t('\n');
  } },
  // Payment service log lines.
  { w: 3, f: (c) => {
    const n = c.r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = c.p();
      c.t(`${ts(c.r)} ${c.pick(['INFO', 'WARN', 'ERROR'])} payout-svc req=${hex(c.r, 12)} user=${c.r.digits(8)} email=`).EMAIL(p).t(' ip=').IP().t(` ${c.pick(['status=declined code=51', 'status=ok', 'retry=2 sha=' + hex(c.r, 16), 'risk_score=0.87'])}\n`);
    }
  } },
  // Fraud ops: linked accounts.
  { w: 2, f: (c) => {
    const a = c.p(); const b = c.p();
    c.t('Fraud ring note: accounts of ').NAME(a, 'formal').t(' and ').NAME(b, 'formal').t(' share device fingerprint ').t(hex(c.r, 32)).t(', IP ').IP4().t(' and card ').CARD().t(`. Card BIN test attempts with ${badCard(c.r)} and ${badCard(c.r)} were declined. Contact on file: `).EMAIL(b).t('.\n');
  } },
  // GDPR data export.
  { w: 3, f: (c) => {
    const me = c.p();
    c.t(`{\n  "export_id": "${hex(c.r, 24)}",\n  "profile": {\n    "name": "`).SELF(me).t(`",\n    "email": "`).EMAIL(me).t(`",\n    "phone": "`).PHONE().t(`",\n    "birthday": "`).DOB().t(`",\n    "home": "`).ADDR().t(`"\n  },\n  "logins": ["`).IP4().t(`", "`).IP().t(`"],\n  "app_version": "${version(c.r)}",\n  "created_at": "${ts(c.r)}"\n}\n`);
  } },
  // Payout CSV.
  { w: 3, f: (c) => {
    c.t('batch_id,payee,iban,amount,currency,run_date\n');
    const run = `${c.r.int(2024, 2025)}-${p2(c.r.int(1, 12))}-${p2(c.r.int(1, 28))}`;
    for (let i = 0; i < c.r.int(3, 5); i++) {
      const lc = loc(c.pick(EU_IBAN_LOCS)); const p = c.p(lc);
      c.t(`B${c.r.digits(5)},`).NAME(p, 'full').t(',').l('IBAN', ibanCompact(c.r, lc.iban ?? 'DE')).t(`,${c.r.int(20, 1900)}.${c.r.digits(2)},EUR,${run}\n`);
    }
  } },
  // Forwarded email with signature block.
  { w: 2, f: (c) => {
    const me = c.p(); const them = c.p();
    c.t(`---------- Forwarded message ---------\nFrom: `).NAME(them, 'full').t(' <').EMAIL(them).t(`>\nDate: ${c.date()}\nSubject: Re: catering order for 40\n\nHi `).NAME(me, 'given').t(', confirmed for Friday. Deposit received.\n\nBest regards,\n').NAME(them, 'full').t(`\nEvents Manager | ${c.pick(['Miller\'s Kitchen', 'Casa Lopes Catering', 'The Hungry Fox'])}\nM: `).PHONE().t('\n');
    if (c.r.chance(0.4)) c.t(`> old number (do not use): ${c.r.digits(4)}\n> ${c.r.digits(3)} ${c.r.digits(3)}\n`);
  } },
  // Dating profile.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`${c.pick(['About', 'Bio', 'My story'])}: I'm `).NAME(me, 'given').t(`, ${c.r.int(22, 48)}. ${c.pick(['Dog mum to ' + c.pick(PETS), 'Marathon in May', 'Hope you like hiking', 'Will cook for compliments'])}. Looking for someone who gets excited about ${c.pick(['street food', 'board games', 'bad puns', 'sunrise hikes'])}. No pen pals.`);
    if (c.r.chance(0.5)) c.t(` Insta ${handle(c.r, me)}, or just text `).PHONE();
    c.t('\n');
  } },
  // Dating chat exchanging numbers.
  { w: 2, loc: EN_LOCS, f: (c) => {
    const a = c.p(); const b = c.p();
    const ph = c.lc.phone(c.r);
    c.NAME(a, 'given').t(': this app keeps logging me out lol\n').NAME(b, 'given').t(': same!! want to just text?\n').NAME(a, 'given').t(': sure, it\'s ').l('PHONE', c.r.chance(0.5) ? spokenPhone(c.r, ph) : ph).t(` — ${c.pick(['I will answer after 6', 'don\'t call, text pls', 'hope that works'])}\n`).NAME(b, 'given').t(': 👍 saved\n');
  } },
  // Marketplace listing.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`FOR SALE: ${c.pick(['Dyson V11 vacuum', 'Tesla Model 3 wall charger', 'Dr. Martens boots size 42', 'Hugo Boss jacket (L)', 'IKEA Billy shelf x2'])} — ${money(c.r, cur(c.lc))} ono. Collection only from ${c.pick(['Leeds', 'Lagos', 'Pune', 'Austin', 'Manila', 'Berlin'])}. Serial ${letter(c.r)}${letter(c.r)}-${c.r.digits(6)}. Contact `).NAME(me, 'given').t(' on ').PHONE().t(c.r.chance(0.4) ? ' (no time-wasters)' : '').t('.\n');
  } },
  // Referral invitation.
  { w: 2, f: (c) => {
    const me = c.p(); const f1 = c.p(); const f2 = c.p();
    c.t('Invite friends, get €10 each!\nInvited by: ').SELF(me).t('\n1. ').EMAIL(f1).t(' — joined ✓\n2. ').EMAIL(f2).t(` — pending\nReferral code ${letter(c.r)}${letter(c.r)}${c.r.digits(4)}\n`);
  } },
  // Restaurant partner onboarding.
  { w: 2, loc: EU_IBAN_LOCS, f: (c) => {
    const ow = c.p();
    c.t(`Partner onboarding — "${c.pick(["Mama Rosa's Trattoria", 'Pho Hanoi Corner', 'Burger Bros', 'Kebab King', 'Sakura Sushi Bar'])}"\nOwner: `).NAME(ow, 'full').t('\nPremises: ').ADDR().t('\nOwner mobile: ').PHONE().t('\nSettlement IBAN: ').IBAN().t(`\nVAT no.: ${c.lc.cc}${c.r.digits(9)}\nOpening hours: 11:30–22:00\n`);
  } },
  // Freelance contract parties.
  { w: 2, f: (c) => {
    const a = c.p(); const b = c.p();
    c.t(`SERVICE AGREEMENT (via Taskwise)\nThis agreement is made on ${c.date()} between `).NAME(a, 'full').t(', residing at ').ADDR().t(' ("Client"), and ').NAME(b, 'full').t(', of ').ADDR(false, loc(c.pick(LOC_KEYS))).t(' ("Contractor").\nNotices: ').EMAIL(a).t(' / ').EMAIL(b).t('.\n');
  } },
  // Insurance claim after a ride accident.
  { w: 2, f: (c) => {
    const dr = c.p(); const th = c.p();
    c.t(`Incident claim IC-${c.r.digits(7)}\nDriver: `).NAME(dr, 'formal').t(' (DOB ').DOB().t(`)\nThird party: `).NAME(th, 'formal').t(', ').PHONE().t(', ').ADDR().t(`\nDate of incident: ${c.date()}. Vehicle ${c.pick(BRANDS.slice(0, 4))}, rear bumper.\n`);
  } },
  // Vacation rental guest registration (guests' DOBs).
  { w: 2, loc: ['ES', 'IT', 'PT', 'FR'], f: (c) => {
    const n = c.r.int(2, 3);
    c.t(`Guest registration required by local police (check-in ${c.date()})\n`);
    for (let i = 0; i < n; i++) {
      const g = c.p(loc(c.pick(LOC_KEYS)));
      c.t(`${i + 1}) `).NAME(g, 'formal').t(' — ').DOB().t(` — passport ${letter(c.r)}${c.r.digits(8)}\n`);
    }
  } },
  // Support macro filled by an agent.
  { w: 2, f: (c) => {
    const me = c.p(); const ag = c.p();
    c.t('Hi ').NAME(me, 'given').t(`,\n\nThanks for reaching out. I've updated the phone number on your account to `).PHONE().t(' and the receipt e-mail to ').EMAIL(me).t(`. Your ticket ${orderNo(c.r)} is now closed.\n\nKind regards,\n`).NAME(ag, 'given').t(` | ${c.pick(PLATFORM)} Support\n`);
  } },
  // Earnings statement.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`Weekly earnings · `).NAME(me, 'full').t(`\nTrips: ${c.r.int(10, 80)} · Tips: ${money(c.r, cur(c.lc))} · Fees: ${money(c.r, cur(c.lc))}\nInstant payout to debit card ${maskedCard(c.r)}.\nQuestions? `).EMAIL().t('\n');
  } },
  // Peer-to-peer car rental handback dispute.
  { w: 2, f: (c) => {
    const ow = c.p(); const rn = c.p();
    c.t(`Trip ${tripId(c.r)} · owner `).NAME(ow, 'given').t(' · renter ').NAME(rn, 'any').t(`\nOwner: Fuel was at 1/4, photos attached. Also a parking ticket ${c.pick(['PCN', 'Ticket'])} ${c.r.digits(10)} from ${c.date()}.\nRenter: I refuelled at the station on ${c.pick(['Washington St', 'King\'s Road', 'Rue Victor Hugo'])}. Call me `).PHONE().t(' if needed.\n');
  } },
  // Babysitting platform profile check.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t('Background check summary\nCandidate: ').NAME(me, 'formal').t('\nDate of birth: ').DOB().t(`\nCPR certified: yes (exp. ${c.date()})\nReferences: 2 verified\nCurrent address: `).ADDR(true).t('\n');
  } },
  // Community giveaway with multiple phones and masked ones.
  { w: 1, f: (c) => {
    const a = c.p(); const b = c.p();
    c.t('Buy Nothing group — free moving boxes!\n').NAME(a, 'any').t(`: I'll take them! ${c.pick(['Will', 'Can'])} collect tonight.\n`).NAME(b, 'given').t(': great, my number is ').PHONE().t(`. Old one ${maskedPhone(c.r)} no longer works.\n`);
  } },
  // IP allowlist request from a partner.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`Hello API team, please allowlist our webhook servers: `).IP4().t(', ').IP4().t(' and ').IP6().t(`. We run SDK ${version(c.r)}. Technical contact: `).NAME(me, 'full').t(', ').EMAIL(me).t('.\n');
  } },
  // Short SMS-style OTP support.
  { w: 2, f: (c) => {
    const me = c.p();
    c.t(`Not getting the verification code. Tried ${c.r.int(3, 6)} times. Number is `).PHONE().t(`, name on account `).SELF(me).t(`. Code 49${c.r.digits(4)} expired.\n`);
  } },
  // Host + card deposit.
  { w: 3, f: (c) => {
    const me = c.p();
    c.t(`Rentabl: pay security deposit\nGuest `).NAME(me, 'formal').t(` — card `).CARD().t(` exp ${p2(c.r.int(1, 12))}/${c.r.int(26, 31)} — billing ZIP/postcode on file. Hold of ${money(c.r, cur(c.lc))} will release 7 days after checkout.\n`);
  } },
  // US marketplace seller SSN + address verification chat.
  { w: 2, loc: ['US'], f: (c) => {
    const me = c.p(); const ag = c.p();
    c.t('Agent ').NAME(ag, 'given').t(': To finish tax verification I need the last 4 of your SSN.\nSeller: it\'s ').t(c.r.digits(4)).t(', actually here\'s the full one: ').SSN().t(`. I'm `).SELF(me).t(', born ').DOB().t('.\nAgent: Thanks — please never share your full SSN in chat. I\'ve redacted it.\n');
  } },
  // Update payment method in a chat.
  { w: 5, f: (c) => {
    const me = c.p(); const ag = c.p();
    c.t(`${c.pick(PLATFORM)} chat\nYou: my card keeps failing at checkout\n`).NAME(ag, 'given').t(`: Sorry about that, `).NAME(me, 'given').t(`! Which card is on file?\nYou: it says ${maskedCard(c.r)} but that one expired. new one is `).CARD().t(c.r.chance(0.5) ? ` cvv ${c.r.digits(3)}` : '').t(`\n`).NAME(ag, 'given').t(`: Please don't paste card numbers here, add it under Wallet instead. I've deleted the message.\n`);
  } },
  // Rider pays for a friend's ride.
  { w: 3, f: (c) => {
    const me = c.p(); const fr = c.p();
    c.t('Booked a ride for my friend ').NAME(fr, 'any').t(` (pickup ${c.pick(['outside the Hilton', 'at gate B', 'by the Tim Hortons'])}) but it charged `).CARD().t(' instead of my business profile. Please move the charge. — ').SELF(me).t('\n');
  } },
  // Gift card fraud with a stolen card.
  { w: 3, f: (c) => {
    const vic = c.p();
    c.t(`Risk alert · ${c.r.int(4, 19)} gift-card purchases in 10 min\nCards used: `).CARD().t(', ').CARD().t(` (declined: ${badCard(c.r)})\nAccount email: `).EMAIL().t(' — login from ').IP().t('\nCardholder contacted: ').NAME(vic, 'formal').t(', ').PHONE().t(' — confirms not authorised.\n');
  } },
  // US tenant screening for a peer-to-peer room rental.
  { w: 3, loc: ['US'], f: (c) => {
    const me = c.p(); const ll = c.p();
    c.t('Roommate / tenant screening\nApplicant: ').SELF(me).t('\nDOB: ').DOB().t('  SSN: ').SSN().t('\nCurrent address: ').ADDR().t(`\nMonthly income: ${money(c.r, '$')}\nLandlord reference: `).NAME(ll, 'formal').t(', ').PHONE().t(`\nNote: credit pull authorised on ${c.date()}.\n`);
  } },
  // W-9 style form for a US freelancer.
  { w: 3, loc: ['US'], f: (c) => {
    const me = c.p();
    c.t('Form W-9 (summary)\n1 Name: ').NAME(me, 'formal').t(`\n2 Business name: ${c.r.chance(0.5) ? 'n/a' : c.pick(['Blue Heron Design LLC', 'Quickfix Handyman Services', 'Lemon Tree Cleaning'])}\n5 Address: `).ADDR(true).t('\nPart I TIN — Social security number: ').SSN().t(c.r.chance(0.4) ? `  (EIN ${ein(c.r)} left blank)` : '').t(`\nSigned ${c.date()}\n`);
  } },
  // US identity theft report.
  { w: 3, loc: ['US'], f: (c) => {
    const me = c.p();
    c.t('Someone opened a courier account with my identity. My name is ').SELF(me).t(', my SSN ').SSN().t(' was used together with an old address, ').ADDR().t(`. FTC report #${c.r.digits(9)}. Reach me at `).PHONE().t(' or ').EMAIL(me).t('.\n');
  } },
];

// ---------------------------------------------------------------------------------------------------
// Non-English templates.

const T_INTL: Tpl[] = [
  { w: 2, loc: ['DE', 'AT'], f: (c) => {
    const v = c.p(); const k = c.p();
    c.t(`Kleinanzeigen-Chat · ${c.pick(['Kinderwagen', 'E-Bike', 'Kühlschrank', 'Sofa'])} VB ${c.r.int(40, 600)} €\n`).NAME(k, 'given').t(': Hallo, ist der Artikel noch da? Ich könnte morgen abholen.\n').NAME(v, 'given').t(': Ja, noch da. Adresse: ').ADDR().t(`. Bitte vorher kurz anrufen: `).PHONE().t('\n').NAME(k, 'given').t(': Kann ich auch per Überweisung zahlen?\n').NAME(v, 'given').t(': Klar, IBAN: ').IBAN(c.lc.iban).t(', Kontoinhaber ').NAME(v, 'full').t('\n');
  } },
  { w: 2, loc: ['DE'], f: (c) => {
    const me = c.p();
    c.t('Fahrer-Registrierung\nName: ').NAME(me, 'formal').t('\nGeburtsdatum: ').DOB().t('\nAnschrift: ').ADDR().t('\nHandy: ').PHONE().t(`\nSteuer-ID: ${c.r.digits(11)}\nFührerschein seit: ${c.date()}\nHinweis: Die Gewerbeanmeldung liegt bei.\n`);
  } },
  { w: 2, loc: ['ES', 'MX'], f: (c) => {
    const v = c.p(); const k = c.p();
    c.t(`Wallapop · ${c.pick(['bici de montaña', 'cuna de bebé', 'iPhone 12', 'mesa de comedor'])}\n`).NAME(k, 'given').t(': Hola! ¿Sigue disponible? ¿Haces envío?\n').NAME(v, 'given').t(': Hola, sí. Si prefieres en mano, estoy en ').ADDR().t('. Mi número: ').PHONE().t(`\n`).NAME(k, 'given').t(`: Perfecto, paso el ${c.date()} por la tarde.\n`);
  } },
  { w: 2, loc: ['MX'], f: (c) => {
    const me = c.p(); const dr = c.p();
    c.t(`Soporte · viaje ${tripId(c.r)}\nUsuario: Buenas, soy `).SELF(me).t('. El conductor ').NAME(dr, 'any').t(` me cobró de más en efectivo (${money(c.r, 'MX$')}). Mi correo es `).EMAIL(me).t(' y mi cel ').PHONE().t('.\nAgente: Lamentamos lo ocurrido, ').HON(me, 'es').t('. Le reembolsaremos en 3-5 días hábiles.\n');
  } },
  { w: 2, loc: ['FR', 'BE'], f: (c) => {
    const v = c.p(); const a = c.p();
    c.t(`leboncoin · ${c.pick(['Vélo cargo', 'Lave-linge', 'Poussette', 'Canapé d\'angle'])}\n`).NAME(a, 'given').t(' : Bonjour, toujours dispo ? Je peux passer samedi.\n').NAME(v, 'given').t(' : Oui, c\'est au ').ADDR().t('. Appelez-moi au ').PHONE().t(`. Paiement par virement possible, RIB : `).IBAN(c.lc.iban).t('\n');
  } },
  { w: 2, loc: ['FR'], f: (c) => {
    const me = c.p();
    c.t('Inscription livreur — auto-entrepreneur\nNom : ').NAME(me, 'formal').t('\nNé(e) le : ').DOB().t(`\nSIRET : ${c.r.digits(14)}\nAdresse :\n`).ADDR(true).t('\nTéléphone : ').PHONE().t('\nE-mail : ').EMAIL(me).t('\n');
  } },
  { w: 2, loc: ['BR'], f: (c) => {
    const me = c.p(); const ent = c.p();
    c.t(`Pedido #${c.r.digits(5)} · entregador `).NAME(ent, 'given').t(`\nCliente: Oi, o pedido não chegou! Endereço: `).ADDR().t('. Meu WhatsApp: ').PHONE().t('\nSuporte: Olá ').NAME(me, 'given').t(`, já acionamos o entregador. Estorno de ${money(c.r, 'R$')} em até 7 dias.\n`);
  } },
  { w: 2, loc: ['BR', 'PT'], f: (c) => {
    const me = c.p();
    c.t('Cadastro de prestador\nNome completo: ').NAME(me, 'full').t('\nData de nascimento: ').DOB().t(`\nCPF: ${c.r.digits(3)}.${c.r.digits(3)}.${c.r.digits(3)}-${c.r.digits(2)}\nEndereço:\n`).ADDR(true).t('\nIBAN para repasse: ').IBAN(c.lc.iban).t('\nE-mail: ').EMAIL(me).t('\n');
  } },
  { w: 2, loc: ['IT'], f: (c) => {
    const v = c.p(); const a = c.p();
    c.t(`Subito · ${c.pick(['bici da corsa', 'lavatrice', 'passeggino', 'divano'])}\n`).NAME(a, 'given').t(': Ciao, è ancora disponibile? Posso passare domani.\n').NAME(v, 'given').t(': Sì, sono in ').ADDR().t(', citofono ').NAME(v, 'full').t('. Chiamami al ').PHONE().t('. Per il bonifico: ').IBAN('IT').t('\n');
  } },
  { w: 2, loc: ['NL'], f: (c) => {
    const me = c.p(); const kl = c.p();
    c.t(`Werkspot-klus · ${c.pick(['lekkage badkamer', 'laminaat leggen', 'schilderwerk'])}\nKlusser `).NAME(kl, 'any').t(` komt op ${c.date()} tussen 8 en 10 uur naar `).ADDR().t('. Vragen? Bel ').PHONE().t('.\nGroet, ').HON(me, 'nl').t('\n');
  } },
  { w: 2, loc: ['PL'], f: (c) => {
    const me = c.p(); const w = c.p();
    c.t(`Wynajem mieszkania · zapytanie\nDzień dobry, nazywam się `).SELF(me).t(`. Interesuje mnie mieszkanie przy `).ADDR().t(` od ${c.date()}. Proszę o kontakt: `).PHONE().t(' lub ').EMAIL(me).t('.\nOdpowiedź: Dzień dobry, właściciel ').NAME(w, 'full').t('. Kaucję proszę wpłacić na konto ').IBAN('PL').t('.\n');
  } },
  { w: 2, loc: ['TR'], f: (c) => {
    const me = c.p(); const ku = c.p();
    c.t(`Sipariş ${orderNo(c.r)} · Kurye: `).NAME(ku, 'given').t(`\nMerhaba, siparişim gelmedi. Adresim: `).ADDR().t('. Telefon: ').PHONE().t(`\nDestek: Merhaba `).NAME(me, 'given').t(' Hanım/Bey, iade ').IBAN('TR').t(` hesabınıza ${c.r.int(3, 7)} iş günü içinde yapılacaktır.\n`);
  } },
  { w: 2, loc: ['ID'], f: (c) => {
    const me = c.p(); const dr = c.p();
    c.t(`Laporan perjalanan ojol · ${tripId(c.r)}\nHalo kak, saya `).SELF(me).t('. Driver ').NAME(dr, 'given').t(` (plat ${letter(c.r)} ${c.r.int(1000, 9999)} ${letter(c.r)}${letter(c.r)}) minta bayar tunai padahal sudah bayar pakai saldo. Alamat jemput: `).ADDR().t('. No HP saya ').PHONE().t(' ya kak, makasih.\n');
  } },
  { w: 2, loc: ['JP'], f: (c) => {
    const [s, g] = c.pick(JA_SCRIPT); const [s2] = c.pick(JA_SCRIPT);
    const [pref, area] = c.pick([['150', '東京都渋谷区神宮前'], ['530', '大阪府大阪市北区梅田'], ['810', '福岡県福岡市中央区天神'], ['060', '北海道札幌市中央区北一条西']] as const);
    const pc = `${pref}-${c.r.digits(4)}`;
    c.t(`【フリマ取引メッセージ】\n購入者: `).l('PERSON', `${s} ${g}`).t(`です。発送先は\n`).l('ADDRESS', `〒${pc} ${area}${c.r.int(1, 5)}-${c.r.int(1, 20)}-${c.r.int(1, 30)} ${c.pick(['メゾン青山', 'コーポ桜', 'ハイツ緑'])}${c.r.int(101, 805)}`).t('\n電話: ').PHONE().t(`\nです。よろしくお願いします。\n出品者: `).l('PERSON', s2).t(`です。${c.date()}に発送します。\n`);
  } },
  { w: 2, loc: ['JP'], f: (c) => {
    const me = c.p();
    c.t('Driver registration (Tokyo)\nName: ').NAME(me, 'formal').t('\n生年月日: ').DOB().t('\nAddress: ').ADDR().t('\nTEL: ').PHONE().t('\n');
  } },
  { w: 2, loc: ['KR'], f: (c) => {
    const [s, g] = c.pick(KO_SCRIPT); const [s2, g2] = c.pick(KO_SCRIPT);
    c.t('[중고거래 채팅]\n').l('PERSON', `${s}${g}`).t(' 님: 혹시 직거래 가능한가요?\n판매자: 네, 연락처는 ').PHONE().t(' 입니다. ').l('PERSON', `${s2}${g2}`).t(` 씨 맞으시죠? ${c.date()} 저녁 7시 어떠세요?\n`);
  } },
  { w: 2, loc: ['IN'], f: (c) => {
    const me = c.p(); const pro = c.p();
    c.t(`UrbanFix booking · AC service\nHi `).NAME(me, 'given').t(`, your professional `).NAME(pro, 'any').t(` will reach by ${c.r.int(9, 17)}:30. Address: `).ADDR().t(`. OTP to share on arrival: ${c.r.digits(4)}. For help call `).PHONE().t(`.\nCustomer: bhaiya please call before coming, gate no. 2 near the ${c.pick(['Ganesh temple', 'SBI ATM', 'Reliance Fresh'])}.\n`);
  } },
  { w: 2, loc: ['NG'], f: (c) => {
    const me = c.p(); const rd = c.p();
    c.t(`Dispatch request · ${c.pick(['Gokada-style bike', 'van', 'keke'])}\nSender: `).SELF(me).t(', ').PHONE().t('\nPickup: ').ADDR().t('\nRider assigned: ').NAME(rd, 'any').t(', ').PHONE().t(`\nNote: abeg handle with care, na ${c.pick(['cake', 'laptop', 'documents'])} inside. Pay on delivery ${money(c.r, '₦')}.\n`);
  } },
  { w: 2, loc: ['KE'], f: (c) => {
    const me = c.p(); const rd = c.p();
    c.t(`Boda delivery · M-Pesa ref ${letter(c.r)}${letter(c.r)}${c.r.digits(2)}${letter(c.r)}${letter(c.r)}${c.r.digits(4)}\nHabari, mimi ni `).SELF(me).t('. Rider ').NAME(rd, 'given').t(` hajafika bado. Namba yangu ni `).PHONE().t('. Deliver to ').ADDR().t('. Asante!\n');
  } },
  { w: 2, loc: ['PH'], f: (c) => {
    const me = c.p(); const rd = c.p();
    c.t(`Rider `).NAME(rd, 'given').t(`: Ma'am/Sir, nandito na po ako sa gate. Hindi ko po makita yung bahay.\nCustomer: kuya wait lang po, tawagan mo ako `).PHONE().t('. Address: ').ADDR().t('\nCustomer: Salamat po! — ').NAME(me, 'given').t('\n');
  } },
  { w: 2, loc: ['ZA', 'AU', 'GB', 'IE'], f: (c) => {
    const me = c.p();
    c.t(`G'day/Howzit team — `).SELF(me).t(` here. Moved house; please update my delivery address to `).ADDR().t(` and my mobile to `).PHONE().t(`. The old place near ${c.pick(['Lake Victoria Hotel', 'Victoria Station', 'Washington Square'])} is gone. Cheers!\n`);
  } },
  { w: 2, loc: ['SE'], f: (c) => {
    const me = c.p();
    c.t('Hej! Jag heter ').SELF(me).t(`. Jag hyr ut min cykel via Swapsy. Betalning till `).IBAN('SE').t(` eller Swish till samma nummer. Ring `).PHONE().t('. Hämtning: ').ADDR().t('.\n');
  } },
];

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no PII, many traps.

const T_NEG: Tpl[] = [
  { w: 1, neg: true, f: (c) => {
    c.t(`Release notes ${version(c.r)} (driver app)\n- Fixed crash when Tesla Model Y owners opened the EV charging map.\n- Surge zones near Washington Square and Victoria Station now refresh every 90 s.\n- Card form rejects test number ${badCard(c.r)} correctly.\n- Bumped SDK to ${version(c.r)}; checksum ${hex(c.r, 40)}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Weekend surge forecast · ${c.date()}\nHotspots: ${c.pick(['King\'s Cross', 'Jackson Heights', 'San Diego airport', 'St. Kilda'])}, ${c.pick(['Lincoln Center', 'Victoria Island', 'Marina Bay'])}. Expected multiplier 1.${c.r.int(2, 9)}x from 22:00 to 03:00. Concert at the ${c.pick(['Wembley Stadium', 'Madison Square Garden', 'Allianz Arena'])}. Hurricane Milton updates: airport pickups paused.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Policy update: background checks\nIn line with ${c.pick(["Megan's Law", 'the Fair Credit Reporting Act', "Jessica's Law"])}, drivers are re-screened every 12 months. Accommodation requests related to ${c.pick(["Crohn's disease", "Parkinson's", 'Tourette syndrome', "Alzheimer's"])} can be filed in the app. Effective ${c.date()}. Reference ${orderNo(c.r)}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Ticket ${orderNo(c.r)} — redacted copy\nCustomer: [REDACTED]\nPhone: ${maskedPhone(c.r)}\nCard: ${maskedCard(c.r)}\nSSN: ${maskedSsn(c.r)}\nIssue: duplicate charge on ${c.date()}, refunded ${money(c.r, cur(c.lc))}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Bug: payout job fails on ${ts(c.r)}\nTypeError: Cannot read properties of undefined (reading 'iban')\n    at PayoutBatch.run (payout.ts:${c.r.int(10, 400)}:${c.r.int(2, 40)})\ncommit ${hex(c.r, 40)}\nversion ${version(c.r)}; node 20.${c.r.int(1, 18)}.0; region eu-west-1; batch size ${c.r.int(100, 900)}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Forum › Drivers' lounge\nRe: best car for ride-hail? Ford Focus vs Toyota Prius vs Tesla Model 3. My Prius did ${c.r.int(200, 480)},000 km. Insurance went up ${c.r.int(5, 30)}% after ${c.pick(['Hurricane Ida', 'the Queen Mary 2 docked and traffic doubled', 'Martin Luther King Jr. Day weekend'])}. Will post a spreadsheet later. Hope this helps!\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`FAQ: payouts\nUS payouts are sent via ACH from routing ${routing(c.r)}, company EIN ${ein(c.r)}. Example of an invalid IBAN that the form rejects: ${badIban(c.r, c.pick(EU_IBAN_LOCS))}. Test card for sandbox: ${badCard(c.r)}. Payouts run every Tuesday; cut-off ${c.date()}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Lost & found log (depot ${c.pick(['North', 'Central', 'Harbour'])})\n- grey umbrella, trip ${tripId(c.r)}\n- dog lead with tag "${c.pick(PETS)}"\n- ${c.pick(['Dr. Martens boots', 'Hugo Boss jacket', 'Levi\'s 501'])}, parcel ${tracking(c.r)}\n- keys on a Ferrari keyring, found ${c.date()}\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Q${c.r.int(1, 4)} marketplace KPIs\nGMV ${money(c.r, '€')}M (+${c.r.int(2, 40)}%), take rate ${c.r.int(8, 25)}.${c.r.digits(1)}%, disputes per 1k orders ${c.r.int(1, 9)}.${c.r.digits(2)}. Team Falcon shipped "Smart Match"; Team Aurora owns the Trust Score v${c.r.int(2, 4)}. Next review ${c.date()}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Macro: refund_approved\nHi {{first_name}},\nWe've refunded {{amount}} to the card ending in {{last4}}. If you have questions reply to this email or call {{support_phone}}.\n— {{agent_name}}, ${c.pick(PLATFORM)} Support\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`${c.pick(['Hope', 'Grant', 'Will'])} ${c.pick(['this helps', 'access was not possible', 'do'])} — ${c.pick(['May', 'Summer'])} rates are live. Said rider rated the trip ${c.r.int(1, 5)}★; no further action. Order ${orderNo(c.r)} delivered at ${p2(c.r.int(0, 23))}:${p2(c.r.int(0, 59))}. Frank feedback welcome, Rich!\n`.replace(', Rich!', ', everyone!'));
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Community event: volunteer drivers needed for ${c.pick(['Martin Luther King Jr. Day', 'the St. Patrick\'s Day parade', 'a Parkinson\'s charity run', 'an Alzheimer\'s awareness walk', 'the Nobel Peace Prize concert', 'the Darwin Awards gala'])} — shuttle from ${c.pick(['Lake Victoria', 'Victoria Station', 'Washington Square', 'Mount Kenya'])} to the food bank. Sign up in the app by ${c.date()}. Build ${version(c.r)} required. Tracking ${tracking(c.r)}.\n`);
  } },
  { w: 1, neg: true, f: (c) => {
    c.t(`Server health ${ts(c.r)}: cluster payments-eu-${c.r.int(1, 9)} p99 ${c.r.int(80, 900)} ms, error budget ${c.r.int(10, 99)}%. Docker image sha256:${hex(c.r, 64)}. Firmware ${c.r.int(1, 4)}.${c.r.int(0, 9)}.${c.r.int(0, 9)} on card readers. Nothing to action.\n`);
  } },
];

const ALL: Tpl[] = [...T, ...T_INTL];
const POS_TOTAL = ALL.reduce((s, t) => s + t.w, 0);
const NEG_TOTAL = T_NEG.reduce((s, t) => s + t.w, 0);

/** Number of distinct document templates. */
export const INDEPENDENT34_TEMPLATE_COUNT = ALL.length + T_NEG.length;

function pickWeighted(r: Rng, xs: readonly Tpl[], total: number): Tpl {
  let x = r.next() * total;
  for (const t of xs) {
    x -= t.w;
    if (x < 0) return t;
  }
  return xs[xs.length - 1]!;
}

function makeDoc(r: Rng): Independent34Entry {
  const neg = r.chance(0.1);
  const tpl = neg ? pickWeighted(r, T_NEG, NEG_TOTAL) : pickWeighted(r, ALL, POS_TOTAL);
  const lc = loc(tpl.loc ? r.pick(tpl.loc) : r.pick(LOC_KEYS));
  const c = new Ctx(r, lc);
  tpl.f(c);
  const d = c.d;
  return { text: d.text, labels: d.labels, knownNames: d.known };
}

/** Generates whole documents until at least `minInstances` labels exist (deterministic per seed). */
export function generateIndependent34Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent34Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT34_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT34_MIN_INSTANCES;
  const out: Independent34Entry[] = [];
  let total = 0;
  while (total < min) {
    const e = makeDoc(r);
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
