/**
 * @module privacy/pii-corpus-independent-62 — blind labelled PII evaluation split "independent62".
 *
 * WRITTEN BLIND. To write it, the author read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The
 * detector, its patterns and name lists, the other corpora and their value pools
 * (`pii-corpus-values.ts` and every other `pii-corpus-*.ts`), the docs, the benches, the git history
 * and /work/shared were NOT read, and the detector was never run on this text. Every name, address,
 * template and value below was invented for this file.
 *
 * Seeds: 620001, 620002, 620003 (`INDEPENDENT62_SEEDS`); each seed yields whole documents until at
 * least 2,400 labels exist (`INDEPENDENT62_MIN_INSTANCES`), deterministically.
 *
 * Contents: documents from law firms and courts — client intake forms, engagement and client-care
 * letters, case-management exports (CSV/JSON), dockets and pleading captions, witness lists,
 * deposition transcripts, conflict checks, legal-aid hotline chats, e-discovery e-mail threads and
 * privilege logs, notary and probate records, subpoena returns, invoices and more, in US, UK, German,
 * French, Spanish, Italian, Dutch, Canadian, Australian, Indian, Brazilian, Mexican, Japanese and
 * Irish styles, with names from 30 cultures. About one document in ten is a pure hard negative
 * (eponymous precedents, statutes, case/docket/bar/Bates numbers, hashes, versions, Luhn-invalid
 * card-like numbers, invalid IBANs, EINs, routing numbers, non-birth dates, people-named brands,
 * places, diseases and laws). Such distractors are also spread through the labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Judge, Frau, Maître, Sra., Avv., 様, さん, 씨 …) and
 *   possessive 's are outside the span; initials+surname, surname-only, given-only, ALL CAPS,
 *   lower-case and "Surname, Given" forms are labelled, one label per contiguous name. Brands,
 *   firms, foundations, schools, software, places, pets, ships, storms, streets/buildings named
 *   after people, eponymous diseases/laws/awards, published precedents cited by name (e.g. "Miranda v. Arizona") and
 *   @handles are not labelled; a name inside an e-mail address is not labelled. The parties,
 *   counsel, judges and witnesses of the documents' own matters are people and are labelled.
 * - EMAIL: every address, role addresses included; spoken addresses are labelled as the whole
 *   spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked
 *   numbers are not labelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones are not labelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids are not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; a multi-line address runs from its first
 *   street/building/PO-box line to its last postcode/city/country line; the recipient is a separate
 *   PERSON; company lines, city-only mentions, rooms, directions and landmarks are not labelled.
 * - DOB: a person's date of birth only; cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT62_SEEDS = [620001, 620002, 620003] as const;
export const INDEPENDENT62_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export interface Independent62Label extends PiiLabel {
  readonly value: string;
}
/** One document of the split. */
export interface Independent62Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent62Label[];
}

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent62Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
}

type Tpl = (r: Rng, d: Doc) => void;
const sp = (s: string): string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));

// ───────────────────────────── names ─────────────────────────────
interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  readonly fam?: boolean;
}
const C = {
  enUS: { g: sp('James Will Grant Bill Hope Rose May Faith Dawn Mark Frank Tyler Brittany Kayla Dwayne Shanice Cody Heather'), s: sp('Baker Young Price Long Mason Cook Fox Rich Brooks Whitaker Caldwell Jennings Holloway Pruitt') },
  enUK: { g: sp('Guy Nigel Fiona Harriet Rupert Imogen Alistair Gemma Callum Poppy Hamish Philippa'), s: sp('Ashworth Pemberton Fairclough Thistlethwaite Entwistle Blackwood Hartley Oakes Sutcliffe Lockwood Crane Pickering') },
  ie: { g: sp('Aoife Niamh Cormac Oisín Saoirse Ciarán Siobhán Pádraig Róisín Eoin Declan Orla'), s: sp("O'Sullivan MacCarthy Ó_Briain Kavanagh Doherty Fitzgerald Quinlan Mulcahy Brennan Gallagher Nolan Keane") },
  de: { g: sp('Jürgen Ute Klaus Anneliese Torsten Heike Wolfgang Sabine Lukas Mareike Dieter Friederike'), s: sp('Schäfer Müller Krüger Hoffmann Weißenborn Brandt Vogel Lehmann Zimmermann Fuchs Becker Kühn') },
  fr: { g: sp('Guy Thérèse Benoît Mathilde Aurélien Sylvie Jean-Luc Océane Gaëlle Thibault Hélène Loïc'), s: sp('Lefèvre Dubois Moreau Girard Rousseau Fontaine Chevalier Mercier Lambert Bonnet Faure Garnier') },
  es: { g: sp('Rocío Íñigo Begoña Alejandro Nuria Jordi Mercedes Álvaro Pilar Sergio Montserrat Ignacio'), s: sp('García_Fernández Martínez Rodríguez_Iglesias Navarro Domínguez Castillo Ortega Herrero Vidal Peña Sanz Aguirre') },
  mx: { g: sp('Guadalupe Jesús Ximena Itzel Ramón Araceli Cuauhtémoc Yolanda Heriberto Marisol Eréndira Joaquín'), s: sp('Hernández López Ramírez Gutiérrez Villaseñor Zúñiga Cervantes Ochoa Quintero Salazar Téllez Mendoza') },
  pt: { g: sp('João Conceição Thiago Luana Raimundo Francisca Gonçalo Inês Leandro Graça Wellington Daiane'), s: sp('Silva Santos Oliveira Souza Pereira Carvalho Ferreira Almeida Rocha Nascimento Magalhães Figueiredo') },
  it: { g: sp('Giuseppe Chiara Salvatore Francesca Gianluca Rosaria Massimo Benedetta Vincenzo Ilaria Carmine Loredana'), s: sp('Esposito Russo Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca') },
  nl: { g: sp('Joost Femke Sander Anouk Maarten Lieke Bram Ingrid Wouter Sanne Ruud Marieke'), s: sp('de_Vries van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder Jansen van_Dijk Hendriks Dekker') },
  pl: { g: sp('Grzegorz Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Paweł Zofia Łukasz Joanna Tomasz Beata'), s: sp('Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur') },
  ua: { g: sp('Dmitri Svetlana Oleksandr Yulia Sergei Natalia Taras Oksana Mikhail Irina Bohdan Ludmila'), s: sp('Ivanov Petrova Shevchenko Kovalenko Smirnova Volkov Bondarenko Sokolova Melnyk Kuznetsov Tkachenko Orlova') },
  gr: { g: sp('Giorgos Eleni Konstantinos Dimitra Nikos Katerina Panagiotis Vasiliki Stavros Angeliki Christos Sofia'), s: sp('Papadopoulos Georgiou Nikolaidis Konstantinou Papageorgiou Vlachos Christodoulou Oikonomou Karagiannis Dimitriou Makris Antoniou') },
  tr: { g: sp('Mehmet Ayşe Mustafa Zeynep Emre Elif Hakan Gülşen Burak Özlem Serkan Şule'), s: sp('Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy') },
  ar: { g: sp('Said Layla Omar Fatima Khalid Noor Tariq Amira Yousef Huda Karim Rania'), s: sp('Al-Sayed Haddad Mansour Khoury Nasser Farouk El-Amin Hamdan Saleh Bakr Abboud Qasim') },
  fa: { g: sp('Dariush Shirin Reza Parisa Kourosh Nasrin Babak Golnaz Arash Mahsa Farhad Leila'), s: sp('Tehrani Hosseini Karimi Rahimi Moradi Jafari Ahmadi Sadeghi Rostami Ebrahimi Farahani Navabi') },
  hi: { g: sp('Sunny Priya Rajesh Anjali Vikram Neha Arjun Pooja Sanjay Kavita Rohan Deepa'), s: sp('Sharma Gupta Mehta Agarwal Verma Chopra Malhotra Joshi Kapoor Bhatia Saxena Trivedi') },
  ta: { g: sp('Karthik Lakshmi Senthil Meenakshi Arun Divya Murugan Revathi Balaji Anitha Ganesh Kavitha'), s: sp('Subramanian Iyer Krishnan Ramasamy Venkatesan Natarajan Pillai Rajagopal Sundaram Chandrasekaran Raghavan Narayanan') },
  zh: { g: sp('Wei Fang Jun Mei Hao Xiulan Jian Ling Bo Yan Zhiqiang Hui'), s: sp('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Law'), fam: true },
  ja: { g: sp('Haruto Yui Takeshi Aiko Kenji Sakura Hiroshi Emi Daisuke Naomi Ren Yuki'), s: sp('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamaguchi'), fam: true },
  ko: { g: sp('Min-jun Seo-yeon Ji-hoon Ha-eun Dong-hyun Soo-jin Jae-won Eun-ji Sung-min Hye-jin Tae-yang Yu-na'), s: sp('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'), fam: true },
  vi: { g: sp('Minh Lan Tuan Huong Duc Thao Quang Ngoc Hieu Trang Long Mai'), s: sp('Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo'), fam: true },
  ph: { g: sp('Jose Maricel Rodrigo Lorna Jericho Analyn Ferdinand Rowena Danilo Jocelyn Ronaldo Cherry'), s: sp('Dela_Cruz Reyes Bautista Villanueva Mercado Aquino Soriano Manalo Pangilinan Dimaculangan Macaraeg Tolentino') },
  ng: { g: sp('Chidi Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Precious Blessing Obinna Yetunde'), s: sp('Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Chukwu Olawale Onyekachi Ibekwe') },
  gh: { g: sp('Kwame Ama Kofi Akosua Yaw Abena Kwabena Efua Kojo Adjoa Kwesi Esi'), s: sp('Mensah Asante Owusu Boateng Appiah Agyeman Osei Darko Frimpong Acheampong Ofori Antwi') },
  ke: { g: sp('Baraka Wanjiru Achieng Juma Nyambura Amani Zawadi Kiptoo Neema Omondi Makena Chege'), s: sp('Kamau Otieno Mwangi Njoroge Wekesa Kiprono Odhiambo Mutua Wafula Chebet Ngugi Onyango') },
  et: { g: sp('Abebe Tigist Dawit Selamawit Yohannes Meron Bereket Hiwot Tesfaye Mekdes Girma Saba'), s: sp('Bekele Tadesse Haile Gebremedhin Alemu Wolde Desta Kebede Getachew Mulugeta Assefa Worku') },
  nord: { g: sp('Sven Astrid Björn Sigrid Lars Kerstin Henrik Maja Øyvind Linnea Mats Freja'), s: sp('Lindqvist Andersson Johansson Nyström Bergström Halvorsen Søndergaard Eriksen Lundgren Virtanen Korhonen Håkansson') },
  hu: { g: sp('Zsófia László Bence Katalin Gábor Eszter Attila Réka Zoltán Ildikó Levente Noémi'), s: sp('Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Farkas Balogh Papp Takács'), fam: true },
  he: { g: sp('Avi Noa Yossi Tamar Eitan Shira Moshe Yael Uri Michal Ariel Dafna'), s: sp('Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Shapira Ben-David Katz Avraham Dahan') },
} satisfies Record<string, Culture>;
type CultureId = keyof typeof C;
const CULTURE_IDS = Object.keys(C) as CultureId[];
/** Which cultures are most likely in each jurisdiction (mixed with any culture 40 % of the time). */
const LOCAL: Record<Cc, readonly CultureId[]> = {
  US: ['enUS', 'enUS', 'mx', 'ie', 'ng', 'zh', 'ko', 'vi', 'ph', 'ar', 'he', 'hi', 'ua'],
  UK: ['enUK', 'enUK', 'ie', 'hi', 'ng', 'gh', 'pl', 'ar', 'zh'],
  IE: ['ie', 'ie', 'enUK', 'pl', 'ng'],
  DE: ['de', 'de', 'tr', 'pl', 'gr', 'ua', 'it'],
  FR: ['fr', 'fr', 'ar', 'pt', 'vi', 'it'],
  ES: ['es', 'es', 'mx', 'ar', 'pt'],
  IT: ['it', 'it', 'ar', 'ua'],
  NL: ['nl', 'nl', 'tr', 'ar', 'de'],
  CA: ['enUS', 'fr', 'zh', 'hi', 'ua', 'ph', 'ko'],
  AU: ['enUK', 'zh', 'vi', 'gr', 'it', 'hi'],
  IN: ['hi', 'hi', 'ta'],
  BR: ['pt', 'pt', 'it', 'ja'],
  MX: ['mx', 'mx', 'es'],
  JP: ['ja', 'ja', 'ko', 'zh'],
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly m: string;
  readonly full: string;
  readonly fam: boolean;
}
function person(r: Rng, cc: Cc = 'US'): Person {
  const id = r.chance(0.6) ? r.pick(LOCAL[cc]) : r.pick(CULTURE_IDS);
  const cu: Culture = C[id];
  const g = r.pick(cu.g);
  const s = r.pick(cu.s);
  const fam = cu.fam === true && r.chance(0.3);
  let m = '';
  if (id === 'es' || id === 'mx' || id === 'pt' || id === 'ph') m = r.pick(cu.g.filter((x) => x !== g));
  else if (id === 'enUS' || id === 'enUK' || id === 'ie') m = r.pick(sp('A. B. C. D. E. J. K. L. M. P. R. T. W.'));
  return { g, s, m, full: fam ? `${s} ${g}` : `${g} ${s}`, fam };
}
type Form = 'full' | 'mid' | 'rev' | 'init' | 'sur' | 'given' | 'caps' | 'capsrev' | 'lower';
function render(p: Person, f: Form): string {
  switch (f) {
    case 'full':
      return p.full;
    case 'mid':
      return p.m && !p.fam ? `${p.g} ${p.m} ${p.s}` : p.full;
    case 'rev':
      return `${p.s}, ${p.g}`;
    case 'init':
      return `${p.g.charAt(0)}. ${p.s}`;
    case 'sur':
      return p.s;
    case 'given':
      return p.g;
    case 'caps':
      return p.full.toUpperCase();
    case 'capsrev':
      return `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`;
    case 'lower':
      return p.full.toLowerCase();
  }
}
function anyForm(r: Rng): Form {
  const x = r.next();
  if (x < 0.5) return 'full';
  if (x < 0.62) return 'mid';
  if (x < 0.7) return 'rev';
  if (x < 0.78) return 'init';
  if (x < 0.88) return 'caps';
  return 'lower';
}
/** Appends and labels a name. */
function nm(d: Doc, p: Person, f: Form = 'full'): Doc {
  return d.l('PERSON', render(p, f));
}
/** The user's own full name: labelled and recorded as known. */
function self(d: Doc, p: Person): Doc {
  d.known.push(p.full);
  return d.l('PERSON', p.full);
}
const HON_EN = sp('Mr. Ms. Mrs. Dr. Mx. Prof.');

