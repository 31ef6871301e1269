/**
 * @module privacy/pii-corpus-independent-42 — blind labelled PII evaluation split #42.
 *
 * WRITTEN BLIND. While writing this file its author read only: the `Rng` class at the top of
 * `pii-corpus-values.ts`, `pii-corpus-checks.ts` (Luhn, mod-97, IBAN lengths), the `PiiType` union in
 * `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The author did NOT read the
 * detector, its tests, its documentation, the other corpora or their templates, the benchmarks, the
 * shared folder or the git history, and never ran the detector on this text. Every name, address,
 * template and value here was invented for this split.
 *
 * Seeds: 420001, 420002, 420003 ({@link INDEPENDENT42_SEEDS}); each seed yields whole documents until
 * at least {@link INDEPENDENT42_MIN_INSTANCES} labels exist, and stops right after that document.
 *
 * Templates: 83 distinct document templates (70 labelled, 13 hard negatives).
 *
 * Contents — emphasis on events, ticketing, sports clubs, gyms and memberships: event registrations and
 * attendee lists, ticket orders and transfers, waivers and participant medical forms, membership
 * sign-ups and renewals, rosters and race results, box-office and venue chats, coach and parent group
 * messages, in many countries and languages (English, German, French, Spanish, Italian, Dutch,
 * Portuguese, Swedish, Polish, Turkish, Japanese, Korean). About one document in ten is a hard negative
 * with no PII at all, but full of traps (people-named venues, trophies, diseases and laws, order,
 * booking and tracking numbers, hashes, versions, timestamps, Luhn-invalid and masked card numbers,
 * invalid IBANs, EINs, routing numbers, foreign ids, non-birth dates). Distractors also appear in the
 * labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   ships, storms, streets/buildings named after people, eponymous diseases/laws/awards and @handles are
 *   not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses ("x dot y at z dot com") are
 *   labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/
 *   PO-box line to the last postcode/city/country line; recipient name is a separate PERSON; company
 *   lines, city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

/** The three seeds of this split. */
export const INDEPENDENT42_SEEDS = [420001, 420002, 420003] as const;
/** Default minimum number of labels per seed. */
export const INDEPENDENT42_MIN_INSTANCES = 2400;

