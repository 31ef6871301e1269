/**
 * @module privacy/pii-corpus-independent-75 — blind labelled PII corpus #75 (childcare, nurseries, au pairs).
 *
 * WRITTEN BLIND. To write it I read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the first 30 lines of
 * `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector, its patterns, name lists or tests, the
 * other corpora (`pii-corpus-values.ts`, templates, other independent splits), docs, bench or git history,
 * and I never ran the detector on this text. Every name, address, template and value was invented here.
 *
 * Seeds: {@link INDEPENDENT75_SEEDS} (750001, 750002, 750003); each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT75_MIN_INSTANCES}).
 *
 * Contents: the paperwork and chatter of childcare — nursery / Kita / crèche / escuela infantil enrolment
 * forms, daily care logs, incident reports, authorised pick-up lists, allergy and medication consents,
 * invoices, direct-debit mandates and subsidy letters, parent messaging and voicemail transcripts, au-pair
 * host-family and candidate profiles and contracts, staff rosters, payroll and HR records, portal logs — in
 * English, German, French, Spanish, Italian, Dutch, Swedish, Polish, Portuguese, Japanese and Korean, with
 * each country's own phone, address and date formats. About one document in ten is a pure hard negative
 * (people-named brands, places, diseases and laws, reference numbers, hashes, versions, Luhn-invalid
 * card-like numbers, invalid IBANs, EINs, routing numbers, non-birth dates); such traps also appear inside
 * labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Mme, Sra., 様, さん, ちゃん, 씨 …) and possessive 's
 *   are outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   cartoon characters, storms, streets/buildings/rooms named after people, eponymous diseases/laws/awards
 *   and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids (NHS, BSN, PESEL, CAF,
 *   Steuer-ID, personnummer, codice fiscale, DNI …) unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; recipient names are separate PERSON labels; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';

/** Seeds of this split. */
export const INDEPENDENT75_SEEDS = [750001, 750002, 750003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT75_MIN_INSTANCES = 2400;

/** A gold label with its text. */
export interface Independent75Label extends PiiLabel {
  readonly value: string;
}
/** One document of this split. */
export type Independent75Entry = PiiCorpusEntry & { readonly labels: readonly Independent75Label[] };

/** Builds a document while recording label offsets as values are appended. */
class Doc {
  text = '';
  readonly labels: Independent75Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value === '' || value !== value.trim()) throw new Error(`bad ${type} value "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names (invented pools, ~36 cultures). Underscore stands for a space inside one name.
// ---------------------------------------------------------------------------------------------------------

const NAME_POOLS: Record<string, readonly [string, string]> = {
  en: [
    'Olivia Amelia Harry Oliver Rose Hope Will Bill May Guy Grace Faith Joy Summer Hunter Dawn Mark Pat Sunny Noah Isla Freddie Poppy Archie Ivy Tobias Florence',
    'Smith Baker Miller Young Brown King Grant Hill Wood Rich Bell Walker Shepherd Fox Green Fletcher Hughes Marsh Price Hart Crane Pennington',
  ],
  ie: ['Aoife Saoirse Cian Oisín Niamh Darragh Siobhán Ciara Fionn Róisín Tadhg Eimear', "O'Brien Murphy Byrne Kavanagh Ó_Súilleabháin McCarthy Doherty Gallagher Quinn Brennan Lynch Ní_Bhriain"],
  sc: ['Callum Ailsa Fraser Mhairi Lachlan Eilidh Struan Kirsty Hamish Morven', 'MacLeod Campbell Robertson Sinclair Mackenzie Drummond Munro Baird Lennox Urquhart'],
  de: [
    'Lena Mia Jonas Finn Emilia Mats Hannah Lukas Greta Anton Frieda Konstantin Ida Paul Leni Jakob',
    'Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Zimmermann Krüger Hartmann Lange Vogel',
  ],
  fr: [
    'Léa Chloé Hugo Louis Manon Camille Inès Théo Jules Zoé Maël Clémence Anaïs Baptiste',
    'Martin Bernard Dubois Thomas Robert Petit Durand Leroy Moreau Lefèvre Garnier Faure Rousseau Mercier',
  ],
  es: ['Lucía Martina Mateo Valeria Alba Pablo Álvaro Carmen Daniela Íñigo Nerea Rocío', 'García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Muñoz Álvarez de_la_Fuente'],
  mx: ['Ximena Santiago Regina Emiliano Guadalupe Diego Itzel Sofía Leonardo Renata Jesús Paloma', 'Hernández González Ramírez Cruz Flores Morales Reyes Jiménez Vázquez Castillo Ortiz Mendoza'],
  it: ['Giulia Sofia Leonardo Francesco Aurora Ginevra Tommaso Alessandro Beatrice Matteo Chiara Lorenzo', 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo De_Luca'],
  pt: ['João Beatriz Inês Rodrigo Matilde Duarte Leonor Tiago Carolina Gonçalo', 'Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Carvalho'],
  br: ['Ana_Clara Enzo Maria_Eduarda Davi Heloísa Arthur Valentina Bernardo Luana Caio Thiago Yasmin', 'da_Silva Souza Lima Gomes Ribeiro Almeida Nascimento Barbosa Araújo Cardoso Teixeira Rocha'],
  nl: ['Sem Daan Noor Julia Bram Fenna Lotte Thijs Sanne Jesse Femke Ruben Anouk', 'de_Jong Jansen de_Vries van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder van_Dijk Bos Vos'],
  sv: ['Astrid Elsa Maja Wilma Oskar Axel Alva Saga Linnea Viggo Ebba Sixten', 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Sjöberg Holm Lundgren Ek'],
  no: ['Nora Emma Ingrid Sigrid Aksel Tuva Håkon Solveig Eirik Ragnhild', 'Hansen Johansen Olsen Larsen Berg Haugen Bakke Dahl Solberg Strand'],
  da: ['Freja Karla Magnus Villads Asta Malthe Ellen Kasper Signe Troels', 'Jensen Nielsen Pedersen Christensen Sørensen Rasmussen Kjær Mortensen Poulsen Østergaard'],
  fi: ['Aino Eino Helmi Väinö Siiri Onni Venla Leevi Iida Ilmari', 'Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen'],
  pl: ['Zuzanna Antoni Hanna Jan Franciszek Szymon Wiktoria Kacper Małgorzata Wojciech Agnieszka Bartosz', 'Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kozłowska'],
  cz: ['Tereza Eliška Jakub Vojtěch Adéla Matyáš Barbora Ondřej', 'Novák Svobodová Dvořák Černá Procházka Kučerová Veselý Horáková'],
  ua: ['Anastasia Dmytro Olena Bohdan Yaroslava Artem Sofiya Mykola Kseniya Ivan Oksana Taras', 'Ivanova Petrenko Shevchenko Kovalenko Bondarenko Smirnov Kuznetsova Melnyk Tkachenko Volkov Sokolova Lysenko'],
  gr: ['Eleni Giorgos Katerina Nikos Dimitra Yannis Kostas Athina Stavros Despina', 'Papadopoulos Georgiou Nikolaidou Konstantinidis Papadaki Vlachos Oikonomou Antoniou Karagiannis Christodoulou'],
  tr: ['Elif Yusuf Zeynep Emir Defne Mehmet Ayşe Kerem Ecrin Mustafa Nehir Barış', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Koç Kurt'],
  ar: ['Layla Omar Said Fatima Amira Karim Hamza Mariam Zayd Salma Khalid Huda Noor', 'Al-Masri Haddad Khoury Nasser Saleh Mansour Hamdan El-Amin Farouk Abdullah Haddadin Qureshi'],
  fa: ['Darya Arash Shirin Kian Parisa Navid Yasaman Dariush Babak Roya', 'Hosseini Rahimi Karimi Mohammadi Jafari Ahmadi Tehrani Moradi Rostami Sadeghi'],
  he: ['Noa Yael Itai Tamar Ariel Shira Omer Maya Eitan Liel', 'Cohen Levi Mizrahi Peretz Biton Friedman Avraham Dahan Shapiro Ben-David'],
  hi: ['Aarav Ananya Vihaan Diya Arjun Saanvi Ishaan Priya Rohan Kavya Aditya Meera', 'Sharma Patel Gupta Singh Verma Iyer Reddy Nair Joshi Mehta Kapoor Desai'],
  ta: ['Karthik Lakshmi Surya Divya Arun Meenakshi Senthil Nila Vignesh Thendral', 'Subramanian Raman Krishnan Murugan Venkatesan Pillai Annamalai Selvaraj Rajendran Natarajan'],
  bn: ['Rafiq Nusrat Tanvir Farzana Arif Sadia Imran Tahmina', 'Rahman Hossain Chowdhury Ahmed Islam Akter Begum Uddin'],
  zh: ['Wei Xiaoling Hao Mei Jing Yichen Zihan Ming Lan Jun Xinyi Bo', 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Long Xu Sun'],
  ja: ['Yui Haruto Sakura Ren Aoi Sota Hina Yuto Mio Riku Emi Kaito', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto'],
  ko: ['Minjun Seoyeon Jiwoo Hayoon Doyun Jiho Seoah Eunwoo Yuna Siwoo', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Moon Han'],
  vi: ['Linh Minh Anh Bao Thao Duc Ngoc Huy Trang Khoa', 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do'],
  fil: ['Andrea Joshua Mae Rizalyn Jericho Princess Kristine Jomar Angelica Paolo', 'Santos Reyes dela_Cruz Bautista Ocampo Garcia Villanueva Aquino Castro Mercado'],
  ng: ['Chiamaka Oluwaseun Adaeze Tunde Ngozi Emeka Folake Chidi Yetunde Ifeanyi Temitope Obinna', 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi Ogunleye Chukwu Afolabi Okeke'],
  ke: ['Wanjiru Achieng Amani Baraka Zawadi Imani Njeri Wambui Kiprono Atieno', 'Mwangi Odhiambo Kariuki Kamau Onyango Chebet Mutua Njoroge Owino Otieno'],
  gh: ['Kwame Ama Kofi Akosua Yaw Efua Kojo Abena', 'Mensah Asante Owusu Boateng Appiah Osei Darko Agyeman'],
  hu: ['Zsófia Bence Réka Levente Anna Máté Dorka Gergő', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár'],
  ro: ['Ioana Andrei Maria Vlad Elena Mihai Bianca Radu', 'Popescu Ionescu Dumitru Stan Constantin Munteanu Marin Tudor'],
};
const POOLS: Record<string, { g: string[]; s: string[] }> = {};
for (const [k, [g, s]] of Object.entries(NAME_POOLS)) {
  POOLS[k] = { g: g.split(' ').map((x) => x.replace(/_/g, ' ')), s: s.split(' ').map((x) => x.replace(/_/g, ' ')) };
}
/** Japanese and Korean names in native script. */
const JA_NATIVE = { g: ['陽菜', '蓮', '結衣', '湊', '葵', '大翔', '芽依', '悠真', '美桜', '樹'], s: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'] };
const KO_NATIVE = { g: ['민준', '서연', '지우', '하윤', '도윤', '서아', '은우', '유나'], s: ['김', '이', '박', '최', '정', '강', '조', '윤'] };

interface Person {
  readonly g: string;
  readonly s: string;
  /** The full name as written in this document. */
  readonly full: string;
  readonly culture: string;
}

type Loc = 'US' | 'UK' | 'IE' | 'CA' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'IT' | 'NL' | 'SE' | 'NO' | 'DK' | 'FI' | 'PL' | 'PT' | 'BR' | 'JP' | 'KR';

const LOC_CULTURES: Record<Loc, readonly string[]> = {
  US: ['en', 'en', 'en', 'en', 'mx', 'hi', 'zh', 'ko', 'ng', 'vi', 'fil', 'ar', 'he', 'ie', 'gh', 'ke'],
  UK: ['en', 'en', 'en', 'sc', 'ie', 'hi', 'bn', 'pl', 'ng', 'gh', 'ar', 'tr', 'ta'],
  IE: ['ie', 'ie', 'ie', 'en', 'pl', 'br', 'ng'],
  CA: ['en', 'en', 'fr', 'zh', 'hi', 'fil', 'ua', 'ko'],
  AU: ['en', 'en', 'en', 'zh', 'vi', 'gr', 'it', 'hi'],
  DE: ['de', 'de', 'de', 'de', 'tr', 'pl', 'ua', 'ar', 'it', 'gr'],
  AT: ['de', 'de', 'de', 'hu', 'cz', 'tr', 'ro'],
  CH: ['de', 'de', 'fr', 'it', 'pt'],
  FR: ['fr', 'fr', 'fr', 'ar', 'pt', 'es', 'vi'],
  BE: ['fr', 'nl', 'nl', 'ar', 'it', 'tr'],
  ES: ['es', 'es', 'es', 'ro', 'ar', 'mx'],
  IT: ['it', 'it', 'it', 'ro', 'ar'],
  NL: ['nl', 'nl', 'nl', 'tr', 'ar'],
  SE: ['sv', 'sv', 'sv', 'fi', 'fa', 'ar'],
  NO: ['no', 'no', 'no', 'sv'],
  DK: ['da', 'da', 'da', 'de'],
  FI: ['fi', 'fi', 'fi', 'sv'],
  PL: ['pl', 'pl', 'pl', 'ua'],
  PT: ['pt', 'pt', 'pt', 'br'],
  BR: ['br', 'br', 'br', 'ja', 'it'],
  JP: ['ja'],
  KR: ['ko'],
};
/** Where au pairs in these documents come from. */
const AUPAIR_CULTURES = ['br', 'mx', 'de', 'fr', 'es', 'ua', 'fil', 'ke', 'it', 'pl', 'cz', 'sv', 'ro', 'hu', 'za'].filter((c) => c in NAME_POOLS);

function mkPerson(r: Rng, culture: string, surname?: string): Person {
  const pool = POOLS[culture] ?? (POOLS['en'] as { g: string[]; s: string[] });
  const g = r.pick(pool.g);
  const s = surname ?? r.pick(pool.s);
  const eastern = ['zh', 'ko', 'vi'].includes(culture) && r.chance(0.35);
  return { g, s, full: eastern ? `${s} ${g}` : `${g} ${s}`, culture };
}
function personIn(r: Rng, loc: Loc, surname?: string): Person {
  return mkPerson(r, r.pick(LOC_CULTURES[loc]), surname);
}
/** A native-script name for Japanese / Korean documents. */
function nativePerson(r: Rng, loc: 'JP' | 'KR', surname?: string): Person {
  const pool = loc === 'JP' ? JA_NATIVE : KO_NATIVE;
  const g = r.pick(pool.g);
  const s = surname ?? r.pick(pool.s);
  const full = loc === 'JP' ? (r.chance(0.5) ? `${s} ${g}` : `${s}${g}`) : `${s}${g}`;
  return { g, s, full, culture: loc === 'JP' ? 'ja' : 'ko' };
}
/** One contiguous rendering of a person's name (all forms are a single PERSON label). */
function nameForm(r: Rng, p: Person): string {
  if (/[\u0250-\uffff]/.test(p.full)) return r.chance(0.7) ? p.full : p.g;
  const x = r.next();
  if (x < 0.55) return p.full;
  if (x < 0.63) return p.full.toUpperCase();
  if (x < 0.7) return `${p.s}, ${p.g}`;
  if (x < 0.78) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.86) return p.g;
  if (x < 0.92) return `${p.s.toUpperCase()} ${p.g}`;
  return p.full.toLowerCase();
}
/** Writes a person's full name; when `self` the name is also the user's own (knownNames). */
function fullName(d: Doc, p: Person, self = false): Doc {
  d.l('PERSON', p.full);
  if (self && !d.known.includes(p.full)) d.known.push(p.full);
  return d;
}
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------------------

const MAIL_DOMAINS: Record<string, readonly string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'protonmail.com'],
  UK: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'sky.com', 'icloud.com'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'mailbox.org'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
  ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it', 'tiscali.it'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl', 'hotmail.nl'],
  X: ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'hotmail.com'],
};
function personalEmail(r: Rng, p: Person, loc: Loc | 'X'): string {
  let g = slug(p.g);
  let s = slug(p.s);
  if (!g || !s) {
    g = r.pick(['mama', 'papa', 'family', 'home']);
    s = r.pick(['kids', 'house', 'nest']);
  }
  const dom = r.pick(MAIL_DOMAINS[loc] ?? MAIL_DOMAINS['X'] ?? ['gmail.com']);
  const x = r.int(0, 7);
  const user = [
    `${g}.${s}`,
    `${g}${s}${r.int(1, 99)}`,
    `${g.charAt(0)}${s}`,
    `${s}.${g}`,
    `${g}_${s}`,
    `${g}${r.int(1975, 2004)}`,
    `${s}family`,
    `${g}.${s.charAt(0)}`,
  ][x] as string;
  return `${user}@${dom}`;
}
function roleEmail(r: Rng, domain: string): string {
  return `${r.pick(['office', 'info', 'admin', 'billing', 'enrolments', 'hello', 'manager', 'accounts', 'support', 'kontakt', 'leitung'])}@${domain}`;
}
const NURSERY_NAMES = [
  ['Little Acorns Day Nursery', 'littleacorns-nursery.co.uk'],
  ['Bumblebee Barn Childcare', 'bumblebeebarn.com'],
  ['Kita Sonnenkäfer', 'kita-sonnenkaefer.de'],
  ['Crèche Les Petits Lutins', 'petitslutins-creche.fr'],
  ['Escuela Infantil El Trébol', 'eitrebol.es'],
  ['Asilo Nido Il Girasole', 'nidoilgirasole.it'],
  ['Kinderdagverblijf De Vlinderboom', 'vlinderboom.nl'],
  ['Brightmeadow Early Learning', 'brightmeadow.org'],
  ['Förskolan Trädkojan', 'tradkojan.se'],
  ['Żłobek Wesołe Misie', 'wesolemisie.pl'],
  ['Tiny Tides Montessori', 'tinytides.com.au'],
  ['Harbourview Kids Club', 'harbourviewkids.ca'],
  ['Cosy Owl Preschool', 'cosyowl.ie'],
] as const;
const AGENCY_NAMES = [
  ['GlobeNest Au Pair', 'globenest-aupair.com'],
  ['Kinderbrücke Au-pair Agentur', 'kinderbruecke.de'],
  ['Hearth & Harbour Au Pairs', 'hearthharbour.co.uk'],
  ['Cultura Familia Exchange', 'culturafamilia.org'],
  ['Nordlys Au Pair Service', 'nordlys-aupair.no'],
] as const;

// ---------------------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------------------

function phone(r: Rng, loc: Loc): string {
  const k = r.int(0, 3);
  switch (loc) {
    case 'US':
    case 'CA': {
      const a = r.pick(loc === 'US' ? ['212', '415', '617', '312', '503', '720', '404', '206', '512', '646', '917', '619', '773'] : ['416', '604', '514', '613', '403', '902']);
      const e = String(r.int(2, 9)) + r.digits(2);
      const n = r.digits(4);
      return [`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`][k] as string;
    }
    case 'UK':
      return [`07${r.digits(3)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `0113 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'IE':
      return [`08${r.pick(['3', '5', '6', '7', '9'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.pick(['3', '5', '7'])} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'AU':
      return [`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) 9${r.digits(3)} ${r.digits(4)}`, `(03) 9${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'DE':
      return [`01${r.pick(['51', '52', '60', '71', '76'])} ${r.digits(7)}`, `+49 1${r.pick(['51', '60', '70', '72'])} ${r.digits(7)}`, `030 ${r.digits(8)}`, `+49 (0)89 ${r.digits(7)}`][k] as string;
    case 'AT':
      return [`+43 6${r.pick(['60', '64', '76'])} ${r.digits(7)}`, `06${r.pick(['64', '99', '50'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `01 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+43 1 ${r.digits(7)}`][k] as string;
    case 'CH':
      return [`07${r.pick(['6', '8', '9'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `031 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'FR': {
      const p = () => r.digits(2);
      return [`06 ${p()} ${p()} ${p()} ${p()}`, `+33 7 ${p()} ${p()} ${p()} ${p()}`, `01.${p()}.${p()}.${p()}.${p()}`, `+33 (0)6 ${p()} ${p()} ${p()} ${p()}`][k] as string;
    }
    case 'BE':
      return [`04${r.pick(['70', '75', '86', '96'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+32 4${r.pick(['70', '85', '97'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `09 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'ES':
      return [`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'IT':
      return [`3${r.pick(['33', '47', '39', '28'])} ${r.digits(3)} ${r.digits(4)}`, `+39 02 ${r.digits(4)} ${r.digits(4)}`, `3${r.pick(['40', '49'])} ${r.digits(7)}`, `+39 3${r.pick(['31', '88'])} ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'NL':
      return [`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020-${r.digits(7)}`, `+31 (0)30 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'SE':
      return [`07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.pick(['0', '3'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `031-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'NO':
      return [`${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `+47 ${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `22 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+47 22 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'DK':
      return [`${r.pick(['2', '3', '4', '5'])}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+45 ${r.pick(['2', '3', '5'])}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+45 ${r.digits(8)}`, `33 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'FI':
      return [`04${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+358 4${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `050 ${r.digits(3)} ${r.digits(4)}`, `09 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'PL':
      return [`${r.pick(['5', '6', '7', '8'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 ${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+48 12 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`][k] as string;
    case 'PT':
      return [`9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `+351 9${r.pick(['1', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`, `22 ${r.digits(3)} ${r.digits(4)}`][k] as string;
    case 'BR':
      return [`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`, `+55 (11) 9${r.digits(4)}-${r.digits(4)}`][k] as string;
    case 'JP':
      return [`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`][k] as string;
    case 'KR':
      return [`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `010 ${r.digits(4)} ${r.digits(4)}`][k] as string;
  }
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `+49 *** ****${r.digits(3)}`, `(•••) •••-${r.digits(4)}`, `06 ** ** ** ${r.digits(2)}`]);
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A phone number read aloud, as a transcription service writes it. */
function spokenPhone(r: Rng, loc: Loc): string {
  const raw = phone(r, loc).replace(/^\+1\s*/, '').replace(/^\+\d+\s*(\(0\))?/, '0').replace(/\D/g, '');
  const groups = raw.length > 7 ? [raw.slice(0, raw.length - 7), raw.slice(-7, -4), raw.slice(-4)] : [raw.slice(0, 3), raw.slice(3)];
  const oh = r.chance(0.5);
  return groups
    .filter((g) => g.length > 0)
    .map((g) => [...g].map((c) => (c === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(c)] as string))).join(' '))
    .join(r.pick([', ', ' ', ' ... ']));
}
function spokenEmail(r: Rng, p: Person): string {
  const g = slug(p.g) || 'mama';
  const s = slug(p.s) || 'family';
  const dom = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot co dot uk', 'icloud dot com', 'hotmail dot com']);
  return r.pick([`${g} dot ${s} at ${dom}`, `${g} ${s} at ${dom}`, `${g} underscore ${s} at ${dom}`, `${s} ${r.int(10, 99)} at ${dom}`]);
}

// ---------------------------------------------------------------------------------------------------------
// Postal addresses: a list of lines, joined by the template with "\n" or ", ".
// ---------------------------------------------------------------------------------------------------------

const UK_PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
function ukPostcode(r: Rng, prefix: string): string {
  return `${prefix} ${r.int(1, 9)}${r.pick([...UK_PC_LETTERS])}${r.pick([...UK_PC_LETTERS])}`;
}
function address(r: Rng, loc: Loc): string[] {
  const n = r.int(1, 148);
  switch (loc) {
    case 'US': {
      const [city, st, zip] = r.pick([
        ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Brooklyn', 'NY', '112'], ['Oak Park', 'IL', '603'], ['Decatur', 'GA', '300'],
        ['Somerville', 'MA', '021'], ['Boulder', 'CO', '803'], ['Ann Arbor', 'MI', '481'], ['Chula Vista', 'CA', '919'], ['Tacoma', 'WA', '984'],
      ] as const);
      const street = `${r.int(12, 9870)} ${r.pick(['Maple Hollow', 'Juniper', 'Cedar Ridge', 'Martin Luther King Jr.', 'Wildflower', 'Quarry', 'Linden', 'Roosevelt', 'Briar Patch', 'Sycamore'])} ${r.pick(['Rd', 'Street', 'Ave', 'Blvd', 'Lane', 'Ct', 'Dr'])}`;
      const unit = r.chance(0.3) ? `, ${r.pick(['Apt', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
      const last = `${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`;
      if (r.chance(0.08)) return [`PO Box ${r.int(100, 9999)}`, last];
      return [street + unit, last];
    }
    case 'CA':
      return r.chance(0.6)
        ? [`${r.int(10, 3999)} ${r.pick(['Birch Avenue', 'Dufferin Street', 'Lakeshore Blvd W', 'Keele St'])}${r.chance(0.4) ? `, Unit ${r.int(101, 2409)}` : ''}`, `Toronto, ON M${r.int(1, 9)}${r.pick(['B', 'C', 'J', 'K'])} ${r.int(1, 9)}${r.pick(['A', 'E', 'R', 'T'])}${r.int(1, 9)}`]
        : [`${r.int(1000, 6999)} rue ${r.pick(['Saint-Denis', 'Fabre', 'de Lanaudière', 'Boyer'])}`, `Montréal (Québec) H2${r.pick(['J', 'H', 'G'])} ${r.int(1, 9)}${r.pick(['L', 'W', 'X'])}${r.int(1, 9)}`];
    case 'UK': {
      const [city, pre] = r.pick([['London', 'SE15'], ['London', 'N16'], ['Leeds', 'LS6'], ['Bristol', 'BS3'], ['Manchester', 'M21'], ['Edinburgh', 'EH9'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'], ['Brighton', 'BN2'], ['Norwich', 'NR2']] as const);
      const street = `${n} ${r.pick(['Hawthorn Road', 'Elm Grove', 'Brunswick Terrace', 'Nightingale Lane', 'Cowper Street', 'Orchard Close', 'Victoria Crescent', 'Albion Mews'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 12)}${r.pick(['', 'A', 'B'])}`, street] : [street];
      if (r.chance(0.4)) lines.push(r.pick(['Peckham', 'Stoke Newington', 'Headingley', 'Bedminster', 'Chorlton', 'Morningside', 'Roath', 'Kemptown']));
      if (r.chance(0.5)) lines.push(city, ukPostcode(r, pre));
      else lines.push(`${city} ${ukPostcode(r, pre)}`);
      if (r.chance(0.1)) lines.push('United Kingdom');
      return lines;
    }
    case 'IE': {
      const [area, key] = r.pick([['Dublin 6', 'D06'], ['Dublin 7', 'D07'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94']] as const);
      const code = `${key} ${r.pick(['X', 'K', 'W', 'P'])}${r.int(1, 9)}${r.pick(['K', 'T', 'F', 'E'])}${r.int(1, 9)}`;
      return [`${n} ${r.pick(['Ashgrove Park', 'Beechwood Avenue', 'Seafield Road', 'Castle View'])}`, r.pick(['Ranelagh', 'Phibsborough', 'Ballintemple', 'Salthill', 'Raheen']), area, code];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Chermside', 'QLD', '4032'], ['Marrickville', 'NSW', '2204'], ['Fremantle', 'WA', '6160'], ['Norwood', 'SA', '5067']] as const);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}/` : ''}${n} ${r.pick(['Wattle Street', 'Banksia Ave', 'Jacaranda Cres', 'Bottlebrush Way'])}`, `${sub} ${st} ${pc}`];
    }
    case 'DE': {
      const [city, plz] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '22'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Bremen', '28']] as const);
      const street = r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Goethestraße', 'Sophie-Scholl-Weg', 'Auguststraße', 'Hirtenweg', 'Wiesenring']);
      return [`${street} ${r.int(1, 88)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    }
    case 'AT':
      return [`${r.pick(['Lerchenfelder Gürtel', 'Margaretenstraße', 'Kaiserstraße', 'Ottakringer Straße'])} ${r.int(1, 120)}/${r.int(1, 9)}/${r.int(1, 30)}`, `1${r.pick(['07', '05', '16', '15'])}0 Wien`];
    case 'CH':
      return r.chance(0.6)
        ? [`${r.pick(['Seestrasse', 'Bahnhofweg', 'Rosenbergstrasse', 'Gotthardstrasse'])} ${r.int(1, 90)}`, `${r.pick(['8002 Zürich', '3011 Bern', '4051 Basel', '6003 Luzern'])}`]
        : [`${r.pick(['Rue de Carouge', 'Chemin des Crêts', 'Avenue de la Gare'])} ${r.int(1, 90)}`, r.pick(['1205 Genève', '1003 Lausanne'])];
    case 'FR': {
      const city = r.pick(['75011 Paris', '69003 Lyon', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '33800 Bordeaux', '67000 Strasbourg']);
      const first = `${n}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tilleuls', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'allée des Cerisiers', 'rue Victor-Hugo'])}`;
      const lines = r.chance(0.25) ? [`Résidence ${r.pick(['Les Cerisiers', 'Le Clos Fleuri', 'Les Glycines'])}, bât. ${r.pick(['A', 'B', 'C'])}`, first, city] : [first, city];
      if (r.chance(0.1)) lines.push('France');
      return lines;
    }
    case 'BE':
      return r.chance(0.5)
        ? [`${r.pick(['Rue de la Station', 'Chaussée de Wavre', 'Avenue Louise'])} ${r.int(1, 300)}${r.chance(0.4) ? ` bte ${r.int(1, 12)}` : ''}`, r.pick(['1050 Ixelles', '1040 Etterbeek', '4000 Liège'])]
        : [`${r.pick(['Kerkstraat', 'Veldstraat', 'Lange Lozanastraat'])} ${r.int(1, 200)}`, r.pick(['9000 Gent', '2018 Antwerpen', '3000 Leuven'])];
    case 'ES':
      return r.chance(0.5)
        ? [`Calle ${r.pick(['del Almendro', 'Mayor', 'de Alcalá', 'de la Paloma', 'Santa Engracia'])}, ${r.int(1, 220)}, ${r.int(1, 8)}.º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `${r.pick(['28014', '28005', '28039'])} Madrid`]
        : [`C/ ${r.pick(['de Provença', 'Mallorca', 'del Consell de Cent', 'Sant Antoni Maria Claret'])} ${r.int(1, 400)}, ${r.int(1, 6)}º ${r.int(1, 4)}ª`, `${r.pick(['08036', '08013', '08025'])} Barcelona`];
    case 'IT':
      return [`${r.pick(['Via dei Gelsomini', 'Corso Garibaldi', 'Viale Monza', 'Via Nazionale', 'Piazza Santo Spirito'])} ${r.int(1, 180)}`, r.pick(['20127 Milano (MI)', '00184 Roma RM', '50125 Firenze FI', '40126 Bologna (BO)', '10124 Torino TO'])];
    case 'NL':
      return [`${r.pick(['Kastanjelaan', 'Prinsengracht', 'Oudegracht', 'Bloemstraat', 'Vondelstraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' A', '-hs'])}`, `${r.int(1011, 3599)} ${r.pick(['JK', 'GV', 'BN', 'XP', 'AE'])} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Haarlem', 'Rotterdam'])}`];
    case 'SE':
      return [`${r.pick(['Björkvägen', 'Götgatan', 'Sveavägen', 'Linnégatan', 'Ringvägen'])} ${r.int(1, 99)}${r.chance(0.3) ? `, lgh ${r.int(1001, 1604)}` : ''}`, `${r.int(111, 175)} ${r.int(10, 99)} ${r.pick(['Stockholm', 'Göteborg', 'Uppsala', 'Malmö'])}`];
    case 'NO':
      return [`${r.pick(['Thorvald Meyers gate', 'Bjerregaards gate', 'Kirkeveien', 'Sognsveien'])} ${r.int(1, 120)}${r.pick(['', 'B', 'C'])}`, `0${r.int(150, 590)} Oslo`];
    case 'DK':
      return [`${r.pick(['Nørrebrogade', 'Jægersborggade', 'Amagerbrogade', 'Vesterbrogade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.', 'mf.'])}`, `${r.pick(['2200 København N', '2300 København S', '1620 København V', '8000 Aarhus C'])}`];
    case 'FI':
      return [`${r.pick(['Mannerheimintie', 'Fleminginkatu', 'Hämeentie', 'Kalevankatu'])} ${r.int(1, 90)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}`, `00${r.int(10, 99)}0 ${r.pick(['Helsinki', 'Espoo'])}`];
    case 'PL':
      return r.chance(0.5)
        ? [`ul. ${r.pick(['Klonowa', 'Marszałkowska', 'Puławska', 'Grochowska'])} ${r.int(1, 200)}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`, `0${r.int(0, 4)}-${r.digits(3)} Warszawa`]
        : [`os. ${r.pick(['Słoneczne', 'Dywizjonu 303', 'Kalinowe'])} ${r.int(1, 40)}/${r.int(1, 90)}`, `31-${r.digits(3)} Kraków`];
    case 'PT':
      return [`Rua ${r.pick(['do Almada', 'de Santa Catarina', 'das Flores', 'Morais Soares'])} ${r.int(1, 300)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.', 'Frt.'])}`, r.pick([`4050-${r.digits(3)} Porto`, `1170-${r.digits(3)} Lisboa`, `1900-${r.digits(3)} Lisboa`])];
    case 'BR':
      return [`Rua ${r.pick(['das Acácias', 'Harmonia', 'Fradique Coutinho', 'Voluntários da Pátria'])}, ${r.int(10, 2500)}${r.chance(0.5) ? ` - apto ${r.int(11, 204)}` : ''}`, `${r.pick(['Vila Madalena', 'Pinheiros', 'Botafogo', 'Savassi'])}, ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG'])}`, `${r.digits(5)}-${r.digits(3)}`];
    case 'JP':
      return r.chance(0.6)
        ? [`〒${r.int(100, 199)}-${r.digits(4)} ${r.pick(['東京都渋谷区広尾', '東京都世田谷区三軒茶屋', '神奈川県横浜市港北区日吉', '大阪府大阪市北区中崎'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}${r.chance(0.5) ? ` ${r.pick(['グリーンハイツ', 'メゾン桜', 'コーポ若葉'])}${r.int(101, 405)}` : ''}`]
        : [`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Hiroo, Shibuya-ku', 'Sangenjaya, Setagaya-ku', 'Nakazaki, Kita-ku'])}`, `${r.pick(['Tokyo', 'Osaka'])} ${r.int(100, 599)}-${r.digits(4)}`];
    case 'KR':
      return r.chance(0.6)
        ? [`서울특별시 ${r.pick(['마포구 월드컵북로', '강남구 테헤란로', '송파구 올림픽로'])} ${r.int(1, 300)}, ${r.int(101, 112)}동 ${r.int(101, 1504)}호 (${r.digits(5)})`]
        : [`${r.int(101, 112)}-${r.int(101, 1504)}, ${r.int(1, 300)} ${r.pick(['Teheran-ro, Gangnam-gu', 'Worldcup-buk-ro, Mapo-gu'])}`, `Seoul ${r.digits(5)}`];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function ymd(r: Rng, y0: number, y1: number): Ymd {
  const m = r.int(1, 12);
  return { y: r.int(y0, y1), m, d: r.int(1, MONTH_DAYS[m - 1] as number) };
}
const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
};
function p2(n: number): string {
  return String(n).padStart(2, '0');
}
function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
/** A date written the way people in `loc` write it. */
function fmtDate(r: Rng, loc: Loc, x: Ymd): string {
  const { y, m, d } = x;
  const mo = (lang: string) => (MONTHS[lang] as readonly string[])[m - 1] as string;
  const k = r.int(0, 2);
  switch (loc) {
    case 'US':
      return [`${p2(m)}/${p2(d)}/${y}`, `${mo('en')} ${d}, ${y}`, `${m}/${d}/${y}`][k] as string;
    case 'UK':
    case 'IE':
    case 'AU':
      return [`${p2(d)}/${p2(m)}/${y}`, `${d} ${mo('en')} ${y}`, `${ordinal(d)} ${mo('en')} ${y}`][k] as string;
    case 'CA':
      return [`${y}-${p2(m)}-${p2(d)}`, `${mo('en')} ${d}, ${y}`, `${d} ${mo('fr')} ${y}`][k] as string;
    case 'DE':
    case 'AT':
    case 'CH':
      return [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mo('de')} ${y}`, `${d}.${m}.${y}`][k] as string;
    case 'FR':
    case 'BE':
      return [`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mo('fr')} ${y}`, `${p2(d)}/${p2(m)}/${y}`][k] as string;
    case 'ES':
      return [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mo('es')} de ${y}`, `${d}-${p2(m)}-${y}`][k] as string;
    case 'IT':
      return [`${p2(d)}/${p2(m)}/${y}`, `${d} ${mo('it')} ${y}`, `${p2(d)}.${p2(m)}.${y}`][k] as string;
    case 'NL':
      return [`${p2(d)}-${p2(m)}-${y}`, `${d} ${mo('nl')} ${y}`, `${d}-${m}-${y}`][k] as string;
    case 'SE':
      return [`${y}-${p2(m)}-${p2(d)}`, `${d} ${mo('sv')} ${y}`, `${y}-${p2(m)}-${p2(d)}`][k] as string;
    case 'NO':
    case 'DK':
      return [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mo('da')} ${y}`, `${d}.${m}.${y}`][k] as string;
    case 'FI':
      return [`${d}.${m}.${y}`, `${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`][k] as string;
    case 'PL':
      return [`${p2(d)}.${p2(m)}.${y}`, `${d} ${mo('pl')} ${y}`, `${p2(d)}.${p2(m)}.${y} r.`][k] as string;
    case 'PT':
    case 'BR':
      return [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mo('pt')} de ${y}`, `${p2(d)}/${p2(m)}/${y}`][k] as string;
    case 'JP':
      return [`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`, `${y}年${p2(m)}月${p2(d)}日`][k] as string;
    case 'KR':
      return [`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`, `${y}. ${m}. ${d}.`][k] as string;
  }
}
/** Birth dates: children in care, au pairs, parents, staff. */
const childDob = (r: Rng) => ymd(r, 2019, 2024);
const adultDob = (r: Rng) => ymd(r, 1968, 1996);
const aupairDob = (r: Rng) => ymd(r, 1997, 2006);
/** Any other (non-birth) date. */
const eventDate = (r: Rng) => ymd(r, 2024, 2026);

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs
// ---------------------------------------------------------------------------------------------------------

function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 3) return luhnComplete('4' + r.digits(14));
  if (k <= 5) return mcCard(r);
  if (k === 6) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  if (k === 7) return luhnComplete(r.pick(['6011', '65' + r.digits(2)]) + r.digits(11));
  if (k === 8) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  return r.chance(0.5) ? luhnComplete('36' + r.digits(11)) : luhnComplete('62' + r.digits(13));
}
function mcCard(r: Rng): string {
  const prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  return luhnComplete(prefix + r.digits(15 - prefix.length));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) as string[]).join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** A 16-digit number that fails Luhn (a trap). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);
}

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => r.pick([...'ABCDEFGHKLMNPRSTUVXZ']) + r.digits(22),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + r.digits(10),
  BE: (r) => r.digits(12),
  CH: (r) => r.digits(17),
  AT: (r) => r.digits(16),
  PL: (r) => r.digits(24),
  PT: (r) => r.digits(21),
  SE: (r) => r.digits(20),
  NO: (r) => r.digits(11),
  DK: (r) => r.digits(14),
  FI: (r) => r.digits(14),
  LU: (r) => r.digits(16),
  BR: (r) => r.digits(23) + r.pick(['C', 'P']) + '1',
  RO: (r) => r.pick(['RNCB', 'BTRL', 'INGB']) + r.digits(16),
  CZ: (r) => r.digits(20),
  HU: (r) => r.digits(24),
};
const LOC_IBAN: Partial<Record<Loc, string>> = {
  UK: 'GB', IE: 'IE', DE: 'DE', AT: 'AT', CH: 'CH', FR: 'FR', BE: 'BE', ES: 'ES', IT: 'IT', NL: 'NL', SE: 'SE', NO: 'NO', DK: 'DK', FI: 'FI', PL: 'PL', PT: 'PT', BR: 'BR',
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const bban = (IBAN_BBAN[cc] ?? (IBAN_BBAN['DE'] as (r: Rng) => string))(r);
  const check = p2(98 - mod97(bban + cc + '00'));
  const iban = cc + check + bban;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[cc] !== iban.length) throw new Error(`bad IBAN ${iban}`);
  return iban;
}
function fmtIban(r: Rng, compact: string): string {
  const x = r.next();
  const grouped = (compact.match(/.{1,4}/g) as string[]).join(' ');
  if (x < 0.6) return grouped;
  if (x < 0.88) return compact;
  return r.chance(0.5) ? compact.toLowerCase() : grouped.toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
/** An IBAN with wrong check digits (a trap). */
function badIban(r: Rng, cc: string): string {
  const good = ibanCompact(r, cc);
  const wrong = p2((Number(good.slice(2, 4)) + r.int(1, 90)) % 97 || 1);
  const bad = good.slice(0, 2) + wrong + good.slice(4);
  return fmtIban(r, ibanMod97Valid(bad) ? good.slice(0, 2) + '00' + good.slice(4) : bad);
}
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.75 ? `${a}-${g}-${s}` : x < 0.9 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `•••-••-${r.digits(4)}`]);
}
function ipv4(r: Rng): string {
  const k = r.int(0, 4);
  if (k === 0) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([24, 31, 46, 62, 77, 81, 86, 91, 103, 109, 145, 176, 185, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function hex4(r: Rng): string {
  return r.int(1, 0xffff).toString(16);
}
function ipv6(r: Rng): string {
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${hex4(r)}:${hex4(r)}::${hex4(r)}`;
  if (k === 1) return `fe80::${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
  if (k === 2) return `2a02:${r.pick(['8108', '810d', 'c7c', '1810'])}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
  return `2600:${hex4(r)}:${hex4(r)}:${hex4(r)}::${hex4(r)}`;
}
function ip(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled)
// ---------------------------------------------------------------------------------------------------------

function refNo(r: Rng): string {
  return r.pick([
    `INV-${r.int(2024, 2026)}-${r.digits(5)}`, `CASE-${r.digits(7)}`, `EY${r.digits(6)}`, `ORD ${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    `1Z${r.digits(3)}AA${r.digits(10)}`, `TFC-${r.digits(4)}-${r.pick(['KQ', 'BX', 'ZR'])}${r.digits(3)}`, `#${r.digits(6)}`, `REF/${r.digits(4)}/${r.pick(['B', 'K', 'N'])}`,
  ]);
}
function trap(r: Rng, loc: Loc): string {
  const x = r.int(0, 29);
  const ts = `${eventDate(r).y}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(6, 18))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
  return [
    `Please label bottles (we use Dr. Brown's and Tommee Tippee here).`,
    `Snack today: Ella's Kitchen pouches and rice cakes.`,
    `Reminder: Paddington screening in the Froebel Room on Friday.`,
    `We follow the Montessori approach in the Nightingale Room.`,
    `Info leaflet on Kawasaki disease is in the parents' corner.`,
    `Staff have completed the Martha's Rule briefing and paediatric first aid.`,
    `Your reference: ${refNo(r)}.`,
    `Tracking number ${refNo(r)} (sun cream order).`,
    `The app was updated to version ${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(10, 99)}.`,
    `Log entry ${ts} sha1 ${r.digits(6)}af${r.digits(6)}c9e${r.digits(4)}.`,
    `Please do not send Kinder Surprise eggs or Ferrero chocolates (nut policy).`,
    `Peppa Pig and Bluey stickers were a big hit today.`,
    `Closed on ${fmtDate(r, loc, eventDate(r))} for staff training.`,
    `Provider EIN ${r.int(10, 98)}-${r.digits(7)} for your dependent-care claim.`,
    `Routing number 0${r.digits(8)} belongs to the nursery's bank, not yours.`,
    `The old card ${badCard(r)} was declined.`,
    `Storm Bronagh may close us early: check @brightmeadow_kids for updates.`,
    `Our guinea pigs Biscuit and Pickle say hello.`,
    `Tuesday outing: Victoria Park then the Wellington Arch.`,
    `Hand, foot and mouth and one case of Down syndrome screening info at reception.`,
    `Sleep room temperature logged at 19.5 °C, thermostat firmware 1.4.22.`,
    `The Duke of Edinburgh Award volunteers visit on Wednesday.`,
    `Fire drill ${fmtDate(r, loc, eventDate(r))} at 10:15, all ${r.int(20, 60)} children out in 2 min 40 s.`,
    `Masked card on file: ${maskedCard(r)}.`,
    `Team Ladybird won the Sports Day cup again.`,
    `Room ratio 1:${r.pick(['3', '4', '8', '13'])} maintained all day.`,
    `The Salk vaccine anniversary talk is cancelled.`,
    `Parcel from Amazon for Bumblebee Room, order ${r.digits(3)}-${r.digits(7)}-${r.digits(7)}.`,
    `Lost: a Frozen Elsa water bottle and a Spider-Man hat.`,
    `Our Wi-Fi access point runs build 10.0.19045.3803.`,
  ][x] as string;
}

// ---------------------------------------------------------------------------------------------------------
// Shared writers
// ---------------------------------------------------------------------------------------------------------

const EN_LOCS: readonly Loc[] = ['US', 'UK', 'IE', 'CA', 'AU'];
interface Family {
  readonly a: Person;
  readonly b: Person;
  readonly kid: Person;
  readonly kid2: Person;
}
function family(r: Rng, loc: Loc): Family {
  const a = personIn(r, loc);
  let b = r.chance(0.7) ? mkPerson(r, a.culture, r.chance(0.8) ? a.s : undefined) : personIn(r, loc);
  if (b.g === a.g) b = mkPerson(r, 'en', b.s);
  const ks = r.chance(0.85) ? a.s : b.s;
  let kid = mkPerson(r, a.culture, ks);
  if (kid.g === a.g || kid.g === b.g) kid = mkPerson(r, 'en', ks);
  let kid2 = mkPerson(r, r.chance(0.5) ? a.culture : b.culture, ks);
  if (kid2.g === kid.g) kid2 = mkPerson(r, 'en', ks);
  return { a, b, kid, kid2 };
}
function nativeFamily(r: Rng, loc: 'JP' | 'KR'): Family {
  const a = nativePerson(r, loc);
  let b = nativePerson(r, loc, loc === 'JP' ? a.s : undefined);
  while (b.g === a.g) b = nativePerson(r, loc, loc === 'JP' ? a.s : undefined);
  let kid = nativePerson(r, loc, a.s);
  while (kid.g === a.g || kid.g === b.g) kid = nativePerson(r, loc, a.s);
  let kid2 = nativePerson(r, loc, a.s);
  while (kid2.g === kid.g) kid2 = nativePerson(r, loc, a.s);
  return { a, b, kid, kid2 };
}
function ph(d: Doc, r: Rng, loc: Loc): Doc {
  return d.l('PHONE', phone(r, loc));
}
function em(d: Doc, r: Rng, p: Person, loc: Loc | 'X'): Doc {
  return d.l('EMAIL', personalEmail(r, p, loc));
}
function addr(d: Doc, r: Rng, loc: Loc, multi = r.chance(0.5)): Doc {
  return d.l('ADDRESS', address(r, loc).join(multi ? '\n' : ', '));
}
function dob(d: Doc, r: Rng, loc: Loc, x: Ymd): Doc {
  const v = fmtDate(r, loc, x);
  return v.endsWith(' r.') ? d.l('DOB', v.slice(0, -3)).t(' r.') : d.l('DOB', v);
}
function nm(d: Doc, r: Rng, p: Person): Doc {
  return d.l('PERSON', nameForm(r, p));
}
function date(r: Rng, loc: Loc): string {
  return fmtDate(r, loc, eventDate(r));
}
const NURSERY_LOC: Record<string, Loc> = { uk: 'UK', com: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', org: 'US', se: 'SE', pl: 'PL', au: 'AU', ca: 'CA', ie: 'IE' };
/** A nursery (name, web domain), from `loc` when there is one. */
function nursery(r: Rng, loc?: Loc): readonly [string, string] {
  const local = NURSERY_NAMES.filter(([, dom]) => NURSERY_LOC[dom.split('.').pop() ?? ''] === loc);
  return r.pick(local.length > 0 ? local : NURSERY_NAMES);
}
function staffOf(r: Rng, loc: Loc, n: number): Person[] {
  const out: Person[] = [];
  while (out.length < n) {
    const p = personIn(r, loc);
    if (!out.some((q) => q.g === p.g)) out.push(p);
  }
  return out;
}
const CHILD_ROOMS = ['Caterpillars', 'Butterflies', 'Acorns', 'Oak Room', 'Hummingbirds', 'Little Explorers', 'Sunflower Room', 'Pre-School'];

// ---------------------------------------------------------------------------------------------------------
// Templates A: enrolment / registration forms
// ---------------------------------------------------------------------------------------------------------

function tEnrolUS(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  d.t(`BRIGHTMEADOW EARLY LEARNING — ENROLLMENT APPLICATION (${refNo(r)})\n\nChild's legal name: `);
  fullName(d, f.kid).t(`\nPreferred name: `).l('PERSON', f.kid.g).t(`\nDate of birth: `);
  dob(d, r, 'US', childDob(r)).t(`\nClassroom requested: ${r.pick(CHILD_ROOMS)}   Start date: ${date(r, 'US')}\n\nParent/Guardian 1: `);
  fullName(d, f.a, r.chance(0.45)).t(`\nCell: `);
  ph(d, r, 'US').t(`   Work: `);
  ph(d, r, 'US').t(` ext. ${r.int(100, 899)}\nEmail: `);
  em(d, r, f.a, 'US').t(`\nSSN (state subsidy / DCAP only): `);
  if (r.chance(0.75)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nHome address:\n`);
  addr(d, r, 'US', true).t(`\n\nParent/Guardian 2: `);
  nm(d, r, f.b).t(`   Phone: `);
  ph(d, r, 'US').t(`\nPediatrician: Dr. `).l('PERSON', personIn(r, 'US').s).t(` — Sunnyside Pediatrics, `);
  ph(d, r, 'US').t(`\nAllergies: ${r.pick(['none known', 'peanuts, tree nuts (EpiPen Jr on file)', 'dairy', 'eggs'])}\n${trap(r, 'US')}\n`);
  return d;
}

function tEnrolUK(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'UK');
  const [nName, dom] = nursery(r, 'UK');
  d.t(`${nName} — Child Registration Form\n\nChild\nSurname: `).l('PERSON', f.kid.s.toUpperCase()).t(`   First name(s): `).l('PERSON', f.kid.g).t(`\nDate of birth: `);
  dob(d, r, 'UK', childDob(r)).t(`\nNHS number: ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}   30-hours code: ${r.digits(11)}\nHome address:\n`);
  addr(d, r, 'UK', true).t(`\n\nParent / carer with parental responsibility\nName: `);
  fullName(d, f.a, r.chance(0.45)).t(`\nMobile: `);
  ph(d, r, 'UK').t(`\nEmail: `);
  em(d, r, f.a, 'UK').t(`\nEmployer: ${r.pick(['NHS Trust', 'Leeds City Council', 'self-employed', 'Aldi'])}   Work tel: `);
  ph(d, r, 'UK').t(`\n\nGP: Dr `).l('PERSON', personIn(r, 'UK').s).t(`, ${r.pick(['Brunswick Medical Centre', 'Chapel Allerton Surgery', 'The Nightingale Practice'])}\nHealth visitor: `);
  nm(d, r, personIn(r, 'UK')).t(`\n\nReturn to `).l('EMAIL', roleEmail(r, dom)).t(`. `);
  d.t(`${trap(r, 'UK')}\n`);
  return d;
}

function tEnrolDE(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'DE');
  const loc: Loc = r.pick(['DE', 'DE', 'AT', 'CH']);
  d.t(`Anmeldung für einen Betreuungsplatz – ${r.pick(['Kita Sonnenkäfer', 'Kinderhaus Pusteblume', 'Krippe Zwergenland'])}\n\nName des Kindes: `);
  d.l('PERSON', `${f.kid.s}, ${f.kid.g}`).t(`\nGeburtsdatum: `);
  dob(d, r, loc, childDob(r)).t(`\nGewünschter Aufnahmetermin: ${fmtDate(r, loc, eventDate(r))}\nBetreuungsumfang: ${r.pick(['35', '45', '25'])} Std./Woche\n\nErziehungsberechtigte/r 1: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nAnschrift:\n`);
  addr(d, r, loc, true).t(`\nTelefon (mobil): `);
  ph(d, r, loc).t(`\nE-Mail: `);
  em(d, r, f.a, 'DE').t(`\nSteuer-ID: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\n\nErziehungsberechtigte/r 2: `);
  nm(d, r, f.b).t(`, Tel. `);
  ph(d, r, loc).t(`\n\nSEPA-Lastschriftmandat (Gläubiger-ID DE98ZZZ0${r.digits(10)})\nKontoinhaber/in: `);
  nm(d, r, f.a).t(`\nIBAN: `).l('IBAN', iban(r, LOC_IBAN[loc] ?? 'DE')).t(`\nBIC: ${r.pick(['COBADEFFXXX', 'BYLADEM1001', 'GENODEF1S12'])}\n\nOrt, Datum: ${fmtDate(r, loc, eventDate(r))}\n`);
  return d;
}

function tEnrolFR(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'FR');
  const loc: Loc = r.chance(0.8) ? 'FR' : 'BE';
  d.t(`FICHE D'INSCRIPTION – Crèche ${r.pick(['Les Petits Lutins', 'La Ribambelle', 'Pomme d’Api'])}\n\nEnfant : `).l('PERSON', `${f.kid.s.toUpperCase()} ${f.kid.g}`).t(`\nNé(e) le : `);
  dob(d, r, loc, childDob(r)).t(` à ${r.pick(['Lyon', 'Paris 14e', 'Nantes', 'Liège'])}\n\nResponsable légal 1 : `);
  nm(d, r, f.a).t(`\nAdresse : `);
  addr(d, r, loc, false).t(`\nTél. portable : `);
  ph(d, r, loc).t(`\nCourriel : `);
  em(d, r, f.a, 'FR').t(`\nN° allocataire CAF : ${r.digits(7)}   N° de sécurité sociale : ${r.pick(['1', '2'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\n\nResponsable légal 2 : `);
  nm(d, r, f.b).t(`, né(e) le `);
  dob(d, r, loc, adultDob(r)).t(`, tél. `);
  ph(d, r, loc).t(`\n\nPrélèvement SEPA — IBAN : `).l('IBAN', iban(r, loc === 'FR' ? 'FR' : 'BE')).t(`\nFait le ${fmtDate(r, loc, eventDate(r))}, signature : `);
  fullName(d, f.a, r.chance(0.4)).t('\n');
  return d;
}

function tEnrolES(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'ES');
  d.t(`Escuela Infantil ${r.pick(['El Trébol', 'Los Peques', 'Caracolitos'])} — Solicitud de matrícula curso ${String(2024 + r.int(0, 2)).replace(/\d+/, (y) => `${y}/${(Number(y) + 1) % 100}`)}\n\nNombre y apellidos del niño/a: `);
  d.l('PERSON', `${f.kid.g} ${f.kid.s} ${r.pick(POOLS['es']?.s ?? ['López'])}`).t(`\nFecha de nacimiento: `);
  dob(d, r, 'ES', childDob(r)).t(`\nDomicilio: `);
  addr(d, r, 'ES', false).t(`\n\nMadre/padre/tutor: `);
  fullName(d, f.a, r.chance(0.4)).t(`   DNI/NIE: ${r.digits(8)}${r.pick([...'TRWAGMYFPDXBNJZSQVHLCKE'])}\nTeléfono: `);
  ph(d, r, 'ES').t(`   Correo: `);
  em(d, r, f.a, 'ES').t(`\nSegundo tutor: `);
  nm(d, r, f.b).t(` — `);
  ph(d, r, 'ES').t(`\n\nDomiciliación bancaria (IBAN): `).l('IBAN', iban(r, 'ES')).t(`\n${trap(r, 'ES')}\n`);
  return d;
}

function tEnrolNL(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'NL');
  d.t(`Inschrijfformulier kinderopvang ${r.pick(['De Vlinderboom', 'Het Kikkerhuis', 'Ukkie & Co'])}\n\nRoepnaam kind: `).l('PERSON', f.kid.g).t(`\nAchternaam: `).l('PERSON', f.kid.s).t(`\nGeboortedatum: `);
  dob(d, r, 'NL', childDob(r)).t(`\nBSN kind: ${r.digits(9)}\nGewenste ingangsdatum: ${date(r, 'NL')}\nDagen: ${r.pick(['ma, di, do', 'wo en vr', 'ma t/m vr'])}\n\nOuder/verzorger: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nAdres:\n`);
  addr(d, r, 'NL', true).t(`\nMobiel: `);
  ph(d, r, 'NL').t(`\nE-mail: `);
  em(d, r, f.a, 'NL').t(`\n\nMachtiging automatische incasso — rekeningnummer (IBAN): `).l('IBAN', iban(r, 'NL')).t(`\nt.n.v. `);
  nm(d, r, f.a).t(`\n${r.chance(0.5) ? `Oud rekeningnummer ${badIban(r, 'NL')} graag verwijderen.` : trap(r, 'NL')}\n`);
  return d;
}

function tEnrolIT(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'IT');
  d.t(`DOMANDA DI ISCRIZIONE AL NIDO D'INFANZIA "${r.pick(['Il Girasole', 'Arcobaleno', 'Coccinella'])}"\n\nIl/la sottoscritto/a `);
  fullName(d, f.a, r.chance(0.4)).t(`, nato/a il `);
  dob(d, r, 'IT', adultDob(r)).t(`, residente in `);
  addr(d, r, 'IT', false).t(`, tel. `);
  ph(d, r, 'IT').t(`, e-mail `);
  em(d, r, f.a, 'IT').t(`,\nCHIEDE l'iscrizione del/della bambino/a `);
  nm(d, r, f.kid).t(`, nato/a il `);
  dob(d, r, 'IT', childDob(r)).t(`, codice fiscale ${f.kid.s.slice(0, 3).toUpperCase().padEnd(3, 'X')}${f.kid.g.slice(0, 3).toUpperCase().padEnd(3, 'X')}${r.digits(2)}${r.pick(['A', 'E', 'H', 'M'])}${r.digits(2)}F${r.digits(3)}${r.pick(['K', 'Z', 'W'])}.\n\nAddebito rette su IBAN `).l('IBAN', iban(r, 'IT')).t(` intestato a `);
  nm(d, r, f.b).t(`.\nData: ${date(r, 'IT')}\n`);
  return d;
}

function tEnrolSE(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'SE');
  const x = childDob(r);
  d.t(`Ansökan om plats i förskola — Förskolan ${r.pick(['Trädkojan', 'Myrstacken', 'Solstrålen'])}\n\nBarnets namn: `);
  nm(d, r, f.kid).t(`\nPersonnummer: ${x.y}${p2(x.m)}${p2(x.d)}-${r.digits(4)}\nFödelsedatum: `);
  dob(d, r, 'SE', x).t(`\nÖnskat startdatum: ${date(r, 'SE')}\n\nVårdnadshavare 1: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nAdress: `);
  addr(d, r, 'SE', false).t(`\nMobil: `);
  ph(d, r, 'SE').t(`\nE-post: `);
  em(d, r, f.a, 'SE').t(`\nVårdnadshavare 2: `);
  nm(d, r, f.b).t(`, `);
  ph(d, r, 'SE').t(`\n\nAutogiro — IBAN: `).l('IBAN', iban(r, 'SE')).t(`\n`);
  return d;
}

function tEnrolJP(r: Rng): Doc {
  const d = new Doc();
  const f = nativeFamily(r, 'JP');
  d.t(`入園申込書（${r.pick(['ひまわり保育園', 'さくら保育園', 'こもれび認定こども園'])}）\n\n園児氏名：`).l('PERSON', f.kid.full).t(`\n生年月日：`);
  dob(d, r, 'JP', childDob(r)).t(`\n入園希望日：${fmtDate(r, 'JP', eventDate(r))}\n\n保護者氏名：`);
  fullName(d, f.a, r.chance(0.4)).t(`\n住所：`);
  addr(d, r, 'JP', false).t(`\n電話番号：`);
  ph(d, r, 'JP').t(`\n緊急連絡先：`);
  ph(d, r, 'JP').t(`（${r.pick(['祖母', '勤務先', '父'])}）\nメール：`);
  em(d, r, mkPerson(r, 'ja'), 'JP').t(`\nアレルギー：${r.pick(['なし', '卵', '小麦', 'そば'])}\nマイナンバー：${r.digits(4)} ${r.digits(4)} ${r.digits(4)}（記入不要です）\n`);
  return d;
}

function tEnrolPL(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'PL');
  const x = childDob(r);
  d.t(`KARTA ZGŁOSZENIA DZIECKA DO ŻŁOBKA „${r.pick(['Wesołe Misie', 'Słoneczko', 'Tęczowa Kraina'])}”\n\nImię i nazwisko dziecka: `);
  nm(d, r, f.kid).t(`\nData urodzenia: `);
  dob(d, r, 'PL', x).t(`\nPESEL: ${String(x.y).slice(2)}${p2(x.m + 20)}${p2(x.d)}${r.digits(5)}\nAdres zamieszkania: `);
  addr(d, r, 'PL', false).t(`\n\nMatka/opiekun prawny: `);
  fullName(d, f.a, r.chance(0.4)).t(`, tel. `);
  ph(d, r, 'PL').t(`, e-mail: `);
  em(d, r, f.a, 'X').t(`\nOjciec/opiekun prawny: `);
  nm(d, r, f.b).t(`, tel. `);
  ph(d, r, 'PL').t(`\nNumer rachunku do zwrotu opłat: `).l('IBAN', iban(r, 'PL')).t(`\nNIP placówki: ${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(2)}\n`);
  return d;
}

function tEnrolBR(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.chance(0.6) ? 'BR' : 'PT';
  const f = family(r, loc);
  d.t(`FICHA DE MATRÍCULA — ${loc === 'BR' ? 'Berçário Pequenos Passos' : 'Creche O Carrossel'}\n\nNome da criança: `);
  fullName(d, f.kid).t(`\nData de nascimento: `);
  dob(d, r, loc, childDob(r)).t(`\n${loc === 'BR' ? `CPF do responsável: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}` : `NIF: ${r.digits(9)}`}\nResponsável: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nEndereço:\n`);
  addr(d, r, loc, true).t(`\nCelular/WhatsApp: `);
  ph(d, r, loc).t(`\nE-mail: `);
  em(d, r, f.a, 'X').t(`\nPessoas autorizadas a buscar: `);
  nm(d, r, f.b).t(` e vovó `).l('PERSON', mkPerson(r, f.a.culture).g).t(`\nIBAN para débito: `).l('IBAN', iban(r, loc)).t('\n');
  return d;
}

function tEnrolKR(r: Rng): Doc {
  const d = new Doc();
  const f = nativeFamily(r, 'KR');
  d.t(`${r.pick(['햇살', '꿈나무', '새싹'])}어린이집 입소 신청서\n\n원아 성명: `).l('PERSON', f.kid.full).t(`\n생년월일: `);
  dob(d, r, 'KR', childDob(r)).t(`\n보호자: `);
  fullName(d, f.a, r.chance(0.4)).t(` (${r.pick(['모', '부'])})\n주소: `);
  addr(d, r, 'KR', false).t(`\n휴대전화: `);
  ph(d, r, 'KR').t(`\n이메일: `);
  em(d, r, mkPerson(r, 'ko'), 'X').t(`\n입소 희망일: ${fmtDate(r, 'KR', eventDate(r))}\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates B: daily logs, incidents, pick-up lists, consents
// ---------------------------------------------------------------------------------------------------------

function tDailyLog(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  const [kw, k2] = staffOf(r, loc, 2) as [Person, Person];
  d.t(`Daily diary — `).l('PERSON', f.kid.g).t(` (${r.pick(CHILD_ROOMS)}) — ${date(r, loc)}\nKey person: `);
  nm(d, r, kw).t(`\n\n08:05 dropped off by `).l('PERSON', r.chance(0.5) ? f.a.g : f.b.g).t(`, had porridge at home\n09:30 snack: banana, ${r.pick(['oatcakes', 'Kiddylicious wafers', 'cheese cubes'])}\n10:40 nappy — wet\n11:50 lunch: ${r.pick(['shepherd’s pie', 'lentil dahl', 'fish pie'])}, ate ${r.pick(['all', 'half', 'a little'])}\n12:20–13:45 sleep (checked every 10 min by `);
  nm(d, r, k2).t(`)\n15:00 played in the mud kitchen with `).l('PERSON', personIn(r, loc).g).t(` and `).l('PERSON', personIn(r, loc).g).t(`\n\nNotes: ${r.pick(['Lovely day!', 'A bit teary after nap.', 'Tried to climb the fence again.', 'Please bring spare socks.'])} ${trap(r, loc)}\n`);
  return d;
}

function tDailyLogDE(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['DE', 'AT', 'CH']);
  const f = family(r, loc);
  const er = personIn(r, loc);
  d.t(`Tagesprotokoll Krippe – ${fmtDate(r, loc, eventDate(r))}\nKind: `).l('PERSON', f.kid.g).t(` `).t(`(Gruppe ${r.pick(['Mäuse', 'Igel', 'Marienkäfer'])})\nBezugserzieherin: Frau `).l('PERSON', er.s).t(`\n\nSchlaf: 12:15–13:40\nEssen: ${r.pick(['Nudeln mit Tomatensoße', 'Kartoffelbrei', 'Gemüsesuppe'])} – gut gegessen\nWickeln: 3x\nBesonderes: `).l('PERSON', f.kid.g).t(` hat heute mit `).l('PERSON', personIn(r, loc).g).t(` Sandburgen gebaut. Abgeholt von `);
  nm(d, r, f.b).t(` um 16:20.\n`);
  if (r.chance(0.4)) d.t(`Bitte Wechselwäsche mitbringen – Hipp-Gläschen sind leer.\n`);
  return d;
}

function tDailyLogFR(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'FR');
  const aux = personIn(r, 'FR');
  d.t(`Transmissions du ${date(r, 'FR')} — section des ${r.pick(['Bébés', 'Moyens', 'Grands'])}\n\n`).l('PERSON', f.kid.g).t(` : arrivée 8h20 avec papa. Sieste 12h30–14h50. Repas : ${r.pick(['purée de carottes', 'semoule', 'poisson et haricots'])}, bien mangé. Change à 10h et 15h.\nActivité peinture avec `).l('PERSON', aux.g).t(`. Doliprane non donné (pas de fièvre).\nParti à 17h45 avec `);
  nm(d, r, f.a).t(`.\nAuxiliaire référente : Mme `).l('PERSON', aux.s).t(`\n`);
  return d;
}

function tIncidentUK(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['UK', 'UK', 'IE', 'AU']);
  const f = family(r, loc);
  const [st, wit, mgr] = staffOf(r, loc, 3) as [Person, Person, Person];
  d.t(`ACCIDENT / INCIDENT RECORD\nChild: `);
  fullName(d, f.kid).t(`   DOB: `);
  dob(d, r, loc, childDob(r)).t(`\nDate of incident: ${date(r, loc)}   Time: ${r.int(8, 17)}:${p2(r.int(0, 59))}   Location: ${r.pick(['garden, by the climbing frame', 'Acorns room', 'bathroom', 'Wellington Road park (outing)'])}\n\nWhat happened: ${r.pick(['Tripped on the step and bumped forehead.', 'Bitten on the arm by another child.', 'Pinched finger in the gate.', 'Fell from the balance beam, grazed knee.'])}\nFirst aid given by: `);
  nm(d, r, st).t(` (paediatric first aid cert. ${refNo(r)})\nWitness: `);
  nm(d, r, wit).t(`\nParent informed: `);
  nm(d, r, f.a).t(` by phone on `);
  ph(d, r, loc).t(` at ${r.int(9, 17)}:${p2(r.int(0, 59))}\nManager: `);
  nm(d, r, mgr).t(`\nParent signature: ____________   (`);
  fullName(d, f.a, r.chance(0.3)).t(`)\n`);
  return d;
}

function tIncidentUS(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.chance(0.8) ? 'US' : 'CA';
  const f = family(r, loc);
  const dir = personIn(r, loc);
  d.t(`Subject: Incident report — `).l('PERSON', f.kid.g).t(` — ${date(r, loc)}\n\nHi `).l('PERSON', f.a.g).t(`,\n\nJust a heads-up that `).l('PERSON', f.kid.g).t(` had a small bump on the playground today around ${r.int(1, 4)}:${p2(r.int(0, 59))}. Ms. `).l('PERSON', personIn(r, loc).s).t(` applied an ice pack and ${f.kid.g.length % 2 ? 'she' : 'he'} went right back to playing. The full report is in the Brightwheel-style app (report ${refNo(r)}).\n\nIf you notice anything unusual tonight please call me directly at `);
  ph(d, r, loc).t(` or write to `).l('EMAIL', roleEmail(r, 'brightmeadow.org')).t(`.\n\nWarmly,\n`);
  nm(d, r, dir).t(`\nCenter Director\n`);
  return d;
}

function tIncidentES(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'ES');
  d.t(`PARTE DE INCIDENCIAS — Escuela Infantil\nFecha: ${date(r, 'ES')}\nNiño/a: `);
  nm(d, r, f.kid).t(`\nDescripción: se cayó en el patio y se hizo un rasguño en la rodilla. Se limpió con suero y se aplicó Cristalmina.\nEducadora: `);
  nm(d, r, personIn(r, 'ES')).t(`\nSe avisó a la familia (`);
  nm(d, r, f.a).t(`) al `);
  ph(d, r, 'ES').t(`.\nFirma de la dirección: `);
  nm(d, r, personIn(r, 'ES')).t(`\n`);
  return d;
}

function tPickupList(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'IE', 'CA', 'AU', 'UK']);
  const f = family(r, loc);
  d.t(`AUTHORISED COLLECTION LIST — `);
  fullName(d, f.kid).t(`\nPassword for collection: "${r.pick(['blue dinosaur', 'Rosebud', 'Grant Park', 'strawberry'])}"\n\n`);
  const rel = ['Grandmother', 'Grandfather', 'Aunt', 'Uncle', 'Neighbour', 'Childminder', 'Family friend'];
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t(`${i + 1}. `);
    nm(d, r, i === 0 ? f.b : personIn(r, loc)).t(` — ${i === 0 ? 'Parent' : r.pick(rel)} — `);
    if (r.chance(0.9)) ph(d, r, loc);
    else d.t(maskedPhone(r));
    d.t(r.chance(0.3) ? ` (photo ID seen ${date(r, loc)})\n` : `\n`);
  }
  d.t(`\nNOT authorised: `);
  nm(d, r, personIn(r, loc)).t(` (court order on file, ref ${refNo(r)})\nSigned: `);
  fullName(d, f.a, r.chance(0.5)).t(`\n`);
  return d;
}

function tPickupChange(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  const who = personIn(r, loc, r.chance(0.5) ? f.a.s : undefined);
  d.t(r.pick(['Hi there! ', 'Morning, ', 'Hello team, ']));
  d.t(`just letting you know `).l('PERSON', f.kid.g).t(`'s ${r.pick(['Grandma', 'Nana', 'Auntie', 'godmother', 'Granny'])} `).l('PERSON', who.g).t(` will pick ${f.kid.g.length % 2 ? 'her' : 'him'} up today instead of me, around 4:30. Her mobile is `);
  ph(d, r, loc).t(`. She's on the list already I think (surname `).l('PERSON', who.s).t(`). Thanks!\n— `);
  fullName(d, f.a, r.chance(0.6)).t(`\n`);
  return d;
}

function tAllergyPlan(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`ALLERGY ACTION PLAN\nName: `);
  nm(d, r, f.kid).t(`   Date of birth: `);
  dob(d, r, loc, childDob(r)).t(`\nAllergens: ${r.pick(['peanut, cashew', 'cow’s milk protein', 'egg, sesame', 'kiwi, latex'])}\nAdrenaline auto-injector: ${r.pick(['EpiPen Jr 0.15 mg', 'Jext 150 micrograms', 'Emerade 150'])} (expiry ${date(r, loc)})\nAntihistamine: ${r.pick(['Piriton', 'Zyrtec', 'Benadryl'])}\n\nEmergency contact 1: `);
  nm(d, r, f.a).t(` — `);
  ph(d, r, loc).t(`\nEmergency contact 2: `);
  nm(d, r, f.b).t(` — `);
  ph(d, r, loc).t(`\nPrescribing clinician: Dr. `).l('PERSON', personIn(r, loc).s).t(`, ${r.pick(["St Mary's Children's Allergy Clinic", 'Royal Alexandra Children’s Hospital', 'Kaiser Permanente Pediatrics'])}\nParent consent given by `);
  fullName(d, f.a, r.chance(0.4)).t(` on ${date(r, loc)}.\n`);
  return d;
}

function tMedConsent(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`Medication consent form\nChild: `);
  nm(d, r, f.kid).t(`\nMedicine: ${r.pick(['Calpol (paracetamol) 120mg/5ml', 'Amoxicillin 125mg/5ml', 'Nurofen for Children', 'Salbutamol inhaler + spacer'])}\nDose: ${r.pick(['5 ml', '2.5 ml', '2 puffs'])}   Times: ${r.pick(['12:00', 'as needed', '11:30 and 15:30'])}\nCourse dates: ${date(r, loc)} to ${date(r, loc)}\nPrescribed by: `);
  nm(d, r, personIn(r, loc)).t(`\nLast dose given at home: 07:45\n\nI give permission for staff to administer the above. Parent: `);
  fullName(d, f.a, r.chance(0.45)).t(`   Tel: `);
  ph(d, r, loc).t(`\nAdministered by: `);
  nm(d, r, personIn(r, loc)).t(`  Witnessed by: `);
  nm(d, r, personIn(r, loc)).t(`\n`);
  return d;
}

function tMedConsentDE(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['DE', 'AT', 'CH']);
  const f = family(r, loc);
  d.t(`Einverständniserklärung zur Medikamentengabe\n\nHiermit beauftrage ich die Kita, meinem Kind `);
  nm(d, r, f.kid).t(`, geb. am `);
  dob(d, r, loc, childDob(r)).t(`, folgendes Medikament zu verabreichen: ${r.pick(['Fenistil Tropfen', 'Nurofen Saft 2 %', 'Salbutamol-Spray'])}, Dosierung laut ärztlicher Verordnung von Dr. med. `).l('PERSON', personIn(r, loc).s).t(` vom ${fmtDate(r, loc, eventDate(r))}.\nBei Rückfragen bin ich unter `);
  ph(d, r, loc).t(` erreichbar.\n\n${fmtDate(r, loc, eventDate(r))}, `);
  fullName(d, f.a, r.chance(0.4)).t(`\n`);
  return d;
}

function tAllergyFR(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'FR');
  d.t(`PROJET D'ACCUEIL INDIVIDUALISÉ (PAI)\nEnfant : `);
  nm(d, r, f.kid).t(`, né(e) le `);
  dob(d, r, 'FR', childDob(r)).t(`\nAllergie : ${r.pick(['arachide', 'protéines de lait de vache', 'œuf'])}\nMédecin traitant : Dr `).l('PERSON', personIn(r, 'FR').s).t(`\nEn cas d'urgence : appeler le 15 puis les parents — `);
  nm(d, r, f.a).t(` au `);
  ph(d, r, 'FR').t(`, `);
  nm(d, r, f.b).t(` au `);
  ph(d, r, 'FR').t(`.\nTrousse d'urgence : Anapen 150 µg, Aerius sirop.\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates C: invoices, payments, subsidies
// ---------------------------------------------------------------------------------------------------------

function tInvoiceUK(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['UK', 'UK', 'IE']);
  const f = family(r, loc);
  const [nName, dom] = nursery(r, loc);
  d.t(`${nName}\nINVOICE ${refNo(r)}   Date: ${date(r, loc)}\n\nBill to:\n`);
  fullName(d, f.a, r.chance(0.35)).t(`\n`);
  addr(d, r, loc, true).t(`\n\nChild: `).l('PERSON', f.kid.full).t(`\nFull days x ${r.int(4, 20)} @ £${r.int(62, 98)}.00\nLess funded hours (${r.pick(['15', '30'])} hrs) — Tax-Free Childcare ref ${refNo(r)}\nConsumables: £${r.int(20, 60)}.00\n\nPlease pay to ${nName} Ltd, sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}, IBAN `).l('IBAN', iban(r, loc === 'IE' ? 'IE' : 'GB')).t(`\nQueries: `).l('EMAIL', roleEmail(r, dom)).t(` or `);
  ph(d, r, loc).t(`\n${trap(r, loc)}\n`);
  return d;
}

function tInvoiceUS(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  d.t(`Tuition Statement — ${r.pick(['Brightmeadow Early Learning', 'Little Sprouts Co-op Preschool', 'Tall Pines Child Development Center'])}\nStatement date: ${date(r, 'US')}   Account ${r.digits(6)}\n\nFamily: `);
  nm(d, r, f.a).t(` / `);
  nm(d, r, f.b).t(`\nMailing address: `);
  addr(d, r, 'US', false).t(`\nStudent: `);
  nm(d, r, f.kid).t(`   Program: ${r.pick(['Infant Full-Time', 'Toddler 3-day', 'Pre-K Half Day'])}\n\nTuition $${r.int(1200, 2900)}.00\nLate pickup fee (3 x $1/min) $${r.int(5, 45)}.00\nProvider Tax ID (EIN) ${r.int(10, 98)}-${r.digits(7)} — for FSA claims\n\nAutopay card: `);
  if (r.chance(0.7)) d.l('CARD', card(r));
  else d.t(maskedCard(r));
  d.t(`   Exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\nQuestions? `).l('EMAIL', roleEmail(r, r.pick(['brightmeadow.org', 'littlesproutscoop.org', 'tallpinescdc.com']))).t(`\n`);
  return d;
}

function tInvoiceDE(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['DE', 'AT']);
  const f = family(r, loc);
  d.t(`Beitragsbescheid / Rechnung Nr. ${r.int(2024, 2026)}-${r.digits(4)}\n${r.pick(['Kita Sonnenkäfer gGmbH', 'Elterninitiative Wurzelkinder e.V.'])}\n\nAn\n`);
  nm(d, r, f.a).t(`\n`);
  addr(d, r, loc, true).t(`\n\nBetreuung von `).l('PERSON', f.kid.g).t(` im Monat ${(MONTHS['de'] as string[])[r.int(0, 11)]} ${r.int(2024, 2026)}:\nElternbeitrag ${r.int(150, 480)},00 €\nVerpflegungsgeld ${r.int(40, 90)},00 €\n\nDer Betrag wird am ${fmtDate(r, loc, eventDate(r))} von Ihrem Konto `).l('IBAN', iban(r, LOC_IBAN[loc] ?? 'DE')).t(` abgebucht (Mandatsreferenz KITA-${r.digits(5)}, Gläubiger-ID DE${r.digits(2)}ZZZ0${r.digits(10)}).\nFragen: `).l('EMAIL', roleEmail(r, 'kita-sonnenkaefer.de')).t(`\n`);
  return d;
}

function tReceiptCard(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'CA', 'AU', 'IE']);
  const f = family(r, loc);
  d.t(`Payment received — thank you!\n\nPayer: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nEmail: `);
  em(d, r, f.a, loc).t(`\nAmount: ${r.int(80, 1900)}.00\nCard: `).l('CARD', card(r)).t(`\nAuth code: ${r.digits(6)}   Transaction ID: ${r.digits(4)}${'ABCDEF'.charAt(r.int(0, 5))}${r.digits(9)}\nPaid from IP `);
  const v = ip(r);
  if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65000)}`);
  else d.l('IP', v);
  d.t(` at ${date(r, loc)} ${r.int(6, 23)}:${p2(r.int(0, 59))}\nFor: ${r.pick(['holiday club deposit', 'extra session', 'registration fee', 'nappies & wipes'])} (`).l('PERSON', f.kid.g).t(`)\n`);
  return d;
}

function tMandateSEPA(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['DE', 'FR', 'NL', 'BE', 'AT', 'ES', 'IT', 'FI', 'PT']);
  const f = family(r, loc);
  d.t(`SEPA Direct Debit Mandate / Mandat de prélèvement SEPA\nCreditor: ${nursery(r, loc)[0]}   Creditor identifier: ${r.pick(['DE', 'FR', 'NL'])}${r.digits(2)}ZZZ${r.digits(11)}\nMandate reference: ${refNo(r)}\n\nDebtor name: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nDebtor address: `);
  addr(d, r, loc, false).t(`\nIBAN: `).l('IBAN', iban(r, LOC_IBAN[loc] ?? 'DE')).t(`\nBIC: ${r.pick(['INGBNL2A', 'BNPAFRPP', 'GKCCBEBB', 'CAIXESBB', 'BCITITMM'])}\nType of payment: recurrent\nPlace and date: ${date(r, loc)}\n`);
  if (r.chance(0.35)) d.t(`(Previous account ${badIban(r, LOC_IBAN[loc] ?? 'DE')} closed.)\n`);
  return d;
}

function tRefundIban(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['DE', 'NL', 'FR', 'ES', 'IE', 'UK', 'BE', 'DK', 'NO', 'SE', 'CH']);
  const f = family(r, loc);
  d.t(`Hello, we left the nursery at the end of last month and were told we'd get the deposit back (${r.int(100, 500)} EUR). Could you send it to `);
  d.l('IBAN', iban(r, LOC_IBAN[loc] ?? 'DE')).t(r.chance(0.5) ? `, account holder ` : `? It's in my partner's name, `);
  nm(d, r, f.b).t(`. Our child was `).l('PERSON', f.kid.full).t(` in the ${r.pick(CHILD_ROOMS)}.\nMany thanks, `);
  fullName(d, f.a, r.chance(0.5)).t(`\n`);
  return d;
}

function tSubsidyUS(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  d.t(`${r.pick(['Department of Early Education and Care', 'Office of Child Care Services', 'County Human Services Agency'])}\nNOTICE OF APPROVAL — CHILD CARE ASSISTANCE\nCase number: ${r.digits(9)}   Notice date: ${date(r, 'US')}\n\n`);
  fullName(d, f.a, r.chance(0.4)).t(`\n`);
  addr(d, r, 'US', true).t(`\n\nApplicant SSN: `);
  if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nChild(ren) approved:\n  `);
  nm(d, r, f.kid).t(`, born `);
  dob(d, r, 'US', childDob(r)).t(`\n`);
  if (r.chance(0.5)) {
    d.t(`  `);
    nm(d, r, f.kid2).t(`, DOB `);
    dob(d, r, 'US', childDob(r)).t(`\n`);
  }
  d.t(`Co-payment: $${r.int(0, 180)}/month, effective ${date(r, 'US')}. Provider: Tall Pines CDC (license #${r.digits(6)}).\nCaseworker: `);
  nm(d, r, personIn(r, 'US')).t(`, `);
  ph(d, r, 'US').t(`\n`);
  return d;
}

function tSubsidyUK(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'UK');
  d.t(`Your childcare account — eligibility code confirmed\n\nDear `);
  fullName(d, f.a, r.chance(0.4)).t(`,\n\nYour ${r.pick(['30 hours free childcare', 'Tax-Free Childcare', 'working parent entitlement'])} code ${r.digits(11)} for `);
  nm(d, r, f.kid).t(` (date of birth `);
  dob(d, r, 'UK', childDob(r)).t(`) is valid until ${date(r, 'UK')}. Reconfirm every 3 months.\n\nWe have your address as:\n`);
  addr(d, r, 'UK', true).t(`\n\nNational Insurance number on file: ${r.pick(['QQ', 'AB', 'JT'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'C', 'D'])}\nThis is an automated message; do not reply.\n`);
  return d;
}

function tSubsidyFR(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'FR');
  d.t(`Caisse d'allocations familiales — Attestation de paiement\n\nMadame, Monsieur `);
  nm(d, r, f.a).t(`\n`);
  addr(d, r, 'FR', true).t(`\nN° allocataire : ${r.digits(7)}\n\nComplément libre choix du mode de garde (CMG) versé pour `);
  nm(d, r, f.kid).t(`, né(e) le `);
  dob(d, r, 'FR', childDob(r)).t(`, au titre de l'emploi d'une assistante maternelle (Pajemploi n° ${r.digits(10)}).\nMontant : ${r.int(180, 520)},${p2(r.int(0, 99))} € versé le ${date(r, 'FR')} sur le compte `).l('IBAN', iban(r, 'FR')).t(`.\n`);
  return d;
}

function tSubsidyDE(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'DE');
  d.t(`Bezirksamt ${r.pick(['Pankow', 'Friedrichshain-Kreuzberg', 'Neukölln'])} von Berlin – Jugendamt\nKita-Gutschein – Bescheid\nAktenzeichen: Jug ${r.digits(3)}/${r.digits(5)}\n\nFrau/Herrn\n`);
  nm(d, r, f.a).t(`\n`);
  addr(d, r, 'DE', true).t(`\n\nFür Ihr Kind `);
  nm(d, r, f.kid).t(`, geboren am `);
  dob(d, r, 'DE', childDob(r)).t(`, wird ein Betreuungsumfang „${r.pick(['Ganztags', 'Teilzeit', 'Ganztags erweitert'])}“ ab ${date(r, 'DE')} bewilligt.\nRückfragen: Sachbearbeiterin `);
  nm(d, r, personIn(r, 'DE')).t(`, Tel. `);
  ph(d, r, 'DE').t(`\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates D: parent messaging, voicemail
// ---------------------------------------------------------------------------------------------------------

function tParentSick(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`${r.pick(['Hi', 'Hiya', 'Good morning'])} `).l('PERSON', personIn(r, loc).g).t(`, `).l('PERSON', f.kid.g).t(` won't be in today, temp of 38.9 overnight. We've got a GP appointment at ${r.int(9, 11)}:${r.pick(['00', '15', '40'])} with Dr `).l('PERSON', personIn(r, loc).s).t(`. Will keep ${r.pick(['them', 'her', 'him'])} off for 48h as per the policy. ${r.chance(0.4) ? `Can you call me on ` : `My new number is `}`);
  ph(d, r, loc).t(` if you need anything. Thanks, `);
  if (r.chance(0.6)) fullName(d, f.a, true);
  else d.l('PERSON', f.a.g);
  if (r.chance(0.3)) d.t(` (`).l('PERSON', f.kid.g).t(`'s mum)`);
  d.t('\n');
  return d;
}

function tParentChat(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  const st = personIn(r, loc);
  const me = f.a;
  d.t(`[${r.int(7, 9)}:${p2(r.int(0, 59))}] `).l('PERSON', me.full).t(`: morning! is there space for `).l('PERSON', f.kid.g.toLowerCase()).t(` on thursday as an extra day?\n[${r.int(9, 10)}:${p2(r.int(0, 59))}] `).l('PERSON', st.full).t(` (${r.pick(['Nursery Manager', 'Room Lead', 'Office'])}): Hi `).l('PERSON', me.g).t(`, yes we can do Thursday 8–6. I'll add it to your invoice.\n[${r.int(11, 12)}:${p2(r.int(0, 59))}] `).l('PERSON', me.full).t(`: amazing thank you!! also our home email changed, it's now `);
  em(d, r, me, loc).t(`\n[${r.int(13, 14)}:${p2(r.int(0, 59))}] `).l('PERSON', st.full).t(`: Updated 👍 ${r.pick(['', 'And the Peppa Pig jumper is in lost property.', `Tell ${f.kid2.g.length > 3 ? 'the little one' : 'everyone'} we said hi.`])}\n`);
  if (r.chance(0.5)) d.known.push(me.full);
  return d;
}

function tParentMsgDE(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['DE', 'AT', 'CH']);
  const f = family(r, loc);
  d.t(`Hallo Frau `).l('PERSON', personIn(r, loc).s).t(`,\n\n`).l('PERSON', f.kid.g).t(` hat seit heute Nacht Fieber und bleibt heute zu Hause. Morgen holt ihn ausnahmsweise die Oma (`);
  nm(d, r, personIn(r, loc, f.a.s)).t(`) ab – sie ist unter `);
  ph(d, r, loc).t(` erreichbar. Die neue Krankenkassenkarte bringe ich am ${r.pick(['Montag', 'Mittwoch', 'Freitag'])} mit.\n\nViele Grüße\n`);
  fullName(d, f.a, r.chance(0.5)).t(`\n`);
  return d;
}

function tParentMsgES(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.chance(0.7) ? 'ES' : 'BR';
  const f = family(r, loc);
  if (loc === 'ES') {
    d.t(`Hola `).l('PERSON', personIn(r, loc).g).t(`, soy la mamá de `).l('PERSON', f.kid.g).t(`. Hoy la recoge su tío `);
    nm(d, r, personIn(r, loc)).t(` a las 17:00, su móvil es el `);
    ph(d, r, loc).t(`. ¡Gracias! `);
    fullName(d, f.a, r.chance(0.5)).t(`\n`);
  } else {
    d.t(`Oi tia `).l('PERSON', personIn(r, loc).g).t(`! Aqui é a mãe do `).l('PERSON', f.kid.g).t(`. Hoje quem vai buscar é a avó dele, dona `).l('PERSON', personIn(r, loc).g).t(`, telefone `);
    ph(d, r, loc).t(`. Beijos, `);
    fullName(d, f.a, r.chance(0.5)).t(`\n`);
  }
  return d;
}

function tParentMsgJP(r: Rng): Doc {
  const d = new Doc();
  const f = nativeFamily(r, 'JP');
  d.t(`連絡帳\u3000${fmtDate(r, 'JP', eventDate(r))}\n\n`).l('PERSON', f.kid.g).t(`${r.pick(['ちゃん', 'くん'])}は朝から少し咳が出ています。お昼寝のあとに様子を見ていただけますか。お迎えは本日、祖母の`);
  d.l('PERSON', nativePerson(r, 'JP').full).t(`が参ります（携帯 `);
  ph(d, r, 'JP').t(`）。\nよろしくお願いいたします。\n`);
  fullName(d, f.a, r.chance(0.5)).t(`\n\n【園より】担任の`).l('PERSON', nativePerson(r, 'JP').s).t(`です。元気に過ごしました！\n`);
  return d;
}

function tParentMsgKR(r: Rng): Doc {
  const d = new Doc();
  const f = nativeFamily(r, 'KR');
  d.t(`[알림장] ${fmtDate(r, 'KR', eventDate(r))}\n`).l('PERSON', f.kid.full).t(` 어머님, 오늘 `).l('PERSON', f.kid.g).t(`이는 점심을 잘 먹고 낮잠도 푹 잤어요. 내일 현장학습 동의서 꼭 보내주세요.\n담임 `).l('PERSON', nativePerson(r, 'KR').full).t(` 드림\n\n답장: 감사합니다 선생님. 내일은 아빠(`);
  nm(d, r, f.b).t(`)가 데리러 갑니다. 연락처 `);
  ph(d, r, 'KR').t(`\n`);
  return d;
}

function tVoicemail(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'IE', 'AU', 'CA']);
  const f = family(r, loc);
  d.t(`Voicemail transcript (${date(r, loc)} ${r.int(7, 19)}:${p2(r.int(0, 59))}, ${r.int(20, 75)} sec)\n\n"Hi, this is `);
  fullName(d, f.a, r.chance(0.4)).t(`, `).l('PERSON', f.kid.g).t(`'s ${r.pick(['mum', 'dad', 'mom'])}, um, we're on the waiting list for the ${r.pick(['baby room', 'toddler room', 'September intake'])}. Could someone call me back on `).l('PHONE', spokenPhone(r, loc)).t(`, or email me at `).l('EMAIL', spokenEmail(r, f.a)).t(`. ${r.pick(['Thanks so much, bye.', 'Cheers, bye bye.', 'Okay, thank you.'])}"\n`);
  return d;
}

function tStaffText(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const [a, b, m] = staffOf(r, loc, 3) as [Person, Person, Person];
  d.t(`Staff WhatsApp — ${r.pick(['Acorns team', 'Early shift', 'Room leads'])}\n`).l('PERSON', a.g).t(`: anyone able to swap Friday lates? I've got a hospital appt\n`).l('PERSON', b.g).t(`: I can do it if you take my Tuesday open\n`).l('PERSON', a.g).t(`: deal!! thank you x\n`).l('PERSON', m.full).t(`: Fine by me, I'll update the rota. `).l('PERSON', b.g).t(` please note your new mobile `);
  ph(d, r, loc).t(` goes on the emergency sheet. ${trap(r, loc)}\n`);
  return d;
}

function tComplaint(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  const mgr = personIn(r, loc);
  d.t(`From: `);
  em(d, r, f.a, loc).t(`\nTo: `).l('EMAIL', roleEmail(r, nursery(r, loc)[1])).t(`\nSubject: Double charge in ${(MONTHS['en'] as string[])[r.int(0, 11)]}\n\nDear `).l('PERSON', mgr.g).t(`,\n\nMy card `).l('CARD', card(r)).t(` was charged twice for `).l('PERSON', f.kid.g).t(`'s fees (two payments of ${r.int(600, 1400)}.00 on ${date(r, loc)}). The card ending ${r.digits(4)} was the old one and should have been removed. Please refund one of them and confirm by email, or call me on `);
  ph(d, r, loc).t(`.\n\nRegards,\n`);
  fullName(d, f.a, r.chance(0.5)).t(`\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates E: au pairs
// ---------------------------------------------------------------------------------------------------------

const HOST_CITY: Partial<Record<Loc, string>> = { US: 'Denver', UK: 'Brighton', DE: 'Freiburg', NL: 'Utrecht', NO: 'Oslo', DK: 'Aarhus', AU: 'Sydney', FR: 'Lyon', CH: 'Zürich', IE: 'Galway' };
const PETS = ['a golden retriever called Winston', 'two cats, Mabel and Otto', 'a rabbit named Churchill', 'a very old tortoise, Darwin', 'no pets', 'a labradoodle called Freud'];

function tHostProfile(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'DE', 'NL', 'NO', 'DK', 'AU', 'FR', 'CH', 'IE']);
  const f = family(r, loc);
  const [agency] = r.pick(AGENCY_NAMES);
  d.t(`${agency} — Host Family Profile #${r.digits(5)}\n\nWe are `).l('PERSON', f.a.g).t(` and `).l('PERSON', f.b.g).t(` (the `).l('PERSON', f.a.s).t(` family), living ${r.pick(['on the edge of', 'in a quiet suburb of', 'right in the centre of'])} ${HOST_CITY[loc] ?? 'Brighton'}. Our children are `).l('PERSON', f.kid.g).t(` (${r.int(1, 4)}) and `).l('PERSON', f.kid2.g).t(` (${r.int(5, 9)}). We have ${r.pick(PETS)}.\n\nYour room: own bedroom and bathroom, Wi-Fi, bike. Pocket money ${r.pick(['€280', '£110 per week', '$195.75 per week', '5 600 NOK'])}.\nOur previous au pair `).l('PERSON', mkPerson(r, r.pick(AUPAIR_CULTURES)).full).t(` is happy to talk to you.\n\nContact: `);
  em(d, r, f.a, loc).t(` | `);
  ph(d, r, loc).t(`\n`);
  if (r.chance(0.5)) {
    d.t(`Address for the agency's home visit: `);
    addr(d, r, loc, false).t(`\n`);
  }
  return d;
}

function tCandidateProfile(r: Rng): Doc {
  const d = new Doc();
  const c = r.pick(AUPAIR_CULTURES);
  const ap = mkPerson(r, c);
  const homeLoc: Loc = ({ br: 'BR', mx: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pl: 'PL', sv: 'SE', ua: 'PL', fil: 'US', ke: 'UK', cz: 'AT', ro: 'IT', hu: 'AT' } as Record<string, Loc>)[c] ?? 'UK';
  d.t(`AU PAIR APPLICATION\nName: `);
  fullName(d, ap, r.chance(0.45)).t(`\nDate of birth: `);
  dob(d, r, homeLoc, aupairDob(r)).t(`\nNationality: ${r.pick(['Brazilian', 'Mexican', 'German', 'Spanish', 'Ukrainian', 'Filipino', 'Kenyan', 'Italian', 'Polish', 'Czech'])}   Passport no.: ${r.pick(['FA', 'X', 'C'])}${r.digits(7)}\nPhone / WhatsApp: `);
  ph(d, r, homeLoc).t(`\nEmail: `);
  em(d, r, ap, 'X').t(`\nDriving licence: ${r.pick(['yes, since 2021', 'no', 'yes (B)'])}   Swimmer: ${r.pick(['yes', 'no'])}\n\nChildcare experience:\n- Babysat the `).l('PERSON', mkPerson(r, c).s).t(` twins (2 and 4) twice a week for 2 years\n- Volunteer at ${r.pick(['Escola Girassol', 'Kindergarten Regenbogen', 'Little Stars Sunday School'])}\n\nReference: `);
  nm(d, r, mkPerson(r, c)).t(`, `);
  ph(d, r, homeLoc).t(`\nAbout me: I love baking, hiking and ${r.pick(['Harry Potter', 'the Beatles', 'Studio Ghibli films'])}!\n`);
  return d;
}

function tAupairContractDE(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'DE');
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  d.t(`AU-PAIR-VERTRAG\n\nZwischen der Gastfamilie `);
  nm(d, r, f.a).t(` und `);
  nm(d, r, f.b).t(`, wohnhaft `);
  addr(d, r, 'DE', false).t(`,\nund dem Au-pair `);
  fullName(d, ap, r.chance(0.35)).t(`, geboren am `);
  dob(d, r, 'DE', aupairDob(r)).t(`, Heimatanschrift siehe Anlage,\nwird folgender Vertrag geschlossen:\n\n§ 1 Dauer: ${fmtDate(r, 'DE', eventDate(r))} bis ${fmtDate(r, 'DE', eventDate(r))}.\n§ 2 Arbeitszeit höchstens 30 Stunden/Woche, Sprachkurs am Goethe-Institut.\n§ 3 Taschengeld 280 € monatlich auf das Konto `).l('IBAN', iban(r, r.pick(['DE', 'DE', 'AT', 'PL', 'ES', 'CZ', 'RO', 'HU']))).t(`.\n§ 4 Kranken-, Unfall- und Haftpflichtversicherung (Police ${r.digits(9)}).\n\nKontakt Gastfamilie: `);
  ph(d, r, 'DE').t(`, `);
  em(d, r, f.a, 'DE').t(`\n`);
  return d;
}

function tAupairContractUS(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  d.t(`J-1 AU PAIR PROGRAM — HOST FAMILY AGREEMENT\nSponsor: ${r.pick(AGENCY_NAMES)[0]}   SEVIS ID: N00${r.digits(8)}\n\nHost parent: `);
  fullName(d, f.a, r.chance(0.4)).t(`   SSN: `);
  if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nHost parent: `);
  nm(d, r, f.b).t(`\nHome: `);
  addr(d, r, 'US', false).t(`\nAu pair: `);
  nm(d, r, ap).t(`, DOB `);
  dob(d, r, 'US', aupairDob(r)).t(`\nStipend: $195.75/week. Education allowance: $500.\nLocal coordinator: `);
  const coord = personIn(r, 'US');
  nm(d, r, coord).t(` (`);
  em(d, r, coord, 'US').t(`)\nProgram fee charged to card `);
  if (r.chance(0.7)) d.l('CARD', card(r));
  else d.t(maskedCard(r));
  d.t(`\n`);
  return d;
}

function tAupairContractFR(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'FR');
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  d.t(`ACCORD DE PLACEMENT AU PAIR\n\nFamille d'accueil : `).l('PERSON', f.a.full).t(` et `).l('PERSON', f.b.full).t(`\nDemeurant : `);
  addr(d, r, 'FR', false).t(`\nTéléphone : `);
  ph(d, r, 'FR').t(`\n\nJeune au pair : `);
  fullName(d, ap, r.chance(0.35)).t(`, né(e) le `);
  dob(d, r, 'FR', aupairDob(r)).t(`\nArgent de poche : 320 € par mois, versés sur le compte `).l('IBAN', iban(r, r.pick(['FR', 'ES', 'IT', 'DE', 'PT']))).t(`\nCours de langue : Alliance française, ${r.int(10, 12)} h/semaine.\nFait à ${r.pick(['Lyon', 'Paris', 'Nantes'])}, le ${date(r, 'FR')}\n`);
  return d;
}

function tMatchEmail(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'US', 'NL', 'IE', 'AU']);
  const f = family(r, loc);
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  const coord = personIn(r, loc);
  const [agency, dom] = r.pick(AGENCY_NAMES);
  d.t(`Subject: It's a match! `).l('PERSON', ap.g).t(` & the `).l('PERSON', f.a.s).t(` family\n\nDear `).l('PERSON', f.a.g).t(`,\n\nGreat news — `);
  nm(d, r, ap).t(` has accepted your invitation and will arrive on ${date(r, loc)}. You can reach ${r.pick(['her', 'him'])} at `);
  em(d, r, ap, 'X').t(` or on WhatsApp `);
  ph(d, r, r.pick<Loc>(['BR', 'DE', 'ES', 'PL', 'FR', 'IT'])).t(`.\n\nPlease pay the placement fee (${r.pick(['£450', '$9,995', '€395'])}) by ${date(r, loc)}. Bank transfer: `).l('IBAN', iban(r, r.pick(['GB', 'NL', 'IE', 'DE']))).t(`, reference ${refNo(r)}.\n\nBest wishes,\n`);
  nm(d, r, coord).t(`\n${agency} | `).l('EMAIL', roleEmail(r, dom)).t(`\n`);
  return d;
}

function tPocketMoney(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['DE', 'NL', 'DK', 'NO', 'FI', 'BE', 'AT', 'CH', 'SE']);
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  const host = personIn(r, loc);
  d.t(`Transfer confirmation\nOrdering party: `);
  nm(d, r, host).t(` — `).l('IBAN', iban(r, LOC_IBAN[loc] ?? 'DE')).t(`\nBeneficiary: `);
  fullName(d, ap, r.chance(0.3)).t(`\nBeneficiary account: `).l('IBAN', iban(r, r.pick(['ES', 'PT', 'IT', 'PL', 'RO', 'HU', 'CZ', 'FR', 'DE']))).t(`\nAmount: ${r.int(260, 520)}.00 EUR   Execution date: ${date(r, loc)}\nRemittance info: Taschengeld/pocket money ${(MONTHS['en'] as string[])[r.int(0, 11)]}\nEnd-to-end ID: ${r.digits(4)}${'XKQZ'.charAt(r.int(0, 3))}${r.digits(8)}\n`);
  return d;
}

function tVisaLetter(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'IE', 'NL', 'US']);
  const f = family(r, loc);
  const ap = mkPerson(r, r.pick(AUPAIR_CULTURES));
  d.t(`To whom it may concern,\n\nWe confirm that `);
  nm(d, r, ap).t(` (date of birth `);
  dob(d, r, loc, aupairDob(r)).t(`, passport ${r.pick(['FX', 'YA', 'GK'])}${r.digits(7)}) will live with our family as an au pair from ${date(r, loc)}, looking after our children `).l('PERSON', f.kid.g).t(` and `).l('PERSON', f.kid2.g).t(`.\n\nOur address:\n`);
  addr(d, r, loc, true).t(`\n\nYours faithfully,\n`);
  fullName(d, f.a, r.chance(0.4)).t(`\n`);
  ph(d, r, loc).t(`\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates F: staff, rosters, payroll, systems
// ---------------------------------------------------------------------------------------------------------

function tRoster(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const staff = staffOf(r, loc, r.int(4, 6));
  d.t(`STAFF ROTA — week commencing ${date(r, loc)}\nRoom | Name | Mon | Tue | Wed | Thu | Fri\n`);
  for (const s of staff) {
    const shift = () => r.pick(['7:30-4', '8-5', '9:30-6', 'off', 'TOIL', 'course']);
    d.t(`${r.pick(CHILD_ROOMS)} | `);
    if (r.chance(0.5)) d.l('PERSON', s.full);
    else d.l('PERSON', `${s.g} ${s.s.charAt(0)}.`);
    d.t(` | ${shift()} | ${shift()} | ${shift()} | ${shift()} | ${shift()}\n`);
  }
  d.t(`\nOn-call manager: `);
  nm(d, r, staff[0] as Person).t(` `);
  ph(d, r, loc).t(`\nCover agency: ${r.pick(['Tiny Steps Staffing', 'Nannyfinders', 'EYcover'])} `);
  ph(d, r, loc).t(`\n`);
  return d;
}

function tRosterDE(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.pick(['DE', 'AT', 'CH', 'NL', 'SE']);
  const staff = staffOf(r, loc, r.int(3, 5));
  const head = ({ DE: 'Dienstplan KW', AT: 'Dienstplan KW', CH: 'Dienstplan KW', NL: 'Rooster week', SE: 'Schema vecka' } as Record<string, string>)[loc];
  d.t(`${head} ${r.int(1, 52)}\n`);
  for (const s of staff) {
    d.l('PERSON', `${s.s}, ${s.g}`).t(`\t${r.pick(['Früh 7:00–14:00', 'Spät 10:00–17:30', 'vroeg 7:15', 'laat 18:30', 'öppning 06:30'])}\t`);
    ph(d, r, loc).t(`\n`);
  }
  d.t(`Vertretung/Vervanging/Vikarie: `);
  nm(d, r, personIn(r, loc)).t(`\n`);
  return d;
}

function tNewHire(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = r.chance(0.7) ? 'US' : 'CA';
  const p = personIn(r, loc);
  d.t(`NEW EMPLOYEE INFORMATION — ${r.pick(['Assistant Teacher', 'Lead Infant Teacher', 'Cook', 'Floater'])}\n\nLegal name: `);
  fullName(d, p, r.chance(0.4)).t(`\nDate of birth: `);
  dob(d, r, loc, adultDob(r)).t(`\nSocial Security Number: `);
  if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nHome address: `);
  addr(d, r, 'US', false).t(`\nCell: `);
  ph(d, r, 'US').t(`\nPersonal email: `);
  em(d, r, p, 'US').t(`\nDirect deposit — routing ${r.pick(['0', '1', '2'])}${r.digits(8)}, account ${r.digits(10)}\nBackground check (FBI fingerprint) ID: ${r.digits(12)}\nEmergency contact: `);
  nm(d, r, personIn(r, loc)).t(` — `);
  ph(d, r, 'US').t(`\n`);
  return d;
}

function tNannyPayroll(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  const nanny = personIn(r, 'US');
  d.t(`Household employer payroll — pay period ending ${date(r, 'US')}\nEmployer: `);
  fullName(d, f.a, r.chance(0.4)).t(` (EIN ${r.int(10, 98)}-${r.digits(7)})\nEmployee: `);
  nm(d, r, nanny).t(`   SSN `).l('NATIONAL_ID', ssn(r)).t(`\nGross pay: $${r.int(700, 1400)}.00  Federal WH: $${r.int(40, 120)}.00  FICA: $${r.int(50, 110)}.${p2(r.int(0, 99))}\nNanny-share split with the `).l('PERSON', personIn(r, 'US').s).t(` family (50/50).\n`);
  if (r.chance(0.5)) {
    d.t(`W-2 will be mailed to `);
    addr(d, r, 'US', false).t(`\n`);
  }
  return d;
}

function tDbsRecord(r: Rng): Doc {
  const d = new Doc();
  const p = personIn(r, 'UK');
  d.t(`Single Central Record — entry\nName: `);
  d.l('PERSON', `${p.s.toUpperCase()}, ${p.g}`).t(`\nDOB: `);
  dob(d, r, 'UK', adultDob(r)).t(`\nRole: ${r.pick(['Early Years Practitioner (Level 3)', 'Deputy Manager', 'Apprentice', 'Cook'])}\nEnhanced DBS certificate no.: 00${r.digits(10)}, issued ${date(r, 'UK')}, Update Service: yes\nRight to work checked: ${date(r, 'UK')} (share code W${r.digits(2)} ${r.pick(['AB', 'XK', 'QT'])}${r.digits(1)} ${r.pick(['C9D', 'M2P'])})\nReferences: `);
  nm(d, r, personIn(r, 'UK')).t(`; `);
  nm(d, r, personIn(r, 'UK')).t(`\nHome address: `);
  addr(d, r, 'UK', false).t(`\n`);
  return d;
}

function tWaitlistForm(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  const ts = `${eventDate(r).y}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
  d.t(`New waiting-list submission (${ts})\n--------------------------------\nparent_name: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nemail: `);
  em(d, r, f.a, loc).t(`\nphone: `);
  ph(d, r, loc).t(`\nchild_first_name: `).l('PERSON', f.kid.g).t(`\nchild_dob_or_due_date: `);
  dob(d, r, loc, childDob(r)).t(`\npreferred_start: ${date(r, loc)}\nsessions: ${r.pick(['Mon/Tue/Wed', 'full time', 'mornings'])}\nhow_did_you_hear: ${r.pick(['Google', 'Mumsnet', 'a friend', 'Instagram @littleacorns_nursery'])}\nsubmitted_from_ip: `).l('IP', ip(r)).t(`\nuser_agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1\nform_version: 3.2.1.0\n`);
  return d;
}

function tPortalAudit(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'DE', 'NL', 'AU', 'FR', 'CA']);
  d.t(`parent-portal audit log (export ${refNo(r)})\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, loc);
    const ts = `${eventDate(r).y}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
    d.t(`${ts} ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'PHOTO_DOWNLOAD', 'INVOICE_VIEW', 'MFA_CHALLENGE'])} user=`);
    em(d, r, p, loc).t(` src=`);
    const v = ip(r);
    if (v.includes(':')) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`);
    else if (r.chance(0.4)) d.l('IP', v).t(`:${r.int(1024, 65535)}`);
    else d.l('IP', v);
    d.t(` app=${r.pick(['ios/5.12.0', 'android/5.11.3', 'web/2024.10.1'])}\n`);
  }
  if (r.chance(0.5)) d.t(`# note: build 4.12.0.7 deployed at 02:00, no incident\n`);
  return d;
}

