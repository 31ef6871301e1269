/**
 * @module privacy/pii-corpus-independent-66 — a blind, labelled evaluation split for the PII detector,
 * themed on school administration and parents' portals (primary and secondary schools).
 *
 * WRITTEN BLIND. To write it I read only: `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the first 30 lines of
 * `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector (`src/privacy/pii/**`), its tests, its
 * name lists or gazetteers, `pii-corpus-values.ts`, the templates of the other corpora or blind splits,
 * docs, bench, AGENTS.md or the git history, and I never ran the detector on this text. Every name,
 * street, school, template and value below was invented for this file.
 *
 * Seeds: 660001, 660002, 660003 (INDEPENDENT66_SEEDS). Each seed yields whole documents until at least
 * `minInstances` labels (default 2,400) exist; generation stops right after the document that reaches it.
 *
 * Contents: enrolment and admission forms, parent–teacher messages, absence notes and voicemail
 * transcripts, trip consent forms and payments, pick-up authorisations, report-card exports, class
 * lists, timetables, special-needs plans, safeguarding logs, meal and fee invoices, SIS CSV exports and
 * portal logs, in many countries and languages, plus about one document in ten with no PII at all
 * (hard negatives full of look-alikes: student ids, room and class codes, marks, versions, hashes,
 * invalid cards and IBANs, EINs, routing numbers, non-birth dates, houses and schools named after people).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr, Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   schools/houses/streets named after people, eponymous diseases/laws/awards and @handles are not
 *   labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid and masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs and other countries' ids are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names are separate PERSON labels; company lines, city-only
 *   mentions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only; cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT66_SEEDS = [660001, 660002, 660003] as const;
export const INDEPENDENT66_MIN_INSTANCES = 2400;

/** A label of this split: it carries its text. */
export type Independent66Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent66Entry = PiiCorpusEntry & { readonly labels: readonly Independent66Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent66Label[] = [];
  readonly known: string[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools (invented for this file): [given names, surnames, family-name-first?]
// ---------------------------------------------------------------------------------------------------
type Culture =
  | 'en' | 'us' | 'ie' | 'gd' | 'de' | 'fr' | 'es' | 'mx' | 'br' | 'it' | 'nl' | 'pl' | 'se' | 'fi' | 'gr'
  | 'tr' | 'ar' | 'fa' | 'hi' | 'ta' | 'ur' | 'zh' | 'ja' | 'ko' | 'vi' | 'tl' | 'ng' | 'gh' | 'ke' | 'so'
  | 'ua' | 'hu' | 'cs' | 'he';

const NAMES: Record<Culture, readonly [readonly string[], readonly string[]]> = {
  en: [
    ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Poppy', 'Alfie', 'Rose', 'Hope', 'Will', 'Grant', 'Guy', 'Holly', 'Summer', 'Dawn', 'Reggie'],
    ['Thornbury', 'Hartley', 'Pickering', 'Ashdown', 'Whitlock', 'Fairbairn', 'Cook', 'Small', 'Price', 'Bishop', 'Lane', 'Bell', 'Greenwood', 'Marsh', 'Fowler'],
  ],
  us: [
    ['Madison', 'Bill', 'Tyler', 'Brooke', 'Hunter', 'Chase', 'Faith', 'Joy', 'Mason', 'Kayleigh', 'Dakota', 'Bryce', 'May', 'Sunny', 'Mark'],
    ['Hargrove', 'Tillman', 'Pruitt', 'Beauchamp', 'Rawlins', 'Young', 'King', 'Love', 'Strickland', 'Boone', 'Vance', 'Mercer', 'Rich', 'Holloway'],
  ],
  ie: [
    ['Saoirse', 'Cian', 'Aoife', 'Oisín', 'Niamh', 'Darragh', 'Clodagh', 'Tadhg', 'Róisín', 'Fionn', 'Sinéad', 'Eoin'],
    ['Ó Súilleabháin', 'Brennan', 'Keogh', 'Quinlan', 'Fitzgerald', 'Dunne', 'Moran', 'Nolan', 'Geraghty', 'Kavanagh', "O'Driscoll"],
  ],
  gd: [
    ['Ewan', 'Kirsty', 'Fraser', 'Eilidh', 'Lachlan', 'Mhairi', 'Angus', 'Catriona', 'Rory', 'Iona'],
    ['MacLeod', 'Buchanan', 'Sinclair', 'Drummond', 'Munro', 'Ferguson', 'Strachan', 'McIntyre', 'Urquhart', 'Baird'],
  ],
  de: [
    ['Lukas', 'Hannah', 'Jonas', 'Leonie', 'Finn', 'Mia', 'Maximilian', 'Greta', 'Paul', 'Frieda', 'Matthias', 'Anke'],
    ['Schröder', 'Hoffmann', 'Weißbach', 'Krüger', 'Lindemann', 'Böhm', 'Vogel', 'Hartmann', 'Zimmermann', 'Brandt', 'Kessler', 'Förster'],
  ],
  fr: [
    ['Léa', 'Hugo', 'Chloé', 'Théo', 'Manon', 'Lucas', 'Inès', 'Gabriel', 'Camille', 'Noé', 'Margaux', 'Baptiste'],
    ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Perrin', 'Lemoine', 'Dubois', 'Gauthier', 'Marchand', 'Faure'],
  ],
  es: [
    ['Alejandro', 'Lucía', 'Martina', 'Pablo', 'Carmen', 'Álvaro', 'Nerea', 'Iker', 'Rocío', 'Jaime', 'Ainhoa', 'Sergio'],
    ['Fernández', 'Ruiz', 'Navarro', 'Morales', 'Jiménez', 'Iglesias', 'Castro', 'Ortega', 'Serrano', 'Blanco', 'Delgado', 'Cabrera'],
  ],
  mx: [
    ['Ximena', 'Santiago', 'Guadalupe', 'Emiliano', 'Itzel', 'Diego', 'Valeria', 'Mateo', 'Citlali', 'Joaquín', 'Renata', 'Luz'],
    ['Hernández', 'Ramírez', 'Cruz', 'Villanueva', 'Zamora', 'Ochoa', 'Gutiérrez', 'Salazar', 'Cervantes', 'Arellano', 'Tapia', 'Medina'],
  ],
  br: [
    ['João', 'Gustavo', 'Beatriz', 'Thiago', 'Larissa', 'Rafael', 'Mariana', 'Caio', 'Letícia', 'Davi', 'Fernanda', 'Heitor'],
    ['Silva', 'Oliveira', 'Souza', 'Carvalho', 'Ribeiro', 'Almeida', 'Nascimento', 'Barbosa', 'Teixeira', 'Moura', 'Cavalcanti', 'Rocha'],
  ],
  it: [
    ['Giulia', 'Lorenzo', 'Sofia', 'Alessandro', 'Chiara', 'Matteo', 'Francesca', 'Riccardo', 'Aurora', 'Tommaso', 'Elisa', 'Davide'],
    ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Galli', 'Conti', 'De Luca'],
  ],
  nl: [
    ['Daan', 'Sanne', 'Bram', 'Fleur', 'Sem', 'Lotte', 'Jesse', 'Noor', 'Thijs', 'Femke', 'Ruben', 'Maud'],
    ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk', 'Hendriks', 'Dekker'],
  ],
  pl: [
    ['Zofia', 'Jakub', 'Hanna', 'Antoni', 'Maja', 'Szymon', 'Julia', 'Filip', 'Natalia', 'Wojciech', 'Zuzanna', 'Kacper'],
    ['Nowak', 'Kowalczyk', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Dąbrowski', 'Kozłowska', 'Jankowski', 'Mazur'],
  ],
  se: [
    ['Alva', 'Viggo', 'Ebba', 'Nils', 'Selma', 'Axel', 'Freja', 'Ludvig', 'Astrid', 'Elias', 'Linnea', 'Sixten'],
    ['Lindqvist', 'Johansson', 'Andersson', 'Bergström', 'Nyström', 'Sandberg', 'Holm', 'Eklund', 'Forsberg', 'Lundgren', 'Sjöberg', 'Wallin'],
  ],
  fi: [
    ['Aino', 'Eetu', 'Venla', 'Onni', 'Helmi', 'Väinö', 'Siiri', 'Leevi', 'Ilona', 'Eino'],
    ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Laaksonen', 'Järvinen', 'Koskinen', 'Salonen', 'Rantanen'],
  ],
  gr: [
    ['Eleni', 'Giorgos', 'Dimitra', 'Konstantinos', 'Katerina', 'Nikos', 'Vasiliki', 'Vasilis', 'Eirini', 'Panagiotis'],
    ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Karagiannis', 'Oikonomou', 'Vlachos', 'Antoniou', 'Dimitriou', 'Christodoulou', 'Makris'],
  ],
  tr: [
    ['Elif', 'Emir', 'Zeynep', 'Yusuf', 'Defne', 'Kerem', 'Ayşe', 'Mert', 'Ecem', 'Burak', 'Nehir', 'Arda'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Yıldız', 'Koç'],
  ],
  ar: [
    ['Omar', 'Layla', 'Said', 'Fatima', 'Yousef', 'Nour', 'Khalid', 'Mariam', 'Hamza', 'Amira', 'Tariq', 'Salma'],
    ['Al-Masri', 'Haddad', 'Khoury', 'Nasser', 'Abdullah', 'El-Sayed', 'Mansour', 'Saleh', 'Hamdan', 'Aziz', 'Bakr', 'Qasim'],
  ],
  fa: [
    ['Darius', 'Shirin', 'Arash', 'Parisa', 'Kian', 'Yasmin', 'Babak', 'Nasrin', 'Ramin', 'Leila'],
    ['Hosseini', 'Tehrani', 'Moradi', 'Rahimi', 'Karimi', 'Jafari', 'Sadeghi', 'Farahani', 'Rostami', 'Ahmadi'],
  ],
  hi: [
    ['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Ishaan', 'Priya', 'Rohan', 'Kavya', 'Aditya', 'Meera', 'Sai'],
    ['Sharma', 'Verma', 'Gupta', 'Malhotra', 'Kapoor', 'Agarwal', 'Joshi', 'Chopra', 'Mehta', 'Bhatia', 'Saxena', 'Trivedi'],
  ],
  ta: [
    ['Karthik', 'Lakshmi', 'Vignesh', 'Divya', 'Senthil', 'Nila', 'Prakash', 'Anitha', 'Murugan', 'Kaviya'],
    ['Subramanian', 'Ramasamy', 'Krishnan', 'Natarajan', 'Venkatesan', 'Sundaram', 'Pillai', 'Raghavan', 'Iyer', 'Annamalai'],
  ],
  ur: [
    ['Ayesha', 'Bilal', 'Hira', 'Usman', 'Zainab', 'Faisal', 'Sana', 'Imran', 'Mahnoor', 'Hassan'],
    ['Qureshi', 'Chaudhry', 'Malik', 'Siddiqui', 'Butt', 'Rana', 'Sheikh', 'Javed', 'Mirza', 'Baig'],
  ],
  zh: [
    ['Wei', 'Xiaoling', 'Hao', 'Mei', 'Jun', 'Yutong', 'Zihan', 'Lan', 'Jiahui', 'Bo', 'Ming', 'Ruoxi'],
    ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Guo'],
  ],
  ja: [
    ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Yuto', 'Sakura', 'Minato', 'Riko', 'Daiki', 'Kaede'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Matsumoto'],
  ],
  ko: [
    ['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Doyun', 'Jiwoo', 'Seojun', 'Yuna', 'Hyunwoo', 'Soyeon'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  ],
  vi: [
    ['Minh', 'Linh', 'Tuan', 'Thao', 'Duc', 'Huong', 'Khoa', 'Ngoc', 'Bao', 'Phuong'],
    ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo'],
  ],
  tl: [
    ['Angelica', 'Rodel', 'Maricel', 'Jericho', 'Princess', 'Arnel', 'Rhea', 'Ramil', 'Kristine', 'Dindo'],
    ['Dela Cruz', 'Reyes', 'Santos', 'Bautista', 'Mendoza', 'Manalo', 'Macaraeg', 'Pangilinan', 'Soriano', 'Tolentino'],
  ],
  ng: [
    ['Chinedu', 'Adaeze', 'Oluwaseun', 'Folake', 'Emeka', 'Ngozi', 'Tunde', 'Chiamaka', 'Babajide', 'Ifeoma', 'Kelechi', 'Temitope'],
    ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Ogunleye', 'Obi', 'Adebayo', 'Chukwu', 'Oyelaran', 'Nnamdi', 'Okonkwo'],
  ],
  gh: [
    ['Kwame', 'Ama', 'Kofi', 'Akosua', 'Yaw', 'Efua', 'Kwabena', 'Abena', 'Kojo', 'Adwoa'],
    ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Agyeman', 'Ofori', 'Darko', 'Appiah', 'Quaye', 'Acheampong'],
  ],
  ke: [
    ['Baraka', 'Neema', 'Juma', 'Amani', 'Wanjiru', 'Otieno', 'Zawadi', 'Kamau', 'Achieng', 'Mwangi'],
    ['Kariuki', 'Odhiambo', 'Njoroge', 'Wafula', 'Chege', 'Mutua', 'Kiprop', 'Omondi', 'Wambui', 'Onyango'],
  ],
  so: [
    ['Hodan', 'Abdirahman', 'Farhia', 'Ayaan', 'Mohamed', 'Sagal', 'Liban', 'Ifrah'],
    ['Warsame', 'Hussein', 'Farah', 'Abdi', 'Jama', 'Osman', 'Egal', 'Duale'],
  ],
  ua: [
    ['Anastasia', 'Dmytro', 'Olena', 'Mykola', 'Yulia', 'Artem', 'Oksana', 'Bohdan', 'Svitlana', 'Ivan'],
    ['Kovalenko', 'Shevchenko', 'Ivanova', 'Petrenko', 'Morozov', 'Bondarenko', 'Sokolova', 'Tkachenko', 'Volkov', 'Melnyk'],
  ],
  hu: [
    ['Bence', 'Zsófia', 'Levente', 'Réka', 'Máté', 'Dóra', 'Botond', 'Eszter'],
    ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár'],
  ],
  cs: [
    ['Tereza', 'Vojtěch', 'Eliška', 'Ondřej', 'Kateřina', 'Jiří', 'Adéla', 'Matyáš'],
    ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučerová', 'Veselý', 'Pospíšil'],
  ],
  he: [
    ['Noa', 'Itai', 'Yael', 'Ariel', 'Tamar', 'Eitan', 'Shira', 'Yonatan'],
    ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Avraham', 'Katz'],
  ],
};
/** Cultures whose names are written family name first. */
const EAST: ReadonlySet<Culture> = new Set<Culture>(['zh', 'ko', 'vi', 'hu']);

/** Japanese names in script, for Japanese-language documents: [family, given]. */
const JA_SCRIPT: readonly (readonly [string, string])[] = [
  ['佐藤', '陽翔'], ['鈴木', '結衣'], ['高橋', '蒼'], ['田中', '陽菜'], ['渡辺', '湊'], ['伊藤', '凛'],
  ['山本', '悠真'], ['中村', 'さくら'], ['小林', '大翔'], ['加藤', '美咲'], ['吉田', '蓮'], ['松本', '楓'],
];
/** Korean names in script: [family, given]. */
const KO_SCRIPT: readonly (readonly [string, string])[] = [
  ['김', '민준'], ['이', '서연'], ['박', '지호'], ['최', '하은'], ['정', '도윤'], ['강', '지우'],
  ['조', '서준'], ['윤', '유나'], ['장', '현우'], ['임', '소연'],
];

// ---------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------
interface Person {
  readonly g: string;
  readonly f: string;
  readonly east: boolean;
  readonly cul: Culture;
}

type Cc =
  | 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'NZ' | 'ZA' | 'IN' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX'
  | 'IT' | 'NL' | 'PL' | 'SE' | 'BR' | 'PT' | 'JP' | 'KR';

/** Which cultures live where (the first ones more often). */
const LOCALS: Record<Cc, readonly Culture[]> = {
  US: ['us', 'us', 'us', 'en', 'mx', 'zh', 'ko', 'vi', 'tl', 'ng', 'he', 'hi', 'ar', 'ie', 'so', 'it'],
  GB: ['en', 'en', 'en', 'gd', 'hi', 'ur', 'ng', 'pl', 'gh', 'so', 'ta', 'zh', 'ie', 'gr', 'tr'],
  IE: ['ie', 'ie', 'ie', 'en', 'pl', 'br', 'ng', 'zh', 'ua'],
  CA: ['us', 'en', 'fr', 'zh', 'hi', 'tl', 'ko', 'ua', 'so', 'ar', 'vi'],
  AU: ['en', 'en', 'gd', 'zh', 'vi', 'gr', 'it', 'hi', 'ar', 'tl', 'ko'],
  NZ: ['en', 'gd', 'tl', 'zh', 'hi', 'ko', 'nl'],
  ZA: ['en', 'ng', 'ke', 'gh', 'nl', 'gr', 'hi'],
  IN: ['hi', 'hi', 'ta', 'ta', 'ur'],
  DE: ['de', 'de', 'de', 'tr', 'pl', 'ua', 'ar', 'gr', 'it', 'fa'],
  AT: ['de', 'de', 'tr', 'hu', 'cs', 'ua'],
  CH: ['de', 'de', 'fr', 'it', 'tr', 'pl'],
  FR: ['fr', 'fr', 'fr', 'ar', 'br', 'it', 'es', 'vi', 'ng'],
  BE: ['fr', 'nl', 'nl', 'ar', 'tr', 'it', 'pl'],
  ES: ['es', 'es', 'es', 'mx', 'ar', 'ua', 'br', 'zh'],
  MX: ['mx', 'mx', 'mx', 'es'],
  IT: ['it', 'it', 'it', 'ar', 'ua', 'zh', 'br'],
  NL: ['nl', 'nl', 'nl', 'tr', 'ar', 'pl', 'so'],
  PL: ['pl', 'pl', 'pl', 'ua'],
  SE: ['se', 'se', 'se', 'fi', 'ar', 'fa', 'so', 'pl'],
  BR: ['br', 'br', 'br', 'it', 'ja'],
  PT: ['br', 'br', 'ua', 'fr'],
  JP: ['ja', 'ja', 'ja', 'ko', 'zh'],
  KR: ['ko', 'ko', 'ko', 'zh'],
};

function personOf(r: Rng, cul: Culture): Person {
  const [gs, fs] = NAMES[cul];
  return { g: r.pick(gs), f: r.pick(fs), east: EAST.has(cul), cul };
}
function personIn(r: Rng, cc: Cc): Person {
  return personOf(r, r.pick(LOCALS[cc]));
}
/** A child of `p`: same culture, usually the same surname. */
function childOf(r: Rng, p: Person): Person {
  const c = personOf(r, p.cul);
  return r.chance(0.85) ? { ...c, f: p.f } : c;
}
function full(p: Person): string {
  return p.east ? `${p.f} ${p.g}` : `${p.g} ${p.f}`;
}
/** A labelled variant of a name: full, "Surname, Given", initial + surname, caps. */
function nameVariant(r: Rng, p: Person): string {
  const x = r.int(0, 9);
  if (x < 5) return full(p);
  if (x < 7) return `${p.f}, ${p.g}`;
  if (x < 8) return `${p.g.charAt(0)}. ${p.f}`;
  return full(p).toUpperCase();
}

const TITLE_EN = ['Mr ', 'Mrs ', 'Ms ', 'Miss ', 'Dr ', 'Mr. ', 'Mrs. ', 'Ms. '];
function title(r: Rng): string {
  return r.pick(TITLE_EN);
}

// ---------------------------------------------------------------------------------------------------
// Plain-ASCII local parts, e-mails
// ---------------------------------------------------------------------------------------------------
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ı/g, 'i')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}
const MAIL_HOSTS: Record<Cc, readonly string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'att.net'],
  GB: ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'outlook.com', 'sky.com'],
  IE: ['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com'],
  CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'outlook.com'],
  AU: ['gmail.com', 'bigpond.com', 'outlook.com.au', 'icloud.com'],
  NZ: ['gmail.com', 'xtra.co.nz', 'outlook.co.nz'],
  ZA: ['gmail.com', 'webmail.co.za', 'mweb.co.za'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com'],
  AT: ['gmx.at', 'aon.at', 'gmail.com'],
  CH: ['bluewin.ch', 'gmx.ch', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  BE: ['skynet.be', 'telenet.be', 'gmail.com'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
  MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com', 'interia.pl'],
  SE: ['telia.com', 'gmail.com', 'hotmail.se'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
  PT: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'],
  KR: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com'],
};
function emailOf(r: Rng, p: Person, cc: Cc): string {
  const g = ascii(p.g);
  const f = ascii(p.f);
  const local = r.pick([
    `${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${r.int(1, 99)}`, `${g}${r.int(70, 99)}`,
    `${f}${g.charAt(0)}`, `${g}.${f}${r.int(1, 9)}`, `the${f}family`, `${g}-${f}`,
  ]);
  return `${local}@${r.pick(MAIL_HOSTS[cc])}`;
}
/** An address read aloud: "anna dot berg at gmail dot com". */
function spokenEmail(r: Rng, p: Person, cc: Cc): string {
  const host = r.pick(MAIL_HOSTS[cc]).replace(/\./g, ' dot ');
  const g = ascii(p.g);
  const f = ascii(p.f);
  const local = r.pick([`${g} dot ${f}`, `${g} ${f}`, `${g} underscore ${f}`, `${f} dot ${g}`]);
  return `${local} at ${host}`;
}

// ---------------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------------
function d(r: Rng, n: number): string {
  return r.digits(n);
}
function phoneOf(r: Rng, cc: Cc): string {
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = String(r.int(201, 989));
      const e = String(r.int(200, 989));
      const n = d(r, 4);
      return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1 (${a}) ${e}-${n}`, `1-${a}-${e}-${n}`]);
    }
    case 'GB':
      return r.pick([`07${d(r, 3)} ${d(r, 6)}`, `+44 7${d(r, 3)} ${d(r, 6)}`, `01${d(r, 3)} ${d(r, 6)}`, `020 ${r.int(3, 8)}${d(r, 3)} ${d(r, 4)}`, `+44 (0)1${d(r, 3)} ${d(r, 6)}`]);
    case 'IE':
      return r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${d(r, 3)} ${d(r, 4)}`, `+353 8${r.pick(['5', '6', '7'])} ${d(r, 3)} ${d(r, 4)}`, `(021) ${r.int(4, 4)}${d(r, 2)} ${d(r, 4)}`, `01 ${r.int(2, 8)}${d(r, 2)} ${d(r, 4)}`]);
    case 'AU':
      return r.pick([`04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(0${r.pick(['2', '3', '7', '8'])}) ${r.int(5, 9)}${d(r, 3)} ${d(r, 4)}`]);
    case 'NZ':
      return r.pick([`021 ${d(r, 3)} ${d(r, 4)}`, `+64 27 ${d(r, 3)} ${d(r, 4)}`, `(09) ${r.int(3, 8)}${d(r, 2)} ${d(r, 4)}`, `022 ${d(r, 3)} ${d(r, 4)}`]);
    case 'ZA':
      return r.pick([`0${r.pick(['72', '82', '83', '71', '61', '79'])} ${d(r, 3)} ${d(r, 4)}`, `+27 82 ${d(r, 3)} ${d(r, 4)}`, `021 ${r.int(4, 7)}${d(r, 2)} ${d(r, 4)}`]);
    case 'IN':
      return r.pick([`+91 ${r.pick(['98', '99', '97', '88', '70', '63'])}${d(r, 3)} ${d(r, 5)}`, `${r.pick(['98', '94', '81', '79'])}${d(r, 3)} ${d(r, 5)}`, `080-${r.int(2, 4)}${d(r, 7)}`]);
    case 'DE':
      return r.pick([`0${r.pick(['151', '160', '170', '171', '176', '1522'])} ${d(r, 7)}`, `+49 ${r.pick(['30', '40', '89', '221', '69', '711'])} ${d(r, 4)} ${d(r, 3)}`, `(0${r.pick(['221', '351', '761', '911'])}) ${d(r, 3)} ${d(r, 4)}`, `+49 1${r.pick(['51', '70', '76'])} ${d(r, 8)}`]);
    case 'AT':
      return r.pick([`+43 664 ${d(r, 7)}`, `0664 ${d(r, 3)} ${d(r, 4)}`, `0699 ${d(r, 8)}`, `+43 1 ${d(r, 3)} ${d(r, 4)}`]);
    case 'CH':
      return r.pick([`07${r.pick(['6', '7', '8', '9'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+41 44 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+41 7${r.pick(['8', '9'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]);
    case 'FR': {
      const p = () => d(r, 2);
      return r.pick([`0${r.pick(['6', '7'])} ${p()} ${p()} ${p()} ${p()}`, `+33 ${r.pick(['6', '7', '1', '4'])} ${p()} ${p()} ${p()} ${p()}`, `0${r.pick(['1', '4', '5'])}.${p()}.${p()}.${p()}.${p()}`]);
    }
    case 'BE':
      return r.pick([`04${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+32 4${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `02 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]);
    case 'ES':
      return r.pick([`6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+34 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `9${r.pick(['1', '3', '6'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `7${d(r, 8)}`]);
    case 'MX':
      return r.pick([`55 ${d(r, 4)} ${d(r, 4)}`, `+52 55 ${d(r, 4)} ${d(r, 4)}`, `(33) ${d(r, 4)}-${d(r, 4)}`, `+52 1 81 ${d(r, 4)} ${d(r, 4)}`]);
    case 'IT':
      return r.pick([`3${r.pick(['47', '38', '33', '49', '20'])} ${d(r, 3)} ${d(r, 4)}`, `+39 3${d(r, 2)} ${d(r, 7)}`, `06 ${d(r, 4)} ${d(r, 4)}`, `051 ${d(r, 6)}`]);
    case 'NL':
      return r.pick([`06-${d(r, 8)}`, `+31 6 ${d(r, 8)}`, `020-${r.int(3, 7)}${d(r, 2)} ${d(r, 4)}`, `06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]);
    case 'PL':
      return r.pick([`${r.pick(['5', '6', '7', '8'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+48 ${r.pick(['5', '6', '7'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `${r.pick(['5', '6'])}${d(r, 2)}-${d(r, 3)}-${d(r, 3)}`]);
    case 'SE':
      return r.pick([`07${r.pick(['0', '2', '3', '6'])}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+46 7${r.pick(['0', '2', '3'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `031-${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]);
    case 'BR':
      return r.pick([`(${r.pick(['11', '21', '31', '41', '51', '61', '71', '81'])}) 9${d(r, 4)}-${d(r, 4)}`, `+55 11 9${d(r, 4)}-${d(r, 4)}`, `+55 (21) 9${d(r, 4)}-${d(r, 4)}`]);
    case 'PT':
      return r.pick([`9${r.pick(['1', '2', '3', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`, `+351 9${r.pick(['1', '3', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`, `22 ${d(r, 3)} ${d(r, 4)}`]);
    case 'JP':
      return r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `080-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`, `+81 90-${d(r, 4)}-${d(r, 4)}`, `06-${d(r, 4)}-${d(r, 4)}`]);
    case 'KR':
      return r.pick([`010-${d(r, 4)}-${d(r, 4)}`, `+82 10-${d(r, 4)}-${d(r, 4)}`, `02-${d(r, 3)}-${d(r, 4)}`, `010 ${d(r, 4)} ${d(r, 4)}`]);
  }
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A US or UK number read aloud. */
function spokenPhone(r: Rng, cc: Cc): string {
  const raw = cc === 'GB' ? `07${d(r, 9)}` : `${r.int(2, 9)}${d(r, 9)}`;
  const w = [...raw].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(c)] ?? c));
  if (cc === 'GB') return `${w.slice(0, 5).join(' ')}, ${w.slice(5).join(' ')}`;
  return `${w.slice(0, 3).join(' ')}, ${w.slice(3, 6).join(' ')}, ${w.slice(6).join(' ')}`;
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses (lines), written the way each country does
// ---------------------------------------------------------------------------------------------------
const PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
function letters(r: Rng, n: number, pool = PC_LETTERS): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pool.charAt(r.int(0, pool.length - 1));
  return s;
}
function addressOf(r: Rng, cc: Cc): string[] {
  const n = r.int(1, 240);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick([['Columbus', 'OH', '432'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122'], ['Madison', 'WI', '537'], ['Fresno', 'CA', '937'], ['Plano', 'TX', '750'], ['Eugene', 'OR', '974'], ['Lansing', 'MI', '489'], ['Savannah', 'GA', '314'], ['Nashua', 'NH', '030'], ['Dayton', 'OH', '454']] as const);
      const street = `${r.int(12, 9899)} ${r.pick(['Maple Ridge', 'Sycamore', 'Larkspur', 'Chestnut Hill', 'Willow Bend', 'Old Mill', 'Ridgeview', 'Pinecrest', 'Harbor View', 'Quail Hollow', 'Cedar Brook', 'Foxglove'])} ${r.pick(['Dr', 'Ave', 'St', 'Ln', 'Ct', 'Rd', 'Blvd', 'Way', 'Terrace', 'Circle'])}`;
      const lines = r.chance(0.3) ? [street, `Apt ${r.int(1, 30)}${r.pick(['', 'B', 'C'])}`] : [street];
      if (r.chance(0.1)) return [`PO Box ${r.int(100, 9999)}`, `${city}, ${st} ${z}${d(r, 2)}`];
      return [...lines, `${city}, ${st} ${z}${d(r, 2)}${r.chance(0.2) ? `-${d(r, 4)}` : ''}`];
    }
    case 'GB': {
      const [town, out] = r.pick([['Harrogate', 'HG1'], ['Norwich', 'NR2'], ['Leicester', 'LE3'], ['Bristol', 'BS7'], ['Exeter', 'EX4'], ['Stockport', 'SK4'], ['Swindon', 'SN1'], ['Derby', 'DE22'], ['Cardiff', 'CF14'], ['Edinburgh', 'EH10'], ['Glasgow', 'G12'], ['Belfast', 'BT9'], ['Reading', 'RG4'], ['York', 'YO31']] as const);
      const street = `${n} ${r.pick(['Fenwick', 'Thistledown', 'Oakhurst', 'Brambling', 'Kestrel', 'Holloway', 'Ashcombe', 'Larkhill', 'Briar', 'Sandpiper'])} ${r.pick(['Road', 'Close', 'Gardens', 'Avenue', 'Way', 'Crescent', 'Drive', 'Grove', 'Mews'])}`;
      const pc = `${out} ${r.int(1, 9)}${letters(r, 2)}`;
      const pre = r.chance(0.25) ? [`Flat ${r.int(1, 24)}, ${r.pick(['Alder', 'Juniper', 'Copper Beech', 'Mallard'])} Court`] : [];
      return [...pre, street, ...(r.chance(0.3) ? [r.pick(['Headingley', 'Starbeck', 'Heavitree', 'Roath', 'Morningside'])] : []), town, pc];
    }
    case 'IE': {
      const [town, county, key] = r.pick([['Ballincollig', 'Cork', 'P31'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94'], ['Tramore', 'Waterford', 'X91'], ['Swords', 'Dublin', 'K67'], ['Navan', 'Meath', 'C15']] as const);
      return [`${n} ${r.pick(['Ashgrove', 'Woodbine', 'Castleview', 'Rathmore', 'Beechpark', 'Cnoc na Gréine'])} ${r.pick(['Park', 'Avenue', 'Lawn', 'Heights', 'Drive', 'Close'])}`, town, `Co. ${county}`, `${key} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${d(r, 1)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${d(r, 1)}`];
    }
    case 'CA': {
      const [city, prov, first] = r.pick([['Toronto', 'ON', 'M'], ['Ottawa', 'ON', 'K'], ['Hamilton', 'ON', 'L'], ['Vancouver', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Winnipeg', 'MB', 'R'], ['Montréal', 'QC', 'H']] as const);
      const pc = `${first}${r.int(1, 9)}${letters(r, 1, CA_LETTERS)} ${r.int(0, 9)}${letters(r, 1, CA_LETTERS)}${r.int(0, 9)}`;
      return [`${r.chance(0.2) ? `${r.int(101, 1808)}-` : ''}${r.int(10, 4999)} ${r.pick(['Birchmount', 'Laurier', 'Tamarack', 'Westridge', 'Bayview', 'Riverside', 'Cedarvale'])} ${r.pick(['Ave', 'Rd', 'St', 'Cres', 'Dr', 'Blvd'])}`, `${city}, ${prov} ${pc}`];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Glen Waverley', 'VIC', '3150'], ['Parramatta', 'NSW', '2150'], ['Toowong', 'QLD', '4066'], ['Subiaco', 'WA', '6008'], ['Norwood', 'SA', '5067'], ['Belconnen', 'ACT', '2617'], ['Sandy Bay', 'TAS', '7005'], ['Geelong', 'VIC', '3220']] as const);
      return [`${r.chance(0.25) ? `Unit ${r.int(1, 12)}/` : ''}${n} ${r.pick(['Wattle', 'Banksia', 'Jacaranda', 'Coolabah', 'Kookaburra', 'Bottlebrush', 'Grevillea'])} ${r.pick(['Street', 'Crescent', 'Avenue', 'Parade', 'Court', 'Road'])}`, `${sub} ${st} ${pc}`];
    }
    case 'NZ': {
      const [sub, city, pc] = r.pick([['Ponsonby', 'Auckland', '1011'], ['Karori', 'Wellington', '6012'], ['Riccarton', 'Christchurch', '8011'], ['Hamilton East', 'Hamilton', '3216'], ['Roslyn', 'Dunedin', '9010']] as const);
      return [`${n} ${r.pick(['Kowhai', 'Rimu', 'Totara', 'Pohutukawa', 'Matai', 'Harbour View'])} ${r.pick(['Road', 'Street', 'Terrace', 'Place'])}`, sub, `${city} ${pc}`];
    }
    case 'ZA': {
      const [sub, city, pc] = r.pick([['Rondebosch', 'Cape Town', '7700'], ['Sandton', 'Johannesburg', '2196'], ['Morningside', 'Durban', '4001'], ['Hatfield', 'Pretoria', '0083'], ['Summerstrand', 'Gqeberha', '6001']] as const);
      return [`${n} ${r.pick(['Protea', 'Msasa', 'Kloof', 'Acacia', 'Strelitzia', 'Marula'])} ${r.pick(['Street', 'Avenue', 'Road', 'Drive'])}`, sub, city, pc];
    }
    case 'IN': {
      const [loc, city, pin] = r.pick([['Indiranagar', 'Bengaluru', '5600'], ['Kothrud', 'Pune', '4110'], ['Anna Nagar', 'Chennai', '6000'], ['Banjara Hills', 'Hyderabad', '5000'], ['Bandra West', 'Mumbai', '4000'], ['Salt Lake', 'Kolkata', '7000']] as const);
      return [`Flat ${r.int(1, 12)}0${r.int(1, 8)}, ${r.pick(['Sai Krupa', 'Green Meadows', 'Shanti Niketan', 'Lakeview', 'Sunrise', 'Gokul Dham'])} Apartments`, `${r.int(2, 19)}th Cross, ${loc}`, `${city} - ${pin}${d(r, 2)}`];
    }
    case 'DE':
    case 'AT':
    case 'CH': {
      const sfx = cc === 'CH' ? ['strasse', 'weg', 'gasse', 'rain'] : ['straße', 'weg', 'allee', 'gasse', 'ring'];
      const street = `${r.pick(['Linden', 'Birken', 'Ahorn', 'Mühlen', 'Garten', 'Schul', 'Wiesen', 'Kastanien', 'Eichen', 'Rosen', 'Holunder'])}${r.pick(sfx)} ${n}${r.pick(['', '', '', 'a', 'b'])}`;
      const city =
        cc === 'DE'
          ? r.pick(['506', '803', '200', '010', '041', '281', '790', '904', '481', '301']) + d(r, 2) + ' ' + r.pick(['Köln', 'München', 'Hamburg', 'Dresden', 'Leipzig', 'Bremen', 'Freiburg im Breisgau', 'Nürnberg', 'Münster', 'Hannover'])
          : cc === 'AT'
            ? r.pick(['1070 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck', '4020 Linz'])
            : r.pick(['8001 Zürich', '3011 Bern', '4051 Basel', '6003 Luzern', '9000 St. Gallen']);
      return [street, city, ...(r.chance(0.2) ? [cc === 'DE' ? 'Deutschland' : cc === 'AT' ? 'Österreich' : 'Schweiz'] : [])];
    }
    case 'FR': {
      return [`${n}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue des Tilleuls', 'rue de la Paix', 'boulevard des Belges', 'impasse des Lilas', 'allée des Châtaigniers', 'rue du Moulin', 'chemin des Vignes'])}`, ...(r.chance(0.2) ? [`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 6)}e étage`] : []), `${r.pick(['69002 Lyon', '31000 Toulouse', '44000 Nantes', '33000 Bordeaux', '67000 Strasbourg', '59000 Lille', '35000 Rennes', '13006 Marseille', '34000 Montpellier'])}`];
    }
    case 'BE':
      return [`${r.pick(['Rue des Wallons', 'Kerkstraat', 'Avenue des Saules', 'Molenstraat', 'Rue du Tilleul'])} ${n}${r.chance(0.3) ? ` bte ${r.int(1, 9)}` : ''}`, r.pick(['1050 Ixelles', '9000 Gent', '2000 Antwerpen', '4000 Liège', '3000 Leuven'])];
    case 'ES':
      return [`${r.pick(['Calle', 'Avenida', 'Paseo', 'Camino', 'C/'])} ${r.pick(['de los Almendros', 'del Carmen', 'Mayor', 'de las Acacias', 'del Río', 'de la Alameda', 'Real'])}, ${n}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`, `${r.pick(['28014 Madrid', '08012 Barcelona', '46003 Valencia', '41004 Sevilla', '50001 Zaragoza', '29016 Málaga', '48001 Bilbao', '18009 Granada'])}${r.chance(0.2) ? ' (España)' : ''}`];
    case 'MX':
      return [`${r.pick(['Av.', 'Calle', 'Calz.'])} ${r.pick(['de los Pinos', 'Insurgentes Sur', 'Reforma', 'Morelos', 'de las Flores', 'Hidalgo'])} ${r.int(10, 2999)}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}`, `Col. ${r.pick(['Del Valle', 'Roma Norte', 'Providencia', 'Centro', 'Jardines del Sur'])}`, r.pick(['03100 Ciudad de México, CDMX', '44630 Guadalajara, Jal.', '64000 Monterrey, N.L.', '72000 Puebla, Pue.', '76000 Querétaro, Qro.'])];
    case 'IT': {
      const [cap, city, pr] = r.pick([['40124', 'Bologna', 'BO'], ['20121', 'Milano', 'MI'], ['00184', 'Roma', 'RM'], ['50122', 'Firenze', 'FI'], ['10121', 'Torino', 'TO'], ['80132', 'Napoli', 'NA'], ['35121', 'Padova', 'PD']] as const);
      return [`${r.pick(['Via', 'Viale', 'Corso', 'Vicolo'])} ${r.pick(['dei Mille', 'San Vitale', 'delle Rose', 'del Pratello', 'della Libertà', 'dei Castagni', 'Roma'])} ${n}${r.chance(0.2) ? '/B' : ''}`, `${cap} ${city} ${r.chance(0.5) ? `(${pr})` : pr}`];
    }
    case 'NL':
      return [`${r.pick(['Kerkstraat', 'Lindenlaan', 'Molenweg', 'Dorpsstraat', 'Beukenlaan', 'Zonnebloemstraat', 'Havenkade'])} ${n}${r.pick(['', '', '-II', ' A', '-bis'])}`, `${r.pick(['3511', '1017', '3011', '2511', '5611', '9711', '2011'])} ${letters(r, 2, 'ABCEGHJKLMNPRTVWXZ')} ${r.pick(['Utrecht', 'Amsterdam', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Groningen', 'Haarlem'])}`];
    case 'PL':
      return [`ul. ${r.pick(['Kwiatowa', 'Leśna', 'Ogrodowa', 'Długa', 'Polna', 'Lipowa', 'Słoneczna', 'Szkolna'])} ${n}${r.chance(0.5) ? `/${r.int(1, 40)}` : ''}`, `${r.pick(['31', '00', '80', '50', '60', '90'])}-${d(r, 3)} ${r.pick(['Kraków', 'Warszawa', 'Gdańsk', 'Wrocław', 'Poznań', 'Łódź'])}`];
    case 'SE':
      return [`${r.pick(['Storgatan', 'Björkvägen', 'Kvarngatan', 'Tallstigen', 'Ekbacken', 'Solrosvägen'])} ${n}${r.chance(0.3) ? `, lgh ${r.int(1001, 1304)}` : ''}`, `${r.pick(['411', '113', '211', '753', '582', '903'])} ${d(r, 2)} ${r.pick(['Göteborg', 'Stockholm', 'Malmö', 'Uppsala', 'Linköping', 'Umeå'])}`];
    case 'BR': {
      const [city, uf, cep] = r.pick([['São Paulo', 'SP', '05'], ['Rio de Janeiro', 'RJ', '22'], ['Belo Horizonte', 'MG', '30'], ['Curitiba', 'PR', '80'], ['Recife', 'PE', '50'], ['Porto Alegre', 'RS', '90']] as const);
      return [`Rua ${r.pick(['das Palmeiras', 'dos Ipês', 'das Laranjeiras', 'Bela Vista', 'das Acácias', 'do Sol'])}, ${n}${r.chance(0.4) ? `, apto ${r.int(11, 184)}` : ''}`, r.pick(['Pinheiros', 'Botafogo', 'Savassi', 'Batel', 'Boa Viagem', 'Moinhos de Vento']), `${city} - ${uf}`, `${cep}${d(r, 3)}-${d(r, 3)}`];
    }
    case 'PT':
      return [`Rua ${r.pick(['das Flores', 'do Almada', 'da Boavista', 'de Cedofeita', 'do Salitre'])}, ${n}, ${r.int(1, 6)}º ${r.pick(['Esq.', 'Dto.', 'Frente'])}`, `${r.pick(['4050', '1250', '3000', '4700'])}-${d(r, 3)} ${r.pick(['Porto', 'Lisboa', 'Coimbra', 'Braga'])}`];
    case 'JP':
      if (r.chance(0.5)) {
        return [`〒${r.pick(['150', '160', '530', '604', '810'])}-${d(r, 4)} ${r.pick(['東京都渋谷区神宮前', '東京都新宿区高田馬場', '大阪府大阪市北区梅田', '京都府京都市中京区烏丸', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 15)}${r.chance(0.4) ? ` ${r.pick(['グランメゾン', 'コーポ桜', 'パークハイツ'])}${r.int(1, 9)}0${r.int(1, 9)}号室` : ''}`];
      }
      return [`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 15)} ${r.pick(['Jingumae', 'Takadanobaba', 'Umeda', 'Tenjin', 'Kichijoji'])}`, `${r.pick(['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka', 'Musashino-shi, Tokyo'])} ${r.int(100, 899)}-${d(r, 4)}`];
    case 'KR':
      if (r.chance(0.5)) return [`${r.pick(['서울특별시 마포구 월드컵로', '서울특별시 송파구 올림픽로', '부산광역시 해운대구 센텀로', '경기도 성남시 분당구 판교로'])} ${r.int(1, 300)}, ${r.int(101, 115)}동 ${r.int(1, 25)}0${r.int(1, 6)}호`];
      return [`${r.int(1, 300)} ${r.pick(['World Cup-ro', 'Olympic-ro', 'Centum-ro', 'Pangyo-ro'])}, ${r.pick(['Mapo-gu, Seoul', 'Songpa-gu, Seoul', 'Haeundae-gu, Busan', 'Bundang-gu, Seongnam-si'])} ${d(r, 5)}`];
  }
}
/** Writes a labelled address, on one line or several. */
function addr(doc: Doc, r: Rng, cc: Cc, multi = r.chance(0.5)): void {
  const lines = addressOf(r, cc);
  doc.l('ADDRESS', lines.join(multi ? '\n' : ', '));
}

// ---------------------------------------------------------------------------------------------------
// Dates, written the way each country writes them
// ---------------------------------------------------------------------------------------------------
const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}
/** A date in `cc`'s usual styles, year in [y0, y1]. */
function dateIn(r: Rng, cc: Cc, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const dd = r.int(1, 28);
  const en = MONTHS.en ?? [];
  const mon = (k: string): string => (MONTHS[k] ?? en)[m - 1] ?? '';
  switch (cc) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(dd)}/${y}`, `${m}/${dd}/${y}`, `${mon('en')} ${dd}, ${y}`, `${mon('en').slice(0, 3)} ${dd}, ${y}`]);
    case 'CA':
      return r.pick([`${y}-${p2(m)}-${p2(dd)}`, `${mon('en')} ${dd}, ${y}`, `${p2(dd)}/${p2(m)}/${y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NZ':
    case 'ZA':
    case 'IN':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon('en')} ${y}`, `${ord(dd)} ${mon('en')} ${y}`, `${dd} ${mon('en').slice(0, 3)} ${y}`, `${p2(dd)}-${p2(m)}-${y}`]);
    case 'DE':
    case 'AT':
    case 'CH':
      return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd}. ${mon('de')} ${y}`, `${dd}.${m}.${y}`]);
    case 'FR':
    case 'BE':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd === 1 ? '1er' : dd} ${mon('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon('es')} de ${y}`, `${dd}-${p2(m)}-${y}`]);
    case 'IT':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon('it')} ${y}`]);
    case 'NL':
      return r.pick([`${p2(dd)}-${p2(m)}-${y}`, `${dd} ${mon('nl')} ${y}`]);
    case 'PL':
      return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd} ${mon('pl')} ${y}`, `${dd} ${mon('pl')} ${y} r.`]);
    case 'SE':
      return r.pick([`${y}-${p2(m)}-${p2(dd)}`, `${dd} ${mon('sv')} ${y}`]);
    case 'BR':
    case 'PT':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon('pt')} de ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${dd}日`, `${y}/${p2(m)}/${p2(dd)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${dd}일`, `${y}. ${m}. ${dd}.`, `${y}-${p2(m)}-${p2(dd)}`]);
  }
}
const kidDob = (r: Rng, cc: Cc, secondary = r.chance(0.4)): string => dateIn(r, cc, secondary ? 2007 : 2012, secondary ? 2013 : 2020);
const adultDob = (r: Rng, cc: Cc): string => dateIn(r, cc, 1966, 1994);
/** A non-birth date (term dates, trips, invoices). */
const eventDate = (r: Rng, cc: Cc): string => dateIn(r, cc, 2023, 2026);

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs
// ---------------------------------------------------------------------------------------------------
function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 13);
  let prefix: string;
  let len = 16;
  if (k < 5) prefix = '4';
  else if (k < 8) prefix = r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  else if (k < 10) { prefix = r.pick(['34', '37']); len = 15; }
  else if (k === 10) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k === 11) prefix = String(r.int(3528, 3589));
  else if (k === 12) { prefix = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; }
  else prefix = '62';
  if (prefix === '4' && r.chance(0.08)) len = 13;
  return luhnComplete(prefix + d(r, len - 1 - prefix.length));
}
function groupCard(r: Rng, digits: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const parts: string[] =
    digits.length === 15 ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)]
      : digits.length === 14 ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)]
        : digits.length === 16 ? [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8, 12), digits.slice(12)]
          : [digits];
  return parts.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-like number that fails Luhn (unlabelled). */
function badCard(r: Rng): string {
  const x = cardDigits(r);
  const last = (Number(x.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, x.slice(0, -1) + String(last));
}
const masked = (r: Rng): string => r.pick([`**** **** **** ${d(r, 4)}`, `XXXX-XXXX-XXXX-${d(r, 4)}`, `•••• ${d(r, 4)}`, `ending ${d(r, 4)}`]);

const BBAN: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16',
  PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', LU: 'n16', DK: 'n14', FI: 'n14', NO: 'n11', GR: 'n23', TR: 'n22',
  RO: 'a4n16', BR: 'n23a2', AE: 'n19', SA: 'n20', HU: 'n24', CZ: 'n20',
};
function ibanCheck(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return p2(98 - rem);
}
function ibanCompact(r: Rng, cc: string): string {
  const spec = BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'a' ? letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : d(r, n);
  }
  return cc + ibanCheck(cc, bban) + bban;
}
function groupIban(r: Rng, compact: string): string {
  const x = r.int(0, 9);
  if (x < 6) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 9) return compact;
  return compact.toLowerCase();
}
const IBAN_CC_BY: Partial<Record<Cc, string>> = { DE: 'DE', AT: 'AT', CH: 'CH', FR: 'FR', BE: 'BE', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', SE: 'SE', PT: 'PT', IE: 'IE', GB: 'GB', BR: 'BR' };
function iban(r: Rng, cc?: Cc): string {
  const code = (cc && IBAN_CC_BY[cc]) ?? r.pick(Object.keys(BBAN));
  return groupIban(r, ibanCompact(r, code));
}
/** An IBAN with wrong check digits (unlabelled). */
function badIban(r: Rng, cc?: Cc): string {
  const code = (cc && IBAN_CC_BY[cc]) ?? r.pick(['DE', 'FR', 'NL', 'ES', 'GB']);
  const good = ibanCompact(r, code);
  const c = Number(good.slice(2, 4));
  const wrong = p2(c >= 97 ? c - 1 : c + 1);
  return groupIban(r, good.slice(0, 2) + wrong + good.slice(4));
}
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const maskedSsn = (r: Rng): string => r.pick([`XXX-XX-${d(r, 4)}`, `***-**-${d(r, 4)}`, `xxx-xx-${d(r, 4)}`]);
const itin = (r: Rng): string => `9${d(r, 2)}-${r.int(70, 88)}-${d(r, 4)}`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${d(r, 7)}`;
function ipv4(r: Rng): string {
  const first = r.pick([23, 31, 45, 62, 78, 81, 86, 92, 101, 109, 151, 185, 203, 212, 217, 10, 192, 172, 100]);
  if (first === 192) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2a02:c7c', '2001:db8', '2600:1700', '2a01:4f8', '2406:3400', '2c0f:f248', '2a00:23c6', 'fe80:0']);
  return r.chance(0.5) ? `${pre}:${h()}:${h()}::${h()}` : `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));
/** A dotted version/build string (looks like an IP, unlabelled). */
const version = (r: Rng): string => `${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 9)}.${r.int(10, 250)}`;

// ---------------------------------------------------------------------------------------------------
// School-world distractors (never labelled)
// ---------------------------------------------------------------------------------------------------
const studentId = (r: Rng): string => r.pick([`STU-${d(r, 6)}`, `${r.int(2019, 2025)}${d(r, 4)}`, `S${d(r, 7)}`, `ID ${d(r, 5)}`]);
const upn = (r: Rng): string => `${letters(r, 1, 'ABCDEFGHJKLMNPRTUVWXYZ')}${d(r, 12)}`;
const classCode = (r: Rng): string => r.pick([`${r.int(1, 6)}${r.pick(['A', 'B', 'C', 'M', 'K'])}`, `Y${r.int(7, 13)}-${r.pick(['MA', 'EN', 'SC', 'HI', 'GE'])}${r.int(1, 4)}`, `${r.int(7, 11)}${r.pick(['R', 'W', 'S'])}${r.int(1, 3)}`, `P${r.int(1, 7)}/${r.int(1, 3)}`]);
const room = (r: Rng): string => r.pick([`Rm ${r.int(101, 340)}`, `Room ${r.pick(['B', 'S', 'H'])}${r.int(1, 24)}`, `Lab ${r.int(1, 6)}`, `Portakabin ${r.int(1, 3)}`]);
const grade = (r: Rng): string => r.pick(['A*', 'A', 'B+', 'B', 'C', 'D', '7', '8', '5', '4', 'Secure', 'Exceeding', 'Working towards', `${r.int(41, 99)}%`, `${r.int(11, 50)}/50`]);
const invoiceNo = (r: Rng): string => r.pick([`INV-${r.int(2023, 2026)}-${d(r, 5)}`, `FAC${d(r, 8)}`, `RE-${d(r, 6)}`, `#${d(r, 7)}`]);
const hash = (r: Rng): string => {
  let s = '';
  for (let i = 0; i < 12; i++) s += r.int(0, 15).toString(16);
  return s;
};
const tracking = (r: Rng): string => r.pick([`1Z${letters(r, 3, 'ABCDEFGHJKLMNPRTUVWXY')}${d(r, 13)}`, `JD${d(r, 16)}`, `RR${d(r, 9)}GB`]);
const routing = (r: Rng): string => `0${r.int(11, 99)}${d(r, 6)}`;
const timeHM = (r: Rng): string => `${p2(r.int(7, 18))}:${p2(r.int(0, 59))}`;
const money = (r: Rng, cur = '£'): string => `${cur}${r.int(3, 480)}.${p2(r.pick([0, 0, 50, 25, 75, 99]))}`;
/** Things named after people that are not people. */
const EPONYMS = [
  'Down syndrome', "Asperger's", 'Tourette syndrome', "Crohn's disease", "the Duke of Edinburgh's Award", 'Nightingale House', 'Turing House',
  'Curie House', 'Mandela House', 'Brunel Block', 'the Montessori room', "Martyn's Law", 'the Nobel assembly', 'Dr. Martens shoes',
  'a Bunsen burner', 'the Heimlich manoeuvre', 'Pythagoras practice sheets', 'Kahoot', 'Ben & Jerry\'s vouchers',
];
const PETS = ['Biscuit', 'Nibbles', 'Hamish', 'Pepper', 'Winston', 'Mabel', 'Professor Whiskers', 'Gus'];

interface School {
  readonly name: string;
  readonly domain: string;
  readonly cc: Cc;
}
const SCHOOLS: readonly School[] = [
  { name: 'Hollybrook Primary School', domain: 'hollybrook.sch.uk', cc: 'GB' },
  { name: "St Aldhelm's C of E Primary", domain: 'st-aldhelms.sch.uk', cc: 'GB' },
  { name: 'Kingsmead Academy', domain: 'kingsmeadacademy.org.uk', cc: 'GB' },
  { name: 'Larchmont Elementary School', domain: 'larchmont.k12.oh.us', cc: 'US' },
  { name: 'Rosa Parks Middle School', domain: 'rpms.fcps.org', cc: 'US' },
  { name: 'Cedar Hollow High School', domain: 'chhs.lakeviewschools.net', cc: 'US' },
  { name: 'Scoil Bhríde National School', domain: 'scoilbhride.ie', cc: 'IE' },
  { name: 'Tamarack Public School', domain: 'tamarack.tdsb.on.ca', cc: 'CA' },
  { name: 'Wattle Park Primary', domain: 'wattlepark.vic.edu.au', cc: 'AU' },
  { name: 'Kowhai Intermediate', domain: 'kowhai.school.nz', cc: 'NZ' },
  { name: 'Protea Ridge Primary', domain: 'proteridge.co.za', cc: 'ZA' },
  { name: 'Greenfields Public School', domain: 'greenfieldsps.edu.in', cc: 'IN' },
  { name: 'Grundschule am Weidenhof', domain: 'gs-weidenhof.de', cc: 'DE' },
  { name: 'Gesamtschule Kastanienallee', domain: 'ge-kastanienallee.de', cc: 'DE' },
  { name: 'Volksschule Lindengasse', domain: 'vs-lindengasse.at', cc: 'AT' },
  { name: 'Primarschule Rosenau', domain: 'schule-rosenau.ch', cc: 'CH' },
  { name: 'Collège Jean Moulin', domain: 'clg-jeanmoulin.fr', cc: 'FR' },
  { name: 'École élémentaire des Tilleuls', domain: 'ecole-tilleuls.fr', cc: 'FR' },
  { name: 'Athénée Royal des Saules', domain: 'ar-saules.be', cc: 'BE' },
  { name: 'CEIP Los Almendros', domain: 'ceiplosalmendros.es', cc: 'ES' },
  { name: 'Colegio Miguel Hernández', domain: 'colegiomhernandez.es', cc: 'ES' },
  { name: 'Escuela Primaria Benito Juárez', domain: 'primariabjuarez.edu.mx', cc: 'MX' },
  { name: 'Istituto Comprensivo Rita Levi-Montalcini', domain: 'icrlm.edu.it', cc: 'IT' },
  { name: 'Basisschool De Regenboog', domain: 'deregenboog.nl', cc: 'NL' },
  { name: 'Szkoła Podstawowa nr 12 im. Marii Konopnickiej', domain: 'sp12.edu.pl', cc: 'PL' },
  { name: 'Ekbackens skola', domain: 'ekbackensskola.se', cc: 'SE' },
  { name: 'Colégio Ipê Amarelo', domain: 'colegioipe.com.br', cc: 'BR' },
  { name: 'Escola Básica da Boavista', domain: 'eb-boavista.pt', cc: 'PT' },
  { name: '桜丘小学校', domain: 'sakuragaoka-es.ed.jp', cc: 'JP' },
  { name: '한빛초등학교', domain: 'hanbit.es.kr', cc: 'KR' },
];
const EN_CC: readonly Cc[] = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'ZA', 'IN', 'GB', 'US'];
function schoolIn(r: Rng, cc: Cc): School {
  const xs = SCHOOLS.filter((s) => s.cc === cc);
  return xs.length > 0 ? r.pick(xs) : { name: 'Riverside Academy', domain: 'riversideacademy.org', cc };
}
const roleMail = (r: Rng, s: School): string => `${r.pick(['office', 'admin', 'attendance', 'admissions', 'finance', 'sendco', 'dsl', 'trips', 'info', 'reception'])}@${s.domain}`;
const staffMail = (p: Person, s: School): string => `${ascii(p.g).charAt(0)}${ascii(p.f)}@${s.domain}`;

// ---------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------
type Tpl = (x: Doc, r: Rng) => void;
const POS: Tpl[] = [];
const NEG: Tpl[] = [];
const enCc = (r: Rng): Cc => r.pick(EN_CC);
/** Writes "Mrs Okafor" / "Mr. K. Boateng" / "Ms Amelia Hartley": the title stays outside the label. */
function staff(x: Doc, r: Rng, p: Person): void {
  const k = r.int(0, 5);
  if (k < 3) x.t(title(r)).l('PERSON', p.f);
  else if (k < 4) x.t(title(r)).l('PERSON', `${p.g.charAt(0)}. ${p.f}`);
  else if (k < 5) x.t(title(r)).l('PERSON', full(p));
  else x.l('PERSON', full(p));
}
/** The parent signs with their own name (a known name) or just any name. */
function signer(x: Doc, r: Rng, p: Person): void {
  if (r.chance(0.6)) x.self(full(p));
  else x.l('PERSON', full(p));
}

// 1 US enrollment form
POS.push((x, r) => {
  const s = schoolIn(r, 'US');
  const par = personIn(r, 'US');
  const kid = childOf(r, par);
  x.t(`${s.name} — New Student Enrollment ${r.int(2024, 2026)}\n\nSTUDENT\nLegal name (Last, First): `).l('PERSON', `${kid.f}, ${kid.g}`);
  x.t(`\nPreferred name: `).l('PERSON', kid.g).t(`\nDate of birth: `).l('DOB', kidDob(r, 'US'));
  x.t(`\nGrade entering: ${r.pick(['K', '1', '3', '5', '6', '9'])}   Homeroom: ${room(r)}\nStudent SSN (optional): `);
  if (r.chance(0.6)) x.l('NATIONAL_ID', ssn(r));
  else x.t(r.pick(['declined', 'N/A', maskedSsn(r)]));
  x.t(`\nHome address: `);
  addr(x, r, 'US', false);
  x.t(`\n\nPARENT/GUARDIAN 1\nName: `);
  signer(x, r, par);
  x.t(`\nCell: `).l('PHONE', phoneOf(r, 'US')).t(`   Work: `).l('PHONE', phoneOf(r, 'US')).t(` ext. ${r.int(100, 4999)}`);
  x.t(`\nEmail: `).l('EMAIL', emailOf(r, par, 'US'));
  if (r.chance(0.5)) {
    const p2nd = personIn(r, 'US');
    x.t(`\n\nPARENT/GUARDIAN 2\nName: `).l('PERSON', full(p2nd)).t(`\nCell: `).l('PHONE', phoneOf(r, 'US'));
  }
  x.t(`\n\nPrevious school: ${r.pick(['Rosa Parks Middle School', 'Thurgood Marshall Elementary', 'Lincoln Elementary', 'home-schooled'])}\nSubmitted ${eventDate(r, 'US')} via ParentSquare v${r.int(3, 9)}.${r.int(0, 20)}`);
});

// 2 UK in-year admission application
POS.push((x, r) => {
  const cc: Cc = r.chance(0.8) ? 'GB' : 'IE';
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`IN-YEAR ADMISSION APPLICATION — ${s.name}\nChild's legal surname: `).l('PERSON', kid.f.toUpperCase());
  x.t(`\nChild's forename(s): `).l('PERSON', kid.g).t(`\nDate of birth: `).l('DOB', kidDob(r, cc));
  x.t(`\nUPN (if known): ${upn(r)}\nYear group applied for: Year ${r.int(1, 11)}\nCurrent address:\n`);
  addr(x, r, cc, true);
  x.t(`\nParent/carer: `);
  signer(x, r, par);
  x.t(`\nMobile: `).l('PHONE', phoneOf(r, cc)).t(`\nEmail: `).l('EMAIL', emailOf(r, par, cc));
  if (r.chance(0.5)) {
    const sib = childOf(r, par);
    x.t(`\nSibling already at the school: `).l('PERSON', full(sib)).t(` (${classCode(r)}, ${r.pick(['Nightingale House', 'Brunel House', 'Darwin House'])})`);
  }
  x.t(`\nReason for move: ${r.pick(['relocation for work', 'housing', 'closer to grandparents', 'SEN provision'])}\nPlease return to `);
  x.l('EMAIL', roleMail(r, s)).t(` by ${eventDate(r, cc)}.`);
});

// 3 absence e-mail from a parent
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const teacher = personIn(r, cc);
  x.t(`From: `).l('EMAIL', emailOf(r, par, cc)).t(`\nTo: `).l('EMAIL', roleMail(r, s)).t(`\nSubject: absence – ${kid.g} ${classCode(r)}\n\n`);
  x.t(`Dear ${title(r)}`).l('PERSON', teacher.f).t(`,\n\n`).l('PERSON', kid.g);
  x.t(` ${r.pick(['has a high temperature', 'was sick in the night', 'has an orthodontist appointment at 10:30', 'has conjunctivitis', 'is off with a tummy bug'])} and won't be in ${r.pick(['today', 'until Thursday', 'this morning'])}. `);
  const letKnow = r.chance(0.5);
  x.t(letKnow ? `Could you let ` : `Please tell `).l('PERSON', r.pick([personIn(r, cc).g, full(personIn(r, cc))])).t(`${letKnow ? ' know' : ''} that ${r.chance(0.5) ? 'she' : 'he'} will hand in the ${r.pick(['Pythagoras worksheet', 'book review', 'science homework'])} next week.\n\n`);
  x.t(`Thanks,\n`);
  signer(x, r, par);
  x.t(`\n`).l('PHONE', phoneOf(r, cc));
});

// 4 attendance-line voicemail transcript
POS.push((x, r) => {
  const cc: Cc = r.chance(0.5) ? 'GB' : 'US';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`[Voicemail transcript — attendance line — ${timeHM(r)}]\nHi, it's `);
  signer(x, r, par);
  x.t(`, ${r.pick(['mum', 'dad', 'grandma', 'stepdad'])} of `).l('PERSON', r.chance(0.5) ? full(kid).toLowerCase() : full(kid));
  x.t(` in ${classCode(r)}. ${r.pick(['She', 'He'])}'s ${r.pick(['got a migraine', 'been sick', 'at the dentist till eleven'])} so won't be in. You can call me back on `).l('PHONE', spokenPhone(r, cc));
  x.t(r.pick([` or email `, `, or my email is `])).l('EMAIL', spokenEmail(r, par, cc)).t(`. Thanks, bye.`);
});

// 5 school-trip consent form
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const cur = cc === 'US' || cc === 'CA' || cc === 'AU' || cc === 'NZ' ? '$' : cc === 'IN' ? '₹' : cc === 'ZA' ? 'R' : cc === 'IE' ? '€' : '£';
  x.t(`CONSENT FORM — ${r.pick(['Year 6 residential to Whitehall Outdoor Centre', 'Grade 4 trip to the Science Museum', 'Year 9 geography field day at Malham Cove', 'Class 5 overnight at Camp Kindle'])}\nTrip date: ${eventDate(r, cc)}   Cost: ${money(r, cur)}\n\n`);
  x.t(`Pupil: `).l('PERSON', nameVariant(r, kid)).t(`   Class: ${classCode(r)}   DOB: `).l('DOB', kidDob(r, cc));
  x.t(`\nMedical needs: ${r.pick(['none', "asthma – inhaler in bag", `${r.pick(EPONYMS.slice(0, 4))} – see care plan`, 'nut allergy, EpiPen x2'])}\n`);
  const ec = personIn(r, cc);
  x.t(`Emergency contact during the trip: `).l('PERSON', full(ec)).t(` (${r.pick(['aunt', 'grandfather', 'neighbour', 'father'])}) — `).l('PHONE', phoneOf(r, cc));
  x.t(`\nI give permission for my child to take part.\nSigned: `);
  signer(x, r, par);
  x.t(`   Date: ${eventDate(r, cc)}\n`);
  if (r.chance(0.55)) x.t(`Payment card: `).l('CARD', card(r)).t(`  exp ${p2(r.int(1, 12))}/${r.int(26, 31)}`);
  else x.t(`Paid online — card ${masked(r)}, ref ${invoiceNo(r)}`);
});

// 6 payment-provider fraud review export
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  x.t(`SchoolPay risk review — merchant "${s.name}" — batch ${hash(r)}\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, cc);
    x.t(`\n#${d(r, 6)} payer=`).l('PERSON', full(p)).t(` email=`).l('EMAIL', emailOf(r, p, cc)).t(` pan=`).l('CARD', card(r));
    x.t(` ip=`).l('IP', ip(r)).t(` item="${r.pick(['Trip deposit', 'Dinner money top-up', 'Music tuition', 'Yearbook'])}" score=${r.int(12, 97)}`);
  }
  x.t(`\n\nDeclined retries (not stored in full): ${masked(r)}, ${badCard(r)} (failed Luhn)`);
});

