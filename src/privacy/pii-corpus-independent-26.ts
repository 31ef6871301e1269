/**
 * @module privacy/pii-corpus-independent-26 — blind labelled PII split #26: the health and insurance back office.
 *
 * WRITTEN BLIND. To write it I read only the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its other corpora or templates, its tests, docs, benches, the shared folder or
 * the git history, and never ran the detector on this text. Every name, address, template and value here was
 * invented for this split.
 *
 * Seeds: 260001, 260002, 260003 (INDEPENDENT26_SEEDS). Each seed yields whole documents until at least
 * `minInstances` (default 2400) labels exist, and stops right after the document that reaches it.
 *
 * Contents: referral and discharge letters, claim forms, explanation-of-benefits statements, lab and imaging
 * reports, prescriptions and pharmacy notes, faxed prior-authorisation requests with OCR noise, patient-portal
 * messages, appointment reminders, caregiver / next-of-kin forms, reimbursement requests with bank details,
 * portal access logs, call transcripts and data exports, from about 25 countries in a dozen languages and scripts, plus about
 * one document in ten that is a pure hard negative (eponymous diseases and laws, people-named brands and
 * buildings, claim/tracking/NPI/EIN/routing numbers, hashes, versions, Luhn-invalid and masked numbers,
 * invalid IBANs, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards and @handles are not labelled; nor a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts labelled as the whole span.
 * - PHONE: the number only (extension outside), clinics' and insurers' numbers and fax numbers included;
 *   spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street/building/PO-box line to
 *   the last postcode/city/country line; recipient name separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks not labelled.
 * - DOB: a person's date of birth only (a newborn's delivery date included); cue words outside; service,
 *   admission, discharge, policy, appointment and invoice dates not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { ibanMod97Valid, IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT26_SEEDS = [260001, 260002, 260003] as const;
export const INDEPENDENT26_MIN_INSTANCES = 2400;

/** A gold label that carries its own text. */
export interface Independent26Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split. */
export interface Independent26Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent26Label[];
}

// ---------------------------------------------------------------------------------------------------------
// Document builder

const OCR_SUB: Readonly<Record<string, string>> = {
  o: '0', O: '0', l: '1', I: 'l', e: 'c', S: '5', B: '8', m: 'rn', ':': ';', ',': '.', a: 'o', t: 'f', h: 'b',
};