function tCctvTicket(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const tech = personIn(r, loc);
  const mgr = personIn(r, loc);
  d.t(`Support ticket ${refNo(r)} — Nursery webcam stream not loading for parents\n\nReported by: `);
  nm(d, r, mgr).t(` (`).l('EMAIL', roleEmail(r, nursery(r, loc)[1])).t(`)\n\nThe camera in the baby room (model NurseryCam Pro, firmware 2.8.14) has static address `).l('IP', ipv4(r)).t(` and the NVR sits at `).l('IP', ipv4(r)).t(`. Parents connect through the gateway `).l('IP', ip(r)).t(`. Since the router update (RouterOS 7.14.2) nobody can see the stream.\n\nUpdate from `);
  nm(d, r, tech).t(`: port 554 forwarding was lost; re-added. Also blocked repeated logins from `).l('IP', ip(r)).t(`. Closing.\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Templates G: records, exports, consents, newsletters
// ---------------------------------------------------------------------------------------------------------

function tEmergencyCard(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'AU', 'CA', 'IE']);
  const f = family(r, loc);
  d.t(`EMERGENCY CONTACT CARD (keep in grab bag)\n`);
  d.l('PERSON', f.kid.full.toUpperCase()).t(` — DOB `);
  dob(d, r, loc, childDob(r)).t(` — ${r.pick(['no allergies', 'ASTHMA', 'NUT ALLERGY', 'eczema'])}\n1) `);
  nm(d, r, f.a).t(`  `);
  ph(d, r, loc).t(`\n2) `);
  nm(d, r, f.b).t(`  `);
  ph(d, r, loc).t(`\n3) `);
  nm(d, r, personIn(r, loc)).t(` (${r.pick(['grandparent', 'neighbour', 'godmother'])})  `);
  ph(d, r, loc).t(`\nGP: Dr `).l('PERSON', personIn(r, loc).s).t(` `);
  ph(d, r, loc).t(`\n`);
  return d;
}

function tCsvExport(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'US', 'AU', 'IE', 'NL', 'DE']);
  d.t(`child_id,first_name,last_name,dob,room,primary_contact,contact_phone,postcode_area\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const f = family(r, loc);
    const x = childDob(r);
    const dobText = loc === 'US' ? `${p2(x.m)}/${p2(x.d)}/${x.y}` : r.chance(0.5) ? `${x.y}-${p2(x.m)}-${p2(x.d)}` : `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    d.t(`C${r.digits(4)},`).l('PERSON', f.kid.g).t(`,`).l('PERSON', f.kid.s).t(`,`).l('DOB', dobText).t(`,${r.pick(CHILD_ROOMS)},`).l('PERSON', f.a.full).t(`,`);
    ph(d, r, loc).t(`,${r.pick(['LS6', 'SE15', 'BS3', 'N16', '2204', '1016', '10115'])}\n`);
  }
  return d;
}

function tJsonRecord(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'CA', 'AU', 'DE', 'NL', 'FR']);
  const f = family(r, loc);
  const x = childDob(r);
  d.t(`{\n  "id": "chd_${r.digits(8)}",\n  "child": { "given_name": "`).l('PERSON', f.kid.g).t(`", "family_name": "`).l('PERSON', f.kid.s).t(`", "birth_date": "`).l('DOB', `${x.y}-${p2(x.m)}-${p2(x.d)}`).t(`" },\n  "guardians": [\n    { "name": "`);
  fullName(d, f.a, r.chance(0.35)).t(`", "email": "`);
  em(d, r, f.a, loc).t(`", "phone": "`);
  ph(d, r, loc).t(`" },\n    { "name": "`);
  nm(d, r, f.b).t(`", "email": null, "phone": "`);
  ph(d, r, loc).t(`" }\n  ],\n  "created_at": "${eventDate(r).y}-0${r.int(1, 9)}-1${r.int(0, 9)}T08:00:00Z",\n  "last_login_ip": "`).l('IP', ip(r)).t(`",\n  "schema": "v${r.int(2, 4)}.${r.int(0, 9)}"\n}\n`);
  return d;
}

function tPhotoConsent(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`Photograph & media consent — ${nursery(r, loc)[0]}\n\nChild: `);
  nm(d, r, f.kid).t(`\n[x] Learning journal (internal app)\n[ ] Nursery website and @${r.pick(['littleacorns_nursery', 'bumblebeebarn', 'tinytidesmontessori'])} Instagram\n[x] Local newspaper (first names only)\n\nParent/carer: `);
  fullName(d, f.a, r.chance(0.5)).t(`   Date: ${date(r, loc)}\nContact for queries: `);
  em(d, r, f.a, loc).t(`\n`);
  return d;
}

function tTripConsent(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`OUTING PERMISSION SLIP\nDestination: ${r.pick(['Hampton Court Palace gardens', 'the Natural History Museum', 'Jenkins Farm Park', 'the Captain Cook Memorial Fountain', 'Lincoln Park Zoo'])}\nDate of trip: ${date(r, loc)}   Leaving 9:30, back by 12:00. Ratio 1:2.\n\nI give permission for my child `);
  nm(d, r, f.kid).t(` to attend. Contact on the day: `);
  ph(d, r, loc).t(`\nSigned: `);
  fullName(d, f.a, r.chance(0.45)).t(`\nStaff lead: `);
  nm(d, r, personIn(r, loc)).t(`\n`);
  return d;
}

