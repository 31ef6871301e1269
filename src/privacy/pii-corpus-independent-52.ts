/**
 * @module privacy/pii-corpus-independent-52 — blind labelled PII corpus #52: government benefits casework.
 *
 * WRITTEN BLIND. While writing this file I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its other sources or tests, the other corpora or their templates, docs,
 * benchmarks or git history, and never ran the detector on this text. Every name, address, template and
 * value below was invented for this file.
 *
 * Seeds: 520001, 520002, 520003 (`INDEPENDENT52_SEEDS`); each seed yields whole documents until at least
 * `minInstances` (default 2400) labels exist, deterministically.
 *
 * Contents: benefits casework across many countries — welfare, unemployment, housing-benefit and pension
 * claims, caseworker notes, eligibility and overpayment letters, appeals and tribunal papers, identity
 * verification calls, chats with an LLM benefits-advice assistant, agency CSV/JSON/XML exports and system
 * logs — plus about one document in ten that holds no PII at all but is full of traps (eponymous
 * diseases, laws, brands and places, case and tracking numbers, hashes, versions, timestamps,
 * Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, other countries' ids, non-birth
 * dates). Such distractors are sprinkled through the labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr, Frau, Sra., 様, 씨 …) and possessive 's outside the span;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled,
 *   one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named
 *   after people, eponymous diseases/laws/awards and @handles unlabelled; names inside e-mails unlabelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to
 *   the last postcode/city/country line; recipient name a separate PERSON; company lines, city-only
 *   mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT52_SEEDS = [520001, 520002, 520003] as const;
export const INDEPENDENT52_MIN_INSTANCES = 2400;

/** A gold label carrying its exact text. */
export type Independent52Label = PiiLabel & { readonly value: string };
/** One corpus document. */
export type Independent52Entry = PiiCorpusEntry & { readonly labels: readonly Independent52Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent52Label[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent52Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ───────────────────────────── names ─────────────────────────────

const CULTURES: Record<string, [string, string]> = {
  en: [
    'Oliver|Amelia|Harry|Isla|Poppy|George|Freya|Charlie|Rose|Hope|Will|Bill|Grant|May|Guy|Faith|Joy|Mark|Frank|Dawn|Pat|Earl|Summer|Ivy|Holly|Robin|Dean|Sunny',
    'Smith|Jones|Taylor|Brown|Williams|Evans|Thomas|Roberts|Walker|Wright|Green|White|Baker|Price|King|Young|Hill|Page|Cash|Long|Black|Rich|Hunter|Mason|Cook|Bell|Marsh|Wood|Lamb|Fox|Stone',
  ],
  us: [
    'Tyler|Brittany|Dakota|Jaxon|Kayla|Brandon|Destiny|LaToya|DeShawn|Tanisha|Cody|Madison|Autumn|Trey',
    'Jackson|Washington|Jefferson|Miller|Davis|Anderson|Harris|Clark|Lewis|Robinson|Turner|Carter|Mitchell|Booker',
  ],
  ie: [
    'Siobhán|Aoife|Niamh|Ciarán|Seán|Pádraig|Oisín|Caoimhe|Róisín|Declan|Eoin|Saoirse',
    "O'Sullivan|Ó Briain|Murphy|Kelly|Byrne|Ryan|O'Connor|Doyle|McCarthy|Gallagher|Ní Dhomhnaill|Kavanagh",
  ],
  sc: [
    'Iain|Morag|Hamish|Eilidh|Callum|Kirsty|Ewan|Fiona|Alasdair|Mhairi',
    'MacLeod|McKenzie|Fraser|Campbell|Stewart|Robertson|MacDonald|Sinclair|Munro|Buchanan',
  ],
  de: [
    'Jürgen|Ursula|Klaus|Sabine|Dieter|Heike|Lukas|Lena|Friedrich|Anneliese|Torsten|Birgit|Uwe|Gisela',
    'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Wolf|Schröder|Neumann|Zimmermann',
  ],
  fr: [
    'Jean-Luc|Marie-Claire|Amélie|Théo|Étienne|Sylvie|Benoît|Océane|Gaëlle|Mathis|Clémence|Hervé',
    'Martin|Bernard|Dubois|Robert|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Fontaine|Rousseau|Chevalier',
  ],
  es: [
    'José María|Carmen|Javier|Lucía|Álvaro|Pilar|Sergio|Inmaculada|Iñaki|Nuria|Rocío|Alejandro',
    'García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ruiz|Navarro|Iglesias',
  ],
  mx: [
    'Guadalupe|Juan Carlos|Ximena|Jesús|Marisol|Fernanda|Itzel|Rogelio|Yesenia|Consuelo|Dolores|Socorro',
    'Hernández|Ramírez|Flores|Morales|Vázquez|Castillo|Ortiz|Gutiérrez|Mendoza|Aguilar|Juárez|Cruz|Soto',
  ],
  br: [
    'João|Ana Beatriz|Thiago|Luana|Rafaela|Gustavo|Juliana|Francisca|Caio|Vitória|Raimundo|Conceição',
    'Silva|Santos|Oliveira|Souza|Lima|Pereira|Carvalho|Almeida|Ferreira|Ribeiro|Costa|Barbosa|Nascimento',
  ],
  it: [
    'Giuseppe|Francesca|Alessandro|Chiara|Matteo|Giulia|Lorenzo|Rosalba|Salvatore|Carmela|Vincenzo|Donatella',
    'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca',
  ],
  nl: [
    'Daan|Sanne|Bram|Femke|Joost|Marloes|Sem|Anouk|Pieter|Lieke|Wouter|Eva',
    'de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Jong|Mulder|van Dijk|Bos|Vos|Dekker',
  ],
  pl: [
    'Krzysztof|Agnieszka|Małgorzata|Tomasz|Katarzyna|Piotr|Zofia|Grzegorz|Wojciech|Joanna|Łukasz|Jadwiga',
    'Nowak|Kowalski|Wiśniewska|Wójcik|Kowalczyk|Kamińska|Lewandowski|Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska',
  ],
  se: [
    'Astrid|Lars|Ingrid|Sven|Björn|Sigrid|Mikael|Elin|Henrik|Maja|Oskar|Linnea',
    'Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Bergström|Halvorsen|Nyberg|Sørensen|Virtanen',
  ],
  ua: [
    'Oleksandr|Natalia|Dmitri|Svetlana|Yulia|Andriy|Tetiana|Sergei|Olena|Mykola|Irina|Bohdan',
    'Ivanova|Petrenko|Shevchenko|Kovalenko|Smirnov|Bondarenko|Popov|Kuznetsova|Tkachenko|Morozov|Melnyk|Volkova',
  ],
  gr: [
    'Georgios|Eleni|Dimitrios|Katerina|Nikolaos|Sofia|Konstantinos|Vasiliki|Panagiotis|Despina',
    'Papadopoulos|Pappas|Oikonomou|Georgiou|Nikolaidis|Karagiannis|Vlachos|Antoniou|Papadaki|Christodoulou',
  ],
  tr: [
    'Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Hüseyin|Elif|Burak|Gülşen|Cem|Hatice',
    'Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aslan',
  ],
  ar: [
    'Mohammed|Fatima|Ahmed|Aisha|Omar|Layla|Youssef|Mariam|Khalid|Nour|Said|Hassan|Amina|Karim',
    'Al-Sayed|Haddad|Mansour|Khalil|Nasser|Abdullah|Hamdan|Farouk|Saleh|El-Amin|Bakr|Qasim',
  ],
  fa: [
    'Reza|Shirin|Dariush|Parisa|Arash|Niloufar|Kourosh|Maryam|Babak|Roya',
    'Hosseini|Rahimi|Karimi|Tehrani|Moradi|Jafari|Ahmadi|Sadeghi|Kazemi|Rostami',
  ],
  hi: [
    'Priya|Rahul|Ananya|Vikram|Sunita|Arjun|Deepa|Rajesh|Kavita|Amit|Pooja|Sanjay',
    'Sharma|Patel|Gupta|Singh|Verma|Mehta|Iyer|Joshi|Agarwal|Chopra|Kapoor|Malhotra',
  ],
  ta: [
    'Lakshmi|Murugan|Selvi|Karthik|Meenakshi|Senthil|Revathi|Arumugam|Saravanan|Thenmozhi',
    'Subramanian|Krishnan|Ramasamy|Venkatesan|Natarajan|Pillai|Chandrasekaran|Raghavan|Shanmugam|Sundaram',
  ],
  pk: [
    'Imran|Ayesha|Bilal|Sana|Faisal|Zainab|Usman|Hina|Tariq|Nadia',
    'Khan|Qureshi|Butt|Chaudhry|Malik|Hussain|Siddiqui|Mirza|Javed|Raza',
  ],
  bd: [
    'Rahim|Nusrat|Tanvir|Farhana|Sabbir|Shirin|Mahmud|Rupa|Arif|Jannat',
    'Rahman|Islam|Chowdhury|Hossain|Uddin|Sarkar|Bhuiyan|Miah|Talukder|Begum',
  ],
  zh: [
    'Wei|Xiuying|Jun|Na|Hao|Mei|Lin|Zhiwei|Xiaoming|Yan|Jie|Fang',
    'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu',
  ],
  ja: [
    'Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Yoko|Hiroshi|Emi',
    'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada',
  ],
  ko: [
    'Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Soo-ah|Jae-won|Eun-ji|Hyun-woo|Ji-woo',
    'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin',
  ],
  vi: ['Minh|Linh|Thanh|Huong|Tuan|Lan|Duc|Ngoc|Quang|Thu', 'Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do'],
  ph: [
    'Maricel|Jericho|Rowena|Arnel|Lovely|Jhun|Precious|Rodel|Divina|Mark Anthony',
    'Dela Cruz|Santos|Reyes|Bautista|Garcia|Villanueva|Aquino|Castro|Ramos|Macaraeg',
  ],
  ng: [
    'Oluwaseun|Chiamaka|Adebayo|Ngozi|Chinedu|Funmilayo|Emeka|Blessing|Temitope|Ifeoma|Tunde',
    'Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Ogunleye|Chukwu|Olawale|Obi|Afolabi',
  ],
  ke: [
    'Wanjiru|Achieng|Kamau|Njeri|Mwangi|Akinyi|Kiprop|Zawadi|Baraka|Otieno',
    'Odhiambo|Kariuki|Wafula|Mutua|Chebet|Onyango|Kimani|Wekesa|Ndungu|Omondi',
  ],
  gh: ['Kwame|Akosua|Kofi|Ama|Yaw|Abena|Kwabena|Efua', 'Mensah|Boateng|Asante|Owusu|Appiah|Ofori|Darko|Amoah'],
  so: ['Abdi|Hodan|Farah|Ayaan|Liban|Sahra|Mahad|Idil', 'Warsame|Osman|Hersi|Jama|Dualeh|Mohamud|Egal|Nur'],
  et: ['Abebe|Tigist|Dawit|Meron|Yonas|Selam|Bereket|Hiwot', 'Tesfaye|Bekele|Haile|Girma|Alemu|Desta|Kebede|Wolde'],
  pa: [
    'Aroha|Wiremu|Mere|Tama|Ngaire|Hemi|Sione|Losa|Tevita|Mele',
    'Ngata|Parata|Te Rangi|Fonua|Tupou|Faleolo|Taufa|Latu|Vaipulu|Horomona',
  ],
  hu: ['Zsófia|Bence|Katalin|László|Réka|Gábor|Erzsébet|Zoltán', 'Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár'],
  ro: ['Ioana|Andrei|Mihaela|Florin|Raluca|Bogdan|Cristian|Elena', 'Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghe|Munteanu'],
  he: ['Noa|Yosef|Tamar|Avi|Shira|Eitan|Michal|Ariel', 'Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Azoulay|Katz'],
};
const POOLS = Object.fromEntries(
  Object.entries(CULTURES).map(([k, [g, s]]) => [k, { g: g.split('|'), s: s.split('|') }]),
) as Record<string, { g: string[]; s: string[] }>;
const CULTURE_KEYS = Object.keys(POOLS);

interface P {
  readonly g: string;
  readonly s: string;
}

/** A person, mostly from `culture` but often from anywhere (casework serves migrants too). */
function person(r: Rng, culture?: string): P {
  const key = culture && POOLS[culture] && r.chance(0.7) ? culture : r.pick(CULTURE_KEYS);
  const pool = POOLS[key] ?? { g: ['Sam'], s: ['Doe'] };
  const sPool = r.chance(0.08) ? (POOLS[r.pick(CULTURE_KEYS)] ?? pool) : pool;
  return { g: r.pick(pool.g), s: r.pick(sPool.s) };
}
const full = (p: P): string => `${p.g} ${p.s}`;
const initial = (p: P): string => `${p.g.charAt(0)}. ${p.s}`;

/** A name in a random written form (not surname-only; use `hon` for that). */
function anyForm(r: Rng, p: P): string {
  const x = r.next();
  if (x < 0.55) return full(p);
  if (x < 0.67) return initial(p);
  if (x < 0.77) return `${p.s}, ${p.g}`;
  if (x < 0.88) return full(p).toUpperCase();
  if (x < 0.94) return full(p).toLowerCase();
  return `${p.g.charAt(0)} ${p.s}`;
}

const HON: Record<string, string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'],
  de: ['Herr', 'Frau', 'Herr Dr.', 'Frau Dr.'],
  fr: ['M.', 'Mme', 'Monsieur', 'Madame'],
  es: ['Sr.', 'Sra.', 'Don', 'Doña', 'D.ª'],
  it: ['Sig.', 'Sig.ra', 'Dott.', 'Dott.ssa'],
  nl: ['dhr.', 'mevr.', 'de heer', 'mevrouw'],
  pl: ['Pan', 'Pani'],
  pt: ['Sr.', 'Sra.', 'Dona'],
  sv: ['herr', 'fru'],
};
/** Writes "Honorific Surname" with only the surname labelled. */
function hon(d: Doc, r: Rng, lang: string, p: P): Doc {
  return d.t(`${r.pick(HON[lang] ?? HON.en ?? ['Mr'])} `).l('PERSON', r.chance(0.8) ? p.s : full(p));
}

const JA_S = '佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林|加藤|吉田|山田|佐々木|松本|井上'.split('|');
const JA_G = '太郎|花子|健一|美咲|翔太|陽子|大輔|由美|直樹|恵子|拓也|真由美|一郎|さくら'.split('|');
const KO_S = '김|이|박|최|정|강|조|윤|장|임'.split('|');
const KO_G = '민준|서연|지호|하은|도윤|수아|재원|은지|현우|지우|영숙|상철'.split('|');

// ───────────────────────────── small helpers ─────────────────────────────

const p2 = (n: number): string => String(n).padStart(2, '0');
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const letters = (r: Rng, n: number, set = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};
const hex = (r: Rng, n: number): string => letters(r, n, '0123456789abcdef');
const time = (r: Rng): string => `${p2(r.int(7, 18))}:${p2(r.int(0, 59))}`;

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i');
}
const slug = (s: string): string => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

// ───────────────────────────── dates ─────────────────────────────

const MONTHS: Record<string, string[]> = {
  en: 'January|February|March|April|May|June|July|August|September|October|November|December'.split('|'),
  de: 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'.split('|'),
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'.split('|'),
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'.split('|'),
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'.split('|'),
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'.split('|'),
  pt: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'.split('|'),
  sv: 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'.split('|'),
  pl: 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'.split('|'),
};
const mon = (lang: string, m: number): string => MONTHS[lang]?.[m - 1] ?? 'May';
const ord = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

