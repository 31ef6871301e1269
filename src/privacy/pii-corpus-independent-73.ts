/**
 * @module privacy/pii-corpus-independent-73 — blind labelled PII corpus, split "independent73": online
 * marketplace sellers and e-commerce returns.
 *
 * WRITTEN BLIND. Files read while writing it: src/privacy/pii-corpus-rng.ts (all, the `Rng` class),
 * src/privacy/pii-corpus-checks.ts (all), the first 30 lines of src/privacy/pii-corpus.ts (`PiiLabel`,
 * `PiiCorpusEntry`), test/support/pii-blind-checks.ts (all), tsconfig.json and package.json. NOT read: the
 * detector (src/privacy/pii/ and everything else under src/), pii-corpus-values.ts and every other
 * pii-corpus-* file, the other independent splits, pii-evaluate.ts, the tests, docs/, bench/, AGENTS.md,
 * /tmp and the git history. Every name, address, template and value here was invented for this file.
 *
 * Seeds: 730001, 730002, 730003 ({@link INDEPENDENT73_SEEDS}). Each seed yields whole documents until at
 * least `minInstances` labels (default 2400) exist; the document that reaches the target is the last.
 *
 * Contents: marketplace seller onboarding and KYC forms, order and return exports (CSV, JSON), dispute and
 * chargeback threads, shipping-label data and customs forms, seller-support chats and call transcripts,
 * payout statements, product reviews and Q&A, risk notes and audit logs, in English, German, French,
 * Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Japanese, Korean and Chinese, with
 * phone, address and date formats of about twenty countries and names from about thirty cultures. About one
 * document in ten is a hard negative (no PII, but people-named brands, places, diseases and laws, order,
 * tracking and case numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs,
 * EINs, routing numbers, non-birth dates); distractors of the same kinds are spread through the rest.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets or buildings named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; nor is a name inside an e-mail.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid or masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';

export const INDEPENDENT73_SEEDS = [730001, 730002, 730003] as const;
export const INDEPENDENT73_MIN_INSTANCES = 2400;

/** A gold label carrying the exact text of its span. */
export interface Independent73Label extends PiiLabel {
  readonly value: string;
}

/** One document of this split. */
export interface Independent73Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent73Label[];
}

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent73Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.trim() !== value || value === '') throw new Error(`untrimmed label value: "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools: per culture, female given, male given, surnames. Eastern-order cultures put surname first.

interface Culture {
  readonly id: string;
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
  readonly eastern?: boolean;
}

const CULTURES: readonly Culture[] = [
  { id: 'us', f: ['Rose', 'Hope', 'May', 'Faith', 'Joy', 'Dawn', 'Ivy', 'Summer', 'Brittany', 'Kayla'],
    m: ['Will', 'Bill', 'Grant', 'Guy', 'Mark', 'Jack', 'Chase', 'Miles', 'Tyler', 'Dwayne'],
    s: ['Price', 'Young', 'Baker', 'Cook', 'Long', 'Rich', 'Hunter', 'Booker', 'Page', 'Bell', 'Moody', 'Sharp', 'Kowalski', 'Delgado'] },
  { id: 'gb', f: ['Harriet', 'Imogen', 'Phoebe', 'Poppy', 'Beatrice', 'Esme'], m: ['Alfie', 'Rupert', 'Hugo', 'Ollie', 'Callum', 'Reggie'],
    s: ['Whitfield', 'Ashworth', 'Pemberton', 'Hollis', 'Thackeray', 'Brooke', 'Fenwick', 'Marsh', 'Crane', 'Fairley', 'Oakes', 'Wren'] },
  { id: 'ie', f: ['Siobhán', 'Aoife', 'Niamh', 'Orla', 'Caoimhe', 'Róisín'], m: ['Cian', 'Darragh', 'Oisín', 'Ciarán', 'Donal', 'Fionn'],
    s: ["O'Connell", 'Kavanagh', 'Doyle', 'Brennan', "O'Sullivan", 'Walsh', 'Keane', 'Moran', 'Gallagher', 'Dunne', 'Lynch', 'Healy'] },
  { id: 'de', f: ['Annika', 'Friederike', 'Leonie', 'Mareike', 'Jana', 'Sabine'], m: ['Jörg', 'Matthias', 'Lukas', 'Tobias', 'Henrik', 'Uwe'],
    s: ['Schröder', 'Baumgartner', 'Kühn', 'Wolff', 'Hartmann', 'Lindner', 'Vogel', 'Krause', 'Zimmermann', 'Engel', 'Brandt', 'Fuchs'] },
  { id: 'fr', f: ['Margaux', 'Élodie', 'Camille', 'Solène', 'Inès', 'Clémence'], m: ['Théo', 'Bastien', 'Aurélien', 'Mathis', 'Loïc', 'Benoît'],
    s: ['Lefebvre', 'Girard', 'Moreau', 'Fontaine', 'Rousseau', 'Chevalier', 'Garnier', 'Lambert', 'Faure', 'Mercier', 'Dupuis', 'Marchand'] },
  { id: 'es', f: ['Lucía', 'Itziar', 'Nerea', 'Pilar', 'Ainhoa', 'Rocío'], m: ['Íñigo', 'Álvaro', 'Sergio', 'Jordi', 'Rubén', 'Gonzalo'],
    s: ['Fernández Ruiz', 'Navarro', 'Iglesias Soto', 'Castillo', 'Domínguez', 'Serrano Gil', 'Vidal', 'Marín', 'Herrera', 'Ibáñez', 'Prieto', 'Calvo'] },
  { id: 'mx', f: ['Guadalupe', 'Ximena', 'Xóchitl', 'Citlali', 'Mariana', 'Paola'], m: ['Emiliano', 'Joaquín', 'Santiago', 'Rodrigo', 'Alejandro', 'Iker'],
    s: ['Hernández', 'Villalobos', 'Cervantes', 'Zúñiga', 'Olvera', 'Espinoza', 'Tapia', 'Quintero', 'Saldaña', 'Ochoa', 'Medina', 'Arellano'] },
  { id: 'br', f: ['Luana', 'Thaís', 'Beatriz', 'Gabriela', 'Yasmin', 'Raquel'], m: ['João Pedro', 'Thiago', 'Caio', 'Vinícius', 'Rafael', 'Gustavo'],
    s: ['dos Santos', 'Oliveira', 'Carvalho', 'Ribeiro', 'Almeida', 'Nascimento', 'Barbosa', 'Teixeira', 'Moura', 'Cardoso', 'Pereira', 'Azevedo'] },
  { id: 'it', f: ['Chiara', 'Giulia', 'Federica', 'Alessia', 'Martina', 'Serena'], m: ['Lorenzo', 'Matteo', 'Davide', 'Riccardo', 'Gianluca', 'Stefano'],
    s: ['Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Lombardi'] },
  { id: 'nl', f: ['Sanne', 'Fleur', 'Lotte', 'Femke', 'Anouk', 'Marieke'], m: ['Daan', 'Sem', 'Bram', 'Jeroen', 'Thijs', 'Ruud'],
    s: ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Vermeulen', 'van Dijk', 'Jansen', 'Hendriks'] },
  { id: 'pl', f: ['Agnieszka', 'Małgorzata', 'Zofia', 'Katarzyna', 'Joanna', 'Wiktoria'], m: ['Łukasz', 'Krzysztof', 'Paweł', 'Tomasz', 'Mateusz', 'Grzegorz'],
    s: ['Kowalczyk', 'Wiśniewski', 'Wójcik', 'Lewandowska', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kozłowski', 'Jankowska', 'Mazur', 'Krawczyk', 'Piotrowski'] },
  { id: 'se', f: ['Ingrid', 'Sigrid', 'Astrid', 'Freja', 'Linnea', 'Maja'], m: ['Anders', 'Nils', 'Björn', 'Lars', 'Magnus', 'Oskar'],
    s: ['Lindqvist', 'Johansson', 'Bergström', 'Halvorsen', 'Nyström', 'Sandberg', 'Eriksen', 'Holm', 'Dahl', 'Lund', 'Sjöberg', 'Mikkelsen'] },
  { id: 'fi', f: ['Aino', 'Helmi', 'Saara', 'Venla', 'Kerttu', 'Eveliina'], m: ['Eero', 'Juhani', 'Ville', 'Onni', 'Jussi', 'Aleksi'],
    s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salonen', 'Rantanen'] },
  { id: 'tr', f: ['Elif', 'Zeynep', 'Ayşe', 'Büşra', 'Gülşen', 'Derya'], m: ['Emre', 'Burak', 'Mehmet', 'Oğuz', 'Kerem', 'Serkan'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan'] },
  { id: 'ar', f: ['Layla', 'Noor', 'Mariam', 'Amira', 'Huda', 'Rania'], m: ['Said', 'Omar', 'Khalid', 'Youssef', 'Tariq', 'Karim'],
    s: ['Al-Farsi', 'Haddad', 'El-Sayed', 'Mansour', 'Nasser', 'Khoury', 'Al-Amin', 'Saleh', 'Darwish', 'Barakat', 'Hamdan', 'Qasim'] },
  { id: 'fa', f: ['Shirin', 'Parisa', 'Nasrin', 'Golnar', 'Mahsa', 'Yasaman'], m: ['Dariush', 'Kourosh', 'Arash', 'Babak', 'Reza', 'Farhad'],
    s: ['Tehrani', 'Hosseini', 'Rahimi', 'Karimi', 'Moradi', 'Jafari', 'Sadeghi', 'Ebrahimi', 'Farahani', 'Shirazi', 'Bahrami', 'Nikpour'] },
  { id: 'in', f: ['Priya', 'Ananya', 'Kavya', 'Meera', 'Shreya', 'Pooja'], m: ['Arjun', 'Rohan', 'Vikram', 'Aditya', 'Siddharth', 'Rahul'],
    s: ['Sharma', 'Iyer', 'Patel', 'Deshpande', 'Kulkarni', 'Agarwal', 'Mehta', 'Chatterjee', 'Banerjee', 'Joshi', 'Malhotra', 'Reddy'] },
  { id: 'ta', f: ['Lakshmi', 'Divya', 'Kalaivani', 'Nithya', 'Revathi', 'Thenmozhi'], m: ['Karthik', 'Senthil', 'Murugan', 'Balaji', 'Prakash', 'Arun'],
    s: ['Subramanian', 'Ramasamy', 'Krishnan', 'Natarajan', 'Pillai', 'Raman', 'Sundaram', 'Venkatesan', 'Chandran', 'Rajendran', 'Gopal', 'Annamalai'] },
  { id: 'zh', f: ['Mei', 'Xiaoling', 'Yun', 'Jing', 'Lian', 'Qiu'], m: ['Wei', 'Hao', 'Jun', 'Zhiwei', 'Bo', 'Tao'],
    s: ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Guo'], eastern: true },
  { id: 'ja', f: ['Yui', 'Haruka', 'Aoi', 'Sakura', 'Misaki', 'Nanami'], m: ['Haruto', 'Ren', 'Sota', 'Daiki', 'Kenji', 'Takumi'],
    s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Yoshida', 'Inoue', 'Kimura', 'Hayashi'] },
  { id: 'ko', f: ['Seo-yeon', 'Ji-woo', 'Min-seo', 'Ha-eun', 'Soo-ah', 'Yuna'], m: ['Min-jun', 'Do-yun', 'Ha-jun', 'Ji-ho', 'Seung-hoon', 'Tae-yang'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'], eastern: true },
  { id: 'vi', f: ['Linh', 'Thu', 'Ngọc', 'Phương', 'Hương', 'Lan'], m: ['Minh', 'Tuấn', 'Quang', 'Dũng', 'Huy', 'Khang'],
    s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'], eastern: true },
  { id: 'ph', f: ['Maricel', 'Jocelyn', 'Rowena', 'Marites', 'Kristine', 'Analyn'], m: ['Jericho', 'Rommel', 'Jomar', 'Dante', 'Arnel', 'Ramil'],
    s: ['Dela Cruz', 'Bautista', 'Mendoza', 'Villanueva', 'Macaraeg', 'Dimaculangan', 'Pangilinan', 'Manalo', 'Tolentino', 'Soriano', 'Castro', 'Evangelista'] },
  { id: 'ng', f: ['Adaeze', 'Funmilayo', 'Chiamaka', 'Ngozi', 'Temitope', 'Blessing'], m: ['Chukwuemeka', 'Olumide', 'Babatunde', 'Ikenna', 'Tunde', 'Emeka'],
    s: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Ogunleye', 'Okonkwo', 'Adebayo', 'Obi', 'Chukwu', 'Afolabi', 'Nnamdi'] },
  { id: 'ke', f: ['Wanjiru', 'Akinyi', 'Nyambura', 'Achieng', 'Zawadi', 'Imani'], m: ['Kamau', 'Otieno', 'Baraka', 'Juma', 'Kiprop', 'Wafula'],
    s: ['Mwangi', 'Odhiambo', 'Njoroge', 'Kariuki', 'Wekesa', 'Chebet', 'Mutua', 'Omondi', 'Kimani', 'Ndegwa', 'Wambui', 'Kiplagat'] },
  { id: 'ru', f: ['Yekaterina', 'Anastasia', 'Olga', 'Darya', 'Svetlana', 'Polina'], m: ['Dmitri', 'Sergei', 'Aleksandr', 'Mikhail', 'Ivan', 'Nikolai'],
    s: ['Ivanova', 'Smirnov', 'Kuznetsova', 'Popov', 'Volkov', 'Sokolova', 'Lebedev', 'Morozova', 'Novikov', 'Fedorova', 'Orlov', 'Pavlova'] },
  { id: 'gr', f: ['Eleni', 'Katerina', 'Sofia', 'Despina', 'Ioanna', 'Vasiliki'], m: ['Giorgos', 'Nikos', 'Dimitris', 'Kostas', 'Yannis', 'Stavros'],
    s: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Nikolaidou', 'Vlachos', 'Karagiannis', 'Oikonomou', 'Alexiou', 'Papageorgiou', 'Dimitriou', 'Makris', 'Antoniou'] },
  { id: 'he', f: ['Noa', 'Tamar', 'Shira', 'Yael', 'Michal', 'Adi'], m: ['Eitan', 'Yonatan', 'Omer', 'Itai', 'Noam', 'Amit'],
    s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Avraham', 'Dahan', 'Shapiro', 'Katz', 'Ben-David', 'Azoulay'] },
  { id: 'hu', f: ['Zsófia', 'Réka', 'Eszter', 'Boglárka', 'Dóra'], m: ['Bence', 'Levente', 'Ádám', 'Gergő', 'Zoltán'],
    s: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Farkas', 'Balogh'], eastern: true },
  { id: 'cz', f: ['Tereza', 'Kateřina', 'Lucie', 'Barbora'], m: ['Jiří', 'Ondřej', 'Vojtěch', 'Radek'],
    s: ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka', 'Kučera', 'Veselá', 'Horák'] },
];

/** Native-script names for the Japanese, Chinese and Korean templates (surname, given). */
const JA_NATIVE = { s: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '松本'],
  g: ['陽翔', '結衣', '蓮', 'さくら', '大輝', '美咲', '翔太', '葵', '悠真', '陽菜', '健一', '由美'] };
const ZH_NATIVE = { s: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '林', '郭'],
  g: ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '晓明', '婷婷'] };
const KO_NATIVE = { s: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'],
  g: ['민준', '서연', '도윤', '지우', '하준', '서윤', '예준', '하은', '지호', '수아', '현우', '은지'] };

interface Person {
  readonly given: string;
  readonly surname: string;
  readonly female: boolean;
  readonly culture: string;
  readonly eastern: boolean;
}

function person(r: Rng, cultureId?: string): Person {
  const c = (cultureId && CULTURES.find((x) => x.id === cultureId)) || r.pick(CULTURES);
  const female = r.chance(0.5);
  return { given: r.pick(female ? c.f : c.m), surname: r.pick(c.s), female, culture: c.id, eastern: !!c.eastern };
}

/** The usual full written form of a name. */
function full(p: Person): string {
  return p.eastern ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`;
}

/** A varied written form of a name: full, initial+surname, surname-only, given-only, caps, lower, "Surname, Given". */
function variant(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.5) return full(p);
  if (x < 0.6) return `${p.given.charAt(0)}. ${p.surname}`;
  if (x < 0.68) return full(p).toUpperCase();
  if (x < 0.74) return full(p).toLowerCase();
  if (x < 0.84) return `${p.surname}, ${p.given}`;
  if (x < 0.92) return p.given;
  return p.surname;
}

function honorific(r: Rng, p: Person, lang = 'en'): string {
  const table: Record<string, [string, string, string]> = {
    en: ['Ms. ', 'Mr. ', 'Dr. '], de: ['Frau ', 'Herr ', 'Dr. '], fr: ['Mme ', 'M. ', 'Dr '], es: ['Sra. ', 'Sr. ', 'Dra. '],
    pt: ['Sra. ', 'Sr. ', 'Dr. '], it: ['Sig.ra ', 'Sig. ', 'Dott. '], nl: ['mevrouw ', 'meneer ', 'dr. '], pl: ['Pani ', 'Pan ', 'dr '],
  };
  const h = table[lang] ?? table.en;
  if (!h) return '';
  return r.chance(0.15) ? h[2] : p.female ? h[0] : h[1];
}

