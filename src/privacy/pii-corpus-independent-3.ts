/**
 * @module privacy/pii-corpus-independent-3 — a third independent, seeded, labelled PII corpus, written
 * blind to the detector (its rules, word lists and earlier corpora were never opened while writing it).
 * Its own templates, name lists (many cultures and scripts), value formats and negative material
 * (organisations, brands, places, drugs, products, look-alike numbers) live only in this file. It is a
 * reported split: the evaluation prints its figures and asserts only its structure.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';

/** A PII type as the evaluation spells it. */
type PiiKind = PiiLabel['type'];

/** Default number of labelled instances per corpus (the brief asks for at least 2,400 per seed). */
export const INDEPENDENT3_MIN_INSTANCES = 2400;
/** Seeds of the reported split; never used for anything else. */
export const INDEPENDENT3_SEEDS = [93_001, 93_002, 93_003] as const;

/** A gold label that also records the value written, so tests can check `text.slice(start, end)`. */
export interface Independent3Label extends PiiLabel {
  readonly value: string;
}

/** One message of the corpus; assignable to {@link PiiCorpusEntry}. */
export interface Independent3Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent3Label[];
}

/** Options for {@link generateIndependent3Corpus}. */
export interface Independent3Options {
  readonly seed?: number;
  readonly minInstances?: number;
}

// ---------------------------------------------------------------------------------------------------
// Random numbers (the shared seeded `Rng`; only its mechanics, none of the older corpora's content)

/** Zero-padded decimal, `width` digits at least. */
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------------
// Checksums (exported for the generator's own tests)

/** True when a digit string (spaces and dashes ignored) passes the Luhn check. */
export function luhnValid(value: string): boolean {
  const d = value.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit for a payload (digits without the check digit). */
function luhnDigit(payload: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(payload + String(c))) return String(c);
  return '0';
}

/** ISO 7064 mod 97 of an alphanumeric string (letters A=10 … Z=35). */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** True when an IBAN (spaces ignored, any case) has a valid mod-97 check. */
export function ibanValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// ---------------------------------------------------------------------------------------------------
// Names: fresh lists by culture, avoiding the most common English names

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
}