// ───────────────────────────── countries ─────────────────────────────
type Cc = 'US' | 'UK' | 'IE' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'CA' | 'AU' | 'IN' | 'BR' | 'MX' | 'JP';
const ALL_CC: readonly Cc[] = ['US', 'UK', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'CA', 'AU', 'IN', 'BR', 'MX', 'JP'];

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
const MAIL_DOMAINS = sp('gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me aol.com comcast.net web.de gmx.de orange.fr free.fr libero.it hotmail.es uol.com.br naver.com yahoo.co.jp btinternet.com eircom.net bigpond.com rediffmail.com xs4all.nl yahoo.com.mx shaw.ca');
function email(r: Rng, p: Person, domain?: string): string {
  const g = ascii(p.g);
  const s = ascii(p.s);
  const dom = domain ?? r.pick(MAIL_DOMAINS);
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g}`, `${g}${s}${r.int(1, 99)}`, `${g}_${s}`, `${s}${g.charAt(0)}`, `${g}.${s}${r.int(70, 99)}`]);
  return `${local}@${dom}`;
}
const DIGIT_WORDS = sp('zero one two three four five six seven eight nine');
function spokenDigits(r: Rng, digits: string): string {
  return [...digits].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : (DIGIT_WORDS[Number(c)] ?? c))).join(' ');
}

function phone(r: Rng, cc: Cc): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = r.pick(cc === 'US' ? sp('212 312 415 503 614 702 713 804 919 971 347 929 646 520 208 317 404 612') : sp('416 514 604 403 613 902 780 204'));
      const ex = nz() + d(2);
      const ln = d(4);
      return r.pick([`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `${a}.${ex}.${ln}`, `+1 ${a} ${ex} ${ln}`, `+1-${a}-${ex}-${ln}`, `1 (${a}) ${ex}-${ln}`]);
    }
    case 'UK':
      return r.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `0113 ${nz()}${d(2)} ${d(4)}`, `+44 (0)161 ${nz()}${d(2)} ${d(4)}`, `01632 ${nz()}${d(5)}`]);
    case 'IE':
      return r.pick([`+353 1 ${nz()}${d(2)} ${d(4)}`, `087 ${d(3)} ${d(4)}`, `(01) ${nz()}${d(2)} ${d(4)}`, `+353 86 ${d(3)} ${d(4)}`]);
    case 'DE':
      return r.pick([`+49 30 ${nz()}${d(6)}`, `030 ${nz()}${d(7)}`, `0151 ${d(8)}`, `+49 89 ${nz()}${d(7)}`, `(0221) ${nz()}${d(5)}`, `+49 (0)40 ${nz()}${d(2)} ${d(2)} ${d(3)}`]);
    case 'FR':
      return r.pick([`01 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07.${d(2)}.${d(2)}.${d(2)}.${d(2)}`]);
    case 'ES':
      return r.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IT':
      return r.pick([`+39 02 ${d(4)} ${d(4)}`, `3${d(2)} ${d(3)} ${d(4)}`, `+39 347 ${d(3)} ${d(4)}`, `06 ${d(8)}`]);
    case 'NL':
      return r.pick([`+31 20 ${d(3)} ${d(4)}`, `06-${d(8)}`, `020-${d(7)}`, `+31 6 ${d(4)} ${d(4)}`, `(030) ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AU':
      return r.pick([`(02) ${nz()}${d(3)} ${d(4)}`, `04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `+61 3 ${nz()}${d(3)} ${d(4)}`]);
    case 'IN':
      return r.pick([`+91 9${d(4)} ${d(5)}`, `09${d(3)} ${d(6)}`, `080-${nz()}${d(3)} ${d(4)}`, `+91-7${d(9)}`, `(022) ${nz()}${d(3)} ${d(4)}`]);
    case 'BR':
      return r.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(31) ${nz()}${d(3)}-${d(4)}`, `+55 (11) 9${d(4)}-${d(4)}`]);
    case 'MX':
      return r.pick([`+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)} ${d(4)}`, `55-${d(4)}-${d(4)}`, `+52 1 81 ${d(4)} ${d(4)}`]);
    case 'JP':
      return r.pick([`03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 3-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`, `+81 80 ${d(4)} ${d(4)}`]);
  }
}
/** A US number spoken aloud in a transcript. */
function spokenPhone(r: Rng): string {
  const a = r.pick(sp('212 312 415 503 614 702 713 804 919 971'));
  const ex = String(r.int(2, 9)) + r.digits(2);
  const ln = r.digits(4);
  return `${spokenDigits(r, a)}, ${spokenDigits(r, ex)}, ${spokenDigits(r, ln)}`;
}

// ───────────────────────────── addresses ─────────────────────────────
const US_STREETS = sp('Maple Alder_Creek Chestnut Sycamore Willow_Bend Harrison Lakeview Prospect Magnolia Cedar_Ridge Juniper Bayberry Kensington Old_Mill Quarry Tamarack Foxhall Briar_Hill');
const US_TYPES = sp('St Ave Rd Blvd Dr Ln Ct Way Pkwy Street Avenue Road Drive');
const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Portland', 'OR', '972'], ['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Albany', 'NY', '122'],
  ['Brooklyn', 'NY', '112'], ['Sacramento', 'CA', '958'], ['Austin', 'TX', '787'], ['Baltimore', 'MD', '212'], ['Milwaukee', 'WI', '532'],
  ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Newark', 'NJ', '071'], ['Providence', 'RI', '029'], ['Des Moines', 'IA', '503'],
  ['Spokane', 'WA', '992'], ['Oakland', 'CA', '946'], ['Chicago', 'IL', '606'], ['Houston', 'TX', '770'], ['Philadelphia', 'PA', '191'],
];
const UK_STREETS = sp('Hawthorn_Grove Albion_Terrace Mill_Lane Victoria_Road Beech_Avenue Chapel_Street Rowan_Close Queensway Priory_Road Elm_Park_Gardens Wharf_Street Kingsdown_Parade');
const UK_TOWNS: readonly (readonly [string, string])[] = [
  ['Leeds', 'LS6'], ['Manchester', 'M14'], ['Bristol', 'BS7'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'], ['Norwich', 'NR2'], ['Leicester', 'LE2'],
  ['London', 'SE15'], ['London', 'N16'], ['Sheffield', 'S11'], ['Brighton', 'BN2'], ['Edinburgh', 'EH9'], ['York', 'YO10'],
];
const DE_STREETS = sp('Lindenstraße Goethestraße Am_Mühlbach Hauptstraße Bahnhofstraße Schillerplatz Kastanienallee Birkenweg Rosenheimer_Straße Friedrich-Ebert-Straße Gartenstraße Lerchenfeld');
const DE_CITIES: readonly (readonly [string, string])[] = [['Berlin', '10'], ['München', '80'], ['Köln', '50'], ['Hamburg', '20'], ['Frankfurt am Main', '60'], ['Leipzig', '04'], ['Stuttgart', '70'], ['Dresden', '01'], ['Bremen', '28']];
const FR_STREETS = sp('rue_des_Tanneurs avenue_Jean-Jaurès boulevard_Voltaire rue_de_la_République impasse_des_Lilas quai_Saint-Vincent rue_Paradis allée_des_Tilleuls place_du_Marché rue_Sainte-Catherine');
const FR_CITIES: readonly (readonly [string, string])[] = [['Paris', '750'], ['Lyon', '6900'], ['Marseille', '1300'], ['Toulouse', '3100'], ['Bordeaux', '3300'], ['Lille', '5900'], ['Nantes', '4400'], ['Strasbourg', '6700']];
const ES_STREETS = sp('Calle_de_Alcalá Avenida_Diagonal Paseo_de_la_Castellana Calle_Mayor Calle_del_Pez Rambla_de_Catalunya Avenida_de_la_Constitución Calle_Larios Gran_Vía Calle_San_Vicente');
const ES_CITIES: readonly (readonly [string, string])[] = [['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['Valencia', '460'], ['Bilbao', '480'], ['Málaga', '290'], ['Zaragoza', '500']];
const IT_STREETS = sp('Via_dei_Mille Corso_Vittorio_Emanuele_II Viale_Monza Via_Garibaldi Via_Toledo Piazza_della_Repubblica Via_Nazionale Via_Roma Borgo_Pinti Via_Mazzini');
const IT_CITIES: readonly (readonly [string, string, string])[] = [['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Napoli', 'NA', '801'], ['Torino', 'TO', '101'], ['Firenze', 'FI', '501'], ['Bologna', 'BO', '401'], ['Bari', 'BA', '701']];
const NL_STREETS = sp('Keizersgracht Oudegracht Prinsengracht Lange_Voorhout Witte_de_Withstraat Vismarkt Biltstraat Nieuwe_Binnenweg Herengracht Zeestraat');
const NL_CITIES = sp('Amsterdam Utrecht Den_Haag Rotterdam Groningen Haarlem Leiden Eindhoven');
const CA_CITIES: readonly (readonly [string, string, string])[] = [['Montréal', 'QC', 'H'], ['Vancouver', 'BC', 'V'], ['Toronto', 'ON', 'M'], ['Edmonton', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K'], ['Winnipeg', 'MB', 'R']];
const CA_STREETS = sp('Sherbrooke_St_W Commercial_Dr Queen_St_E Jasper_Ave Spring_Garden_Rd Bank_St Portage_Ave rue_Saint-Denis Dundas_St_W');
const AU_STREETS = sp('Banksia_Street Jacaranda_Crescent Wattle_Avenue Parade_Road Bourke_Street Coogee_Bay_Road Brunswick_Street Kingfisher_Way Moreton_Terrace');
const AU_SUBURBS: readonly (readonly [string, string, string])[] = [['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Toowong', 'QLD', '4066'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Parramatta', 'NSW', '2150'], ['Carlton North', 'VIC', '3054']];
const BR_STREETS = sp('Rua_Augusta Av._Afonso_Pena Rua_das_Laranjeiras Av._Sete_de_Setembro Rua_Padre_Chagas Rua_Oscar_Freire Av._Boa_Viagem Rua_XV_de_Novembro');
const BR_CITIES: readonly (readonly [string, string, string, string])[] = [['São Paulo', 'SP', 'Consolação', '01'], ['Belo Horizonte', 'MG', 'Funcionários', '30'], ['Rio de Janeiro', 'RJ', 'Laranjeiras', '22'], ['Salvador', 'BA', 'Barra', '40'], ['Porto Alegre', 'RS', 'Moinhos de Vento', '90'], ['Recife', 'PE', 'Boa Viagem', '51'], ['Curitiba', 'PR', 'Centro', '80']];
const MX_STREETS = sp('Av._Insurgentes_Sur Calle_Hidalgo Blvd._Díaz_Ordaz Av._Juárez Calle_Morelos Av._Chapultepec Calle_5_de_Mayo Av._Vallarta');
const MX_CITIES: readonly (readonly [string, string, string, string])[] = [['Ciudad de México', 'CDMX', 'Col. Roma Norte', '06'], ['Guadalajara', 'Jal.', 'Col. Americana', '44'], ['Monterrey', 'N.L.', 'Col. Santa María', '64'], ['Puebla', 'Pue.', 'Col. La Paz', '72'], ['Mérida', 'Yuc.', 'Col. García Ginerés', '97']];
const JP_ROMAN: readonly (readonly [string, string, string])[] = [['Shibuya', 'Shibuya-ku, Tokyo', '150'], ['Umeda', 'Kita-ku, Osaka', '530'], ['Sakae', 'Naka-ku, Nagoya', '460'], ['Tenjin', 'Chuo-ku, Fukuoka', '810'], ['Kita 7-jo Nishi', 'Kita-ku, Sapporo', '060'], ['Sannomiya-cho', 'Chuo-ku, Kobe', '650']];
const JP_NATIVE = ['東京都渋谷区神南', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄', '福岡県福岡市中央区天神', '京都府京都市左京区吉田', '神奈川県横浜市中区山下町'];
const IE_PLACES: readonly (readonly [string, string])[] = [['Dublin 4', 'D04'], ['Dublin 8', 'D08'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'], ['Dún Laoghaire, Co. Dublin', 'A96']];
const IE_STREETS = sp('Ringsend_Road Grattan_Street Shop_Street Clanbrassil_Street Sandymount_Avenue O\'Connell_Avenue Patrick_Street Eyre_Square');
const IN_LOCAL: readonly (readonly [string, string, string])[] = [['Indiranagar', 'Bengaluru', '5600'], ['Andheri (East)', 'Mumbai', '4000'], ['Anna Nagar', 'Chennai', '6000'], ['Sector 15', 'Gurugram, Haryana', '1220'], ['Salt Lake', 'Kolkata', '7000'], ['Banjara Hills', 'Hyderabad', '5000']];
const IN_BLDG = sp('Sunrise_Apartments Shanti_Niketan_Society Green_Park_Residency Lotus_Towers Vasant_Vihar_CHS Prestige_Lakeside');

const L = (r: Rng, s: string): string => s.charAt(r.int(0, s.length - 1));
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
/** Address lines; `r` draws the parts. */
function addrLines(r: Rng, cc: Cc, withCountry = false): string[] {
  const n = (lo: number, hi: number): number => r.int(lo, hi);
  let lines: string[];
  let country = '';
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick(US_CITIES);
      const street = r.chance(0.1) ? `PO Box ${n(100, 9999)}` : `${n(12, 9899)} ${r.chance(0.2) ? r.pick(['N', 'S', 'E', 'W']) + ' ' : ''}${r.pick(US_STREETS)} ${r.pick(US_TYPES)}`;
      lines = [street];
      if (r.chance(0.35)) lines.push(r.pick([`Apt ${n(1, 30)}${L(r, 'ABCD')}`, `Suite ${n(100, 2400)}`, `Unit ${n(1, 400)}`, `#${n(2, 90)}`]));
      lines.push(`${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`);
      country = r.pick(['USA', 'United States']);
      break;
    }
    case 'UK': {
      const [town, out] = r.pick(UK_TOWNS);
      lines = [];
      if (r.chance(0.35)) lines.push(`Flat ${n(1, 24)}`);
      lines.push(`${n(1, 220)} ${r.pick(UK_STREETS)}`);
      lines.push(town, `${out} ${n(1, 9)}${L(r, 'ABDEFGHJLNPQRSTUWXYZ')}${L(r, 'ABDEFGHJLNPQRSTUWXYZ')}`);
      if (r.chance(0.5)) lines = lines.length === 4 ? [`${lines[0] ?? ''}, ${lines[1] ?? ''}`, `${lines[2] ?? ''} ${lines[3] ?? ''}`] : [lines[0] ?? '', `${lines[1] ?? ''} ${lines[2] ?? ''}`];
      country = 'United Kingdom';
      break;
    }
    case 'IE': {
      const [place, rk] = r.pick(IE_PLACES);
      lines = [`${r.chance(0.3) ? `Apartment ${n(1, 40)}, ` : ''}${n(1, 120)} ${r.pick(IE_STREETS)}`, place, `${rk} ${L(r, 'ACDEFHKNPRTVWXY')}${n(1, 9)}${L(r, 'ACDEFHKNPRTVWXY')}${n(1, 9)}`];
      country = 'Ireland';
      break;
    }
    case 'DE': {
      const [city, plz] = r.pick(DE_CITIES);
      lines = [`${r.pick(DE_STREETS)} ${n(1, 140)}${r.chance(0.15) ? L(r, 'abc') : ''}`, `${plz}${r.digits(3)} ${city}`];
      country = 'Deutschland';
      break;
    }
    case 'FR': {
      const [city, cp] = r.pick(FR_CITIES);
      const post = city === 'Paris' ? `${cp}${String(n(1, 20)).padStart(2, '0')}` : `${cp}${n(0, 9)}`;
      lines = [`${n(1, 180)}${r.chance(0.1) ? ' bis' : ''} ${r.pick(FR_STREETS)}`, `${post} ${r.chance(0.3) ? city.toUpperCase() : city}`];
      if (r.chance(0.25)) lines.unshift(`Bâtiment ${L(r, 'ABC')}, escalier ${n(1, 4)}`);
      country = 'France';
      break;
    }
    case 'ES': {
      const [city, cp] = r.pick(ES_CITIES);
      lines = [`${r.pick(ES_STREETS)}, ${n(1, 240)}, ${n(1, 9)}º ${r.pick(['izda.', 'dcha.', 'B', 'A', '1ª', '2ª'])}`, `${cp}${r.digits(2)} ${city}`];
      country = 'España';
      break;
    }
    case 'IT': {
      const [city, pr, cap] = r.pick(IT_CITIES);
      lines = [`${r.pick(IT_STREETS)} ${n(1, 200)}${r.chance(0.15) ? '/' + L(r, 'ABC') : ''}`, `${cap}${r.digits(2)} ${city} (${pr})`];
      country = 'Italia';
      break;
    }
    case 'NL': {
      lines = [`${r.pick(NL_STREETS)} ${n(1, 600)}${r.chance(0.2) ? r.pick(['-III', ' hs', '-2', 'A']) : ''}`, `${n(1011, 9999)} ${L(r, 'ABCDEGHJKLMNPRSTVWXZ')}${L(r, 'ABCDEGHJKLMNPRSTVWXZ')} ${r.pick(NL_CITIES)}`];
      country = 'Nederland';
      break;
    }
    case 'CA': {
      const [city, pv, fl] = r.pick(CA_CITIES);
      lines = [`${r.chance(0.3) ? `${n(101, 2405)}-` : ''}${n(10, 4800)} ${r.pick(CA_STREETS)}`, `${city} ${pv}  ${fl}${n(1, 9)}${L(r, 'ABCEGHJKLMNPRSTVXY')} ${n(0, 9)}${L(r, 'ABCEGHJKLMNPRSTVXY')}${n(0, 9)}`.replace('  ', ' ')];
      country = 'Canada';
      break;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_SUBURBS);
      lines = [`${r.chance(0.35) ? `Unit ${n(1, 30)}, ` : ''}${n(1, 300)} ${r.pick(AU_STREETS)}`, `${r.chance(0.4) ? sub.toUpperCase() : sub} ${st} ${pc}`];
      country = 'Australia';
      break;
    }
    case 'IN': {
      const [loc, city, pin] = r.pick(IN_LOCAL);
      lines = [`${r.pick(['Flat', 'House No.', 'Plot'])} ${n(1, 900)}${r.chance(0.3) ? L(r, 'ABC') : ''}, ${r.pick(IN_BLDG)}`, `${ordinal(n(1, 22))} Cross Road, ${loc}`, `${city} ${pin}${r.digits(2)}`];
      country = 'India';
      break;
    }
    case 'BR': {
      const [city, uf, bairro, cep] = r.pick(BR_CITIES);
      lines = [`${r.pick(BR_STREETS)}, ${n(10, 4000)}${r.chance(0.4) ? `, apto ${n(11, 190)}` : ''}`, `${bairro}, ${city} - ${uf}`, `${cep}${r.digits(3)}-${r.digits(3)}`];
      country = 'Brasil';
      break;
    }
    case 'MX': {
      const [city, est, col, cp] = r.pick(MX_CITIES);
      lines = [`${r.pick(MX_STREETS)} ${n(10, 2400)}${r.chance(0.3) ? `, Int. ${n(1, 900)}` : ''}`, `${col}, ${cp}${r.digits(3)} ${city}, ${est}`];
      country = 'México';
      break;
    }
    case 'JP': {
      if (r.chance(0.5)) {
        lines = [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(JP_NATIVE)}${n(1, 5)}-${n(1, 30)}-${n(1, 20)}`];
        country = '日本';
      } else {
        const [chome, ward, pc] = r.pick(JP_ROMAN);
        lines = [`${n(1, 5)}-${n(1, 30)}-${n(1, 20)} ${chome}`, `${ward} ${pc}-${r.digits(4)}`];
        country = 'Japan';
      }
      break;
    }
  }
  if (withCountry) lines.push(country);
  return lines;
}
function addr(r: Rng, cc: Cc, sep = ', ', withCountry = false): string {
  return addrLines(r, cc, withCountry).join(sep);
}

// ───────────────────────────── dates ─────────────────────────────
const MONTHS: Record<string, readonly string[]> = {
  en: sp('January February March April May June July August September October November December'),
  de: sp('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: sp('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: sp('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: sp('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: sp('januari februari maart april mei juni juli augustus september oktober november december'),
  pt: sp('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
};
const p2 = (x: number): string => String(x).padStart(2, '0');
function mon(lang: string, m: number): string {
  return (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? 'May';
}
/** A date written the way `cc` writes it. */
function date(r: Rng, cc: Cc, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const dd = r.int(1, 28);
  const en = mon('en', m);
  switch (cc) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(dd)}/${y}`, `${m}/${dd}/${y}`, `${en} ${dd}, ${y}`, `${en.length > 4 ? en.slice(0, 3) + '.' : en} ${dd}, ${y}`, `${y}-${p2(m)}-${p2(dd)}`]);
    case 'UK':
    case 'IE':
    case 'AU':
    case 'IN':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${en} ${y}`, `${dd} ${en.slice(0, 3)} ${y}`, `${p2(dd)}.${p2(m)}.${y}`]);
    case 'CA':
      return r.pick([`${y}-${p2(m)}-${p2(dd)}`, `${en} ${dd}, ${y}`, `${dd} ${mon('fr', m)} ${y}`]);
    case 'DE':
      return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd}. ${mon('de', m)} ${y}`, `${dd}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd === 1 ? '1er' : dd} ${mon('fr', m)} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon('es', m)} de ${y}`, `${dd}-${p2(m)}-${y}`]);
    case 'IT':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon('it', m)} ${y}`]);
    case 'NL':
      return r.pick([`${p2(dd)}-${p2(m)}-${y}`, `${dd} ${mon('nl', m)} ${y}`]);
    case 'BR':
      return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon('pt', m)} de ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${dd}日`, `${y}/${p2(m)}/${p2(dd)}`]);
  }
}
const dob = (r: Rng, cc: Cc): string => date(r, cc, 1936, 2006);
const recent = (r: Rng, cc: Cc): string => date(r, cc, 2022, 2025);

