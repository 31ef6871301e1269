/**
 * @module privacy/pii-corpus-independent-44 — blind labelled PII corpus #44: real estate, property
 * management and insurance claims.
 *
 * WRITTEN BLIND. The author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its tests, its other corpora, the docs, the benches, the git
 * history or any shared material, and never ran the detector on this text. Every template, name pool,
 * street, domain and value below was invented for this split.
 *
 * Seeds: {@link INDEPENDENT44_SEEDS} (440001, 440002, 440003). Each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT44_MIN_INSTANCES}).
 *
 * Contents: rental applications and tenant screening, leases and renewals, maintenance tickets, chats
 * between landlords / tenants / agents and an LLM support assistant, viewing schedules, deposit and rent
 * ledgers, home and motor first-notice-of-loss forms, adjuster notes, claim letters, repair estimates,
 * policy exports (CSV / JSON / logs) and call transcripts, in many countries and several languages. About
 * one document in ten is a pure hard negative; distractors (people-named brands, places, storms, laws and
 * diseases, reference / claim / policy numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers,
 * invalid IBANs, EINs, routing numbers, masked values, non-birth dates) are spread through all documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software and assistants, places, pets, ships, storms, streets / buildings named
 *   after people, eponymous diseases / laws / awards and @handles are not labelled; nor a name in an e-mail.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid and masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4 / IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street / building / PO-box
 *   line to the last postcode / city / country line; recipient names are separate PERSON labels; company
 *   lines, city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is measured on. */
