/**
 * @module privacy/pii-corpus-independent-74 — a blind, labelled PII evaluation split ("independent74")
 * on car rental and fleet leasing: rental agreements, pick-up/return checklists, damage and fuel
 * reports, toll and traffic-fine notices and driver nominations, driver verification, roadside-assistance
 * calls, corporate fleet spreadsheets, leasing contracts, SEPA mandates and leasing chats, in many
 * countries and languages, plus about one document in ten that is a pure hard negative.
 *
 * WRITTEN BLIND. The author read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The
 * detector's code, its tests, its name lists, the other corpora (`pii-corpus-values.ts` included),
 * the docs, the benches and the git history were NOT read, and the detector was never run on this text.
 * Every name pool, street, template and value here was invented for this split.
 *
 * Seeds: {@link INDEPENDENT74_SEEDS} (740001, 740002, 740003); each seed yields whole documents until at
 * least {@link INDEPENDENT74_MIN_INSTANCES} labels exist. Offsets are recorded while the text is built.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and a possessive 's stay
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, car makes, software,
 *   places, airports, pets, ships, storms, streets named after people, eponymous parts/diseases/laws/
 *   awards and @handles are not labelled; a name inside an e-mail address is not labelled separately.
 * - EMAIL: every address, role addresses included; spoken addresses are labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers are not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; Luhn-invalid, masked and
 *   fuel-card numbers are not labelled.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers, EINs and other countries' ids
 *   (NI numbers, DNI, CPF, Steuer-ID …) are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street/building/PO-box
 *   line to the last postcode/city/country line; the recipient is a separate PERSON; company lines,
 *   city-only mentions, directions, depots, bays, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only; cue words outside; rental, fine, invoice and other dates unlabelled.
 * - Values split by a line break or by hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

/** The seeds of this split. */
export const INDEPENDENT74_SEEDS = [740001, 740002, 740003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT74_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent74Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent74Entry = PiiCorpusEntry & { readonly labels: readonly Independent74Label[] };

/** Builds a document while recording label offsets. */
class Doc {
  text = '';
  readonly labels: Independent74Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as known. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools (invented for this split): [culture, given names, surnames, surname-first?]
// ---------------------------------------------------------------------------------------------------

type Culture = { readonly key: string; readonly given: readonly string[]; readonly sur: readonly string[]; readonly east: boolean };
const C = (key: string, given: string, sur: string, east = false): Culture => ({
  key,
  given: given.split('|'),
  sur: sur.split('|'),
  east,
});

const CULTURES: readonly Culture[] = [
  C('us', 'James|Olivia|Tyler|Brooke|Dwayne|Kayla|Marcus|Shannon|Cody|Brittany|Hope|Grant|Faith|Chase|Destiny|Wyatt',
    'Whitaker|Sullivan|Brennan|Caldwell|Hollis|Baker|Cook|Young|Parker|Marshall|Fox|Stone|Wade|Holloway|Pruitt|Gentry'),
  C('gb', 'Oliver|Amelia|Harry|Poppy|Alfie|Imogen|Rory|Hattie|Will|Rose|Guy|Dawn|Bill|Tamsin|Jolyon',
    'Ashworth|Pennington|Thornbury|Blackwood|Fenwick|Haworth|Pickering|Royle|Lockwood|Page|Bishop|Hill|Long|Catterall'),
  C('ie', 'Aoife|Cian|Niamh|Oisín|Saoirse|Ciarán|Siobhán|Darragh|Orla|Pádraig|Róisín|Eoin',
    "O'Sullivan|McCarthy|Fitzgerald|Kavanagh|Doherty|Quinlan|Geraghty|Ó Dónaill|Mac Giolla|Breathnach"),
  C('sc', 'Callum|Isla|Morag|Ewan|Kirsty|Lachlan|Ailsa|Hamish|Eilidh|Fraser',
    'MacLeod|Sutherland|Drummond|Munro|Buchanan|McIntyre|Gillespie|Urquhart|Baird'),
  C('de', 'Lukas|Hannah|Jonas|Lea|Felix|Marlene|Matthias|Ursula|Jürgen|Anke|Till|Frieda|Björn|Heike|Dirk',
    'Schmidt|Wagner|Becker|Hoffmann|Krüger|Schäfer|Lehmann|Weißenborn|Kühn|Zimmermann|Vogt|Brandt|Fuchs|Müller-Lenz|Ostermann'),
  C('at', 'Florian|Johanna|Severin|Theresa|Valentin|Leonie|Reto|Nadja|Urs|Corinne',
    'Gruber|Huber|Steiner|Moser|Pichler|Brunner|Egger|Zürcher|Hofstetter|Baumgartner'),
  C('fr', 'Mathilde|Théo|Chloé|Baptiste|Camille|Étienne|Manon|Rémi|Océane|Gaëlle|Amandine|Yannick|Aurélien',
    'Lefèvre|Moreau|Girard|Fontaine|Rousseau|Bonnet|Chevalier|Mercier|Lambert|Faure|Lemaire|Gauthier|Perrin'),
  C('es', 'Lucía|Álvaro|Carmen|Iñigo|Pilar|Sergio|Nerea|Javier|Rocío|Begoña|Alejandro|Montserrat',
    'García|Fernández|Martínez|Iglesias|Navarro|Domínguez|Ortega|Castillo|Rubio|Ibáñez|Herrero|García Lorente'),
  C('mx', 'Guadalupe|Jesús|Ximena|Santiago|Mercedes|Emiliano|Itzel|Rodrigo|Paloma|Dolores|Luz|Socorro',
    'Hernández|Ramírez|Cruz|Morales|Gutiérrez|Vázquez|de la Cruz|Villanueva|Zavala|Aguilar|Montoya'),
  C('pt', 'João|Inês|Tiago|Beatriz|Rui|Leonor|Duarte|Mafalda|Gonçalo|Catarina',
    'Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Carvalho|Mourão'),
  C('br', 'Thiago|Larissa|Caio|Fernanda|Vitória|Gustavo|Bruna|Rafaela|Anderson|Jéssica',
    'Souza|Lima|Almeida|Barbosa|Ribeiro|Nascimento|Araújo|Cavalcanti|Teixeira|Moraes'),
  C('it', 'Giulia|Lorenzo|Francesca|Matteo|Chiara|Alessandro|Federica|Davide|Sara|Ludovica|Gianluca',
    'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca'),
  C('nl', 'Sanne|Daan|Femke|Bram|Lotte|Thijs|Anouk|Joost|Maartje|Sven',
    'de Vries|van den Berg|Jansen|Bakker|Visser|Smit|Mulder|de Jong|van Dijk|Meijer'),
  C('pl', 'Katarzyna|Piotr|Agnieszka|Tomasz|Małgorzata|Krzysztof|Zofia|Paweł|Joanna|Wojciech',
    'Kowalczyk|Wiśniewska|Nowak|Lewandowski|Wójcik|Kamińska|Zieliński|Szymańska|Dąbrowski|Jankowska'),
  C('se', 'Astrid|Linnea|Erik|Oskar|Ingrid|Maja|Nils|Sigrid|Henrik|Elin',
    'Lindqvist|Andersson|Bergström|Nyström|Johansson|Sandberg|Holm|Öberg|Lundgren|Dahl'),
  C('no', 'Kari|Ole|Solveig|Magnus|Ingeborg|Rasmus|Freja|Mikkel|Tove',
    'Haugen|Bakke|Kristiansen|Nørgaard|Mortensen|Rasmussen|Solberg|Dalen'),
  C('fi', 'Aino|Eero|Kaisa|Juha|Satu|Mikko|Helmi|Ville', 'Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Lehtonen|Hämäläinen|Koskinen'),
  C('cz', 'Tereza|Jakub|Kateřina|Ondřej|Veronika|Vojtěch|Lenka|Radek', 'Dvořák|Novotná|Procházka|Černý|Svobodová|Kučera|Horáková|Veselý'),
  C('gr', 'Eleni|Dimitris|Georgia|Nikos|Katerina|Yannis|Sofia|Stavros|Despina',
    'Papadopoulos|Georgiou|Karagiannis|Nikolaidou|Konstantinou|Vlachos|Antoniadis|Pappas'),
  C('tr', 'Elif|Emre|Zeynep|Burak|Ayşe|Mehmet|Selin|Kerem|Hatice|Oğuz', 'Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan'),
  C('ar', 'Said|Fatima|Omar|Layla|Youssef|Noor|Khalid|Amira|Tariq|Huda|Rashid|Mariam',
    'Al-Mansouri|Haddad|Khoury|Nasser|El-Amin|Saleh|Al-Farsi|Bakri|Darwish|Hamdan'),
  C('ir', 'Dariush|Shirin|Kian|Parisa|Arash|Niloufar|Babak|Roya', 'Hosseini|Rahimi|Tehrani|Karimi|Jafari|Moradi|Sadeghi'),
  C('il', 'Noa|Yossi|Tamar|Eitan|Shira|Avi|Michal|Ido', 'Cohen|Levi|Mizrahi|Peretz|Friedman|Ben-David|Shapiro|Azoulay'),
  C('in', 'Priya|Arjun|Ananya|Rohan|Deepika|Vikram|Sneha|Rahul|Kavya|Aditya|Lakshmi|Sunil',
    'Sharma|Patel|Iyer|Reddy|Nair|Gupta|Chatterjee|Menon|Deshpande|Kulkarni|Banerjee|Rao'),
  C('cn', 'Wei|Xiaoling|Jun|Mei|Hao|Lihua|Yifan|Jing|Zhiwei|Yan', 'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun', true),
  C('jp', 'Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Emi|Daiki|Naoko',
    'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto', true),
  C('kr', 'Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Su-bin|Hyun-woo|Ji-woo', 'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim', true),
  C('vn', 'Minh|Lan|Tuấn|Hương|Quang|Thảo|Đức|Linh', 'Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng|Bùi', true),
  C('ph', 'Maricel|Jomar|Rowena|Arnel|Cristina|Rhea|Jericho|Analyn', 'Reyes|Dela Cruz|Bautista|Mendoza|Aquino|Pascual|Dimaculangan'),
  C('ng', 'Chinedu|Adaeze|Oluwaseun|Ngozi|Emeka|Funmilayo|Tunde|Chiamaka|Ifeanyi|Yetunde',
    'Okafor|Adeyemi|Eze|Okonkwo|Balogun|Nwosu|Olatunji|Chukwu|Adebayo'),
  C('ke', 'Wanjiru|Otieno|Amani|Njeri|Baraka|Achieng|Kamau|Zawadi', 'Mwangi|Odhiambo|Kiptoo|Wambui|Onyango|Mutua|Chebet'),
  C('za', 'Thabo|Naledi|Sipho|Lerato|Mandla|Zanele|Pieter|Annelie', 'Nkosi|Dlamini|Mokoena|van Wyk|Botha|Ndlovu|Khumalo|Pretorius'),
  C('ru', 'Dmitri|Anastasia|Sergei|Yekaterina|Oleksandr|Oksana|Igor|Natalia|Bohdan|Svetlana',
    'Ivanova|Petrov|Sokolov|Kuznetsova|Shevchenko|Kovalenko|Bondarenko|Morozov'),
  C('hu', 'Zsófia|Bence|Réka|Ádám|Ioana|Andrei|Bianca|Mihai', 'Nagy|Kovács|Szabó|Tóth|Popescu|Ionescu|Dumitru|Stoica'),
];

/** Names in native scripts, written surname first without (KR, CN) or with (JP) a space. */
const NATIVE = {
  jp: { sur: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '中村', '小林', '山口', '松本'], given: ['陽菜', '蒼', '結衣', '湊', '健太', '美咲', '翔', '恵', '大輔', '由美'] },
  kr: { sur: ['김', '이', '박', '최', '정', '강', '윤', '한'], given: ['민준', '서연', '지호', '하은', '도윤', '수빈', '현우', '예린'] },
  cn: { sur: ['王', '李', '张', '刘', '陈', '杨', '赵', '周'], given: ['伟', '秀英', '俊杰', '丽娜', '浩然', '静', '志强', '雪梅'] },
} as const;

interface Person {
  readonly g: string;
  readonly s: string;
  readonly east: boolean;
}

function person(r: Rng, prefer?: readonly string[]): Person {
  let c = r.pick(CULTURES);
  if (prefer && prefer.length > 0 && r.chance(0.7)) {
    const key = r.pick(prefer);
    c = CULTURES.find((x) => x.key === key) ?? c;
  }
  return { g: r.pick(c.given), s: r.pick(c.sur), east: c.east };
}

const full = (p: Person): string => (p.east ? `${p.s} ${p.g}` : `${p.g} ${p.s}`);
const initial = (p: Person): string => `${p.g.charAt(0)}. ${p.s}`;

/** A name form (no honorific). */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 19);
  if (k < 10) return full(p);
  if (k < 12) return p.east ? full(p) : initial(p);
  if (k < 14) return `${p.s}, ${p.g}`;
  if (k < 16) return p.east ? `${p.s.toUpperCase()} ${p.g}` : `${p.g} ${p.s.toUpperCase()}`;
  if (k < 17) return full(p).toUpperCase();
  if (k < 18) return full(p).toLowerCase();
  if (k < 19) return p.g;
  return p.s;
}

// ---------------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------------

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const letters = (r: Rng, n: number, from = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += from.charAt(r.int(0, from.length - 1));
  return s;
};

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const FREEMAIL = ['gmail.com', 'outlook.com', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'yahoo.co.jp', 'naver.com', 'hotmail.co.uk',
  'icloud.com', 'proton.me', 't-online.de', 'free.fr', 'wp.pl', 'bluewin.ch', 'telia.com', 'uol.com.br', 'yahoo.es', 'sapo.pt',
  'rediffmail.com', 'bigpond.com', 'shaw.ca', 'eircom.net', 'mweb.co.za', 'seznam.cz', 'ziggo.nl'];
const WORKMAIL = ['kestrel-logistics.co.uk', 'brandauer-bau.de', 'nordlys-energi.no', 'solaris-pharma.com', 'veradyne.io', 'marrowfield.com',
  'fenwick-partners.ie', 'altavista-obras.es', 'quattrofiumi.it', 'hollandia-tech.nl', 'pinebridge.ca', 'coralreef-tours.com.au'];