// ───────────────────────────── checksummed values ─────────────────────────────
function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function group(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 13);
  if (k <= 4) return luhnComplete('4' + r.digits(r.chance(0.95) ? 14 : 11));
  if (k <= 7) return mc(r);
  if (k <= 9) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  if (k === 10) {
    const pre = r.pick(['6011', '65', String(r.int(644, 649))]);
    return luhnComplete(pre + r.digits(15 - pre.length));
  }
  if (k === 11) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  if (k === 12) {
    const pre = r.pick(['36', '38', String(r.int(300, 305))]);
    return luhnComplete(pre + r.digits(13 - pre.length));
  }
  return luhnComplete('62' + r.digits(r.chance(0.7) ? 13 : 16));
}
function mc(r: Rng): string {
  const pre = r.chance(0.75) ? r.pick(['51', '52', '53', '54', '55']) : String(r.int(2221, 2720));
  return luhnComplete(pre + r.digits(15 - pre.length));
}
function fmtCard(r: Rng, dg: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (dg.length === 15) return group(dg, [4, 6, 5], sep);
  if (dg.length === 14) return group(dg, [4, 6, 4], sep);
  if (dg.length === 19) return group(dg, [4, 4, 4, 4, 3], sep);
  return group(dg, [4, 4, 4, 4], sep);
}
const card = (r: Rng): string => fmtCard(r, cardDigits(r));
function network(dg: string): string {
  if (dg.startsWith('4')) return 'Visa';
  if (dg.startsWith('34') || dg.startsWith('37')) return 'American Express';
  if (dg.startsWith('35')) return 'JCB';
  if (dg.startsWith('62')) return 'UnionPay';
  if (dg.startsWith('6')) return 'Discover';
  if (dg.startsWith('3')) return 'Diners Club';
  return 'Mastercard';
}
/** A card-shaped number that fails Luhn. */
function badCard(r: Rng): string {
  const dg = cardDigits(r);
  const last = (Number(dg.slice(-1)) + r.int(1, 9)) % 10;
  return fmtCard(r, dg.slice(0, -1) + String(last));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `•••• ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(3)} **** **** ${r.digits(4)}`]);