export const INDEPENDENT44_SEEDS = [440001, 440002, 440003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT44_MIN_INSTANCES = 2400;

/** A label carrying the exact text of its span. */
export type Independent44Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent44Entry = PiiCorpusEntry & { readonly labels: readonly Independent44Label[] };

/* ------------------------------------------------------------------ document builder */

class Doc {
  text = '';
  readonly labels: Independent44Label[] = [];
  readonly known: string[] = [];
  /** Appends plain text. */
  t(s: string): this {
    this.text += s;
    return this;
  }
  /** Appends a labelled value. */
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** Appends a person's name. */
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** Appends the user's own full name (also recorded as a known name). */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

/* ------------------------------------------------------------------ names */

interface Culture {
  readonly id: string;
  readonly given: readonly string[];
  readonly sur: readonly string[];
  /** Chance the name is written surname first. */
  readonly east?: number;
}

const CULTURES: readonly Culture[] = [
  { id: 'us', given: ['Tyler', 'Brittany', 'Hope', 'Grant', 'Will', 'Bill', 'Faith', 'Hunter', 'Dakota', 'Rose', 'Mason', 'Chelsea', 'Destiny', 'Cody'], sur: ['Miller', 'Brooks', 'Hayes', 'Grant', 'Price', 'Young', 'Rich', 'Long', 'Banks', 'Carter', 'Fletcher', 'Hollis', 'Sweeney', 'Dunbar'] },
  { id: 'uk', given: ['Harriet', 'Guy', 'May', 'Nigel', 'Imogen', 'Rupert', 'Poppy', 'Alfie', 'Gemma', 'Dawn', 'Frank', 'Mark'], sur: ['Whitaker', 'Thornton', 'Pickering', 'Ashworth', 'Bishop', 'Page', 'King', 'Moss', 'Baker', 'Cook', 'Penhaligon', 'Lane'] },
  { id: 'ie', given: ['Siobhán', 'Cian', 'Aoife', 'Pádraig', 'Niamh', 'Ciarán', 'Róisín', 'Eoin', 'Orla', 'Declan'], sur: ["O'Sullivan", 'Byrne', 'Kavanagh', 'Fitzgerald', 'Mulcahy', 'Doherty', 'Keane', 'Ó Súilleabháin', "O'Driscoll", 'Ní Bhriain'] },
  { id: 'sc', given: ['Callum', 'Eilidh', 'Fraser', 'Morag', 'Hamish', 'Isla'], sur: ['MacLeod', 'Drummond', 'Ferguson', 'McAllister', 'Urquhart', 'Sinclair'] },
  { id: 'de', given: ['Jürgen', 'Anneliese', 'Lukas', 'Sabine', 'Maximilian', 'Henrike', 'Torsten', 'Ute', 'Friedrich', 'Mareike'], sur: ['Schäfer', 'Köhler', 'Wagner', 'Hoffmann', 'Brandt', 'Zimmermann', 'Vogt', 'Krüger', 'Baumgärtner', 'Lehmann', 'Weiß'] },
  { id: 'fr', given: ['Amélie', 'Baptiste', 'Céline', 'Thibault', 'Margaux', 'Étienne', 'Solène', 'Guillaume', 'Maëlle', 'Loïc'], sur: ['Lefèvre', 'Moreau', 'Dubois', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Lambert', 'Marchand', 'Benoît'] },
  { id: 'es', given: ['Lucía', 'Álvaro', 'Carmen', 'Javier', 'Inmaculada', 'Sergio', 'Nerea', 'Iñigo', 'Rocío', 'Pilar'], sur: ['García', 'Fernández', 'Ruiz', 'Jiménez', 'Navarro', 'Etxeberria', 'Castillo', 'Morales', 'Ortega', 'Serrano'] },
  { id: 'mx', given: ['Guadalupe', 'Jesús', 'Ximena', 'Alejandro', 'Yesenia', 'Rodrigo', 'Citlali', 'Emiliano'], sur: ['Hernández', 'López', 'Cruz', 'Villanueva', 'Guzmán', 'Zamora', 'Tapia', 'Ochoa'] },
  { id: 'pt', given: ['João', 'Thaís', 'Gonçalo', 'Luana', 'Rafael', 'Beatriz', 'Caio', 'Graça', 'Vinícius', 'Conceição'], sur: ['Silva', 'Souza', 'Oliveira', 'Pereira', 'Carvalho', 'Almeida', 'Rodrigues', 'Gomes', 'Nascimento', 'Araújo'] },
  { id: 'it', given: ['Giulia', 'Matteo', 'Chiara', 'Lorenzo', 'Francesca', 'Davide', 'Alessia', 'Gianluca', 'Serena', 'Tommaso'], sur: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'De Luca', 'Conti'] },
  { id: 'nl', given: ['Sanne', 'Joost', 'Femke', 'Daan', 'Marieke', 'Sjoerd', 'Lotte', 'Bram'], sur: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'van Dijk', 'Mulder'] },
  { id: 'se', given: ['Astrid', 'Linnea', 'Oskar', 'Sven', 'Elsa', 'Björn', 'Ingrid', 'Måns'], sur: ['Lindqvist', 'Andersson', 'Johansson', 'Nyström', 'Bergström', 'Lundgren', 'Sjöberg', 'Holm'] },
  { id: 'no', given: ['Sigrid', 'Håkon', 'Kari', 'Magnus', 'Frederikke', 'Rasmus', 'Mette', 'Søren'], sur: ['Haugen', 'Solberg', 'Nilsen', 'Kristiansen', 'Jørgensen', 'Rasmussen', 'Mikkelsen', 'Dahl'] },
  { id: 'fi', given: ['Aino', 'Juhani', 'Eveliina', 'Tuomas', 'Kaisa', 'Ville'], sur: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Lehtonen'] },
  { id: 'pl', given: ['Agnieszka', 'Krzysztof', 'Małgorzata', 'Wojciech', 'Zofia', 'Paweł', 'Katarzyna', 'Grzegorz'], sur: ['Kowalski', 'Wiśniewska', 'Nowak', 'Wójcik', 'Kamińska', 'Zieliński', 'Szymański', 'Lewandowska'] },
  { id: 'cz', given: ['Tereza', 'Jiří', 'Lucie', 'Ondřej', 'Kateřina', 'Vojtěch'], sur: ['Novák', 'Svobodová', 'Dvořák', 'Černý', 'Procházková', 'Kučera'] },
  { id: 'ua', given: ['Olena', 'Dmytro', 'Natalia', 'Sergei', 'Yulia', 'Oleksandr', 'Svetlana', 'Artem'], sur: ['Shevchenko', 'Kovalenko', 'Ivanova', 'Petrov', 'Bondarenko', 'Melnyk', 'Sokolova', 'Kuznetsov'] },
  { id: 'gr', given: ['Eleni', 'Giorgos', 'Dimitra', 'Nikos', 'Katerina', 'Stavros'], sur: ['Papadopoulos', 'Georgiou', 'Konstantinidou', 'Alexiou', 'Karagiannis', 'Vlachos'] },
  { id: 'tr', given: ['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak', 'Deniz', 'Selin'], sur: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'] },
  { id: 'ar', given: ['Said', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Amira', 'Khalid', 'Noor', 'Hamza', 'Rania'], sur: ['Al-Mansouri', 'Haddad', 'Nasser', 'El-Sayed', 'Khoury', 'Al-Farsi', 'Hamdan', 'Saleh', 'Mansour', 'Abboud'] },
  { id: 'ir', given: ['Dariush', 'Shirin', 'Arash', 'Parisa', 'Kian', 'Nasrin'], sur: ['Hosseini', 'Tehrani', 'Rahimi', 'Karimi', 'Moradi', 'Jafari'] },
  { id: 'in', given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Deepa', 'Sanjay', 'Lakshmi', 'Aditya', 'Meera', 'Rahul'], sur: ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Krishnan', 'Banerjee', 'Chatterjee', 'Menon', 'Desai', 'Joshi'] },
  { id: 'pk', given: ['Ayesha', 'Imran', 'Sana', 'Bilal', 'Nusrat', 'Tanvir'], sur: ['Qureshi', 'Chaudhry', 'Rahman', 'Hossain', 'Siddiqui', 'Malik'] },
  { id: 'cn', given: ['Wei', 'Xiaoming', 'Jun', 'Mei', 'Hao', 'Yuting', 'Zhiwei', 'Fang', 'Lei'], sur: ['Wang', 'Zhang', 'Chen', 'Liu', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Lin'], east: 0.5 },
  { id: 'jp', given: ['Yui', 'Haruto', 'Sakura', 'Takumi', 'Aoi', 'Ren', 'Hina', 'Kenji', 'Yuki', 'Daiki'], sur: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato', 'Ito', 'Kato'], east: 0.4 },
  { id: 'kr', given: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Do-hyun', 'Ha-eun', 'Joon-ho', 'Yeon-woo', 'Eun-ji'], sur: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'], east: 0.4 },
  { id: 'vn', given: ['Linh', 'Minh', 'Thảo', 'Duc', 'Hoa', 'Quang', 'Trang', 'Tuan'], sur: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'], east: 0.3 },
  { id: 'ph', given: ['Maricel', 'Jomar', 'Rhea', 'Paolo', 'Divina', 'Ramil'], sur: ['Santos', 'Reyes', 'dela Cruz', 'Bautista', 'Mendoza', 'Villareal'] },
  { id: 'id', given: ['Budi', 'Sari', 'Dewi', 'Agus', 'Somchai', 'Kanya'], sur: ['Santoso', 'Wijaya', 'Hartono', 'Kusuma', 'Srisai', 'Charoenkul'] },
  { id: 'ng', given: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Babajide', 'Ifeoma'], sur: ['Okafor', 'Adeyemi', 'Nwosu', 'Okonkwo', 'Balogun', 'Eze', 'Obi', 'Adebayo', 'Ogunleye', 'Chukwu'] },
  { id: 'ea', given: ['Kwame', 'Akosua', 'Kofi', 'Ama', 'Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Tigist', 'Dawit', 'Selam'], sur: ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Mwangi', 'Odhiambo', 'Kariuki', 'Wanjala', 'Tesfaye', 'Bekele', 'Haile'] },
  { id: 'il', given: ['Noa', 'Yael', 'Itai', 'Avital', 'Eitan', 'Shira'], sur: ['Cohen', 'Levi', 'Mizrahi', 'Friedman', 'Ben-David', 'Peretz'] },
  { id: 'hu', given: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Ioana', 'Andrei', 'Mihaela', 'Radu'], sur: ['Nagy', 'Tóth', 'Szabó', 'Horváth', 'Popescu', 'Ionescu', 'Dumitrescu', 'Constantin'] },
  { id: 'jm', given: ['Desmond', 'Marcia', 'Delroy', 'Sherika', 'Winston', 'Joy'], sur: ['Campbell', 'Brown', 'Williams', 'Clarke', 'Grant', 'Francis'] },
];

/** Native-script pools (surname, given, romanised surname, romanised given); written without a space in KR / CN. */
const NATIVE: Readonly<Record<'jp' | 'kr' | 'cn', { sur: readonly (readonly [string, string])[]; given: readonly (readonly [string, string])[]; sep: string }>> = {
  jp: { sep: ' ', sur: [['田中', 'tanaka'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['渡辺', 'watanabe'], ['佐藤', 'sato'], ['伊藤', 'ito'], ['森', 'mori'], ['小林', 'kobayashi']], given: [['陽菜', 'hina'], ['翔太', 'shota'], ['美咲', 'misaki'], ['健一', 'kenichi'], ['由美', 'yumi'], ['大輔', 'daisuke'], ['結衣', 'yui']] },
  kr: { sep: '', sur: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['한', 'han']], given: [['민준', 'minjun'], ['서연', 'seoyeon'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['도윤', 'doyun'], ['수빈', 'subin']] },
  cn: { sep: '', sur: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang']], given: [['伟', 'wei'], ['芳', 'fang'], ['静', 'jing'], ['磊', 'lei'], ['婷', 'ting'], ['建国', 'jianguo']] },
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly east: boolean;
  readonly sep: string;
  readonly lg: string;
  readonly ls: string;
  readonly native: boolean;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function full(p: Person): string {
  return p.east ? `${p.s}${p.sep}${p.g}` : `${p.g} ${p.s}`;
}

/* ------------------------------------------------------------------ countries */

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};

function month(lang: string, m: number): string {
  return (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? 'March';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

type DateStyle = (x: Ymd) => string;

const ISO: DateStyle = ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`;
const DMY_SLASH: DateStyle = ({ y, m, d }) => `${pad(d)}/${pad(m)}/${y}`;
const DMY_DOT: DateStyle = ({ y, m, d }) => `${pad(d)}.${pad(m)}.${y}`;
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const EN_GB_STYLES: DateStyle[] = [DMY_SLASH, ({ y, m, d }) => `${d} ${month('en', m)} ${y}`, ({ y, m, d }) => `${ordinal(d)} ${month('en', m)} ${y}`, ({ y, m, d }) => `${d} ${month('en', m).slice(0, 3)} ${y}`];

const DATE_STYLES: Readonly<Record<string, readonly DateStyle[]>> = {
  US: [({ y, m, d }) => `${pad(m)}/${pad(d)}/${y}`, ({ y, m, d }) => `${m}/${d}/${y}`, ({ y, m, d }) => `${month('en', m)} ${d}, ${y}`, ({ y, m, d }) => `${month('en', m).slice(0, 3)} ${d}, ${y}`, ISO],
  CA: [ISO, ({ y, m, d }) => `${month('en', m)} ${d}, ${y}`, DMY_SLASH],
  GB: EN_GB_STYLES, IE: EN_GB_STYLES, AU: EN_GB_STYLES, NZ: EN_GB_STYLES, ZA: [...EN_GB_STYLES, ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`], IN: [...EN_GB_STYLES, ({ y, m, d }) => `${pad(d)}-${pad(m)}-${y}`], SG: EN_GB_STYLES, AE: [DMY_SLASH, ({ y, m, d }) => `${d} ${month('en', m)} ${y}`],
  DE: [DMY_DOT, ({ y, m, d }) => `${d}. ${month('de', m)} ${y}`], AT: [DMY_DOT, ({ y, m, d }) => `${d}. ${month('de', m)} ${y}`], CH: [DMY_DOT],
  FR: [DMY_SLASH, ({ y, m, d }) => `${d === 1 ? '1er' : d} ${month('fr', m)} ${y}`], BE: [DMY_SLASH, DMY_DOT],
  ES: [DMY_SLASH, ({ y, m, d }) => `${d} de ${month('es', m)} de ${y}`], MX: [DMY_SLASH, ({ y, m, d }) => `${d} de ${month('es', m)} de ${y}`],
  IT: [DMY_SLASH, ({ y, m, d }) => `${d} ${month('it', m)} ${y}`], PT: [DMY_SLASH, ({ y, m, d }) => `${d} de ${month('pt', m)} de ${y}`], BR: [DMY_SLASH, ({ y, m, d }) => `${d} de ${month('pt', m)} de ${y}`],
  NL: [({ y, m, d }) => `${pad(d)}-${pad(m)}-${y}`, ({ y, m, d }) => `${d} ${month('nl', m)} ${y}`],
  SE: [ISO, ({ y, m, d }) => `${d} ${month('sv', m)} ${y}`], NO: [DMY_DOT], DK: [DMY_DOT, ({ y, m, d }) => `${d}.${m}.${y}`], FI: [({ y, m, d }) => `${d}.${m}.${y}`, DMY_DOT],
  PL: [DMY_DOT, ({ y, m, d }) => `${d} ${month('pl', m)} ${y}`], CZ: [({ y, m, d }) => `${d}. ${m}. ${y}`, DMY_DOT],
  JP: [({ y, m, d }) => `${y}年${m}月${d}日`, ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`], KR: [({ y, m, d }) => `${y}.${pad(m)}.${pad(d)}`, ({ y, m, d }) => `${y}년 ${m}월 ${d}일`],
};

interface Country {
  readonly cc: string;
  readonly cultures: readonly string[];
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
  readonly mail: readonly string[];
}

const L = 'ABDEFGHJLNPQRSTUWXYZ';
const letters = (r: Rng, n: number, set = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);

const COUNTRIES: readonly Country[] = [
  {
    cc: 'US', cultures: ['us', 'us', 'mx', 'jm', 'in', 'cn', 'kr', 'ng', 'vn', 'ph', 'ie', 'il'], mail: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com'],
    phone: (r) => {
      const a = nz(r, 1) + r.digits(2), b = String(r.int(2, 9)) + r.digits(2), c = r.digits(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+1 (${a}) ${b}-${c}`]);
    },
    addr: (r) => {
      const [city, st, z] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314'], ['Des Moines', 'IA', '503'], ['Providence', 'RI', '029'], ['Denver', 'CO', '802'], ['Charlotte', 'NC', '282'], ['Eugene', 'OR', '974'], ['Florence', 'KY', '410']] as const);
      const street = r.chance(0.08) ? `PO Box ${r.int(100, 9999)}` : `${r.int(12, 9899)} ${r.pick(['Maple Ridge', 'Oak Hollow', 'Cedar Crest', 'Willow Bend', 'Sycamore', 'Lakeview', 'Juniper', 'Harborview', 'Magnolia', 'Prairie Wind', 'Aspen Glen', 'Birchwood', 'Martin Luther King Jr', 'Lincoln', 'Jefferson', 'Washington'])} ${r.pick(['St', 'Ave', 'Dr', 'Ln', 'Ct', 'Blvd', 'Rd', 'Way', 'Pl', 'Terrace', 'Circle', 'Street', 'Avenue', 'Drive'])}`;
      const unit = r.chance(0.35) ? r.pick([`, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C', ''])}`, ` Unit ${r.int(101, 2408)}`, `, #${r.int(2, 512)}`]) : '';
      const lines = [street + unit, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`];
      if (r.chance(0.15)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    },
  },
  {
    cc: 'GB', cultures: ['uk', 'uk', 'uk', 'sc', 'ie', 'pk', 'in', 'ng', 'pl', 'jm', 'gr', 'ea'], mail: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'sky.com'],
    phone: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 ${r.int(7, 8)}${r.digits(3)} ${r.digits(4)}`, `+44 (0)20 ${r.int(7, 8)}${r.digits(3)} ${r.digits(4)}`, `0161 ${r.int(200, 999)} ${r.digits(4)}`, `0113 ${r.int(200, 999)} ${r.digits(4)}`, `01${r.int(2, 9)}${r.digits(2)} ${r.digits(6)}`]),
    addr: (r) => {
      const [town, pc] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Norwich', 'NR'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Brighton', 'BN'], ['York', 'YO'], ['Nottingham', 'NG'], ['Edinburgh', 'EH']] as const);
      const post = `${pc}${r.int(1, 19)} ${r.int(1, 9)}${letters(r, 2, L)}`;
      const st = `${r.int(1, 240)} ${r.pick(['Aldergrove Road', 'Kestrel Close', 'Ferndale Avenue', 'Mill Lane', 'Rosebery Crescent', 'Hawthorn Way', 'Station Road', 'Victoria Terrace', 'Gladstone Street', 'Chapel Mews'])}`;
      const first = r.chance(0.35) ? `Flat ${r.int(1, 24)}${r.pick(['', 'A', 'B'])}, ${st}` : st;
      return r.chance(0.5) ? [first, town, post] : [first, `${town} ${post}`];
    },
  },
  {
    cc: 'CA', cultures: ['us', 'uk', 'fr', 'cn', 'in', 'ph', 'ua', 'kr'], mail: ['gmail.com', 'rogers.com', 'videotron.ca', 'shaw.ca', 'outlook.com'],
    phone: (r) => {
      const a = r.pick(['416', '604', '403', '613', '902', '204', '306', '514', '647']);
      return r.pick([`(${a}) ${r.int(200, 999)}-${r.digits(4)}`, `${a}-${r.int(200, 999)}-${r.digits(4)}`, `+1 ${a} ${r.int(200, 999)} ${r.digits(4)}`]);
    },
    addr: (r) => {
      const [city, prov, fsa] = r.pick([['Toronto', 'ON', 'M4'], ['Vancouver', 'BC', 'V6'], ['Calgary', 'AB', 'T2'], ['Ottawa', 'ON', 'K1'], ['Halifax', 'NS', 'B3'], ['Winnipeg', 'MB', 'R3'], ['Regina', 'SK', 'S4'], ['Montréal', 'QC', 'H2']] as const);
      const pc = `${fsa}${letters(r, 1)} ${r.int(0, 9)}${letters(r, 1)}${r.int(0, 9)}`;
      const st = city === 'Montréal' ? `${r.int(10, 8000)}, rue ${r.pick(['Saint-Denis', 'Rachel Est', 'de la Montagne', 'Fleury Ouest'])}` : `${r.int(10, 9000)} ${r.pick(['Birchmount Rd', 'Bloor St W', 'Kingsway', 'Spring Garden Rd', 'Portage Ave', 'Elgin St', '17 Ave SW'])}`;
      return r.chance(0.5) ? [`${r.chance(0.3) ? `${r.int(2, 2400)}-` : ''}${st}`, `${city}, ${prov} ${pc}`] : [st, `${city} ${prov}  ${pc}`.replace('  ', ' ')];
    },
  },
  {
    cc: 'AU', cultures: ['uk', 'us', 'gr', 'it', 'cn', 'vn', 'in', 'ph'], mail: ['gmail.com', 'bigpond.com', 'outlook.com.au', 'optusnet.com.au', 'icloud.com'],
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(0${r.pick(['2', '3', '7', '8'])}) ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `+61 ${r.pick(['2', '3', '7', '8'])} ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const sub = r.pick(['Carlton VIC 3053', 'Newtown NSW 2042', 'Fremantle WA 6160', 'Paddington QLD 4064', 'Glenelg SA 5045', 'Sandy Bay TAS 7005', 'Braddon ACT 2612', 'Brunswick East VIC 3057']);
      const st = `${r.chance(0.4) ? `${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${r.pick(['Banksia Street', 'Lygon St', 'King George Rd', 'Wattle Grove', 'Esplanade', 'Jacaranda Ave', 'Darling St'])}`;
      return [st, r.chance(0.4) ? sub.toUpperCase() : sub];
    },
  },
  {
    cc: 'NZ', cultures: ['uk', 'uk', 'cn', 'in', 'ph'], mail: ['xtra.co.nz', 'gmail.com', 'outlook.com'],
    phone: (r) => r.pick([`02${r.int(1, 2)} ${r.digits(3)} ${r.digits(4)}`, `+64 21 ${r.digits(3)} ${r.digits(4)}`, `(09) ${r.int(3, 9)}${r.digits(2)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, city, pc] = r.pick([['Ponsonby', 'Auckland', '1011'], ['Karori', 'Wellington', '6012'], ['Riccarton', 'Christchurch', '8011'], ['Mount Eden', 'Auckland', '1024']] as const);
      return [`${r.int(1, 200)} ${r.pick(['Kauri Road', 'Tui Street', 'Pohutukawa Place', 'Queen Street'])}`, sub, `${city} ${pc}`];
    },
  },
  {
    cc: 'IE', cultures: ['ie', 'ie', 'ie', 'pl', 'uk', 'in', 'pt'], mail: ['eircom.net', 'gmail.com', 'hotmail.com', 'outlook.ie'],
    phone: (r) => r.pick([`08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, `+353 1 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`]),
    addr: (r) => {
      const [area, city, key] = r.pick([['Rathmines', 'Dublin 6', 'D06'], ['Ballincollig', 'Co. Cork', 'P31'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94'], ['Drumcondra', 'Dublin 9', 'D09']] as const);
      return [`${r.int(1, 120)} ${r.pick(['Ashfield Park', 'Rosemount Avenue', 'Church View', 'Seaview Terrace'])}`, area, city, `${key} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 2, 'ACDEFHKNPRTVWXY0123456789')}`];
    },
  },
  {
    cc: 'DE', cultures: ['de', 'de', 'de', 'tr', 'pl', 'ua', 'it', 'gr', 'ar'], mail: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com', 'mailbox.org'],
    phone: (r) => r.pick([`0${r.pick(['30', '89', '40', '221', '69'])} ${r.digits(r.int(6, 8))}`, `+49 ${r.pick(['30', '89', '40', '221', '69'])} ${r.digits(7)}`, `01${r.pick(['51', '60', '71', '76', '52'])} ${r.digits(7)}`, `+49 1${r.pick(['51', '60', '71', '76'])} ${r.digits(4)} ${r.digits(3)}`, `0${r.pick(['30', '89'])}/${r.digits(7)}`]),
    addr: (r) => {
      const [plz, city] = r.pick([['10', 'Berlin'], ['80', 'München'], ['50', 'Köln'], ['20', 'Hamburg'], ['60', 'Frankfurt am Main'], ['04', 'Leipzig'], ['70', 'Stuttgart'], ['28', 'Bremen']] as const);
      return [`${r.pick(['Lindenstraße', 'Bergmannstraße', 'Am Kirschgarten', 'Hauptstraße', 'Goethestraße', 'Schillerplatz', 'Kastanienallee', 'Rosenweg', 'Friedrich-Ebert-Str.'])} ${r.int(1, 160)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    },
  },
  {
    cc: 'AT', cultures: ['de', 'de', 'hu', 'tr', 'cz'], mail: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
    phone: (r) => r.pick([`+43 1 ${r.digits(3)} ${r.digits(4)}`, `0664 ${r.digits(7)}`, `+43 660 ${r.digits(7)}`]),
    addr: (r) => {
      const [plz, city] = r.pick([['1070', 'Wien'], ['8010', 'Graz'], ['5020', 'Salzburg'], ['6020', 'Innsbruck']] as const);
      return [`${r.pick(['Mariahilfer Straße', 'Neubaugasse', 'Herrengasse', 'Linzer Gasse'])} ${r.int(1, 120)}/${r.int(1, 24)}`, `${plz} ${city}`];
    },
  },
  {
    cc: 'CH', cultures: ['de', 'fr', 'it', 'pt'], mail: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch'],
    phone: (r) => r.pick([`+41 ${r.pick(['44', '31', '22', '61'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `07${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [plz, city] = r.pick([['8001', 'Zürich'], ['3011', 'Bern'], ['1201', 'Genève'], ['4051', 'Basel'], ['6003', 'Luzern']] as const);
      return [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue de Carouge', 'Spalenberg'])} ${r.int(1, 90)}`, `${plz} ${city}`];
    },
  },
  {
    cc: 'FR', cultures: ['fr', 'fr', 'fr', 'ar', 'pt', 'vn', 'ea'], mail: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
    phone: (r) => {
      const g = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.int(1, 7)} ${g()}`, `+33 ${r.int(1, 7)} ${g()}`, `0${r.int(6, 7)}${r.digits(8)}`, `0${r.int(1, 7)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]);
    },
    addr: (r) => {
      const [cp, city] = r.pick([['69002', 'Lyon'], ['75011', 'Paris'], ['33000', 'Bordeaux'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['13001', 'Marseille'], ['67000', 'Strasbourg'], ['59000', 'Lille']] as const);
      const st = `${r.int(1, 140)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Lilas', 'allée des Peupliers', 'rue Victor Hugo', 'quai Saint-Vincent'])}`;
      const lines = r.chance(0.25) ? [`Résidence ${r.pick(['Les Glycines', 'Le Clos Fleuri', 'Les Terrasses'])}, Bât. ${r.pick(['A', 'B', 'C'])}`, st] : [st];
      lines.push(`${cp} ${r.chance(0.3) ? city.toUpperCase() : city}`);
      return lines;
    },
  },
  {
    cc: 'BE', cultures: ['nl', 'fr', 'ar', 'it'], mail: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com'],
    phone: (r) => r.pick([`+32 2 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `04${r.int(60, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+32 4${r.int(60, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [cp, city, st] = r.pick([['1050', 'Ixelles', "Chaussée d'Ixelles"], ['2000', 'Antwerpen', 'Kerkstraat'], ['9000', 'Gent', 'Veldstraat'], ['4000', 'Liège', 'Rue Féronstrée']] as const);
      return [`${st} ${r.int(1, 300)}${r.chance(0.3) ? ` bus ${r.int(1, 12)}` : ''}`, `${cp} ${city}`];
    },
  },
  {
    cc: 'NL', cultures: ['nl', 'nl', 'nl', 'tr', 'ar', 'id'], mail: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'gmail.com', 'hotmail.nl'],
    phone: (r) => r.pick([`06-${r.digits(8)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+31 6 ${r.digits(8)}`, `020-${r.int(2, 9)}${r.digits(6)}`, `+31 20 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`]),
    addr: (r) => {
      const city = r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Rotterdam', 'Groningen', 'Eindhoven']);
      return [`${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Laan van Meerdervoort', 'Willemsparkweg', 'Vondelstraat'])} ${r.int(1, 400)}${r.pick(['', '-1', '-II', 'A', ' hs'])}`, `${r.int(1011, 9999)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${city}`];
    },
  },
  {
    cc: 'ES', cultures: ['es', 'es', 'es', 'mx', 'ar', 'hu'], mail: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [cp, city] = r.pick([['28', 'Madrid'], ['08', 'Barcelona'], ['41', 'Sevilla'], ['46', 'Valencia'], ['48', 'Bilbao'], ['29', 'Málaga']] as const);
      return [`${r.pick(['Calle de Alcalá', 'Calle Mayor', 'Avenida de la Constitución', 'Paseo de Gracia', 'Calle Sierpes', 'Calle Jorge Juan'])}, ${r.int(1, 220)}, ${r.pick(['3º B', '2.º 1.ª', '1º izda.', 'bajo', '5º D'])}`, `${cp}0${r.digits(2)} ${city}`];
    },
  },
  {
    cc: 'IT', cultures: ['it', 'it', 'it', 'ua', 'hu', 'ar'], mail: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
    phone: (r) => r.pick([`3${r.int(20, 49)} ${r.digits(3)} ${r.digits(4)}`, `+39 3${r.int(20, 49)} ${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `+39 02 ${r.digits(8)}`]),
    addr: (r) => {
      const [cap, city, pr] = r.pick([['20121', 'Milano', 'MI'], ['00184', 'Roma', 'RM'], ['10123', 'Torino', 'TO'], ['50122', 'Firenze', 'FI'], ['80134', 'Napoli', 'NA'], ['40126', 'Bologna', 'BO']] as const);
      return [`${r.pick(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Via della Spiga', 'Via Mazzini'])} ${r.int(1, 180)}`, `${cap} ${city} ${r.chance(0.5) ? `(${pr})` : pr}`];
    },
  },
  {
    cc: 'PT', cultures: ['pt', 'pt', 'ua'], mail: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
    phone: (r) => r.pick([`9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `+351 9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Rua Augusta', 'Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Carmo'])}, ${r.int(1, 300)}, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.'])}`, `${r.int(1000, 4999)}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}`],
  },
  {
    cc: 'SE', cultures: ['se', 'se', 'fi', 'ir', 'ar'], mail: ['telia.com', 'gmail.com', 'bredband.net', 'outlook.com'],
    phone: (r) => r.pick([`07${r.int(0, 3)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.int(0, 3)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['11', 'Stockholm'], ['41', 'Göteborg'], ['21', 'Malmö'], ['75', 'Uppsala']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Vasagatan', 'Kungsgatan', 'Linnégatan'])} ${r.int(1, 90)}${r.pick(['', 'A', 'B'])}`, `${pc}${r.digits(1)} ${r.digits(2)} ${city}`];
    },
  },
  {
    cc: 'NO', cultures: ['no', 'no', 'pl', 'se'], mail: ['online.no', 'gmail.com', 'hotmail.no'],
    phone: (r) => r.pick([`+47 ${r.int(4, 9)}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `${r.int(4, 9)}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
    addr: (r) => [`${r.pick(['Markveien', 'Thereses gate', 'Bygdøy allé', 'Kongens gate'])} ${r.int(1, 80)}${r.pick(['', 'B'])}`, r.pick([`0${r.int(150, 599)} Oslo`, `50${r.int(10, 99)} Bergen`, `70${r.int(10, 99)} Trondheim`])],
  },
  {
    cc: 'DK', cultures: ['no', 'no', 'de'], mail: ['mail.dk', 'gmail.com', 'live.dk'],
    phone: (r) => r.pick([`+45 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `${r.int(2, 9)}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['2200', 'København N'], ['8000', 'Aarhus C'], ['5000', 'Odense C']] as const);
      return [`${r.pick(['Nørrebrogade', 'Vesterbrogade', 'Jægersborggade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.', 'mf.'])}`, `${pc} ${city}`];
    },
  },
  {
    cc: 'FI', cultures: ['fi', 'fi', 'se', 'ua'], mail: ['elisanet.fi', 'gmail.com', 'kolumbus.fi'],
    phone: (r) => r.pick([`04${r.int(0, 5)} ${r.digits(3)} ${r.digits(4)}`, `+358 4${r.int(0, 5)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Runeberginkatu'])} ${r.int(1, 80)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}`, `${r.pick(['00100 Helsinki', '33100 Tampere', '20100 Turku'])}`],
  },
  {
    cc: 'PL', cultures: ['pl', 'pl', 'pl', 'ua'], mail: ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'o2.pl'],
    phone: (r) => r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['00', 'Warszawa'], ['31', 'Kraków'], ['90', 'Łódź'], ['80', 'Gdańsk'], ['50', 'Wrocław']] as const);
      return [`ul. ${r.pick(['Marszałkowska', 'Floriańska', 'Piotrkowska', 'Długa', 'Jana Pawła II', 'Kościuszki'])} ${r.int(1, 120)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, `${pc}-${r.digits(3)} ${city}`];
    },
  },
  {
    cc: 'CZ', cultures: ['cz', 'cz', 'ua'], mail: ['seznam.cz', 'email.cz', 'centrum.cz'],
    phone: (r) => r.pick([`+420 ${r.int(6, 7)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(6, 7)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => r.pick([[`Vinohradská ${r.int(100, 2500)}/${r.int(1, 200)}`, `120 00 Praha 2`], [`Nerudova ${r.int(1, 60)}`, '118 00 Praha 1'], [`Kounicova ${r.int(1, 90)}`, '602 00 Brno']]),
  },
  {
    cc: 'JP', cultures: ['jp', 'jp', 'jp', 'kr', 'cn'], mail: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'],
    phone: (r) => r.pick([`0${r.pick(['3', '6'])}-${r.digits(4)}-${r.digits(4)}`, `0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`, `+81 ${r.pick(['90', '80'])}-${r.digits(4)}-${r.digits(4)}`, `+81 3 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [ward, city, pc] = r.pick([['Shibuya-ku', 'Tokyo', '150'], ['Kita-ku', 'Osaka', '530'], ['Naka-ku', 'Yokohama', '231'], ['Chuo-ku', 'Fukuoka', '810']] as const);
      return [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Jingumae', 'Umeda', 'Yamashitacho', 'Tenjin'])}${r.chance(0.4) ? `, Room ${r.int(101, 905)}` : ''}`, `${ward}, ${city} ${pc}-${r.digits(4)}`];
    },
  },
  {
    cc: 'KR', cultures: ['kr', 'kr', 'kr', 'cn'], mail: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com'],
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 400)} ${r.pick(['Teheran-ro', 'Sejong-daero', 'Hongik-ro', 'Haeundae-ro'])}, ${r.pick(['Gangnam-gu', 'Jung-gu', 'Mapo-gu', 'Haeundae-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${r.digits(5)}`],
  },
  {
    cc: 'SG', cultures: ['cn', 'cn', 'in', 'id'], mail: ['singnet.com.sg', 'gmail.com', 'yahoo.com.sg'],
    phone: (r) => r.pick([`+65 ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `6${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`Blk ${r.int(10, 999)} ${r.pick(['Clementi Ave 4', 'Tampines St 21', 'Ang Mo Kio Ave 3', 'Jurong West St 52'])}`, `#${pad(r.int(2, 25))}-${r.int(10, 999)}`, `Singapore ${r.int(1, 8)}${r.digits(5)}`],
  },
  {
    cc: 'IN', cultures: ['in', 'in', 'in', 'pk'], mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    phone: (r) => r.pick([`+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`, `0${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`, `${r.int(7, 9)}${r.digits(9)}`]),
    addr: (r) => [`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Acres', 'Sunflower Apartments'])}`, `${r.pick(['14th Cross, Indiranagar', 'Linking Road, Bandra West', 'Anna Nagar', 'Sector 21'])}`, `${r.pick(['Bengaluru, Karnataka', 'Mumbai, Maharashtra', 'Chennai, Tamil Nadu', 'Gurugram, Haryana'])} ${r.int(1, 8)}${r.digits(5)}`],
  },
  {
    cc: 'BR', cultures: ['pt', 'pt', 'pt', 'it', 'jp'], mail: ['uol.com.br', 'gmail.com', 'bol.com.br', 'terra.com.br'],
    phone: (r) => r.pick([`(${r.int(11, 99)}) 9${r.digits(4)}-${r.digits(4)}`, `+55 ${r.int(11, 99)} 9${r.digits(4)}-${r.digits(4)}`, `(${r.int(11, 99)}) ${r.int(2, 5)}${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Rua Oscar Freire', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro'])}, ${r.int(10, 2500)}${r.chance(0.5) ? `, apto ${r.int(11, 204)}` : ''}`, `${r.pick(['Jardins, São Paulo - SP', 'Bela Vista, São Paulo - SP', 'Laranjeiras, Rio de Janeiro - RJ', 'Centro, Curitiba - PR'])}`, `${r.digits(5)}-${r.digits(3)}`],
  },
  {
    cc: 'MX', cultures: ['mx', 'mx', 'mx', 'es'], mail: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'],
    phone: (r) => r.pick([`55 ${r.digits(4)} ${r.digits(4)}`, `+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Ámsterdam'])} ${r.int(10, 3000)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}, Col. ${r.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Americana'])}`, `${r.pick(['06700 Ciudad de México, CDMX', '03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.'])}`],
  },
  {
    cc: 'ZA', cultures: ['ea', 'uk', 'ng', 'in'], mail: ['gmail.com', 'mweb.co.za', 'telkomsa.net'],
    phone: (r) => r.pick([`08${r.int(2, 4)} ${r.digits(3)} ${r.digits(4)}`, `+27 8${r.int(2, 4)} ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 200)} ${r.pick(['Kloof Street', 'Jan Smuts Avenue', 'Florida Road', 'Long Street'])}`, r.pick(['Gardens', 'Parkhurst', 'Morningside']), `${r.pick(['Cape Town, 8001', 'Johannesburg, 2193', 'Durban, 4001'])}`],
  },
  {
    cc: 'AE', cultures: ['ar', 'ar', 'in', 'pk', 'ph', 'uk'], mail: ['gmail.com', 'eim.ae', 'outlook.com'],
    phone: (r) => r.pick([`+971 5${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`, `05${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`, `+971 4 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`Apartment ${r.int(101, 4805)}, ${r.pick(['Marina Heights Tower', 'Al Noor Building', 'Creek Vista'])}`, `${r.pick(['Dubai Marina', 'Al Nahda', 'Business Bay'])}, ${r.pick(['Dubai', 'Sharjah'])}`, `PO Box ${r.int(1000, 99999)}`],
  },
];

function country(cc: string): Country {
  return COUNTRIES.find((c) => c.cc === cc) ?? (COUNTRIES[0] as Country);
}

const EU_CC = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'PL', 'SE', 'FI', 'DK', 'CZ', 'CH', 'NO'];
const EN_CC = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'ZA', 'SG', 'IN', 'AE'];

/* ------------------------------------------------------------------ value generator */

type NameStyle = 'full' | 'init' | 'inv' | 'caps' | 'lower' | 'given' | 'sur' | 'capsSur' | 'mid';

const HEX = '0123456789abcdef';

class G {
  constructor(readonly r: Rng) {}

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  /** A person, usually of one of the country's cultures. */
  person(cc?: string): Person {
    const r = this.r;
    const c = cc && r.chance(0.75) ? CULTURES.find((x) => x.id === r.pick(country(cc).cultures)) : undefined;
    const cul = c ?? r.pick(CULTURES);
    const g = r.pick(cul.given);
    const s = r.pick(cul.sur);
    return { g, s, east: r.chance(cul.east ?? 0), sep: ' ', lg: fold(g), ls: fold(s), native: false };
  }

  /** A person written in native script (ja / ko / zh). */
  nativePerson(k: 'jp' | 'kr' | 'cn'): Person {
    const n = NATIVE[k];
    const s = this.r.pick(n.sur);
    const g = this.r.pick(n.given);
    return { g: g[0], s: s[0], east: true, sep: n.sep, lg: g[1], ls: s[1], native: true };
  }

  /** A written form of a name (always exactly the span to label). */
  nm(p: Person, style?: NameStyle): string {
    const r = this.r;
    const st: NameStyle = style ?? (p.native ? r.pick(['full', 'full', 'sur'] as const) : r.pick(['full', 'full', 'full', 'full', 'init', 'inv', 'caps', 'lower', 'mid', 'capsSur'] as const));
    if (p.native && st !== 'given' && st !== 'sur') return full(p);
    switch (st) {
      case 'full': return full(p);
      case 'init': return p.east ? full(p) : `${p.g.charAt(0)}. ${p.s}`;
      case 'inv': return `${p.s}, ${p.g}`;
      case 'caps': return full(p).toUpperCase();
      case 'lower': return full(p).toLowerCase();
      case 'given': return p.g;
      case 'sur': return p.s;
      case 'capsSur': return `${p.s.toUpperCase()} ${p.g}`;
      case 'mid': return p.east ? full(p) : `${p.g} ${letters(r, 1)}. ${p.s}`;
    }
  }

  /** An honorific (with its trailing space) for a language. */
  hon(lang = 'en'): string {
    const h: Readonly<Record<string, readonly string[]>> = {
      en: ['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Mr ', 'Ms ', 'Mx. ', 'Miss '],
      de: ['Herr ', 'Frau ', 'Dr. '],
      fr: ['M. ', 'Mme ', 'Madame ', 'Monsieur '],
      es: ['Sr. ', 'Sra. ', 'D. ', 'Dña. '],
      it: ['Sig. ', 'Sig.ra ', 'Dott. '],
      pt: ['Sr. ', 'Sra. ', 'Dr. '],
      nl: ['dhr. ', 'mevr. '],
    };
    return this.r.pick(h[lang] ?? h.en ?? ['']);
  }

  phone(cc: string): string {
    return country(cc).phone(this.r);
  }

  addr(cc: string): string[] {
    return country(cc).addr(this.r);
  }

  /** A one-line address. */
  addr1(cc: string): string {
    return this.addr(cc).join(', ');
  }

  ymd(y0: number, y1: number): Ymd {
    return { y: this.r.int(y0, y1), m: this.r.int(1, 12), d: this.r.int(1, 28) };
  }

  date(cc: string, x?: Ymd): string {
    return this.r.pick(DATE_STYLES[cc] ?? DATE_STYLES.GB ?? [ISO])(x ?? this.ymd(2019, 2025));
  }

  dob(cc: string): string {
    return this.date(cc, this.ymd(1942, 2005));
  }

  email(p: Person, cc?: string): string {
    const r = this.r;
    const dom = cc && r.chance(0.7) ? r.pick(country(cc).mail) : r.pick(['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.com', 'hotmail.com', 'fastmail.com']);
    const g = p.lg || 'x', s = p.ls || 'y';
    const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${g}${s}${r.int(1, 99)}`, `${s}_${g}`, `${g}.${s}${r.int(70, 99)}`, `${g}-${s}`, `${s}.${g.charAt(0)}`, `${g}${r.int(1950, 2004)}`]);
    return `${local}@${dom}`;
  }

  /** A company-side address: role or staff. */
  workEmail(domain: string, p?: Person): string {
    if (p && this.r.chance(0.6)) return `${this.r.pick([`${p.lg}.${p.ls}`, `${p.lg.charAt(0)}${p.ls}`, p.lg])}@${domain}`;
    return `${this.r.pick(['claims', 'support', 'lettings', 'maintenance', 'accounts', 'leasing', 'fnol', 'repairs', 'info', 'noreply', 'tenancy', 'rentals', 'hello'])}@${domain}`;
  }

  card(): string {
    const r = this.r;
    const shape = r.int(0, 11);
    let pre: string;
    let len = 16;
    if (shape <= 3) { pre = '4'; len = r.chance(0.06) ? 13 : r.chance(0.04) ? 19 : 16; }
    else if (shape <= 5) pre = r.chance(0.6) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
    else if (shape <= 7) { pre = r.pick(['34', '37']); len = 15; }
    else if (shape === 8) pre = r.pick(['6011', '65', String(r.int(644, 649))]);
    else if (shape === 9) pre = String(r.int(3528, 3589));
    else if (shape === 10) { pre = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; }
    else pre = '62';
    const body = pre + r.digits(len - 1 - pre.length);
    const full = body + luhnDigit(body);
    return this.fmtCard(full);
  }

  fmtCard(d: string): string {
    const r = this.r;
    const sep = r.pick([' ', ' ', '-', '']);
    let groups: number[];
    if (d.length === 15) groups = [4, 6, 5];
    else if (d.length === 14) groups = [4, 6, 4];
    else if (d.length === 16) groups = [4, 4, 4, 4];
    else groups = [d.length];
    if (sep === '') return d;
    const out: string[] = [];
    let i = 0;
    for (const n of groups) {
      out.push(d.slice(i, i + n));
      i += n;
    }
    return out.join(sep);
  }

  /** A Luhn-invalid card-like number (unlabelled). */
  badCard(): string {
    for (;;) {
      const v = this.card();
      const d = v.replace(/\D/g, '');
      const last = Number(d.charAt(d.length - 1));
      const bad = d.slice(0, -1) + String((last + this.r.int(1, 9)) % 10);
      if (!luhnValid(bad)) return this.fmtCard(bad);
    }
  }

  ibanCompact(cc?: string): string {
    const r = this.r;
    const c = cc && IBAN_LENGTHS[cc] ? cc : r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'PL', 'GB', 'CH', 'SE', 'FI', 'DK', 'NO', 'LU', 'GR', 'CZ', 'HR', 'TR', 'AE', 'SA', 'BR', 'HU', 'RO', 'IS']);
    const n = (IBAN_LENGTHS[c] ?? 22) - 4;
    let bban: string;
    if (c === 'GB' || c === 'IE') bban = r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD', 'AIBK', 'BOFI', 'ULSB', 'MONZ']) + r.digits(n - 4);
    else if (c === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'BUNQ']) + r.digits(n - 4);
    else if (c === 'RO') bban = r.pick(['BTRL', 'RNCB', 'BRDE']) + r.digits(n - 4);
    else if (c === 'IT') bban = letters(r, 1) + r.digits(n - 1);
    else if (c === 'BR') bban = r.digits(n - 2) + 'C1';
    else bban = r.digits(n);
    return c + ibanCheck(c, bban) + bban;
  }

  fmtIban(compact: string): string {
    const r = this.r;
    const v = r.chance(0.6) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
    return r.chance(0.06) ? v.toLowerCase() : v;
  }

  iban(cc?: string): string {
    return this.fmtIban(this.ibanCompact(cc));
  }

  /** A checksum-invalid IBAN (unlabelled). */
  badIban(cc?: string): string {
    for (;;) {
      const c = this.ibanCompact(cc);
      const i = this.r.int(6, c.length - 1);
      const ch = c.charAt(i);
      if (!/\d/.test(ch)) continue;
      const bad = c.slice(0, i) + String((Number(ch) + this.r.int(1, 9)) % 10) + c.slice(i + 1);
      if (!ibanMod97Valid(bad)) return this.fmtIban(bad);
    }
  }

  ssn(): string {
    const r = this.r;
    let a = r.int(1, 899);
    if (a === 666) a = 667;
    const v = [pad(a, 3), pad(r.int(1, 99)), pad(r.int(1, 9999), 4)];
    return r.pick([v.join('-'), v.join('-'), v.join('-'), v.join('-'), v.join(' '), v.join('')]);
  }

  ipv4(): string {
    const r = this.r;
    return r.pick([
      () => `${r.pick([23, 31, 45, 62, 77, 81, 86, 94, 109, 142, 151, 176, 185, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      () => `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
      () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      () => `${r.int(24, 99)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ])();
  }

  ipv6(): string {
    const r = this.r;
    const h = (): string => {
      let s = HEX.charAt(r.int(1, 15));
      for (let i = r.int(0, 3); i > 0; i--) s += HEX.charAt(r.int(0, 15));
      return s;
    };
    const pre = r.pick(['2a02:8108', '2600:1700', '2a01:cb00', '2406:da18', '2607:fb90', '2003:e5', '2a00:23c5', '2001:4860', 'fe80:0', '2400:4050']);
    if (r.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}${r.chance(0.5) ? `:${h()}` : ''}`;
    return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  }

  ip(): string {
    return this.r.chance(0.7) ? this.ipv4() : this.ipv6();
  }

  /* ---- distractors (never labelled) ---- */

  claimNo(): string {
    const r = this.r;
    return r.pick([`CLM-${r.int(2021, 2025)}-${r.digits(7)}`, `${letters(r, 2)}${r.digits(8)}`, `FNOL/${r.digits(6)}`, `C-${r.digits(3)}-${r.digits(5)}-${letters(r, 1)}`, `HC${r.digits(9)}`, `${r.int(2022, 2025)}/SIN/${r.digits(5)}`]);
  }

  policyNo(): string {
    const r = this.r;
    return r.pick([`HO3-${r.digits(7)}-0${r.int(1, 9)}`, `MTR${r.digits(8)}`, `P/${r.digits(4)}/${r.digits(5)}`, `POL-${letters(r, 3)}-${r.digits(6)}`, `${letters(r, 2)}-${r.digits(4)}-${r.digits(4)}-${letters(r, 1)}`]);
  }

  ticket(): string {
    const r = this.r;
    return r.pick([`MT-${r.digits(5)}`, `#${r.int(10000, 999999)}`, `WO-${r.digits(4)}-${letters(r, 2)}`, `REQ${r.digits(6)}`, `T${r.int(100, 999)}-${r.digits(4)}`]);
  }

  hash(): string {
    const r = this.r;
    let s = '';
    const n = r.pick([12, 40, 64]);
    for (let i = 0; i < n; i++) s += HEX.charAt(r.int(0, 15));
    return s;
  }

  uuid(): string {
    const h = this.hash() + this.hash() + this.hash();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.padEnd(36, '0').slice(0, 36);
  }

  version(): string {
    const r = this.r;
    return r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 6)}.${r.int(0, 20)}.${r.int(0, 9)}`, `build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 999)}`, `iOS ${r.int(15, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`, `Android ${r.int(11, 15)}`]);
  }

  stamp(): string {
    const r = this.r;
    return `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}${r.pick(['Z', '+01:00', '.' + r.digits(3) + 'Z', '-05:00'])}`;
  }

  money(cur = '$'): string {
    const r = this.r;
    return `${cur}${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`;
  }

  maskedCard(): string {
    const r = this.r;
    return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(3)} •••• •••• ${r.digits(4)}`]);
  }

  maskedSsn(): string {
    return this.r.pick([`***-**-${this.r.digits(4)}`, `XXX-XX-${this.r.digits(4)}`, `xxx-xx-${this.r.digits(4)}`]);
  }

  maskedPhone(): string {
    return this.r.pick([`(***) ***-${this.r.digits(4)}`, `+44 **** ***${this.r.digits(3)}`, `07*** ***${this.r.digits(3)}`, `***-***-${this.r.digits(4)}`]);
  }

  /** An invalid SSN-shaped number (area 000 / 666 / 9xx): unlabelled. */
  badSsn(): string {
    const r = this.r;
    return `${r.pick(['000', '666', String(r.int(900, 999))])}-${pad(r.int(10, 99))}-${pad(r.int(1, 9999), 4)}`;
  }

  ein(): string {
    return `${pad(this.r.int(10, 98))}-${this.r.digits(7)}`;
  }

  routing(): string {
    return `0${this.r.int(1, 3)}${this.r.digits(7)}`;
  }

  vin(): string {
    return letters(this.r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + this.r.digits(2) + letters(this.r, 12, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789');
  }

  plate(cc: string): string {
    const r = this.r;
    if (cc === 'GB') return `${letters(r, 2)}${r.int(10, 74)} ${letters(r, 3)}`;
    if (cc === 'DE' || cc === 'AT') return `${r.pick(['B', 'M', 'K', 'HH', 'F', 'W'])}-${letters(r, 2)} ${r.int(10, 9999)}`;
    if (cc === 'FR') return `${letters(r, 2)}-${r.digits(3)}-${letters(r, 2)}`;
    if (cc === 'ES') return `${r.digits(4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
    if (cc === 'IT') return `${letters(r, 2)} ${r.digits(3)}${letters(r, 2)}`;
    if (cc === 'NL') return `${letters(r, 2)}-${r.digits(3)}-${letters(r, 1)}`;
    return `${r.int(1, 9)}${letters(r, 3)}${r.digits(3)}`;
  }

  /** A distractor sentence with no personal data. */
  trap(): string {
    const r = this.r;
    return r.pick([
      () => `(ref ${this.claimNo()}, logged ${this.stamp()})`,
      () => `Contractor quoted for a ${r.pick(['Jacuzzi', 'Kohler', 'Dyson', 'Bosch', 'Miele', 'Hoover', 'Whirlpool'])} replacement; ${r.pick(['Benjamin Moore', 'Sherwin-Williams', 'Dulux', 'Farrow & Ball'])} paint for touch-ups.`,
      () => `Water damage began during ${r.pick(['Storm Éowyn', 'Hurricane Helene', 'Storm Babet', 'Cyclone Alfred', 'Typhoon Hagibis', 'Storm Ciarán', 'Hurricane Ida'])}.`,
      () => `Building inspection per ${r.pick(["Megan's Law disclosure", 'the Renters\u2019 Rights Act', 'Section 8 of the Housing Act', 'Dodd-Frank', 'the Fair Housing Act', 'Sarbanes-Oxley'])} guidance, ${r.pick(['v2', 'rev. C', 'edition 4'])}.`,
      () => `Previous tenant left a ${r.pick(['Murphy bed', 'Tiffany lamp', 'Chesterfield sofa', 'Eames chair'])} in storage.`,
      () => `Card on file: ${this.maskedCard()}.`,
      () => `Old card ${this.badCard()} was declined (invalid number).`,
      () => `The IBAN ${this.badIban()} bounced — checksum error.`,
      () => `Landlord entity EIN ${this.ein()}, routing ${this.routing()}.`,
      () => `App ${this.version()} (${this.hash()}) on ${r.pick(['Android 14', 'iOS 17.4.1', 'Windows 11'])}.`,
      () => `Tracking ${r.pick(['1Z', 'JD0', 'LX'])}${letters(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(10)} for the replacement part.`,
      () => `Near ${r.pick(['Victoria Station', 'Lake Louise', 'the Wilson Building', 'Churchill House', 'Mandela Court', 'St. Mary\u2019s Hospital', 'Fort Lauderdale'])}.`,
      () => `Tenant's cat ${r.pick(['Biscuit', 'Mochi', 'Oscar', 'Luna', 'Winston'])} must be kept indoors during works.`,
      () => `Smoke alarm serial ${letters(r, 2)}${r.digits(8)}, last tested ${ISO(this.ymd(2023, 2025))}.`,
      () => `Masked SSN on file ${this.maskedSsn()}; phone ${this.maskedPhone()}.`,
      () => `Mould risk noted (possible ${r.pick(["Legionnaires' disease", 'aspergillosis', "Crohn's flare"])} concern raised).`,
      () => `Invoice INV-${r.digits(6)} dated ${ISO(this.ymd(2023, 2025))}, total ${this.money(r.pick(['$', '£', '€']))}.`,
      () => `See the ${r.pick(['Tesla Powerwall', 'Ford Transit', 'Mercedes-Benz Sprinter', 'Tim Hortons', "Dr. Martens", "McDonald's"])} note in section ${r.int(2, 9)}.${r.int(1, 9)}.`,
    ])();
  }
}

function luhnDigit(body: string): string {
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

function ibanCheck(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return pad(98 - rem);
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Spells a number out as a caller would say it. */
function spoken(r: Rng, num: string): string {
  const plus = num.startsWith('+');
  const groups = num.split(/\D+/).filter((x) => x !== '');
  const sep = r.pick([', ', ' ', ' ... ', ' - ']);
  const words = groups.map((gp) => gp.split('').map((c) => (c === '0' && r.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' '));
  return (plus ? 'plus ' : '') + words.join(sep);
}

function spokenEmail(e: string): string {
  return e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
}

/* ------------------------------------------------------------------ templates */

type Tpl = (g: G, d: Doc) => void;

/** Katakana readings of the Japanese native-script names (furigana). */
const KANA: Readonly<Record<string, string>> = {
  tanaka: 'タナカ', suzuki: 'スズキ', takahashi: 'タカハシ', watanabe: 'ワタナベ', sato: 'サトウ', ito: 'イトウ', mori: 'モリ', kobayashi: 'コバヤシ',
  hina: 'ヒナ', shota: 'ショウタ', misaki: 'ミサキ', kenichi: 'ケンイチ', yumi: 'ユミ', daisuke: 'ダイスケ', yui: 'ユイ',
};

const AGENCIES: readonly (readonly [string, string, string])[] = [
  ['Harbourview Lettings', 'harbourviewlettings.co.uk', 'GB'], ['Keystone Property Group', 'keystonepg.com', 'US'], ['Alder & Finch Estates', 'alderfinch.co.uk', 'GB'],
  ['Barlow & Quint Realty', 'barlowquint.com', 'US'], ['Nordlicht Hausverwaltung', 'nordlicht-hv.de', 'DE'], ['Immo Lumière', 'immo-lumiere.fr', 'FR'],
  ['Pinnacle Rentals', 'pinnaclerentals.com.au', 'AU'], ['Grachtenhuis Makelaars', 'grachtenhuis.nl', 'NL'], ['Inmobiliaria Solana', 'inmosolana.es', 'ES'],
  ['Maple Leaf Property Mgmt', 'mapleleafpm.ca', 'CA'], ['Whitaker & Moss Lettings', 'whitakermoss.co.uk', 'GB'], ['Casa Serena Immobiliare', 'casaserena.it', 'IT'],
  ['Tasman Property Co', 'tasmanprop.co.nz', 'NZ'], ['Liffey Lets', 'liffeylets.ie', 'IE'], ['Desert Rose Realty', 'desertrose.ae', 'AE'],
];
const INSURERS: readonly (readonly [string, string])[] = [
  ['Meridian Mutual', 'meridianmutual.com'], ['Bluestone Insurance', 'bluestone-ins.co.uk'], ['Halvorsen Forsikring', 'halvorsen.no'], ['Assurances du Rhône', 'adrhone.fr'],
  ['Lindenhof Versicherung AG', 'lindenhof-vers.de'], ['Seguros Alameda', 'segurosalameda.es'], ['Northgate General', 'northgategeneral.com'], ['Kestrel Home & Motor', 'kestrelhm.ie'],
  ['Southern Cross Cover', 'sccover.com.au'], ['Polder Verzekeringen', 'polderverzekeringen.nl'], ['Granite State Casualty', 'granitecas.com'],
];
const BOTS = ['Assistant', 'HomeHelp AI', 'Ava (virtual agent)', 'ClaimBot', 'Keystone Assistant', 'AI', 'Support bot', 'Hestia'];
const USERS = ['User', 'Tenant', 'Customer', 'Me', 'Landlord', 'Policyholder', 'You'];

function agency(g: G, cc?: string): readonly [string, string, string] {
  const local = AGENCIES.filter((a) => a[2] === cc);
  return local.length > 0 && g.r.chance(0.7) ? g.pick(local) : g.pick(AGENCIES);
}

/** Writes a person's name, either as the known user (full name) or in a random form. */
function who(g: G, d: Doc, p: Person, self: boolean, style?: NameStyle): void {
  if (self) d.self(full(p));
  else d.p(g.nm(p, style));
}

/** Writes an address, multi-line or on one line. */
function addr(d: Doc, lines: readonly string[], sep = '\n'): void {
  d.l('ADDRESS', lines.join(sep));
}

function chatTags(g: G): [string, string] {
  return [g.pick(USERS), g.pick(BOTS)];
}

const rentalApplicationUS: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['US', 'US', 'CA']), a = agency(g, cc), p = g.person(cc), self = r.chance(0.3);
  d.t(`RENTAL APPLICATION — ${a[0]}\nProperty applied for: `); addr(d, g.addr(cc), ', ');
  d.t(`\nDesired move-in: ${g.date(cc)}\n\n--- Applicant ---\nFull legal name: `); who(g, d, p, self, r.pick(['full', 'caps', 'mid'] as const));
  d.t('\nDate of birth: ').l('DOB', g.dob(cc));
  if (cc === 'US') { d.t('\nSSN: '); if (r.chance(0.85)) d.l('NATIONAL_ID', g.ssn()); else d.t(g.maskedSsn()); } else d.t(`\nSIN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`);
  d.t('\nMobile: ').l('PHONE', g.phone(cc)).t('\nEmail: ').l('EMAIL', g.email(p, cc)).t('\nCurrent address:\n'); addr(d, g.addr(cc));
  d.t(`\nTime at address: ${r.int(1, 9)} yrs ${r.int(0, 11)} mos\nCurrent landlord: `).p(g.nm(g.person(cc))).t(' — ').l('PHONE', g.phone(cc));
  d.t(`\nEmployer: ${r.pick(['Brightline Logistics', 'Cedar Health Partners', 'Ford Motor Company', 'self-employed', 'Tesla Inc.', 'City of Columbus'])} (EIN ${g.ein()})\nSupervisor: `).p(g.nm(g.person(cc)));
  d.t(`\nGross monthly income: ${g.money()}\n`);
  if (r.chance(0.4)) {
    const c = g.person(cc);
    d.t('Co-applicant: ').p(g.nm(c)).t(', DOB ').l('DOB', g.dob(cc)).t(', ').l('EMAIL', g.email(c, cc)).t('\n');
  }
  if (r.chance(0.35)) d.t('Holding deposit paid by card: ').l('CARD', g.card()).t(` (exp ${pad(r.int(1, 12))}/${r.int(26, 30)})\n`);
  d.t(`Pets: ${r.pick(['none', '1 dog (Biscuit, 4 y/o)', '2 cats', 'one rabbit named Rose'])}\nSignature: /s/ `); who(g, d, p, self, 'full');
  d.t(`   Date: ${g.date(cc)}\n`);
  if (r.chance(0.7)) d.t('Submitted from IP ').l('IP', g.ip()).t(` via portal ${g.version()}\n`);
};

const screeningJson: Tpl = (g, d) => {
  const r = g.r, p = g.person('US');
  d.t(`{\n  "report_id": "TSR-${r.digits(8)}",\n  "generated": "${g.stamp()}",\n  "applicant": {\n    "name": "`).p(g.nm(p, r.pick(['full', 'caps', 'inv'] as const)));
  d.t('",\n    "dob": "').l('DOB', ISO(g.ymd(1950, 2004))).t('",\n    "ssn": "').l('NATIONAL_ID', g.ssn()).t('",\n    "phone": "').l('PHONE', g.phone('US')).t('",\n    "email": "').l('EMAIL', g.email(p, 'US'));
  d.t('"\n  },\n  "address_history": [\n');
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) { d.t('    { "address": "'); addr(d, g.addr('US'), ', '); d.t(`", "from": "${ISO(g.ymd(2012, 2024))}" }${i < n - 1 ? ',' : ''}\n`); }
  d.t(`  ],\n  "credit_score": ${r.int(540, 820)},\n  "evictions": ${r.int(0, 1)},\n  "criminal": "none found",\n  "requested_by": "`).l('EMAIL', g.workEmail(agency(g, 'US')[1]));
  d.t(`",\n  "client_ip": "`).l('IP', g.ip()).t(`",\n  "checksum": "${g.hash()}"\n}`);
};

const screeningCsv: Tpl = (g, d) => {
  const r = g.r;
  d.t('applicant_id,name,dob,ssn,email,phone,status\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person('US');
    d.t(`A${r.digits(6)},`).p(g.nm(p, r.pick(['full', 'inv', 'caps'] as const)).replace(/,/g, ' ').replace(/\s+/g, ' ')).t(',').l('DOB', r.chance(0.5) ? ISO(g.ymd(1950, 2004)) : g.date('US', g.ymd(1950, 2004)).replace(/,/g, '')).t(',');
    if (r.chance(0.75)) d.l('NATIONAL_ID', g.ssn()); else d.t(r.chance(0.5) ? g.maskedSsn() : '');
    d.t(',').l('EMAIL', g.email(p)).t(',').l('PHONE', g.phone('US').replace(/,/g, '')).t(`,${r.pick(['approved', 'pending', 'declined', 'conditional'])}\n`);
  }
};

const ukReferencing: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['GB', 'GB', 'IE']), p = g.person(cc), a = agency(g, cc), self = r.chance(0.3);
  d.t(`TENANT REFERENCING FORM\n${a[0]} · Ref ${g.ticket()}\n\n1. Your details\nTitle: ${g.hon().trim()}\nName: `); who(g, d, p, self, 'full');
  d.t('\nDate of birth: ').l('DOB', g.dob(cc)).t(`\nNational Insurance no.: ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}\nMobile: `).l('PHONE', g.phone(cc));
  d.t('\nEmail: ').l('EMAIL', g.email(p, cc)).t('\n\n2. Current address\n'); addr(d, g.addr(cc));
  d.t(`\nMoved in: ${g.date(cc)}\n\n3. Employer reference\nCompany: ${r.pick(['Northern Rail Ltd', 'NHS Leeds Trust', 'Greggs plc', 'Marks & Spencer'])}\nContact: `).p(g.nm(g.person(cc))).t(`, ${r.pick(['HR Manager', 'Line manager', 'Payroll'])}\nTel: `).l('PHONE', g.phone(cc));
  if (r.chance(0.6)) { const gu = g.person(cc); d.t('\n\n4. Guarantor\n').p(g.nm(gu)).t(' — ').l('EMAIL', g.email(gu, cc)).t(', born ').l('DOB', g.dob(cc)); }
  d.t(`\n\nDeposit to be protected with ${r.pick(['the DPS', 'mydeposits', 'TDS'])}. ${g.trap()}\n`);
};

const deSelbstauskunft: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['DE', 'DE', 'AT', 'CH']), p = g.person(cc), a = agency(g, 'DE'), self = r.chance(0.25);
  d.t(`Mieterselbstauskunft — ${a[0]}\nObjekt: `); addr(d, g.addr(cc), ', ');
  d.t(`, ${r.int(1, 5)}. OG links\n\nName, Vorname: `); if (self) d.self(full(p)); else d.p(`${p.s}, ${p.g}`);
  d.t('\nGeburtsdatum: ').l('DOB', g.dob(cc)).t('\nDerzeitige Anschrift:\n'); addr(d, g.addr(cc));
  d.t('\nTelefon: ').l('PHONE', g.phone(cc)).t('\nE-Mail: ').l('EMAIL', g.email(p, cc));
  d.t(`\nArbeitgeber: ${r.pick(['Stadtwerke', 'Siemens Healthineers', 'Deutsche Bahn', 'Selbstständig'])}, netto ${r.int(1800, 5200)} €\nSCHUFA-ID: ${r.digits(10)}\nBankverbindung (IBAN): `).l('IBAN', g.iban(r.pick(['DE', 'DE', 'AT'])));
  d.t(`\nHaustiere: ${r.pick(['keine', 'eine Katze (Mimi)', 'Hund'])}\nVorvermieter: `).p(g.nm(g.person(cc), r.pick(['full', 'sur'] as const))).t(', Tel. ').l('PHONE', g.phone(cc));
  d.t(`\nMietbeginn gewünscht ab ${g.date('DE')}.\n`);
};

const frDossierEmail: Tpl = (g, d) => {
  const r = g.r, p = g.person('FR'), a = agency(g, 'FR'), agent = g.person('FR');
  d.t(`Objet : Dossier de location – appartement T${r.int(1, 4)}, réf. ${g.ticket()}\n\nBonjour ${g.hon('fr')}`).p(agent.s).t(',\n\nSuite à la visite, voici mon dossier. Je m’appelle ').self(full(p)).t(', né(e) le ').l('DOB', g.dob('FR'));
  d.t('. J’habite actuellement au ').l('ADDRESS', g.addr1('FR')).t('.\nMon garant est ').p(g.nm(g.person('FR'))).t(` (ma ${r.pick(['mère', 'tante', 'sœur'])}), joignable au `).l('PHONE', g.phone('FR'));
  d.t('.\nRIB pour le prélèvement : ').l('IBAN', g.iban('FR')).t(`\nJe joins mes trois dernières fiches de paie et mon avis d’imposition ${r.int(2022, 2024)}.\n\nCordialement,\n`);
  d.p(g.nm(p, r.pick(['full', 'capsSur'] as const))).t('\n').l('PHONE', g.phone('FR')).t(' · ').l('EMAIL', g.email(p, 'FR')).t(`\n\n-- envoyé à ${a[0]}\n`);
};

const esSolicitud: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['ES', 'ES', 'MX']), p = g.person(cc), s2 = g.pick(CULTURES.find((c) => c.id === 'es')?.sur ?? ['Gil']);
  const name = `${p.g} ${p.s} ${s2}`;
  d.t(`SOLICITUD DE ALQUILER\nInmueble: `); addr(d, g.addr(cc), ', ');
  d.t('\nNombre completo: '); if (r.chance(0.3)) d.self(name); else d.p(r.chance(0.3) ? name.toUpperCase() : name);
  d.t(`\n${cc === 'ES' ? 'DNI/NIE' : 'CURP'}: ${cc === 'ES' ? r.digits(8) + letters(r, 1) : letters(r, 4) + r.digits(6) + letters(r, 6) + r.digits(2)}\nFecha de nacimiento: `).l('DOB', g.dob(cc));
  d.t('\nTeléfono: ').l('PHONE', g.phone(cc)).t('\nCorreo electrónico: ').l('EMAIL', g.email(p, cc)).t('\nDomicilio actual: ').l('ADDRESS', g.addr1(cc));
  d.t(`\nAval bancario: ${r.pick(['Sí', 'No'])}  ·  Fianza: ${r.int(1, 2)} mensualidades\nCuenta para domiciliar: `).l('IBAN', g.iban('ES'));
  d.t(`\nObservaciones: ${r.pick(['trabajo en remoto', 'tengo un gato, Luna', 'necesito plaza de garaje'])}. ${g.trap()}\n`);
};

const jpApplication: Tpl = (g, d) => {
  const r = g.r, p = g.nativePerson('jp'), e = g.nativePerson('jp');
  d.t(`入居申込書（受付番号 ${r.digits(8)}）\n物件名：${r.pick(['パークハイツ', 'メゾン桜', 'グランドール'])} ${r.int(101, 805)}号室\n申込者氏名：`).p(full(p)).t('\nフリガナ：').p(`${KANA[p.ls] ?? 'ヤマダ'} ${KANA[p.lg] ?? 'ハナコ'}`).t('\n生年月日：').l('DOB', g.dob('JP'));
  d.t('\n現住所：').l('ADDRESS', `${r.int(100, 999)}-${r.digits(4)} ${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`);
  d.t('\n電話番号：').l('PHONE', g.phone('JP')).t('\nメール：').l('EMAIL', `${p.ls}.${p.lg}@${g.pick(country('JP').mail)}`);
  d.t(`\n勤務先：${r.pick(['株式会社ミドリ商事', '市役所', '自営業'])}（年収 ${r.int(300, 900)}万円）\n緊急連絡先：`).p(full(e)).t('（').t(r.pick(['父', '母', '兄', '姉'])).t('）').l('PHONE', g.phone('JP'));
  d.t(`\n入居希望日：${g.date('JP')}\n`);
};

const applicationStatusChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), p = g.person(cc), [u, b] = chatTags(g), a = agency(g, cc);
  d.t(`${u}: hi, I applied for the ${r.int(1, 3)}-bed at `).l('ADDRESS', g.addr1(cc)).t(` last week through ${a[0]} and haven't heard back\n`);
  d.t(`${b}: I can check that for you. Could you confirm the full name and date of birth on the application?\n${u}: `).self(full(p)).t(', ').l('DOB', g.dob(cc));
  const useGiven = r.chance(0.5);
  d.t(`\n${b}: Thanks, ${useGiven ? '' : g.hon()}`).p(useGiven ? p.g : p.s).t(`. Your application ${g.ticket()} is with the landlord for a decision. They usually reply within ${r.int(2, 5)} working days.\n${u}: ok can they reach me on `).l('PHONE', g.phone(cc)).t(' instead of my email? I no longer check ').l('EMAIL', g.email(p, cc));
  d.t(`\n${b}: Done — I've added that number as the preferred contact. ${r.pick(['Is there anything else?', 'Anything else I can help with?'])}\n`);
};

const guarantorForm: Tpl = (g, d) => {
  const r = g.r, p = g.person('US'), t = g.person('US'), self = r.chance(0.3);
  d.t(`LEASE GUARANTY — ADDENDUM ${letters(r, 1)}\nTenant(s): `).p(g.nm(t)).t('\nPremises: '); addr(d, g.addr('US'), ', ');
  d.t('\n\nGuarantor name: '); who(g, d, p, self, 'full');
  d.t('\nDOB: ').l('DOB', g.dob('US')).t('   SSN: ').l('NATIONAL_ID', g.ssn()).t('\nHome address: '); addr(d, g.addr('US'), ', ');
  d.t('\nCell: ').l('PHONE', g.phone('US')).t('   Work: ').l('PHONE', g.phone('US')).t(` ext. ${r.int(100, 9999)}\nEmail: `).l('EMAIL', g.email(p, 'US'));
  d.t(`\nAnnual income: $${r.int(40, 250)},${r.digits(3)} · Employer EIN ${g.ein()}\nRelationship to tenant: ${r.pick(['parent', 'uncle', 'former employer', 'grandparent'])}\n`);
  d.t(`Guarantor agrees to be jointly liable for rent of ${g.money()} per month from ${g.date('US')}.\n`);
};

const leaseExcerpt: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['US', 'CA', 'AU', 'GB', 'NZ', 'IE', 'ZA']), ll = g.person(cc), t1 = g.person(cc);
  d.t(`RESIDENTIAL TENANCY AGREEMENT\n\nThis agreement is made on ${g.date(cc)} between `).p(g.nm(ll, r.pick(['full', 'caps'] as const))).t(' ("Landlord"), of ');
  addr(d, g.addr(cc), ', '); d.t(', and ').p(g.nm(t1, r.pick(['full', 'caps'] as const)));
  if (r.chance(0.5)) d.t(' and ').p(g.nm(g.person(cc), 'full'));
  d.t(' ("Tenant").\n\n1. PREMISES. The Landlord lets to the Tenant the dwelling at:\n'); addr(d, g.addr(cc));
  d.t(`\ntogether with parking bay ${r.int(1, 80)} and storage cage ${letters(r, 1)}${r.int(1, 30)} (basement, next to the lift).\n\n2. TERM. ${r.int(6, 24)} months commencing ${g.date(cc)}.\n3. RENT. ${g.money(cc === 'GB' ? '£' : '$')} per month, payable in advance on the ${ordinal(r.int(1, 28))} `);
  if (cc === 'GB' || cc === 'IE') d.t('to account ').l('IBAN', g.iban(cc));
  else d.t(`by direct deposit (routing ${g.routing()}, account ending ${r.digits(4)})`);
  d.t(`.\n4. NOTICES may be served on the Landlord at `).l('EMAIL', g.email(ll, cc)).t(' or by phone on ').l('PHONE', g.phone(cc));
  d.t(`.\n5. SMOKE ALARMS. ${g.trap()}\n\nSigned: ______________________  `).p(g.nm(ll, 'full')).t('\n');
};

const ukRenewalLetter: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['GB', 'GB', 'IE']), p = g.person(cc), a = agency(g, cc), agent = g.person(cc);
  const hon = g.hon();
  d.t(`${a[0]}\n`); addr(d, g.addr(cc)); d.t('\nT: ').l('PHONE', g.phone(cc)).t(`\n\n${g.date(cc)}\n\n${hon}`).p(g.nm(p, r.pick(['full', 'init'] as const))).t('\n'); addr(d, g.addr(cc));
  d.t(`\n\nDear ${hon}`).p(p.s).t(`,\n\nRe: Renewal of your tenancy\n\nYour fixed term ends on ${g.date(cc)}. The landlord, `).p(g.nm(g.person(cc))).t(`, is happy to renew for a further ${r.pick(['12', '6', '18'])} months at £${r.int(700, 2600)} pcm (currently £${r.int(650, 2500)}).`);
  d.t(` Please reply by ${g.date(cc)}. If you intend to leave, we will arrange a check-out with our inventory clerk.\n\nKind regards,\n\n`).p(g.nm(agent, 'full')).t(`\nProperty Manager\n`).l('EMAIL', g.workEmail(a[1], agent)).t(r.chance(0.5) ? ' | DD ' : '\nDirect: ').l('PHONE', g.phone(cc)).t('\n');
};

const renewalChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), p = g.person(cc), [u, b] = chatTags(g);
  d.t(`${u}: My lease at `).l('ADDRESS', g.addr1(cc)).t(` is up on ${g.date(cc)}. I'd like to renew for another year but the rent increase of ${r.int(4, 15)}% seems steep.\n`);
  d.t(`${b}: I understand. To pull up the lease, please share the name on the tenancy.\n${u}: `).self(full(p));
  const co = r.int(0, 2);
  if (co === 1) d.t(' (and my partner ').p(g.nm(g.person(cc), 'full')).t(')');
  else if (co === 2) d.t(' — co-tenant is ').p(g.nm(g.person(cc), 'full'));
  d.t(`\n${b}: Found it. I can ask the landlord about a ${r.int(2, 5)}% increase instead. Where should the revised offer go?\n${u}: email `).l('EMAIL', g.email(p, cc)).t(r.chance(0.5) ? ', or text ' : ' or call ').l('PHONE', g.phone(cc));
  d.t(`\n${b}: Noted. ${r.pick(['I will send a summary.', 'Expect an answer this week.'])} Reference: ${g.ticket()}.\n`);
};

const nlHuur: Tpl = (g, d) => {
  const r = g.r, v = g.person('NL'), h = g.person('NL');
  d.t('HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n1. ').p(g.nm(v, 'full')).t(', wonende te ').l('ADDRESS', g.addr1('NL')).t(', hierna "verhuurder";\n2. ').p(g.nm(h, r.pick(['full', 'init'] as const)));
  d.t(', geboren op ').l('DOB', g.dob('NL')).t(', hierna "huurder",\n\nverklaren: verhuurder verhuurt aan huurder de woning ').l('ADDRESS', g.addr1('NL'));
  d.t(`.\nIngangsdatum: ${g.date('NL')}. Huurprijs € ${r.int(900, 2400)},- per maand, te voldoen op rekening `).l('IBAN', g.iban('NL'));
  d.t(` t.n.v. `).p(g.nm(v, 'init')).t(`.\nBorg: € ${r.int(1000, 4000)},-. Energielabel ${r.pick(['A', 'B', 'C'])}. Contact huurder: `).l('PHONE', g.phone('NL')).t(', ').l('EMAIL', g.email(h, 'NL')).t('\n');
};

const itContratto: Tpl = (g, d) => {
  const r = g.r, l = g.person('IT'), c = g.person('IT');
  d.t('CONTRATTO DI LOCAZIONE AD USO ABITATIVO (L. 431/1998)\n\nIl/La Sig./Sig.ra ').p(g.nm(l, r.pick(['full', 'capsSur'] as const))).t(`, nato/a a ${r.pick(['Napoli', 'Bari', 'Torino'])} il `).l('DOB', g.dob('IT'));
  d.t(`, C.F. ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}, residente in `).l('ADDRESS', g.addr1('IT')).t(' (locatore)\n\nconcede in locazione a ').p(g.nm(c, 'full'));
  d.t(', nato/a il ').l('DOB', g.dob('IT')).t(` (conduttore), che accetta, l'unità immobiliare sita in `).l('ADDRESS', g.addr1('IT'));
  d.t(`, piano ${r.int(1, 6)}, interno ${r.int(1, 20)}, per la durata di anni 4+4 a decorrere dal ${g.date('IT')}.\nCanone annuo € ${r.int(6000, 18000)}, da versare mediante bonifico sull'IBAN `).l('IBAN', g.iban('IT'));
  d.t('.\nRecapiti del conduttore: tel. ').l('PHONE', g.phone('IT')).t(', PEC ').l('EMAIL', `${c.ls}.${c.lg}@pec.it`).t('\n');
};

const subletEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick([...EN_CC, 'DE', 'NL']), p = g.person(cc), ll = g.person(cc), sub = g.person(cc);
  d.t(`From: `).l('EMAIL', g.email(p, cc)).t('\nTo: ').l('EMAIL', g.email(ll, cc)).t(`\nSubject: sublet request – ${r.pick(['summer', 'Jan–Mar', 'six months'])}\n\nHi `).p(ll.g);
  d.t(`,\n\nI'm going abroad for work and would like to sublet my room from ${g.date(cc)} to ${g.date(cc)}. The subtenant would be `).p(g.nm(sub, 'full'));
  d.t(`, a colleague (born `).l('DOB', g.dob(cc)).t('); she can be reached at ').l('PHONE', g.phone(cc)).t('. Her current address is ').l('ADDRESS', g.addr1(cc));
  d.t(`.\nRent would still come from my account as usual. ${g.trap()}\n\nThanks,\n`).self(full(p)).t('\n');
};

const auNoticeToVacate: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['AU', 'AU', 'NZ']), p = g.person(cc), a = agency(g, cc);
  d.t(`NOTICE OF INTENTION TO VACATE (Form ${r.int(12, 13)})\nTo: ${a[0]} — `).l('EMAIL', g.workEmail(a[1])).t('\nRented premises: '); addr(d, g.addr(cc), ', ');
  d.t(`\nI/We give notice that I/we will vacate the premises on ${g.date(cc)}.\nTenant name(s): `).p(g.nm(p, 'full'));
  if (r.chance(0.5)) d.t(' & ').p(g.nm(g.person(cc), 'full'));
  d.t('\nForwarding address:\n'); addr(d, g.addr(r.chance(0.7) ? cc : g.pick(EN_CC)));
  d.t('\nContact number: ').l('PHONE', g.phone(cc)).t('\nBond refund to: BSB ').t(`${r.digits(3)}-${r.digits(3)} Acct ${r.digits(8)}`).t(`\nSigned: `).p(g.nm(p, 'init')).t(`   Date: ${g.date(cc)}\n`);
};

const maintenanceTicket: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), c = g.person(cc), a = agency(g, cc);
  d.t(`=== Maintenance request ${g.ticket()} ===\nPriority: ${r.pick(['P1 – emergency', 'P2 – urgent', 'P3 – routine'])}\nCategory: ${r.pick(['Plumbing / leak', 'Heating / boiler', 'Electrical', 'Pest control', 'Appliance', 'Mould / damp'])}\nReported by: `);
  d.p(g.nm(p)).t(' (tenant)\nUnit: ').l('ADDRESS', g.addr1(cc)).t('\nContact: ').l('PHONE', g.phone(cc));
  if (r.chance(0.5)) d.t(' / ').l('EMAIL', g.email(p, cc));
  d.t(`\nPermission to enter: ${r.pick(['yes, key in lockbox (code shared by phone)', 'no – call first', 'yes, weekdays 9–5'])}\nDescription: ${r.pick(['water dripping through the bathroom ceiling light', 'boiler shows error F28 and no hot water', 'the Bosch dishwasher leaks from the door seal', 'mice behind the fridge', 'black mould above the window in bedroom 2'])}.\n`);
  d.t('Assigned to: ').p(g.nm(c, r.pick(['full', 'init', 'given'] as const))).t(` (${r.pick(['AquaFix Plumbing', 'Sparks & Sons', 'Hendricks HVAC', 'PestAway'])}) `).l('PHONE', g.phone(cc));
  d.t(`\nScheduled: ${g.date(cc)} ${pad(r.int(8, 17))}:00\nCreated via ${a[0]} portal from `).l('IP', g.ip()).t(`\n${g.trap()}\n`);
};