// 7 pick-up authorisation
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`COLLECTION AUTHORISATION\nChild: `).l('PERSON', full(kid)).t(` — ${classCode(r)}\nThe following adults may collect my child:\n`);
  const n = r.int(2, 3);
  for (let i = 1; i <= n; i++) {
    const a = personIn(r, cc);
    x.t(`${i}. `).l('PERSON', full(a)).t(` — ${r.pick(['grandmother', 'uncle', 'childminder', 'family friend', 'older brother (18)'])} — `).l('PHONE', phoneOf(r, cc)).t('\n');
  }
  const no = personIn(r, cc);
  x.t(`NOT authorised: `).l('PERSON', full(no)).t(` (court order on file, ref ${invoiceNo(r)}).\nPassword for collection: "${r.pick(['pineapple', 'blue kite', 'Grant Park', 'marmalade'])}"\nParent: `);
  signer(x, r, par);
  x.t(` — `).l('PHONE', phoneOf(r, cc));
});

// 8 report-card export
POS.push((x, r) => {
  const cc = enCc(r);
  const kid = personIn(r, cc);
  const tutor = personIn(r, cc);
  x.t(`REPORT — ${r.pick(['Autumn', 'Spring', 'Summer'])} Term ${r.int(2024, 2026)}\nStudent: `).l('PERSON', nameVariant(r, kid));
  x.t(`   Date of birth: `).l('DOB', kidDob(r, cc, true)).t(`   Form: ${classCode(r)}   House: ${r.pick(['Curie', 'Turing', 'Mandela', 'Nightingale', 'Seacole'])}\n\n`);
  for (const subj of ['English', 'Maths', 'Science', r.pick(['History', 'Geography', 'French', 'Art', 'Computing'])]) {
    x.t(`${subj.padEnd(10)} ${grade(r).padEnd(8)} effort ${r.int(1, 4)}  `);
    if (r.chance(0.5)) x.t(`(${title(r).trim()} `).l('PERSON', personIn(r, cc).f).t(')');
    x.t('\n');
  }
  x.t(`\nTutor comment: `).l('PERSON', kid.g).t(` ${r.pick(['has worked hard this term', 'must revise more regularly', 'is a kind member of the form', 'led the Ada Lovelace Day assembly'])}. `);
  x.t(`Attendance ${r.int(82, 100)}.${r.int(0, 9)}%.\n— `);
  staff(x, r, tutor);
});