const IBAN_CCS = sp('DE FR ES IT NL BE AT PT IE CH LU PL GB SE DK FI NO GR TR AE SA IL BR MT CY HR CZ HU RO');
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc?: string): string {
  const c = cc ?? r.pick(IBAN_CCS);
  const len = (IBAN_LENGTHS[c] ?? 22) - 4;
  let bb: string;
  if (c === 'GB' || c === 'IE') bb = r.pick(c === 'GB' ? sp('NWBK BARC LOYD HBUK MIDL') : sp('AIBK BOFI IPBS')) + r.digits(len - 4);
  else if (c === 'NL') bb = r.pick(sp('ABNA INGB RABO TRIO SNSB ASNB')) + r.digits(len - 4);
  else if (c === 'MT') bb = r.pick(sp('MALT VALL APSB')) + r.digits(len - 4);
  else if (c === 'IT') bb = L(r, 'ABCDEFGHKLMNPRSTUVXYZ') + r.digits(len - 1);
  else if (c === 'BR') bb = r.digits(len - 2) + r.pick(['C', 'P']) + '1';
  else bb = r.digits(len);
  const chk = 98 - mod97(bb + c + '00');
  const out = c + p2(chk) + bb;
  return ibanMod97Valid(out) ? out : ibanCompact(r, cc);
}
function fmtIban(r: Rng, compact: string): string {
  const x = r.next();
  if (x < 0.6) return compact.replace(/(.{4})/g, '$1 ').trim();
  if (x < 0.9) return compact;
  return compact.replace(/(.{4})/g, '$1 ').trim().toLowerCase();
}
const iban = (r: Rng, cc?: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng, cc?: string): string {
  const v = ibanCompact(r, cc);
  const i = r.int(6, v.length - 1);
  const ch = v.charAt(i);
  const swapped = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'A' ? 'B' : 'A';
  return fmtIban(r, v.slice(0, i) + swapped + v.slice(i + 1));
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const area = String(a).padStart(3, '0');
  const grp = p2(r.int(1, 99));
  const ser = String(r.int(1, 9999)).padStart(4, '0');
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${area}${sep}${grp}${sep}${ser}`;
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `last four ${r.digits(4)}`]);
const itin = (r: Rng): string => `9${r.digits(2)}-${r.pick(['70', '78', '83', '90', '94'])}-${r.digits(4)}`;
const ein = (r: Rng): string => `${r.pick(['12', '27', '46', '84', '93', '20', '36'])}-${r.digits(7)}`;
const routing = (r: Rng): string => `${r.pick(['0', '1', '2', '3'])}${r.digits(8)}`;

function ipv4(r: Rng): string {
  const a = r.pick([r.int(1, 223), 10, 192, 172, r.int(24, 99), r.int(100, 223)]);
  if (a === 127) return `128.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (a === 192 && r.chance(0.6)) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (a === 172 && r.chance(0.5)) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2600:1700', '2a02:810d', '2a01:cb00', '2607:f8b0', '2406:da18', 'fe80:0']);
  const x = r.next();
  if (x < 0.4) return `${pre}:${h()}:${h()}::${h()}`;
  if (x < 0.7) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (x < 0.85) return `${pre}::${h()}:${h()}`;
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.toUpperCase();
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

// ───────────────────────────── legal distractors ─────────────────────────────
const PRECEDENTS = [
  'Miranda v. Arizona, 384 U.S. 436 (1966)', 'Gideon v. Wainwright, 372 U.S. 335 (1963)', 'Marbury v. Madison, 5 U.S. 137 (1803)',
  'Strickland v. Washington, 466 U.S. 668 (1984)', 'Terry v. Ohio, 392 U.S. 1 (1968)', 'Brady v. Maryland, 373 U.S. 83 (1963)',
  'Daubert v. Merrell Dow Pharmaceuticals, Inc., 509 U.S. 579 (1993)', 'Hickman v. Taylor, 329 U.S. 495 (1947)',
  'Upjohn Co. v. United States, 449 U.S. 383 (1981)', 'Celotex Corp. v. Catrett, 477 U.S. 317 (1986)', 'Erie R.R. Co. v. Tompkins, 304 U.S. 64 (1938)',
  'Palsgraf v. Long Island R.R. Co., 248 N.Y. 339 (1928)', 'Hadley v Baxendale (1854) 9 Exch 341', 'Donoghue v Stevenson [1932] AC 562',
  'Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256', 'Zubulake v. UBS Warburg LLC, 217 F.R.D. 309 (S.D.N.Y. 2003)', 'Batson v. Kentucky, 476 U.S. 79 (1986)',
  'Ashcroft v. Iqbal, 556 U.S. 662 (2009)', 'Bell Atlantic Corp. v. Twombly, 550 U.S. 544 (2007)', 'Roe v. Wade, 410 U.S. 113 (1973)',
  'Anderson v. Liberty Lobby, Inc., 477 U.S. 242 (1986)', 'Rylands v Fletcher (1868) LR 3 HL 330', 'Pepper v Hart [1993] AC 593',
  'Hartwell v. Ostrander Mills, 512 F.3d 88 (7th Cir. 2008)', 'Kellerman v. Dunmore Freight Co., 231 Cal. App. 4th 1102 (2014)',
];
const STATUTES = [
  '42 U.S.C. § 1983', 'Fed. R. Civ. P. 26(b)(5)(A)', 'Fed. R. Evid. 502(d)', '28 U.S.C. § 1332(a)', 'Cal. Code Civ. Proc. § 2025.220',
  'N.Y. C.P.L.R. 3101(c)', 'Fla. Stat. § 732.102', 'Tex. Est. Code § 256.152', '11 U.S.C. § 362(a)', '29 U.S.C. § 2601 et seq.',
  'Civil Procedure Rules Part 31', 'Wills Act 1837, s. 9', '§ 823 Abs. 1 BGB', 'art. 1240 du Code civil', 'art. 1902 del Código Civil',
  'Fed. R. Crim. P. 16(a)(1)(E)', '18 U.S.C. § 1030(a)(2)', 'Cal. Fam. Code § 3011', '735 ILCS 5/2-1001', 'Ohio Rev. Code § 2105.06',
];
const EPONYMS = [
  "Parkinson's disease", "Alzheimer's", "Crohn's disease", 'Hodgkin lymphoma', 'Tourette syndrome', "Huntington's disease", "Lou Gehrig's disease",
  'the Sarbanes-Oxley Act', 'the Dodd-Frank Act', 'the Taft-Hartley Act', "Megan's Law", 'the Magnuson-Moss Warranty Act', 'the Lanham Act',
  'the Hatch Act', 'the Glass-Steagall Act', 'a Brady disclosure', 'the Miranda warnings', 'a Pulitzer Prize', 'the Nobel Peace Prize',
  'Johnson & Johnson', 'Wells Fargo', 'Morgan Stanley', 'Goldman Sachs', 'Merrill Lynch', 'Ben & Jerry\'s', 'Dell', 'Ford Motor Co.',
  'the Lincoln Memorial', 'Washington Heights', 'the Thurgood Marshall Courthouse', 'Martin Luther King Jr. Blvd', 'Hurricane Katrina',
  'Storm Ciarán', 'the Queen Mary 2', 'Mount Kosciuszko', 'the Daniel Patrick Moynihan U.S. Courthouse', 'Lake Louise', 'St. Louis',
];
const SOFTWARE = sp('Clio Relativity Westlaw LexisNexis iManage NetDocuments Everlaw Logikcases Disco Filevine MyCase PracticePanther Brightflag Smokeball CaseLink');
const FIRMS: readonly (readonly [string, string, Cc])[] = [
  ['Whitlock & Marsh LLP', 'whitlockmarsh.com', 'US'], ['Abernathy Castellanos PLLC', 'abercast.law', 'US'], ['Okoro Lindqvist LLP', 'okorolindqvist.com', 'US'],
  ['Harrow, Stein & Vale', 'hsvlaw.com', 'US'], ['Bellweather Legal Group', 'bellweatherlegal.com', 'US'], ['Greyfield Pruitt LLP', 'greyfieldpruitt.com', 'US'],
  ['Northgate Community Legal Aid', 'northgatelegalaid.org', 'US'], ['Riverbend Tenant Law Center', 'riverbendtlc.org', 'US'],
  ['Ashcombe Fairley Solicitors', 'ashcombefairley.co.uk', 'UK'], ['Tamsin Row Chambers', 'tamsinrow.co.uk', 'UK'],
  ['Kessler Amundsen Rechtsanwälte PartG mbB', 'kessler-amundsen.de', 'DE'], ['Cabinet Roussel-Aubry', 'roussel-aubry.fr', 'FR'],
  ['Bufete Arriaga & Solís', 'arriagasolis.es', 'ES'], ['Studio Legale Ferrante Bassi', 'ferrantebassi.it', 'IT'],
  ['Van Houten Schreuder Advocaten', 'vhs-advocaten.nl', 'NL'], ['Liffey Quay Solicitors', 'liffeyquay.ie', 'IE'],
  ['Maplecroft Barristers & Solicitors', 'maplecroftlaw.ca', 'CA'], ['Harbourline Lawyers', 'harbourline.com.au', 'AU'],
  ['Desai Menon & Associates', 'desaimenon.in', 'IN'], ['Teixeira Lobo Advogados', 'teixeiralobo.adv.br', 'BR'],
  ['Galindo Ruelas Abogados, S.C.', 'galindoruelas.mx', 'MX'], ['桜橋法律事務所', 'sakurabashi-law.jp', 'JP'],
];
function firm(r: Rng, cc?: Cc): readonly [string, string, Cc] {
  const xs = cc ? FIRMS.filter((f) => f[2] === cc) : FIRMS;
  return r.pick(xs.length ? xs : FIRMS);
}
const ROLE_LOCALS = sp('intake info conflicts billing reception records docketing privacy clerk help accounts');
const caseNoUS = (r: Rng): string => r.pick([
  `${r.int(1, 4)}:${r.int(22, 25)}-cv-${r.digits(5)}-${L(r, 'ABCDEFGHJKLMPRSTW')}${L(r, 'ABCDEFGHJKLMPRSTW')}${L(r, 'ABCDEFGHJKLMPRSTW')}`,
  `${r.int(22, 25)}STCV${r.digits(5)}`, `CV-20${r.int(22, 25)}-${r.digits(6)}`, `20${r.int(22, 25)}-DR-${r.digits(5)}`,
  `FA-${r.int(22, 25)}-${r.digits(7)}`, `${r.int(22, 25)}-CR-${r.digits(4)}`, `20${r.int(22, 25)}-PR-${r.digits(5)}`, `Index No. ${r.digits(6)}/20${r.int(22, 25)}`,
]);
const matterNo = (r: Rng): string => r.pick([`${r.digits(5)}-${r.digits(4)}`, `M-20${r.int(22, 25)}-${r.digits(4)}`, `${r.digits(4)}.${r.digits(3)}`, `CL${r.digits(6)}`]);
const barNo = (r: Rng): string => r.pick([`SBN ${r.int(180000, 349999)}`, `Bar No. ${r.int(10000, 99999)}`, `ARDC No. ${r.int(6200000, 6399999)}`, `Texas Bar No. ${r.int(24000000, 24129999)}`, `NY Reg. No. ${r.int(4000000, 5999999)}`, `BBO #${r.int(600000, 712000)}`]);
const bates = (r: Rng): string => `${r.pick(sp('WM HSV GRP DEF PLTF ABC OKL NGLA'))}${r.pick(['', '_', '-'])}${r.digits(7)}`;
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join('');
const version = (r: Rng): string => r.pick([`v${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(0, 9)}`, `build ${r.int(4, 12)}.${r.int(0, 9)}.${r.int(1000, 9999)}`, `release ${r.int(1, 9)}.${r.int(0, 9)}`]);
const courtroom = (r: Rng): string => r.pick([`Courtroom ${r.int(1, 24)}${L(r, 'ABCD')}`, `Dept. ${r.int(1, 90)}`, `Room ${r.int(101, 1499)}`, `Part ${r.int(1, 60)}`, `Court ${r.int(1, 12)}`]);
const amount = (r: Rng): string => `$${r.int(1, 95)},${r.digits(3)}.${r.digits(2)}`;
const euro = (r: Rng): string => `${r.int(1, 95)}.${r.digits(3)},${r.digits(2)} €`;
function distractor(r: Rng): string {
  return r.pick([
    `See ${r.pick(PRECEDENTS)}.`, `Cf. ${r.pick(STATUTES)}.`, `Ref. ${r.pick(EPONYMS)}.`, `Bates range ${bates(r)}–${bates(r)}.`,
    `Doc hash (SHA-256) ${hex(r, 64)}.`, `Exported with ${r.pick(SOFTWARE)} ${version(r)}.`, `EIN ${ein(r)} on file for the LLC.`,
    `Card on file ${maskedCard(r)}.`, `Matter ${matterNo(r)}.`, `Hearing reset to ${recent(r, 'US')} at ${r.int(8, 11)}:${r.pick(['00', '30'])} a.m.`,
  ]);
}
const US_COURTS = [
  'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS', 'UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK',
  'SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF ALAMEDA', 'SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS',
  'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, LAW DIVISION', 'IN THE DISTRICT COURT OF HARRIS COUNTY, TEXAS\n281ST JUDICIAL DISTRICT',
  'COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY\nCIVIL TRIAL DIVISION', 'IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT\nIN AND FOR MIAMI-DADE COUNTY, FLORIDA',
  'UNITED STATES BANKRUPTCY COURT\nDISTRICT OF NEW JERSEY', 'SUPERIOR COURT OF WASHINGTON\nFOR KING COUNTY',
];
const STATE_COURTS = US_COURTS.filter((c) => !c.startsWith('UNITED STATES'));
const COMPANIES = sp('Harborview_Property_Management,_LLC Quillon_Logistics_Inc. Tri-County_Mutual_Insurance_Co. Parkside_Dental_Group,_P.C. Brightwater_Foods_Corp. Sable_Ridge_Apartments_LP Northstar_Freight_Lines_Inc. Kestrel_Analytics_LLC Meridian_Home_Health_Services Copperline_Auto_Sales,_Inc.');

// ───────────────────────────── templates ─────────────────────────────
const USER_P = 0.5;

const T: Tpl[] = [
  // 1 US intake form
  (r, d) => {
    const cc: Cc = 'US';
    const p = person(r, cc);
    const [fn, dom] = firm(r, 'US');
    d.t(`${fn.toUpperCase()} — NEW CLIENT INTAKE\nMatter type: ${r.pick(['Personal injury', 'Employment', 'Landlord/tenant', 'Family', 'Probate'])}   Intake ID: ${matterNo(r)}\n\nFull legal name: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['full', 'mid', 'caps'] as const));
    d.t('\nDate of birth: ').l('DOB', dob(r, cc)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nHome address: ').l('ADDRESS', addr(r, cc));
    d.t('\nCell: ').l('PHONE', phone(r, cc));
    if (r.chance(0.5)) d.t('   OK to text: Y');
    else d.t('   Work: ').l('PHONE', phone(r, cc)).t(` ext. ${r.int(10, 4999)}`);
    d.t('\nE-mail: ').l('EMAIL', email(r, p)).t('\nOpposing party: ').t(r.pick(COMPANIES)).t('\nReferred by: ');
    if (r.chance(0.5)) nm(d, person(r, cc)).t(' (former client)');
    else d.t(r.pick(['Google search', 'State Bar referral service', 'billboard on I-94', 'Avvo']));
    d.t(`\nIncident date: ${recent(r, cc)}\nConflict check: cleared ${recent(r, cc)} — reviewed by `);
    d.l('EMAIL', `${r.pick(ROLE_LOCALS)}@${dom}`).t('\n');
  },
  // 2 UK client intake
  (r, d) => {
    const p = person(r, 'UK');
    const [fn, dom] = firm(r, 'UK');
    d.t(`${fn}\nClient Information Form (private & confidential)\nOur ref: ${r.pick(['AF', 'TR', 'KH'])}/${r.digits(5)}/${r.int(1, 9)}\n\nTitle: ${r.pick(HON_EN)}\nName: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p);
    d.t('\nDate of birth: ').l('DOB', dob(r, 'UK')).t(`\nNational Insurance no.: ${L(r, 'ABCEGHJKLMNPRSTWXYZ')}${L(r, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${L(r, 'ABCD')}\nAddress: `);
    d.l('ADDRESS', addr(r, 'UK', '\n')).t('\nMobile: ').l('PHONE', phone(r, 'UK')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t('\nID seen: passport, checked by ');
    nm(d, person(r, 'UK'), 'init').t(` on ${recent(r, 'UK')}\nBank details for completion monies: IBAN `).l('IBAN', iban(r, 'GB')).t(`, sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}\nQueries: `).l('EMAIL', `${r.pick(ROLE_LOCALS)}@${dom}`).t('\n');
  },
  // 3 German Mandantenaufnahme
  (r, d) => {
    const p = person(r, 'DE');
    const [fn, dom] = firm(r, 'DE');
    d.t(`${fn}\nMandantenaufnahmebogen — Az. ${r.int(10, 999)}/${r.int(22, 25)} ${r.pick(['AR', 'FamR', 'ErbR', 'MietR'])}\n\n`);
    if (r.chance(USER_P)) self(d.t('Name: '), p);
    else nm(d.t('Name, Vorname: '), p, 'rev');
    d.t('\nGeburtsdatum: ').l('DOB', dob(r, 'DE')).t('\nAnschrift: ').l('ADDRESS', addr(r, 'DE')).t('\nTelefon: ').l('PHONE', phone(r, 'DE'));
    d.t('\nE-Mail: ').l('EMAIL', email(r, p)).t(`\nGegner: ${r.pick(['Wohnbau Nord GmbH', 'Stadtwerke Mitte AG', 'Autohaus Brenner KG'])}\nRechtsschutzversicherung: ja, Schadennr. ${r.digits(3)}-${r.digits(6)}\nBankverbindung für Erstattungen: `);
    d.l('IBAN', iban(r, 'DE')).t(`\nSachbearbeitung: Rechtsanwältin `);
    nm(d, person(r, 'DE')).t(', Tel. ').l('PHONE', phone(r, 'DE')).t(`, Durchwahl -${r.int(10, 99)}\nKanzleipostfach: `).l('EMAIL', `${r.pick(['kanzlei', 'sekretariat', 'info'])}@${dom}`).t(`\nBitte beachten: Fristablauf ${date(r, 'DE', 2024, 2025)}.\n`);
  },
  // 4 Spanish hoja de encargo
  (r, d) => {
    const cc: Cc = r.chance(0.6) ? 'ES' : 'MX';
    const p = person(r, cc);
    const [fn, dom] = firm(r, cc);
    d.t(`${fn}\nHOJA DE ENCARGO PROFESIONAL — Exp. ${r.digits(3)}/${r.int(2022, 2025)}\n\nDe una parte, D./Dña. `);
    nm(d, p, r.pick(['full', 'mid', 'caps'] as const)).t(`, mayor de edad, con ${cc === 'ES' ? 'DNI' : 'CURP'} ${cc === 'ES' ? r.digits(8) + L(r, 'TRWAGMYFPDXBNJZSQVHLCKE') : 'XXXX' + r.digits(6) + 'HDFXXX' + r.digits(2)}, nacido/a el `);
    d.l('DOB', dob(r, cc)).t(' y con domicilio en ').l('ADDRESS', addr(r, cc)).t(', teléfono ').l('PHONE', phone(r, cc)).t(' y correo ').l('EMAIL', email(r, p));
    d.t(`.\nDe otra, el Letrado `);
    nm(d, person(r, cc)).t(`, colegiado n.º ${r.int(1000, 99999)} del ${r.pick(['ICAM', 'ICAB', 'ICAS'])}.\nHonorarios: ${euro(r)} (IVA no incluido), pagaderos en la cuenta `).l('IBAN', iban(r, 'ES')).t('.\nComunicaciones al despacho: ').l('EMAIL', `${r.pick(['despacho', 'administracion', 'info'])}@${dom}`).t(`.\nEn ${cc === 'ES' ? 'Madrid' : 'Ciudad de México'}, a ${recent(r, cc)}.\n`);
  },
  // 5 French fiche client / lettre de mission
  (r, d) => {
    const p = person(r, 'FR');
    const [fn, dom] = firm(r, 'FR');
    d.t(`${fn} — Avocats au Barreau de ${r.pick(['Lyon', 'Paris', 'Bordeaux'])}\nLettre de mission — Dossier n° ${r.int(22, 25)}.${r.digits(4)}\n\n${r.pick(['Madame', 'Monsieur'])} `);
    nm(d, p, r.pick(['full', 'caps'] as const)).t('\n').l('ADDRESS', addr(r, 'FR', '\n')).t(`\n\n${r.pick(['Chère Madame', 'Cher Monsieur'])},\n\nVous nous avez consultés au sujet du litige vous opposant à la SCI ${r.pick(['Les Tilleuls', 'Bellecour', 'Horizon'])}. Maître `);
    nm(d, person(r, 'FR')).t(' assurera le suivi du dossier ; vous pouvez la joindre au ').l('PHONE', phone(r, 'FR')).t(' ou à ').l('EMAIL', `${r.pick(['accueil', 'secretariat', 'contact'])}@${dom}`);
    d.t(`.\nNous avons noté votre date de naissance (`).l('DOB', dob(r, 'FR')).t(`) pour la déclaration d'aide juridictionnelle. La provision de ${r.int(8, 30)}00 € est à verser sur notre compte CARPA : `).l('IBAN', iban(r, 'FR'));
    d.t(`.\nFondement envisagé : ${r.pick(STATUTES.slice(13, 14))}. Audience prévue le ${date(r, 'FR', 2025, 2025)}.\n`);
  },
  // 6 US engagement letter
  (r, d) => {
    const p = person(r, 'US');
    const [fn, dom] = firm(r, 'US');
    const atty = person(r, 'US');
    d.t(`${fn}\n`).l('ADDRESS', addr(r, 'US', '\n')).t('\nT ').l('PHONE', phone(r, 'US')).t(`\n\n${recent(r, 'US')}\n\nVIA EMAIL (`).l('EMAIL', email(r, p)).t(')\n\n');
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, 'mid');
    d.t('\n').l('ADDRESS', addr(r, 'US', '\n')).t(`\n\nRe: Engagement — ${r.pick(['Wrongful termination claim against', 'Lease dispute with', 'Collection action by'])} ${r.pick(COMPANIES)}\n\nDear ${r.pick(HON_EN)} `);
    nm(d, p, 'sur').t(`:\n\nThank you for selecting the firm. I will be the responsible attorney, assisted by paralegal `);
    nm(d, person(r, 'US')).t(`. Our hourly rates are $${r.int(195, 650)} (partner) and $${r.int(90, 180)} (paralegal). The advance fee deposit of ${amount(r)} will be held in our IOLTA trust account (ABA routing ${routing(r)}). ${distractor(r)}\n\nVery truly yours,\n\n`);
    nm(d, atty, r.pick(['full', 'mid'] as const)).t(`\n${barNo(r)}\n`).l('EMAIL', email(r, atty, dom)).t('\n');
  },
  // 7 retainer card authorization
  (r, d) => {
    const cc: Cc = r.pick(['US', 'US', 'CA', 'AU']);
    const p = person(r, cc);
    const [fn] = firm(r, cc);
    d.t(`${fn}\nCREDIT CARD AUTHORIZATION — RETAINER / EVERGREEN DEPOSIT\nClient/Matter: ${matterNo(r)}\n\nCardholder name: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['full', 'caps'] as const));
    const cd = cardDigits(r);
    d.t(`\nCard type: ${network(cd)}\nCard number: `).l('CARD', fmtCard(r, cd)).t(`\nExp: ${p2(r.int(1, 12))}/${r.int(26, 31)}   CVV: on file separately\nBilling address: `);
    d.l('ADDRESS', addr(r, cc)).t('\nPhone: ').l('PHONE', phone(r, cc)).t('\nEmail for receipts: ').l('EMAIL', email(r, p));
    d.t(`\nAmount: ${amount(r)} initial, then replenish to $${r.int(2, 10)},000 monthly.\nSignature: ______________  Date: ${recent(r, cc)}\nPrior card ${maskedCard(r)} — declined, do not retry.\n`);
  },
  // 8 case management CSV export
  (r, d) => {
    const rows = r.int(3, 6);
    d.t(`# ${r.pick(SOFTWARE)} export ${version(r)} — contacts.csv — generated ${recent(r, 'US')} 14:${r.int(10, 59)} UTC\nmatter_id,client_name,role,dob,phone,email,ssn_last4\n`);
    for (let i = 0; i < rows; i++) {
      const cc: Cc = r.chance(0.8) ? 'US' : r.pick(ALL_CC);
      const p = person(r, cc);
      d.t(`${matterNo(r)},"`);
      nm(d, p, r.pick(['rev', 'rev', 'full', 'capsrev'] as const)).t(`",${r.pick(['client', 'client', 'witness', 'adverse'])},`);
      if (r.chance(0.8)) d.l('DOB', r.pick([`${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1940, 2005)}`, `${r.int(1940, 2005)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`])).t(',');
      else d.t(',');
      d.l('PHONE', phone(r, cc)).t(',');
      if (r.chance(0.85)) d.l('EMAIL', email(r, p));
      d.t(`,${r.digits(4)}\n`);
    }
  },
  // 9 case management JSON export
  (r, d) => {
    const p = person(r, 'US');
    const q = person(r, 'US');
    d.t(`{\n  "matter": "${matterNo(r)}",\n  "caption": "${r.pick(PRECEDENTS).split(',')[0] ?? ''} (research memo)",\n  "court_case_no": "${caseNoUS(r)}",\n  "client": {\n    "name": "`);
    nm(d, p).t('",\n    "dob": "').l('DOB', date(r, 'US', 1940, 2004)).t('",\n    "ssn": "').l('NATIONAL_ID', ssn(r)).t('",\n    "mobile": "').l('PHONE', phone(r, 'US')).t('",\n    "email": "').l('EMAIL', email(r, p));
    d.t('",\n    "mailing_address": "').l('ADDRESS', addr(r, 'US')).t(`"\n  },\n  "responsible_attorney": "`);
    nm(d, q, 'init').t(`",\n  "opened": "${date(r, 'US', 2022, 2025)}",\n  "statute_of_limitations": "${date(r, 'US', 2025, 2027)}",\n  "last_login_ip": "`).l('IP', ip(r)).t(`",\n  "tags": ["${r.pick(['PI', 'auto', 'slip-and-fall', 'wage-hour'])}", "${r.pick(EPONYMS)}"]\n}\n`);
  },
  // 10 court docket entries
  (r, d) => {
    const judge = person(r, 'US');
    const pl = person(r, 'US');
    const atty1 = person(r, 'US');
    const atty2 = person(r, 'US');
    d.t(`CIVIL DOCKET FOR CASE #: ${caseNoUS(r)}\n`);
    nm(d, pl, 'caps').t(` v. ${r.pick(COMPANIES).toUpperCase()}\nAssigned to: ${r.pick(['Hon.', 'Judge', 'District Judge'])} `);
    nm(d, judge, r.pick(['full', 'mid'] as const)).t(`\nCause: ${r.pick(STATUTES.slice(0, 11))}\n\nDate Filed  #  Docket Text\n${recent(r, 'US')}  1  COMPLAINT against defendant filed by `);
    nm(d, pl).t(`. (Filing fee $405, receipt number A${r.digits(10)}) (Attachments: # 1 Civil Cover Sheet) (`);
    nm(d, atty1, 'sur').t(`, ${r.pick(['Dana', 'entered'])}) \n${recent(r, 'US')}  ${r.int(5, 12)}  NOTICE of Appearance by `);
    nm(d, atty2, r.pick(['full', 'mid'] as const)).t(' on behalf of defendant (').l('EMAIL', email(r, atty2, firm(r, 'US')[1])).t(`)\n${recent(r, 'US')}  ${r.int(13, 30)}  MINUTE ENTRY before `);
    d.t('Judge ');
    nm(d, judge, 'sur').t(`: status hearing held; discovery closes ${date(r, 'US', 2025, 2026)}. Mailed notice. ${courtroom(r)}.\n`);
  },
  // 11 pleading caption with attorney block
  (r, d) => {
    const atty = person(r, 'US');
    const pl = person(r, 'US');
    const [fn, dom] = firm(r, 'US');
    nm(d, atty, r.pick(['full', 'mid'] as const)).t(` (${barNo(r)})\n`).l('EMAIL', email(r, atty, dom)).t(`\n${fn.toUpperCase()}\n`).l('ADDRESS', addr(r, 'US', '\n')).t('\nTelephone: ').l('PHONE', phone(r, 'US'));
    if (r.chance(0.5)) d.t('\nFacsimile: ').l('PHONE', phone(r, 'US'));
    d.t(`\n\nAttorneys for Plaintiff\n\n${r.pick(US_COURTS)}\n\n`);
    nm(d, pl, 'caps').t(`, an individual,\n\n        Plaintiff,\n    v.\n\n${r.pick(COMPANIES).toUpperCase()}; and DOES 1 through ${r.int(10, 50)}, inclusive,\n\n        Defendants.\n\nCase No. ${caseNoUS(r)}\n\nCOMPLAINT FOR DAMAGES\n1. ${r.pick(['Violation of', 'Retaliation under', 'Breach of'])} ${r.pick(STATUTES)};\nDEMAND FOR JURY TRIAL\n\n`);
    d.t('1. Plaintiff ').l('PERSON', render(pl, r.pick(['full', 'caps'] as const))).t(' ("Plaintiff") is, and at all relevant times was, a resident of ').t(r.pick(US_CITIES)[0]).t('.\n');
  },
  // 12 witness list
  (r, d) => {
    const n = r.int(3, 5);
    d.t(`${r.pick(['PLAINTIFF', 'DEFENDANT'])}'S PRELIMINARY WITNESS LIST\nCase No. ${caseNoUS(r)}\nPursuant to ${r.pick(['Fed. R. Civ. P. 26(a)(1)(A)(i)', 'Local Rule 16.1', 'the Scheduling Order (Dkt. 41)'])}:\n\n`);
    for (let i = 1; i <= n; i++) {
      const cc: Cc = r.chance(0.85) ? 'US' : r.pick(ALL_CC);
      const w = person(r, cc);
      d.t(`${i}. `);
      nm(d, w, anyForm(r));
      if (r.chance(0.4)) d.t(`, M.D., ${r.pick(['treating physician', 'neurologist (dx: ' + r.pick(EPONYMS.slice(0, 7)) + ')'])}`);
      else d.t(`, ${r.pick(['former shift supervisor', 'eyewitness', 'property manager', 'custodian of records', "plaintiff's sister"])}`);
      d.t('\n   ');
      if (r.chance(0.7)) d.l('ADDRESS', addr(r, cc)).t('\n   ');
      else d.t(`c/o counsel for ${r.pick(COMPANIES)}\n   `);
      d.l('PHONE', phone(r, cc));
      if (r.chance(0.4)) d.t(' | ').l('EMAIL', email(r, w));
      d.t(`\n   Subjects: ${r.pick(['events of ' + recent(r, 'US'), 'billing records', 'scheduling practices', 'chain of custody'])}\n`);
    }
  },
  // 13 deposition transcript
  (r, d) => {
    const w = person(r, 'US');
    const q = person(r, 'US');
    const rep = person(r, 'US');
    let ln = r.int(1, 8);
    const line = (): string => `${String(ln++).padStart(2, ' ')}   `;
    d.t(`DEPOSITION OF `);
    nm(d, w, 'caps').t(`\nTaken ${recent(r, 'US')} — Case No. ${caseNoUS(r)}\nReported by: `);
    nm(d, rep).t(`, CSR No. ${r.int(10000, 14999)}\n\n${line()}EXAMINATION BY ${r.pick(['MR.', 'MS.'])} `).l('PERSON', q.s.toUpperCase());
    d.t(`:\n${line()}  Q.  Please state your full name for the record.\n${line()}  A.  `).l('PERSON', render(w, r.pick(['full', 'mid'] as const))).t(`.\n${line()}  Q.  And your date of birth?\n${line()}  A.  `).l('DOB', date(r, 'US', 1945, 2003));
    d.t(`.\n${line()}  Q.  Where do you currently reside?\n${line()}  A.  `).l('ADDRESS', addr(r, 'US'));
    d.t(`.\n${line()}  Q.  Best number to reach you?\n${line()}  A.  `);
    if (r.chance(0.5)) d.l('PHONE', spokenPhone(r));
    else d.l('PHONE', phone(r, 'US'));
    d.t(`.\n${line()}  Q.  Have you ever been diagnosed with ${r.pick(EPONYMS.slice(0, 7))}?\n${line()}  A.  No.\n${line()}  Q.  Who was your supervisor in ${r.int(2019, 2024)}?\n${line()}  A.  `);
    const sup = person(r, 'US');
    d.t(r.pick(['Ms. ', 'Mr. ', ''])).l('PERSON', render(sup, r.pick(['full', 'sur'] as const))).t(`, and before that `);
    nm(d, person(r, 'US'), 'given').t(`, I don't remember her last name.\n${line()}  Q.  Did you read the email marked Exhibit ${r.int(4, 40)}, ${bates(r)}?\n${line()}  A.  I did.\n`);
  },
  // 14 deposition: spoken e-mail
  (r, d) => {
    const w = person(r, 'US');
    const atty = person(r, 'US');
    d.t(`  ${r.int(10, 20)}   BY MS. `);
    nm(d, { ...atty, s: atty.s.toUpperCase() }, 'sur').t(`:\n  ${r.int(21, 24)}       Q.  What e-mail address did you use in ${r.int(2018, 2023)}?\n  25       A.  It was `);
    const g = ascii(w.g);
    const s = ascii(w.s);
    const prov = r.pick(['gmail', 'yahoo', 'hotmail', 'aol', 'outlook']);
    d.l('EMAIL', r.pick([`${g} dot ${s} at ${prov} dot com`, `${g}${s} at ${prov} dot com`, `${g.charAt(0)} ${s} at ${prov} dot com`, `${g} underscore ${s} at ${prov} dot com`]));
    d.t(`.\n                                                   Page ${r.int(20, 190)}\n   1       Q.  And is that the account the messages to `);
    const other = person(r, 'US');
    nm(d, other).t(" were sent from?\n   2       A.  Yes. Also my work one, ");
    d.l('EMAIL', email(r, w, r.pick(FIRMS)[1])).t(`.\n   3       Q.  Your phone at the time ended in ${r.digits(4)}?\n   4       A.  I think so. The full number was `).l('PHONE', spokenPhone(r)).t('.\n   5       Q.  Thank you, ').l('PERSON', render(w, r.pick(['full', 'given'] as const))).t('.\n');
  },
  // 15 conflict-check record
  (r, d) => {
    const cl = person(r, 'US');
    const adv = person(r, 'US');
    const rel = person(r, 'US');
    d.t(`CONFLICT CHECK REQUEST #${r.digits(6)}   submitted ${recent(r, 'US')} by `);
    nm(d, person(r, 'US'), 'init').t(`\nProspective client: `);
    nm(d, cl, r.pick(['rev', 'full', 'capsrev'] as const)).t(`\n  aka: `);
    nm(d, { ...cl, full: `${cl.g.charAt(0)}. ${cl.s}` }, 'full').t(`\nAdverse parties: `);
    nm(d, adv, r.pick(['full', 'rev'] as const)).t(`; ${r.pick(COMPANIES)}\nRelated parties: `);
    nm(d, rel).t(` (spouse); ${r.pick(['Sable Ridge Holdings', 'Quillon Trust', 'Brightwater Foods Corp.'])}\nSearch results: ${r.int(0, 3)} hit(s) — "`);
    nm(d, adv, 'sur').t(`" matched closed matter ${matterNo(r)} (${r.pick(PRECEDENTS).split(',')[0] ?? ''} research only — not a party). No ethical wall needed.\nCleared by ${r.pick(['Conflicts Committee', 'General Counsel'])} — questions to `);
    d.l('EMAIL', `conflicts@${firm(r, 'US')[1]}`).t('\n');
  },
  // 16 conflict-clearance email
  (r, d) => {
    const [fn, dom] = firm(r);
    const a = person(r, 'US');
    const b = person(r, 'US');
    const party = person(r, 'US');
    d.t('From: ').l('EMAIL', `conflicts@${dom}`).t('\nTo: ').l('EMAIL', email(r, a, dom)).t(`\nSubject: RE: New matter — `);
    nm(d, party, 'caps').t(` / ${r.pick(COMPANIES)}\n\nHi `);
    nm(d, a, 'given').t(`,\n\nNo conflicts found for `);
    nm(d, party).t(`. Note that `);
    nm(d, b).t(` (our former client, matter ${matterNo(r)}) shares the last name; she is unrelated per the intake notes. ${fn} has represented ${r.pick(EPONYMS.slice(19, 27))} in unrelated work — no issue.\n\nThanks,\nConflicts Dept. | ext. ${r.int(2000, 2999)}\n`);
  },
  // 17 legal-aid hotline chat
  (r, d) => {
    const cc: Cc = 'US';
    const u = person(r, cc);
    const agent = person(r, cc);
    const [fn, dom] = firm(r, 'US');
    d.t(`[${fn} — online intake chat] session ${hex(r, 12)} · visitor IP `).l('IP', ip(r)).t(` · ${r.pick(['Chrome', 'Safari', 'Firefox'])} ${r.int(100, 131)}.0\n`);
    nm(d, agent, 'given').t(` (volunteer): Hi, this chat is confidential. What's your name?\nVisitor: `);
    const isSelf = r.chance(0.5);
    if (isSelf) self(d, u);
    else nm(d, u, r.pick(['lower', 'full'] as const));
    d.t(`\nVisitor: my landlord put a 3-day notice on my door, case number ${caseNoUS(r)}\n`);
    nm(d, agent, 'given').t(`: Sorry to hear that. What's the address of the rental?\nVisitor: `).l('ADDRESS', addr(r, cc).toLowerCase());
    d.t(`\nVisitor: my phone is `).l('PHONE', phone(r, cc)).t(r.chance(0.5) ? ' text is better' : '');
    if (r.chance(0.6)) d.t(' and email ').l('EMAIL', email(r, u));
    d.t(`\n`);
    nm(d, agent, 'given').t(`: Thanks. Under ${r.pick(STATUTES.slice(0, 10))} you may have defenses. An attorney, ${r.pick(['Ms.', 'Mr.'])} `);
    nm(d, person(r, cc), 'sur').t(`, will call you within 2 business days. Don't share your SSN here — we only need the last four (${maskedSsn(r)}). If we get disconnected, write to `).l('EMAIL', `help@${dom}`).t(`.\nVisitor: ok thank u\n[chat closed ${recent(r, cc)}]\n`);
  },
  // 18 legal-aid chat in Spanish
  (r, d) => {
    const u = person(r, 'MX');
    const ag = person(r, 'US');
    d.t(`Línea de ayuda legal — chat #${r.digits(7)} (IP: `).l('IP', ip(r)).t(`)\nAsesora `);
    nm(d, ag, 'given').t(`: Buenas tardes, ¿con quién tengo el gusto?\nUsuario: soy `);
    if (r.chance(0.5)) self(d, u);
    else nm(d, u, r.pick(['full', 'lower', 'mid'] as const));
    d.t(`, mi patrón no me pagó las horas extra desde ${r.pick(MONTHS.es ?? [])}\nAsesora: ¿Me da un teléfono?\nUsuario: `).l('PHONE', phone(r, 'US')).t(` o el de mi hermana `);
    nm(d, person(r, 'MX'), 'given').t(' ').l('PHONE', phone(r, 'US')).t(`\nUsuario: vivo en `).l('ADDRESS', addr(r, 'US')).t(`\nAsesora: Gracias. Su número de caso es ${matterNo(r)}. No comparta su número de Seguro Social por chat.\nUsuario: mi fecha de nacimiento es `).l('DOB', date(r, 'MX', 1960, 2004)).t(' por si la necesitan\n');
  },
  // 19 e-discovery email thread with headers
  (r, d) => {
    const a = person(r, 'US');
    const b = person(r, 'US');
    const c = person(r, r.pick(ALL_CC));
    const dom = r.pick(sp('quillonlogistics.com brightwaterfoods.com kestrel-analytics.io northstarfreight.com meridianhh.org'));
    d.t(`BEGDOC: ${bates(r)}  CUSTODIAN: `);
    nm(d, a, 'capsrev').t(`  PRIV: N\n-----Original Message-----\nFrom: "`);
    nm(d, a, 'rev').t('" <').l('EMAIL', email(r, a, dom)).t(`>\nSent: ${r.pick(['Monday', 'Tuesday', 'Thursday'])}, ${date(r, 'US', 2021, 2023)} ${r.int(1, 12)}:${r.int(10, 59)} PM\nTo: `);
    nm(d, b).t(' <').l('EMAIL', email(r, b, dom)).t('>\nCc: ').l('EMAIL', email(r, c)).t(`\nX-Originating-IP: [`).l('IP', ip(r)).t(`]\nReceived: from mail${r.int(1, 9)}.${dom} ([`).l('IP', ipv4(r)).t(`]) by mx.${dom} with ESMTPS id ${hex(r, 10)}\nSubject: RE: ${r.pick(['Q3 route changes', 'driver logs', 'Parkside invoice dispute', 'Q4 layoffs list'])}\n\n`);
    nm(d, b, 'given').t(` — please loop in `);
    nm(d, c).t(` before Friday. Her cell is `).l('PHONE', phone(r, 'US')).t(`. Don't forward outside the team.\n\n`);
    nm(d, a, 'init').t(`\nSenior Manager, Operations\n`);
  },
  // 20 privilege log
  (r, d) => {
    const n = r.int(3, 5);
    const [, dom] = firm(r, 'US');
    const atty = person(r, 'US');
    d.t(`PRIVILEGE LOG — ${r.pick(COMPANIES)} — Production Vol. ${r.int(1, 9)}\nPer ${r.pick(['Fed. R. Civ. P. 26(b)(5)(A)', 'Fed. R. Evid. 502(d)', 'N.Y. C.P.L.R. 3122(b)'])}; see also ${r.pick(PRECEDENTS.slice(7, 9))}.\n\nEntry | Bates | Date | Author | Recipients | Basis | Description\n`);
    for (let i = 1; i <= n; i++) {
      const au = person(r, 'US');
      d.t(`${i} | ${bates(r)} | ${date(r, 'US', 2021, 2024)} | `);
      nm(d, au, anyForm(r)).t(' | ');
      if (r.chance(0.5)) d.l('EMAIL', email(r, atty, dom));
      else nm(d, atty, 'rev').t(' (Esq.)');
      if (r.chance(0.4)) d.t('; ').l('EMAIL', email(r, person(r, 'US'), r.pick(['kestrel-analytics.io', 'quillonlogistics.com'])));
      d.t(` | ${r.pick(['AC', 'WP', 'AC/WP'])} | ${r.pick(['Email requesting legal advice re: termination of', 'Draft memo re: exposure under ' + r.pick(EPONYMS.slice(7, 13)) + ' concerning', 'Notes of call with counsel regarding'])} `);
      nm(d, person(r, 'US'), r.pick(['full', 'sur'] as const)).t('\n');
    }
  },
  // 21 notary acknowledgment
  (r, d) => {
    const cc: Cc = 'US';
    const p = person(r, cc);
    const notary = person(r, cc);
    const st = r.pick(US_CITIES);
    d.t(`ACKNOWLEDGMENT\n\nState of ${st[1]}\nCounty of ${r.pick(['Multnomah', 'Franklin', 'Pima', 'Wake', 'Albany', 'Kings', 'Travis', 'Cook'])}\n\nOn ${recent(r, cc)} before me, `);
    nm(d, notary, r.pick(['full', 'mid'] as const)).t(', Notary Public, personally appeared ');
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['full', 'mid', 'caps'] as const));
    d.t(`, who proved to me on the basis of satisfactory evidence (${r.pick(['driver license', 'passport', 'state ID'])} no. ${L(r, 'ABDFGKMRSW')}${r.digits(7)}) to be the person whose name is subscribed to the within instrument.\nSigner's address: `).l('ADDRESS', addr(r, cc)).t('\nSigner DOB (journal entry): ').l('DOB', dob(r, cc));
    d.t(`\n\nWITNESS my hand and official seal.\nCommission No. ${r.int(1000000, 3999999)}   My commission expires ${date(r, cc, 2026, 2029)}\nJournal entry ${r.int(1, 400)}, thumbprint taken. Notary contact: `).l('PHONE', phone(r, cc)).t('\n');
  },
  // 22 probate petition
  (r, d) => {
    const cc: Cc = 'US';
    const dec = person(r, cc);
    const pet = person(r, cc);
    d.t(`${r.pick(STATE_COURTS)}\nPROBATE DIVISION\n\nIN THE MATTER OF THE ESTATE OF\n`);
    nm(d, dec, 'caps').t(`, Deceased.\nCase No. ${caseNoUS(r)}\n\nPETITION FOR LETTERS OF ADMINISTRATION\n\n1. Decedent `);
    nm(d, dec, r.pick(['full', 'mid'] as const)).t(' was born ').l('DOB', dob(r, cc)).t(` and died on ${date(r, cc, 2023, 2025)}, domiciled at `).l('ADDRESS', addr(r, cc)).t('.\n2. Decedent\'s Social Security number: ');
    if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
    else d.t(maskedSsn(r));
    d.t('.\n3. Petitioner ');
    nm(d, pet).t(', the decedent\'s ').t(r.pick(['daughter', 'son', 'surviving spouse', 'nephew'])).t(', resides at ').l('ADDRESS', addr(r, r.chance(0.8) ? 'US' : r.pick(ALL_CC))).t(' and may be reached at ').l('PHONE', phone(r, cc));
    d.t(`.\n4. Heirs at law (${r.pick(STATUTES.slice(6, 8))}):\n`);
    for (let i = 0, n = r.int(2, 3); i < n; i++) {
      const h = person(r, cc);
      d.t('   - ');
      nm(d, h, r.pick(['full', 'mid'] as const)).t(`, ${r.pick(['child', 'grandchild', 'sibling'])}, born `).l('DOB', dob(r, cc)).t('\n');
    }
    d.t(`5. Estimated estate value: ${amount(r)} (incl. ${r.pick(EPONYMS.slice(19, 27))} brokerage account).\n`);
  },
  // 23 will excerpt
  (r, d) => {
    const cc: Cc = r.pick(['US', 'UK', 'IE', 'AU', 'CA']);
    const t = person(r, cc);
    const ex = person(r, cc);
    const w1 = person(r, cc);
    const w2 = person(r, cc);
    d.t('LAST WILL AND TESTAMENT OF ');
    nm(d, t, 'caps').t('\n\nI, ');
    nm(d, t, r.pick(['full', 'mid'] as const)).t(', of ').l('ADDRESS', addr(r, cc)).t(', born ').l('DOB', dob(r, cc)).t(', declare this to be my last will.\n\nARTICLE I. I appoint my ').t(r.pick(['brother', 'sister', 'friend', 'daughter'])).t(' ');
    nm(d, ex).t(' as Executor. If ').t(r.pick(['he', 'she', 'they'])).t(' cannot serve, I appoint ');
    nm(d, person(r, cc), 'full').t(`.\nARTICLE II. I give my dog, ${r.pick(['Biscuit', 'Duke', 'Rosie', 'Winston', 'Maggie'])}, to `);
    nm(d, person(r, cc), 'given').t(`, and my boat "${r.pick(['Lady Margaret', 'Sea Grant', 'Annabel Lee'])}" to `);
    nm(d, ex, 'given').t(`.\nARTICLE III. The residue to the ${r.pick(['Elizabeth Glaser Pediatric AIDS Foundation', 'Michael J. Fox Foundation', 'Royal Marsden Cancer Charity'])}.\n\nSigned on ${recent(r, cc)} in the presence of:\n`);
    nm(d, w1).t(', ').l('ADDRESS', addr(r, cc)).t('\n');
    nm(d, w2).t(', ').l('ADDRESS', addr(r, cc)).t(`\n(${r.pick(STATUTES.slice(11, 12))} formalities observed.)\n`);
  },
  // 24 estate account inventory (cross-border)
  (r, d) => {
    const dec = person(r, 'US');
    const ex = person(r, 'US');
    d.t('ESTATE OF ');
    nm(d, dec, 'capsrev').t(` — INVENTORY OF ASSETS (Schedule A)\nPrepared by `);
    nm(d, ex, 'init').t(`, executor, ${recent(r, 'US')}\n\nItem | Description | Value\n1 | Checking, ${r.pick(['Wells Fargo', 'Chase', 'KeyBank'])} acct ****${r.digits(4)} | ${amount(r)}\n2 | Savings held abroad, IBAN `).l('IBAN', iban(r)).t(` | ${euro(r)}\n3 | Second foreign account, IBAN `).l('IBAN', iban(r)).t(` | ${euro(r)}\n4 | Credit card to be closed: `).l('CARD', card(r)).t(` (balance ${amount(r)})\n5 | Old card, number illegible: ${badCard(r)} (issuer rejected as invalid)\n6 | Vehicle, VIN 1${L(r, 'FGHJN')}${r.digits(3)}${L(r, 'ABCDEFGHJ')}${r.digits(11)}\n7 | Residence at `).l('ADDRESS', addr(r, 'US')).t(` | ${amount(r)}\nDecedent SSN `).l('NATIONAL_ID', ssn(r)).t(' — date of death ').t(date(r, 'US', 2023, 2025)).t('\n');
  },
  // 25 ISP subpoena return
  (r, d) => {
    const sub = person(r, 'US');
    const isp = r.pick(['Cascadia Broadband', 'Lakeshore Fiber', 'Tri-State Cable Co.', 'Summit Wireless']);
    d.t(`${isp} — Legal Compliance\nResponse to Subpoena in Case No. ${caseNoUS(r)} (see ${r.pick(STATUTES.slice(15, 17))})\nOur ref: LC-${r.digits(6)}\n\nRequested IP / timestamp (UTC)       Subscriber\n`);
    for (let i = 0, n = r.int(2, 4); i < n; i++) {
      const v = r.chance(0.6) ? ipv4(r) : ipv6(r);
      d.l('IP', v).t(`  ${r.int(2023, 2024)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z  ${i === 0 ? 'match' : 'same account'}\n`);
    }
    d.t('\nAccount holder: ');
    nm(d, sub, r.pick(['caps', 'full', 'rev'] as const)).t('\nService address: ').l('ADDRESS', addr(r, 'US')).t('\nContact phone: ').l('PHONE', phone(r, 'US')).t('\nContact email: ').l('EMAIL', email(r, sub));
    d.t(`\nAccount opened: ${date(r, 'US', 2015, 2022)}; MAC ${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}; modem firmware ${version(r)}\nCertified by custodian of records `);
    nm(d, person(r, 'US'), 'mid').t('\n');
  },
  // 26 e-filing receipt
  (r, d) => {
    const filer = person(r, 'US');
    const [fn, dom] = firm(r, 'US');
    d.t(`NOTICE OF ELECTRONIC FILING\nThe following transaction was entered by `);
    nm(d, filer, 'rev').t(` on ${recent(r, 'US')} at ${r.int(1, 12)}:${r.int(10, 59)} PM\nCase Name: `);
    nm(d, person(r, 'US'), 'sur').t(` v. ${r.pick(COMPANIES)}\nCase Number: ${caseNoUS(r)}\nDocument Number: ${r.int(2, 140)}\nDocket Text: MOTION to Compel (citing ${r.pick(PRECEDENTS.slice(15, 20)).split(',')[0] ?? ''})\nFiler IP: `).l('IP', ip(r)).t('\nNotice has been electronically mailed to:\n');
    for (let i = 0, n = r.int(2, 3); i < n; i++) {
      const a = person(r, 'US');
      nm(d, a, 'mid').t('   ').l('EMAIL', email(r, a, i === 0 ? dom : firm(r, 'US')[1])).t(', ').l('EMAIL', `docketing@${i === 0 ? dom : firm(r, 'US')[1]}`).t('\n');
    }
    d.t(`Document description: Main Document\nOriginal filename: ${r.pick(['MTC_final', 'motion-compel-v3', 'Dkt'])}.pdf\nElectronic document Stamp: [STAMP dcecfStamp_ID=${r.digits(10)} [Date=${recent(r, 'US')}] [FileNumber=${r.digits(8)}-0] [${hex(r, 40)}]]\n${fn}\n`);
  },
  // 27 invoice for legal services
  (r, d) => {
    const cc: Cc = r.pick(['US', 'US', 'UK', 'CA']);
    const c = person(r, cc);
    const [fn, dom] = firm(r, cc);
    d.t(`${fn}\nINVOICE ${r.digits(6)}   Invoice date: ${recent(r, cc)}   Due: ${recent(r, cc)}\nTax ID ${ein(r)}\n\nBill to:\n`);
    nm(d, c, r.pick(['full', 'caps'] as const)).t('\n').l('ADDRESS', addr(r, cc, '\n')).t(`\n\nMatter ${matterNo(r)} — ${r.pick(['Estate planning', 'Custody modification', 'Contract review'])}\n${recent(r, cc)}  ${r.pick(['Review', 'Draft', 'Call with'])} `);
    nm(d, person(r, cc), 'init').t(` re: ${r.pick(['deposition outline', 'trust amendment', 'Parenting plan'])}  ${r.int(1, 6)}.${r.int(0, 9)} h\n${recent(r, cc)}  Research ${r.pick(PRECEDENTS).split(',')[0] ?? ''}  ${r.int(1, 4)}.${r.int(0, 9)} h\nTotal due: ${amount(r)}\n\nPaid by card `);
    if (r.chance(0.6)) d.l('CARD', card(r)).t(` (auth ${r.digits(6)})`);
    else d.t(maskedCard(r));
    d.t('. Questions: ').l('EMAIL', `billing@${dom}`).t(' or ').l('PHONE', phone(r, cc)).t('\n');
  },
  // 28 juror questionnaire
  (r, d) => {
    const j = person(r, 'US');
    d.t(`JUROR QUESTIONNAIRE — CONFIDENTIAL\nJuror No. ${r.int(1, 120)}   Panel ${L(r, 'ABCDEFG')}-${r.digits(3)}   Trial: People v. `);
    nm(d, person(r, 'US'), 'sur').t(`, ${r.int(22, 25)}-CR-${r.digits(5)}\n\n1. Full name: `);
    if (r.chance(0.3)) self(d, j);
    else nm(d, j);
    d.t('\n2. Date of birth: ').l('DOB', dob(r, 'US')).t('\n3. Residence: ').l('ADDRESS', addr(r, 'US')).t(`\n4. Occupation: ${r.pick(['nurse at St. Jude', 'teacher', 'retired machinist', 'barista', 'Ford line worker'])}\n5. Have you or a family member been a victim of a crime? ${r.pick(['No.', 'Yes — my cousin '])}`);
    if (d.text.endsWith('cousin ')) nm(d, person(r, 'US')).t(`, burglary in ${r.int(2009, 2021)}.`);
    d.t(`\n6. Do you know Judge `);
    nm(d, person(r, 'US'), 'sur').t(', prosecutor ');
    nm(d, person(r, 'US')).t(`, or any witness? No.\n7. Have you heard of ${r.pick(PRECEDENTS.slice(0, 6)).split(',')[0] ?? ''}? ${r.pick(['Only from TV.', 'No.'])}\n8. Daytime phone: `).l('PHONE', phone(r, 'US')).t('\n');
  },
  // 29 immigration intake
  (r, d) => {
    const home: Cc = r.pick(['MX', 'IN', 'BR', 'FR', 'DE', 'JP', 'UK', 'IT']);
    const p = person(r, home);
    d.t(`IMMIGRATION CONSULTATION NOTES — ${recent(r, 'US')}\nA-Number: A${r.digits(9)}   Receipt: ${r.pick(['IOE', 'EAC', 'WAC', 'MSC'])}${r.digits(10)}\nClient: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['capsrev', 'full', 'mid'] as const));
    d.t(`\nDOB: `).l('DOB', dob(r, home)).t(`   Passport: ${L(r, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(8)} (exp. ${date(r, home, 2026, 2033)})\nAddress abroad: `).l('ADDRESS', addr(r, home, ', ', true)).t('\nUS address: ').l('ADDRESS', addr(r, 'US'));
    d.t('\nPhone (home country): ').l('PHONE', phone(r, home)).t('   US: ').l('PHONE', phone(r, 'US'));
    d.t(`\nSSN: ${r.chance(0.5) ? 'none yet (EAD pending)' : 'ITIN ' + itin(r) + ' only'}\nSpouse: `);
    nm(d, person(r, home)).t(', born ').l('DOB', dob(r, home)).t(`\nPriority date ${date(r, 'US', 2015, 2023)}; visa bulletin ${r.pick(MONTHS.en ?? [])} ${r.int(2024, 2025)}.\n`);
  },
  // 30 custody petition
  (r, d) => {
    const cc: Cc = 'US';
    const m = person(r, cc);
    const f = person(r, cc);
    d.t(`${r.pick(STATE_COURTS)}\nFAMILY DIVISION\n\nIn re the Marriage of\n`);
    nm(d, m, 'caps').t(', Petitioner,\nand\n');
    nm(d, f, 'caps').t(`, Respondent.\n\nCase No. ${r.int(22, 25)}-DR-${r.digits(5)}\nPETITION FOR MODIFICATION OF PARENTING TIME (${STATUTES[17] ?? ''})\n\nThe minor children of the parties are:\n`);
    for (let i = 0, n = r.int(1, 3); i < n; i++) {
      const k = { ...person(r, cc), s: f.s };
      const kk: Person = { ...k, full: `${k.g} ${f.s}` };
      d.t('   ');
      nm(d, kk).t(', born ').l('DOB', date(r, cc, 2008, 2021)).t('\n');
    }
    d.t('Petitioner resides at ').l('ADDRESS', addr(r, cc)).t('. Respondent\'s last known address is ').l('ADDRESS', addr(r, cc)).t(`. The parties separated on ${date(r, cc, 2021, 2024)}. The children's pediatrician is Dr. `);
    nm(d, person(r, cc), 'sur').t(`. The family cat, ${r.pick(['Mr. Whiskers', 'Pickles', 'Luna'])}, remains with Petitioner.\n`);
  },
  // 31 personal-injury intake
  (r, d) => {
    const p = person(r, 'US');
    d.t(`PI INTAKE — MVA\nClient: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p);
    d.t(`   DOB `).l('DOB', dob(r, 'US')).t('   SSN ').l('NATIONAL_ID', ssn(r)).t(`\nDate of loss: ${recent(r, 'US')} — rear-ended on ${r.pick(['Martin Luther King Jr. Blvd', 'Lincoln Hwy', 'Washington St'])} near ${r.pick(['the Lincoln Memorial', 'Jefferson Park', 'St. Mary\'s Hospital'])}\nAt-fault driver: `);
    nm(d, person(r, 'US'), r.pick(['full', 'caps'] as const)).t(`, insured by ${r.pick(['Progressive', 'Allstate', 'Tri-County Mutual'])} (claim ${r.digits(2)}-${r.digits(7)}-${r.digits(2)})\nTreating: Dr. `);
    nm(d, person(r, 'US'), r.pick(['full', 'sur'] as const)).t(` (ortho); prior hx of ${r.pick(EPONYMS.slice(0, 7))} — ${r.pick(['unrelated', 'aggravated?'])}\nPolice report # ${r.int(22, 25)}-${r.digits(6)}\nClient phone `).l('PHONE', phone(r, 'US')).t(', email ').l('EMAIL', email(r, p)).t(`\nSOL: ${date(r, 'US', 2025, 2027)}\n`);
  },
  // 32 employment claim summary
  (r, d) => {
    const p = person(r, 'US');
    const sup = person(r, 'US');
    d.t(`EEOC Charge No. ${r.int(400, 599)}-20${r.int(22, 25)}-${r.digits(5)}\nCharging Party: `);
    nm(d, p, r.pick(['full', 'mid'] as const)).t(`\nRespondent: ${r.pick(COMPANIES)} (EIN ${ein(r)})\n\nParticulars: I was hired on ${date(r, 'US', 2015, 2021)}. My supervisor, `);
    nm(d, sup).t(`, told me in front of `);
    nm(d, person(r, 'US'), 'given').t(` and `);
    nm(d, person(r, 'US'), 'given').t(` that I was "too old" (I was born `).l('DOB', dob(r, 'US')).t(`). I requested FMLA leave (${STATUTES[9] ?? ''}) for ${r.pick(EPONYMS.slice(0, 7))} and was terminated ${recent(r, 'US')}. ${r.pick(['Mr.', 'Ms.'])} `);
    nm(d, sup, 'sur').t("'s replacement was 26.\nMailing address: ").l('ADDRESS', addr(r, 'US')).t('  Phone: ').l('PHONE', phone(r, 'US')).t('\n');
  },
  // 33 criminal defense arrest summary
  (r, d) => {
    const p = person(r, 'US');
    d.t(`PUBLIC DEFENDER — CASE SUMMARY\nDefendant: `);
    nm(d, p, 'capsrev').t(`   Booking # ${r.digits(8)}   SID ${r.digits(7)}\nDOB: `).l('DOB', dob(r, 'US')).t(`   Charges: ${r.pick(['PC 459', 'VC 23152(a)', 'HS 11350', 'PC 242'])}\nArrest date: ${recent(r, 'US')}, ${r.int(1, 11)}:${p2(r.int(0, 59))} p.m.\nArresting officer: Ofc. `);
    nm(d, person(r, 'US'), 'init').t(`, badge ${r.int(1000, 9999)}\nNotes: ${r.pick(['No', 'Late'])} Miranda warnings (${PRECEDENTS[0] ?? ''}); possible suppression under ${PRECEDENTS[4] ?? ''}. Mother `);
    nm(d, person(r, 'US')).t(' can post bail — ').l('PHONE', phone(r, 'US')).t(`. Discovery per ${STATUTES[15] ?? ''}; ${r.pick(['Brady', 'Giglio'])} request sent ${recent(r, 'US')}.\nDefendant SSN `).l('NATIONAL_ID', ssn(r)).t(` (verified). Prior ${maskedSsn(r)} on old rap sheet was a different person.\n`);
  },
  // 34 eviction notice
  (r, d) => {
    const t = person(r, 'US');
    const ll = person(r, 'US');
    d.t(`THREE-DAY NOTICE TO PAY RENT OR QUIT\n\nTO: `);
    nm(d, t, 'caps').t(r.chance(0.5) ? ' and all other occupants\n' : '\n').l('ADDRESS', addr(r, 'US', '\n'));
    d.t(`\n\nRent due for ${r.pick(MONTHS.en ?? [])} ${r.int(2024, 2025)}: ${amount(r)}. Pay to `);
    nm(d, ll, r.pick(['full', 'init'] as const)).t(`, agent for ${r.pick(['Sable Ridge Apartments LP', 'Harborview Property Management, LLC'])}, at `).l('ADDRESS', addr(r, 'US')).t(', phone ').l('PHONE', phone(r, 'US'));
    d.t(`, Mon–Fri 9–5, or by Zelle to `).l('EMAIL', email(r, ll)).t(`.\nServed ${recent(r, 'US')} by posting and mailing. Tenant's case at ${r.pick(['Riverbend Tenant Law Center', 'Northgate Community Legal Aid'])}: ${matterNo(r)}.\n`);
  },
  // 35 bankruptcy schedule
  (r, d) => {
    const p = person(r, 'US');
    d.t(`UNITED STATES BANKRUPTCY COURT — Case No. ${r.int(22, 25)}-${r.digits(5)} (Chapter ${r.pick(['7', '13'])})\nOfficial Form 106E/F — Schedule E/F: Creditors Who Have Unsecured Claims\nDebtor 1: `);
    nm(d, p, r.pick(['full', 'mid'] as const)).t('   SSN: ').l('NATIONAL_ID', ssn(r));
    if (r.chance(0.5)) {
      d.t('\nDebtor 2: ');
      const p2x = person(r, 'US');
      nm(d, { ...p2x, full: `${p2x.g} ${p.s}` }).t('   SSN: ').l('NATIONAL_ID', ssn(r));
    }
    d.t(`\n\n4.1 ${r.pick(['Capital One', 'Discover Bank', 'Synchrony Bank'])}  Acct `).l('CARD', card(r)).t(`  opened ${date(r, 'US', 2012, 2020)}  ${amount(r)}\n4.2 ${r.pick(['Citibank', 'Barclays US', 'US Bank'])}  Acct `).l('CARD', card(r)).t(`  ${amount(r)}\n4.3 ${r.pick(['Parkside Dental Group, P.C.', 'Meridian Home Health Services'])}  Acct ${r.digits(9)}  ${amount(r)}\n4.4 Card ${maskedCard(r)} (charged off)\nDebtor's attorney: `);
    nm(d, person(r, 'US')).t(`, ${barNo(r)}\n§ 341 meeting: ${recent(r, 'US')}\n`);
  },
  // 36 closing wire instructions
  (r, d) => {
    const b = person(r, 'US');
    const s = person(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'IE']));
    const [fn, dom] = firm(r, 'US');
    d.t(`${fn} — CLOSING DISBURSEMENT / WIRE INSTRUCTIONS\nFile ${matterNo(r)}   Closing date ${recent(r, 'US')}\nProperty: `).l('ADDRESS', addr(r, 'US')).t('\nBuyer: ');
    nm(d, b).t('\nSeller: ');
    nm(d, s, r.pick(['full', 'caps'] as const)).t(` (non-resident; FIRPTA withholding applies)\n\nSeller proceeds to: IBAN `).l('IBAN', iban(r)).t(`, BIC ${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'UNCRITMM', 'BSCHESMM', 'AIBKIE2D'])}\nEscrow account (domestic): ABA ${routing(r)}, acct ${r.digits(10)}\n\nWIRE FRAUD WARNING: call `);
    nm(d, person(r, 'US'), 'given').t(' at ').l('PHONE', phone(r, 'US')).t(` to verify. We never change instructions by email. An earlier email listing IBAN ${badIban(r)} was fraudulent. Report to `).l('EMAIL', `closings@${dom}`).t('.\n');
  },
  // 37 Spanish poder notarial
  (r, d) => {
    const p = person(r, 'ES');
    const q = person(r, 'ES');
    const not = person(r, 'ES');
    d.t(`ESCRITURA DE PODER GENERAL PARA PLEITOS\nNúmero ${r.int(100, 3999)} de protocolo\n\nEn ${r.pick(['Madrid', 'Sevilla', 'Valencia'])}, a ${recent(r, 'ES')}.\nAnte mí, `);
    nm(d, not, 'caps').t(', Notario del Ilustre Colegio de ').t(r.pick(['Madrid', 'Andalucía', 'Valencia'])).t(',\n\nCOMPARECE\n\nDoña ');
    nm(d, p, r.pick(['full', 'caps'] as const)).t(', nacida el ').l('DOB', dob(r, 'ES')).t(`, con DNI ${r.digits(8)}-${L(r, 'TRWAGMYFPDXBNJZSQVHLCKE')}, domiciliada en `).l('ADDRESS', addr(r, 'ES'));
    d.t('.\n\nOTORGA poder a favor de los Procuradores de los Tribunales D. ');
    nm(d, q).t(' y Dña. ');
    nm(d, person(r, 'ES')).t(`, y del Letrado D. `);
    nm(d, person(r, 'ES')).t(`, para pleitos (${STATUTES[14] ?? ''}).\nGastos: cuenta `).l('IBAN', iban(r, 'ES')).t(`. Cuenta anterior ${badIban(r, 'ES')} (errónea, no usar).\n`);
  },
  // 38 Japanese law-office intake
  (r, d) => {
    const sn = r.pick(sp('佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山口'));
    const gn = r.pick(sp('陽子 健太 美咲 翔 直樹 由美 大輔 恵 拓也 真由美 浩二 千尋'));
    const lawyer = r.pick(sp('松本 井上 木村 林 清水 山崎')) + ' ' + r.pick(sp('誠 裕子 剛 早苗 隆 明美'));
    d.t(`桜橋法律事務所 ご相談受付票\n受付番号 ${r.int(2023, 2025)}-${r.digits(4)}\n\nお名前：`);
    const full = r.chance(0.5) ? `${sn} ${gn}` : `${sn}${gn}`;
    d.l('PERSON', full).t(' 様\n生年月日：').l('DOB', date(r, 'JP', 1945, 2004)).t('\nご住所：').l('ADDRESS', addr(r, 'JP')).t('\n電話番号：').l('PHONE', phone(r, 'JP')).t('\nメール：').l('EMAIL', `${r.pick(sp('k.sato m-tanaka yumi.w hiro1985 daisuke.n chihiro_k'))}@${r.pick(['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'])}`);
    d.t(`\nご相談内容：相続（遺産分割）、相手方 `);
    d.l('PERSON', r.pick(sp('佐々木 石川 前田 藤田 岡田')) + ' ' + r.pick(sp('正 和子 修 幸子'))).t(`さん\n担当弁護士：`).l('PERSON', lawyer).t(`\n次回面談 ${date(r, 'JP', 2025, 2025)} 午後2時（会議室B）\n`);
  },
  // 39 Korean matter memo
  (r, d) => {
    const names = sp('김민준 이서연 박지훈 최하은 정동현 강수진 조재원 윤은지 장성민 임혜진');
    d.t(`[사건 메모] 사건번호 ${r.int(2023, 2025)}가합${r.digits(5)}\n의뢰인 `);
    d.l('PERSON', r.pick(names)).t('씨 (생년월일 ').l('DOB', `${r.int(1955, 2002)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일`).t(')\n연락처: ').l('PHONE', `010-${r.digits(4)}-${r.digits(4)}`).t(', 이메일 ').l('EMAIL', `${r.pick(sp('minjun.k sy.lee jihoon88 haeun_c dh.jung'))}@${r.pick(['naver.com', 'daum.net', 'gmail.com'])}`);
    d.t('\n상대방: ').l('PERSON', r.pick(names)).t(`씨 외 1명\n담당 변호사: `).l('PERSON', r.pick(names)).t(` 변호사\n다음 기일: ${r.int(2025, 2025)}. ${r.int(1, 12)}. ${r.int(1, 28)}. 10:00 (서울중앙지방법원 ${r.int(300, 560)}호 법정)\n`);
  },
  // 40 German court summons
  (r, d) => {
    const kl = person(r, 'DE');
    const bk = person(r, 'DE');
    const ri = person(r, 'DE');
    d.t(`Amtsgericht ${r.pick(['Charlottenburg', 'München', 'Köln', 'Hamburg-Altona'])}\nGeschäftsnummer: ${r.int(1, 240)} C ${r.int(100, 9999)}/${r.int(22, 25)}\n\n${r.pick(['Herrn', 'Frau'])}\n`);
    nm(d, kl).t('\n').l('ADDRESS', addr(r, 'DE', '\n')).t(`\n\nLadung zum Termin\n\nIn dem Rechtsstreit\n`);
    nm(d, kl, 'rev').t(' ./. ');
    nm(d, bk, 'rev').t(`\nwird Termin zur mündlichen Verhandlung bestimmt auf ${date(r, 'DE', 2025, 2025)}, ${r.int(9, 14)}:${r.pick(['00', '30'])} Uhr, Saal ${r.int(1, 300)}.\nDas persönliche Erscheinen der Parteien wird angeordnet (§ 141 ZPO).\n\nRichterin am Amtsgericht `);
    nm(d, ri).t(`\nRückfragen: Geschäftsstelle, Tel. `).l('PHONE', phone(r, 'DE')).t(`\n`);
  },
  // 41 Italian lawyer letter
  (r, d) => {
    const c = person(r, 'IT');
    const avv = person(r, 'IT');
    d.t(`STUDIO LEGALE FERRANTE BASSI\n`).l('ADDRESS', addr(r, 'IT')).t(' — tel. ').l('PHONE', phone(r, 'IT')).t(' — PEC ').l('EMAIL', `${r.pick(['segreteria', 'studio', 'avvocati'])}@pec.ferrantebassi.it`).t(`\n\n${r.pick(['Milano', 'Roma'])}, ${recent(r, 'IT')}\n\nGent.ma Sig.ra `);
    nm(d, c).t('\n').l('ADDRESS', addr(r, 'IT', '\n')).t(`\n\nOggetto: R.G. n. ${r.digits(5)}/${r.int(2022, 2025)} — Tribunale di ${r.pick(['Milano', 'Roma', 'Napoli'])}\n\nGentile Signora `);
    nm(d, c, 'sur').t(`,\nLe confermo che l'udienza è fissata per il ${date(r, 'IT', 2025, 2025)}. Per il fondo spese La prego di effettuare bonifico sul c/c `).l('IBAN', iban(r, 'IT')).t(`.\nLa Sua data di nascita (`).l('DOB', dob(r, 'IT')).t(`) risulta errata nell'atto di citazione; provvederemo alla correzione.\n\nAvv. `);
    nm(d, avv).t('\n');
  },
  // 42 Dutch lawyer letter
  (r, d) => {
    const c = person(r, 'NL');
    const adv = person(r, 'NL');
    const [fn, dom] = firm(r, 'NL');
    d.t(`${fn}\n`).l('ADDRESS', addr(r, 'NL')).t(' · T ').l('PHONE', phone(r, 'NL')).t(`\n\nAangetekend\nDe heer/mevrouw `);
    nm(d, c).t('\n').l('ADDRESS', addr(r, 'NL', '\n')).t(`\n\nBetreft: ${r.pick(['ontslagzaak', 'huurgeschil', 'echtscheiding'])} — zaaknummer C/${r.int(10, 16)}/${r.digits(6)} / HA ZA ${r.int(22, 25)}-${r.digits(3)}\n\nGeachte heer/mevrouw `);
    nm(d, c, 'sur').t(`,\n\nBijgaand ontvangt u de dagvaarding. Het voorschot kunt u overmaken naar `).l('IBAN', iban(r, 'NL')).t(` t.n.v. Stichting Derdengelden. Uw geboortedatum `).l('DOB', dob(r, 'NL')).t(` is opgenomen in de processtukken.\n\nMet vriendelijke groet,\nmr. `);
    nm(d, adv).t(`\n`).l('EMAIL', email(r, adv, dom)).t('\n');
  },
  // 43 Indian legal notice
  (r, d) => {
    const c = person(r, 'IN');
    const o = person(r, 'IN');
    const adv = person(r, 'IN');
    d.t(`LEGAL NOTICE\nUnder Section 138 of the Negotiable Instruments Act, 1881\nRef: DMA/${r.int(22, 25)}/${r.digits(3)}   Date: ${recent(r, 'IN')}\n\nTo,\n${r.pick(['Shri', 'Smt.', 'Mr.'])} `);
    nm(d, o, r.pick(['full', 'caps'] as const)).t('\n').l('ADDRESS', addr(r, 'IN', '\n')).t(`\n\nSir/Madam,\nUnder instructions from my client ${r.pick(['Shri', 'Smt.'])} `);
    nm(d, c).t(`, residing at `).l('ADDRESS', addr(r, 'IN')).t(`, I hereby give you notice that cheque no. ${r.digits(6)} dated ${date(r, 'IN', 2024, 2025)} for ₹${r.int(1, 9)},${r.digits(2)},${r.digits(3)} drawn on ${r.pick(['State Bank of India', 'HDFC Bank', 'Canara Bank'])} was dishonoured.\n\n`);
    nm(d, adv).t(`, Advocate\nEnrolment No. ${r.pick(['D', 'MAH', 'KAR'])}/${r.int(100, 9999)}/${r.int(2005, 2020)}\nMob. `).l('PHONE', phone(r, 'IN')).t(' | ').l('EMAIL', email(r, adv, 'desaimenon.in')).t('\n');
  },
  // 44 Brazilian procuração
  (r, d) => {
    const c = person(r, 'BR');
    const adv = person(r, 'BR');
    d.t('PROCURAÇÃO AD JUDICIA\n\nOUTORGANTE: ');
    nm(d, c, 'caps').t(`, brasileira, ${r.pick(['casada', 'solteira', 'divorciada'])}, nascida em `).l('DOB', dob(r, 'BR')).t(`, CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}, residente na `).l('ADDRESS', addr(r, 'BR')).t(', telefone ').l('PHONE', phone(r, 'BR')).t(', e-mail ').l('EMAIL', email(r, c));
    d.t('.\n\nOUTORGADO: ');
    nm(d, adv, 'caps').t(`, advogado, OAB/${r.pick(['SP', 'RJ', 'MG'])} ${r.int(100, 499)}.${r.digits(3)}, com escritório na `).l('ADDRESS', addr(r, 'BR')).t(`.\n\nPODERES: para o foro em geral, com a cláusula ad judicia (art. 105 do CPC), especialmente para propor ação de alimentos em face de `);
    nm(d, person(r, 'BR')).t(`.\n\n${r.pick(['São Paulo', 'Belo Horizonte', 'Recife'])}, ${recent(r, 'BR')}.\n`);
  },
  // 45 Australian statutory declaration
  (r, d) => {
    const p = person(r, 'AU');
    const w = person(r, 'AU');
    d.t('STATUTORY DECLARATION\nOaths Act 1900 (NSW) — Schedule 1\n\nI, ');
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['full', 'mid', 'caps'] as const));
    d.t(', of ').l('ADDRESS', addr(r, 'AU')).t(', ').t(r.pick(['retired nurse', 'electrician', 'student'])).t(', born ').l('DOB', dob(r, 'AU')).t(`, do solemnly and sincerely declare that:\n1. I witnessed the collision on ${date(r, 'AU', 2024, 2025)} at the corner of ${r.pick(['King St and Enmore Rd', 'Chapel St and High St'])}.\n2. The driver, `);
    nm(d, person(r, 'AU')).t(`, gave me a mobile number of `).l('PHONE', phone(r, 'AU')).t(`.\n\nDeclared at ${r.pick(['Newtown', 'Parramatta', 'Fitzroy'])} on ${recent(r, 'AU')} before me, `);
    nm(d, w).t(`, Justice of the Peace, Reg. No. ${r.int(100000, 250000)}.\n`);
  },
  // 46 Canadian affidavit
  (r, d) => {
    const p = person(r, 'CA');
    const com = person(r, 'CA');
    d.t(`Court File No. CV-${r.int(22, 25)}-${r.digits(8)}-0000\nONTARIO SUPERIOR COURT OF JUSTICE\n\nAFFIDAVIT OF `);
    nm(d, p, 'caps').t(`\n(sworn ${recent(r, 'CA')})\n\nI, `);
    nm(d, p, 'full').t(', of the City of ').t(r.pick(['Toronto', 'Ottawa', 'Hamilton'])).t(`, MAKE OATH AND SAY:\n\n1. I reside at `).l('ADDRESS', addr(r, 'CA')).t(`. My date of birth is `).l('DOB', dob(r, 'CA')).t(`.\n2. On ${date(r, 'CA', 2023, 2025)} I received an e-transfer notice from `).l('EMAIL', email(r, person(r, 'CA'))).t(` which I did not request.\n3. My SIN (${r.digits(3)} ${r.digits(3)} ${r.digits(3)}) was used without consent.\n\nSWORN remotely before me by video conference, `);
    nm(d, com).t(`, a Commissioner for Taking Affidavits (LSO No. ${r.int(40000, 89999)}${L(r, 'ABCDEFGHJKLMNPRS')}).\n`);
  },
  // 47 settlement agreement payment clause
  (r, d) => {
    const p = person(r, 'US');
    const cc: Cc = r.pick(['US', 'UK', 'DE', 'FR']);
    d.t(`CONFIDENTIAL SETTLEMENT AGREEMENT AND GENERAL RELEASE\n\nThis Agreement is entered into by `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, r.pick(['full', 'mid'] as const));
    d.t(` ("Claimant") and ${r.pick(COMPANIES)} ("Company") to resolve Case No. ${caseNoUS(r)}.\n\n2. Payment. Within fourteen (14) days the Company shall pay ${amount(r)}, reported on IRS Form 1099 (Claimant SSN `).l('NATIONAL_ID', ssn(r)).t(`), by wire to Claimant's account `).l('IBAN', iban(r, cc === 'US' ? undefined : cc === 'UK' ? 'GB' : cc)).t(`.\n3. Release. Claimant releases all claims including under ${r.pick(EPONYMS.slice(7, 13))} and ${r.pick(STATUTES)}.\n4. Notices to Claimant: `).l('ADDRESS', addr(r, cc)).t('; with a copy to ').l('EMAIL', email(r, p)).t(`.\n\nAGREED: ___________ `);
    nm(d, p, 'caps').t(`   Date: ${recent(r, 'US')}\n`);
  },
  // 48 transcript order form
  (r, d) => {
    const a = person(r, 'US');
    const [fn, dom] = firm(r, 'US');
    d.t(`TRANSCRIPT ORDER — ${r.pick(['Veritext-style', 'Regional'])} Reporting\nCase: `);
    nm(d, person(r, 'US'), 'sur').t(` v. ${r.pick(COMPANIES)}, ${caseNoUS(r)}\nProceeding: ${r.pick(['Deposition of', 'Hearing — testimony of'])} `);
    nm(d, person(r, 'US')).t(` on ${recent(r, 'US')}\nOrdering attorney: `);
    nm(d, a).t(`, ${fn}\nShip to: `).l('ADDRESS', addr(r, 'US')).t('\nPhone: ').l('PHONE', phone(r, 'US')).t('   Email: ').l('EMAIL', email(r, a, dom)).t(`\nDelivery: ${r.pick(['expedited (3-day)', 'daily', 'standard'])} · Format: PDF + ASCII + exhibits\nPay by card: `).l('CARD', card(r)).t(`   exp ${p2(r.int(1, 12))}/${r.int(26, 30)}\n`);
  },
  // 49 mediation scheduling email
  (r, d) => {
    const med = person(r, 'US');
    const a = person(r, 'US');
    const b = person(r, 'US');
    const dom = r.pick(['jamsmediators.example', 'adrcenter.org', 'resolutionsnw.com']);
    d.t(`From: `).l('EMAIL', `scheduling@${dom}`).t(`\nTo: `).l('EMAIL', email(r, a, firm(r, 'US')[1])).t('; ').l('EMAIL', email(r, b, firm(r, 'US')[1])).t(`\nSubject: Mediation confirmed — `);
    nm(d, person(r, 'US'), 'sur').t(` v. ${r.pick(COMPANIES)}\n\nCounsel,\n\nThis confirms a full-day mediation with `);
    d.t(r.pick(['Hon. ', 'Judge ', ''])).l('PERSON', render(med, r.pick(['full', 'mid'] as const))).t(` (Ret.) on ${date(r, 'US', 2025, 2025)}, 9:30 a.m., at `).l('ADDRESS', addr(r, 'US')).t(`, ${r.int(2, 40)}th Floor (${r.pick(['Conference Room Lincoln', 'Washington Room', 'Room 12B'])}). Briefs are due ${date(r, 'US', 2025, 2025)}. Zoom for remote participants: meeting ID ${r.digits(3)} ${r.digits(4)} ${r.digits(4)}.\n\nIf parking at ${r.pick(['the Thurgood Marshall Courthouse garage', 'Jefferson Square'])} is needed, call `).l('PHONE', phone(r, 'US')).t('.\n');
  },
  // 50 affidavit of service
  (r, d) => {
    const srv = person(r, 'US');
    const sv = person(r, 'US');
    d.t(`AFFIDAVIT OF SERVICE\nCase No. ${caseNoUS(r)}\n\nI, `);
    nm(d, srv, 'mid').t(`, being duly sworn, state that I am over 18 and not a party. On ${recent(r, 'US')} at ${r.int(1, 11)}:${p2(r.int(0, 59))} ${r.pick(['a.m.', 'p.m.'])} I served the Summons and Complaint upon `);
    nm(d, sv, r.pick(['full', 'caps'] as const)).t(' at ').l('ADDRESS', addr(r, 'US')).t(` by ${r.pick(['personal delivery', 'substitute service on a co-occupant, '])}`);
    if (d.text.endsWith(', ')) nm(d, person(r, 'US'), 'given').t(` (approx. ${r.int(20, 60)}, ${r.pick(['brown hair', 'gray beard', 'glasses'])})`);
    d.t(`. Description of person served: ${r.pick(['M', 'F'])}, approx. ${r.int(25, 70)} yrs, ${r.int(5, 6)}'${r.int(0, 11)}". Mileage ${r.int(4, 80)} mi.\nProcess server reg. #${r.int(1000, 9999)}, ${r.pick(['Alameda', 'King', 'Travis'])} County. Tel. `).l('PHONE', phone(r, 'US')).t('\n');
  },
  // 51 client-portal access log
  (r, d) => {
    const rows = r.int(4, 7);
    d.t(`# ${r.pick(SOFTWARE)} client portal — audit log excerpt — tenant ${hex(r, 8)}\n# ts | user | ip | action\n`);
    const users = [person(r, 'US'), person(r, r.pick(ALL_CC))];
    for (let i = 0; i < rows; i++) {
      const u = r.pick(users);
      const v = ip(r);
      d.t(`${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z | `).l('EMAIL', email(r, u, r.chance(0.5) ? undefined : 'clientmail.net')).t(' | ');
      if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`);
      else if (r.chance(0.3)) d.l('IP', v).t(v.includes(':') ? '' : `:${r.int(1024, 65535)}`);
      else d.l('IP', v);
      d.t(` | ${r.pick(['LOGIN_OK', 'DOC_VIEW ' + bates(r), 'MFA_FAIL', 'UPLOAD intake.pdf', 'LOGOUT', 'PW_RESET'])}\n`);
    }
    d.t(`# agent: ${r.pick(['Mozilla/5.0', 'okhttp/4.12.0'])}; app ${version(r)}\n`);
  },
  // 52 voicemail transcript
  (r, d) => {
    const c = person(r, 'US');
    d.t(`Voicemail — ${r.pick(['Intake line', 'Main line', 'After-hours'])} — received ${recent(r, 'US')} ${r.int(1, 11)}:${p2(r.int(0, 59))} PM — from `);
    if (r.chance(0.5)) d.l('PHONE', phone(r, 'US'));
    else d.t('Unknown');
    d.t(`\nTranscription (auto, ${r.int(71, 96)}% confidence):\n"Hi, this is `);
    d.l('PERSON', render(c, r.pick(['full', 'lower', 'given'] as const)));
    d.t(` calling about my ${r.pick(['divorce', 'DUI', "mom's estate", 'eviction'])} case, uh, I think the number is ${matterNo(r)}. Can someone call me back at `).l('PHONE', spokenPhone(r)).t(`? I'm free after ${r.int(2, 6)}. Or email me, it's `);
    const g = ascii(c.g);
    d.l('EMAIL', `${g} ${r.pick(['dot ', ''])}${ascii(c.s)} at ${r.pick(['gmail', 'yahoo', 'icloud'])} dot com`).t(`. Thanks, bye."\n`);
  },
  // 53 SMS exhibit
  (r, d) => {
    const a = person(r, 'US');
    const b = person(r, 'US');
    const na = phone(r, 'US');
    const nb = phone(r, 'US');
    d.t(`EXHIBIT ${r.int(3, 40)} — Text messages extracted (${r.pick(['Cellebrite', 'Magnet AXIOM'])} ${version(r)})\nDevice owner: `);
    nm(d, a).t(` (`).l('PHONE', na).t(`)\nThread with: "`);
    nm(d, b, 'given').t('" ').l('PHONE', nb).t('\n\n');
    for (let i = 0, n = r.int(3, 5); i < n; i++) {
      const out = r.chance(0.5);
      d.t(`${date(r, 'US', 2023, 2024)} ${r.int(1, 12)}:${p2(r.int(0, 59))} ${out ? '>>' : '<<'} `);
      d.t(r.pick([
        'did u send the pics to the lawyer',
        'she said court is on the 14th',
        'my new number is ',
        'ask ',
        'wifi at the office is ',
        'lol no',
      ]));
      if (d.text.endsWith('number is ')) d.l('PHONE', phone(r, 'US'));
      else if (d.text.endsWith('ask ')) nm(d, person(r, 'US'), 'lower').t(' he knows');
      else if (d.text.endsWith('office is ')) d.t('down, the router at ').l('IP', `192.168.${r.int(0, 5)}.${r.int(1, 254)}`).t(' keeps rebooting');
      d.t('\n');
    }
  },
  // 54 expert witness disclosure
  (r, d) => {
    const e = person(r, r.pick(ALL_CC));
    const cc: Cc = r.pick(['US', 'US', 'UK', 'CA']);
    d.t(`EXPERT WITNESS DISCLOSURE — ${r.pick(['Fed. R. Civ. P. 26(a)(2)(B)', 'CPR Part 35'])}\n\nExpert: Dr. `);
    nm(d, e, r.pick(['full', 'mid'] as const)).t(`, Ph.D.\nField: ${r.pick(['digital forensics', 'biomechanics', 'forensic accounting', 'neurology'])}\nOffice: `).l('ADDRESS', addr(r, cc, '\n')).t('\nTel: ').l('PHONE', phone(r, cc)).t('\nEmail: ').l('EMAIL', email(r, e));
    d.t(`\nPublications: "${r.pick(['Metadata and the Zubulake duties', 'Cognitive decline in ' + r.pick(EPONYMS.slice(0, 7)), 'Reconstructing low-speed impacts'])}" (${r.int(2010, 2024)}); co-author with `);
    nm(d, person(r, r.pick(ALL_CC)), 'init').t(`.\nPrior testimony: ${r.pick(PRECEDENTS.slice(23, 25))} (cited; not retained).\nRate: $${r.int(350, 900)}/hr. Service: ${r.pick(EPONYMS.slice(17, 19))} nominating committee (${r.int(2015, 2022)}).\n`);
  },
  // 55 trust / escrow ledger
  (r, d) => {
    d.t(`IOLTA CLIENT LEDGER — ${r.pick(['Greyfield Pruitt LLP', 'Whitlock & Marsh LLP'])} — period ending ${recent(r, 'US')}\nDate | Client | Memo | In | Out | Ref\n`);
    for (let i = 0, n = r.int(3, 5); i < n; i++) {
      const c = person(r, r.pick(ALL_CC));
      d.t(`${date(r, 'US', 2024, 2025)} | `);
      nm(d, c, r.pick(['rev', 'capsrev', 'full'] as const)).t(' | ');
      const k = r.int(0, 3);
      if (k === 0) d.t('retainer via card ').l('CARD', card(r)).t(` | ${amount(r)} | | auth ${r.digits(6)}\n`);
      else if (k === 1) d.t('intl wire in from ').l('IBAN', iban(r)).t(` | ${amount(r)} | | ${hex(r, 10).toUpperCase()}\n`);
      else if (k === 2) d.t(`refund, chk #${r.int(1000, 9999)} | | ${amount(r)} | \n`);
      else d.t(`settlement disb. (ABA ${routing(r)}) | | ${amount(r)} | W${r.digits(7)}\n`);
    }
  },
  // 56 name-change petition
  (r, d) => {
    const p = person(r, 'US');
    const nw = person(r, 'US');
    const newP: Person = { ...nw, s: p.s, full: `${nw.g} ${p.s}` };
    d.t(`PETITION FOR CHANGE OF NAME (ADULT)\nCase No. ${caseNoUS(r)}\n\nPetitioner's present name: `);
    if (r.chance(USER_P)) self(d, p);
    else nm(d, p, 'mid');
    d.t('\nProposed name: ');
    nm(d, newP).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nPlace of birth: ').t(r.pick(['Savannah, Georgia', 'Manila, Philippines', 'Lagos, Nigeria', 'El Paso, Texas'])).t('\nResidence: ').l('ADDRESS', addr(r, 'US')).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
    d.t(`\nReason: ${r.pick(['gender identity', 'to use the name I have gone by since childhood', 'restoration of former name after divorce'])}.\nNo pending criminal proceedings. Not changing name to avoid debts (${r.pick(STATUTES)}).\nHearing: ${date(r, 'US', 2025, 2025)}, ${courtroom(r)}.\n`);
  },
  // 57 guardianship petition
  (r, d) => {
    const ward = person(r, 'US');
    const g = person(r, 'US');
    d.t(`IN THE MATTER OF THE GUARDIANSHIP OF `);
    nm(d, ward, 'caps').t(`, an Incapacitated Person\nCase No. ${r.int(22, 25)}-GD-${r.digits(5)}\n\n1. The proposed ward, `);
    nm(d, ward).t(', date of birth ').l('DOB', dob(r, 'US')).t(`, suffers from advanced ${r.pick(["Alzheimer's disease", "Parkinson's disease", "Huntington's disease"])} and resides at `).l('ADDRESS', addr(r, 'US')).t(`, ${r.pick(['Room 214', 'Unit C', 'Memory Care Wing'])}.\n2. The proposed guardian, `);
    nm(d, g, r.pick(['full', 'mid'] as const)).t(`, is the ward's ${r.pick(['daughter', 'nephew', 'granddaughter'])}; phone `).l('PHONE', phone(r, 'US')).t(`; email `).l('EMAIL', email(r, g)).t(`.\n3. Examining physician: Dr. `);
    nm(d, person(r, 'US'), 'init').t(` (report dated ${recent(r, 'US')}).\n4. Ward's SSN `).l('NATIONAL_ID', ssn(r)).t(` (Medicare ${r.digits(1)}${L(r, 'ACDEFGHJKM')}${L(r, 'ACDEFGHJKM')}${r.digits(1)}-${L(r, 'ACDEFGHJKM')}${L(r, 'ACDEFGHJKM')}${r.digits(1)}-${L(r, 'ACDEFGHJKM')}${L(r, 'ACDEFGHJKM')}${r.digits(2)}).\n`);
  },
  // 58 website contact form
  (r, d) => {
    const p = person(r, r.chance(0.7) ? 'US' : r.pick(ALL_CC));
    d.t(`New submission — "Free Case Review" form\nsubmitted_at: ${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}\nremote_addr: `).l('IP', ip(r)).t(`\nreferrer: https://www.google.com/\n---\nname: `);
    if (r.chance(0.5)) self(d, p);
    else nm(d, p, r.pick(['lower', 'full', 'caps'] as const));
    d.t('\nemail: ').l('EMAIL', email(r, p)).t('\nphone: ').l('PHONE', phone(r, 'US')).t(`\ncase_type: ${r.pick(['Car accident', 'Workers comp', 'Medical malpractice', 'Social Security disability'])}\nmessage: ${r.pick(['I was hurt at work on ', 'My husband was misdiagnosed — doctors said it was ' + r.pick(EPONYMS.slice(0, 7)) + ' on ', 'Got denied SSDI on '])}${recent(r, 'US')}. ${r.pick(['Please call after 5.', 'My SSN is ', 'Thank you'])}`);
    if (d.text.endsWith('SSN is ')) d.l('NATIONAL_ID', ssn(r)).t(' if you need it.');
    d.t(`\nconsent_tcpa: true\n`);
  },
  // 59 faxed intake, OCR with broken lines
  (r, d) => {
    const p = person(r, 'US');
    const c1 = cardDigits(r);
    const ph = phone(r, 'US');
    let cut = Math.floor(ph.length / 2);
    while (cut < ph.length - 2 && !/\d\d/.test(ph.slice(cut - 1, cut + 1))) cut++;
    d.t(`[OCR ${r.int(80, 97)}%] FAX from `).l('PHONE', phone(r, 'US')).t(` pg 1/${r.int(2, 4)}\nRE: new client — `);
    nm(d, p, 'caps').t('\nDOB ').l('DOB', date(r, 'US', 1940, 2003)).t('   SSN ').l('NATIONAL_ID', ssn(r)).t(`\nalt phone ${ph.slice(0, cut)}\n${ph.slice(cut)} (line wrapped in scan)\ncard for retainer ${c1.slice(0, 8)}\n${c1.slice(8)}\naddr: `).l('ADDRESS', addr(r, 'US')).t(`\nsig: illegible  stamp: RECEIVED ${recent(r, 'US')}\n`);
  },
  // 60 Irish solicitor letter
  (r, d) => {
    const c = person(r, 'IE');
    const sol = person(r, 'IE');
    const [fn, dom] = firm(r, 'IE');
    d.t(`${fn}\n`).l('ADDRESS', addr(r, 'IE')).t(`\nDX ${r.int(1, 200)} Dublin · T `).l('PHONE', phone(r, 'IE')).t(`\n\nOur ref: ${L(r, 'ABCDEFGH')}${L(r, 'ABCDEFGH')}/${r.digits(4)}\n${recent(r, 'IE')}\n\nPRIVATE & CONFIDENTIAL\n`);
    if (r.chance(USER_P)) self(d, c);
    else nm(d, c, r.pick(['full', 'caps'] as const));
    d.t('\n').l('ADDRESS', addr(r, 'IE', '\n')).t(`\n\nRe: Personal Injuries Assessment Board application PIAB/${r.digits(7)}\n\nDear `);
    nm(d, c, 'given').t(`,\n\nWe confirm receipt of your PPS number for the PIAB form (not stored here). Compensation will be lodged to `).l('IBAN', iban(r, 'IE')).t(`. Your date of birth, `).l('DOB', dob(r, 'IE')).t(`, must match your passport.\n\nYours sincerely,\n`);
    nm(d, sol).t(`, Solicitor\n`).l('EMAIL', email(r, sol, dom)).t('\n');
  },
  // 61 UK client-care letter
  (r, d) => {
    const c = person(r, 'UK');
    const sol = person(r, 'UK');
    const sup = person(r, 'UK');
    const [fn, dom] = firm(r, 'UK');
    d.t(`${fn} — Authorised and regulated by the SRA (No. ${r.int(500000, 699999)})\n`).l('ADDRESS', addr(r, 'UK')).t(`\n\n${recent(r, 'UK')}\n\n${r.pick(HON_EN)} `);
    if (r.chance(USER_P)) self(d, c);
    else nm(d, c).t('\n').l('ADDRESS', addr(r, 'UK', '\n')).t(`\n\nDear ${r.pick(HON_EN)} `);
    nm(d, c, 'sur').t(`\n\nClient care letter — ${r.pick(['Lasting Power of Attorney', 'Employment tribunal claim', 'Conveyancing: purchase'])}\n\nThe solicitor with day-to-day conduct of your matter is `);
    nm(d, sol).t(', supervised by ').t(r.pick(['partner ', ''])).l('PERSON', render(sup, r.pick(['full', 'init'] as const))).t(`. You can reach ${r.pick(['him', 'her'])} on `).l('PHONE', phone(r, 'UK')).t(' or ').l('EMAIL', email(r, sol, dom));
    d.t(`. If you are unhappy, write to our complaints partner, or to the Legal Ombudsman. Payments on account: sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, IBAN `).l('IBAN', iban(r, 'GB')).t(`. We will never email you changes to our bank details.\n`);
  },
  // 62 docketing calendar entries
  (r, d) => {
    d.t(`DOCKETING — deadlines computed ${recent(r, 'US')} (rules: ${r.pick(['FRCP', 'CCP', 'CPLR'])}, court holidays applied)\n`);
    for (let i = 0, n = r.int(3, 5); i < n; i++) {
      const a = person(r, 'US');
      d.t(`${date(r, 'US', 2025, 2026)} — ${r.pick(['Opposition due', 'Expert disclosures', 'Reply brief', 'Mediation statement', 'Close of fact discovery'])} — ${caseNoUS(r)} — resp. atty `);
      nm(d, a, r.pick(['init', 'full', 'sur'] as const)).t(` — cc `).l('EMAIL', email(r, a, firm(r, 'US')[1])).t('\n');
    }
    d.t(`${distractor(r)}\n`);
  },
  // 63 internal chat between paralegals
  (r, d) => {
    const a = person(r, 'US');
    const b = person(r, 'US');
    const cl = person(r, r.pick(ALL_CC));
    const h = (p: Person): string => `@${ascii(p.g).charAt(0)}${ascii(p.s)}`;
    d.t(`#lit-support  ${recent(r, 'US')}\n${h(a)}: ${h(b)} did the client send the ID docs for `);
    nm(d, cl, r.pick(['full', 'sur', 'lower'] as const)).t(`?\n${h(b)}: yep — DOB on the passport is `).l('DOB', dob(r, 'UK')).t(`, intake had it wrong\n${h(b)}: also she gave a new cell `).l('PHONE', phone(r, r.pick(['US', 'UK', 'CA']))).t(`\n${h(a)}: ty. ${r.pick(SOFTWARE)} keeps crashing on ${version(r)}, using the web app\n${h(b)}: fyi the VPN gave me `).l('IP', ip(r)).t(` again, IT says whitelist it\n`);
  },
  // 64 bar admission / attorney registration
  (r, d) => {
    const a = person(r, 'US');
    d.t(`ATTORNEY REGISTRATION — ${r.pick(['Biennial', 'Annual'])} Statement\nRegistration No. ${r.int(4000000, 5999999)}\nName: `);
    nm(d, a, r.pick(['rev', 'capsrev'] as const)).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t(`\nAdmitted: ${date(r, 'US', 1990, 2020)} (${r.pick(['First', 'Second', 'Third'])} Dept.)\nLaw school: ${r.pick(['Thurgood Marshall School of Law', 'Benjamin N. Cardozo School of Law', 'Sandra Day O\'Connor College of Law', 'Loyola Law School'])}\nBusiness address: `).l('ADDRESS', addr(r, 'US', '\n')).t('\nBusiness phone: ').l('PHONE', phone(r, 'US')).t('\nE-mail: ').l('EMAIL', email(r, a, firm(r, 'US')[1])).t(`\nLast 4 of SSN: ${r.digits(4)}\nCLE compliant: yes (${r.int(20, 32)} credits incl. ${r.int(2, 4)} ethics)\n`);
  },
  // 65 French court convocation
  (r, d) => {
    const p = person(r, 'FR');
    const g = person(r, 'FR');
    d.t(`TRIBUNAL JUDICIAIRE DE ${r.pick(['LYON', 'NANTES', 'BORDEAUX', 'LILLE'])}\nPôle social — RG n° ${r.int(22, 25)}/${r.digits(5)}\n\nCONVOCATION\n\n${r.pick(['Madame', 'Monsieur'])} `);
    nm(d, p, 'caps').t('\n').l('ADDRESS', addr(r, 'FR', '\n')).t(`\n\nVous êtes convoqué(e) à l'audience du ${date(r, 'FR', 2025, 2025)} à ${r.int(9, 15)}h${r.pick(['00', '30'])}, salle ${r.int(1, 12)}.\nAffaire : `);
    nm(d, p, 'rev').t(` c/ CPAM du ${r.pick(['Rhône', 'Nord', 'Gironde'])}\nNé(e) le `).l('DOB', dob(r, 'FR')).t(`\nVous pouvez vous faire assister par un avocat. Greffier : `);
    nm(d, g).t(`, tél. `).l('PHONE', phone(r, 'FR')).t('\n');
  },
];