/** A gold label with its exact text. */
export type Independent42Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent42Entry = PiiCorpusEntry & { readonly labels: readonly Independent42Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are recorded while text is appended.

class Doc {
  text = '';
  readonly labels: Independent42Label[] = [];
  readonly known: string[] = [];
  constructor(readonly self: boolean) {}
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
  p(value: string): this {
    return this.l('PERSON', value);
  }
  /** The user's own full name: labelled and, in self mode, recorded as a known name. */
  me(person: Person): this {
    if (this.self && !this.known.includes(person.full)) this.known.push(person.full);
    return this.l('PERSON', person.full);
  }
  /** A multi-line or single-line address, one label. */
  addr(lines: readonly string[], sep: string): this {
    return this.l('ADDRESS', lines.join(sep));
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools (invented combinations; given names and surnames from many cultures).

type Culture =
  | 'en' | 'ie' | 'sc' | 'de' | 'fr' | 'es' | 'mx' | 'pt' | 'it' | 'nl' | 'nord' | 'fi' | 'pl' | 'cz'
  | 'ru' | 'gr' | 'tr' | 'ar' | 'fa' | 'in' | 'ta' | 'cn' | 'jp' | 'kr' | 'vn' | 'ph' | 'ng' | 'ke'
  | 'et' | 'hu' | 'he';

const NAMES: Record<Culture, { g: readonly string[]; s: readonly string[] }> = {
  en: {
    g: ['James', 'Olivia', 'Will', 'Rose', 'Hope', 'Grant', 'Bill', 'May', 'Guy', 'Faith', 'Dawn', 'Mark', 'Frank', 'Joy', 'Summer', 'Hunter', 'Chase', 'Ruby', 'Heath', 'Brooke', 'Wesley', 'Tamsin', 'Clifford', 'Harriet'],
    s: ['Baker', 'Young', 'King', 'Wood', 'Brown', 'Green', 'Church', 'Marsh', 'Hall', 'Page', 'Love', 'Bishop', 'Fox', 'Hunt', 'Little', 'Moody', 'Rich', 'Sweet', 'Thornbury', 'Pickering', 'Ashdown', 'Whitlock'],
  },
  ie: {
    g: ['Siobhán', 'Ciarán', 'Aoife', 'Niamh', 'Oisín', 'Pádraig', 'Róisín', 'Declan', 'Eimear', 'Cormac', 'Saoirse', 'Fionn'],
    s: ["O'Sullivan", 'Gallagher', 'Doyle', 'Kavanagh', 'Byrne', 'Quinlan', 'Moriarty', 'Tierney', 'MacCarthy', "O'Dwyer", 'Ní Bhriain'],
  },
  sc: {
    g: ['Iain', 'Morag', 'Catriona', 'Hamish', 'Eilidh', 'Struan', 'Ailsa', 'Isla', 'Callum', 'Kirsty'],
    s: ['MacLeod', 'Drummond', 'Buchanan', 'Urquhart', 'Sinclair', 'Menzies', 'Munro', 'Forbes', 'Lennox', 'Crawford'],
  },
  de: {
    g: ['Jürgen', 'Anneliese', 'Kai', 'Friederike', 'Lukas', 'Henrike', 'Torben', 'Sabine', 'Ulf', 'Mareike', 'Volker', 'Jannik', 'Frieda', 'Götz'],
    s: ['Müller', 'Schäfer', 'Becker', 'Hoffmann', 'Krüger', 'Vogel', 'Brandt', 'Zimmermann', 'Kühn', 'Wagner', 'Engel', 'Sommer', 'Fuchs', 'Weißhaupt'],
  },
  fr: {
    g: ['Amélie', 'Théo', 'Élodie', 'Baptiste', 'Maëlle', 'Grégoire', 'Solène', 'Yannick', 'Clémence', 'Loïc', 'Margaux', 'Aurélien'],
    s: ['Lefèvre', 'Girard', 'Moreau', 'Fontaine', 'Rousseau', 'Chevalier', 'Lambert', 'Bonnet', 'Mercier', 'Garnier', 'Dupuis', 'Leblanc'],
  },
  es: {
    g: ['Alejandro', 'Lucía', 'Íñigo', 'Nerea', 'Sergio', 'Rocío', 'Álvaro', 'Pilar', 'Joaquín', 'Inmaculada', 'Jordi', 'Montserrat', 'Dolores'],
    s: ['García', 'Fernández', 'Muñoz', 'Iglesias', 'Castillo', 'Ortega', 'Rubio', 'Serrano', 'Vidal', 'Puig', 'Navarro', 'Delgado'],
  },
  mx: {
    g: ['Guadalupe', 'Ximena', 'Citlali', 'Jesús', 'Araceli', 'Rodrigo', 'Yesenia', 'Emiliano', 'Itzel', 'Fernando', 'Socorro'],
    s: ['Hernández', 'Ramírez', 'Cruz', 'Morales', 'Villanueva', 'Gutiérrez', 'Mendoza', 'Zepeda', 'Salinas', 'Orozco', 'Tapia'],
  },
  pt: {
    g: ['João', 'Thaís', 'Gonçalo', 'Beatriz', 'Rafaela', 'Caio', 'Leandro', 'Inês', 'Vitória', 'Duarte', 'Luana', 'Thiago'],
    s: ['Silva', 'Oliveira', 'Santos', 'Pereira', 'Carvalho', 'Rodrigues', 'Ferreira', 'Almeida', 'Sousa', 'Barbosa', 'Nascimento', 'Costa'],
  },
  it: {
    g: ['Giulia', 'Matteo', 'Chiara', 'Lorenzo', 'Francesca', 'Alessio', 'Ilaria', 'Gianluca', 'Beatrice', 'Federico', 'Serena', 'Salvatore'],
    s: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Ferraro'],
  },
  nl: {
    g: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Joost', 'Femke', 'Pieter', 'Maartje', 'Ruud', 'Anouk', 'Wouter', 'Ilse'],
    s: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk', 'Hendriks', 'Kuipers'],
  },
  nord: {
    g: ['Linnea', 'Björn', 'Astrid', 'Oskar', 'Sigrid', 'Henrik', 'Ingrid', 'Leif', 'Maja', 'Anders', 'Solveig', 'Torbjørn'],
    s: ['Lindqvist', 'Bergström', 'Johansson', 'Nilsson', 'Sandberg', 'Haugen', 'Solberg', 'Åberg', 'Eriksson', 'Dahl', 'Lund', 'Holm'],
  },
  fi: {
    g: ['Aino', 'Eetu', 'Siiri', 'Juha', 'Kaisa', 'Veeti', 'Satu', 'Ilkka'],
    s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Laaksonen', 'Koskinen'],
  },
  pl: {
    g: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Paweł', 'Zofia', 'Wojciech', 'Katarzyna', 'Grzegorz', 'Jadwiga', 'Tomasz'],
    s: ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kaczmarek'],
  },
  cz: { g: ['Jiří', 'Tereza', 'Ondřej', 'Markéta', 'Vojtěch', 'Zdeňka'], s: ['Novák', 'Dvořák', 'Černá', 'Procházka', 'Kučerová', 'Horák'] },
  ru: {
    g: ['Dmitri', 'Anastasia', 'Oleksandr', 'Yulia', 'Bohdan', 'Svetlana', 'Mykola', 'Oksana', 'Nikolai', 'Irina'],
    s: ['Ivanov', 'Kovalenko', 'Shevchenko', 'Petrova', 'Bondarenko', 'Smirnov', 'Melnyk', 'Volkova', 'Tkachenko'],
  },
  gr: { g: ['Eleni', 'Giorgos', 'Dimitra', 'Stavros', 'Konstantina', 'Panagiotis'], s: ['Papadopoulos', 'Nikolaidis', 'Georgiou', 'Karagiannis', 'Vlachou', 'Alexiou'] },
  tr: {
    g: ['Emre', 'Zeynep', 'Burak', 'Elif', 'Mehmet', 'Ayşe', 'Oğuz', 'Selin', 'Hakan', 'Gülşen'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kurt'],
  },
  ar: {
    g: ['Said', 'Layla', 'Omar', 'Fatima', 'Khalid', 'Noor', 'Yousef', 'Amira', 'Tariq', 'Huda', 'Karim', 'Rania'],
    s: ['Al-Mansouri', 'Haddad', 'Khoury', 'Nasser', 'El-Amin', 'Saleh', 'Rahman', 'Aziz', 'Darwish', 'Farouk', 'Qasim'],
  },
  fa: { g: ['Dariush', 'Shirin', 'Kaveh', 'Parisa', 'Arash', 'Nasrin'], s: ['Tehrani', 'Rostami', 'Karimi', 'Moradi', 'Jafari', 'Hosseini'] },
  in: {
    g: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Deepika', 'Arjun', 'Kavya', 'Sanjay', 'Lakshmi', 'Rahul', 'Meera'],
    s: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Chatterjee', 'Menon', 'Deshpande', 'Kulkarni', 'Banerjee', 'Rao'],
  },
  ta: { g: ['Senthil', 'Thilini', 'Murugan', 'Nirosha', 'Kasun'], s: ['Subramaniam', 'Perera', 'Jayawardena', 'Kandasamy', 'Wickramasinghe'] },
  cn: {
    g: ['Wei', 'Xiaoling', 'Jun', 'Mei', 'Hao', 'Yuting', 'Zhiwei', 'Lan', 'Qiang', 'Xin'],
    s: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Sun', 'Ma'],
  },
  jp: {
    g: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji', 'Sakura', 'Takumi', 'Misaki', 'Ren', 'Hina', 'Daichi', 'Naoko'],
    s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Mori'],
  },
  kr: {
    g: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yun', 'Su-bin', 'Jae-won', 'Yeon-woo'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang', 'Lim', 'Han'],
  },
  vn: { g: ['Thanh', 'Linh', 'Quang', 'Ngoc', 'Minh', 'Huong', 'Duc', 'Thao'], s: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'] },
  ph: { g: ['Marites', 'Rommel', 'Jocelyn', 'Liezl', 'Jerome', 'Maricel'], s: ['Dela Cruz', 'Reyes', 'Bautista', 'Mercado', 'Villareal', 'Macaraeg'] },
  ng: {
    g: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Ibrahim', 'Blessing', 'Musa', 'Precious'],
    s: ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okonkwo', 'Adebayo', 'Abubakar', 'Ogunleye', 'Chukwu'],
  },
  ke: { g: ['Wanjiru', 'Achieng', 'Baraka', 'Njeri', 'Kamau', 'Amani'], s: ['Otieno', 'Mwangi', 'Kariuki', 'Wekesa', 'Njoroge', 'Ochieng'] },
  et: { g: ['Abebe', 'Tigist', 'Dawit', 'Meseret', 'Yonas', 'Selamawit'], s: ['Bekele', 'Tesfaye', 'Haile', 'Girma', 'Alemu', 'Mekonnen'] },
  hu: { g: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Eszter', 'Gergő'], s: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Varga'] },
  he: { g: ['Noa', 'Yael', 'Itai', 'Tamar', 'Eitan', 'Shira', 'Avi'], s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Friedman', 'Ben-David'] },
};

const JA_S = ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山口', '松本', '井上'];
const JA_G = ['翔太', '陽菜', '大輝', '美咲', '健一', '由美', '拓海', '結衣', '直樹', '恵子', '蓮', '葵'];
const KO_S = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const KO_G = ['민준', '서연', '지훈', '하은', '도윤', '수빈', '재원', '예린', '현우', '지민'];

interface Person {
  readonly g: string;
  readonly s: string;
  readonly full: string;
  /** Written in a non-Latin script (no initials, no case forms). */
  readonly script: boolean;
}

/** Countries the documents are set in. */
type CC =
  | 'US' | 'CA' | 'GB' | 'IE' | 'AU' | 'NZ' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX' | 'IT' | 'NL'
  | 'PT' | 'BR' | 'JP' | 'KR' | 'SE' | 'NO' | 'FI' | 'PL' | 'TR' | 'IN' | 'AE' | 'ZA' | 'NG' | 'KE';

const CULTS: Record<CC, readonly Culture[]> = {
  US: ['en', 'en', 'mx', 'cn', 'in', 'ng', 'vn', 'kr', 'ph', 'ie', 'he', 'ar'],
  CA: ['en', 'fr', 'sc', 'cn', 'in', 'ru', 'ph'],
  GB: ['en', 'en', 'sc', 'ie', 'in', 'ng', 'pl', 'ta', 'gr'],
  IE: ['ie', 'ie', 'en', 'pl'],
  AU: ['en', 'gr', 'it', 'vn', 'cn', 'sc'],
  NZ: ['en', 'sc', 'cn'],
  DE: ['de', 'de', 'tr', 'pl', 'ru', 'gr'],
  AT: ['de', 'hu', 'cz'],
  CH: ['de', 'fr', 'it'],
  FR: ['fr', 'fr', 'ar', 'pt', 'vn'],
  BE: ['fr', 'nl', 'ar'],
  ES: ['es', 'es', 'ar'],
  MX: ['mx', 'mx', 'es'],
  IT: ['it', 'it', 'ru'],
  NL: ['nl', 'nl', 'tr', 'ar'],
  PT: ['pt'],
  BR: ['pt', 'jp', 'it'],
  JP: ['jp'],
  KR: ['kr'],
  SE: ['nord', 'fi', 'fa'],
  NO: ['nord'],
  FI: ['fi', 'nord'],
  PL: ['pl', 'ru'],
  TR: ['tr'],
  IN: ['in', 'ta'],
  AE: ['ar', 'in', 'ph', 'fa'],
  ZA: ['en', 'ng', 'nl'],
  NG: ['ng'],
  KE: ['ke', 'et', 'in'],
};
const ALL_CULTS = Object.keys(NAMES) as Culture[];

// ---------------------------------------------------------------------------------------------------
// Value generators.

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS: Partial<Record<CC, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'sky.com'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  ES: ['hotmail.es', 'gmail.com', 'telefonica.net', 'yahoo.es'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'],
  KR: ['naver.com', 'daum.net', 'kakao.com'],
  PL: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
  SE: ['telia.com', 'bredband.net', 'gmail.com'],
  TR: ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  AU: ['bigpond.com', 'optusnet.com.au', 'gmail.com'],
};
const FALLBACK_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'hotmail.com', 'fastmail.com'];
const HANDLE_WORDS = ['sunny', 'runner', 'blue', 'kiwi', 'tiger', 'pixel', 'maple', 'coast', 'nova', 'river', 'sakura', 'hana'];

/** Helper bound to one Rng and one document country. */
class G {
  cc: CC = 'US';
  constructor(readonly r: Rng) {}

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  dg(n: number): string {
    return this.r.digits(n);
  }
  nz(n: number): string {
    return String(this.int(1, 9)) + this.r.digits(n - 1);
  }

  // ---- people
  person(cc: CC = this.cc): Person {
    if (cc === 'JP' && this.chance(0.6)) {
      const s = this.pick(JA_S);
      const g = this.pick(JA_G);
      return { g, s, full: this.chance(0.5) ? `${s}${g}` : `${s} ${g}`, script: true };
    }
    if (cc === 'KR' && this.chance(0.6)) {
      const s = this.pick(KO_S);
      const g = this.pick(KO_G);
      return { g, s, full: `${s}${g}`, script: true };
    }
    const cult = this.chance(0.15) ? this.pick(ALL_CULTS) : this.pick(CULTS[cc]);
    const pool = NAMES[cult];
    const g = this.pick(pool.g);
    let s = this.pick(pool.s);
    if ((cult === 'es' || cult === 'mx') && this.chance(0.4)) {
      const s2 = this.pick(pool.s);
      if (s2 !== s) s = `${s} ${s2}`;
    }
    return { g, s, full: `${g} ${s}`, script: false };
  }
  /** A name in one of the written forms people use. */
  form(p: Person, forms: readonly ('full' | 'g' | 's' | 'init' | 'rev' | 'caps' | 'lower')[] = ['full']): string {
    const f = this.pick(forms);
    if (p.script) return f === 'g' ? p.g : f === 's' ? p.s : p.full;
    switch (f) {
      case 'g':
        return p.g;
      case 's':
        return p.s;
      case 'init':
        return `${p.g.charAt(0)}. ${p.s}`;
      case 'rev':
        return `${p.s}, ${p.g}`;
      case 'caps':
        return this.chance(0.5) ? p.full.toUpperCase() : `${p.s.toUpperCase()} ${p.g}`;
      case 'lower':
        return p.full.toLowerCase();
      default:
        return p.full;
    }
  }

  // ---- e-mail
  email(p?: Person, cc: CC = this.cc): string {
    const dom = this.pick(MAIL_DOMAINS[cc] ?? FALLBACK_DOMAINS);
    const g = p ? fold(p.g) : '';
    const s = p ? fold(p.s) : '';
    if (!p || !g || !s || this.chance(0.12)) return `${this.pick(HANDLE_WORDS)}${this.pick(['.', '_', ''])}${this.dg(this.int(2, 4))}@${dom}`;
    switch (this.int(0, 5)) {
      case 0:
        return `${g}.${s}@${dom}`;
      case 1:
        return `${g}${s}${this.dg(2)}@${dom}`;
      case 2:
        return `${g.charAt(0)}${s}@${dom}`;
      case 3:
        return `${s}.${g}@${dom}`;
      case 4:
        return `${g}_${s.slice(0, 4)}${this.int(70, 99)}@${dom}`;
      default:
        return `${g}.${s.charAt(0)}@${dom}`;
    }
  }
  role(org: Org, box?: string): string {
    return `${box ?? this.pick(['tickets', 'boxoffice', 'info', 'membership', 'events', 'registration', 'no-reply', 'support', 'secretary', 'welcome'])}@${org.domain}`;
  }
  spokenEmail(p: Person): { spoken: string; dom: string } {
    const dom = this.pick(['gmail', 'outlook', 'yahoo', 'hotmail', 'icloud']);
    const g = fold(p.g) || 'ren';
    const s = fold(p.s) || 'mori';
    const local = this.chance(0.5) ? `${g} dot ${s}` : `${g.charAt(0)} ${s} ${this.pick(['two', 'seven', 'eighty eight', 'zero one'])}`;
    return { spoken: `${local} at ${dom} dot ${this.pick(['com', 'com', 'co dot uk', 'net'])}`, dom };
  }

  // ---- phones
  phone(cc: CC = this.cc): string {
    const intl = this.chance(0.35);
    const d = (n: number): string => this.dg(n);
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`;
        const e = `${this.int(2, 9)}${d(2)}`;
        const l = d(4);
        return this.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `1 (${a}) ${e}-${l}`]);
      }
      case 'GB':
        return this.chance(0.7)
          ? intl ? `+44 7${d(3)} ${d(6)}` : `07${d(3)} ${d(6)}`
          : this.pick([`020 7${d(3)} ${d(4)}`, `+44 (0)20 8${d(3)} ${d(4)}`, `0113 ${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`]);
      case 'IE':
        return intl ? `+353 8${this.int(3, 9)} ${d(3)} ${d(4)}` : this.pick([`08${this.int(3, 9)} ${d(3)} ${d(4)}`, `(01) ${d(3)} ${d(4)}`]);
      case 'AU':
        return this.pick(intl ? [`+61 4${d(2)} ${d(3)} ${d(3)}`, `+61 2 ${d(4)} ${d(4)}`] : [`04${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `(03) 9${d(3)} ${d(4)}`]);
      case 'NZ':
        return intl ? `+64 21 ${d(3)} ${d(4)}` : `02${this.int(1, 2)} ${d(3)} ${d(4)}`;
      case 'DE':
        return this.pick(intl ? [`+49 15${d(1)} ${d(8)}`, `+49 (0)30 ${d(8)}`, `+49 89 ${d(4)} ${d(3)}`] : [`015${d(1)} ${d(8)}`, `0170/${d(7)}`, `030 ${d(7)}`, `0221 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'AT':
        return intl ? `+43 664 ${d(7)}` : this.pick([`0664 ${d(7)}`, `01 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'CH':
        return intl ? `+41 7${this.int(6, 9)} ${d(3)} ${d(2)} ${d(2)}` : this.pick([`07${this.int(6, 9)} ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'FR': {
        const m = this.pick(['6', '7', '1', '4']);
        const g4 = `${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
        return intl ? `+33 ${m} ${g4}` : this.chance(0.2) ? `0${m}.${d(2)}.${d(2)}.${d(2)}.${d(2)}` : `0${m} ${g4}`;
      }
      case 'BE':
        return intl ? `+32 47${d(1)} ${d(2)} ${d(2)} ${d(2)}` : `047${d(1)} ${d(2)} ${d(2)} ${d(2)}`;
      case 'ES':
        return intl ? `+34 6${d(2)} ${d(3)} ${d(3)}` : this.pick([`6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
      case 'MX':
        return intl ? `+52 55 ${d(4)} ${d(4)}` : this.pick([`55 ${d(4)} ${d(4)}`, `(33) 3${d(3)} ${d(4)}`]);
      case 'IT':
        return intl ? `+39 3${d(2)} ${d(3)} ${d(4)}` : this.pick([`3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(4)} ${d(4)}`, `02 ${d(8)}`]);
      case 'NL':
        return intl ? `+31 6 ${d(8)}` : this.pick([`06-${d(8)}`, `06 ${d(4)} ${d(4)}`, `020-${d(7)}`]);
      case 'PT':
        return intl ? `+351 9${this.int(1, 6)}${d(1)} ${d(3)} ${d(3)}` : `9${this.int(1, 6)}${d(1)} ${d(3)} ${d(3)}`;
      case 'BR':
        return intl ? `+55 ${this.pick(['11', '21', '31', '51'])} 9${d(4)}-${d(4)}` : this.pick([`(11) 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `(41) 3${d(3)}-${d(4)}`]);
      case 'JP':
        return intl ? `+81 ${this.pick(['90', '80', '70'])}-${d(4)}-${d(4)}` : this.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
      case 'KR':
        return intl ? `+82 10-${d(4)}-${d(4)}` : this.pick([`010-${d(4)}-${d(4)}`, `02-${this.int(2, 9)}${d(2)}-${d(4)}`]);
      case 'SE':
        return intl ? `+46 7${this.int(0, 6)} ${d(3)} ${d(2)} ${d(2)}` : this.pick([`07${this.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`]);
      case 'NO':
        return intl ? `+47 ${this.int(4, 9)}${d(2)} ${d(2)} ${d(3)}` : `${this.int(4, 9)}${d(2)} ${d(2)} ${d(3)}`;
      case 'FI':
        return intl ? `+358 40 ${d(3)} ${d(4)}` : `040 ${d(3)} ${d(4)}`;
      case 'PL':
        return intl ? `+48 ${this.int(5, 8)}${d(2)} ${d(3)} ${d(3)}` : this.pick([`${this.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${this.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`]);
      case 'TR':
        return intl ? `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}` : `05${d(2)} ${d(3)} ${d(2)} ${d(2)}`;
      case 'IN':
        return this.pick([`+91 9${d(4)} ${d(5)}`, `9${d(4)} ${d(5)}`, `+91-9${d(9)}`, `0${this.int(7, 9)}${d(4)} ${d(5)}`]);
      case 'AE':
        return intl ? `+971 5${this.int(0, 8)} ${d(3)} ${d(4)}` : `05${this.int(0, 8)} ${d(3)} ${d(4)}`;
      case 'ZA':
        return intl ? `+27 8${this.int(1, 4)} ${d(3)} ${d(4)}` : `08${this.int(1, 4)} ${d(3)} ${d(4)}`;
      case 'NG':
        return intl ? `+234 80${this.int(2, 9)} ${d(3)} ${d(4)}` : `080${this.int(2, 9)} ${d(3)} ${d(4)}`;
      case 'KE':
        return intl ? `+254 7${d(2)} ${d(6)}` : `07${d(2)} ${d(6)}`;
    }
  }
  spokenPhone(): string {
    const w = (s: string): string => [...s].map((c) => (c === '0' && this.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(c)])).join(' ');
    if (this.chance(0.5)) return `${w(`${this.int(2, 9)}${this.dg(2)}`)}, ${w(`${this.int(2, 9)}${this.dg(2)}`)}, ${w(this.dg(4))}`;
    return `${w(`07${this.dg(3)}`)}, ${w(this.dg(3))}, ${w(this.dg(3))}`;
  }
  maskedPhone(): string {
    return this.pick([`***-***-${this.dg(4)}`, `(***) ***-${this.dg(4)}`, `+44 7*** ***${this.dg(3)}`, `06 ** ** ** ${this.dg(2)}`, `xxx-xxx-${this.dg(4)}`]);
  }

  // ---- dates
  birth(minAge = 18, maxAge = 70): [number, number, number] {
    return [2025 - this.int(minAge, maxAge), this.int(1, 12), this.int(1, 28)];
  }
  recent(): [number, number, number] {
    return [this.int(2024, 2026), this.int(1, 12), this.int(1, 28)];
  }
  date(ymd: readonly [number, number, number], cc: CC = this.cc): string {
    const [y, m, d] = ymd;
    const mi = m - 1;
    const M = (k: string): string => MONTHS[k]?.[mi] ?? '';
    switch (cc) {
      case 'US':
        return this.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${M('en')} ${d}, ${y}`, `${M('en').length <= 4 ? M('en') : `${M('en').slice(0, 3)}.`} ${d}, ${y}`]);
      case 'CA':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${M('en')} ${d}, ${y}`]);
      case 'GB':
      case 'IE':
      case 'AU':
      case 'NZ':
      case 'IN':
      case 'ZA':
      case 'NG':
      case 'KE':
      case 'AE':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${M('en')} ${y}`, `${d} ${M('en').slice(0, 3)} ${y}`, `${pad(d)}-${pad(m)}-${y}`]);
      case 'DE':
      case 'AT':
      case 'CH':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${M('de')} ${y}`, `${d}.${m}.${y}`]);
      case 'FR':
      case 'BE':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${M('fr')} ${y}`]);
      case 'ES':
      case 'MX':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${M('es')} de ${y}`]);
      case 'IT':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${M('it')} ${y}`]);
      case 'NL':
        return this.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${M('nl')} ${y}`]);
      case 'PT':
      case 'BR':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${M('pt')} de ${y}`]);
      case 'SE':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${M('sv')} ${y}`]);
      case 'NO':
      case 'FI':
        return `${pad(d)}.${pad(m)}.${y}`;
      case 'PL':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${M('pl')} ${y}`]);
      case 'TR':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${M('tr')} ${y}`]);
      case 'JP':
        return this.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
      case 'KR':
        return this.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    }
  }

  // ---- addresses (lines)
  address(cc: CC = this.cc): string[] {
    const n = (a: number, b: number): number => this.int(a, b);
    switch (cc) {
      case 'US': {
        const [city, st, z] = this.pick(US_CITIES);
        const lines = [`${n(12, 9899)} ${this.pick(US_STREETS)} ${this.pick(['St', 'Ave', 'Dr', 'Rd', 'Blvd', 'Ln', 'Ct', 'Way', 'Street', 'Avenue'])}`];
        if (this.chance(0.35)) lines.push(this.pick([`Apt ${n(1, 40)}${this.pick(['', 'B', 'C'])}`, `Unit ${n(100, 990)}`, `#${n(2, 60)}`]));
        lines.push(`${city}, ${st} ${z}${this.dg(2)}${this.chance(0.2) ? `-${this.dg(4)}` : ''}`);
        return lines;
      }
      case 'CA': {
        const [city, pr] = this.pick([['Toronto', 'ON'], ['Calgary', 'AB'], ['Halifax', 'NS'], ['Victoria', 'BC'], ['Winnipeg', 'MB'], ['Ottawa', 'ON']] as const);
        const pc = `${this.pick(['M', 'T', 'B', 'V', 'R', 'K'])}${n(1, 9)}${this.pick(['A', 'C', 'E', 'G', 'J', 'N'])} ${n(1, 9)}${this.pick(['B', 'H', 'K', 'P', 'S', 'W'])}${n(0, 9)}`;
        return [`${n(5, 3999)} ${this.pick(['Birchmount', 'Lakeshore', 'Tamarack', 'Gladstone', 'Riverbend'])} ${this.pick(['Ave', 'Rd', 'Crescent', 'Drive'])}`, `${city}, ${pr} ${pc}`];
      }
      case 'GB': {
        const [town, pcA] = this.pick(GB_TOWNS);
        const pc = `${pcA}${n(1, 19)} ${n(1, 9)}${this.pick(['AB', 'QP', 'JX', 'NF', 'DT', 'HW', 'RL'])}`;
        const lines = [`${this.chance(0.2) ? `Flat ${n(1, 12)}, ` : ''}${n(1, 220)} ${this.pick(GB_STREETS)} ${this.pick(['Road', 'Lane', 'Close', 'Avenue', 'Street', 'Crescent', 'Gardens', 'Terrace'])}`];
        if (this.chance(0.3)) lines.push(this.pick(['Headingley', 'Chorlton', 'Clifton', 'Jesmond', 'Roundhay', 'Heaton Moor']));
        if (this.chance(0.5)) lines.push(`${town} ${pc}`);
        else lines.push(town.toUpperCase(), pc);
        return lines;
      }
      case 'IE':
        return [`${n(1, 90)} ${this.pick(['Sycamore Close', 'Rathgar Avenue', 'Seafield Road', 'Church View'])}`, this.pick(['Ranelagh', 'Drumcondra', 'Blackrock', 'Salthill']), this.pick(['Dublin 6', 'Co. Galway', 'Co. Cork', 'Dublin 9']), `${this.pick(['D06', 'H91', 'T12', 'D09'])} ${this.pick(['K2X3', 'F6P8', 'WR44', 'C7N2'])}`];
      case 'AU': {
        if (this.chance(0.15)) return [`PO Box ${n(100, 8999)}`, `${this.pick(['Bendigo VIC 3552', 'Toowoomba QLD 4350', 'Fremantle WA 6160'])}`];
        return [`${this.chance(0.2) ? `${n(1, 30)}/` : ''}${n(1, 300)} ${this.pick(['Wattle', 'Banksia', 'Macquarie', 'Grevillea', 'Boundary', 'Jacaranda'])} ${this.pick(['Street', 'St', 'Road', 'Parade', 'Avenue'])}`, this.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'West End QLD 4101', 'Glenelg SA 5045', 'Subiaco WA 6008'])];
      }
      case 'NZ':
        return [`${n(1, 200)} ${this.pick(['Kowhai Lane', 'Rimu Street', 'Totara Avenue'])}`, this.pick(['Ponsonby', 'Karori', 'Riccarton']), `${this.pick(['Auckland 1011', 'Wellington 6012', 'Christchurch 8041'])}`];
      case 'DE':
        return [`${this.pick(DE_STREETS)} ${n(1, 140)}${this.pick(['', '', 'a', 'b'])}`, `${pad(n(1, 99))}${this.dg(3)} ${this.pick(['Berlin', 'Köln', 'München', 'Leipzig', 'Freiburg im Breisgau', 'Bremen', 'Kassel', 'Münster'])}`];
      case 'AT':
        return [`${this.pick(['Mariahilfer Straße', 'Lerchenfelder Gürtel', 'Herrengasse', 'Kaiserstraße'])} ${n(1, 120)}/${n(1, 20)}`, `${this.pick(['1070 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck'])}`];
      case 'CH':
        return [`${this.pick(['Seestrasse', 'Bahnhofstrasse', 'Rue du Marché', 'Via Nassa', 'Dufourstrasse'])} ${n(1, 90)}`, this.pick(['8002 Zürich', '1204 Genève', '6900 Lugano', '3011 Bern', '4051 Basel'])];
      case 'FR':
        return [`${n(1, 180)}${this.chance(0.1) ? ' bis' : ''} ${this.pick(FR_STREETS)}`, ...(this.chance(0.2) ? [`Bât. ${this.pick(['A', 'B', 'C'])}, ${this.pick(['Résidence les Tilleuls', 'Résidence du Parc'])}`] : []), `${this.pick(['69002 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg'])}`].slice(0, 3);
      case 'BE':
        return [this.pick([`Rue de la Station ${n(1, 99)}`, `Kerkstraat ${n(1, 99)}`, `Avenue Louise ${n(1, 400)}`]), this.pick(['1050 Ixelles', '2000 Antwerpen', '9000 Gent', '4000 Liège'])];
      case 'ES':
        return [`${this.pick(['Calle', 'C/', 'Avda.', 'Paseo de'])} ${this.pick(ES_STREETS)} ${n(1, 150)}${this.pick(['', `, ${n(1, 8)}º ${this.pick(['A', 'B', 'izda.', 'dcha.'])}`])}`, this.pick(['28014 Madrid', '08012 Barcelona', '41003 Sevilla', '46002 València', '48001 Bilbao', '29016 Málaga'])];
      case 'MX':
        return [`${this.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calle Mier y Pesado'])} ${n(10, 2500)}${this.chance(0.4) ? `, Int. ${n(1, 12)}` : ''}`, `Col. ${this.pick(['Roma Norte', 'Del Valle', 'Americana', 'Obispado'])}`, this.pick(['06700 Ciudad de México, CDMX', '03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '64060 Monterrey, N.L.'])];
      case 'IT':
        return [`${this.pick(['Via', 'Viale', 'Corso', 'Piazza'])} ${this.pick(IT_STREETS)} ${n(1, 120)}`, this.pick(['40121 Bologna (BO)', '20144 Milano MI', '00153 Roma', '50125 Firenze FI', '10128 Torino (TO)', '80134 Napoli'])];
      case 'NL':
        return [`${this.pick(['Keizersgracht', 'Oudegracht', 'Lindenlaan', 'Vondelstraat', 'Molenweg', 'Kerkstraat'])} ${n(1, 400)}${this.pick(['', '-2', ' A', '-bis'])}`, `${n(1000, 9999)} ${this.pick(['AB', 'DZ', 'KL', 'RT', 'XG'])} ${this.pick(['Amsterdam', 'Utrecht', 'Zwolle', 'Groningen', 'Haarlem', 'Eindhoven'])}`];
      case 'PT':
        return [`${this.pick(['Rua Augusta', 'Avenida da Boavista', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, ${n(1, 900)}${this.chance(0.5) ? `, ${n(1, 6)}.º ${this.pick(['Esq.', 'Dto.'])}` : ''}`, this.pick(['1100-053 Lisboa', '4100-130 Porto', '3000-214 Coimbra'])];
      case 'BR':
        return [`${this.pick(['Rua das Acácias', 'Av. Paulista', 'Rua Voluntários da Pátria', 'Rua Oscar Freire', 'Av. Afonso Pena'])}, ${n(10, 3000)}${this.chance(0.5) ? `, apto ${n(11, 180)}` : ''}`, `${this.pick(['Pinheiros', 'Botafogo', 'Savassi', 'Moinhos de Vento'])}, ${this.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Porto Alegre - RS'])}`, `${this.dg(5)}-${this.dg(3)}`];
      case 'JP':
        if (this.chance(0.5)) return [`〒${this.dg(3)}-${this.dg(4)}`, `${this.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神', '京都府京都市左京区北白川'])}${n(1, 5)}-${n(1, 20)}-${n(1, 30)}${this.pick(['', ' メゾン桜201', ' グリーンハイツ305'])}`];
        return [`${n(1, 5)}-${n(1, 20)}-${n(1, 30)} ${this.pick(['Jingumae, Shibuya-ku', 'Nishiki, Naka-ku', 'Kitahama, Chuo-ku'])}`, `${this.pick(['Tokyo 150-0001', 'Nagoya 460-0003', 'Osaka 541-0041'])}`];
      case 'KR':
        if (this.chance(0.5)) return [`${this.pick(['서울특별시 마포구 월드컵북로', '서울특별시 송파구 올림픽로', '부산광역시 해운대구 해운대로', '대구광역시 수성구 달구벌대로'])} ${n(10, 400)}${this.pick(['', `, ${n(101, 1505)}호`])}`];
        return [`${n(10, 300)}, ${this.pick(['Olympic-ro', 'World Cup buk-ro', 'Haeundae-ro'])}, ${this.pick(['Songpa-gu', 'Mapo-gu', 'Haeundae-gu'])}`, `${this.pick(['Seoul', 'Busan'])} ${this.dg(5)}`];
      case 'SE':
        return [`${this.pick(['Storgatan', 'Linnégatan', 'Vasagatan', 'Kungsgatan', 'Björkvägen'])} ${n(1, 80)}`, `${n(100, 985)} ${pad(n(10, 99))} ${this.pick(['Göteborg', 'Stockholm', 'Malmö', 'Uppsala', 'Umeå'])}`];
      case 'NO':
        return [`${this.pick(['Kirkeveien', 'Thereses gate', 'Markveien', 'Bygdøy allé'])} ${n(1, 120)}`, this.pick(['0368 Oslo', '5003 Bergen', '7010 Trondheim'])];
      case 'FI':
        return [`${this.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${n(1, 90)} ${this.pick(['A', 'B', 'C'])} ${n(1, 40)}`, this.pick(['00100 Helsinki', '33100 Tampere', '20100 Turku'])];
      case 'PL':
        return [`ul. ${this.pick(['Lipowa', 'Marszałkowska', 'Długa', 'Ogrodowa', 'Piotrkowska'])} ${n(1, 120)}${this.chance(0.6) ? `/${n(1, 60)}` : ''}`, `${this.pick(['31-052 Kraków', '00-675 Warszawa', '90-142 Łódź', '80-831 Gdańsk', '50-077 Wrocław'])}`];
      case 'TR':
        return [`${this.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Moda Cad.', 'Kıbrıs Şehitleri Cad.'])} No:${n(1, 300)} D:${n(1, 20)}`, this.pick(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])];
      case 'IN':
        return [`${this.pick(['Flat', 'No.'])} ${n(101, 1204)}, ${this.pick(['Lotus Apartments', 'Sai Residency', 'Green Park Towers', 'Shanti Nagar'])}`, `${this.pick(['14th Cross, Indiranagar', 'MG Road, Kothrud', 'Anna Salai, Teynampet', 'Sector 15'])}`, this.pick(['Bengaluru 560038', 'Pune 411038', 'Chennai 600018', 'Gurugram, Haryana 122001'])];
      case 'AE':
        return [`${this.pick(['Villa', 'Apt'])} ${n(1, 2200)}, ${this.pick(['Marina Crest Tower', 'Street 23', 'Al Wasl Residence'])}`, this.pick(['Al Barsha 2, Dubai', 'Dubai Marina, Dubai', 'Al Khalidiyah, Abu Dhabi']), 'United Arab Emirates'];
      case 'ZA':
        return [`${n(1, 200)} ${this.pick(['Jacaranda Ave', 'Protea Road', 'Kloof Street'])}`, this.pick(['Parkhurst, Johannesburg, 2193', 'Gardens, Cape Town, 8001', 'Morningside, Durban, 4001'])];
      case 'NG':
        return [`${n(1, 80)} ${this.pick(['Admiralty Way', 'Awolowo Road', 'Allen Avenue'])}`, this.pick(['Lekki Phase 1, Lagos', 'Ikoyi, Lagos', 'Ikeja, Lagos']), 'Nigeria'];
      case 'KE':
        return [`${this.pick(['Apt B4, Riverside Gardens', 'House 12, Lavington Green', 'Flat 3C, Kileleshwa Court'])}`, `${this.pick(['Riverside Drive', 'James Gichuru Road', 'Othaya Road'])}`, `Nairobi ${this.pick(['00100', '00800', '00606'])}`];
    }
  }

  // ---- cards, IBANs, SSNs, IPs
  card(): string {
    const k = this.int(0, 9);
    let prefix: string;
    let len: number;
    if (k <= 3) [prefix, len] = ['4', this.chance(0.06) ? 13 : 16];
    else if (k <= 5) [prefix, len] = [this.chance(0.7) ? String(this.int(51, 55)) : String(this.int(2221, 2720)), 16];
    else if (k === 6) [prefix, len] = [this.pick(['34', '37']), 15];
    else if (k === 7) [prefix, len] = [this.pick(['6011', '65', String(this.int(644, 649))]), 16];
    else if (k === 8) [prefix, len] = [String(this.int(3528, 3589)), 16];
    else [prefix, len] = this.chance(0.5) ? [this.pick(['36', '38', '300', '305']), 14] : ['62', 16];
    let body = prefix + this.dg(len - prefix.length - 1);
    for (let c = 0; c <= 9; c++) {
      if (luhnValid(body + String(c))) {
        body += String(c);
        break;
      }
    }
    return this.groupCard(body);
  }
  groupCard(d: string): string {
    const sep = this.pick([' ', ' ', '-', '']);
    if (sep === '') return d;
    if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
    if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
    if (d.length === 13) return [d.slice(0, 4), d.slice(4, 7), d.slice(7, 10), d.slice(10)].join(sep);
    return (d.match(/.{1,4}/g) ?? [d]).join(sep);
  }
  badCard(): string {
    const c = this.card();
    const last = Number(c.slice(-1));
    return c.slice(0, -1) + String((last + this.int(1, 9)) % 10);
  }
  maskedCard(): string {
    const l4 = this.dg(4);
    return this.pick([`**** **** **** ${l4}`, `XXXX-XXXX-XXXX-${l4}`, `•••• ${l4}`, `ending in ${l4}`, `${this.pick(['4', '5'])}${this.dg(5)}******${l4}`]);
  }
  ibanCompact(country: string): string {
    const len = IBAN_LENGTHS[country] ?? 22;
    const bankLetters: Record<string, readonly string[]> = { GB: ['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'], NL: ['INGB', 'ABNA', 'RABO', 'SNSB', 'TRIO'], IE: ['AIBK', 'BOFI'] };
    const letters = bankLetters[country];
    const bban = letters ? this.pick(letters) + this.dg(len - 8) : this.dg(len - 4);
    const num = (bban + country + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    let rem = 0;
    for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
    return `${country}${pad(98 - rem)}${bban}`;
  }
  iban(country: string): string {
    const c = this.ibanCompact(country);
    const r = this.int(0, 9);
    if (r < 6) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
    if (r < 9) return c;
    return c.toLowerCase();
  }
  badIban(country: string): string {
    const c = this.ibanCompact(country);
    const i = this.int(6, c.length - 1);
    const ch = c.charAt(i);
    const rep = /\d/.test(ch) ? String((Number(ch) + this.int(1, 9)) % 10) : ch === 'A' ? 'B' : 'A';
    const bad = c.slice(0, i) + rep + c.slice(i + 1);
    return (bad.match(/.{1,4}/g) ?? [bad]).join(' ');
  }
  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const a = pad(area, 3);
    const g = pad(this.int(1, 99));
    const s = pad(this.int(1, 9999), 4);
    return this.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
  }
  maskedSsn(): string {
    return this.pick([`***-**-${this.dg(4)}`, `XXX-XX-${this.dg(4)}`, `xxx-xx-${this.dg(4)}`, `9${this.dg(2)}-${this.int(70, 88)}-${this.dg(4)}`]);
  }
  ipv4(): string {
    const a = this.pick([this.int(11, 126), this.int(128, 223), 10, 192, 172, 203, 198]);
    if (a === 10) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (a === 192) return `192.168.${this.int(0, 20)}.${this.int(2, 254)}`;
    if (a === 172) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const h = (): string => this.int(0, 0xffff).toString(16);
    const pre = this.pick(['2001:db8', '2a02:8109', '2600:1700', '2a01:4f8', '2406:da18', 'fe80:0']);
    if (this.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}`;
    return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  }
  ip(): string {
    return this.chance(0.7) ? this.ipv4() : this.ipv6();
  }

  // ---- distractors
  ref(prefix?: string): string {
    return `${prefix ?? this.pick(['ORD', 'TKT', 'BK', 'INV', 'REF', 'EVT', 'MBR'])}-${this.int(2023, 2026)}-${this.dg(6)}`;
  }
  hash(n = 40): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(this.int(0, 15));
    return s;
  }
  version(): string {
    return this.pick([`v${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 12)}`, `${this.int(2, 12)}.${this.int(0, 9)}.${this.int(0, 99)}.${this.int(100, 9999)}`, `build ${this.int(1000, 99999)}`]);
  }
  stamp(): string {
    const [y, m, d] = this.recent();
    return `${y}-${pad(m)}-${pad(d)}T${pad(this.int(0, 23))}:${pad(this.int(0, 59))}:${pad(this.int(0, 59))}Z`;
  }
  ein(): string {
    return `${this.int(10, 98)}-${this.dg(7)}`;
  }
  money(cur = '$'): string {
    return `${cur}${this.int(8, 480)}.${this.pick(['00', '50', '99', '95'])}`;
  }
  foreignId(cc: CC): string {
    switch (cc) {
      case 'GB':
        return `${this.pick(['QQ', 'AB', 'JT', 'NP'])} ${this.dg(2)} ${this.dg(2)} ${this.dg(2)} ${this.pick(['A', 'B', 'C', 'D'])}`;
      case 'BR':
        return `${this.dg(3)}.${this.dg(3)}.${this.dg(3)}-${this.dg(2)}`;
      case 'ES':
        return `${this.dg(8)}${this.pick(['Z', 'K', 'T', 'R'])}`;
      case 'IT':
        return `${this.pick(['RSSMRA', 'BNCGLI', 'VRDLCU', 'FRRPLA'])}${this.dg(2)}${this.pick(['A', 'E', 'M', 'T'])}${this.dg(2)}${this.pick(['H501', 'F205', 'A944'])}${this.pick(['Z', 'K', 'W'])}`;
      case 'SE':
        return `${this.int(1950, 2005)}${pad(this.int(1, 12))}${pad(this.int(1, 28))}-${this.dg(4)}`;
      case 'KR':
        return `${this.dg(6)}-${this.int(1, 4)}${this.dg(6)}`;
      case 'CA':
        return `${this.dg(3)} ${this.dg(3)} ${this.dg(3)}`;
      case 'IN':
        return `${this.nz(4)} ${this.dg(4)} ${this.dg(4)}`;
      default:
        return this.nz(11);
    }
  }
}

const US_CITIES = [
  ['Columbus', 'OH', '432'], ['Boise', 'ID', '837'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'],
  ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Burlington', 'VT', '054'], ['Fort Collins', 'CO', '805'], ['Albany', 'NY', '122'],
  ['Lancaster', 'PA', '176'], ['Duluth', 'MN', '558'], ['Chattanooga', 'TN', '374'], ['Eugene', 'OR', '974'], ['Plano', 'TX', '750'],
] as const;
const US_STREETS = ['Maple Ridge', 'Cedar Hollow', 'Old Mill', 'Lincoln', 'Jefferson', 'Sycamore', 'Harbor View', 'Prairie Wind', 'Willow Bend', 'Quarry', 'MLK Jr', 'Washington'];
const GB_TOWNS = [['Harrogate', 'HG'], ['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Manchester', 'M'], ['Exeter', 'EX'], ['Glasgow', 'G'], ['York', 'YO']] as const;
const GB_STREETS = ['Elmstead', 'Victoria', 'Tenter', 'Moorland', 'Cavendish', 'Ashgrove', 'Wellington', 'Priory', 'Nelson', 'Hollins'];
const DE_STREETS = ['Lindenstraße', 'Am Mühlbach', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Kastanienallee', 'Hauptstraße', 'Mozartweg', 'Sonnenstraße', 'Auf dem Kamp'];
const FR_STREETS = ['rue des Tanneurs', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue Jean Jaurès', 'allée des Tilleuls', 'rue de la République', 'impasse des Glycines', 'quai Saint-Vincent'];
const ES_STREETS = ['del Olivo', 'Mayor', 'de la Constitución', 'de Goya', 'San Bernardo', 'de Cervantes', 'Real', 'de las Delicias'];
const IT_STREETS = ['dei Mille', 'Garibaldi', 'Mazzini', 'Roma', 'della Libertà', 'San Felice', 'Cavour', 'delle Rose'];

/** A club, venue or organiser. */
interface Org {
  readonly name: string;
  readonly domain: string;
}

const ORG_NAMES: Partial<Record<CC, readonly string[]>> = {
  US: ['Cedar Valley Striders', 'Ironbark Fitness', 'Lakeside Youth Soccer League', 'Summit Climbing Co.', 'Harborline Events', 'Jefferson Arena', 'Pulse Cycle Studio'],
  CA: ['Tamarack Nordic Club', 'Northshore Curling Centre', 'Maple Leaf Aquatics'],
  GB: ['Riverside Harriers', 'Northgate Rowing Club', 'Ashgrove Leisure Centre', 'Helen Sharpe Sports Hall', 'Kestrel Park Tennis Club', 'Brackenfield Boxing Gym'],
  IE: ['Ballyhale GAA Club', 'Liffey Rowing Club', 'Seafield Parkrun Crew'],
  AU: ['Banksia Surf Life Saving Club', 'Southbank Netball Association', 'Wattle Grove Swim Club'],
  NZ: ['Kowhai Harriers', 'Harbourside Waka Ama'],
  DE: ['TSV Eichenau 1921', 'LG Rheinaue', 'Kletterhalle Nordwand', 'FitWerk Studio', 'SC Blau-Weiß Lindenau'],
  AT: ['ASKÖ Laufteam Donau', 'Skiclub Hohe Wand'],
  CH: ['Skiclub Alpstein', 'Ruderclub Seeburg'],
  FR: ['AS Saint-Clair Triathlon', 'Club Alpin des Cévennes', 'Tennis Club du Parc Montsouris', 'Salle Olympe'],
  BE: ['Royal Tennis Club Uccle-Est', 'Atletiekclub Schelde'],
  ES: ['Club Atlético Las Palmeras', 'CN Montjuïc Màster', 'Gimnasio Aurora'],
  MX: ['Club Deportivo Ahuehuete', 'Corredores del Ajusco'],
  IT: ['Polisportiva Valtrebbia', 'ASD Ciclistica Colli Euganei', 'Palestra Fenice'],
  NL: ['Hardloopvereniging De Zwaluw', 'Roeivereniging Het Spaarne', 'Sportschool De Kracht'],
  PT: ['Clube de Padel da Foz', 'Ginásio Atlântico'],
  BR: ['Corrida das Águas SP', 'Academia Ipê Fit', 'Esporte Clube Jabuticaba'],
  JP: ['かすみ道場', '湘南ランナーズクラブ', 'Kasumi Dojo'],
  KR: ['한강러닝크루', '파워짐 송파점'],
  SE: ['OK Tallkotten', 'Simklubben Vågen'],
  NO: ['IL Fjellrev', 'Oslo Padelsenter'],
  FI: ['Helsingin Hiihtoseura', 'Tampereen Pyrintö Masters'],
  PL: ['KS Wisła Masters', 'Siłownia Atlas', 'Klub Biegacza Gazela'],
  TR: ['Moda Spor Kulübü', 'FitLife Kadıköy'],
  IN: ['Koramangala Cricket Academy', 'Pune Pacers Running Club'],
  AE: ['Marina Fitness Hub', 'Desert Riders Cycling Club'],
  ZA: ['Parkhurst Harriers', 'Kloof Padel & Squash'],
  NG: ['Lekki Strikers FC Academy', 'Ikoyi Tennis Club'],
  KE: ['Ngong Hills Runners', 'Kileleshwa Swim Club'],
};
const TLD: Partial<Record<CC, string>> = { GB: 'org.uk', DE: 'de', AT: 'at', CH: 'ch', FR: 'fr', BE: 'be', ES: 'es', MX: 'mx', IT: 'it', NL: 'nl', PT: 'pt', BR: 'com.br', JP: 'jp', KR: 'kr', SE: 'se', NO: 'no', FI: 'fi', PL: 'pl', TR: 'com.tr', IN: 'in', AE: 'ae', ZA: 'co.za', NG: 'ng', KE: 'co.ke', AU: 'org.au', NZ: 'nz', IE: 'ie', CA: 'ca' };
const JP_DOMAIN_WORDS = ['kasumi-dojo', 'shonan-runners', 'hangang-run', 'powergym'];

function org(g: G, cc: CC = g.cc): Org {
  const name = g.pick(ORG_NAMES[cc] ?? ORG_NAMES.US ?? ['Harborline Events']);
  const slug = name.split(/\s+/).map(fold).filter((w) => w.length > 2).slice(0, 3).join('') || g.pick(JP_DOMAIN_WORDS);
  return { name, domain: `${slug}.${TLD[cc] ?? g.pick(['org', 'com', 'club'])}` };
}

// ---------------------------------------------------------------------------------------------------
// Templates. Each writes one document into `d`; labels are recorded as the text is appended.

type Tpl = (g: G, d: Doc) => void;

const EVENT_NAMES = ['Harvest Moon 10K', 'Night Owl Half Marathon', 'Coastal Gran Fondo', 'Winter Warrior Obstacle Race', 'Spring Open Masters Swim', 'Indoor Bouldering Jam', 'Summer Slam 3x3', 'Trail of Lanterns Ultra'];
const DISTRACT_EN = [
  (g: G): string => `Order ${g.ref('ORD')} `,
  (g: G): string => `(booking ref ${g.ref('BK')}) `,
  (g: G): string => `Bib #${g.int(100, 9999)}. `,
  (g: G): string => `Member no. ${g.dg(8)}. `,
  (g: G): string => `Paid with card ${g.maskedCard()}. `,
  (g: G): string => `Gift card ${g.badCard()} was declined. `,
  (g: G): string => `Ticket barcode ${g.dg(12)}. `,
  (g: G): string => `App ${g.version()}. `,
];
function distract(g: G, d: Doc): void {
  if (g.chance(0.5)) d.t(g.pick(DISTRACT_EN)(g));
}