type Loc = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'br' | 'se' | 'pl' | 'jp' | 'kr' | 'ca' | 'iso';

function fmtDate(r: Rng, loc: Loc, y: number, m: number, d: number): string {
  switch (loc) {
    case 'us':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).length > 3 ? `${mon('en', m).slice(0, 3)}.` : mon('en', m)} ${d}, ${y}`]);
    case 'uk':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${d}${ord(d)} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`, `${p2(d)}-${p2(m)}-${y}`]);
    case 'de':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${d}.${m}.${y}`]);
    case 'fr':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'es':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`, `${d}-${p2(m)}-${y}`]);
    case 'it':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('it', m)} ${y}`, `${p2(d)}.${p2(m)}.${y}`]);
    case 'nl':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'br':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'se':
      return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d} ${mon('sv', m)} ${y}`]);
    case 'pl':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${mon('pl', m)} ${y}`]);
    case 'jp':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'kr':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
    case 'ca':
      return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${mon('en', m)} ${d}, ${y}`]);
    default:
      return `${y}-${p2(m)}-${p2(d)}`;
  }
}
const dob = (r: Rng, loc: Loc, lo = 1939, hi = 2004): string => fmtDate(r, loc, r.int(lo, hi), r.int(1, 12), r.int(1, 28));
const recent = (r: Rng, loc: Loc): string => fmtDate(r, loc, r.int(2023, 2025), r.int(1, 12), r.int(1, 28));

// ───────────────────────────── checksummed values ─────────────────────────────

function luhnComplete(payload: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(payload + String(c))) return payload + String(c);
  return `${payload}0`;
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  let pre: string;
  let len: number;
  if (k <= 2) [pre, len] = ['4', r.pick([16, 16, 16, 13, 19])];
  else if (k <= 4) [pre, len] = [r.chance(0.6) ? String(r.int(51, 55)) : String(r.int(2221, 2720)), 16];
  else if (k === 5) [pre, len] = [r.pick(['34', '37']), 15];
  else if (k === 6) [pre, len] = [r.pick(['6011', '65', String(r.int(644, 649))]), 16];
  else if (k === 7) [pre, len] = [String(r.int(3528, 3589)), 16];
  else if (k === 8) [pre, len] = [r.pick(['36', '38', String(r.int(300, 305))]), 14];
  else [pre, len] = ['62', r.pick([16, 19])];
  return luhnComplete(pre + r.digits(len - 1 - pre.length));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const cut = (sizes: number[]): string => {
    const out: string[] = [];
    let i = 0;
    for (const n of sizes) {
      out.push(d.slice(i, i + n));
      i += n;
    }
    if (i < d.length) out.push(d.slice(i));
    return out.filter((x) => x).join(sep);
  };
  if (d.length === 15) return cut([4, 6, 5]);
  if (d.length === 14) return cut([4, 6, 4]);
  return cut([4, 4, 4, 4]);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}

const IBAN_SPEC: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n10c11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n3c13', CH: 'n5c12', GR: 'n7c16',
  RO: 'a4c16', HU: 'n24', CZ: 'n20', BR: 'n23a1c1', TR: 'n6c16', LT: 'n16', SK: 'n20', HR: 'n17', BG: 'a4n6c8',
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const spec = IBAN_SPEC[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([anc])(\d+)/g)) {
    const n = Number(m[2]);
    if (m[1] === 'n') bban += r.digits(n);
    else if (m[1] === 'a') bban += letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else bban += letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  }
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${p2(check)}${bban}`;
}
function fmtIban(r: Rng, c: string): string {
  const x = r.next();
  const grouped = c.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.6) return grouped;
  if (x < 0.85) return c;
  if (x < 0.93) return c.toLowerCase();
  return grouped.toLowerCase();
}
const iban = (r: Rng, cc: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  for (let i = c.length - 1; i > 4; i--) {
    const ch = c.charAt(i);
    if (/\d/.test(ch)) {
      const bad = c.slice(0, i) + String((Number(ch) + r.int(1, 9)) % 10) + c.slice(i + 1);
      if (!ibanMod97Valid(bad)) return fmtIban(r, bad);
    }
  }
  return fmtIban(r, `${c.slice(0, 2)}00${c.slice(4)}`);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), p2(r.int(1, 99)), String(r.int(1, 9999)).padStart(4, '0')];
  const x = r.next();
  return parts.join(x < 0.75 ? '-' : x < 0.88 ? ' ' : '');
}
const badSsn = (r: Rng): string =>
  r.pick([`000-${p2(r.int(10, 99))}-${nz(r, 4)}`, `666-${p2(r.int(10, 99))}-${nz(r, 4)}`, `9${r.digits(2)}-${r.int(70, 88)}-${nz(r, 4)}`]);
const maskedSsn = (r: Rng): string => r.pick(['XXX-XX-', '***-**-', '•••-••-', 'xxx-xx-']) + nz(r, 4);

function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.25) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.45) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.55) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([23, 31, 45, 62, 81, 88, 91, 102, 109, 145, 176, 185, 203, 212, 217, 5, 94])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const g = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const x = r.next();
  if (x < 0.35) return `2001:db8:${g()}:${g()}::${g()}`;
  if (x < 0.6) return `fe80::${g()}:${g()}:${g()}:${g()}`;
  if (x < 0.8) return Array.from({ length: 8 }, g).join(':');
  return `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));