const maintenanceJson: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), v = g.person(cc);
  d.t(`{"id":"${g.uuid()}","type":"work_order","status":"${r.pick(['open', 'scheduled', 'closed'])}","created_at":"${g.stamp()}",\n "tenant":{"name":"`).p(g.nm(p, r.pick(['full', 'lower', 'caps'] as const)));
  d.t('","phone":"').l('PHONE', g.phone(cc)).t('","email":"').l('EMAIL', g.email(p, cc)).t('"},\n "property":{"address":"').l('ADDRESS', g.addr1(cc)).t(`","unit_ref":"U-${r.digits(4)}"},\n "vendor":{"contact":"`);
  d.p(g.nm(v, 'full')).t(`","company":"${r.pick(['Hoover Repairs Ltd', 'Dewalt Pro Services', 'Kelvin Heating', 'Otis Elevator Co'])}","mobile":"`).l('PHONE', g.phone(cc));
  d.t(`"},\n "audit":{"source_ip":"`).l('IP', g.ip()).t(`","client":"${g.version()}","sha":"${g.hash()}"},\n "notes":"${r.pick(['tenant prefers mornings', 'dog on site – friendly', 'access via side gate', 'replace P-trap'])}"}`);
};

const leakChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), [u, b] = chatTags(g), tech = g.person(cc);
  d.t(`${u}: there's water coming through the ceiling in my kitchen!! the flat above is empty I think\n${b}: I'm sorry — that sounds urgent. If water is near electrics, switch them off at the consumer unit. Can I have your name and the property address?\n${u}: `).self(full(p));
  d.t(', ').l('ADDRESS', g.addr1(cc)).t(`\n${b}: Thank you. What's the best number for the plumber to call?\n${u}: `);
  if (r.chance(0.3)) d.t(`${g.maskedPhone()} is on file but it's old, use `);
  d.l('PHONE', g.phone(cc)).t(`\n${b}: I've raised emergency job ${g.ticket()}. `).p(g.nm(tech, r.pick(['given', 'full'] as const))).t(` from ${r.pick(['RapidFlow', 'Drip Doctors', 'Mario Bros Plumbing'])} will call within 2 hours.`);
  d.t(` ${r.pick(['Please take photos for the insurer.', 'Keep buckets under the leak.'])}\n${u}: thanks. also cc my landlord `).p(g.nm(g.person(cc), r.pick(['full', 'given'] as const))).t(' on ').l('EMAIL', g.email(g.person(cc)));
  d.t(`\n${b}: Done.\n`);
};

const workOrderEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), pm = g.person(cc), ct = g.person(cc), t = g.person(cc), a = agency(g, cc);
  d.t('From: ').l('EMAIL', g.workEmail(a[1], pm)).t('\nTo: ').l('EMAIL', `${r.pick(['jobs', 'office', 'bookings'])}@${r.pick(['aquafixplumbing.com', 'sparksandsons.co.uk', 'hendrickshvac.com'])}`);
  d.t(`\nSubject: Work order ${g.ticket()} – ${r.pick(['replace extractor fan', 'service boiler', 'fix Jacuzzi jets', 'repair gutter'])}\n\nHi `).p(ct.g).t(',\n\nPlease attend ').l('ADDRESS', g.addr1(cc));
  d.t(` on ${g.date(cc)} between 8 and 12. Tenant: `).p(g.nm(t, r.pick(['full', 'init'] as const))).t(', mobile ').l('PHONE', g.phone(cc));
  d.t(`. Parking is on ${r.pick(['Lincoln Ave', 'the street behind the Wilson Building', 'level B2'])}. Not-to-exceed ${g.money()} without approval.\n\nThanks,\n`).p(g.nm(pm, 'full')).t(`\n${a[0]} | `).l('PHONE', g.phone(cc)).t('\n');
};

const afterHoursCall: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE']), p = g.person(cc), op = g.person(cc);
  const ph = g.phone(cc), em = g.email(p, cc);
  d.t(`[After-hours line · call ID AH-${r.digits(5)} · auto-transcript]\nOPERATOR (`).p(op.g).t(`): Emergency maintenance, this is `).p(op.g).t(`. What's the problem?\nCALLER: Hi, yeah, the smoke alarm keeps chirping and now the power's gone in half the flat.\nOPERATOR: Okay. Can I take your name?\nCALLER: It's `);
  d.p(r.chance(0.5) ? full(p) : p.g).t(`${r.pick(['', ', I rent the upstairs flat', ' — tenant'])}\nOPERATOR: And the address?\nCALLER: `).l('ADDRESS', g.addr1(cc));
  d.t('\nOPERATOR: Best callback number?\nCALLER: ').l('PHONE', spoken(r, ph)).t("\nOPERATOR: And an email for the job sheet?\nCALLER: ").l('EMAIL', spokenEmail(em));
  d.t(`\nOPERATOR: Thanks. I'm sending an electrician; job ${g.ticket()}. Don't touch the fuse board.\n[call ended ${g.stamp()}]\n`);
};