// ---------------------------------------------------------------------------------------------------
// Small helpers.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([...UPPER])).join('');
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([...'0123456789abcdef'])).join('');

/** Lower-case ASCII letters of a name, for e-mail local parts. */
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr',
  'libero.it', 'yahoo.es', 'uol.com.br', 'wp.pl', 'icloud.com', 'proton.me', 'naver.com', 'qq.com', 'yahoo.co.jp',
  'rediffmail.com', 'ziggo.nl', 'telia.com', 'fastmail.com', 'gmx.at', 'seznam.cz', 'mail.ru', 'hey.com'];

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'info';
  const s = ascii(p.surname) || 'mail';
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${s}.${g}`, `${g}_${s}${r.int(1, 99)}`,
    `${g}${r.int(70, 99)}`, `${s}${g.charAt(0)}${r.digits(2)}`, `${g}-${s}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

interface Shop {
  readonly name: string;
  readonly dom: string;
}
/** Seller shops; several are named after (invented) people — brand names, never labelled. */
const SHOPS: readonly Shop[] = [
  { name: 'Bramble & Birch Goods', dom: 'bramblebirch.com' }, { name: 'Nordlicht Handel GmbH', dom: 'nordlicht-handel.de' },
  { name: 'Maison Lavande', dom: 'maisonlavande.fr' }, { name: "Aunt Edna's Pantry", dom: 'auntednas.com' },
  { name: 'Casa Olivo', dom: 'casaolivo.es' }, { name: 'Kettle & Kiln', dom: 'kettleandkiln.co.uk' },
  { name: 'Hanami Select', dom: 'hanami-select.jp' }, { name: 'Baltic Amber Studio', dom: 'balticamber.pl' },
  { name: 'Tidewater Outfitters', dom: 'tidewateroutfitters.com' }, { name: 'Lola Mendes Atelier', dom: 'lolamendes.com.br' },
  { name: 'Gearhaus Direct', dom: 'gearhaus.de' }, { name: 'Pixel & Pine', dom: 'pixelandpine.co' },
  { name: 'Skärgård Living', dom: 'skargardliving.se' }, { name: 'Oak Street Vinyl', dom: 'oakstreetvinyl.com' },
  { name: 'Galileo Optics', dom: 'galileo-optics.it' }, { name: 'Mr. Whiskers Pet Supply', dom: 'mrwhiskers.shop' },
  { name: 'Bella Ciao Ceramiche', dom: 'bellaciaoceramiche.it' }, { name: 'Tulpenhof Webshop', dom: 'tulpenhof.nl' },
  { name: 'Rosie Lee Teas', dom: 'rosieleeteas.co.uk' }, { name: 'Anadolu Kilim Evi', dom: 'anadolukilim.com.tr' },
  { name: 'Desert Bloom Perfumes', dom: 'desertbloom.ae' }, { name: 'Chai Point Crafts', dom: 'chaipointcrafts.in' },
  { name: 'Uncle Bao Kitchenware', dom: 'unclebao.shop' }, { name: 'Saint Grant Cycles', dom: 'saintgrantcycles.com' },
];
const MARKETS = ['Marketly', 'Bazarro', 'ShopLoop', 'Vendora', 'Kiosko', 'Tradewell', 'MercadoNube', 'Handelsplatz24'];
const ROLES = ['support', 'returns', 'disputes', 'payouts', 'seller-help', 'kyc', 'hello', 'orders', 'service', 'billing', 'no-reply', 'compliance'];
const role = (r: Rng, s: Shop): string => `${r.pick(ROLES)}@${s.dom}`;

/** People-named brands, products, software, places, diseases, laws, ships and storms: never labelled. */
const TRAPS = {
  brands: ['Dr. Martens', 'Calvin Klein', 'Tommy Hilfiger', 'Ralph Lauren', 'Hugo Boss', 'Michael Kors', 'Kate Spade', 'Louis Vuitton',
    'Ted Baker', 'Marc Jacobs', "Levi's", 'Jimmy Choo', 'Paul Smith', 'Stella McCartney', 'Victoria Beckham', 'Vera Wang'],
  home: ['Dyson', 'Miele', 'Bosch', 'Philips', 'Porsche Design', 'Mr. Coffee', "Mrs. Meyer's", 'Braun', 'Siemens', 'Black+Decker'],
  ports: ['Felixstowe', 'Rotterdam', 'Long Beach', 'Savannah', 'Charleston', 'Port Elizabeth', 'Hamburg', 'Antwerp'],
  software: ['Jenkins', 'Alexa', 'Siri', 'Watson', 'Django', 'Hugo', 'Julia', 'Ruby', 'Hudson', 'Cassandra', 'Ada'],
  places: ['Tyler, TX', 'Charlotte', 'Florence', 'St. Louis', 'Victoria', 'Adelaide', 'Eugene', 'Houston', 'San José', 'Lake Louise', 'Santa Clara', 'Washington'],
  diseases: ["Parkinson's", "Alzheimer's", "Raynaud's", "Crohn's disease", "Dupuytren's contracture", "Bell's palsy"],
  laws: ['Gramm-Leach-Bliley Act', 'Gramm-Leach-Bliley Act (GLBA)', 'Fair Credit Reporting Act', 'Bank Secrecy Act'],
  ships: ['Ever Given', 'MSC Gülsün', 'Maersk Mc-Kinney Møller', 'Queen Mary 2', 'CMA CGM Jacques Saadé'],
  storms: ['Hurricane Milton', 'Storm Babet', 'Typhoon Doksuri', 'Hurricane Helene', 'Storm Ciarán', 'Cyclone Gabrielle'],
  buildings: ['Rockefeller Center', 'the Lincoln Tunnel', 'Martin Luther King Jr. Blvd', 'Victoria Station', 'Franklin Park', 'the Eiffel Tower'],
  pets: ['Biscuit', 'Oscar', 'Mr. Pickles', 'Luna', 'Bella', 'Captain'],
  awards: ['Red Dot award', 'James Beard Award', 'Nobel Prize', 'Pulitzer'],
};

// ---------------------------------------------------------------------------------------------------
// Distractor values (never labelled). Long digit strings are forced Luhn-invalid so none is a card.

function noLuhn(d: string): string {
  if (d.length < 13 || !luhnValid(d)) return d;
  const last = Number(d.charAt(d.length - 1));
  return d.slice(0, -1) + String((last + 1) % 10);
}
const D = {
  order: (r: Rng): string => r.pick([noLuhn(r.digits(17)).replace(/^(\d{3})(\d{7})(\d{7})$/, '$1-$2-$3'), `#${r.int(10000, 99999)}`,
    `ORD-${r.int(2023, 2025)}-${r.digits(6)}`, `${r.int(10, 99)}-${r.digits(5)}-${r.digits(5)}`, `MK${r.digits(9)}`, `#${r.int(1000000, 9999999)}`]),
  tracking: (r: Rng): string => r.pick([`1Z${letters(r, 3)}${r.digits(3)}${r.digits(10)}`, `${letters(r, 2)}${r.digits(9)}${r.pick(['GB', 'DE', 'NL', 'FR', 'SE', 'PL'])}`,
    `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JJD${r.digits(18)}`, `3S${letters(r, 4)}${r.digits(7)}`, `${r.digits(12)}`]),
  rma: (r: Rng): string => r.pick([`RMA-${r.digits(6)}`, `RET${r.digits(8)}`, `R-${r.int(2024, 2025)}-${r.digits(5)}`]),
  caseNo: (r: Rng): string => r.pick([`CS-${r.digits(7)}`, `${r.digits(8)}`, `DP-${r.int(2024, 2025)}-${r.digits(5)}`, `TKT-${r.digits(6)}`]),
  arn: (r: Rng): string => `7${r.digits(22)}`,
  sha: (r: Rng): string => hex(r, r.pick([12, 40, 64])),
  uuid: (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`,
  ts: (r: Rng): string => `${r.int(2024, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`,
  version: (r: Rng): string => `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(1, 250)}`,
  ean: (r: Rng): string => noLuhn(`${r.pick(['40', '50', '87', '94', '76', '80'])}${r.digits(11)}`),
  sku: (r: Rng): string => r.pick([`SKU-${letters(r, 2)}-${r.digits(4)}`, `B0${letters(r, 3)}${r.digits(5)}`, `${letters(r, 3)}-${r.digits(3)}-${letters(r, 1)}`]),
  routing: (r: Rng): string => r.pick(['021000021', '011000138', '122105155', '061000104', '031176110', '071000013', '026009593', '121000358']),
  ein: (r: Rng): string => `${r.pick(['12', '27', '45', '81', '84', '36', '94'])}-${r.digits(7)}`,
  itin: (r: Rng): string => `9${r.digits(2)}-${r.pick(['70', '78', '83', '88', '91'])}-${r.digits(4)}`,
  maskedSsn: (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `•••-••-${r.digits(4)}`]),
  maskedCard: (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`, `•••• ${r.digits(4)}`]),
  maskedPhone: (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `+44 7*** ***${r.digits(3)}`, `+49 15* **** ${r.digits(3)}`, `(***) ***-${r.digits(4)}`]),
  vat: (r: Rng): string => r.pick([`DE${r.digits(9)}`, `FR${r.digits(11)}`, `GB${r.digits(9)}`, `ESB${r.digits(8)}`, `IT${r.digits(11)}`, `NL${r.digits(9)}B01`, `PL${r.digits(10)}`]),
  amount: (r: Rng): string => `${r.int(3, 899)}.${r.digits(2)}`,
  when: (r: Rng): string => `${r.int(2024, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
  hs: (r: Rng): string => `${r.digits(4)}.${r.digits(2)}.${r.digits(2)}`,
};

// ---------------------------------------------------------------------------------------------------
// Countries: phone numbers, postal addresses and dates the way each country writes them.

const M = {
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
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';

interface Country {
  readonly code: string;
  readonly name: string;
  readonly lang: string;
  readonly cultures: readonly string[];
  readonly iban?: string;
  phone(r: Rng, intl: boolean): string;
  address(r: Rng): string[];
  date(r: Rng, y: number, m: number, d: number): string;
}

const enDate = (r: Rng, y: number, m: number, d: number): string =>
  r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon(M.en, m)} ${y}`, `${d} ${mon(M.en, m).slice(0, 3)} ${y}`]);
const usDate = (r: Rng, y: number, m: number, d: number): string =>
  r.pick([`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${mon(M.en, m)} ${d}, ${y}`, `${mon(M.en, m).slice(0, 3)} ${d}, ${y}`]);
const dmy = (sep: string) => (r: Rng, y: number, m: number, d: number): string => `${pad(d)}${sep}${pad(m)}${sep}${y}`;