/** Writes an IP with an optional port outside the label. */
function ipPort(d: Doc, r: Rng): Doc {
  const v = ip(r);
  if (!r.chance(0.3)) return d.l('IP', v);
  return v.includes(':') ? d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`) : d.l('IP', v).t(`:${r.pick([443, 8443, 22, 3389, 51234])}`);
}

// ───────────────────────────── e-mail ─────────────────────────────

const DOMAINS = 'gmail.com|outlook.com|yahoo.co.uk|web.de|gmx.de|orange.fr|free.fr|hotmail.es|libero.it|ziggo.nl|bigpond.com|eircom.net|telia.com|wp.pl|uol.com.br|yahoo.com.mx|yahoo.co.jp|rediffmail.com|icloud.com|proton.me|naver.com|hotmail.com|aol.com|btinternet.com|t-online.de'.split('|');
function email(r: Rng, p: P): string {
  const g = slug(p.g) || 'user';
  const s = slug(p.s) || 'mail';
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}${r.int(1, 99)}`, `${g}_${s}${r.int(60, 99)}`, `${g}${s.charAt(0)}`, `${s}.${g}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}
const role = (r: Rng, dom: string): string => `${r.pick(['support', 'appeals', 'benefits.enquiries', 'noreply', 'casework', 'overpayments', 'info', 'helpdesk'])}@${dom}`;
function spokenEmail(r: Rng, p: P): string {
  const dom = r.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com']);
  const g = slug(p.g) || 'anna';
  const s = slug(p.s) || 'lee';
  const local = r.pick([`${g} dot ${s}`, `${g} underscore ${s}`, `${g.charAt(0)} ${s}`, `${s} ${r.pick(['seventy two', 'eighty one', 'two three'])}`]);
  return `${local} at ${dom.replace(/\./g, ' dot ')}`;
}

// ───────────────────────────── phones ─────────────────────────────

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenDigits(r: Rng, groups: string[]): string {
  const ohs = r.chance(0.5);
  return groups.map((gr) => [...gr].map((c) => (c === '0' && ohs ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ')).join(', ');
}

// ───────────────────────────── countries ─────────────────────────────

interface Country {
  readonly cc: string;
  readonly name: string;
  readonly loc: Loc;
  readonly cul: string;
  readonly lang: string;
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
}
const fourD = (r: Rng): string => r.digits(4);
const UKPC = (r: Rng, area: string): string => `${area}${r.int(1, 28)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
const maybe = <T>(r: Rng, p: number, x: T[]): T[] => (r.chance(p) ? x : []);

const C: Record<string, Country> = {
  US: {
    cc: 'US', name: 'United States', loc: 'us', cul: 'us', lang: 'en',
    phone: (r) => {
      const a = r.pick([212, 312, 415, 503, 614, 702, 813, 901, 937, 520, 559, 518, 313, 810, 214, 404, 502]);
      const e = `${r.int(2, 9)}${r.digits(2)}`;
      const l = fourD(r);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`]);
    },
    addr: (r) => {
      const [city, st, z] = r.pick([['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Fresno', 'CA', '937'], ['Albany', 'NY', '122'], ['Spokane', 'WA', '992'], ['Macon', 'GA', '312'], ['Gary', 'IN', '464'], ['Flint', 'MI', '485'], ['Camden', 'NJ', '081'], ['El Paso', 'TX', '799'], ['Baton Rouge', 'LA', '708'], ['Louisville', 'KY', '402']] as const);
      const zip = `${z}${r.digits(2)}${r.chance(0.2) ? `-${fourD(r)}` : ''}`;
      if (r.chance(0.12)) return [`PO Box ${r.int(10, 9999)}`, `${city}, ${st} ${zip}`];
      const street = `${r.int(10, 9899)} ${r.pick(['Maple', 'Oak', 'Cedar', 'Elm', 'Washington', 'Lincoln', 'Martin Luther King Jr.', 'Cesar Chavez', 'Lakeview', 'Sunset', 'Hillcrest', 'Riverside', 'N 5th', 'W Grand'])} ${r.pick(['St', 'Street', 'Ave', 'Avenue', 'Blvd', 'Rd', 'Dr', 'Ln', 'Ct', 'Way'])}`;
      const unit = r.pick(['', '', '', `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C', ''])}`, ` #${r.int(100, 420)}`, `, Unit ${r.int(1, 40)}`]);
      return [street + unit, `${city}, ${st} ${zip}`, ...maybe(r, 0.15, ['USA'])];
    },
  },
  UK: {
    cc: 'GB', name: 'United Kingdom', loc: 'uk', cul: 'en', lang: 'en',
    phone: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `0113 ${r.digits(3)} ${fourD(r)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${fourD(r)}`, `+44 (0)161 ${r.digits(3)} ${fourD(r)}`, `0141 ${r.digits(3)} ${fourD(r)}`, `029 20${r.digits(2)} ${fourD(r)}`]),
    addr: (r) => {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Bradford', 'BD'], ['Stoke-on-Trent', 'ST'], ['Sunderland', 'SR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Belfast', 'BT'], ['Nottingham', 'NG'], ['Plymouth', 'PL'], ['Hull', 'HU'], ['Manchester', 'M'], ['Liverpool', 'L']] as const);
      const street = `${r.int(1, 240)} ${r.pick(['Victoria Road', 'Church Lane', 'High Street', 'Station Road', 'Mill Lane', "Queen's Drive", 'Gladstone Street', 'Nightingale Close', 'Cromwell Road', 'Darwin Avenue', 'Brunel Way', 'Coronation Street'])}`;
      const flat = r.chance(0.3) ? [`Flat ${r.int(1, 24)}, ${r.pick(['Kestrel Court', 'Peel House', 'Windsor Mansions', 'Alder Lodge'])}`] : [];
      return [...flat, street, ...maybe(r, 0.2, [r.pick(['Headingley', 'Moss Side', 'Roath', 'Partick', 'Sneinton'])]), town, UKPC(r, area), ...maybe(r, 0.1, ['United Kingdom'])];
    },
  },
  DE: {
    cc: 'DE', name: 'Deutschland', loc: 'de', cul: 'de', lang: 'de',
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `030 ${fourD(r)} ${fourD(r)}`, `0171 ${r.digits(7)}`, `+49 (0)341 ${r.digits(3)}${fourD(r)}`, `0231/${r.digits(6)}`, `+49 152 ${r.digits(8)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Berlin', '10'], ['Leipzig', '04'], ['Dortmund', '44'], ['Bremen', '28'], ['Duisburg', '47'], ['Gelsenkirchen', '45'], ['Halle (Saale)', '06'], ['Chemnitz', '09'], ['Kiel', '24'], ['Nürnberg', '90']] as const);
      const st = `${r.pick(['Hauptstraße', 'Goethestraße', 'Schillerweg', 'Bahnhofstraße', 'Lindenallee', 'Rosa-Luxemburg-Straße', 'Am Mühlbach', 'Kantstraße', 'Friedrich-Ebert-Ring', 'Sonnenallee'])} ${r.int(1, 180)}${r.pick(['', '', 'a', 'b'])}`;
      return [...maybe(r, 0.1, [`${r.pick(['Hinterhaus', 'Seitenflügel'])}, ${r.int(1, 5)}. OG`]), st, `${pre}${r.digits(3)} ${city}`, ...maybe(r, 0.1, ['Deutschland'])];
    },
  },
  FR: {
    cc: 'FR', name: 'France', loc: 'fr', cul: 'fr', lang: 'fr',
    phone: (r) => {
      const g = (): string => p2(r.int(0, 99));
      return r.pick([`0${r.pick([1, 3, 4, 6, 7])} ${g()} ${g()} ${g()} ${g()}`, `+33 6 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)1 ${g()} ${g()} ${g()} ${g()}`, `07.${g()}.${g()}.${g()}.${g()}`]);
    },
    addr: (r) => {
      const [city, cp] = r.pick([['Roubaix', '59100'], ['Marseille', `130${p2(r.int(1, 16))}`], ['Lille', '59000'], ['Saint-Denis', '93200'], ['Toulouse', '31000'], ['Lyon', `6900${r.int(1, 9)}`], ['Nantes', '44000'], ['Montpellier', '34070']] as const);
      const st = `${r.int(1, 150)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue Victor Hugo', 'avenue Jean Jaurès', 'boulevard de la République', 'rue des Lilas', 'impasse du Moulin', 'allée des Tilleuls', 'rue Pasteur', 'place Charles de Gaulle'])}`;
      return [...maybe(r, 0.25, [`Bât. ${r.pick(['A', 'B', 'C'])}, appt ${r.int(1, 90)}`]), st, `${cp} ${r.chance(0.5) ? city.toUpperCase() : city}`, ...maybe(r, 0.1, ['France'])];
    },
  },
  ES: {
    cc: 'ES', name: 'España', loc: 'es', cul: 'es', lang: 'es',
    phone: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 954 ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Madrid', '280'], ['Sevilla', '410'], ['Valencia', '460'], ['Málaga', '290'], ['Zaragoza', '500'], ['Murcia', '300'], ['Bilbao', '480']] as const);
      const st = `${r.pick(['Calle Mayor', 'Avenida de la Constitución', 'Calle del Sol', 'Calle Cervantes', 'Paseo de las Delicias', 'Calle Real', 'Calle Doctor Fleming'])}, ${r.int(1, 140)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`;
      return [st, `${pre}${r.digits(2)} ${city}`, ...maybe(r, 0.1, ['España'])];
    },
  },
  IT: {
    cc: 'IT', name: 'Italia', loc: 'it', cul: 'it', lang: 'it',
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${fourD(r)}`, `081 ${r.digits(3)} ${fourD(r)}`, `06 ${fourD(r)} ${fourD(r)}`, `3${r.digits(2)}-${r.digits(7)}`]),
    addr: (r) => {
      const [city, pre, pv] = r.pick([['Napoli', '801', 'NA'], ['Palermo', '901', 'PA'], ['Torino', '101', 'TO'], ['Bari', '701', 'BA'], ['Catania', '951', 'CT'], ['Genova', '161', 'GE']] as const);
      const st = `${r.pick(['Via Roma', 'Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Europa', 'Piazza Dante', 'Via Verdi'])}${r.pick([' ', ', '])}${r.int(1, 220)}`;
      return [st, `${pre}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${pv})` : pv}`];
    },
  },
  NL: {
    cc: 'NL', name: 'Nederland', loc: 'nl', cul: 'nl', lang: 'nl',
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `010 ${r.digits(3)} ${fourD(r)}`, `+31 (0)20 ${r.digits(3)} ${fourD(r)}`]),
    addr: (r) => {
      const st = `${r.pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht', 'Julianalaan', 'Van Goghstraat', 'Spinozastraat'])} ${r.int(1, 300)}${r.pick(['', '', '-II', 'A'])}`;
      return [st, `${r.int(1000, 9999)} ${letters(r, 2, 'ABCEGHJKLMNPRTVWXZ')} ${r.pick(['Rotterdam', 'UTRECHT', 'Den Haag', 'Eindhoven', 'GRONINGEN', 'Tilburg', 'Almere'])}`];
    },
  },
  IE: {
    cc: 'IE', name: 'Ireland', loc: 'uk', cul: 'ie', lang: 'en',
    phone: (r) => r.pick([`08${r.int(3, 9)} ${r.digits(3)} ${fourD(r)}`, `+353 8${r.int(3, 9)} ${r.digits(3)} ${fourD(r)}`, `(01) ${r.digits(3)} ${fourD(r)}`]),
    addr: (r) => {
      const [town, county, rk] = r.pick([['Tallaght', 'Dublin 24', 'D24'], ['Ennis', 'Co. Clare', 'V95'], ['Tralee', 'Co. Kerry', 'V92'], ['Drogheda', 'Co. Louth', 'A92'], ['Ballymun', 'Dublin 11', 'D11']] as const);
      return [`${r.int(1, 99)} ${r.pick(['Main Street', 'Parnell Square', 'Church Road', 'Seaview Park', 'Bóthar na Trá', 'Cois Abhann'])}`, town, county, `${rk} ${letters(r, 4, 'ACDEFHKNPRTVWXY0123456789')}`];
    },
  },
  AU: {
    cc: 'AU', name: 'Australia', loc: 'uk', cul: 'en', lang: 'en',
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${fourD(r)} ${fourD(r)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 3 ${fourD(r)} ${fourD(r)}`]),
    addr: (r) => {
      const [sub, st, pc] = r.pick([['Parramatta', 'NSW', '2150'], ['Footscray', 'VIC', '3011'], ['Logan Central', 'QLD', '4114'], ['Elizabeth', 'SA', '5112'], ['Mirrabooka', 'WA', '6061'], ['Glenorchy', 'TAS', '7010'], ['Belconnen', 'ACT', '2617']] as const);
      if (r.chance(0.12)) return [`PO Box ${r.int(10, 999)}`, `${sub} ${st} ${pc}`];
      return [`${r.chance(0.5) ? `${r.int(1, 30)}/` : ''}${r.int(1, 200)} ${r.pick(['George Street', 'Smith Street', 'Bourke Street', 'Anzac Parade', 'Bligh Street', 'Chapel Street', 'Macquarie Street'])}`, `${sub} ${st} ${pc}`];
    },
  },
  CA: {
    cc: 'CA', name: 'Canada', loc: 'ca', cul: 'en', lang: 'en',
    phone: (r) => {
      const a = r.pick([416, 514, 604, 780, 204, 902, 613]);
      return r.pick([`(${a}) ${r.int(2, 9)}${r.digits(2)}-${fourD(r)}`, `+1 ${a}-${r.int(2, 9)}${r.digits(2)}-${fourD(r)}`]);
    },
    addr: (r) => {
      const [city, pr, l0] = r.pick([['Toronto', 'ON', 'M'], ['Montréal', 'QC', 'H'], ['Edmonton', 'AB', 'T'], ['Winnipeg', 'MB', 'R'], ['Halifax', 'NS', 'B'], ['Surrey', 'BC', 'V']] as const);
      const L = 'ABCEGHJKLMNPRSTVXY';
      const pc = `${l0}${r.int(1, 9)}${letters(r, 1, L)} ${r.int(0, 9)}${letters(r, 1, L)}${r.int(0, 9)}`;
      return [`${r.chance(0.4) ? `${r.int(101, 2408)}-` : ''}${r.int(10, 9999)} ${r.pick(['Dundas Street West', 'rue Sainte-Catherine Est', 'Jasper Avenue', 'Portage Avenue', 'Gottingen Street', 'King George Blvd'])}`, `${city} ${pr}  ${pc}`, ...maybe(r, 0.2, ['Canada'])];
    },
  },
  SE: {
    cc: 'SE', name: 'Sverige', loc: 'se', cul: 'se', lang: 'sv',
    phone: (r) => r.pick([`07${r.int(0, 9)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.int(0, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Malmö', '21'], ['Göteborg', '41'], ['Uppsala', '75'], ['Örebro', '70'], ['Västerås', '72']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Ringvägen'])} ${r.int(1, 90)}${r.chance(0.3) ? `, lgh ${r.int(1001, 1403)}` : ''}`, `${pre}${r.int(0, 9)} ${r.digits(2)} ${city.toUpperCase()}`];
    },
  },
  PL: {
    cc: 'PL', name: 'Polska', loc: 'pl', cul: 'pl', lang: 'pl',
    phone: (r) => r.pick([`+48 ${r.int(500, 899)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(500, 899)}-${r.digits(3)}-${r.digits(3)}`, `(22) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Warszawa', '0'], ['Łódź', '9'], ['Kraków', '3'], ['Gdańsk', '8'], ['Wrocław', '5']] as const);
      return [`${r.pick(['ul. Marszałkowska', 'ul. Piotrkowska', 'al. Jana Pawła II', 'ul. Długa', 'ul. Kościuszki', 'os. Słoneczne'])} ${r.int(1, 200)}${r.chance(0.6) ? `/${r.int(1, 80)}` : ''}`, `${pre}${r.int(0, 9)}-${r.digits(3)} ${city}`];
    },
  },
  BR: {
    cc: 'BR', name: 'Brasil', loc: 'br', cul: 'br', lang: 'pt',
    phone: (r) => r.pick([`(${r.pick([11, 21, 81, 71, 85, 31])}) 9${fourD(r)}-${fourD(r)}`, `+55 11 9${fourD(r)}-${fourD(r)}`, `+55 (81) 3${r.digits(3)}-${fourD(r)}`]),
    addr: (r) => {
      const [city, uf] = r.pick([['São Paulo', 'SP'], ['Recife', 'PE'], ['Salvador', 'BA'], ['Fortaleza', 'CE'], ['Belo Horizonte', 'MG'], ['Manaus', 'AM']] as const);
      const st = `${r.pick(['Rua das Flores', 'Avenida Paulista', 'Rua Sete de Setembro', 'Travessa São José', 'Rua Tiradentes', 'Avenida Getúlio Vargas'])}, ${r.int(10, 2500)}`;
      const bairro = r.pick(['Centro', 'Boa Viagem', 'Liberdade', 'Jardim América', 'Vila Nova']);
      return [`${st}${r.chance(0.3) ? `, apto ${r.int(11, 304)}` : ''} - ${bairro}`, `${city} - ${uf}`, `${r.chance(0.5) ? 'CEP ' : ''}${r.digits(5)}-${r.digits(3)}`];
    },
  },
  MX: {
    cc: 'MX', name: 'México', loc: 'es', cul: 'mx', lang: 'es',
    phone: (r) => r.pick([`55 ${fourD(r)} ${fourD(r)}`, `+52 1 33 ${fourD(r)} ${fourD(r)}`, `(81) ${fourD(r)}-${fourD(r)}`, `+52 55 ${fourD(r)} ${fourD(r)}`]),
    addr: (r) => {
      const [city, st, pre] = r.pick([['Ciudad de México', 'CDMX', '06'], ['Guadalajara', 'Jal.', '44'], ['Monterrey', 'N.L.', '64'], ['Puebla', 'Pue.', '72'], ['Mérida', 'Yuc.', '97']] as const);
      return [`${r.pick(['Calle Hidalgo', 'Av. Insurgentes Sur', 'Calle Morelos', 'Av. Benito Juárez', 'Calle 5 de Mayo', 'Privada Las Palmas'])} ${r.int(1, 999)}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}`, r.pick(['Col. Centro', 'Col. Doctores', 'Col. Roma Norte', 'Col. Independencia', 'Col. Las Águilas']), `C.P. ${pre}${r.digits(3)}, ${city}, ${st}`];
    },
  },
  ZA: {
    cc: 'ZA', name: 'South Africa', loc: 'uk', cul: 'en', lang: 'en',
    phone: (r) => r.pick([`08${r.int(2, 4)} ${r.digits(3)} ${fourD(r)}`, `+27 21 ${r.digits(3)} ${fourD(r)}`, `+27 7${r.int(1, 9)} ${r.digits(3)} ${fourD(r)}`]),
    addr: (r) => {
      const [sub, city, pc] = r.pick([['Khayelitsha', 'Cape Town', '7784'], ['Soweto', 'Johannesburg', '1804'], ['Umlazi', 'Durban', '4031'], ['Mamelodi', 'Pretoria', '0122']] as const);
      return [`${r.int(1, 9999)} ${r.pick(['Nelson Mandela Drive', 'Voortrekker Road', 'Main Road', 'Jan Smuts Avenue', 'Long Street'])}`, sub, city, pc];
    },
  },
  NZ: {
    cc: 'NZ', name: 'New Zealand', loc: 'uk', cul: 'pa', lang: 'en',
    phone: (r) => r.pick([`021 ${r.digits(3)} ${fourD(r)}`, `+64 9 ${r.digits(3)} ${fourD(r)}`, `(04) ${r.digits(3)} ${fourD(r)}`, `027 ${r.digits(3)} ${fourD(r)}`]),
    addr: (r) => {
      const [sub, city, pc] = r.pick([['Manukau', 'Auckland', '2104'], ['Cannons Creek', 'Porirua', '5024'], ['Riccarton', 'Christchurch', '8011'], ['Flaxmere', 'Hastings', '4120']] as const);
      return [`${r.int(1, 400)} ${r.pick(['Queen Street', 'Great South Road', 'Riccarton Road', 'Bedford Street', 'Kenepuru Drive'])}`, sub, `${city} ${pc}`];
    },
  },
  IN: {
    cc: 'IN', name: 'India', loc: 'uk', cul: 'hi', lang: 'en',
    phone: (r) => r.pick([`+91 9${fourD(r)} ${r.digits(5)}`, `98${r.digits(3)} ${r.digits(5)}`, `022 ${fourD(r)} ${fourD(r)}`, `+91-7${r.digits(9)}`]),
    addr: (r) => {
      const [city, state, pre] = r.pick([['Mumbai', 'Maharashtra', '400'], ['Pune', 'Maharashtra', '411'], ['Chennai', 'Tamil Nadu', '600'], ['Lucknow', 'Uttar Pradesh', '226'], ['Kolkata', 'West Bengal', '700']] as const);
      return [r.pick([`Flat ${r.int(101, 904)}, Shanti Apartments`, `H.No. ${r.int(1, 20)}-${r.int(1, 9)}-${r.int(10, 300)}`, `Plot ${r.int(1, 90)}, Sector ${r.int(1, 40)}`, `B-${r.int(1, 99)}, Gandhi Nagar`]), `${r.pick(['MG Road', 'Nehru Road', 'Link Road', 'Station Road'])}, ${r.pick(['Andheri East', 'Kothrud', 'T. Nagar', 'Aliganj', 'Salt Lake'])}`, `${city}, ${state} ${pre}${r.digits(3)}`];
    },
  },
};
const cty = (k: string): Country => C[k] ?? (C.UK as Country);

/** Writes an address label, multi-line or comma-joined. */
function addr(d: Doc, lines: string[], multi: boolean): Doc {
  return d.l('ADDRESS', lines.join(multi ? '\n' : ', '));
}

// ───────────────────────────── distractors ─────────────────────────────

const OTHER_IDS: Array<(r: Rng) => string> = [
  (r) => `NI number ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`,
  (r) => `SIN ${nz(r, 3)} ${r.digits(3)} ${r.digits(3)}`,
  (r) => `Rentenversicherungsnummer ${r.digits(2)} ${r.digits(6)} ${letters(r, 1)} ${r.digits(3)}`,
  (r) => `NIR ${r.int(1, 2)} ${r.digits(2)} ${p2(r.int(1, 12))} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`,
  (r) => `DNI ${r.digits(8)}${letters(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}`,
  (r) => `codice fiscale ${letters(r, 6, 'BCDFGHLMNPRSTVZ')}${r.digits(2)}${letters(r, 1, 'ABCDEHLMPRST')}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}`,
  (r) => `BSN ${nz(r, 9)}`,
  (r) => `PPSN ${r.digits(7)}${letters(r, 1)}${r.pick(['', 'A', 'W'])}`,
  (r) => `CRN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}${letters(r, 1)}`,
  (r) => `CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`,
  (r) => `PESEL ${r.digits(11)}`,
  (r) => `NHI ${letters(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(4)}`,
];
const TRAPS: Array<(r: Rng) => string> = [
  (r) => `Case ref ${r.pick(['UC', 'HB', 'ESA', 'PIP', 'CTR', 'JSA'])}-${r.int(2019, 2025)}-${r.digits(6)}.`,
  (r) => `Tracking no. 1Z${letters(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(10)}.`,
  (r) => `(portal build ${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(10, 250)})`,
  (r) => `Invoice INV-${r.digits(7)} dated ${recent(r, 'iso')}.`,
  (r) => `Card ending ${r.digits(4)} on file.`,
  (r) => `Masked SSN on record: ${maskedSsn(r)}.`,
  (r) => `Employer EIN ${r.digits(2)}-${r.digits(7)}.`,
  (r) => `Routing number ${r.digits(9)}, account ****${r.digits(4)}.`,
  (r) => `Attachment checksum sha1:${hex(r, 40)}.`,
  (r) => `Rejected card number ${badCard(r)} (failed validation).`,
  (r) => `Note: the IBAN ${badIban(r, r.pick(['DE', 'GB', 'FR', 'NL', 'ES']))} from the old form is invalid.`,
  (r) => `Ticket #${r.digits(6)} closed at ${recent(r, 'iso')}T${time(r)}:${p2(r.int(0, 59))}Z.`,
  (r) => `Medical evidence mentions ${r.pick(["Crohn's disease", "Parkinson's", "Alzheimer's", 'Down syndrome', "Hashimoto's thyroiditis", "Addison's disease", "Bell's palsy", "Ménière's disease", "Huntington's disease", 'Hodgkin lymphoma', "Tourette's"])}.`,
  (r) => `Other id seen: ${r.pick(OTHER_IDS)(r)}.`,
  (r) => `Unverified ITIN-like number ${badSsn(r)} ignored.`,
  (r) => `Masked phone ***-***-${r.digits(4)}.`,
  (r) => `Referral from ${r.pick(['Citizens Advice', 'the Salvation Army', 'Marie Curie', "Barnardo's", 'Macmillan Cancer Support', 'Ronald McDonald House', 'the Trussell Trust', "St Mungo's"])}.`,
  (r) => `Office: ${r.pick(['Lovelace Room', 'Turing Suite', 'Nightingale Ward', 'Mandela Hall', 'Brunel Building', 'Churchill House'])}, ${r.pick(['second floor', 'ground floor', 'room 4.12'])}.`,
];
const trap = (r: Rng): string => r.pick(TRAPS)(r);

