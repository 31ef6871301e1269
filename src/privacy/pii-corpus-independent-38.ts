/**
 * @module privacy/pii-corpus-independent-38 — blind labelled PII corpus #38: travel and hospitality.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its patterns, name lists or tests, any other corpus module, the docs, the
 * benchmarks or the git history, and never ran the detector on this text. Every name, address, template
 * and value here was invented for this split.
 *
 * Seeds: 380001, 380002, 380003 (`INDEPENDENT38_SEEDS`). Each seed yields whole documents until at least
 * `minInstances` labels exist (default 2,400), deterministic per seed.
 *
 * Contents: airline and rail bookings, passenger name records and e-tickets, hotel and holiday-rental
 * reservations and folios, car-hire agreements, travel-agent and concierge chats and call transcripts,
 * visa, passport and travel-insurance forms, lost-luggage reports, loyalty accounts, forwarded itineraries
 * and booking-platform logs, in several countries and languages; about one document in ten is a pure hard
 * negative (people-named brands, airports, ships, storms and diseases, booking codes, e-ticket numbers,
 * versions, hashes, Luhn-invalid and masked cards, invalid IBANs, EINs, routing numbers, travel dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Frau, Sra., 様, 님 …) and a possessive 's stay outside;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case, "Surname, Given" and PNR
 *   "SURNAME/GIVEN" forms are labelled, one label per contiguous name. Brands, software, places, airports,
 *   pets, ships, storms, streets named after people, eponymous diseases/laws/awards and @handles are not;
 *   a name inside an e-mail address is not.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside), every number incl. hotlines; spoken numbers labelled;
 *   masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; invalid/masked ones unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, passports, DNI, codice fiscale, CPF etc. unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (home, hotel or office), multi-line ones from the first
 *   street/building/PO-box line to the last postcode/city/country line; recipient is a separate PERSON;
 *   company lines, city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; travel, issue, expiry and other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT38_SEEDS = [380001, 380002, 380003] as const;
export const INDEPENDENT38_MIN_INSTANCES = 2400;

/** A gold label carrying its exact text. */
export interface Independent38Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split. */
export interface Independent38Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent38Label[];
}

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent38Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  p(value: string): this {
    return this.l('PERSON', value);
  }
  /** The user's own full name: labelled PERSON and, sometimes, passed as knownNames. */
  me(r: Rng, who: Person): this {
    if (r.chance(0.6) && !this.known.includes(who.full)) this.known.push(who.full);
    return this.l('PERSON', who.full);
  }
}

// ---------------------------------------------------------------------------------------------- helpers

const at = <T>(xs: readonly T[], i: number): T => xs[i] as T;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const up = (s: string): string => s.toUpperCase();
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function letters(r: Rng, n: number, pool = LETTERS): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pool.charAt(r.int(0, pool.length - 1));
  return s;
}
function alnum(r: Rng, n: number): string {
  return letters(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o');
}
const slug = (s: string): string => ascii(s).toLowerCase().replace(/[^a-z]/g, '');
const money = (r: Rng, lo: number, hi: number): string => `${r.int(lo, hi)}.${pad(r.int(0, 99))}`;
const hhmm = (r: Rng): string => `${pad(r.int(5, 23))}:${pad(r.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))}`;

// ---------------------------------------------------------------------------------------------- names

interface Culture {
  readonly m: string;
  readonly w: string;
  readonly f: string;
  readonly east?: boolean;
}
const CULTURES: Readonly<Record<string, Culture>> = {
  us: { m: 'James|Tyler|Grant|Will|Bill|Hunter|Chase|Bobby|Dakota|Frank', w: 'Madison|Hope|Faith|Brittany|Summer|Amber|Kayla|Destiny|Joy|Shelby', f: 'Whitaker|Coleman|Bush|Young|King|Price|Hill|Baker|Long|Pruitt|Dalton|Hatfield' },
  uk: { m: 'Oliver|Guy|Nigel|Alfie|Rupert|Mark|Art|Victor|Reggie|Hugh', w: 'Harriet|Rose|May|Imogen|Poppy|Iris|Grace|Penny|Ivy|Holly', f: 'Fairclough|Ashworth|Pennington|Black|White|Cook|Field|Stone|Love|Fox|Bird|Swift' },
  ie: { m: 'Cian|Oisín|Declan|Pádraig|Ruairí|Colm', w: 'Siobhán|Aoife|Niamh|Saoirse|Ciara|Róisín', f: "O'Sullivan|Kavanagh|Brennan|McGrath|Doherty|Fitzgerald|Kinsella|Ó Dónaill" },
  sc: { m: 'Hamish|Callum|Fraser|Lachlan|Ewan|Angus', w: 'Isla|Morag|Eilidh|Kirsty|Ailsa|Catriona', f: 'MacLeod|Urquhart|Drummond|Buchanan|Sinclair|Munro|Gillespie|Baird' },
  de: { m: 'Jonas|Lukas|Hannes|Matthias|Till|Ulf|Jürgen|Moritz', w: 'Lena|Greta|Friederike|Anneliese|Wiebke|Svenja|Jutta|Marlene', f: 'Weber|Schäfer|Hoffmann|Brandt|Kühn|Vogel|Engel|Winter|Sommer|Fuchs|Zimmermann|Großmann' },
  fr: { m: 'Théo|Baptiste|Mathis|Aurélien|Gaspard|Yannick|Loïc', w: 'Camille|Manon|Élodie|Clémence|Solène|Margaux|Anaïs', f: 'Durand|Lefèvre|Moreau|Girard|Lambert|Rousseau|Faure|Chevalier|Marchand|Blanc' },
  es: { m: 'Javier|Álvaro|Íñigo|Sergio|Jorge|Unai|Rubén', w: 'Lucía|Marta|Nerea|Paloma|Rocío|Ainhoa|Pilar', f: 'García Ruiz|Fernández|Llorente|Iglesias|Navarro|Castaño|Domínguez|Serrano|Rubio|Cuesta' },
  mx: { m: 'Emiliano|Jesús|Santiago|Rogelio|Ulises|Iker', w: 'Guadalupe|Ximena|Itzel|Marisol|Fernanda|Citlali', f: 'Hernández|Gutiérrez|Villanueva|Ortega|Zamora|Cervantes|Treviño|Saldaña|Olvera' },
  br: { m: 'João Pedro|Rafael|Gustavo|Caio|Vinícius|Thiago', w: 'Thaís|Beatriz|Larissa|Luana|Rayssa|Graça', f: 'Oliveira|Souza|Carvalho|Nascimento|Albuquerque|Cavalcanti|Teixeira|Moura|Pereira da Silva' },
  it: { m: 'Lorenzo|Matteo|Alessandro|Davide|Tommaso|Gianluca', w: 'Giulia|Chiara|Francesca|Sofia|Ilaria|Benedetta', f: 'Rossi|Esposito|Bianchi|Colombo|Ferraro|Gallo|Bruno|Ricci|Marino|De Luca' },
  nl: { m: 'Daan|Bram|Joost|Sem|Pieter|Wouter', w: 'Sanne|Femke|Lotte|Anouk|Ilse|Marieke', f: 'de Vries|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van der Berg|Jansen' },
  pl: { m: 'Piotr|Tomasz|Wojciech|Krzysztof|Jakub|Bartłomiej', w: 'Katarzyna|Agnieszka|Zofia|Małgorzata|Ewa|Wiktoria', f: 'Nowak|Wiśniewski|Wójcik|Lewandowski|Szymański|Dąbrowski|Kaczmarek|Zieliński' },
  se: { m: 'Erik|Oskar|Nils|Gustav|Anders|Björn', w: 'Astrid|Maja|Ingrid|Linnea|Sigrid|Ebba', f: 'Lindqvist|Andersson|Bergström|Nyberg|Holm|Sjöberg|Ekström|Lund|Forsberg|Dahl' },
  fi: { m: 'Eero|Juho|Ville|Onni|Lauri|Tapio', w: 'Aino|Veera|Kaisa|Helmi|Tuuli|Sanna', f: 'Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Laaksonen|Salminen|Järvinen' },
  gr: { m: 'Giorgos|Dimitris|Nikos|Kostas|Thanasis|Stavros', w: 'Eleni|Katerina|Despina|Vasiliki|Ioanna|Chrysa', f: 'Papadopoulos|Georgiou|Karagiannis|Oikonomou|Dimitriou|Alexiou|Manolakis|Christodoulou' },
  tr: { m: 'Emre|Mehmet|Burak|Can|Oğuz|Serkan', w: 'Elif|Zeynep|Ayşe|Deniz|Selin|Gülşen', f: 'Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan|Kılıç' },
  ar: { m: 'Omar|Said|Karim|Yousef|Tariq|Khalid', w: 'Layla|Fatima|Noura|Amal|Huda|Rania', f: 'Al-Mansouri|Haddad|Nasser|El-Amin|Al-Farsi|Khoury|Saleh|Hamdan|Aziz' },
  fa: { m: 'Dariush|Arash|Kaveh|Babak|Farhad|Siavash', w: 'Shirin|Parisa|Nasrin|Leila|Golnaz|Mahsa', f: 'Tehrani|Hosseini|Rahimi|Karimi|Moradi|Jafari|Farahani|Sadeghi|Rostami' },
  in: { m: 'Arjun|Rohan|Vikram|Aditya|Rahul|Sandeep', w: 'Priya|Ananya|Kavya|Deepika|Sunita|Neha', f: 'Sharma|Iyer|Patel|Reddy|Banerjee|Nair|Gupta|Deshpande|Chatterjee|Malhotra' },
  ta: { m: 'Karthik|Senthil|Murugan|Arvind|Suresh|Dilan', w: 'Meenakshi|Lakshmi|Divya|Kalpana|Thenmozhi|Nadeesha', f: 'Subramanian|Raghavan|Krishnamurthy|Venkatesan|Perera|Jayasuriya|Wickramasinghe|Ramasamy' },
  cn: { m: 'Wei|Jun|Hao|Lei|Zhiwei|Yong', w: 'Xiaoling|Mei|Yuting|Jing|Qian|Ruolan', f: 'Wang|Li|Zhang|Liu|Chen|Huang|Zhao|Zhou|Xu', east: true },
  jp: { m: 'Haruto|Sota|Ren|Kenji|Daiki|Takumi', w: 'Yui|Hina|Aoi|Sakura|Mio|Natsuki', f: 'Tanaka|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Fujimoto|Matsuda', east: true },
  kr: { m: 'Minjun|Jiho|Dohyun|Sungmin|Taeyang|Junseo', w: 'Seoyeon|Hayoon|Jiwoo|Eunji|Yerin|Sumin', f: 'Kim|Lee|Park|Choi|Jung|Kang|Yoon|Jang|Han', east: true },
  vn: { m: 'Minh|Huy|Quang|Duc|Tuan|Khoa', w: 'Linh|Thảo|Ngọc|Trang|Hương|Vy', f: 'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi' },
  ph: { m: 'Jose Mari|Rodel|Arnel|Jericho|Ramil|Nonoy', w: 'Maricel|Kristine|Joy|Rowena|Lovely|Analyn', f: 'Dela Cruz|Santos|Reyes|Bautista|Mendoza|Aquino|Pascual|Tolentino' },
  ng: { m: 'Chidi|Emeka|Tunde|Obinna|Chinedu|Femi', w: 'Ngozi|Adaeze|Folake|Yetunde|Blessing|Chiamaka', f: 'Okafor|Adeyemi|Eze|Okonkwo|Balogun|Nwosu|Adebayo|Olawale|Chukwu' },
  ke: { m: 'Otieno|Kamau|Baraka|Juma|Kiprono|Mutiso', w: 'Wanjiru|Akinyi|Njeri|Zawadi|Imani|Atieno', f: 'Mwangi|Odhiambo|Wekesa|Njoroge|Ochieng|Mutua|Kariuki|Chebet' },
  et: { m: 'Abebe|Dawit|Yonas|Bereket|Kidus|Tewodros', w: 'Tigist|Meron|Selamawit|Hanna|Liya|Mahlet', f: 'Tesfaye|Bekele|Girma|Alemu|Mengistu|Wolde|Tadesse|Assefa' },
  ru: { m: 'Dmitri|Sergei|Alexei|Nikolai|Pavel|Grigory', w: 'Anastasia|Yekaterina|Olga|Tatiana|Svetlana|Polina', f: 'Smirnov|Popov|Volkov|Lebedev|Novikov|Sokolov|Morozov|Orlov' },
  ua: { m: 'Taras|Bohdan|Andriy|Mykola|Ostap|Yurii', w: 'Oksana|Iryna|Yaryna|Halyna|Solomiia|Daryna', f: 'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Savchuk|Lysenko' },
  hu: { m: 'Bence|Levente|Gergely|Ádám|Tamás|Zsolt', w: 'Zsófia|Réka|Eszter|Csilla|Noémi|Boglárka', f: 'Nagy|Kovács|Szabó|Tóth|Horváth|Varga|Kiss|Molnár|Farkas' },
  il: { m: 'Itai|Amit|Eitan|Omri|Yonatan|Noam', w: 'Noa|Yael|Tamar|Shira|Maayan|Hadas', f: 'Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Shapiro|Katz|Ben-David' },
  id: { m: 'Agus|Budi|Rizky|Wahyu|Bayu|Hendra', w: 'Putri|Dewi|Sari|Intan|Ayu|Fitri', f: 'Santoso|Wijaya|Pratama|Kusuma|Hidayat|Saputra|Siregar|Nasution|Gunawan' },
  th: { m: 'Somchai|Kittisak|Nattapong|Chaiwat|Thanawat|Anan', w: 'Malee|Anong|Pim|Siriporn|Ploy|Kanya', f: 'Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Boonmee|Kaewmanee|Phromma|Thongdee' },
};
const CULTURE_KEYS = Object.keys(CULTURES);

interface Person {
  readonly g: string;
  readonly f: string;
  readonly full: string;
  readonly w: boolean;
}
function person(r: Rng, keys: readonly string[] = CULTURE_KEYS): Person {
  const c = CULTURES[r.pick(keys)] ?? (CULTURES.us as Culture);
  const w = r.chance(0.5);
  const g = r.pick((w ? c.w : c.m).split('|'));
  const f = r.pick(c.f.split('|'));
  const full = c.east && r.chance(0.35) ? `${f} ${g}` : `${g} ${f}`;
  return { g, f, full, w };
}
/** Native-script names (family name first), for Japanese, Korean and Chinese documents. */
const NATIVE = {
  jp: { f: '田中|鈴木|高橋|渡辺|山本|中村|小林|藤本|松田|井上', g: '陽翔|結衣|蒼太|陽菜|蓮|葵|健二|さくら|大輝|美緒', sep: ' ' },
  kr: { f: '김|이|박|최|정|강|윤|장|한|서', g: '민준|서연|지호|하윤|도현|지우|은지|성민|예린|태양', sep: '' },
  cn: { f: '王|李|张|刘|陈|黄|赵|周|徐|吴', g: '伟|晓玲|俊|美华|浩然|雨婷|磊|静|志伟|倩', sep: '' },
} as const;
function nativeName(r: Rng, k: keyof typeof NATIVE): string {
  const n = NATIVE[k];
  return `${r.pick(n.f.split('|'))}${n.sep}${r.pick(n.g.split('|'))}`;
}
/** A way of writing a name in running text. */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 11);
  if (k <= 4) return p.full;
  if (k === 5) return `${p.g.charAt(0)}. ${p.f}`;
  if (k === 6) return up(p.full);
  if (k === 7) return `${p.f}, ${p.g}`;
  if (k === 8) return p.full.toLowerCase();
  if (k === 9) return `${p.g} ${p.f.charAt(0)}.`;
  return p.g;
}
const pnrName = (p: Person): string => `${up(ascii(p.f)).replace(/[^A-Z]/g, '')}/${up(ascii(p.g)).replace(/[^A-Z]/g, '')}`;
const HON: Readonly<Record<string, readonly [string, string]>> = {
  en: ['Mr.', 'Ms.'], de: ['Herr', 'Frau'], fr: ['M.', 'Mme'], es: ['Sr.', 'Sra.'], it: ['Sig.', 'Sig.ra'],
  pt: ['Sr.', 'Sra.'], nl: ['dhr.', 'mevr.'], pl: ['Pan', 'Pani'], sv: ['', ''],
};
const hon = (lang: string, p: Person): string => at(HON[lang] ?? ['Mr.', 'Ms.'], p.w ? 1 : 0);
/** Honorific + surname, honorific outside the label. */
function honSurname(d: Doc, lang: string, p: Person): Doc {
  const h = hon(lang, p);
  if (h) d.t(`${h} `);
  return d.p(p.f);
}

// ---------------------------------------------------------------------------------------------- e-mail

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.de', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'libero.it', 'hotmail.es', 'uol.com.br', 'naver.com', 'qq.com', 'yahoo.co.jp', 'wp.pl', 'btinternet.com', 'bigpond.com', 'live.nl', 'seznam.cz', 'eircom.net', 'yandex.ru', 'rediffmail.com'];
function emailOf(r: Rng, p: Person, domain?: string): string {
  const g = slug(p.g) || 'x';
  const f = slug(p.f) || 'y';
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${r.int(1, 99)}`, `${g}${r.int(70, 99)}`, `${f}${g.charAt(0)}`, `${g}-${f}`]);
  return `${local}@${domain ?? r.pick(FREEMAIL)}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick(['gmail', 'outlook', 'yahoo', 'hotmail', 'icloud']);
  const sep = r.pick([' dot ', ' underscore ', ' ']);
  const local = sep === ' ' ? `${slug(p.g)}${slug(p.f)}` : `${slug(p.g)}${sep}${slug(p.f)}`;
  return `${local} at ${dom} dot com`;
}

