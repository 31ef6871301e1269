/**
 * @module privacy/pii-corpus-independent-40 — blind, labelled PII corpus #40: trust & safety on social
 * platforms and online communities.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts` (the grep that showed it
 * also printed the `PII_TYPES` list below it), the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, its docs, its benches, any other corpus or template file, the
 * shared folder or the git history, and never ran the detector on this text. Every name, address,
 * template and value here was invented for this file.
 *
 * Seeds: 400001, 400002, 400003 ({@link INDEPENDENT40_SEEDS}); each seed yields whole documents until at
 * least {@link INDEPENDENT40_MIN_INSTANCES} labels exist, deterministically.
 *
 * Contents: user reports and moderation queues, harassment, doxxing and impersonation complaints,
 * account-recovery and identity-verification chats, DMs pasted as evidence, community and group posts,
 * creator and marketplace-seller support, law-enforcement requests and responses, exports and logs, in
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Swedish, Japanese and
 * Korean, with names from 30+ cultures and each country's own phone, address and date formats. About one
 * document in ten is a hard negative (no PII, but eponymous brands, places, laws and diseases, case and
 * tracking numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs,
 * routing numbers, masked values and non-birth dates); such distractors also appear in labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms
 *   are labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets or
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts are labelled as the
 *   whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street/building/PO-box line
 *   to the last postcode/city/country line; the recipient name is a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only; cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is measured on. */
