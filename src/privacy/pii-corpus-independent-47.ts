/**
 * @module privacy/pii-corpus-independent-47 — a seeded, labelled blind PII corpus about connected devices
 * and their support, in many countries.
 *
 * WRITTEN BLIND. To write it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its other corpora, templates or value pools, its tests, docs, benchmarks or
 * the git history, and did not run the detector on this text. Every name, address, template and value
 * below was invented for this split.
 *
 * Seeds: {@link INDEPENDENT47_SEEDS} (470001, 470002, 470003). Each seed yields whole documents until at
 * least `minInstances` labels (default 2,400) exist, and stops right after the document that reaches it.
 *
 * Contents: smart-home and IoT device logs (routers, cameras, doorbells, thermostats, EV chargers), car
 * telematics and fleet exports, device-registration and warranty forms, app crash reports with user
 * context, chats between owners and an LLM device-support assistant, installer job sheets, subscription
 * and billing e-mails, syslog / JSON / MQTT / CSV event dumps, in about twenty countries' formats and
 * several languages. About one document in ten is a pure hard negative (no PII, but people-named brands,
 * places, diseases and laws, storms, pets, order / tracking / case numbers, IMEIs, ICCIDs, hashes,
 * versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, masked
 * values and non-birth dates); such distractors are sprinkled through the labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and a possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   ships, storms, streets/buildings named after people, eponymous diseases/laws/awards, bots and
 *   @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses are labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked unlabelled.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; a multi-line address runs from its first street /
 *   building / PO-box line to its last postcode / city / country line; the recipient is a separate
 *   PERSON; company lines, city-only mentions, directions, rooms and landmarks are unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiLabel, PiiCorpusEntry } from './pii-corpus.js';
import { ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT47_SEEDS = [470001, 470002, 470003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT47_MIN_INSTANCES = 2400;

/** A label that also carries its exact text. */
export type Independent47Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent47Entry = PiiCorpusEntry & { readonly labels: readonly Independent47Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are recorded while text is appended.

class Doc {
  text = '';
  readonly labels: Independent47Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad ${type} value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** Labels a person's name in the given form. */
  n(p: Person, form: NameForm = 'full'): this {
    return this.l('PERSON', nameText(p, form));
  }
  /** Labels the user's own full name and records it as a known name. */
  self(p: Person): this {
    const v = nameText(p, 'full');
    if (!this.known.includes(v)) this.known.push(v);
    return this.l('PERSON', v);
  }
}

type Tpl = (d: Doc, r: Rng) => void;

// ---------------------------------------------------------------------------------------------------
// Names (invented pools, grouped by culture: m = male given, f = female given, s = surnames).

interface Culture {
  readonly m: readonly string[];
  readonly f: readonly string[];
  readonly s: readonly string[];
  readonly eastern?: boolean;
}
const sp = (s: string): string[] => s.split('|');
const CULTURES: Readonly<Record<string, Culture>> = {
  enUS: {
    m: sp('James|Ethan|Tyler|Will|Bill|Grant|Chase|Hunter|Mark|Drew|Rich|Frank|Jack|Dwayne'),
    f: sp('Olivia|Madison|Brianna|Hope|Faith|Dawn|Destiny|Summer|Amber|Crystal|Joy|Kayla|Ivy'),
    s: sp('Johnson|Miller|Baker|Young|Brown|Price|Rice|Ward|Hill|Stone|Long|Carter|Whitfield|Mason|Fox|Bell|King|Little|Bishop|Grant'),
  },
  enUK: {
    m: sp('Oliver|Harry|George|Alfie|Guy|Rupert|Callum|Reggie|Nigel|Toby'),
    f: sp('Amelia|Poppy|Imogen|Rose|May|Hattie|Pippa|Gemma|Iris|Florence'),
    s: sp('Thornton|Pemberton|Ashworth|Cook|Lane|Marsh|Holloway|Fairbairn|Wood|Hughes|Sharpe|Cartwright'),
  },
  ie: {
    m: sp('Ciarán|Oisín|Pádraig|Darragh|Cathal|Eoin|Rónán'),
    f: sp('Siobhán|Aoife|Niamh|Róisín|Saoirse|Clodagh'),
    s: sp("O'Sullivan|MacCarthy|Byrne|Ó Riordáin|Kavanagh|Fitzgerald|Doyle|Ní Bhriain|McGrath"),
  },
  de: {
    m: sp('Lukas|Jonas|Felix|Jürgen|Till|Moritz|Uwe|Henrik|Klaus'),
    f: sp('Lena|Hannah|Marlene|Ute|Frieda|Anke|Birgit|Wiebke|Greta'),
    s: sp('Müller|Schäfer|Weiß|Hoffmann|Becker|Zimmermann|Krüger|Vogel|Wolf|Schmitz|Neumann|Fuchs|Brandt'),
  },
  fr: {
    m: sp('Théo|Hugo|Baptiste|Rémi|Benoît|Guillaume|Loïc|Yannick'),
    f: sp('Camille|Manon|Léa|Chloé|Gaëlle|Océane|Margaux|Solène|Aurélie'),
    s: sp('Dubois|Lefèvre|Moreau|Girard|Fontaine|Rousseau|Mercier|Chevalier|Lambert|Faure|Leclerc|Marchand'),
  },
  es: {
    m: sp('Javier|Álvaro|Iñigo|Sergio|Jorge|Rubén|Ignacio'),
    f: sp('Lucía|Carmen|Nuria|Pilar|Rocío|Marta|Consuelo|Amparo'),
    s: sp('García|Fernández|Rodríguez|López|Martín|Iglesias|Castillo|Navarro|Ortega|Vázquez|Herrero|Sanz'),
  },
  mx: {
    m: sp('Alejandro|Rodrigo|Jesús|Ángel|Emiliano|Joaquín'),
    f: sp('Guadalupe|Xóchitl|Ximena|Itzel|Paloma|Maricela|Citlali'),
    s: sp('Hernández|Ramírez|Cruz|Morales|Flores|Reyes|Gutiérrez|Mendoza|Vargas|Aguilar'),
  },
  br: {
    m: sp('João|Thiago|Rafael|Caio|Gonçalo|Raimundo|Wesley'),
    f: sp('Beatriz|Gabriela|Luana|Larissa|Vitória|Inês|Jussara'),
    s: sp('Silva|Santos|Oliveira|Souza|Pereira|Carvalho|Almeida|Ferreira|Costa|Ribeiro|Nascimento|Gonçalves'),
  },
  it: {
    m: sp('Lorenzo|Matteo|Alessandro|Davide|Salvatore|Rocco|Gianluca'),
    f: sp('Giulia|Chiara|Francesca|Serena|Beatrice|Ilaria|Raffaella'),
    s: sp('Rossi|Bianchi|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca'),
  },
  nl: {
    m: sp('Daan|Bram|Joost|Thijs|Ruud|Sjoerd|Wouter'),
    f: sp('Sanne|Femke|Lotte|Maartje|Anouk|Fenna|Ilse'),
    s: sp('de Vries|van Dijk|Jansen|Bakker|Visser|Smit|Meijer|van den Berg|Mulder|de Boer'),
  },
  se: {
    m: sp('Björn|Nils|Oskar|Viggo|Anders|Gustaf'),
    f: sp('Astrid|Elsa|Linnea|Ingrid|Sigrid|Maja'),
    s: sp('Lindqvist|Andersson|Johansson|Nyström|Bergström|Holm|Sjöberg|Ekdahl'),
  },
  nord: {
    m: sp('Sindre|Kjetil|Mads|Rasmus|Torbjørn|Eero|Juhani|Onni|Lauri'),
    f: sp('Ingeborg|Solveig|Freja|Signe|Aino|Veera|Kaisa|Tuulikki'),
    s: sp('Haugen|Nørgaard|Kristiansen|Dahl|Bakke|Mikkelsen|Sørensen|Virtanen|Korhonen|Mäkinen|Nieminen'),
  },
  pl: {
    m: sp('Krzysztof|Wojciech|Bartosz|Szymon|Jędrzej|Paweł|Jiří|Ondřej|Vojtěch'),
    f: sp('Zofia|Agnieszka|Małgorzata|Grażyna|Kinga|Tereza|Kateřina|Radka'),
    s: sp('Kowalski|Nowak|Zieliński|Wójcik|Lewandowski|Dąbrowski|Kaczmarek|Novák|Svoboda|Černý|Procházka'),
  },
  ua: {
    m: sp('Dmitri|Yaroslav|Bohdan|Mykola|Taras|Andriy'),
    f: sp('Olena|Anastasia|Oksana|Svetlana|Irina|Halyna'),
    s: sp('Ivanov|Petrenko|Kovalenko|Shevchenko|Bondarenko|Volkov|Melnyk|Tkachenko'),
  },
  gr: {
    m: sp('Giorgos|Nikos|Stavros|Yannis|Zsolt|Bence|Levente|Gergő'),
    f: sp('Eleni|Dimitra|Vasiliki|Konstantina|Zsófia|Réka|Ildikó'),
    s: sp('Papadopoulos|Georgiou|Konstantinou|Vlachos|Karagiannis|Nagy|Kovács|Tóth|Szabó|Farkas'),
  },
  tr: {
    m: sp('Mehmet|Emre|Burak|Mustafa|Gökhan|Deniz|Serkan'),
    f: sp('Elif|Zeynep|Ayşe|Selin|Büşra|Gülay'),
    s: sp('Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan'),
  },
  ar: {
    m: sp('Said|Omar|Youssef|Khalid|Tariq|Hamza|Faisal|Karim'),
    f: sp('Fatima|Layla|Noura|Amal|Huda|Mariam|Salma'),
    s: sp('Haddad|Al-Mansouri|Khalil|Nasser|El-Amin|Saleh|Farouk|Aziz|Hamdan|Bakr'),
  },
  fa: {
    m: sp('Arash|Dariush|Kaveh|Babak|Yosef|Eitan|Avi|Ariel'),
    f: sp('Shirin|Parisa|Nasrin|Roya|Noa|Tamar|Shira|Yael'),
    s: sp('Tehrani|Karimi|Rahimi|Hosseini|Moradi|Cohen|Levi|Mizrahi|Friedman|Ben-David|Katz'),
  },
  in: {
    m: sp('Arjun|Rohan|Vikram|Aditya|Rahul|Sanjay|Karthik|Senthil|Murugan|Arun|Sourav|Anirban'),
    f: sp('Priya|Ananya|Kavya|Sunita|Pooja|Meera|Lakshmi|Kavitha|Deepa|Ishita|Moumita'),
    s: sp('Sharma|Patel|Gupta|Iyer|Reddy|Nair|Mehta|Banerjee|Joshi|Kapoor|Subramanian|Krishnan|Pillai|Chowdhury|Mukherjee'),
  },
  zh: {
    m: sp('Wei|Jun|Hao|Zhiwei|Bo|Jian|Minh|Quang|Tuan'),
    f: sp('Xiaoling|Mei|Yan|Lihua|Jing|Linh|Thao|Huong|Ngoc'),
    s: sp('Wang|Li|Zhang|Liu|Chen|Huang|Zhao|Zhou|Xu|Lin|Nguyen|Tran|Pham|Hoang'),
    eastern: true,
  },
  ja: {
    m: sp('Haruto|Ren|Takeshi|Kenji|Sora|Daisuke'),
    f: sp('Yuki|Sakura|Aoi|Emi|Hinata|Misaki'),
    s: sp('Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Yoshida'),
    eastern: true,
  },
  ko: {
    m: sp('Minjun|Hyunwoo|Dohyun|Jaehyun|Seojun'),
    f: sp('Jiwoo|Seoyeon|Eunji|Soyeon|Hayoon'),
    s: sp('Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim'),
    eastern: true,
  },
  sea: {
    m: sp('Jericho|Jomar|Arnel|Budi|Agus|Wahyu|Eko|Somchai|Kittisak|Anan'),
    f: sp('Maricel|Rowena|Liezl|Divina|Sri|Dewi|Putri|Ratna|Nattaya|Siriporn'),
    s: sp('Dela Cruz|Bautista|Villanueva|Manalo|Soriano|Santoso|Wijaya|Hidayat|Setiawan|Wongsawat|Srisuk'),
  },
  ng: {
    m: sp('Chinedu|Adebayo|Emeka|Oluwaseun|Tunde|Kwame|Kofi|Yaw'),
    f: sp('Ngozi|Folake|Yetunde|Chiamaka|Ifeoma|Ama|Akosua|Efua'),
    s: sp('Okafor|Adeyemi|Nwosu|Balogun|Eze|Olawale|Okonkwo|Mensah|Owusu|Boateng|Asante'),
  },
  ea: {
    m: sp('Otieno|Kamau|Baraka|Mwangi|Abebe|Dawit|Yonas'),
    f: sp('Wanjiru|Akinyi|Njeri|Zawadi|Tigist|Meron|Selamawit'),
    s: sp('Ochieng|Wambui|Kiprono|Mutua|Njoroge|Tesfaye|Bekele|Haile|Alemu'),
  },
};
const CULTURE_KEYS = Object.keys(CULTURES);

/** Japanese and Korean names written in their own scripts: [family, given]. */
const KANJI_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', '美咲'], ['鈴木', '健太'], ['高橋', '陽菜'], ['田中', '翔'], ['伊藤', 'さくら'], ['渡辺', '大輔'],
  ['山本', '由美'], ['中村', '蓮'], ['小林', '直樹'], ['加藤', '真央'],
];
const HANGUL_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['김', '민준'], ['이', '서연'], ['박', '지호'], ['최', '유진'], ['정', '하늘'], ['강', '도윤'], ['윤', '지아'],
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly female: boolean;
  /** Family name first in the full form. */
  readonly eastern: boolean;
  /** Written in CJK script (no space between family and given for Korean). */
  readonly script?: 'ja' | 'ko';
}
type NameForm = 'full' | 'rev' | 'init' | 'family' | 'given' | 'caps' | 'upper' | 'lower';

function nameText(p: Person, form: NameForm): string {
  if (p.script === 'ko') return form === 'family' ? p.family : form === 'given' ? p.given : p.family + p.given;
  if (p.script === 'ja') return form === 'family' ? p.family : form === 'given' ? p.given : `${p.family} ${p.given}`;
  const full = p.eastern ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
  switch (form) {
    case 'full':
      return full;
    case 'rev':
      return `${p.family}, ${p.given}`;
    case 'init':
      return `${p.given.charAt(0)}. ${p.family}`;
    case 'family':
      return p.family;
    case 'given':
      return p.given;
    case 'caps':
      return `${p.family.toUpperCase()} ${p.given}`;
    case 'upper':
      return full.toUpperCase();
    case 'lower':
      return full.toLowerCase();
  }
}

function personOf(r: Rng, cultureKey: string): Person {
  const c = CULTURES[cultureKey] ?? CULTURES.enUS!;
  const female = r.chance(0.5);
  const given = r.pick(female ? c.f : c.m);
  const family = r.pick(c.s);
  return { given, family, female, eastern: c.eastern === true && r.chance(0.35) };
}
function personIn(r: Rng, c: Country): Person {
  if (c.code === 'JP' && r.chance(0.25)) {
    const [f, g] = r.pick(KANJI_NAMES);
    return { family: f, given: g, female: r.chance(0.5), eastern: true, script: 'ja' };
  }
  if (c.code === 'KR' && r.chance(0.25)) {
    const [f, g] = r.pick(HANGUL_NAMES);
    return { family: f, given: g, female: r.chance(0.5), eastern: true, script: 'ko' };
  }
  return personOf(r, r.chance(0.75) ? r.pick(c.cultures) : r.pick(CULTURE_KEYS));
}
const randForm = (r: Rng): NameForm =>
  r.pick<NameForm>(['full', 'full', 'full', 'rev', 'init', 'family', 'given', 'caps', 'upper', 'lower']);