function tImmunisation(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'US', 'IE', 'AU', 'DE', 'NL']);
  const f = family(r, loc);
  const x = childDob(r);
  d.t(`Immunisation record (copy for nursery)\nName: `);
  nm(d, r, f.kid).t(`   Born: `);
  dob(d, r, loc, x).t(`\n`);
  for (const v of ['6-in-1 (1st)', 'MenB', 'Rotavirus', 'MMR (1st)', 'Hib/MenC'].slice(0, r.int(2, 5))) {
    d.t(`${v}: ${fmtDate(r, loc, ymd(r, x.y, x.y + 1))}, batch ${r.pick(['AB', 'KX', 'Q'])}${r.digits(4)}\n`);
  }
  d.t(`Clinic: ${r.pick(['Riverside Health Centre', 'Kinderarztpraxis am Markt', 'Consultatiebureau Oost'])}, nurse `);
  nm(d, r, personIn(r, loc)).t(`\n`);
  return d;
}

function tLearningJourney(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'UK', 'IE', 'AU']);
  const f = family(r, loc);
  const kp = personIn(r, loc);
  d.t(`Two-year progress check — `).l('PERSON', f.kid.g).t(` `).l('PERSON', f.kid.s).t(`\nDate of birth: `);
  dob(d, r, loc, childDob(r)).t(`   Date of check: ${date(r, loc)}\nKey person: `);
  nm(d, r, kp).t(`\n\nCommunication & language: `).l('PERSON', f.kid.g).t(` is using 2–3 word phrases ("more ${r.pick(['biscuit', 'bubbles', 'train'])} please") and loves the Julia Donaldson books, especially The Gruffalo.\nPhysical: confident on the balance bikes.\nPSED: settles well when `).l('PERSON', f.a.g).t(` drops off; plays alongside `).l('PERSON', personIn(r, loc).g).t(`.\nNext steps agreed with parents at the review meeting.\n`);
  return d;
}