export const INDEPENDENT40_SEEDS = [400001, 400002, 400003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT40_MIN_INSTANCES = 2400;

/** A label carrying the exact text of its span. */
export type Independent40Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent40Entry = PiiCorpusEntry & { readonly labels: readonly Independent40Label[] };

/** Builds a document, recording label offsets while text is appended. */
class Doc {
  text = '';
  readonly labels: Independent40Label[] = [];
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
  /** The user's own full name: labelled PERSON and passed as knownNames. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent40Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const sp = (s: string): readonly string[] => s.split('|');
const nth = <T>(xs: readonly T[], i: number): T => xs[i] as T;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16);
  return s;
};
const UP = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const letter = (r: Rng, set = UP): string => set.charAt(r.int(0, set.length - 1));

// ---------------------------------------------------------------------------------------------------
// Names

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** w: given surname; e: surname given; x: either. */
  readonly order: 'w' | 'e' | 'x';
  /** Written in a non-Latin script, usually without a space. */
  readonly native?: boolean;
  /** For native scripts: chance of a space between surname and given name. */
  readonly gap?: number;
}

const C = {
  us: { g: sp('James|Ashley|Tyler|Brittany|Will|Grant|Hope|Faith|Hunter|Madison|Dakota|Bill|Summer|Travis|Kayla|DeShawn|Jolene|Cody'), s: sp('Miller|Young|Price|King|Little|Brown|Carter|Hayes|Bell|Rich|Parker|Foster|Wells|Gonzales|Washington|Hill|Booker|Lawson'), order: 'w' },
  gb: { g: sp('Oliver|Harriet|Guy|Rose|Poppy|Alfie|Imogen|Rupert|Nigel|Freya|Ellis|Kit|May|Dawn|Clive|Tamsin'), s: sp('Pemberton|Ashworth|Clegg|Hollis|Marsh|Fletcher|Thwaite|Barker|Whitlock|Cole|Pope|Page|Bishop|Knight|Sewell|Hartley'), order: 'w' },
  ie: { g: sp('Siobhán|Ciarán|Aoife|Niamh|Pádraig|Róisín|Oisín|Saoirse|Eoin|Clodagh|Declan|Grainne'), s: sp('Ó Súilleabháin|Byrne|Mac Giolla Bhríde|O\'Donoghue|Kavanagh|McGrath|Duggan|Nolan|Brennan|Keane|Ní Bhriain|Lynch'), order: 'w' },
  scot: { g: sp('Ailsa|Hamish|Morag|Fraser|Isla|Callum|Eilidh|Struan|Kirsty|Angus'), s: sp('MacLeod|Buchanan|Drummond|Ross|Gunn|Munro|Sinclair|Urquhart|Baird|Strachan'), order: 'w' },
  de: { g: sp('Lukas|Annika|Jürgen|Heike|Maximilian|Lea|Torsten|Sabine|Jonas|Frieda|Henrike|Till|Dörte|Kai|Ute'), s: sp('Schäfer|Müller|Wagner|Becker|Krüger|Hoffmann|Zimmermann|Vogel|Brandt|Engel|Lang|Fuchs|Weiß|Kühn|Schwarz'), order: 'w' },
  fr: { g: sp('Camille|Théo|Margaux|Benoît|Aurélie|Mathis|Solène|Grégoire|Anaïs|Yannick|Léa|Rémi|Océane|Gaëlle'), s: sp('Lefèvre|Moreau|Girard|Dubois|Fontaine|Chevalier|Rousseau|Mercier|Blanc|Petit|Lemaire|Barbier|Leblanc|Marchand'), order: 'w' },
  es: { g: sp('Alejandro|Lucía|Iñigo|Nerea|Sergio|Pilar|Álvaro|Begoña|Jorge|Rocío|Íker|Amparo|Dolores|Consuelo'), s: sp('García Ruiz|Fernández|Martín|Ortega|Navarro|Domínguez|Sáez|Iglesias|Gil|Castro|Vidal|Herrero|Blanco|Delgado'), order: 'w' },
  mx: { g: sp('Guadalupe|Xóchitl|Jesús|Itzel|Ángel|Ximena|Rodrigo|Citlali|Armando|Yesenia|Socorro|Luz'), s: sp('Hernández|López|Ramírez|Cruz|Morales|Reyes|Guzmán|Mendoza|Villalobos|Cervantes|Ochoa|Ríos'), order: 'w' },
  br: { g: sp('João|Thaís|Gabriel|Luana|Rafael|Bruna|Caio|Fernanda|Vinícius|Juliana|Heitor|Letícia|Graça|Conceição'), s: sp('Silva|Souza|Oliveira|Costa|Pereira|Rodrigues|Almeida|Carvalho|Nascimento|Barbosa|Ribeiro|Lima|dos Santos|Araújo'), order: 'w' },
  it: { g: sp('Giulia|Lorenzo|Chiara|Matteo|Francesca|Davide|Alessia|Giacomo|Federica|Simone|Ilaria|Riccardo|Andrea|Nicola'), s: sp('Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Ferrari|Fontana'), order: 'w' },
  nl: { g: sp('Daan|Sanne|Bram|Femke|Joris|Lotte|Sem|Maartje|Thijs|Noor|Wouter|Fleur|Joost|Ilse'), s: sp('de Vries|van den Berg|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van Dijk|Bos|Vos|de Jong|Hendriks'), order: 'w' },
  pl: { g: sp('Katarzyna|Michał|Agnieszka|Paweł|Zofia|Krzysztof|Małgorzata|Wojciech|Magdalena|Tomasz|Joanna|Grzegorz'), s: sp('Nowak|Kowalski|Wiśniewska|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska|Jankowski'), order: 'w' },
  nord: { g: sp('Astrid|Björn|Ingrid|Sven|Linnea|Oskar|Sigrid|Leif|Elin|Mikko|Aino|Juhani|Solveig|Espen'), s: sp('Lindqvist|Johansson|Andersson|Berg|Nyström|Halvorsen|Solberg|Virtanen|Korhonen|Mäkinen|Sjöberg|Dahl|Strand|Holm'), order: 'w' },
  tr: { g: sp('Emre|Zeynep|Mehmet|Elif|Burak|Ayşe|Kerem|Büşra|Oğuz|Defne|Serkan|Gülşen|Umut|Deniz'), s: sp('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aslan|Kurt|Erdem'), order: 'w' },
  ar: { g: sp('Said|Fatima|Omar|Layla|Youssef|Amina|Khalid|Noura|Hamza|Mariam|Tariq|Salma|Rania|Karim'), s: sp('Al-Farsi|Haddad|Mansour|El-Amin|Khoury|Nasser|Abdullah|Saleh|Bakr|Othman|Qasim|Aziz|Benali|El Idrissi'), order: 'w' },
  fa: { g: sp('Dariush|Shirin|Arash|Parisa|Babak|Negar|Kian|Roya|Farhad|Leila'), s: sp('Hosseini|Rahimi|Karimi|Tehrani|Ahmadi|Moradi|Jafari|Sadeghi|Rostami|Ebrahimi'), order: 'w' },
  in: { g: sp('Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Sneha|Aditya|Pooja|Rahul|Neha|Siddharth|Sunny|Asha'), s: sp('Sharma|Verma|Gupta|Agarwal|Mehta|Chopra|Malhotra|Joshi|Kapoor|Banerjee|Iyer|Reddy|Desai|Patil'), order: 'w' },
  ta: { g: sp('Karthik|Lakshmi|Senthil|Divya|Murugan|Meenakshi|Arun|Revathi'), s: sp('Subramanian|Krishnan|Natarajan|Raman|Venkatesan|Pillai|Rajendran|Sundaram'), order: 'w' },
  pk: { g: sp('Ayesha|Bilal|Hina|Usman|Sana|Imran|Rafiq|Nusrat|Tanvir|Farzana'), s: sp('Qureshi|Chaudhry|Malik|Siddiqui|Rahman|Hossain|Akhtar|Butt|Chowdhury|Sheikh'), order: 'w' },
  zh: { g: sp('Wei|Xiaoling|Jun|Mei|Hao|Yan|Zhiwei|Lihua|Bo|Jing|Yuxuan|Ming'), s: sp('Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Guo|Sun'), order: 'x' },
  ja: { g: sp('Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Misaki|Daisuke|Yuna'), s: sp('Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Matsumoto|Inoue'), order: 'w' },
  jan: { g: sp('陽翔|結衣|蒼|美咲|健二|さくら|大輔|優奈'), s: sp('佐藤|鈴木|高橋|田中|渡辺|山本|中村|小林'), order: 'e', native: true, gap: 0.25 },
  ko: { g: sp('Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Do-yun|Su-bin|Hyun-woo|Ye-jin|Jae-won|Eun-ji'), s: sp('Kim|Lee|Park|Choi|Jung|Kang|Yoon|Jang|Han|Shin'), order: 'x' },
  kon: { g: sp('민준|서연|지훈|하은|도윤|수빈|현우|예진'), s: sp('김|이|박|최|정|강|윤|장'), order: 'e', native: true },
  vi: { g: sp('Minh|Linh|Tuấn|Thảo|Huy|Ngọc|Quang|Trang|Phương|Bảo'), s: sp('Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng|Bùi|Đỗ|Huỳnh'), order: 'e' },
  ph: { g: sp('Maricel|Jericho|Rhea|Bong|Jhun|Divina|Rommel|Lovely|Joy|Precious'), s: sp('Dela Cruz|Santos|Bautista|Villanueva|Mercado|Aquino|Garcia|Manalo|Pascual|Soriano'), order: 'w' },
  ng: { g: sp('Chinedu|Ngozi|Oluwaseun|Funmilayo|Emeka|Adaeze|Tunde|Blessing|Obinna|Yetunde|Godswill|Patience'), s: sp('Okafor|Adeyemi|Nwosu|Balogun|Eze|Okonkwo|Adebayo|Ogunleye|Chukwu|Afolabi|Ibrahim|Bello'), order: 'w' },
  ke: { g: sp('Wanjiru|Otieno|Achieng|Kamau|Njeri|Kiprop|Amani|Baraka|Akinyi|Wafula'), s: sp('Mwangi|Odhiambo|Kariuki|Wambui|Kimani|Ochieng|Mutua|Njoroge|Chebet|Kiplagat'), order: 'w' },
  eth: { g: sp('Abebe|Tigist|Dawit|Selam|Yonas|Hiwot'), s: sp('Tesfaye|Bekele|Girma|Haile|Alemu|Mengistu'), order: 'w' },
  ru: { g: sp('Dmitri|Olga|Sergei|Natalia|Alexei|Svetlana|Bohdan|Oksana|Yaroslav|Iryna'), s: sp('Ivanov|Petrova|Smirnov|Kuznetsova|Volkov|Shevchenko|Kovalenko|Bondarenko|Melnyk|Sokolova'), order: 'w' },
  gr: { g: sp('Giorgos|Eleni|Dimitris|Katerina|Nikos|Sofia|Vasiliki|Stavros'), s: sp('Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Vlachos|Alexiou|Karagiannis|Pappas'), order: 'w' },
  he: { g: sp('Noa|Yonatan|Tamar|Itai|Shira|Eitan|Maya|Avital'), s: sp('Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Avraham|Katz'), order: 'w' },
  cz: { g: sp('Zsófia|Bence|Eszter|Levente|Tereza|Jakub|Lucie|Vojtěch'), s: sp('Nagy|Kovács|Szabó|Tóth|Novák|Svoboda|Dvořák|Procházka'), order: 'w' },
} satisfies Record<string, Culture>;
type CK = keyof typeof C;

/** Country contexts: which cultures live there. */
const LOC = {
  US: ['us', 'us', 'us', 'mx', 'in', 'zh', 'ko', 'vi', 'ph', 'ng', 'ar', 'he', 'ie', 'eth'],
  GB: ['gb', 'gb', 'gb', 'scot', 'ie', 'pk', 'in', 'ng', 'pl', 'gr', 'it', 'cz'],
  IE: ['ie', 'ie', 'gb', 'pl', 'br'],
  DE: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr', 'ar', 'fa', 'cz'],
  FR: ['fr', 'fr', 'fr', 'ar', 'vi', 'it', 'es'],
  ES: ['es', 'es', 'es', 'ar', 'br'],
  IT: ['it', 'it', 'it', 'ru', 'ar'],
  NL: ['nl', 'nl', 'nl', 'tr', 'ar'],
  BR: ['br', 'br', 'br', 'it', 'ja'],
  MX: ['mx', 'mx', 'es'],
  JP: ['jan', 'jan', 'ja'],
  KR: ['kon', 'kon', 'ko'],
  IN: ['in', 'in', 'ta', 'pk'],
  AU: ['gb', 'us', 'zh', 'vi', 'gr', 'it'],
  CA: ['fr', 'us', 'zh', 'in', 'fa', 'gb'],
  PL: ['pl', 'pl', 'ru'],
  SE: ['nord', 'nord', 'fa', 'ar'],
  TR: ['tr'],
  NG: ['ng'],
  KE: ['ke', 'eth'],
  PH: ['ph'],
} satisfies Record<string, readonly CK[]>;
type CC = keyof typeof LOC;
const EN_CC: readonly CC[] = ['US', 'US', 'US', 'GB', 'GB', 'IE', 'AU', 'CA', 'IN', 'NG', 'KE', 'PH'];
const ANY_CC = Object.keys(LOC) as CC[];

interface Person {
  readonly g: string;
  readonly s: string;
  readonly full: string;
  readonly c: Culture;
}

function mkPerson(r: Rng, cc: CC): Person {
  const c: Culture = C[r.pick(LOC[cc])];
  const g = r.pick(c.g);
  const s = r.pick(c.s);
  let full: string;
  if (c.native) full = r.chance(c.gap ?? 0) ? `${s} ${g}` : `${s}${g}`;
  else if (c.order === 'e' || (c.order === 'x' && r.chance(0.5))) full = `${s} ${g}`;
  else full = `${g} ${s}`;
  return { g, s, full, c };
}

/** A name as people write it: full, given, surname, initial, "Surname, Given", caps, lower case. */
function nf(r: Rng, p: Person): string {
  if (p.c.native) return r.chance(0.7) ? p.full : p.s;
  const x = r.next();
  if (x < 0.5) return p.full;
  if (x < 0.63) return p.g;
  if (x < 0.7) return p.s;
  if (x < 0.77) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.84) return `${p.s}, ${p.g}`;
  if (x < 0.9) return p.full.toUpperCase();
  if (x < 0.95) return p.full.toLowerCase();
  return `${p.g} ${letter(r)}. ${p.s}`;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const WORDS = sp('nightowl|bluefern|pixel|ember|kestrel|maple|sundae|orbit|lumen|cobalt|tidepool|quill|moss|saffron|velvet|zephyr|copper|juniper');
const handle = (r: Rng, p?: Person): string => {
  const base = p && ascii(p.g) && r.chance(0.5) ? ascii(p.g) : r.pick(WORDS);
  return `@${base}${r.pick(['_', '.', '', '__'])}${r.pick(WORDS)}${r.chance(0.5) ? r.digits(2) : ''}`;
};

// ---------------------------------------------------------------------------------------------------
// E-mail

const FREEMAIL = sp('gmail.com|outlook.com|yahoo.com|hotmail.co.uk|web.de|gmx.de|orange.fr|free.fr|libero.it|hotmail.es|uol.com.br|bol.com.br|naver.com|daum.net|yahoo.co.jp|proton.me|icloud.com|mail.ru|wp.pl|o2.pl|ziggo.nl|fastmail.com|rediffmail.com|t-online.de|btinternet.com|eircom.net|bigpond.com|telus.net|seznam.cz|yahoo.com.ph');
interface Platform {
  readonly name: string;
  readonly dom: string;
}
const PLATFORMS: readonly Platform[] = [
  { name: 'Kiteloop', dom: 'kiteloop.social' },
  { name: 'Parlo', dom: 'parlo.app' },
  { name: 'Threadnest', dom: 'threadnest.net' },
  { name: 'Stallmarket', dom: 'stallmarket.com' },
  { name: 'Lumenboard', dom: 'lumenboard.io' },
  { name: 'Chirpwave', dom: 'chirpwave.com' },
  { name: 'Hearthly', dom: 'hearthly.community' },
  { name: 'Vesta Circle', dom: 'vestacircle.org' },
];
const ROLES = sp('support|abuse|legal|trust|appeals|lerequests|privacy|safety|report|moderation|creators|sellers');
const roleMail = (r: Rng, p: Platform): string => `${r.pick(ROLES)}@${p.dom}`;

function emailOf(r: Rng, p?: Person, dom?: string): string {
  let a = p ? ascii(p.g) : '';
  let b = p ? ascii(p.s) : '';
  if (!a || !b) {
    a = r.pick(WORDS);
    b = r.pick(WORDS);
  }
  const d = dom ?? r.pick(FREEMAIL);
  let local: string;
  switch (r.int(0, 7)) {
    case 0:
      local = `${a}.${b}`;
      break;
    case 1:
      local = `${a}${b}${r.int(1, 99)}`;
      break;
    case 2:
      local = `${a.charAt(0)}${b}`;
      break;
    case 3:
      local = `${a}_${b}`;
      break;
    case 4:
      local = `${b}.${a}${r.int(70, 99)}`;
      break;
    case 5:
      local = `${a}${r.int(1980, 2008)}`;
      break;
    case 6:
      local = `${a}.${b}+${r.pick(['kite', 'shop', 'news', 'x'])}`;
      break;
    default:
      local = `${a}-${b}`;
  }
  return `${local}@${d}`;
}

const DIGIT_WORDS = sp('zero|one|two|three|four|five|six|seven|eight|nine');
function spokenEmail(r: Rng, p: Person): string {
  const a = ascii(p.g) || r.pick(WORDS);
  const b = ascii(p.s) || r.pick(WORDS);
  const dom = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot co dot uk', 'icloud dot com', 'hotmail dot com']);
  return r.chance(0.5) ? `${a} dot ${b} at ${dom}` : `${a} underscore ${b} ${r.int(1, 9)} at ${dom}`;
}
function spokenDigits(r: Rng, groups: readonly string[]): string {
  return groups
    .map((g) => [...g].map((ch) => (ch === '0' && r.chance(0.4) ? 'oh' : nth(DIGIT_WORDS, Number(ch)))).join(' '))
    .join(', ');
}

// ---------------------------------------------------------------------------------------------------
// Phones

function phone(r: Rng, cc: CC): string {
  const d = (n: number): string => r.digits(n);
  const k = r.int(0, 3);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
      const b = r.chance(0.3) ? '555' : `${r.int(2, 9)}${d(2)}`;
      const c = b === '555' ? `01${d(2)}` : d(4);
      return nth([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`], k);
    }
    case 'GB':
      return nth([`07${r.int(400, 999)} ${d(6)}`, `+44 7${r.int(400, 999)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `+44 (0)161 ${r.int(2, 9)}${d(2)} ${d(4)}`], k);
    case 'IE':
      return nth([`08${r.int(3, 9)} ${d(3)} ${d(4)}`, `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`, `(01) ${r.int(2, 9)}${d(2)} ${d(4)}`, `+353 21 ${d(3)} ${d(4)}`], k);
    case 'DE':
      return nth([`01${r.int(51, 79)} ${d(8)}`, `+49 1${r.int(51, 79)} ${d(7)}`, `030 ${d(8)}`, `+49 (0)89 ${d(3)} ${d(4)}`], k);
    case 'FR': {
      const g = (): string => d(2);
      return nth([`06 ${g()} ${g()} ${g()} ${g()}`, `+33 7 ${g()} ${g()} ${g()} ${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)6 ${g()} ${g()} ${g()} ${g()}`], k);
    }
    case 'ES':
      return nth([`6${d(2)} ${d(3)} ${d(3)}`, `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 7${d(2)} ${d(3)} ${d(3)}`], k);
    case 'IT':
      return nth([`3${r.int(20, 49)} ${d(3)} ${d(4)}`, `+39 3${r.int(20, 49)} ${d(7)}`, `02 ${d(4)} ${d(4)}`, `+39 06 ${d(8)}`], k);
    case 'NL':
      return nth([`06-${d(8)}`, `+31 6 ${d(8)}`, `020 ${d(3)} ${d(4)}`, `+31 (0)6 ${d(4)} ${d(4)}`], k);
    case 'BR':
      return nth([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(31) 3${d(3)}-${d(4)}`, `+55 (41) 9${d(4)}-${d(4)}`], k);
    case 'MX':
      return nth([`55 ${d(4)} ${d(4)}`, `+52 55 ${d(4)} ${d(4)}`, `33 ${d(4)} ${d(4)}`, `+52 81 ${d(4)} ${d(4)}`], k);
    case 'JP':
      return nth([`090-${d(4)}-${d(4)}`, `+81 80-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `070${d(8)}`], k);
    case 'KR':
      return nth([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `010 ${d(4)} ${d(4)}`], k);
    case 'IN':
      return nth([`+91 9${d(4)} ${d(5)}`, `9${d(4)} ${d(5)}`, `0${r.int(7, 9)}${d(4)}-${d(5)}`, `+91-80-${d(4)}-${d(4)}`], k);
    case 'AU':
      return nth([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`], k);
    case 'PL':
      return nth([`+48 5${d(2)} ${d(3)} ${d(3)}`, `6${d(2)}-${d(3)}-${d(3)}`, `22 ${d(3)} ${d(2)} ${d(2)}`, `+48 7${d(2)} ${d(3)} ${d(3)}`], k);
    case 'SE':
      return nth([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`, `+46 73 ${d(3)} ${d(4)}`], k);
    case 'TR':
      return nth([`0532 ${d(3)} ${d(2)} ${d(2)}`, `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (212) ${d(3)} ${d(2)} ${d(2)}`, `05${d(2)} ${d(3)} ${d(4)}`], k);
    case 'NG':
      return nth([`080${d(1)} ${d(3)} ${d(4)}`, `+234 803 ${d(3)} ${d(4)}`, `+23481${d(8)}`, `0701-${d(3)}-${d(4)}`], k);
    case 'KE':
      return nth([`07${d(2)} ${d(6)}`, `+254 7${d(2)} ${d(6)}`, `+254 (0)20 ${d(3)} ${d(4)}`, `0722${d(6)}`], k);
    case 'PH':
      return nth([`09${d(2)} ${d(3)} ${d(4)}`, `+63 9${d(2)} ${d(3)} ${d(4)}`, `(02) 8${d(3)} ${d(4)}`, `+639${d(9)}`], k);
  }
}

/** A phone number spoken aloud (US or UK style grouping). */
function spokenPhone(r: Rng): string {
  if (r.chance(0.5)) return spokenDigits(r, [`${r.int(2, 9)}${r.digits(2)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)]);
  return spokenDigits(r, [`07${r.int(400, 999)}`, r.digits(3), r.digits(3)]);
}

// ---------------------------------------------------------------------------------------------------
// Addresses

type T3 = readonly [string, string, string];
const US_ST = sp('Maple Avenue|Cedar Lane|Oak Street|W 43rd Street|Martin Luther King Jr Blvd|Lincoln Way|Sycamore Drive|Juniper Court|Ridgeview Road|N Halsted St|Elm St|Pinecrest Dr|S Congress Ave|Magnolia Blvd|Franklin Ave');
const US_CI: readonly T3[] = [['Springfield', 'IL', '627'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Tucson', 'AZ', '857'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Brooklyn', 'NY', '112'], ['Oakland', 'CA', '946'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Albuquerque', 'NM', '871'], ['Des Moines', 'IA', '503'], ['Tacoma', 'WA', '984']];
const GB_ST = sp("Albert Road|Harrow Lane|Victoria Street|Church Walk|Kingsley Close|Mill Lane|Station Road|Queen's Drive|Beech Grove|Nelson Terrace|Wellington Crescent");
const GB_TO: readonly (readonly [string, string])[] = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['Brighton', 'BN'], ['York', 'YO'], ['London', 'SE'], ['Belfast', 'BT'], ['Edinburgh', 'EH']];
const DE_ST = sp('Lindenstraße|Hauptstraße|Am Mühlbach|Goethestraße|Bahnhofstr.|Schillerweg|Kastanienallee|Friedrich-Ebert-Straße|Rosenweg|Turmstraße');
const DE_CI: readonly (readonly [string, string])[] = [['Berlin', '10'], ['Hamburg', '22'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Dresden', '01'], ['Stuttgart', '70'], ['Freiburg im Breisgau', '79'], ['Bremen', '28'], ['Nürnberg', '90']];
const FR_ST = sp('rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|rue Victor Hugo|chemin des Vignes|allée des Peupliers|quai de la Fosse');
const FR_CI: readonly (readonly [string, string])[] = [['Lyon', '6900'], ['Paris', '750'], ['Marseille', '130'], ['Nantes', '44'], ['Lille', '59'], ['Bordeaux', '33'], ['Toulouse', '31'], ['Rennes', '35']];
const ES_ST = sp('Calle Mayor|Calle de Alcalá|Avenida de la Constitución|C/ Sierpes|Paseo de Gracia|Calle San Vicente Mártir|Gran Vía|Calle Uría');
const ES_CI: readonly (readonly [string, string])[] = [['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['Valencia', '460'], ['Bilbao', '480'], ['Zaragoza', '500'], ['Málaga', '290']];
const IT_ST = sp('Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Piazza Dante|Via dei Mille|Viale Mazzini|Via Nazionale|Via Toledo');
const IT_CI: readonly T3[] = [['Roma', '00', 'RM'], ['Milano', '20', 'MI'], ['Torino', '10', 'TO'], ['Napoli', '80', 'NA'], ['Bologna', '40', 'BO'], ['Firenze', '50', 'FI'], ['Palermo', '90', 'PA']];
const NL_ST = sp('Oudegracht|Keizersgracht|Dorpsstraat|Kerkstraat|Molenweg|Lange Voorhout|Wilhelminastraat|Zeeweg');
const NL_CI: readonly (readonly [string, string])[] = [['Utrecht', '35'], ['Amsterdam', '10'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Groningen', '97'], ['Eindhoven', '56'], ['Haarlem', '20']];
const BR_ST = sp('Rua Augusta|Av. Paulista|Rua das Palmeiras|Rua XV de Novembro|Av. Atlântica|Rua Oscar Freire|Rua da Bahia');
const BR_CI: readonly T3[] = [['São Paulo', 'SP', '01'], ['Rio de Janeiro', 'RJ', '22'], ['Belo Horizonte', 'MG', '30'], ['Curitiba', 'PR', '80'], ['Salvador', 'BA', '40'], ['Recife', 'PE', '50']];
const BR_BA = sp('Consolação|Copacabana|Savassi|Centro|Boa Viagem|Pinheiros|Batel');
const MX_ST = sp('Calle Durango|Av. Insurgentes Sur|Calle Morelos|Av. Vallarta|Calle Hidalgo|Av. Revolución|Calle 5 de Mayo');
const MX_CI: readonly T3[] = [['Ciudad de México', 'CDMX', '06'], ['Guadalajara', 'Jal.', '44'], ['Monterrey', 'N.L.', '64'], ['Puebla', 'Pue.', '72'], ['Mérida', 'Yuc.', '97']];
const MX_COL = sp('Roma Norte|Del Valle|Centro|Americana|Obispado|La Paz|Condesa');
const JP_N: readonly T3[] = [['東京都', '渋谷区', '道玄坂'], ['大阪府', '大阪市北区', '梅田'], ['神奈川県', '横浜市中区', '山下町'], ['京都府', '京都市左京区', '吉田本町'], ['福岡県', '福岡市中央区', '天神'], ['北海道', '札幌市中央区', '北一条西']];
const JP_R: readonly T3[] = [['Tokyo', 'Shibuya-ku', 'Dogenzaka'], ['Osaka', 'Kita-ku, Osaka-shi', 'Umeda'], ['Kanagawa', 'Naka-ku, Yokohama-shi', 'Yamashitacho'], ['Fukuoka', 'Chuo-ku, Fukuoka-shi', 'Tenjin']];
const KR_N: readonly T3[] = [['서울특별시', '강남구', '테헤란로'], ['서울특별시', '마포구', '월드컵북로'], ['부산광역시', '해운대구', '해운대해변로'], ['대구광역시', '수성구', '달구벌대로'], ['경기도 성남시', '분당구', '판교역로']];
const IN_AD: readonly (readonly [string, string, string, string])[] = [['14th Cross, Indiranagar', 'Bengaluru', 'Karnataka', '5600'], ['Sector 62', 'Noida', 'Uttar Pradesh', '2013'], ['Lajpat Nagar II', 'New Delhi', 'Delhi', '1100'], ['Anna Salai, Teynampet', 'Chennai', 'Tamil Nadu', '6000'], ['Baner Road, Aundh', 'Pune', 'Maharashtra', '4110'], ['Banjara Hills', 'Hyderabad', 'Telangana', '5000']];
const AU_ST = sp('Wattle St|Banksia Cres|George St|Bourke Rd|Jacaranda Ave|Smith St|Ocean Pde');
const AU_SU: readonly T3[] = [['Fitzroy', 'VIC', '3065'], ['Toowong', 'QLD', '4066'], ['Newtown', 'NSW', '2042'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']];
const CA_CI: readonly (readonly [string, string, string, string])[] = [['Montréal', 'QC', 'H2X', 'rue Saint-Denis'], ['Toronto', 'ON', 'M5J', 'Harbour St'], ['Vancouver', 'BC', 'V6B', 'Robson St'], ['Calgary', 'AB', 'T2P', '8 Ave SW'], ['Halifax', 'NS', 'B3H', 'Barrington St'], ['Ottawa', 'ON', 'K1P', 'Bank St']];
const PL_ST = sp('ul. Mickiewicza|ul. Długa|al. Jana Pawła II|ul. Piotrkowska|ul. Floriańska|os. Tysiąclecia');
const PL_CI: readonly (readonly [string, string])[] = [['Warszawa', '00'], ['Kraków', '31'], ['Łódź', '90'], ['Gdańsk', '80'], ['Wrocław', '50'], ['Poznań', '61']];
const SE_ST = sp('Storgatan|Vasagatan|Drottninggatan|Kungsgatan|Sveavägen|Linnégatan');
const SE_CI: readonly (readonly [string, string])[] = [['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75']];
const TR_AD: readonly T3[] = [['Bağdat Cad.', 'Kadıköy/İstanbul', '347'], ['Atatürk Bulvarı', 'Çankaya/Ankara', '064'], ['Kıbrıs Şehitleri Cad.', 'Konak/İzmir', '352'], ['Cumhuriyet Cad.', 'Nilüfer/Bursa', '161']];
const NG_AD: readonly T3[] = [['Adeola Odeku Street', 'Victoria Island', 'Lagos'], ['Awolowo Road', 'Ikoyi', 'Lagos'], ['Aminu Kano Crescent', 'Wuse II', 'Abuja'], ['Allen Avenue', 'Ikeja', 'Lagos'], ['Ogui Road', 'Enugu', 'Enugu State']];
const IE_AD: readonly T3[] = [['Glenview Park', 'Ballincollig, Co. Cork', 'P31'], ['Leinster Road', 'Rathmines, Dublin 6', 'D06'], ['Seapoint Promenade', 'Salthill, Galway', 'H91'], ['Castletroy Heights', 'Castletroy, Co. Limerick', 'V94']];

const j = (r: Rng, lines: readonly string[], ml: boolean): string => lines.join(ml ? '\n' : r.pick([', ', ', ']));

/** A full postal address of a country, single-line or multi-line. */
function addr(r: Rng, cc: CC, ml = r.chance(0.3)): string {
  const n = r.int(1, 240);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick(US_CI);
      const zip = `${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      if (r.chance(0.15)) return j(r, [`PO Box ${r.int(100, 9999)}`, `${city}, ${st} ${zip}`], ml);
      const unit = r.chance(0.4) ? r.pick([`Apt ${r.int(1, 30)}${letter(r, 'ABCD')}`, `Unit ${r.int(100, 999)}`, `#${r.int(2, 40)}`]) : '';
      const l1 = `${r.int(10, 9999)} ${r.pick(US_ST)}`;
      const lines = unit ? [l1, unit, `${city}, ${st} ${zip}`] : [l1, `${city}, ${st} ${zip}`];
      if (!ml && unit) return `${l1} ${unit}, ${city}, ${st} ${zip}`;
      return j(r, lines, ml);
    }
    case 'GB': {
      const [town, area] = r.pick(GB_TO);
      const pc = `${area}${r.int(1, 19)} ${r.int(1, 9)}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const lines = [`${n} ${r.pick(GB_ST)}`, town, pc];
      if (r.chance(0.3)) lines.unshift(`Flat ${r.int(1, 12)}`);
      if (r.chance(0.2)) lines.push('United Kingdom');
      if (!ml) {
        const i = lines.indexOf(town);
        return [...lines.slice(0, i), `${town} ${pc}`, ...lines.slice(i + 2)].join(', ');
      }
      return lines.join('\n');
    }
    case 'IE': {
      const [st, loc, key] = r.pick(IE_AD);
      return j(r, [`${n} ${st}`, loc, `${key} ${letter(r)}${r.int(1, 9)}${letter(r)}${r.int(1, 9)}`], ml);
    }
    case 'DE': {
      const [city, p] = r.pick(DE_CI);
      const lines = [`${r.pick(DE_ST)} ${n}${r.chance(0.2) ? letter(r, 'abc') : ''}`, `${p}${r.digits(3)} ${city}`];
      if (ml && r.chance(0.3)) lines.push('Deutschland');
      return j(r, lines, ml);
    }
    case 'FR': {
      const [city, p] = r.pick(FR_CI);
      const cp = p.length === 4 ? `${p}${r.int(1, 9)}` : p.length === 3 ? `${p}${pad(r.int(1, 16))}` : `${p}000`;
      const lines = [`${n}${r.chance(0.15) ? ' bis' : ''} ${r.pick(FR_ST)}`, `${cp} ${city}`];
      if (r.chance(0.25)) lines.unshift(`Appartement ${r.int(1, 40)}`);
      if (ml && r.chance(0.3)) lines.push('France');
      return j(r, lines, ml);
    }
    case 'ES': {
      const [city, p] = r.pick(ES_CI);
      const piso = r.pick([`${r.int(1, 8)}º ${r.pick(['izq.', 'dcha.', 'B', 'A'])}`, `${r.int(1, 6)}-${r.int(1, 4)}`]);
      if (ml) return `${r.pick(ES_ST)}, ${n}, ${piso}\n${p}${pad(r.int(1, 50))} ${city}`;
      return `${r.pick(ES_ST)} ${n}, ${piso}, ${p}${pad(r.int(1, 50))} ${city}`;
    }
    case 'IT': {
      const [city, p, prov] = r.pick(IT_CI);
      if (ml) return `${r.pick(IT_ST)}, ${n}\n${p}${r.int(100, 199)} ${city} (${prov})`;
      return `${r.pick(IT_ST)} ${n}, ${p}${r.int(100, 199)} ${city} ${prov}`;
    }
    case 'NL': {
      const [city, p] = r.pick(NL_CI);
      return j(r, [`${r.pick(NL_ST)} ${n}${r.chance(0.2) ? letter(r, 'abc') : ''}`, `${p}${r.digits(2)} ${letter(r)}${letter(r)} ${city}`], ml);
    }
    case 'BR': {
      const [city, uf, p] = r.pick(BR_CI);
      const cep = `${p}${r.digits(3)}-${r.digits(3)}`;
      const apt = r.chance(0.5) ? `, apto ${r.int(11, 182)}` : '';
      if (ml) return `${r.pick(BR_ST)}, ${r.int(10, 3000)}${apt}\n${r.pick(BR_BA)}, ${city} - ${uf}\n${cep}`;
      return `${r.pick(BR_ST)}, ${r.int(10, 3000)}${apt} - ${r.pick(BR_BA)}, ${city} - ${uf}, ${cep}`;
    }
    case 'MX': {
      const [city, st, p] = r.pick(MX_CI);
      const cp = `${p}${r.int(1, 9)}${r.digits(2)}`;
      if (ml) return `${r.pick(MX_ST)} ${r.int(10, 3000)}${r.chance(0.3) ? ` int. ${r.int(1, 20)}` : ''}\nCol. ${r.pick(MX_COL)}\n${cp} ${city}, ${st}`;
      return `${r.pick(MX_ST)} ${r.int(10, 3000)}, Col. ${r.pick(MX_COL)}, ${cp} ${city}, ${st}`;
    }
    case 'JP': {
      const pc = `${r.int(100, 999)}-${r.digits(4)}`;
      const blk = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
      if (r.chance(0.6)) {
        const [pref, ward, town] = r.pick(JP_N);
        const room = r.chance(0.5) ? ` ${r.pick(['グランメゾン', 'サンハイツ', 'コーポ桜'])}${r.int(101, 905)}号室` : '';
        return ml ? `〒${pc}\n${pref}${ward}${town}${blk}${room}` : `〒${pc} ${pref}${ward}${town}${blk}${room}`;
      }
      const [pref, ward, town] = r.pick(JP_R);
      return j(r, [`${blk} ${town}`, `${ward}, ${pref} ${pc}`], ml);
    }
    case 'KR': {
      const [a, b, c] = r.pick(KR_N);
      const pc = `${pad(r.int(1, 63))}${r.digits(3)}`;
      const unit = r.chance(0.6) ? `, ${r.int(101, 115)}동 ${r.int(1, 25)}0${r.int(1, 6)}호` : '';
      return r.chance(0.4) ? `(${pc}) ${a} ${b} ${c} ${r.int(1, 400)}${unit}` : `${a} ${b} ${c} ${r.int(1, 400)}${unit}`;
    }
    case 'IN': {
      const [loc, city, st, p] = r.pick(IN_AD);
      const first = r.pick([`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Kunj'])}`, `House No. ${n}`, `B-${n}`]);
      return j(r, [first, loc, `${city}, ${st} ${p}${r.digits(2)}`], ml);
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_SU);
      const l1 = r.chance(0.4) ? `Unit ${r.int(1, 20)}, ${n} ${r.pick(AU_ST)}` : `${n} ${r.pick(AU_ST)}`;
      return j(r, [l1, `${sub} ${st} ${pc}`], ml);
    }
    case 'CA': {
      const [city, pr, fsa, st] = r.pick(CA_CI);
      const pc = `${fsa} ${r.int(0, 9)}${letter(r, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`;
      const l1 = r.chance(0.3) ? `${r.int(101, 2505)}-${n} ${st}` : `${n} ${st}`;
      return j(r, [l1, `${city} ${pr} ${pc}`], ml);
    }
    case 'PL': {
      const [city, p] = r.pick(PL_CI);
      return j(r, [`${r.pick(PL_ST)} ${n}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, `${p}-${r.digits(3)} ${city}`], ml);
    }
    case 'SE': {
      const [city, p] = r.pick(SE_CI);
      return j(r, [`${r.pick(SE_ST)} ${n}${r.chance(0.3) ? ` lgh ${r.int(1001, 1405)}` : ''}`, `${p}${r.digits(1)} ${r.digits(2)} ${city}`], ml);
    }
    case 'TR': {
      const [st, dist, p] = r.pick(TR_AD);
      return j(r, [`${st} No: ${n}${r.chance(0.5) ? ` D: ${r.int(1, 20)}` : ''}`, `${p}${r.digits(2)} ${dist}`], ml);
    }
    case 'NG': {
      const [st, area, city] = r.pick(NG_AD);
      return j(r, [`${n} ${st}`, area, city], ml);
    }
    case 'KE': {
      if (r.chance(0.5)) return j(r, [`P.O. Box ${r.int(1000, 99999)}-00${r.int(100, 800)}`, 'Nairobi', 'Kenya'], ml);
      return j(r, [`Apartment ${r.int(1, 9)}${letter(r, 'ABC')}, ${r.pick(['Riverside Drive', 'Ngong Road', 'Argwings Kodhek Road'])}`, `${r.pick(['Westlands', 'Kilimani', 'Lavington'])}, Nairobi`], ml);
    }
    case 'PH': {
      if (r.chance(0.5)) return j(r, [`Unit ${r.int(201, 3105)}, Tower ${r.int(1, 4)}`, `${r.int(5, 40)}th Street, Bonifacio Global City`, `Taguig 1634`], ml);
      return j(r, [`Blk ${r.int(1, 20)} Lot ${r.int(1, 40)}, Sampaguita St`, `Brgy. San Isidro, Quezon City 11${r.digits(2)}`], ml);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTHS = {
  en: sp('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: sp('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: sp('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: sp('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  it: sp('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  nl: sp('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  pt: sp('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  pl: sp('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
  tr: sp('Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık'),
  sv: sp('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
};
const ord = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

function fmtDate(r: Rng, cc: CC, y: number, m: number, d: number): string {
  const D = pad(d);
  const M = pad(m);
  const mo = (k: keyof typeof MONTHS): string => nth(MONTHS[k], m - 1);
  switch (cc) {
    case 'US':
    case 'PH':
      return r.pick([`${M}/${D}/${y}`, `${m}/${d}/${y}`, `${mo('en')} ${d}, ${y}`, `${mo('en').slice(0, 3)} ${d}, ${y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NG':
    case 'KE':
    case 'IN':
      return r.pick([`${D}/${M}/${y}`, `${d} ${mo('en')} ${y}`, `${d}${ord(d)} ${mo('en')} ${y}`, `${D}-${M}-${y}`]);
    case 'DE':
      return r.pick([`${D}.${M}.${y}`, `${d}. ${mo('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${D}/${M}/${y}`, `${d === 1 ? '1er' : d} ${mo('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${D}/${M}/${y}`, `${d} de ${mo('es')} de ${y}`]);
    case 'IT':
      return r.pick([`${D}/${M}/${y}`, `${d} ${mo('it')} ${y}`]);
    case 'NL':
      return r.pick([`${D}-${M}-${y}`, `${d} ${mo('nl')} ${y}`]);
    case 'BR':
      return r.pick([`${D}/${M}/${y}`, `${d} de ${mo('pt')} de ${y}`]);
    case 'JP':
      if (y > 1989 && y < 2019 && r.chance(0.3)) return `平成${y - 1988}年${m}月${d}日`;
      if (y < 1989 && r.chance(0.3)) return `昭和${y - 1925}年${m}月${d}日`;
      return r.pick([`${y}年${m}月${d}日`, `${y}/${M}/${D}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${M}.${D}`, `${y}. ${m}. ${d}.`]);
    case 'PL':
      return r.pick([`${D}.${M}.${y}`, `${d} ${mo('pl')} ${y}`]);
    case 'TR':
      return r.pick([`${D}.${M}.${y}`, `${d} ${mo('tr')} ${y}`]);
    case 'SE':
      return r.pick([`${y}-${M}-${D}`, `${d} ${mo('sv')} ${y}`]);
    case 'CA':
      return r.pick([`${y}-${M}-${D}`, `${mo('en')} ${d}, ${y}`]);
  }
}
const dob = (r: Rng, cc: CC, lo = 1948, hi = 2007): string => fmtDate(r, cc, r.int(lo, hi), r.int(1, 12), r.int(1, 28));
/** A recent date that is not a birth date (incidents, appointments, invoices). */
const recent = (r: Rng, cc: CC): string => fmtDate(r, cc, r.int(2022, 2025), r.int(1, 12), r.int(1, 28));
const ts = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const hm = (r: Rng): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs and their look-alikes

function cardDigits(r: Rng): string {
  let pre: string;
  let len = 16;
  const k = r.int(0, 11);
  if (k <= 2) pre = '4';
  else if (k === 3) {
    pre = '4';
    len = r.pick([13, 19]);
  } else if (k <= 5) pre = String(r.int(51, 55));
  else if (k === 6) pre = String(r.int(2221, 2720));
  else if (k === 7) {
    pre = r.pick(['34', '37']);
    len = 15;
  } else if (k === 8) pre = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k === 9) pre = String(r.int(3528, 3589));
  else if (k === 10) {
    pre = r.pick(['36', '38', String(r.int(300, 305))]);
    len = 14;
  } else {
    pre = '62';
    len = r.pick([16, 19]);
  }
  const body = pre + r.digits(len - 1 - pre.length);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const cut = (sizes: readonly number[]): string => {
    const out: string[] = [];
    let i = 0;
    for (const s of sizes) {
      out.push(d.slice(i, i + s));
      i += s;
    }
    return out.join(sep);
  };
  if (d.length === 15) return cut([4, 6, 5]);
  if (d.length === 14) return cut([4, 6, 4]);
  if (d.length === 16) return cut([4, 4, 4, 4]);
  if (d.length === 19) return r.chance(0.5) ? d : cut([4, 4, 4, 4, 3]);
  return d;
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** Card-shaped but failing Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);

const IBAN_LEAD_LETTERS: Readonly<Record<string, number>> = { GB: 4, NL: 4, IE: 4, RO: 4, MT: 4, BG: 4, IT: 1, CY: 0 };
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string, broken = false): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const nl = IBAN_LEAD_LETTERS[cc] ?? 0;
  let bban = '';
  for (let i = 0; i < nl; i++) bban += letter(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  bban += r.digits(len - 4 - nl);
  let check = 98 - mod97(bban + cc + '00');
  if (broken) check = ((check - 2 + r.int(1, 96)) % 97) + 2;
  return cc + pad(check) + bban;
}
function groupIban(r: Rng, s: string): string {
  const x = r.next();
  if (x < 0.3) return s;
  const g = s.replace(/(.{4})(?=.)/g, '$1 ');
  return x < 0.9 ? g : g.toLowerCase();
}
const iban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));
const badIban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc, true));
const IBAN_OF: Readonly<Record<string, readonly string[]>> = {
  DE: ['DE', 'DE', 'AT', 'CH', 'LU'], FR: ['FR', 'FR', 'BE', 'MC'], ES: ['ES', 'ES', 'PT'], IT: ['IT', 'IT', 'MT', 'GR'],
  NL: ['NL', 'NL', 'BE'], BR: ['BR', 'PT'], PL: ['PL', 'PL', 'CZ', 'SK'], SE: ['SE', 'NO', 'DK', 'FI', 'IS'],
  TR: ['TR', 'TR', 'CY'], GB: ['GB', 'GB', 'IE'], IE: ['IE', 'GB'],
};
const ibanCc = (r: Rng, cc: CC): string => r.pick(IBAN_OF[cc] ?? ['DE', 'FR', 'GB', 'ES', 'NL', 'AE', 'SA', 'IL', 'HR', 'RO', 'LT', 'EE', 'SI', 'HU', 'QA', 'KW', 'LV', 'BG', 'LI']);

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const s = [pad(area, 3), pad(r.int(1, 99)), pad(r.int(1, 9999), 4)];
  const x = r.next();
  return s.join(x < 0.75 ? '-' : x < 0.87 ? ' ' : '');
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
/** Shaped like an SSN but never issued (000, 666 or 9xx area). */
const badSsn = (r: Rng): string => `${r.pick(['000', '666', `9${r.digits(2)}`])}-${pad(r.int(10, 99))}-${pad(r.int(1, 9999), 4)}`;
const ein = (r: Rng): string => `${pad(r.int(10, 98))}-${r.digits(7)}`;
const routing = (r: Rng): string => `0${r.int(1, 9)}${r.digits(7)}`;