// ---------------------------------------------------------------------------------------------- dates

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
};
const mon = (lang: string, m: number): string => at(MONTHS[lang] ?? MONTHS.en ?? [], m - 1);
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const birth = (r: Rng, lo = 1941, hi = 2008): Ymd => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const trip = (r: Rng): Ymd => ({ y: r.pick([2024, 2025, 2025, 2026]), m: r.int(1, 12), d: r.int(1, 28) });
/** A date the way a country writes it. */
function fmtDate(r: Rng, cc: string, x: Ymd): string {
  const { y, m, d } = x;
  const long = r.chance(0.3);
  switch (cc) {
    case 'US':
      return long ? `${mon('en', m)} ${d}, ${y}` : r.chance(0.5) ? `${pad(m)}/${pad(d)}/${y}` : `${m}/${d}/${y}`;
    case 'UK': case 'IE': case 'AU': case 'IN':
      return long ? `${d} ${mon('en', m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'DE': case 'CH': case 'AT':
      return long ? `${d}. ${mon('de', m)} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 'FR':
      return long ? `${d} ${mon('fr', m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'ES': case 'MX':
      return long ? `${d} de ${mon('es', m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'IT':
      return long ? `${d} ${mon('it', m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'PT': case 'BR':
      return long ? `${d} de ${mon('pt', m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'NL':
      return long ? `${d} ${mon('nl', m)} ${y}` : `${pad(d)}-${pad(m)}-${y}`;
    case 'PL':
      return long ? `${d} ${mon('pl', m)} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 'SE':
      return long ? `${d} ${mon('sv', m)} ${y}` : `${y}-${pad(m)}-${pad(d)}`;
    case 'JP': case 'CN':
      return long ? `${y}年${m}月${d}日` : `${y}/${pad(m)}/${pad(d)}`;
    case 'KR':
      return long ? `${y}년 ${m}월 ${d}일` : `${y}.${pad(m)}.${pad(d)}`;
    case 'TR':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'PNR':
      return `${pad(d)}${up(mon('en', m).slice(0, 3))}${pad(y % 100)}`;
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------- countries

interface Country {
  readonly cc: string;
  readonly lang: string;
  readonly cultures: readonly string[];
  readonly addr: (r: Rng) => string[];
  readonly phone: (r: Rng) => string;
}
const d3 = (r: Rng): string => r.digits(3);
const usArea = (r: Rng): string => r.pick(['503', '512', '614', '919', '520', '608', '912', '208', '802', '505', '415', '312', '617', '206', '303']);
const usPhone = (r: Rng, area = usArea(r)): string => {
  const b = `${r.int(2, 9)}${r.digits(2)}`;
  const c = r.digits(4);
  return r.pick([`(${area}) ${b}-${c}`, `${area}-${b}-${c}`, `+1 ${area} ${b} ${c}`, `${area}.${b}.${c}`, `+1-${area}-${b}-${c}`]);
};
const ukPost = (r: Rng, area: string): string => `${area}${r.int(1, 19)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
const COUNTRIES: readonly Country[] = [
  {
    cc: 'US', lang: 'en', cultures: ['us', 'us', 'mx', 'ie', 'in', 'cn', 'kr', 'ng', 'vn', 'ph'],
    addr: (r) => {
      const [city, st, z] = r.pick([['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Boise', 'ID', '837'], ['Burlington', 'VT', '054'], ['Albuquerque', 'NM', '871']] as const);
      const street = `${r.int(12, 9870)} ${r.pick(['Maple Ridge', 'Juniper', 'Creekside', 'Harbor View', 'Old Mill', 'Willow Bend', 'Cedar Hollow', 'Lakeshore', 'Pinecrest', 'Sycamore', 'N Broadway', 'E 14th'])} ${r.pick(['St', 'Ave', 'Dr', 'Ln', 'Blvd', 'Ct', 'Rd', 'Way'])}`;
      const unit = r.chance(0.3) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, `Unit ${r.int(100, 999)}`, `Suite ${r.int(100, 950)}`]) : '';
      const last = `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      const lines = unit ? (r.chance(0.5) ? [`${street}, ${unit}`, last] : [street, unit, last]) : [street, last];
      if (r.chance(0.15)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    },
    phone: (r) => usPhone(r),
  },
  {
    cc: 'UK', lang: 'en', cultures: ['uk', 'uk', 'sc', 'in', 'ng', 'pl', 'ie', 'ar'],
    addr: (r) => {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Edinburgh', 'EH'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['York', 'YO'], ['Brighton', 'BN'], ['Glasgow', 'G'], ['Bath', 'BA']] as const);
      const l1 = `${r.int(1, 220)} ${r.pick(['Cranbrook', 'Ashgrove', 'Milton', 'Hawthorn', 'Beechwood', 'Kelvin', 'Marlborough', 'Station', 'Church', 'Albion'])} ${r.pick(['Road', 'Street', 'Lane', 'Close', 'Crescent', 'Gardens', 'Terrace'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 12)}`, l1] : [l1];
      if (r.chance(0.5)) lines.push(town, ukPost(r, area));
      else lines.push(`${town} ${ukPost(r, area)}`);
      if (r.chance(0.2)) lines.push('United Kingdom');
      return lines;
    },
    phone: (r) => r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `+44 (0)20 7${d3(r)} ${r.digits(4)}`, `0113 ${d3(r)} ${r.digits(4)}`, `+44 131 ${d3(r)} ${r.digits(4)}`]),
  },
  {
    cc: 'DE', lang: 'de', cultures: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr'],
    addr: (r) => {
      const [city, plz] = r.pick([['Berlin', '10'], ['Hamburg', '22'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48']] as const);
      const st = r.pick(['Lindenstraße', 'Birkenweg', 'Gartenstraße', 'Schillerstraße', 'Am Sonnenhang', 'Kastanienallee', 'Mühlenweg', 'Brunnenstraße', 'Hauptstraße', 'Eichendorffring']);
      const l1 = `${st} ${r.int(1, 140)}${r.chance(0.2) ? r.pick(['a', 'b']) : ''}`;
      const l2 = `${plz}${r.digits(3)} ${city}`;
      return r.chance(0.15) ? [l1, l2, 'Deutschland'] : [l1, l2];
    },
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(7)}`, `+49 171 ${r.digits(7)}`, `0151 ${r.digits(8)}`, `+49 (0)89 ${r.digits(4)} ${r.digits(4)}`, `0221 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    cc: 'FR', lang: 'fr', cultures: ['fr', 'fr', 'fr', 'ar', 'vn'],
    addr: (r) => {
      const [cp, city] = r.pick([['690', 'Lyon'], ['130', 'Marseille'], ['330', 'Bordeaux'], ['440', 'Nantes'], ['590', 'Lille'], ['310', 'Toulouse'], ['750', 'Paris'], ['670', 'Strasbourg']] as const);
      const l1 = `${r.int(1, 88)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue de la République', 'boulevard Victor Hugo', 'impasse des Lilas', 'rue du Moulin', 'allée des Cerisiers', 'quai de la Fosse', 'rue Pasteur'])}`;
      const lines = r.chance(0.25) ? [`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 6)}e étage`, l1] : [l1];
      lines.push(`${cp}${pad(r.int(1, 20))} ${up(city)}`);
      if (r.chance(0.15)) lines.push('France');
      return lines;
    },
    phone: (r) => r.pick([`06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 (0)1 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]),
  },
  {
    cc: 'ES', lang: 'es', cultures: ['es', 'es', 'mx', 'ar'],
    addr: (r) => {
      const [cp, city] = r.pick([['280', 'Madrid'], ['080', 'Barcelona'], ['410', 'Sevilla'], ['460', 'Valencia'], ['290', 'Málaga'], ['480', 'Bilbao']] as const);
      const l1 = r.pick([`Calle de ${r.pick(['Toledo', 'Alcalá', 'los Olivos', 'San Bernardo'])}, ${r.int(1, 150)}, ${r.int(1, 7)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`, `C/ ${r.pick(['Mayor', 'Sierpes', 'Colón', 'Larios'])} ${r.int(1, 90)}, ${r.int(1, 5)}º`, `Avda. de ${r.pick(['la Constitución', 'América', 'Andalucía'])} ${r.int(1, 300)}`]);
      return [l1, `${cp}${pad(r.int(1, 50))} ${city}`];
    },
    phone: (r) => r.pick([`+34 6${r.digits(2)} ${d3(r)} ${d3(r)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    cc: 'IT', lang: 'it', cultures: ['it', 'it', 'it', 'ar'],
    addr: (r) => {
      const [cap, city, pr] = r.pick([['401', 'Bologna', 'BO'], ['001', 'Roma', 'RM'], ['501', 'Firenze', 'FI'], ['201', 'Milano', 'MI'], ['801', 'Napoli', 'NA'], ['531', 'Siena', 'SI'], ['530', 'Montalcino', 'SI']] as const);
      const l1 = r.pick([`Via ${r.pick(['Garibaldi', 'dei Mille', 'San Vitale', 'Roma', 'delle Rose'])} ${r.int(1, 120)}`, `Piazza ${r.pick(['Santo Stefano', 'Cavour', 'del Campo'])} ${r.int(1, 30)}`, `Località ${r.pick(['Poggio Alto', 'Le Fornaci', 'Casale Vecchio'])} ${r.int(1, 40)}`]);
      return r.chance(0.5) ? [`${l1}, ${cap}${pad(r.int(10, 99))} ${city} (${pr})`] : [l1, `${cap}${pad(r.int(10, 99))} ${city} ${pr}`];
    },
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${d3(r)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `+39 055 ${r.digits(6)}`, `0577 ${r.digits(6)}`]),
  },
  {
    cc: 'NL', lang: 'nl', cultures: ['nl', 'nl', 'nl', 'tr', 'id'],
    addr: (r) => {
      const [pc, city] = r.pick([['10', 'Amsterdam'], ['35', 'Utrecht'], ['30', 'Rotterdam'], ['20', 'Haarlem'], ['97', 'Groningen'], ['25', 'Den Haag']] as const);
      return [`${r.pick(['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Vondelstraat', 'Zeestraat', 'Lange Nieuwstraat'])} ${r.int(1, 400)}${r.chance(0.3) ? `-${r.int(1, 3)}` : ''}`, `${pc}${r.digits(2)} ${letters(r, 2)} ${city}`];
    },
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`, `020-${r.digits(7)}`, `+31 (0)30 ${d3(r)} ${r.digits(4)}`]),
  },
  {
    cc: 'JP', lang: 'en', cultures: ['jp', 'jp', 'jp', 'kr', 'cn'],
    addr: (r) => {
      const [ward, city, z] = r.pick([['Shibuya-ku', 'Tokyo', '150'], ['Shinjuku-ku', 'Tokyo', '160'], ['Higashiyama-ku', 'Kyoto', '605'], ['Kita-ku', 'Osaka', '530'], ['Chuo-ku', 'Sapporo', '060']] as const);
      const l1 = `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Jingumae', 'Nishi-Shinjuku', 'Gionmachi', 'Umeda', 'Kita 1-jo'])}`;
      return [`${l1}, ${ward}`, `${city} ${z}-${r.digits(4)}`];
    },
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 75 ${d3(r)} ${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`]),
  },
  {
    cc: 'BR', lang: 'pt', cultures: ['br', 'br', 'br', 'jp', 'it'],
    addr: (r) => {
      const [bairro, city, uf, cep] = r.pick([['Vila Madalena', 'São Paulo', 'SP', '054'], ['Copacabana', 'Rio de Janeiro', 'RJ', '220'], ['Savassi', 'Belo Horizonte', 'MG', '301'], ['Rio Vermelho', 'Salvador', 'BA', '419'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '905']] as const);
      const l1 = `${r.pick(['Rua Harmonia', 'Rua Augusta', 'Av. Atlântica', 'Rua das Flores', 'Alameda Santos'])}, ${r.int(10, 2400)}${r.chance(0.5) ? ` - apto ${r.int(11, 182)}` : ''}`;
      const cepS = `${cep}${r.digits(2)}-${r.digits(3)}`;
      return r.chance(0.5) ? [l1, `${bairro}, ${city} - ${uf}`, cepS] : [`${l1}, ${bairro}, ${city} - ${uf}, ${cepS}`];
    },
    phone: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `+55 (31) 3${d3(r)}-${r.digits(4)}`, `+55 71 9${r.digits(4)} ${r.digits(4)}`]),
  },
  {
    cc: 'AU', lang: 'en', cultures: ['uk', 'uk', 'cn', 'gr', 'vn', 'it'],
    addr: (r) => {
      const [sub, st, pc] = r.pick([['Surry Hills', 'NSW', '2010'], ['Fitzroy', 'VIC', '3065'], ['New Farm', 'QLD', '4005'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Battery Point', 'TAS', '7004']] as const);
      const l1 = `${r.chance(0.3) ? `${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${r.pick(['Bellevue', 'Brunswick', 'Marine', 'Wattle', 'Ocean View', 'Hampden'])} ${r.pick(['St', 'Rd', 'Ave', 'Pde', 'Tce'])}`;
      return r.chance(0.5) ? [`${l1}, ${sub} ${st} ${pc}`] : [l1, `${up(sub)} ${st} ${pc}`];
    },
    phone: (r) => r.pick([`04${r.digits(2)} ${d3(r)} ${d3(r)}`, `+61 4${r.digits(2)} ${d3(r)} ${d3(r)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 3 ${r.digits(4)} ${r.digits(4)}`]),
  },
  {
    cc: 'CA', lang: 'en', cultures: ['us', 'fr', 'cn', 'in', 'ua', 'ph'],
    addr: (r) => {
      const [city, pv, fsa] = r.pick([['Toronto', 'ON', 'M5V'], ['Vancouver', 'BC', 'V6B'], ['Montréal', 'QC', 'H2X'], ['Halifax', 'NS', 'B3H'], ['Calgary', 'AB', 'T2P'], ['Ottawa', 'ON', 'K1N']] as const);
      const l1 = `${r.int(10, 4000)} ${r.pick(['Queen St W', 'Rue Saint-Denis', 'Granville St', 'Spring Garden Rd', '17 Ave SW', 'Rideau St'])}${r.chance(0.3) ? `, Unit ${r.int(101, 2400)}` : ''}`;
      return [l1, `${city} ${pv} ${fsa} ${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')}${r.int(1, 9)}`];
    },
    phone: (r) => usPhone(r, r.pick(['416', '604', '514', '902', '403', '613'])),
  },
  {
    cc: 'MX', lang: 'es', cultures: ['mx', 'mx', 'mx', 'us'],
    addr: (r) => {
      const [cp, city] = r.pick([['067', 'Ciudad de México, CDMX'], ['441', 'Guadalajara, Jal.'], ['775', 'Cancún, Q. Roo'], ['680', 'Oaxaca de Juárez, Oax.'], ['970', 'Mérida, Yuc.']] as const);
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Chapultepec', 'Calle 60', 'Av. Tulum'])} ${r.int(1, 1900)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}`, `Col. ${r.pick(['Roma Norte', 'Centro', 'Americana', 'Jalatlaco', 'Condesa'])}`, `${cp}${r.digits(2)} ${city}`];
    },
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `(998) ${d3(r)} ${r.digits(4)}`, `+52 33 ${r.digits(4)} ${r.digits(4)}`]),
  },
  {
    cc: 'IN', lang: 'en', cultures: ['in', 'in', 'ta', 'in'],
    addr: (r) => {
      const [area, city, pin] = r.pick([['Indiranagar', 'Bengaluru', '5600'], ['Bandra West', 'Mumbai', '4000'], ['T. Nagar', 'Chennai', '6000'], ['Koregaon Park', 'Pune', '4110'], ['Hauz Khas', 'New Delhi', '1100']] as const);
      return [`Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${r.pick(['Sai Krupa Apartments', 'Lotus Residency', 'Green Glen Layout', 'Sea Breeze CHS'])}`, `${r.int(1, 80)} ${r.pick(['12th Main Road', 'Hill Road', 'Usman Road', 'North Main Road', 'Aurobindo Marg'])}`, `${area}, ${city} ${pin}${r.digits(2)}`];
    },
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `+91-80-${r.digits(4)}-${r.digits(4)}`, `+91 7${r.digits(9)}`]),
  },
  {
    cc: 'PL', lang: 'pl', cultures: ['pl', 'pl', 'ua'],
    addr: (r) => {
      const [pc, city] = r.pick([['00', 'Warszawa'], ['30', 'Kraków'], ['80', 'Gdańsk'], ['50', 'Wrocław'], ['61', 'Poznań']] as const);
      return [`ul. ${r.pick(['Długa', 'Floriańska', 'Piękna', 'Ogrodowa', 'Słoneczna'])} ${r.int(1, 90)}${r.chance(0.6) ? `/${r.int(1, 40)}` : ''}`, `${pc}-${d3(r)} ${city}`];
    },
    phone: (r) => r.pick([`+48 5${r.digits(2)} ${d3(r)} ${d3(r)}`, `6${r.digits(2)}-${d3(r)}-${d3(r)}`, `+48 22 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    cc: 'SE', lang: 'sv', cultures: ['se', 'se', 'fi', 'ar'],
    addr: (r) => {
      const [pc, city] = r.pick([['114', 'Stockholm'], ['411', 'Göteborg'], ['211', 'Malmö'], ['753', 'Uppsala']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Linnégatan', 'Kungsvägen', 'Sveavägen'])} ${r.int(1, 120)}${r.chance(0.3) ? ' lgh 1102' : ''}`, `${pc} ${r.digits(2)} ${up(city)}`];
    },
    phone: (r) => r.pick([`070-${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `08-${d3(r)} ${d3(r)} ${r.digits(2)}`]),
  },
  {
    cc: 'CH', lang: 'de', cultures: ['de', 'fr', 'it'],
    addr: (r) => {
      const [pc, city] = r.pick([['8001', 'Zürich'], ['3011', 'Bern'], ['1204', 'Genève'], ['4051', 'Basel'], ['6003', 'Luzern']] as const);
      return [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône', 'Spalenberg', 'Weggisgasse'])} ${r.int(1, 90)}`, `CH-${pc} ${city}`];
    },
    phone: (r) => r.pick([`+41 79 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `044 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `+41 (0)22 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    cc: 'IE', lang: 'en', cultures: ['ie', 'ie', 'pl', 'br'],
    addr: (r) => {
      const [area, city, key] = r.pick([['Rathmines', 'Dublin 6', 'D06'], ['Salthill', 'Galway', 'H91'], ['Ballintemple', 'Cork', 'T12'], ['Dalkey', 'Co. Dublin', 'A96']] as const);
      return [`${r.int(1, 90)} ${r.pick(['Leinster Road', 'Seapoint Terrace', 'Blackrock Avenue', 'Castle Street'])}`, area, `${city}, ${key} ${alnum(r, 4)}`];
    },
    phone: (r) => r.pick([`+353 87 ${d3(r)} ${r.digits(4)}`, `086 ${d3(r)} ${r.digits(4)}`, `(01) ${d3(r)} ${r.digits(4)}`]),
  },
  {
    cc: 'PT', lang: 'pt', cultures: ['br', 'br', 'es'],
    addr: (r) => {
      const [pc, city] = r.pick([['1200', 'Lisboa'], ['4050', 'Porto'], ['8000', 'Faro'], ['3000', 'Coimbra']] as const);
      return [`Rua ${r.pick(['do Alecrim', 'de Cedofeita', 'da Misericórdia', 'Ferreira Borges'])}, ${r.int(1, 200)}, ${r.int(1, 5)}º ${r.pick(['Esq.', 'Dto.'])}`, `${pc}-${d3(r)} ${city}`];
    },
    phone: (r) => r.pick([`+351 912 ${d3(r)} ${d3(r)}`, `93${r.digits(1)} ${d3(r)} ${d3(r)}`, `+351 21 ${d3(r)} ${r.digits(4)}`]),
  },
  {
    cc: 'TR', lang: 'en', cultures: ['tr', 'tr', 'tr'],
    addr: (r) => [`${r.pick(['Caferağa', 'Moda', 'Cihangir', 'Alsancak'])} Mah. ${r.pick(['Güneşli', 'Bahariye', 'Akarsu', 'Kıbrıs Şehitleri'])} Sok. No: ${r.int(1, 80)} D: ${r.int(1, 20)}`, `${r.pick(['34710 Kadıköy/İstanbul', '34433 Beyoğlu/İstanbul', '35220 Konak/İzmir'])}`],
    phone: (r) => r.pick([`+90 532 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `0541 ${d3(r)} ${r.digits(2)} ${r.digits(2)}`, `+90 (212) ${d3(r)} ${r.digits(2)} ${r.digits(2)}`]),
  },
  {
    cc: 'KR', lang: 'en', cultures: ['kr', 'kr', 'kr'],
    addr: (r) => [`${r.int(1, 90)}, ${r.pick(['Sejong-daero 23-gil', 'Teheran-ro 5-gil', 'Itaewon-ro 27ga-gil', 'Haeundae-ro'])}, ${r.pick(['Jongno-gu', 'Gangnam-gu', 'Yongsan-gu', 'Haeundae-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${r.digits(5)}`],
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${d3(r)}-${r.digits(4)}`]),
  },
  {
    cc: 'AE', lang: 'en', cultures: ['ar', 'in', 'ph', 'fa'],
    addr: (r) => [`Apt ${r.int(101, 3404)}, ${r.pick(['Marina Crest Tower', 'Al Waha Residence', 'Burj Views B', 'Palm Grove Villas'])}`, r.pick(['Dubai Marina', 'Al Barsha 1', 'Downtown Dubai']), `PO Box ${r.int(1000, 99999)}, Dubai, United Arab Emirates`],
    phone: (r) => r.pick([`+971 50 ${d3(r)} ${r.digits(4)}`, `055 ${d3(r)} ${r.digits(4)}`, `+971 4 ${d3(r)} ${r.digits(4)}`]),
  },
];
const country = (r: Rng, cc?: string): Country => COUNTRIES.find((c) => c.cc === cc) ?? r.pick(COUNTRIES);
const personOf = (r: Rng, c: Country): Person => person(r, r.chance(0.75) ? c.cultures : CULTURE_KEYS);
/** Appends a full postal address, one label, multi-line (`\n`) or one line (`, `). */
function addr(d: Doc, r: Rng, c: Country, oneLine = r.chance(0.5), indent = ''): Doc {
  const lines = c.addr(r);
  return d.l('ADDRESS', lines.join(oneLine ? ', ' : `\n${indent}`));
}

// ---------------------------------------------------------------------------------------------- cards

function luhnFinish(partial: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(partial + String(c))) return partial + String(c);
  throw new Error('unreachable');
}
/** A Luhn-valid card number of a real network shape, grouped the way that network prints. */
function card(r: Rng): string {
  const k = r.int(0, 19);
  let digits: string;
  let groups: number[];
  if (k <= 6) { digits = luhnFinish(`4${r.digits(14)}`); groups = [4, 4, 4, 4]; }
  else if (k === 7) { digits = luhnFinish(`4${r.digits(11)}`); groups = [4, 4, 5]; }
  else if (k <= 10) { digits = luhnFinish(`5${r.int(1, 5)}${r.digits(13)}`); groups = [4, 4, 4, 4]; }
  else if (k === 11) { digits = luhnFinish(`${r.int(2221, 2720)}${r.digits(11)}`); groups = [4, 4, 4, 4]; }
  else if (k <= 14) { digits = luhnFinish(`3${r.pick(['4', '7'])}${r.digits(12)}`); groups = [4, 6, 5]; }
  else if (k === 15) { digits = luhnFinish(`6011${r.digits(11)}`); groups = [4, 4, 4, 4]; }
  else if (k === 16) { digits = luhnFinish(`35${r.int(28, 89)}${r.digits(11)}`); groups = [4, 4, 4, 4]; }
  else if (k === 17) { digits = luhnFinish(`36${r.digits(11)}`); groups = [4, 6, 4]; }
  else if (k === 18) { digits = luhnFinish(`62${r.digits(13)}`); groups = [4, 4, 4, 4]; }
  else { digits = luhnFinish(`65${r.digits(13)}`); groups = [4, 4, 4, 4]; }
  const style = r.int(0, 9);
  if (style <= 1) return digits;
  const sep = style <= 7 ? ' ' : '-';
  const out: string[] = [];
  let i = 0;
  for (const g of groups) { out.push(digits.slice(i, i + g)); i += g; }
  return out.join(sep);
}
/** A card-shaped number that fails Luhn (last digit bumped). */
function badCard(r: Rng): string {
  const v = card(r);
  const last = Number(v.charAt(v.length - 1));
  return v.slice(0, -1) + String((last + 1) % 10);
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(3)} ${r.digits(2)}•• •••• ${r.digits(4)}`, `ending in ${r.digits(4)}`, `************${r.digits(4)}`]);
const cardBrand = (r: Rng): string => r.pick(['Visa', 'Mastercard', 'Amex', 'card', 'credit card', 'Visa Debit']);

// ---------------------------------------------------------------------------------------------- IBAN

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', GR: 'n23', CZ: 'n20', HU: 'n24',
  HR: 'n17', MT: 'a4n23', AE: 'n19', SA: 'n20', TR: 'n22', CY: 'n24', RO: 'a4n16', BG: 'a4n14', SI: 'n15', BR: 'n23a1n1',
};
function ibanCompact(r: Rng, cc: string): string {
  const spec = IBAN_BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'a' ? letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : r.digits(n);
  }
  const numeric = `${bban}${cc}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const iban = `${cc}${pad(98 - rem)}${bban}`;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[cc] !== iban.length) throw new Error(`bad IBAN ${iban}`);
  return iban;
}
const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
function fmtIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return group4(compact);
  if (k <= 8) return compact;
  return compact.toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
/** An IBAN with one BBAN digit changed: wrong checksum. */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = c.length - 1 - r.int(0, 5);
  const ch = c.charAt(i);
  const bumped = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'Z' ? 'A' : String.fromCharCode(ch.charCodeAt(0) + 1);
  return group4(c.slice(0, i) + bumped + c.slice(i + 1));
}
const ibanCc = (r: Rng, c?: Country): string => {
  const map: Record<string, string> = { UK: 'GB', DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', SE: 'SE', CH: 'CH', IE: 'IE', PT: 'PT', TR: 'TR', AE: 'AE', BR: 'BR' };
  return (c && map[c.cc]) ?? r.pick(Object.keys(IBAN_BBAN));
};

// ---------------------------------------------------------------------------------------------- SSN, IP

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const k = r.int(0, 9);
  return k <= 6 ? `${a}-${g}-${s}` : k <= 8 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const ein = (r: Rng): string => `${r.pick(['12', '27', '46', '84', '91'])}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['021000021', '026009593', '121000358', '011401533', '322271627', '071000013']);
function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([31, 46, 62, 77, 81, 88, 94, 109, 151, 176, 185, 188, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return `fe80::${h()}:${r.int(16, 255).toString(16)}ff:fe${r.int(16, 255).toString(16)}:${h()}`;
  return `2600:${h()}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------------------------------------- travel distractors

const AIRLINES = [['Lufthansa', 'LH', '220'], ['KLM', 'KL', '074'], ['Iberia', 'IB', '075'], ['ITA Airways', 'AZ', '055'], ['Air France', 'AF', '057'], ['British Airways', 'BA', '125'], ['TAP Air Portugal', 'TP', '047'], ['LATAM', 'LA', '045'], ['Qantas', 'QF', '081'], ['ANA', 'NH', '205'], ['Korean Air', 'KE', '180'], ['Turkish Airlines', 'TK', '235'], ['Emirates', 'EK', '176'], ['Aeroméxico', 'AM', '139'], ['Air India', 'AI', '098'], ['LOT Polish Airlines', 'LO', '080'], ['SAS', 'SK', '117'], ['Swiss', 'LX', '724'], ['Aer Lingus', 'EI', '053'], ['Delta', 'DL', '006'], ['Air Canada', 'AC', '014'], ['Finnair', 'AY', '105']] as const;
const AIRPORTS = ['JFK (John F. Kennedy International)', 'CDG (Paris Charles de Gaulle)', 'FCO (Rome Leonardo da Vinci–Fiumicino)', 'WAW (Warsaw Chopin)', 'VCE (Venice Marco Polo)', 'PSA (Pisa Galileo Galilei)', 'DEL (Indira Gandhi Intl)', 'BOM (Chhatrapati Shivaji Maharaj Intl)', 'YYZ (Toronto Pearson)', 'LIS (Lisbon Humberto Delgado)', 'MUC (Munich Franz Josef Strauss)', 'GIG (Rio Galeão – Antonio Carlos Jobim)', 'MAD (Madrid-Barajas Adolfo Suárez)', 'MEX (Mexico City Benito Juárez)', 'BER (Berlin Brandenburg Willy Brandt)', 'SYD (Sydney Kingsford Smith)', 'LHR (London Heathrow)', 'AMS (Amsterdam Schiphol)', 'HND (Tokyo Haneda)', 'ICN (Seoul Incheon)', 'DXB (Dubai International)', 'IST (Istanbul Airport)', 'ARN (Stockholm Arlanda)', 'ZRH (Zurich Airport)', 'DUB (Dublin Airport)', 'GRU (São Paulo Guarulhos)', 'LIN (Milan Linate Enrico Forlanini)', 'SJO (Juan Santamaría Intl)'];
const IATA = ['FRA', 'MUC', 'LHR', 'CDG', 'AMS', 'MAD', 'FCO', 'LIS', 'JFK', 'SFO', 'ORD', 'YYZ', 'GRU', 'MEX', 'NRT', 'HND', 'ICN', 'DEL', 'BOM', 'DXB', 'IST', 'WAW', 'ARN', 'HEL', 'ZRH', 'DUB', 'SYD', 'BCN', 'NCE', 'ATH', 'BKK', 'CGK'];
const airport = (r: Rng): string => r.pick(AIRPORTS);
const iata = (r: Rng): string => r.pick(IATA);
const pnr = (r: Rng): string => alnum(r, 6);
const flight = (r: Rng, code: string): string => `${code}${r.chance(0.3) ? ' ' : ''}${r.int(10, 2999)}`;
const eticket = (r: Rng, pre: string): string => (r.chance(0.6) ? `${pre}-${r.digits(10)}` : `${pre}${r.digits(10)}`);
const passportNo = (r: Rng): string => r.pick([`C${alnum(r, 8)}`, r.digits(9), `${letters(r, 2)}${r.digits(7)}`, `P${r.digits(7)}`, `${letters(r, 1)}${r.digits(8)}`]);
const HOTEL_BRANDS = ['Marriott Bonvoy', 'Hilton Honors', 'the Ritz-Carlton', 'Four Seasons', 'Hotel Adlon Kempinski', 'Holiday Inn Express', 'Best Western Plus', 'Motel One', 'Radisson Blu', 'Sheraton', 'Conrad', 'Ibis Styles', 'Waldorf Astoria', 'Fairmont', 'Hyatt Regency'];
const RENTALS = ['Hertz', 'Avis', 'Sixt', 'Europcar', 'Enterprise', 'Budget', 'Alamo', 'Thrifty'];
const CARS = ['Mercedes-Benz A-Class', 'Ferrari Roma', 'Porsche Macan', 'Tesla Model 3', 'Ford Focus', 'Škoda Octavia', 'Toyota Yaris', 'Renault Clio', 'Volvo XC40', 'Chrysler Pacifica', 'Lincoln Navigator', 'Citroën C3'];
const EPONYMS = ['Crohn’s disease', 'Parkinson’s', 'Alzheimer’s', 'Lyme disease', 'Addison’s disease', 'Ménière’s disease', 'Raynaud’s syndrome', 'Guillain-Barré syndrome', 'Hodgkin lymphoma', 'Tourette syndrome'];
const HOTELS = [
  ['Hotel Lindenhof', 'DE', 'lindenhof-hotel.de'], ['The Harbourside Inn', 'UK', 'harbourside-inn.co.uk'], ['Pensione Il Girasole', 'IT', 'ilgirasole.it'],
  ['Hostal Las Arenas', 'ES', 'hostallasarenas.es'], ['Hôtel des Voyageurs', 'FR', 'hoteldesvoyageurs.fr'], ['Pousada Maré Mansa', 'BR', 'maremansa.com.br'],
  ['Grand Hotel Esplanade', 'DE', 'esplanade-grand.de'], ['Canal House Suites', 'NL', 'canalhousesuites.nl'], ['Sakura Terrace Hotel', 'JP', 'sakuraterrace.jp'],
  ['Casa Jacaranda Boutique Hotel', 'MX', 'casajacaranda.mx'], ['Saltwater Lodge', 'AU', 'saltwaterlodge.com.au'], ['Hotel Seeblick', 'CH', 'seeblick-hotel.ch'],
  ['Azure Bay Resort', 'AE', 'azurebay.ae'], ['The Lamplighter Hotel', 'US', 'lamplighterhotel.com'], ['Hotel Pod Różami', 'PL', 'podrozami.pl'], ['Quinta do Vale Lodge', 'PT', 'quintadovale.pt'],
] as const;
const hotel = (r: Rng): { name: string; c: Country; dom: string } => {
  const [name, cc, dom] = r.pick(HOTELS);
  return { name, c: country(r, cc), dom };
};

// ---------------------------------------------------------------------------------------------- templates

type Template = (r: Rng, d: Doc) => void;
const pax = (p: Person): string => (p.w ? 'MRS' : 'MR');
const greet = (d: Doc, r: Rng, c: Country, p: Person): Doc => {
  const word: Record<string, string> = { en: 'Dear', de: 'Guten Tag', fr: 'Bonjour', es: 'Estimado/a', it: 'Gentile', pt: 'Prezado(a)', nl: 'Beste', pl: 'Szanowny Panie/Pani', sv: 'Hej' };
  d.t(`${word[c.lang] ?? 'Dear'} `);
  if (r.chance(0.4)) d.p(p.g);
  else if (c.lang === 'sv') d.p(p.full);
  else honSurname(d, c.lang, p);
  return d.t(',\n\n');
};

const airConfirm: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const [al, code, pre] = r.pick(AIRLINES);
  d.t(`${al} | Your booking is confirmed\nBooking reference: ${pnr(r)}\n\n`);
  greet(d, r, { ...c, lang: 'en' }, p);
  d.t(`thank you for flying with us. Passengers:\n  1. `).p(pnrName(p)).t(` ${pax(p)}  e-ticket ${eticket(r, pre)}\n`);
  if (r.chance(0.5)) {
    const q = personOf(r, c);
    d.t('  2. ').p(pnrName(q)).t(` ${pax(q)}  e-ticket ${eticket(r, pre)}\n`);
  }
  d.t(`\nOutbound ${flight(r, code)}  ${iata(r)} → ${iata(r)}  ${fmtDate(r, c.cc, trip(r))}  ${hhmm(r)}\n`);
  if (r.chance(0.6)) d.t(`Return   ${flight(r, code)}  ${iata(r)} → ${iata(r)}  ${fmtDate(r, c.cc, trip(r))}  ${hhmm(r)}\n`);
  d.t('\nContact details on file: ').l('EMAIL', emailOf(r, p)).t(' / ').l('PHONE', c.phone(r));
  d.t(`\nPaid with ${cardBrand(r)} ${maskedCard(r)} — total EUR ${money(r, 89, 2400)}\n`);
  d.t(`Questions? Reply to `).l('EMAIL', `${r.pick(['bookings', 'service', 'noreply-help'])}@${slug(al)}.com`).t(' or see Art. 7 of Regulation (EC) 261/2004.\n');
};

const pnrDump: Template = (r, d) => {
  const c = country(r);
  const [, code] = r.pick(AIRLINES);
  const n = r.int(1, 3);
  const ps: Person[] = [];
  for (let i = 0; i < n; i++) ps.push(personOf(r, c));
  d.t(`RP/${iata(r)}${code}0${r.int(1, 9)}${r.digits(2)}/${iata(r)}${code}${r.digits(4)}    AA/SU  ${r.int(1, 28)}${up(mon('en', r.int(1, 12)).slice(0, 3))}${r.int(24, 26)}/${r.digits(4)}Z   ${pnr(r)}\n`);
  ps.forEach((p, i) => d.t(`  ${i + 1}.`).p(pnrName(p)).t(` ${pax(p)}\n`));
  d.t(`  ${n + 1}  ${code} ${r.int(10, 999)} Y ${fmtDate(r, 'PNR', trip(r)).slice(0, 5)} ${r.int(1, 7)} ${iata(r)}${iata(r)} HK${n}  ${hhmm(r).replace(':', '')} ${hhmm(r).replace(':', '')}  E\n`);
  const p0 = ps[0] as Person;
  d.t(`  ${n + 2} AP ${iata(r)} `).l('PHONE', c.phone(r)).t(' - H\n');
  d.t(`  ${n + 3} APE `).l('EMAIL', up(emailOf(r, p0))).t('\n');
  ps.forEach((p, i) => {
    d.t(`  ${n + 4 + i} SSR DOCS ${code} HK1 P/${r.pick(['DEU', 'GBR', 'USA', 'FRA', 'ITA', 'BRA', 'JPN', 'IND', 'NLD'])}/${passportNo(r)}/${r.pick(['DEU', 'GBR', 'USA', 'ESP'])}/`);
    d.l('DOB', fmtDate(r, 'PNR', birth(r))).t(`/${p.w ? 'F' : 'M'}/${fmtDate(r, 'PNR', { y: r.int(2026, 2034), m: r.int(1, 12), d: r.int(1, 28) })}/`).p(pnrName(p)).t(`/P${i + 1}\n`);
  });
  d.t(`  ${2 * n + 4} TK OK${r.int(1, 28)}${up(mon('en', r.int(1, 12)).slice(0, 3))}/${iata(r)}${code}${r.digits(4)}\n  ${2 * n + 5} FP CC${r.pick(['VI', 'CA', 'AX'])}XXXXXXXXXXXX${r.digits(4)}/${pad(r.int(1, 12))}${r.int(26, 30)}\n`);
};

const dbRail: Template = (r, d) => {
  const c = country(r, 'DE');
  const p = personOf(r, c);
  d.t(`Ihre Buchungsbestätigung (Auftragsnummer ${r.digits(12)})\n\nReisender: `);
  d.t(`${hon('de', p)} `).me(r, p);
  d.t(`\nBahnCard 25, Nr. ${`7081 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`}\nHinfahrt am ${fmtDate(r, 'DE', trip(r))} ab ${hhmm(r)} ${r.pick(['Köln Hbf', 'Hamburg-Altona', 'München Hbf', 'Leipzig Hbf'])}, ICE ${r.int(500, 1999)}, Wagen ${r.int(1, 14)}, Platz ${r.int(11, 96)}\n`);
  if (r.chance(0.6)) d.t('Rückfragen: ').l('EMAIL', emailOf(r, p)).t(', Mobil ').l('PHONE', c.phone(r)).t('\n');
  d.t(`Zahlungsart: Lastschrift von `).l('IBAN', iban(r, 'DE')).t(`\nFahrgastrechte gemäß Verordnung (EU) 2021/782. Gute Reise wünscht Ihnen Team ${r.pick(['Kundendialog', 'Fernverkehr Süd'])}.\n`);
};

const sncf: Template = (r, d) => {
  const c = country(r, 'FR');
  const p = personOf(r, c);
  d.t(`Votre e-billet — Dossier ${pnr(r)}\nPassager : ${hon('fr', p)} `).p(`${up(p.f)} ${p.g}`);
  d.t(`\nCarte Avantage Jeune n° 29090${r.digits(12)} — titulaire ${p.w ? 'née' : 'né'} le `).l('DOB', fmtDate(r, 'FR', birth(r, 1999, 2007)));
  d.t(`\nTGV INOUI ${r.int(6100, 6999)} — départ ${r.pick(['Paris Gare de Lyon', 'Lyon Part-Dieu', 'Marseille St-Charles', 'Bordeaux St-Jean'])} le ${fmtDate(r, 'FR', trip(r))} à ${hhmm(r).replace(':', 'h')}, voiture ${r.int(1, 18)}, place ${r.int(1, 99)}\n`);
  d.t('Contact : ').l('PHONE', c.phone(r)).t(' — ').l('EMAIL', emailOf(r, p, r.pick(['orange.fr', 'free.fr', 'laposte.net', 'gmail.com']))).t('\n');
};

const hotelConfirm: Template = (r, d) => {
  const h = hotel(r);
  const c = country(r);
  const p = personOf(r, c);
  d.t(`${h.name} — Reservation ${r.digits(9)}\n\n`);
  greet(d, r, { ...c, lang: 'en' }, p);
  d.t(`we look forward to welcoming you on ${fmtDate(r, h.c.cc, trip(r))} for ${r.int(1, 9)} night(s), ${r.pick(['Superior Double', 'Junior Suite', 'Twin Room, garden view', 'Family Room'])}.\n`);
  d.t('Guest: ').p(r.chance(0.5) ? p.full : `${p.f}, ${p.g}`);
  if (r.chance(0.4)) { const q = personOf(r, c); d.t(' + 1 (').p(q.full).t(')'); }
  d.t(`\nGuaranteed by ${cardBrand(r)} ${maskedCard(r)}. Free cancellation until 18:00 the day before.\n\nHotel address:\n`);
  addr(d, r, h.c, false).t(`\nTel. `).l('PHONE', h.c.phone(r)).t(' · ').l('EMAIL', `${r.pick(['reservations', 'frontdesk', 'info', 'stay'])}@${h.dom}`);
  d.t(`\nParking in the ${r.pick(['garage behind the hotel', 'public car park two streets away', 'courtyard'])}; room ${r.int(101, 640)} is usually ready from 15:00.\n`);
};

const folio: Template = (r, d) => {
  const h = hotel(r);
  const c = country(r);
  const p = personOf(r, c);
  d.t(`${up(h.name)}\nGUEST FOLIO / INVOICE No. ${h.c.cc}-${r.digits(6)}\nInvoice date: ${fmtDate(r, h.c.cc, trip(r))}\n\nBill to:\n`);
  d.p(p.full).t('\n');
  if (r.chance(0.3)) d.t(`${r.pick(['Nordlicht Consulting GmbH', 'Brightwater Analytics Ltd', 'Soluciones Ébano S.L.', 'Atelier Pivoine SARL'])}\n`);
  addr(d, r, c, false).t(`\n\nRoom ${r.int(101, 820)}  Arrival ${fmtDate(r, h.c.cc, trip(r))}  Departure ${fmtDate(r, h.c.cc, trip(r))}  Guests ${r.int(1, 3)}\n`);
  for (let i = 0, n = r.int(2, 5); i < n; i++) d.t(`${fmtDate(r, 'ISO', trip(r))}  ${r.pick(['Accommodation', 'Breakfast buffet', 'Minibar', 'Spa – Swedish massage', 'City tax', 'Room service – Caesar salad', 'Bar – Bellini', 'Parking'])}  ${money(r, 4, 380)}\n`);
  d.t(`\nPayment: ${cardBrand(r)} ${maskedCard(r)}  Auth ${alnum(r, 6)}\n`);
  if (r.chance(0.45)) d.t('Balance by bank transfer to IBAN ').l('IBAN', iban(r, ibanCc(r, h.c))).t(` quoting invoice no.\n`);
  d.t(`VAT ID ${h.c.cc === 'UK' ? 'GB' : h.c.cc}${r.digits(9)} · ${h.name}, `);
  addr(d, r, h.c, true).t(' · ').l('PHONE', h.c.phone(r)).t('\n');
};

const rentalThread: Template = (r, d) => {
  const c = country(r);
  const host = personOf(r, c);
  const guest = person(r);
  d.t(`Message thread — reservation HM${alnum(r, 8)}\n\n`).p(host.g).t(` (Host), ${fmtDate(r, 'ISO', trip(r))} ${hhmm(r)}:\nHi `).p(guest.g).t(`! Check-in is from 4 pm. The flat is at `);
  addr(d, r, c, true).t(`, ${r.pick(['third floor, no lift', 'blue door next to the bakery', 'entrance from the courtyard'])}. Key box code is ${r.digits(4)}#.\n`);
  d.t(`My cleaner `).p(r.pick([person(r, c.cultures).g, person(r, c.cultures).full])).t(' can let you in if the box sticks: ').l('PHONE', c.phone(r)).t('\n\n');
  d.p(guest.g).t(` (Guest):\nThanks so much! We land on ${iata(r)} ${flight(r, r.pick(AIRLINES)[1])} around ${hhmm(r)}. My partner `).p(person(r).g).t(`'s number in case mine is off: `).l('PHONE', country(r).phone(r)).t('\n\n');
  d.p(host.g).t(' (Host):\nPerfect. Our dog Biscuit lives downstairs, he is friendly 🙂 Wifi: ').t(`${r.pick(['CasaAzul', 'Loft_Guest', 'Altbau5G'])} / pw ${alnum(r, 10)}\n`);
};

const carHire: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const co = r.pick(RENTALS);
  d.t(`${co} RENTAL AGREEMENT  RA# ${r.digits(10)}\nPick-up: ${r.pick(AIRPORTS)}  ${fmtDate(r, c.cc, trip(r))} ${hhmm(r)}\nVehicle: ${r.pick(CARS)} or similar, plate ${letters(r, 2)}-${r.digits(3)}-${letters(r, 2)}, odometer ${r.int(3000, 90000)} km\n\nMAIN DRIVER\nName: `);
  d.me(r, p).t('\nDate of birth: ').l('DOB', fmtDate(r, c.cc, birth(r, 1950, 2003)));
  d.t(`\nDriving licence: ${letters(r, 5)}${r.digits(6)}${letters(r, 2)}${r.digits(2)} (issued ${fmtDate(r, c.cc, { y: r.int(2010, 2023), m: r.int(1, 12), d: r.int(1, 28) })})\nAddress: `);
  addr(d, r, c, true).t('\nMobile: ').l('PHONE', c.phone(r)).t('  E-mail: ').l('EMAIL', emailOf(r, p));
  if (r.chance(0.5)) { const q = personOf(r, c); d.t('\nADDITIONAL DRIVER: ').p(up(q.full)).t(', born ').l('DOB', fmtDate(r, c.cc, birth(r, 1950, 2003))); }
  d.t(`\n\nDeposit pre-authorised on ${cardBrand(r)} `).l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\nExcess EUR ${r.int(800, 2500)}. Fuel policy full-to-full. Signed at counter by agent `).p(person(r, c.cultures).g).t('.\n');
};

const agentChat: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const agent = person(r);
  d.t(`[Live chat — ${r.pick(['Wanderwise Travel', 'Globetrot Agency', 'Sunvista Holidays', 'Nomad & Co. Travel'])}]\nAgent `).p(agent.g).t(`: Hi, thanks for waiting! Who am I speaking with?\nCustomer: `).me(r, p).t(`, booking ${pnr(r)}\n`);
  d.t(`Agent `).p(agent.g).t(`: Thanks ${r.chance(0.5) ? `${hon('en', p)} ` : ''}`).p(p.f).t(`. To pay the balance for the ${r.pick(['Crete villa', 'Lapland package', 'Bali retreat', 'Andes trek', 'Marrakech riad'])} I'll need the card number.\n`);
  d.t('Customer: sure it’s ').l('CARD', card(r)).t(`, expiry ${pad(r.int(1, 12))}/${r.int(26, 30)}\n`);
  d.t(`Agent `).p(agent.g).t(': Got it. Confirmation goes to ');
  d.l('EMAIL', emailOf(r, p)).t('?\nCustomer: yes. And text me on ').l('PHONE', c.phone(r)).t(' if anything changes\n');
  if (r.chance(0.4)) d.t('Customer: also my wife ').p(person(r, c.cultures).full).t(' is on the booking, her passport number is ').t(passportNo(r)).t('\n');
  d.t(`Agent `).p(agent.g).t(`: All done — reference ${r.pick(['WW', 'GT', 'SV'])}-${r.digits(7)}. Enjoy!\n`);
};

const concierge: Template = (r, d) => {
  const h = hotel(r);
  const p = person(r);
  const con = person(r, h.c.cultures);
  d.t(`WhatsApp · ${h.name} Concierge\n[${hhmm(r)}] Guest: hi, this is `).me(r, p).t(` in room ${r.int(101, 899)}. can you book dinner for 4 tonight at 8?\n`);
  d.t(`[${hhmm(r)}] Concierge: Good evening, `).t(`${hon('en', p)} `).p(p.f).t(`. ${r.pick(['Trattoria Da Nello', 'Bistro Marguerite', 'Casa Lucio', 'Sushi Kanda'])} has a table at 20:15 under your name. Their number is `).l('PHONE', h.c.phone(r)).t(`. Try the ${r.pick(['Beef Wellington', 'Peach Melba', 'Caesar salad', 'Eggs Benedict', 'pizza Margherita', 'Sachertorte'])}!\n`);
  d.t(`[${hhmm(r)}] Guest: amazing thx. can my friend `).p(r.chance(0.5) ? person(r).full : person(r).g).t(' pick up the theatre tickets from you? she arrives from ').t(airport(r)).t('\n');
  d.t(`[${hhmm(r)}] Concierge: Of course. I'm `).p(con.g).t(` — I'll leave them at the desk. ${r.pick(['Storm Ciarán may delay flights tomorrow.', 'The rooftop bar closes at 6.', 'Taxis to the Prado take 15 minutes.', 'Ask for the Hemingway Bar on the ground floor.'])}\n`);
};

const passportForm: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`U.S. PASSPORT RENEWAL — applicant worksheet (keep for your records)\n1. Name: `).p(up(`${p.f}, ${p.g}`)).t('\n2. Date of birth (mm/dd/yyyy): ').l('DOB', `${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(1945, 2005)}`);
  d.t(`\n3. Place of birth: ${r.pick(['Dayton, OH', 'Fresno, CA', 'Manila, Philippines', 'Lagos, Nigeria', 'El Paso, TX'])}\n4. Social Security Number: `).l('NATIONAL_ID', ssn(r));
  d.t('\n5. Email: ').l('EMAIL', emailOf(r, p)).t('\n6. Primary phone: ').l('PHONE', usPhone(r)).t('\n7. Mailing address:\n   ');
  addr(d, r, c, false, '   ').t(`\n8. Most recent passport: ${r.digits(9)}, issued ${fmtDate(r, 'US', { y: r.int(2012, 2016), m: r.int(1, 12), d: r.int(1, 28) })}\n9. Travel plans: departing ${fmtDate(r, 'US', trip(r))} to ${r.pick(['Lisbon', 'Osaka', 'Cartagena', 'Reykjavík'])}\nFee paid by check #${r.digits(4)} (routing ${routing(r)}).\n`);
};

const schengen: Template = (r, d) => {
  const c = country(r, r.pick(['IN', 'TR', 'AE', 'BR', 'MX', 'KR']));
  const p = personOf(r, c);
  const dest = r.pick(['Germany', 'France', 'Italy', 'Spain', 'Netherlands']);
  d.t(`APPLICATION FOR SCHENGEN VISA (${dest})\n1. Surname: `).p(up(p.f)).t('\n3. First name(s): ').p(up(p.g));
  d.t('\n4. Date of birth: ').l('DOB', fmtDate(r, 'ISO', birth(r)).split('-').reverse().join('-'));
  d.t(`\n5. Place of birth: ${r.pick(['Pune', 'Bursa', 'Campinas', 'Puebla', 'Daegu', 'Sharjah'])}\n13. Travel document: ordinary passport no. ${passportNo(r)}, valid until ${fmtDate(r, 'ISO', { y: r.int(2027, 2035), m: r.int(1, 12), d: r.int(1, 28) })}\n17. Home address: `);
  addr(d, r, c, true).t('\n    E-mail: ').l('EMAIL', emailOf(r, p)).t('   Tel: ').l('PHONE', c.phone(r));
  d.t(`\n21. Main purpose: ${r.pick(['Tourism', 'Visiting family', 'Business', 'Conference — EuroPython'])}\n30. Inviting person / hotel: `);
  if (r.chance(0.5)) {
    const inv = personOf(r, country(r, dest === 'Germany' ? 'DE' : dest === 'France' ? 'FR' : dest === 'Italy' ? 'IT' : dest === 'Spain' ? 'ES' : 'NL'));
    d.p(inv.full).t(', ');
    addr(d, r, country(r, dest === 'Germany' ? 'DE' : dest === 'France' ? 'FR' : dest === 'Italy' ? 'IT' : dest === 'Spain' ? 'ES' : 'NL'), true);
  } else {
    const h = hotel(r);
    d.t(`${h.name}, `);
    addr(d, r, h.c, true);
  }
  d.t(`\n31. Intended date of arrival: ${fmtDate(r, 'ISO', trip(r))}\n`);
};

const insuranceClaim: Template = (r, d) => {
  const us = r.chance(0.45);
  const c = us ? country(r, 'US') : country(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'UK', 'IE', 'PL']));
  const p = personOf(r, c);
  d.t(`TRAVEL INSURANCE CLAIM FORM — Policy ${letters(r, 3)}-${r.digits(8)}\nClaim type: ${r.pick(['Trip cancellation', 'Medical expenses abroad', 'Delayed baggage', 'Missed connection'])}\n\nPolicyholder: `).me(r, p);
  d.t('\nDate of birth: ').l('DOB', fmtDate(r, c.cc, birth(r)));
  d.t('\nAddress: ');
  addr(d, r, c, true).t('\nPhone: ').l('PHONE', c.phone(r)).t('   Email: ').l('EMAIL', emailOf(r, p));
  d.t(`\n\nWhat happened: ${r.pick([`I was diagnosed with ${r.pick(EPONYMS)} flare-up two days before departure`, `my bag was lost on ${flight(r, r.pick(AIRLINES)[1])} and I bought essentials`, `I fell on a hiking trail near ${r.pick(['Zermatt', 'Sintra', 'Hallstatt', 'Cinque Terre'])}`])}. Treating doctor: Dr. `).p(person(r).f).t(`, ${r.pick(['Clínica San Rafael', 'Ospedale Santa Maria Nuova', 'St. Vincent Medical Centre', 'Klinikum Rechts der Isar'])}.\n`);
  if (us) d.t('Claimant SSN (for IRS reporting of payments over $600): ').l('NATIONAL_ID', ssn(r)).t(`\nPay by direct deposit, routing ${routing(r)}, account ending ${r.digits(4)}.\n`);
  else d.t('Please reimburse to IBAN ').l('IBAN', iban(r, ibanCc(r, c))).t(` (BIC ${letters(r, 4)}${c.cc === 'UK' ? 'GB' : c.cc}${alnum(r, 2)}).\n`);
  d.t(`Date of claim: ${fmtDate(r, c.cc, trip(r))}\n`);
};