const smsThread: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, pm = g.person(cc), t = g.person(cc);
  d.t(`SMS export · ${g.date(cc)}\n`);
  d.t('[09:12] ').l('PHONE', g.phone(cc)).t(` → me: Hi it's `).p(pm.g).t(` from the letting agency, the gas engineer is coming tmrw 8-10am for the safety check, ok?\n[09:40] me: yes fine. I'm out so my housemate `).p(g.nm(g.person(cc), r.pick(['given', 'full'] as const))).t(' will let him in\n');
  d.t(`[09:41] me: his number is `).l('PHONE', g.phone(cc)).t(`\n[09:55] `).p(pm.g).t(`: perfect thx. pls leave cat (Oscar) in bedroom. Cert ref GSC-${r.digits(7)}\n[18:03] me: also can u send the new contract to `).l('EMAIL', g.email(t, cc)).t(' not the old one\n');
  d.t(`[18:10] `).p(pm.g).t(': will do 👍\n');
};

const deReparatur: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['DE', 'DE', 'AT', 'CH']), p = g.person(cc), hv = g.person('DE');
  d.t(`Betreff: Schadensmeldung – ${r.pick(['Heizung defekt', 'Wasserschaden Bad', 'Rollladen klemmt', 'Schimmel im Schlafzimmer'])}\n\nSehr geehrte${r.chance(0.5) ? ' Frau' : 'r Herr'} `).p(hv.s).t(`,\n\nin meiner Wohnung (`).l('ADDRESS', g.addr1(cc)).t(`, ${r.int(1, 5)}. OG) ist seit dem ${g.date('DE')} ${r.pick(['die Heizung ausgefallen', 'Wasser unter der Wanne', 'der Rollladen blockiert'])}.`);
  d.t(` Ich bitte um kurzfristige Reparatur. Erreichbar bin ich unter `).l('PHONE', g.phone(cc)).t(` (werktags ab 17 Uhr) oder per E-Mail an `).l('EMAIL', g.email(p, cc));
  d.t(`.\nMietminderung behalte ich mir vor (§ 536 BGB).\n\nMit freundlichen Grüßen\n`).self(full(p)).t('\n');
};

const viewingSchedule: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, ag = g.person(cc);
  d.t('VIEWINGS — ').l('ADDRESS', g.addr1(cc)).t(`\nDate: ${g.date(cc)} · Agent: `).p(g.nm(ag, r.pick(['full', 'given'] as const))).t(' (').l('PHONE', g.phone(cc)).t(')\n\nTime  | Prospect | Phone | Notes\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person(cc);
    d.t(`${pad(r.int(9, 18))}:${r.pick(['00', '15', '30', '45'])} | `).p(g.nm(p, r.pick(['full', 'init', 'sur', 'inv'] as const))).t(' | ');
    if (r.chance(0.8)) d.l('PHONE', g.phone(cc)); else d.t(g.maskedPhone());
    d.t(` | ${r.pick(['has dog', 'needs parking', 'relocating from Charlotte', 'second viewing', '—', 'student, guarantor needed', 'works at Dyson'])}\n`);
  }
  d.t(`Key: lockbox ${r.digits(4)}. Meet at the concierge desk in the lobby.\n`);
};

const openHouseCsv: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC);
  d.t(`# open house sign-in, listing ML${r.digits(7)}, exported ${g.stamp()}\nname,email,phone,pre_approved,agent\n`);
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = g.person(cc);
    d.p(g.nm(p, r.pick(['full', 'lower', 'full', 'init'] as const))).t(',');
    if (r.chance(0.8)) d.l('EMAIL', g.email(p, cc)); else d.t('—');
    d.t(',');
    if (r.chance(0.7)) d.l('PHONE', g.phone(cc)); else d.t('declined');
    d.t(`,${r.pick(['yes', 'no', 'unsure'])},${r.pick(['none', 'own agent', '@homesbykat', 'Compass'])}\n`);
  }
};

const viewingChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), [u, b] = chatTags(g), ag = g.person(cc);
  d.t(`${u}: can I book a viewing for the ${r.pick(['2-bed', 'studio', 'townhouse', 'loft'])} on `).l('ADDRESS', g.addr1(cc)).t(`? ${r.pick(['Saturday', 'Thursday evening', 'any weekday after 5'])} works\n`);
  d.t(`${b}: Sure! I have ${pad(r.int(9, 17))}:30 available. Name for the booking?\n${u}: `).self(full(p)).t(r.chance(0.5) ? ' — my number is ' : ', phone ').l('PHONE', g.phone(cc));
  d.t(`\n${b}: You're booked. Your agent will be `).p(g.nm(ag, r.pick(['full', 'given'] as const))).t(`. A confirmation is on its way to which email?\n${u}: `).l('EMAIL', g.email(p, cc));
  d.t(`\n${b}: Confirmation sent. Reference ${g.ticket()}. The entrance is next to ${r.pick(['the Costa', 'Tim Hortons', 'the Lidl', 'Gate 3'])}.\n`);
};

const icsInvite: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, org = g.person(cc), att = g.person(cc), a = agency(g, cc);
  d.t(`BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:${g.uuid()}\nDTSTART:${r.int(2024, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}T${pad(r.int(8, 18))}0000\nSUMMARY:${r.pick(['Viewing', 'Inventory check-in', 'Key handover', 'Mid-term inspection'])}\nLOCATION:`).l('ADDRESS', g.addr1(cc));
  d.t('\nORGANIZER;CN=').p(g.nm(org, 'full')).t(':mailto:').l('EMAIL', g.workEmail(a[1], org)).t('\nATTENDEE;CN=').p(g.nm(att, 'full')).t(';RSVP=TRUE:mailto:').l('EMAIL', g.email(att, cc));
  d.t(`\nDESCRIPTION:Call `).l('PHONE', g.phone(cc)).t(` on arrival. Room ${r.int(1, 9)}0${r.int(1, 9)} is the show flat.\nEND:VEVENT\nEND:VCALENDAR`);
};

const rentLedgerCsv: Tpl = (g, d) => {
  const r = g.r, cc = g.pick([...EU_CC, 'GB']), a = agency(g, cc);
  d.t(`${a[0]} — rent ledger ${r.int(2023, 2025)}-Q${r.int(1, 4)}\ndate;tenant;unit;amount;method;payer_account\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person(cc);
    d.t(`${ISO(g.ymd(2023, 2025))};`).p(g.nm(p, r.pick(['full', 'inv', 'caps'] as const)).replace(/;/g, ' ')).t(`;${letters(r, 1)}${r.int(1, 40)};€${r.int(600, 2800)},00;`);
    const m = r.int(0, 3);
    if (m === 0) d.t('SEPA DD;').l('IBAN', g.iban(cc));
    else if (m === 1) d.t('card;').t(g.maskedCard());
    else if (m === 2) d.t('transfer;').l('IBAN', g.iban());
    else d.t(`cash;receipt R-${r.digits(5)}`);
    d.t('\n');
  }
  d.t(`# checksum ${g.hash()}\n`);
};

const depositRefundEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EU_CC), p = g.person(cc), pm = g.person(cc), a = agency(g, cc);
  d.t('To: ').l('EMAIL', g.workEmail(a[1])).t('\nFrom: ').l('EMAIL', g.email(p, cc)).t(`\nSubject: Deposit return – ${g.ticket()}\n\nDear `).p(g.nm(pm, r.pick(['full', 'given'] as const)));
  d.t(`,\n\nI moved out of `).l('ADDRESS', g.addr1(cc)).t(` on ${g.date(cc)} and handed the keys to the concierge. The check-out report showed no damage.`);
  d.t(` Please return my deposit of €${r.int(800, 4500)} to `).l('IBAN', g.iban(cc)).t(r.chance(0.5) ? ` (BIC ${letters(r, 4)}${cc}${letters(r, 2)})` : '').t('.\n');
  if (r.chance(0.4)) d.t(`Note: the account ${g.badIban(cc)} I gave before was mistyped.\n`);
  d.t('My new postal address is:\n'); addr(d, g.addr(cc)); d.t('\n\nBest regards,\n').self(full(p)).t('\n').l('PHONE', g.phone(cc)).t('\n');
};

