/**
 * @module privacy/pii-corpus-independent-39 — blind labelled PII corpus #39 (education and public services).
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, the other corpora or their templates, the docs, the benchmarks or
 * the git history, and never ran the detector on this text. Every name, address, template and value here
 * was invented for this file.
 *
 * Seeds: 390001, 390002, 390003 ({@link INDEPENDENT39_SEEDS}). Each seed yields whole documents until at
 * least `minInstances` labels (default 2,400) exist, deterministically.
 *
 * Contents: school and university admissions and enrolment records, transcripts, parent–teacher messages,
 * student-support chats, scholarship and financial-aid forms, library and council services, benefits and
 * housing applications, voter and permit registrations, citizen-service chatbot sessions, caseworker notes,
 * logs and exports, in English (US, UK, IE, CA, AU, IN, NG, KE, ZA), German, French, Spanish (ES, MX),
 * Portuguese (BR), Italian, Dutch, Polish, Swedish, Turkish, Japanese and Korean, with names from 30+
 * cultures. About one document in ten is a hard negative (no PII, but eponymous brands, places, schools,
 * awards, laws and diseases, case/order/tracking numbers, hashes, versions, timestamps, Luhn-invalid card-like
 * numbers, invalid IBANs, EINs, routing numbers, other countries' ids and non-birth dates); such distractors
 * also appear inside the labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards and @handles are not; nor a name inside an e-mail.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The three seeds of this split. */
