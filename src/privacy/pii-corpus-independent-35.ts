/**
 * @module privacy/pii-corpus-independent-35 — a blind, seeded, labelled PII corpus of sales, marketing and
 * CRM data (lead and contact exports as CSV/TSV/vCard/JSON, CRM activity notes, sales-call and voicemail
 * transcripts, outreach sequences and replies, attendee and badge lists, scanned business cards, webinar
 * and newsletter sign-ups, order forms, payout and mandate forms, travel lists for sales kick-offs).
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the `PiiType`
 * union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts`, `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. Not read: the detector, its tests, any other corpus or template
 * file, the docs, the benchmarks and the git history. Every name, address, template and value is invented.
 *
 * Seeds: 350001, 350002, 350003. Each seed yields whole documents until at least `minInstances` labels
 * exist (default 2400); about one document in ten is a hard negative (no PII, with traps). Offsets are
 * recorded while the text is appended, never searched for.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and a possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   ships, storms, streets/buildings named after people, eponymous diseases/laws/awards and @handles are
 *   not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked ones unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs/9xx, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT35_SEEDS = [350001, 350002, 350003] as const;
export const INDEPENDENT35_MIN_INSTANCES = 2400;

/** A label with the text of its span. */
export interface Independent35Label extends PiiLabel {
  readonly value: string;
}
/** One document of this split. */
export interface Independent35Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent35Label[];
}

/* ------------------------------------------------------------------ document builder */

