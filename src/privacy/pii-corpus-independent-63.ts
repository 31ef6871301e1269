/**
 * @module privacy/pii-corpus-independent-63 — blind labelled PII split "independent63": utilities, energy and
 * telecom billing.
 *
 * WRITTEN BLIND. While writing it I read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json`, `package.json` (and, by accident,
 * the first five comment/import lines of `eslint.config.js`). I did NOT read the detector, its patterns, its
 * tests, the other corpora or their value pools (`pii-corpus-values.ts`, templates), docs, bench, AGENTS.md or
 * the git history, and I never ran the detector on this text. Every name, address, template and value here
 * was invented for this file.
 *
 * Seeds: {@link INDEPENDENT63_SEEDS} (630001, 630002, 630003); each seed yields whole documents until at
 * least `minInstances` labels (default 2400) exist, deterministically.
 *
 * Contents: call-centre transcripts of energy, water and telecom providers (agents reading back details,
 * spoken and digit-by-digit numbers, spoken e-mail addresses), account and meter records, SEPA and Bacs
 * direct-debit mandates, move-in/move-out forms, outage reports, smart-meter and router logs with IPv4/IPv6
 * addresses, collections letters, ombudsman escalations, CSV/JSON exports of billing systems, in about twenty
 * countries (GB, US, DE, FR, ES, IT, NL, IE, AU, CA, BE, AT, CH, PL, PT, SE, BR, JP, KR, IN) with names from
 * 30+ cultures. About one document in ten is a pure hard negative; distractors (MPANs, MPRNs, meter serials,
 * tariff codes, kWh readings, account/case/tracking numbers, IMEIs, ICCIDs, Luhn-invalid card-like numbers,
 * invalid IBANs, creditor ids, EINs, routing numbers, other countries' national ids, versions, hashes,
 * timestamps, non-birth dates, people-named brands, streets, storms, diseases and laws) are sprinkled through
 * the labelled documents as well.
 *
 * Labelling conventions:
 * - PERSON: human beings only (customers, agents, engineers, landlords…); honorifics and possessive 's are
 *   outside the span; one label per contiguous name in whatever form (full, "Surname, Given", initial +
 *   surname, surname-only, given-only, ALL CAPS, lower case). Brands, places, storms, streets, diseases,
 *   laws, pets and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; a spoken address is labelled as the whole spoken span.
 * - PHONE: every phone number (customer's or company's), the number only (extension outside); spoken and
 *   digit-by-digit numbers are labelled; masked numbers are not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; invalid and masked ones are not.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones are not labelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids are not labelled.
 * - IP: every IPv4/IPv6 address; port, zone and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (a business's included), a multi-line one from its first
 *   street/building/PO-box line to its last postcode/city/country line; the recipient name is a separate
 *   PERSON; company lines, city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-rng.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT63_SEEDS = [630001, 630002, 630003] as const;
export const INDEPENDENT63_MIN_INSTANCES = 2400;

/** A gold label that also carries its text. */
export type Independent63Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export interface Independent63Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent63Label[];
}

/** Builds a document, recording each label's offsets as its text is appended. */
class Doc {
  text = '';
  readonly labels: Independent63Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  /** A postal address given as lines, joined by `sep`. */
  a(lines: readonly string[], sep = ', '): this {
    return this.l('ADDRESS', lines.join(sep));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names: [male given, female given, surnames] per culture; "_" stands for a space inside one name.
const CULT: Readonly<Record<string, readonly [string, string, string]>> = {
  en: ['Oliver Harry George Will Guy Bill Grant Alfie Rhys Callum Mark Nigel', 'Amelia Rose Hope May Grace Poppy Joy Faith Dawn Imogen Penny Beryl', 'Thornton Baker Cook Young Hill Whitfield Ashworth Pennington Hardcastle Marsh Fox Price Long Bell Rich'],
  us: ['Tyler Brandon Chase Hunter Frank Ray Dwayne Cody Miles Jack Lamar Wade', 'Madison Brittany Summer Ivy Pearl Sunny Kayla Destiny Autumn Shawna Misty Tammy', 'Johnson Miller Washington Jefferson Brooks Sanders Black White Green King Hunter Dunn Pruitt'],
  ie: ['Cian Oisín Pádraig Ronan Declan Eoin Colm', 'Siobhán Aoife Niamh Saoirse Caoimhe Gráinne Orla', "O'Sullivan Fitzgerald Byrne Doherty Nolan Kavanagh Brennan Ó_Ceallaigh Mac_Giolla_Phádraig Geraghty"],
  sc: ['Hamish Angus Dafydd Gethin Iain Rhodri', 'Morag Eilidh Catrin Seren Isla Carys', 'MacLeod Campbell Jones ap_Rhys Llewellyn Fraser Morgan Pritchard Cameron Gillespie'],
  de: ['Jürgen Lukas Maximilian Dieter Florian Matthias Uwe', 'Ursula Lena Hannelore Annika Katrin Sabine Heike', 'Müller Schröder Weiß Becker Hoffmann Krüger Schäfer Zimmermann Braun Vogel Fuchs Wolf Koch'],
  fr: ['Benoît Théo Jean-Luc Mathis Gaël Régis Loïc', 'Océane Élodie Maëlle Chloé Solène Brigitte Margaux', 'Lefèvre Moreau Girard Dubois Rousseau Fontaine Chevalier Lemaire Garnier Boulanger Marchand'],
  es: ['Alejandro Íñigo Javier Sergio Álvaro Jordi Pau', 'Lucía Nerea Ainhoa Montserrat Pilar Rocío Amparo', 'García Fernández López Martínez Sánchez Iglesias Ortega Navarro Domínguez Gil de_la_Fuente Blanco'],
  mx: ['José_Luis Jesús Rodrigo Eduardo Emiliano Ángel', 'Guadalupe Ximena Itzel Citlali María_José Dolores Socorro', 'Hernández Ramírez Cruz Flores Morales Reyes Gutiérrez Mendoza Vázquez Aguilar'],
  pt: ['João Thiago Gonçalo Rafael Caio Vinícius Tiago', 'Inês Beatriz Mariana Luana Conceição Thaís Graça', 'Silva Santos Oliveira Pereira Costa Rodrigues Almeida Carvalho Ferreira Sousa Nascimento'],
  it: ['Giuseppe Lorenzo Matteo Salvatore Andrea Gianluca Benedetto', 'Giulia Chiara Francesca Rosaria Martina Alessia Assunta', 'Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca'],
  nl: ['Bram Sander Joost Wouter Ruud Daan Gert-Jan', 'Sanne Femke Anouk Marieke Lotte Ilse Willemijn', 'de_Vries van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder van_den_Berg Hoekstra'],
  pl: ['Krzysztof Paweł Tomasz Grzegorz Łukasz Wojciech', 'Agnieszka Małgorzata Zofia Katarzyna Joanna Dorota', 'Nowak Kowalski Wiśniewski Wójcik Lewandowski Szymański Dąbrowski Kaczmarek Zając Król'],
  sv: ['Björn Lars Anders Oskar Nils Sven', 'Ingrid Astrid Linnea Maja Sigrid Elin', 'Andersson Lindqvist Johansson Eriksson Sjöberg Holmberg Lundgren Bergström Nyström Åkesson'],
  no: ['Magnus Jens Søren Håkon Rasmus Eirik', 'Ingeborg Kirsten Mette Solveig Freja Ragnhild', 'Hansen Nielsen Halvorsen Jørgensen Kristiansen Bakken Haugen Mortensen Dahl Sørensen'],
  fi: ['Juha Mikko Aleksi Ville Tapio Eero', 'Aino Kaisa Tuula Satu Helmi Riikka', 'Virtanen Korhonen Mäkinen Nieminen Heikkinen Järvinen Koskinen Laaksonen Salminen Lehtonen'],
  gr: ['Giorgos Dimitris Konstantinos Nikos Vasilis Stavros', 'Eleni Katerina Dimitra Sofia Vasiliki Despina', 'Papadopoulos Georgiou Nikolaidis Konstantinou Oikonomou Karagiannis Vlachos Antoniou Makris Christodoulou'],
  tr: ['Mehmet Emre Burak Mustafa Kerem Oğuz', 'Ayşe Elif Zeynep Gül Derya Şeyma', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan'],
  ar: ['Said Omar Khalid Youssef Tariq Hamza', 'Fatima Layla Noor Amira Huda Salma', 'Al-Masri Haddad Mansour Nasser Khoury El-Amin Saleh Barakat Hamdan Aziz'],
  fa: ['Dariush Reza Arash Kourosh Behnam Farhad', 'Shirin Parisa Nasrin Leila Mahsa Roya', 'Hosseini Tehrani Rahimi Karimi Moradi Jafari Ahmadi Sadeghi Farahani Mirzaei'],
  hi: ['Rohan Arjun Vikram Sanjay Rahul Aditya', 'Priya Ananya Kavita Deepika Sunita Pooja', 'Sharma Patel Gupta Iyer Reddy Banerjee Chatterjee Singh Kapoor Mehta Joshi'],
  ta: ['Karthik Senthil Murugan Rajesh Anand Prakash', 'Lakshmi Meenakshi Kavya Divya Revathi Nithya', 'Subramanian Krishnan Ramasamy Pillai Natarajan Venkatesan Sivakumar Arumugam Perera Fernando'],
  zh: ['Wei Jun Hao Zhiwei Jian Bo', 'Fang Xiu Ying Mei Jing Xiaoling', 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Lin'],
  ja: ['Hiroshi Takumi Kenji Daisuke Haruto Shota', 'Yuki Aiko Sakura Haruka Emi Misaki', 'Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Ito Saito Matsumoto'],
  ko: ['Min-jun Ji-hoon Seung-woo Dong-hyun Joon-ho Tae-yang', 'Seo-yeon Ji-woo Hye-jin Su-bin Eun-ji Ha-eun', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim'],
  vi: ['Minh Quang Tuấn Đức Huy Khoa', 'Lan Thảo Hương Ngọc Linh Trang', 'Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ'],
  ph: ['Jericho Rommel Arnel Jomar Paolo Nestor', 'Maricel Rowena Lovely Precious Jhoanna Marites', 'Dela_Cruz Bautista Mercado Villanueva Ramos Aquino Soriano Macaraeg Dimaculangan Tolentino'],
  ng: ['Oluwaseun Chinedu Emeka Tunde Obinna Babatunde', 'Ngozi Chiamaka Adaeze Folake Blessing Funmilayo', 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Chukwu Afolabi'],
  gh: ['Kwame Kofi Kwabena Otieno Kipchoge Baraka', 'Akosua Ama Abena Wanjiru Achieng Nia', 'Mensah Asante Boateng Owusu Mwangi Odhiambo Kamau Wanjala Njoroge Appiah'],
  ru: ['Dmitri Sergei Aleksandr Oleksandr Taras Mykola', 'Svetlana Natalia Olena Tetiana Irina Oksana', 'Ivanov Smirnova Petrenko Kovalenko Shevchenko Sokolov Bondarenko Morozova Volkov Tkachenko'],
  cz: ['Jiří Tomáš Zoltán László Bogdan Mihai', 'Petra Lenka Zsófia Katalin Ioana Andreea', 'Novák Dvořák Svoboda Nagy Kovács Szabó Popescu Ionescu Dumitru Constantin'],
  he: ['Yosef Avi Eitan Noam Itai Uri', 'Tamar Noa Shira Yael Michal Orly', 'Cohen Levi Mizrahi Peretz Biton Friedman Katz Ben-David Shapiro Avraham'],
};
const split = (s: string): string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));
const CULTURES: Readonly<Record<string, { m: string[]; f: string[]; s: string[] }>> = Object.fromEntries(
  Object.entries(CULT).map(([k, [m, f, s]]) => [k, { m: split(m), f: split(f), s: split(s) }]),
);
const CULTURE_KEYS = Object.keys(CULT);
const JA_S = split('山田 佐藤 鈴木 高橋 田中 渡辺 伊藤 中村 小林 加藤 吉田 山本');
const JA_G = split('太郎 花子 美咲 健太 陽菜 翔太 結衣 大輔 さくら 直樹 由美 拓海');
const KO_S = split('김 이 박 최 정 강 조 윤 장 임');
const KO_G = split('민준 서연 지훈 하은 도윤 수빈 예준 지민 현우 은지');

type C = 'GB' | 'US' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'IE' | 'AU' | 'CA' | 'BE' | 'AT' | 'CH' | 'PL' | 'PT' | 'SE' | 'BR' | 'IN';
const LOCAL: Readonly<Record<C, readonly string[]>> = {
  GB: ['en', 'en', 'sc', 'ie', 'hi', 'ta', 'ng', 'pl', 'zh', 'ar'],
  US: ['us', 'us', 'en', 'mx', 'zh', 'ko', 'vi', 'ph', 'he', 'ng'],
  DE: ['de', 'de', 'tr', 'pl', 'ru', 'gr', 'ar'],
  FR: ['fr', 'fr', 'ar', 'vi', 'gh', 'pt'],
  ES: ['es', 'es', 'ar', 'cz', 'mx'],
  IT: ['it', 'it', 'cz', 'zh', 'ar'],
  NL: ['nl', 'nl', 'tr', 'ar', 'gh'],
  IE: ['ie', 'ie', 'en', 'pl', 'ng'],
  AU: ['en', 'en', 'zh', 'gr', 'vi', 'hi'],
  CA: ['us', 'en', 'fr', 'zh', 'ph', 'ta'],
  BE: ['fr', 'nl', 'ar', 'it'],
  AT: ['de', 'de', 'cz', 'tr'],
  CH: ['de', 'fr', 'it', 'pt'],
  PL: ['pl', 'pl', 'ru'],
  PT: ['pt', 'pt', 'gh'],
  SE: ['sv', 'sv', 'fi', 'fa', 'ar', 'no'],
  BR: ['pt', 'pt', 'ja', 'it'],
  IN: ['hi', 'hi', 'ta'],
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly fem: boolean;
}
const full = (p: Person): string => `${p.g} ${p.s}`;

function person(r: Rng, c: C = 'GB'): Person {
  const key = r.chance(0.7) ? r.pick(LOCAL[c]) : r.pick(CULTURE_KEYS);
  const cu = CULTURES[key] ?? CULTURES.en;
  if (!cu) throw new Error('no culture');
  const fem = r.chance(0.5);
  return { g: r.pick(fem ? cu.f : cu.m), s: r.pick(cu.s), fem };
}

/** A free-form mention of a person (the label value). */
function nameForm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.5) return full(p);
  if (x < 0.58) return `${p.s}, ${p.g}`;
  if (x < 0.68) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.76) return full(p).toUpperCase();
  if (x < 0.81) return full(p).toLowerCase();
  if (x < 0.91) return p.g;
  return p.s;
}

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'sv';
const LANG: Readonly<Record<C, Lang>> = {
  GB: 'en', US: 'en', IE: 'en', AU: 'en', CA: 'en', IN: 'en', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr',
  ES: 'es', IT: 'it', NL: 'nl', PT: 'pt', BR: 'pt', PL: 'pl', SE: 'sv',
};
function hon(r: Rng, p: Person, c: C): string {
  const dot = c === 'US' || c === 'CA' ? '.' : '';
  switch (LANG[c]) {
    case 'de': return p.fem ? 'Frau' : 'Herr';
    case 'fr': return p.fem ? r.pick(['Mme', 'Madame']) : r.pick(['M.', 'Monsieur']);
    case 'es': return p.fem ? 'Sra.' : 'Sr.';
    case 'it': return p.fem ? 'Sig.ra' : 'Sig.';
    case 'nl': return p.fem ? r.pick(['mevrouw', 'mevr.']) : r.pick(['meneer', 'dhr.']);
    case 'pt': return p.fem ? 'Sra.' : 'Sr.';
    case 'pl': return p.fem ? 'Pani' : 'Pan';
    case 'sv': return '';
    default: return (p.fem ? r.pick(['Mrs', 'Ms', 'Miss', 'Dr']) : r.pick(['Mr', 'Mr', 'Dr'])) + dot;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Numbers, dates, contact details.
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const L = (r: Rng, n: number, set = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const hex = (r: Rng, n: number): string => L(r, n, '0123456789abcdef');
const money = (r: Rng, sym: string): string => `${sym}${r.int(12, 2400)}.${r.digits(2)}`;

const MONTHS: Readonly<Record<Lang | 'at', readonly string[]>> = {
  en: split('January February March April May June July August September October November December'),
  de: split('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  at: split('Jänner Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: split('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: split('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: split('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: split('januari februari maart april mei juni juli augustus september oktober november december'),
  pt: split('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  pl: split('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  sv: split('januari februari mars april maj juni juli augusti september oktober november december'),
};
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date written the way `c` writes it. */
function fmtDate(r: Rng, c: C | 'ISO' | 'JP', y: number, m: number, d: number): string {
  const dd = pad(d), mm = pad(m);
  const mon = (k: Lang | 'at'): string => MONTHS[k][m - 1] ?? '';
  switch (c) {
    case 'ISO': return `${y}-${mm}-${dd}`;
    case 'JP': return r.chance(0.6) ? `${y}年${m}月${d}日` : `${y}/${mm}/${dd}`;
    case 'US': return r.pick([`${mm}/${dd}/${y}`, `${mon('en')} ${d}, ${y}`, `${m}/${d}/${y}`, `${mon('en').slice(0, 3)}. ${d}, ${y}`]);
    case 'CA': return r.pick([`${y}-${mm}-${dd}`, `${mon('en')} ${d}, ${y}`]);
    case 'GB': case 'IE': case 'AU': case 'IN':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('en')} ${y}`, `${dd}/${mm}/${y}`, `${d} ${mon('en').slice(0, 3)} ${y}`, `${dd}.${mm}.${y}`]);
    case 'DE': case 'CH': return r.pick([`${dd}.${mm}.${y}`, `${d}. ${mon('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'AT': return r.pick([`${dd}.${mm}.${y}`, `${d}. ${mon('at')} ${y}`]);
    case 'FR': case 'BE': return r.pick([`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr')} ${y}`]);
    case 'ES': return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('es')} de ${y}`, `${d}-${mm}-${y}`]);
    case 'IT': return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('it')} ${y}`]);
    case 'NL': return r.pick([`${dd}-${mm}-${y}`, `${d} ${mon('nl')} ${y}`]);
    case 'PT': case 'BR': return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('pt')} de ${y}`]);
    case 'PL': return r.pick([`${dd}.${mm}.${y}`, `${d} ${mon('pl')} ${y}`]);
    case 'SE': return r.pick([`${y}-${mm}-${dd}`, `${d} ${mon('sv')} ${y}`]);
  }
}
const dob = (r: Rng, c: C | 'ISO' | 'JP'): string => fmtDate(r, c, r.int(1934, 2005), r.int(1, 12), r.int(1, 28));
const day = (r: Rng, c: C | 'ISO' | 'JP'): string => fmtDate(r, c, r.int(2023, 2025), r.int(1, 12), r.int(1, 28));
const stamp = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
/** Increasing hh:mm:ss times for one transcript. */
function ticker(r: Rng): () => string {
  let t = r.int(6 * 3600, 20 * 3600);
  return () => {
    t += r.int(4, 140);
    return `${pad(Math.floor(t / 3600) % 24)}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
  };
}
const clock = (r: Rng): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;

const g2 = (r: Rng): string => r.digits(2);
const US_AREA = split('614 520 919 509 518 208 608 912 970 978 402 541 415 713 305 312 206 303 512 801');
const CA_AREA = split('416 647 613 514 438 403 604 902 204 306');

/** A phone number as written in `c`: kind m = mobile, l = landline, s = service line. */
function phone(r: Rng, c: C, kind: 'm' | 'l' | 's' = r.pick(['m', 'm', 'l'])): string {
  const D = (n: number): string => r.digits(n);
  switch (c) {
    case 'GB':
      if (kind === 's') return `${r.pick(['0800', '0345', '0330', '0808'])} ${D(3)} ${D(4)}`;
      if (kind === 'l') return r.pick([`020 ${r.pick(['7', '8', '3'])}${D(3)} ${D(4)}`, `0${r.pick(['113', '114', '117', '121', '131', '141', '161', '191'])} ${D(3)} ${D(4)}`, `01${D(3)} ${D(6)}`]);
      { const m = `7${r.pick(['4', '5', '7', '8', '9'])}${D(2)}`; return r.pick([`0${m} ${D(6)}`, `+44 ${m} ${D(6)}`, `0${m} ${D(3)} ${D(3)}`, `+44 (0)${m} ${D(3)}${D(3)}`]); }
    case 'US': case 'CA': {
      if (kind === 's') return r.pick([`1-800-${nz(r, 3)}-${D(4)}`, `(888) ${nz(r, 3)}-${D(4)}`, `1-877-${nz(r, 3)}-${D(4)}`]);
      const a = r.pick(c === 'US' ? US_AREA : CA_AREA), e = nz(r, 3), n = D(4);
      return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `1-${a}-${e}-${n}`, `(${a}) ${e}-${n}`]);
    }
    case 'DE':
      if (kind === 's') return `0800 ${D(3)} ${D(4)}`;
      if (kind === 'm') { const p = `1${r.pick(['51', '52', '57', '60', '62', '70', '71', '76'])}`; return r.pick([`0${p} ${D(7)}`, `+49 ${p} ${D(7)}`, `0${p} / ${D(3)} ${D(4)}`, `+49 (0)${p} ${D(8)}`]); }
      { const a = r.pick(['30', '40', '89', '221', '341', '561', '251', '941', '431', '761']); return r.pick([`0${a} ${D(7)}`, `+49 ${a} ${D(7)}`, `0${a} / ${D(6)}`, `(0${a}) ${D(3)} ${D(2)} ${D(2)}`]); }
    case 'FR': {
      const p = kind === 's' ? '09 69' : kind === 'm' ? `0${r.pick(['6', '7'])} ${g2(r)}` : `0${r.int(1, 5)} ${g2(r)}`;
      const rest = `${g2(r)} ${g2(r)} ${g2(r)}`;
      return kind !== 's' && r.chance(0.35) ? `+33 ${p.slice(1)} ${rest}` : `${p} ${rest}`;
    }
    case 'ES':
      if (kind === 's') return `900 ${D(3)} ${D(3)}`;
      return kind === 'm' ? r.pick([`6${D(2)} ${D(3)} ${D(3)}`, `+34 6${D(2)} ${D(3)} ${D(3)}`, `6${D(8)}`]) : r.pick([`91 ${D(3)} ${D(2)} ${D(2)}`, `+34 93 ${D(3)} ${D(2)} ${D(2)}`, `96 ${D(3)} ${D(4)}`]);
    case 'IT':
      if (kind === 's') return `800 ${D(3)} ${D(3)}`;
      return kind === 'm' ? r.pick([`3${r.pick(['47', '48', '33', '35', '39', '20', '28'])} ${D(3)} ${D(4)}`, `+39 3${r.pick(['47', '39', '28'])} ${D(7)}`]) : r.pick([`02 ${D(4)} ${D(4)}`, `06 ${D(8)}`, `+39 011 ${D(7)}`, `051 ${D(6)}`]);
    case 'NL':
      if (kind === 's') return `0800-${D(4)}`;
      return kind === 'm' ? r.pick([`06-${D(8)}`, `+31 6 ${D(4)} ${D(4)}`, `06 ${g2(r)} ${g2(r)} ${g2(r)} ${g2(r)}`]) : r.pick([`020-${D(3)} ${D(4)}`, `030 ${D(3)} ${D(4)}`, `+31 10 ${D(3)} ${D(4)}`]);
    case 'IE':
      if (kind === 's') return `1800 ${D(3)} ${D(3)}`;
      { const m = `8${r.pick(['3', '5', '6', '7', '9'])}`; return kind === 'm' ? r.pick([`0${m} ${D(3)} ${D(4)}`, `+353 ${m} ${D(3)} ${D(4)}`, `0${m}-${D(7)}`]) : r.pick([`(01) ${D(3)} ${D(4)}`, `021 ${D(3)} ${D(4)}`, `+353 91 ${D(6)}`]); }
    case 'AU':
      if (kind === 's') return r.pick([`13 ${D(2)} ${D(2)}`, `1300 ${D(3)} ${D(3)}`, `1800 ${D(3)} ${D(3)}`]);
      return kind === 'm' ? r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `04${D(8)}`]) : r.pick([`(0${r.pick(['2', '3', '7', '8'])}) ${D(4)} ${D(4)}`, `+61 2 ${D(4)} ${D(4)}`]);
    case 'BE':
      return kind === 'm' ? r.pick([`04${r.int(7, 9)}${D(1)} ${g2(r)} ${g2(r)} ${g2(r)}`, `+32 4${r.int(7, 9)}${D(1)} ${g2(r)} ${g2(r)} ${g2(r)}`]) : `02 ${D(3)} ${g2(r)} ${g2(r)}`;
    case 'AT':
      return kind === 'm' ? r.pick([`+43 6${r.pick(['64', '60', '76', '99'])} ${D(7)}`, `06${r.pick(['64', '60', '76'])} ${D(3)} ${D(4)}`]) : r.pick([`01 ${D(3)} ${g2(r)} ${g2(r)}`, `+43 1 ${D(7)}`, `0316 ${D(6)}`]);
    case 'CH':
      return kind === 'm' ? r.pick([`+41 7${r.int(6, 9)} ${D(3)} ${g2(r)} ${g2(r)}`, `07${r.int(6, 9)} ${D(3)} ${g2(r)} ${g2(r)}`]) : r.pick([`044 ${D(3)} ${g2(r)} ${g2(r)}`, `+41 31 ${D(3)} ${g2(r)} ${g2(r)}`]);
    case 'PL':
      return kind === 'm' ? r.pick([`+48 ${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)}-${D(3)}-${D(3)}`]) : `22 ${D(3)} ${g2(r)} ${g2(r)}`;
    case 'PT':
      return kind === 'm' ? r.pick([`9${r.pick(['1', '2', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`, `+351 9${r.pick(['1', '2', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`]) : r.pick([`21${D(1)} ${D(3)} ${D(3)}`, `22${D(1)} ${D(3)} ${D(3)}`]);
    case 'SE':
      return kind === 'm' ? r.pick([`07${r.pick(['0', '2', '3', '6'])}-${D(3)} ${g2(r)} ${g2(r)}`, `+46 7${r.pick(['0', '2', '3', '6'])} ${D(3)} ${g2(r)} ${g2(r)}`]) : r.pick([`08-${D(3)} ${D(3)} ${g2(r)}`, `031-${D(2)} ${D(2)} ${D(2)}`]);
    case 'BR':
      return r.pick([`(${r.pick(['11', '21', '31', '41', '81'])}) 9${D(4)}-${D(4)}`, `+55 ${r.pick(['11', '21', '51'])} 9${D(4)}-${D(4)}`, `(11) ${r.int(2, 5)}${D(3)}-${D(4)}`]);
    case 'IN':
      return r.pick([`+91 ${r.int(7, 9)}${D(4)} ${D(5)}`, `0${r.int(7, 9)}${D(4)} ${D(5)}`, `${r.int(7, 9)}${D(9)}`, `080-${D(8)}`]);
  }
}
const jpPhone = (r: Rng): string => r.pick([`0${r.pick(['70', '80', '90'])}-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`]);
const krPhone = (r: Rng): string => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `+82 10 ${r.digits(4)} ${r.digits(4)}`]);
const maskedPhone = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `+49 *** ****${r.digits(3)}`, `(•••) •••-${r.digits(4)}`, `06 ** ** ** ${g2(r)}`]);

