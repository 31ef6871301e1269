/**
 * @module privacy/pii-corpus-independent-54 — blind labelled PII corpus #54: food delivery and
 * ride-hailing platforms.
 *
 * WRITTEN BLIND. The author read only: the `Rng` class of `pii-corpus-values.ts`, `pii-corpus-checks.ts`
 * (Luhn, IBAN mod 97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first 30 lines of
 * `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and
 * `package.json`. The author did NOT read the detector, its patterns, name lists or tests, any other
 * corpus or template file, the docs, the benchmarks or the git history, and never ran the detector on
 * this text. Every name, address, template and value here was invented for this file.
 *
 * Seeds: {@link INDEPENDENT54_SEEDS} (540001, 540002, 540003). Each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT54_MIN_INSTANCES}); generation is
 * deterministic per seed.
 *
 * Contents: rider/driver/courier onboarding and background checks, courier and driver support chats,
 * order and trip complaints, lost items, fare and tip disputes, restaurant partner payouts, trip
 * receipts, dispatch/GPS/API logs, LLM support-assistant chats, safety incident reports, call
 * transcripts, CSV exports and data requests, across about twenty countries and thirty naming cultures;
 * about one document in ten is a pure hard negative (people-named brands, places, dishes, diseases,
 * laws and storms, order/trip/tracking ids, hashes, versions, timestamps, Luhn-invalid card-like
 * numbers, invalid IBANs, EINs, routing numbers, non-birth dates), and such traps are sprinkled through
 * the labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms
 *   are labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets or
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid/masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the last
 *   postcode/city/country line); recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT54_SEEDS = [540001, 540002, 540003] as const;
export const INDEPENDENT54_MIN_INSTANCES = 2400;

/** A gold label carrying the exact text of its span. */
export type Independent54Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent54Entry = PiiCorpusEntry & { readonly labels: readonly Independent54Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent54Label[] = [];
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
  n(name: string): this {
    return this.l('PERSON', name);
  }
}

type R = Rng;
const W = (s: string): string[] => s.split(' ');
const B = (s: string): string[] => s.split('|');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly g: readonly string[];
  readonly f: readonly string[];
  readonly east?: boolean;
}

const CULTURES: Record<string, Culture> = {
  en: {
    g: W('James Olivia Will Hope Grant Rose Bill May Guy Faith Dawn Hunter Summer Mark Ray Joy Chase Brooke'),
    f: W('Carter Young King Fox Baker Cook Long Strong Love Rich Black Brooks Hill Walker Price Sharp'),
  },
  ie: {
    g: W('Siobhán Niamh Cian Oisín Aoife Ciarán Pádraig Róisín Eoin Saoirse Declan Maeve'),
    f: B("O'Sullivan|Ó Briain|McCarthy|Byrne|Gallagher|Doyle|Kavanagh|Fitzgerald|Quinlan|Whelan|Donnelly|Murphy"),
  },
  sc: {
    g: W('Callum Isla Fraser Eilidh Angus Morag Ewan Kirsty Hamish Ailsa Rory Catriona'),
    f: W('MacLeod Robertson Campbell Munro Sinclair Drummond Buchanan MacKenzie Gillies Lennox Ferguson Baird'),
  },
  fr: {
    g: W('Élodie Mathis Chloé Théo Margaux Aurélien Inès Baptiste Clémence Noé Solène Maël'),
    f: W('Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lambert Faure Mercier Dupont Gauthier Roux'),
  },
  de: {
    g: W('Jürgen Lena Maximilian Annika Tobias Svenja Lukas Friederike Henrik Mareike Jannik Greta'),
    f: W('Müller Schneider Köhler Weißmann Hoffmann Schäfer Krüger Zimmermann Becker Vogel Neumann Brandt'),
  },
  nl: {
    g: W('Sanne Daan Femke Bram Lotte Joost Anouk Thijs Maartje Sem Fleur Ruben'),
    f: B('de Vries|van den Berg|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van Dijk|Kuipers|Hendriks'),
  },
  es: {
    g: W('Lucía Alejandro Pilar Iñigo Nerea Álvaro Macarena Sergio Itziar Rocío Javier Begoña'),
    f: W('García Fernández López Martínez Sánchez Romero Navarro Iglesias Ortega Delgado Castillo Rubio'),
  },
  mx: {
    g: W('Guadalupe Jesús Ximena Emiliano Itzel Santiago Citlali Diego Yolanda Mateo Araceli Joaquín'),
    f: W('Hernández González Ramírez Flores Cruz Morales Reyes Gutiérrez Chávez Mendoza Vázquez Aguilar'),
  },
  br: {
    g: W('João Thiago Gabriela Larissa Rafael Juliana Caio Beatriz Vinícius Letícia Gustavo Luana'),
    f: W('Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Ribeiro Barbosa Rocha'),
  },
  it: {
    g: W('Giulia Lorenzo Chiara Matteo Francesca Alessandro Martina Davide Federica Simone Serena Giacomo'),
    f: W('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Galli'),
  },
  pl: {
    g: W('Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Grzegorz Zofia Bartosz Joanna Łukasz Dorota Paweł'),
    f: W('Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski'),
  },
  ua: {
    g: W('Dmitri Yekaterina Sergei Anastasia Oleksandr Olena Mykola Tetiana Artem Svetlana Bohdan Yulia'),
    f: W('Ivanov Petrova Smirnov Kuznetsova Shevchenko Kovalenko Bondarenko Melnyk Sokolov Volkova Tkachenko Morozov'),
  },
  tr: {
    g: W('Emre Elif Burak Zeynep Mehmet Ayşe Can Selin Oğuz Büşra Kerem Derya'),
    f: W('Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aksoy'),
  },
  ar: {
    g: W('Mohammed Fatima Said Layla Omar Noor Khalid Mariam Youssef Huda Tariq Amira'),
    f: W('Al-Farsi Haddad Nasser Khoury Mansour Al-Rashid Saleh Hamdan Aziz Barakat El-Sayed Darwish'),
  },
  fa: {
    g: W('Dariush Shirin Arash Parisa Kian Nasrin Babak Leila Farhad Roya Omid Mahsa'),
    f: W('Hosseini Rahimi Karimi Tehrani Jafari Moradi Ahmadi Sadeghi Rostami Bahrami Kazemi Ebrahimi'),
  },
  hi: {
    g: W('Priya Arjun Ananya Rohan Kavya Vikram Sneha Aditya Pooja Rahul Meera Siddharth'),
    f: W('Sharma Verma Gupta Mehta Kapoor Joshi Malhotra Agarwal Chauhan Saxena Bhatt Patel'),
  },
  ta: {
    g: W('Karthik Lakshmi Senthil Divya Murugan Revathi Arun Kaviya Balaji Nithya Vignesh Sangeetha'),
    f: W('Iyer Subramanian Ramasamy Krishnan Natarajan Pillai Raghavan Sundaram Venkatesan Palaniappan Annamalai Rajendran'),
  },
  bn: {
    g: W('Anik Tahmina Sourav Nusrat Arnab Rituparna Imran Farzana Debashis Shreya Rafiq Mithila'),
    f: W('Chowdhury Banerjee Mukherjee Das Hossain Rahman Ghosh Sarkar Bhattacharya Islam Sen Majumder'),
  },
  zh: {
    g: W('Wei Xiaoling Jun Mei Hao Yan Zhiwei Lihua Jing Bo Xin Ming'),
    f: W('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun'),
    east: true,
  },
  ja: {
    g: W('Haruto Yui Sota Hina Ren Aoi Kenji Sakura Takumi Misaki Daiki Yuna'),
    f: W('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada'),
    east: true,
  },
  ko: {
    g: W('Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Seojun Eunji Hyunwoo Sora Taeyang Yerin'),
    f: W('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Moon'),
    east: true,
  },
  vi: {
    g: W('Linh Minh Thảo Huy Ngọc Tuấn Phương Dũng Trang Quang Hương Khoa'),
    f: W('Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô'),
    east: true,
  },
  ph: {
    g: W('Rodel Maricel Jericho Kristine Rommel Analyn Nestor Jovelyn Arnel Lovely Efren Rhea'),
    f: B('dela Cruz|Bautista|Villanueva|Aquino|Macaraeg|Dimaculangan|Pascual|Manalo|Soriano|Tolentino|Salazar|Gatchalian'),
  },
  id: {
    g: W('Budi Siti Agus Dewi Wahyu Ratna Eko Putri Joko Intan Bayu Sari'),
    f: W('Santoso Wijaya Hidayat Saputra Kusuma Pratama Nugroho Setiawan Lestari Halim Gunawan Siregar'),
  },
  th: {
    g: W('Somchai Kanya Anurak Ploy Narong Siriporn Thanakorn Malee Prasert Nattaya Kittisak Chanida'),
    f: W('Srisai Chaiyaporn Wongsakul Rattanakorn Boonmee Sukprasert Thongchai Kaewkla Phromma Jaidee Saelim Inthawong'),
  },
  ng: {
    g: W('Adebayo Chiamaka Oluwaseun Ngozi Emeka Funmilayo Chinedu Temitope Obinna Yetunde Ikenna Blessing'),
    f: W('Adeyemi Okafor Balogun Eze Okonkwo Adebisi Nwosu Olawale Chukwu Ogunleye Obi Afolabi'),
  },
  ke: {
    g: W('Wanjiru Otieno Akinyi Kamau Njeri Mwangi Achieng Kipchoge Wambui Baraka Nyambura Juma'),
    f: W('Odhiambo Kariuki Mutua Wekesa Chebet Njoroge Omondi Kimani Kiprono Muthoni Ouma Nyaga'),
  },
  et: {
    g: W('Abebe Selam Tesfaye Meron Dawit Hiwot Yohannes Tigist Bereket Liya Henok Saba'),
    f: W('Bekele Tadesse Haile Girma Alemu Desta Mengistu Tsegaye Wolde Kebede Assefa Gebremedhin'),
  },
  sv: {
    g: W('Linnea Oskar Elsa Axel Saga Viktor Ebba Hugo Maja Nils Astrid Gustav'),
    f: W('Lindqvist Andersson Johansson Bergström Nyberg Sjöberg Holmgren Lundgren Åkesson Engström Dahl Forsberg'),
  },
  el: {
    g: W('Eleni Giorgos Katerina Nikos Dimitra Yiannis Sofia Kostas Vasiliki Panagiotis Eirini Stavros'),
    f: W('Papadopoulos Georgiou Nikolaidis Konstantinou Vlachou Alexiou Dimitriou Karagiannis Oikonomou Papageorgiou Christodoulou Angelopoulos'),
  },
  hu: {
    g: W('Zsófia Bence Réka Ádám Eszter Levente Dóra Gergő Anikó Márton Noémi Csaba'),
    f: W('Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp'),
    east: true,
  },
  ro: {
    g: W('Ioana Andrei Mihaela Bogdan Alexandra Cosmin Raluca Florin Bianca Radu Oana Sorin'),
    f: W('Popescu Ionescu Dumitrescu Stan Constantin Marinescu Georgescu Stoica Munteanu Dobre Lungu Tudor'),
  },
};

const JA_NATIVE_F = W('佐藤 鈴木 高橋 田中 渡辺 伊藤 中村 小林');
const JA_NATIVE_G = W('陽菜 蓮 結衣 大翔 美咲 健太 さくら 翔太');
const KO_NATIVE_F = W('김 이 박 최 정 강 윤 장');
const KO_NATIVE_G = W('민준 서연 지호 하은 도현 지우 수빈 예린');

interface Person {
  readonly g: string;
  readonly f: string;
  readonly east: boolean;
}