function email(r: Rng, p: Person, work = false): string {
  const g = ascii(p.g);
  const s = ascii(p.s);
  const dom = work ? r.pick(WORKMAIL) : r.pick(FREEMAIL);
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(70, 99)}`, `${s}-${g.charAt(0)}`]);
  return `${local}@${dom}`;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "anke dot vogt at gmx dot de" */
function spokenEmail(addr: string): string {
  return addr
    .replace(/\./g, ' dot ')
    .replace(/@/g, ' at ')
    .replace(/_/g, ' underscore ')
    .replace(/-/g, ' dash ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a formatted phone number digit by digit, groups separated by commas. */
function spokenPhone(r: Rng, formatted: string): string {
  const groups = formatted.replace(/[()]/g, '').split(/[\s.-]+/).filter((g) => g.length > 0);
  const oh = r.chance(0.5);
  return groups
    .map((g) =>
      g.startsWith('+')
        ? `plus ${[...g.slice(1)].map((c) => DIGIT_WORDS[Number(c)]).join(' ')}`
        : [...g].map((c) => (c === '0' && oh ? 'oh' : DIGIT_WORDS[Number(c)])).join(' '),
    )
    .join(', ');
}

type CountryCode = 'US' | 'GB' | 'IE' | 'DE' | 'AT' | 'CH' | 'FR' | 'ES' | 'IT' | 'PT' | 'NL' | 'PL' | 'SE' | 'JP' | 'KR' | 'AU' | 'CA' | 'BR' | 'MX' | 'AE' | 'IN' | 'ZA' | 'TR';

function phone(r: Rng, cc: CountryCode): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  const intl = r.chance(0.35);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${nz()}${d(2)}`;
      const e = `${nz()}${d(2)}`;
      const n = d(4);
      return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`, `+1 (${a}) ${e}-${n}`, `1-${a}-${e}-${n}`]);
    }
    case 'GB':
      return r.pick([intl ? `+44 7${d(3)} ${d(6)}` : `07${d(3)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`, `+44 (0)113 ${d(3)} ${d(4)}`, `0117 ${d(3)} ${d(4)}`]);
    case 'IE':
      return intl ? `+353 8${r.pick(['3', '5', '6', '7', '9'])} ${d(3)} ${d(4)}` : r.pick([`08${r.int(3, 9)} ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `01 ${d(3)} ${d(4)}`]);
    case 'DE':
      return r.pick([`+49 15${r.int(1, 9)} ${d(8)}`, `0151 ${d(4)} ${d(4)}`, `0176 ${d(7)}`, `030 ${d(8)}`, `+49 (0)89 ${d(7)}`, `0221 ${d(3)} ${d(2)} ${d(2)}`, `+49 40 ${d(8)}`]);
    case 'AT':
      return r.pick([`+43 664 ${d(7)}`, `0664 ${d(7)}`, `0676 ${d(3)} ${d(4)}`, `+43 1 ${d(7)}`, `0316 ${d(6)}`]);
    case 'CH':
      return r.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `079 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`, `+41 61 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'FR': {
      const p = r.pick(['6', '7', '1', '4']);
      const rest = `${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      return intl ? `+33 ${p} ${rest}` : r.pick([`0${p} ${rest}`, `0${p}.${rest.replace(/ /g, '.')}`, `0${p}${rest.replace(/ /g, '')}`]);
    }
    case 'ES':
      return intl ? `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}` : r.pick([`6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `7${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'IT':
      return intl ? `+39 3${d(2)} ${d(3)} ${d(4)}` : r.pick([`3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(4)} ${d(4)}`, `02 ${d(8)}`, `3${d(2)}/${d(7)}`]);
    case 'PT':
      return intl ? `+351 9${r.pick(['1', '2', '3', '6'])}${d(1)} ${d(3)} ${d(3)}` : r.pick([`9${r.pick(['1', '2', '3', '6'])}${d(1)} ${d(3)} ${d(3)}`, `21 ${d(3)} ${d(4)}`]);
    case 'NL':
      return intl ? `+31 6 ${d(8)}` : r.pick([`06-${d(8)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `020-${d(3)} ${d(4)}`, `030 ${d(3)} ${d(4)}`]);
    case 'PL':
      return intl ? `+48 ${r.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}` : r.pick([`${r.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`, `22 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'SE':
      return intl ? `+46 7${r.pick(['0', '2', '3', '6'])} ${d(3)} ${d(2)} ${d(2)}` : r.pick([`07${r.pick(['0', '2', '3', '6'])}-${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`]);
    case 'JP':
      return intl ? `+81 ${r.pick(['90', '80', '70'])}-${d(4)}-${d(4)}` : r.pick([`0${r.pick(['90', '80', '70'])}-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`, `0${r.pick(['90', '80'])}${d(8)}`]);
    case 'KR':
      return intl ? `+82 10-${d(4)}-${d(4)}` : r.pick([`010-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `010 ${d(4)} ${d(4)}`]);
    case 'AU':
      return intl ? `+61 4${d(2)} ${d(3)} ${d(3)}` : r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `(03) ${d(4)} ${d(4)}`, `04${d(8)}`]);
    case 'BR':
      return intl ? `+55 ${r.pick(['11', '21', '31', '41'])} 9${d(4)}-${d(4)}` : r.pick([`(${r.pick(['11', '21', '31', '41', '81'])}) 9${d(4)}-${d(4)}`, `(11) ${nz()}${d(3)}-${d(4)}`]);
    case 'MX':
      return intl ? `+52 ${r.pick(['55', '33', '81'])} ${d(4)} ${d(4)}` : r.pick([`${r.pick(['55', '33', '81'])} ${d(4)} ${d(4)}`, `(999) ${d(3)} ${d(4)}`]);
    case 'AE':
      return intl ? `+971 5${r.pick(['0', '2', '5', '6'])} ${d(3)} ${d(4)}` : r.pick([`05${r.pick(['0', '2', '5', '6'])} ${d(3)} ${d(4)}`, `04 ${d(3)} ${d(4)}`]);
    case 'IN':
      return intl ? `+91 ${r.pick(['9', '8', '7'])}${d(4)} ${d(5)}` : r.pick([`${r.pick(['9', '8', '7'])}${d(4)} ${d(5)}`, `080-${d(4)} ${d(4)}`, `0${r.pick(['9', '8'])}${d(9)}`]);
    case 'ZA':
      return intl ? `+27 ${r.pick(['82', '83', '72', '61'])} ${d(3)} ${d(4)}` : r.pick([`0${r.pick(['82', '83', '72', '61'])} ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`]);
    case 'TR':
      return intl ? `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}` : r.pick([`05${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0212 ${d(3)} ${d(2)} ${d(2)}`]);
  }
}

// --- dates ----------------------------------------------------------------------------------------

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const birthDate = (r: Rng): Ymd => ({ y: r.int(1946, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const recentDate = (r: Rng): Ymd => ({ y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) });

/** A date the way people in `cc` write it. */
function fmtDate(r: Rng, cc: CountryCode, x: Ymd): string {
  const dd = pad(x.d, 2);
  const mm = pad(x.m, 2);
  const mon = (lang: string): string => MONTHS[lang]?.[x.m - 1] ?? '';
  switch (cc) {
    case 'US':
      return r.pick([`${mm}/${dd}/${x.y}`, `${x.m}/${x.d}/${x.y}`, `${mon('en')} ${x.d}, ${x.y}`, `${mon('en').slice(0, 3)} ${x.d}, ${x.y}`]);
    case 'CA':
      return r.pick([`${x.y}-${mm}-${dd}`, `${mon('en')} ${x.d}, ${x.y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'ZA':
    case 'IN':
    case 'AE':
      return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('en')} ${x.y}`, `${x.d} ${mon('en').slice(0, 3)} ${x.y}`, `${dd}-${mm}-${x.y}`]);
    case 'DE':
    case 'AT':
    case 'CH':
      return r.pick([`${dd}.${mm}.${x.y}`, `${x.d}. ${mon('de')} ${x.y}`, `${x.d}.${x.m}.${x.y}`]);
    case 'TR':
      return `${dd}.${mm}.${x.y}`;
    case 'FR':
      return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('fr')} ${x.y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} de ${mon('es')} de ${x.y}`]);
    case 'IT':
      return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('it')} ${x.y}`]);
    case 'PT':
    case 'BR':
      return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} de ${mon('pt')} de ${x.y}`]);
    case 'NL':
      return r.pick([`${dd}-${mm}-${x.y}`, `${x.d} ${mon('nl')} ${x.y}`]);
    case 'PL':
      return r.pick([`${dd}.${mm}.${x.y}`, `${x.d} ${mon('pl')} ${x.y}`]);
    case 'SE':
      return `${x.y}-${mm}-${dd}`;
    case 'JP': {
      if (x.y < 1989 && r.chance(0.4)) return `昭和${x.y - 1925}年${x.m}月${x.d}日`;
      if (x.y > 1989 && x.y < 2019 && r.chance(0.3)) return `平成${x.y - 1988}年${x.m}月${x.d}日`;
      if (x.y > 2019 && r.chance(0.3)) return `令和${x.y - 2018}年${x.m}月${x.d}日`;
      return r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}/${mm}/${dd}`]);
    }
    case 'KR':
      return r.pick([`${x.y}.${mm}.${dd}`, `${x.y}년 ${x.m}월 ${x.d}일`]);
  }
}

// --- cards ----------------------------------------------------------------------------------------

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}

/** A Luhn-valid card number of a real network shape, grouped the way that network prints it. */
function card(r: Rng): string {
  const k = r.int(0, 11);
  let prefix: string;
  let len: number;
  if (k < 4) [prefix, len] = ['4', r.chance(0.05) ? 13 : r.chance(0.06) ? 19 : 16];
  else if (k < 6) [prefix, len] = [String(r.int(51, 55)), 16];
  else if (k < 7) [prefix, len] = [String(r.int(2221, 2720)), 16];
  else if (k < 8) [prefix, len] = [r.pick(['34', '37']), 15];
  else if (k < 9) [prefix, len] = [r.pick(['6011', '65', String(r.int(644, 649))]), 16];
  else if (k < 10) [prefix, len] = [String(r.int(3528, 3589)), 16];
  else if (k < 11) [prefix, len] = [r.pick(['36', '38', String(r.int(300, 305))]), 14];
  else [prefix, len] = ['62', r.pick([16, 16, 19])];
  const digits = luhnComplete(prefix + r.digits(len - 1 - prefix.length));
  return groupCard(r, digits);
}

function groupCard(r: Rng, digits: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const n = digits.length;
  let parts: number[];
  if (n === 15) parts = [4, 6, 5];
  else if (n === 14) parts = [4, 6, 4];
  else if (n === 13) parts = [4, 3, 3, 3];
  else parts = [4, 4, 4, 4, n - 16].filter((x) => x > 0);
  const out: string[] = [];
  let i = 0;
  for (const p of parts) {
    out.push(digits.slice(i, i + p));
    i += p;
  }
  return out.join(sep);
}

/** A card-shaped number that fails Luhn (never labelled). */
function badCard(r: Rng): string {
  const good = card(r).replace(/[ -]/g, '');
  const last = Number(good.charAt(good.length - 1));
  return groupCard(r, good.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const maskedCard = (r: Rng): string =>
  r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`, `ending in ${r.digits(4)}`]);

/** A fuel-card number (not a payment network shape, never labelled). */
const fuelCard = (r: Rng): string => `70${r.pick(['0', '7', '8'])}${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(1)}`;

// --- IBAN -----------------------------------------------------------------------------------------

const BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21',
  IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', AE: 'n19', TR: 'n22', GR: 'n23', CZ: 'n20', HU: 'n24', RO: 'a4n16',
};

function ibanCompact(r: Rng, cc: string): string {
  const pat = BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of pat.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'a' ? letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : r.digits(n);
  }
  let rem = 0;
  for (const ch of bban + cc + '00') {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  const iban = cc + pad(98 - rem, 2) + bban;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[cc] !== iban.length) throw new Error(`bad IBAN ${iban}`);
  return iban;
}

function groupIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k < 6) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (k < 9) return compact;
  return compact.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}

const iban = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));

/** An IBAN-shaped string that fails mod 97 (one digit changed) or has a wrong length. */
function badIban(r: Rng, cc: string): string {
  const good = ibanCompact(r, cc);
  if (r.chance(0.25)) return groupIban(r, good.slice(0, -1));
  let i = r.int(4, good.length - 1);
  while (!/\d/.test(good.charAt(i))) i = r.int(4, good.length - 1);
  const dg = (Number(good.charAt(i)) + r.int(1, 9)) % 10;
  return groupIban(r, good.slice(0, i) + String(dg) + good.slice(i + 1));
}

const IBAN_CC: Readonly<Record<string, string>> = { GB: 'GB', IE: 'IE', DE: 'DE', AT: 'AT', CH: 'CH', FR: 'FR', ES: 'ES', IT: 'IT', PT: 'PT', NL: 'NL', PL: 'PL', SE: 'SE', AE: 'AE', TR: 'TR' };
const ibanFor = (r: Rng, cc: CountryCode): string => iban(r, IBAN_CC[cc] ?? r.pick(['DE', 'NL', 'BE', 'LU', 'FR', 'GB', 'DK', 'NO', 'FI', 'GR', 'CZ', 'HU', 'RO']));