// ───────────────────────────── templates ─────────────────────────────

type Tpl = (r: Rng) => Doc;

const ukUcJournal: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'sc', 'pk', 'ng', 'pl']));
  const coach = person(r, 'en');
  const d = new Doc().t('Universal Credit — journal message\nFrom: ').self(full(p)).t(`\nTo: Work coach\nSent: ${recent(r, 'uk')} ${time(r)}\n\nHi `);
  d.l('PERSON', coach.g).t(`,\nI have moved in with my sister so please update my address to:\n`);
  addr(d, cty('UK').addr(r), true).t('\n\nMy new mobile is ').l('PHONE', cty('UK').phone(r));
  d.t(`. ${r.pick(OTHER_IDS)(r)} is the same as before. I can still make the appointment on ${recent(r, 'uk')}.\n${trap(r)}\nThanks, `).l('PERSON', p.g);
  return d;
};

const ukMandatoryReconsideration: Tpl = (r) => {
  const p = person(r, 'en');
  const dm = person(r, 'en');
  const d = new Doc().l('PERSON', full(p).toUpperCase()).t('\n');
  addr(d, cty('UK').addr(r), true).t(`\n\n${recent(r, 'uk')}\n\nRequest for mandatory reconsideration — Personal Independence Payment\nDate of birth: `).l('DOB', dob(r, 'uk'));
  d.t(`\n\nDear Decision Maker,\nI disagree with the decision dated ${recent(r, 'uk')} made by `).l('PERSON', initial(dm));
  d.t(`. The assessor ignored my ${r.pick(["Crohn's disease", 'fibromyalgia', "Parkinson's", 'COPD'])} and the letter from `);
  hon(d, r, 'en', person(r)).t(` at ${r.pick(['Queen Elizabeth Hospital', 'St James’s University Hospital', 'the Royal Victoria Infirmary'])}.\nYou can reach me on `).l('PHONE', cty('UK').phone(r));
  d.t(' or ').l('EMAIL', email(r, p)).t(`.\n\nYours faithfully,\n`).self(full(p));
  return d;
};

const ukTribunalNotice: Tpl = (r) => {
  const a = person(r);
  const rep = person(r, 'en');
  const judge = person(r, 'en');
  const d = new Doc().t(`HM Courts & Tribunals Service\nFirst-tier Tribunal (Social Security and Child Support)\nAppeal ref: SC${r.int(100, 999)}/${r.int(23, 25)}/${r.digits(5)}\n\nAppellant: `);
  d.l('PERSON', `${a.s.toUpperCase()}, ${a.g}`).t('\nRepresentative: ');
  d.l('PERSON', full(rep)).t(` (${r.pick(['Citizens Advice', 'Welfare Rights Unit', 'Shelter'])})\nRespondent: Secretary of State for Work and Pensions\n\nNOTICE OF HEARING\nThe appeal will be heard on ${recent(r, 'uk')} at ${time(r)} before Tribunal Judge `);
  d.l('PERSON', judge.s).t(' at:\n');
  addr(d, [r.pick(['Fox Court', 'Wellington House', 'Eastgate House', 'Alexandra House']), `${r.int(1, 60)} ${r.pick(['Brooke Street', 'Newport Road', 'Albert Street', 'Park Row'])}`, r.pick(['London', 'Cardiff', 'Leeds', 'Bristol']), UKPC(r, r.pick(['EC', 'CF', 'LS', 'BS']))], true);
  d.t('\nPlease bring photo ID. Enquiries: ').l('PHONE', `0300 ${r.int(100, 999)} ${fourD(r)}`).t(' or ').l('EMAIL', role(r, 'justice-hmcts.example.gov.uk')).t(`.\n${trap(r)}`);
  return d;
};

const ukOverpayment: Tpl = (r) => {
  const p = person(r, 'en');
  const d = new Doc().t('Department for Work and Pensions — Debt Management\n\n');
  hon(d, r, 'en', p).t('\n');
  addr(d, cty('UK').addr(r), true).t(`\n\nOVERPAYMENT NOTICE\nWe paid you £${r.int(120, 4800)}.${p2(r.int(0, 99))} more Housing Benefit than you were entitled to between ${recent(r, 'uk')} and ${recent(r, 'uk')}.\n`);
  d.t('To repay by bank transfer use account ').l('IBAN', iban(r, 'GB')).t(` quoting reference ${letters(r, 2)}${r.digits(8)}.\n`);
  if (r.chance(0.8)) d.t('You paid part of it by card ').l('CARD', card(r)).t(` on ${recent(r, 'uk')}.\n`);
  d.t(`If you think this is wrong call `).l('PHONE', `0800 ${r.int(100, 999)} ${fourD(r)}`).t(' (textphone ').l('PHONE', `0800 ${r.int(100, 999)} ${fourD(r)}`).t(`).\n${trap(r)}`);
  return d;
};

const ukHousingBenefitCoC: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'so', 'bd', 'ro']));
  const partner = person(r);
  const landlord = person(r, 'en');
  const uk = cty('UK');
  const d = new Doc().t(`Housing Benefit — change of circumstances\nClaim number ${r.digits(8)}\n\n1. Your name: `).l('PERSON', anyForm(r, p)).t('\n2. Date of birth: ').l('DOB', dob(r, 'uk'));
  d.t('\n3. Partner: ').l('PERSON', anyForm(r, partner)).t(', born ').l('DOB', dob(r, 'uk')).t('\n4. New address:\n');
  addr(d, uk.addr(r), true).t(`\n5. Tenancy start date: ${recent(r, 'uk')}\n6. Landlord: `);
  hon(d, r, 'en', landlord).t(`, ${r.pick(['managed by Foxtons', 'c/o Lettings Direct Ltd', 'private'])}\n7. Landlord address: `);
  addr(d, uk.addr(r), false).t('\n8. Contact number: ').l('PHONE', uk.phone(r)).t(`\n9. Rent: £${r.int(380, 1200)} per month\n`);
  return d;
};

const usUiIntake: Tpl = (r) => {
  const p = person(r, r.pick(['us', 'mx', 'en', 'vi']));
  const us = cty('US');
  const d = new Doc().t(`${r.pick(['Ohio', 'Arizona', 'Michigan', 'Georgia', 'Texas'])} Unemployment Insurance — Initial Claim\nClaim ID: ${r.digits(10)}\n\nClaimant: `);
  d.l('PERSON', r.chance(0.5) ? `${p.s}, ${p.g}` : full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of Birth: ').l('DOB', dob(r, 'us'));
  d.t('\nMailing address: ');
  addr(d, us.addr(r), false).t('\nPhone: ').l('PHONE', us.phone(r)).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\nLast employer: ${r.pick(['Wells Fargo', 'Ford Motor Co.', 'Walgreens', 'Dollar General', 'Johnson & Johnson', "McDonald's"])} (EIN ${r.digits(2)}-${r.digits(7)})\nSeparation date: ${recent(r, 'us')}\nReason: ${r.pick(['laid off — lack of work', 'plant closure', 'hours cut'])}\n`);
  return d;
};

const usSsdiNote: Tpl = (r) => {
  const p = person(r, 'us');
  const doc = person(r);
  const cw = person(r, 'us');
  const d = new Doc().t(`SSA-DDS case note ${recent(r, 'us')}\nClaimant `).l('PERSON', full(p).toUpperCase()).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', dob(r, 'us', 1958, 1990)).t(')\n');
  d.t(`Alleged onset ${recent(r, 'us')}. Treating source: Dr. `).l('PERSON', doc.s).t(`, ${r.pick(['Mayo Clinic', 'Cleveland Clinic', 'Johns Hopkins Bayview'])}. Dx: ${r.pick(["Parkinson's disease", 'lumbar stenosis', "Crohn's", 'major depressive disorder'])}.\n`);
  d.t('Called claimant at ').l('PHONE', cty('US').phone(r)).t(`, no answer; left VM. ${trap(r)}\n— `).l('PERSON', initial(cw));
  return d;
};

const usSnapEligibility: Tpl = (r) => {
  const p = person(r, r.pick(['us', 'mx', 'so', 'vi']));
  const us = cty('US');
  const d = new Doc().t(`NOTICE OF ELIGIBILITY — Supplemental Nutrition Assistance Program\nDate: ${recent(r, 'us')}\n\n`).l('PERSON', full(p)).t('\n');
  addr(d, us.addr(r), true).t(`\n\nYour household is approved for $${r.int(120, 980)} per month. Household members:\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const m = { g: r.pick(POOLS.us?.g ?? ['Kim']), s: p.s };
    d.t(' • ').l('PERSON', `${m.g} ${m.s}`).t(' — DOB ').l('DOB', dob(r, 'us', 1960, 2020)).t('\n');
  }
  d.t(`Benefits go to your EBT card ending ${r.digits(4)}. Questions: `).l('PHONE', `1-800-${r.int(200, 999)}-${fourD(r)}`).t(`.\nYou may also apply for a hardship grant. ${trap(r)}`);
  return d;
};

const usVerificationCall: Tpl = (r) => {
  const p = person(r, 'us');
  const agent = person(r, 'us');
  const us = cty('US');
  const ph = us.phone(r).replace(/\D/g, '').slice(-10);
  const d = new Doc().t(`[Call transcript — identity verification — ${recent(r, 'iso')} ${time(r)}]\nAGENT: Thank you for calling, my name is `).l('PERSON', agent.g);
  d.t('. Can I have your full name?\nCALLER: Yeah it\'s ').l('PERSON', full(p).toLowerCase()).t('.\nAGENT: And your social?\nCALLER: ').l('NATIONAL_ID', ssn(r));
  d.t('.\nAGENT: Date of birth?\nCALLER: ').l('DOB', dob(r, 'us')).t('.\nAGENT: Best callback number?\nCALLER: ');
  d.l('PHONE', spokenDigits(r, [ph.slice(0, 3), ph.slice(3, 6), ph.slice(6)])).t('.\nAGENT: And email?\nCALLER: ').l('EMAIL', spokenEmail(r, p));
  d.t(`.\nAGENT: Thanks. I see a masked card ending ${r.digits(4)} on the account and an old number ending ${r.digits(4)}. You're verified, `).l('PERSON', p.g).t('.\n');
  return d;
};

const usPrepaidCard: Tpl = (r) => {
  const p = person(r, 'us');
  const us = cty('US');
  const d = new Doc().t('Benefits debit card — replacement request\nCardholder: ').l('PERSON', anyForm(r, p)).t('\nLost card number: ').l('CARD', card(r));
  d.t(`\nReported: ${recent(r, 'us')} ${time(r)}\nShip new card to: `);
  addr(d, us.addr(r), false).t('\nContact: ').l('PHONE', us.phone(r)).t(`\nNote: the cardholder first typed ${badCard(r)} which failed the check. ${trap(r)}\n`);
  if (r.chance(0.5)) d.t('Secondary card: ').l('CARD', card(r)).t('\n');
  return d;
};

const usMedicaidRenewal: Tpl = (r) => {
  const p = person(r, r.pick(['us', 'mx', 'hi']));
  const kid = { g: r.pick(POOLS.us?.g ?? ['Kim']), s: p.s };
  const us = cty('US');
  const d = new Doc().t(`Medicaid Annual Renewal — Form ${r.int(100, 999)}-R\nPart A. Head of household\nName (Last, First): `).l('PERSON', `${p.s}, ${p.g}`);
  d.t('\nSocial Security Number: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth (MM/DD/YYYY): ').l('DOB', `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1950, 2000)}`);
  d.t('\nHome address: ');
  addr(d, us.addr(r), false).t('\nPart B. Child: ').l('PERSON', `${kid.g} ${kid.s}`).t(', DOB ').l('DOB', dob(r, 'us', 2008, 2023));
  d.t(`\nPart C. Signature date: ${recent(r, 'us')}\nReturn by fax ${r.digits(3)}-${r.digits(3)}-XXXX or email `).l('EMAIL', role(r, 'medicaid.state-hhs.example.gov')).t('\n');
  return d;
};

const usCsvExport: Tpl = (r) => {
  const d = new Doc().t('case_id,last_name,first_name,ssn,dob,phone,email,address,status\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.pick(['us', 'mx', 'vi', 'en']));
    d.t(`${r.pick(['UI', 'SN', 'MA'])}${r.digits(7)},`).l('PERSON', p.s).t(',').l('PERSON', p.g).t(',').l('NATIONAL_ID', ssn(r)).t(',');
    d.l('DOB', fmtDate(r, 'iso', r.int(1950, 2003), r.int(1, 12), r.int(1, 28))).t(',').l('PHONE', cty('US').phone(r).replace(/[^\d]/g, '').slice(-10)).t(',');
    d.l('EMAIL', email(r, p)).t(',"');
    addr(d, cty('US').addr(r).filter((x) => x !== 'USA'), false).t(`",${r.pick(['ACTIVE', 'PENDING', 'DENIED', 'OVERPAID'])}\n`);
  }
  d.t(`TEST0000001,TEST,TEST,${maskedSsn(r)},,,,,"SAMPLE"\n`);
  return d;
};

const euCsvExport: Tpl = (r) => {
  const k = r.pick(['DE', 'NL', 'FR', 'ES', 'IT']);
  const c = cty(k);
  const head: Record<string, string> = { DE: 'Aktenzeichen;Nachname;Vorname;Geburtsdatum;IBAN;Telefon', NL: 'dossier;achternaam;voornaam;geboortedatum;iban;telefoon', FR: 'dossier;nom;prénom;date_naissance;iban;téléphone', ES: 'expediente;apellidos;nombre;fecha_nacimiento;iban;teléfono', IT: 'pratica;cognome;nome;data_nascita;iban;telefono' };
  const d = new Doc().t(`${head[k] ?? ''}\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, c.cul);
    d.t(`${r.digits(3)}-${r.digits(6)};`).l('PERSON', p.s).t(';').l('PERSON', p.g).t(';').l('DOB', dob(r, c.loc)).t(';').l('IBAN', iban(r, c.cc)).t(';').l('PHONE', c.phone(r)).t('\n');
  }
  d.t(`999-000000;TEST;TEST;;${badIban(r, c.cc)};0000\n`);
  return d;
};

const systemLog: Tpl = (r) => {
  const d = new Doc();
  const n = r.int(4, 7);
  for (let i = 0; i < n; i++) {
    d.t(`${recent(r, 'iso')}T${time(r)}:${p2(r.int(0, 59))}.${r.digits(3)}Z ${r.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} [casework-api v${r.int(3, 6)}.${r.int(0, 20)}.${r.int(0, 9)}] `);
    const x = r.int(0, 4);
    if (x === 0) ipPort(d.t('login ok src='), r).t(' user=').l('EMAIL', `${slug(person(r).g)}.${slug(person(r).s)}@${r.pick(['dwp.example.gov.uk', 'jobcenter-ge.example.de', 'msd.example.govt.nz'])}`).t('\n');
    else if (x === 1) ipPort(d.t('rate-limit hit from '), r).t(` path=/api/claims/${r.digits(8)} status=429\n`);
    else if (x === 2) d.t(`job=payment-batch id=${hex(r, 12)} duration=${r.int(40, 9000)}ms peer=`).l('IP', ip(r)).t('\n');
    else if (x === 3) d.t('lookup claimant name="').l('PERSON', full(person(r))).t(`" matched=${r.int(0, 3)} client=`).l('IP', ipv4(r)).t('\n');
    else d.t(`healthcheck ok build=${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 999)} sha=${hex(r, 7)}\n`);
  }
  return d;
};