const pir: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const [al, code] = r.pick(AIRLINES);
  const stn = iata(r);
  d.t(`PROPERTY IRREGULARITY REPORT\nFile reference: ${stn}${code}${r.digits(5)}   Airline: ${al}\nPassenger: `).p(pnrName(p)).t(` ${pax(p)}\nFlight: ${flight(r, code)} / ${fmtDate(r, 'PNR', trip(r)).slice(0, 5)}   Bag tag: ${code}${r.digits(6)}\n`);
  d.t(`Bag: ${r.pick(['black Samsonite spinner', 'red Rimowa trolley', 'green Osprey backpack', 'grey duffel, yellow ribbon'])}, ${r.int(12, 30)} kg\nDelivery address: `);
  if (r.chance(0.5)) { const h = hotel(r); d.t(`${h.name}, `); addr(d, r, h.c, true); } else addr(d, r, c, true);
  d.t(`\nValid until ${fmtDate(r, c.cc, trip(r))}. Contact phone: `).l('PHONE', c.phone(r)).t('  Email: ').l('EMAIL', emailOf(r, p));
  d.t(`\nTrack online with file reference and surname. Handled by agent ${letters(r, 2)}${r.digits(3)}.\n`);
};

const loyalty: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const prog = r.pick(['Miles & More', 'Flying Blue', 'Executive Club', 'SkyPoints+', 'Voyager Rewards']);
  d.t(`${prog} — Account statement ${mon('en', r.int(1, 12))} ${r.int(2024, 2026)}\nMember: `).p(up(p.full)).t(`\nMember no. ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}   Status: ${r.pick(['Silver', 'Gold', 'Platinum', 'Frequent Traveller'])}\n\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) d.t(`${fmtDate(r, c.cc, trip(r))}  ${r.pick(['Flight ' + flight(r, r.pick(AIRLINES)[1]), `Partner: ${r.pick(HOTEL_BRANDS)}`, `Car rental: ${r.pick(RENTALS)}`, 'Co-brand card spend', 'Miles transfer'])}  +${r.int(100, 9000)}\n`);
  d.t('\nProfile e-mail: ').l('EMAIL', emailOf(r, p)).t('\nMailing address:\n');
  addr(d, r, c, false);
  d.t(`\nMiles expire ${fmtDate(r, c.cc, trip(r))}. Need help? Call `).l('PHONE', c.phone(r)).t(' (Mon–Fri).\n');
};

const forwardedItin: Template = (r, d) => {
  const c = country(r);
  const a = personOf(r, c);
  const b = personOf(r, c);
  const ea = emailOf(r, a);
  d.t(`From: `).p(b.full).t(' <').l('EMAIL', emailOf(r, b)).t('>\nTo: ').l('EMAIL', ea).t(`\nSubject: Fwd: Your trip to ${r.pick(['Porto', 'Kyoto', 'Oaxaca', 'Tromsø', 'Cape Town', 'Hội An'])}\n\n`);
  d.t(r.pick(['fyi — our flights + the apartment. ', 'Here you go! ', 'Forwarding so you have it too. '])).t('Can you bring ').p(r.chance(0.5) ? a.g : a.g.toLowerCase()).t(r.pick(["'s charger", "'s hiking boots", "'s old guidebook"])).t('? x\n');
  d.p(b.g).t('\n\n---------- Forwarded message ---------\nFrom: ').l('EMAIL', `no-reply@${r.pick(['trip-mailer.com', 'itinerary.example-travel.com', 'bookings.flyaway.io'])}`);
  d.t(`\nDate: ${fmtDate(r, 'US', trip(r))}\n\nTraveller(s): `).p(up(b.full)).t(', ').p(up(a.full));
  d.t(`\n${flight(r, r.pick(AIRLINES)[1])}  ${airport(r)} → ${airport(r)}  ${hhmm(r)}\nStay: `);
  const h = hotel(r);
  d.t(`${h.name}, `);
  addr(d, r, h.c, true).t(`\nHost phone: `).l('PHONE', h.c.phone(r)).t(`\nConfirmation ${r.digits(10)} · PIN ${r.digits(4)}\n`);
};

const esReserva: Template = (r, d) => {
  const c = country(r, r.chance(0.7) ? 'ES' : 'MX');
  const p = personOf(r, c);
  d.t(`Confirmación de reserva nº ${r.digits(8)} — ${r.pick(['Hostal Las Arenas', 'Hotel Mirador del Tajo', 'Casa Jacaranda'])}\n\nEstimado/a ${hon('es', p)} `).p(p.f).t(`:\n\nLe confirmamos su estancia del ${fmtDate(r, c.cc, trip(r))} al ${fmtDate(r, c.cc, trip(r))} (${r.int(1, 7)} noches, habitación doble con desayuno).\n`);
  d.t('Titular: ').me(r, p).t(` — DNI/pasaporte ${r.digits(8)}${letters(r, 1)}\nTeléfono: `).l('PHONE', c.phone(r)).t('\nCorreo: ').l('EMAIL', emailOf(r, p));
  d.t(`\nDirección del establecimiento: `);
  addr(d, r, c, true).t(`\nLa tasa turística se abona a la llegada. Para cualquier consulta escriba a `).l('EMAIL', `reservas@${r.pick(['hostallasarenas.es', 'miradordeltajo.com', 'casajacaranda.mx'])}`).t('.\nAtentamente,\n').p(person(r, c.cultures).full).t(', Recepción\n');
};

const itAgriturismo: Template = (r, d) => {
  const c = country(r, 'IT');
  const guest = person(r);
  const host = personOf(r, c);
  d.t(`Oggetto: Conferma prenotazione e caparra — Agriturismo ${r.pick(['Il Poggio dei Lecci', 'Podere Le Ginestre', 'Casale San Biagio'])}\n\nGentile ${hon('it', guest)} `).p(guest.f).t(`,\n\nla ringraziamo per aver scelto la nostra struttura dal ${fmtDate(r, 'IT', trip(r))} al ${fmtDate(r, 'IT', trip(r))}. Per confermare chiediamo una caparra del 30% (€ ${r.int(120, 900)}) tramite bonifico:\n`);
  d.t(`Intestatario: `).p(host.full).t('\nIBAN: ').l('IBAN', iban(r, 'IT')).t(`\nCausale: PREN-${r.digits(5)} `).p(up(guest.f)).t('\n\nIl nostro indirizzo per il navigatore: ');
  addr(d, r, c, true).t(` (dopo il cartello "Cantina Bruno" girare a sinistra).\nCordiali saluti,\n`).p(host.g).t('\nCell. ').l('PHONE', c.phone(r)).t('\n');
};

const deFewo: Template = (r, d) => {
  const c = country(r, r.chance(0.8) ? 'DE' : 'CH');
  const guest = personOf(r, c);
  const host = personOf(r, c);
  d.t(`Buchungsbestätigung Ferienwohnung „${r.pick(['Strandläufer', 'Alte Mühle', 'Seeblick 3', 'Schwalbennest'])}“\n\n`);
  d.t(`Sehr geehrte${guest.w ? '' : 'r'} ${hon('de', guest)} `).p(guest.f).t(`,\n\nvielen Dank für Ihre Buchung vom ${fmtDate(r, 'DE', trip(r))} bis ${fmtDate(r, 'DE', trip(r))} für ${r.int(2, 6)} Personen. Bitte überweisen Sie die Anzahlung von ${r.int(150, 600)},00 € innerhalb von 7 Tagen auf folgendes Konto:\n`);
  d.t('Kontoinhaber: ').p(host.full).t('\nIBAN: ').l('IBAN', iban(r, c.cc === 'CH' ? 'CH' : 'DE')).t(`\nVerwendungszweck: FW-${r.digits(4)}\n\nAnreiseadresse:\n`);
  addr(d, r, c, false).t(`\nDer Schlüssel liegt beim Nachbarn, ${hon('de', host)} `).p(person(r, ['de']).f).t(' (Erdgeschoss links).\nMit freundlichen Grüßen\n').p(host.full).t('\nTel. ').l('PHONE', c.phone(r)).t(' · ').l('EMAIL', emailOf(r, host)).t('\n');
};

const jpRyokan: Template = (r, d) => {
  const c = country(r, 'JP');
  const nm = nativeName(r, 'jp');
  d.t(`【ご予約確認】旅館 ${r.pick(['山吹', '松風荘', '月見亭'])}\n\n`).p(nm).t(` 様\n\nこの度はご予約いただき誠にありがとうございます。\nご宿泊日：${fmtDate(r, 'JP', trip(r))}（${r.int(1, 3)}泊）\nご人数：大人${r.int(1, 4)}名\n予約番号：${r.digits(8)}\n`);
  d.t('ご連絡先：').l('PHONE', c.phone(r)).t('\nメール：').l('EMAIL', `${slug(person(r, ['jp']).g)}.${r.digits(3)}@${r.pick(['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'])}`);
  d.t('\nご住所：').l('ADDRESS', `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区神宮前', '京都府京都市左京区下鴨', '大阪府大阪市北区梅田', '北海道札幌市中央区北一条西'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`);
  d.t(`\n\n当館所在地：`).l('ADDRESS', `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['静岡県伊東市湯川', '長野県下高井郡山ノ内町平穏', '神奈川県足柄下郡箱根町宮ノ下'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`);
  d.t('\n担当：').p(nativeName(r, 'jp')).t('\n');
};

