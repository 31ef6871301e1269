/**
 * @module privacy/pii-corpus-independent-65 — blind labelled PII evaluation split #65 ("independent65").
 *
 * WRITTEN BLIND. Its author opened only `src/privacy/pii-corpus-rng.ts` (all 39 lines, the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (all 37 lines), the first 30 lines of `src/privacy/pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts` (all 143 lines), `tsconfig.json` and
 * `package.json`. The detector, its patterns, name lists and tests, the other corpora and their value
 * pools (`pii-corpus-values.ts`, the templates, the other independent splits), the docs and the git
 * history were NOT read, and the detector was never run on this text. Every name, address, template and
 * value here was invented for this split.
 *
 * Seeds: 650001, 650002, 650003. Each seed yields whole documents until at least `minInstances` labels
 * (default 2,400) exist; the output is deterministic per seed.
 *
 * Contents: documents from dental practices and optician / optometry clinics in about twenty countries —
 * appointment reminders and recalls, registration forms, treatment plans and estimates, insurance
 * claims, referral letters, crown and lens lab orders, spectacle and contact-lens orders, day sheets and
 * recall lists, patient-portal messages, call transcripts, practice-management CSV exports and audit
 * logs — with tooth numbers, procedure codes, lens powers, frame models, claim / case / lot numbers,
 * eponymous diseases and tests, person-named brands and invalid checksummed numbers as distractors.
 * About one document in ten is a pure hard negative.
 *
 * Labelling conventions:
 * - PERSON: human beings only, one label per contiguous name; honorifics (Mr., Dr., Frau, Sra., 様, さん,
 *   씨, 님 …) and a possessive 's stay outside. Initials+surname, surname-only, given-only, ALL CAPS,
 *   lower-case and "Surname, Given" forms are labelled. Brands, practices, software, places, pets,
 *   streets/buildings named after people, eponymous diseases/tests/laws/awards and @handles are not;
 *   a name inside an e-mail address is not.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts as the whole span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid / masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids are not labelled.
 * - IP: every IPv4 / IPv6 address, port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street / building / PO-box line to the
 *   last postcode / city / country line; recipient names are separate PERSON labels; company lines,
 *   city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-rng.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT65_SEEDS = [650001, 650002, 650003] as const;
export const INDEPENDENT65_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export type Independent65Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent65Entry = PiiCorpusEntry & { readonly labels: readonly Independent65Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent65Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.trim() !== value || value.length === 0) throw new Error(`untrimmed label value: "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** Marks a full name as the user's own (must be labelled verbatim in the text too). */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this;
  }
  entry(): Independent65Entry {
    for (const k of this.known) if (!this.text.includes(k)) throw new Error(`known name missing: ${k}`);
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools (invented for this split): culture → [given names, family names]; "_" joins multi-word names.
// ---------------------------------------------------------------------------------------------------
const CULTURES: Record<string, readonly [string, string]> = {
  en: ['Rose Hope Will Bill Grant May Guy Faith Dawn Chase Penny Mark', 'Baker Cook Black Young Hill Wood Long Price Love Strong Bell Swift'],
  en2: ['Margaret Trevor Shirley Duncan Gail Clive Wendy Nigel Heather Royce Joy Art', 'Hargreaves Pennington Whitlock Ashworth Crossley Fairbairn Thistlewood Ogden Mottram Brierley Little Frost'],
  us: ['Tyler Brittany Dustin Kayla Destiny Cody Shawna Travis Brandi Jalen Aaliyah Hunter', 'Kowalczyk Whitfield Pruitt Tolliver Hatcher Goins Winters Sharp Mason Story King Delacroix-Brown'],
  ie: ['Siobhán Cian Aoife Pádraig Niamh Oisín Caoimhe Donal Gráinne Ronan Eimear Tadhg', 'Ó_Súilleabháin Mac_Cárthaigh Fitzgerald Brennan Kavanagh Moloney Dunne Geraghty Coughlan Hennessy Tierney Ní_Bhriain'],
  sc: ['Ailsa Hamish Morag Callum Isla Fraser Kirsty Euan Mhairi Struan Catriona Lachlan', 'MacLeod Drummond Menzies Urquhart Buchanan Sinclair Lamont Gillespie Rennie Murdoch Auld Baird'],
  de: ['Jürgen Anneliese Lukas Friederike Matthias Henrike Dieter Ursula Tobias Wiebke Kai Greta', 'Schäfer Brandauer Hoffmeister Kühn Vogt Zimmermann Wendler Oberhauser Fuchs Engel Kraus Müller-Lüdenscheidt'],
  fr: ['Amélie Théo Margaux Baptiste Océane Gaëtan Solène Loïc Clémence Aurélien Maëlle Hervé', 'Lefèvre Dubois Rousseau Garnier Chevalier Mercier Boucher Lemaire Fontaine Marchand Girard Blanc'],
  es: ['Alejandro Lucía Íñigo Nerea Jordi Montserrat Álvaro Rocío Xavier Begoña Guillermo Inmaculada', 'García_López Fernández Etxeberria Martínez_Ruiz Quintana Vidal Sáez Bermúdez Ortega Puig Caballero Del_Río'],
  mx: ['Guadalupe Xóchitl Joaquín Itzel Ulises Citlali Rodrigo Marisol Emiliano Yolotzin Efraín Dulce', 'Hernández Ramírez Villaseñor Zúñiga Tlapanco Ochoa Salazar Bautista Cárdenas Velázquez Cruz Cuauhtli'],
  pt: ['João Inês Thiago Luana Gonçalo Beatriz Caio Jaqueline Rafael Tainá Vinícius Conceição', 'Souza Ferreira Carvalho Almeida Nascimento Rocha Barbosa Coutinho Magalhães Teixeira Lopes Pereira_da_Silva'],
  it: ['Giuseppe Chiara Lorenzo Alessia Gianluca Federica Salvatore Ilaria Matteo Rosaria Vittorio Benedetta', 'Esposito Russo Bianchi Ferraro Colombo Romano Greco Mancini Lombardi Caruso Moretti De_Luca'],
  nl: ['Bram Femke Joost Sanne Pieter Maaike Thijs Lieke Sjoerd Anouk Wouter Marieke', 'de_Vries van_der_Berg Jansen Bakker Visser Smit de_Jong Mulder van_Dijk Hendriks Dekker Vos'],
  pl: ['Krzysztof Agnieszka Wojciech Małgorzata Paweł Katarzyna Grzegorz Zofia Tomasz Joanna Bartosz Dorota', 'Kowalski Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska Dąbrowski Kozłowska Jankowski Mazur'],
  se: ['Linnea Björn Astrid Sven Ingrid Oskar Elin Henrik Sigrid Nils Maja Erik', 'Lindqvist Andersson Bergström Johansson Nyberg Sjöberg Eklund Holmgren Lundgren Åberg Forsberg Dahl'],
  gr: ['Eleni Konstantinos Dimitra Georgios Athina Nikos Katerina Yannis Sofia Panagiotis Despina Stavros', 'Papadopoulos Georgiou Nikolaidis Karagiannis Vasilakis Oikonomou Christodoulou Papageorgiou Antonopoulos Dimitriou Alexiou Mavros'],
  tr: ['Emre Ayşe Mehmet Zeynep Burak Elif Cem Selin Oğuz Gül Kerem Derya', 'Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Aslan Koç'],
  ar: ['Said Fatima Omar Layla Yousef Noor Khalid Mariam Tariq Huda Samir Amal', 'Al-Hashimi Haddad Nasser Khoury Mansour El-Amin Saleh Darwish Bakr Abboud Farouk Qasim'],
  fa: ['Dariush Shirin Arash Parisa Kourosh Roya Babak Nasrin Farhad Leila Kaveh Mahsa', 'Rahimi Tehrani Hosseini Moradi Karimi Jafari Sadeghi Ebrahimi Farahani Rostami Shirazi Ahmadi'],
  hi: ['Priya Rohan Ananya Vikram Sunita Arjun Kavita Rajesh Meera Sanjay Pooja Aditya', 'Sharma Patel Gupta Verma Agarwal Mehta Joshi Chauhan Kapoor Malhotra Bhatt Saxena'],
  ta: ['Karthik Lakshmi Senthil Divya Murugan Revathi Balaji Anitha Vignesh Kavya Suresh Janani', 'Subramanian Krishnan Raman Venkatesan Natarajan Iyer Pillai Rajagopal Sundaram Chandrasekaran Ramasamy Govindan'],
  zh: ['Wei Xiaoling Jun Mei Hao Yan Lei Fang Zhiwei Lihua Jiayi Qing', 'Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun'],
  ja: ['Haruto Yui Sota Aoi Ren Hina Takumi Sakura Kenji Yuki Daichi Miho', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto'],
  ko: ['Minjun Seoyeon Jihoon Jiwoo Hyunwoo Soyeon Dongha Yuna Jaehyun Eunji Sungmin Haeun', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'],
  vi: ['Minh Lan Tuan Thao Duc Huong Quang Ngoc Hieu Trang Long Anh', 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo'],
  fil: ['Maricel Jericho Rowena Dindo Lorna Arnel Jocelyn Ramil Princess Bong Charito Ruel', 'Dela_Cruz Santos Reyes Mendoza Villanueva Aquino Macaraeg Pangilinan Soriano Manalo Castillo Dimaculangan'],
  yo: ['Oluwaseun Adebayo Folasade Babatunde Temitope Olumide Yetunde Kehinde Ayodele Funmilayo Precious Blessing', 'Adeyemi Okonkwo Balogun Ogunleye Nwosu Eze Adebisi Olatunji Chukwu Afolabi Obi Okafor'],
  gh: ['Kwame Ama Kofi Akosua Yaw Abena Kwabena Efua Kojo Adwoa Mercy Patience', 'Mensah Asante Owusu Boateng Appiah Osei Agyeman Danquah Ofori Amoah Sarpong Acheampong'],
  ke: ['Wanjiru Brian Achieng Kamau Njeri Mwangi Akinyi Kipchoge Chebet Baraka Zawadi Juma', 'Odhiambo Wambui Kariuki Mutua Omondi Kiptoo Njoroge Wekesa Chege Ndungu Atieno Kimani'],
  ru: ['Olga Dmitri Tatiana Sergei Anastasia Mikhail Yekaterina Pavel Svetlana Alexei Irina Bogdan', 'Ivanova Petrov Sokolova Kuznetsov Popova Volkov Morozova Lebedev Kozlova Novikov Shevchenko Bondarenko'],
  hu: ['Zsófia Bence Réka Levente Eszter Ádám Katalin Gergely Boglárka Márton Dóra Csaba', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp'],
  he: ['Noa Eitan Tamar Yonatan Shira Avi Maya Itai Yael Ido Michal Gal', 'Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Ben-David Katz Azoulay Shapiro'],
  mi: ['Aroha Tane Mere Wiremu Hine Rawiri Kiri Nikau Moana Tamati Ataahua Hemi', 'Ngata Parata Pomare Te_Whata Horomona Karaka Rangi Tawhiri Herewini Tipene Walker Tuhiwai'],
  ro: ['Ioana Andrei Mihaela Bogdan Roxana Florin Ileana Sorin Cristina Radu Oana Doru', 'Popescu Ionescu Dumitrescu Stoica Munteanu Constantinescu Lungu Marinescu Georgescu Dobre Vlad Ciobanu'],
  id: ['Putri Agus Dewi Budi Sari Wahyu Ratna Hendra Indah Yusuf Ayu Bayu', 'Santoso Wijaya Kusuma Hidayat Saputra Pratama Siregar Nasution Halim Gunawan Setiawan Lubis'],
  et: ['Selam Dawit Tigist Yonas Hiwot Bereket Meron Abebe Saba Tesfaye Liya Kidus', 'Bekele Alemu Haile Girma Tadesse Mengistu Assefa Wolde Kebede Desta Gebre Tesfamariam'],
};
const POOLS: Record<string, { g: string[]; f: string[] }> = {};
for (const [k, [g, f]] of Object.entries(CULTURES)) {
  POOLS[k] = { g: g.split(' ').map((x) => x.replace(/_/g, ' ')), f: f.split(' ').map((x) => x.replace(/_/g, ' ')) };
}
/** Native-script names: [family, given], written family first with no space in CJK. */
const JA_NATIVE: readonly [string[], string[]] = [
  ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '森'],
  ['陽翔', '結衣', '蒼', '葵', '蓮', '陽菜', '拓海', 'さくら', '健二', '由紀', '大地', '美穂'],
];
const KO_NATIVE: readonly [string[], string[]] = [
  ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
  ['민준', '서연', '지훈', '지우', '현우', '소연', '유나', '은지', '성민', '하은'],
];
const ZH_NATIVE: readonly [string[], string[]] = [
  ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'],
  ['伟', '秀英', '娜', '敏', '静', '丽', '强', '磊', '婷', '子涵'],
];
const EASTERN = new Set(['zh', 'ko', 'vi', 'hu']);

interface Name {
  readonly g: string;
  readonly f: string;
  readonly c: string;
}
function nm(r: Rng, cultures: readonly string[]): Name {
  const c = r.pick(cultures);
  const p = POOLS[c] ?? POOLS.en!;
  return { g: r.pick(p.g), f: r.pick(p.f), c };
}
const full = (n: Name): string => `${n.g} ${n.f}`;
function nativeName(r: Rng, pool: readonly [string[], string[]]): string {
  return r.pick(pool[0]) + r.pick(pool[1]);
}
/** A random written form of a name (the whole string is the label value). */
function nameForm(r: Rng, n: Name): string {
  const x = r.next();
  if (x < 0.5) return full(n);
  if (x < 0.6) return `${n.f}, ${n.g}`;
  if (x < 0.68) return `${n.g.charAt(0)}. ${n.f}`;
  if (x < 0.75) return full(n).toUpperCase();
  if (x < 0.8) return `${n.f.toUpperCase()} ${n.g}`;
  if (x < 0.85) return full(n).toLowerCase();
  if (x < 0.93 && EASTERN.has(n.c)) return `${n.f} ${n.g}`;
  return full(n);
}

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------
interface Ymd {
  y: number;
  m: number;
  d: number;
}
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const p2 = (n: number): string => String(n).padStart(2, '0');
function birth(r: Rng, minAge = 3, maxAge = 88): Ymd {
  return { y: 2025 - r.int(minAge, maxAge), m: r.int(1, 12), d: r.int(1, 28) };
}
function soon(r: Rng): Ymd {
  return { y: r.pick([2024, 2025, 2025, 2026]), m: r.int(1, 12), d: r.int(1, 28) };
}
const en3 = (m: number): string => MONTHS_EN[m - 1]!.slice(0, 3);
/** Formats a date the way a given country writes it. */
function fd(r: Rng, c: string, x: Ymd): string {
  const { y, m, d } = x;
  const mEn = MONTHS_EN[m - 1]!;
  switch (c) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mEn} ${d}, ${y}`, `${en3(m)} ${d}, ${y}`, `${p2(m)}-${p2(d)}-${y}`]);
    case 'CA':
      return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${mEn} ${d}, ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case 'UK':
    case 'IE':
    case 'AU':
    case 'NZ':
    case 'IN':
    case 'SG':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mEn} ${y}`, `${d} ${en3(m)} ${y}`, `${p2(d)}.${p2(m)}.${y}`, `${d}/${m}/${y}`]);
    case 'DE':
    case 'CH':
    case 'PL':
      return c === 'DE' && r.chance(0.25) ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${p2(d)}.${p2(m)}.${y}`;
    case 'FR':
      return r.chance(0.6) ? `${p2(d)}/${p2(m)}/${y}` : `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`;
    case 'ES':
    case 'MX':
      return r.chance(0.6) ? `${p2(d)}/${p2(m)}/${y}` : `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
    case 'IT':
      return r.chance(0.6) ? `${p2(d)}/${p2(m)}/${y}` : `${d} ${MONTHS_IT[m - 1]} ${y}`;
    case 'NL':
      return r.chance(0.6) ? `${p2(d)}-${p2(m)}-${y}` : `${d} ${MONTHS_NL[m - 1]} ${y}`;
    case 'BR':
      return r.chance(0.7) ? `${p2(d)}/${p2(m)}/${y}` : `${d} de ${MONTHS_PT[m - 1]} de ${y}`;
    case 'SE':
      return `${y}-${p2(m)}-${p2(d)}`;
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
    default:
      return `${y}-${p2(m)}-${p2(d)}`;
  }
}
const isoD = (x: Ymd): string => `${x.y}-${p2(x.m)}-${p2(x.d)}`;
const clock = (r: Rng): string => `${r.int(8, 17)}:${r.pick(['00', '15', '20', '30', '40', '45'])}`;