export const INDEPENDENT39_SEEDS = [390001, 390002, 390003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT39_MIN_INSTANCES = 2400;

/** A label that also carries its exact text. */
export type Independent39Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent39Entry = PiiCorpusEntry & { readonly labels: readonly Independent39Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent39Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value === '' || value.trim() !== value) throw new Error(`bad span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  me(name: string): this {
    this.l('PERSON', name);
    if (!this.known.includes(name)) this.known.push(name);
    return this;
  }
}

// ───────────────────────────── names ─────────────────────────────

interface Culture {
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
}

const C: Readonly<Record<string, Culture>> = {
  us: {
    f: ['Rose', 'Hope', 'May', 'Faith', 'Madison', 'Brianna', 'Kayla', 'Joy', 'Dawn', 'Summer', 'Tiffany'],
    m: ['Will', 'Bill', 'Grant', 'Guy', 'Mark', 'Chase', 'Hunter', 'Tyler', 'Miles', 'Dwayne', 'Royce'],
    s: ['Baker', 'Young', 'King', 'Brooks', 'Hill', 'Price', 'Long', 'Rich', 'Moody', 'Church', 'Little', 'Bishop', 'Hollis'],
  },
  uk: {
    f: ['Poppy', 'Imogen', 'Harriet', 'Ruby', 'Gemma', 'Beatrice', 'Pippa'],
    m: ['Alfie', 'Rupert', 'Callum', 'Nigel', 'Barnaby', 'Reggie', 'Crispin'],
    s: ['Thornton', 'Ashworth', 'Pemberton', 'Whitmore', 'Hargreaves', 'Lockwood', 'Fairclough', 'Bellamy', 'Cartwright', 'Pickering'],
  },
  ie: {
    f: ['Aoife', 'Niamh', 'Saoirse', 'Siobhan', 'Caoimhe', 'Orla'],
    m: ['Cian', 'Oisín', 'Darragh', 'Pádraig', 'Ronan', 'Eoin'],
    s: ["O'Brien", 'McCarthy', 'Ó Súilleabháin', 'Fitzgerald', 'Byrne', 'Keane', 'Doyle', 'Brennan', "O'Donoghue"],
  },
  sc: {
    f: ['Isla', 'Eilidh', 'Morag', 'Kirsty'],
    m: ['Hamish', 'Angus', 'Euan', 'Fraser'],
    s: ['MacLeod', 'Campbell', 'Sutherland', 'Drummond', 'Lennox', 'Munro'],
  },
  de: {
    f: ['Lena', 'Annika', 'Friederike', 'Jana', 'Mareike', 'Ute'],
    m: ['Jörg', 'Lukas', 'Matthias', 'Björn', 'Till', 'Henrik'],
    s: ['Müller', 'Schröder', 'Weißmann', 'Krüger', 'Hoffmann', 'Becker', 'Vogel', 'Zimmermann', 'von Arnim', 'Brandt', 'Fuchs'],
  },
  fr: {
    f: ['Élodie', 'Margaux', 'Chloé', 'Anaïs', 'Solène', 'Océane'],
    m: ['Théo', 'Jérôme', 'Baptiste', 'Mathis', 'Loïc', 'Rémi'],
    s: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Rousseau', 'Mercier', 'Fontaine', 'Lambert', 'Chevalier', 'de la Roche', 'Faure'],
  },
  es: {
    f: ['María José', 'Lucía', 'Ainhoa', 'Nerea', 'Rocío', 'Inmaculada'],
    m: ['Javier', 'Íñigo', 'Álvaro', 'Sergio', 'Jorge', 'Unai'],
    s: ['García Ruiz', 'Fernández', 'López de Haro', 'Martínez', 'Sánchez Vidal', 'Iglesias', 'Navarro', 'Ortega', 'Castillo', 'Domínguez'],
  },
  mx: {
    f: ['Guadalupe', 'Ximena', 'Itzel', 'Marisol', 'Citlali', 'Paloma'],
    m: ['Jesús', 'Emiliano', 'Santiago', 'Aurelio', 'Rodrigo', 'Cuauhtémoc'],
    s: ['Hernández', 'Ramírez', 'Cruz', 'de la Cruz', 'Villanueva', 'Tapia', 'Salgado', 'Ochoa', 'Zavala', 'Morales Pérez'],
  },
  br: {
    f: ['Ana Clara', 'Luana', 'Thaís', 'Conceição', 'Beatriz', 'Jéssica'],
    m: ['João Pedro', 'Thiago', 'Gonçalo', 'Rui', 'Caio', 'Wellington'],
    s: ['Silva', 'dos Santos', 'Oliveira', 'Pereira', 'Carvalho', 'Gonçalves', 'Rocha', 'Azevedo', 'Nascimento', 'Magalhães'],
  },
  it: {
    f: ['Chiara', 'Giulia', 'Francesca', 'Serena', 'Ilaria', 'Benedetta'],
    m: ['Matteo', 'Lorenzo', 'Alessandro', 'Davide', 'Gianluca', 'Fabrizio'],
    s: ['Rossi', 'Esposito', 'Bianchi', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'De Luca', 'Fontana', 'Russo'],
  },
  nl: {
    f: ['Femke', 'Sanne', 'Lotte', 'Anouk', 'Marieke', 'Fleur'],
    m: ['Bram', 'Daan', 'Joost', 'Sven', 'Thijs', 'Wouter'],
    s: ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Jansen', 'van Dijk', 'Mulder', 'de Jong', 'Kuipers'],
  },
  pl: {
    f: ['Agnieszka', 'Katarzyna', 'Zofia', 'Małgorzata', 'Weronika', 'Joanna'],
    m: ['Krzysztof', 'Paweł', 'Wojciech', 'Łukasz', 'Tomasz', 'Jakub'],
    s: ['Kowalski', 'Wiśniewska', 'Nowak', 'Lewandowski', 'Wójcik', 'Kamińska', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Grabowska'],
  },
  se: {
    f: ['Ingrid', 'Astrid', 'Linnea', 'Sigrid', 'Maja', 'Elin'],
    m: ['Anders', 'Nils', 'Oskar', 'Gustav', 'Leif', 'Håkan'],
    s: ['Lindqvist', 'Bergström', 'Johansson', 'Sjöberg', 'Nyström', 'Åberg', 'Holm', 'Dahl', 'Eriksen', 'Solberg'],
  },
  fi: { f: ['Aino', 'Kaisa', 'Tuuli', 'Satu'], m: ['Juhani', 'Eero', 'Ville', 'Tapio'], s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine'] },
  gr: {
    f: ['Eleni', 'Dimitra', 'Konstantina', 'Athina'],
    m: ['Giorgos', 'Nikos', 'Stavros', 'Panagiotis'],
    s: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Christodoulou', 'Papadaki', 'Vlachos'],
  },
  tr: {
    f: ['Elif', 'Zeynep', 'Ayşe', 'Büşra', 'Gülşen', 'Merve'],
    m: ['Mehmet', 'Emre', 'Oğuz', 'Burak', 'Kaan', 'Yusuf'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç'],
  },
  ar: {
    f: ['Fatima', 'Layla', 'Noor', 'Amira', 'Mariam', 'Rania'],
    m: ['Said', 'Omar', 'Khalid', 'Youssef', 'Tariq', 'Hamza'],
    s: ['Al-Farsi', 'Haddad', 'El-Amin', 'Mansour', 'Nasser', 'Al-Rashid', 'Khoury', 'Saleh', 'Abdullah', 'Bakr'],
  },
  fa: { f: ['Shirin', 'Parisa', 'Niloufar', 'Yasaman'], m: ['Dariush', 'Kourosh', 'Arash', 'Behnam'], s: ['Rostami', 'Farahani', 'Karimi', 'Tehrani', 'Hosseini', 'Moradi'] },
  hi: {
    f: ['Priya', 'Ananya', 'Kavya', 'Deepika', 'Pooja', 'Sunita'],
    m: ['Arjun', 'Rohan', 'Vikram', 'Aditya', 'Rahul', 'Sanjay'],
    s: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Chatterjee', 'Nair', 'Deshpande', 'Kulkarni', 'Banerjee', 'Mehta', 'Verma'],
  },
  ta: {
    f: ['Lakshmi', 'Meenakshi', 'Divya', 'Kalaivani'],
    m: ['Karthik', 'Senthil', 'Murugan', 'Prakash'],
    s: ['Subramanian', 'Raman', 'Krishnan', 'Venkatesan', 'Sundaram', 'Pillai'],
  },
  zh: {
    f: ['Xiuying', 'Mei', 'Li Na', 'Yuxin', 'Jing', 'Xiaoling'],
    m: ['Wei', 'Hao', 'Zhiwei', 'Jun', 'Yicheng', 'Bo'],
    s: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu'],
  },
  ja: {
    f: ['Yui', 'Sakura', 'Haruka', 'Aoi', 'Misaki', 'Yuna'],
    m: ['Haruto', 'Ren', 'Sota', 'Kaito', 'Daiki', 'Takumi'],
    s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida'],
  },
  ko: {
    f: ['Seo-yeon', 'Ji-woo', 'Min-seo', 'Ha-eun', 'Su-bin', 'Ye-jin'],
    m: ['Min-jun', 'Ji-ho', 'Do-yun', 'Hyun-woo', 'Seung-hoon', 'Jae-won'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  },
  vi: { f: ['Linh', 'Thu Trang', 'Ngọc Anh', 'Mai'], m: ['Minh', 'Quang', 'Đức', 'Tuấn'], s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'] },
  ph: { f: ['Maricel', 'Rowena', 'Jocelyn', 'Analyn'], m: ['Jomar', 'Rodel', 'Efren', 'Arnel'], s: ['dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Mendoza', 'Manalo', 'Dimaculangan'] },
  ng: {
    f: ['Adaeze', 'Chiamaka', 'Folake', 'Ngozi', 'Titilayo', 'Blessing'],
    m: ['Chukwuemeka', 'Oluwaseun', 'Babatunde', 'Ifeanyi', 'Tunde', 'Godwin'],
    s: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Ogunleye', 'Okonkwo', 'Adebayo', 'Chukwu', 'Obi'],
  },
  ke: { f: ['Wanjiru', 'Achieng', 'Njeri', 'Zawadi'], m: ['Kamau', 'Otieno', 'Baraka', 'Kiprop'], s: ['Mwangi', 'Odhiambo', 'Wanjala', 'Kariuki', 'Chebet', 'Mutua'] },
  za: { f: ['Thandiwe', 'Nomvula', 'Lerato', 'Zanele'], m: ['Sipho', 'Thabo', 'Bongani', 'Mandla'], s: ['Dlamini', 'Nkosi', 'Mokoena', 'van Wyk', 'Botha', 'Naidoo'] },
  ru: {
    f: ['Olga', 'Anastasia', 'Yekaterina', 'Oksana', 'Svitlana', 'Daria'],
    m: ['Dmitri', 'Sergei', 'Alexei', 'Taras', 'Bohdan', 'Mykola'],
    s: ['Ivanova', 'Petrov', 'Smirnova', 'Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Volkov'],
  },
  he: { f: ['Noa', 'Tamar', 'Yael', 'Shira'], m: ['Yonatan', 'Eitan', 'Avi', 'Itai'], s: ['Cohen', 'Levi', 'Mizrahi', 'Friedman', 'Ben-David', 'Peretz'] },
  hu: { f: ['Eszter', 'Zsófia', 'Réka', 'Boglárka'], m: ['Bence', 'Levente', 'Gábor', 'Ákos'], s: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga'] },
  cz: { f: ['Tereza', 'Lucie', 'Kateřina'], m: ['Jiří', 'Ondřej', 'Vojtěch'], s: ['Novák', 'Dvořák', 'Černý', 'Procházka', 'Svoboda'] },
};

/** Cultures whose names each locale draws on. */
const LOC_CULTURES: Readonly<Record<string, readonly string[]>> = {
  US: ['us', 'us', 'us', 'mx', 'zh', 'hi', 'ko', 'vi', 'ph', 'ng', 'ar', 'ie', 'it', 'pl', 'he', 'ru', 'fa'],
  UK: ['uk', 'uk', 'sc', 'ie', 'hi', 'ar', 'ng', 'pl', 'gr', 'zh'],
  IE: ['ie', 'ie', 'pl', 'br'],
  CA: ['us', 'fr', 'zh', 'hi', 'ph', 'sc', 'ko', 'fa'],
  AU: ['uk', 'us', 'zh', 'gr', 'vi', 'it', 'hi'],
  IN: ['hi', 'hi', 'ta'],
  NG: ['ng'],
  KE: ['ke'],
  ZA: ['za', 'za', 'hi'],
  DE: ['de', 'de', 'tr', 'pl', 'ru', 'ar', 'gr', 'it'],
  FR: ['fr', 'fr', 'ar', 'vi', 'pl'],
  ES: ['es', 'es', 'ar'],
  MX: ['mx'],
  BR: ['br', 'br', 'ja', 'it'],
  IT: ['it'],
  NL: ['nl', 'nl', 'tr', 'ar'],
  PL: ['pl'],
  SE: ['se', 'se', 'fi', 'fa', 'ar'],
  TR: ['tr'],
  JP: ['ja'],
  KR: ['ko'],
  INTL: Object.keys(C),
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly fem: boolean;
}

function person(r: Rng, loc: string, fixedSurname?: string, female?: boolean): Person {
  const c = C[r.pick(LOC_CULTURES[loc] ?? Object.keys(C))] ?? (C.us as Culture);
  const fem = female ?? r.chance(0.5);
  return { g: r.pick(fem ? c.f : c.m), s: fixedSurname ?? r.pick(c.s), fem };
}

function full(p: Person): string {
  return `${p.g} ${p.s}`;
}

/** A varied way of writing a person's name (always one contiguous name). */
function nm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.52) return full(p);
  if (x < 0.6) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.65) return `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`;
  if (x < 0.72) return `${p.s}, ${p.g}`;
  if (x < 0.77) return full(p).toUpperCase();
  if (x < 0.82) return full(p).toLowerCase();
  if (x < 0.92) return p.g;
  return p.s;
}

const HON: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  en: [['Ms. ', 'Mrs. ', 'Miss ', 'Dr. ', 'Ms '], ['Mr. ', 'Mr ', 'Dr. ']],
  de: [['Frau ', 'Frau Dr. '], ['Herr ', 'Herrn ']],
  fr: [['Mme ', 'Madame '], ['M. ', 'Monsieur ']],
  es: [['Sra. ', 'Dña. '], ['Sr. ', 'D. ']],
  pt: [['Sra. ', 'Dra. '], ['Sr. ', 'Dr. ']],
  it: [['Sig.ra ', 'Dott.ssa '], ['Sig. ', 'Dott. ']],
  nl: [['mevr. ', 'mevrouw '], ['dhr. ', 'meneer ']],
  pl: [['Pani ', 'Pani '], ['Pan ', 'Pan ']],
  sv: [['', ''], ['', '']],
  tr: [['', ''], ['', '']],
};

function hon(r: Rng, p: Person, lang: string): string {
  const h = HON[lang] ?? HON.en;
  return h ? r.pick(p.fem ? h[0] : h[1]) : '';
}

const JA_FAM = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '森'];
const JA_GIV = ['陽翔', '結衣', '蓮', '葵', '大和', 'さくら', '悠真', '美咲', '翔太', '花子', '健一', '真由美'];
const KO_FAM = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'];
const KO_GIV = ['민준', '서연', '지호', '수아', '우진', '하은', '현우', '지민', '서준', '다은', '영희', '성민'];

function jaName(r: Rng, fam?: string): string {
  return `${fam ?? r.pick(JA_FAM)}${r.chance(0.5) ? ' ' : ''}${r.pick(JA_GIV)}`;
}
function koName(r: Rng, fam?: string): string {
  return `${fam ?? r.pick(KO_FAM)}${r.pick(KO_GIV)}`;
}

// ───────────────────────────── contact values ─────────────────────────────

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ıİ]/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  UK: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'outlook.com'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  ES: ['hotmail.es', 'gmail.com', 'yahoo.es', 'telefonica.net'],
  MX: ['hotmail.com', 'gmail.com', 'prodigy.net.mx'],
  BR: ['uol.com.br', 'gmail.com', 'bol.com.br', 'terra.com.br'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'],
  SE: ['telia.com', 'gmail.com', 'hotmail.se'],
  JP: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp'],
  KR: ['naver.com', 'daum.net', 'kakao.com', 'gmail.com'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  TR: ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
};

function email(r: Rng, p: Person | null, loc: string): string {
  const dom = r.pick(MAIL_DOMAINS[loc] ?? ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me']);
  if (!p) return `${r.pick(['sunflower', 'blue.heron', 'kiwi', 'nightowl', 'mapleleaf', 'pixel', 'tigerlily'])}${r.int(2, 999)}@${dom}`;
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'mail';
  const x = r.int(0, 5);
  const local = [`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}${r.int(70, 99)}`, `${g}_${s}`, `${g}${r.int(1, 2024)}`, `${s}.${g.charAt(0)}`][x] ?? g;
  return `${local}@${dom}`;
}

function roleEmail(r: Rng, dom: string): string {
  return `${r.pick(['admissions', 'finaid', 'registrar', 'support', 'info', 'library', 'enrol', 'studentservices', 'helpdesk', 'office'])}@${dom}`;
}

const UNI = [
  ['Northgate State University', 'ngsu.edu'],
  ['Lakeshore Community College', 'lakeshorecc.edu'],
  ['University of Westmere', 'westmere.ac.uk'],
  ['Carrow Valley College', 'carrowvalley.ac.uk'],
  ['Bellbrook Institute of Technology', 'bit.edu'],
  ['Eastfield University', 'eastfield.edu.au'],
  ['Pinecrest Academy', 'pinecrest-academy.org'],
  ['Riverside Unified School District', 'rusd.k12.us'],
] as const;

function d2(n: number): string {
  return String(n).padStart(2, '0');
}

function phone(r: Rng, loc: string): string {
  const D = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (loc) {
    case 'US':
    case 'CA': {
      const a = `${nz()}${D(2)}`;
      const e = `${nz()}${D(2)}`;
      const s = D(4);
      return r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}.${e}.${s}`, `1-${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`]);
    }
    case 'UK':
      return r.pick([`07${D(3)} ${D(6)}`, `+44 7${D(3)} ${D(6)}`, `020 7${D(3)} ${D(4)}`, `0113 ${D(3)} ${D(4)}`, `+44 (0)161 ${D(3)} ${D(4)}`]);
    case 'IE':
      return r.pick([`08${r.int(3, 9)} ${D(3)} ${D(4)}`, `+353 8${r.int(3, 9)} ${D(3)} ${D(4)}`, `(01) ${D(3)} ${D(4)}`]);
    case 'AU':
      return r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `(02) ${D(4)} ${D(4)}`, `(03) ${D(4)} ${D(4)}`]);
    case 'IN':
      return r.pick([`+91 9${D(4)} ${D(5)}`, `9${D(9)}`, `+91-8${D(9)}`, `080-${D(8)}`]);
    case 'NG':
      return r.pick([`+234 80${r.int(2, 9)} ${D(3)} ${D(4)}`, `080${r.int(2, 9)} ${D(3)} ${D(4)}`, `0703${D(7)}`]);
    case 'KE':
      return r.pick([`+254 7${D(2)} ${D(3)} ${D(3)}`, `07${D(2)} ${D(6)}`, `0722-${D(6)}`]);
    case 'ZA':
      return r.pick([`+27 82 ${D(3)} ${D(4)}`, `083 ${D(3)} ${D(4)}`, `(021) ${D(3)} ${D(4)}`]);
    case 'DE':
      return r.pick([`+49 30 ${D(8)}`, `0151 ${D(8)}`, `0176 ${D(4)} ${D(4)}`, `089 / ${D(6)}`, `+49 (0)221 ${D(7)}`]);
    case 'FR':
      return r.pick([`06 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `+33 6 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `07.${D(2)}.${D(2)}.${D(2)}.${D(2)}`, `01 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`]);
    case 'ES':
      return r.pick([`+34 6${D(2)} ${D(3)} ${D(3)}`, `6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'MX':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `55 ${D(4)} ${D(4)}`, `(33) ${D(4)}-${D(4)}`, `+52 1 81 ${D(4)} ${D(4)}`]);
    case 'BR':
      return r.pick([`(11) 9${D(4)}-${D(4)}`, `+55 21 9${D(4)}-${D(4)}`, `(31) 3${D(3)}-${D(4)}`, `+55 (51) 9${D(4)}-${D(4)}`]);
    case 'IT':
      return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `02 ${D(4)} ${D(4)}`, `06-${D(8)}`]);
    case 'NL':
      return r.pick([`06-${D(8)}`, `+31 6 ${D(8)}`, `020 ${D(3)} ${D(4)}`, `+31 (0)30 ${D(3)} ${D(4)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)}-${D(3)}-${D(3)}`, `22 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'SE':
      return r.pick([`070-${D(3)} ${D(2)} ${D(2)}`, `+46 70 ${D(3)} ${D(2)} ${D(2)}`, `08-${D(3)} ${D(2)} ${D(2)}`]);
    case 'TR':
      return r.pick([`+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `0 (5${D(2)}) ${D(3)} ${D(2)} ${D(2)}`, `05${D(2)} ${D(3)} ${D(4)}`]);
    case 'JP':
      return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 90-${D(4)}-${D(4)}`, `06-${D(4)}-${D(4)}`]);
    case 'KR':
      return r.pick([`010-${D(4)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `010 ${D(4)} ${D(4)}`]);
    default:
      return `+${r.pick(['44', '49', '33', '61'])} ${D(3)} ${D(3)} ${D(4)}`;
  }
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A US/UK number read aloud digit by digit, in groups. */
function spokenPhone(r: Rng, loc: 'US' | 'UK'): string {
  const groups = loc === 'US' ? [3, 3, 4] : [5, 6];
  const parts: string[] = [];
  for (const [gi, n] of groups.entries()) {
    const ds = loc === 'UK' && gi === 0 ? `07${r.digits(n - 2)}` : gi === 0 ? `${r.int(2, 9)}${r.digits(n - 1)}` : r.digits(n);
    parts.push([...ds].map((c) => (c === '0' && loc === 'UK' ? 'oh' : (ONES[Number(c)] ?? 'zero'))).join(' '));
  }
  return parts.join(r.pick([', ', ' ... ', ' — ']));
}

function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'sam';
  const s = ascii(p.s) || 'lee';
  const dom = r.pick(['gmail', 'yahoo', 'hotmail', 'outlook']);
  return r.pick([`${g} dot ${s} at ${dom} dot com`, `${g.charAt(0)} ${s} at ${dom} dot com`, `${s} ${g} at ${dom} dot com`]);
}

// ───────────────────────────── addresses ─────────────────────────────

const UPPER = 'ABCDEFGHJKLMNPRSTUVWXY';
function L(r: Rng): string {
  return UPPER.charAt(r.int(0, UPPER.length - 1));
}

/** Address lines for a locale and the separator used when written on one line. */
function addressLines(r: Rng, loc: string): { lines: string[]; sep: string } {
  const n = (lo: number, hi: number): number => r.int(lo, hi);
  switch (loc) {
    case 'US': {
      const [city, st, zp] = r.pick([
        ['Dayton', 'OH', '454'], ['Tacoma', 'WA', '984'], ['Macon', 'GA', '312'], ['Lubbock', 'TX', '794'], ['Eugene', 'OR', '974'],
        ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Fresno', 'CA', '937'], ['Des Moines', 'IA', '503'], ['Knoxville', 'TN', '379'],
        ['Providence', 'RI', '029'], ['Tucson', 'AZ', '857'], ['Springfield', 'MO', '658'], ['Ann Arbor', 'MI', '481'],
      ] as const);
      const lines: string[] = [];
      if (r.chance(0.1)) lines.push(`PO Box ${n(100, 9899)}`);
      else {
        const street = `${n(12, 9899)} ${r.pick(['', '', 'N ', 'W ', 'SE '])}${r.pick(['Maple', 'Oak Hollow', 'Cedar Ridge', 'Willow', 'Juniper', 'Magnolia', 'Sycamore', 'Prairie View', 'Hickory', 'Laurel', 'Birch Creek', 'Martin Luther King Jr', 'Lincoln', 'Aspen'])} ${r.pick(['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Street', 'Avenue', 'Drive'])}`;
        if (r.chance(0.3)) lines.push(street, r.pick([`Apt ${n(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${n(100, 420)}`, `#${n(2, 30)}`]));
        else lines.push(street);
      }
      lines.push(`${city}, ${st} ${zp}${d2(n(1, 99))}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`);
      return { lines, sep: ', ' };
    }
    case 'CA': {
      const [city, pv, fl] = r.pick([['Toronto', 'ON', 'M'], ['Ottawa', 'ON', 'K'], ['Vancouver', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Winnipeg', 'MB', 'R'], ['Halifax', 'NS', 'B'], ['Montréal', 'QC', 'H']] as const);
      const lines = [`${r.chance(0.3) ? `${n(101, 2405)}-` : ''}${n(5, 980)} ${r.pick(['Queen St W', 'Bathurst St', 'Rue Saint-Denis', 'Jasper Ave', 'Portage Ave', 'Spring Garden Rd', 'Kingsway', 'Elgin St'])}`];
      lines.push(`${city}, ${pv} ${fl}${n(1, 9)}${L(r)} ${n(0, 9)}${L(r)}${n(0, 9)}`);
      return { lines, sep: ', ' };
    }
    case 'UK': {
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'], ['Leicester', 'LE3'], ['York', 'YO10'], ['Brighton', 'BN1'], ['Sheffield', 'S10'], ['Exeter', 'EX4'], ['Belfast', 'BT9'], ['Manchester', 'M14']] as const);
      const lines: string[] = [];
      const st = `${n(1, 240)} ${r.pick(['Alder Close', 'Orchard Way', 'Mill Lane', 'Victoria Road', 'Station Road', 'Kingsway', 'Highfield Avenue', 'Church Street', 'Moorland Drive', 'Beech Grove', 'Rosemary Gardens', 'Canal Walk', 'Gladstone Terrace'])}`;
      if (r.chance(0.25)) lines.push(`Flat ${n(1, 12)}${r.pick(['', 'A'])}, ${st}`);
      else if (r.chance(0.15)) lines.push(r.pick(['Ivy Cottage', 'The Old Forge', 'Rowan House', '2 Mill Cottages']), st);
      else lines.push(st);
      if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Bishopston', 'Roath', 'Hillhead', 'Heavitree', 'Fallowfield']));
      const pc = `${out} ${n(1, 9)}${L(r)}${L(r)}`;
      if (r.chance(0.5)) lines.push(r.chance(0.4) ? town.toUpperCase() : town, pc);
      else lines.push(`${town} ${pc}`);
      return { lines, sep: ', ' };
    }
    case 'IE': {
      const [city, key] = r.pick([['Dublin 4', 'D04'], ['Dublin 6', 'D06'], ['Co. Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'], ['Co. Kildare', 'W23']] as const);
      const lines = [`${n(1, 88)} ${r.pick(['Seaview Terrace', 'Willow Park', 'Church Road', 'Abbey Court', 'Hazel Grove', 'Main Street', 'Ard na Gréine'])}`];
      if (r.chance(0.5)) lines.push(r.pick(['Sandymount', 'Ballincollig', 'Salthill', 'Castletroy', 'Rathmines', 'Maynooth']));
      lines.push(city, `${key} ${L(r)}${n(1, 9)}${L(r)}${n(1, 9)}`);
      return { lines, sep: ', ' };
    }
    case 'AU': {
      const [sub, stt, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Fremantle', 'WA', '6160'], ['Toowong', 'QLD', '4066'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']] as const);
      const lines = [`${r.chance(0.35) ? `${n(1, 24)}/` : ''}${n(2, 310)} ${r.pick(['Banksia St', 'Wattle Rd', 'Jacaranda Ave', 'Bourke St', 'Ocean View Cres', 'Kookaburra Pde'])}`];
      lines.push(`${r.chance(0.5) ? sub.toUpperCase() : sub} ${stt} ${pc}`);
      return { lines, sep: ', ' };
    }
    case 'IN': {
      const [area, city, pin] = r.pick([['Indiranagar', 'Bengaluru', '5600'], ['Andheri West', 'Mumbai', '4000'], ['Salt Lake', 'Kolkata', '7000'], ['Anna Nagar', 'Chennai', '6000'], ['Kothrud', 'Pune', '4110'], ['Gachibowli', 'Hyderabad', '5000']] as const);
      const lines = [`${r.pick(['Flat', 'H.No.', 'Flat No.'])} ${n(1, 9)}0${n(1, 9)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Niwas', 'Lakeview Towers', 'Gokul Heights'])}`];
      lines.push(r.pick(['14th Cross Road', 'MG Road', 'Link Road', '2nd Main', 'Station Road']), `${area}, ${city} - ${pin}${d2(n(1, 99))}`);
      return { lines, sep: ', ' };
    }
    case 'NG': {
      const [area, city] = r.pick([['Victoria Island', 'Lagos'], ['Ikeja', 'Lagos'], ['Surulere', 'Lagos'], ['Wuse 2', 'Abuja'], ['Bodija', 'Ibadan'], ['GRA', 'Enugu']] as const);
      return { lines: [`${n(1, 120)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Bode Thomas Street', 'Aminu Kano Crescent', 'Ogui Road'])}`, area, `${city}${r.chance(0.5) ? `, ${city === 'Abuja' ? 'FCT' : `${city === 'Lagos' ? 'Lagos' : city === 'Ibadan' ? 'Oyo' : 'Enugu'} State`}` : ''}`], sep: ', ' };
    }
    case 'KE': {
      if (r.chance(0.5)) return { lines: [`P.O. Box ${n(100, 79999)}-${r.pick(['00100', '00200', '00505'])}`, 'Nairobi'], sep: ', ' };
      return { lines: [`${r.pick(['House', 'Apt'])} ${n(1, 60)}, ${r.pick(['Ngong Road', 'Argwings Kodhek Road', 'Riverside Drive', 'Oginga Odinga Street'])}`, r.pick(['Kilimani, Nairobi', 'Milimani, Kisumu', 'Nyali, Mombasa'])], sep: ', ' };
    }
    case 'ZA': {
      const [sub, city, pc] = r.pick([['Rondebosch', 'Cape Town', '7700'], ['Sea Point', 'Cape Town', '8005'], ['Sandton', 'Johannesburg', '2196'], ['Hatfield', 'Pretoria', '0083'], ['Musgrave', 'Durban', '4001']] as const);
      return { lines: [`${n(1, 300)} ${r.pick(['Main Road', 'Long Street', 'Voortrekker Road', 'Protea Avenue', 'Kloof Street'])}`, sub, `${city}, ${pc}`], sep: ', ' };
    }
    case 'DE': {
      const [plz, city] = r.pick([['104', 'Berlin'], ['803', 'München'], ['506', 'Köln'], ['041', 'Leipzig'], ['281', 'Bremen'], ['691', 'Heidelberg'], ['481', 'Münster'], ['010', 'Dresden'], ['904', 'Nürnberg'], ['241', 'Kiel']] as const);
      return { lines: [`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Schillerstraße', 'Bahnhofstraße', 'Gartenweg', 'Rosenstraße', 'Hauptstraße', 'Kastanienallee', 'Im Winkel', 'Birkenweg', 'Friedrich-Ebert-Straße', 'Auf der Heide'])} ${n(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${d2(n(0, 99))} ${city}`], sep: ', ' };
    }
    case 'FR': {
      const [cp, city] = r.pick([['69003', 'Lyon'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['67000', 'Strasbourg'], ['35000', 'Rennes'], ['59000', 'Lille'], ['34000', 'Montpellier'], ['33000', 'Bordeaux'], ['75011', 'Paris']] as const);
      const lines: string[] = [];
      if (r.chance(0.2)) lines.push(`Bât. ${L(r)}, appt ${n(1, 80)}`);
      lines.push(`${n(1, 180)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls', 'rue de la République', 'chemin des Vignes', 'allée des Peupliers', 'rue du Moulin', 'quai Saint-Vincent'])}`);
      lines.push(`${cp} ${r.chance(0.4) ? city.toUpperCase() : city}`);
      return { lines, sep: ', ' };
    }
    case 'ES': {
      const [cp, city] = r.pick([['28005', 'Madrid'], ['08012', 'Barcelona'], ['46001', 'Valencia'], ['41003', 'Sevilla'], ['48001', 'Bilbao'], ['50001', 'Zaragoza'], ['29012', 'Málaga'], ['15001', 'A Coruña']] as const);
      return { lines: [`${r.pick(['Calle de Toledo', 'C/ Alcalá', 'Calle de la Luna', 'Avda. de América', 'C/ San Bernardo', 'Paseo de Gracia', 'Calle Mayor'])}, ${n(1, 220)}, ${n(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`, `${cp} ${city}`], sep: ', ' };
    }
    case 'MX': {
      const [city, st] = r.pick([['Ciudad de México', 'CDMX'], ['Guadalajara', 'Jal.'], ['Monterrey', 'N.L.'], ['Puebla', 'Pue.'], ['Mérida', 'Yuc.']] as const);
      return { lines: [`${r.pick(['Calle Hidalgo', 'Av. Insurgentes Sur', 'Calle Morelos', 'Av. Reforma', 'Calle de los Pinos', 'Calle Juárez'])} ${n(10, 2400)}${r.chance(0.3) ? ` Int. ${n(1, 12)}` : ''}`, r.pick(['Col. Roma Norte', 'Col. Del Valle', 'Col. Centro', 'Col. Narvarte', 'Col. Chapultepec']), `C.P. ${r.digits(5)}, ${city}, ${st}`], sep: ', ' };
    }
    case 'BR': {
      const [bairro, city, uf] = r.pick([['Laranjeiras', 'Rio de Janeiro', 'RJ'], ['Consolação', 'São Paulo', 'SP'], ['Savassi', 'Belo Horizonte', 'MG'], ['Boa Viagem', 'Recife', 'PE'], ['Moinhos de Vento', 'Porto Alegre', 'RS'], ['Batel', 'Curitiba', 'PR']] as const);
      const rua = `${r.pick(['Rua das Laranjeiras', 'Rua Augusta', 'Rua XV de Novembro', 'Av. Sete de Setembro', 'Rua dos Andradas', 'Rua da Consolação'])}, ${n(10, 2999)}${r.chance(0.4) ? `, apto ${n(11, 1204)}` : ''}`;
      return { lines: [rua, `${bairro} – ${city}/${uf}`, `CEP ${r.digits(5)}-${r.digits(3)}`], sep: ', ' };
    }
    case 'IT': {
      const [cap, city, pr] = r.pick([['10122', 'Torino', 'TO'], ['20121', 'Milano', 'MI'], ['40126', 'Bologna', 'BO'], ['50123', 'Firenze', 'FI'], ['80134', 'Napoli', 'NA'], ['90133', 'Palermo', 'PA'], ['35122', 'Padova', 'PD']] as const);
      return { lines: [`${r.pick(['Via Garibaldi', 'Via Roma', 'Via dei Mille', 'Corso Cavour', 'Piazza San Francesco', 'Via delle Rose', 'Viale Mazzini'])}, ${n(1, 160)}`, `${cap} ${city} (${pr})`], sep: ', ' };
    }
    case 'NL': {
      const city = r.pick(['Amsterdam', 'Utrecht', 'Groningen', 'Eindhoven', 'Leiden', 'Zwolle', 'Haarlem', 'Tilburg']);
      return { lines: [`${r.pick(['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Molenstraat', 'Lindelaan', 'Oranjestraat', 'Havenkade', 'Schoolstraat'])} ${n(1, 300)}${r.pick(['', '', '-2', ' hs', 'A'])}`, `${n(1011, 9999)} ${L(r)}${L(r)} ${r.chance(0.3) ? city.toUpperCase() : city}`], sep: ', ' };
    }
    case 'PL': {
      const [pc, city] = r.pick([['00', 'Warszawa'], ['30', 'Kraków'], ['50', 'Wrocław'], ['80', 'Gdańsk'], ['60', 'Poznań'], ['90', 'Łódź'], ['20', 'Lublin']] as const);
      return { lines: [`ul. ${r.pick(['Długa', 'Kwiatowa', 'Słoneczna', 'Mickiewicza', 'Lipowa', 'Polna', 'Ogrodowa'])} ${n(1, 120)}${r.chance(0.6) ? `/${n(1, 60)}` : ''}`, `${pc}-${r.digits(3)} ${city}`], sep: ', ' };
    }
    case 'SE': {
      const city = r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå', 'Lund', 'Västerås']);
      const lines = [`${r.pick(['Storgatan', 'Vasagatan', 'Kungsvägen', 'Björkvägen', 'Drottninggatan', 'Skolgatan', 'Ekvägen'])} ${n(1, 90)}${r.chance(0.3) ? `, lgh ${n(1001, 1604)}` : ''}`];
      lines.push(`${n(100, 984)} ${r.digits(2)} ${r.chance(0.4) ? city.toUpperCase() : city}`);
      return { lines, sep: ', ' };
    }
    case 'TR': {
      const [pc, dist, city] = r.pick([['34710', 'Kadıköy', 'İstanbul'], ['06420', 'Çankaya', 'Ankara'], ['35220', 'Konak', 'İzmir'], ['16050', 'Nilüfer', 'Bursa']] as const);
      return { lines: [`${r.pick(['Caferağa', 'Bahçelievler', 'Kızılay', 'Alsancak', 'Yenişehir'])} Mah. ${r.pick(['Güneş', 'Lale', 'Gül', 'Papatya', 'Menekşe'])} Sok. No: ${n(1, 90)} D: ${n(1, 20)}`, `${pc} ${dist}/${city}`], sep: ', ' };
    }
    case 'JP': {
      const [pref, city, town] = r.pick([['東京都', '世田谷区', '北沢'], ['大阪府', '大阪市北区', '梅田'], ['神奈川県', '横浜市港北区', '日吉'], ['京都府', '京都市左京区', '下鴨'], ['北海道', '札幌市中央区', '南三条西'], ['福岡県', '福岡市中央区', '天神'], ['愛知県', '名古屋市千種区', '今池']] as const);
      const lines = [`〒${r.digits(3)}-${r.digits(4)}`, `${pref}${city}${town}${n(1, 5)}丁目${n(1, 30)}-${n(1, 20)}${r.chance(0.4) ? ` ${r.pick(['メゾン北沢', 'コーポ桜', 'グランドハイツ'])}${n(1, 5)}0${n(1, 9)}号室` : ''}`];
      return { lines, sep: ' ' };
    }
    case 'KR': {
      const [si, gu, ro] = r.pick([['서울특별시', '마포구', '월드컵북로'], ['서울특별시', '강남구', '테헤란로'], ['부산광역시', '해운대구', '해운대로'], ['대구광역시', '수성구', '달구벌대로'], ['경기도 성남시', '분당구', '판교역로'], ['인천광역시', '연수구', '컨벤시아대로']] as const);
      return { lines: [`${si} ${gu} ${ro} ${n(1, 400)}${r.chance(0.5) ? `, ${n(101, 112)}동 ${n(1, 25)}0${n(1, 6)}호` : ''}`], sep: ' ' };
    }
    default:
      return addressLines(r, 'UK');
  }
}

/** Writes an address, on one line or several; the label spans the whole address. */
function addr(r: Rng, loc: string, multi = r.chance(0.45), indent = ''): string {
  const { lines, sep } = addressLines(r, loc);
  return multi && lines.length > 1 ? lines.join(`\n${indent}`) : lines.join(sep);
}

// ───────────────────────────── dates ─────────────────────────────

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ymd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};

function mon(lang: string, m: number): string {
  return MONTHS[lang]?.[m - 1] ?? 'January';
}

function ord(d: number): string {
  return `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
}

/** A date written the way the locale writes it. */
function date(r: Rng, loc: string, x: Ymd): string {
  const { y, m, d } = x;
  const dd = d2(d);
  const mm = d2(m);
  switch (loc) {
    case 'US':
      return r.pick([`${mm}/${dd}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${m === 5 ? 'May' : `${mon('en', m).slice(0, 3)}.`} ${d}, ${y}`, `${y}-${mm}-${dd}`]);
    case 'CA':
      return r.pick([`${y}-${mm}-${dd}`, `${mon('en', m)} ${d}, ${y}`, `${dd}/${mm}/${y}`]);
    case 'UK':
    case 'IE':
    case 'AU':
    case 'NG':
    case 'KE':
    case 'ZA':
    case 'IN':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('en', m)} ${y}`, `${ord(d)} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`, loc === 'IN' ? `${dd}-${mm}-${y}` : `${dd}.${mm}.${y}`]);
    case 'DE':
      return r.pick([`${dd}.${mm}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${d}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('es', m)} de ${y}`, `${dd}-${mm}-${y}`]);
    case 'BR':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'IT':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('it', m)} ${y}`, `${dd}.${mm}.${y}`]);
    case 'NL':
      return r.pick([`${dd}-${mm}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'PL':
      return r.pick([`${dd}.${mm}.${y}`, `${d} ${mon('pl', m)} ${y}`, `${d}.${mm}.${y}`]);
    case 'SE':
      return r.pick([`${y}-${mm}-${dd}`, `${d} ${mon('sv', m)} ${y}`]);
    case 'TR':
      return r.pick([`${dd}.${mm}.${y}`, `${d} ${mon('tr', m)} ${y}`, `${dd}/${mm}/${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`]);
    default:
      return `${y}-${mm}-${dd}`;
  }
}