// 9 class list CSV
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  x.t(`student_id,last_name,first_name,dob,class,room,guardian_email\n`);
  const n = r.int(4, 8);
  const cls = classCode(r);
  const rm = room(r);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, cc);
    x.t(`${studentId(r)},`).l('PERSON', p.f).t(',').l('PERSON', p.g).t(',').l('DOB', kidDob(r, cc)).t(`,${cls},${rm},`);
    if (r.chance(0.8)) x.l('EMAIL', emailOf(r, p, cc));
    x.t('\n');
  }
  x.t(`# exported ${eventDate(r, cc)} ${timeHM(r)} from ${s.domain} SIS ${version(r)}`);
});

// 10 weekly timetable with teachers
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`Timetable ${classCode(r)} — week ${r.pick(['A', 'B'])}\n`);
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) {
    x.t(`${day}: P1 ${r.pick(['Maths', 'English', 'PE', 'Science'])} ${room(r)} `);
    const t = personIn(r, cc);
    x.t(`(${r.pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'])} `).l('PERSON', t.f).t(`) | P2 ${r.pick(['RE', 'Music', 'Computing', 'Art'])} ${room(r)} | P3 ${r.pick(['Library', 'Assembly in the Mandela Hall', 'Forest School', 'PSHE'])}\n`);
  }
  x.t(`Cover for ${r.pick(['Thursday', 'Friday'])} P2: `);
  staff(x, r, personIn(r, cc));
});