// ---------------------------------------------------------------------------------------------------
// Countries: phone and postal-address formats written the way each country writes them
// ---------------------------------------------------------------------------------------------------
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const UKL = 'ABDEFGHJLNPQRSTUWXYZ';
const upl = (r: Rng, n: number, alpha = UKL): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha.charAt(r.int(0, alpha.length - 1));
  return s;
};
type CC = 'US' | 'CA' | 'UK' | 'IE' | 'AU' | 'NZ' | 'IN' | 'SG' | 'DE' | 'CH' | 'FR' | 'ES' | 'MX' | 'IT' | 'NL' | 'SE' | 'PL' | 'BR' | 'JP' | 'KR';
interface Country {
  readonly cultures: readonly string[];
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
  readonly mail: readonly string[];
  readonly iban?: string;
}
const US_CITIES = ['Portland, OR 972', 'Austin, TX 787', 'Columbus, OH 432', 'Tucson, AZ 857', 'Raleigh, NC 276', 'Boise, ID 837', 'Madison, WI 537', 'Savannah, GA 314', 'Albany, NY 122', 'Spokane, WA 992', 'Fresno, CA 937', 'Omaha, NE 681', 'Burlington, VT 054', 'Tampa, FL 336', 'Duluth, MN 558', 'Provo, UT 846'];
const US_STREETS = ['Maple Ridge Dr', 'Cedar Hollow Ln', 'Old Mill Rd', 'Harbor View Ave', 'Sycamore St', 'Quail Run Ct', 'Prairie Wind Blvd', 'Juniper Way', 'Ironwood Pl', 'Bluebonnet Trl', 'N Clark St', 'Foothill Blvd', 'W 38th St', 'Creekside Ter'];
const UK_TOWNS = ['Harrogate HG', 'Leeds LS', 'Bristol BS', 'Norwich NR', 'Cardiff CF', 'Exeter EX', 'Stockport SK', 'Swindon SN', 'Durham DH', 'Edinburgh EH', 'Belfast BT', 'York YO', 'Brighton BN', 'Leicester LE', 'Inverness IV'];
const UK_STREETS = ['Kestrel Close', 'Millbrook Road', 'Hawthorn Avenue', 'Ferndale Crescent', 'Station Road', 'Orchard Way', 'Tannery Lane', 'Beechwood Drive', 'Marsh Lane', 'Priory Gardens', 'Quarry Bank', 'Wren Court'];
const COUNTRIES: Record<CC, Country> = {
  US: {
    cultures: ['en', 'us', 'us', 'mx', 'hi', 'zh', 'ko', 'vi', 'fil', 'yo', 'ar', 'he', 'ru', 'it', 'ie', 'et', 'gh', 'pl'],
    phone: (r) => {
      const a = r.pick(['212', '312', '415', '503', '617', '702', '713', '808', '904', '971', '206', '303', '404', '512', '614', '720', '818', '919', '316', '859']);
      const e = String(r.int(2, 9)) + r.digits(2);
      const n = r.digits(4);
      return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `1-${a}-${e}-${n}`, `(${a}) ${e}-${n}`]);
    },
    addr: (r) => {
      const city = r.pick(US_CITIES) + r.digits(2);
      const st = `${r.int(12, 9870)} ${r.pick(US_STREETS)}`;
      const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(100, 420)}`, `#${r.int(2, 30)}`]) : '';
      if (r.chance(0.15)) return [`PO Box ${r.int(100, 9999)}`, city];
      return unit ? [st, unit, city] : [st, city];
    },
    mail: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com', 'proton.me'],
  },
  CA: {
    cultures: ['en', 'us', 'fr', 'zh', 'hi', 'ta', 'fil', 'it', 'ar', 'ko', 'ru'],
    phone: (r) => {
      const a = r.pick(['416', '647', '613', '604', '403', '902', '204', '514', '780']);
      return r.pick([`(${a}) ${nz(r, 3)}-${r.digits(4)}`, `${a}-${nz(r, 3)}-${r.digits(4)}`, `+1 ${a} ${nz(r, 3)} ${r.digits(4)}`]);
    },
    addr: (r) => {
      const [city, pre] = r.pick([['Toronto ON', 'M'], ['Ottawa ON', 'K'], ['Vancouver BC', 'V'], ['Calgary AB', 'T'], ['Halifax NS', 'B'], ['Winnipeg MB', 'R'], ['Montréal QC', 'H']] as const);
      const pc = `${pre}${r.int(1, 9)}${upl(r, 1, 'ABCEGHJKLMNPRSTVXY')} ${r.int(1, 9)}${upl(r, 1, 'ABCEGHJKLMNPRSTVXY')}${r.int(0, 9)}`;
      const st = `${r.int(10, 4800)} ${r.pick(['Birchmount Rd', 'Maple Grove Cres', 'Lakeshore Blvd W', 'Rue Fleury Est', 'Spruce Ave', 'Portage Ave', 'Robie St'])}`;
      return r.chance(0.3) ? [`${r.int(101, 2208)}-${st}`, `${city}  ${pc}`] : [st, `${city} ${pc}`];
    },
    mail: ['gmail.com', 'shaw.ca', 'rogers.com', 'outlook.com', 'videotron.ca'],
  },
  UK: {
    cultures: ['en', 'en2', 'en2', 'sc', 'ie', 'hi', 'ta', 'yo', 'gh', 'pl', 'zh', 'ar', 'tr', 'gr'],
    phone: (r) =>
      r.pick([
        `0${r.pick(['20 7', '20 8', '161 4', '113 2', '117 9', '131 5', '29 20', '1632 9'])}${r.digits(2)} ${r.digits(4)}`,
        `07${r.digits(3)} ${r.digits(6)}`,
        `+44 7${r.digits(3)} ${r.digits(6)}`,
        `+44 (0)${r.pick(['20', '161', '113', '1423'])} ${r.digits(3)} ${r.digits(4)}`,
        `07${r.digits(9)}`,
      ]),
    addr: (r) => {
      const [town, area] = r.pick(UK_TOWNS).split(/ (?=\S+$)/) as [string, string];
      const pc = `${area}${r.int(1, 19)} ${r.int(1, 9)}${upl(r, 2)}`;
      const first = r.chance(0.25) ? [`Flat ${r.int(1, 24)}`, `${r.pick(['Albion', 'Clarendon', 'Heron', 'Weaver'])} House`] : [];
      const lines = [...first, `${r.int(1, 240)} ${r.pick(UK_STREETS)}`, town, pc];
      return r.chance(0.3) && first.length ? [`${first.join(', ')}`, ...lines.slice(2)] : lines;
    },
    mail: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'outlook.com', 'sky.com'],
  },
  IE: {
    cultures: ['ie', 'ie', 'en', 'pl', 'pt', 'yo', 'hi'],
    phone: (r) => r.pick([`08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [area, city, key] = r.pick([['Clontarf', 'Dublin 3', 'D03'], ['Rathmines', 'Dublin 6', 'D06'], ['Ballincollig', 'Co. Cork', 'P31'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94']] as const);
      const ek = `${key} ${upl(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${upl(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`;
      return [`${r.int(1, 90)} ${r.pick(['Seafield Road', 'Ashgrove Park', 'Church Lane', 'Orwell Gardens', 'Bóthar na Trá'])}`, area, city, ek];
    },
    mail: ['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com'],
    iban: 'IE',
  },
  AU: {
    cultures: ['en', 'en2', 'zh', 'vi', 'gr', 'it', 'hi', 'ar', 'fil', 'mi'],
    phone: (r) => r.pick([`(0${r.pick(['2', '3', '7', '8'])}) ${r.int(5, 9)}${r.digits(3)} ${r.digits(4)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `0${r.pick(['2', '3'])} ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const sub = r.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'Fremantle WA 6160', 'Toowong QLD 4066', 'Glenelg SA 5045', 'Sandy Bay TAS 7005', 'Braddon ACT 2612', 'Parap NT 0820']);
      const st = `${r.int(1, 300)} ${r.pick(['Wattle St', 'Banksia Cres', 'Jacaranda Ave', 'Kookaburra Rd', 'Gum Tree Way', 'Ocean Pde'])}`;
      return [r.chance(0.4) ? `${r.pick(['Unit', 'U'])} ${r.int(1, 20)}/${st}` : st, sub];
    },
    mail: ['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com'],
  },
  NZ: {
    cultures: ['en', 'mi', 'mi', 'en2', 'zh', 'hi', 'fil'],
    phone: (r) => r.pick([`(09) ${r.int(3, 9)}${r.digits(2)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`, `+64 21 ${r.digits(3)} ${r.digits(4)}`, `027 ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => {
      const [sub, city] = r.pick([['Remuera', 'Auckland 1050'], ['Karori', 'Wellington 6012'], ['Riccarton', 'Christchurch 8011'], ['Roslyn', 'Dunedin 9010'], ['Frankton', 'Hamilton 3204']] as const);
      return [`${r.int(1, 160)} ${r.pick(['Kowhai Lane', 'Rimu Street', 'Pohutukawa Drive', 'Tui Crescent'])}`, sub, city];
    },
    mail: ['xtra.co.nz', 'gmail.com', 'outlook.co.nz'],
  },
  IN: {
    cultures: ['hi', 'hi', 'ta', 'ta'],
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `98${r.digits(3)} ${r.digits(5)}`, `080-2${r.digits(3)} ${r.digits(4)}`, `+91-7${r.digits(9)}`, `044 2${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [loc, city, pin] = r.pick([['Indiranagar', 'Bengaluru', '5600'], ['Andheri West', 'Mumbai', '4000'], ['Anna Nagar', 'Chennai', '6000'], ['Banjara Hills', 'Hyderabad', '5000'], ['Salt Lake Sector II', 'Kolkata', '7000'], ['Koregaon Park', 'Pune', '4110']] as const);
      return [`Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${r.pick(['Shanti Residency', 'Green Park Apartments', 'Sai Krupa Towers', 'Lakeview Enclave'])}`, `${r.pick(['14th Cross', '2nd Main Road', '80 Feet Road', 'Link Road'])}, ${loc}`, `${city} ${pin}${r.digits(2)}`];
    },
    mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
  },
  SG: {
    cultures: ['zh', 'zh', 'hi', 'ta', 'fil', 'en'],
    phone: (r) => r.pick([`+65 9${r.digits(3)} ${r.digits(4)}`, `8${r.digits(3)} ${r.digits(4)}`, `6${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const blk = r.int(100, 699);
      return [`Blk ${blk} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 42', 'Bedok North Rd', 'Jurong West St 61'])}, #${p2(r.int(2, 20))}-${r.int(10, 480)}`, `Singapore ${r.int(46, 65)}0${blk}`];
    },
    mail: ['gmail.com', 'singnet.com.sg', 'hotmail.com'],
  },
  DE: {
    cultures: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'it', 'gr', 'ar'],
    phone: (r) => r.pick([`0${r.pick(['30', '40', '89', '221', '341', '761'])} ${nz(r, 7)}`, `+49 ${r.pick(['30', '40', '89', '221'])} ${nz(r, 8)}`, `015${r.int(1, 9)} ${r.digits(8)}`, `+49 17${r.int(0, 9)} ${r.digits(7)}`, `(0${r.pick(['221', '761', '351'])}) ${nz(r, 6)}`]),
    addr: (r) => {
      const [plz, city] = r.pick([['10', 'Berlin'], ['20', 'Hamburg'], ['80', 'München'], ['50', 'Köln'], ['04', 'Leipzig'], ['79', 'Freiburg im Breisgau'], ['28', 'Bremen'], ['01', 'Dresden']] as const);
      return [`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Bergstraße', 'Gartenweg', 'Hauptstraße', 'Rosenstraße', 'Am Sandberg'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    },
    mail: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de'],
    iban: 'DE',
  },
  CH: {
    cultures: ['de', 'fr', 'it', 'pt'],
    phone: (r) => r.pick([`0${r.pick(['44', '31', '22', '61', '91'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 7${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pre, city] = r.pick([['80', 'Zürich'], ['30', 'Bern'], ['12', 'Genève'], ['69', 'Lugano'], ['40', 'Basel']] as const);
      return [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône', 'Via Nassa', 'Spalenberg'])} ${r.int(1, 90)}`, `${pre}${r.digits(2)} ${city}`];
    },
    mail: ['bluewin.ch', 'gmail.com', 'sunrise.ch'],
    iban: 'CH',
  },
  FR: {
    cultures: ['fr', 'fr', 'fr', 'ar', 'pt', 'vi', 'es'],
    phone: (r) => r.pick([`0${r.int(1, 5)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 (0)1 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `07.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]),
    addr: (r) => {
      const [cp, city] = r.pick([['6900', 'Lyon'], ['750', 'Paris'], ['130', 'Marseille'], ['4400', 'Nantes'], ['3100', 'Toulouse'], ['5900', 'Lille'], ['3500', 'Rennes'], ['3300', 'Bordeaux']] as const);
      const st = `${r.int(1, 120)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue des Tilleuls', 'boulevard de la Liberté', 'impasse des Lilas', 'chemin du Moulin', 'place du Marché'])}`;
      const zip = `${cp}${r.digits(5 - cp.length)}`;
      return r.chance(0.3) ? [`Résidence ${r.pick(['Les Glycines', 'Le Clos Fleuri'])}, bât. ${r.pick(['A', 'B', 'C'])}`, st, `${zip} ${city}`] : [st, `${zip} ${city.toUpperCase()}`];
    },
    mail: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
    iban: 'FR',
  },
  ES: {
    cultures: ['es', 'es', 'es', 'ar', 'ro', 'mx'],
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [cp, city] = r.pick([['280', 'Madrid'], ['080', 'Barcelona'], ['460', 'Valencia'], ['410', 'Sevilla'], ['480', 'Bilbao'], ['500', 'Zaragoza']] as const);
      return [`${r.pick(['Calle de Toledo', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de las Acacias', 'Calle del Pez'])}, ${r.int(1, 180)}, ${r.pick(['3º B', '1º izda.', 'bajo', '5º 2ª', '2º D'])}`, `${cp}${r.digits(2)} ${city}`];
    },
    mail: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
    iban: 'ES',
  },
  MX: {
    cultures: ['mx', 'mx', 'es'],
    phone: (r) => r.pick([`55 ${r.digits(4)} ${r.digits(4)}`, `+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [cp, city] = r.pick([['06', 'Ciudad de México, CDMX'], ['44', 'Guadalajara, Jal.'], ['64', 'Monterrey, N.L.'], ['72', 'Puebla, Pue.']] as const);
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Calzada de Tlalpan', 'Calle Jacarandas'])} ${r.int(10, 2400)}${r.pick(['', ', Int. 4', ', Depto. 302'])}`, `Col. ${r.pick(['Roma Norte', 'Del Valle', 'Condesa', 'Americana', 'Obispado'])}`, `${cp}${r.digits(3)} ${city}`];
    },
    mail: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'yahoo.com.mx'],
  },
  IT: {
    cultures: ['it', 'it', 'it', 'ar', 'ro', 'pl'],
    phone: (r) => r.pick([`06 ${r.digits(4)} ${r.digits(4)}`, `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `02 ${r.digits(8)}`, `3${r.digits(2)}.${r.digits(3)}.${r.digits(4)}`, `+39 055 ${r.digits(6)}`]),
    addr: (r) => {
      const [cap, city] = r.pick([['201', 'Milano MI'], ['001', 'Roma RM'], ['801', 'Napoli NA'], ['101', 'Torino TO'], ['401', 'Bologna BO'], ['501', 'Firenze FI'], ['901', 'Palermo PA']] as const);
      return [`${r.pick(['Via dei Mille', 'Via Roma', 'Viale dei Pini', 'Piazza delle Erbe', 'Via San Rocco', 'Corso Vittorio Emanuele II'])}, ${r.int(1, 200)}`, `${cap}${r.digits(2)} ${city}`];
    },
    mail: ['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it'],
    iban: 'IT',
  },
  NL: {
    cultures: ['nl', 'nl', 'nl', 'tr', 'ar', 'id'],
    phone: (r) => r.pick([`06-${r.digits(8)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`, `(030) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['10', 'Amsterdam'], ['35', 'Utrecht'], ['30', 'Rotterdam'], ['97', 'Groningen'], ['56', 'Eindhoven'], ['25', 'Den Haag']] as const);
      return [`${r.pick(['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Molenlaan', 'Lindengracht', 'Zuiderdiep'])} ${r.int(1, 400)}${r.pick(['', '', '-II', 'A', ' hs'])}`, `${pc}${r.int(10, 99)} ${upl(r, 2, 'BCEGHJKLMNPRTVWXZ')} ${city}`];
    },
    mail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    iban: 'NL',
  },
  SE: {
    cultures: ['se', 'se', 'se', 'fa', 'ar', 'et'],
    phone: (r) => r.pick([`08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `031-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pre, city] = r.pick([['11', 'Stockholm'], ['41', 'Göteborg'], ['21', 'Malmö'], ['75', 'Uppsala']] as const);
      return [`${r.pick(['Storgatan', 'Björkvägen', 'Kungsgatan', 'Sjövägen', 'Ringvägen'])} ${r.int(1, 80)}${r.pick(['', ' lgh 1102', 'B'])}`, `${pre}${r.digits(1)} ${r.digits(2)} ${city}`];
    },
    mail: ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'],
    iban: 'SE',
  },
  PL: {
    cultures: ['pl', 'pl', 'pl', 'ru'],
    phone: (r) => r.pick([`${r.pick(['5', '6', '7', '8'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `(12) ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`]),
    addr: (r) => {
      const [pre, city] = r.pick([['00', 'Warszawa'], ['30', 'Kraków'], ['80', 'Gdańsk'], ['50', 'Wrocław'], ['60', 'Poznań']] as const);
      return [`ul. ${r.pick(['Długa', 'Polna', 'Lipowa', 'Ogrodowa', 'Kwiatowa', 'Słoneczna'])} ${r.int(1, 90)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, `${pre}-${r.digits(3)} ${city}`];
    },
    mail: ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'],
    iban: 'PL',
  },
  BR: {
    cultures: ['pt', 'pt', 'pt', 'ja', 'it', 'ar'],
    phone: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 3${r.digits(3)}-${r.digits(4)}`, `(31) 9${r.digits(4)}-${r.digits(4)}`, `+55 (51) 9${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [bairro, city] = r.pick([['Vila Mariana', 'São Paulo - SP'], ['Botafogo', 'Rio de Janeiro - RJ'], ['Savassi', 'Belo Horizonte - MG'], ['Boa Viagem', 'Recife - PE'], ['Moinhos de Vento', 'Porto Alegre - RS'], ['Batel', 'Curitiba - PR']] as const);
      const st = `${r.pick(['Rua das Acácias', 'Avenida Paulista', 'Rua Harmonia', 'Rua dos Pinheiros', 'Travessa do Mercado'])}, ${r.int(10, 2200)}${r.pick(['', ' - Apto 32', ' - Bloco B, Apto 1104', ' - Casa 2'])}`;
      return r.chance(0.5) ? [st, `${bairro}, ${city}`, `${r.digits(5)}-${r.digits(3)}`] : [st, `${bairro} - ${city}, ${r.digits(5)}-${r.digits(3)}`];
    },
    mail: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
    iban: 'BR',
  },
  JP: {
    cultures: ['ja'],
    phone: (r) => r.pick([`03-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`, `045-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => {
      const [pc, pref, ro] = r.pick([['150-00', '東京都渋谷区神宮前', 'Jingumae, Shibuya-ku, Tokyo'], ['530-00', '大阪府大阪市北区梅田', 'Umeda, Kita-ku, Osaka'], ['231-00', '神奈川県横浜市中区山下町', 'Yamashitacho, Naka-ku, Yokohama'], ['810-00', '福岡県福岡市中央区天神', 'Tenjin, Chuo-ku, Fukuoka'], ['060-00', '北海道札幌市中央区北一条西', 'Kita 1-jo Nishi, Chuo-ku, Sapporo']] as const);
      const zip = `${pc}${r.digits(2)}`;
      const no = `${r.int(1, 6)}-${r.int(1, 20)}-${r.int(1, 30)}`;
      return r.chance(0.65) ? [`〒${zip}`, `${pref}${no}${r.pick(['', ' ハイツ青山201', ' グリーンコート305'])}`] : [`${no} ${ro} ${zip}`];
    },
    mail: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'icloud.com'],
  },
  KR: {
    cultures: ['ko'],
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `031-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => {
      const zip = `0${r.int(1, 6)}${r.digits(3)}`;
      const dong = `${r.int(101, 112)}동 ${r.int(1, 25)}0${r.int(1, 6)}호`;
      return r.pick([[`${zip} 서울특별시 강남구 테헤란로 ${r.int(1, 500)}, ${dong}`], [`경기도 성남시 분당구 정자일로 ${r.int(1, 240)}, ${dong} (${zip})`], [`${r.int(1, 30)}0${r.int(1, 6)}, ${r.int(101, 112)}-dong, ${r.int(1, 500)} Teheran-ro, Gangnam-gu, Seoul ${zip}`]]);
    },
    mail: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com'],
  },
};
const ENGLISH_CC: readonly CC[] = ['US', 'US', 'US', 'UK', 'UK', 'IE', 'AU', 'NZ', 'CA', 'IN', 'SG'];
const ALL_CC = Object.keys(COUNTRIES) as CC[];
const co = (c: CC): Country => COUNTRIES[c];

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** A personal e-mail address built from a name (the name inside is not a PERSON label). */
function mailOf(r: Rng, n: Name, c: CC): string {
  const g = ascii(n.g) || 'pt';
  const f = ascii(n.f) || 'x';
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f.charAt(0)}${r.int(70, 99)}`, `${g}${r.int(1980, 2012)}`]);
  return `${local}@${r.pick(co(c).mail)}`;
}
/** Writes an address, its lines joined by a newline (multi-line) or a comma (one line). */
function addrText(r: Rng, lines: string[], multi?: boolean): string {
  const m = multi ?? r.chance(0.55);
  return lines.join(m ? '\n' : ', ');
}

// ---------------------------------------------------------------------------------------------------
// Checksummed and structured values
// ---------------------------------------------------------------------------------------------------
function luhnFinish(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
/** Digits of a Luhn-valid card of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.next();
  let pre: string;
  let len = 16;
  if (k < 0.36) {
    pre = '4';
    len = r.chance(0.06) ? 13 : r.chance(0.06) ? 19 : 16;
  } else if (k < 0.58) pre = r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  else if (k < 0.72) {
    pre = r.pick(['34', '37']);
    len = 15;
  } else if (k < 0.8) pre = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k < 0.87) pre = String(r.int(3528, 3589));
  else if (k < 0.93) {
    pre = r.pick(['36', '38', `30${r.int(0, 5)}`]);
    len = 14;
  } else {
    pre = '62';
    len = r.chance(0.3) ? 19 : 16;
  }
  return luhnFinish(pre + r.digits(len - 1 - pre.length));
}
function group(d: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    if (i >= d.length) break;
    out.push(d.slice(i, i + s));
    i += s;
  }
  if (i < d.length) out.push(d.slice(i));
  return out.join(sep);
}
function cardFmt(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return group(d, [4, 6, 5], sep);
  if (d.length === 14) return group(d, [4, 6, 4], sep);
  if (d.length === 13) return r.chance(0.5) ? d : group(d, [4, 4, 5], sep);
  return group(d, [4, 4, 4, 4], sep);
}
const card = (r: Rng): string => cardFmt(r, cardDigits(r));
/** A card-shaped number that fails Luhn (a distractor). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10;
  return cardFmt(r, d.slice(0, -1) + String(last));
}
function expiry(r: Rng): string {
  return r.pick([`${p2(r.int(1, 12))}/${r.int(25, 31)}`, `${p2(r.int(1, 12))}/20${r.int(25, 31)}`]);
}
function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}
const toNum = (s: string): string => [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const n = len - 4;
  let bban: string;
  if (cc === 'GB' || cc === 'IE') bban = upl(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(n - 4);
  else if (cc === 'NL') bban = r.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB', 'KNAB']) + r.digits(n - 4);
  else if (cc === 'IT') bban = upl(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(n - 1);
  else bban = r.digits(n);
  const check = 98 - mod97(toNum(bban + cc + '00'));
  return cc + p2(check) + bban;
}
function ibanFmt(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.62) return group(c, [4, 4, 4, 4, 4, 4, 4, 4], ' ');
  if (x < 0.9) return c;
  if (x < 0.95) return c.toLowerCase();
  return group(c, [4, 4, 4, 4, 4, 4, 4, 4], ' ').toLowerCase();
}
const iban = (r: Rng, cc: string): string => ibanFmt(r, ibanCompact(r, cc));
/** An IBAN with one BBAN digit changed (fails mod 97, a distractor). */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = c.length - 1 - r.int(0, 5);
  const dgt = (Number(c.charAt(i)) + r.int(1, 9)) % 10;
  return ibanFmt(r, c.slice(0, i) + String(dgt) + c.slice(i + 1));
}
function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const A = String(a).padStart(3, '0');
  const x = r.next();
  return x < 0.78 ? `${A}-${g}-${s}` : x < 0.9 ? `${A} ${g} ${s}` : `${A}${g}${s}`;
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(3)} •••• •••• ${r.digits(4)}`]);
const maskedPhone = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `+49 *** *****${r.digits(2)}`]);
function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.2) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (x < 0.3) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.36) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(11, 223);
  if (a === 127) a = 128;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
const hx = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const h4 = (r: Rng): string => hx(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
function ipv6(r: Rng): string {
  const x = r.next();
  let v: string;
  if (x < 0.3) v = `2001:db8:${h4(r)}:${h4(r)}::${h4(r)}`;
  else if (x < 0.5) v = `fe80::${h4(r)}:${hx(r, 2)}ff:fe${hx(r, 2)}:${h4(r)}`;
  else if (x < 0.75) v = [`2a0${r.int(0, 9)}`, h4(r), h4(r), h4(r), h4(r), h4(r), h4(r), h4(r)].join(':');
  else v = `2${r.pick(['600', '607', '804', 'a02', '001'])}:${h4(r)}:${h4(r)}:${h4(r)}::${h4(r)}`;
  return r.chance(0.15) ? v.toUpperCase() : v;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------------------------------------------
// Domain vocabulary and distractors (none of these are PII)
// ---------------------------------------------------------------------------------------------------
const DENTAL_PRACTICES = ['Bright Harbour Dental', 'Maple Leaf Family Dentistry', 'Smile Studio 32', 'Northgate Dental Care', 'Riverside Dental Group', 'Copperbeech Dental', 'Hartley & Quinn Dental', 'Lakeside Orthodontics', 'Pearl Street Dental Arts', 'Hillcrest Smiles', 'Kingfisher Dental Spa'];
const OPTICIANS = ['Clearview Opticians', 'Lumen Eye Care', 'Focal Point Optometry', 'Iris & Lens', 'Northlight Vision Centre', 'Spectrum Eyewear', 'Brightwater Optometrists', 'Keen Sight Opticians', 'Harbourside Eye Clinic'];
const LABS = ['Precision Ceramics Lab', 'Apex Dental Laboratory', 'CrownCraft Studio', 'Meridian Milling Centre', 'OptiGrind Rx Lab', 'LensWorks Surfacing', 'Coastal Prosthetics'];
const PM_SOFTWARE = ['Dentrix', 'Eaglesoft', 'Open Dental', 'Dentally', 'ToothTrack Pro', 'Optix', 'Acuitas 3', 'LensLedger', 'Compulink', 'Exact'];
const EPONYMS = ["Sjögren's syndrome", "Bell's palsy", "Graves' disease", "Fuchs' endothelial dystrophy", 'Stargardt disease', "Behçet's disease", "Ludwig's angina", "Crohn's disease", "Addison's disease", "Parkinson's disease", 'Marfan syndrome', "Horner's syndrome", "Adie's pupil", 'Best disease', "Leber's congenital amaurosis", "Vincent's angina", 'Down syndrome'];
const TESTS = ['Snellen chart', 'Ishihara plates', 'Amsler grid', 'Goldmann applanation tonometry', 'Schirmer test', 'Jaeger J2 card', 'Worth 4-dot test', 'Maddox rod', 'Hess chart', 'Bailey-Lovie chart'];
const DENTAL_EPONYMS = ["Black's Class II cavity", 'Kennedy Class III partial', 'Angle Class II div 1', 'Miller grade 2 mobility', 'curve of Spee', 'Frankfort plane', 'Hawley retainer', 'Herbst appliance', 'Nance button', "Fordyce spots", 'Essix retainer', 'Bennett angle'];
const FRAME_BRANDS = ['Ray-Ban RB5154 Clubmaster', 'Tom Ford FT5401', 'Oliver Peoples Gregory Peck OV5186', 'Paul Smith Hoban', 'Kate Spade Alysha', 'Calvin Klein CK22508', 'Hugo Boss 1394', 'Lindberg Strip 9704', 'Silhouette Momentum 5529', 'Persol PO3007V', 'Moscot Lemtosh', 'Ørgreen Bellini', 'Tommy Hilfiger TH 1870', 'Carolina Herrera HER 0110', 'Gucci GG0390O'];
const LENS_PRODUCTS = ['Varilux Comfort Max', 'Hoya iD MyStyle V+', 'ZEISS SmartLife Progressive', 'Crizal Sapphire HR', 'Transitions Gen S', 'Nikon SeeMax', 'Essilor Eyezen Start', 'Shamir Autograph'];
const CL_PRODUCTS = ['Acuvue Oasys 1-Day', 'Dailies Total1', 'Biofinity Toric', 'MiSight 1 day', 'Bausch + Lomb ULTRA', 'Precision1', 'MyDay Energys', 'clariti 1 day'];
const DENTAL_BRANDS = ['Invisalign', 'Philips Sonicare', 'Oral-B iO', 'Colgate Duraphat', 'Henry Schein', 'Dentsply Sirona', 'Ivoclar IPS e.max', '3M Filtek Supreme', 'Straumann BLX', 'Nobel Biocare', 'CEREC Primemill', 'GC Fuji IX', 'Kerr Harmonize'];
const CDT: readonly [string, string, number][] = [
  ['D0120', 'Periodic oral evaluation', 62], ['D0150', 'Comprehensive oral evaluation', 105], ['D0210', 'Intraoral complete series', 148],
  ['D0274', 'Bitewings - four radiographic images', 78], ['D1110', 'Prophylaxis - adult', 112], ['D1120', 'Prophylaxis - child', 78],
  ['D1206', 'Topical fluoride varnish', 41], ['D1351', 'Sealant - per tooth', 55], ['D2140', 'Amalgam - one surface', 138],
  ['D2391', 'Resin-based composite - one surface, posterior', 182], ['D2740', 'Crown - porcelain/ceramic', 1245], ['D2750', 'Crown - porcelain fused to high noble', 1190],
  ['D2950', 'Core buildup, including any pins', 295], ['D3330', 'Endodontic therapy, molar', 1180], ['D4341', 'Periodontal scaling and root planing - four or more teeth per quadrant', 265],
  ['D4910', 'Periodontal maintenance', 168], ['D6010', 'Surgical placement of implant body', 2150], ['D7140', 'Extraction, erupted tooth', 189], ['D7210', 'Extraction, surgical', 342],
  ['D8080', 'Comprehensive orthodontic treatment of the adolescent dentition', 5850], ['D9110', 'Palliative treatment of dental pain', 96], ['D9944', 'Occlusal guard - hard appliance, full arch', 585],
];
const toothUS = (r: Rng): string => `#${r.int(1, 32)}`;
const toothFDI = (r: Rng): string => `${r.int(1, 4)}${r.int(1, 8)}`;
const surfaces = (r: Rng): string => r.pick(['MO', 'DO', 'MOD', 'B', 'L', 'O', 'MODBL', 'I', 'F']);
const sph = (r: Rng): string => {
  const v = r.int(-32, 24) * 0.25;
  return v === 0 ? 'Plano' : (v > 0 ? '+' : '') + v.toFixed(2);
};
const cyl = (r: Rng): string => (r.chance(0.2) ? 'DS' : (-r.int(1, 12) * 0.25).toFixed(2));
const axis = (r: Rng): string => String(r.int(1, 180)).padStart(3, '0');
const addP = (r: Rng): string => `+${(r.int(3, 12) * 0.25).toFixed(2)}`;
const claimNo = (r: Rng): string => r.pick([`CLM-${r.int(2023, 2026)}-${r.digits(7)}`, `C${r.digits(9)}`, `ICN 1${r.digits(12)}`, `${upl(r, 2)}${r.digits(8)}`, `CL/${r.digits(6)}/${r.int(24, 26)}`]);
const caseNo = (r: Rng): string => r.pick([`LAB-${r.digits(6)}`, `Case #${r.digits(5)}`, `RX${r.digits(7)}`, `JOB ${r.digits(4)}-${upl(r, 2)}`]);
const orderNo = (r: Rng): string => r.pick([`ORD-${r.digits(8)}`, `#${r.digits(6)}`, `PO ${r.digits(5)}`, `SO-${r.int(2024, 2026)}-${r.digits(5)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${upl(r, 3, 'ABCDEFGHJKLMNPRSTVWXY')}${r.digits(3)}${r.digits(10)}`, `JD0140${r.digits(12)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]);
const version = (r: Rng): string => r.pick([`v${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(1, 9)}.${r.int(0, 12)}.${r.int(0, 30)}.${r.int(100, 4000)}`, `build ${r.int(1, 24)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}`]);
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['0', '1', '2', '3'])! + r.digits(8);
const npi = (r: Rng): string => `1${r.digits(9)}`;
const lot = (r: Rng): string => `${r.pick(['LOT', 'Lot', 'REF'])} ${r.int(20, 26)}${r.digits(2)}${upl(r, 1)}${r.digits(3)}`;
const ts = (r: Rng): string => `${r.int(2024, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
const money = (r: Rng, lo: number, hi: number, cur = '$'): string => `${cur}${r.int(lo, hi).toLocaleString('en-US')}.${r.pick(['00', '50', '00', '95', '20'])}`;
const pmId = (r: Rng): string => r.pick([`PT${r.digits(6)}`, `${r.digits(5)}`, `P-${r.digits(4)}`]);
const otherId = (r: Rng, c: CC): string => {
  switch (c) {
    case 'UK':
      return `NHS no. ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`;
    case 'FR':
      return `n° sécu ${r.int(1, 2)} ${r.digits(2)} ${p2(r.int(1, 12))} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`;
    case 'ES':
      return `DNI ${r.digits(8)}${upl(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}`;
    case 'IT':
      return `C.F. ${upl(r, 6, 'BCDFGLMNPRSTVZ')}${r.digits(2)}${upl(r, 1, 'ABCDEHLMPRST')}${r.digits(2)}${upl(r, 1, 'ADFHLMZ')}${r.digits(3)}${upl(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`;
    case 'NL':
      return `BSN ${r.digits(9)}`;
    case 'SE':
      return `personnr ${r.int(40, 99)}${r.digits(4)}-${r.digits(4)}`;
    case 'PL':
      return `PESEL ${r.digits(11)}`;
    case 'BR':
      return `CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`;
    case 'AU':
      return `Medicare ${r.int(2, 6)}${r.digits(3)} ${r.digits(5)} ${r.int(1, 5)}`;
    case 'CA':
      return `OHIP ${r.digits(4)}-${r.digits(3)}-${r.digits(3)}-${upl(r, 2)}`;
    case 'IE':
      return `PPSN ${r.digits(7)}${upl(r, 1, 'ABCDEFGHJKLMNPQRSTVW')}`;
    case 'IN':
      return `Aadhaar XXXX XXXX ${r.digits(4)}`;
    case 'DE':
      return `Versichertennr. ${upl(r, 1, 'ABCDEFGHJKLMNPRSTUVWZ')}${r.digits(9)}`;
    case 'MX':
      return `CURP ${upl(r, 4, 'ABCDEFGHJKLMNPRSTUVWXZ')}${r.digits(6)}${upl(r, 6, 'HMDFGJLNPRST')}${r.digits(2)}`;
    case 'JP':
      return `保険証番号 ${r.digits(8)}`;
    case 'KR':
      return `주민등록번호 ${r.digits(6)}-*******`;
    default:
      return `member ID ${upl(r, 3)}${r.digits(9)}`;
  }
};

// ---------------------------------------------------------------------------------------------------
// Template helpers
// ---------------------------------------------------------------------------------------------------
type Tpl = (r: Rng, d: Doc) => void;
const TLD: Record<CC, string> = { US: 'com', CA: 'ca', UK: 'co.uk', IE: 'ie', AU: 'com.au', NZ: 'co.nz', IN: 'in', SG: 'sg', DE: 'de', CH: 'ch', FR: 'fr', ES: 'es', MX: 'mx', IT: 'it', NL: 'nl', SE: 'se', PL: 'pl', BR: 'com.br', JP: 'jp', KR: 'kr' };
const roleMail = (r: Rng, practice: string, c: CC): string =>
  `${r.pick(['reception', 'frontdesk', 'info', 'recalls', 'billing', 'hello', 'appointments', 'claims'])}@${ascii(practice).slice(0, 18)}.${TLD[c]}`;
const HON_EN = ['Mr. ', 'Mrs. ', 'Ms. ', 'Miss ', 'Mr ', 'Mrs ', 'Ms ', 'Mx '];
const drT = (r: Rng): string => r.pick(['Dr. ', 'Dr ']);
/** Appends "Dr. Surname" / "Dr Given Surname" with the title outside the label. */
function doctor(d: Doc, r: Rng, n: Name, title?: string): void {
  d.t(title ?? drT(r)).l('PERSON', r.chance(0.45) ? n.f : full(n));
}
/** Appends a labelled address, multi-line or on one line. */
function address(d: Doc, r: Rng, c: CC, multi?: boolean): void {
  d.l('ADDRESS', addrText(r, co(c).addr(r), multi));
}
function sig(d: Doc, r: Rng, staff: Name, practice: string, c: CC): void {
  d.t(`\n\n${r.pick(['Kind regards', 'Best wishes', 'Thanks', 'Warm regards', 'Many thanks'])},\n`).l('PERSON', r.chance(0.6) ? staff.g : full(staff));
  d.t(`\n${r.pick(['Patient Coordinator', 'Reception', 'Practice Manager', 'Treatment Coordinator', 'Dispensing Optician'])}, ${practice}\n`);
  if (r.chance(0.6)) d.t('Tel ').l('PHONE', co(c).phone(r)).t('\n');
  if (r.chance(0.4)) d.l('ADDRESS', addrText(r, co(c).addr(r), false)).t('\n');
}
const practiceOf = (r: Rng, optical: boolean): string => r.pick(optical ? OPTICIANS : DENTAL_PRACTICES);

// ---------------------------------------------------------------------------------------------------
// Templates — dental, English-speaking countries
// ---------------------------------------------------------------------------------------------------
const smsReminder: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const pr = practiceOf(r, r.chance(0.3));
  d.t(r.pick(['Hi ', 'Hello ', 'Reminder for ', 'Dear '])).l('PERSON', r.chance(0.6) ? n.g : full(n));
  d.t(`: your ${r.pick(['check-up', 'hygiene visit', 'crown fit', 'filling', 'eye test', 'contact lens aftercare'])} with `);
  doctor(d, r, nm(r, C.cultures));
  d.t(` at ${pr} is on ${fd(r, c, soon(r))} at ${clock(r)}. Reply Y to confirm or call `).l('PHONE', C.phone(r));
  d.t(r.pick([' to reschedule. Reply STOP to opt out.', '. Late cancellations may incur a fee.', ` (ref ${pmId(r)}).`]));
};
const recallEmail: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const pr = practiceOf(r, false);
  d.t('From: ').l('EMAIL', roleMail(r, pr, c)).t('\nTo: ').l('EMAIL', mailOf(r, n, c));
  d.t(`\nSubject: Your ${r.pick(['6-month', '12-month', 'annual'])} dental recall is due\n\nDear ${r.pick(HON_EN)}`).l('PERSON', n.f);
  d.t(`,\n\nOur records show your last examination was on ${fd(r, c, soon(r))}. `);
  d.t(`It is now time for your routine check-up${r.chance(0.5) ? ' and scale & polish' : ''}. You can book online or call us on `).l('PHONE', C.phone(r));
  d.t('.\n\nWe are at ');
  address(d, r, c, false);
  d.t(` (${r.pick(['opposite the library', 'above the pharmacy', 'next to the Wellington Arms', 'behind the Lidl car park'])}).`);
  if (r.chance(0.3)) d.t(` Parking is free in the Churchill Centre after 6pm.`);
  sig(d, r, nm(r, C.cultures), pr, c);
};
const usRegistration: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  const sp = nm(r, C.cultures);
  const self = r.chance(0.5);
  d.t(`NEW PATIENT REGISTRATION — ${practiceOf(r, false)}\n\nPatient name (Last, First MI): `);
  const v = `${n.f}, ${n.g} ${upl(r, 1)}.`;
  d.l('PERSON', v);
  d.t('\nPreferred name: ').l('PERSON', n.g).t(`\nDate of birth: `).l('DOB', fd(r, 'US', birth(r, 18, 80)));
  d.t(`   Sex: ${r.pick(['F', 'M', 'X'])}\nSSN: `);
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t('\nHome address: ').l('ADDRESS', addrText(r, C.addr(r), false));
  d.t('\nCell: ').l('PHONE', C.phone(r)).t(`   OK to text? ${r.pick(['Yes', 'No'])}\nEmail: `).l('EMAIL', mailOf(r, n, 'US'));
  d.t(`\nEmployer: ${r.pick(['Costco Wholesale', 'Lincoln Electric', 'Kroger', 'self-employed', 'Jefferson County Schools', 'Ford Motor Co.'])}`);
  d.t('\nEmergency contact: ').l('PERSON', full(sp)).t(` (${r.pick(['spouse', 'sister', 'son', 'partner', 'father'])}) `).l('PHONE', C.phone(r));
  d.t(`\n\nPRIMARY DENTAL INSURANCE\nCarrier: ${r.pick(['Delta Dental PPO', 'MetLife PDP Plus', 'Cigna DPPO', 'Guardian', 'Aetna Dental'])}   Group #: ${r.digits(6)}   Member ID: ${upl(r, 3)}${r.digits(9)}`);
  d.t('\nSubscriber: ');
  if (r.chance(0.5)) d.t('Self');
  else {
    d.l('PERSON', full(sp)).t('   Subscriber DOB: ').l('DOB', fd(r, 'US', birth(r, 20, 80))).t('   Subscriber SSN: ');
    if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r));
    else d.t(maskedSsn(r));
  }
  d.t(`\nReferred by: `);
  if (r.chance(0.5)) d.l('PERSON', full(nm(r, C.cultures)));
  else d.t(r.pick(['Google', 'Yelp', 'Instagram @brightharbourdental', 'drove past']));
  d.t(`\n\nSignature: `).l('PERSON', full(n)).t(`   Date: ${fd(r, 'US', soon(r))}`);
  if (self) d.self(full(n));
};
const ukRegistration: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'UK', 'IE']);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`${practiceOf(r, false)} — Patient Registration\nTitle: ${r.pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'])}\nSurname: `).l('PERSON', n.f.toUpperCase());
  d.t('\nForename(s): ').l('PERSON', n.g).t('\nDate of birth: ').l('DOB', fd(r, c, birth(r, 5, 85)));
  d.t(`\n${otherId(r, c)}\nAddress:\n`).l('ADDRESS', addrText(r, C.addr(r), true));
  d.t('\nMobile: ').l('PHONE', C.phone(r)).t('\nEmail: ').l('EMAIL', mailOf(r, n, c));
  d.t('\nGP: ');
  doctor(d, r, nm(r, C.cultures));
  d.t(`, ${r.pick(['Beech Tree Surgery', 'Millfield Medical Centre', 'The Nightingale Practice', 'Abbey Health Centre'])}`);
  d.t(`\nExemption: ${r.pick(['none', 'under 18', 'maternity certificate', 'Universal Credit', 'HC2 certificate'])}`);
  d.t(`\nMedical conditions: ${r.pick(['none', EPONYMS[r.int(0, EPONYMS.length - 1)]!, 'asthma', 'type 2 diabetes', 'on warfarin'])}`);
  d.t(`\nHow did you hear about us? ${r.pick(['friend', 'NHS website', 'Facebook', 'walked past on Nelson Street'])}`);
};
const treatmentPlanUS: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  d.t(`TREATMENT PLAN / ESTIMATE   Plan #${r.digits(5)}   Printed ${fd(r, 'US', soon(r))}\nPatient: `).l('PERSON', nameForm(r, n));
  d.t(r.chance(0.6) ? '   DOB: ' : '   Birthdate: ').l('DOB', fd(r, 'US', birth(r, 8, 85))).t(`   Chart: ${pmId(r)}\nProvider: `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`, DDS   NPI ${npi(r)}\n\nTooth  Surf  Code   Description                         Fee      Ins Est   Pt Portion\n`);
  let tot = 0;
  for (let i = 0, k = r.int(2, 6); i < k; i++) {
    const [code, desc, fee] = r.pick(CDT);
    const ins = Math.round(fee * r.pick([0, 0.5, 0.8, 1]));
    tot += fee - ins;
    d.t(`${toothUS(r).padEnd(6)} ${surfaces(r).padEnd(5)} ${code}  ${desc.slice(0, 34).padEnd(35)} ${fee.toFixed(2).padStart(8)} ${ins.toFixed(2).padStart(9)} ${(fee - ins).toFixed(2).padStart(10)}\n`);
  }
  d.t(`\nEstimated patient portion: $${tot.toFixed(2)}. Estimates based on ${r.pick(['Delta Dental', 'Cigna', 'MetLife'])} benefits as of today; annual max remaining $${r.int(0, 1500)}.`);
  d.t(`\nFinancing available through CareCredit. Questions? Call our treatment coordinator `).l('PERSON', nm(r, C.cultures).g).t(' at ').l('PHONE', C.phone(r)).t(` ext. ${r.int(10, 250)}.`);
};
const adaClaim: Tpl = (r, d) => {
  const C = co('US');
  const sub = nm(r, C.cultures);
  const pat = r.chance(0.5) ? sub : { ...nm(r, C.cultures), f: sub.f };
  d.t(`ADA DENTAL CLAIM FORM — ${claimNo(r)}\n1. Type of transaction: Statement of actual services\n3. Company/plan: ${r.pick(['Delta Dental of Ohio', 'Guardian Life', 'United Concordia'])}, PO Box ${r.int(1000, 9999)}, ${r.pick(['Lexington', 'Harrisburg', 'Dallas'])}\n`);
  d.t('12. Policyholder/Subscriber name and address:\n').l('PERSON', full(sub).toUpperCase()).t('\n').l('ADDRESS', addrText(r, C.addr(r), true).toUpperCase());
  const subDob = `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1950, 2000)}`;
  d.t('\n13. Date of birth: ').l('DOB', subDob);
  d.t(`  14. Gender: ${r.pick(['F', 'M'])}\n15. Policyholder/Subscriber ID (SSN or ID#): `);
  if (r.chance(0.75)) d.l('NATIONAL_ID', ssn(r));
  else d.t(`${upl(r, 3)}${r.digits(9)}`);
  d.t(`\n18. Relationship to policyholder: ${pat === sub ? 'Self' : r.pick(['Spouse', 'Dependent child'])}\n20. Patient name: `).l('PERSON', full(pat).toUpperCase());
  d.t('\n21. Date of birth: ').l('DOB', pat === sub ? subDob : `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(2001, 2020)}`);
  d.t('\n24. Procedure date  Area  Tooth  Surface  Code   Fee\n');
  for (let i = 0, k = r.int(1, 4); i < k; i++) {
    const [code, , fee] = r.pick(CDT);
    d.t(`    ${fd(r, 'US', soon(r)).padEnd(16)} ${r.pick(['  ', 'UR', 'LL'])}    ${String(r.int(1, 32)).padEnd(6)} ${surfaces(r).padEnd(8)} ${code}  ${fee.toFixed(2)}\n`);
  }
  d.t('48. Billing dentist: ').l('PERSON', full(nm(r, C.cultures))).t(`, DMD\n49. NPI: ${npi(r)}  50. License: ${r.pick(['OH', 'PA', 'TX'])}-${r.digits(5)}  51. TIN: ${ein(r)}\n52. Phone: `).l('PHONE', C.phone(r));
};
const referralOralSurgeon: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'AU', 'NZ', 'IE', 'CA', 'US']);
  const C = co(c);
  const pat = nm(r, C.cultures);
  const surg = nm(r, C.cultures);
  const gdp = nm(r, C.cultures);
  d.t(`${fd(r, c, soon(r))}\n\n`);
  doctor(d, r, surg);
  d.t(`\n${r.pick(['Department of Oral & Maxillofacial Surgery', 'Harbour Oral Surgery', 'Specialist Endodontic Centre'])}\n`).l('ADDRESS', addrText(r, C.addr(r), true));
  d.t(`\n\nDear ${r.pick(['Dr ', 'Dr. '])}`).l('PERSON', surg.f).t(',\n\nRe: ').l('PERSON', full(pat));
  const cue = r.pick([', DOB ', ' (born ', ', d.o.b. ']);
  d.t(cue).l('DOB', fd(r, c, birth(r, 12, 85))).t(cue === ' (born ' ? ')' : '').t(',\n').l('ADDRESS', addrText(r, C.addr(r), false)).t('\nTel: ').l('PHONE', C.phone(r));
  d.t(`\n\nThank you for seeing this ${r.int(19, 80)}-year-old ${r.pick(['gentleman', 'lady', 'patient'])} regarding ${r.pick(['a partially erupted LR8 with recurrent pericoronitis', 'a fractured UL6 not amenable to restoration', 'a persistent radiolucency at the apex of 46', 'suspected cracked tooth syndrome on 36'])}. `);
  d.t(`Medical history is notable for ${r.pick(EPONYMS)}; ${r.pick(['no known allergies', 'allergic to penicillin', 'takes apixaban'])}. An OPG taken on ${fd(r, c, soon(r))} is attached.`);
  if (r.chance(0.4)) d.t(` ${r.pick(['Mrs ', 'Mr ', 'Ms '])}`).l('PERSON', pat.f).t(`'s preferred contact is by e-mail: `).l('EMAIL', mailOf(r, pat, c)).t('.');
  d.t('\n\nYours sincerely,\n\n').l('PERSON', full(gdp)).t(` ${r.pick(['BDS', 'BDS MFDS', 'DDS', 'BChD'])}\nGDC ${r.digits(6)}\n${practiceOf(r, false)}`);
};
const crownLabOrder: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const fdi = c !== 'US' && c !== 'CA';
  d.t(`LAB PRESCRIPTION   ${caseNo(r)}\nTo: ${r.pick(LABS)}\nFrom: `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`, ${practiceOf(r, false)}\nShip to: `).l('ADDRESS', addrText(r, C.addr(r), false));
  d.t(`\nPatient: `);
  const p = nm(r, C.cultures);
  if (r.chance(0.6)) d.l('PERSON', r.pick([full(p), `${p.f}, ${p.g}`, `${p.g.charAt(0)}. ${p.f}`]));
  else d.t(`${p.g.charAt(0)}${p.f.charAt(0)} (initials only)`);
  d.t(`   Age: ${r.int(18, 85)}\nTooth: ${fdi ? toothFDI(r) : toothUS(r)}   Restoration: ${r.pick(['full-contour zirconia crown', 'IPS e.max Press crown', 'PFM crown, high noble', '3-unit bridge', 'screw-retained implant crown on Straumann BLX RC'])}`);
  d.t(`\nShade: ${r.pick(['A2', 'A3', 'B1', 'A3.5', 'BL3', 'C2'])} (VITA classical)   Stump shade: ${r.pick(['ND2', 'ND3', 'ND4'])}\nMargin: ${r.pick(['chamfer', 'shoulder', 'feather edge'])}   Occlusal clearance: ${r.pick(['1.0', '1.5', '2.0'])} mm`);
  d.t(`\nImpressions: ${r.pick(['iTero scan ID ', 'Primescan case ', 'PVS, poured '])}${hx(r, 8)}\nDue date: ${fd(r, c, soon(r))} — patient seat appointment ${clock(r)}`);
  d.t(`\nNotes: ${r.pick(['Please match to adjacent 21, slight incisal translucency.', 'Light occlusal contact only; bruxist.', 'Call the surgery before the 14th if the prep needs reducing.', 'Kennedy Class III partial on lower arch, design to follow.'])}`);
  if (r.chance(0.4)) d.t('\nLab contact: ').l('PERSON', full(nm(r, C.cultures))).t(', ').l('EMAIL', `cases@${ascii(r.pick(LABS))}.${TLD[c]}`);
};