const portalAuditJson: Tpl = (r) => {
  const d = new Doc();
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`{"ts":"${recent(r, 'iso')}T${time(r)}:00Z","event":"${r.pick(['claim.submit', 'bank.update', 'address.change', 'login.fail', 'doc.upload'])}","actor":"`).l('EMAIL', email(r, p)).t('","ip":"').l('IP', ip(r));
    d.t(`","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(110, 126)}.0.${r.digits(4)}.${r.digits(2)}","session":"${hex(r, 16)}"}\n`);
  }
  return d;
};

const llmChatUk: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'UK', 'IE', 'AU', 'NZ']));
  const p = person(r, c.cul);
  const d = new Doc().t(`User: hi, I'm `).self(full(p)).t(`. I was on ${r.pick(['Universal Credit', "Jobseeker's Allowance", 'JobSeeker Payment', 'Jobseeker Support'])} and they stopped it after I missed a call on ${recent(r, 'uk')}. `);
  d.t('My address is ');
  addr(d, c.addr(r), false).t(' and my number is ').l('PHONE', c.phone(r)).t('. What can I do?\n\n');
  d.t(`Assistant: I'm sorry to hear that. You can ask for the decision to be looked at again (a reconsideration). Organisations like Citizens Advice can help for free. You don't need to share your phone number or address with me — please avoid posting them here.\n\nUser: ok. my caseworker is `).l('PERSON', r.chance(0.5) ? full(person(r, c.cul)).toLowerCase() : person(r, c.cul).g);
  d.t(`, should I email her at `).l('EMAIL', role(r, r.pick(['dwp.example.gov.uk', 'welfare.example.ie', 'servicesaustralia.example.gov.au']))).t('?\n\nAssistant: Yes — put it in writing and keep a copy.\n');
  return d;
};

const llmChatUs: Tpl = (r) => {
  const p = person(r, r.pick(['us', 'mx', 'en']));
  const d = new Doc().t('[session meta] client_ip=').l('IP', ip(r)).t(` locale=en-US model=benefits-helper-${r.int(2, 4)}.${r.int(0, 9)}\n\nUser: My name is `).self(full(p));
  d.t(' and I got an overpayment letter from unemployment. It has my SSN ').l('NATIONAL_ID', ssn(r)).t(' and says I owe $').t(`${r.int(300, 9000)}. I was born `).l('DOB', dob(r, 'us')).t(` if that matters for the waiver.\n\n`);
  d.t(`Assistant: Thanks, ${r.pick(['', 'but '])}please don't share your Social Security number here. You can usually ask for a waiver if the overpayment wasn't your fault and repaying would cause hardship.\n\nUser: can i pay part of it with my card `).l('CARD', card(r));
  d.t('?\n\nAssistant: I can\'t process payments. Please contact the agency directly; don\'t post card numbers in chat.\n');
  return d;
};

const llmChatDe: Tpl = (r) => {
  const p = person(r, r.pick(['de', 'tr', 'ua', 'ar']));
  const de = cty('DE');
  const d = new Doc().t('Nutzer: Hallo, ich heiße ').self(full(p)).t(`, geboren am `).l('DOB', dob(r, 'de')).t(`. Das Jobcenter hat mein Bürgergeld ab ${recent(r, 'de')} gekürzt. Früher hieß das ja Hartz IV.\n\n`);
  d.t('Assistent: Gegen den Bescheid können Sie innerhalb eines Monats Widerspruch einlegen. Bitte teilen Sie hier keine Kontodaten mit.\n\nNutzer: Zu spät, meine IBAN ').l('IBAN', iban(r, 'DE')).t(' steht schon im Antrag. Meine Sachbearbeiterin ist ');
  hon(d, r, 'de', person(r, 'de')).t(', erreichbar unter ').l('PHONE', de.phone(r)).t('. Wohnung: ');
  addr(d, de.addr(r), false).t('.\n\nAssistent: Dann schreiben Sie den Widerspruch am besten per Einschreiben.\n');
  return d;
};

const llmChatEs: Tpl = (r) => {
  const c = cty(r.pick(['ES', 'MX']));
  const p = person(r, c.cul);
  const d = new Doc().t('Usuario: Buenas, soy ').self(full(p)).t(`. Me denegaron la prestación por desempleo el ${recent(r, c.loc)}. Nací el `).l('DOB', dob(r, c.loc)).t('.\n\n');
  d.t('Asistente: Lo siento. Puede presentar una reclamación previa en el plazo indicado en la resolución. No hace falta que comparta aquí sus datos personales.\n\nUsuario: vale, mi correo es ').l('EMAIL', email(r, p)).t(' y el teléfono ').l('PHONE', c.phone(r));
  d.t(`. La funcionaria se llama `).l('PERSON', r.pick(POOLS[c.cul]?.g ?? ['Ana'])).t(`. ¿Puedo ir en persona a la oficina de la calle ${r.pick(['Alcalá', 'Gran Vía', 'Colón'])}?\n\nAsistente: Sí, con cita previa.\n`);
  return d;
};

const llmChatFr: Tpl = (r) => {
  const p = person(r, r.pick(['fr', 'ar', 'ng']));
  const fr = cty('FR');
  const d = new Doc().t('Utilisateur : Bonjour, je m’appelle ').self(full(p)).t(`. La CAF me réclame un trop-perçu d’APL de ${r.int(200, 3000)} €. J’habite `);
  addr(d, fr.addr(r), false).t(`.\n\nAssistant : Vous pouvez demander une remise de dette auprès de votre CAF et contester dans un délai de deux mois. Évitez de partager votre numéro de sécurité sociale ici.\n\nUtilisateur : d’accord, mon conseiller `);
  hon(d, r, 'fr', person(r, 'fr')).t(' m’a donné son mail ').l('EMAIL', `${slug(person(r, 'fr').g)}.${slug(person(r, 'fr').s)}@caf-${r.pick(['nord', 'rhone', 'herault'])}.example.fr`).t(' et le ').l('PHONE', fr.phone(r)).t('.\n');
  return d;
};

const llmChatLetterPaste: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'AU', 'IE', 'NZ', 'CA']));
  const p = person(r, c.cul);
  const d = new Doc().t('User: can you explain this letter in plain English?\n"""\n').l('PERSON', full(p)).t('\n');
  addr(d, c.addr(r), true).t(`\n\nDear `);
  hon(d, r, 'en', p).t(`,\nWe have reviewed your claim and decided you are not entitled from ${recent(r, c.loc)} because your savings exceed the limit. Reference ${letters(r, 3)}${r.digits(6)}.\n`);
  d.t(`${trap(r)}\n"""\n\nAssistant: The agency says your savings are above the threshold, so payments stop from that date. You can ask them to look at the decision again within one month.\n`);
  return d;
};

const deJobcenterBescheid: Tpl = (r) => {
  const p = person(r, r.pick(['de', 'tr', 'ua', 'pl', 'ar']));
  const sb = person(r, 'de');
  const de = cty('DE');
  const d = new Doc().t(`Jobcenter ${r.pick(['Berlin Neukölln', 'Leipzig', 'Dortmund', 'Gelsenkirchen'])} · Geschäftszeichen ${r.digits(3)}.${r.digits(2)}\n\n`);
  hon(d, r, 'de', p).t('\n');
  addr(d, de.addr(r), true).t(`\n\nBG-Nummer: ${r.digits(5)}BG${r.digits(7)}\nIhr Zeichen: —\nDatum: ${recent(r, 'de')}\n\nBewilligungsbescheid über Leistungen zur Sicherung des Lebensunterhalts (Bürgergeld)\n\n`);
  d.t('Sehr geehrte Damen und Herren,\nfür ').l('PERSON', full(p)).t(', geb. ').l('DOB', dob(r, 'de')).t(`, werden Leistungen für die Zeit vom ${recent(r, 'de')} bis ${recent(r, 'de')} bewilligt.\n`);
  d.t('Die Zahlung erfolgt auf das Konto ').l('IBAN', iban(r, 'DE')).t(`.\n${r.pick(OTHER_IDS)(r)}\n\nMit freundlichen Grüßen\nIm Auftrag\n`).l('PERSON', full(sb)).t('\nTel. ').l('PHONE', de.phone(r)).t(`\n${trap(r)}`);
  return d;
};

const deRentenantrag: Tpl = (r) => {
  const p = person(r, 'de');
  const de = cty('DE');
  const d = new Doc().t(`Antrag auf Altersrente — Deutsche Rentenversicherung\nVersicherungsnummer: ${r.digits(2)} ${r.digits(6)} ${letters(r, 1)} ${r.digits(3)}\n\nName, Vorname: `).l('PERSON', `${p.s}, ${p.g}`);
  d.t('\nGeburtsdatum: ').l('DOB', dob(r, 'de', 1955, 1962)).t('\nGeburtsname: ').l('PERSON', r.pick(POOLS.de?.s ?? ['Lang'])).t('\nAnschrift: ');
  addr(d, de.addr(r), false).t('\nTelefon: ').l('PHONE', de.phone(r)).t('\nBankverbindung (IBAN): ').l('IBAN', iban(r, r.pick(['DE', 'DE', 'AT', 'PL', 'TR'])));
  d.t(`\nRentenbeginn gewünscht ab: ${recent(r, 'de')}\nBeschäftigung bei ${r.pick(['Siemens AG', 'Krupp Stahl', 'Aldi Süd', 'Porsche'])} von 1979 bis 2021.\n`);
  return d;
};

const frCafAideLogement: Tpl = (r) => {
  const p = person(r, r.pick(['fr', 'ar', 'pt']));
  const fr = cty('FR');
  const d = new Doc().t(`Caisse d’allocations familiales\nN° allocataire : ${r.digits(7)}\n\n`);
  hon(d, r, 'fr', p).t('\n');
  addr(d, fr.addr(r), true).t(`\n\n${r.pick(['Roubaix', 'Lille', 'Lyon'])}, le ${recent(r, 'fr')}\n\nObjet : aide personnalisée au logement (APL)\n\n`);
  d.t('Madame, Monsieur,\nNous avons bien reçu la déclaration de ressources de ').l('PERSON', full(p)).t(', né(e) le ').l('DOB', dob(r, 'fr')).t(`. Votre droit est ouvert à compter du ${recent(r, 'fr')}.\n`);
  d.t('Versement sur le compte ').l('IBAN', iban(r, 'FR')).t(`.\nPour toute question : `).l('PHONE', fr.phone(r)).t(' (du lundi au vendredi).\n').t(`Votre conseillère, `).l('PERSON', initial(person(r, 'fr'))).t('\n');
  return d;
};

const esSepe: Tpl = (r) => {
  const p = person(r, 'es');
  const es = cty('ES');
  const d = new Doc().t(`Servicio Público de Empleo Estatal — Solicitud de prestación por desempleo\nDNI/NIE: ${r.pick([`${r.digits(8)}${letters(r, 1)}`, `X${r.digits(7)}${letters(r, 1)}`])}\nApellidos y nombre: `);
  d.l('PERSON', `${p.s} ${r.pick(POOLS.es?.s ?? ['Ruiz'])}, ${p.g}`).t('\nFecha de nacimiento: ').l('DOB', dob(r, 'es')).t('\nDomicilio: ');
  addr(d, es.addr(r), false).t('\nTeléfono: ').l('PHONE', es.phone(r)).t('\nCorreo electrónico: ').l('EMAIL', email(r, p));
  d.t('\nCuenta (IBAN): ').l('IBAN', iban(r, 'ES')).t(`\nFecha del cese: ${recent(r, 'es')}\nEmpresa: ${r.pick(['El Corte Inglés', 'Mercadona', 'Inditex', 'Telefónica'])} (CIF B${r.digits(8)})\n`);
  return d;
};

const itInps: Tpl = (r) => {
  const p = person(r, 'it');
  const it = cty('IT');
  const d = new Doc().t(`INPS — Domanda NASpI\nCodice fiscale: ${letters(r, 6, 'BCDFGHLMNPRSTVZ')}${r.digits(2)}${letters(r, 1, 'ABCDEHLMPRST')}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}\n`);
  d.t('Cognome e nome: ').l('PERSON', `${p.s.toUpperCase()} ${p.g.toUpperCase()}`).t('\nNato/a il ').l('DOB', dob(r, 'it')).t(` a ${r.pick(['Napoli', 'Palermo', 'Bari', 'Tirana', 'Casablanca'])}\nResidenza: `);
  addr(d, it.addr(r), false).t('\nCellulare: ').l('PHONE', it.phone(r)).t('\nIBAN per l’accredito: ').l('IBAN', iban(r, 'IT'));
  d.t(`\nData di cessazione del rapporto: ${recent(r, 'it')}\nPatronato: ${r.pick(['INCA CGIL', 'ACLI', 'INAS CISL'])}, operatore `).l('PERSON', initial(person(r, 'it'))).t('\n');
  return d;
};

const nlUwv: Tpl = (r) => {
  const p = person(r, r.pick(['nl', 'tr', 'ar', 'pl']));
  const nl = cty('NL');
  const d = new Doc().t(`UWV — aanvraag WW-uitkering\nBSN: ${nz(r, 9)}\nNaam: `).l('PERSON', full(p)).t('\nGeboortedatum: ').l('DOB', dob(r, 'nl')).t('\nAdres:\n');
  addr(d, nl.addr(r), true).t('\nTelefoon: ').l('PHONE', nl.phone(r)).t('\nIBAN: ').l('IBAN', iban(r, 'NL'));
  d.t(`\nLaatste werkdag: ${recent(r, 'nl')}\nWerkgever: ${r.pick(['Albert Heijn', 'Philips', 'PostNL', 'Van Oord'])}\nContactpersoon UWV: `);
  hon(d, r, 'nl', person(r, 'nl')).t(`\n${trap(r)}\n`);
  return d;
};

const ieDsp: Tpl = (r) => {
  const p = person(r, 'ie');
  const ie = cty('IE');
  const d = new Doc().t(`Department of Social Protection — Jobseeker's Allowance\nPPSN: ${r.digits(7)}${letters(r, 1)}\n\nDear `);
  hon(d, r, 'en', p).t(`,\nYour claim has been awarded from ${recent(r, 'uk')}. We have the following details on file:\n\nName: `).l('PERSON', full(p)).t('\nDate of birth: ').l('DOB', dob(r, 'uk')).t('\nAddress:\n');
  addr(d, ie.addr(r), true).t('\nMobile: ').l('PHONE', ie.phone(r)).t('\nPayment to IBAN: ').l('IBAN', iban(r, 'IE')).t(`\n\nIntreo Centre ${r.pick(['Tallaght', 'Ennis', 'Tralee'])}\n`);
  return d;
};

const auCentrelink: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'vi', 'gr', 'pa', 'zh']));
  const au = cty('AU');
  const d = new Doc().t(`Services Australia — Centrelink file note ${recent(r, 'uk')}\nCRN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}${letters(r, 1)}\n`);
  d.t('Customer ').l('PERSON', anyForm(r, p)).t(' (DOB ').l('DOB', dob(r, 'uk')).t(`) phoned re JobSeeker Payment. Advised mutual obligation requirements. Customer moved to `);
  addr(d, au.addr(r), false).t('. Mobile updated to ').l('PHONE', au.phone(r)).t(', email ').l('EMAIL', email(r, p)).t(`. ${trap(r)} Referred to social worker `).l('PERSON', person(r, 'en').g).t('.\n');
  return d;
};