const WORDS = split('zero one two three four five six seven eight nine');
/** A number read out: "oh seven seven double four, nine one two…" (groups follow the written grouping). */
function speakNum(r: Rng, written: string): string {
  const oh = r.chance(0.6);
  const groups = written.replace(/^\+/, 'plus ').replace(/[()]/g, '').split(/[\s\-./]+/).filter(Boolean);
  const out: string[] = [];
  for (const g of groups) {
    if (g === 'plus') { out.push('plus'); continue; }
    const w: string[] = [];
    for (let i = 0; i < g.length; i++) {
      const ch = g.charAt(i);
      const word = ch === '0' && oh ? 'oh' : (WORDS[Number(ch)] ?? ch);
      if (g.charAt(i + 1) === ch && r.chance(0.6)) { w.push(`double ${word}`); i++; } else w.push(word);
    }
    out.push(w.join(' '));
  }
  const joined = out.join(r.pick([', ', ' ', ' … ']));
  return joined.replace(/^plus, /, 'plus ').replace(/^plus … /, 'plus ');
}
/** Digits read back one at a time: "0-7-7-0-0, 9-1-2…". */
const dashDigits = (written: string): string => written.replace(/[^\d\s]/g, '').trim().split(/\s+/).map((g) => g.split('').join('-')).join(', ');

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ıİ]/g, 'i').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[ðđĐ]/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').toLowerCase().replace(/[^a-z0-9]/g, '');
const MAILHOST: Readonly<Record<C, readonly string[]>> = {
  GB: ['gmail.com', 'btinternet.com', 'sky.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'],
  US: ['gmail.com', 'comcast.net', 'att.net', 'yahoo.com', 'outlook.com', 'proton.me'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  ES: ['hotmail.es', 'gmail.com', 'telefonica.net', 'yahoo.es'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  IE: ['eircom.net', 'gmail.com', 'outlook.ie'],
  AU: ['bigpond.com', 'optusnet.com.au', 'gmail.com'],
  CA: ['shaw.ca', 'rogers.com', 'gmail.com', 'videotron.ca'],
  BE: ['skynet.be', 'telenet.be', 'gmail.com'],
  AT: ['aon.at', 'gmx.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
  PL: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
  PT: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
  SE: ['telia.com', 'bredband.net', 'gmail.com'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
  IN: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
};
function email(r: Rng, p: Person, c: C): string {
  const g = fold(p.g) || 'user', s = fold(p.s) || 'mail';
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(60, 2005)}`, `${g}.${s.charAt(0)}`, `${s}${g.charAt(0)}${r.digits(2)}`]);
  return `${local}@${r.pick(MAILHOST[c])}`;
}
/** An address read out: "priya dot nair at outlook dot com". */
const speakEmail = (e: string): string => e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ').replace(/\s+/g, ' ').trim();

// Invented providers (some deliberately named after people: brands are not PERSON).
const CO: Readonly<Record<C, readonly string[]>> = {
  GB: ['Northfold Energy', 'Kestrel Power', 'Halden Gas & Electric', 'Brightwater Utilities', 'Severnside Water', 'Corvid Telecom', 'FibreLink UK', 'Faraday Home Energy'],
  US: ['Tri-County Electric Cooperative', 'Lakeshore Gas Co.', 'Red Mesa Power', 'Pinewood Water District', 'Skyline Wireless', 'Northstar Cable', 'Edison Valley Light & Power'],
  DE: ['Stadtwerke Altheim', 'Rheinau Energie GmbH', 'NordNetz Telekom', 'Sonnwerk Strom GmbH', 'Stadtwerke Kellingen'],
  FR: ['Lumen Énergie', 'Hexagaz', 'Fibralis Télécom', 'Eaux du Val-Marin', 'Ampère Direct'],
  ES: ['Enerxia Comercializadora', 'Aguas del Sur', 'Telcora Móvil', 'Luzmar Energía'],
  IT: ['Luce Italia Servizi', 'Gasnova S.p.A.', 'Rete Fibra Nord', 'Volta Energia'],
  NL: ['Polderstroom', 'Dijkwater Energie', 'Klik Glasvezel'],
  IE: ['Corrib Energy', 'Liffey Power', 'Emerald Broadband'],
  AU: ['Southern Cross Energy', 'Wattle Power', 'Outback Telco'],
  CA: ['Maple Hydro', 'Prairie Gas', 'Cascade Telecom'],
  BE: ['Énergie Meuse', 'Scheldt Energie'],
  AT: ['Donaustrom', 'Alpenwerk Energie'],
  CH: ['Aarewerke', 'Helvetel'],
  PL: ['Wisła Energia', 'Polnet Telekom'],
  PT: ['Tejo Energia', 'Luznorte'],
  SE: ['Norrsken Energi', 'Fjordnät'],
  BR: ['Paulista Energia', 'Luz do Vale'],
  IN: ['Deccan Power Distribution', 'Kaveri Telecom'],
};
const TLD: Readonly<Record<C, string>> = {
  GB: 'co.uk', US: 'com', DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', IE: 'ie', AU: 'com.au', CA: 'ca', BE: 'be',
  AT: 'at', CH: 'ch', PL: 'pl', PT: 'pt', SE: 'se', BR: 'com.br', IN: 'in',
};
const coDomain = (co: string, c: C): string => `${fold(co.split(/\s/)[0] ?? co).slice(0, 14) || 'energy'}-${fold(co.split(/\s/)[1] ?? 'net').slice(0, 8)}.${TLD[c]}`;
const roleMail = (r: Rng, co: string, c: C): string => `${r.pick(['billing', 'support', 'kundenservice', 'service', 'collections', 'complaints', 'noreply', 'meters', 'moving'])}@${coDomain(co, c)}`;

// ---------------------------------------------------------------------------------------------------------
// Postal addresses, as lines.
const PC_L = 'ABDEFGHJLNPQRSTUWXYZ';
function addr(r: Rng, c: C): string[] {
  const n = r.int(1, 240);
  switch (c) {
    case 'GB': {
      const [town, area] = r.pick([['Hebden Bridge', 'HX'], ['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Belfast', 'BT'], ['Exeter', 'EX'], ['Sheffield', 'S'], ['Derby', 'DE'], ['Truro', 'TR'], ['Aberdeen', 'AB'], ['Kendal', 'LA']] as const);
      const st = r.pick(['Larch Close', 'Wellington Road', 'Mill Lane', 'Station Road', 'Cromwell Grove', 'Ashby Crescent', 'Tanners Row', 'Priory Walk', 'Hawthorn Avenue', 'Quarry Bank', 'Foundry Lane', 'Nelson Terrace']);
      const pc = `${area}${r.int(1, 29)} ${r.int(0, 9)}${L(r, 2, PC_L)}`;
      const lines = [`${n} ${st}`, town, pc];
      if (r.chance(0.3)) lines.unshift(r.pick([`Flat ${r.int(1, 24)}`, `Flat ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}`, r.pick(['Rosebank Cottage', 'The Old Forge', 'Kiln House'])]));
      if (r.chance(0.15)) lines.push('United Kingdom');
      return lines;
    }
    case 'US': {
      const [city, st, z] = r.pick([['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Fort Collins', 'CO', '805'], ['Lowell', 'MA', '018'], ['Omaha', 'NE', '681'], ['Eugene', 'OR', '974']] as const);
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Ridge', 'W Elm', 'Lincoln', 'Cedar Hollow', 'N Grant', 'Sycamore', 'Old Mill', 'Prospect', 'E 14th', 'Juniper'])} ${r.pick(['Dr', 'St', 'Ave', 'Blvd', 'Ln', 'Ct', 'Rd'])}`;
      const unit = r.chance(0.3) ? r.pick([` Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, ` Unit ${r.int(100, 450)}`, ` #${r.int(2, 30)}`]) : '';
      return [`${street}${unit}`, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`];
    }
    case 'CA': {
      const [city, pv, fl] = r.pick([['Toronto', 'ON', 'M'], ['Ottawa', 'ON', 'K'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Vancouver', 'BC', 'V'], ['Halifax', 'NS', 'B'], ['Winnipeg', 'MB', 'R']] as const);
      const pc = `${fl}${r.int(1, 9)}${L(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')} ${r.int(0, 9)}${L(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`;
      const st = pv === 'QC' ? `${n} rue ${r.pick(['Saint-Denis', 'des Érables', 'Beaubien Est'])}` : `${n} ${r.pick(['Bathurst St', 'Elgin Ave', 'Kingsway', 'Queen St W', 'Portage Ave'])}`;
      return [r.chance(0.3) ? `${r.int(101, 2405)}-${st}` : st, `${city} ${pv}  ${pc}`.replace('  ', r.pick([' ', '  ']))];
    }
    case 'DE': {
      const [city, plz] = r.pick([['Berlin', '10'], ['Leipzig', '04'], ['Köln', '50'], ['Freiburg im Breisgau', '79'], ['Kassel', '34'], ['Münster', '48'], ['Regensburg', '93'], ['Kiel', '24']] as const);
      const st = `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Hauptstr.', 'Kirchweg', 'Bahnhofstraße', 'Schillerplatz', 'Birkenallee', 'Rosenweg', 'Industriestraße'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`;
      const lines = [st, `${plz}${r.digits(3)} ${city}`];
      if (r.chance(0.15)) lines.unshift(r.pick([`Whg. ${r.int(1, 12)}`, 'Hinterhaus, 2. OG']));
      return lines;
    }
    case 'AT': {
      const [city, plz] = r.pick([['Wien', '1070'], ['Graz', '8010'], ['Linz', '4020'], ['Salzburg', '5020'], ['Innsbruck', '6020']] as const);
      return [`${r.pick(['Mariahilfer Straße', 'Herrengasse', 'Landstraßer Hauptstraße', 'Kaiserfeldgasse'])} ${r.int(1, 120)}/${r.int(1, 24)}`, `${plz} ${city}`];
    }
    case 'CH': {
      const [city, plz] = r.pick([['Zürich', '8001'], ['Bern', '3011'], ['Basel', '4051'], ['Lausanne', '1003'], ['Luzern', '6003'], ['Genève', '1204']] as const);
      return [`${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Rue du Marché', 'Spitalgasse'])} ${r.int(1, 90)}`, `${plz} ${city}`];
    }
    case 'FR': {
      const [city, cp] = r.pick([['Lyon', `6900${r.int(1, 9)}`], ['Nantes', '44000'], ['Toulouse', '31000'], ['Lille', '59000'], ['Rennes', '35000'], ['Montpellier', '34000'], ['Grenoble', '38000'], ['Bordeaux', '33000']] as const);
      const lines = [`${n}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'chemin du Moulin', 'place de la République', 'allée des Cerisiers', 'rue Victor Hugo'])}`, `${cp} ${city}`];
      if (r.chance(0.25)) lines.unshift(`Bât. ${r.pick(['A', 'B', 'C'])}, appt ${r.int(1, 60)}`);
      return lines;
    }
    case 'BE': {
      const [city, cp] = r.pick([['Bruxelles', '1000'], ['Gent', '9000'], ['Liège', '4000'], ['Antwerpen', '2000'], ['Namur', '5000'], ['Etterbeek', '1040']] as const);
      return [`${r.pick(['Rue de la Loi', 'Kerkstraat', 'Chaussée de Waterloo', 'Avenue Louise', 'Meir', 'Rue Haute'])} ${r.int(1, 300)}${r.chance(0.3) ? ` bte ${r.int(1, 20)}` : ''}`, `${cp} ${city}`];
    }
    case 'ES': {
      const [city, cp] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Zaragoza', '500']] as const);
      return [`${r.pick(['Calle de Toledo', 'Avenida de América', 'Calle Mayor', 'Paseo de la Castellana', 'Carrer de Mallorca', 'Calle San Vicente', 'Ronda de Segovia'])} ${r.int(1, 200)}, ${r.pick(['3º B', '2º izq.', 'bajo', '5º 2ª', '1º D'])}`, `${cp}${r.digits(2)} ${city}`];
    }
    case 'IT': {
      const [city, pr, cap] = r.pick([['Milano', 'MI', '201'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Napoli', 'NA', '801'], ['Firenze', 'FI', '501'], ['Bari', 'BA', '701']] as const);
      return [`${r.pick(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour', 'Viale Mazzini', 'Via della Spiga'])} ${r.int(1, 180)}${r.chance(0.2) ? '/B' : ''}`, `${cap}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${pr})` : pr}`];
    }
    case 'NL': {
      const [city, pc] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Groningen', '97'], ['Eindhoven', '56'], ['Haarlem', '20']] as const);
      return [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Kerkstraat', 'Van Goghlaan', 'Molenweg', 'Prinsengracht', 'Julianastraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' A', '-hs'])}`, `${pc}${r.digits(2)} ${L(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${city}`];
    }
    case 'IE': {
      const [town, rk] = r.pick([['Dublin 3', 'D03'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'], ['Sligo', 'F91'], ['Kilkenny', 'R95']] as const);
      const lines = [`${n} ${r.pick(['Seafield Road', 'Main Street', 'Church View', 'Ashgrove Park', 'Bóthar na Trá', 'Castle Lawns'])}`, town, `${rk} ${L(r, 4, 'ACDEFHKNPRTVWXY0123456789')}`];
      if (r.chance(0.3)) lines.unshift(`Apt ${r.int(1, 30)}`);
      return lines;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Marrickville', 'NSW', '2204'], ['Fitzroy', 'VIC', '3065'], ['Paddington', 'QLD', '4064'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']] as const);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}, ` : ''}${n} ${r.pick(['Banksia', 'Illawarra', 'Gertrude', 'Wattle', 'Jacaranda'])} ${r.pick(['St', 'Rd', 'Ave', 'Pde', 'Cres', 'Tce'])}`, `${sub} ${st} ${pc}`];
    }
    case 'PL': {
      const [city, pc] = r.pick([['Warszawa', '00'], ['Kraków', '30'], ['Gdańsk', '80'], ['Wrocław', '50'], ['Poznań', '60']] as const);
      return [`ul. ${r.pick(['Długa', 'Marszałkowska', 'Kwiatowa', 'Mickiewicza', 'Polna', 'Lipowa'])} ${r.int(1, 99)}${r.chance(0.6) ? `/${r.int(1, 80)}` : ''}`, `${pc}-${r.digits(3)} ${city}`];
    }
    case 'PT': {
      const [city, cp] = r.pick([['Lisboa', '1'], ['Porto', '4'], ['Braga', '47'], ['Coimbra', '30'], ['Faro', '80']] as const);
      return [`${r.pick(['Rua do Almada', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 300)}, ${r.pick(['2.º Esq.', '1.º Dto.', 'r/c', '4.º B'])}`, `${cp}${r.digits(4 - cp.length)}-${r.digits(3)} ${city}`];
    }
    case 'SE': {
      const [city, pc] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75'], ['Umeå', '90']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Björkvägen', 'Kungsgatan'])} ${r.int(1, 80)}${r.pick(['', 'B', ' lgh 1102'])}`, `${pc}${r.digits(1)} ${r.digits(2)} ${city}`];
    }
    case 'BR': {
      const [city, uf, cep] = r.pick([['São Paulo', 'SP', '01'], ['Rio de Janeiro', 'RJ', '22'], ['Belo Horizonte', 'MG', '30'], ['Curitiba', 'PR', '80'], ['Recife', 'PE', '50']] as const);
      return [`${r.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro'])}, ${r.int(10, 2500)}${r.chance(0.5) ? `, apto ${r.int(11, 204)}` : ''}`, `${r.pick(['Centro', 'Consolação', 'Boa Viagem', 'Savassi'])}, ${city} - ${uf}`, `${cep}${r.digits(3)}-${r.digits(3)}`];
    }
    case 'IN': {
      const [city, pin, stt] = r.pick([['Bengaluru', '5600', 'Karnataka'], ['Chennai', '6000', 'Tamil Nadu'], ['Pune', '4110', 'Maharashtra'], ['Hyderabad', '5000', 'Telangana']] as const);
      return [`Flat ${r.int(101, 904)}, ${r.pick(['Shanti Apartments', 'Green Meadows', 'Sai Residency'])}`, `${r.int(1, 18)}th Cross, ${r.pick(['Indiranagar', 'Adyar', 'Kothrud', 'Madhapur'])}`, `${city} ${pin}${r.digits(2)}, ${stt}`];
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs.
function luhnDigit(payload: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(payload + d)) return String(d);
  throw new Error('luhn');
}
function cardDigits(r: Rng): string {
  const kind = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'up', 'visa19']);
  let pre: string, len: number;
  switch (kind) {
    case 'visa': pre = '4'; len = 16; break;
    case 'visa19': pre = '4'; len = 19; break;
    case 'mc': pre = `5${r.int(1, 5)}`; len = 16; break;
    case 'mc2': pre = String(r.int(2221, 2720)); len = 16; break;
    case 'amex': pre = r.pick(['34', '37']); len = 15; break;
    case 'disc': pre = r.pick(['6011', '65', String(r.int(644, 649))]); len = 16; break;
    case 'jcb': pre = String(r.int(3528, 3589)); len = 16; break;
    case 'diners': pre = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; break;
    default: pre = '62'; len = r.pick([16, 19]); break;
  }
  const payload = pre + r.digits(len - pre.length - 1);
  return payload + luhnDigit(payload);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : d.length === 13 ? [4, 4, 5] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) { out.push(d.slice(i, i + s)); i += s; }
  return out.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + last);
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);

const BANKS: Readonly<Record<string, readonly string[]>> = { GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB'] };
function bban(r: Rng, cc: string): string {
  switch (cc) {
    case 'GB': case 'IE': return r.pick(BANKS[cc] ?? ['XXXX']) + r.digits(14);
    case 'NL': return r.pick(BANKS.NL ?? ['ABNA']) + r.digits(10);
    case 'IT': return L(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(22);
    default: return r.digits((IBAN_LENGTHS[cc] ?? 22) - 4);
  }
}
function ibanCompact(r: Rng, cc: string): string {
  const b = bban(r, cc);
  const num = (b + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const iban = cc + pad(98 - rem) + b;
  if (!ibanMod97Valid(iban) || iban.length !== IBAN_LENGTHS[cc]) throw new Error(`iban ${iban}`);
  return iban;
}
function fmtIban(r: Rng, compact: string): string {
  const x = r.next();
  const grouped = compact.replace(/(.{4})/g, '$1 ').trim();
  if (x < 0.55) return grouped;
  if (x < 0.85) return compact;
  return r.chance(0.5) ? grouped.toLowerCase() : compact.toLowerCase();
}
const iban = (r: Rng, cc: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng, cc: string): string {
  const v = ibanCompact(r, cc);
  const i = r.int(v.length - 6, v.length - 1);
  const ch = v.charAt(i);
  return fmtIban(r, v.slice(0, i) + String((Number(ch) + r.int(1, 9)) % 10) + v.slice(i + 1));
}
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const v = [pad(area, 3), pad(r.int(1, 99)), pad(r.int(1, 9999), 4)];
  const x = r.next();
  return x < 0.75 ? v.join('-') : x < 0.88 ? v.join(' ') : v.join('');
}
const badSsn = (r: Rng): string => r.pick([`000-${pad(r.int(1, 99))}-${r.digits(4)}`, `666-${pad(r.int(10, 99))}-${r.digits(4)}`, `9${r.digits(2)}-7${r.int(0, 9)}-${r.digits(4)}`, `${r.int(100, 800)}-00-${r.digits(4)}`]);
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);

function ipv4(r: Rng, kind: 'pub' | 'lan' | 'any' = 'any'): string {
  const k = kind === 'any' ? r.pick(['pub', 'pub', 'lan']) : kind;
  if (k === 'lan') return r.pick([`192.168.${r.pick([0, 1, 1, 178, 100])}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  return `${r.pick([81, 86, 92, 109, 151, 176, 188, 203, 24, 73, 98, 100, 185, 212, 84, 2, 31, 62, 145])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const x = r.next();
  if (x < 0.3) return `${r.pick(['2a02', '2001', '2a00', '2600', '2a01'])}:${h()}:${h()}:${h()}::${h()}`;
  if (x < 0.55) return `fe80::${h()}:${hex(r, 2)}ff:fe${hex(r, 2)}:${h()}`;
  if (x < 0.8) return [r.pick(['2a02', '2001', '2a0a', '2604']), h(), h(), h(), h(), h(), h(), h()].join(':');
  return `${r.pick(['2a02', '2001', '2a00'])}:${h()}:${h()}::${r.int(1, 9)}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));
const mac = (r: Rng): string => Array.from({ length: 6 }, () => hex(r, 2).toUpperCase()).join(':');

// ---------------------------------------------------------------------------------------------------------
// Distractors.
const mpan = (r: Rng): string => r.pick([`${r.int(10, 23)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, `${r.int(10, 23)}${r.digits(11)}`, `S 0${r.int(1, 5)} 8${r.digits(2)} ${r.digits(3)} ${r.int(10, 23)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`]);
const mprn = (r: Rng): string => nz(r, r.int(7, 10));
const meterSerial = (r: Rng): string => r.pick([`${r.pick(['E', 'K', 'L', 'Z'])}${r.digits(2)}${r.pick(['A', 'B', 'P', 'W'])}${r.digits(7)}`, `${r.int(10, 24)}M${r.digits(7)}`, `1${r.pick(['ESY', 'LGZ', 'ITF'])}${r.digits(8)}`, `${r.digits(2)}${L(r, 1)}${r.digits(8)}`]);
const acct = (r: Rng): string => r.pick([`${r.digits(4)}-${r.digits(5)}-${r.digits(2)}`, `A${r.digits(9)}`, nz(r, 12), `${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${L(r, 2)}${r.digits(8)}`]);
const tariff = (r: Rng): string => r.pick([`E-1R-${r.pick(['FLEX', 'FIX', 'VAR', 'EV', 'GO'])}-${r.int(22, 25)}-${pad(r.int(1, 12))}-${r.pick(['A', 'C', 'N'])}`, 'Economy 7', 'TOU-D-PRIME', `FIX${r.int(12, 36)}M-${r.int(2023, 2025)}`, 'R-1 Residential', 'PVPC 2.0TD', 'Tarif Bleu Base 6 kVA', 'Grundversorgung Strom', `SIM-ONLY-${r.int(5, 100)}GB`]);
const kwh = (r: Rng): string => `${r.int(100, 48000).toLocaleString('en-US')}${r.chance(0.5) ? `.${r.digits(1)}` : ''} kWh`;
const reading = (r: Rng): string => r.digits(r.pick([5, 6]));
const caseNo = (r: Rng): string => r.pick([`CAS-${r.int(2023, 2025)}-${r.digits(6)}`, `INC${r.digits(7)}`, `TCK-${r.digits(5)}`, `${L(r, 3)}${r.digits(6)}`, `SR#${r.digits(8)}`, `WO-${r.digits(4)}-${L(r, 2)}`]);
const version = (r: Rng): string => r.pick([`${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(10, 250)}`, `v${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 9)}-rc${r.int(1, 4)}`]);
const ein = (r: Rng): string => `${r.pick(['12', '27', '36', '45', '84', '91'])}-${r.digits(7)}`;
const routing = (r: Rng): string => `0${r.int(1, 9)}${r.digits(7)}`;
function imei(r: Rng): string {
  const p = `35${r.digits(12)}`;
  return p + luhnDigit(p);
}
const iccid = (r: Rng): string => `89${r.pick(['44', '49', '33', '01'])}${r.digits(15)}`;
const niNumber = (r: Rng): string => `${r.pick(['AB', 'CE', 'JT', 'NP', 'RK', 'SW', 'TM', 'WL', 'PX', 'HN'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`;
function dni(r: Rng): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(n % 23)}`;
}
const codFisc = (r: Rng): string => `${L(r, 6, 'BCDFGHLMNPRSTVZ')}${r.digits(2)}${r.pick(['A', 'C', 'E', 'H', 'M', 'P', 'S'])}${r.digits(2)}${r.pick(['F', 'H', 'L'])}${r.digits(3)}${L(r, 1)}`;
const cpf = (r: Rng): string => `${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`;
const creditorId = (r: Rng, cc: string): string => `${cc}${r.digits(2)}ZZZ${r.digits(cc === 'DE' ? 11 : 6)}`;
const bic = (r: Rng, cc: string): string => `${L(r, 4, 'ABCDEFGHIKLMNOPRSTUVWXYZ')}${cc}${L(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ23')}${r.chance(0.5) ? 'XXX' : ''}`;
const sortCode = (r: Rng): string => `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`;
const storm = (r: Rng): string => r.pick(['Storm Darragh', 'Storm Éowyn', 'Storm Ciarán', 'Hurricane Helene', 'Tropical Cyclone Alfred', 'Sturmtief Zeynep', 'Storm Babet', 'Tempête Eleanor']);
const meterBrand = (r: Rng): string => r.pick(['Landis+Gyr E470', 'Aclara SGM1412', 'Kaifa MA120', 'Secure Liberty 100', 'Honeywell Elster AS300P', 'Ferranti', 'Itron ACE6000', 'Kamstrup Omnipower']);
const brand = (r: Rng): string => r.pick(['Landis+Gyr E470', 'Tesla Powerwall', 'Dyson Pure Cool', 'Siemens heat pump', 'Bosch boiler', 'Philips Hue bridge', 'Hoover dryer', 'Miele washer', 'Ferranti credit meter', 'Honeywell thermostat', 'Edison smart plug', 'Marconi set-top box']);

// ---------------------------------------------------------------------------------------------------------
// Templates. Each writes one document; positives label every value they contain.
type Tpl = (r: Rng, d: Doc) => void;

/** "Mrs Okafor" / "Herr Weiß": honorific outside, surname labelled. */
function honName(r: Rng, d: Doc, p: Person, c: C): Doc {
  const h = hon(r, p, c);
  return h ? d.t(`${h} `).l('PERSON', p.s) : d.l('PERSON', p.g);
}
/** A phone number, sometimes followed by an extension (outside the label). */
function phoneExt(r: Rng, d: Doc, c: C, kind?: 'm' | 'l' | 's'): Doc {
  d.l('PHONE', phone(r, c, kind));
  if (r.chance(0.15)) d.t(r.pick([` ext. ${r.int(100, 4999)}`, ` x${r.int(10, 999)}`, ` (Durchwahl ${r.int(10, 99)})`.replace('Durchwahl', c === 'DE' ? 'Durchwahl' : 'ext')]));
  return d;
}
const ENG: readonly C[] = ['GB', 'US', 'IE', 'AU', 'CA'];

const T_CALL_GB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE', 'AU']);
  const p = person(r, c), agent = person(r, c), co = energyCo(r, c);
  const mob = phone(r, c, 'm'), a = addr(r, c);
  d.t(`[Call recording transcript — ${co} — queue: ${r.pick(['Billing', 'Home Moves', 'Smart Meters', 'Payments'])} — ${stamp(r)}]\n`);
  d.t(`AGENT: Good ${r.pick(['morning', 'afternoon'])}, you're through to ${co}, my name's `).l('PERSON', agent.g).t('. Can I take the account holder\'s full name?\n');
  d.t('CALLER: Yeah, it\'s ').l('PERSON', full(p)).t('.\n');
  d.t('AGENT: Thanks. And just for security, your date of birth?\n');
  const y = r.int(1940, 2003), m = r.int(1, 12), dd = r.int(1, 28);
  d.t('CALLER: ').l('DOB', r.pick([`${ord(dd)} of ${MONTHS.en[m - 1]}, ${y}`, fmtDate(r, c, y, m, dd), `${dd} ${MONTHS.en[m - 1]} ${y}`])).t('.\n');
  d.t('AGENT: Lovely. And the supply address?\nCALLER: ').a(a).t('.\n');
  d.t(`AGENT: I can see a reading of ${reading(r)} on meter ${meterSerial(r)}, tariff ${tariff(r)}. Is the number ending ${r.digits(3)} still the best one?\n`);
  d.t('CALLER: No, use my mobile — ').l('PHONE', speakNum(r, mob)).t('.\n');
  d.t('AGENT: Let me read that back: ').l('PHONE', dashDigits(mob)).t(`. ${r.pick(['Will', 'May'])} I also update your e-mail?\n`);
  if (r.chance(0.6)) { const e = email(r, p, c); d.t('CALLER: Go on then, it\'s ').l('EMAIL', speakEmail(e)).t('.\n'); } else d.t('CALLER: No, leave it as it is.\n');
  if (r.chance(0.4)) {
    const cd = cardDigits(r);
    d.t('AGENT: Would you like to clear the balance by card today?\nCALLER: Yeah, long number is ').l('CARD', groupCard(r, cd)).t('.\nAGENT: So that\'s ').l('CARD', cd.replace(/(\d{4})(?=\d)/g, '$1 ')).t(`? And expiry?\nCALLER: ${pad(r.int(1, 12))}/${r.int(26, 30)}.\n`);
  }
  d.t(`AGENT: Done. Your ${r.pick(['bill', 'statement'])} balance is ${money(r, c === 'GB' ? '£' : c === 'IE' ? '€' : '$')}; anything else today, `).l('PERSON', p.g).t('?\nCALLER: No, that\'s all, cheers.\n');
};

const T_CALL_US: Tpl = (r, d) => {
  const c: C = r.chance(0.8) ? 'US' : 'CA';
  const p = person(r, c), rep = person(r, c), co = r.pick(CO[c]);
  d.t(`${co} — Sales call ${caseNo(r)} (recorded for quality)\n\n`);
  d.t('Rep: Thank you for calling, this is ').l('PERSON', rep.g).t('. Who do I have the pleasure of speaking with?\n');
  d.t('Customer: ').l('PERSON', nameForm(r, p)).t(r.pick([', new customer.', '. I just moved here.', '. Starting service at my new place.']) + '\n');
  d.t('Rep: Welcome! For the soft credit check I\'ll need the Social Security number of the account holder.\n');
  if (c === 'US') d.t('Customer: Sure, ').l('NATIONAL_ID', ssn(r)).t('.\n');
  else d.t(`Customer: I'm in Canada — my SIN is *** *** ${r.digits(3)}, is that okay?\n`);
  d.t('Rep: Got it. And the service address?\nCustomer: ').a(addr(r, c)).t('.\n');
  d.t('Rep: And your date of birth, as it appears on your ID?\nCustomer: ').l('DOB', dob(r, c)).t('.\n');
  d.t(`Rep: Perfect. There's a deposit of ${money(r, '$')}. Would you like to pay by card today?\n`);
  d.t('Customer: Yes — ').l('CARD', card(r)).t(`, expiry ${pad(r.int(1, 12))}/${r.int(26, 31)}, security code ${r.digits(3)}.\n`);
  d.t('Rep: Thank you. A confirmation goes to the e-mail on file?\nCustomer: Use ').l('EMAIL', email(r, p, c)).t(' please, and text me at ').l('PHONE', phone(r, c, 'm')).t('.\n');
  d.t(`Rep: All set. Your confirmation number is ${r.digits(3)}-${r.digits(4)}-${r.digits(3)}. Have a great day.\n`);
};

const T_BACS: Tpl = (r, d) => {
  const p = person(r, 'GB'), co = r.pick(CO.GB), a = addr(r, 'GB');
  d.t(`Instruction to your bank or building society to pay by Direct Debit\n${co}  |  Service user number: ${r.digits(6)}\nReference: ${acct(r)}\n\n`);
  d.t('Name(s) of account holder(s): ').l('PERSON', full(p).toUpperCase());
  if (r.chance(0.3)) { const q = person(r, 'GB'); d.t(' & ').l('PERSON', full(q).toUpperCase()); }
  d.t('\nAddress:\n').a(a, '\n').t(`\nBank/building society account number: ${r.digits(8)}\nBranch sort code: ${sortCode(r)}\n`);
  if (r.chance(0.5)) d.t('IBAN (if different): ').l('IBAN', iban(r, 'GB')).t('\n');
  d.t(`Signature(s): [signed]   Date: ${day(r, 'GB')}\n\nContact: `).l('EMAIL', email(r, p, 'GB')).t(' / ').l('PHONE', phone(r, 'GB')).t('\nThe Direct Debit Guarantee applies. Banks may not accept Direct Debit instructions for some types of account.\n');
};

const T_SEPA_DE: Tpl = (r, d) => {
  const c = r.pick<C>(['DE', 'DE', 'AT']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`SEPA-Lastschriftmandat\nZahlungsempfänger: ${co}, `).a(addr(r, c)).t(`\nGläubiger-Identifikationsnummer: ${creditorId(r, c)}\nMandatsreferenz: ${L(r, 3)}-${r.digits(9)}\n\n`);
  d.t(`Ich ermächtige ${co}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n\nKontoinhaber (Vorname, Name): `).l('PERSON', full(p)).t('\nStraße und Hausnummer, PLZ und Ort: ').a(addr(r, c)).t('\nIBAN: ').l('IBAN', iban(r, c)).t(`\nBIC: ${bic(r, c)}\n`);
  d.t(`Zählernummer: ${meterSerial(r)}   Abschlag: ${r.int(40, 220)},00 €/Monat\nOrt, Datum: ${r.pick(['Kassel', 'Wien', 'Leipzig'])}, ${day(r, c)}   Unterschrift: `).l('PERSON', `${p.g.charAt(0)}. ${p.s}`).t('\n');
};

const T_SEPA_FR: Tpl = (r, d) => {
  const c = r.pick<C>(['FR', 'FR', 'BE']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat (RUM) : ${r.digits(4)}${L(r, 2)}${r.digits(8)}\nIdentifiant créancier SEPA (ICS) : ${creditorId(r, c)}\nCréancier : ${co}\n\n`);
  d.t('Votre nom : ').l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t('\nVotre adresse : ').a(addr(r, c), '\n').t('\nCoordonnées de votre compte — IBAN : ').l('IBAN', iban(r, c)).t(`   BIC : ${bic(r, c)}\n`);
  d.t(`Point de livraison (PDL) : ${r.digits(14)}   Option tarifaire : ${r.pick(['Base', 'Heures creuses', 'Tempo'])}\nFait à ${r.pick(['Lyon', 'Nantes', 'Liège'])}, le ${day(r, c)}\nTél. : `).l('PHONE', phone(r, c)).t('\n');
};

const T_MOVEIN_GB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE']), p = person(r, c), co = r.pick(CO[c]);
  const self = r.chance(0.5);
  d.t(`${co} — Moving home: tell us you've moved in\nSubmitted ${stamp(r)} via web form\n\nTitle: ${hon(r, p, c).replace('.', '')}\nFull name: `);
  if (self) d.self(full(p)); else d.l('PERSON', full(p));
  d.t('\nDate of birth: ').l('DOB', dob(r, c)).t(`\nMove-in date: ${day(r, c)}\nNew supply address: `).a(addr(r, c)).t('\nPrevious address: ').a(addr(r, c));
  d.t(`\nElectricity reading: ${reading(r)} (meter ${meterSerial(r)})\nGas reading: ${reading(r)} m³ (MPRN ${mprn(r)})\nEmail: `).l('EMAIL', email(r, p, c)).t('\nMobile: ').l('PHONE', phone(r, c, 'm'));
  d.t(`\nAnyone else living there? ${r.chance(0.5) ? 'No' : 'My partner, '}`);
  if (d.text.endsWith(', ')) d.l('PERSON', full(person(r, c)));
  d.t(`\nHow did you hear about us? ${r.pick(['Comparison site', 'Landlord', 'Leaflet', 'Friend'])}\n`);
};

const T_MOVEOUT_DE: Tpl = (r, d) => {
  const p = person(r, 'DE');
  d.t(`Betreff: Abmeldung Strom/Gas bei ${r.pick(CO.DE)} wegen Umzug — Kundennummer ${r.digits(9)}\n\nSehr geehrte Damen und Herren,\n\nhiermit melde ich die Lieferstelle `).a(addr(r, 'DE')).t(` zum ${day(r, 'DE')} ab.\nZählerstand Strom (Zähler ${r.digits(2)}${L(r, 3)}${r.digits(7)}): ${reading(r)} kWh, Gas: ${reading(r)} m³.\nZählpunkt: DE000${r.digits(6)}${r.digits(10)}${r.digits(12)}\n\n`);
  d.t('Meine neue Anschrift lautet:\n').a(addr(r, 'DE'), '\n').t('\n\nDas Guthaben überweisen Sie bitte auf ').l('IBAN', iban(r, 'DE')).t('.\nFür Rückfragen: ').l('PHONE', phone(r, 'DE')).t(' oder ').l('EMAIL', email(r, p, 'DE')).t('\n\nMit freundlichen Grüßen\n');
  if (r.chance(0.6)) d.self(full(p)); else d.l('PERSON', full(p));
  d.t(`\n(geb. `).l('DOB', dob(r, 'DE')).t(`)\n`);
};

const T_OUTAGE_US: Tpl = (r, d) => {
  const p = person(r, 'US'), co = energyCo(r, 'US');
  d.t(`${co} Outage Report #${r.digits(7)}\nSubmitted: ${day(r, 'US')} ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}\nCause (customer reported): ${r.pick(['tree on line', 'transformer bang', 'unknown', `high winds from ${storm(r)}`])}\n`);
  d.t('Name: ').l('PERSON', nameForm(r, p)).t('\nService address: ').a(addr(r, 'US')).t('\nCallback: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p, 'US'));
  d.t(`\nMedical equipment at premises: ${r.pick(['Yes – oxygen concentrator', 'No', 'Yes – CPAP (sleep apnea)'])}\nNotes: Lights out on the whole block since the storm, neighbor says the pole by the ${r.pick(['Walgreens', 'Lincoln Elementary', 'Jefferson Park entrance'])} is leaning.\nMeter #: ${r.digits(9)}   ETR: ${r.int(1, 12)}:00 ${r.pick(['AM', 'PM'])}\n`);
};

const T_SMART_LOG: Tpl = (r, d) => {
  d.t(`# ${r.pick(['DCC adapter', 'HES gateway', 'AMI head-end'])} export, build ${version(r)}, job ${hex(r, 8)}\n`);
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) {
    d.t(`${stamp(r)} ${r.pick(['INFO', 'WARN', 'INFO', 'ERROR'])} meter=${meterSerial(r)} mpan=${mpan(r).replace(/ /g, '')} `);
    const k = r.int(0, 3);
    if (k === 0) d.t('comms_hub=').l('IP', ipv6(r)).t(` rssi=-${r.int(60, 110)}dBm fw=${version(r)}\n`);
    else if (k === 1) d.t('src=').l('IP', ipv4(r)).t(`:${r.int(1024, 65000)} read=${reading(r)}kWh status=OK\n`);
    else if (k === 2) d.t(`event=TAMPER_ALERT reg=${r.digits(4)} tariff=${tariff(r).replace(/ /g, '_')}\n`);
    else d.t('peer=[').l('IP', ipv6(r)).t(`]:${r.pick([443, 8443, 4059])} tls=1.2 retries=${r.int(0, 4)}\n`);
  }
};

const T_ROUTER_LOG: Tpl = (r, d) => {
  const k = ticker(r);
  const c = r.pick<C>(['GB', 'DE', 'NL', 'FR', 'US']);
  d.t(`${r.pick(['Hub 6', 'FRITZ!Box 7590', 'Livebox 5', 'Nighthawk R7000', 'Experia Box v10'])} system log (firmware ${version(r)})\n`);
  d.t(`${k()} PPP: connected, WAN IPv4 `).l('IP', ipv4(r, 'pub')).t(', gateway ').l('IP', ipv4(r, 'pub')).t('\n');
  d.t(`${k()} IPv6 prefix delegated: `).l('IP', `${r.pick(['2a02', '2001', '2a01'])}:${hex(r, 4).replace(/^0+/, '') || '1'}:${hex(r, 3)}::`).t('/56\n');
  for (let i = r.int(2, 4); i > 0; i--) d.t(`${k()} DHCP: lease ${r.pick(['LivingRoom-TV', 'DESKTOP-' + L(r, 6), 'iPad', 'Galaxy-S21', 'Ring-Doorbell', 'HP-LaserJet'])} `).l('IP', ipv4(r, 'lan')).t(` ${mac(r)}\n`);
  d.t(`${k()} Firewall: blocked inbound from `).l('IP', ip(r)).t(` port ${r.int(22, 9999)}\n`);
  d.t(`${k()} DNS servers: `).l('IP', ipv4(r, 'pub')).t(', ').l('IP', ipv4(r, 'pub')).t(`\n${k()} Line sync ${r.int(30, 80)}/${r.int(8, 20)} Mbps, SNR ${r.int(5, 12)}.${r.int(0, 9)} dB\n`);
  if (r.chance(0.5)) d.t(`Ticket note (${CO[c][0] ?? 'ISP'}): customer `).l('PERSON', nameForm(r, person(r, c))).t(` reports drop-outs every evening; remote reset done.\n`);
};

const T_COLLECT_GB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE', 'AU']), p = person(r, c), co = energyCo(r, c);
  const cur = c === 'GB' ? '£' : c === 'IE' ? '€' : '$';
  d.t(`${co}\nCollections Team\n`).a(addr(r, c), '\n').t(`\n\n${day(r, c)}\n\n`);
  d.t(`${hon(r, p, c)} `).l('PERSON', r.chance(0.5) ? `${p.g.charAt(0)}. ${p.s}` : full(p)).t('\n').a(addr(r, c), '\n').t(`\n\nAccount number: ${acct(r)}\nAmount overdue: ${money(r, cur)}\n\nDear `);
  honName(r, d, p, c).t(`,\n\nFINAL NOTICE BEFORE REFERRAL\nDespite our earlier reminders your account remains in arrears. If payment is not received within 14 days we may pass the debt to a collection agency, which can affect your credit file, or apply to fit a prepayment meter under warrant.\n\nIf you are struggling, please call us on `);
  phoneExt(r, d, c, 's').t(' or e-mail ').l('EMAIL', roleMail(r, co, c)).t('. We can agree an affordable payment plan.\n\nYours sincerely,\n\n').l('PERSON', full(person(r, c))).t('\nCredit Control Manager\n');
};

const T_COLLECT_US: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  d.t(`${r.pick(['Meridian Recovery Services', 'Cornerstone Collections LLC', 'Bayview Credit Solutions'])}\n`).a([`PO Box ${r.int(100, 99999)}`, `${r.pick(['Dallas, TX 752', 'Phoenix, AZ 850', 'Tampa, FL 336'])}${r.digits(2)}`], r.pick([', ', '\n'])).t('\n\n');
  d.l('PERSON', full(p).toUpperCase()).t('\n').a(addr(r, 'US').map((x) => x.toUpperCase()), '\n');
  d.t(`\n\nRe: ${co} account ${acct(r)}   Balance: ${money(r, '$')}   SSN on file: ${maskedSsn(r)}\n\nThis communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. Unless you dispute the validity of this debt within 30 days, we will assume it is valid.\n\nCall `);
  phoneExt(r, d, 'US', 's').t(` (Mon–Fri 8–8 CT) or pay online. Our federal EIN is ${ein(r)}.\n`);
};

const T_OMBUDSMAN_GB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'AU', 'IE']), p = person(r, c), co = r.pick(CO[c]);
  const body = c === 'GB' ? 'Energy Ombudsman' : c === 'AU' ? 'Energy & Water Ombudsman' : 'Commission for Regulation of Utilities';
  d.t(`To: `).l('EMAIL', `${r.pick(['enquiries', 'complaints', 'info'])}@${fold(body).slice(0, 12)}.org`).t(`\nFrom: `).l('EMAIL', email(r, p, c)).t(`\nSubject: Deadlock — complaint against ${co}, ref ${caseNo(r)}\n\nDear ${body},\n\nI have been complaining to ${co} for over eight weeks. They have back-billed me ${money(r, c === 'GB' ? '£' : c === 'IE' ? '€' : '$')} for the period before the smart meter (${meterBrand(r)}) was installed, despite the back-billing rules. `);
  d.t(`Their agent, `).l('PERSON', r.pick([person(r, c).g, full(person(r, c))])).t(`, promised a call back on ${day(r, c)} that never came.\n\nMy details:\nName: `).self(full(p)).t('\nSupply address: ').a(addr(r, c)).t('\nPhone: ').l('PHONE', phone(r, c)).t(`\nMPAN / NMI: ${mpan(r)}\n\nMy mother, who lives with me, is on the Priority Services Register (she has ${r.pick(["Parkinson's", "Alzheimer's", 'COPD', "Huntington's disease"])}).\n\nRegards,\n`).l('PERSON', p.g).t('\n');
};

const T_MEDIATEUR_FR: Tpl = (r, d) => {
  const p = person(r, 'FR'), co = energyCo(r, 'FR'), me = r.chance(0.6);
  d.t(`Objet : Saisine du médiateur national de l'énergie — litige avec ${co}\nN° client : ${r.digits(10)} — PDL ${r.digits(14)}\n\nMadame, Monsieur,\n\nJe soussigné${p.fem ? 'e' : ''} `);
  if (me) d.self(full(p)); else d.l('PERSON', full(p));
  d.t(', né' + (p.fem ? 'e' : '') + ' le ').l('DOB', dob(r, 'FR')).t(', demeurant ').a(addr(r, 'FR')).t(`, conteste la facture de régularisation du ${day(r, 'FR')} d'un montant de ${r.int(300, 2900)},${r.digits(2)} €.\n`);
  d.t(`Le compteur Linky a été posé le ${day(r, 'FR')} ; la consommation facturée (${kwh(r)}) est sans rapport avec mon historique. Mon conseiller, `);
  honName(r, d, person(r, 'FR'), 'FR').t(`, n'a jamais répondu.\n\nJe reste joignable au `).l('PHONE', phone(r, 'FR')).t(' ou par courriel : ').l('EMAIL', email(r, p, 'FR')).t('.\n\nVeuillez agréer mes salutations distinguées.\n').l('PERSON', `${p.g} ${p.s.toUpperCase()}`).t('\n');
};

const T_SCHLICHTUNG_DE: Tpl = (r, d) => {
  const c = r.pick<C>(['DE', 'DE', 'AT', 'CH']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`An die ${c === 'AT' ? 'Schlichtungsstelle der E-Control' : c === 'CH' ? 'Ombudscom' : 'Schlichtungsstelle Energie e.V.'}\n\nBeschwerde gegen ${co} (Vertragskonto ${r.digits(12)})\n\nBeschwerdeführer: `);
  d.self(full(p)).t(', geboren am ').l('DOB', dob(r, c)).t('\nAnschrift: ').a(addr(r, c)).t('\nTelefon: ').l('PHONE', phone(r, c)).t('\n\n');
  d.t(`Sachverhalt: Seit dem ${day(r, c)} wird mein Abschlag ohne Ankündigung von ${r.int(60, 120)} € auf ${r.int(130, 300)} € erhöht. Ein Herr `).l('PERSON', person(r, c).s).t(` von der Hotline sagte mir, das sei „systembedingt“. Die Schlussrechnung nennt einen Verbrauch von ${kwh(r)}; der Zähler (${meterBrand(r)}) zeigt aber ${reading(r)}.\n\nIch bitte um Prüfung. Unterlagen anbei.\n`);
};

const T_CSV_GB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE']);
  d.t('account_no,customer_name,email,phone,mpan,tariff,last_read_kwh,status\n');
  for (let i = r.int(3, 6); i > 0; i--) {
    const p = person(r, c);
    d.t(`${acct(r).replace(/ /g, '')},"`).l('PERSON', r.chance(0.5) ? `${p.s}, ${p.g}` : full(p)).t('",');
    if (r.chance(0.85)) d.l('EMAIL', email(r, p, c));
    d.t(',');
    if (r.chance(0.8)) d.l('PHONE', phone(r, c).replace(/ /g, ''));
    d.t(`,${mpan(r).replace(/ /g, '')},${tariff(r)},${r.int(100, 9000)}.${r.digits(1)},${r.pick(['ACTIVE', 'FINAL', 'DEBT', 'COT'])}\n`);
  }
};

const T_JSON_US: Tpl = (r, d) => {
  const p = person(r, 'US'), q = r.chance(0.4) ? person(r, 'US') : null;
  d.t(`{\n  "export": "billing-sync",\n  "generated": "${stamp(r)}",\n  "customer": {\n    "id": "${hex(r, 8)}-${hex(r, 4)}",\n    "name": "`).l('PERSON', full(p)).t('",\n    "ssn": "').l('NATIONAL_ID', ssn(r)).t('",\n    "dob": "').l('DOB', dob(r, 'ISO')).t('",\n    "email": "').l('EMAIL', email(r, p, 'US')).t('",\n    "phone": "').l('PHONE', phone(r, 'US')).t('",\n');
  d.t('    "service_address": "').a(addr(r, 'US')).t(`",\n    "ein": null,\n    "premise_id": "${r.digits(10)}",\n    "rate_code": "${tariff(r)}"\n  },\n`);
  d.t('  "payment_method": { "type": "card", "pan": "').l('CARD', cardDigits(r)).t(`", "exp": "${pad(r.int(1, 12))}/${r.int(26, 30)}" },\n`);
  d.t('  "portal_login": { "last_ip": "').l('IP', ip(r)).t(`", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" },\n  "authorized_users": [`);
  if (q) d.t('"').l('PERSON', full(q)).t('"');
  d.t(`],\n  "usage_kwh": [${Array.from({ length: 4 }, () => r.int(300, 1600)).join(', ')}]\n}\n`);
};

const T_IVR_CARD: Tpl = (r, d) => {
  const k = ticker(r);
  const c = r.pick<C>(['GB', 'US', 'IE', 'AU', 'CA']), p = person(r, c);
  const cd = cardDigits(r);
  d.t(`IVR payment session ${hex(r, 12)}  ani=`).l('PHONE', phone(r, c)).t(`  dnis=${r.digits(4)}\n`);
  d.t(`[${k()}] prompt: "Please enter or say your sixteen digit card number."\n[${k()}] asr_result: "`).l('CARD', cd.split('').join(' ')).t(`" confidence=0.${r.int(70, 99)}\n`);
  d.t(`[${k()}] dtmf_masked: ${maskedCard(r)}\n[${k()}] auth: approved amount=${money(r, c === 'GB' ? '£' : '$')} code=${L(r, 2)}${r.digits(4)}\n`);
  d.t(`[${k()}] agent_handoff: `).l('PERSON', r.pick([person(r, c).g, full(person(r, c))])).t(`\n[${k()}] caller_name_asr: "`).l('PERSON', full(p).toLowerCase()).t('"\n');
};

const T_CRM_NOTES: Tpl = (r, d) => {
  const c = r.pick(ENG), p = person(r, c);
  d.t(`CRM > Account ${acct(r)} > Contact history\n\n${day(r, c)} ${clock(r).slice(0, 5)} — `).l('PERSON', person(r, c).g).t(' (Tier 1): cust ').l('PERSON', nameForm(r, p)).t(` rang re high bill. ${r.pick(['Explained estimated reads.', 'Est. reads since March.', 'Meter exchange booked.'])} Cust gave new mob `).l('PHONE', phone(r, c, 'm')).t(`, old no. ${maskedPhone(r)} removed.\n`);
  d.t(`${day(r, c)} ${clock(r).slice(0, 5)} — `).l('PERSON', person(r, c).g).t(` (Tier 2): Bill will be re-issued. Grant of ${money(r, c === 'GB' ? '£' : '$')} from hardship fund approved. Letter to `).a(addr(r, c)).t('.\n');
  d.t(`${day(r, c)} ${clock(r).slice(0, 5)} — system: DD amended, ref ${caseNo(r)}. Case closed.\n`);
};

const T_PSR: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE']), p = person(r, c), carer = person(r, c);
  d.t(`Priority Services Register — registration\n\nCustomer: `).l('PERSON', full(p)).t('   DOB: ').l('DOB', dob(r, c)).t('\nAddress: ').a(addr(r, c), '\n');
  d.t(`\nNeeds (tick): [x] ${r.pick(["Parkinson's", 'dialysis at home', 'stair lift', 'hearing impaired', 'pensionable age'])}  [ ] ${r.pick(["Alzheimer's", 'blind / partially sighted', 'chronic illness'])}\nPassword scheme: yes (not recorded here)\nNominee / carer: `);
  d.l('PERSON', full(carer)).t(' — ').l('PHONE', phone(r, c)).t(`\nPreferred contact: ${r.pick(['large print', 'text relay', 'phone'])}\nNI number (for Warm Home Discount): ${niNumber(r)}\n`);
};