// 11 US IEP summary
POS.push((x, r) => {
  const par = personIn(r, 'US');
  const kid = childOf(r, par);
  const cm = personIn(r, 'US');
  x.t(`INDIVIDUALIZED EDUCATION PROGRAM (IEP) — Annual Review\nStudent: `).l('PERSON', full(kid)).t(`   DOB: `).l('DOB', kidDob(r, 'US'));
  x.t(`   Student ID: ${studentId(r)}\nPrimary eligibility: ${r.pick(['Specific Learning Disability', 'Other Health Impairment (ADHD)', 'Intellectual Disability (Down syndrome)', 'Autism'])}\n`);
  x.t(`Case manager: `);
  staff(x, r, cm);
  x.t(`, ext. ${r.int(200, 399)}\nParent/guardian: `).l('PERSON', full(par)).t(`, `);
  addr(x, r, 'US', false);
  x.t(`\nPhone: `).l('PHONE', phoneOf(r, 'US')).t(`\nAccommodations: extended time (1.5x), preferential seating, ${r.pick(['Bookshare text-to-speech', 'Wilson Reading System, 4x weekly', 'sensory breaks'])}.\nNext review: ${eventDate(r, 'US')}`);
});

// 12 safeguarding log (CPOMS-like)
POS.push((x, r) => {
  const cc = enCc(r);
  const kid = personIn(r, cc);
  x.t(`SAFEGUARDING CHRONOLOGY — CONFIDENTIAL\nPupil: `).l('PERSON', nameVariant(r, kid)).t(` (${classCode(r)})  DOB `).l('DOB', kidDob(r, cc)).t('\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    x.t(`\n${eventDate(r, cc)} ${timeHM(r)} — logged by `);
    const st = personIn(r, cc);
    x.l('PERSON', `${st.g.charAt(0)}. ${st.f}`).t(` [session ${hash(r)} from `).l('IP', ipv4(r)).t(`]\n  `);
    x.t(r.pick([`Disclosed that `, `Reported that `, `Mentioned that `])).l('PERSON', personIn(r, cc).g);
    x.t(r.pick([` (mum's partner) shouted at home again.`, ` had not been at home over the weekend.`, ` pushed them at the bus stop.`, ` — older cousin — collects them late most days.`]));
    x.t(` Action: ${r.pick(['DSL informed', 'parent phoned', 'MASH referral', 'monitor'])}.`);
  }
  x.t(`\n\nDSL: `);
  staff(x, r, personIn(r, cc));
});

