/**
 * @module privacy/pii-corpus-independent-30 — blind labelled PII corpus, split 30: retail banking, lending
 * and wealth management (KYC onboarding, loan and mortgage applications, wire and chargeback disputes, fraud
 * reports, adviser chats, pasted statements and SWIFT/SEPA confirmations, collections letters, account
 * closure and power-of-attorney requests) as agent chats, e-mails, forms and back-office notes.
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the `PiiType`
 * union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. NOT read: the detector or any
 * other source, test, doc or bench file, the other corpora and their templates, the git history. The
 * detector was never run on this text. Every name, address, template and value here was invented for it.
 *
 * Seeds: 300001, 300002, 300003. Each seed yields whole documents until at least `minInstances` labels
 * (default 2,400) exist. Contents: 88 document templates (76 labelled, 12 hard negatives) from ~30 countries,
 * in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Japanese and Korean, with
 * names from 38 naming cultures (309 given names, 306 surnames, many also common words); about
 * one document in ten a pure hard negative (eponymous brands, laws, diseases and models, places, pets,
 * storms, reference/tracking/case numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers,
 * invalid IBANs, EINs, routing numbers, creditor ids, non-birth dates); distractors also appear in the
 * labelled documents. Offsets are recorded while the text is appended, never searched for.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets or
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not; nor a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to the
 *   last postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks not.
 * - DOB: a person's date of birth only; cue words outside; other dates not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

/** The seeds of this split. */
export const INDEPENDENT30_SEEDS = [300001, 300002, 300003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT30_MIN_INSTANCES = 2400;

/** A label carrying its exact text. */
export type Independent30Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent30Entry = PiiCorpusEntry & { readonly labels: readonly Independent30Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  s = '';
  readonly labels: Independent30Label[] = [];
  readonly known: string[] = [];
  t(x: string): this {
    this.s += x;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad ${type} value ${JSON.stringify(value)}`);
    const start = this.s.length;
    this.s += value;
    this.labels.push({ type, start, end: this.s.length, value });
    return this;
  }
  /** The user's own name: labelled PERSON and recorded as known. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------- names (invented pools, ~30 cultures)

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first in the culture's own order. */
  readonly familyFirst?: boolean;
}

const w = (s: string): string[] => s.split('|');
const CULTURES: Record<string, Culture> = {
  us: { given: w('James|Mary|Will|Bill|Grant|Hope|Rose|Guy|May|Faith|Chase|Hunter|Dawn|Joy|Mark|Frank|Penny|Summer|Brooke|Tyler|Kayla|Dustin|Shawn|Destiny|Earl'), family: w('Miller|Johnson|Baker|Price|Banks|Cash|Bond|Sterling|Young|Little|King|Hill|Rich|Noble|Sharp|Carpenter|Whitfield|Dunmore|Haskins|Pruitt|Goodnight|Mayweather|Goodman|Story|Law|Bishop|Church|Fox|Wolf|Best|Moody|Strong') },
  uk: { given: w('Oliver|Harriet|Rupert|Imogen|Nigel|Gemma|Callum|Poppy|Alfie|Nell|Clive|Bryony'), family: w('Ashworth|Pemberton|Hargreaves|Thwaite|Blackwood|Fenwick|Cartwright|Oakes|Wren|Marsh|Penhaligon') },
  ie: { given: w('Siobhán|Ciarán|Aoife|Niamh|Oisín|Saoirse|Pádraig|Róisín|Cormac|Darragh'), family: w("O'Sullivan|McGrath|Keane|Fitzgerald|Nolan|Ó Súilleabháin|Doherty|Brennan|Kavanagh|Hegarty") },
  sc: { given: w('Hamish|Isla|Fraser|Morag|Ewan'), family: w('MacLeod|Drummond|Buchanan|Robertson|Sinclair') },
  de: { given: w('Jürgen|Anneliese|Maximilian|Friederike|Lukas|Henrike|Till|Jonas|Ute|Wolfgang|Gesine|Detlef'), family: w('Müller|Schröder|Weißenborn|Hoffmann|Krüger|Vogel|Brandt|Zimmermann|Kessler|Engel|Fuchs|Wagner|Sommer') },
  ch: { given: w('Florian|Vreni|Urs|Reto|Seraina|Beat'), family: w('Gerber|Brunner|Huber|Oberholzer|Steiner|Tschudi') },
  fr: { given: w('Amélie|Théo|Margaux|Benoît|Clémence|Étienne|Océane|Loïc|Solène|Gaspard|Aimé'), family: w('Lefèvre|Dubois|Moreau|Girard|Rousseau|Fontaine|Chevalier|Lambert|Marchand|Bonnet|Blanc') },
  es: { given: w('Iñaki|Lucía|Álvaro|Nerea|Rocío|Joaquín|Itziar|Sergio|Pilar|Begoña|Modesto'), family: w('Fernández|Etxeberria|Ruiz|Navarro|Castillo|Iglesias|Ortega|Serrano|Vidal|Moreno') },
  mx: { given: w('Guadalupe|Xóchitl|Ximena|Jesús|Dulce|Rosario|Ernesto|Maricela|Consuelo|Esperanza|Amparo|Milagros'), family: w('Hernández|Ramírez|Villanueva|Salazar|Zúñiga|Ochoa|Cervantes|Delgado|Padilla|Treviño') },
  pt: { given: w('João|Conceição|Thiago|Graça|Luana|Rafaela|Gonçalo|Vitória|Caio|Iara|Glória'), family: w('Gonçalves|Carvalho|Azevedo|Magalhães|Figueiredo|Pereira|Nascimento|Sousa|Barbosa|Rocha') },
  it: { given: w('Giuseppe|Chiara|Lorenzo|Benedetta|Matteo|Ilaria|Gianluca|Serena|Fabrizio|Ottavia|Felice'), family: w('Esposito|Bianchi|Russo|Ferraro|Colombo|Marchetti|De Luca|Galli|Fontana|Conti') },
  nl: { given: w('Sander|Femke|Joost|Marieke|Bram|Lieke|Wouter|Sanne|Daan'), family: w('de Vries|van den Berg|Jansen|Bakker|Visser|Smit|van Dijk|Meijer|de Graaf') },
  pl: { given: w('Małgorzata|Krzysztof|Agnieszka|Wojciech|Zofia|Grzegorz|Katarzyna|Jędrzej'), family: w('Kowalczyk|Wiśniewska|Nowak|Zieliński|Szymańska|Wójcik|Lewandowski|Dąbrowska') },
  cz: { given: w('Jiří|Radka|Vojtěch|Zdeňka'), family: w('Dvořák|Procházková|Novotný|Černá') },
  no: { given: w('Sigrid|Bjørn|Ingrid|Magnus|Astrid|Leif|Freja|Henrik|Solveig|Torbjörn'), family: w('Lindqvist|Johansson|Haugen|Bergström|Nyström|Solberg|Dahl|Sandvik|Åberg') },
  fi: { given: w('Aino|Juha|Eveliina|Tuomas'), family: w('Virtanen|Korhonen|Mäkinen|Heikkilä') },
  gr: { given: w('Eleni|Dimitrios|Panagiota|Konstantinos|Sofia|Georgios'), family: w('Papadopoulos|Karagiannis|Oikonomou|Vlachou|Georgiou') },
  tr: { given: w('Emre|Elif|Burak|Zeynep|Mehmet|Ayşe|Oğuz|Gülşen'), family: w('Yılmaz|Demir|Çelik|Şahin|Aydın|Öztürk|Kılıç|Arslan') },
  ar: { given: w('Said|Fatima|Omar|Layla|Youssef|Noor|Khalid|Mariam|Hamza|Amal'), family: w('Al-Mansouri|Haddad|El Amrani|Nasser|Khoury|Bensaïd|Al-Rashid|Saleh|Al Zaabi') },
  fa: { given: w('Dariush|Shirin|Kourosh|Parisa|Arash|Roya'), family: w('Tehrani|Hosseini|Karimi|Rahimi|Farahani') },
  he: { given: w('Yael|Avi|Noa|Itai|Tamar'), family: w('Cohen|Levi|Mizrahi|Ben-David|Peretz') },
  in: { given: w('Priya|Arjun|Ananya|Rohan|Deepika|Vikram|Sunita|Aarav|Kavya|Rajesh|Lakshmi|Karthik'), family: w('Sharma|Iyer|Patel|Reddy|Gupta|Nair|Banerjee|Chatterjee|Deshpande|Kulkarni|Menon|Subramanian|Venkatesan') },
  pk: { given: w('Ayesha|Bilal|Farhan|Nusrat|Tanvir|Sadia'), family: w('Qureshi|Chaudhry|Siddiqui|Rahman|Hossain|Malik') },
  cn: { given: w('Wei|Xiuying|Jian|Lihua|Hao|Mei|Zhiwei|Yan'), family: w('Wang|Li|Zhang|Liu|Chen|Zhou|Huang|Xu'), familyFirst: true },
  jp: { given: w('Haruto|Yui|Sota|Aoi|Ren|Hina|Kenji|Sakura'), family: w('Sato|Suzuki|Takahashi|Watanabe|Ito|Nakamura|Kobayashi|Yamamoto') },
  kr: { given: w('Minjun|Seoyeon|Jiho|Hayoon|Dohyun|Jiwoo'), family: w('Kim|Lee|Park|Choi|Jung|Kang') },
  vn: { given: w('Anh|Minh|Thảo|Duc|Linh|Quang'), family: w('Nguyen|Tran|Le|Pham|Hoang|Vu'), familyFirst: true },
  ph: { given: w('Maricel|Jericho|Marites|Jun|Lourdes|Rodel'), family: w('Dela Cruz|Santos|Bautista|Villareal|Mendoza|Macaraeg') },
  ng: { given: w('Adebayo|Chiamaka|Oluwaseun|Ngozi|Emeka|Folake|Chinedu|Temitope|Blessing|Godwin'), family: w('Okafor|Adeyemi|Nwosu|Balogun|Okonkwo|Eze|Oyelaran') },
  gh: { given: w('Kwame|Ama|Kofi|Akosua|Yaw'), family: w('Mensah|Owusu|Boateng|Asante|Appiah') },
  ke: { given: w('Wanjiru|Otieno|Amani|Baraka|Zawadi|Abebe|Selam|Tsion|Dawit'), family: w('Kamau|Odhiambo|Mwangi|Njoroge|Achieng|Tesfaye|Bekele|Girma') },
  ru: { given: w('Dmitri|Oksana|Anastasia|Sergei|Yulia|Bohdan|Olena|Taras'), family: w('Ivanova|Petrenko|Kuznetsov|Shevchenko|Smirnova|Bondarenko|Volkov') },
  hu: { given: w('Zsófia|Levente|Ioana|Mihai|Bogdana'), family: w('Nagy|Kovács|Szabó|Popescu|Ionescu|Dumitrescu') },
  za: { given: w('Thandiwe|Sipho|Lerato|Pieter|Anri|Bongani'), family: w('Nkosi|Van der Merwe|Dlamini|Botha|Mokoena|Pretorius') },
  th: { given: w('Somchai|Siriporn|Nattapong|Kanya|Prasert'), family: w('Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Suwannarat') },
  id: { given: w('Budi|Sari|Agus|Dewi|Wahyu'), family: w('Santoso|Wijaya|Hidayat|Kusuma|Saputra') },
  hr: { given: w('Ivana|Luka|Marija|Tomislav'), family: w('Horvat|Babić|Jurić|Kovačević|Marić') },
  pe: { given: w('Wilmer|Yessenia|Nilo|Edith'), family: w('Quispe|Mamani|Huamán|Condori|Choque') },
};

/** Counts of the pools (exported for inspection). */
export const INDEPENDENT30_NAME_POOL_SIZES = {
  given: new Set(Object.values(CULTURES).flatMap((c) => c.given)).size,
  family: new Set(Object.values(CULTURES).flatMap((c) => c.family)).size,
  cultures: Object.keys(CULTURES).length,
};

interface Person {
  readonly given: string;
  readonly family: string;
  /** Given + family, or family + given where the culture writes it so. */
  readonly full: string;
  readonly cult: string;
}

function person(r: Rng, cults?: readonly string[]): Person {
  const key = cults && cults.length > 0 && r.chance(0.8) ? r.pick(cults) : r.pick(Object.keys(CULTURES));
  const c = CULTURES[key];
  if (!c) throw new Error(`unknown culture ${key}`);
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  return { given, family, full: c.familyFirst ? `${family} ${given}` : `${given} ${family}`, cult: key };
}

/** A written variant of a name (never empty, no honorific). */
function nameVar(r: Rng, p: Person, forms = 'fffcrilgs'): string {
  switch (r.pick([...forms])) {
    case 'c':
      return p.full.toUpperCase();
    case 'r':
      return `${p.family}, ${p.given}`;
    case 'i':
      return `${p.given.charAt(0)}. ${p.family}`;
    case 'l':
      return p.full.toLowerCase();
    case 'g':
      return p.given;
    case 's':
      return p.family;
    default:
      return p.full;
  }
}

const HON: Record<string, readonly string[]> = {
  en: ['Mr. ', 'Mrs. ', 'Ms. ', 'Dr. ', 'Mr ', 'Ms ', 'Mx. '],
  de: ['Herr ', 'Frau ', 'Dr. '],
  fr: ['M. ', 'Mme ', 'Maître '],
  es: ['Sr. ', 'Sra. ', 'D.ª ', 'don '],
  pt: ['Sr. ', 'Sra. ', 'Dona '],
  it: ['Sig. ', 'Sig.ra ', 'Dott. '],
  nl: ['dhr. ', 'mevr. '],
};

// ---------------------------------------------------------------- generic helpers

const pad = (n: number, k = 2): string => String(n).padStart(k, '0');
const strip = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const MAIL_DOMAINS = w('gmail.com|outlook.com|yahoo.com|icloud.com|hotmail.co.uk|gmx.de|web.de|orange.fr|libero.it|proton.me|yahoo.co.jp|naver.com|uol.com.br|fastmail.com|hey.com|t-online.de|bluewin.ch|wp.pl|free.fr|aol.com');
const BANK_DOMAINS = w('northmere-bank.com|halvard.co.uk|banco-sierraluz.es|kestrelwealth.com|credit-lys.fr|brightwater-cu.org|orelia-privatbank.ch|tidewell.com.au|pinecrest-lending.com|veldhoven-bank.nl|sunvale-finance.in|ardent-securities.com');

function email(r: Rng, p: Person): string {
  const g = strip(p.given) || 'client';
  const f = strip(p.family) || 'mail';
  const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${r.int(1, 99)}`, `${g}${r.int(1960, 2005)}`, `${f}${g.charAt(0)}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}
const roleEmail = (r: Rng): string =>
  `${r.pick(w('support|disputes|kyc|onboarding|collections|wires|fraud.ops|wealth.desk|mortgages|noreply|compliance|estates'))}@${r.pick(BANK_DOMAINS)}`;
const staffEmail = (r: Rng, p: Person): string => `${strip(p.given)}.${strip(p.family)}@${r.pick(BANK_DOMAINS)}`;

const DIGIT_WORDS = w('zero|one|two|three|four|five|six|seven|eight|nine');
function spokenDigits(r: Rng, digits: string): string {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits.charAt(i));
    if (i + 1 < digits.length && digits.charAt(i + 1) === digits.charAt(i) && r.chance(0.5)) {
      out.push(`double ${DIGIT_WORDS[d]}`);
      i++;
    } else out.push(d === 0 && r.chance(0.5) ? 'oh' : (DIGIT_WORDS[d] as string));
  }
  return out.join(' ');
}

function ymdRecent(r: Rng): [number, number, number] {
  return [r.int(2022, 2025), r.int(1, 12), r.int(1, 28)];
}
function ymdBirth(r: Rng): [number, number, number] {
  return [r.int(1938, 2004), r.int(1, 12), r.int(1, 28)];
}

const MONTHS: Record<string, readonly string[]> = {
  en: w('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: w('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: w('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: w('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  pt: w('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  it: w('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  nl: w('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  pl: w('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
};
const mon = (lang: string, m: number): string => (MONTHS[lang] as readonly string[])[m - 1] as string;
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date written the way a country writes it. */
function fmtDate(r: Rng, cc: string, [y, m, d]: [number, number, number]): string {
  switch (cc) {
    case 'US':
      return r.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`]);
    case 'CA':
    case 'SE':
      return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`, `${mon('en', m)} ${d}, ${y}`]);
    case 'DE':
    case 'AT':
    case 'CH':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${mon('de', m)} ${y}`]);
    case 'PL':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon('pl', m)} ${y} r.`]);
    case 'TR':
    case 'NO':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'FR':
    case 'BE':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`]);
    case 'PT':
    case 'BR':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'IT':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]);
    case 'NL':
      return r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'JP':
      if (y <= 1988 && r.chance(0.3)) return `昭和${y - 1925}年${m}月${d}日`;
      return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    case 'CN':
      return `${y}年${m}月${d}日`;
    default:
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${ord(d)} ${mon('en', m)} ${y}`, `${pad(d)}-${mon('en', m).slice(0, 3)}-${y}`]);
  }
}

// ---------------------------------------------------------------- phones and addresses by country

const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const PHONES: Record<string, (r: Rng) => string> = {
  US: (r) => {
    const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
    const b = `${r.int(2, 9)}${r.digits(2)}`;
    const c = r.digits(4);
    return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `+1 (${a}) ${b}-${c}`]);
  },
  UK: (r) => r.pick([`07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `0161 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, `+44 (0)1632 ${r.digits(6)}`]),
  IE: (r) => r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.pick(['3', '5', '7'])} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`]),
  DE: (r) => r.pick([`+49 ${r.pick(['30', '89', '40', '221', '69'])} ${nz(r, 8)}`, `01${r.pick(['51', '52', '60', '70', '76'])} ${nz(r, 8)}`, `030 / ${nz(r, 7)}`, `+49 (0)1${r.pick(['57', '62', '73'])} ${r.digits(3)} ${r.digits(4)}`]),
  AT: (r) => r.pick([`+43 664 ${nz(r, 7)}`, `0676 ${r.digits(3)} ${r.digits(4)}`, `01 ${nz(r, 7)}`]),
  CH: (r) => r.pick([`+41 7${r.pick(['6', '8', '9'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  FR: (r) => {
    const g = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    return r.pick([`06 ${g()}`, `07 ${g()}`, `+33 6 ${g()}`, `01 ${g()}`, `+33 (0)7 ${g()}`]);
  },
  BE: (r) => r.pick([`+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  ES: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  MX: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 81 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`]),
  PT: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
  BR: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`, `+55 (47) 9${r.digits(4)}-${r.digits(4)}`]),
  IT: (r) => r.pick([`+39 3${r.int(20, 49)} ${r.digits(3)} ${r.digits(4)}`, `3${r.int(20, 49)} ${r.digits(7)}`, `02 ${r.digits(4)} ${r.digits(4)}`, `06 ${r.digits(8)}`]),
  NL: (r) => r.pick([`06-${nz(r, 8)}`, `+31 6 ${nz(r, 8)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  PL: (r) => r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]),
  SE: (r) => r.pick([`07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.pick(['0', '3', '6'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  NO: (r) => r.pick([`+47 9${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `4${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
  TR: (r) => r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0 (5${r.digits(2)}) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  IN: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `098${r.digits(3)} ${r.digits(5)}`, `+91-7${r.digits(9)}`, `080-${r.int(2, 6)}${r.digits(7)}`]),
  JP: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
  KR: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10 ${r.digits(4)} ${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
  CN: (r) => r.pick([`+86 13${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `139 ${r.digits(4)} ${r.digits(4)}`]),
  AU: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `+61 3 ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`]),
  CA: (r) => r.pick([`(${r.pick(['416', '604', '514', '403', '613'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `+1 ${r.pick(['647', '778', '438'])}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]),
  SG: (r) => r.pick([`+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`, `${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`, `6${r.digits(3)} ${r.digits(4)}`]),
  AE: (r) => r.pick([`+971 5${r.pick(['0', '2', '5', '6'])} ${r.digits(3)} ${r.digits(4)}`, `05${r.pick(['0', '5'])}-${r.digits(3)}-${r.digits(4)}`, `+971 4 ${r.digits(3)} ${r.digits(4)}`]),
  SA: (r) => r.pick([`+966 5${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `05${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`]),
  NG: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `+234 (0)70${r.int(3, 8)} ${r.digits(3)} ${r.digits(4)}`]),
  ZA: (r) => r.pick([`08${r.int(2, 4)} ${r.digits(3)} ${r.digits(4)}`, `+27 ${r.pick(['82', '72', '61'])} ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
  PH: (r) => r.pick([`+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`]),
  KE: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(6)}`]),
};
const phone = (r: Rng, cc: string): string => (PHONES[cc] ?? (PHONES.US as (r: Rng) => string))(r);

const US_CITIES = w('Columbus, OH 432|Tacoma, WA 984|Raleigh, NC 276|Boise, ID 837|Scranton, PA 185|Tulsa, OK 741|Fresno, CA 937|Dayton, OH 454|Lansing, MI 489|Mobile, AL 366|Provo, UT 846|Albany, NY 122|Savannah, GA 314|Madison, WI 537|Lubbock, TX 794|Eugene, OR 974|Worcester, MA 016|Hartford, CT 061|Des Moines, IA 503|Reno, NV 895');
const US_STREETS = w('Larkspur Ave|Birchwood Dr|Old Mill Rd|Quarry Ln|Magnolia Blvd|Sycamore Ct|Kettle Creek Rd|Prairie View Dr|Harbor Pointe Way|N Lamar St|W 48th St|Juniper Hollow Ln|Cedar Bluff Rd|Orchard Park Cir|E Ridgewood Ave|Tamarack Trl');
const UK_PLACES = w('Hove|BN3|Leeds|LS6|Bristol|BS7|Norwich|NR2|Harrogate|HG1|Exeter|EX4|York|YO24|Sheffield|S11|Cardiff|CF14|Glasgow|G12|Stockport|SK4|Reading|RG1');
const UK_STREETS = w('Pevensey Road|Granby Terrace|Hawthorn Close|Marlowe Crescent|Quayside Mews|Ashgrove Avenue|Beckett Lane|Millbrook Gardens|Station Approach|Coppice Way');
const DE_PLACES = w('10115 Berlin|80331 München|50667 Köln|20095 Hamburg|04109 Leipzig|70173 Stuttgart|28195 Bremen|01067 Dresden|90402 Nürnberg|60311 Frankfurt am Main');
const DE_STREETS = w('Lindenstraße|Am Mühlbach|Kastanienallee|Hauptstr.|Gartenweg|Schillerplatz|Bergmannstraße|Rosenweg|Heidekamp|Uhlandstraße');

/** A postal address as lines, the way the country writes it. */
const ADDRS: Record<string, (r: Rng) => string[]> = {
  US: (r) => {
    const [city, zp] = (r.pick(US_CITIES) as string).split(/ (?=\d{3}$)/) as [string, string];
    const street = `${r.int(12, 9899)} ${r.pick(US_STREETS)}${r.chance(0.35) ? r.pick([`, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, ` Unit ${r.int(100, 999)}`, `, Suite ${r.int(100, 450)}`]) : ''}`;
    const last = `${city} ${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
    return r.chance(0.15) ? [`PO Box ${r.int(100, 99999)}`, last] : [street, last];
  },
  UK: (r) => {
    const i = r.int(0, UK_PLACES.length / 2 - 1) * 2;
    const pc = `${UK_PLACES[i + 1]} ${r.int(1, 9)}${r.pick(w('AB|DX|HT|QP|NW|JR|EL|UZ'))}`;
    const lines = [`${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 220)} ${r.pick(UK_STREETS)}`, UK_PLACES[i] as string, pc];
    return lines;
  },
  IE: (r) => [`${r.int(1, 120)} ${r.pick(w('Glenageary Park|Seafield Road|Castle Avenue|Rathgar Villas|Ballinlough Road'))}`, r.pick(w('Dún Laoghaire|Clontarf|Douglas|Salthill|Ranelagh')), `Co. ${r.pick(w('Dublin|Cork|Galway'))} ${r.pick(w('A96|D03|T12|H91|D06'))} ${r.pick(w('X2K7|F6R1|PX20|C9W3|Y8N4'))}`],
  DE: (r) => [`${r.pick(DE_STREETS)} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, r.pick(DE_PLACES)],
  AT: (r) => [`${r.pick(w('Mariahilfer Straße|Hauptplatz|Salzachgasse|Lerchenfelder Gürtel'))} ${r.int(1, 99)}/${r.int(1, 20)}`, r.pick(w('1070 Wien|5020 Salzburg|8010 Graz|6020 Innsbruck'))],
  CH: (r) => [`${r.pick(w('Bahnhofstrasse|Seefeldstrasse|Rue du Rhône|Via Nassa|Spalenberg'))} ${r.int(1, 90)}`, r.pick(w('8001 Zürich|1204 Genève|6900 Lugano|4051 Basel|3011 Bern'))],
  FR: (r) => [`${r.int(1, 88)}${r.pick(['', '', ' bis'])} ${r.pick(w('rue des Tanneurs|avenue Jean-Jaurès|boulevard de la Liberté|impasse des Lilas|rue du Faubourg Saint-Antoine|quai de la Fosse'))}`, r.pick(w('69002 Lyon|75011 Paris|44000 Nantes|13006 Marseille|31000 Toulouse|59800 Lille'))],
  BE: (r) => [`${r.pick(w('Rue de la Loi|Meir|Avenue Louise|Kortrijksesteenweg'))} ${r.int(1, 200)}`, r.pick(w('1000 Bruxelles|2000 Antwerpen|9000 Gent|4000 Liège'))],
  ES: (r) => [`${r.pick(w('Calle de Alcalá|Carrer de Provença|Avenida de la Constitución|Calle Mayor|Paseo de Gracia'))} ${r.int(1, 300)}, ${r.int(1, 8)}º ${r.int(1, 4)}ª`, r.pick(w('28009 Madrid|08036 Barcelona|41001 Sevilla|46002 València|48001 Bilbao'))],
  MX: (r) => [`${r.pick(w('Av. Insurgentes Sur|Calle Durango|Av. Revolución|Calz. de Tlalpan'))} ${r.int(10, 3000)}, Col. ${r.pick(w('Roma Norte|Del Valle|Narvarte|Condesa'))}`, `${r.pick(w('06700|03100|03020|06140'))} Ciudad de México, CDMX`],
  PT: (r) => [`${r.pick(w('Rua Augusta|Avenida da Boavista|Travessa do Carmo|Rua de Santa Catarina'))}, ${r.int(1, 400)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`, r.pick(w('1100-053 Lisboa|4100-130 Porto|3000-150 Coimbra'))],
  BR: (r) => [`${r.pick(w('Rua Augusta|Av. Paulista|Rua das Laranjeiras|Rua XV de Novembro'))}, ${r.int(10, 2500)}, apto ${r.int(11, 184)}`, `${r.pick(w('Consolação, São Paulo - SP|Laranjeiras, Rio de Janeiro - RJ|Centro, Curitiba - PR'))}`, `${r.digits(5)}-${r.digits(3)}`],
  IT: (r) => [`${r.pick(w('Via dei Mille|Corso Vittorio Emanuele II|Via Roma|Piazza della Repubblica|Viale Monza'))} ${r.int(1, 220)}`, r.pick(w('20121 Milano MI|00185 Roma RM|80134 Napoli NA|10123 Torino TO|40126 Bologna BO'))],
  NL: (r) => [`${r.pick(w('Keizersgracht|Oudegracht|Hoofdweg|Laan van Meerdervoort|Kerkstraat'))} ${r.int(1, 400)}${r.pick(['', '-II', ' A', ' bis'])}`, `${r.int(1011, 9999)} ${r.pick(w('DZ|KL|AB|RT|VX'))} ${r.pick(w('Amsterdam|Utrecht|Den Haag|Rotterdam|Groningen'))}`],
  PL: (r) => [`ul. ${r.pick(w('Długa|Piotrkowska|Marszałkowska|Floriańska|Świętojańska'))} ${r.int(1, 150)}/${r.int(1, 40)}`, r.pick(w('00-238 Warszawa|90-406 Łódź|31-019 Kraków|81-388 Gdynia'))],
  SE: (r) => [`${r.pick(w('Storgatan|Drottninggatan|Kungsvägen|Linnégatan'))} ${r.int(1, 90)}`, r.pick(w('114 51 Stockholm|411 38 Göteborg|211 22 Malmö|752 20 Uppsala'))],
  NO: (r) => [`${r.pick(w('Storgata|Bygdøy allé|Kirkeveien|Strandgaten'))} ${r.int(1, 90)}`, r.pick(w('0182 Oslo|5003 Bergen|7011 Trondheim'))],
  TR: (r) => [`${r.pick(w('Bağdat Cad.|İstiklal Cad.|Atatürk Bulvarı|Cumhuriyet Mah. Gül Sok.'))} No: ${r.int(1, 180)} D: ${r.int(1, 24)}`, r.pick(w('34710 Kadıköy/İstanbul|06420 Çankaya/Ankara|35220 Konak/İzmir'))],
  IN: (r) => [`Flat ${r.int(101, 1204)}, ${r.pick(w('Sai Residency|Prestige Lakeside|Shanti Kunj|Green Glen Apartments'))}, ${r.pick(w('14th Cross, Indiranagar|Linking Road, Bandra West|Sector 62|Anna Salai, Teynampet'))}`, r.pick(w('Bengaluru 560038|Mumbai 400050|Noida, Uttar Pradesh 201309|Chennai 600018'))],
  JP: (r) => [`〒${r.int(100, 990)}-${r.digits(4)} ${r.pick(w('東京都渋谷区神南|大阪府大阪市北区梅田|神奈川県横浜市中区山下町|京都府京都市左京区'))}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`],
  KR: (r) => [`${r.pick(w('서울특별시 강남구 테헤란로|부산광역시 해운대구 센텀중앙로|서울특별시 마포구 월드컵북로'))} ${r.int(1, 400)}, ${r.int(101, 1504)}호`],
  AU: (r) => [`${r.chance(0.4) ? `Unit ${r.int(1, 40)}, ` : ''}${r.int(1, 300)} ${r.pick(w('Wattle Street|Banksia Crescent|Bourke Road|Jacaranda Avenue|Esplanade'))}`, r.pick(w('Fitzroy VIC 3065|Surry Hills NSW 2010|West End QLD 4101|Subiaco WA 6008|Glenelg SA 5045'))],
  CA: (r) => [`${r.int(10, 9000)} ${r.pick(w('Rue Sainte-Catherine O|Bloor St W|Granville St|Jasper Ave|Rideau St'))}${r.chance(0.3) ? `, Unit ${r.int(100, 2500)}` : ''}`, r.pick(w('Montréal QC H3B 1A7|Toronto ON M5S 1V6|Vancouver BC V6Z 1L2|Edmonton AB T5J 0N3|Ottawa ON K1N 5Y3'))],
  SG: (r) => [`Blk ${r.int(100, 899)} ${r.pick(w('Ang Mo Kio Ave 3|Tampines St 21|Bedok North Rd|Jurong West St 52'))}, #${pad(r.int(2, 20))}-${r.int(100, 1500)}`, `Singapore ${r.int(310000, 680000)}`],
  AE: (r) => [`Apartment ${r.int(101, 4505)}, ${r.pick(w('Marina Heights Tower|Al Reem Residences|Creek Vista Building'))}`, r.pick(w('Dubai Marina, Dubai|Al Reem Island, Abu Dhabi|Al Jaddaf, Dubai')), 'United Arab Emirates'],
  SA: (r) => [`${r.int(1000, 9999)} ${r.pick(w('King Fahd Rd|Prince Sultan St|Olaya St'))}, ${r.pick(w('Al Olaya|Al Rawdah|Al Malqa'))}`, `${r.pick(w('Riyadh|Jeddah'))} ${r.int(11000, 23999)}, Saudi Arabia`],
  NG: (r) => [`${r.chance(0.5) ? `Plot ${r.int(1, 90)}, ` : `${r.int(1, 60)} `}${r.pick(w('Admiralty Way|Adeola Odeku Street|Aminu Kano Crescent|Allen Avenue'))}`, r.pick(w('Lekki Phase 1, Lagos|Victoria Island, Lagos|Wuse II, Abuja|Ikeja, Lagos'))],
  ZA: (r) => [`${r.int(1, 200)} ${r.pick(w('Jacaranda Street|Long Street|Oxford Road|Voortrekker Road'))}`, r.pick(w('Menlo Park|Gardens|Rosebank|Bellville')), r.pick(w('Pretoria 0081|Cape Town 8001|Johannesburg 2196|Cape Town 7530'))],
  PH: (r) => [`${r.int(1, 300)} ${r.pick(w('Kalayaan Ave|Mabini St|Rizal Ave Extension'))}, Brgy. ${r.pick(w('Poblacion|San Isidro|Malate'))}`, r.pick(w('Makati City 1210, Metro Manila|Quezon City 1101|Cebu City 6000'))],
  KE: (r) => [`${r.pick(w('Ngong Road|Kiambu Road|Moi Avenue'))}, ${r.pick(w('Kilimani|Ridgeways|Westlands'))}`, `P.O. Box ${r.int(100, 99999)}-00${r.int(100, 700)}, Nairobi`],
  CN: (r) => [`${r.pick(w('上海市浦东新区世纪大道|北京市朝阳区建国路|广州市天河区珠江新城华夏路'))}${r.int(1, 300)}号${r.int(1, 30)}楼${r.int(101, 2505)}室`],
};
const addrLines = (r: Rng, cc: string): string[] => (ADDRS[cc] ?? (ADDRS.US as (r: Rng) => string[]))(r);
/** One-line form, joined with commas (a country name sometimes appended). */
function addr1(r: Rng, cc: string, country?: string): string {
  const s = addrLines(r, cc).join(', ');
  return country && r.chance(0.3) ? `${s}, ${country}` : s;
}
const addrN = (r: Rng, cc: string): string => addrLines(r, cc).join('\n');

// ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

function luhnComplete(prefix: string, len: number, r: Rng): string {
  let s = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(s + String(c))) return s + String(c);
  s += '0';
  return s;
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 15);
  if (k < 6) return luhnComplete('4' + r.digits(1), r.chance(0.06) ? 19 : 16, r);
  if (k < 9) return luhnComplete(r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720)), 16, r);
  if (k < 11) return luhnComplete(r.pick(['34', '37']), 15, r);
  if (k === 11) return luhnComplete(r.pick(['6011', '65', '644', '647']), 16, r);
  if (k === 12) return luhnComplete(String(r.int(3528, 3589)), 16, r);
  if (k === 13) return luhnComplete(r.pick(['36', '38', '300', '305']), 14, r);
  if (k === 14) return luhnComplete('62' + r.digits(2), r.chance(0.3) ? 19 : 16, r);
  return luhnComplete('4' + r.digits(2), 13 + (r.chance(0.8) ? 3 : 0), r);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  if (sep === '') return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) as string[]).join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-shaped number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(3)} •••• •••• ${r.digits(4)}`, `${r.int(51, 55)}${r.digits(4)}******${r.digits(4)}`]);

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += UPPER.charAt(r.int(0, 25));
  return s;
};
/** BBAN shapes: letters at the head for the countries that use a bank code in letters. */
const BBAN_LETTERS: Record<string, number> = { GB: 4, NL: 4, IE: 4, MT: 4, BG: 4, LV: 4, RO: 4, QA: 4, KW: 4, IT: 0 };
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] as number;
  const nl = BBAN_LETTERS[cc] ?? 0;
  let bban = letters(r, nl) + r.digits(len - 4 - nl);
  if (cc === 'IT') bban = letters(r, 1) + r.digits(10) + r.digits(len - 4 - 11);
  const numeric = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const iban = cc + pad(98 - rem) + bban;
  if (!ibanMod97Valid(iban)) throw new Error('iban');
  return iban;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k < 6) return (c.match(/.{1,4}/g) as string[]).join(' ');
  if (k < 8) return c;
  if (k === 8) return c.toLowerCase();
  return (c.match(/.{1,4}/g) as string[]).join(' ').toLowerCase();
}
const iban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));
/** Wrong check digits (or a wrong length): an invalid IBAN. */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  if (r.chance(0.3)) return groupIban(r, c.slice(0, -1));
  const ck = Number(c.slice(2, 4));
  const bad = cc + pad(((ck + r.int(1, 90) - 2) % 97) + 2) + c.slice(4);
  return groupIban(r, ibanMod97Valid(bad) ? c.slice(0, -2) : bad);
}

function ssn(r: Rng, sepPick?: string): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const sep = sepPick ?? r.pick(['-', '-', '-', ' ', '']);
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99))}${sep}${pad(r.int(1, 9999), 4)}`;
}
/** An ITIN (9xx) or an impossible SSN: unlabelled. */
const badSsn = (r: Rng): string => r.pick([`9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${pad(r.int(1, 99))}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);

function ipv4(r: Rng): string {
  const a = r.pick([r.int(11, 99), r.int(101, 126), r.int(128, 191), r.int(193, 223), 81, 86, 185, 203, 198, 172, 10, 192]);
  if (a === 192) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (a === 10) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:8109', '2600:1700', '2804:14c', '2409:40c0', '2a01:cb00', 'fe80:']);
  if (pre === 'fe80:') return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (r.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}`;
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));
/** Appends an IP with an optional port (port and brackets outside the label). */
function ipPort(d: Doc, r: Rng): void {
  const v = ip(r);
  if (r.chance(0.3)) {
    if (v.includes(':')) d.t('[').l('IP', v).t(`]:${r.int(1024, 65000)}`);
    else d.l('IP', v).t(`:${r.int(1024, 65000)}`);
  } else d.l('IP', v);
}

// ---------------------------------------------------------------- distractors

const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const uetr = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const bic = (r: Rng, cc: string): string => `${letters(r, 4)}${cc}${letters(r, 2)}${r.chance(0.4) ? r.pick(['XXX', '2XX', 'MUC', 'LON']) : ''}`;
const caseNo = (r: Rng): string => r.pick([`CAS-${r.int(100000, 999999)}`, `DSP-${r.int(2023, 2025)}-${r.digits(6)}`, `INC${r.digits(7)}`, `FR-${letters(r, 2)}-${r.digits(5)}`, `#${r.int(1000000, 8999999)}`, `Ticket ${letters(r, 3)}-${r.digits(5)}`]);
const acctNo = (r: Rng): string => r.pick([`${r.int(1, 9)}${r.digits(9)}`, `****${r.digits(4)}`, `${r.digits(3)}-${r.digits(6)}-${r.digits(1)}`, `00${r.digits(8)}`]);
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
function routing(r: Rng): string {
  const d = [r.int(0, 3), r.int(0, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9)];
  const s = 3 * ((d[0] as number) + (d[3] as number) + (d[6] as number)) + 7 * ((d[1] as number) + (d[4] as number) + (d[7] as number)) + ((d[2] as number) + (d[5] as number));
  return d.join('') + String((10 - (s % 10)) % 10);
}
const money = (r: Rng, cur: string): string => {
  const n = r.int(12, 480000);
  const c = pad(r.int(0, 99));
  if (cur === '€' || cur === 'EUR') return r.chance(0.5) ? `${n.toLocaleString('de-DE')},${c} €` : `EUR ${n.toLocaleString('en-US')}.${c}`;
  return `${cur}${n.toLocaleString('en-US')}.${c}`;
};
const version = (r: Rng): string => r.pick([`v${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`, `${r.int(3, 17)}.${r.int(0, 9)}.${r.int(1, 20)}`, `build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 99)}.${r.int(100, 9999)}`, `iOS ${r.int(15, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`, `Android ${r.int(11, 15)}`]);
const ts = (r: Rng): string => {
  const [y, m, d] = ymdRecent(r);
  return `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
};
const EPONYMS = w("Parkinson's|Alzheimer's|Crohn's disease|Huntington's|Hodgkin lymphoma|Asperger's|Tourette's|Lou Gehrig's disease");
const BRANDS = w("Wells Fargo|Charles Schwab|Morgan Stanley|Goldman Sachs|Merrill|Edward Jones|Raymond James|Fannie Mae|Freddie Mac|Ally|Dow Jones|Barclays|Lloyds|Coutts|Rothschild & Co|Julius Baer|Lombard Odier|Siemens|Porsche|Ferrero|Ben & Jerry's|Trader Joe's|Wendy's|Dr. Martens|Tesla|Marriott|Hilton|Casper|Bosch|Ralph Lauren|Tommy Hilfiger|Hugo Boss|Calvin Klein|Jack Daniel's|Mrs. Fields|Sotheby's|Christie's|Disney|McKinsey|Deloitte|Ernst & Young");
const LAWS = w('Dodd-Frank Act|Sarbanes-Oxley|Glass-Steagall|Gramm-Leach-Bliley Act|Volcker Rule|Truth in Lending Act|Fair Credit Reporting Act|Regulation E|Regulation Z|Basel III|MiFID II|PSD2');
const EPON_MODELS = w('Black-Scholes|Sharpe ratio|Monte Carlo simulation|Fibonacci retracement|Bollinger Bands|Kelly criterion|Gini coefficient|Markowitz frontier');
const PLACES = w('Lincoln Park|Washington Square|King Street|Victoria Station|St. Louis|Fort Worth|San Diego|Port Elizabeth|Prince Albert|Mount Pleasant|Martin Luther King Jr. Blvd|Marylebone|Jefferson City');
const PETS = w('Biscuit|Max|Bella|Luna|Rocky|Pepper|Winston|Churchill|Duke|Mabel');
const STORMS = w('Hurricane Helene|Storm Ciarán|Typhoon Haiyan|Hurricane Milton|Storm Babet|Cyclone Gabrielle');

// ---------------------------------------------------------------- country profiles

interface Prof {
  readonly cc: string;
  readonly ib: string;
  readonly lang: string;
  readonly cults: readonly string[];
  readonly country: string;
}
const P = (cc: string, ib: string, lang: string, cults: string, country: string): Prof => ({ cc, ib, lang, cults: w(cults), country });
const EU: readonly Prof[] = [
  P('DE', 'DE', 'de', 'de|tr|pl|gr', 'Germany'), P('AT', 'AT', 'de', 'de|hu|cz', 'Austria'), P('CH', 'CH', 'de', 'ch|de|it|fr', 'Switzerland'),
  P('FR', 'FR', 'fr', 'fr|ar|pt', 'France'), P('BE', 'BE', 'fr', 'fr|nl|ar', 'Belgium'), P('ES', 'ES', 'es', 'es|mx', 'Spain'),
  P('IT', 'IT', 'it', 'it', 'Italy'), P('NL', 'NL', 'nl', 'nl|tr|ar', 'Netherlands'), P('PT', 'PT', 'pt', 'pt', 'Portugal'),
  P('PL', 'PL', 'pl', 'pl|ru', 'Poland'), P('SE', 'SE', 'en', 'no|fi|fa', 'Sweden'), P('NO', 'NO', 'en', 'no', 'Norway'),
  P('IE', 'IE', 'en', 'ie|sc|pl', 'Ireland'), P('UK', 'GB', 'en', 'uk|sc|ie|in|pk|ng', 'United Kingdom'), P('TR', 'TR', 'en', 'tr', 'Türkiye'),
  P('AE', 'AE', 'en', 'ar|in|pk|ph', 'UAE'), P('SA', 'SA', 'en', 'ar', 'Saudi Arabia'),
];
const EN_WORLD: readonly Prof[] = [
  P('US', '', 'en', 'us|mx|cn|in|ng|ie|kr|vn|ph|he', 'USA'), P('US', '', 'en', 'us|us|mx|it|pl|gr', 'USA'), P('UK', 'GB', 'en', 'uk|sc|in|pk|ng|gh', 'UK'),
  P('CA', '', 'en', 'us|fr|cn|in|ph', 'Canada'), P('AU', '', 'en', 'uk|us|gr|vn|cn|it', 'Australia'), P('IE', 'IE', 'en', 'ie|pl', 'Ireland'),
  P('SG', '', 'en', 'cn|in', 'Singapore'), P('NG', '', 'en', 'ng', 'Nigeria'), P('ZA', '', 'en', 'za', 'South Africa'), P('IN', '', 'en', 'in', 'India'),
  P('KE', '', 'en', 'ke', 'Kenya'), P('PH', '', 'en', 'ph', 'Philippines'), P('AE', 'AE', 'en', 'ar|in|pk', 'UAE'),
];
const hon = (r: Rng, lang: string): string => r.pick(HON[lang] ?? (HON.en as readonly string[]));
const JOBS = w('nurse|software engineer|self-employed electrician|retired|teacher|dentist|HGV driver|accountant|pharmacist|restaurant owner|student|civil servant|architect|farmer|real-estate agent');
const FUNDS = w('salary|sale of property|inheritance|pension|business income|savings|gift from parent|crypto sale (declared)');
const AMT_CUR = (p: Prof): string => (p.cc === 'US' ? '$' : p.cc === 'UK' ? '£' : p.cc === 'CH' ? 'CHF ' : p.cc === 'AE' ? 'AED ' : p.cc === 'SA' ? 'SAR ' : p.cc === 'TR' ? 'TRY ' : p.cc === 'PL' ? 'PLN ' : p.cc === 'SE' ? 'SEK ' : p.cc === 'NO' ? 'NOK ' : p.cc === 'CA' ? 'CA$' : p.cc === 'AU' ? 'A$' : p.cc === 'IN' ? '₹' : p.cc === 'SG' ? 'S$' : p.cc === 'NG' ? '₦' : p.cc === 'ZA' ? 'R' : 'EUR');

/** An optional chat-log header carrying the session IP. */
function chatHead(d: Doc, r: Rng): void {
  if (!r.chance(0.35)) return;
  d.t(`[session ${hex(r, 8)} · ${ts(r)} · client ip `);
  ipPort(d, r);
  d.t(` · ${version(r)}]\n`);
}
/** A staff member named in a signature or chat prefix. */
function agent(d: Doc, r: Rng, cults?: readonly string[]): Person {
  const a = person(r, cults);
  d.l('PERSON', r.chance(0.7) ? a.given : a.full);
  return a;
}

type Tpl = (d: Doc, r: Rng) => void;

// ---------------------------------------------------------------- labelled templates

const TEMPLATES: Tpl[] = [
  // KYC, US
  (d, r) => {
    const p = person(r, w('us|mx|in|cn|ng|ie|kr'));
    d.t(`${r.pick(['KYC Onboarding — Individual Account', 'Customer Identification Program (CIP)', 'New account application: Know Your Customer'])}\nApplication ID: APP-${r.digits(8)}\nSubmitted ${ts(r)} from `).l('IP', ipv4(r));
    d.t('\n\nFull legal name: ').self(p.full).t('\nDate of birth: ').l('DOB', fmtDate(r, 'US', ymdBirth(r)));
    d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nResidential address: ').l('ADDRESS', addr1(r, 'US'));
    d.t('\nMobile: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\nEmployer: ${r.pick(BRANDS)}\nOccupation: ${r.pick(JOBS)}\nSource of funds: ${r.pick(FUNDS)}\nPolitically exposed: No\nID: driver license ${letters(r, 1)}${r.digits(7)}, expires ${fmtDate(r, 'US', [r.int(2026, 2031), r.int(1, 12), r.int(1, 28)])}\n`);
  },
  // KYC, Germany-style form
  (d, r) => {
    const p = person(r, w('de|tr|pl'));
    d.t(`Kontoeröffnung – Legitimationsprüfung (VideoIdent)\nVorgangsnummer: ${r.digits(4)}-${letters(r, 3)}-${r.digits(5)}\n\nName, Vorname: `).self(`${p.family}, ${p.given}`);
    d.t('\nGeburtsdatum: ').l('DOB', fmtDate(r, 'DE', ymdBirth(r))).t(`\nGeburtsort: ${r.pick(w('Bielefeld|İzmir|Kraków|Rostock|Kassel'))}\nAnschrift:\n`).l('ADDRESS', addrN(r, 'DE'));
    d.t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail: ').l('EMAIL', email(r, p));
    d.t(`\nSteuer-ID: ${r.int(1, 9)}${r.digits(10)}\nReferenzkonto (IBAN): `).l('IBAN', iban(r, 'DE'));
    d.t(`\nAusweis: Personalausweis ${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(5)}, gültig bis ${fmtDate(r, 'DE', [r.int(2026, 2033), r.int(1, 12), r.int(1, 28)])}\nPrüfer: `);
    agent(d, r, ['de']);
    d.t(`\nErgebnis: erfolgreich (${version(r)})\n`);
  },
  // mortgage application, US, with co-applicant
  (d, r) => {
    const a = person(r, w('us|it|pl|mx'));
    const b = person(r, w('us|in|kr|gr'));
    d.t(`Uniform Residential Loan Application — summary\nLoan #: ${r.digits(10)}  Lender: Pinecrest Lending  NMLS ${r.digits(6)}\n\nBorrower: `).self(a.full);
    d.t('  DOB ').l('DOB', fmtDate(r, 'US', ymdBirth(r))).t('  SSN ').l('NATIONAL_ID', ssn(r, '-'));
    d.t('\nCo-borrower: ').l('PERSON', b.full).t('  DOB ').l('DOB', fmtDate(r, 'US', ymdBirth(r))).t('  SSN ').l('NATIONAL_ID', ssn(r, '-'));
    d.t('\nCurrent address: ').l('ADDRESS', addr1(r, 'US')).t(` (${r.int(1, 14)} yrs, ${r.pick(['own', 'rent'])})`);
    d.t('\nSubject property: ').l('ADDRESS', addr1(r, 'US'));
    d.t(`\nPurchase price: ${money(r, '$')}  Loan amount: ${money(r, '$')}  Rate lock expires ${fmtDate(r, 'US', ymdRecent(r))}`);
    d.t('\nBorrower cell: ').l('PHONE', phone(r, 'US')).t('  Email: ').l('EMAIL', email(r, a));
    d.t(`\nEmployer EIN ${ein(r)}; Fannie Mae DU findings: Approve/Eligible\n`);
  },
  // mortgage, UK broker email
  (d, r) => {
    const a = person(r, w('uk|sc|in|pk'));
    const b = person(r, w('uk|ie|pl'));
    const br = person(r, ['uk']);
    d.t(`Subject: DIP for `).l('PERSON', `${a.given.charAt(0)}. ${a.family}`).t(` — remortgage\n\nHi team,\n\nPlease find the decision-in-principle details for my client `).l('PERSON', a.full).t(` (DOB `).l('DOB', fmtDate(r, 'UK', ymdBirth(r)));
    d.t(`) and partner `).l('PERSON', b.given).t(' (').l('DOB', fmtDate(r, 'UK', ymdBirth(r))).t(`).\nSecurity address:\n`).l('ADDRESS', addrN(r, 'UK'));
    d.t(`\nEstimated value £${r.int(180, 950)},000, current lender Halvard, product fee added. NI number ${letters(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])} supplied separately.\nSort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}.\n\nMany thanks,\n`).l('PERSON', br.full);
    d.t(`\nMortgage Adviser, Hargate Financial\n`).l('PHONE', phone(r, 'UK')).t(' | ').l('EMAIL', staffEmail(r, br)).t('\n');
  },
  // wire recall chat
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.ib !== ''));
    const p = person(r, pf.cults);
    const ben = person(r, r.pick([['ng'], ['cn'], ['ru'], pf.cults]));
    const ag = person(r);
    chatHead(d, r);
    d.t('Agent ').l('PERSON', ag.given).t(`: Thanks for contacting wire support. Can I have your name please?\nCustomer: `).self(p.full);
    d.t(`\nCustomer: I sent ${money(r, AMT_CUR(pf))} on ${fmtDate(r, pf.cc, ymdRecent(r))} to `).l('IBAN', iban(r, r.pick(['DE', 'LT', 'PL', 'ES', 'NL', 'BE'])));
    d.t(`, beneficiary name `).l('PERSON', ben.full.toUpperCase()).t(`. It was an invoice scam, the "supplier" e-mail came from `).l('EMAIL', email(r, ben));
    d.t(`\nAgent `).l('PERSON', ag.given).t(`: I'm sorry to hear that. I've raised a recall (UETR ${uetr(r)}). The beneficiary bank may take 10 business days. Is `).l('PHONE', phone(r, pf.cc)).t(` still the best number?\nCustomer: yes\n`);
  },
  // chargeback email
  (d, r) => {
    const pf = r.pick(EN_WORLD);
    const p = person(r, pf.cults);
    const masked = r.chance(0.35);
    d.t(`From: `).l('EMAIL', email(r, p)).t(`\nTo: `).l('EMAIL', roleEmail(r)).t(`\nSubject: Dispute - charge I didn't make\n\nHello,\n\nThere is a charge of ${money(r, AMT_CUR(pf))} from "${r.pick(BRANDS).toUpperCase()} ONLINE" on ${fmtDate(r, pf.cc, ymdRecent(r))} that I never authorised. My card is `);
    if (masked) d.t(maskedCard(r));
    else d.l('CARD', card(r));
    d.t(` (I still have it, it was not lost). The merchant reference is ${caseNo(r)}. I already called and spoke to `).l('PERSON', person(r).given).t(` who said to email you.\n\nPlease call me on `).l('PHONE', phone(r, pf.cc));
    d.t(` if you need anything.\n\nRegards,\n`).self(p.full).t('\n');
  },
  // fraud back-office note with logins
  (d, r) => {
    const p = person(r, w('us|uk|in|ng|cn'));
    d.t(`FRAUD OPS NOTE ${caseNo(r)}\nCustomer: `).l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`).t(` | CIF ${r.digits(9)}\nTrigger: new payee + high-value transfer within 5 min of login\nLogin history:\n`);
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      d.t(`  ${ts(r)}  `);
      ipPort(d, r);
      d.t(`  ${r.pick(['Chrome 124', 'Safari 17.4', 'okhttp/4.12.0', 'MobileApp ' + version(r)])}  ${r.pick(['OK', 'OK', 'MFA fail', 'OTP ok'])}\n`);
    }
    d.t(`Contact on file: `).l('EMAIL', email(r, p)).t(' / ').l('PHONE', phone(r, r.pick(['US', 'UK', 'IN', 'NG'])));
    d.t(`\nCard `).l('CARD', card(r)).t(` hot-listed; replacement ordered. Device fingerprint ${hex(r, 32)}.\nAnalyst: `).l('PERSON', `${person(r).given.charAt(0)}. ${person(r).family}`).t('\n');
  },
  // brokerage chat
  (d, r) => {
    const p = person(r, w('us|cn|in|he|it'));
    const adv = person(r, ['us', 'uk']);
    chatHead(d, r);
    d.t('Client: hi, it\'s ').self(p.full).t(`. can you move $${r.int(5, 90)}k from the joint account into the ${r.pick(['VTI', 'SCHD', 'BND', 'QQQ'])} position?\n`);
    d.t('Adviser (').l('PERSON', adv.full).t(`): Good morning! Sure. Before I place it, I need to verify: can you confirm your date of birth?\nClient: `).l('DOB', fmtDate(r, 'US', ymdBirth(r)));
    d.t(`\nAdviser: Thanks. Also, your RMD from the IRA is due by Dec 31. Your ${r.pick(EPON_MODELS)} estimate is in the portal. Shall I email the trade confirmation to `).l('EMAIL', email(r, p)).t('?\n');
    d.t(`Client: yes, and cc my wife `).l('PERSON', person(r, ['us']).given).t(` at `).l('EMAIL', email(r, person(r, ['us']))).t(`\nAdviser: Done. Order #${r.digits(9)} submitted ${ts(r)}.\n`);
  },
  // statement paste with counterparty IBANs
  (d, r) => {
    const pf = r.pick(EU);
    const cur = AMT_CUR(pf);
    d.t(`can someone explain these lines on my statement? my account `).l('IBAN', iban(r, pf.ib)).t(`\n\nDate        Description                                 Amount\n`);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      d.t(`${(([y, m, dd]) => `${pad(dd)}.${pad(m)}.${y}`)(ymdRecent(r))}  `);
      const k = r.int(0, 3);
      if (k === 0) d.t('SEPA CT ').l('PERSON', person(r, pf.cults).full.toUpperCase()).t(' ').l('IBAN', ibanCompact(r, r.pick(Object.keys(IBAN_LENGTHS))));
      else if (k === 1) d.t(`CARD ${r.pick(BRANDS).toUpperCase()} ${r.pick(PLACES).toUpperCase()}`);
      else if (k === 2) d.t(`SEPA DD ${r.pick(['ENERGIE', 'TELCO', 'INSURANCE'])} MANDATE ${letters(r, 2)}${r.digits(8)}`);
      else d.t('TRANSFER FROM ').l('PERSON', `${person(r, pf.cults).given.charAt(0).toUpperCase()} ${person(r, pf.cults).family.toUpperCase()}`);
      d.t(`   ${r.chance(0.5) ? '-' : '+'}${money(r, cur)}\n`);
    }
    d.t(`\nthe one on ${fmtDate(r, pf.cc, ymdRecent(r))} I don't recognise at all\n`);
  },
];
TEMPLATES.push(
  // SEPA confirmation
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.cc !== 'UK' && x.cc !== 'AE' && x.cc !== 'SA' && x.cc !== 'TR'));
    const a = person(r, pf.cults);
    const b = person(r, r.pick(EU).cults);
    d.t(`SEPA Credit Transfer — confirmation\nStatus: ACSC (settled)\nExecution date: ${fmtDate(r, pf.cc, ymdRecent(r))}\nDebtor: `).self(a.full).t('\nDebtor IBAN: ').l('IBAN', iban(r, pf.ib)).t(`\nDebtor BIC: ${bic(r, pf.ib)}\nCreditor: `).l('PERSON', b.full);
    d.t('\nCreditor IBAN: ').l('IBAN', iban(r, r.pick(EU).ib)).t(`\nAmount: ${money(r, 'EUR')}\nRemittance info: ${r.pick(['Miete', 'loyer', 'alquiler', 'Rechnung', 'birthday gift', 'deposit'])} ${r.pick(['Juni', 'mars', 'Q3', ''])}\nEnd-to-end ID: ${letters(r, 4)}${r.digits(12)}\nUETR: ${uetr(r)}\n`);
  },
  // SWIFT MT103 excerpt
  (d, r) => {
    const src = r.pick(EU.filter((x) => ['FR', 'DE', 'IT', 'ES', 'NL', 'UK', 'CH', 'AE'].includes(x.cc)));
    const a = person(r, src.cults);
    const b = person(r, w('in|ph|ng|pk|cn'));
    d.t(`{1:F01${bic(r, src.ib).padEnd(11, 'X')}${r.digits(10)}}{2:O103}\n:20:${letters(r, 3)}${r.digits(10)}\n:23B:CRED\n:32A:${String(r.int(22, 25))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}USD${r.int(1000, 90000)},${pad(r.int(0, 99))}\n:50K:/`);
    d.l('IBAN', ibanCompact(r, src.ib)).t('\n').l('PERSON', a.full.toUpperCase()).t('\n').l('ADDRESS', addrN(r, src.cc).toUpperCase());
    d.t(`\n:57A:${bic(r, 'IN')}\n:59:/${r.digits(12)}\n`).l('PERSON', b.full.toUpperCase()).t(`\n:70:INV ${r.digits(6)} FAMILY SUPPORT\n:71A:SHA\n`);
  },
  // collections letter, US
  (d, r) => {
    const p = person(r, w('us|mx|ie'));
    const coll = person(r, ['us']);
    d.t(`Brightwater Recovery Services\n\n${fmtDate(r, 'US', ymdRecent(r))}\n\n`).l('PERSON', p.full.toUpperCase()).t('\n').l('ADDRESS', addrN(r, 'US'));
    d.t(`\n\nRe: Account ending ${r.digits(4)} — balance ${money(r, '$')}\n\nDear ${hon(r, 'en')}`).l('PERSON', p.family).t(`,\n\nThis communication is from a debt collector. Under the Fair Debt Collection Practices Act you have 30 days to dispute this debt. Our records show a date of birth of `).l('DOB', fmtDate(r, 'US', ymdBirth(r)));
    d.t(` and SSN `).t(maskedSsn(r)).t(` for this account; if this is not you, tell us.\n\nSincerely,\n`).l('PERSON', coll.full).t(`, Account Representative\n`);
  },
  // account closure request email
  (d, r) => {
    const pf = r.pick(EN_WORLD);
    const p = person(r, pf.cults);
    d.t(`Subject: Please close my accounts\n\nDear Sir or Madam,\n\nI would like to close my current account (${acctNo(r)}) and savings account. Please send any remaining balance by cheque to my new address:\n\n`).l('ADDRESS', addrN(r, pf.cc));
    d.t(`\n\nI am moving abroad on ${fmtDate(r, pf.cc, ymdRecent(r))}. You can reach me on `).l('PHONE', phone(r, pf.cc)).t(` until then.\n\nKind regards\n`).self(p.full).t(`\nDate of birth: `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t('\n');
  },
  // power of attorney, UK/IE
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['UK', 'IE', 'AU', 'CA', 'US'].includes(x.cc)));
    const donor = person(r, pf.cults);
    const att = person(r, pf.cults);
    d.t(`Third-party access request (Lasting Power of Attorney)\n\nDonor: `).l('PERSON', donor.full).t('\nDonor date of birth: ').l('DOB', fmtDate(r, pf.cc, ymdBirth(r)));
    d.t(`\nDonor address: `).l('ADDRESS', addr1(r, pf.cc));
    d.t(`\nAttorney: `).self(att.full).t(` (${r.pick(['son', 'daughter', 'niece', 'nephew', 'solicitor'])})\nAttorney address: `).l('ADDRESS', addr1(r, pf.cc)).t('\nAttorney phone: ').l('PHONE', phone(r, pf.cc));
    d.t(`\nReason: donor diagnosed with ${r.pick(EPONYMS)}; LPA registered with the Office of the Public Guardian on ${fmtDate(r, pf.cc, ymdRecent(r))}, ref ${letters(r, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}.\n`);
  },
  // India loan application
  (d, r) => {
    const p = person(r, ['in']);
    const father = person(r, ['in']);
    d.t(`PERSONAL LOAN APPLICATION — Sunvale Finance\nApplicant name: `).self(p.full.toUpperCase()).t(`\nFather's name: `).l('PERSON', `${father.given} ${p.family}`.toUpperCase());
    d.t('\nDate of birth (DD-MM-YYYY): ').l('DOB', (([y, m, dd]) => `${pad(dd)}-${pad(m)}-${y}`)(ymdBirth(r)));
    d.t(`\nPAN: ${letters(r, 5)}${r.digits(4)}${letters(r, 1)}\nAadhaar: XXXX XXXX ${r.digits(4)}\nMobile: `).l('PHONE', phone(r, 'IN')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t('\nCurrent address: ').l('ADDRESS', addr1(r, 'IN')).t(`\nNet monthly income: ₹${r.int(25, 300)},${r.digits(3)}\nLoan amount: ₹${r.int(1, 25)},${r.digits(2)},000\nEMI date: ${ord(r.int(1, 10))} of month\n`);
  },
  // Brazil PIX chat
  (d, r) => {
    const p = person(r, ['pt']);
    const q = person(r, ['pt']);
    chatHead(d, r);
    d.t(`Cliente: boa tarde, fiz um Pix errado ontem para a chave `).l('PHONE', phone(r, 'BR')).t(`, era pra ser para `).l('PERSON', q.full).t(`. Como eu peço o MED?\nAtendente `).l('PERSON', person(r, ['pt']).given);
    d.t(`: Boa tarde! Vou abrir a contestação. Confirme por favor seu nome completo e data de nascimento.\nCliente: `).self(p.full).t(', ').l('DOB', fmtDate(r, 'BR', ymdBirth(r)));
    d.t(`\nCliente: meu CPF é ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)} e o e-mail `).l('EMAIL', email(r, p)).t(`\nAtendente: Protocolo ${r.int(2022, 2025)}${r.digits(10)} registrado. Prazo de análise: até 7 dias úteis.\n`);
  },
  // Mexico SPEI dispute
  (d, r) => {
    const p = person(r, ['mx']);
    d.t(`Asunto: Aclaración SPEI no reconocido\n\nBuen día, soy `).self(p.full).t(`. El ${fmtDate(r, 'MX', ymdRecent(r))} salió una transferencia SPEI por ${money(r, '$')} MXN a la CLABE 0${r.pick(['02', '12', '14', '72'])}${r.digits(15)} que yo no hice. Clave de rastreo ${letters(r, 4)}${r.digits(14)}.\n`);
    d.t('Mi RFC es ').t(`${letters(r, 4)}${r.digits(6)}${letters(r, 2)}${r.digits(1)}`).t('. Pueden contactarme al ').l('PHONE', phone(r, 'MX')).t(' o en ').l('EMAIL', email(r, p));
    d.t(`.\nDomicilio: `).l('ADDRESS', addr1(r, 'MX')).t('\n\nSaludos.\n');
  },
  // Japan transfer form
  (d, r) => {
    const fam = r.pick(w('佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林|加藤'));
    const giv = r.pick(w('健太|美咲|翔太|陽菜|大輔|由美|拓也|さくら|直樹|恵子'));
    const nm = r.chance(0.5) ? `${fam} ${giv}` : `${fam}${giv}`;
    d.t(`【振込依頼書】\n依頼人氏名: `).self(nm).t(' 様\n生年月日: ').l('DOB', fmtDate(r, 'JP', ymdBirth(r))).t('\n住所: ').l('ADDRESS', addr1(r, 'JP'));
    d.t('\n電話番号: ').l('PHONE', phone(r, 'JP')).t(`\n振込先: ${r.pick(['みずほ', '三井住友', 'ゆうちょ'])}銀行 ${r.pick(['渋谷', '梅田', '横浜'])}支店 普通 ${r.digits(7)}\n受取人: `);
    const f2 = r.pick(w('山田|松本|井上|木村|林'));
    d.l('PERSON', `${f2}${r.pick(w('花子|太郎|明|優子'))}`).t(` 様\n金額: ${r.int(1, 900)},${r.digits(3)}円\n受付番号: ${r.digits(12)}\n`);
  },
  // Korea transfer chat
  (d, r) => {
    const n1 = `${r.pick(w('김|이|박|최|정|강|윤'))}${r.pick(w('민준|서연|지호|하은|도윤|수빈|예준'))}`;
    const n2 = `${r.pick(w('한|오|서|신|권'))}${r.pick(w('지민|현우|다은|태양'))}`;
    d.t(`상담원: 안녕하세요, 고객님. 본인 확인을 위해 성함을 말씀해 주세요.\n고객: `).self(n1).t(`입니다. 생년월일은 `).l('DOB', fmtDate(r, 'KR', ymdBirth(r))).t(`이에요.\n고객: 어제 `).l('PERSON', n2).t(` 씨에게 잘못 송금했어요. 연락처는 `).l('PHONE', phone(r, 'KR'));
    d.t(`입니다.\n상담원: 착오송금 반환 신청 접수되었습니다. 접수번호 ${r.digits(10)}. 안내문은 `).l('ADDRESS', addr1(r, 'KR')).t(`(으)로 발송됩니다.\n`);
  },
  // call transcript with spoken phone and email
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['US', 'UK', 'IE', 'AU', 'CA'].includes(x.cc)));
    const p = person(r, pf.cults);
    const ag = person(r);
    const dom = r.pick(['gmail', 'outlook', 'yahoo', 'icloud']);
    d.t(`[Call transcript — fraud line — ${ts(r)}]\nAGENT (`).l('PERSON', ag.given).t(`): Fraud department, can I take your full name?\nCALLER: Yeah it's `).self(p.full.toLowerCase());
    d.t(`\nAGENT: And the best number to reach you?\nCALLER: `).l('PHONE', spokenDigits(r, phone(r, pf.cc).replace(/\D/g, '')));
    d.t(`\nAGENT: And an email for the case notes?\nCALLER: `).l('EMAIL', `${strip(p.given)} ${r.pick(['dot', 'underscore'])} ${strip(p.family)} at ${dom} dot com`);
    d.t(`\nAGENT: Thanks. I can see an attempted ${money(r, AMT_CUR(pf))} transaction at ${r.pick(BRANDS)}. I've blocked card ending ${r.digits(4)}. Case ${caseNo(r)}.\n`);
  },
  // wealth adviser email, couple
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['UK', 'US', 'SG', 'AE', 'AU'].includes(x.cc)));
    const a = person(r, pf.cults);
    const spouse = person(r, pf.cults);
    const adv = person(r, pf.cults);
    d.t(`Dear ${hon(r, 'en')}`).l('PERSON', a.family).t(' and ').l('PERSON', spouse.given).t(`,\n\nFollowing our annual review on ${fmtDate(r, pf.cc, ymdRecent(r))}, I attach the updated suitability report. Your ${r.pick(EPON_MODELS)} risk score is unchanged; we will rebalance out of ${r.pick(BRANDS)} bonds.\n\nI also note your new address:\n`);
    d.l('ADDRESS', addrN(r, pf.cc)).t(`\n\nFor the pension transfer we need `).l('PERSON', spouse.given).t(`'s date of birth confirmed. Our file says `);
    d.l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t('.\n\nBest regards,\n').l('PERSON', adv.full).t(`, CFP\nKestrel Wealth | `).l('PHONE', phone(r, pf.cc)).t('\n');
  },
);
TEMPLATES.push(
  // estate / deceased customer
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['US', 'UK', 'CA', 'AU', 'IE', 'ZA'].includes(x.cc)));
    const dec = person(r, pf.cults);
    const ex = person(r, pf.cults);
    d.t(`BEREAVEMENT SERVICES — case ${caseNo(r)}\nDeceased: `).l('PERSON', nameVar(r, dec, 'ffcr')).t('\nDate of birth: ').l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t(`\nDate of death: ${fmtDate(r, pf.cc, ymdRecent(r))}\nLast address: `).l('ADDRESS', addr1(r, pf.cc));
    d.t(`\nExecutor: `).self(ex.full).t(`, tel `).l('PHONE', phone(r, pf.cc)).t(`, email `).l('EMAIL', email(r, ex));
    d.t(`\nDocuments: death certificate (certified copy), grant of probate pending. Funeral invoice from ${r.pick(['Hargrove & Sons', 'Co-op Funeralcare', 'Whitlock Memorial'])} to be paid from the estate.\nNote: the account nicknamed "${r.pick(PETS)} fund" is a savings pot, not a separate account.\n`);
  },
  // credit card application
  (d, r) => {
    const p = person(r, w('us|mx|vn|ph|ng'));
    d.t(`Credit card application (online) — ${ts(r)}\nIP address: `).l('IP', ip(r)).t(`\nProduct: Northmere Cash Rewards\n\nFirst name: `).l('PERSON', p.given).t('\nLast name: ').l('PERSON', p.family).t('\nName as it should appear on the card: ').self(p.full.toUpperCase());
    d.t('\nDate of birth: ').l('DOB', fmtDate(r, 'US', ymdBirth(r))).t('\nSocial Security number: ').l('NATIONAL_ID', ssn(r)).t('\nHome address: ').l('ADDRESS', addr1(r, 'US'));
    d.t('\nPhone: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nAnnual income: ${money(r, '$')}\nHousing payment: $${r.int(600, 3500)}/mo\nPromo code: ${letters(r, 4)}${r.int(10, 99)}\n`);
  },
  // card replacement / address change chat
  (d, r) => {
    const pf = r.pick(EN_WORLD);
    const p = person(r, pf.cults);
    chatHead(d, r);
    d.t(`Customer: Hello, my card was eaten by the ATM at ${r.pick(PLACES)}. Card `);
    if (r.chance(0.5)) d.l('CARD', card(r));
    else d.t(`ends ${r.digits(4)}`);
    d.t(`.\nBot: I can help with that. Please confirm your full name.\nCustomer: `).self(p.full).t(`\nBot: Thanks, `).l('PERSON', p.given).t(`. Where should we send the new card?\nCustomer: `).l('ADDRESS', addr1(r, pf.cc));
    d.t(`\nBot: Your replacement will arrive in 5-7 business days. We'll text `).l('PHONE', phone(r, pf.cc)).t(` when it ships.\n`);
  },
  // account-takeover log
  (d, r) => {
    const p = person(r);
    d.t(`ATO investigation ${caseNo(r)} — auth log extract (${r.pick(['Okta', 'ForgeRock', 'internal IdP'])})\nuser=`).l('EMAIL', email(r, p)).t('\n');
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      d.t(`${ts(r)} ${r.pick(['login.success', 'login.failure', 'mfa.challenge', 'password.reset', 'payee.add'])} src=`);
      d.l('IP', ip(r));
      d.t(` ua="${r.pick(['Mozilla/5.0', 'okhttp/4.9.3', 'python-requests/2.31.0'])}" app=${version(r)} req=${hex(r, 16)}\n`);
    }
    d.t(`Conclusion: credential stuffing from hosting ranges; customer `).l('PERSON', `${p.given.charAt(0)}. ${p.family}`).t(` contacted at `).l('PHONE', phone(r, r.pick(['US', 'UK', 'DE', 'FR', 'IN']))).t(`.\n`);
  },
  // AML alert note
  (d, r) => {
    const pf = r.pick(EU);
    const c = person(r, pf.cults);
    d.t(`AML ALERT ${letters(r, 2)}-${r.digits(7)} | rule TM-${r.int(10, 99)} structuring\nSubject: `).l('PERSON', c.full).t(`, DOB `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t(`, ${pf.country}\n`);
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const cp = person(r);
      d.t(`- ${fmtDate(r, pf.cc, ymdRecent(r))} ${money(r, AMT_CUR(pf))} to `).l('PERSON', cp.full).t(' (').l('IBAN', iban(r, r.pick(['LT', 'CY', 'MT', 'AE', 'LV', 'EE', 'HU', 'BG']))).t(')\n');
    }
    d.t(`Rejected beneficiary account ${badIban(r, r.pick(['DE', 'FR', 'ES']))} (checksum fails). Escalated to MLRO `).l('PERSON', person(r).full).t(` under ${r.pick(LAWS)} guidance. SAR deadline ${fmtDate(r, pf.cc, ymdRecent(r))}.\n`);
  },
  // SEPA direct-debit mandate
  (d, r) => {
    const pf = r.pick(EU.filter((x) => ['DE', 'AT', 'FR', 'NL', 'BE', 'IT', 'ES'].includes(x.cc)));
    const p = person(r, pf.cults);
    d.t(`SEPA Direct Debit Mandate\nCreditor: ${r.pick(['Stadtwerke', 'FitLife Studios', 'EnerVolt', 'Mutuelle Azur'])}\nCreditor identifier: ${pf.ib}${r.digits(2)}ZZZ${r.digits(11)}\nMandate reference: ${letters(r, 3)}-${r.digits(9)}\n\nDebtor name: `).self(p.full);
    d.t('\nDebtor address: ').l('ADDRESS', addr1(r, pf.cc)).t('\nIBAN: ').l('IBAN', iban(r, pf.ib)).t(`\nBIC: ${bic(r, pf.ib)}\nType: recurrent\nSigned at ${r.pick(['Köln', 'Lyon', 'Utrecht', 'Gent', 'Torino', 'Sevilla'])} on ${fmtDate(r, pf.cc, ymdRecent(r))}\n`);
  },
  // add joint holder
  (d, r) => {
    const a = person(r, w('us|he|kr|it'));
    const b = person(r, w('us|mx|vn'));
    d.t(`Request to add joint account holder\nPrimary holder: `).self(a.full).t(` (member #${r.digits(7)})\nNew holder: `).l('PERSON', `${b.family}, ${b.given}`);
    d.t('\nNew holder DOB: ').l('DOB', fmtDate(r, 'US', ymdBirth(r))).t('\nNew holder SSN: ').l('NATIONAL_ID', ssn(r)).t(`\nRelationship: ${r.pick(['spouse', 'domestic partner', 'adult child', 'parent'])}\nMailing address: `).l('ADDRESS', addr1(r, 'US'));
    d.t(`\nNotes: member also holds a ${r.pick(BRANDS)} brokerage account; EIN ${ein(r)} belongs to their LLC, not to the new holder.\n`);
  },
  // remittance receipt
  (d, r) => {
    const src = r.pick(EN_WORLD.filter((x) => ['US', 'UK', 'AE', 'CA'].includes(x.cc)));
    const dst = r.pick(EN_WORLD.filter((x) => ['NG', 'PH', 'IN', 'KE'].includes(x.cc)));
    const s = person(r, dst.cults);
    const rc = person(r, dst.cults);
    d.t(`MONEY TRANSFER RECEIPT\nTracking no. (MTCN): ${r.digits(10)}\nDate: ${fmtDate(r, src.cc, ymdRecent(r))}\n\nSENDER\n`).self(s.full.toUpperCase()).t('\n').l('ADDRESS', addrN(r, src.cc)).t('\nTel: ').l('PHONE', phone(r, src.cc));
    d.t(`\n\nRECEIVER\n`).l('PERSON', rc.full.toUpperCase()).t(`\n${dst.country}\nTel: `).l('PHONE', phone(r, dst.cc)).t(`\n\nAmount sent: ${money(r, AMT_CUR(src))}\nFX rate: ${r.int(1, 1500)}.${r.digits(4)}\nPurpose: family support\n`);
  },
  // cheque deposit issue
  (d, r) => {
    const p = person(r, w('us|fr'));
    const payer = person(r);
    chatHead(d, r);
    d.t(`Member: my mobile deposit got rejected. Check #${r.int(100, 9999)} from `).l('PERSON', payer.full).t(` for ${money(r, '$')}. Routing ${routing(r)} account ${r.digits(10)} on the check\nAgent: The image was blurry on the MICR line. Who is the check made out to?\nMember: `).self(p.full);
    d.t(`\nAgent: And is it endorsed "For mobile deposit only at Brightwater CU"?\nMember: yes. also I got a text from `).t(`***-***-${r.digits(4)}`).t(` asking for my PIN, is that you?\nAgent: No, never share it. Please report it in the app.\n`);
  },
  // hardship email
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['UK', 'IE', 'US', 'AU'].includes(x.cc)));
    const p = person(r, pf.cults);
    const kid = person(r, pf.cults);
    d.t(`Hi,\n\nI'm writing about my overdraft and the loan ending ${r.digits(4)}. I lost my job at ${r.pick(BRANDS)} in ${mon('en', r.int(1, 12))} and my youngest, `).l('PERSON', kid.given).t(`, has been in hospital with ${r.pick(EPONYMS)}. Could you freeze interest for three months?\n\n`);
    d.t(`My income now is ${money(r, AMT_CUR(pf))} a month (benefits only). Statements attached.\n\nThanks,\n`).self(`${p.given} ${p.family}`).t('\n').l('PHONE', phone(r, pf.cc)).t('\n');
  },
  // auto loan
  (d, r) => {
    const p = person(r, w('us|mx|vn'));
    d.t(`AUTO LOAN — dealer submission\nDealer: ${r.pick(['Ford', 'Lincoln', 'Chrysler', 'Dodge', 'Mercedes-Benz'])} of ${r.pick(PLACES)}\nVIN: ${letters(r, 1)}${r.digits(1)}${letters(r, 3)}${r.digits(2)}${letters(r, 1)}${r.digits(9)}\nApplicant: `).l('PERSON', p.full.toUpperCase());
    d.t('\nDOB: ').l('DOB', fmtDate(r, 'US', ymdBirth(r))).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', addr1(r, 'US')).t(`\nTime at address: ${r.int(0, 20)}y ${r.int(0, 11)}m\nCell: `).l('PHONE', phone(r, 'US'));
    d.t(`\nAmount financed: ${money(r, '$')}; term ${r.pick([48, 60, 72, 84])} mo; first payment ${fmtDate(r, 'US', ymdRecent(r))}\n`);
  },
  // small business loan
  (d, r) => {
    const p = person(r, w('us|in|kr|ng'));
    const biz = `${p.family} ${r.pick(['Bakery', 'Plumbing', 'Dental Group', 'Logistics', 'Auto Repair'])} LLC`;
    d.t(`SBA 7(a) pre-qualification\nBusiness: ${biz}\nEIN: ${ein(r)}\nBusiness address: `).l('ADDRESS', addr1(r, 'US')).t('\nOwner (100%): ').self(p.full);
    d.t('\nOwner SSN: ').l('NATIONAL_ID', ssn(r)).t('\nOwner home address: ').l('ADDRESS', addr1(r, 'US')).t('\nOwner email: ').l('EMAIL', email(r, p));
    d.t(`\nRequested: ${money(r, '$')} for equipment\nBusiness DUNS: ${r.digits(9)}\nNAICS: ${r.digits(6)}\n`);
  },
  // bankruptcy notice to bank
  (d, r) => {
    const p = person(r, w('us|ie|pl'));
    const atty = person(r, ['us']);
    d.t(`NOTICE OF BANKRUPTCY CASE FILING\nUnited States Bankruptcy Court — ${r.pick(['District of Idaho', 'Western District of Washington', 'Northern District of Ohio'])}\nCase No. ${r.int(22, 25)}-${r.digits(5)}-${letters(r, 3)}  Chapter ${r.pick(['7', '13'])}\n\nDebtor: `).l('PERSON', p.full.toUpperCase());
    d.t(`\nLast four of SSN: ${r.digits(4)}\nDebtor address: `).l('ADDRESS', addr1(r, 'US')).t(`\nAttorney for debtor: `).l('PERSON', atty.full).t(`, Esq. — `).l('EMAIL', email(r, atty));
    d.t(`\n\nCreditors must stop collection. Meeting of creditors (341 meeting) ${fmtDate(r, 'US', ymdRecent(r))} at 9:30 AM by Zoom.\n`);
  },
  // French / Swiss suitability form
  (d, r) => {
    const pf = r.pick(EU.filter((x) => ['FR', 'CH', 'BE'].includes(x.cc)));
    const p = person(r, ['fr', 'ch', 'ar']);
    d.t(`QUESTIONNAIRE DE CONNAISSANCE CLIENT (KYC) — gestion de fortune\nNom : `).self(p.full).t('\nNé(e) le : ').l('DOB', fmtDate(r, 'FR', ymdBirth(r))).t(` à ${r.pick(['Lausanne', 'Annecy', 'Rabat', 'Namur'])}\nAdresse :\n`).l('ADDRESS', addrN(r, pf.cc));
    d.t('\nTéléphone : ').l('PHONE', phone(r, pf.cc)).t('\nCourriel : ').l('EMAIL', email(r, p)).t('\nCompte de référence : ').l('IBAN', iban(r, pf.ib));
    d.t(`\nPatrimoine estimé : ${money(r, 'EUR')}\nProfil de risque : ${r.pick(['prudent', 'équilibré', 'dynamique'])}\nConseiller : `).l('PERSON', person(r, ['fr', 'ch']).full).t('\n');
  },
  // Dutch incasso dispute
  (d, r) => {
    const p = person(r, ['nl', 'tr']);
    chatHead(d, r);
    d.t(`Klant: Goedemiddag, er is een incasso van ${money(r, '€')} afgeschreven door ${r.pick(['Zilveren Kruis', 'Ziggo', 'Vattenfall'])} die ik niet herken.\nMedewerker `).l('PERSON', person(r, ['nl']).given).t(`: Vervelend! Wat is uw naam en geboortedatum?\nKlant: `).self(p.full).t(', ').l('DOB', fmtDate(r, 'NL', ymdBirth(r)));
    d.t(`\nKlant: rekening `).l('IBAN', iban(r, 'NL')).t(`, bereikbaar op `).l('PHONE', phone(r, 'NL')).t(`\nMedewerker: Ik heb de incasso gestorneerd. Het bedrag staat binnen 2 werkdagen terug. Kenmerk 00${r.digits(14)}.\n`);
  },
  // Italian bonifico
  (d, r) => {
    const p = person(r, ['it']);
    const b = person(r, ['it']);
    d.t(`Oggetto: bonifico non accreditato\n\nBuongiorno, sono `).self(p.full).t(`, cliente dal ${r.int(1995, 2020)}. Il ${fmtDate(r, 'IT', ymdRecent(r))} ho disposto un bonifico di ${money(r, '€')} a favore di ${hon(r, 'it')}`).l('PERSON', b.family).t(' (IBAN ').l('IBAN', iban(r, 'IT'));
    d.t(`) ma risulta ancora "in lavorazione". CRO ${r.digits(11)}. Codice fiscale ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}.\nCellulare `).l('PHONE', phone(r, 'IT')).t(`\nIndirizzo: `).l('ADDRESS', addr1(r, 'IT')).t('\nGrazie\n');
  },
  // Spanish transfer & KYC refresh
  (d, r) => {
    const p = person(r, ['es']);
    d.t(`Actualización de datos (Ley 10/2010 de prevención del blanqueo)\nTitular: `).self(`${p.given} ${p.family} ${r.pick(CULTURES.es?.family ?? ['Gil'])}`).t(`\nDNI: ${r.digits(8)}${letters(r, 1)}\nFecha de nacimiento: `).l('DOB', fmtDate(r, 'ES', ymdBirth(r)));
    d.t('\nDomicilio: ').l('ADDRESS', addr1(r, 'ES')).t('\nMóvil: ').l('PHONE', phone(r, 'ES')).t('\nCuenta: ').l('IBAN', iban(r, 'ES')).t(`\nProfesión: ${r.pick(['funcionaria', 'autónomo', 'jubilado', 'médica'])}\n`);
  },
  // Polish transfer complaint
  (d, r) => {
    const p = person(r, ['pl']);
    d.t(`Reklamacja nr ${r.digits(10)}\nImię i nazwisko: `).self(p.full).t(`\nPESEL: ${r.digits(11)}\nData urodzenia: `).l('DOB', fmtDate(r, 'PL', ymdBirth(r))).t('\nAdres: ').l('ADDRESS', addr1(r, 'PL'));
    d.t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t(`\nTreść: przelew BLIK na kwotę ${r.int(100, 9000)} zł nie dotarł do odbiorcy na rachunek `).l('IBAN', iban(r, 'PL')).t(`. Proszę o zwrot.\n`);
  },
);
TEMPLATES.push(
  // Nordic account
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.cc === 'SE' || x.cc === 'NO'));
    const p = person(r, pf.cults);
    d.t(`Customer due diligence refresh — ${pf.country}\nName: `).self(p.full).t(`\nPersonal identity number: ${pf.cc === 'SE' ? `${r.digits(6)}-${r.digits(4)}` : r.digits(11)}\nBorn: `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r)));
    d.t('\nAddress: ').l('ADDRESS', addr1(r, pf.cc)).t('\nMobile: ').l('PHONE', phone(r, pf.cc)).t('\nSalary account: ').l('IBAN', iban(r, pf.ib)).t(`\nBankID verified ${ts(r)}\n`);
  },
  // UAE / Saudi
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.cc === 'AE' || x.cc === 'SA'));
    const p = person(r, pf.cults);
    const sp = person(r, ['ar']);
    d.t(`Dear ${r.pick(['Relationship Manager', 'Sir', 'Team'])},\n\nKindly process the salary transfer of my ${r.pick(['driver', 'housemaid', 'nanny'])}, `).l('PERSON', nameVar(r, sp, 'ffc')).t(`, to IBAN `).l('IBAN', iban(r, pf.ib));
    d.t(`. My ${pf.cc === 'AE' ? `Emirates ID is 784-${r.int(1960, 2002)}-${r.digits(7)}-${r.digits(1)}` : `Iqama is 2${r.digits(9)}`} and my mobile `).l('PHONE', phone(r, pf.cc)).t(`.\nPlease courier the new chequebook to `).l('ADDRESS', addr1(r, pf.cc));
    d.t(`\n\nBest regards,\n`).self(p.full).t('\n');
  },
  // Turkish EFT
  (d, r) => {
    const p = person(r, ['tr']);
    d.t(`Müşteri: Merhaba, ${fmtDate(r, 'TR', ymdRecent(r))} tarihinde yaptığım EFT iade oldu. Alıcı `).l('PERSON', person(r, ['tr']).full).t(`, IBAN `).l('IBAN', iban(r, 'TR'));
    d.t(`\nTemsilci: Adınız soyadınız ve doğum tarihiniz nedir?\nMüşteri: `).self(p.full).t(', ').l('DOB', fmtDate(r, 'TR', ymdBirth(r))).t(`. TC kimlik ${r.int(1, 9)}${r.digits(10)}. Telefonum `).l('PHONE', phone(r, 'TR')).t('\n');
  },
  // escalation ticket with staff & role emails
  (d, r) => {
    const p = person(r);
    const s1 = person(r);
    const s2 = person(r);
    d.t(`Escalation ${caseNo(r)} (priority P2)\nFrom: `).l('EMAIL', roleEmail(r)).t(`\nTo: `).l('EMAIL', staffEmail(r, s1)).t(', ').l('EMAIL', roleEmail(r));
    d.t(`\n\n`).l('PERSON', s1.given).t(`, can you take this one? Customer `).l('PERSON', nameVar(r, p, 'fricf')).t(` has been waiting ${r.int(3, 30)} days for a chargeback on ${r.pick(BRANDS)} ${money(r, '$')}. Previous handler `).l('PERSON', s2.full);
    d.t(` is on leave until ${fmtDate(r, 'US', ymdRecent(r))}. Customer contact: `).l('EMAIL', email(r, p)).t(`. Do not call the number on the merchant receipt (looks spoofed).\n`);
  },
  // safe-deposit access
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['US', 'UK', 'SG', 'CA'].includes(x.cc)));
    const a = person(r, pf.cults);
    const b = person(r, pf.cults);
    d.t(`Safe deposit box ${r.int(100, 999)}-${letters(r, 1)} — access log (vault B, ${r.pick(PLACES)} branch)\n${fmtDate(r, pf.cc, ymdRecent(r))} 10:14  `).l('PERSON', a.full).t(`  ID checked (DOB `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t(`)\n${fmtDate(r, pf.cc, ymdRecent(r))} 15:40  `).l('PERSON', b.full).t(`  (deputy) signature matched\n`);
    d.t(`Annual rent due ${fmtDate(r, pf.cc, ymdRecent(r))}. Notices to: `).l('ADDRESS', addr1(r, pf.cc)).t('\n');
  },
  // IRA beneficiary designation
  (d, r) => {
    const o = person(r, w('us|he|cn'));
    d.t(`IRA Beneficiary Designation — account ${acctNo(r)}\nOwner: `).self(o.full).t('\nPrimary beneficiaries:\n');
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const b = person(r, [o.cult, 'us']);
      d.t(`  ${i + 1}. `).l('PERSON', b.full).t(` — ${r.pick(['spouse', 'son', 'daughter', 'grandchild', 'trust'])} — DOB `).l('DOB', fmtDate(r, 'US', ymdBirth(r))).t(' — SSN ').l('NATIONAL_ID', ssn(r)).t(` — ${Math.floor(100 / n)}%\n`);
    }
    d.t(`Contingent: ${r.pick(['American Red Cross', 'Nobel Foundation endowment', 'St. Jude Children\'s Research Hospital'])} (EIN ${ein(r)})\nSigned ${fmtDate(r, 'US', ymdRecent(r))}\n`);
  },
  // address change confirmation letter (old and new)
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['UK', 'US', 'AU', 'IE', 'CA', 'ZA'].includes(x.cc)));
    const p = person(r, pf.cults);
    d.t(`${fmtDate(r, pf.cc, ymdRecent(r))}\n\n${hon(r, 'en')}`).l('PERSON', nameVar(r, p, 'fic')).t('\n').l('ADDRESS', addrN(r, pf.cc));
    d.t(`\n\nDear ${hon(r, 'en')}`).l('PERSON', p.family).t(`,\n\nWe have updated your correspondence address. Your previous address, `).l('ADDRESS', addr1(r, pf.cc)).t(`, has been removed from all accounts.\nIf you did not ask for this change, call us immediately.\n\nCustomer Services\n`);
  },
  // ACH return note
  (d, r) => {
    const p = person(r, ['us']);
    const q = person(r);
    d.t(`ACH return R${pad(r.int(1, 29))} received ${fmtDate(r, 'US', ymdRecent(r))}\nOriginator: Kestrel Payroll Inc (company ID 1${ein(r).replace('-', '')})\nReceiver: `).l('PERSON', p.full.toUpperCase()).t(`\nRDFI routing ${routing(r)}, DFI account ${r.digits(10)}\nTrace 0${r.digits(14)}\n`);
    d.t(`Action: contacted `).l('PERSON', p.given).t(` by email (`).l('EMAIL', email(r, p)).t(`) to get corrected account details. Ops: `).l('PERSON', q.full).t('\n');
  },
  // P2P scam report
  (d, r) => {
    const p = person(r, w('us|mx|kr|in'));
    const scam = person(r);
    chatHead(d, r);
    d.t(`I need to report a scam. I sent $${r.int(50, 2500)} with Zelle to `).l('PERSON', scam.full).t(' at ');
    if (r.chance(0.5)) d.l('EMAIL', email(r, scam));
    else d.l('PHONE', phone(r, 'US'));
    d.t(` for concert tickets that never came. The account shows as "${r.pick(BRANDS)} Events". My name is `).self(p.full).t(`, my number `).l('PHONE', phone(r, 'US'));
    d.t(`.\nAgent: I'm sorry. I have filed claim ${caseNo(r)}. Zelle payments to enrolled recipients are usually not reversible under Regulation E, but we'll try.\n`);
  },
);
TEMPLATES.push(
  // crypto off-ramp compliance
  (d, r) => {
    const pf = r.pick(EU);
    const p = person(r, pf.cults);
    d.t(`Source-of-funds review — incoming ${money(r, AMT_CUR(pf))} from ${r.pick(['Kraken', 'Bitstamp', 'Coinbase'])}\nCustomer: `).l('PERSON', p.full).t(` (DOB `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t(`)\nWallet: 0x${hex(r, 40)}\nTx hash: ${hex(r, 64)}\n`);
    d.t(`Exchange login IPs supplied by customer: `).l('IP', ipv4(r)).t(', ').l('IP', ip(r)).t(`\nDestination: `).l('IBAN', iban(r, pf.ib)).t(`\nOutcome: cleared, docs on file.\n`);
  },
  // online banking login chat
  (d, r) => {
    const pf = r.pick(EN_WORLD);
    const p = person(r, pf.cults);
    d.t(`Customer: Hi, I'm `).self(p.full).t(` and I keep getting "error 4032" on the app, ${version(r)}.\nAgent `).l('PERSON', person(r).given).t(`: Let's check. What's the email on the profile?\nCustomer: `).l('EMAIL', email(r, p));
    d.t(`\nAgent: I see logins blocked from `).l('IP', ip(r)).t(` — is that your home connection?\nCustomer: no idea, my router says `).l('IP', `192.168.${r.int(0, 2)}.${r.int(2, 254)}`).t(`\nAgent: That's the local one. I've reset the device binding, please reinstall (latest is ${version(r)}).\n`);
  },
  // credit report dispute
  (d, r) => {
    const p = person(r, w('us|mx|ng'));
    d.t(`To whom it may concern,\n\nUnder the Fair Credit Reporting Act I dispute the collection account listed on my report. Identifying information:\nName: `).self(p.full).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of Birth: ').l('DOB', fmtDate(r, 'US', ymdBirth(r)));
    d.t('\nCurrent address: ').l('ADDRESS', addr1(r, 'US')).t('\nPrevious address: ').l('ADDRESS', addr1(r, 'US'));
    d.t(`\n\nThe account (opened ${fmtDate(r, 'US', ymdRecent(r))}) was opened by someone using my identity; FTC report #${r.digits(9)} attached. Note the ITIN ${badSsn(r)} on the file is not mine.\n\nSincerely,\n`).l('PERSON', `${p.given.charAt(0)}. ${p.family}`).t('\n');
  },
  // informal whatsapp-like adviser chat
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['IN', 'SG', 'AE', 'NG', 'UK'].includes(x.cc)));
    const p = person(r, pf.cults);
    const wife = person(r, pf.cults);
    d.t(`[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).l('PERSON', p.given.toLowerCase()).t(`: hey its `).self(p.full.toLowerCase()).t(` new number btw `).l('PHONE', phone(r, pf.cc));
    d.t(`\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] RM: noted! shall I update KYC too?\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).l('PERSON', p.given.toLowerCase()).t(`: ya and add `).l('PERSON', wife.given.toLowerCase()).t(` as nominee, her dob is `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r)));
    d.t(`\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] RM: 👍 will send the form to `).l('EMAIL', email(r, p)).t('\n');
  },
  // CSV statement export
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['US', 'UK', 'AU', 'CA'].includes(x.cc)));
    d.t('Date,Description,Amount,Balance\n');
    const n = r.int(4, 7);
    let bal = r.int(500, 9000);
    for (let i = 0; i < n; i++) {
      d.t(`${fmtDate(r, pf.cc === 'US' ? 'US' : 'UK', ymdRecent(r)).replace(/,/g, '')},`);
      const k = r.int(0, 4);
      const q = person(r, pf.cults);
      if (k === 0) d.t('"ZELLE TO ').l('PERSON', q.full.toUpperCase()).t(` CONF# ${letters(r, 2)}${r.digits(7)}"`);
      else if (k === 1) d.t(`"POS ${r.pick(BRANDS).toUpperCase()} #${r.digits(4)}"`);
      else if (k === 2) d.t('"FPS CREDIT ').l('PERSON', `${q.given.charAt(0)} ${q.family}`.toUpperCase()).t(` REF ${letters(r, 3)}${r.digits(4)}"`);
      else if (k === 3) d.t(`"ATM ${r.pick(PLACES).toUpperCase()}"`);
      else d.t(`"DD ${r.pick(['COUNCIL TAX', 'NETFLIX', 'HOUSING ASSOC'])} ${r.digits(8)}"`);
      const amt = r.int(5, 900);
      bal -= amt;
      d.t(`,-${amt}.${pad(r.int(0, 99))},${bal}.00\n`);
    }
  },
  // gpi tracker
  (d, r) => {
    const a = person(r, w('de|ch|fr|it|uk'));
    const b = person(r, w('cn|jp|in|tr'));
    const srcP = r.pick(EU.filter((x) => ['DE', 'CH', 'FR', 'IT', 'UK'].includes(x.cc)));
    d.t(`SWIFT gpi tracker — UETR ${uetr(r)}\nOrdering customer: `).l('PERSON', a.full).t(', ').l('IBAN', iban(r, srcP.ib)).t(`\nBeneficiary: `).l('PERSON', b.full).t(`, account ${r.digits(12)}\n`);
    d.t(`Hop 1 ${bic(r, srcP.ib)} ACSP ${ts(r)}\nHop 2 ${bic(r, 'US')} ACSP ${ts(r)} charges USD 25.00\nHop 3 ${bic(r, r.pick(['CN', 'JP', 'IN', 'TR']))} ACCC ${ts(r)}\nClient asks why ${money(r, 'USD ')} arrived short.\n`);
  },
  // open banking consent / IE-UK account switch
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.cc === 'IE' || x.cc === 'UK'));
    const p = person(r, pf.cults);
    d.t(`Account switch request\nFull name: `).self(p.full).t('\nDate of birth: ').l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t('\nAddress:\n').l('ADDRESS', addrN(r, pf.cc));
    d.t('\nOld account IBAN: ').l('IBAN', iban(r, pf.ib)).t(`\nSwitch date: ${fmtDate(r, pf.cc, ymdRecent(r))}\nMobile: `).l('PHONE', phone(r, pf.cc)).t(`\nConsent ID ${uetr(r)} (PSD2, 90 days)\n`);
  },
  // payroll direct deposit
  (d, r) => {
    const p = person(r, w('us|ph|vn|mx'));
    d.t(`DIRECT DEPOSIT AUTHORIZATION\nEmployee: `).self(p.full).t(`   Employee ID ${r.digits(6)}\nSSN: `).l('NATIONAL_ID', ssn(r, '-')).t(`\nBank: Brightwater Credit Union\nRouting number: ${routing(r)}\nAccount number: ${r.digits(11)} (${r.pick(['checking', 'savings'])})\n`);
    d.t('Home address: ').l('ADDRESS', addr1(r, 'US')).t(`\nEmployer: ${r.pick(BRANDS)} — HR contact `).l('EMAIL', roleEmail(r)).t(`\nEffective pay date: ${fmtDate(r, 'US', ymdRecent(r))}\n`);
  },
  // Australia home loan
  (d, r) => {
    const p = person(r, w('uk|gr|vn|it|cn'));
    d.t(`Home loan pre-approval — Tidewell Bank\nApplicant: `).self(p.full).t('\nDOB: ').l('DOB', fmtDate(r, 'AU', ymdBirth(r))).t(`\nTFN: provided (${r.digits(3)} *** ***)\nMedicare: ${r.digits(4)} ${r.digits(5)} ${r.int(1, 9)}\nResidential address: `).l('ADDRESS', addr1(r, 'AU'));
    d.t('\nMobile: ').l('PHONE', phone(r, 'AU')).t(`\nBSB ${r.digits(3)}-${r.digits(3)}, account ${r.digits(8)}\nBroker: `).l('PERSON', person(r).full).t(`, ACL ${r.digits(6)}\n`);
  },
  // Canada
  (d, r) => {
    const p = person(r, w('us|fr|cn|in|ph'));
    d.t(`RRSP transfer form (T2033) — client details\nName: `).self(p.full).t(`\nSIN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nDate of birth: `).l('DOB', fmtDate(r, 'CA', ymdBirth(r))).t('\nAddress: ').l('ADDRESS', addr1(r, 'CA'));
    d.t('\nTelephone: ').l('PHONE', phone(r, 'CA')).t(`\nTransit ${r.digits(5)}, institution ${r.digits(3)}\nAdviser: `).l('PERSON', person(r, ['fr', 'us']).full).t('\n');
  },
  // Singapore
  (d, r) => {
    const p = person(r, w('cn|in|ar'));
    d.t(`Hi team, please update my particulars.\nName (as in NRIC): `).self(p.full.toUpperCase()).t(`\nNRIC: ${r.pick(['S', 'T'])}${r.digits(7)}${letters(r, 1)}\nNew address: `).l('ADDRESS', addr1(r, 'SG'));
    d.t('\nHP: ').l('PHONE', phone(r, 'SG')).t(`\nPayNow linked to this number. Thanks!\n`);
  },
  // South Africa
  (d, r) => {
    const p = person(r, ['za']);
    const [y, m, dd] = ymdBirth(r);
    d.t(`FICA update\nFull names: `).self(p.full).t(`\nID number: ${String(y).slice(2)}${pad(m)}${pad(dd)}${r.digits(7)}\nDate of birth: `).l('DOB', fmtDate(r, 'ZA', [y, m, dd]));
    d.t('\nResidential address:\n').l('ADDRESS', addrN(r, 'ZA')).t('\nCell: ').l('PHONE', phone(r, 'ZA')).t('\nEmail: ').l('EMAIL', email(r, p)).t(`\nProof of residence: municipal bill dated ${fmtDate(r, 'ZA', ymdRecent(r))}\n`);
  },
  // Nigeria
  (d, r) => {
    const p = person(r, ['ng']);
    const k = person(r, ['ng']);
    d.t(`Good day. My name is `).self(p.full).t(`. Since ${fmtDate(r, 'NG', ymdRecent(r))} my transfers keep failing. BVN ${r.int(1, 2)}${r.digits(10)}, account ${r.digits(10)}.\n`);
    d.t(`I visited the branch at ${r.pick(['Allen Avenue', 'Broad Street', 'Ojuelegba'])} and ${hon(r, 'en')}`).l('PERSON', k.family).t(` there told me to write in. Home address `).l('ADDRESS', addr1(r, 'NG'));
    d.t(`. Phone `).l('PHONE', phone(r, 'NG')).t(` or `).l('PHONE', phone(r, 'NG')).t(`.\nThanks.\n`);
  },
  // Kenya M-Pesa / Philippines e-wallet
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => x.cc === 'KE' || x.cc === 'PH'));
    const p = person(r, pf.cults);
    const q = person(r, pf.cults);
    d.t(`Complaint: wrong ${pf.cc === 'KE' ? 'M-Pesa' : 'GCash'} transfer\nSender: `).self(p.full).t(` (`).l('PHONE', phone(r, pf.cc)).t(`)\nIntended recipient: `).l('PERSON', q.full).t(' (').l('PHONE', phone(r, pf.cc));
    d.t(`)\nTransaction ID: ${letters(r, 3)}${r.digits(1)}${letters(r, 2)}${r.digits(4)}${letters(r, 1)}\nAddress: `).l('ADDRESS', addr1(r, pf.cc)).t('\n');
  },
  // German dunning letter (Mahnung)
  (d, r) => {
    const p = person(r, w('de|tr|pl'));
    const herr = r.chance(0.5);
    d.t(`Orelia Privatbank AG · Forderungsmanagement\n\n${herr ? 'Herrn' : 'Frau'}\n`).l('PERSON', p.full).t('\n').l('ADDRESS', addrN(r, 'DE'));
    d.t(`\n\n${r.pick(['Köln', 'Berlin', 'Leipzig'])}, ${fmtDate(r, 'DE', ymdRecent(r))}\n\n2. Mahnung – Darlehenskonto ${r.digits(10)}\n\nSehr geehrte${herr ? 'r Herr' : ' Frau'} `).l('PERSON', p.family);
    d.t(`,\n\nleider ist die Rate über ${money(r, '€')} weiterhin offen. Bitte überweisen Sie den Betrag auf unser Konto ${badIban(r, 'DE')} – Entschuldigung, korrekt ist: `).l('IBAN', iban(r, 'DE'));
    d.t(`.\n\nMit freundlichen Grüßen\n`).l('PERSON', nameVar(r, person(r, ['de']), 'fi')).t('\n');
  },
  // French opposition / chargeback
  (d, r) => {
    const p = person(r, ['fr', 'ar']);
    d.t(`Objet : opposition carte et contestation\n\nMadame, Monsieur,\n\nJe soussigné(e) `).self(p.full).t(`, né(e) le `).l('DOB', fmtDate(r, 'FR', ymdBirth(r))).t(`, conteste ${r.int(2, 5)} paiements débités sur ma carte `);
    d.l('CARD', card(r)).t(` entre le ${fmtDate(r, 'FR', ymdRecent(r))} et le ${fmtDate(r, 'FR', ymdRecent(r))}. J'ai fait opposition le jour même.\nJoignable au `).l('PHONE', phone(r, 'FR')).t(`.\n\nCordialement\n`);
  },
  // Portugal
  (d, r) => {
    const p = person(r, ['pt']);
    d.t(`Pedido de encerramento de conta\nTitular: `).self(p.full).t(`\nNIF: ${r.int(1, 2)}${r.digits(8)}\nData de nascimento: `).l('DOB', fmtDate(r, 'PT', ymdBirth(r))).t('\nMorada: ').l('ADDRESS', addr1(r, 'PT'));
    d.t('\nTransferir saldo para: ').l('IBAN', iban(r, 'PT')).t('\nTelemóvel: ').l('PHONE', phone(r, 'PT')).t('\n');
  },
);
TEMPLATES.push(
  // wrapped IBAN (unlabelled) then a clean one; student-loan style email
  (d, r) => {
    const pf = r.pick(EU.filter((x) => ['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT'].includes(x.cc)));
    const p = person(r, pf.cults);
    const c = ibanCompact(r, pf.ib);
    const cut = r.int(8, 16);
    d.t(`Hello, my tuition refund should go to this account:\n${c.slice(0, cut)}\n${c.slice(cut)}\nsorry, the form wrapped it. Written in one line: `).l('IBAN', groupIban(r, c));
    d.t(`\nMy student number is ${r.int(1, 2)}${r.digits(7)} and my name is `).self(p.full).t(`, born `).l('DOB', fmtDate(r, pf.cc, ymdBirth(r))).t('. You can call me on ').l('PHONE', phone(r, pf.cc)).t('.\n');
  },
  // mortgage arrears call note
  (d, r) => {
    const pf = r.pick(EN_WORLD.filter((x) => ['UK', 'IE', 'US', 'CA', 'AU'].includes(x.cc)));
    const p = person(r, pf.cults);
    const col = person(r, pf.cults);
    d.t(`CALL NOTE ${fmtDate(r, pf.cc, ymdRecent(r))} ${pad(r.int(8, 18))}:${pad(r.int(0, 59))} — mortgage arrears, acct ${acctNo(r)}\nSpoke to `).l('PERSON', nameVar(r, p, 'fffrig')).t(` on `).l('PHONE', phone(r, pf.cc)).t(` (ext `).t(`${r.int(10, 99)}`).t(`). DPA passed (DOB + postcode). Arrears ${money(r, AMT_CUR(pf))}, ${r.int(2, 6)} payments.\n`);
    d.t(`Customer's partner `).l('PERSON', person(r, pf.cults).given).t(` now working again; agreed arrangement to pay ${money(r, AMT_CUR(pf))}/mo from ${fmtDate(r, pf.cc, ymdRecent(r))}. Letter to property address `).l('ADDRESS', addr1(r, pf.cc)).t(`.\nAgent: `).l('PERSON', col.full).t('\n');
  },
  // card-testing fraud summary, multiple cards (some invalid)
  (d, r) => {
    d.t(`Card-testing attack on merchant gateway — summary ${caseNo(r)}\nSource addresses: `);
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      if (i > 0) d.t(', ');
      d.l('IP', ip(r));
    }
    d.t(`\nCards attempted (${r.int(40, 400)} total), sample:\n`);
    const m = r.int(2, 4);
    for (let i = 0; i < m; i++) {
      if (r.chance(0.35)) d.t(`  ${badCard(r)}  declined (invalid PAN)\n`);
      else d.t('  ').l('CARD', card(r)).t(`  ${r.pick(['approved $0.00 auth', 'declined 05', 'declined 51', 'CVV mismatch'])}\n`);
    }
    d.t(`Issuer contact: `).l('EMAIL', roleEmail(r)).t(`. Analyst `).l('PERSON', person(r).full).t('\n');
  },
  // Central/Eastern Europe transfer chat in English
  (d, r) => {
    const cc = r.pick(['HU', 'RO', 'CZ', 'GR', 'HR', 'SK', 'BG', 'LT']);
    const p = person(r, w('hu|cz|gr|ru'));
    chatHead(d, r);
    d.t(`User: hello, transfer to my landlord `).l('PERSON', person(r, w('hu|cz|gr')).full).t(` was returned "invalid beneficiary account". I used `).t(badIban(r, cc)).t(`\nAgent: That IBAN fails the check digit. Please ask for it again.\nUser: ok he sent `).l('IBAN', iban(r, cc));
    d.t(`\nAgent: That one is valid. For security, your full name and date of birth?\nUser: `).self(p.full).t(', ').l('DOB', fmtDate(r, 'DE', ymdBirth(r))).t('\n');
  },
  // Greek/Cyprus wealth e-mail with address and IBAN
  (d, r) => {
    const p = person(r, ['gr']);
    const cc = r.pick(['GR', 'CY']);
    d.t(`From: `).l('EMAIL', email(r, p)).t(`\nSubject: Dividend payments\n\nPlease pay the dividends from my ${r.pick(BRANDS)} shares to `).l('IBAN', iban(r, cc)).t(` instead of the old account. My address is unchanged: `);
    d.l('ADDRESS', `${r.pick(['Leof. Kifisias', 'Odos Ermou', 'Makariou III Ave'])} ${r.int(1, 300)}, ${r.pick(['115 26 Athens', '1065 Nicosia', '546 24 Thessaloniki'])}`).t(`\n\n`).self(p.full).t('\n');
  },
  // US fraud affidavit with SSN
  (d, r) => {
    const p = person(r, w('us|mx|kr|cn'));
    d.t(`IDENTITY THEFT AFFIDAVIT (bank copy)\nVictim: `).self(p.full).t(`\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`   DOB: `).l('DOB', fmtDate(r, 'US', ymdBirth(r))).t(`\nAddress at time of fraud: `).l('ADDRESS', addr1(r, 'US'));
    d.t(`\nFraudulent accounts: card `).l('CARD', card(r)).t(`; loan #${r.digits(9)}\nPhone used by impostor: `).l('PHONE', phone(r, 'US')).t(`\nPolice report: ${r.pick(['TPD', 'SPD', 'LAPD'])}-${r.digits(8)}\n`);
  },
  // HELOC application e-mail thread, US
  (d, r) => {
    const p = person(r, w('us|gr|it|he'));
    const lo = person(r, ['us']);
    d.t(`Hi `).l('PERSON', lo.given).t(`,\n\nAttached are my W-2s for the HELOC. For your checklist:\n• Property: `).l('ADDRESS', addr1(r, 'US')).t('\n• SSN: ').l('NATIONAL_ID', ssn(r)).t('\n• Best number: ').l('PHONE', phone(r, 'US'));
    d.t(`\n• Appraisal access: lockbox code ${r.digits(4)}, dog named ${r.pick(PETS)} is friendly\n\nThanks!\n`).self(p.full).t(`\n\n> On ${fmtDate(r, 'US', ymdRecent(r))}, `).l('PERSON', lo.full).t(' <').l('EMAIL', staffEmail(r, lo)).t('> wrote:\n> Please send your documents before the rate lock expires.\n');
  },
);