function person(r: R, cults: readonly string[]): Person {
  const c = CULTURES[r.pick(cults)] ?? (CULTURES.en as Culture);
  return { g: r.pick(c.g), f: r.pick(c.f), east: c.east === true };
}
const full = (p: Person): string => (p.east ? `${p.f} ${p.g}` : `${p.g} ${p.f}`);
const cap1 = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A way a third party might be written: full, initials, surname, given, caps, lower, "Surname, Given". */
function variant(r: R, p: Person): string {
  const k = r.int(0, 19);
  if (k < 9) return full(p);
  if (k < 11) return `${p.g.charAt(0)}. ${cap1(p.f)}`;
  if (k < 13) return p.g;
  if (k < 14) return cap1(p.f);
  if (k < 16) return full(p).toUpperCase();
  if (k < 17) return full(p).toLowerCase();
  return `${p.f}, ${p.g}`;
}

// ---------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function emailOf(r: R, p: Person, domains: readonly string[]): string {
  const g = fold(p.g) || 'user';
  const f = fold(p.f) || 'mail';
  const local = r.pick([
    `${g}.${f}`,
    `${g.charAt(0)}${f}`,
    `${g}${f}${r.int(1, 99)}`,
    `${f}_${g}`,
    `${g}.${f.charAt(0)}${r.int(70, 99)}`,
    `${g}-${f}`,
  ]);
  return `${local}@${r.pick(domains)}`;
}

const ROLE_DOMAINS = W('rydo.app munchgo.com swiftbite.eu karavanrides.com pedalbox.co.uk tukki.ng chakula.co.ke gogobento.jp platto.com.br zipcab.io');
const ROLES = W('support payouts partners safety privacy dpo drivers couriers claims help onboarding');
const roleEmail = (r: R): string => `${r.pick(ROLES)}@${r.pick(ROLE_DOMAINS)}`;
const BRANDS = W('Rydo MunchGo SwiftBite Karavan Pedalbox Tukki Chakula Zipcab Platto');
const GOGO = 'GoGo Bento';

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A compact Luhn-valid card number of a real network shape. */
function cardDigits(r: R): string {
  const k = r.int(0, 11);
  let prefix: string;
  let len = 16;
  if (k < 4) prefix = '4';
  else if (k < 6) prefix = String(r.int(51, 55));
  else if (k < 7) prefix = String(r.int(2221, 2720));
  else if (k < 8) [prefix, len] = [r.pick(['34', '37']), 15];
  else if (k < 9) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k < 10) prefix = String(r.int(3528, 3589));
  else if (k < 11) [prefix, len] = [r.pick(['36', '38', String(r.int(300, 305))]), 14];
  else prefix = '62';
  if (prefix === '4' && r.chance(0.08)) len = 19;
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

function groupCard(r: R, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 19) sizes = [4, 4, 4, 4, 3];
  else sizes = [4, 4, 4, 4];
  let out = '';
  let i = 0;
  for (const s of sizes) {
    out += (i ? sep : '') + d.slice(i, i + s);
    i += s;
  }
  return out;
}
const card = (r: R): string => groupCard(r, cardDigits(r));
function badCard(r: R): string {
  const d = cardDigits(r);
  const last = (Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}
const maskedCard = (r: R): string =>
  r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`]);

const LETTER_BANKS: Record<string, readonly string[]> = {
  GB: W('NWBK BARC LOYD HBUK MIDL'),
  NL: W('ABNA RABO INGB SNSB TRIO'),
  IE: W('AIBK BOFI IPBS'),
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

function ibanCompact(r: R, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const banks = LETTER_BANKS[cc];
  let bban = banks ? r.pick(banks) : '';
  if (cc === 'BR') bban = r.digits(len - 6) + 'C1';
  else bban += r.digits(len - 4 - bban.length);
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad(check) + bban;
}
function fmtIban(r: R, c: string): string {
  const k = r.int(0, 9);
  const grouped = c.replace(/(.{4})/g, '$1 ').trim();
  if (k < 6) return grouped;
  if (k < 8) return c;
  if (k < 9) return grouped.toLowerCase();
  return c.toLowerCase();
}
const iban = (r: R, cc: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: R, cc: string): string {
  const c = ibanCompact(r, cc);
  const cd = Number(c.slice(2, 4));
  return fmtIban(r, c.slice(0, 2) + pad(cd >= 97 ? cd - 1 : cd + 1) + c.slice(4));
}

function ssn(r: R): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const a = pad(area, 3);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const badSsn = (r: R): string =>
  r.pick([`000-${r.digits(2)}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${r.digits(4)}`, `9${r.digits(2)}-${pad(r.int(1, 99))}-${r.digits(4)}`, `***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`]);

function ipv4(r: R): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([23, 41, 62, 81, 88, 102, 105, 142, 154, 177, 185, 197, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: R): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const head = r.pick(['2001:db8', '2a02:c7f', '2600:1700', '2406:da18', '2c0f:fe38', 'fe80:0']);
  if (r.chance(0.5)) return `${head}:${h()}:${h()}::${h()}:${h()}`;
  return `${head}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
const ip = (r: R): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

const hex = (r: R, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16);
  return s;
};
const uuid = (r: R): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const orderNo = (r: R): string => `${r.pick(['MG', 'SB', 'RD', 'PX', 'CK'])}-${r.digits(4)}-${r.digits(5)}`;
const tripId = (r: R): string => `TR${r.digits(3)}${hex(r, 6).toUpperCase()}`;
const ticket = (r: R): string => `#${r.int(100000, 999999)}`;
const plate = (r: R): string =>
  r.pick([`KD${r.int(10, 99)} ${hex(r, 3).toUpperCase().replace(/\d/g, 'X')}`, `${r.digits(3)}-${r.pick(['BXT', 'KLM', 'RWA'])}`, `B-${r.pick(['MX', 'TR', 'KL'])} ${r.int(100, 9999)}`]);
const version = (r: R): string => `${r.int(3, 9)}.${r.int(0, 40)}.${r.int(0, 9)}${r.chance(0.5) ? `.${r.int(100, 999)}` : ''}`;
const ts = (r: R): string => `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const coords = (r: R): string => `${r.int(-35, 60)}.${r.digits(5)}, ${r.int(-120, 140)}.${r.digits(5)}`;
const money = (r: R, cur: string): string => `${cur}${r.int(3, 480)}.${r.digits(2)}`;
const ein = (r: R): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: R): string => r.pick(['021000021', '011401533', '091000019', '122105155', '026009593']);

const MONTHS_EN = W('January February March April May June July August September October November December');
const MONTHS_FR = W('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
const MONTHS_ES = W('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
const MONTHS_PT = W('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro');
const MONTHS_DE = W('Januar Februar März April Mai Juni Juli August September Oktober November Dezember');
const MONTHS_IT = W('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const birth = (r: R): Ymd => ({ y: r.int(1956, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: R): Ymd => ({ y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) });
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';

type DateFmt = (r: R, x: Ymd) => string;
const dmySlash: DateFmt = (r, x) => (r.chance(0.7) ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d} ${mon(MONTHS_EN, x.m)} ${x.y}`);
const mdyUs: DateFmt = (r, x) =>
  r.pick([`${pad(x.m)}/${pad(x.d)}/${x.y}`, `${x.m}/${x.d}/${x.y}`, `${mon(MONTHS_EN, x.m)} ${x.d}, ${x.y}`, `${mon(MONTHS_EN, x.m).slice(0, 3)} ${x.d}, ${x.y}`]);
const iso: DateFmt = (_r, x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const dotDe: DateFmt = (r, x) => (r.chance(0.7) ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : `${x.d}. ${mon(MONTHS_DE, x.m)} ${x.y}`);
const frDate: DateFmt = (r, x) => (r.chance(0.6) ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d === 1 ? '1er' : x.d} ${mon(MONTHS_FR, x.m)} ${x.y}`);
const esDate: DateFmt = (r, x) => (r.chance(0.6) ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d} de ${mon(MONTHS_ES, x.m)} de ${x.y}`);
const ptDate: DateFmt = (r, x) => (r.chance(0.6) ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d} de ${mon(MONTHS_PT, x.m)} de ${x.y}`);
const itDate: DateFmt = (r, x) => (r.chance(0.6) ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d} ${mon(MONTHS_IT, x.m)} ${x.y}`);
const jaDate: DateFmt = (r, x) => (r.chance(0.6) ? `${x.y}年${x.m}月${x.d}日` : `${x.y}/${pad(x.m)}/${pad(x.d)}`);
const koDate: DateFmt = (r, x) => (r.chance(0.6) ? `${x.y}.${pad(x.m)}.${pad(x.d)}` : `${x.y}년 ${x.m}월 ${x.d}일`);
const nlDate: DateFmt = (_r, x) => `${pad(x.d)}-${pad(x.m)}-${x.y}`;

// ---------------------------------------------------------------------------------------------------
// Countries: phones, postal addresses, date formats
// ---------------------------------------------------------------------------------------------------

interface Country {
  readonly code: string;
  readonly cult: readonly string[];
  readonly phone: (r: R) => string;
  readonly addr: (r: R) => string[];
  readonly date: DateFmt;
  readonly cities: readonly string[];
  readonly dom: readonly string[];
  readonly iban?: string;
  readonly cur: string;
}

const d = (r: R, n: number): string => r.digits(n);
const UPPER = 'ABDEFGHJLNPQRSTUWXYZ';
const up = (r: R): string => UPPER.charAt(r.int(0, UPPER.length - 1));

const US_CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Austin', 'TX', '787'], ['Chicago', 'IL', '606'], ['Portland', 'OR', '972'], ['Atlanta', 'GA', '303'],
  ['Phoenix', 'AZ', '850'], ['Columbus', 'OH', '432'], ['Denver', 'CO', '802'], ['Brooklyn', 'NY', '112'],
  ['Oakland', 'CA', '946'], ['Miami', 'FL', '331'], ['Minneapolis', 'MN', '554'], ['Raleigh', 'NC', '276'],
];
const US_STREETS = B('Maple|Cedar Ridge|Linden|Oakwood|Juniper|Harbor View|Sycamore|Willow Creek|Magnolia|Ridgeway|Martin Luther King Jr|Lincoln|Cesar Chavez|Pine Hollow|Elmhurst');