const caEi: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'fr', 'hi', 'zh', 'ph']));
  const ca = cty('CA');
  const d = new Doc().t(`Service Canada — Employment Insurance\nSIN: ${nz(r, 3)} ${r.digits(3)} ${r.digits(3)}\nAccess code: ${r.digits(4)}\n\n`).l('PERSON', full(p)).t('\n');
  addr(d, ca.addr(r), true).t(`\n\nDate of birth: `).l('DOB', dob(r, 'ca')).t(`\nRecord of Employment received ${recent(r, 'ca')}.\nTelephone: `).l('PHONE', ca.phone(r));
  d.t(`\nYour benefit period starts ${recent(r, 'ca')}. ${trap(r)}\n`);
  return d;
};

const nzWorkIncome: Tpl = (r) => {
  const p = person(r, 'pa');
  const nzc = cty('NZ');
  const d = new Doc().t(`Work and Income — case note\nClient no. ${r.digits(9)}\nClient: `).l('PERSON', full(p)).t(', DOB ').l('DOB', dob(r, 'uk')).t('\nPhysical address: ');
  addr(d, nzc.addr(r), false).t('\nPh ').l('PHONE', nzc.phone(r)).t(`\nHardship grant for food approved ${recent(r, 'uk')}. Whānau: partner `).l('PERSON', person(r, 'pa').g).t(`, ${r.int(1, 4)} tamariki. Case manager `).l('PERSON', initial(person(r, 'en'))).t(`.\n${trap(r)}\n`);
  return d;
};

const seFk: Tpl = (r) => {
  const p = person(r, 'se');
  const se = cty('SE');
  const d = new Doc().t(`Försäkringskassan — ansökan om sjukpenning\nPersonnummer: ${r.int(1950, 2000)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}-XXXX\nNamn: `).l('PERSON', full(p)).t('\nFödelsedatum: ').l('DOB', dob(r, 'se'));
  d.t('\nAdress: ');
  addr(d, se.addr(r), false).t('\nTelefon: ').l('PHONE', se.phone(r)).t('\nKonto (IBAN): ').l('IBAN', iban(r, 'SE')).t(`\nSjukskriven från ${recent(r, 'se')}. Handläggare: `).l('PERSON', full(person(r, 'se'))).t('\n');
  return d;
};

const plZus: Tpl = (r) => {
  const p = person(r, 'pl');
  const pl = cty('PL');
  const d = new Doc().t(`ZUS — wniosek o emeryturę\nPESEL: ${r.digits(11)}\nImię i nazwisko: `).l('PERSON', full(p)).t('\nData urodzenia: ').l('DOB', dob(r, 'pl', 1950, 1962)).t(' r.\nAdres zamieszkania: ');
  addr(d, pl.addr(r), false).t('\nTelefon: ').l('PHONE', pl.phone(r)).t('\nNumer rachunku: ').l('IBAN', iban(r, 'PL'));
  d.t(`\nData złożenia: ${recent(r, 'pl')} r.\n`);
  return d;
};

const brInss: Tpl = (r) => {
  const p = person(r, 'br');
  const br = cty('BR');
  const d = new Doc().t(`INSS — Requerimento de Benefício de Prestação Continuada (BPC/LOAS)\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nNIS: ${r.digits(11)}\nNome: `).l('PERSON', full(p).toUpperCase());
  d.t('\nData de nascimento: ').l('DOB', dob(r, 'br')).t('\nEndereço:\n');
  addr(d, br.addr(r), true).t('\nCelular: ').l('PHONE', br.phone(r)).t('\nE-mail: ').l('EMAIL', email(r, p));
  d.t(`\nAgendamento da perícia: ${recent(r, 'br')} às ${time(r)}\nLei Maria da Penha não se aplica. Atendente: `).l('PERSON', full(person(r, 'br'))).t('\n');
  return d;
};

const mxImss: Tpl = (r) => {
  const p = person(r, 'mx');
  const mx = cty('MX');
  const d = new Doc().t(`IMSS — Solicitud de pensión por cesantía en edad avanzada\nCURP: ${letters(r, 4)}${r.digits(6)}${letters(r, 6)}${r.digits(2)}\nNSS: ${r.digits(11)}\n`);
  d.t('Nombre del asegurado: ').l('PERSON', `${p.g} ${p.s} ${r.pick(POOLS.mx?.s ?? ['Cruz'])}`).t('\nFecha de nacimiento: ').l('DOB', dob(r, 'es', 1955, 1964)).t('\nDomicilio:\n');
  addr(d, mx.addr(r), true).t('\nTeléfono: ').l('PHONE', mx.phone(r)).t(`\nBeneficiaria: `).l('PERSON', full(person(r, 'mx'))).t(`\nCita en la UMF ${r.int(1, 99)} el ${recent(r, 'es')}.\n`);
  return d;
};

const jpSeikatsuHogo: Tpl = (r) => {
  const s = r.pick(JA_S);
  const g = r.pick(JA_G);
  const name = r.chance(0.5) ? `${s} ${g}` : `${s}${g}`;
  const d = new Doc().t(`生活保護 面談記録（${recent(r, 'jp')}）\n相談者：`).l('PERSON', name).t('様\n生年月日：').l('DOB', dob(r, 'jp'));
  d.t('\n住所：').l('ADDRESS', `〒${r.digits(3)}-${fourD(r)} ${r.pick(['東京都新宿区西新宿', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北一条西'])}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.5) ? ` コーポ${r.pick(['山田', 'さくら', '松本'])}${r.int(101, 305)}号室` : ''}`);
  d.t('\n電話：').l('PHONE', r.pick([`090-${fourD(r)}-${fourD(r)}`, `03-${fourD(r)}-${fourD(r)}`, `080-${fourD(r)}-${fourD(r)}`])).t(`\nマイナンバー：${r.digits(4)} ${r.digits(4)} ${r.digits(4)}（確認済み）\n担当：`);
  d.l('PERSON', r.pick(JA_S)).t('\n備考：').l('PERSON', s).t('さんの長男（別居）に扶養照会予定。\n');
  return d;
};

const krBasicLivelihood: Tpl = (r) => {
  const name = r.pick(KO_S) + r.pick(KO_G);
  const d = new Doc().t(`기초생활수급 상담 기록 ${recent(r, 'kr')}\n신청인: `).l('PERSON', name).t(' 씨\n생년월일: ').l('DOB', dob(r, 'kr'));
  d.t('\n주소: ').l('ADDRESS', `${r.pick(['서울특별시 관악구 봉천로', '부산광역시 해운대구 해운대로', '인천광역시 남동구 구월로'])} ${r.int(1, 400)}, ${r.int(101, 120)}동 ${r.int(101, 1504)}호`);
  d.t('\n연락처: ').l('PHONE', r.pick([`010-${fourD(r)}-${fourD(r)}`, `02-${r.digits(3)}-${fourD(r)}`])).t(`\n주민등록번호: ${r.digits(6)}-*******\n담당 주무관: `).l('PERSON', r.pick(KO_S) + r.pick(KO_G)).t('\n');
  return d;
};

const inPension: Tpl = (r) => {
  const p = person(r, r.pick(['hi', 'ta', 'bd']));
  const inc = cty('IN');
  const d = new Doc().t(`Indira Gandhi National Old Age Pension Scheme — application\nAadhaar: ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}\nApplicant: `).l('PERSON', anyForm(r, p));
  d.t(`\nFather's/Husband's name: `).l('PERSON', full(person(r, r.pick(['hi', 'ta'])))).t('\nDate of birth: ').l('DOB', dob(r, 'uk', 1940, 1964)).t('\nAddress:\n');
  addr(d, inc.addr(r), true).t('\nMobile: ').l('PHONE', inc.phone(r)).t(`\nBank A/c ${r.digits(11)}, IFSC ${letters(r, 4)}0${r.digits(6)}\nVerified by ${r.pick(['BDO', 'Tehsildar', 'Gram Panchayat secretary'])} `).l('PERSON', initial(person(r, 'hi'))).t('\n');
  return d;
};

const zaSassa: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'ng', 'ke']));
  const za = cty('ZA');
  const d = new Doc().t(`SASSA — Older Person's Grant\nID no.: ${r.int(50, 99)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.digits(7)}\nApplicant: `).l('PERSON', full(p)).t('\nDate of birth: ').l('DOB', dob(r, 'uk', 1940, 1964));
  d.t('\nResidential address:\n');
  addr(d, za.addr(r), true).t('\nCell: ').l('PHONE', za.phone(r)).t('\nSASSA card: ').l('CARD', groupCard(r, luhnComplete(`${r.int(51, 55)}${r.digits(13)}`)));
  d.t(`\nPay point: ${r.pick(['Boxer Superstores', 'Shoprite', 'Pick n Pay'])}\n`);
  return d;
};

const caseworkerEmailThread: Tpl = (r) => {
  const a = person(r, 'en');
  const b = person(r);
  const cl = person(r);
  const dom = r.pick(['leeds.example.gov.uk', 'hhs.example-county.gov', 'welfare.example.ie']);
  const d = new Doc().t('From: ').l('PERSON', full(a)).t(' <').l('EMAIL', `${slug(a.g)}.${slug(a.s)}@${dom}`).t('>\nTo: ').l('PERSON', full(b)).t(' <').l('EMAIL', `${slug(b.g).charAt(0)}${slug(b.s)}@${dom}`).t('>\n');
  d.t('X-Originating-IP: [').l('IP', ipv4(r)).t(`]\nSubject: RE: ${r.pick(['backdating request', 'HB overpayment', 'duplicate claim'])} — `).l('PERSON', cl.s.toUpperCase()).t(`\n\nHi `).l('PERSON', b.g);
  d.t(`,\nI spoke to `).l('PERSON', cl.g).t(' this morning. She says the overpayment happened because her partner ').l('PERSON', full(person(r)));
  d.t(` moved out in ${r.pick(['March', 'June', 'October'])}. Can you check the landlord's bank details? They gave `).l('IBAN', iban(r, r.pick(['GB', 'IE']))).t(`.\n${trap(r)}\n\nThanks,\n`).l('PERSON', a.g).t('\n');
  return d;
};

const homeVisitNote: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'US', 'AU', 'IE', 'NZ', 'CA']));
  const p = person(r, c.cul);
  const kid = { g: r.pick(POOLS[c.cul]?.g ?? ['Sam']), s: p.s };
  const d = new Doc().t(`Home visit — ${recent(r, c.loc)} ${time(r)}\nVisited `).l('PERSON', full(p)).t(' at ');
  addr(d, c.addr(r), false).t(`. Entry via side door (blue gate, next to the Tesco Express). Present: client, child `).l('PERSON', kid.g).t(' (born ').l('DOB', dob(r, c.loc, 2006, 2021)).t(`), and the dog, ${r.pick(['Bella', 'Max', 'Winston', 'Rosie', 'Duke'])}, whose birthday is ${recent(r, c.loc)}.\n`);
  d.t(`Damp in bedroom. Landlord `).l('PERSON', anyForm(r, person(r, 'en'))).t(' to be contacted on ').l('PHONE', c.phone(r)).t(`. Follow-up booked ${recent(r, c.loc)}.\n`);
  return d;
};

const fraudReferral: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'US', 'AU', 'CA']));
  const s = person(r, c.cul);
  const d = new Doc().t(`Benefit fraud hotline — anonymous report #${r.digits(7)}\nSubject: `).l('PERSON', full(s)).t(', approx. 40s\nLives at: ');
  addr(d, c.addr(r), false).t(`\nAllegation: claiming as single but partner `).l('PERSON', full(person(r, c.cul))).t(` lives there and works for ${r.pick(['Uber', 'Deliveroo', 'Amazon Flex', 'a Honda dealership'])}.\n`);
  d.t('Reporter says subject uses card ').l('CARD', card(r)).t(` to withdraw cash. Vehicle reg ${letters(r, 2)}${r.digits(2)} ${letters(r, 3)}. Reporter's callback: withheld.\n${trap(r)}\n`);
  return d;
};

const deathNotification: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'IE', 'AU', 'NZ']));
  const dec = person(r, c.cul);
  const nok = person(r, c.cul);
  const d = new Doc().t(`Tell Us Once — bereavement notification\nDeceased: `).l('PERSON', full(dec)).t('\nDate of birth: ').l('DOB', dob(r, c.loc, 1925, 1960)).t(`\nDate of death: ${recent(r, c.loc)}\nLast address:\n`);
  addr(d, c.addr(r), true).t('\nInformant: ').l('PERSON', full(nok)).t(` (${r.pick(['daughter', 'son', 'nephew', 'executor'])})\nInformant phone: `).l('PHONE', c.phone(r)).t('\nInformant email: ').l('EMAIL', email(r, nok));
  d.t(`\nState Pension to stop; any overpayment after ${recent(r, c.loc)} will be recovered from the estate.\n`);
  return d;
};

const appointeeForm: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'US', 'IE']));
  const cl = person(r, c.cul);
  const ap = person(r, c.cul);
  const d = new Doc().t(`Application to act as appointee\nSection 1 — claimant\nFull name: `).l('PERSON', full(cl)).t('\nDate of birth: ').l('DOB', dob(r, c.loc, 1930, 1970)).t('\nAddress: ');
  addr(d, c.addr(r), false).t(`\nCondition: ${r.pick(["Alzheimer's", 'vascular dementia', 'Down syndrome', 'learning disability'])}\n\nSection 2 — appointee\nFull name: `).l('PERSON', full(ap)).t('\nDate of birth: ').l('DOB', dob(r, c.loc));
  d.t('\nAddress: ');
  addr(d, c.addr(r), false).t('\nDaytime phone: ').l('PHONE', c.phone(r)).t(' ext. ').t(String(r.int(10, 999))).t('\nEmail: ').l('EMAIL', email(r, ap)).t('\n');
  if (c.cc === 'US') d.t('Claimant SSN: ').l('NATIONAL_ID', ssn(r)).t('\n');
  return d;
};

const ombudsmanComplaint: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'IE', 'AU', 'NZ', 'CA']));
  const p = person(r, c.cul);
  const d = new Doc().t(`To the ${r.pick(['Parliamentary and Health Service Ombudsman', 'Office of the Ombudsman', 'Commonwealth Ombudsman'])}\n\nComplaint about delay in my ${r.pick(['pension credit', 'carer payment', 'disability allowance'])} claim\n\n`);
  d.t('I, ').self(full(p)).t(`, have waited ${r.int(14, 60)} weeks. I spoke to `);
  hon(d, r, 'en', person(r, c.cul)).t(` on ${recent(r, c.loc)} and to a supervisor called `).l('PERSON', person(r, c.cul).g).t(` on ${recent(r, c.loc)}, who said the file was lost when the office moved to ${r.pick(['Lincoln House', 'Peel Centre', 'Darwin Building'])}.\n`);
  d.t('Please write to me at ');
  addr(d, c.addr(r), false).t(' or email ').l('EMAIL', email(r, p)).t(`. ${trap(r)}\n`);
  return d;
};

const sarRequest: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'IE', 'DE', 'NL']));
  const p = person(r, c.cul);
  const d = new Doc().t(`Subject access request under Article 15 GDPR\n\nDear Data Protection Officer,\nI, `).self(full(p)).t(', born ').l('DOB', dob(r, c.loc)).t(', request a copy of all personal data you hold about me relating to my benefit claims since 2016.\n');
  d.t('Current address: ');
  addr(d, c.addr(r), false).t('\nPrevious address: ');
  addr(d, c.addr(r), false).t('\nPlease reply to ').l('EMAIL', email(r, p)).t('. Your DPO contact is ').l('EMAIL', role(r, r.pick(['dpo.example.gov.uk', 'example-agency.ie', 'arbeitsagentur.example.de']))).t('.\n');
  return d;
};

