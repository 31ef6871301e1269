/**
 * @module privacy/pii-corpus-independent-28 — blind labelled PII corpus #28: e-commerce and travel customer
 * service across channels.
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its other corpora or templates, its tests, docs, benchmarks or git
 * history, and never ran the detector on this text. Every name, address, template and value is invented here.
 *
 * Seeds: {@link INDEPENDENT28_SEEDS} (280001, 280002, 280003); each seed yields whole documents until at least
 * `minInstances` labels (default 2,400) exist, deterministically.
 *
 * Contents: e-mail threads with quoted replies and signatures, order / booking / itinerary confirmations,
 * chat-widget logs with visitor metadata, social-media direct messages, returns and claim forms, replies to
 * reviews, loyalty-programme and payment disputes, CRM notes and courier texts, in English, German, French,
 * Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Turkish, Japanese and Korean, with names from 31
 * cultures and phone, address and date formats of 23 countries. About one document in nine is a hard negative
 * (no PII; people-named brands, places, storms, diseases and laws, order / tracking / case numbers, hashes,
 * versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, other dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only, one label per contiguous name; honorifics (Mr., Frau, Sra., 様, 님 …) and a
 *   possessive 's stay outside; initials+surname, surname-only, given-only, ALL CAPS, lower-case,
 *   "Surname, Given" and airline "SURNAME/GIVEN" forms are labelled. Brands, places, pets, ships, storms,
 *   streets named after people, eponymous diseases/laws and @handles are not; names inside e-mail addresses
 *   are not labelled separately.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extensions outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; invalid or masked numbers not.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids not.
 * - IP: every IPv4/IPv6 address, ports and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT28_SEEDS = [280001, 280002, 280003] as const;
export const INDEPENDENT28_MIN_INSTANCES = 2400;

/** A gold label carrying the exact text of its span. */
export interface Independent28Label extends PiiLabel {
  readonly value: string;
}

/** One document of split #28. */
export interface Independent28Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent28Label[];
}

// ---------------------------------------------------------------------------------------------------------
// Document builder

class Doc {
  text = '';
  readonly labels: Independent28Label[] = [];
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
}

function at<T>(xs: readonly T[], i: number): T {
  return xs[i] as T;
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const UP = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function letters(r: Rng, n: number, pool = UP): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pool.charAt(r.int(0, pool.length - 1));
  return s;
}
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
const slug = (s: string): string => ascii(s).toLowerCase().replace(/[^a-z0-9]/g, '');

// ---------------------------------------------------------------------------------------------------------
// Names: 31 cultures; male given | female given | surnames | countries | order