const COUNTRIES: readonly Country[] = [
  {
    code: 'US', cult: W('en en en mx hi zh ko vi ph ng ie ar'), cur: '$', dom: W('gmail.com yahoo.com outlook.com icloud.com aol.com proton.me'),
    cities: W('Austin Chicago Portland Atlanta Phoenix Denver Miami'), date: mdyUs,
    phone: (r) => {
      const a = r.pick(W('415 312 512 646 303 404 602 614 718 305 503 510 612 919'));
      const b = String(r.int(201, 989));
      const c = d(r, 4);
      return r.pick([`(${a}) ${b}-${c}`, `+1 ${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}-${b}-${c}`, `+1 (${a}) ${b} ${c}`, `${a}${b}${c}`]);
    },
    addr: (r) => {
      const [city, st, z] = r.pick(US_CITIES);
      const l1 = `${r.int(12, 9850)} ${r.chance(0.3) ? r.pick(['N ', 'S ', 'E ', 'W ']) : ''}${r.pick(US_STREETS)} ${r.pick(W('St Ave Blvd Dr Ln Rd Ct Way'))}`;
      const apt = r.chance(0.4) ? [r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(100, 999)}`, `Suite ${r.int(100, 500)}`])] : [];
      return [l1, ...apt, `${city}, ${st} ${z}${d(r, 2)}${r.chance(0.15) ? `-${d(r, 4)}` : ''}`];
    },
  },
  {
    code: 'GB', cult: W('en en sc ie hi bn ng ar pl'), cur: '£', dom: W('gmail.com hotmail.co.uk btinternet.com yahoo.co.uk outlook.com'),
    cities: W('Leeds Manchester Bristol Glasgow Cardiff London'), date: dmySlash, iban: 'GB',
    phone: (r) => r.pick([`07${d(r, 3)} ${d(r, 6)}`, `+44 7${d(r, 3)} ${d(r, 6)}`, `020 ${d(r, 4)} ${d(r, 4)}`, `+44 (0)113 ${d(r, 3)} ${d(r, 4)}`, `0161 ${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) => {
      const [town, pc] = r.pick([['Leeds', 'LS'], ['Manchester', 'M'], ['Bristol', 'BS'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['London', 'SE'], ['London', 'N']] as const);
      const st = `${r.int(1, 220)} ${r.pick(B('Kingsley|Beech|Albion|Victoria|Granby|Thornhill|Ashgrove|Mafeking|Cromwell'))} ${r.pick(W('Road Street Lane Close Crescent Terrace Avenue'))}`;
      const lines = r.chance(0.4) ? [`Flat ${r.int(1, 24)}`, st] : [st];
      return [...lines, town, `${pc}${r.int(1, 28)} ${r.int(1, 9)}${up(r)}${up(r)}`];
    },
  },
  {
    code: 'DE', cult: W('de de de tr pl ua ar el'), cur: '€', dom: W('web.de gmx.de t-online.de gmail.com posteo.de'),
    cities: W('Berlin Hamburg München Köln Leipzig'), date: dotDe, iban: 'DE',
    phone: (r) => r.pick([`+49 1${r.pick(W('51 52 57 60 70 76'))} ${d(r, 8)}`, `01${r.pick(W('51 52 57 60 70 76'))} ${d(r, 7)}`, `030 ${d(r, 8)}`, `+49 (0)40 ${d(r, 7)}`, `0221/${d(r, 6)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Berlin', '10'], ['Hamburg', '20'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Frankfurt am Main', '60']] as const);
      const st = r.pick(B('Lindenstraße|Schillerstraße|Am Rosengarten|Wiesenweg|Bahnhofstraße|Hauptstraße|Kastanienallee|Goethestraße'));
      return [`${st} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${z}${d(r, 3)} ${city}`];
    },
  },
  {
    code: 'FR', cult: W('fr fr fr ar ng pl'), cur: '€', dom: W('orange.fr free.fr laposte.net gmail.com sfr.fr'),
    cities: W('Lyon Paris Marseille Toulouse Lille Nantes'), date: frDate, iban: 'FR',
    phone: (r) => r.pick([`06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+33 7 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+33 (0)6 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `01.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Lyon', '6900'], ['Paris', '750'], ['Marseille', '130'], ['Toulouse', '310'], ['Nantes', '4400'], ['Lille', '5900']] as const);
      const cp = z + d(r, 5 - z.length);
      return [`${r.int(1, 180)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(B('rue des Tanneurs|avenue Jean Jaurès|boulevard Voltaire|rue de la République|impasse des Lilas|quai Saint-Vincent'))}`, `${cp} ${city}`];
    },
  },
  {
    code: 'ES', cult: W('es es es mx ar ro'), cur: '€', dom: W('gmail.com hotmail.es telefonica.net yahoo.es'),
    cities: W('Madrid Barcelona Sevilla Valencia Bilbao'), date: esDate, iban: 'ES',
    phone: (r) => r.pick([`+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `91 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Madrid', '28'], ['Barcelona', '08'], ['Sevilla', '41'], ['Valencia', '46'], ['Bilbao', '48']] as const);
      return [`${r.pick(B('Calle de Alcalá|Carrer de Mallorca|Avenida de la Constitución|Calle Mayor|Paseo de la Castellana'))}, ${r.int(1, 300)}, ${r.int(1, 9)}º ${r.pick(W('A B C D izda. dcha.'))}`, `${z}${d(r, 3)} ${city}`];
    },
  },
  {
    code: 'IT', cult: W('it it it ro ar'), cur: '€', dom: W('libero.it gmail.com virgilio.it tiscali.it'),
    cities: W('Milano Roma Torino Napoli Bologna'), date: itDate, iban: 'IT',
    phone: (r) => r.pick([`+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `3${d(r, 2)} ${d(r, 7)}`, `02 ${d(r, 4)} ${d(r, 4)}`]),
    addr: (r) => {
      const [city, pv, z] = r.pick([['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Torino', 'TO', '101'], ['Napoli', 'NA', '801'], ['Bologna', 'BO', '401']] as const);
      return [`${r.pick(B('Via Garibaldi|Via dei Mille|Corso Buenos Aires|Viale Monza|Piazza Cavour|Via Roma'))} ${r.int(1, 200)}`, `${z}${d(r, 2)} ${city} ${pv}`];
    },
  },
  {
    code: 'NL', cult: W('nl nl nl tr ar id'), cur: '€', dom: W('ziggo.nl kpnmail.nl gmail.com outlook.com'),
    cities: W('Amsterdam Rotterdam Utrecht Eindhoven'), date: nlDate, iban: 'NL',
    phone: (r) => r.pick([`+31 6 ${d(r, 8)}`, `06-${d(r, 8)}`, `06 ${d(r, 4)} ${d(r, 4)}`, `020 ${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Amsterdam', '10'], ['Rotterdam', '30'], ['Utrecht', '35'], ['Eindhoven', '56']] as const);
      return [`${r.pick(B('Prinsengracht|Kerkstraat|Oudegracht|Witte de Withstraat|Stationsweg'))} ${r.int(1, 400)}${r.pick(['', '-2', ' A', 'hs'])}`, `${z}${d(r, 2)} ${up(r)}${up(r)} ${city}`];
    },
  },
  {
    code: 'BR', cult: W('br br br br it ja'), cur: 'R$', dom: W('uol.com.br gmail.com hotmail.com bol.com.br'),
    cities: W('São Paulo Recife Curitiba'), date: ptDate, iban: 'BR',
    phone: (r) => {
      const ddd = r.pick(W('11 21 31 41 81 61'));
      return r.pick([`+55 ${ddd} 9${d(r, 4)}-${d(r, 4)}`, `(${ddd}) 9${d(r, 4)}-${d(r, 4)}`, `${ddd} 9${d(r, 4)} ${d(r, 4)}`]);
    },
    addr: (r) => {
      const [city, uf] = r.pick([['São Paulo', 'SP'], ['Rio de Janeiro', 'RJ'], ['Belo Horizonte', 'MG'], ['Recife', 'PE'], ['Curitiba', 'PR']] as const);
      return [`${r.pick(B('Rua Augusta|Avenida Paulista|Rua das Laranjeiras|Rua Padre Chagas|Avenida Boa Viagem'))}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 190)}` : ''}`, `${r.pick(W('Consolação Botafogo Savassi Pinheiros Boa'))} - ${city} - ${uf}`, `${d(r, 5)}-${d(r, 3)}`];
    },
  },
  {
    code: 'MX', cult: W('mx mx mx es'), cur: 'MX$', dom: W('gmail.com hotmail.com prodigy.net.mx yahoo.com.mx'),
    cities: W('Guadalajara Monterrey Puebla'), date: esDate,
    phone: (r) => r.pick([`+52 55 ${d(r, 4)} ${d(r, 4)}`, `(33) ${d(r, 4)} ${d(r, 4)}`, `81 ${d(r, 4)} ${d(r, 4)}`, `+52 1 222 ${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) => {
      const [city, st] = r.pick([['Ciudad de México', 'CDMX'], ['Guadalajara', 'Jal.'], ['Monterrey', 'N.L.'], ['Puebla', 'Pue.']] as const);
      return [`${r.pick(B('Av. Insurgentes Sur|Calle Durango|Av. Chapultepec|Calle Hidalgo|Av. Constitución'))} ${r.int(10, 2500)}${r.chance(0.4) ? ` Int. ${r.int(1, 20)}` : ''}`, `Col. ${r.pick(B('Roma Norte|Del Valle|Americana|Centro|Obispado'))}`, `${d(r, 5)} ${city}, ${st}`];
    },
  },
  {
    code: 'JP', cult: W('ja ja ja ja zh ko'), cur: '¥', dom: W('docomo.ne.jp yahoo.co.jp gmail.com ezweb.ne.jp'),
    cities: W('Tokyo Osaka Fukuoka Sapporo'), date: jaDate,
    phone: (r) => r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `080-${d(r, 4)}-${d(r, 4)}`, `+81 90-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`, `06-${d(r, 4)}-${d(r, 4)}`]),
    addr: (r) => {
      if (r.chance(0.5)) return [`〒${d(r, 3)}-${d(r, 4)} ${r.pick(['東京都渋谷区道玄坂', '東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神'])}${r.int(1, 4)}丁目${r.int(1, 30)}-${r.int(1, 20)}`];
      return [`${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Dogenzaka', 'Sangenjaya', 'Umeda', 'Tenjin'])}`, `${r.pick(['Shibuya-ku, Tokyo', 'Setagaya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka'])} ${d(r, 3)}-${d(r, 4)}`];
    },
  },
  {
    code: 'KR', cult: W('ko ko ko'), cur: '₩', dom: W('naver.com daum.net gmail.com kakao.com'),
    cities: W('Seoul Busan Incheon'), date: koDate,
    phone: (r) => r.pick([`010-${d(r, 4)}-${d(r, 4)}`, `+82 10-${d(r, 4)}-${d(r, 4)}`, `010 ${d(r, 4)} ${d(r, 4)}`, `02-${d(r, 3)}-${d(r, 4)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? [`서울특별시 ${r.pick(['마포구 월드컵북로', '강남구 테헤란로', '성동구 왕십리로'])} ${r.int(1, 400)}, ${r.int(101, 120)}동 ${r.int(101, 1504)}호`]
        : [`${r.int(1, 400)} ${r.pick(['Teheran-ro, Gangnam-gu', 'Wangsimni-ro, Seongdong-gu', 'Worldcup-buk-ro, Mapo-gu'])}`, `Seoul ${d(r, 5)}`],
  },
  {
    code: 'IN', cult: W('hi hi ta bn hi ta'), cur: '₹', dom: W('gmail.com rediffmail.com yahoo.co.in outlook.com'),
    cities: W('Bengaluru Mumbai Hyderabad Chennai Pune'), date: dmySlash,
    phone: (r) => r.pick([`+91 9${d(r, 4)} ${d(r, 5)}`, `+91-8${d(r, 9)}`, `09${d(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `7${d(r, 4)} ${d(r, 5)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Bengaluru', '560'], ['Mumbai', '400'], ['Hyderabad', '500'], ['Chennai', '600'], ['Pune', '411'], ['New Delhi', '110']] as const);
      return [`Flat ${r.int(101, 1204)}, ${r.pick(B('Sai Residency|Prestige Lakeside|Green Acres Apartments|Shanti Niwas|Lotus Heights'))}`, `${r.int(1, 40)}th ${r.pick(['Main Road', 'Cross', 'Street'])}, ${r.pick(B('Indiranagar|Andheri East|Madhapur|Adyar|Kothrud|Lajpat Nagar'))}`, `${city} ${z}${d(r, 3)}`];
    },
  },
  {
    code: 'NG', cult: W('ng ng ng'), cur: '₦', dom: W('gmail.com yahoo.com outlook.com'),
    cities: W('Lagos Abuja Ibadan'), date: dmySlash,
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${d(r, 3)} ${d(r, 4)}`, `080${r.int(2, 9)} ${d(r, 3)} ${d(r, 4)}`, `+234 (0)70${r.int(1, 9)} ${d(r, 7)}`, `0906${d(r, 7)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Lagos', '1010'], ['Abuja', '9001'], ['Ibadan', '2002']] as const);
      return [`${r.int(1, 80)} ${r.pick(B('Admiralty Way|Adeola Odeku Street|Aminu Kano Crescent|Ring Road|Awolowo Road'))}`, r.pick(['Lekki Phase 1', 'Wuse 2', 'Bodija', 'Ikoyi']), `${city} ${z}${d(r, 2)}`];
    },
  },
  {
    code: 'KE', cult: W('ke ke ke hi'), cur: 'KSh ', dom: W('gmail.com yahoo.com'),
    cities: W('Nairobi Mombasa Kisumu'), date: dmySlash,
    phone: (r) => r.pick([`+254 7${d(r, 2)} ${d(r, 6)}`, `07${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+254 1${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? [`P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '505'])}`, r.pick(['Nairobi', 'Mombasa', 'Kisumu'])]
        : [`House ${r.int(1, 60)}, ${r.pick(['Ngong Road', 'Argwings Kodhek Road', 'Riverside Drive'])}`, `${r.pick(['Kilimani', 'Westlands', 'Lavington'])}, Nairobi`],
  },
  {
    code: 'AU', cult: W('en en zh vi el hi'), cur: 'A$', dom: W('bigpond.com gmail.com outlook.com.au'),
    cities: W('Melbourne Sydney Brisbane Adelaide'), date: dmySlash,
    phone: (r) => r.pick([`04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(02) ${d(r, 4)} ${d(r, 4)}`, `+61 3 ${d(r, 4)} ${d(r, 4)}`]),
    addr: (r) => {
      const [sub, st, z] = r.pick([['Windsor', 'VIC', '318'], ['Newtown', 'NSW', '204'], ['Fortitude Valley', 'QLD', '400'], ['Norwood', 'SA', '506']] as const);
      return [`${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(B('Chapel Street|King Street|Brunswick Street|The Parade|Enmore Road'))}`, `${sub} ${st} ${z}${d(r, 1)}`];
    },
  },
  {
    code: 'CA', cult: W('en fr zh hi ko ua'), cur: 'C$', dom: W('gmail.com rogers.com videotron.ca shaw.ca'),
    cities: W('Toronto Montréal Calgary Vancouver'), date: iso,
    phone: (r) => `${r.pick(['', '+1 '])}(${r.pick(W('416 604 514 403 613'))}) ${r.int(201, 989)}-${d(r, 4)}`,
    addr: (r) => {
      const [city, pv, fsa] = r.pick([['Toronto', 'ON', 'M5V'], ['Montréal', 'QC', 'H2X'], ['Calgary', 'AB', 'T2P'], ['Vancouver', 'BC', 'V6B']] as const);
      return [`${r.int(10, 9000)} ${r.pick(B('Queen St W|Rue Sherbrooke O|Macleod Trail SE|Granville St|Bloor St E'))}${r.chance(0.3) ? `, Unit ${r.int(100, 2500)}` : ''}`, `${city} ${pv} ${fsa} ${r.int(1, 9)}${up(r)}${r.int(1, 9)}`];
    },
  },
  {
    code: 'PL', cult: W('pl pl pl ua'), cur: 'zł ', dom: W('wp.pl onet.pl gmail.com o2.pl'),
    cities: W('Warszawa Kraków Wrocław Gdańsk'), date: dotDe, iban: 'PL',
    phone: (r) => r.pick([`+48 ${r.int(5, 7)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `${r.int(5, 7)}${d(r, 2)}-${d(r, 3)}-${d(r, 3)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Warszawa', '00'], ['Kraków', '31'], ['Wrocław', '50'], ['Gdańsk', '80']] as const);
      return [`ul. ${r.pick(B('Marszałkowska|Długa|Piotrkowska|Grunwaldzka|Floriańska'))} ${r.int(1, 120)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, `${z}-${d(r, 3)} ${city}`];
    },
  },
  {
    code: 'AE', cult: W('ar ar hi fa ph'), cur: 'AED ', dom: W('gmail.com emirates.net.ae outlook.com'),
    cities: W('Dubai Sharjah Abu Dhabi'), date: dmySlash, iban: 'AE',
    phone: (r) => r.pick([`+971 5${r.pick(['0', '2', '5', '6'])} ${d(r, 3)} ${d(r, 4)}`, `05${r.pick(['0', '5'])} ${d(r, 3)} ${d(r, 4)}`, `+971 4 ${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? [`Apartment ${r.int(101, 3402)}, ${r.pick(['Marina Crown Tower', 'Al Khail Heights B2', 'Sky Gardens'])}`, `${r.pick(['Dubai Marina', 'Al Quoz', 'DIFC'])}, Dubai`, 'United Arab Emirates']
        : [`P.O. Box ${r.int(1000, 99999)}`, r.pick(['Dubai', 'Sharjah', 'Abu Dhabi']), 'UAE'],
  },
  {
    code: 'SG', cult: W('zh zh ta id ph'), cur: 'S$', dom: W('singnet.com.sg gmail.com yahoo.com.sg'),
    cities: W('Singapore'), date: dmySlash,
    phone: (r) => r.pick([`+65 ${r.int(8, 9)}${d(r, 3)} ${d(r, 4)}`, `${r.int(8, 9)}${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) => [`Blk ${r.int(100, 999)} ${r.pick(['Boon Lay Place', 'Tampines Street 21', 'Ang Mo Kio Avenue 3'])} #${pad(r.int(2, 20))}-${r.int(10, 999)}`, `Singapore ${d(r, 6)}`],
  },
  {
    code: 'PH', cult: W('ph ph ph'), cur: '₱', dom: W('gmail.com yahoo.com'),
    cities: W('Makati Quezon Cebu'), date: mdyUs,
    phone: (r) => r.pick([`+63 9${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `09${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `0917-${d(r, 3)}-${d(r, 4)}`]),
    addr: (r) => [`${r.int(1, 900)} ${r.pick(['Kalayaan Ave.', 'P. Burgos St.', 'Mabini St.'])}, Brgy. ${r.pick(['Poblacion', 'San Antonio', 'Malate'])}`, `${r.pick(['Makati City', 'Quezon City', 'Manila'])}, ${d(r, 4)} Metro Manila`],
  },
  {
    code: 'TR', cult: W('tr tr tr'), cur: '₺', dom: W('gmail.com hotmail.com yandex.com.tr'),
    cities: W('İstanbul Ankara İzmir'), date: dotDe, iban: 'TR',
    phone: (r) => r.pick([`+90 5${d(r, 2)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `05${d(r, 2)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
    addr: (r) => [`${r.pick(['Caferağa Mah.', 'Kızılay Mah.', 'Alsancak Mah.'])} ${r.pick(['Moda Cad.', 'Gazi Sk.', 'Kıbrıs Şehitleri Cad.'])} No: ${r.int(1, 120)} D: ${r.int(1, 20)}`, `${d(r, 5)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`],
  },
  {
    code: 'ZA', cult: W('en ng ke hi'), cur: 'R', dom: W('gmail.com mweb.co.za webmail.co.za'),
    cities: W('Johannesburg Cape Town Durban'), date: iso,
    phone: (r) => r.pick([`+27 ${r.int(6, 8)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`, `0${r.int(6, 8)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`]),
    addr: (r) => [`${r.int(1, 200)} ${r.pick(['Jan Smuts Avenue', 'Long Street', 'Florida Road'])}`, r.pick(['Rosebank', 'Gardens', 'Morningside']), r.pick(['Johannesburg', 'Cape Town', 'Durban']), d(r, 4)],
  },
  {
    code: 'SE', cult: W('sv sv sv ar fa'), cur: '', dom: W('telia.com gmail.com outlook.com'),
    cities: W('Stockholm Göteborg Malmö'), date: iso, iban: 'SE',
    phone: (r) => r.pick([`07${r.int(0, 9)}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+46 7${r.int(0, 9)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
    addr: (r) => [`${r.pick(['Sveavägen', 'Linnégatan', 'Kungsgatan', 'Möllevångsgatan'])} ${r.int(1, 120)}`, `${d(r, 3)} ${d(r, 2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö'])}`],
  },
];

const byCode = (code: string): Country => COUNTRIES.find((c) => c.code === code) ?? (COUNTRIES[0] as Country);
const IBAN_COUNTRIES = COUNTRIES.filter((c) => c.iban !== undefined);
const anyCountry = (r: R): Country => r.pick(COUNTRIES);
const ibanCountry = (r: R): Country => r.pick(IBAN_COUNTRIES);

/** Writes an address as one label, single-line or multi-line. */
function addr(doc: Doc, r: R, c: Country, multi?: boolean): Doc {
  const lines = c.addr(r);
  const ml = multi ?? r.chance(0.35);
  return doc.l('ADDRESS', lines.join(ml ? '\n' : ', '));
}

const DIGIT_WORDS = W('zero one two three four five six seven eight nine');
function spokenPhone(r: R): string {
  const groups = [r.digits(3), r.digits(3), r.digits(4)];
  if (r.chance(0.3)) groups[0] = '4' + r.digits(2);
  return groups.map((g) => [...g].map((ch) => (ch === '0' && r.chance(0.4) ? 'oh' : DIGIT_WORDS[Number(ch)] ?? '')).join(' ')).join(', ');
}
function spokenEmail(r: R, p: Person): string {
  const g = fold(p.g) || 'user';
  const f = fold(p.f) || 'mail';
  return `${g} ${r.pick(['dot', 'underscore'])} ${f} at ${r.pick(['gmail dot com', 'yahoo dot com', 'outlook dot com', 'icloud dot com'])}`;
}

// ---------------------------------------------------------------------------------------------------
// Distractors
// ---------------------------------------------------------------------------------------------------

const PEOPLE_BRANDS = B("McDonald's|Wendy's|Papa John's|Tim Hortons|Nando's|Ben & Jerry's|Carl's Jr.|Dr Pepper|Marie Callender's|Chick-fil-A|Jollibee|Ruth's Chris|Trader Joe's|Dave's Hot Chicken");
const PEOPLE_DISHES = B('Caesar salad|Eggs Benedict|Beef Wellington|Pizza Margherita|Peach Melba|pavlova|General Tso’s chicken|Oysters Rockefeller|Chicken à la King|Nachos Ignacio');
const PEOPLE_PLACES = B("Washington Heights|St. Kilda|Victoria Island|King's Cross|Jackson Heights|Lake Louise|Adelaide|San José|Bolívar Square|Port Louis");
const PEOPLE_BUILDINGS = B('Jomo Kenyatta International Airport|Indira Gandhi International Airport|Charles de Gaulle Airport|Murtala Muhammed Airport|John Lennon Airport|Rockefeller Center|Eiffel Tower|Nelson Mandela Square');
const EPONYMS = B("Parkinson's|Crohn's disease|Alzheimer's|Hashimoto's thyroiditis|Tourette syndrome|Raynaud's|Bell's palsy|Asperger's");
const LAWS = B("Megan's Law|Sarbanes-Oxley|Murphy's law|Dodd-Frank|Jessica's Law|Moore's law|Goodhart's law");
const STORMS = B('Hurricane Milton|Storm Ciarán|Typhoon Haikui|Cyclone Freddy|Storm Babet|Hurricane Beryl');
const PETS = B('Biscuit|Max|Luna|Pepper|Oscar|Mochi|Teddy');
const TEAMS = B('Team Phoenix|Project Hermes|Atlas Dispatch|Falcon Routing|Squad Kepler|Orion Payouts');

function trap(r: R): string {
  const k = r.int(0, 11);
  switch (k) {
    case 0: return `(order ${orderNo(r)})`;
    case 1: return `They said it was a ${r.pick(PEOPLE_BRANDS)} delivery.`;
    case 2: return `Ref ${uuid(r)}.`;
    case 3: return `App version ${version(r)}, build ${hex(r, 7)}.`;
    case 4: return `Pickup was near ${r.pick(PEOPLE_PLACES)}.`;
    case 5: return `The card on file is ${maskedCard(r)}.`;
    case 6: return `Trip ${tripId(r)} on ${iso(r, recent(r))}.`;
    case 7: return `Tracking ${r.pick(['1Z', 'JD', 'TBA'])}${r.digits(12)}.`;
    case 8: return `Order contained a ${r.pick(PEOPLE_DISHES)}.`;
    case 9: return `Escalated to ${r.pick(TEAMS)}.`;
    case 10: return `Case ${ticket(r)}, opened ${ts(r)}.`;
    default: return `Driver had ${r.pick(EPONYMS)} noted as reason for the accessibility seat.`;
  }
}
const maybeTrap = (doc: Doc, r: R, p = 0.5): Doc => (r.chance(p) ? doc.t(` ${trap(r)}`) : doc);

// ---------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------

type Tpl = (doc: Doc, r: R) => void;

/** Adds the user's own name (session metadata) and labels it. */
function self(doc: Doc, p: Person): Doc {
  const n = full(p);
  if (!doc.known.includes(n)) doc.known.push(n);
  return doc.n(n);
}

const POSITIVE: Tpl[] = [
  // 1 US driver onboarding form
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`${r.pick(BRANDS)} Driver Onboarding — Step 2 of 5\nLegal name: `);
    self(doc, p).t('\nDate of birth: ').l('DOB', mdyUs(r, birth(r))).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
    doc.t('\nHome address: ');
    addr(doc, r, c, false).t('\nMobile: ').l('PHONE', c.phone(r)).t('\nEmail: ').l('EMAIL', emailOf(r, p, c.dom));
    doc.t(`\nVehicle plate: ${plate(r)}  Insurance expires: ${mdyUs(r, recent(r))}`);
  },
  // 2 UK courier onboarding
  (doc, r) => {
    const c = byCode('GB');
    const p = person(r, c.cult);
    doc.t('Courier application received\n\nFull name: ');
    self(doc, p).t('\nDOB: ').l('DOB', dmySlash(r, birth(r)));
    doc.t(`\nNational Insurance no.: ${r.pick(['QQ', 'AB', 'JT'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${r.pick(['A', 'C', 'D'])}\nAddress:\n`);
    addr(doc, r, c, true).t('\nPhone: ').l('PHONE', c.phone(r)).t('\nBank (IBAN): ').l('IBAN', iban(r, 'GB'));
    doc.t(`\nRight to work share code: W${hex(r, 2).toUpperCase()} ${hex(r, 3).toUpperCase()} ${hex(r, 3).toUpperCase()}`);
  },
  // 3 background check report
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`BACKGROUND SCREENING REPORT  Report ID ${r.pick(['BGX', 'CHK'])}-${d(r, 9)}\nCandidate: `).n(full(p).toUpperCase());
    doc.t('\nSSN (as provided): ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', mdyUs(r, birth(r)));
    doc.t('\nAddress history:\n  Current: ');
    addr(doc, r, c, false).t('\n  Previous: ');
    addr(doc, r, c, false);
    doc.t(`\nMVR: clear. County criminal: no records (${c.cities[0] ?? ''} County searched ${mdyUs(r, recent(r))}).\nAdjudicator: `).n(`${p.g.charAt(0)}. ${person(r, ['en', 'mx']).f}`);
  },
  // 4 DE courier payout support chat
  (doc, r) => {
    const c = byCode('DE');
    const p = person(r, c.cult);
    const agent = person(r, ['de', 'tr']);
    doc.t('Kurier: Hallo, meine Auszahlung für KW ').t(String(r.int(1, 52))).t(' fehlt immer noch.\nSupport (').n(agent.g).t('): Hallo Herr ').n(p.f).t(', können Sie mir Ihre IBAN bestätigen?\nKurier: ');
    doc.l('IBAN', iban(r, 'DE')).t(', Kontoinhaber ').n(full(p)).t('.\nSupport: Danke. Die alte IBAN ').t(badIban(r, 'DE')).t(' war fehlerhaft, deshalb kam die Zahlung zurück.');
    maybeTrap(doc, r);
  },
  // 5 cold food complaint
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Order ${orderNo(r)} arrived 50 minutes late and the ${r.pick(PEOPLE_DISHES)} was cold. `);
    doc.t('My name is ');
    self(doc, p).t(', delivery was to ');
    addr(doc, r, c, false).t('. Call me on ').l('PHONE', c.phone(r)).t(' if you need anything. I want a refund of ').t(money(r, c.cur)).t('.');
  },
  // 6 lost item report
  (doc, r) => {
    const c = anyCountry(r);
    const rider = person(r, c.cult);
    const driver = person(r, c.cult);
    doc.t('LOST ITEM REPORT\nTrip: ').t(tripId(r)).t(`\nRider: `);
    self(doc, rider).t('\nDriver: ').n(driver.g).t(` (${plate(r)})\nItem: ${r.pick(['black backpack with laptop', 'iPhone 15 in a green case', 'child car seat', 'a bag of groceries from ' + r.pick(PEOPLE_BRANDS), 'wallet'])}\nBest contact: `);
    doc.l('PHONE', c.phone(r)).t(' or ').l('EMAIL', emailOf(r, rider, c.dom)).t(`\nNotes: I left it on the back seat near ${r.pick(PEOPLE_PLACES)}.`);
  },
  // 7 fare dispute with card
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Subject: Charged twice for trip ${tripId(r)}\n\nHi, I was charged ${money(r, c.cur)} twice on my card `).l('CARD', card(r));
    doc.t(`. The app only shows ${maskedCard(r)} so maybe it used an old card? The route went the long way round ${r.pick(PEOPLE_PLACES)}.\nPlease refund to the same card.\n\n`);
    doc.n(full(p)).t('\n').l('EMAIL', emailOf(r, p, c.dom));
  },
  // 8 tip dispute chat
  (doc, r) => {
    const c = anyCountry(r);
    const courier = person(r, c.cult);
    const cust = person(r, c.cult);
    doc.t(`[${ts(r)}] courier_${d(r, 5)}: customer `).n(variant(r, cust)).t(` removed the tip after delivery, order ${orderNo(r)}\n`);
    doc.t(`[${ts(r)}] agent: I see the ${money(r, c.cur)} tip was edited after drop-off. Who am I speaking with?\n[${ts(r)}] courier: `);
    doc.n(full(courier)).t(', phone ').l('PHONE', c.phone(r)).t(`\n[${ts(r)}] agent: Thanks `).n(courier.g).t(', we will restore it within 48h.');
  },
  // 9 restaurant partner payout statement
  (doc, r) => {
    const c = ibanCountry(r);
    const owner = person(r, c.cult);
    const restaurant = r.pick(B("Mama Rosa's Kitchen|Trattoria da Luigi|Uncle Bao's|Chez Marcel|Abuela Carmen Tacos|Sultan Ahmet Kebab|Papa Kofi Grill"));
    doc.t(`PARTNER PAYOUT STATEMENT\nRestaurant: ${restaurant}\nStatement date: ${iso(r, recent(r))}\nAccount holder: `).n(full(owner));
    doc.t('\nPayout IBAN: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nGross sales: ${money(r, c.cur)}  Commission: ${money(r, c.cur)}  VAT no.: ${c.code}${d(r, 9)}\nQueries: `).l('EMAIL', roleEmail(r));
  },
  // 10 trip receipt
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    const drv = person(r, c.cult);
    doc.t(`Thanks for riding, `).n(p.g).t(`!\nTotal ${money(r, c.cur)}\n${r.pick(['Visa', 'Mastercard', 'Amex'])} ${maskedCard(r)}\n\nPickup  ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}\n`);
    addr(doc, r, c, false).t(`\nDropoff  ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}\n`);
    addr(doc, r, c, false).t('\n\nYou rode with ').n(drv.g).t(`. Trip ${tripId(r)} · ${r.int(2, 40)}.${r.int(0, 9)} km`);
  },
  // 11 dispatch log
  (doc, r) => {
    const c = anyCountry(r);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      doc.t(`${ts(r)} dispatch-svc v${version(r)} assign courier=${d(r, 6)} order=${orderNo(r)} gps=(${coords(r)}) src=`);
      const v = ip(r);
      if (v.includes(':')) doc.t('[').l('IP', v).t(`]:${r.int(1024, 65000)}`);
      else doc.l('IP', v).t(`:${r.int(1024, 65000)}`);
      if (i === 1) doc.t(' note="customer ').n(full(person(r, c.cult))).t(' asked to leave at door"');
      doc.t('\n');
    }
  },
  // 12 API gateway log with user agent versions
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`POST /v2/riders/${d(r, 7)}/profile 200 ${r.int(12, 900)}ms client_ip=`).l('IP', ip(r));
    doc.t(` ua="${r.pick(BRANDS)}/${version(r)} (Android 14; build ${r.int(10, 31)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)})"\n  body={"name":"`).n(full(p)).t('","email":"').l('EMAIL', emailOf(r, p, c.dom)).t('","phone":"').l('PHONE', c.phone(r)).t(`"}\n  trace=${hex(r, 32)}`);
  },
  // 13 LLM assistant: user pastes card
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`User: my food never came, order ${orderNo(r)}. I'm `);
    self(doc, p).t(' and I paid with ').l('CARD', card(r)).t(' exp ').t(`${pad(r.int(1, 12))}/${r.int(26, 31)}`);
    doc.t('\nAssistant: I\'m sorry about your order. For your security, please don\'t share full card numbers in chat — I only need the last four digits. I\'ve flagged the order for a refund review.\nUser: ok and refund to ').l('EMAIL', emailOf(r, p, c.dom)).t(' receipt please');
  },
  // 14 safety incident report
  (doc, r) => {
    const c = anyCountry(r);
    const rider = person(r, c.cult);
    const driver = person(r, c.cult);
    doc.t(`SAFETY INCIDENT ${ticket(r)} — severity ${r.int(1, 4)}\nReported by rider `).n(full(rider)).t(' (').l('PHONE', c.phone(r)).t(')\nDriver: ').n(variant(r, driver));
    doc.t(`\nSummary: Driver took an unexpected detour and stopped near ${r.pick(PEOPLE_BUILDINGS)}. Rider exited at the petrol station on the corner and called a friend, `).n(person(r, c.cult).g);
    doc.t(`.\nGPS trace attached (${coords(r)} → ${coords(r)}). Driver account paused ${iso(r, recent(r))}.`);
  },
  // 15 Japanese courier chat
  (doc, r) => {
    const c = byCode('JP');
    const f = r.pick(JA_NATIVE_F);
    const g = r.pick(JA_NATIVE_G);
    doc.t('配達員: ').n(f).t('様、玄関前に置きました。\nお客様: ありがとうございます。でも住所は ');
    addr(doc, r, c, false).t(' です。\n配達員: 失礼しました。お電話 ').l('PHONE', c.phone(r)).t(' にかけてもよろしいですか？\nお客様: はい、').n(`${f} ${g}`).t('です。');
  },
  // 16 Korean rider chat
  (doc, r) => {
    const c = byCode('KR');
    const f = r.pick(KO_NATIVE_F);
    const g = r.pick(KO_NATIVE_G);
    doc.t('상담원: 안녕하세요, ').n(`${f}${g}`).t('님. 분실물 접수 도와드리겠습니다.\n고객: 기사님 성함이 ').n(`${r.pick(KO_NATIVE_F)}${r.pick(KO_NATIVE_G)}`).t(' 씨였던 것 같아요. 연락처는 ').l('PHONE', c.phone(r)).t(' 입니다.\n고객: 주소는 ');
    addr(doc, r, c, false).t(` 입니다. 운행번호 ${tripId(r)}`);
  },
  // 17 German driver deactivation letter
  (doc, r) => {
    const c = byCode('DE');
    const p = person(r, c.cult);
    doc.n(full(p)).t('\n');
    addr(doc, r, c, true).t(`\n\n${c.cities[0] ?? ''}, ${dotDe(r, recent(r))}\n\nSehr geehrte${r.chance(0.5) ? ' Frau ' : 'r Herr '}`).n(p.f);
    doc.t(`,\nIhr Fahrerkonto wurde vorübergehend gesperrt. Geburtsdatum laut Führerschein: `).l('DOB', dotDe(r, birth(r))).t(`. Führerscheinnummer B${d(r, 3)}${hex(r, 6).toUpperCase()} wird erneut geprüft.\nRückfragen: `).l('EMAIL', roleEmail(r));
  },
  // 18 French restaurant partner email
  (doc, r) => {
    const c = byCode('FR');
    const p = person(r, c.cult);
    doc.t('Bonjour,\n\nJe suis ').n(`${p.g} ${p.f.toUpperCase()}`).t(`, gérant du restaurant « Chez Marcel ». Merci de verser nos paiements sur le compte `).l('IBAN', iban(r, 'FR'));
    doc.t(`. SIRET ${d(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 5)}.\nAdresse de facturation : `);
    addr(doc, r, c, false).t('.\nTél. ').l('PHONE', c.phone(r)).t('\n\nCordialement,\nM. ').n(p.f);
  },
  // 19 Spanish courier
  (doc, r) => {
    const c = byCode('ES');
    const p = person(r, c.cult);
    doc.t('Hola, soy la repartidora ').n(full(p)).t('. Nací el ').l('DOB', esDate(r, birth(r))).t(` y mi NIE es Y${d(r, 7)}${up(r)}. Cambiad mi cuenta a `).l('IBAN', iban(r, 'ES'));
    doc.t(', por favor. Mi móvil: ').l('PHONE', c.phone(r)).t('. La Sra. ').n(person(r, c.cult).f).t(' del restaurante ya lo sabe.');
  },
  // 20 Brazilian driver
  (doc, r) => {
    const c = byCode('BR');
    const p = person(r, c.cult);
    doc.t('Motorista: ').n(full(p)).t(`\nCPF: ${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}\nNascimento: `).l('DOB', ptDate(r, birth(r))).t('\nEndereço:\n');
    addr(doc, r, c, true).t('\nCelular: ').l('PHONE', c.phone(r)).t(`\nPix: chave aleatória ${uuid(r)}\nConta: `).l('IBAN', iban(r, 'BR'));
  },
  // 21 Mexican rider complaint
  (doc, r) => {
    const c = byCode('MX');
    const p = person(r, c.cult);
    doc.t(`Queja: el conductor canceló tres veces. Me llamo `);
    self(doc, p).t(`, mi CURP es ${up(r)}${up(r)}${up(r)}${up(r)}${d(r, 6)}HDF${up(r)}${up(r)}${up(r)}0${d(r, 1)}. Me recogían en `);
    addr(doc, r, c, false).t('. Tel. ').l('PHONE', c.phone(r)).t(`. El cargo de cancelación fue ${money(r, '$')} MXN.`);
  },
  // 22 Indian delivery partner
  (doc, r) => {
    const c = byCode('IN');
    const p = person(r, c.cult);
    doc.t('Delivery Partner KYC\nName: ').n(full(p)).t(`\nFather's name: `).n(`${person(r, c.cult).g} ${p.f}`).t('\nDOB: ').l('DOB', dmySlash(r, birth(r)));
    doc.t(`\nAadhaar: XXXX XXXX ${d(r, 4)}\nPAN: ${up(r)}${up(r)}${up(r)}P${up(r)}${d(r, 4)}${up(r)}\nAddress: `);
    addr(doc, r, c, false).t('\nMobile: ').l('PHONE', c.phone(r)).t(`\nUPI: ${fold(p.g)}${d(r, 2)}@okaxis`);
  },
  // 23 Nigerian rider complaint
  (doc, r) => {
    const c = byCode('NG');
    const p = person(r, c.cult);
    const drv = person(r, c.cult);
    doc.t('Good afternoon. Your driver ').n(variant(r, drv)).t(` collected N${r.int(2, 9)},${d(r, 3)} cash after I had already paid on the app. I was going from `);
    addr(doc, r, c, false).t(` to ${r.pick(PEOPLE_BUILDINGS)}. Please call me on `).l('PHONE', c.phone(r)).t('.\n— ').n(full(p));
  },
  // 24 Kenyan boda courier
  (doc, r) => {
    const c = byCode('KE');
    const p = person(r, c.cult);
    doc.t('Hi support, M-Pesa payout haijafika. Name: ');
    self(doc, p).t('. M-Pesa no: ').l('PHONE', c.phone(r)).t(`. Transaction ${up(r)}${up(r)}${d(r, 2)}${hex(r, 6).toUpperCase()}. Postal: `);
    addr(doc, r, c, false).t(`. I deliver around ${r.pick(['Westlands', 'Kilimani', 'Upper Hill'])}.`);
  },
  // 25 Australian driver
  (doc, r) => {
    const c = byCode('AU');
    const p = person(r, c.cult);
    doc.t(`G'day, driver `).n(full(p)).t(` here (ABN ${d(r, 2)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}). My GST invoice for ${dmySlash(r, recent(r))} lists the wrong address. It should be `);
    addr(doc, r, c, false).t('. Mobile ').l('PHONE', c.phone(r)).t(`. Cheers, `).n(p.g);
  },
  // 26 Canadian onboarding
  (doc, r) => {
    const c = byCode('CA');
    const p = person(r, c.cult);
    doc.t('Driver profile update\nName: ');
    self(doc, p).t('\nBirth date: ').l('DOB', iso(r, birth(r))).t(`\nSIN: ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}\nAddress: `);
    addr(doc, r, c, false).t('\nPhone: ').l('PHONE', c.phone(r)).t(`\nTransit/institution: ${d(r, 5)}-${d(r, 3)}`);
  },
  // 27 Dutch courier
  (doc, r) => {
    const c = byCode('NL');
    const p = person(r, c.cult);
    doc.t('Hoi, ik ben ').n(full(p)).t(' (bezorger sinds ').t(nlDate(r, recent(r))).t('). Mijn nieuwe rekeningnummer is ').l('IBAN', iban(r, 'NL'));
    doc.t(`. BSN wil ik liever niet delen. Ik woon nu op `);
    addr(doc, r, c, false).t(`. Fietsnummer ${d(r, 4)}.`);
  },
  // 28 Italian restaurant
  (doc, r) => {
    const c = byCode('IT');
    const p = person(r, c.cult);
    doc.t('Gentile supporto,\nil ristorante "Trattoria da Luigi" non ha ricevuto il bonifico. Titolare: ').n(full(p)).t(`, C.F. ${up(r)}${up(r)}${up(r)}${up(r)}${up(r)}${up(r)}${d(r, 2)}${up(r)}${d(r, 2)}${up(r)}${d(r, 3)}${up(r)}.\nIBAN: `);
    doc.l('IBAN', iban(r, 'IT')).t('\nSede: ');
    addr(doc, r, c, false).t('\nTel: ').l('PHONE', c.phone(r));
  },
  // 29 Polish courier
  (doc, r) => {
    const c = byCode('PL');
    const p = person(r, c.cult);
    doc.t('Kurier: ').n(full(p)).t(`\nPESEL: ${d(r, 11)}\nData urodzenia: `).l('DOB', dotDe(r, birth(r))).t('\nRachunek: ').l('IBAN', iban(r, 'PL')).t('\nAdres: ');
    addr(doc, r, c, false).t('\nTelefon: ').l('PHONE', c.phone(r));
  },
  // 30 UAE driver
  (doc, r) => {
    const c = byCode('AE');
    const p = person(r, c.cult);
    doc.t('Captain registration\nName: ').n(full(p)).t(`\nEmirates ID: 784-${d(r, 4)}-${d(r, 7)}-${d(r, 1)}\nDOB: `).l('DOB', dmySlash(r, birth(r))).t('\nMobile: ').l('PHONE', c.phone(r));
    doc.t('\nSalary IBAN: ').l('IBAN', iban(r, 'AE')).t('\nAccommodation:\n');
    addr(doc, r, c, true);
  },
  // 31 Singapore rider
  (doc, r) => {
    const c = byCode('SG');
    const p = person(r, c.cult);
    doc.t(`Hi, food delivered to wrong block. NRIC S${d(r, 7)}${up(r)} is on my account but pls don't need. I am `).n(full(p)).t(', staying at ');
    addr(doc, r, c, false).t('. HP ').l('PHONE', c.phone(r)).t('. Rider name on app was ').n(person(r, ['ta', 'id', 'zh']).g).t('.');
  },
  // 32 call transcript with spoken email and phone
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t('[Call transcript — auto-generated]\nAGENT: Thank you for calling, can I get your name?\nCALLER: yeah it\'s ').n(full(p).toLowerCase()).t('\nAGENT: And the best email?\nCALLER: ').l('EMAIL', spokenEmail(r, p));
    doc.t('\nAGENT: And a callback number?\nCALLER: ').l('PHONE', spokenPhone(r)).t(`\nAGENT: Great, I've opened case ${ticket(r)} about the missing ${r.pick(PEOPLE_BRANDS)} order.`);
  },
  // 33 deactivation appeal with signature
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`To the ${r.pick(BRANDS)} appeals team,\n\nI was deactivated on ${c.date(r, recent(r))} after a rider claimed I was rude. I have a ${r.int(46, 50) / 10} rating over ${r.int(800, 6000)} trips. Please review the dashcam footage.\n\nRegards,\n`);
    doc.n(full(p)).t('\n').l('PHONE', c.phone(r)).t('\n').l('EMAIL', emailOf(r, p, c.dom));
  },
  // 34 insurance claim after accident
  (doc, r) => {
    const c = anyCountry(r);
    const drv = person(r, c.cult);
    const other = person(r, c.cult);
    doc.t(`CLAIM FORM — collision during active trip ${tripId(r)}\nDriver: `).n(full(drv)).t('   Date of birth: ').l('DOB', c.date(r, birth(r)));
    doc.t(`\nDate of incident: ${c.date(r, recent(r))}\nOther party: `).n(variant(r, other)).t(', tel. ').l('PHONE', c.phone(r)).t(`\nOther vehicle reg: ${plate(r)}\nPolicy: POL-${d(r, 8)}\nWitness: passenger `).n(person(r, c.cult).g);
  },
  // 35 vehicle inspection
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Vehicle inspection certificate\nVIN: ${hex(r, 17).toUpperCase().replace(/[IOQ]/g, 'X')}\nOwner: `).n(`${p.f}, ${p.g}`).t('\nOwner born: ').l('DOB', c.date(r, birth(r)));
    doc.t(`\nInspection date: ${c.date(r, recent(r))}\nMileage: ${r.int(10, 290)},${d(r, 3)}\nResult: PASS (brakes ${r.int(60, 95)}%, tyres ${r.int(3, 8)} mm)`);
  },
  // 36 fraud chargeback note
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Fraud review: chargeback ${ticket(r)} on card `).l('CARD', card(r)).t(' (cardholder ').n(full(p)).t(`). Orders placed from `).l('IP', ip(r)).t(' and ').l('IP', ip(r));
    doc.t(`, device ${hex(r, 16)}. Account email `).l('EMAIL', emailOf(r, p, c.dom)).t(` changed ${ts(r)}. Similar number ${badCard(r)} failed Luhn — ignore.`);
  },
  // 37 account takeover
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t('Someone got into my account!! Hi, this is ');
    self(doc, p).t('. I got an alert that my email was changed from ').l('EMAIL', emailOf(r, p, c.dom)).t(' to ').l('EMAIL', `${hex(r, 6)}@${r.pick(['mailto.plus', 'tempmail.dev', 'yandex.ru'])}`);
    doc.t(' and there were 6 orders I didn\'t place. Login history shows ').l('IP', ip(r)).t(`, which is not me. Password reset code ${d(r, 6)} never arrived.`);
  },
  // 38 refund request with IBAN
  (doc, r) => {
    const c = ibanCountry(r);
    const p = person(r, c.cult);
    doc.t(`Refund request for order ${orderNo(r)}: the restaurant was closed but I was charged ${money(r, c.cur)}. Card refunds take too long, can you send it by bank transfer to `).l('IBAN', iban(r, c.iban ?? 'GB'));
    doc.t(' (account name ').n(full(p)).t(')? Thanks.');
    maybeTrap(doc, r, 0.6);
  },
  // 39 group chat with handles
  (doc, r) => {
    const c = anyCountry(r);
    const a = person(r, c.cult);
    const b = person(r, c.cult);
    const e = person(r, c.cult);
    doc.t(`#office-lunch\n@${fold(a.g)}.${fold(a.f)}: ordering from ${r.pick(PEOPLE_BRANDS)}, who's in?\n`).n(b.g).t(`: me! the ${r.pick(PEOPLE_DISHES)} pls\n@${fold(e.g)}: +1, put it on `).n(a.g).t(`'s card lol\n`);
    doc.t('bot: delivery to ');
    addr(doc, r, c, false).t('. Courier: ').n(e.f).t('.');
  },
  // 40 rating comments with word-like names
  (doc, r) => {
    const c = byCode(r.pick(['US', 'GB', 'AU', 'CA']));
    const g = r.pick(['Will', 'Hope', 'Grant', 'Rose', 'Bill', 'May', 'Guy', 'Faith', 'Dawn', 'Hunter', 'Summer', 'Mark', 'Ray', 'Joy']);
    doc.t(`★★★★★ "Driver `).n(g).t(` was great, will ride again. Car smelled of ${r.pick(['pine', 'coffee', 'nothing at all'])} and music was low." — rider since ${r.int(2015, 2023)}\n`);
    doc.t(`★☆☆☆☆ "Hope this gets fixed: app crashed at checkout (v${version(r)}). May order elsewhere." — `).n(full(person(r, c.cult)));
  },
  // 41 JSON support ticket
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`{"ticket_id":"${uuid(r)}","channel":"in_app","customer":{"name":"`).n(full(p)).t('","email":"').l('EMAIL', emailOf(r, p, c.dom)).t('","phone":"').l('PHONE', c.phone(r));
    doc.t(`"},"order":"${orderNo(r)}","created_at":"${ts(r)}","category":"missing_item","sla_hours":${r.int(4, 72)}}`);
  },
  // 42 CSV export of couriers
  (doc, r) => {
    const c = anyCountry(r);
    doc.t('courier_id,name,phone,email,city,active_since\n');
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = person(r, c.cult);
      doc.t(`${d(r, 6)},`).n(full(p)).t(',').l('PHONE', c.phone(r)).t(',').l('EMAIL', emailOf(r, p, c.dom)).t(`,${r.pick(c.cities)},${iso(r, recent(r))}\n`);
    }
  },
  // 43 1099 tax summary
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`FORM 1099-K SUMMARY (tax year ${r.int(2022, 2024)})\nPAYER: ${r.pick(BRANDS)} Technologies Inc., EIN ${ein(r)}\nPAYEE: `);
    self(doc, p).t('\nPayee TIN: ').l('NATIONAL_ID', ssn(r)).t('\n');
    addr(doc, r, c, true).t(`\nGross amount: $${r.int(2, 80)},${d(r, 3)}.${d(r, 2)}\nBank routing ${routing(r)} acct ****${d(r, 4)}`);
  },
  // 44 referral
  (doc, r) => {
    const c = anyCountry(r);
    const friend = person(r, c.cult);
    doc.t(`Refer a friend — earn ${money(r, c.cur)}!\nYour code: ${hex(r, 6).toUpperCase()}\nFriend's name: `).n(full(friend)).t('\nFriend\'s phone: ').l('PHONE', c.phone(r)).t('\nFriend\'s email: ').l('EMAIL', emailOf(r, friend, c.dom));
  },
  // 45 menu change request
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Please remove the ${r.pick(PEOPLE_DISHES)} from our menu and rename "Combo 4" to "The ${r.pick(['Hemingway', 'Elvis', 'Picasso', 'Frida'])} Special". We also won a ${r.pick(['Michelin Bib Gourmand', 'James Beard Award nomination', 'Golden Fork'])} this year! Contact: `).n(variant(r, p)).t(', ').l('PHONE', c.phone(r)).t(' ext. ').t(String(r.int(10, 400))).t('.');
  },
  // 46 equipment shipment multi-line
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Your thermal bag and phone mount have shipped via ${r.pick(['DHL', 'Royal Mail', 'DPD', 'FedEx', 'Yamato'])} (tracking ${r.digits(14)}).\n\nShip to:\n`).n(full(p)).t('\n');
    if (r.chance(0.3)) doc.t(`c/o ${r.pick(['Nimbus Logistics Ltd', 'Kiosk 7 Holdings', 'Fleetwise GmbH'])}\n`);
    addr(doc, r, c, true).t(`\n\nEstimated delivery: ${c.date(r, recent(r))}`);
  },
  // 47 emergency contact form
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    const ec = person(r, c.cult);
    doc.t('Emergency contact\nDriver: ');
    self(doc, p).t('\nContact name: ').n(full(ec)).t(` (${r.pick(['spouse', 'mother', 'brother', 'flatmate', 'daughter'])})\nContact phone: `).l('PHONE', c.phone(r)).t('\nContact DOB (for insurance): ').l('DOB', c.date(r, birth(r)));
  },
  // 48 driver found phone
  (doc, r) => {
    const c = anyCountry(r);
    const drv = person(r, c.cult);
    const rider = person(r, c.cult);
    doc.t('Hi, this is ').n(drv.g).t(`, your driver from earlier. You left your phone in my car — lock screen says "If found call `).l('PHONE', c.phone(r)).t('". Is this ').n(rider.g).t(`? I can drop it at the ${r.pick(BRANDS)} Greenlight Hub or meet you near ${r.pick(PEOPLE_PLACES)}.`);
  },
  // 49 complaint ALL CAPS and surname-first
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    const drv = person(r, c.cult);
    doc.t(`COMPLAINT FROM `).n(full(p).toUpperCase()).t(` RE: DRIVER `).n(`${drv.f.toUpperCase()}, ${drv.g.toUpperCase()}`);
    doc.t(` — HE REFUSED MY GUIDE DOG ${r.pick(PETS).toUpperCase()}. THIS IS ILLEGAL. ORDER/TRIP ${tripId(r)}. EMAIL ME AT `).l('EMAIL', emailOf(r, p, c.dom).toUpperCase());
  },
  // 50 law-enforcement data request
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`LAW ENFORCEMENT REQUEST LER-${d(r, 6)}\nRequesting officer: Det. `).n(`${person(r, ['en', 'ie']).g.charAt(0)}. ${person(r, ['en', 'ie', 'mx']).f}`).t(`, badge ${d(r, 5)}\nSubject: `).n(full(p)).t(', DOB ').l('DOB', mdyUs(r, birth(r))).t(', SSN ').l('NATIONAL_ID', ssn(r));
    doc.t('\nKnown phone: ').l('PHONE', c.phone(r)).t('\nRequested: trip history and login IPs. Produced: ').l('IP', ip(r)).t(', ').l('IP', ip(r)).t(', ').l('IP', ip(r)).t(`\nLegal basis: subpoena dated ${mdyUs(r, recent(r))}`);
  },
  // 51 dispatch radio transcript
  (doc, r) => {
    const p = person(r, ['en', 'mx', 'ie']);
    doc.t(`DISPATCH: Unit ${r.int(10, 99)}, pickup at the ${r.pick(PEOPLE_BUILDINGS)} arrivals, passenger `).n(p.f).t(', party of two.\nUNIT: Copy. Passenger callback?\nDISPATCH: ').l('PHONE', spokenPhone(r)).t(`.\nUNIT: Copy, ETA ${r.int(3, 15)}.`);
  },
  // 52 support macro with placeholders + real customer
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t('Macro preview: "Hi {{first_name}}, we\'ve refunded {{amount}} to {{card_last4}}."\nRendered for ').n(p.g).t(': "Hi ').n(p.g).t(`, we've refunded ${money(r, c.cur)} to card ${maskedCard(r)}." Sent to `).l('EMAIL', emailOf(r, p, c.dom)).t(` at ${ts(r)}.`);
  },
  // 53 weekly earnings statement
  (doc, r) => {
    const c = ibanCountry(r);
    const p = person(r, c.cult);
    doc.t(`Weekly earnings — week ${r.int(1, 52)}\n`).n(full(p)).t(`\nTrips: ${r.int(20, 120)}  Tips: ${money(r, c.cur)}  Incentives: ${money(r, c.cur)}\nPaid to `).l('IBAN', iban(r, c.iban ?? 'DE')).t(` on ${c.date(r, recent(r))}\nPrevious account ${badIban(r, c.iban ?? 'DE')} (rejected)`);
  },
  // 54 courier to restaurant: order for a word-like name
  (doc, r) => {
    const g = r.pick(['Hope', 'Will', 'Rose', 'May', 'Grant', 'Said', 'Faith', 'Guy', 'Bill']);
    doc.t(`Courier: hi, picking up order ${r.int(100, 999)} for `).n(g).t(`. Is it ready?\nRestaurant: 5 more min, the grill is slow. Will bring it out.\nCourier: ok I'll wait by the ${r.pick(PEOPLE_BRANDS)} sign.`);
  },
  // 55 airport pickup sign
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Airport transfer confirmed. Your chauffeur will meet you at ${r.pick(PEOPLE_BUILDINGS)}, flight ${r.pick(['KQ', 'LH', 'EK', 'BA', 'NH'])}${r.int(100, 999)}, holding a sign reading "MR/MS `).n(`${p.g.charAt(0).toUpperCase()}. ${p.f.toUpperCase()}`).t(`". Chauffeur mobile: `).l('PHONE', c.phone(r)).t('. Booking made by ').n(full(person(r, c.cult))).t('.');
  },
  // 56 LLM assistant redacting
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`User: can you update my number? old one ended ***-***-${d(r, 4)}, new one is `).l('PHONE', c.phone(r));
    doc.t(`\nAssistant: Done! I've also confirmed your SSN on file shows as ***-**-${d(r, 4)}; I can't display it in full.\nUser: thanks. also my email is now `).l('EMAIL', emailOf(r, p, c.dom)).t(' — signed, ');
    self(doc, p);
  },
  // 57 document expiry reminder
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t('Hello ').n(p.g).t(`, your driving licence ${up(r)}${d(r, 7)} expires on ${c.date(r, recent(r))}. Please upload a new scan. We have your date of birth as `).l('DOB', c.date(r, birth(r))).t('; if that is wrong, reply to ').l('EMAIL', roleEmail(r)).t('.');
  },
  // 58 split payment
  (doc, r) => {
    const c = anyCountry(r);
    const a = person(r, c.cult);
    const b = person(r, c.cult);
    doc.t(`Split fare ${money(r, c.cur)} between `).n(full(a)).t(' and ').n(full(b)).t('.\n').n(a.g).t(' pays with ').l('CARD', card(r)).t('\n').n(b.g).t(' pays with ').l('CARD', card(r)).t(`\nPromo code ${hex(r, 5).toUpperCase()} applied.`);
  },
  // 59 catering invoice
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`INVOICE INV-${r.int(2023, 2025)}-${d(r, 5)}\nInvoice date: ${c.date(r, recent(r))}\nBill to:\n${r.pick(['Brightline Consulting', 'Oakfield Primary School', 'Nordlicht Media GmbH', 'Sunrise Dental Clinic'])}\nAttn: `).n(full(p)).t('\n');
    addr(doc, r, c, true).t(`\n\n40 × lunch boxes  ${money(r, c.cur)}\nPayment due: ${c.date(r, recent(r))}\nTax ID ${d(r, 2)}-${d(r, 7)}`);
  },
  // 60 app store review
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`1 star. Support agent `).n(variant(r, p)).t(` promised a callback to `).l('PHONE', c.phone(r)).t(` and never called. ${r.pick(["Murphy's law", 'Typical'])}: the one night I needed it, the app was down. ${r.pick(STORMS)} was no excuse.`);
  },
  // 61 birthday promo with pet trap
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t('Profile\nName: ');
    self(doc, p).t('\nBirthday: ').l('DOB', c.date(r, birth(r))).t(`\nFavourite restaurant: ${r.pick(PEOPLE_BRANDS)}\nPet: ${r.pick(PETS)} (birthday ${c.date(r, recent(r))} — we'll send a treat!)\nMember since ${c.date(r, recent(r))}`);
  },
  // 62 bank change verification
  (doc, r) => {
    const c = ibanCountry(r);
    const cc = c.iban ?? 'DE';
    const p = person(r, c.cult);
    doc.t('Bank detail change request\nPartner: ').n(full(p)).t('\nOld IBAN: ').l('IBAN', iban(r, cc)).t(`\nNew IBAN (as typed): ${badIban(r, cc)}\nNew IBAN (corrected): `).l('IBAN', iban(r, cc));
    doc.t('\nVerification call to ').l('PHONE', c.phone(r)).t(` passed ${ts(r)}.`);
  },
  // 63 IPv6 chargeback evidence
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Chargeback evidence pack\nCustomer: `).n(full(p)).t('\nBilling address: ');
    addr(doc, r, c, false).t('\nDelivery confirmed by GPS and photo. Session IPs: ').l('IP', ipv6(r)).t(', ').l('IP', ipv4(r)).t(`\nCard: ${maskedCard(r)}; 3DS ${r.pick(['passed', 'attempted'])}; ECI ${pad(r.int(1, 7))}`);
  },
  // 64 US SSN in support chat + masked
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t('Driver: why is my account on hold again\nAgent: The background check could not verify your SSN. We have ').t(`***-**-${d(r, 4)}`).t('.\nDriver: it\'s ').l('NATIONAL_ID', ssn(r)).t(` not ${badSsn(r)}. name is `);
    self(doc, p).t(`, born `).l('DOB', mdyUs(r, birth(r)));
  },
  // 65 Turkish courier
  (doc, r) => {
    const c = byCode('TR');
    const p = person(r, c.cult);
    doc.t('Merhaba, kurye ').n(full(p)).t(`. TC kimlik no ${d(r, 11)} sistemde doğru. Ödemem şu hesaba: `).l('IBAN', iban(r, 'TR')).t('. Adresim: ');
    addr(doc, r, c, false).t('. Tel: ').l('PHONE', c.phone(r));
  },
  // 66 Swedish / Filipino / SA / Korean-romanised generic pickup message
  (doc, r) => {
    const c = byCode(r.pick(['SE', 'PH', 'ZA', 'KR', 'JP', 'IN']));
    const p = person(r, c.cult);
    doc.t('Pickup note from ').n(variant(r, p)).t(': "Ring the bell marked ').n(p.f).t(`, 2nd floor, blue door." Deliver to `);
    addr(doc, r, c, r.chance(0.3)).t('. Phone ').l('PHONE', c.phone(r)).t('.');
    maybeTrap(doc, r);
  },
  // 67 SSN + card in onboarding chat with LLM assistant
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t('Assistant: To finish your Dasher-style background check I need your legal name, SSN and date of birth.\nUser: ');
    self(doc, p).t(', ').l('NATIONAL_ID', ssn(r)).t(', ').l('DOB', mdyUs(r, birth(r))).t('. For the instant-pay debit card use ').l('CARD', card(r)).t(`.\nAssistant: Thanks. I've submitted your check (ref ${uuid(r)}).`);
  },
  // 68 multiple IPs + version strings server log
  (doc, r) => {
    doc.t(`[${ts(r)}] WARN courier-api ${version(r)} rate limit exceeded for `).l('IP', ip(r)).t(`\n[${ts(r)}] INFO geo-router build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} upstream=`).l('IP', ipv4(r)).t(`:8443\n[${ts(r)}] INFO healthcheck ok sha=${hex(r, 40)}`);
  },
  // 69 W-9 style form
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`Request for Taxpayer Identification — ${r.pick(BRANDS)} Delivery Partners\n1 Name: `);
    self(doc, p).t(`\n3 Federal tax classification: Individual/sole proprietor\n5 Address: `);
    addr(doc, r, c, false).t('\nPart I  Social security number: ').l('NATIONAL_ID', ssn(r)).t(`\n        Employer identification number: (blank)\nSigned ${mdyUs(r, recent(r))}`);
  },
  // 70 payment method update chat
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`Customer: my payment keeps failing at checkout (error PMT-${d(r, 4)}). I tried `).l('CARD', card(r)).t(` and also ${badCard(r)} but that one I think I typed wrong\nAgent: Thanks `).n(p.g);
    doc.t(`. The first card was declined by the issuer. Your wallet still shows ${maskedCard(r)}. Could you try adding it again or use `).t(r.pick(['Apple Pay', 'PayPal', 'Google Pay'])).t('?\nCustomer: ok trying ').l('CARD', card(r));
  },
  // 71 instant-pay debit card registration (US)
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t('Instant Pay enrollment\nCardholder: ').n(full(p)).t('\nDebit card: ').l('CARD', card(r)).t(`  exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\nIdentity check: SSN `).l('NATIONAL_ID', ssn(r));
    doc.t(' matched, DOB ').l('DOB', mdyUs(r, birth(r))).t(` matched\nRouting ${routing(r)} (not used for card payouts)`);
  },
  // 72 corporate ride account
  (doc, r) => {
    const c = anyCountry(r);
    const p = person(r, c.cult);
    doc.t(`${r.pick(BRANDS)} for Business — account setup\nCompany: ${r.pick(['Hartwell & Price LLP', 'Kestrel Analytics', 'Bluebird Events', 'Sato Trading KK'])}\nAdmin: `).n(full(p)).t(' <').l('EMAIL', emailOf(r, p, ['kestrel-analytics.com', 'bluebird.events', 'hartwellprice.co.uk'])).t('>\nBilling card: ').l('CARD', card(r));
    doc.t(`\nMonthly cap: ${money(r, c.cur)}\nCost centre: CC-${d(r, 4)}`);
  },
  // 73 SSN typo thread with support
  (doc, r) => {
    const c = byCode('US');
    const p = person(r, c.cult);
    doc.t(`Subject: Re: Re: background check stuck\n\n> Please confirm the SSN you entered: ${badSsn(r)}\n\nThat's a typo, the right one is `).l('NATIONAL_ID', ssn(r)).t('. My old address on the report was ');
    addr(doc, r, c, false).t('.\n\n').n(full(p)).t('\n').l('PHONE', c.phone(r));
  },
];