function ipv4(r: Rng): string {
  const x = r.next();
  const o = (): number => r.int(0, 255);
  if (x < 0.12) return `192.168.${o()}.${r.int(1, 254)}`;
  if (x < 0.2) return `10.${o()}.${o()}.${r.int(1, 254)}`;
  if (x < 0.35) return `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`;
  let a = r.int(11, 223);
  if (a === 127) a = 128;
  return `${a}.${o()}.${o()}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const x = r.next();
  if (x < 0.35) return `2001:db8:${h()}:${h()}::${h()}`;
  const pre = r.pick(['2a02', '2600', '2804', '240e', '2c0f', '2409', '2a01']);
  if (x < 0.65) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (x < 0.8) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${pre}:${h()}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));
const version = (r: Rng): string => r.pick([`${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 300)}`, `v${r.int(1, 20)}.${r.int(0, 40)}.${r.int(0, 12)}`, `${r.int(3, 17)}.${r.int(0, 9)}.${r.int(0, 99)}`]);
const caseId = (r: Rng): string => r.pick([`#${r.int(100000, 9999999)}`, `TS-${r.int(2023, 2025)}-${r.digits(6)}`, `CASE-${hex(r, 8).toUpperCase()}`, `R-${r.digits(5)}-${letter(r)}${letter(r)}`]);
const orderNo = (r: Rng): string => r.pick([`ORD-${r.digits(8)}`, `#${r.digits(3)}-${r.digits(7)}`, `SM${r.digits(10)}`, `${letter(r)}${letter(r)}${r.digits(9)}${letter(r)}${letter(r)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${hex(r, 6).toUpperCase()}${r.digits(10)}`, `JD0${r.digits(15)}`, `RR${r.digits(9)}GB`, `LX${r.digits(9)}DE`]);

