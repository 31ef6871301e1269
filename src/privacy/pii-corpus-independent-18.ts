/**
 * @module privacy/pii-corpus-independent-18 — blind labelled PII evaluation split #18.
 *
 * WRITTEN BLIND: the author read only the `Rng` class of `pii-corpus-values.ts`, `pii-corpus-checks.ts`,
 * the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The author
 * did NOT read the detector, its tests, the other corpora or their templates, docs, benchmarks or history,
 * and never ran the detector on this text. Every name, address, template and value here was invented.
 *
 * Seeds: 180001, 180002, 180003. Each seed yields whole documents until at least `minInstances` (2400)
 * labels exist.
 *
 * Contents: a mixed workload of what an LLM-agent platform stores — support and sales chats, agent tool
 * traces (JSON calls and results), CRM and ticket records, e-mail threads, voice-call transcripts with
 * spoken numbers and spelled names, pasted forms and letters, system logs — across finance, health, travel,
 * retail, telecom, public services and software; about 60 % English (US, UK, India, Nigeria, Philippines,
 * Australia, Kenya) and 40 % other languages; about one document in ten a pure hard negative. 84 templates
 * (44 English, 26 other-language, 14 hard-negative); names from 29 cultures.
 *
 * Labelling conventions: PERSON = human beings only, honorifics and possessive 's outside the span, one
 * label per contiguous name (initials, surname-only, given-only, ALL CAPS, lower-case, "Surname, Given" and
 * spelled-out forms included); brands, places, streets, diseases, laws, awards, pets and @handles are not
 * labelled, nor names inside e-mail addresses. EMAIL = every address, including role addresses and spoken
 * ones (whole spoken span). PHONE = the number only (extension outside), spoken numbers included, masked
 * numbers not. CARD = full Luhn-valid numbers of real network shapes; invalid or masked ones unlabelled.
 * IBAN = checksum-valid and right length, any grouping or case; invalid ones unlabelled. NATIONAL_ID =
 * valid US SSNs only; masked SSNs and other countries' ids unlabelled. IP = every IPv4/IPv6 address, port
 * and brackets outside; version strings are not IPs. ADDRESS = one label per full postal address (multi-line
 * from first street/building/PO-box line to last postcode/city/country line); recipient name a separate
 * PERSON; company lines, city-only mentions, rooms and landmarks unlabelled. DOB = a person's date of birth
 * only, cue words outside. Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

/** Seeds of this split. */
export const INDEPENDENT18_SEEDS = [180001, 180002, 180003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT18_MIN_INSTANCES = 2400;

/** A label carrying its exact text. */
export type Independent18Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent18Entry = PiiCorpusEntry & { readonly labels: readonly Independent18Label[] };

class Doc {
  text = '';
  labels: Independent18Label[] = [];
  known: string[] = [];
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

// ---------------------------------------------------------------- names (29 cultures)
const CULTURES: Record<string, [string, string]> = {
  us: ['Tyler Brianna Hope Will Grant Dakota Shawna Darnell Latoya Cody Kayla Bill Faith Brooke Chase Marisol Dwayne Kendra Rich Jolene Travis', 'Whitfield Hargrove Bell Price Young Banks Carver Tillman Dorsey Puckett Mayfield Long Brown Sturgill Blevins Haskins Underwood McCreary Oakes'],
  uk: ['Nigel Gemma Rhys Imogen Alfie Poppy Callum Harriet Guy Rose May Ffion Ollie Bethan Declan Saoirse Jory Tamsin Hamish', 'Pemberton Ashworth Llewellyn Bright Mellor Featherstone Page Hobbs Thwaite Cartwright Black Goodchild Ramsbottom Ogden Pickering Sowerby Trelawney Baxendale'],
  ie: ['Siobhan Cillian Aoife Ciarán Niamh Padraig Orla Eoin Darragh Róisín Fionn Clodagh', "O'Driscoll McGrath Ní Bhriain Keane Fitzgerald Kavanagh Lynch Brennan Ó Súilleabháin Mulcahy Hennessy Tierney"],
  in: ['Priya Arjun Sneha Rahul Ananya Vikram Deepika Rohit Kavya Sanjay Meera Harpreet Aditi Nikhil Shreya Abhishek Pooja Gaurav Ishaan', 'Natarajan Sharma Iyer Kulkarni Chatterjee Reddy Menon Bhattacharya Deshpande Gill Agarwal Joshi Pillai Banerjee Trivedi Nair Saxena Mehrotra Kapoor'],
  ta: ['Karthik Lakshmi Senthil Divya Murugan Revathi Balaji Meenakshi Arun Kalaivani', 'Subramanian Ramasamy Venkatesan Krishnan Selvaraj Annamalai Palaniswamy Rajendran Muthusamy Sundaram'],
  yo: ['Adebayo Folake Oluwaseun Temitope Ayodele Bukola Segun Titilayo Babajide Kehinde Yetunde Olumide', 'Adeyemi Ogunleye Balogun Olawale Akinola Adebisi Fashola Oyelaran Adewale Ogunbiyi Oladipo Afolabi'],
  ig: ['Chinedu Ngozi Obinna Chiamaka Emeka Adaeze Ifeanyi Uchenna Nnamdi Ebere Kelechi Somto', 'Okafor Eze Nwosu Okonkwo Chukwu Obi Onyekachi Anyanwu Nwachukwu Igwe Okeke Ezeani'],
  ha: ['Aminu Hauwa Ibrahim Zainab Musa Halima Sani Abdullahi Aisha Yusuf Maryam', 'Bello Abubakar Danjuma Garba Usman Yakubu Dantata Lawal Shehu Sule'],
  ph: ['Maricel Jerome Rowena Jun-Jun Divina Rodel Joy Arnel Lorna Mark Ligaya Dindo Ma. Teresa Bong Cherry', 'Dela Cruz Bautista Macaraeg Villanueva Soriano Manalo Pangilinan Tolentino Dimaculangan Mangubat Salazar Evangelista Quisumbing'],
  au: ['Brodie Kylie Shane Tegan Lachlan Bronwyn Mitch Shaz Jarrah Kirra Brayden Narelle', 'Fairweather Huxley McAllister Kingsford Cuthbertson Dwyer Birch Blackwood Pettigrew Wilkinson Gallagher'],
  de: ['Jürgen Anke Matthias Sabine Lukas Franziska Dieter Ute Jannik Heike Friedrich Gudrun Malte Wiebke Torsten Svenja', 'Schäfer Krüger Hoffmann Baumgartner Wendt Zimmermann Lehmann Vogel Fuchs Schulze Kühn Brandt Köhler Neumann Scholz Pfeiffer'],
  fr: ['Émilie Baptiste Camille Thibault Aurélie Mathieu Océane Guillaume Solène Rémi Maëlle Gaspard Inès Loïc Clémence', 'Lefèvre Moreau Girard Dubois Fontaine Rousseau Mercier Chevalier Lambert Garnier Gauthier Perrin Bonnet Faure Marchand'],
  es: ['Lucía Álvaro Nerea Iñigo Pilar Sergio Rocío Javier Itziar Begoña Íker Montserrat Gonzalo Amparo', 'García Fernández Etxeberria Romero Navarro Iglesias Castro Ortega Sanz Gutiérrez Jiménez Vázquez Aguirre Mendizábal'],
  mx: ['Guadalupe Jesús Ximena Alejandro Brenda Rogelio Itzel Araceli Efraín Yesenia Octavio', 'Hernández López Ramírez Cervantes Villaseñor Téllez Zúñiga Ochoa Bustamante Cárdenas Arellano'],
  br: ['João Thiago Fernanda Luana Rafael Juliana Gustavo Letícia Caio Bruna Vinícius Rayssa Anderson Jéssica', 'Silva Souza Oliveira Carvalho Almeida Ribeiro Nascimento Barbosa Teixeira Rocha Moura Cavalcanti Pereira Gomes'],
  it: ['Giulia Alessandro Francesca Matteo Chiara Lorenzo Valentina Davide Beatrice Tommaso Ilaria Federico Gianluca', 'Rossi Esposito Bianchi Colombo Ferraro Ricci Marino Greco Bruno Conti Gallo Fontana Moretti Leone'],
  nl: ['Sanne Joris Femke Bram Lieke Thijs Maartje Daan Wouter Anouk Sjoerd Esmee', 'de Vries Jansen van Dijk Bakker Visser Smit Meijer de Boer Mulder Bos Hendriks Dekker'],
  pl: ['Agnieszka Krzysztof Magdalena Paweł Katarzyna Tomasz Zofia Grzegorz Bartosz Joanna Łukasz Małgorzata', 'Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zielińska Szymański Dąbrowski Nowak Jankowski Mazur Krawczyk'],
  tr: ['Elif Mehmet Zeynep Burak Ayşe Emre Gökhan Derya Kerem Selin Onur Büşra', 'Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Koç Kurt Özdemir Polat'],
  ar: ['Omar Fatima Khalid Layla Yousef Mariam Said Noura Tariq Hassan Rania Bilal Huda', 'Al-Mansouri Haddad Khoury Al-Farsi Nasser Saleh Abdullah Mahmoud Al-Khatib Darwish Al-Amiri Qasim'],
  jp: ['Haruto Yui Sota Aoi Ren Hina Takumi Mei Kaito Rina Daiki Saki', 'Tanaka Watanabe Yamaguchi Matsumoto Inoue Kobayashi Nakamura Fujita Sasaki Yamada Ishikawa Mori'],
  kr: ['Minjun Seoyeon Jihoon Haeun Doyoon Subin Jiwoo Seojun Yuna Hyunwoo Minseo', 'Kim Lee Park Choi Jung Kang Yoon Han Shin Seo Kwon'],
  cn: ['Wei Xiaoling Jun Meiling Hao Yifan Jing Zhiwei Xinyi Lei Ruolan Bo', 'Wang Li Zhang Liu Chen Yang Huang Zhou Wu Xu Sun Ma'],
  vn: ['Minh Thao Duc Lan Quang Huong Tuan Anh Phuong Khoa Linh', 'Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong'],
  se: ['Linnea Oskar Astrid Viktor Ebba Henrik Maja Sigrid Anders Freja Mattias', 'Lindqvist Johansson Bergström Nyberg Sandberg Holm Ekström Lundgren Forsberg Åberg Sjöberg'],
  ru: ['Dmitri Svetlana Alexei Natalia Sergei Yekaterina Pavel Olga Mikhail Anastasia Igor', 'Ivanova Smirnov Volkov Kuznetsova Morozov Sokolova Popov Fedorova Lebedev Novikova Kozlov'],
  gr: ['Nikos Eleni Giorgos Katerina Dimitris Sofia Vasiliki Panagiotis Ioanna Stavros', 'Papadopoulos Georgiou Konstantinou Nikolaidis Vlachos Karagiannis Antoniou Dimitriou Alexiou Makris'],
  ke: ['Wanjiru Otieno Achieng Kamau Njeri Kipchoge Akinyi Wairimu Chege Atieno Barasa', 'Mwangi Odhiambo Kariuki Wambui Kiprono Omondi Ndungu Chebet Mutua Wekesa'],
  id: ['Putri Budi Siti Agus Dewi Rizky Ayu Eko Rina Hendra', 'Santoso Wijaya Pratama Hidayat Kusuma Saputra Setiawan Nugroho Lestari Gunawan'],
};
interface Person {
  readonly g: string;
  readonly s: string;
  readonly c: string;
}
const CULT_KEYS = Object.keys(CULTURES);
function splitPool(s: string): string[] {
  // multi-word surnames are joined by the pool author with spaces in known places
  const keep = ['Dela Cruz', 'Ní Bhriain', 'Ó Súilleabháin', 'de Vries', 'van Dijk', 'de Boer', 'Ma. Teresa'];
  let x = s;
  keep.forEach((k, i) => (x = x.replace(k, `§${i}`)));
  return x.split(' ').map((w) => (w.startsWith('§') ? (keep[Number(w.slice(1))] ?? w) : w));
}
const POOLS: Record<string, [string[], string[]]> = {};
for (const k of CULT_KEYS) {
  const c = CULTURES[k] as [string, string];
  POOLS[k] = [splitPool(c[0]), splitPool(c[1])];
}
function person(r: Rng, c?: string): Person {
  const k = c ?? r.pick(CULT_KEYS);
  const p = POOLS[k] as [string[], string[]];
  return { g: r.pick(p[0]), s: r.pick(p[1]), c: k };
}
function full(p: Person): string {
  return `${p.g} ${p.s}`;
}
/** A realistic variant of how a name is written. */
function nameForm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.55) return full(p);
  if (x < 0.65) return full(p).toUpperCase();
  if (x < 0.75) return `${p.s}, ${p.g}`;
  if (x < 0.85) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.92) return full(p).toLowerCase();
  return p.g;
}
const JP_S = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '松本'];
const JP_G = ['健太', '陽子', '翔', '美咲', '大輔', '由美', '拓也', 'さくら', '直樹', '恵'];
const KR_S = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const KR_G = ['민준', '서연', '지훈', '하은', '도윤', '수빈', '예준', '지민', '현우'];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'gmx.de', 'orange.fr', 'yahoo.co.in', 'rediffmail.com', 'bigpond.com', 'web.de', 'libero.it', 'uol.com.br', 'wp.pl', 'ziggo.nl', 'fastmail.com'];
function email(r: Rng, p: Person, dom?: string): string {
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'mail';
  const d = dom ?? r.pick(MAIL_DOMAINS);
  const f = r.int(0, 5);
  if (f === 0) return `${g}.${s}@${d}`;
  if (f === 1) return `${g.charAt(0)}${s}${r.int(1, 99)}@${d}`;
  if (f === 2) return `${s}.${g}@${d}`;
  if (f === 3) return `${g}_${s}${r.int(70, 99)}@${d}`;
  if (f === 4) return `${g}${r.int(100, 9999)}@${d}`;
  return `${g}.${s.charAt(0)}@${d}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'user';
  const s = ascii(p.s) || 'mail';
  const d = r.pick(['gmail', 'yahoo', 'outlook', 'hotmail']);
  return r.chance(0.5) ? `${g} dot ${s} at ${d} dot com` : `${g} underscore ${s} at ${d} dot com`;
}
const ROLE = ['support', 'billing', 'privacy', 'noreply', 'accounts', 'helpdesk', 'claims', 'bookings'];
const CORP = ['northwind-bank.com', 'lumencare.org', 'skyhopper.travel', 'tealmart.shop', 'vantel.net', 'civicgate.gov.example', 'quillsoft.io', 'brightpath.co.uk'];

// ---------------------------------------------------------------- numbers
const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spoken(digits: string, oh = false): string {
  return digits
    .split('')
    .map((c) => (oh && c === '0' ? 'oh' : (W[Number(c)] ?? c)))
    .join(' ');
}
function phone(r: Rng, cc: string): string {
  const D = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'us': {
      const a = nz() + D(2);
      const b = nz() + D(2);
      const c = D(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1-${a}-${b}-${c}`]);
    }
    case 'uk':
      return r.pick([`07${D(3)} ${D(6)}`, `+44 7${D(3)} ${D(6)}`, `020 7${D(3)} ${D(4)}`, `0161 ${nz()}${D(2)} ${D(4)}`, `+44 (0)113 ${D(3)} ${D(4)}`]);
    case 'in':
      return r.pick([`+91 9${D(4)} ${D(5)}`, `9${D(9)}`, `+91-8${D(9)}`, `080-${nz()}${D(7)}`]);
    case 'ng':
      return r.pick([`080${D(1)} ${D(3)} ${D(4)}`, `+234 803 ${D(3)} ${D(4)}`, `0701${D(7)}`, `+234 (0)8${D(2)} ${D(3)} ${D(4)}`]);
    case 'ph':
      return r.pick([`0917 ${D(3)} ${D(4)}`, `+63 9${D(2)} ${D(3)} ${D(4)}`, `(02) 8${D(3)} ${D(4)}`, `09${D(9)}`]);
    case 'au':
      return r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `(02) ${nz()}${D(3)} ${D(4)}`, `(03) 9${D(3)} ${D(4)}`]);
    case 'ke':
      return r.pick([`07${D(2)} ${D(3)} ${D(3)}`, `+254 7${D(2)} ${D(6)}`]);
    case 'de':
      return r.pick([`+49 151 ${D(8)}`, `030 ${nz()}${D(6)}`, `0171/${D(7)}`, `+49 (0)89 ${D(3)} ${D(4)}`, `0176 ${D(4)} ${D(4)}`]);
    case 'fr':
      return r.pick([`06 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `+33 6 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `01.${D(2)}.${D(2)}.${D(2)}.${D(2)}`, `07${D(8)}`]);
    case 'es':
      return r.pick([`6${D(2)} ${D(3)} ${D(3)}`, `+34 6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'mx':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `55 ${D(4)} ${D(4)}`, `(33) ${D(4)}-${D(4)}`]);
    case 'br':
      return r.pick([`(11) 9${D(4)}-${D(4)}`, `+55 21 9${D(4)}-${D(4)}`, `(31) 3${D(3)}-${D(4)}`]);
    case 'it':
      return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `02 ${D(4)} ${D(4)}`]);
    case 'nl':
      return r.pick([`06-${D(8)}`, `+31 6 ${D(8)}`, `020 ${D(3)} ${D(4)}`]);
    case 'pl':
      return r.pick([`+48 5${D(2)} ${D(3)} ${D(3)}`, `6${D(2)}-${D(3)}-${D(3)}`, `22 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'tr':
      return r.pick([`0532 ${D(3)} ${D(2)} ${D(2)}`, `+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `(0212) ${D(3)} ${D(2)} ${D(2)}`]);
    case 'ae':
      return r.pick([`+971 50 ${D(3)} ${D(4)}`, `055 ${D(3)} ${D(4)}`, `+971 4 ${D(3)} ${D(4)}`]);
    case 'jp':
      return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 90 ${D(4)} ${D(4)}`]);
    case 'kr':
      return r.pick([`010-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `+82 10 ${D(4)} ${D(4)}`]);
    case 'se':
      return r.pick([`070-${D(3)} ${D(2)} ${D(2)}`, `+46 70 ${D(3)} ${D(2)} ${D(2)}`, `08-${D(3)} ${D(3)} ${D(2)}`]);
    default:
      return `+${r.int(30, 49)} ${D(3)} ${D(3)} ${D(3)}`;
  }
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 7*** ***${r.digits(3)}`, `xxxxxx${r.digits(4)}`]);
}

function luhnComplete(partial: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(partial + String(d))) return partial + String(d);
  return partial + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  const mk = (prefix: string, len: number): string => luhnComplete(prefix + r.digits(len - prefix.length - 1));
  if (k <= 3) return mk('4', 16);
  if (k === 4) return mk(String(r.int(51, 55)), 16);
  if (k === 5) return mk(String(r.int(2221, 2720)), 16);
  if (k === 6) return mk(r.pick(['34', '37']), 15);
  if (k === 7) return mk(r.pick(['6011', '65']), 16);
  if (k === 8) return mk(String(r.int(3528, 3589)), 16);
  return r.chance(0.5) ? mk('36', 14) : mk('62', 16);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(5)}******${r.digits(4)}`, `•••• ${r.digits(4)}`]);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
const LETTER_BANKS: Record<string, number> = { GB: 4, NL: 4, IE: 4, MT: 4, BG: 4, QA: 4, KW: 4 };
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const nl = LETTER_BANKS[cc] ?? 0;
  let bban = '';
  for (let i = 0; i < nl; i++) bban += String.fromCharCode(65 + r.int(0, 25));
  bban += r.digits(len - 4 - nl);
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}
function fmtIban(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.6) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (x < 0.9) return c;
  return (c.match(/.{1,4}/g) ?? [c]).join(' ').toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const ck = Number(c.slice(2, 4));
  const wrong = String(((ck + r.int(1, 40)) % 97) + 2).padStart(2, '0').slice(-2);
  return fmtIban(r, c.slice(0, 2) + (wrong === c.slice(2, 4) ? '00' : wrong) + c.slice(4));
}
function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const A = String(a).padStart(3, '0');
  const G = String(r.int(1, 99)).padStart(2, '0');
  const S = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.75 ? `${A}-${G}-${S}` : x < 0.88 ? `${A} ${G} ${S}` : `${A}${G}${S}`;
}
function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.35) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 65535).toString(16);
  const pre = r.pick(['2001:db8', '2a02:8108', '2600:1700', 'fe80:', '2406:da18', '2a01:4f8']);
  if (pre === 'fe80:') return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (r.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}`;
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
function ip(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}
function version(r: Rng): string {
  return r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(100, 130)}.0.${r.int(1000, 9999)}.${r.int(10, 250)}`, `build ${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(100, 999)}`, `10.0.${r.int(17000, 26000)}.${r.int(100, 4000)}`]);
}
function hash(r: Rng, n = 12): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

// ---------------------------------------------------------------- dates
const EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE_M = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const FR_M = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES_M = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const PT_M = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
function p2(n: number): string {
  return String(n).padStart(2, '0');
}
function dob(r: Rng, style: string): string {
  const y = r.int(1938, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const M = EN_M[m - 1] ?? 'May';
  switch (style) {
    case 'us':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${M} ${d}, ${y}`, `${M.slice(0, 3)} ${d}, ${y}`]);
    case 'uk':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${M} ${y}`, `${d} ${M.slice(0, 3)} ${y}`, `${p2(d)}-${p2(m)}-${y}`]);
    case 'iso':
      return `${y}-${p2(m)}-${p2(d)}`;
    case 'de':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${DE_M[m - 1] ?? 'Mai'} ${y}`]);
    case 'fr':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${FR_M[m - 1] ?? 'mai'} ${y}`]);
    case 'es':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${ES_M[m - 1] ?? 'mayo'} de ${y}`]);
    case 'pt':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${PT_M[m - 1] ?? 'maio'} de ${y}`]);
    case 'jp':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'kr':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
    case 'spoken': {
      const yy = y % 100;
      const ys = y < 2000 ? `nineteen ${yy < 10 ? 'oh ' + (W[yy] ?? '') : spokenTens(yy)}` : `two thousand ${W[yy] ?? 'six'}`;
      return `${M} ${ORD[Math.min(d, 20) - 1] ?? 'first'} ${ys}`;
    }
    default:
      return `${p2(d)}.${p2(m)}.${y}`;
  }
}
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
function spokenTens(n: number): string {
  if (n < 10) return W[n] ?? 'zero';
  if (n < 20) return TEENS[n - 10] ?? 'ten';
  const t = TENS[Math.floor(n / 10)] ?? 'twenty';
  return n % 10 === 0 ? t : `${t}-${W[n % 10] ?? ''}`;
}
function otherDate(r: Rng): string {
  return r.pick([`${r.int(1, 28)} ${r.pick(EN_M)} ${r.int(2024, 2027)}`, `${r.int(2024, 2027)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`, `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(2024, 2027)}`]);
}
function ts(r: Rng): string {
  return `2026-${p2(r.int(1, 11))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
}