// 13 school-meal invoice (UK/IE) with a letter-style address block
POS.push((x, r) => {
  const cc: Cc = r.chance(0.7) ? 'GB' : 'IE';
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`${s.name}\nCatering Office\n\n${r.pick(['', 'Mr ', 'Ms ', 'Mrs ', 'Dr '])}`).l('PERSON', full(par)).t('\n');
  addr(x, r, cc, true);
  x.t(`\n\nInvoice ${invoiceNo(r)} — issued ${eventDate(r, cc)}\nSchool meals for `).l('PERSON', kid.g).t(` (${classCode(r)}), ${r.int(12, 20)} days × ${money(r, cc === 'IE' ? '€' : '£')}\n`);
  x.t(`Pay by bank transfer: sort code ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}, account ${d(r, 8)}`);
  if (r.chance(0.7)) x.t(`\nFrom abroad: IBAN `).l('IBAN', iban(r, cc)).t(`  BIC ${letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${cc}2L`);
  x.t(`\nQueries: `).l('EMAIL', roleMail(r, s));
});

// 14 private-school fee invoice (international)
POS.push((x, r) => {
  const cc: Cc = r.pick(['CH', 'DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'PT']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`${r.pick(['International School of the Lakes', 'Lycée Européen Bilingue', 'Riverside International Academy'])} — Fee Statement\n\nBill to: `).l('PERSON', full(par)).t('\n');
  addr(x, r, cc, true);
  x.t(`\n\nStudent: `).l('PERSON', full(kid)).t(`  Grade ${r.int(1, 12)}  Family ID ${d(r, 5)}\nTuition ${r.pick(['Term 1', 'Term 2', 'Semester 2'])}: €${r.int(4, 14)},${d(r, 3)}.00\nBus & lunch: €${r.int(300, 900)}.00\nDue: ${eventDate(r, cc)}\n\n`);
  x.t(`Please pay to IBAN `).l('IBAN', iban(r, r.pick(['CH', 'DE', 'NL', 'LU'] as Cc[]))).t(` quoting ${invoiceNo(r)}.`);
  if (r.chance(0.5)) x.t(`\nYour registered account for refunds: `).l('IBAN', iban(r, cc));
  x.t(`\nNote: the old account ${badIban(r)} is closed.`);
});

// 15 SIS contacts export CSV
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`"StudentID","Student","Contact","Relationship","Priority","Mobile","Email","Address"\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const par = personIn(r, cc);
    const kid = childOf(r, par);
    x.t(`"${studentId(r)}","`).l('PERSON', `${kid.f}, ${kid.g}`).t(`","`).l('PERSON', full(par)).t(`","${r.pick(['Mother', 'Father', 'Carer', 'Grandparent'])}","${r.int(1, 3)}","`);
    x.l('PHONE', phoneOf(r, cc)).t(`","`).l('EMAIL', emailOf(r, par, cc)).t(`","`);
    addr(x, r, cc, false);
    x.t(`"\n`);
  }
});

// 16 parent-portal audit log
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const n = r.int(3, 6);
  x.t(`# portal.${s.domain} access log (UTC)\n`);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, cc);
    const addrIp = ip(r);
    x.t(`2025-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${timeHM(r)}:${p2(r.int(0, 59))}Z user=`).l('EMAIL', emailOf(r, p, cc)).t(' src=');
    if (addrIp.includes(':') && r.chance(0.5)) x.t('[').l('IP', addrIp).t(`]:${r.int(1024, 65000)}`);
    else x.l('IP', addrIp);
    x.t(` action=${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'VIEW_REPORT', 'UPDATE_CONTACT', 'PAY'])} ua="${r.pick(['Chrome', 'Firefox', 'Edg'])}/${r.int(110, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}"\n`);
  }
  x.t(`# build ${version(r)} ${hash(r)}`);
});

// 17 password reset notice
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const p = personIn(r, cc);
  x.t(`Hello `).l('PERSON', r.chance(0.5) ? p.g : full(p)).t(`,\n\nWe received a request to reset the password for your parent account `).l('EMAIL', emailOf(r, p, cc));
  x.t(`.\nRequest made from `).l('IP', ip(r)).t(` (${r.pick(['Safari 17.4.1 on iOS', 'Chrome 124 on Windows 10', 'Samsung Internet 25.0'])}) at ${timeHM(r)}.\n`);
  x.t(`If this wasn't you, reply to `).l('EMAIL', roleMail(r, s)).t(` or call the school office on `).l('PHONE', phoneOf(r, cc)).t(`.\n\nCode: ${d(r, 6)} (expires in 15 minutes)`);
});

// 18 US private-school financial aid application
POS.push((x, r) => {
  const par = personIn(r, 'US');
  const kid = childOf(r, par);
  x.t(`TUITION ASSISTANCE APPLICATION ${r.int(2025, 2026)}–${r.int(26, 27)}\nApplicant student: `).l('PERSON', full(kid)).t(`, born `).l('DOB', kidDob(r, 'US')).t('\n\nParent 1: ');
  signer(x, r, par);
  x.t(`\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`   Date of birth: `).l('DOB', adultDob(r, 'US'));
  x.t(`\nEmployer: ${r.pick(['Hargrove Logistics LLC', 'Boone County Hospital', 'self-employed'])} (EIN ${ein(r)})\nAddress: `);
  addr(x, r, 'US', false);
  x.t(`\nPhone `).l('PHONE', phoneOf(r, 'US')).t(`  Email `).l('EMAIL', emailOf(r, par, 'US'));
  if (r.chance(0.6)) {
    const p2nd = personIn(r, 'US');
    x.t(`\n\nParent 2: `).l('PERSON', full(p2nd)).t(`\nSSN: `);
    if (r.chance(0.7)) x.l('NATIONAL_ID', ssn(r));
    else x.t(`ITIN ${itin(r)}`);
  }
  x.t(`\nAdjusted gross income: $${r.int(31, 190)},${d(r, 3)}   Household size: ${r.int(3, 7)}`);
});

// 19 chaperone / volunteer background check
POS.push((x, r) => {
  const p = personIn(r, 'US');
  x.t(`VOLUNTEER & CHAPERONE BACKGROUND CHECK AUTHORIZATION\nFull legal name: `);
  signer(x, r, p);
  x.t(`\nOther names used: `);
  if (r.chance(0.4)) x.l('PERSON', `${p.g} ${personIn(r, 'US').f}`);
  else x.t('none');
  x.t(`\nDate of birth: `).l('DOB', adultDob(r, 'US')).t(`\nSocial Security Number: `).l('NATIONAL_ID', ssn(r));
  x.t(`\nCurrent address: `);
  addr(x, r, 'US', false);
  x.t(`\nPrevious address (if < 3 yrs): `);
  addr(x, r, 'US', false);
  x.t(`\nPhone: `).l('PHONE', phoneOf(r, 'US')).t(`   Email: `).l('EMAIL', emailOf(r, p, 'US'));
  x.t(`\nDriver's license: ${r.pick(['OH', 'WA', 'NC'])} ${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${d(r, 6)}\nEvent: ${r.pick(['5th grade Washington DC trip', 'Field Day', 'Science Olympiad regionals'])}`);
});

// 20 medical / allergy form
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const gp = personIn(r, cc);
  x.t(`PUPIL HEALTH CARE PLAN\nName: `).l('PERSON', full(kid)).t(`   D.O.B.: `).l('DOB', kidDob(r, cc)).t(`   Class: ${classCode(r)}\n`);
  x.t(`Condition: ${r.pick(['anaphylaxis (peanut)', 'type 1 diabetes', 'epilepsy', "Crohn's disease", 'asthma'])}\nGP / doctor: Dr `).l('PERSON', gp.f).t(`, ${r.pick(['Larkhill Surgery', 'Harbourside Medical Centre', 'Parkview Family Practice'])} — `).l('PHONE', phoneOf(r, cc));
  x.t(`\nIn an emergency: ${r.pick(['give EpiPen Jr into outer thigh', 'use the Heimlich manoeuvre if choking', 'give Hypostop gel'])} and call 999/911.\nParent contact: `);
  x.l('PERSON', full(par)).t(' ').l('PHONE', phoneOf(r, cc));
  x.t(`\nReviewed by school nurse `);
  staff(x, r, personIn(r, cc));
  x.t(` on ${eventDate(r, cc)}.`);
});

// 21 class parents' group chat
POS.push((x, r) => {
  const cc = enCc(r);
  const n = r.int(4, 7);
  x.t(`WhatsApp — ${classCode(r)} Parents 🎒\n`);
  for (let i = 0; i < n; i++) {
    x.t(`[${timeHM(r)}] `);
    const p = personIn(r, cc);
    if (r.chance(0.25)) x.l('PHONE', phoneOf(r, cc));
    else if (r.chance(0.2)) x.self(full(p));
    else x.l('PERSON', r.chance(0.5) ? p.g : full(p));
    x.t(': ');
    const k = r.int(0, 6);
    if (k === 0) x.t(`does anyone know if it's non-uniform on friday? `).l('PERSON', personIn(r, cc).g.toLowerCase()).t(` says yes`);
    else if (k === 1) x.t(`Lost: navy Dr. Martens size 2, name inside`);
    else if (k === 2) x.t(`Can someone add `).l('PERSON', full(personIn(r, cc))).t(`? her number is `).l('PHONE', phoneOf(r, cc));
    else if (k === 3) x.t(`Reminder: ${r.pick(['Hamish', 'Biscuit', 'Pepper'])} the class guinea pig needs a home for half term 🐹`);
    else if (k === 4) x.t(`thanks ${r.pick(['Mrs', 'Miss', 'Mr'])} `).l('PERSON', personIn(r, cc).f).t(` for the lovely assembly 👏`);
    else if (k === 5) x.t(`My email for the rota is `).l('EMAIL', emailOf(r, p, cc));
    else x.t(`Trip money is due ${eventDate(r, cc)}, ${money(r)} on ParentPay`);
    x.t('\n');
  }
});

