/**
 * @module privacy/pii-corpus-independent-19 — blind labelled PII corpus #19: everyday personal data of
 * small businesses and private people around the world, as pasted into an assistant.
 *
 * WRITTEN BLIND: the author read only the `Rng` class of `pii-corpus-values.ts`, `pii-corpus-checks.ts`,
 * the `PiiType` union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The author
 * did NOT read the detector, its tests, its patterns or name lists, any other corpus file, the docs or the
 * git history, and did not run the detector on this text. Every name, address, template and value was
 * invented for this file.
 *
 * Seeds: 190001, 190002, 190003 (see {@link INDEPENDENT19_SEEDS}).
 *
 * Contents: group chats (family, landlord, school, clinic, sports club, church and mosque groups) in
 * WhatsApp/Telegram/Signal/LINE/WeChat/KakaoTalk style, appointment reminders, OCR'd receipts and bills,
 * classified ads, CVs and cover letters, wedding and funeral notices, school and club registration forms,
 * community notices, courier messages and transcribed voice notes, in 24 languages and their scripts
 * with each country's conventions for names, phones, addresses and dates (27 country profiles, 75
 * labelled templates and 8 hard-negative templates); about one document in ten is a hard negative with no
 * personal data but look-alike traps (eponymous brands, places and diseases, order and tracking numbers,
 * hashes, versions, Luhn-invalid cards, invalid IBANs, EINs, routing numbers, masked values, non-birth dates).
 *
 * Labelling conventions: PERSON = human beings only, honorifics and possessive 's outside, one label
 * per contiguous name (given-only, surname-only, patronymic and compound forms included); brands,
 * places, streets named after people, diseases, handles and names inside e-mail addresses unlabelled.
 * EMAIL = every address, spoken addresses as the whole spoken span. PHONE = the number only (extension
 * outside), spoken numbers labelled, masked numbers not. CARD = Luhn-valid real network shapes only.
 * IBAN = checksum-valid and right length only. NATIONAL_ID = valid US SSNs only. IP = the address only
 * (port and brackets outside). ADDRESS = one label per full postal address, from the first street /
 * building / PO-box line to the last postcode / city / country line, recipient name separate. DOB = a
 * person's birth date only, cue words outside. Values broken by a line break or hyphenation unlabelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT19_SEEDS = [190001, 190002, 190003] as const;
export const INDEPENDENT19_MIN_INSTANCES = 2400;

/** A label carrying its exact text. */
export type Independent19Label = PiiLabel & { readonly value: string };
/** One document of split #19. */
export type Independent19Entry = PiiCorpusEntry & { readonly labels: readonly Independent19Label[] };

/** Builds a document while recording label offsets. */
class Doc {
  text = '';
  labels: Independent19Label[] = [];
  known: string[] = [];
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
  me(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

const KEY_TYPES: Readonly<Record<string, PiiType | 'ME'>> = {
  PERSON: 'PERSON', GIVEN: 'PERSON', SUR: 'PERSON', ME: 'ME', PHONE: 'PHONE', SPHONE: 'PHONE',
  ADDRESS: 'ADDRESS', ADDRM: 'ADDRESS', DOB: 'DOB', EMAIL: 'EMAIL', SEMAIL: 'EMAIL', IBAN: 'IBAN',
  CARD: 'CARD', SSN: 'NATIONAL_ID', IP: 'IP', IPV6: 'IP',
};

type Vals = Record<string, string>;

/** Appends a format string: `{UPPER_x}` slots are labelled by their prefix, `{lower}` slots are plain. */
function fill(d: Doc, fmt: string, v: Vals): void {
  const re = /\{([A-Za-z0-9_]+)\}/g;
  let last = 0;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    d.t(fmt.slice(last, m.index));
    const key = m[1] as string;
    const val = v[key];
    if (val === undefined) throw new Error(`independent-19: no value for ${key}`);
    const kind = KEY_TYPES[key.split('_')[0] as string];
    if (kind === 'ME') d.me(val);
    else if (kind) d.l(kind, val);
    else d.t(val);
    last = re.lastIndex;
  }
  d.t(fmt.slice(last));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const strip = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

// ---------------------------------------------------------------- checksummed values

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return String(c);
  return '0';
}

function cardNumber(r: Rng): { digits: string; groups: number[] } {
  const k = r.int(0, 7);
  const shapes: Array<[string, number, number[]]> = [
    ['4' + r.digits(5), 16, [4, 4, 4, 4]],
    [String(r.int(51, 55)) + r.digits(4), 16, [4, 4, 4, 4]],
    [String(r.int(2221, 2720)) + r.digits(2), 16, [4, 4, 4, 4]],
    [r.pick(['34', '37']) + r.digits(4), 15, [4, 6, 5]],
    ['6011' + r.digits(2), 16, [4, 4, 4, 4]],
    [String(r.int(3528, 3589)) + r.digits(2), 16, [4, 4, 4, 4]],
    ['62' + r.digits(4), 16, [4, 4, 4, 4]],
    [r.pick(['36', '38']) + r.digits(4), 14, [4, 6, 4]],
  ];
  const [pre, len, groups] = shapes[k] as [string, number, number[]];
  const body = pre + r.digits(len - 1 - pre.length);
  return { digits: body + luhnDigit(body), groups };
}

function group(d: string, groups: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(d.slice(i, i + g));
    i += g;
  }
  return out.join(sep);
}

function card(r: Rng): string {
  const c = cardNumber(r);
  const sep = r.pick([' ', ' ', '-', '']);
  return sep === '' ? c.digits : group(c.digits, c.groups, sep);
}

function badCard(r: Rng): string {
  const c = cardNumber(r);
  const last = (Number(c.digits.slice(-1)) + r.int(1, 9)) % 10;
  return group(c.digits.slice(0, -1) + String(last), c.groups, ' ');
}

function maskedCard(r: Rng): string {
  return r.pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ', '************']) + r.digits(4);
}

const BBAN: Readonly<Record<string, (r: Rng) => string>> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + r.digits(14),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => String.fromCharCode(65 + r.int(0, 25)) + r.digits(22),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + r.digits(10),
  PL: (r) => r.digits(24),
  PT: (r) => r.digits(21),
  TR: (r) => r.digits(22),
  SA: (r) => r.digits(20),
  AE: (r) => r.digits(19),
  GR: (r) => r.digits(23),
  SE: (r) => r.digits(20),
  BE: (r) => r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  BR: (r) => r.digits(23) + 'C' + String(r.int(1, 9)),
  AT: (r) => r.digits(16),
  CH: (r) => r.digits(17),
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
  const gen = BBAN[cc] ?? (BBAN.DE as (r: Rng) => string);
  const country = BBAN[cc] ? cc : 'DE';
  const bban = gen(r);
  const check = 98 - mod97(bban + country + '00');
  const iban = country + pad(check) + bban;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[country] !== iban.length) throw new Error(`bad IBAN ${iban}`);
  return iban;
}

function iban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const style = r.int(0, 5);
  if (style === 0) return c;
  const spaced = c.replace(/(.{4})/g, '$1 ').trim();
  return style === 5 ? spaced.toLowerCase() : spaced;
}