/** Emergency contact line in English. */
function emergency(g: G, d: Doc, cc: CC): void {
  const e = g.person(cc);
  d.t('Emergency contact: ').p(g.form(e, ['full', 'full', 'g'])).t(` (${g.pick(['mother', 'husband', 'wife', 'partner', 'father', 'sister', 'friend'])}) `).l('PHONE', g.phone(cc)).t('\n');
}

const T: Tpl[] = [];
const NEG: Tpl[] = [];

// 1 race registration confirmation (US)
T.push((g, d) => {
  g.cc = g.pick(['US', 'US', 'CA'] as const);
  const p = g.person();
  const o = org(g);
  const ev = g.pick(EVENT_NAMES);
  d.t(`Subject: You're in! ${ev} registration confirmed\n\nHi `).p(p.g).t(`,\n\nThanks for registering for the ${ev}. Here's what we have on file:\n\nName: `).me(p);
  d.t('\nDate of birth: ').l('DOB', g.date(g.birth(16, 72))).t(`\nEmail: `).l('EMAIL', g.email(p)).t('\nMobile: ').l('PHONE', g.phone());
  d.t('\nMailing address: ').addr(g.address(), ', ').t(`\nDistance: ${g.pick(['5K', '10K', 'Half', 'Full'])} · Wave ${g.int(1, 6)} · Bib ${g.int(1000, 9999)}\n`);
  emergency(g, d, g.cc);
  distract(g, d);
  d.t(`\nPacket pickup is ${g.date(g.recent())} at the Expo. Questions? Write to `).l('EMAIL', g.role(o)).t(`.\n\n— ${o.name}`);
});