// ───────────────────────────── checksummed values ─────────────────────────────

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}

function groupCard(r: Rng, num: string): string {
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  const sizes = num.length === 15 ? [4, 6, 5] : num.length === 14 ? [4, 6, 4] : num.length === 13 ? [4, 4, 5] : [4, 4, 4, 4, 3];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    if (i >= num.length) break;
    out.push(num.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

/** The digits of a Luhn-valid card of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  const pre = [
    `4${r.digits(2)}`, `4${r.digits(2)}`, `5${r.int(1, 5)}`, `${r.int(2221, 2720)}`, r.pick(['34', '37']),
    '6011', `35${r.int(28, 89)}`, '36', `62${r.digits(2)}`, `4${r.digits(2)}`,
  ][k] ?? '4';
  const len = k === 4 ? 15 : k === 7 ? 14 : k === 9 ? 13 : 16;
  return luhnComplete(pre + r.digits(len - 1 - pre.length));
}

function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}

/** A Luhn-invalid card-like number (unlabelled). */
function badCard(r: Rng): string {
  const v = cardDigits(r);
  const last = (Number(v.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, v.slice(0, -1) + String(last));
}

function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `•••• ${r.digits(4)}`]);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  return rem;
}

function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  let bban = '';
  if (cc === 'GB' || cc === 'IE' || cc === 'NL') bban = `${L(r)}${L(r)}${L(r)}${L(r)}${r.digits(len - 8)}`;
  else bban = r.digits(len - 4);
  const chk = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${d2(chk)}${bban}`;
}

function groupIban(r: Rng, compact: string): string {
  const x = r.next();
  if (x < 0.6) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.9) return compact;
  return compact.replace(/(.{4})(?=.)/g, '$1 ').toLowerCase();
}

function iban(r: Rng, cc: string): string {
  return groupIban(r, ibanCompact(r, cc));
}

/** A checksum-invalid IBAN (unlabelled). */
function badIban(r: Rng, cc: string): string {
  const v = ibanCompact(r, cc);
  const i = v.length - r.int(1, 6);
  const c = v.charAt(i);
  const nc = /\d/.test(c) ? String((Number(c) + r.int(1, 9)) % 10) : c === 'A' ? 'B' : 'A';
  return groupIban(r, v.slice(0, i) + nc + v.slice(i + 1));
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}`;
  const g = d2(r.int(1, 99));
  const z = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.82 ? `${s}-${g}-${z}` : x < 0.9 ? `${s} ${g} ${z}` : `${s}${g}${z}`;
}

/** SSN-shaped but not a valid SSN, or masked (unlabelled). */
function badSsn(r: Rng): string {
  return r.pick([
    `***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `000-${d2(r.int(10, 99))}-${r.int(1000, 9999)}`,
    `666-${d2(r.int(10, 99))}-${r.int(1000, 9999)}`, `9${r.int(10, 99)}-${r.pick(['70', '78', '88', '93'])}-${r.int(1000, 9999)}`,
    `${r.int(100, 599)}-00-${r.int(1000, 9999)}`,
  ]);
}

function ip4(r: Rng): string {
  const a = r.pick([23, 45, 62, 81, 98, 103, 131, 152, 172, 185, 192, 198, 203, 212, 10, 10, 100]);
  if (a === 10) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (a === 192 && r.chance(0.5)) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

function ip6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  return r.pick([
    `2001:db8:${h()}:${h()}::${h()}`,
    `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `fe80::${h()}:${hex(r, 2)}ff:fe${hex(r, 2)}:${h()}`,
    `2600:1700:${h()}::${h()}:${h()}`,
  ]);
}

function ip(r: Rng): string {
  return r.chance(0.75) ? ip4(r) : ip6(r);
}

// ───────────────────────────── distractors ─────────────────────────────

function caseNo(r: Rng): string {
  return r.pick([
    `HB-${r.int(2023, 2025)}-${r.digits(6)}`, `CASE-${r.digits(7)}`, `#${r.digits(8)}`, `REF/${r.int(2023, 2025)}/${r.digits(5)}`,
    `SR-${r.digits(4)}-${L(r)}${L(r)}`, `APP${r.digits(9)}`, `T${r.digits(6)}`,
  ]);
}
function studentId(r: Rng): string {
  return r.pick([`S${r.digits(7)}`, `${r.int(2019, 2025)}${r.digits(5)}`, `U${r.digits(8)}`, `STU-${r.digits(6)}`, `B${r.digits(2)}${L(r)}${r.digits(4)}`]);
}
function tracking(r: Rng): string {
  return r.pick([`1Z${r.digits(3)}${L(r)}${L(r)}${r.digits(10)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `RR${r.digits(9)}GB`, `JJD${r.digits(15)}`]);
}
function sha(r: Rng): string {
  return hex(r, r.pick([12, 40, 64]));
}
function version(r: Rng): string {
  return r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(2, 12)}.${r.int(0, 9)}.${r.int(0, 9)}-rc${r.int(1, 4)}`, `10.0.${r.int(17000, 22631)}.${r.int(1000, 4999)}`, `build ${r.int(2023, 2025)}.${r.int(1, 12)}.${r.int(300, 999)}`]);
}
function ts(r: Rng): string {
  return `${r.int(2023, 2025)}-${d2(r.int(1, 12))}-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z`;
}
function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}
function routing(r: Rng): string {
  return r.pick(['021000021', '011000138', '121000358', '026009593', '071000013', '322271627']);
}
function money(r: Rng, cur = '$'): string {
  return `${cur}${r.int(12, 9800).toLocaleString('en-US')}.${d2(r.int(0, 99))}`;
}
/** Another country's id, never labelled. */
function foreignId(r: Rng, loc: string): string {
  switch (loc) {
    case 'UK':
      return `${L(r)}${L(r)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`;
    case 'CA':
      return `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`;
    case 'IN':
      return `${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)}`;
    case 'BR':
      return `${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`;
    case 'ES':
      return `${r.digits(8)}${L(r)}`;
    case 'IT':
      return `${L(r)}${L(r)}${L(r)}${L(r)}${L(r)}${L(r)}${r.digits(2)}${L(r)}${r.digits(2)}${L(r)}${r.digits(3)}${L(r)}`;
    case 'DE':
      return `${r.int(1, 9)}${r.digits(10)}`;
    case 'FR':
      return `${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`;
    case 'NL':
      return r.digits(9);
    case 'PL':
      return r.digits(11);
    case 'SE':
      return `${r.int(1990, 2020)}${d2(r.int(1, 12))}${d2(r.int(1, 28))}-${r.digits(4)}`;
    case 'TR':
      return `${r.int(1, 9)}${r.digits(10)}`;
    case 'ZA':
      return `${r.pick(['97', '99', '00', '02', '04'])}${d2(r.int(1, 12))}${d2(r.int(1, 28))}${r.digits(7)}`;
    case 'KE':
      return r.digits(8);
    case 'MX':
      return `${L(r)}${L(r)}${L(r)}${L(r)}${r.digits(6)}${r.pick(['H', 'M'])}DF${L(r)}${L(r)}${L(r)}${r.digits(2)}`;
    default:
      return `${L(r)}${r.digits(8)}`;
  }
}

// ───────────────────────────── templates ─────────────────────────────

type Tpl = (r: Rng, d: Doc) => void;