class Doc {
  text = '';
  readonly labels: Independent35Label[] = [];
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
  self(p: Person): this {
    const full = `${p.g} ${p.f}`;
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
  entry(): Independent35Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

/* ------------------------------------------------------------------ names */

type Cc =
  | 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'JP' | 'CA' | 'AU' | 'BR' | 'IN' | 'PL' | 'SE' | 'MX'
  | 'IE' | 'KR' | 'ZA' | 'CH';
const COUNTRIES: readonly Cc[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'JP', 'CA', 'AU', 'BR', 'IN', 'PL', 'SE', 'MX', 'IE', 'KR', 'ZA', 'CH'];

const CULTURES: Record<string, readonly [string, string]> = {
  us: ['James|Olivia|Tyler|Brittany|Dwayne|Kayla|Will|Bill|Grant|Hope|Rose|Guy|May|Faith|Chase|Hunter|Destiny|Cody|Lacey|Brandon', 'Whitfield|Harper|Brooks|Young|King|Long|Price|Rich|Cook|Sharp|Goodman|Hardy|Banks|Bishop|Sweeney|Caldwell'],
  gb: ['Nigel|Fiona|Alistair|Harriet|Rhys|Imogen|Callum|Poppy|Dawn|Jack|Mark|Frank|Joy|Penelope', 'Pemberton|Ashdown|Carver|Thwaite|Hollis|Marsh|Fairweather|Wren|Stone|Lovell|Baker|White|Brown|Bird'],
  ie: ['Siobhán|Ciarán|Aoife|Niamh|Oisín|Pádraig|Sinéad|Eoin', "O'Sullivan|McGrath|Donnelly|Kavanagh|Ó Ceallaigh|Ní Bhriain|Moriarty|Flanagan"],
  sc: ['Eilidh|Lachlan|Morag|Gethin|Angharad|Dafydd|Hamish|Catriona', 'MacLeod|Urquhart|Llewellyn|Pryce|Menzies|Rees|Cruickshank'],
  de: ['Jörg|Sabine|Matthias|Ute|Lukas|Annika|Björn|Heike|Wolfgang|Friederike|Till|Grete', 'Schäfer|Brandt|Hoffmann|Vogel|Krüger|Wagner|Zimmermann|Becker|Lehmann|Roßbach|Engel|Fuchs'],
  fr: ['Amélie|Thibault|Camille|Gaëlle|Yannick|Solène|Benoît|Océane|Aurélien|Margaux', 'Lefèvre|Garnier|Rousseau|Chevalier|Morel|Fontaine|Girard|Dubois|Marchand|Lemaire'],
  es: ['Iñaki|Lucía|Álvaro|Nerea|Jorge|Paloma|Rocío|Sergio|Amparo|Begoña', 'Etxeberria|Castillo|Navarro|Ibáñez|Romero|Ortega|Delgado|Vidal|Sáez|Gallego'],
  mx: ['Guadalupe|Ximena|Joaquín|Itzel|Rodrigo|Yesenia|Aurelio|Citlali|Consuelo|Santiago', 'Hernández|Villalobos|Cervantes|Quintero|Zúñiga|Salinas|Treviño|Olvera|Bustamante'],
  br: ['João|Thaís|Rafaela|Gustavo|Conceição|Leandro|Luana|Caio|Graça|Vitória', 'Carvalho|Albuquerque|Figueiredo|Nogueira|Pacheco|Barbosa|Cordeiro|Magalhães|Peixoto'],
  it: ['Giulia|Lorenzo|Chiara|Matteo|Benedetta|Alessandro|Ludovica|Gianluca|Serena', 'Bianchi|Esposito|Mancini|Fabbri|Ricci|De Luca|Lombardi|Barone|Marchetti'],
  nl: ['Sander|Femke|Joost|Marloes|Bram|Sanne|Wouter|Lieke|Maarten', 'van der Berg|de Vries|Bakker|Jansen|van Dijk|Visser|Smit|de Graaf|Mulder'],
  pl: ['Agnieszka|Krzysztof|Małgorzata|Wojciech|Zofia|Bartosz|Jadwiga|Łukasz', 'Wiśniewska|Kowalczyk|Zieliński|Grabowski|Wójcik|Nowak|Szymańska|Jabłoński'],
  se: ['Astrid|Henrik|Sigrid|Magnus|Ingrid|Leif|Solveig|Björn|Maja|Torsten', 'Lindqvist|Johansson|Haugen|Bergström|Nyberg|Dahl|Sandberg|Øverby|Holm'],
  fi: ['Aino|Juhani|Sanna|Eero|Kaisa|Tuomas|Onni', 'Virtanen|Mäkinen|Korhonen|Nieminen|Heikkinen|Laaksonen'],
  ru: ['Dmitri|Oksana|Yaroslav|Svetlana|Artem|Olena|Taras|Ludmila', 'Kuznetsov|Shevchenko|Volkova|Bondarenko|Sokolov|Melnyk|Petrenko|Orlova'],
  gr: ['Eleni|Konstantinos|Dimitra|Stavros|Anastasia|Spyros|Katerina', 'Papadopoulos|Karagiannis|Nikolaidou|Georgiou|Vlachos|Antoniou'],
  tr: ['Emre|Elif|Burak|Zeynep|Mert|Ayşe|Kaan|Defne', 'Yılmaz|Demir|Çelik|Şahin|Aydın|Öztürk|Kaya|Arslan'],
  ar: ['Said|Amal|Khalid|Layla|Omar|Noor|Yousef|Hala|Tariq|Rania|Samir', 'Al-Mansouri|Haddad|Khoury|Nasser|Farouk|Saleh|El-Amin|Boutros|Hamdan'],
  fa: ['Dariush|Shirin|Kourosh|Parisa|Babak|Nasrin|Arash', 'Tehrani|Rahimi|Farahani|Moradi|Jafari|Karimi'],
  he: ['Noa|Eitan|Tamar|Yonatan|Shira|Avi|Michal', 'Ben-David|Friedman|Mizrahi|Peretz|Shapiro|Azoulay'],
  in: ['Priya|Arjun|Ananya|Vikram|Deepika|Rohan|Lakshmi|Sanjay|Kavya|Harish|Sunita|Raj', 'Iyer|Chatterjee|Reddy|Malhotra|Venkataraman|Deshpande|Banerjee|Nair|Kulkarni|Gupta|Menon|Bhattacharya'],
  pk: ['Ayesha|Bilal|Farhan|Nusrat|Imran|Sadia|Zainab|Usman', 'Qureshi|Chaudhry|Rahman|Siddiqui|Hossain|Baig|Mirza'],
  zh: ['Wei|Xiaoling|Jun|Meiling|Hao|Yuting|Zhiwei|Lei|Jing', 'Zhang|Liu|Chen|Huang|Zhou|Xu|Guo|Lin|Ma'],
  jp: ['Haruto|Yui|Takeshi|Aiko|Ren|Sakura|Kenji|Hinata|Daisuke|Misaki', 'Tanaka|Watanabe|Yamamoto|Kobayashi|Nakamura|Fujiwara|Inoue|Matsumoto|Sasaki'],
  kr: ['Jiwoo|Minjun|Seoyeon|Hyunwoo|Eunji|Dohyun|Soojin|Jaehyun', 'Kim|Park|Choi|Jung|Kang|Yoon|Han|Shin'],
  vi: ['Linh|Minh|Thao|Quang|Huong|Duc|Phuong|Tuan', 'Nguyen|Tran|Pham|Le|Vu|Hoang|Dang|Bui'],
  fil: ['Maricel|Jericho|Rowena|Rhea|Jomar|Liezl|Marvin', 'Dela Cruz|Bautista|Santos|Mendoza|Villanueva|Macaraeg|Aquino'],
  ng: ['Chidi|Ngozi|Oluwaseun|Adaeze|Tunde|Blessing|Kwame|Ama|Precious|Godswill|Emeka|Yetunde', 'Okafor|Adeyemi|Nwosu|Balogun|Mensah|Owusu|Eze|Okonkwo|Adebayo|Asante'],
  ke: ['Wanjiru|Baraka|Amani|Zawadi|Njeri|Kiprono', 'Kamau|Otieno|Mwangi|Njoroge|Achieng|Wafula'],
  za: ['Thandiwe|Sipho|Lerato|Bongani|Pieter|Annelie|Zanele', 'Dlamini|Nkosi|van Wyk|Botha|Mokoena|Pillay|Naidoo'],
  poly: ['Keanu|Leilani|Malia|Sione|Mele', 'Kahale|Tupou|Fonoti|Kealoha'],
  id: ['Putri|Budi|Sari|Aditya|Dewi|Rizky', 'Wijaya|Santoso|Hakim|Kusuma|Halim|Setiawan'],
};

const POOLS: Record<string, { g: string[]; f: string[] }> = {};
for (const [k, [g, f]] of Object.entries(CULTURES)) POOLS[k] = { g: g.split('|'), f: f.split('|') };
const CULTURE_KEYS = Object.keys(POOLS);

const COUNTRY_CULTURES: Record<Cc, readonly string[]> = {
  US: ['us', 'us', 'us', 'mx', 'zh', 'in', 'kr', 'vi', 'ng', 'ar', 'he', 'fil', 'poly', 'ru'],
  GB: ['gb', 'gb', 'gb', 'in', 'pk', 'ng', 'ie', 'sc', 'pl', 'gr'],
  DE: ['de', 'de', 'de', 'tr', 'pl', 'ru', 'gr'],
  FR: ['fr', 'fr', 'fr', 'ar', 'ng', 'vi'],
  ES: ['es', 'es', 'es', 'mx', 'ar'],
  IT: ['it', 'it', 'it', 'ar'],
  NL: ['nl', 'nl', 'nl', 'tr', 'id'],
  JP: ['jp'],
  CA: ['us', 'fr', 'zh', 'in', 'ie', 'fa'],
  AU: ['gb', 'us', 'zh', 'vi', 'poly', 'gr', 'in'],
  BR: ['br', 'br', 'br', 'jp', 'it'],
  IN: ['in', 'in', 'in', 'pk'],
  PL: ['pl', 'pl', 'ru'],
  SE: ['se', 'se', 'fi', 'fa'],
  MX: ['mx', 'mx', 'es'],
  IE: ['ie', 'ie', 'gb', 'pl'],
  KR: ['kr'],
  ZA: ['za', 'za', 'in', 'ng', 'ke'],
  CH: ['de', 'fr', 'it', 'he'],
};

interface Person {
  readonly g: string;
  readonly f: string;
  readonly cc: Cc;
}

function person(r: Rng, cc?: Cc): Person {
  const c = cc ?? r.pick(COUNTRIES);
  const key = r.chance(0.8) ? r.pick(COUNTRY_CULTURES[c]) : r.pick(CULTURE_KEYS);
  const pool = POOLS[key] ?? { g: ['Mara'], f: ['Quist'] };
  return { g: r.pick(pool.g), f: r.pick(pool.f), cc: c };
}
const full = (p: Person): string => `${p.g} ${p.f}`;
const first = (s: string): string => Array.from(s)[0] ?? s;

/** A written form of a name: every form is one contiguous PERSON span. */
function nameForm(r: Rng, p: Person, mode: 'any' | 'formal' | 'casual' = 'any'): string {
  const forms =
    mode === 'formal'
      ? [full(p), full(p), `${first(p.g)}. ${p.f}`, `${p.f}, ${p.g}`]
      : mode === 'casual'
        ? [p.g, p.g, full(p), p.g.toLowerCase()]
        : [full(p), full(p), full(p), `${first(p.g)}. ${p.f}`, `${p.f}, ${p.g}`, full(p).toUpperCase(), p.g, p.f];
  return r.pick(forms);
}

/** Native-script names with their romanisation: [native, latin]. */
type Pair = readonly [string, string];
const JP_NATIVE: { f: readonly Pair[]; g: readonly Pair[] } = {
  f: [['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['田中', 'Tanaka'], ['伊藤', 'Ito'], ['渡辺', 'Watanabe'], ['山本', 'Yamamoto'], ['中村', 'Nakamura'], ['小林', 'Kobayashi'], ['加藤', 'Kato'], ['吉田', 'Yoshida'], ['松本', 'Matsumoto']],
  g: [['健', 'Ken'], ['美咲', 'Misaki'], ['翔太', 'Shota'], ['陽菜', 'Hina'], ['大輔', 'Daisuke'], ['結衣', 'Yui'], ['拓也', 'Takuya'], ['さくら', 'Sakura'], ['直樹', 'Naoki'], ['真由美', 'Mayumi']],
};
const KR_NATIVE: { f: readonly Pair[]; g: readonly Pair[] } = {
  f: [['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['윤', 'Yoon']],
  g: [['민준', 'Minjun'], ['서연', 'Seoyeon'], ['지우', 'Jiwoo'], ['하은', 'Haeun'], ['도윤', 'Doyun'], ['수진', 'Soojin'], ['현우', 'Hyunwoo']],
};
const ZH_NATIVE: { f: readonly Pair[]; g: readonly Pair[] } = {
  f: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['赵', 'Zhao']],
  g: [['伟', 'Wei'], ['芳', 'Fang'], ['静', 'Jing'], ['磊', 'Lei'], ['婷', 'Ting'], ['志强', 'Zhiqiang'], ['秀英', 'Xiuying']],
};
function nativePair(r: Rng, pool: { f: readonly Pair[]; g: readonly Pair[] }, cc: Cc): { nf: string; ng: string; p: Person } {
  const [nf, lf] = r.pick(pool.f);
  const [ng, lg] = r.pick(pool.g);
  return { nf, ng, p: { g: lg, f: lf, cc } };
}

/* ------------------------------------------------------------------ companies and small words */

const CO_A = ['Bluefin', 'Kestrel', 'Northgate', 'Lumen', 'Ironbark', 'Quillon', 'Saffron', 'Tidewell', 'Copperline', 'Veldt', 'Arcadia', 'Brightloom', 'Halcyon', 'Orbis', 'Pinecrest', 'Redwater', 'Silverstrand', 'Zephyr', 'Granite Peak', 'Cobalt', 'Meridian', 'Foxglove', 'Sundial', 'Blackthorn'];
const CO_B = ['Analytics', 'Logistics', 'Foods', 'Health', 'Robotics', 'Textiles', 'Capital', 'Labs', 'Systems', 'Freight', 'Dental', 'Interiors', 'Energy', 'Software', 'Media', 'Packaging', 'Biotech', 'Outdoor'];
const CO_SUFFIX: Record<Cc, readonly string[]> = {
  US: ['Inc.', 'LLC', 'Corp.'], GB: ['Ltd', 'plc'], DE: ['GmbH', 'AG'], FR: ['SAS', 'SA'], ES: ['S.L.', 'S.A.'], IT: ['S.r.l.', 'S.p.A.'],
  NL: ['B.V.'], JP: ['K.K.', 'Co., Ltd.'], CA: ['Inc.', 'Ltd.'], AU: ['Pty Ltd'], BR: ['Ltda.', 'S.A.'], IN: ['Pvt. Ltd.'], PL: ['sp. z o.o.'],
  SE: ['AB'], MX: ['S.A. de C.V.'], IE: ['Ltd', 'DAC'], KR: ['Co., Ltd.'], ZA: ['(Pty) Ltd'], CH: ['AG', 'GmbH'],
};
const TLD: Record<Cc, string> = { US: 'com', GB: 'co.uk', DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', JP: 'co.jp', CA: 'ca', AU: 'com.au', BR: 'com.br', IN: 'in', PL: 'pl', SE: 'se', MX: 'com.mx', IE: 'ie', KR: 'co.kr', ZA: 'co.za', CH: 'ch' };
interface Co {
  readonly name: string;
  readonly short: string;
  readonly domain: string;
  readonly cc: Cc;
}
function company(r: Rng, cc?: Cc): Co {
  const c = cc ?? r.pick(COUNTRIES);
  const a = r.pick(CO_A);
  const b = r.pick(CO_B);
  const short = `${a} ${b}`;
  const dom = r.chance(0.5) ? `${a}${b}` : `${a}-${b}`;
  return { name: `${short} ${r.pick(CO_SUFFIX[c])}`, short, domain: `${dom.toLowerCase().replace(/ /g, '')}.${r.chance(0.3) ? 'io' : TLD[c]}`, cc: c };
}
const TITLES = ['VP Marketing', 'Head of Procurement', 'Sales Operations Manager', 'CFO', 'Director of IT', 'Marketing Coordinator', 'Founder & CEO', 'Senior Buyer', 'RevOps Lead', 'Growth Manager', 'Office Manager', 'Events Lead', 'Chief of Staff', 'Account Executive', 'Demand Gen Specialist', 'Purchasing Agent', 'Head of Partnerships'];
const SOURCES = ['Webinar', 'Trade show', 'Inbound – pricing page', 'Partner referral', 'Cold outbound', 'G2 review', 'Paid social', 'Newsletter'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const p2 = (n: number): string => String(n).padStart(2, '0');
function mon(xs: readonly string[], m: number): string {
  return xs[m - 1] ?? 'May';
}

/* ------------------------------------------------------------------ e-mail */

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/æ/g, 'ae')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z]/g, '');
}
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'uol.com.br', 'naver.com', 'yahoo.co.jp', 'rediffmail.com', 'wp.pl', 'bigpond.com'];
function email(r: Rng, p: Person, domain?: string): string {
  const g = ascii(p.g) || 'info';
  const f = ascii(p.f) || 'team';
  const dom = domain ?? r.pick(FREEMAIL);
  const local = r.pick([`${g}.${f}`, `${first(g)}${f}`, `${g}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}.${first(f)}`, `${g}${f}${r.int(70, 99)}`]);
  return `${local}@${dom}`;
}
function roleEmail(r: Rng, domain: string): string {
  return `${r.pick(['sales', 'info', 'events', 'marketing', 'hello', 'partners', 'procurement', 'ap', 'support', 'billing'])}@${domain}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'mara';
  const f = ascii(p.f) || 'quist';
  const dom = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com', 'icloud dot com', 'hotmail dot co dot uk']);
  return r.pick([`${g} dot ${f} at ${dom}`, `${g} underscore ${f} at ${dom}`, `${first(g)} ${f} at ${dom}`]);
}

/* ------------------------------------------------------------------ phones */

function phone(r: Rng, cc: Cc): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  const pairs = (n: number): string => Array.from({ length: n }, () => d(2)).join(' ');
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = nz() + d(2);
      const b = nz() + d(2);
      const x = d(4);
      return r.pick([`(${a}) ${b}-${x}`, `${a}-${b}-${x}`, `+1 ${a} ${b} ${x}`, `${a}.${b}.${x}`, `+1 (${a}) ${b}-${x}`, `1-${a}-${b}-${x}`, `+1-${a}-${b}-${x}`]);
    }
    case 'GB':
      return r.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `+44 (0)161 ${d(3)} ${d(4)}`, `0113 ${d(3)} ${d(4)}`, `+44 117 ${d(3)} ${d(4)}`]);
    case 'DE':
      return r.pick([`+49 30 ${d(8)}`, `030 ${d(4)} ${d(4)}`, `+49 151 ${d(8)}`, `0171 ${d(7)}`, `+49 (0)89 ${d(3)} ${d(3)}-${d(2)}`, `0221/${d(6)}`]);
    case 'FR':
      return r.pick([`+33 ${r.int(1, 7)} ${pairs(4)}`, `0${r.pick(['1', '6', '7', '4'])} ${pairs(4)}`, `+33 (0)${r.int(1, 6)} ${pairs(4)}`, `0${r.int(6, 7)}.${d(2)}.${d(2)}.${d(2)}.${d(2)}`]);
    case 'ES':
      return r.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'IT':
      return r.pick([`+39 02 ${d(4)} ${d(4)}`, `+39 3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(8)}`, `3${d(2)} ${d(7)}`]);
    case 'NL':
      return r.pick([`+31 20 ${d(3)} ${d(4)}`, `06-${d(8)}`, `+31 6 ${d(8)}`, `030 ${d(3)} ${d(4)}`]);
    case 'JP':
      return r.pick([`03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `+81 6 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'BR':
      return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 3${d(3)}-${d(4)}`, `(11) 3${d(3)}-${d(4)}`]);
    case 'IN':
      return r.pick([`+91 9${d(4)} ${d(5)}`, `+91-80-${d(4)}-${d(4)}`, `098${d(2)} ${d(5)}`, `+91 7${d(9)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `+48 22 ${d(3)} ${d(2)} ${d(2)}`, `${r.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`]);
    case 'SE':
      return r.pick([`+46 70 ${d(3)} ${d(2)} ${d(2)}`, `070-${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`, `+46 8 ${d(3)} ${d(3)} ${d(2)}`]);
    case 'MX':
      return r.pick([`+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`, `55 ${d(4)} ${d(4)}`]);
    case 'IE':
      return r.pick([`+353 1 ${d(3)} ${d(4)}`, `08${r.int(3, 9)} ${d(3)} ${d(4)}`, `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`, `(021) ${d(3)} ${d(4)}`]);
    case 'KR':
      return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `+82 2 ${d(4)} ${d(4)}`]);
    case 'ZA':
      return r.pick([`+27 82 ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `+27 (0)11 ${d(3)} ${d(4)}`, `07${r.int(1, 9)} ${d(3)} ${d(4)}`]);
    case 'CH':
      return r.pick([`+41 44 ${d(3)} ${d(2)} ${d(2)}`, `079 ${d(3)} ${d(2)} ${d(2)}`, `+41 (0)61 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AU':
      return r.pick([`+61 4${d(2)} ${d(3)} ${d(3)}`, `04${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`]);
  }
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(r: Rng): string {
  const groups = [String(r.int(2, 9)) + r.digits(2), String(r.int(2, 9)) + r.digits(2), r.digits(4)];
  const oh = r.chance(0.5);
  return groups.map((g) => Array.from(g).map((c) => (c === '0' && oh ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ')).join(', ');
}
const masked = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`, `•••• ${r.digits(4)}`]);

/* ------------------------------------------------------------------ addresses */

interface Addr {
  readonly lines: readonly string[];
  readonly street: string;
  readonly city: string;
  readonly region: string;
  readonly post: string;
  readonly country: string;
}
const UPPER = 'ABDEFGHJLNPQRSTUWXYZ';
const letter = (r: Rng): string => UPPER.charAt(r.int(0, UPPER.length - 1));

function address(r: Rng, cc: Cc): Addr {
  const n = r.int(1, 240);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick([['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Portland', 'OR', '972'], ['Madison', 'WI', '537'], ['Tampa', 'FL', '336'], ['Charlotte', 'NC', '282'], ['St. Louis', 'MO', '631'], ['Jackson', 'MS', '392'], ['Boise', 'ID', '837'], ['Providence', 'RI', '029']] as const);
      const zip = z + r.digits(2);
      if (r.chance(0.12)) {
        const box = `PO Box ${r.int(100, 9999)}`;
        return { lines: [box, `${city}, ${st} ${zip}`], street: box, city, region: st, post: zip, country: 'USA' };
      }
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Ridge Dr', 'W Fulton St', 'Commerce Blvd', 'N Lamar Blvd', 'Pine Hollow Rd', 'Oakmont Ave', 'Old Mill Rd', 'Harbor View Ln', 'Martin Luther King Jr Blvd', 'E Washington Ave', 'Cedar Crest Ct', 'Industrial Pkwy'])}`;
      const unit = r.chance(0.4) ? r.pick([`Suite ${r.int(100, 950)}`, `Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Ste ${r.int(2, 30)}0`, `Unit ${r.int(1, 12)}`]) : '';
      const l1 = unit ? [street, unit] : [street];
      return { lines: [...l1, `${city}, ${st} ${zip}`], street: unit ? `${street}, ${unit}` : street, city, region: st, post: zip, country: 'USA' };
    }
    case 'GB': {
      const [city, a] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['York', 'YO'], ['Brighton', 'BN']] as const);
      const pc = `${a}${r.int(1, 20)} ${r.int(1, 9)}${letter(r)}${letter(r)}`;
      const street = r.chance(0.2) ? `Flat ${r.int(1, 30)}, ${r.pick(['Wharfside House', 'Albion Court', 'The Maltings'])}` : `${n} ${r.pick(['Harcourt Road', 'Chapel Street', 'Victoria Terrace', 'Mill Lane', 'Kingsley Avenue', 'Queen Street', 'Brunswick Place', 'Oak Tree Close'])}`;
      const lines = r.chance(0.5) ? [street, city, pc] : [street, `${city} ${pc}`];
      if (r.chance(0.3)) lines.push('United Kingdom');
      return { lines, street, city, region: '', post: pc, country: 'United Kingdom' };
    }
    case 'DE': {
      const [city, pre] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Stuttgart', '70'], ['Freiburg im Breisgau', '79'], ['Dresden', '01']] as const);
      const plz = pre + r.digits(3);
      const street = `${r.pick(['Lindenstraße', 'Goethestraße', 'Hauptstraße', 'Am Sandtorkai', 'Schillerplatz', 'Bahnhofstr.', 'Kastanienallee', 'Wilhelm-Leuschner-Straße'])} ${n}${r.pick(['', '', 'a', 'b'])}`;
      const lines = [street, `${plz} ${city}`];
      if (r.chance(0.3)) lines.push('Deutschland');
      return { lines, street, city, region: '', post: plz, country: 'Deutschland' };
    }
    case 'FR': {
      const [city, cp] = r.pick([['Lyon', `6900${r.int(1, 9)}`], ['Bordeaux', '33000'], ['Nantes', '44000'], ['Lille', '59000'], ['Toulouse', '31000'], ['Paris', `750${p2(r.int(1, 20))}`]] as const);
      const street = `${n}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'rue Victor Hugo', 'avenue Jean Jaurès', 'boulevard Haussmann', 'rue de la République', 'quai des Chartrons', 'place du Marché'])}`;
      const lines = [street, `${cp} ${r.chance(0.5) ? city.toUpperCase() : city}`];
      if (r.chance(0.3)) lines.push('France');
      return { lines, street, city, region: '', post: cp, country: 'France' };
    }
    case 'ES': {
      const [city, pre] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480']] as const);
      const cp = pre + r.digits(2);
      const street = `${r.pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución', 'Calle Mayor', 'Gran Vía', 'Calle del Doctor Fleming'])}, ${n}, ${r.int(1, 8)}.º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`;
      return { lines: [street, `${cp} ${city}`], street, city, region: '', post: cp, country: 'España' };
    }
    case 'IT': {
      const [city, pre, pv] = r.pick([['Milano', '201', 'MI'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Roma', '001', 'RM'], ['Napoli', '801', 'NA']] as const);
      const cap = pre + r.digits(2);
      const street = `${r.pick(['Via Garibaldi', 'Corso Buenos Aires', 'Via dei Mille', 'Piazza della Libertà', 'Viale Monza', 'Via Mazzini'])}, ${n}`;
      return { lines: [street, `${cap} ${city} ${r.chance(0.5) ? `(${pv})` : pv}`], street, city, region: pv, post: cap, country: 'Italia' };
    }
    case 'NL': {
      const [city, pre] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Eindhoven', '56'], ['Groningen', '97']] as const);
      const pc = `${pre}${r.digits(2)} ${letter(r)}${letter(r)}`;
      const street = `${r.pick(['Keizersgracht', 'Stationsplein', 'Oudegracht', 'Lange Voorhout', 'Dorpsstraat', 'Willemsparkweg'])} ${n}${r.pick(['', '', '-II', 'A'])}`;
      return { lines: [street, `${pc} ${city.toUpperCase() === city ? city : r.chance(0.3) ? city.toUpperCase() : city}`], street, city, region: '', post: pc, country: 'Nederland' };
    }
    case 'JP': {
      const post = `${r.int(100, 989)}-${r.digits(4)}`;
      if (r.chance(0.5)) {
        const area = r.pick(['東京都渋谷区渋谷', '大阪府大阪市北区梅田', '神奈川県横浜市西区みなとみらい', '福岡県福岡市中央区天神', '愛知県名古屋市中村区名駅']);
        const line = `〒${post} ${area}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}`;
        return { lines: [line], street: line, city: '', region: '', post, country: '日本' };
      }
      const [ward, city] = r.pick([['Shibuya-ku', 'Tokyo'], ['Kita-ku', 'Osaka'], ['Naka-ku', 'Yokohama'], ['Chuo-ku', 'Fukuoka']] as const);
      const street = `${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Dogenzaka', 'Umeda', 'Honcho', 'Tenjin'])}`;
      return { lines: [`${street}, ${ward}`, `${city} ${post}`, 'Japan'], street, city, region: ward, post, country: 'Japan' };
    }
    case 'CA': {
      const [city, pv, fsa] = r.pick([['Toronto', 'ON', 'M5V'], ['Montréal', 'QC', 'H3B'], ['Vancouver', 'BC', 'V6B'], ['Calgary', 'AB', 'T2P'], ['Halifax', 'NS', 'B3J']] as const);
      const pc = `${fsa} ${r.int(1, 9)}${letter(r)}${r.int(1, 9)}`;
      const street = `${r.int(10, 2999)} ${pv === 'QC' ? r.pick(['rue Sainte-Catherine O', 'boul. René-Lévesque', 'rue Saint-Denis']) : r.pick(['Bay St', 'Granville St', '8 Ave SW', 'Barrington St', 'King St W'])}${r.chance(0.4) ? `, Suite ${r.int(100, 2400)}` : ''}`;
      return { lines: [street, `${city} ${pv} ${pc}`], street, city, region: pv, post: pc, country: 'Canada' };
    }
    case 'AU': {
      const [city, st, pc] = r.pick([['Sydney', 'NSW', '2000'], ['Melbourne', 'VIC', '3000'], ['Brisbane', 'QLD', '4000'], ['Perth', 'WA', '6000'], ['Adelaide', 'SA', '5000'], ['Fortitude Valley', 'QLD', '4006']] as const);
      const street = r.chance(0.15) ? `PO Box ${r.int(10, 999)}` : `${r.chance(0.3) ? `Level ${r.int(2, 30)}, ` : r.chance(0.2) ? `Unit ${r.int(1, 40)}/` : ''}${n} ${r.pick(['Pitt Street', 'Collins St', 'Queen Street', 'Hay St', 'Grenfell Street', 'Brunswick St'])}`;
      return { lines: [street, `${city.toUpperCase() === city ? city : r.chance(0.4) ? city.toUpperCase() : city} ${st} ${pc}`], street, city, region: st, post: pc, country: 'Australia' };
    }
    case 'BR': {
      const [city, uf, pre] = r.pick([['São Paulo', 'SP', '01'], ['Rio de Janeiro', 'RJ', '22'], ['Belo Horizonte', 'MG', '30'], ['Curitiba', 'PR', '80'], ['Porto Alegre', 'RS', '90']] as const);
      const cep = `${pre}${r.digits(3)}-${r.digits(3)}`;
      const street = `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro', 'Av. Afonso Pena'])}, ${r.int(10, 2500)}${r.chance(0.4) ? `, apto ${r.int(11, 190)}` : ''}`;
      const bairro = r.pick(['Consolação', 'Bela Vista', 'Centro', 'Funcionários', 'Moinhos de Vento']);
      return { lines: [street, `${bairro}, ${city} - ${uf}`, cep], street, city, region: uf, post: cep, country: 'Brasil' };
    }
    case 'IN': {
      const [city, stt, pre] = r.pick([['Bengaluru', 'Karnataka', '5600'], ['Pune', 'Maharashtra', '4110'], ['Chennai', 'Tamil Nadu', '6000'], ['Hyderabad', 'Telangana', '5000'], ['Mumbai', 'Maharashtra', '4000']] as const);
      const pin = pre + r.digits(2);
      const street = `${r.pick(['Flat', 'No.', 'Plot'])} ${r.int(2, 804)}, ${r.pick(['Sai Residency', 'Prestige Towers', 'Green Park Apartments', 'Lotus Enclave'])}, ${r.int(1, 18)}th ${r.pick(['Main Road', 'Cross', 'Street'])}`;
      const area = r.pick(['Indiranagar', 'Koregaon Park', 'Adyar', 'Banjara Hills', 'Andheri East']);
      return { lines: [street, area, `${city}, ${stt} ${pin}`], street, city, region: stt, post: pin, country: 'India' };
    }
    case 'PL': {
      const [city, pre] = r.pick([['Warszawa', '00'], ['Kraków', '31'], ['Gdańsk', '80'], ['Wrocław', '50'], ['Poznań', '61']] as const);
      const pc = `${pre}-${r.digits(3)}`;
      const street = `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętojańska', 'Kwiatowa', 'Mickiewicza'])} ${n}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`;
      return { lines: [street, `${pc} ${city}`], street, city, region: '', post: pc, country: 'Polska' };
    }
    case 'SE': {
      const [city, pre] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75']] as const);
      const pc = `${pre}${r.int(1, 9)} ${r.digits(2)}`;
      const street = `${r.pick(['Drottninggatan', 'Sveavägen', 'Kungsportsavenyn', 'Storgatan', 'Järnvägsgatan'])} ${n}`;
      return { lines: [street, `${pc} ${city}`], street, city, region: '', post: pc, country: 'Sverige' };
    }
    case 'MX': {
      const [city, st, pre] = r.pick([['Ciudad de México', 'CDMX', '03'], ['Guadalajara', 'Jal.', '44'], ['Monterrey', 'N.L.', '64'], ['Puebla', 'Pue.', '72']] as const);
      const cp = pre + r.digits(3);
      const street = `${r.pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Chapultepec', 'Blvd. Díaz Ordaz', 'Calle 5 de Mayo'])} ${r.int(10, 1999)}${r.chance(0.4) ? `, Int. ${r.int(1, 30)}` : ''}`;
      const col = `Col. ${r.pick(['Del Valle', 'Americana', 'Centro', 'San Pedro Garza García', 'Roma Norte'])}`;
      return { lines: [street, col, `${cp} ${city}, ${st}`], street, city, region: st, post: cp, country: 'México' };
    }
    case 'IE': {
      const [city, rk] = r.pick([['Dublin 2', 'D02'], ['Dublin 18', 'D18'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94']] as const);
      const ek = `${rk} ${letter(r)}${r.int(1, 9)}${letter(r)}${r.int(1, 9)}`;
      const street = `${r.chance(0.3) ? `Unit ${r.int(1, 20)}, ` : ''}${n} ${r.pick(['Harcourt Street', 'Leeson Street Lower', 'Oliver Plunkett Street', 'Shop Street', 'Sandyford Road'])}`;
      return { lines: [street, city, ek], street, city, region: '', post: ek, country: 'Ireland' };
    }
    case 'KR': {
      const post = r.digits(5);
      if (r.chance(0.5)) {
        const line = `${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로'])} ${r.int(1, 400)}, ${r.int(2, 25)}층 (${post})`;
        return { lines: [line], street: line, city: '', region: '', post, country: '대한민국' };
      }
      const street = `${r.int(2, 25)}F, ${r.int(1, 400)} ${r.pick(['Teheran-ro', 'Pangyoyeok-ro', 'Centum jungang-ro'])}`;
      const city = r.pick(['Gangnam-gu, Seoul', 'Bundang-gu, Seongnam', 'Haeundae-gu, Busan']);
      return { lines: [street, `${city} ${post}`, 'South Korea'], street, city, region: '', post, country: 'South Korea' };
    }
    case 'ZA': {
      const [city, pc] = r.pick([['Cape Town', '8001'], ['Sandton', '2196'], ['Durban', '4001'], ['Pretoria', '0181']] as const);
      const street = `${n} ${r.pick(['Bree Street', 'Rivonia Road', 'Florida Road', 'Long Street', 'Jan Smuts Avenue'])}`;
      return { lines: [street, city, pc], street, city, region: '', post: pc, country: 'South Africa' };
    }
    case 'CH': {
      const [city, pc, st] = r.pick([['Zürich', '8001', 'Bahnhofstrasse'], ['Basel', '4051', 'Steinenvorstadt'], ['Genève', '1204', 'Rue du Rhône'], ['Lugano', '6900', 'Via Nassa']] as const);
      const street = `${st} ${n}`;
      return { lines: [street, `${pc} ${city}`], street, city, region: '', post: pc, country: 'Schweiz' };
    }
  }
}
const multi = (a: Addr): string => a.lines.join('\n');
const oneLine = (a: Addr): string => a.lines.join(', ');

/* ------------------------------------------------------------------ dates */

function dob(r: Rng, cc: Cc): string {
  const y = r.int(1952, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  switch (cc) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${mon(MONTHS_EN, m)} ${d}, ${y}`, `${m}/${d}/${y}`]);
    case 'GB': case 'IE': case 'AU': case 'IN': case 'ZA':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon(MONTHS_EN, m)} ${y}`, `${d} ${mon(MONTHS_EN, m).slice(0, 3)} ${y}`]);
    case 'DE': case 'CH':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mon(MONTHS_DE, m)} ${y}`]);
    case 'PL':
      return `${p2(d)}.${p2(m)}.${y}`;
    case 'FR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon(MONTHS_FR, m)} ${y}`]);
    case 'ES': case 'MX':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon(MONTHS_ES, m)} de ${y}`]);
    case 'IT':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon(MONTHS_IT, m)} ${y}`]);
    case 'BR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon(MONTHS_PT, m)} de ${y}`]);
    case 'NL':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon(MONTHS_NL, m)} ${y}`]);
    case 'SE': case 'CA':
      return `${y}-${p2(m)}-${p2(d)}`;
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
  }
}
const isoDob = (r: Rng): string => `${r.int(1952, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`;
/** A non-birth date (meetings, renewals, invoices). */
function someDate(r: Rng): string {
  const y = r.int(2023, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`, `${mon(MONTHS_EN, m)} ${d}, ${y}`, `${d} ${mon(MONTHS_EN, m).slice(0, 3)} ${y}`, `${p2(d)}.${p2(m)}.${y}`]);
}
const stamp = (r: Rng): string => `${r.int(2023, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;

/* ------------------------------------------------------------------ cards, IBANs, SSNs, IPs */

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return String(c);
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  const [pre, len] = r.pick<readonly [string, number]>([
    ['4', 16], ['4', 16], ['4', 16], ['4', 13], ['4', 19], [`5${r.int(1, 5)}`, 16], [`5${r.int(1, 5)}`, 16], [String(r.int(2221, 2720)), 16],
    [`3${r.pick(['4', '7'])}`, 15], [`3${r.pick(['4', '7'])}`, 15], ['6011', 16], ['65', 16], [String(r.int(644, 649)), 16],
    [String(r.int(3528, 3589)), 16], ['36', 14], [`30${r.int(0, 5)}`, 14], ['62', 16],
  ]);
  const body = pre + r.digits(len - pre.length - 1);
  return body + luhnDigit(body);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  if (sep === '') return d;
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [13] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
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
  const bad = d.slice(0, -1) + String((last + r.int(1, 9)) % 10);
  if (luhnValid(bad)) throw new Error('luhn');
  return groupCard(r, bad);
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}
const IBAN_CCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'DK', 'FI', 'NO', 'LU'];
function ibanCompact(r: Rng, cc?: string): string {
  const c = cc ?? r.pick(IBAN_CCS);
  const len = IBAN_LENGTHS[c] ?? 22;
  const letters = (k: number): string => Array.from({ length: k }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
  let bban: string;
  if (c === 'GB' || c === 'IE') bban = letters(4) + r.digits(len - 8);
  else if (c === 'NL') bban = letters(4) + r.digits(len - 8);
  else if (c === 'IT') bban = letters(1) + r.digits(len - 5);
  else bban = r.digits(len - 4);
  const check = 98 - mod97(bban + c + '00');
  const iban = c + p2(check) + bban;
  if (!ibanMod97Valid(iban) || iban.length !== len) throw new Error('iban');
  return iban;
}
function fmtIban(r: Rng, iban: string): string {
  const k = r.int(0, 9);
  if (k < 6) return iban.replace(/(.{4})/g, '$1 ').trim();
  if (k < 9) return iban;
  return iban.toLowerCase();
}
const iban = (r: Rng, cc?: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng): string {
  const good = ibanCompact(r);
  let cd = Number(good.slice(2, 4));
  cd = cd >= 50 ? cd - r.int(1, 40) : cd + r.int(1, 40);
  const bad = good.slice(0, 2) + p2(cd) + good.slice(4);
  if (ibanMod97Valid(bad)) throw new Error('bad iban');
  return bad.replace(/(.{4})/g, '$1 ').trim();
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const k = r.int(0, 9);
  return k < 7 ? `${a}-${g}-${s}` : k < 9 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
/** SSN-shaped but not a valid SSN (ITIN range, 000 / 666 area, masked). */
const notSsn = (r: Rng): string => r.pick([`9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${p2(r.int(10, 99))}-${r.digits(4)}`, `666-${p2(r.int(10, 99))}-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `***-**-${r.digits(4)}`]);