// 2 marathon results (DE)
T.push((g, d) => {
  g.cc = g.pick(['DE', 'AT', 'CH'] as const);
  const o = org(g);
  d.t(`Ergebnisliste ${g.pick(['Stadtlauf', 'Halbmarathon', 'Silvesterlauf', 'Berglauf'])} ${g.int(2024, 2026)} – ${g.pick(['10 km', '21,1 km', '5 km'])}\nPl.  Startnr.  Name                      Verein                 Jg.   Zeit\n`);
  const n = g.int(5, 9);
  for (let i = 1; i <= n; i++) {
    const p = g.person();
    d.t(`${i}.   ${g.int(100, 2999)}   `).p(g.chance(0.6) ? `${p.s}, ${p.g}` : p.full).t(`   ${g.chance(0.7) ? g.pick(ORG_NAMES.DE ?? []) : 'vereinslos'}   ${g.int(1955, 2008)}   ${g.int(0, 1)}:${pad(g.int(14, 59))}:${pad(g.int(0, 59))}\n`);
  }
  d.t(`\nZeitmessung: ChampionChip ${g.version()}. Einsprüche bis 48 h nach Zieleinlauf an `).l('EMAIL', g.role(o, 'ergebnisse')).t('.');
});

// 3 gym membership sign-up (GB) with direct debit
T.push((g, d) => {
  g.cc = 'GB';
  const p = g.person();
  const o = org(g);
  d.t(`${o.name.toUpperCase()} — MEMBERSHIP APPLICATION\n\nTitle: ${g.pick(['Mr', 'Ms', 'Mrs', 'Mx', 'Dr'])}\nFull name: `).me(p).t('\nDate of birth: ').l('DOB', g.date(g.birth()));
  d.t('\nHome address:\n').addr(g.address(), '\n').t('\nMobile: ').l('PHONE', g.phone()).t('\nEmail: ').l('EMAIL', g.email(p));
  d.t(`\nMembership: ${g.pick(['Off-peak', 'Anytime', 'Student', 'Family'])} (£${g.int(19, 64)}.99/month)\n\nDIRECT DEBIT MANDATE\nAccount holder: `).p(g.form(p, ['full', 'caps', 'init'])).t('\nIBAN: ').l('IBAN', g.iban('GB'));
  d.t(`\nService user number: ${g.dg(6)}\nFirst collection: ${g.date(g.recent())}\n`);
  if (g.chance(0.4)) d.t(`NI number (for staff discount check): ${g.foreignId('GB')}\n`);
  d.t('Signed: ').p(g.form(p, ['init', 'full'])).t(`   Date: ${g.date(g.recent())}`);
});

// 4 ticket order confirmation (US)
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  const o = org(g);
  d.t(`ORDER CONFIRMATION ${g.ref('ORD')}\n${o.name} presents ${g.pick(['Midnight Brass Live', 'The Velvet Harbors Reunion Tour', 'Comedy Under the Stars', 'Championship Wrestling Night'])}\n\nBilled to: `).me(p).t('\n').addr(g.address(), '\n');
  d.t(`\nPayment: Visa ${g.maskedCard()}\nTickets: ${g.int(1, 6)} x Sec ${g.int(101, 330)} Row ${g.pick(['A', 'F', 'K', 'P'])}\nConfirmation sent to `).l('EMAIL', g.email(p)).t('.\n');
  d.t(`Doors open ${g.int(5, 8)}:30 PM. Event date: ${g.date(g.recent())}. Need help? Call `).l('PHONE', g.phone()).t(` ext. ${g.int(10, 499)}.`);
});

// 5 ticket transfer chat (ES)
T.push((g, d) => {
  g.cc = g.pick(['ES', 'MX'] as const);
  const a = g.person();
  const b = g.person();
  d.t(`[${g.int(10, 23)}:${pad(g.int(0, 59))}] `).p(a.g).t(`: oye, al final no puedo ir al concierto del sábado 😭\n[${g.int(10, 23)}:${pad(g.int(0, 59))}] `).p(b.g);
  d.t(': nooo, ¿y las entradas?\n').t(`[${g.int(10, 23)}:${pad(g.int(0, 59))}] `).p(a.g).t(': te las transfiero, pásame tu correo\n').t(`[${g.int(10, 23)}:${pad(g.int(0, 59))}] `).p(b.g).t(': ');
  d.l('EMAIL', g.email(b)).t(' y mi móvil por si acaso ').l('PHONE', g.phone()).t('\n').t(`[${g.int(10, 23)}:${pad(g.int(0, 59))}] `).p(a.g);
  d.t(`: hecho, pedido ${g.ref('TKT')}. A nombre de `).me(b).t(`, DNI ${g.foreignId('ES')} porque lo piden en puerta`);
});

// 6 box office chat with full card (FR)
T.push((g, d) => {
  g.cc = g.pick(['FR', 'BE'] as const);
  const p = g.person();
  const agent = g.person();
  d.t('Conseiller (').p(agent.g).t(`) : Bonjour, billetterie du ${g.pick(['Théâtre des Lilas', 'Zénith de la Plaine', 'Palais des Sports'])}, que puis-je faire pour vous ?\nClient : Bonjour, je voudrais 2 places pour le ${g.date(g.recent())}. Je suis `);
  d.me(p).t('.\nConseiller : Très bien M./Mme ').p(p.s).t('. Votre numéro de carte ?\nClient : ').l('CARD', g.card()).t(`, expiration ${pad(g.int(1, 12))}/${g.int(26, 31)}\n`);
  d.t('Conseiller : Et un numéro pour vous joindre ?\nClient : ').l('PHONE', g.phone()).t('\nConseiller : Parfait, les e-billets partent sur ').l('EMAIL', g.email(p)).t(`. Réf. dossier ${g.ref('BK')}.`);
});

// 7 ticketing account security log (EN)
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'AU'] as const);
  const p = g.person();
  d.t(`Account security report — ticketing platform ${g.version()}\nAccount: `).l('EMAIL', g.email(p)).t('\n');
  for (let i = 0; i < g.int(3, 5); i++) {
    const ip = g.ip();
    d.t(`${g.stamp()}  login ${g.pick(['OK', 'FAILED', 'OK', 'MFA_CHALLENGE'])}  src=`);
    if (ip.includes(':') && g.chance(0.5)) d.t('[').l('IP', ip).t(`]:${g.int(1024, 65000)}`);
    else d.l('IP', ip);
    d.t(`  ua="Mozilla/5.0"  sess=${g.hash(12)}\n`);
  }
  d.t('Owner confirmed by phone (').l('PHONE', g.phone()).t(') that the failed attempts were not theirs. Password reset sent. Agent: ').p(g.form(g.person(), ['g', 'init'])).t('.');
});