const EN_LOCS = ['US', 'US', 'UK', 'IE', 'CA', 'AU', 'IN', 'NG', 'KE', 'ZA'] as const;
const child = (r: Rng): Ymd => ymd(r, 2008, 2020);
const student = (r: Rng): Ymd => ymd(r, 1996, 2007);
const adult = (r: Rng): Ymd => ymd(r, 1948, 1994);
const soon = (r: Rng): Ymd => ymd(r, 2024, 2026);
const SCHOOLS = ['Lincoln Elementary', 'Roosevelt Middle School', 'St. Brigid’s National School', 'Hope Valley Primary', 'Grant Park High School', 'Kingsford Academy', 'Mary Seacole Primary', 'Oakfield Community School'];
const COURSES = ['Bayesian Statistics', 'Euclidean Geometry', 'Newtonian Mechanics', 'Victorian Literature', 'Keynesian Economics', 'Organic Chemistry II', 'Intro to Python', 'Fourier Analysis', 'Marxist Theory', 'Gothic Architecture'];
const AWARDS = ['Pell Grant', 'Fulbright award', 'Rhodes Scholarship', 'Marshall Scholarship', 'Erasmus+ grant', 'Chevening Scholarship', 'Gates Cambridge bursary'];
const EPONYMS = ['Asperger’s', 'Crohn’s disease', 'Tourette syndrome', 'Down syndrome', 'Hodgkin lymphoma', 'Raynaud’s', 'Parkinson’s'];

function enLoc(r: Rng): string {
  return r.pick(EN_LOCS);
}
function uni(r: Rng): readonly [string, string] {
  return r.pick(UNI);
}
function schoolDom(r: Rng): string {
  return r.pick(['lincoln-elem.org', 'kingsford.sch.uk', 'hopevalley.school', 'gpschools.net', 'oakfield.edu.au', 'stbrigids.ie']);
}
function staffMail(r: Rng, p: Person, dom: string): string {
  return `${ascii(p.g).charAt(0) || 'a'}${r.pick(['.', ''])}${ascii(p.s) || 'staff'}@${dom}`;
}

/** An academic year such as 2025/26. */
function acYear(r: Rng, sep: string): string {
  const y = r.int(2024, 2026);
  return `${y}${sep}${String(y + 1).slice(2)}`;
}

const T: Tpl[] = [];

// 1 — US first-year application record
T.push((r, d) => {
  const [u] = uni(r);
  const p = person(r, 'US');
  const par = person(r, 'US', r.chance(0.7) ? p.s : undefined);
  d.t(`${u} — First-Year Application, Fall ${r.int(2025, 2027)}\nApplication ID: ${caseNo(r)}   Submitted: ${date(r, 'US', soon(r))}\n\n`);
  d.t('Last name: ').l('PERSON', p.s).t('\nFirst name: ').l('PERSON', p.g).t('\nDate of birth: ').l('DOB', date(r, 'US', ymd(r, 2005, 2008)));
  if (r.chance(0.7)) d.t('\nSSN (optional, for aid matching): ').l('NATIONAL_ID', ssn(r));
  else d.t(`\nSSN: ${badSsn(r)} (on file)`);
  d.t('\nPermanent address: ').l('ADDRESS', addr(r, 'US', false));
  d.t('\nCell: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p, 'US'));
  d.t(`\nHigh school: ${r.pick(SCHOOLS)} (CEEB ${r.digits(6)})\nParent/guardian 1: `).l('PERSON', full(par)).t(', ').l('PHONE', phone(r, 'US'));
  d.t(`\nIntended major: ${r.pick(COURSES)} track\nFee waiver: ${r.pick(['yes', 'no'])}\n`);
});

// 2 — financial-aid chatbot session (user's own name)
T.push((r, d) => {
  const [u] = uni(r);
  const p = person(r, 'US');
  const mom = person(r, 'US', p.s, true);
  d.t(`Chat transcript — Office of Student Financial Aid, ${u}\nSession ${hex(r, 10)} · started ${ts(r)} · client `).l('IP', ip(r)).t('\n\n');
  d.t(`AidBot: Hi! I can help with FAFSA, the ${r.pick(AWARDS)} and work-study. What's your full name?\nStudent: `).me(full(p));
  d.t('\nAidBot: Thanks. To find your record I need your SSN and date of birth.\nStudent: ssn ').l('NATIONAL_ID', ssn(r)).t(r.pick([' and dob ', ', born ', ' / '])).l('DOB', date(r, 'US', student(r)));
  d.t(`\nAidBot: Found it. Note: your parent's business EIN ${ein(r)} was entered in the SSN field, so we flagged it.\nStudent: oh that was my mom `).l('PERSON', mom.g).t("'s mistake. her cell is ").l('PHONE', phone(r, 'US'));
  d.t('\nAidBot: We will email the verification worksheet to ').l('EMAIL', email(r, p, 'US')).t(`. Reference ${caseNo(r)}.\nStudent: thank you!!\n`);
});

// 3 — parent tells teacher about an absence
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'IE', 'AU', 'CA']);
  const par = person(r, loc);
  const kid = person(r, loc, par.s);
  const teach = person(r, loc);
  const dom = schoolDom(r);
  d.t('From: ').l('EMAIL', email(r, par, loc)).t('\nTo: ').l('EMAIL', staffMail(r, teach, dom)).t(`\nSubject: ${kid.g} off tomorrow\n\n`);
  d.t(`${r.pick(['Dear ', 'Hi ', 'Good morning '])}${hon(r, teach, 'en')}`).l('PERSON', teach.s).t(',\n\n');
  d.t('Just to let you know ').l('PERSON', kid.g).t(` won't be in on ${r.pick(['Thursday', 'Monday', 'Friday'])} — ${kid.fem ? 'she' : 'he'} has an orthodontist appointment on ${date(r, loc, soon(r))} at ${r.int(8, 15)}:${r.pick(['00', '15', '30'])}. `);
  d.t(`Could you send home the ${r.pick(['maths', 'spelling', 'science'])} homework? Our ${r.pick(['Dell', 'Lenovo', 'HP'])} laptop isn't opening ${r.pick(['Google Classroom', 'Seesaw', 'Microsoft Teams'])}.\n\nThanks,\n`);
  if (r.chance(0.6)) d.me(full(par));
  else d.l('PERSON', par.g);
  const tel = r.chance(0.3);
  d.t(`\n${tel ? 'Tel: ' : ''}`).l('PHONE', phone(r, loc)).t('\n');
});

// 4 — teacher reply / progress note to a parent
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'AU', 'CA', 'IE', 'NG', 'ZA']);
  const par = person(r, loc);
  const kid = person(r, loc, r.chance(0.8) ? par.s : undefined);
  const teach = person(r, loc);
  d.t(`Dear ${hon(r, par, 'en')}`).l('PERSON', par.s).t(',\n\nThank you for coming in on ' + date(r, loc, soon(r)) + '. ');
  d.t('As discussed, ').l('PERSON', kid.g).t(`'s reading age has improved and ${kid.fem ? 'she' : 'he'} is now in the ${r.pick(['Kestrel', 'Nightingale', 'Mercury', 'Ruby'])} group. `);
  d.t(`We'd like to refer ${kid.fem ? 'her' : 'him'} for an assessment with our SENCo, `).l('PERSON', nm(r, person(r, loc))).t(`, because of possible ${r.pick(['dyslexia', 'dyscalculia', 'Irlen syndrome', 'ADHD'])}. `);
  d.t('If you prefer to talk by phone, my direct line is ').l('PHONE', phone(r, loc)).t(r.chance(0.4) ? ` ext. ${r.int(100, 899)}` : '').t('.\n\nBest wishes,\n');
  d.l('PERSON', `${teach.g.charAt(0)}. ${teach.s}`).t(`\nYear ${r.int(2, 6)} teacher, ${r.pick(SCHOOLS)}\n`);
});

// 5 — university IT helpdesk chatbot (password reset)
T.push((r, d) => {
  const [u, dom] = uni(r);
  const loc = r.pick(['US', 'UK', 'AU', 'CA']);
  const p = person(r, 'INTL');
  d.t(`[${u} IT Service Desk — virtual agent]\n`);
  d.t('Bot: Hello, how can I help?\nYou: locked out of my student account after the MFA update\nBot: Please confirm your name and student number.\nYou: ').me(full(p)).t(`, ${studentId(r)}`);
  d.t('\nBot: I can see failed sign-ins from ').l('IP', ip4(r)).t(' and ').l('IP', ip(r)).t('. Was that you?\nYou: the first one yes, the second no idea');
  d.t('\nBot: I have sent a reset link to your recovery address ').l('EMAIL', email(r, p, loc)).t(' and a code to ').l('PHONE', phone(r, loc)).t(`.\nBot: Ticket ${caseNo(r)} opened for the security team (client ${version(r)}).\n`);
  if (r.chance(0.3)) d.t('You: also my official address is ').l('EMAIL', `${ascii(p.g).charAt(0)}${ascii(p.s)}${r.int(10, 99)}@${dom}`).t('\n');
});

// 6 — scholarship application with bank details for disbursement
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'TR']);
  const cc = loc === 'UK' ? 'GB' : loc;
  const p = person(r, loc);
  d.t(`${r.pick(['Hollingsworth Foundation', 'Northern Lights Trust', 'Meridian Education Fund'])} — Scholarship Application ${acYear(r, '/')}\n\n`);
  d.t('1. Applicant: ').me(full(p)).t('\n2. Date of birth: ').l('DOB', date(r, loc, student(r))).t(`\n3. Nationality: ${r.pick(['Irish', 'German', 'British', 'Spanish', 'Dutch', 'Turkish'])}`);
  d.t('\n4. Term-time address:\n   ').l('ADDRESS', addr(r, loc, true, '   '));
  d.t('\n5. Phone: ').l('PHONE', phone(r, loc)).t('\n6. E-mail: ').l('EMAIL', email(r, p, loc));
  d.t(`\n7. Previously held awards: ${r.pick(AWARDS)} (${r.int(2021, 2024)})\n8. Bank account for payment (IBAN): `).l('IBAN', iban(r, cc));
  d.t(`\n   BIC: ${r.pick(['DEUTDEFF', 'BOFIIE2D', 'NWBKGB2L', 'INGBNL2A', 'CAIXESBB'])}\n9. Referee: ${r.pick(['Prof. ', 'Dr '])}`).l('PERSON', full(person(r, loc)));
  d.t('\n');
});

// 7 — academic transcript
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'CA', 'AU', 'IN']);
  const [u] = uni(r);
  const p = person(r, loc);
  d.t(`${u.toUpperCase()}\nOFFICIAL ACADEMIC TRANSCRIPT\n\nStudent: `).l('PERSON', `${p.s.toUpperCase()}, ${p.g}`).t(`\nStudent No.: ${studentId(r)}\nDate of Birth: `).l('DOB', date(r, loc, student(r)));
  d.t(`\nProgramme: BSc (Hons) ${r.pick(['Mathematics', 'Economics', 'Physics', 'History'])}\nPrinted: ${date(r, loc, soon(r))}\n\n`);
  for (let i = 0; i < r.int(3, 6); i++) d.t(`${r.pick(['MATH', 'ECON', 'PHYS', 'HIST', 'CS'])}${r.int(100, 499)}  ${r.pick(COURSES).padEnd(22)} ${r.pick(['A', 'A-', 'B+', 'B', 'C+', '2:1', '1st'])}  ${r.int(3, 20)} cr\n`);
  d.t(`\nCumulative GPA ${r.int(2, 3)}.${r.digits(2)}\nRegistrar: `).l('PERSON', nm(r, person(r, loc))).t(`\nVerify at verify.${r.pick(['ngsu.edu', 'westmere.ac.uk'])}/t/${hex(r, 12)}\n`);
});

// 8 — enrolment confirmation letter with address block
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE', 'AU', 'CA', 'US', 'ZA']);
  const p = person(r, loc);
  const [u, dom] = uni(r);
  d.l('PERSON', full(p)).t('\n').l('ADDRESS', addr(r, loc, true)).t(`\n\n${date(r, loc, soon(r))}\n\nDear `).l('PERSON', p.g).t(',\n\n');
  d.t(`We are pleased to confirm your enrolment at ${u} for the ${r.int(2025, 2026)} intake. Your student number is ${studentId(r)} and your induction begins in the ${r.pick(['Carnegie Library', 'Hawking Building', 'Florence Nightingale Wing', 'Attenborough Centre'])}, room ${r.int(1, 3)}.${r.digits(2)}. `);
  d.t('Please keep this letter; your date of birth (').l('DOB', date(r, loc, student(r))).t(') will appear on your ID card.\n\nQuestions: ').l('EMAIL', roleEmail(r, dom)).t(' or ').l('PHONE', phone(r, loc)).t(`.\n\nYours sincerely,\n`).l('PERSON', full(person(r, loc))).t('\nHead of Admissions\n');
});

// 9 — library membership sign-up
T.push((r, d) => {
  const loc = r.pick(['UK', 'US', 'IE', 'AU', 'CA', 'NG']);
  const p = person(r, loc);
  d.t(`${r.pick(['Ashford', 'Millbrook', 'Hartwell', 'Riverbend'])} Public Library — online membership form\n`);
  d.t('Full name: ').me(full(p)).t('\nDate of birth: ').l('DOB', date(r, loc, r.chance(0.3) ? child(r) : adult(r)));
  d.t('\nHome address: ').l('ADDRESS', addr(r, loc, false)).t('\nEmail: ').l('EMAIL', email(r, p, loc));
  d.t('\nPhone (optional): ').l('PHONE', phone(r, loc)).t(`\nInterests: ${r.pick(['Agatha Christie Book Club', 'Lego club', 'Rhyme Time', 'family history'])}\nCard no. issued: 29${r.digits(12)}\n`);
});

// 10 — library fine payment chat with a card
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'CA', 'AU']);
  const p = person(r, loc);
  d.t('Library Help chat\n');
  d.t(`Agent: Hi, I see ${r.int(2, 7)} overdue items on your account (fines ${loc === 'UK' ? '£' : '$'}${r.int(1, 45)}.${d2(r.int(0, 19) * 5)}). Want to pay now?\n`);
  d.t('Patron: yes please. card is ').l('CARD', card(r)).t(` exp ${d2(r.int(1, 12))}/${r.int(26, 31)}\n`);
  d.t(`Agent: That was declined. The card on file ${maskedCard(r)} is also expired.\nPatron: try `).l('CARD', card(r)).t('\n');
  d.t(`Agent: Approved. Receipt ${caseNo(r)} sent to `).l('EMAIL', email(r, p, loc)).t('. Anything else, ').l('PERSON', p.g).t('?\n');
  d.t(`Patron: no thanks. (the number ${badCard(r)} on my old receipt is wrong btw)\n`);
});

// 11 — council tax direct debit form
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE']);
  const p = person(r, loc);
  d.t(`${r.pick(['Westmere', 'Carrow', 'Ashdown', 'Fenbridge'])} ${loc === 'UK' ? 'Borough Council — Council Tax' : 'County Council — Local Property Tax'} Direct Debit instruction\n\n`);
  d.t(`Account reference: ${r.digits(9)}\nAccount holder: `).me(full(p)).t('\nProperty address:\n').l('ADDRESS', addr(r, loc, true));
  d.t('\nIBAN: ').l('IBAN', iban(r, loc === 'UK' ? 'GB' : 'IE')).t(`\nPayment date: ${r.pick(['1st', '15th', '28th'])} of each month\n`);
  d.t('Contact number: ').l('PHONE', phone(r, loc)).t('\nSigned: ').l('PERSON', nm(r, p)).t(`   Date: ${date(r, loc, soon(r))}\n`);
});

// 12 — social housing application (household members)
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE', 'AU']);
  const p = person(r, loc);
  d.t(`Housing Register Application — ${caseNo(r)}\n\nMain applicant: `).me(full(p)).t('   DOB: ').l('DOB', date(r, loc, adult(r)));
  d.t(`\nNational Insurance / PPS no.: ${foreignId(r, 'UK')}\nCurrent address: `).l('ADDRESS', addr(r, loc, false)).t('\nTel: ').l('PHONE', phone(r, loc));
  d.t('\n\nOther household members:\n');
  for (let i = 0; i < r.int(1, 3); i++) {
    const m = person(r, loc, r.chance(0.7) ? p.s : undefined);
    d.t(' - ').l('PERSON', full(m)).t(`, ${r.pick(['son', 'daughter', 'partner', 'mother'])}, born `).l('DOB', date(r, loc, i === 0 ? adult(r) : child(r))).t('\n');
  }
  d.t(`Reason: overcrowding; landlord `).l('PERSON', nm(r, person(r, loc))).t(` served notice on ${date(r, loc, soon(r))}.\nMedical: ${r.pick(EPONYMS)} (letter attached)\n`);
});