/** Strips diacritics and everything but [a-z0-9] for e-mail local parts. */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------------
// Small value helpers.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letter = (r: Rng, set = UPPER): string => set.charAt(r.int(0, set.length - 1));
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
/** Fills a pattern: # any digit, N 2-9, X 1-9, L upper-case letter. */
function fill(r: Rng, pattern: string): string {
  let s = '';
  for (const ch of pattern) {
    if (ch === '#') s += String(r.int(0, 9));
    else if (ch === 'N') s += String(r.int(2, 9));
    else if (ch === 'X') s += String(r.int(1, 9));
    else if (ch === 'L') s += letter(r);
    else s += ch;
  }
  return s;
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: sp('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: sp('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: sp('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: sp('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  it: sp('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  nl: sp('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  pt: sp('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  sv: sp('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
  pl: sp('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
};
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS.en!)[m - 1] ?? 'May';
const ord = (d: number): string =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const birth = (r: Rng): Ymd => ({ y: r.int(1938, 2006), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: Rng): Ymd => ({ y: r.int(2021, 2025), m: r.int(1, 12), d: r.int(1, 28) });
const iso = (x: Ymd): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
/** Per-document clock, so the timestamps inside one document move forward. */
const CLOCK = { t: 0, fmt: 0, ms: false };
function resetClock(r: Rng): void {
  CLOCK.t = Date.UTC(r.int(2021, 2025), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)) + r.int(0, 999);
  CLOCK.fmt = r.int(0, 2);
  CLOCK.ms = r.chance(0.5);
}
function tick(r: Rng, maxSec = 900): Date {
  CLOCK.t += r.int(1, maxSec) * 1000 + r.int(0, 999);
  return new Date(CLOCK.t);
}
const stamp = (r: Rng): string => {
  const s = tick(r).toISOString();
  return CLOCK.ms ? s : s.replace(/\.\d{3}Z$/, 'Z');
};
const hhmm = (r: Rng): string => tick(r, 3000).toISOString().slice(11, 16);
/** A visit window such as "09:00–12:00". */
const slot = (r: Rng): string => {
  const h = r.int(7, 16);
  return `${pad(h)}:${r.pick(['00', '30'])}–${pad(h + r.int(2, 4))}:${r.pick(['00', '30'])}`;
};
const adult = (r: Rng): Ymd => ({ y: r.int(1958, 2003), m: r.int(1, 12), d: r.int(1, 28) });

// ---------------------------------------------------------------------------------------------------
// Countries: phone formats, postal addresses and date styles, the way each country writes them.

interface Addr {
  /** One-line form. */
  readonly one: string;
  /** Lines for a multi-line block. */
  readonly lines: readonly string[];
}
interface Country {
  readonly code: string;
  readonly name: string;
  readonly cultures: readonly string[];
  readonly phones: readonly string[];
  readonly addr: (r: Rng) => Addr;
  readonly date: (r: Rng, x: Ymd) => string;
  readonly domains: readonly string[];
  /** IBAN country used for payments here (SEPA or local). */
  readonly iban: string;
  readonly lang: string;
}

const dmy = (x: Ymd, sep: string): string => `${pad(x.d)}${sep}${pad(x.m)}${sep}${x.y}`;
const enDate = (r: Rng, x: Ymd): string =>
  r.pick([dmy(x, '/'), `${x.d} ${mon('en', x.m)} ${x.y}`, `${x.d}${ord(x.d)} ${mon('en', x.m)} ${x.y}`, `${x.d} ${mon('en', x.m).slice(0, 3)} ${x.y}`]);
const usDate = (r: Rng, x: Ymd): string =>
  r.pick([`${pad(x.m)}/${pad(x.d)}/${x.y}`, `${mon('en', x.m)} ${x.d}, ${x.y}`, `${x.m}/${x.d}/${x.y}`, `${mon('en', x.m).slice(0, 3)} ${x.d}, ${x.y}`]);
const deDate = (r: Rng, x: Ymd): string => r.pick([dmy(x, '.'), dmy(x, '.'), `${x.d}. ${mon('de', x.m)} ${x.y}`]);

function usAddr(r: Rng, canada: boolean): Addr {
  const streets = sp('Maple Ridge|Willow Creek|Oak Hollow|Cedar|Lakeview|Pine Bluff|Sycamore|Harvest Moon|Briarwood|Juniper|Magnolia|Cottonwood|Fox Run|Prairie Wind|Aspen Glen|Lincoln|Jefferson|Martin Luther King Jr');
  const suf = sp('St|Street|Ave|Avenue|Dr|Drive|Ln|Lane|Ct|Blvd|Rd|Way|Pl|Terrace|Circle');
  const unit = r.chance(0.35) ? r.pick(['Apt 4B', 'Apt. 12', 'Unit 305', '#7', 'Suite 210', 'Apt 2F', 'Unit 1204']) : '';
  let street = `${r.int(12, 9890)} ${r.chance(0.2) ? r.pick(['N ', 'S ', 'E ', 'W ']) : ''}${r.pick(streets)} ${r.pick(suf)}`;
  let last: string;
  if (canada) {
    const [city, prov, l] = r.pick([['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Ottawa', 'ON', 'K'], ['Halifax', 'NS', 'B'], ['Winnipeg', 'MB', 'R']] as const);
    last = `${city}, ${prov} ${l}${r.int(1, 9)}${letter(r, 'ABCEGHJKLMNPRSTVWXYZ')} ${r.int(0, 9)}${letter(r, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`;
  } else {
    const [city, st, z] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Boise', 'ID', '837'], ['Richmond', 'VA', '232'], ['Albany', 'NY', '122'], ['Ann Arbor', 'MI', '481'], ['Sacramento', 'CA', '958'], ['Savannah', 'GA', '314'], ['Des Moines', 'IA', '503'], ['Burlington', 'VT', '054']] as const);
    last = `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`;
    if (r.chance(0.08)) street = `${r.pick(['PO Box', 'P.O. Box'])} ${r.int(10, 9999)}`;
  }
  const lines = unit && r.chance(0.5) ? [street, unit, last] : [unit ? `${street}, ${unit}` : street, last];
  if (r.chance(0.2)) lines.push(canada ? 'Canada' : r.pick(['USA', 'United States']));
  return { one: (unit ? [street, unit, last] : [street, last]).join(', '), lines };
}
function gbAddr(r: Rng): Addr {
  const [city, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['York', 'YO'], ['Brighton', 'BN'], ['Sheffield', 'S'], ['Nottingham', 'NG'], ['Exeter', 'EX'], ['Edinburgh', 'EH']] as const);
  const street = `${r.int(1, 240)} ${r.pick(sp("Ashdown Road|Kingsley Road|Mill Lane|Victoria Street|Church Walk|Beech Grove|Hawthorn Close|Station Approach|The Crescent|Orchard Way|Elmfield Avenue|Queen's Drive|Nelson Street"))}`;
  const pc = `${area}${r.int(1, 20)} ${r.int(1, 9)}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}`;
  const flat = r.chance(0.25) ? `Flat ${r.int(1, 24)}` : r.chance(0.1) ? r.pick(['Rose Cottage', 'The Old Forge', 'Ivy House']) : '';
  const lines = [...(flat ? [flat] : []), street, r.chance(0.4) ? city.toUpperCase() : city, pc];
  if (r.chance(0.15)) lines.push('United Kingdom');
  return { one: `${flat ? flat + ', ' : ''}${street}, ${city} ${pc}`, lines };
}
function ieAddr(r: Rng): Addr {
  const [area, town, key] = r.pick([['Clontarf', 'Dublin 3', 'D03'], ['Rathmines', 'Dublin 6', 'D06'], ['Douglas', 'Cork', 'T12'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94'], ['Blackrock', 'Co. Dublin', 'A94']] as const);
  const street = `${r.int(1, 88)} ${r.pick(sp('Seaview Terrace|Church Road|Main Street|Oakpark Avenue|Castle Lawns|Ard na Gréine'))}`;
  const code = `${key} ${fill(r, 'L##L').replace(/[BGIJLMOQSUZ]/g, 'K')}`;
  return { one: `${street}, ${area}, ${town}, ${code}`, lines: [street, area, town, code] };
}
function deAddr(r: Rng, cc: 'DE' | 'AT' | 'CH'): Addr {
  let city: string;
  let plz: string;
  let street: string;
  if (cc === 'DE') {
    const [c, p] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '22'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48'], ['Stuttgart', '70'], ['Nürnberg', '90']] as const);
    city = c;
    plz = p + r.digits(3);
    street = `${r.pick(sp('Lindenstraße|Bahnhofstraße|Am Mühlbach|Kastanienweg|Goethestraße|Schillerplatz|Hauptstraße|Birkenallee|Sonnenstraße|Gartenweg|Friedrich-Ebert-Straße|Auf der Heide'))} ${r.int(1, 140)}${r.chance(0.15) ? 'a' : ''}`;
  } else if (cc === 'AT') {
    const [c, p] = r.pick([['Wien', `1${pad(r.int(1, 23))}0`], ['Graz', '8010'], ['Linz', '4020'], ['Salzburg', '5020'], ['Innsbruck', '6020']] as const);
    city = c;
    plz = p;
    street = `${r.pick(sp('Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Annenstraße|Linzer Gasse'))} ${r.int(1, 120)}${r.chance(0.5) ? `/${r.int(1, 9)}/${r.int(1, 30)}` : ''}`;
  } else {
    const [c, p, s] = r.pick([['Zürich', '8001', 'Bahnhofstrasse'], ['Bern', '3011', 'Kramgasse'], ['Basel', '4051', 'Steinenvorstadt'], ['Genève', '1204', 'Rue du Rhône'], ['Lausanne', '1003', 'Avenue de la Gare'], ['Luzern', '6003', 'Pilatusstrasse']] as const);
    city = c;
    plz = p;
    street = s.startsWith('R') || s.startsWith('A') ? `${s} ${r.int(1, 80)}` : `${s} ${r.int(1, 80)}`;
  }
  const pre = cc === 'DE' && r.chance(0.1) ? 'D-' : '';
  const lines = [street, `${pre}${plz} ${city}`];
  if (r.chance(0.2)) lines.push(cc === 'DE' ? 'Deutschland' : cc === 'AT' ? 'Österreich' : 'Schweiz');
  return { one: `${street}, ${pre}${plz} ${city}`, lines };
}
function frAddr(r: Rng): Addr {
  const [city, cp] = r.pick([['Lyon', `6900${r.int(1, 9)}`], ['Paris', `750${pad(r.int(1, 20))}`], ['Toulouse', '31000'], ['Nantes', '44000'], ['Lille', '59000'], ['Bordeaux', '33000'], ['Rennes', '35000'], ['Montpellier', '34000'], ['Strasbourg', '67000']] as const);
  const street = `${r.int(1, 150)}${r.chance(0.1) ? ' bis' : ''} ${r.pick(sp('rue|avenue|boulevard|impasse|chemin|allée|place'))} ${r.pick(sp('des Lilas|Victor Hugo|de la République|du Moulin|des Vignes|Jean Jaurès|Pasteur|de la Gare|des Acacias|Émile Zola'))}`;
  const apt = r.chance(0.3) ? `Bâtiment ${letter(r, 'ABCD')}, appt ${r.int(1, 60)}` : '';
  const last = `${cp} ${r.chance(0.5) ? city.toUpperCase() : city}`;
  const lines = [...(apt ? [apt] : []), street, last];
  if (r.chance(0.15)) lines.push('France');
  return { one: `${apt ? apt + ', ' : ''}${street}, ${last}`, lines };
}
function esAddr(r: Rng): Addr {
  const [city, p] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Málaga', '290'], ['Zaragoza', '500']] as const);
  const st = city === 'Barcelona' ? `Carrer de ${r.pick(sp('Mallorca|Provença|Sants|la Marina'))}` : `${r.pick(['Calle', 'C/', 'Avenida de', 'Paseo de'])} ${r.pick(sp('Mayor|Alcalá|la Constitución|Santa Clara|los Olivos|Gran Vía|Goya'))}`;
  const street = `${st}, ${r.int(1, 220)}`;
  const floor = r.pick([`${r.int(1, 9)}º ${letter(r, 'ABCD')}`, `${r.int(1, 6)}º izda.`, `${r.int(1, 6)}º dcha.`, 'bajo']);
  const last = `${p}${pad(r.int(1, 50))} ${city}`;
  return { one: `${street}, ${floor}, ${last}`, lines: [`${street}, ${floor}`, last, ...(r.chance(0.15) ? ['España'] : [])] };
}
function itAddr(r: Rng): Addr {
  const [city, prov, p] = r.pick([['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Napoli', 'NA', '801'], ['Firenze', 'FI', '501'], ['Bari', 'BA', '701']] as const);
  const st = `${r.pick(['Via', 'Viale', 'Corso', 'Piazza'])} ${r.pick(sp('Garibaldi|Roma|dei Mille|Mazzini|delle Rose|Cavour|XX Settembre|San Francesco|Vittorio Emanuele II'))}`;
  const n = r.int(1, 160);
  const cap = `${p}${pad(r.int(0, 99))}`;
  const one = r.chance(0.5) ? `${st} ${n}, ${cap} ${city} (${prov})` : `${st}, ${n} - ${cap} ${city} ${prov}`;
  return { one, lines: [`${st}, ${n}`, `${cap} ${city} (${prov})`] };
}
function nlAddr(r: Rng): Addr {
  const [city, p] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Eindhoven', '56'], ['Groningen', '97'], ['Haarlem', '20']] as const);
  const street = `${r.pick(sp('Keizersgracht|Dorpsstraat|Kerkstraat|Molenweg|Prinsengracht|Zonnebloemstraat|Van Goghlaan|Lange Nieuwstraat'))} ${r.int(1, 400)}${r.pick(['', '', '-2', 'A', ' hs', '-III'])}`;
  const pc = `${p}${r.int(10, 99)} ${letter(r, 'ABCDEGHJKLMNPRSTVWXZ')}${letter(r, 'ABCDEGHJKLMNPRSTVWXZ')}`;
  return { one: `${street}, ${pc} ${city}`, lines: [street, `${pc}${r.chance(0.3) ? '  ' : ' '}${city.toUpperCase()}`] };
}
function seAddr(r: Rng): Addr {
  const [city, p] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75'], ['Umeå', '90'], ['Lund', '22']] as const);
  const street = `${r.pick(sp('Storgatan|Drottninggatan|Björkvägen|Kungsgatan|Skolgatan|Ängsvägen|Sveavägen'))} ${r.int(1, 90)}${r.chance(0.2) ? letter(r, 'ABC') : ''}`;
  const pc = `${p}${r.int(1, 9)} ${r.digits(2)}`;
  const lgh = r.chance(0.3) ? `, lgh ${r.int(1001, 1604)}` : '';
  return { one: `${street}${lgh}, ${pc} ${city}`, lines: [`${street}${lgh}`, `${pc} ${city.toUpperCase()}`] };
}
function plAddr(r: Rng): Addr {
  const [city, ps] = r.pick([['Warszawa', ['00', '01', '02', '03']], ['Kraków', ['30', '31']], ['Wrocław', ['50', '53']], ['Gdańsk', ['80']], ['Poznań', ['60', '61']], ['Łódź', ['90', '93']]] as const);
  const street = r.pick([`ul. ${r.pick(sp('Kwiatowa|Słoneczna|Lipowa|Mickiewicza|Ogrodowa|Polna'))} ${r.int(1, 90)}${r.chance(0.6) ? '/' + r.int(1, 60) : ''}`, `al. ${r.pick(sp('Jerozolimskie|Niepodległości|Grunwaldzka'))} ${r.int(1, 200)} m. ${r.int(1, 80)}`]);
  const pc = `${r.pick(ps)}-${r.digits(3)}`;
  return { one: `${street}, ${pc} ${city}`, lines: [street, `${pc} ${city}`] };
}
function jpAddr(r: Rng): Addr {
  const [pref, ward, area, p, wardR, areaR, cityR] = r.pick([
    ['東京都', '渋谷区', '神南', '150', 'Shibuya-ku', 'Jinnan', 'Tokyo'],
    ['東京都', '世田谷区', '三軒茶屋', '154', 'Setagaya-ku', 'Sangenjaya', 'Tokyo'],
    ['大阪府', '大阪市北区', '梅田', '530', 'Kita-ku', 'Umeda', 'Osaka'],
    ['神奈川県', '横浜市中区', '山下町', '231', 'Naka-ku', 'Yamashitacho', 'Yokohama'],
    ['愛知県', '名古屋市中区', '栄', '460', 'Naka-ku', 'Sakae', 'Nagoya'],
    ['福岡県', '福岡市中央区', '天神', '810', 'Chuo-ku', 'Tenjin', 'Fukuoka'],
  ] as const);
  const pc = `${p}-${r.digits(4)}`;
  const c = r.int(1, 5);
  const b = r.int(1, 30);
  const g = r.int(1, 20);
  if (r.chance(0.5)) {
    const bldg = r.chance(0.5) ? `${r.pick(['グランハイツ', 'メゾン桜', 'パークコート'])}${r.int(1, 9)}0${r.int(1, 9)}号室` : '';
    const main = `${pref}${ward}${area}${c}-${b}-${g}`;
    return { one: `〒${pc} ${main}${bldg ? ' ' + bldg : ''}`, lines: [`〒${pc}`, main + (bldg ? ' ' + bldg : '')] };
  }
  const room = r.chance(0.4) ? ` #${r.int(1, 9)}0${r.int(1, 9)}` : '';
  const line1 = `${c}-${b}-${g} ${areaR}${room}`;
  return { one: `${line1}, ${wardR}, ${cityR} ${pc}`, lines: [line1, `${wardR}, ${cityR} ${pc}`, ...(r.chance(0.3) ? ['Japan'] : [])] };
}
function krAddr(r: Rng): Addr {
  const [ko, road, guR, roadR, cityR, p] = r.pick([
    ['서울특별시 강남구', '테헤란로', 'Gangnam-gu', 'Teheran-ro', 'Seoul', '06'],
    ['서울특별시 마포구', '월드컵북로', 'Mapo-gu', 'World Cup buk-ro', 'Seoul', '03'],
    ['부산광역시 해운대구', '해운대로', 'Haeundae-gu', 'Haeundae-ro', 'Busan', '48'],
    ['경기도 성남시 분당구', '판교역로', 'Bundang-gu, Seongnam-si', 'Pangyoyeok-ro', 'Gyeonggi-do', '13'],
  ] as const);
  const n = r.int(1, 320);
  const pc = `${p}${r.digits(3)}`;
  if (r.chance(0.5)) {
    const unit = `${r.int(1, 25)}${pad(r.int(1, 12))}호`;
    return { one: `(${pc}) ${ko} ${road} ${n}, ${unit}`, lines: [`${ko} ${road} ${n}, ${unit}`, `(${pc})`] };
  }
  return { one: `${n} ${roadR}, ${guR}, ${cityR} ${pc}`, lines: [`${n} ${roadR}`, `${guR}, ${cityR} ${pc}`] };
}
function inAddr(r: Rng): Addr {
  const [city, state, pin, locs] = r.pick([
    ['Bengaluru', 'Karnataka', '560', ['Indiranagar', 'Koramangala 5th Block', 'HSR Layout']],
    ['Pune', 'Maharashtra', '411', ['Koregaon Park', 'Baner', 'Kothrud']],
    ['Chennai', 'Tamil Nadu', '600', ['Adyar', 'Anna Nagar', 'Velachery']],
    ['Hyderabad', 'Telangana', '500', ['Gachibowli', 'Banjara Hills']],
    ['Kolkata', 'West Bengal', '700', ['Salt Lake Sector V', 'Ballygunge']],
    ['New Delhi', 'Delhi', '110', ['Lajpat Nagar', 'Dwarka Sector 12']],
  ] as const);
  const flat = `${r.pick(['Flat', 'Flat No.', 'House No.'])} ${r.int(1, 12)}0${r.int(1, 9)}${r.chance(0.4) ? letter(r, 'ABCD') : ''}`;
  const bldg = r.pick(sp('Shanti Apartments|Prestige Lakeside Habitat|Green Acres Society|Sai Krupa Residency|Lotus Towers|Brigade Meadows'));
  const street = r.pick(sp('12th Main Road|MG Road|Link Road|2nd Cross|Nehru Street|100 Feet Road|Ring Road'));
  const loc = r.pick(locs);
  const last = `${city}, ${state} ${r.chance(0.5) ? '- ' : ''}${pin}${r.digits(3)}`;
  return { one: `${flat}, ${bldg}, ${street}, ${loc}, ${last}`, lines: [`${flat}, ${bldg}`, `${street}, ${loc}`, last] };
}
function brAddr(r: Rng): Addr {
  const [city, uf, bairros, p] = r.pick([
    ['São Paulo', 'SP', ['Pinheiros', 'Vila Mariana', 'Moema'], '0'], ['Rio de Janeiro', 'RJ', ['Botafogo', 'Tijuca', 'Copacabana'], '2'],
    ['Belo Horizonte', 'MG', ['Savassi', 'Funcionários'], '3'], ['Curitiba', 'PR', ['Batel', 'Água Verde'], '8'],
    ['Recife', 'PE', ['Boa Viagem', 'Casa Forte'], '5'], ['Porto Alegre', 'RS', ['Moinhos de Vento', 'Menino Deus'], '9'],
  ] as const);
  const street = `${r.pick(sp('Rua das Palmeiras|Avenida Paulista|Rua Oscar Freire|Rua Augusta|Rua dos Pinheiros|Avenida Atlântica|Rua Tiradentes|Rua Sete de Setembro'))}, ${r.int(10, 3200)}${r.chance(0.4) ? `, Apto ${r.int(1, 24)}${r.int(0, 9)}` : ''}`;
  const cep = `${p}${r.digits(4)}-${r.digits(3)}`;
  const b = r.pick(bairros);
  return { one: `${street} - ${b}, ${city} - ${uf}, ${cep}`, lines: [street, `${b} - ${city}/${uf}`, `CEP ${cep}`] };
}
function mxAddr(r: Rng): Addr {
  const [city, st, cols, p] = r.pick([
    ['Ciudad de México', 'CDMX', ['Roma Norte', 'Condesa', 'Del Valle', 'Coyoacán'], '0'], ['Guadalajara', 'Jal.', ['Providencia', 'Chapalita'], '44'],
    ['Monterrey', 'N.L.', ['Del Valle', 'Centro'], '64'], ['Puebla', 'Pue.', ['La Paz', 'Anzures'], '72'],
  ] as const);
  const street = `${r.pick(sp('Av. Insurgentes Sur|Calle Durango|Av. Vallarta|Calle Morelos|Av. Juárez|Calle 5 de Mayo|Calle Hidalgo'))} ${r.int(10, 2400)}${r.pick(['', ` Int. ${r.int(1, 12)}`, ` Depto. ${r.int(1, 9)}0${r.int(1, 9)}`])}`;
  const cp = `${p}${r.digits(5 - p.length)}`;
  const col = `Col. ${r.pick(cols)}`;
  return { one: `${street}, ${col}, ${cp} ${city}, ${st}`, lines: [street, col, `${cp} ${city}, ${st}`] };
}
function auAddr(r: Rng): Addr {
  const [sub, st, pc] = r.pick([['Carlton', 'VIC', '3053'], ['Fitzroy', 'VIC', '3065'], ['Surry Hills', 'NSW', '2010'], ['Newtown', 'NSW', '2042'], ['Fremantle', 'WA', '6160'], ['Paddington', 'QLD', '4064'], ['Glenelg', 'SA', '5045'], ['Battery Point', 'TAS', '7004']] as const);
  const n = r.int(1, 220);
  const s = r.pick(sp('Banksia Crescent|Wattle Street|Bourke St|Jacaranda Ave|Kookaburra Close|Smith Street|Victoria Parade|Hay St'));
  const street = r.chance(0.3) ? `${r.int(1, 40)}/${n} ${s}` : r.chance(0.2) ? `Unit ${r.int(1, 40)}, ${n} ${s}` : `${n} ${s}`;
  return { one: `${street}, ${sub} ${st} ${pc}`, lines: [street, `${sub.toUpperCase()} ${st} ${pc}`] };
}
function zaAddr(r: Rng): Addr {
  const [sub, city, pc] = r.pick([['Menlo Park', 'Pretoria', '0081'], ['Sea Point', 'Cape Town', '8005'], ['Morningside', 'Durban', '4001'], ['Parkhurst', 'Johannesburg', '2193']] as const);
  const street = `${r.int(1, 140)} ${r.pick(sp('Jacaranda Avenue|Beach Road|Protea Street|4th Avenue|Main Road'))}`;
  return { one: `${street}, ${sub}, ${city}, ${pc}`, lines: [street, sub, city, pc] };
}
function ngAddr(r: Rng): Addr {
  const [area, city, state] = r.pick([['Victoria Island', 'Lagos', 'Lagos'], ['Lekki Phase 1', 'Lagos', 'Lagos'], ['Wuse II', 'Abuja', 'FCT'], ['GRA', 'Port Harcourt', 'Rivers']] as const);
  const street = `${r.int(1, 60)} ${r.pick(sp('Adeola Odeku Street|Admiralty Way|Aminu Kano Crescent|Aba Road|Bourdillon Road'))}`;
  const pc = r.chance(0.4) ? ` ${r.pick(['101241', '106104', '900288', '500272'])}` : '';
  return { one: `${street}, ${area}, ${city}, ${state} State${pc}`.replace('FCT State', 'FCT'), lines: [street, area, `${city}${pc}`] };
}
function aeAddr(r: Rng): Addr {
  const a = `${r.pick(['Apartment', 'Villa', 'Flat'])} ${r.int(1, 30)}0${r.int(1, 9)}, ${r.pick(sp('Marina Heights Tower|Al Zahia Residences|Burj Vista 2|Al Reem Gate'))}`;
  const area = r.pick(['Dubai Marina, Dubai', 'Downtown Dubai, Dubai', 'Al Reem Island, Abu Dhabi', 'Al Majaz 2, Sharjah']);
  if (r.chance(0.3)) {
    const po = `PO Box ${r.int(1000, 99999)}, ${area.split(', ')[1] ?? 'Dubai'}`;
    return { one: `${po}, United Arab Emirates`, lines: [po, 'United Arab Emirates'] };
  }
  return { one: `${a}, ${area}, UAE`, lines: [a, area, 'United Arab Emirates'] };
}
function trAddr(r: Rng): Addr {
  const [mah, cad, pc, ilce, il] = r.pick([['Caferağa Mah.', 'Moda Cad.', '34710', 'Kadıköy', 'İstanbul'], ['Kızılay Mah.', 'Atatürk Blv.', '06420', 'Çankaya', 'Ankara'], ['Alsancak Mah.', 'Kıbrıs Şehitleri Cad.', '35220', 'Konak', 'İzmir']] as const);
  const l1 = `${mah} ${cad} No: ${r.int(1, 240)} D: ${r.int(1, 24)}`;
  return { one: `${l1}, ${pc} ${ilce}/${il}`, lines: [l1, `${pc} ${ilce}/${il}`] };
}
function keAddr(r: Rng): Addr {
  if (r.chance(0.5)) {
    const po = `P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '606'])}`;
    return { one: `${po}, Nairobi`, lines: [po, 'Nairobi'] };
  }
  const l1 = `${r.pick(['House', 'Apt'])} ${r.int(1, 40)}, ${r.pick(sp('Riverside Drive|Ngong Road|Kiambere Road|Lenana Road'))}`;
  return { one: `${l1}, ${r.pick(['Westlands', 'Kilimani', 'Upper Hill'])}, Nairobi`, lines: [l1, 'Nairobi', 'Kenya'] };
}

const COUNTRIES: readonly Country[] = [
  { code: 'US', name: 'United States', cultures: ['enUS', 'enUS', 'enUS', 'mx', 'zh', 'in', 'ko', 'ng', 'ar', 'fa', 'sea'], phones: ['(AAA) N##-####', 'AAA-N##-####', '+1 AAA N## ####', 'AAA.N##.####', '+1-AAA-N##-####', '1 (AAA) N##-####'], addr: (r) => usAddr(r, false), date: usDate, domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com', 'proton.me'], iban: 'DE', lang: 'en' },
  { code: 'CA', name: 'Canada', cultures: ['enUS', 'fr', 'zh', 'in', 'ua'], phones: ['(CCC) N##-####', 'CCC-N##-####', '+1 CCC N## ####'], addr: (r) => usAddr(r, true), date: (r, x) => r.pick([iso(x), `${mon('en', x.m)} ${x.d}, ${x.y}`, dmy(x, '/')]), domains: ['gmail.com', 'hotmail.ca', 'shaw.ca', 'videotron.ca', 'rogers.com'], iban: 'FR', lang: 'en' },
  { code: 'GB', name: 'United Kingdom', cultures: ['enUK', 'enUK', 'in', 'pl', 'ng', 'ie'], phones: ['07X## ######', '+44 7X## ######', '+44 (0)20 7### ####', '020 8### ####', '0113 ### ####', '0161 ### ####', '+44 131 ### ####', '07X##-######'], addr: gbAddr, date: enDate, domains: ['btinternet.com', 'gmail.com', 'sky.com', 'outlook.com', 'virginmedia.com', 'yahoo.co.uk'], iban: 'GB', lang: 'en' },
  { code: 'IE', name: 'Ireland', cultures: ['ie', 'ie', 'enUK', 'pl'], phones: ['08X ### ####', '+353 8X ### ####', '(01) ### ####', '+353 1 ### ####'], addr: ieAddr, date: enDate, domains: ['eircom.net', 'gmail.com', 'outlook.ie'], iban: 'IE', lang: 'en' },
  { code: 'DE', name: 'Germany', cultures: ['de', 'de', 'de', 'tr', 'pl', 'ua'], phones: ['+49 15X #######', '+49 (0)30 #######', '0151 ########', '0176 ### ####', '089 ######', '+49 171 ########', '0211/#######', '+49 40 ### ###-##'], addr: (r) => deAddr(r, 'DE'), date: deDate, domains: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com'], iban: 'DE', lang: 'de' },
  { code: 'AT', name: 'Austria', cultures: ['de', 'gr', 'tr'], phones: ['+43 664 #######', '0664 ### ####', '01 ### ## ##', '+43 1 ### ####'], addr: (r) => deAddr(r, 'AT'), date: deDate, domains: ['gmx.at', 'aon.at', 'chello.at'], iban: 'AT', lang: 'de' },
  { code: 'CH', name: 'Switzerland', cultures: ['de', 'fr', 'it'], phones: ['+41 7N ### ## ##', '07N ### ## ##', '044 ### ## ##', '+41 44 ### ## ##'], addr: (r) => deAddr(r, 'CH'), date: deDate, domains: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'], iban: 'CH', lang: 'de' },
  { code: 'FR', name: 'France', cultures: ['fr', 'fr', 'fr', 'ar', 'ng'], phones: ['06 ## ## ## ##', '07 ## ## ## ##', '+33 6 ## ## ## ##', '+33 (0)1 ## ## ## ##', '04 ## ## ## ##', '06.##.##.##.##'], addr: frAddr, date: (r, x) => r.pick([dmy(x, '/'), `${x.d === 1 ? '1er' : x.d} ${mon('fr', x.m)} ${x.y}`]), domains: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com'], iban: 'FR', lang: 'fr' },
  { code: 'ES', name: 'Spain', cultures: ['es', 'es', 'mx', 'ar'], phones: ['6## ## ## ##', '+34 6## ### ###', '91 ### ## ##', '+34 93 ### ## ##', '6########'], addr: esAddr, date: (r, x) => r.pick([dmy(x, '/'), `${x.d} de ${mon('es', x.m)} de ${x.y}`]), domains: ['hotmail.es', 'gmail.com', 'telefonica.net', 'yahoo.es'], iban: 'ES', lang: 'es' },
  { code: 'IT', name: 'Italy', cultures: ['it', 'it', 'ua'], phones: ['3## ### ####', '+39 3## #######', '02 #### ####', '+39 06 ### ####', '3##-#######'], addr: itAddr, date: (r, x) => r.pick([dmy(x, '/'), `${x.d} ${mon('it', x.m)} ${x.y}`]), domains: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'], iban: 'IT', lang: 'it' },
  { code: 'NL', name: 'Netherlands', cultures: ['nl', 'nl', 'tr', 'ar'], phones: ['06-########', '+31 6 ########', '020 ### ####', '+31 (0)30 ### ####', '06 ## ## ## ##'], addr: nlAddr, date: (r, x) => r.pick([dmy(x, '-'), `${x.d} ${mon('nl', x.m)} ${x.y}`]), domains: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl'], iban: 'NL', lang: 'nl' },
  { code: 'SE', name: 'Sweden', cultures: ['se', 'se', 'nord', 'fa'], phones: ['070-### ## ##', '+46 70 ### ## ##', '08-### ### ##', '+46 8 ### ### ##', '073-###-####'], addr: seAddr, date: (r, x) => r.pick([iso(x), `${x.d} ${mon('sv', x.m)} ${x.y}`]), domains: ['telia.com', 'bredband.net', 'gmail.com'], iban: 'SE', lang: 'sv' },
  { code: 'PL', name: 'Poland', cultures: ['pl', 'pl', 'ua'], phones: ['+48 5## ### ###', '6## ### ###', '+48 22 ### ## ##', '7##-###-###'], addr: plAddr, date: (r, x) => r.pick([dmy(x, '.'), `${x.d} ${mon('pl', x.m)} ${x.y}`]), domains: ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com'], iban: 'PL', lang: 'pl' },
  { code: 'JP', name: 'Japan', cultures: ['ja'], phones: ['090-####-####', '080-####-####', '03-####-####', '+81 90-####-####', '06-####-####', '+81 3-####-####', '070-####-####'], addr: jpAddr, date: (r, x) => r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}/${pad(x.m)}/${pad(x.d)}`]), domains: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'nifty.com'], iban: 'DE', lang: 'ja' },
  { code: 'KR', name: 'South Korea', cultures: ['ko'], phones: ['010-####-####', '+82 10-####-####', '02-###-####', '031-###-####', '+82 2-####-####'], addr: krAddr, date: (r, x) => r.pick([`${x.y}년 ${x.m}월 ${x.d}일`, `${x.y}.${pad(x.m)}.${pad(x.d)}`]), domains: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com'], iban: 'DE', lang: 'ko' },
  { code: 'IN', name: 'India', cultures: ['in'], phones: ['+91 9#### #####', '+91-8#########', '9#########', '098## #####', '+91 22 #### ####', '+91 7#### #####'], addr: inAddr, date: (r, x) => r.pick([dmy(x, '/'), dmy(x, '-'), `${x.d} ${mon('en', x.m)} ${x.y}`]), domains: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'], iban: 'AE', lang: 'en' },
  { code: 'BR', name: 'Brazil', cultures: ['br', 'br', 'it', 'ja'], phones: ['(11) 9####-####', '+55 11 9####-####', '(21) 3###-####', '+55 (31) 9####-####', '11 9####-####'], addr: brAddr, date: (r, x) => r.pick([dmy(x, '/'), `${x.d} de ${mon('pt', x.m)} de ${x.y}`]), domains: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'], iban: 'BR', lang: 'pt' },
  { code: 'MX', name: 'Mexico', cultures: ['mx', 'mx', 'es'], phones: ['+52 55 #### ####', '55 #### ####', '+52 1 33 #### ####', '(81) ####-####'], addr: mxAddr, date: (r, x) => r.pick([dmy(x, '/'), `${x.d} de ${mon('es', x.m)} de ${x.y}`]), domains: ['prodigy.net.mx', 'gmail.com', 'hotmail.com'], iban: 'ES', lang: 'es' },
  { code: 'AU', name: 'Australia', cultures: ['enUK', 'enUS', 'zh', 'gr', 'it'], phones: ['04## ### ###', '+61 4## ### ###', '(02) 9### ####', '+61 3 9### ####', '04########'], addr: auAddr, date: enDate, domains: ['bigpond.com', 'optusnet.com.au', 'gmail.com'], iban: 'GB', lang: 'en' },
  { code: 'ZA', name: 'South Africa', cultures: ['enUK', 'ng', 'nl'], phones: ['08# ### ####', '+27 8# ### ####', '011 ### ####', '+27 21 ### ####'], addr: zaAddr, date: (r, x) => r.pick([iso(x), dmy(x, '/'), `${x.d} ${mon('en', x.m)} ${x.y}`]), domains: ['mweb.co.za', 'gmail.com', 'telkomsa.net'], iban: 'NL', lang: 'en' },
  { code: 'NG', name: 'Nigeria', cultures: ['ng'], phones: ['080# ### ####', '+234 80# ### ####', '+234 90# ### ####', '070########'], addr: ngAddr, date: enDate, domains: ['yahoo.com', 'gmail.com'], iban: 'GB', lang: 'en' },
  { code: 'KE', name: 'Kenya', cultures: ['ea', 'in'], phones: ['+254 7## ######', '07## ### ###', '+254 20 #######'], addr: keAddr, date: enDate, domains: ['gmail.com', 'yahoo.com'], iban: 'GB', lang: 'en' },
  { code: 'AE', name: 'United Arab Emirates', cultures: ['ar', 'ar', 'in', 'fa', 'sea'], phones: ['+971 5# ### ####', '05# ### ####', '+971 4 ### ####'], addr: aeAddr, date: (r, x) => r.pick([dmy(x, '/'), dmy(x, '-'), `${x.d} ${mon('en', x.m)} ${x.y}`]), domains: ['emirates.net.ae', 'gmail.com', 'outlook.com'], iban: 'AE', lang: 'en' },
  { code: 'TR', name: 'Türkiye', cultures: ['tr'], phones: ['+90 5## ### ## ##', '05## ### ## ##', '0212 ### ## ##'], addr: trAddr, date: (r, x) => dmy(x, '.'), domains: ['gmail.com', 'hotmail.com', 'yandex.com.tr'], iban: 'TR', lang: 'tr' },
];
const byCode = (code: string): Country => COUNTRIES.find((c) => c.code === code) ?? COUNTRIES[0]!;
const WEIGHTED = ['US', 'US', 'US', 'GB', 'GB', 'DE', 'DE', 'FR', 'CA', 'AU', 'IN', 'JP', 'NL', 'ES', 'IT', 'BR', 'MX', 'SE', 'PL', 'KR', 'IE', 'AT', 'CH', 'ZA', 'NG', 'KE', 'AE', 'TR'];
const country = (r: Rng): Country => byCode(r.pick(WEIGHTED));
const countryOf = (r: Rng, codes: readonly string[]): Country => byCode(r.pick(codes));

function phone(r: Rng, c: Country): string {
  const us = ['212', '312', '415', '503', '512', '617', '702', '720', '773', '804', '919', '971', '206', '303', '404', '614', '608', '520', '208'];
  const ca = ['416', '604', '514', '403', '613', '902', '780'];
  return fill(r, r.pick(c.phones).replace('AAA', r.pick(us)).replace('CCC', r.pick(ca)));
}
const addrOne = (r: Rng, c: Country): string => c.addr(r).one;
const addrMulti = (r: Rng, c: Country): string => c.addr(r).lines.join('\n');

// ---------------------------------------------------------------------------------------------------
// E-mail, card, IBAN, SSN and IP values.

const ROMAJI = sp('hikari|tomo|yuzu|kaito|mika|sho|rina|daichi|jiwon|minseo|haneul|sunwoo');
function emailFor(r: Rng, p: Person, c: Country): string {
  let g = ascii(p.given);
  let f = ascii(p.family);
  if (!g || !f) {
    g = r.pick(ROMAJI);
    f = r.pick(['k', 's', 'h', 'lee', 'park', 'ito']);
  }
  const local = r.pick([
    `${g}.${f}`, `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`,
    `${g}${r.int(1970, 2005)}`, `${f}${g.charAt(0)}`, `${g}.${f}+${r.pick(['iot', 'home', 'car', 'cam'])}`,
  ]);
  return `${local}@${r.chance(0.8) ? r.pick(c.domains) : r.pick(['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', 'icloud.com'])}`;
}
/** Invented device companies, their domains and role mailboxes. */
const VENDORS = [
  ['Lumavolt', 'lumavolt.io'], ['Hearthlink', 'hearthlink.app'], ['Nordhaus Home', 'nordhaus-home.de'], ['Voltcrest', 'voltcrest.co.uk'],
  ['Kestrel Systems', 'kestrel-sys.com'], ['Orrin Telematics', 'orrin-telematics.com'], ['Quillon', 'quillon.fr'], ['Brightwell Energy', 'brightwell.energy'],
  ['Pivotal Plug', 'pivotalplug.com'], ['SentraCam', 'sentracam.net'], ['DoorVue', 'doorvue.com'], ['Thermyx', 'thermyx.eu'],
  ['ChargeNest', 'chargenest.com'], ['FleetOrbit', 'fleetorbit.io'], ['Halcyon Mesh', 'halcyonmesh.com'], ['Meridia Networks', 'meridia.net'],
] as const;
const vendor = (r: Rng): readonly [string, string] => r.pick(VENDORS);
const role = (r: Rng, domain: string): string =>
  `${r.pick(['support', 'help', 'billing', 'noreply', 'no-reply', 'warranty', 'installs', 'fleet-ops', 'privacy', 'dpo', 'rma', 'service'])}@${domain}`;

function luhnComplete(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + String(d))) return payload + String(d);
  return payload + '0';
}
/** A Luhn-valid card number of a real network shape, grouped the way people type it. */
function card(r: Rng): string {
  const k = r.int(0, 19);
  let digits: string;
  if (k < 7) digits = luhnComplete('4' + r.digits(14));
  else if (k < 11) digits = luhnComplete(r.chance(0.7) ? String(r.int(51, 55)) + r.digits(13) : String(r.int(2221, 2720)) + r.digits(11));
  else if (k < 14) digits = luhnComplete(r.pick(['34', '37']) + r.digits(12));
  else if (k < 15) digits = luhnComplete((r.chance(0.5) ? '6011' : '65' + r.digits(2)) + r.digits(11));
  else if (k < 16) digits = luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  else if (k < 17) digits = luhnComplete('36' + r.digits(11));
  else if (k < 18) digits = luhnComplete('62' + r.digits(r.chance(0.5) ? 13 : 16));
  else if (k < 19) digits = luhnComplete('4' + r.digits(11));
  else digits = luhnComplete('4' + r.digits(17));
  return groupCard(r, digits);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const cut = (sizes: number[]): string => {
    const out: string[] = [];
    let i = 0;
    for (const s of sizes) {
      out.push(d.slice(i, i + s));
      i += s;
    }
    if (i < d.length) out.push(d.slice(i));
    return out.filter(Boolean).join(sep);
  };
  if (d.length === 15) return cut([4, 6, 5]);
  if (d.length === 14) return cut([4, 6, 4]);
  return cut([4, 4, 4, 4, 4]);
}
/** A 16-digit number that looks like a card but fails Luhn. */
function badCard(r: Rng): string {
  const good = luhnComplete('4' + r.digits(14));
  const last = (Number(good.charAt(15)) + r.int(1, 9)) % 10;
  return groupCard(r, good.slice(0, 15) + String(last));
}
const maskedCard = (r: Rng): string =>
  r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: '##################', GB: 'BANK##############', FR: '#######################', ES: '####################',
  IT: 'L######################', NL: 'BANK##########', BE: '############', CH: '#################', AT: '################',
  PL: '########################', PT: '#####################', IE: 'BANK##############', SE: '####################',
  NO: '###########', DK: '##############', FI: '##############', LU: '################', TR: '#####0################',
  AE: '###################', SA: '######################', BR: '#######################C1', GR: '#######################',
  CZ: '####################', HU: '########################', HR: '#################', LT: '################', MT: 'MALT#######################',
};
const BANKS: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'], IE: ['AIBK', 'BOFI', 'IPBS', 'REVO'],
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const pat = IBAN_BBAN[cc] ?? IBAN_BBAN.DE!;
  const bban = fill(r, pat.replace('BANK', r.pick(BANKS[cc] ?? ['BANK'])));
  const check = 98 - mod97(bban + cc + '00');
  const out = cc + pad(check) + bban;
  if (!ibanMod97Valid(out)) throw new Error('iban');
  return out;
}
const groupIban = (r: Rng, s: string): string => {
  const g = r.chance(0.7) ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
  return r.chance(0.08) ? g.toLowerCase() : g;
};
const iban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));
/** An IBAN with wrong check digits. */
function badIban(r: Rng, cc: string): string {
  const good = ibanCompact(r, cc);
  const cd = Number(good.slice(2, 4));
  const wrong = cd >= 50 ? cd - r.int(1, 40) : cd + r.int(1, 40);
  return groupIban(r, good.slice(0, 2) + pad(wrong) + good.slice(4));
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const itin = (r: Rng): string => `9${r.digits(2)}-${r.pick(['70', '78', '88', '92'])}-${r.digits(4)}`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['021000021', '026009593', '121000358', '111000025', '322271627', '071000013']);

const PUB4 = [24, 31, 37, 46, 62, 73, 77, 81, 84, 89, 94, 98, 109, 141, 151, 176, 178, 185, 188, 195, 203, 212, 217, 86, 5, 91];
function ipv4(r: Rng, lan = false): string {
  if (lan) {
    return r.pick([
      `192.168.${r.pick([0, 1, 1, 2, 50, 178])}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ]);
  }
  return `${r.pick(PUB4)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const g = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2a02:810d', '2001:db8', '2600:1700', '2a01:e0a', '2003:e8', '2406:da18', '2a00:23c7', '2804:14c', '2401:4900']);
  switch (r.int(0, 3)) {
    case 0:
      return `${pre}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
    case 1:
      return `${pre}:${g()}::${g()}`;
    case 2:
      return `fe80::${g()}:${g()}:${g()}:${g()}`;
    default:
      return `${pre}:${g()}:${g()}::${g()}:${g()}`;
  }
}
const ip = (r: Rng): string => (r.chance(0.2) ? ipv6(r) : ipv4(r, r.chance(0.4)));
const mac = (r: Rng): string => Array.from({ length: 6 }, () => hex(r, 2)).join(r.chance(0.8) ? ':' : '-');

// Spoken values, as speech-to-text writes them.
const DIGIT_WORDS = sp('zero|one|two|three|four|five|six|seven|eight|nine');
function spokenDigits(r: Rng, s: string): string {
  const words: string[] = [];
  for (const ch of s) {
    if (/\d/.test(ch)) words.push(ch === '0' && r.chance(0.4) ? 'oh' : DIGIT_WORDS[Number(ch)]!);
    else if (ch === '+') words.push('plus');
    else if (ch === ' ' || ch === '-') words.push(',');
  }
  return words.join(' ').replace(/ ,/g, ',').replace(/,+/g, ',').replace(/^,\s*|,\s*$/g, '').trim();
}
function spokenEmail(r: Rng, email: string): string {
  const parts: string[] = [];
  for (const ch of email) {
    if (ch === '.') parts.push(' dot ');
    else if (ch === '@') parts.push(' at ');
    else if (ch === '_') parts.push(' underscore ');
    else if (ch === '-') parts.push(' dash ');
    else if (ch === '+') parts.push(' plus ');
    else if (/\d/.test(ch)) parts.push(` ${DIGIT_WORDS[Number(ch)]!} `);
    else parts.push(ch);
  }
  const out = parts.join('').replace(/\s+/g, ' ').trim();
  return r.chance(0.2) ? out.replace(' at ', ' at sign ') : out;
}

// Distractors (never labelled).
const orderNo = (r: Rng): string => r.pick([`ORD-${r.digits(8)}`, `#${r.int(100000, 999999)}`, `SO${r.digits(9)}`, `A${r.digits(3)}-${r.digits(7)}`]);
const caseNo = (r: Rng): string => r.pick([`CS-${r.int(2022, 2025)}-${r.digits(7)}`, `TKT${r.digits(6)}`, `INC${r.digits(7)}`, `RMA-${fill(r, 'LL####')}`]);
const serial = (r: Rng): string => fill(r, r.pick(['LL##L#######', 'SN########', '##LL-####-LL##', 'L#L#-###-#####']));
const fw = (r: Rng): string => r.pick([`v${r.int(1, 6)}.${r.int(0, 24)}.${r.int(0, 99)}`, `${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 9)}`, `${r.int(2021, 2025)}.${r.int(1, 12)}.${r.int(1, 30)}`, `build ${r.int(1000, 9999)}.${r.int(10, 99)}`]);
const uuid = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const vin = (r: Rng): string => fill(r, r.pick(['WVWZZZ##Z#W######', '5YJ3E1EA#LF######', 'JTDKB##U##3######', 'VF1RJA00#6#######', 'KNAC#81ABP5######']));
function imei(r: Rng): string {
  return luhnComplete('35' + r.digits(12));
}
const iccid = (r: Rng): string => luhnComplete('8944' + r.digits(14));
const tracking = (r: Rng): string => r.pick([`1Z${fill(r, 'L#L###')}${r.digits(10)}`, `JD${r.digits(18)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `LX${r.digits(9)}DE`]);
const shortHash = (r: Rng): string => hex(r, r.pick([7, 8, 12]));
const money = (r: Rng, cur: string): string => `${cur}${r.int(4, 480)}.${pad(r.int(0, 99))}`;
const dateIn = (r: Rng, c: Country, x: Ymd = recent(r)): string => c.date(r, x);
const cityOnly = (r: Rng): string => r.pick(sp('Leeds|Lyon|Osaka|Austin|Pune|Curitiba|Gdańsk|Utrecht|Malmö|Graz|Bilbao|Bologna|Calgary|Fremantle|Nairobi'));

/** People-named things that are not people: brands, places, diseases, laws, storms, ships, pets. */
const BRANDS = sp('Tesla|Ford|Dyson|Philips|Siemens|Bosch|Miele|Shelly|Arlo|Mercedes|Porsche|Ferrari|Lincoln|Chrysler|Dodge|Honda|Suzuki|Fritz!Box|Alexa|Siri|Cortana|Bixby|Jenkins|Hudson|Kia Niro|Dacia|Peugeot|Renault');
const SOFTWARE = sp('Home Assistant|Node-RED|Mosquitto|Zigbee2MQTT|Grafana|Jenkins|OpenWrt|Tasmota|ESPHome');
const PLACES = sp('St. Louis|Lake Victoria|Charlotte|Adelaide|Darwin|San José|Victoria station|Washington|Alexandria|Port Elizabeth|Mount Kenya');
const DISEASES = sp("Parkinson's|Alzheimer's|Crohn's disease|Hodgkin lymphoma|Raynaud's|Asperger's|Tourette's|Lyme disease");
const LAWS = sp("Newton's second law|Kirchhoff's law|Ohm's law|Hooke's law|Bayes' theorem|the Kalman filter|Fourier analysis");
const AWARDS = sp('the Nobel Prize|a Pulitzer|the Turing Award|the Fields Medal|the Dyson Award|the Edison Award');
const REGS = sp("Megan's Law|the Sarbanes-Oxley Act|Dodd-Frank|Lindsay's Law|Martyn's Law");
const STORMS = sp('Storm Ciarán|Hurricane Milton|Storm Babet|Typhoon Shanshan|Storm Éowyn|Cyclone Gabrielle');
const PETS = sp('Biscuit|Luna|Max|Bella|Oscar|Pepper|Mochi|Rocky|Daisy|Winston');
const TEAMS = sp('Team Falcon|Project Bluebird|HomeSense Pro|Guardian X2|Atlas Gateway|Orion Hub|Nimbus Cam 3|Sentinel Lite|Juno Thermostat');

// ---------------------------------------------------------------------------------------------------
// Shared template pieces.

function hon(r: Rng, c: Country, p: Person): [string, string] {
  switch (c.lang) {
    case 'de':
      return [p.female ? 'Frau ' : 'Herr ', ''];
    case 'fr':
      return [p.female ? 'Mme ' : 'M. ', ''];
    case 'es':
    case 'pt':
      return [p.female ? 'Sra. ' : 'Sr. ', ''];
    case 'it':
      return [p.female ? 'Sig.ra ' : 'Sig. ', ''];
    case 'nl':
      return [p.female ? 'mevrouw ' : 'meneer ', ''];
    case 'ja':
      return ['', r.pick(['様', 'さん', ' 様'])];
    case 'ko':
      return ['', r.pick([' 씨', '님', ' 고객님'])];
    default:
      return [r.pick(p.female ? ['Ms. ', 'Mrs. ', 'Dr. ', 'Ms '] : ['Mr. ', 'Dr. ', 'Mr ']), ''];
  }
}
/** "Mr. Baker" with only the name labelled. */
function honName(d: Doc, r: Rng, c: Country, p: Person, form: NameForm = 'family'): Doc {
  const [pre, post] = hon(r, c, p);
  return d.t(pre).n(p, form).t(post);
}
function chatTags(r: Rng): [string, string] {
  return r.pick<[string, string]>([
    ['User', 'Assistant'], ['You', 'Assistant'], ['Customer', 'Support AI'], ['[owner]', '[assistant]'], ['Me', 'Helper bot'],
    ['human', 'ai'], ['USER', 'ASSISTANT'], ['👤', '🤖'],
  ]);
}
function addrBlock(d: Doc, r: Rng, c: Country): Doc {
  return d.l('ADDRESS', r.chance(0.5) ? addrMulti(r, c) : addrOne(r, c));
}
function ipPort(d: Doc, r: Rng, v: string = ip(r)): Doc {
  if (v.includes(':')) return r.chance(0.5) ? d.t('[').l('IP', v).t(`]:${r.int(1024, 65000)}`) : d.l('IP', v);
  return r.chance(0.4) ? d.l('IP', v).t(`:${r.pick([443, 8883, 1883, 554, 8080, r.int(1024, 65000)])}`) : d.l('IP', v);
}
function logTs(r: Rng): string {
  if (CLOCK.fmt === 0) return stamp(r);
  const t = tick(r);
  if (CLOCK.fmt === 2) return String(Math.floor(t.getTime() / 1000));
  return `${mon('en', t.getUTCMonth() + 1).slice(0, 3)} ${pad(t.getUTCDate())} ${t.toISOString().slice(11, 19)}`;
}
function signOff(d: Doc, r: Rng, p: Person, title: string): Doc {
  d.t(`\n\n${r.pick(['Kind regards', 'Best', 'Thanks', 'Cheers', 'Regards', 'Many thanks'])},\n`).n(p, r.chance(0.8) ? 'full' : 'given');
  return d.t(title ? `\n${title}` : '');
}
function distractLine(r: Rng, c: Country): string {
  return r.pick([
    `Order ${orderNo(r)} shipped with tracking ${tracking(r)}.`,
    `Firmware ${fw(r)} (commit ${shortHash(r)}) was installed on ${dateIn(r, c)}.`,
    `Device ID ${uuid(r)} / MAC ${mac(r)}.`,
    `Ticket ${caseNo(r)} opened ${dateIn(r, c)}.`,
    `IMEI ${imei(r)}, ICCID ${iccid(r)}.`,
    `Works with ${r.pick(BRANDS)} and ${r.pick(SOFTWARE)}.`,
    `Serial ${serial(r)}, warranty until ${dateIn(r, c, { y: r.int(2025, 2029), m: r.int(1, 12), d: r.int(1, 28) })}.`,
    `Invoice total ${money(r, r.pick(['$', '€', '£']))}, ref ${orderNo(r)}.`,
    `${r.pick(PETS)} kept triggering the motion zone again.`,
    `Outage after ${r.pick(STORMS)} is noted on the status page.`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Labelled templates.

const T: Tpl[] = [];

// 1 Router syslog with WAN/LAN addresses and the admin account.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const host = r.pick(['gw-home', 'RT-AX58U', 'halcyon-node1', 'openwrt', 'fritz.box', 'meridia-5g']);
  const ts = (): string => logTs(r);
  d.t(`${ts()} ${host} pppd[${r.int(300, 9000)}]: local  IP address `).l('IP', ipv4(r)).t('\n');
  d.t(`${ts()} ${host} pppd[${r.int(300, 9000)}]: remote IP address `).l('IP', ipv4(r)).t('\n');
  for (let i = 0; i < r.int(1, 3); i++) d.t(`${ts()} ${host} dnsmasq-dhcp[${r.int(300, 9000)}]: DHCPACK(br-lan) `).l('IP', ipv4(r, true)).t(` ${mac(r)} ${r.pick(['thermostat-hall', 'cam-garage', 'ESP_3F2A1C', 'doorbell', 'tv-living', 'EVSE-01'])}\n`);
  d.t(`${ts()} ${host} httpd: admin login OK user=`).l('EMAIL', emailFor(r, p, c)).t(' from ');
  ipPort(d, r).t('\n');
  if (r.chance(0.5)) d.t(`${ts()} ${host} kernel: firmware ${fw(r)} watchdog reset\n`);
  if (r.chance(0.4)) d.t(`${ts()} ${host} ddns: updated ${r.pick(['home', 'casa', 'haus'])}-${hex(r, 4)}.${r.pick(['dynv6.net', 'duckdns.org'])} -> `).l('IP', ipv6(r)).t('\n');
});

// 2 Camera event JSON with account context.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [, dom] = vendor(r);
  d.t(`{"event":"${r.pick(['motion', 'person_detected', 'tamper', 'offline'])}","camera":"${r.pick(['Front porch', 'Driveway', 'Nursery', 'Back garden', 'Garage'])}","ts":"${stamp(r)}",\n "account":{"owner":"`);
  d.n(p, r.chance(0.3) ? 'lower' : 'full').t('","email":"').l('EMAIL', emailFor(r, p, c)).t('","plan":"').t(r.pick(['Plus', 'Basic', 'Pro 30-day'])).t('"},\n "client_ip":"');
  d.l('IP', ip(r)).t(`","fw":"${fw(r)}","notify":"`).l('EMAIL', role(r, dom)).t('"}');
});

// 3 Doorbell MQTT dump.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const id = hex(r, 6);
  d.t(`$ mosquitto_sub -v -t 'doorbell/${id}/#'\n`);
  d.t(`doorbell/${id}/status online\n`);
  d.t(`doorbell/${id}/ring {"ts":${1_700_000_000 + r.int(0, 50_000_000)},"button":1}\n`);
  d.t(`doorbell/${id}/config {"owner":"`).n(p).t('","site":"').l('ADDRESS', addrOne(r, c)).t('","wifi_ip":"').l('IP', ipv4(r, true)).t(`","rssi":${-r.int(40, 85)}}\n`);
  if (r.chance(0.5)) d.t(`doorbell/${id}/notify {"sms":"`).l('PHONE', phone(r, c)).t('"}\n');
  d.t(`doorbell/${id}/chime/ota {"version":"${fw(r)}"}`);
});

// 4 Thermostat registration form.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [v] = vendor(r);
  d.t(`${v} — Thermostat registration\n\nFull name: `).self(p).t('\nEmail address: ').l('EMAIL', emailFor(r, p, c)).t('\nMobile: ').l('PHONE', phone(r, c));
  d.t('\nInstallation address:\n').l('ADDRESS', addrMulti(r, c));
  if (r.chance(0.6)) d.t('\nDate of birth (for the energy-saver rebate): ').l('DOB', c.date(r, birth(r)));
  d.t(`\nModel: ${r.pick(TEAMS)}   Serial: ${serial(r)}\nInstalled on: ${dateIn(r, c)}\nHeating system: ${r.pick(['gas combi boiler', 'heat pump', 'oil furnace', 'electric baseboard'])}`);
  if (r.chance(0.5)) {
    const i = personIn(r, c);
    d.t('\nInstaller: ').n(i, r.pick<NameForm>(['full', 'init', 'rev'])).t(` (licence ${fill(r, 'LL-#####')})`);
  }
});

// 5 EV charger installer job sheet.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const inst = personIn(r, c);
  d.t(`JOB SHEET ${fill(r, 'JS-#####')}\nCustomer: `).n(p, r.chance(0.3) ? 'caps' : 'full').t('\nSite address:\n').l('ADDRESS', addrMulti(r, c));
  d.t('\nContact: ').l('PHONE', phone(r, c)).t(r.chance(0.4) ? ` (after ${hhmm(r)})` : '');
  d.t(`\nCharger: ${r.pick(['ChargeNest Home 7.4kW', 'Zappi v2', 'Wallbox Pulsar Plus', 'Easee One', 'Ohme ePod'])}  S/N ${serial(r)}`);
  d.t(`\nSupply: ${r.pick(['single phase 100A', '3-phase 32A', 'TN-C-S', 'TT with earth rod'])}; cable run ${r.int(3, 25)} m; RCBO type ${r.pick(['A', 'B', 'EV'])}`);
  d.t(`\nNotes: ${r.pick(['Park in front of the garage, side gate code given verbally.', 'Customer wants unit left of the Tesla wall bracket.', 'Board is in the cupboard under the stairs.', 'Dog (' + r.pick(PETS) + ') in the garden — keep gate shut.'])}`);
  d.t('\nEngineer: ').n(inst, r.pick<NameForm>(['full', 'init', 'given'])).t(`   Date: ${dateIn(r, c)}`);
});

// 6 Subscription e-mail with SEPA direct debit.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'FR', 'NL', 'ES', 'IT', 'AT', 'IE', 'CH', 'GB']);
  const p = personIn(r, c);
  const [v, dom] = vendor(r);
  d.t('From: ').l('EMAIL', role(r, dom)).t('\nTo: ').l('EMAIL', emailFor(r, p, c)).t(`\nSubject: Your ${v} Care+ plan renews on ${dateIn(r, c)}\n\n`);
  d.t(`${r.pick(['Hi', 'Dear', 'Hello'])} `).n(p, r.chance(0.5) ? 'given' : 'full').t(',\n\n');
  d.t(`Your yearly plan (${money(r, '€')}) will be collected by SEPA direct debit from the account `).l('IBAN', iban(r, c.iban));
  d.t(` under mandate ${fill(r, 'MD-LL-########')}. Creditor ID ${fill(r, 'DE##ZZZ##########')}.\n`);
  if (r.chance(0.4)) d.t(`Your previous card ${maskedCard(r)} is no longer used.\n`);
  d.t(`\n${distractLine(r, c)}\n\nThe ${v} team`);
});

// 7 Telematics CSV export.
T.push((d, r) => {
  const c = country(r);
  d.t('trip_id,vehicle,vin,driver,start,end,km,tcu_ip\n');
  for (let i = 0; i < r.int(2, 5); i++) {
    const p = personIn(r, c);
    d.t(`${r.int(100000, 999999)},${r.pick(['Van 12', 'Kia Niro 03', 'Transit 7', 'Model Y pool', 'Sprinter 2'])},${vin(r)},`);
    d.n(p, r.chance(0.3) ? 'rev' : 'full');
    d.t(`,${stamp(r)},${stamp(r)},${r.int(2, 380)}.${r.int(0, 9)},`).l('IP', ipv4(r, r.chance(0.6))).t('\n');
  }
  d.t(`# exported by FleetOrbit ${fw(r)}`);
});

// 8 Fleet driver export (JSON).
T.push((d, r) => {
  const c = country(r);
  d.t('{"fleet":"' + r.pick(['North depot', 'Logistik Süd', 'Metro Couriers', 'Rutas Norte']) + '","drivers":[\n');
  const k = r.int(1, 3);
  for (let i = 0; i < k; i++) {
    const p = personIn(r, c);
    d.t('  {"name":"').n(p).t('","dob":"').l('DOB', iso(adult(r))).t('","mobile":"').l('PHONE', phone(r, c));
    d.t(`","licence":"${fill(r, 'LL#####LL')}","card_rfid":"${hex(r, 8)}"`);
    if (r.chance(0.5)) d.t(',"email":"').l('EMAIL', emailFor(r, p, c)).t('"');
    d.t(i < k - 1 ? '},\n' : '}\n');
  }
  d.t(`],"exported":"${stamp(r)}"}`);
});

// 9 Warranty claim with card payment.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [v] = vendor(r);
  d.t(`${v} Warranty Claim\n-----------------------\nClaimant: `).self(p).t('\nShipping address: ').l('ADDRESS', addrOne(r, c));
  d.t('\nPhone: ').l('PHONE', phone(r, c)).t('\nEmail: ').l('EMAIL', emailFor(r, p, c));
  d.t(`\nProduct: ${r.pick(TEAMS)}  Serial: ${serial(r)}\nPurchase date: ${dateIn(r, c)}  Order: ${orderNo(r)}`);
  d.t(`\nFault: ${r.pick(['won\'t pair after reset', 'night vision IR stuck on', 'relay clicks but no heat', 'charging stops at 80%', 'battery swells'])}`);
  d.t('\nOut-of-warranty fee paid with card: ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}`);
});

// 10 App crash report with user context.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`Fatal Exception: java.lang.IllegalStateException: BLE scan callback after onDestroy\n  at com.hearthlink.app.pairing.ScanFragment.onScanResult(ScanFragment.kt:${r.int(40, 400)})\n  at android.bluetooth.le.BluetoothLeScanner$1.run(BluetoothLeScanner.java:${r.int(100, 900)})\n`);
  d.t(`App: ${fw(r)}  OS: Android ${r.int(11, 15)}  Device: ${r.pick(['Pixel 8', 'SM-S918B', 'moto g84', 'Xiaomi 13T'])}\n`);
  d.t('User: id=').t(uuid(r)).t(' email=').l('EMAIL', emailFor(r, p, c)).t(' ip_address=').l('IP', ip(r));
  if (r.chance(0.5)) d.t(' username=').n(p, 'lower');
  d.t(`\nBreadcrumbs:\n  ${stamp(r)} navigation Home -> AddDevice\n  ${stamp(r)} http GET /v2/homes/${r.int(1000, 99999)}/devices 200\n  ${stamp(r)} ble scan started`);
});