class Doc {
  text = '';
  readonly labels: Independent26Label[] = [];
  readonly known: string[] = [];
  /** OCR noise probability applied to unlabelled text (faxes). */
  noise = 0;
  constructor(readonly r: Rng) {}
  t(s: string): this {
    if (this.noise > 0) {
      let out = '';
      for (const ch of s) {
        const sub = OCR_SUB[ch];
        out += sub !== undefined && this.r.chance(this.noise) ? sub : ch;
      }
      this.text += out;
    } else {
      this.text += s;
    }
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    this.labels.push({ type, start: this.text.length, end: this.text.length + value.length, value });
    this.text += value;
    return this;
  }
  /** Labels the user's own full name and records it as a known name. */
  self(p: Person): this {
    const full = fullName(p);
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
  entry(): Independent26Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function at<T>(xs: readonly T[], i: number): T {
  const v = xs[i];
  if (v === undefined) throw new Error('index out of range');
  return v;
}
function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function letters(r: Rng, n: number, pool = UPPER): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pool.charAt(r.int(0, pool.length - 1));
  return s;
}
function alnum(r: Rng, n: number): string {
  return letters(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');
}
function hex(r: Rng, n: number): string {
  return letters(r, n, '0123456789abcdef');
}
function nz(r: Rng, n: number): string {
  return String(r.int(1, 9)) + r.digits(n - 1);
}
function money(r: Rng, lo: number, hi: number): string {
  return `${r.int(lo, hi)}.${pad(r.int(0, 99))}`;
}

// ---------------------------------------------------------------------------------------------------------
// Names: 29 cultures; female given, male given, surnames ("_" stands for a space inside a surname).

interface Culture {
  readonly id: string;
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
  /** Surname first in the culture's own writing. */
  readonly eastern: boolean;
  /** Two surnames are common. */
  readonly double: boolean;
}
function cu(id: string, f: string, m: string, s: string, eastern = false, double = false): Culture {
  const sp = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '));
  return { id, f: sp(f), m: sp(m), s: sp(s), eastern, double };
}
const CULTURES: readonly Culture[] = [
  cu('enUS', 'Rose Hope May Faith Joy June Dawn Brittany Kayla Shannon Ashley Tiffany', 'Will Bill Grant Guy Frank Mark Rich Dwayne Cody Travis Rusty Hunter', 'Young Long Bell Brown Green King Hart Stone Baker Fox Moon Price Walker Carter Rich Grant'),
  cu('enGB', 'Poppy Imogen Harriet Pippa Gemma Pearl', 'Alistair Nigel Rupert Clive Gareth Hamish', 'Ashworth Pennington Whitlock Featherstone Bramley Cartwright Hargreaves Ollerenshaw Thwaite Pickering Gough Lumb'),
  cu('ie', 'Siobhán Aoife Niamh Caoimhe Gráinne Róisín', 'Oisín Cathal Ruairí Dónal Pádraig Cian', "O'Sullivan Kavanagh Donnelly MacNamara Fitzgerald Brennan Ó_Ceallaigh Quinlan Moriarty Keane Doherty Tierney"),
  cu('de', 'Anneliese Hannelore Jutta Heike Sabine Gudrun', 'Jürgen Wolfgang Dieter Torsten Uwe Günther', 'Müller Schröder Weißenborn Krüger Hoffmann Vogel Zimmermann Böhm Kästner Lindemann Graf Fuchs'),
  cu('fr', 'Maëlle Solène Océane Brigitte Amandine Léa', 'Aurélien Théo Benoît Gaël Loïc Hervé', 'Lefèvre Dubois Girard Rousseau Fontaine Chevalier Mercier Lambert Bonnet Faure Garnier Blanchard'),
  cu('es', 'Inmaculada Rocío Pilar Montserrat Nerea Begoña', 'Iñaki Álvaro Sergio Xavier Íñigo Jordi', 'García López Fernández Martínez Sánchez Ruiz Jiménez Navarro Iglesias Ortega Cabrera Castillo', false, true),
  cu('mx', 'Guadalupe Xóchitl Citlali Yesenia Araceli Paloma', 'Jesús Rigoberto Efraín Ulises Cuauhtémoc Refugio', 'Hernández Ramírez Cruz Flores Morales Reyes Gutiérrez Vázquez Mendoza Aguilar de_la_Cruz Ochoa', false, true),
  cu('pt', 'Conceição Thaís Luana Graça Fernanda Joana', 'João Thiago Gonçalo Rui Caio Wellington', 'Silva Santos Oliveira Souza Pereira Carvalho Rodrigues Almeida Costa Gonçalves Nascimento Barbosa', false, true),
  cu('it', 'Giuseppina Chiara Ilaria Federica Rosaria Benedetta', 'Gennaro Salvatore Matteo Lorenzo Vincenzo Pasquale', 'Esposito Russo Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini'),
  cu('nl', 'Femke Sanne Marieke Lieke Anouk Griet', 'Joost Sjoerd Pieter Bram Wouter Daan', 'de_Vries van_den_Berg Jansen Bakker Visser Smit Meijer de_Boer Mulder van_Dijk Bos Vos'),
  cu('pl', 'Małgorzata Agnieszka Katarzyna Grażyna Zofia Jadwiga', 'Łukasz Grzegorz Krzysztof Wojciech Przemysław Jakub', 'Kowalczyk Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Kozłowska Mazur'),
  cu('se', 'Ingrid Astrid Sigrid Linnéa Maja Solveig', 'Björn Sven Lars Gunnar Anders Henrik', 'Lindqvist Johansson Andersson Karlsson Nilsson Eriksson Bergström Sjöberg Lundgren Holmberg Åström Nyström'),
  cu('fi', 'Aino Tuulikki Satu Päivi Hanna Kaisa', 'Jukka Timo Pekka Väinö Eero Juha', 'Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salminen Rantanen'),
  cu('gr', 'Eleni Katerina Despina Vasiliki Georgia Athina', 'Giorgos Dimitris Konstantinos Nikos Stavros Panagiotis', 'Papadopoulos Georgiou Nikolaidis Karagiannis Vlachos Oikonomou Dimitriou Alexiou Christodoulou Makris Stavrou Pappas'),
  cu('tr', 'Ayşe Elif Zeynep Gülşen Şule Melek', 'Mehmet Mustafa Emre Oğuz Barış Hakan', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy'),
  cu('ar', 'Fatima Aisha Layla Mariam Noor Huda', 'Said Omar Khalid Youssef Tariq Hamza', 'Al-Mansouri Haddad Nasser Khoury Saleh Hamdan El-Sayed Abdullah Farouk Qureshi Mansour Darwish'),
  cu('fa', 'Shirin Parisa Nasrin Leila Mahsa Roya', 'Dariush Reza Kourosh Babak Arash Farhad', 'Tehrani Hosseini Rahimi Karimi Moradi Jafari Ahmadi Mohammadi Sadeghi Rostami Ebrahimi Naderi'),
  cu('hi', 'Priya Ananya Sunita Kavita Pooja Asha', 'Rajesh Arjun Vikram Sanjay Amit Rohit', 'Sharma Verma Gupta Agarwal Mehta Joshi Chauhan Malhotra Kapoor Saxena Bhatia Tiwari'),
  cu('ta', 'Lakshmi Meenakshi Kavitha Revathi Deepa Vani', 'Karthik Senthil Murugan Ramesh Suresh Venkatesh', 'Subramaniam Krishnan Raghavan Venkataraman Natarajan Iyer Pillai Nair Reddy Rao Menon Chandrasekaran'),
  cu('zh', 'Meiling Xiaoyan Lihua Jing Yan Fang', 'Wei Jun Hao Zhiqiang Jianguo Bo', 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun', true),
  cu('ja', 'Hanako Yuki Sakura Aiko Haruka Megumi', 'Takeshi Hiroshi Kenji Daisuke Shota Ryo', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada', true),
  cu('ko', 'Minji Seoyeon Jiwoo Hyejin Soojin Eunji', 'Minjun Jihoon Seojun Dongha Hyunwoo Jaesung', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin', true),
  cu('vi', 'Linh Huong Thao Ngoc Lan Mai', 'Minh Tuan Duc Hung Quang Khoa', 'Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ho Ngo Duong'),
  cu('ph', 'Maricel Rowena Jocelyn Analyn Cherry Lovely', 'Rodel Jomar Arnel Bong Reynaldo Dindo', 'Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Ramos Castro Garcia Manalo Pascual'),
  cu('ng', 'Adaeze Chioma Funmilayo Ngozi Folake Blessing', 'Chidi Oluwaseun Emeka Babatunde Obinna Tunde', 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Olawale Chukwu Obi Ogunleye Akande'),
  cu('ke', 'Wanjiru Amani Zawadi Neema Akinyi Nyokabi', 'Baraka Juma Kamau Otieno Mwangi Kipchoge', 'Mwangi Odhiambo Kariuki Wambua Njoroge Achieng Kiprono Mutua Onyango Chege Wanjala Kimani'),
  cu('ru', 'Svetlana Olena Tatiana Natalia Oksana Yulia', 'Dmitri Oleksandr Sergei Mykola Andrei Bohdan', 'Ivanov Shevchenko Petrov Kovalenko Smirnov Bondarenko Volkov Melnyk Kuznetsov Tkachenko Sokolov Popova'),
  cu('he', 'Noa Tamar Shira Yael Michal Ayelet', 'Avi Eitan Yossi Oren Nadav Itai', 'Cohen Levi Mizrahi Peretz Biton Friedman Avraham Shapiro Katz Dahan Ben-David Goldberg'),
  cu('hu', 'Erzsébet Zsófia Katalin Ildikó Hajnalka Réka', 'László Zoltán Gábor Attila Bence Levente', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp', true),
];
const CULT = new Map(CULTURES.map((c) => [c.id, c]));

interface Person {
  readonly given: string;
  readonly family: string;
  readonly female: boolean;
  readonly c: Culture;
}

function mkPerson(r: Rng, ids: readonly string[]): Person {
  const c = CULT.get(r.pick(ids)) ?? at(CULTURES, 0);
  const female = r.chance(0.55);
  const given = r.pick(female ? c.f : c.m);
  let family = r.pick(c.s);
  if (c.double && r.chance(0.5)) {
    const second = r.pick(c.s);
    if (second !== family) family = `${family} ${second}`;
  }
  return { given, family, female, c };
}
function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}
type NameForm = 'full' | 'rev' | 'caps' | 'init' | 'sur' | 'giv' | 'lower' | 'capsfull';
function nameAs(p: Person, f: NameForm): string {
  switch (f) {
    case 'full': return fullName(p);
    case 'rev': return `${p.family}, ${p.given}`;
    case 'caps': return `${p.family.toUpperCase()}, ${p.given}`;
    case 'capsfull': return `${p.given.toUpperCase()} ${p.family.toUpperCase()}`;
    case 'init': return `${p.given.charAt(0)}. ${p.family}`;
    case 'sur': return p.family;
    case 'giv': return p.given;
    case 'lower': return fullName(p).toLowerCase();
  }
}
function hon(r: Rng, p: Person, lang = 'en'): string {
  const t: Record<string, [string, string]> = {
    en: [r.pick(['Ms. ', 'Mrs. ', 'Ms ', 'Mrs ']), r.pick(['Mr. ', 'Mr '])],
    de: ['Frau ', 'Herr '], fr: ['Mme ', 'M. '], es: ['Sra. ', 'Sr. '], it: ['Sig.ra ', 'Sig. '],
    nl: ['mevrouw ', 'de heer '], pt: ['Sra. ', 'Sr. '], pl: ['Pani ', 'Pan '], sv: ['', ''],
  };
  const pair = t[lang] ?? t.en ?? ['', ''];
  return p.female ? pair[0] : pair[1];
}

/** Native-script names for the Japanese, Korean and Chinese documents. */
const JA_S = '佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 吉田 山口'.split(' ');
const JA_G = '花子 健太 美咲 大輔 由美 翔太 陽菜 拓也 恵子 直樹 真由美 亮'.split(' ');
const KO_S = '김 이 박 최 정 강 조 윤 장 임'.split(' ');
const KO_G = '민준 서연 지우 현우 수진 은지 도윤 하은 재성 예린'.split(' ');
const ZH_S = '王 李 张 刘 陈 杨 黄 赵 吴 周'.split(' ');
const ZH_G = '伟 芳 娜 秀英 敏 静 强 磊 丽华 建国'.split(' ');

// ---------------------------------------------------------------------------------------------------------
// Dates, written the way each country writes them

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
function date(r: Rng, y1: number, y2: number): Ymd {
  const m = r.int(1, 12);
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 28;
  return { y: r.int(y1, y2), m, d: r.int(1, dim) };
}
const dob = (r: Rng): Ymd => date(r, 1928, 2019);
const recent = (r: Rng): Ymd => date(r, 2023, 2026);
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
};
function mon(lang: string, m: number): string {
  return at(MONTHS[lang] ?? [], m - 1);
}
/** A date in the style of a country; several realistic variants per style. */
function fd(r: Rng, x: Ymd, style: string): string {
  const { y, m, d } = x;
  const en = mon('en', m);
  switch (style) {
    case 'US': return r.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${en} ${d}, ${y}`, `${en.slice(0, 3)} ${d}, ${y}`, `${pad(m)}-${pad(d)}-${y}`]);
    case 'UK': case 'IE': case 'AU': case 'ZA': case 'NG': case 'KE': case 'AE':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${en} ${y}`, `${d} ${en.slice(0, 3)} ${y}`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'DE': case 'AT': case 'CH': return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'FR': return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'ES': case 'MX': return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`, `${d}/${m}/${y}`]);
    case 'IT': return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]);
    case 'NL': return r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'PT': case 'BR': return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'PL': return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon('pl', m)} ${y} r.`]);
    case 'SE': return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${mon('sv', m)} ${y}`]);
    case 'CA': return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${en} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'IN': return r.pick([`${pad(d)}-${pad(m)}-${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d} ${en.slice(0, 3)} ${y}`]);
    case 'JP': return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'KR': return r.pick([`${y}년 ${m}월 ${d}일`, `${y}. ${m}. ${d}.`, `${y}-${pad(m)}-${pad(d)}`]);
    case 'CN': return `${y}年${m}月${d}日`;
    default: return `${y}-${pad(m)}-${pad(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Phones

const NUM_WORDS = 'zero one two three four five six seven eight nine'.split(' ');
function usPhone(r: Rng): string {
  const a = r.pick(['212', '415', '617', '312', '503', '404', '713', '602', '919', '208', '207', '907', '808', '651', '206', '303', '470', '347', '929', '512']);
  const e = `${r.int(2, 9)}${r.digits(2)}`;
  const s = r.digits(4);
  return r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `+1 ${a} ${e} ${s}`, `1-${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`, `${a} ${e} ${s}`]);
}
function tollFree(r: Rng): string {
  const p = r.pick(['800', '888', '877', '866', '855']);
  return r.pick([`1-${p}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `(${p}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]);
}
function spokenPhone(r: Rng): string {
  const ds = `${r.pick(['4', '6', '3', '7', '5'])}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}`;
  const w = (s: string): string => [...s].map((c) => (c === '0' && r.chance(0.4) ? 'oh' : at(NUM_WORDS, Number(c)))).join(' ');
  return `${w(ds.slice(0, 3))}, ${w(ds.slice(3, 6))}, ${w(ds.slice(6))}`;
}
const PHONES: Readonly<Record<string, (r: Rng) => string>> = {
  US: usPhone,
  CA: usPhone,
  UK: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `0113 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, `+44 (0)161 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, `01865 ${r.digits(6)}`]),
  IE: (r) => r.pick([`08${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.pick(['5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `01 ${r.digits(3)} ${r.digits(4)}`, `(021) ${r.digits(3)} ${r.digits(4)}`]),
  DE: (r) => r.pick([`030 ${nz(r, 8)}`, `+49 30 ${nz(r, 8)}`, `0171 ${nz(r, 7)}`, `+49 (0)89 ${r.digits(4)} ${r.digits(3)}`, `0221/${nz(r, 6)}`, `+49 152 ${nz(r, 8)}`, `0761 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  AT: (r) => r.pick([`+43 1 ${nz(r, 7)}`, `0664 ${nz(r, 7)}`, `+43 664 ${r.digits(3)} ${r.digits(4)}`, `0662 ${nz(r, 6)}`]),
  CH: (r) => r.pick([`044 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`, `+41 79 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`, `+41 (0)22 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`, `078 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`]),
  FR: (r) => r.pick([`0${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 ${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `0${r.int(6, 7)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]),
  ES: (r) => r.pick([`9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  IT: (r) => r.pick([`06 ${r.digits(4)} ${r.digits(4)}`, `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `02 ${r.digits(8)}`, `3${r.digits(2)} ${r.digits(7)}`, `081 ${r.digits(3)} ${r.digits(4)}`]),
  NL: (r) => r.pick([`020-${nz(r, 7)}`, `+31 6 ${nz(r, 8)}`, `06-${nz(r, 8)}`, `030 ${r.digits(3)} ${r.digits(4)}`, `+31 (0)10 ${r.digits(3)} ${r.digits(4)}`]),
  PL: (r) => r.pick([`+48 ${r.pick(['5', '6', '7', '8'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `${r.pick(['5', '6', '7'])}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]),
  SE: (r) => r.pick([`08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `073-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `031-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  PT: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`, `9${r.pick(['1', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`]),
  BR: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 ${nz(r, 4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`, `+55 (41) 9${r.digits(4)}-${r.digits(4)}`]),
  MX: (r) => r.pick([`55 ${r.digits(4)} ${r.digits(4)}`, `+52 55 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`, `+52 1 81 ${r.digits(4)} ${r.digits(4)}`]),
  AU: (r) => r.pick([`(02) ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(03) 9${r.digits(3)} ${r.digits(4)}`, `+61 7 3${r.digits(3)} ${r.digits(4)}`]),
  IN: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `011-${r.int(2, 4)}${r.digits(3)} ${r.digits(4)}`, `+91-80-${r.digits(4)}-${r.digits(4)}`, `7${r.digits(9)}`]),
  JP: (r) => r.pick([`03-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`, `080(${r.digits(4)})${r.digits(4)}`]),
  KR: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `031-${r.digits(3)}-${r.digits(4)}`]),
  CN: (r) => r.pick([`138 ${r.digits(4)} ${r.digits(4)}`, `+86 139 ${r.digits(4)} ${r.digits(4)}`, `010-${r.digits(8)}`, `021-${r.digits(4)} ${r.digits(4)}`]),
  ZA: (r) => r.pick([`082 ${r.digits(3)} ${r.digits(4)}`, `+27 21 ${r.digits(3)} ${r.digits(4)}`, `011 ${r.digits(3)} ${r.digits(4)}`, `+27 83 ${r.digits(3)} ${r.digits(4)}`]),
  AE: (r) => r.pick([`+971 50 ${r.digits(3)} ${r.digits(4)}`, `04 ${r.digits(3)} ${r.digits(4)}`, `055-${r.digits(7)}`, `+971 2 ${r.digits(3)} ${r.digits(4)}`]),
  NG: (r) => r.pick([`+234 803 ${r.digits(3)} ${r.digits(4)}`, `0806 ${r.digits(3)} ${r.digits(4)}`, `0907-${r.digits(3)}-${r.digits(4)}`, `+234 (0)1 ${r.digits(3)} ${r.digits(4)}`]),
  KE: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `020 ${r.digits(3)} ${r.digits(4)}`]),
};
function phone(r: Rng, cc: string): string {
  return (PHONES[cc] ?? usPhone)(r);
}

// ---------------------------------------------------------------------------------------------------------
// Postal addresses: lines of a full address (no recipient, no company)

function ukPostcode(r: Rng, area: string): string {
  return `${area}${r.int(1, 19)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}
const ADDR: Readonly<Record<string, (r: Rng) => string[]>> = {
  US: (r) => {
    const [city, st, zp] = r.pick([['Springfield', 'IL', '627'], ['Tucson', 'AZ', '857'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Albany', 'NY', '122'], ['Fresno', 'CA', '937'], ['Tacoma', 'WA', '984'], ['Omaha', 'NE', '681'], ['Savannah', 'GA', '314'], ['Duluth', 'MN', '558'], ['Bangor', 'ME', '044'], ['El Paso', 'TX', '799'], ['Hartford', 'CT', '061']] as const);
    const street = `${r.int(2, 9899)} ${r.pick(['Maple Ridge Dr', 'Old Mill Rd', 'Cedar Hollow Ln', 'W 34th St', 'Sycamore Ave', 'Juniper Ct', 'Lakeview Blvd', 'Orchard Way', 'N Halsted St', 'Pine Knoll Ct', 'Route 9', 'E Washington St', 'Magnolia Terrace'])}`;
    const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(100, 999)}`, `#${r.int(2, 30)}`]) : '';
    const zip = `${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
    const lines = unit && r.chance(0.5) ? [street, unit] : [unit ? `${street}, ${unit}` : street];
    if (r.chance(0.15)) return [`PO Box ${r.int(10, 9999)}`, `${city}, ${st} ${zip}`];
    return [...lines, `${city}, ${st} ${zip}`];
  },
  UK: (r) => {
    const [town, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Sheffield', 'S'], ['Glasgow', 'G'], ['Exeter', 'EX'], ['Leicester', 'LE'], ['Brighton', 'BN'], ['York', 'YO']] as const);
    const street = `${r.int(1, 220)} ${r.pick(['Ashdown Road', 'Mill Lane', 'Kingsway', 'Brunswick Terrace', 'Holly Close', 'Station Approach', 'Abbey Gardens', 'Whitworth Street', 'Tanners Row', 'Chapel Walk'])}`;
    const pre = r.chance(0.3) ? [r.pick([`Flat ${r.int(1, 24)}`, `Flat ${r.int(1, 9)}${r.pick(['A', 'B'])}`, `${r.pick(['Rosemary', 'Orchard', 'Weavers'])} Cottage`])] : [];
    return [...pre, street, ...(r.chance(0.3) ? [r.pick(['Headingley', 'Clifton', 'Roath', 'Heavitree', 'Hove'])] : []), town, ukPostcode(r, area)];
  },
  IE: (r) => {
    const [town, key] = r.pick([['Dublin 11', 'D11'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'], ['Dublin 6W', 'D6W']] as const);
    return [`${r.int(1, 90)} ${r.pick(['Glasnevin Avenue', 'Ard na Gréine', 'Castle Park', 'Sráid an Mhuilinn', 'Oakfield Drive'])}`, town, `${key} ${alnum(r, 4)}`];
  },
  DE: (r) => {
    const [pz, city] = r.pick([['10', 'Berlin'], ['80', 'München'], ['20', 'Hamburg'], ['50', 'Köln'], ['04', 'Leipzig'], ['79', 'Freiburg im Breisgau'], ['01', 'Dresden'], ['28', 'Bremen'], ['34', 'Kassel']] as const);
    const l = [`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Hauptstraße', 'Birkenweg', 'Schillerplatz', 'Kastanienallee', 'Bahnhofstr.', 'Zum Feldrain'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`];
    if (r.chance(0.2)) l.push(r.pick(['Hinterhaus', `${r.int(1, 5)}. OG`]));
    return [...l, `${pz}${r.digits(3)} ${city}`];
  },
  AT: (r) => [`${r.pick(['Mariahilfer Straße', 'Getreidegasse', 'Landstraßer Hauptstraße', 'Herrengasse', 'Annenstraße'])} ${r.int(1, 120)}/${r.int(1, 9)}${r.chance(0.4) ? `/${r.int(1, 30)}` : ''}`, r.pick(['1070 Wien', '5020 Salzburg', '8010 Graz', '6020 Innsbruck', '4020 Linz'])],
  CH: (r) => [`${r.pick(['Bahnhofstrasse', 'Rue de Lausanne', 'Seefeldstrasse', 'Via Nassa', 'Spalenberg'])} ${r.int(1, 99)}`, r.pick(['8001 Zürich', '1201 Genève', '3011 Bern', '4051 Basel', '6900 Lugano', '9000 St. Gallen'])],
  FR: (r) => {
    const pre = r.chance(0.3) ? [r.pick([`Bât. ${letters(r, 1, 'ABCDE')}, appt ${r.int(1, 80)}`, 'Résidence Les Tilleuls'])] : [];
    return [...pre, `${r.int(1, 180)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'chemin de la Croix', 'place du Marché', 'allée des Cerisiers'])}`, r.pick(['69002 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg', '33800 Bordeaux', '59000 Lille', '35000 Rennes'])];
  },
  ES: (r) => [`${r.pick(['Calle de Toledo', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Paseo de la Castellana', 'Calle Mayor', 'Rúa do Franco', 'Calle Sierpes'])}, ${r.int(1, 240)}${r.chance(0.6) ? `, ${r.int(1, 9)}º ${letters(r, 1, 'ABCD')}` : ''}`, r.pick(['28005 Madrid', '08013 Barcelona', '41003 Sevilla', '46001 València', '48001 Bilbao', '15702 Santiago de Compostela', '29016 Málaga'])],
  IT: (r) => [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza del Popolo', 'Viale Monza', 'Via dei Mille', 'Via Toledo', 'Borgo Pinti'])} ${r.int(1, 300)}${r.pick(['', '', '/A', ' int. 4'])}`, r.pick(['20121 Milano MI', '80133 Napoli NA', '00185 Roma RM', '10121 Torino TO', '40126 Bologna BO', '90133 Palermo PA', '50123 Firenze FI'])],
  NL: (r) => [`${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Laan van Meerdervoort', 'Dorpsstraat', 'Vondelstraat'])} ${r.int(1, 600)}${r.pick(['', '', '-2', 'A', ' hs'])}`, `${r.int(1011, 9999)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Rotterdam', 'Groningen', 'Eindhoven', 'Zwolle'])}`],
  BE: (r) => [`${r.pick(['Rue de la Loi', 'Meir', 'Chaussée de Waterloo', 'Veldstraat'])} ${r.int(1, 200)}${r.chance(0.3) ? ` bte ${r.int(1, 12)}` : ''}`, r.pick(['1000 Bruxelles', '2000 Antwerpen', '1180 Uccle', '9000 Gent', '4000 Liège'])],
  PL: (r) => [`${r.pick(['ul. Marszałkowska', 'ul. Długa', 'al. Jana Pawła II', 'ul. Piotrkowska', 'os. Tysiąclecia'])} ${r.int(1, 150)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, r.pick(['00-514 Warszawa', '31-008 Kraków', '80-831 Gdańsk', '50-077 Wrocław', '61-814 Poznań', '90-136 Łódź'])],
  SE: (r) => [`${r.pick(['Storgatan', 'Vasagatan', 'Kungsgatan', 'Drottninggatan', 'Björkvägen'])} ${r.int(1, 90)}${r.chance(0.3) ? ` lgh ${r.int(1001, 1404)}` : ''}`, r.pick(['114 51 Stockholm', '411 38 Göteborg', '211 22 Malmö', '753 20 Uppsala', '903 26 Umeå'])],
  PT: (r) => [`${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua de Santa Catarina', 'Largo do Rato'])} ${r.int(1, 300)}${r.chance(0.5) ? `, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.'])}` : ''}`, r.pick(['1100-053 Lisboa', '4000-443 Porto', '3000-150 Coimbra', '8000-148 Faro', '4700-031 Braga'])],
  BR: (r) => [`${r.pick(['Rua das Laranjeiras', 'Av. Paulista', 'Rua XV de Novembro', 'Rua da Bahia', 'Av. Sete de Setembro'])}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 1504)}` : ''}`, r.pick(['Laranjeiras, Rio de Janeiro - RJ', 'Bela Vista, São Paulo - SP', 'Centro, Curitiba - PR', 'Savassi, Belo Horizonte - MG', 'Barra, Salvador - BA']), `${r.digits(5)}-${r.digits(3)}`],
  MX: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta', 'Calle 5 de Mayo', 'Blvd. Díaz Ordaz'])} ${r.int(1, 3500)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}`, r.pick(['Col. Del Valle', 'Col. Centro', 'Col. Americana', 'Col. Roma Norte']), r.pick(['03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '64000 Monterrey, N.L.', '72000 Puebla, Pue.'])],
  CA: (r) => {
    const [city, fsa] = r.pick([['Toronto, ON', 'M5H'], ['Montréal, QC', 'H2K'], ['Vancouver, BC', 'V6B'], ['Halifax, NS', 'B3H'], ['Winnipeg, MB', 'R3C'], ['Calgary, AB', 'T2P']] as const);
    return [`${r.chance(0.3) ? `${r.int(101, 2405)}-` : ''}${r.int(10, 4000)} ${r.pick(['Queen St W', 'rue Sherbrooke Est', 'Elm Avenue', 'Robson St', 'Spring Garden Rd', '17 Ave SW'])}`, `${city} ${fsa} ${r.int(0, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`];
  },
  AU: (r) => [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}/` : ''}${r.int(1, 250)} ${r.pick(['Wattle Street', 'Beach Road', 'Jacaranda Crescent', 'Bourke St', 'Gympie Terrace', 'Stirling Hwy'])}`, r.pick(['Newtown NSW 2042', 'Fitzroy VIC 3065', 'Fortitude Valley QLD 4006', 'Fremantle WA 6160', 'Glenelg SA 5045', 'Sandy Bay TAS 7005'])],
  IN: (r) => r.pick([
    [`Flat ${r.int(101, 1204)}, ${r.pick(['Shanti', 'Sai Krupa', 'Green Glen'])} Apartments`, `${r.int(1, 20)}th Cross Road, Indiranagar`, `Bengaluru 5600${r.int(10, 99)}`],
    [`H.No. ${r.int(1, 20)}-${r.int(1, 9)}-${r.int(10, 600)}, Gudimalkapur`, `Hyderabad, Telangana 5000${r.int(10, 99)}`],
    [`B-${r.int(1, 200)}, Sector ${r.int(10, 140)}`, `Noida, Uttar Pradesh 2013${r.digits(2)}`],
    [`${r.int(1, 90)}, ${r.pick(['Nehru Street', 'Usman Road', 'Bazullah Road'])}, T. Nagar`, `Chennai 6000${r.int(10, 40)}`],
  ]),
  ZA: (r) => r.pick([[`${r.int(1, 200)} Kloof Street`, 'Gardens', 'Cape Town', '8001'], [`${r.int(1, 200)} Jan Smuts Avenue`, 'Rosebank', 'Johannesburg', '2196'], [`${r.int(1, 90)} Florida Road`, 'Morningside', 'Durban', '4001']]),
  AE: (r) => r.pick([[`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}, Al Barsha 2`, 'Dubai, United Arab Emirates'], [`Apartment ${r.int(101, 4205)}, Marina Heights Tower`, 'Dubai Marina, Dubai'], [`P.O. Box ${r.int(1000, 99999)}`, 'Abu Dhabi, UAE']]),
  NG: (r) => r.pick([[`${r.int(1, 90)} Adeola Odeku Street, Victoria Island`, 'Lagos 101241'], [`Plot ${r.int(1, 900)}, Aminu Kano Crescent, Wuse II`, 'Abuja 904101'], [`${r.int(1, 60)} Awolowo Road, Ikoyi`, 'Lagos']]),
  KE: (r) => [`${r.pick(['Ngong Road, Kilimani', 'Argwings Kodhek Road, Hurlingham', 'Moi Avenue'])}`, `P.O. Box ${r.int(1000, 99999)}-00100`, 'Nairobi'],
  JP: (r) => [`${r.chance(0.4) ? `Room ${r.int(101, 1208)}, ` : ''}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Shibuya', 'Nishi-Shinjuku', 'Umeda', 'Sakae'])}`, `${r.pick(['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka', 'Naka-ku, Nagoya'])} ${r.digits(3)}-${r.digits(4)}`],
  KR: (r) => [`${r.int(1, 500)} ${r.pick(['Teheran-ro', 'Sejong-daero', 'Haeundae-ro', 'Olympic-ro'])}, ${r.pick(['Gangnam-gu', 'Jung-gu', 'Haeundae-gu', 'Songpa-gu'])}`, `${r.pick(['Seoul', 'Busan'])} 0${r.digits(4)}`],
};
function addr(r: Rng, cc: string): string[] {
  return (ADDR[cc] ?? ADDR.US ?? ((): string[] => []))(r);
}
/** A full address whose first line is a street (no PO box), for places people go to. */
function streetAddr(r: Rng, cc: string): string[] {
  for (;;) {
    const a = addr(r, cc);
    if (!/^P\.?O\.? Box/i.test(a[0] ?? '')) return a;
  }
}
function rel(r: Rng, p: Person, fem: readonly string[], male: readonly string[]): string {
  return r.pick(p.female ? fem : male);
}
function jaAddr(r: Rng): string {
  return `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区渋谷', '東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神'])}${r.int(1, 5)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`;
}
function koAddr(r: Rng): string {
  return `(${r.digits(5)}) ${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 해운대로', '경기도 성남시 분당구 판교역로'])} ${r.int(1, 400)}, ${r.int(101, 1805)}호`;
}
function zhAddr(r: Rng): string {
  return `${r.pick(['上海市浦东新区张杨路', '北京市朝阳区建国路', '广州市天河区体育西路', '成都市武侯区人民南路'])}${r.int(1, 900)}号${r.int(1, 30)}栋${r.int(101, 2405)}室`;
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').replace(/æ/g, 'ae')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}
const FREEMAIL: Readonly<Record<string, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  UK: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  ES: ['gmail.com', 'telefonica.net', 'hotmail.es'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com'],
  JP: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'gmail.com'],
};
function email(r: Rng, p: Person | undefined, cc = 'US'): string {
  const dom = r.pick(FREEMAIL[cc] ?? ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com']);
  if (!p) return `${r.pick(['sunflower', 'blue.heron', 'nightowl', 'kayak', 'trailmix'])}${r.int(10, 9999)}@${dom}`;
  const g = ascii(p.given) || 'user';
  const f = ascii(p.family) || 'mail';
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}_${g}`, `${g}.${f.charAt(0)}${r.int(60, 99)}`, `${f}.${g}`]);
  return `${local}@${dom}`;
}
function spokenEmail(p: Person): string {
  return `${ascii(p.given)} dot ${ascii(p.family)} at gmail dot com`;
}
function orgEmail(r: Rng, dom: string): string {
  return `${r.pick(['appointments', 'billing', 'records', 'priorauth', 'support', 'claims', 'referrals', 'pharmacy', 'info', 'noreply', 'patientservices', 'medicalrecords'])}@${dom}`;
}

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 19);
  let pre: string;
  let len = 16;
  if (k < 7) { pre = '4'; len = r.chance(0.05) ? 13 : r.chance(0.05) ? 19 : 16; }
  else if (k < 10) pre = String(r.int(51, 55));
  else if (k < 11) pre = String(r.int(2221, 2720));
  else if (k < 14) { pre = r.pick(['34', '37']); len = 15; }
  else if (k < 16) pre = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k < 17) { pre = String(r.int(3528, 3589)); }
  else if (k < 18) { pre = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; }
  else { pre = '62'; len = r.chance(0.3) ? 19 : 16; }
  return luhnComplete(pre + r.digits(len - 1 - pre.length));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '' || d.length === 17 || d.length === 18) return d;
  const groups = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [4, 4, 5] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const g of groups) { out.push(d.slice(i, i + g)); i += g; }
  return out.join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  const bad = d.slice(0, -1) + String((last + r.int(1, 9)) % 10);
  return groupCard(r, bad);
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(3)} •••• •••• ${r.digits(4)}`]);
}

const IBAN_BBAN: Readonly<Record<string, (r: Rng) => string>> = {
  GB: (r) => letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + refDigits(r, 14),
  IE: (r) => letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + refDigits(r, 14),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + r.digits(10),
  IT: (r) => letters(r, 1) + refDigits(r, 22),
  MT: (r) => letters(r, 4) + r.digits(5) + alnum(r, 18),
};
function iban(r: Rng, cc: string, opts: { compact?: boolean; lower?: boolean } = {}): string {
  const len = IBAN_LENGTHS[cc];
  if (len === undefined) throw new Error(`no IBAN length for ${cc}`);
  const bban = (IBAN_BBAN[cc] ?? ((x: Rng) => x.digits(len - 4)))(r);
  let rem = 0;
  for (const ch of `${bban}${cc}00`) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  const compact = `${cc}${pad(98 - rem)}${bban}`;
  if (!ibanMod97Valid(compact) || compact.length !== len) throw new Error(`IBAN generation failed ${compact}`);
  const compactOut = opts.compact ?? r.chance(0.25);
  let s = compactOut ? compact : (compact.match(/.{1,4}/g) ?? []).join(' ');
  if (opts.lower ?? r.chance(0.05)) s = s.toLowerCase();
  return s;
}
function badIban(r: Rng, cc: string): string {
  const good = iban(r, cc, { compact: false, lower: false }).replace(/ /g, '');
  for (;;) {
    const ck = pad(r.int(2, 98));
    const bad = good.slice(0, 2) + ck + good.slice(4);
    if (!ibanMod97Valid(bad)) return (bad.match(/.{1,4}/g) ?? []).join(' ');
  }
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
function maskedSsn(r: Rng): string {
  return r.pick([`XXX-XX-${r.digits(4)}`, `***-**-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
}
function badSsn(r: Rng): string {
  return r.pick([`000-${r.digits(2)}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${r.digits(4)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.pick(['70', '78', '83', '91'])}-${r.digits(4)}`, `${nz(r, 3)}-00-${r.digits(4)}`]);
}
function ipv4(r: Rng): string {
  const k = r.int(0, 3);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([24, 31, 46, 73, 81, 98, 104, 142, 151, 172, 185, 203, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const pre = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2405:6580', '2a01:e0a', 'fd12:3456']);
  const k = r.int(0, 2);
  if (k === 0) return `${pre}:${h()}:${h()}::${h()}`;
  if (k === 1) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return `fe80::${h()}:${h()}:${h()}:${h()}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------------
// Distractors

const npi = (r: Rng): string => `${r.int(1, 2)}${r.digits(9)}`;
const ein = (r: Rng): string => `${r.digits(2)}-${r.digits(7)}`;
const claimNo = (r: Rng): string => r.pick([`CLM-${r.int(2023, 2026)}-${r.digits(7)}`, `${r.digits(3)}${letters(r, 2)}${r.digits(8)}`, `E${r.digits(11)}`]);
const memberId = (r: Rng): string => r.pick([`${letters(r, 3)}${r.digits(9)}`, `W${r.digits(10)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`]);
const mrn = (r: Rng): string => r.pick([`MRN ${r.digits(8)}`, `${r.digits(7)}`, `H${r.digits(9)}`]);
const ICD = ['E11.9', 'I10', 'M54.5', 'J45.909', 'Z79.4', 'K50.90', 'F32.1', 'N18.3', 'C81.90', 'G20', 'M17.11', 'E05.00', 'G51.0', 'R07.9', 'O24.419'];
const CPT = ['99213', '71046', '80053', '93000', '97110', '70553', '36415', '85025', '99285', '29881'];
const EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Bell's palsy", "a Baker's cyst", "Graves' disease", "Hashimoto's thyroiditis", "Alzheimer's disease", "Lou Gehrig's disease", "Cushing syndrome", "Addison's disease", "Raynaud's phenomenon", "Sjögren's syndrome", "Down syndrome", "Guillain-Barré syndrome", "Ménière's disease", "Tourette syndrome", "Osgood-Schlatter disease"];
const EPON_TOOLS = ['Holter monitor', 'Foley catheter', 'Apgar score', 'Glasgow Coma Scale', 'Epley manoeuvre', 'Pap smear', 'Doppler ultrasound', 'Babinski sign', 'Gram stain', 'Heimlich manoeuvre', "Murphy's sign", 'Snellen chart'];
const DRUGS = ['metformin 500 mg', 'lisinopril 10 mg', 'atorvastatin 40 mg', 'adalimumab 40 mg/0.4 mL', 'semaglutide 1 mg', 'levothyroxine 75 mcg', 'apixaban 5 mg', 'sertraline 50 mg', 'insulin glargine 100 U/mL', 'methotrexate 2.5 mg', 'amoxicillin 875 mg', 'dupilumab 300 mg'];
const ORGS = ['Hope Medical Group', 'Grant Medical Center', 'Mayo Clinic', 'St. Jude', 'Kaiser Permanente', 'Walgreens', 'Rose Valley Health', 'Baker Street Surgery', 'Johns Hopkins Hospital', 'Cedars-Sinai', 'Florence Nightingale Wing', 'Mercy West Hospital', 'Harborview Imaging', 'Northgate Pharmacy', 'Boots', 'CVS', 'Lindqvist Apotek'];
/** A long reference number (policy, trace, CLABE …) that is never Luhn-valid, so it cannot pass for a card. */
function refDigits(r: Rng, n: number): string {
  const d = r.digits(n);
  return luhnValid(d) ? d.slice(0, -1) + String((Number(d.slice(-1)) + 1) % 10) : d;
}
const tsIso = (r: Rng): string => { const x = recent(r); return `${x.y}-${pad(x.m)}-${pad(x.d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`; };
const time = (r: Rng): string => r.pick([`${r.int(7, 11)}:${r.pick(['00', '15', '30', '45'])} am`, `${r.int(1, 5)}:${r.pick(['00', '20', '40'])} pm`, `${r.int(8, 17)}:${r.pick(['00', '15', '30', '45'])}`]);

// ---------------------------------------------------------------------------------------------------------
// Templates

const CC_CULT: Readonly<Record<string, readonly string[]>> = {
  US: ['enUS', 'enUS', 'enUS', 'mx', 'zh', 'vi', 'ko', 'ph', 'hi', 'ng', 'ar', 'ie', 'it', 'pl', 'ru', 'he', 'fa'],
  UK: ['enGB', 'enGB', 'ie', 'hi', 'ta', 'ng', 'pl', 'ar', 'zh', 'gr', 'tr', 'enUS'],
  IE: ['ie', 'ie', 'enGB', 'pl', 'ng'],
  DE: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr', 'ar', 'fa'],
  AT: ['de', 'de', 'tr', 'hu'],
  CH: ['de', 'fr', 'it', 'pt'],
  FR: ['fr', 'fr', 'ar', 'pt', 'vi'],
  BE: ['fr', 'nl', 'ar'],
  ES: ['es', 'es', 'mx', 'ar'],
  IT: ['it', 'it', 'ru'],
  NL: ['nl', 'nl', 'tr', 'ar'],
  PL: ['pl'],
  SE: ['se', 'se', 'fi', 'fa', 'ar'],
  PT: ['pt'],
  BR: ['pt', 'pt', 'ja', 'it'],
  MX: ['mx'],
  CA: ['enUS', 'fr', 'zh', 'ta', 'ph'],
  AU: ['enGB', 'zh', 'vi', 'gr', 'hi'],
  IN: ['hi', 'ta'],
  JP: ['ja'],
  KR: ['ko'],
  ZA: ['enGB', 'ng', 'ke'],
  AE: ['ar', 'hi', 'ph', 'fa'],
  NG: ['ng'],
  KE: ['ke'],
};
const ENGLISH_CC = ['US', 'UK', 'IE', 'CA', 'AU', 'IN', 'ZA', 'AE', 'NG', 'KE'];
const P = (r: Rng, cc: string): Person => mkPerson(r, CC_CULT[cc] ?? ['enUS']);

type Tpl = (d: Doc, r: Rng) => void;

/** `label: value` on its own line. */
function kv(d: Doc, label: string, type: PiiType, value: string, end = '\n'): void {
  d.t(`${label}`).l(type, value).t(end);
}
function name(d: Doc, p: Person, f: NameForm): Doc {
  return d.l('PERSON', nameAs(p, f));
}
function address(d: Doc, cc: string, sep = '\n'): Doc {
  return d.l('ADDRESS', addr(d.r, cc).join(sep));
}
function clinician(r: Rng, cc: string): Person {
  return P(r, cc);
}
function eponym(r: Rng): string {
  return r.pick(EPONYMS);
}

// ---- United States --------------------------------------------------------------------------------------

const usClaimForm: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const ins = r.chance(0.5) ? pt : P(r, 'US');
  const ref = clinician(r, 'US');
  d.t(`HEALTH INSURANCE CLAIM FORM   APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12\n`);
  d.t(`1a. INSURED'S I.D. NUMBER   ${memberId(r)}\n2. PATIENT'S NAME (Last Name, First Name)   `);
  name(d, pt, 'caps').t('\n3. PATIENT\'S BIRTH DATE  ');
  const b = dob(r);
  d.l('DOB', `${pad(b.m)} ${pad(b.d)} ${b.y}`).t(`   SEX ${pt.female ? 'F' : 'M'}\n5. PATIENT'S ADDRESS (No., Street)\n`);
  address(d, 'US').t('\nTELEPHONE (Include Area Code)  ').l('PHONE', usPhone(r)).t('\n');
  if (ins !== pt) {
    d.t('4. INSURED\'S NAME  ');
    name(d, ins, 'caps').t('\n6. PATIENT RELATIONSHIP TO INSURED  ').t(r.pick(['Spouse', 'Child', 'Other'])).t('\n11a. INSURED\'S DATE OF BIRTH  ');
    const ib = dob(r);
    d.l('DOB', `${pad(ib.m)} ${pad(ib.d)} ${ib.y}`).t('\n');
  } else d.t('4. INSURED\'S NAME  SAME\n');
  if (r.chance(0.75)) kv(d, 'SSN (if required by plan): ', 'NATIONAL_ID', ssn(r));
  d.t(`11. INSURED'S POLICY GROUP OR FECA NUMBER  ${r.digits(5)}-${letters(r, 1)}\n12. SIGNATURE ON FILE   DATE ${fd(r, recent(r), 'US')}\n`);
  d.t(`14. DATE OF CURRENT ILLNESS  ${pad(r.int(1, 12))} ${pad(r.int(1, 28))} ${r.int(2024, 2026)}   QUAL 431\n17. DN  `);
  name(d, ref, r.pick(['full', 'capsfull'])).t(` MD   17b. NPI ${npi(r)}\n21. ICD Ind. 0   A. ${r.pick(ICD)}   B. ${r.pick(ICD)}\n`);
  d.t(`24. ${pad(r.int(1, 12))} ${pad(r.int(1, 28))} ${pad(r.int(24, 26))}  11  ${r.pick(CPT)}  A  $${money(r, 80, 900)}  1  NPI ${npi(r)}\n`);
  d.t(`25. FEDERAL TAX I.D. NUMBER  ${ein(r)}  [EIN]   26. PATIENT'S ACCOUNT NO. ${r.digits(9)}\n33. BILLING PROVIDER INFO & PH #  `).l('PHONE', usPhone(r)).t(`\n${r.pick(ORGS)}\n`);
  address(d, 'US');
};

const usEob: Tpl = (d, r) => {
  const m = P(r, 'US');
  const dep = P(r, 'US');
  const plan = r.pick(['Bronze Hope 3500', 'Grant Health Plus PPO', 'BlueRidge Choice HMO', 'Liberty Silver 70']);
  d.t(`${r.pick(['THIS IS NOT A BILL', 'Explanation of Benefits — THIS IS NOT A BILL'])}\n\n`);
  name(d, m, r.pick(['capsfull', 'full'])).t('\n');
  address(d, 'US').t(`\n\nStatement date: ${fd(r, recent(r), 'US')}   Member ID: ${memberId(r)}   Group: ${r.digits(6)}\nPlan: ${plan}\n\n`);
  d.t('Patient: ');
  name(d, dep, 'full').t(` (${r.pick(['dependent', 'spouse', 'subscriber'])})   Claim #${claimNo(r)}\nProvider: ${r.pick(ORGS)}   Dates of service: ${fd(r, recent(r), 'US')} - ${fd(r, recent(r), 'US')}\n`);
  d.t(`Service            Billed     Allowed   Plan paid   You owe\n${r.pick(CPT)} office visit   $${money(r, 150, 400)}   $${money(r, 80, 150)}   $${money(r, 40, 120)}   $${money(r, 10, 60)}\n`);
  d.t(`Remark code N${r.int(10, 99)}: ${r.pick(['Deductible applied.', 'Paid at out-of-network rate.', 'Prior authorization on file.'])}\n`);
  d.t(`\nPayment to provider by EFT trace ${r.digits(10)}; your card on file ${maskedCard(r)} was not charged.\nQuestions? Call Member Services at `).l('PHONE', tollFree(r)).t(` (TTY 711) or write to `).l('EMAIL', orgEmail(r, r.pick(['bluehope.com', 'granthealth.org', 'libertymutualhealth.net'])));
  d.t('.\n');
};

const usPriorAuthFax: Tpl = (d, r) => {
  d.noise = r.pick([0.04, 0.08, 0.12]);
  const pt = P(r, 'US');
  const doc = clinician(r, 'US');
  d.t(`FAX   ${r.pick(['Page 1 of 3', 'Pg 1/2', 'P. 01'])}   ${tsIso(r).replace('T', ' ').replace('Z', '')}\nTO: ${r.pick(['Pharmacy Prior Authorization Dept', 'Utilization Management', 'PA Unit'])}   FAX: `).l('PHONE', tollFree(r)).t('\nFROM: ');
  name(d, doc, r.pick(['full', 'init'])).t(`, MD   FAX: `).l('PHONE', usPhone(r)).t(`   PHONE: `).l('PHONE', usPhone(r));
  if (r.chance(0.5)) d.t(` ext. ${r.int(100, 999)}`);
  d.t('\n\nPRIOR AUTHORIZATION REQUEST — MEDICATION\nPatient Name: ');
  name(d, pt, r.pick(['caps', 'full', 'capsfull'])).t('   DOB: ').l('DOB', fd(r, dob(r), 'US')).t(`\nMember ID: ${memberId(r)}   Rx BIN ${r.digits(6)}  PCN ${letters(r, 4)}\n`);
  if (r.chance(0.55)) kv(d, 'SSN: ', 'NATIONAL_ID', ssn(r));
  else d.t(`SSN: ${maskedSsn(r)}\n`);
  d.t(`Patient phone: `).l('PHONE', usPhone(r)).t(`\nDrug requested: ${r.pick(DRUGS)}  Qty ${r.int(1, 90)}  Days supply ${r.pick([28, 30, 84, 90])}\nDiagnosis: ${r.pick(ICD)} — ${eponym(r)}\n`);
  d.t(`Prior therapies tried/failed: ${r.pick(DRUGS)} (${fd(r, recent(r), 'US')} to ${fd(r, recent(r), 'US')})\nPrescriber NPI: ${npi(r)}   DEA: ${letters(r, 2)}${r.digits(7)}\n`);
  if (r.chance(0.4)) d.t(`Call back: ${usPhone(r).slice(0, 7)}\n${r.digits(4)}\n`);
  d.t(`\nCONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, notify the sender at `).l('PHONE', usPhone(r)).t(' and destroy all copies.\n');
};

const usDischarge: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const att = clinician(r, 'US');
  const nok = P(r, 'US');
  const adm = recent(r);
  d.t(`${r.pick(['Mercy West Hospital', 'Grant Medical Center', 'Johns Hopkins Hospital', 'Cedars-Sinai', 'St. Luke\'s Regional'])} — DISCHARGE SUMMARY\n\nPatient: `);
  name(d, pt, r.pick(['rev', 'full', 'caps'])).t(`     ${mrn(r)}\nDate of birth: `).l('DOB', fd(r, dob(r), 'US'));
  if (r.chance(0.35)) d.t('   SSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nAdmitted: ${fd(r, adm, 'US')}   Discharged: ${fd(r, recent(r), 'US')}\nAttending: Dr. `);
  name(d, att, r.pick(['sur', 'full'])).t(`\n\nHospital course: ${r.pick(['Admitted with community-acquired pneumonia', 'Admitted for elective right total knee arthroplasty', 'Presented with chest pain, ruled out for ACS', 'Admitted for DKA'])}. History of ${eponym(r)}. ${r.pick(['Holter monitor', 'Foley catheter', 'Doppler ultrasound'])} used during stay.\n`);
  d.t(`Discharge medications: ${r.pick(DRUGS)}; ${r.pick(DRUGS)}.\nFollow-up: ${r.pick(['PCP', 'Cardiology', 'Orthopedics'])} within 7 days — clinic line `).l('PHONE', usPhone(r)).t('.\n\nNext of kin / caregiver: ');
  name(d, nok, 'full').t(` (${nok.female ? r.pick(['daughter', 'wife', 'partner', 'niece']) : r.pick(['son', 'husband', 'partner', 'nephew'])}), cell `).l('PHONE', usPhone(r));
  if (r.chance(0.5)) d.t(', e-mail ').l('EMAIL', email(r, nok));
  d.t('\nDischarged to: ');
  if (r.chance(0.7)) d.l('ADDRESS', streetAddr(r, 'US').join(', ')).t(' (home)\n');
  else d.t(`${r.pick(['Sunrise Skilled Nursing, room 214', 'home with home-health services'])}\n`);
};

const usLab: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const ord = clinician(r, 'US');
  d.t(`${r.pick(['Quest', 'Labcorp', 'Sonora Quest', 'Riverbend Clinical Laboratory'])} — FINAL REPORT\nAccession: ${letters(r, 2)}${r.digits(9)}   Specimen collected: ${fd(r, recent(r), 'US')} ${time(r)}   Reported: ${fd(r, recent(r), 'US')}\n`);
  d.t('Patient: ');
  const b = dob(r);
  name(d, pt, r.pick(['caps', 'rev'])).t('   DOB: ').l('DOB', fd(r, b, 'US')).t(`   Age: ${2026 - b.y}   Sex: ${pt.female ? 'F' : 'M'}\nPatient phone: `).l('PHONE', usPhone(r)).t('\nOrdering physician: ');
  name(d, ord, r.pick(['init', 'rev', 'full'])).t(`, ${r.pick(['MD', 'DO', 'NP'])}   NPI ${npi(r)}\n\n`);
  d.t(`TEST              RESULT   FLAG   REF RANGE\nHemoglobin A1c     ${r.int(5, 11)}.${r.int(0, 9)}   ${r.pick(['H', ''])}      4.8-5.6 %\nTSH                ${r.int(0, 9)}.${r.digits(2)}          0.45-4.50 uIU/mL\nLDL-C              ${r.int(60, 210)}      ${r.pick(['H', ''])}     0-99 mg/dL\neGFR               ${r.int(20, 110)}              >59 mL/min/1.73\n\n`);
  d.t(`Performing site: ${r.pick(['Riverbend Clinical Laboratory', 'Mercy West Core Lab'])}, CLIA ${r.digits(2)}D${r.digits(7)}\n`);
  address(d, 'US', ', ').t(`  Medical director: `);
  name(d, clinician(r, 'US'), 'full').t(', MD\n');
};

const usImaging: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const rad = clinician(r, 'US');
  d.t(`RADIOLOGY REPORT\nExam: ${r.pick(['MRI KNEE RIGHT WO CONTRAST', 'CT CHEST W CONTRAST', 'US ABDOMEN COMPLETE', 'XR CHEST 2 VIEWS', 'MRI BRAIN W/WO'])}   CPT ${r.pick(CPT)}\nPatient: `);
  name(d, pt, r.pick(['capsfull', 'caps'])).t('   DOB ').l('DOB', fd(r, dob(r), 'US')).t(`   Acc# ${r.digits(10)}\nExam date: ${fd(r, recent(r), 'US')}   Comparison: ${r.pick(['none', `prior study dated ${fd(r, recent(r), 'US')}`])}\n`);
  d.t(`\nFINDINGS: ${r.pick(['There is a 2.1 cm popliteal fluid collection consistent with a Baker\'s cyst.', 'No acute cardiopulmonary process.', 'Hepatic steatosis. No focal lesion.', 'Findings may reflect sequelae of Crohn\'s disease.'])} Grade ${r.int(1, 3)} change compared with ${fd(r, recent(r), 'US')}.\n`);
  d.t(`IMPRESSION: ${r.pick(['No acute findings.', 'Recommend follow-up in 6 months.', 'Correlate clinically.'])}\n\nElectronically signed by `);
  name(d, rad, r.pick(['full', 'init'])).t(`, MD on ${fd(r, recent(r), 'US')} ${time(r)}. Reading room: `).l('PHONE', usPhone(r)).t('\n');
  if (r.chance(0.4)) d.t(`PACS node ${r.pick(['pacs-rd-02', 'img-archive'])} at `).l('IP', ipv4(r)).t(`:${r.pick([104, 11112, 4242])}\n`);
};

const usRx: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const md = clinician(r, 'US');
  d.t(`${r.pick(ORGS)}\n`);
  address(d, 'US', r.pick(['\n', ', '])).t('   Tel ').l('PHONE', usPhone(r)).t(`\n\nRx   Date: ${fd(r, recent(r), 'US')}\nName: `);
  name(d, pt, 'full').t('   DOB: ').l('DOB', fd(r, dob(r), 'US')).t('\nAddress: ');
  address(d, 'US', ', ').t(`\n\n${r.pick(DRUGS)}\nSig: ${r.pick(['1 tab PO daily', '1 tab PO BID with meals', 'inject SC once weekly', '1 cap PO TID x 10 days'])}\nDisp: #${r.int(10, 90)}   Refills: ${r.int(0, 5)}\nSubstitution permitted\n\n`);
  name(d, md, r.pick(['full', 'init'])).t(`, ${r.pick(['MD', 'DO', 'PA-C'])}   DEA ${letters(r, 2)}${r.digits(7)}   NPI ${npi(r)}\n`);
};

const usPharmacyNote: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const caller = r.chance(0.5) ? P(r, 'US') : pt;
  const pharm = P(r, 'US');
  d.t(`[${r.pick(['CVS', 'Walgreens', 'Northgate Pharmacy', 'Rite Aid'])} Store #${r.int(1000, 19999)} — pharmacist note ${fd(r, recent(r), 'US')} ${time(r)}]\n`);
  d.t(`Rx ${r.digits(7)}-${r.digits(5)} ${r.pick(DRUGS)} for `);
  name(d, pt, r.pick(['rev', 'full', 'caps'])).t(' (DOB ').l('DOB', fd(r, dob(r), 'US')).t(`). `);
  if (caller !== pt) {
    d.t('Caller ');
    name(d, caller, 'full').t(` (${r.pick(['spouse', 'daughter', 'caregiver', 'home aide'])}) `);
  } else d.t('Pt ');
  d.t(`called re: ${r.pick(['refill too soon', 'insurance rejection 75 - PA required', 'price of brand vs generic', 'transfer from another store'])}. `);
  d.t('Callback ').l('PHONE', usPhone(r)).t('. ');
  if (r.chance(0.8)) {
    d.t(`Copay $${money(r, 5, 90)} paid by phone with card `).l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}`);
    if (r.chance(0.4)) d.t(`; first attempt ${badCard(r)} declined (typo)`);
    d.t('. ');
  }
  d.t(`Counseled on ${r.pick(['GI upset', 'hypoglycemia', 'bleeding risk', 'missed doses'])}. — `);
  name(d, pharm, r.pick(['init', 'giv', 'full'])).t(', RPh\n');
};

const usPortalMsg: Tpl = (d, r) => {
  const me = P(r, 'US');
  const doc = clinician(r, 'US');
  d.t(`MyChart message — To: Dr. `);
  name(d, doc, 'sur').t(`'s care team   Subject: ${r.pick(['Question about my refill', 'Lab results', 'Billing question', 'Need a referral', 'Form for work'])}\n\n`);
  d.t(r.pick(['Hi, ', 'Hello Dr. ', 'Good morning, ']));
  if (d.text.endsWith('Dr. ')) name(d, doc, 'sur').t(', ');
  d.t('this is ').self(me).t(', date of birth ').l('DOB', fd(r, dob(r), 'US')).t('. ');
  d.t(r.pick([
    `My pharmacy says the prior auth for ${r.pick(DRUGS)} expired on ${fd(r, recent(r), 'US')}. `,
    `I saw my results posted on ${fd(r, recent(r), 'US')} but don't understand the A1c number. `,
    `I was charged twice for my visit on ${fd(r, recent(r), 'US')}. `,
  ]));
  d.t('Please call me at ').l('PHONE', usPhone(r)).t(r.pick([' after 3pm', '', ' (cell)'])).t(' or email ').l('EMAIL', email(r, me)).t('. ');
  if (r.chance(0.5)) d.t('My new address is ').l('ADDRESS', addr(r, 'US').join(', ')).t('. ');
  if (r.chance(0.3)) d.t('If it helps, put the balance on my card ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}. `);
  d.t(`Thanks,\n${r.pick(['', '— '])}`);
  name(d, me, r.pick(['giv', 'full'])).t('\n');
};

const usReminderSms: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const doc = clinician(r, 'US');
  d.t(r.pick(['', `From ${r.pick(['Hope Medical Group', 'Grant Medical Center', 'Rose Valley Health'])}: `]));
  d.t(r.pick(['Hi ', 'Reminder for ', 'Dear ']));
  name(d, pt, r.pick(['giv', 'giv', 'full'])).t(`, you have an appt with ${r.pick(['Dr. ', 'Dr '])}`);
  name(d, doc, 'sur').t(` on ${fd(r, recent(r), 'US')} at ${time(r)} at `).l('ADDRESS', streetAddr(r, 'US').join(', ')).t(`, ${r.pick(['Suite 210', '3rd floor', 'use the Elm St entrance'])}. `);
  d.t(`Reply C to confirm, R to reschedule or call `).l('PHONE', usPhone(r)).t(`. Bring your insurance card and photo ID. Msg&data rates may apply. STOP to opt out.\n`);
};

const usCaregiverForm: Tpl = (d, r) => {
  const pt = P(r, 'US');
  d.t(`EMERGENCY CONTACT / CAREGIVER AUTHORIZATION\nPatient: `);
  name(d, pt, 'full').t('   DOB: ').l('DOB', fd(r, dob(r), 'US')).t(`   ${mrn(r)}\n\n`);
  const n = r.int(1, 3);
  for (let i = 1; i <= n; i++) {
    const c = P(r, 'US');
    d.t(`Contact ${i}: `);
    name(d, c, r.pick(['full', 'rev'])).t(`   Relationship: ${r.pick(['Mother', 'Father', 'Spouse', 'Adult child', 'Neighbor', 'Legal guardian', 'Health care proxy'])}\n  Home: `).l('PHONE', usPhone(r)).t('   Mobile: ').l('PHONE', usPhone(r)).t('\n');
    if (r.chance(0.6)) d.t('  Email: ').l('EMAIL', email(r, c)).t('\n');
    if (r.chance(0.5)) d.t('  Address: ').l('ADDRESS', addr(r, 'US').join(', ')).t('\n');
  }
  d.t(`\nI authorize the above to receive information about my care under HIPAA. Signed ${fd(r, recent(r), 'US')}.\n`);
};

const usSecurityLog: Tpl = (d, r) => {
  const u = P(r, 'US');
  const e = email(r, u);
  d.t(`patient-portal audit export  tenant=${r.pick(['rvh', 'hmg', 'gmc'])}-prod  build=${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(100, 999)}\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.t(`${tsIso(r)} ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'MFA_CHALLENGE', 'VIEW_RESULT', 'DOWNLOAD_CCD', 'PASSWORD_RESET'])} user=`).l('EMAIL', e).t(' src=');
    const v = ip(r);
    if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`);
    else d.l('IP', v);
    d.t(` ua="${r.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'Chrome/120.0.6099.109', 'MyChart/11.4.2.7 Android', 'Edg/122.0.2365.92'])}" req=${hex(r, 12)}\n`);
  }
  d.t(`\nflagged: ${r.pick(['impossible travel', 'TOR exit node', 'none'])}; reviewer `);
  name(d, P(r, 'US'), r.pick(['init', 'full'])).t('\n');
};

const usTelehealthTranscript: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const agent = P(r, 'US');
  const b = dob(r);
  d.t(`[Call recording transcript — ${r.pick(['Nurse advice line', 'Scheduling', 'Benefits verification'])} — ${fd(r, recent(r), 'US')}]\nAGENT: Thank you for calling, my name is `);
  name(d, agent, 'giv').t('. Can I have the patient\'s full name?\nCALLER: Yeah it\'s ');
  name(d, pt, r.pick(['full', 'lower'])).t('.\nAGENT: And the date of birth?\nCALLER: ');
  d.l('DOB', r.chance(0.5) ? `${mon('en', b.m).toLowerCase()} ${b.d} ${b.y}` : `${pad(b.m)} ${pad(b.d)} ${String(b.y).slice(2)}`).t('.\nAGENT: Best callback number?\nCALLER: ');
  d.l('PHONE', spokenPhone(r)).t('.\nAGENT: And an email for the visit link?\nCALLER: ');
  d.l('EMAIL', spokenEmail(pt)).t('.\nAGENT: ');
  d.t(r.pick(['Got it. Your video visit is Thursday at ten thirty.', 'Okay, the nurse will call back within the hour.', 'Thanks, I see the claim from March is still pending.'])).t('\n');
};

const usDentalClaim: Tpl = (d, r) => {
  const sub = P(r, 'US');
  const pt = r.chance(0.5) ? sub : P(r, 'US');
  d.t(`ADA Dental Claim Form\n12. Policyholder/Subscriber Name, Address\n`);
  name(d, sub, 'full').t('\n');
  address(d, 'US').t('\n13. Date of Birth (MM/DD/CCYY) ').l('DOB', `${pad(dob(r).m)}/${pad(r.int(1, 28))}/${r.int(1940, 2000)}`).t(`\n15. Policyholder/Subscriber ID (SSN or ID#) `).l('NATIONAL_ID', ssn(r)).t(`\n16. Plan/Group Number ${r.digits(6)}   17. Employer Name ${r.pick(['Grant Logistics', 'Baker & Fox LLP', 'Walt Disney World'])} (EIN ${ein(r)})\n`);
  if (pt !== sub) {
    d.t('20. Patient Name ');
    name(d, pt, 'full').t('   21. Date of Birth ').l('DOB', fd(r, dob(r), 'US')).t(`   18. Relationship: ${r.pick(['Dependent child', 'Spouse'])}\n`);
  }
  d.t(`24. Procedure Date ${fd(r, recent(r), 'US')}  Tooth ${r.int(1, 32)}  Code D${r.pick(['0120', '1110', '2392', '2740', '7140'])}  Fee $${money(r, 60, 1400)}\n48. Billing Dentist `);
  name(d, P(r, 'US'), 'full').t(', DDS   TIN ').t(ein(r)).t('   Ph ').l('PHONE', usPhone(r)).t('\n');
};

const usBillingStatement: Tpl = (d, r) => {
  const g = P(r, 'US');
  d.t(`${r.pick(ORGS)} Patient Billing\nStatement date ${fd(r, recent(r), 'US')}   Account ${r.digits(10)}   Amount due $${money(r, 20, 2400)}\n\nGuarantor: `);
  name(d, g, r.pick(['capsfull', 'full'])).t('\n');
  address(d, 'US').t(`\n\nPayment received ${fd(r, recent(r), 'US')} — ${maskedCard(r)} — thank you.\n`);
  d.t(`To pay by card, complete below and mail to PO Box ${r.int(1000, 9999)} (lockbox).\nCard number: `).l('CARD', card(r)).t(`   Exp ${pad(r.int(1, 12))}/${r.int(26, 31)}   CVV ${r.digits(3)}\nName on card: `);
  name(d, g, 'capsfull').t('\n');
  if (r.chance(0.4)) d.t('Or pay with a second card: ').l('CARD', card(r)).t('\n');
  d.t('Signature: ____   Phone: ').l('PHONE', usPhone(r)).t(`\nRouting ${r.digits(9)} (ACH lockbox, not a card)\n`);
};

const usWorkersComp: Tpl = (d, r) => {
  const w = P(r, 'US');
  d.t(`FIRST REPORT OF INJURY — WORKERS' COMPENSATION\nEmployer: ${r.pick(['Grant Logistics LLC', 'Stone & Moon Roofing', 'Hope Valley Schools'])}  FEIN ${ein(r)}\nEmployee: `);
  name(d, w, 'caps').t('  SSN ').l('NATIONAL_ID', ssn(r)).t('  Date of birth ').l('DOB', fd(r, dob(r), 'US')).t('\nHome address: ');
  address(d, 'US', ', ').t('   Phone ').l('PHONE', usPhone(r)).t(`\nDate of injury: ${fd(r, recent(r), 'US')} ${time(r)}   Date employer notified: ${fd(r, recent(r), 'US')}\nDescription: ${r.pick(['lifting pallet, strain lower back', 'fall from ladder, left wrist', 'laceration right hand from box cutter'])}. ICD ${r.pick(ICD)}\nTreating physician: `);
  name(d, P(r, 'US'), r.pick(['full', 'init'])).t(', MD. Claim ').t(claimNo(r)).t('\n');
};

const usRecordsRelease: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const to = P(r, 'US');
  d.t(`AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nPatient name: `);
  name(d, pt, 'full').t(`   Other names used: `);
  name(d, { ...pt, family: r.pick(at(CULTURES, 0).s) }, 'sur').t('\nDate of birth: ').l('DOB', fd(r, dob(r), 'US')).t('   Last 4 SSN: ').t(maskedSsn(r)).t('\nRelease to: ');
  name(d, to, 'full').t(`, ${r.pick(['Esq.', 'attorney at law', 'claims adjuster'])}\n`);
  address(d, 'US').t('\nFax: ').l('PHONE', usPhone(r)).t('   Email: ').l('EMAIL', email(r, to, 'US').replace(/@.*/, `@${r.pick(['foxlawgroup.com', 'hartinjury.com', 'claims-adjust.net'])}`)).t(`\nInformation: records from ${fd(r, recent(r), 'US')} through ${fd(r, recent(r), 'US')}, ${r.pick(['excluding psychotherapy notes', 'including imaging', 'billing only'])}.\nThis authorization expires on ${fd(r, recent(r), 'US')}.\n`);
};

// ---- English-speaking countries outside the US ----------------------------------------------------------

const ukReferral: Tpl = (d, r) => {
  const pt = P(r, 'UK');
  const gp = clinician(r, 'UK');
  const cons = clinician(r, 'UK');
  d.t(`${r.pick(['Baker Street Surgery', 'Hope Medical Group', 'Kingsway Health Centre'])}\n`);
  address(d, 'UK').t('\nTel: ').l('PHONE', phone(r, 'UK')).t(`   Practice code ${letters(r, 1)}${r.digits(5)}\n\n${fd(r, recent(r), 'UK')}\n\nDear Dr `);
  name(d, cons, 'sur').t(',\n\nRe: ');
  d.t(hon(r, pt));
  name(d, pt, r.pick(['full', 'capsfull'])).t('   DOB ').l('DOB', fd(r, dob(r), 'UK')).t(`   NHS No. ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}\n`);
  address(d, 'UK', ', ').t('   Mobile ').l('PHONE', phone(r, 'UK')).t(`\n\nThank you for seeing this ${pt.female ? 'woman' : 'man'} with suspected ${eponym(r)}. Symptoms since ${fd(r, recent(r), 'UK')}. Bloods on ${fd(r, recent(r), 'UK')} unremarkable. ${r.pick(["Referred under Martha's Rule escalation.", 'Two-week-wait criteria not met.', `${pt.female ? 'She' : 'He'} would prefer appointments after school pick-up.`, ''])}\n`);
  if (r.chance(0.5)) {
    const c = P(r, 'UK');
    d.t(`${pt.female ? 'Her' : 'His'} ${r.pick(['daughter', 'husband', 'carer', 'son'])}, `);
    name(d, c, 'full').t(', is the main carer (').l('PHONE', phone(r, 'UK')).t(').\n');
  }
  d.t('\nYours sincerely,\n\nDr ');
  name(d, gp, r.pick(['init', 'full'])).t(`\nGP Partner, ${r.pick(['MBChB MRCGP', 'MBBS DRCOG'])}   `).l('EMAIL', orgEmail(r, r.pick(['nhs.net', 'kingswayhealth.nhs.uk']))).t('\n');
};

const ukDischargeLetter: Tpl = (d, r) => {
  const pt = P(r, 'UK');
  d.t(`${r.pick(['Royal Infirmary', 'Florence Nightingale Wing', 'St Mary\'s Hospital'])} — Discharge Letter (Ward ${r.int(1, 40)}${letters(r, 1)})\n\nPatient: `);
  name(d, pt, 'caps').t(`   Hospital no. ${letters(r, 1)}${r.digits(7)}\nBorn: `).l('DOB', fd(r, dob(r), 'UK')).t('\nAddress: ');
  address(d, 'UK', ', ').t(`\nAdmitted ${fd(r, recent(r), 'UK')} via A&E; discharged ${fd(r, recent(r), 'UK')}.\nDiagnosis: ${eponym(r)}; ${r.pick(['AKI stage 1', 'fractured neck of femur', 'LRTI'])}.\nTTOs: ${r.pick(DRUGS)}, ${r.pick(DRUGS)}.\nGP to: review U&Es in 1 week.\nNext of kin: `);
  const nok = P(r, 'UK');
  name(d, nok, 'full').t(` (${rel(r, nok, ['wife', 'sister', 'friend', 'daughter'], ['husband', 'brother', 'friend', 'son'])}) `).l('PHONE', phone(r, 'UK')).t('\nConsultant: Mr ');
  name(d, clinician(r, 'UK'), 'sur').t(`, Orthopaedics. Letter typed ${fd(r, recent(r), 'UK')} by `);
  name(d, P(r, 'UK'), 'init').t('.\n');
};

const ieGpReferral: Tpl = (d, r) => {
  const pt = P(r, 'IE');
  d.t(`Referral — ${r.pick(['Mater Misericordiae University Hospital', 'Cork University Hospital', 'Galway Clinic'])}\nPatient: `);
  name(d, pt, 'full').t('  D.O.B. ').l('DOB', fd(r, dob(r), 'IE')).t(`  GMS card ${r.digits(7)}${letters(r, 1)}\nAddress:\n`);
  address(d, 'IE').t('\nPhone: ').l('PHONE', phone(r, 'IE')).t(`\nReason: ${eponym(r)} — ${r.pick(['urgent', 'routine', 'soon'])}. Private health insurance: ${r.pick(['VHI', 'Laya', 'Irish Life Health'])} policy ${r.digits(8)} renews ${fd(r, recent(r), 'IE')}.\nReferring GP: Dr `);
  name(d, clinician(r, 'IE'), 'init').t(', ').l('EMAIL', orgEmail(r, 'glasnevinmedical.ie')).t('\n');
};

const caOhipClaim: Tpl = (d, r) => {
  const pt = P(r, 'CA');
  d.t(`${r.pick(['Sun Life', 'Manulife', 'Canada Life', 'Green Shield'])} — Extended Health Claim\nPlan member: `);
  name(d, pt, 'rev').t('   Date of birth (YYYY-MM-DD): ');
  const b = dob(r);
  d.l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(`\nProvincial health number: ${r.digits(4)}-${r.digits(3)}-${r.digits(3)}-${letters(r, 2)} (not required)\nMailing address:\n`);
  address(d, 'CA').t('\nTelephone: ').l('PHONE', usPhone(r)).t('   Email: ').l('EMAIL', email(r, pt, 'CA')).t(`\nExpense: ${r.pick(['physiotherapy', 'massage therapy', 'orthotics', 'prescription drugs'])} on ${fd(r, recent(r), 'CA')}, $${money(r, 40, 600)} CAD. Coordination of benefits with spouse `);
  name(d, P(r, 'CA'), 'full').t(` (born `).l('DOB', fd(r, dob(r), 'CA')).t(`).\nDirect deposit: transit ${r.digits(5)}, institution ${r.digits(3)}, account ${r.digits(7)}.\n`);
};

const auMedicare: Tpl = (d, r) => {
  const pt = P(r, 'AU');
  d.t(`Medicare / ${r.pick(['Bupa', 'Medibank', 'HCF', 'nib'])} claim — ${r.pick(['Sandy Bay Physio', 'Fitzroy Family Clinic', 'Wattle Street Dental'])}\nPatient: `);
  name(d, pt, r.pick(['full', 'caps'])).t(`   Medicare no. ${r.digits(4)} ${r.digits(5)} ${r.int(1, 9)}   IRN ${r.int(1, 5)}\nDOB: `).l('DOB', fd(r, dob(r), 'AU')).t('\nAddress: ');
  address(d, 'AU', ', ').t('\nMobile: ').l('PHONE', phone(r, 'AU')).t(`\nService ${fd(r, recent(r), 'AU')}, item ${r.pick(['10960', '23', '721', '2946'])}, fee $${money(r, 60, 300)}, gap $${money(r, 10, 90)} paid by card `).l('CARD', card(r)).t(`.\nBSB ${r.digits(3)}-${r.digits(3)}  Account ${r.digits(8)} for rebate.\n`);
};

const inDischarge: Tpl = (d, r) => {
  const pt = P(r, 'IN');
  const att = P(r, 'IN');
  d.t(`${r.pick(['Apollo', 'Narayana Health', 'Sri Venkateswara Multispeciality', 'Manipal'])} Hospital — DISCHARGE SUMMARY\nUHID: ${letters(r, 3)}.${r.digits(8)}   IP No: ${r.digits(6)}\nName: `);
  d.t(pt.female ? r.pick(['Mrs. ', 'Ms. ', 'Smt. ']) : r.pick(['Mr. ', 'Shri ']));
  const b = dob(r);
  name(d, pt, r.pick(['full', 'capsfull'])).t(`   Age/Sex: ${2025 - b.y}/${pt.female ? 'F' : 'M'}   DOB: `).l('DOB', fd(r, b, 'IN')).t('\nAddress: ');
  address(d, 'IN', ', ').t('\nMobile: ').l('PHONE', phone(r, 'IN')).t(`\nDOA: ${fd(r, recent(r), 'IN')}   DOD: ${fd(r, recent(r), 'IN')}\nConsultant: Dr. `);
  name(d, att, 'full').t(` (${r.pick(['MD, DM Cardiology', 'MS Ortho', 'MD General Medicine'])})\nDiagnosis: ${r.pick(['Dengue fever with thrombocytopenia', 'Type 2 DM, uncontrolled', 'Acute gastroenteritis'])}\nTPA: ${r.pick(['Medi Assist', 'Paramount', 'Vidal Health'])} claim ${r.digits(10)}, policy ${refDigits(r, 16)}\nAttendant: `);
  name(d, P(r, 'IN'), 'full').t(` (${r.pick(['son', 'husband', 'daughter-in-law'])}) `).l('PHONE', phone(r, 'IN')).t('\n');
};

const zaMedicalAid: Tpl = (d, r) => {
  const pt = P(r, 'ZA');
  d.t(`${r.pick(['Discovery Health', 'Bonitas', 'Momentum Health'])} — claim submission\nMain member: `);
  name(d, pt, 'full').t(`   Membership no. ${r.digits(9)}   Dependant code ${pad(r.int(0, 4))}\nID number: ${refDigits(r, 13)}   Date of birth: `).l('DOB', fd(r, dob(r), 'ZA')).t('\nPostal address:\n');
  address(d, 'ZA').t('\nCell: ').l('PHONE', phone(r, 'ZA')).t('   E-mail: ').l('EMAIL', email(r, pt, 'ZA')).t(`\nPractice no. ${r.digits(7)}, Dr `);
  name(d, P(r, 'ZA'), 'sur').t(`, date of service ${fd(r, recent(r), 'ZA')}, ICD-10 ${r.pick(ICD)}, tariff ${r.digits(4)}.\n`);
};

const aePreapproval: Tpl = (d, r) => {
  const pt = P(r, 'AE');
  d.t(`PRE-APPROVAL REQUEST — ${r.pick(['Daman', 'AXA Gulf', 'Oman Insurance'])}\nMember: `);
  name(d, pt, 'capsfull').t(`   Card no. ${r.digits(3)}-${r.digits(3)}-${r.digits(9)}-${r.int(1, 9)}\nEmirates ID: 784-${r.int(1950, 2010)}-${r.digits(7)}-${r.int(1, 9)}   DOB `).l('DOB', fd(r, dob(r), 'AE')).t('\nMobile ').l('PHONE', phone(r, 'AE')).t('\nResidence: ');
  address(d, 'AE', ', ').t(`\nRequested: ${r.pick(['MRI lumbar spine', 'knee arthroscopy', 'IVF cycle', 'colonoscopy'])} (CPT ${r.pick(CPT)}) on ${fd(r, recent(r), 'AE')}\nTreating physician: Dr. `);
  name(d, P(r, 'AE'), 'full').t(` — ${r.pick(['Mediclinic', 'Cleveland Clinic Abu Dhabi', 'Al Zahra Hospital'])}, fax `).l('PHONE', phone(r, 'AE')).t('\n');
};

const ngHmoAuth: Tpl = (d, r) => {
  const pt = P(r, 'NG');
  d.t(`${r.pick(['Hygeia HMO', 'AXA Mansard Health', 'Reliance HMO'])} — Authorization Code Request\nEnrollee: `);
  name(d, pt, r.pick(['full', 'caps'])).t(`   Enrollee ID: ${letters(r, 3)}/${r.digits(5)}/${letters(r, 1)}\nDate of Birth: `).l('DOB', fd(r, dob(r), 'NG')).t('\nPhone: ').l('PHONE', phone(r, 'NG')).t('\nAddress: ');
  address(d, 'NG', ', ').t(`\nProvider: ${r.pick(['Reddington Hospital', 'Lagoon Hospitals', 'St. Nicholas Hospital'])}, request for ${r.pick(['caesarean section', 'malaria admission', 'CT brain'])} on ${fd(r, recent(r), 'NG')}.\nNext of kin: `);
  name(d, P(r, 'NG'), 'full').t(', ').l('PHONE', phone(r, 'NG')).t('\n');
};

const keInsurance: Tpl = (d, r) => {
  const pt = P(r, 'KE');
  d.t(`${r.pick(['Jubilee Health', 'AAR Insurance', 'NHIF/SHA'])} reimbursement claim\nPrincipal member: `);
  name(d, pt, 'full').t(`   Member no. ${r.digits(8)}   National ID ${r.digits(8)}\nBorn: `).l('DOB', fd(r, dob(r), 'KE')).t('\nContact: ').l('PHONE', phone(r, 'KE')).t(' / ').l('EMAIL', email(r, pt, 'KE')).t('\nPostal: ');
  address(d, 'KE', ', ').t(`\nFacility: ${r.pick(['Aga Khan University Hospital', 'Nairobi Hospital', 'Kenyatta National Hospital'])}; admitted ${fd(r, recent(r), 'KE')}, discharged ${fd(r, recent(r), 'KE')}. M-Pesa paybill ${r.digits(6)}.\n`);
};

// ---- Europe ----------------------------------------------------------------------------------------------

const deArztbrief: Tpl = (d, r) => {
  const pt = P(r, 'DE');
  const arzt = P(r, 'DE');
  d.t(`${r.pick(['Klinikum Nord', 'Universitätsklinikum', 'Praxis am Schillerplatz', 'Asklepios Klinik'])} · Klinik für ${r.pick(['Innere Medizin', 'Kardiologie', 'Unfallchirurgie'])}\n`);
  address(d, 'DE', ' · ').t(' · Tel. ').l('PHONE', phone(r, 'DE')).t(`\n\n${r.pick(['Berlin', 'München', 'Köln'])}, den ${fd(r, recent(r), 'DE')}\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ${pt.female ? 'Ihre Patientin' : 'Ihren Patienten'} ${hon(r, pt, 'de')}`);
  name(d, pt, 'full').t(', geb. ').l('DOB', fd(r, dob(r), 'DE')).t(', wohnhaft ');
  address(d, 'DE', ', ').t(`, die/der sich vom ${fd(r, recent(r), 'DE')} bis ${fd(r, recent(r), 'DE')} in unserer stationären Behandlung befand.\n\nDiagnosen: ${r.pick(['Morbus Crohn', 'Morbus Parkinson', 'Hashimoto-Thyreoiditis', 'Morbus Basedow'])}; ${r.pick(['arterielle Hypertonie', 'Diabetes mellitus Typ 2'])} (${r.pick(ICD)})\n`);
  d.t(`Versichertennummer: ${letters(r, 1)}${r.digits(9)}  Kasse: ${r.pick(['AOK Nordost', 'Techniker Krankenkasse', 'Barmer', 'DAK-Gesundheit'])}\nAngehörige: `);
  const ang = P(r, 'DE');
  name(d, ang, r.pick(['full', 'rev'])).t(` (${rel(r, ang, ['Tochter', 'Ehefrau', 'Lebensgefährtin'], ['Sohn', 'Ehemann', 'Lebensgefährte'])}), Tel. `).l('PHONE', phone(r, 'DE')).t('\n\nMit freundlichen kollegialen Grüßen\n\nDr. med. ');
  name(d, arzt, 'full').t(`\nOberarzt\n`);
};

const deErstattung: Tpl = (d, r) => {
  const pt = P(r, 'DE');
  d.t(`Antrag auf Kostenerstattung (§ 13 Abs. 3 SGB V)\n\nVersicherte/r: `);
  name(d, pt, r.pick(['rev', 'full'])).t('\nGeburtsdatum: ').l('DOB', fd(r, dob(r), 'DE')).t(`\nVersichertennummer: ${letters(r, 1)}${r.digits(9)}\nAnschrift:\n`);
  address(d, 'DE').t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('   E-Mail: ').l('EMAIL', email(r, pt, 'DE')).t(`\n\nRechnung Nr. ${r.int(2024, 2026)}-${r.digits(5)} vom ${fd(r, recent(r), 'DE')} über ${money(r, 40, 900).replace('.', ',')} EUR (Physiotherapie, ${r.int(6, 12)} Einheiten).\n`);
  d.t('Bitte überweisen Sie den Betrag auf folgendes Konto:\nKontoinhaber: ');
  name(d, pt, 'full').t('\nIBAN: ').l('IBAN', iban(r, 'DE')).t(`\nBIC: ${letters(r, 6)}${alnum(r, 2)}\n`);
  if (r.chance(0.3)) d.t(`(Alte Bankverbindung ${badIban(r, 'DE')} bitte löschen.)\n`);
  d.t(`\n${r.pick(['Berlin', 'Bremen', 'Kassel'])}, ${fd(r, recent(r), 'DE')}   Unterschrift\n`);
};

const atChReimb: Tpl = (d, r) => {
  const cc = r.pick(['AT', 'CH']);
  const pt = P(r, cc);
  d.t(cc === 'AT' ? `ÖGK – Wahlarztkostenrückerstattung\n` : `${r.pick(['CSS', 'Helsana', 'Sanitas', 'SWICA'])} – Rückforderungsbeleg\n`);
  d.t('Name, Vorname: ');
  name(d, pt, 'rev').t('\nGeburtsdatum: ').l('DOB', fd(r, dob(r), cc)).t(cc === 'AT' ? `   SV-Nr. ${r.digits(4)} ${r.digits(6)}\n` : `   Versichertennummer ${r.digits(3)}.${r.digits(4)}.${r.digits(4)}.${r.digits(2)}\n`);
  d.t('Adresse: ');
  address(d, cc, ', ').t('\nTelefon: ').l('PHONE', phone(r, cc)).t(`\nBehandlung am ${fd(r, recent(r), cc)} bei Dr. `);
  name(d, P(r, cc), 'sur').t(`, Honorar ${cc === 'AT' ? 'EUR' : 'CHF'} ${money(r, 80, 600)}\nAuszahlung auf IBAN `).l('IBAN', iban(r, cc)).t(`\nRechnungsdatum ${fd(r, recent(r), cc)}\n`);
};

const frLettreLiaison: Tpl = (d, r) => {
  const pt = P(r, 'FR');
  d.t(`${r.pick(['CHU de Bordeaux', 'Hôpital Édouard-Herriot', 'Clinique Pasteur', 'Hôpital Necker'])} — Lettre de liaison\nService de ${r.pick(['médecine interne', 'cardiologie', 'rhumatologie'])}\n\n`);
  d.t(`Patient${pt.female ? 'e' : ''} : ${hon(r, pt, 'fr')}`);
  name(d, pt, r.pick(['capsfull', 'full'])).t(`, né${pt.female ? 'e' : ''} le `).l('DOB', fd(r, dob(r), 'FR')).t(`\nN° de sécurité sociale : ${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\nAdresse : `);
  address(d, 'FR', ', ').t('\nTél. : ').l('PHONE', phone(r, 'FR')).t(`\n\nHospitalisation du ${fd(r, recent(r), 'FR')} au ${fd(r, recent(r), 'FR')} pour ${r.pick(['maladie de Crohn', 'maladie de Parkinson', 'syndrome de Guillain-Barré', 'maladie de Basedow'])}.\nPersonne de confiance : `);
  const conf = P(r, 'FR');
  name(d, conf, 'full').t(` (${rel(r, conf, ['fille', 'épouse', 'sœur'], ['fils', 'époux', 'frère'])}), `).l('PHONE', phone(r, 'FR')).t('\n\nDr ');
  name(d, P(r, 'FR'), r.pick(['full', 'init'])).t(` — ${r.pick(['praticien hospitalier', 'cheffe de clinique'])}\nCourriel : `).l('EMAIL', orgEmail(r, r.pick(['chu-bordeaux.fr', 'aphp.fr']))).t('\n');
};

const frRemboursement: Tpl = (d, r) => {
  const pt = P(r, 'FR');
  d.t(`Mutuelle ${r.pick(['MGEN', 'Harmonie Mutuelle', 'Malakoff Humanis'])} — Demande de remboursement\nAdhérent : `);
  name(d, pt, 'full').t(`   N° adhérent ${r.digits(9)}\nDate de naissance : `).l('DOB', fd(r, dob(r), 'FR')).t('\nBénéficiaire des soins : ');
  const b = P(r, 'FR');
  name(d, { ...b, family: pt.family }, 'giv').t(' (enfant), né le ').l('DOB', fd(r, date(r, 2008, 2022), 'FR')).t(`\nSoins du ${fd(r, recent(r), 'FR')} : ${r.pick(['orthodontie', 'lunettes', 'ostéopathie'])}, ${money(r, 40, 900).replace('.', ',')} €\nRIB — IBAN : `).l('IBAN', iban(r, 'FR')).t(`   BIC ${letters(r, 4)}FRPP${alnum(r, 3)}\nAdresse : `);
  address(d, 'FR', ', ').t('\nCourriel : ').l('EMAIL', email(r, pt, 'FR')).t('\n');
};

const beInvoice: Tpl = (d, r) => {
  const pt = P(r, 'BE');
  d.t(`Mutualité ${r.pick(['Solidaris', 'Partenamut', 'CM'])} / Ziekenfonds — Attestation de soins donnés\nPatient : `);
  name(d, pt, 'caps').t(`   NISS ${r.digits(2)}.${r.digits(2)}.${r.digits(2)}-${r.digits(3)}.${r.digits(2)}\nNé(e) le `).l('DOB', fd(r, dob(r), 'FR')).t('\nDomicile : ');
  address(d, 'BE', ', ').t(`\nPrestation ${r.digits(6)} du ${fd(r, recent(r), 'FR')} — ticket modérateur ${money(r, 5, 40).replace('.', ',')} €\nRemboursement sur `).l('IBAN', iban(r, 'BE')).t('\n');
};

const esInformeAlta: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'ES', 'MX']);
  const pt = P(r, cc);
  d.t(`${cc === 'ES' ? r.pick(['Hospital Universitario La Paz', 'Hospital Clínic', 'Hospital Virgen del Rocío']) : r.pick(['Hospital Ángeles', 'IMSS Hospital General de Zona 1'])} — INFORME DE ALTA\n\nPaciente: `);
  name(d, pt, r.pick(['capsfull', 'full'])).t('\nFecha de nacimiento: ').l('DOB', fd(r, dob(r), cc)).t(cc === 'ES' ? `   DNI ${r.digits(8)}${letters(r, 1)}   NHC ${r.digits(7)}\n` : `   CURP ${letters(r, 4)}${r.digits(6)}${letters(r, 6)}${r.digits(2)}\n`);
  d.t('Domicilio: ');
  address(d, cc, ', ').t('\nTeléfono: ').l('PHONE', phone(r, cc)).t(`\nFecha de ingreso: ${fd(r, recent(r), cc)}   Fecha de alta: ${fd(r, recent(r), cc)}\n\nJuicio clínico: ${r.pick(['enfermedad de Crohn', 'enfermedad de Parkinson', 'síndrome de Down con cardiopatía', 'neumonía adquirida en la comunidad'])}.\nFamiliar de contacto: `);
  const fam = P(r, cc);
  name(d, fam, 'full').t(` (${rel(r, fam, ['hija', 'esposa', 'hermana'], ['hijo', 'esposo', 'hermano'])}), `).l('PHONE', phone(r, cc)).t('\n\nFdo.: Dr. ');
  name(d, P(r, cc), 'full').t(`   Nº colegiado ${r.digits(9)}\n`);
};

const mxAseguradora: Tpl = (d, r) => {
  const pt = P(r, 'MX');
  d.t(`${r.pick(['GNP Seguros', 'AXA México', 'Seguros Monterrey'])} — Aviso de accidente o enfermedad\nAsegurado titular: `);
  name(d, pt, 'full').t(`   Póliza ${r.digits(8)}   Certificado ${r.digits(3)}\nFecha de nacimiento: `).l('DOB', fd(r, dob(r), 'MX')).t(`   RFC ${letters(r, 4)}${r.digits(6)}${alnum(r, 3)}\nDomicilio:\n`);
  address(d, 'MX').t('\nCelular: ').l('PHONE', phone(r, 'MX')).t('   Correo: ').l('EMAIL', email(r, pt, 'ES')).t(`\nFecha del siniestro: ${fd(r, recent(r), 'MX')}   Médico tratante: Dr. `);
  name(d, P(r, 'MX'), 'full').t(`\nPago de reembolso con tarjeta `).l('CARD', card(r)).t(` o transferencia CLABE ${refDigits(r, 18)}\n`);
};

const itLetteraDimissione: Tpl = (d, r) => {
  const pt = P(r, 'IT');
  d.t(`${r.pick(['Azienda Ospedaliera Cardarelli', 'Policlinico Gemelli', 'Ospedale Niguarda'])} — LETTERA DI DIMISSIONE\n\n${pt.female ? 'Paziente: Sig.ra ' : 'Paziente: Sig. '}`);
  name(d, pt, r.pick(['full', 'capsfull'])).t(`, nat${pt.female ? 'a' : 'o'} a ${r.pick(['Napoli', 'Bari', 'Torino', 'Catania'])} il `).l('DOB', fd(r, dob(r), 'IT')).t(`\nCodice fiscale: ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}\nResidente in `);
  address(d, 'IT', ', ').t('\nRecapito: ').l('PHONE', phone(r, 'IT')).t(`\nRicovero dal ${fd(r, recent(r), 'IT')} al ${fd(r, recent(r), 'IT')}. Diagnosi: ${r.pick(['morbo di Crohn', 'morbo di Parkinson', 'linfoma di Hodgkin', 'morbo di Basedow'])}.\nControllo ambulatoriale il ${fd(r, recent(r), 'IT')} ore ${time(r)}.\nIl medico: dott. `);
  name(d, P(r, 'IT'), 'full').t('\nRimborso ticket su IBAN ').l('IBAN', iban(r, 'IT')).t('\n');
};

const nlVerwijsbrief: Tpl = (d, r) => {
  const pt = P(r, 'NL');
  d.t(`Verwijsbrief — ${r.pick(['Huisartsenpraktijk De Linde', 'Gezondheidscentrum Oost', 'Huisartsen Vondelpark'])}\nPatiënt: ${hon(r, pt, 'nl')}`);
  name(d, pt, r.pick(['full', 'init'])).t('\nGeboortedatum: ').l('DOB', fd(r, dob(r), 'NL')).t(`   BSN ${r.digits(9)}\nAdres: `);
  address(d, 'NL', ', ').t('\nTel.: ').l('PHONE', phone(r, 'NL')).t(`\nVerzekeraar: ${r.pick(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis'])}, polisnr ${r.digits(9)}\nReden: ${r.pick(['verdenking ziekte van Crohn', 'ziekte van Parkinson, evaluatie', 'knieklachten'])}; klachten sinds ${fd(r, recent(r), 'NL')}.\nHuisarts: `);
  name(d, P(r, 'NL'), 'init').t(', AGB-code ').t(r.digits(8)).t('\n');
};

const nlPhysioInvoice: Tpl = (d, r) => {
  const pt = P(r, 'NL');
  d.t(`FACTUUR ${r.int(2024, 2026)}-${r.digits(4)} — Fysiotherapie ${r.pick(['Bakker', 'De Boog', 'Oudegracht'])}\nFactuurdatum ${fd(r, recent(r), 'NL')}   Vervaldatum ${fd(r, recent(r), 'NL')}\n\n`);
  name(d, pt, 'full').t('\n');
  address(d, 'NL').t(`\n\nBehandelingen: ${r.int(3, 12)} x zitting à € ${money(r, 30, 45).replace('.', ',')}\nGraag betalen op `).l('IBAN', iban(r, 'NL')).t(` t.n.v. ${r.pick(['Fysiotherapie De Boog B.V.', 'FysioPunt Utrecht'])} o.v.v. factuurnummer. KvK ${r.digits(8)}.\nGeboortedatum patiënt: `).l('DOB', fd(r, dob(r), 'NL')).t('\n');
};

const plSkierowanie: Tpl = (d, r) => {
  const pt = P(r, 'PL');
  d.t(`SKIEROWANIE do ${r.pick(['poradni kardiologicznej', 'szpitala', 'poradni neurologicznej'])}\nImię i nazwisko pacjenta: `);
  name(d, pt, 'full').t(`\nPESEL: ${r.digits(11)}   Data urodzenia: `).l('DOB', fd(r, dob(r), 'PL')).t('\nAdres zamieszkania: ');
  address(d, 'PL', ', ').t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t(`\nRozpoznanie: ${r.pick(ICD)} ${r.pick(['choroba Parkinsona', 'choroba Leśniowskiego-Crohna', 'nadciśnienie tętnicze'])}\nData wystawienia: ${fd(r, recent(r), 'PL')}\nLekarz: lek. med. `);
  name(d, P(r, 'PL'), 'full').t(`, NPWZ ${r.digits(7)}\nZwrot kosztów na rachunek `).l('IBAN', iban(r, 'PL')).t('\n');
};

const seRemiss: Tpl = (d, r) => {
  const pt = P(r, 'SE');
  d.t(`Remiss — ${r.pick(['Vårdcentralen Kungsholmen', 'Karolinska Universitetssjukhuset', 'Sahlgrenska'])}\nPatient: `);
  name(d, pt, 'full').t(`   Personnummer ${r.int(19, 20)}${r.digits(6)}-${r.digits(4)}\nFödd: `).l('DOB', fd(r, dob(r), 'SE')).t('\nAdress: ');
  address(d, 'SE', ', ').t('\nTelefon: ').l('PHONE', phone(r, 'SE')).t(`\nFrågeställning: ${r.pick(['Mb Parkinson?', 'Mb Crohn, skov', 'förmaksflimmer'])}. Besök önskas före ${fd(r, recent(r), 'SE')}.\nRemitterande läkare: `);
  name(d, P(r, 'SE'), 'full').t('\nErsättning till konto ').l('IBAN', iban(r, 'SE')).t('\n');
};

const ptGuia: Tpl = (d, r) => {
  const cc = r.pick(['PT', 'BR', 'BR']);
  const pt = P(r, cc);
  d.t(cc === 'BR' ? `GUIA DE SOLICITAÇÃO DE INTERNAÇÃO — ${r.pick(['Unimed', 'Bradesco Saúde', 'Amil'])}\nRegistro ANS ${r.digits(6)}\n` : `Pedido de reembolso — ${r.pick(['Médis', 'Multicare', 'AdvanceCare'])}\n`);
  d.t('Nome do beneficiário: ');
  name(d, pt, r.pick(['full', 'capsfull'])).t('\nData de nascimento: ').l('DOB', fd(r, dob(r), cc)).t(cc === 'BR' ? `   CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}   Carteirinha ${refDigits(r, 17)}\n` : `   NIF ${r.digits(9)}   N.º utente ${r.digits(9)}\n`);
  d.t('Endereço: ');
  address(d, cc, cc === 'BR' ? ', ' : ', ').t('\nTelefone: ').l('PHONE', phone(r, cc)).t('   E-mail: ').l('EMAIL', email(r, pt, 'BR')).t(`\nData da solicitação: ${fd(r, recent(r), cc)}   Previsão de internação: ${fd(r, recent(r), cc)}\nMédico solicitante: Dr. `);
  name(d, P(r, cc), 'full').t(cc === 'BR' ? ` CRM ${r.digits(6)}/${r.pick(['SP', 'RJ', 'MG'])}\n` : ` — cédula ${r.digits(5)}\nIBAN para reembolso: `);
  if (cc === 'PT') d.l('IBAN', iban(r, 'PT')).t('\n');
};

// ---- East Asia -------------------------------------------------------------------------------------------

const jaShokaijo: Tpl = (d, r) => {
  const s = r.pick(JA_S);
  const g = r.pick(JA_G);
  d.t(`診療情報提供書（紹介状）\n${fd(r, recent(r), 'JP')}\n\n${r.pick(['東京医科大学病院', '聖路加国際病院', '大阪市立総合医療センター'])} ${r.pick(['循環器内科', '整形外科', '消化器内科'])}\n`);
  d.t('担当医 ').l('PERSON', `${r.pick(JA_S)} ${r.pick(JA_G)}`).t(' 先生 御侍史\n\n患者氏名：');
  d.l('PERSON', r.chance(0.5) ? `${s} ${g}` : `${s}${g}`).t(' 様\n生年月日：').l('DOB', fd(r, dob(r), 'JP')).t('\n住所：').l('ADDRESS', jaAddr(r)).t('\n電話：').l('PHONE', phone(r, 'JP'));
  d.t(`\n保険者番号 ${r.digits(8)}  記号・番号 ${r.digits(4)}-${r.digits(3)}\n\n傷病名：${r.pick(['パーキンソン病', 'クローン病', '橋本病', '高血圧症'])}\n紹介目的：精査加療のお願い\n\n${r.pick(['山田クリニック', 'さくら内科医院', '中村整形外科'])}（院長 `);
  d.l('PERSON', `${r.pick(JA_S)} ${r.pick(JA_G)}`).t('）\n');
};

const jaPortalEn: Tpl = (d, r) => {
  const pt = P(r, 'JP');
  d.t(`Clinic message (English desk)\nFrom: `).self(pt).t(` <`).l('EMAIL', email(r, pt, 'JP')).t(`>\nHello, this is `);
  d.l('PERSON', nameAs(pt, 'sur')).t(` again (patient no. ${r.digits(6)}). My birthday is `).l('DOB', fd(r, dob(r), 'JP')).t(`. I need receipt for travel insurance for visit on ${fd(r, recent(r), 'JP')}. Please send to `).l('ADDRESS', addr(r, 'JP').join(', ')).t('. Phone ').l('PHONE', phone(r, 'JP')).t('.\n');
};

const koReferral: Tpl = (d, r) => {
  const nm = `${r.pick(KO_S)}${r.pick(KO_G)}`;
  d.t(`진료의뢰서\n\n환자 성명: `).l('PERSON', nm).t(' 님\n생년월일: ').l('DOB', fd(r, dob(r), 'KR')).t(`\n주민등록번호: ${r.digits(6)}-${r.int(1, 4)}******\n주소: `).l('ADDRESS', koAddr(r)).t('\n연락처: ').l('PHONE', phone(r, 'KR'));
  d.t(`\n보호자: `).l('PERSON', `${r.pick(KO_S)}${r.pick(KO_G)}`).t(` 씨 (${r.pick(['배우자', '딸', '아들'])}) `).l('PHONE', phone(r, 'KR')).t(`\n진단명: ${r.pick(['파킨슨병', '크론병', '당뇨병'])} (${r.pick(ICD)})\n의뢰일: ${fd(r, recent(r), 'KR')}\n의뢰의사: `).l('PERSON', `${r.pick(KO_S)}${r.pick(KO_G)}`).t('\n');
};

const zhInsurance: Tpl = (d, r) => {
  const nm = `${r.pick(ZH_S)}${r.pick(ZH_G)}`;
  d.t(`医疗保险理赔申请书\n被保险人姓名：`).l('PERSON', nm).t('\n出生日期：').l('DOB', fd(r, dob(r), 'CN')).t(`\n保单号：${refDigits(r, 18)}\n联系电话：`).l('PHONE', phone(r, 'CN')).t('\n联系地址：').l('ADDRESS', zhAddr(r)).t(`\n就诊日期：${fd(r, recent(r), 'CN')}  出院日期：${fd(r, recent(r), 'CN')}\n诊断：${r.pick(['帕金森病', '克罗恩病', '2型糖尿病'])}\n理赔款请汇入申请人本人银行卡：`).l('CARD', groupCard(r, luhnComplete('62' + refDigits(r, 13)))).t('\n');
};

// ---- Cross-border and system documents ---------------------------------------------------------------------

const travelClaim: Tpl = (d, r) => {
  const home = r.pick(['UK', 'DE', 'NL', 'IE', 'FR']);
  const abroad = r.pick(['ES', 'IT', 'PT', 'US', 'AT']);
  const pt = P(r, home);
  d.t(`${r.pick(['Allianz Travel', 'AXA Assistance', 'Europ Assistance'])} — Medical expenses claim\nPolicy ${letters(r, 3)}${r.digits(8)}   Cover ${fd(r, recent(r), 'UK')} to ${fd(r, recent(r), 'UK')}\n\nClaimant: `);
  name(d, pt, 'full').t('   Date of birth: ').l('DOB', fd(r, dob(r), home)).t('\nHome address: ');
  address(d, home, ', ').t('\nPhone: ').l('PHONE', phone(r, home)).t('   Email: ').l('EMAIL', email(r, pt, home)).t(`\n\nTreated at ${r.pick(['Hospital Quirónsalud', 'Clinica Santa Chiara', 'Hospital da Luz', 'Mount Sinai'])} on ${fd(r, recent(r), abroad)} — `);
  d.l('ADDRESS', streetAddr(r, abroad).join(', ')).t(`\nInvoice ${r.digits(8)}, paid locally by card `).l('CARD', card(r)).t(`.\nRefund to IBAN `).l('IBAN', iban(r, home === 'UK' ? 'GB' : home)).t(`\nTravelling companion: `);
  name(d, P(r, home), 'full').t('\n');
};

const csvExport: Tpl = (d, r) => {
  d.t(`# export: appointments_noshow_${r.int(2024, 2026)}${pad(r.int(1, 12))}.csv  generated ${tsIso(r)}\nlast_name,first_name,dob,phone,email,appt_date,provider\n`);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = P(r, 'US');
    const b = dob(r);
    name(d, p, 'sur').t(',');
    name(d, p, 'giv').t(',').l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(',').l('PHONE', usPhone(r).replace(/[^\d]/g, '').slice(-10)).t(',');
    if (r.chance(0.7)) d.l('EMAIL', email(r, p));
    const x = recent(r);
    d.t(`,${x.y}-${pad(x.m)}-${pad(x.d)},${r.pick(['DR_KIM', 'PT_CLINIC_2', 'NP_GRANT', 'DERM_POOL'])}\n`);
  }
};