// 8 US waiver with SSN for accident insurance
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  const o = org(g);
  d.t(`${o.name}\nRELEASE OF LIABILITY, WAIVER OF CLAIMS AND ASSUMPTION OF RISK\n\nParticipant: `).me(p).t('   DOB: ').l('DOB', g.date(g.birth()));
  d.t('\nSSN (required by our accident insurer): ').l('NATIONAL_ID', g.ssn()).t('\nAddress: ').addr(g.address(), ', ').t('\nPhone: ').l('PHONE', g.phone()).t('\n');
  emergency(g, d, 'US');
  d.t(`Known conditions: ${g.pick(['none', 'asthma (inhaler in bag)', 'type 1 diabetes', 'previous ACL reconstruction', 'bee sting allergy'])}\n\nI have read this waiver. Signature: `).p(g.form(p, ['full', 'init'])).t(`  Date: ${g.date(g.recent())}\nEmployer ID of facility: ${g.ein()}`);
});

// 9 youth camp medical form (GB/IE)
T.push((g, d) => {
  g.cc = g.pick(['GB', 'IE'] as const);
  const kid = g.person();
  const parent = g.person();
  const gp = g.person();
  d.t(`SUMMER FOOTBALL CAMP — PARTICIPANT MEDICAL FORM\n\nChild's name: `).p(kid.full).t('\nDate of birth: ').l('DOB', g.date(g.birth(6, 15))).t(`\nSquad: U${g.int(8, 16)}\n`);
  d.t('Parent/guardian: ').me(parent).t('\nContact number: ').l('PHONE', g.phone()).t('\nEmail: ').l('EMAIL', g.email(parent)).t('\nHome address: ').addr(g.address(), ', ');
  d.t('\nGP: Dr ').p(g.form(gp, ['s', 'full', 'init'])).t(', ').t(g.pick(['Moorland Medical Practice', 'Clifton Health Centre', 'The Priory Surgery'])).t(`\nMedical notes: ${g.pick(['mild asthma', 'nut allergy — EpiPen in kit bag', "Osgood-Schlatter in left knee", 'none', 'wears glasses'])}\n`);
  d.t('Photo consent: ').t(g.pick(['yes', 'no'])).t('. ').p(kid.g).t(`'s shirt size: ${g.pick(['YS', 'YM', 'YL'])}.`);
});

// 10 coach group messages (AU/NZ)
T.push((g, d) => {
  g.cc = g.pick(['AU', 'NZ'] as const);
  const coach = g.person();
  d.t(`${g.pick(['U12 Sharks', 'U10 Netball Orange', 'Juniors Swim Squad'])} 🏊 (group)\n\n`).p(coach.g).t(` (Coach): Hope everyone survived the heat! Training moved to ${g.pick(['Wednesday', 'Thursday'])} 5pm at ${g.pick(['Macquarie Park', 'Banksia Reserve', 'the aquatic centre'])}. Grant funding for new gear came through 🙌\n`);
  for (let i = 0; i < g.int(2, 4); i++) {
    const par = g.person();
    const kid = g.person();
    d.p(par.full).t(': ').t(g.pick(['Thanks coach! ', 'Will do. ', 'Sorry, we are away. ', 'Can someone give '])).p(kid.g).t(g.pick([' a lift? ', ' will be late. ', ' has a cold. ']));
    if (g.chance(0.6)) d.t('My number is ').l('PHONE', g.phone()).t(' if needed');
    d.t('\n');
  }
  d.p(coach.g).t(': Reminder rego fees are due. Pay to ').l('EMAIL', g.role(org(g), 'treasurer')).t(' via PayID. Cheers!');
});

// 11 German parents chat
T.push((g, d) => {
  g.cc = 'DE';
  const t = g.person();
  d.t(`Eltern E-Jugend ⚽\n`).p(t.full).t(' (Trainer): Hallo zusammen, Samstag Auswärtsspiel in ').t(g.pick(['Kassel', 'Bremen', 'Freiburg'])).t('. Treffpunkt 8:15 am Vereinsheim.\n');
  for (let i = 0; i < g.int(2, 4); i++) {
    const par = g.person();
    const kid = g.person();
    d.p(g.form(par, ['full', 'g'])).t(': ').p(kid.g).t(g.pick([' ist dabei 👍', ' fehlt leider (Mandelentzündung)', ' kommt später nach'])).t('. ');
    if (g.chance(0.5)) d.t('Ich kann fahren, Handy ').l('PHONE', g.phone());
    d.t('\n');
  }
  d.p(t.g).t(': Danke! Trikotwäsche diesmal bei Familie ').p(g.person().s).t('. Mitgliedsbeitrag bitte auf das Vereinskonto ').l('IBAN', g.iban('DE')).t(' überweisen.');
});

// 12 US high school roster
T.push((g, d) => {
  g.cc = 'US';
  d.t(`${g.pick(['Westbrook', 'Ridgeview', 'Lincoln Heights'])} HS Varsity ${g.pick(['Volleyball', 'Lacrosse', 'Wrestling', 'Baseball'])} — Roster ${g.int(2024, 2026)}\n#  | Player | DOB | Parent email\n`);
  for (let i = 0; i < g.int(4, 7); i++) {
    const p = g.person();
    const par = g.person();
    d.t(`${g.int(1, 99)} | `).p(g.form(p, ['full', 'rev', 'caps'])).t(' | ').l('DOB', g.date(g.birth(14, 18))).t(' | ').l('EMAIL', g.email(par)).t('\n');
  }
  d.t(`Physicals due by ${g.date(g.recent())}. Head coach: `).p(g.form(g.person(), ['full', 's'])).t(`. Athletic Dept fax ${g.maskedPhone()}.`);
});

// 13 Dutch club renewal
T.push((g, d) => {
  g.cc = 'NL';
  const p = g.person();
  const o = org(g);
  d.t(`Beste `).p(p.g).t(`,\n\nJe lidmaatschap van ${o.name} loopt af op ${g.date(g.recent())}. We schrijven de contributie (€ ${g.int(60, 240)},-) automatisch af van:\n\nRekeninghouder: `).me(p).t('\nIBAN: ').l('IBAN', g.iban('NL'));
  d.t('\nAdres: ').addr(g.address(), ', ').t('\nGeboortedatum: ').l('DOB', g.date(g.birth())).t('\n\nKlopt er iets niet? Mail ').l('EMAIL', g.role(o, 'ledenadministratie')).t(' of bel ').l('PHONE', g.phone()).t(`.\n\nSportieve groet,\n`).p(g.person().full).t(', penningmeester');
});

// 14 Italian renewal with codice fiscale
T.push((g, d) => {
  g.cc = 'IT';
  const p = g.person();
  const o = org(g);
  d.t(`Rinnovo tesseramento ${g.int(2025, 2026)} – ${o.name}\n\nCognome e nome: `).p(`${p.s.toUpperCase()} ${p.g.toUpperCase()}`).t('\nNato/a il ').l('DOB', g.date(g.birth())).t(` a ${g.pick(['Bologna', 'Piacenza', 'Bari', 'Trento'])}\nCodice fiscale: ${g.foreignId('IT')}\nResidenza: `);
  d.addr(g.address(), ', ').t('\nCellulare: ').l('PHONE', g.phone()).t('\nE-mail: ').l('EMAIL', g.email(p)).t(`\nCertificato medico agonistico valido fino al ${g.date(g.recent())}\nQuota versata con bonifico su IBAN `).l('IBAN', g.iban('IT')).t(` (CRO ${g.dg(11)})\nFirma: `).me(p);
});

// 15 attendee list CSV
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'CA', 'IE'] as const);
  d.t(`attendee_id,full_name,email,phone,ticket_type,checked_in\n`);
  for (let i = 0; i < g.int(4, 8); i++) {
    const p = g.person(g.chance(0.3) ? g.pick(['US', 'GB', 'DE', 'IN', 'BR'] as const) : g.cc);
    d.t(`${g.dg(7)},`).p(g.form(p, ['full', 'full', 'lower', 'caps'])).t(',').l('EMAIL', g.email(p)).t(',');
    if (g.chance(0.8)) d.l('PHONE', g.phone());
    d.t(`,${g.pick(['GA', 'VIP', 'Early Bird', 'Comp', 'Speaker'])},${g.pick(['true', 'false'])}\n`);
  }
});

// 16 Japanese event registration
T.push((g, d) => {
  g.cc = 'JP';
  const p = g.person();
  d.t(`【参加申込書】${g.pick(['湘南オープンウォータースイム', '市民マラソン大会', '初心者ボルダリング体験会'])}\n氏名：`).me(p).t('\n生年月日：').l('DOB', g.date(g.birth()));
  d.t('\n住所：').addr(g.address(), g.chance(0.5) ? ' ' : '\n').t('\n電話番号：').l('PHONE', g.phone()).t('\nメール：').l('EMAIL', g.email(p)).t(`\n参加費：${g.int(3, 12)},000円（受付番号 ${g.ref('EVT')}）\n`);
  d.t('緊急連絡先：').p(g.person().full).t('（家族）').l('PHONE', g.phone()).t('\n').p(p.s).t('様、ご登録ありがとうございました。');
});

// 17 Korean gym registration
T.push((g, d) => {
  g.cc = 'KR';
  const p = g.person();
  const trainer = g.person();
  d.t(`${g.pick(ORG_NAMES.KR ?? [])} 회원가입 신청서\n이름: `).me(p).t('\n생년월일: ').l('DOB', g.date(g.birth())).t('\n연락처: ').l('PHONE', g.phone()).t('\n이메일: ').l('EMAIL', g.email(p));
  d.t(`\n주소: `).addr(g.address(), ' ').t(`\n이용권: ${g.pick(['3개월', '6개월', '12개월'])} (PT ${g.int(10, 30)}회)\n담당 트레이너: `).p(trainer.full).t(` 코치\n`).p(p.full).t(' 님, 가입을 환영합니다! 주민등록번호 ').t(g.foreignId('KR')).t('는 보관하지 않습니다.');
});

// 18 Brazilian race sign-up
T.push((g, d) => {
  g.cc = 'BR';
  const p = g.person();
  d.t(`Inscrição confirmada – ${g.pick(['Corrida das Águas SP', 'Meia Maratona do Rio', 'Night Run Savassi'])}\n\nNome completo: `).me(p).t(`\nCPF: ${g.foreignId('BR')}\nData de nascimento: `).l('DOB', g.date(g.birth()));
  d.t('\nCelular (WhatsApp): ').l('PHONE', g.phone()).t('\nE-mail: ').l('EMAIL', g.email(p)).t('\nEndereço para entrega do kit:\n').addr(g.address(), '\n');
  d.t(`\nCamiseta: ${g.pick(['P', 'M', 'G', 'GG'])} | Pelotão ${g.pick(['A', 'B', 'C'])}\nPagamento via Pix aprovado em ${g.date(g.recent())}. Boa prova, `).p(p.g).t('!');
});

// 19 Swedish orienteering club
T.push((g, d) => {
  g.cc = 'SE';
  const p = g.person();
  d.t(`Ny medlem i ${g.pick(ORG_NAMES.SE ?? [])}\nNamn: `).me(p).t(`\nPersonnummer: ${g.foreignId('SE')}\nFödd: `).l('DOB', g.date(g.birth())).t('\nAdress: ').addr(g.address(), ', ');
  d.t('\nMobil: ').l('PHONE', g.phone()).t('\nE-post: ').l('EMAIL', g.email(p)).t(`\nSI-pinne: ${g.dg(7)}\nMedlemsavgift ${g.int(200, 900)} kr betalas till bankgiro ${g.dg(3)}-${g.dg(4)} senast ${g.date(g.recent())}.`);
});

// 20 Polish gym pass
T.push((g, d) => {
  g.cc = 'PL';
  const p = g.person();
  d.t(`Umowa karnetu – ${g.pick(ORG_NAMES.PL ?? [])}\nImię i nazwisko: `).me(p).t(`\nPESEL: ${g.foreignId('PL')}\nData urodzenia: `).l('DOB', g.date(g.birth())).t('\nAdres: ').addr(g.address(), ', ');
  d.t('\nTelefon: ').l('PHONE', g.phone()).t('\nE-mail: ').l('EMAIL', g.email(p)).t(`\nKarnet: ${g.pick(['OPEN', 'poranny', 'studencki'])} ${g.int(99, 189)} zł/mies.\nPolecenie zapłaty z rachunku: `).l('IBAN', g.iban('PL')).t('\nPodpis: ').p(g.form(p, ['full', 'init']));
});

// 21 refund request with full card (US)
T.push((g, d) => {
  g.cc = g.pick(['US', 'CA'] as const);
  const p = g.person();
  d.t(`To: `).l('EMAIL', g.role(org(g), 'refunds')).t(`\nSubject: Refund for cancelled show, order ${g.ref('ORD')}\n\nHello,\n\nThe ${g.pick(['April 12', 'June 3', 'Sept 28'])} show was cancelled and I still haven't been refunded. I paid with `);
  d.l('CARD', g.card()).t(` (exp ${pad(g.int(1, 12))}/${g.int(26, 30)}) but that card has since been replaced — my new one is `).l('CARD', g.card()).t('. Please refund to whichever works.\n\n');
  d.t(`I already tried card ${g.badCard()} in your form and it said invalid, not sure why.\n\nThanks,\n`).me(p).t('\n').l('PHONE', g.phone());
});

// 22 phone call transcript, spoken email and number
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB'] as const);
  const p = g.person();
  const agent = g.person();
  const se = g.spokenEmail(p);
  d.t(`[Call transcript — box office line, ${g.stamp()}]\nAGENT (`).p(agent.g).t('): Thanks for calling, who am I speaking with?\nCALLER: Hi, it\'s ').me(p).t(`. I bought tickets for the ${g.pick(['matinee', 'derby', 'ballet', 'final'])} but never got the email.\n`);
  d.t('AGENT: What email did you use?\nCALLER: It should be ').l('EMAIL', se.spoken).t('.\nAGENT: And a callback number?\nCALLER: ').l('PHONE', g.spokenPhone()).t('.\n');
  d.t(`AGENT: Got it. I see order ${g.ref('TKT')}, card ending ${g.dg(4)}. Resending now to `).l('EMAIL', g.email(p)).t(' — that\'s the one on file.\nCALLER: Yes! Thank you, ').p(agent.g).t('.');
});

// 23 charity fun run sponsorship with Gift Aid (GB)
T.push((g, d) => {
  g.cc = 'GB';
  const runner = g.person();
  d.t(`Sponsor form — `).p(runner.full).t(` is running the ${g.pick(['Great Northern 10K', 'Tough Mudder', 'Moonlight Walk'])} for ${g.pick(["Alzheimer's research", "the Parkinson's nurses", 'the local hospice'])}\n\nGift Aid: I am a UK taxpayer.\nName | Home address | Amount | Gift Aid\n`);
  for (let i = 0; i < g.int(3, 5); i++) {
    const s = g.person();
    d.p(g.form(s, ['full', 'init'])).t(' | ').addr(g.address(), ', ').t(` | £${g.int(5, 50)} | ${g.pick(['✓', 'Y', '✓'])}\n`);
  }
  d.t(`Total raised: £${g.int(120, 900)}. Charity reg. no. ${g.dg(7)}.`);
});

// 24 French tennis club court booking chat
T.push((g, d) => {
  g.cc = 'FR';
  const a = g.person();
  const b = g.person();
  d.p(a.g).t(` : Salut, le court 3 est réservé ${g.pick(['samedi', 'dimanche', 'mercredi'])} 18h via l'appli (${g.version()}) ✅\n`).p(b.g).t(' : Top. Tu peux ajouter ').p(g.person().full).t(' en invité ? Son numéro : ').l('PHONE', g.phone()).t('\n');
  d.p(a.g).t(` : Il faut sa licence FFT et son mail.\n`).p(b.g).t(' : ').l('EMAIL', g.email(g.person())).t(` — licence ${g.dg(7)} ${g.pick(['A', 'B', 'K'])}\n`).p(a.g).t(` : Ok c'est fait. On se retrouve au club-house, pas au stade Roland-Garros 😂`);
});