// ---------------------------------------------------------------- addresses
function address(r: Rng, cc: string, multi = false): string {
  const n = r.int(2, 2999);
  const nl = multi ? '\n' : ', ';
  switch (cc) {
    case 'us': {
      const st = r.pick(['Maple', 'Cedar Ridge', 'Martin Luther King Jr', 'Lincoln', 'Willow Creek', 'Harbor View', 'Old Mill', 'Sunset', 'Pecan Grove']);
      const sx = r.pick(['St', 'Ave', 'Blvd', 'Dr', 'Lane', 'Rd', 'Court']);
      const unit = r.chance(0.3) ? ` ${r.pick(['Apt', 'Unit', '#', 'Ste'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
      const [city, stt, z] = r.pick([['Tulsa', 'OK', '741'], ['Dayton', 'OH', '454'], ['Boise', 'ID', '837'], ['Fresno', 'CA', '937'], ['Savannah', 'GA', '314'], ['Albany', 'NY', '122'], ['Mesa', 'AZ', '852'], ['Raleigh', 'NC', '276']]);
      return `${n} ${st} ${sx}${unit}${nl}${city}, ${stt} ${z}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`;
    }
    case 'uk': {
      const pre = r.chance(0.3) ? `Flat ${r.int(1, 12)}${multi ? '\n' : ', '}` : '';
      const st = r.pick(['Kingsley Road', 'Mill Lane', 'Victoria Terrace', 'Belgrave Crescent', 'Church Street', 'Orchard Close', 'Station Approach']);
      const [city, pc] = r.pick([['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Manchester', 'M14'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['London', 'SE15'], ['Glasgow', 'G12']]);
      return `${pre}${r.int(1, 220)} ${st}${nl}${city}${multi ? '\n' : ' '}${pc} ${r.int(1, 9)}${r.pick(['AB', 'DX', 'QT', 'HW', 'NP', 'LE'])}`;
    }
    case 'in':
      return `${r.pick(['Flat', 'H.No.', 'Plot'])} ${r.int(1, 999)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Nagar', 'Lakshmi Towers'])}${nl}${r.int(1, 20)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri East', 'Salt Lake Sector 2', 'Banjara Hills'])}${nl}${r.pick(['Bengaluru', 'Mumbai', 'Kolkata', 'Hyderabad'])} ${r.pick(['560', '400', '700', '500'])}${r.digits(3)}`;
    case 'ng':
      return `${r.int(1, 120)} ${r.pick(['Adeola Odeku Street', 'Allen Avenue', 'Awolowo Road', 'Ogui Road', 'Ahmadu Bello Way'])}${nl}${r.pick(['Victoria Island', 'Ikeja', 'Ikoyi', 'Enugu', 'Garki'])}${nl}${r.pick(['Lagos', 'Lagos State', 'Abuja', 'Enugu State'])}${r.chance(0.4) ? ' ' + r.int(100, 999) + '001' : ''}`;
    case 'ph':
      return `${r.pick(['Unit', 'Blk'])} ${r.int(1, 40)}${r.pick(['A', 'B', ''])} ${r.int(1, 300)} ${r.pick(['Jupiter St.', 'Mabini St.', 'Katipunan Ave.', 'Rizal Ave.'])}${nl}${r.pick(['Bel-Air, Makati City', 'Loyola Heights, Quezon City', 'Lahug, Cebu City', 'Poblacion, Davao City'])} ${r.int(1000, 8000)}`;
    case 'au':
      return `${r.chance(0.4) ? r.int(1, 20) + '/' : ''}${r.int(1, 300)} ${r.pick(['Wattle Street', 'Banksia Avenue', 'Gympie Road', 'Sturt Street', 'Beach Parade'])}${nl}${r.pick(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Toowong QLD 4066', 'Subiaco WA 6008', 'Glenelg SA 5045'])}`;
    case 'ke':
      return `P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '506'])}${nl}${r.pick(['Nairobi', 'Mombasa', 'Kisumu'])}${multi ? '\nKenya' : ''}`;
    case 'de':
      return `${r.pick(['Lindenstraße', 'Am Sonnenhang', 'Goethestraße', 'Hauptstr.', 'Rosenweg', 'Kastanienallee'])} ${r.int(1, 140)}${r.pick(['', 'a', ''])}${nl}${r.digits(5).replace(/^0/, '1')} ${r.pick(['Berlin', 'Köln', 'Leipzig', 'Münster', 'Freiburg im Breisgau'])}`;
    case 'fr':
      return `${r.int(1, 90)}${r.pick(['', ' bis'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'rue de la République'])}${nl}${r.pick(['69003 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes'])}`;
    case 'es':
      return `${r.pick(['Calle de Alcalá', 'Avinguda Diagonal', 'Calle Mayor', 'Paseo de la Castellana'])} ${r.int(1, 300)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}${nl}${r.pick(['28014 Madrid', '08019 Barcelona', '46001 Valencia', '41004 Sevilla'])}`;
    case 'mx':
      return `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calle 60'])} ${r.int(10, 3000)}${r.chance(0.5) ? ' Int. ' + r.int(1, 30) : ''}${nl}Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Centro'])}${nl}${r.pick(['06700 Ciudad de México, CDMX', '03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '97000 Mérida, Yuc.'])}`;
    case 'br':
      return `${r.pick(['Rua das Palmeiras', 'Av. Paulista', 'Rua Augusta', 'Rua Voluntários da Pátria'])}, ${r.int(10, 2500)}${r.chance(0.5) ? ', apto ' + r.int(11, 190) : ''}${multi ? '\n' : ' – '}${r.pick(['Pinheiros, São Paulo – SP', 'Botafogo, Rio de Janeiro – RJ', 'Savassi, Belo Horizonte – MG'])}${multi ? '\n' : ', '}${r.digits(5)}-${r.digits(3)}`;
    case 'it':
      return `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Santo Stefano'])} ${r.int(1, 200)}${nl}${r.pick(['20121 Milano MI', '00184 Roma RM', '40125 Bologna BO', '80132 Napoli NA'])}`;
    case 'nl':
      return `${r.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsweg', 'Lange Voorhout'])} ${r.int(1, 400)}${r.pick(['', '-A', ' II'])}${nl}${r.int(1000, 9999)} ${r.pick(['GV', 'KL', 'AB', 'RT'])} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Groningen'])}`;
    case 'pl':
      return `ul. ${r.pick(['Długa', 'Piotrkowska', 'Mickiewicza', 'Kwiatowa'])} ${r.int(1, 150)}/${r.int(1, 40)}${nl}${r.pick(['00-238 Warszawa', '90-406 Łódź', '31-042 Kraków', '80-831 Gdańsk'])}`;
    case 'tr':
      return `${r.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah. Lale Sk.'])} No: ${r.int(1, 200)} D: ${r.int(1, 30)}${nl}${r.pick(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`;
    case 'se':
      return `${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen'])} ${r.int(1, 90)}${nl}${r.int(100, 989)} ${r.int(10, 99)} ${r.pick(['Stockholm', 'Göteborg', 'Uppsala', 'Malmö'])}`;
    case 'jp':
      return `〒${r.int(100, 999)}-${r.digits(4)} ${r.pick(['東京都渋谷区渋谷', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
    case 'kr':
      return `${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'])} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(101, 120)}동 ${r.int(101, 1804)}호` : ''}`;
    case 'ae':
      return `${r.pick(['Villa', 'Apt'])} ${r.int(1, 900)}, ${r.pick(['Al Wasl Road', 'Marina Walk', 'Al Khaleej Street'])}${nl}${r.pick(['Jumeirah 1, Dubai', 'Dubai Marina, Dubai', 'Al Nahyan, Abu Dhabi'])}${multi ? '\nUnited Arab Emirates' : ''}`;
    default:
      return address(r, 'us', multi);
  }
}
const CC_LANG: Record<string, string> = { us: 'us', uk: 'uk', in: 'uk', ng: 'uk', ph: 'us', au: 'uk', ke: 'uk' };

// ---------------------------------------------------------------- templates
interface Ctx {
  readonly self: boolean;
}
type Tpl = (d: Doc, r: Rng, x: Ctx) => void;

/** Writes the user's own full name (labelled) and records it as a known name when the session knows it. */
function me(d: Doc, p: Person, x: Ctx): void {
  const n = full(p);
  d.l('PERSON', n);
  if (x.self && !d.known.includes(n)) d.known.push(n);
}
function nm(d: Doc, r: Rng, p: Person): Doc {
  return d.l('PERSON', nameForm(r, p));
}
const EN_CC = ['us', 'us', 'us', 'uk', 'uk', 'in', 'ng', 'ph', 'au', 'ke'];
const EN_CULT: Record<string, string[]> = {
  us: ['us', 'us', 'mx', 'cn', 'vn', 'ig', 'in', 'kr'],
  uk: ['uk', 'uk', 'ie', 'in', 'yo', 'pl'],
  in: ['in', 'ta'],
  ng: ['yo', 'ig', 'ha'],
  ph: ['ph'],
  au: ['au', 'uk', 'vn', 'gr'],
  ke: ['ke'],
};
function enPerson(r: Rng, cc: string): Person {
  return person(r, r.pick(EN_CULT[cc] ?? ['us']));
}
function agent(r: Rng): string {
  return r.pick(['Agent', 'Bot', 'Assistant', 'Support', 'Rep']);
}

const EN: Tpl[] = [
  // retail support chat: address change
  (d, r, x) => {
    const cc = r.pick(EN_CC);
    const p = enPerson(r, cc);
    d.t(`[chat #${r.int(100000, 999999)} · TealMart]\nCustomer: hi, this is `);
    me(d, p, x);
    d.t(`, order TM-${r.digits(8)} still says processing?? i moved, new address is `).l('ADDRESS', address(r, cc));
    d.t(`\n${agent(r)}: Thanks! I've updated it. Confirmation goes to `).l('EMAIL', email(r, p)).t(' — is that right?\nCustomer: yes. or text me on ').l('PHONE', phone(r, cc)).t('\n');
  },
  // bank chat: refund to IBAN, card dispute
  (d, r, x) => {
    const p = enPerson(r, 'uk');
    const cc = r.pick(['GB', 'IE', 'DE', 'NL']);
    d.t('Northwind Bank secure messaging\nFrom: ');
    me(d, p, x);
    d.t(`\nSubject: disputed payment ${otherDate(r)}\n\nHello, there is a charge of £${r.int(20, 900)}.${r.digits(2)} on my card `).l('CARD', card(r));
    d.t(` that I didn't make. Please refund to my account `).l('IBAN', iban(r, cc)).t(`. My old card ${maskedCard(r)} was cancelled in spring.\nRegards`).t('\n');
  },
  // telecom DOB verification chat
  (d, r) => {
    const cc = r.pick(['us', 'uk', 'au', 'ph']);
    const p = enPerson(r, cc);
    d.t(`Vantel Mobile — live chat\n${agent(r)}: To port your number I need to verify you. Full name and date of birth please.\nUser: `);
    nm(d, r, p).t(', born ').l('DOB', dob(r, CC_LANG[cc] ?? 'us')).t('\nUser: the number is ').l('PHONE', phone(r, cc));
    d.t(`\n${agent(r)}: Thanks. PAC code issued: ${r.pick(['PAC', 'NUM'])}${r.digits(6)}. Valid until ${otherDate(r)}.\n`);
  },
  // health portal message
  (d, r, x) => {
    const cc = r.pick(['us', 'uk']);
    const p = enPerson(r, cc);
    const doc = person(r);
    d.t('LumenCare patient portal — new message\nPatient: ');
    me(d, p, x);
    d.t(' (DOB: ').l('DOB', dob(r, CC_LANG[cc] ?? 'us')).t(`)\nTo: Dr. `).l('PERSON', doc.s);
    d.t(`\n\nMy refill for metformin ran out. My ${r.pick(['Crohn\'s', 'Graves\' disease', 'Hashimoto\'s'])} flare is better. Call me at `).l('PHONE', phone(r, cc)).t(' after 5pm. Member ID ').t(`LMC${r.digits(9)}`).t('.\n');
  },
  // travel tool trace
  (d, r) => {
    const a = person(r);
    const b = person(r, a.c);
    d.t(`tool_call: skyhopper.create_booking\nargs: {"pnr_hint":"${hash(r, 6).toUpperCase()}","passengers":[{"name":"`).l('PERSON', full(a).toUpperCase());
    d.t('","dob":"').l('DOB', dob(r, 'iso')).t(`","passport":"${r.pick(['X', 'P', 'C'])}${r.digits(8)}"},{"name":"`).l('PERSON', full(b).toUpperCase()).t('","dob":"').l('DOB', dob(r, 'iso'));
    d.t(`"}],"contact":{"email":"`).l('EMAIL', email(r, a)).t('","phone":"').l('PHONE', phone(r, r.pick(['us', 'uk', 'de', 'in'])));
    d.t(`"},"flight":"SH${r.int(100, 999)}","date":"${otherDate(r)}"}\nresult: {"status":"HELD","expires":"${ts(r)}"}\n`);
  },
  // CRM record
  (d, r) => {
    const cc = r.pick(EN_CC);
    const p = enPerson(r, cc);
    const owner = person(r);
    d.t(`CRM › Contacts › ${r.int(10000, 99999)}\nName: `).l('PERSON', `${p.s}, ${p.g}`).t('\nEmail: ').l('EMAIL', email(r, p)).t('\nMobile: ').l('PHONE', phone(r, cc));
    d.t('\nMailing address: ').l('ADDRESS', address(r, cc)).t(`\nLead source: Webinar "Scaling with Kafka"\nOwner: `).l('PERSON', full(owner)).t(`\nStage: Negotiation · Deal value $${r.int(5, 90)},${r.digits(3)}\n`);
  },
  // ticket with login log
  (d, r) => {
    const p = person(r);
    const a = person(r);
    d.t(`Ticket QS-${r.int(10000, 99999)} [P2] "Locked out after MFA reset"\nRequester: `).l('EMAIL', email(r, p)).t('\nAssignee: ').l('PERSON', a.g).t(`\n\n--- auth log excerpt ---\n${ts(r)} FAIL login user=`).l('EMAIL', email(r, p, 'quillsoft.io'));
    d.t(' src=').l('IP', ipv4(r)).t(` ua="Chrome/${version(r)}"\n${ts(r)} LOCK account after 5 attempts src=`).l('IP', ip(r)).t('\n');
  },
  // e-mail thread with signature
  (d, r, x) => {
    const cc = r.pick(['us', 'uk', 'au', 'in']);
    const a = enPerson(r, cc);
    const b = enPerson(r, cc);
    d.t('From: ').l('PERSON', full(b)).t(' <').l('EMAIL', email(r, b, r.pick(CORP))).t('>\nTo: ');
    me(d, a, x);
    d.t(' <').l('EMAIL', email(r, a)).t('>\nSubject: Re: renewal quote\n\nHi ').l('PERSON', a.g);
    d.t(`,\n\nAttached is the revised quote (valid until ${otherDate(r)}). Happy to jump on a call.\n\nBest,\n`).l('PERSON', full(b));
    d.t(`\nAccount Executive | BrightPath\nM: `).l('PHONE', phone(r, cc)).t('\n').l('ADDRESS', address(r, cc, true)).t('\n');
  },
  // voice transcript: spoken number + spelled name
  (d, r, x) => {
    const p = enPerson(r, r.pick(['us', 'uk', 'au']));
    const num = `07${r.digits(9)}`;
    const sur = p.s.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase();
    d.t(`[call-transcript ${hash(r, 8)} | ASR confidence 0.${r.int(80, 97)}]\nAGENT: can I take your name please\nCALLER: yeah it's `);
    me(d, p, x);
    d.t(', surname spelt ').l('PERSON', sur.split('').join(' ')).t('\nAGENT: and a contact number\nCALLER: ').l('PHONE', spoken(num, true));
    d.t('\nAGENT: and email\nCALLER: ').l('EMAIL', spokenEmail(r, p)).t('\nAGENT: lovely, you will get a reference by text\n');
  },
  // system log
  (d, r) => {
    d.t(`# /var/log/gateway/access.log (${version(r)})\n`);
    for (let i = 0; i < r.int(3, 5); i++) {
      d.l('IP', ipv4(r)).t(` - - [${ts(r)}] "GET /api/v2/orders/${r.digits(7)} HTTP/1.1" ${r.pick(['200', '404', '401', '302'])} ${r.int(200, 90000)} "-" "okhttp/4.${r.int(1, 12)}.0"\n`);
    }
    d.t('upstream ').l('IP', ipv6(r)).t(` timeout=30s build=${hash(r, 7)}\n`);
  },
  // W-4 / tax form paste
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'us', 'mx', 'vn', 'ig']));
    d.t('Form W-4 (2026) — pasted by user\nStep 1(a) First name and middle initial / Last name: ');
    me(d, p, x);
    d.t('\nSocial security number: ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', address(r, 'us')).t(`\nEmployer EIN: ${r.digits(2)}-${r.digits(7)}\nFiling status: ${r.pick(['Single', 'Married filing jointly', 'Head of household'])}\n`);
  },
  // pasted letter with multi-line address block
  (d, r) => {
    const cc = r.pick(['uk', 'uk', 'au', 'in', 'ng']);
    const p = enPerson(r, cc);
    const s = enPerson(r, cc);
    d.t('User: can you make this letter sound more formal?\n\n').l('PERSON', full(p)).t('\n').l('ADDRESS', address(r, cc, true));
    d.t(`\n\n${otherDate(r)}\n\nDear `).l('PERSON', s.s).t(`,\n\nI am writing regarding the boiler in my flat which has not worked since the storm (Storm Eunice). Please contact me on `).l('PHONE', phone(r, cc));
    d.t('.\n\nYours sincerely,\n').l('PERSON', p.g.charAt(0) + '. ' + p.s).t('\n');
  },
  // HR onboarding
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'in', 'cn', 'kr', 'mx']));
    d.t('Onboarding checklist — payroll\nEmployee: ');
    me(d, p, x);
    d.t('\nDOB ').l('DOB', dob(r, 'us')).t('   SSN ').l('NATIONAL_ID', ssn(r)).t(`\nDirect deposit: routing 0${r.digits(8)}, acct ****${r.digits(4)}\nHome: `).l('ADDRESS', address(r, 'us'));
    d.t(`\nEmergency contact: `).l('PERSON', full(person(r, p.c))).t(' ').l('PHONE', phone(r, 'us')).t('\nI-9 verified by: ').l('PERSON', full(person(r, 'us'))).t('\n');
  },
  // agent tool: lookup customer
  (d, r) => {
    const cc = r.pick(EN_CC);
    const p = enPerson(r, cc);
    const e = email(r, p);
    d.t('assistant → tool crm.lookup_customer({"email": "').l('EMAIL', e).t(`"})\ntool → {"id": "cus_${hash(r, 14)}", "name": "`).l('PERSON', full(p));
    d.t('", "email": "').l('EMAIL', e).t('", "phone": "').l('PHONE', phone(r, cc)).t('", "billing_address": "').l('ADDRESS', address(r, cc));
    d.t(`", "tier": "Gold", "created": "${ts(r)}"}\nassistant: I found your account, `).l('PERSON', p.g).t('.\n');
  },
  // agent tool: refund
  (d, r) => {
    const p = person(r);
    const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'GB', 'PT']);
    d.t(`{"tool":"payments.refund","arguments":{"charge":"ch_${hash(r, 16)}","amount":${r.int(5, 500)}00,"currency":"EUR","card_last4":"${r.digits(4)}","destination_iban":"`).l('IBAN', iban(r, cc));
    d.t('","beneficiary":"').l('PERSON', full(p)).t(`"},"result":{"ok":true,"ref":"RF-${r.digits(10)}"}}\n`);
  },
  // security alert IPv6
  (d, r) => {
    const p = person(r);
    d.t(`ALERT sev=HIGH rule=impossible_travel id=${hash(r, 10)}\nuser=`).l('EMAIL', email(r, p, r.pick(CORP))).t('\nlogin_1 ip=').l('IP', ip(r)).t(` geo=Lagos,NG t=${ts(r)}\nlogin_2 ip=`);
    d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65000)} geo=Oslo,NO t=${ts(r)}\nanalyst_note: contacted `).l('PERSON', nameForm(r, p)).t(` via Teams; ${r.pick(['VPN confirmed', 'no response', 'password reset forced'])}.\n`);
  },
  // Slack escalation
  (d, r) => {
    const a = person(r);
    const c = person(r);
    d.t(`#support-escalations\n@${ascii(a.g)}.${ascii(a.s).slice(0, 3)}: customer `).l('PERSON', full(c)).t(' says their card ').l('CARD', card(r));
    d.t(` was charged twice for the Pro plan. Also tried ${badCard(r)} which bounced (typo).\n@oncall-billing: refunded one. `).l('PERSON', a.g).t(', can you email them at ').l('EMAIL', email(r, c)).t('?\n');
  },
  // insurance claim
  (d, r, x) => {
    const cc = r.pick(['us', 'uk', 'au', 'in']);
    const p = enPerson(r, cc);
    d.t(`CLAIM FORM · Policy ${r.pick(['HX', 'AU', 'MTR'])}-${r.digits(7)}\nPolicyholder name: `);
    me(d, p, x);
    d.t('\nDate of birth: ').l('DOB', dob(r, CC_LANG[cc] ?? 'us')).t(`\nDate of incident: ${otherDate(r)}\nAddress: `).l('ADDRESS', address(r, cc)).t('\nPhone: ').l('PHONE', phone(r, cc));
    d.t(`\nDescription: rear-ended at the Lincoln Memorial roundabout; other driver `).l('PERSON', nameForm(r, enPerson(r, cc))).t(' admitted fault.\n');
  },
  // pharmacy refill chat
  (d, r) => {
    const p = enPerson(r, 'us');
    d.t('PharmaBot: To refill, please confirm your date of birth.\nUser: ').l('DOB', dob(r, 'us')).t('\nPharmaBot: And the name on the prescription?\nUser: ').l('PERSON', full(p).toLowerCase());
    d.t(`\nPharmaBot: Rx #${r.digits(7)} ready at the Walgreens on Jefferson Ave after 3pm. We'll text `).l('PHONE', phone(r, 'us')).t('.\n');
  },
  // rental application
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'us', 'in', 'ig', 'cn']));
    d.t('RENTAL APPLICATION\nApplicant: ');
    me(d, p, x);
    d.t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', dob(r, 'us')).t('\nCurrent address: ').l('ADDRESS', address(r, 'us')).t('\nPrevious address: ').l('ADDRESS', address(r, 'us'));
    d.t(`\nLandlord reference: `).l('PERSON', full(person(r, 'us'))).t(', ').l('PHONE', phone(r, 'us')).t(`\nMonthly income: $${r.int(3, 12)},${r.digits(3)}\n`);
  },
  // India chat
  (d, r, x) => {
    const p = person(r, r.pick(['in', 'ta']));
    d.t('Hi team, I am ');
    me(d, p, x);
    d.t(`. My order no. ${r.digits(12)} was delivered to wrong flat. Correct address: `).l('ADDRESS', address(r, 'in')).t('. Kindly call on ').l('PHONE', phone(r, 'in'));
    d.t(` or mail `).l('EMAIL', email(r, p, r.pick(['gmail.com', 'yahoo.co.in', 'rediffmail.com']))).t('. PAN and Aadhaar I already uploaded in KYC.\n');
  },
  // Nigeria bank
  (d, r, x) => {
    const p = person(r, r.pick(['yo', 'ig', 'ha']));
    const n = phone(r, 'ng');
    d.t('Good afternoon. My name is ');
    me(d, p, x);
    d.t(`, I did a transfer of ₦${r.int(10, 900)},000 this morning and it has not reflected. Session ID ${r.digits(30)}. My line is `).l('PHONE', n);
    d.t('. Please I need urgent help, my BVN is linked to ').l('PHONE', n).t('.\n');
  },
  // Philippines telecom
  (d, r) => {
    const p = person(r, 'ph');
    d.t('Hello po, ').l('PERSON', nameForm(r, p)).t(` here. Yung fiber namin sa `).l('ADDRESS', address(r, 'ph')).t(' ay walang internet since yesterday. Account no. ').t(r.digits(10)).t('. Contact: ').l('PHONE', phone(r, 'ph')).t(' salamat po\n');
  },
  // Australia utility
  (d, r, x) => {
    const p = person(r, r.pick(['au', 'au', 'uk', 'gr', 'vn']));
    d.t(`Move-in request (Ref ${hash(r, 6).toUpperCase()})\nName: `);
    me(d, p, x);
    d.t('\nSupply address: ').l('ADDRESS', address(r, 'au')).t(`\nMove-in date: ${otherDate(r)}\nDOB: `).l('DOB', dob(r, 'uk')).t('\nMobile: ').l('PHONE', phone(r, 'au')).t(`\nConcession card: no\n`);
  },
  // UK NHS-style letter
  (d, r) => {
    const p = enPerson(r, 'uk');
    const gp = enPerson(r, 'uk');
    d.t(`Outpatient appointment letter\nNHS number: ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}\n\n`).l('PERSON', full(p)).t('\n').l('ADDRESS', address(r, 'uk', true));
    d.t('\n\nDate of birth: ').l('DOB', dob(r, 'uk')).t(`\n\nYou have an appointment at the Florence Nightingale Wing on ${otherDate(r)}. Referring GP: Dr `).l('PERSON', `${gp.g.charAt(0)} ${gp.s}`).t('\n');
  },
  // passport renewal form
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'us', 'mx', 'kr']));
    d.t(`DS-82 helper session\nassistant: Let's fill section 1. Your full name?\nuser: `);
    me(d, p, x);
    d.t('\nassistant: Date of birth (mm-dd-yyyy)?\nuser: ').l('DOB', dob(r, 'us').replace(/\//g, '-')).t(`\nassistant: Most recent passport number?\nuser: ${r.digits(9)}, issued ${otherDate(r)}\nassistant: Mailing address?\nuser: `);
    d.l('ADDRESS', address(r, 'us')).t('\nassistant: SSN (required by 22 U.S.C. 2714a)?\nuser: ').l('NATIONAL_ID', ssn(r)).t('\n');
  },
  // bug report
  (d, r) => {
    const p = person(r);
    d.t(`### Bug: export fails on ${version(r)}\nReporter: `).l('PERSON', nameForm(r, p)).t(' (').l('EMAIL', email(r, p, 'quillsoft.io')).t(`)\n\n\`\`\`\nError: ECONNREFUSED `).l('IP', ipv4(r)).t(`:5432\n    at Socket.connect (net.js:${r.int(100, 999)})\n    node ${version(r)}, commit ${hash(r, 40)}\n\`\`\`\nRepro on the Dijkstra scheduler branch.\n`);
  },
  // lead form
  (d, r, x) => {
    const cc = r.pick(EN_CC);
    const p = enPerson(r, cc);
    d.t(`New lead (form: "Book a demo")\nfull_name=`);
    me(d, p, x);
    d.t(`&company=Harbor%20Freight%20Analytics&work_email=`).l('EMAIL', email(r, p, r.pick(CORP))).t('&phone=').l('PHONE', phone(r, cc)).t(`&seats=${r.int(5, 500)}&utm=${hash(r, 6)}\nremote_addr=`).l('IP', ip(r)).t('\n');
  },
  // corrected value
  (d, r) => {
    const cc = r.pick(['ng', 'in', 'uk', 'us', 'ph']);
    const p = enPerson(r, cc);
    const a = phone(r, cc);
    const b = phone(r, cc);
    d.t('User: update my phone to ').l('PHONE', a).t('\nUser: sorry typo, it should be ').l('PHONE', b).t(`\n${agent(r)}: No worries `).l('PERSON', p.g).t(`. Updated — it now ends in ${b.slice(-4)}.\n`);
  },
  // merged accounts
  (d, r) => {
    const p = person(r);
    d.t('Merge request: primary ').l('EMAIL', email(r, p)).t(' ← duplicate ').l('EMAIL', email(r, p)).t('\nOwner: ').l('PERSON', full(p)).t(`\nPhones on file: `).l('PHONE', phone(r, 'us')).t('; ').l('PHONE', phone(r, r.pick(['uk', 'de', 'in'])));
    d.t(`\nOld SSN on file masked: XXX-XX-${r.digits(4)} (not migrated)\n`);
  },
  // agent memory / dream summary
  (d, r, x) => {
    const cc = r.pick(EN_CC);
    const p = enPerson(r, cc);
    const k = enPerson(r, cc);
    d.t('memory.consolidate → facts:\n- user.name: ');
    me(d, p, x);
    d.t('\n- user.home: ').l('ADDRESS', address(r, cc)).t('\n- user.partner: ').l('PERSON', k.g).t(` (prefers texts to `).l('PHONE', phone(r, cc));
    d.t(`)\n- user.dog "Winston" birthday ${otherDate(r)} (not a person)\n- user.birthday: `).l('DOB', dob(r, CC_LANG[cc] ?? 'us')).t('\n');
  },
  // SIM swap fraud
  (d, r) => {
    const p = person(r, r.pick(['ke', 'yo', 'ig', 'in', 'ph']));
    const cc = p.c === 'ke' ? 'ke' : p.c === 'ph' ? 'ph' : p.c === 'in' || p.c === 'ta' ? 'in' : 'ng';
    d.t(`FRAUD CASE ${r.digits(8)}\nSIM swap requested for `).l('PHONE', phone(r, cc)).t(' (subscriber ').l('PERSON', full(p).toUpperCase()).t(`)\nRequest origin `).l('IP', ip(r)).t(`, device IMEI ${r.digits(15)}\nAction: blocked pending ID check at M-Pesa agent.\n`);
  },
  // hotel check-in
  (d, r, x) => {
    const p = person(r);
    d.t(`Hotel Lisboa Oriente — guest registration\nSurname / Given names: `).l('PERSON', p.s.toUpperCase()).t(' / ').l('PERSON', p.g).t('\nDate of birth: ').l('DOB', dob(r, 'uk')).t(`\nNationality: ${p.c.toUpperCase()}  Room ${r.int(101, 920)}\nCard on file: `);
    d.l('CARD', card(r)).t(`  exp ${p2(r.int(1, 12))}/${r.int(27, 31)}\nSignature: `);
    me(d, p, x);
    d.t('\n');
  },
  // cover letter header
  (d, r, x) => {
    const cc = r.pick(['uk', 'in', 'ng', 'ke', 'au']);
    const p = enPerson(r, cc);
    me(d, p, x);
    d.t('\n').l('ADDRESS', address(r, cc, true)).t('\n').l('PHONE', phone(r, cc)).t(' · ').l('EMAIL', email(r, p)).t(`\n\nHiring Manager\nAcme Logistics Ltd\n\nDear Hiring Manager,\nI am applying for the Data Analyst role (ref ${r.digits(6)})...\n`);
  },
  // council complaint with masked + partial
  (d, r) => {
    const p = enPerson(r, 'uk');
    d.t(`To: `).l('EMAIL', `${r.pick(ROLE)}@${r.pick(CORP)}`).t('\nSubject: Missed bin collection\n\nBins at ').l('ADDRESS', address(r, 'uk')).t(` not collected 3 weeks running. Council tax ref ${r.digits(8)}. The account phone ${maskedPhone(r)} is old; use `);
    d.l('PHONE', phone(r, 'uk')).t('.\n— ').l('PERSON', nameForm(r, p)).t('\n');
  },
  // card payment retry chat with invalid then valid
  (d, r) => {
    const p = enPerson(r, r.pick(['us', 'au', 'uk']));
    d.t(`User: checkout keeps failing with ${badCard(r)}\n${agent(r)}: That number fails validation — could you re-check the digits?\nUser: oh sorry, `).l('CARD', card(r));
    d.t(`\n${agent(r)}: Thanks `).l('PERSON', p.g).t(', payment of $49.00 authorised. Receipt sent to ').l('EMAIL', email(r, p)).t('.\n');
  },
  // itinerary with infant DOB
  (d, r) => {
    const a = person(r);
    const kid = person(r, a.c);
    d.t(`Your itinerary ${hash(r, 6).toUpperCase()}\nPassenger 1: `).l('PERSON', `${a.s.toUpperCase()}/${a.g.toUpperCase()}`).t(' MR\nPassenger 2 (INF): ').l('PERSON', `${a.s.toUpperCase()}/${kid.g.toUpperCase()}`).t(' — born ').l('DOB', `${r.int(1, 28)} ${(EN_M[r.int(0, 11)] ?? 'May').slice(0, 3).toUpperCase()} ${r.int(2024, 2025)}`);
    d.t(`\nDeparture ${otherDate(r)} 06:45 from JFK Terminal 4 to Charles de Gaulle\nEmergency contact: `).l('PHONE', phone(r, r.pick(['us', 'uk', 'fr']))).t('\n');
  },
  // spoken SSN + DOB in call
  (d, r, x) => {
    const p = person(r, 'us');
    const s = ssn(r).replace(/\D/g, '');
    const fmt = `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`;
    d.t('[IVR transcript]\nSYSTEM: Please say your full name.\nCALLER: ');
    me(d, p, x);
    d.t('\nSYSTEM: Please say your date of birth.\nCALLER: ').l('DOB', dob(r, 'spoken')).t('\nSYSTEM: Please enter your social security number.\nDTMF: ').l('NATIONAL_ID', fmt).t('\nSYSTEM: Thank you. Transferring.\n');
  },
  // mixed IBAN transfer email
  (d, r) => {
    const p = person(r, r.pick(['ar', 'tr', 'gr', 'de', 'it']));
    const cc = r.pick(['AE', 'SA', 'TR', 'GR', 'CY', 'MT', 'QA', 'KW', 'IL']);
    d.t(`Hi accounts team,\nPlease pay invoice INV-${r.digits(5)} to:\nBeneficiary: `).l('PERSON', full(p)).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nSWIFT: ${r.pick(['NBADAEAA', 'TGBATRIS', 'ETHNGRAA'])}\n(Previous IBAN ${badIban(r, cc)} is closed.)\nThanks,\n`).l('PERSON', full(person(r))).t('\n');
  },
  // subscription tool trace with card
  (d, r) => {
    const p = person(r);
    d.t(`tool_call billing.update_payment_method({"customer":"cus_${hash(r, 12)}","cardholder":"`).l('PERSON', full(p)).t('","number":"').l('CARD', card(r).replace(/[ -]/g, ''));
    d.t(`","exp":"${p2(r.int(1, 12))}/${r.int(27, 32)}","cvc":"${r.digits(3)}"})\ntool_result {"ok":false,"error":"card_declined","decline_code":"do_not_honor"}\nassistant: Sorry, the bank declined it. Want to try another card?\n`);
  },
  // phone order transcript, card read out in groups
  (d, r, x) => {
    const p = enPerson(r, r.pick(['us', 'uk', 'au']));
    d.t(`[call ${r.digits(6)}] AGENT: Name on the card?\nCALLER: `);
    me(d, p, x);
    d.t('\nAGENT: Card number when ready.\nCALLER: ').l('CARD', card(r)).t(`\nAGENT: Expiry and the three digits on the back?\nCALLER: ${p2(r.int(1, 12))} ${r.int(27, 31)}, ${r.digits(3)}\nAGENT: Delivery to `).l('ADDRESS', address(r, r.pick(['us', 'uk']))).t('?\nCALLER: yep\n');
  },
  // loan pre-qualification with SSN
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'us', 'mx', 'ig', 'vn', 'in']));
    d.t(`Pre-qualification (soft pull)\nApplicant: `);
    me(d, p, x);
    d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(' · Date of birth: ').l('DOB', dob(r, 'us')).t(`\nCo-applicant: `).l('PERSON', nameForm(r, person(r, p.c))).t(' · SSN: ').l('NATIONAL_ID', ssn(r));
    d.t(`\nRequested: $${r.int(5, 40)},000 auto loan · Credit union routing 2${r.digits(8)} (not an SSN)\n`);
  },
  // benefits office chat with SSN, corrected
  (d, r, x) => {
    const p = person(r, r.pick(['us', 'us', 'mx', 'cn', 'ig']));
    const a = ssn(r);
    const b = ssn(r);
    d.t(`Benefits portal assistant\nuser: hi im `);
    me(d, p, x);
    d.t(', my ssn is ').l('NATIONAL_ID', a).t(' wait no thats my husbands, mine is ').l('NATIONAL_ID', b);
    d.t(`\nassistant: Thanks. For security I'll show it as ***-**-${b.slice(-4)} from now on. Your case ${r.pick(['SSA', 'UI'])}-${r.digits(9)} is pending review.\n`);
  },
  // payroll tool trace with SSN
  (d, r) => {
    const p = person(r, r.pick(['us', 'us', 'in', 'kr']));
    d.t(`tool_call payroll.get_w2({"employee_id":"E${r.digits(6)}","year":2025})\ntool_result {"employee":"`).l('PERSON', full(p)).t('","ssn":"').l('NATIONAL_ID', ssn(r)).t(`","ein":"${r.digits(2)}-${r.digits(7)}","box1":"${r.int(30, 190)}${r.digits(3)}.${r.digits(2)}","state":"${r.pick(['CA', 'NY', 'TX', 'WA'])}"}\n`);
  },
];

