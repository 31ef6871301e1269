/**
 * @module privacy/pii-corpus-independent-55 — blind labelled PII corpus #55: telecom retail stores and carriers.
 *
 * WRITTEN BLIND. Read only: the `Rng` class at the top of `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the
 * `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. NOT read: the detector or any other
 * source, test, doc or bench file, any other corpus split or template file, the git history or /work/shared.
 * The detector was never run on this text. Every name, address, template and value here was invented for it.
 *
 * Seeds: 550001, 550002, 550003. Each seed yields whole documents until at least `minInstances` labels exist
 * (default 2400). Contents: in-store contract sign-ups, SIM swaps, port-in / port-out requests, identity checks
 * at the counter, handset financing and trade-ins, bill disputes, roaming complaints, store appointments,
 * number-porting forms, chats with an LLM carrier assistant, network / RADIUS / CRM logs, call transcripts,
 * letters and e-mails in many countries' formats, and about one document in ten a pure hard negative (brands,
 * laws, storms and streets named after people, IMEIs, ICCIDs, tracking and case numbers, hashes, versions,
 * Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards and @handles are not labelled; nor is a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts labelled as the whole span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to the
 *   last postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { ibanMod97Valid, IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT55_SEEDS = [550001, 550002, 550003] as const;
export const INDEPENDENT55_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent55Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent55Entry = PiiCorpusEntry & { readonly labels: readonly Independent55Label[] };

/** Builds a document, recording label offsets while appending. */
class Doc {
  private s = '';
  readonly labels: Independent55Label[] = [];
  readonly known: string[] = [];
  t(text: string): this {
    this.s += text;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.s.length;
    this.s += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent55Entry {
    return { text: this.s, labels: this.labels, knownNames: this.known };
  }
}

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------------

interface Culture {
  readonly id: string;
  readonly east: boolean;
  readonly given: readonly string[];
  readonly family: readonly string[];
}

function c(id: string, east: boolean, given: string, family: string): Culture {
  return { id, east, given: given.split(','), family: family.split(',') };
}

const CULTURES: readonly Culture[] = [
  c('en', false, 'Rose,Hope,Will,Bill,Grant,May,Guy,Joy,Mark,Frank,Dawn,Faith,Chase,Brooke,Wade,Heather,Carol,Grace,Rusty,Penny',
    'Baker,Young,Little,Hill,Price,Cash,Love,Best,Bell,Stone,Sterling,Fox,Whitlock,Pennington,Ashdown,Mayhew,Winter,Short'),
  c('ie', false, 'Niamh,Ciarán,Aoife,Pádraig,Siobhán,Declan,Róisín,Eoin,Orla,Cathal,Saoirse,Fionn',
    "Byrne,Gallagher,McCarthy,Donnelly,Kavanagh,Flanagan,Quigley,Brennan,O'Rourke,Ní Bhriain,Ó Súilleabháin,Moloney"),
  c('sc', false, 'Ailsa,Callum,Morag,Hamish,Isla,Fraser,Eilidh,Lachlan,Kirsty,Ruaridh',
    'MacLeod,Sinclair,Buchanan,Drummond,Lindsay,Munro,Cairns,Baird,Kerr,Galbraith'),
  c('de', false, 'Jürgen,Anneliese,Lukas,Friederike,Moritz,Sabine,Henrik,Ute,Till,Greta,Wolfgang,Heike,Matthias',
    'Schäfer,Brandt,Hoffmann,Krüger,Lehmann,Vogel,Zimmermann,Schulze,Winkler,Hartmann,Neumann,Engel,Busch'),
  c('fr', false, 'Élodie,Baptiste,Margaux,Thibault,Clémence,Gaëlle,Yannick,Amandine,Loïc,Solène,Aurélien,Maëlle',
    'Lefèvre,Moreau,Girard,Fontaine,Rousseau,Mercier,Chevalier,Blanchard,Gauthier,Perrin,Lemaire,Dubois'),
  c('es', false, 'Alejandro,Itziar,Begoña,Íñigo,Nuria,Rocío,Sergio,Montserrat,Álvaro,Ainhoa,Jorge,Lucía',
    'García,Ruiz,Etxeberria,Jiménez,Navarro,Domínguez,Vázquez,Iglesias,Castillo,Ortega,Medina,Herrero'),
  c('mx', false, 'Guadalupe,Xóchitl,Juan Carlos,Citlali,Rodrigo,Ximena,Luis Ángel,Itzel,Fernando,Araceli,Jesús,Yesenia',
    'Hernández,López,Martínez,Ramírez,Flores,Cruz,Gómez,Morales,Reyes,Chávez,Gutiérrez,Mendoza'),
  c('br', false, 'João,Thiago,Luana,Gabriela,Caio,Letícia,Rafaela,Vinícius,Bruna,Igor,Tainá,Anderson,Conceição',
    'Silva,Santos,Oliveira,Souza,Pereira,Carvalho,Almeida,Ferreira,Rodrigues,Barbosa,Cavalcanti,Nascimento'),
  c('it', false, 'Giuseppe,Chiara,Matteo,Francesca,Lorenzo,Federica,Alessandro,Giulia,Davide,Martina,Salvatore,Ilaria',
    'Rossi,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca'),
  c('nl', false, 'Sanne,Joost,Femke,Maarten,Lieke,Bram,Anouk,Thijs,Marloes,Sjoerd,Eline,Wouter',
    'de Vries,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Jansen,van Dijk,Vermeulen,Hendriks'),
  c('pl', false, 'Katarzyna,Łukasz,Agnieszka,Wojciech,Małgorzata,Paweł,Zofia,Grzegorz,Joanna,Krzysztof,Magdalena,Tomasz',
    'Nowak,Kowalski,Wiśniewska,Wójcik,Kamiński,Lewandowska,Zieliński,Szymańska,Woźniak,Dąbrowski,Kozłowska,Jankowski'),
  c('ru', false, 'Dmitri,Svetlana,Aleksei,Yekaterina,Nikolai,Olga,Sergei,Tatiana,Pavel,Irina,Mikhail,Anastasia',
    'Ivanov,Smirnova,Kuznetsov,Popova,Sokolov,Lebedeva,Kozlov,Novikova,Morozov,Volkova,Solovyov,Vasilieva'),
  c('ua', false, 'Oksana,Taras,Bohdan,Yulia,Mykola,Halyna,Andriy,Larysa,Ostap,Solomiya',
    'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Kravchenko,Oliynyk,Melnyk,Moroz,Savchuk,Lysenko'),
  c('tr', false, 'Mehmet,Ayşe,Emre,Zeynep,Burak,Elif,Oğuz,Gülşen,Mustafa,Hatice,Kerem,Derya',
    'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan,Kılıç,Aslan'),
  c('ar', false, 'Said,Fatima,Omar,Layla,Youssef,Amal,Khalid,Noor,Tariq,Hala,Ibrahim,Mariam,Hamza',
    'Al-Mansouri,Haddad,Khoury,Al-Farsi,Nasser,Saleh,Hussein,Al-Hashimi,Mahmoud,Aziz,Darwish,Abboud'),
  c('fa', false, 'Dariush,Shirin,Reza,Parisa,Kian,Nasrin,Arash,Mahsa,Babak,Roya',
    'Hosseini,Tehrani,Rahimi,Karimi,Moradi,Jafari,Ahmadi,Sadeghi,Farahani,Rostami'),
  c('hi', false, 'Priya,Rahul,Ananya,Vikram,Sneha,Arjun,Kavita,Rohan,Deepa,Sanjay,Pooja,Aditya',
    'Sharma,Verma,Gupta,Patel,Iyer,Reddy,Nair,Chatterjee,Malhotra,Joshi,Agarwal,Banerjee'),
  c('ta', false, 'Karthik,Lakshmi,Senthil,Meenakshi,Murugan,Divya,Balaji,Revathi,Arun,Saranya',
    'Subramanian,Ramasamy,Krishnan,Venkatesan,Pillai,Annamalai,Rajendran,Sundaram,Natarajan,Ganesan'),
  c('zh', true, 'Wei,Fang,Jing,Lei,Xiuying,Hao,Min,Jun,Li Na,Tao,Yan,Zihan',
    'Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma'),
  c('ja', true, 'Haruto,Yui,Sota,Aoi,Ren,Hina,Takumi,Sakura,Kenji,Yumiko,Daisuke,Emi',
    'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada'),
  c('ko', true, 'Min-jun,Seo-yeon,Ji-ho,Ha-eun,Do-yun,Su-bin,Jae-won,Eun-ji,Hyun-woo,Ye-jin',
    'Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Oh'),
  c('vi', true, 'Linh,Minh,Thao,Duc,Huong,Quang,Mai,Tuan,Lan,Phuong',
    'Nguyen,Tran,Le,Pham,Hoang,Vu,Dang,Bui,Do,Ngo'),
  c('fil', false, 'Maricel,Jericho,Rowena,Arnel,Liezl,Rommel,Jocelyn,Efren,Marites,Dindo',
    'Dela Cruz,Bautista,Villanueva,Mercado,Aquino,Manalo,Tolentino,Macaraeg,Dimaculangan,Panganiban'),
  c('ng', false, 'Chinedu,Adaeze,Oluwaseun,Ngozi,Emeka,Funmilayo,Tunde,Chiamaka,Ifeanyi,Yetunde,Babajide,Amaka',
    'Okafor,Adeyemi,Nwosu,Balogun,Eze,Okonkwo,Adebayo,Olawale,Chukwu,Ogunleye,Obi,Afolabi'),
  c('ke', false, 'Wanjiru,Kamau,Achieng,Otieno,Njeri,Mwangi,Akinyi,Kiprop,Zawadi,Baraka',
    'Mutua,Odhiambo,Wambui,Kariuki,Njoroge,Ochieng,Chebet,Kiprono,Wekesa,Muthoni'),
  c('el', false, 'Eleni,Giorgos,Katerina,Nikos,Sofia,Dimitris,Vasiliki,Yannis,Despina,Kostas',
    'Papadopoulos,Georgiou,Nikolaidou,Konstantinou,Karagiannis,Vlachos,Oikonomou,Alexiou,Makris,Antoniou'),
  c('sv', false, 'Astrid,Björn,Ingrid,Lars,Sigrid,Nils,Freja,Gustav,Maja,Anders',
    'Lindqvist,Johansson,Bergström,Nyström,Sjöberg,Håkansson,Lundgren,Ekström,Dahl,Holm'),
  c('he', false, 'Noa,Yonatan,Tamar,Eitan,Shira,Avi,Michal,Itai,Yael,Oren',
    'Cohen,Levi,Mizrahi,Peretz,Biton,Friedman,Azoulay,Katz,Shapiro,Ben-David'),
  c('hu', true, 'Zsófia,Bence,Réka,Levente,Eszter,Gergely,Dóra,Balázs,Csilla,Ákos',
    'Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Farkas,Balogh'),
  c('id', false, 'Budi,Sari,Agus,Dewi,Wahyu,Putri,Eko,Ratna,Bayu,Indah',
    'Santoso,Wijaya,Hidayat,Saputra,Kusuma,Pratama,Nugroho,Siregar,Lubis,Halim'),
];
const CULT = new Map(CULTURES.map((x) => [x.id, x]));

const JP_KANJI = ['佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太', '渡辺 直樹', '伊藤 真由美', '山本 翔', '中村 彩', '小林 大輔', '加藤 陽菜'];
const KR_HANGUL = ['김민준', '이서연', '박지호', '최하은', '정도윤', '강수빈', '윤재원', '한예진'];

interface Person {
  readonly g: string;
  readonly f: string;
  readonly east: boolean;
}

function person(r: Rng, cult?: string): Person {
  const k = (cult && CULT.get(cult)) || r.pick(CULTURES);
  return { g: r.pick(k.given), f: r.pick(k.family), east: k.east };
}
function full(p: Person): string {
  return p.east ? `${p.f} ${p.g}` : `${p.g} ${p.f}`;
}
/** A varied rendering of a name (all forms are labelled). */
function form(r: Rng, p: Person): string {
  const k = r.int(0, 9);
  if (k <= 3) return full(p);
  if (k === 4) return `${p.f}, ${p.g}`;
  if (k === 5) return `${p.g.charAt(0)}. ${p.f}`;
  if (k === 6) return full(p).toUpperCase();
  if (k === 7) return p.g;
  if (k === 8) return p.f;
  return full(p).toLowerCase();
}
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------------

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'libero.it',
  'hotmail.es', 'uol.com.br', 'yahoo.co.jp', 'naver.com', 'rediffmail.com', 'bigpond.com', 'proton.me', 'icloud.com',
  'wp.pl', 'mail.ru', 'seznam.cz', 'telenet.be', 'ziggo.nl', 'btinternet.com', 'comcast.net', 'yandex.com'];

