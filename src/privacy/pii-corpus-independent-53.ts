/**
 * @module privacy/pii-corpus-independent-53 — blind labelled PII evaluation split #53 (airline loyalty and travel).
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, its evaluation scripts, any other corpus module or template,
 * docs, benches, the shared folder or the git history, and never ran the detector on this text. Every
 * name, address, template and value below was invented for this split.
 *
 * Seeds: 530001, 530002, 530003 (`INDEPENDENT53_SEEDS`); each seed yields whole documents until at least
 * `minInstances` labels (default 2400) exist, stopping right after the document that reaches it.
 *
 * Contents: frequent-flyer account support, passenger name records and manifests, booking confirmations
 * and e-tickets, lost-baggage claims, miles transfers and co-brand card applications, complaint and
 * compensation letters, chats with an LLM airline assistant, kiosk/gate/ops logs, in many languages and
 * national formats; about one document in ten is a hard negative with traps (people-named brands,
 * airports, diseases, laws, storms, pets; record locators, ticket/tag/case numbers, hashes, versions,
 * Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, masked values, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …), titles such as MR/MRS
 *   after a PNR name, and possessive 's are outside the span; initials+surname, surname-only, given-only,
 *   ALL CAPS, lower-case, "Surname, Given" and PNR "SURNAME/GIVEN" forms are labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings/airports named
 *   after people, eponymous diseases/laws/awards and @handles are not labelled; nor a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked numbers not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids (passports, KTNs …) not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; multi-line addresses span from the first street /
 *   building / PO-box line to the last postcode/city/country line; recipient name is a separate PERSON;
 *   company lines, city-only mentions, directions, gates, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates (flights, expiry, pets) not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry } from './pii-corpus.js';
import { ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT53_SEEDS = [530001, 530002, 530003] as const;
export const INDEPENDENT53_MIN_INSTANCES = 2400;

/** A label of this split: type, offsets and the exact text of the span. */
export interface Independent53Label {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** One document of this split. */
export type Independent53Entry = PiiCorpusEntry & { readonly labels: readonly Independent53Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent53Label[] = [];
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
}

type Tpl = (d: Doc, r: Rng) => void;

// ---------------------------------------------------------------------------------------------- names

type Cc =
  | 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'BR' | 'PT' | 'JP' | 'IN' | 'AU' | 'CA' | 'MX' | 'SE'
  | 'PL' | 'IE' | 'KR' | 'ZA' | 'AE' | 'SG' | 'TR' | 'NG' | 'CH' | 'KE';

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  readonly cc: readonly Cc[];
  readonly sg?: boolean;
}