const INTL: Tpl[] = [
  // German support chat
  (d, r, x) => {
    const p = person(r, r.pick(['de', 'de', 'tr', 'pl']));
    d.t(`Kundenservice-Chat (Stadtwerke)\nKunde: Guten Tag, hier ist `);
    me(d, p, x);
    d.t(`. Ich ziehe um, neue Anschrift: `).l('ADDRESS', address(r, 'de')).t('. Abschlag bitte ab sofort von ').l('IBAN', iban(r, 'DE')).t(' abbuchen.\n');
    d.t(`Mitarbeiterin: Danke, Herr/Frau `).l('PERSON', p.s).t('. Zur Verifizierung: Geburtsdatum?\nKunde: ').l('DOB', dob(r, 'de')).t(`\nMitarbeiterin: Passt. Zählernummer ${r.digits(9)} ist hinterlegt.\n`);
  },
  // German e-mail signature
  (d, r) => {
    const a = person(r, 'de');
    const b = person(r, 'de');
    d.t(`Hallo Frau `).l('PERSON', b.s).t(`,\n\nanbei die Unterlagen zur Schadensmeldung vom ${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.2026 (Az. ${r.digits(4)}/${r.digits(2)}).\n\nMit freundlichen Grüßen\n`).l('PERSON', full(a));
    d.t('\nSachbearbeitung Kfz\nTel. ').l('PHONE', phone(r, 'de')).t(' -').t(String(r.int(10, 99))).t('\n').l('EMAIL', email(r, a, 'versicherung-nord.de')).t('\n').l('ADDRESS', address(r, 'de', true)).t('\n');
  },
  // French customer service
  (d, r, x) => {
    const p = person(r, 'fr');
    d.t('Bonjour, je suis ');
    me(d, p, x);
    d.t(`, client n° ${r.digits(8)}. Merci de rembourser sur mon compte `).l('IBAN', iban(r, 'FR')).t('. Vous pouvez me joindre au ').l('PHONE', phone(r, 'fr'));
    d.t(' ou par courriel : ').l('EMAIL', email(r, p)).t('. Adresse de livraison : ').l('ADDRESS', address(r, 'fr')).t('.\nCordialement\n');
  },
  // French health
  (d, r) => {
    const p = person(r, r.pick(['fr', 'fr', 'ar']));
    d.t(`Compte rendu de consultation — Dr `).l('PERSON', full(person(r, 'fr'))).t('\nPatient(e) : ').l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t(', né(e) le ').l('DOB', dob(r, 'fr'));
    d.t(`\nMotif : suivi maladie de Parkinson ? Non — syndrome de Raynaud.\nProchain RDV : ${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/2027. Tél. : `).l('PHONE', phone(r, 'fr')).t('\n');
  },
  // Spanish bank chat
  (d, r, x) => {
    const p = person(r, 'es');
    d.t(`Asistente: ¿En qué puedo ayudarle?\nCliente: Soy `);
    me(d, p, x);
    d.t(`, quiero domiciliar el recibo en `).l('IBAN', iban(r, 'ES')).t(`. Mi DNI es ${r.digits(8)}${r.pick(['X', 'K', 'T'])}.\nAsistente: Perfecto. ¿Teléfono de contacto?\nCliente: `).l('PHONE', phone(r, 'es'));
    d.t('\nAsistente: ¿Dirección postal?\nCliente: ').l('ADDRESS', address(r, 'es')).t('\n');
  },
  // Mexican telecom
  (d, r) => {
    const p = person(r, 'mx');
    d.t('Hola, mi nombre es ').l('PERSON', full(p)).t(', mi línea ').l('PHONE', phone(r, 'mx')).t(` no tiene señal desde el huracán. Vivo en `).l('ADDRESS', address(r, 'mx')).t(`. Mi CURP la mando por privado. Folio ${r.digits(9)}.\n`);
  },
  // Spanish voice transcript
  (d, r) => {
    const p = person(r, r.pick(['es', 'mx']));
    const n = `6${r.digits(8)}`;
    const es = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
    d.t('[transcripción] AGENTE: ¿Me dice su nombre completo?\nCLIENTE: Sí, ').l('PERSON', full(p).toLowerCase()).t('\nAGENTE: ¿Y un teléfono?\nCLIENTE: ');
    d.l('PHONE', n.split('').map((c) => es[Number(c)] ?? c).join(' ')).t('\nAGENTE: ¿Fecha de nacimiento?\nCLIENTE: el ').l('DOB', dob(r, 'es').replace(/^\d\d\/\d\d\/\d{4}$/, (m) => m)).t('\n');
  },
  // Brazil e-commerce
  (d, r, x) => {
    const p = person(r, 'br');
    d.t('Oi! Sou ');
    me(d, p, x);
    d.t(`, meu pedido #${r.digits(9)} não chegou. Endereço: `).l('ADDRESS', address(r, 'br')).t('. WhatsApp ').l('PHONE', phone(r, 'br')).t(`, e-mail `).l('EMAIL', email(r, p, r.pick(['uol.com.br', 'gmail.com', 'bol.com.br'])));
    d.t(`. CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}. Nascimento: `).l('DOB', dob(r, 'pt')).t('\n');
  },
  // Italian utility
  (d, r) => {
    const p = person(r, 'it');
    d.t(`Gentile `).l('PERSON', full(p)).t(`,\nconfermiamo l'attivazione della domiciliazione bancaria sul conto `).l('IBAN', iban(r, 'IT')).t(`.\nIndirizzo di fornitura: `).l('ADDRESS', address(r, 'it'));
    d.t(`\nCodice fiscale: ${p.s.slice(0, 3).toUpperCase()}${p.g.slice(0, 3).toUpperCase()}${r.digits(2)}A${r.digits(2)}F${r.digits(3)}X\nPer assistenza: `).l('EMAIL', `assistenza@${r.pick(['luceverde.it', 'gasitalia.example'])}`).t('\n');
  },
  // Dutch
  (d, r, x) => {
    const p = person(r, 'nl');
    d.t('Beste klantenservice,\n\nMijn naam is ');
    me(d, p, x);
    d.t(`. Graag het bedrag terugstorten op `).l('IBAN', iban(r, 'NL')).t('. Mijn nieuwe adres is ').l('ADDRESS', address(r, 'nl')).t(' en mijn nummer ').l('PHONE', phone(r, 'nl')).t(`.\nBSN stuur ik niet per mail.\nGroet\n`);
  },
  // Polish
  (d, r) => {
    const p = person(r, 'pl');
    d.t('Dzień dobry, proszę o zwrot na konto ').l('IBAN', iban(r, 'PL')).t('. Adres: ').l('ADDRESS', address(r, 'pl')).t('. Tel. ').l('PHONE', phone(r, 'pl')).t(`. PESEL ${r.digits(11)}.\nPozdrawiam, `).l('PERSON', full(p)).t('\n');
  },
  // Turkish
  (d, r, x) => {
    const p = person(r, 'tr');
    d.t('Merhaba, ben ');
    me(d, p, x);
    d.t(`. Kargo ${r.digits(12)} hâlâ gelmedi. Adresim: `).l('ADDRESS', address(r, 'tr')).t('. Cep: ').l('PHONE', phone(r, 'tr')).t('. İade için IBAN: ').l('IBAN', iban(r, 'TR')).t('\n');
  },
  // Japanese
  (d, r) => {
    const s = r.pick(JP_S);
    const g = r.pick(JP_G);
    d.t('お問い合わせフォーム\nお名前：').l('PERSON', `${s} ${g}`).t('\n生年月日：').l('DOB', dob(r, 'jp')).t('\nご住所：').l('ADDRESS', address(r, 'jp')).t('\n電話番号：').l('PHONE', phone(r, 'jp'));
    d.t('\nメール：').l('EMAIL', `${hash(r, 2)}${r.pick(['sato', 'tanaka', 'yui', 'kenta'])}${r.int(1, 99)}@${r.pick(['docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp'])}`).t(`\n内容：注文番号${r.digits(10)}の返品について。担当の`).l('PERSON', r.pick(JP_S)).t('様によろしくお伝えください。\n');
  },
  // Korean
  (d, r) => {
    const n = r.pick(KR_S) + r.pick(KR_G);
    d.t('고객님 정보 확인 부탁드립니다.\n성함: ').l('PERSON', n).t('\n생년월일: ').l('DOB', dob(r, 'kr')).t('\n연락처: ').l('PHONE', phone(r, 'kr')).t('\n주소: ').l('ADDRESS', address(r, 'kr'));
    d.t(`\n주문번호 ${r.digits(12)}\n`).l('PERSON', n).t('님, 배송이 지연되어 죄송합니다.\n');
  },
  // Swedish
  (d, r) => {
    const p = person(r, 'se');
    d.t('Hej! Jag heter ').l('PERSON', full(p)).t(' och vill byta elavtal. Adress: ').l('ADDRESS', address(r, 'se')).t('. Mobil ').l('PHONE', phone(r, 'se')).t('. Autogiro från ').l('IBAN', iban(r, 'SE')).t(`. Personnummer skickar jag via BankID.\n`);
  },
  // Arabic/UAE (English with Arabic names)
  (d, r, x) => {
    const p = person(r, 'ar');
    d.t('مرحبا، أنا ');
    me(d, p, x);
    d.t(' — please update my salary account to ').l('IBAN', iban(r, r.pick(['AE', 'SA', 'QA']))).t('. Mobile ').l('PHONE', phone(r, 'ae')).t('. Address: ').l('ADDRESS', address(r, 'ae')).t(`. Emirates ID ${r.pick(['784'])}-${r.int(1960, 2000)}-${r.digits(7)}-${r.digits(1)}.\n`);
  },
  // German tool trace
  (d, r) => {
    const p = person(r, r.pick(['de', 'de', 'ru', 'it']));
    d.t('tool_call translate({"src":"de","dst":"en","text":"Bitte senden Sie die Rechnung an ').l('PERSON', full(p)).t(', ').l('ADDRESS', address(r, 'de')).t(`."})\ntool_result {"text":"Please send the invoice to `);
    d.l('PERSON', full(p)).t(`, ${'<redacted>'}."}\n`);
  },
  // French voice transcript
  (d, r) => {
    const p = person(r, 'fr');
    const fr = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
    const n = `06${r.digits(8)}`;
    d.t('[appel entrant] CONSEILLER : votre numéro ?\nAPPELANT : ').l('PHONE', n.split('').map((c) => fr[Number(c)] ?? c).join(' '));
    d.t('\nCONSEILLER : et votre nom ?\nAPPELANT : ').l('PERSON', p.s).t(', ').l('PERSON', p.s.toUpperCase().replace(/[^A-ZÀ-Ý]/g, '').split('').join('-')).t('\n');
  },
  // Portuguese (PT) IBAN
  (d, r) => {
    const p = person(r, 'br');
    d.t('Exmos. Senhores,\nSolicito o reembolso para o IBAN ').l('IBAN', iban(r, 'PT')).t(' em nome de ').l('PERSON', full(p)).t(`. NIF ${r.digits(9)}.\nContacto: `).l('PHONE', `+351 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`).t('\n');
  },
  // Indonesian
  (d, r, x) => {
    const p = person(r, 'id');
    d.t('Halo kak, saya ');
    me(d, p, x);
    d.t(`, paket dengan resi JNE${r.digits(12)} belum sampai. Nomor WA `).l('PHONE', `+62 8${r.digits(2)}-${r.digits(4)}-${r.digits(4)}`).t(', email ').l('EMAIL', email(r, p)).t(' ya. Terima kasih!\n');
  },
  // German security log
  (d, r) => {
    const p = person(r, 'de');
    d.t(`[Sicherheitsprotokoll] ${ts(r)} Anmeldung fehlgeschlagen für `).l('EMAIL', email(r, p, 'firma-nord.de')).t(' von ').l('IP', ip(r)).t(`; Konto gesperrt durch `).l('PERSON', `${p.s}, ${p.g}`.toUpperCase()).t(' (IT-Admin). Client-Version ').t(version(r)).t('\n');
  },
  // Italian chat with card
  (d, r) => {
    const p = person(r, 'it');
    d.t('Cliente: la carta ').l('CARD', card(r)).t(` è stata rifiutata, ma la ${maskedCard(r)} funziona.\nOperatore: Verifico subito, signor `).l('PERSON', p.s).t(`. Codice pratica ${r.digits(8)}.\n`);
  },
  // Spanish public services (cita previa)
  (d, r, x) => {
    const p = person(r, r.pick(['es', 'mx', 'br']));
    d.t(`Cita previa — Extranjería\nNombre y apellidos: `);
    me(d, p, x);
    d.t(`\nNIE: ${r.pick(['X', 'Y'])}${r.digits(7)}${r.pick(['L', 'R'])}\nFecha de nacimiento: `).l('DOB', dob(r, 'es')).t(`\nCorreo: `).l('EMAIL', email(r, p)).t(`\nCita: ${otherDate(r)} 09:40, Oficina Plaza de España\n`);
  },
  // Kenyan M-Pesa chat (English/Swahili)
  (d, r, x) => {
    const p = person(r, 'ke');
    d.t('Habari, naitwa ');
    me(d, p, x);
    d.t(`. Nilituma KSh ${r.int(1, 40)},000 kwa namba mbaya. Namba yangu ni `).l('PHONE', phone(r, 'ke')).t(`, transaction ${hash(r, 10).toUpperCase()}. Postal: `).l('ADDRESS', address(r, 'ke')).t('\n');
  },
  // French card + Japanese card
  (d, r) => {
    const p = person(r, r.pick(['fr', 'de', 'it']));
    d.t('Opposition carte bancaire — titulaire : ').l('PERSON', full(p)).t('\nNuméro : ').l('CARD', card(r)).t(`\nDate de l'opposition : ${otherDate(r)}. Ancienne carte ${badCard(r)} (numéro erroné, ignoré).\n`);
  },
  (d, r) => {
    d.t('カード情報の変更\n名義：').l('PERSON', `${r.pick(JP_S)} ${r.pick(JP_G)}`).t('\nカード番号：').l('CARD', card(r)).t(`\n有効期限：${p2(r.int(1, 12))}/${r.int(27, 31)}\n`);
  },
];