function email(r: Rng, p?: Person): string {
  const dom = r.pick(MAIL_DOMAINS);
  if (!p) return `${r.pick(['kiwi', 'moonpie', 'skater', 'blue.heron', 'tango', 'nightowl', 'rollo'])}${r.digits(r.int(2, 4))}@${dom}`;
  const g = fold(p.g);
  const f = fold(p.f);
  switch (r.int(0, 4)) {
    case 0: return `${g}.${f}@${dom}`;
    case 1: return `${g.charAt(0)}${f}${r.int(1, 99)}@${dom}`;
    case 2: return `${f}_${g}@${dom}`;
    case 3: return `${g}${r.int(70, 99)}@${dom}`;
    default: return `${g}-${f.slice(0, 4)}@${dom}`;
  }
}
const ROLE_MAILS = ['support@', 'porting@', 'billing@', 'store.ops@', 'noc@', 'fraud-desk@', 'retail.help@', 'privacy@'];
const CARRIER_DOMAINS = ['velaro-mobile.com', 'kestrelcom.co.uk', 'funkwerk-mobil.de', 'alizé-telecom.fr', 'ondaviva.es',
  'linea-sole.it', 'nordsignal.se', 'pacific-tel.com.au', 'vivacel.com.br', 'sakura-mobile.jp'];
function roleMail(r: Rng): string {
  return r.pick(ROLE_MAILS) + fold(r.pick(CARRIER_DOMAINS).split('.')[0] ?? 'velaro') + '.' + r.pick(['com', 'net', 'io']);
}

type CC = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'JP' | 'KR' | 'IN' | 'BR' | 'MX' | 'AU' | 'CA' | 'PL' | 'TR' | 'ZA' | 'NG' | 'KE' | 'PH' | 'SE' | 'IE' | 'AE';
const ALL_CC: readonly CC[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'JP', 'KR', 'IN', 'BR', 'MX', 'AU', 'CA', 'PL', 'TR', 'ZA', 'NG', 'KE', 'PH', 'SE', 'IE', 'AE'];

function nz(r: Rng): string {
  return String(r.int(2, 9));
}
function phone(r: Rng, cc: CC): string {
  const intl = r.chance(0.4);
  const D = (n: number): string => r.digits(n);
  switch (cc) {
    case 'US': case 'CA': {
      const a = nz(r) + D(2); const b = nz(r) + D(2); const x = D(4);
      return r.pick([`(${a}) ${b}-${x}`, `${a}-${b}-${x}`, `+1 ${a} ${b} ${x}`, `${a}.${b}.${x}`, `1-${a}-${b}-${x}`]);
    }
    case 'GB': return intl ? `+44 7${D(3)} ${D(6)}` : r.pick([`07${D(3)} ${D(6)}`, `020 ${nz(r)}${D(3)} ${D(4)}`, `0113 ${D(3)} ${D(4)}`]);
    case 'IE': return intl ? `+353 8${r.pick(['3', '5', '6', '7'])} ${D(3)} ${D(4)}` : `08${r.pick(['3', '5', '6', '7'])} ${D(3)} ${D(4)}`;
    case 'DE': return intl ? `+49 1${r.pick(['51', '60', '70', '76'])} ${D(8)}` : r.pick([`01${r.pick(['51', '62', '73'])} ${D(4)} ${D(4)}`, `0221 ${D(6)}`, `(030) ${D(4)}-${D(3)}`]);
    case 'FR': { const p = `${D(2)} ${D(2)} ${D(2)} ${D(2)}`; return intl ? `+33 ${r.pick(['6', '7'])} ${p}` : `0${r.pick(['6', '7', '1', '4'])} ${p}`; }
    case 'ES': return intl ? `+34 6${D(2)} ${D(3)} ${D(3)}` : r.pick([`6${D(2)} ${D(3)} ${D(3)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IT': return intl ? `+39 3${D(2)} ${D(3)} ${D(4)}` : `3${D(2)} ${D(7)}`;
    case 'NL': return intl ? `+31 6 ${D(8)}` : r.pick([`06-${D(8)}`, `06 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `020-${D(3)} ${D(4)}`]);
    case 'JP': return intl ? `+81 90-${D(4)}-${D(4)}` : r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`]);
    case 'KR': return intl ? `+82 10-${D(4)}-${D(4)}` : `010-${D(4)}-${D(4)}`;
    case 'IN': return intl ? `+91 ${r.pick(['9', '8', '7'])}${D(4)} ${D(5)}` : `0${r.pick(['9', '8'])}${D(4)}-${D(5)}`;
    case 'BR': return intl ? `+55 11 9${D(4)}-${D(4)}` : `(${r.pick(['11', '21', '31', '81'])}) 9${D(4)}-${D(4)}`;
    case 'MX': return intl ? `+52 55 ${D(4)} ${D(4)}` : `${r.pick(['55', '33', '81'])} ${D(4)} ${D(4)}`;
    case 'AU': return intl ? `+61 4${D(2)} ${D(3)} ${D(3)}` : r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `(02) ${D(4)} ${D(4)}`]);
    case 'PL': return intl ? `+48 ${r.pick(['5', '6', '7'])}${D(2)} ${D(3)} ${D(3)}` : `${r.pick(['5', '6', '7'])}${D(2)}-${D(3)}-${D(3)}`;
    case 'TR': return intl ? `+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}` : `05${D(2)} ${D(3)} ${D(2)} ${D(2)}`;
    case 'ZA': return intl ? `+27 ${r.pick(['82', '83', '72', '61'])} ${D(3)} ${D(4)}` : `0${r.pick(['82', '83', '72'])} ${D(3)} ${D(4)}`;
    case 'NG': return intl ? `+234 ${r.pick(['803', '806', '813', '705'])} ${D(3)} ${D(4)}` : `0${r.pick(['803', '806', '813'])} ${D(3)} ${D(4)}`;
    case 'KE': return intl ? `+254 7${D(2)} ${D(6)}` : `07${D(2)} ${D(3)} ${D(3)}`;
    case 'PH': return intl ? `+63 9${D(2)} ${D(3)} ${D(4)}` : `09${D(2)} ${D(3)} ${D(4)}`;
    case 'SE': return intl ? `+46 7${D(1)} ${D(3)} ${D(2)} ${D(2)}` : `07${D(1)}-${D(3)} ${D(2)} ${D(2)}`;
    case 'AE': return intl ? `+971 5${D(1)} ${D(3)} ${D(4)}` : `05${D(1)} ${D(3)} ${D(4)}`;
  }
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A US number spoken digit by digit, e.g. "four one five, three nine two, eight eight four one". */
function spokenPhone(r: Rng): string {
  const w = (s: string): string => [...s].map((ch) => (r.chance(0.15) && ch === '0' ? 'oh' : DIGIT_WORDS[Number(ch)])).join(' ');
  return `${w(nz(r) + r.digits(2))}, ${w(nz(r) + r.digits(2))}, ${w(r.digits(4))}`;
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`, `07*** ***${r.digits(3)}`, `(***) ***-${r.digits(4)}`, `xxx-xxx-${r.digits(4)}`]);
}

/** A Luhn-valid card of a real network shape, grouped as people write it. */
function card(r: Rng): string {
  const nets: Array<[string, number]> = [
    ['4', 16], ['4', 16], ['4', 13], ['4', 19], [String(r.int(51, 55)), 16], [String(r.int(2221, 2720)), 16],
    [r.pick(['34', '37']), 15], ['6011', 16], ['65', 16], [String(r.int(3528, 3589)), 16], ['36', 14], ['62', 16], ['62', 19],
  ];
  const [pre, len] = r.pick(nets);
  let body = pre + r.digits(len - pre.length - 1);
  let ck = 0;
  while (!luhnValid(body + String(ck))) ck++;
  body += String(ck);
  return groupCard(r, body);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (!sep) return d;
  let parts: string[];
  if (d.length === 15) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else if (d.length === 14) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else parts = d.match(/.{1,4}/g) ?? [d];
  return parts.join(sep);
}
/** A card-like number that fails Luhn (unlabelled). */
function badCard(r: Rng): string {
  const d = card(r).replace(/[ -]/g, '');
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `card ending ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);
}
function luhnTail(body: string): string {
  let ck = 0;
  while (!luhnValid(body + String(ck))) ck++;
  return body + String(ck);
}
/** IMEI (15 digits, Luhn): never labelled. */
function imei(r: Rng): string {
  return luhnTail(r.pick(['35', '86', '01', '99']) + r.digits(12));
}
/** ICCID (SIM serial, starts 89): never labelled. */
function iccid(r: Rng): string {
  return luhnTail('89' + r.pick(['44', '49', '33', '34', '01', '39', '81']) + r.digits(r.int(14, 15)));
}

const IBAN_CC = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'PL', 'GB', 'CH', 'SE', 'FI', 'GR', 'TR', 'AE', 'LU', 'DK', 'NO', 'CZ', 'HU', 'RO'];
function letters(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + r.int(0, 25));
  return s;
}
function ibanCompact(r: Rng, cc?: string): string {
  const c0 = cc && IBAN_LENGTHS[cc] ? cc : r.pick(IBAN_CC);
  const len = IBAN_LENGTHS[c0] ?? 22;
  const n = len - 4;
  let bban: string;
  if (c0 === 'GB' || c0 === 'IE') bban = letters(r, 4) + r.digits(n - 4);
  else if (c0 === 'NL') bban = letters(r, 4) + r.digits(n - 4);
  else if (c0 === 'IT') bban = letters(r, 1) + r.digits(n - 1);
  else bban = r.digits(n);
  for (let k = 2; k <= 98; k++) {
    const cand = c0 + String(k).padStart(2, '0') + bban;
    if (ibanMod97Valid(cand)) return cand;
  }
  return c0 + '00' + bban;
}
function groupIban(r: Rng, s: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return (s.match(/.{1,4}/g) ?? [s]).join(' ');
  if (k <= 7) return s;
  if (k === 8) return (s.match(/.{1,4}/g) ?? [s]).join(' ').toLowerCase();
  return s.toLowerCase();
}
function iban(r: Rng, cc?: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
function badIban(r: Rng, cc?: string): string {
  const s = ibanCompact(r, cc);
  const i = r.int(5, s.length - 1);
  const ch = s.charAt(i);
  const rep = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'Z' ? 'A' : String.fromCharCode(ch.charCodeAt(0) + 1);
  return groupIban(r, s.slice(0, i) + rep + s.slice(i + 1));
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const A = String(a).padStart(3, '0');
  return r.pick([`${A}-${g}-${s}`, `${A}-${g}-${s}`, `${A} ${g} ${s}`, `${A}${g}${s}`]);
}
function fakeSsnLike(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `9${r.int(70, 99)}-${r.int(50, 65)}-${r.digits(4)}`, `000-${r.digits(2)}-${r.digits(4)}`, `666-${r.int(10, 99)}-${r.digits(4)}`]);
}
function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}

function ipv4(r: Rng): string {
  return `${r.pick([23, 31, 46, 62, 77, 81, 89, 92, 100, 145, 176, 185, 188, 196, 203, 212, 10, 172, 192])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function hex(r: Rng): string {
  return r.int(0, 0xffff).toString(16);
}
function ipv6(r: Rng): string {
  const pre = r.pick(['2a02', '2001:db8', '2600:1700', '2a01:4f8', '2406:da18', '2804:14c', 'fe80']);
  if (r.chance(0.5)) return `${pre}:${hex(r)}:${hex(r)}::${hex(r)}`;
  const n = 8 - pre.split(':').length;
  const g: string[] = [];
  for (let i = 0; i < n; i++) g.push(hex(r));
  return `${pre}:${g.join(':')}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}

// Dates --------------------------------------------------------------------------------------------------------
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const p2 = (n: number): string => String(n).padStart(2, '0');

function date(r: Rng, cc: CC | 'ISO', y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mo = MONTHS_EN[m - 1] ?? 'May';
  switch (cc) {
    case 'US': return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mo} ${d}, ${y}`, `${mo.slice(0, 3)} ${d}, ${y}`]);
    case 'GB': case 'IE': case 'AU': case 'ZA': case 'NG': case 'KE': case 'IN':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mo} ${y}`, `${d} ${mo.slice(0, 3)} ${y}`]);
    case 'DE': return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`]);
    case 'PL': case 'TR': return `${p2(d)}.${p2(m)}.${y}`;
    case 'FR': return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`]);
    case 'ES': case 'MX': return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${MONTHS_ES[m - 1]} de ${y}`]);
    case 'IT': return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${MONTHS_IT[m - 1]} ${y}`]);
    case 'BR': return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${MONTHS_PT[m - 1]} de ${y}`]);
    case 'NL': return `${p2(d)}-${p2(m)}-${y}`;
    case 'JP': return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR': return r.pick([`${y}.${p2(m)}.${p2(d)}`, `${y}년 ${m}월 ${d}일`]);
    case 'SE': case 'CA': case 'ISO': return `${y}-${p2(m)}-${p2(d)}`;
    default: return `${p2(d)}/${p2(m)}/${y}`;
  }
}
function dob(r: Rng, cc: CC | 'ISO'): string {
  return date(r, cc, 1942, 2006);
}
function recent(r: Rng, cc: CC | 'ISO'): string {
  return date(r, cc, 2023, 2025);
}