// Spoken forms (transcripts)
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ordWord = (n: number): string => (n <= 20 ? ORD[n]! : `twenty-${ORD[n - 20]!}`);
const twoDigit = (n: number): string => (n < 10 ? `oh ${ONES[n]!}` : n < 20 ? TEENS[n - 10]! : TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]!}` : ''));
const yearWord = (y: number): string => (y >= 2000 ? `two thousand${y % 100 ? ` ${y % 100 < 10 ? ONES[y % 100]! : twoDigit(y % 100)}` : ''}` : `nineteen ${twoDigit(y % 100)}`);
/** A phone number read aloud digit by digit, in its written groups. */
function speakNumber(r: Rng, num: string): string {
  const groups = num.replace(/^\+/, 'plus ').split(/[\s\-().]+/).filter(Boolean);
  const oh = r.chance(0.5);
  return groups
    .map((g) => {
      if (g === 'plus') return 'plus';
      const out: string[] = [];
      for (let i = 0; i < g.length; i++) {
        const ch = g.charAt(i);
        if (i + 1 < g.length && g.charAt(i + 1) === ch && r.chance(0.5)) {
          out.push(`double ${ch === '0' && oh ? 'oh' : ONES[Number(ch)]!}`);
          i++;
        } else out.push(ch === '0' && oh ? 'oh' : ONES[Number(ch)]!);
      }
      return out.join(' ');
    })
    .join(', ');
}
const speakMail = (m: string): string => m.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ');
const speakDob = (r: Rng, x: Ymd): string =>
  r.chance(0.5) ? `${MONTHS_EN[x.m - 1]!} ${ordWord(x.d)}, ${yearWord(x.y)}` : `the ${ordWord(x.d)} of ${MONTHS_EN[x.m - 1]!} ${yearWord(x.y)}`;

const daySheetCsv: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const optical = r.chance(0.35);
  d.t(`# ${r.pick(PM_SOFTWARE)} day sheet export ${isoD(soon(r))} chair=${r.pick(['OP1', 'OP2', 'Hyg', 'Room 3', 'Pre-test'])}\ntime,patient,dob,${optical ? 'appt_type,notes' : 'procedure,tooth,notes'},phone\n`);
  for (let i = 0, k = r.int(4, 9); i < k; i++) {
    const n = nm(r, C.cultures);
    d.t(`${clock(r)},"`).l('PERSON', r.chance(0.6) ? `${n.f}, ${n.g}` : full(n)).t('",').l('DOB', r.chance(0.5) ? isoD(birth(r)) : fd(r, c, birth(r)));
    if (optical) d.t(`,${r.pick(['Full eye exam', 'CL check', 'Collection', 'OCT scan', 'Paeds exam'])},"${r.pick(['R -2.25/-0.50x180', 'due Dilated', 'bring old specs', 'Tom Ford frame ready', '-'])}",`);
    else d.t(`,${r.pick(CDT)[0]},${r.chance(0.5) ? toothUS(r) : toothFDI(r)},"${r.pick(['pre-med', 'nervous', 'seat crown', `claim ${claimNo(r)}`, 'Herbst appliance check', '-'])}",`);
    if (r.chance(0.8)) d.l('PHONE', C.phone(r));
    else d.t(maskedPhone(r));
    d.t('\n');
  }
};
const recallListCsv: Tpl = (r, d) => {
  const c = r.pick(ALL_CC);
  const C = co(c);
  d.t(`recall_list_${isoD(soon(r))}.csv\nid;name;last_visit;recall_due;contact;channel\n`);
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    const n = nm(r, C.cultures);
    const shown = c === 'SG' && r.chance(0.4) ? nativeName(r, ZH_NATIVE) : r.chance(0.3) ? full(n).toUpperCase() : full(n);
    d.t(`${pmId(r)};`).l('PERSON', shown).t(`;${isoD(soon(r))};${fd(r, c, soon(r))};`);
    const ch = r.next();
    if (ch < 0.45) d.l('PHONE', C.phone(r)).t(';SMS\n');
    else if (ch < 0.9) d.l('EMAIL', mailOf(r, n, c)).t(';email\n');
    else d.t('—;letter\n');
  }
};
const pmExportCsv: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'US', 'CA', 'AU', 'UK']);
  const C = co(c);
  d.t('patient_id,last_name,first_name,birthdate,ssn_or_member,tooth,proc_code,fee,claim_no,status\n');
  for (let i = 0, k = r.int(3, 7); i < k; i++) {
    const n = nm(r, C.cultures);
    const [code, , fee] = r.pick(CDT);
    d.t(`${pmId(r)},`).l('PERSON', n.f).t(',').l('PERSON', n.g).t(',').l('DOB', isoD(birth(r))).t(',');
    if (c === 'US' && r.chance(0.55)) d.l('NATIONAL_ID', ssn(r));
    else d.t(c === 'US' ? maskedSsn(r) : otherId(r, c).replace(/^[^\d]*/, ''));
    d.t(`,${c === 'US' || c === 'CA' ? r.int(1, 32) : toothFDI(r)},${code},${fee.toFixed(2)},${claimNo(r)},${r.pick(['SENT', 'PAID', 'DENIED', 'PEND'])}\n`);
  }
};
const portalMsgPatient: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const me = full(n);
  d.self(me);
  d.t(`[Patient portal — secure message ${r.digits(7)}]\nFrom: `).l('PERSON', me).t(`\nSubject: ${r.pick(['Change of details', 'Payment for last visit', 'Question about my crown', 'Reschedule please', 'New glasses query'])}\n\n`);
  d.t(r.pick(['Hi there,\n', 'Hello,\n', 'Good morning,\n', ''])).t(`This is `).l('PERSON', me).t(', date of birth ').l('DOB', fd(r, c, birth(r, 18, 80))).t('. ');
  const k = r.next();
  if (k < 0.3) {
    d.t(`I've moved house — new address is `).l('ADDRESS', addrText(r, C.addr(r), false)).t(' and my new mobile is ').l('PHONE', C.phone(r)).t('.');
  } else if (k < 0.6) {
    d.t(`Please take the balance of ${money(r, 40, 900, c === 'UK' ? '£' : '$')} from my card `).l('CARD', card(r)).t(` exp ${expiry(r)}. The old one ending ${r.digits(4)} was cancelled.`);
  } else if (k < 0.8) {
    d.t(`Since the crown on ${r.chance(0.5) ? toothUS(r) : `UR${r.int(1, 8)}`} was fitted it feels high when I bite. Can `);
    doctor(d, r, nm(r, C.cultures));
    d.t(` take a look? I can do any morning, or call me on `).l('PHONE', C.phone(r)).t('.');
  } else {
    d.t(`My husband `).l('PERSON', full(nm(r, C.cultures))).t(` also needs a check-up; his email is `).l('EMAIL', mailOf(r, nm(r, C.cultures), c)).t('. Could we book back to back?');
  }
  d.t('\n\nThanks,\n').l('PERSON', n.g);
};
const portalReplyPractice: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const pr = practiceOf(r, r.chance(0.4));
  d.t(`Re: your message of ${fd(r, c, soon(r))}\n\nHi `).l('PERSON', n.g).t(`,\n\nThanks for getting in touch. `);
  const k = r.next();
  if (k < 0.35) {
    d.t(`We've updated your records with the new number `).l('PHONE', C.phone(r)).t(' and removed the old landline. ');
  } else if (k < 0.7) {
    d.t(`Your ${r.pick(['varifocals', 'night guard', 'retainer', 'contact lenses', 'replacement Essix retainer'])} are ready to collect from ${clock(r)} tomorrow. Order ${orderNo(r)}. `);
  } else {
    d.t(`The card ${maskedCard(r)} on file was declined, so we've sent a payment link to `).l('EMAIL', mailOf(r, n, c)).t('. ');
  }
  d.t(r.pick([`Our Wellington branch is closed on Bank Holiday Monday.`, `Note the car park on Victoria Road is closed for resurfacing.`, `Please do not reply to this message with card details.`]));
  sig(d, r, nm(r, C.cultures), pr, c);
};
const cardOnFileForm: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`${practiceOf(r, r.chance(0.5))}\nCREDIT CARD AUTHORIZATION FORM\n\nCardholder name: `).l('PERSON', full(n).toUpperCase()).t(`\nCard type: ☐ Visa ☐ Mastercard ☐ Amex ☐ Discover\nCard number: `).l('CARD', card(r));
  d.t(`\nExpiration: ${expiry(r)}   CVV: ${r.digits(r.chance(0.2) ? 4 : 3)}\nBilling address: `).l('ADDRESS', addrText(r, C.addr(r), r.chance(0.3)));
  d.t('\nPhone: ').l('PHONE', C.phone(r)).t('   Email: ').l('EMAIL', mailOf(r, n, c));
  d.t(`\nPatient(s) covered: `).l('PERSON', full(n));
  if (r.chance(0.5)) d.t(', ').l('PERSON', full({ ...nm(r, C.cultures), f: n.f }));
  d.t(`\n\nI authorize the practice to charge this card for balances not paid by insurance within 45 days. Reference: ${orderNo(r)}.\nSignature: ______  Date: ${fd(r, c, soon(r))}`);
  if (r.chance(0.3)) d.t(`\n(office use: test charge with ${badCard(r)} failed — ignore)`);
};
const callTranscript: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'UK', 'AU', 'IE', 'CA', 'NZ']);
  const C = co(c);
  const n = nm(r, C.cultures);
  const rec = nm(r, C.cultures);
  const me = full(n);
  d.self(me);
  d.t(`[Call recording transcript — ${practiceOf(r, r.chance(0.4))} — ${ts(r)}]\nAGENT: Good morning, you're through to the front desk, this is `).l('PERSON', rec.g).t(', how can I help?\nCALLER: Hi, um, I need to move my appointment. My name is ').l('PERSON', me).t('.\n');
  d.t(`AGENT: No problem. Can I take your date of birth?\nCALLER: Yeah, it's `);
  const b = birth(r, 18, 80);
  if (r.chance(0.5)) d.l('DOB', speakDob(r, b));
  else d.l('DOB', fd(r, c, b));
  d.t(`.\nAGENT: Thank you. And the best number to reach you?\nCALLER: `);
  const ph = C.phone(r);
  if (r.chance(0.65)) d.l('PHONE', speakNumber(r, ph));
  else d.l('PHONE', ph);
  d.t(`.\nAGENT: And email for the confirmation?\nCALLER: It's `).l('EMAIL', speakMail(mailOf(r, n, c))).t('.\n');
  d.t(`AGENT: Lovely. I can offer ${fd(r, c, soon(r))} at ${clock(r)} with `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`.\nCALLER: Perfect. ${r.pick(['Oh, and is Bupa accepted?', 'Do you still have the Hugo Boss frames?', 'My dog Winston bit through my retainer, by the way.', 'Is parking still on Darwin Street?'])}\nAGENT: ${r.pick(['Yes, it is.', 'I will check and call you back.', 'Ha, that happens more than you think.'])} [END]`);
};
const voicemail: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'UK', 'AU', 'CA', 'IN', 'SG']);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`Voicemail (${r.int(0, 1)}:${p2(r.int(5, 59))}) transcribed by ${r.pick(['Weave', 'RingCentral', 'Dentally Voice'])}, confidence ${r.int(71, 98)}%:\n"Hi, it's `).l('PERSON', r.chance(0.5) ? n.g : full(n));
  d.t(` calling about ${r.pick(['my son', 'my daughter', 'my mum'])} `).l('PERSON', nm(r, C.cultures).g);
  d.t(`'s ${r.pick(['filling', 'braces', 'glasses', 'eye test'])} next week. Can someone call me back on `);
  const ph = C.phone(r);
  if (r.chance(0.5)) d.l('PHONE', speakNumber(r, ph));
  else d.l('PHONE', ph);
  d.t(r.pick(['? Thanks, bye."', '. Or text is fine. Cheers."', ' after three. Thank you."']));
};
const orthoContract: Tpl = (r, d) => {
  const C = co('US');
  const parent = nm(r, C.cultures);
  const child = { ...nm(r, C.cultures), f: parent.f };
  d.t(`ORTHODONTIC FINANCIAL AGREEMENT — ${r.pick(['Lakeside Orthodontics', 'Bright Harbour Dental'])}\nPatient: `).l('PERSON', full(child)).t('   DOB: ').l('DOB', fd(r, 'US', birth(r, 9, 16)));
  d.t('\nResponsible party: ').l('PERSON', full(parent)).t('   SSN: ');
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t('\nAddress: ').l('ADDRESS', addrText(r, C.addr(r), false)).t('\nPhone: ').l('PHONE', C.phone(r));
  const total = r.int(4800, 7900);
  const down = r.int(5, 15) * 100;
  d.t(`\n\nTreatment: ${r.pick(['Invisalign Comprehensive', 'Damon Ultima brackets', 'Phase I Herbst appliance + Phase II fixed'])} (${r.pick(['Angle Class II div 1', 'Class III', 'crossbite', 'crowding'])})\nTotal fee: $${total}.00   Down payment: $${down}.00   ${r.int(18, 24)} monthly payments of $${Math.round((total - down) / 20)}.00`);
  d.t('\nAutopay: ');
  if (r.chance(0.6)) d.t('card ').l('CARD', card(r));
  else d.t(`ACH routing ${routing(r)} account ****${r.digits(4)}`);
  d.t(`\nInsurance ortho lifetime max: $${r.pick([1000, 1500, 2000])}. Claim ${claimNo(r)} submitted.\nSigned: `).l('PERSON', full(parent)).t(`   ${fd(r, 'US', soon(r))}`);
};
const eobDenial: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  const pt = r.chance(0.5) ? n : { ...nm(r, C.cultures), f: n.f };
  d.t(`${r.pick(['Delta Dental', 'Guardian Dental', 'VSP Vision Care', 'EyeMed'])} — Explanation of Benefits\nThis is not a bill.\n\n`).l('PERSON', full(n).toUpperCase()).t('\n').l('ADDRESS', addrText(r, C.addr(r), true).toUpperCase());
  d.t(`\n\nMember ID: ${upl(r, 1)}${r.digits(8)}   Group: ${r.digits(7)}   Claim #: ${claimNo(r)}\nPatient: `).l('PERSON', full(pt)).t(`   Provider: `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`\nDate of service: ${fd(r, 'US', soon(r))}\n\n${r.pick(CDT)[0]}  Submitted $${r.int(90, 1400)}.00  Allowed $0.00  Remark ${r.pick(['N130', 'M86', 'CO-119', 'PR-204'])}: ${r.pick(['frequency limitation — one per 60 months', 'benefit maximum reached', 'missing tooth clause', 'not a covered service'])}.`);
  d.t(`\n\nTo appeal, write within 180 days to Appeals Unit, PO Box ${r.int(1000, 99999)}, or call `).l('PHONE', `1-800-${r.int(200, 999)}-${r.digits(4)}`).t(` (TTY 711). Reference your claim number, not your SSN.`);
};
const medicalHistory: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`MEDICAL HISTORY QUESTIONNAIRE (updated ${fd(r, c, soon(r))})\nName: `).l('PERSON', nameForm(r, n)).t('   D.O.B.: ').l('DOB', fd(r, c, birth(r, 16, 90)));
  d.t(`\nDo you have or have you had: ${r.pick(EPONYMS)} [${r.pick(['Y', 'N'])}]  heart murmur [N]  bisphosphonates [${r.pick(['Y', 'N'])}]  ${r.pick(EPONYMS)} [N]`);
  d.t(`\nCurrent medications: ${r.pick(['metformin 500mg', 'ramipril', 'levothyroxine 75mcg', 'none', 'alendronic acid weekly'])}\nAllergies: ${r.pick(['latex', 'penicillin', 'none known', 'chlorhexidine'])}`);
  d.t('\nPhysician: ');
  doctor(d, r, nm(r, C.cultures));
  d.t('   Tel: ').l('PHONE', C.phone(r));
  d.t(`\nLast HbA1c: ${r.int(38, 75)} mmol/mol on ${fd(r, c, soon(r))}\nPregnant? ${r.pick(['N/A', 'No', 'Yes — due in May'])}`);
  d.t('\nI confirm the above is correct. Signed: ').l('PERSON', full(n));
};
const childRecallLetter: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'AU', 'NZ', 'IE', 'US', 'CA']);
  const C = co(c);
  const parent = nm(r, C.cultures);
  const kid = { ...nm(r, C.cultures), f: r.chance(0.8) ? parent.f : nm(r, C.cultures).f };
  const cue = r.pick([' (DOB ', ' — born ']);
  d.t('To the parent/guardian of\n').l('PERSON', full(kid)).t(cue).l('DOB', fd(r, c, birth(r, 2, 15))).t(cue === ' (DOB ' ? ')' : '').t('\n');
  address(d, r, c, true);
  d.t(`\n\nDear ${r.pick(HON_EN)}`).l('PERSON', parent.f);
  d.t(`,\n\n`).l('PERSON', kid.g).t(` is due for a children's check-up and fluoride varnish (${r.pick(['Colgate Duraphat', 'Profluorid'])}). Fissure sealants on the first permanent molars (${c === 'US' ? '#3, #14, #19, #30' : '16, 26, 36, 46'}) are recommended.`);
  d.t(`\nOur Paediatric Sunshine Club runs every ${r.pick(['Saturday', 'Wednesday afternoon'])}; the Tooth Fairy Award certificates are back!`);
  d.t(`\nPlease call `).l('PHONE', C.phone(r)).t(' to book.');
  if (r.chance(0.4)) d.t(' Parent e-mail on file: ').l('EMAIL', mailOf(r, parent, c)).t('.');
};
const recordsTransfer: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const pat = nm(r, C.cultures);
  const a = nm(r, C.cultures);
  const b = nm(r, C.cultures);
  const prA = practiceOf(r, false);
  d.t('From: ').l('EMAIL', mailOf(r, a, c)).t('\nTo: ').l('EMAIL', roleMail(r, practiceOf(r, false), c));
  d.t('\nSubject: Records request — ').l('PERSON', pat.f.toUpperCase());
  d.t(`\n\nHi `).l('PERSON', b.g).t(',\n\nOur mutual patient ').l('PERSON', full(pat)).t(' (').l('DOB', fd(r, c, birth(r, 10, 85)));
  d.t(`) has transferred to ${prA}. Could you send the last FMX, perio charting and the ${r.pick(['crown prep photos on 14', 'implant records for 36 (Nobel Biocare Active)', 'Hawley retainer models'])}? `);
  d.t(`Signed consent attached (${hx(r, 12)}.pdf). Please use our secure address `).l('EMAIL', `${r.pick(['records', 'secure', 'nhs.records'])}@${ascii(prA).slice(0, 18)}.${TLD[c]}`).t('.\n\nCheers,\n');
  doctor(d, r, a, r.pick(['', 'Dr ']));
};
const auditLogPortal: Tpl = (r, d) => {
  const c = r.pick(ALL_CC);
  const C = co(c);
  const sw = r.pick(PM_SOFTWARE);
  d.t(`# ${sw} ${version(r)} patient-portal audit log (node ${r.pick(['pm-app-02', 'portal-eu-1', 'opt-db'])})\n`);
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    const n = nm(r, C.cultures);
    d.t(`${ts(r)} ${r.pick(['INFO ', 'WARN ', 'INFO '])} ${r.pick(['login.ok', 'login.fail', 'record.view', 'export.csv', 'mfa.sent', 'xray.download'])} user=`);
    if (r.chance(0.7)) d.l('EMAIL', r.chance(0.5) ? mailOf(r, n, c) : roleMail(r, practiceOf(r, r.chance(0.5)), c));
    else d.t(`@${ascii(n.g)}${r.int(1, 99)}`);
    d.t(' src=');
    const a = ip(r);
    if (a.includes(':') && r.chance(0.5)) d.t('[').l('IP', a).t(`]:${r.int(1024, 65535)}`);
    else if (r.chance(0.3)) d.l('IP', a).t(`:${r.pick([443, 8443, 3000])}`);
    else d.l('IP', a);
    d.t(` ua="${r.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'Chrome/124.0.6367.91', 'okhttp/4.12.0', 'Edg/125.0.2535.51'])}" req=${hx(r, 12)}`);
    if (r.chance(0.25)) d.t(' patient="').l('PERSON', full(n)).t('"');
    d.t('\n');
  }
  d.t(`# rotated ${ts(r)}; sha256 ${hx(r, 64)}`);
};
const bookingConfirmation: Tpl = (r, d) => {
  const c = r.pick(ALL_CC.filter((x) => x !== 'JP' && x !== 'KR'));
  const C = co(c);
  const n = nm(r, C.cultures);
  const pr = practiceOf(r, r.chance(0.5));
  d.t(`Online booking received via ${r.pick(['Dentally Online Booking', 'Zocdoc', 'Doctolib', 'Acuitas Web Book', 'HotDoc'])}\n--------------------------------\nName: `).l('PERSON', full(n)).t('\nEmail: ').l('EMAIL', mailOf(r, n, c)).t('\nPhone: ').l('PHONE', C.phone(r));
  d.t(`\nDate of birth: `).l('DOB', fd(r, c, birth(r, 16, 80))).t(`\nService: ${r.pick(['New patient exam', 'Hygienist 30 min', 'Emergency — toothache', 'Eye examination', 'Contact lens trial', 'Kids eye test'])}\nSlot: ${fd(r, c, soon(r))} ${clock(r)} at ${pr}`);
  d.t(`\nNotes: "${r.pick(['I have Sjögren\'s so dry mouth', 'nervous patient', 'wear Tom Ford frames, need new lenses only', '-', 'Bell\'s palsy on left side'])}"\nSubmitted from `).l('IP', ip(r)).t(` at ${ts(r)} (booking ref ${upl(r, 3)}-${r.digits(5)})`);
};
const complaintEmail: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const me = full(n);
  const pr = practiceOf(r, r.chance(0.5));
  d.self(me);
  d.t('From: ').l('PERSON', me).t(' <').l('EMAIL', mailOf(r, n, c)).t('>\nTo: ').l('EMAIL', roleMail(r, pr, c));
  d.t(`\nSubject: Formal complaint — invoice ${orderNo(r)}\n\nTo the practice manager,\n\nI attended on ${fd(r, c, soon(r))} for ${r.pick(['a hygiene appointment', 'a filling on LL6', 'an eye test', 'collection of my varifocals'])} and was charged twice (${maskedCard(r)}). `);
  d.t(`I spoke to `).l('PERSON', nm(r, C.cultures).g).t(' on reception who promised a refund within 5 working days; nothing has arrived. ');
  if (r.chance(0.5)) d.t('Please refund to IBAN ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'DE', 'NL']))).t(' instead. ');
  d.t(`I have been a patient for ${r.int(2, 20)} years and ${r.pick(['Dr ', 'Dr. '])}`).l('PERSON', nm(r, C.cultures).f).t(` has always been excellent.\n\nYours faithfully,\n`).l('PERSON', me);
  d.t('\n').l('ADDRESS', addrText(r, C.addr(r), true));
};
const reviewResponse: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  d.t(`★★★★${r.pick(['★', '☆'])} — posted by `);
  const n = nm(r, C.cultures);
  if (r.chance(0.5)) d.l('PERSON', `${n.g} ${n.f.charAt(0)}.`);
  else d.t(`@${ascii(n.g)}_${r.pick(['smiles', 'sees', 'x'])}`);
  d.t(`\n"${r.pick(['Best hygienist ever', 'Painless root canal', 'Great range of Ray-Ban and Tom Ford frames', 'Kids loved the Toothbrush Tim mascot'])} — `).l('PERSON', nm(r, C.cultures).g);
  d.t(` was so gentle."\n\nResponse from the owner: Thank you! We have passed your kind words on to `).l('PERSON', nm(r, C.cultures).g).t(' and the whole Team Molar crew.');
};
const staffNote: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const a = nm(r, C.cultures);
  const b = nm(r, C.cultures);
  const p = nm(r, C.cultures);
  d.t(`#front-desk  ${ts(r)}\n`).l('PERSON', a.g).t(': ').l('PERSON', b.g).t(` can you ring `).l('PERSON', full(p)).t(` back? Needs to move ${r.pick(['her', 'his', 'their'])} ${r.pick(['crown seat', 'CL aftercare', 'SRP'])} — lab (${r.pick(LABS)}) says ${caseNo(r)} is late.`);
  d.t(' Number on file is ').l('PHONE', C.phone(r)).t(`, or ext ${r.int(100, 299)} if she's at work.\n`);
  d.l('PERSON', b.g).t(`: on it. Also FYI the Henry Schein rep is in at 2, and Dr `).l('PERSON', nm(r, C.cultures).f).t(` is covering Room ${r.int(1, 5)}.`);
};
const paymentPlanFinance: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'IE', 'US']);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Tabeo', 'Chrysalis Finance', 'CareCredit', 'Sunbit'])} patient finance application — ${practiceOf(r, r.chance(0.4))}\nApplicant: `).l('PERSON', full(n)).t('\nDate of birth: ').l('DOB', fd(r, c, birth(r, 19, 75)));
  d.t('\nResidential address (3 yrs): ').l('ADDRESS', addrText(r, C.addr(r), false)).t('\nMobile: ').l('PHONE', C.phone(r)).t('\nEmail: ').l('EMAIL', mailOf(r, n, c));
  if (c === 'US') {
    d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nAnnual income: $${r.int(28, 190)},000   Employer EIN (if self-employed): ${ein(r)}`);
  } else {
    d.t('\nDirect debit from: ').l('IBAN', iban(r, c === 'UK' ? 'GB' : 'IE')).t(`\nSort code check: ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`);
  }
  d.t(`\nTreatment: ${r.pick(['Invisalign Lite', '2 x implants (Straumann)', 'composite bonding 13-23', 'Varilux X + Crizal, 2 pairs'])}, ${money(r, 1200, 9000, c === 'US' ? '$' : c === 'UK' ? '£' : '€')} over ${r.pick([12, 24, 36])} months at ${r.pick(['0%', '9.9%', '14.9%'])} APR.`);
};

// ---------------------------------------------------------------------------------------------------
// Templates — optical, English-speaking countries
// ---------------------------------------------------------------------------------------------------
function rxBlock(r: Rng, d: Doc): void {
  d.t(`        SPH     CYL    AXIS   ADD    PRISM\nR   ${sph(r).padStart(6)}  ${cyl(r).padStart(6)}   ${axis(r)}   ${addP(r)}  ${r.pick(['-', '0.5 BI', '1.0 BU'])}\nL   ${sph(r).padStart(6)}  ${cyl(r).padStart(6)}   ${axis(r)}   ${addP(r)}  ${r.pick(['-', '0.5 BO', '-'])}\n`);
  d.t(`PD ${r.int(27, 34)}.${r.pick(['0', '5'])}/${r.int(27, 34)}.${r.pick(['0', '5'])}   VA R 6/${r.pick(['5', '6', '9'])} L 6/${r.pick(['6', '9', '12'])}   IOP ${r.int(11, 24)}/${r.int(11, 24)} mmHg (${r.pick(['Goldmann applanation tonometry', 'iCare', 'NCT'])})\n`);
}
const eyeTestReminder: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const pr = practiceOf(r, true);
  d.t(`Dear ${r.pick(HON_EN)}`).l('PERSON', r.chance(0.7) ? n.f : full(n)).t(`,\n\nIt has been ${r.pick(['two years', '12 months', 'a while'])} since your last eye examination at ${pr}. `);
  d.t(`Regular tests can pick up conditions such as glaucoma and ${r.pick(['Stargardt disease', 'diabetic retinopathy', "Fuchs' dystrophy", 'macular degeneration'])} early. `);
  d.t(`${r.pick(['Your contact lens specification expires on ', 'Your last test was on '])}${fd(r, c, soon(r))}.\n\nBook at ${ascii(pr)}.${TLD[c]}/book or phone `).l('PHONE', C.phone(r));
  d.t(`. ${r.pick(['This month: 2 pairs for the price of 1 on our Oliver Peoples range.', 'Free frame styling with our Warby Parker collection.', 'Ask about MiSight 1 day for myopia control.'])}`);
  d.t(`\n\nTo stop receiving reminders email `).l('EMAIL', roleMail(r, pr, c)).t('.');
};
const spectacleRx: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`SPECTACLE PRESCRIPTION — ${practiceOf(r, true)}\nPatient: `).l('PERSON', nameForm(r, n)).t('   DOB: ').l('DOB', fd(r, c, birth(r, 6, 90)));
  d.t(`\nExam date: ${fd(r, c, soon(r))}   Recall: ${r.pick([12, 24])} months\n\n`);
  rxBlock(r, d);
  d.t(`\nAdvice: ${r.pick(['Varifocals recommended', 'Single vision distance', 'Occupational lenses for VDU use', 'Not legal to drive without correction'])}. ${r.pick(TESTS)} normal.`);
  d.t('\nOptometrist: ').l('PERSON', full(nm(r, C.cultures))).t(` ${r.pick(['MCOptom', 'OD', 'BOptom'])}   ${r.pick(['GOC 01-', 'AHPRA OPT000', 'Lic. '])}${r.digits(5)}`);
};
const frameOrder: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`JOB TICKET ${orderNo(r)}   Lab: ${r.pick(LABS)}   Rush: ${r.pick(['N', 'Y'])}\nCustomer: `).l('PERSON', nameForm(r, n)).t('   Tel: ');
  if (r.chance(0.8)) d.l('PHONE', C.phone(r));
  else d.t(maskedPhone(r));
  d.t(`\nFrame: ${r.pick(FRAME_BRANDS)} ${r.int(48, 56)}□${r.int(16, 21)}-${r.pick([135, 140, 145])} col. ${r.pick(['2000 black', 'tortoise 902', 'C3 crystal', 'havana'])}   Supply: ${r.pick(['new', "patient's own", 'enclosed'])}\nLens: ${r.pick(LENS_PRODUCTS)} ${r.pick(['1.60', '1.67', '1.74', '1.5'])}\n`);
  rxBlock(r, d);
  d.t(`Heights R ${r.int(18, 26)} L ${r.int(18, 26)}   Pantoscopic ${r.int(6, 12)}°   Dispensed by `).l('PERSON', nm(r, C.cultures).g);
  d.t(`\nDeposit ${money(r, 50, 300, c === 'UK' ? '£' : '$')} paid ${maskedCard(r)}   Serial ${upl(r, 2)}${r.digits(8)}`);
};
const contactLensOrder: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  const me = full(n);
  const self = r.chance(0.6);
  if (self) d.self(me);
  d.t(`Hi, I'd like to reorder my lenses please.\nName: `).l('PERSON', me).t(`\nDOB: `).l('DOB', fd(r, c, birth(r, 16, 70)));
  d.t(`\nLenses: ${r.pick(CL_PRODUCTS)} — R ${sph(r)} BC 8.${r.int(4, 9)} DIA 14.${r.int(0, 5)}, L ${sph(r)} BC 8.${r.int(4, 9)} DIA 14.${r.int(0, 5)}, ${r.pick(['90 pack', '6 months', '3 x 30'])}`);
  d.t('\nDeliver to: ').l('ADDRESS', addrText(r, C.addr(r), r.chance(0.4)));
  d.t(`\nPay with `).l('CARD', card(r)).t(` (${expiry(r)})`);
  if (r.chance(0.5)) d.t(', not the ').t(badCard(r)).t(' one, that was a typo last time');
  d.t('.\nCall ').l('PHONE', C.phone(r)).t(` if any problem. Thanks!`);
};
const optomReferral: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'US', 'AU', 'CA', 'NZ', 'IE', 'SG']);
  const C = co(c);
  const p = nm(r, C.cultures);
  const oph = nm(r, C.cultures);
  d.t(`${r.pick(['URGENT', 'ROUTINE', 'SOON'])} REFERRAL — Optometrist to Ophthalmology\nTo: `);
  doctor(d, r, oph);
  d.t(`, ${r.pick(['Eye Casualty', 'Glaucoma Clinic', 'Medical Retina Service'])}, ${r.pick(['St Helens Hospital', 'Victoria Eye Infirmary', 'Royal Alexandra Hospital', 'Mount Carmel Eye Centre'])}\n\nPatient: `).l('PERSON', full(p)).t('\nDOB: ').l('DOB', fd(r, c, birth(r, 20, 92))).t(`\n${otherId(r, c)}\nAddress: `).l('ADDRESS', addrText(r, C.addr(r), false)).t('\nTel: ').l('PHONE', C.phone(r));
  d.t(`\n\nFindings: ${r.pick(['IOP raised', 'optic disc haemorrhage RE', 'drusen at macula LE, Amsler grid distortion', 'corneal guttata consistent with Fuchs\' dystrophy', 'anisocoria, ?Horner\'s syndrome', 'sudden onset flashes and floaters'])}.\n`);
  rxBlock(r, d);
  d.t(`Visual fields (Humphrey 24-2): ${r.pick(['superior arcuate defect', 'full', 'unreliable, repeat'])}. OCT RNFL ${r.int(62, 101)} µm.\n\nReferring optometrist: `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`, ${practiceOf(r, true)}. Direct line `).l('PHONE', C.phone(r)).t('.');
};
const opticianCsv: Tpl = (r, d) => {
  const c = r.pick(ALL_CC.filter((x) => x !== 'JP' && x !== 'KR'));
  const C = co(c);
  d.t('"Customer No","Name","Birthdate","R_SPH","R_CYL","R_AXIS","L_SPH","L_CYL","L_AXIS","ADD","Frame","Mobile","Email"\n');
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    const n = nm(r, C.cultures);
    d.t(`"${r.digits(6)}","`).l('PERSON', r.chance(0.5) ? `${n.f}, ${n.g}` : full(n)).t('","').l('DOB', fd(r, c, birth(r)));
    d.t(`","${sph(r)}","${cyl(r)}","${axis(r)}","${sph(r)}","${cyl(r)}","${axis(r)}","${addP(r)}","${r.pick(FRAME_BRANDS)}","`);
    if (r.chance(0.8)) d.l('PHONE', C.phone(r));
    d.t('","');
    if (r.chance(0.6)) d.l('EMAIL', mailOf(r, n, c));
    d.t('"\n');
  }
};
const visionClaim: Tpl = (r, d) => {
  const C = co('US');
  const sub = nm(r, C.cultures);
  const pt = r.chance(0.5) ? sub : { ...nm(r, C.cultures), f: sub.f };
  d.t(`VISION CLAIM — OUT-OF-NETWORK REIMBURSEMENT (${r.pick(['VSP', 'EyeMed', 'Davis Vision'])})\nMember (employee) name: `).l('PERSON', full(sub)).t('\nMember SSN or ID: ');
  if (r.chance(0.65)) d.l('NATIONAL_ID', ssn(r));
  else d.t(`${r.digits(4)}${upl(r, 2)}${r.digits(5)}`);
  d.t('\nMember date of birth: ').l('DOB', fd(r, 'US', birth(r, 20, 70))).t('\nMailing address: ').l('ADDRESS', addrText(r, C.addr(r), false));
  d.t('\nPatient name: ').l('PERSON', full(pt)).t('   Patient DOB: ').l('DOB', fd(r, 'US', birth(r, 2, 70)));
  d.t(`\nServices: exam ${money(r, 90, 220)}, frame (${r.pick(FRAME_BRANDS)}) ${money(r, 150, 480)}, lenses ${money(r, 90, 400)}\nProvider: ${practiceOf(r, true)}, NPI ${npi(r)}, Tax ID ${ein(r)}\nDaytime phone: `).l('PHONE', C.phone(r));
  d.t(`\nAttach itemized receipt. Do not send original Rx. Claim form rev. ${r.int(1, 12)}/${r.int(2019, 2024)}.`);
};
const drivingVisionNote: Tpl = (r, d) => {
  const C = co('UK');
  const n = nm(r, C.cultures);
  d.t(`VISION STANDARDS FOR DRIVING — optometrist report\nName: `).l('PERSON', full(n)).t('   Date of birth: ').l('DOB', fd(r, 'UK', birth(r, 17, 90)));
  d.t(`\nDriver number: ${n.f.toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5)}${r.digits(6)}${upl(r, 2)}9${upl(r, 2)}\n`);
  d.t(`Binocular VA with correction: 6/${r.pick(['6', '7.5', '9', '12'])}. Esterman binocular field: ${r.pick(['pass', 'fail — defect within central 20°', 'pass, 120° horizontal extent'])}.\n`);
  d.t(`Conditions: ${r.pick(['none', 'cataract RE', 'glaucoma', "Bell's palsy affecting lid closure"])}. Number plate test at 20 m: ${r.pick(['read', 'not read'])}.\nExamined by `).l('PERSON', full(nm(r, C.cultures))).t(` MCOptom on ${fd(r, 'UK', soon(r))}.`);
};
const schoolScreening: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'AU', 'NZ', 'US', 'IE', 'SG']);
  const C = co(c);
  const kid = nm(r, C.cultures);
  const par = { ...nm(r, C.cultures), f: kid.f };
  d.t(`${r.pick(['School Vision Screening', 'Reception Year Eye Check', 'Kids See Clear programme'])} — result letter\nChild: `).l('PERSON', full(kid)).t('   Date of birth: ').l('DOB', fd(r, c, birth(r, 4, 12)));
  d.t(`\nClass: ${r.pick(['Kestrel', 'Year 2 Oak', 'Room 14', 'Willow Group'])}\n\nDear parent/carer (`).l('PERSON', full(par));
  d.t(`),\n\nAt screening on ${fd(r, c, soon(r))} your child read ${r.pick(['0.200', '0.375', '0.100'])} logMAR on the right and ${r.pick(['0.300', '0.425', '0.150'])} on the left (Keeler crowded test). `);
  d.t(`Please book a full eye test with a local optometrist — it is free for under-16s. Questions: `).l('EMAIL', `${r.pick(['vision.screening', 'orthoptics'])}@${r.pick(['healthboard', 'schoolhealth', 'kidsclear'])}.${TLD[c]}`).t(' or ').l('PHONE', C.phone(r)).t('.');
};
const frameRepairTicket: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`REPAIR #${r.digits(5)}  In: ${fd(r, c, soon(r))}\nOwner: `).l('PERSON', nameForm(r, n)).t('  ☎ ').l('PHONE', C.phone(r));
  d.t(`\nItem: ${r.pick(FRAME_BRANDS)} — ${r.pick(['snapped bridge', 'hinge screw lost', 'nose pad arm bent', 'lens scratched, Crizal'])}\nSent to ${r.pick(['Safilo', 'Luxottica', 'Marcolin', 'Silhouette'])} warranty, RA ${r.digits(8)}, courier ${tracking(r)}\nNotes: dog (Biscuit) chewed the left temple. Customer collects, will pay on pickup.`);
};