// 13 — US caseworker note
T.push((r, d) => {
  const p = person(r, 'US');
  const cw = person(r, 'US');
  d.t(`CASE NOTE — ${r.pick(['SNAP', 'Medicaid', 'TANF', 'Section 8 HCV', 'LIHEAP'])} recertification\nCase #: ${caseNo(r)}   Worker: `).l('PERSON', `${cw.g.charAt(0)}. ${cw.s}`).t('\n\n');
  d.t(`${date(r, 'US', soon(r))} — Client `).l('PERSON', nm(r, p)).t(' (DOB ').l('DOB', date(r, 'US', adult(r))).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(') came in for interview. ');
  d.t(`Reports new job at ${r.pick(['Walgreens', 'Ford plant', 'Dollar General', 'Amazon warehouse'])}; employer EIN ${ein(r)}. New phone `).l('PHONE', phone(r, 'US')).t('. ');
  d.t('Moved to ').l('ADDRESS', addr(r, 'US', false)).t(`. Child's SSN card shows ${badSsn(r)} — asked for a clearer copy. Next review ${date(r, 'US', soon(r))}.\n`);
});

// 14 — US voter registration form
T.push((r, d) => {
  const p = person(r, 'US');
  d.t(`VOTER REGISTRATION APPLICATION — ${r.pick(['Ohio', 'Oregon', 'Georgia', 'Iowa', 'Arizona'])}\n`);
  d.t('Are you a U.S. citizen? [X] Yes\nName (last, first, middle): ').l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}${r.chance(0.7) ? ` ${L(r)}.` : ''}`);
  d.t('\nResidential address: ').l('ADDRESS', addr(r, 'US', false)).t('\nDate of birth (mm/dd/yyyy): ').l('DOB', `${d2(r.int(1, 12))}/${d2(r.int(1, 28))}/${r.int(1950, 2006)}`);
  d.t(`\nID: Driver's license ${L(r)}${r.digits(8)}   or last 4 of SSN: ${r.digits(4)}\nPhone: `).l('PHONE', phone(r, 'US'));
  d.t(`\nParty: ${r.pick(['None', 'Democratic', 'Republican', 'Green'])}\nPrevious registration: ${r.pick(['Washington County', 'Lincoln County', 'Jefferson Parish'])}\n`);
});

// 15 — residential parking permit
T.push((r, d) => {
  const loc = r.pick(['UK', 'AU', 'CA', 'IE']);
  const p = person(r, loc);
  d.t('Residents’ parking permit — online application\nApplicant: ').me(full(p)).t('\nAddress in zone: ').l('ADDRESS', addr(r, loc, false));
  d.t(`\nVehicle: ${r.pick(['Ford Fiesta', 'Toyota Corolla', 'Tesla Model 3', 'Honda Jazz', 'Nissan Leaf'])}, reg ${L(r)}${L(r)}${r.digits(2)} ${L(r)}${L(r)}${L(r)}\nEmail: `).l('EMAIL', email(r, p, loc));
  d.t(`\nPayment: ${loc === 'UK' ? '£' : loc === 'IE' ? '€' : '$'}${r.int(20, 120)}.${d2(r.int(0, 99))} by card `).l('CARD', card(r)).t(`\nTransaction ${hex(r, 16)} at ${ts(r)} from `).l('IP', ip(r)).t('\n');
});

// 16 — city 311 chatbot
T.push((r, d) => {
  const loc = r.pick(['US', 'CA']);
  const p = person(r, loc);
  d.t(`311 Virtual Assistant — ${r.pick(['City of Springfield', 'City of Tacoma', 'Town of Halifax'])}\n`);
  d.t(`Bot: What would you like to report?\nResident: streetlight out on the corner of ${r.pick(['Lincoln Ave and 5th', 'Washington St and Elm', 'MLK Blvd and Pine'])}, by the Walgreens\n`);
  d.t(`Bot: Got it — request ${caseNo(r)}. Can we contact you for updates?\nResident: sure, `).l('PHONE', phone(r, loc)).t(' or ').l('EMAIL', email(r, p, loc)).t('\n');
  if (r.chance(0.5)) d.t('Resident: my name is ').me(full(p)).t('\n');
  d.t('Bot: Thanks! Also registered: bulk pickup at ').l('ADDRESS', addr(r, loc, false)).t(` on ${date(r, loc, soon(r))}.\n`);
});

// 17 — school bus transport request
T.push((r, d) => {
  const loc = r.pick(['US', 'CA', 'IE', 'AU']);
  const par = person(r, loc);
  const kid = person(r, loc, par.s);
  d.t(`${r.pick(['Riverside Unified', 'Kingsford District', 'Bus Éireann School Transport'])} — transport request\nStudent: `).l('PERSON', full(kid)).t(`   Grade: ${r.int(1, 8)}\nDate of birth: `).l('DOB', date(r, loc, child(r)));
  d.t('\nPick-up address: ').l('ADDRESS', addr(r, loc, false)).t(`\nSchool: ${r.pick(SCHOOLS)}\nParent/guardian: `).me(full(par)).t('\nDaytime phone: ').l('PHONE', phone(r, loc));
  d.t(`\nNotes: needs booster seat; allergic to peanuts. Route ${r.int(1, 60)}${L(r)}.\n`);
});

// 18 — IT ticket with device logs
T.push((r, d) => {
  const [u, dom] = uni(r);
  const p = person(r, 'INTL');
  d.t(`Ticket ${caseNo(r)} — ${u} eduroam issue\nRequester: `).l('PERSON', full(p)).t(' <').l('EMAIL', `${ascii(p.g)}.${ascii(p.s)}@${dom}`).t('>\n');
  d.t(`Device: ${r.pick(['MacBook Air', 'Surface Laptop', 'Chromebook'])} running ${version(r)}\nDHCP lease: `).l('IP', ip4(r)).t('  gateway ').l('IP', `10.${r.int(0, 255)}.0.1`).t('\nIPv6: ').l('IP', ip6(r));
  d.t(`\nRADIUS log: ${ts(r)} reject user=${ascii(p.g)} nas=[`).l('IP', ip4(r)).t(`]:1812 reason=cert-expired sha1=${hex(r, 40)}\nAssigned to: `).l('PERSON', nm(r, person(r, 'UK'))).t('\n');
});

// 19 — student portal access log (no names)
T.push((r, d) => {
  const [, dom] = uni(r);
  d.t(`# portal-auth.log (${version(r)})\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = person(r, 'INTL');
    const v = ip(r);
    d.t(`${ts(r)} INFO login ok user=`).l('EMAIL', `${ascii(p.g).charAt(0)}${ascii(p.s)}@${dom}`).t(' src=').l('IP', v);
    d.t(v.includes('.') && r.chance(0.3) ? `:${r.int(1024, 65000)}` : '').t(` session=${hex(r, 16)}\n`);
  }
  d.t(`${ts(r)} WARN rate-limit src=`).l('IP', ip4(r)).t(` route=/api/v2/transcripts build=${version(r)}\n`);
});

// 20 — disability services / exam accommodation request
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'CA', 'AU']);
  const p = person(r, loc);
  const doc = person(r, loc);
  d.t('Accessibility Services — exam accommodation request\nStudent: ').me(full(p)).t(`  (${studentId(r)})\nDOB: `).l('DOB', date(r, loc, student(r)));
  d.t(`\nCondition: ${r.pick(EPONYMS)}; supporting letter from Dr `).l('PERSON', doc.s).t(' (').l('PHONE', phone(r, loc)).t(')');
  d.t(`\nRequested: 25% extra time, separate room, ${r.pick(['JAWS screen reader', 'Dragon dictation', 'ZoomText'])}\nReply to: `).l('EMAIL', email(r, p, loc)).t('\n');
});

// 21 — international student visa-letter request
T.push((r, d) => {
  const home = r.pick(['IN', 'NG', 'KE', 'TR', 'BR', 'MX']);
  const p = person(r, home);
  const [u, dom] = uni(r);
  d.t('To: ').l('EMAIL', roleEmail(r, dom)).t(`\nSubject: CAS / visa letter — ${studentId(r)}\n\nHello,\n\nI am `).me(full(p)).t(`, an offer holder at ${u}. My passport number is ${L(r)}${r.digits(7)} and I was born on `).l('DOB', date(r, home, student(r)));
  d.t('. Please post the letter to my home address:\n\n').l('ADDRESS', addr(r, home, true)).t('\n\nMy WhatsApp is ').l('PHONE', phone(r, home)).t(`. My ${r.pick(['father', 'uncle', 'sponsor'])}, `).l('PERSON', full(person(r, home, p.s))).t(', will pay the deposit.\n\nRegards,\n').l('PERSON', p.g).t('\n');
});

// 22 — tuition payment via chat
T.push((r, d) => {
  const p = person(r, 'US');
  const [u] = uni(r);
  d.t(`${u} Bursar — live chat\nStudent: hi i'm `).me(full(p)).t(`, need to pay the ${money(r)} balance before the hold hits\n`);
  d.t(`Agent (Bursar): Sure. Student ID?\nStudent: ${studentId(r)}\nAgent (Bursar): Card number and billing ZIP, please.\nStudent: `).l('CARD', card(r)).t(`, ${r.digits(5)}\n`);
  if (r.chance(0.5)) d.t('Student: also the 1098-T has my SSN wrong, it should be ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Agent (Bursar): Done — confirmation ${hex(r, 8).toUpperCase()}. The card on file (${maskedCard(r)}) was removed. Routing number ${routing(r)} on your refund profile is unchanged.\n`);
});

// 23 — refund request to bank account
T.push((r, d) => {
  const loc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'BE', 'AT', 'PL', 'PT']);
  const p = person(r, ['BE', 'AT', 'PT'].includes(loc) ? 'INTL' : loc);
  d.t(`Subject: Refund of overpaid tuition — ${studentId(r)}\n\nDear Finance Office,\n\nI withdrew on ${date(r, 'UK', soon(r))} and I am owed ${money(r, '€')}. Please refund to:\n\nAccount holder: `).me(full(p));
  d.t('\nIBAN: ').l('IBAN', iban(r, loc)).t(`\n(not the old one ${badIban(r, loc === 'IE' ? 'IE' : 'DE')} which was closed)\n\nYou can reach me on `).l('PHONE', phone(r, ['BE', 'AT', 'PT'].includes(loc) ? 'DE' : loc));
  d.t('.\n\nKind regards\n').l('PERSON', nm(r, p)).t('\n');
});

// 24 — alumni details update
T.push((r, d) => {
  const loc = enLoc(r);
  const p = person(r, loc);
  d.t(`Alumni Relations — update my details\nName: `).me(full(p)).t(`  Class of ${r.int(1975, 2022)}\nMaiden/previous name: `).l('PERSON', person(r, loc).s);
  d.t('\nNew postal address: ').l('ADDRESS', addr(r, loc, false)).t('\nPersonal email: ').l('EMAIL', email(r, p, loc)).t('\nMobile: ').l('PHONE', phone(r, loc));
  d.t(`\nPlease stop sending the ${r.pick(['Carnegie Circle', 'Founders’ Society', 'Newton Club'])} mailing.\n`);
  if (r.chance(0.6)) d.t(`One-off gift of ${money(r)} — charge card `).l('CARD', card(r)).t(` (not ${badCard(r)}, that one is cancelled).\n`);
});

// 25 — SMS thread between school office and parent
T.push((r, d) => {
  const loc = r.pick(['UK', 'US', 'AU', 'NG', 'KE', 'ZA']);
  const kid = person(r, loc);
  d.t(`[SMS] ${r.pick(SCHOOLS)} Office: `).l('PERSON', kid.g).t(` was not registered this morning (${date(r, loc, soon(r))}). Please call `).l('PHONE', phone(r, loc)).t('.\n');
  d.t(`[SMS] Parent: sorry!! ${kid.fem ? 'she' : 'he'} has a temperature. this is `).l('PERSON', person(r, loc, kid.s).g).t(', mum. new number is ').l('PHONE', phone(r, loc)).t('\n');
  d.t(`[SMS] Office: Thanks — updated. Reply STOP to opt out. Ref ${caseNo(r)}\n`);
});

// 26 — free school meals / household application (US)
T.push((r, d) => {
  const p = person(r, 'US');
  d.t(`${r.pick(['Riverside Unified', 'Grant County Schools', 'Hope Springs ISD'])} — Application for Free and Reduced-Price School Meals ${r.int(2025, 2026)}\n\nHousehold members:\n`);
  for (let i = 0; i < r.int(2, 3); i++) {
    const k = person(r, 'US', p.s);
    d.t(`  Child ${i + 1}: `).l('PERSON', full(k)).t(`  School: ${r.pick(SCHOOLS)}  DOB: `).l('DOB', date(r, 'US', child(r))).t('\n');
  }
  d.t(`Total household income: ${money(r)} per month\nSNAP/TANF case number: ${caseNo(r)}\nLast four digits of SSN of adult signing: ${r.digits(4)}\n`);
  d.t('Signature: ').me(full(p)).t('   Full SSN (state pilot): ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', addr(r, 'US', false)).t('\nPhone: ').l('PHONE', phone(r, 'US')).t('\n');
});

// 27 — benefits hotline call transcript with spoken values
T.push((r, d) => {
  const loc = r.pick(['US', 'UK'] as const);
  const p = person(r, loc);
  d.t(`[Call recording transcript — ${loc === 'US' ? 'State Unemployment Insurance line' : 'Universal Credit helpline'}]\n`);
  d.t('AGENT: Can I take your full name?\nCALLER: yeah it\'s ').me(full(p)).t('\nAGENT: And your date of birth?\nCALLER: ').l('DOB', loc === 'US' ? `${mon('en', r.int(1, 12))} ${ord(r.int(1, 28))}, ${r.int(1955, 2000)}` : `${ord(r.int(1, 28))} of ${mon('en', r.int(1, 12))} ${r.int(1955, 2000)}`);
  d.t('\nAGENT: Best number to call you back on?\nCALLER: ').l('PHONE', spokenPhone(r, loc)).t('\nAGENT: And an email?\nCALLER: ').l('EMAIL', spokenEmail(r, p));
  d.t(`\nAGENT: Thank you. Your claim reference is ${caseNo(r)}. Your journal appointment is on ${date(r, loc, soon(r))}.\n`);
});

// 28 — voicemail transcript to school
T.push((r, d) => {
  const loc = r.pick(['US', 'UK'] as const);
  const par = person(r, loc);
  const kid = person(r, loc, par.s);
  d.t(`Voicemail (auto-transcribed, ${ts(r)}): "Hi, this is `).l('PERSON', full(par)).t(', ').l('PERSON', kid.g).t(`'s ${par.fem ? 'mom' : 'dad'}, in ${r.pick(['Mrs', 'Mr', 'Ms'])} `).l('PERSON', person(r, loc).s);
  d.t(`'s class. ${kid.fem ? 'She' : 'He'}'s got a ${r.pick(['dentist', 'hospital', 'eye'])} appointment, can you call me back on `).l('PHONE', spokenPhone(r, loc)).t(`? Thanks, bye."\n`);
});

// 29 — reference letter
T.push((r, d) => {
  const loc = enLoc(r);
  const p = person(r, loc);
  const ref = person(r, loc);
  d.t('To the Admissions Committee,\n\nI have taught ').l('PERSON', full(p)).t(` for ${r.int(2, 4)} years in ${r.pick(COURSES)}. `).l('PERSON', p.g);
  d.t(` led our ${r.pick(['Duke of Edinburgh’s Award', 'Model UN', 'Robotics (FIRST Lego League)'])} team and was shortlisted for the ${r.pick(AWARDS)}. I recommend ${p.fem ? 'her' : 'him'} without reservation.\n\n`);
  d.t(`${hon(r, ref, 'en')}`).l('PERSON', full(ref)).t(`\nHead of Sixth Form\n`).l('EMAIL', staffMail(r, ref, schoolDom(r))).t(' | ').l('PHONE', phone(r, loc)).t('\n');
});

// 30 — childcare subsidy application
T.push((r, d) => {
  const loc = r.pick(['CA', 'US']);
  const p = person(r, loc);
  const k = person(r, loc, p.s);
  d.t(`Child Care Subsidy — Application ${caseNo(r)}\nParent: `).me(full(p)).t(`\n${loc === 'CA' ? `SIN: ${foreignId(r, 'CA')}` : 'SSN: '}`);
  if (loc === 'US') d.l('NATIONAL_ID', ssn(r));
  d.t('\nChild: ').l('PERSON', k.g).t(' — born ').l('DOB', date(r, loc, ymd(r, 2019, 2024))).t(`\nProvider: ${r.pick(['Little Sprouts Daycare', 'Bright Horizons', 'Montessori House'])} (licence ${r.digits(6)})`);
  d.t('\nHome: ').l('ADDRESS', addr(r, loc, true)).t('\nPhone: ').l('PHONE', phone(r, loc)).t('\n');
});