const krAir: Template = (r, d) => {
  const c = country(r, 'KR');
  const nm = nativeName(r, 'kr');
  const p = personOf(r, c);
  d.t(`[${r.pick(['대한항공', '아시아나항공', '제주항공'])}] 예약 확인 안내\n\n`).p(nm).t(`님, 예약이 완료되었습니다.\n예약번호: ${pnr(r)}\n탑승객 영문명: `).p(pnrName(p)).t(`\n여정: ICN → ${iata(r)} ${fmtDate(r, 'KR', trip(r))} ${hhmm(r)}\n`);
  d.t('생년월일: ').l('DOB', fmtDate(r, 'KR', birth(r)));
  d.t('\n연락처: ').l('PHONE', c.phone(r)).t('\n이메일: ').l('EMAIL', `${slug(p.g)}${r.int(80, 99)}@${r.pick(['naver.com', 'daum.net', 'kakao.com', 'gmail.com'])}`);
  d.t(`\n결제: 신용카드 ${maskedCard(r)} / 마일리지 ${r.int(1000, 40000)} 적립 예정\n문의: 고객센터 `).l('PHONE', `1588-${r.digits(4)}`).t('\n');
};

const cnHotel: Template = (r, d) => {
  const nm = nativeName(r, 'cn');
  d.t(`【${r.pick(['锦江', '如家精选', '西湖畔'])}酒店】预订确认\n尊敬的 `).p(nm).t(` ${r.pick(['先生', '女士'])}：\n您已成功预订${r.pick(['高级大床房', '豪华双床房', '行政套房'])}，入住日期 ${fmtDate(r, 'CN', trip(r))}，订单号 ${r.digits(16)}。\n`);
  d.t('联系电话：').l('PHONE', r.pick([`+86 13${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `13${r.digits(1)}-${r.digits(4)}-${r.digits(4)}`, `186${r.digits(8)}`]));
  d.t('\n电子邮箱：').l('EMAIL', `${r.digits(9)}@qq.com`).t('\n酒店地址：').l('ADDRESS', `${r.pick(['上海市静安区南京西路', '杭州市西湖区北山街', '北京市东城区王府井大街'])}${r.int(1, 999)}号`).t('\n如需帮助请致电 ').l('PHONE', `400-${r.digits(3)}-${r.digits(4)}`).t('。\n');
};

const brPousada: Template = (r, d) => {
  const c = country(r, 'BR');
  const p = personOf(r, c);
  d.t(`Olá `).p(p.g).t(`! Tudo certo com sua reserva na Pousada ${r.pick(['Maré Mansa', 'Canto do Sabiá', 'Vila Esperança'])} 🌴\n\nHóspede: `).me(r, p).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nCheck-in: ${fmtDate(r, 'BR', trip(r))} a partir das 14h\n`);
  d.t('Para o sinal de 50%, a chave PIX é o e-mail ').l('EMAIL', `financeiro@${r.pick(['maremansa.com.br', 'cantodosabia.com.br', 'vilaesperanca.tur.br'])}`).t(` ou transfira para `).l('IBAN', iban(r, 'BR')).t('.\n');
  d.t('Seu endereço cadastrado: ');
  addr(d, r, c, true).t('\nWhatsApp da recepção: ').l('PHONE', c.phone(r)).t('\nAbraços, ').p(person(r, ['br']).g).t('\n');
};

const nlBooking: Template = (r, d) => {
  const c = country(r, 'NL');
  const p = personOf(r, c);
  d.t(`Beste ${hon('nl', p)} `).p(p.f).t(`,\n\nHierbij de bevestiging van uw vakantiepark-boeking (${r.pick(['Center Parcs De Kempervennen', 'Landal Duinpark', 'Roompot Beach Resort'])}), boekingsnummer ${r.digits(9)}, aankomst ${fmtDate(r, 'NL', trip(r))}.\n`);
  d.t('Hoofdboeker: ').me(r, p).t('\nGeboortedatum: ').l('DOB', fmtDate(r, 'NL', birth(r))).t('\nAdres: ');
  addr(d, r, c, true).t('\nTelefoon: ').l('PHONE', c.phone(r)).t('\nDe restbetaling wordt op ').t(fmtDate(r, 'NL', trip(r))).t(' afgeschreven van ').l('IBAN', iban(r, 'NL')).t('.\nMet vriendelijke groet,\n').p(person(r, ['nl']).full).t('\n');
};

const plLot: Template = (r, d) => {
  const c = country(r, 'PL');
  const p = personOf(r, c);
  d.t(`Potwierdzenie rezerwacji ${pnr(r)} — ${r.pick(['LOT Polish Airlines', 'FlixBus', 'PKP Intercity'])}\n\n${hon('pl', p)} `).p(p.full).t(`\nData podróży: ${fmtDate(r, 'PL', trip(r))}, ${r.pick(['Warszawa Centralna → Gdańsk Główny', 'WAW → LHR', 'Kraków MDA → Wiedeń'])}\n`);
  d.t('Data urodzenia pasażera: ').l('DOB', fmtDate(r, 'PL', birth(r))).t(`\nNr dokumentu: ${letters(r, 3)}${r.digits(6)}\nKontakt: `).l('PHONE', c.phone(r)).t(', ').l('EMAIL', emailOf(r, p, r.pick(['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com'])));
  d.t('\nAdres do faktury: ');
  addr(d, r, c, true).t(`, NIP ${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(2)}\n`);
};

const seFerry: Template = (r, d) => {
  const c = country(r, r.chance(0.7) ? 'SE' : 'DE');
  const p = personOf(r, c);
  d.t(`${r.pick(['Viking Line', 'Tallink Silja', 'Stena Line', 'Finnlines'])} — Bokningsbekräftelse ${r.digits(8)}\nFartyg: ${r.pick(['M/S Gabriella', 'M/S Silja Serenade', 'Stena Germanica', 'M/S Finnstar'])}  Avgång ${fmtDate(r, 'SE', trip(r))} ${hhmm(r)}\nHytt ${r.int(4100, 9300)} (${r.pick(['A2', 'B4', 'Commodore'])})\n\nResenärer:\n`);
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const q = i === 0 ? p : personOf(r, c);
    d.p(`${up(q.f)} ${q.g}`);
    d.t(' — född ').l('DOB', fmtDate(r, 'SE', birth(r))).t('\n');
  }
  d.t(`Fordon: ${letters(r, 3)} ${r.digits(2)}${alnum(r, 1)}\nKontakt: `).l('PHONE', c.phone(r)).t('\n');
};

const irctc: Template = (r, d) => {
  const c = country(r, 'IN');
  const ps = [personOf(r, c), personOf(r, c)];
  d.t(`IRCTC e-Ticket | PNR No: ${r.int(2, 8)}${r.digits(9)} | Train No./Name: ${r.int(12001, 22999)} / ${r.pick(['SHATABDI EXP', 'RAJDHANI EXP', 'DURONTO EXP', 'VANDE BHARAT'])}\nDate of Journey: ${fmtDate(r, 'IN', trip(r))}  From: ${r.pick(['NDLS', 'MMCT', 'SBC', 'MAS'])}  To: ${r.pick(['HWH', 'PUNE', 'ADI', 'JP'])}\n\nPassenger Details:\n`);
  ps.forEach((p, i) => d.t(`${i + 1}. `).p(up(p.full)).t(`  Age ${r.int(4, 78)}  ${p.w ? 'F' : 'M'}  CNF/${r.pick(['B1', 'A1', 'C3', 'S4'])}/${r.int(1, 72)}\n`));
  d.t('\nTransaction ID: ').t(r.digits(11)).t('  Booked by user ').t(`@${slug(ps[0]?.g ?? 'x')}_${r.digits(3)}`).t('\nMobile: ').l('PHONE', c.phone(r)).t('  Email: ').l('EMAIL', emailOf(r, ps[0] as Person, r.pick(['gmail.com', 'rediffmail.com', 'yahoo.co.in'])));
  d.t(`\nTotal fare ₹${r.int(700, 6000)}.${pad(r.int(0, 99))} (incl. convenience fee). Rules as per Railways Act, 1989.\n`);
};

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spokenDigits = (s: string): string => [...s].map((ch) => at(ONES, Number(ch))).join(' ');
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const callTranscript: Template = (r, d) => {
  const p = person(r, ['us', 'uk', 'ie', 'in', 'ng', 'ph', 'mx', 'cn']);
  const agent = person(r);
  const [al] = r.pick(AIRLINES);
  const area = usArea(r);
  const b = `${r.int(2, 9)}${r.digits(2)}`;
  const e = r.digits(4);
  const dob = birth(r);
  d.t(`[Call recording transcript — ${al} reservations — ${fmtDate(r, 'ISO', trip(r))}]\nAGENT: Thank you for calling ${al}, my name is `).p(agent.g).t(`, may I have your booking reference?\nCALLER: yeah it's ${[...pnr(r)].join(' ')}\nAGENT: And the passenger name?\nCALLER: `).p(p.full.toLowerCase()).t(`\nAGENT: For security, your date of birth?\nCALLER: `);
  if (r.chance(0.5)) d.t('the ').l('DOB', `${at(ORD, Math.min(dob.d, 20) - 1)} of ${mon('en', dob.m)} ${dob.y}`);
  else d.t('uh, ').l('DOB', `${mon('en', dob.m)} ${dob.d}, ${dob.y}`);
  d.t(`\nAGENT: Thank you. What's the best number to reach you?\nCALLER: `).l('PHONE', `${spokenDigits(area)}, ${spokenDigits(b)}, ${spokenDigits(e)}`);
  d.t('\nAGENT: And an email for the new itinerary?\nCALLER: it’s ').l('EMAIL', spokenEmail(r, p));
  d.t(`\nAGENT: Perfect. I've moved you to ${flight(r, r.pick(AIRLINES)[1])} on the ${r.int(2, 28)}th, seat ${r.int(3, 44)}${r.pick(['A', 'C', 'F'])}. Anything else?\nCALLER: no that's it, cheers\n`);
};

const loginAlert: Template = (r, d) => {
  const p = person(r);
  const prog = r.pick(['Flying Blue', 'Voyager Rewards', 'HotelHub', 'SkyPoints+', 'Roamly']);
  const addrIp = ip(r);
  d.t(`${prog} security notice\n\nHi `).p(p.g).t(`,\nwe noticed a sign-in to your account (`).l('EMAIL', emailOf(r, p)).t(`) from a new device:\n  Device: ${r.pick(['iPhone 15 · iOS 17.5.1', 'Pixel 8 · Android 14', 'Windows 11 · Edge 124.0.2478.80', 'MacBook · Safari 17.4'])}\n  IP address: `);
  if (addrIp.includes(':') && r.chance(0.5)) d.t('[').l('IP', addrIp).t(`]:${r.int(1024, 65000)}`);
  else d.l('IP', addrIp);
  d.t(`\n  Location (approx.): ${r.pick(['Frankfurt, DE', 'São Paulo, BR', 'Lagos, NG', 'Hanoi, VN', 'Dublin, IE'])}\n  Time: ${fmtDate(r, 'ISO', trip(r))}T${hhmm(r)}:${pad(r.int(0, 59))}Z\n\nIf this wasn't you, reset your password and call `).l('PHONE', country(r).phone(r)).t(`. App version ${r.int(3, 9)}.${r.int(0, 40)}.${r.int(0, 9)} (build ${r.int(1000, 9999)}).\n`);
};

const auditLog: Template = (r, d) => {
  d.t(`# booking-gateway access log (${r.pick(['eu-west-1', 'ap-northeast-2', 'us-east-2'])}) release v${r.int(2, 5)}.${r.int(0, 30)}.${r.int(0, 9)}\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    d.t(`${fmtDate(r, 'ISO', trip(r))}T${hhmm(r)}:${pad(r.int(0, 59))}.${r.digits(3)}Z INFO client=`).l('IP', ip(r)).t(` user=`).l('EMAIL', emailOf(r, p)).t(` action=${r.pick(['SEARCH_FARES', 'HOLD_SEAT', 'ISSUE_TICKET', 'CANCEL_PNR', 'UPDATE_APIS'])} pnr=${pnr(r)} latency_ms=${r.int(12, 900)} trace=${r.digits(8)}${letters(r, 4).toLowerCase()}\n`);
  }
  d.t(`${fmtDate(r, 'ISO', trip(r))}T${hhmm(r)}:00Z WARN upstream ${r.pick(['Amadeus', 'Sabre', 'Galileo'])} timeout after 3 retries; sha1=${r.digits(10)}${letters(r, 6).toLowerCase()}${r.digits(8)}\n`);
};

const wifiTicket: Template = (r, d) => {
  const h = hotel(r);
  const p = person(r);
  d.t(`Ticket #${r.int(10000, 99999)} — ${h.name} guest Wi-Fi\nReported by: `).p(p.full).t(`, Room ${r.int(101, 705)}\nGuest says laptop gets "no internet". Controller shows MAC ${[...Array<number>(6)].map(() => r.int(0, 255).toString(16).padStart(2, '0')).join(':')} leased `).l('IP', ipv4(r));
  d.t(` on VLAN ${r.int(10, 400)}; gateway `).l('IP', `192.168.${r.int(0, 20)}.1`).t(`, DNS `).l('IP', r.pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', '208.67.222.222'])).t(`.\nFirmware ${r.pick(['UniFi 8.1.113', 'RouterOS 7.14.3', 'ArubaOS 10.5.1'])} — upgrade scheduled. Tech: `).p(person(r, h.c.cultures).g).t('\nGuest callback: ').l('PHONE', country(r).phone(r)).t('\n');
};

const cruise: Template = (r, d) => {
  const c = country(r, r.pick(['US', 'UK', 'DE', 'AU', 'CA']));
  const ship = r.pick(['Queen Mary 2', 'Wonder of the Seas', 'MSC Bellissima', 'Norwegian Prima', 'AIDAnova', 'Celebrity Edge', 'Viking Sigyn']);
  d.t(`GUEST TICKET CONTRACT — ${ship}\nVoyage ${letters(r, 1)}${r.digits(3)} · ${r.int(7, 14)} nights from ${r.pick(['Southampton', 'Miami', 'Barcelona', 'Sydney', 'Kiel'])}, sailing ${fmtDate(r, c.cc, trip(r))}\nStateroom ${r.int(4, 16)}${r.digits(3)}\n\n`);
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const q = personOf(r, c);
    d.t(`Guest ${i + 1}: `).p(up(q.full)).t('  DOB ').l('DOB', fmtDate(r, c.cc, birth(r, 1938, 2015))).t(`  Nationality ${r.pick(['USA', 'GBR', 'DEU', 'AUS', 'CAN'])}  Passport ${passportNo(r)}\n`);
  }
  const e = personOf(r, c);
  d.t('\nEmergency contact (not sailing): ').p(e.full).t(', ').l('PHONE', c.phone(r));
  d.t(`\nBooking agent: ${r.pick(['Cruise Direct', 'Seascape Holidays', 'Anchor & Compass Travel'])}, `).l('EMAIL', `groups@${r.pick(['cruisedirect.example', 'seascape-holidays.com', 'anchorcompass.travel'])}`).t(`\nOnboard credit $${r.int(50, 300)}. Port Canaveral parking ref ${r.digits(7)}.\n`);
};

const roomingList: Template = (r, d) => {
  const c = country(r);
  d.t(`ROOMING LIST — ${r.pick(['Alpine Choir Tour', 'Sales Kick-off Lisbon', 'Class of 2006 reunion', 'Pilgrimage group Fátima'])} — ${r.pick(HOTELS)[0]}\nArrival ${fmtDate(r, c.cc, trip(r))} · Group code ${alnum(r, 5)}\n\nRoom | Guest | Date of birth | Passport\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const q = personOf(r, c);
    d.t(`${r.pick(['DBL', 'TWN', 'SGL'])}-${i + 1} | `).p(r.chance(0.5) ? `${up(q.f)}, ${q.g}` : q.full).t(' | ').l('DOB', fmtDate(r, c.cc, birth(r))).t(` | ${passportNo(r)}\n`);
  }
  d.t(`\nTour leader: `).p(personOf(r, c).full).t(' ').l('PHONE', c.phone(r)).t('\n');
};

const expenseReport: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`TRAVEL EXPENSE REIMBURSEMENT — ${r.pick(['Halvorsen Logistics Inc.', 'Bluepeak Health LLC', 'Corvid Analytics Corp.'])} (EIN ${ein(r)})\nEmployee: `).me(r, p).t(`   Employee ID ${r.int(10000, 99999)}\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`\nTrip: ${r.pick(['Client workshop', 'Trade fair ITB Berlin', 'Site audit', 'Conference'])}, ${fmtDate(r, 'US', trip(r))} – ${fmtDate(r, 'US', trip(r))}\n\n`);
  for (let i = 0, n = r.int(3, 5); i < n; i++) d.t(`${fmtDate(r, 'US', trip(r))}  ${r.pick(['Airfare (Delta)', 'Hotel – Marriott Marquis', 'Uber', 'Per diem', 'Car rental – Hertz', 'Baggage fee', 'Dinner w/ client'])}  $${money(r, 8, 1400)}\n`);
  d.t(`\nDirect deposit: routing ${routing(r)}, acct ****${r.digits(4)}\nApprover: `).p(`${r.chance(0.5) ? personOf(r, c).full : `${personOf(r, c).g.charAt(0)}. ${personOf(r, c).f}`}`).t(` · Corporate card ${maskedCard(r)}\n`);
};

const travelProfile: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`Corporate Travel Profile — ${r.pick(['Egencia', 'Navan', 'SAP Concur', 'TravelPerk'])}\nLegal name (as on ID): `).p(up(p.full)).t('\nDate of birth: ').l('DOB', fmtDate(r, 'US', birth(r, 1950, 2002))).t(`\nGender: ${p.w ? 'F' : 'M'}\nKnown Traveler Number: ${r.digits(9)}   Redress: ${r.digits(7)}\n`);
  d.t(r.chance(0.6) ? 'SSN (background check): ' : 'Social Security no.: ').l('NATIONAL_ID', ssn(r)).t('\nWork email: ').l('EMAIL', emailOf(r, p, r.pick(['halvorsen.com', 'bluepeakhealth.org', 'corvid.io'])));
  d.t('\nMobile: ').l('PHONE', usPhone(r)).t(`\nSeat: ${r.pick(['Aisle', 'Window'])}  Meal: ${r.pick(['VGML', 'AVML', 'KSML', 'none'])}\nLoyalty: ${r.pick(['Delta SkyMiles', 'United MileagePlus', 'Marriott Bonvoy', 'Hilton Honors'])} #${r.digits(10)}\nEmergency contact: `).p(personOf(r, c).full).t(' ').l('PHONE', usPhone(r)).t('\n');
};