const CULTURES: readonly Culture[] = [
  { g: ['James', 'Olivia', 'Rose', 'Hope', 'Will', 'Bill', 'Grant', 'May', 'Guy', 'Faith', 'Dawn', 'Joy', 'Frank', 'Ernest', 'Summer', 'Pat', 'Art', 'Sunny', 'Ethan', 'Harper', 'Mason', 'Chloe', 'Wesley', 'Brooke'],
    s: ['Smith', 'Baker', 'Cook', 'Black', 'White', 'Green', 'Long', 'King', 'Hill', 'Wood', 'Swift', 'Fox', 'Price', 'Hughes', 'Fletcher', 'Bishop', 'Marsh', 'Little', 'Young', 'Moody', 'Bell', 'Rich', 'Gentry', 'Hardy'],
    cc: ['US', 'GB', 'AU', 'CA', 'US'] },
  { g: ['Siobhán', 'Niamh', 'Ciarán', 'Oisín', 'Aoife', 'Declan', 'Róisín', 'Pádraig', 'Cormac', 'Eimear', 'Dara', 'Sinéad'],
    s: ["O'Connell", 'Murphy', 'Byrne', 'Ó Súilleabháin', 'Keane', 'Gallagher', 'McCarthy', 'Doyle', 'Quinlan', 'Fitzgerald', "O'Rourke", 'Brennan'],
    cc: ['IE', 'GB', 'US'] },
  { g: ['Lukas', 'Anneliese', 'Jürgen', 'Friederike', 'Maximilian', 'Ute', 'Dieter', 'Greta', 'Till', 'Sönke', 'Hannelore', 'Wolfgang'],
    s: ['Schmidt', 'Müller', 'Weißgerber', 'Hoffmann', 'Krüger', 'Vogel', 'Brandt', 'Lehmann', 'Schäfer', 'Zimmermann', 'Kühn', 'Becker'],
    cc: ['DE', 'DE', 'CH'] },
  { g: ['Amélie', 'Étienne', 'Margaux', 'Théo', 'Baptiste', 'Clémence', 'Gaëlle', 'Yannick', 'Océane', 'Rémi', 'Solène', 'Aurélien'],
    s: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lemaire', 'Mercier', 'Faure', 'Garnier', 'Benoît'],
    cc: ['FR', 'FR', 'CA', 'CH'] },
  { g: ['Alejandro', 'Lucía', 'Sofía', 'Álvaro', 'Nerea', 'Iñigo', 'Pilar', 'Rocío', 'Gonzalo', 'Begoña', 'Xavier', 'Inmaculada'],
    s: ['García', 'Fernández', 'Ruiz', 'Navarro', 'Etxeberria', 'Ortega', 'Iglesias', 'Castillo', 'Domínguez', 'Serrano', 'Morales', 'de la Vega'],
    cc: ['ES'] },
  { g: ['Guadalupe', 'Ximena', 'Jesús', 'Itzel', 'Mateo', 'Citlali', 'Rogelio', 'Yareli', 'Emiliano', 'Araceli'],
    s: ['Hernández', 'López', 'Ramírez', 'Villaseñor', 'Zamora', 'Cervantes', 'Olvera', 'Téllez', 'Quintero', 'Barragán'],
    cc: ['MX', 'MX', 'US'] },
  { g: ['João', 'Thiago', 'Beatriz', 'Gonçalo', 'Luana', 'Caio', 'Conceição', 'Raimundo', 'Letícia', 'Vitória', 'Henrique', 'Mariana'],
    s: ['Silva', 'Santos', 'Oliveira', 'Pereira', 'Carvalho', 'Gonçalves', 'Azevedo', 'Nogueira', 'Magalhães', 'Figueiredo', 'Barros', 'Teixeira'],
    cc: ['BR', 'BR', 'PT'] },
  { g: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica', 'Salvatore', 'Beatrice', 'Gianluca', 'Rosaria', 'Vittorio', 'Ilaria', 'Carmine'],
    s: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca'],
    cc: ['IT'] },
  { g: ['Daan', 'Sanne', 'Joris', 'Femke', 'Bram', 'Lotte', 'Maarten', 'Eline', 'Sjoerd', 'Noor'],
    s: ['de Vries', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'van der Berg', 'Mulder', 'de Jong', 'Hendriks'],
    cc: ['NL'] },
  { g: ['Zofia', 'Krzysztof', 'Agnieszka', 'Paweł', 'Małgorzata', 'Wojciech', 'Katarzyna', 'Grzegorz', 'Jadwiga', 'Łukasz'],
    s: ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kozłowska'],
    cc: ['PL', 'PL', 'GB'] },
  { g: ['Astrid', 'Linnea', 'Björn', 'Sigrid', 'Henrik', 'Ingrid', 'Magnus', 'Freja', 'Oskar', 'Solveig'],
    s: ['Lindqvist', 'Johansson', 'Andersson', 'Nilsson', 'Bergström', 'Halvorsen', 'Sørensen', 'Eriksen', 'Lund', 'Dahl'],
    cc: ['SE'] },
  { g: ['Aino', 'Eero', 'Juhani', 'Helmi', 'Onni', 'Kaarina', 'Tuomas', 'Veera'],
    s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'],
    cc: ['SE', 'DE', 'GB'] },
  { g: ['Dmitri', 'Anastasia', 'Sergei', 'Yekaterina', 'Alexei', 'Olga', 'Nikolai', 'Svetlana', 'Pavel', 'Irina'],
    s: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Volkov', 'Sokolova', 'Lebedev', 'Morozova', 'Novikov', 'Fedorova'],
    cc: ['DE', 'AE', 'TR', 'US'] },
  { g: ['Oksana', 'Bohdan', 'Taras', 'Olena', 'Mykola', 'Yaryna', 'Andriy', 'Halyna'],
    s: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchuk', 'Melnyk', 'Hrytsenko', 'Moroz'],
    cc: ['PL', 'DE', 'CA'] },
  { g: ['Eleni', 'Giorgos', 'Dimitra', 'Konstantinos', 'Vasiliki', 'Spyros', 'Katerina', 'Nikos'],
    s: ['Papadopoulos', 'Georgiou', 'Karagiannis', 'Vlachos', 'Oikonomou', 'Alexiou', 'Papadaki', 'Nikolaidis'],
    cc: ['DE', 'GB', 'AU'] },
  { g: ['Emre', 'Ayşe', 'Mehmet', 'Zeynep', 'Burak', 'Elif', 'Can', 'Gülşen', 'Yusuf', 'Deniz'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç'],
    cc: ['TR', 'TR', 'DE'] },
  { g: ['Said', 'Fatima', 'Omar', 'Layla', 'Khalid', 'Amira', 'Youssef', 'Hamza', 'Mariam', 'Tariq', 'Huda', 'Rania'],
    s: ['Al-Rashid', 'Haddad', 'Mansour', 'El-Sayed', 'Khoury', 'Nasser', 'Al-Farsi', 'Benali', 'Qasim', 'Saleh', 'Hariri', 'Abdullah'],
    cc: ['AE', 'AE', 'FR', 'GB'] },
  { g: ['Dariush', 'Shirin', 'Arash', 'Parisa', 'Kaveh', 'Niloufar', 'Reza', 'Leila'],
    s: ['Tehrani', 'Hosseini', 'Karimi', 'Rostami', 'Moradi', 'Jafari', 'Farahani', 'Ahmadi'],
    cc: ['CA', 'US', 'DE', 'AE'] },
  { g: ['Noa', 'Yonatan', 'Tamar', 'Eitan', 'Shira', 'Avraham', 'Yael', 'Itai'],
    s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Azoulay', 'Ben-David'],
    cc: ['US', 'GB', 'FR'] },
  { g: ['Aarav', 'Priya', 'Vikram', 'Ananya', 'Rohan', 'Deepika', 'Arjun', 'Kavya', 'Sanjay', 'Meera', 'Rahul', 'Pooja'],
    s: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Chatterjee', 'Deshpande', 'Malhotra', 'Banerjee', 'Joshi', 'Kulkarni'],
    cc: ['IN', 'IN', 'GB', 'US', 'SG', 'AE'] },
  { g: ['Karthik', 'Lakshmi', 'Senthil', 'Divya', 'Murugan', 'Revathi'],
    s: ['Subramaniam', 'Ramasamy', 'Krishnan', 'Venkatesan', 'Pillai', 'Annamalai'],
    cc: ['IN', 'SG'] },
  { g: ['Wei', 'Xiuying', 'Jun', 'Hao', 'Mei', 'Zhiwei', 'Yan', 'Tao', 'Lihua', 'Jing', 'Bo', 'Xinyi'],
    s: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Lin'],
    cc: ['SG', 'AU', 'CA', 'US'], sg: true },
  { g: ['Haruto', 'Yui', 'Ren', 'Misaki', 'Daiki', 'Sakura', 'Kenta', 'Aiko', 'Shota', 'Mayumi'],
    s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Ito', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
    cc: ['JP'], sg: true },
  { g: ['Minjun', 'Seoyeon', 'Jihoon', 'Yuna', 'Haeun', 'Doyoon', 'Jiwoo', 'Sumin'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
    cc: ['KR'], sg: true },
  { g: ['Minh', 'Thảo', 'Quang', 'Linh', 'Tuấn', 'Hương', 'Phúc', 'Ngọc'],
    s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
    cc: ['AU', 'US', 'FR'], sg: true },
  { g: ['Maricel', 'Jericho', 'Luzviminda', 'Rodrigo', 'Jocelyn', 'Analyn', 'Ramil', 'Marites'],
    s: ['Dela Cruz', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza', 'Macaraeg', 'Dimaculangan', 'Aquino'],
    cc: ['AE', 'SG', 'US', 'CA'] },
  { g: ['Somchai', 'Naree', 'Anong', 'Kittipong', 'Siriporn', 'Chaiwat'],
    s: ['Srisuk', 'Wongsawat', 'Rattanakorn', 'Boonmee', 'Saetang', 'Phromma'],
    cc: ['SG', 'AU'] },
  { g: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri'],
    s: ['Santoso', 'Wijaya', 'Halim', 'Kusuma', 'Hartono', 'Saputra'],
    cc: ['SG', 'AU'] },
  { g: ['Chidi', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Folasade', 'Tunde', 'Chiamaka', 'Ikenna', 'Yetunde'],
    s: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Adebayo', 'Olatunji', 'Obi', 'Afolabi'],
    cc: ['NG', 'NG', 'GB', 'US'] },
  { g: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Baraka', 'Zawadi', 'Achieng'],
    s: ['Mwangi', 'Odhiambo', 'Kariuki', 'Wafula', 'Chebet', 'Kiprotich', 'Mutua', 'Njoroge'],
    cc: ['KE', 'KE', 'ZA', 'GB'] },
  { g: ['Abebe', 'Selam', 'Tsion', 'Dawit', 'Meron', 'Yohannes'],
    s: ['Bekele', 'Tesfaye', 'Girma', 'Haile', 'Alemu', 'Wolde'],
    cc: ['US', 'KE', 'DE'] },
  { g: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Dóra', 'Gergely'],
    s: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga'],
    cc: ['DE', 'GB', 'CH'] },
  { g: ['Tereza', 'Jiří', 'Kateřina', 'Ondřej', 'Lucie', 'Vojtěch'],
    s: ['Novák', 'Dvořák', 'Černá', 'Procházka', 'Kučera', 'Veselý'],
    cc: ['DE', 'PL'] },
  { g: ['Thandiwe', 'Sipho', 'Lerato', 'Bongani', 'Nomvula', 'Pieter'],
    s: ['Dlamini', 'Nkosi', 'Mokoena', 'van Wyk', 'Botha', 'Khumalo'],
    cc: ['ZA'] },
];

interface Person {
  readonly g: string;
  readonly s: string;
  readonly cc: Cc;
  readonly sg: boolean;
}

function person(r: Rng, cc?: Cc): Person {
  const c = r.pick(CULTURES);
  return { g: r.pick(c.g), s: r.pick(c.s), cc: cc ?? r.pick(c.cc), sg: c.sg === true && r.chance(0.5) };
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i');
}

function full(p: Person): string {
  return p.sg ? `${p.s} ${p.g}` : `${p.g} ${p.s}`;
}

type Form = 'full' | 'init' | 'sur' | 'given' | 'caps' | 'lower' | 'comma' | 'pnr';

function pnrName(p: Person): string {
  const clean = (x: string) => ascii(x).replace(/[^A-Za-z]/g, '').toUpperCase();
  return `${clean(p.s)}/${clean(p.g)}`;
}

function form(p: Person, f: Form): string {
  switch (f) {
    case 'full': return full(p);
    case 'init': return `${p.g.charAt(0)}. ${p.s}`;
    case 'sur': return p.s;
    case 'given': return p.g;
    case 'caps': return full(p).toUpperCase();
    case 'lower': return full(p).toLowerCase();
    case 'comma': return `${p.s}, ${p.g}`;
    case 'pnr': return pnrName(p);
  }
}

const COMMON_FORMS: readonly Form[] = ['full', 'full', 'full', 'full', 'init', 'caps', 'comma', 'lower', 'sur'];

/** Writes a PERSON label. */
function N(d: Doc, r: Rng, p: Person, forms: readonly Form[] = COMMON_FORMS): Doc {
  return d.l('PERSON', form(p, r.pick(forms)));
}

/** Writes the user's own full name, labelled and recorded as a known name. */
function me(d: Doc, p: Person): Doc {
  const f = full(p);
  if (!d.known.includes(f)) d.known.push(f);
  return d.l('PERSON', f);
}

const TITLES_EN = ['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Prof. ', 'Mx. ', 'Capt. '];

// ------------------------------------------------------------------------------------- small helpers

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const up = (s: string): string => s.toUpperCase();
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function letters(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS.charAt(r.int(0, LETTERS.length - 1));
  return s;
}
function alnum(r: Rng, n: number): string {
  const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < n; i++) s += a.charAt(r.int(0, a.length - 1));
  return s;
}
function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
function group(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

// ------------------------------------------------------------------------------------------ airlines

interface Airline {
  readonly name: string;
  readonly code: string;
  readonly prog: string;
  readonly dom: string;
  readonly pfx: string;
}
const AIRLINES: readonly Airline[] = [
  { name: 'Skyvela', code: 'VK', prog: 'Skyvela Horizons', dom: 'skyvela.com', pfx: '731' },
  { name: 'Aurora Pacific', code: 'AQ', prog: 'Magellan Miles', dom: 'aurorapacific.com', pfx: '655' },
  { name: 'Nordwind Connect', code: 'NQ', prog: 'Polar Club', dom: 'nordwind-connect.de', pfx: '418' },
  { name: 'Meridian Air', code: 'MZ', prog: 'Earhart Club', dom: 'meridianair.co.uk', pfx: '296' },
  { name: 'Alta Sur', code: 'AZ', prog: 'Cóndor Millas', dom: 'altasur.com.mx', pfx: '583' },
  { name: 'Isla Azul', code: 'IZ', prog: 'Puntos Azul', dom: 'islaazul.es', pfx: '844' },
  { name: 'Sakura Wings', code: 'SW', prog: 'Hanami Mileage', dom: 'sakurawings.jp', pfx: '269' },
  { name: 'Kestrel Jet', code: 'KJ', prog: 'Lindbergh Rewards', dom: 'kestreljet.com.au', pfx: '957' },
  { name: 'Levant Sky', code: 'LQ', prog: 'Falcon Privilege', dom: 'levantsky.ae', pfx: '612' },
  { name: 'Hamilton Air', code: 'HX', prog: 'Amundsen Gold', dom: 'hamiltonair.ca', pfx: '390' },
];
const AIRPORTS = ['JFK', 'LHR', 'CDG', 'FRA', 'MAD', 'FCO', 'AMS', 'GRU', 'LIS', 'NRT', 'HND', 'DEL', 'BOM', 'SYD', 'YYZ', 'MEX', 'ARN', 'WAW', 'DUB', 'ICN', 'JNB', 'DXB', 'SIN', 'IST', 'LOS', 'ZRH', 'NBO', 'ORD', 'SFO', 'MUC', 'BCN', 'YUL'];
const PEOPLE_AIRPORTS = ['John F. Kennedy International', 'Charles de Gaulle', 'Leonardo da Vinci–Fiumicino', 'Indira Gandhi International', 'Jomo Kenyatta International', 'O. R. Tambo International', 'George Bush Intercontinental', 'Ben Gurion Airport', 'Ronald Reagan Washington National', 'Pierre Elliott Trudeau International', 'Chhatrapati Shivaji Maharaj International', 'Frédéric Chopin Airport', 'Franz Josef Strauss Airport', 'Adolfo Suárez Madrid–Barajas', 'Humberto Delgado Airport'];
const PEOPLE_BRANDS = ['Hilton Garden Inn', 'Marriott Bonvoy', 'Ritz-Carlton', 'Louis Vuitton', 'Hermès', 'McDonald’s', 'Dell', 'Ferrari', 'Tesla', 'Boeing', 'Hugo Boss', 'Ralph Lauren', 'Jack Daniel’s', 'Mercedes-Benz', 'Tim Hortons', 'Wendy’s', 'Walt Disney World', 'Johnnie Walker', 'Ben & Jerry’s', 'Dyson', 'Porsche', 'Calvin Klein', 'Tommy Hilfiger'];
const DISEASES = ["Parkinson's disease", "Crohn's disease", "Alzheimer's", 'Tourette syndrome', "Ménière's disease", 'Raynaud’s', 'Down syndrome', "Hodgkin lymphoma", "Asperger's", 'Guillain-Barré syndrome'];
const LAWS = ['the Montreal Convention', 'EU Regulation 261/2004', 'the Warsaw Convention', 'the Sarbanes-Oxley Act', "Megan's Law", 'the Magnitsky Act', 'the Dodd-Frank Act', 'the Carmack Amendment'];
const STORMS = ['Storm Ciarán', 'Hurricane Milton', 'Typhoon Haishen', 'Storm Babet', 'Hurricane Beryl', 'Cyclone Gabrielle', 'Storm Isha', 'Typhoon Yagi'];
const PETS = ['Oscar', 'Bella', 'Max', 'Charlie', 'Rosie', 'Frank', 'Lola', 'Winston', 'Daisy', 'Milo'];
const HANDLES = ['@jetlagged_jules', '@milesmaven', '@skyhopper88', '@avgeek_priya', '@nomadic.nate', '@grant_travels', '@rosewanders', '@flyingdutchsanne'];
const AWARDS = ['Skytrax World Airline Award', 'Pulitzer Prize', 'Nobel Peace Prize', 'Tony Award', 'Michelin star', 'Booker Prize'];
const SHIPS = ['Queen Mary 2', 'Queen Elizabeth', 'Sir David Attenborough', 'MSC Grandiosa', 'Nieuw Amsterdam'];

function pnr(r: Rng): string {
  return alnum(r, 6);
}
function flight(r: Rng, a: Airline): string {
  return `${a.code}${r.int(1, 2999)}`;
}
function ticketNo(r: Rng, a: Airline): string {
  return r.chance(0.5) ? `${a.pfx}-${r.digits(10)}` : `${a.pfx}${r.digits(10)}`;
}
function ffNo(r: Rng, a: Airline): string {
  return r.pick([`${a.code} ${r.digits(9)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${a.code}${r.digits(8)}`]);
}
function tag(r: Rng, a: Airline): string {
  return r.pick([`${a.code}${r.digits(6)}`, `0${a.pfx}${r.digits(6)}`, `${a.code} ${r.digits(6)}`]);
}
function seat(r: Rng): string {
  return `${r.int(1, 58)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'H', 'K'])}`;
}
function hhmm(r: Rng): string {
  return `${pad(r.int(0, 23))}:${pad(r.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))}`;
}
function ts(r: Rng): string {
  return `202${r.int(4, 6)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${hhmm(r)}:${pad(r.int(0, 59))}Z`;
}
function version(r: Rng): string {
  return `${r.int(1, 14)}.${r.int(0, 30)}.${r.int(0, 99)}`;
}
function ein(r: Rng): string {
  return `${pad(r.int(10, 98))}-${r.digits(7)}`;
}
function routing(r: Rng): string {
  return r.pick(['021000021', '026009593', '121000358', '011401533', '071000013', '322271627']);
}

// -------------------------------------------------------------------------------------------- phones

function phone(r: Rng, cc: Cc): string {
  const D = (n: number) => r.digits(n);
  const nz = () => String(r.int(2, 9));
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = nz() + D(2), b = nz() + D(2), c = D(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `+1 (${a}) ${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'GB': return r.pick([`+44 7${D(3)} ${D(6)}`, `07${D(3)} ${D(6)}`, `+44 20 ${D(4)} ${D(4)}`, `020 ${D(4)} ${D(4)}`, `+44 (0)161 ${D(3)} ${D(4)}`, `0131 ${D(3)} ${D(4)}`]);
    case 'DE': return r.pick([`+49 1${r.pick(['51', '52', '60', '70', '76'])} ${D(8)}`, `030 ${D(8)}`, `+49 (0)89 ${D(4)} ${D(3)}`, `0171/${D(7)}`, `+49 40 ${D(3)} ${D(4)}`]);
    case 'CH': return r.pick([`+41 7${r.int(5, 9)} ${D(3)} ${D(2)} ${D(2)}`, `044 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'FR': {
      const pairs = `${D(2)} ${D(2)} ${D(2)} ${D(2)}`;
      return r.pick([`0${r.int(6, 7)} ${pairs}`, `+33 ${r.int(1, 7)} ${pairs}`, `+33 (0)1 ${pairs}`, `0${r.int(1, 5)}.${D(2)}.${D(2)}.${D(2)}.${D(2)}`]);
    }
    case 'ES': return r.pick([`+34 6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `6${D(2)} ${D(3)} ${D(3)}`, `91 ${D(3)} ${D(2)} ${D(2)}`, `+34 93 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IT': return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `06 ${D(4)} ${D(4)}`, `+39 02 ${D(4)} ${D(4)}`]);
    case 'NL': return r.pick([`+31 6 ${D(8)}`, `06-${D(8)}`, `020 ${D(3)} ${D(4)}`, `+31 (0)10 ${D(3)} ${D(4)}`]);
    case 'BR': return r.pick([`+55 ${r.int(11, 99)} 9${D(4)}-${D(4)}`, `(${r.int(11, 99)}) 9${D(4)}-${D(4)}`, `+55 (21) 9${D(4)}-${D(4)}`]);
    case 'PT': return r.pick([`+351 9${r.int(1, 6)}${D(1)} ${D(3)} ${D(3)}`, `21 ${D(3)} ${D(4)}`]);
    case 'JP': return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `+81 90-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 3 ${D(4)} ${D(4)}`, `06-${D(4)}-${D(4)}`]);
    case 'IN': return r.pick([`+91 ${r.int(6, 9)}${D(4)} ${D(5)}`, `+91-${r.int(6, 9)}${D(4)}-${D(5)}`, `0${r.int(7, 9)}${D(9)}`, `${r.int(6, 9)}${D(9)}`]);
    case 'AU': return r.pick([`+61 4${D(2)} ${D(3)} ${D(3)}`, `04${D(2)} ${D(3)} ${D(3)}`, `(02) ${D(4)} ${D(4)}`, `+61 3 ${D(4)} ${D(4)}`]);
    case 'MX': return r.pick([`+52 55 ${D(4)} ${D(4)}`, `+52 1 33 ${D(4)} ${D(4)}`, `55 ${D(4)} ${D(4)}`, `(81) ${D(4)}-${D(4)}`]);
    case 'SE': return r.pick([`+46 7${r.int(0, 9)} ${D(3)} ${D(2)} ${D(2)}`, `07${r.int(0, 9)}-${D(3)} ${D(2)} ${D(2)}`, `08-${D(3)} ${D(3)} ${D(2)}`]);
    case 'PL': return r.pick([`+48 ${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)}-${D(3)}-${D(3)}`, `+48 22 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IE': return r.pick([`+353 8${r.int(3, 9)} ${D(3)} ${D(4)}`, `08${r.int(3, 9)} ${D(3)} ${D(4)}`, `(01) ${D(3)} ${D(4)}`]);
    case 'KR': return r.pick([`010-${D(4)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `+82 2 ${D(4)} ${D(4)}`]);
    case 'ZA': return r.pick([`+27 ${r.pick(['82', '83', '72', '61', '11', '21'])} ${D(3)} ${D(4)}`, `0${r.pick(['82', '83', '72'])} ${D(3)} ${D(4)}`]);
    case 'AE': return r.pick([`+971 5${r.int(0, 8)} ${D(3)} ${D(4)}`, `05${r.int(0, 8)} ${D(3)} ${D(4)}`, `+971 4 ${D(3)} ${D(4)}`]);
    case 'SG': return r.pick([`+65 ${r.int(8, 9)}${D(3)} ${D(4)}`, `${r.int(8, 9)}${D(3)} ${D(4)}`, `+65 6${D(3)} ${D(4)}`]);
    case 'TR': return r.pick([`+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `0 (5${D(2)}) ${D(3)} ${D(2)} ${D(2)}`, `0212 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'NG': return r.pick([`+234 80${r.int(2, 9)} ${D(3)} ${D(4)}`, `080${r.int(2, 9)} ${D(3)} ${D(4)}`, `+234 (0)9 ${D(3)} ${D(4)}`]);
    case 'KE': return r.pick([`+254 7${D(2)} ${D(3)} ${D(3)}`, `07${D(2)} ${D(3)} ${D(3)}`, `+254 20 ${D(3)} ${D(4)}`]);
  }
}

const WORD_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(r: Rng): string {
  const a = String(r.int(2, 9)) + r.digits(2), b = String(r.int(2, 9)) + r.digits(2), c = r.digits(4);
  const w = (s: string) => [...s].map((ch) => WORD_DIGITS[Number(ch)] ?? ch).join(' ');
  return r.pick([`${w(a)}, ${w(b)}, ${w(c)}`, `${w(a)} ${w(b)} ${w(c)}`, `${a} ${w(b)} ${w(c)}`]);
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `+44 ****** ${r.digits(3)}`, `(•••) •••-${r.digits(4)}`, `+49 *** *****${r.digits(2)}`, `XXX-XXX-${r.digits(4)}`]);
}

// -------------------------------------------------------------------------------------------- emails

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'hotmail.es', 'uol.com.br', 'yahoo.co.jp', 'rediffmail.com', 'naver.com', 'icloud.com', 'proton.me', 't-online.de', 'btinternet.com', 'bigpond.com', 'wp.pl', 'seznam.cz', 'mail.ru', 'qq.com', 'live.ca', 'fastmail.fm'];
const CORP = ['northgate-logistics.com', 'brightwater.io', 'kappa-consult.de', 'helio-pharma.fr', 'quantaseg.com.br', 'tessellate.co', 'uni-example.edu', 'atlas-ingenieria.es'];

function email(r: Rng, p?: Person): string {
  if (!p || r.chance(0.15)) return `${r.pick(['wanderlust', 'mileshunter', 'blue.sky', 'travelbug', 'fam.trips', 'k.ops', 'nomad'])}${r.int(1, 999)}@${r.pick(FREEMAIL)}`;
  const g = ascii(p.g).toLowerCase().replace(/[^a-z]/g, '');
  const s = ascii(p.s).toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g}`, `${g}_${s}${r.int(1, 99)}`, `${g}${r.int(70, 99)}`, `${s}-${g.charAt(0)}`]);
  return `${local}@${r.pick(r.chance(0.75) ? FREEMAIL : CORP)}`;
}
function roleEmail(r: Rng, a: Airline): string {
  return `${r.pick(['support', 'baggage', 'refunds', 'loyalty', 'groups', 'claims', 'noreply', 'customer.relations', 'cobrand'])}@${a.dom}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g).toLowerCase().replace(/[^a-z]/g, '');
  const s = ascii(p.s).toLowerCase().replace(/[^a-z]/g, '');
  const dom = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot co dot uk', 'icloud dot com', 'web dot de']);
  return r.pick([`${g} dot ${s} at ${dom}`, `${g}${s} at ${dom}`, `${g} underscore ${s} at ${dom}`]);
}

// ------------------------------------------------------------------------------------------- address

const ST_EN = ['Juniper Hollow', 'Maple', 'Harbor View', 'Cedar Ridge', 'Old Mill', 'Larkspur', 'Willow Creek', 'Quarry', 'Beacon', 'Foxglove', 'Martin Luther King Jr', 'Lincoln', 'Washington'];
const US_CITIES: readonly [string, string, string][] = [['Tacoma', 'WA', '984'], ['Austin', 'TX', '787'], ['Dayton', 'OH', '454'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Fresno', 'CA', '937'], ['Newark', 'NJ', '071'], ['Duluth', 'MN', '558'], ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122']];

function address(r: Rng, cc: Cc): string[] {
  const n = () => String(r.int(1, 399));
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick(US_CITIES);
      if (r.chance(0.12)) return [`PO Box ${r.int(100, 99999)}`, `${city}, ${st} ${z}${r.digits(2)}`];
      const unit = r.chance(0.35) ? r.pick([`, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}`, `, Unit ${r.int(100, 999)}`, ` #${r.int(2, 40)}`]) : '';
      const l = [`${r.int(10, 9999)} ${r.pick(ST_EN)} ${r.pick(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Way', 'Ct'])}${unit}`, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`];
      if (r.chance(0.25)) l.push(r.pick(['USA', 'United States']));
      return l;
    }
    case 'CA': {
      const pc = `${r.pick(['H2Y', 'M5V', 'V6B', 'K1P', 'T2P'])} ${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`;
      return r.pick([[`${r.int(10, 999)} Rue Saint-Paul O`, `Montréal QC ${pc}`], [`${r.int(10, 999)} ${r.pick(ST_EN)} Street, Suite ${r.int(100, 2200)}`, `Toronto ON ${pc}`], [`${r.int(100, 9999)} Granville St`, `Vancouver BC ${pc}`, 'Canada']]);
    }
    case 'GB': {
      const pc = `${r.pick(['BS6', 'M14', 'EH3', 'SW11', 'LS6', 'CF10', 'NW3', 'B15', 'G12'])} ${r.int(1, 9)}${letters(r, 2)}`;
      const town = r.pick(['Bristol', 'Manchester', 'Edinburgh', 'London', 'Leeds', 'Cardiff', 'Birmingham', 'Glasgow']);
      const st = `${n()} ${r.pick(['Ashcombe', 'Kingsdown', 'Orchard', 'Victoria', 'Gladstone', 'Whitworth', 'Mill'])} ${r.pick(['Terrace', 'Road', 'Lane', 'Crescent', 'Gardens', 'Street'])}`;
      return r.pick([[r.chance(0.4) ? `Flat ${r.int(1, 12)}, ${st}` : st, town, pc], [st, `${town} ${pc}`], [st, town, pc, 'United Kingdom']]);
    }
    case 'DE': {
      const st = `${r.pick(['Lindenstraße', 'Goethestraße', 'Am Kirchberg', 'Schillerplatz', 'Hauptstraße', 'Wiesenweg', 'Bahnhofstr.'])} ${r.int(1, 120)}${r.chance(0.2) ? 'a' : ''}`;
      const city = r.pick([['10437', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['20095', 'Hamburg'], ['04109', 'Leipzig'], ['60311', 'Frankfurt am Main']] as const);
      return r.chance(0.3) ? [st, `${city[0]} ${city[1]}`, 'Deutschland'] : [st, `${city[0]} ${city[1]}`];
    }
    case 'CH': return [`${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Rue du Rhône', 'Via Nassa'])} ${r.int(1, 90)}`, `${r.pick(['8001 Zürich', '1204 Genève', '6900 Lugano', '3011 Bern'])}`];
    case 'FR': {
      const st = `${r.int(1, 140)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue de la République', 'impasse des Lilas', 'quai Saint-Vincent'])}`;
      const city = r.pick(['69002 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg']);
      return r.chance(0.3) ? [st, up(city), 'FRANCE'] : [st, city];
    }
    case 'ES': return [`${r.pick(['Calle de Toledo', 'Calle de Cervantes', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Paseo de la Castellana'])} ${r.int(1, 300)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`, `${r.pick(['28005 Madrid', '08013 Barcelona', '41004 Sevilla', '46002 Valencia', '48001 Bilbao'])}`];
    case 'IT': return [`${r.pick(['Via Garibaldi', 'Via Giuseppe Verdi', 'Corso Vittorio Emanuele II', 'Piazza Navona', 'Viale dei Mille'])} ${r.int(1, 200)}`, `${r.pick(['20121 Milano MI', '00186 Roma RM', '80138 Napoli NA', '50122 Firenze FI', '10121 Torino TO'])}`];
    case 'NL': return [`${r.pick(['Keizersgracht', 'Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Witte de Withstraat'])} ${r.int(1, 500)}${r.chance(0.3) ? '-II' : ''}`, `${r.int(1011, 3584)} ${letters(r, 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'])}`];
    case 'BR': return [`${r.pick(['Rua Augusta', 'Avenida Presidente Vargas', 'Rua das Laranjeiras', 'Alameda Santos'])}, ${r.int(10, 2999)}${r.chance(0.5) ? ` - apto ${r.int(11, 1802)}` : ''}`, `${r.pick(['Consolação', 'Centro', 'Laranjeiras', 'Jardim Paulista'])}`, `${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Recife - PE'])}`, `${r.digits(5)}-${r.digits(3)}`];
    case 'PT': return [`${r.pick(['Rua Garrett', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 250)}, ${r.int(1, 6)}º ${r.pick(['Esq.', 'Dto.'])}`, `${r.int(1000, 4999)}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Coimbra'])}`];
    case 'JP': {
      if (r.chance(0.5)) return [`〒${r.digits(3)}-${r.digits(4)}`, `${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市中京区', '神奈川県横浜市西区みなとみらい', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`];
      return [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Kitazawa', 'Jingumae', 'Nishi-Shinjuku', 'Umeda', 'Tenjin'])}`, `${r.pick(['Setagaya-ku, Tokyo', 'Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka'])} ${r.digits(3)}-${r.digits(4)}`, ...(r.chance(0.4) ? ['Japan'] : [])];
    }
    case 'IN': return [`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Layout', 'Lodha Palava'])}`, `${r.int(1, 20)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri West', 'Salt Lake'])}`, `${r.pick(['Bengaluru 5600', 'Mumbai 4000', 'Kolkata 7000'])}${r.digits(2)}`];
    case 'AU': return [`${r.chance(0.4) ? `${r.int(1, 40)}/` : ''}${r.int(1, 300)} ${r.pick(['Banksia', 'Brunswick', 'Lygon', 'Oxford', 'Macquarie'])} ${r.pick(['St', 'Rd', 'Pde', 'Ave'])}`, `${r.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'New Farm QLD 4005', 'Fremantle WA 6160', 'Glenelg SA 5045'])}`];
    case 'MX': return [`${r.pick(['Av. Insurgentes Sur', 'Calle Benito Juárez', 'Av. Vallarta', 'Calle Madero'])} ${r.int(10, 3000)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}`, `Col. ${r.pick(['Del Valle', 'Roma Norte', 'Americana', 'Centro'])}`, `${r.pick(['03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '64000 Monterrey, N.L.'])}`];
    case 'SE': return [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Södra Vägen'])} ${r.int(1, 90)}${r.chance(0.3) ? ' lgh 1102' : ''}`, `${r.int(100, 989)} ${r.digits(2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'])}`];
    case 'PL': return [`ul. ${r.pick(['Marszałkowska', 'Floriańska', 'Piotrkowska', 'Długa'])} ${r.int(1, 140)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, `${pad(r.int(0, 99))}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Łódź', 'Gdańsk'])}`];
    case 'IE': return [`${r.int(1, 120)} ${r.pick(['Harbour View', 'Griffith Avenue', 'Castle Street', 'Mount Pleasant'])}`, `${r.pick(['Howth, Co. Dublin', 'Douglas, Cork', 'Salthill, Galway'])}`, `${r.pick(['D13', 'T12', 'H91'])} ${alnum(r, 4)}`];
    case 'KR': return r.chance(0.5) ? [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '서울특별시 마포구 월드컵북로'])} ${r.int(1, 500)}`, `${r.digits(5)}`] : [`${r.int(1, 500)} Teheran-ro, Gangnam-gu`, `Seoul ${r.digits(5)}`];
    case 'ZA': return [`${r.int(1, 200)} ${r.pick(['Jan Smuts Avenue', 'Long Street', 'Florida Road', 'Main Road'])}`, `${r.pick(['Rosebank', 'Gardens', 'Morningside', 'Claremont'])}`, `${r.pick(['Johannesburg 2196', 'Cape Town 8001', 'Durban 4001'])}`];
    case 'AE': return r.chance(0.5) ? [`P.O. Box ${r.int(1000, 99999)}`, r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'United Arab Emirates'] : [`Apartment ${r.int(101, 4200)}, ${r.pick(['Marina Heights Tower', 'Al Noor Residence', 'Creek Vista'])}`, `${r.pick(['Dubai Marina', 'Al Barsha', 'Khalifa City'])}, ${r.pick(['Dubai', 'Abu Dhabi'])}`];
    case 'SG': return [`Blk ${r.int(1, 999)} ${r.pick(['Tampines Street 81', 'Ang Mo Kio Ave 3', 'Bedok North Road'])} #${pad(r.int(2, 25))}-${r.int(10, 450)}`, `Singapore ${r.digits(6)}`];
    case 'TR': return [`${r.pick(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'])} No: ${r.int(1, 300)} Daire: ${r.int(1, 20)}`, `${r.int(34000, 34999)} ${r.pick(['Kadıköy/İstanbul', 'Beyoğlu/İstanbul', 'Çankaya/Ankara'])}`];
    case 'NG': return [`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'])}`, `${r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Yaba, Lagos'])} ${r.int(100001, 106104)}`];
    case 'KE': return [`${r.pick(['Ngong Road', 'Kenyatta Avenue', 'Argwings Kodhek Road'])}, ${r.pick(['Kilimani', 'Westlands', 'Lavington'])}`, `P.O. Box ${r.int(1000, 99999)}-00100`, 'Nairobi'];
  }
}

/** Writes an ADDRESS label, single-line (", ") or multi-line. */
function A(d: Doc, r: Rng, cc: Cc, multi = r.chance(0.5)): Doc {
  return d.l('ADDRESS', address(r, cc).join(multi ? '\n' : ', '));
}

// --------------------------------------------------------------------------------------------- dates

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

function fmtDate(r: Rng, cc: Cc | 'ISO' | 'PNR', y: number, m: number, dd: number): string {
  const D = pad(dd), M = pad(m), i = m - 1;
  switch (cc) {
    case 'US': return r.pick([`${M}/${D}/${y}`, `${m}/${dd}/${y}`, `${MON_EN[i]} ${dd}, ${y}`, `${(MON_EN[i] ?? '').slice(0, 3)} ${dd}, ${y}`]);
    case 'GB': case 'IE': case 'AU': case 'NG': case 'KE': case 'ZA': case 'SG': case 'IN': case 'AE':
      return r.pick([`${D}/${M}/${y}`, `${dd} ${MON_EN[i]} ${y}`, `${dd} ${(MON_EN[i] ?? '').slice(0, 3)} ${y}`]);
    case 'DE': case 'CH': case 'PL': case 'TR': return r.pick([`${D}.${M}.${y}`, `${dd}. ${MON_DE[i]} ${y}`]);
    case 'FR': return r.pick([`${D}/${M}/${y}`, `${dd} ${MON_FR[i]} ${y}`]);
    case 'ES': case 'MX': return r.pick([`${D}/${M}/${y}`, `${dd} de ${MON_ES[i]} de ${y}`]);
    case 'BR': case 'PT': return r.pick([`${D}/${M}/${y}`, `${dd} de ${MON_PT[i]} de ${y}`]);
    case 'IT': return r.pick([`${D}/${M}/${y}`, `${dd} ${MON_IT[i]} ${y}`]);
    case 'NL': return `${D}-${M}-${y}`;
    case 'JP': return r.pick([`${y}年${m}月${dd}日`, `${y}/${M}/${D}`]);
    case 'KR': return r.pick([`${y}년 ${m}월 ${dd}일`, `${y}.${M}.${D}`]);
    case 'SE': case 'CA': case 'ISO': return `${y}-${M}-${D}`;
    case 'PNR': return `${D}${up((MON_EN[i] ?? '').slice(0, 3))}${pad(y % 100)}`;
  }
}
function dob(r: Rng, cc: Cc | 'ISO' | 'PNR', minY = 1938, maxY = 2006): string {
  return fmtDate(r, cc, r.int(minY, maxY), r.int(1, 12), r.int(1, 28));
}
function tripDate(r: Rng, cc: Cc | 'ISO' | 'PNR'): string {
  return fmtDate(r, cc, r.int(2024, 2026), r.int(1, 12), r.int(1, 28));
}
function D(d: Doc, r: Rng, cc: Cc | 'ISO' | 'PNR', minY?: number, maxY?: number): Doc {
  return d.l('DOB', dob(r, cc, minY, maxY));
}

// ------------------------------------------------------------------------------- cards, IBANs, SSNs, IPs

function luhnFinish(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  const make = (pre: string, len: number) => luhnFinish(pre + r.digits(len - pre.length - 1));
  switch (k) {
    case 0: case 1: case 2: return make('4', 16);
    case 3: return make('4', r.pick([13, 19]));
    case 4: case 5: return make(String(r.int(51, 55)), 16);
    case 6: return make(String(r.int(2221, 2720)), 16);
    case 7: return make(r.pick(['34', '37']), 15);
    case 8: return make(r.pick(['6011', '65', String(r.int(644, 649))]), 16);
    case 9: return make(String(r.int(3528, 3589)), 16);
    case 10: return make(r.pick(['36', '38', String(r.int(300, 305))]), 14);
    default: return make('62', r.pick([16, 19]));
  }
}
function fmtCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return group(d, [4, 6, 5], sep);
  if (d.length === 14) return group(d, [4, 6, 4], sep);
  return group(d, [4, 4, 4, 4], sep);
}
function card(r: Rng): string {
  return fmtCard(r, cardDigits(r));
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return fmtCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(5)}******${r.digits(4)}`, `ending in ${r.digits(4)}`, `•••• ${r.digits(4)}`]);
}

const IBAN_SPECS: readonly [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)], ['GB', (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14)],
  ['FR', (r) => r.digits(23)], ['ES', (r) => r.digits(20)], ['IT', (r) => letters(r, 1) + r.digits(22)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + r.digits(10)], ['BE', (r) => r.digits(12)],
  ['CH', (r) => r.digits(17)], ['AT', (r) => r.digits(16)], ['PL', (r) => r.digits(24)], ['PT', (r) => r.digits(21)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14)], ['SE', (r) => r.digits(20)], ['NO', (r) => r.digits(11)],
  ['DK', (r) => r.digits(14)], ['FI', (r) => r.digits(14)], ['TR', (r) => r.digits(22)], ['GR', (r) => r.digits(23)],
  ['AE', (r) => r.digits(19)], ['SA', (r) => r.digits(20)], ['BR', (r) => r.digits(23) + r.pick(['C1', 'P1'])],
  ['LU', (r) => r.digits(16)], ['MT', (r) => r.pick(['MALT', 'VALL']) + r.digits(23)], ['IS', (r) => r.digits(22)],
  ['IL', (r) => r.digits(19)], ['QA', (r) => r.pick(['QNBA', 'DOHB']) + r.digits(21)], ['CZ', (r) => r.digits(20)],
  ['HU', (r) => r.digits(24)], ['RO', (r) => r.pick(['BTRL', 'RNCB', 'BRDE']) + r.digits(16)], ['HR', (r) => r.digits(17)],
];
function ibanCompact(r: Rng): string {
  const [cc, gen] = r.pick(IBAN_SPECS);
  const bban = gen(r);
  for (let c = 2; c <= 98; c++) {
    const cand = `${cc}${pad(c)}${bban}`;
    if (ibanMod97Valid(cand)) return cand;
  }
  return `${cc}00${bban}`;
}
function fmtIban(r: Rng, c: string): string {
  const x = r.pick(['print', 'print', 'print', 'compact', 'lower']);
  if (x === 'compact') return c;
  if (x === 'lower') return group(c, [4, 4, 4, 4, 4, 4, 4, 4], ' ').toLowerCase();
  return group(c, [4, 4, 4, 4, 4, 4, 4, 4], ' ');
}
function iban(r: Rng): string {
  return fmtIban(r, ibanCompact(r));
}
function badIban(r: Rng): string {
  const c = ibanCompact(r);
  const ck = Number(c.slice(2, 4));
  let n = r.int(10, 90);
  if (n === ck) n = n + 3;
  return fmtIban(r, `${c.slice(0, 2)}${pad(n)}${c.slice(4)}`);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3), g = pad(r.int(1, 99)), s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
}
function badSsn(r: Rng): string {
  return r.pick([`000-${r.int(10, 99)}-${r.digits(4)}`, `666-${r.int(10, 99)}-${r.digits(4)}`, `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
}