/** Card-bearing templates, drawn a little more often so every seed has enough cards. */
const CARD_TEMPLATES: Tpl[] = [
  // travel notice chat
  (d, r) => {
    const pf = r.pick(EN_WORLD);
    const p = person(r, pf.cults);
    chatHead(d, r);
    d.t(`Customer: hi, I'm travelling to ${r.pick(['Lisbon', 'Tokyo', 'Cancún', 'Cape Town', 'Bali', 'Reykjavík'])} from ${fmtDate(r, pf.cc, ymdRecent(r))} to ${fmtDate(r, pf.cc, ymdRecent(r))}, please don't block my card `).l('CARD', card(r));
    d.t(`\nAgent `).l('PERSON', person(r).given).t(`: Travel notices are no longer needed, but I've noted it. Can I confirm the name on the card?\nCustomer: `).self(nameVar(r, p, 'ffc')).t(`\nAgent: Thanks. Your card `).t(maskedCard(r)).t(` is active for international use. We'll text `).l('PHONE', phone(r, pf.cc)).t(` if anything looks unusual.\n`);
  },
  // Spanish/LatAm chargeback form
  (d, r) => {
    const pf = r.pick(EU.filter((x) => x.cc === 'ES'));
    const mx = r.chance(0.5);
    const p = person(r, mx ? ['mx'] : pf.cults);
    d.t(`FORMULARIO DE CONTRACARGO\nTitular: `).self(p.full).t(`\nTarjeta: `).l('CARD', card(r)).t(`\nComercio: ${r.pick(BRANDS)} (cargo duplicado)\nFecha de la operación: ${fmtDate(r, mx ? 'MX' : 'ES', ymdRecent(r))}\nImporte: ${money(r, mx ? '$' : '€')}\nTeléfono de contacto: `).l('PHONE', phone(r, mx ? 'MX' : 'ES'));
    d.t(`\nCorreo: `).l('EMAIL', email(r, p)).t(`\nNúmero de autorización: ${r.digits(6)}\n`);
  },
  // corporate virtual card issuance note
  (d, r) => {
    const e = person(r);
    d.t(`Virtual card issued for `).l('PERSON', e.full).t(` (cost centre ${r.digits(4)})\nPAN: `).l('CARD', card(r)).t(`  exp ${pad(r.int(1, 12))}/${r.int(26, 30)}  CVV ***\nLimit ${money(r, '$')}; MCC block 7995. Delivered to `).l('EMAIL', email(r, e)).t(`\nOld card ${badCard(r)} cancelled (never activated, number mistyped on the form).\n`);
  },
  // German credit card duplicate charge
  (d, r) => {
    const p = person(r, w('de|tr'));
    d.t(`Betreff: Doppelte Abbuchung Kreditkarte\n\nGuten Tag,\n\nauf meiner Kreditkarte `).l('CARD', card(r)).t(` wurde der Betrag von ${money(r, '€')} bei ${r.pick(BRANDS)} am ${fmtDate(r, 'DE', ymdRecent(r))} zweimal belastet. Bitte erstatten Sie eine Buchung.\n\nMit freundlichen Grüßen\n`).self(p.full).t(`\nTel. `).l('PHONE', phone(r, 'DE')).t('\n');
  },
];
TEMPLATES.push(...CARD_TEMPLATES);

