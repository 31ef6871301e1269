/**
 * @module privacy/pii-corpus-independent-29 — blind labelled PII corpus #29 (public services and education).
 *
 * WRITTEN BLIND. Read: the `Rng` class at the top of `pii-corpus-values.ts` (nothing after it),
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * Not read: the detector, its tests, benches, docs, any other corpus or template file, the git history.
 * The detector was never run on this text. Every name, address, template and value was invented here.
 *
 * Seeds: 290001, 290002, 290003 (at least 2,400 labels each; generation stops right after the document
 * that reaches `minInstances`).
 *
 * Contents: benefit and tax correspondence, school and university admissions, court and police reports,
 * council housing repairs, citizen-service chats and e-mails, form letters and their replies, portal logs,
 * in English, German, French, Spanish, Italian, Dutch, Polish, Swedish, Portuguese, Japanese and Korean,
 * with addresses, phones and dates written the way each country writes them. About one document in ten
 * is a hard negative (no PII, but eponyms, reference numbers, hashes, versions, invalid cards and IBANs,
 * EINs, routing numbers, masked values and non-birth dates); such traps are sprinkled everywhere.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, software, places, pets, ships, storms, streets/buildings/schools named after people,
 *   eponymous diseases/laws/awards, @handles and names inside e-mail addresses are not labelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms and landmarks not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { ibanMod97Valid, IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT29_SEEDS = [290001, 290002, 290003] as const;
export const INDEPENDENT29_MIN_INSTANCES = 2400;

/** A gold label carrying its text. */
export type Independent29Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent29Entry = PiiCorpusEntry & { readonly labels: readonly Independent29Label[] };

class Doc {
  text = '';
  labels: Independent29Label[] = [];
  known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** The user's own full name: labelled and recorded as a known name. */
  self(p: Person): this {
    const v = full(p);
    if (!this.known.includes(v)) this.known.push(v);
    return this.l('PERSON', v);
  }
}

// ---------------------------------------------------------------- names

type Culture =
  | 'en' | 'ie' | 'sc' | 'de' | 'at' | 'fr' | 'es' | 'mx' | 'pt' | 'it' | 'nl' | 'pl' | 'cz' | 'hu' | 'no'
  | 'fi' | 'gr' | 'tr' | 'ar' | 'fa' | 'in' | 'pk' | 'zh' | 'ja' | 'ko' | 'vi' | 'ph' | 'wa' | 'za' | 'ua' | 'he';