const depositDisputeChat: Tpl = (g, d) => {
  const r = g.r, p = g.person('GB'), [u, b] = chatTags(g), ll = g.person('GB');
  d.t(`${u}: my landlord is keeping £${r.int(200, 1500)} of my deposit for "cleaning" but I had it professionally cleaned\n${b}: That's frustrating. Is the deposit protected with a scheme (DPS, TDS or mydeposits)? If so you can raise a free dispute.\n`);
  d.t(`${u}: yes TDS, ref ${letters(r, 3)}${r.digits(7)}. landlord is `).p(g.nm(ll, r.pick(['full', 'sur', 'init'] as const))).t(`, he said on ${g.date('GB')} he'd return it in full lol\n`);
  d.t(`${b}: Keep that message. I can draft the dispute. Which name and contact should I use?\n${u}: `).self(full(p)).t(', ').l('EMAIL', g.email(p, 'GB')).t(', ').l('PHONE', g.phone('GB'));
  d.t(`\n${b}: And the bank details for the refund? (Sort code and account number, or IBAN.)\n${u}: `);
  if (r.chance(0.5)) d.l('IBAN', g.iban('GB')); else d.t(`sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)} acc ${r.digits(8)}`);
  d.t(`\n${b}: Thanks. The draft is ready — I've not included your bank details in the letter itself.\n`);
};

const cardPayChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), p = g.person(cc), [u, b] = chatTags(g);
  d.t(`${u}: I want to pay my ${r.pick(['rent', 'late fee', 'deductible', 'holding deposit'])} now. card is `).l('CARD', g.card()).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)} cvv ${r.digits(3)}\n`);
  d.t(`${b}: Please don't share full card details in chat — I can't process payments here and this message will be redacted. Use the secure payment link I'm sending to your email on file.\n${u}: ok but the email on file is old, it's `).l('EMAIL', g.email(p, cc)).t(' now. name on the card is ').self(full(p));
  d.t(`\n${b}: Updated. Link sent; it expires in 30 minutes. Your receipt will show ${g.maskedCard()}.\n`);
  if (r.chance(0.4)) d.t(`${u}: also my partner's card `).l('CARD', g.card()).t(' might be used next month\n');
};

const autopayForm: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'CA', 'AU', 'GB']), p = g.person(cc);
  d.t(`AUTOPAY ENROLLMENT\nResident: `).p(g.nm(p, r.pick(['full', 'caps'] as const))).t(`   Unit ${r.int(100, 2400)}\nName on card: `).p(full(p).toUpperCase()).t('\nCard number: ').l('CARD', g.card());
  d.t(`\nExpiry: ${pad(r.int(1, 12))}/${r.int(26, 31)}   Draft day: ${ordinal(r.int(1, 5))}\nBilling address:\n`); addr(d, g.addr(cc));
  d.t('\nPhone: ').l('PHONE', g.phone(cc)).t(`\nI authorize ${agency(g, cc)[0]} to charge the card above monthly. Convenience fee ${r.int(1, 3)}.${r.int(0, 9)}5%.\n`);
  if (r.chance(0.3)) d.t(`(Previous card ${g.badCard()} removed.)\n`);
};

const paymentsLog: Tpl = (g, d) => {
  const r = g.r, n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person(), lvl = r.pick(['INFO', 'INFO', 'WARN']);
    d.t(`${g.stamp()} ${lvl} payments.${r.pick(['charge', 'refund', 'verify'])} tx=${g.hash().slice(0, 12)} payer="`).p(g.nm(p, 'full')).t('" email=').l('EMAIL', g.email(p)).t(' ip=').l('IP', g.ip());
    if (r.chance(0.35)) d.t(' pan=').l('CARD', g.card().replace(/[ -]/g, ''));
    else d.t(` pan=****${r.digits(4)}`);
    d.t(` amount=${r.int(50, 3000)}.00 status=${r.pick(['ok', 'declined', 'pending_3ds'])}\n`);
  }
};

const homeFnolUS: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['US', 'US', 'CA']), p = g.person(cc), ins = g.pick(INSURERS), self = r.chance(0.3);
  d.t(`${ins[0]} — FIRST NOTICE OF LOSS (HOMEOWNERS)\nClaim #: ${g.claimNo()}   Policy #: ${g.policyNo()}\nDate of loss: ${g.date(cc)}   Reported: ${g.date(cc)}\n\nNamed insured: `); who(g, d, p, self, r.pick(['full', 'caps', 'inv'] as const));
  d.t('\nInsured DOB: ').l('DOB', g.dob(cc));
  if (cc === 'US' && r.chance(0.6)) d.t('\nSSN (for payment): ').l('NATIONAL_ID', g.ssn());
  d.t('\nLoss location:\n'); addr(d, g.addr(cc));
  d.t('\nMailing address: ');
  if (r.chance(0.5)) d.t('same as loss location'); else addr(d, g.addr(cc), ', ');
  d.t('\nPrimary phone: ').l('PHONE', g.phone(cc)).t('\nEmail: ').l('EMAIL', g.email(p, cc));
  d.t(`\nCause of loss: ${r.pick(['wind/hail', 'burst pipe', 'kitchen fire', 'theft', 'tree fell on roof', 'sewer backup'])}\nDescription: ${g.trap()} ${r.pick(['Roof shingles missing on north slope.', 'Water in finished basement approx. 3 inches.', 'Smoke damage to kitchen cabinets.'])}\n`);
  d.t(`Mortgagee: ${r.pick(['Wells Fargo Home Mortgage', 'Rocket Mortgage', 'Chase'])}, loan ${r.digits(10)}\nReported by: `);
  if (r.chance(0.5)) d.t('insured'); else d.p(g.nm(g.person(cc), 'full')).t(' (public adjuster), ').l('PHONE', g.phone(cc));
  d.t('\n');
};

const motorFnol: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['GB', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT', 'AU', 'US']), p = g.person(cc), tp = g.person(cc), w = g.person(cc), ins = g.pick(INSURERS);
  d.t(`MOTOR CLAIM NOTIFICATION — ${ins[0]}\nPolicy: ${g.policyNo()}  Claim: ${g.claimNo()}\n\nDRIVER\nName: `).p(g.nm(p, r.pick(['full', 'capsSur', 'inv'] as const))).t('\nDate of birth: ').l('DOB', g.dob(cc));
  d.t(`\nLicence no.: ${letters(r, 5)}${r.digits(6)}${letters(r, 2)}${r.digits(1)}\nAddress: `).l('ADDRESS', g.addr1(cc)).t('\nPhone: ').l('PHONE', g.phone(cc));
  d.t(`\nVehicle: ${r.pick(['Ford Focus', 'VW Golf', 'Toyota Yaris', 'Tesla Model 3', 'Peugeot 208', 'Mercedes-Benz A-Class'])}, reg ${g.plate(cc)}, VIN ${g.vin()}\n\nINCIDENT\nWhen: ${g.date(cc)} approx ${pad(r.int(6, 22))}:${pad(r.int(0, 59))}\nWhere: ${r.pick(['roundabout by the Tesco Extra', 'junction of King Street and Mill Lane', 'A40 westbound near exit 3', 'supermarket car park, level 2'])}\n`);
  d.t(`What happened: ${r.pick(['Third party reversed into my stationary car.', 'I was rear-ended at the lights.', 'Side-swiped while changing lanes.'])}\n\nTHIRD PARTY\nName: `).p(g.nm(tp)).t('\nPhone: ').l('PHONE', g.phone(cc)).t(`\nInsurer: ${g.pick(INSURERS)[0]}\nReg: ${g.plate(cc)}\n\nWITNESS\n`);
  if (r.chance(0.7)) d.p(g.nm(w, 'full')).t(', ').l('EMAIL', g.email(w, cc)); else d.t('none');
  d.t(`\nPolice ref: ${r.pick(['CAD', 'INC', 'PR'])}${r.digits(6)}\n`);
  if (IBAN_LENGTHS[cc] && r.chance(0.6)) d.t('Payee account for repairs: ').l('IBAN', g.iban(cc)).t('\n');
};

const fnolCallTranscript: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE', 'NZ']), p = g.person(cc), ag = g.person(cc), ins = g.pick(INSURERS);
  const dob = g.ymd(1945, 2003);
  d.t(`Call recording transcript — ${ins[0]} claims line\nAgent: Thank you for calling ${ins[0]}, my name is `).p(ag.g).t(`. Are you calling to report a new claim?\nCaller: Yes. Our ${r.pick(['garage flooded', 'car was stolen', 'fence blew down', 'dishwasher flooded the kitchen'])} last night.\nAgent: I'm sorry to hear that. Can I take the policyholder's full name?\nCaller: `);
  d.self(full(p)).t(`\nAgent: And date of birth for security?\nCaller: `).l('DOB', r.chance(0.5) ? `${month('en', dob.m)} ${ordinal(dob.d)}, ${dob.y}` : `the ${ordinal(dob.d)} of ${month('en', dob.m)} ${dob.y}`);
  d.t('\nAgent: Thank you. And the best number to reach you?\nCaller: ').l('PHONE', r.chance(0.5) ? spoken(r, g.phone(cc)) : g.phone(cc));
  d.t(`\nAgent: Is the property at `).l('ADDRESS', g.addr1(cc)).t('?\nCaller: Yes that\'s right.\nAgent: ');
  if (r.chance(0.5)) d.t("And for the claim pack, what's your email?\nCaller: ").l('EMAIL', spokenEmail(g.email(p, cc))).t('\nAgent: ');
  d.t(`Great. Your claim number is ${g.claimNo()}. An adjuster, `).p(g.nm(g.person(cc), 'full')).t(`, will call within 48 hours. ${r.pick(['Please keep damaged items.', 'Do not start permanent repairs yet.'])}\nCaller: Thanks, `).p(ag.g).t('.\n');
};

const stormClaimChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), [u, b] = chatTags(g);
  const storm = g.pick(['Storm Éowyn', 'Hurricane Milton', 'Storm Kathleen', 'Cyclone Gabrielle', 'Storm Boris', 'Typhoon Jebi', 'Hurricane Beryl']);
  d.t(`${u}: ${storm} took half the roof tiles off last night, rain is coming in the loft. what do I do\n${b}: I'm sorry — let's get a claim started. First make it safe: ${r.pick(['cover the area with a tarp if you can do so safely', 'move valuables away from the water'])}. Who is the policyholder?\n${u}: me, `).self(full(p));
  d.t(`\n${b}: Thanks. Please confirm the insured address and a date of birth.\n${u}: `).l('ADDRESS', g.addr1(cc)).t(' and ').l('DOB', g.dob(cc));
  d.t(`\n${b}: Got it. An emergency roofer can attend. Which number should they call?\n${u}: `).l('PHONE', g.phone(cc));
  if (r.chance(0.4)) d.t(` or my partner `).p(g.nm(g.person(cc), r.pick(['given', 'full'] as const))).t(' on ').l('PHONE', g.phone(cc));
  d.t(`\n${b}: Claim ${g.claimNo()} is open. Named storms like ${storm} may have a separate excess — I'll check your schedule.\n`);
};

const adjusterNotes: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), adj = g.person(cc), con = g.person(cc);
  d.t(`ADJUSTER NOTES — claim ${g.claimNo()}\n${ISO(g.ymd(2023, 2025))} `).p(g.nm(adj, 'init')).t(`: spoke w/ insured `).p(g.nm(p, r.pick(['lower', 'sur', 'full', 'init'] as const)));
  d.t(` on `).l('PHONE', g.phone(cc)).t(`. confirms ${r.pick(['leak started under kitchen sink', 'hail on '+ISO(g.ymd(2024, 2025)), 'theft of bike from shed', 'fire started at the toaster'])}. no prior losses.\n`);
  d.t(`- site visit at `).l('ADDRESS', g.addr1(cc)).t(` — moisture readings ${r.int(18, 45)}% in drywall.\n- contractor `).p(g.nm(con, r.pick(['full', 'sur'] as const))).t(` (${r.pick(['ServPro', 'Belfor', 'DryTech'])}) est. ${g.money()}\n`);
  d.t(`- insured's ${r.pick(['son', 'neighbour', 'tenant'])} `).p(g.nm(g.person(cc), r.pick(['given', 'full'] as const))).t(` was present; email `).l('EMAIL', g.email(g.person(cc), cc)).t('\n');
  if (r.chance(0.4)) { const ph = g.phone(cc); const cut = ph.lastIndexOf(' '); if (cut > 0) d.t(`- prev. no. on file ${ph.slice(0, cut)}\n  ${ph.slice(cut + 1)} – disconnected\n`); }
  d.t(`- ${g.trap()}\n- reserve set ${g.money()}; next review ${ISO(g.ymd(2024, 2025))}\n`);
};

const claimAckLetter: Tpl = (g, d) => {
  const r = g.r, cc = g.pick([...EN_CC, 'IE']), p = g.person(cc), ins = g.pick(INSURERS), h = g.person(cc);
  const hon = g.hon();
  d.t(`${ins[0]}\nClaims Department\n`); addr(d, g.addr(cc)); d.t(`\n\n${g.date(cc)}\n\n${hon}`).p(g.nm(p, r.pick(['full', 'init', 'caps'] as const))).t('\n'); addr(d, g.addr(cc));
  d.t(`\n\nYour claim: ${g.claimNo()}\nPolicy: ${g.policyNo()}\n\nDear ${hon}`).p(p.s).t(`,\n\nThank you for notifying us of your loss on ${g.date(cc)}. `).p(g.nm(h, 'full'));
  d.t(` will be handling your claim. You can reach ${r.pick(['them', 'your handler'])} on `).l('PHONE', g.phone(cc)).t(' or at ').l('EMAIL', g.workEmail(ins[1], h));
  d.t(`. Please send photographs, receipts and the repair estimate. ${r.pick(['Your excess is £250.', 'Your deductible is $1,000.', ''])}\n\nYours sincerely,\n\n`).p(g.nm(h, 'init')).t('\nClaims Handler\n');
};

const settlementEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EU_CC), p = g.person(cc), h = g.person(cc), ins = g.pick(INSURERS);
  d.t('From: ').l('EMAIL', g.workEmail(ins[1], h)).t('\nTo: ').l('EMAIL', g.email(p, cc)).t(`\nSubject: Settlement offer – ${g.claimNo()}\n\nDear `).p(g.nm(p, r.pick(['full', 'sur'] as const)));
  d.t(`,\n\nFollowing the adjuster's report we can offer €${r.int(900, 25000)} in full and final settlement. If you accept, please confirm the account for payment. We currently hold `).l('IBAN', g.iban(cc));
  d.t(`; if this has changed, reply with the new IBAN and a bank letter.\n\nKind regards,\n`).p(g.nm(h, 'full')).t(`\n${ins[0]} · `).l('PHONE', g.phone(cc)).t('\n\n> On ').t(g.date(cc)).t(', ').p(g.nm(p, 'full')).t(' wrote:\n> new account is ').l('IBAN', g.iban(cc)).t(' thanks\n');
};

const repairShopEstimate: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'GB', 'CA', 'AU', 'DE', 'IE']), p = g.person(cc), adv = g.person(cc);
  const shop = g.pick(["Duffy's Collision Center", 'Ford of Springfield Body Shop', 'Precision Auto Body', 'Mercedes-Benz Service Centre', 'Smith & Daughters Panelbeaters']);
  d.t(`${shop}\n`); addr(d, g.addr(cc), ', '); d.t(' · ').l('PHONE', g.phone(cc)).t(`\n\nESTIMATE #${r.digits(6)}   Date: ${g.date(cc)}\nCustomer: `).p(g.nm(p, r.pick(['caps', 'inv', 'full'] as const))).t('\nCell: ').l('PHONE', g.phone(cc));
  d.t(`\nEmail: `).l('EMAIL', g.email(p, cc)).t(`\nInsurance: ${g.pick(INSURERS)[0]}  Claim ${g.claimNo()}\nVehicle: ${r.int(2012, 2024)} ${r.pick(['Honda Civic', 'Ford Ranger', 'BMW 320d', 'Kia Sportage'])}  VIN ${g.vin()}  Plate ${g.plate(cc)}  Odo ${r.int(10000, 180000)}\n\n`);
  d.t(`Line  Part/Labour                 Qty   Amount\n1     R/R front bumper cover      1     ${r.int(200, 900)}.00\n2     Headlamp assy LH            1     ${r.int(150, 700)}.00\n3     Refinish (${r.int(2, 6)}.${r.int(0, 9)} hrs)      1     ${r.int(200, 800)}.00\nTOTAL ${g.money()}\n\nService advisor: `).p(g.nm(adv, r.pick(['full', 'given'] as const))).t(`\n${g.trap()}\n`);
  if (r.chance(0.4)) d.t('Customer deposit taken on card ').l('CARD', g.card()).t(`, auth ${r.digits(6)}\n`);
};

const homeRepairEstimate: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), c = g.person(cc);
  d.t(`QUOTE / ESTIMATE\n${r.pick(['Hartley Roofing', 'BluePeak Restoration', 'Allbright Electrical', 'Grout Expectations Tiling'])} — contact `).p(g.nm(c, 'full')).t(', ').l('PHONE', g.phone(cc)).t('\n\nPrepared for: ').p(g.nm(p));
  d.t('\nSite: ').l('ADDRESS', g.addr1(cc)).t(`\nInsurer claim ref: ${g.claimNo()}\n\n- Strip and re-felt ${r.int(8, 40)} m² of roof\n- Replace ${r.int(2, 12)} ridge tiles\n- ${r.pick(['Scaffold 2 weeks', 'Skip hire', 'Remove Murphy bed and re-plaster wall'])}\n\nSubtotal ${g.money('')}  VAT ${r.int(5, 21)}%\nValid 30 days from ${g.date(cc)}. Payment to `);
  if (IBAN_LENGTHS[cc]) d.l('IBAN', g.iban(cc)); else d.t(`acct ${r.digits(8)}`);
  d.t('\n');
};

const policyCsv: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'GB', 'CA', 'AU', 'IE']);
  d.t('policy_no,insured_name,dob,email,phone,risk_address,premium\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = g.person(cc);
    d.t(`${g.policyNo()},"`).p(g.nm(p, r.pick(['full', 'inv', 'caps'] as const))).t('",').l('DOB', r.chance(0.5) ? ISO(g.ymd(1945, 2004)) : g.date(cc, g.ymd(1945, 2004)).replace(/,/g, '')).t(',').l('EMAIL', g.email(p, cc)).t(',').l('PHONE', g.phone(cc)).t(',"').l('ADDRESS', g.addr1(cc)).t(`",${r.int(300, 4000)}.${r.digits(2)}\n`);
  }
};

const policyJson: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), q = g.person(cc);
  d.t(`{\n  "policy": "${g.policyNo()}", "product": "${r.pick(['HOMEGUARD PLUS', 'Contents Only', 'Landlord Comprehensive', 'Motor Gold'])}", "inception": "${ISO(g.ymd(2022, 2025))}",\n  "insured": [\n    {"name": "`).p(g.nm(p, 'full')).t('", "dob": "').l('DOB', ISO(g.ymd(1945, 2004))).t('", "role": "primary", "email": "').l('EMAIL', g.email(p, cc)).t('"},\n');
  d.t('    {"name": "').p(g.nm(q, 'full')).t('", "dob": "').l('DOB', ISO(g.ymd(1945, 2010))).t(`", "role": "${r.pick(['spouse', 'named driver', 'joint owner'])}"}\n  ],\n  "risk_address": "`).l('ADDRESS', g.addr1(cc)).t('",\n  "payment": {');
  if (r.chance(0.5)) d.t('"method": "card", "pan": "').l('CARD', g.card()).t('"');
  else if (IBAN_LENGTHS[cc]) d.t('"method": "sepa", "iban": "').l('IBAN', g.iban(cc)).t('"');
  else d.t(`"method": "card", "pan_masked": "${g.maskedCard()}"`);
  d.t(`},\n  "portal": {"last_login_ip": "`).l('IP', g.ip()).t(`", "app": "${g.version()}"}\n}`);
};