const COUNTRIES: readonly Country[] = [
  { code: 'US', name: 'United States', lang: 'en', cultures: ['us', 'us', 'us', 'mx', 'in', 'ko', 'zh', 'vi', 'ph', 'ng', 'he', 'ie', 'ru'],
    phone: (r, intl) => {
      const a = r.pick(['212', '415', '312', '617', '206', '512', '303', '404', '702', '919', '646', '971', '213', '808', '614']);
      const e = `${r.int(2, 9)}${r.digits(2)}`;
      const n = r.digits(4);
      return intl ? r.pick([`+1 ${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`, `+1${a}${e}${n}`]) : r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`]);
    },
    address: (r) => {
      const [city, st, zp] = r.pick([['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'],
        ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Providence', 'RI', '029'],
        ['Omaha', 'NE', '681'], ['Tyler', 'TX', '757'], ['Charlotte', 'NC', '282'], ['Eugene', 'OR', '974'], ['Honolulu', 'HI', '968']] as const);
      const zip = `${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      const last = `${city}, ${st} ${zip}`;
      const tail = r.chance(0.3) ? [r.pick(['USA', 'United States'])] : [];
      if (r.chance(0.12)) return [`${r.pick(['PO Box', 'P.O. Box'])} ${r.int(100, 98000)}`, last, ...tail];
      const street = `${r.int(2, 9899)} ${r.pick(['Maple Ave', 'Cedar Ridge Rd', 'W 34th St', 'Lakeshore Dr', 'Pinecrest Ln', 'Old Mill Rd', 'N Elm St',
        'Magnolia Ct', 'Harbor View Way', 'Juniper Trl', 'S Congress Ave', 'Martin Luther King Jr Blvd', 'Washington St'])}`;
      const unit = r.chance(0.35) ? r.pick([`, Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, ` Unit ${r.int(100, 999)}`, `, Ste ${r.int(100, 450)}`]) : '';
      return r.chance(0.3) && unit ? [street, unit.replace(/^,? */, ''), last, ...tail] : [street + unit, last, ...tail];
    },
    date: usDate },
  { code: 'CA', name: 'Canada', lang: 'en', cultures: ['us', 'fr', 'zh', 'ta', 'ph'],
    phone: (r, intl) => {
      const a = r.pick(['416', '604', '514', '403', '613', '902']);
      return `${intl ? '+1 ' : ''}${a}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`;
    },
    address: (r) => {
      const [city, pv, fsa] = r.pick([['Montréal', 'QC', 'H2X'], ['Toronto', 'ON', 'M5V'], ['Vancouver', 'BC', 'V6B'], ['Edmonton', 'AB', 'T5J'], ['Ottawa', 'ON', 'K1P'], ['Halifax', 'NS', 'B3J']] as const);
      const unit = r.chance(0.4) ? `${r.int(101, 2405)}-` : '';
      return [`${unit}${r.int(10, 4999)} ${r.pick(['Rue Saint-Denis', 'Queen St W', 'Granville St', 'Jasper Ave', 'Rue Sherbrooke E', 'Bank St', 'Spring Garden Rd'])}`,
        `${city} ${pv} ${fsa} ${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`, ...(r.chance(0.5) ? ['Canada'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${y}-${pad(m)}-${pad(d)}`, usDate(r, y, m, d)]) },
  { code: 'GB', name: 'United Kingdom', lang: 'en', iban: 'GB', cultures: ['gb', 'gb', 'gb', 'in', 'pl', 'ng', 'ie', 'ar', 'gr'],
    phone: (r, intl) => r.chance(0.7)
      ? (intl ? `+44 7${r.digits(3)} ${r.digits(6)}` : `07${r.digits(3)} ${r.digits(6)}`)
      : (intl ? `+44 ${r.pick(['20', '161', '113', '131'])} ${r.digits(3)} ${r.digits(4)}` : `0${r.pick(['20', '161', '113', '131'])} ${r.digits(3)} ${r.digits(4)}`),
    address: (r) => {
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Bristol', 'BS3'], ['Manchester', 'M14'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['Edinburgh', 'EH7'], ['Brighton', 'BN2'], ['York', 'YO10']] as const);
      const pc = `${out} ${r.int(1, 9)}${letters(r, 2)}`;
      const street = `${r.int(1, 240)} ${r.pick(['Kingsley Road', 'Mill Lane', 'Station Road', 'Abbey Gardens', 'Victoria Terrace', 'Church Street', 'Beech Grove', 'Albion Place'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 30)}`, street] : [street];
      if (r.chance(0.5)) lines.push(town, pc);
      else lines.push(`${town} ${pc}`);
      if (r.chance(0.3)) lines.push(r.pick(['United Kingdom', 'UK']));
      return lines;
    },
    date: enDate },
  { code: 'IE', name: 'Ireland', lang: 'en', iban: 'IE', cultures: ['ie', 'ie', 'pl', 'br'],
    phone: (r, intl) => (intl ? `+353 8${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}` : `08${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`),
    address: (r) => {
      const [town, rk] = r.pick([['Dublin 6W', 'D6W'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94']] as const);
      return [`${r.int(1, 120)} ${r.pick(['Ashfield Park', 'Main Street', 'Strand Road', 'Ballymun Road', 'Oakley Grove'])}`, town, `${rk} ${letters(r, 1)}${r.digits(1)}${letters(r, 1)}${r.digits(1)}`, ...(r.chance(0.5) ? ['Ireland'] : [])];
    },
    date: enDate },
  { code: 'DE', name: 'Germany', lang: 'de', iban: 'DE', cultures: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr', 'hu', 'cz'],
    phone: (r, intl) => r.chance(0.6)
      ? (intl ? `+49 ${r.pick(['151', '160', '170', '171', '176', '157'])} ${r.digits(8)}` : `0${r.pick(['151', '160', '170', '171', '176', '157'])} ${r.digits(8)}`)
      : (intl ? `+49 (0)${r.pick(['30', '40', '89', '221'])} ${r.digits(4)} ${r.digits(3)}` : `0${r.pick(['30', '40', '89', '221'])} ${r.digits(4)} ${r.digits(3)}`),
    address: (r) => {
      const [pc, city] = r.pick([['101', 'Berlin'], ['506', 'Köln'], ['803', 'München'], ['200', 'Hamburg'], ['041', 'Leipzig'], ['701', 'Stuttgart'], ['281', 'Bremen'], ['010', 'Dresden']] as const);
      return [`${r.pick(['Lindenstraße', 'Hauptstraße', 'Bahnhofstr.', 'Am Mühlbach', 'Kastanienallee', 'Schillerstraße', 'Goethestraße', 'Friedrich-Ebert-Str.', 'Bergmannstraße'])} ${r.int(1, 160)}${r.pick(['', '', 'a', 'b'])}`,
        `${pc}${r.digits(2)} ${city}`, ...(r.chance(0.3) ? ['Deutschland'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mon(M.de, m)} ${y}`]) },
  { code: 'FR', name: 'France', lang: 'fr', iban: 'FR', cultures: ['fr', 'fr', 'fr', 'ar', 'vi', 'es'],
    phone: (r, intl) => {
      const n = `${r.pick(['6', '7', '1', '4'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return intl ? `+33 ${n}` : `0${n}`;
    },
    address: (r) => {
      const [pc, city] = r.pick([['75011', 'Paris'], ['69003', 'Lyon'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['33000', 'Bordeaux'], ['67000', 'Strasbourg'], ['59800', 'Lille']] as const);
      const lines = r.chance(0.25) ? [`Appartement ${r.int(2, 60)}, ${r.pick(['Bâtiment B', 'Résidence les Pins', 'Escalier C'])}`] : [];
      lines.push(`${r.int(1, 190)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'chemin du Moulin', 'rue Victor Hugo'])}`);
      lines.push(`${pc} ${r.chance(0.5) ? city.toUpperCase() : city}`);
      if (r.chance(0.35)) lines.push('France');
      return lines;
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon(M.fr, m)} ${y}`]) },
  { code: 'ES', name: 'Spain', lang: 'es', iban: 'ES', cultures: ['es', 'es', 'es', 'mx', 'ar'],
    phone: (r, intl) => `${intl ? '+34 ' : ''}6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    address: (r) => {
      const [pc, city] = r.pick([['28013', 'Madrid'], ['08007', 'Barcelona'], ['41001', 'Sevilla'], ['46002', 'Valencia'], ['15704', 'Santiago de Compostela'], ['29005', 'Málaga'], ['48001', 'Bilbao']] as const);
      const st = r.pick(['Calle Mayor', 'Calle de Alcalá', 'Avenida de la Constitución', 'Paseo de Gracia', 'Calle San Vicente', 'Rúa do Franco', 'Calle Larios']);
      return [r.chance(0.5) ? `${st}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D'])}` : `${st} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['izda.', 'dcha.'])}`,
        `${pc} ${city}`, ...(r.chance(0.35) ? ['España'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon(M.es, m)} de ${y}`]) },
  { code: 'MX', name: 'Mexico', lang: 'es', cultures: ['mx'],
    phone: (r, intl) => `${intl ? '+52 ' : ''}${r.pick(['55', '33', '81'])} ${r.digits(4)} ${r.digits(4)}`,
    address: (r) => {
      const [col, cp, city] = r.pick([['Col. Roma Norte', '06700', 'Ciudad de México, CDMX'], ['Col. Del Valle', '03100', 'Ciudad de México, CDMX'],
        ['Col. Americana', '44160', 'Guadalajara, Jal.'], ['Col. Centro', '64000', 'Monterrey, N.L.'], ['Col. Reforma', '68050', 'Oaxaca de Juárez, Oax.']] as const);
      const st = `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Hidalgo', 'Av. Vallarta', 'Calle Morelos'])} ${r.int(10, 2400)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}`;
      return r.chance(0.5) ? [st, col, `C.P. ${cp} ${city}`] : [st, `${col}, ${cp} ${city}`, ...(r.chance(0.4) ? ['México'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon(M.es, m)} de ${y}`]) },
  { code: 'BR', name: 'Brazil', lang: 'pt', iban: 'BR', cultures: ['br', 'br', 'br', 'ja', 'it'],
    phone: (r, intl) => {
      const ddd = r.pick(['11', '21', '31', '41', '51', '81']);
      return intl ? `+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}` : `(${ddd}) 9${r.digits(4)}-${r.digits(4)}`;
    },
    address: (r) => {
      const [bairro, city, uf, cep] = r.pick([['Consolação', 'São Paulo', 'SP', '01304'], ['Bela Vista', 'São Paulo', 'SP', '01310'], ['Centro', 'Curitiba', 'PR', '80020'],
        ['Savassi', 'Belo Horizonte', 'MG', '30140'], ['Boa Viagem', 'Recife', 'PE', '51020'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '90570']] as const);
      const st = `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Rua XV de Novembro', 'Av. Sete de Setembro', 'Rua Oscar Freire'])}, ${r.int(10, 2900)}${r.chance(0.4) ? `, apto ${r.int(11, 204)}` : ''}`;
      return r.chance(0.5) ? [st, `${bairro} - ${city}/${uf}`, `CEP ${cep}-${r.digits(3)}`] : [st, `${bairro}, ${city} - ${uf}, ${cep}-${r.digits(3)}`, ...(r.chance(0.3) ? ['Brasil'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon(M.pt, m)} de ${y}`]) },
  { code: 'IT', name: 'Italy', lang: 'it', iban: 'IT', cultures: ['it', 'it', 'it', 'ar'],
    phone: (r, intl) => `${intl ? '+39 ' : ''}3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
    address: (r) => {
      const [cap, city, pv] = r.pick([['20121', 'Milano', 'MI'], ['00184', 'Roma', 'RM'], ['40124', 'Bologna', 'BO'], ['80134', 'Napoli', 'NA'], ['50122', 'Firenze', 'FI'], ['10123', 'Torino', 'TO']] as const);
      return [`${r.pick(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Via Toledo'])}${r.pick([' ', ', '])}${r.int(1, 180)}`,
        r.chance(0.5) ? `${cap} ${city} (${pv})` : `${cap} ${city} ${pv}`, ...(r.chance(0.3) ? ['Italia'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon(M.it, m)} ${y}`]) },
  { code: 'NL', name: 'Netherlands', lang: 'nl', iban: 'NL', cultures: ['nl', 'nl', 'nl', 'tr', 'ar'],
    phone: (r, intl) => (intl ? `+31 6 ${r.digits(8)}` : r.pick([`06-${r.digits(8)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`])),
    address: (r) => {
      const [city, pc] = r.pick([['Amsterdam', '1015'], ['Utrecht', '3511'], ['Rotterdam', '3012'], ['Den Haag', '2514'], ['Groningen', '9711'], ['Eindhoven', '5611']] as const);
      return [`${r.pick(['Keizersgracht', 'Prinsengracht', 'Oudegracht', 'Dorpsstraat', 'Kerkstraat', 'Witte de Withstraat'])} ${r.int(1, 400)}${r.pick(['', '', '-hs', ' A', '-2'])}`,
        `${pc} ${r.pick(['AB', 'CJ', 'GV', 'KL', 'RT', 'XZ'])} ${city}`, ...(r.chance(0.3) ? ['Nederland'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon(M.nl, m)} ${y}`]) },
  { code: 'PL', name: 'Poland', lang: 'pl', iban: 'PL', cultures: ['pl'],
    phone: (r, intl) => `${intl ? '+48 ' : ''}${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    address: (r) => {
      const [pc, city] = r.pick([['00-549', 'Warszawa'], ['80-831', 'Gdańsk'], ['31-019', 'Kraków'], ['90-406', 'Łódź'], ['81-388', 'Gdynia'], ['50-077', 'Wrocław']] as const);
      return [`${r.pick(['ul. Piękna', 'ul. Długa', 'al. Jerozolimskie', 'ul. Floriańska', 'ul. Piotrkowska', 'ul. Świętojańska'])} ${r.int(1, 150)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`,
        `${pc} ${city}`, ...(r.chance(0.3) ? ['Polska'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon(M.pl, m)} ${y}`]) },
  { code: 'SE', name: 'Sweden', lang: 'sv', iban: 'SE', cultures: ['se', 'se', 'fi', 'fa'],
    phone: (r, intl) => (intl ? `+46 7${r.pick(['0', '2', '3', '6'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}` : `07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`),
    address: (r) => {
      const [pc, city] = r.pick([['114 51', 'Stockholm'], ['411 19', 'Göteborg'], ['211 43', 'Malmö'], ['753 20', 'Uppsala']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Linnégatan', 'Södra Vägen'])} ${r.int(1, 90)}${r.pick(['', ' lgh 1102', 'B'])}`,
        `${pc} ${city}`, ...(r.chance(0.3) ? ['Sverige'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${mon(M.sv, m)} ${y}`]) },
  { code: 'JP', name: 'Japan', lang: 'ja', cultures: ['ja'],
    phone: (r, intl) => (r.chance(0.7)
      ? (intl ? `+81 ${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}` : `0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`)
      : (intl ? `+81 3-${r.digits(4)}-${r.digits(4)}` : `03-${r.digits(4)}-${r.digits(4)}`)),
    address: (r) => {
      const [town, ward, city, zip] = r.pick([['Jingumae', 'Shibuya-ku', 'Tokyo', '150-0001'], ['Nishi-Shinjuku', 'Shinjuku-ku', 'Tokyo', '160-0023'],
        ['Umeda', 'Kita-ku', 'Osaka', '530-0001'], ['Sakae', 'Naka-ku', 'Nagoya', '460-0008'], ['Tenjin', 'Chuo-ku', 'Fukuoka', '810-0001']] as const);
      return [`${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${town}, ${ward}`, `${city} ${zip}`, ...(r.chance(0.5) ? ['Japan'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]) },
  { code: 'KR', name: 'South Korea', lang: 'ko', cultures: ['ko'],
    phone: (r, intl) => (intl ? `+82 10-${r.digits(4)}-${r.digits(4)}` : `010-${r.digits(4)}-${r.digits(4)}`),
    address: (r) => [`${r.int(1, 400)} ${r.pick(['Teheran-ro', 'Sejong-daero', 'Olympic-ro', 'Haeundae-ro'])}, ${r.pick(['Gangnam-gu', 'Jung-gu', 'Songpa-gu', 'Mapo-gu'])}`,
      `${r.pick(['Seoul', 'Busan', 'Incheon'])} ${r.digits(5)}`, ...(r.chance(0.5) ? ['South Korea'] : [])],
    date: (r, y, m, d) => r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]) },
  { code: 'IN', name: 'India', lang: 'en', cultures: ['in', 'in', 'ta'],
    phone: (r, intl) => `${intl ? '+91 ' : ''}${r.pick(['9', '8', '7'])}${r.digits(4)} ${r.digits(5)}`,
    address: (r) => {
      const [area, city, state, pin] = r.pick([['Indiranagar', 'Bengaluru', 'Karnataka', '560038'], ['Andheri West', 'Mumbai', 'Maharashtra', '400058'],
        ['T. Nagar', 'Chennai', 'Tamil Nadu', '600017'], ['Salt Lake', 'Kolkata', 'West Bengal', '700091'], ['Koregaon Park', 'Pune', 'Maharashtra', '411001']] as const);
      return [`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Kunj', 'Lotus Enclave'])}`,
        `${r.pick(['14th Cross Road', 'MG Road', 'Link Road', 'Anna Salai', '2nd Main'])}, ${area}`, r.chance(0.5) ? `${city} - ${pin}` : `${city}, ${state} ${pin}`];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`, `${d} ${mon(M.en, m)} ${y}`]) },
  { code: 'AU', name: 'Australia', lang: 'en', cultures: ['gb', 'us', 'vi', 'zh', 'gr', 'it'],
    phone: (r, intl) => (intl ? `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}` : `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`),
    address: (r) => {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['South Yarra', 'VIC', '3141'], ['Surry Hills', 'NSW', '2010'], ['Fremantle', 'WA', '6160'], ['New Farm', 'QLD', '4005']] as const);
      const line = `${r.chance(0.3) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 480)} ${r.pick(['Brunswick St', 'Chapel St', 'George St', 'Hay St', 'Oxford St', 'Merivale St'])}`;
      return [line, `${sub} ${st} ${pc}`, ...(r.chance(0.4) ? ['Australia'] : [])];
    },
    date: enDate },
  { code: 'AE', name: 'United Arab Emirates', lang: 'en', iban: 'AE', cultures: ['ar', 'ar', 'in', 'ph', 'fa'],
    phone: (r, intl) => `${intl ? '+971 5' : '05'}${r.pick(['0', '2', '5', '6'])} ${r.digits(3)} ${r.digits(4)}`,
    address: (r) => {
      const [area, city] = r.pick([['Dubai Marina', 'Dubai'], ['Al Nahda', 'Sharjah'], ['Al Khalidiyah', 'Abu Dhabi'], ['Jumeirah Lake Towers', 'Dubai']] as const);
      return [`Apartment ${r.int(101, 3208)}, ${r.pick(['Marina Heights Tower', 'Al Noor Building', 'Palm View Residences', 'Cluster D, Lake View'])}`, `${area}, ${city}`,
        ...(r.chance(0.5) ? ['United Arab Emirates'] : ['UAE'])];
    },
    date: dmy('/') },
  { code: 'TR', name: 'Turkey', lang: 'tr', iban: 'TR', cultures: ['tr'],
    phone: (r, intl) => `${intl ? '+90 5' : '05'}${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    address: (r) => {
      const [mah, cad, pc, ilce, il] = r.pick([['Caferağa Mah.', 'Moda Cad.', '34710', 'Kadıköy', 'İstanbul'], ['Kızılay Mah.', 'Atatürk Blv.', '06420', 'Çankaya', 'Ankara'],
        ['Alsancak Mah.', 'Kıbrıs Şehitleri Cad.', '35220', 'Konak', 'İzmir']] as const);
      return [`${mah} ${cad} No: ${r.int(1, 200)} D: ${r.int(1, 20)}`, `${pc} ${ilce}/${il}`, ...(r.chance(0.3) ? ['Türkiye'] : [])];
    },
    date: (r, y, m, d) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon(M.tr, m)} ${y}`]) },
  { code: 'NG', name: 'Nigeria', lang: 'en', cultures: ['ng'],
    phone: (r, intl) => (intl ? `+234 ${r.pick(['803', '806', '813', '905'])} ${r.digits(3)} ${r.digits(4)}` : `0${r.pick(['803', '806', '813', '905'])} ${r.digits(3)} ${r.digits(4)}`),
    address: (r) => {
      const [area, city] = r.pick([['Victoria Island', 'Lagos'], ['Ikeja', 'Lagos'], ['Ikoyi', 'Lagos'], ['Wuse II', 'Abuja']] as const);
      return [`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Allen Avenue', 'Awolowo Road', 'Aminu Kano Crescent'])}`, `${area}, ${city}`, ...(r.chance(0.5) ? ['Nigeria'] : [])];
    },
    date: enDate },
  { code: 'KE', name: 'Kenya', lang: 'en', cultures: ['ke'],
    phone: (r, intl) => (intl ? `+254 7${r.digits(2)} ${r.digits(6)}` : `07${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`),
    address: (r) => [`${r.pick(['Kilimani Court', 'Westlands Square', 'Upper Hill Plaza'])}, ${r.pick(['Ngong Road', 'Moi Avenue', 'Kimathi Street', 'Argwings Kodhek Road'])}`,
      `P.O. Box ${r.int(100, 69999)}-00100`, 'Nairobi', ...(r.chance(0.5) ? ['Kenya'] : [])],
    date: enDate },
];

const country = (code: string): Country => COUNTRIES.find((c) => c.code === code) ?? (COUNTRIES[0] as Country);
const anyCountry = (r: Rng): Country => r.pick(COUNTRIES);
const ibanCountry = (r: Rng): Country => r.pick(COUNTRIES.filter((c) => c.iban));
const local = (r: Rng, c: Country): Person => person(r, r.pick(c.cultures));
const birth = (r: Rng): [number, number, number] => [r.int(1946, 2005), r.int(1, 12), r.int(1, 28)];
const recent = (r: Rng): [number, number, number] => [r.int(2024, 2025), r.int(1, 12), r.int(1, 28)];

// ---------------------------------------------------------------------------------------------------
// Checksummed values: cards, IBANs, SSNs, IP addresses; and spoken forms.

function cardNumber(r: Rng): string {
  const k = r.int(0, 11);
  let prefix: string;
  let len = 16;
  if (k <= 3) {
    prefix = '4';
    len = r.chance(0.06) ? 13 : r.chance(0.05) ? 19 : 16;
  } else if (k <= 5) prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  else if (k === 6) [prefix, len] = [r.pick(['34', '37']), 15];
  else if (k === 7) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k === 8) prefix = String(r.int(3528, 3589));
  else if (k === 9) [prefix, len] = [r.pick(['36', '38', String(r.int(300, 305))]), 14];
  else if (k === 10) [prefix, len] = ['62', r.chance(0.2) ? 19 : 16];
  else prefix = String(r.int(51, 55));
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}

function fmtCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  if (!sep) return d;
  const groups = d.length === 15 || d.length === 14 ? [4, 6, d.length - 10] : d.length === 13 ? [4, 4, 5] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(d.slice(i, i + g));
    i += g;
  }
  return out.join(sep);
}
const card = (r: Rng): string => fmtCard(r, cardNumber(r));
/** A card-shaped number that fails Luhn (typo'd last digit). */
function badCard(r: Rng): string {
  const d = cardNumber(r);
  return fmtCard(r, d.slice(0, -1) + String((Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10));
}
const expiry = (r: Rng): string => `${pad(r.int(1, 12))}/${r.int(26, 31)}`;

const BBAN: Readonly<Record<string, string>> = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n',
  PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c', TR: '5n1n16c', AE: '19n', GR: '7n16c', BR: '23n1a1c',
  CZ: '20n', HU: '24n', RO: '4a16c', HR: '17n',
};
const BANKS: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'BUNQ'], IE: ['AIBK', 'BOFI', 'IPBS'], RO: ['BTRL', 'RNCB', 'BRDE'],
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}

/** A compact, checksum-valid IBAN of country `cc`. */
function ibanCompact(r: Rng, cc: string): string {
  const spec = BBAN[cc] ?? '18n';
  let bban = '';
  let first = true;
  for (const m of spec.matchAll(/(\d+)([anc])/g)) {
    const n = Number(m[1]);
    const kind = m[2];
    const banks = BANKS[cc];
    if (kind === 'a' && first && banks && n === 4) bban += r.pick(banks);
    else if (kind === 'a') bban += letters(r, n);
    else if (kind === 'n') bban += r.digits(n);
    else for (let i = 0; i < n; i++) bban += r.chance(0.15) ? letters(r, 1) : r.digits(1);
    first = false;
  }
  const check = 98 - mod97(bban + cc + '00');
  const iban = cc + pad(check) + bban;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[cc] !== iban.length) throw new Error(`bad IBAN generated: ${iban}`);
  return iban;
}
function fmtIban(r: Rng, compact: string): string {
  const x = r.next();
  const grouped = compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.6) return grouped;
  if (x < 0.88) return compact;
  return r.chance(0.5) ? compact.toLowerCase() : grouped.toLowerCase();
}
const iban = (r: Rng, cc: string): string => fmtIban(r, ibanCompact(r, cc));
/** An IBAN with one mistyped digit: fails mod 97, never labelled. */
function badIban(r: Rng, cc: string): string {
  const good = ibanCompact(r, cc);
  for (;;) {
    const i = r.int(4, good.length - 1);
    const ch = good.charAt(i);
    if (!/\d/.test(ch)) continue;
    const bad = good.slice(0, i) + String((Number(ch) + r.int(1, 9)) % 10) + good.slice(i + 1);
    if (!ibanMod97Valid(bad)) return r.chance(0.6) ? bad.replace(/(.{4})(?=.)/g, '$1 ') : bad;
  }
}
const bic = (r: Rng): string => `${letters(r, 4)}${r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'PL', 'SE'])}${letters(r, 2)}${r.chance(0.4) ? 'XXX' : ''}`;

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = r.pick(['-', '-', '-', '-', ' ', '']);
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99))}${sep}${pad(r.int(1, 9999), 4)}`;
}

function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.15) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.22) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(11, 223);
  if (a === 127) a = 128;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2406:da14', '2a01:4f8', 'fd12:3456', '2804:14c']);
  const s = r.chance(0.5) ? `${pre}:${h()}:${h()}::${h()}` : `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return r.chance(0.15) ? s.toUpperCase() : s;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A phone number read out: digit words, groups separated by commas. */
function spokenPhone(r: Rng, num: string): string {
  const groups = num.replace(/[()]/g, '').split(/[\s.-]+/).filter(Boolean);
  return groups
    .map((g) => [...g].map((c) => (c === '+' ? 'plus' : c === '0' && r.chance(0.5) ? 'oh' : WORDS[Number(c)] ?? c)).join(' '))
    .join(', ');
}
function spokenEmail(addr: string): string {
  return addr.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
}

// ---------------------------------------------------------------------------------------------------
// Labelling helpers.

const nm = (d: Doc, r: Rng, p: Person): Doc => d.l('PERSON', variant(r, p));
const fn = (d: Doc, p: Person): Doc => d.l('PERSON', full(p));
function me(d: Doc, p: Person): Doc {
  const f = full(p);
  if (!d.known.includes(f)) d.known.push(f);
  return d.l('PERSON', f);
}
const addr = (d: Doc, lines: readonly string[], sep = '\n'): Doc => d.l('ADDRESS', lines.join(sep));
const dob = (d: Doc, r: Rng, c: Country): Doc => d.l('DOB', c.date(r, ...birth(r)));
/** A recent (non-birth) date in an English-language document: the country's own format when it writes English, else day-month-year. */
const date = (r: Rng, c: Country): string => (c.lang === 'en' ? c.date(r, ...recent(r)) : enDate(r, ...recent(r)));
/** A recent date in the country's own language and format. */
const ldate = (r: Rng, c: Country): string => c.date(r, ...recent(r));
const usDob = (d: Doc, r: Rng): Doc => d.l('DOB', usDate(r, ...birth(r)));
const shop = (r: Rng): Shop => r.pick(SHOPS);
const market = (r: Rng): string => r.pick(MARKETS);
const agentName = (r: Rng): Person => person(r, r.pick(['us', 'gb', 'ph', 'in', 'ie', 'pl', 'ke', 'ta']));

type Tpl = (d: Doc, r: Rng) => void;

// ---------------------------------------------------------------------------------------------------
// Templates: seller onboarding and KYC.

const kycUS: Tpl = (d, r) => {
  const c = country('US');
  const p = local(r, c);
  d.t(`[${market(r)}] Seller identity verification — step ${r.int(2, 3)} of 4\n\nLegal name: `);
  me(d, p).t('\nDate of birth: ');
  usDob(d, r).t(`\n${r.pick(['SSN', 'Social Security Number', 'SSN (for 1099-K)'])}: `).l('NATIONAL_ID', ssn(r));
  d.t('\nHome address: ');
  addr(d, c.address(r), r.chance(0.5) ? ', ' : '\n').t('\nMobile: ').l('PHONE', c.phone(r, r.chance(0.3)));
  d.t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\nBusiness type: ${r.pick(['Sole proprietor', 'Single-member LLC', 'Individual'])}${r.chance(0.5) ? `   EIN (optional): ${D.ein(r)}` : ''}`);
  d.t(`\nBank routing no.: ${D.routing(r)}   Account: ••••${r.digits(4)}`);
  if (r.chance(0.6)) d.t('\nCard for seller fees: ').l('CARD', card(r)).t(`  exp ${expiry(r)}`);
  d.t('\nSubmitted from ').l('IP', ip(r)).t(` at ${D.ts(r)} · session ${D.uuid(r)}\n`);
  if (r.chance(0.4)) d.t(`Your data is protected under the ${r.pick(TRAPS.laws)} and our privacy notice.\n`);
};

const kycEU: Tpl = (d, r) => {
  const c = ibanCountry(r);
  const p = local(r, c);
  d.t(`${market(r)} — Seller onboarding (KYC)\nApplication ${D.caseNo(r)} · marketplace: ${c.code.toLowerCase()}\n\nAccount holder: `);
  me(d, p).t(`\nCountry of residence: ${c.name}\nDate of birth: `);
  dob(d, r, c).t('\nRegistered address:\n');
  addr(d, c.address(r)).t('\nPhone: ').l('PHONE', c.phone(r, true));
  d.t('\nContact e-mail: ').l('EMAIL', email(r, p));
  d.t(`\nPayout account (IBAN): `).l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nBIC: ${bic(r)}\nVAT number: ${D.vat(r)}\n`);
  if (r.chance(0.4)) d.t(`Ultimate beneficial owner: same as account holder\n`);
  else {
    const u = local(r, c);
    d.t('Ultimate beneficial owner: ');
    fn(d, u).t(' (born ');
    dob(d, r, c).t(`, ${r.int(25, 100)}% of shares)\n`);
  }
  if (r.chance(0.3)) d.t('Card for marketplace fees: ').l('CARD', card(r)).t('\n');
  d.t(`Document: ${r.pick(['passport', 'national ID card', 'residence permit'])}, number on file (not shown)\n`);
};

const kycDE: Tpl = (d, r) => {
  const c = country('DE');
  const p = local(r, c);
  d.t(`Verkäuferkonto verifizieren – ${market(r)}\n\nVorname, Nachname: `);
  me(d, p).t('\nGeburtsdatum: ');
  dob(d, r, c).t(`\nStaatsangehörigkeit: ${r.pick(['deutsch', 'österreichisch', 'türkisch', 'polnisch'])}\nAnschrift:\n`);
  addr(d, c.address(r)).t('\nTelefon: ').l('PHONE', c.phone(r, r.chance(0.5)));
  d.t('\nE-Mail: ').l('EMAIL', email(r, p));
  d.t('\nKontoinhaber: ');
  fn(d, p).t('\nIBAN: ').l('IBAN', iban(r, 'DE'));
  d.t(`\nSteuer-ID: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nUSt-IdNr.: DE${r.digits(9)}\n`);
  d.t(`Hinweis: Bitte laden Sie bis zum ${ldate(r, c)} eine Kopie Ihres Personalausweises hoch.\n`);
};

const kycFR: Tpl = (d, r) => {
  const c = country('FR');
  const p = local(r, c);
  d.t(`Vérification d'identité vendeur — ${market(r)}\n\nNom et prénom : `);
  me(d, p).t('\nNé(e) le : ');
  dob(d, r, c).t(` à ${r.pick(['Lyon', 'Rennes', 'Alger', 'Nantes', 'Toulouse'])}\nAdresse :\n`);
  addr(d, c.address(r)).t('\nPortable : ').l('PHONE', c.phone(r, r.chance(0.4)));
  d.t('\nCourriel : ').l('EMAIL', email(r, p));
  d.t('\nIBAN de versement : ').l('IBAN', iban(r, 'FR'));
  d.t(`\nSIRET : ${r.int(4, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(5)}\nN° de sécurité sociale : ${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\n`);
};

const kycES: Tpl = (d, r) => {
  const mx = r.chance(0.4);
  const c = country(mx ? 'MX' : 'ES');
  const p = local(r, c);
  d.t(`Alta de vendedor · ${market(r)}\n\nNombre completo: `);
  me(d, p).t('\nFecha de nacimiento: ');
  dob(d, r, c).t(mx ? `\nCURP: ${letters(r, 4)}${r.digits(6)}${letters(r, 6)}${r.digits(2)}\nRFC: ${letters(r, 4)}${r.digits(6)}${letters(r, 3)}` : `\nDNI: ${r.digits(8)}${letters(r, 1)}`);
  d.t('\nDomicilio:\n');
  addr(d, c.address(r)).t('\nTeléfono móvil: ').l('PHONE', c.phone(r, r.chance(0.5)));
  d.t('\nCorreo: ').l('EMAIL', email(r, p));
  if (mx) d.t(`\nCLABE interbancaria: ${noLuhn(`0${r.digits(17)}`)}\n`);
  else d.t('\nIBAN para liquidaciones: ').l('IBAN', iban(r, 'ES')).t('\n');
};

const kycBR: Tpl = (d, r) => {
  const c = country('BR');
  const p = local(r, c);
  d.t(`Cadastro de vendedor — ${market(r)}\n\nNome completo: `);
  me(d, p).t('\nData de nascimento: ');
  dob(d, r, c).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nEndereço:\n`);
  addr(d, c.address(r)).t('\nCelular/WhatsApp: ').l('PHONE', c.phone(r, r.chance(0.4)));
  d.t('\nE-mail: ').l('EMAIL', email(r, p));
  d.t(`\nBanco: ${r.pick(['341 - Itaú', '260 - Nu Pagamentos', '001 - Banco do Brasil', '237 - Bradesco'])}  Agência: ${r.digits(4)}  Conta: ${r.digits(6)}-${r.digits(1)}`);
  if (r.chance(0.6)) d.t('\nIBAN (recebimentos internacionais): ').l('IBAN', iban(r, 'BR'));
  d.t(`\nChave Pix: aleatória (${D.uuid(r)})\n`);
};

const kycJP: Tpl = (d, r) => {
  const c = country('JP');
  const s = r.pick(JA_NATIVE.s);
  const g = r.pick(JA_NATIVE.g);
  const nameJ = `${s} ${g}`;
  d.t(`【${market(r)}】出品者登録内容のご確認\n\n氏名: `);
  d.known.push(nameJ);
  d.l('PERSON', nameJ).t('\n生年月日: ');
  dob(d, r, c).t('\n住所: ');
  const [zip, pref, ward, town] = r.pick([['150-0001', '東京都', '渋谷区', '神宮前'], ['160-0023', '東京都', '新宿区', '西新宿'], ['530-0001', '大阪府', '大阪市北区', '梅田'],
    ['460-0008', '愛知県', '名古屋市中区', '栄'], ['810-0001', '福岡県', '福岡市中央区', '天神']] as const);
  d.l('ADDRESS', `〒${zip} ${pref}${ward}${town}${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.5) ? ` ${r.pick(['ハイツ青葉', 'メゾン桜', 'グランドール'])}${r.int(101, 905)}号室` : ''}`);
  d.t('\n電話番号: ').l('PHONE', c.phone(r, false));
  d.t('\nメール: ').l('EMAIL', email(r, person(r, 'ja')));
  d.t(`\n振込先: ${r.pick(['三井住友銀行', 'みずほ銀行', 'ゆうちょ銀行'])} 普通 ${r.digits(7)}\n`).l('PERSON', s).t(`様、ご登録ありがとうございます。審査には${r.int(2, 5)}営業日ほどかかります。\n`);
};

const w9: Tpl = (d, r) => {
  const c = country('US');
  const p = local(r, c);
  const s = shop(r);
  d.t(`Tax information received (Form W-9) — ${market(r)} Seller Central\n\nName (as shown on your income tax return): `);
  me(d, p).t(`\nBusiness name/disregarded entity name: ${s.name}\nFederal tax classification: ${r.pick(['Individual/sole proprietor', 'Single-member LLC'])}\nAddress: `);
  addr(d, c.address(r), ', ');
  if (r.chance(0.65)) d.t('\nTaxpayer identification number: SSN ').l('NATIONAL_ID', ssn(r));
  else d.t(`\nTaxpayer identification number: EIN ${D.ein(r)}`);
  d.t(`\nCertified electronically on ${usDate(r, ...recent(r))} from IP `).l('IP', ipv4(r));
  d.t('.\nIf any of this is wrong, reply to ').l('EMAIL', `${r.pick(['tax-forms', 'seller-tax'])}@${s.dom}`).t('\n');
};

// ---------------------------------------------------------------------------------------------------
// Templates: order and return exports, return requests.

const orderCsv: Tpl = (d, r) => {
  const base = r.chance(0.5) ? country('US') : anyCountry(r);
  d.t(r.pick(['order_id,order_date,buyer_name,buyer_email,buyer_phone,ship_to,sku,qty,total\n', 'Order ID,Date,Buyer,E-mail,Phone,Shipping address,SKU,Qty,Total\n']));
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const c = r.chance(0.7) ? base : anyCountry(r);
    const p = local(r, c);
    d.t(`${D.order(r)},${D.when(r)},`).l('PERSON', r.chance(0.8) ? full(p) : full(p).toUpperCase()).t(',');
    d.l('EMAIL', email(r, p)).t(',');
    if (r.chance(0.75)) d.l('PHONE', c.phone(r, true));
    d.t(',"');
    addr(d, c.address(r), ', ').t(`",${D.sku(r)},${r.int(1, 3)},${D.amount(r)}\n`);
  }
  if (r.chance(0.3)) d.t(`# exported ${D.ts(r)} by seller tool v${D.version(r)}\n`);
};

const returnCsv: Tpl = (d, r) => {
  d.t('rma_id\torder_id\tcustomer\temail\treason\trefund_method\trefund_to\tstatus\n');
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const c = anyCountry(r);
    const p = local(r, c);
    d.t(`${D.rma(r)}\t${D.order(r)}\t`).l('PERSON', r.chance(0.7) ? full(p) : `${p.surname}, ${p.given}`).t('\t').l('EMAIL', email(r, p));
    d.t(`\t${r.pick(['damaged', 'wrong size', 'not as described', 'changed mind', 'late delivery', 'missing parts'])}\t`);
    const x = r.next();
    if (c.iban && x < 0.5) d.t('bank_transfer\t').l('IBAN', iban(r, c.iban));
    else if (x < 0.8) d.t(`original_payment\t${D.maskedCard(r)}`);
    else d.t('store_credit\t-');
    d.t(`\t${r.pick(['received', 'refunded', 'awaiting_item', 'rejected'])}\n`);
  }
};

interface RetLang {
  readonly hi: string;
  body(o: string): string;
  readonly pick: string;
  readonly call: string;
  readonly bye: string;
}
const RET: Readonly<Record<string, RetLang>> = {
  en: { hi: 'Hello', body: (o) => `I'd like to return order ${o}: the item arrived damaged (the lid was cracked).`, pick: 'Please arrange a pickup from:', call: 'You can reach me on', bye: 'Thanks,' },
  de: { hi: 'Guten Tag', body: (o) => `ich möchte die Bestellung ${o} zurückgeben, der Artikel ist beschädigt angekommen.`, pick: 'Bitte lassen Sie das Paket hier abholen:', call: 'Erreichbar bin ich unter', bye: 'Viele Grüße' },
  fr: { hi: 'Bonjour', body: (o) => `je souhaite retourner la commande ${o} : la taille ne convient pas.`, pick: "Merci d'organiser l'enlèvement à l'adresse suivante :", call: 'Mon numéro :', bye: 'Cordialement,' },
  es: { hi: 'Hola', body: (o) => `quiero devolver el pedido ${o}, me llegó el color equivocado.`, pick: 'Pueden recogerlo en:', call: 'Mi teléfono es el', bye: 'Un saludo,' },
  pt: { hi: 'Olá', body: (o) => `gostaria de devolver o pedido ${o}, veio com defeito.`, pick: 'Podem retirar no endereço:', call: 'Meu celular:', bye: 'Obrigada,' },
  it: { hi: 'Buongiorno', body: (o) => `vorrei restituire l'ordine ${o}, il prodotto non funziona.`, pick: 'Il ritiro può avvenire presso:', call: 'Il mio cellulare è', bye: 'Cordiali saluti,' },
  nl: { hi: 'Hallo', body: (o) => `ik wil bestelling ${o} retourneren, het past niet.`, pick: 'Ophalen kan op:', call: 'Bereikbaar op', bye: 'Groetjes,' },
  pl: { hi: 'Dzień dobry', body: (o) => `chciałabym zwrócić zamówienie ${o}, produkt jest uszkodzony.`, pick: 'Proszę o odbiór przez kuriera z adresu:', call: 'Mój numer telefonu:', bye: 'Pozdrawiam,' },
  sv: { hi: 'Hej', body: (o) => `jag vill returnera order ${o}, fel storlek.`, pick: 'Paketet kan hämtas på:', call: 'Nå mig på', bye: 'Mvh' },
  tr: { hi: 'Merhaba', body: (o) => `${o} numaralı siparişi iade etmek istiyorum, ürün hasarlı geldi.`, pick: 'Kargo şu adresten alabilir:', call: 'Telefonum:', bye: 'Teşekkürler,' },
};

const returnRequest: Tpl = (d, r) => {
  const c = anyCountry(r);
  const L = RET[c.lang] ?? (RET.en as RetLang);
  const p = local(r, c);
  const seller = person(r);
  const o = D.order(r);
  d.t(`Subject: ${r.pick(['Return', 'Retoure', 'Retour', 'RMA'])} ${o}\n\n${L.hi} `);
  d.l('PERSON', seller.given).t(`,\n${L.body(o)}\n${L.pick}\n`);
  addr(d, c.address(r)).t(`\n${L.call} `).l('PHONE', c.phone(r, r.chance(0.4)));
  d.t(r.pick(['.', ` (${r.int(8, 10)}–${r.int(16, 19)}h).`, '']) + `\n\n${L.bye}\n`);
  nm(d, r, p).t('\n');
  if (r.chance(0.3)) d.t(`Sent from my ${r.pick(['iPhone', 'Galaxy S23', 'Pixel 8'])}\n`);
};

const ukReturnBank: Tpl = (d, r) => {
  const c = country(r.chance(0.7) ? 'GB' : 'IE');
  const p = local(r, c);
  const s = shop(r);
  d.t(`${s.name} — Returns portal\nReturn ref: ${D.rma(r)}  Original order: ${D.order(r)}\n\nName: `);
  fn(d, p).t('\nCollection address:\n');
  addr(d, c.address(r)).t('\nContact number: ').l('PHONE', c.phone(r, r.chance(0.3)));
  d.t(`\nReason: ${r.pick(['Faulty — stopped charging after 3 days', 'Wrong item sent', 'Parcel arrived open'])}\n`);
  d.t('Refund to bank account (paid by bank transfer originally)\nAccount name: ').l('PERSON', full(p).toUpperCase());
  d.t(`\nSort code: ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}  Account no.: ${r.digits(8)}\nIBAN: `).l('IBAN', iban(r, c.iban ?? 'GB'));
  d.t(`\nWe aim to refund within 14 days of receiving the item (Consumer Contracts Regulations). Questions: `).l('EMAIL', role(r, s)).t('\n');
};

const returnFormPL: Tpl = (d, r) => {
  const c = country('PL');
  const p = local(r, c);
  d.t(`FORMULARZ ODSTĄPIENIA OD UMOWY / ZWROTU\nSklep: ${shop(r).name} (${market(r)})\nNumer zamówienia: ${D.order(r)}   Data odbioru: ${ldate(r, c)}\n\nImię i nazwisko konsumenta: `);
  fn(d, p).t('\nAdres konsumenta:\n');
  addr(d, c.address(r)).t('\nTelefon: ').l('PHONE', c.phone(r, r.chance(0.3)));
  d.t('\nE-mail: ').l('EMAIL', email(r, p));
  d.t('\nProszę o zwrot środków na rachunek: ').l('IBAN', iban(r, 'PL'));
  d.t(`\nPESEL: ${r.digits(11)} (niepotrzebne — usunąć)\nData: ${ldate(r, c)}   Podpis: `).l('PERSON', `${p.given.charAt(0)}. ${p.surname}`).t('\n');
};

const returnSE: Tpl = (d, r) => {
  const c = country(r.pick(['SE', 'SE', 'NL', 'DE']));
  const p = local(r, c);
  const s = shop(r);
  d.t(c.code === 'SE' ? 'Returanmälan' : c.code === 'NL' ? 'Retourmelding' : 'Retourenanmeldung');
  d.t(` #${r.digits(6)} — ${s.name}\n`);
  d.l('PERSON', r.chance(0.5) ? full(p) : full(p).toLowerCase()).t('\n');
  addr(d, c.address(r)).t('\n').l('PHONE', c.phone(r, true)).t('\n').l('EMAIL', email(r, p));
  d.t(`\n${c.code === 'SE' ? 'Artikelnr' : 'Artikelnummer'}: ${D.sku(r)} × ${r.int(1, 2)}\nLabel: ${D.tracking(r)} (${r.pick(['PostNord', 'DHL', 'PostNL', 'Budbee'])})\n`);
  if (c.iban && r.chance(0.5)) d.t(c.code === 'SE' ? 'Återbetalning till konto: ' : c.code === 'NL' ? 'Terugbetaling naar rekening: ' : 'Erstattung auf Konto: ').l('IBAN', iban(r, c.iban)).t('\n');
};

// ---------------------------------------------------------------------------------------------------
// Templates: disputes and chargebacks.

const REASONS = ['10.4 Other Fraud – Card-Absent Environment', '13.1 Merchandise/Services Not Received', '13.3 Not as Described or Defective',
  '4853 Cardholder Dispute', '4837 No Cardholder Authorization', 'F29 Card Not Present'];

const chargebackNotice: Tpl = (d, r) => {
  const c = r.chance(0.5) ? country('US') : anyCountry(r);
  const p = local(r, c);
  d.t(`${r.pick(['Stripe', 'Adyen', 'Braintree', 'Checkout.com', market(r) + ' Payments'])} — Dispute opened\n\nReason: ${r.pick(REASONS)}\nCase ID: ${D.caseNo(r)}   ARN: ${D.arn(r)}\n`);
  d.t(`Amount: ${r.pick(['USD', 'EUR', 'GBP'])} ${D.amount(r)}   Transaction date: ${date(r, c)}\nCard: ${D.maskedCard(r)}\nCardholder: `);
  d.l('PERSON', r.chance(0.6) ? full(p).toUpperCase() : full(p)).t('\nBilling address: ');
  addr(d, c.address(r), ', ').t('\nCustomer e-mail: ').l('EMAIL', email(r, p));
  d.t('\nCheckout IP: ').l('IP', ip(r)).t(`   Device fingerprint: ${D.sha(r)}\n`);
  if (r.chance(0.4)) d.t('Shipping phone: ').l('PHONE', c.phone(r, true)).t('\n');
  d.t(`Evidence due by ${date(r, c)}. Accepting the dispute forfeits ${D.amount(r)} plus a 15.00 fee.\n`);
};

const representment: Tpl = (d, r) => {
  const c = r.chance(0.5) ? country('US') : anyCountry(r);
  const buyer = local(r, c);
  const seller = person(r);
  const s = shop(r);
  const a = c.address(r);
  d.t(`To: ${r.pick(['Disputes Team', 'Chargeback Department', 'Risk Operations'])}\nRe: Chargeback ${D.caseNo(r)} — order ${D.order(r)}\n\n`);
  d.t('We contest this chargeback. The order was placed by ');
  fn(d, buyer).t(' (').l('EMAIL', email(r, buyer)).t(') from IP address ').l('IP', ipv4(r));
  d.t(`, which resolves to the cardholder's city. AVS returned a full match (Y) for the billing address `);
  addr(d, a, ', ').t(`, and CVV2 matched (M).\nThe parcel was delivered to that same address on ${date(r, c)} (tracking ${D.tracking(r)}) and signed for by "`);
  d.l('PERSON', buyer.surname.toUpperCase()).t('".\n');
  if (r.chance(0.6)) {
    d.t(`On ${date(r, c)} the customer called us from `).l('PHONE', c.phone(r, r.chance(0.5)));
    d.t(' to ask whether the item could be gift-wrapped, which shows knowledge of the purchase.\n');
  }
  d.t(`Attached: invoice, delivery photo (sha256 ${hex(r, 16)}…), chat log.\n\nSincerely,\n`);
  me(d, seller).t(`\n${s.name}\n`);
};

const disputeThread: Tpl = (d, r) => {
  const c = anyCountry(r);
  const buyer = local(r, c);
  const agent = agentName(r);
  const s = shop(r);
  const brand = r.pick(TRAPS.brands);
  d.t(`${market(r)} Resolution Centre · Case ${D.caseNo(r)} · Item not as described\n\n— `);
  d.l('PERSON', buyer.given).t(` (buyer), ${date(r, c)}\nThe ${brand} bag I received looks fake: the stitching is off and there's no serial tag. I want a full refund.\n\n— ${s.name} (seller)\nHi `);
  d.l('PERSON', buyer.given).t(`, sorry to hear that. It is genuine, bought from an authorised dealer in ${r.pick(TRAPS.places)}. Happy to refund once it's back with us at:\n`);
  addr(d, anyCountry(r).address(r)).t('\n\n— ');
  d.l('PERSON', agent.given).t(` (${market(r)} Resolution Team)\n`);
  d.l('PERSON', buyer.given).t(`, please ship the item using the prepaid label (${D.tracking(r)}). `);
  if (r.chance(0.5)) {
    d.t('If the courier needs to call you, is ').l('PHONE', c.phone(r, true)).t(' still correct?');
  } else d.t(`Do not post your card number here; refunds go back to ${D.maskedCard(r)} automatically.`);
  d.t('\n');
  if (r.chance(0.5)) {
    d.t('\n— ').l('PERSON', buyer.given).t(' (buyer)\nYes. Or just refund this card, I cancelled the old one: ').l('CARD', card(r)).t('\n');
  }
};

const chargebackDE: Tpl = (d, r) => {
  const c = country('DE');
  const buyer = local(r, c);
  const seller = local(r, c);
  d.t(`Betreff: Rückbuchung (Lastschrift) zu Bestellung ${D.order(r)}\n\nSehr geehrte${buyer.female ? ' Frau' : 'r Herr'} `);
  d.l('PERSON', buyer.surname).t(`,\n\nIhre Bank hat die Lastschrift vom ${ldate(r, c)} über ${D.amount(r)} € zurückgebucht (Grund: ${r.pick(['Widerspruch durch Zahler', 'Konto erloschen', 'Keine Mandatsreferenz'])}).\n`);
  d.t('Belastetes Konto: ').l('IBAN', iban(r, 'DE')).t(`\nMandatsreferenz: ${letters(r, 3)}${r.digits(9)}   Gläubiger-ID: DE${r.digits(2)}ZZZ0000${r.digits(7)}\n`);
  d.t(`Bitte überweisen Sie den Betrag zuzüglich ${r.int(3, 9)},00 € Gebühr bis zum ${ldate(r, c)}. Die Ware wurde an folgende Anschrift geliefert:\n`);
  addr(d, c.address(r)).t('\n\nMit freundlichen Grüßen\n');
  fn(d, seller).t(`\nForderungsmanagement, ${shop(r).name}\nTel. `).l('PHONE', c.phone(r, false)).t(` (Durchwahl -${r.int(10, 99)})\n`);
};

const riskNote: Tpl = (d, r) => {
  const c = anyCountry(r);
  const a = local(r, c);
  const b = local(r, c);
  const analyst = agentName(r);
  d.t(`RISK-${r.digits(5)} · linked-account review · priority ${r.pick(['P2', 'P3'])}\n\nSeller `);
  fn(d, a).t(` (${r.pick(['new', '23 days old', 'reactivated'])}) shares signals with suspended seller `);
  fn(d, b).t(':\n- same login IP ').l('IP', ip(r)).t(` (${r.int(3, 40)} sessions)\n- same payout card `).l('CARD', card(r));
  d.t('\n- overlapping return address ');
  addr(d, c.address(r), ', ').t('\n- e-mails ').l('EMAIL', email(r, a)).t(' / ').l('EMAIL', email(r, b));
  if (r.chance(0.5)) d.t('\n- SSN on both applications: ').l('NATIONAL_ID', ssn(r));
  else d.t(`\n- both used ITIN ${D.itin(r)} (invalid as SSN)`);
  d.t(`\nDevice hash ${D.sha(r)} seen on both. Test card ${badCard(r)} failed Luhn on signup.\nDecision: hold payouts 14 days. — `);
  d.l('PERSON', `${analyst.given.charAt(0)}. ${analyst.surname}`).t('\n');
};

// ---------------------------------------------------------------------------------------------------
// Templates: shipping labels, customs forms.

const shippingLabel: Tpl = (d, r) => {
  const from = anyCountry(r);
  const to = r.chance(0.6) ? from : anyCountry(r);
  const sender = local(r, from);
  const rcpt = local(r, to);
  const s = shop(r);
  const caps = r.chance(0.5);
  d.t(`${r.pick(['UPS GROUND', 'DHL PAKET', 'ROYAL MAIL TRACKED 48', 'USPS PRIORITY MAIL', 'COLISSIMO', 'CORREOS EXPRÉS', 'POSTNL'])}\nFROM:\n`);
  if (r.chance(0.5)) fn(d, sender).t('\n');
  d.t(`${s.name}\n`);
  addr(d, from.address(r)).t('\n\nSHIP TO:\n');
  d.l('PERSON', caps ? full(rcpt).toUpperCase() : full(rcpt)).t('\n');
  if (r.chance(0.2)) d.t(`c/o ${r.pick(['Reception', 'Mailroom', 'Front desk'])}\n`);
  const lines = to.address(r);
  addr(d, caps ? lines.map((x) => x.toUpperCase()) : lines).t('\nTEL: ').l('PHONE', to.phone(r, from !== to));
  d.t(`\n\nTRACKING #: ${D.tracking(r)}\nWT: ${r.int(1, 30) / 10} KG   REF: ${D.order(r)}   DIM: ${r.int(10, 60)}x${r.int(10, 40)}x${r.int(5, 30)}\n`);
};

const shippingJson: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const s = shop(r);
  d.t(`{"shipment_id":"shp_${hex(r, 14)}","created_at":"${D.ts(r)}","carrier":"${r.pick(['dhl_express', 'ups', 'fedex', 'gls', 'dpd'])}",\n "to":{"name":"`);
  d.l('PERSON', full(p)).t('","phone":"');
  d.l('PHONE', c.phone(r, true)).t('","email":"').l('EMAIL', email(r, p)).t('","address":"');
  addr(d, c.address(r), ', ').t(`"},\n "from":{"company":"${s.name}","address":"`);
  addr(d, anyCountry(r).address(r), ', ').t(`"},\n "parcel":{"weight_g":${r.int(120, 9000)},"sku":"${D.sku(r)}"},"label_url":"https://labels.example/${D.uuid(r)}.pdf","api_version":"${r.int(2023, 2025)}-${pad(r.int(1, 12))}-01"}\n`);
};

const customsCN23: Tpl = (d, r) => {
  const from = anyCountry(r);
  let to = anyCountry(r);
  if (to === from) to = country(from.code === 'US' ? 'GB' : 'US');
  const snd = local(r, from);
  const rcv = local(r, to);
  d.t('CN23 — CUSTOMS DECLARATION / DÉCLARATION EN DOUANE\nSender: ');
  fn(d, snd).t(`\n${shop(r).name}\n`);
  addr(d, from.address(r)).t('\nTel: ').l('PHONE', from.phone(r, true));
  d.t('\nAddressee: ');
  fn(d, rcv).t('\n');
  addr(d, to.address(r)).t('\nTel: ').l('PHONE', to.phone(r, true));
  if (r.chance(0.6)) d.t('  E-mail: ').l('EMAIL', email(r, rcv));
  d.t(`\nContents: ${r.pick(['Ceramic mugs (2)', 'Wool scarf', 'Vinyl record', 'Phone case', 'Tea, 250 g'])}   HS: ${D.hs(r)}   Value: ${D.amount(r)}   Origin: ${from.name}\n`);
  d.t(`Category: ${r.pick(['Sale of goods', 'Returned goods', 'Gift'])}   Importer ref: ${D.vat(r)}   IOSS: IM${r.digits(10)}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Templates: seller-support chats and calls.

const sellerChat: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const agent = agentName(r);
  const s = shop(r);
  const A = (): Doc => d.t('\n').l('PERSON', agent.given).t(' (Support): ');
  const S = (): Doc => d.t('\n').l('PERSON', p.given).t(': ');
  d.t(`[${market(r)} Seller Support chat · ${D.ts(r)}]`);
  A().t('Hi, thanks for reaching out! Who am I chatting with today?');
  S().t('Hi, this is ');
  me(d, p).t(`, I run ${s.name}.`);
  A().t('Thanks ').l('PERSON', p.given).t('. To verify, what e-mail is on the account?');
  S().l('EMAIL', email(r, p));
  A().t(`Perfect. I see a payout hold since ${date(r, c)}. Did you change your bank details recently?`);
  if (c.iban) {
    S().t('Yes, I switched banks. New IBAN is ').l('IBAN', iban(r, c.iban)).t(r.pick([' (the old one was closed)', '', '.']));
  } else S().t(`Yes, new routing ${D.routing(r)}, account ending ${r.digits(4)}.`);
  A().t(`That explains it: a new login from `).l('IP', ip(r)).t(' triggered a review. Can I call you to confirm?');
  S().t('Sure, ').l('PHONE', c.phone(r, r.chance(0.5))).t(r.pick(['', ' — mornings are best', ', ext. 12 is my desk']));
  if (c.code === 'US' && r.chance(0.5)) {
    A().t('We also need the SSN from your tax interview to match IRS records.');
    S().l('NATIONAL_ID', ssn(r)).t(` — sorry, earlier I typed ${D.itin(r)} by mistake, that's my wife's ITIN.`);
  }
  A().t(`Done. Case ${D.caseNo(r)} is escalated; expect an update within 48h. Anything else?`);
  S().t('No, thanks!');
  d.t('\n');
};

const callTranscript: Tpl = (d, r) => {
  const c = country(r.pick(['US', 'US', 'GB', 'CA', 'AU', 'IE', 'IN']));
  const p = local(r, c);
  const agent = agentName(r);
  d.t(`Call transcript (auto-generated) · ${market(r)} seller line · duration ${pad(r.int(2, 14))}:${pad(r.int(0, 59))}\n\nAGENT: thank you for calling, my name is `);
  d.l('PERSON', agent.given.toLowerCase()).t(', who do I have the pleasure of speaking with\nCALLER: hi yeah this is ');
  d.l('PERSON', full(p).toLowerCase()).t('\nAGENT: thanks. can you confirm the email address on the seller account\nCALLER: sure it\'s ');
  d.l('EMAIL', spokenEmail(email(r, p))).t('\nAGENT: and the best number to reach you\nCALLER: ');
  d.l('PHONE', spokenPhone(r, c.phone(r, false))).t('\n');
  if (r.chance(0.6)) {
    d.t('AGENT: great. and which card should we charge the listing fees to\nCALLER: the ');
    d.t('card number is ').l('CARD', fmtCard(r, cardNumber(r))).t(`, expiry ${expiry(r)}\nAGENT: got it, that's on file now. please never email card numbers to us\n`);
  } else {
    d.t(`AGENT: great. i can see the return for order ${D.order(r)} was refunded on ${date(r, c)}\nCALLER: right, the buyer `);
    d.l('PERSON', person(r).given.toLowerCase()).t(' said it never arrived but tracking shows delivered\n');
  }
  d.t(`AGENT: understood. i've opened case ${D.caseNo(r)}. anything else\nCALLER: no that's all thanks\n`);
};

// ---------------------------------------------------------------------------------------------------
// Templates: payouts.

const payoutStatement: Tpl = (d, r) => {
  const c = ibanCountry(r);
  const p = local(r, c);
  const cur = c.code === 'GB' ? 'GBP' : c.code === 'SE' ? 'SEK' : c.code === 'PL' ? 'PLN' : c.code === 'TR' ? 'TRY' : c.code === 'AE' ? 'AED' : c.code === 'BR' ? 'BRL' : 'EUR';
  const mk = market(r);
  const [y, m] = [r.int(2024, 2025), r.int(1, 12)];
  const half = r.chance(0.5);
  d.t(`${mk} — Payout statement\nPeriod: ${enDate(r, y, m, half ? 1 : 16)} – ${enDate(r, y, m, half ? 15 : 28)}\nPayout ID: po_${hex(r, 16)}\n\nBeneficiary: `);
  me(d, p).t('\nAddress: ');
  addr(d, c.address(r), ', ').t('\nPaid to: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`   BIC ${bic(r)}\n\n`);
  d.t(`Gross sales          ${cur} ${D.amount(r)}\nMarketplace fees     ${cur} -${D.amount(r)}\nRefunds (${r.int(1, 9)})          ${cur} -${D.amount(r)}\n`);
  d.t(`Chargebacks          ${cur} -${D.amount(r)}\nNet payout           ${cur} ${D.amount(r)}\n\nBank reference: ${mk.toUpperCase()} ${r.digits(10)}\n`);
};

const payoutFailed: Tpl = (d, r) => {
  const c = ibanCountry(r);
  const p = local(r, c);
  const cc = c.iban ?? 'DE';
  d.t('Subject: Action needed — your payout could not be sent\n\nHi ');
  d.l('PERSON', p.given).t(`,\n\nyour payout of ${D.amount(r)} scheduled for ${date(r, c)} was returned by the receiving bank: the IBAN ${badIban(r, cc)} fails validation (check digits).\n`);
  if (r.chance(0.6)) d.t('You added a new account since then — ').l('IBAN', iban(r, cc)).t(' — and we will retry on the next payout day.\n');
  else d.t('Please add a valid account under Settings → Payouts.\n');
  d.t('If you did not make this change, call our seller security line on ').l('PHONE', c.phone(r, true)).t(' or write to ');
  d.l('EMAIL', `${r.pick(['payouts', 'seller-security', 'payments'])}@${r.pick(['marketly.com', 'vendora.eu', 'bazarro.co'])}`).t('.\n\n— Payments Operations\n');
};

const affiliatePayout: Tpl = (d, r) => {
  const c = ibanCountry(r);
  const p = local(r, c);
  d.t(`Creator program — monthly commission\nCreator: `);
  fn(d, p).t(` (handle @${ascii(p.given)}${r.pick(['.shops', '_finds', 'deals'])})\nCommission: ${D.amount(r)}   Clicks: ${r.int(100, 90000)}   Orders: ${r.int(1, 900)}\n`);
  if (r.chance(0.5)) d.t('PayPal: ').l('EMAIL', email(r, p)).t('\n');
  d.t('Bank (fallback): ').l('IBAN', iban(r, c.iban ?? 'NL')).t(`\nTax residency: ${c.name}; TIN ${r.digits(3)}-${r.digits(3)}-${r.digits(3)} on file\n`);
};

const dac7: Tpl = (d, r) => {
  const c = ibanCountry(r);
  const p = local(r, c);
  d.t(`DAC7 seller report ${r.int(2023, 2025)} — ${market(r)} (platform operator)\nReportable seller: individual\nName: `);
  me(d, p).t('\nDate of birth: ');
  dob(d, r, c).t('\nPrimary address: ');
  addr(d, c.address(r), ', ').t(`\nTIN (${c.code}): ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\nFinancial account identifier: `);
  d.l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nConsideration Q1–Q4: ${D.amount(r)} / ${D.amount(r)} / ${D.amount(r)} / ${D.amount(r)}   Activities: ${r.int(30, 900)}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Templates: reviews, Q&A, moderation.

const REVIEW_LINES = [
  'Works better than my old {home}.', 'Packaging was dented but the product is fine.', 'Runs small, order a size up.',
  'Arrived two days after {storm} hit, so no complaints.', 'Great for my mum, she has {disease} and the grip helps.',
  'Our dog {pet} chewed the first one, replacement came fast.', 'Cheaper than the {home} version and just as good.',
];
const fill = (r: Rng, s: string): string => s.replace('{home}', r.pick(TRAPS.home)).replace('{storm}', r.pick(TRAPS.storms))
  .replace('{disease}', r.pick(TRAPS.diseases)).replace('{pet}', r.pick(TRAPS.pets));

const productReview: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`${'★'.repeat(r.int(1, 5))} ${r.pick(['Does the job', 'Not what I expected', 'Love it!', 'Meh', 'Gift hit'])}\nReviewed in ${c.name} on ${date(r, c)} · Verified purchase\nby `);
  const f = r.next();
  d.l('PERSON', f < 0.4 ? `${p.given} ${p.surname.charAt(0)}.` : f < 0.7 ? p.given : full(p)).t('\n\n');
  const q = person(r, p.culture);
  d.t(`${fill(r, r.pick(REVIEW_LINES))} Bought it for my ${q.female ? r.pick(['wife', 'sister', 'neighbour', 'daughter', 'grandmother']) : r.pick(['husband', 'brother', 'neighbour', 'son', 'grandfather'])} `);
  d.l('PERSON', q.given).t(` and ${q.female ? 'she' : 'he'} ${r.pick(['uses it daily', 'will probably return it', 'loves it'])}. ${fill(r, r.pick(REVIEW_LINES))}\n`);
  if (r.chance(0.25)) d.t('Seller, if you read this, email me: ').l('EMAIL', email(r, p)).t('\n');
  d.t(`${r.int(0, 80)} people found this helpful\n`);
};

const productQA: Tpl = (d, r) => {
  const s = shop(r);
  const seller = person(r);
  const c = anyCountry(r);
  d.t(`Questions & answers — ${D.sku(r)}\n\nQ: Does it fit the ${r.pick(TRAPS.home)} charger? — asked by @${r.pick(['grant_builds', 'rosebud77', 'maytheforce', 'billsdeals', 'hopefulhome'])}\n`);
  d.t(`A: Yes, all models since ${r.int(2018, 2023)}. — `);
  nm(d, r, seller).t(`, ${s.name} (seller)\n\nQ: Can I pay by bank transfer or invoice?\nA: Yes, write to `).l('EMAIL', role(r, s));
  if (r.chance(0.6)) d.t(' or call ').l('PHONE', c.phone(r, true)).t(r.pick([' (Mon–Fri)', '', ' ext. 3']));
  d.t(`. — ${s.name} (seller)\n\nQ: Is it safe for people with ${r.pick(TRAPS.diseases)}?\nA: Please ask your doctor; we can't give medical advice.\n`);
};

const reviewModeration: Tpl = (d, r) => {
  const c = anyCountry(r);
  const author = local(r, c);
  const seller = person(r);
  const mod = agentName(r);
  d.t(`moderation_item=${D.uuid(r)}\nreview_id=R${letters(r, 3)}${r.digits(7)} rating=${r.int(1, 5)} product=${D.sku(r)}\nauthor="`);
  d.l('PERSON', full(author)).t('" author_email=').l('EMAIL', email(r, author)).t(' author_ip=').l('IP', ip(r));
  d.t(`\nua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(118, 131)}.0.${r.int(5000, 6999)}.${r.int(50, 200)}"\nflags=[${r.pick(['incentivized', 'competitor', 'profanity', 'duplicate'])}]\n`);
  d.t('note="same household as seller ');
  fn(d, seller).t('; shipping address matches"\nmoderator="').l('PERSON', full(mod)).t(`" decision=${r.pick(['remove', 'keep', 'escalate'])}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Templates: account security, logs, webhooks, invoices.

const atoAlert: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`Security alert: new sign-in to your ${market(r)} seller account\n\nHi `);
  d.l('PERSON', p.given).t(`,\n\nwe noticed a sign-in on ${date(r, c)} at ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} from `).l('IP', ip(r));
  d.t(` (${r.pick(['Chrome', 'Edge', 'Firefox'])} ${r.int(118, 131)}.0.${r.int(5000, 6999)}.${r.int(50, 200)} on ${r.pick(['Windows', 'macOS', 'Android'])}, near ${r.pick(TRAPS.places)}).\n`);
  d.t(`The phone number on the account was then changed to ${D.maskedPhone(r)}.`);
  if (r.chance(0.5)) d.t(' Previous number: ').l('PHONE', c.phone(r, true)).t('.');
  d.t(`\nIf this wasn't you, secure your account: ${market(r).toLowerCase()}.com/security?ref=${hex(r, 10)}\n`);
};

const auditLog: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const mail = email(r, p);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t(`{"ts":"${D.ts(r)}","actor":"`).l('EMAIL', mail).t('","action":"');
    const k = r.int(0, 3);
    if (k === 0) d.t('profile.phone.update","old":"').l('PHONE', c.phone(r, true)).t('","new":"').l('PHONE', c.phone(r, true));
    else if (k === 1) d.t('profile.email.update","old":"').l('EMAIL', mail).t('","new":"').l('EMAIL', email(r, p));
    else if (k === 2) {
      d.t('profile.address.update","new":"');
      addr(d, c.address(r), ', ');
    } else d.t(`listing.price.update","sku":"${D.sku(r)}","new":"${D.amount(r)}`);
    d.t('","ip":"').l('IP', ip(r)).t(`","req":"${D.uuid(r)}"}\n`);
  }
};

const webhook: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`POST /hooks/orders HTTP/1.1\nX-Signature: sha256=${hex(r, 64)}\nX-Api-Version: ${D.version(r)}\n\n{"event":"order.created","id":"evt_${hex(r, 12)}","data":{"order_id":"${D.order(r)}",\n"buyer":{"name":"`);
  d.l('PERSON', full(p)).t('","email":"').l('EMAIL', email(r, p)).t('"');
  if (r.chance(0.5)) d.t(',"phone":"').l('PHONE', c.phone(r, true)).t('"');
  d.t('},\n"shipping_address":"');
  addr(d, c.address(r), ', ').t('",\n"client":{"ip":"').l('IP', ip(r)).t(`","ua":"${r.pick(['okhttp/4.12.0', 'ShopApp/7.3.1 (iOS 17.5)', 'Mozilla/5.0'])}"},\n`);
  d.t(`"payment":{"method":"card","last4":"${r.digits(4)}","bin":"${r.pick(['4', '5'])}${r.digits(5)}"},"items":[{"sku":"${D.sku(r)}","qty":${r.int(1, 4)}}]}}\n`);
};

const invoice: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const s = shop(r);
  d.t(`${s.name}\n`);
  addr(d, anyCountry(r).address(r)).t(`\nVAT ${D.vat(r)}\n\nINVOICE ${r.pick(['INV', 'RE', 'FA', 'FV'])}-${r.int(2024, 2025)}-${r.digits(5)}\nInvoice date: ${date(r, c)}   Order: ${D.order(r)}\n\nBill to:\n`);
  nm(d, r, p).t('\n');
  if (r.chance(0.3)) d.t(`${r.pick(['Accounts Payable', 'Finance Dept.', 'Purchasing'])}\n`);
  addr(d, c.address(r));
  if (r.chance(0.5)) d.t('\n').l('EMAIL', email(r, p));
  d.t(`\n\n1 × ${D.sku(r)}  ${D.amount(r)}\nShipping  ${r.int(3, 12)}.99\nTotal due ${D.amount(r)} — payment terms 14 days\nBank: `).l('IBAN', iban(r, r.pick(['DE', 'NL', 'FR', 'IE', 'BE', 'AT', 'LU', 'FI'])));
  d.t(`  Reference ${r.digits(8)}\n`);
};