function ip4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([24, 31, 45, 62, 73, 81, 89, 102, 104, 141, 151, 176, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ip6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2409:4060', '2a01:cb00', '2804:14c']);
  const k = r.int(0, 2);
  if (k === 0) return `${pre}:${h()}:${h()}::${h()}`;
  if (k === 1) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return `fe80::${h()}:${h()}:${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ip4(r) : ip6(r));

/* ------------------------------------------------------------------ unlabelled distractors */

const BRANDS = ["Ben & Jerry's", 'Dr Pepper', "Wendy's", 'Tim Hortons', 'Dell Technologies', 'Ford Pro', 'Johnson & Johnson', 'Morgan Stanley', 'Wells Fargo', 'Goldman Sachs', 'Hewlett Packard Enterprise', 'Mercedes-Benz Vans', 'Hugo Boss', 'Ralph Lauren', 'Estée Lauder', 'Ted Baker', 'Marks & Spencer', 'Dyson', 'Tommy Hilfiger', "Trader Joe's", 'Ferrari', 'Siemens', 'Philips', 'Porsche', 'Martha Stewart Living', 'Jack Daniel\'s', 'Kellogg'];
const TOOLS = ['Salesforce', 'HubSpot', 'Marketo', 'Pardot', 'Outreach', 'Salesloft', 'Gong', 'Apollo', 'ZoomInfo', 'Clearbit', 'Mailchimp', 'Pipedrive', 'Zapier', 'Calendly', 'Hotjar'];
const PLACES = ['Lake Louise', 'San Diego', 'St. Petersburg', 'Lincoln Center', 'John Wayne Airport', 'Washington Dulles', 'Charles de Gaulle', 'Victoria Station', 'Fort Worth', 'Port Elizabeth', 'Santa Clara', 'the Moscone Center', 'the ExCeL London', 'Messe Frankfurt', 'Georgia World Congress Center'];
const EPONYMS = ["Parkinson's law", "Murphy's law", "Goodhart's law", 'the Sarbanes-Oxley controls', 'Dodd-Frank', "the Crohn's & Colitis Foundation", "Alzheimer's Awareness Month", 'the Nobel Prize', 'a Pulitzer', 'the Turing Award', "Halley's Comet", 'the Peter principle', "Conway's law", 'Hodgkin lymphoma research'];
const TEAMS = ['Project Falcon', 'Team Aurora', 'the Tiger Team', 'the Phoenix release', 'Atlas tier', 'the Grant Program', 'Hope Street Gallery', 'the Victoria account', 'Operation Bluebird', 'Team Everest', 'the Summit Club'];
function alnum(r: Rng, n: number): string {
  const cs = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += cs.charAt(r.int(0, cs.length - 1));
  return s;
}
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
const ver = (r: Rng): string => `${r.int(1, 14)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(10, 999)}`;
const ROUTING = ['021000021', '026009593', '121000248', '011000138', '071000013', '111000025'];

/** One PII-free sentence with a trap in it. */
function trap(r: Rng): string {
  switch (r.int(0, 21)) {
    case 0: return `Ticket INC-${r.digits(7)} opened with RevOps.`;
    case 1: return `Order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)} shipped, tracking 1Z${alnum(r, 16)}.`;
    case 2: return `Synced via the ${r.pick(TOOLS)} connector v${ver(r)}.`;
    case 3: return `They currently buy from ${r.pick(BRANDS)}'s procurement portal.`;
    case 4: return `Commit ${hex(r, 12)} fixed the dedupe rule.`;
    case 5: return `Their EIN is ${r.int(10, 98)}-${r.digits(7)} (company, not personal).`;
    case 6: return `ABA routing ${r.pick(ROUTING)} on the remittance advice.`;
    case 7: return `Booth is next to the entrance at ${r.pick(PLACES)}.`;
    case 8: return `Reminder: ${r.pick(EPONYMS)} applies to our lead scoring too.`;
    case 9: return `Renewal date ${someDate(r)}; kickoff ${someDate(r)}.`;
    case 10: return `Card on file ${maskedCard(r)} (masked).`;
    case 11: return `Test card ${badCard(r)} was declined as expected.`;
    case 12: return `The old IBAN ${badIban(r)} bounced (checksum error).`;
    case 13: return `Zoom meeting ID ${r.digits(3)} ${r.digits(4)} ${r.digits(4)}, passcode ${alnum(r, 6)}.`;
    case 14: return `Logged under ${r.pick(TEAMS)} in ${r.pick(TOOLS)}.`;
    case 15: return `Opportunity 006${alnum(r, 12)} moved to Stage 3 at ${stamp(r)}.`;
    case 16: return `Callback number on file: ${masked(r)}.`;
    case 17: return `Tax ref ${notSsn(r)} is an ITIN/masked value, do not store.`;
    case 18: return `Quote Q-${r.int(2024, 2026)}-${r.digits(5)} valid until ${someDate(r)}.`;
    case 19: return `UTM: utm_source=${r.pick(['linkedin', 'newsletter', 'g2'])}&utm_campaign=${r.pick(['q3-push', 'spring_webinar', 'abm-tier1'])}.`;
    case 20: return `Agent build ${ver(r)} crashed on the sync job.`;
    default: return `ISBN 978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)} is the book we send as a gift.`;
  }
}
const maybeTrap = (d: Doc, r: Rng, p = 0.4, pre = ' ', post = ''): void => {
  if (r.chance(p)) d.t(pre + trap(r) + post);
};