// --- SSN, IP --------------------------------------------------------------------------------------

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99), 2);
  const s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const badSsn = (r: Rng): string =>
  r.pick([`000-${r.digits(2)}-${r.digits(4)}`, `666-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`, `9${r.digits(2)}-${r.int(70, 99)}-${pad(r.int(1, 9999), 4)}`,
    `***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `${pad(r.int(1, 665), 3)}-00-${pad(r.int(1, 9999), 4)}`]);
const ein = (r: Rng): string => `${r.int(10, 88)}-${r.digits(7)}`;
const routing = (r: Rng): string => `${r.pick(['0', '1', '2', '3'])}${r.digits(8)}`;

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(23, 223);
  if (a === 127) a = 128;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 4);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 3) return `2600:${h()}:${h()}::${h()}`.toUpperCase();
  return `2a01:${h()}:${h()}:${h()}::1`;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));
const version = (r: Rng): string => `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 400)}`;

// --- postal addresses -----------------------------------------------------------------------------

const UK_PC = 'ABDEFGHJLNPQRSTUWXYZ';
type AddrStyle = 'line' | 'multi';

/** A full postal address as people in `cc` write it, on one line or several. */
function address(r: Rng, cc: CountryCode, style: AddrStyle = r.chance(0.3) ? 'multi' : 'line'): string {
  const n = r.int(1, 240);
  const L = (parts: string[], sep = ', '): string => (style === 'multi' ? parts.join('\n') : parts.join(sep));
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick([['Tucson', 'AZ', '857'], ['Columbus', 'OH', '432'], ['Boise', 'ID', '837'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'],
        ['Savannah', 'GA', '314'], ['Madison', 'WI', '537'], ['Albuquerque', 'NM', '871'], ['Omaha', 'NE', '681'], ['Burlington', 'VT', '054'], ['Fresno', 'CA', '937'],
        ['Orlando', 'FL', '328'], ['Denver', 'CO', '802'], ['Newark', 'NJ', '071'], ['Knoxville', 'TN', '379']] as const);
      const zip = `${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      if (r.chance(0.12)) return L([`PO Box ${r.int(100, 9999)}`, `${city}, ${st} ${zip}`]);
      const street = `${r.int(10, 9899)} ${r.pick(['Alder Crest', 'Juniper Hollow', 'Quarry Ridge', 'Willow Bend', 'Old Mill', 'Saddlebrook', 'Cedar Gap', 'Larkspur', 'Bluebonnet', 'Tamarack', 'Fairhaven', 'Kingfisher', 'N Elm', 'W 43rd'])} ${r.pick(['Rd', 'Dr', 'St', 'Ave', 'Ln', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Terrace'])}`;
      const unit = r.chance(0.3) ? r.pick([`Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C', ''])}`, `Suite ${r.int(100, 450)}`, `Unit ${r.int(1, 60)}`, `#${r.int(2, 90)}`]) : '';
      return style === 'multi' ? [street + (unit ? ` ${unit}` : ''), `${city}, ${st} ${zip}`].join('\n') : [street, ...(unit ? [unit] : []), city, `${st} ${zip}`].join(', ');
    }
    case 'GB': {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['York', 'YO'], ['Brighton', 'BN'], ['Glasgow', 'G'], ['Exeter', 'EX'], ['Sheffield', 'S'], ['Manchester', 'M'], ['London', 'SE'], ['Edinburgh', 'EH']] as const);
      const pc = `${area}${r.int(1, 28)} ${r.int(0, 9)}${letters(r, 2, UK_PC)}`;
      const street = `${n} ${r.pick(['Kestrel', 'Ashdown', 'Moorfield', 'Brambley', 'Cobble', 'Harrowgate', 'Fennel', 'Wrenbury', 'Tanner'])} ${r.pick(['Road', 'Lane', 'Close', 'Crescent', 'Mews', 'Gardens', 'Row', 'Street', 'Avenue'])}`;
      const flat = r.chance(0.3) ? [`Flat ${r.int(1, 24)}`] : [];
      const locality = r.chance(0.3) ? [r.pick(['Headingley', 'Clifton', 'Roath', 'Heaton Moor', 'Peckham', 'Leith'])] : [];
      return L([...flat, street, ...locality, town, pc]);
    }
    case 'IE': {
      const [town, key] = r.pick([['Cork', 'T12'], ['Ballincollig, Co. Cork', 'P31'], ['Galway', 'H91'], ['Dublin 8', 'D08'], ['Rathmines, Dublin 6', 'D06'], ['Limerick', 'V94'], ['Kilkenny', 'R95'], ['Sligo', 'F91']] as const);
      return L([`${n} ${r.pick(['Glenmore', 'Ardkeen', 'Castleview', 'Lisheen', 'Beechwood', 'Knocknacarra'])} ${r.pick(['Park', 'Avenue', 'Drive', 'Court', 'Grove', 'Heights'])}`, town, `${key} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`]);
    }
    case 'DE': {
      const [city, pre] = r.pick([['Köln', '50'], ['München', '80'], ['Hamburg', '22'], ['Leipzig', '04'], ['Dresden', '01'], ['Freiburg im Breisgau', '79'], ['Münster', '48'], ['Kassel', '34'], ['Rostock', '18'], ['Mainz', '55'], ['Nürnberg', '90'], ['Bremen', '28']] as const);
      const street = r.chance(0.2) ? `Am ${r.pick(['Mühlbach', 'Lindenhang', 'Krähenwald', 'Sonnenhof'])} ${r.int(1, 60)}${r.pick(['', '', 'a', 'b'])}` : `${r.pick(['Amsel', 'Kastanien', 'Birken', 'Hagebutten', 'Feldlerchen', 'Brunnen', 'Holunder', 'Eichendorff', 'Wacholder', 'Lärchen'])}${r.pick(['straße', 'weg', 'allee', 'ring', 'str.'])} ${r.int(1, 140)}${r.pick(['', '', '', 'a', 'c'])}`;
      const extra = r.chance(0.15) ? [r.pick(['Hinterhaus', '3. OG links', 'Gartenhaus'])] : [];
      const last = `${pre}${r.digits(3)} ${city}`;
      return style === 'multi' ? [street, ...extra, last, ...(r.chance(0.3) ? ['Deutschland'] : [])].join('\n') : `${street}, ${last}`;
    }
    case 'AT':
      return L([`${r.pick(['Kirchengasse', 'Zieglergasse', 'Mariahilfer Straße', 'Herrengasse', 'Leopoldstraße'])} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 24)}` : ''}`, r.pick([`1${pad(r.int(1, 23), 2)}0 Wien`, '8010 Graz', '4020 Linz', '5020 Salzburg', '6020 Innsbruck'])]);
    case 'CH':
      return L([`${r.pick(['Rebgasse', 'Seefeldstrasse', 'Bahnhofweg', 'Chemin des Vignes', 'Rue du Lac', 'Hirschengraben'])} ${r.int(1, 120)}`, r.pick(['4058 Basel', `80${pad(r.int(1, 57), 2)} Zürich`, '3011 Bern', '6003 Luzern', '1003 Lausanne', '9000 St. Gallen'])]);
    case 'FR': {
      const street = `${n}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue des Tilleuls', 'boulevard de la Corderie', 'impasse du Moulin', 'allée des Mésanges', 'chemin de la Croix-Blanche', 'place du Marché', 'rue Victor Hugo'])}`;
      const city = r.pick([`6900${r.int(1, 9)} Lyon`, `750${pad(r.int(1, 20), 2)} Paris`, `130${pad(r.int(1, 16), 2)} Marseille`, '31000 Toulouse', '44000 Nantes', '59000 Lille', '33000 Bordeaux', '35000 Rennes', '67000 Strasbourg', '34000 Montpellier']);
      const bat = r.chance(0.3) ? [r.pick([`Résidence les Tilleuls, bât. ${letters(r, 1, 'ABCD')}`, `Appartement ${r.int(1, 60)}`, `Escalier ${r.int(1, 4)}`])] : [];
      return style === 'multi' ? [...bat, street, city, ...(r.chance(0.3) ? ['FRANCE'] : [])].join('\n') : [...bat, street, city].join(', ');
    }
    case 'ES': {
      const street = `${r.pick(['Calle de la Almendra', 'C/ Mayor', 'Avda. de los Naranjos', 'Paseo del Ferrocarril', 'Calle Sierra de Gredos', 'Plaza de la Merced', 'Carrer de Provença'])} ${r.int(1, 160)}`;
      const floor = r.chance(0.6) ? [r.pick([`${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`, `${r.int(1, 6)}.º ${r.int(1, 4)}.ª`, 'bajo'])] : [];
      const city = r.pick([`280${pad(r.int(1, 55), 2)} Madrid`, `080${pad(r.int(1, 42), 2)} Barcelona`, `460${pad(r.int(1, 26), 2)} Valencia`, `410${pad(r.int(1, 20), 2)} Sevilla`, `480${pad(r.int(1, 15), 2)} Bilbao`, `290${pad(r.int(1, 18), 2)} Málaga`, `500${pad(r.int(1, 18), 2)} Zaragoza`]);
      return L([street, ...floor, city]);
    }
    case 'IT':
      return L([`${r.pick(['Via dei Cestari', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale delle Magnolie', 'Piazza San Domenico', 'Via della Spiga', 'Vicolo del Pozzo'])} ${r.int(1, 200)}${r.pick(['', '', '/A', ' int. 5'])}`,
        r.pick([`001${pad(r.int(18, 99), 2)} Roma RM`, `201${pad(r.int(21, 62), 2)} Milano MI`, `101${pad(r.int(21, 56), 2)} Torino TO`, `401${pad(r.int(21, 41), 2)} Bologna BO`, `801${pad(r.int(21, 47), 2)} Napoli NA`, `501${pad(r.int(21, 45), 2)} Firenze FI`, `371${pad(r.int(21, 42), 2)} Verona VR`])]);
    case 'PT':
      return L([`${r.pick(['Rua das Amoreiras', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua de Cedofeita', 'Largo do Rato'])} ${r.int(1, 300)}${r.chance(0.5) ? `, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.', 'A', 'B'])}` : ''}`,
        r.pick([`1${r.int(0, 9)}${r.int(0, 9)}0-${r.digits(3)} Lisboa`, `4${r.int(0, 4)}00-${r.digits(3)} Porto`, `4700-${r.digits(3)} Braga`, `3000-${r.digits(3)} Coimbra`, `8000-${r.digits(3)} Faro`])]);
    case 'NL': {
      const pc = `${r.pick(['10', '35', '30', '97', '56', '20', '25'])}${r.digits(2)} ${letters(r, 2, 'ABCEGHJKLMNPRTVWXZ')}`;
      const city = { '10': 'Amsterdam', '35': 'Utrecht', '30': 'Rotterdam', '97': 'Groningen', '56': 'Eindhoven', '20': 'Haarlem', '25': 'Den Haag' }[pc.slice(0, 2)] ?? 'Utrecht';
      return L([`${r.pick(['Kwartelstraat', 'Lindengracht', 'Merelhof', 'Zwanenkade', 'Bloemendalerweg', 'Oude Haven'])} ${r.int(1, 400)}${r.pick(['', '', '-II', ' A', 'bis'])}`, `${pc}${style === 'multi' ? ' ' : ' '}${r.chance(0.2) ? city.toUpperCase() : city}`]);
    }
    case 'PL':
      return L([`ul. ${r.pick(['Jaśminowa', 'Polna', 'Kwiatowa', 'Słoneczna', 'Lipowa', 'Mickiewicza', 'Długa'])} ${r.int(1, 90)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, r.pick([`0${r.int(0, 4)}-${r.digits(3)} Warszawa`, `3${r.int(0, 1)}-${r.digits(3)} Kraków`, `80-${r.digits(3)} Gdańsk`, `5${r.int(0, 4)}-${r.digits(3)} Wrocław`, `6${r.int(0, 1)}-${r.digits(3)} Poznań`])]);
    case 'SE':
      return L([`${r.pick(['Björkvägen', 'Storgatan', 'Tallstigen', 'Kvarngatan', 'Sjövägen'])} ${r.int(1, 80)}${r.chance(0.3) ? `, lgh ${r.int(1001, 1404)}` : ''}`, r.pick([`11${r.int(1, 9)} ${r.digits(2)} Stockholm`, `41${r.int(1, 9)} ${r.digits(2)} Göteborg`, `21${r.int(1, 9)} ${r.digits(2)} Malmö`, `75${r.int(1, 9)} ${r.digits(2)} Uppsala`])]);
    case 'JP':
      if (r.chance(0.5)) return `${r.int(100, 999)}-${r.digits(4)} ${r.pick(['東京都目黒区上目黒', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神', '北海道札幌市中央区北一条西'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}${r.chance(0.5) ? ` ${r.pick(['メゾン青葉', 'パークハイツ', 'コーポ桜'])}${r.int(101, 905)}` : ''}`;
      {
        const [ward, city, pc] = r.pick([['Kamimeguro, Meguro-ku', 'Tokyo', '153'], ['Umeda, Kita-ku', 'Osaka', '530'], ['Tenjin, Chuo-ku', 'Fukuoka', '810'], ['Sakuragaoka, Setagaya-ku', 'Tokyo', '156']] as const);
        return L([`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${ward}`, `${city} ${pc}-${r.digits(4)}`]);
      }
    case 'KR':
      if (r.chance(0.5)) return `${r.pick(['서울특별시 마포구 양화로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '인천광역시 연수구 컨벤시아대로'])} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(101, 1504)}호` : ''}`;
      return L([`${r.int(1, 400)} ${r.pick(['Yanghwa-ro, Mapo-gu', 'Teheran-ro, Gangnam-gu', 'Haeundae-ro, Haeundae-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${r.digits(5)}`]);
    case 'AU': {
      const unit = r.chance(0.35) ? [r.pick([`Unit ${r.int(1, 40)}`, `${r.int(1, 30)}/`])] : [];
      const line = `${n} ${r.pick(['Banksia', 'Wattle', 'Jacaranda', 'Kookaburra', 'Ironbark'])} ${r.pick(['St', 'Rd', 'Ave', 'Pde', 'Cres'])}`;
      const sub = r.pick(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Paddington QLD 4064', 'Fremantle WA 6160', 'Glenelg SA 5045', 'Sandy Bay TAS 7005', 'Braddon ACT 2612']);
      const first = unit[0]?.endsWith('/') ? [`${unit[0]}${line}`] : [...unit, line];
      return L([...first, sub]);
    }
    case 'CA':
      if (r.chance(0.3)) {
        const app = r.chance(0.5) ? [`app. ${r.int(1, 20)}`] : [];
        return L([`${r.int(100, 9999)} rue ${r.pick(['Saint-Denis', 'des Érables', 'Beaubien Est'])}`, ...app, `Montréal (Québec)  H2${letters(r, 1, 'JKLTVX')} ${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`]);
      }
      return L([`${r.int(10, 9999)} ${r.pick(['Cedarvale Ave', 'Maple Ridge Dr', 'Birchmount Rd', 'Spruce St', 'Lakeshore Blvd W'])}`, r.pick([`Toronto, ON M4C ${r.int(1, 9)}J${r.int(0, 9)}`, `Vancouver, BC V5K ${r.int(1, 9)}A${r.int(0, 9)}`, `Calgary, AB T2N ${r.int(1, 9)}K${r.int(0, 9)}`, `Halifax, NS B3H ${r.int(1, 9)}R${r.int(0, 9)}`, `Ottawa, ON K1S ${r.int(1, 9)}B${r.int(0, 9)}`])]);
    case 'BR':
      return L([`${r.pick(['Rua das Palmeiras', 'Av. Paulista', 'Rua Oscar Freire', 'Rua Voluntários da Pátria', 'Alameda Santos'])}, ${r.int(10, 2500)}${r.chance(0.5) ? `, apto ${r.int(11, 184)}` : ''} – ${r.pick(['Pinheiros', 'Botafogo', 'Savassi', 'Batel', 'Boa Viagem'])}`, r.pick([`São Paulo – SP, 0${r.int(1, 5)}${r.digits(3)}-${r.digits(3)}`, `Rio de Janeiro – RJ, 22${r.digits(3)}-${r.digits(3)}`, `Belo Horizonte – MG, 30${r.digits(3)}-${r.digits(3)}`, `Curitiba – PR, 80${r.digits(3)}-${r.digits(3)}`, `Recife – PE, 5${r.digits(4)}-${r.digits(3)}`])]);
    case 'MX':
      return L([`${r.pick(['Calle Jacarandas', 'Av. Insurgentes Sur', 'Calle Hidalgo', 'Privada de los Pinos'])} ${r.int(1, 3000)}${r.chance(0.4) ? ` Int. ${r.int(1, 40)}` : ''}`, `Col. ${r.pick(['Del Valle', 'Roma Norte', 'Providencia', 'Centro'])}`, r.pick([`03${r.digits(3)} Ciudad de México, CDMX`, `44${r.digits(3)} Guadalajara, Jal.`, `64${r.digits(3)} Monterrey, N.L.`, `97${r.digits(3)} Mérida, Yuc.`])]);
    case 'AE':
      return r.chance(0.3) ? L([`PO Box ${r.int(1000, 99999)}`, r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'United Arab Emirates']) : L([r.pick([`Villa ${r.int(1, 90)}, Street ${r.int(1, 30)}${r.pick(['a', 'b', ''])}`, `Apt ${r.int(101, 4210)}, ${r.pick(['Marina Pearl Tower', 'Al Zahra Residence', 'Creekside 2'])}`]), r.pick(['Al Barsha 2', 'Dubai Marina', 'Al Nahda 1', 'Khalifa City A']), r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), ...(r.chance(0.5) ? ['UAE'] : [])]);
    case 'IN':
      return L([`${r.pick(['Flat', 'House No.'])} ${r.int(1, 902)}, ${r.pick(['Lotus Residency', 'Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Niketan'])}`, `${r.int(1, 20)}th Cross, ${r.pick(['Indiranagar', 'Koregaon Park', 'Adyar', 'Banjara Hills', 'Andheri West'])}`, r.pick([`Bengaluru 5600${r.digits(2)}`, `Pune 4110${r.digits(2)}`, `Chennai 6000${r.digits(2)}`, `Hyderabad 5000${r.digits(2)}`, `Mumbai 4000${r.digits(2)}`])]);
    case 'ZA':
      return L([`${n} ${r.pick(['Protea', 'Jacaranda', 'Fynbos', 'Kiepersol'])} ${r.pick(['Lane', 'Street', 'Crescent', 'Road'])}`, r.pick(['Rondebosch', 'Sandton', 'Morningside', 'Brooklyn']), r.pick(['Cape Town', 'Johannesburg', 'Durban', 'Pretoria']), pad(r.int(1, 9999), 4)]);
    case 'TR':
      return L([`${r.pick(['Bağdat Caddesi', 'Atatürk Bulvarı', 'Gül Sokak', 'Cumhuriyet Mahallesi 1203. Sokak'])} No: ${r.int(1, 300)}${r.chance(0.6) ? ` D: ${r.int(1, 30)}` : ''}`, r.pick([`34${r.digits(3)} Kadıköy/İstanbul`, `06${r.digits(3)} Çankaya/Ankara`, `35${r.digits(3)} Karşıyaka/İzmir`])]);
  }
}

// --- locales --------------------------------------------------------------------------------------

interface Locale {
  readonly cc: CountryCode;
  readonly people: readonly string[];
  readonly city: string;
  readonly plate: (r: Rng) => string;
}
const LOCALES: readonly Locale[] = [
  { cc: 'US', people: ['us', 'mx', 'in', 'cn', 'ng', 'kr', 'ph'], city: 'Denver', plate: (r) => `${r.digits(1)}${letters(r, 3)}${r.digits(3)}` },
  { cc: 'GB', people: ['gb', 'sc', 'in', 'pl', 'ng'], city: 'Manchester', plate: (r) => `${letters(r, 2)}${r.int(10, 74)} ${letters(r, 3)}` },
  { cc: 'IE', people: ['ie', 'pl', 'br'], city: 'Cork', plate: (r) => `${r.int(181, 252)}-${r.pick(['D', 'C', 'G', 'KY'])}-${r.int(1, 39999)}` },
  { cc: 'DE', people: ['de', 'tr', 'pl', 'ru', 'gr'], city: 'Köln', plate: (r) => `${r.pick(['K', 'M', 'HH', 'B', 'F'])}-${letters(r, 2)} ${r.int(1, 9999)}` },
  { cc: 'AT', people: ['at', 'de', 'cz', 'hu'], city: 'Wien', plate: (r) => `W-${r.int(10000, 99999)}${letters(r, 1)}` },
  { cc: 'CH', people: ['at', 'de', 'fr', 'it', 'pt'], city: 'Zürich', plate: (r) => `${r.pick(['ZH', 'BE', 'BS', 'VD'])} ${r.int(10000, 999999)}` },
  { cc: 'FR', people: ['fr', 'ar', 'pt', 'vn'], city: 'Lyon', plate: (r) => `${letters(r, 2)}-${r.digits(3)}-${letters(r, 2)}` },
  { cc: 'ES', people: ['es', 'mx', 'ar'], city: 'Málaga', plate: (r) => `${r.digits(4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}` },
  { cc: 'IT', people: ['it', 'hu'], city: 'Bologna', plate: (r) => `${letters(r, 2)} ${r.digits(3)}${letters(r, 2)}` },
  { cc: 'PT', people: ['pt', 'br'], city: 'Faro', plate: (r) => `${letters(r, 2)}-${r.digits(2)}-${letters(r, 2)}` },
  { cc: 'NL', people: ['nl', 'tr', 'ar'], city: 'Utrecht', plate: (r) => `${letters(r, 2, 'GHJKLNPRSTXZ')}-${r.digits(3)}-${letters(r, 1, 'BDFGHJKLNPRSTXZ')}` },
  { cc: 'PL', people: ['pl', 'ru'], city: 'Gdańsk', plate: (r) => `${r.pick(['WA', 'GD', 'KR'])} ${r.digits(5)}` },
  { cc: 'SE', people: ['se', 'no', 'fi', 'ir'], city: 'Göteborg', plate: (r) => `${letters(r, 3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} ${r.digits(2)}${letters(r, 1)}` },
  { cc: 'JP', people: ['jp'], city: 'Fukuoka', plate: (r) => `福岡 ${r.int(300, 599)} わ ${r.int(10, 99)}-${r.digits(2)}` },
  { cc: 'KR', people: ['kr'], city: 'Busan', plate: (r) => `${r.int(10, 399)}하 ${r.digits(4)}` },
  { cc: 'AU', people: ['us', 'gb', 'cn', 'vn', 'gr'], city: 'Brisbane', plate: (r) => `${r.digits(3)}${letters(r, 3)}` },
  { cc: 'CA', people: ['us', 'fr', 'in', 'cn', 'ph'], city: 'Calgary', plate: (r) => `${letters(r, 4)} ${r.digits(3)}` },
  { cc: 'BR', people: ['br', 'pt', 'it'], city: 'Curitiba', plate: (r) => `${letters(r, 3)}${r.digits(1)}${letters(r, 1)}${r.digits(2)}` },
  { cc: 'MX', people: ['mx', 'es'], city: 'Cancún', plate: (r) => `${letters(r, 3)}-${r.digits(3)}-${letters(r, 1)}` },
  { cc: 'AE', people: ['ar', 'in', 'ph', 'ir'], city: 'Dubai', plate: (r) => `Dubai ${letters(r, 1)} ${r.int(10000, 99999)}` },
  { cc: 'IN', people: ['in'], city: 'Bengaluru', plate: (r) => `KA ${pad(r.int(1, 53), 2)} ${letters(r, 2)} ${r.digits(4)}` },
  { cc: 'ZA', people: ['za', 'ke', 'ng', 'gb'], city: 'Cape Town', plate: (r) => `CA ${r.digits(3)}-${r.digits(3)}` },
  { cc: 'TR', people: ['tr'], city: 'Antalya', plate: (r) => `07 ${letters(r, 3)} ${r.digits(3)}` },
];
const locale = (r: Rng, ccs?: readonly CountryCode[]): Locale => {
  if (!ccs) return r.pick(LOCALES);
  const cc = r.pick(ccs);
  return LOCALES.find((x) => x.cc === cc) ?? r.pick(LOCALES);
};

// --- distractors ----------------------------------------------------------------------------------

const CARS = ['VW Golf', 'Toyota Corolla Hybrid', 'Škoda Octavia Combi', 'Ford Transit Custom', 'Mercedes-Benz Sprinter', 'Peugeot 208', 'Kia Ceed SW',
  'Tesla Model 3', 'Renault Clio', 'Fiat 500', 'BMW X1', 'Dacia Duster', 'Suzuki Swift', 'Hyundai Ioniq 5', 'Chevrolet Malibu', 'Nissan Qashqai',
  'Citroën Berlingo', 'Opel Corsa', 'Volvo XC60', 'Mazda CX-5', 'Lincoln Navigator', 'Porsche Macan', 'Jeep Wrangler', 'Honda Jazz'];
const RENTAL_CO = ['Kestrel Car Hire', 'AutoLibra', 'RutaSol Alquiler', 'Fahrwerk Mietwagen', 'Nordvik Bilutleie', 'Marlowe Fleet Leasing', 'Velocità Noleggi',
  'DriveMint', 'Caravela Rent-a-Car', 'Cobalt Mobility', 'Ridgeline Rentals', 'Sakura Rent-a-Car', 'Bluewheel Leasing', 'Ameixa Rent'];
const AIRPORTS = ['Marco Polo Airport', 'Charles de Gaulle (CDG)', 'Franz Josef Strauss Airport', 'John Lennon Airport', 'Adolfo Suárez Madrid-Barajas',
  'Ronald Reagan National', 'Indira Gandhi International', 'George Bush Intercontinental', 'Leonardo da Vinci–Fiumicino', 'Kingsford Smith Airport',
  'Chopin Airport', 'Humberto Delgado Airport', 'Pierre Elliott Trudeau Airport', 'Cristiano Ronaldo Airport (Madeira)'];
const EPONYMS = ['a worn MacPherson strut', 'the Bowden cable for the bonnet release', 'a stripped Torx bolt', 'a Phillips-head screw in the tyre',
  'the Wankel-engine RX-8 on the lot', 'the Ackermann geometry after the kerb strike', 'the Michelin Pilot tyres', 'a Bosch wiper blade', 'a Kärcher wash'];
const bookingRef = (r: Rng): string => `${r.pick(['RA', 'KCH', 'BK', 'RES', 'AGR'])}-${r.digits(r.int(6, 9))}`;
const vin = (r: Rng): string => `${r.pick(['WVW', 'VF3', 'TMB', 'JTD', 'WBA', 'ZFA', 'KNA', '1FT', '5YJ'])}${letters(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(8)}`;
const hash = (r: Rng, n = 40): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const money = (r: Rng, sym: string): string => `${sym}${r.int(8, 980)}.${pad(r.int(0, 99), 2)}`;
const km = (r: Rng): string => `${r.int(2, 148)}${r.pick([',', '.', ' '])}${r.digits(3)}`;
const time = (r: Rng): string => `${pad(r.int(6, 22), 2)}:${pad(r.int(0, 59), 2)}`;
const isoTs = (r: Rng): string => {
  const x = recentDate(r);
  return `${x.y}-${pad(x.m, 2)}-${pad(x.d, 2)}T${time(r)}:${pad(r.int(0, 59), 2)}Z`;
};

// ---------------------------------------------------------------------------------------------------
// Writing helpers
// ---------------------------------------------------------------------------------------------------

const HON: Readonly<Record<string, readonly string[]>> = {
  en: ['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Mx. ', 'Mr ', 'Miss '],
  de: ['Herr ', 'Frau ', 'Herrn ', 'Dr. '],
  fr: ['M. ', 'Mme ', 'Madame ', 'Monsieur '],
  es: ['Sr. ', 'Sra. ', 'D. ', 'Dña. '],
  it: ['Sig. ', 'Sig.ra ', 'Dott. ', 'Dott.ssa '],
  pt: ['Sr. ', 'Sra. ', 'Dona '],
  nl: ['dhr. ', 'mevr. ', 'de heer '],
  pl: ['Pan ', 'Pani '],
};

/** A mention of `p`, sometimes after an honorific (outside the span). */
function nm(d: Doc, r: Rng, p: Person, lang = 'en', honP = 0.3): void {
  const hs = HON[lang];
  if (hs && r.chance(honP)) {
    d.t(r.pick(hs)).l('PERSON', r.chance(0.6) ? p.s : full(p));
    return;
  }
  d.l('PERSON', nameForm(r, p));
}

/** The main person of a document: the user's own name (known) in part of the documents. */
function main(d: Doc, r: Rng, p: Person, selfP = 0.3): void {
  if (r.chance(selfP)) d.self(full(p));
  else d.l('PERSON', nameForm(r, p));
}

const expiry = (r: Rng): string => `${pad(r.int(1, 12), 2)}/${r.int(26, 31)}`;
const lang = (cc: CountryCode): string =>
  ({ DE: 'de', AT: 'de', CH: 'de', FR: 'fr', ES: 'es', MX: 'es', IT: 'it', PT: 'pt', BR: 'pt', NL: 'nl', PL: 'pl' } as Partial<Record<CountryCode, string>>)[cc] ?? 'en';
const cur = (cc: CountryCode): string =>
  ({ US: '$', CA: 'CA$', AU: 'A$', GB: '£', JP: '¥', KR: '₩', BR: 'R$', MX: 'MX$', AE: 'AED ', IN: '₹', ZA: 'R', TR: '₺', PL: 'zł ', SE: 'SEK ', CH: 'CHF ' } as Partial<Record<CountryCode, string>>)[cc] ?? '€';

/** A harmless distractor sentence (no PII under the conventions). */
function noise(r: Rng, cc: CountryCode = 'US'): string {
  return r.pick([
    `Agreement ${bookingRef(r)} · VIN ${vin(r)} · odometer ${km(r)} km.`,
    `Vehicle returned to bay ${r.int(1, 80)}, level ${r.pick(['P1', 'P2', '-1'])} of the ${r.pick(AIRPORTS)} car park.`,
    `Workshop note: ${r.pick(EPONYMS)} — not chargeable to the customer.`,
    `App build ${version(r)} (commit ${hash(r, 12)}).`,
    `Card ${maskedCard(r)} was pre-authorised for ${money(r, cur(cc))}.`,
    `The previous hirer was already charged under case ${r.pick(['CLM', 'DMG', 'TOL'])}-${r.digits(7)}.`,
    `Tracking ${r.pick(['1Z', 'JJD', 'TBA'])}${r.digits(14)} for the spare key.`,
    `Routing number ${routing(r)}, company EIN ${ein(r)} (for the fleet invoice only).`,
    `Rejected test card ${badCard(r)} in the sandbox.`,
    `Next service due ${fmtDate(r, cc, recentDate(r))} or at ${km(r)} km.`,
    `Storm ${r.pick(['Ingrid', 'Bertram', 'Oona', 'Carlos'])} closed the coast road, so returns are delayed.`,
    `Ferry MS ${r.pick(['Peter Wessel', 'Kronprinsesse Ingrid', 'Pride of Hull'])} arrives at ${time(r)}.`,
    `Invoice date ${fmtDate(r, cc, recentDate(r))}, due in 14 days.`,
    `Speed recorded: ${r.int(58, 131)} km/h in a ${r.pick(['50', '80', '100'])} zone (device ${letters(r, 3)}-${r.digits(4)}).`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------

type Template = (r: Rng, d: Doc) => void;

const rentalAgreementEn: Template = (r, d) => {
  const L = locale(r, ['US', 'CA', 'AU', 'GB', 'IE', 'ZA', 'AE', 'IN']);
  const p = person(r, L.people);
  d.t(`${r.pick(RENTAL_CO)} — RENTAL AGREEMENT ${bookingRef(r)}\n\nRenter: `);
  main(d, r, p);
  d.t(r.pick(['    DOB: ', '\nDate of birth: ', ' | D.O.B. ']));
  d.l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t('\nHome address: ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\nMobile: ').l('PHONE', phone(r, L.cc));
  d.t('   Email: ').l('EMAIL', email(r, p));
  d.t(`\nLicence no.: ${letters(r, 1)}${r.digits(8)}   expires ${fmtDate(r, L.cc, { y: r.int(2026, 2034), m: r.int(1, 12), d: r.int(1, 28) })}`);
  d.t(`\nVehicle: ${r.pick(CARS)} / plate ${L.plate(r)} / fuel ${r.pick(['8/8', 'full', '3/4'])}`);
  d.t(`\nPick-up: ${r.pick(AIRPORTS)}, ${fmtDate(r, L.cc, recentDate(r))} ${time(r)}`);
  d.t(`\nReturn: ${L.city} downtown branch, ${fmtDate(r, L.cc, recentDate(r))} ${time(r)}`);
  d.t('\nPayment: ').l('CARD', card(r)).t(`  exp ${expiry(r)}  (pre-auth ${money(r, cur(L.cc))})`);
  if (L.cc === 'US' && r.chance(0.8)) d.t('\nSSN (debit-card rentals only): ').l('NATIONAL_ID', ssn(r));
  if (r.chance(0.5)) {
    const q = person(r, L.people);
    d.t('\nAdditional driver: ').l('PERSON', nameForm(r, q)).t(' (DOB ').l('DOB', fmtDate(r, L.cc, birthDate(r))).t(')');
  }
  d.t(`\nCounter agent: `).l('PERSON', person(r, L.people).g).t(` (#${r.digits(4)})\n${noise(r, L.cc)}`);
};

const mietvertrag: Template = (r, d) => {
  const L = locale(r, ['DE', 'AT', 'CH']);
  const p = person(r, L.people);
  d.t(`${r.pick(['Fahrwerk Mietwagen GmbH', 'Bluewheel Leasing AG', 'Cobalt Mobility GmbH'])}\nMIETVERTRAG Nr. ${r.digits(8)}\n\nMieter: `);
  if (r.chance(0.5)) d.t(r.pick(['Herr ', 'Frau '])).l('PERSON', full(p));
  else main(d, r, p);
  d.t('\nGeburtsdatum: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t(`\nGeburtsort: ${r.pick(['Kassel', 'Bochum', 'Izmir', 'Graz', 'Kattowitz'])}`);
  d.t('\nAnschrift: ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\nTelefon: ').l('PHONE', phone(r, L.cc));
  if (r.chance(0.6)) d.t('\nE-Mail: ').l('EMAIL', email(r, p));
  d.t(`\nFührerschein: Klasse B, Nr. ${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(6)}, ausgestellt ${fmtDate(r, L.cc, { y: r.int(1995, 2020), m: r.int(1, 12), d: r.int(1, 28) })}`);
  d.t(`\nPersonalausweis-Nr.: L${letters(r, 2, 'CFGHJKLMNPRTVWXYZ')}${r.digits(6)}`);
  d.t(`\nFahrzeug: ${r.pick(CARS)}, Kennzeichen ${L.plate(r)}, km-Stand ${km(r)}`);
  d.t(`\nÜbernahme: ${fmtDate(r, L.cc, recentDate(r))}, ${time(r)} Uhr, Station ${r.pick(['Franz Josef Strauss Airport', 'Hbf Süd', 'Flughafen Wien-Schwechat'])}`);
  d.t(`\nKaution: ${money(r, '€')} per Kreditkarte `).l('CARD', card(r));
  if (r.chance(0.5)) d.t('\nRückerstattung auf IBAN ').l('IBAN', ibanFor(r, L.cc));
  d.t('\n\nUnterschrift Vermieter: ').l('PERSON', initial(person(r, ['de', 'at'])));
  d.t(`\nHinweis: Die Eichendorffstraße ist wegen Bauarbeiten gesperrt.`);
};

const contratFr: Template = (r, d) => {
  const L = locale(r, ['FR', 'CH', 'CA']);
  const p = person(r, ['fr', 'ar', 'vn', 'pt']);
  d.t(`CONTRAT DE LOCATION n° ${r.digits(9)} — ${r.pick(RENTAL_CO)}\n\nLocataire : `);
  if (r.chance(0.4)) d.t(r.pick(['M. ', 'Mme '])).l('PERSON', `${p.s.toUpperCase()} ${p.g}`);
  else main(d, r, p);
  d.t(`\nNé(e) le `).l('DOB', fmtDate(r, 'FR', birthDate(r))).t(` à ${r.pick(['Lyon', 'Oran', 'Brest', 'Hanoï', 'Porto'])}`);
  d.t('\nAdresse : ').l('ADDRESS', address(r, L.cc === 'CA' ? 'CA' : 'FR', 'line'));
  d.t('\nTél. : ').l('PHONE', phone(r, L.cc === 'CA' ? 'CA' : 'FR'));
  d.t(' — Courriel : ').l('EMAIL', email(r, p));
  d.t(`\nPermis n° ${r.digits(12)} délivré le ${fmtDate(r, 'FR', { y: r.int(1990, 2021), m: r.int(1, 12), d: r.int(1, 28) })}`);
  d.t(`\nVéhicule : ${r.pick(CARS)} — immatriculation ${L.plate(r)}`);
  d.t(`\nDépart : Aéroport Charles de Gaulle, le ${fmtDate(r, 'FR', recentDate(r))} à ${time(r).replace(':', 'h')}`);
  d.t(`\nCarburant : plein/plein. Franchise : ${r.int(800, 2500)} €.`);
  if (r.chance(0.6)) d.t('\nCarte bancaire : ').l('CARD', card(r));
  else d.t(`\nCarte bancaire : ${maskedCard(r)}`);
  if (r.chance(0.4)) d.t('\nRIB pour restitution du dépôt : ').l('IBAN', iban(r, 'FR'));
  if (r.chance(0.4)) d.t('\nConducteur additionnel : ').l('PERSON', full(person(r, ['fr', 'ar']))).t(', né le ').l('DOB', fmtDate(r, 'FR', birthDate(r)));
};

const contratoEs: Template = (r, d) => {
  const L = locale(r, ['ES', 'MX']);
  const p = person(r, L.people);
  d.t(`${r.pick(['RutaSol Alquiler S.L.', 'Ameixa Rent', 'Caravela Rent-a-Car'])} · CONTRATO DE ALQUILER ${bookingRef(r)}\n\nArrendatario: `);
  main(d, r, p);
  d.t(`\n${L.cc === 'ES' ? `DNI/NIE: ${r.digits(8)}${letters(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}` : `CURP: ${letters(r, 4)}${r.digits(6)}${letters(r, 6)}${r.digits(2)}`}`);
  d.t('\nFecha de nacimiento: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t('\nDomicilio: ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\nMóvil: ').l('PHONE', phone(r, L.cc)).t(' · Correo: ').l('EMAIL', email(r, p));
  d.t(`\nVehículo: ${r.pick(CARS)}, matrícula ${L.plate(r)}`);
  d.t(`\nRecogida: ${r.pick(['Aeropuerto Adolfo Suárez Madrid-Barajas T4', 'Estación María Zambrano', 'Aeropuerto de Cancún T3'])}, ${fmtDate(r, L.cc, recentDate(r))}`);
  d.t('\nTarjeta de garantía: ').l('CARD', card(r)).t(` cad. ${expiry(r)}`);
  if (r.chance(0.4)) d.t('\nDevolución de fianza a la cuenta ').l('IBAN', iban(r, 'ES'));
  d.t('\nAgente: ').l('PERSON', person(r, ['es', 'mx']).g).t(`\n${noise(r, L.cc)}`);
};

const contrattoIt: Template = (r, d) => {
  const p = person(r, ['it', 'it', 'hu', 'ar']);
  d.t(`Velocità Noleggi S.r.l. — CONTRATTO DI NOLEGGIO N. ${r.digits(7)}\n\nCliente: `);
  if (r.chance(0.4)) d.t(r.pick(['Sig. ', 'Sig.ra '])).l('PERSON', `${p.s} ${p.g}`);
  else main(d, r, p);
  d.t(`\nCodice fiscale: ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}`);
  d.t('\nNato/a il ').l('DOB', fmtDate(r, 'IT', birthDate(r))).t(` a ${r.pick(['Bari', 'Verona', 'Cluj', 'Palermo'])}`);
  d.t('\nResidenza: ').l('ADDRESS', address(r, 'IT', 'line'));
  d.t('\nCell.: ').l('PHONE', phone(r, 'IT'));
  if (r.chance(0.5)) d.t('  PEC/e-mail: ').l('EMAIL', email(r, p));
  d.t(`\nVeicolo: ${r.pick(CARS)} targa ${locale(r, ['IT']).plate(r)} — ritiro all'aeroporto Marco Polo, ${fmtDate(r, 'IT', recentDate(r))}`);
  d.t('\nCarta di credito: ').l('CARD', card(r));
  if (r.chance(0.4)) d.t('\nIBAN per lo svincolo del deposito: ').l('IBAN', iban(r, 'IT'));
  d.t(`\nNota: accesso ZTL non autorizzato comporta una penale di 60 € per ogni verbale.`);
};

const pickupChecklist: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`PICK-UP CHECKLIST — ${r.pick(RENTAL_CO)} — ${L.city}\nRA ${bookingRef(r)}  Plate ${L.plate(r)}  ${r.pick(CARS)}\n`);
  d.t(`[x] Fuel ${r.pick(['8/8', '7/8', 'full'])}   [x] Odometer ${km(r)}   [ ] AdBlue   [x] Warning triangle\n`);
  d.t(`Existing damage: ${r.pick(['scratch R/rear door 4 cm', 'chip windscreen driver side', 'kerbed alloy F/L', 'none noted'])}\n`);
  d.t('Customer: ');
  nm(d, r, p, lang(L.cc), 0.4);
  d.t('   Contact: ').l('PHONE', phone(r, L.cc)).t('\n');
  d.t(`Checked by: `).l('PERSON', r.chance(0.5) ? initial(person(r, L.people)) : person(r, L.people).g).t(` at ${time(r)}\n`);
  d.t(r.pick(['Child seat (Maxi-Cosi) fitted.', 'Snow chains in boot.', 'Customer declined SCDW.', `Toll transponder ${r.digits(10)} active.`]));
};

const returnChecklist: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  const c = cur(L.cc);
  d.t(`RETURN REPORT ${bookingRef(r)} — ${fmtDate(r, L.cc, recentDate(r))} ${time(r)}\nVehicle ${L.plate(r)} (${r.pick(CARS)})\nRenter: `);
  main(d, r, p, 0.25);
  d.t(`\nFuel at return: ${r.pick(['2/8', '5/8', '1/4', 'reserve'])} → refuelling charge ${money(r, c)} + service fee ${money(r, c)}`);
  d.t(`\nNew damage: ${r.pick(['dent rear bumper (photo 3-5)', 'cracked mirror housing L', 'pet hair in rear — valet', 'none'])}`);
  if (r.chance(0.5)) d.t('\nCharged to card ').l('CARD', card(r));
  else d.t(`\nCharged to card ${maskedCard(r)}`);
  d.t('\nReceipt sent to ').l('EMAIL', email(r, p));
  d.t('\nInspector: ').l('PERSON', nameForm(r, person(r, L.people))).t(`\n${noise(r, L.cc)}`);
};

const damageReport: Template = (r, d) => {
  const L = locale(r, ['US', 'GB', 'IE', 'AU', 'CA', 'ZA']);
  const a = person(r, L.people);
  const b = person(r, L.people);
  d.t(`VEHICLE DAMAGE / INCIDENT REPORT — claim ${r.pick(['DMG', 'CLM'])}-${r.digits(8)}\n\nDriver of rental vehicle (${L.plate(r)}): `);
  main(d, r, a, 0.3);
  d.t('\nPhone: ').l('PHONE', phone(r, L.cc));
  d.t(`\nDate/time of incident: ${fmtDate(r, L.cc, recentDate(r))} approx. ${time(r)}`);
  d.t(`\nLocation: ${r.pick(['car park behind the Lidl on Station Rd', 'junction of Elm and 5th', 'roundabout near the Nelson Mandela Bridge', 'slip road, M62 J27'])}`);
  d.t(`\nDescription: ${r.pick(['reversed into bollard', 'third party rear-ended us at lights', 'hail damage to roof', 'door opened into passing cyclist'])}.`);
  d.t('\n\nOther party: ').l('PERSON', nameForm(r, b));
  d.t('\nOther party address: ').l('ADDRESS', address(r, L.cc));
  d.t('\nOther party phone: ').l('PHONE', phone(r, L.cc));
  d.t(`\nInsurer: ${r.pick(['Albion Mutual', 'Harbourline Insurance', 'Ostrava Re'])}, policy ${letters(r, 3)}${r.digits(9)}`);
  if (r.chance(0.5)) {
    d.t('\nWitness: ');
    nm(d, r, person(r, L.people), 'en', 0.5);
    d.t(', ').l('EMAIL', email(r, person(r, L.people)));
  }
  d.t(`\nPolice ref: ${r.digits(4)}/${r.digits(5)}/${recentDate(r).y}`);
};

const unfallbericht: Template = (r, d) => {
  const pa = person(r, ['de', 'tr', 'pl']);
  const pb = person(r, ['de', 'at', 'gr']);
  d.t(`Europäischer Unfallbericht — Anlage zu Schadenfall ${r.digits(6)}/${recentDate(r).y}\n\nFahrzeug A (Mietwagen, ${locale(r, ['DE']).plate(r)})\nFahrer: `);
  d.l('PERSON', `${pa.s.toUpperCase()}, ${pa.g}`);
  d.t('\nGeb.: ').l('DOB', fmtDate(r, 'DE', birthDate(r)));
  d.t('\nAnschrift: ').l('ADDRESS', address(r, 'DE', 'line'));
  d.t('\nTel.: ').l('PHONE', phone(r, 'DE'));
  d.t(`\n\nFahrzeug B (${locale(r, ['DE', 'AT']).plate(r)})\nVersicherungsnehmer: `);
  d.l('PERSON', `${pb.s.toUpperCase()}, ${pb.g}`);
  d.t('\nAnschrift: ').l('ADDRESS', address(r, r.pick(['DE', 'AT'] as const), 'line'));
  d.t(`\nVersicherungsschein-Nr.: ${r.digits(3)}-${r.digits(7)}\n\nUnfallort: Parkhaus am Hauptbahnhof, Ebene 2\nBemerkung: Fahrzeug B hat beim Ausparken die Tür von A gestreift.`);
};

const fuelReport: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  const c = cur(L.cc);
  d.t(`Subject: Fuel & mileage statement for ${bookingRef(r)}\n\nDear `);
  nm(d, r, p, lang(L.cc) === 'en' ? 'en' : 'en', 0.7);
  d.t(`,\n\nyour ${r.pick(CARS)} was returned with ${r.int(8, 40)} litres less fuel than at pick-up.\n`);
  d.t(`Fuel: ${r.int(8, 40)} l × ${c}${r.int(1, 2)}.${r.digits(2)}  =  ${money(r, c)}\nRefuelling service: ${money(r, c)}\nExcess mileage (${r.int(20, 600)} km): ${money(r, c)}\n\n`);
  d.t(`The total was charged to ${maskedCard(r)}. If you believe this is wrong, reply to `).l('EMAIL', r.pick(['billing@drivemint.com', 'fuel-disputes@kestrelcarhire.co.uk', 'soporte@rutasol.es', 'rechnung@fahrwerk-mietwagen.de']));
  d.t(' or call ').l('PHONE', phone(r, L.cc)).t(`.\n\n${noise(r, L.cc)}\nKind regards,\n`).l('PERSON', full(person(r, L.people))).t(`\nCustomer Billing`);
};

const tollNoticeUs: Template = (r, d) => {
  const p = person(r, ['us', 'mx', 'in', 'cn', 'kr']);
  const multi = r.chance(0.6);
  d.t(`${r.pick(['TRI-COUNTY TOLL AUTHORITY', 'GULF COAST EXPRESSWAY', 'SIERRA PASS TOLLWAY'])}\nNOTICE OF TOLL EVASION — Violation #${r.digits(11)}\n\n`);
  d.l('PERSON', full(p).toUpperCase());
  if (r.chance(0.3)) d.t('\nc/o Ridgeline Rentals Inc.');
  d.t(multi ? '\n' : ', ').l('ADDRESS', address(r, 'US', multi ? 'multi' : 'line'));
  d.t(`\n\nPlate: ${locale(r, ['US']).plate(r)} (${r.pick(['CO', 'TX', 'FL', 'AZ'])})   Lane ${r.int(1, 12)}, Plaza ${r.int(10, 99)}\n`);
  d.t(`Transaction: ${fmtDate(r, 'US', recentDate(r))} ${time(r)}   Toll $${r.int(1, 16)}.${r.digits(2)}   Admin fee $${r.int(15, 25)}.00\n`);
  d.t(`The registered owner (a rental company) identified you as the renter. Pay online with PIN ${r.digits(6)} or call `).l('PHONE', phone(r, 'US'));
  d.t(`.\nAccount holder on file: ${maskedCard(r)}. Questions: `).l('EMAIL', r.pick(['violations@tricountytolls.gov', 'help@gulfcoastexpressway.org', 'tolls@sierrapass.us']));
};

const tollNoticeEu: Template = (r, d) => {
  const k = r.int(0, 2);
  if (k === 0) {
    const p = person(r, ['pt', 'br', 'es', 'fr']);
    d.t(`Ameixa Rent — Portagens Via Verde\n\nExmo(a). Sr(a). `).l('PERSON', full(p));
    d.t(`,\ninformamos que o veículo ${locale(r, ['PT']).plate(r)} passou ${r.int(2, 9)} pórticos de portagem eletrónica (A22 Via do Infante) durante o seu aluguer.\n`);
    d.t(`Valor: ${money(r, '€')} + taxa administrativa ${money(r, '€')}. O débito será feito no cartão `).l('CARD', card(r));
    d.t('.\nMorada de faturação: ').l('ADDRESS', address(r, 'PT', 'line'));
    d.t(`\nReferência MB: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`);
  } else if (k === 1) {
    const p = person(r, ['ie', 'gb', 'pl', 'br']);
    d.t(`eFlow barrier-free toll (M50) — unpaid passage ${fmtDate(r, 'IE', recentDate(r))}\nVehicle ${locale(r, ['IE']).plate(r)}, hired from Kestrel Car Hire, Dublin Airport.\nHirer: `);
    main(d, r, p, 0.3);
    d.t('\nCorrespondence address: ').l('ADDRESS', address(r, r.pick(['IE', 'GB'] as const)));
    d.t(`\nAmount due €3.${r.digits(2)} plus €3.00 penalty. Mobile on file `).l('PHONE', phone(r, 'IE')).t('.');
  } else {
    const p = person(r, ['ar', 'in', 'ph', 'ir']);
    d.t(`Salik toll & fines summary — rental ${bookingRef(r)}\nCustomer: `);
    main(d, r, p, 0.3);
    d.t(`\nSalik gates: Al Garhoud Bridge ×${r.int(1, 6)}, Al Maktoum Bridge ×${r.int(1, 4)} (AED 4 each)\nRTA fine ${r.digits(8)}: speeding, Sheikh Zayed Rd, AED ${r.pick(['300', '600', '700'])}\n`);
    d.t('Contact: ').l('PHONE', phone(r, 'AE')).t(' / ').l('EMAIL', email(r, p));
    d.t('\nDeposit card: ').l('CARD', card(r));
  }
};

const fahrerbenennung: Template = (r, d) => {
  const L = locale(r, ['DE', 'AT']);
  const p = person(r, ['de', 'tr', 'pl', 'nl', 'fr', 'gb']);
  const foreign = r.chance(0.35);
  const cc: CountryCode = foreign ? r.pick(['NL', 'FR', 'GB', 'PL'] as const) : L.cc;
  d.t(`An die ${L.cc === 'AT' ? 'Bezirkshauptmannschaft Innsbruck-Land' : 'Bußgeldstelle der Stadt Köln'}\nAktenzeichen: ${r.digits(3)}.${r.digits(6)}.${r.digits(1)}\n\n`);
  d.t(`Betreff: ${L.cc === 'AT' ? 'Lenkerauskunft gem. § 103 Abs. 2 KFG' : 'Zeugenfragebogen / Fahrerbenennung'} — Kennzeichen ${L.plate(r)}\n\n`);
  d.t(`Sehr geehrte Damen und Herren,\n\ndas Fahrzeug war zum Tatzeitpunkt (${fmtDate(r, 'DE', recentDate(r))}, ${time(r)} Uhr) vermietet an:\n\n`);
  d.t('Name, Vorname: ').l('PERSON', `${p.s}, ${p.g}`);
  d.t('\nGeburtsdatum: ').l('DOB', fmtDate(r, 'DE', birthDate(r)));
  d.t('\nAnschrift: ').l('ADDRESS', address(r, cc, 'multi').replace(/\n/g, ', '));
  d.t(`\n\nEine Kopie des Mietvertrags liegt bei. Für Rückfragen: `).l('EMAIL', r.pick(['behoerden@fahrwerk-mietwagen.de', 'owi@cobalt-mobility.at']));
  d.t('\n\nMit freundlichen Grüßen\n').l('PERSON', full(person(r, ['de', 'at']))).t('\nFlottenverwaltung');
};

const designationFr: Template = (r, d) => {
  const p = person(r, ['fr', 'ar', 'es', 'it', 'de']);
  const cc: CountryCode = r.pick(['FR', 'FR', 'ES', 'IT', 'DE', 'CH'] as const);
  d.t(`Désignation du conducteur — Avis de contravention n° ${r.digits(10)}\nInfraction du ${fmtDate(r, 'FR', recentDate(r))} : excès de vitesse < 20 km/h (radar fixe, RN 7)\nVéhicule : ${locale(r, ['FR']).plate(r)} — titulaire : ${r.pick(RENTAL_CO)} SAS\n\n`);
  d.t('Le conducteur désigné est : ').l('PERSON', `${p.s.toUpperCase()} ${p.g}`);
  d.t(', né(e) le ').l('DOB', fmtDate(r, 'FR', birthDate(r)));
  d.t(', demeurant ').l('ADDRESS', address(r, cc, 'line'));
  d.t(`.\nPermis de conduire n° ${r.digits(2)}${letters(r, 2)}${r.digits(5)}, catégorie B.\nSaisie effectuée sur antai.gouv.fr par `).l('PERSON', nameForm(r, person(r, ['fr'])));
  d.t(` (service contraventions).`);
};

const ztlItaly: Template = (r, d) => {
  const p = person(r, ['it', 'de', 'gb', 'us', 'fr']);
  d.t(`Spett.le Polizia Locale di Firenze — Ufficio Verbali\nOggetto: comunicazione dati del conducente, verbale n. ${r.digits(6)}/${recentDate(r).y}/V (accesso ZTL)\n\n`);
  d.t(`Il veicolo targato ${locale(r, ['IT']).plate(r)}, di proprietà di Velocità Noleggi S.r.l., il giorno ${fmtDate(r, 'IT', recentDate(r))} era locato a:\n`);
  d.t('Cognome e nome: ').l('PERSON', `${p.s.toUpperCase()} ${p.g.toUpperCase()}`);
  d.t('\nData di nascita: ').l('DOB', fmtDate(r, 'IT', birthDate(r)));
  d.t('\nResidenza: ').l('ADDRESS', address(r, r.pick(['IT', 'DE', 'GB', 'US', 'FR'] as const), 'line'));
  if (r.chance(0.5)) d.t('\nRecapito: ').l('EMAIL', email(r, p));
  d.t(`\nPatente n. ${letters(r, 2)}${r.digits(7)}${letters(r, 1)}\n\nDistinti saluti,\n`).l('PERSON', full(person(r, ['it']))).t(`\nUfficio Multe`);
};

const dgtEs: Template = (r, d) => {
  const p = person(r, ['es', 'mx', 'gb', 'de']);
  d.t(`DIRECCIÓN GENERAL DE TRÁFICO — Identificación del conductor\nExpediente ${r.digits(10)}  ·  Denuncia de ${fmtDate(r, 'ES', recentDate(r))} (velocidad, A-7 km ${r.int(150, 290)})\nTitular: RutaSol Alquiler S.L., CIF B${r.digits(8)}\n\n`);
  d.t('Conductor identificado: ').l('PERSON', full(p));
  d.t(`\nDocumento: ${r.pick(['pasaporte', 'NIE', 'DNI'])} ${letters(r, 2)}${r.digits(7)}`);
  d.t('\nFecha de nacimiento: ').l('DOB', fmtDate(r, 'ES', birthDate(r)));
  d.t('\nDomicilio: ').l('ADDRESS', address(r, r.pick(['ES', 'GB', 'DE', 'MX'] as const), 'line'));
  d.t('\nTeléfono de contacto: ').l('PHONE', phone(r, 'ES'));
};

const nipUk: Template = (r, d) => {
  const p = person(r, ['gb', 'sc', 'in', 'pl', 'ie']);
  const multi = r.chance(0.5);
  d.t(`Transfer of liability — Notice of Intended Prosecution ref ${letters(r, 2)}${r.digits(8)}\nOffence: ${r.int(36, 49)} mph in a 30 mph limit, A${r.int(1, 699)} ${r.pick(['Shakespeare Way', 'Churchill Way', 'Brunel Road'])}, ${fmtDate(r, 'GB', recentDate(r))} ${time(r)}\n`);
  d.t(`Registered keeper: Kestrel Car Hire Ltd. Vehicle ${locale(r, ['GB']).plate(r)} was on hire to:\n\n`);
  d.l('PERSON', r.chance(0.5) ? full(p).toUpperCase() : full(p));
  d.t(multi ? '\n' : ', ').l('ADDRESS', address(r, 'GB', multi ? 'multi' : 'line'));
  d.t(`\nDate of birth: `).l('DOB', fmtDate(r, 'GB', birthDate(r)));
  d.t(`\nDriving licence: ${p.s.replace(/[^A-Za-z]/g, '').toUpperCase().padEnd(5, '9').slice(0, 5)}${r.digits(6)}${letters(r, 2)}${r.digits(1)}${letters(r, 2)}`);
  d.t(`\nNI number (not required, supplied by hirer): ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`);
  d.t(`\nA copy of the hire agreement signed by the hirer is enclosed.`);
};

const redLightUs: Template = (r, d) => {
  const p = person(r, ['us', 'mx', 'ng', 'cn']);
  d.t(`Ridgeline Rentals — Citation transfer log\n`);
  d.t(`citation_no,issue_date,plate,renter_name,renter_dob,renter_address,renter_phone\n`);
  const rows = r.int(2, 4);
  for (let i = 0; i < rows; i++) {
    const q = i === 0 ? p : person(r, ['us', 'mx', 'in', 'ph']);
    d.t(`RL${r.digits(8)},${fmtDate(r, 'US', recentDate(r)).replace(/,/g, '')},${locale(r, ['US']).plate(r)},`);
    d.l('PERSON', `${q.s} ${q.g}`).t(',');
    const dob = birthDate(r);
    d.l('DOB', `${pad(dob.m, 2)}/${pad(dob.d, 2)}/${dob.y}`).t(',"');
    d.l('ADDRESS', address(r, 'US', 'line')).t('",');
    d.l('PHONE', phone(r, 'US')).t('\n');
  }
  d.t(`# exported ${isoTs(r)} by fleet-ops (build ${version(r)})`);
};

const verificationChat: Template = (r, d) => {
  const L = locale(r, ['US', 'US', 'CA', 'GB', 'AU']);
  const p = person(r, L.people);
  const agent = person(r, L.people).g;
  const ag = (text: string): void => {
    d.t('\n').l('PERSON', agent).t(` (agent): ${text}`);
  };
  d.t(`[chat] ${r.pick(RENTAL_CO)} — driver verification`);
  ag(`Hi! Before we can release the ${r.pick(CARS)} I need to verify the main driver. Full name as on the licence?`);
  d.t('\nCustomer: ');
  main(d, r, p, 0.45);
  ag('Thanks. Date of birth?');
  d.t('\nCustomer: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  ag('And the address on your licence?');
  d.t('\nCustomer: ').l('ADDRESS', address(r, L.cc, 'line'));
  if (L.cc === 'US') {
    if (r.chance(0.6)) {
      ag('Because you are paying by debit card we run a soft credit check. SSN please?');
      d.t('\nCustomer: ').l('NATIONAL_ID', ssn(r));
    } else {
      ag(`I can see SSN ${badSsn(r)} on the old profile, is that still right?`);
      d.t('\nCustomer: yes');
    }
  }
  ag('Perfect, and a number we can text the key-box code to?');
  d.t('\nCustomer: ').l('PHONE', phone(r, L.cc));
  ag(`All verified ✅ Your booking ${bookingRef(r)} is confirmed. Have a safe trip, `);
  d.l('PERSON', p.g).t('!');
};

const kycLog: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  const dob = birthDate(r);
  d.t(`{"event":"driver.verification.completed","ts":"${isoTs(r)}","booking":"${bookingRef(r)}",\n "applicant":{"name":"`);
  d.l('PERSON', full(p)).t('","dob":"').l('DOB', `${dob.y}-${pad(dob.m, 2)}-${pad(dob.d, 2)}`).t('","email":"').l('EMAIL', email(r, p));
  if (L.cc === 'US' && r.chance(0.7)) d.t('","ssn":"').l('NATIONAL_ID', ssn(r).replace(/ /g, '-'));
  d.t(`"},\n "document":{"type":"driving_licence","country":"${L.cc}","number":"${letters(r, 2)}${r.digits(7)}","mrz_hash":"${hash(r, 32)}"},\n`);
  d.t(` "liveness":{"score":0.${r.digits(3)},"vendor":"FaceMatch ${version(r)}"},\n "client":{"ip":"`).l('IP', ip(r));
  d.t(`","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_${r.int(0, 6)} like Mac OS X) ${r.pick(RENTAL_CO).replace(/ /g, '')}/${version(r)}"},\n "reviewer":"`);
  d.l('PERSON', r.chance(0.5) ? initial(person(r)) : full(person(r)).toLowerCase()).t(`","result":"${r.pick(['pass', 'pass', 'manual_review'])}"}`);
};

const additionalDriver: Template = (r, d) => {
  const L = locale(r, ['GB', 'IE', 'AU', 'ZA', 'US', 'CA', 'NL', 'SE']);
  const main1 = person(r, L.people);
  const add = person(r, L.people);
  d.t(`ADDITIONAL DRIVER AUTHORISATION — RA ${bookingRef(r)}\n\nMain hirer: `);
  main(d, r, main1, 0.35);
  d.t('\n\nAdditional driver\n  Surname: ').l('PERSON', add.s).t('\n  First name(s): ').l('PERSON', add.g);
  d.t('\n  Date of birth: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t('\n  Address: ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\n  Mobile: ').l('PHONE', phone(r, L.cc));
  d.t(`\n  Licence held since: ${r.int(1985, 2021)}   Endorsements: ${r.pick(['none', 'SP30 ×1', '3 points'])}`);
  d.t(`\n  Relationship to hirer: ${r.pick(['spouse', 'colleague', 'son', 'friend', 'partner'])}\n\nFee: ${money(r, cur(L.cc))} per day. Drivers under 25 pay a young-driver surcharge.`);
};

const roadsideCallEn: Template = (r, d) => {
  const L = locale(r, ['US', 'GB', 'IE', 'AU', 'CA', 'ZA']);
  const p = person(r, L.people);
  const agent = person(r, L.people);
  const ph = phone(r, L.cc);
  const em = email(r, p);
  d.t(`Roadside Assistance — call recording transcript (auto), case RSA-${r.digits(7)}\n\n`);
  d.t('AGENT: Roadside assistance, you are speaking with ').l('PERSON', agent.g).t('. Can I take your name?\n');
  d.t('CALLER: Yeah it\'s ');
  d.l('PERSON', r.chance(0.3) ? full(p).toLowerCase() : full(p));
  d.t(`, I've got a ${r.pick(['flat tyre', 'dead battery', 'warning light and no power', 'key locked inside'])} in the ${r.pick(CARS)} I rented.\n`);
  d.t('AGENT: Sorry to hear that. What number are you calling from, in case we get cut off?\nCALLER: ');
  if (r.chance(0.6)) d.l('PHONE', spokenPhone(r, ph));
  else d.l('PHONE', ph);
  d.t(`\nAGENT: And where is the vehicle now?\nCALLER: ${r.pick(['on the hard shoulder just past junction 14, northbound', 'in a lay-by after the Wellington Monument', 'at the Shell garage off exit 22', 'about two miles south of the Hoover Dam turn-off'])}.\n`);
  d.t('AGENT: OK. I\'ll email the job sheet — what\'s the address?\nCALLER: ');
  if (r.chance(0.65)) d.l('EMAIL', spokenEmail(em));
  else d.l('EMAIL', em);
  d.t(`\nAGENT: Got it. A recovery truck from ${r.pick(['Baird Recovery', 'Morgan & Sons Towing', 'Dixie Tow'])} is ${r.int(25, 90)} minutes out. Reference ${r.digits(6)}.\n`);
  d.t(`CALLER: My partner `).l('PERSON', person(r, L.people).g).t(` is with me, is that a problem?\nAGENT: Not at all. Stay behind the barrier.`);
};

const pannenhilfeDe: Template = (r, d) => {
  const p = person(r, ['de', 'at', 'tr', 'pl']);
  const agent = person(r, ['de', 'at']);
  d.t(`Pannenhilfe-Protokoll — Einsatz ${r.digits(8)}\nAnrufzeit: ${time(r)} Uhr\n\n`);
  d.t('Disponent: Guten Tag, Mobilitätsservice, mein Name ist ').l('PERSON', full(agent)).t('.\nAnrufer: Hallo, hier ist ');
  if (r.chance(0.5)) d.t(r.pick(['Herr ', 'Frau '])).l('PERSON', p.s);
  else main(d, r, p, 0.4);
  d.t(`. Ich stehe mit dem Mietwagen (${r.pick(CARS)}) auf der A${r.int(1, 99)} Richtung ${r.pick(['Nürnberg', 'Basel', 'Hannover'])}, Parkplatz ${r.pick(['Holledau', 'Am Pfahl', 'Lämmersberg'])}.\n`);
  d.t('Disponent: Unter welcher Nummer erreichen wir Sie?\nAnrufer: ');
  d.l('PHONE', phone(r, 'DE'));
  d.t(`\nDisponent: Danke. Der Abschleppdienst Brandt ist in ca. ${r.int(20, 70)} Minuten da. Notfallnummer 112 nur bei Personenschaden.\n`);
  d.t('Anrufer: Bitte schicken Sie die Rechnung an meine Adresse: ').l('ADDRESS', address(r, 'DE', 'line'));
  d.t(`\nNotiz: Kunde meldet „Ölstand-Warnung“; Fahrzeug wird zur Werkstatt Bosch Car Service gebracht.`);
};

const dispatchLog: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`DISPATCH ${isoTs(r)}  job=${r.digits(7)}  priority=${r.pick(['P1', 'P2', 'P3'])}\n`);
  d.t(`vehicle=${L.plate(r)}  model="${r.pick(CARS)}"  gps=${(r.int(-40000, 60000) / 1000).toFixed(4)},${(r.int(-120000, 150000) / 1000).toFixed(4)}\n`);
  d.t('member=').l('PERSON', nameForm(r, p)).t('  callback=').l('PHONE', phone(r, L.cc)).t('\n');
  d.t(`fault="${r.pick(['no start', 'puncture NS rear', 'misfuel (petrol in diesel)', 'AdBlue fault', 'EV 0% — needs flatbed'])}"  assigned=`);
  d.l('PERSON', initial(person(r, L.people))).t(`  eta=${r.int(15, 95)}m\n`);
  if (r.chance(0.5)) d.t('drop-off=').l('ADDRESS', address(r, L.cc, 'line')).t('\n');
  else d.t(`drop-off="${L.city} branch (rear yard)"\n`);
  d.t(`gateway=`).l('IP', ipv4(r)).t(`:${r.int(1024, 65000)} fw=${version(r)}`);
};

const fleetCsv: Template = (r, d) => {
  const L = locale(r, ['GB', 'DE', 'NL', 'FR', 'US', 'SE', 'ES', 'IT']);
  const sep = r.pick([',', ';']);
  d.t(`# Fleet register export — ${r.pick(['Hollandia Tech', 'Brandauer Bau', 'Pinebridge Foods', 'Veradyne'])} — company cars\n`);
  d.t(['employee', 'email', 'mobile', 'plate', 'model', 'lease_end', 'fuel_card'].join(sep) + '\n');
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = person(r, L.people);
    if (r.chance(0.12)) {
      d.t(`POOL CAR${sep}`).l('EMAIL', `${r.pick(['fleet', 'poolcar', 'mobility'])}@${r.pick(WORKMAIL)}`);
      d.t(sep + ['', L.plate(r), r.pick(CARS), '', fuelCard(r)].join(sep) + '\n');
      continue;
    }
    d.l('PERSON', r.chance(0.5) ? full(p) : `${p.s}${sep === ',' ? ' ' : ', '}${p.g}`).t(sep);
    d.l('EMAIL', email(r, p, true)).t(sep);
    d.l('PHONE', phone(r, L.cc)).t(sep);
    d.t([L.plate(r), r.pick(CARS), fmtDate(r, L.cc, { y: r.int(2025, 2029), m: r.int(1, 12), d: r.int(1, 28) }), fuelCard(r)].join(sep) + '\n');
  }
  d.t(`# ${n} rows, generated by FleetDesk ${version(r)}`);
};

const fleetMarkdown: Template = (r, d) => {
  const L = locale(r, ['GB', 'IE', 'US', 'AU', 'ZA', 'IN', 'AE']);
  d.t(`### Licence check — quarter ${r.int(1, 4)}/${recentDate(r).y}\n\n| Driver | DOB | Licence | Points | Vehicle | Manager |\n|---|---|---|---|---|---|\n`);
  const mgr = person(r, L.people);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(r, L.people);
    d.t('| ').l('PERSON', r.chance(0.3) ? initial(p) : full(p)).t(' | ');
    if (r.chance(0.85)) d.l('DOB', fmtDate(r, L.cc, birthDate(r)));
    else d.t('—');
    d.t(` | ${letters(r, 2)}${r.digits(6)} | ${r.int(0, 9)} | ${L.plate(r)} | `).l('PERSON', mgr.s).t(' |\n');
  }
  d.t(`\nChecked against the DVLA-style portal on ${fmtDate(r, L.cc, recentDate(r))}. Drivers with 6+ points are referred to HR (Parkinson's law: the backlog grows).`);
};

const leasingvertrag: Template = (r, d) => {
  const L = locale(r, ['DE', 'AT', 'CH']);
  const p = person(r, L.people);
  const multi = r.chance(0.5);
  d.t(`Bluewheel Leasing GmbH · Leasingvertrag Nr. LV-${r.digits(7)}\n\nLeasingnehmer/in:\n`);
  d.l('PERSON', full(p));
  if (r.chance(0.3)) d.t(`\n${r.pick(['Praxis für Physiotherapie', 'Ingenieurbüro Nord', 'Zahnarztpraxis am Markt'])}`);
  d.t('\n').l('ADDRESS', address(r, L.cc, multi ? 'multi' : 'line'));
  d.t('\nGeburtsdatum: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t(`\nSteuer-ID: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`);
  d.t(`\n\nLeasingobjekt: ${r.pick(CARS)}, FIN ${vin(r)}\nLaufzeit ${r.pick([24, 36, 48])} Monate, ${r.pick(['10.000', '15.000', '20.000'])} km/Jahr, Rate ${money(r, '€')} mtl.\n\n`);
  d.t(`SEPA-Lastschriftmandat — Gläubiger-ID DE${r.digits(2)}ZZZ0000${r.digits(7)}, Mandatsreferenz ${r.digits(10)}\nKontoinhaber: `);
  d.l('PERSON', full(p)).t('\nIBAN: ').l('IBAN', ibanFor(r, L.cc)).t(`\nBIC: ${letters(r, 4)}${L.cc}${letters(r, 2)}XXX`);
  d.t(`\n\n${L.city}, ${fmtDate(r, L.cc, recentDate(r))}    Unterschrift: ____________`);
};

const sepaMandate: Template = (r, d) => {
  const cc: CountryCode = r.pick(['FR', 'NL', 'ES', 'IT', 'PT', 'DE'] as const);
  const p = person(r, locale(r, [cc]).people);
  const T: Record<string, [string, string, string, string]> = {
    FR: ['Mandat de prélèvement SEPA', 'Nom du débiteur', 'Adresse', 'Coordonnées bancaires (IBAN)'],
    NL: ['Doorlopende machtiging SEPA', 'Naam', 'Adres', 'Rekeningnummer (IBAN)'],
    ES: ['Orden de domiciliación SEPA', 'Nombre del deudor', 'Dirección', 'Número de cuenta (IBAN)'],
    IT: ['Mandato per addebito diretto SEPA', 'Nome del debitore', 'Indirizzo', 'Codice IBAN'],
    PT: ['Autorização de débito direto SEPA', 'Nome do devedor', 'Morada', 'IBAN'],
    DE: ['SEPA-Lastschriftmandat', 'Name des Zahlungspflichtigen', 'Anschrift', 'IBAN'],
  };
  const t = T[cc] ?? ['SEPA mandate', 'Debtor', 'Address', 'IBAN'];
  d.t(`${t[0]} — Marlowe Fleet Leasing (ICS ${cc}${r.digits(2)}ZZZ${r.digits(9)})\nRUM: ML-${r.digits(8)}\n\n${t[1]}: `);
  d.l('PERSON', r.chance(0.3) ? full(p).toUpperCase() : full(p));
  d.t(`\n${t[2]}: `).l('ADDRESS', address(r, cc, 'line'));
  d.t(`\n${t[3]}: `).l('IBAN', iban(r, cc === 'DE' ? 'DE' : cc));
  if (r.chance(0.3)) d.t(`\n(ancien compte / old account ${badIban(r, cc)} — closed)`);
  d.t(`\nE-mail: `).l('EMAIL', email(r, p));
  d.t(`\n${fmtDate(r, cc, recentDate(r))} — ${r.pick(['Fait à', 'Plaats', 'Lugar', 'Luogo', 'Local', 'Ort'])}: ${locale(r, [cc]).city}`);
};

const leasingChatEn: Template = (r, d) => {
  const L = locale(r, ['GB', 'IE', 'AU', 'US', 'ZA', 'AE']);
  const cust = person(r, L.people);
  const rep = person(r, L.people);
  const ts = (): string => `[${time(r)}]`;
  d.t(`WhatsApp — Marlowe Fleet Leasing\n${ts()} `).l('PERSON', full(rep)).t(`: Hi, following up on your quote for the ${r.pick(CARS)} on a ${r.pick([24, 36, 48])}-month lease 🚗\n`);
  d.t(`${ts()} Me: hi, yes still keen. the monthly of ${money(r, cur(L.cc))} is fine\n`);
  d.t(`${ts()} `).l('PERSON', rep.g).t(': Great. For the credit check I need your full name, DOB and current address please\n');
  d.t(`${ts()} Me: `);
  main(d, r, cust, 0.5);
  d.t(', ').l('DOB', fmtDate(r, L.cc, birthDate(r))).t(`\n${ts()} Me: `).l('ADDRESS', address(r, L.cc, 'line'));
  d.t(`\n${ts()} Me: been there ${r.int(1, 9)} years. before that ${r.pick(['Bristol', 'Perth', 'abroad', 'Sharjah'])}\n`);
  d.t(`${ts()} `).l('PERSON', rep.g).t(': Perfect. And your bank details for the direct debit?\n');
  d.t(`${ts()} Me: `).l('IBAN', ibanFor(r, L.cc)).t(r.chance(0.5) ? ' (joint acct with my wife ' : ' (');
  d.l('PERSON', person(r, L.people).g).t(')\n');
  d.t(`${ts()} `).l('PERSON', rep.g).t(`: Thanks! Docs will come from `).l('EMAIL', r.pick(['contracts@marlowe-leasing.co.uk', 'docs@marlowefleet.com']));
  d.t(`, sign via the link. Delivery slot ${fmtDate(r, L.cc, recentDate(r))}.`);
};

const leasingChatNl: Template = (r, d) => {
  const p = person(r, ['nl', 'nl', 'tr', 'ar']);
  const rep = person(r, ['nl']);
  d.t(`Chat — Bluewheel Private Lease\n`).l('PERSON', rep.g).t(': Goedemiddag! Voor de offerte van de ').t(r.pick(['Kia e-Niro', 'Peugeot e-208', 'Škoda Enyaq'])).t(' heb ik nog wat gegevens nodig.\n');
  d.t('Klant: Prima. Naam is ');
  main(d, r, p, 0.4);
  d.t(', geboren ').l('DOB', fmtDate(r, 'NL', birthDate(r))).t('.\nKlant: Adres: ').l('ADDRESS', address(r, 'NL', 'line'));
  d.t('\n').l('PERSON', rep.g).t(': Dank u. Telefoonnummer en IBAN voor de maandelijkse incasso?\nKlant: ').l('PHONE', phone(r, 'NL')).t(' en ').l('IBAN', iban(r, 'NL'));
  d.t(`\n`).l('PERSON', rep.g).t(`: Top. BKR-toetsing volgt binnen 2 werkdagen. Uw dossiernummer is ${r.digits(8)}.`);
};

const contractHireApp: Template = (r, d) => {
  const p = person(r, ['gb', 'sc', 'in', 'ng', 'pl']);
  d.t(`PERSONAL CONTRACT HIRE — APPLICATION ${letters(r, 3)}${r.digits(6)}\n\n1. Applicant\nTitle: ${r.pick(['Mr', 'Mrs', 'Ms', 'Dr', 'Mx'])}\nForename(s): `);
  d.l('PERSON', p.g).t('\nSurname: ').l('PERSON', p.s);
  d.t('\nDate of birth: ').l('DOB', fmtDate(r, 'GB', birthDate(r)));
  d.t('\nMobile: ').l('PHONE', phone(r, 'GB')).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t('\n\n2. Address history (3 years)\nCurrent: ').l('ADDRESS', address(r, 'GB', 'line')).t(` — ${r.int(0, 3)} yrs ${r.int(0, 11)} mths`);
  if (r.chance(0.6)) d.t('\nPrevious: ').l('ADDRESS', address(r, r.pick(['GB', 'GB', 'IE', 'PL', 'IN'] as const), 'line'));
  d.t(`\n\n3. Employment\nEmployer: ${r.pick(['Fenwick & Haworth LLP', 'Churchill Lifts Ltd', 'Kestrel Logistics'])}\nGross income: £${r.int(22, 140)},${r.digits(3)}`);
  d.t(`\n\n4. Bank\nSort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}  Account ${r.digits(8)}`);
  if (r.chance(0.5)) d.t('\nIBAN (if paying from abroad): ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'PL'])));
  d.t(`\n\nVehicle: ${r.pick(CARS)}, 36 months, 8,000 miles p.a.`);
};

const telematicsLog: Template = (r, d) => {
  const L = locale(r);
  const lines = r.int(4, 8);
  d.t(`# telematics-gw ${version(r)}  unit=${letters(r, 2)}${r.digits(6)}  vehicle=${L.plate(r)}\n`);
  for (let i = 0; i < lines; i++) {
    const k = r.int(0, 4);
    d.t(`${isoTs(r)} `);
    if (k === 0) d.t('INFO  session from ').l('IP', ip(r)).t(` port ${r.int(1024, 65535)} apn=${r.pick(['fleet.m2m', 'iot.telco'])}\n`);
    else if (k === 1) d.t('WARN  harsh braking −0.6g, speed 87 km/h, fw 4.12.3.201\n');
    else if (k === 2) d.t('INFO  ota push from [').l('IP', ipv6(r)).t(`]:${r.pick(['443', '8883'])} pkg=${hash(r, 12)}\n`);
    else if (k === 3) d.t(`DEBUG odo=${km(r)} fuel=${r.int(3, 100)}% ign=${r.pick(['on', 'off'])}\n`);
    else d.t('INFO  driver tag ').l('PERSON', r.chance(0.5) ? full(person(r, L.people)) : initial(person(r, L.people))).t(` badge ${r.digits(8)}\n`);
  }
  d.t('# resolver: ').l('IP', r.pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', '208.67.222.222']));
};

const appAuditLog: Template = (r, d) => {
  const n = r.int(3, 6);
  d.t(`audit.log — customer portal\n`);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`${isoTs(r)} ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'PROFILE_UPDATE', 'CARD_ADDED', 'BOOKING_CANCEL'])} user=`);
    d.l('EMAIL', email(r, p)).t(' src=').l('IP', ip(r));
    d.t(r.chance(0.3) ? ` note="name changed to ` : ` sess=${hash(r, 16)}\n`);
    if (d.text.endsWith('to ')) d.l('PERSON', full(p)).t('"\n');
  }
  d.t(`-- end of excerpt (retention 90 d, schema v${r.int(2, 9)}.${r.int(0, 12)}.${r.int(0, 30)})`);
};

const bookingConfirmation: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  const c = cur(L.cc);
  d.t('From: ').l('EMAIL', `${r.pick(['reservations', 'no-reply', 'bookings'])}@${r.pick(['drivemint.com', 'kestrelcarhire.co.uk', 'cobalt-mobility.eu'])}`);
  d.t('\nTo: ').l('EMAIL', email(r, p)).t(`\nSubject: Your booking ${bookingRef(r)} is confirmed\n\n`);
  d.t('Hello ');
  d.l('PERSON', r.chance(0.5) ? p.g : full(p));
  d.t(`,\n\nthanks for booking with us. Here is your summary:\n\n  Car group ${r.pick(['CDMR', 'IDAR', 'SFBR', 'PVMR'])} — ${r.pick(CARS)} or similar\n  Pick-up  ${fmtDate(r, L.cc, recentDate(r))}, ${time(r)} — ${r.pick(AIRPORTS)}\n  Drop-off ${fmtDate(r, L.cc, recentDate(r))}, ${time(r)} — ${L.city} central\n  Total    ${money(r, c)} (paid by ${maskedCard(r)})\n\n`);
  d.t('Main driver: ').l('PERSON', full(p));
  if (r.chance(0.4)) d.t(', born ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t(`\nFlight number: ${letters(r, 2)}${r.int(100, 9999)}\n\nPlease bring your licence and the card used for payment. ${noise(r, L.cc)}`);
};

const bookingChange: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`Hi there,\n\nI need to change my reservation ${bookingRef(r)}. My flight from ${r.pick(['Lisbon', 'Dubai', 'Chicago O\'Hare', 'Hamad International'])} is delayed so I'll be at the ${r.pick(AIRPORTS)} desk around ${time(r)} instead.\n`);
  d.t(`Also please add my ${r.pick(['husband', 'wife', 'brother', 'colleague', 'daughter'])} `).l('PERSON', full(person(r, L.people))).t(` as a second driver — `);
  d.t(r.pick(['his', 'her', 'their'])).t(' licence is from ').t(r.pick(['Poland', 'Ontario', 'Kenya', 'Japan'])).t('.\n');
  d.t('You can reach me on ').l('PHONE', phone(r, L.cc)).t(r.chance(0.3) ? ` ext. ${r.int(10, 999)}` : '').t(' while travelling.\n\nThanks,\n');
  main(d, r, p, 0.5);
  if (r.chance(0.4)) d.t('\n').l('EMAIL', email(r, p));
};

const depositRefund: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`Subject: Security deposit refund — ${bookingRef(r)}\n\nDear `);
  nm(d, r, p, 'en', 0.6);
  d.t(`,\n\nYour card ${maskedCard(r)} has expired, so we cannot refund the deposit (${money(r, cur(L.cc))}) to it. Please confirm the account below:\n\n  Account holder: `);
  d.l('PERSON', full(p).toUpperCase()).t('\n  IBAN: ').l('IBAN', ibanFor(r, L.cc));
  d.t(`\n  BIC: ${letters(r, 6)}${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ23456789')}\n\n`);
  if (r.chance(0.4)) d.t(`(The IBAN you first sent, ${badIban(r, IBAN_CC[L.cc] ?? 'DE')}, failed validation.)\n\n`);
  d.t('Regards,\n').l('PERSON', full(person(r))).t('\nRefunds team · ').l('EMAIL', r.pick(['refunds@drivemint.com', 'deposits@caravela-rent.pt', 'erstattung@fahrwerk-mietwagen.de']));
};

const complaintEmail: Template = (r, d) => {
  const L = locale(r, ['GB', 'US', 'IE', 'AU', 'CA', 'IN', 'ZA']);
  const p = person(r, L.people);
  d.t(`To whom it may concern,\n\nI rented a ${r.pick(CARS)} from your ${r.pick(AIRPORTS)} branch (agreement ${bookingRef(r)}) and I am disputing a ${money(r, cur(L.cc))} "damage" charge.\n`);
  d.t(`The scratch on the rear bumper was already on the pick-up sheet — your colleague `).l('PERSON', r.pick([person(r, L.people).g, initial(person(r, L.people))]));
  d.t(` even initialled it. I also have time-stamped photos (${r.int(12, 40)} files, SHA-1 ${hash(r, 40)}).\n`);
  d.t(`My partner `).l('PERSON', person(r, L.people).g).t(` witnessed the inspection.\n\nPlease refund the charge to the card it was taken from (`).l('CARD', card(r)).t(`).\n\n`);
  d.t('Sincerely,\n');
  d.self(full(p));
  d.t('\n').l('ADDRESS', address(r, L.cc, 'multi'));
  d.t('\n').l('PHONE', phone(r, L.cc));
};

const chargebackLetter: Template = (r, d) => {
  const L = locale(r, ['US', 'CA', 'GB', 'AU']);
  const p = person(r, L.people);
  d.t(`CHARGEBACK RESPONSE — Case ${r.digits(10)} — reason code ${r.pick(['4853', '13.1', '10.4', 'F29'])}\nMerchant: Ridgeline Rentals (MID ${r.digits(15)})\n\nCardholder: `);
  d.l('PERSON', full(p).toUpperCase()).t('\nCard: ').l('CARD', card(r)).t(`\nTransaction: ${fmtDate(r, L.cc, recentDate(r))}, ${money(r, cur(L.cc))}, ARN ${r.digits(23)}\n\n`);
  d.t(`Evidence: signed agreement, check-in photos, and the login to our portal from `).l('IP', ip(r)).t(` on the day of return where the cardholder accepted the damage quote.\n`);
  d.t('Billing address on the agreement: ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t(`\nAVS result: Y. CVV2: match.\nPrepared by `).l('PERSON', full(person(r))).t(', disputes analyst.');
};

const lostFound: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`LOST PROPERTY — found in ${L.plate(r)} after return on ${fmtDate(r, L.cc, recentDate(r))}\nItem: ${r.pick(['child\'s iPad in a Peppa Pig case', 'wallet (no cash)', 'Ray-Ban sunglasses', 'passport wallet', 'Nintendo Switch'])}\n`);
  d.t('Last hirer: ');
  nm(d, r, p, lang(L.cc), 0.4);
  d.t(r.chance(0.5) ? "'s " : ' — ').t('contact ').l('PHONE', phone(r, L.cc));
  d.t(`\nStatus: customer called, will collect. Stored in safe ${r.int(1, 4)}, shelf B.`);
  if (r.chance(0.5)) d.t('\nCourier to: ').l('ADDRESS', address(r, L.cc, 'line'));
};