function tNewsletter(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const [a, b, c] = staffOf(r, loc, 3) as [Person, Person, Person];
  const [nName, dom] = nursery(r, loc);
  d.t(`${nName} — ${(MONTHS['en'] as string[])[r.int(0, 11)]} newsletter\n\nWelcome to `);
  nm(d, r, a).t(`, our new Room Leader in ${r.pick(CHILD_ROOMS)}, and goodbye to `);
  nm(d, r, b).t(` who is off on maternity leave — congratulations!\nOur class hamster Einstein turns two on ${date(r, loc)}; cake in the garden.\nSports Day: ${date(r, loc)} at Jubilee Fields (not the Wellington Road site).\nFees rise by 3% from ${date(r, loc)}. Questions to our manager `);
  nm(d, r, c).t(` at `).l('EMAIL', roleEmail(r, dom)).t(` or `);
  ph(d, r, loc).t(`.\n${trap(r, loc)} ${trap(r, loc)}\n`);
  return d;
}

function tChildminder(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['UK', 'IE', 'AU', 'NL', 'FR']);
  const f = family(r, loc);
  const cm = personIn(r, loc);
  d.t(`CHILDMINDING CONTRACT\nChildminder: `);
  nm(d, r, cm).t(` (registration ${r.pick(['EY', 'CM', 'RN'])}${r.digits(6)})\nSetting address: `);
  addr(d, r, loc, false).t(`\nParent: `);
  fullName(d, f.a, r.chance(0.4)).t(`, `);
  ph(d, r, loc).t(`\nChild: `);
  nm(d, r, f.kid).t(`, date of birth `);
  dob(d, r, loc, childDob(r)).t(`\nHours: Mon–Wed 8:00–17:30. Retainer during holidays 50%.\nFees by bank transfer to `).l('IBAN', iban(r, LOC_IBAN[loc] ?? 'GB')).t(` on the 1st of each month.\n`);
  return d;
}