const fhirJson: Tpl = (d, r) => {
  const p = P(r, r.pick(['US', 'UK', 'AU', 'CA']));
  const b = dob(r);
  d.t(`{\n  "resourceType": "Patient",\n  "id": "${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}",\n  "meta": { "versionId": "${r.int(1, 9)}", "lastUpdated": "${tsIso(r)}" },\n  "name": [{ "use": "official", "family": "`);
  name(d, p, 'sur').t('", "given": ["');
  name(d, p, 'giv').t('"] }],\n  "birthDate": "').l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).t('",\n  "telecom": [\n    { "system": "phone", "value": "').l('PHONE', usPhone(r)).t('", "use": "mobile" },\n    { "system": "email", "value": "').l('EMAIL', email(r, p)).t(`" }\n  ],\n  "managingOrganization": { "display": "${r.pick(ORGS)}" },\n  "contact": [{ "relationship": [{ "text": "${r.pick(['mother', 'spouse', 'guardian'])}" }], "name": { "text": "`);
  name(d, P(r, 'US'), 'full').t(`" } }]\n}\n`);
};

const loginAlertEmail: Tpl = (d, r) => {
  const u = P(r, r.pick(ENGLISH_CC));
  d.t('From: ').l('EMAIL', `${r.pick(['no-reply', 'security'])}@${r.pick(['mychart-rvh.org', 'portal.hopemedical.com', 'myhealth.granthealth.org'])}`).t('\nTo: ').l('EMAIL', email(r, u)).t(`\nSubject: New sign-in to your patient portal\n\nHi `);
  name(d, u, 'giv').t(`,\n\nWe noticed a new sign-in on ${fd(r, recent(r), 'US')} at ${time(r)} from ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'MyChart app 11.4.2.1 on Android'])}.\nIP address: `).l('IP', ip(r)).t(`\nApprox. location: ${r.pick(['Columbus, OH', 'Leeds, UK', 'Toronto, ON', 'unknown'])}\n\nIf this was not you, reset your password and call us at `).l('PHONE', tollFree(r)).t('.\n');
};