/** Hard negatives: no personal data, but many traps. */
const NEG: Tpl[] = [
  (d, r) => {
    d.t(`Release notes ${version(r)}\n- Fixed crash on Android ${r.int(10, 15)} (Samsung Galaxy S${r.int(20, 25)})\n- Bumped openssl to 3.${r.int(0, 4)}.${r.int(0, 15)}; node to ${version(r)}\n- New "Ada Lovelace" theme and Hopper scheduler\n- Commit ${hash(r, 40)}\n`);
  },
  (d, r) => {
    d.t(`Postmortem INC-${r.int(1000, 9999)} (${otherDate(r)})\nTimeline (UTC): ${ts(r)} alerts fired; ${ts(r)} rollback to ${version(r)}.\nRoot cause: cache key collision, sha256 ${hash(r, 64)}.\nOwner: Team Falcon · Reviewer: Platform Guild\n`);
  },
  (d, r) => {
    d.t(`Your order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)} has shipped! Tracking: 1Z${hash(r, 16).toUpperCase()}\nPaid with card ending ${r.digits(4)}. Gift card code ${badCard(r)} (not a card number).\nQuestions? Visit our Help Center.\n`);
  },
  (d, r) => {
    const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES']);
    d.t(`Treasury memo: wire cutoff 3pm ET. ABA routing ${r.pick(['021000021', '026009593', '121000248'])}, EIN ${r.digits(2)}-${r.digits(7)}. Note the sample IBAN ${badIban(r, cc)} in the old template fails validation — do not use. Swift MT103 ref ${r.digits(16)}.\n`);
  },
  (d, r) => {
    d.t(`Travel policy update: flights via Washington Dulles or St. Louis Lambert require approval; the Ben Nevis team offsite is on ${otherDate(r)}. Use the Marriott or Hilton rates only. Per diem $${r.int(50, 90)}.\n`);
  },
  (d) => {
    d.t(`Patient education leaflet: Alzheimer's disease, Hodgkin lymphoma and Down syndrome are named after the physicians who described them. Ask about the Heimlich manoeuvre at the front desk. Clinic hours Mon–Fri 8:00–17:30.\n`);
  },
  (d, r) => {
    d.t(`Bestellnummer ${r.digits(10)} – Lieferung am ${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.2026 zwischen 8 und 12 Uhr. Öffnungszeiten der Filiale Goethe-Galerie: Mo–Sa 9–20 Uhr. Rabattcode HERBST${r.int(10, 30)}.\n`);
  },
  (d, r) => {
    d.t(`Estimado cliente: su factura ${r.pick(['F', 'A'])}-${r.digits(8)} del ${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/2026 ya está disponible. Importe: ${r.int(10, 300)},${r.digits(2)} €. Oficina de la Calle Cervantes abierta de 9 a 14 h.\n`);
  },
  (d, r) => {
    d.t(`# .env.example\nAPP_VERSION=${version(r)}\nDB_PORT=5432\nREDIS_URL=redis://cache:6379/0\nJWT_SECRET=${hash(r, 32)}\nFEATURE_FLAGS=dark_mode,hopper_queue\nBUILD_ID=${r.int(10000, 99999)}\n`);
  },
  (d) => {
    d.t(`Catalog: Ford Mustang Mach-E floor mats, Louis Vuitton Neverfull (pre-owned), Ben & Jerry's Phish Food 465ml, Tesla wall connector, Dr. Martens 1460 boots, Jack Daniel's gift set, Marie Curie charity pin.\n`);
  },
  (d, r) => {
    d.t(`ご注文番号 ${r.digits(10)} の商品は ${r.int(1, 12)}月${r.int(1, 28)}日に発送予定です。バージョン ${version(r)} へのアップデートをお願いします。\n`);
  },
  (d, r) => {
    d.t(`Compliance training: Sarbanes-Oxley, Dodd-Frank and the Gramm-Leach-Bliley Act apply. Nobel Prize talk in the Edison Room at ${r.int(1, 5)}pm. Case ${r.digits(2)}-cv-${r.digits(5)}.\n`);
  },
  (d, r) => {
    d.t(`Account summary (masked): phone ${maskedPhone(r)}, SSN XXX-XX-${r.digits(4)}, card ${maskedCard(r)}, email j***@***.com. Last login ${ts(r)} from a known device.\n`);
  },
  (d, r) => {
    d.t(`Agent run ${hash(r, 8)}: called weather.get({"city":"Paris"}) → 14°C; called calendar.list({"range":"next_week"}) → 3 events ("Sprint review", "Hope Street Market visit", "Grant deadline"). Tokens used ${r.int(1000, 9000)}.\n`);
  },
];

/**
 * Generates documents from `seed` until at least `minInstances` labels exist (stopping right after the
 * document that reaches it). Deterministic per seed.
 */
export function generateIndependent18Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent18Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT18_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT18_MIN_INSTANCES;
  const out: Independent18Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const x: Ctx = { self: r.chance(0.6) };
    const u = r.next();
    const tpl = u < 0.1 ? r.pick(NEG) : u < 0.64 ? r.pick(EN) : r.pick(INTL);
    tpl(d, r, x);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