const T_ES_TITULAR: Tpl = (r, d) => {
  const p = person(r, 'ES'), q = person(r, 'ES'), co = r.pick(CO.ES);
  d.t(`SOLICITUD DE CAMBIO DE TITULAR — ${co}\nCUPS: ES00${r.digits(16)}${L(r, 2)}\nTarifa: ${r.pick(['2.0TD', 'PVPC 2.0TD', '3.0TD'])}  Potencia: ${r.int(3, 9)},${r.digits(1)} kW\n\n`);
  d.t('Titular saliente: ').l('PERSON', full(q)).t(` (DNI ${dni(r)})\nNuevo titular: `).l('PERSON', full(p)).t(` — NIF ${dni(r)}\nFecha de nacimiento: `).l('DOB', dob(r, 'ES')).t('\nDirección de suministro: ').a(addr(r, 'ES')).t('\nTeléfono de contacto: ').l('PHONE', phone(r, 'ES')).t('\nCorreo electrónico: ').l('EMAIL', email(r, p, 'ES'));
  d.t('\nDomiciliación bancaria (IBAN): ').l('IBAN', iban(r, 'ES')).t(`\nLectura del contador: ${reading(r)} kWh a fecha ${day(r, 'ES')}\n`);
};

const T_IT_VOLTURA: Tpl = (r, d) => {
  const p = person(r, 'IT'), co = r.pick(CO.IT);
  d.t(`Richiesta di voltura — ${co}\nPOD: IT001E${r.digits(8)}   PDR: ${r.digits(14)}\n\nIl/La sottoscritto/a `).l('PERSON', `${p.s.toUpperCase()} ${p.g.toUpperCase()}`).t(`, codice fiscale ${codFisc(r)}, nato/a il `).l('DOB', dob(r, 'IT')).t(`, residente in `).a(addr(r, 'IT'));
  d.t(`,\nchiede la voltura dell'utenza con decorrenza ${day(r, 'IT')}.\nRecapito: `).l('PHONE', phone(r, 'IT')).t(' — PEC/e-mail: ').l('EMAIL', email(r, p, 'IT')).t('\nAddebito su IBAN ').l('IBAN', iban(r, 'IT')).t(`\nLettura contatore: ${reading(r)} (foto allegata)\n`);
};