function tBabysitterAd(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick(EN_LOCS);
  const f = family(r, loc);
  d.t(`Posted in ${r.pick(['Parents of Headingley', 'Park Slope Parents', 'Inner West Mums', 'Dublin 7 Families'])}:\n\nLooking for a reliable babysitter for two evenings a week for our ${r.int(2, 5)}yo `).l('PERSON', f.kid.g).t(` and baby `).l('PERSON', f.kid2.g).t(`. We live near ${r.pick(['Hyde Park', 'the Albert Dock', 'Prospect Park', 'St Stephen’s Green'])}. Previous sitter `);
  nm(d, r, personIn(r, loc)).t(` moved away 😢 Text `);
  ph(d, r, loc).t(` or DM me. `);
  if (r.chance(0.5)) d.l('PERSON', f.a.g);
  else fullName(d, f.a, true);
  d.t(`\n`);
  return d;
}

function tOcrIntake(r: Rng): Doc {
  const d = new Doc();
  const loc: Loc = 'US';
  const f = family(r, loc);
  const c = cardDigits(r);
  d.t(`[scanned intake form — OCR text]\nPARENT NAME ..... `).l('PERSON', f.a.full.toUpperCase()).t(`\nCHILD ..... `).l('PERSON', f.kid.full.toUpperCase()).t(`   BIRTHDATE `);
  dob(d, r, loc, childDob(r)).t(`\nCARD FOR DEPOSIT: ${c.slice(0, 8)}-\n${c.slice(8)} (split across lines)\nALT CARD `).l('CARD', card(r)).t(`\nPHONE `);
  ph(d, r, loc).t(`\nSSN (optional): `);
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\n`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, but plenty of look-alikes
// ---------------------------------------------------------------------------------------------------------

function nMenu(r: Rng): Doc {
  const loc = r.pick(EN_LOCS);
  return new Doc().t(`Menu — week of ${date(r, loc)}\nMon: Ella's Kitchen veggie bake, Heinz beans on toast\nTue: Shepherd's pie, Dr. Oetker pudding (contains milk)\nWed: Mac & cheese (Annie's), Ben & Jerry's is NOT served\nThu: Lentil dahl with Patak's mild paste\nFri: Fish fingers (Birds Eye), Graham crackers\nAllergen codes: 1 gluten, 7 milk, 9 celery. Supplier order ${refNo(r)}.\n`);
}
function nPolicy(r: Rng): Doc {
  const loc: Loc = r.pick(['UK', 'IE', 'AU']);
  return new Doc().t(`Health & Safety Policy v${r.int(3, 9)}.${r.int(0, 9)} (reviewed ${date(r, loc)})\n\n1. Staff follow Martha's Rule escalation guidance and the EYFS Statutory Framework ${r.int(2023, 2025)}.\n2. Children with suspected Kawasaki disease, Perthes disease or Henoch-Schönlein purpura are referred to their GP.\n3. Sleep safety follows the Lullaby Trust guidance; no cot bumpers.\n4. Jessica's Law and the Children Act 1989 apply to safeguarding referrals.\n5. Ofsted URN EY${r.digits(6)}; insurance policy ${r.digits(3)}-${r.digits(6)}-${r.digits(2)}.\nNext review: ${date(r, loc)}.\n`);
}
function nRelease(r: Rng): Doc {
  const v = `${r.int(4, 6)}.${r.int(0, 19)}.${r.int(0, 9)}`;
  return new Doc().t(`NurseryNest ${v} release notes\n- Fixed crash on Android 14 when uploading daily diary photos (commit ${r.digits(3)}e${r.digits(2)}fa${r.digits(3)}b)\n- Sleep checks now default to 10-minute intervals\n- Room "Montessori Corner" renamed to "Froebel Garden"\n- Minimum iOS version 16.4; web build 2024.${r.int(10, 12)}.${r.int(1, 28)}.3\n- Dependency bump: openssl 3.0.13, sqlite 3.45.1.0, node 20.11.1\n- Known issue: legacy tablets on firmware 10.1.2.4 cannot scan QR check-in codes.\n`);
}
function nFinanceTraps(r: Rng): Doc {
  const loc: Loc = r.pick(['US', 'UK', 'DE', 'NL']);
  return new Doc().t(`Finance checklist (month-end ${date(r, loc)})\n- Declined test card ${badCard(r)} removed from the gateway.\n- Parent portal shows cards as ${maskedCard(r)}; SSNs as ${maskedSsn(r)}; phones as ${maskedPhone(r)}.\n- Bounced mandate: IBAN ${badIban(r, r.pick(['DE', 'NL', 'GB', 'FR']))} (check digits wrong) — ask family to re-enter.\n- Our EIN ${r.int(10, 98)}-${r.digits(7)}, ABA routing 0${r.digits(8)}, sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}.\n- Invoice batch ${refNo(r)} to ${refNo(r)} exported.\n`);
}
function nRooms(r: Rng): Doc {
  const loc = r.pick(EN_LOCS);
  return new Doc().t(`Room allocation from ${date(r, loc)}\nNightingale Room (0–18 m): 9 places\nDarwin Room (18–30 m): 12 places\nMontessori Room (3–4 y): 20 places\nAttenborough Garden: free-flow 9:00–11:30\nKey worker groups are colour-coded: Team Ladybird, Team Bumblebee, Team Dragonfly.\n`);
}
function nStorm(r: Rng): Doc {
  const loc: Loc = r.pick(['UK', 'IE', 'US']);
  return new Doc().t(`CLOSURE NOTICE\n${r.pick(['Storm Ashley', 'Storm Éowyn', 'Hurricane Milton', 'Storm Darragh'])} is expected to bring gusts of 80 mph. We will close at 13:00 on ${date(r, loc)} and reopen on ${date(r, loc)}. Fees are not charged for closure days (see policy 4.2). Updates on @brightmeadow_kids and in the app (v5.3.1).\n`);
}
function nProcurement(r: Rng): Doc {
  const loc: Loc = r.pick(['US', 'UK', 'CA']);
  return new Doc().t(`Purchase order ${refNo(r)}\nSupplier: Fisher-Price / Little Tikes via Hope Education\nItems: 2x Lego Duplo tubs, 1x Melissa & Doug puzzle set, 6x Johnson's baby wash, 4x Pampers size 4\nDelivery ${date(r, loc)}, tracking ${refNo(r)}\nGL code 5${r.digits(3)}-${r.digits(2)}, cost centre CC-${r.digits(3)}, tax exempt cert. ${r.digits(2)}-${r.digits(7)}\n`);
}
function nElternbrief(r: Rng): Doc {
  const loc: Loc = r.pick(['DE', 'AT']);
  return new Doc().t(`Liebe Eltern,\n\nwegen des Warnstreiks bleibt die Kita am ${fmtDate(r, loc, eventDate(r))} geschlossen. Die Beiträge für diesen Tag werden mit der nächsten Abbuchung verrechnet (Gläubiger-ID DE${r.digits(2)}ZZZ0${r.digits(10)}, Aktenzeichen ${r.digits(3)}/${r.digits(4)}). Das Sommerfest findet wie geplant im Humboldthain statt. Bitte keine Kinder-Riegel oder Nutella mitgeben.\n\nIhr Kita-Team\n`);
}
function nCantine(r: Rng): Doc {
  return new Doc().t(`Menus de la crèche — semaine du ${date(r, 'FR')}\nLundi : velouté de potiron, Vache qui rit\nMardi : hachis Parmentier, compote\nJeudi : poisson pané, purée ; goûter Petit Écolier\nRappel : la maladie de Lyme se transmet par les tiques, pensez à vérifier après la sortie au jardin des Plantes. Réf. commande ${refNo(r)}.\n`);
}
function nSchedule(r: Rng): Doc {
  const loc = r.pick(EN_LOCS);
  return new Doc().t(`Key dates\n- ${date(r, loc)}: parents' evening 17:30–19:00\n- ${date(r, loc)}: Christmas nativity rehearsal\n- ${date(r, loc)}: inset day (closed)\n- ${date(r, loc)}: fire alarm test 10:00\n- Booking code for the Lincoln Center show: ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4).replace(/\d$/, 'X')}\n`);
}
const NEGATIVES: readonly ((r: Rng) => Doc)[] = [nMenu, nPolicy, nRelease, nFinanceTraps, nRooms, nStorm, nProcurement, nElternbrief, nCantine, nSchedule];

// ---------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------

/** Labelled templates with their relative weights. */
const TEMPLATES: readonly (readonly [(r: Rng) => Doc, number])[] = [
  [tEnrolUS, 4], [tEnrolUK, 3], [tEnrolDE, 3], [tEnrolFR, 3], [tEnrolES, 2], [tEnrolNL, 2], [tEnrolIT, 2], [tEnrolSE, 2], [tEnrolJP, 2],
  [tEnrolPL, 2], [tEnrolBR, 2], [tEnrolKR, 1], [tDailyLog, 3], [tDailyLogDE, 2], [tDailyLogFR, 2], [tIncidentUK, 3], [tIncidentUS, 2],
  [tIncidentES, 1], [tPickupList, 3], [tPickupChange, 3], [tAllergyPlan, 2], [tMedConsent, 2], [tMedConsentDE, 2], [tAllergyFR, 1],
  [tInvoiceUK, 3], [tInvoiceUS, 5], [tInvoiceDE, 2], [tReceiptCard, 6], [tMandateSEPA, 3], [tRefundIban, 3], [tSubsidyUS, 5], [tSubsidyUK, 2],
  [tSubsidyFR, 2], [tSubsidyDE, 2], [tParentSick, 3], [tParentChat, 3], [tParentMsgDE, 2], [tParentMsgES, 2], [tParentMsgJP, 2], [tParentMsgKR, 1],
  [tVoicemail, 3], [tStaffText, 2], [tComplaint, 5], [tHostProfile, 3], [tCandidateProfile, 3], [tAupairContractDE, 2], [tAupairContractUS, 4],
  [tAupairContractFR, 2], [tMatchEmail, 2], [tPocketMoney, 3], [tVisaLetter, 2], [tRoster, 2], [tRosterDE, 2], [tNewHire, 5], [tNannyPayroll, 4],
  [tDbsRecord, 2], [tWaitlistForm, 4], [tPortalAudit, 4], [tCctvTicket, 3], [tEmergencyCard, 2], [tCsvExport, 2], [tJsonRecord, 3],
  [tPhotoConsent, 2], [tTripConsent, 2], [tImmunisation, 2], [tLearningJourney, 2], [tNewsletter, 2], [tChildminder, 2], [tBabysitterAd, 2],
  [tOcrIntake, 4], [tFsaClaim, 5], [tW10, 3], [tBookingCard, 5], [tLoginAlert, 3], [tAgencyFeeCard, 4],
  [tHouseholdSsn, 5], [tCardsOnFile, 5], [tCardUpdate, 4],
];
const TOTAL_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);
function pickTemplate(r: Rng): (r: Rng) => Doc {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return (TEMPLATES[0] as readonly [(r: Rng) => Doc, number])[0];
}

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent75Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent75Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT75_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT75_MIN_INSTANCES;
  const out: Independent75Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = r.chance(0.1) ? r.pick(NEGATIVES)(r) : pickTemplate(r)(r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Templates H: tax, bookings, account security (registered in TEMPLATES above; declarations are hoisted)
// ---------------------------------------------------------------------------------------------------------

function tFsaClaim(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  const prov = personIn(r, 'US');
  d.t(`DEPENDENT CARE FSA — CLAIM FORM\nPlan year ${eventDate(r).y}   Employer: ${r.pick(['Northwind Logistics', 'Cascade Health', 'Juniper Labs'])}\n\nEmployee name: `);
  fullName(d, f.a, r.chance(0.45)).t(`\nEmployee SSN: `).l('NATIONAL_ID', ssn(r)).t(`\nDependent: `);
  nm(d, r, f.kid).t(`   Dependent DOB: `);
  dob(d, r, 'US', childDob(r)).t(`   Dependent SSN: `);
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nDates of service: ${date(r, 'US')} – ${date(r, 'US')}   Amount: $${r.int(300, 2500)}.00\n\nProvider: `);
  if (r.chance(0.5)) {
    d.t(`${r.pick(['Tall Pines Child Development Center', 'Brightmeadow Early Learning', 'Little Sprouts Co-op'])}, Tax ID (EIN) ${r.int(10, 98)}-${r.digits(7)}`);
  } else {
    nm(d, r, prov).t(` (in-home nanny), Tax ID (SSN) `).l('NATIONAL_ID', ssn(r));
  }
  d.t(`\nReimburse by direct deposit on file. Signature: `);
  nm(d, r, f.a).t(`\n`);
  return d;
}

function tW10(r: Rng): Doc {
  const d = new Doc();
  const p = personIn(r, 'US');
  const f = family(r, 'US');
  d.t(`Form W-10 — Dependent Care Provider's Identification and Certification\n\nPart I. Provider: `);
  fullName(d, p, r.chance(0.4)).t(`\nAddress: `);
  addr(d, r, 'US', false).t(`\nTaxpayer identification number: `).l('NATIONAL_ID', ssn(r)).t(`\n\nRequested by: `);
  nm(d, r, f.a).t(`, `);
  em(d, r, f.a, 'US').t(`\nFor care of `).l('PERSON', f.kid.g).t(` during ${eventDate(r).y}.\n${trap(r, 'US')}\n`);
  return d;
}

function tBookingCard(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'AU', 'CA', 'IE']);
  const f = family(r, loc);
  d.t(`Holiday club booking #${r.digits(6)}\nChild: `).l('PERSON', f.kid.full).t(` (age ${r.int(3, 7)})\nSessions: ${date(r, loc)}, ${date(r, loc)}\nCardholder: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nCard number: `).l('CARD', card(r)).t(`   CVC: ***   Expiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}\nBilling address: `);
  addr(d, r, loc, false).t(`\nRisk check: IP `).l('IP', ip(r)).t(` (${r.pick(['GB', 'US', 'AU', 'IE', 'CA'])}), 3-D Secure passed\n`);
  return d;
}