// ---------------------------------------------------------------------------------------------------
// Shared phrases and distractors

type Tpl = (r: Rng) => Doc;
const P = mkPerson;
const HON_EN = sp('Mr.|Ms.|Mrs.|Dr.|Mx.|Officer|Det.|Sgt.');
const CITY_ONLY = sp('Leeds|Austin|Lagos|Pune|Lyon|Kraków|Osaka|Busan|Curitiba|Gdańsk|Porto|Nairobi|Cebu|Toronto|Perth');
const TRAPS = sp(
  "the Jessica Lunsford Act|Megan's Law|Lou Gehrig's disease|Parkinson's|Hurricane Beryl|Storm Ciarán|the Ever Given|Ben & Jerry's|Dr Pepper|Tim Hortons|Wendy's|the Nobel Peace Prize|a Pulitzer|Martin Luther King Jr. Day|Kennedy Airport|Washington Square Park|the Lincoln Memorial|Crohn's disease|a Gibson Les Paul|Louis Vuitton|Mercedes-Benz|Tesla|Hodgkin's lymphoma|Asperger's|St. Patrick's Day|the Sarbanes-Oxley Act|Alzheimer's|Florence Nightingale Hospital|the Marie Curie charity shop|Jack Daniel's|Casey's General Store|Ford Mustang|John Deere tractors|Calvin Klein|Ralph Lauren|Tommy Hilfiger|Hugo Boss|Dolce & Gabbana|Ruth's Chris Steak House|the Bill Clinton bridge|Adobe Illustrator|Grafana|Jenkins|Ada Lovelace Day|Jaguar Land Rover|the Hubble telescope",
);
const trap = (r: Rng): string => r.pick(TRAPS);
const PETS = sp('my dog Oliver|our cat Rosie|my parrot Kevin|the hamster, Gerald|my cat Hope|our labrador Bill|my rabbit Walter|the puppy, Grace');
const TEAMS = sp('Team Phoenix|Project Nightingale|Falcon Squad|the Orion Desk|Trust Ops EMEA|Queue Zeta|Harbour Team|Sentinel v2');
const REASONS = sp('doxxing|harassment|impersonation|spam|hate speech|scam|self-harm risk|threats|sextortion|counterfeit');

// ---------------------------------------------------------------------------------------------------
// Labelled templates (English)

const T: Tpl[] = [];
const N: Tpl[] = [];

// 1 impersonation report
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const fr = P(r, cc);
  const pl = r.pick(PLATFORMS);
  const d = new Doc().t(`${pl.name} — Report ${caseId(r)}\nCategory: Impersonation\nReporter: `).self(me.full).t(' <').l('EMAIL', emailOf(r, me)).t('>\n');
  d.t(`Reported profile: ${handle(r, me)} (display name "`).l('PERSON', me.full).t('")\n');
  d.t('Description: This account copied my profile photo and bio and is messaging my followers asking for money. ');
  if (r.chance(0.5)) d.t('It even lists my real mobile ').l('PHONE', phone(r, cc)).t(' in the bio. ');
  d.t('My friend ').l('PERSON', nf(r, fr)).t(' got a DM from it yesterday asking for a "loan".\n');
  d.t(`Evidence: ${r.int(2, 6)} screenshots (sha1 ${hex(r, 40)}).`);
  return d;
});

// 2 harassment DMs pasted as evidence
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const fam = P(r, cc);
  const h = handle(r);
  const d = new Doc().t('I want to report ongoing harassment. Copying the DMs below because they keep deleting them:\n\n');
  d.t(`[${hm(r)}] ${h}: u think blocking me works? i know ur at `).l('ADDRESS', addr(r, cc, false)).t('\n');
  d.t(`[${hm(r)}] ${h}: tell `).l('PERSON', fam.g).t(' i said hi lol\n');
  if (r.chance(0.6)) d.t(`[${hm(r)}] ${h}: maybe ill call ur boss at `).l('PHONE', phone(r, cc)).t('\n');
  d.t(`[${hm(r)}] ${h}: see you soon\n\n`);
  if (r.chance(0.6)) d.t('My name is ').self(me.full).t('. ');
  d.t('Please help, I have already reported it to the police (ref ').t(caseId(r)).t('). You can email me at ').l('EMAIL', emailOf(r, me)).t('.');
  return d;
});

// 3 account recovery chat
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const ag = P(r, 'PH');
  const pl = r.pick(PLATFORMS);
  const d = new Doc().t(`Chat transcript — ${pl.name} Account Recovery\n${hm(r)} Agent `).l('PERSON', ag.g).t(`: Hi, I'm `).l('PERSON', ag.g).t('. How can I help today?\n');
  d.t(`${hm(r)} Visitor: hi someone hacked my account and changed the password\n`);
  d.t(`${hm(r)} Agent: Sorry to hear that. Can you confirm the full name on the account and your date of birth?\n`);
  d.t(`${hm(r)} Visitor: `).self(me.full).t(', born ').l('DOB', dob(r, cc)).t('\n');
  d.t(`${hm(r)} Agent: Thanks. What was the email on file before the change?\n`);
  d.t(`${hm(r)} Visitor: `).l('EMAIL', emailOf(r, me)).t(' — they switched it to ').l('EMAIL', emailOf(r, undefined, r.pick(['proton.me', 'mail.ru', 'tutanota.com']))).t('\n');
  d.t(`${hm(r)} Agent: I can see a login from `).l('IP', ip(r)).t(` at ${hm(r)} UTC using app version ${version(r)}. Was that you?\n`);
  d.t(`${hm(r)} Visitor: no im in ${r.pick(CITY_ONLY)}, never been there`);
  return d;
});

// 4 US identity verification, over-sharing an SSN
T.push((r) => {
  const me = P(r, 'US');
  const ag = P(r, 'US');
  const d = new Doc().t('Agent ').l('PERSON', nf(r, ag)).t(': For creator payouts over $600 we must verify your identity. Please type only the LAST 4 digits of your SSN.\n');
  d.t('User: oh sorry here is the whole thing ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Agent: Please never share full numbers in chat. I've redacted it on our side to ${maskedSsn(r)}. Can you confirm your legal name and mailing address?\n`);
  d.t('User: ').self(me.full).t(', ').l('ADDRESS', addr(r, 'US', false)).t('\n');
  d.t(`Agent: Thank you. The tax form will be issued under EIN ${ein(r)} (ours), not yours.`);
  return d;
});

// 5 US law-enforcement request
T.push((r) => {
  const pl = r.pick(PLATFORMS);
  const sub = P(r, 'US');
  const off = P(r, 'US');
  const d = new Doc().t(`${r.pick(['OFFICE OF THE SHERIFF, TRAVIS COUNTY', 'CITY OF TACOMA POLICE DEPARTMENT', 'MARICOPA COUNTY ATTORNEY', 'NYPD COMPUTER CRIMES SQUAD'])}\nGrand Jury Subpoena No. ${r.digits(2)}-GJ-${r.digits(5)}\nTo: ${pl.name} Legal, `).l('EMAIL', `lerequests@${pl.dom}`).t('\n\n');
  d.t('You are commanded to produce subscriber records for the account(s) identified by:\n- Email: ').l('EMAIL', emailOf(r, sub)).t('\n- Phone: ').l('PHONE', phone(r, 'US')).t('\n- IP address: ').l('IP', ip(r)).t(` (activity ${ts(r)} to ${ts(r)})\n`);
  d.t('Subject: ').l('PERSON', sub.full.toUpperCase()).t(', DOB ').l('DOB', dob(r, 'US'));
  if (r.chance(0.85)) d.t(', SSN ').l('NATIONAL_ID', ssn(r));
  d.t('\n\nRequesting officer: ').t(r.pick(['Det. ', 'Sgt. ', 'Investigator ', 'SA '])).l('PERSON', nf(r, off)).t(`, Badge #${r.digits(4)}\n`).l('ADDRESS', addr(r, 'US', true)).t('\nTel. ').l('PHONE', phone(r, 'US'));
  return d;
});

// 6 seller payout IBAN change
T.push((r) => {
  const cc = r.pick<CC>(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'IE', 'GB', 'TR']);
  const me = P(r, cc);
  const holder = r.chance(0.3) ? P(r, cc) : me;
  const ic = ibanCc(r, cc);
  const d = new Doc().t(`Subject: payout failing — seller ${letter(r)}${r.digits(7)}\n\nHi Stallmarket team,\nI'm `).self(me.full).t(`. My last three payouts to ${badIban(r, ic)} bounced; the bank says that number is not valid, so I probably mistyped it. Please send future payouts to `).l('IBAN', iban(r, ic)).t(' (account holder: ').l('PERSON', holder.full).t(').\n');
  d.t(`Invoice ${orderNo(r)} dated ${recent(r, cc)} is still open. Call me on `).l('PHONE', phone(r, cc)).t(' if you need anything.\nThanks, ').l('PERSON', me.g);
  return d;
});