const T_NL_CONTRACT: Tpl = (r, d) => {
  const p = person(r, 'NL'), co = r.pick(CO.NL);
  d.t(`Bevestiging energiecontract — ${co}\n\nBeste `).l('PERSON', r.pick([full(p), `${p.g.charAt(0)}. ${p.s}`])).t(`,\n\nWelkom! Hieronder je gegevens:\nLeveringsadres: `).a(addr(r, 'NL')).t(`\nEAN-code stroom: 871${r.digits(15)}\nEAN-code gas: 871${r.digits(15)}\nVoorschot: € ${r.int(80, 260)},00 per maand, afgeschreven van `).l('IBAN', iban(r, 'NL'));
  d.t(`\nGeboortedatum: `).l('DOB', dob(r, 'NL')).t('\nTelefoon: ').l('PHONE', phone(r, 'NL')).t(`\nStartdatum: ${day(r, 'NL')}\n\nVragen? Mail `).l('EMAIL', roleMail(r, co, 'NL')).t(`.\n`);
};

const T_IE_BILL: Tpl = (r, d) => {
  const p = person(r, 'IE'), co = r.pick(CO.IE);
  d.t(`${hon(r, p, 'IE')} `).l('PERSON', full(p)).t('\n').a(addr(r, 'IE'), '\n').t(`\n\n${co} — Electricity Bill\nBill date: ${day(r, 'IE')}  Account: ${r.digits(10)}\nMPRN: 10${r.digits(9)}   DG${r.int(1, 10)}   Tariff: ${r.pick(['24hr Urban', 'Night Saver', 'Smart Tariff'])}\n`);
  d.t(`Day units ${r.int(200, 900)} kWh @ €0.${r.digits(4)}  Night units ${r.int(50, 400)} kWh\nAmount due: €${r.int(60, 600)}.${r.digits(2)} by direct debit from `).l('IBAN', iban(r, 'IE')).t(`\nEmergency (ESB Networks): `).l('PHONE', phone(r, 'IE', 's')).t('\n');
};