/* ------------------------------------------------------------------ templates */

type Tpl = (d: Doc, r: Rng) => void;

/** Writes a name: the user's own (known) name, or another form. */
function who(d: Doc, r: Rng, p: Person, known: boolean, mode: 'any' | 'formal' | 'casual' = 'formal'): void {
  if (known) d.self(p);
  else d.l('PERSON', nameForm(r, p, mode));
}
/** A sales rep's signature block. */
function signature(d: Doc, r: Rng, p: Person, co: Co, known: boolean): void {
  d.t(r.pick(['\n\nBest,\n', '\n\nCheers,\n', '\n\nThanks,\n', '\n\nKind regards,\n', '\n\n--\n']));
  if (known) d.self(p);
  else d.l('PERSON', full(p));
  d.t(`\n${r.pick(TITLES)} | ${co.name}\n`);
  if (r.chance(0.7)) d.t(r.pick(['M: ', 'Mobile: ', 'T ', 'Direct: '])).l('PHONE', phone(r, co.cc)).t('\n');
  if (r.chance(0.5)) d.l('EMAIL', email(r, p, co.domain)).t('\n');
  if (r.chance(0.3)) d.l('ADDRESS', oneLine(address(r, co.cc))).t('\n');
  if (r.chance(0.2)) d.t(`Book time with me: calendly.com/${ascii(p.g)}-${co.domain.split('.')[0] ?? 'team'}\n`);
}

const POS: Tpl[] = [];
const NEG: Tpl[] = [];

// 1 CSV lead export
POS.push((d, r) => {
  d.t(r.pick(['Full Name,Email,Phone,Company,Country,Lead Source\n', 'name,email,phone,company,country,source\n', '"Name","E-mail","Phone","Account","Country","Source"\n']));
  const quoted = d.text.startsWith('"');
  const q = (s: string): string => (quoted || s.includes(',') ? `"${s}"` : s);
  for (let i = r.int(3, 7); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    const co = company(r, cc);
    d.t(quoted ? '"' : '').l('PERSON', r.chance(0.8) ? full(p) : full(p).toUpperCase()).t(quoted ? '",' : ',');
    d.t(quoted ? '"' : '').l('EMAIL', email(r, p, r.chance(0.7) ? co.domain : undefined)).t(quoted ? '",' : ',');
    if (r.chance(0.85)) d.t(quoted ? '"' : '').l('PHONE', phone(r, cc)).t(quoted ? '",' : ',');
    else d.t(quoted ? '"",' : ',');
    d.t(`${q(co.name)},${q(cc)},${q(r.pick(SOURCES))}\n`);
  }
});

// 2 CSV contact export with quoted address and inverted names
POS.push((d, r) => {
  d.t('contact_id,"last, first",email,mailing_address,lifecycle_stage,created_at\n');
  for (let i = r.int(2, 5); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.t(`${r.int(100000, 999999)},"`).l('PERSON', `${p.f}, ${p.g}`).t('",').l('EMAIL', email(r, p)).t(',"');
    d.l('ADDRESS', oneLine(address(r, cc))).t(`",${r.pick(['lead', 'MQL', 'SQL', 'customer', 'evangelist'])},${stamp(r)}\n`);
  }
});

// 3 vCard 3.0
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  const a = address(r, cc);
  d.t('BEGIN:VCARD\nVERSION:3.0\nFN:').l('PERSON', full(p)).t(`\nORG:${co.name}\nTITLE:${r.pick(TITLES)}\nTEL;TYPE=WORK,VOICE:`).l('PHONE', phone(r, cc));
  if (r.chance(0.6)) d.t('\nTEL;TYPE=CELL:').l('PHONE', phone(r, cc));
  d.t('\nEMAIL;TYPE=INTERNET:').l('EMAIL', email(r, p, co.domain));
  d.t('\nADR;TYPE=WORK:;;').l('ADDRESS', `${a.street};${a.city};${a.region};${a.post};${a.country}`);
  d.t(`\nURL:https://www.${co.domain}\nNOTE:Scanned at ${r.pick(PLACES)}\nEND:VCARD\n`);
});

// 4 vCard 4.0 with birthday
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  d.t('BEGIN:VCARD\nVERSION:4.0\nFN:').l('PERSON', full(p)).t('\nBDAY:').l('DOB', r.chance(0.5) ? isoDob(r) : isoDob(r).replace(/-/g, ''));
  d.t('\nTEL;VALUE=uri;TYPE=cell:tel:').l('PHONE', phone(r, cc)).t('\nEMAIL:').l('EMAIL', email(r, p));
  d.t(`\nREV:${stamp(r).replace(/[-:]/g, '')}\nCATEGORIES:${r.pick(['VIP', 'Prospect', 'Partner'])}\nEND:VCARD`);
});

// 5 TSV spreadsheet paste
POS.push((d, r) => {
  d.t('Name\tTitle\tCompany\tEmail\tMobile\tNotes\n');
  for (let i = r.int(3, 6); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    const co = company(r, cc);
    d.l('PERSON', r.chance(0.2) ? `${first(p.g)}. ${p.f}` : full(p)).t(`\t${r.pick(TITLES)}\t${co.short}\t`).l('EMAIL', email(r, p, co.domain)).t('\t');
    if (r.chance(0.8)) d.l('PHONE', phone(r, cc));
    else d.t(masked(r));
    d.t(`\t${r.pick(['hot', 'nurture', 'bad fit', 'call back Q3', 'met at booth', ''])}\n`);
  }
});

// 6 CRM call note
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const repP = person(r);
  const p = person(r, cc);
  const co = company(r, cc);
  const known = r.chance(0.6);
  d.t('Activity: Call – Connected\nLogged by: ');
  who(d, r, repP, known);
  d.t(` · ${someDate(r)}\n\nSpoke with ${r.pick(['', 'Dr. ', 'Prof. ', ''])}`).l('PERSON', nameForm(r, p, 'formal'));
  d.t(` (${r.pick(TITLES)}) at ${co.name}. Budget approved for ${r.pick(['Q3', 'next FY', 'H2'])}; they are evaluating us against ${r.pick(TOOLS)}.`);
  d.t(' Direct line ').l('PHONE', phone(r, cc));
  if (r.chance(0.5)) d.t(' ext. ' + r.int(10, 999));
  d.t(', prefers email: ').l('EMAIL', email(r, p, co.domain)).t('.');
  if (r.chance(0.5)) {
    const q = person(r, cc);
    d.t(' Loop in ').l('PERSON', q.g).t(`'s team (${r.pick(['legal', 'IT security', 'finance'])}) before the demo.`);
  }
  maybeTrap(d, r, 0.6);
  d.t('\nNext step: send deck + pricing.');
});

// 7 CRM meeting note with next steps (bullets)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const ps = [person(r, cc), person(r, cc), person(r, cc)];
  const ae = person(r);
  d.t(`Meeting notes – ${company(r, cc).short} discovery (${someDate(r)})\nAttendees: `);
  ps.forEach((p, i) => {
    d.l('PERSON', nameForm(r, p, 'formal'));
    d.t(i < ps.length - 1 ? ', ' : '; ours: ');
  });
  d.l('PERSON', ae.g).t('\n- Pain: manual list uploads, ').t(r.pick(["Murphy's law", 'duplicates', 'stale data'])).t(' every quarter\n- ');
  d.l('PERSON', ps[0]?.g ?? 'Mara').t(' owns budget; ').l('PERSON', ps[1]?.f ?? 'Quist').t(' is the champion\n- Send security questionnaire to ').l('EMAIL', roleEmail(r, company(r, cc).domain));
  maybeTrap(d, r, 0.5, '\n- ');
  d.t('\n- Follow-up call booked for ').t(someDate(r));
});

// 8 Sales call transcript with spoken email and phone
POS.push((d, r) => {
  const cc: Cc = r.pick(['US', 'CA', 'GB', 'AU', 'IE']);
  const repP = person(r, cc);
  const p = person(r, cc);
  const R = repP.g.toUpperCase();
  const P = p.g.toUpperCase();
  d.t('[00:00:04] ').l('PERSON', R).t(': Hi, is this ').l('PERSON', p.g).t('? This is ').l('PERSON', full(repP)).t(` from ${company(r).short}.\n[00:00:09] `);
  d.l('PERSON', P).t(': Speaking. Yeah, I downloaded the ').t(r.pick(['pricing guide', 'ROI calculator', 'benchmark report'])).t('.\n[00:01:12] ');
  d.l('PERSON', R).t(': Perfect. What is the best email to send the recording to?\n[00:01:15] ');
  d.l('PERSON', P).t(': Use my personal one, it is ').l('EMAIL', spokenEmail(r, p)).t('.\n[00:01:22] ');
  d.l('PERSON', R).t(': Got it. And a mobile in case Zoom acts up?\n[00:01:25] ');
  d.l('PERSON', P).t(': Sure, ').l('PHONE', spokenPhone(r)).t('.\n[00:01:31] ');
  d.l('PERSON', R).t(`: Great, I'll send an invite for ${r.pick(WEEKDAYS)}. ${r.chance(0.5) ? 'Version 2.4.1 has the export fix you asked about.' : ''}\n`);
});