function tLoginAlert(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'DE', 'NL', 'FR', 'AU', 'SE']);
  const p = personIn(r, loc);
  d.t(`Subject: New sign-in to your parent account\n\nHi `).l('PERSON', p.g).t(`,\n\nWe noticed a new sign-in to `);
  em(d, r, p, loc).t(` from ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux', 'the NurseryNest app 5.12.0'])}.\nIP address: `).l('IP', ip(r)).t(`\nApproximate location: ${r.pick(['Leeds, GB', 'Berlin, DE', 'Utrecht, NL', 'Austin, US', 'Lyon, FR', 'Brisbane, AU'])}\nTime: ${date(r, loc)} ${r.int(0, 23)}:${p2(r.int(0, 59))}\n\nIf this wasn't you, reset your password. Previous sign-in came from `).l('IP', ip(r)).t(`.\n`);
  return d;
}

function tAgencyFeeCard(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'AU', 'DE', 'NL', 'NO', 'DK']);
  const f = family(r, loc);
  const [agency, dom] = r.pick(AGENCY_NAMES);
  d.t(`${agency} — payment authorisation\n\nHost family: `);
  fullName(d, f.a, r.chance(0.4)).t(`\nProgramme fee: ${r.pick(['€390', '£450', '$10,420', 'NOK 6 900'])}\nCard: `);
  if (r.chance(0.8)) d.l('CARD', card(r));
  else d.t(badCard(r));
  d.t(`\nName on card: `);
  nm(d, r, f.a).t(`\nI authorise ${agency} to charge this card. Questions: `).l('EMAIL', roleEmail(r, dom)).t(`\n`);
  return d;
}