const T_CA_HYDRO: Tpl = (r, d) => {
  const p = person(r, 'CA'), co = r.pick(CO.CA);
  d.t(`${co} — Pre-authorized debit agreement\nAccount holder: `).l('PERSON', `${p.s}, ${p.g}`).t(`\nService address: `).a(addr(r, 'CA')).t(`\nTransit ${r.digits(5)}  Institution ${r.digits(3)}  Account ${r.digits(7)}\nSIN (optional, for credit): ${r.pick(['not provided', `*** *** ${r.digits(3)}`])}\n`);
  d.t('Date of birth: ').l('DOB', dob(r, 'CA')).t('\nDaytime phone: ').l('PHONE', phone(r, 'CA')).t(`\nRate: ${r.pick(['Time-of-Use', 'Tiered', 'Ultra-Low Overnight'])}  Meter ${r.digits(8)}\n`);
};

const T_JP: Tpl = (r, d) => {
  const s = r.pick(JA_S), g = r.pick(JA_G);
  d.t(`【電気ご使用量のお知らせ】${r.pick(['東光電力', 'みなと電気'])}\nお客さま番号：${r.digits(2)}-${r.digits(4)}-${r.digits(4)}\n`);
  d.l('PERSON', `${s} ${g}`).t(' 様\nご使用場所：〒').a([`${r.int(100, 999)}-${r.digits(4)} ${r.pick(['東京都世田谷区北沢', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`]).t(`\nご使用量：${r.int(150, 600)} kWh（${r.int(2024, 2025)}年${r.int(1, 12)}月分）\n生年月日：`);
  d.l('DOB', dob(r, 'JP')).t('\n連絡先：').l('PHONE', jpPhone(r)).t('\n担当：').l('PERSON', r.pick(JA_S)).t(`\n※ 検針日 ${r.int(1, 12)}月${r.int(1, 28)}日\n`);
};

const T_KR: Tpl = (r, d) => {
  const name = r.pick(KO_S) + r.pick(KO_G);
  d.t(`[${r.pick(['한빛텔레콤', '누리모바일'])}] 요금 안내\n`).l('PERSON', name).t(`님, ${r.int(1, 12)}월 이용요금 ${r.int(30, 120)},${r.digits(3)}원이 청구되었습니다.\n납부계좌: ${r.digits(3)}-${r.digits(6)}-${r.digits(2)}-${r.digits(3)}\n문의: `).l('PHONE', krPhone(r));
  d.t(`\n담당 상담사 `).l('PERSON', r.pick(KO_S) + r.pick(KO_G)).t(` 씨가 안내해 드렸습니다. 주민등록번호 뒷자리는 저장되지 않습니다.\n`);
};

