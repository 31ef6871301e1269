/**
 * @module privacy/pii-corpus-independent-23 — blind labelled PII corpus #23: sessions of deployed LLM agents.
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its tests, the other corpora or their templates, the docs, the
 * benchmarks or the git history, and never ran the detector on this text. Every name, address, template and
 * value below was invented for this file.
 *
 * Seeds: 230001, 230002, 230003 (`INDEPENDENT23_SEEDS`); each seed yields whole documents until at least
 * `minInstances` (default 2400) labels exist.
 *
 * Contents: multi-turn sessions of four kinds of deployed agents (customer support, healthcare assistant,
 * financial adviser, coding/IT agent), exported as plain "User:/Assistant:" transcripts, Markdown, JSON
 * message arrays with tool calls and tool results, JSONL events and log lines. Users are noisy (typos, all
 * lower case, missing punctuation, emoji, run-ons) and paste snippets (stack traces, configs, CSV rows,
 * e-mail signatures, log excerpts). Mostly English, some German, Spanish, French, Italian, Portuguese,
 * Polish, Dutch, Japanese and Korean. About one document in ten is a hard negative with no PII but with
 * traps (eponymous brands, places, diseases and laws, order/case/tracking numbers, hashes, versions,
 * timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, masked values, other
 * countries' ids, non-birth dates); such distractors also appear inside labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after people,
 *   eponymous diseases/laws/awards and @handles are not labelled; a name inside an e-mail address is not.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid and right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (first street/building/PO-box line to the last
 *   postcode/city/country line); recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks not labelled.
 * - DOB: a person's date of birth only; cue words outside; other dates not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 * Labels are recorded while the text is appended (never by searching the finished text).
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT23_SEEDS = [230001, 230002, 230003] as const;
export const INDEPENDENT23_MIN_INSTANCES = 2400;

/** A gold label carrying its text. */
export type Independent23Label = PiiLabel & { readonly value: string };
/** One corpus document. */
export type Independent23Entry = PiiCorpusEntry & { readonly labels: readonly Independent23Label[] };

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

const sp = (s: string): string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));

interface Culture {
  readonly id: string;
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Surname first in the full name. */
  readonly sf?: boolean;
}

const CULTURES: readonly Culture[] = [
  { id: 'us', g: sp('James Will Grant Hope Rose Bill Guy May Faith Mark Frank Dawn Summer Hunter Tyler Pearl Ivy Chase Brooke Reed'), s: sp('Young Brown Green King Price Cash Bird Rich Moss Fox Walker Porter Hill Baker Carpenter Mason Hope Little') },
  { id: 'uk', g: sp('Harriet Nigel Imogen Rupert Poppy Alastair Rosie Clive Bella Graham'), s: sp('Whitfield Ashworth Pemberton Hargreaves Thornton Bellamy Crabtree Fairweather Lowe Marsh') },
  { id: 'ie', g: sp('Siobhan Aoife Ciaran Padraig Niamh Eoin Orla Cathal Grainne Declan'), s: sp("O'Brien Murphy Kavanagh Byrne Fitzgerald McCarthy O'Sullivan Doyle Quinn Brennan") },
  { id: 'sc', g: sp('Fiona Callum Isla Hamish Morag Angus Eilidh Ruaridh'), s: sp('MacLeod Campbell Fraser Sinclair Drummond Buchanan McIntyre Munro') },
  { id: 'de', g: sp('Jürgen Sabine Lukas Anja Klaus Heike Matthias Friederike Till Ute Bernd Wiebke'), s: sp('Schröder Wagner Hoffmann Krüger Becker Schulz Neumann Vogel Brandt Winkler Lehmann Kühn') },
  { id: 'fr', g: sp('Élodie Mathieu Camille Théo Margaux Guillaume Inès Baptiste Solène Rémi Aurélie'), s: sp('Lefèvre Moreau Girard Dubois Fontaine Rousseau Chevalier Garnier Lambert Mercier Blanc') },
  { id: 'es', g: sp('Alejandro Lucía Iñigo Carmen Javier Nerea Álvaro Pilar Rocío Sergio'), s: sp('García Fernández Martínez Sánchez_Ruiz Navarro Iglesias Ortega Castillo Domínguez Herrera') },
  { id: 'mx', g: sp('Guadalupe Juan_Carlos Ximena Rodrigo Itzel Esteban Marisol Alonso Dulce Joaquín'), s: sp('Hernández Ramírez de_la_Cruz Villalobos Cervantes Treviño Ochoa Zavala Montes Salinas') },
  { id: 'br', g: sp('João Thaís Gabriel Larissa Rafael Juliana Caio Bianca Renan Letícia'), s: sp('Silva Oliveira Souza Pereira Carvalho Rodrigues Almeida Nascimento Barbosa Cardoso') },
  { id: 'it', g: sp('Giulia Matteo Chiara Lorenzo Francesca Alessandro Federica Davide Sara Giorgio'), s: sp('Rossi Bianchi Esposito Romano Colombo Ricci Marino Greco Bruno Gallo') },
  { id: 'nl', g: sp('Sanne Joris Femke Bram Lotte Thijs Maartje Sjoerd Anouk Wouter'), s: sp('de_Vries van_der_Berg Jansen Bakker Visser Smit Meijer de_Jong Mulder van_Dijk') },
  { id: 'pl', g: sp('Agnieszka Paweł Katarzyna Tomasz Małgorzata Krzysztof Zofia Wojciech'), s: sp('Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska') },
  { id: 'ru', g: sp('Dmitri Olga Sergei Natalia Alexei Yulia Mikhail Svetlana Oksana Taras'), s: sp('Ivanova Petrov Smirnov Kuznetsova Volkov Sokolova Shevchenko Kovalenko Morozov Bondarenko') },
  { id: 'se', g: sp('Linnea Oskar Astrid Henrik Saga Björn Ebba Nils Sigrid Leif'), s: sp('Lindqvist Andersson Johansson Bergström Nyström Holm Sundberg Ekström Dahl Lund') },
  { id: 'fi', g: sp('Aino Juha Tuuli Eero Kaisa Ville'), s: sp('Virtanen Korhonen Mäkinen Nieminen Heikkinen Laaksonen') },
  { id: 'gr', g: sp('Eleni Giorgos Dimitra Kostas Sofia Nikos Katerina Yannis'), s: sp('Papadopoulos Georgiou Nikolaidou Karamanlis Oikonomou Alexiou Vlachos Pappas') },
  { id: 'tr', g: sp('Elif Emre Zeynep Burak Ayşe Mehmet Selin Kerem Deniz Cem'), s: sp('Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç') },
  { id: 'ar', g: sp('Said Layla Omar Fatima Youssef Nour Khalid Amira Tariq Rania Hassan Mariam'), s: sp('Haddad Al-Farsi Mansour Khoury Nasser El-Sayed Abboud Saleh Hamdan Qureshi Bakr Aziz') },
  { id: 'fa', g: sp('Darius Shirin Kaveh Parisa Reza Nasrin Arash Leila'), s: sp('Tehrani Rahimi Hosseini Farahani Karimi Moradi Jafari Ahmadi') },
  { id: 'in', g: sp('Priya Arjun Ananya Rohit Deepika Vikram Kavya Aditya Sneha Rahul Pooja Karan'), s: sp('Sharma Patel Gupta Iyer Reddy Nair Mehta Chatterjee Desai Kulkarni Bhatt Malhotra') },
  { id: 'ta', g: sp('Karthik Lakshmi Senthil Meenakshi Arun Divya Murugan Revathi'), s: sp('Subramanian Raghavan Krishnan Venkatesan Natarajan Pillai Ramasamy Sundaram') },
  { id: 'pk', g: sp('Ayesha Bilal Hira Usman Sana Faisal Zainab Imran'), s: sp('Khan Siddiqui Chaudhry Malik Butt Sheikh Abbasi Mirza') },
  { id: 'zh', sf: true, g: sp('Wei Xiuying Jian Mei Hao Lina Zhiwei Yan Jun Fang'), s: sp('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou') },
  { id: 'ja', g: sp('Haruto Yui Sota Aoi Ren Hina Takumi Sakura Kenji Yuki'), s: sp('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato') },
  { id: 'ko', sf: true, g: sp('Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Soo-ah Hyun-woo Ji-woo'), s: sp('Kim Lee Park Choi Jung Kang Cho Yoon') },
  { id: 'vn', sf: true, g: sp('Linh Minh Thảo Duc Huong Quang Mai Tuan'), s: sp('Nguyen Tran Le Pham Hoang Vu Dang Bui') },
  { id: 'ph', g: sp('Maricel Jericho Rowena Danilo Kristine Ramon Joy Mylene'), s: sp('Santos Reyes Dela_Cruz Bautista Villanueva Mendoza Aquino Manalo') },
  { id: 'ng', g: sp('Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeanyi Yetunde'), s: sp('Okafor Adeyemi Eze Okonkwo Balogun Nwosu Adebayo Obi Chukwu Afolabi') },
  { id: 'gh', g: sp('Kwame Akosua Kofi Ama Yaw Efua'), s: sp('Mensah Asante Owusu Boateng Appiah Osei') },
  { id: 'ke', g: sp('Wanjiru Otieno Achieng Kamau Njeri Mwangi Akinyi Kiprono'), s: sp('Odhiambo Kariuki Wambui Mutua Onyango Chebet Njoroge Kimani') },
  { id: 'et', g: sp('Abebe Tigist Dawit Selam Yonas Hiwot'), s: sp('Tesfaye Bekele Haile Girma Alemu Wolde') },
  { id: 'il', g: sp('Noa Yonatan Tamar Eitan Shira Avi'), s: sp('Cohen Levi Mizrahi Peretz Biton Friedman') },
  { id: 'hu', g: sp('Zsófia Bence Réka Levente Dóra Gergely'), s: sp('Nagy Kovács Szabó Horváth Tóth Varga') },
  { id: 'cz', g: sp('Tereza Jakub Markéta Ondřej Lucie Vojtěch'), s: sp('Novák Svobodová Dvořák Černá Procházka Kučera') },
];
const CULT = new Map(CULTURES.map((c) => [c.id, c]));
const JA_S = sp('田中 佐藤 鈴木 高橋 渡辺 山本 中村 小林 加藤 吉田');
const JA_G = sp('太郎 花子 翔太 美咲 健一 陽菜 大輔 由美');
const KO_FULL = sp('김민준 이서연 박지호 최하은 정도윤 강수아 조현우 윤지우');

interface Person {
  readonly g: string;
  readonly s: string;
  readonly full: string;
}

function person(r: Rng, ids?: readonly string[]): Person {
  const c = (ids ? CULT.get(r.pick(ids)) : undefined) ?? r.pick(CULTURES);
  const g = r.pick(c.g);
  const s = r.pick(c.s);
  return { g, s, full: c.sf ? `${s} ${g}` : `${g} ${s}` };
}

/** A mention of a person in one of many surface forms. */
function nameForm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.36) return p.full;
  if (x < 0.56) return p.g;
  if (x < 0.64) return p.s;
  if (x < 0.71) return `${p.g.charAt(0)}.${r.chance(0.5) ? ' ' : ''}${p.s}`;
  if (x < 0.78) return `${p.s}, ${p.g}`;
  if (x < 0.85) return p.full.toUpperCase();
  if (x < 0.91) return p.full.toLowerCase();
  return `${p.g} ${String.fromCharCode(65 + r.int(0, 25))}. ${p.s}`;
}

// ---------------------------------------------------------------------------------------------------------
// Small value helpers
// ---------------------------------------------------------------------------------------------------------

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
function letters(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'.charAt(r.int(0, 22));
  return s;
}
function alnum(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.charAt(r.int(0, 33));
  return s;
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const FREE_MAIL = sp('gmail.com outlook.com yahoo.com hotmail.co.uk gmx.de web.de orange.fr icloud.com proton.me libero.it wp.pl yandex.ru naver.com yahoo.co.jp uol.com.br rediffmail.com fastmail.com hey.com');
const WORK_MAIL = sp('northwind-logistics.com brightpath.io kestrel-analytics.de larchmont-dental.com ferrovia-group.it quillstone.co.uk tidewater-health.org bluecanyon.app meridian-cu.org oakhurst.legal');

function email(r: Rng, p: Person, work = false): string {
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'mail';
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${g}${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}_${s}`, `${g}${r.int(70, 2005)}`, `${g}.${s.charAt(0)}`]);
  return `${local}@${r.pick(work ? WORK_MAIL : FREE_MAIL)}`;
}
function roleEmail(r: Rng): string {
  return `${r.pick(sp('support billing it-helpdesk noreply privacy appointments accounts help servicedesk claims'))}@${r.pick(WORK_MAIL)}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'co dot uk'], ['icloud', 'com'], ['hotmail', 'com']]);
  return `${ascii(p.g)} ${r.pick(['dot', 'underscore'])} ${ascii(p.s)} at ${dom[0] ?? 'gmail'} dot ${dom[1] ?? 'com'}`;
}