// 9 Spanish discovery call transcript
POS.push((d, r) => {
  const cc: Cc = r.pick(['ES', 'MX']);
  const repP = person(r, cc);
  const p = person(r, cc);
  d.t('Transcripción – llamada de descubrimiento\n\n').l('PERSON', repP.g).t(': Buenos días, ¿hablo con la Sra. ').l('PERSON', p.f).t('?\n');
  d.l('PERSON', p.f).t(': Sí, soy yo. Me escribió ').l('PERSON', r.pick([full(person(r, cc)), person(r, cc).g])).t(' la semana pasada.\n');
  d.l('PERSON', repP.g).t(': ¿Me confirma un teléfono para enviarle la propuesta por WhatsApp?\n').l('PERSON', p.f).t(': Claro, el ').l('PHONE', phone(r, cc)).t('.\n');
  d.l('PERSON', repP.g).t(': ¿Y la dirección fiscal para la factura?\n').l('PERSON', p.f).t(': ').l('ADDRESS', oneLine(address(r, cc))).t('.\n');
  d.l('PERSON', repP.g).t(`: Perfecto. Le mando el contrato antes del ${r.int(2, 28)} de ${r.pick(MONTHS_ES)}.`);
});

// 10 Cold outreach email, step 1
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  const ours = company(r);
  const repP = person(r);
  const known = r.chance(0.6);
  d.t('From: ');
  if (known) d.self(repP);
  else d.l('PERSON', full(repP));
  d.t(' <').l('EMAIL', email(r, repP, ours.domain)).t('>\nTo: ').l('EMAIL', email(r, p, co.domain));
  d.t(`\nSubject: ${r.pick(['Quick question', 'Idea for', 'Saw your post on'])} ${co.short}\n\n${r.pick(['Hi', 'Hey', 'Hello'])} `).l('PERSON', p.g);
  d.t(`,\n\nNoticed ${co.short} is hiring SDRs in ${r.pick(['Austin', 'Dublin', 'Berlin', 'Sydney', 'Toronto'])} — teams like ${r.pick(BRANDS)} cut ramp time by ${r.int(20, 45)}% with us.`);
  d.t(' Worth a 15-minute chat?');
  signature(d, r, repP, ours, false);
  if (r.chance(0.4)) d.t('\nUnsubscribe: reply STOP. Sent via ').t(r.pick(TOOLS));
});

// 11 Follow-up bump quoting the earlier step
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const repP = person(r);
  const ours = company(r);
  d.t('Subject: Re: following up\n\nHi ').l('PERSON', p.g).t(r.pick([', bumping this to the top of your inbox.', ' — circling back in case this got buried.', ', one last nudge.']));
  d.t(' Happy to work around your calendar.\n\n— ').l('PERSON', repP.g).t('\n\nOn ').t(someDate(r)).t(', ').l('PERSON', full(repP)).t(' <').l('EMAIL', email(r, repP, ours.domain));
  d.t('> wrote:\n> Hi ').l('PERSON', p.g).t(`,\n> our ${r.pick(['intent data', 'dialer', 'enrichment'])} integration now supports ${r.pick(TOOLS)}.\n> My direct line is `).l('PHONE', phone(r, ours.cc)).t('.\n');
});

// 12 Reply: remove me, forward to colleague
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const q = person(r, cc);
  const co = company(r, cc);
  d.t(r.pick(['Please take me off this list. ', 'Not the right person, and please stop emailing. ', 'Not interested. ']));
  d.t('If you must, talk to ').l('PERSON', full(q)).t(' (').l('EMAIL', email(r, q, co.domain)).t(') who runs procurement now');
  if (r.chance(0.5)) d.t(', or call our switchboard on ').l('PHONE', phone(r, cc));
  d.t('.\n\n').l('PERSON', r.chance(0.5) ? p.g : full(p)).t(`\nSent from my iPhone`);
});

// 13 Out-of-office auto-reply
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const q = person(r, cc);
  const co = company(r, cc);
  d.t(`Automatic reply: ${r.pick(['Partnership opportunity', 'Your demo request', 'Webinar invite'])}\n\nThanks for your message. I am out of the office until ${someDate(r)} with limited access to email. `);
  d.t('For anything urgent please contact ').l('PERSON', full(q)).t(' at ').l('EMAIL', email(r, q, co.domain));
  if (r.chance(0.6)) d.t(' or ').l('PHONE', phone(r, cc));
  d.t('.\n\n').l('PERSON', full(p)).t(`\n${r.pick(TITLES)}, ${co.name}`);
});

// 14 Referral reply
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const q = person(r, cc);
  const repP = person(r);
  d.t('Hi ').l('PERSON', repP.g).t(',\n\nThanks for reaching out. I moved teams, but ').l('PERSON', full(q));
  d.t(' now owns the marketing budget here and has been complaining about our current vendor. ');
  d.t(r.chance(0.5) ? 'Best reached at ' : 'Reach out via ').l('EMAIL', email(r, q, company(r, cc).domain));
  if (r.chance(0.5)) d.t(' / ').l('PHONE', phone(r, cc));
  d.t(". Tell them I sent you.\n\n").l('PERSON', p.g);
  maybeTrap(d, r, 0.3, '\n\nPS: ');
});

// 15 Conference attendee list (markdown table)
POS.push((d, r) => {
  d.t(`## ${r.pick(['SaaStr', 'RevOps Summit', 'MarTech Live', 'B2B Growth Forum'])} – attendee list (export ${someDate(r)})\n\n| # | Name | Company | Email | Dietary |\n|---|---|---|---|---|\n`);
  for (let i = 1; i <= r.int(3, 7); i++) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    const co = company(r, cc);
    d.t(`| ${i} | `).l('PERSON', full(p)).t(` | ${co.short} | `).l('EMAIL', email(r, p, co.domain)).t(` | ${r.pick(['none', 'vegetarian', 'halal', 'gluten-free', 'vegan', 'kosher'])} |\n`);
  }
  maybeTrap(d, r, 0.5, '\n');
});

// 16 Badge print list (caps)
POS.push((d, r) => {
  d.t('BADGE PRINT QUEUE — Hall B\nFIRST LINE / SECOND LINE / ROLE\n');
  for (let i = r.int(4, 8); i > 0; i--) {
    const p = person(r);
    d.l('PERSON', r.chance(0.7) ? full(p).toUpperCase() : `${p.g.toUpperCase()}\u00a0${p.f.toUpperCase()}`).t(` / ${company(r).short.toUpperCase()} / ${r.pick(['ATTENDEE', 'SPEAKER', 'SPONSOR', 'PRESS', 'STAFF'])}\n`);
  }
  d.t(`Printer: Zebra ZD421 fw ${ver(r)}`);
});

// 17 Business card OCR (western)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES.filter((c) => c !== 'JP' && c !== 'KR'));
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`[OCR scan ${r.int(1, 400)}.jpg — confidence ${r.int(71, 99)}%]\n${co.name.toUpperCase()}\n\n`).l('PERSON', r.chance(0.5) ? full(p) : full(p).toUpperCase());
  d.t(`\n${r.pick(TITLES)}\n\n`).l('ADDRESS', multi(address(r, cc))).t('\nT ').l('PHONE', phone(r, cc)).t('\nM ').l('PHONE', phone(r, cc));
  const e = email(r, p, co.domain);
  if (r.chance(0.2) && e.length > 12) d.t(`\nE ${e.slice(0, 9)}-\n${e.slice(9)}`);
  else d.t('\nE ').l('EMAIL', e);
  d.t(`\nwww.${co.domain}\nlinkedin.com/in/${ascii(p.g)}${ascii(p.f).slice(0, 3)}`);
});

// 18 Japanese meishi OCR
POS.push((d, r) => {
  const co = company(r, 'JP');
  const { nf: f, ng: g, p: rom } = nativePair(r, JP_NATIVE, 'JP');
  d.t(`${co.short}株式会社\n営業本部 部長\n`).l('PERSON', `${f} ${g}`).t('\n').l('PERSON', `${rom.f.toUpperCase()} ${rom.g}`).t('\n');
  d.l('ADDRESS', multi(address(r, 'JP'))).t('\nTEL ').l('PHONE', phone(r, 'JP')).t(`  FAX 03-${r.digits(4)}-XXXX\nMail: `).l('EMAIL', email(r, rom, co.domain));
  d.t('\n\nメモ: 展示会で名刺交換。').l('PERSON', f).t('様より資料送付の依頼あり。');
});

// 19 Webinar registration confirmation (self)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`You're registered: "${r.pick(['Pipeline Math 101', 'Scaling ABM', 'Intent Data Deep Dive', 'Cold Email in 2025'])}"\n\nFirst name: `).l('PERSON', p.g).t('\nLast name: ').l('PERSON', p.f);
  d.t('\nWork email: ').l('EMAIL', email(r, p, co.domain)).t(`\nCompany: ${co.name}\nJob title: ${r.pick(TITLES)}\nCountry: ${cc}`);
  if (r.chance(0.6)) d.t('\nPhone (optional): ').l('PHONE', phone(r, cc));
  d.t(`\nJoin link: https://events.example.net/w/${alnum(r, 10)}\nAdd to calendar: ${someDate(r)} 16:00 UTC\n\nSee you there, `);
  d.self(p).t('!');
});

// 20 Webinar registrations JSON export
POS.push((d, r) => {
  d.t('[\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.t('  {"name": "').l('PERSON', full(p)).t('", "email": "').l('EMAIL', email(r, p)).t('", "ip": "').l('IP', ip(r));
    d.t(`", "registered_at": "${stamp(r)}", "attended": ${r.chance(0.5) ? 'true' : 'false'}, "client": "web ${ver(r)}"}${i < n - 1 ? ',' : ''}\n`);
  }
  d.t(']');
});

// 21 Newsletter sign-up form submission (self)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  d.t(`New form submission — "Newsletter sign-up" (${r.pick(TOOLS)} Forms)\n\nName: `).self(p).t('\nEmail: ').l('EMAIL', email(r, p));
  if (r.chance(0.6)) d.t('\nDate of birth (for age check): ').l('DOB', dob(r, cc));
  d.t(`\nTopics: ${r.pick(['Product news', 'Events', 'Research'])}\nConsent: yes (checkbox v3)\nSubmitted from IP `).l('IP', ip(r));
  d.t(` at ${stamp(r)}\nPage: /resources/${r.pick(['state-of-sales', 'abm-guide', 'pricing'])}`);
});

// 22 Double opt-in audit log
POS.push((d, r) => {
  const p = person(r);
  const e = email(r, p);
  const a = ip(r);
  d.t(`${stamp(r)} optin.requested list=weekly-digest email=`).l('EMAIL', e).t(' ip=').l('IP', a).t(`\n${stamp(r)} optin.mail_sent provider=${r.pick(TOOLS)} msg_id=<${hex(r, 16)}@mailer>\n`);
  d.t(`${stamp(r)} optin.confirmed email=`).l('EMAIL', e).t(' ip=');
  const v6 = r.chance(0.5);
  if (v6) d.t('[').l('IP', ip6(r)).t(`]:${r.int(1024, 65535)}`);
  else d.l('IP', ip4(r)).t(`:${r.int(1024, 65535)}`);
  d.t(` ua="Mozilla/5.0 (Macintosh) Chrome/${r.int(110, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}"`);
});

// 23 Enrichment tool output
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`Enrichment result (${r.pick(TOOLS)}) — match score ${r.int(60, 99)}\n\nperson.full_name: `).l('PERSON', full(p)).t('\nperson.email: ').l('EMAIL', email(r, p, co.domain));
  d.t('\nperson.phone.mobile: ').l('PHONE', phone(r, cc)).t(`\nperson.twitter: @${ascii(p.g)}_${ascii(p.f).slice(0, 4)}\ncompany.name: ${co.name}\ncompany.hq: `).l('ADDRESS', oneLine(address(r, cc)));
  d.t(`\ncompany.employees: ${r.int(11, 5000)}\ncompany.tech: ${r.pick(TOOLS)}, ${r.pick(TOOLS)}\nlast_seen_ip: `).l('IP', ip4(r));
});

// 24 Order form with card payment
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`ORDER FORM #OF-${r.digits(6)}\nCustomer: ${co.name}\nBilling contact: `).l('PERSON', full(p)).t(', ').l('EMAIL', email(r, p, co.domain));
  d.t('\nBilling address:\n').l('ADDRESS', multi(address(r, cc)));
  d.t(`\nPlan: ${r.pick(['Growth', 'Scale', 'Enterprise'])} — ${r.int(5, 120)} seats\nPayment method: credit card\nCard number: `).l('CARD', card(r));
  d.t(`\nExpiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}   CVC: ${r.digits(3)}\nCardholder: `).l('PERSON', full(p).toUpperCase());
  maybeTrap(d, r, 0.5, '\n');
});

// 25 SEPA direct debit mandate
POS.push((d, r) => {
  const cc: Cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'PL', 'SE', 'CH']);
  const p = person(r, cc);
  const ibanCc = cc === 'SE' || cc === 'PL' || cc === 'CH' || cc === 'IE' ? cc : r.chance(0.8) ? cc : undefined;
  d.t(`SEPA Direct Debit Mandate — Mandate ref. MNDT-${alnum(r, 8)}\nCreditor ID: DE98ZZZ0${r.digits(10)}\n\nDebtor name: `).l('PERSON', full(p));
  d.t('\nDebtor address: ').l('ADDRESS', oneLine(address(r, cc))).t('\nIBAN: ').l('IBAN', iban(r, ibanCc));
  d.t(`\nBIC: ${alnum(r, 4).replace(/[0-9]/g, 'X')}${cc === 'CH' ? 'CH' : cc}2X\nType of payment: recurrent\nSigned: ${someDate(r)}`);
});

// 26 Vendor onboarding (W-9 style) for a freelance event contractor
POS.push((d, r) => {
  const p = person(r, 'US');
  d.t('Vendor onboarding — individual / sole proprietor\n\nLegal name: ').self(p).t('\nBusiness name (if different): ').t(r.pick(['—', `${p.f} Creative`, 'Lens & Light Studio']));
  d.t('\nTaxpayer ID (SSN): ').l('NATIONAL_ID', ssn(r)).t('\nMailing address:\n').l('ADDRESS', multi(address(r, 'US')));
  d.t('\nRemit-to phone: ').l('PHONE', phone(r, 'US')).t('\nRemit-to email: ').l('EMAIL', email(r, p));
  d.t(`\nService: ${r.pick(['booth photography', 'swag design', 'event MC', 'translation'])} for the ${r.pick(PLACES)} show`);
  maybeTrap(d, r, 0.6, '\nNote: ');
});