interface Culture {
  readonly key: string;
  readonly m: readonly string[];
  readonly f: readonly string[];
  readonly s: readonly string[];
  readonly cc: readonly string[];
  readonly sg: boolean;
}
const RAW_CULTURES: ReadonlyArray<readonly [string, string, string, string, string, boolean]> = [
  ['en_us', 'Will Bill Grant Guy Hunter Mark Chase Tyler Jordan Frank Art Dwayne', 'Rose Hope May Faith Summer Dawn Brooke Madison Joy Ginger Autumn Kelsey', 'Baker Cook Street King Price Long Young Hall Wood Brown Green Fox Rich Moody Sharp Love Mason Parker Savage Bell', 'US CA', false],
  ['en_gb', 'Nigel Alistair Rupert Callum Olly Gareth Clive Barnaby Reggie Toby', 'Fiona Harriet Imogen Poppy Pippa Ffion Beth Tamsin Lottie Gemma', 'Thornton Ashworth Pemberton Whitlock Hargreaves Bramley Cartwright Fairclough Entwistle Holloway Mercer Sykes', 'GB AU', false],
  ['ie', 'Ciarán Cormac Darragh Eoin Oisín Fionn Tadhg', 'Siobhán Aoife Niamh Róisín Orla Saoirse Clodagh', "O'Sullivan Ní_Bhriain McCarthy Doyle Byrne Gallagher Ó_Ceallaigh Kinsella Brennan Fitzgerald", 'IE GB', false],
  ['scot', 'Hamish Struan Euan Fraser Angus Lachlan', 'Isla Morag Kirsty Ailsa Eilidh Catriona', 'MacLeod Drummond Buchanan Sinclair Munro Urquhart Cameron', 'GB', false],
  ['de', 'Jürgen Lukas Friedrich Maximilian Torben Jonas Henning Kai Detlef', 'Anke Heike Sabine Ute Franziska Wiebke Greta Mareike Jutta', 'Müller Schröder Brandt Vogel Hoffmann Wagner Köhler Zimmermann Becker Krüger Weiß Hartmann Fuchs Lange', 'DE CH', false],
  ['fr', 'Théo Baptiste Mathis Gaël Rémi Léon Thibault Yannick', 'Amélie Élodie Clémence Océane Solène Inès Margaux Maëlle', 'Dubois Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lambert Bonnet Mercier Faure Gauthier Leclerc Marchand', 'FR CH CA', false],
  ['es', 'Alejandro Javier Iñigo Álvaro Sergio Ignacio Borja Unai', 'Lucía Pilar Nerea Rocío Carmen Begoña Amaia Inmaculada', 'García Fernández Martínez Etxeberria Sánchez Romero Navarro Iglesias Ortega Rubio Molina Vidal', 'ES', false],
  ['mx', 'Jesús Rodrigo Emiliano Joaquín Said Ulises Efraín', 'Guadalupe Ximena Itzel Araceli Yesenia Dulce Citlali', 'Hernández López Ramírez Cruz Villalobos de_la_Cruz Ochoa Salazar Zavala Reyes Gutiérrez Castañeda', 'MX US', false],
  ['br', 'João Thiago Gustavo Vinícius Caio Rui Wellington Anderson', 'Bruna Larissa Fernanda Luana Rafaela Tânia Jéssica Graça', 'Silva Santos Oliveira Souza Pereira Carvalho Almeida Rocha Nascimento Barbosa Ferreira Costa', 'BR', false],
  ['it', 'Lorenzo Matteo Davide Riccardo Gianluca Pietro Salvatore', 'Giulia Chiara Francesca Alessia Beatrice Serena Ornella', 'Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Ferrari Fontana', 'IT CH', false],
  ['nl', 'Daan Bram Joris Sem Thijs Wouter Gijs', 'Sanne Femke Lotte Anouk Ilse Marloes Fleur', 'de_Vries van_den_Berg Jansen Bakker Visser Smit Meijer Mulder de_Jong van_Dijk Hendriks Dekker', 'NL', false],
  ['pl', 'Krzysztof Wojciech Bartosz Paweł Łukasz Grzegorz', 'Agnieszka Małgorzata Zofia Katarzyna Joanna Ewelina', 'Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski Kozłowska', 'PL GB', false],
  ['nordic', 'Björn Erik Magnus Oskar Sven Leif', 'Astrid Linnea Freja Ingrid Sigrid Elin', 'Lindqvist Johansson Bergström Håkansson Nyström Sørensen Halvorsen Andersen Lund Eklund', 'SE', false],
  ['fi', 'Juhani Eero Ville Mikko Aleksi', 'Aino Satu Kaisa Tuulikki Venla', 'Virtanen Korhonen Mäkinen Nieminen Heikkinen Laaksonen Koskinen', 'SE DE', false],
  ['gr', 'Dimitris Giorgos Nikos Yannis Stavros', 'Eleni Katerina Sofia Anastasia Despina', 'Papadopoulos Georgiou Nikolaidis Konstantinou Vlachos Karagiannis Alexiou', 'DE GB US', false],
  ['tr', 'Mehmet Emre Burak Oğuz Can Kerem', 'Elif Zeynep Ayşe Deniz Selin Büşra', 'Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan', 'TR DE', false],
  ['ar', 'Said Omar Youssef Khaled Hamza Tariq Bilal', 'Fatima Layla Nour Mariam Rania Amal Huda', 'Al-Farsi Haddad Mansour El-Amin Nasser Khoury Saleh Aziz Barakat Hamdan Ben_Salem', 'AE FR', false],
  ['fa', 'Darius Reza Kian Arash Babak', 'Shirin Parisa Roya Niloufar Mahsa', 'Tehrani Hosseini Ahmadi Karimi Rahimi Jafari Moradi', 'US CA DE', false],
  ['he', 'Yonatan Eitan Ariel Itai Guy', 'Noa Tamar Yael Shira Hila', 'Cohen Levi Mizrahi Peretz Biton Friedman Avraham', 'US GB', false],
  ['hi', 'Arjun Rohan Vikram Aditya Rahul Deepak Sanjay', 'Priya Ananya Kavya Neha Pooja Sunita Shreya', 'Sharma Verma Gupta Agarwal Mehta Kapoor Malhotra Joshi Chopra Bhatia Reddy Nair', 'IN GB US', false],
  ['ta', 'Karthik Senthil Arun Balaji Murugan', 'Lakshmi Divya Meenakshi Revathi Kavitha', 'Subramanian Krishnan Raghavan Iyer Venkatesan Natarajan Pillai', 'IN SG', false],
  ['zh', 'Wei Jun Hao Jie Ming Lei', 'Mei Xiu Lin Yan Xin Na', 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun', 'SG US CA AU', true],
  ['ja', 'Haruto Sota Ren Daiki Kenji Takumi', 'Yui Aoi Hina Sakura Yuki Emi', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Inoue Kimura', 'JP', false],
  ['ko', 'Minjun Jihoon Hyunwoo Dohyun Junho', 'Seoyeon Subin Jiyeon Yerin Haeun', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim', 'KR US', true],
  ['vi', 'Minh Tuấn Dũng Quang Huy', 'Linh Thảo Hương Ngọc Trang Anh', 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Võ Đặng Bùi', 'US AU FR', true],
  ['fil', 'Jericho Rommel Jomar Bong Arvin Ramil', 'Maricel Rowena Analyn Kristine Precious Lovely', 'Santos Dela_Cruz Reyes Bautista Mendoza Villanueva Aquino Castillo Manalo Pangilinan', 'PH AE US', false],
  ['ng', 'Chinedu Oluwaseun Emeka Tunde Babajide Obinna', 'Ngozi Adaeze Funmilayo Chiamaka Ifeoma Blessing', 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Olawale Ogunleye Chukwu Nnamdi', 'NG GB US', false],
  ['ke', 'Otieno Baraka Kamau Mwangi Kiprono', 'Wanjiru Amani Akinyi Njeri Wambui', 'Kiptoo Wafula Mutua Ochieng Njoroge Kariuki Omondi', 'GB US', false],
  ['ru', 'Dmitri Sergei Oleksandr Andriy Bohdan Pavel', 'Olga Svetlana Natalia Yulia Irina Oksana', 'Ivanova Petrov Smirnova Kuznetsov Shevchenko Kovalenko Bondarenko Melnyk Sokolova Volkov', 'DE US PL', false],
  ['cee', 'Jakub Bence Mihai Dávid Tomáš Radu', 'Tereza Zsófia Ioana Lenka Andreea Réka', 'Novák Dvořák Horváth Nagy Kovács Popescu Ionescu Svoboda Szabó Dumitrescu', 'DE GB', false],
  ['sea', 'Somchai Niran Budi Agus Wayan Arief', 'Ploy Kanya Siti Dewi Putri Ratna', 'Srisuk Chaiyaporn Wongsakul Santoso Wijaya Hartono Kusuma Saputra', 'SG AU', false],
];
const words = (s: string): string[] => s.split(' ').map((w) => w.replace(/_/g, ' '));
const CULTURES: readonly Culture[] = RAW_CULTURES.map(([key, m, f, s, cc, sg]) => ({
  key,
  m: words(m),
  f: words(f),
  s: words(s),
  cc: cc.split(' '),
  sg,
}));
/** Native-script names (surname, given) for Japanese, Korean and Chinese speakers. */
const NATIVE: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  ja: [words('山田 佐藤 鈴木 高橋 田中 伊藤 渡辺 中村 小林 加藤'), words('太郎 花子 健太 美咲 大輔 陽菜 翔太 結衣 拓海 さくら')],
  ko: [words('김 이 박 최 정 강 조 윤'), words('민준 서연 지훈 수빈 현우 지연 도현 예린')],
  zh: [words('王 李 张 刘 陈 杨 黄 赵'), words('伟 娜 敏 洋 静 磊 婷 俊杰')],
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly f: boolean;
  readonly cu: Culture;
  readonly cc: string;
  readonly full: string;
  /** Full name in native script (ja/ko/zh only), or ''. */
  readonly native: string;
  readonly nativeSur: string;
}

function makePerson(r: Rng, cu: Culture, cc: string): Person {
  const f = r.chance(0.5);
  const g = r.pick(f ? cu.f : cu.m);
  const s = r.pick(cu.s);
  let full = cu.sg ? `${s} ${g}` : `${g} ${s}`;
  if (cu.key === 'vi' && r.chance(0.5)) full = `${s} ${f ? 'Thị' : 'Văn'} ${g}`;
  if (cu.key === 'en_us' && r.chance(0.2)) full = `${g} ${letters(r, 1)}. ${s}`;
  const nat = NATIVE[cu.key];
  let native = '';
  let nativeSur = '';
  if (nat) {
    nativeSur = r.pick(nat[0]);
    const ng = r.pick(nat[1]);
    native = cu.key === 'ja' && r.chance(0.5) ? `${nativeSur} ${ng}` : `${nativeSur}${ng}`;
  }
  return { g, s, f, cu, cc, full, native, nativeSur };
}

type Form = 'full' | 'given' | 'sur' | 'init' | 'caps' | 'lower' | 'comma' | 'pnr';
function nameForm(p: Person, form: Form): string {
  switch (form) {
    case 'full':
      return p.full;
    case 'given':
      return p.g;
    case 'sur':
      return p.s;
    case 'init':
      return `${p.g.charAt(0)}. ${p.s}`;
    case 'caps':
      return p.full.toUpperCase();
    case 'lower':
      return p.full.toLowerCase();
    case 'comma':
      return `${p.s}, ${p.g}`;
    case 'pnr':
      return `${ascii(p.s).toUpperCase().replace(/[^A-Z]/g, '')}/${ascii(p.g).toUpperCase().replace(/[^A-Z]/g, '')}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Countries: phones, postal addresses, dates

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: words('January February March April May June July August September October November December'),
  de: words('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: words('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: words('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: words('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  nl: words('januari februari maart april mei juni juli augustus september oktober november december'),
  sv: words('januari februari mars april maj juni juli augusti september oktober november december'),
  pl: words('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  tr: words('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
};
const ordinal = (d: number): string =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

function fmtDate(r: Rng, cc: string, y: number, m: number, d: number): string {
  const mn = (lang: string): string => at(MONTHS[lang] ?? [], m - 1);
  const iso = `${y}-${p2(m)}-${p2(d)}`;
  switch (cc) {
    case 'US':
    case 'PH':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mn('en')} ${d}, ${y}`, `${mn('en').slice(0, 3)} ${d}, ${y}`]);
    case 'CA':
      return r.pick([iso, `${mn('en')} ${d}, ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NG':
    case 'SG':
    case 'AE':
    case 'IN':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mn('en')} ${y}`, `${ordinal(d)} ${mn('en')} ${y}`, `${p2(d)}-${mn('en').slice(0, 3)}-${y}`]);
    case 'DE':
    case 'CH':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mn('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'PL':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${mn('pl')} ${y}`, `${d}.${p2(m)}.${y} r.`]);
    case 'TR':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${mn('tr')} ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case 'FR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mn('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mn('es')} de ${y}`, `${d}-${p2(m)}-${y}`]);
    case 'IT':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mn('it')} ${y}`]);
    case 'NL':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mn('nl')} ${y}`]);
    case 'BR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mn('pt')} de ${y}`]);
    case 'SE':
      return r.pick([iso, `${d} ${mn('sv')} ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
    default:
      return iso;
  }
}

interface Country {
  readonly name: string;
  readonly ph: (r: Rng) => string;
  readonly ad: (r: Rng) => string[];
}
const d2 = (r: Rng): string => r.digits(2);
const d3 = (r: Rng): string => r.digits(3);
const d4 = (r: Rng): string => r.digits(4);

/** A Japanese address: native script on one line (postcode first, 〒 left to the caller) or romanised lines. */
function jpAddr(r: Rng, native: boolean): string[] {
  const pc = `${r.int(100, 999)}-${d4(r)}`;
  if (native) {
    const [pref, ward, area] = r.pick([['東京都', '渋谷区', '神南'], ['大阪府', '大阪市北区', '梅田'], ['京都府', '京都市中京区', '烏丸通'], ['神奈川県', '横浜市中区', '山下町'], ['北海道', '札幌市中央区', '大通西']] as const);
    return [`${pc} ${pref}${ward}${area}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.5) ? ` ${r.pick(['サンライズ', 'グリーンハイツ', 'メゾン桜'])}${r.int(101, 905)}号室` : ''}`];
  }
  const [area, ward, city] = r.pick([['Jingumae', 'Shibuya-ku', 'Tokyo'], ['Umeda', 'Kita-ku', 'Osaka'], ['Yamashita-cho', 'Naka-ku', 'Yokohama'], ['Odori-nishi', 'Chuo-ku', 'Sapporo']] as const);
  return [`${r.chance(0.4) ? `Room ${r.int(101, 905)}, ` : ''}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${area}, ${ward}`, `${city} ${pc}`, ...(r.chance(0.5) ? ['Japan'] : [])];
}

const COUNTRIES: Readonly<Record<string, Country>> = {
  US: {
    name: 'USA',
    ph: (r) => {
      const a = r.int(201, 989);
      const e = r.int(201, 989);
      const l = d4(r);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `+1 ${a} ${e} ${l}`, `${a}.${e}.${l}`, `+1-${a}-${e}-${l}`, `1 (${a}) ${e}-${l}`]);
    },
    ad: (r) => {
      const [city, st, zp] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Raleigh', 'NC', '276'], ['Denver', 'CO', '802'], ['Tampa', 'FL', '336'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'], ['Scranton', 'PA', '185'], ['Brooklyn', 'NY', '112']] as const);
      const zip = `${zp}${d2(r)}${r.chance(0.15) ? `-${d4(r)}` : ''}`;
      const street = r.chance(0.1)
        ? `PO Box ${r.int(100, 9999)}`
        : `${r.int(2, 9899)} ${r.pick(['Maple Ridge Dr', 'W 34th St', 'Cedar Hollow Ln', 'N Lincoln Ave', 'Old Mill Rd', 'Sunset Blvd', 'Briarwood Ct', 'E Jefferson St', 'Pinecrest Way', 'Harbor View Ter'])}${r.chance(0.35) ? `, ${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${letters(r, 1, 'ABCD')}` : ''}`;
      return [street, `${city}, ${st} ${zip}`, ...(r.chance(0.25) ? [r.pick(['USA', 'United States'])] : [])];
    },
  },
  GB: {
    name: 'United Kingdom',
    ph: (r) => r.pick([`07${d3(r)} ${r.digits(6)}`, `+44 7${d3(r)} ${r.digits(6)}`, `020 ${d4(r)} ${d4(r)}`, `0161 ${d3(r)} ${d4(r)}`, `+44 (0)113 ${d3(r)} ${d4(r)}`]),
    ad: (r) => {
      const [city, area, loc] = r.pick([['Leeds', 'LS', 'Headingley'], ['Manchester', 'M', 'Didsbury'], ['Bristol', 'BS', 'Clifton'], ['Glasgow', 'G', 'Partick'], ['Cardiff', 'CF', 'Canton'], ['Norwich', 'NR', 'Eaton'], ['Brighton', 'BN', 'Hove'], ['York', 'YO', 'Acomb']] as const);
      const pc = `${area}${r.int(1, 20)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const l1 = `${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.pick(['Thornbury Road', 'Mill Lane', 'Victoria Street', 'Ashgrove Avenue', 'Church Walk', 'Kingsway', 'Holloway Close', 'Wellington Crescent'])}`;
      return [l1, ...(r.chance(0.4) ? [loc] : []), r.chance(0.3) ? city.toUpperCase() : city, pc, ...(r.chance(0.2) ? ['United Kingdom'] : [])];
    },
  },
  DE: {
    name: 'Deutschland',
    ph: (r) => r.pick([`01${r.int(51, 79)} ${r.digits(7)}`, `+49 1${r.int(51, 79)} ${r.digits(8)}`, `030 ${r.digits(8)}`, `+49 (0)89 ${r.digits(6)}`, `0221/${r.digits(6)}`]),
    ad: (r) => {
      const [city, pz] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48']] as const);
      const st = `${r.pick(['Lindenstraße', 'Goethestraße', 'Am Mühlbach', 'Schillerplatz', 'Bahnhofstraße', 'Kastanienallee', 'Rosenweg', 'Friedrich-Ebert-Straße'])} ${r.int(1, 140)}${r.chance(0.2) ? letters(r, 1, 'abc') : ''}`;
      return [st, `${pz}${d3(r)} ${city}`, ...(r.chance(0.2) ? ['Deutschland'] : [])];
    },
  },
  FR: {
    name: 'France',
    ph: (r) => r.pick([`0${r.int(6, 7)} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`, `+33 ${r.int(6, 7)} ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`, `01 ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`, `+33 (0)4 ${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`]),
    ad: (r) => {
      const [city, pc] = r.pick([['Lyon', '6900'], ['Paris', '7501'], ['Marseille', '1300'], ['Toulouse', '3100'], ['Nantes', '4400'], ['Bordeaux', '3300'], ['Lille', '5900'], ['Strasbourg', '6700']] as const);
      const st = `${r.int(1, 88)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tilleuls', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Victor Hugo', 'place de la République', 'chemin des Vignes', 'rue du Faubourg Saint-Antoine', 'allée des Peupliers'])}`;
      const lines = r.chance(0.25) ? [`Résidence Les Acacias, bât. ${letters(r, 1, 'ABC')}`, st] : [st];
      return [...lines, `${pc}${r.int(1, 9)} ${r.chance(0.5) ? city.toUpperCase() : city}`, ...(r.chance(0.3) ? ['France'] : [])];
    },
  },
  ES: {
    name: 'España',
    ph: (r) => r.pick([`6${d2(r)} ${d3(r)} ${d3(r)}`, `+34 6${d2(r)} ${d3(r)} ${d3(r)}`, `91 ${d3(r)} ${d2(r)} ${d2(r)}`, `+34 93 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    ad: (r) => {
      const [city, pc, prov] = r.pick([['Madrid', '280', 'Madrid'], ['Barcelona', '080', 'Barcelona'], ['Sevilla', '410', 'Sevilla'], ['Valencia', '460', 'Valencia'], ['Bilbao', '480', 'Bizkaia'], ['Zaragoza', '500', 'Zaragoza']] as const);
      const st = `${r.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de la Castellana', 'Calle Río Duero'])}, ${r.int(1, 220)}, ${r.int(1, 9)}º ${letters(r, 1, 'ABCD')}`;
      return [st, `${pc}${d2(r)} ${city}${r.chance(0.4) ? ` (${prov})` : ''}`, ...(r.chance(0.2) ? ['España'] : [])];
    },
  },
  IT: {
    name: 'Italia',
    ph: (r) => r.pick([`3${d2(r)} ${d3(r)} ${d4(r)}`, `+39 3${d2(r)} ${r.digits(7)}`, `02 ${d4(r)} ${d4(r)}`, `+39 06 ${d4(r)} ${d4(r)}`]),
    ad: (r) => {
      const [city, cap, pr] = r.pick([['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Napoli', '801', 'NA'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Firenze', '501', 'FI']] as const);
      const st = `${r.pick(['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Navona', 'Viale Monza', 'Via Roma'])} ${r.int(1, 180)}${r.chance(0.2) ? `/${letters(r, 1, 'ABC')}` : ''}`;
      return [st, `${cap}${d2(r)} ${city} ${r.chance(0.5) ? `(${pr})` : pr}`, ...(r.chance(0.2) ? ['Italia'] : [])];
    },
  },
  NL: {
    name: 'Nederland',
    ph: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020-${d3(r)} ${d4(r)}`, `+31 (0)30 ${d3(r)} ${d4(r)}`]),
    ad: (r) => {
      const city = r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Rotterdam', 'Groningen', 'Eindhoven']);
      const st = `${r.pick(['Prinsengracht', 'Kerkstraat', 'Laan van Meerdervoort', 'Oudegracht', 'Vondelstraat', 'Dorpsstraat'])} ${r.int(1, 400)}${r.chance(0.25) ? '-hs' : ''}`;
      return [st, `${r.int(1011, 9999)} ${letters(r, 2, 'ABCEGHJKLMNPRSTVWXZ')} ${r.chance(0.4) ? city.toUpperCase() : city}`, ...(r.chance(0.2) ? ['Nederland'] : [])];
    },
  },
  CA: {
    name: 'Canada',
    ph: (r) => {
      const a = r.pick([416, 647, 604, 514, 403, 613, 902, 780]);
      const e = r.int(201, 989);
      return r.pick([`(${a}) ${e}-${d4(r)}`, `+1 ${a}-${e}-${d4(r)}`, `${a} ${e} ${d4(r)}`]);
    },
    ad: (r) => {
      const [city, pv, fl] = r.pick([['Toronto', 'ON', 'M'], ['Montréal', 'QC', 'H'], ['Edmonton', 'AB', 'T'], ['Vancouver', 'BC', 'V'], ['Ottawa', 'ON', 'K'], ['Halifax', 'NS', 'B']] as const);
      const pc = `${fl}${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')} ${r.int(0, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')}${r.int(0, 9)}`;
      const st = `${r.chance(0.4) ? `${r.int(101, 2405)}-` : ''}${r.int(3, 999)} ${r.pick(['Queen St W', 'Rue Sainte-Catherine', 'Jasper Ave', 'Robson St', 'Bank St', 'Spring Garden Rd'])}`;
      return [st, `${city} ${pv} ${pc}`, ...(r.chance(0.3) ? ['Canada'] : [])];
    },
  },
  AU: {
    name: 'Australia',
    ph: (r) => r.pick([`04${d2(r)} ${d3(r)} ${d3(r)}`, `+61 4${d2(r)} ${d3(r)} ${d3(r)}`, `(02) ${d4(r)} ${d4(r)}`, `+61 3 ${d4(r)} ${d4(r)}`]),
    ad: (r) => {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Surry Hills', 'NSW', '2010'], ['Fremantle', 'WA', '6160'], ['New Farm', 'QLD', '4005'], ['Glenelg', 'SA', '5045'], ['Hobart', 'TAS', '7000']] as const);
      const l1 = `${r.chance(0.35) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(['Wattle St', 'Beach Rd', 'Macquarie St', 'Brunswick St', 'Oxford St', 'Hargrave Ave'])}`;
      return [l1, `${r.chance(0.6) ? sub.toUpperCase() : sub} ${st} ${pc}`, ...(r.chance(0.2) ? ['Australia'] : [])];
    },
  },
  JP: {
    name: 'Japan',
    ph: (r) => r.pick([`0${r.pick([7, 8, 9])}0-${d4(r)}-${d4(r)}`, `+81 ${r.pick([7, 8, 9])}0-${d4(r)}-${d4(r)}`, `03-${d4(r)}-${d4(r)}`, `06-${d4(r)}-${d4(r)}`]),
    ad: (r) => jpAddr(r, r.chance(0.5)),
  },
  IN: {
    name: 'India',
    ph: (r) => r.pick([`+91 ${r.int(6, 9)}${d4(r)} ${r.digits(5)}`, `0${r.int(6, 9)}${r.digits(9)}`, `+91-${r.int(6, 9)}${r.digits(9)}`, `${r.int(6, 9)}${d4(r)}-${r.digits(5)}`]),
    ad: (r) => {
      const [city, stt, pin, area] = r.pick([['Bengaluru', 'Karnataka', '560', 'Indiranagar'], ['Mumbai', 'Maharashtra', '400', 'Andheri West'], ['Pune', 'Maharashtra', '411', 'Koregaon Park'], ['Chennai', 'Tamil Nadu', '600', 'Adyar'], ['Hyderabad', 'Telangana', '500', 'Banjara Hills'], ['New Delhi', 'Delhi', '110', 'Lajpat Nagar']] as const);
      const l1 = `${r.chance(0.5) ? `Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Green Glen Apartments', 'Lotus Towers'])}, ` : ''}${r.int(1, 90)}, ${r.pick(['14th Cross Road', 'MG Road', 'Link Road', 'Nehru Street', '2nd Main', 'Station Road'])}`;
      return [l1, area, `${city}, ${stt} ${pin}${d3(r)}`];
    },
  },
  BR: {
    name: 'Brasil',
    ph: (r) => r.pick([`(11) 9${d4(r)}-${d4(r)}`, `+55 21 9${d4(r)}-${d4(r)}`, `+55 (31) 9${d4(r)}-${d4(r)}`, `(51) 3${d3(r)}-${d4(r)}`]),
    ad: (r) => {
      const [city, uf, bairro] = r.pick([['Rio de Janeiro', 'RJ', 'Laranjeiras'], ['São Paulo', 'SP', 'Pinheiros'], ['Belo Horizonte', 'MG', 'Savassi'], ['Porto Alegre', 'RS', 'Moinhos de Vento'], ['Recife', 'PE', 'Boa Viagem']] as const);
      const st = `${r.pick(['Rua das Laranjeiras', 'Av. Paulista', 'Rua Oscar Freire', 'Rua da Bahia', 'Av. Boa Viagem'])}, ${r.int(10, 2400)}${r.chance(0.5) ? ` - apto ${r.int(11, 1802)}` : ''}`;
      return [st, bairro, `${city} - ${uf}`, `${r.digits(5)}-${d3(r)}`];
    },
  },
  MX: {
    name: 'México',
    ph: (r) => r.pick([`+52 55 ${d4(r)} ${d4(r)}`, `55 ${d4(r)} ${d4(r)}`, `+52 33 ${d4(r)} ${d4(r)}`, `(81) ${d4(r)}-${d4(r)}`]),
    ad: (r) => {
      const [city, stt, cp] = r.pick([['Ciudad de México', 'CDMX', '03'], ['Guadalajara', 'Jal.', '44'], ['Monterrey', 'N.L.', '64'], ['Puebla', 'Pue.', '72']] as const);
      const st = `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Benito Juárez', 'Calle Morelos', 'Av. Vallarta'])} ${r.int(10, 2100)}${r.chance(0.4) ? ` Int. ${r.int(1, 40)}` : ''}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Centro'])}`;
      return [st, `${cp}${d3(r)} ${city}, ${stt}`];
    },
  },
  IE: {
    name: 'Ireland',
    ph: (r) => r.pick([`08${r.pick([3, 5, 6, 7, 9])} ${d3(r)} ${d4(r)}`, `+353 8${r.pick([3, 5, 6, 7, 9])} ${d3(r)} ${d4(r)}`, `(01) ${d3(r)} ${d4(r)}`]),
    ad: (r) => {
      const [town, key, loc] = r.pick([['Dublin 4', 'D04', 'Ballsbridge'], ['Dublin 8', 'D08', 'Rialto'], ['Cork', 'T12', 'Ballintemple'], ['Galway', 'H91', 'Salthill'], ['Limerick', 'V94', 'Corbally']] as const);
      return [`${r.int(1, 120)} ${r.pick(['Griffith Avenue', 'Seafield Road', 'Main Street', 'Oakpark Drive', 'Church View'])}`, ...(r.chance(0.5) ? [loc] : []), town, `${key} ${letters(r, 4, 'ACDEFHKNPRTVWXY0123456789')}`];
    },
  },
  SE: {
    name: 'Sverige',
    ph: (r) => r.pick([`07${r.pick([0, 2, 3, 6])}-${d3(r)} ${d2(r)} ${d2(r)}`, `+46 7${r.pick([0, 2, 3, 6])} ${d3(r)} ${d2(r)} ${d2(r)}`, `08-${d3(r)} ${d3(r)} ${d2(r)}`]),
    ad: (r) => {
      const [city, pc] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen'])} ${r.int(1, 90)}${r.chance(0.3) ? `, lgh ${r.int(1001, 1503)}` : ''}`, `${pc}${r.int(1, 9)} ${d2(r)} ${r.chance(0.5) ? city.toUpperCase() : city}`];
    },
  },
  CH: {
    name: 'Schweiz',
    ph: (r) => r.pick([`07${r.int(6, 9)} ${d3(r)} ${d2(r)} ${d2(r)}`, `+41 7${r.int(6, 9)} ${d3(r)} ${d2(r)} ${d2(r)}`, `044 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    ad: (r) => {
      const [city, pz] = r.pick([['Zürich', '80'], ['Bern', '30'], ['Genève', '12'], ['Basel', '40'], ['Lausanne', '10']] as const);
      return [`${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Rue du Rhône', 'Dorfstrasse', 'Avenue de la Gare'])} ${r.int(1, 120)}`, `${pz}${d2(r)} ${city}`, ...(r.chance(0.25) ? [r.pick(['Schweiz', 'Suisse', 'Switzerland'])] : [])];
    },
  },
  PL: {
    name: 'Polska',
    ph: (r) => r.pick([`${r.int(5, 8)}${d2(r)} ${d3(r)} ${d3(r)}`, `+48 ${r.int(5, 8)}${d2(r)} ${d3(r)} ${d3(r)}`, `+48 22 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    ad: (r) => {
      const [city, pc] = r.pick([['Warszawa', '0'], ['Kraków', '3'], ['Łódź', '9'], ['Gdańsk', '8'], ['Wrocław', '5']] as const);
      return [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Kościuszki'])} ${r.int(1, 150)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, `${pc}${r.int(0, 9)}-${d3(r)} ${city}`];
    },
  },
  SG: {
    name: 'Singapore',
    ph: (r) => r.pick([`${r.int(8, 9)}${d3(r)} ${d4(r)}`, `+65 ${r.int(8, 9)}${d3(r)} ${d4(r)}`, `+65 6${d3(r)} ${d4(r)}`]),
    ad: (r) => {
      const unit = `#${p2(r.int(2, 25))}-${r.int(10, 480)}`;
      return r.chance(0.5)
        ? [`Blk ${r.int(100, 699)} ${r.pick(['Ang Mo Kio Ave 6', 'Tampines St 81', 'Jurong West St 42'])}`, unit, `Singapore ${r.int(3, 8)}${r.digits(5)}`]
        : [`${r.int(1, 300)} ${r.pick(['Bukit Timah Road', 'River Valley Road', 'Holland Road'])}, ${unit}`, `Singapore ${r.int(1, 2)}${r.digits(5)}`];
    },
  },
  KR: {
    name: 'South Korea',
    ph: (r) => r.pick([`010-${d4(r)}-${d4(r)}`, `+82 10-${d4(r)}-${d4(r)}`, `02-${d3(r)}-${d4(r)}`]),
    ad: (r) => {
      if (r.chance(0.5))
        return [`${r.digits(5)} ${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로'])} ${r.int(10, 400)}, ${r.int(101, 115)}동 ${r.int(101, 2104)}호`];
      return [`${r.int(101, 115)}-${r.int(101, 2104)}, ${r.int(10, 400)} ${r.pick(['Teheran-ro', 'World Cup buk-ro', 'Centum jungang-ro'])}, ${r.pick(['Gangnam-gu', 'Mapo-gu', 'Haeundae-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${r.digits(5)}`, 'South Korea'];
    },
  },
  AE: {
    name: 'UAE',
    ph: (r) => r.pick([`05${r.int(0, 8)} ${d3(r)} ${d4(r)}`, `+971 5${r.int(0, 8)} ${d3(r)} ${d4(r)}`, `+971 4 ${d3(r)} ${d4(r)}`]),
    ad: (r) => [`Apartment ${r.int(101, 3402)}, ${r.pick(['Marina Heights Tower', 'Al Noor Residence', 'Palm View Building'])}`, r.pick(['Dubai Marina', 'Al Barsha 1', 'Jumeirah Village Circle']), `PO Box ${r.int(1000, 99999)}, ${r.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}`, ...(r.chance(0.5) ? ['United Arab Emirates'] : [])],
  },
  TR: {
    name: 'Türkiye',
    ph: (r) => r.pick([`05${r.int(30, 59)} ${d3(r)} ${d2(r)} ${d2(r)}`, `+90 5${r.int(30, 59)} ${d3(r)} ${d2(r)} ${d2(r)}`, `0212 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    ad: (r) => {
      const [il, ilce, pc] = r.pick([['İstanbul', 'Kadıköy', '347'], ['Ankara', 'Çankaya', '066'], ['İzmir', 'Karşıyaka', '355']] as const);
      return [`${r.pick(['Moda', 'Bahçelievler', 'Alsancak'])} Mah. ${r.pick(['Şair Nefi', 'Gül', 'Çınar'])} Sok. No: ${r.int(1, 90)} D: ${r.int(1, 20)}`, `${pc}${d2(r)} ${ilce}/${il}`];
    },
  },
  NG: {
    name: 'Nigeria',
    ph: (r) => r.pick([`080${r.int(2, 9)} ${d3(r)} ${d4(r)}`, `+234 80${r.int(2, 9)} ${d3(r)} ${d4(r)}`, `+234 (0)70${r.int(3, 8)} ${d3(r)} ${d4(r)}`]),
    ad: (r) => [`${r.int(1, 60)} ${r.pick(['Admiralty Way', 'Adeola Odeku Street', 'Aminu Kano Crescent', 'Ogui Road'])}`, r.pick(['Lekki Phase 1', 'Victoria Island', 'Wuse II', 'GRA']), `${r.pick(['Lagos', 'Abuja', 'Enugu'])}${r.chance(0.5) ? ` ${r.int(1, 9)}0${r.digits(4)}` : ''}`],
  },
  PH: {
    name: 'Philippines',
    ph: (r) => r.pick([`09${d2(r)} ${d3(r)} ${d4(r)}`, `+63 9${d2(r)} ${d3(r)} ${d4(r)}`, `(02) 8${d3(r)} ${d4(r)}`]),
    ad: (r) => [`Blk ${r.int(1, 30)} Lot ${r.int(1, 40)} ${r.pick(['Sampaguita St.', 'Mabini St.', 'Rizal Ave.'])}, Brgy. ${r.pick(['San Isidro', 'Malinta', 'Poblacion'])}`, `${r.pick(['Quezon City', 'Makati City', 'Cebu City'])}, ${r.pick(['Metro Manila', 'Cebu'])} ${r.int(1000, 6000)}`],
  },
};
const CC_LIST = Object.keys(COUNTRIES);
const country = (cc: string): Country => COUNTRIES[cc] ?? (COUNTRIES.US as Country);

// ---------------------------------------------------------------------------------------------------------
// Checksummed values and distractors

function luhnComplete(r: Rng, prefix: string, len: number): string {
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 99);
  if (k < 34) return luhnComplete(r, '4', r.chance(0.05) ? 13 : 16);
  if (k < 54) return luhnComplete(r, r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720)), 16);
  if (k < 68) return luhnComplete(r, r.pick(['34', '37']), 15);
  if (k < 76) return luhnComplete(r, r.pick(['6011', '65', String(r.int(644, 649))]), 16);
  if (k < 84) return luhnComplete(r, String(r.int(3528, 3589)), 16);
  if (k < 90) return luhnComplete(r, r.pick(['36', '38', String(r.int(300, 305))]), 14);
  if (k < 95) return luhnComplete(r, '62', r.chance(0.5) ? 16 : 19);
  return luhnComplete(r, '4', 19);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [4, 4, 5] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(d.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const maskedCard = (r: Rng): string =>
  r.pick([`**** **** **** ${d4(r)}`, `XXXX-XXXX-XXXX-${d4(r)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${d4(r)}`, `•••• ${d4(r)}`]);

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
const IBAN_LETTERS: Readonly<Record<string, number>> = { GB: 4, NL: 4, IE: 4, MT: 4, BG: 4, RO: 4 };
const IBAN_CCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'DK', 'FI', 'LU', 'AE', 'TR', 'GR', 'BR', 'NO', 'CZ', 'HR'];
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const nl = IBAN_LETTERS[cc] ?? 0;
  const bban = letters(r, nl, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(len - 4 - nl);
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${p2(check)}${bban}`;
}
function fmtIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k < 6) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (k < 9) return compact;
  return compact.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
function ibanFor(r: Rng, cc: string): string {
  const c = IBAN_LENGTHS[cc] !== undefined ? cc : r.pick(IBAN_CCS);
  return fmtIban(r, ibanCompact(r, c));
}
function badIban(r: Rng, cc: string): string {
  const c = IBAN_LENGTHS[cc] !== undefined ? cc : r.pick(IBAN_CCS);
  const good = ibanCompact(r, c);
  let bad = good;
  for (let i = 1; i < 97 && (bad === good || ibanMod97Valid(bad)); i++) bad = `${c}${p2((Number(good.slice(2, 4)) + i) % 97)}${good.slice(4)}`;
  return fmtIban(r, bad);
}
function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${String(a).padStart(3, '0')}${sep}${g}${sep}${s}`;
}
const badSsn = (r: Rng): string =>
  r.pick([`000-${d2(r)}-${d4(r)}`, `666-${p2(r.int(1, 99))}-${d4(r)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.int(70, 88)}-${d4(r)}`, `${r.int(100, 899)}-00-${d4(r)}`]);
const maskedSsn = (r: Rng): string => r.pick([`***-**-${d4(r)}`, `XXX-XX-${d4(r)}`, `xxx-xx-${d4(r)}`]);
function ipv4(r: Rng): string {
  const k = r.int(0, 9);
  if (k < 2) return `192.168.${r.int(0, 254)}.${r.int(1, 254)}`;
  if (k < 3) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(1, 223);
  if (a === 10 || a === 127) a = 81;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:c7f', '2600:1700', '2409:8a1e', '2a01:e0a', '2001:4860']);
  if (r.chance(0.3)) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  const tail: string[] = [];
  for (let i = r.int(1, 3); i > 0; i--) tail.push(h());
  return `${pre}${r.chance(0.5) ? `:${h()}` : ''}::${tail.join(':')}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));
const orderNo = (r: Rng): string =>
  r.pick([`#${r.int(100000, 9999999)}`, `ORD-${r.int(2023, 2026)}-${r.digits(6)}`, `${d3(r)}-${r.digits(7)}-${r.digits(7)}`, `NW${r.digits(8)}`, `${letters(r, 2)}${r.digits(9)}`]);
const pnr = (r: Rng): string => letters(r, 6, ALNUM);
const tracking = (r: Rng): string => r.pick([`1Z${letters(r, 16, ALNUM)}`, `JD0146${r.digits(12)}`, `${letters(r, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'NL', 'FR'])}`, r.digits(12), `TBA${r.digits(12)}`]);
const caseNo = (r: Rng): string => r.pick([`CS-${r.digits(7)}`, `Case ${r.digits(8)}`, `INC${r.digits(7)}`, `#${r.digits(6)}`]);
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const version = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `build ${r.int(100, 999)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}`]);
const stamp = (r: Rng): string => `${r.int(2023, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const giftCard = (r: Rng): string => `${r.pick(['7', '9'])}${d3(r)} ${d4(r)} ${d4(r)} ${d4(r)}`;
const maskedPhone = (r: Rng): string => r.pick([`***-***-${d4(r)}`, `+44 7*** ***${d3(r)}`, `(***) ***-${d4(r)}`, `06-****${d4(r)}`]);
const money = (r: Rng, cur: string): string => `${cur}${r.int(9, 1899)}.${d2(r)}`;
function otherId(r: Rng, cc: string): string {
  switch (cc) {
    case 'GB':
      return `${r.pick(['AB', 'JT', 'NP', 'SK'])} ${d2(r)} ${d2(r)} ${d2(r)} ${r.pick(['A', 'B', 'C', 'D'])}`;
    case 'CA':
      return `${d3(r)} ${d3(r)} ${d3(r)}`;
    case 'BR':
      return `${d3(r)}.${d3(r)}.${d3(r)}-${d2(r)}`;
    case 'ES':
      return `${r.digits(8)}${letters(r, 1)}`;
    case 'IN':
      return `${r.int(2, 9)}${d3(r)} ${d4(r)} ${d4(r)}`;
    default:
      return `${letters(r, 1)}${r.digits(8)}`;
  }
}
/** A date in recent years (orders, stays, flights): never a date of birth. */
function recentDate(r: Rng, cc: string): string {
  return fmtDate(r, cc, r.int(2024, 2026), r.int(1, 12), r.int(1, 28));
}

const FREEMAIL: Readonly<Record<string, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
  GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  ES: ['hotmail.es', 'gmail.com', 'telefonica.net'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com'],
  JP: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'gmail.com'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  PL: ['wp.pl', 'o2.pl', 'interia.pl'],
  SE: ['telia.com', 'gmail.com'],
};
function emailFor(r: Rng, p: Person): string {
  const g = slug(p.g);
  const s = slug(p.s);
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${s}.${g}${r.int(1, 99)}`, `${g}_${s}`, `${g}${r.int(70, 2005)}`, `${s}${g.charAt(0)}`]);
  const doms = FREEMAIL[p.cc] ?? ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com'];
  return `${local}@${r.chance(0.15) ? r.pick(['proton.me', 'hey.com', 'fastmail.com']) : r.pick(doms)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Brands (invented) — some are named after people on purpose and are never labelled

interface Brand {
  readonly name: string;
  readonly dom: string;
}
const b = (name: string, dom: string): Brand => ({ name, dom });
const SHOPS: readonly Brand[] = [
  b('Northwind Outfitters', 'northwind-outfitters.com'), b('Lumen & Loom', 'lumenandloom.co.uk'), b('Kastanie Home', 'kastanie-home.de'),
  b('Maison Perrault', 'maisonperrault.fr'), b('Tienda Brisa', 'tiendabrisa.es'), b('Bottega Aurelia', 'bottegaaurelia.it'),
  b('Koala Kitchenware', 'koalakitchen.com.au'), b('Hikari Select', 'hikari-select.jp'), b('Casa Jabuti', 'casajabuti.com.br'),
  b('Parcel & Pine', 'parcelandpine.com'), b('Gadgetry Hub', 'gadgetryhub.com'), b("Aunt Hattie's Fabrics", 'aunthatties.com'),
  b('Sir Reginald Teas', 'sirreginaldteas.co.uk'), b('Fietsmaker Zuid', 'fietsmakerzuid.nl'), b('Oscar & Wilde Eyewear', 'oscarwilde-eyewear.com'),
];
const TRAVEL: readonly Brand[] = [
  b('Kestrel Air', 'kestrelair.com'), b('Bluefin Holidays', 'bluefinholidays.co.uk'), b('Hotel Seeblick', 'hotel-seeblick.de'),
  b('Casa Oliva Hotels', 'casaoliva.es'), b('Voyagr', 'voyagr.app'), b('NordRail Pass', 'nordrail.se'), b('Sakura Stay', 'sakurastay.jp'),
  b('Andes Trek Co.', 'andestrek.com'), b('Drive&Go Rentals', 'driveandgo.com'), b('Coral Coast Cruises', 'coralcoastcruises.com.au'),
  b('Aurora Hostels', 'aurorahostels.eu'), b('Magellan Lounges', 'magellanlounges.com'), b('Hotel Amadeus Wien', 'hotel-amadeus.at'),
];
const roleEmail = (r: Rng, br: Brand): string => `${r.pick(['support', 'help', 'returns', 'reservations', 'care', 'kundenservice', 'service', 'noreply', 'billing', 'disputes'])}@${br.dom}`;
/** Trap sentences: people-named brands, places, storms, diseases, laws and awards (never labelled). */
const TRAPS: readonly string[] = [
  'The Ted Baker tote and the Hugo Boss belt are out of stock until next week.',
  'Your transfer leaves from Charles de Gaulle Terminal 2E.',
  'Flights via John F. Kennedy International are delayed because of Storm Ciarán.',
  'The rooftop bar on Victoria Street is closed for renovation.',
  'Our Dr. Martens and Calvin Klein ranges ship from the Rotterdam warehouse.',
  'Please note the shuttle stops at Lake Louise, not at the Fairmont.',
  'The adaptive cutlery set is designed for people with Parkinson\'s and arthritis.',
  'Refunds follow the Consumer Rights Act 2015 and the Fair Credit Billing Act.',
  'Hurricane Beryl may affect Caribbean itineraries this week.',
  'The Marco Polo suite overlooks the Doge\'s Palace.',
  'The Queen Mary 2 departs Southampton at 17:00.',
  'Cruelty-free certification is handled by the Leaping Bunny programme.',
  'Tim Hortons vouchers cannot be combined with this offer.',
  'The tour includes the Anne Frank House and a canal cruise.',
  'Gluten-free options are available for guests with coeliac or Crohn\'s disease.',
  'Our Nobel Prize museum tickets are non-refundable.',
  'The Louis Vuitton concession in Terminal 5 is airside.',
  'Pickup is at George Best Belfast City Airport, arrivals hall.',
];

// ---------------------------------------------------------------------------------------------------------
// Context: a document plus helpers that write labelled values into it

class Ctx {
  constructor(
    readonly r: Rng,
    readonly d: Doc,
  ) {}
  #min = 0;
  /** A clock time that moves forward within the document (chat logs, call notes). */
  tick(): string {
    if (this.#min === 0) this.#min = this.r.int(7 * 60, 15 * 60);
    this.#min = Math.min(this.#min + this.r.int(0, 9), 23 * 60 + 59);
    return `${p2(Math.floor(this.#min / 60))}:${p2(this.#min % 60)}`;
  }
  /** A person living in `cc` (mostly from a culture of that country, sometimes from anywhere). */
  local(cc: string): Person {
    const r = this.r;
    const natives = CULTURES.filter((c) => c.cc.includes(cc));
    const cu = natives.length > 0 && r.chance(0.7) ? r.pick(natives) : r.pick(CULTURES);
    return makePerson(r, cu, cc);
  }
  anyone(): Person {
    const cu = this.r.pick(CULTURES);
    return makePerson(this.r, cu, this.r.pick(cu.cc));
  }
  ofCulture(key: string, cc: string): Person {
    const cu = CULTURES.find((c) => c.key === key) ?? (CULTURES[0] as Culture);
    return makePerson(this.r, cu, cc);
  }
  t(s: string): this {
    this.d.t(s);
    return this;
  }
  /** Writes a name of `p` in the given (or a random) form, labelled PERSON. */
  nm(p: Person, form?: Form): this {
    const f = form ?? this.r.pick<Form>(['full', 'full', 'full', 'given', 'sur', 'init', 'caps', 'lower', 'comma']);
    this.d.l('PERSON', nameForm(p, f));
    return this;
  }
  /** Writes the user's own full name; it becomes a known name of the document most of the time. */
  self(p: Person): this {
    this.d.l('PERSON', p.full);
    if (this.r.chance(0.7) && !this.d.known.includes(p.full)) this.d.known.push(p.full);
    return this;
  }
  em(v: string): this {
    this.d.l('EMAIL', v);
    return this;
  }
  email(p: Person): this {
    this.d.l('EMAIL', emailFor(this.r, p));
    return this;
  }
  role(br: Brand): this {
    this.d.l('EMAIL', roleEmail(this.r, br));
    return this;
  }
  phone(cc: string): this {
    this.d.l('PHONE', country(cc).ph(this.r));
    return this;
  }
  /** A full address, multi-line or on one line. */
  addr(cc: string, multi = this.r.chance(0.6), indent = ''): this {
    const lines = country(cc).ad(this.r);
    this.d.l('ADDRESS', lines.join(multi ? `\n${indent}` : ', '));
    return this;
  }
  dob(cc: string): this {
    const r = this.r;
    this.d.l('DOB', fmtDate(r, cc, r.int(1938, 2007), r.int(1, 12), r.int(1, 28)));
    return this;
  }
  card(): this {
    this.d.l('CARD', card(this.r));
    return this;
  }
  iban(cc: string): this {
    this.d.l('IBAN', ibanFor(this.r, cc));
    return this;
  }
  ssn(): this {
    this.d.l('NATIONAL_ID', ssn(this.r));
    return this;
  }
  ip(v6?: boolean): this {
    this.d.l('IP', v6 === undefined ? ip(this.r) : v6 ? ipv6(this.r) : ipv4(this.r));
    return this;
  }
  trap(): this {
    this.d.t(this.r.pick(TRAPS));
    return this;
  }
  /** An agent's sign-off: given name, full name or team only. */
  agentSign(br: Brand, lang = 'en'): this {
    const r = this.r;
    const close: Readonly<Record<string, string>> = { en: 'Kind regards', de: 'Viele Grüße', fr: 'Cordialement', es: 'Un saludo', it: 'Cordiali saluti', nl: 'Met vriendelijke groet', pt: 'Atenciosamente', sv: 'Vänliga hälsningar', pl: 'Pozdrawiam', tr: 'Saygılarımızla' };
    this.t(`\n\n${close[lang] ?? 'Kind regards'},\n`);
    const k = r.int(0, 2);
    if (k === 0) this.t(`${br.name} Customer Care`);
    else {
      this.nm(this.anyone(), k === 1 ? 'given' : 'full');
      this.t(`\n${br.name} ${r.pick(['Customer Care', 'Guest Relations', 'Support Team', 'Service'])}`);
    }
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Templates

type Tpl = (c: Ctx) => void;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hm = (r: Rng): string => `${p2(r.int(7, 22))}:${p2(r.int(0, 59))}`;
const mailDate = (r: Rng): string => `${r.pick(DAYS)}, ${r.int(1, 28)} ${at(MONTHS.en ?? [], r.int(0, 11)).slice(0, 3)} ${r.int(2024, 2026)} at ${hm(r)}`;
const EU_CC = ['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'SE', 'CH', 'PL'];

/** Sometimes the customer volunteers something nobody asked for. */
function overshare(c: Ctx, p: Person): void {
  const r = c.r;
  const k = r.int(0, 5);
  if (k === 0 && p.cc === 'US') c.t(' In case you need to verify me, my SSN is ').ssn().t('.');
  else if (k === 1) c.t(' My date of birth is ').dob(p.cc).t(' if that helps.');
  else if (k === 2) c.t(' You can also reach me on ').phone(p.cc).t('.');
  else if (k === 3) c.t(` Order ${orderNo(r)}, tracking ${tracking(r)}.`);
  else if (k === 4 && p.cc === 'US') c.t(` (SSN on file ends ${maskedSsn(r)}.)`);
  else c.t(` I paid with the card ending ${d4(r)}.`);
}

const POSITIVE: Tpl[] = [
  // 1 late order, English e-mail with customer signature
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'IN', 'SG']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t('From: ').self(p).t(' <').email(p);
    c.t(`>\nTo: `).role(sh).t(`\nSubject: Where is my order ${orderNo(r)}?\n\nHello,\n\nI ordered a ${r.pick(['rain jacket', 'stand mixer', 'set of linen sheets', 'pair of trail shoes', 'phone case'])} on ${recentDate(r, cc)} and the tracking (${tracking(r)}) has not moved for ${r.int(4, 12)} days.`);
    if (r.chance(0.5)) overshare(c, p);
    c.t(' Could you check with the courier?\n\nThanks,\n').nm(p, r.pick<Form>(['given', 'full']));
    if (r.chance(0.6)) c.t('\n').phone(cc);
    if (r.chance(0.5)) c.t('\n').addr(cc, true);
  },
  // 2 German return request
  (c) => {
    const { r } = c;
    const cc = r.pick(['DE', 'DE', 'CH']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`Betreff: Rücksendung Bestellung ${orderNo(r)}\n\n${p.f ? 'Sehr geehrte Damen und Herren' : 'Hallo zusammen'},\n\nich möchte den Artikel „${r.pick(['Wolldecke Fjord', 'Espressokocher Mini', 'Winterjacke Tundra'])}“ zurückschicken, er ist leider zu ${r.pick(['klein', 'groß', 'dunkel'])}. Bitte senden Sie mir ein Retourenlabel an `).em(emailFor(r, p)).t('.');
    if (r.chance(0.5)) c.t(' Die Erstattung bitte auf mein Konto: IBAN ').iban(r.chance(0.7) ? 'DE' : 'AT').t(`, Kontoinhaber${p.f ? 'in' : ''} `).nm(p, 'full').t('.');
    c.t('\n\nMit freundlichen Grüßen\n').self(p).t('\n').addr(cc, true);
    if (r.chance(0.6)) c.t('\nTel. ').phone(cc);
    c.t(`\n\n> Am ${recentDate(r, 'DE')} schrieb ${sh.name}:\n> Vielen Dank für Ihre Bestellung! Ihre Sendung ${tracking(r)} ist unterwegs.`);
  },
  // 3 French refund to IBAN
  (c) => {
    const { r } = c;
    const p = c.local('FR');
    const sh = r.pick(SHOPS);
    c.t(`Objet : Remboursement commande ${orderNo(r)}\n\nBonjour,\n\nSuite à l'annulation de mon séjour du ${recentDate(r, 'FR')}, je vous remercie de bien vouloir effectuer le remboursement sur le compte suivant :\nTitulaire : `).nm(p, r.pick<Form>(['full', 'caps']));
    c.t('\nIBAN : ').iban('FR').t(`\nBIC : ${letters(r, 4)}FRPP${letters(r, 3, ALNUM)}\n\n`);
    if (r.chance(0.4)) c.t(`Attention, l'ancien IBAN ${badIban(r, 'FR')} n'est plus valide.\n\n`);
    c.t('Cordialement,\n').self(p).t('\n').phone('FR');
    if (r.chance(0.5)) c.t('\n').addr('FR', true);
    c.t(`\n\n-----Message d'origine-----\nDe : ${sh.name} <`).role(sh).t('>\nVotre demande a bien été enregistrée.');
  },
  // 4 Spanish devolución
  (c) => {
    const { r } = c;
    const cc = r.pick(['ES', 'MX']);
    const p = c.local(cc);
    const br = r.pick(TRAVEL);
    c.t(`Asunto: Devolución reserva ${pnr(r)}\n\n${p.f ? 'Estimados' : 'Buenas tardes'}:\n\nLes escribo porque me cobraron dos veces la reserva en ${br.name}. `);
    if (cc === 'ES') c.t('Les ruego que me devuelvan el importe a la cuenta ').iban('ES').t('.');
    else c.t('La tarjeta que usé es la ').card().t(`, pero el segundo cargo aparece en la ${maskedCard(r)}.`);
    c.t(' Mi teléfono es el ').phone(cc).t(' y mi correo ').email(p);
    c.t('.\n\nUn saludo,\n').self(p);
    if (r.chance(0.5)) c.t(`\nDNI ${otherId(r, 'ES')}`);
  },
  // 5 Italian refund / exchange
  (c) => {
    const { r } = c;
    const p = c.local('IT');
    c.t(`Oggetto: Reso ordine ${orderNo(r)}\n\nBuongiorno,\nho ricevuto il pacco danneggiato. Vorrei il rimborso sul conto `).iban('IT').t(' intestato a ').nm(p, 'full');
    c.t('. Per il ritiro il corriere può passare a questo indirizzo: ').addr('IT', false).t(`, citofono ${p.s.toUpperCase() === p.s ? 'A' : 'B'}.`);
    c.t('\n\nGrazie, saluti\n').nm(p, r.pick<Form>(['given', 'full'])).t('\ncell. ').phone('IT');
  },
  // 6 Dutch retour
  (c) => {
    const { r } = c;
    const p = c.local('NL');
    const sh = r.pick(SHOPS);
    c.t(`Onderwerp: Retour ${orderNo(r)}\n\nBeste ${sh.name},\n\nIk heb de fiets-tas teruggestuurd via PostNL (${tracking(r)}), maar ik heb nog geen terugbetaling ontvangen. Kunt u het bedrag overmaken naar `).iban('NL').t(' t.n.v. ').nm(p, r.pick<Form>(['init', 'full'])).t('?\n\nMet vriendelijke groet,\n').self(p).t('\n').addr('NL', true);
    if (r.chance(0.5)) c.t('\n').phone('NL');
  },
  // 7 Brazilian Portuguese troca
  (c) => {
    const { r } = c;
    const p = c.local('BR');
    c.t(`Assunto: Troca do pedido ${orderNo(r)}\n\nOlá, tudo bem?\n\nComprei um tênis tamanho ${r.int(35, 44)} e preciso trocar. Podem coletar no endereço abaixo?\n\n`).nm(p, 'full').t('\n').addr('BR', true);
    c.t(`\nCPF: ${otherId(r, 'BR')}\nWhatsApp: `).phone('BR').t('\n\nObrigad').t(p.f ? 'a' : 'o').t(',\n').nm(p, 'given');
  },
  // 8 Japanese e-mail
  (c) => {
    const { r } = c;
    const p = c.ofCulture('ja', 'JP');
    const sh = r.pick(SHOPS);
    c.t(`件名：注文番号${r.digits(10)}の配送について\n\n${sh.name} カスタマーサポート御中\n\nいつもお世話になっております。`);
    c.d.l('PERSON', p.native);
    c.t('です。\n先日注文した商品がまだ届いておりません。お届け先は以下の通りです。\n\n〒');
    c.d.l('ADDRESS', at(jpAddr(r, true), 0));
    c.t('\n電話：').phone('JP').t('\nメール：').email(p);
    c.t(`\n\nお手数ですがご確認をお願いいたします。\n\n--\n`);
    c.d.l('PERSON', p.native);
    if (r.chance(0.5)) c.t('\n生年月日：').dob('JP');
  },
  // 9 agent reply quoting the customer
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'AU', 'NG', 'IE']);
    const p = c.local(cc);
    const br = r.pick([...SHOPS, ...TRAVEL]);
    c.t(r.pick(['Hi ', 'Dear ', 'Hello ']));
    if (r.chance(0.5)) c.nm(p, 'given');
    else c.t(p.f ? 'Ms. ' : 'Mr. ').nm(p, 'sur');
    c.t(`,\n\nThanks for getting back to us. I've reissued the voucher to the address on file and added a note to case ${caseNo(r)}. `);
    if (r.chance(0.5)) c.trap();
    c.agentSign(br);
    c.t(`\n\nOn ${mailDate(r)}, `).nm(p, 'full').t(' <').email(p);
    c.t(`> wrote:\n> Hi, I never received the voucher. Please send it to `).addr(cc, false).t('.\n> Phone: ').phone(cc);
    if (r.chance(0.4)) c.t('\n> Sent from my iPhone');
  },
  // 10 forwarded chain
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'CA']);
    const p = c.local(cc);
    const q = c.local(cc);
    const br = r.pick(TRAVEL);
    c.t(`FYI — see below, can someone in billing pick this up?\n\n---------- Forwarded message ---------\nFrom: `).nm(p, 'full').t(' <').email(p);
    c.t(`>\nDate: ${mailDate(r)}\nSubject: Refund for cancelled trip ${pnr(r)}\nTo: `).role(br).t('\nCc: ').nm(q, 'full').t(' <').email(q);
    c.t(`>\n\nHello, my partner `).nm(q, 'given').t(` and I had to cancel because of a family emergency. We were told the refund of ${money(r, '$')} would arrive in 5–7 days. It's been a month.`);
    if (r.chance(0.5)) c.t(' The charge was on card ').card().t('.');
    c.t('\n\n').nm(p, 'given');
  },
  // 11 hotel booking change
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const h = r.pick(TRAVEL);
    c.t(`Subject: Change of dates — booking ${r.digits(10)}\n\nDear ${h.name} team,\n\nCould we move our stay from ${recentDate(r, cc)} to ${recentDate(r, cc)}? We are two adults and `).t(r.pick(['a toddler', 'our dog Biscuit', 'no children'])).t('. ');
    c.t('The booking is under ').nm(p, r.pick<Form>(['full', 'comma', 'caps'])).t('. ');
    if (r.chance(0.4)) c.trap();
    c.t('\n\nBest,\n').self(p).t('\n').phone(cc);
    if (r.chance(0.3)) c.t(` ext. ${r.int(10, 999)}`);
  },
  // 12 flight name correction with DOB
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const al = r.pick(TRAVEL);
    c.t(`Subject: Name correction PNR ${pnr(r)}\n\nHello ${al.name},\n\nMy name was misspelled on the ticket as "`).d.l('PERSON', `${p.g.slice(0, -1)}${p.g.slice(-1) === 'a' ? 'e' : 'a'} ${p.s}`);
    c.t('". The passport reads ').nm(p, 'caps').t(`, passport no. ${otherId(r, 'XX')}, date of birth `).dob(cc);
    c.t(`, expiry ${fmtDate(r, cc, r.int(2027, 2034), r.int(1, 12), r.int(1, 28))}. Flight ${letters(r, 2)}${r.int(10, 9999)} on ${recentDate(r, cc)}.\n\nRegards,\n`).self(p);
  },
  // 13 chargeback dispute
  (c) => {
    const { r } = c;
    const p = c.local(r.pick(['US', 'US', 'GB', 'CA']));
    const sh = r.pick(SHOPS);
    c.t(`Subject: Unauthorised charge ${money(r, '$')}\n\nTo whom it may concern,\n\nA charge from ${sh.name} appeared on my card `).card();
    if (p.cc === 'US' && r.chance(0.4)) c.t(' (my SSN for the fraud affidavit: ').ssn().t(')');
    c.t(` on ${recentDate(r, p.cc)}. I did not place this order. Your receipt shows it was placed from IP `).ip().t(`, which is not mine — I was at home on `).ip(false).t(`.\n\nTransaction ID ${hex(r, 16)}, auth code ${r.digits(6)}.\n\n`).self(p).t('\n').email(p);
  },
  // 14 account takeover
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const br = r.pick([...SHOPS, ...TRAVEL]);
    c.t(`Security alert — ${br.name}\n\nHi `).nm(p, 'given').t(`,\n\nWe noticed a sign-in to your account from a new device.\n\nTime: ${stamp(r)}\nIP address: `).ip();
    c.t(`\nLocation (approx.): ${r.pick(['Frankfurt, DE', 'Lagos, NG', 'São Paulo, BR', 'Ashburn, US'])}\nBrowser: ${r.pick(['Chrome', 'Firefox', 'Edge'])} ${r.int(100, 130)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}\n\nIf this was not you, reply to `).role(br).t(' and change your password.');
    c.t('\n\n> Customer reply: It was NOT me. My real login is from ').ip().t(`. Also the e-mail on the account was changed to `).em(`${slug(p.g)}${r.int(100, 999)}@${r.pick(['mail.ru', 'yandex.com', 'tutanota.com'])}`).t(' — please change it back to ').email(p);
    c.t('.');
  },
  // 15 US store card application
  (c) => {
    const { r } = c;
    const p = c.local('US');
    const sh = r.pick(SHOPS);
    c.t(`${sh.name} Rewards Visa — application follow-up\n\nApplicant: `).self(p).t('\nSSN: ').ssn().t('\nDate of birth: ').dob('US').t('\nHome address: ').addr('US', false).t('\nMobile: ').phone('US');
    c.t(`\nAnnual income: $${r.int(28, 190)},${d3(r)}\n\nAgent note: applicant called to ask why the decision is pending. Co-applicant `).nm(c.local('US'), 'full');
    if (r.chance(0.5)) c.t(` (SSN ${maskedSsn(r)}) has a credit freeze.`);
    else c.t(' (SSN ').ssn().t(') has a credit freeze.');
  },
  // 16 marketplace seller W-9
  (c) => {
    const { r } = c;
    const p = c.local('US');
    c.t(`Hi Seller Support,\n\nI'm updating my tax info for my shop "${r.pick(['Cedar & Salt', 'Willow Lane Ceramics', 'Bright Spark Toys'])}". I'm a sole proprietor so I'm using my SSN `).ssn();
    c.t(` instead of the business EIN ${ein(r)}. Payouts should go to routing ${r.digits(9)}, account ending ${d4(r)}.\n\nLegal name: `).nm(p, r.pick<Form>(['full', 'caps'])).t('\nAddress: ').addr('US', r.chance(0.5));
    c.t('\n\nThanks!\n').nm(p, 'given');
  },
  // 17 order confirmation (English)
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'SG', 'IN', 'NG', 'PH', 'AE']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`${sh.name}\nOrder confirmation ${orderNo(r)}\n\nThank you for your order, `).nm(p, 'given');
    c.t(`!\n\nShip to:\n`).nm(p, r.pick<Form>(['full', 'caps']));
    if (r.chance(0.3)) c.t(`\n${r.pick(['Acme Logistics Ltd', 'c/o Front Desk', 'Brightwater Dental'])}`);
    c.t('\n').addr(cc, true).t('\n').phone(cc);
    c.t(`\n\nBilling: same as shipping\nPayment: ${r.pick(['Visa', 'Mastercard', 'Amex'])} ${maskedCard(r)}\nSubtotal ${money(r, '')}\nEstimated delivery: ${recentDate(r, cc)}\n\nQuestions? Write to `).role(sh).t('.');
  },
  // 18 German order confirmation
  (c) => {
    const { r } = c;
    const cc = r.pick(['DE', 'CH']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`Bestellbestätigung ${orderNo(r)}\n\nHallo `).nm(p, 'given').t(`,\nvielen Dank für Ihre Bestellung bei ${sh.name}.\n\nLieferadresse:\n`).nm(p, 'full').t('\n').addr(cc, true);
    c.t(`\n\nRechnungsadresse:\n`).nm(p, 'full').t('\n').addr(cc, true);
    c.t(`\n\nZahlungsart: Rechnung (zahlbar bis ${recentDate(r, cc)})\nEmpfänger: ${sh.name} GmbH, IBAN `).iban('DE').t(`\nUSt-IdNr. DE${r.digits(9)}`);
  },
  // 19 Japanese order confirmation
  (c) => {
    const { r } = c;
    const p = c.ofCulture('ja', 'JP');
    c.t(`【ご注文確認】注文番号：${r.digits(3)}-${r.digits(7)}\n\n`);
    c.d.l('PERSON', p.native);
    c.t(` 様\n\nこの度はご注文いただき、誠にありがとうございます。\n\nお届け先：〒`);
    c.d.l('ADDRESS', at(jpAddr(r, true), 0));
    c.t('\nお電話番号：').phone('JP');
    c.t(`\nお届け予定日：${r.int(2024, 2026)}年${r.int(1, 12)}月${r.int(1, 28)}日\nお支払い方法：クレジットカード（末尾${d4(r)}）\n\nお問い合わせ：`).role(r.pick(SHOPS));
  },
  // 20 hotel booking confirmation
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const h = r.pick(TRAVEL);
    c.t(`${h.name} — Booking confirmed\nConfirmation no.: ${r.digits(10)}  PIN: ${r.digits(4)}\n\nGuest: `).self(p);
    if (r.chance(0.5)) c.t('\nAdditional guest: ').nm(c.local(cc), 'full');
    c.t(`\nCheck-in: ${recentDate(r, cc)} from 15:00\nCheck-out: ${recentDate(r, cc)} until 11:00\nRoom: ${r.pick(['Superior Double', 'Family Suite', 'Deluxe King, lake view'])}\nGuest e-mail: `).email(p);
    c.t('\nGuest phone: ').phone(cc);
    c.t(`\n\nHotel address: `).addr(r.pick(['DE', 'ES', 'IT', 'FR', 'AU', 'JP']), false).t(`\nFree cancellation until ${recentDate(r, cc)}.`);
  },
  // 21 flight itinerary with APIS data
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const al = r.pick(TRAVEL);
    const n = r.int(1, 3);
    c.t(`${al.name.toUpperCase()} E-TICKET RECEIPT\nBOOKING REF: ${pnr(r)}\n\nPASSENGERS\n`);
    for (let i = 0; i < n; i++) {
      const p = c.local(cc);
      c.t(`${i + 1}. `).nm(p, 'pnr').t(` ${p.f ? r.pick(['MS', 'MRS']) : 'MR'}  TKT ${r.digits(3)}-${r.digits(10)}  DOB `);
      const y = r.int(1945, 2015);
      const m = r.int(1, 12);
      const day = r.int(1, 28);
      c.d.l('DOB', r.chance(0.5) ? `${p2(day)}${at(MONTHS.en ?? [], m - 1).slice(0, 3).toUpperCase()}${String(y).slice(2)}` : `${p2(day)}${at(MONTHS.en ?? [], m - 1).slice(0, 3).toUpperCase()}${y}`);
      c.t(`  FF ${letters(r, 2)}${r.digits(9)}\n`);
    }
    c.t(`\nFLIGHT ${letters(r, 2)} ${r.int(10, 999)}  ${recentDate(r, 'GB')}  ${r.pick(['LHR', 'FRA', 'CDG', 'JFK', 'NRT', 'GRU'])}-${r.pick(['MAD', 'SIN', 'DXB', 'YYZ', 'SYD'])}  DEP ${c.tick()}\nCONTACT: `).phone(cc).t(' / ').email(c.local(cc));
  },
  // 22 car rental
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const rc = r.pick(TRAVEL);
    c.t(`Rental agreement ${letters(r, 2)}${r.digits(8)} — ${rc.name}\n\nMain driver: `).nm(p, r.pick<Form>(['full', 'comma']));
    c.t('\nDriver DOB: ').dob(cc).t(`\nLicence no.: ${letters(r, 5, ALNUM)}${r.digits(6)}\nPick-up: ${r.pick(['Lisbon Airport', 'Zurich HB', 'Cancún Terminal 3', 'Keflavík'])}, ${recentDate(r, cc)} ${c.tick()}\n`);
    if (r.chance(0.6)) c.t('Additional driver: ').nm(c.local(cc), 'full').t(` (born `).dob(cc).t(')\n');
    if (r.chance(0.4)) c.t(`Deposit: ${money(r, '€')} pre-authorised on card `).card().t('\nEmergency contact: ').phone(cc);
    else c.t(`Deposit: ${money(r, '€')} pre-authorised on ${maskedCard(r)}\nEmergency contact: `).phone(cc);
  },
  // 23 rail pass (youth DOB)
  (c) => {
    const { r } = c;
    const cc = r.pick(EU_CC);
    const p = c.local(cc);
    c.t(`NordRail Pass — Youth 15-day\nPass number ${letters(r, 3)}-${r.digits(8)}\nTraveller: `).nm(p, 'full').t('\nBorn: ').dob(cc);
    c.t(`\nCountry of residence: ${country(cc).name}\nValid from: ${recentDate(r, cc)}\n\nThe traveller must carry a passport or ID. For questions contact `).role(r.pick(TRAVEL)).t('.');
  },
  // 24 merchant invoice with bank details
  (c) => {
    const { r } = c;
    const cc = r.pick(['DE', 'NL', 'FR', 'IT', 'ES', 'IE', 'SE', 'PL']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`INVOICE ${r.int(2024, 2026)}-${r.digits(5)}\nDate: ${recentDate(r, cc)}\n\nBill to:\n`).nm(p, 'full').t('\n').addr(cc, true);
    c.t(`\n\n${r.int(1, 4)} x ${r.pick(['Oak side table', 'Ceramic vase', 'Wool throw'])}    ${money(r, '€')}\nVAT 21%\n\nPlease pay within 14 days to ${sh.name}, IBAN `).iban(cc).t(`, reference ${r.digits(8)}.`);
    if (r.chance(0.4)) c.t(`\nOur old account ${badIban(r, cc)} has been closed.`);
  },
  // 25 chat widget with visitor metadata
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const a = c.anyone();
    const sh = r.pick([...SHOPS, ...TRAVEL]);
    c.t(`— Chat transcript (${sh.name} web widget) —\nVisitor IP: `).ip().t(` | ${r.pick(['Chrome', 'Safari', 'Firefox'])}/${r.int(100, 130)}.0 | page /checkout\n\n[${c.tick()}] Bot: Hi! What's your name and e-mail?\n[${c.tick()}] Visitor: `);
    c.nm(p, r.pick<Form>(['full', 'lower', 'given'])).t(', ').email(p);
    c.t(`\n[${c.tick()}] `).nm(a, 'given').t(` (agent): Thanks! How can I help?\n[${c.tick()}] Visitor: my promo code ${letters(r, 8, ALNUM)} isn't working and the page keeps timing out`);
    if (r.chance(0.5)) c.t(`\n[${c.tick()}] Visitor: you can call me on `).phone(cc);
    c.t(`\n[${c.tick()}] `).nm(a, 'given').t(': Fixed, the code now applies. Anything else?');
  },
  // 26 customer pastes card into chat
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const a = c.anyone();
    c.t(`[${c.tick()}] Customer: payment keeps failing!! card is `).card().t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)} cvv ${d3(r)}\n[${c.tick()}] `).nm(a, 'given');
    c.t(`: Please don't share full card details here — I've removed them from our system. I can see the attempt on the card ending ${d4(r)}.\n[${c.tick()}] Customer: sorry. it's in the name of `).nm(p, r.pick<Form>(['full', 'lower', 'caps']));
    c.t(`\n[${c.tick()}] `).nm(a, 'given').t(`: The bank declined with code 05. I'd suggest trying ${r.pick(['PayPal', 'Apple Pay', 'a different card'])}.`);
    if (r.chance(0.4)) c.t(`\n[${c.tick()}] Customer: ok also the old one ${badCard(r)} never worked either`);
  },
  // 27 Spanish chat
  (c) => {
    const { r } = c;
    const cc = r.pick(['ES', 'MX']);
    const p = c.local(cc);
    const a = c.local(cc);
    c.t(`${c.tick()} Cliente: Hola, no me ha llegado el pedido ${orderNo(r)}\n${c.tick()} `).nm(a, 'given').t(': ¡Hola! ¿Me confirma su nombre completo y dirección de envío?\n');
    c.t(`${c.tick()} Cliente: `).nm(p, r.pick<Form>(['full', 'lower'])).t(', ').addr(cc, false);
    c.t(`\n${c.tick()} `).nm(a, 'given').t(': Gracias. El paquete está en la oficina de Correos. ¿Le llamamos al ');
    c.phone(cc).t('?\n').t(`${c.tick()} Cliente: sí, o escríbeme a `).email(p);
  },
  // 28 French chat
  (c) => {
    const { r } = c;
    const cc = r.pick(['FR', 'FR', 'CH', 'CA']);
    const p = c.local(cc);
    const a = c.anyone();
    c.t(`[${c.tick()}] `).nm(a, 'given').t(` : Bonjour et bienvenue chez ${r.pick(TRAVEL).name} ! Comment puis-je vous aider ?\n[${c.tick()}] Client : bonjour, je voudrais ajouter un bagage en soute sur ma réservation ${pnr(r)}\n`);
    c.t(`[${c.tick()}] `).nm(a, 'given').t(' : Bien sûr. Pouvez-vous me donner le nom du passager et sa date de naissance ?\n');
    c.t(`[${c.tick()}] Client : `).nm(p, r.pick<Form>(['full', 'caps'])).t(', né').t(p.f ? 'e' : '').t(' le ').dob(cc);
    c.t(`\n[${c.tick()}] `).nm(a, 'given').t(` : C'est fait, ${money(r, '')} €. Le reçu partira à l'adresse `).email(p).t('.');
  },
  // 29 German chat with masked data
  (c) => {
    const { r } = c;
    const p = c.local('DE');
    const a = c.local('DE');
    c.t(`Chatverlauf vom ${recentDate(r, 'DE')}\n\n`).nm(a, 'given').t(': Guten Tag, womit kann ich helfen?\nKunde: Mein Paket wurde beim Nachbarn abgegeben, aber der wohnt nicht mehr da.\n');
    c.nm(a, 'given').t(`: Ich sehe als hinterlegte Nummer ${maskedPhone(r)}. Ist die noch aktuell?\nKunde: Nein, neu ist `).phone('DE').t('. Und bitte an ').nm(p, r.pick<Form>(['full', 'sur']));
    c.t(', ').addr('DE', false).t(' liefern.\n').nm(a, 'given').t(': Erledigt! Sendungsnummer bleibt ').t(tracking(r)).t('.');
  },
  // 30 Portuguese chat
  (c) => {
    const { r } = c;
    const p = c.local('BR');
    c.t(`Atendimento online — protocolo ${r.digits(12)}\n\nCliente: oi, meu nome é `).nm(p, r.pick<Form>(['full', 'lower']));
    c.t(', comprei uma passagem e quero remarcar\nAtendente: Olá! Pode informar a data de nascimento do passageiro?\nCliente: ').dob('BR');
    c.t('\nAtendente: Obrigada. Enviaremos a confirmação para o e-mail cadastrado, ').email(p).t(', e por SMS para o ').phone('BR').t('.');
  },
  // 31 chatbot verification
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'CA', 'AU']);
    const p = c.local(cc);
    c.t(`🤖 Assistant: To find your booking I need a few details. What's the last name on the booking?\n🙂 You: `).nm(p, r.pick<Form>(['sur', 'caps', 'lower']));
    c.t(`\n🤖 Assistant: And the lead traveller's date of birth?\n🙂 You: `).dob(cc);
    c.t(`\n🤖 Assistant: Thanks! I found booking ${pnr(r)} departing ${recentDate(r, cc)}. Shall I send the documents to `).email(p).t('?\n🙂 You: yes please');
  },
  // 32 phone call transcript with spoken values
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'AU', 'IE']);
    const p = c.local(cc);
    const a = c.anyone();
    const DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const spoken = (ds: string): string => ds.split('').map((x) => (x === '0' && r.chance(0.5) ? 'oh' : at(DW, Number(x)))).join(' ');
    c.t(`Call recording transcript (auto-generated)\nAGENT (`).nm(a, 'given').t(`): Thanks for calling ${r.pick(TRAVEL).name}, can I take your name?\nCALLER: yeah it's `).nm(p, 'lower');
    c.t(`\nAGENT: And the best number to reach you?\nCALLER: it's `);
    const ds = `${r.int(2, 9)}${r.digits(9)}`;
    c.d.l('PHONE', `${spoken(ds.slice(0, 3))}, ${spoken(ds.slice(3, 6))}, ${spoken(ds.slice(6))}`);
    const local = `${slug(p.g)}.${slug(p.s)}`;
    c.t(`\nAGENT: And your e-mail?\nCALLER: `).em(`${local.replace('.', ' dot ')} at ${r.pick(['gmail', 'outlook', 'yahoo'])} dot com`);
    c.t(`\nAGENT: Perfect, I've rebooked you on the ${c.tick()} departure.`);
  },
  // 33 Twitter/X DM
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const br = r.pick(TRAVEL);
    c.t(`DM @${slug(br.name)}_help ⇄ @${slug(p.g).slice(0, 5)}_${r.pick(['travels', 'wanders', 'x', '88'])}\n\n@${slug(br.name)}_help: Sorry to hear that! Please DM us your booking ref and e-mail so we can look into it ^${letters(r, 2)}\n`);
    c.t(`them: ref ${pnr(r)}, email `).email(p).t(`. bag never arrived in ${r.pick(['Lisbon', 'Bangkok', 'Denver'])} 😤`);
    c.t(`\n@${slug(br.name)}_help: Thanks `).nm(p, 'given').t('. Could you also share a phone number for the courier?\nthem: ').phone(cc);
  },
  // 34 Instagram DM to a boutique
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'US', 'AU', 'IE', 'NL', 'IT']);
    const p = c.local(cc);
    const handle = `@${slug(p.g)}.${r.pick(['makes', 'style', 'daily'])}`;
    c.t(`Instagram · Direct\n\n${handle}: hiii is the ${r.pick(['sage linen dress', 'mustard beanie', 'ceramic mug set'])} still available in ${r.pick(['S', 'M', '10'])}? 😍\nshop: Yes! I can put it aside for you. Where should we post it?\n${handle}: `);
    c.nm(p, 'full').t(`\n`).addr(cc, true).t(`\nthank youuu ✨\nshop: Sent you a payment link to `).email(p).t(' 💛');
  },
  // 35 Messenger with a hotel
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const a = c.anyone();
    c.t(`Messenger — ${r.pick(TRAVEL).name}\n\nGuest: Hello! We arrive late on ${recentDate(r, cc)}, around 1am. Is that ok? Booking is under `).nm(p, r.pick<Form>(['sur', 'full']));
    c.t(`\nHotel: Hi! No problem, our night porter `).nm(a, 'given').t(' will be at reception. Please WhatsApp us on ').phone(r.pick(['ES', 'IT', 'FR', 'DE']));
    c.t(` if the flight is delayed.\nGuest: great, my WhatsApp is `).phone(cc).t(`. It's ${r.pick(["my husband's", "my wife's", 'my'])} birthday that day so any upgrade would be amazing 🎂`);
  },
  // 36 WhatsApp business log
  (c) => {
    const { r } = c;
    const cc = r.pick(['IN', 'BR', 'MX', 'NG', 'GB', 'AE', 'PH']);
    const p = c.local(cc);
    const ds = `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(24, 26)}`;
    const shop = r.pick(SHOPS).name;
    c.t(`[${ds}, ${c.tick()}] `).nm(p, 'full').t(': Hi, order not received yet');
    c.t(`\n[${ds}, ${c.tick()}] ${shop}: Hi `).nm(p, 'given').t(`! Sorry for the delay. Can you confirm the delivery address?\n[${ds}, ${c.tick()}] `).nm(p, 'full').t(': ').addr(cc, false);
    if (r.chance(0.5)) c.t(`\n[${ds}, ${c.tick()}] `).nm(p, 'full').t(`: near the ${r.pick(['big mosque', 'petrol station', 'old cinema'])}, blue gate`);
    c.t(`\n[${ds}, ${c.tick()}] ${shop}: Thanks, re-dispatched with tracking ${tracking(r)}.`);
  },
  // 37 return form (key: value)
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`RETURNS FORM\n============\nFull name: `).self(p).t('\nE-mail: ').email(p);
    c.t('\nPhone: ').phone(cc).t(`\nOrder number: ${orderNo(r)}\nItem(s): ${r.pick(['2x T-shirt (M)', 'Blender BX-400', 'Kids raincoat 110'])}\nReason: ${r.pick(['Too small', 'Arrived damaged', 'Changed my mind', 'Not as described'])}\nCollection address: `).addr(cc, false);
    if (IBAN_LENGTHS[cc] !== undefined && r.chance(0.7)) c.t('\nRefund to IBAN: ').iban(cc);
    else c.t('\nRefund to: original payment method');
    c.t(`\nSigned: `).nm(p, r.pick<Form>(['init', 'full'])).t(`   Date: ${recentDate(r, cc)}`);
  },
  // 38 lost luggage report
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`PROPERTY IRREGULARITY REPORT  ${r.pick(['LHR', 'AMS', 'MAD', 'DXB'])}${letters(r, 2)}${r.digits(5)}\nPassenger: `).nm(p, 'pnr');
    c.t(`\nTag no.: ${letters(r, 2)}${r.digits(6)}\nBag type: ${r.pick(['22', '25', '01'])} — ${r.pick(['black', 'red', 'grey'])}, ${r.pick(['hard-shell', 'soft', 'duffel'])}\nPermanent address: `).addr(cc, false);
    c.t(`\nTemporary address (until ${recentDate(r, cc)}): ${r.pick(['Hotel Seeblick, room 214', 'Aurora Hostel, bed 6B', 'Casa Oliva Hotel, reception'])}\nContact phone: `).phone(cc).t('\nE-mail: ').email(p);
  },
  // 39 courier damage claim with two addresses
  (c) => {
    const { r } = c;
    const c1 = r.pick(CC_LIST);
    const c2 = r.chance(0.6) ? c1 : r.pick(CC_LIST);
    const s = c.local(c1);
    const t = c.local(c2);
    c.t(`Claim for damaged parcel ${tracking(r)}\n\nSender:\n`).nm(s, 'full').t('\n').addr(c1, true).t('\n\nRecipient:\n').nm(t, 'full').t('\n').addr(c2, true);
    c.t(`\n\nDeclared value: ${money(r, '')}\nDescription: the box arrived crushed, the lamp inside is broken. Photos attached.\nClaimant e-mail: `).email(s);
  },
  // 40 US travel insurance claim
  (c) => {
    const { r } = c;
    const p = c.local('US');
    c.t(`TRIP CANCELLATION CLAIM — Policy ${letters(r, 3)}${r.digits(7)}\n\nInsured: `).self(p).t('\nDate of birth: ').dob('US').t('\nSSN (required for payouts over $600): ').ssn();
    c.t('\nMailing address:\n').addr('US', true).t('\nPhone: ').phone('US').t('\nE-mail: ').email(p);
    c.t(`\n\nReason for cancellation: ${r.pick(['illness', 'jury duty', 'hurricane'])}. Trip dates ${recentDate(r, 'US')}–${recentDate(r, 'US')}.\nTraveling companion: `).nm(c.local('US'), 'full');
    if (r.chance(0.5)) c.t(', SSN ').ssn();
  },
  // 41 EU261 compensation claim
  (c) => {
    const { r } = c;
    const cc = r.pick(EU_CC);
    const p = c.local(cc);
    c.t(`Compensation request (Regulation (EC) No 261/2004)\nFlight ${letters(r, 2)}${r.int(100, 9999)} on ${recentDate(r, cc)}, arrival delay ${r.int(3, 9)} h ${r.int(0, 59)} min\n\nPassengers:\n`);
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      c.t(`- `).nm(i === 0 ? p : c.local(cc), 'full').t(', born ').dob(cc).t('\n');
    }
    c.t('\nPlease transfer €').t(String(n * 400)).t(' to ').iban(cc).t(' (account holder: ').nm(p, 'full').t(').\nContact: ').email(p);
  },
  // 42 reply to hotel review
  (c) => {
    const { r } = c;
    const p = c.anyone();
    const staff = c.anyone();
    const mgr = c.anyone();
    c.t(`★★☆☆☆ "${r.pick(['Noisy room, great breakfast', 'Not worth the price', 'Lovely staff but dated'])}" — ${r.pick(['reviewed', 'stayed'])} ${recentDate(r, 'GB')}\n\nResponse from the owner:\nDear `).nm(p, r.pick<Form>(['given', 'full']));
    c.t(`, thank you for taking the time to share your feedback. I'm sorry the room facing ${r.pick(['Kaiser-Wilhelm-Straße', 'Victoria Street', 'Rue Victor Hugo'])} was noisy. I'm glad `).nm(staff, 'given');
    c.t(` at reception made your stay easier. Please contact me directly at `).role(r.pick(TRAVEL)).t(' next time and I will personally arrange a quieter room.\n\n').nm(mgr, 'full').t(', General Manager');
  },
  // 43 reply to product review
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'AU', 'CA']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`Review by `).nm(p, r.pick<Form>(['init', 'given', 'full'])).t(` (verified purchase): "The zip broke after two weeks. ${r.pick(['Disappointed.', 'Will not buy again.', 'Hope they fix it.'])}"\n\n${sh.name} replied: Hi `).nm(p, 'given');
    c.t(`, we're sorry! This shouldn't happen. Please e-mail `).role(sh).t(` with your order number and we'll send a replacement. — `).nm(c.anyone(), 'given');
  },
  // 44 guest review mentioning staff
  (c) => {
    const { r } = c;
    const s1 = c.anyone();
    const s2 = c.anyone();
    c.t(`${r.pick(['Fantastic stay!', 'Would come back', 'Mixed feelings'])} — We booked ${r.pick(['the Marco Polo suite', 'a sea-view double', 'the family room'])} for our anniversary. `).nm(s1, 'given');
    c.t(` at the front desk recommended a restaurant near ${r.pick(['Plaza Mayor', 'Nelson Mandela Square', 'Karlsplatz'])} and `).nm(s2, r.pick<Form>(['given', 'full'])).t(` from housekeeping found my ring. `);
    c.trap();
    c.t(` Breakfast was average.`);
  },
  // 45 loyalty missing points
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const br = r.pick(TRAVEL);
    c.t(`Subject: Missing miles — member ${r.digits(9)}\n\nHello ${br.name} Club,\n\nMy ${r.int(800, 5200)} points for the stay/flight on ${recentDate(r, cc)} were never credited. For verification: name `).nm(p, 'full').t(', date of birth ').dob(cc).t(', e-mail ').email(p);
    c.t(`.\n\nBoarding pass seq. ${r.int(1, 300)}, ticket ${r.digits(13)}.\n\n`).nm(p, 'given');
  },
  // 46 loyalty enrolment form
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`JOIN ${r.pick(TRAVEL).name.toUpperCase()} REWARDS\n\nTitle: ${p.f ? 'Ms' : 'Mr'}\nFirst name: `).nm(p, 'given').t('\nLast name: ').nm(p, 'sur');
    c.t('\nDate of birth: ').dob(cc).t('\nAddress: ').addr(cc, false).t('\nMobile: ').phone(cc).t('\nE-mail: ').email(p);
    c.t(`\nPreferred airport: ${r.pick(['Dublin', 'Manchester', 'Frankfurt', 'Toronto Pearson'])}\n☑ I agree to the programme terms (v${r.int(2, 9)}.${r.int(0, 9)}).`);
  },
  // 47 Korean loyalty merge
  (c) => {
    const { r } = c;
    const p = c.ofCulture('ko', 'KR');
    c.t(`[${r.pick(SHOPS).name}] 고객센터 문의\n\n안녕하세요. 회원 계정 두 개를 통합하고 싶습니다.\n이름: `);
    c.d.l('PERSON', p.native);
    c.t('\n생년월일: ').dob('KR').t('\n연락처: ').phone('KR').t('\n기존 이메일: ').email(p).t('\n새 이메일: ').em(`${slug(p.g)}${r.int(10, 99)}@naver.com`);
    c.t(`\n주소: `).addr('KR', false).t(`\n\n감사합니다. `);
    c.d.l('PERSON', p.native);
    c.t(' 드림');
  },
  // 48 bank dispute letter
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'DE', 'FR', 'NL', 'IE', 'ES']);
    const p = c.local(cc);
    const sh = r.pick(SHOPS);
    c.t(`Dispute form — card transaction\n\nCardholder: `).self(p).t('\nCard number: ').card().t(`\nMerchant: ${sh.name} (${sh.dom})\nAmount: ${money(r, '€')}  Date: ${recentDate(r, cc)}\n`);
    c.t(`Reason: goods not received. Merchant contacted on ${recentDate(r, cc)} at `).role(sh).t('; no reply.\nCredit the refund to account ').iban(cc);
    c.t('\nCorrespondence address: ').addr(cc, false);
  },
  // 49 BNPL dispute (US)
  (c) => {
    const { r } = c;
    const p = c.local('US');
    const a = c.anyone();
    c.t(`PayLater support chat\n`).nm(a, 'given').t(`: To dispute the purchase I need to verify your identity. Please confirm the last four of your SSN.\nCustomer: whole thing is `).ssn();
    c.t(`\n`).nm(a, 'given').t(`: Thank you — please only share the last four next time. I've opened dispute ${caseNo(r)} for the ${r.pick(['sofa', 'laptop', 'e-bike'])} order with installment plan ${letters(r, 3)}-${r.digits(6)}.\nCustomer: also my old SSN in your file ${badSsn(r)} is wrong, can you fix?\nCustomer: and send the case number to `).email(p);
  },
  // 50 CRM note
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`CRM › Contact › `).nm(p, 'comma').t(`\nTier: ${r.pick(['Gold', 'Silver', 'Platinum'])} · Since ${r.int(2012, 2024)} · LTV ${money(r, '$')}\nEmail: `).email(p);
    c.t('\nPhone: ').phone(cc).t('\nLast login IP: ').ip();
    c.t(`\nNotes: ${recentDate(r, cc)} — called re: ${r.pick(['damaged item', 'missing refund', 'upgrade'])}. Escalated to `).nm(c.anyone(), 'full').t(`. Do not offer further vouchers (${r.int(3, 7)} issued this year).`);
  },
  // 51 internal escalation
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    const lead = c.anyone();
    const me = c.anyone();
    c.t(`Hey `).nm(lead, 'given').t(`,\n\nEscalating ticket ${caseNo(r)}: customer `).nm(p, r.pick<Form>(['full', 'comma', 'caps'])).t(` is threatening a chargeback over the ${r.pick(['Lisbon', 'Kyoto', 'Cusco'])} tour. `);
    c.t(`Their address on file (`).addr(cc, false).t(`) doesn't match the card's billing postcode, fraud score ${r.int(40, 99)}/100. Order came from `).ip().t(`.\n\nCan you approve a goodwill refund?\n\n`).nm(me, 'given');
  },
  // 52 courier SMS
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'IE', 'AU', 'NL', 'DE', 'US']);
    const courier = c.anyone();
    c.t(`${r.pick(['ParcelGo', 'DPX', 'SwiftDrop'])}: Your parcel from ${r.pick(SHOPS).name} will be delivered today between ${c.tick()} and ${c.tick()}. Your driver is `).nm(courier, 'given');
    c.t(`. Track: sd.io/${letters(r, 7, ALNUM)}. Questions? Call `).phone(cc).t('. Reply STOP to opt out.');
  },
  // 53 delivery address change
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`Hi, I just moved! Please change the delivery address for ${orderNo(r)} from\n\n`).addr(cc, true).t('\n\nto\n\n').nm(p, 'full').t('\n').addr(cc, true);
    c.t(`\n\nThe old flat is empty now. Thanks, `).nm(p, 'given');
  },
  // 54 missed delivery, left with neighbour
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'DE', 'NL', 'IE', 'FR']);
    const n = c.local(cc);
    const titles: Readonly<Record<string, readonly [string, string]>> = { GB: ['Mr ', 'Mrs '], IE: ['Mr ', 'Ms '], DE: ['Herr ', 'Frau '], NL: ['dhr. ', 'mevr. '], FR: ['M. ', 'Mme '] };
    const tt = titles[cc] ?? ['Mr ', 'Ms '];
    c.t(`Sorry we missed you! Your parcel ${tracking(r)} was left with your neighbour ${n.f ? tt[1] : tt[0]}`).nm(n, 'sur');
    c.t(` at `).addr(cc, false).t(`. If you weren't expecting this, contact us quoting card ref ${r.digits(10)}.`);
  },
  // 55 gift order with message
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const buyer = c.local(cc);
    const rcpt = c.local(cc);
    c.t(`Gift order ${orderNo(r)}\nFrom: `).self(buyer).t('\nTo: ').nm(rcpt, 'full').t('\n').addr(cc, true);
    c.t(`\nGift message: "Happy birthday `).nm(rcpt, 'given').t(`! Can't wait to see you in ${r.pick(['Madison', 'Florence', 'Victoria', 'Adelaide'])}. Love, `).nm(buyer, 'given');
    c.t(`"\nDeliver on: ${recentDate(r, cc)}\nHide prices: yes`);
  },
  // 56 data access request
  (c) => {
    const { r } = c;
    const cc = r.pick(EU_CC);
    const p = c.local(cc);
    const br = r.pick([...SHOPS, ...TRAVEL]);
    c.t(`To: `).em(`privacy@${br.dom}`).t(`\nSubject: Subject access request (Art. 15 GDPR)\n\nI request a copy of all personal data you hold about me, including login history and IP addresses (e.g. `).ip().t(') and marketing profiles.\n\nName: ').self(p);
    c.t('\nDate of birth: ').dob(cc).t('\nAccount e-mail: ').email(p).t('\nAddress: ').addr(cc, false).t(`\n\nPlease respond within one month.`);
  },
  // 57 account deletion
  (c) => {
    const { r } = c;
    const cc = r.pick(CC_LIST);
    const p = c.local(cc);
    c.t(`Please delete my account and stop sending newsletters. Account e-mail `).email(p).t(`, phone `).phone(cc);
    c.t(`. I also want my saved card removed (${maskedCard(r)}). `).nm(p, r.pick<Form>(['full', 'lower', 'given']));
  },
  // 58 cruise booking
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'AU', 'DE', 'CA']);
    const ship = r.pick(['MS Amadea', 'Coral Princess', 'Sea Wanderer', 'Queen Mary 2']);
    c.t(`${r.pick(TRAVEL).name} — ${ship} — ${r.int(7, 14)}-night ${r.pick(['Norwegian Fjords', 'Great Barrier Reef', 'Mediterranean'])}\nSail date: ${recentDate(r, cc)}\nCabin ${r.int(4, 12)}${r.digits(3)}\n\nGuests\n`);
    for (let i = r.int(1, 3); i > 0; i--) {
      const p = c.local(cc);
      c.t('• ').nm(p, 'full').t(' — DOB ').dob(cc).t(`, ${r.pick(['British', 'German', 'Australian', 'American', 'Canadian'])} passport\n`);
    }
    c.t('Emergency contact ashore: ').nm(c.local(cc), 'full').t(', ').phone(cc);
  },
  // 59 customs duty
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'CH', 'NO', 'US']);
    const home = cc === 'NO' ? 'SE' : cc;
    const p = c.local(home);
    c.t(`Import duty payable — parcel ${tracking(r)}\n\nAddressee: `).nm(p, 'full').t('\n').addr(home, true);
    c.t(`\nDuty + VAT: ${money(r, '')}  Handling fee: ${money(r, '')}\nSender EORI: GB${r.digits(12)}  HS code: ${r.digits(4)}.${r.digits(2)}\n\nPay online within 21 days or the item returns to sender. We will text `).phone(home).t(' when paid.');
  },
  // 60 merchant webhook support
  (c) => {
    const { r } = c;
    const p = c.anyone();
    c.t(`Hi platform support,\n\nOur store's order webhook stopped firing after the ${version(r)} update. Requests from `).ip(false).t(' and ').ip(true).t(` hit our endpoint ([`).ip(true).t(`]:${r.pick([443, 8443, 8080])}) but get a 401. The signing secret hash is ${hex(r, 40)}.\n\nLogs: ${stamp(r)} POST /hooks/orders 401\n\n`).nm(p, 'full').t(`, CTO\n`).em(`${slug(p.g)}@${r.pick(['cedarandsalt.shop', 'brightspark.toys', 'willowlane.co'])}`);
  },
  // 61 identity theft report (US)
  (c) => {
    const { r } = c;
    const p = c.local('US');
    c.t(`Subject: Fraudulent account opened in my name\n\nSomeone opened a store credit account with my details. The application used my SSN `).ssn().t(` and my date of birth `).dob('US');
    c.t(` but a different mailing address (`).addr('US', false).t(`). I have filed FTC report ${r.digits(9)}. Please close the account and send confirmation to `).email(p).t('.\n\n').self(p);
  },
  // 62 Polish subscription cancellation
  (c) => {
    const { r } = c;
    const p = c.local('PL');
    c.t(`Temat: Rezygnacja z subskrypcji ${r.pick(['BoxMiesięczny', 'KawaKlub', 'KsiążkoPaka'])}\n\nDzień dobry,\n\nproszę o anulowanie subskrypcji od ${recentDate(r, 'PL')} i zwrot nadpłaty na konto `).iban('PL');
    c.t(`.\nAdres do korespondencji:\n`).addr('PL', true).t('\nTel. ').phone('PL').t('\n\nPozdrawiam,\n').self(p);
  },
  // 63 Italian hotel chat
  (c) => {
    const { r } = c;
    const p = c.local('IT');
    const a = c.local('IT');
    c.t(`Ospite: Buonasera, vorrei sapere se il parcheggio è incluso. Prenotazione a nome `).nm(p, r.pick<Form>(['sur', 'full']));
    c.t(`\nReception (`).nm(a, 'given').t(`): Buonasera! Sì, è incluso. Ci può lasciare un numero per il check-in online?\nOspite: `).phone('IT').t(', e la mail è ').email(p);
  },
  // 64 Swedish tour booking
  (c) => {
    const { r } = c;
    const p = c.local('SE');
    const g = c.anyone();
    c.t(`Bokningsbekräftelse — Kajaktur i skärgården ${recentDate(r, 'SE')}\n\nHej `).nm(p, 'given').t(`!\n\nTack för din bokning (${r.int(2, 5)} personer). Guiden `).nm(g, 'full');
    c.t(` möter er vid bryggan. Vi skickar påminnelse via SMS till `).phone('SE').t('.\nFaktureringsadress: ').addr('SE', false).t(`\n\n${r.pick(['Vänliga hälsningar', 'Hälsningar'])},\nSkärgårdsturer AB`);
  },
  // 65 Turkish payment failure
  (c) => {
    const { r } = c;
    const p = c.local('TR');
    c.t(`Konu: Ödeme hatası — sipariş ${orderNo(r)}\n\nMerhaba, kartımdan (`).card().t(`) iki kez çekim yapıldı ama sipariş görünmüyor. İade için IBAN: `).iban('TR');
    c.t(`\nTelefon: `).phone('TR').t('\nAdres: ').addr('TR', false).t('\n\nTeşekkürler,\n').self(p);
  },
  // 66 heavy e-mail signature with disclaimers
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'US', 'DE', 'AU', 'SG']);
    const p = c.local(cc);
    const br = r.pick(TRAVEL);
    c.t(`Hi team, just confirming the group booking for ${r.int(12, 40)} delegates is still on hold until ${recentDate(r, cc)}. Invoice to follow.\n\n--\n`).nm(p, 'full').t(` | Travel Coordinator\n${r.pick(['Brightwater Dental', 'Halcyon Labs', 'Osprey Consulting'])}\n`);
    c.t('M: ').phone(cc).t(' | D: ').phone(cc).t('\n').addr(cc, false).t(`\n\nThis e-mail and any attachments are confidential. If received in error, notify `).em(`postmaster@${slug(br.name)}.com`).t(' and delete it.');
  },
  // 67 OCR'd claim form with values split across lines (those are not labelled)
  (c) => {
    const { r } = c;
    const cc = r.pick(['GB', 'US', 'AU']);
    const p = c.local(cc);
    const ph = country(cc).ph(r);
    const cut = ph.lastIndexOf(' ');
    c.t(`[scanned form, OCR]\nCLAIMANT NAME: `).nm(p, 'caps').t('\nCONTACT TEL: ');
    if (cut > 0) c.t(`${ph.slice(0, cut)}\n${ph.slice(cut + 1)}`);
    else c.d.l('PHONE', ph);
    c.t(`\nEMAIL: `).email(p).t(`\nITEM: ${r.pick(['suitcase', 'camera', 'pram'])}   VALUE: ${money(r, '')}\nDATE OF LOSS: ${recentDate(r, cc)}\nCLAIMANT SIGNATURE: `).nm(p, 'init');
  },
  // 68 hotel credit-card authorisation form
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'CA', 'AU', 'DE', 'SG']);
    const p = c.local(cc);
    const h = r.pick(TRAVEL);
    c.t(`CREDIT CARD AUTHORIZATION FORM — ${h.name}\nPlease return by e-mail to `).role(h).t(`\n\nCardholder name: `).nm(p, r.pick<Form>(['full', 'caps']));
    c.t(`\nCard type: ${r.pick(['Visa', 'Mastercard', 'Amex', 'Discover', 'JCB'])}\nCard number: `).card().t(`\nExpiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}\nBilling address: `).addr(cc, false);
    c.t('\nPhone: ').phone(cc).t(`\nGuest name (if different): `).nm(c.local(cc), 'full').t(`\nArrival: ${recentDate(r, cc)}   Nights: ${r.int(1, 9)}\nI authorise ${h.name} to charge the above card for room, tax and incidentals.\nSignature: `).nm(p, 'init');
  },
  // 69 US financing chat at checkout
  (c) => {
    const { r } = c;
    const p = c.local('US');
    const a = c.anyone();
    c.t(`${r.pick(SHOPS).name} · Financing help\n`).nm(a, 'given').t(`: I can help you finish the 0% APR application for the ${r.pick(['sectional sofa', 'treadmill', 'OLED TV'])}. Full legal name?\nYou: `).nm(p, r.pick<Form>(['full', 'lower']));
    c.t('\n').nm(a, 'given').t(`: Date of birth and Social Security number?\nYou: `).dob('US').t(' and ').ssn();
    c.t(`\n`).nm(a, 'given').t(`: Thanks. Approved for ${money(r, '$')}. Your first payment of ${money(r, '$')} is due ${recentDate(r, 'US')}. A copy went to `).email(p).t('.');
  },
  // 70 PCI incident: full card numbers found in logs
  (c) => {
    const { r } = c;
    const eng = c.anyone();
    c.t(`INCIDENT ${r.int(2024, 2026)}-${r.digits(4)} — PAN found in application logs\n\nDuring the ${version(r)} rollout the checkout service logged request bodies. Sample (to be purged):\n`);
    for (let i = r.int(1, 3); i > 0; i--) c.t(`  ${stamp(r)} client=`).ip().t(' pan=').card().t(` amount=${money(r, '')}\n`);
    c.t(`Also seen: token ${hex(r, 32)}, masked ${maskedCard(r)}, test value ${badCard(r)}.\nOwner: `).nm(eng, r.pick<Form>(['full', 'init'])).t(` (on-call). Purge scheduled ${recentDate(r, 'GB')}.`);
  },
  // 71 delivery-courier onboarding (US)
  (c) => {
    const { r } = c;
    const p = c.local('US');
    c.t(`Courier partner onboarding — background check consent\n\nLegal name: `).self(p).t('\nOther names used: ');
    if (r.chance(0.5)) c.nm(c.ofCulture(p.cu.key, 'US'), 'full');
    else c.t('none');
    c.t('\nSSN: ').ssn().t('\nDOB: ').dob('US').t('\nCurrent address: ').addr('US', false);
    c.t(`\nVehicle: ${r.pick(['2016 Honda Civic', 'e-bike', '2019 Ford Transit'])}, plate ${letters(r, 3)}-${r.digits(4)}\nPayout routing no. ${r.digits(9)}, account ***${d4(r)}\nMobile: `).phone('US');
  },
  // 72 phone order where the caller reads the card
  (c) => {
    const { r } = c;
    const cc = r.pick(['US', 'GB', 'AU', 'CA', 'IE']);
    const p = c.local(cc);
    const a = c.anyone();
    c.t(`Order-line call notes (agent `).nm(a, 'given').t(`)\nCaller `).nm(p, r.pick<Form>(['full', 'sur', 'comma'])).t(` ordering ${r.int(2, 6)}x ${r.pick(['hamper', 'wine gift box', 'flower subscription'])}. Read card as `).card();
    c.t(`, exp ${p2(r.int(1, 12))}/${r.int(26, 31)}. First attempt failed — I had typed ${badCard(r)}. Deliver to `).addr(cc, false).t('. Callback ').phone(cc).t('.');
    if (cc === 'US' && r.chance(0.5)) c.t(' Caller offered SSN ').ssn().t(' for verification — told them we never need it.');
  },
  // 73 fraud-team identity check for a high-value order (US)
  (c) => {
    const { r } = c;
    const p = c.local('US');
    const sh = r.pick(SHOPS);
    c.t(`Re: Order ${orderNo(r)} on hold — identity verification\n\nHi ${sh.name} Fraud Prevention,\n\nHere is what you asked for. Name: `).self(p).t('. SSN: ').ssn().t('. The order was placed from my work network (').ip(false).t(`), which is why the location looked odd. Card used: `).card();
    c.t(`.\n\nPlease release it — it's a birthday present.\n`).nm(p, 'given');
  },
];