function ipv4(r: Rng): string {
  return r.pick([
    () => `${r.pick([23, 31, 45, 62, 77, 81, 91, 104, 142, 151, 178, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`,
  ])();
}
function ipv6(r: Rng): string {
  const g = () => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${g()}:${g()}::${g()}`;
  if (k === 1) return `fe80::${g()}:${g()}:${g()}:${g()}`;
  if (k === 2) return Array.from({ length: 8 }, g).join(':');
  return `2a02:${g()}:${g()}:${g()}:${g()}::${g()}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}

// ------------------------------------------------------------------------------------------ templates

const sig = (d: Doc, r: Rng, p: Person, self: boolean): Doc => {
  d.t(r.pick(['\n\nBest regards,\n', '\n\nThanks,\n', '\n\nKind regards,\n', '\n\nCheers,\n', '\n\n— ']));
  return self ? me(d, p) : N(d, r, p, ['full', 'full', 'init', 'given']);
};

const LABELLED: readonly Tpl[] = [
  // 1 frequent-flyer address change
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), self = r.chance(0.6);
    d.t(`Subject: ${a.prog} – update my mailing address\n\nHello ${a.name} team,\n\nPlease update the address on membership ${ffNo(r, a)}. The old one was `);
    A(d, r, p.cc, false).t('. New address:\n\n');
    A(d, r, p.cc, true).t('\n\nYou can reach me on ');
    d.l('PHONE', phone(r, p.cc)).t(' or at ');
    d.l('EMAIL', email(r, p));
    sig(d, r, p, self);
  },
  // 2 LLM assistant verification chat
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), code = pnr(r);
    d.t(`[${a.name} Assistant] Hi! I can help with your trip. What's your booking reference?\n[User] ${code}\n[${a.name} Assistant] Thanks. For security, please confirm the lead passenger's full name and date of birth.\n[User] `);
    me(d, p).t(', born ');
    D(d, r, p.cc).t(`\n[${a.name} Assistant] Verified. I see flight ${flight(r, a)} on ${tripDate(r, p.cc)}, seat ${seat(r)}. Would you like updates sent to the mobile on file (${maskedPhone(r)})?\n[User] no, use `);
    d.l('PHONE', phone(r, p.cc)).t(' instead please');
  },
  // 3 GDS PNR display
  (d, r) => {
    const a = r.pick(AIRLINES), p1 = person(r), p2 = { ...person(r), s: p1.s };
    d.t(`RP/${r.pick(AIRPORTS)}1S${r.digits(4)}/${r.digits(8)}  AA/SU  ${pad(r.int(1, 28))}${up((MON_EN[r.int(0, 11)] ?? '').slice(0, 3))}25/${r.digits(4)}Z   ${pnr(r)}\n  1.`);
    d.l('PERSON', pnrName(p1)).t(` ${r.pick(['MR', 'MRS', 'MS', 'DR'])}   2.`);
    d.l('PERSON', pnrName(p2)).t(` ${r.pick(['MSTR', 'MISS', 'MR', 'MS'])}\n  3  ${a.code} ${r.int(1, 999)} Y ${r.int(1, 28)}${up((MON_EN[r.int(0, 11)] ?? '').slice(0, 3))} 4 ${r.pick(AIRPORTS)}${r.pick(AIRPORTS)} HK2  ${hhmm(r).replace(':', '')} ${hhmm(r).replace(':', '')}  E\n  4 APM `);
    d.l('PHONE', phone(r, p1.cc)).t('\n  5 APE ');
    d.l('EMAIL', up(email(r, p1))).t(`\n  6 SSR DOCS ${a.code} HK1 P/${p1.cc}/${alnum(r, 9)}/${p1.cc}/`);
    D(d, r, 'PNR').t(`/${r.pick(['M', 'F'])}/${tripDate(r, 'PNR')}/`);
    d.l('PERSON', pnrName(p1)).t(`\n  7 TK OK${pad(r.int(1, 28))}MAR/${r.pick(AIRPORTS)}1S${r.digits(4)}\n  8 FA PAX ${ticketNo(r, a)}/ETVK/EUR${r.int(120, 2400)}.${r.digits(2)}`);
  },
  // 4 manifest CSV
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`# ${a.name} ${flight(r, a)} ${r.pick(AIRPORTS)}-${r.pick(AIRPORTS)} passenger manifest, generated ${ts(r)}\nseq,surname,given,dob,nationality,doc_no,seat,bags\n`);
    const n = r.int(3, 6);
    for (let i = 1; i <= n; i++) {
      const p = person(r);
      d.t(`${i},`).l('PERSON', up(ascii(p.s))).t(',').l('PERSON', up(ascii(p.g))).t(',');
      D(d, r, 'ISO').t(`,${p.cc},${alnum(r, 9)},${seat(r)},${r.int(0, 3)}\n`);
    }
  },
  // 5 booking confirmation
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), q = person(r);
    d.t(`Your ${a.name} booking is confirmed\nBooking reference: ${pnr(r)}\n\nPassengers\n  `);
    d.t(r.pick(TITLES_EN)); N(d, r, p, ['full', 'caps']).t(`   e-ticket ${ticketNo(r, a)}\n  `);
    N(d, r, q, ['full', 'caps']).t(`   e-ticket ${ticketNo(r, a)}\n\nOutbound ${flight(r, a)} ${tripDate(r, 'GB')} ${hhmm(r)}\nPaid with card ${maskedCard(r)}\nBilling address: `);
    A(d, r, p.cc, false).t(`\nQuestions? Write to `);
    d.l('EMAIL', roleEmail(r, a)).t('.');
  },
  // 6 e-ticket receipt
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`ELECTRONIC TICKET PASSENGER ITINERARY/RECEIPT\nNAME: `);
    d.l('PERSON', pnrName(p)).t(` ${r.pick(['MR', 'MS', 'MRS'])}\nETKT NBR: ${ticketNo(r, a)}   ISSUED: ${tripDate(r, 'PNR')}   IATA: ${r.digits(8)}\nFORM OF PAYMENT: CC${r.pick(['VI', 'CA', 'AX'])}${maskedCard(r).replace(/\s/g, '')}\nFARE CALC: ${r.pick(AIRPORTS)} ${a.code} ${r.pick(AIRPORTS)}${r.int(100, 900)}.${r.digits(2)}NUC${r.int(100, 900)}.${r.digits(2)}END ROE0.${r.digits(6)}\nENDORSEMENTS: NONREF/CHG FEE APPLIES\nCONTACT: `);
    d.l('PHONE', phone(r, p.cc));
  },
  // 7 lost baggage claim (PIR)
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), self = r.chance(0.7);
    d.t(`Property Irregularity Report ${r.pick(AIRPORTS)}${a.code}${r.digits(5)}\nBag tag: ${tag(r, a)}  Type: ${r.pick(['BK', 'GY', 'RD', 'BU'])}22X  Brand: ${r.pick(['Samsonite', 'Rimowa', 'Tumi', 'Delsey'])}\nPassenger: `);
    if (self) me(d, p);
    else N(d, r, p);
    d.t('\nDelivery address:\n');
    A(d, r, p.cc, true).t('\nTemporary phone: ');
    d.l('PHONE', phone(r, p.cc)).t('\nE-mail: ');
    d.l('EMAIL', email(r, p)).t(`\nContents: ${r.pick(['laptop charger, two suits', 'baby clothes, medication', 'hiking boots, camera'])}`);
  },
  // 8 courier delivery note
  (d, r) => {
    const p = person(r);
    d.t(`DELIVERY ${r.digits(10)} | ${r.int(1, 3)} piece(s) | Deliver to: `);
    N(d, r, p, ['caps', 'full']).t(' | ');
    A(d, r, p.cc, false).t(' | Tel: ');
    d.l('PHONE', phone(r, p.cc)).t(` | Window ${hhmm(r)}–${hhmm(r)} | Leave with neighbour at no. ${r.int(2, 60)} if absent`);
  },
  // 9 miles transfer
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), q = person(r), self = r.chance(0.6);
    d.t(`Hi, I'd like to transfer ${r.int(5, 120)},000 ${a.prog} miles from my account (${ffNo(r, a)}) to `);
    d.t(r.pick(['my sister ', 'my husband ', 'my colleague ', 'my father ', '']));
    N(d, r, q, ['full', 'full', 'init']).t(`, member ${ffNo(r, a)}. Her/his email is `);
    d.l('EMAIL', email(r, q)).t(`. I understand the ${r.int(1, 3)} cent per mile fee will be charged to my card `);
    d.l('CARD', card(r)).t('.');
    sig(d, r, p, self);
  },
  // 10 co-brand card application
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'US');
    d.t(`${a.name} ${r.pick(['Visa Signature', 'World Elite Mastercard', 'Infinite'])} Card — Application\nApplicant: `);
    me(d, p).t('\nDate of birth: ');
    D(d, r, 'US').t('\nSSN: ');
    d.l('NATIONAL_ID', ssn(r)).t('\nHome address: ');
    A(d, r, 'US', false).t('\nMobile: ');
    d.l('PHONE', phone(r, 'US')).t('\nEmail: ');
    d.l('EMAIL', email(r, p)).t(`\nAnnual income: $${r.int(40, 300)},000\nEmployer: ${r.pick(['Kessler & Wynn LLP', 'Dell Technologies', 'Harbor Freight', 'Tesla'])} (EIN ${ein(r)})\nDirect-deposit routing no. ${routing(r)}\n${a.prog} number to link: ${ffNo(r, a)}`);
  },
  // 11 card dispute
  (d, r) => {
    const p = person(r);
    d.t(`Dispute form — cardholder `);
    N(d, r, p, ['full', 'caps']).t('\nCard number: ');
    d.l('CARD', card(r)).t(`\nTransaction: ${tripDate(r, 'US')} ${r.pick(['AURORA PAC WEB', 'SKYVELA*SEAT', 'MERIDIAN AIR BAG FEE'])} ${r.int(25, 900)}.${r.digits(2)}\nReason: charged twice for the same seat upgrade. Reference ${alnum(r, 10)}.`);
  },
  // 12 EU261 complaint letter
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'PL', 'IE'])), self = true;
    N(d, r, p, ['full']);
    d.known.push(full(p));
    d.t('\n');
    A(d, r, p.cc, true).t(`\n\n${a.name} Customer Relations\n\n${tripDate(r, p.cc)}\n\nRe: Claim under ${r.pick(LAWS)}, flight ${flight(r, a)}, booking ${pnr(r)}\n\nDear Sir or Madam,\n\nmy flight arrived ${r.int(3, 11)} hours late. I request the compensation of €${r.pick([250, 400, 600])} to my account `);
    d.l('IBAN', iban(r)).t(`. Please do not send vouchers.\n\nYours faithfully,\n`);
    if (self) N(d, r, p, ['full']);
  },
  // 13 claims agency form
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`Claim ${r.pick(['FC', 'AH', 'CL'])}-${r.digits(7)} submitted via ${r.pick(['FlightRight-style portal', 'claims partner', 'web form'])}\nAirline: ${a.name}\nPassengers:\n`);
    for (let i = 0; i < r.int(1, 3); i++) {
      const p = person(r);
      d.t(' - ');
      N(d, r, p, ['full', 'comma']).t(', DOB ');
      D(d, r, p.cc).t('\n');
    }
    d.t('Payout IBAN: ');
    d.l('IBAN', iban(r)).t('\nContact: ');
    d.l('EMAIL', email(r)).t(`\nInvalid IBAN previously entered (rejected): ${badIban(r)}`);
  },
  // 14 kiosk log
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    const k = `KSK-${r.pick(AIRPORTS)}-${pad(r.int(1, 40))}`;
    d.t(`${ts(r)} ${k} INFO ${a.code} boot fw=${version(r)} host=`);
    d.l('IP', ipv4(r)).t(`\n${ts(r)} ${k} INFO passport MRZ read ok\n${ts(r)} ${k} INFO pax=`);
    d.l('PERSON', pnrName(p)).t(` pnr=${pnr(r)} dob=`);
    D(d, r, 'ISO').t(` nat=${p.cc} bags=${r.int(0, 2)}\n${ts(r)} ${k} WARN printer BTP-${r.digits(3)} low paper\n${ts(r)} ${k} INFO heartbeat -> `);
    d.l('IP', ip(r)).t(`:${r.pick([443, 8443, 9100])}`);
  },
  // 15 gate log
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`GATE ${r.pick(['A', 'B', 'C', 'D'])}${r.int(1, 60)} ${flight(r, a)} BOARDING LOG (controller `);
    d.l('IP', ip(r)).t(`)\n`);
    for (let i = 0; i < r.int(2, 5); i++) {
      const p = person(r);
      d.t(`${hhmm(r)}:${pad(r.int(0, 59))} SCAN seq=${pad(r.int(1, 300), 3)} seat=${seat(r)} name=`);
      d.l('PERSON', pnrName(p)).t(` ${r.pick(['OK', 'OK', 'OK', 'REJECT wrong flight', 'OK SSR WCHR'])}\n`);
    }
    d.t(`${hhmm(r)} DOOR CLOSED, pax ${r.int(100, 320)}, infants ${r.int(0, 4)}`);
  },
  // 16 special assistance
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), q = person(r);
    d.t(`Hello, my ${r.pick(['mother', 'father', 'grandmother', 'uncle'])}, `);
    N(d, r, p, ['full', 'full', 'given']).t(`, has ${r.pick(DISEASES)} and will need a wheelchair (WCHC) on ${flight(r, a)}. I'm travelling with her/him as companion. `);
    d.t('My name is ');
    me(d, q).t(' and my number is ');
    d.l('PHONE', phone(r, q.cc)).t(`. We land at ${r.pick(PEOPLE_AIRPORTS)} — is meet-and-assist available there?`);
  },
  // 17 unaccompanied minor
  (d, r) => {
    const a = r.pick(AIRLINES), c = person(r), g1 = { ...person(r), s: c.s }, g2 = person(r);
    d.t(`UNACCOMPANIED MINOR FORM (UMNR) — ${a.name}\nChild: `);
    N(d, r, c, ['full', 'caps']).t('   Date of birth: ');
    D(d, r, c.cc, 2012, 2019).t('\nPerson bringing the child: ');
    N(d, r, g1, ['full']).t(', tel. ');
    d.l('PHONE', phone(r, c.cc)).t('\nAddress: ');
    A(d, r, c.cc, false).t('\nPerson collecting the child: ');
    N(d, r, g2, ['full']).t(', tel. ');
    d.l('PHONE', phone(r, g2.cc)).t('\nAddress: ');
    A(d, r, g2.cc, false).t(`\nChild's favourite toy: a rabbit called ${r.pick(PETS)}`);
  },
  // 18 refund request
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`Refund request for ticket ${ticketNo(r, a)}. Please refund to the original card `);
    d.l('CARD', card(r)).t(` (not the old card ${badCard(r)}, which was closed). Confirmation to `);
    d.l('EMAIL', email(r, p)).t('.');
    sig(d, r, p, true);
  },
  // 19 travel agency group desk
  (d, r) => {
    const a = r.pick(AIRLINES), ag = person(r);
    d.t(`To: `);
    d.l('EMAIL', `groups@${a.dom}`).t(`\nFrom: `);
    d.l('EMAIL', email(r, ag)).t(`\n\nGroup ${alnum(r, 5)} (IATA ${r.digits(8)}): name changes for the ${r.pick(['Kessler Foundation', 'Hope Street Choir', 'St. Grant Academy', 'Young Presidents'])} trip.\nReplace `);
    N(d, r, person(r), ['comma', 'pnr', 'full']).t(' with ');
    N(d, r, person(r), ['comma', 'pnr', 'full']).t(', and ');
    N(d, r, person(r), ['comma', 'pnr', 'full']).t(' with ');
    N(d, r, person(r), ['comma', 'pnr', 'full']).t('.\nCall me on ');
    d.l('PHONE', phone(r, ag.cc)).t(' ext. ' + r.int(10, 999));
    sig(d, r, ag, false);
  },
  // 20 hotel voucher
  (d, r) => {
    const p = person(r);
    d.t(`DISRUPTION HOTEL VOUCHER\nHotel: ${r.pick(['Hilton Garden Inn', 'Sheraton', 'Marriott Courtyard', 'Radisson Blu', 'Holiday Inn Express'])} ${r.pick(AIRPORTS)} Airport\nGuest: `);
    N(d, r, p, ['caps', 'full', 'init']).t(` (+${r.int(0, 3)})\nNights: 1  Meals: dinner, breakfast  Voucher no. ${r.digits(12)}\nShuttle from ${r.pick(['door 4', 'bus bay 12', 'Terminal 2 arrivals'])} every 20 min. Guest mobile: `);
    d.l('PHONE', phone(r, p.cc));
  },
  // 21 visa invitation letter
  (d, r) => {
    const p = person(r), h = person(r, r.pick(['DE', 'GB', 'FR', 'US']));
    d.t(`LETTER OF INVITATION\n\nI, `);
    N(d, r, h, ['full']).t(', residing at ');
    A(d, r, h.cc, false).t(', invite my friend ');
    N(d, r, p, ['full', 'caps']).t(', born on ');
    D(d, r, p.cc).t(`, passport no. ${alnum(r, 9)} (expires ${tripDate(r, p.cc)}), to stay with me from ${tripDate(r, h.cc)} for ${r.int(7, 30)} days. I can be reached at `);
    d.l('EMAIL', email(r, h)).t('.');
  },
  // 22 security alert
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`${a.prog}: new sign-in\nHi `);
    N(d, r, p, ['given', 'given', 'full']).t(`, we noticed a sign-in to your account from ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'the ' + a.name + ' app ' + version(r)])}, IP address `);
    d.l('IP', ip(r)).t(`, near ${r.pick(['Lisbon', 'Lagos', 'Osaka', 'Denver', 'Kraków'])}, at ${ts(r)}. If this wasn't you, email `);
    d.l('EMAIL', `security@${a.dom}`).t(' right away.');
  },
  // 23 password reset chat with agent
  (d, r) => {
    const p = person(r), ag = person(r);
    d.t(`Agent `);
    N(d, r, ag, ['given']).t(`: I've sent a reset link to the email ending in ***@${r.pick(FREEMAIL)} and a code to ${maskedPhone(r)}.\nCustomer: I no longer have that. Can you use `);
    d.l('EMAIL', email(r, p)).t('?\nAgent ');
    N(d, r, ag, ['given']).t(`: For that I need to verify. Last login IP we logged was `);
    d.l('IP', ip(r)).t(' — does that look right?\nCustomer: yes, I am ');
    me(d, p).t(', that was my home network.');
  },
  // 24 SMS
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`${up(a.name)}: `);
    N(d, r, p, ['given', 'caps']).t(`, ${flight(r, a)} now departs ${hhmm(r)} from gate ${r.pick(['B', 'C', 'E'])}${r.int(1, 40)}. Rebook: ${a.dom}/m/${alnum(r, 6)}. Reply STOP to opt out. Help: `);
    d.l('PHONE', phone(r, r.pick(['US', 'GB', 'AU'])));
  },
  // 25 voicemail transcript
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'US');
    d.t(`Voicemail (${r.int(20, 90)}s) to ${a.name} Baggage Services, transcribed:\n"hi this is `);
    d.l('PERSON', full(p).toLowerCase()).t(` calling about my bag from flight ${flight(r, a).toLowerCase()}, the file number is ${alnum(r, 10).toLowerCase()}. you can call me back at `);
    d.l('PHONE', spokenPhone(r)).t(' or email ');
    d.l('EMAIL', spokenEmail(r, p)).t(' thanks bye"');
  },
  // 26 call centre transcript
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), ag = person(r);
    d.t(`CALL ${r.digits(9)} | queue ${a.prog} Platinum | agent `);
    N(d, r, ag, ['init', 'full']).t('\nAGENT: Thank you for calling, may I have your name?\nCALLER: It\'s ');
    me(d, p).t(`.\nAGENT: And the membership number?\nCALLER: ${ffNo(r, a)}.\nAGENT: I see a mileage run booked for ${tripDate(r, 'US')}. Phone number for the record?\nCALLER: `);
    d.l('PHONE', phone(r, p.cc)).t('\nAGENT: Perfect, I\'ve noted it.');
  },
  // 27 status match
  (d, r) => {
    const a = r.pick(AIRLINES), b = r.pick(AIRLINES), p = person(r);
    d.t(`Status match request: I hold ${r.pick(['Gold', 'Platinum', 'Diamond'])} with ${b.prog} (${ffNo(r, b)}) and would like a match in ${a.prog}. Attached is my statement. Name on both accounts: `);
    me(d, p).t('. Email: ');
    d.l('EMAIL', email(r, p)).t(`. (My Instagram is ${r.pick(HANDLES)} if you want proof of how much I fly!)`);
  },
  // 28 name correction
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    const wrong: Person = { ...p, g: p.g.slice(0, -1) + (p.g.endsWith('a') ? 'e' : 'a') };
    d.t(`Name correction on ticket ${ticketNo(r, a)}: booked as `);
    d.l('PERSON', pnrName(wrong)).t(', passport reads ');
    d.l('PERSON', pnrName(p)).t(`. Minor typo (one letter). Passport no. ${alnum(r, 9)}, DOB `);
    D(d, r, p.cc).t('. Phone ');
    d.l('PHONE', phone(r, p.cc));
  },
  // 29 deceased member
  (d, r) => {
    const a = r.pick(AIRLINES), dec = person(r, 'US'), ex = person(r, 'US');
    d.t(`To ${a.prog} Member Services,\n\nI am the executor of the estate of `);
    N(d, r, dec, ['full']).t(' (born ');
    D(d, r, 'US', 1930, 1960).t(`, SSN `);
    d.l('NATIONAL_ID', ssn(r)).t(`), who passed away on ${tripDate(r, 'US')}. Please transfer the remaining miles to me, `);
    N(d, r, ex, ['full']).t(', at ');
    A(d, r, 'US', false).t('. Death certificate enclosed.\n\nSincerely,\n');
    N(d, r, ex, ['full']);
  },
  // 30 crew roster
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`CREW ${flight(r, a)} ${tripDate(r, 'PNR')}\n`);
    for (const role of ['CPT', 'FO', 'PUR', 'FA', 'FA']) {
      const p = person(r);
      d.t(`${role}  `).l('PERSON', `${up(ascii(p.s))} ${ascii(p.g)}`).t(`  ID ${r.digits(5)}\n`);
    }
    d.t(`Report ${hhmm(r)} at crew room behind the Amundsen Lounge.`);
  },
  // 31 lounge wifi log
  (d, r) => {
    const p = person(r);
    d.t(`lounge-wifi[${r.int(1000, 9999)}]: DHCPACK `);
    d.l('IP', ipv4(r)).t(` to ${Array.from({ length: 6 }, () => hex(r, 2)).join(':')} (Galaxy-S${r.int(20, 24)})\nlounge-wifi: captive portal login member=`);
    N(d, r, p, ['lower', 'caps']).t(' from ');
    d.l('IP', ipv6(r)).t(` ua="${a_ua(r)}"`);
  },
  // 32 API JSON payload
  (d, r) => {
    const p = person(r), a = r.pick(AIRLINES);
    d.t(`POST /v2/orders/${pnr(r)}/passengers HTTP/1.1\nX-Forwarded-For: `);
    d.l('IP', ip(r)).t(`\n\n{"type":"ADT","givenName":"`).l('PERSON', p.g).t('","surname":"').l('PERSON', p.s).t('","birthDate":"');
    D(d, r, 'ISO').t('","contact":{"email":"');
    d.l('EMAIL', email(r, p)).t('","phone":"');
    d.l('PHONE', phone(r, p.cc)).t(`"},"loyalty":{"program":"${a.code}","number":"${r.digits(9)}"},"ticket":"${ticketNo(r, a)}"}`);
  },
  // 33 XML booking
  (d, r) => {
    const p = person(r);
    d.t(`<Traveler rph="1">\n  <PersonName><Prefix>${r.pick(['MR', 'MS', 'DR'])}</Prefix><GivenName>`).l('PERSON', up(ascii(p.g))).t('</GivenName><Surname>').l('PERSON', up(ascii(p.s))).t('</Surname></PersonName>\n  <BirthDate>');
    D(d, r, 'ISO').t('</BirthDate>\n  <Telephone PhoneNumber="');
    d.l('PHONE', phone(r, p.cc)).t('"/>\n  <Address>');
    A(d, r, p.cc, false).t(`</Address>\n  <Document DocType="2" DocID="${alnum(r, 9)}" ExpireDate="${fmtDate(r, 'ISO', r.int(2026, 2034), r.int(1, 12), r.int(1, 28))}"/>\n</Traveler>`);
  },
  // 34 fraud ticket
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`[FRAUD-${r.int(1000, 9999)}] Suspicious award booking\nCard used: `);
    d.l('CARD', card(r)).t(' (issuer flagged)\nBooker IP: ');
    d.l('IP', ip(r)).t('\nLogin email: ');
    d.l('EMAIL', email(r)).t('\nAccount holder on file: ');
    N(d, r, p, ['full', 'caps']).t(', ');
    A(d, r, p.cc, false).t(`\nMiles redeemed: ${r.int(40, 400)}k, ${a.prog}. Action: lock account, notify member.`);
  },
  // 35 chargeback from bank
  (d, r) => {
    const p = person(r, 'US');
    d.t(`CHARGEBACK NOTICE\nMerchant: ${r.pick(AIRLINES).name} (EIN ${ein(r)}, routing ${routing(r)})\nCardholder: `);
    N(d, r, p, ['caps']).t('\nPAN: ');
    d.l('CARD', card(r)).t(`\nReason code ${r.pick(['10.4', '13.1', '4837'])} — cardholder claims no authorisation. Respond by ${tripDate(r, 'US')}.`);
  },
  // 36 FF statement
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    N(d, r, p, ['caps', 'full']).t('\n');
    A(d, r, p.cc, true).t(`\n\n${a.prog} statement — ${r.pick(MON_EN)} 2025\nMember no. ${ffNo(r, a)}\n${tripDate(r, 'ISO')}  ${flight(r, a)}  +${r.int(500, 9000)}\n${tripDate(r, 'ISO')}  ${r.pick(PEOPLE_BRANDS)} partner  +${r.int(100, 3000)}\n${tripDate(r, 'ISO')}  Upgrade redemption  -${r.int(5000, 40000)}`);
  },
  // 37 family pool
  (d, r) => {
    const a = r.pick(AIRLINES), head = person(r), sur = head.s;
    d.t(`Family pooling enrolment (${a.prog})\nHead of household: `);
    me(d, head).t(' — DOB ');
    D(d, r, head.cc, 1965, 1990).t('\nMembers:\n');
    for (let i = 0; i < r.int(1, 3); i++) {
      const k = { ...person(r), s: sur };
      d.t('  • ');
      N(d, r, k, ['full', 'given']).t(', ');
      D(d, r, head.cc, 2005, 2022).t('\n');
    }
    d.t(`Our dog ${r.pick(PETS)} (born ${tripDate(r, head.cc)}) unfortunately cannot earn miles. Contact: `);
    d.l('EMAIL', email(r, head));
  },
  // 38 pet travel
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`PETC request for ${flight(r, a)}: a ${r.pick(['cat', 'dachshund', 'French bulldog'])} named ${r.pick(PETS)}, ${r.int(3, 8)} kg, born ${fmtDate(r, p.cc, r.int(2015, 2023), r.int(1, 12), r.int(1, 28))}, microchip ${r.digits(15)}. Owner: `);
    N(d, r, p, ['full', 'init']).t(', ');
    d.l('PHONE', phone(r, p.cc)).t('.');
  },
  // 39 school group list
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`${r.pick(['Lincoln High', 'Colegio San Martín', 'Gymnasium am Goetheplatz', 'St. Patrick’s College'])} — ${a.name} group ${alnum(r, 6)}\n`);
    for (let i = 0; i < r.int(3, 6); i++) {
      const p = person(r);
      N(d, r, p, ['comma', 'full']).t('\t');
      D(d, r, 'GB', 2008, 2012).t(`\t${r.pick(['vegetarian', '', 'nut allergy', ''])}\n`);
    }
    d.t('Teacher in charge: ');
    d.t(r.pick(TITLES_EN));
    N(d, r, person(r), ['sur']).t(', ');
    d.l('PHONE', phone(r, r.pick(['GB', 'US', 'ES', 'DE'])));
  },
  // 40 lost and found
  (d, r) => {
    const p = person(r);
    d.t(`Lost & Found ${r.pick(AIRPORTS)}: ${r.pick(['Kindle', 'blue passport wallet', 'Bose headphones', 'child’s teddy bear'])} found in seat pocket ${seat(r)}, item ${r.digits(7)}. Name inside: `);
    N(d, r, p, ['full', 'caps', 'init']).t('. Owner called from ');
    d.l('PHONE', phone(r, p.cc)).t(`, collection at ${r.pick(['Terminal 3, level 0', 'the info desk by gate D', 'baggage hall B'])}.`);
  },
  // 41 rebooking chat with LLM
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`user: my flight got cancelled bc of ${r.pick(STORMS)}. booking ${pnr(r)}, name `);
    d.l('PERSON', full(p).toLowerCase()).t(`\nassistant: I'm sorry about that. I can offer ${flight(r, a)} tomorrow at ${hhmm(r)}, or a refund to the original card ${maskedCard(r)}.\nuser: the first one. also send the hotel voucher to `);
    d.l('EMAIL', email(r, p)).t('\nassistant: Done — confirmation sent. Anything else?');
  },
  // 42 B2B email with role addresses
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r), q = person(r);
    d.t('From: ');
    N(d, r, p, ['full']).t(' <').l('EMAIL', email(r, p)).t('>\nTo: ').l('EMAIL', roleEmail(r, a)).t('\nCc: ').l('EMAIL', roleEmail(r, a));
    d.t(`\nSubject: Corporate deal ${alnum(r, 8)} renewal\n\nHi `);
    N(d, r, q, ['given']).t(`,\nattached the ${r.pick(['Q3', 'H1', 'FY25'])} volume report (${r.int(200, 3000)} segments). Our invoice address is unchanged:\n${r.pick(['Northgate Logistics GmbH', 'Brightwater Ltd', 'Quantaseg S.A.'])}\n`);
    A(d, r, r.pick(['DE', 'GB', 'BR', 'NL']), true);
    sig(d, r, p, false).t(`\n${r.pick(['Travel Manager', 'Head of Procurement'])} | `).l('PHONE', phone(r, p.cc));
  },
  // 43 Spanish complaint
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'ES');
    d.t(`Estimados señores de ${a.name}:\n\nMe llamo `);
    me(d, p).t(`, socio de ${a.prog} nº ${ffNo(r, a)}. El vuelo ${flight(r, a)} del ${tripDate(r, 'ES')} salió con ${r.int(3, 9)} horas de retraso y mi maleta llegó rota. Solicito la indemnización en la cuenta `);
    d.l('IBAN', iban(r)).t('.\nMi dirección: ');
    A(d, r, 'ES', false).t('. Teléfono: ');
    d.l('PHONE', phone(r, 'ES')).t('.\n\nAtentamente,\nSra. ');
    N(d, r, p, ['sur']);
  },
  // 44 German complaint
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'DE');
    d.t(`Sehr geehrte Damen und Herren,\n\nals ${a.prog}-Mitglied (${ffNo(r, a)}) beschwere ich mich über den Flug ${flight(r, a)} am ${tripDate(r, 'DE')}. Mein Koffer (Tag ${tag(r, a)}) ist seit ${r.int(3, 14)} Tagen verschollen. Bitte erstatten Sie die Auslagen von ${r.int(80, 900)},${r.digits(2)} € auf mein Konto `);
    d.l('IBAN', iban(r)).t('.\n\nMit freundlichen Grüßen\n');
    me(d, p).t('\n');
    A(d, r, 'DE', true).t('\nTel. ');
    d.l('PHONE', phone(r, 'DE'));
  },
  // 45 French confirmation
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'FR');
    d.t(`Bonjour M${r.pick(['.', 'me'])} `);
    N(d, r, p, ['sur', 'caps']).t(`,\n\nVotre réservation ${pnr(r)} est confirmée : ${flight(r, a)} ${r.pick(AIRPORTS)} → ${r.pick(AIRPORTS)}, le ${tripDate(r, 'FR')} à ${hhmm(r).replace(':', 'h')}.\nPassager : `);
    N(d, r, p, ['full', 'caps']).t(', né(e) le ');
    D(d, r, 'FR').t(`\nDépart de l'aéroport ${r.pick(['Paris-Charles de Gaulle', 'Lyon-Saint Exupéry', 'Nice-Côte d’Azur'])}. Pour toute question : `);
    d.l('PHONE', phone(r, 'FR')).t('.');
  },
  // 46 Japanese customer email
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'JP');
    const js = r.pick(['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田']);
    const jg = r.pick(['陽翔', '結衣', '蓮', '美咲', '大輝', 'さくら', '健太', '愛子', '翔太', '真由美', '花子', '直樹']);
    d.l('PERSON', `${js} ${jg}`).t(`様\n\nいつも${a.name}をご利用いただきありがとうございます。\nご予約番号 ${pnr(r)}、${flight(r, a)}便（${tripDate(r, 'JP')}）のご搭乗手続きが完了しました。\nお客様のマイレージ番号: ${r.digits(10)}\n生年月日: `);
    D(d, r, 'JP').t('\nご連絡先: ');
    d.l('PHONE', phone(r, 'JP')).t('\nご住所: ');
    A(d, r, 'JP', false).t('\n\n担当: ');
    d.l('PERSON', r.pick(['木村', '林', '清水', '森'])).t(`\n(ローマ字表記: `);
    d.l('PERSON', pnrName(p)).t(')');
  },
  // 47 Korean chat
  (d, r) => {
    const a = r.pick(AIRLINES);
    const kn = r.pick(['김민준', '이서연', '박지훈', '최유나', '정하은', '강도윤', '윤지우', '조수민']);
    d.t(`[상담원] 안녕하세요, ${a.name} 고객센터입니다.\n[고객] 예약 변경하려고요. 이름은 `);
    d.l('PERSON', kn).t(`입니다.\n[상담원] `);
    d.l('PERSON', kn).t(` 씨, 생년월일 확인 부탁드립니다.\n[고객] `);
    D(d, r, 'KR').t('\n[상담원] 확인되었습니다. 연락처는 ');
    d.l('PHONE', phone(r, 'KR')).t(`로 문자 드리겠습니다. 마일리지 ${r.int(1, 90)},${r.digits(3)} 공제됩니다.`);
  },
  // 48 Brazilian message
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'BR');
    d.t(`Olá, sou `);
    me(d, p).t(`. Minha bagagem do voo ${flight(r, a)} não chegou em Guarulhos. Endereço para entrega:\n`);
    A(d, r, 'BR', true).t('\nCelular/WhatsApp: ');
    d.l('PHONE', phone(r, 'BR')).t(`\nPIR: GRU${a.code}${r.digits(5)}. CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)} (para o reembolso).`);
  },
  // 49 Italian message
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'IT');
    d.t(`Gentile servizio clienti,\nsono `);
    me(d, p).t(`, nato/a il `);
    D(d, r, 'IT').t(`. Chiedo il rimborso del biglietto ${ticketNo(r, a)} sull'IBAN `);
    d.l('IBAN', iban(r)).t(`. Codice fiscale ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}. Cellulare `);
    d.l('PHONE', phone(r, 'IT')).t('.\nCordiali saluti');
  },
  // 50 ops incident ticket
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`INC${r.digits(7)} P${r.int(2, 4)} — DCS latency at ${r.pick(AIRPORTS)}\nAffected hosts: `);
    d.l('IP', ipv4(r)).t(', ');
    d.l('IP', ipv4(r)).t(`\nAgent build ${version(r)}.${r.int(0, 9999)}, commit ${hex(r, 40)}\nUpstream: [`);
    d.l('IP', ipv6(r)).t(`]:${r.pick([443, 8080])}\nOn-call: `);
    N(d, r, person(r), ['full', 'init']).t(` (${a.name} NOC). Escalated to `);
    d.l('EMAIL', `noc@${a.dom}`);
  },
  // 51 miles purchase receipt
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`Receipt — ${a.prog} miles purchase\nBought by: `);
    N(d, r, p, ['full']).t(`\nMiles: ${r.int(1, 60)},000 + ${r.int(10, 100)}% bonus\nCharged: ${r.pick(['USD', 'EUR', 'GBP'])} ${r.int(30, 1800)}.${r.digits(2)} to `);
    d.l('CARD', card(r)).t(`\nTransaction ID ${hex(r, 16)} | ${ts(r)} | processed by Points.example`);
  },
  // 52 payment failure log
  (d, r) => {
    const p = person(r);
    d.t(`${ts(r)} payments ERROR auth declined pan=${maskedCard(r)} avs=N\n${ts(r)} payments WARN retry with pan=${badCard(r)} -> luhn_fail\n${ts(r)} payments INFO retry ok pan=`);
    d.l('CARD', card(r)).t(' holder="');
    N(d, r, p, ['caps']).t('" ip=');
    d.l('IP', ip(r));
  },
  // 53 military discount verification
  (d, r) => {
    const p = person(r, 'US');
    d.t(`Military fare verification\nName: `);
    me(d, p).t('\nDOB: ');
    D(d, r, 'US', 1970, 2003).t(`\nSSN (last 4 only please): ${maskedSsn(r)}\nActually full SSN for DEERS lookup: `);
    d.l('NATIONAL_ID', ssn(r)).t(`\nKnown Traveler Number: ${r.digits(9)}\nBranch: ${r.pick(['USMC', 'Navy', 'Army', 'Air Force'])}`);
  },
  // 54 ESTA-like data form
  (d, r) => {
    const p = person(r);
    d.t('Family name: ');
    d.l('PERSON', up(p.s)).t('\nGiven name(s): ');
    d.l('PERSON', up(p.g)).t('\nDate of birth (dd/mm/yyyy): ');
    d.l('DOB', `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${r.int(1950, 2004)}`).t(`\nPassport expiry: ${tripDate(r, 'GB')}\nHome address: `);
    A(d, r, p.cc, false).t('\nEmail: ');
    d.l('EMAIL', email(r, p)).t('\nPhone: ');
    d.l('PHONE', phone(r, p.cc)).t(`\nAddress while in the US: ${r.pick(['Walt Disney World Swan', 'Hilton Midtown', 'The Lincoln Hotel'])}, ${r.pick(['Orlando', 'New York', 'Chicago'])}`);
  },
  // 55 insurance claim
  (d, r) => {
    const p = person(r);
    d.t(`Travel insurance claim ${r.pick(['TIC', 'CLM'])}-${r.digits(8)}\nInsured: `);
    me(d, p).t('\nBorn: ');
    D(d, r, p.cc).t(`\nPolicy: ${alnum(r, 12)}\nCause: trip cancelled — diagnosis of ${r.pick(DISEASES)} in travelling companion `);
    N(d, r, person(r), ['full', 'init']).t('\nPay to: ');
    d.l('IBAN', iban(r)).t('\nCorrespondence: ');
    A(d, r, p.cc, false);
  },
  // 56 feedback survey
  (d, r) => {
    const a = r.pick(AIRLINES), f1 = person(r), f2 = person(r);
    d.t(`Q: Anything you'd like to tell us?\nA: Flight ${flight(r, a)} was great. Cabin crew `);
    N(d, r, f1, ['given']).t(' and ');
    N(d, r, f2, ['given']).t(` were lovely — hope you know that! The Wi-Fi app (v${version(r)}) kept crashing though, and the ${r.pick(PEOPLE_BRANDS)} amenity kit was missing. Seat ${seat(r)}.`);
  },
  // 57 social DM
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r);
    d.t(`DM from ${r.pick(HANDLES)} to @${a.name.replace(/\s/g, '')}: hey, stuck at ${r.pick(PEOPLE_AIRPORTS)}, pnr ${pnr(r)}. name on booking `);
    N(d, r, p, ['caps', 'full', 'lower']).t('. pls call ');
    d.l('PHONE', phone(r, p.cc)).t(' asap');
  },
  // 58 Dutch message
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'NL');
    d.t(`Beste ${a.name},\n\nMijn naam is `);
    me(d, p).t(`. Ik wil mijn ${a.prog}-punten laten uitbetalen op `);
    d.l('IBAN', iban(r)).t('. Geboortedatum: ');
    D(d, r, 'NL').t('. Adres: ');
    A(d, r, 'NL', false).t('.\n\nMet vriendelijke groet');
  },
  // 59 Polish + Swedish contact card
  (d, r) => {
    const cc = r.pick(['PL', 'SE'] as const), p = person(r, cc);
    d.t(cc === 'PL' ? 'Dane pasażera:\nImię i nazwisko: ' : 'Resenärsuppgifter:\nNamn: ');
    N(d, r, p, ['full']).t(cc === 'PL' ? '\nData urodzenia: ' : '\nFödelsedatum: ');
    D(d, r, cc).t(cc === 'PL' ? '\nAdres: ' : '\nAdress: ');
    A(d, r, cc, false).t('\nTel.: ');
    d.l('PHONE', phone(r, cc)).t(`\nPESEL/personnummer: ${r.digits(11)}`);
  },
  // 60 Turkish/Arabic-region booking
  (d, r) => {
    const a = r.pick(AIRLINES), cc = r.pick(['TR', 'AE'] as const), p = person(r, cc);
    d.t(`Dear `);
    d.t(r.pick(TITLES_EN));
    N(d, r, p, ['full', 'sur']).t(`,\nYour ${a.prog} Gold card will be sent by courier to:\n`);
    A(d, r, cc, true).t('\nCourier will call: ');
    d.l('PHONE', phone(r, cc)).t(`\nCo-brand credit limit approved: ${r.int(10, 90)},000. Lounge partner: ${r.pick(['Marhaba', 'Earhart Club', 'Plaza Premium'])}.`);
  },
  // 61 Indian / Nigerian / Kenyan support
  (d, r) => {
    const a = r.pick(AIRLINES), cc = r.pick(['IN', 'NG', 'KE', 'ZA', 'SG'] as const), p = person(r, cc);
    d.t(`Ticket #${r.digits(6)}\nCustomer `);
    N(d, r, p, ['full', 'caps']).t(` writes: "Kindly assist, my miles from ${flight(r, a)} on ${tripDate(r, cc)} are not credited. Member ${ffNo(r, a)}. Reachable on `);
    d.l('PHONE', phone(r, cc)).t(' or ');
    d.l('EMAIL', email(r, p)).t(`. My DOB is `);
    D(d, r, cc).t(' for verification."');
  },
  // 62 Co-brand application with IBAN (EU)
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, r.pick(['DE', 'FR', 'IT', 'ES', 'NL', 'IE']));
    d.t(`Antrag / Application — ${a.name} Miles & More-style credit card\nApplicant: `);
    me(d, p).t('\nDOB: ');
    D(d, r, p.cc).t('\nResidential address:\n');
    A(d, r, p.cc, true).t('\nDirect debit from: ');
    d.l('IBAN', iban(r)).t('\nMobile: ');
    d.l('PHONE', phone(r, p.cc)).t(`\nTax ID: ${r.digits(11)}  (not to be confused with the card's own ${badCard(r)} from the test deck)`);
  },
  // 63 spoken SSN/phone in phone-banking transcript
  (d, r) => {
    const p = person(r, 'US'), ag = person(r);
    d.t(`[IVR] co-brand card activation\nCALLER: yeah hi it's `);
    d.l('PERSON', full(p).toLowerCase()).t(', my social is ');
    d.l('NATIONAL_ID', ssn(r)).t(' and the card is ');
    d.l('CARD', card(r)).t('\nAGENT ');
    N(d, r, ag, ['given']).t(': thanks. Best number?\nCALLER: ');
    d.l('PHONE', spokenPhone(r)).t(`\nAGENT: Got it. Note the number ${r.digits(3)} ${r.digits(3)}\n${r.digits(4)} you read earlier was split so I could not save it.`);
  },
  // 64 line-broken values (unlabelled) + labelled remainder
  (d, r) => {
    const p = person(r);
    const ph = phone(r, 'GB').split(' ');
    d.t(`fax cover — for attention of `);
    N(d, r, p, ['init', 'full']).t(`\nplease call ${ph.slice(0, -1).join(' ')}\n${ph.at(-1) ?? ''} (number split by the old fax header)\nor email `);
    d.l('EMAIL', email(r, p)).t('\nAcct ref IBAN shown partly: ');
    const ib = iban(r).replace(/\s/g, '');
    d.t(`${ib.slice(0, 10)}-\n${ib.slice(10)} (hyphenated on print, do not reuse)`);
  },
  // 65 US crew hire onboarding
  (d, r) => {
    const a = r.pick(AIRLINES), p = person(r, 'US');
    d.t(`${a.name} — new hire onboarding (Flight Attendant class ${r.int(1, 40)}-${r.digits(2)})\nLegal name: `);
    N(d, r, p, ['comma', 'full']).t('\nSSN: ');
    d.l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ');
    D(d, r, 'US', 1975, 2004).t('\nMailing address:\n');
    A(d, r, 'US', true).t('\nEmergency contact: ');
    N(d, r, person(r, 'US'), ['full']).t(', ');
    d.l('PHONE', phone(r, 'US')).t(`\nBadge photo taken at the Fletcher Building, room ${r.int(100, 420)}. Company EIN ${ein(r)}.`);
  },
  // 66 co-brand joint application bureau pull log
  (d, r) => {
    const p = person(r, 'US'), q = { ...person(r, 'US'), s: p.s };
    d.t(`${ts(r)} bureau-pull req=${hex(r, 12)} product=COBRAND-${r.pick(['VS', 'MC'])} client_ip=`);
    d.l('IP', ip(r)).t('\n  primary: ');
    N(d, r, p, ['caps', 'comma']).t(' ssn=');
    d.l('NATIONAL_ID', ssn(r)).t(' dob=');
    D(d, r, 'ISO', 1950, 2000).t('\n  joint:   ');
    N(d, r, q, ['caps', 'comma']).t(' ssn=');
    d.l('NATIONAL_ID', ssn(r)).t(` dob=`);
    D(d, r, 'ISO', 1950, 2000).t(`\n  rejected input ssn=${badSsn(r)} (invalid area)  masked echo ${maskedSsn(r)}\n  result=${r.pick(['APPROVED', 'REFER', 'DECLINED'])} score=${r.int(580, 840)}`);
  },
];