const subrogationLetter: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'GB', 'CA', 'AU']), tp = g.person(cc), ins = g.pick(INSURERS), our = g.person(cc), h = g.person(cc);
  d.t(`WITHOUT PREJUDICE\n\n`).p(g.nm(tp, r.pick(['full', 'caps'] as const))).t('\n'); addr(d, g.addr(cc));
  d.t(`\n\nRe: Our insured `).p(g.nm(our, 'full')).t(` — recovery of outlay, ${g.claimNo()}\n\nOn ${g.date(cc)} water escaped from your property into our insured's flat below. We have paid ${g.money(cc === 'GB' ? '£' : '$')} and seek recovery under our subrogation rights. `);
  d.t(`Please forward this letter to your own insurer or contact `).p(g.nm(h, 'full')).t(' on ').l('PHONE', g.phone(cc)).t(' / ').l('EMAIL', g.workEmail(ins[1], h)).t(` within 21 days.\n\n${ins[0]} Recoveries Unit\n`);
};

const deSchaden: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['DE', 'DE', 'AT', 'CH']), p = g.person(cc), ins = g.pick(INSURERS);
  d.t(`Schadenmeldung ${r.pick(['Hausratversicherung', 'Kfz-Haftpflicht', 'Wohngebäudeversicherung'])}\nVersicherer: ${ins[0]}   Versicherungsschein-Nr.: ${g.policyNo()}\n\nVersicherungsnehmer/in: `).p(g.nm(p, r.pick(['full', 'inv'] as const))).t('\ngeb. am ').l('DOB', g.dob(cc));
  d.t('\nAnschrift:\n'); addr(d, g.addr(cc)); d.t('\nTelefon: ').l('PHONE', g.phone(cc)).t('\nE-Mail: ').l('EMAIL', g.email(p, cc));
  d.t(`\n\nSchadentag: ${g.date(cc)}\nSchadenhergang: ${r.pick(['Leitungswasserschaden durch geplatzten Schlauch der Waschmaschine', 'Einbruchdiebstahl, Fahrrad aus dem Keller entwendet', 'Auffahrunfall an der Ampel Goethestraße'])}.\nPolizeiliches Aktenzeichen: ${r.digits(3)}/${r.digits(5)}/${r.int(2023, 2025)}\n`);
  d.t('Bankverbindung für Auszahlung: ').l('IBAN', g.iban(cc === 'CH' ? 'CH' : cc)).t('\nZeuge: ');
  if (r.chance(0.6)) d.p(g.nm(g.person(cc), 'full')).t(', Tel. ').l('PHONE', g.phone(cc)); else d.t('keine');
  d.t('\n');
};

const frSinistre: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['FR', 'FR', 'BE']), p = g.person(cc), v = g.person(cc), ins = g.pick(INSURERS);
  d.t(`DÉCLARATION DE SINISTRE – DÉGÂT DES EAUX\nContrat n° ${g.policyNo()} – ${ins[0]}\n\nAssuré : `).p(g.nm(p, r.pick(['capsSur', 'full'] as const))).t(', né(e) le ').l('DOB', g.dob(cc));
  d.t('\nAdresse du sinistre : ').l('ADDRESS', g.addr1(cc)).t('\nTéléphone : ').l('PHONE', g.phone(cc)).t('\nCourriel : ').l('EMAIL', g.email(p, cc));
  d.t(`\n\nLe ${g.date(cc)}, une fuite provenant de l’appartement du dessus, occupé par `).p(g.nm(v, r.pick(['full', 'sur'] as const))).t(`, a endommagé le plafond de la salle de bains. Constat amiable signé avec le voisin. Syndic : Cabinet ${r.pick(['Foncia', 'Nexity', 'Citya'])}.\n`);
  d.t('Coordonnées du voisin : ').l('PHONE', g.phone(cc)).t(`\nRIB pour indemnisation : `).l('IBAN', g.iban(cc)).t(`\n${r.pick(['Pièces jointes : photos, facture plombier.', 'Plombier intervenu le lendemain.'])}\n`);
};

const esParte: Tpl = (g, d) => {
  const r = g.r, cc = r.pick(['ES', 'ES', 'MX']), p = g.person(cc), o = g.person(cc), ins = g.pick(INSURERS);
  d.t(`PARTE DE SINIESTRO – ${ins[0]}\nPóliza: ${g.policyNo()}   Expediente: ${g.claimNo()}\n\nTomador: `).p(g.nm(p, 'full')).t('\nFecha de nacimiento: ').l('DOB', g.dob(cc));
  d.t('\nDomicilio: ').l('ADDRESS', g.addr1(cc)).t('\nMóvil: ').l('PHONE', g.phone(cc)).t('\nEmail: ').l('EMAIL', g.email(p, cc));
  d.t(`\n\nDescripción: el ${g.date(cc)} ${r.pick(['se rompió una tubería en la cocina', 'un vehículo golpeó la puerta del garaje', 'robaron en el trastero'])}. Contrario: `).p(g.nm(o)).t(`, matrícula ${g.plate('ES')}, teléfono `).l('PHONE', g.phone(cc));
  d.t(`\nCuenta para el abono: `).l('IBAN', g.iban('ES')).t('\n');
};

const brSinistro: Tpl = (g, d) => {
  const r = g.r, p = g.person('BR'), ins = g.pick(INSURERS);
  d.t(`COMUNICADO DE SINISTRO – ${ins[0]}\nApólice ${g.policyNo()}\n\nSegurado(a): `).p(g.nm(p, r.pick(['full', 'caps'] as const))).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `).l('DOB', g.dob('BR'));
  d.t('\nEndereço:\n'); addr(d, g.addr('BR')); d.t('\nCelular: ').l('PHONE', g.phone('BR')).t('\nE-mail: ').l('EMAIL', g.email(p, 'BR'));
  d.t(`\n\nOcorrência: em ${g.date('BR')}, ${r.pick(['alagamento na garagem após temporal', 'furto do veículo na Av. Paulista', 'incêndio na cozinha'])}. B.O. nº ${r.digits(6)}/${r.int(2023, 2025)}.\nChave Pix para indenização: `).l('EMAIL', g.email(p, 'BR')).t('\n');
};

const jpAccident: Tpl = (g, d) => {
  const r = g.r, p = g.nativePerson('jp'), o = g.nativePerson('jp');
  d.t(`事故報告書（自動車保険）\n証券番号：${g.policyNo()}\n契約者：`).p(full(p)).t(' 様\n生年月日：').l('DOB', g.dob('JP')).t('\n連絡先：').l('PHONE', g.phone('JP'));
  d.t(`\n事故日時：${g.date('JP')} ${r.int(7, 21)}時頃\n事故場所：${r.pick(['国道246号 青山一丁目交差点付近', 'イオンモール駐車場', '首都高速 渋谷出口'])}\n相手方：`).p(full(o)).t('さん（').l('PHONE', g.phone('JP')).t(`）\n車両番号：品川 ${r.int(300, 599)} ${r.pick(['さ', 'た', 'な'])} ${r.int(10, 99)}-${r.int(10, 99)}\n状況：信号待ち中に後方から追突された。\n`);
};

const krClaim: Tpl = (g, d) => {
  const r = g.r, p = g.nativePerson('kr');
  d.t(`보험금 청구서\n증권번호: ${g.policyNo()}\n피보험자: `).p(full(p)).t(' 님\n생년월일: ').l('DOB', g.dob('KR')).t('\n휴대폰: ').l('PHONE', g.phone('KR')).t('\n이메일: ').l('EMAIL', `${p.ls}${p.lg}${r.int(1, 99)}@${g.pick(country('KR').mail)}`);
  d.t('\n주소: ').l('ADDRESS', `서울특별시 ${r.pick(['강남구 테헤란로', '마포구 홍익로', '중구 세종대로'])} ${r.int(1, 300)}, ${r.int(101, 1502)}호`);
  d.t(`\n사고내용: ${g.date('KR')} ${r.pick(['윗집 누수로 천장 파손', '주차장 접촉사고', '화재로 주방 일부 소실'])}\n담당자: `).p(full(g.nativePerson('kr'))).t(' 씨\n');
};

const portalAuditLog: Tpl = (g, d) => {
  const r = g.r, n = r.int(4, 7), ins = g.pick(INSURERS);
  d.t(`# ${ins[1]} claims portal — auth audit (${g.version()})\n`);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    d.t(`${g.stamp()} event=${r.pick(['login_ok', 'login_fail', 'mfa_sent', 'doc_upload', 'password_reset'])} user=`).l('EMAIL', g.email(p)).t(' src=');
    if (r.chance(0.3)) d.t('[').l('IP', g.ipv6()).t(`]:${r.int(1024, 65535)}`);
    else d.t('').l('IP', g.ipv4()).t(r.chance(0.4) ? `:${r.int(1024, 65535)}` : '');
    d.t(` ua="${r.pick(['Mozilla/5.0', 'okhttp/4.12.0', 'ClaimsApp/' + g.version().replace(/^v/, '').replace(/ /g, '')])}" session=${g.hash().slice(0, 12)}\n`);
  }
};

const fraudReview: Tpl = (g, d) => {
  const r = g.r, p = g.person('US'), an = g.person('US');
  d.t(`SIU REFERRAL — CONFIDENTIAL\nClaim ${g.claimNo()} / Policy ${g.policyNo()}\nSubject: `).p(g.nm(p, r.pick(['caps', 'inv', 'full'] as const))).t('   DOB ').l('DOB', g.dob('US')).t('   SSN ').l('NATIONAL_ID', g.ssn());
  d.t(`\nRed flags:\n 1. Policy incepted ${r.int(10, 40)} days before loss.\n 2. Same device fingerprint ${g.hash().slice(0, 16)} used on ${r.int(2, 5)} claims; last from `).l('IP', g.ip()).t('.\n 3. Alternate SSN ');
  if (r.chance(0.5)) d.l('NATIONAL_ID', g.ssn()).t(' reported by bureau.'); else d.t(`${g.badSsn()} supplied (invalid area).`);
  d.t(`\n 4. Contents list includes a ${r.pick(['Rolex', 'Hermès Birkin', 'Steinway piano', 'Louis Vuitton trunk'])} with no receipt.\n 5. Mailing address changed to `).l('ADDRESS', g.addr1('US')).t(` on ${g.date('US')}.\nAnalyst: `).p(g.nm(an, 'init')).t(' ext. ').t(r.digits(4)).t('\n');
};

const rentalCarChat: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), p = g.person(cc), [u, b] = chatTags(g);
  d.t(`${u}: insurer says my car is a total loss after the crash on ${g.date(cc)}. how long do I get the hire car for?\n${b}: Usually until ${r.int(3, 7)} days after the settlement offer. Could you share your claim reference and name?\n${u}: ${g.claimNo()}, `).self(full(p));
  d.t(`\n${b}: Thanks${r.chance(0.5) ? ', ' : ' '}`).p(p.g).t(`. The hire company has you until ${g.date(cc)}. The valuation was based on ${r.pick(['Glass’s Guide', 'Kelley Blue Book', 'Redbook'])} data.\n${u}: they keep calling my old number, new one is `).l('PHONE', g.phone(cc));
  d.t(r.chance(0.5) ? '. and the payout should go to my wife ' : '. payout goes to ').p(g.nm(g.person(cc), 'full')).t(r.chance(0.5) ? ' as she owns the car' : '').t(`\n${b}: I've updated the contact number. For a payee change the insurer needs written consent from the owner.\n`);
};

const welcomeEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, t = g.person(cc), pm = g.person(cc), sup = g.person(cc), a = agency(g, cc);
  d.t(`Subject: Welcome to your new home!\n\nHi `).p(t.g).t(`,\n\nWelcome to `).l('ADDRESS', g.addr1(cc)).t(`. A few things:\n• Bins go out on ${r.pick(['Tuesdays', 'Thursday nights', 'Mondays'])}; recycling is in the courtyard by the bike shed.\n• Wi-Fi: ${r.pick(['Harbour-5G', 'Keystone_Guest', 'FRITZ!Box 7590 XY'])} / password on the fridge. Router admin at `).l('IP', `192.168.${r.int(0, 2)}.1`);
  d.t(`.\n• Your property manager is `).p(g.nm(pm, 'full')).t(' (').l('EMAIL', g.workEmail(a[1], pm)).t(`).\n• Emergencies out of hours: `).l('PHONE', g.phone(cc)).t(`\n• Building supervisor: `).p(g.nm(sup, r.pick(['given', 'full'] as const))).t(`, office in room B${r.int(1, 12)} next to the gym.\n\n${g.trap()}\n\nWarm regards,\n${a[0]}\n`);
};

const listing: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, ag = g.person(cc), a = agency(g, cc);
  d.t(`${r.pick(['FOR RENT', 'FOR SALE', 'TO LET', 'NEW LISTING'])} · ${r.int(1, 5)} bed · ${r.int(1, 3)} bath · ${r.int(45, 260)} m²\n`).l('ADDRESS', g.addr1(cc));
  d.t(`\n\n${r.pick(['Sun-drenched corner unit', 'Renovated Victorian terrace', 'Quiet garden flat', 'Penthouse with harbour views'])} ${r.pick(['near the Elizabeth Line', 'minutes from Lake Louise', 'close to Mandela Park', 'by the Van Gogh Museum', 'next to Lincoln Center'])}. ${r.pick(['Miele kitchen', 'Jacuzzi bath', 'Tesla charger in garage', 'Murphy bed in study'])}. Available ${g.date(cc)}. EPC ${r.pick(['B', 'C', 'D'])}.\n`);
  d.t(`Listing ID ${letters(r, 2)}${r.digits(7)} · Agent: `).p(g.nm(ag, r.pick(['full', 'full', 'init'] as const))).t(' · ').l('PHONE', g.phone(cc)).t(' · ').l('EMAIL', g.workEmail(a[1], ag)).t(` · ${a[0]} · Instagram @${ag.lg}_${r.pick(['homes', 'realty', 'lets'])}\n`);
};

const moveOutInspection: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, t = g.person(cc), ins = g.person(cc);
  d.t('CHECK-OUT INSPECTION REPORT\nProperty: ').l('ADDRESS', g.addr1(cc)).t(`\nInspection date: ${g.date(cc)}\nInspector: `).p(g.nm(ins, 'full')).t('\nTenant(s): ').p(g.nm(t, r.pick(['full', 'inv'] as const)));
  d.t(`\nTenant present: ${r.pick(['yes', 'no'])}\n\nRoom            Condition     Notes\nHallway         Good          scuff near door\nKitchen         Fair          oven not cleaned (Neff)\nBathroom        Poor          limescale, silicone mouldy\nBedroom 2       Good          Blu-Tack marks\n\nMeter readings: elec ${r.digits(5)}, gas ${r.digits(5)}.${r.digits(1)}\nKeys returned: ${r.int(2, 5)} of ${r.int(4, 6)}\nForwarding email: `).l('EMAIL', g.email(t, cc)).t('\nDeductions proposed: ').t(g.money(cc === 'GB' ? '£' : '€')).t('\n');
  if (IBAN_LENGTHS[cc] && r.chance(0.5)) d.t('Balance of deposit to: ').l('IBAN', g.iban(cc)).t('\n');
};

const keyHandoverLog: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, n = r.int(3, 6);
  d.t(`KEY LOG — ${agency(g, cc)[0]}\nkey_tag | issued_to | phone | out | in\n`);
  for (let i = 0; i < n; i++) {
    const p = g.person(cc);
    d.t(`K-${r.digits(3)} | `).p(g.nm(p, r.pick(['full', 'init', 'inv', 'sur'] as const))).t(' | ');
    if (r.chance(0.7)) d.l('PHONE', g.phone(cc)); else d.t('n/a');
    d.t(` | ${ISO(g.ymd(2024, 2025))} ${pad(r.int(8, 18))}:${pad(r.int(0, 59))} | ${r.chance(0.7) ? ISO(g.ymd(2024, 2025)) : '—'}\n`);
  }
  d.t(`Safe combination changed ${ISO(g.ymd(2024, 2025))} (ref ${g.hash().slice(0, 8)}).\n`);
};

const neighbourComplaint: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), n = g.person(cc), a = agency(g, cc);
  d.t('To: ').l('EMAIL', g.workEmail(a[1])).t('\nSubject: Noise from flat above — again\n\nHello,\n\nI live at ').l('ADDRESS', g.addr1(cc));
  d.t(`. For the ${r.pick(['third', 'fifth', 'tenth'])} time this month the tenant upstairs (`).p(g.nm(n, r.pick(['sur', 'full', 'given'] as const))).t(`, I believe) played music past 2 a.m. I have recordings from ${g.date(cc)}.`);
  d.t(` I understand the building rules (clause ${r.int(5, 19)}.${r.int(1, 9)}) prohibit noise after 11 p.m.\n\nPlease call me on `).l('PHONE', g.phone(cc)).t('.\n\n').self(full(p)).t('\n');
};

const arrearsLetter: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['GB', 'US', 'AU', 'IE', 'CA', 'NZ']), p = g.person(cc), a = agency(g, cc), cur = cc === 'GB' ? '£' : cc === 'IE' ? '€' : '$';
  d.t(`${a[0]}\n`).l('EMAIL', g.workEmail(a[1])).t(' · ').l('PHONE', g.phone(cc)).t(`\n\n${r.pick(['FINAL NOTICE', 'RENT ARREARS — NOTICE', 'NOTICE TO PAY RENT OR QUIT'])}\n\nTo: `).p(g.nm(p, r.pick(['caps', 'full'] as const))).t('\n'); addr(d, g.addr(cc));
  d.t(`\n\nYour rent account shows arrears of ${cur}${r.int(800, 6000)}.00 as of ${g.date(cc)}. Payments from the card ${g.maskedCard()} were declined on ${g.date(cc)}.`);
  d.t(` Pay within ${r.pick(['14', '3', '30'])} days to `);
  if (cc === 'GB' || cc === 'IE') d.l('IBAN', g.iban(cc)); else d.t(`routing ${g.routing()} / account ${r.digits(9)}`);
  d.t(`, quoting reference ${g.ticket()}. If you are struggling, contact Shelter or a debt adviser.\n`);
};

const utilityTransfer: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EU_CC), p = g.person(cc);
  d.t(`CHANGE OF OCCUPANCY — ${r.pick(['Stadtwerke', 'EDF', 'Vattenfall', 'Iberdrola', 'Eneco', 'Enel'])}\nNew occupier: `).p(g.nm(p, r.pick(['full', 'inv'] as const))).t('\nBorn: ').l('DOB', g.dob(cc)).t('\nSupply address: ').l('ADDRESS', g.addr1(cc));
  d.t(`\nMove-in date: ${g.date(cc)}\nMeter no.: ${r.digits(1)}${letters(r, 3)}${r.digits(10)}  Reading: ${r.digits(6)} kWh\nDirect debit IBAN: `).l('IBAN', g.iban(cc)).t('\nContact: ').l('PHONE', g.phone(cc)).t(' · ').l('EMAIL', g.email(p, cc)).t(`\nPrevious occupier: ${r.pick(['unknown', 'landlord'])}\n`);
};

const agentHandoff: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, p = g.person(cc), ll = g.person(cc);
  d.t(`tool_call: escalate_to_human\narguments: {\n  "reason": "${r.pick(['tenant disputes deduction', 'possible habitability issue', 'claim payout dispute', 'suspected phishing'])}",\n  "customer": {"name": "`).p(g.nm(p, 'full')).t('", "email": "').l('EMAIL', g.email(p, cc)).t('", "phone": "').l('PHONE', g.phone(cc));
  d.t('"},\n  "property": "').l('ADDRESS', g.addr1(cc)).t('",\n  "landlord": "').p(g.nm(ll, r.pick(['full', 'inv'] as const))).t(`",\n  "summary": "Customer says the ${r.pick(['Hotpoint washer', 'Worcester Bosch boiler', 'Otis lift'])} has been broken for ${r.int(2, 6)} weeks; previous ticket ${g.ticket()} closed without visit.",\n  "session_ip": "`).l('IP', g.ip());
  d.t(`",\n  "model": "${r.pick(['assistant-v3.2', 'support-llm 2024-06', 'gpt-like-7b'])}"\n}\n`);
};