// 27 Net-terms credit application with personal guarantee
POS.push((d, r) => {
  const p = person(r, 'US');
  const co = company(r, 'US');
  d.t(`CREDIT APPLICATION — Net 30 terms\nApplicant: ${co.name}\nFederal EIN: ${r.int(10, 98)}-${r.digits(7)}\nBank: ${r.pick(['Wells Fargo', 'Chase', 'PNC'])}, routing ${r.pick(ROUTING)}\n\nPersonal guarantor: `);
  d.l('PERSON', full(p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDOB: ').l('DOB', dob(r, 'US')).t('\nHome address: ').l('ADDRESS', oneLine(address(r, 'US')));
  d.t('\nCell: ').l('PHONE', phone(r, 'US')).t(`\nTrade reference: ${r.pick(BRANDS)} (account ${r.digits(8)})`);
});

// 28 Event gift shipping list
POS.push((d, r) => {
  d.t(`Holiday gift send — ${r.pick(['tier 1 accounts', 'closed-won Q4', 'champions'])}\n\n`);
  for (let i = r.int(2, 4); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.t('• ').l('PERSON', full(p)).t(` (${company(r, cc).short}) — `).l('ADDRESS', oneLine(address(r, cc)));
    if (r.chance(0.5)) d.t(' — courier phone ').l('PHONE', phone(r, cc));
    d.t('\n');
  }
  d.t(`Gift: ${r.pick(["Ben & Jerry's voucher", 'Dyson fan', 'hot sauce trio', 'book (ISBN on file)'])}`);
});

// 29 Swag request with multi-line address
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t('Hey team, can we ship a hoodie (size ').t(r.pick(['M', 'L', 'XL'])).t(') to this champion?\n\n').l('PERSON', full(p)).t(`\n${co.name}\n`);
  d.l('ADDRESS', multi(address(r, cc))).t('\n\nPhone for the courier: ').l('PHONE', phone(r, cc));
  d.t(`\n\nThey're ${r.pick(['a huge advocate', 'renewing next month', 'speaking at our user group'])}. Leave it at reception, not the loading dock behind the building.`);
});

// 30 Lead scoring web activity log
POS.push((d, r) => {
  const p = person(r);
  d.t(`Lead score change: ${r.int(10, 60)} → ${r.int(61, 100)} for `).l('EMAIL', email(r, p)).t('\n');
  for (let i = r.int(2, 4); i > 0; i--) d.t(`${stamp(r)}  page_view  /${r.pick(['pricing', 'demo', 'case-studies/acme', 'integrations/hubspot'])}  from `).l('IP', ip(r)).t('\n');
  d.t(`Model v${ver(r)} · rule "visited pricing twice"`);
});

// 31 Form spam check log
POS.push((d, r) => {
  const p = person(r);
  d.t(`[spam-guard] submission ${hex(r, 8)} name="`).l('PERSON', full(p).toLowerCase()).t('" email="').l('EMAIL', email(r, p)).t('" ip=').l('IP', ip(r));
  d.t(` verdict=${r.pick(['ham', 'spam', 'review'])} score=${(r.next() * 10).toFixed(2)} asn=AS${r.int(1000, 65000)}`);
});

// 32 Contact dedupe merge report
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const e1 = email(r, p);
  d.t(`Merge candidates (confidence ${r.int(80, 99)}%)\n\nRecord A: `).l('PERSON', `${p.f}, ${p.g}`).t(' | ').l('EMAIL', e1).t(' | ').l('PHONE', phone(r, cc));
  d.t('\nRecord B: ').l('PERSON', `${first(p.g)}. ${p.f}`).t(' | ').l('EMAIL', email(r, p, company(r, cc).domain)).t(' | phone: (blank)');
  d.t(`\nRule: fuzzy name + same account domain. Winner: Record ${r.pick(['A', 'B'])}. Job ${hex(r, 10)}`);
});

// 33 Chat message rep to manager (self)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const me = person(r);
  const boss = person(r);
  const p = person(r, cc);
  d.t('#sales-emea\n').self(me).t(`  ${p2(r.int(8, 18))}:${p2(r.int(0, 59))}\n@${ascii(boss.g)} quick one — `).l('PERSON', p.g.toLowerCase());
  d.t(` from ${company(r, cc).short} wants a discount before ${r.pick(['EOQ', 'Friday', 'month end'])}. cell is `).l('PHONE', phone(r, cc));
  d.t(` if you want to jump on. ${r.chance(0.5) ? 'they also asked whether we sponsor the Turing Award dinner lol' : ''}\n`).l('PERSON', boss.g).t(`  ${p2(r.int(8, 18))}:${p2(r.int(0, 59))}\nok, max 12%. cc `).l('PERSON', person(r).g);
});

// 34 AE to CSM handoff
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const champ = person(r, cc);
  const exec = person(r, cc);
  const csm = person(r);
  const co = company(r, cc);
  d.t(`HANDOFF: ${co.name} (closed-won ${someDate(r)})\nCSM: `).l('PERSON', full(csm)).t('\n\nChampion: ').l('PERSON', full(champ)).t(' – ').l('EMAIL', email(r, champ, co.domain)).t(', ').l('PHONE', phone(r, cc));
  d.t('\nExec sponsor: ').l('PERSON', full(exec)).t(` (${r.pick(['CFO', 'COO', 'CRO'])}) — hates long decks.\nHQ: `).l('ADDRESS', oneLine(address(r, cc)));
  d.t('\nSSO via Okta; IP allow-list: ').l('IP', ip4(r)).t(', ').l('IP', ip4(r));
  d.t(`\nRisks: ${r.pick(['champion may leave', 'budget freeze', 'competitor is incumbent'])}.`);
});

// 35 Territory assignment (names only)
POS.push((d, r) => {
  d.t('FY territory assignments\n');
  for (const region of ['NAM East', 'NAM West', 'DACH', 'Nordics', 'ANZ', 'LATAM'].slice(0, r.int(3, 6))) {
    d.t(`${region}: `).l('PERSON', full(person(r))).t(' (AE), ').l('PERSON', full(person(r))).t(' (SDR)\n');
  }
  d.t(`Overlay: ${r.pick(TEAMS)}. Quota letters go out ${someDate(r)}.`);
});

// 36 Partner referral form
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const partner = person(r);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t('Partner Referral Submission\nPartner rep: ').l('PERSON', full(partner)).t(' (').l('EMAIL', email(r, partner, company(r).domain)).t(`)\nReferred company: ${co.name}\nContact: `);
  d.l('PERSON', full(p)).t('\nContact email: ').l('EMAIL', email(r, p, co.domain)).t('\nContact phone: ').l('PHONE', phone(r, cc));
  d.t(`\nEstimated ACV: $${r.int(8, 240)}k\nPartner tier: ${r.pick(['Silver', 'Gold', 'Platinum'])}`);
  maybeTrap(d, r, 0.5, '\n');
});

// 37 Badge scanner export (pipe-delimited)
POS.push((d, r) => {
  d.t('SCAN_TIME|BADGE_ID|NAME|COMPANY|EMAIL|PHONE|RATING\n');
  for (let i = r.int(3, 6); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    const co = company(r, cc);
    d.t(`${stamp(r)}|B${r.digits(6)}|`).l('PERSON', full(p).toUpperCase()).t(`|${co.short.toUpperCase()}|`).l('EMAIL', email(r, p, co.domain).toUpperCase()).t('|');
    if (r.chance(0.7)) d.l('PHONE', phone(r, cc));
    d.t(`|${r.pick(['A', 'B', 'C'])}\n`);
  }
});

// 38 Prize draw winner form (self)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  d.t(`Booth prize draw — winner claim form\n\nFull name: `).self(p).t('\nDate of birth: ').l('DOB', dob(r, cc)).t(' (entrants must be 18+)\nDelivery address:\n').l('ADDRESS', multi(address(r, cc)));
  d.t('\nPhone: ').l('PHONE', phone(r, cc)).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\nPrize: ${r.pick(['Bose headphones', 'iPad mini', 'LEGO Ferrari set', 'Nintendo Switch'])} — draw held ${someDate(r)}`);
});

// 39 Testimonial / logo release form
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`CUSTOMER TESTIMONIAL RELEASE\n\nI, `).l('PERSON', full(p)).t(`, ${r.pick(TITLES)} of ${co.name}, registered at `).l('ADDRESS', oneLine(address(r, cc)));
  d.t(`, grant permission to use my quote and photo in marketing materials.\n\nQuote: "We doubled pipeline in two quarters — even ${r.pick(EPONYMS)} couldn't stop us."\n\nSignature: `);
  d.l('PERSON', r.chance(0.5) ? full(p) : `${first(p.g)}. ${p.f}`).t(`\nDate: ${someDate(r)}\nContact for approvals: `).l('EMAIL', email(r, p, co.domain));
});

// 40 Collected signature blocks
POS.push((d, r) => {
  d.t('Signatures scraped from inbox (for CRM import):\n');
  for (let i = r.int(2, 3); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    const co = company(r, cc);
    d.t('\n---\n').l('PERSON', full(p)).t(`\n${r.pick(TITLES)}\n${co.name}\n`);
    if (r.chance(0.5)) d.l('ADDRESS', multi(address(r, cc))).t('\n');
    d.t(r.pick(['Tel: ', 'Phone ', 'O: '])).l('PHONE', phone(r, cc)).t('\n').l('EMAIL', email(r, p, co.domain)).t('\n');
  }
});

// 41 List import error report
POS.push((d, r) => {
  d.t(`Import job ${hex(r, 8)} finished: ${r.int(300, 9000)} rows, ${r.int(3, 40)} errors\n\nrow,error,value\n`);
  const p = person(r);
  d.t(`${r.int(2, 900)},invalid_email,"${ascii(p.g)}.${ascii(p.f)}@@gmail..com"\n`);
  const q = person(r);
  d.t(`${r.int(2, 900)},duplicate,`).l('EMAIL', email(r, q)).t('\n');
  d.t(`${r.int(2, 900)},phone_unparseable,"${r.digits(4)}"\n`);
  const cc = r.pick(COUNTRIES);
  d.t(`${r.int(2, 900)},country_mismatch,`).l('PHONE', phone(r, cc)).t(` (expected ${r.pick(COUNTRIES)})\n`);
  d.t(`${r.int(2, 900)},suppressed,`).l('EMAIL', email(r, person(r))).t('\n');
});

// 42 GDPR / CCPA erasure request
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const known = r.chance(0.7);
  d.t('To whom it may concern,\n\nUnder ').t(cc === 'US' ? 'the CCPA' : 'Article 17 GDPR').t(' I request the deletion of all data you hold about me, including my email address ').l('EMAIL', email(r, p));
  d.t(', my phone number ').l('PHONE', phone(r, cc)).t(' and my postal address ').l('ADDRESS', oneLine(address(r, cc)));
  d.t(`. I never signed up for your list; I assume you bought it from ${r.pick(TOOLS)}.\n\nRegards,\n`);
  who(d, r, p, known);
});

// 43 SDR stand-up notes
POS.push((d, r) => {
  d.t(`SDR stand-up ${someDate(r)}\n`);
  for (let i = r.int(2, 4); i > 0; i--) {
    const sdr = person(r);
    const p = person(r);
    d.t('- ').l('PERSON', sdr.g).t(`: ${r.int(20, 80)} dials, ${r.int(1, 6)} convos; booked `).l('PERSON', nameForm(r, p, 'any'));
    d.t(` (${company(r, p.cc).short}) for ${r.pick(WEEKDAYS)}\n`);
  }
  d.t(`Blocker: ${r.pick(TOOLS)} dialer v${ver(r)} drops calls after 30 s.`);
});

// 44 Forecast call notes
POS.push((d, r) => {
  const rep1 = person(r);
  const rep2 = person(r);
  const p = person(r);
  d.t(`Forecast review — week ${r.int(1, 52)}\n`).l('PERSON', rep1.f).t(`: commit $${r.int(100, 900)}k. Biggest risk is ${company(r).short}; `).l('PERSON', p.g).t(' went dark after legal review.\n');
  d.l('PERSON', rep2.f).t(`: best case $${r.int(50, 400)}k. ${r.pick(BRANDS)} deal slipped to next quarter (procurement, not us).\n`);
  d.t(`Action: ${r.pick(['deal desk to approve multi-year', 'exec-to-exec email', 'send mutual action plan'])}.`);
});

// 45 LinkedIn InMail paste
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const me = person(r);
  const known = r.chance(0.5);
  d.t('InMail from ').l('PERSON', full(p)).t(` · ${r.pick(TITLES)} at ${company(r, cc).short} · 2nd\n\n"Hi `);
  who(d, r, me, known, 'casual');
  d.t(`, thanks for connecting. We're reviewing vendors for ${r.pick(['sales engagement', 'data enrichment', 'event tech'])}. Can you call me? `).l('PHONE', phone(r, cc));
  d.t(`"\n\nProfile: linkedin.com/in/${ascii(p.g)}-${ascii(p.f)}-${hex(r, 6)} · @${ascii(p.g)}${r.int(1, 99)}`);
});

// 46 Voicemail transcription
POS.push((d, r) => {
  const cc: Cc = r.pick(['US', 'CA']);
  const p = person(r, cc);
  d.t(`Voicemail (${r.int(18, 58)} s) — transcription confidence ${r.int(60, 95)}%\n\n"Hey, it's `).l('PERSON', p.g).t(r.chance(0.5) ? ' ' : ' uh ').l('PERSON', p.f);
  d.t(` from ${company(r, cc).short}, returning your call about the renewal. You can reach me at `);
  if (r.chance(0.5)) d.l('PHONE', spokenPhone(r));
  else d.l('PHONE', phone(r, cc));
  d.t(`, I'm around until five. Oh and tell `).l('PERSON', person(r, cc).g).t(` the ${r.pick(BRANDS)} case study was great. Thanks."`);
});

// 47 Website chat transcript
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const bot = r.pick(['Sky', 'Nova', 'Max']);
  d.t(`Chat #${r.digits(7)} — visitor from `).l('IP', ip(r)).t(`\n${bot} (bot): Hi! I'm ${bot}, the assistant. What brings you here today?\nVisitor: pricing for ${r.int(10, 200)} seats\n`);
  d.t(`${bot} (bot): Happy to help! What's your name and work email?\nVisitor: `).l('PERSON', r.chance(0.5) ? p.g.toLowerCase() : full(p)).t(', ').l('EMAIL', email(r, p, company(r, cc).domain));
  d.t(`\n${bot} (bot): Thanks! A human will follow up. Phone (optional)?\nVisitor: `).l('PHONE', phone(r, cc)).t(' but text first pls');
});