// 11 Chat: router setup.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: hi, I'm `).self(p).t(`. my new mesh router keeps dropping the doorbell. account is `).l('EMAIL', emailFor(r, p, c)).t('\n');
  d.t(`${a}: Thanks! Can you tell me the WAN address shown under Status → Internet, and the doorbell's local IP?\n`);
  d.t(`${u}: WAN is `).l('IP', ipv4(r)).t(' and the doorbell is ').l('IP', ipv4(r, true)).t(r.chance(0.5) ? `, firmware ${fw(r)}\n` : '\n');
  d.t(`${a}: The doorbell is on the 2.4 GHz band. Reserve its address in DHCP and disable band steering for it. Is the ${r.pick(BRANDS)} app also showing it offline?\n`);
  d.t(`${u}: yes. ${r.pick(['also the Shelly plugs', 'the Arlo too', 'and Alexa says it cant find it', 'same with Home Assistant'])}`);
});

// 12 Chat: smart-lock lockout with identity checks.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${a}: I can help you get back in. To verify the account, please give the full name, date of birth and the address where the lock is installed.\n`);
  d.t(`${u}: `).self(p).t(r.pick([', born ', ', dob ', ' — date of birth ', '. DOB: '])).l('DOB', c.date(r, birth(r))).t(', ');
  addrBlock(d, r, c).t('\n');
  const rel = personIn(r, c);
  d.t(`${a}: Thank you. I've sent a one-time unlock code to the phone ending ${r.digits(2)}. It expires in 10 minutes.\n`);
  d.t(`${u}: got it. also my ${r.pick(rel.female ? ['partner', 'mother', 'daughter', 'neighbour'] : ['partner', 'father', 'son', 'neighbour'])} `).n(rel, r.pick<NameForm>(['given', 'full'])).t(' needs a guest code for the weekend');
});