// 7 off-platform payment scam report
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const scam = P(r, cc);
  const d = new Doc().t(`Report reason: ${r.pick(['Scam', 'Off-platform payment', 'Fraud'])}\nListing: "${r.pick(['PS5 bundle', 'iPhone 15 Pro', 'Dyson Airwrap', 'concert tickets x2', 'baby stroller'])}" (${orderNo(r)})\n\n`);
  d.t('The seller refused to use checkout and sent me this: "pay by bank transfer to ').l('IBAN', iban(r, ibanCc(r, cc))).t(', name ').l('PERSON', scam.full).t('". ');
  if (r.chance(0.8)) d.t('Then they asked for my card to "verify" I\'m real, and I stupidly sent ').l('CARD', card(r)).t('. ');
  d.t(`Their profile says they're in ${r.pick(CITY_ONLY)}. Their number was `).l('PHONE', phone(r, cc)).t('.');
  return d;
});

// 8 creator W-9 resubmission
T.push((r) => {
  const me = P(r, 'US');
  const biz = r.pick(['Hope Springs Pottery LLC', 'Will & Grant Media', 'Rosewood Candle Co.', 'King Street Studios', 'Little Bell Crafts']);
  const d = new Doc().t(`Creator Fund — W-9 resubmission\nLegal name: `).self(me.full).t(`\nBusiness name (if different): ${biz}\nTaxpayer ID type: ${r.pick(['SSN', 'SSN (sole proprietor)'])}\nTIN: `).l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', addr(r, 'US', false)).t('\n');
  d.t(`Note from creator: previously submitted with our old EIN ${ein(r)} by mistake, please void form ${caseId(r)}. Bank routing ${routing(r)} is unchanged.`);
  return d;
});

// 9 moderation queue export with doxxing excerpts
T.push((r) => {
  const d = new Doc().t(`MODQUEUE export ${ts(r)} — ${r.pick(TEAMS)}\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ANY_CC);
    const v = P(r, cc);
    d.t(`${caseId(r)} [${r.pick(REASONS)}] score=0.${r.digits(3)} excerpt: "`);
    const k = r.int(0, 3);
    if (k === 0) d.l('PERSON', nf(r, v)).t(' lives at ').l('ADDRESS', addr(r, cc, false)).t(' go say hi');
    else if (k === 1) d.t('her real name is ').l('PERSON', v.full).t(' and her cell is ').l('PHONE', phone(r, cc));
    else if (k === 2) d.t('spam him at ').l('EMAIL', emailOf(r, v)).t(' lmao');
    else d.t('his IP is ').l('IP', ip(r)).t(' boot him offline');
    d.t('"\n');
  }
  d.t(`Queue SLA breach: ${r.int(0, 9)} items older than 24h.`);
  return d;
});

// 10 community lost & found post
T.push((r) => {
  const cc = r.pick<CC>(['US', 'GB', 'AU', 'CA', 'IE']);
  const p = P(r, cc);
  const me = P(r, cc);
  const d = new Doc().t(`[${r.pick(['Neighbourhood Watch', 'Eastside Parents', 'Campus Marketplace', 'Dog Walkers Club'])}] Found a wallet on the ${r.int(2, 99)} bus near ${r.pick(['Lincoln Park', 'Victoria Station', 'the Kennedy Center', 'Churchill Square'])}. `);
  d.t('Driver\'s licence inside says ').l('PERSON', p.full).t(', DOB ').l('DOB', dob(r, cc)).t(`, licence no. ${letter(r)}${r.digits(7)}. `);
  d.t('If that\'s you or you know them, message me — ').l('PERSON', me.g).t('. Mods, feel free to delete once it\'s returned.');
  return d;
});

// 11 doxxing complaint
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const mum = P(r, cc);
  const d = new Doc().t(`Someone made a post in the "${r.pick(['Gamers United', 'Local Buy & Sell', 'Crypto Talk', 'K-pop stans'])}" group with my home address `).l('ADDRESS', addr(r, cc, false)).t(' and my parent\'s phone number ').l('PHONE', phone(r, cc)).t('. ');
  d.t('She has been getting calls all night. The poster is ').t(handle(r)).t('. I am ').self(me.full).t(' and the phone belongs to my parent, ').l('PERSON', `${mum.g} ${me.s}`).t('. Please take it down urgently.');
  return d;
});

// 12 hacked account: card added
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Hi, my account was taken over on ${recent(r, cc)}. The attacker changed my email to `).l('EMAIL', emailOf(r)).t(' from ').l('IP', ip(r)).t(' and added a card ending ').t(maskedCard(r)).t(' to buy ads. ');
  d.t('My own card on file was ').l('CARD', card(r)).t(` and I see ${r.int(3, 12)} charges on it. The number on your receipt ${badCard(r)} isn't mine. `);
  d.t('Account owner: ').self(me.full).t('.');
  return d;
});

// 13 spoken call transcript
T.push((r) => {
  const me = P(r, r.pick<CC>(['US', 'GB', 'AU', 'IE']));
  const ag = P(r, 'IN');
  const d = new Doc().t('[Call recording, auto-transcribed]\nAGENT: Thank you for calling Parlo safety line, my name is ').l('PERSON', ag.g).t('.\nCALLER: hi yeah this is ').self(me.full).t(', someone is pretending to be me\nAGENT: I can help. What email is the account under?\nCALLER: it\'s ').l('EMAIL', spokenEmail(r, me)).t('\nAGENT: And a callback number?\nCALLER: ').l('PHONE', spokenPhone(r)).t('\nAGENT: Great, ticket ').t(caseId(r)).t(' is open.');
  return d;
});

// 14 IP ban appeal
T.push((r) => {
  const me = P(r, r.pick(ANY_CC));
  const v4 = ipv4(r);
  const d = new Doc().t(`Ban appeal — ${r.pick(['Chirpwave', 'Threadnest', 'Lumenboard'])}\n\nI got an IP ban for "ban evasion" but I share a connection with my whole dorm. My IP is `).l('IP', v4).t(` and I'm on client ${version(r)} (build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 999)}). `);
  if (r.chance(0.6)) d.t('When I use my phone the IPv6 is ').l('IP', ipv6(r)).t('. ');
  d.t(`The other account they linked me to is not mine. Request hash ${hex(r, 32)}. — `).l('PERSON', nf(r, me));
  return d;
});

// 15 sockpuppet investigation notes
T.push((r) => {
  const a = P(r, r.pick(ANY_CC));
  const d = new Doc().t(`INTERNAL — sockpuppet cluster ${hex(r, 6).toUpperCase()} (${r.pick(TEAMS)})\nAccounts: ${handle(r)}, ${handle(r)}, ${handle(r)}\nShared signals:\n`);
  d.t(' * login IP ').l('IP', ipv4(r)).t(` (${r.int(3, 40)} sessions)\n * login IP [`).l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}\n * recovery email `).l('EMAIL', emailOf(r, a)).t('\n');
  d.t(` * device fingerprint ${hex(r, 16)}\n * payment card `).l('CARD', card(r)).t('\nLikely operator: ').l('PERSON', nf(r, a)).t(` (matched from seller KYC on ${recent(r, 'US')}). Analyst: `).l('PERSON', P(r, 'GB').g).t('.');
  return d;
});

// 16 romance scam DMs
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const sc = P(r, r.pick<CC>(['US', 'GB', 'DE']));
  const me = P(r, cc);
  const d = new Doc().t('These are the messages from the man who said he was an army doctor:\n\n');
  d.t('> hello my dear, I am Dr. ').l('PERSON', sc.full).t(`, serving on the ship USS Hope, I can't access my money\n`);
  d.t('> please send the 2500 for my leave papers to my agent account ').l('IBAN', iban(r, ibanCc(r, cc))).t('\n');
  d.t('> or you can give me your card number and I will book the ticket myself\n\n');
  d.t('I gave him ').l('CARD', card(r)).t('. My bank blocked it after. I want his profile removed. ').self(me.full);
  return d;
});

// 17 group admin welcome post
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const d = new Doc().t(`📣 Welcome to our ${r.int(3, 40)} new members this week! Say hi to `);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    d.l('PERSON', nf(r, P(r, cc)));
    d.t(i === n - 2 ? ' and ' : i === n - 1 ? '. ' : ', ');
  }
  const mod = P(r, cc);
  d.t('Please read the rules (no selling, no ').t(trap(r)).t(' spoilers). Questions go to our mod ').l('PERSON', nf(r, mod)).t(' at ').l('EMAIL', emailOf(r, mod)).t('.');
  return d;
});

// 18 age verification
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const d = new Doc().t('Age verification appeal\nThe system flagged me as under 13, which is wrong. Full name: ').self(me.full).t('. Date of birth: ').l('DOB', dob(r, cc, 1975, 2005)).t(`. I uploaded my ID (document number ${letter(r)}${r.digits(8)}, expires ${recent(r, cc)}). `);
  d.t('I think the model confused me with ').l('PERSON', P(r, cc).g).t(`, my ${r.pick(['kid', 'youngest', 'child', 'sibling\'s kid'])}, who was born `).l('DOB', dob(r, cc, 2012, 2018)).t(' and uses the tablet.');
  return d;
});

// 19 memorialisation request
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const dad = P(r, cc);
  const me = P(r, cc);
  const d = new Doc().t('Request to memorialise an account\nName of the person who passed away: ').l('PERSON', dad.full).t('\nDate of birth: ').l('DOB', dob(r, cc, 1935, 1970)).t(`\nDate of death: ${recent(r, cc)}\nLink to obituary: https://${r.pick(['legacy-tributes', 'inmemory'])}.example/${r.digits(6)}\n`);
  d.t('Your relationship: child. Your name: ').self(me.full).t('\nContact email: ').l('EMAIL', emailOf(r, me)).t(`\nHe passed from ${r.pick(["Parkinson's", "Alzheimer's", 'a long illness', "Lou Gehrig's disease"])}. We'd like the account kept but locked.`);
  return d;
});

// 20 GDPR data-subject request letter
T.push((r) => {
  const cc = r.pick<CC>(['DE', 'FR', 'NL', 'IE', 'GB', 'ES', 'IT', 'SE', 'PL']);
  const me = P(r, cc);
  const pl = r.pick(PLATFORMS);
  const d = new Doc().l('PERSON', me.full).t('\n').l('ADDRESS', addr(r, cc, true)).t(`\n\n${recent(r, cc)}\n\nTo: Data Protection Officer, ${pl.name} — `).l('EMAIL', `privacy@${pl.dom}`).t('\n\n');
  d.t(`Subject access request under Article 15 GDPR\n\nPlease provide all personal data you hold about me, including moderation notes and reports filed against me. My account email is `).l('EMAIL', emailOf(r, me)).t(' and my username is ').t(handle(r, me)).t('.\n\nRegards,\n').self(me.full);
  return d;
});

// 21 creator payout to debit card
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Hey creator support! I'm `).l('PERSON', me.g).t(` (${handle(r, me)}). My brand deal with ${r.pick(['Calvin Klein', 'Ben & Jerry\'s', 'Wendy\'s', 'Hugo Boss'])} paid out but instant payout to my debit card `).l('CARD', card(r)).t(' failed. ');
  d.t(`The app shows ${maskedCard(r)} which is an old card. Can you re-send? Payout ID ${caseId(r)}. Phone: `).l('PHONE', phone(r, cc));
  return d;
});

// 22 seller suspension appeal
T.push((r) => {
  const me = P(r, 'US');
  const d = new Doc().t(`Seller appeal — store "${r.pick(['Grant & Page Vintage', 'Rose Little Boutique', 'Young King Sneakers', 'Faith Hill Farm Soap'])}"\nOwner: `).self(me.full).t(`\nEIN: ${ein(r)}\nRegistered office: `).l('ADDRESS', addr(r, 'US', false)).t('\nPhone: ').l('PHONE', phone(r, 'US')).t(`\n\nWe were suspended for "counterfeit" after listing ${trap(r)} items, but all stock is from authorised distributors (invoice ${orderNo(r)}). `);
  if (r.chance(0.5)) d.t('Our supplier contact is ').l('PERSON', P(r, 'US').full).t(', ').l('EMAIL', emailOf(r, undefined, 'wholesale-direct.com')).t('.');
  return d;
});

// 23 emergency disclosure request
T.push((r) => {
  const sub = P(r, 'US');
  const off = P(r, 'US');
  const d = new Doc().t(`EMERGENCY DISCLOSURE REQUEST — imminent threat to life\nAgency: ${r.pick(['Boise Police Department', 'Savannah-Chatham Metro PD', 'Oregon State Police'])}\nCase: ${caseId(r)}\n\n`);
  d.t('Subject user: ').l('PERSON', `${sub.s}, ${sub.g}`).t('\nDOB: ').l('DOB', dob(r, 'US', 1980, 2008)).t('\nLast known address: ').l('ADDRESS', addr(r, 'US', false)).t('\nAssociated phone: ').l('PHONE', phone(r, 'US')).t('\n');
  if (r.chance(0.75)) d.t('SSN (per DMV): ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t('Request: most recent login IPs and device info. Submitted by ').l('PERSON', nf(r, off)).t(', ').l('EMAIL', emailOf(r, off, r.pick(['boisepd.example.gov', 'osp.example.gov']))).t('.');
  return d;
});

// 24 threat report
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const d = new Doc().t(`A user commented under my stream: "I'll be waiting outside `).l('ADDRESS', addr(r, cc, false)).t(` after your shift, `).l('PERSON', me.g.toLowerCase()).t('". ');
  d.t(`That IS my address. I've never posted it. The account is ${handle(r)}. I streamed from ${r.pick(CITY_ONLY)} last week, maybe they tracked the bus stop. `).t('— ').self(me.full);
  return d;
});

// 25 CSV export of reports
T.push((r) => {
  const d = new Doc().t('report_id,created_at,reporter_email,reported_ip,reason,reporter_phone\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ANY_CC);
    d.t(`${r.digits(8)},${ts(r)},`).l('EMAIL', emailOf(r, P(r, cc))).t(',').l('IP', ip(r)).t(`,${r.pick(REASONS)},`);
    if (r.chance(0.6)) d.l('PHONE', phone(r, cc));
    d.t('\n');
  }
  d.t(`# exported by ${r.pick(TEAMS)}, rows=${n}`);
  return d;
});

// 26 JSON moderation log
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const u = P(r, cc);
  const d = new Doc().t(`{"event":"kyc.review","ts":"${ts(r)}","user":{"name":"`).l('PERSON', u.full).t('","email":"').l('EMAIL', emailOf(r, u)).t('","dob":"').l('DOB', `${r.int(1950, 2005)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`).t('"},"session":{"ip":"').l('IP', ip(r)).t(`","ua":"Parlo/${version(r)} (Android 14)"},`);
  if (cc === 'US') d.t('"ssn":"').l('NATIONAL_ID', ssn(r)).t('",');
  d.t(`"decision":"${r.pick(['approve', 'reject', 'escalate'])}","reviewer":"`).l('PERSON', P(r, 'PH').full).t('"}');
  return d;
});