const interfaceLog: Tpl = (d, r) => {
  d.t(`[interface-engine] channel=ADT_IN  version=${r.int(3, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}\n`);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = P(r, 'US');
    const b = dob(r);
    d.t(`${tsIso(r)} WARN  ack timeout from `).l('IP', ipv4(r)).t(`:${r.pick([2575, 6661, 5000])} msg=${r.digits(10)} PID.5=`);
    name(d, p, 'sur').t('^');
    name(d, p, 'giv').t(' PID.7=').l('DOB', `${b.y}${pad(b.m)}${pad(b.d)}`).t(` MSH.7=${recent(r).y}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${pad(r.int(0, 23))}${pad(r.int(0, 59))}\n`);
  }
  d.t(`${tsIso(r)} INFO  failover to `).l('IP', ipv6(r)).t(` sha256=${hex(r, 64)}\n`);
};

const petInsurance: Tpl = (d, r) => {
  const cc = r.pick(['US', 'UK']);
  const owner = P(r, cc);
  const pet = r.pick(['Bella', 'Max', 'Rose', 'Biscuit', 'Winston', 'Luna', 'Guy', 'Hope']);
  d.t(`${r.pick(['Trupanion', 'Petplan', 'Healthy Paws'])} claim form\nPolicyholder: `);
  name(d, owner, 'full').t('\nAddress: ');
  address(d, cc, ', ').t('\nPhone: ').l('PHONE', phone(r, cc)).t(`\nPet name: ${pet}   Species: ${r.pick(['Dog', 'Cat'])}   Breed: ${r.pick(['Cavalier King Charles Spaniel', 'Jack Russell Terrier', 'Maine Coon', 'Labrador'])}\nPet's date of birth: ${fd(r, date(r, 2012, 2024), cc)}   Date of treatment: ${fd(r, recent(r), cc)}\nCondition: ${r.pick(["Cushing's disease", 'cruciate ligament rupture', 'ear infection'])}\nVet: Dr `);
  name(d, P(r, cc), 'sur').t(', ').t(r.pick(['Grant Street Vets', 'Hope Animal Hospital', 'Banfield'])).t(`\nReimburse by card ending ${r.digits(4)}.\n`);
};