// 13 Voice assistant transcript with spoken values.
T.push((d, r) => {
  const c = countryOf(r, ['US', 'GB', 'IE', 'AU', 'CA', 'IN', 'NG', 'ZA']);
  const p = personIn(r, c);
  d.t(`[voice transcript, ${r.pick(['confidence 0.91', 'auto-generated', 'speaker diarised'])}]\n`);
  d.t('CALLER: yeah hi, this is ').self(p).t(' calling about the thermostat, it just shows E4\n');
  d.t('AGENT: Sorry to hear that. What email is the account under?\n');
  d.t('CALLER: it is ').l('EMAIL', spokenEmail(r, emailFor(r, p, c))).t('\n');
  d.t('AGENT: And a number we can text the engineer slot to?\n');
  d.t('CALLER: ').l('PHONE', spokenDigits(r, phone(r, c))).t('\n');
  d.t(`AGENT: Great. ${r.pick(['Your case is', 'Reference'])} ${caseNo(r)}. ${r.pick(['Anything else?', 'Bye now.'])}`);
});

// 14 Chat: card update.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: my camera subscription failed. new card is `).l('CARD', card(r)).t(`, ${r.pick(['exp', 'expiry', 'valid thru'])} ${pad(r.int(1, 12))}/${r.int(26, 31)}, name on card `).n(p, 'upper').t('\n');
  d.t(`${a}: Please don't share full card numbers in chat — I can't store them here. Use Settings → Billing in the app; I'll send a secure link to the email on file.\n`);
  d.t(`${u}: its `).l('EMAIL', emailFor(r, p, c)).t(r.chance(0.5) ? `. the old one ${maskedCard(r)} was stolen` : '');
});