// 27 internal escalation handoff
T.push((r) => {
  const a = P(r, 'GB');
  const b = P(r, 'DE');
  const c = P(r, 'US');
  const d = new Doc().t('Escalated by ').l('PERSON', a.g).t(' to T&S lead ').l('PERSON', b.full).t(`.\nSummary: creator ${handle(r)} is receiving coordinated abuse after the ${trap(r)} video. `);
  d.t('Legal contact on their side is ').l('PERSON', `${c.g.charAt(0)}. ${c.s}`).t(' (').l('EMAIL', emailOf(r, c, 'talentbridge-mgmt.com')).t(', ').l('PHONE', phone(r, 'US')).t(` ext. ${r.int(10, 499)}).\nNext step: ${r.pick(TEAMS)} to review by ${recent(r, 'GB')}.`);
  return d;
});

// 28 neighbourhood post about a scammer (common-word names)
T.push((r) => {
  const cc = r.pick<CC>(['US', 'GB', 'AU']);
  const who = P(r, cc);
  const d = new Doc().t(`PSA!! Does anyone know a guy called `).l('PERSON', who.full).t(`? He "sold" me a bike for $${r.int(80, 400)} and never showed. `);
  d.t('Number he used: ').l('PHONE', phone(r, cc)).t('. He said to meet at the ').t(r.pick(['Wendy\'s on Main', 'Tim Hortons by the mall', 'Kennedy Airport parking', 'Lincoln Memorial steps'])).t('. ');
  d.t(`Also look out for ${r.pick(PETS)} — he said the bike was "for his dog". Admins pls pin. `).l('PERSON', P(r, cc).g).t(' said the same happened to her.');
  return d;
});

// 29 fake profile report (claims to be a doctor)
T.push((r) => {
  const cc = r.pick(EN_CC);
  const real = P(r, cc);
  const d = new Doc().t(`This profile claims to be Dr. `).l('PERSON', real.full).t(`, a surgeon in ${r.pick(CITY_ONLY)}, born `).l('DOB', dob(r, cc)).t(`. The real Dr. `).l('PERSON', real.s).t(' is my colleague and has no social media. The fake one uses the clinic line ').l('PHONE', phone(r, cc)).t(` and pushes a ${r.pick(["Crohn's disease", "Hodgkin's lymphoma", 'diabetes'])} "cure". Please remove.`);
  return d;
});

// 30 extortion report
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Someone I met on the app is threatening to send screenshots to my family unless I pay. They asked for payment to this card: `).l('CARD', card(r)).t(', or to the IBAN ').l('IBAN', iban(r, ibanCc(r, cc))).t('. ');
  d.t('They already know my sibling\'s name (').l('PERSON', P(r, cc).g).t(') and my email ').l('EMAIL', emailOf(r, me)).t(`. I have not paid. Report ${caseId(r)}.`);
  return d;
});

// 31 ID verification chat with ALL-CAPS name
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const me = P(r, cc);
  const d = new Doc().t('[Verification bot] We read the following from your document:\nNAME: ').l('PERSON', me.c.native ? me.full : `${me.s.toUpperCase()}, ${me.g.toUpperCase()}`).t('\nDATE OF BIRTH: ').l('DOB', dob(r, cc)).t(`\nDOCUMENT NO: ${letter(r)}${letter(r)}${r.digits(7)}\nEXPIRY: ${recent(r, cc)}\n`);
  d.t('Is this correct? (yes/no)\n[User] yes but the address is old, new one is ').l('ADDRESS', addr(r, cc, false));
  return d;
});

// 32 UK seller bank details
T.push((r) => {
  const me = P(r, 'GB');
  const d = new Doc().t(`Hiya, I'm `).self(me.full).t(` and I run ${r.pick(['Poppy & Page Prints', 'Knight Bishop Games', 'Rose Hartley Ceramics'])}. Your form wants an IBAN; sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)} as an IBAN is `).l('IBAN', iban(r, 'GB')).t('. ');
  d.t(`Please send the VAT invoice to `).l('EMAIL', emailOf(r, me)).t(`, my VAT number is GB${r.digits(9)}. Cheers!`);
  return d;
});

// 33 subpoena response (outgoing records)
T.push((r) => {
  const u = P(r, r.pick<CC>(['US', 'CA', 'GB']));
  const d = new Doc().t(`RESPONSE TO LEGAL PROCESS ${caseId(r)}\nRecords produced for target account ${handle(r)}:\nRegistered name: `).l('PERSON', u.full).t('\nRegistered email: ').l('EMAIL', emailOf(r, u)).t('\nVerified phone: ').l('PHONE', phone(r, r.pick<CC>(['US', 'CA', 'GB']))).t('\nIP log (UTC):\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const v6 = r.chance(0.3);
    d.t(`  ${ts(r)}  `);
    if (v6) d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}\n`);
    else d.l('IP', ipv4(r)).t(`:${r.int(1024, 65535)}\n`);
  }
  if (r.chance(0.35)) d.t('Tax ID on file (creator payouts): ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Custodian: `).l('PERSON', P(r, 'US').full).t(`, Legal Response Team. Bates ${r.pick(['KL', 'PR'])}-${r.digits(6)}.`);
  return d;
});

// 34 pasted e-mail headers
T.push((r) => {
  const s = P(r, r.pick(ANY_CC));
  const pl = r.pick(PLATFORMS);
  const d = new Doc().t('Forwarding the phishing email that pretended to be from you:\n\nReceived: from mx.').t(r.pick(['bulkmailer', 'mailhost', 'smtp-relay'])).t('.example (').l('IP', ipv4(r)).t(`)\nMessage-ID: <${hex(r, 24)}@mail.example>\nFrom: "${pl.name} Security" <`).l('EMAIL', emailOf(r, undefined, 'secure-login-verify.example')).t('>\nReply-To: ').l('PERSON', s.full).t(' <').l('EMAIL', emailOf(r, s)).t(`>\nSubject: Your account will be deleted in 24h\nX-Mailer: PHPMailer ${version(r)}\n\nCan you confirm this is not you? Your real address is `).l('EMAIL', roleMail(r, pl)).t(' right?');
  return d;
});

// 35 parental consent for teen account
T.push((r) => {
  const cc = r.pick(EN_CC);
  const par = P(r, cc);
  const kid = r.pick(P(r, cc).c.g);
  const d = new Doc().t('Parental consent form\nParent/guardian: ').self(par.full).t('\nEmail: ').l('EMAIL', emailOf(r, par)).t('\nPhone: ').l('PHONE', phone(r, cc)).t('\nChild\'s first name: ').l('PERSON', kid).t('\nChild\'s date of birth: ').l('DOB', dob(r, cc, 2009, 2014)).t(`\nSigned ${recent(r, cc)}`);
  return d;
});

// 36 spoken DOB in a recovery call
T.push((r) => {
  const me = P(r, r.pick<CC>(['US', 'GB', 'AU', 'CA']));
  const y = r.int(1960, 2004);
  const dd = r.int(1, 28);
  const mon = nth(MONTHS.en, r.int(0, 11));
  const yWords = `nineteen ${['sixty', 'seventy', 'eighty', 'ninety'][Math.floor((y - 1960) / 10) % 4] ?? 'ninety'}${y % 10 ? ` ${nth(DIGIT_WORDS, y % 10)}` : ''}`;
  const ordw = nth(sp('first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth'), dd - 1);
  const d = new Doc().t('AGENT: For security, can you tell me your name and birthday?\nCALLER: sure, ').self(me.full).t(', and I was born on the ').l('DOB', `${ordw} of ${mon}, ${y >= 2000 ? (y === 2000 ? 'two thousand' : `two thousand ${nth(DIGIT_WORDS, y % 10)}`) : yWords}`).t('.\nAGENT: And the phone on the account?\nCALLER: ').l('PHONE', spokenPhone(r)).t(`\nAGENT: Thanks, I've sent a code. Reference ${caseId(r)}.`);
  return d;
});

// 37 refund request with masked and bad cards
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Refund request for boosted post ${orderNo(r)}.\nCharged card: ${maskedCard(r)}\nThe statement reference ${badCard(r)} doesn't match anything. `);
  d.t('Please refund to ').l('CARD', card(r)).t(' instead (new card, same name). Contact: ').l('EMAIL', emailOf(r, me)).t(' / ').l('PERSON', nf(r, me));
  return d;
});

// 38 brand-deal scam e-mail (common-word names)
T.push((r) => {
  const s = P(r, 'US');
  const me = P(r, r.pick(EN_CC));
  const d = new Doc().t('Creator here. Got this "brand deal" email, pretty sure it\'s a scam:\n\n"Hi ').l('PERSON', me.g).t(`! I'm `).l('PERSON', s.full).t(` from ${r.pick(['Ralph Lauren', 'Tommy Hilfiger', 'Louis Vuitton', 'Dolce & Gabbana'])} partnerships. To receive your $${r.int(2, 9)},000 fee please install our tracking app (v${r.int(1, 5)}.${r.int(0, 9)}) and send your bank login. Reply to `).l('EMAIL', emailOf(r, s, 'brand-collabs.example')).t('"\n\nThe real brand contact I know is ').t(`${r.pick(HON_EN)} `).l('PERSON', P(r, 'US').s).t('.');
  return d;
});

// 39 forum signature block
T.push((r) => {
  const cc = r.pick<CC>(['GB', 'US', 'IE', 'AU']);
  const m = P(r, cc);
  const d = new Doc().t(`Thread locked. Please keep discussion of ${trap(r)} in the megathread, and stop posting other members' personal info.\n\n-- \n`).l('PERSON', m.full).t('\nVolunteer moderator, ').t(r.pick(['Allotment Growers Forum', 'RetroConsole Hub', 'Birders of the North'])).t('\n').l('EMAIL', emailOf(r, m)).t(' | ').l('PHONE', phone(r, cc));
  return d;
});

// 40 lower-case chat
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const full = me.full.toLowerCase();
  const d = new Doc().t('hey its ').l('PERSON', full).t(' again lol. still cant log in, the code goes to my old number ').l('PHONE', phone(r, cc)).t(' which i dont have anymore. new one is ').l('PHONE', phone(r, cc)).t(`. ticket was ${caseId(r)} i think`);
  return d;
});

// 41 shipping dispute with recipient block
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const buyer = P(r, cc);
  const d = new Doc().t(`Marketplace dispute ${orderNo(r)}\nBuyer says item never arrived. Tracking ${tracking(r)} shows "delivered" on ${recent(r, cc)}.\nShip-to on the label:\n`).l('PERSON', buyer.full).t('\n').l('ADDRESS', addr(r, cc, true)).t('\n');
  d.t(`Seller note: "left with neighbour at no. ${r.int(2, 90)}, behind the ${r.pick(['blue gate', 'Tesla charger', 'Ford Mustang'])}". Buyer phone `).l('PHONE', phone(r, cc)).t('.');
  return d;
});

// 42 hate-speech report with only the reporter
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Reporting a post in the ${r.pick(['Arsenal Fans', 'Manchester Derby Chat', 'Lakers Nation', 'Boca Juniors UK'])} group that uses slurs against ${r.pick(['immigrants', 'disabled people', 'Muslims', 'Jewish people'])}. Link: https://threadnest.net/p/${hex(r, 10)}. `);
  d.t(`It was posted at ${hm(r)} and has ${r.int(20, 900)} likes. Reporter: `).self(me.full).t(` (${handle(r, me)}).`);
  return d;
});

// 43 Australian scam report
T.push((r) => {
  const me = P(r, 'AU');
  const sc = P(r, 'AU');
  const d = new Doc().t(`G'day, reporting a Marketplace seller "`).l('PERSON', sc.full).t(`" who took $${r.int(50, 900)} via PayID to `).l('PHONE', phone(r, 'AU')).t(' and then blocked me. ');
  d.t('Pickup was supposed to be ').l('ADDRESS', addr(r, 'AU', false)).t(` but nobody lives there. Reported to Scamwatch (${caseId(r)}). Cheers, `).l('PERSON', me.g);
  return d;
});

// 44 Indian UPI scam (other ids unlabelled)
T.push((r) => {
  const me = P(r, 'IN');
  const sc = P(r, 'IN');
  const d = new Doc().t(`Sir/Madam, I was cheated by a seller on your app. He took ₹${r.int(900, 25000)} on UPI id ${ascii(sc.g)}${r.int(1, 99)}@ok${r.pick(['axis', 'sbi', 'hdfcbank'])} and said his name is `).l('PERSON', sc.full).t('. His mobile: ').l('PHONE', phone(r, 'IN')).t('. ');
  d.t(`He also sent a photo of an Aadhaar card ${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)} which looks fake. My details: `).self(me.full).t(', ').l('EMAIL', emailOf(r, me)).t('.');
  return d;
});

// 45 Nigerian account recovery
T.push((r) => {
  const me = P(r, 'NG');
  const d = new Doc().t('Good day. Please my account was hacked and they are using it to sell fake crypto. My name is ').self(me.full).t(', my line is ').l('PHONE', phone(r, 'NG')).t(' and I live at ').l('ADDRESS', addr(r, 'NG', false)).t(`. They collected money into account ${r.digits(10)} (${r.pick(['GTBank', 'Access Bank', 'Zenith Bank'])}). I was born `).l('DOB', dob(r, 'NG')).t(' if you need to verify. God bless.');
  return d;
});

// 46 Kenyan M-Pesa
T.push((r) => {
  const me = P(r, 'KE');
  const sc = P(r, 'KE');
  const d = new Doc().t(`Habari. A seller in the ${r.pick(['Nairobi Deals', 'Thika Road Buy & Sell', 'Mombasa Marketplace'])} group took KSh ${r.int(1000, 40000)} by M-Pesa (code ${letter(r)}${letter(r)}${r.digits(2)}${letter(r)}${letter(r)}${r.digits(1)}${letter(r)}${letter(r)}${letter(r)}). `);
  d.t('The number was ').l('PHONE', phone(r, 'KE')).t(' registered to ').l('PERSON', sc.full.toUpperCase()).t('. I am ').self(me.full).t(', reach me on ').l('EMAIL', emailOf(r, me)).t('.');
  return d;
});

// 47 Philippine seller support
T.push((r) => {
  const me = P(r, 'PH');
  const d = new Doc().t('Hello po! Seller here, ').self(me.full).t(`. My GCash payout failed, ref no. ${r.digits(13)}. Please send to `).l('PHONE', phone(r, 'PH')).t(' instead. Return address for the bogus order: ').l('ADDRESS', addr(r, 'PH', false)).t('. Salamat po!');
  return d;
});