const fraudSlack: Tpl = (d, r) => {
  const a = agentName(r);
  const b = agentName(r);
  const c = anyCountry(r);
  const x = local(r, c);
  d.t(`#trust-safety-escalations\n@${ascii(a.given)}.${ascii(a.surname).slice(0, 3)}: anyone looked at seller `);
  fn(d, x).t(`? 14 chargebacks this week, all reason 10.4\n@${ascii(b.given)}: yep. Shares IP `).l('IP', ip(r)).t(' with 3 other stores. Their "support" address is ').l('EMAIL', email(r, x));
  d.t(`\n@${ascii(a.given)}.${ascii(a.surname).slice(0, 3)}: ping `).l('PERSON', b.given).t(` — can you pull the payout IBAN?\n@${ascii(b.given)}: `);
  if (c.iban) d.l('IBAN', iban(r, c.iban));
  else d.t(`US account, routing ${D.routing(r)}`);
  d.t(`. Also the ops ticket is ${D.caseNo(r)}, runbook says freeze + notify `).l('PERSON', `${a.given} ${a.surname}`).t("'s team lead.\n");
};

const cardUpdate: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`${market(r)} Seller Central › Billing › Charge method\n\nCardholder name: `);
  me(d, p).t('\nCard number: ').l('CARD', card(r)).t(`\nExpiry: ${expiry(r)}   CVC: ***\nBilling postcode: ${r.digits(5)}\n`);
  if (r.chance(0.35)) d.t('Backup card: ').l('CARD', card(r)).t(`  exp ${expiry(r)}\n`);
  d.t(`Previous card ${D.maskedCard(r)} removed on ${date(r, c)}.\n`);
  if (r.chance(0.4)) d.t(`Note: earlier attempt with ${badCard(r)} was rejected (invalid number).\n`);
};