// 48 German outreach e-mail
POS.push((d, r) => {
  const p = person(r, 'DE');
  const me = person(r, 'DE');
  const co = company(r, 'DE');
  d.t(`Betreff: Ihre Anfrage zur Messe in Köln\n\nSehr geehrte${r.chance(0.5) ? 'r Herr' : ' Frau'} Dr. `).l('PERSON', p.f);
  d.t(`,\n\nvielen Dank für Ihr Interesse am Stand der ${co.name}. Wie besprochen sende ich Ihnen die Unterlagen. Gerne können wir am ${someDate(r)} telefonieren.\n\nMit freundlichen Grüßen\n`);
  d.l('PERSON', full(me)).t(`\nVertrieb DACH\n${co.name}\n`).l('ADDRESS', multi(address(r, 'DE'))).t('\nTel. ').l('PHONE', phone(r, 'DE')).t('\n').l('EMAIL', email(r, me, co.domain));
  d.t(`\nHandelsregister: HRB ${r.int(10000, 99999)} · USt-IdNr. DE${r.digits(9)}`);
});

// 49 French event registration
POS.push((d, r) => {
  const p = person(r, 'FR');
  d.t('Inscription — Petit-déjeuner clients, Lyon\n\nCivilité : ').t(r.pick(['M.', 'Mme'])).t('\nNom : ').l('PERSON', p.f.toUpperCase()).t('\nPrénom : ').l('PERSON', p.g);
  d.t(`\nSociété : ${company(r, 'FR').name}\nE-mail : `).l('EMAIL', email(r, p)).t('\nTéléphone : ').l('PHONE', phone(r, 'FR'));
  d.t(`\nAdresse de facturation : `).l('ADDRESS', oneLine(address(r, 'FR'))).t(`\nRégime alimentaire : ${r.pick(['aucun', 'végétarien', 'sans gluten'])}\nN° SIRET : ${r.digits(14)}`);
});

// 50 Trial sign-up admin notification
POS.push((d, r) => {
  const p = person(r);
  d.t(`🎉 New trial: ${company(r, p.cc).short}\nOwner: `).l('PERSON', full(p)).t(' <').l('EMAIL', email(r, p)).t(`>\nPlan: Pro trial (14 days)\nSignup IP: `).l('IP', ip(r));
  d.t(`\nGeo: ${r.pick(['Frankfurt, DE', 'Ashburn, US', 'Mumbai, IN', 'São Paulo, BR'])} (approx.)\nApp version ${ver(r)} · workspace id ${hex(r, 24)}`);
});

// 51 CRM field audit log
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const editor = person(r);
  d.t(`Field history — Contact `).l('PERSON', full(p)).t('\n');
  d.t(`${stamp(r)}  Email  `).l('EMAIL', email(r, p)).t(' → ').l('EMAIL', email(r, p, company(r, cc).domain)).t('  by ').l('PERSON', full(editor)).t('\n');
  d.t(`${stamp(r)}  Mobile  (empty) → `).l('PHONE', phone(r, cc)).t(`  by ${r.pick(TOOLS)} integration user\n`);
  d.t(`${stamp(r)}  Mailing Street  (empty) → `).l('ADDRESS', oneLine(address(r, cc))).t('  by ').l('PERSON', editor.g).t('\n');
});

// 52 Referral bonus payout request
POS.push((d, r) => {
  const cc: Cc = r.pick(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'IE', 'PL', 'SE', 'CH']);
  const p = person(r, cc);
  const ref = person(r);
  d.t(`Referral payout — customer referral program\n\nReferrer: `).l('PERSON', full(p)).t(' (').l('EMAIL', email(r, p)).t(`)\nReferred: ${company(r).name}, contact `).l('PERSON', full(ref));
  d.t(`\nBonus: €${r.pick(['250', '500', '1,000'])}\nPay to IBAN `).l('IBAN', iban(r, r.chance(0.7) ? cc : undefined)).t(`\nAccount holder: `).l('PERSON', full(p));
  maybeTrap(d, r, 0.5, '\n');
});

// 53 Commission statement for a rep (self)
POS.push((d, r) => {
  const cc: Cc = r.pick(['DE', 'GB', 'NL', 'FR', 'ES', 'IE', 'SE']);
  const me = person(r, cc);
  d.t(`Commission statement — ${r.pick(MONTHS_EN)} ${r.int(2024, 2026)}\nRep: `).self(me).t(`\nAttainment: ${r.int(60, 160)}%\nDeals:\n`);
  for (let i = r.int(2, 4); i > 0; i--) d.t(`  ${company(r).name} — $${r.int(5, 90)},${r.digits(3)} — ${someDate(r)}\n`);
  d.t('Payout account: ').l('IBAN', iban(r, cc)).t('\nQuestions: ').l('EMAIL', roleEmail(r, company(r).domain));
});

// 54 Sponsorship invoice
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const co = company(r, cc);
  const p = person(r, cc);
  d.t(`INVOICE INV-${r.int(2024, 2026)}-${r.digits(4)}   Date: ${someDate(r)}   Due: ${someDate(r)}\n\nBill to:\n`).l('PERSON', full(p)).t(`\n${co.name}\n`).l('ADDRESS', multi(address(r, cc)));
  d.t(`\n\nGold sponsorship — ${r.pick(['RevOps Summit', 'Growth Forum'])}  $${r.int(5, 40)},000.00\nPay by wire: IBAN `).l('IBAN', iban(r));
  d.t(`\nOr by card — we charged `).l('CARD', card(r)).t(` on ${someDate(r)}; previous card ${maskedCard(r)} was declined.`);
});

// 55 Hotel rooming list for sales kickoff (with DOB)
POS.push((d, r) => {
  d.t(`SKO rooming list — check-in ${someDate(r)}\nName;DOB;Nationality;Mobile;Room type\n`);
  for (let i = r.int(2, 4); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.l('PERSON', `${p.f.toUpperCase()}, ${p.g}`).t(';').l('DOB', dob(r, cc)).t(`;${cc};`).l('PHONE', phone(r, cc)).t(`;${r.pick(['King', 'Twin', 'Accessible'])}\n`);
  }
  d.t(`Group code SKO${r.int(24, 26)}-${alnum(r, 4)}, venue near ${r.pick(PLACES)}.`);
});

// 56 Flight booking request (self)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const me = person(r, cc);
  d.t('Hi travel desk,\n\nPlease book me on the Tuesday flight to the kick-off. Details as on my passport:\nName: ').self(me).t('\nDate of birth: ').l('DOB', dob(r, cc));
  d.t(`\nPassport no.: ${alnum(r, 9)} (${cc})\nMobile: `).l('PHONE', phone(r, cc)).t(`\nFrequent flyer: ${alnum(r, 2)}${r.digits(8)}\nCharge the corporate card, not my personal one.\n\nThanks!`);
});

// 57 Korean contact note
POS.push((d, r) => {
  const { nf: f, ng: g, p: rom } = nativePair(r, KR_NATIVE, 'KR');
  const co = company(r, 'KR');
  d.t('[영업 메모] ').l('PERSON', `${f}${g}`).t(' 팀장님 (영문명: ').l('PERSON', full(rom)).t(`, ${co.short}) 미팅 완료.\n연락처: `).l('PHONE', phone(r, 'KR'));
  d.t('\n이메일: ').l('EMAIL', email(r, rom, co.domain)).t('\n주소: ').l('ADDRESS', oneLine(address(r, 'KR')));
  d.t('\n다음 주에 ').l('PERSON', `${r.pick(KR_NATIVE.f)[0]}${r.pick(KR_NATIVE.g)[0]}`).t(' 씨와 데모 진행 예정.');
});

// 58 Customer reference list
POS.push((d, r) => {
  d.t('Approved references (do not overuse!)\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.t(`* ${company(r, cc).name} — `).l('PERSON', full(p)).t(', ').l('EMAIL', email(r, p, company(r, cc).domain));
    d.t(`, last used ${someDate(r)}${r.chance(0.3) ? ', prefers calls: ' : ''}`);
    if (d.text.endsWith('calls: ')) d.l('PHONE', phone(r, cc));
    d.t('\n');
  }
});

// 59 Mail-merge preview (rendered)
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`Preview for contact 3 of ${r.int(40, 900)} — template "{{first_name}} x {{company}}"\nTo: `).l('EMAIL', email(r, p, co.domain)).t('\n\nHi ').l('PERSON', p.g);
  d.t(`, congrats on ${co.short}'s ${r.pick(['Series B', 'new office', 'award'])}! Quick idea for your team...\n\nMerge fields resolved: first_name=`).l('PERSON', p.g).t(`, company=${co.short}, city=${address(r, cc).city || 'n/a'}`);
});

// 60 Postcard campaign mailing list
POS.push((d, r) => {
  d.t('Direct mail drop — postcard v2\nRecipient | Address\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.l('PERSON', r.chance(0.5) ? full(p) : `${first(p.g)}. ${p.f}`).t(' | ').l('ADDRESS', oneLine(address(r, cc))).t('\n');
  }
  d.t(`Print vendor proof ${hex(r, 7)}, drop date ${someDate(r)}.`);
});

// 61 Payment failure note
POS.push((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  d.t(`Billing note — ${company(r, cc).name}\nAuto-renewal failed (${r.pick(['insufficient funds', 'do not honor', 'expired card'])}). `).l('PERSON', p.g);
  d.t(' phoned in a new card: ').l('CARD', card(r)).t(`, exp ${p2(r.int(1, 12))}/${r.int(26, 31)}. The number first read back as ${badCard(r)} (typo, rejected). Contact: `).l('PHONE', phone(r, cc));
});

// 62 Italian lead note
POS.push((d, r) => {
  const p = person(r, 'IT');
  const co = company(r, 'IT');
  d.t('Nota lead — fiera di Milano\nIncontro con ').l('PERSON', full(p)).t(`, responsabile acquisti di ${co.name}. Interessato alla versione Enterprise.\nCellulare: `).l('PHONE', phone(r, 'IT'));
  d.t('\nE-mail: ').l('EMAIL', email(r, p, co.domain)).t('\nSede: ').l('ADDRESS', multi(address(r, 'IT'))).t(`\nRichiamare dopo il ${r.int(2, 28)} ${r.pick(MONTHS_IT)}. P.IVA ${r.digits(11)}.`);
});

// 63 Brazilian WhatsApp lead
POS.push((d, r) => {
  const p = person(r, 'BR');
  d.t('[WhatsApp Business] Novo lead\n').l('PERSON', full(p)).t(': Oi! Vi o anúncio de vocês. Meu número é ').l('PHONE', phone(r, 'BR')).t(' e meu e-mail ').l('EMAIL', email(r, p));
  d.t('\nAtendente: Obrigado, ').l('PERSON', p.g).t('! Pode mandar o endereço para o kit de boas-vindas?\n').l('PERSON', p.g).t(': ').l('ADDRESS', oneLine(address(r, 'BR')));
  if (r.chance(0.5)) d.t('\n').l('PERSON', p.g).t(': nasci em ').l('DOB', dob(r, 'BR')).t(', precisa?');
});

// 64 Nordic / Polish trade-fair lead sheet
POS.push((d, r) => {
  const cc: Cc = r.pick(['SE', 'PL', 'NL', 'CH']);
  d.t(`Lead sheet — ${r.pick(['Nordic Business Expo', 'Targi Poznańskie', 'Dutch Marketing Week', 'Swiss SaaS Day'])}\n`);
  for (let i = r.int(2, 4); i > 0; i--) {
    const p = person(r, cc);
    const co = company(r, cc);
    d.t(`\nNamn/Name: `).l('PERSON', full(p)).t(`\nFöretag/Company: ${co.name}\nTel: `).l('PHONE', phone(r, cc)).t('\nE-post: ').l('EMAIL', email(r, p, co.domain)).t('\n');
  }
});

// 65 Indian webinar Q&A export
POS.push((d, r) => {
  d.t('Q&A export — "Scaling inside sales in India"\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    const p = person(r, 'IN');
    d.t(`\nQ from `).l('PERSON', r.chance(0.6) ? full(p) : p.g).t(` (`).l('EMAIL', email(r, p)).t(`): ${r.pick(['Can we get the slides?', 'Does this work with Zoho?', 'Pricing in INR?', 'Please call me back on '])}`);
    if (d.text.endsWith('back on ')) d.l('PHONE', phone(r, 'IN'));
  }
  d.t(`\n\nHost note: ${r.pick(EPONYMS)} came up twice.`);
});

// 66 Event ticket with SEPA payment (Benelux)
POS.push((d, r) => {
  const cc: Cc = r.pick(['NL', 'DE', 'FR']);
  const p = person(r, cc);
  const ibanCc = r.pick(['NL', 'BE', 'LU', 'DE', 'FR']);
  d.t(`Ticket order ${alnum(r, 10)}\nAttendee: `).l('PERSON', full(p)).t('\nPaid by SEPA transfer from ').l('IBAN', iban(r, ibanCc)).t(` (account holder `).l('PERSON', `${first(p.g)}. ${p.f}`);
  d.t(`)\nReference: ${alnum(r, 4)}-${r.digits(6)}\nInvoice address: `).l('ADDRESS', oneLine(address(r, cc)));
});

// 67 Chinese distributor contact
POS.push((d, r) => {
  const { nf: f, ng: g, p: pZh } = nativePair(r, ZH_NATIVE, 'US');
  const rom = person(r);
  d.t('Distributor contact (APAC)\n').l('PERSON', `${f}${g}`).t(' 先生/女士 — 渠道经理\nEnglish name: ').l('PERSON', full(pZh)).t('\nWeChat: ').t(`${ascii(pZh.g)}_${r.digits(4)}`);
  d.t('\nMobile: ').l('PHONE', `+86 1${r.int(30, 89)} ${r.digits(4)} ${r.digits(4)}`).t('\nEmail: ').l('EMAIL', email(r, pZh));
  d.t('\nIntroduced by ').l('PERSON', full(rom)).t(` at the ${r.pick(PLACES)} roadshow.`);
});

/** Adds a template with a weight (heavier templates carry the rarer types). */
function heavy(fn: Tpl, w: number): void {
  for (let i = 0; i < w; i++) POS.push(fn);
}