const POOLS: Record<Culture, readonly [readonly string[], readonly string[]]> = {
  en: [
    ['James', 'Olivia', 'Will', 'Rose', 'Hope', 'Bill', 'Grant', 'May', 'Guy', 'Faith', 'Joy', 'Mark', 'Frank', 'Dawn',
      'Chase', 'Summer', 'Ivy', 'Penny', 'Drew', 'Grace', 'Harper', 'Wesley', 'Brooke', 'Dale', 'Autumn', 'Forrest'],
    ['Baker', 'Price', 'Hill', 'Young', 'Long', 'Fisher', 'Turner', 'Holloway', 'Whitfield', 'Pritchard', 'Cartwright',
      'Ashby', 'Kendrick', 'Marsh', 'Lowe', 'Strong', 'Sterling', 'Bell', 'Sharpe', 'Moody', 'Winter', 'Banks'],
  ],
  ie: [
    ['Siobhán', 'Ciarán', 'Aoife', 'Pádraig', 'Niamh', 'Eoin', 'Sinéad', 'Cathal', 'Róisín', 'Donal', 'Orla', 'Fionn'],
    ["O'Sullivan", 'Ní Bhriain', 'McCarthy', 'Ó Conchúir', 'Fitzgerald', 'Byrne', 'Kavanagh', 'Doyle', 'Quinlan',
      'Mac Aodha', 'Brennan', 'Tierney'],
  ],
  sc: [
    ['Eilidh', 'Angus', 'Morag', 'Hamish', 'Rhys', 'Cerys', 'Dafydd', 'Gwen', 'Iolo', 'Carys', 'Ewan', 'Isla'],
    ['MacLeod', 'Campbell', 'Urquhart', 'Drummond', 'Baird', 'Jones', 'Llewellyn', 'Pryce', 'Gruffydd', 'Vaughan',
      'Rees', 'Menzies'],
  ],
  de: [
    ['Jürgen', 'Anneliese', 'Lukas', 'Mareike', 'Torsten', 'Friederike', 'Jannik', 'Ulrike', 'Benedikt', 'Svenja',
      'Hannelore', 'Maximilian'],
    ['Müller', 'Schäfer', 'Hoffmann', 'Weißenborn', 'Krüger', 'Brandt', 'Vogel', 'Hartmann', 'Lindner', 'Köhler',
      'Engel', 'Sommer'],
  ],
  at: [
    ['Florian', 'Verena', 'Lorenz', 'Rahel', 'Urs', 'Regula', 'Beat', 'Corinne', 'Reto', 'Seraina'],
    ['Gruber', 'Huber', 'Steiner', 'Moser', 'Brunner', 'Käser', 'Zürcher', 'Baumgartner', 'Egger', 'Wyss'],
  ],
  fr: [
    ['Amélie', 'Théo', 'Camille', 'Benoît', 'Solène', 'Grégoire', 'Maëlle', 'Aurélien', 'Clémence', 'Jean-Baptiste',
      'Margaux', 'Loïc'],
    ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Lambert', 'Mercier', 'Blanchard',
      'Leclerc', 'Marchand', 'Petit'],
  ],
  es: [
    ['Lucía', 'Alejandro', 'Nerea', 'Íñigo', 'Carmen', 'Joaquín', 'Pilar', 'Rocío', 'Álvaro', 'Begoña', 'Sergio', 'Ainhoa'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Ruiz', 'Navarro', 'Domínguez', 'Iglesias', 'Castaño',
      'Herrero', 'Vidal'],
  ],
  mx: [
    ['Guadalupe', 'Xóchitl', 'Itzel', 'Jesús', 'Mayra', 'Ximena', 'Eduardo', 'Yolanda', 'Rigoberto', 'Marisol',
      'Paloma', 'Esperanza'],
    ['Hernández', 'Ramírez', 'Cruz', 'Flores', 'Ortega', 'Villalobos', 'Zúñiga', 'Cárdenas', 'Guerrero', 'Salazar',
      'Bautista', 'Mendoza'],
  ],
  pt: [
    ['João', 'Beatriz', 'Thiago', 'Fernanda', 'Gonçalo', 'Inês', 'Rodrigo', 'Letícia', 'Caio', 'Mariana', 'Raimundo', 'Luana'],
    ['Silva', 'Santos', 'Oliveira', 'Pereira', 'Carvalho', 'Souza', 'Ferreira', 'Almeida', 'Rocha', 'Azevedo', 'Barros',
      'Teixeira'],
  ],
  it: [
    ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Francesca', 'Alessandro', 'Federica', 'Giuseppe', 'Sara', 'Davide',
      'Ilaria', 'Vincenzo'],
    ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca'],
  ],
  nl: [
    ['Sanne', 'Joost', 'Femke', 'Daan', 'Lieke', 'Bram', 'Marloes', 'Sven', 'Annelies', 'Pieter', 'Wouter', 'Noor'],
    ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk',
      'Vermeulen', 'Peeters'],
  ],
  pl: [
    ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Grzegorz', 'Zofia', 'Wojciech', 'Joanna', 'Łukasz',
      'Magdalena', 'Krzysztof'],
    ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Woźniak',
      'Dąbrowski', 'Kozłowska', 'Jankowski'],
  ],
  cz: [
    ['Jiří', 'Petra', 'Tereza', 'Ondřej', 'Lucie', 'Vojtěch', 'Zuzana', 'Marek', 'Jana', 'Radek'],
    ['Novák', 'Svobodová', 'Dvořák', 'Černý', 'Procházková', 'Kučera', 'Veselý', 'Horáková', 'Němec', 'Pokorný'],
  ],
  hu: [
    ['Zsófia', 'Bence', 'Réka', 'Levente', 'Eszter', 'Gergely', 'Dóra', 'Ákos', 'Csilla', 'Márton'],
    ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Farkas', 'Balogh'],
  ],
  no: [
    ['Astrid', 'Lars', 'Ingrid', 'Magnus', 'Sigrid', 'Henrik', 'Freja', 'Anders', 'Solveig', 'Nils', 'Maja', 'Oskar'],
    ['Lindqvist', 'Johansson', 'Andersson', 'Eriksson', 'Nilsen', 'Hansen', 'Berglund', 'Sørensen', 'Halvorsen',
      'Lundgren', 'Dahl', 'Nyström'],
  ],
  fi: [
    ['Aino', 'Juha', 'Kaisa', 'Mikko', 'Tuula', 'Eero', 'Satu', 'Ville', 'Hanna', 'Jukka'],
    ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'],
  ],
  gr: [
    ['Eleni', 'Giorgos', 'Dimitra', 'Nikos', 'Katerina', 'Kostas', 'Sofia', 'Yiannis', 'Vasiliki', 'Panagiotis'],
    ['Papadopoulos', 'Georgiou', 'Nikolaidou', 'Karagiannis', 'Vlachos', 'Oikonomou', 'Christodoulou', 'Papadaki',
      'Antoniou', 'Makris'],
  ],
  tr: [
    ['Ayşe', 'Mehmet', 'Elif', 'Mustafa', 'Zeynep', 'Emre', 'Fatma', 'Burak', 'Hülya', 'Oğuz', 'Selin', 'Cem'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aksoy'],
  ],
  ar: [
    ['Said', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Amira', 'Khalid', 'Nour', 'Hassan', 'Mariam', 'Tariq', 'Huda', 'Karim'],
    ['Al-Farsi', 'Haddad', 'Mansour', 'El-Sayed', 'Khoury', 'Nasser', 'Abdullah', 'Benali', 'Saleh', 'Hamdan', 'Aziz', 'Bakr'],
  ],
  fa: [
    ['Dariush', 'Shirin', 'Reza', 'Leila', 'Arash', 'Parisa', 'Kian', 'Nasrin', 'Babak', 'Mahsa'],
    ['Hosseini', 'Rahimi', 'Tehrani', 'Karimi', 'Moradi', 'Jafari', 'Ahmadi', 'Sadeghi', 'Rostami', 'Farahani'],
  ],
  in: [
    ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Deepika', 'Vikram', 'Lakshmi', 'Sanjay', 'Kavya', 'Rahul', 'Meera', 'Aditya', 'Pooja'],
    ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Banerjee', 'Chatterjee', 'Menon', 'Kulkarni', 'Singh', 'Desai'],
  ],
  pk: [
    ['Ayesha', 'Imran', 'Sana', 'Bilal', 'Nadia', 'Faisal', 'Rubina', 'Tanvir', 'Shabnam', 'Rafiq'],
    ['Khan', 'Qureshi', 'Chaudhry', 'Malik', 'Rahman', 'Hussain', 'Akhtar', 'Siddiqui', 'Mirza', 'Begum'],
  ],
  zh: [
    ['Wei', 'Xiaoling', 'Jian', 'Mei', 'Hao', 'Yuting', 'Zhiwei', 'Jun', 'Fang', 'Qiang', 'Xin', 'Lihua'],
    ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun'],
  ],
  ja: [
    ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Sakura', 'Daiki', 'Misaki', 'Kenji', 'Yuna', 'Takumi', 'Hina'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada'],
  ],
  ko: [
    ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Su-bin', 'Ha-eun', 'Do-yoon', 'Ye-jin', 'Hyun-woo', 'Ji-woo', 'Eun-ji'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  ],
  vi: [
    ['Thị Lan', 'Văn Minh', 'Thu Hà', 'Đức Anh', 'Ngọc Mai', 'Quang Huy', 'Thanh Tâm', 'Bảo Châu'],
    ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng'],
  ],
  ph: [
    ['Maricel', 'Jomar', 'Rowena', 'Arnel', 'Lorna', 'Jericho', 'Cherry', 'Rodel', 'Analyn', 'Joy'],
    ['dela Cruz', 'Reyes', 'Villanueva', 'Aquino', 'Manalo', 'Pangilinan', 'Dimaculangan', 'Macaraeg', 'Tolentino', 'Soriano'],
  ],
  wa: [
    ['Chinonso', 'Adaeze', 'Oluwaseun', 'Ngozi', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Kwame', 'Abena', 'Yaw',
      'Efua', 'Blessing', 'Precious'],
    ['Okafor', 'Adeyemi', 'Eze', 'Nwosu', 'Balogun', 'Okonkwo', 'Mensah', 'Asante', 'Boateng', 'Owusu', 'Adebayo', 'Obi'],
  ],
  za: [
    ['Thandiwe', 'Sipho', 'Lerato', 'Themba', 'Nomvula', 'Wanjiru', 'Baraka', 'Amani', 'Zanele', 'Kagiso'],
    ['Dlamini', 'Ndlovu', 'Mokoena', 'Khumalo', 'Nkosi', 'Mwangi', 'Otieno', 'Kamau', 'Mahlangu', 'Naidoo'],
  ],
  ua: [
    ['Olena', 'Dmytro', 'Natalia', 'Sergei', 'Oksana', 'Andriy', 'Yulia', 'Mikhail', 'Svetlana', 'Bohdan'],
    ['Shevchenko', 'Ivanova', 'Kovalenko', 'Petrov', 'Bondarenko', 'Smirnova', 'Melnyk', 'Kuznetsov', 'Tkachenko', 'Volkova'],
  ],
  he: [
    ['Noa', 'Yael', 'Eitan', 'Avital', 'Ariel', 'Tamar', 'Yosef', 'Shira', 'Lior', 'Dov'],
    ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Shapiro', 'Avraham', 'Ben-David'],
  ],
};
const ALL_CULTURES = Object.keys(POOLS) as Culture[];
const EASTERN: ReadonlySet<Culture> = new Set<Culture>(['zh', 'ja', 'ko', 'vi', 'hu']);

interface Person {
  readonly g: string;
  readonly s: string;
  readonly c: Culture;
}

function person(r: Rng, cults: readonly Culture[] = ALL_CULTURES): Person {
  const c = r.chance(0.8) ? r.pick(cults) : r.pick(ALL_CULTURES);
  const [gs, ss] = POOLS[c];
  return { g: r.pick(gs), s: r.pick(ss), c };
}
function full(p: Person): string {
  return EASTERN.has(p.c) ? `${p.s} ${p.g}` : `${p.g} ${p.s}`;
}
/** A name in one of the labelled forms. */
function variant(r: Rng, p: Person): string {
  const k = r.int(0, 13);
  if (k <= 6) return full(p);
  if (k === 7) return `${p.s}, ${p.g}`;
  if (k === 8) return `${p.g.charAt(0)}. ${p.s}`;
  if (k === 9) return full(p).toUpperCase();
  if (k === 10) return full(p).toLowerCase();
  if (k === 11) return `${p.s.toUpperCase()} ${p.g}`;
  if (k === 12) return `${p.g} ${String.fromCharCode(65 + r.int(0, 25))}. ${p.s}`;
  return p.s;
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ł/gi, 'l')
    .replace(/ß/g, 'ss')
    .replace(/đ/gi, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

const JA_KANJI: readonly [readonly string[], readonly string[]] = [
  ['美咲', '翔太', '陽菜', '大輔', '由美', '健一', '愛', '蓮', '結衣', '拓海', '直子', '誠'],
  ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '森', '石川'],
];
const KO_HANGUL: readonly [readonly string[], readonly string[]] = [
  ['민준', '서연', '지훈', '수빈', '예은', '도윤', '하은', '현우', '지우', '은지'],
  ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
];

// ---------------------------------------------------------------- values

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'libero.it', 'hotmail.es',
  'ziggo.nl', 'wp.pl', 't-online.de', 'icloud.com', 'proton.me', 'naver.com', 'uol.com.br', 'bigpond.com',
  'rediffmail.com', 'btinternet.com', 'seznam.cz', 'telia.com', 'eircom.net', 'yahoo.com', 'hotmail.com',
];
function email(r: Rng, p?: Person, domain?: string): string {
  const dom = domain ?? r.pick(MAIL_DOMAINS);
  if (!p) return `${r.pick(['info', 'contact', 'office', 'mail', 'hello'])}${r.digits(2)}@${dom}`;
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'x';
  const k = r.int(0, 6);
  const local =
    k === 0 ? `${g}.${s}` : k === 1 ? `${g}_${s}${r.int(1, 99)}` : k === 2 ? `${g.charAt(0)}${s}` : k === 3 ? `${s}.${g}`
      : k === 4 ? `${g}${s}${r.int(1960, 2005)}` : k === 5 ? `${g}.${s.charAt(0)}` : `${s}${r.digits(3)}`;
  return `${local}@${dom}`;
}
function roleEmail(r: Rng, org: string): string {
  return `${r.pick(['enquiries', 'support', 'admissions', 'repairs', 'benefits', 'info', 'noreply', 'contact', 'registry'])}@${org}`;
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'sam';
  const s = ascii(p.s) || 'lee';
  return `${g} ${r.pick(['dot', 'underscore'])} ${s} at ${r.pick(['gmail', 'outlook', 'yahoo', 'hotmail'])} dot ${r.pick(['com', 'co dot uk', 'net'])}`;
}
function spokenDigits(r: Rng, num: string): string {
  const groups = num.replace(/^\+/, 'plus ').split(/[\s\-().]+/).filter((x) => x.length > 0);
  const oh = r.chance(0.5);
  return groups
    .map((g) => (g === 'plus' ? 'plus' : [...g].map((c) => (c === '0' && oh ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ')))
    .join(r.pick([', ', ' ', ' - ']));
}

type CC = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PL' | 'SE' | 'IE' | 'CA' | 'AU' | 'IN' | 'BR' | 'MX' | 'JP' | 'KR' | 'ZA' | 'NG' | 'AT' | 'CH' | 'BE' | 'PT';

const nd = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
function phone(r: Rng, cc: CC): string {
  const k = r.int(0, 2);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = r.pick(['212', '312', '415', '503', '614', '702', '816', '904', '971', '385', '612', '470', '204', '902', '416', '604']);
      const b = `${r.int(2, 9)}${r.digits(2)}`;
      const c = r.digits(4);
      return [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`][r.int(0, 3)] as string;
    }
    case 'GB':
      return [`020 7${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`, `07${r.digits(3)} ${r.digits(6)}`][k] ?? `+44 7${r.digits(3)} ${r.digits(6)}`;
    case 'IE':
      return [`08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 1 ${r.digits(3)} ${r.digits(4)}`, `(021) ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'DE':
      return [`030 ${nd(r, 8)}`, `+49 89 ${r.digits(4)} ${r.digits(4)}`, `0171 ${nd(r, 7)}`][k] as string;
    case 'AT':
      return [`+43 1 ${r.digits(3)} ${r.digits(4)}`, `0664 ${nd(r, 7)}`, `0316 ${nd(r, 6)}`][k] as string;
    case 'CH':
      return [`044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `031 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'FR': {
      const p = [r.digits(2), r.digits(2), r.digits(2), r.digits(2)];
      return [`0${r.int(1, 5)} ${p.join(' ')}`, `+33 6 ${p.join(' ')}`, `07.${p.join('.')}`][k] as string;
    }
    case 'BE':
      return [`02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `09 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'NL':
      return [`020-${nd(r, 7)}`, `06-${nd(r, 8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`][k] as string;
    case 'ES':
      return [`6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 91${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`][k] as string;
    case 'PT':
      return [`91${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `+351 21 ${r.digits(3)} ${r.digits(4)}`, `22 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'IT':
      return [`02 ${r.digits(4)} ${r.digits(4)}`, `+39 347 ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(8)}`][k] as string;
    case 'PL':
      return [`+48 60${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `5${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`][k] as string;
    case 'SE':
      return [`08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'AU':
      return [`(02) ${r.digits(4)} ${r.digits(4)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`][k] as string;
    case 'IN':
      return [`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `080-${r.digits(4)} ${r.digits(4)}`][k] as string;
    case 'BR':
      return [`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 ${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`][k] as string;
    case 'MX':
      return [`55 ${r.digits(4)} ${r.digits(4)}`, `+52 81 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`][k] as string;
    case 'JP':
      return [`03-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `+81 80-${r.digits(4)}-${r.digits(4)}`][k] as string;
    case 'KR':
      return [`010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`][k] as string;
    case 'ZA':
      return [`08${r.int(2, 4)} ${r.digits(3)} ${r.digits(4)}`, `+27 21 ${r.digits(3)} ${r.digits(4)}`, `011 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'NG':
      return [`080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `+234 803 ${r.digits(3)} ${r.digits(4)}`, `0906 ${r.digits(3)} ${r.digits(4)}`][k] as string;
  }
}

function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  const [prefix, len] =
    k <= 3 ? ['4', 16] : k === 4 ? ['4', 13] : k <= 6 ? [String(r.int(51, 55)), 16] : k === 7 ? [String(r.int(2221, 2720)), 16]
      : k === 8 ? [r.pick(['34', '37']), 15] : k === 9 ? [r.pick(['6011', '65']), 16] : k === 10 ? [String(r.int(3528, 3589)), 16]
        : [r.pick(['36', '38', '300', '305']), 14];
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 13) return sep ? [d.slice(0, 4), d.slice(4, 7), d.slice(7, 10), d.slice(10)].join(sep) : d;
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const BBAN: Record<string, string> = {
  DE: 'n18', GB: 'A4n14', FR: 'n23', ES: 'n20', IT: 'A1n22', NL: 'A4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'A4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', GR: 'n23', CZ: 'n20', HU: 'n24',
  RO: 'A4n16', HR: 'n17', TR: 'n22', SA: 'n20', AE: 'n19', LT: 'n16', SI: 'n15',
};
const BANK_CODES: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'],
  RO: ['BTRL', 'RNCB', 'BRDE'], IT: ['X', 'Y', 'Z', 'A'],
};
function ibanCompact(r: Rng, cc: string): string {
  const spec = BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([An])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'A' ? r.pick(BANK_CODES[cc] ?? ['ABCD']).padEnd(n, 'X').slice(0, n) : r.digits(n);
  }
  for (let c = 2; c <= 98; c++) {
    const cand = `${cc}${String(c).padStart(2, '0')}${bban}`;
    if (ibanMod97Valid(cand) && IBAN_LENGTHS[cc] === cand.length) return cand;
  }
  return `${cc}00${bban}`;
}
function fmtIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (k <= 7) return c;
  if (k === 8) return c.toLowerCase();
  return (c.match(/.{1,4}/g) ?? [c]).join(' ').toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = r.int(6, c.length - 1);
  const ch = c.charAt(i);
  const repl = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'Z' ? 'Y' : 'Z';
  return fmtIban(r, c.slice(0, i) + repl + c.slice(i + 1));
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const area = String(a).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const k = r.int(0, 9);
  return k <= 6 ? `${area}-${g}-${s}` : k <= 8 ? `${area} ${g} ${s}` : `${area}${g}${s}`;
}
function badSsn(r: Rng): string {
  return r.pick([`000-${r.digits(2)}-${r.digits(4)}`, `9${r.digits(2)}-7${r.int(0, 9)}-${r.digits(4)}`, `666-${r.digits(2)}-${r.digits(4)}`,
    `***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`]);
}
function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([81, 86, 91, 109, 145, 176, 185, 203, 212, 31, 62, 77, 94, 151, 188, 24, 73, 98])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return [r.pick(['2a02', '2a01', '2600', '2406', '2804']), h(), h(), h(), h(), h(), h(), h()].join(':');
  return `${r.pick(['2a00', '2001', '2607'])}:${h()}:${h()}::${r.int(1, 255).toString(16)}`;
}
function ip(r: Rng): string {
  return r.chance(0.72) ? ipv4(r) : ipv6(r);
}
/** Writes an IP with optional port/brackets outside the label. */
function putIp(r: Rng, d: Doc): void {
  const v = ip(r);
  const port = r.chance(0.3);
  if (port && v.includes(':')) d.t('[').l('IP', v).t(`]:${r.pick([443, 8443, 51820])}`);
  else if (port) d.l('IP', v).t(`:${r.pick([443, 8080, 3389, 22])}`);
  else d.l('IP', v);
}

// ---------------------------------------------------------------- dates

interface Dt {
  y: number;
  m: number;
  d: number;
}
const MONTHS: Record<string, readonly string[]> = {
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
const p2 = (n: number): string => String(n).padStart(2, '0');
function birth(r: Rng, young = false): Dt {
  return { y: young ? r.int(2004, 2019) : r.int(1936, 2006), m: r.int(1, 12), d: r.int(1, 28) };
}
function recent(r: Rng): Dt {
  return { y: r.int(2023, 2026), m: r.int(1, 12), d: r.int(1, 28) };
}
type DateStyle = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'sv' | 'jp' | 'kr' | 'iso';
function fmtDate(r: Rng, t: Dt, st: DateStyle): string {
  const mo = (lang: string): string => (MONTHS[lang] ?? [])[t.m - 1] ?? '';
  const long = r.chance(0.4);
  switch (st) {
    case 'us':
      return long ? `${mo('en')} ${t.d}, ${t.y}` : r.chance(0.8) ? `${p2(t.m)}/${p2(t.d)}/${t.y}` : `${t.m}/${t.d}/${t.y}`;
    case 'uk':
      return long ? `${t.d} ${mo('en')} ${t.y}` : `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'de':
      return long ? `${t.d}. ${mo('de')} ${t.y}` : `${p2(t.d)}.${p2(t.m)}.${t.y}`;
    case 'fr':
      return long ? `${t.d === 1 ? '1er' : t.d} ${mo('fr')} ${t.y}` : `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'es':
      return long ? `${t.d} de ${mo('es')} de ${t.y}` : `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'it':
      return long ? `${t.d} ${mo('it')} ${t.y}` : `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'nl':
      return long ? `${t.d} ${mo('nl')} ${t.y}` : `${p2(t.d)}-${p2(t.m)}-${t.y}`;
    case 'pt':
      return long ? `${t.d} de ${mo('pt')} de ${t.y}` : `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'pl':
      return long ? `${t.d} ${mo('pl')} ${t.y} r.` : `${p2(t.d)}.${p2(t.m)}.${t.y}`;
    case 'sv':
      return long ? `${t.d} ${mo('sv')} ${t.y}` : `${t.y}-${p2(t.m)}-${p2(t.d)}`;
    case 'jp':
      return `${t.y}年${t.m}月${t.d}日`;
    case 'kr':
      return r.chance(0.7) ? `${t.y}년 ${t.m}월 ${t.d}일` : `${t.y}.${p2(t.m)}.${p2(t.d)}`;
    case 'iso':
      return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
  }
}

// ---------------------------------------------------------------- addresses

const STREET_WORDS = ['Maple', 'Cedar', 'Orchard', 'Willow', 'Harbor', 'Juniper', 'Birchwood', 'Quarry', 'Foxglove', 'Meadow',
  'Sycamore', 'Kestrel', 'Larkspur', 'Millbrook', 'Copper Beech', 'Tanner', 'Ridgeway', 'Heron', 'Chestnut', 'Stonebridge'];
const US_CITIES = [['Springfield', 'IL', '627'], ['Dayton', 'OH', '454'], ['Tacoma', 'WA', '984'], ['Albuquerque', 'NM', '871'],
  ['Macon', 'GA', '312'], ['Fresno', 'CA', '937'], ['Eugene', 'OR', '974'], ['Burlington', 'VT', '054'], ['Lubbock', 'TX', '794'],
  ['Duluth', 'MN', '558'], ['Scranton', 'PA', '185'], ['Boise', 'ID', '837'], ['Mobile', 'AL', '366'], ['Ithaca', 'NY', '148'],
  ['Flint', 'MI', '485'], ['Hope', 'AR', '718'], ['Independence', 'MO', '640']] as const;
const UK_TOWNS = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Sheffield', 'S'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'],
  ['Nottingham', 'NG'], ['Leicester', 'LE'], ['Exeter', 'EX'], ['Derby', 'DE'], ['Sunderland', 'SR'], ['Reading', 'RG']] as const;
const DE_CITIES = [['Berlin', '10'], ['Leipzig', '04'], ['Kassel', '34'], ['Münster', '48'], ['Freiburg im Breisgau', '79'],
  ['Rostock', '18'], ['Bamberg', '96'], ['Würzburg', '97'], ['Gelsenkirchen', '45'], ['Köln', '50']] as const;
const FR_CITIES = [['Lyon', '6900'], ['Toulouse', '3100'], ['Nantes', '4400'], ['Lille', '5900'], ['Rennes', '3500'],
  ['Montpellier', '3400'], ['Grenoble', '3800'], ['Dijon', '2100'], ['Besançon', '2500']] as const;
const ES_CITIES = [['Madrid', '28'], ['Valencia', '46'], ['Zaragoza', '50'], ['Sevilla', '41'], ['Bilbao', '48'], ['Málaga', '29'],
  ['Valladolid', '47'], ['Murcia', '30']] as const;
const IT_CITIES = [['Milano', 'MI', '201'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Napoli', 'NA', '801'],
  ['Bari', 'BA', '701'], ['Firenze', 'FI', '501'], ['Padova', 'PD', '351']] as const;
const UC = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

/** A postal address as lines (street lines first, locality last). */
function address(r: Rng, cc: CC): string[] {
  const w = r.pick(STREET_WORDS);
  const n = r.int(1, 240);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick(US_CITIES);
      if (r.chance(0.12)) return [`P.O. Box ${r.int(100, 9999)}`, `${city}, ${st} ${z}${r.digits(2)}`];
      const l1 = `${r.int(10, 9899)} ${w} ${r.pick(['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Ct', 'Blvd', 'Street', 'Avenue'])}`;
      const l = r.chance(0.35) ? [l1, r.pick([`Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, `Unit ${r.int(1, 300)}`, `#${r.int(2, 90)}`])] : [l1];
      return [...l, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`];
    }
    case 'GB': {
      const [town, pc] = r.pick(UK_TOWNS);
      const post = `${pc}${r.int(1, 19)} ${r.int(1, 9)}${UC(r, 2).replace(/[CIKMOV]/g, 'N')}`;
      const l1 = `${n} ${w} ${r.pick(['Road', 'Lane', 'Close', 'Crescent', 'Gardens', 'Terrace', 'Way', 'Street'])}`;
      const pre = r.chance(0.35) ? [r.pick([`Flat ${r.int(1, 30)}`, `Flat ${r.int(1, 9)}${r.pick(['A', 'B'])}`, `${r.pick(['Ivy', 'Rowan', 'Thistle'])} Court`])] : [];
      return r.chance(0.5) ? [...pre, l1, town, post] : [...pre, l1, `${town} ${post}`];
    }
    case 'IE':
      return [`${n} ${w} ${r.pick(['Park', 'Grove', 'Avenue', 'Heights'])}`, r.pick(['Ballincollig', 'Drumcondra', 'Salthill', 'Ennis', 'Tralee']),
        `Co. ${r.pick(['Cork', 'Dublin', 'Galway', 'Clare', 'Kerry'])}`, `${r.pick(['P31', 'D09', 'H91', 'V95', 'V92'])} ${UC(r, 1)}${r.digits(1)}${UC(r, 1)}${r.digits(1)}`];
    case 'DE': {
      const [city, pz] = r.pick(DE_CITIES);
      if (r.chance(0.1)) return [`Postfach ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`, `${pz}${r.digits(3)} ${city}`];
      const st = r.pick(['Linden', 'Birken', 'Ahorn', 'Kastanien', 'Mühlen', 'Garten', 'Schiller', 'Weiden']);
      return [r.pick([`${st}straße ${n}`, `${st}str. ${n}${r.pick(['', 'a', 'b'])}`, `Am ${st}hof ${r.int(1, 30)}`, `${st}weg ${n}`]), `${pz}${r.digits(3)} ${city}`];
    }
    case 'AT':
      return [`${r.pick(['Hauptplatz', 'Grazer Straße', 'Lerchengasse', 'Annenstraße'])} ${r.int(1, 60)}/${r.int(1, 9)}/${r.int(1, 20)}`,
        `${r.pick(['1080 Wien', '8010 Graz', '4020 Linz', '5020 Salzburg', '6020 Innsbruck'])}`];
    case 'CH':
      return [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Marché', 'Via Nassa'])} ${r.int(1, 90)}`,
        r.pick(['8001 Zürich', '3011 Bern', '1204 Genève', '6900 Lugano', '4051 Basel'])];
    case 'FR': {
      const [city, cp] = r.pick(FR_CITIES);
      const l1 = `${n}${r.pick(['', ' bis', ''])} ${r.pick(['rue des', 'avenue des', 'impasse des', 'allée des', 'chemin des'])} ${r.pick(['Tilleuls', 'Lilas', 'Peupliers', 'Acacias', 'Vignes', 'Cordiers'])}`;
      const pre = r.chance(0.3) ? [`Bât. ${UC(r, 1)}, appt ${r.int(1, 60)}`] : [];
      return [...pre, l1, `${cp}${r.int(1, 9)} ${city}${r.chance(0.3) ? ` CEDEX` : ''}`];
    }
    case 'BE':
      return [r.pick([`Rue de la ${r.pick(['Station', 'Brasserie', 'Loi'])} ${n}`, `${r.pick(['Kerk', 'Molen', 'Veld'])}straat ${n}`]),
        r.pick(['1000 Bruxelles', '9000 Gent', '2018 Antwerpen', '4000 Liège', '3000 Leuven'])];
    case 'ES': {
      const [city, cp] = r.pick(ES_CITIES);
      return [`${r.pick(['Calle', 'C/', 'Avenida', 'Paseo'])} ${r.pick(['del Olmo', 'de la Estación', 'Mayor', 'de las Huertas', 'del Río'])}, ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'Izq.', 'Dcha.'])}`,
        `${cp}0${r.digits(2)} ${city}`];
    }
    case 'PT':
      return [`Rua ${r.pick(['das Flores', 'do Carmo', 'da Boavista', 'dos Combatentes'])}, ${n}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`,
        `${r.pick(['1200', '4050', '3000', '8000'])}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Coimbra', 'Faro'])}`];
    case 'IT': {
      const [city, pr, cap] = r.pick(IT_CITIES);
      return [`${r.pick(['Via', 'Viale', 'Corso', 'Piazza'])} ${r.pick(['dei Mille', 'delle Rose', 'Roma', 'della Repubblica', 'dei Tigli'])} ${n}${r.chance(0.2) ? '/B' : ''}`,
        `${cap}${r.digits(2)} ${city} (${pr})`];
    }
    case 'NL':
      return [`${r.pick(['Prinsengracht', 'Dorpsstraat', 'Molenweg', 'Lindelaan', 'Kastanjehof'])} ${n}${r.pick(['', '-2', ' A', ' bis'])}`,
        `${r.int(1000, 9999)} ${UC(r, 2).replace(/[FIOQUY]/g, 'K')} ${r.pick(['Utrecht', 'Groningen', 'Eindhoven', 'Zwolle', 'Leiden', 'Tilburg', 'Haarlem'])}`];
    case 'PL':
      return [`ul. ${r.pick(['Kwiatowa', 'Lipowa', 'Słoneczna', 'Ogrodowa', 'Polna'])} ${n}${r.chance(0.5) ? `/${r.int(1, 80)}` : ''}`,
        `${r.pick(['30', '80', '60', '50', '90', '20'])}-${r.digits(3)} ${r.pick(['Kraków', 'Gdańsk', 'Poznań', 'Wrocław', 'Łódź', 'Lublin'])}`];
    case 'SE':
      return [`${r.pick(['Storgatan', 'Kyrkogatan', 'Björkvägen', 'Skolgatan'])} ${n}${r.pick(['', ' A', ' B'])}`,
        `${r.pick(['411', '211', '753', '903'])} ${r.digits(2)} ${r.pick(['Göteborg', 'Malmö', 'Uppsala', 'Umeå'])}`];
    case 'CA': {
      const [city, pv, pc] = r.pick([['Winnipeg', 'MB', 'R3'], ['Halifax', 'NS', 'B3'], ['Kelowna', 'BC', 'V1'], ['Hamilton', 'ON', 'L8'],
        ['Saskatoon', 'SK', 'S7'], ['Québec', 'QC', 'G1']] as const);
      return [`${r.int(10, 9999)} ${w} ${r.pick(['St', 'Ave', 'Rd', 'Cres'])}${r.chance(0.3) ? `, Unit ${r.int(1, 400)}` : ''}`,
        `${city}, ${pv} ${pc}${UC(r, 1)} ${r.digits(1)}${UC(r, 1)}${r.digits(1)}`];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Parramatta', 'NSW', '2150'], ['Fitzroy', 'VIC', '3065'], ['Toowong', 'QLD', '4066'],
        ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']] as const);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}/` : ''}${n} ${w} ${r.pick(['St', 'Pde', 'Cres', 'Rd', 'Ave'])}`, `${sub} ${st} ${pc}`];
    }
    case 'IN':
      return [`Flat ${r.int(101, 904)}, ${r.pick(['Sai Residency', 'Green Meadows', 'Lotus Enclave', 'Shanti Nivas'])}`,
        `${r.int(2, 18)}th Cross, ${r.pick(['Indiranagar', 'Kothrud', 'Adyar', 'Banjara Hills', 'Malviya Nagar'])}`,
        `${r.pick(['Bengaluru 5600', 'Pune 4110', 'Chennai 6000', 'Hyderabad 5000', 'Jaipur 3020'])}${r.digits(2)}`];
    case 'BR':
      return [`Rua ${r.pick(['das Acácias', 'Sete de Setembro', 'do Comércio', 'das Palmeiras'])}, ${n}, apto ${r.int(11, 184)}`,
        `${r.pick(['Pinheiros, São Paulo - SP', 'Savassi, Belo Horizonte - MG', 'Boa Viagem, Recife - PE', 'Moinhos de Vento, Porto Alegre - RS'])}`,
        `${r.digits(5)}-${r.digits(3)}`];
    case 'MX':
      return [`Calle ${r.pick(['Jacarandas', 'Hidalgo', 'Fresno', 'Pino Suárez'])} ${n}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}, Col. ${r.pick(['Del Valle', 'Roma Norte', 'Centro', 'Americana'])}`,
        `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.'])}`];
    case 'JP':
      return r.chance(0.6)
        ? [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都世田谷区', '大阪府大阪市北区', '神奈川県横浜市港北区', '福岡県福岡市中央区'])}${r.pick(['桜新町', '梅田', '日吉', '天神'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`]
        : [`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Sakurashinmachi, Setagaya-ku', 'Umeda, Kita-ku', 'Hiyoshi, Kohoku-ku'])}`,
          `${r.pick(['Tokyo', 'Osaka', 'Yokohama'])} ${r.digits(3)}-${r.digits(4)}`];
    case 'KR':
      return r.chance(0.5)
        ? [`${r.pick(['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '대전광역시 유성구 대학로'])} ${r.int(1, 300)}, ${r.int(101, 120)}동 ${r.int(101, 1502)}호 (${r.digits(5)})`]
        : [`${r.int(1, 300)} ${r.pick(['Teheran-ro, Gangnam-gu', 'Worldcup buk-ro, Mapo-gu', 'Daehak-ro, Yuseong-gu'])}`, `${r.pick(['Seoul', 'Daejeon'])} ${r.digits(5)}`];
    case 'ZA':
      return [`${n} ${r.pick(['Jacaranda', 'Protea', 'Acacia'])} Street`, r.pick(['Rondebosch', 'Sunnyside', 'Morningside']),
        r.pick(['Cape Town', 'Pretoria', 'Durban']), r.digits(4)];
    case 'NG':
      return [`${r.pick(['Plot', 'No.', 'House'])} ${n} ${r.pick(['Ajose Adeogun Street', 'Bode Thomas Street', 'Ogui Road', 'Aminu Kano Crescent'])}`,
        `${r.pick(['Victoria Island, Lagos', 'Surulere, Lagos', 'Enugu, Enugu State', 'Wuse II, Abuja'])}`];
  }
}
const COUNTRY_LINE: Partial<Record<CC, string>> = {
  GB: 'United Kingdom', DE: 'Deutschland', FR: 'France', ES: 'España', IT: 'Italia', NL: 'Nederland', PL: 'Polska',
  SE: 'Sverige', IE: 'Ireland', US: 'USA', CA: 'Canada', AU: 'Australia', IN: 'India', BR: 'Brasil', MX: 'México',
  AT: 'Österreich', CH: 'Schweiz', BE: 'Belgique', PT: 'Portugal', ZA: 'South Africa', NG: 'Nigeria', JP: 'Japan', KR: 'South Korea',
};
/** Writes an address, inline or as a block; `country` appends the country line. */
function putAddr(r: Rng, d: Doc, cc: CC, block = false, country = false): void {
  const lines = address(r, cc);
  if (country) lines.push(COUNTRY_LINE[cc] ?? 'USA');
  d.l('ADDRESS', lines.join(block ? '\n' : ', '));
}

const DATE_STYLE: Record<CC, DateStyle> = {
  US: 'us', GB: 'uk', IE: 'uk', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', IT: 'it', NL: 'nl',
  PT: 'pt', BR: 'pt', PL: 'pl', SE: 'sv', CA: 'iso', AU: 'uk', IN: 'uk', JP: 'jp', KR: 'kr', ZA: 'iso', NG: 'uk',
};
const CULTURES_OF: Record<CC, readonly Culture[]> = {
  US: ['en', 'mx', 'wa', 'zh', 'in', 'ie', 'ko', 'vi', 'ph', 'he', 'ar'], GB: ['en', 'sc', 'pk', 'in', 'wa', 'pl', 'ie'],
  IE: ['ie', 'en', 'pl', 'wa'], DE: ['de', 'tr', 'pl', 'ar', 'ua', 'it', 'gr'], AT: ['at', 'de', 'tr', 'cz', 'hu'],
  CH: ['at', 'de', 'it', 'fr', 'pt'], FR: ['fr', 'ar', 'pt', 'wa', 'vi'], BE: ['fr', 'nl', 'ar', 'tr'],
  ES: ['es', 'mx', 'ar'], MX: ['mx', 'es'], IT: ['it', 'ar', 'ua'], NL: ['nl', 'tr', 'ar'], PT: ['pt', 'ua'], BR: ['pt', 'ja', 'it'],
  PL: ['pl', 'ua'], SE: ['no', 'fi', 'fa', 'ar'], CA: ['en', 'fr', 'zh', 'in', 'ph'], AU: ['en', 'zh', 'vi', 'gr', 'in'],
  IN: ['in'], JP: ['ja'], KR: ['ko'], ZA: ['za', 'en', 'in'], NG: ['wa'],
};
const IBAN_CC: Partial<Record<CC, string>> = {
  GB: 'GB', DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', SE: 'SE', IE: 'IE', AT: 'AT', CH: 'CH', BE: 'BE', PT: 'PT',
};

// ---------------------------------------------------------------- traps

function ref(r: Rng, prefix: string): string {
  return `${prefix}${r.digits(r.int(5, 8))}`;
}
function hash(r: Rng, n = 40): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
function stamp(r: Rng): string {
  const t = recent(r);
  return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
}
const EPONYMS = [
  "Clare's Law", "Megan's Law", "Martyn's Law", 'the Duke of Edinburgh Award', 'a Fulbright grant', 'the Rhodes Scholarship',
  "Parkinson's disease", "Crohn's disease", 'Asperger syndrome', "Hodgkin's lymphoma", 'Down syndrome', 'the Erasmus+ programme',
  'the Marie Skłodowska-Curie fellowship', 'the Nelson Mandela Children’s Fund', 'Lycée Victor Hugo', 'Goethe-Institut',
  'the Alan Turing Building', 'Mary Seacole Ward', 'Florence Nightingale House', 'John Radcliffe Hospital', 'Humboldt-Universität',
  'Albert-Schweitzer-Gymnasium', 'Escuela Benito Juárez', 'Harriet Tubman Elementary', 'King Edward VI School', 'Dell laptop',
  'Ford Transit', "McDonald's", 'Jenkins pipeline', 'Ruby on Rails', 'Hurricane Helene', 'Storm Babet', 'the MV Queen Mary',
  'Martin Luther King Jr. Boulevard', 'St. Helens', 'Victoria station', 'Lake Washington', "Wendy's", 'the Nobel Prize',
];
function trap(r: Rng): string {
  const k = r.int(0, 17);
  switch (k) {
    case 0: return `Case no. ${r.int(2019, 2025)}-${r.pick(['CV', 'CR', 'FAM', 'SC'])}-${r.digits(5)}.`;
    case 1: return `Tracking: 1Z${UC(r, 3)}${r.digits(13)}.`;
    case 2: return `Document hash sha1:${hash(r)}.`;
    case 3: return `Portal version v${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 9)} (build 10.0.${r.int(19041, 26100)}.${r.int(1000, 4000)}).`;
    case 4: return `Logged at ${stamp(r)}.`;
    case 5: return `The number ${badCard(r)} on the old form is not a valid card.`;
    case 6: return `Account ${badIban(r, r.pick(['DE', 'GB', 'FR', 'NL', 'ES']))} was rejected by the bank.`;
    case 7: return `Employer EIN ${ein(r)}.`;
    case 8: return `Routing number ${r.pick(['021000021', '011000015', '121000358', '026009593'])}.`;
    case 9: return `Card ending ${r.digits(4)} (**** **** **** ${r.digits(4)}).`;
    case 10: return `Phone on file: ***-***-${r.digits(4)}.`;
    case 11: return `SSN on file: ${badSsn(r)}.`;
    case 12: return `See also ${r.pick(EPONYMS)}.`;
    case 13: return `Invoice dated ${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(2023, 2025)}, order #${r.digits(7)}.`;
    case 14: return `Claim ref ${UC(r, 2)}${r.digits(6)}${UC(r, 1)}; ticket INC${r.digits(7)}.`;
    case 15: return `Ref. ${r.pick(EPONYMS)} / file ${r.digits(4)}/${r.int(2020, 2025)}.`;
    case 16: return `Cost code ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}; room ${r.int(1, 4)}.${p2(r.int(1, 40))}.`;
    default: return `Sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}.`;
  }
}
function maybeTrap(r: Rng, d: Doc, p = 0.5): void {
  if (r.chance(p)) d.t(`\n${trap(r)}`);
}
/** "Submitted via …" footer of online forms, often with the client IP. */
function footer(r: Rng, d: Doc, p = 0.55): void {
  if (!r.chance(p)) {
    d.t(`\n-- submitted ${stamp(r)} ref WEB-${r.digits(6)}`);
    return;
  }
  d.t(`\n-- submitted ${stamp(r)} from `);
  putIp(r, d);
  d.t(` (session ${hash(r, 12)})`);
}
const HON_EN = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Mx.', 'Prof.', 'Mr', 'Ms', 'Dr'];

// ---------------------------------------------------------------- templates

type Tpl = (r: Rng, d: Doc) => void;
const pc = (r: Rng, cc: CC): Person => person(r, CULTURES_OF[cc]);
const dob = (r: Rng, cc: CC, young = false): string => fmtDate(r, birth(r, young), DATE_STYLE[cc]);
const when = (r: Rng, cc: CC): string => fmtDate(r, recent(r), DATE_STYLE[cc]);
const EN_CC: readonly CC[] = ['US', 'GB', 'IE', 'CA', 'AU', 'IN', 'ZA', 'NG'];
const COUNCILS = ['northvale.gov.uk', 'eastmoor.gov.uk', 'harbourside-council.gov.uk', 'kingsmere.gov.uk'];

const TEMPLATES: readonly Tpl[] = [
  // 1 US benefits award letter
  (r, d) => {
    const p = pc(r, 'US');
    d.t('SOCIAL SECURITY BENEFITS — NOTICE OF AWARD\n\n').l('PERSON', full(p).toUpperCase()).t('\n');
    putAddr(r, d, 'US', true);
    d.t(`\n\nDate: ${when(r, 'US')}\nClaim number: ${badSsn(r)}${UC(r, 1)}\n\nDear ${r.pick(HON_EN)} `).l('PERSON', p.s);
    d.t(`,\nWe have approved your application. Your first payment of $${r.int(600, 2400)}.00 will be deposited on ${when(r, 'US')}.`);
    d.t(' If you disagree, call us at ').l('PHONE', phone(r, 'US')).t(` (TTY 1-800-325-0778).`);
    maybeTrap(r, d);
  },
  // 2 IRS notice reply
  (r, d) => {
    const p = pc(r, 'US');
    const sp = pc(r, 'US');
    d.t(`Re: Notice CP${r.int(11, 2000)} — tax year ${r.int(2021, 2024)}\n\nTo whom it may concern,\n\nI am responding on behalf of myself and my spouse, `);
    d.l('PERSON', full(sp)).t('. My SSN is ').l('NATIONAL_ID', ssn(r)).t(' and my spouse’s is ').l('NATIONAL_ID', ssn(r));
    d.t(`. The W-2 from the employer (EIN ${ein(r)}) was reported twice. Please send correspondence to `);
    putAddr(r, d, 'US');
    d.t('.\n\nSincerely,\n').self(p).t('\nDaytime phone: ').l('PHONE', phone(r, 'US'));
  },
  // 3 HMRC letter
  (r, d) => {
    const p = pc(r, 'GB');
    d.t('HM Revenue & Customs\nBX9 1AS\n\n').l('PERSON', variant(r, p)).t('\n');
    putAddr(r, d, 'GB', true);
    d.t(`\n\nUnique Taxpayer Reference: ${r.digits(5)} ${r.digits(5)}\nNational Insurance number: ${UC(r, 2).replace(/[DFIQUV]/g, 'A')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}\n\n`);
    d.t(`Dear ${r.pick(HON_EN)} `).l('PERSON', p.s).t(`,\nYour Self Assessment return for ${r.int(2021, 2024)} to ${r.int(2025, 2026)} shows an overpayment of £${r.int(40, 900)}.${r.digits(2)}. `);
    d.t(`We will repay it to the account ending ${r.digits(4)} within 5 working days. If you have any questions, phone us on 0300 200 3310.`);
    maybeTrap(r, d);
  },
  // 4 council repair e-mail
  (r, d) => {
    const p = pc(r, 'GB');
    const org = r.pick(COUNCILS);
    d.t('To: ').l('EMAIL', roleEmail(r, org)).t('\nFrom: ').l('EMAIL', email(r, p)).t(`\nSubject: Repair request — ${r.pick(['damp and mould in bedroom', 'boiler not working', 'leaking roof', 'broken front door lock', 'no hot water'])}\n\n`);
    d.t(`Hello,\n\nI am a council tenant at `);
    putAddr(r, d, 'GB');
    d.t(`. ${r.pick(['Since Storm Babet the ceiling has been dripping.', 'The problem started three weeks ago.', 'My daughter has asthma and it is getting worse.'])} `);
    d.t(`I reported this before (job ${r.digits(7)}) but nobody came. I'm home weekdays after 2pm, access via the side gate. Mobile: `).l('PHONE', phone(r, 'GB'));
    d.t('.\n\nRegards,\n').l('PERSON', r.chance(0.5) ? full(p) : p.g);
  },
  // 5 council repair chat transcript with spoken numbers
  (r, d) => {
    const p = pc(r, 'GB');
    const agent = person(r, ['en', 'sc', 'pk']);
    const ph = phone(r, 'GB');
    d.t(`[Webchat — Housing Repairs]\nAgent (`).l('PERSON', agent.g).t(`): Hi, can I take your name please?\nCustomer: it's `).self(p);
    d.t('\nAgent: Thanks. And the first line of the address and postcode?\nCustomer: ');
    putAddr(r, d, 'GB');
    d.t('\nAgent: Best number to reach you?\nCustomer: ').l('PHONE', spokenDigits(r, ph));
    d.t('\nAgent: And an email for the confirmation?\nCustomer: ').l('EMAIL', spokenEmail(r, p));
    d.t(`\nAgent: Lovely. I've raised job ${r.digits(8)} for the ${r.pick(['extractor fan', 'kitchen tap', 'bathroom mould'])}; an operative will attend on ${when(r, 'GB')}.`);
  },
  // 6 German Finanzamt reply
  (r, d) => {
    const p = pc(r, 'DE');
    d.t(`An das Finanzamt ${r.pick(['Leipzig I', 'Kassel-Hofgeismar', 'Münster-Innenstadt', 'Bamberg'])}\nSteuernummer ${r.digits(3)}/${r.digits(3)}/${r.digits(5)}\nSteuer-ID ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\n\n`);
    d.t('Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die Erstattung aus dem Bescheid vom ').t(when(r, 'DE')).t(' auf mein neues Konto:\nIBAN ').l('IBAN', iban(r, 'DE'));
    d.t(`\nKontoinhaber: `).l('PERSON', full(p)).t(', geb. am ').l('DOB', dob(r, 'DE')).t('\nAnschrift: ');
    putAddr(r, d, 'DE');
    d.t('\n\nMit freundlichen Grüßen\n').l('PERSON', full(p));
    maybeTrap(r, d, 0.3);
  },
  // 7 Bürgeramt appointment
  (r, d) => {
    const p = pc(r, 'DE');
    d.t(`Terminbestätigung Bürgeramt ${r.pick(['Mitte', 'Pankow', 'Neukölln', 'Lichtenberg'])}\n\nGuten Tag ${r.pick(['Frau', 'Herr'])} `).l('PERSON', p.s);
    d.t(`,\nIhr Termin für ${r.pick(['die Wohnsitzanmeldung', 'einen Personalausweis', 'einen Reisepass', 'ein Führungszeugnis'])} ist am ${when(r, 'DE')} um ${r.int(8, 15)}:${r.pick(['00', '15', '30', '45'])} Uhr.`);
    d.t(` Vorgangsnummer: ${r.digits(9)}. Bei Rückfragen erreichen wir Sie unter `).l('PHONE', phone(r, 'DE')).t(' oder ').l('EMAIL', email(r, p)).t('.');
    d.t(' Bitte bringen Sie die Wohnungsgeberbestätigung für ');
    putAddr(r, d, 'DE');
    d.t(' mit.');
  },
  // 8 French CAF letter
  (r, d) => {
    const p = pc(r, 'FR');
    const civ = r.pick(['Madame', 'Monsieur']);
    d.t(`Caisse d'allocations familiales\nN° allocataire : ${r.digits(7)}\n\n${civ} `).l('PERSON', r.chance(0.5) ? `${p.s.toUpperCase()} ${p.g}` : full(p)).t('\n');
    putAddr(r, d, 'FR', true);
    d.t(`\n\n${civ},\nSuite à votre demande d'aide au logement du ${when(r, 'FR')}, nous avons besoin d'un RIB. Vos coordonnées actuelles : né(e) le `);
    d.l('DOB', dob(r, 'FR')).t(', tél. ').l('PHONE', phone(r, 'FR')).t('.\nRéponse de l’allocataire : voici mon IBAN ').l('IBAN', iban(r, 'FR')).t('. Cordialement, ').l('PERSON', p.g).t('.');
  },
  // 9 Parcoursup / French university admission
  (r, d) => {
    const p = pc(r, 'FR');
    const parent = { ...pc(r, 'FR'), s: p.s };
    d.t(`Objet : dossier d'admission en licence — ${r.pick(['Droit', 'Psychologie', 'Informatique', 'LEA'])}\n\nBonjour,\n\nJe suis `).self(p);
    d.t(', né(e) le ').l('DOB', dob(r, 'FR', true)).t(`, lycéen(ne) au ${r.pick(['Lycée Victor Hugo', 'Lycée Marie Curie', 'Lycée Jean Jaurès'])}. Mon numéro INE est ${r.digits(9)}${UC(r, 2)}.`);
    d.t(' Vous pouvez joindre ma mère, Mme ').l('PERSON', full(parent)).t(', au ').l('PHONE', phone(r, 'FR')).t(' ou par courriel : ').l('EMAIL', email(r, parent)).t('.');
    if (r.chance(0.5)) d.t('\nFrais de dossier réglés par carte ').l('CARD', card(r)).t('.');
    footer(r, d, 0.4);
  },
  // 10 Spanish ayuntamiento
  (r, d) => {
    const p = pc(r, 'ES');
    d.t(`SOLICITUD — Ayuntamiento de ${r.pick(['Zaragoza', 'Valladolid', 'Málaga', 'Murcia'])}\nAsunto: ${r.pick(['bonificación del IBI', 'ayuda al alquiler', 'empadronamiento'])}\n\nNombre y apellidos: `).l('PERSON', `${p.g} ${p.s} ${r.pick(POOLS.es[1])}`);
    d.t(`\nDNI/NIE: ${r.digits(8)}${UC(r, 1)}\nFecha de nacimiento: `).l('DOB', dob(r, 'ES')).t('\nDomicilio: ');
    putAddr(r, d, 'ES');
    d.t('\nTeléfono: ').l('PHONE', phone(r, 'ES')).t('\nIBAN para el abono: ').l('IBAN', iban(r, 'ES'));
    d.t(`\n\nFirmado en ${r.pick(['Madrid', 'Sevilla', 'Bilbao'])}, a ${when(r, 'ES')}.`);
    footer(r, d, 0.4);
  },
  // 11 Italian Agenzia delle Entrate / INPS
  (r, d) => {
    const p = pc(r, 'IT');
    d.t(`Spett.le INPS — Sede di ${r.pick(['Bologna', 'Padova', 'Bari'])}\n\nIl/La sottoscritto/a `).l('PERSON', full(p)).t(', nato/a il ').l('DOB', dob(r, 'IT'));
    d.t(` a ${r.pick(['Napoli', 'Torino', 'Firenze'])}, codice fiscale ${UC(r, 6)}${r.digits(2)}${UC(r, 1)}${r.digits(2)}${UC(r, 1)}${r.digits(3)}${UC(r, 1)}, residente in `);
    putAddr(r, d, 'IT');
    d.t(`, chiede l'accredito dell'assegno unico sul conto IBAN `).l('IBAN', iban(r, 'IT')).t('.\nRecapito: ').l('PHONE', phone(r, 'IT')).t(' — PEC ').l('EMAIL', `${ascii(p.s)}.${ascii(p.g)}@pec.it`);
    maybeTrap(r, d, 0.3);
  },
  // 12 Dutch toeslagen
  (r, d) => {
    const p = pc(r, 'NL');
    d.t(`Aan: Belastingdienst/Toeslagen\nBetreft: wijziging rekeningnummer zorgtoeslag\n\nGeachte heer/mevrouw,\n\nMijn naam is `).self(p);
    d.t(`, geboren op `).l('DOB', dob(r, 'NL')).t(`, BSN ${r.digits(9)}. Vanaf ${when(r, 'NL')} wil ik de toeslag ontvangen op `).l('IBAN', iban(r, 'NL'));
    d.t('. Mijn adres is ');
    putAddr(r, d, 'NL');
    d.t(' en ik ben bereikbaar op ').l('PHONE', phone(r, 'NL')).t('.\n\nMet vriendelijke groet,\n').l('PERSON', `${p.g.charAt(0)}. ${p.s}`);
  },
  // 13 US college application summary
  (r, d) => {
    const p = pc(r, 'US');
    const m = { ...pc(r, 'US'), s: p.s };
    d.t(`APPLICATION SUMMARY — Office of Undergraduate Admissions\nApplicant ID: ${r.digits(8)}\n\nName: `).l('PERSON', `${p.s}, ${p.g}`);
    d.t('\nDate of birth: ').l('DOB', dob(r, 'US', true)).t('\nSSN (for FAFSA match): ').l('NATIONAL_ID', ssn(r)).t('\nHome address: ');
    putAddr(r, d, 'US');
    d.t('\nEmail: ').l('EMAIL', email(r, p)).t('\nCell: ').l('PHONE', phone(r, 'US'));
    d.t(`\nHigh school: ${r.pick(['Harriet Tubman High School', 'Thomas Jefferson High', 'Cesar Chavez Academy'])} (CEEB ${r.digits(6)})\nParent/guardian: `).l('PERSON', full(m));
    d.t(`\nIntended major: ${r.pick(['Nursing', 'Mechanical Engineering', 'Political Science', 'Biology'])}; scholarship interest: ${r.pick(['Pell Grant', 'Gates Scholarship', 'none'])}`);
    footer(r, d, 0.5);
  },
  // 14 K-12 enrollment form
  (r, d) => {
    const kid = pc(r, 'US');
    const par = { ...pc(r, 'US'), s: kid.s };
    d.t(`${r.pick(['Lincoln', 'Roosevelt', 'Sojourner Truth', 'Jefferson'])} Elementary — Student Enrollment\n\nStudent: `).l('PERSON', full(kid)).t('   DOB: ').l('DOB', dob(r, 'US', true));
    d.t(`   Grade: ${r.int(1, 5)}\nParent/Guardian 1: `).l('PERSON', full(par)).t('   Cell: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, par));
    d.t('\nResidence: ');
    putAddr(r, d, 'US');
    const ec = pc(r, 'US');
    d.t('\nEmergency contact: ').l('PERSON', full(ec)).t(` (${r.pick(['aunt', 'neighbor', 'grandfather', 'uncle'])}) `).l('PHONE', phone(r, 'US'));
    d.t('\nPediatrician: Dr. ').l('PERSON', person(r).s).t(`\nAllergies: ${r.pick(['peanuts', 'none', 'penicillin'])}. Bus route ${r.int(1, 40)}.`);
  },
  // 15 UCAS reference
  (r, d) => {
    const st = pc(r, 'GB');
    const t = pc(r, 'GB');
    d.t(`UCAS reference for `).l('PERSON', full(st)).t(` (Personal ID ${r.digits(3)}-${r.digits(3)}-${r.digits(4)})\n\n`);
    d.t(`I have taught `).l('PERSON', st.g).t(` A-level ${r.pick(['Chemistry', 'History', 'Maths', 'Economics'])} at ${r.pick(['King Edward VI School', 'Sir John Talbot’s School', 'Elizabeth Garrett Anderson School'])} for two years. `);
    d.t(`${r.pick(['She', 'He', 'They'])} completed the Duke of Edinburgh Gold Award and won the Salters’ prize. I recommend `).l('PERSON', st.g).t(` without reservation.\n\n`);
    d.l('PERSON', full(t)).t(`, Head of Sixth Form\n`).l('EMAIL', email(r, t, 'kes.sch.uk')).t(' | ').l('PHONE', phone(r, 'GB'));
  },
  // 16 US police incident report
  (r, d) => {
    const v = pc(r, 'US');
    const o = pc(r, 'US');
    d.t(`INCIDENT REPORT #${r.int(2023, 2025)}-${r.digits(6)}\nReporting officer: Ofc. `).l('PERSON', `${o.g.charAt(0)}. ${o.s}`).t(` #${r.digits(4)}\n`);
    d.t('Complainant: ').l('PERSON', full(v).toUpperCase()).t('   DOB ').l('DOB', dob(r, 'US')).t('\nAddress: ');
    putAddr(r, d, 'US');
    d.t('\nPhone: ').l('PHONE', phone(r, 'US')).t(`\nNarrative: On ${when(r, 'US')} at approx. ${r.int(13, 23)}${r.pick(['00', '15', '40'])} hrs, R/P stated that an unknown male removed a ${r.pick(['bicycle', 'package', 'catalytic converter'])} near the corner of ${r.pick(STREET_WORDS)} and 4th. `);
    d.t(`Suspect vehicle: silver ${r.pick(['Ford Focus', 'Honda Civic', 'Tesla Model 3'])}, partial plate ${UC(r, 3)}${r.digits(2)}. No injuries.`);
  },
  // 17 UK witness statement
  (r, d) => {
    const w = pc(r, 'GB');
    d.t(`WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)\nURN: ${r.digits(2)}${UC(r, 2)}${r.digits(7)}\n\nStatement of: `).l('PERSON', full(w).toUpperCase());
    d.t('\nAge if under 18: over 18   Date of birth: ').l('DOB', dob(r, 'GB')).t(`\nOccupation: ${r.pick(['nurse', 'bus driver', 'teacher', 'retired'])}\nHome address: `);
    putAddr(r, d, 'GB');
    d.t('\nTel: ').l('PHONE', phone(r, 'GB'));
    d.t(`\n\nOn ${when(r, 'GB')} I was waiting at the bus stop outside St. Helens library when I saw a man I now know to be `).l('PERSON', full(pc(r, 'GB'))).t(' shouting at the driver.');
    d.t(' I did not know him before. Signed: ').l('PERSON', `${w.g.charAt(0)}. ${w.s}`);
  },
  // 18 jury summons
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`SUMMONS FOR JURY SERVICE — Juror No. ${r.digits(6)}\n\n`).l('PERSON', full(p).toUpperCase()).t('\n');
    putAddr(r, d, 'US', true);
    d.t(`\n\nYou are summoned to appear on ${when(r, 'US')} at 8:30 AM at the courthouse, `);
    putAddr(r, d, 'US');
    d.t('. Report to Room 204, second floor. To request a deferral, call ').l('PHONE', phone(r, 'US')).t(' or write to ').l('EMAIL', roleEmail(r, 'courts.example-county.gov')).t('.');
    maybeTrap(r, d);
  },
  // 19 small claims filing
  (r, d) => {
    const a = pc(r, 'US');
    const b = pc(r, 'US');
    d.t(`SMALL CLAIMS COURT — Case No. SC-${r.digits(6)}\nPlaintiff: `).l('PERSON', full(a)).t(', ');
    putAddr(r, d, 'US');
    d.t('\nDefendant: ').l('PERSON', full(b)).t(' d/b/a ').t(r.pick(['Grant Roofing LLC', 'Hope Moving Co.', 'Guy’s Auto Repair'])).t(', ');
    putAddr(r, d, 'US');
    d.t(`\nAmount claimed: $${r.int(800, 9900)}.00\nBasis: Defendant failed to return the security deposit after the lease ended on ${when(r, 'US')}.\nPlaintiff phone: `).l('PHONE', phone(r, 'US'));
  },
  // 20 311 citizen chat
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`311 Chat #${r.digits(7)}\nBot: What would you like to report?\nUser: pothole the size of a bathtub on ${r.pick(STREET_WORDS)} Ave near the Ben Franklin statue\n`);
    d.t('Bot: Can I have your name and a contact email for updates?\nUser: ').l('PERSON', r.chance(0.5) ? full(p).toLowerCase() : full(p)).t(', ').l('EMAIL', email(r, p));
    d.t('\nBot: Thanks! Phone (optional)?\nUser: ').l('PHONE', phone(r, 'US')).t(`\nBot: Your service request SR-${r.digits(8)} has been created. Expected response: 5 business days.`);
  },
  // 21 benefit appeal letter (UK)
  (r, d) => {
    const p = pc(r, 'GB');
    d.t('Mandatory Reconsideration request — Personal Independence Payment\n\nName: ').self(p).t('\nDate of birth: ').l('DOB', dob(r, 'GB'));
    d.t(`\nNational Insurance number: ${UC(r, 2).replace(/[DFIQUV]/g, 'B')}${r.digits(6)}${r.pick(['A', 'C'])}\nAddress: `);
    putAddr(r, d, 'GB');
    d.t(`\n\nI disagree with the decision dated ${when(r, 'GB')}. My GP, Dr `).l('PERSON', pc(r, 'GB').s).t(`, has confirmed that my Crohn's disease means I cannot prepare food safely. `);
    d.t('Please contact me on ').l('PHONE', phone(r, 'GB')).t(' rather than by post.');
  },
  // 22 unemployment claim dump
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`claim_id=UI-${r.digits(9)}\nfirst_name=`).l('PERSON', p.g).t('\nlast_name=').l('PERSON', p.s).t('\nssn=').l('NATIONAL_ID', ssn(r)).t('\ndob=').l('DOB', fmtDate(r, birth(r), 'iso'));
    d.t('\naddress=');
    putAddr(r, d, 'US');
    d.t('\nphone=').l('PHONE', phone(r, 'US')).t('\nemail=').l('EMAIL', email(r, p)).t(`\nlast_employer=${r.pick(['Walgreens', 'Dell Technologies', 'Kroger'])}\nfein=${ein(r)}\nrouting=${r.pick(['021000021', '071000013', '122105155'])}\naccount=${r.digits(10)}\nclient_ip=`);
    d.l('IP', ipv4(r)).t(`\nuser_agent=Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(110, 130)}.0.${r.int(1000, 6000)}.${r.int(10, 200)}`);
  },
  // 23 gov portal access log
  (r, d) => {
    const n = r.int(3, 6);
    d.t('# citizen-portal auth log\n');
    for (let i = 0; i < n; i++) {
      const p = person(r);
      d.t(`${stamp(r)} ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'MFA_SENT', 'PASSWORD_RESET'])} user=`).l('EMAIL', email(r, p)).t(' src=');
      d.l('IP', ip(r)).t(` ua_ver=${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 99)} req=${hash(r, 16)}\n`);
    }
  },
  // 24 Centrelink
  (r, d) => {
    const p = pc(r, 'AU');
    d.t(`Services Australia — message from myGov inbox\nCustomer Reference Number: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}${UC(r, 1)}\n\nDear `).l('PERSON', full(p));
    d.t(`,\nWe need to confirm your details for JobSeeker Payment. Our records show:\nDate of birth: `).l('DOB', dob(r, 'AU')).t('\nResidential address: ');
    putAddr(r, d, 'AU');
    d.t('\nMobile: ').l('PHONE', phone(r, 'AU')).t(`\nTax File Number: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nPlease reply by ${when(r, 'AU')}.`);
  },
  // 25 CRA / Service Canada
  (r, d) => {
    const p = pc(r, 'CA');
    d.t(`Service Canada — EI application confirmation\nName / Nom: `).l('PERSON', `${p.s.toUpperCase()}, ${p.g}`).t(`\nSIN / NAS: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nDate of birth / Date de naissance: `);
    d.l('DOB', fmtDate(r, birth(r), 'iso')).t('\nMailing address: ');
    putAddr(r, d, 'CA');
    d.t('\nTelephone: ').l('PHONE', phone(r, 'CA')).t(`\nAccess code: ${r.digits(4)}. Keep this page. Record of Employment serial ${UC(r, 1)}${r.digits(8)}.`);
    footer(r, d, 0.6);
  },
  // 26 Indian scholarship
  (r, d) => {
    const p = pc(r, 'IN');
    const f = { ...pc(r, 'IN'), s: p.s };
    d.t(`NATIONAL SCHOLARSHIP PORTAL — Application ${r.int(2024, 2025)}-${r.digits(8)}\nStudent name: `).l('PERSON', full(p).toUpperCase()).t("\nFather's name: ").l('PERSON', full(f).toUpperCase());
    d.t('\nDate of Birth: ').l('DOB', dob(r, 'IN', true)).t(`\nAadhaar: XXXX XXXX ${r.digits(4)}\nCorrespondence address: `);
    putAddr(r, d, 'IN');
    d.t('\nMobile: ').l('PHONE', phone(r, 'IN')).t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nInstitute: ${r.pick(['Sardar Patel Institute', 'Rajiv Gandhi College of Engineering', 'Savitribai Phule Pune University'])}`);
    footer(r, d, 0.5);
  },
  // 27 Brazilian university
  (r, d) => {
    const p = pc(r, 'BR');
    d.t(`Prezados, segue minha inscrição no ${r.pick(['SISU', 'ProUni', 'vestibular'])}.\n\nNome completo: `).self(p).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `);
    d.l('DOB', dob(r, 'BR', true)).t('\nEndereço: ');
    putAddr(r, d, 'BR');
    d.t('\nCelular: ').l('PHONE', phone(r, 'BR')).t('\nE-mail: ').l('EMAIL', email(r, p, r.pick(['uol.com.br', 'gmail.com', 'bol.com.br']))).t('\n\nAtenciosamente.');
  },
  // 28 Japanese city office
  (r, d) => {
    const s = r.pick(JA_KANJI[1]);
    const g = r.pick(JA_KANJI[0]);
    d.t(`${r.pick(['世田谷区役所', '横浜市港北区役所', '福岡市中央区役所'])} 区民課\n\n`).l('PERSON', `${s} ${g}`).t(` 様\n\n住民票の写しの交付申請を受け付けました（受付番号 ${r.digits(6)}）。\n生年月日：`);
    d.l('DOB', dob(r, 'JP')).t('\n住所：');
    putAddr(r, d, 'JP');
    d.t('\n電話番号：').l('PHONE', phone(r, 'JP')).t(`\n交付予定日：${when(r, 'JP')}\nご不明な点は窓口までお問い合わせください。`);
  },
  // 29 Korean community centre / university
  (r, d) => {
    const s = r.pick(KO_HANGUL[1]);
    const g = r.pick(KO_HANGUL[0]);
    const rp = pc(r, 'KR');
    d.t(`[${r.pick(['한국대학교 입학처', '마포구청 민원실', '행정복지센터'])}] `).l('PERSON', `${s}${g}`).t(` 님, 신청이 접수되었습니다.\n생년월일: `).l('DOB', dob(r, 'KR'));
    d.t('\n연락처: ').l('PHONE', phone(r, 'KR')).t('\n이메일: ').l('EMAIL', email(r, rp, r.pick(['naver.com', 'daum.net', 'kakao.com']))).t('\n주소: ');
    putAddr(r, d, 'KR');
    d.t(`\n접수번호 ${r.int(2024, 2025)}-${r.digits(6)}`);
  },
  // 30 Polish ZUS
  (r, d) => {
    const p = pc(r, 'PL');
    d.t(`Zakład Ubezpieczeń Społecznych — wniosek o świadczenie\n\nWnioskodawca: `).l('PERSON', full(p)).t(`\nPESEL: ${r.digits(11)}\nData urodzenia: `).l('DOB', dob(r, 'PL'));
    d.t('\nAdres zamieszkania: ');
    putAddr(r, d, 'PL');
    d.t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t('\nNumer rachunku: ').l('IBAN', iban(r, 'PL')).t(`\n\nOświadczam, że dane są zgodne z prawdą. ${when(r, 'PL')}, podpis: `).l('PERSON', `${p.g.charAt(0)}. ${p.s}`);
  },
  // 31 Swedish Försäkringskassan
  (r, d) => {
    const p = pc(r, 'SE');
    d.t(`Hej `).l('PERSON', p.g).t(`!\n\nVi har tagit emot din ansökan om bostadsbidrag (ärende ${r.digits(4)}-${r.digits(6)}). Utbetalning sker till konto `).l('IBAN', iban(r, 'SE'));
    d.t(`. Din folkbokföringsadress: `);
    putAddr(r, d, 'SE');
    d.t(`.\nHandläggare: `).l('PERSON', full(pc(r, 'SE'))).t(', tel. ').l('PHONE', phone(r, 'SE')).t(`\nBeslut fattas senast ${when(r, 'SE')}.`);
  },
  // 32 school absence note
  (r, d) => {
    const cc = r.pick(EN_CC);
    const par = pc(r, cc);
    const kid = { ...pc(r, cc), s: par.s };
    const t = pc(r, cc);
    d.t(`Dear ${r.pick(['Ms', 'Mrs', 'Mr', 'Miss'])} `).l('PERSON', t.s).t(',\n\n').l('PERSON', kid.g).t(` won't be in school ${r.pick(['today', 'tomorrow', 'on Friday'])} — ${r.pick(['a dentist appointment', 'a stomach bug', 'a family funeral'])}. `);
    d.t(`${kid.g === par.g ? 'They' : 'Please'} let me know about any homework. You can reach me on `).l('PHONE', phone(r, cc)).t('.\n\nThanks,\n').self(par);
    maybeTrap(r, d, 0.3);
  },
  // 33 student loan dispute with card
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`Subject: Duplicate payment — loan acct ${r.digits(10)}\n\nHello,\nOn ${when(r, 'US')} I paid $${r.int(100, 700)}.00 with my card `).l('CARD', card(r));
    d.t(` and it was charged twice. Your statement shows card ending ${r.digits(4)} which is not even mine. Borrower: `).l('PERSON', full(p)).t(', last four of SSN ').t(r.digits(4)).t('.\nCall me at ').l('PHONE', phone(r, 'US')).t('.');
    footer(r, d, 0.5);
  },
  // 34 council tax payment by phone transcript
  (r, d) => {
    const p = pc(r, 'GB');
    d.t(`Call notes — Council Tax, account ${r.digits(9)}\nCaller confirmed identity: `).l('PERSON', full(p)).t(', DOB ').l('DOB', dob(r, 'GB')).t(', property ');
    putAddr(r, d, 'GB');
    d.t(`.\nPayment £${r.int(50, 400)}.${r.digits(2)} taken on card `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 30)}. Auth code ${r.digits(6)}.\nCustomer asked about the single person discount; told to apply online.`);
  },
  // 35 PCN appeal
  (r, d) => {
    const p = pc(r, 'GB');
    d.t(`Penalty Charge Notice ${UC(r, 2)}${r.digits(8)} — vehicle ${UC(r, 2)}${r.digits(2)} ${UC(r, 3)}\n\nI wish to challenge this PCN. I was loading outside `);
    putAddr(r, d, 'GB');
    d.t(' for under five minutes. If the appeal fails, please take the £35 from card ').l('CARD', card(r)).t('.\n\n').self(p).t('\n').l('EMAIL', email(r, p));
  },
  // 36 library
  (r, d) => {
    const p = person(r);
    d.t(`Carnegie Public Library — overdue notice\n\nHi `).l('PERSON', p.g).t(`, "${r.pick(['The Hope Chest', 'Rose Madder', 'A Grant of Arms', 'Will of the People'])}" is ${r.int(3, 40)} days overdue. `);
    d.t(`Fines may be paid at the Andrew Carnegie Reading Room desk or online. Questions: `).l('EMAIL', roleEmail(r, 'carnegielibrary.org')).t(`. Patron barcode 2${r.digits(13)}.`);
    if (r.chance(0.7)) d.t('\nReply: paid the fine just now with card ').l('CARD', card(r)).t(` — thanks, ${p.g.charAt(0)}.`);
  },
  // 37 passport appointment
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'IE', 'CA', 'AU'] as const);
    const p = pc(r, cc);
    d.t('Passport renewal — appointment confirmed\n\nApplicant: ').l('PERSON', full(p)).t('\nDate of birth: ').l('DOB', dob(r, cc));
    d.t(`\nCurrent passport no.: ${UC(r, 1)}${r.digits(8)}\nAppointment: ${when(r, cc)}, ${r.int(9, 16)}:${r.pick(['00', '20', '40'])}\nContact: `).l('PHONE', phone(r, cc)).t(' / ').l('EMAIL', email(r, p));
    d.t(`\nFee paid with card `).l('CARD', card(r)).t('.');
  },
  // 38 Ausländerbehörde chat
  (r, d) => {
    const p = person(r, ['tr', 'ar', 'ua', 'fa', 'in', 'zh']);
    d.t(`Chat Ausländerbehörde\nKunde: Hallo, ich heiße `).self(p).t(`, mein Aufenthaltstitel läuft am ${when(r, 'DE')} ab.\nMitarbeiterin: Guten Tag. Geburtsdatum bitte?\nKunde: `).l('DOB', dob(r, 'DE'));
    d.t('\nMitarbeiterin: Und Ihre aktuelle Anschrift?\nKunde: ');
    putAddr(r, d, 'DE');
    d.t(`\nMitarbeiterin: Danke. Die Fiktionsbescheinigung schicken wir per Post. Aktenzeichen ${r.digits(2)}.${r.digits(3)}.${r.digits(5)}.`);
  },
  // 39 housing allocation with household
  (r, d) => {
    const cc = r.pick(['GB', 'IE'] as const);
    const a = pc(r, cc);
    d.t(`Housing Register — application ${r.digits(7)}\nBand: ${r.pick(['A', 'B', 'C'])}\n\nMain applicant: `).l('PERSON', full(a)).t(' (DOB ').l('DOB', dob(r, cc)).t(')\n');
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const m = { ...pc(r, cc), s: a.s };
      d.t(`Household member ${i + 1}: `).l('PERSON', full(m)).t(', born ').l('DOB', dob(r, cc, true)).t('\n');
    }
    d.t('Current address: ');
    putAddr(r, d, cc);
    d.t(`\nReason: overcrowding (2 bed needed, 1 bed held). Review date ${when(r, cc)}.`);
  },
  // 40 repair work order
  (r, d) => {
    const t = pc(r, 'GB');
    const op = pc(r, 'GB');
    d.t(`WORK ORDER ${r.digits(8)}  Priority: ${r.pick(['P1 emergency', 'P2 urgent', 'P3 routine'])}\nTrade: ${r.pick(['plumbing', 'electrical', 'joinery', 'roofing'])}\nSite: `);
    putAddr(r, d, 'GB');
    d.t('\nTenant: ').l('PERSON', `${t.s.toUpperCase()} ${t.g}`).t('  Tel: ').l('PHONE', phone(r, 'GB')).t(`\nAccess: key safe code held by office; dog on site ("${r.pick(['Max', 'Bella', 'Winston'])}").\nAssigned operative: `);
    d.l('PERSON', full(op)).t(`\nSOR codes: ${r.digits(6)}, ${r.digits(6)}`);
  },
  // 41 family court notice
  (r, d) => {
    const a = pc(r, 'GB');
    const b = pc(r, 'GB');
    const c = { ...pc(r, 'GB'), s: a.s };
    d.t(`IN THE FAMILY COURT sitting at ${r.pick(['Leeds', 'Bristol', 'Cardiff'])}\nCase number: ${UC(r, 2)}${r.digits(2)}P${r.digits(5)}\n\nBETWEEN `).l('PERSON', full(a).toUpperCase()).t(' (Applicant) and ').l('PERSON', full(b).toUpperCase()).t(' (Respondent)\n');
    d.t('Re the child: ').l('PERSON', full(c)).t(' (born ').l('DOB', dob(r, 'GB', true)).t(`)\n\nTAKE NOTICE that the hearing is listed on ${when(r, 'GB')} with a time estimate of 2 hours. Address for service of the Respondent: `);
    putAddr(r, d, 'GB');
    d.t('.');
  },
  // 42 form letter reply thread
  (r, d) => {
    const cc = r.pick(EN_CC);
    const p = pc(r, cc);
    const off = pc(r, cc);
    d.t(`On ${when(r, cc)}, `).l('EMAIL', roleEmail(r, 'revenue-services.gov.example')).t(` wrote:\n> Dear Customer, please confirm your postal address and date of birth to continue.\n> Reference ${ref(r, 'RS')}\n\n`);
    d.t('Hi,\nAddress: ');
    putAddr(r, d, cc);
    d.t('\nDOB: ').l('DOB', dob(r, cc)).t('\nThanks, ').self(p).t(`\n\n---\nThank you, ${r.pick(HON_EN)} `).l('PERSON', p.s).t('. Your record is updated. — ').l('PERSON', off.g).t(`, ${r.pick(['Customer Records', 'Revenue Services', 'Citizen Support'])}`);
  },
  // 43 tax preparer email
  (r, d) => {
    const a = pc(r, 'US');
    const b = { ...pc(r, 'US'), s: a.s };
    const k = { ...pc(r, 'US'), s: a.s };
    d.t(`Hi `).l('PERSON', person(r, ['en']).g).t(`,\nHere's what you asked for the ${r.int(2022, 2024)} return:\n- me: `).l('PERSON', full(a)).t(', SSN ').l('NATIONAL_ID', ssn(r));
    d.t('\n- spouse: ').l('PERSON', full(b)).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\n- dependent: ').l('PERSON', k.g).t(', DOB ').l('DOB', dob(r, 'US', true)).t(', SSN ').l('NATIONAL_ID', ssn(r));
    d.t(`\nThe 1099 from the daycare lists EIN ${ein(r)}. The 1098-T from the university is attached.\n\n`).self(a);
  },
  // 44 university IT ticket
  (r, d) => {
    const p = person(r);
    d.t(`Ticket INC${r.digits(7)} — eduroam cannot connect\nRequester: `).l('PERSON', full(p)).t(' <').l('EMAIL', email(r, p, r.pick(['student.uni-example.edu', 'ed.ac.uk', 'uva.nl', 'tum.de']))).t('>\n');
    d.t(`Device: ${r.pick(['Dell XPS 13', 'MacBook Air', 'Lenovo ThinkPad'])}, OS ${r.pick(['macOS 14.4.1', 'Windows 11 23H2', 'Ubuntu 22.04.4'])}, MAC ${hash(r, 2)}:${hash(r, 2)}:${hash(r, 2)}:${hash(r, 2)}:${hash(r, 2)}:${hash(r, 2)}\n`);
    d.t('DHCP lease: ');
    putIp(r, d);
    d.t(' gateway ').l('IP', ipv4(r)).t(`\nRADIUS reject: EAP-TLS cert expired ${when(r, 'GB')}. Resolved by reinstalling the profile (v${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}).`);
  },
  // 45 transcript request
  (r, d) => {
    const cc = r.pick(EN_CC);
    const p = pc(r, cc);
    const maiden = pc(r, cc).s;
    d.t(`Registry — transcript request\nFull name: `).self(p).t(`\nName while enrolled: `).l('PERSON', `${p.g} ${maiden}`).t('\nDate of birth: ').l('DOB', dob(r, cc));
    d.t(`\nStudent number: ${r.digits(8)}\nYears attended: ${r.int(1990, 2010)}–${r.int(2011, 2015)}\nSend to: `);
    putAddr(r, d, cc, true, r.chance(0.4));
    d.t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nFee: card `).l('CARD', card(r));
  },
  // 46 Erasmus nomination
  (r, d) => {
    const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT', 'BE', 'AT'] as const);
    const p = pc(r, cc);
    const co = pc(r, cc);
    d.t(`Erasmus+ nomination ${r.int(2025, 2026)}/${r.int(26, 27)}\nSending institution coordinator: `).l('PERSON', full(co)).t(' (').l('EMAIL', email(r, co, 'uni-example.eu')).t(')\n');
    d.t('Student: ').l('PERSON', full(p)).t(' — born ').l('DOB', dob(r, cc, true)).t(`\nField: ${r.pick(['0413 Business', '0731 Architecture', '0314 Sociology'])}\nGrant account (IBAN): `).l('IBAN', iban(r, IBAN_CC[cc] ?? 'DE'));
    d.t('\nHome address: ');
    putAddr(r, d, cc, false, true);
  },
  // 47 scholarship bank form
  (r, d) => {
    const cc = r.pick(['GB', 'IE', 'DE', 'NL', 'FR', 'IT', 'ES', 'CH', 'AT', 'BE'] as const);
    const p = pc(r, cc);
    const ic = IBAN_CC[cc] ?? 'GB';
    d.t('BURSARY PAYMENT DETAILS\nAccount holder: ').l('PERSON', full(p).toUpperCase()).t('\nIBAN: ').l('IBAN', iban(r, ic)).t(`\nBIC: ${UC(r, 4)}${ic}${UC(r, 2)}\nBank address: ${r.pick(['High Street branch', 'Hauptfiliale', 'agence centrale'])}\n`);
    d.t('Student address: ');
    putAddr(r, d, cc);
    d.t(`\nPrevious (rejected) IBAN: ${badIban(r, ic)}`);
  },
  // 48 ombudsman complaint
  (r, d) => {
    const p = pc(r, 'GB');
    const o = pc(r, 'GB');
    d.t(`Housing Ombudsman — complaint form\n\nYour name: `).self(p).t('\nYour landlord: ').t(r.pick(['Northvale Homes', 'Clarion Housing', 'Peabody'])).t('\nProperty: ');
    putAddr(r, d, 'GB');
    d.t(`\nWhat happened: I first reported the leak on ${when(r, 'GB')}. The housing officer, `).l('PERSON', full(o)).t(`, promised a surveyor by ${when(r, 'GB')}. Nothing happened until the local paper ran the story. `);
    d.t('Contact: ').l('EMAIL', email(r, p)).t(', ').l('PHONE', phone(r, 'GB'));
  },
  // 49 planning objection
  (r, d) => {
    const p = pc(r, 'GB');
    d.t(`Planning application ${r.digits(2)}/${r.digits(5)}/FUL — objection\nSite: `);
    putAddr(r, d, 'GB');
    d.t('\n\nI live next door at ');
    putAddr(r, d, 'GB');
    d.t(' and object to the two-storey extension, which would block light to our kitchen. The Nelson Mandela Gardens conservation area must be respected.\n\n').l('PERSON', variant(r, p));
  },
  // 50 voter registration
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'CA', 'AU'] as const);
    const p = pc(r, cc);
    d.t(`Voter registration confirmation\n\n`).l('PERSON', full(p)).t(', you are registered to vote at:\n');
    putAddr(r, d, cc, true);
    d.t('\nDate of birth on file: ').l('DOB', dob(r, cc)).t(`\nPolling place: ${r.pick(['Frederick Douglass Community Center', 'St. Mary’s Church Hall', 'Lincoln Middle School gym'])}\nElector number: ${UC(r, 2)}-${r.digits(4)}`);
  },
  // 51 Kindergeld
  (r, d) => {
    const p = pc(r, 'DE');
    d.t(`Familienkasse — Antrag auf Kindergeld\nKindergeldnummer: ${r.digits(3)}FK${r.digits(6)}\n\nAntragsteller/in: `).l('PERSON', `${p.s}, ${p.g}`).t(', geboren am ').l('DOB', dob(r, 'DE')).t('\n');
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) d.t(`Kind ${i + 1}: `).l('PERSON', r.pick(POOLS.de[0])).t(', geb. ').l('DOB', dob(r, 'DE', true)).t('\n');
    d.t('Bankverbindung: ').l('IBAN', iban(r, r.pick(['DE', 'DE', 'AT']))).t('\nWohnanschrift: ');
    putAddr(r, d, 'DE');
  },
  // 52 Mexican university
  (r, d) => {
    const p = pc(r, 'MX');
    d.t(`Solicitud de admisión — Universidad ${r.pick(['Autónoma', 'Politécnica', 'Tecnológica'])}\nAspirante: `).l('PERSON', `${p.g} ${p.s} ${r.pick(POOLS.mx[1])}`).t(`\nCURP: ${UC(r, 4)}${r.digits(6)}${UC(r, 6)}${r.digits(2)}\nFecha de nacimiento: `);
    d.l('DOB', dob(r, 'MX', true)).t('\nDomicilio: ');
    putAddr(r, d, 'MX');
    d.t('\nTeléfono: ').l('PHONE', phone(r, 'MX')).t('\nCorreo: ').l('EMAIL', email(r, p)).t(`\nEscuela de procedencia: Escuela Benito Juárez, folio ${r.digits(8)}`);
  },
  // 53 citizen-service phone transcript with spoken email
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'IE', 'AU', 'CA'] as const);
    const p = pc(r, cc);
    const ag = pc(r, cc);
    d.t(`[Transcript — ${r.pick(['Benefits helpline', 'Student finance', 'Tax helpline'])}]\nAGENT: You're through to `).l('PERSON', ag.g).t(`, how can I help?\nCALLER: hi, I never got my ${r.pick(['award letter', 'refund', 'loan confirmation'])}. my name's `).l('PERSON', full(p).toLowerCase());
    d.t('\nAGENT: Can you spell the email we have?\nCALLER: yeah it\'s ').l('EMAIL', spokenEmail(r, p)).t('\nAGENT: And a callback number?\nCALLER: ').l('PHONE', spokenDigits(r, phone(r, cc)));
    d.t('\nAGENT: and your date of birth?\nCALLER: ').l('DOB', dob(r, cc)).t(`\nAGENT: Thanks. I've reissued it; allow ten working days.`);
  },
  // 54 lost property
  (r, d) => {
    const cc = r.pick(EN_CC);
    const p = pc(r, cc);
    d.t(`Lost property report ${ref(r, 'LP')}\nItem: black wallet found on the number ${r.int(5, 99)} bus. Contents: driving licence in the name of `).l('PERSON', full(p).toUpperCase());
    d.t(`, a bank card ${r.chance(0.5) ? `ending ${r.digits(4)}` : `**** ${r.digits(4)}`}, a library card, and a folded letter addressed to `);
    putAddr(r, d, cc);
    d.t(`. Owner contacted on `).l('PHONE', phone(r, cc)).t(` and collected on ${when(r, cc)}.`);
  },
  // 55 collision report
  (r, d) => {
    const cc = r.pick(['US', 'CA', 'AU', 'GB'] as const);
    const a = pc(r, cc);
    const b = pc(r, cc);
    d.t(`TRAFFIC COLLISION REPORT ${r.digits(9)}\nUnit 1 driver: `).l('PERSON', `${a.s.toUpperCase()}, ${a.g.toUpperCase()}`).t('  DOB ').l('DOB', dob(r, cc)).t('\nAddr: ');
    putAddr(r, d, cc);
    d.t(`\nPolicy: ${UC(r, 3)}${r.digits(9)}  Plate: ${UC(r, 3)}-${r.digits(3)}\nUnit 2 driver: `).l('PERSON', `${b.s.toUpperCase()}, ${b.g.toUpperCase()}`).t('  Tel ').l('PHONE', phone(r, cc));
    d.t(`\nLocation: intersection of ${r.pick(STREET_WORDS)} Rd and Martin Luther King Jr. Blvd. Weather: clear. Unit 1 failed to yield.`);
  },
  // 56 South Africa SASSA
  (r, d) => {
    const p = pc(r, 'ZA');
    d.t(`SASSA — SRD grant reconsideration\nApplicant: `).l('PERSON', full(p)).t(`\nID number: ${r.digits(13)}\nDate of birth: `).l('DOB', dob(r, 'ZA')).t('\nAddress:\n');
    putAddr(r, d, 'ZA', true);
    d.t('\nCell: ').l('PHONE', phone(r, 'ZA')).t(`\nOutcome: approved from ${when(r, 'ZA')}.`);
  },
  // 57 Irish Revenue
  (r, d) => {
    const p = pc(r, 'IE');
    d.t(`myAccount enquiry — Revenue\nPPSN: ${r.digits(7)}${UC(r, 1)}\nFrom: `).self(p).t(`\n\nHi, I moved house in ${r.pick(MONTHS.en ?? [])} and my tax credit certificate still shows the old address. New address:\n`);
    putAddr(r, d, 'IE', true);
    d.t('\nPhone ').l('PHONE', phone(r, 'IE')).t(`. Employer number ${r.digits(7)}${UC(r, 1)}.`);
    footer(r, d, 0.6);
  },
  // 58 school trip consent
  (r, d) => {
    const cc = r.pick(['GB', 'IE', 'AU', 'US'] as const);
    const par = pc(r, cc);
    const kid = { ...pc(r, cc), s: par.s };
    d.t(`Year ${r.int(5, 10)} residential trip — consent & payment\nPupil: `).l('PERSON', full(kid)).t('   DOB: ').l('DOB', dob(r, cc, true));
    d.t('\nParent/carer: ').self(par).t('\nEmergency phone: ').l('PHONE', phone(r, cc)).t(`\nMedical: ${r.pick(['uses an inhaler', 'none', 'type 1 diabetes'])}\nDeposit £${r.int(50, 150)} paid by card `).l('CARD', card(r));
  },
  // 59 teacher onboarding
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`District HR — new hire packet\nEmployee: `).l('PERSON', full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDOB: ').l('DOB', dob(r, 'US')).t('\nHome: ');
    putAddr(r, d, 'US');
    d.t(`\nDirect deposit: routing ${r.pick(['021000021', '322271627', '111000025'])}, account ${r.digits(9)}\nPosition: ${r.pick(['Grade 3 teacher', 'School counselor', 'Bus driver'])} at Sojourner Truth Elementary\nPersonal email: `).l('EMAIL', email(r, p));
  },
  // 60 refund by card
  (r, d) => {
    const cc = r.pick(['GB', 'US', 'IE', 'AU'] as const);
    const p = pc(r, cc);
    d.t(`Dear `).l('PERSON', p.g).t(`,\nYour application fee for the ${r.pick(['MSc Data Science', 'PGCE Primary', 'LLM International Law'])} was refunded to the card `);
    d.l('CARD', card(r)).t(` on ${when(r, cc)}. Allow 5–10 days. If you have questions, reply to `).l('EMAIL', roleEmail(r, 'pg-admissions.uni.example')).t(`.\nAdmissions team (Alan Turing Building, room ${r.int(1, 3)}.${r.int(10, 50)})`);
  },
  // 61 Universal Credit journal
  (r, d) => {
    const p = pc(r, 'GB');
    const wc = pc(r, 'GB');
    d.t(`Universal Credit journal\nYou: I've started part-time work at ${r.pick(['Greggs', 'Sainsbury’s', 'Boots'])} from ${when(r, 'GB')}. My landlord's new address for rent is `);
    putAddr(r, d, 'GB');
    d.t(`\nWork coach (`).l('PERSON', `${wc.g} ${wc.s.charAt(0)}`).t(`): Thanks `).l('PERSON', p.g).t(`, please add your payslips to the to-do list. Your next appointment is ${when(r, 'GB')} at 10:40.`);
  },
  // 62 immigration court
  (r, d) => {
    const p = person(r, ['mx', 'ar', 'fa', 'wa', 'ua', 'vi', 'zh']);
    const at = pc(r, 'US');
    d.t(`EXECUTIVE OFFICE FOR IMMIGRATION REVIEW\nIn the Matter of: `).l('PERSON', full(p).toUpperCase()).t(`\nA-Number: ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}\nDate of birth: `).l('DOB', dob(r, 'US'));
    d.t(`\n\nNOTICE OF HEARING: master calendar hearing on ${when(r, 'US')}. Counsel: `).l('PERSON', full(at)).t(', ').l('EMAIL', email(r, at, 'legalaid.example.org')).t('\nMailing address of respondent: ');
    putAddr(r, d, 'US');
  },
  // 63 Austrian / Swiss Gemeinde e-mail
  (r, d) => {
    const cc = r.pick(['AT', 'CH'] as const);
    const p = pc(r, cc);
    d.t(`Betreff: Ummeldung / Wohnsitzbestätigung\n\nGrüezi / Guten Tag,\n\nich, `).self(p).t(', geboren ').l('DOB', dob(r, cc)).t(`, bin per ${when(r, cc)} umgezogen nach `);
    putAddr(r, d, cc);
    d.t('. Bitte Rückmeldung an ').l('EMAIL', email(r, p, r.pick(['bluewin.ch', 'gmx.at', 'aon.at']))).t(' oder ').l('PHONE', phone(r, cc)).t('.\nDie Rechnung bezahle ich per IBAN ').l('IBAN', iban(r, IBAN_CC[cc] ?? 'AT')).t('.');
  },
  // 64 Portuguese Segurança Social
  (r, d) => {
    const p = pc(r, 'PT');
    d.t(`Segurança Social Direta — pedido de abono\nRequerente: `).l('PERSON', full(p)).t(`\nNISS: ${r.digits(11)}\nNIF: ${r.digits(9)}\nData de nascimento: `).l('DOB', dob(r, 'PT'));
    d.t('\nMorada: ');
    putAddr(r, d, 'PT');
    d.t('\nTelemóvel: ').l('PHONE', phone(r, 'PT')).t('\nIBAN: ').l('IBAN', iban(r, 'PT'));
  },
  // 65 Belgian commune
  (r, d) => {
    const p = pc(r, 'BE');
    d.t(`Commune — demande de composition de ménage\nNom: `).l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t(`\nRegistre national: ${r.digits(2)}.${r.digits(2)}.${r.digits(2)}-${r.digits(3)}.${r.digits(2)}\nAdresse: `);
    putAddr(r, d, 'BE');
    d.t('\nGSM: ').l('PHONE', phone(r, 'BE')).t('\nFrais (5 €) — compte ').l('IBAN', iban(r, 'BE')).t(`\nDemande introduite le ${when(r, 'BE')}.`);
    footer(r, d, 0.5);
  },
  // 66 police bike registration / online crime report
  (r, d) => {
    const cc = r.pick(['GB', 'NL', 'DE', 'US'] as const);
    const p = pc(r, cc);
    d.t(`Online crime report ${ref(r, 'CR')}\nReporter: `).l('PERSON', full(p)).t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nWhat was stolen: ${r.pick(['Gazelle e-bike', 'Brompton folding bike', 'Trek road bike'])}, frame no. ${UC(r, 2)}${r.digits(7)}\n`);
    d.t(`Where: outside ${r.pick(['the Erasmus building', 'Victoria station', 'the Humboldt library'])}\nReport filed from `).l('IP', ip(r)).t(` at ${stamp(r)}`);
  },
  // 67 exam board special consideration
  (r, d) => {
    const st = pc(r, 'GB');
    const t = pc(r, 'GB');
    d.t(`Special consideration request — candidate ${r.digits(4)}, centre ${r.digits(5)}\nCandidate: `).l('PERSON', `${st.s}, ${st.g}`).t('   DOB ').l('DOB', dob(r, 'GB', true));
    d.t(`\nReason: bereavement (grandparent died ${when(r, 'GB')}).\nSubmitted by exams officer `).l('PERSON', full(t)).t(' — ').l('EMAIL', email(r, t, 'academy.sch.uk')).t('\nIP of submission: ').l('IP', ipv4(r));
  },
  // 68 Italian university enrolment email
  (r, d) => {
    const p = pc(r, 'IT');
    d.t(`Gentile segreteria studenti,\nsono `).self(p).t(`, matricola ${r.digits(6)}. Non riesco a pagare la seconda rata: la carta `).l('CARD', card(r)).t(` viene rifiutata dal portale (errore ${r.digits(3)}).`);
    d.t(' Potete contattarmi al ').l('PHONE', phone(r, 'IT')).t('?\nGrazie, ').l('PERSON', p.g);
  },
  // 69 Medicaid renewal
  (r, d) => {
    const p = pc(r, 'US');
    const c = { ...pc(r, 'US'), s: p.s };
    d.t(`MEDICAID ANNUAL RENEWAL — Case ${r.digits(10)}\n\n1. Head of household: `).l('PERSON', full(p)).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', dob(r, 'US'));
    d.t('\n2. Other members: ').l('PERSON', full(c)).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', dob(r, 'US', true));
    d.t('\n3. Address: ');
    putAddr(r, d, 'US');
    d.t('\n4. Phone: ').l('PHONE', phone(r, 'US')).t(`\n5. Monthly income: $${r.int(900, 3900)}\nCaseworker note: verified by phone ${when(r, 'US')}; earlier SSN entry ${badSsn(r)} rejected.`);
  },
  // 70 court fine online payment
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'CA', 'AU'] as const);
    const p = pc(r, cc);
    d.t(`Online payment receipt — ${r.pick(['Municipal Court', 'Magistrates’ Court', 'Traffic Court'])}\nCitation: ${UC(r, 2)}${r.digits(7)}\nPayer: `).l('PERSON', full(p)).t('\nCard: ').l('CARD', card(r));
    d.t(`\nAmount: ${r.int(40, 400)}.00\nAuthorised: ${stamp(r)}\nClient address: `);
    putIp(r, d);
    d.t('\nReceipt sent to ').l('EMAIL', email(r, p)).t('.');
  },
  // 71 FAFSA helpdesk chat
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`Student Aid chat\nStudent: hi my FAFSA got flagged for a name/SSN mismatch\nAgent: I can help. Full name and SSN as on your card?\nStudent: `).self(p).t(', ').l('NATIONAL_ID', ssn(r));
    d.t(`\nAgent: Thank you. The SSA has a different surname — did you change your name?\nStudent: yes I got married, it used to be `).l('PERSON', `${p.g} ${pc(r, 'US').s}`);
    d.t(`\nAgent: Please update it with the SSA first, then submit a correction. Your FSA ID username stays the same. DRN ${r.digits(4)}.`);
  },
  // 72 parent pays school meals / fees
  (r, d) => {
    const cc = r.pick(['GB', 'US', 'IE', 'AU', 'CA', 'ZA'] as const);
    const par = pc(r, cc);
    d.t(`Hi, I tried to top up `).l('PERSON', pc(r, cc).g).t(`'s lunch account but the payment page timed out. Card used: `).l('CARD', card(r)).t(`. Was I charged? Receipt no. ${r.digits(8)}. `);
    d.t('— ').self(par).t(', ').l('PHONE', phone(r, cc));
  },
];