// ---------------------------------------------------------------- hard negatives (no PII at all)

const NEGATIVES: Tpl[] = [
  (d, r) => {
    d.t(`Release notes — mobile banking ${version(r)}\n• New "Hamilton" budgeting view (named after our Hamilton office)\n• Fixed crash on ${version(r)} when opening statements from ${fmtDate(r, 'UK', ymdRecent(r))}\n• Payee check now rejects IBANs like ${badIban(r, r.pick(['DE', 'GB', 'FR']))}\n• Build ${hex(r, 7)} signed ${ts(r)}\n`);
  },
  (d, r) => {
    d.t(`Compliance bulletin ${r.int(2023, 2025)}-${r.int(10, 99)}\nTopics: ${r.pick(LAWS)} reporting, ${r.pick(LAWS)} disclosures and the ${r.pick(EPON_MODELS)} in stress tests. Effective ${fmtDate(r, 'US', ymdRecent(r))}. Our EIN on filings is ${ein(r)}; ABA routing ${routing(r)}. Reference case ${caseNo(r)}.\n`);
  },
  (d, r) => {
    d.t(`Rate sheet ${fmtDate(r, 'US', ymdRecent(r))}\n30-yr fixed (Fannie Mae conforming) ${r.int(5, 7)}.${r.digits(3)}%\n15-yr fixed (Freddie Mac) ${r.int(4, 6)}.${r.digits(3)}%\nJumbo ARM 7/6 ${r.int(5, 7)}.${r.digits(3)}%\nFHA / Ginnie Mae ${r.int(5, 6)}.${r.digits(3)}%\nLocks expire ${fmtDate(r, 'US', ymdRecent(r))}. Program code ${letters(r, 3)}-${r.digits(4)}.\n`);
  },
  (d, r) => {
    d.t(`why was I charged twice?? statement shows:\n`);
    for (let i = 0; i < r.int(3, 5); i++) d.t(`${pad(r.int(1, 28))}/${pad(r.int(1, 12))} ${r.pick(BRANDS).toUpperCase()} ${money(r, '£')} card ${maskedCard(r)}\n`);
    d.t(`the ${r.pick(BRANDS)} one appears on ${fmtDate(r, 'UK', ymdRecent(r))} and again the next day\n`);
  },
  (d, r) => {
    d.t(`Fraud KPIs week ${r.int(1, 52)}: ${r.int(100, 900)} alerts, ${r.int(5, 60)}% false positives. Test PANs rejected by Luhn: ${badCard(r)}, ${badCard(r)}. Rule hash sha256:${hex(r, 64)}. Deploy ${version(r)} at ${ts(r)}.\n`);
  },
  (d, r) => {
    d.t(`How to read your IBAN: it starts with a country code and two check digits. Examples that will be REJECTED: ${badIban(r, 'DE')}, ${badIban(r, 'FR')}, ${badIban(r, 'NL')}. Your US routing number (e.g. ${routing(r)}) is not an IBAN. SWIFT/BIC looks like ${bic(r, 'DE')}. Creditor IDs such as DE${r.digits(2)}ZZZ${r.digits(11)} are also not IBANs.\n`);
  },
  (d, r) => {
    d.t(`Branch update: the ${r.pick(PLACES)} branch closes at 3 pm on ${fmtDate(r, 'US', ymdRecent(r))}. Customers can use the ATM by the ${r.pick(['Lincoln Memorial', 'Jefferson Building', 'Churchill Tower', 'King Edward VII Hospital'])} or visit ${r.pick(PLACES)} instead. Parking on ${r.pick(['Martin Luther King Jr. Blvd', 'Victoria Street', 'Washington Ave'])} is free after 6.\n`);
  },
  (d, r) => {
    d.t(`We matched donations to the ${r.pick(["Alzheimer's Society", "Parkinson's UK", 'Nobel Peace Center', 'Pulitzer Center'])} this quarter (${money(r, '$')}). Staff raised funds at the ${r.pick(['Ryder Cup', 'Davis Cup', 'Stanley Cup'])} event on ${fmtDate(r, 'UK', ymdRecent(r))}. Gift Aid ref ${caseNo(r)}.\n`);
  },
  (d, r) => {
    d.t(`Market wrap: ${r.pick(['Dow Jones', 'Nikkei', 'DAX'])} ${r.chance(0.5) ? '+' : '-'}${r.int(0, 3)}.${r.digits(2)}%, ${r.pick(BRANDS)} and ${r.pick(BRANDS)} led. Options desk repriced with ${r.pick(EPON_MODELS)}; ${r.pick(EPON_MODELS)} flagged the ${r.int(50, 200)}-day level. Next FOMC ${fmtDate(r, 'US', ymdRecent(r))}.\n`);
  },
  (d, r) => {
    d.t(`INC${r.digits(7)} resolved: payment-hub pod ${hex(r, 5)} OOM after upgrade to ${version(r)}; postgres ${r.int(13, 17)}.${r.int(0, 9)}; retry queue drained ${ts(r)}. Commit ${hex(r, 40)}. Trace id ${uetr(r)}. Port 8443 reopened.\n`);
  },
  (d, r) => {
    d.t(`Disaster relief: customers affected by ${r.pick(STORMS)} can request fee waivers until ${fmtDate(r, 'US', ymdRecent(r))}. Use code ${letters(r, 4)}${r.int(10, 99)}. Mortgage forbearance under program ${letters(r, 2)}-${r.digits(3)}.\n`);
  },
  (d, r) => {
    d.t(`Pet insurance premium ${money(r, '£')} for ${r.pick(PETS)} (born ${fmtDate(r, 'UK', ymdRecent(r))}) will be collected by direct debit on the ${ord(r.int(1, 28))}. Policy ${letters(r, 3)}${r.digits(8)}; mandate ref ${letters(r, 2)}${r.digits(9)}.\n`);
  },
];

/** Number of distinct document templates (labelled + hard-negative). */
export const INDEPENDENT30_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

/**
 * Generates the corpus for a seed: whole documents until at least `minInstances` labels exist, about one
 * document in ten a hard negative; card-bearing templates are drawn a little more often.
 */
export function generateIndependent30Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent30Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT30_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT30_MIN_INSTANCES;
  const out: Independent30Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = r.chance(0.1) ? r.pick(NEGATIVES) : r.chance(0.06) ? r.pick(CARD_TEMPLATES) : r.pick(TEMPLATES);
    tpl(d, r);
    out.push({ text: d.s, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