// 15 Solar/battery commissioning sheet.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const e = personIn(r, c);
  d.t(`PV + BATTERY COMMISSIONING RECORD\nSystem owner: `).n(p, r.chance(0.5) ? 'rev' : 'full').t('\nInstallation address: ').l('ADDRESS', addrOne(r, c));
  d.t(`\nInverter: ${r.pick(['Sungrow SH6.0RT', 'Fronius Primo', 'Huawei SUN2000', 'SolarEdge SE5000H'])}  Battery: ${r.int(5, 15)}.${r.int(0, 9)} kWh  Panels: ${r.int(8, 24)} × ${r.int(380, 450)} Wp`);
  d.t(`\nDNO ref: ${fill(r, 'LL-######')}  MPAN: ${r.digits(13)}\nMonitoring dongle IP: `).l('IP', ipv4(r, true));
  d.t('\nCommissioned by: ').n(e).t(` (${r.pick(['MCS', 'CEC', 'NICEIC'])} ${r.digits(6)}) on ${dateIn(r, c)}`);
  if (r.chance(0.5)) d.t('\nOwner phone: ').l('PHONE', phone(r, c));
});

// 16 German smart-meter data-access request.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'AT', 'CH']);
  const p = personIn(r, c);
  d.t('Betreff: Auskunftsersuchen nach Art. 15 DSGVO – Smart Meter Gateway\n\nSehr geehrte Damen und Herren,\n\nich bitte um Auskunft über alle zu meiner Person gespeicherten Messdaten. Meine Angaben:\n\nName: ');
  d.self(p).t('\nGeburtsdatum: ').l('DOB', deDate(r, birth(r))).t('\nAnschrift: ').l('ADDRESS', addrOne(r, c));
  d.t(`\nZählernummer: 1${fill(r, 'LLL')}${r.digits(10)}\nKundennummer: ${r.digits(9)}\nE-Mail: `).l('EMAIL', emailFor(r, p, c));
  d.t('\nErstattungen bitte auf IBAN ').l('IBAN', iban(r, c.code));
  d.t(`\n\nMit freundlichen Grüßen\n`).n(p, 'full');
});

// 17 Support escalation thread.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const a1 = personIn(r, c);
  const a2 = personIn(r, c);
  const [v, dom] = vendor(r);
  d.t('-------- Forwarded message --------\nFrom: ').n(a1).t(' <').l('EMAIL', `${ascii(a1.given) || 'agent'}.${ascii(a1.family) || 'k'}@${dom}`).t('>\n');
  d.t(`Subject: ESCALATION ${caseNo(r)} – repeated offline events\n\n`).n(a2, 'given').t(', can Tier 2 take this? Customer ');
  d.n(p).t(' has had the hub drop ').t(String(r.int(5, 40))).t(' times since the ').t(fw(r)).t(' update. Their public IP ');
  d.l('IP', ipv4(r)).t(` shows up on our ${r.pick(['rate-limit', 'geo-block', 'abuse'])} list, maybe their ISP recycled it. Callback on `).l('PHONE', phone(r, c));
  d.t(`.\n\n— `).n(a1, 'init').t(`, ${v} Customer Care`);
});

// 18 Ownership transfer form.
T.push((d, r) => {
  const c = country(r);
  const o = personIn(r, c);
  const n = personIn(r, c);
  d.t(`DEVICE OWNERSHIP TRANSFER\nDevice: ${r.pick(['EV charger', 'alarm panel', 'smart lock', 'heat pump controller'])} ${serial(r)}\n\n[Current owner]\nName: `).n(o);
  d.t('\nEmail: ').l('EMAIL', emailFor(r, o, c)).t('\n\n[New owner]\nName: ').self(n).t('\nEmail: ').l('EMAIL', emailFor(r, n, c));
  d.t('\nPhone: ').l('PHONE', phone(r, c)).t('\nProperty address:\n').l('ADDRESS', addrMulti(r, c));
  d.t(`\nCompletion date: ${dateIn(r, c)}\nReason: ${r.pick(['house sale', 'tenancy change', 'gift', 'inheritance'])}`);
});

// 19 Baby monitor review + crash.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const kid = { ...personIn(r, c), family: p.family };
  d.t(`★★☆☆☆ "${r.pick(['Crashes every night', 'Love the camera, hate the app', 'Audio drops out'])}" — `).n(p, r.chance(0.5) ? 'given' : 'init').t('\n');
  d.t('The app crashes whenever I open the sleep report for ').n(kid, 'given').t(' (born ').l('DOB', c.date(r, { y: r.int(2019, 2024), m: r.int(1, 12), d: r.int(1, 28) })).t(').');
  d.t(` Support asked for logs, so here: monitor at `).l('IP', ipv4(r, true)).t(`, app ${fw(r)}. Reinstalled twice. ${r.pick(['The nightlight is nice though.', 'Reported on ' + dateIn(r, c) + '.', ''])}`);
});