// 68 1099 contractor roster (event staff / freelance SDRs)
heavy((d, r) => {
  d.t(`1099 contractor roster — ${r.pick(['event staff', 'freelance SDRs', 'brand ambassadors'])} (${r.int(2024, 2026)})\nName | TIN (SSN) | State | Paid YTD\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const p = person(r, 'US');
    d.l('PERSON', r.chance(0.5) ? full(p) : `${p.f}, ${p.g}`).t(' | ');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(notSsn(r));
    d.t(` | ${r.pick(['TX', 'CA', 'NY', 'IL', 'GA', 'WA'])} | $${r.int(1, 40)},${r.digits(3)}\n`);
  }
  d.t(`Payer EIN ${r.int(10, 98)}-${r.digits(7)}. Masked copies go to reps; full file stays with finance.`);
}, 3);

// 69 US sweepstakes winner — tax form for prize over $600 (self)
heavy((d, r) => {
  const p = person(r, 'US');
  d.t(`Congratulations! To release your prize (${r.pick(['$1,000 Amazon gift card', 'trip to the user conference', 'MacBook Air'])}) we need a W-9.\n\nName: `).self(p).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nAddress: ').l('ADDRESS', oneLine(address(r, 'US'))).t('\nPhone: ').l('PHONE', phone(r, 'US'));
  d.t(`\n\nSweepstakes ID SW-${r.digits(5)}, drawing held ${someDate(r)}. No purchase necessary.`);
}, 2);

// 70 New SDR onboarding (HR system paste)
heavy((d, r) => {
  const p = person(r, 'US');
  const mgr = person(r);
  d.t(`New hire — Sales Development Rep, start ${someDate(r)}\nLegal name: `).l('PERSON', full(p)).t('\nPreferred name: ').l('PERSON', p.g).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t('\nDOB: ').l('DOB', dob(r, 'US')).t('\nHome: ').l('ADDRESS', multi(address(r, 'US'))).t('\nPersonal email: ').l('EMAIL', email(r, p)).t('\nManager: ').l('PERSON', full(mgr));
  d.t(`\nLaptop: MacBook Pro, asset ${alnum(r, 8)}, MDM profile v${ver(r)}`);
}, 2);

// 71 Affiliate / referral partner tax + payout form
heavy((d, r) => {
  const us = r.chance(0.5);
  const cc: Cc = us ? 'US' : r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'IE']);
  const p = person(r, cc);
  d.t(`Affiliate program — payout details\nAffiliate: `).l('PERSON', full(p)).t(` (code ${alnum(r, 6)})\nEmail: `).l('EMAIL', email(r, p)).t('\n');
  if (us) d.t('Tax ID (SSN): ').l('NATIONAL_ID', ssn(r)).t(`\nPayout: ACH, routing ${r.pick(ROUTING)}, account ****${r.digits(4)}\n`);
  else d.t('Payout IBAN: ').l('IBAN', iban(r, cc)).t(`\nVAT number: ${cc}${r.digits(9)}\n`);
  d.t('Postal address: ').l('ADDRESS', oneLine(address(r, cc)));
}, 3);

// 72 Event registrations paid by card (payment export)
heavy((d, r) => {
  d.t('registration_id,attendee,amount,card_number,status\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    const p = person(r);
    d.t(`R${r.digits(6)},`).l('PERSON', full(p)).t(`,${r.int(199, 1499)}.00,`);
    const k = r.int(0, 9);
    if (k < 7) d.l('CARD', card(r)).t(',captured\n');
    else if (k < 9) d.t(`${badCard(r)},failed_luhn\n`);
    else d.t(`${maskedCard(r)},tokenized\n`);
  }
}, 4);

// 73 Booth payment authorisation form
heavy((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  d.t(`EXHIBITOR CREDIT CARD AUTHORIZATION\nExhibitor: ${company(r, cc).name}   Booth: ${r.pick(['A', 'B', 'C'])}${r.int(100, 999)}\nCardholder name: `).l('PERSON', full(p));
  d.t('\nCard number: ').l('CARD', card(r)).t(`   Exp: ${p2(r.int(1, 12))}/${r.int(26, 31)}\nBilling address: `).l('ADDRESS', oneLine(address(r, cc)));
  d.t('\nPhone: ').l('PHONE', phone(r, cc)).t(`\nI authorize charges for booth, electrical (${r.pick(['5 A', '10 A'])}) and lead retrieval.`);
}, 3);

// 74 Ad platform billing change request in chat
heavy((d, r) => {
  const me = person(r);
  const known = r.chance(0.5);
  d.t('marketing-ops chat\n');
  who(d, r, me, known, 'casual');
  d.t(`: LinkedIn Ads bounced again. can someone swap the card to the new corp one? `).l('CARD', card(r));
  d.t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n`).l('PERSON', person(r).g).t(`: done. deleting this message in 5 min pls. old one was ${maskedCard(r)}`);
}, 3);

// 75 Supplier bank-detail change (possible fraud)
heavy((d, r) => {
  const cc: Cc = r.pick(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'IE']);
  const p = person(r, cc);
  const co = company(r, cc);
  d.t(`Subject: Updated bank details\n\nDear Accounts Payable,\nPlease note ${co.name} has changed banks. Kindly remit the event-agency invoices to:\nIBAN: `).l('IBAN', iban(r, cc));
  d.t(`\nPrevious IBAN (closed): `).l('IBAN', iban(r, cc)).t('\n\nRegards,\n').l('PERSON', full(p)).t(`\nFinance, ${co.name}\n`).l('PHONE', phone(r, cc));
  d.t(`\n\n[AP note: call-back verification required — number above differs from vendor master. Invalid test IBAN from their first email: ${badIban(r)}]`);
}, 4);

// 76 Refund request with IBAN
heavy((d, r) => {
  const cc: Cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'IE']);
  const p = person(r, cc);
  d.t(`Hello, I cancelled my ticket for the ${r.pick(['Growth Forum', 'Partner Day', 'Customer Summit'])} within 14 days. Please refund €${r.int(99, 899)} to `).l('IBAN', iban(r, r.chance(0.7) ? cc : undefined));
  d.t(' (holder: ').l('PERSON', full(p)).t(`). Order ${alnum(r, 8)}. Thanks, `).l('PERSON', p.g);
}, 4);

// 77 Birthday campaign list
heavy((d, r) => {
  d.t(`Birthday coupon audience — ${r.pick(MONTHS_EN)}\nemail;first_name;birthday\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const cc = r.pick(COUNTRIES);
    const p = person(r, cc);
    d.l('EMAIL', email(r, p)).t(';').l('PERSON', p.g).t(';').l('DOB', r.chance(0.5) ? isoDob(r) : dob(r, cc)).t('\n');
  }
  d.t(`Coupon code BDAY${r.int(10, 30)} expires ${someDate(r)}.`);
}, 2);

// 78 Wine-tasting customer event, age verification
heavy((d, r) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r, cc);
  const known = r.chance(0.6);
  d.t(`RSVP — customer wine tasting (${r.pick(['Napa', 'Bordeaux', 'Barossa'])} night)\nGuest: `);
  who(d, r, p, known);
  d.t('\nDate of birth: ').l('DOB', dob(r, cc)).t(`\nPlus-one: `);
  const q = person(r, cc);
  d.l('PERSON', full(q)).t(', born ').l('DOB', dob(r, cc)).t(`\nDietary: ${r.pick(['none', 'nut allergy', 'pescatarian'])}\nEvent date ${someDate(r)} — dress code smart casual.`);
}, 2);

// 79 E-mail tracking log
heavy((d, r) => {
  const p = person(r);
  const e = email(r, p);
  d.t(`Sequence "${r.pick(['Q3 outbound', 'Webinar follow-up', 'Re-engage'])}" step ${r.int(1, 5)} — `).l('EMAIL', e).t('\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    d.t(`${stamp(r)} ${r.pick(['open', 'click', 'open', 'reply'])} ip=`).l('IP', ip(r)).t(` client=${r.pick(['Apple Mail Privacy Proxy', 'Gmail image proxy', 'Outlook 16.0.' + r.int(10000, 18000)])}\n`);
  }
}, 2);

// 80 CRM user login audit
heavy((d, r) => {
  d.t('Login history (admin export)\nuser,time,source_ip,result\n');
  for (let i = r.int(2, 4); i > 0; i--) {
    const p = person(r);
    d.l('EMAIL', email(r, p, company(r).domain)).t(`,${stamp(r)},`).l('IP', ip(r)).t(`,${r.pick(['success', 'success', 'mfa_failed', 'locked'])}\n`);
  }
}, 2);

/* ------------------------------------------------------------------ hard negatives (no PII) */

// N1 campaign performance report
NEG.push((d, r) => {
  d.t(`Campaign report — ${r.pick(['Spring ABM', 'Q3 webinar series', 'Holiday promo'])}\nSent: ${r.int(5000, 90000)} · Open rate ${r.int(18, 55)}.${r.int(0, 9)}% · CTR ${r.int(1, 9)}.${r.int(0, 9)}%\n`);
  d.t(`Top accounts engaged: ${r.pick(BRANDS)}, ${r.pick(BRANDS)}, ${r.pick(BRANDS)}.\nBest subject line: "Will your pipeline survive Q4?"\n${trap(r)}\n${trap(r)}`);
});
// N2 pipeline summary
NEG.push((d, r) => {
  d.t(`Pipeline snapshot ${someDate(r)}\n`);
  for (let i = r.int(3, 5); i > 0; i--) d.t(`OPP-${r.digits(6)} | ${company(r).name} | $${r.int(5, 400)}k | ${r.pick(['Discovery', 'Proposal', 'Negotiation', 'Closed Won'])} | close ${someDate(r)}\n`);
  d.t(`Coverage ${r.int(2, 4)}.${r.int(0, 9)}x. ${trap(r)}`);
});
// N3 integration release notes (version strings)
NEG.push((d, r) => {
  d.t(`Release notes — ${r.pick(TOOLS)} sync connector ${ver(r)}\n- Fixed: duplicate leads when the email casing differs\n- Changed: rate limit raised to ${r.int(100, 900)} req/min\n- Compatible with server builds ${ver(r)} and ${ver(r)}\n- Deprecated: API v${r.int(1, 3)}.${r.int(0, 9)}\n${trap(r)}`);
});
// N4 invoice / ops with EIN and routing
NEG.push((d, r) => {
  d.t(`Remittance advice\nPayer: ${company(r, 'US').name}, EIN ${r.int(10, 98)}-${r.digits(7)}\nBank routing ${r.pick(ROUTING)}, account ending ${r.digits(4)}\nInvoice INV-${r.digits(6)} dated ${someDate(r)}, amount $${r.int(1, 90)},${r.digits(3)}.00\nPO ${r.digits(10)}\n${trap(r)}`);
});
// N5 payment status export (masked / invalid values only)
NEG.push((d, r) => {
  d.t('payment_id,card,iban,tax_id,status\n');
  for (let i = r.int(2, 4); i > 0; i--) d.t(`pay_${hex(r, 14)},${maskedCard(r)},${badIban(r)},${notSsn(r)},${r.pick(['failed', 'refunded', 'disputed'])}\n`);
  d.t(`Luhn check failed for ${badCard(r)}.`);
});
// N6 team names and eponyms
NEG.push((d, r) => {
  d.t(`Kickoff agenda\n09:00 Welcome — ${r.pick(TEAMS)}\n10:30 Why ${r.pick(EPONYMS)} matters for forecasting\n12:00 Lunch sponsored by ${r.pick(BRANDS)}\n14:00 Breakouts: ${r.pick(TEAMS)}, ${r.pick(TEAMS)}\n16:00 Awards: President's Club, Rookie of the Year\n${trap(r)}`);
});
// N7 event logistics with people-named places
NEG.push((d, r) => {
  d.t(`Logistics for the roadshow\nFly into ${r.pick(PLACES)}, then shuttle to ${r.pick(PLACES)}. The venue is off Washington Street, across from the Marriott.\nLoad-in ${someDate(r)} 07:00, doors 09:00. Storm Ciarán may delay ferries; the Queen Mary 2 docks that morning.\n${trap(r)}`);
});
// N8 hashes, UUIDs and timestamps
NEG.push((d, r) => {
  d.t(`Webhook delivery log\n${stamp(r)} POST /hooks/lead-created 200 id=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}\n${stamp(r)} retry sha256=${hex(r, 64)}\nagent ${r.pick(TOOLS)}/${ver(r)}\n${trap(r)}`);
});
// N9 raw merge-tag template
NEG.push((d, r) => {
  d.t(`Template "${r.pick(['Breakup email', 'Warm intro', 'Event invite'])}"\nSubject: {{first_name}}, quick question about {{company}}\n\nHi {{first_name | default: "there"}},\n\nSaw that {{company}} uses ${r.pick(TOOLS)}. Teams like ${r.pick(BRANDS)} switched last year.\n\n{{sender.signature}}\n${trap(r)}`);
});
// N10 A/B test results
NEG.push((d, r) => {
  d.t(`A/B test #${r.int(10, 99)} results\nVariant A: "Hope you had a great weekend" — ${r.int(20, 40)}% opens\nVariant B: "Grant season is here" — ${r.int(20, 40)}% opens\nVariant C: "May we help with Q3?" — ${r.int(20, 40)}% opens\nWinner declared ${stamp(r)}. ${trap(r)}`);
});
// N11 web analytics summary
NEG.push((d, r) => {
  d.t(`Web analytics — week ${r.int(1, 52)}\nSessions ${r.int(1000, 90000)}, bounce ${r.int(30, 70)}%\nTop referrers: g2.com, capterra.com, news.ycombinator.com\nBrowsers: Chrome ${r.int(110, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}, Safari 17.${r.int(0, 6)}\n${trap(r)}\n${trap(r)}`);
});
// N12 keyword / SEO report
NEG.push((d, r) => {
  d.t(`SEO keywords (${r.pick(['US', 'UK', 'DE'])})\n"${r.pick(BRANDS)} alternative" — vol ${r.int(100, 9000)}\n"best crm for ${r.pick(['dentists', 'agencies', 'startups'])}" — vol ${r.int(100, 9000)}\n"what is ${r.pick(EPONYMS).replace(/^the /, '')}" — vol ${r.int(100, 9000)}\n${trap(r)}`);
});

/* ------------------------------------------------------------------ generator */

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent35Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent35Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT35_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT35_MIN_INSTANCES;
  const out: Independent35Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) {
      r.pick(NEG)(d, r);
      if (d.labels.length > 0) throw new Error('negative template produced a label');
    } else {
      r.pick(POS)(d, r);
    }
    out.push(d.entry());
    total += d.labels.length;
  }
  return out;
}