const refundToCard: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const s = shop(r);
  const l4 = r.digits(4);
  d.t('Dear ');
  d.t(honorific(r, p, c.lang === 'de' || c.lang === 'fr' || c.lang === 'es' || c.lang === 'it' ? c.lang : 'en')).l('PERSON', p.surname).t(`,\n\nyour refund of ${D.amount(r)} for return ${D.rma(r)} has been issued to the card ending ${l4} (**** **** **** ${l4}). `);
  d.t(`It may take 5–10 business days to appear.\n`);
  if (r.chance(0.6)) {
    d.t('You asked us to send it to a different card instead (').l('CARD', card(r)).t('); for security reasons refunds can only go back to the original payment method.\n');
  }
  d.t(`\nKind regards,\n`).l('PERSON', agentName(r).given).t(`\n${s.name} Customer Care · `).l('EMAIL', role(r, s)).t('\n');
};

const ageCheck: Tpl = (d, r) => {
  const c = r.chance(0.5) ? country('US') : anyCountry(r);
  const p = local(r, c);
  d.t(`Age verification — restricted item (${r.pick(['knife set', 'whisky gift box', 'vape kit', 'crossbow'])})\nOrder ${D.order(r)}\n\nFull name: `);
  fn(d, p).t('\nDate of birth: ');
  dob(d, r, c).t(`\nID type: ${r.pick(["driver's licence", 'passport', 'national ID'])} — number ${r.pick(['ending ', 'ending in '])}${r.digits(4)}\nDelivery address: `);
  addr(d, c.address(r), ', ').t(`\nResult: ${r.pick(['PASS', 'PASS', 'FAIL — name mismatch', 'MANUAL REVIEW'])}  (checked ${D.ts(r)} from `).l('IP', ip(r)).t(')\n');
  d.t(`Courier must check ID on delivery (scheduled ${date(r, c)}).\n`);
};