const overdrachtNl: Template = (r, d) => {
  const p = person(r, ['nl', 'nl', 'tr']);
  d.t(`OVERDRACHTSPROTOCOL leaseauto — ${locale(r, ['NL']).plate(r)}\n\nBestuurder: `);
  d.t(r.chance(0.4) ? r.pick(['dhr. ', 'mevr. ']) : '').l('PERSON', full(p));
  d.t('\nWoonadres: ').l('ADDRESS', address(r, 'NL', 'line'));
  d.t('\nTelefoon: ').l('PHONE', phone(r, 'NL'));
  d.t(`\nKilometerstand bij aflevering: ${km(r)}\nSleutels: 2 (waarvan 1 met transponder)\nSchade: ${r.pick(['geen', 'steenslag voorruit', 'kras achterklep'])}\nTankpas: ${fuelCard(r)}\n`);
  d.t(`Afgeleverd door: `).l('PERSON', initial(person(r, ['nl']))).t(` op ${fmtDate(r, 'NL', recentDate(r))}`);
};

const smsSe: Template = (r, d) => {
  const p = person(r, ['se', 'no', 'fi', 'ir']);
  d.t(`SMS från Nordvik Biluthyrning: Hej `).l('PERSON', p.g);
  d.t(`! Din bil (${locale(r, ['SE']).plate(r)}) står på plats ${r.int(1, 90)} vid Landvetter. Nyckelboxkod ${r.digits(4)}. Frågor? Ring `).l('PHONE', phone(r, 'SE'));
  d.t(`. Trängselskatt debiteras i efterhand.\n\nSvar: Tack! Kvitto till `).l('EMAIL', email(r, p)).t(' tack / ');
  d.l('PERSON', full(p));
};