const w9: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`Form W-9 (Rev. March 2024) — host agency onboarding: ${r.pick(['Fora Travel', 'KHM Travel Group', 'Outside Agents'])}\n1 Name: `).me(r, p).t(`\n2 Business name: ${r.pick([`Wayfarer Journeys`, 'Compass Rose Travel', 'Blue Lagoon Getaways'])} LLC\n3 Tax classification: Individual/sole proprietor\n5 Address: `);
  addr(d, r, c, true).t('\nPart I Taxpayer Identification Number\n  Social security number: ').l('NATIONAL_ID', ssn(r)).t(`\n  or Employer identification number: ${r.chance(0.5) ? ein(r) : '__-_______'}\nSignature of U.S. person: /s/ `).p(p.full).t(`   Date ${fmtDate(r, 'US', trip(r))}\nQuestions: `).l('EMAIL', `commissions@${r.pick(['fora.travel.example', 'khmtravel.example', 'outsideagents.example'])}`).t('\n');
};

const eu261: Template = (r, d) => {
  const c = country(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'PL', 'PT', 'SE']));
  const p = personOf(r, c);
  const [al, code] = r.pick(AIRLINES);
  d.t(`To: `).l('EMAIL', `customer.relations@${slug(al)}.com`).t(`\nSubject: Compensation claim EC 261/2004 — booking ${pnr(r)}\n\nDear ${al} team,\n\nmy flight ${flight(r, code)} from ${airport(r)} on ${fmtDate(r, c.cc, trip(r))} arrived ${r.int(3, 9)} h ${r.int(0, 59)} min late. Under Articles 5 and 7 I claim EUR ${r.pick([250, 400, 600])} per passenger for myself and `);
  d.p(personOf(r, c).full).t('.\nPlease transfer the amount to:\n  Account holder: ').p(p.full).t('\n  IBAN: ').l('IBAN', iban(r, ibanCc(r, c))).t(`\n  BIC: ${letters(r, 4)}${ibanCc(r, c)}${alnum(r, 2)}\n\nI attach boarding passes and the e-ticket ${eticket(r, r.pick(AIRLINES)[2])}.\nKind regards,\n`).me(r, p).t('\n').l('PHONE', c.phone(r)).t('\n');
};