// ---------------------------------------------------------------------------------------------------------
// Locales: phones, addresses, dates
// ---------------------------------------------------------------------------------------------------------

type CC = 'US' | 'UK' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'JP' | 'IN' | 'BR' | 'AU' | 'CA' | 'PL' | 'SE' | 'MX' | 'IE' | 'KR' | 'NG';

const CULTURE_FOR: Record<CC, readonly string[] | undefined> = {
  US: undefined, UK: ['uk', 'uk', 'ie', 'sc', 'in', 'pk', 'ng', 'gh', 'pl'], DE: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr'],
  FR: ['fr', 'fr', 'fr', 'ar', 'vn'], ES: ['es', 'es', 'mx'], IT: ['it'], NL: ['nl', 'nl', 'tr'], JP: ['ja'], IN: ['in', 'ta'],
  BR: ['br'], AU: ['us', 'uk', 'zh', 'vn', 'gr', 'ph'], CA: ['us', 'fr', 'zh', 'in', 'ie'], PL: ['pl'], SE: ['se', 'fi'],
  MX: ['mx'], IE: ['ie'], KR: ['ko'], NG: ['ng'],
};
const locPerson = (r: Rng, cc?: CC): Person => person(r, cc ? CULTURE_FOR[cc] : undefined);

function nanp(r: Rng): [string, string, string] {
  return [`${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)];
}

function phone(r: Rng, cc: CC): string {
  const d = (n: number): string => r.digits(n);
  switch (cc) {
    case 'US':
    case 'CA': {
      const [a, b, c] = nanp(r);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`, `${a}${b}${c}`, `1 (${a}) ${b}-${c}`]);
    }
    case 'UK':
      return r.pick([`07${r.int(4, 9)}${d(2)} ${d(6)}`, `+44 7${r.int(4, 9)}${d(2)} ${d(3)} ${d(3)}`, `020 ${r.int(3, 8)}${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`, `+44 (0)113 ${d(3)} ${d(4)}`, `0117 ${d(3)} ${d(4)}`]);
    case 'IE':
      return r.pick([`08${r.int(3, 9)} ${d(3)} ${d(4)}`, `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`, `(01) ${d(3)} ${d(4)}`]);
    case 'DE':
      return r.pick([`+49 ${r.pick(['151', '160', '171', '176', '152'])} ${d(8)}`, `0${r.pick(['151', '162', '172', '179'])} ${d(7)}`, `030 ${d(8)}`, `+49 (0)89 ${d(7)}`, `0221 / ${d(6)}`, `+49 40 ${d(4)} ${d(4)}`]);
    case 'FR':
      return r.pick([`0${r.int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `01 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'ES':
      return r.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IT':
      return r.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `02 ${d(4)} ${d(4)}`, `3${d(2)}-${d(7)}`, `+39 06 ${d(4)} ${d(4)}`]);
    case 'NL':
      return r.pick([`+31 6 ${d(8)}`, `06-${d(8)}`, `020 ${d(3)} ${d(4)}`, `+31 (0)30 ${d(3)} ${d(4)}`]);
    case 'JP':
      return r.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'IN':
      return r.pick([`+91 ${r.int(7, 9)}${d(4)} ${d(5)}`, `0${r.int(7, 9)}${d(4)} ${d(5)}`, `+91-${r.int(7, 9)}${d(9)}`, `${r.int(7, 9)}${d(9)}`]);
    case 'BR':
      return r.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(31) 9${d(4)}-${d(4)}`, `+55 (11) 9${d(4)}-${d(4)}`]);
    case 'AU':
      return r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${r.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`, `${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`]);
    case 'SE':
      return r.pick([`07${r.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`, `+46 7${r.int(0, 6)} ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`]);
    case 'MX':
      return r.pick([`+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 1 81 ${d(4)} ${d(4)}`]);
    case 'KR':
      return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
    case 'NG':
      return r.pick([`+234 80${r.int(2, 9)} ${d(3)} ${d(4)}`, `080${r.int(2, 9)} ${d(3)} ${d(4)}`, `+234 70${r.int(2, 9)}${d(7)}`]);
  }
}

const DIGIT_WORDS = sp('zero one two three four five six seven eight nine');
function spokenPhone(r: Rng): string {
  const [a, b, c] = nanp(r);
  const say = (s: string): string => [...s].map((ch) => (ch === '0' && r.chance(0.4) ? 'oh' : DIGIT_WORDS[Number(ch)] ?? ch)).join(' ');
  return `${say(a)}, ${say(b)}, ${say(c)}`;
}