// Addresses ---------------------------------------------------------------------------------------------------
function addrLines(r: Rng, cc: CC): string[] {
  const n = r.int(2, 998);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick([['Tacoma', 'WA', '984'], ['Dayton', 'OH', '454'], ['Albuquerque', 'NM', '871'], ['Savannah', 'GA', '314'], ['Boise', 'ID', '837'], ['Fresno', 'CA', '937'], ['Madison', 'WI', '537'], ['Lowell', 'MA', '018'], ['Tulsa', 'OK', '741'], ['Durham', 'NC', '277'], ['El Paso', 'TX', '799']] as const);
      const street = `${r.int(10, 9899)} ${r.pick(['Alder Creek', 'Juniper', 'Quarry', 'Mill Pond', 'Harbor View', 'Sycamore', 'Cottonwood', 'Larkspur', 'Old Orchard', 'Birchwood'])} ${r.pick(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Way'])}`;
      const apt = r.chance(0.3) ? r.pick([`, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}`, `, Unit ${r.int(100, 999)}`, ` #${r.int(2, 30)}`]) : '';
      const zip = z + r.digits(2) + (r.chance(0.2) ? `-${r.digits(4)}` : '');
      if (r.chance(0.15)) return [`PO Box ${r.int(100, 99999)}`, `${city}, ${st} ${zip}`];
      return [street + apt, `${city}, ${st} ${zip}`];
    }
    case 'CA': {
      const pc = `${letters(r, 1)}${r.int(0, 9)}${letters(r, 1)} ${r.int(0, 9)}${letters(r, 1)}${r.int(0, 9)}`;
      return [`${n} ${r.pick(['Rue Saint-Denis', 'Maple Grove Cres', 'Rideau Terrace', 'Kingsway'])}`, `${r.pick(['Montréal QC', 'Ottawa ON', 'Burnaby BC', 'Halifax NS', 'Regina SK'])} ${pc}`];
    }
    case 'GB': case 'IE': {
      if (cc === 'IE') return [`${n} ${r.pick(['Griffith Avenue', 'Sundrive Road', 'Chapel Lane', 'Ballyfermot Road'])}`, r.pick(['Dublin 9', 'Cork', 'Galway', 'Limerick']), `${r.pick(['D09', 'T12', 'H91', 'V94'])} ${letters(r, 1)}${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`];
      const [town, a] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Sheffield', 'S'], ['Brighton', 'BN'], ['Exeter', 'EX'], ['York', 'YO']] as const);
      const pc = `${a}${r.int(1, 19)} ${r.int(1, 9)}${letters(r, 2).replace(/[CIKMOV]/g, 'N')}`;
      const first = r.chance(0.3) ? [`Flat ${r.int(1, 12)}, ${r.pick(['Kestrel House', 'Orchard Court', 'The Maltings'])}`] : [];
      return [...first, `${r.int(1, 220)} ${r.pick(['Kestrel Row', 'Chapel Street', 'Beech Grove', 'Moor Lane', 'Station Road', 'Wellington Terrace'])}`, town, pc];
    }
    case 'DE': {
      const [city, z] = r.pick([['Köln', '50'], ['Leipzig', '04'], ['Bremen', '28'], ['Freiburg im Breisgau', '79'], ['Kassel', '34'], ['Nürnberg', '90'], ['Mainz', '55']] as const);
      return [`${r.pick(['Lindenstraße', 'Birkenweg', 'Am Mühlbach', 'Gartenstr.', 'Schillerstraße', 'Kastanienallee', 'Hauptstraße'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${z}${r.digits(3)} ${city}`];
    }
    case 'FR': {
      const [city, z] = r.pick([['Lyon', '6900'], ['Nantes', '4400'], ['Lille', '5900'], ['Rennes', '3500'], ['Toulouse', '3100'], ['Bordeaux', '3300']] as const);
      const first = r.chance(0.25) ? [`Bât. ${letters(r, 1)}, Résidence ${r.pick(['Les Tilleuls', 'Le Belvédère', 'Les Acacias'])}`] : [];
      return [...first, `${r.int(1, 180)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'chemin du Moulin', 'place du Marché'])}`, `${z}${r.int(1, 9)} ${city}`];
    }
    case 'ES': case 'MX': {
      if (cc === 'MX') return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calle Morelos'])} ${r.int(10, 2999)}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Centro'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`];
      const [city, z] = r.pick([['Madrid', '280'], ['Valencia', '460'], ['Sevilla', '410'], ['Zaragoza', '500'], ['Bilbao', '480'], ['Málaga', '290']] as const);
      return [`${r.pick(['Calle de Almagro', 'Avda. del Puerto', 'C/ Mayor', 'Calle Alfonso XII', 'Paseo de la Castellana'])}, ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `${z}${r.digits(2)} ${city}`];
    }
    case 'IT': {
      const [city, pr, z] = r.pick([['Milano', 'MI', '201'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Napoli', 'NA', '801'], ['Firenze', 'FI', '501'], ['Bari', 'BA', '701']] as const);
      return [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Piazza della Repubblica'])} ${r.int(1, 250)}${r.chance(0.2) ? '/B' : ''}`, `${z}${r.digits(2)} ${city} (${pr})`];
    }
    case 'NL': return [`${r.pick(['Prinsengracht', 'Oudegracht', 'Herestraat', 'Stationsweg', 'Kerkstraat'])} ${r.int(1, 400)}${r.chance(0.3) ? '-' + String(r.int(1, 3)) : ''}`, `${r.int(1000, 9999)} ${letters(r, 2)} ${r.pick(['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem', 'Zwolle'])}`];
    case 'JP': return r.chance(0.6)
      ? [`〒${r.int(100, 989)}-${r.digits(4)} ${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神', '北海道札幌市中央区北一条西', '愛知県名古屋市中区栄'])}${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)}`]
      : [`${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Jingumae, Shibuya-ku', 'Umeda, Kita-ku', 'Tenjin, Chuo-ku'])}`, `${r.pick(['Tokyo', 'Osaka', 'Fukuoka'])} ${r.int(100, 989)}-${r.digits(4)}`];
    case 'KR': return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 양화로'])} ${r.int(1, 500)}, ${r.int(101, 1504)}호 (${r.digits(5)})`];
    case 'IN': return [`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Acres Apts'])}`, `${r.int(1, 40)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri West', 'Salt Lake Sector V'])}`, `${r.pick(['Bengaluru', 'Mumbai', 'Kolkata', 'Chennai'])} ${r.pick(['5', '4', '7', '6'])}${r.digits(5)}`];
    case 'BR': return [`${r.pick(['Rua das Palmeiras', 'Av. Paulista', 'Rua Augusta', 'Rua Voluntários da Pátria'])}, ${n}${r.chance(0.5) ? ` - Apto ${r.int(11, 190)}` : ''}`, `${r.pick(['Vila Mariana', 'Botafogo', 'Boa Viagem', 'Savassi'])}, ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Recife - PE', 'Belo Horizonte - MG'])}`, `${r.digits(5)}-${r.digits(3)}`];
    case 'AU': return [`${r.chance(0.3) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(['Wattle St', 'Banksia Rd', 'Brunswick St', 'Ocean Pde', 'Jacaranda Ave'])}`, `${r.pick(['Fitzroy VIC', 'Newtown NSW', 'Fremantle WA', 'Paddington QLD', 'Glenelg SA'])} ${r.int(2000, 6999)}`];
    case 'PL': return [`ul. ${r.pick(['Długa', 'Kwiatowa', 'Polna', 'Ogrodowa', 'Lipowa'])} ${r.int(1, 120)}${r.chance(0.5) ? '/' + String(r.int(1, 60)) : ''}`, `${r.digits(2)}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław', 'Poznań'])}`];
    case 'TR': return [`${r.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah. Gül Sok.'])} No: ${r.int(1, 200)} D: ${r.int(1, 20)}`, `${r.digits(5)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`];
    case 'ZA': return [`${r.int(1, 120)} ${r.pick(['Jacaranda Avenue', 'Protea Road', 'Kloof Street'])}`, r.pick(['Rondebosch', 'Sandton', 'Umhlanga']), `${r.pick(['Cape Town', 'Johannesburg', 'Durban'])}`, `${r.int(1000, 9999)}`];
    case 'NG': return [`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Allen Avenue', 'Ogui Road'])}`, `${r.pick(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Enugu'])} ${r.digits(6)}`];
    case 'KE': return [`P.O. Box ${r.int(100, 99999)}-00${r.int(100, 620)}`, r.pick(['Nairobi', 'Mombasa', 'Kisumu']), 'Kenya'];
    case 'PH': return [`${r.int(1, 300)} ${r.pick(['Mabini St.', 'Rizal Ave.', 'Katipunan Ave.'])}, Brgy. ${r.pick(['San Antonio', 'Poblacion', 'Loyola Heights'])}`, `${r.pick(['Makati City', 'Quezon City', 'Cebu City'])} ${r.int(1000, 6999)}`];
    case 'SE': return [`${r.pick(['Storgatan', 'Drottninggatan', 'Björkvägen'])} ${r.int(1, 90)}${r.chance(0.3) ? ' lgh 1102' : ''}`, `${r.int(100, 989)} ${r.digits(2)} ${r.pick(['Uppsala', 'Göteborg', 'Malmö', 'Umeå'])}`];
    case 'AE': return r.chance(0.5) ? [`PO Box ${r.int(1000, 99999)}`, r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'United Arab Emirates'] : [`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}`, `${r.pick(['Al Barsha 2', 'Mirdif', 'Al Khalidiyah'])}, ${r.pick(['Dubai', 'Abu Dhabi'])}`, 'UAE'];
  }
}
function addr(r: Rng, cc: CC, multi?: boolean): string {
  const lines = addrLines(r, cc);
  const m = multi ?? r.chance(0.45);
  return m ? lines.join('\n') : lines.join(', ');
}

// Distractors -------------------------------------------------------------------------------------------------
const NAMED_THINGS = ['Ericsson', 'Motorola', 'Siemens', 'Philips', 'Tesla Model Y', 'Dell Latitude', 'Marconi Suite', 'Bluetooth', 'Hedy Lamarr Award',
  "RAY BAUM'S Act", "Kari's Law", 'Parkinson', "Alzheimer's", 'Storm Ciarán', 'Hurricane Beryl', 'the Edison building', 'Lincoln Avenue store',
  'Santa Clara', 'St. Patrick’s Day promo', 'Galileo mast', 'Max Plan', 'Frank Unlimited', 'Grace Period Plus', 'Hope Street kiosk', 'Team Victoria',
  'the Nobel Prize', 'Tito the shop cat', 'Carlos the branch dog', 'Bismarck Tower', 'Magellan roaming bundle', 'Newton cell site', 'Darwin Data Pack'];
function noise(r: Rng): string {
  switch (r.int(0, 13)) {
    case 0: return `IMEI ${imei(r)}`;
    case 1: return `ICCID ${iccid(r)}`;
    case 2: return `order #${r.pick(['SO', 'ORD', 'WEB'])}-${r.digits(7)}`;
    case 3: return `tracking ${r.pick(['1Z', 'JD', 'TBA'])}${r.digits(12)}`;
    case 4: return `ticket INC${r.digits(7)}`;
    case 5: return `firmware ${r.int(1, 19)}.${r.int(0, 9)}.${r.int(0, 40)}.${r.int(1, 300)}`;
    case 6: return `ref ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`;
    case 7: return `commit ${[...Array(10)].map(() => r.int(0, 15).toString(16)).join('')}`;
    case 8: return `IMSI ${r.pick(['310260', '234150', '262011', '208011'])}${r.digits(9)}`;
    case 9: return `the ${r.pick(NAMED_THINGS)}`;
    case 10: return `voucher ${badCard(r)}`;
    case 11: return `promo valid until ${recent(r, 'ISO')}`;
    case 12: return `case ${r.digits(2)}-${r.digits(6)}`;
    default: return `routing ${r.pick(['021000021', '026009593', '121000358', '011401533'])}`;
  }
}
const HANDSETS = ['Pixel 9 Pro', 'iPhone 16', 'Galaxy S24 FE', 'Xperia 10 VI', 'Moto g85', 'Nokia G42', 'OnePlus 13R', 'Fairphone 5', 'Redmi Note 14'];
const CARRIERS = ['Velaro Mobile', 'Kestrel Telecom', 'Funkwerk Mobil', 'Alizé Télécom', 'OndaViva', 'Linea Sole', 'NordSignal', 'Pacific Tel', 'VivaCel', 'Sakura Mobile', 'Tembo Wireless', 'Orbit Mobile'];
const STAFF_TITLES = ['Store Manager', 'Sales Associate', 'Retail Specialist', 'Shift Lead', 'Tier 2 Porting Agent', 'Fraud Analyst'];

// ---------------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------------

const CC_CULT: Record<CC, readonly string[]> = {
  US: ['en', 'mx', 'hi', 'zh', 'ko', 'vi', 'ng', 'he', 'ie', 'fil'], GB: ['en', 'sc', 'ie', 'hi', 'pl', 'ng', 'ar'], DE: ['de', 'tr', 'pl', 'ru', 'el'],
  FR: ['fr', 'ar', 'vi'], ES: ['es', 'ar'], IT: ['it', 'ua'], NL: ['nl', 'tr'], JP: ['ja'], KR: ['ko'], IN: ['hi', 'ta'], BR: ['br', 'ja'],
  MX: ['mx'], AU: ['en', 'zh', 'el', 'vi'], CA: ['fr', 'en', 'zh'], PL: ['pl'], TR: ['tr'], ZA: ['en', 'ke'], NG: ['ng'], KE: ['ke'],
  PH: ['fil'], SE: ['sv', 'fa'], IE: ['ie'], AE: ['ar', 'hi', 'fil', 'fa'],
};
function pc(r: Rng, cc: CC): Person {
  return person(r, r.pick(CC_CULT[cc]));
}
function store(r: Rng): string {
  return `${r.pick(CARRIERS)} ${r.pick(['store', 'shop', 'Experience Store', 'kiosk'])} #${r.int(100, 9999)}`;
}
function stamp(r: Rng): string {
  return `${recent(r, 'ISO')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
}
function hon(r: Rng, cc: CC): string {
  const m: Partial<Record<CC, readonly string[]>> = {
    US: ['Mr.', 'Ms.', 'Mrs.', 'Dr.'], GB: ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'], DE: ['Herr', 'Frau', 'Dr.'], FR: ['M.', 'Mme', 'Mlle'],
    ES: ['Sr.', 'Sra.', 'D.', 'Dña.'], MX: ['Sr.', 'Sra.', 'Lic.'], IT: ['Sig.', 'Sig.ra', 'Dott.'], BR: ['Sr.', 'Sra.'], NL: ['dhr.', 'mevr.'],
    PL: ['Pan', 'Pani'], TR: ['Bay', 'Bayan'],
  };
  return r.pick(m[cc] ?? ['Mr.', 'Ms.']);
}

const POS: Tpl[] = [
  // 1 US in-store contract sign-up
  (r, d) => {
    const p = pc(r, 'US'); const s = pc(r, 'US');
    d.t(`${store(r)} — POSTPAID AGREEMENT\nPlan: ${r.pick(['Unlimited Plus', 'Essentials 2-line', 'Max Plan'])}  Device: ${r.pick(HANDSETS)}\nCustomer: `).l('PERSON', full(p))
      .t('\nDOB: ').l('DOB', dob(r, 'US')).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t('\nService address:\n').l('ADDRESS', addr(r, 'US', true))
      .t('\nContact number: ').l('PHONE', phone(r, 'US')).t('   Email: ').l('EMAIL', email(r, p))
      .t(`\nDeposit charged to `).l('CARD', card(r)).t(`\nEIN of employer on file: ${ein(r)}\nRep: `).l('PERSON', `${s.g.charAt(0)}. ${s.f}`).t(` (${r.pick(STAFF_TITLES)})\n`);
  },
  // 2 UK SIM swap at counter
  (r, d) => {
    const p = pc(r, 'GB'); const a = pc(r, 'GB');
    d.t(`SIM SWAP — counter check\nAgent `).l('PERSON', a.g).t(` verified ${hon(r, 'GB')} `).l('PERSON', p.f).t(` with passport (no. ${r.digits(9)}) and a utility bill for\n`)
      .l('ADDRESS', addr(r, 'GB', true)).t(`\nDate of birth given: `).l('DOB', dob(r, 'GB')).t(`\nNumber moved to new SIM: `).l('PHONE', phone(r, 'GB'))
      .t(`\nOld ${noise(r)}; new ICCID ${iccid(r)}. Customer asked to keep ${r.pick(NAMED_THINGS)} add-on.\n`);
  },
  // 3 US port-in form
  (r, d) => {
    const p = pc(r, 'US');
    d.t('NUMBER PORT-IN REQUEST\nAccount holder (as listed with old carrier): ').l('PERSON', `${p.f}, ${p.g}`)
      .t(`\nNumber to port: `).l('PHONE', phone(r, 'US')).t(`\nLosing carrier: ${r.pick(CARRIERS)}   Acct #: ${r.digits(9)}   Transfer PIN: ${r.digits(6)}\nBilling address on old account: `)
      .l('ADDRESS', addr(r, 'US', false));
    if (r.chance(0.5)) d.t(`\nLast 4 of SSN: ${r.digits(4)}`);
    else d.t('\nSSN (credit re-check): ').l('NATIONAL_ID', ssn(r));
    d.t(`\nNotify at: `).l('EMAIL', email(r, p)).t(`\nSubmitted ${recent(r, 'US')} from IP `).l('IP', ipv4(r)).t('\n');
  },
  // 4 DE port-out letter (self)
  (r, d) => {
    const p = pc(r, 'DE');
    d.t(`Rufnummernmitnahme / Kündigung\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich meinen Vertrag bei ${r.pick(CARRIERS)} und beantrage die Portierung meiner Rufnummer `)
      .l('PHONE', phone(r, 'DE')).t(` zu einem neuen Anbieter.\n\nName: `).self(full(p)).t('\nGeburtsdatum: ').l('DOB', dob(r, 'DE')).t('\nAnschrift:\n').l('ADDRESS', addr(r, 'DE', true))
      .t('\nBitte erstatten Sie das Restguthaben auf mein Konto ').l('IBAN', iban(r, 'DE')).t(`.\n\nMit freundlichen Grüßen\n`).self(full(p)).t('\n');
  },
  // 5 FR identity check note
  (r, d) => {
    const p = pc(r, 'FR'); const v = pc(r, 'FR');
    d.t(`Contrôle d'identité en boutique — ${recent(r, 'FR')}\nClient : ${hon(r, 'FR')} `).l('PERSON', full(p).toUpperCase())
      .t(`\nPièce présentée : CNI n° ${r.digits(12)} (vérifiée)\nNé(e) le `).l('DOB', dob(r, 'FR')).t('\nDomicile : ').l('ADDRESS', addr(r, 'FR', false))
      .t('\nMobile : ').l('PHONE', phone(r, 'FR')).t('\nConseiller : ').l('PERSON', v.g).t(`\nRemarque : le client a mentionné la promo ${r.pick(NAMED_THINGS)}.\n`);
  },
  // 6 US handset financing
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`Device Payment Program — application\nApplicant: `).l('PERSON', full(p)).t(`   Co-signer: none\nSocial Security #: `).l('NATIONAL_ID', ssn(r))
      .t(`\nBirthdate: `).l('DOB', dob(r, 'US')).t(`\nAnnual income: $${r.int(28, 190)},${r.digits(3)}  Employer: ${r.pick(['Dell Technologies', 'Ford Motor Co.', 'Johnson & Johnson', 'Walgreens'])}\nHome: `)
      .l('ADDRESS', addr(r, 'US', false)).t(`\nPhone: `).l('PHONE', phone(r, 'US')).t(`\nFinanced: ${r.pick(HANDSETS)} over 36 months, APR 0%. Prior SSN on file ${fakeSsnLike(r)} flagged as ITIN/masked.\n`);
  },
  // 7 Trade-in receipt
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'AU', 'CA', 'IE']); const p = pc(r, cc);
    d.t(`TRADE-IN RECEIPT  ${store(r)}\nDevice: ${r.pick(HANDSETS)}  IMEI ${imei(r)}  Grade: ${r.pick(['A', 'B', 'C'])}\nCustomer: `).l('PERSON', form(r, p))
      .t('  Tel ').l('PHONE', phone(r, cc)).t(`\nCredit of ${r.int(40, 620)}.00 applied to card `).l('CARD', card(r)).t(`\nReference card typed wrongly first: ${badCard(r)} (rejected)\n`);
  },
  // 8 UK bill dispute email (self)
  (r, d) => {
    const p = pc(r, 'GB');
    d.t(`From: `).l('EMAIL', email(r, p)).t(`\nTo: `).l('EMAIL', roleMail(r)).t(`\nSubject: Disputed charges on account ${r.digits(10)}\n\nHello,\n\nMy name is `).self(full(p))
      .t(` and I was billed £${r.int(30, 480)}.${r.digits(2)} for "international premium calls" I never made. My number is `).l('PHONE', phone(r, 'GB'))
      .t(`. Please refund the overcharge to `).l('IBAN', iban(r, 'GB')).t(` and send the corrected bill to\n`).l('ADDRESS', addr(r, 'GB', true))
      .t(`\n\nThanks,\n`).l('PERSON', p.g).t('\n');
  },
  // 9 ES roaming complaint chat (self)
  (r, d) => {
    const p = pc(r, 'ES');
    d.t(`[Chat ${r.pick(CARRIERS)}] Cliente: Hola, soy `).self(full(p)).t(`. Estuve en ${r.pick(['Marruecos', 'Suiza', 'Andorra', 'Turquía'])} y me han cobrado ${r.int(60, 900)} € de roaming.\n`)
      .t(`Agente: Lo siento mucho. ¿Me confirma la línea y su fecha de nacimiento?\nCliente: La línea es `).l('PHONE', phone(r, 'ES')).t(' y nací el ').l('DOB', dob(r, 'ES'))
      .t(`.\nAgente: Gracias, Sra. `).l('PERSON', p.f).t(`. Abrimos la reclamación ${r.digits(8)}. Le devolveremos el importe en la cuenta `).l('IBAN', iban(r, 'ES')).t('.\n');
  },
  // 10 AU appointment confirmation
  (r, d) => {
    const p = pc(r, 'AU'); const s = pc(r, 'AU');
    d.t(`Hi `).l('PERSON', p.g).t(`, your appointment at ${r.pick(CARRIERS)} is confirmed for ${recent(r, 'AU')} at ${r.int(9, 17)}:${r.pick(['00', '15', '30', '45'])}.\nStore: `)
      .l('ADDRESS', addr(r, 'AU', false)).t(` (near the food court, level 2)\nYou'll see `).l('PERSON', full(s)).t(`. Questions? Call `).l('PHONE', phone(r, 'AU'))
      .t(` or reply to `).l('EMAIL', roleMail(r)).t('.\n');
  },
  // 11 LLM carrier assistant chat (self)
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'AU', 'IE', 'ZA', 'NG', 'KE', 'PH', 'IN']); const p = pc(r, cc);
    d.t(`user: hey, I'm `).self(full(p)).t(`, my line `).l('PHONE', phone(r, cc)).t(` has had no data since the ${r.pick(NAMED_THINGS)} outage\n`)
      .t(`assistant: Sorry about that! I can see a line ending in ${r.digits(4)}. Could you confirm the email on the account?\nuser: `).l('EMAIL', email(r, p))
      .t(`\nassistant: Thanks. I've reset your APN profile (${noise(r)}). Restart the phone and it should reconnect within 10 minutes.\nuser: will do, thanks\n`);
  },
  // 12 RADIUS accounting log
  (r, d) => {
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const cc = r.pick(ALL_CC);
      d.t(`${stamp(r)} radacct Acct-Status-Type=${r.pick(['Start', 'Interim-Update', 'Stop'])} Calling-Station-Id=`).l('PHONE', phone(r, cc).replace(/[^\d+]/g, ''))
        .t(` Framed-IP-Address=`).l('IP', ipv4(r)).t(` NAS-IP=`).l('IP', ipv4(r)).t(` ${noise(r)} sw=${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n`);
    }
  },
  // 13 CRM JSON record
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'DE', 'FR', 'NL', 'IT']); const p = pc(r, cc);
    d.t(`{"crm_id":"C-${r.digits(8)}","name":"`).l('PERSON', full(p)).t(`","msisdn":"`).l('PHONE', phone(r, cc)).t(`","email":"`).l('EMAIL', email(r, p))
      .t(`","dob":"`).l('DOB', dob(r, 'ISO')).t(`","segment":"${r.pick(['consumer', 'smb', 'vip'])}","last_login_ip":"`).l('IP', ip(r))
      .t(`","created":"${stamp(r)}","imei":"${imei(r)}"}\n`);
  },
  // 14 NL SEPA mandate
  (r, d) => {
    const p = pc(r, 'NL');
    d.t(`Machtiging SEPA Incasso — ${r.pick(CARRIERS)}\nIncassant ID: NL${r.digits(2)}ZZZ${r.digits(12)}\nNaam: `).l('PERSON', full(p)).t('\nAdres: ').l('ADDRESS', addr(r, 'NL', false))
      .t('\nIBAN: ').l('IBAN', iban(r, 'NL')).t(`\nE-mail: `).l('EMAIL', email(r, p)).t(`\nDatum ondertekening: ${recent(r, 'NL')}\nPlaats: ${r.pick(['Utrecht', 'Haarlem', 'Zwolle'])}\n`);
  },
  // 15 JP store reception memo
  (r, d) => {
    const n = r.pick(JP_KANJI); const s = pc(r, 'JP');
    d.t(`【来店受付メモ】${recent(r, 'JP')}\nお客様：`).l('PERSON', n).t(`様\n生年月日：`).l('DOB', dob(r, 'JP')).t('\nご住所：').l('ADDRESS', addr(r, 'JP', false))
      .t('\n連絡先：').l('PHONE', phone(r, 'JP')).t(`\nご用件：機種変更（${r.pick(HANDSETS)}）、MNP予約番号 ${r.digits(10)}\n担当：`).l('PERSON', s.f).t('\n');
  },
  // 16 KR chat
  (r, d) => {
    const n = r.pick(KR_HANGUL);
    d.t(`상담원: 안녕하세요, `).l('PERSON', n).t(`씨. 번호이동 신청 도와드리겠습니다.\n고객: 네, 번호는 `).l('PHONE', phone(r, 'KR')).t(`이고 생년월일은 `).l('DOB', dob(r, 'KR'))
      .t(`입니다.\n상담원: 확인되었습니다. 배송지는 `).l('ADDRESS', addr(r, 'KR')).t(` 맞으신가요?\n고객: 네 맞아요.\n`);
  },
  // 17 BR portabilidade
  (r, d) => {
    const p = pc(r, 'BR');
    d.t(`SOLICITAÇÃO DE PORTABILIDADE\nNome completo: `).l('PERSON', full(p)).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `).l('DOB', dob(r, 'BR'))
      .t('\nNúmero a portar: ').l('PHONE', phone(r, 'BR')).t('\nEndereço:\n').l('ADDRESS', addr(r, 'BR', true)).t('\nE-mail: ').l('EMAIL', email(r, p))
      .t(`\nOperadora doadora: ${r.pick(CARRIERS)} — protocolo ${r.digits(14)}\n`);
  },
  // 18 IN KYC for SIM
  (r, d) => {
    const p = pc(r, 'IN');
    d.t(`e-KYC SIM activation\nSubscriber: `).l('PERSON', full(p).toUpperCase()).t(`\nAadhaar: XXXX XXXX ${r.digits(4)}\nDOB: `).l('DOB', dob(r, 'IN')).t('\nAddress: ')
      .l('ADDRESS', addr(r, 'IN', false)).t('\nAlternate mobile: ').l('PHONE', phone(r, 'IN')).t(`\nPoint of sale: ${r.pick(['Gandhi Market', 'Nehru Place', 'Tagore Road'])} retailer, agent code RT${r.digits(6)}\n`);
  },
  // 19 MX contrato
  (r, d) => {
    const p = pc(r, 'MX');
    d.t(`Contrato de servicio móvil\nTitular: ${hon(r, 'MX')} `).l('PERSON', full(p)).t(`\nCURP: ${letters(r, 4)}${r.digits(6)}${letters(r, 6)}${r.digits(2)}\nFecha de nacimiento: `).l('DOB', dob(r, 'MX'))
      .t('\nDomicilio: ').l('ADDRESS', addr(r, 'MX', false)).t('\nTeléfono de contacto: ').l('PHONE', phone(r, 'MX')).t(`\nEquipo: ${r.pick(HANDSETS)} a ${r.pick(['12', '18', '24'])} meses\n`);
  },
  // 20 Call transcript with spoken values
  (r, d) => {
    const p = pc(r, 'US'); const a = pc(r, 'US');
    const g = fold(p.g); const f = fold(p.f);
    d.t(`[IVR transfer] AGENT (`).l('PERSON', a.g).t(`): Thanks for calling, who am I speaking with?\nCALLER: It's `).l('PERSON', full(p).toLowerCase())
      .t(`.\nAGENT: And the best callback number?\nCALLER: `).l('PHONE', spokenPhone(r)).t(`.\nAGENT: Email for the port confirmation?\nCALLER: `)
      .l('EMAIL', `${g} dot ${f} at ${r.pick(['gmail', 'yahoo', 'outlook'])} dot com`).t(`\nAGENT: Perfect. The port will complete in one to two business days.\n`);
  },
  // 21 SIM-swap fraud log
  (r, d) => {
    const a = pc(r, 'GB'); const cc = r.pick<CC>(['GB', 'US', 'ZA', 'NG']);
    d.t(`FRAUD-ALERT sev=high rule=SIMSWAP_VELOCITY\nmsisdn=`).l('PHONE', phone(r, cc)).t(` swaps_24h=${r.int(2, 5)}\nsession_ip=`).l('IP', ip(r)).t(` via proxy [`)
      .l('IP', ipv6(r)).t(`]:${r.int(1024, 65000)}\nagent_on_duty=`).l('PERSON', `${a.g} ${a.f}`.toLowerCase()).t(`\nnote: caller failed KBA; ${noise(r)}\n`);
  },
  // 22 Shift handover notes
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'AU', 'CA']); const a = pc(r, cc); const b = pc(r, cc); const c1 = pc(r, cc);
    d.t(`Shift handover — ${store(r)}\n- `).l('PERSON', a.g).t(` on tills, `).l('PERSON', b.g).t(` covering repairs bench.\n- Customer `).l('PERSON', form(r, c1))
      .t(` coming back at 4 to collect a ${r.pick(HANDSETS)}, call `).l('PHONE', phone(r, cc)).t(` if late.\n- ${r.pick(NAMED_THINGS)} display still broken; ${noise(r)}.\n- May stock count moved to Monday.\n`);
  },
  // 23 Family plan add lines
  (r, d) => {
    const cc = r.pick<CC>(['US', 'CA', 'AU', 'GB']); const h = pc(r, cc); const n = r.int(2, 3);
    d.t(`Add-a-line request, account holder `).l('PERSON', full(h)).t(` (born `).l('DOB', dob(r, cc)).t(`)\n`);
    for (let i = 0; i < n; i++) {
      const k = person(r, r.pick(CC_CULT[cc]));
      d.t(`Line ${i + 2}: `).l('PERSON', `${k.g} ${h.f}`).t(', DOB ').l('DOB', date(r, cc, 2008, 2018)).t(', new number ').l('PHONE', phone(r, cc)).t('\n');
    }
    d.t(`Plan renewal date: ${recent(r, cc)}; family discount code FAM-${r.digits(5)}.\n`);
  },
  // 24 Insurance claim lost phone
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'IE', 'AU', 'ZA']); const p = pc(r, cc);
    d.t(`Device protection claim ${r.pick(['CLM', 'DP'])}${r.digits(8)}\nPolicyholder: `).l('PERSON', form(r, p)).t(`\nLost on ${recent(r, cc)} — police ref ${r.digits(4)}/${r.digits(6)}\n${noise(r)}, ${noise(r)}\nReplacement delivered to:\n`)
      .l('ADDRESS', addr(r, cc, true)).t('\nContact: ').l('PHONE', phone(r, cc)).t(`\nExcess paid by card `).l('CARD', card(r)).t('\n');
  },
  // 25 Prepaid top-up receipt
  (r, d) => {
    const cc = r.pick(ALL_CC);
    d.t(`TOP-UP RECEIPT ${stamp(r)}\nNumber topped up: `).l('PHONE', phone(r, cc)).t(`\nAmount: ${r.int(5, 50)}.00\nPaid with: `).l('CARD', card(r))
      .t(`\nPrevious payment method: ${maskedCard(r)}\nAuth code ${r.digits(6)} — ${noise(r)}\n`);
  },
  // 26 eSIM activation email
  (r, d) => {
    const cc = r.pick<CC>(['DE', 'FR', 'IT', 'ES', 'NL', 'GB']); const p = pc(r, cc);
    d.t(`To: `).l('EMAIL', email(r, p)).t(`\nSubject: Your eSIM is ready\n\nDear `).l('PERSON', full(p)).t(`,\n\nYour eSIM for `).l('PHONE', phone(r, cc))
      .t(` is ready. Scan the QR code in the app; activation code LPA:1$smdp.${fold(r.pick(CARRIERS))}.com$${letters(r, 4)}-${r.digits(4)}.\nEID ${r.digits(32)}\n\n— ${r.pick(CARRIERS)} eSIM team\n`);
  },
  // 27 Business onboarding
  (r, d) => {
    const p = pc(r, 'US'); const co = r.pick(['Hope Bakery LLC', 'Grant & Sons Plumbing', 'Baker Street Dental', 'Ford Family Farms', 'Marconi Logistics Inc.']);
    d.t(`Business account onboarding\nCompany: ${co}\nEIN: ${ein(r)}\nAuthorized contact: `).l('PERSON', full(p)).t(`, ${r.pick(['Office Manager', 'Owner', 'CFO'])}\nBilling contact: `)
      .l('EMAIL', `accounts@${fold(co).slice(0, 10)}.com`).t(`\nDirect line: `).l('PHONE', phone(r, 'US')).t(` ext. ${r.int(10, 499)}\nRegistered office:\n${co}\n`).l('ADDRESS', addr(r, 'US', true))
      .t(`\nRouting ${r.pick(['021000021', '121000358'])} / acct ****${r.digits(4)}\n`);
  },
  // 28 Credit check result
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`CREDIT DECISION ${r.pick(['APPROVED', 'REFER', 'DEPOSIT REQUIRED'])}\nName: `).l('PERSON', `${p.f.toUpperCase()}, ${p.g.toUpperCase()}`).t('\nSSN: ').l('NATIONAL_ID', ssn(r))
      .t('  DOB: ').l('DOB', dob(r, 'US')).t('\nAddr: ').l('ADDRESS', addr(r, 'US', false)).t(`\nScore band: ${r.int(540, 820)}  Bureau ref ${letters(r, 2)}${r.digits(9)}\n`);
  },
  // 29 Collections letter
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'IE']); const p = pc(r, cc);
    d.t(`${r.pick(CARRIERS)} Collections\n\n`).l('PERSON', full(p)).t('\n').l('ADDRESS', addr(r, cc, true)).t(`\n\n${recent(r, cc)}\n\nDear ${hon(r, cc)} `).l('PERSON', p.f)
      .t(`,\n\nYour account ${r.digits(9)} is ${r.int(30, 120)} days past due. Call us on `).l('PHONE', phone(r, cc)).t(` to arrange payment. Our invoice INV-${r.digits(7)} dated ${recent(r, cc)} remains open.\n`);
  },
  // 30 Parental consent for a minor's line
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'DE', 'FR', 'ES']); const par = pc(r, cc); const kid = person(r, r.pick(CC_CULT[cc]));
    d.t(`Parental consent — line for a minor\nParent/guardian: `).l('PERSON', full(par)).t(', born ').l('DOB', dob(r, cc)).t(`\nChild: `).l('PERSON', `${kid.g} ${par.f}`)
      .t(', date of birth ').l('DOB', date(r, cc, 2010, 2016)).t('\nGuardian phone: ').l('PHONE', phone(r, cc)).t(`\nContent filter: ON  Spend cap: 10.00\n`);
  },
  // 31 Deceased account closure
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'US', 'AU', 'IE']); const dec = pc(r, cc); const kin = pc(r, cc);
    d.t(`Bereavement closure\nAccount holder (deceased): `).l('PERSON', full(dec)).t('\nDate of birth: ').l('DOB', dob(r, cc)).t(`\nDate of death: ${recent(r, cc)}\nLast address:\n`)
      .l('ADDRESS', addr(r, cc, true)).t('\nExecutor: ').l('PERSON', full(kin)).t(', ').l('EMAIL', email(r, kin)).t('\n');
  },
  // 32 UK ombudsman complaint (self)
  (r, d) => {
    const p = pc(r, 'GB');
    d.t(`Complaint to the Communications Ombudsman\nComplainant: `).self(full(p)).t(`\nProvider: ${r.pick(CARRIERS)}\nI was promised a ${r.pick(HANDSETS)} upgrade by a store assistant called `)
      .l('PERSON', pc(r, 'GB').g).t(` but my bill went up by £${r.int(5, 40)} a month. Deadlock letter dated ${recent(r, 'GB')}.\nReach me at `).l('PHONE', phone(r, 'GB')).t(' or ').l('EMAIL', email(r, p)).t('.\n');
  },
  // 33 IT roaming disdetta (self)
  (r, d) => {
    const p = pc(r, 'IT');
    d.t(`Oggetto: reclamo roaming e disdetta\n\nIo sottoscritto/a `).self(full(p)).t(`, nato/a il `).l('DOB', dob(r, 'IT')).t(`, codice fiscale ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}, residente in `)
      .l('ADDRESS', addr(r, 'IT', false)).t(`, titolare della linea `).l('PHONE', phone(r, 'IT')).t(`, contesto gli addebiti di roaming in Svizzera e chiedo il rimborso sull'IBAN `)
      .l('IBAN', iban(r, 'IT')).t(`.\n\nDistinti saluti\n`).self(full(p)).t('\n');
  },
  // 34 Retention call notes
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'CA', 'AU']); const p = pc(r, cc);
    d.t(`Retention note: `).l('PERSON', form(r, p)).t(` threatening to port to ${r.pick(CARRIERS)} over a ${r.int(10, 30)}% cheaper offer. Offered loyalty credit; will call back on `)
      .l('PHONE', phone(r, cc)).t(`. Grant of 3 months half price approved by supervisor `).l('PERSON', pc(r, cc).f).t(`.\n`);
  },
  // 35 Number change request
  (r, d) => {
    const cc = r.pick(ALL_CC); const p = pc(r, cc);
    d.t(`Number change request by `).l('PERSON', full(p)).t(`\nOld number: `).l('PHONE', phone(r, cc)).t(`\nNew number: `).l('PHONE', phone(r, cc)).t(`\nReason: nuisance calls from ${maskedPhone(r)}\n`);
  },
  // 36 Fibre technician visit
  (r, d) => {
    const cc = r.pick<CC>(['FR', 'ES', 'DE', 'IT', 'PL', 'SE']); const p = pc(r, cc); const t = pc(r, cc);
    d.t(`Fibre install job #${r.digits(7)}\nSite:\n`).l('ADDRESS', addr(r, cc, true)).t(`\nAccess: blue gate beside the pharmacy, 3rd floor, room 12\nOn-site contact: `).l('PERSON', full(p))
      .t(' — ').l('PHONE', phone(r, cc)).t(`\nTechnician: `).l('PERSON', t.g).t(`\nONT serial ${letters(r, 4)}${r.digits(8)}, mgmt IP `).l('IP', ipv4(r)).t('\n');
  },
  // 37 E-mail thread with signatures
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'US', 'IE', 'AU']); const a = pc(r, cc); const b = pc(r, cc);
    d.t(`Hi `).l('PERSON', b.g).t(`,\n\nCan you approve the porting exception for the Hill Street branch? ${noise(r)}.\n\nBest,\n`).l('PERSON', full(a))
      .t(`\n${r.pick(STAFF_TITLES)} | ${r.pick(CARRIERS)}\nM: `).l('PHONE', phone(r, cc)).t(' | E: ').l('EMAIL', email(r, a)).t(`\n\n> On ${recent(r, cc)}, `).l('PERSON', full(b))
      .t(' wrote:\n> Please loop in ').l('EMAIL', roleMail(r)).t(' first.\n');
  },
  // 38 Store manager Slack message
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'CA']); const a = pc(r, cc); const b = pc(r, cc);
    d.t(`#store-${r.int(100, 999)} @${fold(a.g)}${r.int(1, 99)}: shoutout to `).l('PERSON', a.g).t(` for closing 6 activations today 🎉 and to `).l('PERSON', `${b.g} ${b.f.charAt(0)}.`)
      .t(` for sorting the ${r.pick(NAMED_THINGS)} demo unit. Reminder: hope everyone can grab a shift on the 24th.\n`);
  },
  // 39 Social DM complaint (self)
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'NG', 'KE', 'ZA', 'PH']); const p = pc(r, cc);
    d.t(`DM to @${fold(r.pick(CARRIERS))}care: this is `).self(full(p)).t(`, 3rd time asking!! my number `).l('PHONE', phone(r, cc))
      .t(` got ported out without my consent. I never asked for a PAC. Account email `).l('EMAIL', email(r, p)).t(`. @${fold(p.g)}_${r.int(1, 99)} is my handle, check my posts\n`);
  },
  // 40 Survey free text
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'AU']); const s = person(r, 'en');
    d.t(`NPS ${r.int(0, 10)} — "`).l('PERSON', s.g).t(` at the ${r.pick(['mall', 'high street', 'airport'])} store was great, will come back. Bill is still confusing though. You can reach me on `)
      .l('PHONE', phone(r, cc)).t(` if needed." [${store(r)}]\n`);
  },
  // 41 FR résiliation letter (self)
  (r, d) => {
    const p = pc(r, 'FR');
    d.self(full(p)).t('\n').l('ADDRESS', addr(r, 'FR', true)).t('\n').l('PHONE', phone(r, 'FR')).t(`\n\n${r.pick(CARRIERS)}\nService Résiliation\n${r.pick(['TSA 40115', 'CS 90012'])}\n\nObjet : résiliation — ligne `)
      .l('PHONE', phone(r, 'FR')).t(`\n\nMadame, Monsieur,\nJe vous prie de résilier mon abonnement (RIO : ${r.digits(2)}P${r.digits(9)}). Merci de rembourser le dépôt de garantie sur le compte `)
      .l('IBAN', iban(r, 'FR')).t('.\n');
  },
  // 42 PL umowa
  (r, d) => {
    const p = pc(r, 'PL');
    d.t(`Umowa o świadczenie usług telekomunikacyjnych nr ${r.digits(6)}/${r.int(2023, 2025)}\nAbonent: ${hon(r, 'PL')} `).l('PERSON', full(p)).t(`\nPESEL: ${r.digits(11)}\nAdres: `)
      .l('ADDRESS', addr(r, 'PL', false)).t('\nData urodzenia: ').l('DOB', dob(r, 'PL')).t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t('\nRachunek do zwrotu: ').l('IBAN', iban(r, 'PL')).t('\n');
  },
  // 43 TR store
  (r, d) => {
    const p = pc(r, 'TR');
    d.t(`Mağaza kaydı — ${recent(r, 'TR')}\nMüşteri: `).l('PERSON', full(p)).t(`\nTC Kimlik No: ${r.digits(11)}\nDoğum tarihi: `).l('DOB', dob(r, 'TR')).t('\nGSM: ').l('PHONE', phone(r, 'TR'))
      .t('\nAdres: ').l('ADDRESS', addr(r, 'TR', false)).t(`\nİşlem: faturalıya geçiş, ${r.pick(HANDSETS)} taksitli\n`);
  },
  // 44 AE store
  (r, d) => {
    const p = pc(r, 'AE');
    d.t(`Walk-in at Mall of the Emirates kiosk\nName: `).l('PERSON', form(r, p)).t(`\nEmirates ID: 784-${r.int(1960, 2004)}-${r.digits(7)}-${r.digits(1)}\nMobile: `).l('PHONE', phone(r, 'AE'))
      .t('\nMailing: ').l('ADDRESS', addr(r, 'AE', false)).t(`\nRequest: roaming pack for Hajj season, ${noise(r)}\n`);
  },
  // 45 NG NIN linkage
  (r, d) => {
    const p = pc(r, 'NG');
    d.t(`NIN–SIM linkage form\nSurname: `).l('PERSON', p.f.toUpperCase()).t('   First name: ').l('PERSON', p.g).t(`\nNIN: ${r.digits(11)}\nDate of birth: `).l('DOB', dob(r, 'NG'))
      .t('\nPhone: ').l('PHONE', phone(r, 'NG')).t('\nResidential address: ').l('ADDRESS', addr(r, 'NG', false)).t('\n');
  },
  // 46 PH SIM registration
  (r, d) => {
    const p = pc(r, 'PH');
    d.t(`SIM Registration Act (RA 11934) form\nFull name: `).l('PERSON', `${p.f}, ${p.g}`).t('\nBirthday: ').l('DOB', dob(r, 'US')).t('\nAddress: ').l('ADDRESS', addr(r, 'PH', false))
      .t('\nSIM number: ').l('PHONE', phone(r, 'PH')).t(`\nID presented: UMID ${r.digits(4)}-${r.digits(7)}-${r.digits(1)}\n`);
  },
  // 47 KE mobile money top-up SMS
  (r, d) => {
    const p = pc(r, 'KE'); const q = pc(r, 'KE');
    d.t(`${letters(r, 3)}${r.digits(7)} Confirmed. Ksh${r.int(50, 5000)}.00 airtime bought for `).l('PHONE', phone(r, 'KE')).t(` (`).l('PERSON', full(p).toUpperCase())
      .t(`) on ${recent(r, 'KE')}. Sent by `).l('PERSON', full(q).toUpperCase()).t(`. New balance Ksh${r.int(10, 9000)}.\n`);
  },
  // 48 Device unlock request
  (r, d) => {
    const cc = r.pick(ALL_CC); const p = pc(r, cc);
    d.t(`Unlock request\nIMEI: ${imei(r)}\nRequested by: `).l('PERSON', form(r, p)).t(`\nEmail: `).l('EMAIL', email(r, p)).t(`\nLine: `).l('PHONE', phone(r, cc))
      .t(`\nStatus: ${r.pick(['eligible', 'pending 60-day rule', 'blocked — financed'])}\n`);
  },
  // 49 Warranty repair intake
  (r, d) => {
    const cc = r.pick<CC>(['DE', 'NL', 'SE', 'IE', 'GB']); const p = pc(r, cc);
    d.t(`Repair intake RMA-${r.digits(6)} — ${r.pick(HANDSETS)} (${r.pick(['cracked screen', 'no boot', 'water damage'])})\nOwner: `).l('PERSON', full(p))
      .t('\nCallback: ').l('PHONE', phone(r, cc)).t('\nReturn to:\n').l('ADDRESS', addr(r, cc, true)).t(`\nSerial ${letters(r, 2)}${r.digits(10)}; ${noise(r)}\n`);
  },
  // 50 Refund request with IBAN (self)
  (r, d) => {
    const cc = r.pick<CC>(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'PL', 'SE']); const p = pc(r, cc);
    const ib = r.pick(['BE', 'AT', 'PT', 'FI', 'GR', 'LU', 'CH', cc]);
    d.t(`Hi, this is `).self(full(p)).t(`. I closed my prepaid line `).l('PHONE', phone(r, cc)).t(` and want the ${r.int(5, 80)} € balance back. My IBAN is `).l('IBAN', iban(r, ib))
      .t(` (not ${badIban(r, ib)} which I sent by mistake yesterday).\n`);
  },
  // 51 SMS gateway log
  (r, d) => {
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const cc = r.pick(ALL_CC);
      d.t(`${stamp(r)} smsc=${r.pick(['SMSC-FRA-2', 'SMSC-LHR-1', 'SMSC-SIN-3'])} from=${r.pick(['VELARO', 'BANKOTP', '72583'])} to=`).l('PHONE', phone(r, cc))
        .t(` status=${r.pick(['DELIVRD', 'UNDELIV', 'EXPIRED'])} msgid=${r.digits(12)} src_ip=`).l('IP', ip(r)).t('\n');
    }
  },
  // 52 CSV export of store sign-ups
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'AU', 'CA']);
    d.t('signup_id,customer_name,phone,email,dob,store\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = pc(r, cc);
      d.t(`${r.digits(6)},"`).l('PERSON', `${p.f}, ${p.g}`).t('",').l('PHONE', phone(r, cc)).t(',').l('EMAIL', email(r, p)).t(',').l('DOB', dob(r, 'ISO')).t(`,${r.int(100, 999)}\n`);
    }
  },
  // 53 CA bilingual contract
  (r, d) => {
    const p = pc(r, 'CA');
    d.t(`Entente de service / Service agreement\nAbonné / Subscriber: `).l('PERSON', full(p)).t('\nAdresse / Address:\n').l('ADDRESS', addr(r, 'CA', true))
      .t('\nTél. / Tel.: ').l('PHONE', phone(r, 'CA')).t('\nDate de naissance / Date of birth: ').l('DOB', dob(r, 'CA')).t(`\nCCTS complaint ref ${r.digits(8)}\n`);
  },
  // 54 SE contract
  (r, d) => {
    const p = pc(r, 'SE');
    d.t(`Abonnemangsavtal\nNamn: `).l('PERSON', full(p)).t(`\nPersonnummer: ${r.int(19, 20)}${r.digits(6)}-${r.digits(4)}\nAdress: `).l('ADDRESS', addr(r, 'SE', false))
      .t('\nMobil: ').l('PHONE', phone(r, 'SE')).t('\nAutogiro IBAN: ').l('IBAN', iban(r, 'SE')).t('\n');
  },
  // 55 ZA RICA registration
  (r, d) => {
    const p = pc(r, 'ZA');
    d.t(`RICA registration\nName: `).l('PERSON', full(p)).t(`\nSA ID: ${r.digits(13)}\nResidential address:\n`).l('ADDRESS', addr(r, 'ZA', true)).t('\nCell: ').l('PHONE', phone(r, 'ZA'))
      .t(`\nAgent: `).l('PERSON', pc(r, 'ZA').g).t('\n');
  },
  // 56 DE LLM assistant chat (self)
  (r, d) => {
    const p = pc(r, 'DE');
    d.t(`Kunde: Guten Tag, ich bin `).self(full(p)).t(` und möchte meinen Tarif wechseln. Meine Nummer ist `).l('PHONE', phone(r, 'DE'))
      .t(`.\nAssistent: Gern! Zur Verifizierung: Wie lautet Ihr Geburtsdatum?\nKunde: `).l('DOB', dob(r, 'DE')).t(`\nAssistent: Danke, Herr/Frau `).l('PERSON', p.f)
      .t(`. Der Tarif „Max Plan“ ist ab ${recent(r, 'DE')} verfügbar.\n`);
  },
  // 57 Web chat with metadata
  (r, d) => {
    const cc = r.pick(ALL_CC); const p = pc(r, cc);
    d.t(`--- chat session ${r.digits(9)} | client_ip=`).l('IP', ip(r)).t(` | ua=Mozilla/5.0 Chrome/${r.int(110, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)} ---\n`)
      .t(`visitor: hi it's `).self(full(p)).t(` again, the card I used was `).l('CARD', card(r)).t(` and it got declined\nbot: I'm sorry, `).l('PERSON', p.g)
      .t(`. For your security please don't share full card numbers here.\n`);
  },
  // 58 ID mismatch alert
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL']); const p = pc(r, cc); const q = pc(r, cc);
    d.t(`ID MISMATCH at ${store(r)}: presented licence name `).l('PERSON', full(p)).t(` vs account name `).l('PERSON', full(q))
      .t(`. DOB on ID `).l('DOB', dob(r, cc)).t(`. Upgrade on `).l('PHONE', phone(r, cc)).t(` refused. Terminal IP `).l('IP', ipv4(r)).t('.\n');
  },
  // 59 Chargeback
  (r, d) => {
    const cc = r.pick<CC>(['US', 'GB', 'CA', 'AU']); const p = pc(r, cc);
    d.t(`Chargeback notice CB-${r.digits(8)}\nCardholder: `).l('PERSON', full(p).toUpperCase()).t('\nCard: ').l('CARD', card(r)).t(`\nReason code ${r.pick(['10.4', '13.1', '4837'])}, amount ${r.int(20, 900)}.${r.digits(2)}\nBilling address: `)
      .l('ADDRESS', addr(r, cc, false)).t(`\nAcquirer ref ${r.digits(23)}\n`);
  },
  // 60 Referral
  (r, d) => {
    const cc = r.pick(ALL_CC); const a = pc(r, cc); const b = pc(r, cc);
    d.t(`Refer-a-friend: `).l('PERSON', full(a)).t(` (`).l('EMAIL', email(r, a)).t(`) referred `).l('PERSON', full(b)).t(` (`).l('EMAIL', email(r, b))
      .t(`). Bonus ${r.int(10, 50)} credits once ${r.pick(['she', 'he', 'they'])} activates. Code ${letters(r, 3)}-${r.digits(4)}\n`);
  },
  // 61 Appointment reschedule SMS
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'US', 'IE', 'NL', 'DE']); const p = pc(r, cc);
    d.t(`${r.pick(CARRIERS)}: Hi `).l('PERSON', p.g).t(`, your store visit moved to ${recent(r, cc)} 11:30 at `).l('ADDRESS', addr(r, cc, false))
      .t(`. Reply STOP to opt out. Not you? Call `).l('PHONE', phone(r, cc)).t('\n');
  },
  // 62 US port-out authorization
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`PORT-OUT VALIDATION (LSR ${r.digits(10)})\nRequested TN: `).l('PHONE', phone(r, 'US')).t(`\nEnd user: `).l('PERSON', full(p)).t(`\nSSN verify: `).l('NATIONAL_ID', ssn(r))
      .t(` (match)  DOB verify: `).l('DOB', dob(r, 'US')).t(`\nService address: `).l('ADDRESS', addr(r, 'US', false)).t(`\nFOC date: ${recent(r, 'US')}\n`);
  },
  // 63 Core network log with IPv6
  (r, d) => {
    d.t(`${stamp(r)} pgw-${r.int(1, 9)} create-session imsi=${r.pick(['310260', '234150'])}${r.digits(9)} apn=internet ue_ipv6=`).l('IP', ipv6(r))
      .t(` ue_ipv4=`).l('IP', ipv4(r)).t(` sgw=`).l('IP', ipv4(r)).t(` rat=NR ${noise(r)}\n`);
    if (r.chance(0.5)) d.t(`${stamp(r)} pcrf policy=${r.pick(['Max Plan', 'Darwin Data Pack'])} applied to msisdn `).l('PHONE', phone(r, r.pick(ALL_CC))).t('\n');
  },
  // 64 Voicemail transcription
  (r, d) => {
    const a = pc(r, 'US'); const p = pc(r, 'US');
    d.t(`Voicemail (transcribed): "Hi, this is `).l('PERSON', a.g).t(` from ${r.pick(CARRIERS)} calling for `).l('PERSON', full(p))
      .t(` about your trade-in. Please call me back at `).l('PHONE', spokenPhone(r)).t(`, or at `).l('PHONE', phone(r, 'US')).t(` extension ${r.int(100, 999)}. Thanks, bye."\n`);
  },
  // 65 Formal letter with recipient block
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'DE', 'NL', 'IE', 'AU', 'US']); const p = pc(r, cc);
    d.t(`${r.pick(CARRIERS)} Ltd\nCustomer Relations\n\n`).l('PERSON', full(p)).t(`\n${r.pick(['Baker & Price Solicitors', 'c/o Hill Accountancy', 'Love Lane Pharmacy'])}\n`).l('ADDRESS', addr(r, cc, true))
      .t(`\n\nOur ref: ${letters(r, 2)}/${r.digits(6)}\n\nDear ${hon(r, cc)} `).l('PERSON', p.f).t(`,\nFurther to your call about `).l('PHONE', phone(r, cc))
      .t(`, we have cancelled the ${r.pick(NAMED_THINGS)} bundle. Your direct debit from `).l('IBAN', iban(r, r.pick(['DE', 'NL', 'IE', 'GB', 'BE'])))
      .t(` will stop.\n`);
  },
  // 66 Hyphenated / broken value note (split values unlabelled), plus clean values
  (r, d) => {
    const cc = r.pick<CC>(['GB', 'US', 'AU']); const p = pc(r, cc);
    const ph = phone(r, cc).replace(/\s/g, '');
    const cut = Math.floor(ph.length / 2);
    d.t(`Store notes (copied from the old ticketing tool, lines wrap):\nCustomer `).l('PERSON', full(p)).t(` left a number ${ph.slice(0, cut)}-\n${ph.slice(cut)} and asked for a callback. SSN shown on screen as ${fakeSsnLike(r)}.\nCard on file ${maskedCard(r)}, email `)
      .l('EMAIL', email(r, p)).t('.\n');
  },
  // 67 US counter identity check
  (r, d) => {
    const p = pc(r, 'US'); const a = pc(r, 'US');
    d.t(`ID check @ ${store(r)}\nCustomer: `).l('PERSON', form(r, p)).t(`\nDL# ${letters(r, 1)}${r.digits(7)} (state issued, exp ${recent(r, 'US')})\nSSN keyed: `).l('NATIONAL_ID', ssn(r))
      .t('\nDOB: ').l('DOB', dob(r, 'US')).t('\nDown payment card: ').l('CARD', card(r)).t(`\nChecked by `).l('PERSON', `${a.g} ${a.f.charAt(0)}.`).t('\n');
  },
  // 68 US LLM chat where the user over-shares (self)
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`You: hi im `).self(full(p)).t(` and i want to upgrade but the app keeps asking for my social. it's `).l('NATIONAL_ID', ssn(r))
      .t(`\nAssistant: Thanks, but please don't share your Social Security number in chat — I've hidden it from the transcript. For upgrades I only need the account PIN.\nYou: ok. also charge the ${r.pick(HANDSETS)} to `)
      .l('CARD', card(r)).t(`\nAssistant: I can't take card numbers here either; I'll send a secure link to the email on file.\n`);
  },
  // 69 Payment arrangement call notes
  (r, d) => {
    const cc = r.pick<CC>(['US', 'CA', 'GB', 'AU', 'IE']); const p = pc(r, cc);
    d.t(`Payment arrangement: `).l('PERSON', full(p)).t(` agreed ${r.int(2, 6)} instalments of ${r.int(20, 120)}.00. Card `).l('CARD', card(r))
      .t(` stored for autopay (previous ${maskedCard(r)} expired). Confirmation sent to `).l('PHONE', phone(r, cc)).t('.\n');
  },
  // 70 US identity-theft affidavit (self)
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`Fraudulent account affidavit\nI, `).self(full(p)).t(`, declare that the line `).l('PHONE', phone(r, 'US')).t(` and the ${r.pick(HANDSETS)} financed on ${recent(r, 'US')} were opened without my consent.\nMy SSN: `)
      .l('NATIONAL_ID', ssn(r)).t('   Date of birth: ').l('DOB', dob(r, 'US')).t('\nMy address: ').l('ADDRESS', addr(r, 'US', false))
      .t(`\nFTC report no. ${r.digits(9)}; police case ${r.digits(2)}-${r.digits(6)}.\n`);
  },
  // 71 Prepaid-to-postpaid conversion
  (r, d) => {
    const p = pc(r, 'US');
    d.t(`CONVERSION prepaid→postpaid | TN `).l('PHONE', phone(r, 'US')).t(` | subscriber `).l('PERSON', full(p).toUpperCase()).t(` | ssn `).l('NATIONAL_ID', ssn(r))
      .t(` | first bill card `).l('CARD', card(r)).t(` | ${noise(r)}\n`);
  },
  // 72 Autopay enrolment
  (r, d) => {
    const cc = r.pick(ALL_CC); const p = pc(r, cc);
    d.t(`Autopay enrolment\nName on card: `).l('PERSON', full(p).toUpperCase()).t('\nCard number: ').l('CARD', card(r)).t(`\nExpiry ${p2(r.int(1, 12))}/${r.int(26, 31)}  CVV ***\nReceipt e-mail: `)
      .l('EMAIL', email(r, p)).t('\n');
  },
  // 73 US credit batch
  (r, d) => {
    d.t('batch_id|applicant|ssn|dob|decision\n');
    const n = r.int(2, 3);
    for (let i = 0; i < n; i++) {
      const p = pc(r, 'US');
      d.t(`${r.digits(5)}|`).l('PERSON', `${p.f.toUpperCase()} ${p.g.toUpperCase()}`).t('|').l('NATIONAL_ID', ssn(r)).t('|').l('DOB', dob(r, 'ISO')).t(`|${r.pick(['A', 'R', 'D'])}\n`);
    }
    d.t(`# bureau EIN ${ein(r)}; masked sample ${fakeSsnLike(r)}\n`);
  },
  // 74 Direct-debit account change (self)
  (r, d) => {
    const cc = r.pick<CC>(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'PL']); const p = pc(r, cc); const ib = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'PL', 'BE', 'AT', 'PT']);
    d.t(`Subject: new bank account for my bills\n\nPlease switch the direct debit for `).l('PHONE', phone(r, cc)).t(` from `).l('IBAN', iban(r, ib)).t(` to `).l('IBAN', iban(r, ib))
      .t(` from next month.\nRegards, `).self(full(p)).t('\n');
  },
  // 75 ES portabilidad with domiciliación
  (r, d) => {
    const p = pc(r, 'ES');
    d.t(`SOLICITUD DE PORTABILIDAD MÓVIL\nTitular: ${hon(r, 'ES')} `).l('PERSON', full(p)).t(`\nDNI/NIE: ${r.digits(8)}${letters(r, 1)}\nNúmero a portar: `).l('PHONE', phone(r, 'ES'))
      .t('\nDomicilio: ').l('ADDRESS', addr(r, 'ES', false)).t('\nDomiciliación bancaria: ').l('IBAN', iban(r, 'ES')).t(`\nFecha de solicitud: ${recent(r, 'ES')}\n`);
  },
];