const vaccination: Tpl = (d, r) => {
  const cc = r.pick(['US', 'UK', 'DE', 'AU', 'CA']);
  const pt = P(r, cc);
  const style = cc;
  d.t(`${cc === 'DE' ? 'Impfbescheinigung' : 'Immunization record'}\n${cc === 'DE' ? 'Name' : 'Name'}: `);
  name(d, pt, r.pick(['full', 'rev'])).t(cc === 'DE' ? '   geb. ' : '   DOB: ').l('DOB', fd(r, dob(r), style)).t('\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) d.t(`${fd(r, date(r, 2019, 2026), style)}  ${r.pick(['Comirnaty', 'Spikevax', 'Shingrix', 'Boostrix', 'Fluad', 'Gardasil 9'])}  Lot ${letters(r, 2)}${r.digits(4)}  ${r.pick(['L deltoid', 'R deltoid'])}\n`);
  d.t(cc === 'DE' ? 'Arzt/Ärztin: ' : 'Administered by: ');
  name(d, P(r, cc), 'init').t(` — next dose due ${fd(r, recent(r), style)}\n`);
};

const maternity: Tpl = (d, r) => {
  const cc = r.pick(['US', 'UK', 'AU', 'IE']);
  const mum = P(r, cc);
  const baby = { ...P(r, cc), family: mum.family };
  d.t(`${r.pick(['Birth notification', 'Newborn enrolment request', 'Add dependant — newborn'])}\nMother: `);
  name(d, mum, 'full').t('   Mother\'s DOB: ').l('DOB', fd(r, date(r, 1980, 2005), cc)).t(`   Policy ${memberId(r)}\nBaby: `);
  name(d, baby, 'full').t('   Born: ').l('DOB', fd(r, date(r, 2024, 2026), cc)).t(` at ${time(r)}, ${r.int(2500, 4300)} g, Apgar ${r.int(7, 9)}/${r.int(8, 10)}\nEstimated due date was ${fd(r, recent(r), cc)}.\nHome address: `);
  address(d, cc, ', ').t('\nContact: ').l('PHONE', phone(r, cc)).t('\n');
};

const homeHealth: Tpl = (d, r) => {
  const pt = P(r, 'US');
  d.t(`HOME HEALTH REFERRAL — ${r.pick(['Amedisys', 'VNS Health', 'BrightStar Care'])}\nPatient: `);
  name(d, pt, 'caps').t('   DOB: ').l('DOB', fd(r, dob(r), 'US')).t(`   Medicare MBI ${r.digits(1)}${letters(r, 2)}${r.digits(1)}-${letters(r, 2)}${r.digits(1)}-${letters(r, 2)}${r.digits(2)}\nService address: `);
  d.l('ADDRESS', streetAddr(r, 'US').join(', ')).t(`\nAccess: gate code ${r.digits(4)}#, ${r.pick(['side door', 'key in lockbox', 'ring twice'])}; dog on premises.\nPrimary caregiver: `);
  name(d, P(r, 'US'), 'full').t(' ').l('PHONE', usPhone(r)).t(`\nStart of care: ${fd(r, recent(r), 'US')}   Orders: SN, PT, OT   Referring MD `);
  name(d, clinician(r, 'US'), 'rev').t('\n');
};

const intakeForm: Tpl = (d, r) => {
  const me = P(r, 'US');
  d.t(`New patient intake — ${r.pick(['Behavioral Health', 'Family Medicine', 'Sleep Clinic'])} (submitted online ${tsIso(r)} from `).l('IP', ip(r)).t(`)\nLegal name: `).self(me).t('\nPreferred name: ');
  name(d, me, 'giv').t('\nDate of birth: ').l('DOB', fd(r, dob(r), 'US')).t('\nSSN: ');
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(r.pick([maskedSsn(r), badSsn(r), 'prefer not to say']));
  d.t('\nHome address: ');
  address(d, 'US', ', ').t('\nCell: ').l('PHONE', usPhone(r)).t('   OK to leave voicemail: yes\nEmail: ').l('EMAIL', email(r, me)).t(`\nPharmacy: ${r.pick(['CVS on Grant Ave', 'Walgreens #8812', 'Costco'])}\nEmergency contact: `);
  name(d, P(r, 'US'), 'full').t(', ').l('PHONE', usPhone(r)).t(`\nInsurance: ${r.pick(['Aetna', 'Cigna', 'Medicaid', 'self-pay'])}, subscriber DOB `).l('DOB', fd(r, dob(r), 'US')).t('\n');
};

const crmNotes: Tpl = (d, r) => {
  const pt = P(r, 'US');
  d.t(`Case ${r.pick(['CS', 'INC'])}-${r.digits(8)} | ${r.pick(['Claims', 'Eligibility', 'Pharmacy benefit'])} | opened ${fd(r, recent(r), 'US')}\n`);
  d.t(`- ${time(r)} inbound call from `);
  name(d, pt, r.pick(['full', 'lower'])).t(` (verified w/ DOB `).l('DOB', fd(r, dob(r), 'US')).t(` + zip). Asking why claim ${claimNo(r)} denied CO-197.\n- advised PA needed; faxed form to provider at `).l('PHONE', usPhone(r)).t(`\n- member wants refund of $${money(r, 20, 300)} to card `).l('CARD', card(r)).t(`; card ${badCard(r)} on file fails validation — left as is\n- callback `).l('PHONE', usPhone(r)).t(` pref. mornings. Escalated to `);
  name(d, P(r, 'US'), 'init').t(` (Tier 2). Tracking USPS 9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)} for EOB reprint.\n`);
};

const appealLetter: Tpl = (d, r) => {
  const me = P(r, 'US');
  d.t(`${fd(r, recent(r), 'US')}\n\n`).self(me).t('\n');
  address(d, 'US').t(`\n\nAppeals Unit\n${r.pick(['Grant Health Plus', 'BlueRidge Choice', 'Liberty Health'])}\n`);
  d.l('ADDRESS', `PO Box ${r.int(1000, 99999)}\n${r.pick(['Lexington, KY 405', 'Columbus, OH 432'])}${r.digits(2)}`).t(`\n\nRe: Member ID ${memberId(r)}, claim ${claimNo(r)}, DOB `).l('DOB', fd(r, dob(r), 'US'));
  d.t(`\n\nTo whom it may concern,\n\nI am appealing the denial dated ${fd(r, recent(r), 'US')} for ${r.pick(DRUGS)}, prescribed by Dr. `);
  name(d, clinician(r, 'US'), 'full').t(` for ${eponym(r)}. Under the Affordable Care Act I am entitled to an external review. Enclosed are notes from ${fd(r, recent(r), 'US')} and ${fd(r, recent(r), 'US')}.\nYou can reach me at `).l('PHONE', usPhone(r)).t(' or ').l('EMAIL', email(r, me)).t('.\n\nSincerely,\n');
  name(d, me, r.pick(['full', 'giv'])).t('\n');
};

const caregiverPortal: Tpl = (d, r) => {
  const cc = r.pick(['US', 'UK', 'AU', 'CA']);
  const me = P(r, cc);
  const parent = P(r, cc);
  d.t(`${r.pick(['Proxy access message', 'Message from authorised representative'])}\nFrom: `).self(me).t(` (proxy for `);
  name(d, parent, 'full').t(`)\n\nHello, I look after my ${parent.female ? r.pick(['mum', 'mother', 'grandmother', 'aunt']) : r.pick(['dad', 'father', 'grandfather', 'uncle'])}, `);
  name(d, parent, 'giv').t(', born ').l('DOB', fd(r, dob(r), cc)).t(`. ${parent.female ? 'She' : 'He'} has ${eponym(r)} and missed the appointment on ${fd(r, recent(r), cc)}. Can we rebook for a morning? Best number is `).l('PHONE', phone(r, cc)).t(`; ${parent.female ? 'her' : 'his'} landline is `).l('PHONE', phone(r, cc)).t('.\n');
  if (r.chance(0.5)) d.t('Please post letters to ').l('ADDRESS', addr(r, cc).join(', ')).t(' rather than the old address.\n');
  d.t('Thanks, ');
  name(d, me, 'giv').t('\n');
};

const euPortalSelf: Tpl = (d, r) => {
  const lang = r.pick(['DE', 'FR', 'ES', 'IT', 'NL']);
  const me = P(r, lang);
  const intro: Record<string, [string, string, string, string]> = {
    DE: ['Guten Tag, mein Name ist ', ', geboren am ', '. Ich brauche ein neues Rezept. Rückruf bitte unter ', '. Danke!'],
    FR: ['Bonjour, je suis ', me.female ? ', née le ' : ', né le ', '. J\'ai besoin d\'un renouvellement d\'ordonnance. Vous pouvez me joindre au ', '. Merci.'],
    ES: ['Hola, soy ', ', fecha de nacimiento ', '. Necesito cambiar mi cita. Mi móvil es ', '. Gracias.'],
    IT: ['Buongiorno, sono ', me.female ? ', nata il ' : ', nato il ', '. Vorrei spostare la visita. Il mio cellulare è ', '. Grazie.'],
    NL: ['Goedemorgen, ik ben ', ', geboren op ', '. Ik wil graag een herhaalrecept. Bel me op ', '. Bedankt.'],
  };
  const [a, b, c, e] = intro[lang] ?? ['', '', '', ''];
  d.t(a).self(me).t(b).l('DOB', fd(r, dob(r), lang)).t(c).l('PHONE', phone(r, lang)).t(e);
  if (r.chance(0.6)) d.t(' ').l('EMAIL', email(r, me, lang));
  if (r.chance(0.5)) d.t(' IBAN: ').l('IBAN', iban(r, lang === 'UK' ? 'GB' : lang));
  d.t('\n');
};

const pharmacyRefillSelf: Tpl = (d, r) => {
  const cc = r.pick(['UK', 'AU', 'IE', 'CA', 'US']);
  const me = P(r, cc);
  d.t(`Repeat prescription request (online form)\nYour full name: `).self(me).t('\nDate of birth: ').l('DOB', fd(r, dob(r), cc)).t('\nAddress: ');
  address(d, cc, ', ').t(`\nMedication(s): ${r.pick(DRUGS)}; ${r.pick(DRUGS)}\nNominated pharmacy: ${r.pick(['Boots, High Street', 'Lindqvist Apotek', 'Priceline Pharmacy', 'Shoppers Drug Mart'])}\nPay delivery fee with card: `).l('CARD', card(r)).t(`\nMobile: `).l('PHONE', phone(r, cc)).t('\n');
};

const visionInvoice: Tpl = (d, r) => {
  const cc = r.pick(['UK', 'US', 'IE']);
  const pt = P(r, cc);
  d.t(`${r.pick(['Specsavers', 'Vision Express', 'LensCrafters'])} — Receipt ${r.digits(8)}\nDate ${fd(r, recent(r), cc)}\nCustomer: `);
  name(d, pt, r.pick(['init', 'full'])).t('   DOB ').l('DOB', fd(r, dob(r), cc)).t(`\nSight test (Snellen ${r.pick(['6/6', '6/9', '20/40'])}) £${money(r, 20, 40)}\nFrames ${r.pick(['Ray-Ban RB5154', 'Tom Ford FT5401', 'Calvin Klein CK19'])} £${money(r, 60, 250)}\nPaid: card `).l('CARD', card(r)).t(` auth ${r.digits(6)}\nOptometrist: `);
  name(d, P(r, cc), 'full').t(` (GOC 01-${r.digits(5)})\n`);
};

const labRequisition: Tpl = (d, r) => {
  const cc = r.pick(['UK', 'AU', 'CA', 'IE', 'NG']);
  const pt = P(r, cc);
  d.t(`Pathology request — specimen ${letters(r, 2)}${r.digits(8)}\nSurname: `);
  name(d, pt, 'sur').t('   Forename: ');
  name(d, pt, 'giv').t('\nDOB: ').l('DOB', fd(r, dob(r), cc)).t(`   Sex: ${pt.female ? 'F' : 'M'}   Collected: ${fd(r, recent(r), cc)} ${time(r)}\nTests: FBC, U&E, LFT, HbA1c, ${r.pick(['Coeliac screen', 'PSA', 'Ferritin', 'TFTs'])}\nClinical details: ? ${eponym(r)}\nCopy to: Dr `);
  name(d, P(r, cc), 'init').t(', ').l('EMAIL', orgEmail(r, r.pick(['nhs.net', 'clinic.example.org', 'healthmail.ie']))).t('\nPatient mobile for results: ').l('PHONE', phone(r, cc)).t('\n');
};

const faxCoverRecords: Tpl = (d, r) => {
  d.noise = r.pick([0.05, 0.1, 0.15]);
  const pt = P(r, 'US');
  d.t(`F A X   C O V E R\nDate: ${fd(r, recent(r), 'US')}   Pages (incl. cover): ${r.int(2, 40)}\nTo: Medical Records   Fax: `).l('PHONE', usPhone(r)).t('\nFrom: ');
  name(d, P(r, 'US'), r.pick(['full', 'rev'])).t(', ').t(r.pick(['Fox & Hart Law', 'Stone Disability Advocates', 'Moon Life Insurance'])).t('   Phone: ').l('PHONE', usPhone(r)).t('\nRE: Request for records — ');
  name(d, pt, 'caps').t('  DOB ').l('DOB', fd(r, dob(r), 'US')).t('  SSN ');
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`\nDates of treatment: ${fd(r, recent(r), 'US')} to present.\n`);
  if (r.chance(0.5)) d.t(`Please reply to ${r.pick(['records', 'intake'])}@\n${r.pick(['foxhartlaw.com', 'stoneadvocates.org'])} or the fax above.\n`);
  d.t('\nThe documents accompanying this transmission contain confidential health information.\n');
};