// 22 parents' evening booking confirmation
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`To: `).l('EMAIL', emailOf(r, par, cc)).t(`\nDear `);
  signer(x, r, par);
  x.t(`,\nYour appointments for `).l('PERSON', full(kid)).t(` on ${eventDate(r, cc)}:\n`);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    x.t(`  ${timeHM(r)}  `);
    staff(x, r, personIn(r, cc));
    x.t(` — ${r.pick(['Maths', 'English', 'Science', 'Spanish', 'History'])} — ${room(r)}\n`);
  }
  x.t(`Video link passcode ${d(r, 6)}. Can't make it? `).l('EMAIL', roleMail(r, s));
});

// 23 home-to-school transport form
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`HOME TO SCHOOL TRANSPORT APPLICATION\nPupil: `).l('PERSON', nameVariant(r, kid)).t(`  DOB: `).l('DOB', kidDob(r, cc));
  x.t(`\nPick-up address:\n`);
  addr(x, r, cc, true);
  if (r.chance(0.5)) {
    x.t(`\nAlternate week address (shared care):\n`);
    addr(x, r, cc, true);
  }
  x.t(`\nNearest stop: outside the ${r.pick(['Co-op', 'library', 'Red Lion pub', 'Tesco Express'])}, route ${r.int(1, 40)}${r.pick(['', 'A', 'X'])}\nDistance: ${r.int(2, 9)}.${r.int(0, 9)} miles\nApplicant: `);
  signer(x, r, par);
  x.t(`, `).l('PHONE', phoneOf(r, cc));
});

// 24 uniform shop order
POS.push((x, r) => {
  const cc = enCc(r);
  const p = personIn(r, cc);
  x.t(`Order ${invoiceNo(r)} — ${r.pick(['Kingsmead Uniform Shop', 'SchoolWear Direct', 'Blazer & Co'])}\n2 × polo (embroidered, age ${r.int(5, 12)})  1 × PE hoodie  1 × Dr. Martens school shoe\n\nDeliver to: `).l('PERSON', full(p)).t('\n');
  addr(x, r, cc, true);
  x.t(`\nPhone: `).l('PHONE', phoneOf(r, cc)).t(`\nPaid with: `);
  if (r.chance(0.6)) x.l('CARD', card(r));
  else x.t(masked(r));
  x.t(`\nTracking: ${tracking(r)}`);
});

// 25 IT helpdesk ticket for a pupil device
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const kid = personIn(r, cc);
  x.t(`Ticket #${d(r, 5)} — Chromebook won't join network\nUser: `).l('EMAIL', `${ascii(kid.g)}.${ascii(kid.f)}${r.int(10, 30)}@${s.domain}`).t(` (`).l('PERSON', full(kid)).t(`, ${classCode(r)})\n`);
  x.t(`Device serial ${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${d(r, 8)}, ChromeOS ${r.int(118, 128)}.0.${r.int(5000, 6999)}.${r.int(10, 200)}\nMAC ${[0, 1, 2, 3, 4, 5].map(() => p2(r.int(10, 99))).join(':')}\n`);
  x.t(`DHCP lease: `).l('IP', ipv4(r)).t(` gateway `).l('IP', `10.${r.int(0, 40)}.${r.int(0, 255)}.1`).t(`\nFilter log shows block from proxy `).l('IP', ip(r));
  x.t(` (SmoothWall ${version(r)}).\nAssigned to: `);
  staff(x, r, personIn(r, cc));
});

// 26 staff directory CSV
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  x.t(`name,role,email,phone\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, cc);
    x.l('PERSON', full(p)).t(`,${r.pick(['Class Teacher', 'SENCo', 'Head of Year 8', 'Office Manager', 'DSL', 'Caretaker', 'Bursar'])},`).l('EMAIL', staffMail(p, s)).t(',');
    x.l('PHONE', phoneOf(r, cc)).t(r.chance(0.5) ? ` ext. ${r.int(200, 299)}` : '').t('\n');
  }
  x.t(`General enquiries,,`).l('EMAIL', roleMail(r, s)).t(',');
});

// 27 subject access request from a parent (letter with sender address block)
POS.push((x, r) => {
  const cc: Cc = r.pick(['GB', 'IE', 'GB']);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.l('PERSON', full(par)).t('\n');
  addr(x, r, cc, true);
  x.t(`\n\n${eventDate(r, cc)}\n\nThe Data Protection Officer\n${s.name}\n\nDear Sir/Madam,\n\nSubject access request — `).l('PERSON', full(kid)).t(`, date of birth `).l('DOB', kidDob(r, cc));
  x.t(`\n\nUnder Article 15 UK GDPR I request copies of all records held about my child, including behaviour logs and emails between staff mentioning ${r.chance(0.5) ? 'him' : 'her'}. `);
  x.t(`Please reply to `).l('EMAIL', emailOf(r, par, cc)).t(`.\n\nYours faithfully,\n`);
  signer(x, r, par);
});

// 28 waiting-list letter from the local authority
POS.push((x, r) => {
  const cc: Cc = r.pick(['GB', 'AU', 'NZ', 'IE']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`${r.pick(['Admissions & Transport Team', 'School Placement Service'])}\nRef: ADM/${d(r, 6)}\n\n${r.pick(['Mr ', 'Ms ', 'Mrs ', 'Mx '])}`).l('PERSON', full(par)).t('\n');
  addr(x, r, cc, true);
  x.t(`\n\nDear Parent/Carer,\n\nRe: `).l('PERSON', full(kid)).t(` (born `).l('DOB', kidDob(r, cc)).t(`)\n\nYour child is number ${r.int(1, 14)} on the waiting list for ${r.pick(['Hollybrook Primary School', 'Kingsmead Academy', 'Wattle Park Primary'])}. Lists are re-ranked on ${eventDate(r, cc)} under the ${r.pick(['oversubscription criteria', "Children's Act"])}.`);
});

// 29 US scholarship application (senior)
POS.push((x, r) => {
  const p = personIn(r, 'US');
  x.t(`${r.pick(['Boone County', 'Lakeview', 'Cedar Hollow'])} Education Foundation — Senior Scholarship\nApplicant: `);
  signer(x, r, p);
  x.t(`\nDOB: `).l('DOB', dateIn(r, 'US', 2006, 2008)).t(`   SSN: `).l('NATIONAL_ID', ssn(r)).t(`\nAddress: `);
  addr(x, r, 'US', false);
  x.t(`\nEmail: `).l('EMAIL', emailOf(r, p, 'US')).t(`   GPA ${r.int(2, 4)}.${d(r, 2)}   SAT ${r.int(1050, 1580)}\nCounselor: `);
  staff(x, r, personIn(r, 'US'));
  x.t(`\nIntended college: ${r.pick(['Ohio State', 'Purdue', 'UNC Chapel Hill'])}. Award named for ${r.pick(['the Eleanor Roosevelt Fund', 'the Hargrove Memorial Prize'])}.`);
});

// 30 school nurse log
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`HEALTH ROOM LOG — ${eventDate(r, cc)}\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const kid = personIn(r, cc);
    x.t(`${timeHM(r)}  `).l('PERSON', nameVariant(r, kid)).t(`  ${classCode(r)}  ${r.pick(['headache – water, rest 10 min', 'grazed knee – cleaned', 'nosebleed', 'temp 38.4 – sent home'])}`);
    if (r.chance(0.5)) x.t(` – parent phoned on `).l('PHONE', phoneOf(r, cc));
    x.t('\n');
  }
});

// 31 after-school club registration
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`${r.pick(['Coding Club', 'Chess Club', 'Street Dance', 'Mini Chefs'])} — ${r.pick(['Autumn', 'Spring'])} booking\nChild: `).l('PERSON', full(kid)).t(`   Born: `).l('DOB', kidDob(r, cc)).t(`\nParent email: `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nMobile: `).l('PHONE', phoneOf(r, cc)).t(`\nBooked by: `);
  signer(x, r, par);
  x.t(`\nPayment: `);
  if (r.chance(0.6)) x.l('CARD', card(r)).t(` (CVV on file: no)`);
  else x.t(`childcare vouchers ${invoiceNo(r)}`);
  x.t(`\nSessions: ${r.int(8, 12)} × ${money(r)}`);
});

// 32 exam candidate list
POS.push((x, r) => {
  const cc: Cc = r.pick(['GB', 'GB', 'IE', 'IN', 'ZA']);
  x.t(`Centre ${d(r, 5)} — ${r.pick(['GCSE', 'A level', 'Junior Cycle', 'ICSE'])} entries, series ${r.pick(['June', 'November'])} ${r.int(2025, 2026)}\nCand No | Name | DOB | Unit codes\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, cc);
    x.t(`${d(r, 4)} | `).l('PERSON', `${p.f.toUpperCase()} ${p.g}`).t(' | ').l('DOB', dateIn(r, cc, 2007, 2010)).t(` | ${r.int(8300, 8700)}/${r.int(1, 3)}${r.pick(['F', 'H'])} ${r.pick(['1MA1', '8461', '8035'])}\n`);
  }
});

// 33 detention notice
POS.push((x, r) => {
  const cc = enCc(r);
  const kid = personIn(r, cc);
  x.t(`DETENTION NOTICE\n`).l('PERSON', full(kid)).t(` (${classCode(r)}) will attend a ${r.int(30, 60)}-minute detention on ${eventDate(r, cc)} in ${room(r)} with `);
  staff(x, r, personIn(r, cc));
  x.t(`.\nReason: ${r.pick(['repeated lateness', 'phone use in lesson', 'missing homework ×3'])}. Behaviour points: ${r.int(3, 25)}.\nParent acknowledgement: ______`);
});

// 34 counsellor referral
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Referral to school counsellor\nStudent: `).l('PERSON', full(kid)).t(`, DOB `).l('DOB', kidDob(r, cc, true)).t(`\nReferred by: `);
  staff(x, r, personIn(r, cc));
  x.t(`\nConcern: low mood since ${r.pick(['the move', 'grandparent died', 'friendship breakdown'])}; mentions `).l('PERSON', personIn(r, cc).g).t(` often.\nParent consent from `).l('PERSON', full(par)).t(', ').l('PHONE', phoneOf(r, cc));
  if (r.chance(0.5)) x.t(`, `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nHome: `);
  addr(x, r, cc, false);
});

// 35 transfer of records request (school addresses)
POS.push((x, r) => {
  const cc: Cc = r.pick(['US', 'CA', 'AU']);
  const kid = personIn(r, cc);
  const dest = schoolIn(r, cc);
  x.t(`REQUEST FOR TRANSFER OF STUDENT RECORDS\nStudent: `).l('PERSON', nameVariant(r, kid)).t(`   Birthdate: `).l('DOB', kidDob(r, cc)).t(`\n\nSend records to:\n${dest.name} — Registrar\n`);
  addr(x, r, cc, true);
  x.t(`\nFax/Phone: `).l('PHONE', phoneOf(r, cc)).t(`\n\nRequested by `);
  staff(x, r, personIn(r, cc));
  x.t(`, Registrar — `).l('EMAIL', `registrar@${dest.domain}`);
});

// 36 teacher job application
POS.push((x, r) => {
  const cc: Cc = r.pick(['US', 'GB', 'US']);
  const p = personIn(r, cc);
  x.t(`APPLICATION FOR EMPLOYMENT — ${r.pick(['Teaching Assistant', 'Science Teacher', 'Lunchtime Supervisor'])}\nName: `);
  signer(x, r, p);
  x.t(`\nDate of birth: `).l('DOB', adultDob(r, cc)).t('\n');
  if (cc === 'US') x.t(`SSN: `).l('NATIONAL_ID', ssn(r));
  else x.t(`NI number: ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${r.pick(['A', 'B', 'C', 'D'])}   DBS cert: ${d(r, 12)}`);
  x.t(`\nAddress: `);
  addr(x, r, cc, false);
  x.t(`\nMobile: `).l('PHONE', phoneOf(r, cc)).t(`   Email: `).l('EMAIL', emailOf(r, p, cc));
  x.t(`\nReferees: `).l('PERSON', full(personIn(r, cc))).t(` (current head), `).l('PERSON', full(personIn(r, cc))).t(` (${r.pick(['PGCE tutor', 'line manager'])})`);
});

// 37 German enrolment + SEPA mandate for the canteen
POS.push((x, r) => {
  const cc: Cc = r.pick(['DE', 'DE', 'AT']);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Schulanmeldung ${s.name} — Schuljahr ${r.int(2025, 2026)}/${r.int(26, 27)}\nName: `).l('PERSON', kid.f).t(`   Vorname: `).l('PERSON', kid.g);
  x.t(`\nGeburtsdatum: `).l('DOB', kidDob(r, cc)).t(`   Geburtsort: ${r.pick(['Köln', 'Ankara', 'Wien', 'Leipzig'])}\nAnschrift: `);
  addr(x, r, cc, false);
  x.t(`\nErziehungsberechtigte/r: `);
  signer(x, r, par);
  x.t(`\nTelefon (mobil): `).l('PHONE', phoneOf(r, cc)).t(`\nE-Mail: `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\n\nSEPA-Lastschriftmandat Mensa (Gläubiger-ID DE${p2(r.int(10, 99))}ZZZ0000${d(r, 7)}, Mandatsref. ${d(r, 8)})\nKontoinhaber/in: `).l('PERSON', full(par));
  x.t(`\nIBAN: `).l('IBAN', iban(r, cc)).t(`\nBIC: ${letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${cc}${letters(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}XXX`);
});

// 38 German absence note
POS.push((x, r) => {
  const cc: Cc = r.pick(['DE', 'AT', 'CH']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const t = personIn(r, cc);
  x.t(`Sehr geehrte${r.chance(0.5) ? ' Frau ' : 'r Herr '}`).l('PERSON', t.f).t(`,\n\nmein ${r.pick(['Sohn', 'Kind'])} `).l('PERSON', kid.g);
  x.t(` (Klasse ${classCode(r)}) konnte am ${eventDate(r, cc)} wegen ${r.pick(['Fieber', 'einer Magen-Darm-Grippe', 'eines Arzttermins'])} nicht am Unterricht teilnehmen. Bitte entschuldigen Sie das Fehlen.\n\nMit freundlichen Grüßen\n`);
  signer(x, r, par);
  x.t(`\nTel. `).l('PHONE', phoneOf(r, cc));
});

// 39 French enrolment sheet + canteen direct debit
POS.push((x, r) => {
  const cc: Cc = r.pick(['FR', 'FR', 'BE']);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`FICHE DE RENSEIGNEMENTS — ${s.name}\nNom de l'élève : `).l('PERSON', kid.f.toUpperCase()).t(`   Prénom : `).l('PERSON', kid.g);
  x.t(`\nNé(e) le : `).l('DOB', kidDob(r, cc)).t(`   Classe : ${r.pick(['CP', 'CE1', 'CE2', 'CM1', 'CM2', '6e', '5e', '4e', '3e'])}\nAdresse : `);
  addr(x, r, cc, false);
  x.t(`\nResponsable légal 1 : `).l('PERSON', `${par.f.toUpperCase()} ${par.g}`).t(`\nTél. portable : `).l('PHONE', phoneOf(r, cc));
  x.t(`\nCourriel : `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nDirectrice : Mme `).l('PERSON', personIn(r, cc).f).t(`\nPrélèvement cantine — IBAN : `).l('IBAN', iban(r, cc)).t(`\nN° allocataire CAF : ${d(r, 7)}   Quotient familial : ${r.int(400, 1800)} €`);
});

// 40 French liaison-book message
POS.push((x, r) => {
  const cc: Cc = 'FR';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Carnet de liaison — ${eventDate(r, cc)}\nMadame `).l('PERSON', personIn(r, cc).f).t(`,\n`).l('PERSON', kid.g);
  x.t(` sera absent${r.chance(0.5) ? 'e' : ''} ${r.pick(['jeudi après-midi', 'demain matin', 'toute la semaine prochaine'])} (${r.pick(['rendez-vous chez l’orthophoniste', 'mariage familial', 'varicelle'])}). `);
  x.t(`Sa grand-mère, `).l('PERSON', full(personIn(r, cc))).t(`, viendra ${r.chance(0.5) ? 'le' : 'la'} chercher à 16 h 30.\nCordialement,\n`);
  signer(x, r, par);
  x.t(` — `).l('PHONE', phoneOf(r, cc));
});