const T_BR: Tpl = (r, d) => {
  const p = person(r, 'BR'), co = r.pick(CO.BR);
  d.t(`Solicitação de 2ª via de conta — ${co}\nProtocolo: ${r.int(2024, 2025)}${r.digits(10)}\n\nNome: `).l('PERSON', full(p)).t(`\nCPF: ${cpf(r)}\nData de nascimento: `).l('DOB', dob(r, 'BR')).t('\nEndereço da unidade consumidora:\n').a(addr(r, 'BR'), '\n');
  d.t('\nCelular (WhatsApp): ').l('PHONE', phone(r, 'BR')).t('\nE-mail: ').l('EMAIL', email(r, p, 'BR')).t(`\nInstalação nº ${r.digits(10)} — Bandeira tarifária: ${r.pick(['verde', 'amarela', 'vermelha patamar 1'])}\n`);
};

const T_PL: Tpl = (r, d) => {
  const p = person(r, 'PL'), co = r.pick(CO.PL);
  d.t(`Umowa kompleksowa — ${co}\nNumer PPE: 5900${r.digits(14)}\n\nOdbiorca: `).l('PERSON', full(p)).t(`\nPESEL: ${r.digits(11)}\nAdres punktu poboru: `).a(addr(r, 'PL')).t('\nData urodzenia: ').l('DOB', dob(r, 'PL')).t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t('\nRachunek do zwrotu nadpłaty: ').l('IBAN', iban(r, 'PL'));
  d.t(`\nGrupa taryfowa: G1${r.int(1, 2)}  Moc umowna: ${r.int(4, 14)} kW\n`);
};

const T_SE: Tpl = (r, d) => {
  const p = person(r, 'SE'), co = r.pick(CO.SE);
  d.t(`Flyttanmälan — ${co}\nAnläggnings-id: 735999${r.digits(12)}\n\nNamn: `).l('PERSON', full(p)).t(`\nPersonnummer: ${r.int(50, 99)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}\nFlyttar från: `).a(addr(r, 'SE')).t('\nFlyttar till: ').a(addr(r, 'SE')).t(`\nFlyttdatum: ${day(r, 'SE')}\nMobil: `).l('PHONE', phone(r, 'SE', 'm')).t('\nE-post: ').l('EMAIL', email(r, p, 'SE')).t(`\nMätarställning: ${reading(r)} kWh\n`);
};

const T_CH_REFUND: Tpl = (r, d) => {
  const c = r.pick<C>(['CH', 'AT', 'BE', 'PT', 'NL']), p = person(r, c), co = r.pick(CO[c]);
  const msg: Record<string, string> = { CH: 'Bitte überweisen Sie das Guthaben aus der Schlussabrechnung auf', AT: 'Bitte das Guthaben auf folgendes Konto überweisen:', BE: 'Merci de rembourser le trop-perçu sur le compte', PT: 'Solicito o reembolso do valor pago em duplicado para o IBAN', NL: 'Graag het teveel betaalde terugstorten op' };
  d.t(`From: `).l('EMAIL', email(r, p, c)).t(`\nTo: `).l('EMAIL', roleMail(r, co, c)).t(`\nSubject: ${r.pick(['Rückerstattung', 'Remboursement', 'Reembolso', 'Terugbetaling', 'Refund'])} — ${caseNo(r)}\n\n${msg[c] ?? ''} `);
  d.l('IBAN', iban(r, c)).t(` (${bic(r, c)}).\n${r.chance(0.5) ? `Alte, falsche IBAN ${badIban(r, c)} bitte löschen.\n` : ''}\n`);
  d.self(full(p)).t('\n').a(addr(r, c), '\n').t('\n').l('PHONE', phone(r, c)).t('\n');
};

const T_PORT: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE', 'AU']), p = person(r, c), co = telco(r, c);
  const num = phone(r, c, 'm');
  d.t(`Number port request — ${co}\nPAC: ${L(r, 3)}${r.digits(6)}   STAC: ${r.digits(6)}${L(r, 3)}\nNumber to port: `).l('PHONE', num).t(`\nAccount holder: `).l('PERSON', full(p)).t('\nBilling address: ').a(addr(r, c)).t(`\nSIM ICCID: ${iccid(r)}\nDevice IMEI: ${imei(r)}\nRequested port date: ${day(r, c)}\nContact e-mail: `).l('EMAIL', email(r, p, c)).t('\n');
};

const T_ENGINEER: Tpl = (r, d) => {
  const c = r.pick(ENG), p = person(r, c), eng = person(r, c);
  d.t(`Hi `).l('PERSON', p.g).t(`, your ${r.pick(['broadband', 'fibre', 'smart meter', 'boiler safety'])} engineer `).l('PERSON', eng.g).t(` will visit on ${day(r, c)} between ${r.pick(['8am-1pm', '1pm-6pm', '7:30-12:00'])} at `).a(addr(r, c)).t(`. ${eng.fem ? 'She' : r.pick(['He', 'They'])}'ll arrive in a white Ford Transit. To rearrange call `).l('PHONE', phone(r, c, 's')).t(`. Ref ${caseNo(r)}. Reply STOP to opt out.\n`);
};

const T_SIMSWAP: Tpl = (r, d) => {
  const c = r.pick<C>(['US', 'GB', 'AU', 'CA']), p = person(r, c), co = telco(r, c);
  d.t(`FRAUD REFERRAL — unauthorised SIM swap\nCarrier: ${co}   Case: ${caseNo(r)}\nVictim: `).self(full(p)).t('\nAffected MSISDN: ').l('PHONE', phone(r, c, 'm')).t(`\nOld ICCID ${iccid(r)} → new ICCID ${iccid(r)}\nHandset IMEI: ${imei(r)}\n`);
  d.t('Swap performed from IP ').l('IP', ipv4(r, 'pub')).t(` using online account; password reset e-mail sent to attacker-controlled `).l('EMAIL', `${fold(p.g)}${r.digits(3)}.${r.pick(['secure', 'help', 'acct'])}@${r.pick(['proton.me', 'tutanota.com', 'mail.ru'])}`).t('.\n');
  if (c === 'US') d.t('Victim SSN (for FTC report): ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Genuine e-mail on file: `).l('EMAIL', email(r, p, c)).t(`\nNotes: attacker also tried card ${maskedCard(r)}.\n`);
};

const T_WEBCHAT: Tpl = (r, d) => {
  const k = ticker(r);
  const c = r.pick<C>(['GB', 'US', 'IE', 'AU', 'CA', 'IN']), p = person(r, c), ag = person(r, c), co = r.pick(CO[c]);
  const me = r.chance(0.5);
  d.t(`${co} Live Chat — transcript\n${k().slice(0, 5)} You are now chatting with `).l('PERSON', ag.g).t('\n');
  d.t(`${k().slice(0, 5)} `).l('PERSON', ag.g).t(': Hi there! Can I take your name and the e-mail on the account?\n');
  d.t(`${k().slice(0, 5)} You: `);
  if (me) d.self(full(p)); else d.l('PERSON', full(p));
  d.t(', ').l('EMAIL', email(r, p, c)).t(`\n${k().slice(0, 5)} You: my internet has been dropping since ${r.pick(['Tuesday', 'the storm', 'the router update'])}, router says WAN `).l('IP', ipv4(r, 'pub')).t(` but nothing loads\n`);
  d.t(`${k().slice(0, 5)} `).l('PERSON', ag.g).t(`: Thanks ${r.chance(0.5) ? '' : 'so much '}`).l('PERSON', p.g).t(`. I can see an outage ticket ${caseNo(r)} for your exchange. Best number to call you back on?\n${k().slice(0, 5)} You: `).l('PHONE', phone(r, c, 'm')).t('\n');
};

const T_LANDLORD: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'IE', 'AU', 'NL', 'GB']), ll = person(r, c), co = r.pick(CO[c]);
  const ten = person(r, c), ten2 = person(r, c);
  d.t(`From: `).l('EMAIL', email(r, ll, c)).t(`\nTo: `).l('EMAIL', roleMail(r, co, c)).t(`\nSubject: Change of occupier — `).a(addr(r, c)).t(`\n\nHello,\n\nI'm the landlord of the above property. My tenants `).l('PERSON', full(ten)).t(' and ').l('PERSON', full(ten2)).t(` moved out on ${day(r, c)}; forwarding address `).a(addr(r, c)).t(`. The new tenant, `).l('PERSON', nameForm(r, person(r, c))).t(`, moves in on ${day(r, c)}.\nClosing reads: elec ${reading(r)}, gas ${reading(r)}.\n\nThanks,\n`).self(full(ll)).t(`\n${r.pick(['Wellington Lettings', 'Baker Street Property Mgmt', 'Rosewood Estates'])}\n`);
};

const T_BEREAVE: Tpl = (r, d) => {
  const c = r.pick(ENG), dec = person(r, c), ex = person(r, c), co = r.pick(CO[c]);
  d.t(`${co} — Bereavement notification\n\nName of the deceased: `).l('PERSON', full(dec)).t('\nDate of birth: ').l('DOB', dob(r, c)).t(`\nDate of death: ${day(r, c)}\nProperty address: `).a(addr(r, c)).t(`\nAccount number(s): ${acct(r)}\n\nYour details (executor / next of kin):\nName: `);
  d.self(full(ex)).t(`\nRelationship: ${r.pick(['son', 'daughter', 'niece', 'solicitor', 'spouse'])}\nTelephone: `).l('PHONE', phone(r, c)).t('\nCorrespondence address: ').a(addr(r, c)).t(`\n\nPlease do not send reminders. Death certificate ref ${L(r, 3)} ${r.digits(6)}.\n`);
};

const T_PAYPLAN_AU: Tpl = (r, d) => {
  const p = person(r, 'AU'), co = r.pick(CO.AU);
  d.t(`${co} Hardship Program — Payment Plan Confirmation\n\nDear `).l('PERSON', p.g).t(`,\n\nThanks for speaking with us on ${day(r, 'AU')}. We've agreed you'll pay $${r.int(20, 90)} per fortnight toward the $${r.int(400, 3000)}.${r.digits(2)} owing on NMI ${r.digits(10)}. Your first instalment will be taken from card `).l('CARD', card(r)).t(` on ${day(r, 'AU')}.\n\nSupply address: `).a(addr(r, 'AU')).t(`\nYour contact number: `).l('PHONE', phone(r, 'AU')).t(`\nIf you need help, call us on `).l('PHONE', phone(r, 'AU', 's')).t(` or contact EWON. Your case manager is `).l('PERSON', full(person(r, 'AU'))).t('.\n');
};

const T_METER_READ_MAIL: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'IE', 'DE', 'NL', 'FR']), p = person(r, c), co = r.pick(CO[c]);
  d.t('From: ').l('EMAIL', email(r, p, c)).t('\nTo: ').l('EMAIL', roleMail(r, co, c)).t(`\nSubject: meter reading ${reading(r)}\n\nHi, photo attached. OCR of the display:\n\n  ${meterBrand(r)}  No. ${meterSerial(r)}\n  ${reading(r)}.${r.digits(1)} kWh   ${version(r)}\n\nIt's for `).a(addr(r, c)).t(`. The ${r.pick(['cat', 'dog'])} (${r.pick(['Murphy', 'Bella', 'Pepper', 'Winston'])}) knocked the torch so it's a bit blurry.\n\n`);
  d.l('PERSON', r.pick([p.g, full(p)])).t('\n');
};

const T_INSTALL_JOB: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'AU', 'IE']), p = person(r, c), eng = person(r, c);
  d.t(`SMART METER INSTALL — JOB SHEET ${r.digits(8)}\nEngineer: `).l('PERSON', full(eng).toUpperCase()).t(` (ID ${r.digits(5)})\nCustomer: `);
  honName(r, d, p, c).t('\nSite: ').a(addr(r, c)).t('\nContact on day: ').l('PHONE', phone(r, c)).t(`\nOld meter: ${meterSerial(r)} removed, final read ${reading(r)}\nNew meter: ${meterSerial(r)} (${meterBrand(r)}), comms hub ${hex(r, 16).toUpperCase()}\n`);
  d.t('Hub WAN: ').l('IP', ipv6(r)).t(`\nAccess notes: key safe, dog in garden. Meter cupboard under stairs, not the one by Victoria Road entrance.\nCustomer signature: `).l('PERSON', `${p.g.charAt(0)}. ${p.s}`).t('\n');
};

const T_WHD: Tpl = (r, d) => {
  const p = person(r, 'GB'), co = r.pick(CO.GB);
  d.t(`Warm Home Discount — Broader Group application (${co})\n\n1. Your name: `).self(full(p)).t('\n2. Date of birth (DD/MM/YYYY): ').l('DOB', `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${r.int(1940, 1999)}`).t(`\n3. National Insurance number: ${niNumber(r)}\n4. Address: `).a(addr(r, 'GB'));
  d.t(`\n5. Benefits received: ${r.pick(['Universal Credit', 'Pension Credit', 'PIP', 'Carer\'s Allowance'])}\n6. Phone: `).l('PHONE', phone(r, 'GB')).t(`\nDeclaration signed ${day(r, 'GB')}.\n`);
};

const T_DEBT_REFERRAL: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'US', 'AU']), co = r.pick(CO[c]);
  d.t(`# debt placement file ${co} -> agency, batch ${r.digits(6)}\nref|surname|forename|dob|address|phone|balance\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const p = person(r, c);
    d.t(`${r.digits(8)}|`).l('PERSON', p.s.toUpperCase()).t('|').l('PERSON', p.g.toUpperCase()).t('|').l('DOB', dob(r, 'ISO')).t('|').a(addr(r, c).map((x) => x.toUpperCase()), ' ').t('|');
    if (r.chance(0.7)) d.l('PHONE', phone(r, c).replace(/[^\d+]/g, ''));
    d.t(`|${r.int(90, 4000)}.${r.digits(2)}\n`);
  }
};

const T_US_APPLICATION: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  const prev = addr(r, 'US');
  d.t(`${co} — Residential Service Application\n\nApplicant: `);
  if (r.chance(0.5)) d.self(full(p)); else d.l('PERSON', full(p));
  d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('    Date of Birth: ').l('DOB', dob(r, 'US')).t(`\nDriver's license: ${L(r, 1)}${r.digits(7)} (${r.pick(['OH', 'NC', 'WA', 'GA'])})\nService address: `).a(addr(r, 'US')).t('\nPrevious address (if < 2 yrs): ').a(prev);
  d.t('\nEmployer: ').t(r.pick(['Walmart', 'Ford Motor Co.', 'Johnson & Johnson', 'self-employed'])).t('\nCo-applicant: ');
  if (r.chance(0.5)) { const q = person(r, 'US'); d.l('PERSON', full(q)).t(', SSN ').l('NATIONAL_ID', ssn(r)); } else d.t('none');
  d.t(`\nI authorize ${co} to obtain a consumer credit report. Invalid entries like ${badSsn(r)} will be rejected.\n`);
};

const T_AUTOPAY: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  d.t(`AutoPay enrollment — ${co}\nAccount #: ${acct(r)}\nName on account: `).l('PERSON', full(p)).t(`\nPay from: ${r.chance(0.5) ? 'checking' : 'card'}\nRouting (ABA): ${routing(r)}   Checking acct: ${r.digits(10)}\nBackup card: `).l('CARD', card(r)).t(`   (card ${badCard(r)} was declined: invalid number)\nBilling ZIP: ${r.digits(5)}\nNotify: `).l('EMAIL', email(r, p, 'US')).t(`\nSubmitted from `).l('IP', ip(r)).t(` at ${stamp(r)}\n`);
};

const T_ITEMISED: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'DE', 'FR', 'ES', 'IT', 'US', 'AU']), p = person(r, c), co = telco(r, c);
  d.t(`${co} — itemised bill for `).l('PHONE', phone(r, c, 'm')).t(` (`).l('PERSON', full(p)).t(`)\nBilling period ${day(r, c)} – ${day(r, c)}\n\nDate        Time      Number called           Duration  Cost\n`);
  for (let i = r.int(4, 7); i > 0; i--) {
    const cc = r.chance(0.8) ? c : r.pick<C>(['PL', 'IN', 'BR', 'NL', 'IE']);
    d.t(`${pad(r.int(1, 28))}/${pad(r.int(1, 12))}  ${clock(r)}  `);
    if (r.chance(0.15)) d.t(`${maskedPhone(r)}`.padEnd(24));
    else { const n = phone(r, cc); d.l('PHONE', n).t(' '.repeat(Math.max(1, 24 - n.length))); }
    d.t(`${pad(r.int(0, 59))}:${pad(r.int(0, 59))}     ${r.int(0, 4)}.${r.digits(2)}\n`);
  }
  d.t(`Data: ${r.int(1, 90)}.${r.digits(2)} GB   Roaming: ${r.pick(['EU', 'none'])}   Plan ${tariff(r)}\n`);
};

const T_FAULT_JSON: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'DE', 'NL', 'US', 'FR']), p = person(r, c);
  d.t(`{"ticket":"${caseNo(r)}","severity":"${r.pick(['P2', 'P3'])}","opened":"${stamp(r)}","cpe":{"model":"${r.pick(['HG8245', 'FRITZ!Box 7530', 'SmartHub 2'])}","fw":"${version(r)}","wan_v4":"`).l('IP', ipv4(r, 'pub')).t('","wan_v6":"').l('IP', ipv6(r)).t(`","mgmt":"`).l('IP', ipv4(r, 'lan')).t(`"},"contact":{"name":"`).l('PERSON', nameForm(r, p)).t('","msisdn":"').l('PHONE', phone(r, c, 'm').replace(/\s/g, '')).t(`"},"olt":"${L(r, 3)}-OLT-${r.digits(2)}","notes":"LOS alarm cleared after ${r.int(2, 40)} min; no change to ${tariff(r)}"}\n`);
};