// 31 — class roster CSV
T.push((r, d) => {
  const loc = r.pick(['US', 'UK', 'AU', 'CA']);
  d.t('last_name,first_name,dob,guardian_email,guardian_phone,homeroom\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const k = person(r, loc);
    const g = person(r, loc, k.s);
    d.l('PERSON', k.s).t(',').l('PERSON', k.g).t(',').l('DOB', `${r.int(2012, 2018)}-${d2(r.int(1, 12))}-${d2(r.int(1, 28))}`).t(',').l('EMAIL', email(r, g, loc)).t(',');
    d.l('PHONE', phone(r, loc).replace(/,/g, '')).t(`,${r.int(1, 9)}${L(r)}\n`);
  }
});

// 32 — student information system JSON export
T.push((r, d) => {
  const loc = r.pick(['US', 'US', 'CA']);
  const p = person(r, loc);
  d.t(`{\n  "studentId": "${studentId(r)}",\n  "legalName": { "given": "`).l('PERSON', p.g).t('", "family": "').l('PERSON', p.s).t('" },\n  "birthDate": "');
  d.l('DOB', `${r.int(2003, 2008)}-${d2(r.int(1, 12))}-${d2(r.int(1, 28))}`).t(`",\n  "enrolledAt": "${ts(r)}",\n  "contact": { "email": "`).l('EMAIL', email(r, p, loc)).t('", "phone": "').l('PHONE', phone(r, loc)).t('" },\n');
  d.t('  "ssn": "').l('NATIONAL_ID', ssn(r)).t(`",\n  "lastLoginIp": "`).l('IP', ip(r)).t(`",\n  "schemaVersion": "${version(r)}",\n  "etag": "${sha(r)}"\n}\n`);
});

// 33 — Indian national scholarship portal
T.push((r, d) => {
  const p = person(r, 'IN');
  const f = person(r, 'IN', p.s, false);
  d.t('National Scholarship Portal — Post-Matric application\nApplicant name: ').me(full(p).toUpperCase()).t("\nFather's name: ").l('PERSON', full(f)).t('\nDate of birth: ').l('DOB', date(r, 'IN', student(r)));
  d.t(`\nAadhaar: ${foreignId(r, 'IN')}\nMobile: `).l('PHONE', phone(r, 'IN')).t('\nEmail: ').l('EMAIL', email(r, p, 'IN')).t('\nPermanent address: ').l('ADDRESS', addr(r, 'IN', false));
  d.t(`\nInstitute: ${r.pick(['Sardar Patel Institute', 'Nehru Memorial College', 'St. Xavier’s College'])} (AISHE C-${r.digits(5)})\nBank IFSC: SBIN0${r.digits(6)}  A/c: ${r.digits(11)}\n`);
});

// 34 — Nigerian exam-result query chat
T.push((r, d) => {
  const p = person(r, 'NG');
  d.t(`Exam Council Support (WhatsApp)\nCandidate: good afternoon, my result is withheld. name: `).me(full(p)).t(`, exam no ${r.digits(10)}${L(r)}\n`);
  d.t('Support: Please confirm date of birth and phone used at registration.\nCandidate: ').l('DOB', date(r, 'NG', student(r))).t(', ').l('PHONE', phone(r, 'NG'));
  d.t(`\nSupport: Thank you. Your school (${r.pick(['Queen’s College', 'King’s College', 'Government College Umuahia'])}) must upload the CASS scores. Ticket ${caseNo(r)}.\nCandidate: ok. my principal is `).l('PERSON', `${person(r, 'NG').s}`).t('\n');
});

// 35 — Australian student allowance claim
T.push((r, d) => {
  const p = person(r, 'AU');
  d.t(`Youth Allowance (student) — online claim summary\nCustomer Reference Number: ${r.digits(9)}${L(r)}\nName: `).me(full(p)).t('\nDate of birth: ').l('DOB', date(r, 'AU', student(r)));
  d.t('\nResidential address: ').l('ADDRESS', addr(r, 'AU', false)).t('\nMobile: ').l('PHONE', phone(r, 'AU')).t('\nEmail: ').l('EMAIL', email(r, p, 'AU'));
  d.t(`\nCourse: ${r.pick(['Bachelor of Nursing', 'Diploma of IT'])} at ${r.pick(['Eastfield University', 'TAFE Queensland'])}\nParent income test: `).l('PERSON', nm(r, person(r, 'AU', p.s))).t(' (TFN supplied separately)\n');
});

// 36 — Canadian student aid
T.push((r, d) => {
  const p = person(r, 'CA');
  d.t(`Student Aid application ${acYear(r, '-')} — confirmation\nApplicant: `).l('PERSON', full(p)).t(`\nSocial Insurance Number: ${foreignId(r, 'CA')}\nDate of birth: `).l('DOB', date(r, 'CA', student(r)));
  d.t('\nMailing address:\n').l('ADDRESS', addr(r, 'CA', true)).t('\nPhone: ').l('PHONE', phone(r, 'CA')).t('\nEmail: ').l('EMAIL', email(r, p, 'CA')).t(`\nSubmitted from `).l('IP', ip(r)).t(` at ${ts(r)}\n`);
});

// 37 — Irish student grant application
T.push((r, d) => {
  const p = person(r, 'IE');
  d.t(`Student Grant Application — Reference ${r.digits(8)}\nName: `).me(full(p)).t(`\nPPSN: ${r.digits(7)}${L(r)}\nDate of Birth: `).l('DOB', date(r, 'IE', student(r)));
  d.t('\nAddress: ').l('ADDRESS', addr(r, 'IE', false)).t('\nIBAN for payments: ').l('IBAN', iban(r, 'IE')).t('\nMobile: ').l('PHONE', phone(r, 'IE')).t('\n');
});

// 38 — Kenyan student loan application
T.push((r, d) => {
  const p = person(r, 'KE');
  d.t('Higher Education Loans — Undergraduate application\nFull name: ').me(full(p).toUpperCase()).t(`\nNational ID No.: ${foreignId(r, 'KE')}\nDate of birth: `).l('DOB', date(r, 'KE', student(r)));
  d.t('\nPostal address: ').l('ADDRESS', addr(r, 'KE', false)).t('\nM-Pesa number: ').l('PHONE', phone(r, 'KE')).t('\nGuardian: ').l('PERSON', full(person(r, 'KE'))).t(', ').l('PHONE', phone(r, 'KE')).t('\n');
});

// 39 — South African bursary application
T.push((r, d) => {
  const p = person(r, 'ZA');
  d.t('Student financial aid — application status\nApplicant: ').l('PERSON', full(p)).t(`\nSA ID number: ${foreignId(r, 'ZA')}\nCell: `).l('PHONE', phone(r, 'ZA'));
  d.t('\nHome address:\n').l('ADDRESS', addr(r, 'ZA', true)).t(`\nInstitution: ${r.pick(['Nelson Mandela University', 'Walter Sisulu University', 'Rhodes University'])}\nStatus: Funded (${date(r, 'ZA', soon(r))})\n`);
});

// 40 — subject access request to a school
T.push((r, d) => {
  const p = person(r, 'UK');
  d.t('Subject Access Request (UK GDPR Art. 15)\n\nTo the Data Protection Officer, ').t(r.pick(SCHOOLS)).t('\n\nI am requesting all records held about me. Details to identify me:\n');
  d.t('Name: ').me(full(p)).t('\nName at school: ').l('PERSON', `${p.g} ${person(r, 'UK').s}`).t('\nDate of birth: ').l('DOB', date(r, 'UK', ymd(r, 1980, 2004)));
  d.t(`\nAttended: ${r.int(1990, 2018)}–${r.int(2019, 2022)}\nCurrent address:\n`).l('ADDRESS', addr(r, 'UK', true)).t('\nEmail: ').l('EMAIL', email(r, p, 'UK')).t('\n\nPlease respond within one month.\n');
});

// 41 — school trip consent form
T.push((r, d) => {
  const loc = r.pick(['UK', 'US', 'IE', 'AU']);
  const kid = person(r, loc);
  const par = person(r, loc, kid.s);
  d.t(`CONSENT FORM — Year ${r.int(5, 9)} trip to ${r.pick(['the Cadbury World', 'Lake Louise', 'Victoria Falls museum', 'the Darwin Centre', 'Jamestown'])}\n\nPupil: `).l('PERSON', nm(r, kid)).t('  DOB: ').l('DOB', date(r, loc, child(r)));
  d.t(`\nMedical needs: ${r.pick(EPONYMS)}, inhaler\nEmergency contact: `).l('PERSON', full(par)).t(' — ').l('PHONE', phone(r, loc)).t('\nSecond contact: ').l('PHONE', phone(r, loc));
  d.t(`\nI give permission for my child to attend on ${date(r, loc, soon(r))}.\nSigned: `).me(full(par)).t('\n');
});

// 42 — ombudsman complaint about a council
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE', 'AU']);
  const p = person(r, loc);
  const off = person(r, loc);
  d.t(`Complaint to the Ombudsman — ${caseNo(r)}\n\nI, `).me(full(p)).t(', of ').l('ADDRESS', addr(r, loc, false)).t(`, complain about the council's handling of my housing benefit.\n`);
  d.t(`On ${date(r, loc, soon(r))} the officer (`).l('PERSON', `${off.g.charAt(0)}. ${off.s}`).t(') told me the file was closed. I was never sent the decision letter dated ').t(date(r, loc, soon(r))).t('.\n');
  d.t('Contact: ').l('PHONE', phone(r, loc)).t(' / ').l('EMAIL', email(r, p, loc)).t('\n');
});

// 43 — graduation guest registration
T.push((r, d) => {
  const loc = enLoc(r);
  const g = person(r, loc);
  d.t(`Graduation ceremony — ${r.pick(['Churchill Hall', 'Mandela Auditorium', 'Queen Elizabeth Centre'])}, ${date(r, loc, soon(r))}\nGraduand: `).me(full(g)).t('\nGuests:\n');
  for (let i = 0; i < r.int(1, 3); i++) {
    const q = person(r, loc, r.chance(0.6) ? g.s : undefined);
    d.t(`  ${i + 1}. `).l('PERSON', full(q)).t(' <').l('EMAIL', email(r, q, loc)).t(`>${r.chance(0.3) ? ' (wheelchair space)' : ''}\n`);
  }
  d.t(`Gown order: ${caseNo(r)}, paid with card `).l('CARD', card(r)).t(`\n`);
});

// 44 — German school registration
T.push((r, d) => {
  const par = person(r, 'DE');
  const kid = person(r, 'DE', par.s);
  d.t(`Anmeldung zur Einschulung ${r.int(2025, 2027)} — ${r.pick(['Grundschule am Lindenpark', 'Goethe-Grundschule', 'Astrid-Lindgren-Schule', 'Erich-Kästner-Grundschule'])}\n\n`);
  d.t('Name des Kindes: ').l('PERSON', full(kid)).t('\nGeburtsdatum: ').l('DOB', date(r, 'DE', ymd(r, 2018, 2021))).t(`\nGeburtsort: ${r.pick(['Berlin', 'Köln', 'Leipzig', 'Bremen'])}`);
  d.t('\nAnschrift: ').l('ADDRESS', addr(r, 'DE', false)).t(`\nErziehungsberechtigte/r: ${hon(r, par, 'de')}`).me(full(par));
  d.t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail: ').l('EMAIL', email(r, par, 'DE'));
  d.t(`\nMasernschutz: Nachweis liegt vor (Impfpass, letzte Impfung am ${date(r, 'DE', ymd(r, 2020, 2024))}).\n`);
});

// 45 — BAföG application
T.push((r, d) => {
  const p = person(r, 'DE');
  d.t('Antrag auf Ausbildungsförderung nach dem BAföG — Formblatt 1\n\nName, Vorname: ').l('PERSON', `${p.s}, ${p.g}`).t('\ngeb. am ').l('DOB', date(r, 'DE', student(r)));
  d.t(`\nSteuer-Identifikationsnummer: ${foreignId(r, 'DE')}\nWohnanschrift während der Ausbildung:\n`).l('ADDRESS', addr(r, 'DE', true));
  d.t('\nKontoinhaber/in: ').me(full(p)).t('\nIBAN: ').l('IBAN', iban(r, 'DE')).t(`\nHochschule: ${r.pick(['Goethe-Universität Frankfurt', 'Humboldt-Universität zu Berlin', 'TU Dresden', 'Universität Heidelberg'])}, Matrikelnr. ${r.digits(7)}`);
  d.t('\nTelefon (tagsüber): ').l('PHONE', phone(r, 'DE')).t(`\nAktenzeichen Amt: ${r.digits(3)}-${r.digits(5)}/${r.int(24, 26)}\n`);
});

// 46 — Bürgeramt chatbot
T.push((r, d) => {
  const p = person(r, 'DE');
  d.t(`Chatbot Bürgeramt ${r.pick(['Mitte', 'Pankow', 'Ehrenfeld', 'Schwabing'])}\nBot: Guten Tag! Wie kann ich helfen?\nBürger/in: Ich möchte meinen Wohnsitz ummelden. Ich heiße `).me(full(p)).t('.\n');
  d.t(`Bot: Der nächste freie Termin ist am ${date(r, 'DE', soon(r))} um ${r.int(8, 15)}:${r.pick(['00', '20', '40'])} Uhr (Vorgangsnummer ${r.digits(10)}).\nBürger/in: Passt. Die neue Adresse ist `).l('ADDRESS', addr(r, 'DE', false)).t('.\n');
  d.t('Bot: Die Bestätigung geht an ').l('EMAIL', email(r, p, 'DE')).t('. Bitte bringen Sie die Wohnungsgeberbestätigung von ').l('PERSON', full(person(r, 'DE'))).t(' mit.\n');
});

// 47 — German teacher's e-mail to a parent
T.push((r, d) => {
  const par = person(r, 'DE');
  const kid = person(r, 'DE', par.s);
  const t = person(r, 'DE');
  d.t('Von: ').l('EMAIL', `${ascii(t.g)}.${ascii(t.s)}@${r.pick(['gs-lindenpark.de', 'schule.berlin.de', 'gymnasium-am-wall.de'])}`).t(`\nBetreff: ${kid.g}s Mathearbeit\n\n`);
  d.t(`Sehr geehrte${par.fem ? ' Frau' : 'r Herr'} `).l('PERSON', par.s).t(',\n\n').l('PERSON', kid.g).t(` hat die Arbeit vom ${date(r, 'DE', soon(r))} leider verpasst. Eine Nachschreibmöglichkeit gibt es am ${date(r, 'DE', soon(r))}. `);
  d.t('Rufen Sie mich gern unter ').l('PHONE', phone(r, 'DE')).t(' an (Di–Do, 13–14 Uhr).\n\nMit freundlichen Grüßen\n').l('PERSON', full(t)).t(`\nKlassenlehrer${t.fem ? 'in' : ''} ${r.int(3, 10)}${r.pick(['a', 'b', 'c'])}\n`);
});

// 48 — French university registration
T.push((r, d) => {
  const p = person(r, 'FR');
  const yr = r.int(2025, 2026);
  d.t(`Dossier d'inscription administrative ${yr}-${yr + 1} — ${r.pick(['Université Lumière', 'Université Jean Moulin', 'Université de Rennes'])}\n\n`);
  d.t('NOM : ').l('PERSON', p.s.toUpperCase()).t('\nPrénom : ').l('PERSON', p.g).t('\nNé(e) le : ').l('DOB', date(r, 'FR', student(r))).t(` à ${r.pick(['Lyon', 'Nantes', 'Lille', 'Dakar', 'Alger'])}`);
  d.t(`\nINE : ${r.digits(10)}${L(r)}${L(r)}\nAdresse : `).l('ADDRESS', addr(r, 'FR', false)).t('\nTél. : ').l('PHONE', phone(r, 'FR')).t('\nCourriel : ').l('EMAIL', email(r, p, 'FR'));
  d.t(`\nBoursier CROUS : oui, échelon ${r.int(0, 7)}\nCVEC : ${L(r)}${L(r)}${r.digits(2)} ${r.digits(6)}\n`);
});

// 49 — French housing aid
T.push((r, d) => {
  const p = person(r, 'FR');
  d.t(`Demande d'aide personnalisée au logement\nAllocataire : ${hon(r, p, 'fr')}`).me(full(p)).t(` — n° allocataire ${r.digits(7)}\nN° de sécurité sociale : ${foreignId(r, 'FR')}\nDate de naissance : `).l('DOB', date(r, 'FR', adult(r)));
  d.t('\nLogement :\n').l('ADDRESS', addr(r, 'FR', true)).t('\nBailleur : ').l('PERSON', full(person(r, 'FR'))).t(`, loyer ${r.int(380, 990)} €\nIBAN : `).l('IBAN', iban(r, 'FR'));
  d.t(`\nTéléphone : `).l('PHONE', phone(r, 'FR')).t(`\nDate d'entrée dans les lieux : ${date(r, 'FR', soon(r))}\n`);
});