// 41 Spanish enrolment with direct debit
POS.push((x, r) => {
  const cc: Cc = 'ES';
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const apellidos = `${kid.f} ${r.pick(NAMES.es[1])}`;
  x.t(`SOLICITUD DE MATRÍCULA — ${s.name}\nApellidos: `).l('PERSON', apellidos).t(`   Nombre: `).l('PERSON', kid.g);
  x.t(`\nFecha de nacimiento: `).l('DOB', kidDob(r, cc)).t(`   Curso: ${r.int(1, 6)}º de Primaria\nDomicilio: `);
  addr(x, r, cc, false);
  x.t(`\nPadre/madre/tutor: `);
  signer(x, r, par);
  x.t(`\nTeléfono: `).l('PHONE', phoneOf(r, cc)).t(`   Correo: `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nDomiciliación comedor (IBAN): `).l('IBAN', iban(r, cc)).t(`\nNº expediente: ${d(r, 6)}   Tutora: Sra. `).l('PERSON', personIn(r, cc).f);
});

// 42 Mexican enrolment (CURP unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'MX';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Inscripción ciclo escolar ${r.int(2025, 2026)}–${r.int(2026, 2027)} — ${r.pick(['Escuela Primaria Benito Juárez', 'Secundaria Técnica No. 42'])}\nAlumno(a): `).l('PERSON', `${kid.f} ${r.pick(NAMES.mx[1])} ${kid.g}`);
  x.t(`\nCURP: ${letters(r, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${d(r, 6)}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL'])}${letters(r, 3, 'BCDFGHJKLMNPRSTVZ')}0${r.int(1, 9)}\nFecha de nacimiento: `).l('DOB', kidDob(r, cc));
  x.t(`\nDomicilio: `);
  addr(x, r, cc, false);
  x.t(`\nTutor: `).l('PERSON', full(par)).t(`   Celular: `).l('PHONE', phoneOf(r, cc)).t(`   Correo: `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nCuota de la sociedad de padres: $${r.int(200, 900)}.00 MXN`);
});

// 43 Italian enrolment (codice fiscale unlabelled) + canteen IBAN
POS.push((x, r) => {
  const cc: Cc = 'IT';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Domanda di iscrizione — ${r.pick(['Istituto Comprensivo Rita Levi-Montalcini', 'Scuola Primaria G. Pascoli'])}\nIl/la sottoscritto/a `);
  signer(x, r, par);
  x.t(`, genitore dell'alunno/a `).l('PERSON', `${kid.f} ${kid.g}`).t(`, nato/a il `).l('DOB', kidDob(r, cc));
  x.t(` a ${r.pick(['Bologna', 'Napoli', 'Tirana', 'Padova'])}, C.F. ${letters(r, 6, 'BCDFGHLMNPRSTVZ')}${d(r, 2)}${r.pick(['A', 'C', 'E', 'H', 'L'])}${d(r, 2)}${letters(r, 1, 'ABCDEFGHLMZ')}${d(r, 3)}${letters(r, 1, 'ABCDEFGHLMNPRSTVZ')},\nresidente in `);
  addr(x, r, cc, false);
  x.t(`\nCell. `).l('PHONE', phoneOf(r, cc)).t(` — e-mail `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nAddebito refezione scolastica su IBAN `).l('IBAN', iban(r, cc)).t(`\nDocente referente: prof.ssa `).l('PERSON', personIn(r, cc).f).t(` (aula ${r.int(1, 30)}, sez. ${r.pick(['A', 'B', 'C'])})`);
});

// 44 Dutch parent portal: enrolment and parent contribution
POS.push((x, r) => {
  const cc: Cc = r.pick(['NL', 'NL', 'BE']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Inschrijfformulier ${r.pick(['Basisschool De Regenboog', 'OBS De Vlieger'])}\nAchternaam leerling: `).l('PERSON', kid.f).t(`\nRoepnaam: `).l('PERSON', kid.g).t(`\nGeboortedatum: `).l('DOB', kidDob(r, cc));
  x.t(`\nGroep ${r.int(1, 8)}, juf `).l('PERSON', personIn(r, cc).g).t(`\nBSN: ${d(r, 9)}\nAdres: `);
  addr(x, r, cc, false);
  x.t(`\nOuder/verzorger 1: `);
  signer(x, r, par);
  x.t(`, tel. `).l('PHONE', phoneOf(r, cc)).t(`, `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nVrijwillige ouderbijdrage €${r.int(25, 95)} — machtiging rekening `).l('IBAN', iban(r, cc)).t(` t.n.v. `).l('PERSON', `${par.g.charAt(0)}. ${par.f}`);
});

// 45 Polish e-register message with trip payment
POS.push((x, r) => {
  const cc: Cc = 'PL';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Wiadomość (dziennik elektroniczny) — ${eventDate(r, cc)}\nOd: `).l('PERSON', full(personIn(r, cc))).t(` (wychowawca ${r.int(1, 8)}${r.pick(['a', 'b', 'c'])})\nDo: `).l('PERSON', full(par));
  x.t(`\n\nSzanowna Pani / Szanowny Panie,\nprzypominam o wpłacie za wycieczkę do ${r.pick(['Wieliczki', 'Torunia', 'Zakopanego'])} za `).l('PERSON', kid.g);
  x.t(` — ${r.int(90, 350)} zł do ${eventDate(r, cc)} na konto Rady Rodziców: `).l('IBAN', iban(r, cc));
  x.t(`\nW tytule: imię i nazwisko dziecka, klasa. W razie pytań: `).l('PHONE', phoneOf(r, cc)).t(`.\nPozdrawiam`);
});

// 46 Swedish absence report (personnummer unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'SE';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Frånvaroanmälan — Ekbackens skola\nElev: `).l('PERSON', full(kid)).t(`, klass ${r.int(1, 9)}${r.pick(['A', 'B'])}\nPersonnummer: ${r.int(2010, 2018)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}-${d(r, 4)}\n`);
  x.t(`Orsak: ${r.pick(['sjuk', 'tandläkare', 'VAB'])} ${eventDate(r, cc)}\nAnmäld av vårdnadshavare `);
  signer(x, r, par);
  x.t(`, `).l('PHONE', phoneOf(r, cc));
  if (r.chance(0.5)) x.t(`\nNy adress från ${eventDate(r, cc)}: `).l('ADDRESS', addressOf(r, cc).join(', '));
});

// 47 Brazilian enrolment (CPF unlabelled)
POS.push((x, r) => {
  const cc: Cc = r.pick(['BR', 'BR', 'PT']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`FICHA DE MATRÍCULA ${r.int(2025, 2026)}\nAluno(a): `).l('PERSON', full(kid)).t(`\nData de nascimento: `).l('DOB', kidDob(r, cc));
  x.t(cc === 'BR' ? `\nCPF do responsável: ${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}` : `\nNIF: ${r.int(1, 2)}${d(r, 8)}`);
  x.t(`\nEndereço:\n`);
  addr(x, r, cc, true);
  x.t(`\nResponsável: `);
  signer(x, r, par);
  x.t(`\nCelular/WhatsApp: `).l('PHONE', phoneOf(r, cc)).t(`\nE-mail: `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nMensalidade: R$ ${r.int(900, 3200)},00 — vencimento dia ${r.int(5, 10)}`);
});

// 48 Japanese absence contact (script names, honorifics outside)
POS.push((x, r) => {
  const [pf, pg] = r.pick(JA_SCRIPT);
  const [, kg] = r.pick(JA_SCRIPT);
  const [tf] = r.pick(JA_SCRIPT);
  x.t(`【欠席連絡】${r.int(1, 6)}年${r.int(1, 4)}組 `).l('PERSON', `${pf} ${kg}`).t(r.pick(['さん', 'くん', '']));
  x.t(`\n担任 `).l('PERSON', tf).t(` 先生\nいつもお世話になっております。本日は発熱のため欠席させていただきます。\n`);
  x.t(`保護者：`).l('PERSON', `${pf} ${pg}`).t(`\n連絡先：`).l('PHONE', phoneOf(r, 'JP'));
  if (r.chance(0.6)) x.t(`\n生年月日：`).l('DOB', kidDob(r, 'JP'));
  if (r.chance(0.5)) x.t(`\n住所：`).l('ADDRESS', addressOf(r, 'JP').join(' '));
  x.t(`\n（${eventDate(r, 'JP')} 7:45 送信）`);
});

// 49 Korean parent reply to a school notice
POS.push((x, r) => {
  const [pf, pg] = r.pick(KO_SCRIPT);
  const [, kg] = r.pick(KO_SCRIPT);
  x.t(`가정통신문 회신서 — 한빛초등학교 ${r.int(1, 6)}학년 ${r.int(1, 8)}반\n학생 이름: `).l('PERSON', `${pf}${kg}`);
  x.t(`\n생년월일: `).l('DOB', kidDob(r, 'KR')).t(`\n현장체험학습 참가 동의합니다.\n보호자: `).l('PERSON', `${pf}${pg}`).t(r.pick([' 씨', ' (인)', '']));
  x.t(`\n연락처: `).l('PHONE', phoneOf(r, 'KR'));
  if (r.chance(0.5)) x.t(`\n주소: `).l('ADDRESS', addressOf(r, 'KR').join(', '));
  x.t(`\n참가비 ${r.int(10, 60)},000원은 스쿨뱅킹으로 ${eventDate(r, 'KR')}에 출금됩니다.`);
});

// 50 Austrian/Swiss pick-up authorisation (German)
POS.push((x, r) => {
  const cc: Cc = r.pick(['AT', 'CH', 'DE']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Abholvollmacht Hort / Tagesschule\nKind: `).l('PERSON', full(kid)).t(`, geb. `).l('DOB', kidDob(r, cc)).t(`\nFolgende Personen dürfen mein Kind abholen:\n`);
  for (let i = 0; i < r.int(1, 3); i++) {
    const a = personIn(r, cc);
    x.t(`– ${r.pick(['Frau ', 'Herr ', ''])}`).l('PERSON', full(a)).t(` (${r.pick(['Oma', 'Opa', 'Nachbarin', 'Tante'])}), Tel. `).l('PHONE', phoneOf(r, cc)).t('\n');
  }
  x.t(`Unterschrift: `);
  signer(x, r, par);
  x.t(`, ${eventDate(r, cc)}`);
});

// 51 Belgian/French trip consent with payment to the school's account
POS.push((x, r) => {
  const cc: Cc = r.pick(['BE', 'FR', 'CH']);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Autorisation de sortie — classe de ${r.pick(['neige', 'mer', 'découverte'])}\nJe soussigné(e) `);
  signer(x, r, par);
  x.t(` autorise mon enfant `).l('PERSON', full(kid)).t(`, né(e) le `).l('DOB', kidDob(r, cc));
  x.t(`, à participer au séjour du ${eventDate(r, cc)}.\nEn cas d'urgence : `).l('PHONE', phoneOf(r, cc));
  x.t(`\nAcompte de ${r.int(50, 200)} € à verser sur le compte `).l('IBAN', iban(r, cc)).t(` (communication : ${d(r, 3)}/${d(r, 4)}/${d(r, 5)}).`);
});

// 52 Indian school fee receipt (Aadhaar unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'IN';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`FEE RECEIPT No. ${d(r, 6)} — Greenfields Public School\nStudent: `).l('PERSON', full(kid)).t(`   Class ${r.pick(['III', 'V', 'VII', 'IX'])}-${r.pick(['A', 'B', 'C'])}   Adm. No. ${d(r, 5)}\n`);
  x.t(`Date of Birth: `).l('DOB', kidDob(r, cc)).t(`\nFather's name: `).l('PERSON', full(par)).t(`\nAadhaar (student): ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}\nAddress: `);
  addr(x, r, cc, false);
  x.t(`\nMobile: `).l('PHONE', phoneOf(r, cc)).t(`\nTuition fee Q${r.int(1, 4)}: ₹${r.int(12, 48)},${d(r, 3)}   Transport: ₹${r.int(3, 9)},${d(r, 3)}\nPaid by card `);
  if (r.chance(0.5)) x.l('CARD', card(r));
  else x.t(masked(r));
});

// 53 Australian enrolment (Medicare number unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'AU';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Enrolment Form — Wattle Park Primary\nStudent surname: `).l('PERSON', kid.f).t(`  Given names: `).l('PERSON', kid.g).t(`\nDOB: `).l('DOB', kidDob(r, cc));
  x.t(`\nMedicare no.: ${r.int(2, 6)}${d(r, 3)} ${d(r, 5)} ${r.int(1, 9)}\nResidential address: `);
  addr(x, r, cc, false);
  x.t(`\nParent/carer A: `);
  signer(x, r, par);
  x.t(` — mobile `).l('PHONE', phoneOf(r, cc)).t(` — `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nIndigenous status: not stated. Language at home: ${r.pick(['English', 'Vietnamese', 'Greek', 'Mandarin'])}`);
});

// 54 Irish enrolment (PPSN unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'IE';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Scoil Bhríde N.S. — Enrolment Application\nPupil: `).l('PERSON', full(kid)).t(`\nDate of birth: `).l('DOB', kidDob(r, cc)).t(`\nPPSN: ${d(r, 7)}${letters(r, 1, 'ABCDEFGHJKLMNPQRSTUVWX')}${r.pick(['', 'A', 'W'])}\nAddress:\n`);
  addr(x, r, cc, true);
  x.t(`\nParent/Guardian: `);
  signer(x, r, par);
  x.t(`\nPhone: `).l('PHONE', phoneOf(r, cc)).t(`\nReligion: ${r.pick(['Catholic', 'Church of Ireland', 'none', 'Muslim'])} — Gaelscoil preference: ${r.pick(['yes', 'no'])}`);
});

// 55 Canadian registration (OEN unlabelled)
POS.push((x, r) => {
  const cc: Cc = 'CA';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`STUDENT REGISTRATION — Tamarack Public School\nLegal name: `).l('PERSON', `${kid.f}, ${kid.g}`).t(`\nBirth date (YYYY-MM-DD): `).l('DOB', `${r.int(2012, 2020)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`);
  x.t(`\nOEN: ${d(r, 3)}-${d(r, 3)}-${d(r, 3)}\nHome address: `);
  addr(x, r, cc, false);
  x.t(`\nParent: `);
  signer(x, r, par);
  x.t(` — `).l('PHONE', phoneOf(r, cc)).t(` — `).l('EMAIL', emailOf(r, par, cc));
  x.t(`\nFrench Immersion: ${r.pick(['yes', 'no'])}   Bus route ${r.int(100, 999)}`);
});

// 56 international wire for boarding fees
POS.push((x, r) => {
  const cc: Cc = r.pick(['GB', 'CH', 'DE']);
  const p = personOf(r, r.pick(['ar', 'zh', 'ng', 'ua', 'tr', 'hi'] as Culture[]));
  const kid = childOf(r, p);
  x.t(`Wire confirmation — boarding fees\nOrdering customer: `).l('PERSON', full(p).toUpperCase()).t(`\nOrdering account: `).l('IBAN', groupIban(r, ibanCompact(r, r.pick(['AE', 'SA', 'TR', 'GR', 'RO']))));
  x.t(`\nBeneficiary: ${r.pick(['Kingsmead Academy Trust', 'International School of the Lakes'])}\nBeneficiary IBAN: `).l('IBAN', iban(r, cc));
  x.t(`\nSWIFT ${letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${cc}${letters(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}  UETR ${hash(r)}-${d(r, 4)}\nReference: `).l('PERSON', full(kid)).t(` ${classCode(r)} ${r.pick(['Term 2', 'Summer term'])}`);
});