/** Hard negatives: no personal data at all, but plenty that looks like it. */
const NEGATIVE: Tpl[] = [
  // shipping policy update
  (c) => {
    const { r } = c;
    const sh = r.pick(SHOPS);
    c.t(`${sh.name} — shipping update\n\nHi there,\n\nFrom ${recentDate(r, 'GB')} orders over £${r.int(30, 80)} ship free. Parcels sent before ${c.tick()} leave the same day. Tracking numbers look like ${tracking(r)} and are active within 24 hours. `);
    c.trap();
    c.t(` We hope this helps — and we will always grant a 30-day return window.\n\nThe ${sh.name} Team`);
  },
  // release notes of a checkout service
  (c) => {
    const { r } = c;
    c.t(`Checkout service ${version(r)} — release notes\n\n* Fixed rounding in multi-currency carts (commit ${hex(r, 7)})\n* Upgraded payments SDK to ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 9)}\n* Deployed ${stamp(r)} to eu-west-${r.int(1, 3)}\n* Test card 4111 1111 1111 1112 now rejected as expected\n* Checksum ${hex(r, 64)}\n`);
  },
  // automated order status without any name
  (c) => {
    const { r } = c;
    c.t(`Your order ${orderNo(r)} has shipped!\n\nHello,\nGood news — your ${r.pick(['Grant Park hoodie', 'Rose Gold watch strap', 'Hope & Co. candle set', 'May Day bunting'])} is on its way. Carrier: ${r.pick(['DHL', 'UPS', 'Royal Mail'])} ${tracking(r)}. Paid with ${maskedCard(r)}.\nExpected: ${recentDate(r, 'US')}\n\nThis mailbox is not monitored.`);
  },
  // travel advisory
  (c) => {
    const { r } = c;
    c.t(`Travel advisory ${r.int(2024, 2026)}-${r.digits(3)}: `);
    c.trap();
    c.t(` Passengers booked on flights ${letters(r, 2)}${r.int(100, 999)} and ${letters(r, 2)}${r.int(100, 999)} between ${recentDate(r, 'GB')} and ${recentDate(r, 'GB')} may rebook free of charge. Gate changes at Leonardo da Vinci–Fiumicino are shown on the app (${version(r)}).`);
  },
  // product Q&A
  (c) => {
    const { r } = c;
    c.t(`Q: Do the ${r.pick(['Chelsea boots', 'Oxford shoes', 'Wellington boots'])} run large? I'm usually a ${r.int(37, 45)}.\nA: They run half a size big. `);
    c.trap();
    c.t(` May we also suggest the Jack Wolfskin insoles (SKU ${letters(r, 3)}-${r.digits(5)}).\nWas this answer helpful? ${r.int(3, 99)} yes · ${r.int(0, 9)} no`);
  },
  // finance reconciliation
  (c) => {
    const { r } = c;
    c.t(`Payout reconciliation ${recentDate(r, 'US')}\nMerchant EIN ${ein(r)} · routing ${r.digits(9)} · batch ${r.digits(10)}\nRejected items:\n- card ${badCard(r)} (checksum failure)\n- IBAN ${badIban(r, r.pick(IBAN_CCS))} (invalid check digits)\n- SSN field ${badSsn(r)} rejected by validator\n- gift card ${giftCard(r)}\nTotal variance: ${money(r, '$')}`);
  },
  // loyalty terms
  (c) => {
    const { r } = c;
    c.t(`Programme terms, section ${r.int(2, 14)}.${r.int(1, 9)}: Points expire ${r.int(18, 36)} months after the date earned. Status years run from ${recentDate(r, 'GB')}. The Prince of Wales lounge and the Shakespeare Suite are excluded. Nothing here affects your statutory rights under Megan's Law or the Sale of Goods Act. Members born on a leap day celebrate on 28 February.`);
  },
  // macro with placeholders
  (c) => {
    const { r } = c;
    c.t(`Macro: REFUND_APPROVED (v${r.int(1, 12)})\n\nHi {{customer.first_name}},\n\nGreat news — your refund of {{refund.amount}} for order {{order.id}} was approved on {{refund.date}}. It will reach the card ending {{card.last4}} in 5–10 business days.\n\nBest,\n{{agent.first_name}}\n[NAME] [PHONE] [EMAIL] placeholders must never be sent unfilled.`);
  },
  // masked-only chat
  (c) => {
    const { r } = c;
    c.t(`[${c.tick()}] Customer: hi can you tell me which card I used\n[${c.tick()}] Agent: For security I can only show ${maskedCard(r)}, registered to the phone ${maskedPhone(r)}.\n[${c.tick()}] Customer: and the SSN you have?\n[${c.tick()}] Agent: We only store ${maskedSsn(r)}. Anything else?\n[${c.tick()}] Customer: no thanks, will call back`);
  },
  // anonymous review
  (c) => {
    const { r } = c;
    c.t(`${r.pick(['★★★★★', '★★★☆☆', '★☆☆☆☆'])} ${r.pick(['Great value', 'Would not recommend', 'Fine for the price'])}\nStayed ${recentDate(r, 'GB')} near King's Cross. Room ${r.int(100, 999)} was clean, the Wi-Fi (router fw ${version(r)}) kept dropping. Breakfast had Kellogg's and Bircher muesli. Summer prices are steep, but the rooftop view of St Paul's is worth it.`);
  },
  // order export line items
  (c) => {
    const { r } = c;
    const lines: string[] = ['order_id,sku,qty,unit_price,created_at'];
    for (let i = r.int(3, 6); i > 0; i--) lines.push(`${r.digits(9)},${letters(r, 3)}-${r.digits(4)},${r.int(1, 5)},${r.int(3, 300)}.${d2(r)},${stamp(r)}`);
    c.t(lines.join('\n'));
  },
];

// ---------------------------------------------------------------------------------------------------------
// Generator

/** Number of distinct document templates (positive + hard-negative). */
export const INDEPENDENT28_TEMPLATE_COUNT = POSITIVE.length + NEGATIVE.length;

/** The US templates that always carry an SSN (stores, insurers and couriers asking for one), drawn a bit more often. */
const SSN_TEMPLATES: readonly Tpl[] = [15, 16, 40, 49, 61, 69, 71, 73].map((n) => at(POSITIVE, n - 1));

function generateDoc(r: Rng): Independent28Entry {
  const d = new Doc();
  const c = new Ctx(r, d);
  const k = r.next();
  if (k < 0.11) r.pick(NEGATIVE)(c);
  else if (k < 0.17) r.pick(SSN_TEMPLATES)(c);
  else r.pick(POSITIVE)(c);
  return { text: d.text, labels: d.labels, knownNames: d.known };
}

/** Generates whole documents for `seed` until at least `minInstances` labels exist. */
export function generateIndependent28Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent28Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT28_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT28_MIN_INSTANCES;
  const out: Independent28Entry[] = [];
  let total = 0;
  while (total < min) {
    const e = generateDoc(r);
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