const ambulanceRun: Tpl = (d, r) => {
  const cc = r.pick(['US', 'AU', 'UK']);
  const pt = P(r, cc);
  d.t(`PATIENT CARE RECORD — Unit ${r.pick(['Medic', 'Rescue', 'Ambulance'])} ${r.int(1, 99)}   Incident ${r.digits(9)}\nDispatched ${time(r)}  On scene ${time(r)}  At destination ${time(r)}\nPt: `);
  const b = dob(r);
  name(d, pt, r.pick(['caps', 'full', 'lower'])).t(`  Age ${2025 - b.y}  DOB `).l('DOB', fd(r, b, cc)).t('\nPickup location: ');
  if (r.chance(0.6)) d.l('ADDRESS', streetAddr(r, cc).join(', '));
  else d.t(`${r.pick(['corner of Elm and 3rd, outside the pharmacy', 'Stone Park, near the playground', 'I-90 mile marker 212'])}`);
  d.t(`\nCC: ${r.pick(['chest pain', 'fall', 'SOB', 'seizure'])}. GCS ${r.int(8, 15)}. Hx ${eponym(r)}. BGL ${r.int(3, 20)}.\nWife `);
  name(d, P(r, cc), 'giv').t(' on scene, ph ').l('PHONE', phone(r, cc)).t(`.\nCrew: `);
  name(d, P(r, cc), 'init').t(' / ');
  name(d, P(r, cc), 'init').t('\n');
};