const chargeback: Template = (r, d) => {
  const c = country(r, r.pick(['US', 'UK', 'CA', 'AU']));
  const p = personOf(r, c);
  d.t(`Dispute form — ${r.pick(['Chase Sapphire', 'Barclaycard', 'Amex Platinum', 'Capital One Venture'])}\nCardholder: `).me(r, p).t('\nCard number: ').l('CARD', card(r)).t(`\nMerchant: ${r.pick(['HOTELS.COM', 'BOOKING.COM BV', 'MARRIOTT HOTELS', 'RYANAIR', 'VRBO', 'THOMAS COOK'])}  Amount ${money(r, 90, 3200)}  Posted ${fmtDate(r, c.cc, trip(r))}\n`);
  d.t(`Reason: ${r.pick(['Cancelled within free-cancellation window, no refund', 'Charged twice for the same stay', 'Service not provided — hotel overbooked', 'No-show fee charged although I cancelled'])}.\nI spoke with `).p(person(r).g).t(` at the front desk on ${fmtDate(r, c.cc, trip(r))}.\nDaytime phone: `).l('PHONE', c.phone(r)).t('\nBilling address: ');
  addr(d, r, c, true).t('\n');
};

const ccAuth: Template = (r, d) => {
  const h = hotel(r);
  const c = country(r);
  const p = personOf(r, c);
  d.t(`CREDIT CARD AUTHORIZATION FORM — ${h.name}\nPlease return to `).l('EMAIL', `${r.pick(['reservations', 'groups', 'accounts'])}@${h.dom}`).t(' (do not send by regular mail)\n\nGuest name(s): ').p(p.full);
  if (r.chance(0.5)) d.t(' & ').p(personOf(r, c).full);
  d.t(`\nArrival ${fmtDate(r, h.c.cc, trip(r))}  Departure ${fmtDate(r, h.c.cc, trip(r))}\nCharges authorised: ${r.pick(['room & tax only', 'all charges', 'deposit of first night'])}\n\nCardholder name: `).p(up(p.full)).t(`\nCard type: ${cardBrand(r)}\nCard number: `).l('CARD', card(r)).t(`\nExpiry: ${pad(r.int(1, 12))}/${r.int(26, 31)}   CVV: ${r.digits(3)}\nCardholder phone: `).l('PHONE', c.phone(r)).t('\nBilling address: ');
  addr(d, r, c, true).t(`\nSignature: ____________  Date: ${fmtDate(r, c.cc, trip(r))}\n`);
};

const fraudReview: Template = (r, d) => {
  d.t(`RISK QUEUE — OTA payments · case ${letters(r, 2)}-${r.digits(6)}\nRule hits: velocity>3 cards/1h, BIN-country mismatch, proxy IP\n\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = person(r);
    d.t(`• attempt ${i + 1}: card `).l('CARD', card(r)).t(' name on card "').p(up(p.full)).t('" ip ').l('IP', ip(r)).t(` result=${r.pick(['DECLINED_05', 'APPROVED', '3DS_FAILED', 'DECLINED_51'])}\n`);
  }
  d.t(`• prior attempt card ${badCard(r)} rejected client-side (checksum)\nBooking: ${r.pick(HOTEL_BRANDS)}, ${r.int(2, 9)} nights, guest e-mail `).l('EMAIL', emailOf(r, person(r), r.pick(['mailinator.com', 'guerrillamail.com', 'proton.me']))).t(`\nDecision: ${r.pick(['cancel + blocklist', 'manual verification call', 'allow'])} — analyst `).p(person(r).g).t('\n');
};

const tsaPrecheck: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`Trusted Traveler application draft (${r.pick(['TSA PreCheck', 'Global Entry', 'NEXUS'])}) — enrollment center: ${r.pick(['BWI', 'DEN', 'SEA', 'ATL'])}\nApplicant: `).me(r, p).t('\nDOB: ').l('DOB', fmtDate(r, 'US', birth(r))).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(` (optional)\nPrevious passport ${r.digits(9)} · Membership #${r.digits(9)}\nResidential address (last 5 years):\n  `);
  addr(d, r, c, true).t(`  (${r.int(2019, 2025)}–present)\n  `);
  addr(d, r, c, true).t(`  (${r.int(2014, 2018)}–${r.int(2019, 2023)})\nPhone `).l('PHONE', usPhone(r)).t(` · appointment ${fmtDate(r, 'US', trip(r))} ${hhmm(r)}\n`);
};

const timeshare: Template = (r, d) => {
  const c = country(r, 'US');
  const a = personOf(r, c);
  const b = personOf(r, c);
  d.t(`${r.pick(['Sunset Shores Vacation Club', 'Pinecone Ridge Resorts', 'Coral Key Holiday Ownership'])} — Purchase & Finance Application\nBuyer 1: `).p(a.full).t('  SSN ').l('NATIONAL_ID', ssn(r)).t('  DOB ').l('DOB', fmtDate(r, 'US', birth(r, 1945, 1995)));
  d.t('\nBuyer 2: ').p(b.full).t('  SSN ');
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t('  DOB ').l('DOB', fmtDate(r, 'US', birth(r, 1945, 1995)));
  d.t('\nHome: ');
  addr(d, r, c, true).t('  Phone ').l('PHONE', usPhone(r)).t(`\nDown payment on card `).l('CARD', card(r)).t(`; balance $${r.int(9000, 40000)} at ${r.int(9, 17)}.9% APR. Points: ${r.int(2, 20)}000/yr.\nSales rep: `).p(person(r, ['us']).full).t('\n');
};

const damageReport: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  d.t(`${r.pick(RENTALS)} — Damage report / Schadensmeldung\nRA ${r.digits(10)} · Vehicle ${r.pick(CARS)} · Plate ${letters(r, 1)}-${letters(r, 2)} ${r.digits(4)}\nDriver: `).p(nameForm(r, p)).t('\nPhone: ').l('PHONE', c.phone(r)).t(`\nWhat happened: scraped the rear bumper on a bollard in the car park of ${r.pick(['the Lidl near the ring road', 'Hotel Seeblick', 'Schloss Neuschwanstein', 'the Mercedes-Benz Museum'])}, ${fmtDate(r, c.cc, trip(r))} around ${hhmm(r)}.\n`);
  if (r.chance(0.6)) d.t('Witness: ').p(personOf(r, c).full).t(', ').l('PHONE', c.phone(r)).t('\n');
  d.t(`Police report: none. Photos: IMG_${r.digits(4)}–IMG_${r.digits(4)}. CDW excess applies.\n`);
};