const T_SURVEY: Tpl = (r, d) => {
  const c = r.pick(ENG), co = r.pick(CO[c]), a1 = person(r, c), a2 = person(r, c);
  d.t(`${co} — post-contact survey, response ${r.digits(7)}\nQ1 How satisfied were you? ${r.int(1, 5)}/5\nQ2 Comments: "`).l('PERSON', a1.g).t(` was brilliant, sorted my ${r.pick(['bill', 'refund', 'meter'])} in ten minutes. Unlike `).l('PERSON', a2.g).t(' last week who hung up on me. ');
  d.t(`Please ${r.pick(['grant', 'give'])} them a bonus!"\nQ3 May we contact you? ${r.pick(['Yes', 'No'])}\n`);
  if (d.text.endsWith('Yes\n')) { const p = person(r, c); d.t('Contact: ').l('PERSON', full(p)).t(', ').l('EMAIL', email(r, p, c)).t('\n'); }
};

const T_SMS_LOG: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'AU', 'IE', 'US', 'NL']), co = r.pick(CO[c]);
  d.t(`sms_gateway.out  sender="${co.split(' ')[0]}"\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const p = person(r, c);
    d.t(`${stamp(r)} to=`).l('PHONE', phone(r, c, 'm').replace(/\s/g, '')).t(' msg="Hi ').l('PERSON', p.g).t(r.pick([
      `, your bill of ${money(r, '$').slice(1)} is ready. Pay by ${day(r, c)}."`,
      `, we couldn't read your meter today. Submit a reading at ${(co.split(' ')[0] ?? 'my').toLowerCase()}.app/read"`,
      `, planned outage ${day(r, c)} 09:00-15:00 due to network upgrades."`,
      `, your engineer is 30 mins away."`,
    ])).t(` status=${r.pick(['DELIVRD', 'DELIVRD', 'UNDELIV'])}\n`);
  }
};

const T_VOICEMAIL: Tpl = (r, d) => {
  const c = r.pick(ENG), p = person(r, c), num = phone(r, c, 'm');
  d.t(`Voicemail transcription (auto) — ${stamp(r)} — from `).l('PHONE', num).t('\n"Hi, this is ').l('PERSON', full(p).toLowerCase()).t(` calling about account ${acct(r).split('').join(' ')}. My power's been off since ${r.pick(['Tuesday', 'last night', storm(r)])} and I've got ${r.pick(['a fridge full of insulin', 'a newborn', 'a home dialysis machine'])}. Please call me back on `).l('PHONE', speakNum(r, num)).t(`. Again that's `).l('PHONE', speakNum(r, num)).t('. Thanks."\n');
};

const T_SPOKEN_EMAIL: Tpl = (r, d) => {
  const k = ticker(r);
  const c = r.pick(ENG), p = person(r, c), ag = person(r, c), e = email(r, p, c);
  d.t(`[${k()}] Agent `).l('PERSON', ag.g).t(`: And where should we send the paperless bills?\n[${k()}] Customer: It's `).l('EMAIL', speakEmail(e)).t(`.\n[${k()}] Agent: So that's `).l('EMAIL', e).t(r.pick(['?', ', yeah?'])).t(`\n[${k()}] Customer: Yes. And put it under my partner's name, `).l('PERSON', full(person(r, c))).t(`, they'll pay the bills from now on.\n[${k()}] Agent: We'd need their consent first, I'm afraid — ${r.pick(['data protection', 'GDPR', 'account rules'])}.\n`);
};

const T_LEAK: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'AU', 'US', 'IE']), p = person(r, c), co = r.pick(CO[c].filter((x) => /Water|Utilities|District|Power/.test(x)));
  d.t(`${co} — Report a leak\nLocation: outside `).a(addr(r, c)).t(`, near the bus stop opposite ${r.pick(['the Nelson Mandela statue', 'St Mary\'s church', 'the Lidl car park', 'Kingsley Park'])}\nDescription: water bubbling up through the pavement, getting worse since ${r.pick(['Monday', 'the frost', storm(r)])}.\nReported by: `).l('PERSON', nameForm(r, p)).t('   Tel: ').l('PHONE', phone(r, c)).t(`\nLeak ref: ${caseNo(r)}\n`);
};

const T_DD_INDEMNITY: Tpl = (r, d) => {
  const c = r.pick<C>(['DE', 'NL', 'FR', 'ES', 'IT', 'BE']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`SEPA Direct Debit return (R-transaction) — reason MD06 (refund request by debtor)\nCreditor: ${co}   Creditor ID: ${creditorId(r, c)}\nDebtor: `).l('PERSON', full(p).toUpperCase()).t('\nDebtor IBAN: ').l('IBAN', iban(r, c)).t(`\nMandate ref: ${r.digits(12)}   End-to-end id: ${hex(r, 16).toUpperCase()}\nAmount: EUR ${r.int(30, 400)}.${r.digits(2)}   Settlement: ${day(r, 'ISO')}\n`);
  if (r.chance(0.5)) d.t(`Previous mandate IBAN (closed, invalid): ${badIban(r, c)}\n`);
};

const T_SOLAR: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'AU', 'DE']), p = person(r, c);
  d.t(`${c === 'DE' ? 'Anmeldung PV-Anlage / Marktstammdatenregister' : 'Smart Export Guarantee / feed-in application'}\nApplicant: `).l('PERSON', full(p)).t('\nInstallation address: ').a(addr(r, c)).t(`\nSystem: ${r.int(3, 12)}.${r.digits(1)} kWp, inverter ${r.pick(['SMA Sunny Boy', 'Fronius Primo', 'Enphase IQ8'])}, battery ${r.pick(['Tesla Powerwall 3', 'GivEnergy 9.5 kWh', 'BYD HVS 7.7', 'sonnenBatterie 10', 'none'])}\nMCS certificate: MCS-${r.digits(8)}   Export MPAN: ${mpan(r)}\nCommissioned: ${day(r, c)}\n`);
  if (c === 'AU') d.t(`Payments to: BSB ${r.digits(3)}-${r.digits(3)} account ${r.digits(8)}\nApplication fee ($${r.int(50, 150)}) paid by card: `).l('CARD', card(r));
  else d.t('Payments to: ').l('IBAN', iban(r, c));
  d.t('\nContact: ').l('EMAIL', email(r, p, c)).t('\n');
};

const T_EV: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'NL', 'DE', 'IE']), p = person(r, c);
  d.t(`EV charger installation booking\nCharger: ${r.pick(['Zappi v2', 'Ohme Home Pro', 'Wallbox Pulsar Plus', 'Easee One'])} for a ${r.pick(['Tesla Model Y', 'Nissan Leaf', 'Kia EV6', 'Renault Zoe'])}\nCustomer: `);
  if (r.chance(0.5)) d.self(full(p)); else d.l('PERSON', full(p));
  d.t('\nAddress: ').a(addr(r, c)).t(`\nSupply: ${r.int(60, 100)}A main fuse, earthing TN-C-S (PME)\nCharger Wi-Fi IP after setup: `).l('IP', ipv4(r, 'lan')).t(`\nInstaller: `).l('PERSON', person(r, c).g).t(`, ${r.pick(['Voltline Electrical', 'Ampère Installs', 'Kirchhoff Elektro'])}\nPreferred date: ${day(r, c)}\nMobile: `).l('PHONE', phone(r, c, 'm')).t('\n');
};

const T_PAYG: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'GB', 'IE']), p = person(r, c);
  d.t(`Prepayment top-up history — key/card no. 98${r.digits(17)}\nCustomer: `).l('PERSON', nameForm(r, p)).t('\nPremises: ').a(addr(r, c)).t('\n');
  for (let i = r.int(3, 5); i > 0; i--) d.t(`${day(r, c)}  ${r.pick(['PayPoint', 'Post Office', 'App', 'Payzone'])}  ${money(r, c === 'GB' ? '£' : '€')}  txn ${r.digits(10)}\n`);
  d.t('Emergency credit used. Debt recovery rate 30%. Card used for app top-ups: ').l('CARD', card(r)).t('\n');
};

const T_IDTHEFT: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  d.t(`IDENTITY THEFT AFFIDAVIT (utility account)\n\nI, `).self(full(p)).t(`, state that I did not open ${co} account ${acct(r)} at `).a(addr(r, 'US')).t('.\nMy date of birth: ').l('DOB', dob(r, 'US')).t('\nMy Social Security number: ').l('NATIONAL_ID', ssn(r)).t(`\nThe account was opened using SSN ${maskedSsn(r)} and phone ${maskedPhone(r)} from IP `).l('IP', ipv4(r, 'pub')).t(`.\nMy actual residence: `).a(addr(r, 'US')).t('\nPhone: ').l('PHONE', phone(r, 'US')).t(`   FTC report #${r.digits(9)}\n`);
};

const T_TEAMCHAT: Tpl = (r, d) => {
  const k = ticker(r);
  const c = r.pick(ENG), a1 = person(r, c), a2 = person(r, c), cust = person(r, c);
  d.t(`#billing-escalations\n`).l('PERSON', a1.g.toLowerCase()).t(` ${k().slice(0, 5)}: anyone know why ${r.pick(['BX-7', 'the Q3 rebill job', 'Ohm batch'])} is double-charging? got `);
  honName(r, d, cust, c).t(` on the line, acct ${acct(r)}\n`);
  d.t('').l('PERSON', a2.g.toLowerCase()).t(` ${k().slice(0, 5)}: yeah known issue, INC${r.digits(7)}. refund via card ending ${r.digits(4)}, don't take full number in chat pls\n`);
  d.t('').l('PERSON', a1.g.toLowerCase()).t(` ${k().slice(0, 5)}: too late lol cust read it out: `).l('CARD', card(r)).t(` — deleting\n`);
  d.t('').l('PERSON', a2.g.toLowerCase()).t(` ${k().slice(0, 5)}: 🙈 ok. also their callback is `).l('PHONE', phone(r, c)).t(' and email ').l('EMAIL', email(r, cust, c)).t('\n');
};

const T_DE_RECHNUNG: Tpl = (r, d) => {
  const c = r.pick<C>(['DE', 'AT', 'CH']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`${co} · `).a(addr(r, c), ' · ').t('\n\n');
  d.t(`${p.fem ? 'Frau' : 'Herrn'}\n`).l('PERSON', full(p)).t('\n').a(addr(r, c), '\n').t(`\n\nJahresverbrauchsabrechnung ${r.int(2023, 2025)}\nKundennummer ${r.digits(8)} · Vertragskonto ${r.digits(12)} · Rechnungsdatum ${day(r, c)}\n`);
  d.t(`Verbrauch: ${kwh(r)} · Zähler ${r.digits(1)}${L(r, 3)}${r.digits(10)} · Zählpunkt DE${r.digits(11)}${r.digits(20)}\nAbbuchung von IBAN `).l('IBAN', iban(r, c)).t(`\nFragen? `).l('PHONE', phone(r, c, r.pick(['s', 'l']))).t(' · ').l('EMAIL', roleMail(r, co, c)).t('\nSteuer-Nr. ' + `${r.digits(3)}/${r.digits(3)}/${r.digits(5)}\n`);
};

const T_FR_FACTURE: Tpl = (r, d) => {
  const c = r.pick<C>(['FR', 'BE']), p = person(r, c), co = r.pick(CO[c]);
  d.t(`${co}\nFacture n° ${r.digits(10)} du ${day(r, c)}\n\n${hon(r, p, c)} `).l('PERSON', `${p.g} ${p.s.toUpperCase()}`).t('\n').a(addr(r, c), '\n').t(`\n\nRéf. client : ${r.digits(9)}  PCE : GI${r.digits(6)}  Compteur ${meterSerial(r)}\nConsommation estimée : ${kwh(r)} (index ${reading(r)})\nÀ payer avant le ${day(r, c)} : ${r.int(40, 500)},${r.digits(2)} €\nDépannage 24h/24 : `);
  d.l('PHONE', phone(r, c, c === 'FR' ? 's' : 'l')).t(`\nNé(e) le `).l('DOB', dob(r, c)).t(` — tarif social : ${r.pick(['oui', 'non'])}\n`);
};

const T_IN_COMPLAINT: Tpl = (r, d) => {
  const p = person(r, 'IN'), co = r.pick(CO.IN);
  d.t(`To,\nThe Assistant Engineer,\n${co}\n\nSub: Excess billing on consumer no. ${r.digits(12)}\n\nRespected Sir/Madam,\n\nI, `).self(full(p)).t(', residing at ').a(addr(r, 'IN')).t(`, have received a bill of ₹${r.int(4, 60)},${r.digits(3)} for ${r.int(300, 1900)} units, whereas my average is ${r.int(90, 250)} units. The meter reader, Mr `).l('PERSON', person(r, 'IN').s).t(`, did not visit.\nKindly rectify. Contact: `).l('PHONE', phone(r, 'IN')).t(' / ').l('EMAIL', email(r, p, 'IN')).t(`\nAadhaar (masked): XXXX XXXX ${r.digits(4)}\n\nYours faithfully,\n`).l('PERSON', `${p.g.charAt(0)}. ${p.s}`).t('\n');
};

const T_PUC: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  d.t(`Public Utilities Commission — Consumer Complaint Form\nUtility: ${co}\nComplainant: `).self(full(p)).t('\nMailing address: ').a(addr(r, 'US')).t('\nBest phone: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p, 'US'));
  if (r.chance(0.6)) d.t('\nLast 4 of SSN: ' + r.digits(4) + ' (full SSN for verification: ').l('NATIONAL_ID', ssn(r)).t(')');
  d.t(`\nAccount #: ${acct(r)}\nDescribe complaint: They shut off my gas on ${day(r, 'US')} even though I called ${r.pick(['twice', 'three times'])} and spoke to a supervisor named `).l('PERSON', person(r, 'US').g).t(`. I have a medical certificate on file (${r.pick(['COPD', "Crohn's disease", 'heart condition'])}). The Cold Weather Rule should apply.\n`);
};

const T_BE_CONTRACT: Tpl = (r, d) => {
  const p = person(r, 'BE'), co = r.pick(CO.BE);
  d.t(`${co} — Contrat d'énergie / Energiecontract\nCode EAN : 5414${r.digits(14)}\nTitulaire / Titularis : `).l('PERSON', `${p.s.toUpperCase()}, ${p.g}`).t(`\nN° registre national : ${r.digits(2)}.${r.digits(2)}.${r.digits(2)}-${r.digits(3)}.${r.digits(2)}\nAdresse : `).a(addr(r, 'BE')).t('\nDate de naissance : ').l('DOB', dob(r, 'BE')).t('\nGSM : ').l('PHONE', phone(r, 'BE', 'm')).t('\nDomiciliation : ').l('IBAN', iban(r, 'BE')).t('\n');
};

const T_PT_EMAIL: Tpl = (r, d) => {
  const p = person(r, 'PT'), co = r.pick(CO.PT);
  d.t(`De: `).l('EMAIL', email(r, p, 'PT')).t(`\nPara: `).l('EMAIL', roleMail(r, co, 'PT')).t(`\nAssunto: CPE PT0002${r.digits(12)}${L(r, 2)} — mudança de titular\n\nBoa tarde,\n\nSou `).self(full(p)).t(`, NIF ${r.digits(9)}, e mudei-me para `).a(addr(r, 'PT')).t(`. Peço a alteração do débito direto para o IBAN `).l('IBAN', iban(r, 'PT')).t('.\nO meu contacto é ').l('PHONE', phone(r, 'PT', 'm')).t('.\n\nObrigad' + (p.fem ? 'a' : 'o') + ',\n').l('PERSON', p.g).t('\n');
};

const T_SEPARATED_VALUES: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'DE', 'NL']), p = person(r, c), co = r.pick(CO[c]);
  const ib = ibanCompact(r, c), e = email(r, p, c);
  const cut = r.int(8, ib.length - 6);
  d.t(`Fwd: ${co} — please update\n> Name: `).l('PERSON', full(p)).t(`\n> New account (copied from a PDF, wrapped): ${ib.slice(0, cut)}-\n> ${ib.slice(cut)}\n> Or e-mail me: ${e.slice(0, e.indexOf('@') + 1)}\n> ${e.slice(e.indexOf('@') + 1)}\n> Otherwise correct address is `).l('EMAIL', e).t(`\n> Phone: `).l('PHONE', phone(r, c)).t('\n');
};

