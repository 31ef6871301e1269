/**
 * @module privacy/pii-corpus-independent-14 — blind labelled PII evaluation split #14.
 *
 * WRITTEN BLIND. While writing this module I opened only: the `Rng` class of `pii-corpus-values.ts`
 * (the lines printed with it also showed that file's imports and the start of its name pools; none
 * of those names was copied on purpose), `pii-corpus-checks.ts`, the `PiiType` union of `pii/types.ts`, the first 30 lines
 * of `pii-corpus.ts`, `test/support/pii-blind-checks.ts`, `tsconfig.json`, `package.json` and the
 * ESLint config. I did NOT read the detector, its tests, the evaluation code, any other corpus split,
 * docs, benchmarks, /work/shared or the git history, and never ran the detector on this text. Every
 * name, street, template and value below was invented for this file.
 *
 * Seeds: 140001, 140002, 140003 (each yields whole documents until at least 2,400 labels exist).
 *
 * Contents: English-language back-office documents from the US, Canada, the UK, Ireland, Australia,
 * New Zealand and India and the informal messages around them — healthcare (portals, intake forms,
 * referrals, claims, EOBs, pharmacy, telehealth), banking and personal finance (loans, KYC, chargebacks,
 * tax, payroll, pensions), legal and government paperwork, property and tenancy, plus SMS, voicemail
 * transcripts, e-mails with signatures and forwarded headers, chat messages and call-centre notes.
 * About one document in ten is a pure hard negative full of look-alikes.
 *
 * Labelling conventions:
 * - PERSON: human beings only, one label per contiguous name; honorifics and possessive 's outside;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" are labelled.
 *   Brands, places, streets/buildings named after people, eponymous diseases/laws, pets and @handles
 *   are not; a name inside an e-mail address is not labelled separately.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: Luhn-valid numbers of real network shapes in any grouping; invalid/masked ones unlabelled.
 * - IBAN: mod-97-valid with the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address, port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address from the first street/unit/PO-box line to the last
 *   postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions and rooms unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT14_SEEDS = [140001, 140002, 140003] as const;
export const INDEPENDENT14_MIN_INSTANCES = 2400;

/** A label of this split, carrying its exact text. */
export type Independent14Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent14Entry = PiiCorpusEntry & { readonly labels: readonly Independent14Label[] };

// ---------------------------------------------------------------------------------------------------
// Name pools: [given names, family names] per culture.

const sp = (s: string): string[] => s.trim().split(/\s+/);
const CULTURES: ReadonlyArray<readonly [string[], string[]]> = [
  [sp('Rose Hope May Will Bill Grant Guy Faith Joy Mark Frank Sue Dawn June Penny Jack Hunter Ivy Brooke Dale Wade Chase Summer Carol Glen'),
    sp('Baker Young Stone Rich Church Hill Moody Wise Little Fox Bell Price Hunt Marsh Lamb Gentry Whitaker Pruitt Cobb Sharp Mills Cook Ward Golden')],
  [sp('Aoife Ciarán Niamh Oisín Róisín Darragh Clodagh Eoin Sinéad Cathal Gráinne Tadhg Orlaith Fiachra'),
    sp("O'Sullivan Byrne Kavanagh Doherty Brennan Quinlan McGrath Fitzpatrick Lynch Hegarty Moloney Nolan Dunne Keogh")],
  [sp('Morag Hamish Ailsa Callum Isla Fraser Rhys Cerys Gethin Angharad Dylan Bethan Euan'),
    sp('MacKinnon Ferguson Drummond Sinclair Baird Lloyd Pritchard Morgan Llewellyn Jenkins Rees Howells')],
  [sp('Arjun Ananya Vikram Pooja Rohit Sneha Aditya Kavya Siddharth Neha Manish Shreya'),
    sp('Sharma Verma Gupta Agarwal Malhotra Saxena Mehra Chaturvedi Tiwari Bhatt Kapoor Joshi')],
  [sp('Karthik Lakshmi Senthil Divya Venkatesh Meenakshi Harish Anjali Suresh Revathi Arvind Nandini'),
    sp('Subramanian Iyer Krishnan Ramaswamy Reddy Naidu Pillai Menon Nair Rao Venkataraman Chandrasekhar')],
  [sp('Gurpreet Harjit Manpreet Jaspreet Baljit Navdeep Simran Amrit Harleen Kuldeep'),
    sp('Sandhu Gill Dhillon Grewal Sidhu Bains Randhawa Brar Aulakh Cheema')],
  [sp('Sourav Ishita Anirban Moumita Debashis Tanushree Arnab Payel'),
    sp('Chatterjee Banerjee Mukherjee Ghosh Bose Dasgupta Sen Chakraborty')],
  [sp('Imran Ayesha Bilal Sana Usman Hira Faisal Mahnoor Zubair'),
    sp('Qureshi Chaudhry Malik Siddiqui Butt Sheikh Rana Abbasi Mirza')],
  [sp('Jian Xiu Wen Lei Mingyu Jia Hao Yan Zhen Qiang Lihua Bo'),
    sp('Zhang Liu Huang Zhou Xu Sun Ma Zhu Hu Guo Lin Luo')],
  [sp('Minh Linh Huong Duc Phuong Khanh Thao Quoc Lan Tuan'),
    sp('Pham Le Hoang Vu Dang Bui Do Ngo Duong Truong')],
  [sp('Ji-woo Min-jun Seo-yeon Hyun-woo Eun-ji Dong-hyun Soo-ah Jae-won'),
    sp('Choi Jung Kang Cho Yoon Jang Lim Han Shin Baek')],
  [sp('Haruto Sakura Ren Aoi Daiki Misaki Sota Yui Kaito Nanami'),
    sp('Sato Suzuki Watanabe Ito Kobayashi Kato Yoshida Matsumoto Inoue Kimura')],
  [sp('Maricel Jerome Lorna Rodel Jocelyn Arnel Cherry Ramon Lovely Joseph'),
    ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Navarro', 'Manalo', 'Ocampo']],
  [sp('Adebayo Chiamaka Olumide Funmilayo Chukwuemeka Adaeze Tunde Yetunde Obinna Nkechi Babatunde Uchechi'),
    sp('Adeleke Okonkwo Ogunleye Nwosu Adebisi Onyekachi Afolabi Okoye Nnaji Oyewole Ibe Akinola')],
  [sp('Kwabena Akosua Yaw Ama Kojo Abena Otieno Achieng Kamau Njeri Mwangi'),
    sp('Asante Boateng Owusu Appiah Agyeman Ochieng Odhiambo Wekesa Kiprop Mutua Njoroge')],
  [sp('Abdirahman Hodan Farah Ayaan Liban Fadumo Tesfaye Selam Dawit Meron'),
    sp('Warsame Abdi Hussein Jama Egal Bekele Tadesse Haile Girma Alemu')],
  [sp('Said Layla Khalid Rania Youssef Mariam Tariq Huda Karim Salma Nabil'),
    sp('Khoury Nasser Saleh Mansour Aziz Hamdan Darwish Barakat Shaheen Issa')],
  [sp('Dariush Shirin Babak Parisa Kian Roya Mehmet Elif Burak Zeynep Emir'),
    sp('Tehrani Rahimi Karimi Farahani Moradi Demir Şahin Çelik Aydın Öztürk Arslan')],
  [sp('Katarzyna Piotr Agnieszka Marek Małgorzata Grzegorz Oksana Taras Iryna Mykola Olena'),
    sp('Nowak Wiśniewski Lewandowska Kamiński Zając Shevchenko Bondarenko Kovalenko Tkachenko Melnyk')],
  [sp('Giuseppe Francesca Alessandro Giulia Matteo Dimitrios Eleni Nikos Georgios Katerina'),
    sp('Esposito Romano Ricci Marino Greco Conti Papadopoulos Georgiou Nikolaidis Karagiannis')],
  [sp('Guadalupe Alejandro Ximena Santiago Rosario Luis Jimena Fernando Dolores Angel Consuelo Jesús'),
    sp('Ramírez Torres Flores Rivera Morales Ortiz Delgado Vargas Gómez Medina Aguilar Cruz')],
  [sp('João Thiago Luana Gabriela Rodrigo Fernanda Vinícius Larissa'),
    sp('Oliveira Souza Pereira Carvalho Almeida Ribeiro Rocha Teixeira')],
  [sp('Aroha Wiremu Mere Tane Anahera Rawiri Hemi Moana Sione Losa Tavita Mele'),
    ['Ngata', 'Parata', 'Tipene', 'Te Whata', 'Horomona', 'Rangi', 'Tupou', 'Fifita', 'Faleolo', 'Leiataua', 'Tuilagi']],
  [sp('Avi Noa Yael Eitan Tova Moshe Shira Ariel'),
    sp('Goldberg Rosen Katz Friedman Levi Shapiro Weiss Adler')],
  [sp('DeShawn Latoya Marcus Keisha Darnell Imani Jamal Aaliyah Terrence Shanice'),
    sp('Washington Jefferson Brooks Gaines Freeman Banks Coleman Bryant Mosley Dawson')],
  [sp('Jean-Baptiste Marie-Claude Guerline Ricardo Nadège Étienne Josée Yves Geneviève'),
    sp('Pierre-Louis Beaulieu Tremblay Gagnon Bélanger Bouchard Côté Desrosiers Jean-Charles')],
  [sp('Sander Femke Joris Maartje Astrid Gunnar Sigrid Pieter Linnea Anders'),
    ['de Vries', 'van Dijk', 'Bakker', 'Jansen', 'Visser', 'Nilsson', 'Johansson', 'Berg', 'Dahl', 'Strand']],
  [sp('Graham Heather Nigel Gillian Trevor Beverley Darren Kylie Shane Tracey Bruce Sheila Craig Lorraine Gary Maureen Wayne Jacqueline Derek Pamela'),
    sp('Thompson Clarke Harrison Ellis Pearson Barnes Fletcher Gibbs Holloway Kerr Lawson Norris Parsons Ramsay Simmons Turnbull Wakefield Yates Atkinson Bradshaw')],
];
const INDIAN_CULTURES = [3, 4, 5, 6];

/** A person: given name, family name, middle initial. */
interface Person {
  readonly g: string;
  readonly f: string;
  readonly m: string;
}
const full = (p: Person): string => `${p.g} ${p.f}`;
const ascii = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/[^A-Za-z]/g, '').toLowerCase();

// ---------------------------------------------------------------------------------------------------
// Document builder.

class Doc {
  text = '';
  readonly labels: Independent14Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own name: labelled and recorded as a known name. */
  self(p: Person): this {
    const v = full(p);
    if (!this.known.includes(v)) this.known.push(v);
    return this.l('PERSON', v);
  }
}

// ---------------------------------------------------------------------------------------------------
// Value generators.