const esignAudit: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(COUNTRIES).cc, signers = [g.person(cc), g.person(cc)];
  d.t(`Certificate of Completion\nEnvelope ID: ${g.uuid().toUpperCase()}\nDocument: ${r.pick(['Lease Agreement', 'Lease Renewal', 'Pet Addendum', 'Claim Release Form', 'Proof of Loss'])} (${r.int(4, 30)} pages)\n\n`);
  for (const s of signers) {
    d.t('Signer: ').p(g.nm(s, 'full')).t('\nEmail: ').l('EMAIL', g.email(s, cc)).t(`\nSigned: ${g.stamp()}\nIP address: `).l('IP', g.ip()).t(`\nSignature ID: ${g.hash().slice(0, 12).toUpperCase()}\n\n`);
  }
  d.t(`Sender: `).l('EMAIL', g.workEmail(agency(g, cc)[1])).t(`\nTimestamps in UTC. Platform ${g.version()}.\n`);
};

const usScreeningChat: Tpl = (g, d) => {
  const r = g.r, p = g.person('US'), [u, b] = chatTags(g), ll = g.person('US');
  d.t(`${u}: I'm a small landlord (`).self(full(ll)).t(`). An applicant sent me this, is it enough to run a background check?\n"`).p(g.nm(p, 'full')).t(', SSN ').l('NATIONAL_ID', g.ssn()).t(', DOB ').l('DOB', g.dob('US')).t(', currently at ').l('ADDRESS', g.addr1('US')).t('"\n');
  d.t(`${b}: Yes, a screening service will typically need name, SSN, DOB and address history, plus the applicant's written consent under the FCRA. Don't email SSNs unencrypted — ask them to enter it directly in the screening portal.\n${u}: got it. her old landlord is `).p(g.nm(g.person('US'), r.pick(['full', 'sur'] as const))).t(' at ').l('PHONE', g.phone('US'));
  d.t(`\n${b}: Calling the prior landlord is a good idea. Ask about on-time payment and the deposit. Note: questions about familial status aren't allowed under the Fair Housing Act.\n`);
};

const sgWhatsApp: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['SG', 'AE', 'IN']), t = g.person(cc), ag = g.person(cc);
  d.t(`[${g.date(cc)}, ${r.int(8, 11)}:${pad(r.int(0, 59))} am] `).p(ag.g).t(` (agent): Hi, landlord agreed to ${cc === 'SG' ? `S$${r.int(2, 6)},${r.int(1, 9)}00` : cc === 'AE' ? `AED ${r.int(60, 190)},000 in 4 cheques` : `₹${r.int(18, 90)},000`}. Pls send IC/passport copy & employment pass\n[${r.int(11, 12)}:${pad(r.int(0, 59))} pm] `).p(t.g).t(': ok. name as per passport ').self(full(t));
  d.t(`, DOB `).l('DOB', g.dob(cc)).t(`, mobile `).l('PHONE', g.phone(cc)).t(`\n[${r.int(1, 5)}:${pad(r.int(0, 59))} pm] `).p(ag.g).t(': tq. TA to sign at ').l('ADDRESS', g.addr1(cc)).t(' (our office). bring cheque for deposit\n');
  d.t(`[${r.int(5, 9)}:${pad(r.int(0, 59))} pm] `).p(t.g).t(`: my email for the TA is `).l('EMAIL', g.email(t, cc)).t('\n');
};

const inRentAgreement: Tpl = (g, d) => {
  const r = g.r, o = g.person('IN'), t = g.person('IN');
  d.t(`RENT AGREEMENT\n\nThis Rent Agreement is executed at ${r.pick(['Bengaluru', 'Pune', 'Chennai'])} on ${g.date('IN')} between Shri/Smt. `).p(g.nm(o, 'full')).t(`, S/o / D/o `).p(g.nm(g.person('IN'), 'full')).t(', residing at ').l('ADDRESS', g.addr1('IN'));
  d.t(` (hereinafter "OWNER"), and `).p(g.nm(t, 'full')).t(`, aged ${r.int(22, 60)} years, PAN ${letters(r, 5)}${r.digits(4)}${letters(r, 1)}, mobile `).l('PHONE', g.phone('IN')).t(' ("TENANT").\n');
  d.t(`1. Monthly rent ₹${r.int(12, 90)},000 payable by the 5th via UPI (receipts to `).l('EMAIL', g.email(o, 'IN')).t(`).\n2. Security deposit ₹${r.int(50, 400)},000, refundable. 3. Lock-in ${r.int(6, 11)} months.\nWitnesses: (1) `).p(g.nm(g.person('IN'))).t('  (2) ').p(g.nm(g.person('IN'))).t('\n');
};

const plUmowa: Tpl = (g, d) => {
  const r = g.r, w = g.person('PL'), n = g.person('PL');
  d.t(`UMOWA NAJMU LOKALU MIESZKALNEGO\nzawarta w dniu ${g.date('PL')} pomiędzy:\n`).p(g.nm(w, 'full')).t(', zam. ').l('ADDRESS', g.addr1('PL')).t(', zwanym dalej Wynajmującym,\na\n').p(g.nm(n, 'full')).t(`, ur. `).l('DOB', g.dob('PL')).t(`, PESEL ${r.digits(11)}, tel. `).l('PHONE', g.phone('PL'));
  d.t(`, zwanym dalej Najemcą.\n§1 Przedmiotem najmu jest lokal przy `).l('ADDRESS', g.addr1('PL')).t(`.\n§2 Czynsz ${r.int(1800, 5200)} zł płatny na rachunek `).l('IBAN', g.iban('PL')).t(` do 10. dnia miesiąca.\n§3 Kaucja: ${r.int(2000, 8000)} zł.\n`);
};

const seAndrahand: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['SE', 'NO', 'DK', 'FI']), h = g.person(cc), u = g.person(cc);
  d.t(`${cc === 'SE' ? 'Hyreskontrakt – andrahandsuthyrning' : cc === 'NO' ? 'Husleiekontrakt' : cc === 'DK' ? 'Lejekontrakt' : 'Vuokrasopimus'}\n\nHyresvärd/utleier: `).p(g.nm(h, 'full')).t(', ').l('PHONE', g.phone(cc)).t('\nHyresgäst/leietaker: ').p(g.nm(u, 'full')).t(', född/født ').l('DOB', g.dob(cc)).t(', ').l('EMAIL', g.email(u, cc));
  d.t('\nLägenhet/bolig: ').l('ADDRESS', g.addr1(cc)).t(`, lgh nr ${r.int(1001, 1405)}\nPeriod: ${g.date(cc)} – ${g.date(cc)}\nHyra: ${r.int(7, 19)} ${r.digits(3)} kr/mån till konto `).l('IBAN', g.iban(cc)).t('\n');
};

const w9Form: Tpl = (g, d) => {
  const r = g.r, p = g.person('US'), pm = agency(g, 'US');
  d.t(`Owner onboarding — ${pm[0]}\nForm W-9 (Rev. March 2024) data for 1099-MISC rent reporting\n\n1 Name: `).p(g.nm(p, r.pick(['full', 'caps', 'mid'] as const))).t(`\n2 Business name: ${r.pick(['', `${p.s} Holdings LLC`, 'Oak Hollow Rentals LLC'])}\n3 Tax classification: ${r.pick(['Individual/sole proprietor', 'Single-member LLC'])}\n5 Address: `);
  addr(d, g.addr('US'), ', '); d.t('\nPart I TIN — SSN: ').l('NATIONAL_ID', g.ssn());
  if (r.chance(0.4)) d.t(`   (EIN ${g.ein()} not used)`);
  d.t('\nOwner phone: ').l('PHONE', g.phone('US')).t('   Owner email: ').l('EMAIL', g.email(p, 'US'));
  d.t(`\nProperties managed: ${r.int(1, 6)}  ·  Distributions by ACH, routing ${g.routing()}\nCo-owner (spouse): `);
  if (r.chance(0.5)) { const s = g.person('US'); d.p(g.nm(s, 'full')).t(', SSN ').l('NATIONAL_ID', g.ssn()); } else d.t('n/a');
  d.t('\n');
};

const chargebackEmail: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(EN_CC), p = g.person(cc), a = agency(g, cc);
  d.t('From: ').l('EMAIL', g.email(p, cc)).t('\nTo: ').l('EMAIL', g.workEmail(a[1])).t(`\nSubject: charged twice for ${r.pick(['April', 'June', 'October'])} rent\n\nHi,\n\nYour portal charged my card twice on ${g.date(cc)} (${r.pick(['$', '£', 'A$'])}${r.int(900, 3200)} each). The card is `).l('CARD', g.card());
  d.t(`, but your receipt shows ${g.maskedCard()} which isn't even mine. Please refund one of the charges or I'll raise a chargeback with ${r.pick(['Chase', 'Barclaycard', 'Amex', 'CommBank'])}.\n\n`);
  d.t(`Thanks,\n`).self(full(p)).t(`\nUnit ${r.int(1, 40)}${letters(r, 1)} · `).l('PHONE', g.phone(cc)).t('\n');
};

const deductibleCall: Tpl = (g, d) => {
  const r = g.r, cc = g.pick(['US', 'CA', 'GB', 'AU']), p = g.person(cc), ag = g.person(cc);
  d.t(`[IVR → agent ${r.digits(4)}] ${g.stamp()}\nAGENT: `).p(ag.g).t(` speaking, repair network payments. Claim number?\nCALLER: ${g.claimNo()}\nAGENT: And the name on the policy?\nCALLER: `).p(g.nm(p, 'full'));
  d.t(`\nAGENT: To release the vehicle, the excess of ${g.money(cc === 'GB' ? '£' : '$')} is due. Card number when you're ready.\nCALLER: `).l('CARD', g.card()).t(`, expiry ${pad(r.int(1, 12))} ${r.int(26, 31)}\nAGENT: Security code?\nCALLER: ${r.digits(3)}\nAGENT: [pause-recording resumed] Thank you, approved. Receipt to `);
  d.l('EMAIL', g.email(p, cc)).t('?\nCALLER: yes\n');
};

/* ---- pure hard negatives ---- */

const negReleaseNotes: Tpl = (g, d) => {
  const r = g.r;
  d.t(`TenantHub ${g.version()} release notes (${ISO(g.ymd(2024, 2025))})\n- Fixed crash on ${g.version()} when uploading HEIC photos (commit ${g.hash()})\n- Project JUNIPER: faster maintenance triage; Team FALCON owns rollout\n- New "Murphy bed" and "Jacuzzi" amenity tags\n- Card form now rejects test numbers like ${g.badCard()}\n- Android app build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(10, 250)} deployed to eu-west-1\n- ${g.trap()}\n- Known issue: IBAN field accepts ${g.badIban()} (invalid checksum)\n`);
};

const negHoaNotice: Tpl = (g, d) => {
  const r = g.r;
  d.t(`${r.pick(['Grace Hopper Hall', 'Churchill Court', 'Mandela House', 'Kennedy Towers'])} Residents' Association — Notice\n\nThe pool will close for resurfacing for ${r.int(2, 6)} weeks from ${g.date('US')}. The gym is closed on Martin Luther King Jr. Day. Reminder: dogs must be leashed in the courtyard; the concierge will not accept parcels for ${r.pick(['FedEx Freight', 'DHL Express'])}.\n\nThe board approved the ${g.money()} budget (vote ${r.int(5, 9)}–${r.int(0, 3)}). Minutes are posted by the mailroom. ${g.trap()}\n\nQuestions? Ask at the front desk or use the residents' app (${g.version()}).\n`);
};

const negGlossary: Tpl = (g, d) => {
  const r = g.r;
  d.t(`Insurance glossary (excerpt)\nSUBROGATION — the insurer's right to recover what it paid from the party at fault.\nNAMED STORM — a storm named by a met service (e.g. ${r.pick(['Storm Ciarán', 'Hurricane Katrina', 'Storm Dennis'])}); may carry a separate deductible.\nLLOYD'S — the Lloyd's of London market, not a person.\nACV — actual cash value. RCV — replacement cost value.\nExample policy number format: ${g.policyNo()}; example claim: ${g.claimNo()}.\nTest card (fails validation): ${g.badCard()}. Example masked SSN: ${g.maskedSsn()}.\n${g.trap()}\n`);
};

const negMarketReport: Tpl = (g, d) => {
  const r = g.r;
  d.t(`Q${r.int(1, 4)} ${r.int(2023, 2025)} rental market snapshot\n\nAverage asking rents rose ${r.int(1, 9)}.${r.int(0, 9)}% year on year. ${r.pick(['Charlotte', 'Florence', 'Victoria', 'Austin', 'Regina', 'Eugene'])} and ${r.pick(['Savannah', 'Adelaide', 'Charleston', 'Jackson'])} led growth; the Case-Shiller index was flat. Vacancy ${r.int(2, 8)}.${r.int(0, 9)}%.\n`);
  d.t(`Source: ${r.pick(['Knight Frank', 'Savills', 'Zillow Observed Rent Index', 'CoreLogic'])}, data pulled ${g.stamp()}. Dataset hash ${g.hash()}.\nRegion,median_rent,yoy\n${r.pick(['North', 'Metro', 'Coastal'])},${r.int(900, 3000)},${r.int(1, 9)}.${r.int(0, 9)}\n${r.pick(['South', 'Inland', 'Suburban'])},${r.int(900, 3000)},-${r.int(0, 3)}.${r.int(0, 9)}\n`);
};

const negStormBulletin: Tpl = (g, d) => {
  const r = g.r, storm = r.pick(['Storm Éowyn', 'Hurricane Helene', 'Storm Babet', 'Cyclone Alfred']);
  d.t(`CAT EVENT BULLETIN #${r.int(1, 40)} — ${storm}\nEvent code CAT-${r.int(24, 25)}-${r.digits(3)}. Claims received: ${r.int(800, 40000)}. Average reserve ${g.money()}.\nHotspots: coastal postcodes and the river valley. Deploy field adjusters from the regional hub on ${g.date('GB')}.\nDo NOT request bank details by phone. Fraud alert: fake contractors quoting ${r.pick(['Parkinson’s law', 'Murphy’s law'])} as an excuse for delays.\n${g.trap()}\n`);
};

const negChecklist: Tpl = (g, d) => {
  const r = g.r;
  d.t(`Annual landlord safety checklist\n[ ] Gas safety certificate (due ${g.date('GB')})\n[ ] EICR every 5 years\n[ ] Legionnaires' disease risk assessment\n[ ] Smoke alarm on each storey — model ${letters(r, 2)}-${r.digits(4)}\n[ ] Carbon monoxide alarm near the ${r.pick(['Worcester Bosch', 'Vaillant', 'Baxi'])} boiler\n[ ] Check the Murphy bed hinges\n[ ] ${g.trap()}\nForm version ${g.version()} · doc ${g.uuid()}\n`);
};

const negKpiExport: Tpl = (g, d) => {
  const r = g.r;
  d.t('region,week,claims_opened,claims_closed,avg_days_to_settle,top_cause\n');
  for (let i = 0; i < r.int(3, 6); i++) d.t(`${r.pick(['NE', 'SW', 'Midlands', 'Scotland', 'QLD', 'Ontario'])},${r.int(2024, 2025)}-W${pad(r.int(1, 52))},${r.int(10, 900)},${r.int(10, 900)},${r.int(3, 60)}.${r.int(0, 9)},${r.pick(['escape of water', 'storm', 'theft', 'accidental damage', 'fire'])}\n`);
  d.t(`# rejected payouts: ${r.int(1, 30)} (invalid IBAN e.g. ${g.badIban()}); EIN of TPA ${g.ein()}\n`);
};

const negFaqChat: Tpl = (g, d) => {
  const [u, b] = chatTags(g), r = g.r;
  d.t(`${u}: what's the difference between contents and buildings insurance if I rent?\n${b}: Buildings cover is the landlord's responsibility; as a tenant you'd normally insure your own belongings (contents) and possibly accidental damage to the landlord's fixtures.\n${u}: and does it cover the ${r.pick(['Dyson', 'PlayStation', 'Peloton', 'iPhone 15'])} if someone breaks in?\n${b}: Usually yes, up to the single-item limit (often £1,500). Check the policy wording (PW-${r.int(2022, 2025)}-${pad(r.int(1, 12))}).\n${u}: ok thanks. also is Section 21 still a thing?\n${b}: ${r.pick(['It is being abolished under the Renters’ Rights Act; timing depends on commencement.', 'Rules are changing — check the latest government guidance.'])}\n`);
};

/* ------------------------------------------------------------------ registry and generator */

/** Labelled templates with their relative weights. */
const TEMPLATES: readonly (readonly [Tpl, number])[] = [
  [rentalApplicationUS, 2], [screeningJson, 2], [screeningCsv, 2], [ukReferencing, 1], [deSelbstauskunft, 1], [frDossierEmail, 1], [esSolicitud, 1],
  [jpApplication, 1], [applicationStatusChat, 1], [guarantorForm, 2], [leaseExcerpt, 1], [ukRenewalLetter, 1], [renewalChat, 1], [nlHuur, 1],
  [itContratto, 1], [subletEmail, 1], [auNoticeToVacate, 1], [maintenanceTicket, 1], [maintenanceJson, 1], [leakChat, 1], [workOrderEmail, 1],
  [afterHoursCall, 1], [smsThread, 1], [deReparatur, 1], [viewingSchedule, 1], [openHouseCsv, 1], [viewingChat, 1], [icsInvite, 1],
  [rentLedgerCsv, 1], [depositRefundEmail, 1], [depositDisputeChat, 1], [cardPayChat, 3], [autopayForm, 3], [paymentsLog, 2], [homeFnolUS, 2],
  [motorFnol, 1], [fnolCallTranscript, 1], [stormClaimChat, 1], [adjusterNotes, 1], [claimAckLetter, 1], [settlementEmail, 2],
  [repairShopEstimate, 1], [homeRepairEstimate, 1], [policyCsv, 1], [policyJson, 2], [subrogationLetter, 1], [deSchaden, 1], [frSinistre, 1],
  [esParte, 1], [brSinistro, 1], [jpAccident, 1], [krClaim, 1], [portalAuditLog, 1], [fraudReview, 2], [rentalCarChat, 1], [welcomeEmail, 1],
  [listing, 1], [moveOutInspection, 1], [keyHandoverLog, 1], [neighbourComplaint, 1], [arrearsLetter, 1], [utilityTransfer, 1], [agentHandoff, 1],
  [esignAudit, 1], [usScreeningChat, 2], [sgWhatsApp, 1], [inRentAgreement, 1], [plUmowa, 1], [seAndrahand, 1], [w9Form, 2], [chargebackEmail, 3],
  [deductibleCall, 3],
];

/** Pure hard negatives: no personal data at all. */
const NEGATIVES: readonly Tpl[] = [negReleaseNotes, negHoaNotice, negGlossary, negMarketReport, negStormBulletin, negChecklist, negKpiExport, negFaqChat];

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT44_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

const TOTAL_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);

function pickTemplate(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return (TEMPLATES[0] as readonly [Tpl, number])[0];
}

/**
 * Generates corpus #44 for a seed: whole documents until at least `minInstances` labels exist.
 * Deterministic per seed.
 */
export function generateIndependent44Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent44Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT44_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT44_MIN_INSTANCES;
  const g = new G(r);
  const out: Independent44Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVES)(g, d);
    else pickTemplate(r)(g, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