const NEGATIVE: Tpl[] = [
  // release notes
  (doc, r) => {
    doc.t(`${r.pick(BRANDS)} Driver app ${version(r)} release notes\n- Fixed crash on Android ${r.int(10, 15)}.${r.int(0, 3)}.${r.int(0, 9)} when opening Earnings\n- New heat map for ${r.pick(PEOPLE_PLACES)} and ${r.pick(PEOPLE_PLACES)}\n- Dispatch engine upgraded to ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)}\n- ${r.pick(TEAMS)}: faster payouts\nBuild ${hex(r, 40)}`);
  },
  // incident postmortem
  (doc, r) => {
    doc.t(`Postmortem INC-${d(r, 5)}: orders stuck in "awaiting courier" from ${ts(r)} to ${ts(r)}. Root cause: ${r.pick(TEAMS)} deploy ${hex(r, 12)} removed an index. ${r.int(1000, 90000)} orders affected, e.g. ${orderNo(r)}, ${orderNo(r)}. Action items owned by the on-call rotation. Weather (${r.pick(STORMS)}) was a contributing factor.`);
  },
  // menu text
  (doc, r) => {
    doc.t(`Tonight's menu at our ${r.pick(PEOPLE_PLACES)} kitchen:\n• ${r.pick(PEOPLE_DISHES)} — ${money(r, '€')}\n• ${r.pick(PEOPLE_DISHES)} — ${money(r, '€')}\n• Dessert: ${r.pick(['Peach Melba', 'pavlova', 'Sachertorte', 'Madeleines'])}\nAllergens: see code ${hex(r, 4).toUpperCase()}. Pairs well with ${r.pick(['Dr Pepper', "Jack Daniel's", 'Earl Grey tea'])}.`);
  },
  // policy text
  (doc, r) => {
    doc.t(`Courier safety policy v${r.int(2, 9)}.${r.int(0, 9)}: drivers in states with ${r.pick(LAWS)} obligations must complete module ${d(r, 3)}. Financial controls follow ${r.pick(LAWS)}. Riders with ${r.pick(EPONYMS)} or ${r.pick(EPONYMS)} may request extra boarding time. Effective ${iso(r, recent(r))}.`);
  },
  // storm ops alert
  (doc, r) => {
    doc.t(`OPS ALERT ${ts(r)}: ${r.pick(STORMS)} expected to make landfall. Surge pricing capped at ${r.int(1, 3)}.${r.int(0, 9)}x in ${r.pick(PEOPLE_PLACES)}. Couriers on bikes should pause. The ferry ${r.pick(['Queen Mary 2', 'Spirit of Tasmania', 'MV Doulos'])} is cancelled, so airport runs to ${r.pick(PEOPLE_BUILDINGS)} take priority.`);
  },
  // masked macro
  (doc, r) => {
    doc.t(`Hi there, we've refunded your order ${orderNo(r)} to the card ${maskedCard(r)}. Your phone ***-***-${d(r, 4)} and SSN ***-**-${d(r, 4)} on file are unchanged. Reference ${uuid(r)}. — The ${r.pick(BRANDS)} team`);
  },
  // finance reconciliation with invalid values
  (doc, r) => {
    const c = ibanCountry(r);
    doc.t(`Reconciliation batch ${d(r, 8)}\nEIN ${ein(r)} · routing ${routing(r)} · account ****${d(r, 4)}\nRejected IBAN ${badIban(r, c.iban ?? 'DE')} (checksum)\nTest card ${badCard(r)} declined (Luhn)\nTotal ${money(r, c.cur)} across ${r.int(10, 400)} restaurant partners. Next run ${iso(r, recent(r))}.`);
  },
  // city launch
  (doc, r) => {
    doc.t(`We're launching in ${r.pick(PEOPLE_PLACES)}! Order from ${r.pick(PEOPLE_BRANDS)}, ${r.pick(PEOPLE_BRANDS)} and 200 more. Rides to ${r.pick(PEOPLE_BUILDINGS)} from ${money(r, '$')}. Download version ${version(r)}. Offer ends ${mdyUs(r, recent(r))}. Code WELCOME${d(r, 2)}.`);
  },
  // Spanish/French generic negative
  (doc, r) => {
    doc.t(r.pick([`Tu pedido ${orderNo(r)} está en camino. Tiempo estimado: ${r.int(10, 45)} min. Gracias por usar ${r.pick(BRANDS)}.`, `Votre course ${tripId(r)} est terminée. Montant : ${money(r, '€')}. Carte ${maskedCard(r)}.`, `${GOGO}: ご注文 ${orderNo(r)} は配達中です。`]));
  },
];

// ---------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent54Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent54Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT54_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT54_MIN_INSTANCES;
  const out: Independent54Entry[] = [];
  let total = 0;
  while (total < min) {
    const doc = new Doc();
    const tpl = r.chance(0.1) ? r.pick(NEGATIVE) : r.pick(POSITIVE);
    tpl(doc, r);
    out.push({ text: doc.text, labels: doc.labels, knownNames: doc.known });
    total += doc.labels.length;
  }
  return out;
}