// ───────────────────────────── hard negatives ─────────────────────────────
const NEG: Tpl[] = [
  (r, d) => {
    d.t(`RESEARCH MEMO — standards for privilege waiver\nQuestion presented: whether inadvertent production waives privilege under ${STATUTES[2] ?? ''}.\n\nShort answer: generally no. See ${r.pick(PRECEDENTS.slice(7, 9))}; ${r.pick(PRECEDENTS.slice(15, 20))}. The Hickman work-product doctrine also applies. Compare ${r.pick(PRECEDENTS.slice(12, 15))}, decided under English law, and ${r.pick(PRECEDENTS.slice(20, 25))}.\n\nNote: Bates ${bates(r)} through ${bates(r)} were clawed back on ${recent(r, 'US')}. Matter ${matterNo(r)}; billing code L${r.int(110, 190)}/A${r.int(101, 110)}.\n`);
  },
  (r, d) => {
    d.t(`${r.pick(SOFTWARE)} ${version(r)} — release notes\n- Fixed: privilege-log export dropped rows with more than ${r.int(20, 99)} recipients.\n- Improved OCR on faxed exhibits (engine ${version(r)}).\n- Docket sync now supports ${r.pick(['PACER NextGen', 'Tyler Odyssey', 'File & ServeXpress'])}.\n- Known issue: the "Jefferson" and "Lincoln" conference-room calendars double-book on DST days.\nChecksum (SHA-256): ${hex(r, 64)}\nBuild ${hex(r, 7)} · ${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:00:00Z\n`);
  },
  (r, d) => {
    d.t(`Payment-gateway test plan (staging only)\nThese sample numbers MUST be rejected by the Luhn validator:\n  ${badCard(r)}\n  ${badCard(r)}\n  ${badCard(r)}\nAnd these malformed IBANs must fail the mod-97 check:\n  ${badIban(r)}\n  ${badIban(r)}\nDisplay masks to verify: ${maskedCard(r)}, ${maskedSsn(r)}, ***-***-${r.digits(4)}.\nFirm EIN ${ein(r)}; operating account routing ${routing(r)}; trust account routing ${routing(r)}.\n`);
  },
  (r, d) => {
    d.t(`COURT NOTICE — HOLIDAY CLOSURES AND E-FILING MAINTENANCE\nThe Clerk's Office will be closed on ${date(r, 'US', 2025, 2025)} (Juneteenth), ${date(r, 'US', 2025, 2025)} (Columbus Day / Indigenous Peoples' Day) and ${date(r, 'US', 2025, 2025)} (Veterans Day). The e-filing system will be unavailable from 8:00 p.m. to 11:59 p.m. on ${date(r, 'US', 2025, 2025)} for an upgrade to ${version(r)}. Filings due during an outage are timely if filed the next business day (${STATUTES[1] ?? ''}). Jury assembly moves to the ${r.pick(['Thurgood Marshall Courthouse', 'Daniel Patrick Moynihan U.S. Courthouse'])}, ${courtroom(r)}.\nGeneral Order No. ${r.int(22, 25)}-${r.int(1, 40)}\n`);
  },
  (r, d) => {
    d.t(`CLE AGENDA — "Discovery in the Age of Slack" (${r.int(1, 3)}.0 credits)\n9:00  Welcome and ${r.pick(PRECEDENTS.slice(15, 16)).split(',')[0] ?? ''} revisited\n10:15 Proportionality after the 2015 amendments (${STATUTES[1] ?? ''})\n11:30 Ethics: ${r.pick(EPONYMS.slice(7, 13))} whistleblower rules\n1:00  Panel: Bates stamps, load files and other courtroom myths\n2:30  Break — sponsored by ${r.pick(['Ben & Jerry\'s', 'Dell', 'Wells Fargo'])}\nVenue: the Lincoln Room, ${r.pick(['Chicago', 'Denver', 'Atlanta'])}. Course code ${L(r, 'ABCDEFGH')}${r.digits(5)}.\n`);
  },
  (r, d) => {
    d.t(`E-DISCOVERY PROCESSING REPORT — Collection ${r.pick(['Alpha', 'Bravo', 'Charlie'])}-${r.int(1, 9)}\nSource: ${r.pick(['M365 tenant', 'Google Workspace export', 'Slack Enterprise Grid'])}; ${r.int(10, 900)},${r.digits(3)} items; ${r.int(1, 99)}.${r.int(1, 9)} GB\nDe-NIST removed ${r.int(100, 9999)} files; near-dupe threshold ${r.int(80, 95)}%.\nMD5 of load file: ${hex(r, 32)}\nDAT delimiters þ ¶ ®; image volume IMG${r.digits(3)}; Bates ${bates(r)}–${bates(r)}.\nTimezone normalised to UTC; DST edge case on ${date(r, 'US', 2023, 2024)} flagged.\nTool: ${r.pick(SOFTWARE)} ${version(r)}; worker nodes ${r.int(4, 32)}.\n`);
  },
  (r, d) => {
    d.t(`Statute excerpt (annotated) — ${r.pick(STATUTES)}\n(a) A person who, under color of any statute, subjects another to the deprivation of rights shall be liable. (b) Cross-reference: ${r.pick(STATUTES)}; ${r.pick(STATUTES)}.\nNotes of decisions: ${r.pick(PRECEDENTS)}; ${r.pick(PRECEDENTS)}.\nHistory: amended ${date(r, 'US', 1996, 2020)}, Pub. L. ${r.int(100, 118)}-${r.int(1, 300)}, § ${r.int(1, 30)}, ${r.int(100, 136)} Stat. ${r.int(100, 5000)}.\nSee also ${r.pick(EPONYMS)} and ${r.pick(EPONYMS)}.\n`);
  },
  (r, d) => {
    d.t(`Firm newsletter — ${r.pick(MONTHS.en ?? [])} ${r.int(2024, 2025)}\nThis month our appellate group looks back at ${r.pick(PRECEDENTS.slice(0, 6)).split(',')[0] ?? ''} and how ${r.pick(EPONYMS.slice(7, 13))} shapes employer obligations. Our litigation team ("Team Marshall") won the regional moot court cup again, and the Washington Heights pro-bono clinic moved to the ${r.pick(['Hamilton', 'Franklin', 'Madison'])} Building. Reminder: ${r.pick(EPONYMS.slice(0, 7))} awareness walk on ${recent(r, 'US')}; ${r.pick(['Ford', 'Dell', 'Morgan Stanley'])} is matching donations. Tracking for the mailed print copies: 1Z${L(r, 'ABCDEFGHJKRVWXY')}${L(r, 'ABCDEFGHJKRVWXY')}${r.digits(3)}${L(r, 'ABCDEFGHJKRVWXY')}${r.digits(2)}${r.digits(8)}.\n`);
  },
  (r, d) => {
    d.t(`Matter budget — ${matterNo(r)} (phase codes per UTBMS)\nL110 Fact investigation ............ ${amount(r)}\nL210 Pleadings ...................... ${amount(r)}\nL310 Written discovery .............. ${amount(r)}\nL330 Depositions (${r.int(3, 12)}) ............ ${amount(r)}\nE112 Court fees ..................... $${r.int(300, 900)}.00\nAssumptions: trial set for ${date(r, 'US', 2026, 2026)}; ${r.int(2, 6)} experts; Hurricane ${r.pick(['Ida', 'Helene', 'Milton'])} delays excluded. PO # ${r.digits(10)}; vendor ID V-${r.digits(6)}.\n`);
  },
];

// ───────────────────────────── generator ─────────────────────────────
/** Extra weight (by 1-based template number) for templates that carry the rarer types or the user's own name. */
const WEIGHTS: Readonly<Record<number, number>> = {
  1: 3, 2: 2, 4: 2, 6: 2, 7: 4, 9: 2, 17: 2, 18: 2, 19: 2, 24: 4, 25: 2, 26: 2, 27: 3, 28: 2, 31: 3, 33: 3, 35: 4, 36: 2, 41: 2, 42: 2, 45: 2, 48: 3, 51: 2, 55: 4, 56: 3, 57: 2, 58: 2, 63: 2,
};
const POOL: readonly Tpl[] = T.flatMap((t, i) => Array<Tpl>(WEIGHTS[i + 1] ?? 1).fill(t));

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent62Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent62Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT62_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT62_MIN_INSTANCES;
  const out: Independent62Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.11)) r.pick(NEG)(r, d);
    else r.pick(POOL)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: [...new Set(d.known)] });
    total += d.labels.length;
  }
  return out;
}