const smsBatch: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'AU', 'NZ', 'IE', 'ZA']));
  const d = new Doc().t('msisdn|template|sent_at|status\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.l('PHONE', c.phone(r)).t(`|Hi `).l('PERSON', person(r, c.cul).g).t(`, your payment of ${r.int(50, 900)}.00 will be made on ${recent(r, c.loc)}. Reply STOP to opt out.|${recent(r, 'iso')} ${time(r)}|${r.pick(['DELIVERED', 'FAILED', 'QUEUED'])}\n`);
  }
  d.t(`+44 ******${r.digits(4)}|reminder|${recent(r, 'iso')}|SUPPRESSED\n`);
  return d;
};

const voicemailTranscript: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'US', 'AU']));
  const p = person(r, c.cul);
  const digits = c.phone(r).replace(/\D/g, '');
  const g = [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)];
  const d = new Doc().t(`Voicemail (auto-transcribed, ${recent(r, 'iso')} ${time(r)}): "hi this is `).l('PERSON', full(p).toLowerCase()).t(` calling about my housing benefit appeal, erm, the hearing's on the ${r.int(2, 28)}th, can someone ring me back on `);
  d.l('PHONE', spokenDigits(r, g)).t(' or email me at ').l('EMAIL', spokenEmail(r, p)).t(`, thanks, bye"\nConfidence: 0.${r.int(70, 97)}\n`);
  return d;
};

const interpreterRequest: Tpl = (r) => {
  const lang = r.pick(['Somali', 'Tigrinya', 'Dari', 'Polish', 'Romanian', 'Arabic', 'Vietnamese']);
  const p = person(r, r.pick(['so', 'et', 'fa', 'pl', 'ro', 'ar', 'vi']));
  const d = new Doc().t(`Interpreter booking\nLanguage: ${lang}\nClient: `).l('PERSON', anyForm(r, p)).t(`\nAppointment: ${recent(r, 'uk')} ${time(r)}, Room 2.14, ${r.pick(['Jobcentre Plus Moss Side', 'Centrelink Footscray', 'Intreo Ballymun'])}\nInterpreter: `);
  d.l('PERSON', full(person(r, r.pick(['so', 'et', 'fa', 'pl', 'ro', 'ar', 'vi'])))).t(', mobile ').l('PHONE', cty(r.pick(['UK', 'AU', 'IE'])).phone(r)).t(`\nBooked by `).l('EMAIL', role(r, 'interpreting.example.org')).t('\n');
  return d;
};

const landlordLetter: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'DE', 'NL', 'FR']));
  const ll = person(r, c.cul);
  const tn = person(r);
  const d = new Doc().t(`${r.pick(['Harbour Lettings Ltd', 'Immobilien Becker GmbH', 'Woonstichting Lente', 'Cabinet Girard Immobilier'])}\n`);
  addr(d, c.addr(r), true).t(`\n\nTo the Housing Benefit team,\nI confirm that `).l('PERSON', full(tn)).t(' has rented ');
  addr(d, c.addr(r), false).t(` since ${recent(r, c.loc)} at ${r.int(400, 1300)} per month. Please pay the housing element directly to `).l('IBAN', iban(r, c.cc)).t('.\n\nRegards,\n').l('PERSON', full(ll)).t('\nDirector\n').l('PHONE', c.phone(r)).t('\n');
  return d;
};

const councilTaxReduction: Tpl = (r) => {
  const p = person(r, 'en');
  const pt = person(r);
  const uk = cty('UK');
  const d = new Doc().t(`${r.pick(['Leeds City Council', 'Cardiff Council', 'Nottingham City Council'])} — Council Tax Reduction claim\nAccount ${r.digits(9)}\n\nYou\nTitle: ${r.pick(['Mr', 'Ms', 'Mrs', 'Mx'])}\nSurname: `).l('PERSON', p.s).t('\nForenames: ').l('PERSON', p.g).t('\nDate of birth: ').l('DOB', dob(r, 'uk'));
  d.t(`\n${r.pick(OTHER_IDS)(r)}\nYour partner\nSurname: `).l('PERSON', pt.s).t('\nForenames: ').l('PERSON', pt.g).t('\nDate of birth: ').l('DOB', dob(r, 'uk')).t('\n\nProperty address\n');
  addr(d, uk.addr(r), true).t('\nEmail: ').l('EMAIL', email(r, p)).t('\n');
  return d;
};

const childBenefit: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'IE', 'DE', 'NL']));
  const p = person(r, c.cul);
  const d = new Doc().t(`${c.cc === 'DE' ? 'Kindergeld — Antrag (Familienkasse)' : c.cc === 'NL' ? 'Kinderbijslag — aanvraag (SVB)' : 'Child Benefit claim'}\nParent: `).l('PERSON', full(p)).t('\nParent DOB: ').l('DOB', dob(r, c.loc, 1970, 2000)).t('\n');
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    d.t(`Child ${i + 1}: `).l('PERSON', `${r.pick(POOLS[c.cul]?.g ?? ['Sam'])} ${p.s}`).t(', born ').l('DOB', dob(r, c.loc, 2009, 2024)).t('\n');
  }
  d.t('Bank: ').l('IBAN', iban(r, c.cc)).t(`\nSigned ${recent(r, c.loc)}\n`);
  return d;
};

const ocrScan: Tpl = (r) => {
  const p = person(r, 'pl');
  const uk = cty('UK');
  const ph = uk.phone(r);
  const cut = ph.lastIndexOf(' ');
  const surname = p.s.length > 5 ? p.s : 'Wiśniewska';
  const mid = Math.floor(surname.length / 2);
  const d = new Doc().t('[OCR scan p.1/2 — quality: low]\nCLAIM FORM HB1\nName: ').l('PERSON', full(p).toUpperCase()).t(`\nprevious surname ${surname.slice(0, mid)}-\n${surname.slice(mid)} (maiden)\n`);
  d.t(`Tel: ${ph.slice(0, cut)}\n${ph.slice(cut + 1)}\nD.o.B: `).l('DOB', dob(r, 'uk')).t('\nAddr: ');
  addr(d, uk.addr(r), false).t(`\nSig: [illegible]   Date: ${recent(r, 'uk')}\n${trap(r)}\n`);
  return d;
};

const bugReport: Tpl = (r) => {
  const dev = person(r);
  const tp = person(r, 'us');
  const d = new Doc().t(`JIRA CMS-${r.digits(4)}: Eligibility engine crashes on hyphenated surnames\nReporter: `).l('PERSON', full(dev)).t(`\nEnvironment: uat-2 (Jenkins build #${r.digits(4)}, rules-engine ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)})\n`);
  d.t('Steps: submit test claimant ').l('PERSON', full(tp)).t(' with SSN ').l('NATIONAL_ID', ssn(r)).t(' from ');
  ipPort(d, r).t(`.\nStack:\n  at EligibilityCalc.compute (calc.ts:${r.int(10, 900)})\n  at KafkaConsumer.onMessage (consumer.ts:${r.int(10, 300)})\nUpstream: `);
  d.l('IP', ip(r)).t(` (ldap), commit ${hex(r, 40)}\nCC `).l('EMAIL', email(r, dev)).t('\n');
  return d;
};

const maskedRecord: Tpl = (r) => {
  const p = person(r, 'us');
  const d = new Doc().t('CLAIMANT SUMMARY (masked print)\nName: ').l('PERSON', anyForm(r, p)).t(`\nSSN: ${maskedSsn(r)}\nDOB: `).l('DOB', dob(r, 'us')).t(`\nPhone: (***) ***-${r.digits(4)}\nCard: **** **** **** ${r.digits(4)}\nBank: ****${r.digits(4)}\nEmail: `).l('EMAIL', email(r, p));
  d.t(`\nLast login: ${recent(r, 'iso')} from `).l('IP', ip(r)).t('\n');
  return d;
};

const helpdeskNotes: Tpl = (r) => {
  const c = cty(r.pick(['US', 'UK', 'CA', 'AU']));
  const p = person(r, c.cul);
  const d = new Doc().t(`helpdesk ${recent(r, 'iso')} ${time(r)} — caller `).l('PERSON', full(p).toLowerCase()).t(` locked out of portal after 5 bad pw. reset done. `);
  d.t('caller ip ').l('IP', ipv4(r)).t(', cb ').l('PHONE', c.phone(r)).t(`. asked whether she may claim backdated — said will check w/ `).l('PERSON', person(r, c.cul).g.toLowerCase()).t(`. ${trap(r)}\n`);
  if (r.chance(0.5)) d.t('caller read out her card no. ').l('CARD', card(r)).t(' — told not to share it; flagged.\n');
  return d;
};

const sepaPaymentXml: Tpl = (r) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT']);
  const d = new Doc().t(`<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n<CstmrCdtTrfInitn><GrpHdr><MsgId>BEN-${r.digits(10)}</MsgId><CreDtTm>${recent(r, 'iso')}T06:00:00</CreDtTm></GrpHdr>\n`);
  d.t(`<PmtInf><Dbtr><Nm>${r.pick(['Bundesagentur fuer Arbeit', 'UWV Uitkeringen', 'CAF Paris', 'INPS Direzione'])}</Nm></Dbtr><DbtrAcct><Id><IBAN>`).l('IBAN', ibanCompact(r, cc)).t('</IBAN></Id></DbtrAcct>\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r, cty(cc === 'NL' ? 'NL' : cc === 'FR' ? 'FR' : cc === 'ES' ? 'ES' : cc === 'IT' ? 'IT' : 'DE').cul);
    const cc2 = r.chance(0.8) ? cc : r.pick(['PL', 'RO', 'PT', 'LT']);
    d.t(`<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(100, 1800)}.${p2(r.int(0, 99))}</InstdAmt></Amt><Cdtr><Nm>`).l('PERSON', full(p)).t('</Nm></Cdtr><CdtrAcct><Id><IBAN>').l('IBAN', ibanCompact(r, cc2));
    d.t(`</IBAN></Id></CdtrAcct><RmtInf><Ustrd>LEISTUNG ${r.digits(8)}</Ustrd></RmtInf></CdtTrfTxInf>\n`);
  }
  d.t('</PmtInf></CstmrCdtTrfInitn></Document>\n');
  return d;
};

const hardshipGrant: Tpl = (r) => {
  const p = { g: r.pick(['Grant', 'Will', 'May', 'Hope', 'Rose', 'Guy', 'Bill', 'Joy', 'Faith', 'Said']), s: r.pick(POOLS.en?.s ?? ['Stone']) };
  const d = new Doc().t(`Discretionary hardship grant — decision\n\n`).l('PERSON', p.g).t(`, you may be eligible for a grant of up to £${r.int(100, 500)}. We will pay it within 5 working days if you send proof of rent. `);
  d.t(`Your file (opened by `).l('PERSON', initial(person(r, 'en'))).t(`) shows a grant was refused in ${r.int(2019, 2023)}. Will you be at home on ${recent(r, 'uk')}? If not, ring `).l('PHONE', cty('UK').phone(r)).t('.\n');
  d.t(`Hope this helps,\n`).l('PERSON', full(person(r, 'en'))).t(`\nWelfare Support Team\n`);
  return d;
};

const foodbankReferral: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'UK', 'IE', 'CA']));
  const p = person(r, c.cul);
  const d = new Doc().t(`Food bank e-referral (Trussell Trust network)\nVoucher ${letters(r, 3)}-${r.digits(6)}\nClient: `).l('PERSON', anyForm(r, p)).t(`\nAdults: ${r.int(1, 2)}  Children: ${r.int(0, 4)}\nAddress: `);
  addr(d, c.addr(r), false).t('\nContact: ').l('PHONE', c.phone(r)).t(`\nReason: benefit delay (${r.pick(['UC advance refused', 'sanction', 'PIP stopped'])})\nReferrer: `).l('PERSON', full(person(r, 'en'))).t(', ').l('EMAIL', role(r, 'advice-centre.example.org.uk')).t('\n');
  return d;
};

const rightToReside: Tpl = (r) => {
  const p = person(r, r.pick(['ro', 'pl', 'ua', 'gr', 'so']));
  const uk = cty('UK');
  const d = new Doc().t(`Habitual residence / right to reside interview\nName: `).l('PERSON', full(p)).t('\nDOB: ').l('DOB', dob(r, 'uk')).t(`\nNationality: ${r.pick(['Romanian', 'Polish', 'Ukrainian', 'Greek', 'Somali'])}\nPassport: ${letters(r, 2)}${r.digits(7)} (expires ${fmtDate(r, 'uk', r.int(2026, 2033), r.int(1, 12), r.int(1, 28))})\n`);
  d.t(`Arrived ${recent(r, 'uk')}; EUSS share code ${letters(r, 3)} ${letters(r, 3)} ${letters(r, 3)}.\nLiving with cousin `).l('PERSON', full(person(r))).t(' at\n');
  addr(d, uk.addr(r), true).t('\nPhone ').l('PHONE', uk.phone(r)).t('\n');
  return d;
};

const debtRecovery: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'AU', 'NZ', 'CA', 'US']));
  const p = person(r, c.cul);
  const d = new Doc().t(`DEBT RECOVERY — deduction from benefit\n\n`).l('PERSON', full(p).toUpperCase()).t('\n');
  addr(d, c.addr(r), true).t(`\n\nAmount outstanding: ${r.int(300, 12000)}.${p2(r.int(0, 99))}\nWe will deduct ${r.int(10, 60)}.00 per fortnight from ${recent(r, c.loc)}.\n`);
  d.t('Payment received by card ').l('CARD', card(r)).t(` (auth ${r.digits(6)}). Card ${badCard(r)} was declined.\nDispute? Call `).l('PHONE', c.phone(r)).t(` quoting ${r.digits(10)}.\n`);
  return d;
};

const tribunalDecision: Tpl = (r) => {
  const a = person(r);
  const j = person(r, 'en');
  const m = person(r, 'en');
  const d = new Doc().t(`DECISION NOTICE\nTribunal Judge: `).l('PERSON', full(j)).t('\nMedical member: Dr ').l('PERSON', full(m)).t('\nAppellant: ').l('PERSON', full(a)).t(' (born ').l('DOB', dob(r, 'uk')).t(`)\nHearing: ${recent(r, 'uk')}, oral, attended\n\n`);
  d.t(`1. The appeal is allowed. The decision made on ${recent(r, 'uk')} is set aside.\n2. `).l('PERSON', `${a.s}`).t(`'s evidence about ${r.pick(["Ménière's disease", 'chronic fatigue', "Asperger's"])} was credible.\n3. The Secretary of State relied on guidance in DMG Chapter ${r.int(10, 90)} and on Megan's Law-type risk flags, which were irrelevant.\n`);
  return d;
};

const pensionStatementEmail: Tpl = (r) => {
  const c = cty(r.pick(['UK', 'NL', 'DE', 'IE', 'SE']));
  const p = person(r, c.cul);
  const d = new Doc().t('From: ').l('EMAIL', role(r, r.pick(['pensions.example.gov.uk', 'svb.example.nl', 'drv-bund.example.de']))).t('\nTo: ').l('EMAIL', email(r, p)).t(`\nSubject: Your annual pension statement ${r.int(2023, 2025)}\n\nDear `).l('PERSON', full(p));
  d.t(`,\nYour state pension age is reached on ${recent(r, c.loc)}. Our records show your date of birth as `).l('DOB', dob(r, c.loc, 1957, 1967)).t('. Payments will go to ').l('IBAN', iban(r, c.cc)).t(`.\nIf anything is wrong, reply to this email.\n`);
  return d;
};