// 25 swim meet results (AU)
T.push((g, d) => {
  g.cc = 'AU';
  d.t(`${g.pick(['State Age Champs', 'Winter Sprint Meet', 'Masters Long Course'])} — Event ${g.int(1, 40)} ${g.pick(['50 Free', '100 Breast', '200 IM', '100 Fly'])} ${g.pick(['Girls', 'Boys', 'Women', 'Men'])} ${g.int(11, 17)}&O\n`);
  for (let i = 1; i <= g.int(5, 8); i++) {
    const p = g.person();
    d.t(`${i} `).p(g.form(p, ['caps', 'rev', 'full'])).t(`  ${g.int(11, 18)}  ${g.pick(ORG_NAMES.AU ?? [])}  ${g.int(0, 2)}:${pad(g.int(10, 59))}.${pad(g.int(0, 99))}${g.chance(0.15) ? ' DQ 4.4' : ''}\n`);
  }
  d.t(`Results ${g.hash(7)} uploaded ${g.stamp()}. Referee: `).p(g.form(g.person(), ['full', 'init'])).t('.');
});

// 26 Italian cycling sportive entry
T.push((g, d) => {
  g.cc = 'IT';
  const p = g.person();
  d.t(`Ciao `).p(p.g).t(`! La tua iscrizione alla ${g.pick(['Granfondo dei Colli', 'Mediofondo del Lago', 'Randonnée delle Dolomiti'])} è confermata.\n\nPettorale: ${g.int(1, 3999)}\nAtleta: `).me(p).t('\nData di nascita: ').l('DOB', g.date(g.birth()));
  d.t(`\nTessera FCI: ${g.dg(6)}${g.pick(['A', 'K', 'W'])}\nTelefono: `).l('PHONE', g.phone()).t(`\nPacco gara: ritiro presso ${g.pick(['Piazza Garibaldi', 'il Palazzetto', 'Villa Pisani'])} il ${g.date(g.recent())}.\nAssistenza: `).l('EMAIL', g.role(org(g), 'iscrizioni'));
});

// 27 yoga studio purchase with fraud check (US)
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  d.t(`Fraud review — ${g.pick(ORG_NAMES.US ?? [])} online class-pack purchase\nCustomer: `).me(p).t('\nEmail: ').l('EMAIL', g.email(p)).t('\nCard: ').l('CARD', g.card()).t('\nBilling ZIP on card: ').t(g.dg(5));
  d.t('\nOrder IP: ').l('IP', g.ip()).t(`  (geo: ${g.pick(['Lagos', 'Frankfurt', 'Dallas', 'Singapore'])})\nPrevious IP: `).l('IP', g.ip()).t(`\nRisk score ${g.int(40, 99)} — rule ${g.pick(['velocity_3', 'geo_mismatch', 'bin_country'])}. Analyst `).p(g.form(g.person(), ['init', 'g'])).t(` approved after call to `).l('PHONE', g.phone()).t('.');
});

// 28 esports tournament registration
T.push((g, d) => {
  g.cc = g.pick(['KR', 'US', 'DE'] as const);
  const cap = g.person();
  d.t(`${g.pick(['Spring Clash', 'Arena Cup', 'Midnight LAN'])} ${g.int(2025, 2026)} — team registration\nTeam: ${g.pick(['Crimson Owls', 'Null Pointer', 'Tidebreakers'])}\nCaptain: `).me(cap).t(` (@${fold(cap.g) || 'cap'}_${g.dg(2)})\nContact: `).l('EMAIL', g.email(cap)).t('\nPlayers:\n');
  for (let i = 0; i < 4; i++) {
    const p = g.person();
    d.t(`- `).p(g.form(p, ['full', 'g'])).t(` "@${g.pick(['ghost', 'zer0', 'blink', 'echo', 'rift'])}${g.dg(3)}" age ${g.int(16, 29)}\n`);
  }
  d.t('Home server IP for ping test: ').l('IP', g.ipv4()).t(`:${g.pick(['27015', '7777', '3074'])}\nClient ${g.version()} required.`);
});

// 29 climbing gym waiver (CA)
T.push((g, d) => {
  g.cc = 'CA';
  const p = g.person();
  d.t(`BOULDER BARN — CLIMBER WAIVER\nLast name: `).p(p.s.toUpperCase()).t('   First name: ').p(p.g).t('\nBirthdate (YYYY-MM-DD): ').l('DOB', (() => {
    const [y, m, dd] = g.birth(12, 70);
    return `${y}-${pad(m)}-${pad(dd)}`;
  })());
  d.t('\nAddress: ').addr(g.address(), ', ').t('\nCell: ').l('PHONE', g.phone()).t('\nEmail: ').l('EMAIL', g.email(p)).t('\n');
  emergency(g, d, 'CA');
  d.t(`Belay certified: ${g.pick(['yes', 'no'])}   SIN not required (do not write ${g.foreignId('CA')}-style numbers)\nSigned `).me(p).t(` on ${g.date(g.recent())}`);
});

// 30 season ticket holder export (GB football)
T.push((g, d) => {
  g.cc = 'GB';
  d.t(`SEASON TICKET HOLDERS — ${g.pick(['North Stand', 'Family Enclosure', 'East Terrace'])} — export ${g.stamp()}\n`);
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = g.person();
    d.t(`${g.dg(8)}; `).p(g.form(p, ['caps', 'rev', 'full'])).t('; ').addr(g.address(), ', ').t('; ').l('DOB', g.date(g.birth(5, 85))).t(`; block ${g.pick(['N', 'E', 'F'])}${g.int(1, 12)} seat ${g.int(1, 40)}\n`);
  }
  d.t('Renewal window closes ').t(g.date(g.recent())).t('.');
});

// 31 ticket fraud investigation note
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'NL'] as const);
  const p = g.person();
  const q = g.person();
  d.t(`Case ${g.ref('CASE')} — suspected ticket resale fraud\n\nBuyer `).p(p.full).t(' (').l('EMAIL', g.email(p)).t(') paid seller ').p(g.form(q, ['full', 'caps'])).t(` via bank transfer to `);
  d.l('IBAN', g.iban(g.pick(['NL', 'DE', 'LT', 'IE', 'BE']))).t('. Seller account created from ').l('IP', g.ip()).t(' and later ').l('IP', g.ip()).t(`.\nSeller also listed card ${g.maskedCard()} and phone `).l('PHONE', g.phone()).t(`.\nDuplicate barcodes: ${g.dg(10)}, ${g.dg(10)}. Escalated to `).p(g.form(g.person(), ['g', 'full'])).t(' in Trust & Safety.');
});

// 32 German resale dispute with IBAN for refund
T.push((g, d) => {
  g.cc = g.pick(['DE', 'AT'] as const);
  const p = g.person();
  d.t(`Sehr geehrte Damen und Herren,\n\nich habe über Ihre Plattform zwei Tickets für das Konzert am ${g.date(g.recent())} gekauft (Bestellnr. ${g.ref('ORD')}), die am Einlass als ungültig abgewiesen wurden. Bitte erstatten Sie ${g.int(80, 320)},00 € auf mein Konto:\n\nKontoinhaber: `);
  d.me(p).t('\nIBAN: ').l('IBAN', g.iban(g.cc)).t(`\nBIC: ${g.pick(['COBADEFFXXX', 'GENODEF1S04', 'BKAUATWW'])}\n\nFür Rückfragen erreichen Sie mich unter `).l('PHONE', g.phone()).t(' oder ').l('EMAIL', g.email(p)).t('.\n\nMit freundlichen Grüßen\n').p(g.form(p, ['full', 'init']));
  d.t('\n').addr(g.address(), '\n');
});

// 33 dojo grading list (JP, romaji)
T.push((g, d) => {
  g.cc = 'JP';
  d.t(`Kasumi Dojo — grading results (${g.date(g.recent(), 'JP')})\nSensei: `).p(g.person('JP').full).t('\n');
  for (let i = 0; i < g.int(4, 7); i++) {
    const c = g.pick(['jp', 'jp', 'en', 'de', 'fr'] as const);
    const pool = NAMES[c];
    const gn = g.pick(pool.g);
    const sn = g.pick(pool.s);
    d.p(c === 'jp' && g.chance(0.5) ? `${sn} ${gn}` : `${gn} ${sn}`).t(`: ${g.pick(['5th kyu', '3rd kyu', '1st kyu', 'shodan'])} — ${g.pick(['passed', 'passed', 'retake'])}\n`);
  }
  d.t('Congratulations to ').p(g.pick(NAMES.jp.g)).t('-san on a superb kata. Next seminar fee to ').l('EMAIL', g.role({ name: 'Kasumi Dojo', domain: 'kasumi-dojo.jp' }, 'office')).t('.');
});

// 34 volunteer sign-up sheet (US)
T.push((g, d) => {
  g.cc = 'US';
  d.t(`VOLUNTEERS — ${g.pick(EVENT_NAMES)}\nStation | Name | Cell | Shirt\n`);
  for (let i = 0; i < g.int(4, 7); i++) {
    const p = g.person();
    d.t(`${g.pick(['Water stop 2', 'Finish chute', 'Bag check', 'Course marshal', 'Medical tent'])} | `).p(g.form(p, ['full', 'init', 'g'])).t(' | ');
    if (g.chance(0.85)) d.l('PHONE', g.phone());
    else d.t('text only');
    d.t(` | ${g.pick(['S', 'M', 'L', 'XL'])}\n`);
  }
  distract(g, d);
  d.t('Captain: ').p(g.person().full).t(' — radios on channel 4.');
});

// 35 travel package for away fans (ES)
T.push((g, d) => {
  g.cc = 'ES';
  const p = g.person();
  d.t(`Peña ${g.pick(['Los Leones', 'Blanquiazul', 'La Bufanda'])} — viaje a la final\nTitular de la reserva: `).me(p).t('\nFecha de nacimiento: ').l('DOB', g.date(g.birth())).t(`\nDNI: ${g.foreignId('ES')}\nMóvil: `).l('PHONE', g.phone());
  d.t('\nAcompañante: ').p(g.person().full).t(`\nAutobús sale el ${g.date(g.recent())} a las 6:30 desde la puerta 0 del estadio.\nPago de la cuota a la cuenta de la peña: `).l('IBAN', g.iban('ES'));
});

// 36 golf club membership (IE)
T.push((g, d) => {
  g.cc = 'IE';
  const p = g.person();
  d.t(`${g.pick(['Seapoint', 'Carrickmines', 'Ballyvara'])} Golf Club — New Member Details\n\nName: `).me(p).t(`\nHandicap index: ${g.int(0, 36)}.${g.int(0, 9)}\nAddress:\n`).addr(g.address(), '\n').t('\nMobile: ').l('PHONE', g.phone());
  d.t('\nEmail: ').l('EMAIL', g.email(p)).t('\nProposed by: ').p(g.form(g.person(), ['full', 'init'])).t('   Seconded by: ').p(g.form(g.person(), ['full', 'init'])).t(`\nEntrance fee €${g.int(5, 20)}00 to IBAN `).l('IBAN', g.iban('IE')).t('.');
});

// 37 rowing club safety form (NL, English)
T.push((g, d) => {
  g.cc = 'NL';
  const p = g.person();
  d.t(`Roeivereniging Het Spaarne — safety & swim test declaration\nRower: `).me(p).t(' (born ').l('DOB', g.date(g.birth())).t(')\nSwim test passed: ').t(g.pick(['yes', 'no'])).t(`\nMedical: ${g.pick(['none', 'epilepsy, controlled', 'heart murmur (cleared by cardiologist)'])}\nICE: `);
  d.p(g.person().full).t(' ').l('PHONE', g.phone()).t('\nPostal: ').addr(g.address(), ', ').t(`\nBoat: "Willem III" (coxed four) — do not take out in wind > 5 Bft.`);
});

// 38 Mexican triathlon relay roster
T.push((g, d) => {
  g.cc = 'MX';
  d.t(`Relevo ${g.pick(['Tritones del Ajusco', 'Las Chivas Veloces', 'Equipo Colibrí'])} — Triatlón ${g.int(2025, 2026)}\n`);
  for (const leg of ['Natación', 'Ciclismo', 'Carrera']) {
    const p = g.person();
    d.t(`${leg}: `).p(g.form(p, ['full', 'full', 'caps'])).t(' — cel. ').l('PHONE', g.phone()).t(' — nac. ').l('DOB', g.date(g.birth())).t('\n');
  }
  d.t(`Capitán: `).me(g.person()).t(`. Folio de pago ${g.dg(10)}.`);
});

// 39 Swiss ski club trip (DE language)
T.push((g, d) => {
  g.cc = 'CH';
  const p = g.person();
  d.t(`Anmeldung Skiweekend ${g.pick(['Laax', 'Engelberg', 'Saas-Fee'])}\n\nName, Vorname: `).p(`${p.s}, ${p.g}`).t('\nGeburtsdatum: ').l('DOB', g.date(g.birth(10, 70))).t('\nAdresse: ').addr(g.address(), ', ').t('\nNatel: ').l('PHONE', g.phone());
  d.t('\nE-Mail: ').l('EMAIL', g.email(p)).t(`\nAHV-Nr.: 756.${g.dg(4)}.${g.dg(4)}.${g.dg(2)}\nRückerstattungen an IBAN `).l('IBAN', g.iban('CH')).t('\nUnterschrift: ').me(p);
});

// 40 French SEPA mandate for running club
T.push((g, d) => {
  g.cc = 'FR';
  const p = g.person();
  d.t(`MANDAT DE PRÉLÈVEMENT SEPA\nCréancier : ${g.pick(ORG_NAMES.FR ?? [])} — ICS FR${g.dg(2)}ZZZ${g.dg(6)}\nRéférence unique du mandat : ${g.ref('RUM')}\n\nDébiteur : `).me(p).t('\nAdresse : ').addr(g.address(), '\n');
  d.t('\nIBAN : ').l('IBAN', g.iban('FR')).t(`\nBIC : ${g.pick(['CCBPFRPPLYO', 'AGRIFRPP839', 'SOGEFRPP'])}\nFait à ${g.pick(['Lyon', 'Nantes', 'Paris'])}, le ${g.date(g.recent())}\nSignature : `).p(g.form(p, ['init', 'full']));
});

// 41 referee assignments (US) with W-9 SSNs for payment
T.push((g, d) => {
  g.cc = 'US';
  d.t(`Officials payroll — ${g.pick(['Metro Youth Basketball', 'Tri-County Soccer', 'Valley Hockey'])} weekend of ${g.date(g.recent())}\nName | SSN (from W-9) | Games | Pay\n`);
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = g.person();
    d.p(g.form(p, ['full', 'rev', 'caps'])).t(' | ');
    if (g.chance(0.8)) d.l('NATIONAL_ID', g.ssn());
    else d.t(g.maskedSsn());
    d.t(` | ${g.int(1, 6)} | ${g.money()}\n`);
  }
  d.t(`Assignor: `).p(g.person().full).t(`. League EIN ${g.ein()}, ABA routing ${g.dg(9)}.`);
});

// 42 lost property chat (EN)
T.push((g, d) => {
  g.cc = g.pick(['GB', 'US', 'AU'] as const);
  const p = g.person();
  d.t(`Venue chat\nVisitor: Hi, I left a black backpack at gate ${g.int(1, 12)} after the ${g.pick(['Ryder Cup watch party', 'cup final', 'Swan Lake matinee', 'monster truck show'])}\nBot: Sorry to hear that! Can I have your name?\nVisitor: `);
  d.me(p).t(`\nBot: Thanks `).p(p.g).t('. A phone number in case we find it?\nVisitor: ').l('PHONE', g.phone()).t(`\nBot: Logged as item ${g.ref('LP')}. Our lost property desk by the Churchill statue opens ${g.pick(['Mon–Fri 10–4', 'daily 9–5'])}.`);
});

// 43 accessibility request form (GB)
T.push((g, d) => {
  g.cc = 'GB';
  const p = g.person();
  const carer = g.person();
  d.t(`Access request — ${g.pick(['Kestrel Park Tennis Finals', 'Ashgrove Christmas Panto', 'City Half Marathon'])}\nName: `).me(p).t('\nEmail: ').l('EMAIL', g.email(p)).t('\nPhone: ').l('PHONE', g.phone()).t(`\nRequirement: ${g.pick(['wheelchair space + companion seat', 'BSL interpreter', 'step-free access and quiet room'])}\nCompanion: `);
  d.p(carer.full).t('\nPostal address for the free carer ticket:\n').addr(g.address(), '\n').t(`\nAccess card no. ${g.dg(12)} (Nimbus). Please do not send to Room ${g.int(2, 40)}.`);
});