// ---------------------------------------------------------------------------------------------------
// Templates — other languages
// ---------------------------------------------------------------------------------------------------
const deAnmeldung: Tpl = (r, d) => {
  const C = co('DE');
  const n = nm(r, C.cultures);
  const ho = r.chance(0.6) ? n : nm(r, C.cultures);
  d.t(`${r.pick(['Zahnarztpraxis am Markt', 'Zahnzentrum Lindenhof', 'Praxis für Kieferorthopädie Westend'])}\nAnamnese- und Anmeldebogen\n\nName, Vorname: `).l('PERSON', `${n.f}, ${n.g}`);
  d.t('\nGeburtsdatum: ').l('DOB', fd(r, 'DE', birth(r, 6, 88))).t('\nAnschrift: ').l('ADDRESS', addrText(r, C.addr(r), r.chance(0.5)));
  d.t('\nTelefon: ').l('PHONE', C.phone(r)).t('\nE-Mail: ').l('EMAIL', mailOf(r, n, 'DE'));
  d.t(`\nKrankenkasse: ${r.pick(['AOK Bayern', 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'privat (Debeka)'])}   ${otherId(r, 'DE')}\nHauptversicherte/r: `).l('PERSON', full(ho));
  d.t(`\nHausarzt: ${r.pick(['Dr. ', 'Dr. med. '])}`).l('PERSON', nm(r, C.cultures).f).t(`\nVorerkrankungen: ${r.pick(["Morbus Crohn", 'Diabetes Typ 2', 'keine', "Sjögren-Syndrom", 'Marcumar-Einnahme'])}`);
  d.t(`\n\nSEPA-Lastschriftmandat (Gläubiger-ID DE${r.digits(2)}ZZZ${r.digits(11)}, Mandatsreferenz ${upl(r, 3)}-${r.digits(6)})\nKontoinhaber/in: `).l('PERSON', full(ho)).t('\nIBAN: ').l('IBAN', iban(r, 'DE'));
  d.t(`   BIC: ${r.pick(['COBADEFFXXX', 'DEUTDEDBKOE', 'GENODEF1M04', 'BYLADEM1001'])}\n\nBehandlungsplan: ${r.pick(['BEMA 13b Füllung 36', 'GOZ 2210 Vollkrone 46', 'GOZ 9010 Implantat regio 24', 'PZR (GOZ 1040)'])}, HKP-Nr. ${r.digits(8)}`);
  d.t(`\n${r.pick(['Köln', 'München', 'Leipzig'])}, ${fd(r, 'DE', soon(r))}   Unterschrift: `).l('PERSON', full(n));
};
const deOptikAuftrag: Tpl = (r, d) => {
  const c: CC = r.pick(['DE', 'DE', 'CH']);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Optik Scharfblick', 'Augenoptik Weitsicht', 'Brillen Kontor'])} — Auftrag ${orderNo(r)}\nKunde: ${r.pick(['Frau ', 'Herr ', ''])}`).l('PERSON', full(n)).t(`  (Kunde seit ${r.int(2005, 2023)})\nGeb.: `).l('DOB', fd(r, c, birth(r, 10, 85)));
  d.t(`\nR: sph ${sph(r).replace('.', ',')} cyl ${cyl(r).replace('.', ',')} A ${r.int(1, 180)}°  L: sph ${sph(r).replace('.', ',')} cyl ${cyl(r).replace('.', ',')} A ${r.int(1, 180)}°  Add ${addP(r).replace('.', ',')}`);
  d.t(`\nFassung: ${r.pick(['Fielmann ModelleMilano 4432', 'Lindberg Air Titanium', 'Hugo Boss 1487', 'ic! berlin Mariana'])}   Gläser: ${r.pick(['ZEISS SmartLife Individual 1.6', 'Rodenstock Impression FreeSign', 'Hoya Hilux 1.67'])}`);
  d.t(`\nRefraktion durch `).l('PERSON', full(nm(r, C.cultures))).t(` (Augenoptikermeisterin), Amsler-Test unauffällig.\nRückruf: `).l('PHONE', C.phone(r));
  if (r.chance(0.5)) d.t('\nAnzahlung per EC-Karte ').t(maskedCard(r)).t(`, Restbetrag ${r.int(120, 890)},00 € bei Abholung.`);
  else d.t('\nErstattung Zuzahlung auf: ').l('IBAN', iban(r, c)).t(` (Kontoinh. `).l('PERSON', full(n)).t(')');
};
const frFiche: Tpl = (r, d) => {
  const C = co('FR');
  const n = nm(r, C.cultures);
  d.t(`Cabinet dentaire ${r.pick(['des Halles', 'du Parc', 'Saint-Exupéry'])} — Fiche de renseignements\nNom : `).l('PERSON', n.f.toUpperCase()).t('   Prénom : ').l('PERSON', n.g);
  d.t(`\nNé(e) le : `).l('DOB', fd(r, 'FR', birth(r, 5, 90))).t(` à ${r.pick(['Lyon', 'Nantes', 'Alger', 'Porto', 'Dakar'])}\nAdresse : `).l('ADDRESS', addrText(r, C.addr(r), r.chance(0.5)));
  d.t('\nPortable : ').l('PHONE', C.phone(r)).t('   Courriel : ').l('EMAIL', mailOf(r, n, 'FR'));
  d.t(`\n${otherId(r, 'FR')}   Mutuelle : ${r.pick(['MGEN', 'Harmonie Mutuelle', 'Malakoff Humanis', 'AG2R La Mondiale'])}\nMédecin traitant : Dr `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`\nAntécédents : ${r.pick(['maladie de Crohn', 'syndrome de Gougerot-Sjögren', 'aucun', 'sous anticoagulants', 'maladie de Basedow'])}\nActes prévus : ${r.pick(['HBLD036 couronne céramo-métallique sur 36', 'HBMD058 composite 2 faces sur 46', 'détartrage HBJD001', 'HBLD634 couronne zircone sur 16'])}`);
  d.t(`\nFait à ${r.pick(['Lyon', 'Paris', 'Rennes'])}, le ${fd(r, 'FR', soon(r))}`);
};
const frDevisOptique: Tpl = (r, d) => {
  const C = co('FR');
  const n = nm(r, C.cultures);
  const me = `${n.g} ${n.f}`;
  const self = r.chance(0.5);
  if (self) {
    d.self(me);
    d.t(`Bonjour,\n\nJe suis `).l('PERSON', me).t(`, cliente chez vous depuis ${r.int(2010, 2022)}. Pouvez-vous m'envoyer le devis pour les verres progressifs ? Je suis née le `).l('DOB', fd(r, 'FR', birth(r, 40, 80)));
    d.t(`. Mon numéro : `).l('PHONE', C.phone(r)).t(`.\nPour le remboursement du trop-perçu, voici mon IBAN : `).l('IBAN', iban(r, 'FR')).t(`\n\nMerci,\n`).l('PERSON', me);
    return;
  }
  d.t(`DEVIS NORMALISÉ n° ${r.digits(7)} — ${r.pick(['Optique du Parc', 'Krys', 'Alain Afflelou', 'Optic 2000'])}\nClient : ${r.pick(['Mme ', 'M. '])}`).l('PERSON', `${n.f.toUpperCase()} ${n.g}`);
  d.t(`\nOrdonnance du Dr `).l('PERSON', nm(r, C.cultures).f).t(` du ${fd(r, 'FR', soon(r))}\nMonture : ${r.pick(['Alain Afflelou Tchin-Tchin', 'Ray-Ban RB5228', 'Jimmy Fairly The Rocco'])}  ${money(r, 90, 290, '')} €\nVerres : ${r.pick(LENS_PRODUCTS)} — OD ${sph(r).replace('.', ',')} (${cyl(r).replace('.', ',')}) ${r.int(1, 180)}°  OG ${sph(r).replace('.', ',')}`);
  d.t(`\nClasse A (100 % Santé) : ${r.pick(['oui', 'non'])}   Part Sécurité sociale : 0,09 €   Part mutuelle : ${r.int(100, 400)} €\nTél. client : `).l('PHONE', C.phone(r));
};
const esPresupuesto: Tpl = (r, d) => {
  const C = co('ES');
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Clínica Dental Sonrisa', 'Centro Odontológico del Ensanche', 'Vitaldent'])} — Presupuesto nº ${r.int(2024, 2026)}/${r.digits(4)}\nPaciente: ${r.pick(['D. ', 'Dña. ', ''])}`).l('PERSON', full(n));
  d.t(`   ${otherId(r, 'ES')}\nFecha de nacimiento: `).l('DOB', fd(r, 'ES', birth(r, 6, 85))).t('\nDomicilio: ').l('ADDRESS', addrText(r, C.addr(r), r.chance(0.5)));
  d.t('\nTeléfono: ').l('PHONE', C.phone(r)).t(`\n\nPieza ${toothFDI(r)} — endodoncia ${r.int(180, 320)} €\nPieza ${toothFDI(r)} — corona de zirconio ${r.int(350, 600)} €\nLimpieza + revisión ${r.int(40, 70)} €`);
  d.t(`\nFinanciación a ${r.pick([6, 12, 24])} meses sin intereses. Odontólogo/a: Dra. `).l('PERSON', full(nm(r, C.cultures))).t(` (Col. nº ${r.digits(5)})`);
  d.t('\nDomiciliación bancaria — IBAN: ').l('IBAN', iban(r, 'ES'));
  if (r.chance(0.3)) d.t(`\n(El IBAN ${badIban(r, 'ES')} que nos facilitó anteriormente no es válido.)`);
};
const itPreventivo: Tpl = (r, d) => {
  const C = co('IT');
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Studio Dentistico Sorriso', 'Centro Odontoiatrico Lungarno', 'Ottica Lungomare'])} — Preventivo n. ${r.digits(4)}\nGentile ${r.pick(['Sig. ', 'Sig.ra ', ''])}`).l('PERSON', full(n));
  d.t(`\nnato/a il `).l('DOB', fd(r, 'IT', birth(r, 8, 85))).t(` — ${otherId(r, 'IT')}\nresidente in `).l('ADDRESS', addrText(r, C.addr(r), false)).t('\ncell. ').l('PHONE', C.phone(r));
  d.t(`\n\nElemento ${toothFDI(r)}: devitalizzazione ${r.int(250, 400)} €; elemento ${toothFDI(r)}: corona in disilicato di litio ${r.int(600, 900)} €; igiene professionale ${r.int(60, 100)} €.`);
  d.t(`\nIl pagamento può avvenire con bonifico sul conto intestato allo studio, IBAN `).l('IBAN', iban(r, 'IT'));
  d.t(`, causale "preventivo ${r.digits(4)}".\nIl direttore sanitario, Dott. `).l('PERSON', full(nm(r, C.cultures))).t(`\nPEC: `).l('EMAIL', `studio.${ascii(n.f).slice(0, 6)}${r.int(1, 9)}@pec.it`);
};
const nlHerinnering: Tpl = (r, d) => {
  const C = co('NL');
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Tandartspraktijk De Kies', 'Mondzorg Centrum Zuid', 'Opticien Helder Zicht'])}\n\n${r.pick(['Geachte heer ', 'Geachte mevrouw ', 'Beste '])}`).l('PERSON', r.chance(0.5) ? n.f : full(n));
  d.t(`,\n\nU staat gepland voor uw halfjaarlijkse controle op ${fd(r, 'NL', soon(r))} om ${clock(r)} bij tandarts `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`. Uw gegevens: geboortedatum `).l('DOB', fd(r, 'NL', birth(r, 4, 85))).t(`, ${otherId(r, 'NL')}, adres `).l('ADDRESS', addrText(r, C.addr(r), false)).t('.');
  d.t(`\nDe factuur wordt via automatische incasso afgeschreven van `).l('IBAN', iban(r, 'NL')).t(`. Verhinderd? Bel `).l('PHONE', C.phone(r)).t(` of mail `).l('EMAIL', roleMail(r, 'tandartsdekies', 'NL')).t('.');
};
const seKallelse: Tpl = (r, d) => {
  const C = co('SE');
  const n = nm(r, C.cultures);
  d.t(`Kallelse till ${r.pick(['Folktandvården', 'Tandläkarna på Söder', 'Synsam'])}\n\n`).l('PERSON', full(n)).t(`\n${otherId(r, 'SE')}\n`).l('ADDRESS', addrText(r, C.addr(r), true));
  d.t(`\n\nHej `).l('PERSON', n.g).t(`! Det är dags för din ${r.pick(['undersökning', 'tandhygienistbehandling', 'synundersökning'])} ${fd(r, 'SE', soon(r))} kl. ${clock(r)} hos `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`. Avboka senast 24 timmar innan på `).l('PHONE', C.phone(r)).t(`, annars debiteras ${r.int(300, 700)} kr. Betala gärna via bankgiro ${r.digits(3)}-${r.digits(4)} eller IBAN `).l('IBAN', iban(r, 'SE')).t('.');
};
const plRejestracja: Tpl = (r, d) => {
  const C = co('PL');
  const n = nm(r, C.cultures);
  d.t(`Gabinet Stomatologiczny ${r.pick(['Uśmiech', 'Dentica', 'Perła'])} — karta rejestracyjna\nImię i nazwisko: `).l('PERSON', full(n));
  d.t('\nData urodzenia: ').l('DOB', fd(r, 'PL', birth(r, 6, 85))).t(`   ${otherId(r, 'PL')}\nAdres: `).l('ADDRESS', addrText(r, C.addr(r), r.chance(0.4)));
  d.t('\nTelefon: ').l('PHONE', C.phone(r)).t('\nE-mail: ').l('EMAIL', mailOf(r, n, 'PL'));
  d.t(`\nZęby do leczenia: ${toothFDI(r)}, ${toothFDI(r)} (próchnica, Black kl. II)\nPłatność przelewem na rachunek: `).l('IBAN', iban(r, 'PL')).t(`\nLekarz prowadzący: lek. dent. `).l('PERSON', full(nm(r, C.cultures)));
};
const brFicha: Tpl = (r, d) => {
  const C = co('BR');
  const n = nm(r, C.cultures);
  d.t(`${r.pick(['Clínica Odontológica Sorriso Feliz', 'OdontoPrime', 'Ótica Visão Clara'])} — Ficha de anamnese\nNome completo: `).l('PERSON', full(n));
  d.t('\nData de nascimento: ').l('DOB', fd(r, 'BR', birth(r, 6, 85))).t(`   ${otherId(r, 'BR')}\nEndereço: `).l('ADDRESS', addrText(r, C.addr(r), r.chance(0.5)));
  d.t('\nCelular/WhatsApp: ').l('PHONE', C.phone(r)).t(`\nConvênio: ${r.pick(['Amil Dental', 'OdontoPrev', 'SulAmérica Odonto', 'particular'])}   Carteirinha ${r.digits(12)}`);
  d.t('\nChave PIX para reembolso: ').l('EMAIL', mailOf(r, n, 'BR'));
  d.t(`\nResponsável (menores): `);
  if (r.chance(0.4)) d.l('PERSON', full(nm(r, C.cultures)));
  else d.t('—');
  d.t(`\nDentista: Dra. `).l('PERSON', nm(r, C.cultures).g).t(` — CRO-SP ${r.digits(5)}`);
};
const mxCita: Tpl = (r, d) => {
  const C = co('MX');
  const n = nm(r, C.cultures);
  d.t(`WhatsApp · ${r.pick(['Consultorio Dental Sonríe', 'Óptica Ver Bien'])}\nHola ${r.pick(['Sra. ', 'Sr. ', ''])}`).l('PERSON', r.chance(0.5) ? n.g : full(n));
  d.t(`, le recordamos su cita el ${fd(r, 'MX', soon(r))} a las ${clock(r)} con la Dra. `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`. Para confirmar responda SÍ. Nuestra dirección: `).l('ADDRESS', addrText(r, C.addr(r), false));
  d.t(` (frente al Parque Hidalgo). ${otherId(r, 'MX')} registrado. Si necesita factura envíe su RFC a `).l('EMAIL', roleMail(r, 'consultoriosonrie', 'MX')).t('.');
};
const jpYoyaku: Tpl = (r, d) => {
  const C = co('JP');
  const fam = r.pick(JA_NATIVE[0]);
  const giv = r.pick(JA_NATIVE[1]);
  const nameJ = r.chance(0.6) ? `${fam} ${giv}` : `${fam}${giv}`;
  d.t(`【${r.pick(['さくら歯科クリニック', 'みなと眼鏡店', 'あおば歯科医院'])}】ご予約確認\n\n`).l('PERSON', nameJ).t(r.pick([' 様', '様']));
  d.t(`\n\n${fd(r, 'JP', soon(r))} ${clock(r)}〜 ${r.pick(['定期検診', 'クリーニング', '視力検査', 'コンタクトレンズ定期検査'])}のご予約を承りました。\n担当：`).l('PERSON', r.pick(JA_NATIVE[0])).t(r.pick(['先生', '（歯科衛生士）']));
  d.t(`\n\n生年月日：`).l('DOB', fd(r, 'JP', birth(r, 5, 85))).t(`\nご住所：`).l('ADDRESS', addrText(r, C.addr(r), false)).t('\n電話：').l('PHONE', C.phone(r));
  d.t(`\n${otherId(r, 'JP')}\n変更の際は前日までにご連絡ください。`);
};
const krYeyak: Tpl = (r, d) => {
  const C = co('KR');
  const nameK = nativeName(r, KO_NATIVE);
  d.t(`[${r.pick(['서울밝은치과', '미소치과의원', '맑은눈안경원'])}] `).l('PERSON', nameK).t(r.pick(['님', ' 님', '씨']));
  d.t(`, ${fd(r, 'KR', soon(r))} ${clock(r)} ${r.pick(['스케일링', '임플란트 상담', '시력 검사', '교정 정기 검진'])} 예약되었습니다.\n생년월일: `).l('DOB', fd(r, 'KR', birth(r, 5, 85)));
  d.t(`\n주소: `).l('ADDRESS', addrText(r, C.addr(r), false)).t(`\n문의: `).l('PHONE', C.phone(r)).t(`\n담당의: `).l('PERSON', nativeName(r, KO_NATIVE)).t(` 원장\n${otherId(r, 'KR')}`);
};
const inWhatsapp: Tpl = (r, d) => {
  const C = co('IN');
  const n = nm(r, C.cultures);
  d.t(`Hello `).l('PERSON', n.g).t(r.pick([' ji', '', ' madam', ' sir'])).t(`, greetings from ${r.pick(['Smile Studio 32', 'Dr. Dentz Clinic', 'Lenskart Vision Point'])}! Your ${r.pick(['RCT follow-up', 'aligner review', 'eye check-up'])} is on ${fd(r, 'IN', soon(r))} at ${clock(r)} with Dr. `).l('PERSON', full(nm(r, C.cultures)));
  d.t(`.\nClinic: `).l('ADDRESS', addrText(r, C.addr(r), false)).t(`\nFor queries call `).l('PHONE', C.phone(r)).t(`. UPI: ${r.pick(['smilestudio32', 'dentzclinic'])}@okhdfcbank. ${otherId(r, 'IN')} not required.`);
};
const chRefund: Tpl = (r, d) => {
  const cc = r.pick(['CH', 'AT', 'LU', 'BE', 'FI', 'DK', 'NO', 'PT', 'GR', 'CZ', 'HU', 'SK', 'SI', 'HR', 'LT', 'EE', 'LV', 'MT', 'CY', 'IS', 'LI', 'MC']);
  const c: CC = r.pick(['DE', 'FR', 'IT', 'NL', 'UK']);
  const C = co(c);
  const n = nm(r, ['de', 'fr', 'it', 'pt', 'gr', 'hu', 'se', 'nl', 'pl', 'en']);
  d.t(`Subject: Refund for cancelled ${r.pick(['Invisalign case', 'varifocal order', 'implant consultation'])} — ${orderNo(r)}\n\nDear `).l('PERSON', full(n));
  d.t(`,\n\nWe have refunded ${money(r, 80, 2400, '€')} for the ${r.pick(['lens order', 'treatment deposit'])} paid with ${maskedCard(r)}. As the card has expired, the amount will be sent by SEPA transfer to the account you gave us:\n`);
  d.t('Account holder: ').l('PERSON', full(n)).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${upl(r, 4, 'ABCDEFGHIJKLMNOPRSTUVWXYZ')}${cc}${upl(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}\n`);
  d.t(`Please allow 3–5 banking days. Our bank reference is ${upl(r, 4)}${r.digits(10)}.`);
  sig(d, r, nm(r, C.cultures), practiceOf(r, r.chance(0.5)), c);
};

// ---------------------------------------------------------------------------------------------------
// Templates — misc labelled
// ---------------------------------------------------------------------------------------------------
const labInvoice: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'UK', 'AU', 'CA']);
  const C = co(c);
  const lab = r.pick(LABS);
  d.t(`${lab}\n`).l('ADDRESS', addrText(r, C.addr(r), true)).t(`\nINVOICE ${r.digits(6)}   Date ${fd(r, c, soon(r))}   Terms: Net 30\nBill to: `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`, ${practiceOf(r, false)}\n\n`);
  for (let i = 0, k = r.int(2, 5); i < k; i++) {
    const p = nm(r, C.cultures);
    d.t(`${caseNo(r)}  pt `).l('PERSON', `${p.g.charAt(0)}. ${p.f}`).t(`  ${r.pick(['Zirconia crown', 'e.max veneer', 'Night guard (hard)', 'Essix retainer', 'Implant abutment'])} ${c === 'US' ? toothUS(r) : toothFDI(r)}  ${money(r, 45, 420, c === 'UK' ? '£' : '$')}\n`);
  }
  d.t(`\nRemit by ACH: routing ${routing(r)}, acct ${r.digits(10)}. ${c === 'US' ? `EIN ${ein(r)}` : `ABN ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`}. Questions: `).l('EMAIL', `accounts@${ascii(lab)}.${TLD[c]}`);
};
const securityAlert: Tpl = (r, d) => {
  const c = r.pick(ALL_CC.filter((x) => x !== 'JP' && x !== 'KR'));
  const n = nm(r, co(c).cultures);
  d.t(`${r.pick(['MyDentalPortal', 'EyeCare Connect', 'PatientHub'])}: new sign-in to your account\n\nHi `).l('PERSON', n.g).t(`,\n\nWe noticed a sign-in to `).l('EMAIL', mailOf(r, n, c)).t(` on ${ts(r)}.\nDevice: ${r.pick(['iPhone 15, iOS 17.5.1', 'Windows 11, Edge 125.0.2535.51', 'Pixel 8, Android 14'])}\nIP address: `).l('IP', ip(r));
  d.t(`\nApprox. location: ${r.pick(['Houston, TX', 'Leeds, UK', 'Lyon, France', 'Auckland, NZ', 'Darwin, AU'])} (based on IP)\n\nIf this wasn't you, reset your password. Previous sign-in from `).l('IP', ip(r)).t(`. App version ${version(r)}.`);
};
const deliveryNote: Tpl = (r, d) => {
  const c = r.pick(ENGLISH_CC);
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`DELIVERY NOTE — ${r.pick(['LensDirect', 'Vision Direct', 'Clearview Opticians home delivery'])}\nShip to:\n`).l('PERSON', full(n).toUpperCase()).t('\n').l('ADDRESS', addrText(r, C.addr(r), true));
  d.t(`\nTel: `).l('PHONE', C.phone(r)).t(`\n\nOrder ${orderNo(r)}  Tracking ${tracking(r)}\n${r.int(1, 4)} x ${r.pick(CL_PRODUCTS)} BC 8.${r.int(4, 9)} PWR ${sph(r)}  ${lot(r)}  EXP ${r.int(2026, 2029)}-${p2(r.int(1, 12))}\n`);
  d.t(`Leave with neighbour at no. ${r.int(1, 99)} if out. Gift note: "Happy birthday ${r.pick(['Mum', 'Dad', 'sis'])}!" (birthday ${fd(r, c, soon(r))})`);
};
const priorAuth: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  d.t(`PREDETERMINATION REQUEST  Ref ${claimNo(r)}\nPatient: `).l('PERSON', nameForm(r, n)).t('   DOB ').l('DOB', fd(r, 'US', birth(r, 14, 80))).t(`   Member ID ${upl(r, 3)}${r.digits(9)}\n`);
  d.t(`Requested: D6010 implant #${r.int(2, 31)}, D6057 custom abutment, D6058 abutment-supported crown. Narrative: tooth extracted ${fd(r, 'US', soon(r))} due to vertical root fracture; Miller grade 2 mobility of adjacent teeth; no history of ${r.pick(EPONYMS)}.\n`);
  d.t(`Treating dentist: `).l('PERSON', full(nm(r, C.cultures))).t(`, DDS, NPI ${npi(r)}, fax `).l('PHONE', C.phone(r)).t(`\nSubscriber SSN: ${maskedSsn(r)} (full SSN withheld per HIPAA)`);
};
const selfChatInsurance: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  const me = full(n);
  d.self(me);
  d.t(`Chat with ${r.pick(['Bright Harbour Dental', 'Lumen Eye Care'])} — ${ts(r)}\nYou: hi, I'm `).l('PERSON', me).t(r.pick([`. my insurance card says the subscriber ssn is `, `, they need my SSN for the claim, it's `])).l('NATIONAL_ID', ssn(r));
  d.t(`\nYou: born `).l('DOB', fd(r, 'US', birth(r, 20, 70))).t(` if you need that too\nBot: Thanks! Please don't share full card numbers here.\nYou: ok, for the copay use `).l('CARD', card(r));
  d.t(`\nBot: A coordinator (`).l('PERSON', nm(r, C.cultures).g).t(`) will confirm by e-mail to `).l('EMAIL', mailOf(r, n, 'US')).t(` within 1 business day. Ticket ${upl(r, 2)}-${r.digits(6)}.`);
};
const wrappedFax: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'UK', 'AU']);
  const C = co(c);
  const n = nm(r, C.cultures);
  const ph = C.phone(r).replace(/\D+$/, '');
  const sp = ph.lastIndexOf(' ') > 0 ? ph.lastIndexOf(' ') : Math.floor(ph.length / 2);
  d.t(`FAX COVER (OCR) — page 1/${r.int(2, 6)}\nTo: `);
  doctor(d, r, nm(r, C.cultures));
  d.t(`\nRe: `).l('PERSON', full(n)).t(`  DOB `).l('DOB', fd(r, c, birth(r, 10, 85)));
  d.t(`\nPlease find enclosed periapical radiographs (${r.pick(['UL6', '#14', '26'])}) and the perio chart. Call back on ${ph.slice(0, sp)}\n${ph.slice(sp).trim()} (line was cut off on the last fax) or `).l('PHONE', C.phone(r)).t('.');
  d.t(`\nCONFIDENTIALITY NOTICE: intended only for the named recipient.`);
};