const transferSms: Template = (r, d) => {
  const c = country(r);
  const drv = personOf(r, c);
  const p = person(r);
  d.t(`SMS ${hhmm(r)}: Hello `).p(p.g).t(`, your driver `).p(drv.g).t(` will meet you at ${r.pick(['Arrivals Hall B', 'Exit 4, meeting point', 'Costa Coffee, Terminal 2'])} with a sign "`).p(up(p.f)).t(`". Flight ${flight(r, r.pick(AIRLINES)[1])} tracked. Car: ${r.pick(['black Skoda Superb', 'white Toyota HiAce', 'grey Mercedes V-Class'])} ${letters(r, 2)} ${r.digits(3)}. Call/WhatsApp `).l('PHONE', c.phone(r)).t(`. Ref TR${r.digits(6)}\n`);
};

const meldeschein: Template = (r, d) => {
  const c = country(r, r.chance(0.7) ? 'DE' : 'CH');
  const home = country(r);
  const p = personOf(r, home);
  d.t(`MELDESCHEIN für Beherbergungsstätten — ${r.pick(['Gasthof Zur Linde', 'Hotel Alpenrose', 'Pension Haus am See'])}\nAnkunft: ${fmtDate(r, 'DE', trip(r))}   Voraussichtliche Abreise: ${fmtDate(r, 'DE', trip(r))}\n\nFamilienname: `).p(p.f).t('\nVorname: ').p(p.g).t('\nGeburtsdatum: ').l('DOB', fmtDate(r, 'DE', birth(r))).t(`\nStaatsangehörigkeit: ${r.pick(['deutsch', 'niederländisch', 'US-amerikanisch', 'japanisch', 'polnisch'])}\nAnschrift: `);
  addr(d, r, home, true).t(`\nMitreisende: ${r.int(0, 3)} Personen   Ausweis-Nr.: ${alnum(r, 9)}\nKurtaxe: ${money(r, 2, 5)} € p. P./Nacht · Gästekarte ${r.digits(8)}\nUnterschrift: ______\nBetrieb: `);
  addr(d, r, c, true).t('\n');
};

const parteViajeros: Template = (r, d) => {
  const c = country(r, 'ES');
  d.t(`PARTE DE ENTRADA DE VIAJEROS — Establecimiento: ${r.pick(['Hostal Las Arenas', 'Apartamentos Brisa', 'Hotel Plaza Mayor'])} (nº reg. ${letters(r, 2)}-${r.digits(5)})\nFecha de entrada: ${fmtDate(r, 'ES', trip(r))}\n\n`);
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const p = person(r);
    d.t(`Viajero ${i + 1}: `).p(up(`${p.f} ${p.g}`)).t(` · Documento: ${r.pick(['Pasaporte', 'DNI', 'Carta d’identità'])} ${alnum(r, 9)} · Fecha de expedición: ${fmtDate(r, 'ES', { y: r.int(2016, 2024), m: r.int(1, 12), d: r.int(1, 28) })} · Fecha de nacimiento: `).l('DOB', fmtDate(r, 'ES', birth(r))).t(`\n`);
  }
  d.t('Teléfono de contacto: ').l('PHONE', c.phone(r)).t('\nFirma del viajero: ________\n');
};

const insuranceCert: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  d.t(`CERTIFICATE OF TRAVEL INSURANCE (Schengen compliant, cover EUR 30,000)\nPolicy no. ${letters(r, 2)}${r.digits(9)}  Period ${fmtDate(r, c.cc, trip(r))} – ${fmtDate(r, c.cc, trip(r))}\n\nPolicyholder: `).me(r, p).t('\nAddress: ');
  addr(d, r, c, true).t('\nInsured persons:\n');
  for (let i = 0, n = r.int(1, 4); i < n; i++) {
    const q = i === 0 ? p : personOf(r, c);
    d.t('  - ').p(i === 0 ? p.full : q.full).t(', born ').l('DOB', fmtDate(r, c.cc, birth(r, 1945, 2020))).t('\n');
  }
  d.t('24/7 emergency assistance: ').l('PHONE', r.pick(['+49 89 2000 4321', '+44 20 7946 0712', '+33 1 55 98 71 00', '+34 91 514 22 30'])).t(` (reverse charges accepted)\nPre-existing conditions excluded, e.g. ${r.pick(EPONYMS)}.\n`);
};

const lostFound: Template = (r, d) => {
  const h = hotel(r);
  const p = person(r);
  d.t(`Lost & Found log — ${h.name}\nItem: ${r.pick(['Kindle in a blue sleeve', 'gold ring', 'child’s stuffed giraffe “Mr Noodle”', 'iPad charger', 'Dr. Martens boots, size 39'])}\nFound: room ${r.int(101, 640)}, ${fmtDate(r, h.c.cc, trip(r))} by housekeeping (`).p(person(r, h.c.cultures).g).t(`)\nGuest: `).p(nameForm(r, p)).t(', checked out ').t(fmtDate(r, h.c.cc, trip(r))).t('\nContacted via ').l('EMAIL', emailOf(r, p)).t(r.chance(0.5) ? ' and ' : ' / ').l('PHONE', country(r).phone(r));
  d.t('\nShip to: ');
  addr(d, r, country(r), true).t(`\nCourier: DHL Express, AWB ${r.digits(10)}, fee charged to card ${maskedCard(r)}\n`);
};

const assistance: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const carer = personOf(r, c);
  const [al, code] = r.pick(AIRLINES);
  d.t(`Special assistance request — ${al}\nBooking ${pnr(r)} / ${flight(r, code)} ${fmtDate(r, c.cc, trip(r))}\nPassenger: `).p(pnrName(p)).t(` ${pax(p)}  SSR ${r.pick(['WCHR', 'WCHS', 'WCHC', 'BLND', 'DEAF'])}\nMobility aid: ${r.pick(['folding wheelchair, 14 kg, dry-cell battery', 'walking frame', 'none'])}\nCondition: ${r.pick(['Parkinson’s disease', 'post-surgery (hip)', 'multiple sclerosis', 'Ménière’s disease'])}\nTravelling companion: `).p(carer.full).t(` (${r.pick(['daughter', 'son', 'husband', 'wife', 'carer'])})\nContact on day of travel: `).l('PHONE', c.phone(r)).t('\nSubmitted by: ').me(r, carer).t('\n');
};

const umForm: Template = (r, d) => {
  const c = country(r);
  const kid = personOf(r, c);
  const par = personOf(r, c);
  const rec = personOf(r, country(r));
  d.t(`UNACCOMPANIED MINOR — Handling advice\nChild: `).p(up(`${kid.f}/${kid.g}`).replace(/\s/g, '')).t('  Date of birth: ').l('DOB', fmtDate(r, c.cc, birth(r, 2011, 2019))).t(`  Age ${r.int(6, 14)}\nFlight ${flight(r, r.pick(AIRLINES)[1])}  ${iata(r)}→${iata(r)}  ${fmtDate(r, c.cc, trip(r))}\n\nPerson bringing the child: `).p(par.full).t(', ').l('PHONE', c.phone(r)).t('\nAddress: ');
  addr(d, r, c, true).t('\nPerson meeting the child: ').p(rec.full).t(' (ID to be shown), ').l('PHONE', c.phone(r)).t(`\nChild’s favourite toy: a plush named “Winston” — please keep it with the child.\n`);
};

const petTravel: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const pet = r.pick(['Bella', 'Oscar', 'Hope', 'Rocky', 'Grace', 'Milo', 'Frida', 'Guy']);
  d.t(`PetAir booking — ${r.pick(['dog', 'cat'])} "${pet}" (${r.pick(['Labrador', 'Maine Coon', 'Dachshund', 'Border Collie'])}), born ${fmtDate(r, c.cc, { y: r.int(2015, 2023), m: r.int(1, 12), d: r.int(1, 28) })}\nMicrochip ${r.digits(15)} · EU pet passport ${c.cc}-${r.digits(7)} · rabies vaccine ${fmtDate(r, c.cc, trip(r))}\nOwner: `).me(r, p).t('  Tel. ').l('PHONE', c.phone(r)).t('\nOwner address: ');
  addr(d, r, c, true).t(`\nVet: Dr. `).p(personOf(r, c).f).t(`, ${r.pick(['Tierarztpraxis am Park', 'Clinique Vétérinaire des Alpes', 'Paws & Claws Vets'])}\nNote: ${pet}’s crate must be IATA-compliant.\n`);
};

const groupCsv: Template = (r, d) => {
  const c = country(r);
  d.t(`wedding_block_${r.pick(['silva', 'moreau', 'okafor', 'tanaka'])}_${r.int(2025, 2026)}.csv\nlast_name,first_name,email,phone,arrival,nights,room\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const q = personOf(r, c);
    d.p(q.f).t(',').p(q.g).t(',').l('EMAIL', emailOf(r, q)).t(',').l('PHONE', c.phone(r)).t(`,${fmtDate(r, 'ISO', trip(r))},${r.int(1, 4)},${r.pick(['KING', 'QQ', 'STE'])}\n`);
  }
  d.t(`# block code ${alnum(r, 6)}; cutoff ${fmtDate(r, 'ISO', trip(r))}\n`);
};

const reviewReply: Template = (r, d) => {
  const h = hotel(r);
  const p = person(r);
  const gm = person(r, h.c.cultures);
  d.t(`★★☆☆☆ “${r.pick(['Noisy room above the bar', 'Lovely staff, tired rooms', 'Breakfast ran out at 9'])}” — `).p(r.chance(0.5) ? p.g : `${p.g} ${p.f.charAt(0)}.`).t(`, travelled as a couple, ${mon('en', r.int(1, 12))} ${r.int(2024, 2025)}\n\nResponse from the owner:\nDear `).p(p.g).t(`, thank you for staying at ${h.name}. I've asked our housekeeping lead `).p(person(r, h.c.cultures).g).t(` to look into it. Follow us @${slug(h.name)} for offers.\n— `).p(gm.full).t(`, General Manager\n`);
};

const invitationLetter: Template = (r, d) => {
  const host = country(r, r.pick(['DE', 'FR', 'NL', 'UK', 'IT', 'US']));
  const home = country(r, r.pick(['IN', 'TR', 'BR', 'MX', 'AE', 'KR']));
  const inv = personOf(r, home);
  const sig = personOf(r, host);
  d.t(`${r.pick(['Kestrel Robotics GmbH', 'Maison Arlequin SAS', 'Tidewater Biotech Ltd', 'Orbita Software B.V.'])}\n`);
  addr(d, r, host, false).t(`\n\n${fmtDate(r, host.cc, trip(r))}\n\nTo the Visa Section, Embassy of ${r.pick(['Germany', 'France', 'the Netherlands', 'the United Kingdom', 'Italy', 'the United States'])}\n\nRe: Invitation for `).p(r.chance(0.5) ? up(inv.full) : inv.full);
  d.t(', date of birth ').l('DOB', fmtDate(r, home.cc, birth(r, 1960, 2000))).t(`, passport ${passportNo(r)}\n\nWe confirm that ${hon('en', inv)} `).p(inv.f).t(` will attend meetings at our office from ${fmtDate(r, host.cc, trip(r))} to ${fmtDate(r, host.cc, trip(r))}. We will cover accommodation at ${r.pick(HOTEL_BRANDS)}. Home address of the invitee: `);
  addr(d, r, home, true).t('.\n\nYours faithfully,\n').p(sig.full).t(`\nHead of People Operations · `).l('EMAIL', emailOf(r, sig, r.pick(['kestrel-robotics.de', 'arlequin.fr', 'tidewaterbio.co.uk', 'orbita.nl']))).t('\n');
};

const medevac: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  d.t(`ASSISTANCE CASE ${r.digits(2)}-${r.digits(6)} — medical repatriation\nPatient: `).p(`${up(p.f)}, ${p.g}`).t('  DOB ').l('DOB', fmtDate(r, 'ISO', birth(r, 1940, 1990)));
  d.t(`\nDiagnosis: suspected ${r.pick(EPONYMS)}; stable. Admitted ${fmtDate(r, 'ISO', trip(r))} to ${r.pick(['Hospital Quirónsalud Marbella', 'Bangkok Hospital Phuket', 'Clínica Alemana', 'Mater Dei Hospital'])}. Treating physician: Dr `).p(person(r).full).t(`\nNext of kin: `).p(personOf(r, c).full).t(' — ').l('PHONE', c.phone(r)).t(`\nPlan: commercial stretcher on ${flight(r, r.pick(AIRLINES)[1])}, escort nurse `).p(person(r).g).t(`. Ambulance to home address `);
  addr(d, r, c, true).t('.\n');
};

const agentInvoice: Template = (r, d) => {
  const c = country(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'UK', 'PT', 'PL', 'CH', 'IE']));
  const p = personOf(r, c);
  const agency = r.pick(['Reisebüro Sonnenweg', 'Agence Horizon Bleu', 'Viaggi Aurora', 'Reisbureau De Zwaluw', 'Atlas & Ivy Travel']);
  d.t(`${agency}\n`);
  addr(d, r, c, false).t(`\nUSt-IdNr./VAT ${ibanCc(r, c)}${r.digits(9)}\n\nINVOICE ${r.int(2024, 2026)}-${r.digits(4)}\nCustomer: `).p(p.full).t(`\nPackage: ${r.pick(['Madeira walking week', 'Lapland husky safari', 'Sicily round trip', 'Norway coastal voyage'])}, departure ${fmtDate(r, c.cc, trip(r))}\nTotal EUR ${money(r, 800, 7000)}, deposit paid ${fmtDate(r, c.cc, trip(r))}\n\nPlease pay the balance to our account\nIBAN `).l('IBAN', iban(r, ibanCc(r, c)));
  d.t(`\nnot to the old account ${badIban(r, ibanCc(r, c))} (closed).\nQuestions: `).l('EMAIL', `buchhaltung@${slug(agency)}.eu`).t(' · ').l('PHONE', c.phone(r)).t('\n');
};

const interrail: Template = (r, d) => {
  const c = country(r, r.pick(['DE', 'NL', 'FR', 'IT', 'ES', 'PL', 'SE', 'IE', 'PT']));
  const p = personOf(r, c);
  d.t(`Interrail Global Pass — ${r.pick(['Youth', 'Adult', 'Senior'])}, ${r.pick(['7 days in 1 month', '15 days continuous', '4 days in 1 month'])}\nPass holder: `).me(r, p).t('\nDate of birth: ').l('DOB', fmtDate(r, c.cc, birth(r, 1955, 2006))).t(`\nCountry of residence: ${c.cc}\nPass number: ${r.digits(2)} ${r.digits(4)} ${r.digits(4)}  Ticket no. ${alnum(r, 8)}\nFirst travel day: ${fmtDate(r, c.cc, trip(r))}\nRail Planner app login: `).l('EMAIL', emailOf(r, p)).t(`\nReservation ${r.pick(['Frecciarossa', 'Eurostar', 'TGV Lyria', 'Nightjet'])} ${r.int(9000, 9999)}, coach ${r.int(1, 16)}\n`);
};

const hostPayout: Template = (r, d) => {
  const c = country(r, r.pick(['DE', 'FR', 'ES', 'IT', 'PT', 'NL', 'IE', 'UK', 'CH', 'PL', 'SE']));
  const p = personOf(r, c);
  d.t(`Host account › Payout methods\nPayout to: `).p(p.full).t('\nIBAN: ').l('IBAN', iban(r, ibanCc(r, c)));
  d.t(`\nStatus: verified ${fmtDate(r, 'ISO', trip(r))}\nListing: “${r.pick(['Sunny loft near the old port', 'Stone cottage with olive grove', 'Canal-view studio'])}” (#${r.digits(9)})\nTax info (DAC7): TIN ${r.digits(11)}, address `);
  addr(d, r, c, true).t(`\nLast payout ${money(r, 200, 4200)} EUR on ${fmtDate(r, 'ISO', trip(r))}; device ${r.pick(['Chrome 125', 'Firefox 126', 'Airbnb iOS 24.21'])} from `).l('IP', ip(r)).t('\n');
};