// 50 — French town-hall chatbot (electoral roll)
T.push((r, d) => {
  const p = person(r, 'FR');
  d.t(`Assistant virtuel — Mairie de ${r.pick(['Villeurbanne', 'Saint-Malo', 'Montreuil', 'Annecy'])}\nUsager : bonjour je voudrais m'inscrire sur les listes électorales\nAssistant : Bien sûr. Votre nom complet ?\nUsager : `).me(full(p));
  d.t('\nAssistant : Votre date de naissance ?\nUsager : ').l('DOB', date(r, 'FR', adult(r))).t('\nAssistant : Et votre adresse actuelle ?\nUsager : ').l('ADDRESS', addr(r, 'FR', false));
  d.t(`\nAssistant : Merci. Le bureau de vote est l'école ${r.pick(['Jules Ferry', 'Victor Hugo', 'Louise Michel'])}. Un agent vous rappellera.\nUsager : au `).l('PHONE', phone(r, 'FR')).t(' svp\n');
});

// 51 — Spanish university enrolment
T.push((r, d) => {
  const p = person(r, 'ES');
  d.t(`Solicitud de matrícula — Grado en ${r.pick(['Enfermería', 'Derecho', 'Ingeniería Informática', 'Magisterio'])}, curso ${acYear(r, '/')}\n\n`);
  d.t('Apellidos: ').l('PERSON', p.s).t('\nNombre: ').l('PERSON', p.g).t(`\nDNI/NIE: ${foreignId(r, 'ES')}\nFecha de nacimiento: `).l('DOB', date(r, 'ES', student(r)));
  d.t('\nDomicilio familiar: ').l('ADDRESS', addr(r, 'ES', false)).t('\nTeléfono móvil: ').l('PHONE', phone(r, 'ES')).t('\nCorreo electrónico: ').l('EMAIL', email(r, p, 'ES'));
  d.t('\nDomiciliación de tasas (IBAN): ').l('IBAN', iban(r, 'ES')).t(`\nFamilia numerosa: ${r.pick(['sí, general', 'no'])}\n`);
});

// 52 — Spanish scholarship e-mail
T.push((r, d) => {
  const p = person(r, 'ES');
  const m = person(r, 'ES', undefined, true);
  d.t(`Asunto: Beca de carácter general — requerimiento, expediente ${caseNo(r)}\n\nBuenos días:\n\nSoy `).me(full(p)).t(`. Adjunto el certificado de renta de mi madre, ${hon(r, m, 'es')}`).l('PERSON', full(m)).t(', nacida el ').l('DOB', date(r, 'ES', adult(r)));
  d.t(`, que se me pidió el ${date(r, 'ES', soon(r))}. También he cambiado de domicilio a `).l('ADDRESS', addr(r, 'ES', false)).t('.\n\nPueden llamarme al ').l('PHONE', phone(r, 'ES')).t('.\n\nUn saludo,\n').l('PERSON', p.g).t('\n');
});

// 53 — Mexican citizen-service chat
T.push((r, d) => {
  const p = person(r, 'MX');
  const k = person(r, 'MX', p.s, true);
  d.t(`Chat de Atención Ciudadana\nCiudadano: buenas tardes, quiero registrar a mi hija `).l('PERSON', k.g).t(` para la beca escolar\nAgente: Con gusto. ¿CURP de la menor?\nCiudadano: ${foreignId(r, 'MX')}\n`);
  d.t('Agente: ¿Fecha de nacimiento?\nCiudadano: ').l('DOB', date(r, 'MX', child(r))).t('\nAgente: ¿Domicilio?\nCiudadano: ').l('ADDRESS', addr(r, 'MX', false));
  d.t(`\nAgente: Listo, folio ${r.digits(10)}. Le avisaremos al `).l('PHONE', phone(r, 'MX')).t(' o por correo a ').l('EMAIL', email(r, p, 'MX')).t('.\n');
});

// 54 — Brazilian school enrolment form
T.push((r, d) => {
  const kid = person(r, 'BR');
  const resp = person(r, 'BR', kid.s);
  d.t(`Ficha de Matrícula ${r.int(2025, 2026)} — Escola Estadual ${r.pick(['Machado de Assis', 'Cecília Meireles', 'Tiradentes'])}\n\nAluno(a): `).l('PERSON', full(kid)).t('\nData de nascimento: ').l('DOB', date(r, 'BR', child(r)));
  d.t(`\nCPF: ${foreignId(r, 'BR')}\nResponsável: `).me(full(resp)).t(' — Tel.: ').l('PHONE', phone(r, 'BR')).t('\nEndereço:\n').l('ADDRESS', addr(r, 'BR', true)).t('\nE-mail: ').l('EMAIL', email(r, resp, 'BR')).t('\n');
});

// 55 — Brazilian social-assistance caseworker record
T.push((r, d) => {
  const p = person(r, 'BR', undefined, true);
  d.t(`Registro de atendimento — CRAS ${r.pick(['Vila Nova', 'Jardim América', 'Centro'])}\nData: ${date(r, 'BR', soon(r))}\n\n`);
  d.t(`Atendida: ${hon(r, p, 'pt')}`).l('PERSON', full(p)).t(', nascida em ').l('DOB', date(r, 'BR', adult(r))).t(`, NIS ${r.digits(11)}. Solicita atualização do Cadastro Único (mudou para `).l('ADDRESS', addr(r, 'BR', false));
  d.t(`). Filhos matriculados na rede municipal. Contato: `).l('PHONE', phone(r, 'BR')).t('.\nTécnica responsável: ').l('PERSON', nm(r, person(r, 'BR'))).t('\n');
});

// 56 — Italian school enrolment
T.push((r, d) => {
  const kid = person(r, 'IT');
  const par = person(r, 'IT', kid.s);
  d.t(`Domanda di iscrizione alla scuola primaria — a.s. ${acYear(r, '/')}\nIstituto Comprensivo "${r.pick(['Giuseppe Verdi', 'Maria Montessori', 'Don Milani'])}"\n\n`);
  d.t(`Alunn${kid.fem ? 'a' : 'o'}: `).l('PERSON', full(kid)).t(`, nat${kid.fem ? 'a' : 'o'} a ${r.pick(['Torino', 'Bari', 'Verona'])} il `).l('DOB', date(r, 'IT', ymd(r, 2018, 2021)));
  d.t(`\nCodice fiscale: ${foreignId(r, 'IT')}\nResidenza: `).l('ADDRESS', addr(r, 'IT', false)).t('\nGenitore: ').me(full(par)).t(', cell. ').l('PHONE', phone(r, 'IT')).t(', e-mail ').l('EMAIL', email(r, par, 'IT')).t('\n');
});

// 57 — Dutch municipality application
T.push((r, d) => {
  const p = person(r, 'NL');
  d.t(`Aanvraag bijzondere bijstand — Gemeente ${r.pick(['Utrecht', 'Zwolle', 'Leiden', 'Tilburg'])}\n\nNaam aanvrager: `).me(full(p)).t(`\nBSN: ${foreignId(r, 'NL')}\nGeboortedatum: `).l('DOB', date(r, 'NL', adult(r)));
  d.t('\nAdres: ').l('ADDRESS', addr(r, 'NL', false)).t('\nIBAN: ').l('IBAN', iban(r, 'NL')).t('\nTelefoonnummer: ').l('PHONE', phone(r, 'NL')).t('\nE-mailadres: ').l('EMAIL', email(r, p, 'NL'));
  d.t('\nToelichting: schoolkosten en laptop voor mijn dochter ').l('PERSON', person(r, 'NL', p.s, true).g).t(` (brugklas). Dossiernummer ${r.digits(8)}.\n`);
});

// 58 — Polish school admission
T.push((r, d) => {
  const kid = person(r, 'PL');
  const mom = person(r, 'PL', undefined, true);
  d.t(`Wniosek o przyjęcie do Szkoły Podstawowej nr ${r.int(1, 90)} im. ${r.pick(['Marii Konopnickiej', 'Jana Pawła II', 'Janusza Korczaka'])}\n\n`);
  d.t('Imię i nazwisko kandydata: ').l('PERSON', full(kid)).t(`\nPESEL: ${foreignId(r, 'PL')}\nData urodzenia: `).l('DOB', date(r, 'PL', ymd(r, 2017, 2020))).t(r.chance(0.5) ? ' r.' : '');
  d.t('\nAdres zamieszkania: ').l('ADDRESS', addr(r, 'PL', false)).t('\nMatka/opiekunka prawna: ').me(full(mom)).t(', tel. ').l('PHONE', phone(r, 'PL')).t(', e-mail: ').l('EMAIL', email(r, mom, 'PL')).t('\n');
});

// 59 — Swedish preschool application
T.push((r, d) => {
  const kid = person(r, 'SE');
  const par = person(r, 'SE', kid.s);
  d.t(`Ansökan om förskoleplats — ${r.pick(['Umeå', 'Lund', 'Uppsala'])} kommun\n\nBarnets namn: `).l('PERSON', full(kid)).t(`\nPersonnummer: ${foreignId(r, 'SE')}\nVårdnadshavare 1: `).me(full(par));
  d.t(', mobil ').l('PHONE', phone(r, 'SE')).t(', e-post ').l('EMAIL', email(r, par, 'SE')).t('\nFolkbokföringsadress: ').l('ADDRESS', addr(r, 'SE', false));
  d.t(`\nÖnskat placeringsdatum: ${date(r, 'SE', soon(r))}\n`);
});

// 60 — Japanese admission form
T.push((r, d) => {
  const fam = r.pick(JA_FAM);
  d.t(`${r.int(2025, 2027)}年度 入学願書\n\n志願者氏名：`).l('PERSON', jaName(r, fam)).t('\n生年月日：').l('DOB', date(r, 'JP', student(r))).t('\n現住所：').l('ADDRESS', addr(r, 'JP', r.chance(0.5), '　　'));
  d.t('\n電話番号：').l('PHONE', phone(r, 'JP')).t('\nメールアドレス：').l('EMAIL', email(r, person(r, 'JP'), 'JP')).t('\n保護者氏名：').l('PERSON', jaName(r, fam)).t(`\n受験番号：${r.digits(5)}（${date(r, 'JP', soon(r))}受付）\n`);
});

// 61 — Japanese city-office chatbot
T.push((r, d) => {
  const fam = r.pick(JA_FAM);
  const name = jaName(r, fam);
  d.t(`${r.pick(['横浜市', '札幌市', '福岡市'])} AIチャットボット\n利用者：転入届と子どもの転校手続きを知りたいです。\nボット：お名前を教えてください。\n利用者：`).me(name).t('です。\nボット：').l('PERSON', fam).t('様、ありがとうございます。新しいご住所をご入力ください。\n');
  d.t('利用者：').l('ADDRESS', addr(r, 'JP', false)).t('\nボット：連絡先の電話番号をお願いします。\n利用者：').l('PHONE', phone(r, 'JP')).t(`\nボット：受付番号は${r.digits(8)}です。窓口は${r.int(1, 3)}階${r.int(1, 12)}番です。\n`);
});

// 62 — Korean parent-consultation request
T.push((r, d) => {
  const fam = r.pick(KO_FAM);
  d.t(`학부모 상담 신청서\n\n학생 이름: `).l('PERSON', koName(r, fam)).t(` (${r.int(1, 6)}학년 ${r.int(1, 9)}반)\n보호자 성명: `).me(koName(r, fam)).t('\n연락처: ').l('PHONE', phone(r, 'KR'));
  d.t('\n이메일: ').l('EMAIL', email(r, person(r, 'KR'), 'KR')).t(`\n희망 일시: ${date(r, 'KR', soon(r))} 오후 ${r.int(2, 5)}시\n담임: `).l('PERSON', koName(r)).t(' 선생님\n');
});

// 63 — Korean scholarship application
T.push((r, d) => {
  const name = koName(r);
  d.t(`${r.pick(['희망나눔', '미래인재', '한빛'])} 장학금 신청서\n\n성명: `).me(name).t('\n생년월일: ').l('DOB', date(r, 'KR', student(r))).t('\n주소: ').l('ADDRESS', addr(r, 'KR'));
  d.t('\n휴대전화: ').l('PHONE', phone(r, 'KR')).t(`\n학번: ${r.int(2019, 2025)}${r.digits(5)}\n지도교수: `).l('PERSON', koName(r)).t(' 교수님\n');
});

// 64 — Turkish scholarship application
T.push((r, d) => {
  const p = person(r, 'TR');
  d.t(`${r.pick(['Anadolu Eğitim Vakfı', 'Yarınlar Vakfı'])} — Burs Başvuru Formu\n\nAdı Soyadı: `).me(full(p)).t(`\nT.C. Kimlik No: ${foreignId(r, 'TR')}\nDoğum Tarihi: `).l('DOB', date(r, 'TR', student(r)));
  d.t('\nAdres: ').l('ADDRESS', addr(r, 'TR', false)).t('\nCep Telefonu: ').l('PHONE', phone(r, 'TR')).t('\nE-posta: ').l('EMAIL', email(r, p, 'TR')).t('\nIBAN: ').l('IBAN', iban(r, 'TR')).t('\n');
});

// 65 — council-tenant repair request
T.push((r, d) => {
  const loc = r.pick(['UK', 'IE']);
  const p = person(r, loc);
  d.t(`Repairs request — ${caseNo(r)}\nTenant: `).me(full(p)).t('\nProperty: ').l('ADDRESS', addr(r, loc, false));
  d.t(`\nIssue: damp and mould in the back bedroom (second door on the left, past the boiler cupboard). Access via the side gate by the ${r.pick(['Tesco Express', 'Costa', 'Lidl'])}.\nBest contact: `).l('PHONE', phone(r, loc)).t(' after 4pm\n');
});

// 66 — UK electoral-register household enquiry
T.push((r, d) => {
  const loc = 'UK';
  const s = person(r, loc).s;
  d.t(`Household Enquiry Form — Electoral Registration Office\nProperty: `).l('ADDRESS', addr(r, loc, true)).t('\n\nResidents aged 16+:\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const q = person(r, loc, r.chance(0.7) ? s : undefined);
    d.t(`  ${i + 1}. `).l('PERSON', full(q)).t(r.chance(0.5) ? ' — DOB ' : ' — date of birth ').l('DOB', date(r, loc, ymd(r, 1950, 2009))).t('\n');
  }
  d.t('Contact email: ').l('EMAIL', email(r, person(r, loc, s), loc)).t(`\nSecurity code: ${r.digits(4)} ${r.digits(4)}\n`);
});

// 67 — school admission appeal letter
T.push((r, d) => {
  const par = person(r, 'UK');
  const kid = person(r, 'UK', par.s);
  d.t(`${date(r, 'UK', soon(r))}\n\nAdmissions Appeals Clerk\n${r.pick(['Westmere', 'Carrow'])} City Council\n\nDear Sir or Madam,\n\nRe: `).l('PERSON', full(kid)).t(' (born ').l('DOB', date(r, 'UK', ymd(r, 2014, 2019))).t(`) — appeal for a place at ${r.pick(SCHOOLS)}\n\n`);
  d.t(`We live at `).l('ADDRESS', addr(r, 'UK', false)).t(`, just 0.4 miles from the school, yet `).l('PERSON', kid.g).t(` was offered a place 3 miles away. ${kid.fem ? 'Her' : 'His'} brother already attends.\n\nYours faithfully,\n`).me(full(par)).t('\n').l('PHONE', phone(r, 'UK')).t('\n');
});

// 68 — student wellbeing chat
T.push((r, d) => {
  const loc = r.pick(['UK', 'AU', 'CA', 'US', 'IE']);
  const p = person(r, loc);
  const c = person(r, loc);
  d.t(`Student Support live chat — ${ts(r)}\nAdviser: Hi, you're through to Student Support. Who am I speaking to?\nStudent: `).me(full(p)).t(`, ${studentId(r)}\n`);
  d.t(`Adviser: Thanks. How can we help?\nStudent: i've been struggling since my housemate moved out and i missed two deadlines\n`);
  d.t(`Adviser: I can log an extenuating circumstances claim. Can I note an emergency contact?\nStudent: my ${c.fem ? 'aunt' : 'uncle'} `).l('PERSON', full(c)).t(', ').l('PHONE', phone(r, loc)).t('\n');
  d.t(`Adviser: Logged. The ${r.pick(['Nightline', 'Samaritans', 'Kooth'])} service is also available 24/7.\n`);
});

// 69 — street-trading / busking permit
T.push((r, d) => {
  const loc = r.pick(['UK', 'AU', 'IE']);
  const p = person(r, loc);
  d.t(`Street performance permit — ${r.pick(['Queen Victoria Market', 'Grafton Street', 'Covent Garden piazza'])} pitch\nPerformer: `).me(full(p)).t(' (stage name “').t(r.pick(['The Wandering Fiddle', 'Captain Ukulele', 'Loop Station'])).t('”)\nDOB: ').l('DOB', date(r, loc, adult(r)));
  d.t('\nAddress: ').l('ADDRESS', addr(r, loc, false)).t('\nPhone: ').l('PHONE', phone(r, loc)).t('\nFee paid by card: ');
  if (r.chance(0.6)) d.l('CARD', card(r)).t('\n');
  else d.t(`${maskedCard(r)}\n`);
});