const motoLog: Tpl = (r, d) => {
  const c: CC = r.pick(['US', 'UK', 'CA', 'AU', 'IE']);
  const C = co(c);
  d.t(`MOTO card payments taken by phone — ${practiceOf(r, r.chance(0.4))} — batch ${r.digits(4)} (terminal ${upl(r, 2)}${r.digits(6)})\nname|card|exp|amount|auth|note\n`);
  for (let i = 0, k = r.int(2, 5); i < k; i++) {
    const n = nm(r, C.cultures);
    d.l('PERSON', r.chance(0.5) ? full(n).toUpperCase() : full(n)).t('|');
    const x = r.next();
    if (x < 0.7) d.l('CARD', card(r));
    else if (x < 0.85) d.t(maskedCard(r));
    else d.t(badCard(r));
    d.t(`|${expiry(r)}|${money(r, 20, 900, c === 'UK' ? '£' : '$')}|${x < 0.85 ? upl(r, 1) + r.digits(5) : 'DECLINED (Luhn)'}|${r.pick(['balance', 'deposit', 'Invisalign instalment', 'CL annual plan', 'frames'])}\n`);
  }
  d.t(`Shred this sheet after keying — PCI DSS v4.0.`);
};
const bookingWebhookJson: Tpl = (r, d) => {
  const c = r.pick(ALL_CC.filter((x) => x !== 'JP' && x !== 'KR'));
  const C = co(c);
  const n = nm(r, C.cultures);
  d.t(`POST /webhooks/booking ${r.pick(['200', '202', '500'])}\n{\n  "event": "appointment.created",\n  "id": "${hx(r, 8)}-${hx(r, 4)}-${hx(r, 4)}-${hx(r, 12)}",\n  "patient": {\n    "first_name": "`);
  d.l('PERSON', n.g).t('",\n    "last_name": "').l('PERSON', n.f).t('",\n    "dob": "').l('DOB', isoD(birth(r, 3, 88))).t('",\n    "email": "').l('EMAIL', mailOf(r, n, c));
  d.t('",\n    "mobile": "').l('PHONE', C.phone(r)).t(`"\n  },\n  "service": "${r.pick(['hygiene_30', 'np_exam', 'eye_exam_full', 'cl_fit'])}",\n  "starts_at": "${ts(r)}",\n  "client_ip": "`).l('IP', ip(r));
  d.t(`",\n  "forwarded_for": "`).l('IP', ip(r)).t(`",\n  "app_version": "${version(r)}"\n}`);
};
const staffOnboardingUS: Tpl = (r, d) => {
  const C = co('US');
  const n = nm(r, C.cultures);
  d.t(`NEW HIRE FORM — ${r.pick(['Dental Assistant', 'Hygienist (RDH)', 'Optical Technician', 'Front Office'])}\nLegal name: `).l('PERSON', full(n)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', fd(r, 'US', birth(r, 18, 64)));
  d.t('\nHome address: ').l('ADDRESS', addrText(r, C.addr(r), r.chance(0.4))).t('\nPersonal cell: ').l('PHONE', C.phone(r)).t('\nPersonal email: ').l('EMAIL', mailOf(r, n, 'US'));
  d.t(`\nDirect deposit: routing ${routing(r)}, checking ****${r.digits(4)}\nLicense: RDH ${r.digits(6)} (exp ${fd(r, 'US', soon(r))})   CPR cert: ${fd(r, 'US', soon(r))}\nEmergency contact: `).l('PERSON', full(nm(r, C.cultures))).t(', ').l('PHONE', C.phone(r));
  d.t(`\nEmployer EIN ${ein(r)} · W-4 on file · Hep B series complete`);
};
const sepaBatchCsv: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'IE', 'PT', 'FI', 'LU']);
  const cul: Record<string, string[]> = { DE: ['de', 'tr'], NL: ['nl'], FR: ['fr'], ES: ['es'], IT: ['it'], BE: ['nl', 'fr'], AT: ['de'], IE: ['ie'], PT: ['pt'], FI: ['se', 'ru'], LU: ['fr', 'de', 'pt'] };
  d.t(`sepa_dd_${isoD(soon(r))}.csv — creditor ${cc}${r.digits(2)}ZZZ${r.digits(8)}\nmandate_id;debtor_name;debtor_iban;amount_eur;remittance\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    const n = nm(r, cul[cc] ?? ['de']);
    d.t(`MND-${r.digits(6)};`).l('PERSON', full(n)).t(';');
    if (r.chance(0.85)) d.l('IBAN', r.chance(0.5) ? ibanCompact(r, cc) : iban(r, cc));
    else d.t(`${badIban(r, cc)} (REJECTED: checksum)`);
    d.t(`;${r.int(15, 400)},${r.pick(['00', '50'])};${r.pick(['Zahnreinigung', 'Invisalign Rate', 'lenzenabonnement', 'orthodontie mensualité', 'contact lens plan'])} ${r.digits(5)}\n`);
  }
};

// ---------------------------------------------------------------------------------------------------
// Hard negatives (no PII; traps only)
// ---------------------------------------------------------------------------------------------------
const negSupplier: Tpl = (r, d) => {
  d.t(`${r.pick(['Henry Schein', 'Dentsply Sirona', 'Patterson Dental', 'Bausch + Lomb Professional'])} — ${r.pick(['Spring', 'Autumn', 'Q3'])} offers\n\n`);
  d.t(`• ${r.pick(DENTAL_BRANDS)} — buy 3 get 1 free, code ${upl(r, 6)}\n• ${r.pick(DENTAL_BRANDS)} starter kit ${money(r, 90, 900, '£')} (was ${money(r, 120, 1100, '£')})\n• ${r.pick(CL_PRODUCTS)} trial packs, order ${orderNo(r)}\n`);
  d.t(`Join us for the Nobel Biocare Global Symposium and the Straumann Day in ${r.pick(['Houston', 'Florence', 'Adelaide', 'Victoria'])} on ${fd(r, 'UK', soon(r))}. `);
  d.t(`Test card for the demo web-shop: ${badCard(r)} (not valid). Invoices quote our old account ${badIban(r, 'GB')} — please update.`);
};
const negSterilisation: Tpl = (r, d) => {
  d.t(`AUTOCLAVE LOG — ${r.pick(['Melag Vacuklav 43 B+', 'W&H Lisa 522', 'SciCan Statim 5000'])} (firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 20)}.${r.int(1, 250)})\n`);
  for (let i = 0, k = r.int(4, 8); i < k; i++) {
    d.t(`${ts(r)}  cycle ${r.int(1000, 9999)}  ${r.pick(['B-class 134°C', 'prion 134°C 18min', 'Helix test', 'Bowie-Dick'])}  ${r.pick(['PASS', 'PASS', 'PASS', 'FAIL — rerun'])}  ${lot(r)}  op ${upl(r, 2)}\n`);
  }
  d.t(`Spore test (${lot(r)}) sent ${fd(r, 'UK', soon(r))}, result due in 7 days. Water quality: ${r.int(5, 90)} CFU/ml.`);
};
const negRelease: Tpl = (r, d) => {
  const sw = r.pick(PM_SOFTWARE);
  d.t(`${sw} release notes — ${version(r)}\n\n- Fixed: perio chart lost Miller grade on teeth 17–47 after sync.\n- New: CDT 2025 codes (D0396, D1301) and UK Band 2 fee update.\n`);
  d.t(`- Lens calculator now supports ${r.pick(LENS_PRODUCTS)} and ${r.pick(LENS_PRODUCTS)}.\n- Build ${version(r)} (commit ${hx(r, 40)}) fixes the Alzheimer's/${r.pick(EPONYMS)} medical alert flag.\n`);
  d.t(`- Known issue: imaging bridge to ${r.pick(['Carestream', 'Planmeca Romexis', 'Sidexis 4'])} ${version(r)} times out on ports ${r.int(1024, 9000)}–${r.int(9001, 9999)}.\nChecksum (sha256): ${hx(r, 64)}`);
};
const negPriceList: Tpl = (r, d) => {
  const c: CC = r.pick(['UK', 'US', 'AU', 'IE']);
  const cur = c === 'US' || c === 'AU' ? '$' : c === 'UK' ? '£' : '€';
  d.t(`${practiceOf(r, r.chance(0.3))} — private fee guide (effective ${fd(r, c, soon(r))})\n`);
  for (let i = 0, k = r.int(5, 9); i < k; i++) {
    const [code, desc, fee] = r.pick(CDT);
    d.t(`${code}  ${desc}  ${cur}${fee}\n`);
  }
  d.t(`Eye examination ${cur}${r.int(25, 95)} · ${r.pick(FRAME_BRANDS)} from ${cur}${r.int(150, 400)} · ${r.pick(LENS_PRODUCTS)} add ${cur}${r.int(80, 300)}\nPrices include the Martyn's Law compliance levy? No — that was a joke at the Christmas party.`);
};
const negInventory: Tpl = (r, d) => {
  d.t('sku,description,gtin,lot,expiry,qty,supplier_ref\n');
  for (let i = 0, k = r.int(5, 9); i < k; i++) {
    d.t(`${upl(r, 3)}-${r.digits(4)},"${r.pick([...DENTAL_BRANDS, ...CL_PRODUCTS])}",0${r.digits(13)},${lot(r).split(' ')[1]},${r.int(2025, 2029)}-${p2(r.int(1, 12))},${r.int(0, 240)},${orderNo(r)}\n`);
  }
  d.t(`# supplier bank (from invoice, checksum fails — query with accounts): ${badIban(r, r.pick(['DE', 'NL', 'FR', 'IT']))}`);
};
const negClinical: Tpl = (r, d) => {
  d.t(`Clinical update: ${r.pick(EPONYMS)} and the dental/optical patient\n\n`);
  d.t(`Patients with ${r.pick(EPONYMS)} often present with dry mouth and dry eye; a ${r.pick(TESTS)} and a Schirmer test help. Restorative choices follow ${r.pick(DENTAL_EPONYMS)} principles; consider a ${r.pick(DENTAL_EPONYMS)}. `);
  d.t(`In orthodontics, ${r.pick(DENTAL_EPONYMS)} cases respond well to a ${r.pick(['Herbst appliance', 'Twin Block', 'Hawley retainer'])}. The ${r.pick(['Nobel Prize', 'Lasker Award', 'Hunterian Medal'])}-winning work on ${r.pick(['collagen cross-linking', 'myopia control', 'fluoride'])} is summarised in Table ${r.int(1, 6)}.`);
};
const negMeeting: Tpl = (r, d) => {
  d.t(`Practice meeting — ${fd(r, 'UK', soon(r))}, ${r.pick(['Churchill Room', 'Nightingale Suite', 'Room 4'])}\nAttendees: Team Molar, Team Canine, the Lens Squad, Kestrel Ward liaison\n`);
  d.t(`1. CQC inspection prep — policy folders by ${r.pick(['Friday', 'the 14th'])}.\n2. New ${r.pick(DENTAL_BRANDS)} scanner go-live; training code ${upl(r, 4)}-${r.digits(4)}.\n3. ${r.pick(FRAME_BRANDS)} display moving to the Victoria Road window.\n`);
  d.t(`4. Complaints log: ${r.int(0, 5)} open (case ${claimNo(r)}, ${claimNo(r)}).\n5. Charity bake sale for ${r.pick(['Alzheimer\'s Society', 'Macular Society', 'Guide Dogs'])} raised £${r.int(80, 900)}. Next meeting same time.`);
};
const negClaimsSummary: Tpl = (r, d) => {
  d.t(`Monthly claims summary — ${r.pick(['Delta Dental', 'VSP', 'EyeMed', 'Cigna'])} ${r.int(2024, 2026)}-${p2(r.int(1, 12))}\nBilling TIN ${ein(r)} · NPI ${npi(r)} · payer ID ${r.digits(5)}\n`);
  for (let i = 0, k = r.int(4, 7); i < k; i++) d.t(`${claimNo(r)}  ${r.pick(CDT)[0]}  ${r.pick(['PAID', 'DENIED', 'PEND'])}  ${money(r, 40, 1300)}  ERA ${r.digits(10)}\n`);
  d.t(`EFT trace 9${r.digits(14)} to routing ${routing(r)}. Card-like test number ${badCard(r)} rejected by clearing house (Luhn).`);
};