const medicareSupp: Tpl = (d, r) => {
  const ap = P(r, 'US');
  d.t(`Medicare Supplement Application — Plan ${r.pick(['G', 'N', 'F'])}\nApplicant: `);
  name(d, ap, r.pick(['full', 'rev'])).t('\nSocial Security Number: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', fd(r, date(r, 1935, 1960), 'US')).t(`\nMedicare Part A effective: ${fd(r, recent(r), 'US')}   Part B effective: ${fd(r, recent(r), 'US')}\nResidence address:\n`);
  address(d, 'US').t('\nPhone: ').l('PHONE', usPhone(r)).t(`\nBank draft: routing ${r.digits(9)} account ${r.digits(10)} — or card `).l('CARD', card(r)).t(`\nAgent: `);
  name(d, P(r, 'US'), 'full').t(`, NPN ${r.digits(8)}\n`);
};

const collectionsLetter: Tpl = (d, r) => {
  const g = P(r, 'US');
  d.t(`${r.pick(['Grant & Stone Recovery', 'Medical Revenue Partners'])}\n`);
  d.l('ADDRESS', `PO Box ${r.int(100, 9999)}, ${r.pick(['Tulsa, OK 741', 'Fargo, ND 581'])}${r.digits(2)}`).t(`\n\n${fd(r, recent(r), 'US')}\n\n`);
  name(d, g, 'capsfull').t('\n');
  address(d, 'US').t(`\n\nOriginal creditor: ${r.pick(ORGS)}   Account ${r.digits(9)}   Balance $${money(r, 100, 9000)}\nOur records show SSN `).l('NATIONAL_ID', ssn(r)).t(` and date of birth `).l('DOB', fd(r, dob(r), 'US')).t(`. Service date ${fd(r, recent(r), 'US')}.\nThis is an attempt to collect a debt. Call `).l('PHONE', tollFree(r)).t(' Mon-Fri.\n');
};