type Cc = 'US' | 'CA' | 'UK' | 'IE' | 'AU' | 'NZ' | 'IN';
const MONTHS = sp('January February March April May June July August September October November December');
const ORD_WORDS = sp(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth',
);
const DIGIT_WORDS = sp('zero one two three four five six seven eight nine');
const UNITS = sp('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
const TENS = sp('_ _ twenty thirty forty fifty sixty seventy eighty ninety');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ordSuffix = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

function twoWords(n: number): string {
  if (n < 20) return UNITS[n] as string;
  const t = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10] as string}`;
}
function yearWords(y: number): string {
  if (y >= 2000 && y < 2010) return y === 2000 ? 'two thousand' : `two thousand and ${UNITS[y - 2000] as string}`;
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${twoWords(hi)} ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${UNITS[lo] as string}` : twoWords(lo)}`;
}

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const US_PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Boise', 'ID', '837'],
  ['Dayton', 'OH', '454'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Fresno', 'CA', '937'], ['Tulsa', 'OK', '741'],
  ['Omaha', 'NE', '681'], ['Knoxville', 'TN', '379'], ['Savannah', 'GA', '314'], ['Eugene', 'OR', '974'], ['Provo', 'UT', '846'],
  ['Lansing', 'MI', '489'], ['Burlington', 'VT', '054'], ['Portland', 'ME', '041'], ['Durham', 'NC', '277'], ['El Paso', 'TX', '799'],
  ['Scranton', 'PA', '185'], ['Cedar Rapids', 'IA', '524'], ['Baton Rouge', 'LA', '708'], ['Reno', 'NV', '895'], ['Wichita', 'KS', '672'],
  ['Hartford', 'CT', '061'], ['Duluth', 'MN', '558'], ['Billings', 'MT', '591'], ['Lexington', 'KY', '405'], ['St. Petersburg', 'FL', '337'],
];
const UK_PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Leeds', 'LS'], ['Manchester', 'M'], ['Bristol', 'BS'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Edinburgh', 'EH'], ['Norwich', 'NR'],
  ['Leicester', 'LE'], ['Sheffield', 'S'], ['Brighton', 'BN'], ['York', 'YO'], ['Exeter', 'EX'], ['Belfast', 'BT'], ['London', 'SE'],
  ['London', 'N'], ['Swansea', 'SA'], ['Derby', 'DE'], ['Aberdeen', 'AB'], ['Carlisle', 'CA'], ['Reading', 'RG'],
];
const UK_DISTRICTS = sp('Headingley Chorlton Clifton Roath Partick Leith Eaton Aylestone Crookes Hove Acomb Heavitree Ormeau Peckham Hornsey Mumbles Allestree Rosemount Stanwix Caversham');
const IE_PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Dublin 4', '', 'D04'], ['Dublin 8', '', 'D08'], ['Cork', 'Co. Cork', 'T12'], ['Galway', 'Co. Galway', 'H91'], ['Limerick', 'Co. Limerick', 'V94'],
  ['Waterford', 'Co. Waterford', 'X91'], ['Ballincollig', 'Co. Cork', 'P31'], ['Letterkenny', 'Co. Donegal', 'F92'], ['Kilkenny', 'Co. Kilkenny', 'R95'],
  ['Swords', 'Co. Dublin', 'K67'], ['Naas', 'Co. Kildare', 'W91'], ['Athlone', 'Co. Westmeath', 'N37'], ['Sligo', 'Co. Sligo', 'F91'],
];
const AU_PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Fitzroy', 'VIC', '3065'], ['Parramatta', 'NSW', '2150'], ['Toowong', 'QLD', '4066'], ['Subiaco', 'WA', '6008'], ['Glenelg', 'SA', '5045'],
  ['Sandy Bay', 'TAS', '7005'], ['Braddon', 'ACT', '2612'], ['Nightcliff', 'NT', '0810'], ['Newtown', 'NSW', '2042'], ['Geelong West', 'VIC', '3218'],
  ['Bundaberg', 'QLD', '4670'], ['Wagga Wagga', 'NSW', '2650'], ['Ballarat', 'VIC', '3350'], ['Fremantle', 'WA', '6160'],
];
const NZ_PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Karori', 'Wellington', '6012'], ['Riccarton', 'Christchurch', '8041'], ['Ponsonby', 'Auckland', '1011'], ['Otara', 'Auckland', '2023'],
  ['Hillcrest', 'Hamilton', '3216'], ['Roslyn', 'Dunedin', '9010'], ['Mount Maunganui', 'Tauranga', '3116'], ['Stoke', 'Nelson', '7011'],
  ['Te Atatū South', 'Auckland', '0610'], ['Petone', 'Lower Hutt', '5012'],
];
const CA_PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Winnipeg', 'MB', 'R3T'], ['Halifax', 'NS', 'B3H'], ['Regina', 'SK', 'S4P'], ['Victoria', 'BC', 'V8W'], ['Hamilton', 'ON', 'L8P'],
  ['Ottawa', 'ON', 'K1N'], ['Moncton', 'NB', 'E1C'], ["St. John's", 'NL', 'A1C'], ['Kelowna', 'BC', 'V1Y'], ['Calgary', 'AB', 'T2N'],
  ['Saskatoon', 'SK', 'S7N'], ['Sherbrooke', 'QC', 'J1H'], ['Thunder Bay', 'ON', 'P7B'],
];
const IN_PLACES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Indiranagar', 'Bengaluru', 'Karnataka', '5600'], ['Banjara Hills', 'Hyderabad', 'Telangana', '5000'], ['Adyar', 'Chennai', 'Tamil Nadu', '6000'],
  ['Kothrud', 'Pune', 'Maharashtra', '4110'], ['Andheri East', 'Mumbai', 'Maharashtra', '4000'], ['Salt Lake', 'Kolkata', 'West Bengal', '7000'],
  ['Sector 62', 'Noida', 'Uttar Pradesh', '2013'], ['Kakkanad', 'Kochi', 'Kerala', '6820'], ['Vastrapur', 'Ahmedabad', 'Gujarat', '3800'],
  ['Malviya Nagar', 'Jaipur', 'Rajasthan', '3020'], ['Model Town', 'Ludhiana', 'Punjab', '1410'],
];
const STREETS = sp(
  'Maple Oak Cedar Willow Lincoln Jefferson Hawthorn Kingsley Church Station Mill Elgin Albert Wattle Banksia Kowhai Totara Birch Juniper Orchard Meadow Harbour Ridge Chestnut Laurel Sycamore Primrose Heather Ashgrove Brookfield Glenview Riverside Fairview Summit Magnolia Dogwood Larch Rowan Sullivan Garfield Franklin',
);
const US_SUF = sp('St Street Ave Avenue Dr Drive Rd Road Ln Lane Blvd Ct Court Way Pl Terrace Pkwy Cir');
const UK_SUF = sp('Road Street Lane Avenue Close Crescent Grove Gardens Terrace Way Drive Mews Row');
const AU_SUF = sp('Street St Road Rd Avenue Ave Parade Crescent Place Court Close Highway');
const IE_ESTATES = sp('Ashgrove Beechwood Cloverhill Millbrook Oakpark Rathmore Glenageary Castleview Woodlawn Kilbrack');
const IN_BUILDINGS = ['Sai Residency', 'Prestige Lakeview', 'Green Park Apartments', 'Shanti Kunj', 'Lotus Enclave', 'Krishna Towers', 'Silver Oak CHS', 'Sunrise Heights'];
const UK_LET = 'ABDEFGHJLNPQRSTUWXYZ';
const IE_CH = 'ACDEFHKNPRTVWXY0123456789';
const CA_LET = 'ABCEGHJKLMNPRSTVWXYZ';
const EMAIL_DOMAINS = sp('gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com proton.me bigpond.com xtra.co.nz eircom.net rediffmail.com yahoo.co.in comcast.net att.net btinternet.com live.ie optusnet.com.au shaw.ca');

class G {
  constructor(readonly r: Rng) {}
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  cc(): Cc {
    const x = this.r.next();
    return x < 0.33 ? 'US' : x < 0.5 ? 'UK' : x < 0.6 ? 'IE' : x < 0.72 ? 'AU' : x < 0.8 ? 'NZ' : x < 0.88 ? 'CA' : 'IN';
  }
  person(cc?: Cc): Person {
    const ci = cc === 'IN' && this.chance(0.85) ? this.pick(INDIAN_CULTURES) : this.int(0, CULTURES.length - 1);
    const [gs, fs] = CULTURES[ci] as readonly [string[], string[]];
    const g2 = this.pick(CULTURES)[0];
    return { g: this.pick(gs), f: this.pick(fs), m: this.pick(g2).charAt(0) };
  }
  /** A name in one of many written forms. */
  nameForm(p: Person): string {
    const x = this.r.next();
    if (x < 0.45) return full(p);
    if (x < 0.55) return `${p.g} ${p.m}. ${p.f}`;
    if (x < 0.63) return `${p.g.charAt(0)}. ${p.f}`;
    if (x < 0.72) return `${p.f}, ${p.g}`;
    if (x < 0.8) return full(p).toUpperCase();
    if (x < 0.86) return `${p.f.toUpperCase()}, ${p.g.toUpperCase()}`;
    if (x < 0.92) return full(p).toLowerCase();
    return p.g;
  }
  email(p?: Person): string {
    if (!p) p = this.person();
    const g = ascii(p.g) || 'info';
    const f = ascii(p.f) || 'x';
    const dom = this.pick(EMAIL_DOMAINS);
    const n = this.int(0, 99);
    return this.pick([
      `${g}.${f}@${dom}`, `${g}${f}${n}@${dom}`, `${g.charAt(0)}${f}@${dom}`, `${f}.${g}@${dom}`, `${g}_${f}@${dom}`,
      `${g}${n}@${dom}`, `${g}.${f}${this.int(60, 99)}@${dom}`, `${f}${g.charAt(0)}@${dom}`,
    ]);
  }
  workEmail(p: Person, dom: string): string {
    return this.pick([`${ascii(p.g)}.${ascii(p.f)}@${dom}`, `${ascii(p.g).charAt(0)}${ascii(p.f)}@${dom}`, `${ascii(p.g)}@${dom}`]);
  }
  spokenEmail(p: Person): string {
    const g = ascii(p.g);
    const f = ascii(p.f);
    const dom = this.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com', 'hotmail dot co dot uk', 'icloud dot com', 'bigpond dot com']);
    return this.pick([`${g} dot ${f} at ${dom}`, `${g}${f} at ${dom}`, `${g} underscore ${f} at ${dom}`, `${g.charAt(0)} ${f} at ${dom}`]);
  }
  d(n: number): string {
    return this.r.digits(n);
  }
  nz(n: number): string {
    return String(this.int(1, 9)) + this.r.digits(n - 1);
  }
  phone(cc: Cc): string {
    const r = this.r;
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`;
        const e = `${this.int(2, 9)}${this.d(2)}`;
        const n = this.d(4);
        return this.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`,
          `1 (${a}) ${e}-${n}`, `${a}${e}${n}`, `${a} ${e} ${n}`, `+1 (${a}) ${e}-${n}`, `1-${a}-${e}-${n}`, `(${a})${e}-${n}`]);
      }
      case 'UK': {
        const k = r.next();
        if (k < 0.4) {
          const m = `7${this.int(4, 9)}${this.d(2)}`;
          const rest = this.d(6);
          return this.pick([`0${m} ${rest}`, `0${m}${rest}`, `+44 ${m} ${rest}`, `+44 (0)${m} ${rest}`, `0${m} ${rest.slice(0, 3)} ${rest.slice(3)}`, `+447${m.slice(1)}${rest}`]);
        }
        if (k < 0.7) {
          const a = this.pick(['20 7', '20 8', '20 3']);
          const rest = `${this.d(3)} ${this.d(4)}`;
          return this.pick([`0${a}${rest}`, `+44 ${a}${rest}`, `(0${a.slice(0, 2)}) ${a.slice(3)}${rest}`]);
        }
        const a = this.pick(['113', '161', '117', '121', '131', '141', '1603', '1392', '1224', '1904']);
        const rest = a.length === 3 ? `${this.d(3)} ${this.d(4)}` : `${this.d(6)}`;
        return this.pick([`0${a} ${rest}`, `+44 ${a} ${rest}`, `(0${a}) ${rest}`]);
      }
      case 'IE': {
        if (this.chance(0.6)) {
          const m = `8${this.pick(['3', '5', '6', '7', '9'])}`;
          const a = this.d(3);
          const b = this.d(4);
          return this.pick([`0${m} ${a} ${b}`, `0${m}${a}${b}`, `+353 ${m} ${a} ${b}`, `+353 (0)${m} ${a} ${b}`, `0${m}-${a}${b}`, `00353 ${m} ${a} ${b}`]);
        }
        const a = this.pick(['1', '21', '91', '61', '51', '56']);
        const rest = `${this.d(3)} ${this.d(4)}`;
        return this.pick([`(0${a}) ${rest}`, `0${a} ${rest}`, `+353 ${a} ${rest}`]);
      }
      case 'AU': {
        if (this.chance(0.6)) {
          const m = `4${this.d(2)}`;
          const a = this.d(3);
          const b = this.d(3);
          return this.pick([`0${m} ${a} ${b}`, `0${m}${a}${b}`, `+61 ${m} ${a} ${b}`, `+61${m}${a}${b}`, `0${m}-${a}-${b}`]);
        }
        const a = this.pick(['2', '3', '7', '8']);
        const rest = `${this.int(3, 9)}${this.d(3)} ${this.d(4)}`;
        return this.pick([`(0${a}) ${rest}`, `0${a} ${rest}`, `+61 ${a} ${rest}`]);
      }
      case 'NZ': {
        if (this.chance(0.6)) {
          const m = this.pick(['21', '22', '27', '29']);
          const a = this.d(3);
          const b = this.d(4);
          return this.pick([`0${m} ${a} ${b}`, `0${m}${a}${b}`, `+64 ${m} ${a} ${b}`, `0${m}-${a}-${b}`]);
        }
        const a = this.pick(['9', '4', '3', '7', '6']);
        const rest = `${this.int(2, 9)}${this.d(2)} ${this.d(4)}`;
        return this.pick([`(0${a}) ${rest}`, `0${a} ${rest}`, `+64 ${a} ${rest}`, `0${a}-${rest}`]);
      }
      case 'IN': {
        if (this.chance(0.7)) {
          const m = `${this.int(6, 9)}${this.d(4)}`;
          const n = this.d(5);
          return this.pick([`+91 ${m} ${n}`, `+91-${m}${n}`, `0${m} ${n}`, `${m}${n}`, `${m} ${n}`, `+91 ${m}${n}`, `+91-${m}-${n}`]);
        }
        const a = this.pick(['22', '80', '44', '33', '11', '40']);
        const rest = `${this.int(2, 6)}${this.d(3)} ${this.d(4)}`;
        return this.pick([`0${a} ${rest}`, `0${a}-${rest.replace(' ', '')}`, `+91 ${a} ${rest}`]);
      }
    }
  }
  /** A phone number read out in words. */
  spokenPhone(cc: Cc): string {
    const groups = cc === 'US' || cc === 'CA' ? [this.nz(3), this.nz(3), this.d(4)]
      : cc === 'UK' ? [`07${this.int(4, 9)}${this.d(2)}`, this.d(3), this.d(3)]
      : cc === 'IE' ? [`08${this.pick(['3', '5', '6', '7'])}`, this.d(3), this.d(4)]
      : cc === 'AU' ? [`04${this.d(2)}`, this.d(3), this.d(3)]
      : cc === 'NZ' ? [`02${this.pick(['1', '2', '7'])}`, this.d(3), this.d(4)]
      : [`9${this.d(4)}`, this.d(5)];
    const oh = this.chance(0.5);
    const words = groups.map((grp) => {
      const out: string[] = [];
      for (let i = 0; i < grp.length; i++) {
        const c = grp.charAt(i);
        if (i + 1 < grp.length && grp.charAt(i + 1) === c && this.chance(0.4)) {
          out.push(`double ${c === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(c)] as string)}`);
          i++;
        } else out.push(c === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(c)] as string));
      }
      return out.join(' ');
    });
    return words.join(this.pick([', ', ' ', ' ... ']));
  }
  masked(): string {
    const n = this.d(4);
    return this.pick([`***-***-${n}`, `(XXX) XXX-${n}`, `07*** ***${n.slice(1)}`, `+61 4** *** ${n.slice(1)}`, `xxx-xxx-${n}`]);
  }
  ext(): string {
    return this.pick([' ext. ', ' x', ' ext ', ', extension ', ' Ext: ']) + String(this.int(10, 4999));
  }
  ssn(): string {
    let a = this.int(1, 899);
    if (a === 666) a = 667;
    const s = `${pad(a, 3)}`;
    const g = pad(this.int(1, 99));
    const n = pad(this.int(1, 9999), 4);
    const x = this.r.next();
    return x < 0.6 ? `${s}-${g}-${n}` : x < 0.8 ? `${s} ${g} ${n}` : `${s}${g}${n}`;
  }
  maskedSsn(): string {
    const n = pad(this.int(1, 9999), 4);
    return this.pick([`XXX-XX-${n}`, `***-**-${n}`, `xxx-xx-${n}`, `###-##-${n}`]);
  }
  itin(): string {
    return `9${this.d(2)}-${this.pick(['70', '78', '83', '91', '94'])}-${this.d(4)}`;
  }
  ein(): string {
    return `${this.int(10, 98)}-${this.d(7)}`;
  }
  routing(): string {
    return this.pick(['021000021', '011401533', '091000019', '121000248', '026009593', '322271627', '071000013']);
  }
  card(): string {
    const k = this.int(0, 9);
    const [pre, len] = k < 3 ? ['4', this.chance(0.1) ? 13 : 16] as const
      : k < 5 ? [String(this.int(51, 55)), 16] as const
      : k === 5 ? [String(this.int(2221, 2720)), 16] as const
      : k === 6 ? [this.pick(['34', '37']), 15] as const
      : k === 7 ? [this.pick(['6011', '65', '644', '649']), 16] as const
      : k === 8 ? [String(this.int(3528, 3589)), 16] as const
      : [this.pick(['36', '38', '300', '305']), 14] as const;
    let body = pre + this.d(len - pre.length - 1);
    for (let c = 0; c < 10; c++) {
      if (luhnValid(body + String(c))) {
        body += String(c);
        break;
      }
    }
    return this.groupCard(body);
  }
  badCard(): string {
    const c = this.card().replace(/[ -]/g, '');
    const last = Number(c.charAt(c.length - 1));
    return this.groupCard(c.slice(0, -1) + String((last + this.int(1, 9)) % 10));
  }
  groupCard(d: string): string {
    const sep = this.pick([' ', ' ', '-', '']);
    if (sep === '') return d;
    if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
    if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
    return (d.match(/.{1,4}/g) ?? [d]).join(sep);
  }
  maskedCard(): string {
    const n = this.d(4);
    return this.pick([`**** **** **** ${n}`, `XXXX-XXXX-XXXX-${n}`, `ending in ${n}`, `•••• ${n}`, `************${n}`]);
  }
  iban(cc?: string): string {
    const c = cc ?? this.pick(['GB', 'GB', 'IE', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT', 'CH', 'AE', 'PL', 'PT', 'BE']);
    const L = () => String.fromCharCode(65 + this.int(0, 25));
    const bban = c === 'GB' ? this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG', 'MONZ']) + this.d(14)
      : c === 'IE' ? this.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB', 'PTSB']) + this.d(14)
      : c === 'NL' ? this.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB']) + this.d(10)
      : c === 'IT' ? L() + this.d(22)
      : this.d((IBAN_LENGTHS[c] ?? 22) - 4);
    let check = '00';
    for (let k = 2; k <= 98; k++) {
      if (ibanMod97Valid(`${c}${pad(k)}${bban}`)) {
        check = pad(k);
        break;
      }
    }
    return this.fmtIban(`${c}${check}${bban}`);
  }
  badIban(): string {
    const v = this.iban().replace(/\s/g, '').toUpperCase();
    const i = this.int(6, v.length - 1);
    const ch = v.charAt(i);
    const rep = /\d/.test(ch) ? String((Number(ch) + this.int(1, 9)) % 10) : ch === 'A' ? 'B' : 'A';
    return this.fmtIban(v.slice(0, i) + rep + v.slice(i + 1));
  }
  fmtIban(v: string): string {
    const x = this.r.next();
    if (x < 0.55) return (v.match(/.{1,4}/g) ?? [v]).join(' ');
    if (x < 0.9) return v;
    return v.toLowerCase();
  }
  ipv4(): string {
    const x = this.r.next();
    if (x < 0.2) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (x < 0.35) return `192.168.${this.int(0, 20)}.${this.int(2, 254)}`;
    if (x < 0.45) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    let a = this.int(11, 223);
    if (a === 127) a = 128;
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const h = () => this.int(0, 0xffff).toString(16);
    const x = this.r.next();
    if (x < 0.4) return `2001:db8:${h()}:${h()}::${h()}`;
    if (x < 0.6) return `fe80::${h()}:${h()}:${h()}:${h()}`;
    if (x < 0.8) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
    return `2600:${h()}:${h()}::${h()}:${h()}`;
  }
  ip(): string {
    return this.chance(0.7) ? this.ipv4() : this.ipv6();
  }
  dob(): Ymd {
    return { y: this.int(1938, 2006), m: this.int(1, 12), d: this.int(1, 28) };
  }
  recent(): Ymd {
    return { y: this.int(2023, 2026), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** A date as people in that country write it. */
  date(v: Ymd, cc: Cc): string {
    const { y, m, d } = v;
    const M = MONTHS[m - 1] as string;
    const Mon = M.slice(0, 3);
    if (cc === 'US') {
      return this.pick([`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${pad(m)}/${pad(d)}/${pad(y % 100)}`, `${M} ${d}, ${y}`, `${Mon}${M.length > 3 ? '.' : ''} ${d}, ${y}`,
        `${pad(m)}-${pad(d)}-${y}`, `${y}-${pad(m)}-${pad(d)}`, `${M} ${d} ${y}`, `${m}/${d}/${pad(y % 100)}`, `${Mon} ${d}, ${y}`]);
    }
    if (cc === 'CA') {
      return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${M} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${d} ${M} ${y}`]);
    }
    return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${d} ${M} ${y}`, `${d}${ordSuffix(d)} ${M} ${y}`, `${d}${ordSuffix(d)} of ${M} ${y}`,
      `${pad(d)}-${Mon}-${y}`, `${pad(d)}.${pad(m)}.${y}`, `${pad(d)}-${pad(m)}-${y}`, `${y}-${pad(m)}-${pad(d)}`, `${d} ${Mon} ${y}`,
      `${pad(d)}/${pad(m)}/${pad(y % 100)}`, `${d} ${Mon}${M.length > 3 ? '.' : ''} ${y}`]);
  }
  spokenDate(v: Ymd, cc: Cc): string {
    const M = MONTHS[v.m - 1] as string;
    const o = ORD_WORDS[v.d - 1] as string;
    return cc === 'US' || cc === 'CA' ? `${M} ${o}, ${yearWords(v.y)}` : `${o} of ${M}, ${yearWords(v.y)}`;
  }
  address(cc: Cc, multi: boolean): string {
    const lines = this.addressLines(cc);
    return multi ? lines.join('\n') : lines.join(', ');
  }
  street(suf: readonly string[]): string {
    const s = this.pick(STREETS);
    return this.chance(0.25) ? `${s} ${this.pick(['Hill', 'Park', 'Ridge', 'Valley', 'Creek', 'Green'])} ${this.pick(suf)}` : `${s} ${this.pick(suf)}`;
  }
  addressLines(cc: Cc): string[] {
    const x = this.r.next();
    switch (cc) {
      case 'US': {
        const [city, st, z] = this.pick(US_PLACES);
        const zip = z + this.d(2) + (this.chance(0.2) ? `-${this.d(4)}` : '');
        const last = this.pick([`${city}, ${st} ${zip}`, `${city} ${st} ${zip}`, `${city.toUpperCase()} ${st} ${zip}`]);
        if (x < 0.12) return [`PO Box ${this.int(10, 9999)}`, last];
        if (x < 0.2) return [`${this.pick(['RR', 'Rural Route', 'R.R.'])} ${this.int(1, 9)} Box ${this.int(10, 999)}`, last];
        const num = String(this.int(1, 29999));
        const dir = this.chance(0.25) ? `${this.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ` : '';
        const line1 = `${num} ${dir}${this.street(US_SUF)}`;
        if (x < 0.55) {
          const unit = this.pick([`Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`, `Suite ${this.int(100, 950)}`, `Unit ${this.int(1, 300)}`, `#${this.int(2, 999)}`, `Ste ${this.int(100, 600)}`, `Apt. ${this.int(1, 9)}${this.pick(['F', 'R', 'D'])}`]);
          return this.chance(0.5) ? [`${line1} ${unit}`, last] : [line1, unit, last];
        }
        return [line1, last];
      }
      case 'CA': {
        const [city, pr, fsa] = this.pick(CA_PLACES);
        const pc = `${fsa} ${this.int(1, 9)}${this.pick([...CA_LET])}${this.int(0, 9)}`;
        const last = this.pick([`${city}, ${pr} ${pc}`, `${city} ${pr}  ${pc}`, `${city} (${pr}) ${pc}`]);
        if (x < 0.15) return [`PO Box ${this.int(100, 9999)}`, `Stn ${this.pick(['Main', 'A', 'Central'])}`, last];
        if (x < 0.25) return [`RR ${this.int(1, 6)}, Site ${this.int(1, 40)}, Box ${this.int(1, 60)}`, last];
        const num = this.int(1, 9999);
        if (x < 0.55) return [`${this.int(101, 2405)}-${num} ${this.street(US_SUF)}`, last];
        return [`${num} ${this.street(US_SUF)}${this.chance(0.3) ? ` ${this.pick(['E', 'W', 'N', 'S'])}` : ''}`, last];
      }
      case 'UK': {
        const [town, area] = this.pick(UK_PLACES);
        const pc = `${area}${this.int(1, 28)} ${this.int(1, 9)}${this.pick([...UK_LET])}${this.pick([...UK_LET])}`;
        const line1 = `${this.int(1, 240)} ${this.street(UK_SUF)}`;
        const dist = this.pick(UK_DISTRICTS);
        if (x < 0.1) return [`PO Box ${this.int(100, 9999)}`, town, pc];
        if (x < 0.35) return [`Flat ${this.int(1, 30)}${this.pick(['', 'a', 'b'])}`, `${this.pick(['Kestrel', 'Alder', 'Bramley', 'Foxglove', 'Wren'])} ${this.pick(['House', 'Court', 'Lodge'])}`, line1, town.toUpperCase(), pc];
        if (x < 0.6) return [line1, dist, town, pc];
        if (x < 0.8) return [`Flat ${this.int(1, 9)}, ${line1}`, `${town} ${pc}`];
        return [line1, dist, `${town.toUpperCase()}`, pc, 'United Kingdom'];
      }
      case 'IE': {
        const [town, county, rk] = this.pick(IE_PLACES);
        let code = rk + ' ';
        for (let i = 0; i < 4; i++) code += this.pick([...IE_CH]);
        const tail = county ? [town, county, code] : [town, code];
        if (x < 0.3) return [`${this.int(1, 180)} ${this.pick(IE_ESTATES)} ${this.pick(['Park', 'Drive', 'Avenue', 'Close', 'Heights', 'Lawn'])}`, ...tail];
        if (x < 0.55) return [`Apt ${this.int(1, 120)}`, `${this.pick(['The Maltings', 'Harbour Point', 'Mill Quarter', 'Riverside Court'])}`, `${this.pick(['Bridge', 'Main', 'Quay', 'Castle'])} Street`, ...tail];
        if (x < 0.7) return [`${this.pick(['Rose Cottage', 'Drumlin View', 'Ard na Gréine', 'The Old Forge'])}`, `${this.pick(['Ballymore', 'Kilcolgan', 'Rathcoole', 'Inchicore'])}`, ...tail];
        return [`${this.int(1, 99)} ${this.street(UK_SUF)}`, ...tail, ...(this.chance(0.3) ? ['Ireland'] : [])];
      }
      case 'AU': {
        const [sub, st, pc] = this.pick(AU_PLACES);
        const last = this.pick([`${sub} ${st} ${pc}`, `${sub.toUpperCase()} ${st} ${pc}`, `${sub}, ${st} ${pc}`]);
        if (x < 0.12) return [`PO Box ${this.int(10, 2999)}`, last];
        if (x < 0.2) return [`RMB ${this.int(100, 9999)}`, `${this.street(AU_SUF)}`, last];
        if (x < 0.5) return [`${this.int(1, 40)}/${this.int(1, 300)} ${this.street(AU_SUF)}`, last];
        if (x < 0.65) return [`Unit ${this.int(1, 40)}, ${this.int(1, 300)} ${this.street(AU_SUF)}`, last];
        return [`${this.int(1, 300)} ${this.street(AU_SUF)}`, last, ...(this.chance(0.2) ? ['Australia'] : [])];
      }
      case 'NZ': {
        const [sub, city, pc] = this.pick(NZ_PLACES);
        if (x < 0.12) return [`PO Box ${this.int(100, 99999)}`, `${city} ${pc}`];
        if (x < 0.22) return [`${this.int(10, 999)} ${this.pick(['Kahikatea', 'Pukeko', 'Matai', 'Tui'])} Road`, `RD ${this.int(1, 9)}`, `${this.pick(['Te Awamutu', 'Matamata', 'Masterton', 'Rangiora'])} ${this.int(3, 7)}${this.d(3)}`];
        const line1 = this.chance(0.35) ? `${this.int(1, 9)}/${this.int(1, 200)} ${this.street(AU_SUF)}` : this.chance(0.3) ? `Flat ${this.int(1, 9)}, ${this.int(1, 200)} ${this.street(AU_SUF)}` : `${this.int(1, 300)}${this.pick(['', '', 'A', 'B'])} ${this.street(AU_SUF)}`;
        return [line1, sub, `${city} ${pc}`, ...(this.chance(0.2) ? ['New Zealand'] : [])];
      }
      case 'IN': {
        const [loc, city, state, pinp] = this.pick(IN_PLACES);
        const pin = pinp + this.d(2);
        const last = this.pick([`${city}, ${state} ${pin}`, `${city} - ${pin}`, `${city} ${pin}, ${state}`, `${city.toUpperCase()} - ${pin}`]);
        if (x < 0.35) return [`Flat ${this.int(1, 18)}0${this.int(1, 8)}, ${this.pick(IN_BUILDINGS)}`, `${this.int(1, 20)}th Cross, ${loc}`, last];
        if (x < 0.6) return [`H.No. ${this.int(1, 12)}-${this.int(1, 9)}-${this.int(10, 400)}/${this.pick(['A', 'B', '1'])}`, `Road No. ${this.int(1, 14)}, ${loc}`, last];
        if (x < 0.8) return [`${this.pick(['B', 'C', 'D', 'E'])}-${this.int(1, 240)}, ${loc}`, last];
        return [`${this.int(1, 90)}/${this.int(1, 20)} ${this.pick(['Gandhi', 'Nehru', 'Tagore', 'Patel'])} ${this.pick(['Nagar', 'Road', 'Marg'])}`, loc, last];
      }
    }
  }
  ref(prefix: string): string {
    return `${prefix}${this.d(this.int(6, 10))}`;
  }
  money(): string {
    return `${this.int(12, 4800)}.${this.d(2)}`;
  }
  time(): string {
    return `${this.int(1, 12)}:${pad(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  hash(n = 40): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(this.int(0, 15));
    return s;
  }
  ver(): string {
    return `${this.int(1, 16)}.${this.int(0, 30)}.${this.int(0, 99)}`;
  }
  trap(): string {
    return this.pick(TRAPS);
  }
  /** A condition named after a person (not a person). */
  disease(): string {
    return this.pick(DISEASES);
  }
}

/** Conditions named after people. */
const DISEASES = [
  "Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", 'Down syndrome', "Alzheimer's", "Graves' disease", 'Tourette syndrome',
  "Addison's disease", "Bell's palsy", "Hashimoto's thyroiditis", "Cushing's syndrome", "Raynaud's", "Sjögren's syndrome", 'Lou Gehrig\'s disease',
];
/** Things that look like names but are not people (brands, places, diseases, laws, buildings). */
const TRAPS = [
  ...DISEASES,
  'Wells Fargo', 'Charles Schwab', 'Edward Jones', 'John Hancock', 'Lincoln Financial', 'Ben & Jerry\'s', 'Dr Pepper', 'Jack Daniel\'s',
  'Taco Bell', 'Dodd-Frank Act', 'Sarbanes-Oxley', "Megan's Law", 'the Nobel Prize', 'Sallie Mae', 'Fannie Mae', 'Freddie Mac',
  'Lincoln Park', 'Washington Square', 'Mount Kosciuszko', 'St. Vincent\'s Hospital', 'Rockefeller Center', 'Hurricane Ida',
  'Cyclone Gabrielle', 'Medicare', 'the Roth IRA', 'Morgan Stanley', 'Johnson & Johnson', 'Marks & Spencer', 'Sainsbury\'s',
  'Woolworths', 'Harvey Norman', 'Kmart', 'Tata Consultancy', 'Mahindra', 'the Gandhi Memorial', 'Victoria Station', 'Wellington Airport',
  'the Apgar score', 'the Heimlich manoeuvre',
];

// Templates follow in the second half of the file.
type Tpl = (d: Doc, g: G) => void;

// ---------------------------------------------------------------------------------------------------
// Shared pieces.

const CLINICS = ['Riverbend Family Practice', 'Northgate Medical Group', 'Harbourside Health', 'Greenvale Clinic', 'Kauri Health Centre', 'Lakeshore Pediatrics', 'Apollo Wellness Centre', 'St. Brigid\'s Medical'];
const BANKS = ['Cascade Federal Credit Union', 'Tidewater Savings', 'Northern Rock Mutual', 'Emerald Isle Bank', 'Southern Cross Bank', 'Kiwi Harbour Bank', 'Maple Leaf Trust', 'Indus Cooperative Bank'];
const AGENTS = sp('Priscilla Dominic Tamsin Rory Kendra Malcolm Noelle Fergus Bianca Howard Sunita Colm');
const WEEKDAYS = sp('Monday Tuesday Wednesday Thursday Friday');
const ORGS = ['Brightwater Property Management', 'Keystone Payroll Services', 'Oakhurst Legal LLP', 'Pinecrest Insurance', 'Silverfern Lettings', 'Coastal Tax Partners', 'Meridian HR'];

/** A name label in a random written form. */
function nm(d: Doc, g: G, p: Person): Doc {
  return d.l('PERSON', g.nameForm(p));
}
/** The writer's own name: a known name some of the time. */
function me(d: Doc, g: G, p: Person, selfShare = 0.5): Doc {
  return g.chance(selfShare) ? d.self(p) : d.l('PERSON', full(p));
}
function dobCue(g: G): string {
  return g.pick(['DOB: ', 'D.O.B. ', 'Date of birth: ', 'date of birth ', 'DOB ', 'born ', 'Birthdate: ', 'b. ', 'dob - ', 'Date of Birth (MM/DD/YYYY): ', 'birthday ', 'DoB: ']);
}
function ssnCue(g: G): string {
  return g.pick(['SSN: ', 'SSN ', 'Social Security No. ', 'social is ', 'SS#: ', 'Soc Sec # ', 'Social Security Number: ', 'ssn ', 'TIN (SSN): ', 'SSN/TIN ', 'social security number is ']);
}
function phoneCue(g: G): string {
  return g.pick(['Phone: ', 'Tel: ', 'Mobile: ', 'Cell: ', 'mob ', 'ph ', 'call me on ', 'reach me at ', 'Ph: ', 'M: ', 'T: ', 'Contact no. ', 'best number is ', 'Home: ', 'Daytime phone: ']);
}
function sig(d: Doc, g: G, p: Person, cc: Cc, org?: string, dom?: string): void {
  d.t(g.pick(['\n\nThanks,\n', '\n\nKind regards,\n', '\n\nBest,\n', '\n\nCheers,\n', '\n\nRegards,\n', '\n\nMany thanks\n', '\n\n-- \n']));
  me(d, g, p);
  if (org) d.t(`\n${g.pick(['Claims Specialist', 'Patient Services', 'HR Coordinator', 'Senior Paralegal', 'Leasing Consultant', 'Accounts Receivable', 'Care Coordinator'])} | ${org}`);
  if (g.chance(0.7)) {
    d.t(`\n${phoneCue(g)}`).l('PHONE', g.phone(cc));
    if (g.chance(0.25)) d.t(g.ext());
  }
  if (g.chance(0.5)) d.t(`\n${g.pick(['E: ', 'Email: ', ''])}`).l('EMAIL', dom ? g.workEmail(p, dom) : g.email(p));
  if (g.chance(0.2)) d.t(`\n${g.pick(['This e-mail and any attachments are confidential.', 'Please consider the environment before printing.', 'Sent from my iPhone', 'Get Outlook for Android'])}`);
}
function fwdHeader(d: Doc, g: G, from: Person, to: Person, cc: Cc): void {
  const dt = g.recent();
  d.t('---------- Forwarded message ---------\nFrom: ');
  nm(d, g, from).t(' <').l('EMAIL', g.email(from)).t('>\n');
  d.t(`${g.pick(['Date: ', 'Sent: '])}${g.pick(WEEKDAYS)}, ${g.date(dt, cc)} ${g.time()}\nTo: `);
  nm(d, g, to).t(' <').l('EMAIL', g.email(to)).t('>\n');
  d.t(`Subject: ${g.pick(['Re: your application', 'FW: documents', 'Re: claim update', 'Re: tenancy', 'Fwd: forms attached'])}\n\n`);
}

// ---------------------------------------------------------------------------------------------------
// Templates: healthcare.

const HEALTH: Tpl[] = [
  (d, g) => {
    // patient portal message
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`${g.pick(CLINICS)} — Patient Portal\nSecure message\nSubject: ${g.pick(['Repeat prescription', 'Test results question', 'Change of contact details', 'Appointment follow-up'])}\n\n`);
    d.t(g.pick(['Hi, ', 'Hello Dr. ', 'Dear Dr ']));
    if (!d.text.endsWith('Hi, ')) d.l('PERSON', g.person(cc).f).t(',\n');
    else d.t('\n');
    d.t(`I saw you on ${g.date(g.recent(), cc)} about my ${g.pick(['blood pressure', 'knee', 'thyroid', 'asthma'])}. `);
    d.t(g.pick(['My new mobile is ', 'Please update my number to ', 'You can call me on '])).l('PHONE', g.phone(cc)).t('. ');
    const dobInBody = g.chance(0.5);
    if (dobInBody) d.t('For ID my date of birth is ').l('DOB', g.date(g.dob(), cc)).t('.');
    else d.t(`${g.pick(['I have read the leaflet on', 'Is this related to'])} ${g.disease()}?`);
    d.t('\n\n');
    me(d, g, p, 0.6);
    if (!dobInBody && g.chance(0.6)) d.t(`\n${dobCue(g)}`).l('DOB', g.date(g.dob(), cc));
    if (g.chance(0.5)) d.t('\n\n[Sent via portal from ').l('IP', g.ip()).t(` · session ${g.hash(16)}]`);
  },
  (d, g) => {
    // intake form
    const cc = g.chance(0.7) ? 'US' : g.cc();
    const p = g.person(cc);
    d.t(`NEW PATIENT INTAKE — ${g.pick(CLINICS)}\n\nPatient name (Last, First): `).l('PERSON', `${p.f}, ${p.g}`);
    d.t(`\nPreferred name: ${g.chance(0.5) ? '' : ''}`).l('PERSON', p.g);
    d.t(`\n${g.pick(['Date of birth', 'DOB', 'Birth date'])}: `).l('DOB', g.date(g.dob(), cc));
    d.t(`\nSex: ${g.pick(['F', 'M', 'X'])}    Marital: ${g.pick(['S', 'M', 'D', 'W'])}`);
    if (cc === 'US') d.t(`\n${ssnCue(g)}`).l('NATIONAL_ID', g.ssn());
    d.t('\nHome address: ').l('ADDRESS', g.address(cc, false));
    d.t('\nCell: ').l('PHONE', g.phone(cc)).t('   Work: ');
    if (g.chance(0.5)) d.l('PHONE', g.phone(cc)).t(g.ext());
    else d.t('n/a');
    d.t('\nEmail: ').l('EMAIL', g.email(p));
    const ec = g.person(cc);
    d.t(`\nEmergency contact: `).l('PERSON', full(ec)).t(` (${g.pick(['spouse', 'mother', 'son', 'friend', 'sister'])}) `).l('PHONE', g.phone(cc));
    d.t(`\nInsurance: ${g.pick(['Blue Ridge PPO', 'Medicare Part B', 'Aetna Choice POS II', 'Medicaid'])}  Member ID ${g.pick(['XKJ', 'W', 'MBR'])}${g.d(9)}  Group ${g.d(6)}`);
    d.t(`\nReferred by: Dr. `).l('PERSON', `${g.person(cc).g.charAt(0)}. ${g.person(cc).f}`);
    d.t(`\nHistory: ${g.pick(['family history of', 'previously treated for', 'no history of'])} ${g.disease()}.`);
    if (g.chance(0.4)) d.t('\nCard on file for copays: ').l('CARD', g.card()).t(`  (exp ${pad(g.int(1, 12))}/${g.int(26, 31)})`);
  },
  (d, g) => {
    // UK/IE/AU GP referral letter
    const cc = g.pick<Cc>(['UK', 'UK', 'IE', 'AU', 'NZ']);
    const p = g.person(cc);
    const gp = g.person(cc);
    const cons = g.person(cc);
    d.t(`${g.pick(CLINICS)}\n`).l('ADDRESS', g.address(cc, true)).t(`\n\n${g.date(g.recent(), cc)}\n\nDr `).l('PERSON', `${cons.g.charAt(0)}. ${cons.f}`);
    d.t(`\nConsultant ${g.pick(['Cardiologist', 'Rheumatologist', 'Dermatologist', 'Gastroenterologist'])}\n\nDear Dr `).l('PERSON', cons.f).t(',\n\nRe: ');
    d.l('PERSON', full(p).toUpperCase()).t(`  ${dobCue(g)}`).l('DOB', g.date(g.dob(), cc));
    d.t(`  ${cc === 'UK' ? 'NHS No' : cc === 'IE' ? 'MRN' : cc === 'NZ' ? 'NHI' : 'Medicare No'}: ${cc === 'NZ' ? 'ZKD' + g.d(4) : `${g.d(3)} ${g.d(3)} ${g.d(4)}`}\n`);
    d.l('ADDRESS', g.address(cc, false)).t('\nTel: ').l('PHONE', g.phone(cc));
    d.t(`\n\nThank you for seeing this ${g.int(19, 88)}-year-old ${g.pick(['gentleman', 'lady', 'patient'])} with suspected ${g.disease()}. `);
    d.t(`${g.pick(['She', 'He', 'They'])} ${g.pick(['has been on ramipril since', 'was first seen on', 'last had bloods on'])} ${g.date(g.recent(), cc)}. `);
    d.t(`Mr${g.chance(0.5) ? '.' : ''}/Ms `).l('PERSON', p.f).t("'s daughter ").l('PERSON', g.person(cc).g).t(' is happy to be contacted on ').l('PHONE', g.phone(cc)).t('.\n\nYours sincerely,\n\nDr ');
    d.l('PERSON', full(gp)).t(`\nGeneral Practitioner`);
  },
  (d, g) => {
    // US health insurance claim
    const p = g.person('US');
    const prov = g.person('US');
    d.t(`CLAIM FORM — ${g.pick(['Pinecrest Insurance', 'Lakeland Health Plan', 'Summit Mutual'])}\nClaim #: CLM-${g.d(8)}\n\n1. Insured's name: `);
    d.l('PERSON', `${p.f.toUpperCase()}, ${p.g.toUpperCase()} ${p.m}`).t(`\n2. Insured's ID / SSN: `).l('NATIONAL_ID', g.ssn());
    d.t(`\n3. Patient's birth date: `).l('DOB', g.date(g.dob(), 'US')).t(`  Sex: ${g.pick(['M', 'F'])}`);
    d.t(`\n4. Patient's address: `).l('ADDRESS', g.address('US', false));
    d.t(`\n5. Telephone: `).l('PHONE', g.phone('US'));
    d.t(`\n6. Patient relationship to insured: ${g.pick(['Self', 'Spouse', 'Child'])}`);
    d.t(`\n17. Referring provider: `).l('PERSON', `${prov.g} ${prov.f}`).t(` MD   NPI ${g.d(10)}`);
    d.t(`\n21. Diagnosis: ${g.pick(['M54.5', 'E11.9', 'J45.909', 'I10'])}  (${g.disease()} ruled out)`);
    d.t(`\n24. Date of service: ${g.date(g.recent(), 'US')}  CPT 99214  $${g.money()}`);
    d.t(`\n25. Federal tax ID (EIN): ${g.ein()}`);
    d.t(`\n31. Signature: `).l('PERSON', `${p.g.charAt(0)}. ${p.f}`).t(`  Date: ${g.date(g.recent(), 'US')}`);
  },
  (d, g) => {
    // EOB
    const p = g.person('US');
    d.t(`EXPLANATION OF BENEFITS — THIS IS NOT A BILL\n\n`).l('PERSON', full(p).toUpperCase()).t('\n').l('ADDRESS', g.address('US', true).toUpperCase());
    d.t(`\n\nMember ID: ${g.pick(['H', 'YRP', 'ZGW'])}${g.d(9)}   Statement date: ${g.date(g.recent(), 'US')}\n\n`);
    d.t('Patient        | Provider             | Service date | Billed   | You owe\n');
    for (let i = 0; i < g.int(1, 3); i++) {
      const pt = g.chance(0.5) ? p : g.person('US');
      d.l('PERSON', pt.g).t(` ${pt.f === p.f ? '' : ''}| Dr. `).l('PERSON', g.person('US').f).t(` | ${g.date(g.recent(), 'US')} | $${g.money()} | $${g.money()}\n`);
    }
    d.t('\nQuestions? Call Member Services at ').l('PHONE', `1-800-${g.int(200, 999)}-${g.d(4)}`).t(` (TTY 711). Appeals must be filed within 180 days. Check #${g.d(7)} issued ${g.date(g.recent(), 'US')}.`);
  },
  (d, g) => {
    // pharmacy refill SMS
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`${g.pick(['Harbour Pharmacy', 'QuickCare Rx', 'Chemist on Main', 'MedPlus'])}: Hi `).l('PERSON', p.g).t(`, your refill of ${g.pick(['atorvastatin 20mg', 'metformin 500mg', 'salbutamol inhaler', 'levothyroxine 50mcg'])} (Rx ${g.d(7)}) is ready. Reply STOP to opt out.\n`);
    d.t(`> ${g.pick(['thanks can my partner pick it up? her name is ', 'great, my husband ', 'ok my son '])}`).l('PERSON', full(g.person(cc)).toLowerCase());
    d.t(` ${g.pick(['will come by', 'is coming at', 'can get it around'])} ${g.int(2, 6)}pm. dob is `).l('DOB', g.date(g.dob(), cc));
    d.t(`\nPharmacy: No problem. Please have them bring photo ID. Questions: `).l('PHONE', g.phone(cc));
  },
  (d, g) => {
    // telehealth chat
    const cc = g.cc();
    const p = g.person(cc);
    const doc = g.person(cc);
    d.t(`[Telehealth session ${g.hash(8)} · client ${g.ver()} · joined from `).l('IP', g.ip()).t(']\n');
    d.t('Dr. ').l('PERSON', full(doc)).t(': Hello, before we start can you confirm your full name and date of birth?\n');
    d.t('Patient: ');
    me(d, g, p, 0.6).t(g.pick([', ', ' - ', '. '])).l('DOB', g.date(g.dob(), cc)).t('\n');
    d.t(`Dr. `).l('PERSON', doc.f).t(`: Thanks. And the best number if we drop out?\nPatient: `).l('PHONE', g.phone(cc));
    d.t(`\nDr. `).l('PERSON', doc.f).t(`: Great. I'll send the script to the pharmacy on file. ${g.pick(['Any history of', 'Has anyone mentioned'])} ${g.disease()}?\nPatient: ${g.pick(['no', 'not that I know of', 'my dad had it'])}`);
  },
  (d, g) => {
    // clinic voicemail transcript
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Voicemail transcript (${g.int(0, 1)}:${pad(g.int(5, 59))}) — from ${g.pick(['Unknown', 'Wireless Caller', 'Private Number'])}\n"`);
    d.t(g.pick(['Hi, this is ', 'Hey, it\'s ', 'Hello, my name is ', 'Yeah hi, ']));
    me(d, g, p, 0.5).t(`, I'm a patient of Dr. `).l('PERSON', g.person(cc).f).t(`'s. I'm calling about my ${g.pick(['MRI referral', 'blood test results', 'prescription', 'bill'])}. My date of birth is `);
    if (g.chance(0.5)) d.l('DOB', g.spokenDate(g.dob(), cc));
    else d.t('the ').l('DOB', g.spokenDate(g.dob(), 'UK'));
    d.t(`. You can call me back on `).l('PHONE', g.spokenPhone(cc)).t(`, that's `).l('PHONE', g.spokenPhone(cc)).t(` if you miss me. Reference is ${g.pick(['K as in kilo', 'B as in boy', 'M as in Mary', 'S as in Sam'])}, ${g.d(3)}. Thanks, bye."`);
  },
  (d, g) => {
    // dental recall / billing letter with card payment
    const cc = g.pick<Cc>(['AU', 'NZ', 'UK', 'US']);
    const p = g.person(cc);
    d.t(`${g.pick(['Smile Dental Studio', 'Bayview Dental', 'Totara Dental'])}\nInvoice INV-${g.d(6)}  ${g.date(g.recent(), cc)}\n\n`).l('PERSON', full(p)).t('\n').l('ADDRESS', g.address(cc, true));
    d.t(`\n\nDear `).l('PERSON', p.g).t(`,\nThank you for your payment of $${g.money()} by ${g.pick(['Visa', 'Mastercard', 'card'])} `).t(g.maskedCard()).t('. ');
    d.t(`Your next check-up is due ${g.date(g.recent(), cc)}. The balance for `).l('PERSON', g.person(cc).g).t(` (${g.pick(['child', 'dependant'])}, ${dobCue(g).trim()} `).l('DOB', g.date({ y: g.int(2010, 2021), m: g.int(1, 12), d: g.int(1, 28) }, cc));
    d.t(`) can be paid online or by phone. Card on file to update: `).l('CARD', g.card()).t(`, exp ${pad(g.int(1, 12))}/${g.int(27, 31)}.`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: finance and banking.

const FIN: Tpl[] = [
  (d, g) => {
    // loan application
    const p = g.person('US');
    d.t(`${g.pick(BANKS)} — Personal Loan Application #${g.d(9)}\n\nApplicant: `);
    me(d, g, p, 0.5).t(`\n${ssnCue(g)}`).l('NATIONAL_ID', g.ssn()).t(`\n${dobCue(g)}`).l('DOB', g.date(g.dob(), 'US'));
    d.t('\nCurrent address: ').l('ADDRESS', g.address('US', false)).t(`  (${g.int(1, 12)} yrs)`);
    d.t('\nPrevious address: ').l('ADDRESS', g.address('US', false));
    d.t('\nMobile: ').l('PHONE', g.phone('US')).t('\nE-mail: ').l('EMAIL', g.email(p));
    d.t(`\nEmployer: ${g.pick(['Johnson & Johnson', 'Taco Bell #4471', 'Morgan Stanley', 'Dell Technologies'])}  Gross monthly: $${g.money()}`);
    d.t(`\nCo-applicant: `);
    const co = g.person('US');
    d.l('PERSON', full(co)).t(`  SSN: `).l('NATIONAL_ID', g.ssn()).t(`  DOB: `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`\nDirect deposit routing ${g.routing()} account ${g.d(10)}`);
  },
  (d, g) => {
    // UK/IE KYC check note
    const cc = g.pick<Cc>(['UK', 'IE', 'UK']);
    const p = g.person(cc);
    d.t(`KYC review — case ${g.ref('KYC-')}\nAnalyst: `).l('PERSON', g.pick(AGENTS)).t('\n\nCustomer: ');
    d.l('PERSON', g.nameForm(p)).t(`\n${dobCue(g)}`).l('DOB', g.date(g.dob(), cc));
    d.t(`\nResidential address (verified against ${g.pick(['electoral roll', 'utility bill', 'bank statement'])}):\n`).l('ADDRESS', g.address(cc, true));
    d.t(`\nNominated account: `).l('IBAN', g.iban(cc === 'UK' ? 'GB' : 'IE'));
    d.t(`\nOnboarding IP: `).l('IP', g.ipv4()).t(` (geo: ${g.pick(['Leeds', 'Dublin', 'Cork', 'Manchester', 'Lagos', 'Mumbai'])})`);
    d.t(`\nPEP/sanctions: no match. ${cc === 'UK' ? `NI number ${g.pick(['QQ', 'AB', 'JT'])} ${g.d(2)} ${g.d(2)} ${g.d(2)} ${g.pick(['A', 'C', 'D'])}` : `PPSN ${g.d(7)}${g.pick(['T', 'W', 'A'])}`} seen on payslip. `);
    d.t(`Outcome: ${g.pick(['PASS', 'REFER', 'PASS with EDD'])}`);
  },
  (d, g) => {
    // chargeback dispute email
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`From: `).l('EMAIL', g.email(p)).t(`\nTo: `).l('EMAIL', g.pick(['disputes@', 'chargebacks@', 'cardservices@']) + g.pick(['tidewatersavings.com', 'cascadefcu.org', 'emeraldislebank.ie'])).t('\n');
    d.t(`Subject: Dispute — transaction ${g.date(g.recent(), cc)} ${g.pick(['AMZN Mktp', 'SQ *BLUE BOTTLE', 'UBER *TRIP', 'Woolworths Online'])}\n\n`);
    d.t(`Hello,\n\nI don't recognise a charge of $${g.money()} on my card `).l('CARD', g.card()).t(`. I never received the goods (order ${g.d(3)}-${g.d(7)}-${g.d(7)}, tracking 1Z${g.hash(16).toUpperCase()}). `);
    d.t(`The merchant's number ${g.badCard()} on the receipt doesn't match. My old card ${g.maskedCard()} was cancelled.\n`);
    d.t(`Please call me on `).l('PHONE', g.phone(cc)).t(' after 5.');
    if (cc === 'UK' || cc === 'IE' || g.chance(0.3)) d.t(' If a refund is easier by transfer, my IBAN is ').l('IBAN', g.iban(cc === 'IE' ? 'IE' : cc === 'UK' ? 'GB' : undefined)).t('.');
    sig(d, g, p, cc);
  },
  (d, g) => {
    // tax prep chat
    const p = g.person('US');
    const sp2 = g.person('US');
    d.t(`Coastal Tax Partners chat\n`);
    d.t(`Preparer (`).l('PERSON', g.pick(AGENTS)).t(`): Hi! To finish your 1040 I need SSNs and DOBs for everyone on the return.\n`);
    d.t(`Client: ok. me: `).l('NATIONAL_ID', g.ssn()).t(`, born `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`\nClient: my wife `).l('PERSON', full(sp2)).t(` ${g.chance(0.5) ? 'ssn' : '-'} `).l('NATIONAL_ID', g.ssn()).t(`, dob `).l('DOB', g.date(g.dob(), 'US'));
    const kid = { g: g.person('US').g, f: p.f, m: 'A' };
    d.t(`\nClient: and our son `).l('PERSON', kid.g).t(`, `).l('NATIONAL_ID', g.ssn()).t(`, `).l('DOB', g.date({ y: g.int(2008, 2022), m: g.int(1, 12), d: g.int(1, 28) }, 'US'));
    d.t(`\nPreparer: Thanks. Your daycare's EIN is ${g.ein()}? And refund by direct deposit to routing ${g.routing()}?\nClient: yes. my ITIN from before was ${g.itin()} but i have a social now. last year's AGI was $${g.int(30, 190)},${g.d(3)}`);
  },
  (d, g) => {
    // payroll / HR onboarding
    const cc = g.pick<Cc>(['US', 'US', 'IE', 'UK', 'CA']);
    const p = g.person(cc);
    d.t(`Meridian HR — New Hire Onboarding\nEmployee #: E${g.d(6)}   Start date: ${g.date(g.recent(), cc)}\n\nLegal name: `);
    me(d, g, p, 0.5).t(`\nDate of birth: `).l('DOB', g.date(g.dob(), cc));
    if (cc === 'US') d.t(`\nSSN: `).l('NATIONAL_ID', g.ssn()).t(`\nW-4 filing status: ${g.pick(['Single', 'MFJ', 'HoH'])}`);
    else d.t(`\n${cc === 'CA' ? 'SIN' : cc === 'UK' ? 'NI number' : 'PPS number'}: ${cc === 'CA' ? `${g.d(3)} ${g.d(3)} ${g.d(3)}` : cc === 'UK' ? `${g.pick(['JK', 'NP', 'SW'])}${g.d(6)}${g.pick(['A', 'B', 'C'])}` : `${g.d(7)}${g.pick(['K', 'P'])}`}`);
    d.t(`\nHome address:\n`).l('ADDRESS', g.address(cc, true));
    d.t(`\nPersonal email: `).l('EMAIL', g.email(p)).t(`\nMobile: `).l('PHONE', g.phone(cc));
    if (cc === 'US') d.t(`\nDirect deposit: routing ${g.routing()}, checking ${g.d(11)}`);
    else d.t(`\nSalary account (IBAN): `).l('IBAN', g.iban(cc === 'IE' ? 'IE' : cc === 'UK' ? 'GB' : undefined));
    const ec = g.person(cc);
    d.t(`\nEmergency contact: `).l('PERSON', g.nameForm(ec)).t(`, `).l('PHONE', g.phone(cc));
    d.t(`\nIT: laptop asset LT-${g.d(5)}, VPN profile ${g.pick(['corp-eu', 'corp-us'])}, badge ${g.d(8)}`);
  },
  (d, g) => {
    // 401k beneficiary designation
    const p = g.person('US');
    d.t(`401(k) BENEFICIARY DESIGNATION\nPlan: ${g.pick(['Keystone Retirement Savings Plan', 'Lakeview 401(k) Plan'])}  Plan # ${g.d(3)}\n\nParticipant: `);
    d.l('PERSON', `${p.g} ${p.m}. ${p.f}`).t('   SSN ').l('NATIONAL_ID', g.ssn()).t('\n\nPrimary beneficiaries\n');
    d.t('Name                    | Relationship | SSN          | Date of Birth | %\n');
    const n = g.int(1, 3);
    for (let i = 0; i < n; i++) {
      const b = g.person('US');
      d.l('PERSON', full(b)).t(` | ${g.pick(['Spouse', 'Child', 'Sibling', 'Trust'])} | `).l('NATIONAL_ID', g.ssn()).t(' | ').l('DOB', g.date(g.dob(), 'US')).t(` | ${Math.floor(100 / n)}\n`);
    }
    d.t(`\nContingent: ${g.pick(['Estate', 'none', 'The Whitaker Family Trust dated 3/2/2011'])}\nParticipant address: `).l('ADDRESS', g.address('US', false)).t(`\nSigned ${g.date(g.recent(), 'US')}`);
  },
  (d, g) => {
    // UK pension transfer / IE pension
    const cc = g.pick<Cc>(['UK', 'IE']);
    const p = g.person(cc);
    d.t(`Pension transfer request — ref PT/${g.d(6)}\n\nMember: `).l('PERSON', g.nameForm(p)).t('\nDate of birth: ').l('DOB', g.date(g.dob(), cc));
    d.t(`\nAddress: `).l('ADDRESS', g.address(cc, false));
    d.t(`\nReceiving scheme: ${g.pick(['Aviva', 'Irish Life', 'Nest', 'Standard Life'])}, scheme ref ${g.d(8)}`);
    d.t(`\nPay lump sum (25%) to: `).l('IBAN', g.iban(cc === 'UK' ? 'GB' : 'IE')).t(`\nNot to: ${g.badIban()} (old account, closed)`);
    d.t(`\nIFA: `).l('PERSON', full(g.person(cc))).t(` — `).l('PHONE', g.phone(cc)).t(`\nSelected retirement age: 67. State pension forecast dated ${g.date(g.recent(), cc)}.`);
  },
  (d, g) => {
    // international wire
    const cc = g.cc();
    const p = g.person(cc);
    const ben = g.person();
    d.t(`Hi ${g.pick(['team', 'there', 'all'])},\n\nPlease send EUR ${g.int(500, 25000)} to my ${g.pick(['landlord', 'sister', 'builder', 'lawyer'])} `).l('PERSON', full(ben)).t(':\n');
    d.t('IBAN: ').l('IBAN', g.iban()).t(`\nBIC: ${g.pick(['DEUTDEFF', 'BNPAFRPP', 'AIBKIE2D', 'INGBNL2A', 'BOFIIE2D'])}\nReference: ${g.pick(['rent', 'deposit', 'invoice'])} ${g.d(5)}\n\n`);
    d.t(`Debit my account ending ${g.d(4)}. If you need to confirm, ring me on `).l('PHONE', g.phone(cc)).t('.');
    sig(d, g, p, cc);
  },
  (d, g) => {
    // Indian bank KYC
    const p = g.person('IN');
    d.t(`Indus Cooperative Bank — Re-KYC update\nCIF: ${g.d(11)}\n\nName: `).l('PERSON', full(p).toUpperCase()).t(`\nFather's name: `).l('PERSON', `${g.person('IN').g} ${p.f}`);
    d.t(`\nDate of Birth: `).l('DOB', g.date(g.dob(), 'IN')).t(`\nPAN: ${g.pick(['A', 'B', 'C'])}${g.pick(['K', 'P', 'X'])}${g.pick(['P', 'Q'])}P${g.pick(['S', 'R', 'M'])}${g.d(4)}${g.pick(['F', 'K', 'L'])}  Aadhaar: XXXX XXXX ${g.d(4)}`);
    d.t(`\nCommunication address:\n`).l('ADDRESS', g.address('IN', true)).t(`\nMobile: `).l('PHONE', g.phone('IN')).t(`\nEmail: `).l('EMAIL', g.email(p));
    d.t(`\nIFSC ${g.pick(['SBIN', 'HDFC', 'ICIC'])}0${g.d(6)}  Branch: ${g.pick(['Tata Nagar', 'Nehru Place', 'Gandhi Road'])}`);
  },
  (d, g) => {
    // fraud call notes with abbreviations
    const cc = g.pick<Cc>(['US', 'US', 'CA', 'AU']);
    const p = g.person(cc);
    d.t(`${g.date(g.recent(), cc)} ${g.time()} - ${g.pick(AGENTS)} - FRAUD Q\n`);
    d.t(`cx `).l('PERSON', full(p).toLowerCase()).t(` called re: susp txns. vrfd ${g.pick(['dob', 'DOB', 'd.o.b'])} `).l('DOB', g.date(g.dob(), cc));
    if (cc === 'US') d.t(`, l4 ssn ${g.d(4)}`);
    d.t(`. cx sees ${g.int(2, 6)} chgs @ ${g.pick(['steam', 'shein', 'apple.com/bill'])}, not auth. card `).l('CARD', g.card()).t(` blocked, reissue sent to addr on file. `);
    d.t(`login from `).l('IP', g.ip()).t(` on ${g.date(g.recent(), cc)} not cx. cb# `).l('PHONE', g.phone(cc)).t(`. adv cx ${g.pick(['chg pw', 'enable 2fa', 'file police rpt'])}. case ${g.ref('FR')}`);
  },
  (d, g) => {
    // mortgage broker e-mail (NZ/AU)
    const cc = g.pick<Cc>(['NZ', 'AU']);
    const p = g.person(cc);
    const q = g.person(cc);
    d.t(`Kia ora `).l('PERSON', p.g).t(` and `).l('PERSON', q.g).t(`,\n\nGreat news — ${g.pick(['ASB', 'Kiwibank', 'Westpac', 'ANZ'])} has approved the pre-approval. For the final application I still need:\n`);
    d.t(`- payslips for `).l('PERSON', q.g).t('\n- confirm the property address is ').l('ADDRESS', g.address(cc, false)).t('\n');
    d.t(`- your dates of birth (I have `).l('DOB', g.date(g.dob(), cc)).t(` for you, is that right?)\n\nRate is ${g.int(5, 7)}.${g.d(2)}% fixed for ${g.int(1, 3)} years. Settlement ${g.date(g.recent(), cc)}.`);
    sig(d, g, g.person(cc), cc, 'Silverfern Mortgages', 'silverfernmortgages.co.nz');
  },
  (d, g) => {
    // crypto exchange KYC log
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`[${g.recent().y}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}T${pad(g.int(0, 23))}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))}Z] kyc.submit user_id=${g.d(8)} email=`).l('EMAIL', g.email(p));
    d.t(` name="`).l('PERSON', full(p)).t(`" dob=`).l('DOB', `${g.dob().y}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`).t(` ip=`).l('IP', g.ip()).t(` ua="Mozilla/5.0 (${g.pick(['Windows NT 10.0', 'iPhone; CPU iPhone OS 17_4', 'X11; Linux x86_64'])})"\n`);
    d.t(`[..] kyc.doc_check vendor=${g.pick(['Onfido', 'Jumio', 'Sumsub'])} result=${g.pick(['clear', 'consider'])} sha256=${g.hash(64)}\n`);
    d.t(`[..] funding.card_added bin=${g.d(6)} last4=${g.d(4)} 3ds=pass from `).l('IP', g.ipv4()).t(`:${g.int(1024, 65000)}`);
  },
  (d, g) => {
    // student loan chat
    const p = g.person('US');
    d.t(`Agent `).l('PERSON', g.pick(AGENTS)).t(`: Thanks for contacting ${g.pick(['Sallie Mae', 'Nelnet', 'MOHELA'])}. How can I help?\nYou: hi i need forbearance, lost my job\n`);
    d.t(`Agent: Sorry to hear that. Can I get the borrower's full name, SSN and date of birth?\nYou: `);
    me(d, g, p, 0.6).t(` / `).l('NATIONAL_ID', g.ssn()).t(` / `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`\nAgent: Thank you. I see an address on `).l('ADDRESS', g.address('US', false)).t(` — still current?\nYou: no, moved. new one is `).l('ADDRESS', g.address('US', false));
    d.t(`\nAgent: Updated. Forbearance approved through ${g.date(g.recent(), 'US')}. Confirmation ${g.hash(10).toUpperCase()}.`);
  },
  (d, g) => {
    // UK utility direct debit
    const p = g.person('UK');
    d.t(`${g.pick(['Northern Power', 'Severn Water', 'Thames Gas & Electric'])} — Direct Debit set-up\n\nAccount holder: `).l('PERSON', g.nameForm(p));
    d.t(`\nSupply address: `).l('ADDRESS', g.address('UK', false)).t(`\nBank: IBAN `).l('IBAN', g.iban('GB')).t(`\nSort code ${g.d(2)}-${g.d(2)}-${g.d(2)}  Service user no. ${g.d(6)}`);
    d.t(`\nContact: `).l('PHONE', g.phone('UK')).t(` / `).l('EMAIL', g.email(p));
    d.t(`\nFirst collection ${g.date(g.recent(), 'UK')}. Meter MPAN ${g.d(2)} ${g.d(3)} ${g.d(3)} ${g.d(13)}.`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: legal and government.

const GOV: Tpl[] = [
  (d, g) => {
    // court filing caption
    const cc = g.pick<Cc>(['US', 'US', 'CA', 'AU']);
    const a = g.person(cc);
    const b = g.person(cc);
    const kid = g.person(cc);
    d.t(`IN THE ${g.pick(['CIRCUIT COURT OF THE 17TH JUDICIAL CIRCUIT', 'FAMILY COURT', 'SUPERIOR COURT OF JUSTICE', 'FEDERAL CIRCUIT AND FAMILY COURT'])}\nCase No. ${g.int(2019, 2026)}-DR-${g.d(6)}\n\nIn re the Marriage of:\n`);
    d.l('PERSON', full(a).toUpperCase()).t(',\n        Petitioner,\nand\n').l('PERSON', full(b).toUpperCase()).t(',\n        Respondent.\n\n');
    d.t(`PETITION FOR DISSOLUTION\n\n1. Petitioner resides at `).l('ADDRESS', g.address(cc, false)).t('.\n');
    d.t(`2. The minor child of the parties is `).l('PERSON', `${kid.g} ${b.f}`).t(`, born `).l('DOB', g.date({ y: g.int(2009, 2022), m: g.int(1, 12), d: g.int(1, 28) }, cc)).t('.\n');
    d.t(`3. The parties separated on ${g.date(g.recent(), cc)}. This petition is filed under ${g.pick(['the Uniform Child Custody Jurisdiction Act', 'Section 61.052', 'the Family Law Act 1975'])}.\n`);
    d.t(`\nAttorney for Petitioner: `).l('PERSON', `${g.person(cc).g.charAt(0)}. ${g.person(cc).f}`).t(`, Bar No. ${g.d(6)}, `).l('EMAIL', `${g.pick(['filings', 'docket', 'service'])}@oakhurstlegal.com`);
  },
  (d, g) => {
    // benefit application (SNAP / Centrelink / Universal Credit)
    const cc = g.pick<Cc>(['US', 'AU', 'UK', 'NZ']);
    const p = g.person(cc);
    const prog = cc === 'US' ? 'SNAP / Medicaid' : cc === 'AU' ? 'Centrelink JobSeeker' : cc === 'UK' ? 'Universal Credit' : 'Work and Income';
    d.t(`${prog} application — household members\n\n`);
    d.t('Applicant: ');
    me(d, g, p, 0.5).t(`   ${dobCue(g)}`).l('DOB', g.date(g.dob(), cc));
    if (cc === 'US') d.t(`   SSN `).l('NATIONAL_ID', g.ssn());
    else d.t(`   CRN ${g.d(3)} ${g.d(3)} ${g.d(3)}${g.pick(['A', 'K', 'X'])}`);
    for (let i = 0; i < g.int(1, 3); i++) {
      const m = g.chance(0.6) ? { g: g.person(cc).g, f: p.f, m: 'J' } : g.person(cc);
      const role = g.pick(['partner', 'child', 'child', 'grandparent']);
      const b = role === 'child' ? { y: g.int(2007, 2023), m: g.int(1, 12), d: g.int(1, 28) } : role === 'grandparent' ? { y: g.int(1930, 1955), m: g.int(1, 12), d: g.int(1, 28) } : g.dob();
      d.t(`\nMember ${i + 2}: `).l('PERSON', full(m)).t(` — ${role} — `).l('DOB', g.date(b, cc));
    }
    d.t(`\nHome: `).l('ADDRESS', g.address(cc, false)).t(`\nMailing (if different): `);
    if (g.chance(0.5)) d.l('ADDRESS', g.address(cc, false));
    else d.t('same');
    d.t(`\nPhone: `).l('PHONE', g.phone(cc)).t(`\nRent: $${g.int(400, 2600)}/mo. Interview booked ${g.date(g.recent(), cc)} at ${g.time()}.`);
  },
  (d, g) => {
    // DMV renewal
    const p = g.person('US');
    d.t(`DEPARTMENT OF MOTOR VEHICLES — Driver License Renewal Notice\n\n`).l('PERSON', full(p).toUpperCase()).t('\n').l('ADDRESS', g.address('US', true).toUpperCase());
    d.t(`\n\nLicense No.: ${g.pick(['D', 'S', 'F'])}${g.d(7)}   Class: C   Expires: ${g.date(g.recent(), 'US')}\n${g.pick(['DOB', 'Date of Birth'])}: `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`   Height: ${g.int(4, 6)}-${pad(g.int(0, 11))}   Eyes: ${g.pick(['BRN', 'BLU', 'HZL', 'GRN'])}\n`);
    d.t(`Renew online with your last 4 of SSN (${g.maskedSsn()}) and the audit number ${g.d(12)}. Vision screening required if over 70.`);
  },
  (d, g) => {
    // passport renewal
    const cc = g.pick<Cc>(['UK', 'IE', 'US', 'AU', 'NZ', 'CA']);
    const p = g.person(cc);
    d.t(`Passport renewal — section 2: your details\n\nSurname: `).l('PERSON', p.f.toUpperCase()).t(`\nGiven names: `).l('PERSON', `${p.g.toUpperCase()} ${g.person(cc).g.toUpperCase()}`);
    d.t(`\nDate of birth (DD MM YYYY): `);
    const b = g.dob();
    d.l('DOB', `${pad(b.d)} ${pad(b.m)} ${b.y}`);
    d.t(`\nTown of birth: ${g.pick(['Limerick', 'Nottingham', 'Dunedin', 'Brisbane', 'Chennai', 'Halifax', 'Wellington'])}`);
    d.t(`\nOld passport no: ${g.pick(['P', 'N', 'E', 'L'])}${g.d(8)}  issued ${g.date(g.recent(), cc)}`);
    d.t(`\nAddress:\n`).l('ADDRESS', g.address(cc, true)).t(`\nDaytime phone: `).l('PHONE', g.phone(cc)).t(`\nEmail: `).l('EMAIL', g.email(p));
    d.t(`\nCountersignatory: `).l('PERSON', full(g.person(cc))).t(` (${g.pick(['pharmacist', 'teacher', 'solicitor', 'police officer'])}), known applicant ${g.int(2, 20)} years.`);
  },
  (d, g) => {
    // immigration paperwork
    const p = g.person();
    d.t(`Form I-765 worksheet (prepared by Oakhurst Legal)\nPart 2. Information About You\n1.a Family Name: `).l('PERSON', p.f).t(`\n1.b Given Name: `).l('PERSON', p.g);
    d.t(`\n5. U.S. Mailing Address: `).l('ADDRESS', g.address('US', false));
    d.t(`\n10. A-Number: A${g.d(9)}   11. USCIS Online Account: ${g.d(12)}`);
    d.t(`\n13.a SSN (if any): `);
    if (g.chance(0.7)) d.l('NATIONAL_ID', g.ssn());
    else d.t('N/A');
    d.t(`\n19. Date of Birth (mm/dd/yyyy): `);
    const b = g.dob();
    d.l('DOB', `${pad(b.m)}/${pad(b.d)}/${b.y}`);
    d.t(`\n20. I-94 Number: ${g.d(11)}   Passport: ${g.pick(['K', 'X', 'Z'])}${g.d(7)} (${g.pick(['India', 'Philippines', 'Nigeria', 'Mexico', 'Ukraine'])})`);
    d.t(`\nApplicant phone: `).l('PHONE', g.phone('US')).t(`   Email: `).l('EMAIL', g.email(p));
    d.t(`\nInterpreter: `).l('PERSON', full(g.person())).t(`, ${g.pick(['Tagalog', 'Hindi', 'Yoruba', 'Spanish'])}.`);
  },
  (d, g) => {
    // jury summons reply
    const cc = g.pick<Cc>(['US', 'UK', 'IE', 'AU', 'NZ']);
    const p = g.person(cc);
    d.t(`To: `).l('EMAIL', g.pick(['jury@', 'juryservice@', 'jurors@']) + g.pick(['courts.example.gov', 'justice.example.ie', 'courts.example.nz'])).t(`\nSubject: Deferral request — juror no. ${g.d(9)}\n\nDear Jury Officer,\n\n`);
    d.t(`I have been summoned for ${g.date(g.recent(), cc)} but I am the sole carer for my mother, `).l('PERSON', g.nameForm({ g: g.person(cc).g, f: p.f, m: 'E' }));
    d.t(` (${g.pick(['she has', 'diagnosed with'])} ${g.disease()}). I'd like to defer to later in the year.\n\nMy details: `);
    d.l('PERSON', full(p)).t(`, born `).l('DOB', g.date(g.dob(), cc)).t(`, of `).l('ADDRESS', g.address(cc, false)).t('.');
    sig(d, g, p, cc);
  },
  (d, g) => {
    // Canadian / NZ ACC claim
    const cc = g.pick<Cc>(['NZ', 'CA']);
    const p = g.person(cc);
    d.t(cc === 'NZ' ? `ACC45 Injury claim — claim no. ${g.d(11)}\n` : `WSIB Form 6 — Worker's Report of Injury\n`);
    d.t(`Name: `).l('PERSON', g.nameForm(p)).t(`\nDate of birth: `).l('DOB', g.date(g.dob(), cc));
    d.t(cc === 'NZ' ? `\nNHI: ${g.pick(['ZAB', 'ZHK', 'PLM'])}${g.d(4)}` : `\nSIN: ${g.d(3)}-${g.d(3)}-${g.d(3)}`);
    d.t(`\nAddress: `).l('ADDRESS', g.address(cc, false)).t(`\nPhone: `).l('PHONE', g.phone(cc));
    d.t(`\nDate of injury: ${g.date(g.recent(), cc)}   Employer: ${g.pick(['Fonterra', 'Tim Hortons', 'Mitre 10', 'Canadian Tire'])}`);
    d.t(`\nDescription: ${g.pick(['slipped on wet floor in the chiller', 'lifting boxes, lower back', 'cut hand on box cutter'])}. Treating provider Dr `).l('PERSON', g.person(cc).f).t('.');
  },
  (d, g) => {
    // small claims letter
    const cc = g.pick<Cc>(['UK', 'IE', 'AU', 'US']);
    const p = g.person(cc);
    const q = g.person(cc);
    d.l('PERSON', full(p)).t('\n').l('ADDRESS', g.address(cc, true)).t(`\n\n${g.date(g.recent(), cc)}\n\n`).l('PERSON', full(q)).t('\n').l('ADDRESS', g.address(cc, true));
    d.t(`\n\nLETTER BEFORE ACTION\n\nDear ${g.pick(['Mr', 'Ms', 'Mrs', 'Dr'])} `).l('PERSON', q.f).t(`,\n\nYou owe me £${g.money()} for ${g.pick(['the van hire', 'building work not completed', 'the unpaid invoice'])} (invoice ${g.d(5)} dated ${g.date(g.recent(), cc)}). `);
    d.t(`Unless I receive payment within 14 days to `).l('IBAN', g.iban(cc === 'IE' ? 'IE' : 'GB')).t(`, I will issue a claim without further notice.\n\nYours sincerely,\n`);
    me(d, g, p, 0.7);
  },
  (d, g) => {
    // veteran benefits call summary
    const p = g.person('US');
    d.t(`VA call summary — ${g.date(g.recent(), 'US')}\nCaller: Veteran `).l('PERSON', full(p)).t(`, SSN `).l('NATIONAL_ID', g.ssn()).t(`, DOB `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`\nService: ${g.pick(['USMC', 'Army', 'Navy', 'USAF'])} ${g.int(1970, 2015)}–${g.int(1975, 2022)}\nReason: status of disability claim (${g.pick(['PTSD', 'tinnitus', 'knee'])}), claim # ${g.d(9)}.`);
    d.t(`\nUpdated mailing address to `).l('ADDRESS', g.address('US', false)).t(` and phone to `).l('PHONE', g.phone('US')).t(`.\nSpouse `).l('PERSON', `${g.person('US').g} ${p.f}`).t(` on line, POA on file.`);
  },
  (d, g) => {
    // school enrolment form (IE/AU/NZ/IN)
    const cc = g.pick<Cc>(['IE', 'AU', 'NZ', 'IN', 'UK']);
    const par = g.person(cc);
    const kid = { g: g.person(cc).g, f: par.f, m: 'R' };
    d.t(`${g.pick(['St. Colmcille\'s National School', 'Wattle Grove Primary', 'Kowhai Intermediate', 'Delhi Public School', 'Meadowbank Academy'])} — Enrolment Form ${g.recent().y}\n\n`);
    d.t(`Pupil's name: `).l('PERSON', full(kid)).t(`\nDate of birth: `).l('DOB', g.date({ y: g.int(2012, 2021), m: g.int(1, 12), d: g.int(1, 28) }, cc));
    d.t(`\nParent/guardian: `);
    me(d, g, par, 0.5).t(`\nHome address:\n`).l('ADDRESS', g.address(cc, true));
    d.t(`\nMobile: `).l('PHONE', g.phone(cc)).t(`\nEmail: `).l('EMAIL', g.email(par));
    d.t(`\nMedical: ${g.pick(['asthma (inhaler in bag)', 'nut allergy — EpiPen', 'none'])}. Previous school: ${g.pick(['Scoil Mhuire', 'Lincoln Heights Primary', 'Te Kura o Hata Maria'])}.`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: property.

const PROP: Tpl[] = [
  (d, g) => {
    // lease
    const cc = g.pick<Cc>(['US', 'UK', 'AU', 'IE', 'CA', 'NZ']);
    const ll = g.person(cc);
    const t1 = g.person(cc);
    d.t(`RESIDENTIAL TENANCY AGREEMENT\n\nThis agreement is made on ${g.date(g.recent(), cc)} between `).l('PERSON', full(ll)).t(` ("Landlord") of `).l('ADDRESS', g.address(cc, false));
    d.t(` and `).l('PERSON', full(t1));
    if (g.chance(0.5)) d.t(' and ').l('PERSON', full(g.person(cc)));
    d.t(` ("Tenant").\n\n1. Premises: `).l('ADDRESS', g.address(cc, false)).t(`.\n2. Term: 12 months from ${g.date(g.recent(), cc)}.\n3. Rent: $${g.int(900, 3500)} per month payable to `);
    if (cc === 'UK' || cc === 'IE') d.l('IBAN', g.iban(cc === 'UK' ? 'GB' : 'IE'));
    else d.t(`BSB ${g.d(3)}-${g.d(3)} account ${g.d(8)}`);
    d.t(`.\n4. Notices may be served by e-mail to the Landlord at `).l('EMAIL', g.email(ll)).t(` or by phone `).l('PHONE', g.phone(cc)).t('.');
    d.t(`\n5. Pets: one cat (${g.pick(['Winston', 'Biscuit', 'Mr. Whiskers', 'Luna'])}) permitted. Smoke alarms tested ${g.date(g.recent(), cc)}.`);
  },
  (d, g) => {
    // tenant screening report
    const p = g.person('US');
    d.t(`TENANT SCREENING REPORT — Brightwater Property Management\nReport ID ${g.hash(12).toUpperCase()}   Ordered ${g.date(g.recent(), 'US')}\n\n`);
    d.t(`Applicant: `).l('PERSON', `${p.f.toUpperCase()}, ${p.g.toUpperCase()} ${p.m}`).t(`\nSSN: `).l('NATIONAL_ID', g.ssn()).t(`   DOB: `).l('DOB', g.date(g.dob(), 'US'));
    d.t(`\nAKA: `).l('PERSON', `${p.g.toUpperCase()} ${g.person('US').f.toUpperCase()}`);
    d.t(`\n\nADDRESS HISTORY\n`);
    for (let i = 0; i < g.int(2, 3); i++) d.t(`${g.int(2012, 2025)}  `).l('ADDRESS', g.address('US', false).toUpperCase()).t('\n');
    d.t(`\nPHONES\n`).l('PHONE', g.phone('US')).t(` (mobile)\n`).l('PHONE', g.phone('US')).t(` (landline, disconnected)\n`);
    d.t(`\nEVICTIONS: none  CREDIT SCORE: ${g.int(540, 810)}  Judgment ${g.d(2)}-CV-${g.d(5)} satisfied.\nEmployer verification: ${g.pick(['Wells Fargo', 'Edward Jones', 'Kroger'])} HR, contact `).l('PERSON', full(g.person('US')));
  },
  (d, g) => {
    // maintenance request
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Maintenance request #${g.d(5)}  Priority: ${g.pick(['Urgent', 'Normal', 'Low'])}\nUnit: `).l('ADDRESS', g.address(cc, false));
    d.t(`\nReported by: `);
    me(d, g, p, 0.5).t(`\nContact: `).l('PHONE', g.phone(cc));
    d.t(`\n\n${g.pick(['The Hoover in the hallway cupboard', 'The Fisher & Paykel dishwasher', 'The boiler', 'The Whirlpool dryer'])} ${g.pick(['is leaking', 'stopped working', 'makes a grinding noise'])} since ${g.pick(WEEKDAYS)}. `);
    d.t(`Access: ${g.pick(['key in lockbox, code ', 'ring buzzer ', 'call first, gate code '])}${g.d(4)}. ${g.pick(['Dog is friendly, his name is Duke.', 'Please avoid mornings.', 'Room 2 is the baby\'s room, please knock.'])}`);
    d.t(`\n\nStaff note: assigned to `).l('PERSON', g.pick(AGENTS)).t(` (${g.pick(['Lincoln Plumbing', 'Jim\'s Electrical', 'Marshall Heating'])}), ETA ${g.date(g.recent(), cc)}.`);
  },
  (d, g) => {
    // letting agent email with deposit
    const cc = g.pick<Cc>(['UK', 'IE']);
    const p = g.person(cc);
    const ag = g.person(cc);
    d.t(`Hi `).l('PERSON', p.g).t(`,\n\nThanks for viewing `).l('ADDRESS', g.address(cc, false)).t(` on ${g.pick(WEEKDAYS)}. The landlord has accepted your offer.\n\n`);
    d.t(`To secure it please transfer the holding deposit (one week's rent) to our client account:\n`).l('IBAN', g.iban(cc === 'UK' ? 'GB' : 'IE')).t(`\nReference: ${p.f.toUpperCase().slice(0, 4)}${g.d(4)}\n\n`);
    d.t(`We'll also need a guarantor form from `).l('PERSON', full(g.person(cc))).t(`, and your current landlord's details for a reference.`);
    sig(d, g, ag, cc, 'Silverfern Lettings', 'silverfernlettings.co.uk');
  },
  (d, g) => {
    // AU rental application
    const p = g.person('AU');
    d.t(`Rental application — ${g.pick(['2br unit', '3br house', 'studio'])} at `).l('ADDRESS', g.address('AU', false));
    d.t(`\n\nApplicant 1: `).l('PERSON', full(p)).t(`  DOB `).l('DOB', g.date(g.dob(), 'AU')).t(`  Licence ${g.d(9)} (${g.pick(['NSW', 'VIC', 'QLD'])})`);
    d.t(`\nMobile `).l('PHONE', g.phone('AU')).t(`  Email `).l('EMAIL', g.email(p));
    d.t(`\nCurrent address: `).l('ADDRESS', g.address('AU', false)).t(` (${g.int(1, 6)} yrs)`);
    d.t(`\nCurrent agent: `).l('PERSON', full(g.person('AU'))).t(`, ${g.pick(['Ray White', 'LJ Hooker', 'Harcourts'])} `).l('PHONE', g.phone('AU'));
    d.t(`\nIncome: $${g.int(900, 3200)}/wk. Bond to be lodged with RTA. Holding fee paid via BPAY ref ${g.d(10)}.`);
  },
  (d, g) => {
    // property manager SMS thread about inspection
    const cc = g.pick<Cc>(['AU', 'NZ', 'US', 'CA']);
    const p = g.person(cc);
    d.t(`SMS · `).l('PHONE', g.phone(cc)).t(`\n`);
    d.t(`[${g.time()}] Hi `).l('PERSON', p.g.toLowerCase()).t(` it's `).l('PERSON', g.pick(AGENTS)).t(` from Brightwater, routine inspection at `).l('ADDRESS', g.address(cc, false)).t(` on ${g.date(g.recent(), cc)}\n`);
    d.t(`[${g.time()}] ok. can u text my flatmate too, `).l('PERSON', full(g.person(cc)).toLowerCase()).t(' ').l('PHONE', g.phone(cc)).t(`\n[${g.time()}] will do 👍`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: informal messages.

const INFORMAL: Tpl[] = [
  (d, g) => {
    // SMS thread between relatives
    const cc = g.cc();
    const a = g.person(cc);
    const rel = g.pick(['Mum', 'Dad', 'Aunty', 'Sis', 'Mom']);
    d.t(`${rel}: `).t(g.pick(['hey can u send me ur address for the card', 'whats your new address again', 'need ur postcode for the parcel'])).t('\nMe: ');
    d.l('ADDRESS', g.address(cc, false)).t(`\n${rel}: ta. and ${g.pick(['grandma', 'nana', 'your cousin'])} `).l('PERSON', a.g).t(`'s number?\nMe: `).l('PHONE', g.phone(cc));
    d.t(`\nMe: her bday is ${g.date(g.recent(), cc)} btw dont forget, she'll be ${g.int(60, 95)}`);
  },
  (d, g) => {
    // general voicemail with spoken e-mail
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Voicemail (transcribed) · ${g.date(g.recent(), cc)} ${g.time()}\n"Hi, it's `);
    me(d, g, p, 0.5).t(` calling about the ${g.pick(['claim', 'lease renewal', 'loan paperwork', 'insurance quote'])}. Could you email the forms to `).l('EMAIL', g.spokenEmail(p));
    d.t(`. That's ${g.pick(['all lowercase', 'no caps', 'with a dot in the middle'])}. Or call me on `).l('PHONE', g.spokenPhone(cc)).t(`. My policy number is ${g.pick(['P as in Peter', 'S as in Sam', 'D as in David', 'T as in Tom'])} ${g.pick(['seven seven two', 'four oh nine', 'one one eight'])}... thanks."`);
  },
  (d, g) => {
    // forwarded e-mail chain
    const cc = g.cc();
    const a = g.person(cc);
    const b = g.person(cc);
    const c = g.person(cc);
    d.t(`Hi `).l('PERSON', c.g).t(`, see below — can you process this? Customer wants the refund to the card on file.\n\n`);
    fwdHeader(d, g, a, b, cc);
    d.t(`Hi `).l('PERSON', b.g).t(`,\nMy card was charged twice. Card: `).l('CARD', g.card()).t(`. Booking ${g.pick(['ref', '#'])} ${g.hash(6).toUpperCase()}.\nPostal address for the receipt: `).l('ADDRESS', g.address(cc, false)).t('.');
    sig(d, g, a, cc);
  },
  (d, g) => {
    // Slack helpdesk thread with IPs
    const cc = g.cc();
    const a = g.person(cc);
    const h = `${ascii(a.g)}.${ascii(a.f).charAt(0)}`;
    d.t(`#it-helpdesk\n`).l('PERSON', full(a)).t(`  ${g.time()}\nmy VPN keeps dropping, says my IP `).l('IP', g.ipv4()).t(` is blocked?? on client ${g.ver()}\n`);
    d.t(`@${h} ${g.pick(['can you paste the log', 'which office are you in', 'are you on wifi'])}\n`);
    d.l('PERSON', full(a)).t(`  ${g.time()}\n\`\`\`\nauth ok user=`).l('EMAIL', g.workEmail(a, 'meridianhr.com')).t(` peer=`).l('IP', g.ip()).t(`\ntunnel down: dpd timeout gw=`).l('IP', g.ipv4()).t(`:4500 build ${g.hash(7)}\n\`\`\`\n`);
    d.l('PERSON', g.pick(AGENTS)).t(`  ${g.time()}\nlooks like the geo-block on Cloudflare. whitelisted, try now (ticket INC${g.d(7)})`);
  },
  (d, g) => {
    // Teams message HR
    const cc = g.cc();
    const a = g.person(cc);
    const b = g.person(cc);
    d.l('PERSON', full(a)).t(` (${g.pick(['HR', 'Payroll', 'People Ops'])}) ${g.time()}\n`);
    d.t(`hey `).l('PERSON', b.g).t(` — for the payroll change I need the new starter's details. can you confirm `).l('PERSON', full(g.person(cc))).t(`'s DOB? I have `).l('DOB', g.date(g.dob(), cc)).t(` on the form but the passport copy is blurry\n`);
    d.l('PERSON', full(b)).t(` ${g.time()}\nyes that's right. Also her bank details changed: `).l('IBAN', g.iban()).t(`\n`);
    d.l('PERSON', a.g).t(` ${g.time()}\nthanks! will update before the ${g.date(g.recent(), cc)} cut-off`);
  },
  (d, g) => {
    // call-centre notes, abbreviations
    const cc = g.pick<Cc>(['US', 'US', 'UK', 'AU', 'IN', 'CA']);
    const p = g.person(cc);
    d.t(`${g.pick(['INBND', 'OUTBND'])} CALL ${g.date(g.recent(), cc)} ${g.pick(AGENTS).toUpperCase()}\n`);
    d.t(`c/o `).l('PERSON', g.nameForm(p)).t(` re ${g.pick(['bill dispute', 'addr chg', 'claim status', 'card not rcvd'])}. ID&V passed (DOB `).l('DOB', g.date(g.dob(), cc));
    if (cc === 'US') d.t(g.chance(0.5) ? `, SSN ` : `, full soc `).l('NATIONAL_ID', g.ssn());
    d.t(`). new addr: `).l('ADDRESS', g.address(cc, false)).t(`. alt ph `).l('PHONE', g.phone(cc)).t(`; old ph ${g.masked()} removed. `);
    d.t(`cust ${g.pick(['v upset', 'calm', 'req supervisor'])}. ${g.pick(['promised cb 48h', 'escalated to T2', 'sent form via email'])} → `).l('EMAIL', g.email(p)).t(`. NFA.`);
  },
  (d, g) => {
    // login security alert
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Subject: New sign-in to your account\nTo: `).l('EMAIL', g.email(p)).t(`\n\nHi `).l('PERSON', p.g).t(`,\n\nWe noticed a new sign-in to your ${g.pick(BANKS)} online banking.\n\n`);
    d.t(`When: ${g.date(g.recent(), cc)} ${g.time()}\nWhere: ${g.pick(['Auckland, NZ', 'Dublin, IE', 'Ashburn, VA, US', 'Pune, IN', 'Leeds, GB'])} (approx.)\nIP address: `).l('IP', g.ip());
    d.t(`\nDevice: ${g.pick(['Chrome 124 on Windows', 'Safari on iPhone', 'Firefox 126 on Ubuntu'])}\n\nIf this wasn't you, call us on `).l('PHONE', g.phone(cc)).t(` or reply to `).l('EMAIL', `security@${g.pick(['tidewatersavings.com', 'southerncrossbank.com.au', 'kiwiharbourbank.co.nz'])}`).t('.');
  },
  (d, g) => {
    // server access log
    const n = g.int(3, 6);
    d.t(`# auth.log excerpt — exported for audit ${g.hash(8)}\n`);
    for (let i = 0; i < n; i++) {
      const p = g.person();
      d.t(`${g.recent().y}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))} ${pad(g.int(0, 23))}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))} portal[${g.int(1000, 65000)}]: ${g.pick(['login ok', 'login failed', 'password reset', 'mfa challenge'])} for `);
      d.l('EMAIL', g.email(p)).t(' from ');
      const ip = g.ip();
      if (ip.includes(':') && g.chance(0.5)) d.t('[').l('IP', ip).t(`]:${g.int(1024, 65535)}`);
      else d.l('IP', ip);
      d.t(` agent=okhttp/${g.ver()}\n`);
    }
  },
  (d, g) => {
    // CSV export of staff
    const cc = g.pick<Cc>(['US', 'US', 'UK', 'AU']);
    d.t(`employee_id,last_name,first_name,dob,${cc === 'US' ? 'ssn,' : ''}phone,email\n`);
    for (let i = 0; i < g.int(3, 5); i++) {
      const p = g.person(cc);
      const b = g.dob();
      d.t(`${g.d(5)},`).l('PERSON', p.f).t(',').l('PERSON', p.g).t(',').l('DOB', cc === 'US' ? `${pad(b.m)}/${pad(b.d)}/${b.y}` : `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(',');
      if (cc === 'US') d.l('NATIONAL_ID', g.ssn()).t(',');
      d.l('PHONE', g.phone(cc)).t(',').l('EMAIL', g.workEmail(p, 'keystonepayroll.com')).t('\n');
    }
  },
  (d, g) => {
    // Indian WhatsApp telehealth chat
    const p = g.person('IN');
    const dr = g.person('IN');
    d.t(`[${g.time()}] Apollo Wellness Centre: Namaste `).l('PERSON', p.g).t(` ji, your tele-consult with Dr. `).l('PERSON', full(dr)).t(` is confirmed. Please share patient details.\n`);
    d.t(`[${g.time()}] `).l('PHONE', g.phone('IN')).t(`: Patient name `).l('PERSON', `${g.person('IN').g} ${p.f}`).t(` (my father), DOB `).l('DOB', g.date(g.dob(), 'IN'));
    d.t(`, address `).l('ADDRESS', g.address('IN', false)).t(`. sugar ${g.int(140, 320)} fasting today\n[${g.time()}] Apollo Wellness Centre: Thank you. Fee ₹${g.int(300, 900)} via UPI ${g.pick(['apollowellness', 'clinicpay'])}@okaxis. Link: meet.example.in/${g.hash(10)}`);
  },
  (d, g) => {
    // reply-only messages: answering questions
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`> ${g.pick(['Could you confirm your date of birth and postcode?', 'Can you confirm DOB + address for security?', 'Please verify your birth date and address on file.'])}\n\n`);
    d.t(g.pick(['Sure — ', 'Yep ', 'it\'s ', '']));
    d.l('DOB', g.date(g.dob(), cc)).t(g.pick([' and ', ', ', '. Address: ', ' / '])).l('ADDRESS', g.address(cc, false));
    d.t(`\n\n> Thanks. And a number to reach you?\n\n`).l('PHONE', g.phone(cc)).t(g.pick(['', ' (after 6)', ' - text is better', g.ext()]));
    if (g.chance(0.5)) {
      d.t('\n\n');
      me(d, g, p, 0.7);
    }
  },
  (d, g) => {
    // contact update e-mail
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Subject: ${g.pick(['Change of address', 'Updated contact details', 'Moving house'])}\n\nHello,\n\nPlease update my records (${g.pick(['policy', 'account', 'member'])} no. ${g.d(8)}). From ${g.date(g.recent(), cc)} my address will be:\n\n`);
    d.l('ADDRESS', g.address(cc, true)).t(`\n\nMy new ${g.pick(['mobile', 'phone'])} is `).l('PHONE', g.phone(cc)).t(`, and my old e-mail `).l('EMAIL', g.email(p)).t(` will stop working — use `).l('EMAIL', g.email(p)).t(` instead.`);
    if (g.chance(0.4)) d.t('\nDirect debits should now come from ').l('IBAN', g.iban()).t('.');
    if (g.chance(0.3)) d.t(' I am writing from ').l('IP', g.ipv4()).t(` (${g.pick(['work', 'library', 'home'])} network) in case your security team asks.`);
    sig(d, g, p, cc);
  },
  (d, g) => {
    // complaint letter
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`To whom it may concern,\n\nOn ${g.date(g.recent(), cc)} I was charged twice for ${g.pick(['a prescription', 'my gym membership', 'an ambulance call-out', 'council tax'])}. `);
    d.t(`I spoke with `).l('PERSON', g.pick(AGENTS)).t(` who promised a refund, and then with a supervisor, ${g.pick(['Mr', 'Ms', 'Mrs'])} `).l('PERSON', g.person(cc).f).t(`, who said there was no record of the call. `);
    d.t(`My ${g.pick(['Mastercard', 'Visa', 'debit card'])} ${g.maskedCard()} was debited $${g.money()} each time.\n\n`);
    if (g.chance(0.5)) d.t('Please refund to ').l('IBAN', g.iban()).t(` (not the old account ${g.badIban()}). `);
    d.t(`I can be reached at `).l('PHONE', g.phone(cc)).t(` or `).l('EMAIL', g.email(p)).t('.\n\nYours faithfully,\n');
    me(d, g, p, 0.6).t('\n').l('ADDRESS', g.address(cc, true));
  },
  (d, g) => {
    // gym membership signup with card
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`${g.pick(['Anytime Fitness', 'PureGym', 'Snap Fitness', 'Gold\'s Gym'])} membership — online signup\nFirst name: `).l('PERSON', p.g).t(`\nLast name: `).l('PERSON', p.f);
    d.t(`\nDOB: `).l('DOB', g.date(g.dob(), cc)).t(`\nEmail: `).l('EMAIL', g.email(p)).t(`\nMobile: `).l('PHONE', g.phone(cc));
    d.t(`\nCard number: `).l('CARD', g.card()).t(`  Exp ${pad(g.int(1, 12))}/${g.int(26, 31)}  CVV ***\nPromo: ${g.pick(['SUMMER25', 'NEWYEAR', 'FRIEND50'])}  Home club: ${g.pick(['Lincoln Park', 'Victoria St', 'Wellington Central'])}`);
  },
  (d, g) => {
    // car insurance claim (AU/NZ/UK)
    const cc = g.pick<Cc>(['AU', 'NZ', 'UK', 'IE']);
    const p = g.person(cc);
    const o = g.person(cc);
    d.t(`Motor claim ${g.ref('MC')}\nPolicyholder: `).l('PERSON', g.nameForm(p)).t(`  DOB `).l('DOB', g.date(g.dob(), cc)).t(`\nRego/Reg: ${g.pick(['ABC', 'XYZ', 'KLM'])}${g.d(3)}\n`);
    d.t(`Incident: rear-ended at lights on ${g.pick(['Victoria St', 'Albert Rd', 'George St'])} near ${g.pick(['the Harvey Norman', 'Westfield', 'the Countdown'])}, ${g.date(g.recent(), cc)}.\n`);
    d.t(`Other driver: `).l('PERSON', full(o)).t(`, ph `).l('PHONE', g.phone(cc)).t(`, insurer ${g.pick(['AAMI', 'AA Insurance', 'Aviva', 'FBD'])} claim ${g.d(8)}\n`);
    d.t(`Witness: `).l('PERSON', `${g.person(cc).g.charAt(0)}. ${g.person(cc).f}`).t(`, `).l('ADDRESS', g.address(cc, false)).t(`\nExcess paid by card `).l('CARD', g.card()).t('.');
  },
  (d, g) => {
    // life insurance beneficiary change e-mail (US/CA)
    const cc = g.pick<Cc>(['US', 'CA']);
    const p = g.person(cc);
    const b = g.person(cc);
    d.t(`Hi,\n\nI'd like to change the beneficiary on policy ${g.pick(['LF', 'WL', 'TL'])}-${g.d(7)} from my ex-wife to my daughter:\n\n`);
    d.l('PERSON', full(b)).t(`\n${dobCue(g)}`).l('DOB', g.date(g.dob(), cc));
    if (cc === 'US') d.t(`\nSSN `).l('NATIONAL_ID', g.ssn());
    d.t(`\n`).l('ADDRESS', g.address(cc, true)).t(`\n\nMy own details: `).l('PERSON', full(p)).t(`, DOB `).l('DOB', g.date(g.dob(), cc)).t('.');
    sig(d, g, p, cc);
  },
  (d, g) => {
    // hospital discharge summary (IN/UK)
    const cc = g.pick<Cc>(['IN', 'UK', 'IN']);
    const p = g.person(cc);
    d.t(`DISCHARGE SUMMARY\nUHID: ${g.d(10)}   IP No: ${g.d(6)}\nPatient: ${cc === 'IN' ? g.pick(['Mr. ', 'Mrs. ', 'Smt. ', 'Shri ']) : ''}`).l('PERSON', full(p));
    d.t(`   Age/Sex: ${g.int(20, 90)}/${g.pick(['M', 'F'])}   DOB: `).l('DOB', g.date(g.dob(), cc));
    d.t(`\nAddress: `).l('ADDRESS', g.address(cc, false)).t(`\nAdmitted: ${g.date(g.recent(), cc)}   Discharged: ${g.date(g.recent(), cc)}`);
    d.t(`\nConsultant: Dr. `).l('PERSON', full(g.person(cc))).t(`\nDiagnosis: ${g.pick(['Dengue fever', 'Community-acquired pneumonia', 'Acute MI'])}; background of ${g.disease()}.`);
    d.t(`\nFollow-up OPD after 7 days. Attendant: `).l('PERSON', full(g.person(cc))).t(` `).l('PHONE', g.phone(cc));
  },
];

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no personal data, many look-alikes.

const NEG: Tpl[] = [
  (d, g) => {
    d.t(`Release notes — Patient Portal ${g.ver()} (build ${g.hash(7)})\n\n- Fixed: appointment reminders sent at 00:00 UTC instead of local time.\n- Upgraded OpenSSL to ${g.ver()}; TLS 1.3 only.\n`);
    d.t(`- New: Medicare card scan (beta). Known issue #${g.int(1000, 9999)}: Safari ${g.int(15, 18)}.${g.int(0, 6)} crops the image.\n- Checksum: sha1 ${g.hash(40)}\n- Rolled back ${g.ver()} on ${g.date(g.recent(), 'US')}.`);
  },
  (d, g) => {
    d.t(`Policy memo ${g.d(4)}/${g.recent().y}\n\nUnder the Dodd-Frank Act and ${g.pick(["Megan's Law", 'HIPAA', 'the Privacy Act 1988', 'GDPR Art. 9'])}, claims relating to ${g.disease()} or ${g.disease()} must be reviewed by the ${g.pick(['Hawthorne', 'Kingsley', 'Lincoln'])} Team within 5 business days. `);
    d.t(`Reference table ${g.pick(['T-17', 'B/4', 'Q3'])} lists ICD-10 codes G20, K50.9 and E27.1. The ${g.pick(['Apgar', 'Glasgow', 'Braden'])} score should be recorded as a number. See also: ${g.trap()}; ${g.trap()}.`);
  },
  (d, g) => {
    d.t(`Your order #${g.d(3)}-${g.d(7)}-${g.d(7)} has shipped!\nCarrier: ${g.pick(['UPS', 'FedEx', 'Australia Post', 'An Post', 'NZ Post'])}  Tracking: ${g.pick(['1Z', 'JD', 'LX'])}${g.hash(14).toUpperCase()}\n`);
    d.t(`Items: ${g.pick(['Dr. Scholl\'s insoles', 'Ben & Jerry\'s gift card', 'Jack Daniel\'s BBQ sauce', 'Dyson V8 filter'])} ×${g.int(1, 3)}\nEstimated delivery: ${g.date(g.recent(), 'US')}\nGift card code: ${g.hash(4).toUpperCase()}-${g.hash(4).toUpperCase()}-${g.hash(4).toUpperCase()}`);
  },
  (d, g) => {
    d.t(`Finance ops checklist (${g.date(g.recent(), 'UK')})\n- Vendor EIN ${g.ein()} verified on W-9\n- ABA routing ${g.routing()} / SWIFT ${g.pick(['CHASUS33', 'BOFAUS3N', 'NWBKGB2L'])}\n`);
    d.t(`- Test card ${g.badCard()} must FAIL Luhn in staging\n- Rejected IBAN ${g.badIban()} (checksum) — ask client to re-send\n- Batch ${g.d(10)} total $${g.money()}, GL ${g.d(4)}-${g.d(3)}\n- Sort code 20-00-00 belongs to the bank, not a customer\n- Counterparty review: ${g.trap()}, ${g.trap()}`);
  },
  (d, g) => {
    d.t(`Listing: bright ${g.int(1, 4)}-bed near ${g.pick(['Lincoln Park', 'Washington Square', 'Victoria Park', 'Wellington waterfront'])}, walk to ${g.pick(["St. Vincent's Hospital", 'Rockefeller Center', 'the Gandhi Memorial'])}. `);
    d.t(`Available ${g.date(g.recent(), 'AU')}. ${g.int(1, 3)} bath, ${g.int(60, 180)} m². Pets considered. Inspection ${g.pick(WEEKDAYS)} ${g.time()}. Agent ref L${g.d(6)}. Suburb median $${g.int(500, 1200)}k.`);
  },
  (d, g) => {
    d.t(`Incident timeline INC${g.d(7)}\n${pad(g.int(0, 23))}:${pad(g.int(0, 59))} UTC  alerts from claims-api v${g.ver()}\n${pad(g.int(0, 23))}:${pad(g.int(0, 59))} UTC  rollback to ${g.ver()} (commit ${g.hash(12)})\n`);
    d.t(`${pad(g.int(0, 23))}:${pad(g.int(0, 59))} UTC  p99 latency ${g.int(200, 4000)}ms → ${g.int(40, 190)}ms\nRoot cause: Kafka partition ${g.int(0, 31)} lag; Postgres ${g.int(12, 17)}.${g.int(0, 9)} vacuum. Owner: Team Falcon.`);
  },
  (d, g) => {
    d.t(`All-hands notes ${g.date(g.recent(), 'IE')}\nCongrats to the Phoenix squad on shipping Claims Express ${g.ver()}! `);
    d.t(`Next sprint: Grant Tracker v${g.int(2, 5)}, the Hope Street office fit-out, and onboarding for Bill Pay ${g.ver()}. Reminder: Lincoln Day and Labor Day are company holidays. Q${g.int(1, 4)} OKRs due ${g.date(g.recent(), 'IE')}.`);
  },
  (d, g) => {
    d.t(`Court calendar — Dept ${g.int(1, 40)}, ${g.date(g.recent(), 'US')}\n`);
    for (let i = 0; i < g.int(3, 5); i++) d.t(`${g.time()}  ${g.int(2020, 2026)}-${g.pick(['CV', 'FL', 'CR', 'PR'])}-${g.d(6)}  ${g.pick(['Motion to compel', 'Status conference', 'OSC re: contempt', 'Probate hearing'])}  Courtroom ${g.int(100, 820)}\n`);
    d.t('Parties must check in 15 minutes early. Masks optional.');
  },
  (d, g) => {
    d.t(`Pharmacy stock update ${g.date(g.recent(), 'NZ')}: ${g.pick(['Ventolin', 'Panadol', 'Nurofen', 'Tylenol'])} back in stock; ${g.pick(['Ozempic', 'Mounjaro', 'EpiPen'])} on backorder until ${g.date(g.recent(), 'NZ')}. `);
    d.t(`Flu vaccine clinic every ${g.pick(WEEKDAYS)}. Lot ${g.hash(6).toUpperCase()}, exp ${pad(g.int(1, 12))}/${g.int(26, 29)}. Store ${g.d(4)}, register ${g.int(1, 9)}, shift code ${g.d(6)}.`);
  },
  (d, g) => {
    d.t(`Tax season FAQ: Form 1099-${g.pick(['INT', 'DIV', 'NEC'])} due ${g.date(g.recent(), 'US')}. Box 2 on the W-2 shows federal withholding. Roth IRA limit $${g.int(6, 8)},${g.int(0, 5)}00. `);
    d.t(`Never share your full Social Security number by e-mail — we will only ever ask for the last four (e.g. ${g.maskedSsn()}). Call the IRS at the number on irs.gov.`);
  },
  (d, g) => {
    d.t(`Maintenance bulletin for all residents: the ${g.pick(['Otis', 'Schindler', 'Kone'])} lift in Block ${g.pick(['A', 'B', 'C'])} will be serviced ${g.date(g.recent(), 'UK')} ${g.time()}–${g.time()}. `);
    d.t(`Bin day moves to ${g.pick(WEEKDAYS)}. Parking permits (${g.pick(['zone K', 'zone 4'])}) expire ${g.date(g.recent(), 'UK')}. Wi-Fi SSID Tenant-${g.d(3)}, firmware ${g.ver()}.`);
  },
];

const PAY: Tpl[] = [
  (d, g) => {
    // hospital billing phone payment notes
    const cc = g.pick<Cc>(['US', 'US', 'CA', 'AU']);
    const p = g.person(cc);
    d.t(`Patient Financial Services — payment call ${g.date(g.recent(), cc)}\nGuarantor: `).l('PERSON', g.nameForm(p)).t(`  acct ${g.d(9)}\nVerified DOB `).l('DOB', g.date(g.dob(), cc));
    d.t(`. Balance $${g.money()} for DOS ${g.date(g.recent(), cc)}. Pt paid in full w/ ${g.pick(['Visa', 'MC', 'Amex', 'Discover', 'card'])} `).l('CARD', g.card());
    d.t(` exp ${pad(g.int(1, 12))}/${g.int(26, 31)}, auth code ${g.hash(6).toUpperCase()}. First attempt with ${g.badCard()} declined (typo). ${g.pick(['cb# ', 'ph ', 'best # ', 'pt ph: '])}`).l('PHONE', g.phone(cc));
    d.t(`. Receipt e-mailed to `).l('EMAIL', g.email(p)).t('.');
  },
  (d, g) => {
    // government fee payment confirmation
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Payment confirmation — ${g.pick(['passport renewal fee', 'visa application charge', 'vehicle registration', 'birth certificate copy'])}\n\nPayer: `);
    me(d, g, p, 0.5).t(`\nCard: `).l('CARD', g.card()).t(`\nAmount: ${g.money()}  Transaction ${g.hash(12).toUpperCase()}  ${g.date(g.recent(), cc)} ${g.time()}`);
    d.t(`\nConfirmation sent to `).l('EMAIL', g.email(p)).t(`.\nKeep this receipt. Application reference ${g.d(4)}-${g.d(4)}-${g.d(4)}.`);
  },
  (d, g) => {
    // rent portal receipt
    const cc = g.pick<Cc>(['US', 'CA', 'AU', 'NZ', 'UK']);
    const p = g.person(cc);
    d.t(`Subject: Rent payment received\n\nHi `).l('PERSON', p.g).t(`,\n\nWe received $${g.int(800, 3900)}.00 for `).l('ADDRESS', g.address(cc, false)).t(` on ${g.date(g.recent(), cc)}, charged to `);
    d.l('CARD', g.card()).t(` (${g.pick(['convenience fee 2.95%', 'no fee'])}).\nAutopay ${g.pick(['is on', 'is off'])}. Questions: ${g.pick(ORGS)} at `).l('PHONE', g.phone(cc)).t('.');
  },
  (d, g) => {
    // telehealth subscription signup
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`checkout.completed  plan=${g.pick(['telehealth-monthly', 'family-annual'])}  amount=${g.money()}\n  customer.name=`).l('PERSON', full(p)).t(`\n  customer.email=`).l('EMAIL', g.email(p));
    d.t(`\n  card.number=`).l('CARD', g.card().replace(/[ -]/g, '')).t(`  card.brand=${g.pick(['visa', 'mastercard', 'amex'])}\n  client_ip=`).l('IP', g.ip()).t(`\n  billing_address=`).l('ADDRESS', g.address(cc, false)).t(`\n  idempotency_key=${g.hash(32)}`);
  },
  (d, g) => {
    // pharmacy online order
    const cc = g.cc();
    const p = g.person(cc);
    d.t(`Order ${g.ref('RX-')} — ${g.pick(['Harbour Pharmacy', 'QuickCare Rx', 'MedPlus'])}\nShip to:\n`).l('PERSON', full(p)).t('\n').l('ADDRESS', g.address(cc, true));
    d.t(`\nPatient DOB: `).l('DOB', g.date(g.dob(), cc)).t(`\nPaid: `).l('CARD', g.card()).t(`\nPrescriber: Dr `).l('PERSON', full(g.person(cc))).t(`\nNote: contains ${g.pick(['Tylenol', 'Benadryl', "Dr. Reddy's generic"])}; sign on delivery.`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Generator.

const POSITIVE: readonly Tpl[] = [...HEALTH, ...FIN, ...GOV, ...PROP, ...INFORMAL, ...PAY];
/** Number of distinct document templates (positive and negative). */
export const INDEPENDENT14_TEMPLATE_COUNT = POSITIVE.length + NEG.length;

/**
 * Generates the split for one seed: whole documents until at least `minInstances` labels exist (the
 * last document is the one that reaches it). Deterministic per seed.
 */
export function generateIndependent14Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent14Entry[] {
  const seed = opts.seed ?? INDEPENDENT14_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT14_MIN_INSTANCES;
  const g = new G(new Rng(seed));
  const out: Independent14Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = g.chance(0.1) ? g.pick(NEG) : g.pick(POSITIVE);
    tpl(d, g);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