const kycReupload: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`Dear `);
  me(d, p).t(`,\n\nthank you for uploading your ID on ${date(r, c)}. Unfortunately the date of birth on the document (`);
  dob(d, r, c).t(') does not match the one you entered during registration (');
  dob(d, r, c).t(`).\nPlease correct it or upload a clearer photo before ${date(r, c)} to avoid suspension of your listings.\n`);
  d.t(`Reference: KYC-${r.digits(6)}. This e-mail was sent to `).l('EMAIL', email(r, p)).t('.\n\nCompliance Team\n');
};

// ---------------------------------------------------------------------------------------------------
// Templates: buyer ↔ seller messages in several languages.

const buyerMsgES: Tpl = (d, r) => {
  const c = country(r.pick(['ES', 'MX']));
  const p = local(r, c);
  d.t(`Mensaje de comprador · pedido ${D.order(r)}\n\nHola, soy `);
  fn(d, p).t('. El paquete figura como entregado pero no lo tengo. Vivo en ');
  addr(d, c.address(r), ', ').t(` y el portero dice que no llegó nada. ${r.pick(['Mi vecina', 'Mi madre', 'Mi pareja'])}, `);
  d.l('PERSON', person(r, c.cultures[0]).given).t(', estuvo en casa toda la tarde.\nPor favor llámenme al ').l('PHONE', c.phone(r, false));
  d.t(` o escríbanme a `).l('EMAIL', email(r, p)).t(`.\nGracias, `).l('PERSON', p.given).t('\n');
};