// 57 US district SIS export with SSN column
POS.push((x, r) => {
  x.t(`LOCAL_ID\tLAST\tFIRST\tSSN\tDOB\tGR\tHR\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, 'US');
    x.t(`${d(r, 7)}\t`).l('PERSON', p.f.toUpperCase()).t('\t').l('PERSON', p.g.toUpperCase()).t('\t');
    if (r.chance(0.75)) x.l('NATIONAL_ID', ssn(r));
    else x.t(r.pick(['', maskedSsn(r), '000000000']));
    x.t('\t').l('DOB', `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(2008, 2019)}`).t(`\t${p2(r.int(0, 12))}\t${r.int(101, 330)}\n`);
  }
  x.t(`-- ${n} rows; state reporting build ${version(r)}`);
});

// 58 leavers' yearbook page
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`CLASS OF ${r.int(2025, 2027)} — ${r.pick(['Leavers’ Book', 'Yearbook'])}\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = personIn(r, cc);
    x.l('PERSON', full(p).toUpperCase()).t(` — "${r.pick(['See you at the Nobel ceremony', 'Powered by Red Bull and Kahoot', 'Off to study Down syndrome research', 'Duke of Edinburgh’s Gold, never again'])}"`);
    const fate = r.pick(['become Head of Turing House', 'marry ', 'adopt Biscuit the school cat']);
    x.t(` — most likely to ${fate}`);
    if (fate === 'marry ') x.l('PERSON', personIn(r, cc).g);
    x.t('\n');
  }
  x.t(`Thanks to `);
  staff(x, r, personIn(r, cc));
  x.t(` for the photos.`);
});

// 59 PTA treasurer report
POS.push((x, r) => {
  const s = schoolIn(r, 'US');
  x.t(`${s.name} PTA — Treasurer's report\nEIN ${ein(r)} | Routing ${routing(r)} | Acct ending ${d(r, 4)}\n`);
  x.t(`Fall Festival net: $${r.int(900, 6000)}.${p2(r.int(0, 99))}; Box Tops: $${r.int(40, 300)}; Spirit wear (invoice ${invoiceNo(r)}): $${r.int(200, 900)}\n`);
  x.t(`Thank you to volunteers `).l('PERSON', full(personIn(r, 'US'))).t(` and `).l('PERSON', full(personIn(r, 'US'))).t(`.\nReimbursement requests: `).l('EMAIL', `treasurer@${s.domain}`);
  x.t(`\nSubmitted by `);
  signer(x, r, personIn(r, 'US'));
});

// 60 sports team sheet
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`${r.pick(['U11 netball', 'Year 8 football', 'U13 cricket', 'Junior cross-country'])} vs ${r.pick(["St Aldhelm's", 'Rosa Parks MS', 'Kowhai Intermediate'])} — ${eventDate(r, cc)}, KO ${timeHM(r)}\nTeam Curie:\n`);
  for (let i = 1; i <= r.int(4, 7); i++) {
    const p = personIn(r, cc);
    x.t(`${i}. `).l('PERSON', r.chance(0.7) ? full(p) : `${p.g.charAt(0)}. ${p.f}`).t(i === 1 ? ' (c)' : '').t('\n');
  }
  x.t(`Coach: `);
  staff(x, r, personIn(r, cc));
  x.t(` — mobile on the day `).l('PHONE', phoneOf(r, cc));
});

// 61 class photo order
POS.push((x, r) => {
  const cc = enCc(r);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`Photo proof ${letters(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${d(r, 5)} — `).l('PERSON', full(kid)).t(`, ${classCode(r)}\nPackage B (2× 8x10, 4 wallets) ${money(r, '$')}\nOrdered by `);
  signer(x, r, par);
  x.t(` <`).l('EMAIL', emailOf(r, par, cc)).t(`>\nCard: `).l('CARD', card(r)).t(`\nBilling ZIP/postcode only: ${d(r, 5)}`);
});

// 62 e-mail reply chain between parent and teacher
POS.push((x, r) => {
  const cc = enCc(r);
  const s = schoolIn(r, cc);
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  const t = personIn(r, cc);
  x.t(`Thanks, that's really helpful. I'll sit down with `).l('PERSON', kid.g).t(` this weekend.\n\n`);
  signer(x, r, par);
  x.t(`\n\nOn ${eventDate(r, cc)} at ${timeHM(r)}, `).l('PERSON', full(t)).t(` <`).l('EMAIL', staffMail(t, s)).t(`> wrote:\n> Hi `).l('PERSON', par.g);
  x.t(`,\n> `).l('PERSON', kid.g).t(` has been ${r.pick(['finding fractions tricky', 'chatting a lot in phonics', 'great in the Tudor project', 'missing PE kit'])}. Her mark on the last test was ${grade(r)}.\n> Best,\n> ${title(r)}`).l('PERSON', t.f);
  x.t(`\n> ${s.name} | `).l('PHONE', phoneOf(r, cc));
});

// 63 visitor sign-in log
POS.push((x, r) => {
  const cc = enCc(r);
  x.t(`VISITOR LOG — reception — ${eventDate(r, cc)}\nIn    | Name | Company | Visiting | Car reg | Phone\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = personIn(r, cc);
    x.t(`${timeHM(r)} | `).l('PERSON', full(p)).t(` | ${r.pick(['Ofsted', 'Sparkle Cleaning Ltd', '—', 'County Music Service', 'Tesla Energy'])} | `);
    staff(x, r, personIn(r, cc));
    x.t(` | ${letters(r, 2, 'ABCDEFGHJKLMNPRSTVWXY')}${d(r, 2)} ${letters(r, 3, 'ABCDEFGHJKLMNPRSTVWXY')} | `).l('PHONE', phoneOf(r, cc)).t('\n');
  }
});

// 64 UK EHCP extract
POS.push((x, r) => {
  const cc: Cc = 'GB';
  const par = personIn(r, cc);
  const kid = childOf(r, par);
  x.t(`EDUCATION, HEALTH AND CARE PLAN — Section A\nName: `).l('PERSON', full(kid)).t(`\nDate of birth: `).l('DOB', kidDob(r, cc)).t(`\nHome address:\n`);
  addr(x, r, cc, true);
  x.t(`\nParent/carer: `).l('PERSON', full(par)).t(` — `).l('PHONE', phoneOf(r, cc)).t(`\nNeeds: ${r.pick(["Tourette syndrome; speech and language", "Asperger's (historic diagnosis), sensory processing", 'Down syndrome; hearing impairment'])}\n`);
  x.t(`Provision: ${r.int(10, 32)} hrs 1:1 TA support, Makaton, OT block of 6 sessions.\nSENCo: `);
  staff(x, r, personIn(r, cc));
  x.t(` — `).l('EMAIL', `sendco@${schoolIn(r, cc).domain}`);
});

// 65 SMS alert opt-in list
POS.push((x, r) => {
  const cc: Cc = r.pick(['US', 'CA', 'AU', 'GB']);
  x.t(`Emergency text alerts — opt-in list (${eventDate(r, cc)})\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = personIn(r, cc);
    x.l('PHONE', phoneOf(r, cc)).t(`  `).l('PERSON', nameVariant(r, p)).t(`  lang=${r.pick(['en', 'es', 'vi', 'zh'])}  status=${r.pick(['confirmed', 'pending', 'STOP'])}\n`);
  }
  x.t(`Short code ${r.int(30000, 89999)}; masked duplicates removed: ***-***-${d(r, 4)}`);
});

// 66 message to an international school in Japan, romanised with -san
POS.push((x, r) => {
  const p = personOf(r, 'ja');
  const kid = childOf(r, p);
  const t = personIn(r, 'US');
  x.t(`Dear ${title(r)}`).l('PERSON', t.f).t(`,\n\nThis is `);
  signer(x, r, p);
  x.t(`, `).l('PERSON', kid.g).t(`'s mother. `).l('PERSON', kid.g).t(` will be picked up by our neighbour `).l('PERSON', personOf(r, 'ja').f).t(`-san at 15:00 today.\nMy mobile is `).l('PHONE', phoneOf(r, 'JP'));
  x.t(`.\nAlso our new address from next month: `).l('ADDRESS', addressOf(r, 'JP').join(', ')).t(`\nThank you.`);
});

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, many look-alikes
// ---------------------------------------------------------------------------------------------------
NEG.push((x, r) => {
  const cc = enCc(r);
  x.t(`TERM DATES ${r.int(2025, 2026)}–${r.int(26, 27)}\nAutumn term starts ${eventDate(r, cc)}; INSET days ${eventDate(r, cc)} and ${eventDate(r, cc)}.\nHalf term: ${eventDate(r, cc)} – ${eventDate(r, cc)}. Christmas concert in the Mandela Hall at ${timeHM(r)}.\nNon-uniform day for Children in Need: wear spots! Nightingale House leads the house cup on ${r.int(300, 900)} points.`);
});
NEG.push((x, r) => {
  x.t(`LUNCH MENU — week ${r.int(1, 3)}\nMon: chef's famous chilli (V option) / jacket potato\nTue: ${r.pick(['Ben & Jerry’s treat day', 'roast chicken'])}, carrots, gravy\nWed: Margherita pizza, coleslaw\nThu: fish fingers, peas — Friday ${r.pick(['May Day', 'Hope Week'])} picnic\nPrice: ${money(r)} (KS2) / universal infant free school meals for Reception–Y2.\nMenu code ${hash(r)}`);
});
NEG.push((x, r) => {
  x.t(`Policy extract (v${r.int(2, 9)}.${r.int(0, 9)}, approved by governors ${eventDate(r, 'GB')}):\n4.2 Staff follow Keeping Children Safe in Education ${r.int(2023, 2025)} and the Equality Act 2010.\n4.3 Venue security measures follow Martyn's Law guidance; lockdown drills are logged under case ${invoiceNo(r)}.\n4.4 Pupils with Down syndrome, Tourette syndrome or Asperger's are supported via the SEND register; see also the Montessori room timetable.\n4.5 "Megan's Law" and "Jessica's Law" apply to US exchange visits only.`);
});
NEG.push((x, r) => {
  x.t(`Release notes — SchoolHub SIS ${version(r)} (commit ${hash(r)})\n- Fixed: timetable export dropped Room ${r.int(101, 330)} after ${timeHM(r)}\n- Fixed: marks > ${r.int(90, 100)}% rounded wrongly in Grade Book ${r.int(2, 5)}.${r.int(0, 9)}\n- New: Kahoot and Google Classroom sync; Ada Lovelace theme\n- Known issue: build ${version(r)} on iPadOS ${r.int(15, 18)}.${r.int(0, 6)}.${r.int(1, 3)} shows duplicated class codes ${classCode(r)} / ${classCode(r)}\n- Checksum ${hash(r)}${hash(r)}`);
});
NEG.push((x, r) => {
  x.t(`Textbook delivery for the English department\nOrder ${invoiceNo(r)} — ${r.int(30, 120)} × "Oxford Revise: ${r.pick(['Macbeth', 'An Inspector Calls', 'Of Mice and Men'])}"\nShipped ${eventDate(r, 'GB')} via ${r.pick(['DPD', 'UPS', 'Royal Mail'])}, tracking ${tracking(r)} and ${tracking(r)}\nPallet ref ${d(r, 10)}. Deliver to goods-in behind the Brunel Block, not the main reception.`);
});
NEG.push((x, r) => {
  x.t(`IT notice: the pupil Wi-Fi (SSID "Kingsmead-Learn") moves to WPA3 on ${eventDate(r, 'GB')}.\nChromebooks must be on ChromeOS ${r.int(120, 128)}.0.${r.int(5000, 6999)}.${r.int(10, 200)} or later; iPads on ${r.int(16, 18)}.${r.int(0, 6)}.\nFirewall firmware ${version(r)} installed; Turing suite printers are now on queue PRN-${d(r, 3)}.\nLicence key ${letters(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${d(r, 5)}-${letters(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`);
});
NEG.push((x, r) => {
  x.t(`HOUSE POINTS — week ending ${eventDate(r, 'GB')}\n`);
  for (const h of ['Curie', 'Turing', 'Mandela', 'Nightingale', 'Seacole', 'Attenborough']) x.t(`${h.padEnd(14)} ${r.int(120, 980)}\n`);
  x.t(`Star of the week certificates will be handed out in assembly (Room ${r.int(1, 30)}). Grant applications for the Duke of Edinburgh's Award close on ${eventDate(r, 'GB')}.`);
});
NEG.push((x, r) => {
  x.t(`Donate to the PTA\nPTA Inc. EIN ${ein(r)} — routing ${routing(r)}, account ending ${d(r, 4)}\nEuropean donors: please wait, the IBAN ${badIban(r)} printed in the last newsletter was wrong.\nCard payments via the portal only; never email a card number such as ${badCard(r)}.\nGift Aid ref ${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${d(r, 5)}. Matched by the Boone Foundation.`);
});
NEG.push((x, r) => {
  x.t(`ROOM CHANGES — ${eventDate(r, 'GB')}\n`);
  for (let i = 0; i < r.int(3, 6); i++) x.t(`P${r.int(1, 6)} ${classCode(r)} ${r.pick(['Maths', 'Chemistry', 'Drama', 'RE'])}: ${room(r)} → ${room(r)}\n`);
  x.t(`Exams: candidates must be seated by ${timeHM(r)}; board codes ${r.int(8300, 8700)}/1H, ${r.int(8300, 8700)}/2F.`);
});
NEG.push((x, r) => {
  x.t(`Class pet rota — ${r.pick(PETS)} the guinea pig and ${r.pick(PETS)} the hamster\nWeekend 1: ${r.pick(['Red', 'Blue', 'Green'])} table\nWeekend 2: ${r.pick(['Yellow', 'Orange'])} table\nFood: Burgess Excel nuggets (batch ${d(r, 8)}). Vet check booked ${eventDate(r, 'GB')} at ${timeHM(r)}.`);
});
NEG.push((x, r) => {
  const cc = enCc(r);
  x.t(`Invoice ${invoiceNo(r)} — ${r.pick(['Kingsmead Academy', 'Cedar Hollow High School'])} catering supplies\nDate: ${eventDate(r, cc)}   Due: ${eventDate(r, cc)}\n${r.int(10, 80)} × trays, ${r.int(5, 40)} × aprons\nTotal ${money(r)}\nBank: ${badIban(r)} (test data)  Ref card no. ${badCard(r)}\nPO ${d(r, 8)} | VAT GB${d(r, 9)}`);
});
NEG.push((x, r) => {
  x.t(`Fixtures — ${r.pick(['Spring', 'Autumn'])} term\n${eventDate(r, 'GB')}: U12 girls vs St Aldhelm's (away), bus leaves ${timeHM(r)}\n${eventDate(r, 'GB')}: U14 boys vs Rosa Parks MS (home)\nResults: ${r.int(0, 5)}–${r.int(0, 5)}, ${r.int(0, 5)}–${r.int(0, 5)}. Player of the match awards sponsored by Dr. Martens and Tesla Energy.`);
});
NEG.push((x, r) => {
  x.t(`Grade boundaries (internal mocks, paper ${r.int(1, 3)}):\n9: ${r.int(180, 200)}/240  8: ${r.int(160, 179)}  7: ${r.int(140, 159)}  6: ${r.int(120, 139)}\nSet ${classCode(r)} mean ${r.int(40, 90)}.${r.int(0, 9)}%; ${room(r)} sat at ${timeHM(r)}.\nModeration sample IDs: ${studentId(r)}, ${studentId(r)}, ${studentId(r)}. Hash ${hash(r)}.`);
});

// ---------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------
/**
 * Extra draws for the templates that carry the rarer types (cards, SSNs, IBANs, IPs), keyed by the
 * template's 1-based number in the comments above; every other template is drawn with weight 1.
 */
const WEIGHTS: Readonly<Record<number, number>> = {
  5: 3, 6: 5, 13: 2, 14: 3, 16: 2, 18: 3, 19: 3, 24: 3, 29: 3, 31: 3, 36: 2, 37: 2, 39: 2, 41: 2, 43: 2, 44: 2,
  45: 2, 51: 2, 52: 2, 56: 3, 57: 4, 61: 4,
};
const POS_POOL: readonly Tpl[] = POS.flatMap((t, i) => Array.from({ length: WEIGHTS[i + 1] ?? 1 }, () => t));
/** Share of documents drawn from the hard-negative templates. */
const NEG_SHARE = 0.11;

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent66Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent66Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT66_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT66_MIN_INSTANCES;
  const out: Independent66Entry[] = [];
  let total = 0;
  while (total < min) {
    const x = new Doc();
    const tpl = r.chance(NEG_SHARE) ? r.pick(NEG) : r.pick(POS_POOL);
    tpl(x, r);
    out.push({ text: x.text, labels: x.labels, knownNames: x.known });
    total += x.labels.length;
  }
  return out;
}

/** Template counts, for the documentation and the report. */
export const INDEPENDENT66_TEMPLATE_COUNTS = { positive: POS.length, negative: NEG.length } as const;