// ---------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------
/** Labelled templates with their relative weights. */
const LABELLED: readonly (readonly [Tpl, number])[] = [
  [smsReminder, 2], [recallEmail, 2], [usRegistration, 3], [ukRegistration, 1], [treatmentPlanUS, 1], [adaClaim, 3],
  [referralOralSurgeon, 1], [crownLabOrder, 1], [daySheetCsv, 1], [recallListCsv, 1], [pmExportCsv, 2],
  [portalMsgPatient, 3], [portalReplyPractice, 1], [cardOnFileForm, 3], [callTranscript, 2], [voicemail, 1],
  [orthoContract, 1], [eobDenial, 1], [medicalHistory, 1], [childRecallLetter, 1], [recordsTransfer, 1],
  [auditLogPortal, 2], [bookingConfirmation, 2], [complaintEmail, 2], [reviewResponse, 1], [staffNote, 1],
  [paymentPlanFinance, 1], [eyeTestReminder, 1], [spectacleRx, 1], [frameOrder, 1], [contactLensOrder, 3],
  [optomReferral, 1], [opticianCsv, 1], [visionClaim, 2], [drivingVisionNote, 1], [schoolScreening, 1],
  [frameRepairTicket, 1], [deAnmeldung, 1], [deOptikAuftrag, 1], [frFiche, 1], [frDevisOptique, 1],
  [esPresupuesto, 1], [itPreventivo, 1], [nlHerinnering, 1], [seKallelse, 1], [plRejestracja, 1], [brFicha, 1],
  [mxCita, 1], [jpYoyaku, 1], [krYeyak, 1], [inWhatsapp, 1], [chRefund, 2], [labInvoice, 1], [securityAlert, 2],
  [deliveryNote, 1], [priorAuth, 1], [selfChatInsurance, 3], [wrappedFax, 1], [motoLog, 3], [bookingWebhookJson, 2],
  [staffOnboardingUS, 2], [sepaBatchCsv, 2],
];
const NEGATIVE: readonly Tpl[] = [negSupplier, negSterilisation, negRelease, negPriceList, negInventory, negClinical, negMeeting, negClaimsSummary];
/** Number of distinct document templates. */
export const INDEPENDENT65_TEMPLATE_COUNT = LABELLED.length + NEGATIVE.length;
const TOTAL_WEIGHT = LABELLED.reduce((s, [, w]) => s + w, 0);

function pickLabelled(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of LABELLED) {
    x -= w;
    if (x < 0) return t;
  }
  return LABELLED[0]![0];
}

/** Generates split #65: whole documents until at least `minInstances` labels exist. */
export function generateIndependent65Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent65Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT65_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT65_MIN_INSTANCES;
  const out: Independent65Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.12)) r.pick(NEGATIVE)(r, d);
    else pickLabelled(r)(r, d);
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