function a_ua(r: Rng): string {
  return r.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.91', 'okhttp/4.12.0']);
}

const NEGATIVE: readonly Tpl[] = [
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`OPS NOTICE ${alnum(r, 6)}: Due to ${r.pick(STORMS)}, flights ${flight(r, a)} and ${flight(r, a)} to ${r.pick(PEOPLE_AIRPORTS)} are cancelled on ${tripDate(r, 'GB')}. Rebooking window ${hhmm(r)}–${hhmm(r)} UTC. Waiver code ${alnum(r, 8)}.`);
  },
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`${a.prog} terms, section ${r.int(2, 19)}.${r.int(1, 9)}: liability for delayed baggage follows ${r.pick(LAWS)}. Passengers with ${r.pick(DISEASES)} may pre-board. Miles expire after ${r.int(18, 36)} months of inactivity. Lounge access at the ${r.pick(['Earhart Club', 'Amundsen Lounge', 'Lindbergh Suite'])} requires a same-day boarding pass.`);
  },
  (d, r) => {
    d.t(`Maintenance log A${r.int(319, 359)}-${r.digits(3)} MSN ${r.digits(4)}: replaced ${r.pick(['pack valve', 'PTU seal', 'lav smoke detector'])} P/N ${alnum(r, 4)}-${r.digits(5)}, S/N ${r.digits(8)}. Software ${version(r)}.${r.int(1, 9)} loaded, CRC ${hex(r, 8)}, sha256 ${hex(r, 64)}. Next check ${tripDate(r, 'ISO')}. Signed: stamp ${r.digits(5)}.`);
  },
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`Release notes — ${a.name} app ${version(r)} (build ${r.int(1000, 99999)})\n• Boarding pass widget for iOS ${r.int(15, 18)}.${r.int(0, 6)}\n• Fixed crash when adding a ${r.pick(PEOPLE_BRANDS)} partner stay\n• Min. Android ${r.int(8, 14)}.0.${r.int(0, 5)}.${r.int(0, 9)}; requires ${r.pick(['Chrome', 'WebView'])} ${r.int(100, 130)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}`);
  },
  (d, r) => {
    d.t(`INVOICE ${r.digits(8)} dated ${tripDate(r, 'US')}\nBill to: ${r.pick(['Kessler & Wynn LLP', 'Dell Technologies', 'Ben & Jerry’s Homemade Inc.'])}\nSupplier EIN ${ein(r)}, ABA routing ${routing(r)}, account ${'*'.repeat(6)}${r.digits(4)}\nCharter ${r.pick(AIRPORTS)}-${r.pick(AIRPORTS)}: USD ${r.int(20, 90)},${r.digits(3)}.00\nPO ${r.digits(10)}, tracking 1Z${alnum(r, 16)}`);
  },
  (d, r) => {
    d.t(`QA test deck (DO NOT USE, all fail validation): ${badCard(r)}, ${badCard(r)}, IBAN ${badIban(r)}, ${badIban(r)}, SSN ${badSsn(r)}, ${badSsn(r)}. Masked samples: ${maskedCard(r)}, ${maskedSsn(r)}, ${maskedPhone(r)}.`);
  },
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`flight,dep,arr,std,sta,equip\n`);
    for (let i = 0; i < r.int(3, 6); i++) d.t(`${flight(r, a)},${r.pick(AIRPORTS)},${r.pick(AIRPORTS)},${hhmm(r)},${hhmm(r)},${r.pick(['B789', 'A21N', 'E195', 'A359', 'B38M'])}\n`);
  },
  (d, r) => {
    d.t(`New route! From ${tripDate(r, 'US')}, fly nonstop from ${r.pick(PEOPLE_AIRPORTS)} to ${r.pick(PEOPLE_AIRPORTS)}. Stay at the ${r.pick(PEOPLE_BRANDS)} and earn double miles. Shop ${r.pick(PEOPLE_BRANDS)} in duty free. Cruise add-on aboard the ${r.pick(SHIPS)}.`);
  },
  (d, r) => {
    const a = r.pick(AIRLINES);
    d.t(`Dashboard ${tripDate(r, 'ISO')}: ${r.int(1000, 90000)} check-ins, kiosk uptime ${r.int(95, 99)}.${r.digits(1)}%, median queue ${r.int(2, 19)} min, NPS ${r.int(-10, 70)}. Top complaint category: baggage (${r.int(10, 40)}%). ${a.name} ranked #${r.int(1, 40)} in the ${r.pick(AWARDS)} list.`);
  },
  (d, r) => {
    d.t(`Your case ${r.pick(['CAS', 'SR'])}-${r.digits(8)} has been updated. Ref ${pnr(r)}, ticket ${ticketNo(r, r.pick(AIRLINES))}, bag tag ${tag(r, r.pick(AIRLINES))}. No action is needed. Posted ${ts(r)} from server build ${version(r)}.`);
  },
  (d, r) => {
    d.t(`Gate display: ${r.pick(['GRANT PARK SHUTTLE', 'HOPE VALLEY EXPRESS', 'ROSE BOWL CHARTER', 'KING COBRA TOURS'])} — boarding ${hhmm(r)}. ${r.pick(['Team Phoenix', 'Project Marlowe', 'Pegasus Ops', 'Atlas Crew'])} please report to desk ${r.int(1, 30)}. Tips: visit the ${r.pick(['Van Gogh Museum', 'Anne Frank House', 'Lincoln Memorial', 'Gaudí’s Sagrada Família'])} on your layover.`);
  },
  (d, r) => {
    d.t(`Fare rules ${alnum(r, 8)}: changes permitted before ${tripDate(r, 'GB')} for a fee of EUR ${r.int(50, 300)}; no-show after ${hhmm(r)}. Valid for travel ${tripDate(r, 'GB')} – ${tripDate(r, 'GB')}. Child 2–11: ${r.int(50, 80)}%. Infant under 2: ${r.int(0, 10)}%. Code-share with ${r.pick(AIRLINES).name}.`);
  },
];

// ------------------------------------------------------------------------------------------- generator

/** Generates split #53 for a seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent53Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent53Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT53_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT53_MIN_INSTANCES;
  const out: Independent53Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = r.chance(0.1) ? r.pick(NEGATIVE) : r.pick(LABELLED);
    tpl(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: [...d.known] });
    total += d.labels.length;
  }
  return out;
}