// 70 — library e-resources access problem
T.push((r, d) => {
  const [u, dom] = uni(r);
  d.t(`To: `).l('EMAIL', roleEmail(r, dom)).t(`\nSubject: JSTOR / Springer access denied off-campus\n\nHi, when I try ${u}'s proxy from home I get "IP not recognised" — my address shows as `).l('IP', ip(r));
  d.t(`. On campus it's fine (`).l('IP', ip4(r)).t(`). Browser ${r.pick(['Firefox', 'Chrome', 'Safari'])} ${version(r)}.\n\nThanks,\n`).me(full(person(r, 'INTL'))).t('\n');
});

// 71 — SEPA direct-debit mandate for school meals
T.push((r, d) => {
  const loc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'LU']);
  const lang = loc === 'DE' || loc === 'AT' ? 'de' : loc === 'FR' || loc === 'BE' || loc === 'LU' ? 'fr' : loc === 'NL' ? 'nl' : loc === 'ES' ? 'es' : 'it';
  const hl = ['DE', 'FR', 'NL', 'ES', 'IT'].includes(loc) ? loc : lang === 'de' ? 'DE' : 'FR';
  const p = person(r, hl);
  const kid = person(r, hl, p.s);
  const head: Record<string, string> = {
    de: 'SEPA-Lastschriftmandat — Schulverpflegung\nKontoinhaber/in: ', fr: 'Mandat de prélèvement SEPA — restauration scolaire\nTitulaire du compte : ',
    nl: 'SEPA-machtiging — overblijven/schoollunch\nNaam rekeninghouder: ', es: 'Orden de domiciliación SEPA — comedor escolar\nTitular de la cuenta: ', it: 'Mandato SEPA — servizio mensa scolastica\nIntestatario del conto: ',
  };
  d.t(`${head[lang] ?? ''}`).me(full(p)).t(lang === 'de' ? '\nAnschrift: ' : lang === 'nl' ? '\nAdres: ' : lang === 'es' ? '\nDomicilio: ' : lang === 'it' ? '\nIndirizzo: ' : '\nAdresse : ');
  d.l('ADDRESS', addr(r, hl, false)).t('\nIBAN: ').l('IBAN', iban(r, loc)).t(`\nBIC: ${L(r)}${L(r)}${L(r)}${L(r)}${loc}${L(r)}${r.int(1, 9)}\n`);
  d.t(lang === 'de' ? 'Kind/Klasse: ' : lang === 'nl' ? 'Kind/groep: ' : lang === 'es' ? 'Alumno/curso: ' : lang === 'it' ? 'Alunno/classe: ' : 'Enfant/classe : ').l('PERSON', kid.g).t(` / ${r.int(1, 6)}${r.pick(['a', 'b', 'c'])}\n`);
  d.t(`Gläubiger-ID/Creditor ID: ${loc}${r.digits(2)}ZZZ0000${r.digits(7)}  Mandatsreferenz: ${r.digits(8)}  ${date(r, hl, soon(r))}\n`);
});

// 72 — Erasmus+ grant agreement
T.push((r, d) => {
  const loc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'TR']);
  const cc = r.pick([loc, loc, 'PT', 'FI', 'CZ', 'HU', 'GR', 'RO']);
  const p = person(r, loc);
  d.t(`ERASMUS+ KA131 — Grant agreement for student mobility ${r.int(2025, 2026)}\nParticipant: `).l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t('\nDate of birth: ').l('DOB', date(r, loc, student(r)));
  d.t('\nE-mail: ').l('EMAIL', email(r, p, loc)).t(`\nHost: ${r.pick(['Universidade de Coimbra', 'Uniwersytet Jagielloński', 'Karolinska Institutet', 'Università di Bologna'])}\nBank account (IBAN): `).l('IBAN', iban(r, cc));
  d.t(`\nAccount holder if different: —\nMonthly rate: €${r.int(450, 690)}; OLS language test ${r.pick(['B1', 'B2', 'C1'])}\n`);
});

// 73 — US work-study payroll onboarding
T.push((r, d) => {
  const p = person(r, 'US');
  d.t(`Federal Work-Study — new hire packet (${r.pick(['Library Circulation', 'Rec Center', 'Writing Lab'])})\nEmployee: `).me(full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', date(r, 'US', student(r)));
  d.t('\nHome address: ').l('ADDRESS', addr(r, 'US', r.chance(0.4))).t('\nPersonal email: ').l('EMAIL', email(r, p, 'US'));
  d.t(`\nDirect deposit: routing ${routing(r)}, account ${r.digits(10)} (checking)\nSupervisor: `).l('PERSON', nm(r, person(r, 'US'))).t(`\nEmployer EIN: ${ein(r)}\n`);
});

// 74 — exam registration fee chat
T.push((r, d) => {
  const loc = r.pick(['IN', 'NG', 'KE', 'TR', 'BR', 'UK', 'US']);
  const p = person(r, loc);
  d.t(`Test Centre Support — ${r.pick(['IELTS Academic', 'SAT', 'TOEFL iBT', 'GRE General'])} registration\nCandidate: hello, payment failed twice. name as on passport: `).me(full(p).toUpperCase()).t('\n');
  d.t('Agent: Please confirm date of birth.\nCandidate: ').l('DOB', date(r, loc, student(r))).t('\nAgent: Which card did you use?\nCandidate: ').l('CARD', card(r));
  d.t(`\nAgent: That card was flagged by the issuer. Your booking ${caseNo(r)} is held until ${date(r, loc, soon(r))}. Try another card?\nCandidate: `).l('CARD', card(r)).t('\nAgent: Success. Confirmation sent to ').l('EMAIL', email(r, p, loc)).t('.\n');
});

// 75 — US state benefits portal assistant
T.push((r, d) => {
  const p = person(r, 'US');
  d.t(`[BenefitsConnect virtual assistant] session ${hex(r, 12)} from `).l('IP', ip(r)).t(`\nAssistant: To continue your ${r.pick(['SNAP', 'WIC', 'Medicaid', 'child care'])} application I need a few details.\nYou: name `).me(full(p));
  d.t('\nYou: ssn ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', date(r, 'US', adult(r))).t('\nAssistant: And a phone number for your interview?\nYou: ').l('PHONE', phone(r, 'US'));
  d.t(`\nAssistant: Thanks. Your interview is on ${date(r, 'US', soon(r))}. Application ID ${caseNo(r)}. Your previous entry ${badSsn(r)} was not accepted.\n`);
});

// 76 — school fee payment by a parent
T.push((r, d) => {
  const loc = r.pick(['NG', 'IN', 'KE', 'ZA', 'UK', 'AU', 'US']);
  const par = person(r, loc);
  const kid = person(r, loc, par.s);
  d.t(`${r.pick(['Greenfield', 'Queensway', 'St. Augustine’s', 'Hillcrest'])} School — fee payment\nPupil: `).l('PERSON', full(kid)).t(`  Class: ${r.pick(['JSS2', 'Grade 7', 'Year 4', 'Std VIII'])}\nPayer: `).me(full(par));
  d.t('\nCard: ').l('CARD', card(r)).t(`\nAmount: ${money(r, loc === 'UK' ? '£' : loc === 'IN' ? '₹' : loc === 'NG' ? '₦' : '$')}\nReceipt sent to `).l('PHONE', phone(r, loc)).t(`\nTransaction ID ${hex(r, 20).toUpperCase()}\n`);
});

// ───────────────────────────── hard negatives ─────────────────────────────

const NEG: Tpl[] = [];

NEG.push((r, d) => {
  d.t(`Course catalogue ${r.int(2025, 2026)}: ${r.pick(COURSES)} (MATH ${r.int(200, 499)}) covers the Cauchy–Schwarz inequality, Markov chains and the Gauss–Newton method. `);
  d.t(`Lectures in the ${r.pick(['Curie Lecture Hall', 'Turing Building', 'Ada Lovelace Suite'])}; labs use Jupyter ${version(r)}. Prerequisite: ${r.pick(COURSES)}. Capacity ${r.int(40, 300)}.\n`);
});
NEG.push((r, d) => {
  d.t(`Library systems notice — ${ts(r)}\nThe catalogue will move to ${r.pick(['Alma', 'Koha', 'Sierra'])} ${version(r)} on ${date(r, 'UK', soon(r))}. Checksums: ${sha(r)}. `);
  d.t(`During the upgrade, self-service kiosks (firmware ${version(r)}) and the Dewey lookup will be offline. Parcel ${tracking(r)} with new barcode scanners has arrived.\n`);
});
NEG.push((r, d) => {
  d.t(`Financial aid FAQ\nQ: Is the ${r.pick(AWARDS)} taxable?\nA: Usually not. Enter your school's EIN (${ein(r)}) only on Form 1098-T questions. Our bank routing number is ${routing(r)}. `);
  d.t(`Test cards such as ${badCard(r)} will be rejected. IBANs like ${badIban(r, r.pick(['DE', 'GB', 'FR']))} fail validation. Your SSN appears only as ${badSsn(r)} on statements.\n`);
});
NEG.push((r, d) => {
  d.t(`Town council agenda — ${date(r, 'UK', soon(r))}\n1. Planning application ${r.int(24, 26)}/0${r.digits(4)}/FUL: extension at the Carnegie Library.\n2. Resurfacing of Gladstone Road and Victoria Street.\n`);
  d.t(`3. Renaming of the Nelson Mandela Community Centre car park.\n4. Storm ${r.pick(['Ciarán', 'Babet', 'Isha'])} damage report (ref ${caseNo(r)}).\n5. Any other business.\n`);
});
NEG.push((r, d) => {
  d.t(`School newsletter — ${r.pick(['Spring', 'Autumn'])} term\nCongratulations to the ${r.pick(['Grant Park Griffins', 'Lady Eagles', 'Hope Valley Hawks'])} on winning the county cup! `);
  d.t(`Year 6 will visit the Roald Dahl Museum on ${date(r, 'UK', soon(r))}. Chromebooks must be updated to ${version(r)}. Lost property includes a Nike hoodie and a Barbie lunchbox. Order ${caseNo(r)} for uniforms is delayed.\n`);
});
NEG.push((r, d) => {
  d.t(`Citizen chatbot\nUser: what are the opening hours of the Central Library?\nBot: Mon–Fri 9:00–20:00, Sat 10:00–16:00. Closed on ${date(r, 'US', soon(r))}.\n`);
  d.t(`User: and where do I pay a parking fine?\nBot: Online at the Payments page; you need your notice number (e.g. ${r.digits(10)}) and plate. Case ${caseNo(r)} is still open.\n`);
});
NEG.push((r, d) => {
  d.t(`Öffnungszeiten Bürgeramt: Mo–Fr 8–18 Uhr. Aktenzeichen ${r.digits(3)}-${r.digits(5)}/${r.int(24, 26)}. Bitte nutzen Sie den Eingang an der Goethestraße, gegenüber dem Humboldt-Gymnasium. `);
  d.t(`Der Termin am ${date(r, 'DE', soon(r))} entfällt. Software-Update ${version(r)} für das Terminsystem.\n`);
});
NEG.push((r, d) => {
  d.t(`Rentrée scolaire : le lycée Victor Hugo et le collège Jean Moulin ouvriront le ${date(r, 'FR', soon(r))}. Accès par la rue Jean Jaurès, près de la station Charles de Gaulle–Étoile. `);
  d.t(`Numéro de dossier : ${r.digits(12)}. La maladie de Lyme reste rare chez les élèves.\n`);
});
NEG.push((r, d) => {
  d.t(`Aviso: el Colegio San José y el instituto Miguel de Cervantes cierran el ${date(r, 'ES', soon(r))} por obras. Expediente ${r.digits(4)}/${r.int(2024, 2026)}. `);
  d.t(`La Ley Celaá regula la matrícula; consulte la sede electrónica (versión ${version(r)}).\n`);
});
NEG.push((r, d) => {
  d.t(`release notes ${version(r)}\n- fix: enrolment export crashed on records created before ${ts(r)}\n- chore: bump pdf-lib to ${version(r)}, commit ${sha(r)}\n`);
  d.t(`- test: fixture card ${badCard(r)} and fixture IBAN ${badIban(r, 'NL')} are intentionally invalid\n- docs: Windows build ${version(r)} is the minimum supported\n`);
});
NEG.push((r, d) => {
  d.t(`入学試験のお知らせ：試験日は${date(r, 'JP', soon(r))}です。受験番号${r.digits(5)}番以降の方は第2会場（${r.pick(['野口英世記念館', '福沢記念ホール'])}）へお越しください。`);
  d.t(`受付番号：${r.digits(10)}\n`);
});
NEG.push((r, d) => {
  d.t(`Ticket ${caseNo(r)} — status update\nThe Ford Transit minibus for the ${r.pick(['Tesla STEM club', 'Disney Choir', 'Darwin Society'])} trip is booked for ${date(r, 'US', soon(r))}. `);
  d.t(`Invoice ${r.digits(8)} dated ${date(r, 'US', soon(r))}, PO ${r.digits(6)}, tracking ${tracking(r)}. Amount ${money(r)}.\n`);
});

NEG.push((r, d) => {
  d.t(`Council services update (${date(r, 'UK', soon(r))})\n• The Jubilee Library reopens after refurbishment; Darwin Day talk in the Attlee Room.\n`);
  d.t(`• Visiting hours on the Florence Nightingale Ward have changed.\n• Bin collections on Wellington Road move to ${r.pick(['Tuesday', 'Thursday'])}; your round code is ${L(r)}${r.digits(3)}.\n`);
  d.t(`• Council Tax bills (account prefix ${r.digits(4)}) go out on ${date(r, 'UK', soon(r))}. Payment portal ${version(r)}.\n`);
});
NEG.push((r, d) => {
  d.t(`Gemeente ${r.pick(['Utrecht', 'Leiden', 'Zwolle'])} — afvalkalender en onderwijs\nZaaknummer Z-${r.int(2024, 2026)}-${r.digits(6)}. De speeltuin in het Beatrixpark is gesloten tot ${date(r, 'NL', soon(r))}. `);
  d.t(`Leerlingenvervoer naar de Willem-Alexanderschool start in week ${r.int(2, 50)}. IBAN-voorbeeld in de folder (${badIban(r, 'NL')}) is ongeldig.\n`);
});
NEG.push((r, d) => {
  d.t(`Uniwersytet im. Adama Mickiewicza — komunikat\nRekrutacja na rok ${acYear(r, '/')} rusza ${date(r, 'PL', soon(r))}. Numer sprawy: ${r.digits(3)}/${r.int(2024, 2026)}/DK. `);
  d.t(`Stypendium im. Marii Skłodowskiej-Curie — wnioski w systemie USOS (wersja ${version(r)}).\n`);
});
NEG.push((r, d) => {
  d.t(`세종대왕기념관 견학 안내: ${date(r, 'KR', soon(r))} 오전 10시. 접수번호 ${r.digits(10)}. 장학금 공고 번호 ${r.int(2024, 2026)}-${r.digits(4)}. 시스템 버전 ${version(r)}.\n`);
});
NEG.push((r, d) => {
  d.t(`Benefits policy digest: Section 8 vouchers, Medicaid waivers and Title IX complaints are handled by separate offices. The Americans with Disabilities Act and Megan's Law notices are posted in the lobby. `);
  d.t(`Form SS-4 (EIN ${ein(r)}) is for employers only. Sample ACH routing ${routing(r)}. Last updated ${ts(r)}; doc id ${sha(r)}.\n`);
});

// ───────────────────────────── generator ─────────────────────────────

/** Share of documents that are hard negatives. */
const NEGATIVE_SHARE = 0.11;

/** Positive templates, with those carrying the rarer structured values (SSN, card, IBAN, IP) drawn twice as often. */
const POOL: readonly Tpl[] = [...T, ...[0, 1, 12, 21, 25, 31, 72, 74, 9, 14, 73, 75, 5, 10, 22, 36, 70, 71, 4, 17, 18, 9, 73, 75, 21, 12].map((i) => T[i] as Tpl)];

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent39Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent39Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT39_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT39_MIN_INSTANCES;
  const out: Independent39Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const negative = r.chance(NEGATIVE_SHARE);
    r.pick(negative ? NEG : POOL)(r, d);
    if (negative && d.labels.length > 0) throw new Error('negative template produced a label');
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}

/** Number of document templates (positive + negative), for reporting. */
export const INDEPENDENT39_TEMPLATE_COUNT = { positive: T.length, negative: NEG.length } as const;