// 20 IoT hub JSON lines.
T.push((d, r) => {
  const c = country(r);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    const kind = r.int(0, 2);
    d.t(`{"ts":"${stamp(r)}","level":"info","svc":"provisioning","msg":"${['device claimed', 'user invited', 'home created'][kind]}","device":"${uuid(r)}","user":{"email":"`);
    d.l('EMAIL', emailFor(r, p, c)).t('","display_name":"').n(p, r.chance(0.3) ? 'given' : 'full').t('"},"src":"').l('IP', ip(r)).t('"}\n');
  }
  d.t(`{"ts":"${stamp(r)}","level":"warn","svc":"ota","msg":"rollout paused","version":"${fw(r)}"}`);
});

// 21 Japanese chat.
T.push((d, r) => {
  const c = byCode('JP');
  const p = personIn(r, c);
  d.t('ユーザー: 見守りカメラが昨日からオフラインです。契約者は').self(p).t('です。\n');
  d.t('アシスタント: ご不便をおかけしております。登録メールアドレスと設置先のご住所をお知らせください。\n');
  d.t('ユーザー: ').l('EMAIL', emailFor(r, p, c)).t('、住所は').l('ADDRESS', addrOne(r, c)).t('です。電話は').l('PHONE', phone(r, c)).t('。\n');
  d.t('アシスタント: ありがとうございます、').n(p, 'family').t(r.pick(['様', 'さま'])).t(`。ルーター（${fw(r)}）の再起動をお試しください。`);
});

// 22 German support chat.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'AT', 'CH']);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: Hallo, meine Wallbox lädt seit dem Update nicht mehr. Kundennummer ${r.digits(8)}.\n`);
  d.t(`${a}: Guten Tag! Auf welchen Namen läuft der Vertrag?\n${u}: Auf meinen, `).self(p).t('. Die Box hängt an der Fritz!Box und hat die IP ').l('IP', ipv4(r, true)).t('.\n');
  d.t(`${a}: Danke, `);
  honName(d, r, c, p).t('. Ich sehe einen Erdungsfehler. Ein Techniker ruft Sie unter ').l('PHONE', phone(r, c)).t(` an – passt ${r.pick(['Dienstag', 'Donnerstag', 'Freitag'])} zwischen 8 und 12 Uhr?\n`);
  d.t(`${u}: Ja. Adresse ist `).l('ADDRESS', addrOne(r, c)).t(', Klingel „').n(p, 'family').t('“.');
});

// 23 Spanish chat.
T.push((d, r) => {
  const c = countryOf(r, ['ES', 'MX']);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: buenas, el termostato no conecta al wifi desde ayer\n${a}: ¡Hola! ¿Me indica el correo de la cuenta?\n${u}: `).l('EMAIL', emailFor(r, p, c)).t('\n');
  d.t(`${a}: Gracias, `);
  honName(d, r, c, p).t(`. Veo el dispositivo con la IP `).l('IP', ipv4(r, true)).t(`. ¿Puede reiniciarlo manteniendo pulsado el botón 10 s?\n`);
  d.t(`${u}: hecho. si hace falta técnico, vivo en `).l('ADDRESS', addrOne(r, c)).t(' y mi móvil es el ').l('PHONE', phone(r, c));
});

// 24 Korean chat.
T.push((d, r) => {
  const c = byCode('KR');
  const p = personIn(r, c);
  d.t('고객: 도어락 앱에서 계속 로그아웃돼요.\n상담봇: 불편을 드려 죄송합니다. 가입하신 이메일을 알려주세요.\n고객: ').l('EMAIL', emailFor(r, p, c)).t('\n');
  d.t('상담봇: 확인했습니다, ').n(p, 'full').t(r.pick([' 고객님', '님'])).t('. 최근 로그인 IP가 ').l('IP', ip(r)).t(' 맞으신가요?\n');
  d.t('고객: 네. 설치 주소는 ').l('ADDRESS', addrOne(r, c)).t('입니다. 연락처 ').l('PHONE', phone(r, c));
});

// 25 US heat-pump financing application (SSN).
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  d.t('HOME ENERGY UPGRADE — FINANCING APPLICATION\nApplicant: ').self(p).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', usDate(r, birth(r)));
  d.t('\nHome address: ').l('ADDRESS', addrOne(r, c)).t('\nPhone: ').l('PHONE', phone(r, c)).t('\nEmail: ').l('EMAIL', emailFor(r, p, c));
  d.t(`\nAnnual income: $${r.int(38, 210)},${r.digits(3)}\nProject: ${r.pick(['ducted heat pump', 'mini-split x3', 'heat pump water heater'])}, quote ${orderNo(r)}`);
  if (r.chance(0.5)) {
    const co = personIn(r, c);
    d.t('\nCo-applicant: ').n(co).t(', SSN ').l('NATIONAL_ID', ssn(r));
  }
  d.t(`\nContractor EIN: ${ein(r)}`);
});

// 26 Leak-sensor insurance claim.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'NL', 'FR', 'IT', 'ES', 'AT', 'IE', 'GB']);
  const p = personIn(r, c);
  d.t(`Claim form – water damage (leak sensor ${r.pick(['did not alert', 'alerted late', 'battery flat'])})\n\nPolicyholder: `).n(p, 'rev').t('\nAddress of the insured property: ').l('ADDRESS', addrOne(r, c));
  d.t('\nTelephone: ').l('PHONE', phone(r, c)).t(`\nDate of loss: ${dateIn(r, c)}\nSensor log: last heartbeat ${stamp(r)}, hub `).l('IP', ipv4(r, true));
  d.t('\nSettlement account (IBAN): ').l('IBAN', iban(r, c.iban)).t(`\nPolicy no.: ${fill(r, 'HH-#######-LL')}`);
});

// 27 RMA e-mail with multi-line ship-to.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [v, dom] = vendor(r);
  d.t(`Subject: ${caseNo(r)} – return label for your ${r.pick(TEAMS)}\n\n`);
  d.t(`${r.pick(['Hello', 'Hi', 'Dear'])} `);
  honName(d, r, c, p, r.chance(0.5) ? 'family' : 'full').t(',\n\nWe will send the replacement to:\n\n').n(p, r.chance(0.3) ? 'upper' : 'full').t('\n');
  if (r.chance(0.3)) d.t(`${r.pick(['Acme Widgets Ltd', 'c/o Reception', 'Kestrel Systems GmbH'])}\n`);
  d.l('ADDRESS', addrMulti(r, c)).t(`\n\nPlease drop the faulty unit at any post office within 14 days. ${distractLine(r, c)}\nQuestions? Reply to `).l('EMAIL', role(r, dom)).t(`.`);
  signOff(d, r, personIn(r, c), `${v} Returns`);
});

// 28 Technician visit SMS thread.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const tech = personIn(r, c);
  const ph = phone(r, c);
  d.t(`SMS ${hhmm(r)}  ${r.pick(['Voltcrest', 'ChargeNest', 'Thermyx'])}: Hi `).n(p, 'given').t(', your engineer ').n(tech, 'given').t(` will arrive between ${slot(r)} tomorrow. Reply Y to confirm.\n`);
  d.t(`SMS ${hhmm(r)}  you: Y. Park on the street, not the driveway pls\n`);
  d.t(`SMS ${hhmm(r)}  `).n(tech, 'given').t(`: On my way, 15 min. If you need me: `).l('PHONE', ph).t(r.chance(0.5) ? ` ext. ${r.int(100, 999)}` : '').t('\n');
  d.t(`SMS ${hhmm(r)}  you: door code changed, call when outside`);
});

// 29 Wi-Fi diagnostics paste.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`can someone look at this? `).n(p, 'lower').t(' here, the cams keep buffering\n```\nWireless LAN adapter Wi-Fi:\n   IPv6 Address. . . . . . . . . . . : ').l('IP', ipv6(r));
  const net = r.pick(['192.168.1', '192.168.0', '192.168.178', '10.0.0', '192.168.50']);
  d.t('\n   IPv4 Address. . . . . . . . . . . : ').l('IP', `${net}.${r.int(2, 254)}`).t('\n   Default Gateway . . . . . . . . . : ').l('IP', `${net}.1`);
  d.t(`\n   Physical Address. . . . . . . . . : ${mac(r).toUpperCase().replace(/:/g, '-')}\n\n> ping `).l('IP', ipv4(r)).t(`\nReply: bytes=32 time=${r.int(8, 240)}ms TTL=${r.int(50, 120)}\n\`\`\``);
});

// 30 Monthly energy report e-mail.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [v, dom] = vendor(r);
  d.t(`From: ${v} <`).l('EMAIL', role(r, dom)).t('>\nTo: ').n(p).t(' <').l('EMAIL', emailFor(r, p, c)).t('>\n');
  d.t(`Subject: Your ${mon('en', r.int(1, 12))} energy report\n\nHi `).n(p, 'given').t(`, your smart plugs used ${r.int(20, 300)} kWh this month (${r.pick(['-', '+'])}${r.int(1, 30)}%). `);
  d.t(`The ${r.pick(['dryer', 'aquarium heater', 'space heater', 'gaming PC'])} was the biggest user. ${r.pick(['Tip: schedule the dishwasher after 22:00.', 'Storm Babet caused two outages.', ''])}\n\nReport for: `).l('ADDRESS', addrOne(r, c));
});

// 31 Parental controls: children's profiles.
T.push((d, r) => {
  const c = country(r);
  const parent = personIn(r, c);
  d.t('Family Wi-Fi › Profiles (exported by ').self(parent).t(')\n');
  for (let i = 0; i < r.int(1, 3); i++) {
    const k: Person = { ...personIn(r, c), family: parent.family };
    d.t('- ').n(k, 'given').t(', born ').l('DOB', c.date(r, { y: r.int(2008, 2020), m: r.int(1, 12), d: r.int(1, 28) }));
    d.t(`: bedtime ${pad(r.int(19, 22))}:00, devices ${r.int(1, 4)}, filter ${r.pick(['strict', 'teen', 'off'])}\n`);
  }
  d.t(`Paused devices: tablet (${mac(r)}), console. Schedule changed ${dateIn(r, c)}.`);
});

// 32 Fleet incident report.
T.push((d, r) => {
  const c = country(r);
  const dr = personIn(r, c);
  const m = personIn(r, c);
  d.t(`INCIDENT REPORT ${fill(r, 'IR-####-###')}\nVehicle: ${r.pick(['LF71 XKD', 'B-KM 4821', 'AB-123-CD', '7ABC123'])} (${vin(r)})\nDriver: `).n(dr, r.chance(0.4) ? 'caps' : 'full');
  d.t(`  Driver DOB: `).l('DOB', c.date(r, adult(r))).t('\nDriver mobile: ').l('PHONE', phone(r, c));
  d.t(`\nTelematics: harsh braking ${r.int(6, 9)}.${r.int(0, 9)} m/s² at ${stamp(r)}, speed ${r.int(20, 110)} km/h, GPS ${(r.next() * 60 + 10).toFixed(5)}, ${(r.next() * 30 - 5).toFixed(5)}`);
  d.t('\nLocation: near ').l('ADDRESS', addrOne(r, c)).t(`\nThird party: none.\nReported to: `).n(m, 'init').t(' (fleet manager)');
});

// 33 Car rental handover.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`Rental agreement ${r.digits(9)} — connected car handover\nRenter: `).self(p).t('\nLicence country: ').t(c.name).t('\nDate of birth: ').l('DOB', c.date(r, birth(r)));
  d.t('\nDeposit card: ').l('CARD', card(r)).t(`\nVehicle app paired to: `).l('EMAIL', emailFor(r, p, c));
  d.t(`\nOdometer ${r.int(5000, 90000)} km, fuel ${r.int(10, 100)}%. Keyless entry enabled until ${dateIn(r, c)} ${hhmm(r)}.`);
});

// 34 Fall-detection emergency contacts.
T.push((d, r) => {
  const c = country(r);
  const w = personIn(r, c);
  d.t(`Fall-detection pendant setup\nWearer: `).n(w).t(', date of birth ').l('DOB', c.date(r, { y: r.int(1930, 1958), m: r.int(1, 12), d: r.int(1, 28) })).t('\nHome: ');
  d.l('ADDRESS', addrOne(r, c)).t(`\nMedical notes: ${r.pick(DISEASES)}; keysafe by the back door.\nEmergency contacts:\n`);
  for (let i = 1; i <= r.int(1, 3); i++) {
    const k = personIn(r, c);
    d.t(`  ${i}. `).n(k).t(` (${r.pick(['daughter', 'son', 'neighbour', 'carer', 'nephew'])}) `).l('PHONE', phone(r, c)).t('\n');
  }
  d.t(`Base unit firmware ${fw(r)}, SIM ICCID ${iccid(r)}`);
});

// 35 Smart-lock guest log.
T.push((d, r) => {
  const c = country(r);
  d.t('time,lock,event,user,method\n');
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = personIn(r, c);
    const ev = r.pick(['unlock', 'lock', 'unlock', 'code_added', 'jammed']);
    d.t(`${stamp(r)},${r.pick(['Front door', 'Garage', 'Side gate'])},${ev},`);
    if (ev === 'jammed') d.t('-');
    else if (r.chance(0.2)) d.t('auto');
    else d.n(p, randForm(r));
    d.t(`,${r.pick(['keypad', 'app', 'fingerprint', 'NFC'])}\n`);
  }
});

// 36 Alarm monitoring call log.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const op = personIn(r, c);
  d.t(`ARC ALARM LOG — account ${r.digits(6)}\nPremises: `).l('ADDRESS', addrOne(r, c)).t('\nAccount holder: ').n(p, 'rev');
  d.t(`\n${hhmm(r)} Zone 4 PIR activation (hallway)\n${hhmm(r)} Operator `).n(op, 'given').t(' called keyholder 1 ');
  d.l('PHONE', phone(r, c)).t(' — no answer\n').t(`${hhmm(r)} Called keyholder 2 `).n(personIn(r, c)).t(' on ').l('PHONE', phone(r, c));
  d.t(` — confirmed ${r.pick(['cat', 'cleaner', 'false alarm', 'balloon'])}. Password correct.\n${hhmm(r)} Closed, code ${r.pick(['FA03', 'AB11', 'NR02'])}`);
});

// 37 Device registration CSV import.
T.push((d, r) => {
  const c = country(r);
  d.t('serial;model;first_name;last_name;email;postal_address;registered\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    d.t(`${serial(r)};${r.pick(TEAMS)};`).n(p, 'given').t(';').n(p, 'family').t(';').l('EMAIL', emailFor(r, p, c)).t(';"').l('ADDRESS', addrOne(r, c)).t(`";${iso(recent(r))}\n`);
  }
});

// 38 Gateway firmware upgrade log.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`[${stamp(r)}] ota: fetching ${fw(r)} from cdn (sha256 ${hex(r, 16)}…)\n[${stamp(r)}] ota: verified signature, key id ${hex(r, 8)}\n`);
  d.t(`[${stamp(r)}] ota: requested by `).l('EMAIL', emailFor(r, p, c)).t(' via ');
  ipPort(d, r).t(`\n[${stamp(r)}] net: lease renewed `).l('IP', ipv4(r, true)).t(` gw `).l('IP', ipv4(r, true)).t(`\n[${stamp(r)}] ota: rebooting in 5 s`);
});

// 39 Billing dispute chat.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: you charged me twice for the cloud recording plan!! ${money(r, r.pick(['$', '€', '£']))} two times\n${a}: I'm sorry about that. Which card was charged? The last four digits are enough.\n`);
  d.t(`${u}: `).l('CARD', card(r)).t(` — the one in the name `).n(p, r.chance(0.5) ? 'upper' : 'full').t('\n');
  d.t(`${a}: Thanks. Please avoid sending the full number again. I see both charges under order ${orderNo(r)}; one refund is on its way.\n${u}: ok and send the receipt to `).l('EMAIL', emailFor(r, p, c));
});

// 40 SEPA mandate (French).
T.push((d, r) => {
  const c = countryOf(r, ['FR', 'FR', 'CH']);
  const p = personIn(r, c);
  d.t(`MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat : ${fill(r, 'QLN-########')}\nIdentifiant créancier SEPA : FR${r.digits(2)}ZZZ${r.digits(6)}\n\nNom du débiteur : `).n(p, r.chance(0.5) ? 'caps' : 'full');
  d.t('\nAdresse : ').l('ADDRESS', addrOne(r, c)).t('\nIBAN : ').l('IBAN', iban(r, r.pick(['FR', 'FR', 'BE', 'LU'])));
  d.t(`\nBIC : ${fill(r, 'LLLLFRPP')}${r.chance(0.5) ? 'XXX' : ''}\nFait à ${r.pick(['Lyon', 'Paris', 'Nantes', 'Lille', 'Genève', 'Rennes'])}, le ${dateIn(r, c)}\nSignature : `).n(p, 'init');
});

// 41 Broadband + smart-home install order.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`Order confirmation ${orderNo(r)}\n\nThank you, `).n(p, 'given').t(`! Your fibre line and smart-home starter kit are booked.\n\nInstallation address\n`);
  d.n(p).t('\n').l('ADDRESS', addrMulti(r, c)).t(`\n\nAppointment: ${dateIn(r, c)}, ${slot(r)}\nStatic IP: `).l('IP', ipv4(r)).t(' / ').l('IP', ipv6(r)).t(`/56\nContact number: `).l('PHONE', phone(r, c));
});

// 42 US rebate W-9.
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  d.t(`Smart Thermostat Rebate — Form W-9 details\nName (as shown on your income tax return): `).n(p, r.chance(0.3) ? 'upper' : 'full');
  d.t(`\nBusiness name: (blank)\nFederal tax classification: Individual/sole proprietor\nAddress: `).l('ADDRESS', addrOne(r, c));
  d.t('\nSocial security number: ').l('NATIONAL_ID', ssn(r)).t(`\nRebate amount: $${r.int(25, 150)}.00  Utility account ${r.digits(10)}`);
  d.t(`\nDo NOT enter an EIN (e.g. ${ein(r)}) or ITIN like ${itin(r)} here unless you have no SSN.`);
});