// 44 trampoline party booking: child DOB labelled, party date not
T.push((g, d) => {
  g.cc = g.pick(['GB', 'AU', 'US'] as const);
  const par = g.person();
  const kid = g.person();
  d.t(`Party booking — JumpZone\nBooked by: `).me(par).t(' (').l('PHONE', g.phone()).t(`)\nBirthday child: `).p(kid.g).t(', DOB ').l('DOB', g.date(g.birth(4, 12))).t(`\nParty date: ${g.date(g.recent())} at 2pm (${g.int(8, 20)} jumpers)\n`);
  d.t(`Deposit ${g.money()} paid, card ${g.maskedCard()}. Please bring signed waivers for all guests. Ask for `).p(g.pick(NAMES.en.g)).t(' on arrival.');
});

// 45 gym membership freeze (AU)
T.push((g, d) => {
  g.cc = g.pick(['AU', 'NZ'] as const);
  const p = g.person();
  d.t(`Hi there,\n\nCould you please freeze my membership (no. ${g.dg(7)}) from ${g.date(g.recent())} to ${g.date(g.recent())}? I've had knee surgery (a Baker's cyst) and can't train.\n\nCheers,\n`);
  d.me(p).t('\n').l('PHONE', g.phone()).t('\n').addr(g.address(), '\n');
});

// 46 failed payment, user supplies new card (US)
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  d.t(`From: `).l('EMAIL', g.email(p)).t(`\n\nGot your "payment failed" notice for card ${g.maskedCard()}. Please charge this one instead:\n`);
  d.l('CARD', g.card()).t(`\nexp ${pad(g.int(1, 12))}/${g.int(26, 31)}, CVV I'll give by phone.\nBilling address:\n`).addr(g.address(), '\n').t('\n\n').p(g.form(p, ['g', 'full'])).t(`\n(Not related to order ${g.ref('INV')} — that one was my husband `).p(g.person().g).t("'s.)");
});

// 47 ticketing platform logs
T.push((g, d) => {
  g.cc = g.pick(['US', 'DE', 'GB'] as const);
  for (let i = 0; i < g.int(4, 7); i++) {
    const p = g.person();
    d.t(`${g.stamp()} INFO checkout ${g.pick(['created', 'paid', 'refunded', 'transferred'])} order=${g.ref('ORD')} user=`).l('EMAIL', g.email(p)).t(' ip=').l('IP', g.ip());
    d.t(` sha=${g.hash(10)} ver=${g.version()}\n`);
  }
});

// 48 team travel manifest
T.push((g, d) => {
  g.cc = g.pick(['GB', 'NG', 'KE', 'ZA'] as const);
  d.t(`TRAVEL MANIFEST — ${g.pick(['U19 Women', 'Senior Men', 'Para-athletics squad'])} to ${g.pick(['Lisbon', 'Accra', 'Doha', 'Gothenburg'])}\nSurname, Given | Date of birth | Passport\n`);
  for (let i = 0; i < g.int(4, 6); i++) {
    const p = g.person();
    d.p(`${p.s.toUpperCase()}, ${p.g}`).t(' | ').l('DOB', g.date(g.birth(16, 40))).t(` | ${g.pick(['A', 'P', 'N'])}${g.dg(8)}\n`);
  }
  d.t(`Team manager: `).me(g.person()).t(' ').l('PHONE', g.phone()).t(`\nFlight ${g.pick(['TP1351', 'KQ310', 'QR1463'])} departs ${g.date(g.recent())}.`);
});

// 49 medical tent incident report
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'CA', 'IE'] as const);
  const p = g.person();
  d.t(`MEDICAL INCIDENT REPORT — ${g.pick(EVENT_NAMES)}\nTime: ${g.int(8, 12)}:${pad(g.int(0, 59))}   Location: mile ${g.int(3, 25)} aid station\nPatient: `).p(g.form(p, ['full', 'caps'])).t(`, bib ${g.int(100, 9999)}, DOB `).l('DOB', g.date(g.birth()));
  d.t(`\nPresenting: ${g.pick(['heat exhaustion', 'collapsed, hyponatremia suspected', 'ankle sprain', 'chest pain — cleared'])}\nNext of kin: `).p(g.person().full).t(' ').l('PHONE', g.phone()).t(`\nTreated by `).p(g.form(g.person(), ['init', 'full'])).t(`, EMT. Transported: ${g.pick(['no', 'yes, St. Luke\'s ER'])}.`);
});

// 50 gym SMS reminders with word-like names
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB'] as const);
  const p = { g: g.pick(['Will', 'Hope', 'Rose', 'Grant', 'May', 'Guy', 'Bill', 'Faith', 'Joy', 'Summer', 'Dawn', 'Hunter']), s: g.pick(NAMES.en.s) };
  const pt = g.pick(['Chase', 'Mark', 'Frank', 'Brooke', 'Heath']);
  d.t(`SMS to `).l('PHONE', g.phone()).t(`:\nHi `).p(p.g).t(`! Your PT session with `).p(pt).t(` is tomorrow at 7am. Will you make it? Reply Y/N. Hope to see you!\n`);
  d.t(`SMS from member: Y. Tell `).p(pt).t(` I may be 5 mins late. – `).p(`${p.g} ${p.s}`).t(`\nSMS to member: Great! Guest passes: grant access at the kiosk with code ${g.dg(6)}.`);
});

// 51 UAE gym with AE IBAN
T.push((g, d) => {
  g.cc = 'AE';
  const p = g.person();
  d.t(`${g.pick(ORG_NAMES.AE ?? [])} — corporate membership\nMember: `).me(p).t('\nMobile: ').l('PHONE', g.phone()).t('\nEmail: ').l('EMAIL', g.email(p)).t(`\nEmirates ID: 784-${g.int(1970, 2004)}-${g.dg(7)}-${g.dg(1)}\nSalary deduction declined; pay by transfer to `);
  d.l('IBAN', g.iban('AE')).t('\nResidence: ').addr(g.address(), ', ').t(`\nLocker ${g.int(1, 400)}, towel service.`);
});

// 52 Turkish gym
T.push((g, d) => {
  g.cc = 'TR';
  const p = g.person();
  d.t(`Üyelik Formu – ${g.pick(ORG_NAMES.TR ?? [])}\nAd Soyad: `).me(p).t(`\nT.C. Kimlik No: ${g.foreignId('TR')}\nDoğum Tarihi: `).l('DOB', g.date(g.birth())).t('\nCep: ').l('PHONE', g.phone());
  d.t('\nE-posta: ').l('EMAIL', g.email(p)).t('\nAdres: ').addr(g.address(), ' ').t('\nOtomatik ödeme IBAN: ').l('IBAN', g.iban('TR')).t('\n').p(p.g).t(` ${g.pick(['Bey', 'Hanım'])}, hoş geldiniz!`);
});

// 53 Indian cricket academy admission
T.push((g, d) => {
  g.cc = 'IN';
  const kid = g.person();
  const dad = g.person();
  d.t(`${g.pick(ORG_NAMES.IN ?? [])} — Admission Form\nStudent name: `).p(kid.full).t('\nDate of birth: ').l('DOB', g.date(g.birth(8, 17))).t("\nFather's/Guardian's name: ").me(dad);
  d.t('\nMobile: ').l('PHONE', g.phone()).t('\nEmail: ').l('EMAIL', g.email(dad)).t('\nAddress:\n').addr(g.address(), '\n').t(`\nAadhaar (optional): ${g.foreignId('IN')}\nBatting: ${g.pick(['right', 'left'])}-hand; bowling: ${g.pick(['off-spin', 'medium pace', 'leg-spin'])}. Fee ₹${g.int(2, 9)},500 per month.`);
});

// 54 Nigerian academy trial list
T.push((g, d) => {
  g.cc = g.pick(['NG', 'KE'] as const);
  d.t(`TRIAL SHORTLIST — ${g.pick(ORG_NAMES[g.cc] ?? [])}\n`);
  for (let i = 0; i < g.int(3, 6); i++) {
    const p = g.person();
    d.t(`${i + 1}. `).p(g.form(p, ['full', 'caps'])).t(` (${g.pick(['GK', 'CB', 'CM', 'ST', 'RW'])}) — born `).l('DOB', g.date(g.birth(13, 19))).t(' — guardian ').l('PHONE', g.phone()).t('\n');
  }
  d.t(`Report to the pitch behind ${g.pick(['Tafawa Balewa Square', 'the Kenyatta Market gate', 'Nyayo Stadium'])} by 7am.`);
});

// 55 Portuguese padel club
T.push((g, d) => {
  g.cc = 'PT';
  const p = g.person();
  d.t(`Ficha de sócio – ${g.pick(ORG_NAMES.PT ?? [])}\nNome: `).me(p).t(`\nNIF: ${g.nz(9)}\nData de nascimento: `).l('DOB', g.date(g.birth())).t('\nTelemóvel: ').l('PHONE', g.phone()).t('\nMorada: ').addr(g.address(), ', ');
  d.t('\nDébito direto — IBAN: ').l('IBAN', g.iban('PT')).t(`\nNível: ${g.pick(['M3', 'F4', 'M5'])}\nAssinatura: `).p(g.form(p, ['full', 'init']));
});

// 56 raffle winners at gala — names, cities only
T.push((g, d) => {
  g.cc = 'US';
  d.t(`Gala raffle winners 🎉\n`);
  for (let i = 0; i < g.int(3, 6); i++) {
    const p = g.person();
    d.t(`Ticket ${g.dg(6)}: `).p(g.form(p, ['full', 'init'])).t(` of ${g.pick(['Boise', 'Halifax', 'Madison', 'Tucson', 'Lancaster'])} — ${g.pick(['signed jersey', 'spa day', 'season pass', '$250 gift card'])}\n`);
  }
  d.t('Prizes over $600 need a W-9. Winner ').me(g.person()).t(' provided SSN ').l('NATIONAL_ID', g.ssn()).t(' and mailing address ').addr(g.address('US'), ', ').t('.');
});

// 57 prize winnings W-9 chat
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  d.t(`Support chat — ${g.pick(['Fantasy Cup', 'Golden Ticket Sweepstakes', 'Halftime Shootout'])}\nAgent: Congratulations! To issue your 1099 we need your taxpayer info.\nUser: sure. name is `).me(p).t(', ssn ').l('NATIONAL_ID', g.ssn()).t('\nUser: born ').l('DOB', g.date(g.birth())).t(' if you need it\n');
  d.t(`Agent: Thank you. Please ignore the number ${g.maskedSsn()} shown on your old form — that was masked. Mailing address?\nUser: `).addr(g.address(), ', ').t('\nAgent: Perfect, check ships in 2–3 weeks. Ref ').t(g.ref('PRZ')).t('.');
});

// 58 team tour booking with Korean-style honorific (KR)
T.push((g, d) => {
  g.cc = 'KR';
  const p = g.person();
  const q = g.person();
  d.t(`[단체 관람 예약]\n대표자: `).me(p).t(' 씨\n연락처: ').l('PHONE', g.phone()).t(`\n인원: ${g.int(10, 40)}명 (${g.pick(['야구', '축구', '배구'])} 경기, ${g.date(g.recent())})\n`);
  d.t('부대표: ').p(q.full).t(' ').l('PHONE', g.phone()).t('\n입금 확인 메일: ').l('EMAIL', g.email(q)).t(`\n좌석 ${g.pick(['1루', '3루', '외야'])} 블록 ${g.int(101, 330)}`);
});

// 59 club AGM minutes (EN) with board names
T.push((g, d) => {
  g.cc = g.pick(['GB', 'IE', 'AU', 'ZA'] as const);
  const chair = g.person();
  const sec = g.person();
  d.t(`Minutes of the AGM — ${g.pick(ORG_NAMES[g.cc] ?? [])}\nPresent: `);
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.p(g.form(g.person(), ['full', 'init', 'full']));
    d.t(i < n - 1 ? ', ' : '.\n');
  }
  d.t('1. Chair ').p(chair.full).t(` opened the meeting. The Hart Trophy and the Lonsdale Cup were presented.\n2. Secretary `).p(g.form(sec, ['full', 's'])).t(` reported ${g.int(80, 400)} members. New correspondence address:\n`).addr(g.address(), '\n');
  d.t(`\n3. Treasurer: subscriptions rise by ${g.int(2, 9)}%. Bank account unchanged.\n4. AOB: `).p(chair.g).t(' thanked everyone; contact ').l('EMAIL', g.role(org(g), 'secretary')).t(' with any queries.');
});

// 60 marathon results e-mail to self with DOB (nordic, NO/FI)
T.push((g, d) => {
  g.cc = g.pick(['NO', 'FI', 'SE'] as const);
  const p = g.person();
  d.t(`Resultat / Results — ${g.pick(['Holmenkollstafetten', 'Midnattsloppet', 'Helsinki City Run'])}\n\n`).me(p).t(` (f. `).l('DOB', g.date(g.birth())).t(`) — ${g.int(0, 2)}:${pad(g.int(10, 59))}:${pad(g.int(0, 59))}, plass ${g.int(1, 4000)}\n`);
  d.t('Lag: ').t(g.pick(ORG_NAMES[g.cc] ?? [])).t('\nKontakt: ').l('PHONE', g.phone()).t(' / ').l('EMAIL', g.email(p)).t(`\nPremieutdeling ${g.date(g.recent())} kl. 14.`);
});

// 61 box-office chat: ticket reissue with IP and address (EN-IN)
T.push((g, d) => {
  g.cc = 'IN';
  const p = g.person();
  d.t(`Chat with EventDesk\nCustomer: My ticket for the ${g.pick(['IPL playoff', 'sunburn night', 'stand-up special'])} shows "device mismatch"\nAgent `).p(g.person().g).t(': Please share booking email.\nCustomer: ').l('EMAIL', g.email(p)).t('\nAgent: We see a login from ').l('IP', g.ip()).t('. Is that you?\n');
  d.t('Customer: yes my office wifi. I am ').me(p).t(', phone ').l('PHONE', g.phone()).t(`\nAgent: Reissued. Booking ${g.ref('BK')}. Venue gate ${g.int(1, 9)}, near the Sachin Tendulkar Pavilion.`);
});

// 62 membership card courier (GB/IE), "Surname, Given", multiline address with recipient
T.push((g, d) => {
  g.cc = g.pick(['GB', 'IE', 'US'] as const);
  const p = g.person();
  d.t(`Membership pack dispatch\nShip to:\n`).p(g.form(p, ['full', 'caps'])).t('\n').t(g.chance(0.4) ? `c/o ${g.pick(['Brightwave Ltd', 'Harbor Dental Group', 'Kestrel Analytics'])}\n` : '').addr(g.address(), '\n');
  d.t('\n');
  distract(g, d);
  d.t(`\nTracking: ${g.pick(['1Z', 'JD0'])}${g.dg(16)}\nContents: card, towel, lanyard\nIf undelivered, call `).l('PHONE', g.phone()).t(' and quote ').t(g.ref('MBR')).t('.');
});

// 63 hyphen/line-break split values (not labelled) + labelled rest
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'DE'] as const);
  const p = g.person();
  const ph = g.phone();
  const cut = Math.max(3, Math.floor(ph.length / 2));
  d.t('Copied from the paper sign-up sheet (OCR):\nName: ').me(p).t(`\nPhone: ${ph.slice(0, cut)}-\n${ph.slice(cut)}\n`);
  const em = g.email(p);
  const at = em.indexOf('@');
  d.t(`E-mail: ${em.slice(0, at)}\n${em.slice(at)}\nSecond try: `).l('EMAIL', g.email(p)).t(`\nClass: ${g.pick(['Spin 6am', 'Aqua fit', 'Kettlebell basics'])}`);
});

// 64 parent ticket transfer WhatsApp (EN) with card and IBAN for split costs
T.push((g, d) => {
  g.cc = g.pick(['GB', 'IE', 'NL', 'BE'] as const);
  const a = g.person();
  const b = g.person();
  d.p(a.g).t(`: tickets for the tournament are sorted! I paid the lot on my card, can everyone send me €${g.int(20, 60)}?\n`).p(b.g).t(': Sure, what are your bank details?\n').p(a.g).t(': ').l('IBAN', g.iban(g.pick(['IE', 'NL', 'BE', 'DE']))).t(', name ').me(a).t('\n');
  d.p(b.g).t(`: Done ✔️ Also `).p(g.person().g).t(' says she sent hers to ').t(g.badIban('NL')).t(' which bounced — typo?\n').p(a.g).t(': Yes, wrong number! The right one is above.');
});