const buyerMsgIT: Tpl = (d, r) => {
  const c = country('IT');
  const p = local(r, c);
  const seller = person(r);
  d.t(`Gentile `).l('PERSON', seller.given).t(`,\nho ricevuto il reso autorizzato ${D.rma(r)} ma il rimborso non è ancora arrivato. Il pacco è stato consegnato il ${ldate(r, c)} (codice ${D.tracking(r)}).\n`);
  d.t('Vi chiedo di accreditare il rimborso su questo IBAN: ').l('IBAN', iban(r, 'IT'));
  d.t(`\nCodice fiscale: ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)} (se serve per la fattura)\nCordiali saluti,\n`);
  fn(d, p).t('\nCell. ').l('PHONE', c.phone(r, r.chance(0.5))).t('\n');
};

const buyerMsgNL: Tpl = (d, r) => {
  const c = country('NL');
  const p = local(r, c);
  d.t(`Beste verkoper,\n\nIk heb op ${ldate(r, c)} een ${r.pick(['fietstas', 'koffiemolen', 'regenjas'])} besteld (${D.order(r)}) maar het verkeerde model ontvangen. `);
  d.t('Kunnen jullie een retourlabel sturen naar ');
  addr(d, c.address(r), ', ').t('? Mijn nummer is ').l('PHONE', c.phone(r, r.chance(0.3)));
  d.t(`.\nGeld graag terugstorten op `).l('IBAN', iban(r, 'NL')).t(` t.n.v. `).l('PERSON', `${p.given.charAt(0)}. ${p.surname}`).t('.\n\nMet vriendelijke groet,\n');
  fn(d, p).t('\n');
};

const complaintFR: Tpl = (d, r) => {
  const c = country('FR');
  const p = local(r, c);
  const s = shop(r);
  d.t(`Objet : Réclamation — commande ${D.order(r)}\n\nMadame, Monsieur,\n\nJ'ai commandé le ${ldate(r, c)} chez ${s.name} un article qui n'a jamais été livré. Le transporteur prétend l'avoir déposé au point relais « ${r.pick(['Tabac de la Gare', 'Carrefour City', 'Pressing du Marché'])} », que je ne connais pas.\n`);
  d.t('Je vous rappelle mon adresse de livraison :\n');
  addr(d, c.address(r)).t('\nJoignable au ').l('PHONE', c.phone(r, r.chance(0.3))).t(r.pick([' après 18 h', '', ' (messagerie)']));
  d.t('.\nSans réponse sous 8 jours, je saisirai le médiateur.\n\n');
  d.t(honorific(r, p, 'fr')).l('PERSON', full(p)).t('\n');
};

const buyerMsgTR: Tpl = (d, r) => {
  const c = country('TR');
  const p = local(r, c);
  const seller = local(r, c);
  d.t('Merhaba ').l('PERSON', seller.given).t(seller.female ? ' Hanım,\n' : ' Bey,\n');
  d.t(`${D.order(r)} numaralı siparişim hâlâ gelmedi. Teslimat adresim:\n`);
  addr(d, c.address(r)).t('\nCep: ').l('PHONE', c.phone(r, r.chance(0.3)));
  d.t(`\nİade olursa para şu hesaba yatsın: `).l('IBAN', iban(r, 'TR')).t('\nİyi çalışmalar,\n');
  fn(d, p).t('\n');
};

const buyerMsgKO: Tpl = (d, r) => {
  const c = country('KR');
  const s = r.pick(KO_NATIVE.s);
  const g = r.pick(KO_NATIVE.g);
  d.t(`[${market(r)}] 판매자 문의\n안녕하세요, 주문번호 ${D.order(r)} 구매자 `).l('PERSON', `${s}${g}`).t('입니다.\n');
  d.t('배송지를 아래 주소로 변경 부탁드립니다.\n');
  d.l('ADDRESS', `(${r.digits(5)}) ${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 해운대로'])} ${r.int(10, 500)}, ${r.int(101, 120)}동 ${r.int(101, 2304)}호`);
  d.t('\n연락처: ').l('PHONE', c.phone(r, false)).t('\n');
  d.t('판매자 ').l('PERSON', `${r.pick(KO_NATIVE.s)}${r.pick(KO_NATIVE.g)}`).t(' 님, 확인 후 연락 주세요. 감사합니다.\n');
};

const buyerMsgJA: Tpl = (d, r) => {
  const c = country('JP');
  const s = r.pick(JA_NATIVE.s);
  const g = r.pick(JA_NATIVE.g);
  d.l('PERSON', r.pick(JA_NATIVE.s)).t(`様\n\nいつもお世話になっております。注文番号${D.order(r)}の件です。\n商品が破損して届きましたので、返品をお願いします。\n`);
  d.t('集荷先: ');
  const [zip, pref, ward, town] = r.pick([['150-0001', '東京都', '渋谷区', '神宮前'], ['530-0001', '大阪府', '大阪市北区', '梅田'], ['460-0008', '愛知県', '名古屋市中区', '栄']] as const);
  d.l('ADDRESS', `〒${zip} ${pref}${ward}${town}${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)}`).t('\n電話: ').l('PHONE', c.phone(r, false));
  d.t('\nよろしくお願いいたします。\n').l('PERSON', `${s} ${g}`).t('\n');
};

const sellerZH: Tpl = (d, r) => {
  const c = country('US');
  const name = `${r.pick(ZH_NATIVE.s)}${r.pick(ZH_NATIVE.g)}`;
  d.t(`跨境卖家入驻申请 — ${market(r)}\n法人姓名：`);
  d.known.push(name);
  d.l('PERSON', name).t('\n出生日期：').l('DOB', `${r.int(1960, 2000)}年${r.int(1, 12)}月${r.int(1, 28)}日`);
  d.t('\n手机：').l('PHONE', `+86 1${r.pick(['38', '39', '58', '86'])} ${r.digits(4)} ${r.digits(4)}`);
  d.t('\n经营地址：').l('ADDRESS', `${r.pick(['广东省深圳市南山区科技园南路', '浙江省杭州市余杭区文一西路', '上海市浦东新区世纪大道'])}${r.int(1, 999)}号${r.chance(0.5) ? `${r.int(2, 30)}楼` : ''}`);
  d.t(`\n统一社会信用代码：91${r.digits(6)}${letters(r, 2)}${r.digits(8)}\n邮箱：`).l('EMAIL', `${r.pick(['shenzhen', 'hz', 'sh'])}${r.digits(4)}@qq.com`);
  d.t('\n美国退货仓地址：');
  addr(d, c.address(r), ', ').t('\n');
};

const sellerIN: Tpl = (d, r) => {
  const c = country('IN');
  const p = local(r, c);
  d.t(`Seller registration — ${market(r)} India\nName (as per PAN): `);
  me(d, p).t(`\nPAN: ${letters(r, 5)}${r.digits(4)}${letters(r, 1)}\nGSTIN: ${r.digits(2)}${letters(r, 5)}${r.digits(4)}${letters(r, 1)}1Z${r.digits(1)}\nDate of birth: `);
  dob(d, r, c).t(`\nAadhaar: XXXX XXXX ${r.digits(4)}\nPickup address:\n`);
  addr(d, c.address(r)).t('\nMobile: ').l('PHONE', c.phone(r, r.chance(0.5))).t('   Alternate: ').l('PHONE', c.phone(r, false));
  d.t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nBank IFSC: ${letters(r, 4)}0${r.digits(6)}   A/c: ${r.digits(12)}\n`);
};

const sellerAUCA: Tpl = (d, r) => {
  const au = r.chance(0.5);
  const c = country(au ? 'AU' : 'CA');
  const p = local(r, c);
  d.t(`${market(r)} seller profile (${c.name})\nContact: `);
  me(d, p).t(au ? `\nABN: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}` : `\nSIN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nGST/HST: ${r.digits(9)}RT0001`);
  d.t('\nReturns address:\n');
  addr(d, c.address(r)).t('\nPhone: ').l('PHONE', c.phone(r, r.chance(0.3))).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\nDate of birth: `);
  dob(d, r, c).t(`\nWarehouse: ${au ? 'Unit 4 (rear loading dock), opposite the servo' : 'dock door 7, entrance off the service road'}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Templates: delivery problems, bulk data, privacy requests, misc.

const podDispute: Tpl = (d, r) => {
  const c = anyCountry(r);
  const buyer = local(r, c);
  const driver = local(r, c);
  d.t(`Proof-of-delivery review · ${D.tracking(r)}\nDelivered ${D.ts(r)} · GPS ${(r.next() * 180 - 90).toFixed(5)}, ${(r.next() * 360 - 180).toFixed(5)} · photo ${D.sha(r)}\n`);
  d.t('Driver: ').l('PERSON', `${driver.given} ${driver.surname.charAt(0)}.`).t(` (route ${r.int(100, 999)}, van ${letters(r, 2)}-${r.digits(3)})\nLeft with: ${r.pick(['neighbour at no. 12', 'front porch', 'reception', 'safe place: shed'])}\n`);
  d.t('Consignee: ');
  fn(d, buyer).t('\nAddress on label: ');
  addr(d, c.address(r), ', ').t(`\nBuyer claim: "never received, I was home all day"\nCarrier note: driver ${r.pick(['rang twice', 'was 40 m from the door per GPS', 'photographed the parcel behind the bins'])}.\n`);
  d.t('Callback for buyer: ').l('PHONE', c.phone(r, true)).t(`\nOutcome: ${r.pick(['refund by seller protection', 'claim denied', 'pending carrier investigation'])}\n`);
};

const bulkMigration: Tpl = (d, r) => {
  const c = country('US');
  d.t(`# legacy_sellers_export.csv — migrated to ${market(r)} on ${D.when(r)} (DO NOT SHARE)\nseller_id,legal_name,dob,ssn,email,phone\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = local(r, c);
    d.t(`S${r.digits(6)},`);
    if (r.chance(0.3)) d.t('"').l('PERSON', `${p.surname}, ${p.given}`).t('"');
    else d.l('PERSON', full(p));
    d.t(',').l('DOB', `${r.int(1950, 2003)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`).t(',');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(D.maskedSsn(r));
    d.t(',').l('EMAIL', email(r, p)).t(',').l('PHONE', c.phone(r, false)).t('\n');
  }
};

const tinMismatch: Tpl = (d, r) => {
  const p = local(r, country('US'));
  d.t(`Subject: IRS TIN mismatch — action required for your 1099-K\n\nHello `);
  me(d, p).t(`,\n\nthe IRS reported that the name and taxpayer identification number you gave us do not match their records.\nName on file: `);
  d.l('PERSON', full(p).toUpperCase()).t('\nSSN on file: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nIf your SSN was entered incorrectly, update it in Tax Settings. For reference, the filer (payer) EIN is ${D.ein(r)} and payouts were sent via routing number ${D.routing(r)}.\nWithholding of 24% begins on ${usDate(r, ...recent(r))} if not resolved.\n`);
};

const sellerReply: Tpl = (d, r) => {
  const c = anyCountry(r);
  const buyer = local(r, c);
  const seller = person(r);
  const s = shop(r);
  d.t(`Response from ${s.name}:\nDear `);
  d.l('PERSON', buyer.given).t(`, we're sorry the ${r.pick(['lamp', 'kettle', 'backpack', 'blender'])} failed after a week. We've checked order ${D.order(r)} and shipped a replacement to `);
  addr(d, c.address(r), ', ').t(`. Please keep the old one for the courier. If you prefer a refund, reach me directly at `).l('EMAIL', email(r, seller));
  d.t('.\n— ');
  nm(d, r, seller).t(', owner\n');
};

const lostParcel: Tpl = (d, r) => {
  const from = anyCountry(r);
  const to = anyCountry(r);
  const snd = person(r);
  const rcv = local(r, to);
  d.t(`Carrier claim form — lost / damaged parcel\nClaim no.: ${D.caseNo(r)}   Tracking: ${D.tracking(r)}\nShipper: `);
  fn(d, snd).t(`, ${shop(r).name}\nShipper phone: `).l('PHONE', from.phone(r, true)).t('\nConsignee: ');
  fn(d, rcv).t('\nDelivery address:\n');
  addr(d, to.address(r)).t(`\nDeclared value: ${D.amount(r)}   Contents: ${r.pick(['handmade ceramics', 'sneakers size 43', 'refurbished laptop'])}\nLast scan: ${D.ts(r)} at hub ${r.pick(['LEJ', 'EMA', 'CDG', 'MAD', 'ORD'])}\n`);
  d.t('Payout of the claim to: ').l('EMAIL', email(r, snd)).t(' (PayPal)\n');
};

const vacationReply: Tpl = (d, r) => {
  const s = shop(r);
  const owner = person(r);
  const helper = person(r, owner.culture);
  const c = anyCountry(r);
  d.t(`Auto-reply: ${s.name} is on holiday until ${date(r, c)}\n\nThanks for your message! Orders placed now ship after we're back. For urgent return questions contact `);
  d.l('PERSON', helper.given).t(' on ').l('PHONE', c.phone(r, true)).t(' or ').l('EMAIL', role(r, s));
  d.t('.\n\nWarm wishes,\n').l('PERSON', owner.given).t(` & the ${s.name} team\n`);
};

const gdprRequest: Tpl = (d, r) => {
  const c = country(r.pick(['DE', 'FR', 'NL', 'IE', 'ES', 'IT', 'PL', 'SE']));
  const p = local(r, c);
  d.t(`Subject: Data subject access request (Art. 15 GDPR)\n\nTo the data protection officer,\n\nI request a copy of all personal data you hold about me as a buyer on ${market(r)}, including login IP addresses. For identification:\nName: `);
  me(d, p).t('\nAccount e-mail: ').l('EMAIL', email(r, p)).t('\nAddress: ');
  addr(d, c.address(r), ', ').t('\nPhone: ').l('PHONE', c.phone(r, true));
  d.t('\nI last logged in from ').l('IP', ip(r)).t(`. Please respond within one month.\n\n`);
  d.l('PERSON', full(p)).t(`\n${date(r, c)}\n`);
};

const counterfeitReport: Tpl = (d, r) => {
  const brand = r.pick(TRAPS.brands);
  const reporter = person(r, r.pick(['us', 'gb', 'fr', 'it', 'de']));
  const c = anyCountry(r);
  const seller = local(r, c);
  d.t(`Intellectual property complaint — ${brand}\nRights owner: ${brand} (trademark reg. ${r.digits(7)})\nAgent: `);
  fn(d, reporter).t(', ').l('EMAIL', email(r, reporter)).t(`\nInfringing listings: ${D.sku(r)}, ${D.sku(r)}\nSeller of record: `);
  fn(d, seller).t(' (shop "').t(shop(r).name).t(`")\nThe listings use our logo and the phrase "as worn by ${r.pick(['royalty', 'celebrities', 'athletes'])}". Test purchase ${D.order(r)} was shipped from `);
  addr(d, c.address(r), ', ').t('.\nI declare under penalty of perjury that the above is accurate. /s/ ').l('PERSON', full(reporter)).t('\n');
};

const addressCorrection: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const agent = agentName(r);
  d.t(`Buyer: hi, I typo'd my address on order ${D.order(r)}, can you fix it before it ships?\n`);
  d.l('PERSON', agent.given).t(': Of course. What is the correct address?\nBuyer: ');
  addr(d, c.address(r), ', ').t(`\n`).l('PERSON', agent.given).t(': Updated. And the phone for the courier?\nBuyer: ');
  const ph = c.phone(r, true);
  const sp = ph.lastIndexOf(' ');
  if (sp > 4 && r.chance(0.35)) d.t(`${ph.slice(0, sp)}\n${ph.slice(sp + 1)} (sorry, hit enter)`);
  else d.l('PHONE', ph);
  d.t(`\n`).l('PERSON', agent.given).t(`: Got it. Name on the parcel stays `).l('PERSON', full(p)).t('?\nBuyer: yes thanks\n');
};