const japanReservation: Template = (r, d) => {
  const sur = r.pick(NATIVE.jp.sur);
  const giv = r.pick(NATIVE.jp.given);
  d.t(`【${r.pick(['サクラレンタカー', 'みなとレンタカー'])}】ご予約確認\n\n`);
  d.l('PERSON', `${sur} ${giv}`).t(' 様\n\nこの度はご予約いただき誠にありがとうございます。\n');
  d.t(`予約番号：${r.digits(10)}\n車種：${r.pick(['トヨタ ヤリス', 'ホンダ フィット', 'スズキ ハスラー', '日産 ノート'])}（禁煙）\n貸出：${fmtDate(r, 'JP', recentDate(r))} ${time(r)} 福岡空港店\n`);
  d.t('生年月日：').l('DOB', fmtDate(r, 'JP', birthDate(r)));
  const ja = address(r, 'JP', 'line');
  d.t(/^\d{3}-\d{4} /.test(ja) ? '\nご住所：〒' : '\nご住所：').l('ADDRESS', ja);
  d.t('\n電話番号：').l('PHONE', phone(r, 'JP'));
  d.t('\nメール：').l('EMAIL', `${ascii(r.pick(CULTURES.find((c) => c.key === 'jp')?.given ?? ['aoi']))}${r.digits(3)}@${r.pick(['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp'])}`);
  d.t(`\n\n担当：`).l('PERSON', r.pick(NATIVE.jp.sur)).t(`\nETCカードは別途ご用意ください。`);
};