const T_ACCOUNT_RECORD: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'US', 'AU', 'IE', 'CA', 'NL', 'DE']), p = person(r, c);
  d.t(`ACCOUNT SUMMARY (billing system screen dump)\n------------------------------------------\nACCT NO ......... ${acct(r)}\nNAME ............ `).l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`).t('\nD.O.B. .......... ').l('DOB', dob(r, c)).t('\nPREMISE ......... ').a(addr(r, c).map((x) => x.toUpperCase())).t('\nTEL (H) ......... ').l('PHONE', phone(r, c, 'l')).t('\nTEL (M) ......... ');
  if (r.chance(0.7)) d.l('PHONE', phone(r, c, 'm')); else d.t(maskedPhone(r));
  if (c === 'US') d.t('\nSSN ............. ').l('NATIONAL_ID', ssn(r));
  d.t(`\nRATE ............ ${tariff(r)}\nMETER ........... ${meterSerial(r)}  LAST READ ${reading(r)} (${r.pick(['A', 'E', 'C'])})\nBALANCE ......... ${money(r, '')} ${r.pick(['DR', 'CR'])}\nPORTAL IP ....... `).l('IP', ip(r)).t(`\nFLAGS ........... ${r.pick(['PSR', 'VULN', 'NONE', 'DEBT-HOLD'])}\n`);
};

const T_OUTAGE_REPLY: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'US', 'AU', 'NL', 'DE']), p = person(r, c), co = energyCo(r, c);
  d.t(`Hello `).l('PERSON', p.g).t(`,\n\nThanks for reporting the power cut at `).a(addr(r, c)).t(`. Our engineers have identified a fault on the underground cable feeding ${r.pick(['Washington Street', 'Churchill Way', 'Kennedy Drive', 'Queen Victoria Road'])} and expect to restore supply by ${r.int(1, 11)}pm. If you rely on medical equipment, call us now on `).l('PHONE', phone(r, c, 's')).t(`.\nYou may be entitled to compensation under the Guaranteed Standards of Performance.\n\n`).l('PERSON', full(person(r, c))).t(`\nIncident Manager, ${co}\n`);
};

const T_KYC_CALL: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'US', 'AU']), p = person(r, c), ag = person(r, c), e = email(r, p, c);
  d.t(`Transcript (speech analytics, redaction OFF) — ${co(r, c)}\nA: Thanks for holding, it's `).l('PERSON', ag.g).t(` again. I just need to verify a few things. Your surname?\nC: `).l('PERSON', p.s).t(`.\nA: And the e-mail address?\nC: `).l('EMAIL', speakEmail(e)).t(`.\nA: Brilliant. And postcode?\nC: ${r.pick(['Sorry, I moved recently', 'Ah, let me think'])} — the full address is `).a(addr(r, c)).t(`.\nA: Thank you. And is that a mobile on `).l('PHONE', phone(r, c, 'm')).t(`?\nC: Yes. Oh, and my partner `).l('PERSON', full(person(r, c))).t(` should be on the account too.\nA: I'll add them as a named contact. Anything else? I've noted your PSR flag for ${r.pick(["Alzheimer's", 'a hearing impairment', 'dialysis'])}.\n`);
};
const T_CHARGEBACK: Tpl = (r, d) => {
  const p = person(r, 'US'), rep = person(r, 'US'), co = r.pick(CO.US);
  d.t(`${co} — Billing dispute worksheet ${caseNo(r)}\nOpened by: `).l('PERSON', rep.g).t(`\nCustomer: `).l('PERSON', `${p.s}, ${p.g}`).t('\nVerified via SSN: ').l('NATIONAL_ID', ssn(r)).t(' (customer read it out; policy is last four only)\n');
  d.t('Disputed charge on card ').l('CARD', card(r)).t(`: ${money(r, '$')} posted ${day(r, 'US')} (duplicate of autopay). Old card ${maskedCard(r)} is closed; a typo'd number ${badCard(r)} was also on file.\n`);
  d.t('Callback: ').l('PHONE', phone(r, 'US')).t(`  Best time: after 5pm\nRouting ${routing(r)} / merchant id ${r.digits(15)}\n`);
};

const T_US_TRANSFER: Tpl = (r, d) => {
  const p = person(r, 'US'), co = r.pick(CO.US);
  d.t(`${co} — Stop / Start / Transfer Service\n\n[x] Transfer service\nAccount holder: `);
  if (r.chance(0.5)) d.self(full(p)); else d.l('PERSON', full(p));
  d.t('\nLast 4 SSN: ').t(maskedSsn(r)).t('   Full SSN (new premise credit check): ').l('NATIONAL_ID', ssn(r)).t('\nDOB: ').l('DOB', dob(r, 'US'));
  d.t(`\nStop at: `).a(addr(r, 'US')).t(` on ${day(r, 'US')}\nStart at: `).a(addr(r, 'US')).t(` on ${day(r, 'US')}\nFinal bill to: `).l('EMAIL', email(r, p, 'US')).t('\nPhone: ').l('PHONE', phone(r, 'US')).t(`\nPet on premises: ${r.pick(['dog named Bill', 'cat (Rosie)', 'none'])}\n`);
};

function telco(r: Rng, c: C): string {
  const t = CO[c].filter((x) => /Tele|Wireless|Cable|Móvil|Broadband|Fibr|Glasvezel|Telco|nät|Helvetel|Polnet/.test(x));
  return r.pick(t.length > 0 ? t : CO[c]);
}
function energyCo(r: Rng, c: C): string {
  const t = CO[c].filter((x) => !/Tele|Wireless|Cable|Móvil|Broadband|Fibr|Glasvezel|Telco|nät|Helvetel|Polnet|Water|Eaux|Aguas/.test(x));
  return r.pick(t.length > 0 ? t : CO[c]);
}
function co(r: Rng, c: C): string {
  return r.pick(CO[c]);
}

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, but plenty that looks like it.
const N_PLANNED: Tpl = (r, d) => {
  const c = r.pick<C>(['GB', 'IE', 'AU', 'US']);
  d.t(`PLANNED POWER CUT — notice ref ${caseNo(r)}\n\nDate: ${day(r, c)}, 09:00–15:00\nArea: properties on ${r.pick(['Wellington Road', 'Nelson Terrace', 'Station Road', 'Kennedy Drive'])} and ${r.pick(['Mill Lane', 'Churchill Way', 'Victoria Street'])}, ${r.pick(['Hebden Bridge (HX7', 'Truro (TR1', 'Marrickville (2204', 'Galway (H91', 'Savannah (31401'])} area)\n`);
  d.t(`Why: we are replacing a transformer damaged during ${storm(r)}. Substation ${L(r, 3)}-${r.digits(4)}, feeder ${r.int(1, 12)}.\nPlease switch off ${brand(r).split(' ')[0]} appliances and anything with a ${r.pick(['Tesla Powerwall', 'Zappi charger'])} backup setting. Customers on the Priority Services Register will be contacted separately.\nWork order ${r.digits(3)}-${r.digits(4)}-${r.digits(3)} · crew ${L(r, 2)}${r.int(10, 99)} · estimated load ${kwh(r)}\n`);
};
const N_TARIFF: Tpl = (r, d) => {
  const cur = r.pick(['£', '€', '$']);
  d.t(`Tariff change notice — effective ${day(r, 'GB')}\n\nYour tariff ${tariff(r)} is changing to ${tariff(r)}.\nUnit rate: ${r.int(18, 35)}.${r.digits(2)}p/kWh (was ${r.int(18, 35)}.${r.digits(2)}p)\nStanding charge: ${r.int(40, 60)}.${r.digits(2)}p/day\nEstimated annual cost at ${kwh(r)}: ${money(r, cur)}\nTariff comparison rate (TCR) code ${L(r, 2)}${r.digits(6)}; exit fees: none.\n`);
  d.t(`This follows the ${r.pick(['Ofgem price cap', 'CRU decision', 'Default Market Offer'])} review of ${day(r, 'GB')}. As ${r.pick(["Murphy's law", "Parkinson's law"])} would have it, wholesale prices rose the week after. Good news: our Grant Support Fund and the Hope Springs community scheme are open until ${day(r, 'GB')}.\n`);
};
const N_READS_CSV: Tpl = (r, d) => {
  d.t('meter_serial,mpan_core,read_ts,register,reading_kwh,read_type,validation\n');
  for (let i = r.int(5, 9); i > 0; i--) d.t(`${meterSerial(r)},${r.int(10, 23)}${r.digits(11)},${stamp(r)},${r.pick(['01', '02', 'R1', 'N'])},${r.int(100, 99999)}.${r.digits(1)},${r.pick(['A', 'E', 'C', 'S'])},${r.pick(['PASS', 'PASS', 'FAIL_HIGH', 'ZERO_CONS'])}\n`);
};
const N_RELEASE: Tpl = (r, d) => {
  d.t(`billing-engine ${version(r)} release notes (${day(r, 'ISO')})\n\n* Faraday rating module: fixes rounding for Economy 7 split reads (BILL-${r.digits(4)}).\n* Card form now rejects Luhn-invalid input such as ${badCard(r)} (was accepted in ${version(r)}).\n* IBAN validator: ${badIban(r, r.pick(['DE', 'GB', 'FR', 'NL']))} now correctly flagged invalid.\n`);
  d.t(`* Bumped tesla-modbus to ${version(r)}, edison-scheduler to ${version(r)}.\n* Commit ${hex(r, 40)}; image sha256:${hex(r, 24)}…\n* Known issue: ${r.pick(['Ohm', 'Joule', 'Kelvin'])} batch may retry ${r.int(2, 9)} times; see ${caseNo(r)}.\n`);
};
const N_POSTMORTEM: Tpl = (r, d) => {
  d.t(`Incident review ${caseNo(r)} — delayed direct-debit collection\n\nTimeline (UTC)\n${stamp(r)}  bacs-submit job ${hex(r, 8)} failed on billing-db-0${r.int(1, 9)}\n${stamp(r)}  on-call paged (team Hopper)\n${stamp(r)}  ${r.int(1000, 90000).toLocaleString('en-GB')} collections re-queued; ${r.int(10, 400)} mandates flagged for manual review\n\n`);
  d.t(`Root cause: a clock drift of ${r.int(2, 40)}s on the SUN ${r.digits(6)} submission host during the ${storm(r)} load spike. Customer identifiers were redacted from this document. Service user number, EIN ${ein(r)} and sort codes are company data.\nAction items: ${r.int(2, 6)} (owners: Billing Platform, Team Marconi).\n`);
};
const N_FW_LOG: Tpl = (r, d) => {
  const k = ticker(r);
  d.t(`[comms-hub] boot ${version(r)} (build ${hex(r, 7)})\n`);
  for (let i = r.int(4, 7); i > 0; i--) d.t(`${k()} ${r.pick(['zigbee join ok', 'HAN channel 15', 'GSM attach', 'ESME heartbeat', 'firmware image verified'])} dev=${mac(r)} fw=${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1, 250)} imei=${imei(r)} iccid=${iccid(r)}\n`);
};
const N_STATS: Tpl = (r, d) => {
  d.t(`Press release — ${day(r, 'GB')}\n\nComplaints to the ${r.pick(['Energy Ombudsman', 'Telecommunications Industry Ombudsman', 'médiateur national de l’énergie'])} rose ${r.int(3, 40)}% in Q${r.int(1, 4)} ${r.int(2023, 2025)}, to ${r.int(10, 90)},${r.digits(3)} cases. Back-billing and smart-meter faults were the top causes. `);
  d.t(`The regulator said providers must follow the ${r.pick(['Consumer Duty', 'Energy Charter', 'Cold Weather Rule'])}. Awards: the ${r.pick(['Nobel', 'Pulitzer', 'Queen’s Award'])}-style "Fair Billing" prize went to ${r.pick(['Northfold Energy', 'Corrib Energy', 'Wattle Power'])}, headquartered in ${r.pick(['Leeds', 'Galway', 'Adelaide'])}. Median resolution time: ${r.int(20, 90)} days. Figures exclude Storm ${r.pick(['Darragh', 'Bert', 'Isha'])} claims.\n`);
};
const N_TIPS: Tpl = (r, d) => {
  d.t(`Winter energy tips from ${r.pick(['Kestrel Power', 'Polderstroom', 'Maple Hydro'])}\n\n1. Bleed your radiators — a ${r.pick(['Bosch', 'Worcester', 'Vaillant'])} boiler runs up to ${r.int(5, 15)}% better.\n2. Swap old Edison bulbs for LEDs (a 60 W bulb is about ${r.int(5, 9)} W as LED).\n3. Tumble dryers: a Hoover heat-pump model uses ~${r.int(1, 2)}.${r.digits(1)} kWh per cycle.\n`);
  d.t(`4. Ask about the ${r.pick(['Warm Home Discount', 'Winter Fuel Payment', 'Energy Grant'])} — worth up to £${r.int(150, 600)}.\n5. Book a free check with May & Baker Heating Ltd or Rose Valley Insulation (code ${L(r, 4)}${r.int(10, 99)}).\nReading: ${reading(r)} · Tip no. ${r.digits(3)}-${r.digits(3)}-${r.digits(4)} is our campaign id, not a phone line.\n`);
};
const N_INVOICE_EXPORT: Tpl = (r, d) => {
  d.t('invoice_id,issued,due,amount,currency,pay_ref,status\n');
  for (let i = r.int(4, 7); i > 0; i--) d.t(`INV-${r.int(2023, 2025)}-${r.digits(6)},${day(r, 'ISO')},${day(r, 'ISO')},${r.int(10, 900)}.${r.digits(2)},${r.pick(['GBP', 'EUR', 'USD'])},${r.pick([badCard(r).replace(/\D/g, ''), badIban(r, r.pick(['DE', 'FR', 'ES', 'IT'])).replace(/\s/g, ''), `RT${routing(r)}`, `EIN${ein(r)}`, hex(r, 12)])},${r.pick(['PAID', 'OPEN', 'VOID'])}\n`);
};
const N_IVR_MENU: Tpl = (r, d) => {
  d.t(`IVR script ${version(r)} — main menu (${r.pick(['EN', 'EN/CY', 'EN/FR'])})\n"Welcome. Calls may be recorded. If you smell gas, hang up and call the national emergency number.\n Press 1 to give a meter reading. Press 2 for bills and payments. Press 3 if you are moving home. Press 4 for a power cut in your area. Press 9 to hear these options again."\nqueue_map: 1→METER_${r.digits(3)}, 2→BILL_${r.digits(3)}, 3→COT_${r.digits(3)}; max_wait=${r.int(60, 900)}s; holiday closures ${day(r, 'GB')}, ${day(r, 'GB')}\n`);
};
const N_STATUS_JSON: Tpl = (r, d) => {
  d.t(`{"service":"broadband","region":"${r.pick(['North West', 'Leinster', 'Noord-Holland', 'Île-de-France'])}","status":"${r.pick(['degraded', 'operational'])}","since":"${stamp(r)}","exchanges":["${L(r, 4)}","${L(r, 4)}"],"incident":"${caseNo(r)}","fw_rollout":"${version(r)}","customers_affected":${r.int(10, 9000)},"cause":"fibre cut near the Tesla Supercharger site, Washington Business Park"}\n`);
};

const POS: readonly Tpl[] = [
  T_CALL_GB, T_CALL_US, T_BACS, T_SEPA_DE, T_SEPA_FR, T_MOVEIN_GB, T_MOVEOUT_DE, T_OUTAGE_US, T_SMART_LOG, T_ROUTER_LOG,
  T_COLLECT_GB, T_COLLECT_US, T_OMBUDSMAN_GB, T_MEDIATEUR_FR, T_SCHLICHTUNG_DE, T_CSV_GB, T_JSON_US, T_IVR_CARD, T_CRM_NOTES,
  T_PSR, T_ES_TITULAR, T_IT_VOLTURA, T_NL_CONTRACT, T_IE_BILL, T_CA_HYDRO, T_JP, T_KR, T_BR, T_PL, T_SE, T_CH_REFUND, T_PORT,
  T_ENGINEER, T_SIMSWAP, T_WEBCHAT, T_LANDLORD, T_BEREAVE, T_PAYPLAN_AU, T_METER_READ_MAIL, T_INSTALL_JOB, T_WHD,
  T_DEBT_REFERRAL, T_US_APPLICATION, T_AUTOPAY, T_ITEMISED, T_FAULT_JSON, T_SURVEY, T_SMS_LOG, T_VOICEMAIL, T_SPOKEN_EMAIL,
  T_LEAK, T_DD_INDEMNITY, T_SOLAR, T_EV, T_PAYG, T_IDTHEFT, T_TEAMCHAT, T_DE_RECHNUNG, T_FR_FACTURE, T_IN_COMPLAINT, T_PUC,
  T_BE_CONTRACT, T_PT_EMAIL, T_SEPARATED_VALUES, T_ACCOUNT_RECORD, T_OUTAGE_REPLY, T_KYC_CALL, T_CHARGEBACK, T_US_TRANSFER,
];
/** Positive templates; the US ones (the only carriers of SSNs), card-heavy and IBAN-heavy ones drawn twice as often. */
const POS_WEIGHTED: readonly Tpl[] = [...POS, T_CALL_US, T_JSON_US, T_US_APPLICATION, T_IDTHEFT, T_CHARGEBACK, T_US_TRANSFER, T_AUTOPAY, T_IVR_CARD, T_TEAMCHAT, T_PAYPLAN_AU,
  T_SEPA_DE, T_SEPA_FR, T_DD_INDEMNITY, T_CH_REFUND, T_ES_TITULAR];
const NEG: readonly Tpl[] = [N_PLANNED, N_TARIFF, N_READS_CSV, N_RELEASE, N_POSTMORTEM, N_FW_LOG, N_STATS, N_TIPS, N_INVOICE_EXPORT, N_IVR_MENU, N_STATUS_JSON];
/** Number of distinct document templates. */
export const INDEPENDENT63_TEMPLATE_COUNT = POS.length + NEG.length;

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent63Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent63Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT63_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT63_MIN_INSTANCES;
  const out: Independent63Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const negative = r.chance(0.1);
    (negative ? r.pick(NEG) : r.pick(POS_WEIGHTED))(r, d);
    if (negative && d.labels.length > 0) throw new Error('negative template produced a label');
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