const careHomeNok: Tpl = (d, r) => {
  const cc = r.pick(['UK', 'IE', 'AU', 'DE']);
  const res = P(r, cc);
  d.t(`${cc === 'DE' ? 'Pflegeheim Lindenhof — Stammblatt' : 'Care home — resident profile'}\n${cc === 'DE' ? 'Bewohner/in' : 'Resident'}: `);
  name(d, res, 'full').t(cc === 'DE' ? '  geb. ' : '  born ').l('DOB', fd(r, date(r, 1925, 1955), cc)).t(`  Room ${r.int(1, 60)}\n${cc === 'DE' ? 'Angehörige' : 'Next of kin'}:\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const k = P(r, cc);
    d.t(' - ');
    name(d, k, r.pick(['full', 'rev'])).t(', ').l('PHONE', phone(r, cc));
    if (r.chance(0.5)) d.t(', ').l('EMAIL', email(r, k, cc));
    if (r.chance(0.4)) d.t('\n   ').l('ADDRESS', addr(r, cc).join(', '));
    d.t('\n');
  }
  if (cc === 'DE' && r.chance(0.6)) d.t('Lastschrift Heimentgelt von IBAN ').l('IBAN', iban(r, 'DE')).t('\n');
  if (cc === 'IE' && r.chance(0.5)) d.t('Fees by standing order from ').l('IBAN', iban(r, 'IE')).t('\n');
  d.t(`${cc === 'DE' ? 'Hausarzt' : 'GP'}: Dr `);
  name(d, P(r, cc), 'sur').t(`   DNACPR: ${r.pick(['yes', 'no'])}   ${r.pick(["Lasting power of attorney registered", 'Vorsorgevollmacht liegt vor', ''])}\n`);
};

const appointmentEmailIntl: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'SE', 'PL']);
  const pt = P(r, cc);
  const doms: Record<string, string> = { DE: 'praxis-lindenhof.de', FR: 'cabinet-medical-voltaire.fr', ES: 'clinica-sierpes.es', IT: 'studio-medico-garibaldi.it', NL: 'huisarts-delinde.nl', PT: 'clinica-augusta.pt', SE: 'vardcentralen-city.se', PL: 'przychodnia-dluga.pl' };
  const clinic = doms[cc] ?? 'clinic.eu';
  const hi: Record<string, string> = { DE: 'Guten Tag ', FR: 'Bonjour ', ES: 'Hola ', IT: 'Gentile ', NL: 'Beste ', PT: 'Olá ', SE: 'Hej ', PL: 'Dzień dobry, ' };
  d.t(`From: `).l('EMAIL', orgEmail(r, clinic)).t('\nTo: ').l('EMAIL', email(r, pt, cc)).t(`\n\n${hi[cc] ?? ''}`);
  name(d, pt, r.pick(['full', 'giv'])).t(`,\n${fd(r, recent(r), cc)} — ${time(r)}\n`);
  d.l('ADDRESS', streetAddr(r, cc).join(', ')).t('\nTel. ').l('PHONE', phone(r, cc)).t(`\nRef. ${r.digits(6)}\n`);
};

const usFaceSheet: Tpl = (d, r) => {
  const pt = P(r, 'US');
  const gu = P(r, 'US');
  d.t(`ADMISSION FACE SHEET   ${r.pick(ORGS)}   Acct ${r.digits(10)}   Adm ${fd(r, recent(r), 'US')} ${time(r)}\n`);
  d.t('PATIENT  ');
  name(d, pt, 'caps').t('   SSN ').l('NATIONAL_ID', ssn(r)).t('   DOB ').l('DOB', fd(r, dob(r), 'US')).t(`   ${pt.female ? 'F' : 'M'}\n`);
  address(d, 'US', '  ').t('   HM ').l('PHONE', usPhone(r)).t('\nGUARANTOR  ');
  name(d, gu, 'caps').t('   SSN ');
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(badSsn(r));
  d.t(`   EMPLOYER ${r.pick(['King Soopers', 'Grant Logistics', 'Hope Valley Schools', 'self-employed'])}\nPRIMARY INS ${r.pick(['Aetna PPO', 'UHC Choice Plus', 'Medicaid MCO'])}  ID ${memberId(r)}  EFF ${fd(r, recent(r), 'US')}\nADMITTING DX ${r.pick(ICD)}   ATTENDING `);
  name(d, clinician(r, 'US'), 'caps').t(` MD   ROOM ${r.int(200, 899)}-${letters(r, 1, 'AB')}\n`);
};

const usW9Provider: Tpl = (d, r) => {
  const p = P(r, 'US');
  d.t(`Form W-9 (Rev. March 2024) — vendor onboarding, ${r.pick(['credentialing', 'locum tenens payroll', 'interpreter services'])}\n1 Name: `);
  name(d, p, 'full').t(`\n2 Business name: ${r.pick(['', 'BrightPath Therapy Services LLC', 'Guy & Grant Interpreting'])}\n3 Federal tax classification: Individual/sole proprietor\n5 Address: `);
  d.l('ADDRESS', addr(r, 'US').join(', ')).t('\nPart I  Social security number: ').l('NATIONAL_ID', ssn(r)).t(`   or Employer identification number: ${r.chance(0.5) ? ein(r) : '—'}\nSigned ${fd(r, recent(r), 'US')}. Remit ACH to routing ${r.digits(9)}.\nContact `).l('PHONE', usPhone(r)).t('\n');
};

const deviceUploadLog: Tpl = (d, r) => {
  const cc = r.pick(['US', 'UK', 'DE', 'NL']);
  const p = P(r, cc);
  d.t(`remote-monitoring gateway — ${r.pick(['CGM', 'BP cuff', 'pacemaker home monitor', 'CPAP'])} uploads\npatient="`);
  name(d, p, 'rev').t(`" device_sn=${alnum(r, 12)} fw=${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 9)}.${r.int(0, 40)}\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t(`${tsIso(r)} upload ok bytes=${r.int(1000, 90000)} peer=`);
    const v = ip(r);
    if (v.includes(':')) d.t('[').l('IP', v).t(']');
    else d.l('IP', v);
    d.t(`:${r.int(1024, 65535)}\n`);
  }
  d.t(`${tsIso(r)} alert routed to clinician `);
  name(d, P(r, cc), 'init').t(` via `).l('EMAIL', orgEmail(r, r.pick(['rpm-alerts.net', 'cardiohome.de', 'monitoring.nl']))).t('\n');
};

const esReembolso: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'PT', 'IE', 'LU', 'FI']);
  const lang = cc === 'PT' ? 'PT' : cc === 'ES' ? 'ES' : 'UK';
  const pt = P(r, cc === 'LU' ? 'FR' : cc === 'FI' ? 'SE' : cc);
  const t: Record<string, [string, string, string, string]> = {
    ES: ['Solicitud de reembolso — Sanitas / Adeslas\nAsegurado: ', '\nNacimiento: ', '\nCuenta para el abono (IBAN): ', '\nFecha de la factura: '],
    PT: ['Reembolso de despesas de saúde\nTomador: ', '\nNascido em: ', '\nIBAN: ', '\nData da fatura: '],
    UK: ['Health cash plan — claim for refund\nPolicyholder: ', '\nDate of birth: ', '\nPay into IBAN: ', '\nReceipt date: '],
  };
  const [a, b, c, e] = t[lang] ?? ['', '', '', ''];
  d.t(a);
  name(d, pt, 'full').t(b).l('DOB', fd(r, dob(r), lang === 'UK' ? 'UK' : lang)).t(c).l('IBAN', iban(r, cc)).t(`${e}${fd(r, recent(r), lang === 'UK' ? 'UK' : lang)}\n`);
  if (r.chance(0.5)) d.t(`(${lang === 'UK' ? 'Previous account' : 'Cuenta anterior'} ${badIban(r, cc)} closed.)\n`);
};

// ---- Hard negatives (no personal data at all) -------------------------------------------------------------

const negFormulary: Tpl = (d, r) => {
  d.t(`FORMULARY UPDATE — effective ${fd(r, recent(r), 'US')} (P&T Committee, ${r.pick(['Grant Health Plus', 'Hope Medical Group'])})\n`);
  for (let i = 0; i < r.int(3, 5); i++) d.t(`- ${r.pick(DRUGS)} (NDC ${r.digits(5)}-${r.digits(4)}-${r.digits(2)}) moved to tier ${r.int(1, 5)}; PA required for ${r.pick(EPONYMS)}.\n`);
  d.t(`Johnson & Johnson and Eli Lilly rebates apply. Questions: see the Walgreens specialty portal, v${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.\n`);
};
const negClaimsBatch: Tpl = (d, r) => {
  d.t(`837P batch ${r.digits(9)} — submitted ${tsIso(r)}\nSubmitter EIN ${ein(r)}   Payer ID ${r.digits(5)}   ISA control ${r.digits(9)}\n`);
  for (let i = 0; i < r.int(3, 6); i++) d.t(`${claimNo(r)}  DOS ${fd(r, recent(r), 'US')}  CPT ${r.pick(CPT)}  $${money(r, 50, 3000)}  ${r.pick(['ACCEPTED', 'REJECTED A7:21', 'PENDED'])}\n`);
  d.t(`ERA deposit trace ${refDigits(r, 15)}, ABA routing ${r.digits(9)}. Card-like test token ${badCard(r)} rejected (Luhn).\n`);
};
const negReleaseNotes: Tpl = (d, r) => {
  d.t(`EHR release ${r.int(10, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} (build ${hex(r, 7)}) — deployed ${tsIso(r)}\n`);
  d.t(`* Fixed: HL7 ADT^A08 dropped PID-13 when MSH-12 was 2.5.1.\n* New: Apgar score and Glasgow Coma Scale flowsheets.\n* Changed: Bell's palsy order set renamed; Holter monitor integration upgraded to 3.2.0.12.\n* Known issue ${r.pick(['EHR', 'INC'])}-${r.digits(6)}: Safari ${r.int(15, 17)}.${r.int(0, 6)} rendering.\nsha256 ${hex(r, 64)}\n`);
};
const negGuideline: Tpl = (d, r) => {
  d.t(`Clinical pathway: ${r.pick(EPONYMS)}\n1. Confirm diagnosis (${r.pick(EPON_TOOLS)}; ${r.pick(EPON_TOOLS)}).\n2. Refer under the Ryan White program or Medicare Part D if eligible; Kendra's Law does not apply to outpatient referrals.\n3. Reassess at ${r.int(6, 12)} weeks. Evidence grade ${r.pick(['A', 'B', 'C'])}; last reviewed ${fd(r, recent(r), 'UK')}, next review ${fd(r, recent(r), 'UK')}.\n`);
};
const negFacilityMemo: Tpl = (d, r) => {
  d.t(`MEMO — Facilities\nThe ${r.pick(['Grant Room', 'Nightingale Suite', 'Mayo Conference Room'])} in the Florence Nightingale Wing is closed ${fd(r, recent(r), 'UK')} to ${fd(r, recent(r), 'UK')}. Use the entrance on Martin Luther King Jr. Blvd; the Ronald McDonald House shuttle leaves every ${r.int(10, 30)} minutes from Level ${r.int(1, 4)}.\nTeam Hope and Team Grant rotas unchanged. Ticket FAC-${r.digits(5)}.\n`);
};
const negFaxReport: Tpl = (d, r) => {
  d.t(`TRANSMISSION VERIFICATION REPORT\nTIME ${tsIso(r)}   JOB ${r.digits(4)}\n`);
  for (let i = 0; i < r.int(2, 5); i++) d.t(`${pad(r.int(1, 12))}/${pad(r.int(1, 28))} ${time(r)}  ***-***-${r.digits(4)}  ${r.int(1, 30)} pg  ${r.pick(['OK', 'NG BUSY', 'OK ECM'])}  ${r.int(0, 9)}'${pad(r.int(0, 59))}"\n`);
};
const negPaymentErrors: Tpl = (d, r) => {
  d.t(`payment-gateway errors (copay kiosk) ${fd(r, recent(r), 'ISO')}\n`);
  for (let i = 0; i < r.int(3, 5); i++) d.t(`${tsIso(r)} ERR luhn_fail pan=${badCard(r)} terminal=K${r.digits(3)}\n`);
  d.t(`${tsIso(r)} ERR iban_checksum value=${badIban(r, r.pick(['DE', 'FR', 'NL', 'GB']))}\n${tsIso(r)} WARN masked=${maskedCard(r)} ssn=${maskedSsn(r)} itin=${badSsn(r)}\n`);
};
const negSlots: Tpl = (d, r) => {
  d.t(`Open appointment slots — ${r.pick(['Dermatology', 'Sleep Clinic', 'Physio'])}\n`);
  for (let i = 0; i < r.int(3, 6); i++) d.t(`${fd(r, recent(r), 'US')}  ${time(r)}  Room ${r.int(100, 450)}${letters(r, 1, 'AB')}  ${r.pick(['new pt', 'follow-up', 'telehealth'])}\n`);
  d.t('Book via the kiosk; walk-ins after 4 pm.\n');
};
const negPlans: Tpl = (d, r) => {
  d.t(`2026 plan comparison\nPlan                     Deductible   OOP max    PCP copay\n`);
  for (const p of ['Bronze Hope 3500', 'Silver Grant 2000', 'Gold Rose 500', 'Platinum Guy Select']) d.t(`${p.padEnd(25)}$${r.int(5, 70)}00        $${r.int(30, 92)}00      $${r.int(0, 60)}\n`);
  d.t(`Open enrollment ${fd(r, recent(r), 'US')} – ${fd(r, recent(r), 'US')}. HIOS ID ${r.digits(5)}${letters(r, 2)}${r.digits(7)}.\n`);
};
const negLabQc: Tpl = (d, r) => {
  d.t(`QC log — analyzer ${r.pick(['Cobas 8000', 'Alinity ci', 'Atellica'])} SN ${alnum(r, 10)}\n`);
  for (let i = 0; i < r.int(3, 5); i++) d.t(`${fd(r, recent(r), 'DE')}  Lot ${r.digits(6)}  exp ${fd(r, recent(r), 'DE')}  level ${r.int(1, 3)}  ${r.int(80, 120)}.${r.digits(1)}  ${r.pick(['in range', 'Westgard 1-2s warning', 'in range'])}\n`);
};
const negDeRundschreiben: Tpl = (d, r) => {
  d.t(`Rundschreiben ${r.int(2024, 2026)}/${r.digits(3)} — Änderungen zum ${fd(r, recent(r), 'DE')}\nDie Kostenerstattung nach § 13 SGB V für ${r.pick(['Morbus Crohn', 'Morbus Parkinson'])}-Patienten wird vereinfacht. Beispiel-IBAN (ungültig): ${badIban(r, 'DE')}. IK-Nummer ${r.digits(9)}. Version ${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}.\n`);
};
const negFrNote: Tpl = (d, r) => {
  d.t(`Note de service n° ${r.digits(4)} — Hôpital Édouard-Herriot, pavillon Pasteur\nÀ compter du ${fd(r, recent(r), 'FR')}, les dossiers « maladie d'Alzheimer » sont centralisés. Numéro FINESS ${r.digits(9)}. Réf. ${hex(r, 8)}.\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Generator

const TEMPLATES: ReadonlyArray<readonly [Tpl, number]> = [
  [usClaimForm, 2], [usEob, 1], [usPriorAuthFax, 1.5], [usDischarge, 1], [usLab, 1], [usImaging, 1], [usRx, 1],
  [usPharmacyNote, 1.5], [usPortalMsg, 2.5], [usReminderSms, 1], [usCaregiverForm, 1], [usSecurityLog, 2],
  [usTelehealthTranscript, 1], [usDentalClaim, 2], [usBillingStatement, 1.5], [usWorkersComp, 2], [usRecordsRelease, 1],
  [ukReferral, 1], [ukDischargeLetter, 1], [ieGpReferral, 1], [caOhipClaim, 1], [auMedicare, 1.5], [inDischarge, 1],
  [zaMedicalAid, 1], [aePreapproval, 1], [ngHmoAuth, 1], [keInsurance, 1],
  [deArztbrief, 1], [deErstattung, 2], [atChReimb, 2], [frLettreLiaison, 1], [frRemboursement, 2], [beInvoice, 2],
  [esInformeAlta, 1], [mxAseguradora, 1.5], [itLetteraDimissione, 2], [nlVerwijsbrief, 1], [nlPhysioInvoice, 2],
  [plSkierowanie, 2], [seRemiss, 2], [ptGuia, 1], [jaShokaijo, 1], [jaPortalEn, 1.5], [koReferral, 1], [zhInsurance, 2],
  [travelClaim, 2], [csvExport, 1], [fhirJson, 1], [loginAlertEmail, 1.5], [interfaceLog, 2], [petInsurance, 1],
  [vaccination, 1], [maternity, 1], [homeHealth, 1], [intakeForm, 2], [crmNotes, 2], [appealLetter, 2],
  [caregiverPortal, 2], [euPortalSelf, 2.5], [pharmacyRefillSelf, 2], [visionInvoice, 2], [labRequisition, 1],
  [faxCoverRecords, 1.5], [ambulanceRun, 1], [medicareSupp, 2], [collectionsLetter, 2], [careHomeNok, 1],
  [appointmentEmailIntl, 1], [usFaceSheet, 2.5], [usW9Provider, 2], [deviceUploadLog, 2], [esReembolso, 3],
];
const NEGATIVES: readonly Tpl[] = [
  negFormulary, negClaimsBatch, negReleaseNotes, negGuideline, negFacilityMemo, negFaxReport, negPaymentErrors, negSlots,
  negPlans, negLabQc, negDeRundschreiben, negFrNote,
];
const TOTAL_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);
/** Share of documents that are pure hard negatives. */
const NEGATIVE_SHARE = 0.1;

function pickTemplate(r: Rng): Tpl {
  if (r.chance(NEGATIVE_SHARE)) return r.pick(NEGATIVES);
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return at(TEMPLATES, TEMPLATES.length - 1)[0];
}

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent26Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent26Entry[] {
  const seed = opts.seed ?? INDEPENDENT26_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT26_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent26Entry[] = [];
  let n = 0;
  while (n < min) {
    const d = new Doc(r);
    pickTemplate(r)(d, r);
    const e = d.entry();
    out.push(e);
    n += e.labels.length;
  }
  return out;
}