const koreaRental: Template = (r, d) => {
  const name = `${r.pick(NATIVE.kr.sur)}${r.pick(NATIVE.kr.given)}`;
  d.t(`[제주렌터카] 예약 안내\n`).l('PERSON', name).t(`님, 예약이 완료되었습니다.\n예약번호: ${r.digits(9)}\n차량: ${r.pick(['아반떼', '쏘렌토', '아이오닉 5', '카니발'])}\n`);
  d.t('운전자 생년월일: ').l('DOB', fmtDate(r, 'KR', birthDate(r)));
  d.t('\n연락처: ').l('PHONE', phone(r, 'KR'));
  d.t('\n주소: ').l('ADDRESS', address(r, 'KR', 'line'));
  d.t(`\n보험: 완전자차 (면책금 0원)\n문의: 담당 `).l('PERSON', `${r.pick(NATIVE.kr.sur)}${r.pick(NATIVE.kr.given)}`).t(' 씨');
};

const locacaoBr: Template = (r, d) => {
  const p = person(r, ['br', 'pt', 'it']);
  d.t(`CONTRATO DE LOCAÇÃO DE VEÍCULO nº ${r.digits(8)} — Caravela Rent-a-Car Ltda. (CNPJ ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}/0001-${r.digits(2)})\nLocatário: `);
  main(d, r, p, 0.3);
  d.t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}   CNH: ${r.digits(11)}\nNascimento: `).l('DOB', fmtDate(r, 'BR', birthDate(r)));
  d.t('\nEndereço: ').l('ADDRESS', address(r, 'BR', 'line'));
  d.t('\nCelular/WhatsApp: ').l('PHONE', phone(r, 'BR'));
  d.t(`\nCaução: ${money(r, 'R$')} no cartão `).l('CARD', card(r)).t(` (parcelado em ${r.int(2, 10)}x)\nRetirada: Aeroporto Afonso Pena, ${fmtDate(r, 'BR', recentDate(r))}`);
};

const rentaMx: Template = (r, d) => {
  const p = person(r, ['mx', 'us', 'es']);
  d.t(`RutaSol Renta de Autos — Cancún\nCliente: `);
  if (r.chance(0.4)) d.t('Sr(a). ').l('PERSON', p.s);
  else main(d, r, p, 0.3);
  d.t(`\nINE/CURP: ${letters(r, 4)}${r.digits(6)}${r.pick(['H', 'M'])}${letters(r, 5)}${r.digits(2)}\nTeléfono: `).l('PHONE', phone(r, r.pick(['MX', 'MX', 'US'] as const)));
  d.t('\nCorreo: ').l('EMAIL', email(r, p));
  d.t(`\nSeguro TPL obligatorio: MX$${r.int(250, 600)}/día. Depósito: US$${r.int(500, 2500)} en tarjeta `).l('CARD', card(r));
  d.t(`\nEntrega en Hotel ${r.pick(['Paradisus', 'Riu Palace', 'Hacienda Tres Ríos'])}, habitación ${r.int(100, 980)}. Agente: `).l('PERSON', person(r, ['mx']).g);
};

const australiaRental: Template = (r, d) => {
  const p = person(r, ['us', 'gb', 'cn', 'vn', 'gr']);
  d.t(`Coralreef Car Rentals — Brisbane Airport\nHirer: `);
  main(d, r, p, 0.3);
  d.t(`   Licence: QLD ${r.digits(9)} (card no. ${letters(r, 2)}${r.digits(7)})\nDOB: `).l('DOB', fmtDate(r, 'AU', birthDate(r)));
  d.t('\nResidential address: ').l('ADDRESS', address(r, 'AU', r.chance(0.3) ? 'multi' : 'line'));
  d.t('\nMobile: ').l('PHONE', phone(r, 'AU'));
  d.t(`\nToll pass: e-tag ${r.digits(10)} — tolls + $${r.int(3, 5)}.${r.digits(2)} admin per day of use.\nBond: `).l('CARD', card(r)).t(`\nNote: no unsealed roads; Kingsford Smith drop-off attracts a one-way fee.`);
};

const oneWayCa: Template = (r, d) => {
  const p = person(r, ['us', 'fr', 'in', 'cn', 'ph']);
  d.t(`One-way rental request — Calgary → Vancouver\nName: `);
  main(d, r, p, 0.4);
  d.t('\nHome: ').l('ADDRESS', address(r, 'CA', 'line'));
  d.t('\nPhone: ').l('PHONE', phone(r, 'CA')).t(' · ').l('EMAIL', email(r, p));
  d.t(`\nDOB (for under-25 check): `).l('DOB', fmtDate(r, 'CA', birthDate(r)));
  d.t(`\nRoute via Highway 1, Rogers Pass. Drop fee CA$${r.int(150, 450)}. Winter tyres (M+S) required Oct 1 – Apr 30.`);
};

const leasingPl: Template = (r, d) => {
  const p = person(r, ['pl', 'pl', 'ru']);
  d.t(`UMOWA LEASINGU OPERACYJNEGO nr ${r.digits(5)}/${recentDate(r).y}/LO\nKorzystający: `);
  d.t(r.chance(0.3) ? r.pick(['Pan ', 'Pani ']) : '').l('PERSON', full(p));
  d.t(` prowadzący działalność pod firmą „${r.pick(['Transbud', 'Kwiaciarnia Róża', 'Auto-Serwis Polna'])}”\nNIP: ${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(2)}, PESEL: ${r.digits(11)}\nAdres: `);
  d.l('ADDRESS', address(r, 'PL', 'line'));
  d.t('\nTel.: ').l('PHONE', phone(r, 'PL')).t(', e-mail: ').l('EMAIL', email(r, p));
  d.t(`\nPrzedmiot leasingu: ${r.pick(CARS)}, VIN ${vin(r)}\nRachunek do spłat: `).l('IBAN', iban(r, 'PL'));
  d.t(`\nOpiekun klienta: `).l('PERSON', full(person(r, ['pl'])));
};

const switzerlandFine: Template = (r, d) => {
  const p = person(r, ['de', 'fr', 'it', 'at', 'gb']);
  d.t(`Kantonspolizei Zürich — Ordnungsbusse Nr. ${r.digits(9)}\nFahrzeughalter: Cobalt Mobility AG (Mietwagen ${locale(r, ['CH']).plate(r)})\n`);
  d.t(`Übertretung: Fahren ohne gültige Vignette, A1 bei Winterthur, ${fmtDate(r, 'CH', recentDate(r))}. Busse CHF 200.\n\nDie Halterin nennt als Lenkerin/Lenker:\n`);
  d.l('PERSON', `${p.s} ${p.g}`).t('\n').l('ADDRESS', address(r, r.pick(['CH', 'DE', 'FR', 'IT'] as const), 'multi'));
  d.t(`\nGeboren: `).l('DOB', fmtDate(r, 'CH', birthDate(r)));
  d.t(`\nEinzahlung bitte mit QR-Rechnung, Referenz ${r.digits(2)} ${r.digits(5)} ${r.digits(5)} ${r.digits(5)} ${r.digits(5)} ${r.digits(5)}.`);
};

const austriaFine: Template = (r, d) => {
  const p = person(r, ['at', 'de', 'hu', 'cz']);
  d.t(`STRAFVERFÜGUNG — Zahl: VStV/${r.digits(9)}/${recentDate(r).y}\nBeschuldigte/r: `);
  d.l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t(', geb. ').l('DOB', fmtDate(r, 'AT', birthDate(r)));
  d.t('\nwohnhaft: ').l('ADDRESS', address(r, r.pick(['AT', 'DE'] as const), 'line'));
  d.t(`\nSie haben am ${fmtDate(r, 'AT', recentDate(r))} um ${time(r)} Uhr das Kfz ${locale(r, ['AT']).plate(r)} (Mietfahrzeug) auf der A10 Tauernautobahn mit ${r.int(140, 175)} km/h gelenkt.\nGeldstrafe: € ${r.int(70, 300)},--. Einzahlung auf `);
  d.l('IBAN', iban(r, 'AT')).t(` unter Angabe der Zahl.`);
};

const chauffeurIn: Template = (r, d) => {
  const p = person(r, ['in']);
  const drv = person(r, ['in']);
  d.t(`Booking ${bookingRef(r)} — self-drive & chauffeur, Bengaluru\nGuest: `);
  main(d, r, p, 0.35);
  d.t(' · ').l('PHONE', phone(r, 'IN')).t(`\nPick-up: `).l('ADDRESS', address(r, 'IN', 'line'));
  d.t(`\nDrop: Kempegowda International Airport, T2 departures\nCar: Toyota Innova Crysta (${locale(r, ['IN']).plate(r)})  Chauffeur: `).l('PERSON', nameForm(r, drv)).t(' (').l('PHONE', phone(r, 'IN')).t(')');
  d.t(`\nPayment: UPI ${ascii(p.g)}@${r.pick(['okaxis', 'oksbi', 'ybl'])} ✔  GSTIN 29${letters(r, 5)}${r.digits(4)}${letters(r, 1)}1Z${r.int(1, 9)}`);
};

const southAfricaRental: Template = (r, d) => {
  const p = person(r, ['za', 'gb', 'ke', 'ng']);
  d.t(`Cobalt Mobility (Pty) Ltd — Rental agreement ${bookingRef(r)}\nRenter: `);
  main(d, r, p, 0.3);
  d.t(`   ID/Passport: ${r.digits(13)}\nDate of birth: `).l('DOB', fmtDate(r, 'ZA', birthDate(r)));
  d.t('\nAddress: ').l('ADDRESS', address(r, 'ZA', 'line'));
  d.t('\nCell: ').l('PHONE', phone(r, 'ZA'));
  d.t(`\nE-toll: Gauteng e-tag linked. Tracking: ${r.pick(['Netstar', 'Tracker'])} unit active.\nDeposit card: `).l('CARD', card(r)).t(`\nVehicle checked at Cape Town International by `).l('PERSON', person(r, ['za']).g).t('.');
};

const turkeyRental: Template = (r, d) => {
  const p = person(r, ['tr', 'de', 'ru', 'gb']);
  d.t(`Araç Kiralama Sözleşmesi — Antalya Havalimanı\nKiracı: `);
  main(d, r, p, 0.3);
  d.t(`\nT.C. Kimlik / Pasaport: ${r.digits(11)}\nDoğum tarihi: `).l('DOB', fmtDate(r, 'TR', birthDate(r)));
  d.t('\nAdres: ').l('ADDRESS', address(r, 'TR', 'line'));
  d.t('\nCep: ').l('PHONE', phone(r, 'TR')).t('\nE-posta: ').l('EMAIL', email(r, p));
  d.t(`\nHGS etiketi: ${r.digits(10)} — köprü ve otoyol geçişleri iade sırasında tahsil edilir. Depozito iadesi: `).l('IBAN', iban(r, 'TR'));
};

const fleetManagerEmail: Template = (r, d) => {
  const L = locale(r, ['GB', 'US', 'DE', 'NL', 'SE', 'IE']);
  const mgr = person(r, L.people);
  const emp = person(r, L.people);
  d.t(`From: `).l('EMAIL', email(r, mgr, true)).t(`\nSubject: Re: company car — licence check overdue\n\nHi `).l('PERSON', emp.g);
  d.t(`,\n\nour insurer (${r.pick(['Harbourline', 'Albion Mutual'])}) needs the licence check done before the ${r.pick(CARS)} is handed over. Please confirm your date of birth exactly as on your licence — HR has `);
  d.l('DOB', fmtDate(r, L.cc, birthDate(r))).t(` but the licence scan looks different.\n\nAlso, your fuel card ${fuelCard(r)} shows two fills on the same day; probably the Shell at the Washington services, but please check.\n\n`);
  d.t('Thanks,\n').l('PERSON', full(mgr)).t(`\nFleet & Facilities · `).l('PHONE', phone(r, L.cc)).t(r.chance(0.5) ? ` ext. ${r.int(100, 9999)}` : '');
};

const slackPoolCar: Template = (r, d) => {
  const L = locale(r, ['GB', 'US', 'DE', 'NL', 'IE', 'AU']);
  const a = person(r, L.people);
  const b = person(r, L.people);
  const ha = `@${ascii(a.g)}.${ascii(a.s).slice(0, 3)}`;
  d.t(`#pool-cars\n`).l('PERSON', full(a)).t(`  ${time(r)}\nwho has the Tesla (${L.plate(r)}) tomorrow? need it for the Ford site visit\n`);
  d.l('PERSON', full(b)).t(`  ${time(r)}\n${ha} I booked it 08:00–13:00, sorry. the Kia is free. charge card is in the glovebox (${maskedCard(r)})\n`);
  d.l('PERSON', full(a)).t(`  ${time(r)}\nok, I'll take the Kia. can someone tell `).l('PERSON', person(r, L.people).g).t(` the Tesla has a kerbed wheel?`);
};