const usOverpaymentWaiver: Tpl = (r) => {
  const p = person(r, 'us');
  const us = cty('US');
  const d = new Doc().t('Request for Waiver of Overpayment Recovery (Form SSA-632 style)\n1. Name: ').l('PERSON', full(p)).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('\n2. DOB: ').l('DOB', dob(r, 'us')).t('\n3. Address: ');
  addr(d, us.addr(r), false).t(`\n4. Why you think you are not at fault: I reported my job at ${r.pick(['Kroger', 'Target', 'Home Depot'])} on ${recent(r, 'us')} to `).l('PERSON', initial(person(r, 'us')));
  d.t(` at the field office. My spouse `).l('PERSON', full(person(r, 'us'))).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(`) can confirm.\n5. Monthly rent: $${r.int(500, 1600)}\n${trap(r)}\n`);
  return d;
};

const cardPaymentLog: Tpl = (r) => {
  const d = new Doc().t('txn_id\tcardholder\tpan\tamount\tresult\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const good = r.chance(0.75);
    d.t(`${hex(r, 10)}\t`).l('PERSON', full(person(r)).toUpperCase()).t('\t');
    if (good) d.l('CARD', cardDigits(r));
    else d.t(r.chance(0.5) ? `${r.digits(6)}******${r.digits(4)}` : badCard(r).replace(/\D/g, ''));
    d.t(`\t${r.int(5, 900)}.${p2(r.int(0, 99))}\t${good ? 'APPROVED' : 'REJECTED'}\n`);
  }
  return d;
};

const identityVerificationUk: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'sc', 'ng', 'pk']));
  const uk = cty('UK');
  const ph = uk.phone(r).replace(/\D/g, '').replace(/^44/, '0');
  const d = new Doc().t(`Call log — ID&V (telephony)\nAgent: `).l('PERSON', person(r, 'en').g).t('\nCaller claimed to be: ').l('PERSON', full(p)).t('\nQ1 DOB given: ').l('DOB', dob(r, 'uk'));
  d.t('\nQ2 postcode and first line: ');
  addr(d, uk.addr(r), false).t('\nQ3 callback: ').l('PHONE', spokenDigits(r, [ph.slice(0, 5), ph.slice(5)])).t(`\nResult: ${r.pick(['PASSED', 'FAILED — security question', 'PASSED (2 of 3)'])}. Caller also mentioned her ${r.pick(['ex-husband', 'brother', 'neighbour'])} `);
  d.l('PERSON', full(person(r))).t(' "takes the post".\n');
  return d;
};

const pensionCreditLetterCy: Tpl = (r) => {
  const p = person(r, r.pick(['en', 'sc']));
  const d = new Doc().t('Pension Credit / Credyd Pensiwn\n\n').l('PERSON', full(p)).t('\n');
  addr(d, cty('UK').addr(r), true).t(`\n\nRydym wedi penderfynu… / We have decided your claim.\nAmount: £${r.int(20, 220)}.${p2(r.int(0, 99))} a week from ${recent(r, 'uk')}.\n`);
  d.t('Date of birth we hold: ').l('DOB', dob(r, 'uk', 1935, 1958)).t(`. Your Winter Fuel Payment follows in November.\nQueries: `).l('PHONE', `0800 99 ${fourD(r)}`).t('\n');
  return d;
};

const grComplaint: Tpl = (r) => {
  const p = person(r, 'gr');
  const d = new Doc().t(`e-ΕΦΚΑ — αίτηση σύνταξης\nΑΜΚΑ: ${r.digits(11)}\nΟνοματεπώνυμο: `).l('PERSON', full(p)).t('\nΗμερομηνία γέννησης: ').l('DOB', `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(1950, 1962)}`);
  d.t('\nΤηλέφωνο: ').l('PHONE', `+30 69${r.digits(1)} ${r.digits(3)} ${fourD(r)}`).t('\nIBAN: ').l('IBAN', iban(r, 'GR')).t(`\nΗμερομηνία αίτησης: ${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(2023, 2025)}\n`);
  return d;
};

const trRetirement: Tpl = (r) => {
  const p = person(r, 'tr');
  const d = new Doc().t(`SGK — Emeklilik başvurusu\nT.C. Kimlik No: ${r.digits(11)}\nAd Soyad: `).l('PERSON', full(p).toLocaleUpperCase('tr')).t('\nDoğum tarihi: ').l('DOB', `${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${r.int(1955, 1975)}`);
  d.t('\nCep: ').l('PHONE', `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`).t('\nIBAN: ').l('IBAN', iban(r, 'TR')).t(`\nBaşvuru: ${recent(r, 'de')}\n`);
  return d;
};

const agencyStatsWithContact: Tpl = (r) => {
  const p = person(r, 'en');
  const d = new Doc().t(`Quarterly processing report Q${r.int(1, 4)} ${r.int(2023, 2025)}\nClaims cleared: ${r.int(1000, 90000)} (${r.int(60, 98)}.${r.int(0, 9)}% within target)\nAverage clearance: ${r.int(5, 40)} days\n`);
  d.t(`Region Victoria up ${r.int(1, 9)}%, Washington region flat.\nReport owner: `).l('PERSON', full(p)).t(', ').l('EMAIL', `${slug(p.g)}.${slug(p.s)}@${r.pick(['dwp.example.gov.uk', 'msd.example.govt.nz'])}`).t(`\nData warehouse host `).l('IP', ipv4(r)).t(`, extract v${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}\n`);
  return d;
};

const appealLetterUs: Tpl = (r) => {
  const p = person(r, r.pick(['us', 'mx', 'ph']));
  const us = cty('US');
  const d = new Doc().t(`${recent(r, 'us')}\n\n`).self(full(p)).t('\n');
  addr(d, us.addr(r), true).t(`\n\nOffice of Appeals\n`);
  addr(d, us.addr(r), true).t(`\n\nRe: Appeal of unemployment denial, claimant `).l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`).t(', SSN ').l('NATIONAL_ID', ssn(r));
  d.t(`\n\nTo whom it may concern,\nI was fired from ${r.pick(['Walmart', 'Tyson Foods', 'Marriott'])} for missing work while my daughter was in the hospital. My supervisor, `).l('PERSON', full(person(r, 'us'))).t(`, had approved the leave.\nPlease contact me at `).l('PHONE', us.phone(r)).t('.\n\nSincerely,\n').self(full(p)).t('\n');
  return d;
};

const TEMPLATES: Array<[number, Tpl]> = [
  [1, ukUcJournal], [1, ukMandatoryReconsideration], [1, ukTribunalNotice], [1.3, ukOverpayment], [1, ukHousingBenefitCoC],
  [1, usUiIntake], [1, usSsdiNote], [1, usSnapEligibility], [1, usVerificationCall], [2, usPrepaidCard], [1, usMedicaidRenewal],
  [1.2, usCsvExport], [1, euCsvExport], [1.8, systemLog], [1.4, portalAuditJson], [1.2, llmChatUk], [1.2, llmChatUs], [1, llmChatDe],
  [1, llmChatEs], [1, llmChatFr], [1, llmChatLetterPaste], [1, deJobcenterBescheid], [1, deRentenantrag], [1, frCafAideLogement],
  [1, esSepe], [1, itInps], [1, nlUwv], [1, ieDsp], [1, auCentrelink], [1, caEi], [1, nzWorkIncome], [1, seFk], [1, plZus],
  [1, brInss], [1, mxImss], [1, jpSeikatsuHogo], [1, krBasicLivelihood], [1, inPension], [1.2, zaSassa], [1, caseworkerEmailThread],
  [1, homeVisitNote], [1.3, fraudReferral], [1, deathNotification], [1, appointeeForm], [1, ombudsmanComplaint], [1, sarRequest],
  [1, smsBatch], [1, voicemailTranscript], [1, interpreterRequest], [1, landlordLetter], [1, councilTaxReduction], [1, childBenefit],
  [1, ocrScan], [1.2, bugReport], [1, maskedRecord], [1.2, helpdeskNotes], [1, sepaPaymentXml], [1, hardshipGrant],
  [1, foodbankReferral], [1, rightToReside], [1.6, debtRecovery], [1, tribunalDecision], [1, pensionStatementEmail],
  [1, usOverpaymentWaiver], [2.6, cardPaymentLog], [1, identityVerificationUk], [1, pensionCreditLetterCy], [1, grComplaint],
  [1, trRetirement], [1, agencyStatsWithContact], [1, appealLetterUs],
];

// ───────────────────────────── hard negatives (no PII) ─────────────────────────────

const NEGATIVES: Tpl[] = [
  (r) =>
    new Doc().t(`Policy memo ${recent(r, 'uk')}\nFrom 1 April the standard allowance rises by ${r.int(2, 7)}.${r.int(0, 9)}%. The Beveridge Report (1942) is often cited as the origin of the five "giant evils". Hartz IV was replaced by Bürgergeld in 2023; the Legge Fornero still shapes Italian pension ages. ${trap(r)} ${trap(r)}\nNo action needed for claims opened before ${recent(r, 'uk')}.\n`),
  (r) =>
    new Doc().t(`Release notes — CaseFlow ${r.int(4, 9)}.${r.int(0, 20)}.${r.int(0, 9)}\n- Jenkins pipeline migrated to build agents 10.0.x (see runbook, not an address)\n- Kafka topic claims.v${r.int(2, 5)} renamed; Apache Cassandra driver ${r.int(3, 4)}.${r.int(0, 18)}.${r.int(0, 9)}\n- Fixed Dijkstra routing for appointment slots\n- Version string 1.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} shown in footer\n- Commit ${hex(r, 40)}\n${trap(r)}\n`),
  (r) =>
    new Doc().t(`Statistics release: Benefit cap, ${mon('en', r.int(1, 12))} ${r.int(2023, 2025)}\n${r.int(50, 120)},${r.digits(3)} households were capped. Largest falls in Victoria (AU), Wellington and Darwin. Median reduction £${r.int(40, 90)}.${r.digits(2)} a week. Table 3 ref ${r.digits(4)}-${r.digits(2)}-${r.digits(4)}.\n${trap(r)}\n`),
  (r) =>
    new Doc().t(`Caseworker training module ${r.int(1, 12)}: conditions you may see in evidence\n${r.pick(["Alzheimer's", "Parkinson's"])} disease, Crohn's disease, Down syndrome, Asperger's, Huntington's disease and Hodgkin lymphoma are named after the clinicians who described them — do not record them as people. Clare's Law and Megan's Law disclosures are handled by the police, not by us. ${trap(r)}\n`),
  (r) =>
    new Doc().t(`Payment calendar ${r.int(2024, 2026)}\nPayments due on a bank holiday are made the working day before: ${recent(r, 'uk')}, ${recent(r, 'uk')}, ${recent(r, 'uk')}.\nExample of an INVALID IBAN for training: ${badIban(r, r.pick(['DE', 'GB', 'NL', 'FR', 'IT']))}.\nEmployer EIN ${r.digits(2)}-${r.digits(7)}; routing ${r.digits(9)}.\n${trap(r)}\n`),
  (r) =>
    new Doc().t(`FORM TEMPLATE (blank)\nName: [Full name]\nDate of birth: DD/MM/YYYY\nSSN: XXX-XX-XXXX\nPhone: 07xxx xxxxxx\nEmail: name@domain\nIBAN: GBkk BBBB SSSS SSAA AAAA AA\nReturn to Room ${r.int(1, 9)}.${r.int(10, 40)}, Churchill House.\n`),
  (r) =>
    new Doc().t(`User: how is housing benefit calculated for people over state pension age?\n\nAssistant: It depends on your eligible rent, income and savings. Charities such as Marie Curie, Age UK and Citizens Advice run free benefit checks. You can also use an online calculator like Turn2us or entitledto. Under the Local Housing Allowance rules your bedroom entitlement is based on household size.\n\nUser: thanks! and is the ${r.pick(['Winter Fuel Payment', 'Christmas Bonus', 'Cold Weather Payment'])} automatic?\n\nAssistant: Usually yes, if you already get a qualifying benefit.\n`),
  (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(4, 7); i++) d.t(`${recent(r, 'iso')}T${time(r)}:${p2(r.int(0, 59))}Z INFO scheduler job=${r.pick(['nightly-reconcile', 'pdf-render', 'sms-dispatch'])} run=${hex(r, 8)} took ${r.int(10, 9000)}ms version=${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} queue=${r.int(0, 400)}\n`);
    return d;
  },
  (r) =>
    new Doc().t(`Emergency support after Storm ${r.pick(['Babet', 'Ciarán', 'Isha', 'Darragh'])} and Hurricane ${r.pick(['Ida', 'Helene', 'Milton'])}\nOffices in Hamilton, Lincoln and Alice Springs will open late. The MV Princess Anne ferry is cancelled. Emergency grants are paid within 48 hours; tracking numbers start with 1Z. ${trap(r)}\n`),
  (r) =>
    new Doc().t(`QA ticket ${r.digits(5)}: validator rejects\n- card ${badCard(r)} (Luhn fail)\n- card ${badCard(r)} (Luhn fail)\n- IBAN ${badIban(r, r.pick(['ES', 'IT', 'BE', 'PL']))} (mod-97 fail)\n- SSN ${badSsn(r)} (invalid area)\n- SSN ${maskedSsn(r)} (masked)\nAll expected. Build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}.\n`),
  (r) =>
    new Doc().t(`FAQ\nQ: Why do you need my date of birth?\nA: To check your State Pension age. Enter it as DD/MM/YYYY.\nQ: Can I change my appointment on ${recent(r, 'uk')}?\nA: Yes, use the journal. Team Hope and Project Grant handle vulnerable claimants; Will Writing Week is ${mon('en', r.int(1, 12))}.\n${trap(r)}\n`),
  (r) =>
    new Doc().t(`Agenda — Benefits Transformation Board, ${recent(r, 'uk')}, Lovelace Room\n1. Project Phoenix status (RAG: amber)\n2. Atlas data platform cut-over (${r.int(2, 9)}.${r.int(0, 9)} release)\n3. Mercury payments — ${r.int(2, 30)} open defects\n4. AOB: Red Nose Day volunteering; Lovelace Room booking rules\n${trap(r)}\n`),
  (r) =>
    new Doc().t(`Overpayment recovery rates (${r.int(2023, 2025)})\nStandard deduction: ${r.int(10, 25)}% of standard allowance. Fraud cases: ${r.int(25, 40)}%. Debts under £${r.int(50, 65)} are written off. See Decision Makers' Guide vol. ${r.int(1, 14)}, para ${r.int(10000, 99999)}. ${trap(r)}\n`),
];

// ───────────────────────────── generator ─────────────────────────────

const TOTAL_WEIGHT = TEMPLATES.reduce((s, [w]) => s + w, 0);
function pickTemplate(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [w, t] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return ukUcJournal;
}

/** Generates corpus #52 for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent52Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent52Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT52_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT52_MIN_INSTANCES;
  const out: Independent52Entry[] = [];
  let total = 0;
  while (total < min) {
    const doc = r.chance(0.1) ? r.pick(NEGATIVES)(r) : pickTemplate(r)(r);
    const e = doc.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