function tHouseholdSsn(r: Rng): Doc {
  const d = new Doc();
  const f = family(r, 'US');
  d.t(`CHILD CARE SUBSIDY APPLICATION — Section 2: Household members\n(List everyone living in the home. SSN is optional for members not requesting care.)\n\nName | Relationship | Date of birth | SSN\n`);
  const rows: [Person, string, Ymd][] = [
    [f.a, 'Self', adultDob(r)],
    [f.b, r.pick(['Spouse', 'Partner']), adultDob(r)],
    [f.kid, 'Child', childDob(r)],
  ];
  if (r.chance(0.6)) rows.push([f.kid2, 'Child', childDob(r)]);
  for (const [p, rel, x] of rows) {
    if (rel === 'Self') fullName(d, p, r.chance(0.4));
    else nm(d, r, p);
    d.t(` | ${rel} | `);
    dob(d, r, 'US', x).t(' | ');
    const k = r.next();
    if (k < 0.7) d.l('NATIONAL_ID', ssn(r));
    else if (k < 0.85) d.t(maskedSsn(r));
    else d.t('applied for');
    d.t('\n');
  }
  d.t(`\nMonthly household income: $${r.int(1800, 5200)}   Case worker use only: ${refNo(r)}\n`);
  return d;
}

function tCardsOnFile(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'CA', 'AU']);
  d.t(`Billing admin › Payment methods on file (export ${date(r, loc)})\nfamily | cardholder | card | exp | added_from\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = personIn(r, loc);
    d.t(`${p.s.length > 5 ? 'F' : 'G'}-${r.digits(4)} | `);
    nm(d, r, p).t(' | ');
    const k = r.next();
    if (k < 0.7) d.l('CARD', card(r));
    else if (k < 0.85) d.t(maskedCard(r));
    else d.t(badCard(r));
    d.t(` | ${p2(r.int(1, 12))}/${r.int(26, 31)} | `).l('IP', ip(r)).t('\n');
  }
  d.t(`PCI note: full numbers must not be exported — ticket ${refNo(r)} raised.\n`);
  return d;
}

function tCardUpdate(r: Rng): Doc {
  const d = new Doc();
  const loc = r.pick<Loc>(['US', 'UK', 'CA', 'AU', 'IE']);
  const f = family(r, loc);
  d.t(`${r.pick(['Hi', 'Hello', 'Hey'])} ${r.pick(['office team', 'there', 'all'])}, my card ${maskedCard(r)} expired last month so the ${r.pick(['tuition', 'nursery fees', 'after-school club'])} payment for `).l('PERSON', f.kid.g).t(` bounced. Please use this one instead: `).l('CARD', card(r)).t(`, exp ${p2(r.int(1, 12))}/${r.int(26, 31)}. `);
  if (r.chance(0.4)) d.t(`(Ignore the number I sent yesterday, ${badCard(r)}, I mistyped it.) `);
  d.t(`Sorry for the hassle!\n`);
  if (r.chance(0.5)) fullName(d, f.a, true);
  else d.l('PERSON', f.a.g);
  d.t(`\n`);
  return d;
}