// 65 youth coach background check (US): SSN, DOB
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  d.t(`Volunteer Coach Background Screening — ${g.pick(['Lakeside Youth Soccer League', 'Pop Warner chapter', 'Little League District 7'])}\n\nLegal name: `).me(p).t('\nOther names used: ');
  if (g.chance(0.5)) d.p(`${p.g} ${g.pick(NAMES.en.s)}`).t(' (maiden)');
  else d.t('none');
  d.t('\nSocial Security Number: ').l('NATIONAL_ID', g.ssn()).t('\nDate of Birth: ').l('DOB', g.date(g.birth(21, 65))).t('\nCurrent address: ').addr(g.address(), ', ');
  d.t('\nEmail: ').l('EMAIL', g.email(p)).t(`\nTeam: U${g.int(8, 14)} ${g.pick(['Hornets', 'Comets', 'Rapids'])}\nAuthorization ID ${g.hash(12).toUpperCase()} — results within 5 business days. Do not email the form with SSN ${g.maskedSsn()} visible.`);
});

// 66 box-office phone-order sheet with cards
T.push((g, d) => {
  g.cc = g.pick(['US', 'GB', 'AU', 'CA'] as const);
  d.t(`PHONE ORDERS — ${g.pick(['Panto season', 'Playoff home games', 'Jazz Festival weekend'])} (shift ${g.pick(['AM', 'PM'])})\n`);
  for (let i = 0; i < g.int(2, 4); i++) {
    const p = g.person();
    d.p(g.form(p, ['full', 'caps', 'rev'])).t(' | ').l('PHONE', g.phone()).t(' | ');
    if (g.chance(0.8)) d.l('CARD', g.card());
    else d.t(g.chance(0.5) ? g.maskedCard() : g.badCard());
    d.t(` | ${g.int(1, 8)} seats | ${g.money(g.cc === 'GB' ? '£' : '$')}\n`);
  }
  d.t(`Shred this sheet after entry into the system (${g.version()}). Supervisor: `).p(g.form(g.person(), ['g', 'full'])).t('.');
});

// 67 group ticket split chat (ES/EN) with cards
T.push((g, d) => {
  g.cc = g.pick(['ES', 'MX', 'US'] as const);
  const a = g.person();
  const b = g.person();
  d.p(a.g).t(`: I'll buy all ${g.int(4, 8)} festival passes now before they sell out, but the site wants one card per 2 tickets 🙄\n`).p(b.g).t(': ok use mine: ').l('CARD', g.card()).t(` exp ${pad(g.int(1, 12))}/${g.int(26, 31)}\n`);
  d.p(a.g).t(': and I\'ll put the rest on ').l('CARD', g.card()).t('\n').p(b.g).t(': delete these messages after lol. Tickets under ').me(a).t(`?\n`).p(a.g).t(`: yep, order ${g.ref('ORD')}`);
});

// 68 gym front-desk notes with SSN mis-entry and card update (US)
T.push((g, d) => {
  g.cc = 'US';
  const p = g.person();
  d.t(`Front desk note ${g.date(g.recent())}: member `).me(p).t(` (#${g.dg(6)}) asked to update billing. New card `).l('CARD', g.card()).t('. ');
  d.t('Member accidentally typed their SSN ').l('NATIONAL_ID', g.ssn()).t(` into the "referral code" box — cleared it. Kiosk IP `).l('IP', g.ipv4()).t(`. Old card ${g.maskedCard()} removed.`);
});

// 69 tournament prize payout list (US) with SSNs
T.push((g, d) => {
  g.cc = 'US';
  d.t(`${g.pick(['Bass Masters Open', 'Pickleball Classic', 'Cornhole State Championship', 'Regional Disc Golf Tour'])} — prize payouts requiring 1099-MISC\nPlace | Player | TIN | Amount\n`);
  for (let i = 1; i <= g.int(3, 5); i++) {
    const p = g.person();
    d.t(`${i} | `).p(g.form(p, ['full', 'rev', 'caps'])).t(' | ');
    if (g.chance(0.85)) d.l('NATIONAL_ID', g.ssn());
    else d.t(`${g.ein()} (EIN, sponsor entity)`);
    d.t(` | $${g.int(6, 50)}00\n`);
  }
  d.t(`Tournament director: `).p(g.person().full).t(`. Payer EIN ${g.ein()}.`);
});

// 70 college athlete onboarding (US) with SSN and IBAN for international students
T.push((g, d) => {
  g.cc = 'US';
  const intl = g.chance(0.4);
  const p = g.person(intl ? g.pick(['DE', 'ES', 'NL', 'GB', 'SE'] as const) : 'US');
  d.t(`Athletics Compliance — stipend onboarding\nStudent-athlete: `).me(p).t(`\nSport: ${g.pick(['Women\'s Rowing', 'Men\'s Soccer', 'Track & Field', 'Swimming & Diving'])}\nDOB: `).l('DOB', g.date(g.birth(18, 23)));
  d.t('\nSSN: ').l('NATIONAL_ID', g.ssn()).t('\nCampus email: ').l('EMAIL', `${fold(p.g).charAt(0) || 'x'}${fold(p.s) || 'student'}${g.dg(2)}@${g.pick(['ridgemont.edu', 'lakeshore-state.edu', 'westfield.edu'])}`);
  if (intl) d.t('\nHome-country account for refunds: ').l('IBAN', g.iban(g.pick(['DE', 'ES', 'NL', 'SE', 'GB'])));
  d.t(`\nNCAA ID ${g.dg(10)}. Title IX training completed ${g.date(g.recent())}.`);
});

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no PII, many traps.

// N1 event schedule with people-named venues
NEG.push((g, d) => {
  const venues = ['Madison Square Garden', 'Lincoln Center', 'Royal Albert Hall', 'Arthur Ashe Stadium', 'Estadio Santiago Bernabéu', 'Fritz-Walter-Stadion', 'Rod Laver Arena', 'Stade Pierre-Mauroy'];
  d.t(`WHAT'S ON — ${MONTHS.en?.[g.int(0, 11)] ?? 'June'} ${g.int(2025, 2026)}\n`);
  for (let i = 0; i < g.int(3, 6); i++) {
    d.t(`${g.date(g.recent(), 'GB')} · ${g.pick(venues)} · ${g.pick(EVENT_NAMES)} · doors ${g.int(17, 19)}:${g.pick(['00', '30'])} · from ${g.money('£')}\n`);
  }
  d.t(`Presale code ${g.hash(6).toUpperCase()} valid until ${g.stamp()}. Accessibility info on the venue page.`);
});

// N2 release notes of a ticketing app
NEG.push((g, d) => {
  d.t(`Release notes — BoxOffice Scanner ${g.version()}\n`);
  d.t(`- Firmware ${g.int(2, 12)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(10, 250)} for handheld scanners (was ${g.int(2, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(10, 250)})\n`);
  d.t(`- Fixed crash when a Marshall amplifier preset was loaded on stage tablets (commit ${g.hash(40)})\n`);
  d.t(`- Barcode format now Code128; sample payload 0${g.dg(15)}X${g.dg(3)}\n- Dependency bump: libqr ${g.version()}, Hermes ${g.int(0, 1)}.${g.int(10, 99)}.${g.int(0, 9)}\n- Migrated ${g.int(2, 40)}k rows at ${g.stamp()}`);
});

// N3 league standings
NEG.push((g, d) => {
  const teams = ['Lakeside Lions', 'Harbor City Rovers', "St. Brendan's Athletic", 'FC Eichenau', 'Real Olivar', 'Northgate Wanderers', 'Sporting Ribeira', 'Victoria Park Rangers', 'AFC Kingsway', 'Juventus Vallette'];
  d.t(`Standings after matchday ${g.int(3, 30)}\nPos Team                 P  W  D  L  Pts\n`);
  for (let i = 1; i <= g.int(6, 9); i++) d.t(`${i}   ${g.pick(teams)}  ${g.int(10, 30)}  ${g.int(2, 20)}  ${g.int(0, 8)}  ${g.int(0, 10)}  ${g.int(10, 70)}\n`);
  d.t(`Top scorer award (the Golden Boot) decided on ${g.date(g.recent())}. Fixture list v${g.int(2, 9)} published.`);
});

// N4 payment status with masked / invalid numbers
NEG.push((g, d) => {
  d.t(`Payment status for order ${g.ref('ORD')}\nCard on file: ${g.maskedCard()}\nAttempted card ${g.badCard()} — rejected (checksum)\nRefund to ${g.badIban(g.pick(['DE', 'FR', 'NL', 'ES']))} failed: invalid IBAN.\n`);
  d.t(`Tracking: 1Z${g.hash(6).toUpperCase()}${g.dg(10)}\nAuth code ${g.hash(6).toUpperCase()}, RRN ${g.dg(12)}, terminal ${g.dg(8)}.\nCustomer phone on file: ${g.maskedPhone()}, SSN on file: ${g.maskedSsn()}`);
});

// N5 gym timetable with eponymous terms
NEG.push((g, d) => {
  d.t(`CLASS TIMETABLE (week ${g.int(1, 52)})\n`);
  const cls = ['Pilates Reformer', 'Zumba Gold', "Parkinson's-friendly boxing", 'Tommy John rehab group', 'Heimlich & first-aid refresher', 'Spin 45', 'Bodypump', 'Tabata', 'Aqua aerobics', 'Kettlebell basics', 'Hatha yoga'];
  for (let i = 0; i < g.int(4, 7); i++) d.t(`${g.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])} ${pad(g.int(6, 20))}:${g.pick(['00', '15', '30'])}  ${g.pick(cls)}  Studio ${g.int(1, 4)}  (${g.int(8, 30)} spots)\n`);
  d.t('Bring a towel. Will the 6am spin class return? Hope so — vote in the app!');
});

// N6 finance note
NEG.push((g, d) => {
  d.t(`Treasurer's note — invoice ${g.ref('INV')} dated ${g.date(g.recent(), 'US')}\nPayee EIN ${g.ein()}, ABA routing ${g.dg(9)}, account ending ${g.dg(4)}.\nSarbanes-Oxley does not apply to us, but Title IX compliance training is due ${g.date(g.recent(), 'US')}.\n`);
  d.t(`Case #${g.dg(7)} with the state athletics commission is closed. Sales tax permit ${g.dg(3)}-${g.dg(6)}-${g.dg(3)}. Totals: ${g.money()} / ${g.money()}.`);
});

// N7 venue directions
NEG.push((g, d) => {
  d.t(`Getting here: take the ${g.pick(['Victoria', 'Jubilee', 'Elizabeth'])} line to ${g.pick(['Stratford', 'Wembley Park', 'Green Park'])}, exit towards the Nelson Mandela statue and follow the purple signs.\n`);
  d.t(`Registration is in Room ${g.int(100, 420)}, Level ${g.int(1, 4)}, opposite the Florence Nightingale Wing. Cloakroom at Gate ${g.pick(['A', 'B', 'C', 'D'])}.\nParking: Lot ${g.int(1, 9)} (permit ${g.hash(5).toUpperCase()}). Wi-Fi: guest / ${g.hash(8)}`);
});

// N8 postponement: storms, pets, ships
NEG.push((g, d) => {
  d.t(`⚠️ ${g.pick(['Storm Ciarán', 'Hurricane Milton', 'Storm Babet', 'Typhoon Lan'])} update: the ${g.pick(EVENT_NAMES)} is postponed to ${g.date(g.recent(), 'GB')}. Tickets remain valid.\n`);
  d.t(`The dog show (winner last year: a beagle called ${g.pick(['Duke', 'Biscuit', 'Rosie', 'Murphy'])}) moves indoors. The harbour cruise on the ${g.pick(['Queen Mary 2', 'MV Lady Grace', 'Sir Walter Scott'])} is cancelled.\nRef ${g.ref('EVT')}.`);
});

// N9 awards watch party
NEG.push((g, d) => {
  d.t(`Watch party! ${g.pick(["Ballon d'Or ceremony", 'Heisman Trophy presentation', 'Stanley Cup final', 'Davis Cup tie', 'Vince Lombardi Trophy game'])} on the big screen, ${g.date(g.recent(), 'US')} at ${g.int(6, 9)}pm.\n`);
  d.t(`Wings ${g.money()} per dozen, ${g.pick(['Heineken', 'Guinness', 'Stella Artois', 'Corona'])} on tap. Table codes ${g.dg(4)}-${g.dg(4)}. Wi-Fi router firmware ${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 20)}.${g.int(1, 99)} — please don't reset it.`);
});

// N10 safeguarding and laws
NEG.push((g, d) => {
  d.t(`Volunteer policy ${g.version()}\nAll coaches need a DBS/Megan's Law check before ${g.date(g.recent(), 'GB')}. Venues above 800 capacity must meet Martyn's Law standard tier duties.\n`);
  d.t(`Concussion protocol follows Lystedt Law guidance. Incident forms go to the safeguarding lead, not to the front desk. Policy hash ${g.hash(16)}.`);
});

// N11 German club news, no names
NEG.push((g, d) => {
  d.t(`Vereinsnachrichten ${pad(g.int(1, 12))}/${g.int(2025, 2026)}\nDie Hallenbelegung im Winter ändert sich: Montag Jahnsporthalle, Mittwoch Sportplatz an der Goethestraße. `);
  d.t(`Das Pokalspiel im Fritz-Walter-Stadion ist ausverkauft (Ticket-Nr. ${g.dg(10)}). Mitgliedsbeiträge werden am ${g.date(g.recent(), 'DE')} eingezogen. Gläubiger-ID DE${g.dg(2)}ZZZ${g.dg(11)}.`);
});

// N12 Spanish / Japanese ticket notices
NEG.push((g, d) => {
  if (g.chance(0.5)) {
    d.t(`Aviso: la final de la Copa del Rey en el Estadio Santiago Bernabéu se jugará el ${g.date(g.recent(), 'ES')}. Localizador ${g.hash(6).toUpperCase()}, puerta ${g.int(1, 60)}, fila ${g.int(1, 30)}. Sorteo nº ${g.dg(5)}.`);
  } else {
    d.t(`【お知らせ】${g.date(g.recent(), 'JP')}開催の公演は、台風の影響により中止となりました。チケット番号 ${g.dg(12)}、整理番号 ${g.int(1, 900)}。払い戻しはアプリ（${g.version()}）から。`);
  }
});
NEG.push((g, d) => {
  d.t(`Roster template — Guy ropes & tent pegs checklist for the Summer Camp:\n- ${g.int(4, 12)} tents (model Hope 2P)\n- ${g.int(2, 6)} first-aid kits, lot ${g.hash(8).toUpperCase()}\n- Will-call tickets at the May Street kiosk\nSerial numbers: ${g.badCard()}, 9${g.dg(14)}. Last inventory ${g.stamp()}.`);
});

// ---------------------------------------------------------------------------------------------------

/** Templates that carry the rarer structured types (cards, SSNs, IPs); drawn a little more often. */
const RARE: readonly Tpl[] = [6, 7, 8, 11, 21, 27, 28, 31, 32, 41, 46, 47, 56, 57, 61, 64, 65, 66, 67, 68, 69, 70].map((n) => T[n - 1]).filter((t): t is Tpl => t !== undefined);

/** Number of distinct templates (labelled + negative). */
export const INDEPENDENT42_TEMPLATE_COUNT = (): number => T.length + NEG.length;

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent42Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent42Entry[] {
  const seed = opts.seed ?? INDEPENDENT42_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT42_MIN_INSTANCES;
  const r = new Rng(seed);
  const g = new G(r);
  const out: Independent42Entry[] = [];
  let total = 0;
  while (total < min) {
    const neg = r.chance(0.1);
    const d = new Doc(r.chance(0.22));
    g.cc = 'US';
    (neg ? r.pick(NEG) : r.chance(0.22) ? r.pick(RARE) : r.pick(T))(g, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