const accidentExchange: Template = (r, d) => {
  const L = locale(r);
  const me = person(r, L.people);
  const them = person(r, L.people);
  d.t(`Notes typed on my phone after the bump (hire car ${L.plate(r)}):\n\nOther driver: `).l('PERSON', nameForm(r, them));
  d.t('\ntheir number ').l('PHONE', phone(r, L.cc));
  d.t(`\ntheir reg ${L.plate(r)}, insurer ${r.pick(['Harbourline', 'Ostrava Re', 'Sol Seguros'])}, policy ${r.digits(10)}`);
  d.t('\nthey live at ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t(`\nwitness: lady from the bakery, `).l('PERSON', person(r, L.people).g).t(', ').l('PHONE', phone(r, L.cc));
  d.t(`\nme: `);
  main(d, r, me, 0.5);
  d.t(`, hire agreement ${bookingRef(r)}\nTime ${time(r)}, drizzle, they reversed out of a space at the Mercedes dealer car park.`);
};

const policeReport: Template = (r, d) => {
  const L = locale(r, ['GB', 'US', 'IE', 'AU', 'CA']);
  const p = person(r, L.people);
  d.t(`POLICE INCIDENT EXCERPT — ref ${r.digits(2)}/${r.digits(6)}/${recentDate(r).y % 100}\nType: hit and run, damage only. Vehicle: hire car ${L.plate(r)} (${r.pick(CARS)}).\n`);
  d.t('Reporting person: ').l('PERSON', full(p).toUpperCase()).t(', DOB ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t(', of ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t(`.\nStatement: parked outside Dunkin' on ${r.pick(['Victoria Street', 'Main St', 'King George Rd'])} at ${time(r)}; returned to find N/S wing dented. CCTV requested from the Hilton car park.\nOfficer: PC ${r.digits(4)} `).l('PERSON', initial(person(r, L.people)));
};

const bodyShopEstimate: Template = (r, d) => {
  const L = locale(r, ['GB', 'DE', 'US', 'FR', 'IE', 'AU']);
  const p = person(r, L.people);
  const c = cur(L.cc);
  d.t(`${r.pick(['Baird & Munro Bodyworks', 'Karosserie Fuchs', 'Autocarrosserie Lambert'])} — ESTIMATE ${r.digits(5)}\nFor: Kestrel Car Hire (fleet account ${r.digits(6)}) — hirer at time of damage: `);
  d.l('PERSON', nameForm(r, p)).t(`\nVehicle: ${r.pick(CARS)}, VIN ${vin(r)}\n`);
  d.t(`  Part ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-${letters(r, 1)}  bumper cover rear ..... ${money(r, c)}\n  Labour ${r.int(2, 9)}.${r.int(0, 9)} h @ ${money(r, c)}\n  Paint (Glasurit) ........................ ${money(r, c)}\n`);
  d.t(`Assessor: `).l('PERSON', full(person(r, L.people))).t(' · ').l('PHONE', phone(r, L.cc));
  d.t(`\nNote: ${r.pick(EPONYMS)}.`);
};

const recallNotice: Template = (r, d) => {
  const L = locale(r, ['US', 'GB', 'CA', 'AU', 'IE']);
  const p = person(r, L.people);
  d.l('PERSON', full(p).toUpperCase()).t('\n').l('ADDRESS', address(r, L.cc, 'multi'));
  d.t(`\n\nIMPORTANT SAFETY RECALL ${letters(r, 2)}${r.digits(3)} — ${r.pick(['Takata-type airbag inflator', 'Bosch fuel pump relay', 'rear suspension bolt'])}\nDear `);
  nm(d, r, p, 'en', 0.8);
  d.t(`,\n\nour records show that you lease vehicle VIN ${vin(r)} through Marlowe Fleet Leasing. Please book a free repair at any dealer (e.g. Lincoln of ${L.city}) — no charge.\nQuestions? `).l('EMAIL', r.pick(['recalls@marlowefleet.com', 'safety@bluewheel-leasing.eu']));
};

const subscriptionOnboarding: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`DriveMint Flex — welcome pack\n\nHi `).l('PERSON', p.g).t(`! Your monthly car subscription starts ${fmtDate(r, L.cc, recentDate(r))}.\n\nProfile\n  Name ...... `);
  d.self(full(p));
  d.t('\n  Born ...... ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t('\n  Delivery .. ').l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\n  Phone ..... ').l('PHONE', phone(r, L.cc));
  d.t('\n  Card ...... ').l('CARD', card(r));
  if (r.chance(0.6)) d.t('\n  Signed up from ').l('IP', ip(r));
  d.t(`\n\nReferral code ${letters(r, 4)}-${r.digits(4)} · app v${r.int(3, 6)}.${r.int(0, 30)}.${r.int(0, 9)}`);
};