const LATIN_CULTURES: readonly Culture[] = [
  { given: ['Adebayo', 'Folasade', 'Olumide', 'Titilayo', 'Oluwaseun', 'Abimbola', 'Temitope', 'Babajide', 'Yetunde', 'Kehinde'], family: ['Adeyemi', 'Ogunleye', 'Olawale', 'Bankole', 'Fashola', 'Akinola', 'Oyelaran', 'Adesanya'] },
  { given: ['Chinonso', 'Ngozi', 'Obinna', 'Adaeze', 'Ikechukwu', 'Chiamaka', 'Emeka', 'Nneka', 'Chidubem'], family: ['Okonkwo', 'Nwosu', 'Eze', 'Nwachukwu', 'Okafor', 'Uzoma', 'Anyanwu', 'Obiora'] },
  { given: ['Aminu', 'Hauwa', 'Bashir', 'Zainab', 'Sadiq', 'Hadiza'], family: ['Abubakar', 'Danjuma', 'Garba', 'Lawal', 'Shehu'] },
  { given: ['Wanjiru', 'Kamau', 'Achieng', 'Otieno', 'Nyambura', 'Baraka', 'Zawadi', 'Imani'], family: ['Mwangi', 'Odhiambo', 'Kiprop', 'Chebet', 'Wekesa', 'Njoroge'] },
  { given: ['Tewodros', 'Meseret', 'Abebe', 'Selamawit', 'Yonas', 'Hiwot'], family: ['Bekele', 'Tesfaye', 'Gebremedhin', 'Alemu', 'Desta', 'Woldemariam'] },
  { given: ['Thandiwe', 'Sipho', 'Nomvula', 'Lwazi', 'Ayanda', 'Bongani'], family: ['Dlamini', 'Nkosi', 'Mthembu', 'Khumalo', 'Ndlovu', 'Zungu'] },
  { given: ['Youssef', 'Layla', 'Khaled', 'Rania', 'Tariq', 'Nour', 'Hamza', 'Samira', 'Bilal', 'Dalia'], family: ['al-Rashid', 'El-Masri', 'Haddad', 'Abu-Zayd', 'Khoury', 'Nasser', 'bin Saleh', 'Qasim', 'Barakat'] },
  { given: ['Shirin', 'Kourosh', 'Parisa', 'Arash', 'Niloufar', 'Babak', 'Mahsa'], family: ['Hosseini', 'Tehrani', 'Rahimi', 'Farahani', 'Karimi', 'Moradi'] },
  { given: ['Emre', 'Elif', 'Burak', 'Zeynep', 'Oğuz', 'Ayşe', 'Çağla', 'Mert'], family: ['Yılmaz', 'Öztürk', 'Demir', 'Kaya', 'Aydın', 'Şahin', 'Çelik'] },
  { given: ['Aarav', 'Priyanka', 'Vikram', 'Ananya', 'Rohit', 'Sneha', 'Devendra', 'Kavita'], family: ['Sharma', 'Chaturvedi', 'Mehrotra', 'Agarwal', 'Srivastava', 'Tiwari'] },
  { given: ['Karthik', 'Lakshmi', 'Senthil', 'Meenakshi', 'Arjun', 'Divya', 'Murugan'], family: ['Subramanian', 'Venkatesan', 'Ramasamy', 'Krishnamurthy', 'Iyer', 'Pillai', 'Natarajan'] },
  { given: ['Arnab', 'Moumita', 'Sourav', 'Ishita', 'Tanvir', 'Nusrat'], family: ['Chatterjee', 'Banerjee', 'Mukherjee', 'Rahman', 'Hossain', 'Sengupta'] },
  { given: ['Harpreet', 'Gurpreet', 'Jaswinder', 'Manpreet', 'Navjot'], family: ['Sandhu', 'Grewal', 'Dhillon', 'Brar', 'Sidhu'] },
  { given: ['Jiahui', 'Zhiwei', 'Meiling', 'Haoran', 'Yuxuan', 'Xinyi', 'Zihan'], family: ['Zhang', 'Liu', 'Huang', 'Zhou', 'Xu', 'Guo', 'Lin'] },
  { given: ['Ka-Wai', 'Wing-Yan', 'Siu-Ming', 'Hoi-Lam', 'Chun-Kit'], family: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Tsang'] },
  { given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Hye-jin', 'Dong-hyun', 'Su-bin'], family: ['Park', 'Choi', 'Jeong', 'Kang', 'Yoon', 'Hwang'] },
  { given: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Hinata', 'Takeshi', 'Naoko', 'Ryusei'], family: ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Inoue', 'Matsumoto'] },
  { given: ['Thanh', 'Hương', 'Đức', 'Quang', 'Linh', 'Trang'], family: ['Nguyễn', 'Trần', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'] },
  { given: ['Somchai', 'Siriporn', 'Anong', 'Kittisak', 'Pimchanok'], family: ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Rattanakorn', 'Boonmee'] },
  { given: ['Maricel', 'Jericho', 'Rowena', 'Dindo', 'Marites'], family: ['dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Dimaculangan'] },
  { given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Wahyu', 'Ratna'], family: ['Santoso', 'Wijaya', 'Hidayat', 'Kusuma', 'Setiawan'] },
  { given: ['Katarzyna', 'Tomasz', 'Małgorzata', 'Grzegorz', 'Agnieszka', 'Wojciech'], family: ['Wiśniewski', 'Wójcik', 'Kowalczyk', 'Zieliński', 'Szymańska', 'Lewandowska'] },
  { given: ['Jiří', 'Zuzana', 'Lukáš', 'Petra', 'Ondřej'], family: ['Novák', 'Dvořák', 'Procházková', 'Černý', 'Svoboda'] },
  { given: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Gergely'], family: ['Kovács', 'Szabó', 'Horváth', 'Varga', 'Molnár'] },
  { given: ['Aino', 'Eero', 'Sigrún', 'Bjørn', 'Ingrid', 'Ásgeir', 'Sanna', 'Mikko', 'Astrid'], family: ['Virtanen', 'Korhonen', 'Halvorsen', 'Lindqvist', 'Sigurðardóttir', 'Johannesen', 'Bergström'] },
  { given: ['Dimitris', 'Eleni', 'Giorgos', 'Katerina', 'Vasiliki', 'Stavros'], family: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Oikonomou', 'Karagianni'] },
  { given: ['João', 'Conceição', 'Thiago', 'Luana', 'Gonçalo', 'Beatriz'], family: ['Gonçalves', 'Carvalho', 'dos Santos', 'da Silva', 'Nascimento', 'Magalhães'] },
  { given: ['Itziar', 'Ximena', 'Rodrigo', 'Guadalupe', 'Iñaki', 'Maite', 'Joaquín'], family: ['Etxeberria', 'Fernández', 'de la Cruz', 'Quispe', 'Mamani', 'Villalobos', 'Urrutia'] },
  { given: ['Jordi', 'Montserrat', 'Núria', 'Pau', 'Arnau'], family: ['Vilanova', 'Ferrer', 'Soler', 'Casals', 'Puigvert'] },
  { given: ['Chiara', 'Lorenzo', 'Federica', 'Matteo', 'Giulia', 'Ottavio'], family: ['Esposito', 'Bianchi', 'Ferraro', "D'Angelo", 'Lo Bianco', 'Caruso'] },
  { given: ['Jean-Baptiste', 'Anne-Sophie', 'Mathéo', 'Océane', 'Gaëlle', 'Loïc', 'Thibault'], family: ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'de Villiers', 'Delacroix'] },
  { given: ['Jürgen', 'Anneliese', 'Friederike', 'Maximilian', 'Svenja', 'Hannelore'], family: ['Schäfer', 'Hoffmann', 'Weißenborn', 'Bachmann', 'von Hagen', 'Zimmermann-Kaya'] },
  { given: ['Sanne', 'Joris', 'Femke', 'Maarten', 'Lieke', 'Bram', 'Wouter'], family: ['van der Berg', 'de Vries', 'van Dijk', 'Vermeulen', 'van den Broeck', 'de Jong'] },
  { given: ['Siobhán', 'Oisín', 'Niamh', 'Ruairí', 'Eilidh', 'Rhys', 'Gwenllian', 'Caoimhe', 'Dafydd'], family: ["O'Sullivan", 'Ní Bhriain', 'MacLeod', 'McGillivray', 'Ó Briain', 'ap Gwilym', "O'Driscoll"] },
  { given: ['Anastasia', 'Dmitri', 'Yekaterina', 'Oleksandr', 'Svitlana', 'Bohdan'], family: ['Ivanova', 'Kuznetsov', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Sokolova'] },
  { given: ['Nino', 'Giorgi', 'Levan', 'Armen', 'Lusine', 'Tatevik'], family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Hovhannisyan', 'Petrosyan', 'Grigoryan'] },
  { given: ['Noa', 'Yonatan', 'Eitan', 'Shira', 'Avital'], family: ['Mizrahi', 'Ben-David', 'Peretz', 'Avraham', 'Biton'] },
  { given: ['Aroha', 'Tama', 'Mereana', 'Wiremu', 'Sione', 'Losaline'], family: ['Ngata', 'Te Rangi', 'Parata', 'Tuilagi', 'Fifita', 'Tuiasosopo'] },
  { given: ['DeShawn', 'Latoya', 'Keisha', 'Tremaine', 'Shaniqua'], family: ['Whitfield', 'Beauchamp', 'Ransome', 'Merriweather', 'Ellison'] },
  { given: ['Peregrine', 'Tamsin', 'Barnaby', 'Imogen', 'Crispin', 'Philippa', 'Rosalind', 'Tobias'], family: ['Featherstonehaugh', 'Ashdown', 'Blenkinsop', 'Thistlewood', 'Wetherall', 'Cholmondeley'] },
];

/** Names in their own scripts; `fg` writes the family name first (as in Chinese, Japanese, Korean). */
interface NativeName {
  readonly given: string;
  readonly family: string;
  readonly order: 'gf' | 'fg';
  readonly sep: string;
}

const NATIVE_NAMES: readonly NativeName[] = [
  { given: 'Ольга', family: 'Смирнова', order: 'gf', sep: ' ' },
  { given: 'Дмитрий', family: 'Волков', order: 'gf', sep: ' ' },
  { given: 'Олена', family: 'Коваленко', order: 'gf', sep: ' ' },
  { given: 'Δημήτρης', family: 'Παπαδόπουλος', order: 'gf', sep: ' ' },
  { given: 'Ελένη', family: 'Γεωργίου', order: 'gf', sep: ' ' },
  { given: '秀英', family: '王', order: 'fg', sep: '' },
  { given: '浩然', family: '李', order: 'fg', sep: '' },
  { given: '静怡', family: '陈', order: 'fg', sep: '' },
  { given: '健太', family: '佐藤', order: 'fg', sep: ' ' },
  { given: '美咲', family: '鈴木', order: 'fg', sep: ' ' },
  { given: '민준', family: '김', order: 'fg', sep: '' },
  { given: '서연', family: '이', order: 'fg', sep: '' },
  { given: 'فاطمة', family: 'الزهراني', order: 'gf', sep: ' ' },
  { given: 'يوسف', family: 'حداد', order: 'gf', sep: ' ' },
  { given: 'נועה', family: 'לוי', order: 'gf', sep: ' ' },
  { given: 'יונתן', family: 'כהן', order: 'gf', sep: ' ' },
  { given: 'अनीता', family: 'शर्मा', order: 'gf', sep: ' ' },
  { given: 'राहुल', family: 'वर्मा', order: 'gf', sep: ' ' },
  { given: 'สมชาย', family: 'ใจดี', order: 'gf', sep: ' ' },
  { given: 'கார்த்திக்', family: 'சுப்பிரமணியன்', order: 'gf', sep: ' ' },
  { given: 'ნინო', family: 'ბერიძე', order: 'gf', sep: ' ' },
  { given: 'Անի', family: 'Պետրոսյան', order: 'gf', sep: ' ' },
];

/** Share of full names written in a non-Latin script. */
const NATIVE_SHARE = 0.1;

/** Titles written before a family name (the label covers the name only, not the title). */
const TITLES = ['Dr.', 'Dr', 'Mr', 'Mrs.', 'Ms', 'Mx', 'Prof.', 'Professor', 'Nurse', 'Herr', 'Frau', 'Mme', 'Sra.', 'Judge', 'Pastor'];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly latin: boolean;
}

function latinPerson(rng: Rng): Person {
  const c = rng.pick(LATIN_CULTURES);
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  return { given, family, full: `${given} ${family}`, latin: true };
}

function anyPerson(rng: Rng): Person {
  if (!rng.chance(NATIVE_SHARE)) return latinPerson(rng);
  const n = rng.pick(NATIVE_NAMES);
  const full = n.order === 'gf' ? `${n.given}${n.sep}${n.family}` : `${n.family}${n.sep}${n.given}`;
  return { given: n.given, family: n.family, full, latin: false };
}

/** ASCII letters of a name, for e-mail local parts. */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ðĐđ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// Structured PII values

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.jp', 'web.de', 'gmx.at', 'orange.fr', 'libero.it',
  'hotmail.co.uk', 'icloud.com', 'fastmail.fm', 'seznam.cz', 'wp.pl', 'naver.com', 'uol.com.br', 'btinternet.com',
  'brightwater-mutual.com', 'kestrelhealth.org', 'northfold.coop', 'uni-leipzig.de', 'student.unimelb.edu.au',
  'mail.tallowandpine.io', 'corvid-analytics.dev', 'harbourline.co.nz', 'zentralklinik-ost.de', 'nhs.net',
];

function email(rng: Rng): string {
  const p = latinPerson(rng);
  const g = ascii(p.given);
  const f = ascii(p.family);
  const local = rng.pick([
    `${g}.${f}`, `${g[0] ?? 'x'}${f}`, `${g}${f}${rng.int(1, 99)}`, `${f}_${g}`, `${g}+${rng.pick(['billing', 'shop', 'news', 'work'])}`,
    `${g}.${f}.${rng.int(70, 99)}`, `${f}-${g[0] ?? 'x'}`, `${g}${rng.int(1980, 2005)}`,
  ]);
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}

/** Phone formats by country; `#` is a random digit. */
const PHONE_FORMATS = [
  '+44 20 7946 0###', '020 7946 0###', '07700 900###', '+44 7700 900###', '+44 (0)161 496 0###',
  '(415) 555-0###', '415-555-0###', '+1 415 555 0###', '212.555.0###', '+1 (646) 555-0###',
  '+49 30 ########', '030 ########', '+49 151 ########', '0151 ########', '+49 (0)89 ### ####',
  '+33 6 ## ## ## ##', '06 ## ## ## ##', '01.##.##.##.##', '+33 (0)1 ## ## ## ##',
  '+91 98### #####', '098### #####', '+91-80-####-####',
  '+81 3-####-####', '03-####-####', '090-####-####',
  '+55 11 9####-####', '(11) 9####-####', '+55 (21) 9####-####',
  '+61 4## ### ###', '04## ### ###', '(02) #### ####',
  '+234 803 ### ####', '0803 ### ####', '+254 7## ######',
  '+34 6## ## ## ##', '6## ### ###', '+31 6 ########', '06-########',
  '+52 55 #### ####', '+27 82 ### ####', '082 ### ####', '+82 10-####-####', '010-####-####',
  '+353 87 ### ####', '+48 22 ### ## ##', '+39 3## ### ####', '+46 70-### ## ##', '+1-604-555-0###',
];

function phone(rng: Rng): string {
  return rng.pick(PHONE_FORMATS).replace(/#/g, () => String(rng.int(0, 9)));
}

interface CardBrand {
  readonly prefixes: readonly string[];
  readonly length: number;
  readonly groups: readonly number[];
}

const CARD_BRANDS: readonly CardBrand[] = [
  { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['51', '52', '53', '54', '55', '2221', '2345', '2599', '2720'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { prefixes: ['6011', '644', '65'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['3528', '3541', '3566', '3589'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['36', '38', '300', '305'], length: 14, groups: [4, 6, 4] },
  { prefixes: ['62'], length: 19, groups: [4, 4, 4, 4, 3] },
  { prefixes: ['6759', '5018', '6304'], length: 16, groups: [4, 4, 4, 4] },
];

function card(rng: Rng): string {
  const b = rng.pick(CARD_BRANDS);
  const prefix = rng.pick(b.prefixes);
  const payload = prefix + rng.digits(b.length - prefix.length - 1);
  const digits = payload + luhnDigit(payload);
  const sep = rng.pick([' ', ' ', '-', '']);
  if (!sep) return digits;
  const parts: string[] = [];
  let at = 0;
  for (const g of b.groups) {
    parts.push(digits.slice(at, at + g));
    at += g;
  }
  return parts.join(sep);
}

/** BBAN layouts by country: `n` digits, `a` upper-case letters, `c` alphanumerics, each with a count. */
const IBAN_LAYOUTS: ReadonlyArray<readonly [string, string]> = [
  ['DE', 'n18'], ['GB', 'a4n14'], ['FR', 'n10c11n2'], ['NL', 'a4n10'], ['ES', 'n20'], ['IT', 'a1n10c12'],
  ['BE', 'n12'], ['CH', 'n5c12'], ['AT', 'n16'], ['PL', 'n24'], ['IE', 'a4n14'], ['SE', 'n20'], ['NO', 'n11'],
  ['DK', 'n14'], ['PT', 'n21'], ['FI', 'n14'], ['SA', 'n2c18'], ['AE', 'n19'], ['LU', 'n3c13'], ['HR', 'n17'],
];

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function iban(rng: Rng): string {
  const [cc, layout] = rng.pick(IBAN_LAYOUTS);
  let bban = '';
  for (const m of layout.matchAll(/([nac])(\d+)/g)) {
    const n = Number(m[2]);
    for (let i = 0; i < n; i++) {
      bban += m[1] === 'n' ? String(rng.int(0, 9)) : m[1] === 'a' ? rng.pick([...UPPER]) : rng.pick([...ALNUM]);
    }
  }
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const compact = `${cc}${check}${bban}`;
  return rng.chance(0.55) ? (compact.match(/.{1,4}/g) ?? [compact]).join(' ') : compact;
}

function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(rng.int(1, 99), 2);
  const s = pad(rng.int(1, 9999), 4);
  const sep = rng.pick(['-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}

function ipv4(rng: Rng): string {
  const first = rng.pick(['23', '31', '45', '62', '81', '91', '103', '146', '185', '203', '213', '10', '192.168', '172.20']);
  const parts = first.split('.');
  while (parts.length < 4) parts.push(String(rng.int(parts.length === 3 ? 1 : 0, 254)));
  return parts.join('.');
}

function ipv6(rng: Rng): string {
  const h = (): string => rng.int(0, 0xffff).toString(16);
  switch (rng.int(0, 4)) {
    case 0: return [h(), h(), h(), h(), h(), h(), h(), h()].map((x, i) => (i === 0 ? '2a02' : x)).join(':');
    case 1: return `2001:db8:${h()}:${h()}::${h()}`;
    case 2: return `fe80::${h()}:${h()}:${h()}:${h()}`;
    case 3: return `2a01:4f8:${h()}:${h()}::${rng.int(1, 9)}`;
    default: return `2600:1700:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.toUpperCase();
  }
}

// Addresses, one generator per country format.
const US_STREETS = ['Larkspur Lane', 'Old Mill Road', 'Cedar Hollow Dr', 'W Pershing Ave', 'Magnolia Ct', 'Quarry Ridge Blvd'];
const US_CITIES = [['Boise', 'ID', '837'], ['Duluth', 'MN', '558'], ['Tucson', 'AZ', '857'], ['Asheville', 'NC', '288'], ['Spokane', 'WA', '992'], ['Savannah', 'GA', '314']] as const;
const UK_STREETS = ['Kingsmead Road', 'Tanner Street', 'Cowley Close', 'Abbotsford Gardens', 'Sandpiper Way', 'Mill Lane'];
const UK_CITIES = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Edinburgh', 'EH'], ['Leicester', 'LE']] as const;
const DE_STREETS = ['Lindenstraße', 'Am Kupfergraben', 'Schillerweg', 'Bergmannstraße', 'Rosenheimer Str.', 'Kastanienallee'];
const DE_CITIES = [['10115', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['04109', 'Leipzig'], ['20095', 'Hamburg'], ['01067', 'Dresden']] as const;
const FR_STREETS = ['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard de la Liberté', 'impasse des Lilas', 'rue du Faubourg Saint-Denis'];
const FR_CITIES = [['69002', 'Lyon'], ['13001', 'Marseille'], ['31000', 'Toulouse'], ['75010', 'Paris'], ['44000', 'Nantes']] as const;
const NL_STREETS = ['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Vondelstraat', 'Lange Voorhout'];
const NL_CITIES = ['Amsterdam', 'Utrecht', 'Den Haag', 'Groningen', 'Eindhoven'];
const OTHER_ADDRESSES: ReadonlyArray<(r: Rng) => string> = [
  (r) => `${r.int(1, 30)}-${r.int(1, 20)}-${r.int(1, 12)} ${r.pick(['Kamimeguro', 'Nishishinjuku', 'Tenjin', 'Umeda'])}, ${r.pick(['Meguro-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Chuo-ku, Fukuoka', 'Kita-ku, Osaka'])} ${r.digits(3)}-${r.digits(4)}`,
  (r) => `〒${r.digits(3)}-${r.digits(4)} 東京都${r.pick(['渋谷区神南', '世田谷区三軒茶屋', '目黒区自由が丘'])}${r.int(1, 4)}-${r.int(1, 20)}-${r.int(1, 12)}`,
  (r) => `${r.int(10, 999)} ${r.pick(['Queen St W', 'Rue Sainte-Catherine O', 'Jasper Ave NW'])}, ${r.pick(['Toronto, ON M5H', 'Montréal, QC H3B', 'Edmonton, AB T5J'])} ${r.int(1, 9)}${r.pick([...UPPER])}${r.int(1, 9)}`,
  (r) => `Unit ${r.int(1, 40)}, ${r.int(1, 200)} ${r.pick(['Wattle Street', 'Brunswick Rd', 'Ocean Parade'])}, ${r.pick(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Fremantle WA 6160'])}`,
  (r) => `Flat ${r.int(101, 905)}, ${r.pick(['Sai Krupa Apartments', 'Green Glen Layout', 'Lotus Residency'])}, ${r.int(1, 18)}th Cross, ${r.pick(['Indiranagar, Bengaluru 560038', 'Koramangala, Bengaluru 560034', 'Anna Nagar, Chennai 600040'])}`,
  (r) => `${r.pick(['Rua Augusta', 'Av. Sete de Setembro', 'Rua das Laranjeiras'])}, ${r.int(10, 2999)}, apto ${r.int(11, 184)}, ${r.pick(['São Paulo - SP', 'Salvador - BA', 'Rio de Janeiro - RJ'])}, ${r.digits(5)}-${r.digits(3)}`,
  (r) => `${r.pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución'])} ${r.int(1, 300)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.'])}, ${r.pick(['28009 Madrid', '08013 Barcelona', '41004 Sevilla'])}`,
  (r) => `Via ${r.pick(['Garibaldi', 'dei Mille', 'Roma', 'San Vitale'])} ${r.int(1, 120)}, ${r.pick(['20121 Milano MI', '40125 Bologna BO', '80134 Napoli NA'])}`,
  (r) => `ul. ${r.pick(['Długa', 'Piotrkowska', 'Floriańska', 'Świętojańska'])} ${r.int(1, 99)}/${r.int(1, 40)}, ${r.pick(['00-238 Warszawa', '90-410 Łódź', '31-019 Kraków'])}`,
  (r) => `${r.int(1, 99)} ${r.pick(['Karangahape Road', 'Cuba Street', 'Riccarton Road'])}, ${r.pick(['Auckland 1010', 'Wellington 6011', 'Christchurch 8041'])}`,
];

function address(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0: {
      const [city, st, zip] = rng.pick(US_CITIES);
      const apt = rng.chance(0.4) ? `, Apt ${rng.int(1, 24)}${rng.pick(['A', 'B', 'C', ''])}` : '';
      return `${rng.int(12, 9870)} ${rng.pick(US_STREETS)}${apt}, ${city}, ${st} ${zip}${rng.digits(2)}`;
    }
    case 1: {
      const [city, pc] = rng.pick(UK_CITIES);
      const flat = rng.chance(0.35) ? `Flat ${rng.int(1, 12)}, ` : '';
      return `${flat}${rng.int(1, 220)} ${rng.pick(UK_STREETS)}, ${city} ${pc}${rng.int(1, 19)} ${rng.int(1, 9)}${rng.pick([...UPPER])}${rng.pick([...UPPER])}`;
    }
    case 2: {
      const [zip, city] = rng.pick(DE_CITIES);
      return `${rng.pick(DE_STREETS)} ${rng.int(1, 140)}${rng.pick(['', '', 'a', 'b'])}, ${zip} ${city}`;
    }
    case 3: {
      const [zip, city] = rng.pick(FR_CITIES);
      return `${rng.int(1, 88)}${rng.pick(['', '', ' bis'])} ${rng.pick(FR_STREETS)}, ${zip} ${city}`;
    }
    case 4:
      return `${rng.pick(NL_STREETS)} ${rng.int(1, 400)}${rng.pick(['', '-1', '-H', 'A'])}, ${rng.int(1000, 9999)} ${rng.pick([...UPPER])}${rng.pick([...UPPER])} ${rng.pick(NL_CITIES)}`;
    default:
      return rng.pick(OTHER_ADDRESSES)(rng);
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function dob(rng: Rng): string {
  const y = rng.int(1938, 2012);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const mm = pad(m, 2);
  const dd = pad(d, 2);
  const name = MONTHS[m - 1] ?? 'May';
  switch (rng.int(0, 10)) {
    case 0: return `${dd}/${mm}/${y}`;
    case 1: return `${mm}/${dd}/${y}`;
    case 2: return `${y}-${mm}-${dd}`;
    case 3: return `${d} ${name} ${y}`;
    case 4: return `${name} ${d}, ${y}`;
    case 5: return `${dd}.${mm}.${y}`;
    case 6: return `${dd}-${name.slice(0, 3)}-${y}`;
    case 7: return `${m}/${d}/${String(y).slice(2)}`;
    case 8: return `${name.slice(0, 3)} ${d} ${y}`;
    case 9: return `${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'} of ${name} ${y}`;
    default: return `${d}. ${MONTHS_DE[m - 1] ?? 'Mai'} ${y}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Negative material (never labelled)

const BANKS = ['Barclays', 'HSBC', 'Santander', 'Deutsche Bank', 'ING', 'Rabobank', 'Monzo', 'Revolut', 'Chase', 'Wells Fargo', 'Nubank', 'Lloyds Bank', 'Charles Schwab', 'Northfold Credit Union', 'Ashgrove Savings', 'Banco Itaú', 'Commerzbank', 'BNP Paribas'];
const HOSPITALS = ['Mayo Clinic', 'Johns Hopkins Hospital', 'Cleveland Clinic', 'Charité', "Guy's and St Thomas'", 'Mount Sinai', 'Kaiser Permanente', 'St Vincent’s', 'Karolinska', 'Kestrel Health Partners', 'Riverbend Medical Group', 'Apollo Hospitals'];
const INSURERS = ['Aetna', 'Cigna', 'Humana', 'Allianz', 'AXA', 'Zurich Insurance', 'Bupa', 'Blue Cross Blue Shield', 'Brightwater Mutual', 'Generali', 'Aviva', 'Lemonade'];
const SHOPS = ['Walmart', 'Target', 'Tesco', "Sainsbury's", 'IKEA', 'Zalando', 'Best Buy', 'Home Depot', 'Marks & Spencer', 'Tallow & Pine', 'MediaMarkt', 'Costco', 'Decathlon', "Trader Joe's", 'Boots'];
const SOFTWARE = ['Visual Studio Code', 'PostgreSQL', 'Kubernetes', 'Terraform', 'Jira', 'Confluence', 'GitHub Actions', 'Figma', 'Salesforce', 'Zendesk', 'Slack', 'Notion', 'Docker Desktop', 'Corvid Analytics', 'Django', 'Next.js', 'Grafana', 'Xcode'];
const OTHER_ORGS = ['Morgan Stanley', 'Johnson & Johnson', 'Goldman Sachs', 'Ernst & Young', 'Procter & Gamble', 'Hewlett-Packard', 'Harbourline Freight', 'Pemberton & Lowe Solicitors', 'Mercedes-Benz', 'Tim Hortons', 'Ben & Jerry’s', 'Dr. Oetker', 'Halvorsen Logistics', 'Vodafone', 'Deutsche Telekom', 'Ryanair', 'Lufthansa'];
const PLACES = ['Reykjavík', 'Ouagadougou', 'Kraków', 'São Paulo', 'Chiang Mai', 'Valparaíso', 'Kyoto', 'Tbilisi', 'Winnipeg', 'Adelaide', 'Florence', 'Victoria', 'Lincoln', 'Charlotte', 'Regina', 'Austin', 'Jackson', 'Eindhoven', 'Nairobi', 'Heathrow', 'Abu Dhabi', 'Bruges'];
const PRODUCTS = ['iPhone 15 Pro', 'Galaxy S24', 'ThinkPad X1 Carbon', 'PlayStation 5', 'Kindle Paperwhite', 'Dyson V15', 'Roomba j7', 'AirPods Pro', 'Pixel 8a', 'Surface Laptop', 'Chase Sapphire card', 'Lincoln Navigator', 'Air Jordan 1', 'Tesla Model Y', 'Instant Pot', 'Fitbit Charge 6', 'Dr. Martens boots'];
const DRUGS = ['metformin', 'atorvastatin', 'Ozempic', 'Humira', 'lisinopril', 'Xarelto', 'Eliquis', 'Keytruda', 'amoxicillin', 'sertraline', 'Lexapro', 'Wegovy', 'Dupixent', 'levothyroxine', 'Ventolin', 'ibuprofen', 'Paxlovid'];
const ROLES = ['Senior Analyst', 'Practice Manager', 'Head of Engineering', 'Claims Adjuster', 'Charge Nurse', 'Customer Success Lead', 'Staff Engineer', 'Office Manager'];
const BICS = ['DEUTDEFFXXX', 'NWBKGB2L', 'BNPAFRPP', 'INGBNL2A', 'RABONL2U', 'COBADEFFXXX', 'BSCHESMM'];

function nonLuhn16(rng: Rng): string {
  let d = rng.pick(['4', '5', '3', '6']) + rng.digits(15);
  if (luhnValid(d)) d = d.slice(0, 15) + String((Number(d[15]) + 1) % 10);
  return rng.chance(0.5) ? (d.match(/.{4}/g) ?? [d]).join(' ') : (d.match(/.{4}/g) ?? [d]).join('-');
}

/** Generators for the unlabelled placeholders. */
const FILLERS: Readonly<Record<string, (r: Rng) => string>> = {
  BANK: (r) => r.pick(BANKS),
  HOSP: (r) => r.pick(HOSPITALS),
  INSURER: (r) => r.pick(INSURERS),
  SHOP: (r) => r.pick(SHOPS),
  SOFTWARE: (r) => r.pick(SOFTWARE),
  ORG: (r) => r.pick([...OTHER_ORGS, ...BANKS, ...SHOPS, ...INSURERS]),
  PLACE: (r) => r.pick(PLACES),
  PRODUCT: (r) => r.pick(PRODUCTS),
  DRUG: (r) => r.pick(DRUGS),
  ROLE: (r) => r.pick(ROLES),
  BIC: (r) => r.pick(BICS),
  ORDER: (r) => r.pick([`#${r.digits(8)}`, `ORD-${r.int(2019, 2026)}-${r.digits(6)}`, `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`, `W${r.digits(9)}`]),
  TRACK: (r) => r.pick([
    `1Z${r.digits(3)}${r.pick([...UPPER])}${r.pick([...UPPER])}${r.digits(11)}`,
    `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`,
    `${r.pick([...UPPER])}${r.pick([...UPPER])}${r.digits(9)}GB`,
    `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
    `JD01460000${r.digits(8)}`,
  ]),
  SEMVER: (r) => `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 12)}`,
  VERSION: (r) => r.pick([`${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 12)}`, `v${r.int(10, 22)}.${r.int(0, 19)}.${r.int(0, 9)}`, `${r.int(1, 5)}.0.0-beta.${r.int(1, 9)}`, `10.0.${r.int(19041, 22631)}.${r.int(100, 4000)}`]),
  TS: (r) => r.pick([`20${r.int(20, 26)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}Z`, `20${r.int(20, 26)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)} ${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}.${r.digits(3)}`]),
  DATE: (r) => r.pick([`${r.int(1, 28)} ${r.pick(MONTHS)} 20${r.int(24, 26)}`, `${pad(r.int(1, 28), 2)}/${pad(r.int(1, 12), 2)}/20${r.int(24, 26)}`, `20${r.int(24, 26)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`, `${r.pick(MONTHS)} ${r.int(1, 28)}`, 'next Tuesday']),
  TIME: (r) => `${r.int(7, 19)}:${r.pick(['00', '15', '30', '45'])}`,
  TIME3: (r) => `${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}`,
  AMOUNT: (r) => r.pick([`$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`, `€${r.int(5, 900)}.${r.digits(2)}`, `£${r.int(2, 300)}.${r.digits(2)}`, `R$ ${r.int(10, 999)},${r.digits(2)}`, `${r.int(1000, 90000)} JPY`]),
  REF16: (r) => nonLuhn16(r),
  TICKET: (r) => r.pick([`INC00${r.digits(5)}`, `CASE-${r.digits(5)}`, `#${r.digits(5)}`, `SR-${r.digits(3)}-${r.digits(4)}`, `PROJ-${r.int(100, 9999)}`]),
  HASH: (r) => Array.from({ length: r.pick([7, 8, 12, 40]) }, () => r.pick([...'0123456789abcdef'])).join(''),
  UUID: (r) => [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => r.pick([...'0123456789abcdef'])).join('')).join('-'),
  BUILD: (r) => `20${r.int(24, 26)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}.${r.int(1, 9)}`,
  CLF: (r) => `${pad(r.int(1, 28), 2)}/${r.pick(['Mar', 'Apr', 'Nov'])}/20${r.int(24, 26)}:${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)} +0000`,
  EXP: (r) => `${pad(r.int(1, 12), 2)}/${r.int(26, 31)}`,
  SERIAL: (r) => `C02${Array.from({ length: 9 }, () => r.pick([...ALNUM])).join('')}`,
  FLIGHT: (r) => `${r.pick(['LH', 'BA', 'KL', 'QF', 'ET', 'TK'])} ${r.int(10, 2999)}`,
  CONF: (r) => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
  PORT: (r) => String(r.pick([3000, 5432, 6379, 8080, 8443, 9200, 27017])),
  MG: (r) => String(r.pick([5, 10, 20, 40, 250, 500, 850])),
  PCT: (r) => `${r.int(1, 60)}.${r.int(0, 9)}%`,
};

// ---------------------------------------------------------------------------------------------------
// Templates. PII placeholders: {EMAIL} {PHONE} {CARD} {IBAN} {SSN} {IP4} {IP6} {ADDR} {DOB}; names:
// {NAME} full, {GIVEN}, {FAMILY}, {TITLED} (title + family; only the family is labelled), {given} and
// {name} in lower case, {SELF} / {self} the user's own given name (also passed as knownNames).
// Every other {PLACEHOLDER} is unlabelled filler.

const EMAIL_T = [
  'My email is {EMAIL}, please send the receipt there.',
  'can you update the contact address on my account to {EMAIL}? the old one bounces',
  'I never got the password reset link at {EMAIL}.',
  'Please cc {EMAIL} on anything about the claim.',
  'From: {NAME} <{EMAIL}>\nSubject: Re: order {ORDER}',
  'git config user.email "{EMAIL}" keeps getting reset after I reinstall {SOFTWARE}.',
  'The payload is {"user": {"email": "{EMAIL}", "plan": "pro"}} and the parser chokes on it.',
  'Invoices should go to {EMAIL} (our accounts payable inbox).',
  'Email me at {EMAIL} or text {PHONE}.',
  'The login page says the address {EMAIL} is not verified.',
  'contact: {EMAIL}',
  'I registered with {EMAIL} but I think I typed {EMAIL} at checkout by mistake.',
  'Send the lab results to {EMAIL}, not to the {HOSP} portal.',
  'Reply-To: {EMAIL}',
  "my partner's email is {EMAIL} – can you add them as a secondary contact?",
  'The SMTP log shows RCPT TO:<{EMAIL}> rejected with 550 5.1.1.',
  'Unsubscribe {EMAIL} from the {SHOP} newsletter, please.',
  'Is {EMAIL} the right address for the {INSURER} appeal?',
  'seed.ts inserts a user with email {EMAIL}, which is a real customer — should we scrub it?',
];

const PHONE_T = [
  'You can reach me on {PHONE} after {TIME}.',
  'My mobile number changed to {PHONE}.',
  "Call me back at {PHONE} please, I'm travelling until Friday.",
  'Tel: {PHONE}',
  "The pharmacy's reminder went to {PHONE}, which isn't mine any more.",
  'Their number is {PHONE} if you need to confirm the delivery.',
  'whatsapp me on {PHONE}',
  'Update my emergency contact: {NAME}, {PHONE}.',
  'The verification SMS never arrives on {PHONE}.',
  'phone: {PHONE}, best time is mornings',
  'I tried calling from {PHONE} but got cut off after 20 minutes on hold.',
  'Landline {PHONE}, mobile {PHONE}.',
  "const TEST_PHONE = '{PHONE}'; // real number from a ticket, remove before merge",
  'Bitte rufen Sie mich unter {PHONE} an.',
  'Mi número es {PHONE}, gracias.',
  'Is {PHONE} still the right number for {NAME}?',
  'the clinic has {PHONE} on file but I changed it last year',
  'Text the code to {PHONE}.',
];

const CARD_T = [
  'I was charged twice on my card {CARD}.',
  'Card number: {CARD}, expiry {EXP}.',
  'Please refund it to {CARD} instead of the old card.',
  'The payment with {CARD} was declined at {SHOP} yesterday.',
  'My {BANK} debit card {CARD} was stolen in {PLACE}.',
  "Here's the card: {CARD} (the corporate one).",
  'Your form rejects {CARD} even though the card works everywhere else.',
  'cc: {CARD} exp {EXP}',
  'In the logs I can see card_number={CARD} in plain text, which obviously should not be there.',
  'The replacement card {CARD} arrived but the app still shows the old one.',
  'Pay with {CARD}, billing address {ADDR}.',
  'can you cancel the subscription on {CARD}',
  'Charge the deposit to {CARD} please.',
  'There is a pending {AMOUNT} on {CARD} that I do not recognise.',
];

const IBAN_T = [
  'My IBAN is {IBAN}.',
  'Please send the refund to {IBAN} (account holder {NAME}).',
  'IBAN: {IBAN}  BIC: {BIC}',
  'The SEPA transfer to {IBAN} bounced twice.',
  'Please cancel the direct debit mandate for account {IBAN}.',
  'Kontoinhaber: {NAME}, IBAN {IBAN}',
  'salary goes into {IBAN} since March',
  "validateIban('{IBAN}') returns false in our tests but the bank says it is fine.",
  'Could you change the payout IBAN from {IBAN} to {IBAN}?',
  "landlord's account: {IBAN}",
  'the reimbursement should go to iban {IBAN}, not the old one',
  'Rent is paid from {IBAN} at {BANK}.',
];

const SSN_T = [
  'My SSN is {SSN}.',
  'social security number {SSN}',
  'SSN: {SSN}',
  'The W-2 lists SSN {SSN}.',
  'For the credit check they asked for my social security no., which is {SSN}.',
  'Patient SSN {SSN} is on the intake form, please redact it.',
  '?ssn={SSN}&plan=gold shows up in the access log',
  'I think my SSN ({SSN}) was in the breach.',
  'Tax ID (SSN) {SSN}',
  'my social is {SSN}',
  "The dependent's Social Security number is {SSN}.",
];

const IP_T = [
  'My IP is {IP4}, can you allowlist it?',
  'Failed login attempts from {IP4} and {IP6} overnight.',
  'ssh deploy@{IP4} -p 2222 hangs after the key exchange.',
  'listen {IP4}:443 ssl; is in the nginx config but nothing answers.',
  'Access log: {IP4} - - [{CLF}] "GET /api/v2/orders HTTP/1.1" 200 512',
  'The VPN gives me {IP6} but the firewall only allows IPv4.',
  'curl -6 http://[{IP6}]:{PORT}/health times out',
  'Our router at home is {IP4}; the camera is at {IP4}.',
  'X-Forwarded-For: {IP4}',
  'Blocked address: {IP6}',
  'the account was accessed from {IP4} in {PLACE}, that was not me',
  "ALLOWED_HOSTS = ['{IP4}', 'localhost']",
  'my laptop shows inet6 {IP6} prefixlen 64',
  'Ping to {IP4} works, DNS does not.',
];

const ADDR_T = [
  'Please ship it to {ADDR}.',
  'My new address is {ADDR}.',
  'Billing address: {ADDR}',
  'The courier left the parcel at {ADDR} instead of my flat.',
  'We moved to {ADDR} last month, please update the policy.',
  'Send the replacement inhaler to {ADDR}.',
  'The registered address on the account should be {ADDR}.',
  'Adresse : {ADDR}',
  'Home: {ADDR}; work: {ORG}, {PLACE}.',
  'deliver to {ADDR} pls, ring twice',
  'The pharmacy has my old address, {ADDR}, on file.',
  'Mailing address for the cheque: {ADDR}',
];

const DOB_T = [
  'My date of birth is {DOB}.',
  'DOB: {DOB}',
  'born {DOB}',
  'I was born on {DOB} in {PLACE}.',
  'Patient: {NAME}, DOB {DOB}, allergic to {DRUG}.',
  'd.o.b. {DOB}',
  'The birth date on the policy is wrong – it should be {DOB}.',
  'Geburtsdatum: {DOB}',
  'For verification, my birthday is {DOB}.',
  'Fecha de nacimiento: {DOB}',
  'my son was born {DOB}, does he qualify for the child fare?',
  "dateOfBirth: '{DOB}' fails the zod schema",
  'Member date of birth {DOB}, plan {INSURER} Silver.',
];

const PERSON_T = [
  'I spoke to {NAME} on the phone yesterday and they said the refund was approved.',
  '{NAME} from your billing team promised a callback.',
  'Can you ask {TITLED} to sign the referral?',
  'Thanks {GIVEN}, that fixed it!',
  'thanks {given}!! works now',
  'My appointment with {TITLED} was moved to {DATE}.',
  'Attendees: {NAME}, {NAME}, {NAME} and {GIVEN}.',
  'cc {NAME}',
  '{GIVEN} said I should mention case {TICKET}.',
  'Best regards,\n{NAME}\n{ROLE}, {ORG}',
  '— {GIVEN}',
  'my husband {name} handles the account normally',
  'Patient {FAMILY}, {GIVEN} – follow-up in two weeks.',
  'Author: {NAME} <{EMAIL}>',
  'git blame says {NAME} wrote this function in 2019.',
  'Please transfer the policy to my daughter, {NAME}.',
  'Is {TITLED} still practising at {HOSP}?',
  '{GIVEN}, can you check this before the release?',
  'Dear {TITLED},\nplease find the signed form attached.',
  'Ask for {given} at the front desk.',
  'Co-signer: {NAME}',
  "The account is in my late father's name, {NAME}.",
  'Prescribed by {TITLED} on {DATE}: {DRUG} {MG} mg.',
  'My name is {NAME}.',
  "I'm {GIVEN}, {GIVEN}'s sister.",
  "{NAME}'s card was declined at the till.",
  'Emergency contact – {NAME} (brother)',
  'Signed, {NAME}',
  'Thanks, {NAME}',
  'Thanks so much {GIVEN} and {GIVEN}!',
  "Driver {GIVEN} couldn't find the building.",
  'I am writing on behalf of {NAME}, who is in hospital.',
  'Present: {GIVEN} ({ORG}), {NAME}, {TITLED}.',
  '> On {DATE}, {NAME} wrote:\n> Could you resend the statement?',
  'Reviewers: {NAME}, {NAME}',
  'reassign the ticket to {name} please',
  'The letter was addressed to {TITLED} but they moved out years ago.',
  'Hi {GIVEN}, quick question about my bill.',
  '{FAMILY} is my family name, spelled exactly like that.',
  'Owner of the repo is {NAME}; ask them for access.',
  'Referred by {TITLED} at {HOSP}.',
  'My mum {NAME} needs the same prescription.',
  '{TITLED} and {TITLED} both reviewed the scan.',
  'Cheers {given}',
  '• {NAME} – {ROLE}\n• {NAME} – {ROLE}',
  'Shortlist:\n1. {NAME}\n2. {NAME}\n3. {NAME}',
  '@{given} can you take a look at this PR?',
  'Account holder: {NAME}',
  'Beneficiary: {NAME}, relationship: spouse',
  'Nurse {GIVEN} was lovely on the ward.',
  "Per {TITLED}'s note, the {DRUG} dose stays the same.",
  'Pay to the order of {NAME}',
  '"{NAME}" is the name on the card.',
  'name on card: {name}',
  '{NAME} (she/her) joined the call late.',
  'Thanks {GIVEN}',
  "# TODO: ask {GIVEN} why retries are capped at 3",
  'The claim was filed by {NAME} on my behalf.',
];

const SELF_T = ["Hi, I'm {SELF}.", '{SELF} here, following up on my earlier message.', 'this is {self} again', '- {SELF}', 'Thanks, {SELF}', 'hey its {self}, the app crashed again'];

const NEGATIVE_T = [
  "Order {ORDER} still shows 'processing' after five days.",
  'Tracking number {TRACK} has not updated since it left {PLACE}.',
  'We are on {SOFTWARE} {VERSION} and the bug started after the upgrade.',
  'The job failed at {TS} with exit code 137.',
  'Will the refund show up before the weekend?',
  'Grace period ends on {DATE}, right?',
  'Mark this ticket as resolved please.',
  'Bill me for the annual plan instead of monthly.',
  'Amber light came on, then the {PRODUCT} rebooted.',
  'Florence is where the conference is this year.',
  'Is {DRUG} covered under my {INSURER} plan?',
  'My {BANK} app keeps logging me out.',
  '{HOSP} sent a letter about the copay.',
  'Reference {REF16} appears on the statement but I do not recognise it.',
  'Case {TICKET} was closed without a reply.',
  'Build {BUILD} passed, but {SOFTWARE} reports three flaky tests.',
  'Commit {HASH} broke the migration.',
  'Request id {UUID} returned a 502.',
  'The meeting is at {TIME} {PLACE} time.',
  'Price went from {AMOUNT} to {AMOUNT} without notice.',
  'std::chrono::duration_cast<std::chrono::milliseconds>(end - start).count() returns 0.',
  'Timestamps like {TIME3} in the log are UTC.',
  'Error 0x80070005 when installing the {PRODUCT} drivers.',
  'Coordinates 48.8566, 2.3522 point to the wrong store.',
  'ISBN 978-3-16-148410-0 is out of stock.',
  'Customer service at {SHOP} told me to contact you instead.',
  'Apple Pay works but Google Pay does not.',
  'Dr. Martens boots (size 8) arrived damaged.',
  'Sunday delivery is not available in {PLACE}.',
  'Summer sale codes do not work at checkout.',
  'Victoria station was closed so I missed the appointment.',
  'We use {SOFTWARE} with {SOFTWARE} for CI.',
  'Dosage: {DRUG} {MG} mg twice daily, {DRUG} {MG} mg at night.',
  'My flight {FLIGHT} from {PLACE} to {PLACE} got cancelled.',
  'Serial number {SERIAL} is on the back of the {PRODUCT}.',
  'Port {PORT} is open, {PORT} is not.',
  'The stack trace ends at node_modules/{SOFTWARE}/lib/index.js:214:17.',
  'Sales rose {PCT} in Q3.',
  'Confirmation code {CONF}, booked through {ORG}.',
  'Honestly, the {PRODUCT} was cheaper at {SHOP}.',
  'Unfortunately {INSURER} denied the pre-authorisation again.',
  'Grant access to the staging bucket for the {SOFTWARE} runner.',
  'Rose gold is sold out for the {PRODUCT}.',
  'Hope this makes sense.',
  'Chase sent me a fraud alert for {AMOUNT}.',
  'Morgan Stanley and Wells Fargo both declined the application.',
  'Lincoln branch of {BANK} is closing on {DATE}.',
  'Charlotte airport lost my bag.',
  'Jordan shoes were on sale at {SHOP}.',
  'Austin office uses {SOFTWARE} for tickets.',
  'Upgrade from {VERSION} to {VERSION} fails on Windows build {VERSION}.',
  'The invoice from {ORG} is dated {DATE} and due on {DATE}.',
  'Appointment at {HOSP} on {DATE} at {TIME}.',
  'The {DRUG} refill was sent to the {SHOP} pharmacy in {PLACE}.',
  'Expiry date {EXP} printed on the box.',
  'My {PRODUCT} battery drains in two hours.',
  'Patience is running out here, this is the fourth email.',
  'Can {SOFTWARE} export to CSV?',
  'Returns are handled by {ORG} in {PLACE}.',
  'Ticket price was {AMOUNT} for flight {FLIGHT}.',
  'USPS says {TRACK} was delivered, but nothing arrived.',
  'Version {VERSION} of the SDK throws on startup.',
  'North Carolina and Georgia customers get a different form.',
  'Take {DRUG} with food.',
  'npm install @tanstack/react-query@{SEMVER} fixed it.',
  'See RFC 3339 for the timestamp format.',
  'The HbA1c came back at 6.8%, fasting glucose 7.2 mmol/L.',
  'Blood pressure 128/84, pulse 72.',
  'Account balance {AMOUNT} as of {DATE}.',
  'Policy number POL-{CONF} renews on {DATE}.',
  'The API returns 429 after 100 requests per minute.',
  'Windows 11 23H2 build 22631.2861 shows the same crash.',
  'Kernel 6.8.0-45-generic, {SOFTWARE} {VERSION}.',
  'ERROR [main] o.s.b.SpringApplication - Application run failed',
  'Lot number 24B117 of {DRUG} was recalled.',
  'Wire reference {ORDER} from {BANK} arrived on {DATE}.',
  'Phone support at {ORG} is closed on Sundays.',
  "Victoria's Secret returns go through a different portal.",
];

const GREETINGS = ['Hi,', 'Hello there,', 'Good morning.', 'Hey team,', 'To whom it may concern,', 'Hallo,', 'Hi {GIVEN},', 'Dear {TITLED},', 'Hi support', 'Good afternoon'];
const CLOSINGS = ['Thanks!', 'Thanks, {GIVEN}', 'Thanks\n{NAME}', 'Cheers,\n{given}', 'Kind regards,\n{NAME}\n{PHONE}', 'Best,\n{NAME}\n{ROLE} | {ORG}\n{PHONE}', 'Regards, {TITLED}', 'Thank you.', 'Many thanks,\n{NAME}\n{ADDR}', 'ty', 'Thanks in advance!'];

/** Templates by the type they are chosen for; they may carry other PII too. */
const BY_TYPE: ReadonlyArray<readonly [PiiKind, readonly string[]]> = [
  ['EMAIL', EMAIL_T],
  ['PHONE', PHONE_T],
  ['CARD', CARD_T],
  ['IBAN', IBAN_T],
  ['NATIONAL_ID', SSN_T],
  ['IP', IP_T],
  ['ADDRESS', ADDR_T],
  ['DOB', DOB_T],
  ['PERSON', PERSON_T],
];

/** Relative share of each type; names count double because they are the hardest type. */
const TYPE_WEIGHT: Readonly<Partial<Record<PiiKind, number>>> = { PERSON: 2 };
/** Share of PERSON picks that use a self-name template (the user's own name, given as knownNames). */
const SELF_SHARE = 0.12;
/** Chance of a second PII sentence in a message. */
const SECOND_PII = 0.35;
/** Chance of a greeting line and of a closing line. */
const GREETING_SHARE = 0.3;
const CLOSING_SHARE = 0.35;
/** Share of messages typed entirely in lower case. */
const LOWERCASE_SHARE = 0.06;

// ---------------------------------------------------------------------------------------------------
// Filling

interface Piece {
  text: string;
  labels: Independent3Label[];
  knownNames: string[];
}

const PLACEHOLDER = /\{([A-Za-z0-9]+)\}/g;

/** A labelled value for a PII placeholder, or undefined when the placeholder is filler. */
function piiFor(rng: Rng, key: string, piece: Piece): { type: PiiKind; value: string; prefix: string } | undefined {
  const v = (type: PiiKind, value: string, prefix = ''): { type: PiiKind; value: string; prefix: string } => ({ type, value, prefix });
  switch (key) {
    case 'EMAIL': return v('EMAIL', email(rng));
    case 'PHONE': return v('PHONE', phone(rng));
    case 'CARD': return v('CARD', card(rng));
    case 'IBAN': return v('IBAN', iban(rng));
    case 'SSN': return v('NATIONAL_ID', ssn(rng));
    case 'IP4': return v('IP', ipv4(rng));
    case 'IP6': return v('IP', ipv6(rng));
    case 'ADDR': return v('ADDRESS', address(rng));
    case 'DOB': return v('DOB', dob(rng));
    case 'NAME': return v('PERSON', anyPerson(rng).full);
    case 'GIVEN': return v('PERSON', anyPerson(rng).given);
    case 'FAMILY': return v('PERSON', anyPerson(rng).family);
    case 'TITLED': return v('PERSON', latinPerson(rng).family, `${rng.pick(TITLES)} `);
    case 'given': return v('PERSON', latinPerson(rng).given.toLowerCase());
    case 'name': return v('PERSON', latinPerson(rng).full.toLowerCase());
    case 'SELF':
    case 'self': {
      const p = anyPerson(rng);
      piece.knownNames.push(p.full);
      return v('PERSON', key === 'self' ? p.given.toLowerCase() : p.given);
    }
    default: return undefined;
  }
}

/** Fills a template, labelling every PII placeholder with its exact span. */
function fill(rng: Rng, template: string): Piece {
  const piece: Piece = { text: '', labels: [], knownNames: [] };
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const key = m[1] ?? '';
    piece.text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const pii = piiFor(rng, key, piece);
    if (pii) {
      piece.text += pii.prefix;
      piece.labels.push({ type: pii.type, start: piece.text.length, end: piece.text.length + pii.value.length, value: pii.value });
      piece.text += pii.value;
    } else {
      const f = FILLERS[key];
      piece.text += f ? f(rng) : m[0];
    }
  }
  piece.text += template.slice(last);
  return piece;
}

function nextType(counts: Map<PiiKind, number>): PiiKind {
  let best: PiiKind = 'EMAIL';
  let bestScore = Infinity;
  for (const [type] of BY_TYPE) {
    const score = (counts.get(type) ?? 0) / (TYPE_WEIGHT[type] ?? 1);
    if (score < bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}

function templateFor(rng: Rng, type: PiiKind): string {
  if (type === 'PERSON' && rng.chance(SELF_SHARE)) return rng.pick(SELF_T);
  const group = BY_TYPE.find(([t]) => t === type)?.[1] ?? EMAIL_T;
  return rng.pick(group);
}

/** Joins pieces with spaces or line breaks, shifting their labels. */
function join(rng: Rng, pieces: readonly Piece[]): Piece {
  const out: Piece = { text: '', labels: [], knownNames: [] };
  for (const p of pieces) {
    if (out.text) out.text += rng.pick([' ', ' ', '\n', '\n\n']);
    const shift = out.text.length;
    for (const l of p.labels) out.labels.push({ ...l, start: l.start + shift, end: l.end + shift });
    out.knownNames.push(...p.knownNames);
    out.text += p.text;
  }
  return out;
}

/** Lower-cases a whole message when that keeps every offset (it does for the scripts used here). */
function lowerCased(p: Piece): Piece {
  const text = p.text.toLowerCase();
  if (text.length !== p.text.length) return p;
  const labels = p.labels.map((l) => ({ ...l, value: text.slice(l.start, l.end) }));
  if (labels.some((l, i) => l.value !== p.labels[i]?.value.toLowerCase())) return p;
  return { text, labels, knownNames: p.knownNames };
}

/**
 * Generates the independent3 corpus: messages of one or two PII sentences (types balanced, names
 * weighted double), zero to two negative sentences, and sometimes a greeting or a signature, until at
 * least `minInstances` labels exist. Deterministic per seed.
 * @example
 * const corpus = generateIndependent3Corpus({ seed: 93_001 });
 * corpus.reduce((n, e) => n + e.labels.length, 0) >= 2400 // true
 */
export function generateIndependent3Corpus(options: Independent3Options = {}): Independent3Entry[] {
  const { seed = INDEPENDENT3_SEEDS[0], minInstances = INDEPENDENT3_MIN_INSTANCES } = options;
  const rng = new Rng(seed);
  const counts = new Map<PiiKind, number>();
  const out: Independent3Entry[] = [];
  let instances = 0;
  while (instances < minInstances) {
    const body: Piece[] = [];
    const piiSentences = rng.chance(SECOND_PII) ? 2 : 1;
    for (let i = 0; i < piiSentences; i++) {
      const piece = fill(rng, templateFor(rng, nextType(counts)));
      for (const l of piece.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
      body.push(piece);
    }
    const negatives = rng.int(0, 2);
    for (let i = 0; i < negatives; i++) body.push(fill(rng, rng.pick(NEGATIVE_T)));
    for (let i = body.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [body[i], body[j]] = [body[j] as Piece, body[i] as Piece];
    }
    const frame: Piece[] = [];
    const greeting = rng.chance(GREETING_SHARE) ? fill(rng, rng.pick(GREETINGS)) : undefined;
    const closing = rng.chance(CLOSING_SHARE) ? fill(rng, rng.pick(CLOSINGS)) : undefined;
    if (greeting) frame.push(greeting);
    if (closing) frame.push(closing);
    for (const p of frame) for (const l of p.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
    const pieces = [...(greeting ? [greeting] : []), ...body, ...(closing ? [closing] : [])];
    let message = join(rng, pieces);
    if (rng.chance(LOWERCASE_SHARE)) message = lowerCased(message);
    instances += message.labels.length;
    out.push({ text: message.text, labels: message.labels, knownNames: message.knownNames });
  }
  return out;
}