const motoOrder: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  const staff = person(r);
  d.t(`Telephone order (MOTO) — taken by `).l('PERSON', staff.given).t(` at ${pad(r.int(9, 17))}:${pad(r.int(0, 59))}\nCustomer: `);
  nm(d, r, p).t('\nCallback: ').l('PHONE', c.phone(r, r.chance(0.5))).t('\nCard: ').l('CARD', card(r)).t(`  exp ${expiry(r)}  (CVV not stored)\nDeliver to: `);
  addr(d, c.address(r), ', ').t(`\nItems: ${D.sku(r)} × ${r.int(1, 3)}\nDELETE CARD DETAILS AFTER AUTHORISATION — auth code ${letters(r, 1)}${r.digits(5)}\n`);
};

const buyerMsgPT: Tpl = (d, r) => {
  const c = country('BR');
  const p = local(r, c);
  d.t(`Oi, tudo bem? Comprei o pedido ${D.order(r)} e veio o tamanho errado. Posso trocar?\nMeu endereço pra coleta:\n`);
  addr(d, c.address(r)).t('\nZap: ').l('PHONE', c.phone(r, false));
  d.t('\nSe for reembolso, pode mandar pro Pix (e-mail) ').l('EMAIL', email(r, p)).t('\nValeu! ').l('PERSON', p.given).t('\n');
};

const sellerLead: Tpl = (d, r) => {
  const c = anyCountry(r);
  const p = local(r, c);
  d.t(`New seller lead (web form)\nsubmitted=${D.ts(r)} source=${r.pick(['google_ads', 'partner', 'organic'])} utm_campaign=${r.pick(['q4-sellers', 'spring-promo'])}\n`);
  d.t('name: ').l('PERSON', r.chance(0.8) ? full(p) : full(p).toLowerCase()).t(`\ncompany: ${shop(r).name}\nemail: `).l('EMAIL', email(r, p));
  d.t('\nphone: ').l('PHONE', c.phone(r, true)).t(`\ncountry: ${c.name}\nmonthly GMV: ${r.pick(['<10k', '10k-50k', '50k+'])}\nip: `).l('IP', ip(r)).t('\n');
};

const phishingReport: Tpl = (d, r) => {
  const c = anyCountry(r);
  const buyer = local(r, c);
  const scam = person(r);
  d.t(`Report a problem › Seller asked me to pay outside ${market(r)}\n\nThe seller (shop "${shop(r).name}") messaged me from `).l('EMAIL', email(r, scam));
  d.t(' and said the listing was "paused", asking me to pay by bank transfer to ').l('IBAN', iban(r, ibanCountry(r).iban ?? 'DE'));
  d.t(` in the name of `).l('PERSON', full(scam).toUpperCase()).t('. They also sent a WhatsApp from ').l('PHONE', anyCountry(r).phone(r, true));
  d.t('. I did NOT pay. My account: ').l('EMAIL', email(r, buyer)).t(' — ').l('PERSON', buyer.given).t('\n');
};

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, but plenty that looks like it.

const negReturnsPolicy: Tpl = (d, r) => {
  d.t(`Returns policy (updated ${D.when(r)})\n\n1. You may return most items within ${r.pick(['14', '30', '60'])} days of delivery. Warranty rights under the Magnuson-Moss Warranty Act are unaffected.\n`);
  d.t(`2. Items from ${r.pick(TRAPS.brands)} and ${r.pick(TRAPS.brands)} must be unworn, with tags. Opened hygiene products and custom orders are excluded.\n`);
  d.t(`3. Refunds go back to the original payment method; cards show as ${D.maskedCard(r)} on your receipt.\n4. Our returns hub in ${r.pick(TRAPS.places)} processes parcels within 5 working days. May and June are peak months — we hope for your patience.\n`);
};

const negReleaseNotes: Tpl = (d, r) => {
  d.t(`Seller App ${D.version(r)} — release notes\nbuild ${r.int(1000, 9999)} · commit ${hex(r, 40)}\n\n`);
  d.t(`- Bulk returns export now includes RMA ids (e.g. ${D.rma(r)}) and carrier codes.\n- Fixed crash when a tracking number like ${D.tracking(r)} contained spaces.\n`);
  d.t(`- Upgraded ${r.pick(TRAPS.software)} to ${D.version(r)} and ${r.pick(TRAPS.software)} to ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.\n- Minimum Android version 8.1.0.${r.int(1, 99)}; iOS 16.4.\n- Known issue: orders created at ${D.ts(r)} may show twice.\n`);
};

const negFeeSchedule: Tpl = (d, r) => {
  d.t(`${market(r)} fee schedule — effective ${D.when(r)}\n\nCategory            Referral fee   Min. fee\n`);
  for (const cat of ['Electronics', 'Home & Kitchen', 'Jewellery', 'Books', 'Fashion']) d.t(`${cat.padEnd(20)}${r.int(5, 20)}%            ${r.int(0, 1)}.${r.digits(2)}\n`);
  d.t(`Chargeback handling fee: 15.00 per case (waived if you win). Payout file format: ${r.pick(['SEPA pain.001', 'NACHA CCD+', 'BACS Std18'])}; our ACH routing ${D.routing(r)}, EIN ${D.ein(r)}.\n`);
  d.t(r.pick(['Debit interchange follows the Durbin amendment to Dodd-Frank.', 'Volume discounts are offered on equal terms (Robinson-Patman Act).', 'Fee records are retained under Sarbanes-Oxley rules.']) + '\n');
};

const negHolidayNotice: Tpl = (d, r) => {
  const y = r.int(2024, 2025);
  d.t(`Holiday shipping cut-offs ${y}\n\nStandard: order by 16 December ${y}\nExpress: order by 20 December ${y}\nWarehouses closed 25 December – 1 January.\n`);
  d.t(`Delays expected in the North Sea after ${r.pick(TRAPS.storms)}; container vessel ${r.pick(TRAPS.ships)} is berthed at ${r.pick(TRAPS.ports)}.\n`);
  d.t(`Returns initiated after 1 November ${y} can be sent back until 31 January ${y + 1}.\n`);
};

const negListing: Tpl = (d, r) => {
  const b = r.pick(TRAPS.brands);
  d.t(`${b} ${r.pick(['leather boots', 'tote bag', 'crew-neck jumper', 'trench coat', 'sunglasses'])} — pre-owned, excellent condition\n\n`);
  d.t(`Authentic ${b}, bought at the flagship near ${r.pick(TRAPS.buildings)}. Comes with box and dust bag. Similar to the ${r.pick(TRAPS.brands)} style but heavier.\n`);
  d.t(`EAN ${D.ean(r)} · SKU ${D.sku(r)} · colour: ${r.pick(['Rose', 'Ivy green', 'Amber', 'Hunter green', 'Sky'])}\nShips from ${r.pick(TRAPS.places)} in 1–2 days. Winner of the ${r.pick(TRAPS.awards)} for design (the original model, not this one).\n`);
};

const negMetrics: Tpl = (d, r) => {
  d.t(`Weekly disputes report — week ${r.int(1, 52)}\n\nOpened: ${r.int(20, 400)}   Won: ${r.int(10, 200)}   Lost: ${r.int(5, 100)}   Win rate: ${r.int(40, 80)}.${r.int(0, 9)}%\n`);
  d.t(`Top reason codes: 13.1 (${r.int(10, 40)}%), 10.4 (${r.int(5, 30)}%), 4853 (${r.int(3, 20)}%)\nLargest case: ${D.caseNo(r)} (ARN ${D.arn(r)}), amount ${D.amount(r)}\n`);
  d.t(`Team Falcon closed ${r.int(10, 90)} cases; Team Phoenix ${r.int(10, 90)}. Dashboard build ${D.version(r)}, data as of ${D.ts(r)}.\n`);
};

const negMacro: Tpl = (d, r) => {
  d.t(`Macro: RETURN_APPROVED_${r.pick(['EN', 'UK', 'US'])}\n\nHi {{buyer.first_name}},\n\ngood news — your return {{rma_id}} for order {{order.number}} is approved. Print the label and drop the parcel at any ${r.pick(['UPS Access Point', 'DHL Packstation', 'post office'])}.\n`);
  d.t(`Refunds go to {{payment.masked_card}} within 5–10 days.\n\nBest,\n{{agent.first_name}} · {{shop.name}}\n<!-- last edited ${D.ts(r)}, template id ${D.uuid(r)} -->\n`);
};

const negWarehouse: Tpl = (d, r) => {
  d.t(`Shift handover — ${r.pick(['DC Tyler, TX', 'hub Charlotte', 'Florence returns centre', 'DC Victoria'])}\n\n`);
  d.t(`Inbound returns: ${r.int(100, 900)} parcels, ${r.int(5, 40)} flagged (batch ${D.rma(r)}–${D.rma(r)}). Dock 4 forklift down, ticket ${D.caseNo(r)}.\n`);
  d.t(`Team Grant Street (night shift) beat the pick target; will review May numbers Friday. Scanner firmware ${D.version(r)} rolled back.\nPallets for ${r.pick(TRAPS.ships)} container ${letters(r, 4)}${r.digits(7)} staged in lane B.\n`);
};

const negPaymentsConfig: Tpl = (d, r) => {
  d.t(`payments.yaml (sandbox)\n\nach:\n  routing: "${D.routing(r)}"\n  company_ein: "${D.ein(r)}"\n  test_account: "000123456789"\nsepa:\n  # this test IBAN fails mod-97 on purpose\n  invalid_iban: "${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'GB']))}"\n`);
  d.t(`cards:\n  luhn_fail: "${badCard(r)}"\n  masked_example: "${D.maskedCard(r)}"\ntax:\n  itin_example: "${D.itin(r)}"\n  masked_ssn: "${D.maskedSsn(r)}"\nhost: api.sandbox.internal:${r.int(3000, 9999)}\nversion: ${D.version(r)}\n`);
};

const negHealthQA: Tpl = (d, r) => {
  d.t(`Q: Is this weighted spoon suitable for someone with ${r.pick(TRAPS.diseases)}?\nA: Many customers with ${r.pick(TRAPS.diseases)}, essential tremor or arthritis use it. It is not a medical device.\n`);
  d.t(`Q: Warranty?\nA: ${r.int(1, 3)} years; in the US the Magnuson-Moss Warranty Act also applies. Serial numbers look like ${letters(r, 2)}-${r.digits(6)}-${r.digits(2)}.\n`);
  d.t('Q: Will it fit in the Grant & May gift hamper?\nA: Yes, the hamper basket is 30 cm wide.\n');
};

const negShippingDelay: Tpl = (d, r) => {
  const [s1, s2] = [r.int(0, 4), r.int(0, 3)];
  const ships = TRAPS.ships.filter((_, i) => i !== s1);
  d.t(`Service update ${D.when(r)}: sailings delayed\n\nThe ${TRAPS.ships[s1] ?? ''} and ${ships[s2] ?? ''} are delayed by ${r.int(2, 9)} days because of ${r.pick(TRAPS.storms)}.\n`);
  d.t(`Affected bookings: ${D.order(r)}, ${D.order(r)}. Port congestion in ${r.pick(TRAPS.ports)}. Next update at ${pad(r.int(8, 18))}:00 UTC.\nSellers with Fulfilled-by-Marketplace stock need not act.\n`);
};

const negApiLog: Tpl = (d, r) => {
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    d.t(`${D.ts(r)} ${r.pick(['INFO', 'WARN', 'ERROR'])} req=${D.uuid(r)} route=${r.pick(['/v2/returns', '/v2/orders', '/v1/payouts', '/v3/disputes'])} status=${r.pick(['200', '201', '404', '422', '500'])} dur=${r.int(3, 900)}ms `);
    d.t(r.pick([`sdk=${D.version(r)}`, `card=${D.maskedCard(r)}`, `hash=${D.sha(r)}`, `order=${D.order(r)}`, `err="IBAN checksum failed"`]) + '\n');
  }
};

const negForum: Tpl = (d, r) => {
  d.t(`Seller forums › Returns › "Will this new policy grant buyers free returns on everything?"\n\n`);
  d.t(`Posted by @${r.pick(['grantgoods', 'maybelline_fan', 'hopeandglory_shop', 'billsbargains'])}: May is our busiest month and I hope they don't. Said it before: a 30-day window is plenty.\n`);
  d.t(`Reply from @${r.pick(['rose_and_crown_store', 'guyropesupplies', 'will_it_blend'])}: Agree. Mark my words, fees go up next. Frank answer from support was "no comment".\n`);
};

const negCatalog: Tpl = (d, r) => {
  d.t('sku,ean,title,price,stock\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    d.t(`${D.sku(r)},${D.ean(r)},"${r.chance(0.5) ? `${r.pick(TRAPS.brands)} style ${r.pick(['tote', 'belt', 'scarf'])}` : `${r.pick(TRAPS.home)} compatible ${r.pick(['filter', 'refill', 'cover', 'brush head'])}`}",${D.amount(r)},${r.int(0, 400)}\n`);
  }
};

// ---------------------------------------------------------------------------------------------------
// Generation.

const POSITIVE: ReadonlyArray<readonly [Tpl, number]> = [
  [kycUS, 3.5], [kycEU, 2], [kycDE, 2], [kycFR, 1.5], [kycES, 1.5], [kycBR, 1.5], [kycJP, 1], [w9, 2],
  [orderCsv, 2], [returnCsv, 2], [returnRequest, 3], [ukReturnBank, 1.5], [returnFormPL, 1], [returnSE, 1.5],
  [chargebackNotice, 2], [representment, 2], [disputeThread, 2], [chargebackDE, 1], [riskNote, 2],
  [shippingLabel, 3], [shippingJson, 1.5], [customsCN23, 1.5], [sellerChat, 3], [callTranscript, 2],
  [payoutStatement, 2], [payoutFailed, 1.5], [affiliatePayout, 1], [dac7, 1], [productReview, 3], [productQA, 2],
  [reviewModeration, 1.5], [atoAlert, 1.5], [auditLog, 1.5], [webhook, 1.5], [invoice, 1.5], [fraudSlack, 1],
  [cardUpdate, 3.5], [refundToCard, 2], [ageCheck, 1.5], [kycReupload, 1], [buyerMsgES, 1.5], [buyerMsgIT, 1],
  [buyerMsgNL, 1], [complaintFR, 1], [buyerMsgTR, 1], [buyerMsgKO, 1], [buyerMsgJA, 1], [sellerZH, 1], [sellerIN, 1],
  [sellerAUCA, 1], [podDispute, 1.5], [bulkMigration, 3], [tinMismatch, 2.5], [sellerReply, 1.5], [lostParcel, 1.5],
  [vacationReply, 1], [gdprRequest, 1], [counterfeitReport, 1], [addressCorrection, 1.5], [motoOrder, 3],
  [buyerMsgPT, 1], [sellerLead, 1], [phishingReport, 1],
];
const NEGATIVE: readonly Tpl[] = [negReturnsPolicy, negReleaseNotes, negFeeSchedule, negHolidayNotice, negListing, negMetrics,
  negMacro, negWarehouse, negPaymentsConfig, negHealthQA, negShippingDelay, negApiLog, negForum, negCatalog];
const TOTAL_WEIGHT = POSITIVE.reduce((s, [, w]) => s + w, 0);

function pickPositive(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of POSITIVE) {
    x -= w;
    if (x < 0) return t;
  }
  return (POSITIVE[0] as readonly [Tpl, number])[0];
}

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent73Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent73Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT73_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT73_MIN_INSTANCES;
  const out: Independent73Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    (r.chance(0.1) ? r.pick(NEGATIVE) : pickPositive(r))(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