// 43 MQTT retained profile messages.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const h = hex(r, 4);
  d.t(`home/${h}/profile (retained) `).t('{"holder":"').n(p).t('","email":"').l('EMAIL', emailFor(r, p, c)).t('","tz":"Europe/').t(r.pick(['Berlin', 'London', 'Paris', 'Madrid'])).t('"}\n');
  d.t(`home/${h}/evse/session {"kwh":${r.int(2, 60)}.${r.int(0, 9)},"rfid":"${hex(r, 8)}","tariff":"${r.pick(['Agile', 'Go', 'Intelligent'])}"}\n`);
  d.t(`home/${h}/net {"wan":"`).l('IP', ipv4(r)).t('","lan":"').l('IP', ipv4(r, true)).t(`","uptime":${r.int(100, 900000)}}`);
});

// 44 Driver-score weekly e-mail.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t('To: ').l('EMAIL', emailFor(r, p, c)).t(`\nSubject: Your weekly driving score: ${r.int(55, 99)}/100\n\n`).n(p, 'given').t(`, you drove ${r.int(40, 900)} km this week.`);
  d.t(` Smooth braking: ${r.pick(['great', 'ok', 'needs work'])}. Night driving ${r.int(0, 40)}%. Fleet rank #${r.int(1, 40)} in Team ${r.pick(['Falcon', 'Phoenix', 'Kestrel'])}.\n`);
  d.t(`Questions? Call your fleet manager `).n(personIn(r, c), r.pick<NameForm>(['full', 'given'])).t(' on ').l('PHONE', phone(r, c)).t('.');
});

// 45 Moving house: address change for a monitored alarm.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: we're moving on ${dateIn(r, c)}. old address `).l('ADDRESS', addrOne(r, c)).t(', new one ').l('ADDRESS', addrOne(r, c)).t('\n');
  d.t(`${a}: Congratulations on the move! I can transfer the monitoring contract. Whose name is it under?\n${u}: `).self(p).t(`, dob `).l('DOB', c.date(r, birth(r))).t('\n');
  d.t(`${a}: Thanks. The panel will need re-commissioning at the new property — an installer will call you.`);
});

// 46 Connected-devices table pasted into the assistant.
T.push((d, r) => {
  const c = country(r);
  const [u, a] = chatTags(r);
  d.t(`${u}: which of these is the heat pump? copying from the router page\nName | IP | MAC | Band\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    d.t(`${r.pick(['unknown', 'espressif', 'HP-Controller', 'Galaxy-Tab', 'LGwebOSTV', 'ring-doorbell', 'DESKTOP-' + fill(r, 'LLL##L')])} | `).l('IP', ipv4(r, true)).t(` | ${mac(r)} | ${r.pick(['2.4G', '5G', 'LAN'])}\n`);
  }
  d.t('espressif | ').l('IP', ipv4(r, true)).t(` | ${mac(r)} | 2.4G\n`);
  d.t(`${a}: The "espressif" entry is most likely the controller (Espressif makes its Wi-Fi chip). Assign it a fixed address and re-run pairing.`);
  if (r.chance(0.4)) {
    const p = personIn(r, c);
    d.t(`\n${u}: thanks. fwiw the installer was `).n(p).t(r.chance(0.5) ? "'s company, they never labelled anything" : ', he never labelled anything');
  }
});

// 47 Internal agent note, "Surname, Given".
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const ag = personIn(r, c);
  d.t(`INTERNAL NOTE (not visible to customer) — ${caseNo(r)}\nCustomer: `).n(p, 'rev').t(' | acct ').t(r.digits(7)).t(' | ').l('PHONE', phone(r, c));
  d.t(`\nIssue: camera stuck in boot loop after ${fw(r)}. Verified ID via DOB `).l('DOB', c.date(r, birth(r))).t(` and postcode. Offered RMA.\nLogin seen from `).l('IP', ip(r));
  d.t(` (${cityOnly(r)}) — matches customer location.\nAgent: `).n(ag, r.pick<NameForm>(['caps', 'rev', 'init']));
});

// 48 Pet feeder support.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const pet = r.pick(PETS);
  d.t(`Hi, the feeder skipped ${pet}'s breakfast twice this week. ${pet} turns ${r.int(2, 12)} on ${dateIn(r, c)} so I'd like it fixed before the party lol.\n`);
  d.t(`Feeder is at `).l('IP', ipv4(r, true)).t(`, firmware ${fw(r)}. Account `).l('EMAIL', emailFor(r, p, c)).t('\n— ').n(p, r.pick<NameForm>(['given', 'full', 'lower']));
});

// 49 Installer WhatsApp-style log.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const i1 = personIn(r, c);
  const dt = dateIn(r, c, recent(r));
  d.t(`[${dt}, ${hhmm(r)}] `).n(i1, 'given').t(`: Job for tomorrow — 2 cams + doorbell at `).l('ADDRESS', addrOne(r, c)).t('\n');
  d.t(`[${dt}, ${hhmm(r)}] `).n(i1, 'given').t(': customer is ').n(p).t(', mobile ').l('PHONE', phone(r, c)).t('\n');
  d.t(`[${dt}, ${hhmm(r)}] `).n(personIn(r, c), 'given').t(' (van 2): 👍 bring the long ladder?\n');
  d.t(`[${dt}, ${hhmm(r)}] `).n(i1, 'given').t(': yes. their NVR is on ').l('IP', ipv4(r, true)).t(', admin pw on the job sheet');
});

// 50 NVR audit export.
T.push((d, r) => {
  const c = country(r);
  d.t('NVR-16CH audit log export\n#  time                      user            action          source\n');
  for (let i = 1; i <= r.int(3, 5); i++) {
    const p = personIn(r, c);
    d.t(`${i}  ${stamp(r)}  `);
    if (r.chance(0.25)) d.t('admin');
    else d.l('EMAIL', emailFor(r, p, c));
    d.t(`  ${r.pick(['login', 'playback ch3', 'export clip', 'ptz preset 2', 'change password'])}  `).l('IP', ip(r)).t('\n');
  }
});

// 51 RFID charge-card assignment.
T.push((d, r) => {
  const c = country(r);
  d.t(`ChargeNest Business — RFID cards (${r.pick(['Depot A', 'HQ car park', 'Site 3'])})\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    d.t(`card ${hex(r, 8).toUpperCase()}  → `).n(p, r.pick<NameForm>(['full', 'rev', 'init'])).t(' <').l('EMAIL', emailFor(r, p, c)).t(`>  limit ${r.int(50, 400)} kWh/mo\n`);
  }
  d.t(`Cost centre ${r.digits(4)}; billing via ${r.pick(['Ford Pro', 'Tesla Fleet', 'Mercedes me'])} integration.`);
});

// 52 Smart-TV account recovery.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: locked out of my TV account, the 2FA phone is my old number\n${a}: I can start a recovery. Please confirm the account email and your date of birth.\n`);
  d.t(`${u}: `).l('EMAIL', emailFor(r, p, c)).t(' / ').l('DOB', c.date(r, birth(r))).t('\n');
  d.t(`${a}: Thank you. What new mobile number should we use?\n${u}: `).l('PHONE', phone(r, c)).t(` (the old one was ${fill(r, '***-***-####')})`);
});

// 53 Solar portal export.
T.push((d, r) => {
  const c = country(r);
  d.t('site_id\towner\taddress\tkWp\tcommissioned\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    d.t(`${r.digits(7)}\t`).n(p, r.chance(0.3) ? 'upper' : 'full').t('\t').l('ADDRESS', addrOne(r, c)).t(`\t${r.int(3, 15)}.${r.int(0, 9)}\t${iso(recent(r))}\n`);
  }
});

// 54 Vehicle sale: deactivate telematics.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const b = personIn(r, c);
  d.t('Hello,\n\nI sold my car (VIN ').t(vin(r)).t(`) on ${dateIn(r, c)} and need the connected services removed from my account `).l('EMAIL', emailFor(r, p, c));
  d.t('. The buyer, ').n(b).t(', wants to register it under their own profile. My address for the confirmation letter is ').l('ADDRESS', addrOne(r, c)).t('.\n\nThanks,\n').self(p);
});

// 55 Short-term rental smart lock.
T.push((d, r) => {
  const c = country(r);
  const host = personIn(r, c);
  d.t(`Host dashboard — upcoming stays (${r.pick(['Seaside loft', 'Old Town flat', 'Cabin 2'])})\n`);
  for (let i = 0; i < r.int(2, 3); i++) {
    const g = personIn(r, c);
    const st = recent(r);
    d.t(`${iso(st)} → ${iso({ ...st, d: Math.min(28, st.d + r.int(1, 6)) })}  `).n(g).t(`  code ${r.digits(6)}  phone `).l('PHONE', phone(r, r.chance(0.6) ? c : country(r))).t('\n');
  }
  d.t('Property: ').l('ADDRESS', addrOne(r, c)).t('\nHost: ').n(host, 'given').t(` · lock battery ${r.int(5, 100)}%`);
});

// 56 Cloud incident post-mortem.
T.push((d, r) => {
  const c = country(r);
  const e1 = personIn(r, c);
  const e2 = personIn(r, c);
  d.t(`Post-incident review: MQTT broker saturation (${dateIn(r, c)})\nIncident commander: `).n(e1).t('\nScribe: ').n(e2, 'init');
  d.t(`\nTimeline:\n${hhmm(r)} Alert: connection storm from `).l('IP', ipv4(r)).t(` (${r.int(2, 90)}k reconnects/min)\n${hhmm(r)} `).n(e1, 'given').t(` blocked the /24 and rolled ${fw(r)} back\n`);
  d.t(`${hhmm(r)} A customer (`).l('EMAIL', emailFor(r, personIn(r, c), c)).t(`) reported doorbells offline\nRoot cause: a retry loop in the Jenkins-built image.\nAction items: owner `).n(e2, 'given');
});

// 57 French warranty form.
T.push((d, r) => {
  const c = countryOf(r, ['FR', 'FR', 'CH']);
  const p = personIn(r, c);
  d.t('DEMANDE DE PRISE EN GARANTIE\n\nNom : ').n(p, 'family').t('   Prénom : ').n(p, 'given').t('\nCourriel : ').l('EMAIL', emailFor(r, p, c));
  d.t('\nTéléphone : ').l('PHONE', phone(r, c)).t('\nAdresse :\n').l('ADDRESS', addrMulti(r, c));
  d.t(`\nProduit : ${r.pick(['caméra extérieure', 'thermostat connecté', 'borne de recharge', 'détecteur de fumée'])}, n° de série ${serial(r)}\nDate d'achat : ${dateIn(r, c)}\nDescription : ne se connecte plus depuis la mise à jour ${fw(r)}.`);
});

// 58 Italian e-mail.
T.push((d, r) => {
  const c = byCode('IT');
  const p = personIn(r, c);
  const ag = personIn(r, c);
  d.t('Gentile ');
  honName(d, r, c, p).t(`,\n\nla informiamo che il tecnico `).n(ag).t(` interverrà presso `).l('ADDRESS', addrOne(r, c));
  d.t(` il giorno ${dateIn(r, c)} per la sostituzione della centralina d'allarme. Per modifiche chiami il `).l('PHONE', phone(r, c)).t(' oppure scriva a ').l('EMAIL', role(r, 'kestrel-sys.com'));
  d.t(`.\n\nCordiali saluti,\nServizio Clienti — pratica ${caseNo(r)}`);
});

// 59 Dutch chat.
T.push((d, r) => {
  const c = byCode('NL');
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: goedemiddag, de laadpaal geeft storing E${r.int(10, 60)}\n${a}: Vervelend! Op welk e-mailadres staat het account?\n${u}: `).l('EMAIL', emailFor(r, p, c)).t(', op naam van ').self(p).t('\n');
  d.t(`${a}: Dank u, `);
  honName(d, r, c, p).t('. De paal meldt zich vanaf ').l('IP', ipv4(r)).t(`. Ik plan een monteur in op `).l('ADDRESS', addrOne(r, c)).t('. Klopt dat adres?');
});

// 60 Brazilian Portuguese chat.
T.push((d, r) => {
  const c = byCode('BR');
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: oi, a câmera do portão não grava desde sexta\n${a}: Olá! Pode me informar o nome do titular e o celular cadastrado?\n${u}: `).self(p).t(', ').l('PHONE', phone(r, c)).t('\n');
  d.t(`${a}: Obrigado, `);
  honName(d, r, c, p, 'given').t(`. O cartão SD está cheio. Quer ativar a nuvem? O plano custa R$ ${r.int(9, 40)},90/mês.\n${u}: pode ser, cobra no cartão `).l('CARD', card(r));
});

// 61 Post-install survey.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const i = personIn(r, c);
  d.t(`Post-installation survey\nHow satisfied were you? ${r.int(1, 5)}/5\nInstaller name (if you remember): `).n(i, r.pick<NameForm>(['given', 'full', 'lower']));
  d.t(`\nComments: ${r.pick(['Very tidy work.', 'Arrived late but explained the app well.', 'Left the old Bosch unit in my driveway.'])} `);
  d.t(`May we contact you? Yes — `).l('EMAIL', emailFor(r, p, c)).t(`\nSubmitted ${stamp(r)} from `).l('IP', ip(r));
});

// 62 EV roaming card application.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'NL', 'AT', 'FR', 'ES', 'IT', 'SE', 'PL', 'IE']);
  const p = personIn(r, c);
  d.t('EV roaming card application\nApplicant: ').self(p).t('\nBorn: ').l('DOB', c.date(r, birth(r))).t('\nDelivery address: ').l('ADDRESS', addrOne(r, c));
  d.t('\nDirect debit IBAN: ').l('IBAN', iban(r, c.iban)).t(`\nVehicle: ${r.pick(['Renault Zoe', 'Kia EV6', 'Tesla Model 3', 'Škoda Enyaq', 'Polestar 2'])}\nPlan: ${r.pick(['Flex', 'Commuter', 'Roam EU'])}`);
});

// 63 Connected-car API response.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`GET /v1/vehicles/${vin(r)}/status 200\n{\n  "primary_user": {"name": "`).n(p).t('", "email": "').l('EMAIL', emailFor(r, p, c)).t('", "phone": "').l('PHONE', phone(r, c)).t('"},\n');
  d.t(`  "battery": {"soc": ${r.int(5, 100)}, "range_km": ${r.int(20, 520)}},\n  "tcu": {"ip": "`).l('IP', r.chance(0.5) ? ipv6(r) : ipv4(r, true)).t(`", "imei": "${imei(r)}", "fw": "${fw(r)}"},\n  "home_location": "`);
  d.l('ADDRESS', addrOne(r, c)).t('"\n}');
});

// 64 LLM assistant case summary.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t('Case summary (generated by the support assistant)\n• Customer: ').n(p, 'upper').t(` — ${r.pick(['smoke alarm', 'robot vacuum', 'garage opener', 'air purifier'])}\n• Contact: `).l('EMAIL', emailFor(r, p, c)).t(', ').l('PHONE', phone(r, c));
  d.t(`\n• The customer mentioned `).n(p, 'init').t(`'s earlier ticket ${caseNo(r)}.\n• Next step: replace unit under warranty (purchased ${dateIn(r, c)}).`);
});

// 65 Indian installer ticket.
T.push((d, r) => {
  const c = byCode('IN');
  const p = personIn(r, c);
  const t = personIn(r, c);
  d.t(`Service Request ${fill(r, 'SR########')} | Category: CCTV installation\nCustomer Name: `).n(p, r.chance(0.5) ? 'upper' : 'full').t('\nRegistered Mobile: ').l('PHONE', phone(r, c)).t('\nAlternate: ').l('PHONE', phone(r, c));
  d.t('\nSite Address: ').l('ADDRESS', addrOne(r, c)).t('\nAssigned Technician: ').n(t).t(`\nVisit slot: ${dateIn(r, c)}, ${r.pick(['10am-1pm', '2pm-5pm'])}\nRemarks: DVR static IP to be set as `).l('IP', ipv4(r, true));
});

// 66 Zigbee pairing log.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`Zigbee2MQTT:info ${stamp(r)} Device '0x${hex(r, 16)}' joined\nZigbee2MQTT:info ${stamp(r)} Interview successful (model ${r.pick(['TS0601', 'SNZB-02', 'E1743'])})\n`);
  d.t(`hass.notify ${stamp(r)} push to `).l('EMAIL', emailFor(r, p, c)).t(`: "New sensor in ${r.pick(['Kitchen', 'Loft', 'Garage'])}"\n`);
  d.t(`http ${stamp(r)} login user=`).n(p, 'lower').t(' from ');
  ipPort(d, r).t(' ok');
});

// 67 Landlord device report (multi-person, card + US SSN for a tenant screening service).
T.push((d, r) => {
  const c = byCode('US');
  const t = personIn(r, c);
  d.t('Tenant smart-home onboarding (property manager copy)\nTenant: ').n(t).t('\nSSN (screening only): ').l('NATIONAL_ID', ssn(r)).t(` (old record shows ***-**-${r.digits(4)})`);
  d.t('\nUnit: ').l('ADDRESS', addrOne(r, c)).t('\nApp invite sent to: ').l('EMAIL', emailFor(r, t, c)).t(`\nLock codes rotated ${dateIn(r, c)}; thermostat limits 62–78°F.`);
});

// 68 Account-holder data export (GDPR download) with many fields.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL', 'IE', 'AT', 'GB']);
  const p = personIn(r, c);
  d.t('account.json\n{\n  "first_name": "').n(p, 'given').t('",\n  "last_name": "').n(p, 'family').t('",\n  "birth_date": "').l('DOB', iso(birth(r))).t('",\n  "email": "');
  d.l('EMAIL', emailFor(r, p, c)).t('",\n  "phone": "').l('PHONE', phone(r, c)).t('",\n  "billing_iban": "').l('IBAN', iban(r, c.iban)).t(`",\n  "devices": ${r.int(1, 14)},\n  "last_login_ip": "`).l('IP', ip(r)).t('"\n}');
});