const cardAuthForm: Template = (r, d) => {
  const L = locale(r, ['US', 'GB', 'CA', 'AU', 'AE', 'IE']);
  const holder = person(r, L.people);
  const drv = person(r, L.people);
  d.t(`THIRD-PARTY CREDIT CARD AUTHORIZATION\n\nI, `).l('PERSON', full(holder));
  d.t(`, authorize ${r.pick(RENTAL_CO)} to charge my card for the rental of `).l('PERSON', full(drv)).t(` (booking ${bookingRef(r)}).\n\n`);
  d.t('Card number: ').l('CARD', card(r)).t(`\nExpiry: ${expiry(r)}   CVV: ${r.digits(3)}\nBilling address: `).l('ADDRESS', address(r, L.cc, 'line'));
  d.t('\nPhone: ').l('PHONE', phone(r, L.cc)).t('   Email: ').l('EMAIL', email(r, holder));
  d.t(`\nMax amount: ${money(r, cur(L.cc))}\nSignature: __________   Date: ${fmtDate(r, L.cc, recentDate(r))}\n(Attach copy of card front with middle digits covered, e.g. ${maskedCard(r)})`);
  d.t('\nE-signed via DocuSafe from ').l('IP', ip(r)).t(` at ${isoTs(r)}`);
};

const supportTicket: Template = (r, d) => {
  const L = locale(r);
  const p = person(r, L.people);
  d.t(`{\n  "ticket": "ZD-${r.digits(7)}",\n  "channel": "${r.pick(['email', 'web', 'app'])}",\n  "requester": {"name": "`);
  d.l('PERSON', full(p)).t('", "email": "').l('EMAIL', email(r, p)).t('", "phone": "').l('PHONE', phone(r, L.cc));
  d.t(`"},\n  "subject": "${r.pick(['Charged twice for tolls', 'Cannot unlock car with app', 'Wrong fuel charge', 'Fine admin fee?'])}",\n  "ip": "`).l('IP', ip(r));
  d.t(`",\n  "tags": ["${r.pick(['tolls', 'app', 'fuel', 'fines'])}", "vip:${r.pick(['false', 'true'])}"],\n  "assignee": "`).l('PERSON', nameForm(r, person(r)));
  d.t(`",\n  "created": "${isoTs(r)}"\n}`);
};

const voicemail: Template = (r, d) => {
  const L = locale(r, ['US', 'GB', 'IE', 'AU', 'CA']);
  const p = person(r, L.people);
  const ph = phone(r, L.cc);
  d.t(`Voicemail (${r.int(20, 75)} s) — transcribed\n"Hi, this is `);
  d.l('PERSON', r.chance(0.4) ? full(p).toLowerCase() : full(p));
  d.t(`, calling about the ${r.pick(['minivan', 'pickup', 'convertible'])} I returned ${r.pick(['yesterday', 'on Sunday', 'last night'])}. I think I left my ${r.pick(['sunglasses', 'kid\'s backpack', 'laptop charger'])} in it. Call me back on `);
  d.l('PHONE', spokenPhone(r, ph)).t(`, that's `).l('PHONE', ph).t(`. Thanks, bye."`);
};

const finesBatchCsv: Template = (r, d) => {
  const cc: CountryCode = r.pick(['FR', 'IT', 'ES', 'DE', 'NL'] as const);
  d.t(`fine_ref;authority;offence_date;plate;driver;driver_dob;driver_email;status\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`${letters(r, 2)}${r.digits(9)};${r.pick(['ANTAI', 'Polizia Locale Firenze', 'DGT', 'Bußgeldstelle Köln', 'CJIB'])};${fmtDate(r, cc, recentDate(r))};${locale(r, [cc]).plate(r)};`);
    if (r.chance(0.15)) {
      d.t(`UNKNOWN;;;awaiting_rental_match\n`);
      continue;
    }
    d.l('PERSON', r.chance(0.5) ? `${p.s.toUpperCase()} ${p.g}` : full(p)).t(';').l('DOB', fmtDate(r, cc, birthDate(r))).t(';').l('EMAIL', email(r, p));
    d.t(`;${r.pick(['nominated', 'paid_by_driver', 'recharged_admin_fee'])}\n`);
  }
};

const splitValues: Template = (r, d) => {
  const L = locale(r, ['GB', 'DE', 'FR', 'US', 'NL']);
  const p = person(r, L.people);
  const ph = phone(r, L.cc);
  const cut = ph.lastIndexOf(' ') > 0 ? ph.lastIndexOf(' ') : Math.floor(ph.length / 2);
  d.t(`> forwarded SMS (line breaks from the old handset kept)\n> Hi its `).l('PERSON', p.g).t(` re the hire car, my new no. is ${ph.slice(0, cut).trim()}\n> ${ph.slice(cut).trim()} — old one was cut off.\n`);
  d.t(`> if no answer try my work number `).l('PHONE', phone(r, L.cc)).t(`\n> and mail the invoice to ${r.pick(['accounts', 'invoices'])}-\n> payable@${r.pick(WORKMAIL)} pls`);
};

const leaseEndInspection: Template = (r, d) => {
  const L = locale(r, ['GB', 'DE', 'NL', 'FR', 'IE', 'SE']);
  const p = person(r, L.people);
  d.t(`END-OF-LEASE INSPECTION — contract ${letters(r, 2)}-${r.digits(7)}\nLessee: `);
  main(d, r, p, 0.35);
  d.t(`\nCollection address: `).l('ADDRESS', address(r, L.cc, 'line'));
  d.t(`\nMileage ${km(r)} (allowance exceeded by ${r.int(0, 9000)} km)\nFindings (BVRLA fair wear & tear): ${r.pick(['alloy scuff within 50 mm — acceptable', 'windscreen chip in A-zone — chargeable', 'seat bolster wear — acceptable'])}\n`);
  d.t(`Inspector: `).l('PERSON', full(person(r, L.people))).t(` · photos uploaded from `).l('IP', ip(r));
  d.t(`\nInvoice to follow; payment by direct debit from `).l('IBAN', ibanFor(r, L.cc));
};

const excessClaimLetter: Template = (r, d) => {
  const L = locale(r, ['GB', 'IE', 'AU', 'ZA']);
  const p = person(r, L.people);
  d.t(`Harbourline Excess Insurance — claim form\n\nPolicyholder: `);
  d.self(full(p));
  d.t('\nDate of birth: ').l('DOB', fmtDate(r, L.cc, birthDate(r)));
  d.t('\nAddress:\n').l('ADDRESS', address(r, L.cc, 'multi'));
  d.t(`\nRental company: ${r.pick(RENTAL_CO)}   Excess charged: ${money(r, cur(L.cc))}\nRefund to account: `).l('IBAN', ibanFor(r, r.pick(['GB', 'IE'] as const)));
  d.t(`\nI confirm the information is correct. Policy ${letters(r, 3)}/${r.digits(8)}`);
};

const roadsideSpokenUs: Template = (r, d) => {
  const p = person(r, ['us', 'mx', 'in']);
  const ssnV = ssn(r).replace(/ /g, '-');
  d.t(`[IVR → agent] Member verification for roadside coverage on rental ${bookingRef(r)}\nAgent: For security, last name and date of birth?\nCaller: `);
  d.l('PERSON', p.s).t(', ').l('DOB', fmtDate(r, 'US', birthDate(r)));
  d.t(`\nAgent: The policy lists SSN ending ${r.digits(4)}; I'll need the full number to open a claim.\nCaller: `).l('NATIONAL_ID', ssnV);
  d.t(`\nAgent: Thanks `).l('PERSON', p.g).t(`. Tow is covered up to 15 miles. The driver from Hercules Towing will call `).l('PHONE', phone(r, 'US')).t('.');
};

const mvrConsent: Template = (r, d) => {
  const p = person(r, ['us', 'mx', 'in', 'cn', 'ng', 'kr', 'ph']);
  const co = r.pick(['Pinebridge Foods', 'Veradyne', 'Solaris Pharma', 'Marrowfield Logistics']);
  d.t(`${co} — Company Vehicle Program\nMOTOR VEHICLE RECORD (MVR) AUTHORIZATION & DISCLOSURE\n\nEmployee name: `);
  main(d, r, p, 0.3);
  d.t(`   Employee ID: E${r.digits(6)}\nDate of birth: `).l('DOB', fmtDate(r, 'US', birthDate(r)));
  d.t('\nSocial Security No.: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nDriver license: ${r.pick(['CO', 'TX', 'OH', 'WA', 'GA'])} ${letters(r, 1)}${r.digits(8)}   Class C\nCurrent address: `).l('ADDRESS', address(r, 'US', 'line'));
  if (r.chance(0.4)) d.t('\nPrevious address (if < 3 yrs): ').l('ADDRESS', address(r, 'US', 'line'));
  d.t('\nWork email: ').l('EMAIL', email(r, p, true));
  d.t(`\n\nI authorize ${co} and its consumer reporting agency to obtain my driving record. Employer EIN ${ein(r)}.`);
  if (r.chance(0.4)) d.t(`\nSpouse on policy: `).l('PERSON', full(person(r, ['us', 'mx']))).t(` (SSN ${badSsn(r)} on file, masked)`);
  d.t(`\nFleet coordinator: `).l('PERSON', full(person(r, ['us']))).t(' · ').l('PHONE', phone(r, 'US'));
};

const debitCardRental: Template = (r, d) => {
  const p = person(r, ['us', 'mx', 'ng', 'ph', 'in']);
  d.t(`Ridgeline Rentals — debit card qualification (soft pull)\nApplicant | `);
  d.l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`).t('\nSSN | ').l('NATIONAL_ID', ssn(r));
  d.t('\nDOB | ').l('DOB', fmtDate(r, 'US', birthDate(r)));
  d.t('\nAddress | ').l('ADDRESS', address(r, 'US', 'line'));
  d.t(`\nDebit card | ${maskedCard(r)} (BIN ${r.pick(['4', '5'])}${r.digits(5)})\nReturn flight | ${letters(r, 2)}${r.int(100, 2999)}\nResult | ${r.pick(['APPROVED', 'APPROVED', 'REFER'])} · score band ${r.pick(['B', 'C'])} · ref ${hash(r, 10)}`);
  if (r.chance(0.7)) d.t(`\nCo-applicant SSN | `).l('NATIONAL_ID', ssn(r)).t(' (spouse ').l('PERSON', person(r, ['us', 'mx']).g).t(')');
};

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no PII at all, but plenty that looks like it
// ---------------------------------------------------------------------------------------------------

const negFleetKpi: Template = (r, d) => {
  d.t(`Fleet KPI — week ${r.int(1, 52)}\nUtilisation ${r.int(61, 94)}% · damage rate ${r.int(1, 9)}.${r.digits(1)}% · avg. refuel charge ${money(r, '€')}\n`);
  d.t(`Top models: Ford Puma, Mercedes-Benz Vito, Porsche Taycan (airport premium), Ferrari Roma (Marco Polo only).\n`);
  d.t(`Team "Amber Falcons" (the Glasgow night shift) hit 98% on-time returns. Project Lincoln (EV rollout) is at phase ${r.int(1, 4)}.\n`);
  d.t(`Incidents: ${r.int(0, 30)} toll disputes (cases TOL-${r.digits(7)} to TOL-${r.digits(7)}), ${r.int(0, 9)} fines re-invoiced.\n${noise(r, 'DE')}`);
};

const negTariff: Template = (r, d) => {
  const cc = locale(r).cc;
  const c = cur(cc);
  d.t(`TARIFF SHEET ${recentDate(r).y} — valid from ${fmtDate(r, cc, recentDate(r))}\n`);
  for (const g of ['Mini (Fiat 500)', 'Compact (VW Golf)', 'Estate (Škoda Octavia)', 'SUV (Volvo XC60)', 'Van (Ford Transit)']) {
    d.t(`${g.padEnd(26, '.')} ${money(r, c)}/day  ${money(r, c)}/week  excess ${c}${r.int(800, 2500)}\n`);
  }
  d.t(`Young-driver fee (21–24): ${money(r, c)}/day. One-way to John Lennon Airport: ${money(r, c)}. Prices incl. VAT ${r.int(7, 25)}%.`);
};

const negTerms: Template = (r, d) => {
  d.t(`§ ${r.int(3, 19)} Traffic offences and tolls\n(1) The hirer is liable for all fines incurred during the rental period. (2) The lessor may pass the hirer's data to the authority in accordance with the applicable law (e.g. § 31a StVZO, Article L121-2 Code de la route). `);
  d.t(`(3) An administration fee of ${money(r, '€')} per notice applies. (4) Under the "Lemon Law" and the Magnuson–Moss Warranty Act the vehicle manufacturer, not the lessor, handles defects. (5) Disputes: Court of ${r.pick(['Köln', 'Dublin', 'Milano'])}.\n`);
  d.t(`Version ${r.int(1, 9)}.${r.int(0, 9)} of ${fmtDate(r, 'GB', recentDate(r))}; document hash ${hash(r, 64)}.`);
};

const negReleaseNotes: Template = (r, d) => {
  d.t(`Fleet app ${version(r)} — release notes\n• Fixed crash when scanning VIN ${vin(r)}-style barcodes on Android 14.\n• Telematics firmware ${version(r)} now default (was ${version(r)}).\n`);
  d.t(`• Card form rejects numbers that fail Luhn, e.g. ${badCard(r)}.\n• IBAN field rejects ${badIban(r, r.pick(['DE', 'FR', 'NL', 'GB']))} (checksum).\n• Renamed the "Hopper" and "Tesla" build pipelines; Dijkstra routing for roadside ETA.\n`);
  d.t(`• API timeout raised to ${r.int(10, 60)} s; rate limit ${r.int(100, 900)} req/min. Commit ${hash(r, 40)}.`);
};

const negMaintenance: Template = (r, d) => {
  const L = locale(r, ['DE', 'GB', 'FR', 'NL', 'US']);
  d.t(`Maintenance schedule — depot ${L.city}\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    d.t(`${L.plate(r)}  ${r.pick(CARS).padEnd(24)} next service ${fmtDate(r, L.cc, recentDate(r))}  ${r.pick(['brake pads', 'MacPherson strut top mounts', 'Bosch battery', 'Michelin tyres x4', 'Haldex oil', 'DPF regen'])}\n`);
  }
  d.t(`Tyre hotel: ${r.int(40, 400)} sets stored at the Churchill Way warehouse. Work order WO-${r.digits(6)}; PO ${r.digits(10)}.`);
};

const negDepotHours: Template = (r, d) => {
  d.t(`Branch opening hours\n`);
  for (const a of [r.pick(AIRPORTS), r.pick(AIRPORTS), r.pick(AIRPORTS)]) d.t(`${a}: ${time(r)}–${time(r)} (Mon–Sun), key box after hours\n`);
  d.t(`Shuttle bus from Terminal ${r.int(1, 5)}, stop ${r.int(1, 30)}. Closed on ${fmtDate(r, 'GB', { y: 2025, m: 12, d: 25 })}. Storm ${r.pick(['Ciara', 'Dennis', 'Ophelia'])} may affect ferry returns via the St. Patrick terminal.`);
};

const negTollTable: Template = (r, d) => {
  d.t(`Toll recharge summary (anonymised)\nplate_hash,gantry,ts,amount\n`);
  for (let i = 0; i < r.int(4, 7); i++) d.t(`${hash(r, 10)},${r.pick(['A22-P04', 'M50-J6', 'SALIK-GARHOUD', 'E-470-P12'])},${isoTs(r)},${r.int(1, 15)}.${r.digits(2)}\n`);
  d.t(`Routing ${routing(r)}, EIN ${ein(r)}, batch ${r.digits(12)}. Masked payer: ${maskedCard(r)}; SSN ${badSsn(r)} rejected as invalid.`);
};

const negRecallBulletin: Template = (r, d) => {
  d.t(`Service bulletin SB-${r.digits(5)}: affects VINs ${vin(r)} to ${vin(r)}. Symptom: Doppler-radar sensor misaligned after windscreen replacement; calibrate with tool ${letters(r, 3)}-${r.digits(4)}.\n`);
  d.t(`Root cause analysis by the "Wolf Pack" quality team (also see the Baader-Meinhof phenomenon note). Build id ${ipv4Like(r)}, firmware ${version(r)}.\n`);
  d.t(`Parts: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${letters(r, 1)}. Labour time ${r.int(1, 4)}.${r.int(0, 9)} h.`);
};
/** A version-number–like token that is not an address (four parts, one over 255). */
const ipv4Like = (r: Rng): string => `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(300, 999)}.${r.int(0, 99)}`;

// ---------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------

const TEMPLATES: readonly Template[] = [
  rentalAgreementEn, rentalAgreementEn, mietvertrag, contratFr, contratoEs, contrattoIt, pickupChecklist, returnChecklist, damageReport,
  unfallbericht, fuelReport, tollNoticeUs, tollNoticeEu, tollNoticeEu, fahrerbenennung, designationFr, ztlItaly, dgtEs, nipUk, redLightUs,
  verificationChat, verificationChat, kycLog, additionalDriver, roadsideCallEn, roadsideCallEn, pannenhilfeDe, dispatchLog, fleetCsv,
  fleetMarkdown, leasingvertrag, sepaMandate, leasingChatEn, leasingChatNl, contractHireApp, telematicsLog, appAuditLog, bookingConfirmation,
  bookingChange, depositRefund, complaintEmail, chargebackLetter, lostFound, overdrachtNl, smsSe, japanReservation, koreaRental, locacaoBr,
  rentaMx, australiaRental, oneWayCa, leasingPl, switzerlandFine, austriaFine, chauffeurIn, southAfricaRental, turkeyRental,
  fleetManagerEmail, slackPoolCar, accidentExchange, policeReport, bodyShopEstimate, recallNotice, subscriptionOnboarding, cardAuthForm,
  supportTicket, voicemail, finesBatchCsv, splitValues, leaseEndInspection, excessClaimLetter, roadsideSpokenUs, roadsideSpokenUs,
  mvrConsent, mvrConsent, mvrConsent, mvrConsent, debitCardRental, debitCardRental, debitCardRental, sepaMandate, depositRefund,
  telematicsLog, cardAuthForm, subscriptionOnboarding, mvrConsent, debitCardRental, verificationChat, kycLog,
];
const NEGATIVES: readonly Template[] = [negFleetKpi, negTariff, negTerms, negReleaseNotes, negMaintenance, negDepotHours, negTollTable, negRecallBulletin];

/** Generates whole documents for `seed` until at least `minInstances` labels exist. */
export function generateIndependent74Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent74Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT74_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT74_MIN_INSTANCES;
  const out: Independent74Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    (r.chance(0.1) ? r.pick(NEGATIVES) : r.pick(TEMPLATES))(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