// Hard negatives ----------------------------------------------------------------------------------------------
const NEG: Tpl[] = [
  (r, d) => {
    d.t(`Planned maintenance: cell sites ${r.pick(['Newton', 'Galileo', 'Marconi'])}-${r.int(1, 40)} and Tesla Park will be offline ${recent(r, 'GB')} 01:00–04:00. Firmware ${r.int(1, 19)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1, 99)} rolls out afterwards. Ticket CHG${r.digits(7)}.\n`);
  },
  (r, d) => {
    d.t(`Spring catalogue: ${r.pick(HANDSETS)} from 19.99/mo, Motorola edge bundle, Philips hearing-aid compatible handsets, Dell Latitude 5G laptops. Promo code GRACE${r.int(10, 99)} valid until ${recent(r, 'US')}. SKU ${r.digits(12)}.\n`);
  },
  (r, d) => {
    d.t(`Release notes v${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)} (build ${r.digits(5)}): fixed porting queue retry; bumped openssl to 3.${r.int(0, 4)}.${r.int(0, 9)}; commit ${[...Array(40)].map(() => r.int(0, 15).toString(16)).join('')}. Known issue in the Darwin module.\n`);
  },
  (r, d) => {
    d.t(`Compliance reminder: under RAY BAUM'S Act and Kari's Law every store phone must dial 911 directly and send a dispatchable location. Also review the Gramm-Leach-Bliley Act training by ${recent(r, 'US')}. Policy ${letters(r, 3)}-${r.digits(4)}.\n`);
  },
  (r, d) => {
    d.t(`Invoice INV-${r.digits(8)} dated ${recent(r, 'GB')}: 24 × screen protectors, total 312.00. Supplier EIN ${ein(r)}, routing ${r.pick(['021000021', '026009593'])}, account ${r.digits(10)}. Payment ref ${badIban(r)}.\n`);
  },
  (r, d) => {
    d.t(`Outage report: Storm Ciarán and later Hurricane Beryl damaged ${r.int(3, 90)} masts around St. Helens and Victoria. Restoration ETA ${recent(r, 'AU')}. Incident INC${r.digits(7)}, ${noise(r)}.\n`);
  },
  (r, d) => {
    d.t(`Planogram Q${r.int(1, 4)}: Team Phoenix sets up the Galaxy wall, Team Lincoln does accessories. Hope Street kiosk closes at 6. May figures due Friday. Store #${r.int(100, 999)} target ${r.int(80, 300)} activations.\n`);
  },
  (r, d) => {
    d.t(`Shipping manifest ${r.pick(['1Z', 'JD'])}${r.digits(14)}: ${r.int(10, 200)} × SIM kits (ICCID range ${iccid(r)} – ${iccid(r)}), ${r.int(2, 20)} × ${r.pick(HANDSETS)} (IMEI ${imei(r)} …). Dispatched ${recent(r, 'DE')}.\n`);
  },
  (r, d) => {
    d.t(`FAQ: Why does my bill show ${badCard(r)}? That is your internal billing reference, not a card. Your statement date is the ${r.int(1, 28)}th of each month. Version string 10.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} is the router firmware.\n`);
  },
  (r, d) => {
    d.t(`KPI dashboard ${recent(r, 'ISO')}: churn ${r.int(1, 3)}.${r.int(0, 9)}%, ARPU 34.${r.digits(2)}, port-ins ${r.int(100, 900)}, port-outs ${r.int(80, 700)}. Best store: Edison Mall. Award: Hedy Lamarr Award for network innovation.\n`);
  },
  (r, d) => {
    d.t(`Training module 4: never read a full card number back to a caller; confirm only the last four. Masked example: ${maskedCard(r)}; SSN example ${fakeSsnLike(r)}; phone ${maskedPhone(r)}. Parkinson's and Alzheimer's accessibility settings are under Settings > Accessibility.\n`);
  },
  (r, d) => {
    d.t(`IMEI blacklist batch ${r.digits(6)} processed ${stamp(r)}: ${imei(r)}, ${imei(r)}, ${imei(r)} — status GSMA-listed. Hash sha256:${[...Array(24)].map(() => r.int(0, 15).toString(16)).join('')}\n`);
  },
];

/** Generates corpus #55 for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent55Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent55Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT55_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT55_MIN_INSTANCES;
  const out: Independent55Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEG)(r, d);
    else {
      r.pick(POS)(r, d);
      if (r.chance(0.15)) d.t(`(${noise(r)})\n`);
    }
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}

/** Number of document templates (labelled and hard-negative). */
export const INDEPENDENT55_TEMPLATE_COUNT = POS.length + NEG.length;