// 48 Canadian bilingual report
T.push((r) => {
  const me = P(r, 'CA');
  const d = new Doc().t('Bonjour / Hello — someone is using my photos on a dating profile. / Quelqu\'un utilise mes photos. Name / Nom : ').self(me.full).t(' · Tel : ').l('PHONE', phone(r, 'CA')).t(' · Adresse : ').l('ADDRESS', addr(r, 'CA', false)).t(' · DOB / Date de naissance : ').l('DOB', dob(r, 'CA'));
  return d;
});

// ---------------------------------------------------------------------------------------------------
// Labelled templates (other languages)

// 49 German harassment report
T.push((r) => {
  const me = P(r, 'DE');
  const t = P(r, 'DE');
  const d = new Doc().t(`Meldung wegen Belästigung (Vorgang ${caseId(r)})\n\nSehr geehrte Damen und Herren,\nseit dem ${recent(r, 'DE')} schreibt mir der Nutzer ${handle(r)} täglich. Er hat inzwischen meine Anschrift `).l('ADDRESS', addr(r, 'DE', false)).t(' in einer Gruppe gepostet und behauptet, er kenne ').t(r.pick(['Herrn ', 'Frau '])).l('PERSON', t.s).t(' aus meinem Büro. ');
  d.t('Ich habe Anzeige bei der Polizei erstattet. Erreichbar bin ich unter ').l('PHONE', phone(r, 'DE')).t(' oder ').l('EMAIL', emailOf(r, me, r.pick(['web.de', 'gmx.de', 't-online.de']))).t('.\n\nMit freundlichen Grüßen\n').self(me.full);
  return d;
});

// 50 German police preservation request
T.push((r) => {
  const k = P(r, 'DE');
  const d = new Doc().t(`Polizeipräsidium ${r.pick(['Mittelfranken', 'Westhessen', 'Köln'])} — Kriminalinspektion Cybercrime\nAz.: ${r.int(100, 999)} Js ${r.int(1000, 99999)}/${r.int(23, 25)}\n\nSicherungsanordnung: Bitte sichern Sie alle Daten zum Konto ${handle(r)}, insbesondere die Zugriffe von `).l('IP', ipv4(r)).t(' und ').l('IP', ipv6(r)).t(` im Zeitraum ${recent(r, 'DE')} bis ${recent(r, 'DE')}. `);
  d.t('Tatverdächtiger: ').l('PERSON', k.full).t(', geb. ').l('DOB', dob(r, 'DE')).t(', wohnhaft ').l('ADDRESS', addr(r, 'DE', false)).t('.\nSachbearbeiter: KHK ').l('PERSON', P(r, 'DE').s).t(', Tel. ').l('PHONE', phone(r, 'DE')).t(`, Durchwahl -${r.int(100, 999)}`);
  return d;
});

// 51 French account recovery
T.push((r) => {
  const me = P(r, 'FR');
  const d = new Doc().t(`Bonjour,\nje n'arrive plus à accéder à mon compte depuis ${r.pick(['hier', 'lundi', 'la mise à jour'])}. Quelqu'un a changé l'adresse e-mail pour `).l('EMAIL', emailOf(r)).t('. ');
  d.t('Je m\'appelle ').self(me.full).t(', date de naissance : ').l('DOB', dob(r, 'FR')).t(', et mon numéro est le ').l('PHONE', phone(r, 'FR')).t(`. J'ai joint une photo de ma carte d'identité (n° ${r.digits(12)}). `);
  d.t('Vous pouvez aussi écrire à mon contact de confiance, ').l('PERSON', P(r, 'FR').full).t('.\nCordialement');
  return d;
});

// 52 French harassment report
T.push((r) => {
  const me = P(r, 'FR');
  const h = P(r, 'FR');
  const d = new Doc().t(`Signalement — cyberharcèlement\nL'utilisateur ${handle(r)} (il se présente comme `).l('PERSON', h.full).t(`) publie des montages de moi depuis le ${recent(r, 'FR')}. Il a publié mon adresse : `).l('ADDRESS', addr(r, 'FR', false)).t('. ');
  d.t(`J'ai déposé plainte au commissariat (PV n° ${r.digits(5)}/${r.digits(5)}). Merci de contacter M`).t(r.pick(['me ', '. '])).l('PERSON', me.s).t(' au ').l('PHONE', phone(r, 'FR')).t('.');
  return d;
});

// 53 Spanish impersonation
T.push((r) => {
  const cc = r.pick<CC>(['ES', 'MX']);
  const me = P(r, cc);
  const d = new Doc().t(`Hola, quiero denunciar una suplantación de identidad. La cuenta ${handle(r, me)} usa mi nombre (`).self(me.full).t(') y mis fotos para pedir dinero a mis contactos. ');
  d.t('Ya le escribió a ').t(r.pick(['mi primo ', 'mi vecina ', 'mi jefe, el Sr. ', 'mi amiga, la Sra. '])).l('PERSON', P(r, cc).full).t(', pidiéndole una transferencia. Mi correo es ').l('EMAIL', emailOf(r, me, r.pick(['hotmail.es', 'gmail.com', 'yahoo.com.mx']))).t(' y mi teléfono ').l('PHONE', phone(r, cc)).t('. Gracias.');
  return d;
});

// 54 Spanish stalking report
T.push((r) => {
  const cc = r.pick<CC>(['ES', 'MX']);
  const me = P(r, cc);
  const ex = P(r, cc);
  const d = new Doc().t(`Denuncia por acoso. Mi expareja, `).l('PERSON', nf(r, ex)).t(`, crea cuentas nuevas cada semana (${handle(r)}, ${handle(r)}) para escribirme. Ayer publicó la dirección de mi trabajo y de mi casa: `).l('ADDRESS', addr(r, cc, false)).t(`${cc === 'MX' ? ' —' : '.'} Tengo orden de alejamiento (expediente ${r.int(100, 999)}/${r.int(2022, 2025)}). `);
  d.t('Datos: ').self(me.full).t(', fecha de nacimiento: ').l('DOB', dob(r, cc)).t('.');
  return d;
});

// 55 Brazilian seller support with CPF and PIX
T.push((r) => {
  const me = P(r, 'BR');
  const d = new Doc().t(`Olá, sou vendedor na loja "${r.pick(['Cantinho da Graça', 'Ateliê Lima', 'Rei do Tênis'])}". Meu repasse de ${recent(r, 'BR')} não caiu. Minha chave PIX é o e-mail `).l('EMAIL', emailOf(r, me, r.pick(['uol.com.br', 'bol.com.br', 'gmail.com']))).t(` e o CPF cadastrado é ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}. `);
  d.t('Nome completo: ').self(me.full).t('. Endereço: ').l('ADDRESS', addr(r, 'BR', false)).t('. WhatsApp: ').l('PHONE', phone(r, 'BR'));
  if (r.chance(0.5)) d.t('. Conta para depósito: ').l('IBAN', iban(r, 'BR'));
  return d;
});

// 56 Italian harassment report
T.push((r) => {
  const me = P(r, 'IT');
  const d = new Doc().t(`Segnalazione di molestie. Un utente mi scrive da settimane e ha pubblicato il mio numero `).l('PHONE', phone(r, 'IT')).t(' e il mio indirizzo ').l('ADDRESS', addr(r, 'IT', false)).t(' nel gruppo "').t(r.pick(['Mercatino Ferrari', 'Fan Club Ramazzotti', 'Bologna Vende'])).t('". ');
  d.t(`Codice fiscale e documenti NON li ho mai condivisi (il mio CF inizia con ${letter(r)}${letter(r)}${letter(r)}…). Firmato: `).self(me.full).t(', data di nascita ').l('DOB', dob(r, 'IT')).t('. Referente: avv. ').l('PERSON', P(r, 'IT').full).t('.');
  return d;
});

// 57 Dutch marketplace dispute
T.push((r) => {
  const me = P(r, 'NL');
  const v = P(r, 'NL');
  const d = new Doc().t(`Beste ${r.pick(['Stallmarket', 'Hearthly'])}-team,\nik heb een fiets gekocht van `).l('PERSON', v.full).t(' en €').t(String(r.int(60, 700))).t(' overgemaakt naar ').l('IBAN', iban(r, 'NL')).t(`. Daarna kreeg ik een Tikkie-link (https://tikkie.example/${hex(r, 8)}) voor "verzendkosten". `);
  d.t('Hij woont volgens hem op ').l('ADDRESS', addr(r, 'NL', false)).t(', maar daar kent niemand hem. Mijn gegevens: ').self(me.full).t(', ').l('PHONE', phone(r, 'NL')).t('.\nMet vriendelijke groet');
  return d;
});

// 58 Polish harassment report with PESEL
T.push((r) => {
  const me = P(r, 'PL');
  const d = new Doc().t(`Dzień dobry, zgłaszam nękanie. Użytkownik ${handle(r)} opublikował mój numer PESEL (${r.digits(11)}), adres `).l('ADDRESS', addr(r, 'PL', false)).t(' i numer telefonu ').l('PHONE', phone(r, 'PL')).t('. ');
  d.t('Nazywam się ').self(me.full).t(', data urodzenia: ').l('DOB', dob(r, 'PL')).t(`. Sprawa zgłoszona na policję ${recent(r, 'PL')}. Proszę o kontakt: `).l('EMAIL', emailOf(r, me, r.pick(['wp.pl', 'o2.pl', 'gmail.com']))).t('.');
  return d;
});

// 59 Turkish support with TC Kimlik
T.push((r) => {
  const me = P(r, 'TR');
  const d = new Doc().t(`Merhaba, hesabım çalındı ve biri benim adıma ${r.pick(['kripto', 'sahte ürün', 'bahis'])} reklamı yapıyor. Ad soyad: `).self(me.full).t('. Doğum tarihi: ').l('DOB', dob(r, 'TR')).t(`. TC kimlik no: ${r.int(1, 9)}${r.digits(10)}. Telefon: `).l('PHONE', phone(r, 'TR')).t('. Adres: ').l('ADDRESS', addr(r, 'TR', false)).t('.');
  if (r.chance(0.5)) d.t(' Ödemeyi iade etmek için IBAN: ').l('IBAN', iban(r, 'TR'));
  return d;
});

// 60 Swedish report
T.push((r) => {
  const me = P(r, 'SE');
  const d = new Doc().t(`Hej! Någon har skapat ett falskt konto i mitt namn (`).self(me.full).t(`) och skriver till mina vänner. Mitt personnummer har de inte, men de har min adress `).l('ADDRESS', addr(r, 'SE', false)).t(' och mobilnummer ').l('PHONE', phone(r, 'SE')).t('. ');
  d.t('Utbetalningar från säljprogrammet ska gå till ').l('IBAN', iban(r, r.pick(['SE', 'SE', 'NO', 'FI', 'DK']))).t('. Mvh ').l('PERSON', me.g);
  return d;
});

// 61 Japanese impersonation report
T.push((r) => {
  const me = P(r, 'JP');
  const d = new Doc().t(`なりすましアカウントの報告\n\n${handle(r)} が私の名前と写真を使っています。\n氏名：`).self(me.full).t('\n生年月日：').l('DOB', dob(r, 'JP')).t('\n電話番号：').l('PHONE', phone(r, 'JP')).t('\n住所：').l('ADDRESS', addr(r, 'JP')).t('\n');
  d.t('友人の').l('PERSON', P(r, 'JP').s).t(`さんにも同じDMが届きました。問い合わせ番号 ${caseId(r)} です。よろしくお願いいたします。`);
  return d;
});

// 62 Japanese seller support (mixed script)
T.push((r) => {
  const me = P(r, 'JP');
  const ag = P(r, 'JP');
  const d = new Doc().l('PERSON', me.full).t(`様\n\nお問い合わせありがとうございます。担当の`).l('PERSON', ag.s).t(`です。ご登録のメールアドレス（`).l('EMAIL', emailOf(r, me, r.pick(['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com']))).t(`）宛てに確認コードを送信しました。売上金の振込は${recent(r, 'JP')}の予定です。`);
  return d;
});

// 63 Korean account recovery with RRN
T.push((r) => {
  const me = P(r, 'KR');
  const d = new Doc().t('계정 복구 요청드립니다.\n이름: ').self(me.full).t('\n생년월일: ').l('DOB', dob(r, 'KR')).t('\n연락처: ').l('PHONE', phone(r, 'KR')).t(`\n주민등록번호 앞자리: ${r.digits(6)}-${r.int(1, 4)}******\n`);
  d.t('해킹 후 로그인 IP가 ').l('IP', ipv4(r)).t('로 바뀌었습니다. 빠른 처리 부탁드립니다.');
  return d;
});

// 64 Korean marketplace dispute
T.push((r) => {
  const me = P(r, 'KR');
  const s = P(r, 'KR');
  const d = new Doc().t(`중고거래 사기 신고합니다. 판매자 `).l('PERSON', s.full).t(` 씨가 ${r.int(5, 90)}만원을 받고 연락이 끊겼습니다. 판매자 번호: `).l('PHONE', phone(r, 'KR')).t('\n거래 장소로 알려준 주소: ').l('ADDRESS', addr(r, 'KR')).t(`\n신고자: `).self(me.full).t(` (${handle(r)})`);
  return d;
});

// 65 Irish community post
T.push((r) => {
  const me = P(r, 'IE');
  const d = new Doc().t(`Folks in the ${r.pick(['Cork Buy & Sell', 'Galway Gardeners', 'Dublin 6 Mums'])} group — there's a fake page using `).l('PERSON', nf(r, P(r, 'IE'))).t(`'s name to run a "raffle" for ${r.pick(['a Ford Mustang', 'St. Patrick\'s Day tickets', 'Storm Ciarán relief'])}. Do NOT send money to `).l('IBAN', iban(r, 'IE')).t('. If you already did, ring ').l('PHONE', phone(r, 'IE')).t(' (Garda fraud line is on their site). — ').l('PERSON', nf(r, me));
  return d;
});

// 66 UK law enforcement (RIPA-style) request
T.push((r) => {
  const s = P(r, 'GB');
  const o = P(r, 'GB');
  const d = new Doc().t(`${r.pick(['West Yorkshire Police', 'Police Scotland', 'Metropolitan Police Service'])} — Data Request ${caseId(r)}\nSubject: `).l('PERSON', `${s.s.toUpperCase()}, ${s.g}`).t('\nDate of birth: ').l('DOB', dob(r, 'GB')).t('\nAddress: ').l('ADDRESS', addr(r, 'GB', true)).t('\nAccount email: ').l('EMAIL', emailOf(r, s)).t('\n');
  d.t('Officer in case: DC ').l('PERSON', nf(r, o)).t(', ').l('PHONE', phone(r, 'GB')).t(`. Please also provide IPs used since ${recent(r, 'GB')}.`);
  return d;
});

// 67 Mexican seller support with card
T.push((r) => {
  const me = P(r, 'MX');
  const d = new Doc().t(`Buenas tardes. Soy `).self(me.full).t(`, vendedora en la tienda "${r.pick(['Dulces Lupita', 'Artesanías Xóchitl', 'El Rey del Taco'])}". Un comprador pagó con la tarjeta `).l('CARD', card(r)).t(` y luego hizo contracargo (folio ${r.digits(10)}). `);
  d.t('Le envié a ').l('ADDRESS', addr(r, 'MX', false)).t(' con guía ').t(tracking(r)).t('. Mi celular: ').l('PHONE', phone(r, 'MX')).t('.');
  return d;
});