function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const chk = (Number(c.slice(2, 4)) + r.int(1, 40)) % 97;
  const wrong = c.slice(0, 2) + pad(chk === Number(c.slice(2, 4)) ? (chk + 1) % 97 : chk) + c.slice(4);
  return wrong.replace(/(.{4})/g, '$1 ').trim();
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${pad(area, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
  const k = r.int(0, 9);
  return k === 0 ? s.replace(/-/g, '') : k === 1 ? s.replace(/-/g, ' ') : s;
}

function ipv4(r: Rng): string {
  const k = r.int(0, 3);
  if (k === 0) return `192.168.${r.int(0, 5)}.${r.int(2, 254)}`;
  if (k === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const h = (): string => r.int(1, 0xffff).toString(16);
  return r.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`;
}

// ---------------------------------------------------------------- cultures

const W = (s: string): string[] => s.split(' ');
const MONTHS: Readonly<Record<string, string[]>> = {
  en: W('January February March April May June July August September October November December'),
  es: W('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  pt: W('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  fr: W('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  de: W('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  it: W('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  id: W('Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'),
  nl: W('januari februari maart april mei juni juli augustus september oktober november december'),
  tr: W('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
  pl: W('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  sv: W('januari februari mars april maj juni juli augusti september oktober november december'),
  th: W('ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'),
};

interface Culture {
  readonly id: string;
  readonly lang: string;
  readonly given: readonly string[];
  readonly sur: readonly string[];
  /** Romanised tokens for e-mail local parts (non-Latin scripts). */
  readonly rom?: readonly string[];
  readonly name: (r: Rng, c: Culture) => string;
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng, multi: boolean) => string;
  readonly dob: (r: Rng, y: number, m: number, d: number) => string;
  readonly iban: string;
  readonly domains: readonly string[];
  readonly cities: readonly string[];
}

const westName = (r: Rng, c: Culture): string => `${r.pick(c.given)} ${r.pick(c.sur)}`;
const dmy = (sep: string) => (_r: Rng, y: number, m: number, d: number): string => `${pad(d)}${sep}${pad(m)}${sep}${y}`;
const worded = (lang: string, de = ' ') => (r: Rng, y: number, m: number, d: number): string =>
  r.chance(0.5) ? `${d}${de}${(MONTHS[lang] as string[])[m - 1]}${de}${y}` : `${pad(d)}/${pad(m)}/${y}`;

const C: Culture[] = [
  {
    id: 'us', lang: 'en', iban: 'DE',
    given: W('Rose Hope Will Bill Grant May Guy Tyler Brianna Jamal Deshawn Kayla Megan Cody Dakota Hunter Faith Shirley Earl Dolores Marcus'),
    sur: W('Whitfield Kowalczyk Brandt Tolliver Washington Hargrove Pruitt Castellano Nguyen-Baker McAllister Dunbar Ridley Fairchild Oakes Grimaldi Yellowhorse Szymanski Hollis Bird'),
    name: (r, c) => (r.chance(0.15) ? `${r.pick(c.given)} ${String.fromCharCode(65 + r.int(0, 25))}. ${r.pick(c.sur)}` : westName(r, c)),
    phone: (r) => {
      const a = `${r.int(2, 9)}${r.digits(2)}`, b = `${r.int(2, 9)}${r.digits(2)}`, n = r.digits(4);
      return r.pick([`(${a}) ${b}-${n}`, `${a}-${b}-${n}`, `+1 ${a} ${b} ${n}`, `${a}.${b}.${n}`]);
    },
    addr: (r, multi) => {
      const st = `${r.int(12, 9870)} ${r.pick(W('Magnolia Sycamore Pecan Willow Ridgecrest Bluebonnet Harmon Larkspur'))} ${r.pick(W('St Ave Rd Dr Ln Blvd Ct'))}`;
      const tail = r.pick(['Tulsa, OK 741', 'Dayton, OH 454', 'Fresno, CA 937', 'Macon, GA 312', 'Boise, ID 837', 'Lowell, MA 018']) + r.digits(2);
      const unit = r.chance(0.3) ? ` Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
      return multi ? `${st}${unit}\n${tail}` : `${st}${unit}, ${tail}`;
    },
    dob: (r, y, m, d) => r.pick([`${pad(m)}/${pad(d)}/${y}`, `${(MONTHS.en as string[])[m - 1]} ${d}, ${y}`, `${m}/${d}/${String(y).slice(2)}`]),
    domains: W('gmail.com yahoo.com outlook.com icloud.com aol.com comcast.net'),
    cities: W('Tulsa Dayton Fresno Macon Boise Lowell'),
  },
  {
    id: 'uk', lang: 'en', iban: 'GB',
    given: W('Siobhan Callum Poppy Rhys Niamh Alfie Imogen Harvey Bethan Declan Ffion Dawn Mark Jade'),
    sur: W('Pemberton Ashworth Okonjo-Reid Llewellyn Crabtree Mulholland Entwistle Fairbairn Haddow Pickering Summerbee Gooch Thistlewood Baker Gardner'),
    name: westName,
    phone: (r) => r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `0161 ${r.digits(3)} ${r.digits(4)}`, `01${r.digits(3)} ${r.digits(6)}`]),
    addr: (r, multi) => {
      const st = `${r.int(1, 240)} ${r.pick(W('Larch Hawthorn Kingfisher Bramble Orchard Tanner'))} ${r.pick(['Close', 'Road', 'Lane', 'Crescent', 'Mews'])}`;
      const pc = `${r.pick(['SK4', 'LS6', 'BS3', 'CF24', 'NE6', 'G12'])} ${r.int(1, 9)}${r.pick(['QT', 'AB', 'HX', 'JL', 'NW'])}`;
      const town = r.pick(['Stockport', 'Leeds', 'Bristol', 'Cardiff', 'Newcastle upon Tyne', 'Glasgow']);
      return multi ? `${st}\n${town}\n${pc}` : `${st}, ${town} ${pc}`;
    },
    dob: worded('en'),
    domains: W('btinternet.com gmail.com hotmail.co.uk sky.com'),
    cities: W('Stockport Leeds Bristol Cardiff Glasgow'),
  },
  {
    id: 'ng', lang: 'en', iban: 'GB',
    given: W('Chukwuemeka Blessing Precious Sunday Oluwaseun Ngozi Adaeze Tunde Ifeoma Babajide Godswill Funmilayo'),
    sur: W('Okafor Adeyemi Nwachukwu Balogun Eze Ogunleye Chukwu Adebayo Olawale Nnamdi-Obi Akintola Bello Ibekwe'),
    name: (r, c) => (r.chance(0.3) ? `${r.pick(c.given)} ${r.pick(c.given)} ${r.pick(c.sur)}` : westName(r, c)),
    phone: (r) => r.pick([`0803 ${r.digits(3)} ${r.digits(4)}`, `+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `0706${r.digits(7)}`]),
    addr: (r, multi) => {
      const st = `${r.int(2, 88)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way', 'Ojuelegba Road', 'Ikwerre Road'])}`;
      const tail = r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Yaba, Lagos 101212', 'Port Harcourt, Rivers State', 'Wuse 2, Abuja 904101']);
      return multi ? `${st}\n${tail}` : `${st}, ${tail}`;
    },
    dob: worded('en'),
    domains: W('gmail.com yahoo.com'),
    cities: W('Lagos Abuja Ibadan Enugu'),
  },
  {
    id: 'ke', lang: 'sw', iban: 'GB',
    given: W('Wanjiru Otieno Akinyi Kamau Njeri Mwangi Chebet Kiprono Achieng Baraka Zawadi Imani'),
    sur: W('Odhiambo Wafula Mutua Kariuki Ndungu Cheruiyot Omondi Nyambura Kipchoge Wekesa Kimani Rotich'),
    name: westName,
    phone: (r) => r.pick([`07${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `0722${r.digits(6)}`]),
    addr: (r, multi) => {
      const box = `P.O. Box ${r.int(100, 9999)}-00${r.pick(['100', '200', '606', '509'])}`;
      const town = r.pick(['Nairobi', 'Kisumu', 'Nakuru', 'Eldoret']);
      return multi ? `${box}\n${town}` : `${box}, ${town}`;
    },
    dob: dmy('/'),
    domains: W('gmail.com yahoo.com'),
    cities: W('Nairobi Kisumu Nakuru Eldoret Mombasa'),
  },
  {
    id: 'in', lang: 'hi', iban: 'GB',
    given: W('Priya Rohan Ananya Vikram Lakshmi Arjun Kavya Suresh Meenakshi Rahul Divya Sanjay'),
    sur: W('Iyer Deshpande Chatterjee Reddy Malhotra Venkataraman Kulkarni Bhattacharya Nair Srinivasan Gupta Pillai Joshi Banerjee'),
    name: (r, c) => (r.chance(0.2) ? `${String.fromCharCode(65 + r.int(0, 25))}. ${r.pick(c.given)} ${r.pick(c.sur)}` : westName(r, c)),
    phone: (r) => r.pick([`9${r.digits(4)} ${r.digits(5)}`, `+91 ${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `+91-${r.int(6, 9)}${r.digits(9)}`]),
    addr: (r, multi) => {
      const a = `Flat ${r.int(101, 904)}, ${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Shanti Niketan Society'])}`;
      const b = `${r.int(1, 18)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Jayanagar'])}`;
      const c = `Bengaluru ${r.pick(['560038', '560034', '560041'])}`;
      return multi ? `${a}\n${b}\n${c}` : `${a}, ${b}, ${c}`;
    },
    dob: (r, y, m, d) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`, `${d} ${(MONTHS.en as string[])[m - 1]} ${y}`]),
    domains: W('gmail.com rediffmail.com yahoo.co.in'),
    cities: W('Bengaluru Pune Chennai Kolkata'),
  },
  {
    id: 'pk', lang: 'ur', iban: 'SA',
    given: W('Ayesha Bilal Hamza Zainab Usman Sana Fahad Mehwish Imran Hira Said'),
    sur: W('Qureshi Siddiqui Chaudhry Butt Abbasi Malik Rana Javed Shaikh Awan Mirza Gondal Khattak'),
    name: westName,
    phone: (r) => r.pick([`03${r.digits(2)} ${r.digits(7)}`, `+92 3${r.digits(2)} ${r.digits(7)}`, `03${r.digits(2)}-${r.digits(7)}`]),
    addr: (r, multi) => {
      const a = `House ${r.int(1, 300)}, Street ${r.int(1, 40)}, ${r.pick(['F-8/3', 'G-10/2', 'I-8/4'])}`;
      return multi ? `${a}\nIslamabad 44000` : `${a}, Islamabad 44000`;
    },
    dob: dmy('-'),
    domains: W('gmail.com hotmail.com'),
    cities: W('Lahore Karachi Islamabad'),
  },
  {
    id: 'bd', lang: 'bn', iban: 'GB',
    given: W('Tahmina Rafiq Nusrat Sakib Farhana Tanvir Rumana Shahriar Mitu Arif'),
    sur: W('Hossain Rahman Chowdhury Islam Akter Sarkar Talukder Bhuiyan Haque'),
    name: westName,
    phone: (r) => r.pick([`017${r.digits(2)}-${r.digits(6)}`, `+880 1${r.int(3, 9)}${r.digits(2)}-${r.digits(6)}`]),
    addr: (r, multi) => {
      const a = `House ${r.int(1, 90)}, Road ${r.int(1, 27)}, ${r.pick(['Dhanmondi', 'Mirpur 10', 'Uttara Sector 7'])}`;
      return multi ? `${a}\nDhaka ${r.pick(['1205', '1216', '1230'])}` : `${a}, Dhaka ${r.pick(['1205', '1216', '1230'])}`;
    },
    dob: dmy('/'),
    domains: W('gmail.com yahoo.com'),
    cities: W('Dhaka Chattogram Sylhet'),
  },
  {
    id: 'ph', lang: 'tl', iban: 'GB',
    given: W('Maricel Jhun Rowena Bong Lovely Joy Jerome Analyn Dindo Princess Marites'),
    sur: ['Dela Cruz', 'Macaraeg', 'Bautista', 'Villanueva', 'Pangilinan', 'Dimaculangan', 'Soriano', 'Mercado', 'Tolentino', 'delos Reyes'],
    name: (r, c) => (r.chance(0.2) ? `${r.pick(c.given)} ${r.pick(['Santos', 'Reyes', 'Lim'])} ${r.pick(c.sur)}` : westName(r, c)),
    phone: (r) => r.pick([`09${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(9)}`]),
    addr: (r, multi) => {
      const a = `Blk ${r.int(1, 30)} Lot ${r.int(1, 40)}, ${r.pick(['Sampaguita St.', 'Ilang-Ilang St.', 'Narra St.'])}`;
      const b = `Brgy. ${r.pick(['San Isidro', 'Malanday', 'Bagong Silang'])}, ${r.pick(['Quezon City 1100', 'Marikina 1800', 'Caloocan 1428'])}`;
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => r.pick([`${pad(m)}/${pad(d)}/${y}`, `${(MONTHS.en as string[])[m - 1]} ${d}, ${y}`]),
    domains: W('gmail.com yahoo.com'),
    cities: W('Quezon Cebu Davao'),
  },
  {
    id: 'es', lang: 'es', iban: 'ES',
    given: W('Lucía Javier Rocío Álvaro Inmaculada Iker Nerea Paco Montserrat Unai Consuelo Amparo'),
    sur: W('García Fernández Etxeberria Navarro Gil Ruiz Olmedo Castaño Iglesias Quintana Peña Soler Rosales Cordero'),
    name: (r, c) => `${r.pick(c.given)} ${r.pick(c.sur)} ${r.pick(c.sur)}`,
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const a = `C/ ${r.pick(['Almendro', 'Río Ebro', 'Pintor Sorolla', 'Olivos'])} ${r.int(1, 120)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`;
      const b = r.pick(['28012 Madrid', '46021 Valencia', '41003 Sevilla', '48007 Bilbao']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: worded('es', ' de '),
    domains: W('gmail.com hotmail.es telefonica.net'),
    cities: W('Madrid Valencia Sevilla Bilbao'),
  },
  {
    id: 'mx', lang: 'es', iban: 'ES',
    given: W('Guadalupe José Luis Ximena Itzel Rodrigo Fernanda Chuy Lupita Maricruz Emiliano'),
    sur: W('Hernández Ramírez Cuauhtémoc Villaseñor Orozco Zúñiga Salazar Treviño Arellano Meza'),
    name: (r, c) => `${r.pick(c.given)} ${r.pick(c.sur)} ${r.pick(c.sur)}`,
    phone: (r) => r.pick([`33 ${r.digits(4)} ${r.digits(4)}`, `+52 1 55 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `Calle ${r.pick(['Morelos', 'Hidalgo', 'Juárez', 'Pino Suárez'])} ${r.int(10, 999)}, Col. ${r.pick(['Centro', 'Americana', 'Del Valle'])}`;
      const b = r.pick(['44100 Guadalajara, Jal.', '03100 Ciudad de México, CDMX', '64000 Monterrey, N.L.']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: worded('es', ' de '),
    domains: W('gmail.com hotmail.com prodigy.net.mx'),
    cities: W('Guadalajara Monterrey Puebla'),
  },
  {
    id: 'br', lang: 'pt', iban: 'BR',
    given: W('João Pedro Thaís Gustavo Luana Raimundo Francisca Caio Jéssica Wellington Graça Vitória'),
    sur: W('Silva Oliveira Souza Carvalho Nascimento Albuquerque Figueiredo Barbosa Moura Rocha Pires Teixeira Campos Santana'),
    name: (r, c) => `${r.pick(c.given)} ${r.pick(c.sur)}${r.chance(0.5) ? ' da ' + r.pick(c.sur) : ' ' + r.pick(c.sur)}`,
    phone: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `(71) 9 ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `Rua ${r.pick(['das Acácias', 'Tiradentes', 'Sete de Setembro', 'dos Ipês'])}, ${r.int(10, 2000)}, apto ${r.int(11, 190)}`;
      const b = `${r.pick(['Pinheiros, São Paulo – SP', 'Boa Viagem, Recife – PE', 'Savassi, Belo Horizonte – MG'])}, ${r.digits(5)}-${r.digits(3)}`;
      return multi ? `${a}\n${b}` : `${a} – ${b}`;
    },
    dob: worded('pt', ' de '),
    domains: W('gmail.com uol.com.br bol.com.br hotmail.com'),
    cities: W('Recife Salvador Curitiba Campinas'),
  },
  {
    id: 'fr', lang: 'fr', iban: 'FR',
    given: W('Camille Mathis Océane Baptiste Maëlle Thibault Solène Gaëtan Aurore Clément Ginette'),
    sur: W('Lefèvre Moreau Dubois-Tessier Girard Fontaine Rousseau Chevalier Leblanc Marchand Perrin Boulanger Petit Lacroix'),
    name: (r, c) => (r.chance(0.2) ? `${r.pick(c.sur).toUpperCase()} ${r.pick(c.given)}` : westName(r, c)),
    phone: (r) => r.pick([`06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 7 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]),
    addr: (r, multi) => {
      const a = `${r.int(1, 140)}${r.pick(['', ' bis'])} ${r.pick(['rue des Tilleuls', 'avenue Jean Jaurès', 'impasse du Moulin', 'boulevard Victor Hugo'])}`;
      const b = r.pick(['69003 Lyon', '31000 Toulouse', '44000 Nantes', '13006 Marseille']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: worded('fr'),
    domains: W('orange.fr free.fr laposte.net gmail.com'),
    cities: W('Lyon Toulouse Nantes Lille'),
  },
  {
    id: 'de', lang: 'de', iban: 'DE',
    given: W('Jürgen Annegret Lukas Friederike Malte Hannelore Jonas Sabine Detlef Merle Ute'),
    sur: W('Schäfer Brandstätter Hoffmann Kühn Weißenborn Lehmann Zimmermann Vogt Krüger Albrecht-Sommer Fuchs Winter Koch'),
    name: westName,
    phone: (r) => r.pick([`0171 ${r.digits(7)}`, `+49 151 ${r.digits(8)}`, `030 ${r.digits(8)}`, `0176 / ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['Lindenweg', 'Am Kirchberg', 'Goethestraße', 'Mühlenstr.'])} ${r.int(1, 90)}${r.pick(['', 'a', 'b'])}`;
      const b = r.pick(['50667 Köln', '04109 Leipzig', '80331 München', '28195 Bremen']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.7) ? `${pad(d)}.${pad(m)}.${y}` : `${d}. ${(MONTHS.de as string[])[m - 1]} ${y}`),
    domains: W('web.de gmx.de t-online.de posteo.de'),
    cities: W('Köln Leipzig München Bremen'),
  },
  {
    id: 'it', lang: 'it', iban: 'IT',
    given: W('Giuseppe Chiara Salvatore Francesca Lorenzo Assunta Matteo Gianna Carmine Benedetta'),
    sur: ['Esposito', 'Russo', 'Bianchi', 'Lombardi', 'Ferraro', 'De Luca', 'Caruso', 'Marchetti', 'Gentile', 'Santoro', 'Lo Bianco'],
    name: westName,
    phone: (r) => r.pick([`3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+39 34${r.digits(1)} ${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `Via ${r.pick(['Garibaldi', 'dei Mille', 'Roma', 'Mazzini'])} ${r.int(1, 200)}`;
      const b = r.pick(['40121 Bologna', '80134 Napoli', '10123 Torino (TO)', '90133 Palermo']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: worded('it'),
    domains: W('libero.it alice.it gmail.com'),
    cities: W('Bologna Napoli Torino Palermo'),
  },
  {
    id: 'nl', lang: 'nl', iban: 'NL',
    given: W('Sanne Joris Femke Bram Ilse Daan Marieke Thijs Wilma Kees'),
    sur: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Boer', 'van Dijk', 'Kuipers', 'Brouwer'],
    name: westName,
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['Kastanjelaan', 'Prinsengracht', 'Dorpsstraat', 'Molenweg'])} ${r.int(1, 300)}`;
      const b = `${r.int(1000, 9999)} ${r.pick(['AB', 'KX', 'RT'])} ${r.pick(['Utrecht', 'Amsterdam', 'Zwolle'])}`;
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: dmy('-'),
    domains: W('ziggo.nl kpnmail.nl gmail.com'),
    cities: W('Utrecht Zwolle Haarlem'),
  },
  {
    id: 'pl', lang: 'pl', iban: 'PL',
    given: W('Małgorzata Krzysztof Agnieszka Paweł Zofia Grzegorz Bożena Wojciech Katarzyna Jarek'),
    sur: W('Nowak Wiśniewska Kowalczyk Wójcik Zieliński Szymańska Dąbrowski Grabowska Kaczmarek'),
    name: westName,
    phone: (r) => r.pick([`5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r, multi) => {
      const a = `ul. ${r.pick(['Słoneczna', 'Mickiewicza', 'Kwiatowa', 'Lipowa'])} ${r.int(1, 80)}/${r.int(1, 40)}`;
      const b = r.pick(['30-001 Kraków', '00-950 Warszawa', '80-180 Gdańsk', '50-001 Wrocław']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.6) ? `${pad(d)}.${pad(m)}.${y}` : `${d} ${(MONTHS.pl as string[])[m - 1]} ${y} r.`),
    domains: W('wp.pl onet.pl interia.pl o2.pl'),
    cities: W('Kraków Gdańsk Poznań'),
  },
  {
    id: 'ru', lang: 'ru', iban: 'DE',
    given: W('Алексей Дмитрий Сергей Михаил Павел Иван Ольга Наталья Татьяна Екатерина Юлия Анна'),
    sur: W('Смирнов Кузнецов Попов Соколов Лебедев Морозов Волков Никитин'),
    rom: W('alexey dima sergey misha pavel ivan olga natasha tanya katya yulia anya'),
    name: (r, c) => {
      const i = r.int(0, c.given.length - 1);
      const male = i < 6;
      const sur = r.pick(c.sur) + (male ? '' : 'а');
      const pat = male ? r.pick(W('Алексеевич Игоревич Викторович Петрович')) : r.pick(W('Сергеевна Николаевна Андреевна Ивановна'));
      const g = c.given[i] as string;
      return r.pick([`${sur} ${g} ${pat}`, `${g} ${pat}`, `${g} ${sur}`]);
    },
    phone: (r) => r.pick([`+7 (9${r.digits(2)}) ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, `8 9${r.digits(2)} ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, `+7 9${r.digits(9)}`]),
    addr: (r, multi) => {
      const a = `ул. ${r.pick(['Садовая', 'Ленина', 'Пушкинская', 'Лесная'])}, д. ${r.int(1, 99)}, кв. ${r.int(1, 240)}`;
      const b = r.pick(['г. Санкт-Петербург, 191023', 'г. Казань, 420111', 'г. Новосибирск, 630099']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => `${pad(d)}.${pad(m)}.${y}${r.chance(0.3) ? ' г.' : ''}`,
    domains: W('mail.ru yandex.ru bk.ru'),
    cities: W('Казань Самара Пермь'),
  },
  {
    id: 'tr', lang: 'tr', iban: 'TR',
    given: W('Ayşe Mehmet Elif Mustafa Zeynep Emre Fatma Hüseyin Büşra Oğuz'),
    sur: W('Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kurt Aksoy'),
    name: westName,
    phone: (r) => r.pick([`05${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['Atatürk Cad.', 'Bağdat Cad.', 'Gül Sok.', 'Cumhuriyet Mah. Lale Sok.'])} No: ${r.int(1, 120)} D: ${r.int(1, 20)}`;
      const b = r.pick(['34710 Kadıköy/İstanbul', '06690 Çankaya/Ankara', '35220 Konak/İzmir']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.6) ? `${pad(d)}.${pad(m)}.${y}` : `${d} ${(MONTHS.tr as string[])[m - 1]} ${y}`),
    domains: W('gmail.com hotmail.com yandex.com.tr'),
    cities: W('İzmir Bursa Antalya'),
  },
  {
    id: 'eg', lang: 'ar', iban: 'SA',
    given: W('محمد أحمد مصطفى يوسف فاطمة مريم نور هبة سعيد خالد'),
    sur: W('عبدالرحمن الشناوي حسن منصور القحطاني العتيبي الزهراني'),
    rom: W('mohamed ahmed mostafa youssef fatma mariam nour heba said khaled'),
    name: (r, c) => (r.chance(0.3) ? `${r.pick(c.given)} بن ${r.pick(c.given)} ${r.pick(c.sur)}` : `${r.pick(c.given)} ${r.pick(c.sur)}`),
    phone: (r) => r.pick([`010${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+20 10${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+966 5${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `05${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.int(1, 90)} شارع ${r.pick(['النصر', 'الجمهورية', 'التحرير', 'الملك فهد'])}`;
      const b = r.pick(['مدينة نصر، القاهرة 11371', 'حي العليا، الرياض 12211', 'سموحة، الإسكندرية 21615']);
      return multi ? `${a}\n${b}` : `${a}، ${b}`;
    },
    dob: dmy('/'),
    domains: W('gmail.com hotmail.com yahoo.com'),
    cities: W('القاهرة الرياض جدة'),
  },
  {
    id: 'cn', lang: 'zh', iban: 'DE',
    given: W('伟 秀英 建华 丽娟 志强 晓明 婷婷 海燕 子涵 浩然'),
    sur: W('王 李 张 刘 陈 杨 黄 赵 周 欧阳'),
    rom: W('wangwei lixiu zhangjh liulj chenzq yangxm huangtt zhaohy zhouzh ouyanghr'),
    name: (r, c) => `${r.pick(c.sur)}${r.pick(c.given)}`,
    phone: (r) => r.pick([`13${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `+86 15${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `18${r.digits(9)}`]),
    addr: (r, multi) => {
      const a = r.pick(['上海市浦东新区张杨路', '北京市朝阳区建国路', '广州市天河区体育西路', '成都市武侯区人民南路']) + `${r.int(1, 300)}号`;
      const b = `${r.int(1, 30)}栋${r.int(101, 2804)}室`;
      return multi ? `${a}\n${b}` : `${a}${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.7) ? `${y}年${m}月${d}日` : `${y}-${pad(m)}-${pad(d)}`),
    domains: W('qq.com 163.com 126.com'),
    cities: W('上海 杭州 成都'),
  },
  {
    id: 'jp', lang: 'ja', iban: 'DE',
    given: W('花子 翔太 美咲 大輔 陽菜 健一 さくら 悠真 恵子 蓮'),
    sur: W('佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 森 長谷川'),
    rom: W('hanako shota misaki daisuke hina kenichi sakura yuma keiko ren'),
    name: (r, c) => `${r.pick(c.sur)}${r.pick([' ', '　', ''])}${r.pick(c.given)}`,
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `〒${r.digits(3)}-${r.digits(4)}`;
      const b = r.pick(['東京都世田谷区太子堂', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神', '北海道札幌市中央区北一条西']) + `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
      return multi ? `${a}\n${b}` : `${a} ${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.7) ? `${y}年${m}月${d}日` : `${y}/${pad(m)}/${pad(d)}`),
    domains: W('docomo.ne.jp ezweb.ne.jp gmail.com yahoo.co.jp'),
    cities: W('札幌 名古屋 神戸'),
  },
  {
    id: 'kr', lang: 'ko', iban: 'DE',
    given: W('민준 서연 지훈 하은 도윤 수빈 예준 지민 현우 은지'),
    sur: W('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권'),
    rom: W('minjun seoyeon jihoon haeun doyoon subin yejun jimin hyunwoo eunji'),
    name: (r, c) => `${r.pick(c.sur)}${r.pick(c.given)}`,
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '경기도 수원시 팔달구 효원로'])} ${r.int(1, 300)}`;
      const b = `${r.int(101, 120)}동 ${r.int(101, 1504)}호 (${r.digits(5)})`;
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (r, y, m, d) => (r.chance(0.6) ? `${y}년 ${m}월 ${d}일` : `${y}.${pad(m)}.${pad(d)}`),
    domains: W('naver.com daum.net kakao.com'),
    cities: W('부산 대구 인천'),
  },
  {
    id: 'th', lang: 'th', iban: 'DE',
    given: W('สมชาย สุดารัตน์ ณัฐพล กาญจนา ธนากร พิมพ์ชนก วีระ อรุณี'),
    sur: W('ศรีสุข วงศ์ไทย แก้วมณี บุญมา ทองดี จันทร์เพ็ญ'),
    rom: W('somchai sudarat nattapon kanchana thanakorn pimchanok weera arunee'),
    name: (r, c) => `${r.pick(c.given)} ${r.pick(c.sur)}`,
    phone: (r) => r.pick([`08${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+66 8${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(1)}-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.int(1, 199)}/${r.int(1, 60)} ซอยสุขุมวิท ${r.int(1, 71)}`;
      const b = `แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110`;
      return multi ? `${a}\n${b}` : `${a} ${b}`;
    },
    dob: (r, y, m, d) => `${d} ${(MONTHS.th as string[])[m - 1]} ${y + 543}`,
    domains: W('gmail.com hotmail.com'),
    cities: W('เชียงใหม่ ขอนแก่น ภูเก็ต'),
  },
  {
    id: 'vn', lang: 'vi', iban: 'DE',
    given: W('Minh Anh Thu Hương Quang Huy Ngọc Lan Bảo Châu Đức Thắng Thanh Hà'),
    sur: W('Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi'),
    name: (r, c) => `${r.pick(c.sur)} ${r.pick(['Văn', 'Thị', 'Đức', 'Ngọc'])} ${r.pick(['Minh', 'Hương', 'Huy', 'Lan', 'Châu', 'Thắng', 'Hà', 'Tuấn'])}`,
    phone: (r) => r.pick([`09${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+84 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `03${r.digits(8)}`]),
    addr: (r, multi) => {
      const a = `Số ${r.int(1, 200)} ngõ ${r.int(1, 300)} ${r.pick(['Trường Chinh', 'Láng Hạ', 'Nguyễn Trãi'])}`;
      const b = r.pick(['Đống Đa, Hà Nội', 'Thanh Xuân, Hà Nội', 'Quận 3, TP. Hồ Chí Minh']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: dmy('/'),
    domains: W('gmail.com yahoo.com.vn'),
    cities: W('Huế Đà Nẵng Cần Thơ'),
  },
  {
    id: 'id', lang: 'id', iban: 'DE',
    given: W('Dewi Agus Siti Bambang Rina Budi Wulan Eko Ayu Joko Kurniawan'),
    sur: W('Santoso Wijaya Setiawan Hidayat Lestari Saputra Purnomo Siregar Nasution'),
    name: (r, c) => (r.chance(0.3) ? r.pick(c.given) : westName(r, c)),
    phone: (r) => r.pick([`0812-${r.digits(4)}-${r.digits(4)}`, `+62 813 ${r.digits(4)} ${r.digits(4)}`, `0857${r.digits(8)}`]),
    addr: (r, multi) => {
      const a = `Jl. ${r.pick(['Melati', 'Kenanga', 'Diponegoro', 'Merdeka'])} No. ${r.int(1, 150)}, RT ${pad(r.int(1, 12))}/RW ${pad(r.int(1, 9))}`;
      const b = r.pick(['Kebayoran Baru, Jakarta Selatan 12130', 'Coblong, Bandung 40132', 'Gubeng, Surabaya 60281']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: worded('id'),
    domains: W('gmail.com yahoo.co.id'),
    cities: W('Bandung Surabaya Medan'),
  },
  {
    id: 'gr', lang: 'el', iban: 'GR',
    given: W('Γιώργος Μαρία Δημήτρης Ελένη Νίκος Κατερίνα Κώστας Σοφία'),
    sur: W('Παπαδόπουλος Οικονόμου Γεωργίου Νικολάου Καραγιάννης Βλάχος'),
    rom: W('giorgos maria dimitris eleni nikos katerina kostas sofia'),
    name: (r, c) => `${r.pick(c.given)} ${r.pick(c.sur)}`,
    phone: (r) => r.pick([`69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+30 69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `210 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['Ερμού', 'Αγίου Δημητρίου', 'Πατησίων', 'Τσιμισκή'])} ${r.int(1, 120)}`;
      const b = r.pick(['105 63 Αθήνα', '546 22 Θεσσαλονίκη', '262 21 Πάτρα']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (_r, y, m, d) => `${d}/${m}/${y}`,
    domains: W('gmail.com otenet.gr yahoo.gr'),
    cities: W('Πάτρα Βόλος Χανιά'),
  },
  {
    id: 'se', lang: 'sv', iban: 'SE',
    given: W('Astrid Linnea Oskar Elsa Nils Ingrid Björn Maja Sixten Saga'),
    sur: W('Lindqvist Bergström Nyström Holmberg Sjöberg Engström Lundgren Åkesson Falk Strand'),
    name: westName,
    phone: (r) => r.pick([`07${r.digits(1)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.digits(1)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const a = `${r.pick(['Storgatan', 'Björkvägen', 'Kvarngatan', 'Sjövägen'])} ${r.int(1, 60)}`;
      const b = r.pick(['114 55 Stockholm', '413 04 Göteborg', '753 20 Uppsala', '222 21 Lund']);
      return multi ? `${a}\n${b}` : `${a}, ${b}`;
    },
    dob: (_r, y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
    domains: W('telia.com gmail.com outlook.com'),
    cities: W('Umeå Lund Örebro'),
  },
];

const byId = (id: string): Culture => {
  const c = C.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

// ---------------------------------------------------------------- per-document values

const SPOKEN = W('zero one two three four five six seven eight nine');

function spokenPhone(r: Rng, c: Culture): string {
  const digits = c.phone(r).replace(/\D/g, '');
  const words = [...digits].map((x) => (x === '0' && r.chance(0.5) ? 'oh' : (SPOKEN[Number(x)] as string)));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 3) out.push(words.slice(i, i + 3).join(' '));
  return out.join(r.pick([', ', ' ', '... ']));
}

function localPart(r: Rng, c: Culture): string {
  if (c.rom) return `${r.pick(c.rom)}${r.pick(['', '.', '_'])}${r.chance(0.6) ? r.digits(r.int(2, 4)) : ''}`;
  const g = strip(r.pick(c.given)), s = strip(r.pick(c.sur));
  return r.pick([`${g}.${s}`, `${g}${s}${r.digits(2)}`, `${g[0] ?? 'x'}${s}`, `${s}.${g}${r.int(60, 99)}`, `${g}_${s}`]);
}

function makeVals(r: Rng, c: Culture): Vals {
  const date = (lo: number, hi: number): string => c.dob(r, r.int(lo, hi), r.int(1, 12), r.int(1, 28));
  const g = r.pick(c.rom ?? c.given.map(strip));
  const biz = r.pick(W('sunrisebakery kwikfix greenvalleyclinic stmarys-pta riverside-fc happypaws lavanderia-sol')) + r.pick(['.com', '.co', '.org', '.net']);
  return {
    PERSON_a: c.name(r, c), PERSON_b: c.name(r, c), PERSON_c: c.name(r, c), PERSON_d: c.name(r, c),
    GIVEN_a: r.pick(c.given), GIVEN_b: r.pick(c.given), GIVEN_c: r.pick(c.given),
    SUR_a: r.pick(c.sur), SUR_b: r.pick(c.sur),
    PERSON_sg: `${r.pick(c.sur)}, ${r.pick(c.given)}`,
    ME: c.name(r, c),
    PHONE_a: c.phone(r), PHONE_b: c.phone(r), PHONE_c: c.phone(r),
    SPHONE_a: spokenPhone(r, c),
    ADDRESS_a: c.addr(r, false), ADDRESS_b: c.addr(r, false), ADDRM_a: c.addr(r, true),
    DOB_a: date(1938, 2011), DOB_b: date(2009, 2021), DOB_c: date(1950, 2003),
    EMAIL_a: `${localPart(r, c)}@${r.pick(c.domains)}`, EMAIL_b: `${localPart(r, c)}@${r.pick(c.domains)}`,
    EMAIL_biz: `${r.pick(['info', 'hello', 'bookings', 'office', 'admin', 'contato', 'kontakt'])}@${biz}`,
    SEMAIL_a: `${g} ${r.pick(['dot', 'underscore'])} ${strip(r.pick(c.sur)) || 'home'} at ${r.pick(['gmail', 'yahoo', 'outlook'])} dot com`,
    IBAN_a: iban(r, c.iban), IBAN_b: iban(r, c.iban),
    CARD_a: card(r), CARD_b: card(r),
    SSN_a: ssn(r), SSN_b: ssn(r),
    IP_a: ipv4(r), IP_b: ipv4(r), IPV6_a: ipv6(r),
    date: date(2024, 2026), date2: date(2024, 2026), year: String(r.int(2019, 2026)),
    time: `${r.int(7, 20)}:${r.pick(['00', '15', '30', '45'])}`,
    hhmm: `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`,
    ref: `${r.pick(['ORD', 'INV', 'BK', 'RX', 'TKT', 'REF'])}-${r.digits(r.int(5, 8))}`,
    track: `${r.pick(['JD', 'LX', 'RR', '1Z', 'SF', 'EE'])}${r.digits(9)}${r.pick(['', 'GB', 'CN', 'DE'])}`,
    amount: `${r.int(3, 980)}.${r.digits(2)}`,
    city: r.pick(c.cities),
    bad_card: badCard(r), bad_iban: badIban(r, c.iban === 'DE' ? r.pick(['DE', 'FR', 'GB']) : c.iban),
    mask_card: maskedCard(r), mask_phone: `${r.pick(['***-***-', '+44 **** ***', '07•• •• ', 'xxx xxx '])}${r.digits(3)}`,
    mask_ssn: `***-**-${r.digits(4)}`, mask_ssn2: `XXX-XX-${r.digits(4)}`,
    ver: `${r.int(1, 17)}.${r.int(0, 20)}.${r.int(0, 40)}`,
    hash: Array.from({ length: 12 }, () => r.int(0, 15).toString(16)).join(''),
    ein: `${r.int(10, 98)}-${r.digits(7)}`, routing: `0${r.int(1, 9)}${r.digits(7)}`,
    port: String(r.pick([8080, 3389, 554, 8443, 22, 5900])),
    handle: `${g}${r.pick(['_', '.', ''])}${r.digits(2)}`,
    n: String(r.int(2, 9)), m: String(r.int(10, 60)),
    inv: r.digits(6), table: String(r.int(1, 30)), pin: r.digits(4), otp: r.digits(6),
  };
}

// ---------------------------------------------------------------- templates

interface Template {
  readonly id: string;
  /** Cultures it is written for (all when empty). */
  readonly cs: readonly string[];
  readonly w: number;
  readonly neg?: boolean;
  readonly f: (r: Rng, v: Vals, c: Culture) => string;
}

const L = (...lines: string[]): string => lines.join('\n');
const IBAN_CS = ['uk', 'es', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'eg', 'br', 'gr', 'se'];
const EN_CS = ['us', 'uk', 'ng', 'ke', 'in', 'pk', 'bd', 'ph'];
const ts = (v: Vals, k = 'hhmm'): string => `[${v.date}, ${v[k]}]`;

const TEMPLATES: Template[] = [
  { id: 'wa-family', cs: [], w: 3, f: (r, v) => L(
    `${ts(v)} {PERSON_a}: Mum's new number is {PHONE_a}, the old one is dead`,
    `${ts(v)} {GIVEN_b}: saved 👍 what's the address for Sunday lunch again?`,
    `${ts(v)} {PERSON_a}: {ADDRESS_a}. ${r.pick(['Bring the Tupperware back pls', 'Parking behind the McDonald\'s', 'Gate code is {pin}'])}`,
    `${ts(v)} {GIVEN_c}: ${r.pick(['can someone pick up Grandpa', 'I\'ll be late, traffic on Washington bridge', 'who has the Netflix password'])}`) },
  { id: 'landlord-iban', cs: IBAN_CS, w: 3, f: () => L(
    'Hi {GIVEN_a}, rent for this month is due on {date}. Please transfer to my account:',
    'Name: {PERSON_b}', 'IBAN: {IBAN_a}', 'Reference: flat 3 / {ref}',
    'The plumber comes Thursday, his number is {PHONE_a}. Thanks!') },
  { id: 'courier', cs: [], w: 2, f: (r) => L(
    `${r.pick(['DPD', 'Yodel', 'Aramex', 'J&T Express', 'DHL'])}: Your parcel ${'{track}'} is out for delivery today between {time} and 18:00.`,
    'Driver {GIVEN_a} will call on {PHONE_a} if nobody is home.',
    'Delivery address: {ADDRESS_a}',
    'Never share your code {otp} before you receive the parcel.') },
  { id: 'clinic-reminder', cs: [], w: 2, f: (r) => L(
    `Reminder: {PERSON_a} has an appointment with Dr. {SUR_b} on {date} at {time} (${r.pick(['dental check-up', 'physiotherapy', 'vaccination', 'blood test'])}).`,
    'Please bring ID. Patient DOB on file: {DOB_a}. Reply C to confirm or call {PHONE_a} ext. 2' + r.digits(2) + '.',
    'Ask about our Alzheimer\'s screening day.') },
  { id: 'cv-en', cs: EN_CS, w: 2, f: (r) => L(
    'CURRICULUM VITAE', '{ME}', '{ADDRESS_a}', 'Mobile: {PHONE_a} | Email: {EMAIL_a}',
    'Date of Birth: {DOB_a}   Nationality: ' + r.pick(['Kenyan', 'British', 'Nigerian', 'Indian', 'Filipino']),
    'EXPERIENCE', `${'{year}'} – present  Cashier, ${r.pick(['Naivas Supermarket', 'Tesco Extra', 'Jollibee', 'Big Bazaar'])}`,
    'REFEREES', '{PERSON_b}, Store Manager – {PHONE_b}') },
  { id: 'cover-letter', cs: EN_CS, w: 1, f: (r) => L(
    'Dear Mr. {SUR_a},',
    `I am writing to apply for the ${r.pick(['receptionist', 'delivery rider', 'teaching assistant', 'care worker'])} position advertised on ${'{date}'}.`,
    'I have three years of experience and a clean driving licence. I can be reached on {PHONE_a} or at {EMAIL_a}.',
    'Yours sincerely,', '{ME}') },
  { id: 'wedding-en', cs: EN_CS, w: 1, f: () => L(
    'Together with their families', '{PERSON_a} & {PERSON_b}', 'request the pleasure of your company at their wedding',
    'on {date} at 2 pm, St. Anne\'s Church, Victoria Road', 'Reception to follow at the Grand Hotel.',
    'RSVP to {GIVEN_c} on {PHONE_a} or {EMAIL_a}') },
  { id: 'funeral-en', cs: EN_CS, w: 1, f: () => L(
    'OBITUARY', 'It is with deep sorrow that we announce the passing of {PERSON_a} (born {DOB_a}) on {date}.',
    'Beloved husband of {GIVEN_b} and grandfather of five. Service at Mount Zion Chapel, {ADDRESS_a}.',
    'In lieu of flowers, donations to the Parkinson\'s Foundation. Condolences: {EMAIL_a}') },
  { id: 'school-form-en', cs: EN_CS, w: 2, f: () => L(
    'PUPIL REGISTRATION FORM', 'Child\'s full name: {PERSON_a}', 'Date of birth: {DOB_b}', 'Parent/Guardian: {ME}',
    'Relationship: Mother', 'Mobile: {PHONE_a}', 'Email: {EMAIL_a}', 'Home address:', '{ADDRM_a}',
    'Medical notes: mild asthma (inhaler in bag)', 'Emergency contact: {PERSON_b} – {PHONE_b}') },
  { id: 'club-card', cs: [], w: 3, f: (r) => L(
    `${r.pick(['Riverside FC', 'Sharks Swim Club', 'Tigers Cricket Academy', 'Lotus Dance Studio'])} — membership ${'{year}'}`,
    'Member: {PERSON_a}  born {DOB_b}', 'Paid by: {PERSON_b}', `Card: {CARD_a} exp ${pad(r.int(1, 12))}/${r.int(26, 31)}`,
    'Kit size: M. Coach: {GIVEN_c}.') },
  { id: 'receipt-ocr', cs: [], w: 3, f: (r) => L(
    r.pick(['SUNRISE BAKERY & CAFE', 'KWIK FIX HARDWARE', 'LAVANDERIA SOL', 'MAMA PUT KITCHEN']),
    'TAX INVOICE #{inv}   {date} {hhmm}', `2 x Bread      ${r.int(2, 9)}.50`, `1 x Coffee     ${r.int(2, 5)}.20`,
    'TOTAL          {amount}', r.chance(0.6) ? 'CARD NO {CARD_a}' : 'VISA {mask_card}  AUTH {otp}',
    'Served by: {GIVEN_a}', 'Customer: {PERSON_b}  Tel {PHONE_a}', 'Thank you, come again!') },
  { id: 'classified', cs: [], w: 2, f: (r) => L(
    `FOR SALE: ${r.pick(['Samsung fridge, 2 yrs old', 'Kids bike 20"', 'Singer sewing machine', 'Toyota Corolla 2012, 140k km', 'Baby cot + mattress'])}. Price ${'{amount}'} ono.`,
    'Call or WhatsApp {GIVEN_a} on {PHONE_a}. Viewing at {ADDRESS_a}.', 'No time-wasters pls. Serial {hash}.') },
  { id: 'voice-note', cs: EN_CS, w: 2, f: (r) => L(
    `Voice message (0:${r.int(10, 59)}) — transcript:`,
    `"hiya it's {GIVEN_a} from the ${r.pick(['garage', 'school office', 'surgery', 'church'])}, um, could you call me back on {SPHONE_a}, or just email me at {SEMAIL_a}, ok, thanks, bye"`) },
  { id: 'router-help', cs: [], w: 3, f: (r) => L(
    'Can you help me fix my mum\'s internet? The router page is at {IP_a} and her laptop shows IP {IP_b}.',
    `The camera in the shop is on {IP_a}:${'{port}'} and the firmware says v{ver}. ${r.pick(['Her neighbour also sees', 'There is also an IPv6 address'])} {IPV6_a}.`) },
  { id: 'login-alert', cs: [], w: 3, f: (r) => L(
    `New sign-in to your ${r.pick(['Shopify', 'Etsy', 'Square', 'Gumroad'])} store`,
    'Account: {EMAIL_a}', 'IP address: {IP_a} (' + r.pick(['Lagos', 'Madrid', 'Manila', 'Leeds']) + ')', 'Time: {date} {hhmm} UTC',
    'If this wasn\'t you, reset your password. Ticket {ref}.') },
  { id: 'mosque-rota', cs: ['pk', 'bd', 'eg', 'ng', 'uk', 'in'], w: 2, f: () => L(
    'Ramadan iftar rota 🌙', 'Mon – {PERSON_a} ({PHONE_a})', 'Tue – {PERSON_b} ({PHONE_b})', 'Wed – {PERSON_c}',
    'Please drop food at the Masjid hall before Maghrib. Jazakallah khair, {GIVEN_a}') },
  { id: 'church-notice', cs: ['ng', 'ke', 'ph', 'us', 'uk'], w: 2, f: () => L(
    'THANKSGIVING SERVICE', 'The family of Deacon {PERSON_a} invites all members to a thanksgiving service on {date}.',
    'Venue: {ADDRESS_a}', 'For transport call Bro. {GIVEN_b} ({PHONE_a}) or Sis. {GIVEN_c} ({PHONE_b}).', 'Psalm 23. God bless.') },
  { id: 'lost-pet', cs: [], w: 1, f: (r) => L(
    `LOST CAT — "${r.pick(['Biscuit', 'Mr Whiskers', 'Luna', 'Simba'])}", ginger, very friendly, microchip ${'{inv}'}.`,
    'Last seen near Lincoln Park on {date}. Please call {PHONE_a} or bring to {ADDRESS_a}. Reward!') },
  { id: 'us-tax', cs: ['us'], w: 4, f: () => L(
    'Hi, for my tax return the preparer needs these. Is it safe to send?', 'Taxpayer: {ME}  SSN {SSN_a}  DOB {DOB_a}',
    'Spouse: {PERSON_b}  SSN {SSN_b}', 'Dependent: {GIVEN_c} (SSN {mask_ssn})',
    'Refund to routing {routing}, employer EIN {ein}.') },
  { id: 'us-daycare', cs: ['us'], w: 3, f: () => L(
    'Little Acorns Daycare — Enrollment', 'Child: {PERSON_a}   DOB: {DOB_b}', 'Parent: {PERSON_b}', 'Parent SSN (for subsidy): {SSN_a}',
    'Address: {ADDRESS_a}', 'Cell: {PHONE_a}', 'Pediatrician: Dr. {SUR_b}') },
  { id: 'us-rental', cs: ['us'], w: 3, f: () => L(
    'RENTAL APPLICATION — Unit 4B', 'Applicant: {ME}', 'Date of birth: {DOB_a}', 'Social Security #: {SSN_a}',
    'Current address: {ADDRESS_a}', 'Phone: {PHONE_a}', 'Application fee paid with card {CARD_a}',
    'Previous landlord: {PERSON_b}, {PHONE_b}') },
  { id: 'us-job', cs: ['us'], w: 3, f: () => L(
    '{PERSON_a} texted: hey its me, HR at the diner needs my SSN for payroll, its {SSN_a}. my old one on file was wrong ({mask_ssn2}).',
    'can you fill the form for me, my email is {EMAIL_a} and I live at {ADDRESS_a}') },
  { id: 'us-clinic-intake', cs: ['us'], w: 3, f: () => L(
    'PATIENT INTAKE', 'Name: {PERSON_sg}', 'DOB: {DOB_a}', 'SSN: {SSN_a}', 'Insurance member ID: W{inv}{pin}',
    'Emergency contact: {PERSON_b} {PHONE_a}', 'Reason for visit: Lyme disease follow-up') },
  { id: 'telegram-club', cs: [], w: 2, f: (r) => L(
    `${r.pick(['Saturday Runners', 'Badminton Wed night', 'Futsal Dads', 'Yoga in the Park'])} (Telegram)`,
    '{PERSON_a}: I paid the court for everyone with my card, can you all send me your share',
    '{PERSON_b}: which card? the booking site shows {mask_card}',
    '{PERSON_a}: the new one, {CARD_a}, the site charged it twice lol', '{GIVEN_c}: 🤣 sending now') },
  { id: 'guesthouse', cs: [], w: 3, f: (r) => L(
    `Booking confirmation ${'{ref}'} — ${r.pick(['Casa Azul Guesthouse', 'Sea Breeze Homestay', 'Pension Edelweiss'])}`,
    'Guest: {ME}', 'Check-in {date}, check-out {date2}', 'Guarantee card: {CARD_a}', 'Guest phone: {PHONE_a}',
    'Host: {GIVEN_a} – {EMAIL_biz}') },
  { id: 'fraud-check', cs: [], w: 2, f: () => L(
    'Order {ref} flagged for review', 'Billing name: {PERSON_a}', 'Billing address: {ADDRESS_a}', 'Card: {CARD_a}',
    'Customer IP: {IP_a}', 'Bad card attempt: {bad_card}', 'Email: {EMAIL_a}') },
  { id: 'remote-help', cs: [], w: 1, f: () => L(
    'My dad ({PERSON_a}) can\'t connect to the printer. His PC is {IPV6_a} and the printer is {IP_a}.',
    'Ping to [{IP_b}]:{port} times out. Driver version {ver}.') },
  // ---- Spanish
  { id: 'es-vecinos', cs: ['es', 'mx'], w: 2, f: () => L(
    'Comunidad de vecinos 🏢', '{PERSON_a}: Buenas, la cuota de la comunidad de este trimestre hay que ingresarla en la cuenta {IBAN_a}',
    '{PERSON_b}: ¿A nombre de quién?', '{PERSON_a}: De la presidenta, Dña. {PERSON_c}. Cualquier duda, llamadme al {PHONE_a}',
    '{GIVEN_a}: Recordad que el ascensor Schindler lo revisan el {date}.') },
  { id: 'es-cita', cs: ['es', 'mx'], w: 2, f: () => L(
    'Clínica Dental Sonrisa: Hola {GIVEN_a}, le recordamos su cita el {date} a las {time} con la Dra. {SUR_b}.',
    'Paciente: {PERSON_a} (fecha de nacimiento: {DOB_a}).', 'Para cancelar llame al {PHONE_a}. Dirección: {ADDRESS_a}') },
  { id: 'es-cv', cs: ['es', 'mx'], w: 1, f: () => L(
    'CURRÍCULUM', 'Nombre: {ME}', 'Fecha de nacimiento: {DOB_a}', 'Domicilio: {ADDRESS_a}', 'Móvil: {PHONE_a}',
    'Correo: {EMAIL_a}', 'Experiencia: dependienta en Zara (2019–{year})') },
  // ---- Portuguese
  { id: 'pt-aluguel', cs: ['br'], w: 2, f: () => L(
    'Oi {GIVEN_a}, tudo bem? Aqui é a {ME}, proprietária do apto.', 'O aluguel vence dia {date}. Pode fazer transferência internacional pro IBAN {IBAN_a}',
    'ou me chama no zap {PHONE_a}. Endereço pra correspondência: {ADDRESS_a}. Abraço!') },
  { id: 'pt-curriculo', cs: ['br'], w: 1, f: () => L(
    'CURRÍCULO', '{ME}', 'Brasileira, solteira, nascida em {DOB_a}', '{ADDRESS_a}', 'Cel.: {PHONE_a} | E-mail: {EMAIL_a}',
    'Referência: {PERSON_b} – {PHONE_b}') },
  { id: 'pt-escola', cs: ['br'], w: 1, f: () => L(
    'Grupo Pais 3º ano B', '{PERSON_a}: Gente, a festa junina vai ser dia {date}.', '{PERSON_b}: A mãe do {GIVEN_c} mudou de número: {PHONE_a}',
    '{PERSON_a}: anotado! a ficha da escola pede data de nascimento da criança, a do meu é {DOB_b}') },
  // ---- French
  { id: 'fr-rdv', cs: ['fr'], w: 2, f: () => L(
    'Cabinet du Dr {SUR_a} : rappel de votre rendez-vous le {date} à {time}.', 'Patient : {PERSON_b}, né(e) le {DOB_a}.',
    'En cas d\'empêchement, merci d\'appeler le {PHONE_a}. Adresse : {ADDRESS_a}') },
  { id: 'fr-mariage', cs: ['fr'], w: 1, f: () => L(
    '{PERSON_a} et {PERSON_b}', 'ont la joie de vous annoncer leur mariage', 'le {date} à la mairie de Saint-Étienne.',
    'Réponse souhaitée avant le {date2} auprès de {GIVEN_c} : {PHONE_a} / {EMAIL_a}') },
  { id: 'fr-rib', cs: ['fr'], w: 2, f: () => L(
    'Coucou, c\'est {ME} ! Pour la cagnotte du cadeau de la maîtresse, voici mon RIB :', 'Titulaire : {PERSON_b}',
    'IBAN : {IBAN_a}', 'BIC : ' + 'AGRIFRPP' + '882', 'Ancien compte (clôturé, ne pas utiliser) : {bad_iban}') },
  // ---- German
  { id: 'de-kita', cs: ['de'], w: 2, f: () => L(
    'Anmeldung Kita Sonnenschein', 'Kind: {PERSON_a}, geb. {DOB_b}', 'Erziehungsberechtigte: {ME}', 'Anschrift:', '{ADDRM_a}',
    'Telefon: {PHONE_a}', 'E-Mail: {EMAIL_a}', 'Abbuchung Essensgeld von IBAN {IBAN_a}') },
  { id: 'de-kaution', cs: ['de'], w: 2, f: () => L(
    'Hallo Frau {SUR_a},', 'die Kaution für die Wohnung überweise ich heute. Bitte bestätigen Sie mir kurz die Bankverbindung: {IBAN_a}.',
    'Ich bin ab dem {date} unter {PHONE_a} erreichbar. Neue Anschrift: {ADDRESS_a}', 'Viele Grüße', '{ME}') },
  // ---- Italian
  { id: 'it-condominio', cs: ['it'], w: 1, f: () => L(
    'AVVISO AI CONDÒMINI', 'Si comunica che il giorno {date} verrà sospesa l\'acqua dalle 8 alle 13.',
    'Per informazioni rivolgersi all\'amministratore, rag. {PERSON_a}, tel. {PHONE_a}, {EMAIL_a}.',
    'Quote condominiali su IBAN {IBAN_a}.') },
  { id: 'it-necrologio', cs: ['it'], w: 1, f: () => L(
    'È mancato all\'affetto dei suoi cari', '{PERSON_a}', 'nato il {DOB_a}', 'Ne danno il triste annuncio la moglie {GIVEN_b} e i figli.',
    'Le esequie si terranno il {date} nella chiesa di San Francesco. Casa del commiato: {ADDRESS_a}') },
  // ---- Dutch
  { id: 'nl-sportclub', cs: ['nl'], w: 2, f: () => L(
    'Hoi allemaal! De contributie voor hockeyclub De Uilen is dit jaar ' + '€{amount}.', 'Graag overmaken naar {IBAN_a} t.n.v. {PERSON_a}',
    'Vragen? App {GIVEN_b} op {PHONE_a}. Lid: {PERSON_c}, geboren {DOB_b}.') },
  // ---- Polish
  { id: 'pl-ogloszenie', cs: ['pl'], w: 1, f: () => L(
    'Sprzedam wózek dziecięcy Gondola, stan bardzo dobry. Odbiór osobisty: {ADDRESS_a}.', 'Kontakt: {GIVEN_a}, tel. {PHONE_a}',
    'Wpłata na konto {IBAN_a}. Nr ogłoszenia {inv}.') },
  { id: 'pl-zapisy', cs: ['pl'], w: 1, f: () => L(
    'Zapisy na półkolonie', 'Imię i nazwisko dziecka: {PERSON_a}', 'Data urodzenia: {DOB_b}', 'Rodzic: {ME}, {PHONE_a}, {EMAIL_a}') },
  // ---- Russian
  { id: 'ru-parents', cs: ['ru'], w: 2, f: () => L(
    'Родительский чат 5 «Б»', '{PERSON_a}: Уважаемые родители! Сдаём по 500 ₽ на подарок учителю, перевод на номер {PHONE_a}',
    '{PERSON_b}: А кому отдать анкету? Там дата рождения ребёнка {DOB_b} и адрес {ADDRESS_a}',
    '{PERSON_a}: Мне лично, или на почту {EMAIL_a}') },
  { id: 'ru-cv', cs: ['ru'], w: 1, f: () => L(
    'РЕЗЮМЕ', '{ME}', 'Дата рождения: {DOB_a}', 'Адрес: {ADDRESS_a}', 'Тел.: {PHONE_a}', 'E-mail: {EMAIL_a}',
    'Опыт: бухгалтер, ООО «Ромашка»') },
  // ---- Turkish
  { id: 'tr-dugun', cs: ['tr'], w: 1, f: () => L(
    'DÜĞÜN DAVETİYESİ', '{PERSON_a} & {PERSON_b}', 'Mutlu günümüzde sizleri de aramızda görmekten onur duyarız.',
    'Tarih: {date}, saat {time}', 'Adres: {ADDRESS_a}', 'LCV: {PHONE_a}') },
  { id: 'tr-kira', cs: ['tr'], w: 2, f: () => L(
    '{GIVEN_a} Bey merhaba, kira bedelini {IBAN_a} numaralı hesaba yatırdım, alıcı adı {PERSON_b}.',
    'Dekont ekte. Kombi arızası için tesisatçı {GIVEN_c} Usta\'nın numarası: {PHONE_a}') },
  // ---- Arabic
  { id: 'ar-clinic', cs: ['eg'], w: 2, f: () => L(
    'عيادة الشفاء: نذكركم بموعد المريض {PERSON_a} يوم {date} الساعة {time}.', 'تاريخ الميلاد: {DOB_a}',
    'للاستفسار: {PHONE_a}', 'العنوان: {ADDRESS_a}') },
  { id: 'ar-delivery', cs: ['eg'], w: 1, f: () => L(
    'مرحباً {GIVEN_a}، طلبك رقم {inv} في الطريق إليك.', 'المندوب: {PERSON_b} – {PHONE_a}', 'عنوان التوصيل: {ADDRESS_a}') },
  { id: 'ar-masjid', cs: ['eg'], w: 1, f: () => L(
    'مجموعة مسجد النور', '{PERSON_a}: السلام عليكم، حلقة التحفيظ للأطفال تبدأ بعد العصر.', '{PERSON_b}: تسجيل ابني {GIVEN_c}، مواليد {DOB_b}، رقمي {PHONE_a}',
    '{PERSON_a}: جزاك الله خيراً، وللتبرع: {IBAN_a}') },
  // ---- Chinese
  { id: 'zh-parents', cs: ['cn'], w: 2, f: () => L(
    '三年级二班家长群', '{PERSON_a}：各位家长好，请把孩子的出生日期和家庭住址发给我登记。', '{PERSON_b}：孩子{PERSON_c}，{DOB_b}出生，住址{ADDRESS_a}',
    '{PERSON_b}：有事打我电话{PHONE_a}', '{SUR_a}老师：收到，谢谢！') },
  { id: 'zh-kuaidi', cs: ['cn'], w: 1, f: () => L(
    '【顺丰速运】您的快递{track}已到达，快递员{PERSON_a}（{PHONE_a}）将于今天派送至{ADDRESS_a}，取件码{pin}。') },
  { id: 'zh-wechat', cs: ['cn'], w: 1, f: () => L(
    '{SUR_a}阿姨你好，我是{ME}，上次说的房租请转到我的邮箱{EMAIL_a}对应的账户。', '我的新号码是{PHONE_a}。') },
  // ---- Japanese
  { id: 'ja-yoyaku', cs: ['jp'], w: 2, f: () => L(
    '【ヘアサロン Lumière】ご予約確認', '{PERSON_a}様', '日時：{date} {time}〜', 'メニュー：カット＋カラー',
    'ご変更はお電話（{PHONE_a}）またはLINEにてお願いいたします。') },
  { id: 'ja-rirekisho', cs: ['jp'], w: 1, f: () => L(
    '履 歴 書', '氏名　{ME}', '生年月日　{DOB_a}生', '現住所　{ADDRESS_a}', '電話　{PHONE_a}', 'メール　{EMAIL_a}') },
  { id: 'ja-line', cs: ['jp'], w: 1, f: () => L(
    '{SUR_a}さん、町内会の回覧板です。', '{date}の清掃活動の連絡先は{PERSON_b}さん（{PHONE_a}）まで。') },
  // ---- Korean
  { id: 'ko-taekbae', cs: ['kr'], w: 1, f: () => L(
    '[CJ대한통운] {PERSON_a}님, 고객님의 상품이 배송 예정입니다.', '배송지: {ADDRESS_a}', '배송기사: {PERSON_b} {PHONE_a}') },
  { id: 'ko-wedding', cs: ['kr'], w: 1, f: () => L(
    '모바일 청첩장 💌', '신랑 {PERSON_a} · 신부 {PERSON_b}', '{date} 오후 {time}', '마음 전하실 곳: 신랑 측 {PHONE_a}') },
  { id: 'ko-kakao', cs: ['kr'], w: 1, f: () => L(
    '{GIVEN_a} 씨, 수영장 등록 서류 보내드려요. 회원: {PERSON_b} (생년월일 {DOB_b}), 연락처 {PHONE_a}, 이메일 {EMAIL_a}') },
  // ---- Thai / Vietnamese / Indonesian / Tagalog
  { id: 'th-line', cs: ['th'], w: 1, f: () => L(
    'ร้านข้าวมันไก่: คุณ{PERSON_a} สั่งอาหาร {n} กล่อง', 'ส่งที่ {ADDRESS_a}', 'โทร {PHONE_a}', 'วันเกิดลูกค้า (สมาชิก): {DOB_a}') },
  { id: 'vi-zalo', cs: ['vn'], w: 1, f: () => L(
    'Nhóm Zalo phụ huynh lớp 2A', '{PERSON_a}: Các mẹ gửi giúp em ngày sinh của bé nhé.', '{PERSON_b}: Bé {GIVEN_c} nhà em sinh ngày {DOB_b}, sđt {PHONE_a}',
    '{PERSON_b}: Địa chỉ: {ADDRESS_a}') },
  { id: 'id-arisan', cs: ['id'], w: 1, f: () => L(
    'Grup Arisan Ibu-Ibu RT 05', '{PERSON_a}: Bulan ini giliran Bu {GIVEN_b}, transfer ke rekening BCA 14' + '{pin}' + '{pin} ya',
    '{PERSON_b}: Siap. Alamat arisan di {ADDRESS_a}?', '{PERSON_a}: Betul. WA saya {PHONE_a}') },
  { id: 'tl-marketplace', cs: ['ph'], w: 1, f: () => L(
    'Hello po! Available pa po ba yung rice cooker? Pa-reserve po, {ME} po name ko.', 'Pwede COD sa {ADDRESS_a}?',
    'Eto po number ko {PHONE_a}. Salamat po!') },
  // ---- South Asia, Africa, Greek, Swedish
  { id: 'hi-society', cs: ['in'], w: 1, f: () => L(
    'Green Meadows Society 🏠', '{PERSON_a}: नमस्ते सभी को, maintenance {date} तक जमा करें।', '{PERSON_b}: Plumber ka number chahiye',
    '{PERSON_a}: {GIVEN_c} bhaiya – {PHONE_a}') },
  { id: 'biodata', cs: ['in', 'pk', 'bd'], w: 2, f: (r) => L(
    'MARRIAGE BIODATA', 'Name: {PERSON_a}', 'Date of Birth: {DOB_a}', `Height: 5'${r.int(1, 11)}"`, 'Father\'s Name: {PERSON_b}',
    'Address: {ADDRESS_a}', 'Contact: {PHONE_a}') },
  { id: 'ur-rishta', cs: ['pk'], w: 1, f: () => L(
    'رشتہ کے لیے رابطہ', 'نام: {PERSON_a}', 'تاریخ پیدائش: {DOB_a}', 'والد کا نام: {PERSON_b}', 'فون: {PHONE_a}', 'پتہ: {ADDRESS_a}') },
  { id: 'bn-nimontron', cs: ['bd'], w: 1, f: () => L(
    'বিবাহের নিমন্ত্রণ', '{PERSON_a} ও {PERSON_b}-এর শুভ বিবাহ {date} তারিখে।', 'যোগাযোগ: {PHONE_a}', 'ঠিকানা: {ADDRESS_a}') },
  { id: 'sw-chama', cs: ['ke'], w: 1, f: () => L(
    'Chama ya Wamama Umoja', '{PERSON_a}: Habari zenu! Michango ya mwezi huu tuma kwa {PHONE_a} (M-Pesa).', '{PERSON_b}: Nimetuma, jina {PERSON_c}.',
    '{PERSON_a}: Asante sana. Mkutano tarehe {date}.') },
  { id: 'el-iatreio', cs: ['gr'], w: 1, f: () => L(
    'Ιατρείο Παθολόγου: Υπενθύμιση ραντεβού για {PERSON_a} στις {date}, ώρα {time}.', 'Ημ. γέννησης: {DOB_a}', 'Τηλ. {PHONE_a}, {ADDRESS_a}') },
  { id: 'sv-brf', cs: ['se'], w: 1, f: () => L(
    'Till boende i BRF Linden', 'Städdag {date}. Kontakta {PERSON_a}, {PHONE_a}, {EMAIL_a}.', 'Avgiften betalas till {IBAN_a}.') },
  { id: 'us-w9', cs: ['us'], w: 2, f: () => L(
    'Fwd: W-9 for the cleaning job', 'Hey {GIVEN_a}, here is my info for the 1099 — name {ME}, SSN {SSN_a}, address {ADDRESS_a}.',
    'Your business EIN is {ein} right? Pay me via Zelle to {PHONE_a}. Thanks!') },
  { id: 'us-volunteer', cs: ['us'], w: 2, f: () => L(
    'Grace Fellowship – Volunteer background check', 'Full name: {PERSON_a}', 'Date of birth: {DOB_a}', 'Social Security No.: {SSN_a}',
    'Previous address (last 7 yrs):', '{ADDRM_a}', 'Signed: {PERSON_a}  Witness: Pastor {SUR_b}') },
  { id: 'mum-card', cs: [], w: 3, f: (r) => L(
    '{GIVEN_a}: can you book the bus tickets for grandma? use my card',
    `{GIVEN_a}: {CARD_a} exp ${pad(r.int(1, 12))}/${r.int(26, 32)}, the cvv I'll tell you on the phone`,
    '{GIVEN_b}: ok. the old one ending {pin} got blocked right?', '{GIVEN_a}: yes. delete this msg after 🙏') },
  { id: 'es-tarjeta', cs: ['es', 'mx', 'br'], w: 2, f: () => L(
    '{PERSON_a}: Mija, paga la inscripción del taller con mi tarjeta {CARD_a}',
    '{PERSON_b}: Listo mamá, el comprobante dice folio {inv}. La anterior terminaba en {pin}.') },
  { id: 'cctv-shop', cs: [], w: 3, f: () => L(
    'Notes from the CCTV installer for the shop:', 'NVR: {IP_a} (web on port {port})', 'Cam 1 front door: {IP_b}', 'Remote viewing IPv6: {IPV6_a}',
    'Installer: {PERSON_a}, {PHONE_a}. Admin login sent to {EMAIL_a}. Firmware {ver}.') },
];

const NEGATIVES: Template[] = [
  { id: 'neg-chat', cs: [], w: 1, neg: true, f: (r) => L(
    `${ts(r.chance(0.5) ? { date: 'Mon', hhmm: '09:12' } : { date: 'Tue', hhmm: '18:40' })} Mum: who finished the Ben & Jerry's??`,
    '[Tue, 18:41] Dad: not me. Also the Ford needs an MOT before the 14th', '[Tue, 18:45] Me: Ordering from McDonald\'s, anyone?',
    `[Tue, 18:46] Mum: no, Aunty's Parkinson's appointment moved to Friday 3pm`) },
  { id: 'neg-tracking', cs: [], w: 1, neg: true, f: () => L(
    'Your order {ref} has shipped! Tracking number {track}.', 'Estimated delivery {date}. Version {ver} of the app lets you reschedule.') },
  { id: 'neg-bank', cs: [], w: 1, neg: true, f: () => L(
    'The transfer failed — the bank says the IBAN {bad_iban} is invalid and card {bad_card} was declined.',
    'Routing no. {routing}, company EIN {ein}, error code E-{inv}. Masked card on file {mask_card}, phone {mask_phone}.') },
  { id: 'neg-notice', cs: [], w: 1, neg: true, f: (r) => L(
    'COMMUNITY NOTICE', `Bin collection moves to ${'{date}'} because of the bank holiday.`,
    `The ${r.pick(['Lincoln Memorial Hall', 'Nelson Mandela Community Centre', 'Victoria Park', 'Queen Elizabeth Library'])} will host the Grant Writing workshop at {time}.`,
    'Bring your May Day costumes! Ref {inv}.') },
  { id: 'neg-tech', cs: [], w: 1, neg: true, f: () => L(
    'App crashed again, build {hash}, version {ver}, timestamp {date} {hhmm}.', 'Log says "heap 2048 MB exceeded at 0x7ffd". Ticket #{inv}.') },
  { id: 'neg-es', cs: ['es', 'mx'], w: 1, neg: true, f: () => L(
    'Recordatorio: la reunión de la AMPA es el {date} a las {time} en el salón San Juan Bosco.', 'Traed el recibo nº {inv}. ¡Gracias!') },
  { id: 'neg-zh', cs: ['cn', 'jp'], w: 1, neg: true, f: () => L(
    '通知：{date}小区停水，时间{time}开始。订单号{inv}，请勿回复。') },
  { id: 'neg-de', cs: ['de'], w: 1, neg: true, f: () => L(
    'Hinweis: Die Müllabfuhr kommt am {date}. Das Sommerfest im Goethe-Park startet um {time}. Ticket-Nr. {inv}, Version {ver}.') },
];

// ---------------------------------------------------------------- assembly

const PLAIN_PREFIX = [
  'Can you translate this into English?\n\n', 'Summarise this for me please:\n\n', 'Is this message a scam?\n\n',
  'Help me write a polite reply to this:\n\n', 'Fix the formatting of this, it came out weird from the scanner:\n\n',
  'What does this mean?\n\n', '', '', '', '',
];
const SELF_PREFIX = [
  'My name is {ME} and I got this message — what should I answer?\n\n', 'Hi, {ME} here. Can you tidy this up before I send it?\n\n',
  'I am {ME}. Please translate the following:\n\n', 'This is the group chat of my building (I\'m {ME}). Who do I pay?\n\n',
];

function pickWeighted(r: Rng, ts: readonly Template[]): Template {
  const total = ts.reduce((s, t) => s + t.w, 0);
  let x = r.next() * total;
  for (const t of ts) {
    x -= t.w;
    if (x < 0) return t;
  }
  return ts[ts.length - 1] as Template;
}

function document(r: Rng): Independent19Entry {
  const neg = r.chance(0.1);
  const t = pickWeighted(r, neg ? NEGATIVES : TEMPLATES);
  const c = t.cs.length ? byId(r.pick(t.cs)) : r.pick(C);
  const v = makeVals(r, c);
  const d = new Doc();
  if (!neg && r.chance(0.22)) fill(d, r.pick(SELF_PREFIX), v);
  else d.t(r.pick(PLAIN_PREFIX));
  fill(d, t.f(r, v, c), v);
  if (!neg && r.chance(0.06)) fill(d, '\n\n(sent from my phone — {ME})', v);
  return { text: d.text, labels: d.labels, knownNames: d.known };
}

/** Generates split #19: whole documents until at least `minInstances` labels exist. */
export function generateIndependent19Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent19Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT19_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT19_MIN_INSTANCES;
  const out: Independent19Entry[] = [];
  let total = 0;
  while (total < min) {
    const e = document(r);
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