/** A postal address; multi-line only when `ml`. */
function address(r: Rng, cc: CC, ml: boolean): string {
  const n = (lo: number, hi: number): number => r.int(lo, hi);
  let lines: string[];
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick([['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Savannah', 'GA', '314'], ['Boise', 'ID', '837'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Chicago', 'IL', '606'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Lowell', 'MA', '018'], ['Bozeman', 'MT', '597']] as const);
      const zip = `${zp}${r.digits(2)}`;
      if (r.chance(0.12)) lines = [`PO Box ${n(100, 9999)}`, `${city}, ${st} ${zip}`];
      else {
        const st1 = `${n(10, 9899)} ${r.pick(sp('Maple_Hollow_Rd Cedar_Ridge_Dr W_84th_St Larkspur_Ln Old_Mill_Road Harborview_Ave N_Kedzie_Ave Sycamore_Ct Pinecrest_Blvd E_Camelback_Rd Quarry_Hill_Rd Wren_Way'))}`;
        lines = r.chance(0.4) ? [st1, r.pick([`Apt ${n(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${n(2, 300)}`, `#${n(2, 99)}`]), `${city}, ${st} ${zip}`] : [st1, `${city}, ${st} ${zip}`];
      }
      if (r.chance(0.2)) lines.push(r.pick(['USA', 'United States']));
      break;
    }
    case 'CA': {
      const [city, pr, fsa] = r.pick([['Toronto', 'ON', 'M5H'], ['Ottawa', 'ON', 'K1P'], ['Vancouver', 'BC', 'V6B'], ['Montréal', 'QC', 'H2X'], ['Halifax', 'NS', 'B3J'], ['Calgary', 'AB', 'T2P']] as const);
      lines = [`${n(2, 990)} ${r.pick(sp('Queen_St_W Rue_Saint-Denis Granville_St Barrington_St Elgin_St 8_Ave_SW'))}${r.chance(0.4) ? `, Unit ${n(100, 2400)}` : ''}`, `${city}, ${pr} ${fsa} ${n(1, 9)}${letters(r, 1)}${n(1, 9)}`];
      if (r.chance(0.3)) lines.push('Canada');
      break;
    }
    case 'UK':
    case 'IE': {
      if (cc === 'IE') {
        lines = [`${n(1, 120)} ${r.pick(sp('Seafield_Road Griffith_Avenue Main_Street Castle_Park Oakley_Road'))}`, r.pick(['Clontarf', 'Ranelagh', 'Salthill', 'Douglas']), `${r.pick(['Dublin 3', 'Dublin 6', 'Galway', 'Cork'])}`, `${r.pick(['D03', 'D06', 'H91', 'T12'])} ${alnum(r, 4)}`];
        break;
      }
      const [city, pc] = r.pick([['Leeds', 'LS'], ['Manchester', 'M'], ['Bristol', 'BS'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['York', 'YO'], ['Brighton', 'BN'], ['Sheffield', 'S'], ['Edinburgh', 'EH']] as const);
      const post = `${pc}${n(1, 20)} ${n(1, 9)}${letters(r, 2)}`;
      const st1 = `${n(1, 240)} ${r.pick(sp('Ashgrove_Terrace Mill_Lane Kingsway Victoria_Road Orchard_Close Belmont_Gardens Church_Street Heather_Way Tannery_Row'))}`;
      lines = r.chance(0.35) ? [`Flat ${n(1, 12)}`, st1, city, post] : [st1, city, post];
      if (r.chance(0.5)) lines = [...lines.slice(0, -2), `${city} ${post}`];
      if (r.chance(0.15)) lines.push('United Kingdom');
      break;
    }
    case 'DE': {
      const [city, p] = r.pick([['Berlin', '10'], ['Hamburg', '22'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Heidelberg', '69']] as const);
      lines = [`${r.pick(sp('Lindenstraße Hauptstr. Am_Mühlbach Bergstraße Kastanienallee Goethestraße Rosenweg Schillerplatz'))} ${n(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${p}${r.digits(3)} ${city}`];
      if (r.chance(0.2)) lines.push('Deutschland');
      break;
    }
    case 'FR': {
      const [city, p] = r.pick([['Strasbourg', '67000'], ['Lyon', '6900' + String(n(1, 9))], ['Nantes', '44000'], ['Toulouse', '31000'], ['Lille', '59000'], ['Paris', '750' + pad(n(1, 20))]] as const);
      lines = [`${n(1, 180)}${r.pick(['', '', ' bis'])} ${r.pick(sp('rue_des_Tanneurs avenue_Jean_Jaurès boulevard_Voltaire impasse_des_Lilas place_du_Marché rue_de_la_République'))}`, `${p} ${city}`];
      if (r.chance(0.3)) lines.push('France');
      break;
    }
    case 'ES':
    case 'MX': {
      if (cc === 'MX') {
        lines = [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calle Morelos'])} ${n(10, 2400)}${r.chance(0.4) ? ` Int. ${n(1, 30)}` : ''}`, `Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Centro'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`];
        break;
      }
      const [city, p] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['Valencia', '460'], ['Bilbao', '480']] as const);
      lines = [`${r.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de la Castellana'])} ${n(1, 300)}, ${n(1, 9)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `${p}${r.digits(2)} ${city}`];
      if (r.chance(0.2)) lines.push('España');
      break;
    }
    case 'IT': {
      const [city, pv, p] = r.pick([['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Napoli', 'NA', '801']] as const);
      lines = [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Via Roma'])} ${n(1, 200)}`, `${p}${r.digits(2)} ${city} ${pv}`];
      break;
    }
    case 'NL': {
      const [city, p] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Den Haag', '25'], ['Rotterdam', '30'], ['Groningen', '97']] as const);
      lines = [`${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Laan van Meerdervoort', 'Vondelstraat'])} ${n(1, 400)}${r.pick(['', '-1', 'A', '-hs'])}`, `${p}${r.digits(2)} ${letters(r, 2)} ${city}`];
      break;
    }
    case 'PL':
      lines = [`ul. ${r.pick(['Długa', 'Piękna', 'Marszałkowska', 'Ogrodowa', 'Lipowa'])} ${n(1, 120)}${r.chance(0.5) ? `/${n(1, 60)}` : ''}`, `${r.pick(['80', '00', '31', '50', '61'])}-${r.digits(3)} ${r.pick(['Gdańsk', 'Warszawa', 'Kraków', 'Wrocław', 'Poznań'])}`];
      break;
    case 'SE':
      lines = [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Sveavägen'])} ${n(1, 90)}`, `${r.pick(['411', '114', '211', '753'])} ${r.digits(2)} ${r.pick(['Göteborg', 'Stockholm', 'Malmö', 'Uppsala'])}`];
      break;
    case 'JP':
      if (r.chance(0.5)) return `〒${r.pick(['150', '530', '060', '810'])}-${r.digits(4)} ${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '北海道札幌市中央区北', '福岡県福岡市中央区天神'])}${n(1, 5)}-${n(1, 30)}-${n(1, 20)}`;
      lines = [`${n(1, 5)}-${n(1, 30)}-${n(1, 20)} ${r.pick(['Jingumae', 'Umeda', 'Tenjin', 'Sakae'])}`, `${r.pick(['Shibuya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka', 'Naka-ku, Nagoya'])} ${r.digits(3)}-${r.digits(4)}`];
      if (r.chance(0.4)) lines.push('Japan');
      break;
    case 'IN':
      lines = [r.pick([`Flat ${n(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Apartments'])}`, `House No. ${n(1, 400)}, Road No. ${n(1, 14)}`, `B-${n(1, 90)}, Sector ${n(1, 99)}`]), r.pick(['14th Cross, Indiranagar', 'Banjara Hills', 'Koramangala 5th Block', 'Anna Nagar West']), `${r.pick(['Bengaluru', 'Hyderabad', 'Chennai', 'Noida'])} ${r.pick(['560', '500', '600', '201'])}${r.digits(3)}`];
      break;
    case 'BR':
      lines = [`${r.pick(['Rua das Laranjeiras', 'Av. Paulista', 'Rua Augusta', 'Rua da Bahia'])}, ${n(10, 2000)}${r.chance(0.5) ? `, apto ${n(11, 190)}` : ''}`, `${r.pick(['Laranjeiras, Rio de Janeiro - RJ', 'Bela Vista, São Paulo - SP', 'Lourdes, Belo Horizonte - MG'])}`, `${r.digits(5)}-${r.digits(3)}`];
      break;
    case 'AU':
      lines = [`${r.chance(0.4) ? `Unit ${n(1, 30)}/` : ''}${n(1, 300)} ${r.pick(['Kingfisher Pde', 'Bourke St', 'Glebe Point Rd', 'Hay St', 'Brunswick St'])}`, `${r.pick(['Toowong QLD 4066', 'Fitzroy VIC 3065', 'Glebe NSW 2037', 'Perth WA 6000', 'Newtown NSW 2042'])}`];
      break;
    case 'KR':
      lines = [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'])} ${n(1, 400)}`, `${r.digits(5)}`];
      break;
    case 'NG':
      lines = [`${n(1, 80)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogunlana Drive'])}`, `${r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Surulere, Lagos'])} ${r.digits(6)}`];
      break;
  }
  return lines.join(ml && r.chance(0.6) ? '\n' : ', ');
}

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const birth = (r: Rng, lo = 1938, hi = 2006): Ymd => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: Rng): Ymd => ({ y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) });

const MON = {
  en: sp('January February March April May June July August September October November December'),
  de: sp('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: sp('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: sp('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: sp('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: sp('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  nl: sp('januari februari maart april mei juni juli augustus september oktober november december'),
  pl: sp('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  sv: sp('januari februari mars april maj juni juli augusti september oktober november december'),
};
function ord(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}

/** A date written the way the locale writes it. */
function fmtDate(r: Rng, cc: CC, x: Ymd): string {
  const { y, m, d } = x;
  const mon = (k: keyof typeof MON): string => MON[k][m - 1] ?? '';
  switch (cc) {
    case 'US':
      return r.pick([`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${mon('en')} ${d}, ${y}`, `${mon('en').slice(0, 3)} ${d} ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${pad(m)}-${pad(d)}-${y}`]);
    case 'CA':
      return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${mon('en')} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'UK':
    case 'IE':
    case 'AU':
    case 'IN':
    case 'NG':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('en')} ${y}`, `${ord(d)} ${mon('en')} ${y}`, `${d} ${mon('en').slice(0, 3)} ${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    case 'DE':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mon('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${d} de ${mon('es')} de ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'IT':
      return r.pick([`${d} ${mon('it')} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'NL':
      return r.pick([`${d} ${mon('nl')} ${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    case 'PL':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon('pl')} ${y}`]);
    case 'SE':
      return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${mon('sv')} ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    case 'BR':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('pt')} de ${y}`]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Checksummed values and their look-alikes
// ---------------------------------------------------------------------------------------------------------

function luhnFinish(partial: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(partial + String(c))) return partial + String(c);
  return `${partial}0`;
}

/** Digits of a Luhn-valid card of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 15);
  let pre: string;
  let len = 16;
  if (k < 6) {
    pre = '4';
    len = r.chance(0.05) ? 13 : 16;
  } else if (k < 9) pre = r.chance(0.75) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  else if (k < 11) {
    pre = r.pick(['34', '37']);
    len = 15;
  } else if (k < 12) pre = r.pick(['6011', '65', '644']);
  else if (k < 13) pre = String(r.int(3528, 3589));
  else if (k < 14) {
    pre = r.pick(['36', '38', '300', '305']);
    len = 14;
  } else if (k < 15) {
    pre = '62';
    len = r.chance(0.3) ? 19 : 16;
  } else pre = String(r.int(51, 55));
  return luhnFinish(pre + r.digits(len - pre.length - 1));
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 13) sizes = [4, 4, 5];
  else if (d.length === 19) sizes = [4, 4, 4, 4, 3];
  else sizes = [4, 4, 4, 4];
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
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  const l4 = r.digits(4);
  return r.pick([`**** **** **** ${l4}`, `XXXX-XXXX-XXXX-${l4}`, `•••• ${l4}`, `${r.pick(['4', '5'])}${r.digits(3)} ${'*'.repeat(4)} ${'*'.repeat(4)} ${l4}`, `ending in ${l4}`]);
}

const IBAN_SPEC: Record<string, string> = {
  DE: 'n18', GB: 'b4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'b4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'b4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', GR: 'n23', TR: 'n22', AE: 'n19', LU: 'n16',
  CZ: 'n20', HU: 'n24', RO: 'b4n16', BR: 'n23a1a1', HR: 'n17',
};
const BANKS: Record<string, readonly string[]> = {
  GB: sp('NWBK BARC LOYD MIDL HBUK MONZ'), NL: sp('INGB ABNA RABO TRIO BUNQ'), IE: sp('AIBK BOFI IPBS'), RO: sp('BTRL RNCB INGB'),
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dch of v) rem = (rem * 10 + Number(dch)) % 97;
  }
  return rem;
}

function ibanCompact(r: Rng, cc: string): string {
  const spec = IBAN_SPEC[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([abn])(\d+)/g)) {
    const kind = m[1];
    const len = Number(m[2]);
    if (kind === 'n') bban += r.digits(len);
    else if (kind === 'b') bban += r.pick(BANKS[cc] ?? ['BANK']).slice(0, len);
    else bban += letters(r, len);
  }
  const check = 98 - mod97(`${bban}${cc}00`);
  const out = `${cc}${pad(check)}${bban}`;
  if (out.length !== IBAN_LENGTHS[cc]) throw new Error(`IBAN length ${cc}`);
  return out;
}
function groupIban(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.6) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.92) return c;
  return c.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
const iban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  let i = c.length - 1 - r.int(0, 5);
  while (!/\d/.test(c.charAt(i))) i--;
  const dd = Number(c.charAt(i));
  return groupIban(r, c.slice(0, i) + String((dd + r.int(1, 9)) % 10) + c.slice(i + 1));
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const x = r.next();
  if (x < 0.75) return `${a}-${g}-${s}`;
  if (x < 0.88) return `${a} ${g} ${s}`;
  return `${a}${g}${s}`;
}
const badSsn = (r: Rng): string => r.pick([`9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${r.digits(2)}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const maskedPhone = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`, `•••-•••-${r.digits(4)}`]);

function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.25) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.4) return `192.168.${r.int(0, 31)}.${r.int(1, 254)}`;
  if (x < 0.5) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([23, 31, 45, 62, 77, 81, 89, 91, 103, 109, 141, 151, 178, 185, 193, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(1, 0xffff).toString(16);
  const x = r.next();
  if (x < 0.3) return `2001:db8:${h()}::${h()}`;
  if (x < 0.5) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (x < 0.75) return `2a02:${h()}:${h()}:${h()}::${h()}`;
  return [h(), h(), h(), h(), h(), h(), h(), h()].join(':');
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// distractors
const version = (r: Rng): string => `${r.pick(['v', '', ''])}${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}${r.chance(0.3) ? `.${r.int(1, 999)}` : ''}`;
const isoTs = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z`;
const orderNo = (r: Rng): string => r.pick([`#${r.digits(7)}`, `ORD-${r.int(2023, 2025)}-${r.digits(6)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `W${r.digits(9)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${alnum(r, 16)}`, `${r.digits(12)}`, `JD${r.digits(18)}`, `LX${r.digits(9)}DE`]);
const caseNo = (r: Rng): string => r.pick([`CS-${r.digits(6)}`, `INC${r.digits(7)}`, `TKT-${r.digits(5)}`, `SR ${r.digits(8)}`]);
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => `${r.int(0, 3)}${r.digits(8)}`;
const mrn = (r: Rng): string => `${r.pick(['MRN', 'MRN:', 'Pt ID'])} ${r.digits(8)}`;
const foreignId = (r: Rng): string => r.pick([
  `${letters(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`,
  `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  `${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)}`,
  `${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`,
  `${r.digits(8)}${letters(r, 1)}`,
  `${r.digits(11)}`,
]);

// ---------------------------------------------------------------------------------------------------------
// Conversations and their export shapes
// ---------------------------------------------------------------------------------------------------------

type Agent = 'support' | 'health' | 'finance' | 'it';
type Role = 'user' | 'bot' | 'human' | 'call' | 'result';

interface Part {
  readonly v: string;
  readonly k?: PiiType;
  readonly raw?: boolean;
}

class Turn {
  readonly parts: Part[] = [];
  constructor(
    readonly role: Role,
    readonly tool: string,
    private readonly lcUser: boolean,
  ) {}
  /** Plain text (user noise may be applied). */
  t(v: string): this {
    this.parts.push({ v });
    return this;
  }
  /** Pasted text, left untouched by user noise. */
  raw(v: string): this {
    this.parts.push({ v, raw: true });
    return this;
  }
  /** A labelled value. */
  l(k: PiiType, v: string): this {
    const low = this.lcUser && (k === 'PERSON' || k === 'EMAIL' || k === 'ADDRESS');
    this.parts.push({ v: low ? v.toLowerCase() : v, k, raw: true });
    return this;
  }
}

class Conv {
  readonly turns: Turn[] = [];
  readonly known: string[] = [];
  constructor(
    readonly r: Rng,
    readonly kind: Agent,
    /** Whether labelled values may span lines (plain and Markdown exports). */
    readonly ml: boolean,
    /** An all-lower-case user. */
    readonly lc: boolean,
    readonly typo: number,
  ) {}
  #add(role: Role, tool = ''): Turn {
    const t = new Turn(role, tool, role === 'user' && this.lc);
    this.turns.push(t);
    return t;
  }
  user(): Turn {
    return this.#add('user');
  }
  bot(): Turn {
    return this.#add('bot');
  }
  human(): Turn {
    return this.#add('human');
  }
  call(name: string): Turn {
    return this.#add('call', name);
  }
  result(name: string): Turn {
    return this.#add('result', name);
  }
  /** The user's own full name, recorded as a known name. */
  me(t: Turn, p: Person): Turn {
    t.parts.push({ v: p.full, k: 'PERSON', raw: true });
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return t;
  }
  emo(): string {
    return this.r.chance(0.3) ? ` ${this.r.pick(['🙏', '😡', '😅', '🤦', '👍', '😭', '🙂', '!!', '??', '...', '😬'])}` : '';
  }
}

class Doc {
  text = '';
  readonly labels: Independent23Label[] = [];
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

type Esc = (s: string) => string;
const noEsc: Esc = (s) => s;
const jsonEsc: Esc = (s) => JSON.stringify(s).slice(1, -1);
const logEsc: Esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

function noisy(r: Rng, c: Conv, s: string): string {
  let out = s;
  if (c.typo > 0) {
    out = out.replace(/\b[a-z]{5,}\b/g, (w) => {
      if (!r.chance(c.typo)) return w;
      const i = r.int(1, w.length - 3);
      return w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2);
    });
  }
  return c.lc ? out.toLowerCase() : out;
}

function writeParts(d: Doc, r: Rng, c: Conv, t: Turn, esc: Esc): void {
  for (const p of t.parts) {
    if (p.k) {
      if (esc(p.v) !== p.v) throw new Error(`value needs escaping: ${p.v}`);
      d.l(p.k, p.v);
    } else d.t(esc(t.role === 'user' && !p.raw ? noisy(r, c, p.v) : p.v));
  }
}

const AGENT_NAMES: Record<Agent, readonly string[]> = {
  support: sp('support-assistant-v4 ShopHelp_Bot order-care-agent HelpDesk_Assistant'),
  health: sp('care-companion triage-assistant-v2 ClinicChat patient-navigator'),
  finance: sp('wealth-copilot LedgerAdvisor money-coach-v3 advisor-agent'),
  it: sp('devops-copilot it-servicedesk-agent code-assistant sre-helper'),
};
const ROLE_LABELS: Record<Agent, readonly (readonly [string, string])[]> = {
  support: [['Customer', 'Agent'], ['User', 'Assistant'], ['USER', 'BOT'], ['customer', 'assistant']],
  health: [['Patient', 'Assistant'], ['User', 'CareBot'], ['user', 'assistant']],
  finance: [['Client', 'Advisor AI'], ['User', 'Assistant'], ['USER', 'ASSISTANT']],
  it: [['user', 'assistant'], ['Human', 'AI'], ['dev', 'copilot'], ['User', 'Assistant']],
};

function hhmm(r: Rng): string {
  return `${pad(r.int(7, 22))}:${pad(r.int(0, 59))}`;
}

function renderPlain(r: Rng, c: Conv, md: boolean): Doc {
  const d = new Doc();
  const [u, a] = r.pick(ROLE_LABELS[c.kind]);
  const ts = r.chance(0.35);
  if (r.chance(0.5)) d.t(md ? `## Session ${hex(r, 8)} — ${r.pick(AGENT_NAMES[c.kind])}\n\n` : `--- session ${hex(r, 12)} | ${r.pick(AGENT_NAMES[c.kind])} | ${isoTs(r)} ---\n`);
  for (const t of c.turns) {
    if (ts) d.t(`[${hhmm(r)}] `);
    if (t.role === 'call') {
      d.t(md ? `*tool call* \`${t.tool}\`\n\`\`\`json\n` : `  -> tool_call ${t.tool} `);
      writeParts(d, r, c, t, noEsc);
      d.t(md ? '\n```\n' : '\n');
    } else if (t.role === 'result') {
      d.t(md ? `*tool result* (${t.tool})\n\`\`\`\n` : `  <- ${t.tool}: `);
      writeParts(d, r, c, t, noEsc);
      d.t(md ? '\n```\n' : '\n');
    } else {
      const who = t.role === 'user' ? u : t.role === 'bot' ? a : 'Live agent';
      d.t(md ? `**${who}:** ` : `${who}: `);
      writeParts(d, r, c, t, noEsc);
      d.t(md ? '\n\n' : r.chance(0.4) ? '\n\n' : '\n');
    }
  }
  return d;
}

function renderOpenAi(r: Rng, c: Conv): Doc {
  const d = new Doc();
  d.t(`{\n  "id": "conv_${hex(r, 16)}",\n  "agent": "${r.pick(AGENT_NAMES[c.kind])}",\n  "model_version": "${version(r)}",\n  "messages": [\n`);
  let id = '';
  c.turns.forEach((t, i) => {
    if (t.role === 'call') {
      id = `call_${alnum(r, 12)}`;
      d.t(`    {"role": "assistant", "content": null, "tool_calls": [{"id": "${id}", "type": "function", "function": {"name": "${t.tool}", "arguments": "`);
      writeParts(d, r, c, t, jsonEsc);
      d.t('"}}]}');
    } else if (t.role === 'result') {
      d.t(`    {"role": "tool", "tool_call_id": "${id}", "content": "`);
      writeParts(d, r, c, t, jsonEsc);
      d.t('"}');
    } else {
      d.t(`    {"role": "${t.role === 'user' ? 'user' : 'assistant'}"${t.role === 'human' ? ', "name": "human_handoff"' : ''}, "content": "`);
      writeParts(d, r, c, t, jsonEsc);
      d.t('"}');
    }
    d.t(i < c.turns.length - 1 ? ',\n' : '\n');
  });
  d.t('  ]\n}');
  return d;
}

function renderBlocks(r: Rng, c: Conv): Doc {
  const d = new Doc();
  d.t(`[\n`);
  let id = '';
  c.turns.forEach((t, i) => {
    if (t.role === 'call') {
      id = `toolu_${alnum(r, 14)}`;
      d.t(`  {"role": "assistant", "content": [{"type": "tool_use", "id": "${id}", "name": "${t.tool}", "input": `);
      writeParts(d, r, c, t, noEsc);
      d.t('}]}');
    } else if (t.role === 'result') {
      d.t(`  {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "${id}", "content": "`);
      writeParts(d, r, c, t, jsonEsc);
      d.t('"}]}');
    } else {
      d.t(`  {"role": "${t.role === 'user' ? 'user' : 'assistant'}", "content": [{"type": "text", "text": "`);
      writeParts(d, r, c, t, jsonEsc);
      d.t('"}]}');
    }
    d.t(i < c.turns.length - 1 ? ',\n' : '\n');
  });
  d.t(']');
  return d;
}

function renderJsonl(r: Rng, c: Conv): Doc {
  const d = new Doc();
  const sess = `s_${hex(r, 10)}`;
  for (const t of c.turns) {
    d.t(`{"ts": "${isoTs(r)}", "session": "${sess}", `);
    if (t.role === 'call') d.t(`"event": "tool_call", "tool": "${t.tool}", "args": "`);
    else if (t.role === 'result') d.t(`"event": "tool_result", "tool": "${t.tool}", "output": "`);
    else d.t(`"event": "message", "role": "${t.role === 'user' ? 'user' : t.role === 'bot' ? 'assistant' : 'agent'}", "text": "`);
    writeParts(d, r, c, t, jsonEsc);
    d.t('"}\n');
  }
  return d;
}

function renderLog(r: Rng, c: Conv): Doc {
  const d = new Doc();
  const agent = r.pick(AGENT_NAMES[c.kind]);
  const sess = hex(r, 8);
  let turn = 0;
  for (const t of c.turns) {
    turn++;
    d.t(`${isoTs(r)} ${t.role === 'call' || t.role === 'result' ? 'DEBUG' : 'INFO '} [${agent}] session=${sess} turn=${turn} `);
    if (t.role === 'call') {
      d.t(`tool.invoke name=${t.tool} args=`);
      writeParts(d, r, c, t, logEsc);
    } else if (t.role === 'result') {
      d.t(`tool.result name=${t.tool} body="`);
      writeParts(d, r, c, t, logEsc);
      d.t('"');
    } else {
      d.t(`role=${t.role === 'user' ? 'user' : t.role === 'bot' ? 'assistant' : 'human_agent'} msg="`);
      writeParts(d, r, c, t, logEsc);
      d.t('"');
    }
    d.t('\n');
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Shared phrasing
// ---------------------------------------------------------------------------------------------------------

const HON = sp('Dr. Dr Mr. Mrs. Ms. Mr Ms Prof.');
const hon = (r: Rng): string => `${r.pick(HON)} `;
const REL = sp('mom dad wife husband sister brother son daughter partner grandma boss landlord neighbour roommate aunt colleague');
const BRANDS = sp("Ford Tesla Dell McDonald's Wells_Fargo Charles_Schwab Morgan_Stanley Ben_&_Jerry's Johnson_&_Johnson Ralph_Lauren Kellogg's Hilton Marriott Walt_Disney_World Louis_Vuitton Tommy_Hilfiger Lincoln Mercedes-Benz");
const EPONYMS = sp("Parkinson's Alzheimer's Crohn's_disease Hodgkin_lymphoma Tourette_syndrome Bell's_palsy Lou_Gehrig's_disease Down_syndrome Hashimoto's Raynaud's Cushing's_syndrome Asperger's");
const SOFTWARE = sp('Jenkins Kafka Django Grafana Jupyter Hadoop Kubernetes Ansible Terraform Cassandra Flask Julia Pascal Ada Ruby');
const LAWS = sp("Moore's_law Murphy's_law Dodd-Frank Sarbanes-Oxley Glass-Steagall Roth_IRA the_Nobel_Prize a_Pulitzer the_Turing_Award Black-Scholes Fibonacci_retracement Hurricane_Milton the_Queen_Mary_2 Lincoln_Center Washington_Square Victoria_Station St._Jude Mayo_Clinic Johns_Hopkins_Hospital Cedars-Sinai");
const PETS = sp('Biscuit Luna Max Rosie Oscar Bella Pepper Milo Daisy Ziggy');
const ACK = ['Thanks', 'Thank you', 'Got it', 'Understood', 'Okay', 'Perfect'];

type Tpl = (c: Conv) => void;
const USISH: readonly CC[] = ['US', 'US', 'US', 'UK', 'CA', 'AU', 'IE', 'IN', 'NG'];

// ---------------------------------------------------------------------------------------------------------
// Customer support
// ---------------------------------------------------------------------------------------------------------

const SUPPORT: Tpl[] = [
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const ord = orderNo(r);
    c.user().t(`${r.pick(['hi', 'hello', 'hey'])} where is my order ${ord}? it was supposed to arrive ${fmtDate(r, cc, recent(r))}${c.emo()}`);
    c.bot().t("I'm sorry it's late! Could you confirm the email address used for the order?");
    c.user().t(r.pick(['its ', 'sure - ', '']) ).l('EMAIL', email(r, me));
    c.call('lookup_order').t(`{"order_id": "${ord}", "email": "`).l('EMAIL', email(r, me)).t('"}');
    const res = c.result('lookup_order').t(`{"status": "in_transit", "carrier": "UPS", "tracking": "${tracking(r)}", "ship_to": {"name": "`);
    c.me(res, me).t('", "address": "').l('ADDRESS', address(r, cc, false)).t('"}}');
    c.bot().t(`${r.pick(ACK)}, `).l('PERSON', me.g).t(`. Your parcel left our ${r.pick(['Reno', 'Leipzig', 'Swindon'])} warehouse and is with the carrier; the new estimate is ${fmtDate(r, cc, recent(r))}.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'CA', 'AU']);
    const ph = phone(r, cc);
    c.user().t('I moved last month, pls update my shipping address.\nold: ').l('ADDRESS', address(r, cc, c.ml)).t('\nnew: ').l('ADDRESS', address(r, cc, c.ml)).t(`\nalso my new number is `).l('PHONE', ph);
    c.bot().t('Done — I will update both. Should the new address also be your billing address?');
    c.user().t(r.pick(['yes', 'yep pls', 'no keep billing as is']));
    c.call('update_profile').t('{"fields": ["shipping_address", "phone"], "phone": "').l('PHONE', ph).t(`", "customer_id": "cus_${alnum(r, 10)}"}`);
    c.result('update_profile').t('{"ok": true, "updated_at": "' + isoTs(r) + '"}');
  },
  (c) => {
    const r = c.r;
    c.user().t(`can you refund the ${r.pick(['jacket', 'headphones', 'stroller', 'coffee grinder'])} to this card ${r.chance(0.5) ? 'pls ' : ''}`).l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}${c.emo()}`);
    c.bot().t(`Please don't share full card numbers in chat. Refunds always go back to the original payment method — here that's the card ${maskedCard(r)}.`);
    c.user().t(`oh ok. the order was ${orderNo(r)} and i returned it at the ${r.pick(BRANDS)} store drop-off`);
    c.call('create_refund').t(`{"order": "${orderNo(r)}", "amount": ${r.int(20, 400)}.${r.digits(2)}, "method": "original"}`);
    c.result('create_refund').t(`{"refund_id": "re_${alnum(r, 14)}", "eta_days": ${r.int(3, 10)}}`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    c.me(c.user().t(`${r.pick(['im locked out of my account', 'cant log in anymore', 'Locked out after too many attempts'])}. name is `), me).t(', dob ').l('DOB', fmtDate(r, cc, birth(r))).t(', the phone on file is ').l('PHONE', phone(r, cc));
    c.bot().t('Thanks. To finish verifying, what is the email on the account?');
    c.user().t('should be ').l('EMAIL', email(r, me)).t(r.pick([' or maybe my old work one ', ' '])).l('EMAIL', email(r, me, true));
    c.call('send_reset_link').t('{"email": "').l('EMAIL', email(r, me)).t('"}');
    c.result('send_reset_link').t('{"sent": true}');
    c.bot().t(`A reset link is on its way. Your case number is ${caseNo(r)}.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'AU', 'CA']);
    const nb = locPerson(r, cc);
    c.user().t(`tracking ${tracking(r)} says delivered to neighbour but `).l('PERSON', nameForm(r, nb)).t(` next door says she never got it. I'm at `).l('ADDRESS', address(r, cc, c.ml)).t(' and nothing was left in the lobby');
    c.bot().t("I'm sorry. I can open a carrier investigation. Did anyone else in the household sign?");
    const fam = locPerson(r, cc);
    c.user().t(`no, only my ${r.pick(REL)} `).l('PERSON', fam.g).t(' was home and she was at the door all day');
    c.call('open_investigation').t(`{"tracking": "${tracking(r)}", "reason": "not_received"}`);
    c.result('open_investigation').t(`{"case": "${caseNo(r)}", "sla_hours": 48}`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'CA']);
    const mom = locPerson(r, cc);
    const me = locPerson(r, cc);
    const u = c.user().t(`ok so i ordered a blender for my ${r.pick(['mom', 'mum', 'mother in law'])} `).l('PERSON', nameForm(r, mom)).t(' and it came broken and nobody answers at ').l('PHONE', phone(r, cc)).t(` i called like 5 times today and yesterday and the hold music is ${r.pick(BRANDS)} ads lol can someone just email me at `).l('EMAIL', email(r, me)).t(' thx');
    if (r.chance(0.5)) c.me(u.t('\n- '), me);
    c.bot().t("That's frustrating, sorry. I've flagged it for a replacement and you'll get an email within 24 hours.");
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['UK', 'US', 'DE', 'NL', 'IE']);
    const p = locPerson(r, cc);
    const u = c.user().t(`this is the message their buyer sent us, can you tell me if the invoice ${orderNo(r)} is paid?\n\n`).raw('> Hi team,\n> please find the remittance attached.\n>\n> Kind regards,\n> ').l('PERSON', p.full).raw(`\n> ${r.pick(['Senior Buyer', 'Accounts Payable Lead', 'Procurement Manager'])} | ${r.pick(['Quillstone Ltd', 'Kestrel Analytics GmbH', 'Northwind Logistics BV'])}\n> `);
    u.l('ADDRESS', address(r, cc, false)).raw('\n> T: ').l('PHONE', phone(r, cc));
    if (r.chance(0.5)) u.raw(' ext. ' + r.digits(3));
    u.raw(' | M: ').l('PHONE', phone(r, cc)).raw('\n> ').l('EMAIL', email(r, p, true));
    c.bot().t(`Invoice status: paid on ${fmtDate(r, cc, recent(r))} via bank transfer.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const g = locPerson(r, cc);
    c.user().t(`sending a gift to my ${r.pick(['grandma', 'nan', 'godmother', 'uncle'])} `).l('PERSON', nameForm(r, g)).t(', address is ').l('ADDRESS', address(r, cc, c.ml)).t(` — can you add a card saying "happy 80th, love from all of us"? ${c.emo()}`);
    c.bot().t(`Of course. Gift message added; it will ship with ${r.pick(['standard', 'express'])} delivery.`);
    c.user().t('and dont put the price on the slip');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'DE');
    c.me(c.user().t(`Hallo, ich möchte mein Abo kündigen. Kundennummer KD-${r.digits(7)}, Name `), me).t('. Bitte ab sofort keine Abbuchung mehr von meinem Konto ').l('IBAN', iban(r, r.pick(['DE', 'DE', 'AT', 'CH'])));
    c.bot().t(`Danke! Ich habe die Kündigung zum ${fmtDate(r, 'DE', recent(r))} vorgemerkt. Die Bestätigung geht an Ihre hinterlegte E-Mail.`);
    c.user().t('Die alte Adresse ist ').l('EMAIL', email(r, me)).t(', bitte an ').l('EMAIL', email(r, me)).t(' schicken.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['ES', 'MX']);
    const me = locPerson(r, cc);
    c.me(c.user().t('Hola, soy '), me).t(`, mi pedido ${orderNo(r)} no ha llegado. Mi dirección es `).l('ADDRESS', address(r, cc, c.ml)).t(' y mi teléfono ').l('PHONE', phone(r, cc)).t(`. Mi DNI es ${foreignId(r)} por si lo necesitan`);
    c.bot().t('Gracias. No necesitamos su documento de identidad; ya he abierto una incidencia con la transportista.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'DE', 'IN']);
    const u = c.user().t('here are the contacts that should get the invoices, can you set them up?\n').raw('name,email,phone,city\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = locPerson(r, cc);
      u.l('PERSON', p.full).raw(',').l('EMAIL', email(r, p, true)).raw(',').l('PHONE', phone(r, cc)).raw(`,${r.pick(['Leeds', 'Austin', 'Hamburg', 'Pune', 'Dayton'])}\n`);
    }
    c.bot().t(`I've added ${n} billing contacts. They'll receive invoices from `).l('EMAIL', roleEmail(r)).t('.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'CA']);
    const me = locPerson(r, cc);
    c.user().t(`warranty claim for serial SN-${alnum(r, 10)}, bought ${fmtDate(r, cc, recent(r))}, invoice ${orderNo(r)}. `).t('best number to reach me is ').l('PHONE', phone(r, cc)).t(` ext. ${r.int(10, 999)} during work hours`);
    c.bot().t('Thanks, and the name the product is registered under?');
    c.me(c.user().t(r.pick(['', 'its ', 'under '])), me);
    c.call('create_claim').t(`{"serial": "SN-${alnum(r, 10)}", "contact": "`).l('PERSON', me.full).t('"}');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const ag = locPerson(r, cc);
    c.user().t(`this is the third time im asking!!! i want a human${c.emo()}`);
    c.bot().t("I understand. I'm connecting you with ").l('PERSON', r.chance(0.5) ? ag.g : ag.full).t(' from our returns team now.');
    c.call('create_handoff').t('{"customer_email": "').l('EMAIL', email(r, me)).t(`", "summary": "repeat contact, damaged item", "priority": "high"}`);
    c.human().t('Hi, this is ').l('PERSON', ag.g).t(' — I have your history here. Can I call you at ').l('PHONE', phone(r, cc)).t('?');
    c.user().t(r.pick(['yes', 'yeah thats fine', 'no text me instead']));
  },
  (c) => {
    const r = c.r;
    const s = r.pick(JA_S);
    const g = r.pick(JA_G);
    c.user().t('注文した商品がまだ届きません。').l('PERSON', `${s} ${g}`).t(' です。電話番号は ').l('PHONE', phone(r, 'JP')).t('、住所は ').l('ADDRESS', address(r, 'JP', false)).t(' です。');
    c.bot().t('').l('PERSON', s).t(`様、ご不便をおかけして申し訳ございません。注文番号 ${orderNo(r)} の配送状況を確認いたします。`);
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'FR');
    c.me(c.user().t('Bonjour, je m\'appelle '), me).t(`. Vous m'avez prélevé deux fois ce mois-ci sur mon compte `).l('IBAN', iban(r, 'FR')).t('. Vous pouvez me joindre au ').l('PHONE', phone(r, 'FR'));
    c.bot().t(`Bonjour, je vois bien deux prélèvements du ${fmtDate(r, 'FR', recent(r))}. Le remboursement est lancé.`);
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'US');
    c.bot().t('[voice transcript] Thanks for calling. Can I get a callback number?');
    c.user().t('yeah uh its ').l('PHONE', spokenPhone(r)).t(' and the email is ').l('EMAIL', spokenEmail(r, me));
    c.bot().t("Thanks. And the account holder's name?");
    c.me(c.user().t('its '), me).t(r.pick([' ', ', ']) + r.pick(['like the card says', 'with one l', 'yeah']));
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'CA', 'AU']);
    const u = c.user().t(`my card expired, pls switch the subscription to `).l('CARD', card(r)).t(` (exp ${pad(r.int(1, 12))}/${r.int(27, 31)}, cvv i'll give on the phone)`);
    if (r.chance(0.6)) u.t(' and if that fails use ').l('CARD', card(r));
    c.bot().t('For your security I will not store numbers sent in chat. Please confirm the billing address for the card.');
    c.user().t('').l('ADDRESS', address(r, cc, c.ml));
    c.call('payments.update_method').t(`{"customer": "cus_${alnum(r, 10)}", "token": "tok_${alnum(r, 18)}", "last4": "${r.digits(4)}"}`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Healthcare assistant
// ---------------------------------------------------------------------------------------------------------

const HEALTH: Tpl[] = [
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const doc = locPerson(r, cc);
    c.me(c.user().t(`I need to book my annual physical with ${hon(r)}`).l('PERSON', r.chance(0.5) ? doc.s : doc.full).t(". I'm "), me).t(', DOB ').l('DOB', fmtDate(r, cc, birth(r)));
    c.bot().t(`The first opening is ${fmtDate(r, cc, recent(r))} at ${hhmm(r)}. Shall I book it?`);
    c.user().t('yes please, and call me at ').l('PHONE', phone(r, cc)).t(' if anything changes');
    c.call('book_appointment').t(`{"provider_id": "prv_${r.digits(5)}", "slot": "${isoTs(r)}", "patient_phone": "`).l('PHONE', phone(r, cc)).t('"}');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'US');
    const sp2 = locPerson(r, 'US');
    c.user().t(`hi checking if my coverage is active. member ID ${letters(r, 3)}${r.digits(9)}, group ${r.digits(6)}. policy holder is my ${r.pick(['husband', 'wife', 'partner'])} `).l('PERSON', sp2.full).t(', his SSN is ').l('NATIONAL_ID', ssn(r)).t(' and DOB ').l('DOB', fmtDate(r, 'US', birth(r)));
    c.bot().t(`Thanks. For future chats I only need the last four (e.g. ${maskedSsn(r)}). Coverage is active through ${fmtDate(r, 'US', recent(r))}.`);
    c.me(c.user().t('great. and my info is under '), me).t(', address ').l('ADDRESS', address(r, 'US', c.ml));
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const kid = locPerson(r, cc);
    const ped = locPerson(r, cc);
    c.user().t(`my son `).l('PERSON', kid.g).t(' (born ').l('DOB', fmtDate(r, cc, birth(r, 2014, 2023))).t(`) has had a fever of ${r.pick(['38.9', '39.2', '101.8F', '102'])} since yesterday and wont eat${c.emo()} should i take him to urgent care or wait for ${r.pick(['Dr', 'Dr.', 'doctor'])} `).l('PERSON', ped.s).t(' on monday');
    c.bot().t('For a child that age, a fever lasting more than 48 hours, trouble breathing or fewer wet diapers are reasons to go now. Is he drinking fluids?');
    c.user().t('a bit. ok we will go to the one on Lincoln Ave');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'CA']);
    const doc = locPerson(r, cc);
    c.user().t(`need a refill of ${r.pick(['lisinopril 10mg', 'sertraline 50 mg', 'levothyroxine 75mcg', 'metformin 500mg'])}, rx# RX-${r.digits(7)}, prescribed by ${hon(r)}`).l('PERSON', nameForm(r, doc)).t('. pharmacy number is ').l('PHONE', phone(r, cc));
    c.bot().t(`I've sent the refill request. The pharmacy usually confirms within one business day; the last fill was ${fmtDate(r, cc, recent(r))}.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const doc = locPerson(r, cc);
    const u = c.user().t('got these results in the portal what does it mean\n\n').raw('PATIENT: ').l('PERSON', `${me.s.toUpperCase()}, ${me.g.toUpperCase()}`).raw('    DOB: ').l('DOB', fmtDate(r, cc, birth(r))).raw(`    ${mrn(r)}\nOrdering: ${r.pick(['Dr.', 'DR'])} `).l('PERSON', nameForm(r, doc));
    u.raw(`\nCollected: ${fmtDate(r, cc, recent(r))} ${hhmm(r)}\nHbA1c ${r.int(50, 72) / 10} %   (ref 4.0-5.6)\nLDL ${r.int(90, 190)} mg/dL\n`);
    c.bot().t('Your HbA1c is slightly above the reference range. I cannot diagnose, but this is worth discussing with the ordering physician.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'IE', 'AU']);
    const dad = locPerson(r, cc);
    c.user().t(`my ${r.pick(['dad', 'father', 'grandad'])} `).l('PERSON', nameForm(r, dad)).t(` has ${r.pick(EPONYMS)} and just moved into a care home, his new address is `).l('ADDRESS', address(r, cc, c.ml)).t('. how do i transfer his prescriptions?');
    c.bot().t(`You can ask his current pharmacy to transfer them, or the care home's GP can re-issue them. Do you have power of attorney?`);
    c.user().t(`yes since ${fmtDate(r, cc, recent(r))}. born `).l('DOB', fmtDate(r, cc, birth(r, 1930, 1950))).t(' if that matters');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const p = locPerson(r, cc);
    const pcp = locPerson(r, cc);
    const dob = fmtDate(r, 'US', birth(r));
    c.user().t(`pull up the chart for `).l('PERSON', nameForm(r, p)).t(' please');
    c.call('ehr.search_patient').t('{"name": "').l('PERSON', p.full).t('", "dob": "').l('DOB', dob).t('"}');
    c.result('ehr.search_patient').t(`{"patient_id": "pt_${r.digits(7)}", "name": "`).l('PERSON', p.full).t('", "phone": "').l('PHONE', phone(r, cc)).t('", "address": "').l('ADDRESS', address(r, cc, false)).t('", "pcp": "Dr. ').l('PERSON', pcp.full).t(`", "last_visit": "${fmtDate(r, 'US', recent(r))}"}`);
    c.bot().t('Found one match. The last visit was a routine follow-up.');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'DE');
    const doc = locPerson(r, 'DE');
    c.me(c.user().t('Guten Tag, mein Name ist '), me).t(', geboren am ').l('DOB', fmtDate(r, 'DE', birth(r))).t('. Mein Hausarzt Dr. ').l('PERSON', doc.s).t(` hat mich zum Kardiologen überwiesen. Versichertennummer ${letters(r, 1)}${r.digits(9)}. Rückruf bitte unter `).l('PHONE', phone(r, 'DE'));
    c.bot().t(`Vielen Dank. Der nächste freie Termin ist am ${fmtDate(r, 'DE', recent(r))} um ${hhmm(r)} Uhr.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const ex = locPerson(r, cc);
    const th = locPerson(r, cc);
    c.user().t(`ive been really anxious since the breakup with `).l('PERSON', ex.g.toLowerCase()).t(` and i cant sleep${c.emo()} my therapist `).l('PERSON', th.g).t(' is on leave until next month. is it normal to feel like this every night');
    c.bot().t("What you're describing is common after a loss like that. If it gets worse or you have thoughts of harming yourself, please contact a crisis line right away.");
    c.user().t(`thanks. ${r.pick(PETS)} my cat is the only one keeping me sane lol`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'US', 'CA']);
    c.user().t(`I got a bill for $${r.int(120, 2400)} from ${r.pick(['St. Jude', 'Mercy General', 'Mount Sinai', 'Cedars-Sinai'])} for a visit on ${fmtDate(r, cc, recent(r))} but I already paid with my card `).l('CARD', card(r)).t('. The statement went to ').l('ADDRESS', address(r, cc, c.ml));
    c.bot().t(`Please keep the payment confirmation. The billing office account number is ${r.digits(10)}; I can draft a dispute letter.`);
    c.user().t(`yes please. the other card i have is ${badCard(r)} but i didnt use that one`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'AU', 'CA']);
    const me = locPerson(r, cc);
    const u = c.user().t('is this record enough for the travel clinic?\n').raw('Name: ');
    c.me(u, me).raw('\nDate of birth: ').l('DOB', fmtDate(r, cc, birth(r))).raw(`\n\nDose 1  Comirnaty  Lot ${alnum(r, 6)}  ${fmtDate(r, cc, recent(r))}\nDose 2  Comirnaty  Lot ${alnum(r, 6)}  ${fmtDate(r, cc, recent(r))}\nHep A   Havrix      Lot ${alnum(r, 7)}`);
    c.bot().t('Yes, that covers the COVID-19 series and the first Hepatitis A dose; you need the booster 6–12 months later.');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'BR');
    c.me(c.user().t('Oi, meu nome é '), me).t(', nasci em ').l('DOB', fmtDate(r, 'BR', birth(r))).t(`, CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}. Meu celular é `).l('PHONE', phone(r, 'BR')).t('. Preciso remarcar minha consulta');
    c.bot().t(`Claro! Temos horário em ${fmtDate(r, 'BR', recent(r))} às ${hhmm(r)}.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const sis = locPerson(r, cc);
    c.user().t(`please update my emergency contact to my ${r.pick(['sister', 'brother', 'neighbour', 'partner'])} `).l('PERSON', nameForm(r, sis)).t(', ').l('PHONE', phone(r, cc)).t(', lives at ').l('ADDRESS', address(r, cc, c.ml));
    c.call('update_emergency_contact').t('{"name": "').l('PERSON', sis.full).t('", "phone": "').l('PHONE', phone(r, cc)).t('"}');
    c.result('update_emergency_contact').t('{"status": "ok"}');
  },
  (c) => {
    const r = c.r;
    const doc = locPerson(r, 'US');
    c.user().t(`my video visit with ${hon(r)}`).l('PERSON', doc.s).t(` keeps dropping after 30 sec. chrome ${r.int(110, 126)}.0.${r.int(5000, 6500)}.${r.int(10, 200)} on windows 11, my ip is `).l('IP', ip(r)).t(' if that helps');
    c.bot().t(`Thanks. Our media relay sees your connection from `).l('IP', ipv4(r)).t(`; please allow UDP ports 3478 and 10000–20000 or switch to the ${version(r)} app.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const pet = r.pick(PETS);
    c.user().t(`my dog ${pet} turned ${r.int(2, 12)} on ${fmtDate(r, cc, recent(r))} and since then hes been vomiting. the vet clinic number is `).l('PHONE', phone(r, cc)).t(` but theyre closed. is chocolate dangerous?`);
    c.bot().t(`Chocolate can be toxic to dogs. If ${pet} ate some, call an emergency vet or animal poison line now.`);
    if (r.chance(0.6)) c.me(c.user().t('ok thanks. fyi account is under '), me);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const wife = locPerson(r, cc);
    c.user().t(`my wife `).l('PERSON', wife.g).t(' (dob ').l('DOB', fmtDate(r, cc, birth(r, 1982, 1999))).t(`) is 32 weeks, due date ${fmtDate(r, cc, recent(r))}. she has bad swelling in her ankles since tuesday is that normal`);
    c.bot().t('Some swelling is common, but sudden swelling with headaches or vision changes needs urgent assessment. Please call her midwife.');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'US');
    c.user().t('new patient intake, here you go');
    const call = c.call('intake.create_patient').t('{"legal_name": "');
    c.me(call, me).t('", "date_of_birth": "').l('DOB', fmtDate(r, 'US', birth(r))).t('", "ssn": "').l('NATIONAL_ID', ssn(r)).t('", "home_address": "').l('ADDRESS', address(r, 'US', false)).t(`", "insurer": "${r.pick(['Aetna', 'Cigna', 'Humana'])}", "copay_card_last4": "${r.digits(4)}"}`);
    c.result('intake.create_patient').t(`{"mrn": "${r.digits(8)}", "status": "created"}`);
    c.bot().t(`You're registered. Please bring a photo ID to your first visit on ${fmtDate(r, 'US', recent(r))}.`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Financial adviser
// ---------------------------------------------------------------------------------------------------------

const EU_IBAN: Partial<Record<CC, string>> = { DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', UK: 'GB', PL: 'PL', SE: 'SE', IE: 'IE' };

const FINANCE: Tpl[] = [
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['DE', 'NL', 'FR', 'ES', 'IT', 'IE']);
    const ll = locPerson(r, cc);
    c.user().t(`I need to send €${r.int(600, 2400)} to my landlord `).l('PERSON', nameForm(r, ll)).t(', IBAN ').l('IBAN', iban(r, EU_IBAN[cc] ?? 'DE')).t(`, BIC ${letters(r, 4)}${EU_IBAN[cc] ?? 'DE'}${alnum(r, 2)}, reference "rent ${r.pick(MON.en)}". is that instant?`);
    c.bot().t('SEPA Instant usually arrives within seconds if both banks support it. Shall I prepare it?');
    c.call('prepare_transfer').t('{"creditor_iban": "').l('IBAN', ibanCompact(r, EU_IBAN[cc] ?? 'DE')).t(`", "amount": ${r.int(600, 2400)}, "currency": "EUR"}`);
    c.result('prepare_transfer').t(`{"transfer_id": "tr_${alnum(r, 12)}", "requires_2fa": true}`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    c.user().t(`there are charges from ${r.pick(BRANDS)} and ${r.pick(BRANDS)} i didnt make on my card `).l('CARD', card(r)).t(`${c.emo()} last legit one was ${fmtDate(r, cc, recent(r))}`);
    c.bot().t(`I've frozen the card ${maskedCard(r)} and opened dispute ${caseNo(r)}. A replacement will be mailed to your address on file.`);
    const u = c.user().t('ok. can u also check my other card');
    if (r.chance(0.5)) u.t(' ').l('CARD', card(r));
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'US');
    const wife = locPerson(r, 'US');
    c.me(c.user().t(`filing jointly this year. me: `), me).t(', ssn ').l('NATIONAL_ID', ssn(r)).t(`, dob `).l('DOB', fmtDate(r, 'US', birth(r))).t(`. my ${r.pick(['wife', 'husband', 'spouse'])} `).l('PERSON', wife.full).t(', ssn ').l('NATIONAL_ID', ssn(r)).t(', dob ').l('DOB', fmtDate(r, 'US', birth(r))).t(`. her employer EIN is ${ein(r)}`);
    c.bot().t(`Thanks. Please don't paste full SSNs in chat next time; the form only shows ${maskedSsn(r)}. Under current rules your standard deduction for ${r.int(2023, 2025)} applies.`);
  },
  (c) => {
    const r = c.r;
    const cc = 'US';
    const me = locPerson(r, cc);
    c.user().t('submit my loan application with the info from before');
    const call = c.call('submit_application').t('{"applicant": {"full_name": "');
    c.me(call, me).t('", "dob": "').l('DOB', `${birth(r).y}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`).t('", "ssn": "').l('NATIONAL_ID', ssn(r)).t('", "address": "').l('ADDRESS', address(r, cc, false)).t('", "phone": "').l('PHONE', phone(r, cc)).t('", "email": "').l('EMAIL', email(r, me)).t(`", "annual_income": ${r.int(38, 240)}000}, "amount": ${r.int(5, 60)}000, "routing": "${routing(r)}"}`);
    c.result('submit_application').t(`{"application_id": "APP-${r.digits(8)}", "status": "pending_review"}`);
    c.bot().t('Submitted. A loan officer will review it within two business days.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['UK', 'DE', 'NL', 'IE']);
    const a = locPerson(r, cc);
    const u = c.user().t('why is my balance so low, here is the export\n').raw('Date,Description,Amount\n');
    u.raw(`${fmtDate(r, 'SE', recent(r))},CARD PURCHASE ${r.pick(['TESCO STORES', 'ALDI SUED', 'SHELL', 'AMAZON MKTP'])},-${r.int(5, 90)}.${r.digits(2)}\n`);
    u.raw(`${fmtDate(r, 'SE', recent(r))},TRANSFER TO `).l('PERSON', a.full.toUpperCase()).raw(`,-${r.int(100, 900)}.00\n`);
    u.raw(`${fmtDate(r, 'SE', recent(r))},SEPA DD `).l('IBAN', ibanCompact(r, EU_IBAN[cc] ?? 'GB')).raw(`,-${r.int(20, 80)}.${r.digits(2)}\n`);
    u.raw(`${fmtDate(r, 'SE', recent(r))},SALARY ${r.pick(['NORTHWIND', 'KESTREL GMBH', 'QUILLSTONE'])},+${r.int(1800, 4200)}.00\n`);
    c.bot().t('The biggest outflow is the transfer to ').l('PERSON', a.g).t('. Was that planned?');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const h = locPerson(r, cc);
    c.user().t(`I'm ${r.int(55, 62)}, born `).l('DOB', fmtDate(r, cc, birth(r, 1962, 1970))).t(` and my ${r.pick(['husband', 'wife', 'partner'])} `).l('PERSON', nameForm(r, h)).t(` is a bit older. we have a ${r.pick(['Roth IRA', '401(k)', 'SIPP', 'Keogh plan'])} each — when can we retire without running out? markets scare me since ${r.pick(LAWS)} came up in the news`);
    c.bot().t(`A Monte Carlo projection with a 4% withdrawal rate suggests ${r.int(63, 67)} is realistic, but it depends on your spending.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['UK', 'DE', 'NL', 'FR']);
    const ll = locPerson(r, cc);
    c.user().t('my landlord ').l('PERSON', nameForm(r, ll)).t(' wants rent to a new account now: ').l('IBAN', iban(r, EU_IBAN[cc] ?? 'GB')).t(' — the flat is ').l('ADDRESS', address(r, cc, c.ml)).t('. the old account was ').t(badIban(r, EU_IBAN[cc] ?? 'GB')).t(' which bounced. is this a scam?');
    c.bot().t('A sudden change of bank details is a classic fraud pattern. Confirm by phone using a number you already know, not one from the email.');
    c.user().t('his email was ').l('EMAIL', email(r, ll)).t(' same as always');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'UK');
    c.user().t(`opening a stocks & shares ISA. sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}, NI number ${letters(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C'])}. mobile `).l('PHONE', phone(r, 'UK'));
    c.bot().t('Thanks. Which address should we post the welcome pack to?');
    c.me(c.user().t(''), me).t('\n').l('ADDRESS', address(r, 'UK', c.ml));
  },
  (c) => {
    const r = c.r;
    c.user().t(`got an alert "new login from `).l('IP', ip(r)).t(`" at 03:12 — wasn't me!! my wallet 0x${hex(r, 40)} had a tx ${hex(r, 64)} I didnt sign`);
    c.bot().t(`I've locked the account. Your usual sign-ins come from `).l('IP', ipv4(r)).t(`. Please rotate your seed phrase and never share it.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['UK', 'IE', 'DE', 'NL']);
    const gm = locPerson(r, cc);
    const sol = locPerson(r, cc);
    c.user().t(`my late ${r.pick(['grandmother', 'gran', 'oma'])} `).l('PERSON', gm.full).t(' left me some money. the solicitor is ').l('PERSON', nameForm(r, sol)).t(' at Oakhurst Legal (').l('EMAIL', email(r, sol, true)).t(') and they want my IBAN, is it safe to send ').l('IBAN', iban(r, EU_IBAN[cc] ?? 'GB')).t(' by email?');
    c.bot().t("An IBAN alone can't be used to withdraw money, but confirm the request by phone with the firm before sending.");
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'IT');
    c.me(c.user().t('Buongiorno, sono '), me).t(`, codice fiscale ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}. Vorrei domiciliare le bollette sul conto `).l('IBAN', iban(r, 'IT')).t('. Cellulare ').l('PHONE', phone(r, 'IT'));
    c.bot().t(`Perfetto, l'addebito partirà dalla prossima fattura del ${fmtDate(r, 'IT', recent(r))}.`);
  },
  (c) => {
    const r = c.r;
    const kid = locPerson(r, 'US');
    c.user().t(`add my ${r.pick(['daughter', 'son', 'niece'])} `).l('PERSON', kid.full).t(' as beneficiary on the brokerage account, born ').l('DOB', fmtDate(r, 'US', birth(r, 1995, 2012))).t(', ssn ').l('NATIONAL_ID', ssn(r));
    c.call('add_beneficiary').t('{"name": "').l('PERSON', kid.full).t('", "share_pct": 50, "relationship": "child"}');
    c.result('add_beneficiary').t(`{"ok": true, "effective": "${fmtDate(r, 'US', recent(r))}"}`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    c.user().t(`lost my wallet at the ${r.pick(['Washington Square', 'Victoria Station', 'Lincoln Center'])} stop${c.emo()} old card was `).l('CARD', card(r)).t(', please mail the new one to ').l('ADDRESS', address(r, cc, c.ml));
    c.bot().t('I can do that. For verification, what is your date of birth?');
    c.user().t('').l('DOB', fmtDate(r, cc, birth(r)));
    c.bot().t(`Verified. The new card arrives in 5–7 days; the old one ${maskedCard(r)} is blocked.`);
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'PL');
    c.me(c.user().t('Dzień dobry, nazywam się '), me).t('. Przelew na konto ').l('IBAN', iban(r, 'PL')).t(` nie doszedł. PESEL ${r.digits(11)}. Adres: `).l('ADDRESS', address(r, 'PL', c.ml));
    c.bot().t(`Sprawdzę to. Przelew z dnia ${fmtDate(r, 'PL', recent(r))} ma status "w realizacji".`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'AU']);
    const a = locPerson(r, cc);
    const b = locPerson(r, cc);
    c.user().t(`splitting the dinner bill with `).l('PERSON', a.g).t(' and ').l('PERSON', b.g).t(`, $${r.int(60, 300)} total. their venmo is @${ascii(a.g)}-${r.digits(2)} and @${ascii(b.s)}_pays, or text them: `).l('PHONE', phone(r, cc)).t(' / ').l('PHONE', phone(r, cc));
    c.bot().t('Each share is a third including tip. I can send payment requests.');
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r, 'NL');
    c.me(c.user().t('Goedemiddag, ik ben '), me).t('. Mijn rekeningnummer is veranderd naar ').l('IBAN', iban(r, 'NL')).t(', telefoon ').l('PHONE', phone(r, 'NL'));
    c.bot().t('Dank u. De wijziging gaat in vanaf de volgende maand.');
  },
  (c) => {
    const r = c.r;
    const cc = 'US';
    const me = locPerson(r, cc);
    c.me(c.user().t('can you pull my credit report before i apply for the mortgage? '), me).t(', ssn ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', fmtDate(r, cc, birth(r))).t(', current address ').l('ADDRESS', address(r, cc, c.ml));
    c.bot().t(`A soft pull won't affect your score. Your lender's NMLS ID ${r.digits(6)} and routing ${routing(r)} are on file.`);
    c.user().t(`also my ${r.pick(['wife', 'husband'])}s ssn is `).l('NATIONAL_ID', ssn(r)).t(` not ${badSsn(r)} like the form says`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Coding / IT agent
// ---------------------------------------------------------------------------------------------------------

const IT: Tpl[] = [
  (c) => {
    const r = c.r;
    const col = locPerson(r, 'US');
    const u = c.user().t('this started after ').l('PERSON', col.g).t(' merged the db change\n').raw('Traceback (most recent call last):\n  File "/srv/app/db.py", line 42, in connect\n    conn = psycopg2.connect(dsn)\npsycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host "');
    u.l('IP', ipv4(r)).raw(`" and accepting\n\tTCP/IP connections on port 5432?\n`);
    c.bot().t(`Postgres isn't listening on that host. Check \`listen_addresses\` in postgresql.conf and that ${r.pick(SOFTWARE)} didn't redeploy the container.`);
  },
  (c) => {
    const r = c.r;
    const adm = locPerson(r, r.pick<CC>(['US', 'DE', 'IN']));
    const u = c.user().t('mail isnt sending, config:\n').raw(`version: "${r.int(2, 3)}.${r.int(1, 9)}"\nsmtp:\n  host: `).l('IP', ipv4(r)).raw(`\n  port: 587\n  user: `).l('EMAIL', roleEmail(r)).raw('\n  admin_contact: ').l('PERSON', adm.full).raw(' <').l('EMAIL', email(r, adm, true)).raw('>\n  tls: true\n');
    u.t(`${c.emo()}`);
    c.bot().t('Port 587 needs STARTTLS, not implicit TLS. Set `tls: starttls` and retry.');
  },
  (c) => {
    const r = c.r;
    const col = locPerson(r, 'US');
    c.user().t(`cant ssh into `).l('IP', ipv4(r)).t(`:22, times out. also tried [`).l('IP', ipv6(r)).t(`]:22 same thing. my colleague `).l('PERSON', nameForm(r, col)).t(' can get in from the office');
    c.bot().t("Sounds like your VPN isn't routing that subnet. What does `ip route` show?");
    c.user().t('').raw(`default via `).l('IP', `192.168.${r.int(0, 9)}.1`).raw(' dev wlan0 proto dhcp metric 600');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'DE', 'IN', 'SE']);
    const nh = locPerson(r, cc);
    const mgr = locPerson(r, cc);
    c.user().t(`please create an account for our new hire `).l('PERSON', nameForm(r, nh)).t(', starts monday, reports to ').l('PERSON', nameForm(r, mgr));
    c.call('directory.create_user').t('{"full_name": "').l('PERSON', nh.full).t('", "email": "').l('EMAIL', email(r, nh, true)).t('", "mobile": "').l('PHONE', phone(r, cc)).t('", "manager": "').l('PERSON', mgr.full).t(`", "groups": ["eng", "vpn-users"]}`);
    c.result('directory.create_user').t(`{"uid": "u${r.digits(6)}", "temp_password_sent": true}`);
  },
  (c) => {
    const r = c.r;
    const u = c.user().t('getting 502s, here is the log\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      u.l('IP', ip(r)).raw(` - - [${pad(r.int(1, 28))}/Oct/2024:${hhmm(r)}:${pad(r.int(0, 59))} +0000] "GET /api/v2/orders HTTP/1.1" 502 ${r.int(150, 600)} "-" "Mozilla/5.0 Chrome/${r.int(110, 126)}.0.0.0"\n`);
    }
    c.bot().t(`The upstream is timing out. Check the app pool on nginx ${r.int(1, 1)}.${r.int(18, 26)}.${r.int(0, 3)}.`);
  },
  (c) => {
    const r = c.r;
    const a = locPerson(r);
    const u = c.user().t('who broke the build? git log:\n').raw(`commit ${hex(r, 40)}\nAuthor: `).l('PERSON', a.full).raw(' <').l('EMAIL', email(r, a, true)).raw(`>\nDate:   ${r.pick(['Mon', 'Tue', 'Wed'])} Oct ${r.int(1, 28)} ${hhmm(r)}:${pad(r.int(0, 59))} 2024 +0200\n\n    fix: bump ${r.pick(SOFTWARE).toLowerCase()} to ${version(r)}\n`);
    u.t('');
    c.bot().t('That commit bumped a dependency with a breaking change. Reverting it or pinning the old version should fix CI.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK']);
    const p = locPerson(r, cc);
    const b = birth(r);
    c.user().t('why does this fail with a constraint error\n').raw("INSERT INTO customers (name, email, phone, dob) VALUES ('").l('PERSON', p.full.replace(/'/g, '')).raw("', '").l('EMAIL', email(r, p)).raw("', '").l('PHONE', phone(r, cc)).raw("', '").l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).raw("');");
    c.bot().t('`phone` is VARCHAR(12) in your schema; that value is longer. Normalise to E.164 first.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'CA', 'AU']);
    const mgr = locPerson(r, cc);
    const me = locPerson(r, cc);
    c.user().t(`locked out of okta again. employee id E-${r.digits(6)}, manager is `).l('PERSON', nameForm(r, mgr)).t(`, my cell `).l('PHONE', phone(r, cc)).t(`, personal email `).l('EMAIL', email(r, me));
    c.bot().t("I've sent a verification push to your phone. Once approved I'll reset MFA.");
    c.user().t('approved. im ').l('PERSON', me.g).t(' btw not the other one in finance lol');
  },
  (c) => {
    const r = c.r;
    c.user().t('is this dns right?\n').raw(`api.internal.    300  IN  A     `).l('IP', ipv4(r)).raw(`\napi.internal.    300  IN  AAAA  `).l('IP', ipv6(r)).raw(`\n; BIND ${r.int(9, 9)}.${r.int(16, 18)}.${r.int(1, 30)}\n`);
    c.bot().t('Both records look valid. TTL 300 is fine for a migration.');
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'UK', 'DE']);
    const u = c.user().t('import keeps failing on these rows:\n').raw('first_name,last_name,email,phone,dob\n');
    const n = r.int(2, 3);
    for (let i = 0; i < n; i++) {
      const p = locPerson(r, cc);
      const b = birth(r);
      u.l('PERSON', p.g).raw(',').l('PERSON', p.s).raw(',').l('EMAIL', email(r, p)).raw(',').l('PHONE', phone(r, cc)).raw(',').l('DOB', `${pad(b.m)}/${pad(b.d)}/${b.y}`).raw('\n');
    }
    u.raw(`ERROR row ${r.int(2, 40)}: invalid date format (expected ISO 8601)`);
    c.bot().t('Your importer expects YYYY-MM-DD. Convert the dob column before uploading.');
  },
  (c) => {
    const r = c.r;
    const a = locPerson(r);
    const b = locPerson(r);
    c.user().t(`summarise ticket PLAT-${r.digits(4)}: reported by `).l('PERSON', nameForm(r, a)).t(', assigned to ').l('PERSON', nameForm(r, b)).t(`, affects ${version(r)}, env host `).l('IP', ipv4(r)).t(`, created ${isoTs(r)}`);
    c.bot().t(`Summary: regression in the ${r.pick(['Phoenix', 'Atlas', 'Orion'])} release pipeline; ${r.pick(SOFTWARE)} job fails on step 3.`);
  },
  (c) => {
    const r = c.r;
    const cc = r.pick<CC>(['US', 'DE', 'UK']);
    c.user().t('docker compose up fails, .env:\n').raw('ADMIN_EMAIL=').l('EMAIL', roleEmail(r)).raw('\nDB_HOST=').l('IP', ipv4(r)).raw('\nSUPPORT_PHONE=').l('PHONE', phone(r, cc)).raw(`\nIMAGE_TAG=${version(r)}\nSECRET_KEY=${hex(r, 32)}\n`);
    c.bot().t('Quote the phone value in YAML if it contains spaces; also the DB host must be reachable from the compose network.');
  },
  (c) => {
    const r = c.r;
    const k = r.pick(KO_FULL);
    c.user().t('VPN 접속이 안 됩니다. 팀장 ').l('PERSON', k).t(' 씨가 확인해 달라고 했어요. 제 IP는 ').l('IP', ipv4(r)).t('이고 연락처는 ').l('PHONE', phone(r, 'KR')).t('입니다.');
    c.bot().t(`확인했습니다. 클라이언트를 ${version(r)} 버전으로 업데이트해 주세요.`);
  },
  (c) => {
    const r = c.r;
    const me = locPerson(r);
    const u = c.user().t("vpn drops every hour, log below. i'm ").l('PERSON', me.g.toLowerCase()).t(' from the berlin office\n');
    for (let i = 0; i < 3; i++) u.raw(`${isoTs(r)} openvpn[${r.int(900, 9999)}]: user=${ascii(me.g).charAt(0)}${ascii(me.s)} src=`).l('IP', ipv4(r)).raw(' assigned=').l('IP', `10.8.${r.int(0, 3)}.${r.int(2, 250)}`).raw(` ${r.pick(['TLS handshake ok', 'Inactivity timeout (--ping-restart)', 'SIGUSR1[soft,ping-restart]'])}\n`);
    c.bot().t('The ping-restart means keepalives are lost. Set `keepalive 10 60` on the server.');
  },
  (c) => {
    const r = c.r;
    const p = locPerson(r);
    c.user().t('got this bounce, what does it mean\n').raw('Delivery to the following recipient failed permanently:\n\n     ').l('EMAIL', email(r, p, true)).raw(`\n\nRemote-MTA: dns; mx${r.int(1, 3)}.${r.pick(WORK_MAIL)} [`).l('IP', ipv4(r)).raw(']\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n');
    c.bot().t("The recipient mailbox doesn't exist. Check the spelling or ask them for a current address.");
  },
  (c) => {
    const r = c.r;
    const cc = r.pick(USISH);
    const me = locPerson(r, cc);
    const u = c.user().t('the data export from my account looks wrong, why is last_login_ip not mine?\n').raw('{"name": "');
    c.me(u, me).raw('", "email": "').l('EMAIL', email(r, me)).raw('", "last_login_ip": "').l('IP', ip(r)).raw(`", "plan": "pro", "created": "${isoTs(r)}"}`);
    c.bot().t('That address belongs to a mobile carrier range; it may be your phone on cellular data.');
  },
  (c) => {
    const r = c.r;
    const u = c.user().t('our payment service is logging full PANs?? found this in prod logs, how do we scrub it\n');
    for (let i = 0; i < r.int(2, 3); i++) u.raw(`${isoTs(r)} WARN charge.retry client=`).l('IP', ipv4(r)).raw(' pan=').l('CARD', cardDigits(r)).raw(` amount=${r.int(5, 500)}.${r.digits(2)} attempt=${r.int(1, 3)}\n`);
    c.bot().t('That is a PCI DSS violation. Mask to the last four at the logger, rotate the logs and purge the archived files.');
  },
  (c) => {
    const r = c.r;
    const nh = locPerson(r, 'US');
    c.user().t(`HR onboarding form for `).l('PERSON', nameForm(r, nh)).t(` keeps erroring in workday, fields were ssn `).l('NATIONAL_ID', ssn(r)).t(' dob ').l('DOB', fmtDate(r, 'US', birth(r, 1975, 2004))).t(` start date ${fmtDate(r, 'US', recent(r))}`);
    c.bot().t(`The validator rejects SSNs with dashes in build ${version(r)}. Strip them and resubmit.`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no PII at all, only traps
// ---------------------------------------------------------------------------------------------------------

const NEGATIVE: Tpl[] = [
  (c) => {
    const r = c.r;
    c.user().t(`order ${orderNo(r)} still says processing, tracking ${tracking(r)} shows nothing. i paid with the card ending ${r.digits(4)}${c.emo()}`);
    c.bot().t(`Your order is waiting for the ${r.pick(BRANDS)} item to restock on ${fmtDate(r, 'US', recent(r))}. Case ${caseNo(r)} has been created.`);
    c.user().t(`the receipt shows ${badCard(r)} which isnt even my card number??`);
    c.bot().t('That is an internal reference printed on some receipts, not a card number. No action is needed.');
  },
  (c) => {
    const r = c.r;
    c.user().t(`what is the difference between ${r.pick(EPONYMS)} and ${r.pick(EPONYMS)}? my appointment is on ${fmtDate(r, r.pick(USISH), recent(r))} at ${hhmm(r)}`);
    c.bot().t(`They are distinct conditions. ${r.pick(EPONYMS)} is usually diagnosed by a specialist; bring a list of symptoms and medications to your visit.`);
    c.user().t(`thx. also is the ${r.pick(['Mayo Clinic', 'Johns Hopkins Hospital', 'Cleveland Clinic'])} diet legit`);
  },
  (c) => {
    const r = c.r;
    c.user().t(`our company EIN is ${ein(r)} and the routing number is ${routing(r)}. the vendor sent IBAN ${badIban(r, r.pick(['DE', 'GB', 'FR', 'NL']))} — the bank says it's invalid`);
    c.bot().t(`That IBAN fails the checksum, so ask the vendor to re-send it. Invoice INV-${r.digits(6)} dated ${fmtDate(r, 'UK', recent(r))} is otherwise fine.`);
    c.user().t(`also the old card on file is ${maskedCard(r)}, and a colleague wrote down ${badCard(r)} which the system rejects`);
  },
  (c) => {
    const r = c.r;
    c.user().t(`after upgrading ${r.pick(SOFTWARE)} from ${version(r)} to ${version(r)} the pipeline fails at ${isoTs(r)}:\n`).raw(`Error: checksum mismatch sha256:${hex(r, 64)}\n    at verify (/opt/build/node_modules/tar/lib/unpack.js:${r.int(100, 900)}:${r.int(5, 40)})\n`);
    c.bot().t(`Clear the cache (\`npm cache clean --force\`) and pin ${r.pick(SOFTWARE)} to ${version(r)} until the registry is fixed. Listen port 8080 is unaffected.`);
  },
  (c) => {
    const r = c.r;
    c.user().t(`is ${r.pick(LAWS)} relevant to my portfolio? my advisor keeps mentioning ${r.pick(LAWS)}`);
    c.bot().t(`Only indirectly. Since ${r.int(2008, 2020)}, regulations like ${r.pick(LAWS)} have shaped how banks hold capital.`);
  },
  (c) => {
    const r = c.r;
    c.user().t(`the form shows SSN ${maskedSsn(r)} and phone ${maskedPhone(r)} — is that the right account?`);
    c.bot().t(`I can only show masked values for security. The account was opened on ${fmtDate(r, 'US', recent(r))}.`);
    c.user().t('ok then yes probably');
  },
  (c) => {
    const r = c.r;
    c.user().t(`which of these is a valid US SSN for the tax form: ${badSsn(r)} or ${badSsn(r)}? my friend in the UK has ${foreignId(r)} and in Canada it's ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`);
    c.bot().t('Neither is a valid SSN (area 000, 666 and 900–999 are never issued; 9xx numbers are ITINs). UK and Canadian numbers are not accepted on this form.');
  },
  (c) => {
    const r = c.r;
    c.user().t(`can you draft the update for Team ${r.pick(['Phoenix', 'Falcon', 'Orion', 'Atlas'])}? Project ${r.pick(['Nightingale', 'Hermes', 'Apollo', 'Darwin'])} moved to Q${r.int(1, 4)} and Sales Ops wants the ${r.pick(['Tesla', 'Ford', 'Dell'])} account on the roadmap`);
    c.bot().t(`Draft: "Project milestones shifted by two sprints; build ${version(r)} ships ${fmtDate(r, 'UK', recent(r))}."`);
  },
  (c) => {
    const r = c.r;
    c.user().t(`whats the fastest way from ${r.pick(['St. Louis', 'Jackson Hole', 'Washington', 'San Jose'])} to the ${r.pick(['Lincoln Memorial', 'Victoria Station', 'Queen Mary 2 terminal'])}? turn left after the pharmacy or take King Street?`);
    c.bot().t(`Take King Street north, then the second left at the ${r.pick(BRANDS)} sign; room 4.12 is on the fourth floor.`);
  },
  (c) => {
    const r = c.r;
    const pet = r.pick(PETS);
    c.user().t(`our cat ${pet} turns ${r.int(2, 14)} on ${fmtDate(r, 'UK', recent(r))}, and the boat we named ${r.pick(['Grace', 'Hope', 'Rose'])} needs insurance before Hurricane ${r.pick(['Milton', 'Ida', 'Beryl'])} season ends`);
    c.bot().t(`Happy early birthday to ${pet}! For the boat, marine policies usually exclude named storms unless you add cover.`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------

const POOLS: readonly (readonly [Agent, readonly Tpl[]])[] = [
  ['support', SUPPORT],
  ['health', HEALTH],
  ['finance', FINANCE],
  ['it', IT],
];
const NEG_KIND: readonly Agent[] = ['support', 'health', 'finance', 'it', 'finance', 'it', 'support', 'support', 'support', 'health'];

/** Number of distinct document templates. */
export const INDEPENDENT23_TEMPLATE_COUNT = SUPPORT.length + HEALTH.length + FINANCE.length + IT.length + NEGATIVE.length;

function oneDoc(r: Rng): Independent23Entry {
  const shape = r.int(0, 9);
  const ml = shape < 4;
  const neg = r.chance(0.1);
  let kind: Agent;
  let tpl: Tpl;
  if (neg) {
    const i = r.int(0, NEGATIVE.length - 1);
    kind = NEG_KIND[i] ?? 'support';
    tpl = NEGATIVE[i] ?? ((): void => undefined);
  } else {
    const [k, pool] = r.pick(POOLS);
    kind = k;
    tpl = r.pick(pool);
  }
  const c = new Conv(r, kind, ml, r.chance(0.15), r.chance(0.3) ? 0.05 : 0);
  tpl(c);
  let d: Doc;
  if (shape < 3) d = renderPlain(r, c, false);
  else if (shape < 4) d = renderPlain(r, c, true);
  else if (shape < 6) d = renderOpenAi(r, c);
  else if (shape < 7) d = renderBlocks(r, c);
  else if (shape < 8) d = renderJsonl(r, c);
  else d = renderLog(r, c);
  return { text: d.text, labels: d.labels, knownNames: [...c.known] };
}

/** Generates corpus #23: whole documents until at least `minInstances` labels exist. */
export function generateIndependent23Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent23Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT23_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT23_MIN_INSTANCES;
  const out: Independent23Entry[] = [];
  let total = 0;
  while (total < min) {
    const e = oneDoc(r);
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