const statusMatch: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  d.t(`Subject: Status match request\n\nHello,\n\nI hold ${r.pick(['Gold', 'Platinum', 'Diamond'])} with ${r.pick(HOTEL_BRANDS)} (member ${r.digits(9)}) and would like a status match to your programme. Screenshot attached.\n\nName: `).me(r, p).t(`\nAccount: ${r.digits(10)}\nE-mail: `).l('EMAIL', emailOf(r, p)).t(`\nI travel ${r.int(30, 90)} nights a year, mainly ${r.pick(['Frankfurt–Chicago', 'Madrid–Bogotá', 'Singapore–Sydney'])}.\n\nThanks,\n`).p(p.g).t('\n');
};

const voicemail: Template = (r, d) => {
  const h = hotel(r);
  const staff = person(r, h.c.cultures);
  const p = person(r, ['us', 'uk', 'in', 'ie']);
  const area = usArea(r);
  d.t(`Voicemail (auto-transcribed, ${r.int(21, 58)} s): "Hi, this message is for `).p(p.full).t(`, this is `).p(staff.g).t(` from ${h.name} calling about your stay on the ${r.int(2, 28)}th. We found your passport in the safe of room ${r.int(101, 640)}. Please call us back on `);
  d.l('PHONE', r.chance(0.5) ? `${spokenDigits(area)} ${spokenDigits(r.digits(3))} ${spokenDigits(r.digits(4))}` : h.c.phone(r)).t(` extension ${r.int(10, 450)}, or email `).l('EMAIL', `frontdesk@${h.dom}`).t(`. Thanks, bye."\n`);
};

const forumPost: Template = (r, d) => {
  const p = person(r);
  d.t(`Re: Lost luggage with ${r.pick(AIRLINES)[0]} — anyone got compensation?\nPosted by @${slug(p.g)}${r.int(10, 99)}_travels · ${r.int(2, 40)} replies\n\nSame happened to us in ${r.pick(['Lisbon', 'Bangkok', 'Chicago', 'Frankfurt'])}. I opened a PIR (${iata(r)}${r.pick(AIRLINES)[1]}${r.digits(5)}) and emailed `).l('EMAIL', `baggage@${slug(r.pick(AIRLINES)[0])}.com`).t(` every day. The agent, `).p(person(r).g).t(`, was great. Took ${r.int(3, 40)} days. Don't bother calling the hotline, just use the Montreal Convention form. — `).p(p.g).t('\n');
};

const studyAbroad: Template = (r, d) => {
  const home = country(r, r.pick(['US', 'UK', 'AU', 'CA', 'KR', 'JP']));
  const host = country(r, r.pick(['ES', 'IT', 'FR', 'DE', 'NL', 'IE']));
  const st = personOf(r, home);
  const hostFam = personOf(r, host);
  d.t(`Study abroad — emergency contact sheet (${r.pick(['Fall', 'Spring'])} ${r.int(2025, 2026)})\nStudent: `).me(r, st).t('  DOB ').l('DOB', fmtDate(r, home.cc, birth(r, 1998, 2006))).t('\nStudent mobile abroad: ').l('PHONE', host.phone(r)).t('\nHost family: ').p(hostFam.full).t(' and ').p(personOf(r, host).g).t('\n  ');
  addr(d, r, host, true).t('\n  Tel. ').l('PHONE', host.phone(r)).t('\nParent/guardian at home: ').p(personOf(r, home).full).t(', ').l('PHONE', home.phone(r)).t(', ').l('EMAIL', emailOf(r, personOf(r, home))).t(`\nInsurance: ${r.pick(['GeoBlue', 'ISIC', 'Allianz Care'])} policy ${r.digits(10)}\n`);
};

const bookingEmailUser: Template = (r, d) => {
  const c = country(r);
  const p = personOf(r, c);
  const h = hotel(r);
  d.t(`Hi there,\n\nI booked a ${r.pick(['double room', 'family suite', 'twin room'])} via ${r.pick(['Booking.com', 'Expedia', 'Trip.com', 'Agoda'])} (confirmation ${r.digits(4)}.${r.digits(3)}.${r.digits(3)}) for ${fmtDate(r, h.c.cc, trip(r))}. We're arriving late, around ${hhmm(r)} — is the night porter there? Also it's my `);
  d.t(r.pick(['husband', 'wife', 'partner', 'mum', 'dad'])).t(' ').p(personOf(r, c).g).t(`'s ${r.int(30, 80)}th birthday that day, any chance of a cake? 🎂\n\nMy mobile is `).l('PHONE', c.phone(r)).t(r.chance(0.5) ? ' (WhatsApp)' : '').t('.\n\nBest,\n').me(r, p).t('\n');
  if (r.chance(0.5)) { d.t(''); addr(d, r, c, false); d.t('\n'); }
};

const leaseApp: Template = (r, d) => {
  const c = country(r, 'US');
  const p = personOf(r, c);
  d.t(`Furnished mid-term rental application — ${r.pick(['Harborline Corporate Stays', 'Nest & Roam Furnished Suites', 'Travel Nurse Housing Co.'])}\nUnit ${r.int(101, 1204)}, lease ${fmtDate(r, 'US', trip(r))} – ${fmtDate(r, 'US', trip(r))} (${r.int(3, 13)}-week assignment)\n\nApplicant: `).me(r, p).t('\nSSN (credit & background check): ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', fmtDate(r, 'US', birth(r, 1960, 2002)));
  d.t('\nCurrent address: ');
  addr(d, r, c, true).t('\nCell: ').l('PHONE', usPhone(r)).t(`\nEmployer: ${r.pick(['Aya Healthcare', 'Cross Country Nurses', 'Vivian Health'])} (EIN ${ein(r)})\n`);
  if (r.chance(0.5)) d.t('Co-applicant: ').p(personOf(r, c).full).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Application fee charged to card `).l('CARD', card(r)).t(`\nPrevious landlord: `).p(personOf(r, c).full).t(' ').l('PHONE', usPhone(r)).t('\n');
};

// ---------------------------------------------------------------------------------------------- hard negatives

const negFlightStatus: Template = (r, d) => {
  const [al, code] = r.pick(AIRLINES);
  d.t(`${al} operational update ${fmtDate(r, 'ISO', trip(r))} ${hhmm(r)} UTC\n`);
  for (let i = 0, n = r.int(3, 5); i < n; i++) d.t(`${flight(r, code)}  ${airport(r)} → ${airport(r)}  STD ${hhmm(r)}  ETD ${hhmm(r)}  Gate ${letters(r, 1)}${r.int(1, 60)}  ${r.pick(['DELAYED', 'BOARDING', 'CANCELLED', 'ON TIME'])}\n`);
  d.t(`Reason: ${r.pick(['Storm Ciarán', 'Hurricane Milton', 'Typhoon Haikui', 'Storm Babet'])} and ATC restrictions (flow control ${letters(r, 4)}${r.digits(2)}). Rebooking under EU Regulation 261/2004; vouchers at the Lufthansa Lounge near the Willy Brandt terminal.\n`);
};
const negNewsletter: Template = (r, d) => {
  d.t(`This month at ${r.pick(HOTEL_BRANDS)}: earn double points at ${r.pick(HOTEL_BRANDS)} and ${r.pick(HOTEL_BRANDS)}. Rent a ${r.pick(CARS)} from ${r.pick(RENTALS)} and save ${r.int(10, 30)}%. Pack your ${r.pick(['Dr. Martens', 'Tommy Hilfiger', 'Ralph Lauren', 'Louis Vuitton'])} and sail on the ${r.pick(['Queen Mary 2', 'Queen Elizabeth', 'Viking Sigyn'])}. Visit the Frida Kahlo Museum, Ponte Vasco da Gama and Rua Augusta. Promo code ${alnum(r, 8)}, valid until ${fmtDate(r, 'UK', trip(r))}. Unsubscribe: manage preferences in the app (v${r.int(4, 12)}.${r.int(0, 30)}.${r.int(0, 9)}).\n`);
};
const negChangelog: Template = (r, d) => {
  d.t(`booking-engine ${r.int(3, 7)}.${r.int(0, 40)}.${r.int(0, 9)} (${fmtDate(r, 'ISO', trip(r))})\n- fix: fare cache keyed by ${r.pick(['Amadeus', 'Sabre', 'Galileo', 'Travelport'])} office id; commit ${r.digits(6)}${letters(r, 6).toLowerCase()}${r.digits(4)}\n- feat: NDC offers for ${r.pick(AIRLINES)[0]} (JIRA TRV-${r.int(1000, 9999)}, owner: Team Magellan)\n- chore: bump node 20.${r.int(10, 19)}.${r.int(0, 9)}, postgres 16.${r.int(1, 4)}; build ${r.int(10000, 99999)} checksum sha256:${r.digits(12)}${letters(r, 12).toLowerCase()}\n- timestamp 17${r.digits(8)} (epoch) replaces ISO strings in ${r.pick(['pnr_sync', 'seatmap', 'ancillaries'])}\n`);
};
const negFareRules: Template = (r, d) => {
  d.t(`FARE RULES ${letters(r, 1)}${alnum(r, 6)} — CAT 16 PENALTIES\nCHANGES ANY TIME CHARGE EUR ${r.int(50, 300)}. CANCELLATIONS BEFORE DEPARTURE NON-REFUNDABLE EXCEPT TAXES. TICKETS MUST BE ISSUED BY ${fmtDate(r, 'PNR', trip(r))}. VALID FOR TRAVEL ${fmtDate(r, 'PNR', trip(r))}-${fmtDate(r, 'PNR', trip(r))}. LIABILITY PER MONTREAL CONVENTION 1999 AND WARSAW CONVENTION. E-TICKET ${eticket(r, r.pick(AIRLINES)[2])} REISSUE ONLY VIA ORIGINAL AGENCY IATA ${r.digits(8)}.\n`);
};
const negPaymentNotice: Template = (r, d) => {
  d.t(`Payment notice — ${r.pick(['Sunvista Holidays', 'Atlas & Ivy Travel', 'Roamly'])}\nYour ${cardBrand(r)} ${maskedCard(r)} was charged ${money(r, 50, 900)}. The number ${badCard(r)} you entered first was rejected (invalid). Bank transfers: use reference ${r.digits(10)}; the IBAN ${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT']))} in our old brochure is wrong. US customers: routing ${routing(r)}, EIN ${ein(r)}. Phone on file ***-***-${r.digits(4)}; SSN on file ${maskedSsn(r)}.\n`);
};
const negAdvisory: Template = (r, d) => {
  d.t(`Travel advisory (${fmtDate(r, 'UK', trip(r))}): ${r.pick(['Hurricane Beryl', 'Storm Éowyn', 'Cyclone Alfred'])} may affect ${r.pick(['São Paulo', 'San José', 'Saint-Denis', 'Victoria', 'Washington'])} and ${r.pick(['Port Elizabeth', 'Alexandria', 'St. Petersburg', 'Lake Louise'])}. Travellers with ${r.pick(EPONYMS)} or ${r.pick(EPONYMS)} should carry a doctor's letter. Dengue and Lyme disease cases are rising; see Article 10 of the Kennedy–Harris Act summary. Embassy hotline hours: 08:00–16:00.\n`);
};
const negTerms: Template = (r, d) => {
  d.t(`${r.pick(RENTALS)} terms (rev. ${r.int(12, 31)}): Luxury group includes Mercedes-Benz, Porsche, Ferrari and Tesla. Young-driver fee for drivers under 25. Deposit held ${r.int(7, 30)} days. Tolls via ${r.pick(['Via Verde', 'E-ZPass', 'Bip&Go'])}. Cross-border to ${r.pick(['Andorra', 'Liechtenstein', 'Monaco'])} permitted. Fuel charge ${money(r, 2, 4)}/l. Customer ID format: ${letters(r, 3)}-${r.digits(8)}.\n`);
};
const negReceipt: Template = (r, d) => {
  d.t(`TICKET MACHINE RECEIPT\nTerminal ${r.digits(8)}  TID ${r.digits(6)}  AID A0000000${r.pick(['031010', '041010', '025010'])}\n${r.pick(['VISA CONTACTLESS', 'MASTERCARD', 'GIROCARD'])} ${maskedCard(r)}\nAUTH ${r.digits(6)}  STAN ${r.digits(6)}  ${fmtDate(r, 'DE', trip(r))} ${hhmm(r)}\n${r.pick(['Zone 1-3 day pass', 'Airport express', 'Vaporetto 48h'])} ${money(r, 3, 40)}\nReceipt ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n`);
};
const negStandup: Template = (r, d) => {
  d.t(`Ops stand-up ${fmtDate(r, 'ISO', trip(r))}: Team Columbus shipped seat-map v${r.int(2, 9)}.${r.int(0, 20)}; Team Vespucci blocked on Galileo GDS sandbox (ticket OPS-${r.int(100, 999)}). Project Magellan demo ${fmtDate(r, 'UK', trip(r))}. The Hilton and Marriott feeds are back; Hertz API still returns 503. Mascot poll: "Amelia" the paper plane wins.\n`);
};
const negBaggagePolicy: Template = (r, d) => {
  d.t(`Baggage policy: cabin bag ${r.int(7, 10)} kg, ${r.int(55, 56)} x 40 x 23 cm. Sports equipment code SPEQ. Pets in cabin (PETC) max 8 kg. Lost items are held ${r.int(30, 90)} days at ${r.pick(AIRPORTS)}. Claims under the Montreal Convention within 7 days (21 for delay). Reference format ${letters(r, 3)}${letters(r, 2)}${r.digits(5)}.\n`);
};
const negStats: Template = (r, d) => {
  d.t(`Q${r.int(1, 4)} hospitality KPIs: occupancy ${r.int(55, 93)}%, ADR €${money(r, 80, 320)}, RevPAR €${money(r, 60, 250)}. Top source markets: DE, US, UK. Best-rated property: ${r.pick(HOTEL_BRANDS)} near Casa Batlló. Next audit ${fmtDate(r, 'US', trip(r))}. Report id RPT/${r.digits(4)}/${r.digits(2)}.\n`);
};
const negSeatMap: Template = (r, d) => {
  d.t(`SEATMAP ${r.pick(AIRLINES)[1]}${r.int(10, 999)} ${r.pick(['A320neo', 'B787-9', 'A350-900', 'E195-E2'])} config ${r.pick(['J30W28Y234', 'C12Y162', 'J44Y255'])}\nRows 1-${r.int(5, 9)} business; exit rows ${r.int(10, 14)}, ${r.int(25, 30)}; blocked ${r.int(30, 40)}A-${r.int(30, 40)}F (crew rest). Tail ${letters(r, 1)}-${letters(r, 4)} named "${r.pick(['Spirit of Amelia Earhart', 'Charles Lindbergh', 'Santos-Dumont', 'Jorge Chávez'])}". Firmware IFE 4.${r.int(1, 30)}.${r.int(100, 900)}.\n`);
};
const NEGATIVES: readonly Template[] = [negFlightStatus, negNewsletter, negChangelog, negFareRules, negPaymentNotice, negAdvisory, negTerms, negReceipt, negStandup, negBaggagePolicy, negStats, negSeatMap];

// ---------------------------------------------------------------------------------------------- generation

/** Labelled templates with their relative weights. */
const POSITIVES: ReadonlyArray<readonly [Template, number]> = [
  [airConfirm, 1], [pnrDump, 0.8], [dbRail, 1], [sncf, 0.8], [hotelConfirm, 1.2], [folio, 1.2], [rentalThread, 1], [carHire, 2.0],
  [agentChat, 1.9], [concierge, 1], [passportForm, 1.9], [schengen, 1], [insuranceClaim, 1.5], [pir, 1], [loyalty, 0.8],
  [forwardedItin, 1], [esReserva, 0.8], [itAgriturismo, 1.3], [deFewo, 1.3], [jpRyokan, 0.7], [krAir, 0.7], [cnHotel, 0.6],
  [brPousada, 0.8], [nlBooking, 0.8], [plLot, 0.7], [seFerry, 0.7], [irctc, 0.7], [callTranscript, 1], [loginAlert, 1.6],
  [auditLog, 1.0], [wifiTicket, 1.0], [cruise, 0.8], [roomingList, 0.6], [expenseReport, 1.5], [travelProfile, 1.7], [w9, 1.6],
  [eu261, 1.5], [chargeback, 1.6], [ccAuth, 1.7], [fraudReview, 1.0], [tsaPrecheck, 1.4], [timeshare, 1.0], [damageReport, 0.8],
  [transferSms, 0.8], [meldeschein, 0.8], [parteViajeros, 0.7], [insuranceCert, 0.8], [lostFound, 0.8], [assistance, 0.8],
  [umForm, 0.7], [petTravel, 0.7], [groupCsv, 0.6], [reviewReply, 0.7], [invitationLetter, 0.8], [medevac, 0.7],
  [agentInvoice, 1.4], [interrail, 0.8], [hostPayout, 1.5], [statusMatch, 0.8], [voicemail, 0.8], [forumPost, 0.6],
  [studyAbroad, 0.8], [bookingEmailUser, 0.9], [leaseApp, 1.2],
];
const POSITIVE_WEIGHT = POSITIVES.reduce((s, [, w]) => s + w, 0);
/** Share of documents that are pure hard negatives. */
const NEGATIVE_SHARE = 0.1;

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT38_TEMPLATE_COUNT = POSITIVES.length + NEGATIVES.length;

function pickTemplate(r: Rng): Template {
  if (r.chance(NEGATIVE_SHARE)) return r.pick(NEGATIVES);
  let x = r.next() * POSITIVE_WEIGHT;
  for (const [t, w] of POSITIVES) {
    x -= w;
    if (x < 0) return t;
  }
  return airConfirm;
}

/** Generates corpus #38 for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent38Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent38Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT38_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT38_MIN_INSTANCES;
  const out: Independent38Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    pickTemplate(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