// 68 Greek/German cross-border IBAN scam note (English)
T.push((r) => {
  const a = P(r, 'DE');
  const d = new Doc().t(`Seller verification mismatch\nName on KYC: `).l('PERSON', a.full).t(`\nName on bank account: `).l('PERSON', P(r, 'DE').full).t('\nIBAN: ').l('IBAN', iban(r, r.pick(['GR', 'CY', 'LT', 'HR', 'RO', 'BG', 'HU', 'SK']))).t(`\nPreviously rejected IBAN: ${badIban(r, r.pick(['DE', 'AT', 'LU']))}\nDecision: hold payouts pending review. Reviewer `).l('PERSON', P(r, 'PL').g).t('.');
  return d;
});

// 69 US identity theft via seller account
T.push((r) => {
  const me = P(r, 'US');
  const d = new Doc().t(`Someone opened a seller account on your marketplace using MY Social Security number `).l('NATIONAL_ID', ssn(r)).t(' and my date of birth (').l('DOB', dob(r, 'US')).t(`). I found out when the IRS sent me a 1099-K for $${r.int(2, 60)},${r.digits(3)}. `);
  d.t('The account lists an address I have never lived at, ').l('ADDRESS', addr(r, 'US', false)).t(`, and FTC report #${r.digits(8)}. My name is `).self(me.full).t(', phone ').l('PHONE', phone(r, 'US')).t('. Please close it and send me whatever you have.');
  return d;
});

// 70 verified-creator application form
T.push((r) => {
  const me = P(r, 'US');
  const d = new Doc().t(`VERIFIED CREATOR APPLICATION #${r.digits(7)}\nFull legal name ........ `).self(me.full).t('\nDate of birth .......... ').l('DOB', dob(r, 'US', 1960, 2006)).t('\nSocial Security No. .... ').l('NATIONAL_ID', ssn(r)).t('\nMobile ................. ').l('PHONE', phone(r, 'US')).t('\nEmail .................. ').l('EMAIL', emailOf(r, me)).t(`\nFollower count ......... ${r.int(10, 900)}k\nNotable press .......... ${r.pick(['a Pulitzer shortlist mention', 'Ada Lovelace Day feature', 'none'])}`);
  return d;
});

// 71 1099-K dispute with two SSNs
T.push((r) => {
  const me = P(r, 'US');
  const ex = P(r, 'US');
  const d = new Doc().t(`Re: 1099-K for tax year ${r.int(2022, 2024)}\nThe form you issued lists TIN `).l('NATIONAL_ID', ssn(r)).t(', which belongs to my ex-husband ').l('PERSON', nf(r, ex)).t('. The shop has been in my name since the divorce. My SSN is ').l('NATIONAL_ID', ssn(r)).t(` (the one ending ${r.digits(4)} on your portal is masked as ${maskedSsn(r)} and I can't edit it). Shop ID ${r.digits(8)}. — `).self(me.full);
  return d;
});

// 72 lower-case US chat with a spaced SSN
T.push((r) => {
  const me = P(r, 'US');
  const v = ssn(r).replace(/-/g, ' ');
  const d = new Doc().t('user: they want my social to unlock payouts?? fine its ').l('NATIONAL_ID', v).t('\nuser: and dob ').l('DOB', dob(r, 'US')).t('\nbot: Thanks. For your security we never ask for your full SSN in chat. A specialist will review.\nuser: ok. name is ').l('PERSON', me.full.toLowerCase()).t(` btw, order ${orderNo(r)}`);
  return d;
});

// 73 ad-credit double charge
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const me = P(r, cc);
  const d = new Doc().t(`I bought ${r.int(50, 900)} ad credits on ${recent(r, cc)} and was charged twice on `).l('CARD', card(r)).t(`. Invoice numbers ${orderNo(r)} and ${orderNo(r)}. Your bot keeps saying the card is "${maskedCard(r)}" which is not even the right one. `).self(me.full).t(', ').l('EMAIL', emailOf(r, me));
  return d;
});

// 74 stolen card used for a paid badge
T.push((r) => {
  const cc = r.pick(EN_CC);
  const me = P(r, cc);
  const d = new Doc().t(`Fraud report: my credit card `).l('CARD', card(r)).t(` was used to buy a paid badge for ${handle(r)}, who I don't know. I still have the physical card. Billing address on the card: `).l('ADDRESS', addr(r, cc, false)).t(`. The charge came from IP `).l('IP', ipv4(r)).t(` according to my bank (dispute ${caseId(r)}). — `).self(me.full);
  return d;
});

// 75 German chargeback from a seller
T.push((r) => {
  const me = P(r, 'DE');
  const d = new Doc().t(`Hallo, ein Käufer hat mit der Kreditkarte `).l('CARD', card(r)).t(` bezahlt und nach Erhalt der Ware eine Rückbuchung veranlasst (Bestellung ${orderNo(r)}, Sendung ${tracking(r)}). Die Lieferadresse war `).l('ADDRESS', addr(r, 'DE', false)).t('. Bitte prüfen Sie das. Meine Auszahlungen bitte weiter auf ').l('IBAN', iban(r, 'DE')).t('.\nViele Grüße, ').self(me.full);
  return d;
});

// 76 Spanish-speaking US user, identity check
T.push((r) => {
  const me = P(r, r.chance(0.5) ? 'MX' : 'US');
  const d = new Doc().t(`Hola, me pidieron verificar mi identidad para cobrar como creadora. Nombre: `).self(me.full).t('. Número de Seguro Social: ').l('NATIONAL_ID', ssn(r)).t('. Fecha de nacimiento: ').l('DOB', dob(r, 'US')).t('. ');
  if (r.chance(0.6)) d.t('La tarjeta para los pagos es ').l('CARD', card(r)).t('. ');
  d.t(`Vivo en `).l('ADDRESS', addr(r, 'US', false)).t(`. Mi número de caso es ${caseId(r)}.`);
  return d;
});

// 77 Brazilian chargeback on a marketplace
T.push((r) => {
  const me = P(r, 'BR');
  const buyer = P(r, 'BR');
  const d = new Doc().t(`Prezados, o comprador `).l('PERSON', nf(r, buyer)).t(' pagou com o cartão ').l('CARD', card(r)).t(` em ${r.int(2, 12)}x e depois abriu contestação (pedido ${orderNo(r)}). A entrega foi confirmada em ${recent(r, 'BR')}. Aguardo retorno. Att., `).self(me.full).t(' — ').l('PHONE', phone(r, 'BR'));
  return d;
});

// 78 Italian seller payout IBAN
T.push((r) => {
  const me = P(r, 'IT');
  const d = new Doc().t(`Buongiorno, sono `).self(me.full).t(`, titolare del negozio "${r.pick(['Bottega Bruno', 'Ceramiche Greco', 'Vintage Ferrari Club'])}" su Stallmarket. L'IBAN ${badIban(r, 'IT')} che avete in archivio è sbagliato, quello corretto è `).l('IBAN', iban(r, r.pick(['IT', 'IT', 'MT']))).t('. Partita IVA ').t(r.digits(11)).t('. Grazie, ').l('PERSON', me.g);
  return d;
});

// 79 payment processor dispute notice
T.push((r) => {
  const cc = r.pick(ANY_CC);
  const h = P(r, cc);
  const d = new Doc().t(`DISPUTE NOTICE ${caseId(r)} — reason code ${r.int(10, 13)}.${r.int(1, 9)} (fraud)\nCardholder: `).l('PERSON', h.full.toUpperCase()).t('\nCard: ').l('CARD', card(r)).t(`\nAmount: ${r.int(5, 900)}.${pad(r.int(0, 99))} ${r.pick(['USD', 'EUR', 'GBP'])}\nMerchant descriptor: KITELOOP*BOOST ${r.digits(6)}\nIssuer BIN check: ${badCard(r)} (no match)\nSettle to: `).l('IBAN', iban(r, ibanCc(r, cc))).t(`\nRespond by ${recent(r, cc)}.`);
  return d;
});

// 80 US seller KYC mismatch
T.push((r) => {
  const a = P(r, 'US');
  const d = new Doc().t(`KYC REVIEW — payouts frozen (${r.pick(TEAMS)})\nApplicant: `).l('PERSON', a.full).t('\nSSN entered: ').l('NATIONAL_ID', ssn(r)).t(`\nSSN on bureau match: ${maskedSsn(r)} (mismatch)\nDOB entered: `).l('DOB', dob(r, 'US')).t('\nAddress entered: ').l('ADDRESS', addr(r, 'US', false)).t(`\nBureau ref ${hex(r, 10).toUpperCase()} · EIN on storefront ${ein(r)} · unissued-range value ${badSsn(r)} rejected\nAction: request documents via `).l('EMAIL', emailOf(r, a)).t('.');
  return d;
});

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no PII, many traps

// N1 policy update
N.push((r) => new Doc().t(`Policy update ${version(r)} — effective ${recent(r, 'US')}\nWe are updating our Community Guidelines to reflect ${trap(r)} and ${trap(r)}. Sex-offender registry matches under Megan's Law will continue to be actioned by ${r.pick(TEAMS)}. Fundraisers for ${r.pick(['Hurricane Beryl', 'Storm Ciarán', 'Cyclone Gabrielle'])} relief need verification (case prefix TS-${r.int(2023, 2025)}). Thanks for keeping ${r.pick(PLATFORMS).name} safe.`));

// N2 moderation statistics
N.push((r) => {
  const d = new Doc().t(`Weekly T&S metrics (${r.pick(TEAMS)}), build ${version(r)}\n`);
  for (const reason of [r.pick(REASONS), r.pick(REASONS), r.pick(REASONS)]) d.t(`- ${reason}: ${r.int(100, 90000)} reports, p95 handle time ${r.int(2, 90)}m, backlog ${r.int(0, 4000)}\n`);
  d.t(`Snapshot ${ts(r)} · sha256 ${hex(r, 64)} · queue ${caseId(r)}`);
  return d;
});

// N3 bug report with versions that look like IPs
N.push((r) => new Doc().t(`Bug: report button does nothing on Android.\nApp version ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(10, 250)} (build ${r.int(1000, 9999)}), Chrome ${r.int(100, 130)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}, kernel 5.${r.int(4, 15)}.${r.int(10, 200)}\nSteps: open post ${hex(r, 12)} → ⋯ → Report → "${r.pick(REASONS)}".\nExpected: modal. Actual: crash at ${ts(r)}, trace id ${hex(r, 32)}. Regressed since ${version(r)}.`));

// N4 marketplace listing full of eponymous brands
N.push((r) => new Doc().t(`FOR SALE: ${trap(r)} collectible, ${trap(r)} poster, and a ${r.pick(['Gibson Les Paul', 'Fender Stratocaster', 'Martin D-28'])} (serial ${letter(r)}${r.digits(8)}). Pickup near ${r.pick(['Washington Square Park', 'Churchill Square', 'the Lincoln Memorial', 'Kennedy Airport'])}, cash only, no holds. Listing ${orderNo(r)}. Proceeds go to the ${r.pick(['Marie Curie', 'Florence Nightingale Foundation', 'Alzheimer\'s Society'])} appeal.`));

// N5 payout statement with invalid numbers
N.push((r) => {
  const cc = r.pick<CC>(['DE', 'FR', 'NL', 'ES', 'IT', 'GB']);
  return new Doc().t(`Payout statement ${orderNo(r)}\nPeriod: ${recent(r, cc)} – ${recent(r, cc)}\nGross: €${r.int(100, 9000)}.${pad(r.int(0, 99))} · Fees: €${r.int(1, 90)}.${pad(r.int(0, 99))}\nDestination on file failed validation: ${badIban(r, ibanCc(r, cc))}\nCard reference (invalid): ${badCard(r)}\nPlatform EIN ${ein(r)}, routing ${routing(r)}\nPlease update your bank details in Settings → Payouts.`);
});

// N6 moderator training snippet on masked data
N.push((r) => new Doc().t(`Training note: when users paste sensitive data, redact it like this before escalating — SSN ${maskedSsn(r)}, card ${maskedCard(r)}, phone ***-***-${r.digits(4)}. Numbers such as ${badSsn(r)} were never issued, and ${badCard(r)} fails the Luhn check, so treat them as noise. Do not copy anything into ${r.pick(['Jenkins', 'Grafana', 'Adobe Illustrator', 'the Orion Desk sheet'])}.`));

// N7 German maintenance notice
N.push((r) => new Doc().t(`Hinweis: Am ${recent(r, 'DE')} zwischen ${hm(r)} und ${hm(r)} Uhr finden Wartungsarbeiten statt. Meldungen mit dem Aktenzeichen ${caseId(r)} bleiben erhalten. Version ${version(r)} behebt einen Fehler im Meldeformular. Danke an das Team „${r.pick(['Goethe', 'Kant', 'Humboldt'])}“ für die Tests. Ihr ${r.pick(PLATFORMS).name}-Sicherheitsteam`));

// N8 Spanish/Japanese community rules
N.push((r) =>
  r.chance(0.5)
    ? new Doc().t(`Normas del grupo "${r.pick(['Fans de Cervantes', 'Club Picasso de Málaga', 'Amigos del Real Madrid'])}": no publicar datos personales, no spam, no ventas. Sorteo nº ${r.digits(6)} termina el ${recent(r, 'ES')}. Moderación automática ${version(r)}.`)
    : new Doc().t(`【お知らせ】コミュニティガイドラインを${recent(r, 'JP')}に改定しました。個人情報の投稿は禁止です。違反報告ID：${caseId(r)}。アプリ ${version(r)} に更新してください。`),
);

// N9 trademark complaint with no persons
N.push((r) => new Doc().t(`Trademark complaint ${caseId(r)}: account ${handle(r)} sells "${trap(r)}" merchandise and uses the ${r.pick(['Ford', 'Tesla', 'John Deere', 'Ferrari'])} logo without licence. Registration no. ${r.digits(7)}, class ${r.int(1, 45)}. Filed ${recent(r, 'US')} by the rights-holder's portal; ${r.int(2, 30)} listings affected, tracking ${tracking(r)}.`));

// ---------------------------------------------------------------------------------------------------
// Generator

/** Number of document templates (labelled + negative). */
export const INDEPENDENT40_TEMPLATE_COUNT = T.length + N.length;

/** Generates corpus #40: whole documents until at least `minInstances` labels exist. */
export function generateIndependent40Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent40Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT40_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT40_MIN_INSTANCES;
  const out: Independent40Entry[] = [];
  let total = 0;
  while (total < min) {
    const tpl = r.chance(0.1) ? r.pick(N) : r.pick(T);
    const e = tpl(r).entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