/** Hard negatives: no PII, many traps. */
const NEGATIVES: readonly Tpl[] = [
  (r, d) => {
    d.t(`Service status — Council repairs line\nFrom ${fmtDate(r, recent(r), 'uk')} the out-of-hours number changes; the old line ***-***-${r.digits(4)} will be withdrawn. `);
    d.t(`Jobs raised under contract ${ref(r, 'HRC-')} remain valid. Storm Babet claims: see policy ${r.digits(2)}/${r.int(2023, 2025)}. ${trap(r)} ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Admissions statistics ${r.int(2024, 2025)}: ${r.int(30000, 60000)} applications, ${r.int(20, 45)}% offers. Fulbright and Rhodes Scholarship holders are housed in the Marie Curie and Frederick Douglass halls. `);
    d.t(`Open days: ${fmtDate(r, recent(r), 'uk')} and ${fmtDate(r, recent(r), 'uk')}. Course codes ${UC(r, 1)}${r.digits(3)}, ${UC(r, 1)}${r.digits(3)}. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Guidance note: employers must show their EIN (for example ${ein(r)}) on every W-2. Never put an ITIN such as ${badSsn(r)} in box a. `);
    d.t(`Bank routing numbers (${r.pick(['021000021', '011000015'])}) are nine digits. Form ${r.pick(['941', '1099-NEC', 'W-4'])} revision ${r.pick(MONTHS.en ?? [])} ${r.int(2023, 2025)}. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`MAINTENANCE: citizen portal upgrade to v${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)} on ${stamp(r)}. Jenkins build #${r.digits(4)}, commit ${hash(r)}. `);
    d.t(`Release artefact sha256 ${hash(r, 64)}. Windows clients need build 10.0.${r.int(19041, 26100)}.${r.int(1000, 5000)} or later. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`POLICE APPEAL: A ${r.int(18, 70)}-year-old man was arrested on suspicion of burglary after an incident near ${r.pick(['Victoria Park', 'St. Helens market', 'King George V Dock'])} on ${fmtDate(r, recent(r), 'uk')}. `);
    d.t(`Anyone with information should quote crime reference ${r.digits(2)}/${r.digits(6)}/${r.int(23, 25)}. Operation ${r.pick(['Kestrel', 'Larkspur', 'Hope', 'Grant'])} continues. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Repairs performance Q${r.int(1, 4)}: ${r.int(80, 99)}% of emergency jobs within 24 h; ${r.int(100, 900)} damp and mould cases (Awaab's Law timescales apply). `);
    d.t(`Contractors: Mears, Wates, Lovell. ${trap(r)} ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Hinweis: Das Bürgeramt in der Goethestraße bleibt am ${fmtDate(r, recent(r), 'de')} geschlossen. Anträge nach dem Wohngeldgesetz bitte online. `);
    d.t(`Vorgangsnummern wie ${r.digits(9)} bleiben gültig. Ungültige IBAN im Formular: ${badIban(r, 'DE')}. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Avis : la mairie annexe Simone-Veil sera fermée le ${fmtDate(r, recent(r), 'fr')}. Les dossiers Parcoursup sont traités jusqu'au ${fmtDate(r, recent(r), 'fr')}. `);
    d.t(`Référence de l'avis ${r.digits(4)}-${UC(r, 3)}. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Court rules update: disclosure under Clare's Law and Sarah's Law requests must cite the case number (e.g. ${r.int(2020, 2025)}-CV-${r.digits(5)}). `);
    d.t(`Hearings listed after ${fmtDate(r, recent(r), 'us')} use courtroom 4B. Sample card for e-filing fee tests: ${badCard(r)}. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`School calendar: term starts ${fmtDate(r, recent(r), 'uk')}; half term ${fmtDate(r, recent(r), 'uk')}. Bake sale for the Hope Foundation, the Grant Library fund and our hamster Rose's birthday party. `);
    d.t(`Team names this year: Will Power, May Flowers, Guy Fawkes House. ${trap(r)}`);
  },
  (r, d) => {
    d.t(`Export (masked): name=[REDACTED], dob=**/**/****, ssn=${badSsn(r)}, card=**** **** **** ${r.digits(4)}, phone=+44 ***** *${r.digits(3)}, iban=${badIban(r, r.pick(['GB', 'NL', 'ES']))}. `);
    d.t(`Row hash ${hash(r, 32)}. ${trap(r)}`);
  },
  (r, d) => {
    const ph = `0300 ${r.digits(3)} ${r.digits(4)}`;
    d.t(`If you need this letter in large print or braille, please call us on ${ph.slice(0, 8)}-\n${ph.slice(8)} (typed across two lines in the old template). Version ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}. ${trap(r)}`);
  },
];

// ---------------------------------------------------------------- generator

export function generateIndependent29Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent29Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT29_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT29_MIN_INSTANCES;
  const out: Independent29Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVES)(r, d);
    else {
      r.pick(TEMPLATES)(r, d);
      if (r.chance(0.25)) d.t(`\n${trap(r)}`);
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