// 69 Payment-gateway debug log that leaked a full card number.
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  d.t(`${stamp(r)} DEBUG payments.gateway request=${uuid(r)} amount=${r.int(5, 400)}00 currency=${r.pick(['USD', 'EUR', 'GBP', 'JPY'])}\n`);
  d.t(`${stamp(r)} DEBUG payments.gateway card.number=`).l('CARD', card(r)).t(` card.holder="`).n(p, 'upper').t(`" card.exp=${pad(r.int(1, 12))}${r.int(26, 31)}\n`);
  d.t(`${stamp(r)} DEBUG payments.gateway customer.email=`).l('EMAIL', emailFor(r, p, c)).t(' client.ip=').l('IP', ip(r)).t('\n');
  d.t(`${stamp(r)} WARN  pci.scanner PAN detected in log stream "${r.pick(['billing-api', 'subs-worker'])}" — rotate and purge (rule ${fill(r, 'PCI-##')})`);
});

// 70 US field-technician onboarding (fleet).
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  d.t('NEW HIRE — FIELD INSTALLER (vehicle + tablet assignment)\nLegal name: ').n(p, 'rev').t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', usDate(r, birth(r)));
  d.t('\nHome address: ').l('ADDRESS', addrOne(r, c)).t('\nCell: ').l('PHONE', phone(r, c)).t(`\nVan: ${vin(r)}  Tablet IMEI: ${imei(r)}\nStart date: ${usDate(r, recent(r))}`);
});

// 71 Solar export / feed-in payment form.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'NL', 'FR', 'ES', 'IT', 'AT', 'IE', 'GB', 'SE', 'PL']);
  const p = personIn(r, c);
  d.t(`Export payment registration — ${r.pick(['Smart Export Guarantee', 'Einspeisevergütung', 'terugleververgoeding', 'autoconsommation collective'])}\n`);
  d.t('Generator owner: ').self(p).t('\nSupply address: ').l('ADDRESS', addrOne(r, c)).t('\nPayee IBAN: ').l('IBAN', iban(r, c.iban));
  d.t(`\nMeter: ${r.digits(13)}  Inverter: ${serial(r)}  Capacity: ${r.int(3, 30)}.${r.int(0, 9)} kWp\nCommissioning date: ${dateIn(r, c)}`);
  if (r.chance(0.4)) d.t(`\n(Note: the account ${badIban(r, c.iban)} on the previous form failed validation.)`);
});

// 72 Refund chat (IBAN in SEPA countries, card elsewhere).
T.push((d, r) => {
  const c = country(r);
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  const sepa = ['DE', 'FR', 'NL', 'ES', 'IT', 'AT', 'IE', 'CH', 'SE', 'PL', 'GB', 'TR', 'AE', 'BR'].includes(c.code);
  d.t(`${u}: the doorbell was DOA, I returned it (${caseNo(r)}). where is my refund??\n${a}: I'm sorry for the wait. I can issue it now — ${sepa ? 'which bank account should we use?' : 'to which card?'}\n${u}: `);
  if (sepa) d.l('IBAN', iban(r, c.iban)).t(', account holder ').self(p);
  else d.l('CARD', card(r)).t(', ').self(p);
  d.t(`\n${a}: Done — ${money(r, r.pick(['€', '$', '£']))} will arrive in 3–5 business days.`);
});

// 73 US cellular GPS-tracker activation with credit check.
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  d.t(`LTE-M tracker activation — carrier credit check\nSubscriber: `).self(p).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nBilling address: ').l('ADDRESS', addrOne(r, c));
  d.t('\nAutopay card: ').l('CARD', card(r)).t(`\nDevice IMEI ${imei(r)}, ICCID ${iccid(r)}\nPort-in number: `).l('PHONE', phone(r, c)).t(`\nNote: applicant first entered ${itin(r)} (ITIN) — rejected.`);
});

// 74 Installer invoice with bank details.
T.push((d, r) => {
  const c = countryOf(r, ['DE', 'NL', 'FR', 'ES', 'IT', 'AT', 'IE', 'PL', 'SE', 'CH']);
  const p = personIn(r, c);
  const inst = personIn(r, c);
  d.t(`RECHNUNG / INVOICE ${fill(r, '####-###')}  ${dateIn(r, c)}\n${r.pick(['Elektrotechnik Nord GmbH', 'VoltWerk Installations', 'Rhein-Solar e.K.'])} — Wallbox & PV\nYour installer: `).n(inst).t(`\nBill to: `).n(p).t(', ').l('ADDRESS', addrOne(r, c));
  d.t(`\nWallbox installation ${money(r, '€')}\nLoad management module ${money(r, '€')}\nVAT ${r.pick(['19', '21', '20', '0'])}%\n\nPlease pay within 14 days to `).l('IBAN', iban(r, c.iban)).t(` (BIC ${fill(r, 'LLLLLL##')}).\nQuestions: `).l('PHONE', phone(r, c));
});

// 75 Web-shop order export with card data.
T.push((d, r) => {
  const c = country(r);
  d.t('order_id,customer,email,card,items\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    d.t(`${orderNo(r)},`).n(p).t(',').l('EMAIL', emailFor(r, p, c)).t(',');
    if (r.chance(0.75)) d.l('CARD', card(r));
    else d.t(maskedCard(r));
    d.t(`,"${r.pick(TEAMS)} x${r.int(1, 3)}"\n`);
  }
});

// 76 US monitored-alarm contract.
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  d.t('24/7 MONITORING AGREEMENT — customer information\nPrimary: ');
  d.n(p).t('   DOB ').l('DOB', usDate(r, birth(r))).t('\nSocial Security #: ').l('NATIONAL_ID', ssn(r)).t('\nPremises: ').l('ADDRESS', addrMulti(r, c));
  d.t('\nVerbal passcode: on file   Primary phone: ').l('PHONE', phone(r, c)).t(`\nPanel: ${r.pick(['Honeywell Lyric', 'Qolsys IQ4', 'DSC PowerSeries'])}, cell communicator IMEI ${imei(r)}`);
});

// 77 Assistant chat: user pastes their SSN.
T.push((d, r) => {
  const c = byCode('US');
  const p = personIn(r, c);
  const [u, a] = chatTags(r);
  d.t(`${u}: the app wants to verify me before it unlocks financing for the EV charger. here: `).self(p).t(', ssn ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`${a}: Please don't share your Social Security number in chat — I've asked for this message to be redacted. Identity checks happen only inside the app's secure form.\n${u}: oh ok. it said my EIN ${ein(r)} wasn't accepted`);
});

// 78 US HR export of installers.
T.push((d, r) => {
  const c = byCode('US');
  d.t('employee_id|name|ssn|dob|mobile|region\n');
  const form: NameForm = r.pick(['rev', 'full', 'upper']);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = personIn(r, c);
    d.t(`E${r.digits(5)}|`).n(p, form).t('|');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(`XXX-XX-${r.digits(4)}`);
    d.t('|').l('DOB', `${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(1960, 2003)}`).t('|').l('PHONE', phone(r, c)).t(`|${r.pick(['Midwest', 'Pacific NW', 'Southeast', 'Mountain'])}\n`);
  }
});

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no PII at all, but plenty of traps.

const N: Tpl[] = [];

// N1 Firmware release notes.
N.push((d, r) => {
  const c = country(r);
  d.t(`${r.pick(TEAMS)} firmware ${fw(r)} — release notes (${dateIn(r, c)})\n\n`);
  d.t(`• Fixed: Wi-Fi reconnect after ${r.pick(['Fritz!Box', 'OpenWrt', 'Tesla Powerwall gateway'])} reboots.\n• Improved: ${r.pick(SOFTWARE)} discovery; Matter ${r.int(1, 2)}.${r.int(0, 4)} certification.\n`);
  d.t(`• Known issue ${caseNo(r)}: chime volume resets. Build ${r.int(2, 4)}.${r.int(0, 12)}.${r.int(0, 40)}.${r.int(100, 999)}, checksum ${hex(r, 40)}.\n`);
  d.t(`• Rollout: ${r.int(5, 100)}% of devices by ${dateIn(r, c)}. Thanks to Team ${r.pick(['Falcon', 'Phoenix', 'Kestrel'])} for the ${r.pick(['Grant', 'Hope', 'Rose'])} Street pilot.`);
});
// N2 Fleet weekly statistics.
N.push((d, r) => {
  d.t(`Fleet summary, week ${r.int(1, 52)}\nVehicles active: ${r.int(10, 400)}\nTotal distance: ${r.int(1000, 90000)} km\nAverage score: ${r.int(60, 95)}\n`);
  d.t(`Top model: ${r.pick(['Ford E-Transit', 'Mercedes eSprinter', 'Renault Kangoo E-Tech', 'Tesla Model Y'])}\nHarsh events: ${r.int(0, 300)} (−${r.int(1, 30)}%)\n`);
  d.t(`Longest idle: ${vin(r)} at the ${r.pick(PLACES)} depot\nNext service batch: PO ${orderNo(r)}, ${r.int(3, 40)} units`);
});
// N3 Device syslog with no personal data.
N.push((d, r) => {
  for (let i = 0; i < r.int(3, 6); i++) {
    d.t(`${logTs(r)} ${r.pick(['cam-garage', 'evse-01', 'thermo-hall', 'hub'])} ${r.pick([
      `wifi: assoc ${mac(r)} rssi -${r.int(40, 88)}`,
      `ota: current ${fw(r)}, target ${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
      `modem: IMEI ${imei(r)} ICCID ${iccid(r)}`,
      `evse: session ${uuid(r)} ${r.int(1, 60)}.${r.int(0, 9)} kWh`,
      `tls: cert sha1 ${hex(r, 40)}`,
      `sensor: temp ${r.int(15, 28)}.${r.int(0, 9)}C hum ${r.int(30, 70)}%`,
    ])}\n`);
  }
  d.t(`${logTs(r)} hub kernel: uptime ${r.int(1000, 9_000_000)} s`);
});
// N4 Generic assistant chat.
N.push((d, r) => {
  const [u, a] = chatTags(r);
  d.t(`${u}: does the ${r.pick(TEAMS)} work with ${r.pick(BRANDS)}? Will the rain delay kick in if it rains tomorrow lol\n`);
  d.t(`${a}: Yes — pair it through ${r.pick(SOFTWARE)} or the ${r.pick(['Alexa', 'Siri', 'Google Home'])} skill. The rain-delay uses your local forecast.\n`);
  d.t(`${u}: cool. and if I move it to the garage, ~${r.int(5, 30)} m from the router?\n${a}: Add a mesh node halfway or use the 2.4 GHz band. Firmware ${fw(r)} improved range.`);
});
// N5 Supplier invoice (company data, test card, invalid IBAN).
N.push((d, r) => {
  d.t(`INVOICE ${fill(r, 'INV-####-#####')}   Date: ${iso(recent(r))}\nSupplier: ${vendor(r)[0]} Inc., EIN ${ein(r)}\n`);
  d.t(`Item: ${r.int(10, 500)} × smart relay module ${serial(r)} @ ${money(r, '$')}\nRemit via ACH, routing ${routing(r)}, account ending ${r.digits(4)}\n`);
  d.t(`EU customers: IBAN ${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES']))} (check digits under review — do not use)\n`);
  d.t(`Sandbox card for QA only: ${badCard(r)}. PO ${orderNo(r)}. Terms net 30.`);
});
// N6 Knowledge-base article.
N.push((d, r) => {
  d.t(`KB${r.digits(5)}: Fall detection and medical conditions\n\nThe pendant's algorithm was tuned with clinicians for wearers living with ${r.pick(DISEASES)} or ${r.pick(DISEASES)}. `);
  d.t(`The impact model is a textbook application of ${r.pick(LAWS)}; expect ${r.pick(["Murphy's law", "Sod's law"])} on stairs. The research partner previously won ${r.pick(AWARDS)}. `);
  d.t(`Last reviewed ${iso(recent(r))}; applies to hardware rev ${letter(r)}${r.int(1, 4)} and firmware ${fw(r)}.`);
});
// N7 Stand-up notes with team and product names.
N.push((d, r) => {
  d.t(`Stand-up ${iso(recent(r))}\n- ${r.pick(TEAMS)}: OTA channel split done, ${r.int(2, 9)} PRs open\n- ${r.pick(TEAMS)}: waiting on ${r.pick(['Bosch', 'Siemens', 'Philips'])} SDK drop\n`);
  d.t(`- Hope to ship ${fw(r)} Friday; blocked by ${r.pick(['Jenkins', 'Hudson', 'Grafana'])} flake ${shortHash(r)}\n- Bill of materials for the ${r.pick(['Lincoln', 'Victoria', 'Charlotte'])} gateway frozen`);
});
// N8 MQTT telemetry dump.
N.push((d, r) => {
  const h = hex(r, 6);
  d.t(`home/${h}/thermostat/state {"setpoint":${r.int(16, 24)}.5,"mode":"${r.pick(['heat', 'eco', 'off'])}"}\n`);
  d.t(`home/${h}/evse/meter {"v":${r.int(220, 240)},"a":${r.int(6, 32)},"kwh_total":${r.int(100, 9000)}.${r.int(0, 9)}}\n`);
  d.t(`home/${h}/doorbell/battery ${r.int(5, 100)}\nhome/${h}/$fw "${fw(r)}"\nhome/${h}/$mac "${mac(r)}"`);
});
// N9 Warranty policy text.
N.push((d, r) => {
  d.t(`Limited warranty. Devices purchased after ${iso(recent(r))} are covered for ${r.int(2, 5)} years. Batteries: ${r.int(6, 24)} months. `);
  d.t(`Claims require the serial number (e.g. ${serial(r)}) and proof of purchase. Damage from ${r.pick(STORMS)} or similar events is excluded unless you bought Care+. `);
  d.t(`This policy does not affect your statutory rights in ${r.pick(['the EU', 'the UK', 'Australia', 'California'])}.`);
});
// N10 Storm outage notice.
N.push((d, r) => {
  d.t(`Service notice: ${r.pick(STORMS)} has caused power cuts across ${r.pick(['the north-west', 'Galicia', 'Kyushu', 'the Gulf Coast'])}. `);
  d.t(`Devices will show "offline" until power returns; schedules resume automatically. Chargers may need a reset (hold the button ${r.int(5, 15)} s). `);
  d.t(`Status page updated ${stamp(r)}. Incident ${caseNo(r)}.`);
});
// N11 Reply with masked values only.
N.push((d, r) => {
  d.t(`Thanks for your patience. For your security we only show partial details: card ${maskedCard(r)}, phone ${fill(r, '***-***-####')}, SSN ***-**-${r.digits(4)}, `);
  d.t(`account ${'*'.repeat(r.int(4, 8))}${r.digits(3)}. Your refund of ${money(r, '$')} for order ${orderNo(r)} was issued today and should arrive in ${r.int(3, 10)} business days.`);
});
// N12 Forum comparison post.
N.push((d, r) => {
  d.t(`Re: ${r.pick(['Shelly vs Sonoff', 'Ohme vs Zappi', 'Arlo vs Eufy', 'Tado vs Nest'])}?\n\nHad both. The ${r.pick(BRANDS)} app is nicer, but local control via ${r.pick(SOFTWARE)} won me over. `);
  d.t(`My ${r.pick(['Kia Niro', 'Ford Mustang Mach-E', 'Honda e', 'Porsche Taycan'])} schedules fine. Firmware ${fw(r)} fixed the ${r.pick(['Ferrari-red', 'Tesla-style'])} LED. ${r.pick(PETS)} the cat still sets off the motion zone 🙄`);
});
// N13 Telemetry CSV.
N.push((d, r) => {
  d.t('ts,device,serial,metric,value\n');
  for (let i = 0; i < r.int(3, 6); i++) d.t(`${stamp(r)},${r.pick(['evse', 'cam', 'thermo', 'plug'])},${serial(r)},${r.pick(['temp_c', 'kwh', 'rssi', 'fps'])},${r.int(-90, 300)}\n`);
  d.t(`# generated by exporter ${fw(r)} (${shortHash(r)})`);
});
// N14 Anonymous crash report.
N.push((d, r) => {
  d.t(`Crash ${uuid(r)}\nThread 0 Crashed: com.apple.main-thread\n0  Hearthlink  0x${hex(r, 12)} MeshViewController.refresh() + ${r.int(40, 400)}\n`);
  d.t(`User: anonymous (consent not given)\nApp ${fw(r)} · iOS ${r.int(16, 18)}.${r.int(0, 6)} · ${r.pick(['iPhone15,2', 'iPad13,4', 'iPhone14,7'])}\nOccurrences: ${r.int(1, 900)} since ${iso(recent(r))}`);
});

// N15 Compliance memo.
N.push((d, r) => {
  d.t(`Compliance memo ${fill(r, 'CM-####')}: the venue-camera bundle is marketed against ${r.pick(REGS)} guidance, while finance controls follow ${r.pick(REGS)}. `);
  d.t(`The doorbell does not screen visitors against any registry. Review due ${iso(recent(r))}; owner: Legal (Team ${r.pick(['Atlas', 'Juno', 'Orion'])}).`);
});

// ---------------------------------------------------------------------------------------------------
// Generator.

/** Number of distinct document templates (labelled and negative). */
export const INDEPENDENT47_TEMPLATE_COUNT = T.length + N.length;

/** Templates that carry the rarer types (cards, IBANs, SSNs) are drawn twice as often. */
const BOOSTED = [9, 14, 33, 39, 60, 69, 73, 75, 6, 16, 26, 40, 62, 68, 71, 72, 74, 25, 42, 67, 70, 76, 77, 78];
const POOL: readonly Tpl[] = [...T, ...BOOSTED.map((n) => T[n - 1]!)];

function build(r: Rng, tpl: Tpl): Independent47Entry {
  const d = new Doc();
  resetClock(r);
  tpl(d, r);
  return { text: d.text, labels: d.labels, knownNames: d.known };
}

/** Generates whole documents until at least `minInstances` labels exist; deterministic per seed. */
export function generateIndependent47Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent47Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT47_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT47_MIN_INSTANCES;
  const out: Independent47Entry[] = [];
  let total = 0;
  while (total < min) {
    const e = build(r, r.chance(0.1) ? r.pick(N) : r.pick(POOL));
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
