/**
 * @module privacy/pii-corpus-independent-59 — blind labelled PII corpus #59 (veterinary clinics and pet insurance).
 *
 * WRITTEN BLIND. Read: the `Rng` class at the top of `pii-corpus-values.ts` (lines 1–39, including its import
 * lines), `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`; by
 * accident also the lines just after the union in `pii/types.ts` (the `PII_TYPES` list) and the first 5 lines
 * of `eslint.config.js` (a header comment and two imports).
 * NOT read: the detector, its patterns, name lists or checksum code, any other corpus or its templates, the
 * evaluation code, docs, benches or git history. The detector was never run on this text. Every name, address,
 * template and value below was invented for this split.
 *
 * Seeds: 590001, 590002, 590003 (INDEPENDENT59_SEEDS). Each seed emits whole documents until at least
 * `minInstances` labels (default 2,400) exist; the document that reaches the threshold is the last one.
 *
 * Contents: front-desk chats and call notes, appointment reminders and booking confirmations, animal patient
 * records (the owner is the person), pet-insurance claims, reimbursements and denials, pharmacy refill requests,
 * lab-result and referral letters between vets, microchip registry and boarding/kennel forms, invoices, payment
 * plans, SEPA mandates, portal and fraud logs with IPs, plus account/payment customer-service material, in
 * several languages and many countries' formats. About one document in ten is a hard negative (no PII, with
 * traps: people-named brands, breeds, diseases, streets and storms, pets with human names, order/claim/chip
 * numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers,
 * non-birth dates); such distractors are also sprinkled through the labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Pets (even with human names), brands, software, places, breeds,
 *   ships, storms, streets/buildings named after people, eponymous diseases/laws/awards and @handles are not
 *   labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts labelled as the whole span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked numbers not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street/building/PO-box line to
 *   the last postcode/city/country line; recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks not labelled.
 * - DOB: a person's date of birth only (cue words outside); a pet's birth date and other dates are not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT59_SEEDS = [590001, 590002, 590003] as const;
export const INDEPENDENT59_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent59Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent59Entry = PiiCorpusEntry & { readonly labels: readonly Independent59Label[] };

/** Builds a document while recording label offsets as values are appended. */
class Doc {
  text = '';
  readonly labels: Independent59Label[] = [];
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
  /** The user's own full name, labelled and recorded as a known name. */
  self(p: Person): this {
    this.l('PERSON', p.full);
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return this;
  }
  entry(): Independent59Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names

type Cc = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'IE' | 'AU' | 'CA' | 'NZ' | 'JP' | 'IN' | 'BR' | 'MX' | 'ZA' | 'CH' | 'KR';
type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'ja' | 'ko';

interface Culture {
  readonly f: string;
  readonly m: string;
  readonly s: string;
  readonly cc: readonly Cc[];
  readonly lang: Lang;
  readonly eastern?: boolean;
}

const CULTURES: readonly Culture[] = [
  { f: 'Rose Hope May Faith Joy Dawn Holly Poppy Imogen Harriet Philippa Gemma', m: 'Will Bill Grant Guy Rhys Alfie Nigel Clive Rupert Barnaby Callum Jack', s: 'Baker Cook Price Hill Young Little King Wolf Carpenter Whitlock Ashworth Pemberton Thistlethwaite Fairbrother Hardcastle Bird Fox', cc: ['GB'], lang: 'en' },
  { f: 'Summer Sunny Page Brooke Autumn Kayla Madison Tamika Shelby Dolores Ginger Liberty', m: 'Frank Mark Art Chance Rich Buck Dwayne Cody Tucker Hunter Rusty Skip', s: 'Brown Long Bishop Love Freeman Washington Goodnight McAllister Delgado Whitfield Sweet Gentry Rhodes Pruitt Dunlap Hobbs', cc: ['US', 'CA'], lang: 'en' },
  { f: 'Siobhán Aoife Niamh Saoirse Róisín Clodagh Gráinne Orla', m: 'Ciarán Pádraig Oisín Cathal Diarmuid Eoin Tadhg Fionn', s: "O'Sullivan Ní_Bhriain Fitzgerald Byrne Kavanagh Mulcahy Doherty Quigley Ó_Súilleabháin MacNamara Keogh Brennan", cc: ['IE'], lang: 'en' },
  { f: 'Anneliese Henrike Wiebke Jutta Frauke Sabine Lieselotte Mareike', m: 'Jürgen Volker Till Hartmut Kai Benedikt Lorenz Wolfram', s: 'Müller Schröder Weißkopf Hoffmann Brandt Vogel Kühn Zimmermann Ebersbach Pfeiffer Schäfer Krüger Baumgartner', cc: ['DE', 'CH'], lang: 'de' },
  { f: 'Margaux Solène Clémence Aurélie Océane Maëlle Capucine', m: 'Grégoire Thibault Loïc Baptiste Étienne Aurélien Gaspard', s: 'Lefèvre Dubois Moreau Girard Fontaine Rousseau Chevalier Delacroix Lemoine Brunet Mercier Garnier Lacroix', cc: ['FR', 'CH'], lang: 'fr' },
  { f: 'Itziar Lucía Montserrat Rocío Inmaculada Nieves Paloma', m: 'Íñigo Álvaro Jordi Santiago Ignacio Xavier Borja', s: 'García_Ruiz Fernández Iglesias Zubizarreta Castillo Navarro Ortega Serrano Domínguez Aguirre Echeverría Morales', cc: ['ES'], lang: 'es' },
  { f: 'Guadalupe Ximena Citlali Marisol Yesenia Araceli', m: 'Jesús Héctor Cuauhtémoc Rogelio Efraín Ulises', s: 'Hernández Ramírez Gutiérrez Villanueva Cervantes Tapia Olvera Zamora Espinoza Trujillo', cc: ['MX', 'US'], lang: 'es' },
  { f: 'Conceição Thaís Luana Beatriz Graça Francisca', m: 'João Thiago Wellington Anderson Rui Vinícius', s: 'Gonçalves Carvalho Pereira_da_Silva Moura Albuquerque Teixeira Figueiredo Nogueira Barbosa Ribeiro Cardoso', cc: ['BR'], lang: 'pt' },
  { f: 'Chiara Benedetta Giulia Rosaria Ornella Ludovica', m: 'Gianluca Salvatore Emanuele Corrado Ettore Nicolò', s: 'Esposito Bianchi Russo Colombo Ferrara Marchetti De_Luca Santoro Ricci Lombardi Conti Greco', cc: ['IT'], lang: 'it' },
  { f: 'Femke Anouk Sanne Marieke Lieke Griet', m: 'Joost Sjoerd Maarten Bram Pieter Wouter', s: 'de_Vries van_den_Berg Jansen Bakker Visser Smits Peeters Verhoeven Mulder de_Boer Hendriks', cc: ['NL'], lang: 'nl' },
  { f: 'Agnieszka Małgorzata Zofia Katarzyna Bożena Dorota', m: 'Grzegorz Wojciech Przemysław Tomasz Łukasz Jarosław', s: 'Wiśniewska Kowalczyk Szymański Wójcik Zieliński Lewandowska Dąbrowski Krawczyk Nowak Mazur', cc: ['GB', 'DE'], lang: 'en' },
  { f: 'Ingrid Solveig Astrid Sigrid Freja Linnea', m: 'Bjørn Sverre Leif Anders Magnus Eskil', s: 'Lindqvist Johansson Haugen Bergström Søndergaard Nyström Halvorsen Eriksen Dahl Lundgren', cc: ['GB', 'US'], lang: 'en' },
  { f: 'Aino Tuulikki Satu Päivi Kaisa', m: 'Jukka Veikko Teemu Ilkka Antti', s: 'Virtanen Mäkinen Korhonen Heikkilä Järvinen Laaksonen Salminen Niemi', cc: ['CA', 'DE'], lang: 'en' },
  { f: 'Eleni Despina Chrysoula Vasiliki Athina', m: 'Giorgos Spyros Dimitrios Panagiotis Stavros', s: 'Papadopoulos Konstantinidou Alexiou Karagiannis Nikolaidis Vlachos Georgiou Markou', cc: ['AU', 'GB'], lang: 'en' },
  { f: 'Ayşe Elif Zeynep Gülşen Derya', m: 'Mehmet Emre Barış Oğuz Kaan', s: 'Yılmaz Öztürk Demir Çelik Aydın Şahin Kaya Arslan Koç Polat', cc: ['DE', 'NL'], lang: 'de' },
  { f: 'Fatima Layla Noor Amal Yasmin Huda', m: 'Said Omar Khalid Tariq Yusuf Karim', s: 'Al-Mansouri Haddad Nasser El-Amin Khoury Saleh Bakri Hamdan Qasim Mansour Darwish', cc: ['GB', 'FR', 'CA'], lang: 'en' },
  { f: 'Shirin Parisa Niloufar Mahsa Roya', m: 'Dariush Kourosh Arash Behnam Farhad', s: 'Hosseini Tehrani Rahimi Karimi Moradi Jafari Sadeghi Ahmadi', cc: ['US', 'CA'], lang: 'en' },
  { f: 'Priya Ananya Kavita Sunita Deepika Meera', m: 'Rohan Arjun Vikram Sandeep Rajesh Aditya', s: 'Sharma Gupta Malhotra Agarwal Chauhan Srivastava Bhatia Kapoor Joshi Mehta Banerjee Chatterjee', cc: ['IN', 'GB'], lang: 'en' },
  { f: 'Lakshmi Divya Revathi Kaveri Anjali', m: 'Karthik Srinivasan Venkatesh Murali Arvind', s: 'Iyer Subramanian Krishnamurthy Raghavan Pillai Nair Reddy Menon Rao', cc: ['IN', 'US'], lang: 'en' },
  { f: 'Xiuying Mei Lihua Yuqing Jing Xiaoling', m: 'Wei Jianguo Haoran Zhiwei Bo Junjie', s: 'Wang Li Zhang Chen Liu Huang Zhao Xu Guo Sun Ma Zhou Wu', cc: ['AU', 'CA', 'US'], lang: 'en', eastern: true },
  { f: 'Haruka Yui Sakura Aiko Emiko Natsuki', m: 'Hiroshi Kenta Daisuke Takumi Shohei Ren', s: 'Tanaka Suzuki Watanabe Yamamoto Kobayashi Nakamura Fujiwara Ishikawa Sato Inoue Matsumoto Kimura', cc: ['JP'], lang: 'ja', eastern: true },
  { f: 'Minji Seoyeon Jiwoo Hyejin Eunji', m: 'Minjun Jihoon Dongwook Seungho Taeyang', s: 'Kim Park Lee Choi Jung Kang Yoon Han Shin Jang', cc: ['KR', 'US'], lang: 'ko', eastern: true },
  { f: 'Thu Lan Huong Ngoc Mai', m: 'Minh Duc Quang Tuan Bao', s: 'Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo', cc: ['AU', 'US'], lang: 'en', eastern: true },
  { f: 'Maricel Rowena Jocelyn Girlie Cherry', m: 'Jun Rodel Arnel Bong Jericho', s: 'Dela_Cruz Santos Bautista Reyes Macapagal Mercado Villareal Aquino Pascual', cc: ['US', 'CA', 'NZ'], lang: 'en' },
  { f: 'Adaeze Chiamaka Folasade Ngozi Temitope Blessing', m: 'Chukwuemeka Oluwaseun Babatunde Obinna Tunde Godswill', s: 'Okafor Adeyemi Nwosu Okonkwo Balogun Eze Olawale Chukwu Adebayo Obi Nnamdi', cc: ['GB', 'US'], lang: 'en' },
  { f: 'Akosua Abena Efua Adwoa', m: 'Kwame Kofi Yaw Kwabena', s: 'Mensah Asante Owusu Boateng Appiah Darko Ofori Amoah', cc: ['GB', 'CA'], lang: 'en' },
  { f: 'Wanjiru Achieng Njeri Amani Zawadi', m: 'Baraka Otieno Kamau Juma Mwangi', s: 'Kariuki Odhiambo Wekesa Mutua Onyango Kimani Njoroge Wambua', cc: ['GB', 'ZA'], lang: 'en' },
  { f: 'Selamawit Tigist Hiwot Meron', m: 'Tesfaye Dawit Abebe Yonas', s: 'Bekele Haile Tadesse Gebremedhin Alemu Girma Assefa', cc: ['US', 'DE'], lang: 'en' },
  { f: 'Yekaterina Oksana Svetlana Tatiana Olena', m: 'Dmitri Sergei Bohdan Vladislav Mykola', s: 'Ivanova Shevchenko Kuznetsov Petrenko Volkova Bondarenko Morozov Sokolova Kovalenko', cc: ['DE', 'US', 'CA'], lang: 'en' },
  { f: 'Noa Tamar Shira Yael Michal', m: 'Avi Eitan Yonatan Itai Uri', s: 'Cohen Levi Mizrahi Peretz Friedman Ben-David Shapiro Katz Goldberg', cc: ['US', 'GB'], lang: 'en' },
  { f: 'Aroha Mere Anahera Leilani', m: 'Tane Wiremu Rangi Keoni', s: 'Ngata Te_Rangi Parata Kahale Tuhiwai Walker Henare', cc: ['NZ', 'AU'], lang: 'en' },
  { f: 'Annelie Marietjie Elna Nomvula Lerato', m: 'Pieter-Jan Schalk Gideon Thabo Sipho', s: 'van_der_Merwe Botha Nkosi Dlamini Pretorius Mokoena Naidoo Khumalo', cc: ['ZA'], lang: 'en' },
];

function words(s: string): string[] {
  return s.split(' ').map((w) => w.replace(/_/g, ' '));
}

interface Pools {
  readonly f: string[];
  readonly m: string[];
  readonly s: string[];
}
const POOLS: readonly Pools[] = CULTURES.map((c) => ({ f: words(c.f), m: words(c.m), s: words(c.s) }));

/** Total distinct given names and surnames (for the module's own sanity test). */
export const INDEPENDENT59_NAME_POOL_SIZES = {
  given: new Set(POOLS.flatMap((p) => [...p.f, ...p.m])).size,
  family: new Set(POOLS.flatMap((p) => p.s)).size,
  cultures: CULTURES.length,
};

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly fem: boolean;
  readonly c: Culture;
}

function person(r: Rng, cc?: Cc): Person {
  let i = r.int(0, CULTURES.length - 1);
  if (cc && r.chance(0.6)) {
    const local = CULTURES.map((c, k) => (c.cc.includes(cc) ? k : -1)).filter((k) => k >= 0);
    if (local.length > 0) i = r.pick(local);
  }
  const c = CULTURES[i] as Culture;
  const p = POOLS[i] as Pools;
  const fem = r.chance(0.55);
  const given = r.pick(fem ? p.f : p.m);
  const family = r.pick(p.s);
  const full = c.eastern && r.chance(0.5) ? `${family} ${given}` : `${given} ${family}`;
  return { given, family, full, fem, c };
}

const HON: Record<string, readonly [string[], string[]]> = {
  en: [['Mr.', 'Mr'], ['Mrs.', 'Ms.', 'Ms', 'Miss', 'Mrs']],
  de: [['Herr'], ['Frau']],
  fr: [['M.', 'Monsieur'], ['Mme', 'Madame']],
  es: [['Sr.', 'Don'], ['Sra.', 'Doña']],
  it: [['Sig.'], ['Sig.ra']],
  nl: [['dhr.'], ['mevr.']],
  pt: [['Sr.'], ['Sra.']],
};

function hon(p: Person, r: Rng, lang: string = p.c.lang): string {
  const h = HON[lang] ?? HON.en;
  return r.pick((h as readonly [string[], string[]])[p.fem ? 1 : 0]);
}

type Style = 'full' | 'hon' | 'init' | 'rev' | 'caps' | 'lower' | 'given' | 'family' | 'revcaps';

/** Appends a name in the given style (honorifics outside the label). */
function name(d: Doc, r: Rng, p: Person, style: Style, lang?: string): Doc {
  switch (style) {
    case 'full':
      return d.l('PERSON', p.full);
    case 'hon':
      return d.t(`${hon(p, r, lang)} `).l('PERSON', p.family);
    case 'init':
      return d.l('PERSON', `${p.given.charAt(0)}. ${p.family}`);
    case 'rev':
      return d.l('PERSON', `${p.family}, ${p.given}`);
    case 'revcaps':
      return d.l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`);
    case 'caps':
      return d.l('PERSON', p.full.toUpperCase());
    case 'lower':
      return d.l('PERSON', p.full.toLowerCase());
    case 'given':
      return d.l('PERSON', p.given);
    case 'family':
      return d.l('PERSON', p.family);
  }
}

function anyStyle(r: Rng): Style {
  return r.pick<Style>(['full', 'full', 'full', 'hon', 'init', 'rev', 'caps', 'lower', 'given', 'family']);
}

/** A vet: "Dr." stays outside the label. */
function vet(d: Doc, r: Rng, p: Person, lang = 'en'): Doc {
  const pre = lang === 'de' ? r.pick(['Dr. med. vet.', 'Tierärztin', 'Dr.']) : lang === 'fr' ? 'Dr' : lang === 'es' ? r.pick(['Dra.', 'Dr.']) : lang === 'it' ? 'Dott.' : r.pick(['Dr.', 'Dr', 'Dr.']);
  d.t(`${pre} `);
  return r.chance(0.75) ? d.l('PERSON', p.full) : d.l('PERSON', p.family);
}

const JP_FAM = words('佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山口');
const JP_GIV = words('花子 健太 美咲 大輔 陽菜 翔太 由美 拓也 さくら 直樹');
const KR_FAM = words('김 이 박 최 정 강 조 윤');
const KR_GIV = words('민준 서연 지훈 하은 도윤 수빈 예준 지아');

// ---------------------------------------------------------------------------------------------------------
// Pets, clinics, products (never labelled)

const PETS = words('Max Bella Charlie Daisy Oscar Ruby Murphy Winston Luna Milo Teddy Poppy Bailey Rosie Alfie Molly Buster Coco Lola Tilly Archie Frankie Duke Ziggy Pepper Biscuit Nala Simba Loki Gus Hank Penny Stanley Maggie Otis Barney Rocky Sadie Toby Jasper Fred George Harold Nigel Kevin Gary Susan Princess Mr._Pickles Sir_Waffles Lady_Marmalade Dr._Barkley Captain Hope Grace Rose Bill Guy');
const SPECIES: readonly [string, string[]][] = [
  ['canine', ['Labrador Retriever', 'Cavalier King Charles Spaniel', 'Jack Russell Terrier', 'Dobermann', 'Gordon Setter', 'Bernese Mountain Dog', 'Cockapoo', 'Shih Tzu', 'Dachshund', 'Border Collie', 'Lhasa Apso', 'French Bulldog', 'German Shepherd', 'Staffordshire Bull Terrier', 'Whippet']],
  ['feline', ['Maine Coon', 'British Shorthair', 'Ragdoll', 'Sphynx', 'DSH', 'DLH', 'Bengal', 'Siamese', 'Norwegian Forest Cat']],
  ['lapine', ['Holland Lop', 'Netherland Dwarf', 'Rex']],
  ['avian', ['African grey parrot', 'cockatiel', 'budgerigar']],
  ['reptile', ['bearded dragon', 'leopard gecko', 'corn snake']],
];
const CLINICS = [
  'Maple Grove Animal Hospital', 'Riverside Veterinary Centre', 'Paws & Claws Vet Clinic', 'Harbourview Vets', 'Northgate Veterinary Surgery',
  'Cedar Hollow Pet Clinic', 'St. Francis Animal Hospital', 'Hartley & Finch Veterinary Surgeons', 'Kingsley Vet Group', 'Willowbank Animal Care',
  'Prairie Sky Veterinary', 'Bluebell Lane Vets', 'Three Rivers Emergency Vet', 'Oakridge Companion Animal Clinic', 'Seaside Paws Veterinary',
];
const INSURERS = ['PawSure', 'Tailwise Pet Insurance', 'FurstCover', 'Hartwell & Pryce Insurance', 'Waggle Mutual', 'Petalia', 'Kumo Pet Insurance', 'Assurpet', 'Whiskerly'];
const MEDS = ['Apoquel 16 mg', 'Rimadyl 75 mg', 'Metacam oral suspension 1.5 mg/ml', 'Vetmedin 5 mg', 'Cytopoint 20 mg', 'Bravecto 500 mg', 'NexGard Spectra', 'Simparica Trio', 'Galliprant 60 mg', 'gabapentin 100 mg', 'Felimazole 2.5 mg', 'prednisolone 5 mg', 'Clavamox 250 mg', 'Cerenia 24 mg', 'Librela 10 mg', 'Solensia', 'Vetoryl 30 mg', 'Soloxine 0.3 mg', 'Hill’s Prescription Diet k/d', 'Royal Canin Renal'];
const CONDITIONS = ['cruciate ligament rupture', 'otitis externa', 'gastroenteritis', 'atopic dermatitis', "Cushing's disease", "Addison's disease", 'chronic kidney disease', 'hyperthyroidism', 'foreign body ingestion', 'Lyme disease', "Horner's syndrome", 'IVDD', 'pancreatitis', 'dental disease', 'mast cell tumour', 'urinary crystals', 'Legg-Calvé-Perthes disease', 'cherry eye'];
const EMAIL_DOMAINS: Record<Cc, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com'],
  CA: ['gmail.com', 'shaw.ca', 'rogers.com', 'outlook.com'],
  GB: ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'outlook.com'],
  IE: ['eircom.net', 'gmail.com', 'outlook.ie'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de'],
  CH: ['bluewin.ch', 'gmx.ch', 'proton.me'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
  ES: ['hotmail.es', 'gmail.com', 'telefonica.net'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
  NZ: ['xtra.co.nz', 'gmail.com'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'gmail.com'],
  IN: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
  BR: ['uol.com.br', 'gmail.com', 'bol.com.br'],
  MX: ['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
  ZA: ['mweb.co.za', 'gmail.com', 'telkomsa.net'],
};
const CLINIC_DOMAINS = ['maplegrove-vets.com', 'riversidevetcentre.co.uk', 'pawsandclaws.vet', 'harbourviewvets.com.au', 'cedarhollowpets.com', 'tierarzt-stadtpark.de', 'veto-leslilas.fr', 'willowbank.vet', 'threerivers-er.vet'];
const INSURER_DOMAINS = ['pawsure.com', 'tailwise.co.uk', 'furstcover.com', 'wagglemutual.com', 'petalia.eu', 'assurpet.fr', 'whiskerly.com.au'];

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
}

function email(r: Rng, p: Person, cc: Cc): string {
  const g = ascii(p.given);
  const f = ascii(p.family);
  const dom = r.pick(EMAIL_DOMAINS[cc]);
  const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${r.int(1, 99)}`, `${g}${r.int(70, 99)}`, `${f}${g.charAt(0)}`, `${g}.${f}+vet`]);
  return r.chance(0.08) ? `${local}@${dom}`.toUpperCase() : `${local}@${dom}`;
}

function roleEmail(r: Rng): string {
  return `${r.pick(['frontdesk', 'reception', 'appointments', 'claims', 'accounts', 'pharmacy', 'referrals', 'noreply', 'support', 'billing', 'lab'])}@${r.pick([...CLINIC_DOMAINS, ...INSURER_DOMAINS])}`;
}

// ---------------------------------------------------------------------------------------------------------
// Phones

function phone(r: Rng, cc: Cc): string {
  const D = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${nz()}${D(1)}${nz()}`;
      const x = `${nz()}${D(2)}`;
      const y = D(4);
      return r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `${a}.${x}.${y}`, `+1 ${a} ${x} ${y}`, `+1 (${a}) ${x}-${y}`, `1-${a}-${x}-${y}`]);
    }
    case 'GB':
      return r.pick([`07${D(3)} ${D(6)}`, `+44 7${D(3)} ${D(6)}`, `020 ${nz()}${D(3)} ${D(4)}`, `0161 ${nz()}${D(2)} ${D(4)}`, `(0117) ${nz()}${D(2)} ${D(4)}`, `+44 (0)113 ${nz()}${D(2)} ${D(4)}`]);
    case 'IE':
      return r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${D(3)} ${D(4)}`, `+353 8${r.int(3, 9)} ${D(3)} ${D(4)}`, `(021) ${nz()}${D(2)} ${D(4)}`, `01 ${nz()}${D(2)} ${D(4)}`]);
    case 'DE':
      return r.pick([`0151 ${D(8)}`, `+49 170 ${D(7)}`, `030 ${nz()}${D(7)}`, `(089) ${nz()}${D(3)} ${D(3)}`, `+49 (0)40 ${nz()}${D(6)}`, `0221/${nz()}${D(5)}`]);
    case 'CH':
      return r.pick([`+41 79 ${D(3)} ${D(2)} ${D(2)}`, `044 ${nz()}${D(2)} ${D(2)} ${D(2)}`, `078 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'FR': {
      const p = (): string => `${D(2)} ${D(2)} ${D(2)} ${D(2)}`;
      return r.pick([`06 ${p()}`, `07 ${p()}`, `+33 6 ${p()}`, `04 ${p()}`, `01.${D(2)}.${D(2)}.${D(2)}.${D(2)}`, `+33 (0)1 ${p()}`]);
    }
    case 'ES':
      return r.pick([`6${D(2)} ${D(3)} ${D(3)}`, `+34 6${D(2)} ${D(3)} ${D(3)}`, `91 ${D(3)} ${D(2)} ${D(2)}`, `(+34) 7${D(2)} ${D(2)} ${D(2)} ${D(2)}`]);
    case 'IT':
      return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `06 ${D(4)} ${D(4)}`, `051 ${D(6)}`]);
    case 'NL':
      return r.pick([`06-${D(8)}`, `+31 6 ${D(4)} ${D(4)}`, `020-${nz()}${D(6)}`, `030 ${D(3)} ${D(4)}`]);
    case 'AU':
      return r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `(02) ${nz()}${D(3)} ${D(4)}`, `03 ${nz()}${D(3)} ${D(4)}`, `+61 8 ${nz()}${D(3)} ${D(4)}`]);
    case 'NZ':
      return r.pick([`021 ${D(3)} ${D(4)}`, `027 ${D(3)} ${D(4)}`, `+64 21 ${D(3)} ${D(4)}`, `(09) ${nz()}${D(2)} ${D(4)}`]);
    case 'JP':
      return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 90-${D(4)}-${D(4)}`, `06-${D(4)}-${D(4)}`]);
    case 'KR':
      return r.pick([`010-${D(4)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`]);
    case 'IN':
      return r.pick([`+91 9${D(4)} ${D(5)}`, `9${D(9)}`, `+91-8${D(9)}`, `080 ${D(4)} ${D(4)}`, `098${D(2)} ${D(5)}`]);
    case 'BR':
      return r.pick([`(11) 9${D(4)}-${D(4)}`, `+55 21 9${D(4)}-${D(4)}`, `(41) 3${D(3)}-${D(4)}`, `+55 (31) 9${D(4)} ${D(4)}`]);
    case 'MX':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `55 ${D(4)} ${D(4)}`, `(33) ${D(4)}-${D(4)}`, `+52 1 81 ${D(4)} ${D(4)}`]);
    case 'ZA':
      return r.pick([`082 ${D(3)} ${D(4)}`, `+27 72 ${D(3)} ${D(4)}`, `(012) ${D(3)} ${D(4)}`, `011 ${D(3)} ${D(4)}`]);
  }
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A phone number spoken in a call transcript (whole span labelled). */
function spokenPhone(r: Rng, cc: Cc): string {
  const groups = cc === 'GB' || cc === 'IE' ? [`0${r.pick(['7', '1'])}${r.digits(3)}`, r.digits(3), r.digits(3)] : cc === 'AU' ? [`04${r.digits(2)}`, r.digits(3), r.digits(3)] : [`${r.int(2, 9)}${r.digits(2)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)];
  const say = (g: string): string => {
    const out: string[] = [];
    for (let i = 0; i < g.length; i++) {
      const c = g.charAt(i);
      if (i + 1 < g.length && g.charAt(i + 1) === c && r.chance(0.5)) {
        out.push(`double ${DIGIT_WORDS[Number(c)]}`);
        i++;
      } else out.push(c === '0' && r.chance(0.5) ? 'oh' : (DIGIT_WORDS[Number(c)] as string));
    }
    return out.join(' ');
  };
  return groups.map(say).join(r.pick([', ', ' ', ' ... ']));
}

function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick(['gmail dot com', 'hotmail dot co dot uk', 'yahoo dot com', 'outlook dot com', 'icloud dot com', 'btinternet dot com']);
  const g = ascii(p.given);
  const f = ascii(p.family);
  return r.pick([`${g} dot ${f} at ${dom}`, `${g} ${f} at ${dom}`, `${g.charAt(0)} ${f} at ${dom}`, `${f} underscore ${g} at ${dom}`]);
}

/** A masked number (never labelled). */
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `xxx-xxx-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`]);
}

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs

function luhnFinish(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}

function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  let prefix: string;
  let len = 16;
  if (k <= 2) {
    prefix = '4';
    len = r.chance(0.08) ? 19 : 16;
  } else if (k <= 4) prefix = String(r.int(51, 55));
  else if (k === 5) prefix = String(r.int(2221, 2720));
  else if (k === 6) {
    prefix = r.pick(['34', '37']);
    len = 15;
  } else if (k === 7) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k === 8) prefix = String(r.int(3528, 3589));
  else if (k === 9) {
    prefix = r.pick(['36', '38', String(r.int(300, 305))]);
    len = 14;
  } else if (k === 10) prefix = '62';
  else prefix = '4';
  return luhnFinish(prefix + r.digits(len - 1 - prefix.length));
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  let parts: number[];
  if (d.length === 15) parts = [4, 6, 5];
  else if (d.length === 14) parts = [4, 6, 4];
  else if (d.length === 19) parts = [4, 4, 4, 4, 3];
  else parts = [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const n of parts) {
    out.push(d.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}

/** A card-like number that fails Luhn (never labelled). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const IBAN_LETTERS: Record<string, string[]> = { GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['INGB', 'RABO', 'ABNA', 'TRIO', 'SNSB'] };
const IBAN_CCS = ['DE', 'DE', 'GB', 'GB', 'FR', 'ES', 'IT', 'NL', 'NL', 'BE', 'CH', 'AT', 'IE', 'PT', 'PL', 'SE', 'DK', 'FI', 'LU', 'NO'];

function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] as number;
  let bban: string;
  if (IBAN_LETTERS[cc]) bban = r.pick(IBAN_LETTERS[cc] as string[]) + r.digits(len - 8);
  else if (cc === 'IT') bban = String.fromCharCode(65 + r.int(0, 25)) + r.digits(len - 5);
  else bban = r.digits(len - 4);
  const moved = bban + cc + '00';
  let rem = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return `${cc}${String(98 - rem).padStart(2, '0')}${bban}`;
}

function groupIban(r: Rng, c: string): string {
  const style = r.int(0, 9);
  if (style <= 5) return c.replace(/(.{4})/g, '$1 ').trim();
  if (style === 6) return c.toLowerCase();
  if (style === 7) return c.replace(/(.{4})/g, '$1 ').trim().toLowerCase();
  return c;
}

function iban(r: Rng, cc?: string): string {
  const country = cc && IBAN_LENGTHS[cc] ? cc : r.pick(IBAN_CCS);
  return groupIban(r, ibanCompact(r, country));
}

/** A mistyped IBAN (checksum fails; never labelled). */
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc && IBAN_LENGTHS[cc] ? cc : r.pick(IBAN_CCS));
  for (;;) {
    const i = r.int(6, c.length - 1);
    const ch = c.charAt(i);
    if (!/\d/.test(ch)) continue;
    const bad = c.slice(0, i) + String((Number(ch) + r.int(1, 9)) % 10) + c.slice(i + 1);
    if (!ibanMod97Valid(bad)) return groupIban(r, bad);
  }
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const k = r.int(0, 9);
  return k <= 6 ? `${a}-${g}-${s}` : k <= 8 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `•••-••-${r.digits(4)}`]);
}

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([r.int(23, 99), r.int(100, 223)])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const g: string[] = [r.pick(['2001', '2a02', '2600', '2a01', '2607', 'fe80', '2406', '2c0f'])];
  for (let i = 1; i < 8; i++) g.push(r.int(0, 65535).toString(16));
  if (r.chance(0.6)) {
    const head = r.int(2, 4);
    const tail = r.int(1, 6 - head);
    return `${g.slice(0, head).join(':')}::${g.slice(8 - tail).join(':')}`;
  }
  return r.chance(0.15) ? g.join(':').toUpperCase() : g.join(':');
}

function ip(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------------
// Addresses

function letters(r: Rng, n: number, set = 'ABDEFGHJLNPQRSTUWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
}

/** A postal address; `multi` puts it on several lines. */
function address(r: Rng, cc: Cc, multi = false): string {
  const n = r.int(1, 240);
  const L = (parts: string[]): string => (multi ? parts.join('\n') : parts.join(', '));
  switch (cc) {
    case 'US': {
      const [city, st, zip] = r.pick([['Boise', 'ID', '837'], ['Chicago', 'IL', '606'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Asheville', 'NC', '288'], ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Burlington', 'VT', '054'], ['Columbus', 'OH', '432'], ['Sacramento', 'CA', '958'], ['Savannah', 'GA', '314']]) as unknown as [string, string, string];
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Avenue', 'Larkspur Lane', 'N Halsted St', 'Cedar Ridge Dr', 'W 34th Street', 'Old Mill Road', 'Sycamore Ct', 'Martin Luther King Jr Blvd', 'E Washington Ave', 'Pinecrest Way', 'County Road 12', 'SE Hawthorne Blvd'])}`;
      const unit = r.chance(0.3) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, `Unit ${r.int(100, 450)}`, `#${r.int(2, 30)}`]) : '';
      const po = r.chance(0.1);
      const first = po ? `PO Box ${r.int(100, 99999)}` : unit && !multi ? `${street}, ${unit}` : street;
      const lines = multi && unit && !po ? [street, unit] : [first];
      lines.push(`${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`);
      if (multi && r.chance(0.4)) lines.push(r.pick(['USA', 'United States']));
      return L(lines);
    }
    case 'CA': {
      const [city, pv, fsa] = r.pick([['Kelowna', 'BC', 'V1Y'], ['Halifax', 'NS', 'B3H'], ['Ottawa', 'ON', 'K1S'], ['Saskatoon', 'SK', 'S7N'], ['Montréal', 'QC', 'H2T'], ['Guelph', 'ON', 'N1H']]) as unknown as [string, string, string];
      return L([`${r.int(2, 4999)} ${r.pick(['Maple Crescent', 'Rue Saint-Denis', 'Bank Street', 'Spring Garden Rd', 'Lakeshore Rd E'])}`, `${city}, ${pv} ${fsa} ${r.int(1, 9)}${letters(r, 1)}${r.int(0, 9)}`].concat(multi && r.chance(0.4) ? ['Canada'] : []));
    }
    case 'GB': {
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Norwich', 'NR2'], ['York', 'YO31'], ['Cardiff', 'CF24'], ['Bath', 'BA2'], ['Manchester', 'M20'], ['Exeter', 'EX4'], ['London', 'SE15'], ['Edinburgh', 'EH9']]) as unknown as [string, string, string];
      const pc = `${out} ${r.int(0, 9)}${letters(r, 2)}`;
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : '';
      const street = `${flat}${n} ${r.pick(['Brackenbury Road', 'Mill Lane', 'Station Road', 'Church Street', 'Victoria Terrace', 'Gladstone Street', 'Orchard Close', 'Nelson Mews', 'The Crescent'])}`;
      const house = r.chance(0.15) ? [r.pick(['Rose Cottage', 'The Old Forge', 'Ivy House'])] : [];
      const lines = [...house, street];
      if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Bishopston', 'Heavitree', 'Didsbury', 'Peckham', 'Marchmont']));
      lines.push(multi && r.chance(0.5) ? town.toUpperCase() : town, pc);
      if (multi && r.chance(0.3)) lines.push('United Kingdom');
      return multi ? lines.join('\n') : r.chance(0.5) ? `${lines.slice(0, -1).join(', ')} ${pc}` : lines.join(', ');
    }
    case 'IE': {
      const [area, county, key] = r.pick([['Ballincollig', 'Co. Cork', 'P31'], ['Rathmines', 'Dublin 6', 'D06'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Co. Limerick', 'V94'], ['Ennis', 'Co. Clare', 'V95']]) as unknown as [string, string, string];
      return L([`${n} ${r.pick(['Ashgrove Park', 'Main Street', 'Seafield Road', 'Brookvale Lawn'])}`, area, county, `${key} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.int(1, 9)}`]);
    }
    case 'DE': {
      const [city, pre] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '22'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Münster', '48'], ['Dresden', '01']]) as unknown as [string, string, string];
      const street = `${r.pick(['Lindenstraße', 'Hauptstraße', 'Goethestraße', 'Am Mühlbach', 'Schillerplatz', 'Bahnhofstr.', 'Eichendorffweg', 'Kastanienallee'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`;
      const lines = [street, `${pre}${r.digits(3)} ${city}`];
      if (multi && r.chance(0.35)) lines.push('Deutschland');
      return L(lines);
    }
    case 'CH':
      return L([`${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Rue du Rhône', 'Kramgasse'])} ${r.int(1, 90)}`, `${r.pick(['8001 Zürich', '3011 Bern', '1204 Genève', '4051 Basel', '6003 Luzern'])}`]);
    case 'FR': {
      const [city, pc] = r.pick([['Lyon', '6900'], ['Nantes', '4400'], ['Toulouse', '3100'], ['Bordeaux', '3300'], ['Lille', '5900'], ['Paris', '7501']]) as unknown as [string, string, string];
      const street = `${r.int(1, 120)}${r.pick(['', '', ' bis'])}${r.pick([', ', ' '])}${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'impasse des Lilas', 'place du Marché', 'chemin de la Source'])}`;
      return L([street, `${pc}${r.int(1, 9)} ${multi && r.chance(0.6) ? city.toUpperCase() : city}`].concat(multi && r.chance(0.3) ? ['France'] : []));
    }
    case 'ES': {
      const [city, pre] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['Valencia', '460'], ['Bilbao', '480']]) as unknown as [string, string, string];
      return L([`${r.pick(['Calle de Toledo', 'Avinguda Diagonal', 'Calle Sierpes', 'Paseo de la Alameda', 'Calle Mayor'])} ${r.int(1, 200)}${r.chance(0.5) ? `, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}` : ''}`, `${pre}${r.digits(2)} ${city}`]);
    }
    case 'IT': {
      const [city, pre, prov] = r.pick([['Bologna', '401', 'BO'], ['Torino', '101', 'TO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI'], ['Milano', '201', 'MI']]) as unknown as [string, string, string];
      return L([`${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Mazzini', 'Via dei Mille', 'Viale Garibaldi'])} ${r.int(1, 180)}`, `${pre}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${prov})` : prov}`]);
    }
    case 'NL': {
      const [city, pre] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Groningen', '97'], ['Haarlem', '20']]) as unknown as [string, string, string];
      return L([`${r.pick(['Prinsengracht', 'Oudegracht', 'Willemsplein', 'Van Goghstraat', 'Kerkstraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' hs', 'A'])}`, `${pre}${r.digits(2)} ${letters(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${multi ? city.toUpperCase() : city}`]);
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Wollongong', 'NSW', '2500'], ['Fitzroy', 'VIC', '3065'], ['Fremantle', 'WA', '6160'], ['Toowong', 'QLD', '4066'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Newtown', 'NSW', '2042']]) as unknown as [string, string, string];
      const unit = r.chance(0.3) ? r.pick([`Unit ${r.int(1, 30)}, `, `${r.int(1, 30)}/`]) : '';
      return L([`${unit}${n} ${r.pick(['Harbour Street', 'Brunswick St', 'Bay Road', 'Jacaranda Avenue', 'Wattle Grove'])}`, `${multi ? sub.toUpperCase() : sub} ${st} ${pc}`]);
    }
    case 'NZ':
      return L([`${n} ${r.pick(['Kowhai Road', 'Ponsonby Road', 'Cuba Street', 'Riccarton Road'])}`, r.pick(['Mt Eden', 'Te Aro', 'Riccarton', 'Grey Lynn']), `${r.pick(['Auckland 1024', 'Wellington 6011', 'Christchurch 8041', 'Auckland 1021'])}`]);
    case 'JP':
      if (r.chance(0.5)) return `〒${r.pick(['150', '180', '604', '060'])}-${r.digits(4)} ${r.pick(['東京都渋谷区神南', '東京都武蔵野市吉祥寺本町', '京都府京都市中京区二条通', '北海道札幌市中央区北一条西'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`;
      return L([`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Kichijoji Honcho', 'Jingumae', 'Nishiazabu', 'Sakae'])}`, `${r.pick(['Musashino-shi, Tokyo 180-0004', 'Shibuya-ku, Tokyo 150-0001', 'Minato-ku, Tokyo 106-0031', 'Naka-ku, Nagoya 460-0008'])}`]);
    case 'KR':
      return `${r.pick(['서울특별시 마포구 월드컵로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로'])} ${r.int(1, 400)}, ${r.int(101, 1504)}호 (${r.digits(5)})`;
    case 'IN':
      return L([`${r.pick(['Flat 4B', `No. ${r.int(1, 90)}`, `C-${r.int(101, 904)}`])}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Park Apartments'])}`, `${r.pick(['12th Main Road, Indiranagar', 'Baner Road', 'Anna Salai, Teynampet', 'Salt Lake Sector V'])}`, `${r.pick(['Bengaluru 5600', 'Pune 4110', 'Chennai 6000', 'Kolkata 7000'])}${r.digits(2)}`]);
    case 'BR':
      return L([`${r.pick(['Rua das Laranjeiras', 'Av. Paulista', 'Rua XV de Novembro', 'Rua Oscar Freire'])}, ${r.int(10, 2500)}${r.chance(0.5) ? ` - apto ${r.int(11, 1202)}` : ''}`, `${r.pick(['Rio de Janeiro - RJ', 'São Paulo - SP', 'Curitiba - PR', 'Belo Horizonte - MG'])}, ${r.digits(5)}-${r.digits(3)}`]);
    case 'MX':
      return L([`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Hidalgo'])} ${r.int(10, 2500)}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}`, `Col. ${r.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Americana'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`]);
    case 'ZA':
      return L([`${n} ${r.pick(['Jacaranda Street', 'Long Street', 'Main Road', 'Protea Crescent'])}`, r.pick(['Menlo Park', 'Observatory', 'Rosebank', 'Durbanville']), `${r.pick(['Pretoria', 'Cape Town', 'Johannesburg'])}`, r.digits(4)]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const p2 = (n: number): string => String(n).padStart(2, '0');

/** A date written the way `cc` writes it. */
function fmtDate(r: Rng, cc: Cc, y: number, m: number, d: number): string {
  const mon = (lang: string): string => (MONTHS[lang] as string[])[m - 1] as string;
  switch (cc) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en')} ${d}, ${y}`, `${mon('en').slice(0, 3)} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]);
    case 'CA':
      return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${mon('en')} ${d}, ${y}`, `${p2(d)}/${p2(m)}/${y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NZ':
    case 'ZA':
    case 'IN':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('en')} ${y}`, `${d} ${mon('en').slice(0, 3)} ${y}`, `${d}/${m}/${y}`, `${p2(d)}-${p2(m)}-${y}`]);
    case 'DE':
    case 'CH':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mon('de')} ${y}`, `${d}.${m}.${y}`]);
    case 'FR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('es')} de ${y}`, `${d}-${p2(m)}-${y}`]);
    case 'IT':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('it')} ${y}`]);
    case 'BR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('pt')} de ${y}`]);
    case 'NL':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon('nl')} ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR':
      return r.pick([`${y}. ${m}. ${d}.`, `${y}년 ${m}월 ${d}일`, `${y}-${p2(m)}-${p2(d)}`]);
  }
}

function dob(r: Rng, cc: Cc): string {
  return fmtDate(r, cc, r.int(1938, 2005), r.int(1, 12), r.int(1, 28));
}
/** A pet's birth date (never DOB). */
function petDob(r: Rng, cc: Cc): string {
  return fmtDate(r, cc, r.int(2009, 2024), r.int(1, 12), r.int(1, 28));
}
/** Any other date (appointments, invoices): never DOB. */
function when(r: Rng, cc: Cc): string {
  return fmtDate(r, cc, r.int(2024, 2026), r.int(1, 12), r.int(1, 28));
}
function clock(r: Rng, cc: Cc): string {
  const h = r.int(8, 18);
  const m = r.pick(['00', '15', '30', '45', '10', '40']);
  return cc === 'US' || cc === 'CA' || cc === 'AU' || cc === 'IN' ? `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'pm' : 'am'}` : `${p2(h)}:${m}`;
}
function stamp(r: Rng): string {
  return `2025-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled)

const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const chip = (r: Rng): string => `${r.pick(['985', '981', '900', '956', '977', '941', '250', '276', '826'])}${r.digits(12)}`;
const claimNo = (r: Rng): string => r.pick([`CLM-${r.int(2023, 2025)}-${r.digits(7)}`, `C${r.digits(9)}`, `${letters(r, 2)}${r.digits(8)}`]);
const policyNo = (r: Rng): string => r.pick([`PW-${r.digits(5)}-${r.pick(['UK', 'US', 'AU', 'EU'])}`, `POL${r.digits(10)}`, `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`]);
const invNo = (r: Rng): string => r.pick([`INV-${r.digits(6)}`, `#${r.digits(5)}`, `RCPT ${r.digits(8)}`, `Rechnung Nr. ${r.digits(7)}`]);
const version = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 9999)}`, `build ${r.int(2, 6)}.${r.int(0, 30)}.${r.int(0, 9)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${hex(r, 6).toUpperCase()}${r.digits(10)}`, `${letters(r, 2)}${r.digits(9)}GB`, `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]);
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['021000021', '011401533', '091000019', '121000358', '026009593']);
const money = (r: Rng, cc: Cc): string => {
  const v = `${r.int(12, 2400)}.${p2(r.int(0, 99))}`;
  const cur: Partial<Record<Cc, string>> = { US: '$', CA: 'CA$', GB: '£', IE: '€', DE: '€', FR: '€', ES: '€', IT: '€', NL: '€', AU: 'A$', NZ: 'NZ$', JP: '¥', IN: '₹', BR: 'R$', MX: 'MX$', ZA: 'R', CH: 'CHF ', KR: '₩' };
  const c = cur[cc] ?? '$';
  return ['DE', 'FR', 'ES', 'IT', 'NL'].includes(cc) ? `${v.replace('.', ',')} €` : `${c}${v}`;
};
const otherId = (r: Rng): string => r.pick([`NI number QQ ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} C`, `SIN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `Steuer-ID ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `TFN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `ITIN 9${r.digits(2)}-7${r.digits(1)}-${r.digits(4)}`]);

interface Pet {
  readonly name: string;
  readonly species: string;
  readonly breed: string;
  readonly sex: string;
}
function pet(r: Rng): Pet {
  const [species, breeds] = r.pick(SPECIES.slice(0, 2).concat(SPECIES.slice(0, 2), SPECIES.slice(2)));
  return { name: r.pick(PETS), species, breed: r.pick(breeds), sex: r.pick(['MN', 'FS', 'M', 'F', 'male neutered', 'female spayed']) };
}

interface Owner {
  readonly p: Person;
  readonly cc: Cc;
  readonly email: string;
  readonly phone: string;
}
const EN_CCS: readonly Cc[] = ['US', 'US', 'US', 'GB', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA', 'IN'];
const ALL_CCS: readonly Cc[] = [...EN_CCS, 'DE', 'FR', 'ES', 'IT', 'NL', 'JP', 'BR', 'MX', 'CH', 'KR'];
function owner(r: Rng, cc: Cc = r.pick(EN_CCS)): Owner {
  const p = person(r, cc);
  return { p, cc, email: email(r, p, cc), phone: phone(r, cc) };
}

type Tpl = (r: Rng, d: Doc) => void;

/** "Name: " as a chat speaker (the name labelled). */
function sp(d: Doc, name: string): Doc {
  return d.t('\n').l('PERSON', name).t(': ');
}
function petWord(a: Pet): string {
  return a.species === 'feline' ? 'cat' : a.species === 'canine' ? 'dog' : a.species === 'lapine' ? 'rabbit' : a.species === 'avian' ? 'bird' : 'lizard';
}
/** Owner block used in records and forms. */
function ownerBlock(d: Doc, r: Rng, o: Owner, opts: { dob?: boolean; ssn?: boolean; multi?: boolean; caps?: boolean } = {}): void {
  d.t(r.pick(['Owner: ', 'Client: ', 'Policyholder: ', 'Name: ']));
  if (opts.caps) name(d, r, o.p, r.pick<Style>(['revcaps', 'caps']));
  else if (r.chance(0.3)) name(d, r, o.p, 'rev');
  else d.self(o.p);
  if (opts.dob) d.t(r.pick(['\nDOB: ', '\nDate of birth: ', '\nD.O.B. ', '\nBirth date: '])).l('DOB', dob(r, o.cc));
  if (opts.ssn) d.t(r.pick(['\nSSN: ', '\nSocial Security #: ', '\nSSN (for credit check): '])).l('NATIONAL_ID', ssn(r));
  d.t(opts.multi ? '\nAddress:\n' : r.pick(['\nAddress: ', '\nHome address: ', '\nMailing address: '])).l('ADDRESS', address(r, o.cc, opts.multi));
  d.t(r.pick(['\nPhone: ', '\nMobile: ', '\nTel: ', '\nCell: '])).l('PHONE', o.phone);
  if (r.chance(0.3)) d.t(r.pick([' (work: ', ' / alt '])).l('PHONE', phone(r, o.cc)).t(r.chance(0.5) ? ` ext. ${r.int(10, 999)})` : ')');
  d.t(r.pick(['\nEmail: ', '\nE-mail: ', '\nemail: '])).l('EMAIL', o.email);
}

const TEMPLATES: Tpl[] = [];
const T = (f: Tpl): void => {
  TEMPLATES.push(f);
};

// 1 front-desk web chat: new client registration
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const st = person(r, o.cc);
  d.t(`[web chat] ${r.pick(CLINICS)}`);
  sp(d, st.given).t('Hi there, how can I help today?\nVisitor: hi, we just moved here and want to register our ' + `${petWord(a)} ${a.name}. I'm `);
  if (r.chance(0.6)) d.self(o.p);
  else name(d, r, o.p, r.pick<Style>(['lower', 'full', 'given']));
  sp(d, st.given).t('Welcome! Could I take a phone number and an email?\nVisitor: ').l('PHONE', o.phone).t(r.pick([' and ', ', email is ', ' / '])).l('EMAIL', o.email);
  sp(d, st.given).t('And your home address?\nVisitor: ').l('ADDRESS', address(r, o.cc));
  sp(d, st.given).t(`Thanks. ${a.name}'s date of birth?\nVisitor: ${petDob(r, o.cc)}, ${a.breed}, ${a.sex}. Chip ${chip(r)}`);
  sp(d, st.given).t(`All set, client no. ${r.digits(6)}. First vaccination slot is ${when(r, o.cc)} at ${clock(r, o.cc)}.`);
});

// 2 call note: sick pet
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  const st = person(r, o.cc);
  d.t(`CALL NOTE ${stamp(r)} — taken by `).l('PERSON', st.full).t(`\nCaller: `);
  name(d, r, o.p, r.pick<Style>(['hon', 'full', 'rev']));
  d.t(` re ${a.name} (${a.breed}, ${r.int(1, 15)}y). ${r.pick(['Vomiting x3 since last night', 'Limping on left hind', 'Not eating, lethargic', 'Scratching ears, head shaking', 'Ate part of a sock'])}. Advised to bring in today; booked with `);
  vet(d, r, v).t(` ${clock(r, o.cc)}.\nCallback: `).l('PHONE', o.phone);
  if (r.chance(0.4)) d.t(' (landline, prefers text to ').l('PHONE', phone(r, o.cc)).t(')');
  d.t(`\nPrev. hx: ${r.pick(CONDITIONS)}. Insured with ${r.pick(INSURERS)}, policy ${policyNo(r)}.`);
});

// 3 appointment reminder SMS
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(r.pick(['Hi ', 'Dear ', 'Hello ']));
  name(d, r, o.p, r.pick<Style>(['given', 'given', 'hon']));
  d.t(`, this is a reminder that ${a.name} is due for ${r.pick(['annual boosters', 'a nail trim', 'a dental check', 'kennel cough vaccine', 'a post-op recheck'])} at ${r.pick(CLINICS)} on ${when(r, o.cc)} at ${clock(r, o.cc)}. To change, call `).l('PHONE', phone(r, o.cc)).t(r.pick(['. Reply STOP to opt out.', '. See you soon!', ' or reply C to cancel.']));
});

// 4 booking confirmation e-mail
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  const clinic = r.pick(CLINICS);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', o.email).t(`\nSubject: Booking confirmed — ${a.name}\n\nDear `);
  name(d, r, o.p, r.pick<Style>(['hon', 'full', 'given']));
  d.t(`,\n\nYour appointment for ${a.name} with `);
  vet(d, r, v).t(` is confirmed for ${when(r, o.cc)}, ${clock(r, o.cc)}.\nLocation: ${clinic}, `).l('ADDRESS', address(r, o.cc));
  d.t(`\nPlease arrive 10 minutes early and bring any previous records. Parking is behind the ${r.pick(['Co-op', 'library', 'Walgreens', 'fire station'])}.\nBooking ref: ${r.digits(8)}\n\n${clinic} team\nTel `).l('PHONE', phone(r, o.cc));
});

// 5 animal patient record
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  d.t(`PATIENT RECORD  #${r.digits(6)}\nPatient: ${a.name}  Species: ${a.species}  Breed: ${a.breed}  Sex: ${a.sex}\nDOB (patient): ${petDob(r, o.cc)}  Weight: ${r.int(2, 45)}.${r.int(0, 9)} kg  Microchip: ${chip(r)}\n\n`);
  ownerBlock(d, r, o, { multi: r.chance(0.4), dob: r.chance(0.25) });
  d.t('\nAttending: ');
  vet(d, r, v).t(`\nProblem list: ${r.pick(CONDITIONS)}; ${r.pick(CONDITIONS)}\nAlerts: ${r.pick(['bites when muzzled', 'needle shy', 'sedate for nails', 'none'])}`);
});

// 6 pet-insurance claim form (EU/UK with IBAN)
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT'] as Cc[]));
  const a = pet(r);
  const v = person(r, o.cc);
  d.t(`${r.pick(INSURERS).toUpperCase()} — CLAIM FORM\nPolicy no: ${policyNo(r)}   Claim no: ${claimNo(r)}\n\nSECTION A — POLICYHOLDER\n`);
  ownerBlock(d, r, o, { dob: true, caps: r.chance(0.3), multi: r.chance(0.3) });
  d.t(`\n\nSECTION B — PET\nName: ${a.name}  Breed: ${a.breed}  Born: ${petDob(r, o.cc)}\nCondition: ${r.pick(CONDITIONS)}  First signs: ${when(r, o.cc)}\n\nSECTION C — TREATING VET\n`);
  vet(d, r, v).t(`, ${r.pick(CLINICS)}\nTotal invoiced: ${money(r, o.cc)}\n\nSECTION D — PAYMENT\nPay to: ${r.pick(['policyholder', 'vet practice'])}\nIBAN: `).l('IBAN', iban(r, o.cc === 'IE' ? 'IE' : o.cc === 'GB' ? 'GB' : o.cc));
  if (r.chance(0.4)) d.t(`\nBIC: ${letters(r, 4)}${o.cc}${letters(r, 2)}`);
  if (o.cc === 'GB' && r.chance(0.5)) d.t(`\nSort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}  Acc ${r.digits(8)}`);
});

// 7 reimbursement notification
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'DE', 'NL', 'FR', 'IE', 'US', 'AU'] as Cc[]));
  const a = pet(r);
  d.t(`${r.pick(INSURERS)} <`).l('EMAIL', roleEmail(r)).t('>\n\nHi ');
  name(d, r, o.p, r.pick<Style>(['given', 'full']));
  d.t(`,\n\nGood news — claim ${claimNo(r)} for ${a.name} has been approved. We've paid ${money(r, o.cc)} (after your ${money(r, o.cc)} excess) `);
  if (o.cc === 'US' || o.cc === 'AU') d.t(`by direct deposit to the account ending ${r.digits(4)} (routing ${routing(r)}).`);
  else if (r.chance(0.6)) d.t('to IBAN ').l('IBAN', iban(r, o.cc)).t('.');
  else d.t(`to the account ending ••${r.digits(4)}.`);
  d.t(`\nExpect it within 3–5 working days. Questions? Reply to this email or call `).l('PHONE', phone(r, o.cc)).t('.');
});

// 8 payment plan application (US) with SSN and DOB
T((r, d) => {
  const o = owner(r, 'US');
  const a = pet(r);
  d.t(`PAYMENT PLAN APPLICATION — ${r.pick(CLINICS)}\nEstimate for ${a.name}: ${money(r, 'US')} (${r.pick(CONDITIONS)} surgery)\n\nApplicant\n`);
  ownerBlock(d, r, o, { dob: true, ssn: true, multi: r.chance(0.3) });
  d.t(`\nEmployer: ${r.pick(['Kroger', 'Boise State University', 'self-employed', 'Ford Motor Co.', 'Wells Fargo'])}  Annual income: $${r.int(28, 160)},000\nTerm: ${r.pick([6, 12, 18, 24])} months at ${r.pick(['0', '9.99', '14.9'])}% APR. First payment debited from card `).l('CARD', card(r)).t(`\nClinic EIN ${ein(r)} (not your SSN).`);
});

// 9 pharmacy refill chat
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  const ph = person(r, o.cc);
  d.t('Pharmacy refill request\n');
  d.t('Client: ');
  name(d, r, o.p, r.pick<Style>(['full', 'lower', 'rev']));
  d.t(`\nPet: ${a.name} (${a.species})\nMedication: ${r.pick(MEDS)} x ${r.pick([30, 60, 90])}\nPrescribing vet: `);
  vet(d, r, v).t('\nNotes: "');
  d.t(r.pick(['running low, can I collect Saturday?', 'please post it, same address as before', 'can it go on my account?', 'she hides the pills in cheese lol']));
  d.t('"\nStatus: authorised by ');
  d.l('PERSON', `${ph.given.charAt(0)}. ${ph.family}`).t(` (pharmacy tech). Ready ${when(r, o.cc)}. SMS sent to `).l('PHONE', o.phone).t('.');
});

// 10 online pharmacy order paid by card
T((r, d) => {
  const o = owner(r, r.pick(['US', 'GB', 'CA', 'AU'] as Cc[]));
  d.t(`Order ${r.digits(9)} — Vet Pharmacy Online\nShip to: `).l('PERSON', o.p.full).t('\n').l('ADDRESS', address(r, o.cc, true));
  d.t(`\nItems: ${r.pick(MEDS)}; ${r.pick(MEDS)}\nPaid with card `).l('CARD', card(r)).t(`  exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\nReceipt sent to `).l('EMAIL', o.email).t(`\nTracking: ${tracking(r)}`);
});

// 11 referral letter vet-to-vet
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'US', 'AU', 'IE', 'NZ'] as Cc[]));
  const a = pet(r);
  const v1 = person(r, o.cc);
  const v2 = person(r, o.cc);
  d.t('Dear ');
  d.t('Dr ').l('PERSON', v2.family);
  d.t(`,\n\nRe: ${a.name}, ${r.int(1, 14)}y ${a.sex} ${a.breed}\nOwner: `);
  name(d, r, o.p, r.pick<Style>(['hon', 'full']));
  d.t(', ').l('ADDRESS', address(r, o.cc)).t(', tel. ').l('PHONE', o.phone);
  d.t(`\n\nThank you for seeing ${a.name}, who presented with ${r.pick(CONDITIONS)}. Bloods (attached) show ${r.pick(['ALT 412 U/L', 'creatinine 278 µmol/L', 'T4 96 nmol/L', 'neutrophilia'])}. I would be grateful for your opinion regarding further imaging. The owners are aware of the estimated costs and are insured (${r.pick(INSURERS)}).\n\nKind regards,\n\n`);
  d.l('PERSON', v1.full).t(` ${r.pick(['BVSc MRCVS', 'DVM', 'BVM&S MRCVS', 'DVM, DACVIM'])}\n${r.pick(CLINICS)}\n`).l('EMAIL', `${ascii(v1.given).charAt(0)}${ascii(v1.family)}@${r.pick(CLINIC_DOMAINS)}`);
});

// 12 lab results letter
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  const path = person(r);
  d.t(`${r.pick(['IDEXX-style', 'Reference'])} Laboratory Report — Accession ${letters(r, 2)}${r.digits(7)}\nSubmitting vet: `);
  vet(d, r, v).t(`\nPatient: ${a.name}   Owner: `);
  name(d, r, o.p, r.pick<Style>(['family', 'caps', 'rev', 'init']));
  d.t(`\nSample received: ${when(r, o.cc)}\nResults: ${r.pick(['ACTH stim post 612 nmol/L — consistent with hyperadrenocorticism (Cushing\'s)', 'Lyme C6 positive', 'Urine SG 1.012, struvite crystals', 'Cytology: mast cell tumour, grade II (Patnaik)'])}\nReported by: `).l('PERSON', path.full).t(`, ${r.pick(['DACVP', 'FRCPath', 'Dipl. ECVCP'])}\nQueries: `).l('EMAIL', roleEmail(r)).t(' / ').l('PHONE', phone(r, o.cc));
});

// 13 microchip registry: change of keeper
T((r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE', 'NZ'] as Cc[]);
  const prev = owner(r, cc);
  const next = owner(r, cc);
  const a = pet(r);
  d.t(`MICROCHIP REGISTRY — TRANSFER OF KEEPERSHIP\nChip number: ${chip(r)}\nAnimal: ${a.name}, ${a.breed}, born ${petDob(r, cc)}\n\nPrevious keeper: `);
  name(d, r, prev.p, r.pick<Style>(['full', 'caps']));
  d.t('\n').l('ADDRESS', address(r, cc, true)).t('\n').l('PHONE', prev.phone);
  d.t('\n\nNew keeper: ').self(next.p).t('\nAddress: ').l('ADDRESS', address(r, cc)).t('\nPhone: ').l('PHONE', next.phone).t('  Email: ').l('EMAIL', next.email);
  if (r.chance(0.5)) d.t('\nDate of birth (keeper): ').l('DOB', dob(r, cc));
  d.t(`\nTransfer fee ${money(r, cc)} paid online. Submitted from IP `).l('IP', ip(r));
});

// 14 found pet call
T((r, d) => {
  const o = owner(r);
  const finder = person(r, o.cc);
  const st = person(r, o.cc);
  const a = pet(r);
  d.t('Found animal log — ');
  d.l('PERSON', st.given);
  d.t(` scanned a stray ${petWord(a)} brought in by `);
  name(d, r, finder, r.pick<Style>(['full', 'hon']));
  d.t(' (').l('PHONE', phone(r, o.cc)).t(`). Chip ${chip(r)} registered to `);
  name(d, r, o.p, r.pick<Style>(['full', 'hon']));
  d.t(`, pet name ${a.name}. Left voicemail on `).l('PHONE', o.phone).t(' and emailed ').l('EMAIL', o.email).t(`. Holding in kennel ${r.int(1, 12)}.`);
});

// 15 boarding / kennel form
T((r, d) => {
  const o = owner(r);
  const em = person(r, o.cc);
  const v = person(r, o.cc);
  const a = pet(r);
  d.t(`${r.pick(['Happy Tails Boarding', 'The Bark Hotel', 'Whisker Retreat Cattery', 'Greenacres Kennels'])} — Booking form\nGuest: ${a.name} (${a.breed}), birthday ${petDob(r, o.cc)}\nCheck-in ${when(r, o.cc)}  Check-out ${when(r, o.cc)}\n\n`);
  ownerBlock(d, r, o, { multi: r.chance(0.3) });
  d.t('\nEmergency contact: ');
  name(d, r, em, r.pick<Style>(['full', 'given']));
  d.t(` (${r.pick(['sister', 'neighbour', 'partner', 'dad'])}) `).l('PHONE', phone(r, o.cc));
  d.t('\nUsual vet: ');
  vet(d, r, v).t(`, ${r.pick(CLINICS)}, `).l('PHONE', phone(r, o.cc));
  d.t(`\nDeposit: card on file ****${r.digits(4)}. Feeding: ${r.pick(['2 cups kibble am/pm', 'raw, supplied', 'Hill’s i/d only'])}.`);
});

// 16 invoice with card payment
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(`${r.pick(CLINICS)}\n${invNo(r)}   Date: ${when(r, o.cc)}\nBill to: `);
  name(d, r, o.p, r.pick<Style>(['full', 'rev', 'caps']));
  d.t('\n').l('ADDRESS', address(r, o.cc, true));
  d.t(`\n\nPatient: ${a.name}\n  Consultation ............ ${money(r, o.cc)}\n  ${r.pick(MEDS)} ......... ${money(r, o.cc)}\n  Lab panel ............... ${money(r, o.cc)}\nTotal ${money(r, o.cc)}\nPaid: ${r.pick(['Visa', 'Mastercard', 'card'])} `);
  if (r.chance(0.7)) d.l('CARD', card(r));
  else d.t(`**** **** **** ${r.digits(4)}`);
  d.t(`  Auth ${r.digits(6)}\nVAT reg ${r.digits(3)} ${r.digits(4)} ${r.digits(2)}`);
  if (o.cc !== 'US' && o.cc !== 'CA' && r.chance(0.6)) d.t('\nBank transfer: IBAN ').l('IBAN', iban(r, o.cc));
});

// 17 SEPA direct-debit mandate (German)
T((r, d) => {
  const o = owner(r, 'DE');
  const a = pet(r);
  d.t(`SEPA-Lastschriftmandat\nZahlungsempfänger: Tierarztpraxis am Stadtpark, Gläubiger-ID DE${r.digits(2)}ZZZ${r.digits(11)}\nMandatsreferenz: TP-${r.digits(6)} (Ratenzahlung Behandlung „${a.name}“)\n\nKontoinhaber/in: `);
  name(d, r, o.p, r.pick<Style>(['full', 'rev']));
  d.t('\nAnschrift: ').l('ADDRESS', address(r, 'DE'));
  if (r.chance(0.5)) d.t('\nGeburtsdatum: ').l('DOB', dob(r, 'DE'));
  d.t('\nIBAN: ').l('IBAN', iban(r, 'DE')).t(`\nBIC: ${letters(r, 4)}DE${letters(r, 2)}XXX\nTelefon: `).l('PHONE', o.phone).t(`\n\n${r.pick(['Berlin', 'Köln', 'Leipzig'])}, ${when(r, 'DE')}   Unterschrift: ____________`);
});

// 18 French appointment reminder
T((r, d) => {
  const o = owner(r, 'FR');
  const a = pet(r);
  const v = person(r, 'FR');
  d.t('Bonjour ');
  name(d, r, o.p, 'hon', 'fr');
  d.t(`,\nNous vous rappelons le rendez-vous de ${a.name} le ${when(r, 'FR')} à ${clock(r, 'FR').replace(':', 'h')} avec le `);
  vet(d, r, v, 'fr').t(` (vaccin CHPPiL + rage).\nClinique Vétérinaire des Lilas, `).l('ADDRESS', address(r, 'FR'));
  d.t('\nPour annuler : ').l('PHONE', phone(r, 'FR')).t(' ou ').l('EMAIL', `accueil@${r.pick(['veto-leslilas.fr', 'clinique-lilas.fr'])}`).t('.');
});

// 19 Spanish WhatsApp
T((r, d) => {
  const o = owner(r, r.pick(['ES', 'MX'] as Cc[]));
  const a = pet(r);
  const v = person(r, o.cc);
  d.t('Hola, soy ');
  if (r.chance(0.5)) d.self(o.p);
  else name(d, r, o.p, 'given');
  d.t(`, la dueña de ${a.name}. ¿Me podéis dar cita con la `);
  vet(d, r, v, 'es').t(` para el ${when(r, o.cc)}? Mi móvil es el `).l('PHONE', o.phone).t(' y mi correo ').l('EMAIL', o.email).t(`. ${a.name} nació el ${petDob(r, o.cc)}, le toca la vacuna de la rabia. ¡Gracias!`);
});

// 20 Japanese reminder with 様
T((r, d) => {
  const fam = r.pick(JP_FAM);
  const giv = r.pick(JP_GIV);
  const a = pet(r);
  d.l('PERSON', r.chance(0.5) ? `${fam}${giv}` : `${fam} ${giv}`).t(` 様\n\n${a.name}ちゃんの混合ワクチン接種のご予約を承りました。\n日時：${when(r, 'JP')} ${clock(r, 'JP')}\n担当：`);
  d.l('PERSON', r.pick(JP_FAM)).t('獣医師\nご住所：').l('ADDRESS', address(r, 'JP')).t('\nご連絡先：').l('PHONE', phone(r, 'JP')).t(`\n診察券番号：${r.digits(6)}\nさくら動物病院`);
});

// 21 Korean SMS with 씨
T((r, d) => {
  const giv = r.pick(KR_GIV);
  const a = pet(r);
  d.t('[행복동물병원] ').l('PERSON', `${r.pick(KR_FAM)}${giv}`).t(` 님, ${a.name} 예방접종 예약이 ${when(r, 'KR')} ${clock(r, 'KR')}로 확정되었습니다. 담당 `);
  d.l('PERSON', `${r.pick(KR_FAM)}${r.pick(KR_GIV)}`).t(' 원장. 문의 ').l('PHONE', phone(r, 'KR')).t('\n').l('PERSON', giv).t(' 씨, 주차는 건물 뒤편을 이용해 주세요.');
});

// 22 client portal access log
T((r, d) => {
  const o = owner(r);
  d.t(`# petportal auth.log (${version(r)})\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    d.t(`${stamp(r)} ${r.pick(['INFO login ok', 'WARN bad password', 'INFO claim upload', 'INFO mfa sent'])} user=`).l('EMAIL', o.email).t(' src=');
    if (r.chance(0.2)) d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}`);
    else d.l('IP', ip(r)).t(r.chance(0.4) ? `:${r.int(1024, 65535)}` : '');
    d.t(` req=${hex(r, 12)}\n`);
  }
  d.t(`${stamp(r)} INFO sms to `).l('PHONE', o.phone).t(' delivered');
});

// 23 fraud review note
T((r, d) => {
  const o = owner(r, r.pick(['US', 'GB', 'CA', 'AU'] as Cc[]));
  const an = person(r);
  d.t(`Fraud review — claim ${claimNo(r)}\nAnalyst: `).l('PERSON', an.full).t('\nPolicyholder ');
  name(d, r, o.p, r.pick<Style>(['full', 'caps', 'rev']));
  d.t(' logged in from ').l('IP', ip(r)).t(' and ').l('IP', ip(r)).t(` within 4 minutes (${r.pick(['Lagos', 'Bucharest', 'Ohio', 'Singapore'])} geo). Card on claim `).l('CARD', card(r)).t(' does not match card on file ').t(`ending ${r.digits(4)}. Invoice PDF metadata shows ${r.pick(['Photoshop 24.1', 'Canva', 'Word 16.0.1'])}. Escalating; do not pay. Contact: `).l('EMAIL', o.email);
});

// 24 account update ticket
T((r, d) => {
  const o = owner(r);
  const agent = person(r);
  const newMail = email(r, o.p, o.cc);
  d.t(`Ticket #${r.digits(6)} — Update contact details\nCustomer: `);
  d.self(o.p);
  d.t('\nPlease change my email from ').l('EMAIL', o.email).t(' to ').l('EMAIL', newMail).t(' and my mobile to ').l('PHONE', phone(r, o.cc)).t(`. Old number ${maskedPhone(r)} no longer works.\n— Resolved by `);
  d.l('PERSON', agent.given).t(` (${r.pick(['Tier 1', 'Billing', 'Claims'])}).`);
});

// 25 call transcript with spoken values
T((r, d) => {
  const o = owner(r, r.pick(['US', 'GB', 'AU', 'IE'] as Cc[]));
  const ag = person(r, o.cc);
  const a = pet(r);
  d.t('[transcript — auto]\nAGENT: thanks for calling, my name is ').l('PERSON', ag.given).t(', who am I speaking with?\nCALLER: yeah hi it\'s ');
  name(d, r, o.p, r.pick<Style>(['lower', 'full']));
  d.t(`, calling about ${a.name}'s claim\nAGENT: can I get a callback number\nCALLER: it's `).l('PHONE', spokenPhone(r, o.cc));
  d.t('\nAGENT: and the email on the policy?\nCALLER: ').l('EMAIL', spokenEmail(r, o.p));
  d.t('\nAGENT: and your date of birth for security\nCALLER: ').l('DOB', dob(r, o.cc));
  d.t(`\nAGENT: perfect, I can see the claim for ${r.pick(CONDITIONS)} is with the assessor`);
});

// 26 voicemail transcription
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t('Voicemail (0:42): "Hi, this is ');
  name(d, r, o.p, r.pick<Style>(['full', 'given']));
  d.t(`, ${a.name}'s mum, um, she's had diarrhoea since yesterday. Can someone call me back on `);
  if (r.chance(0.5)) d.l('PHONE', spokenPhone(r, o.cc));
  else d.l('PHONE', o.phone);
  d.t('? Thanks, bye."');
});

// 27 aftercare / cremation arrangement
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const v = person(r, o.cc);
  d.t(`Aftercare instructions — ${a.name} (${a.breed})\nEuthanasia performed by `);
  vet(d, r, v).t(` on ${when(r, o.cc)}. Individual cremation, ${r.pick(['oak casket', 'scatter tube', 'paw print'])}.\nReturn ashes to: `).l('PERSON', o.p.full).t(', ').l('ADDRESS', address(r, o.cc));
  d.t('\nContact: ').l('PHONE', o.phone).t(`\nPet crematorium ref ${r.digits(5)}. Sympathy card signed by the team.`);
});

// 28 travel / pet passport certificate
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'IE', 'FR', 'DE', 'NL', 'ES'] as Cc[]));
  const a = pet(r);
  const v = person(r, o.cc);
  d.t(`ANIMAL HEALTH CERTIFICATE (AHC)\nI. Consignor/owner: `);
  name(d, r, o.p, r.pick<Style>(['caps', 'full', 'revcaps']));
  d.t('\nAddress: ').l('ADDRESS', address(r, o.cc, r.chance(0.3))).t('\nTel: ').l('PHONE', o.phone);
  d.t(`\nII. Animal: ${a.name}, ${a.breed}, DOB ${petDob(r, o.cc)}, transponder ${chip(r)}\nRabies vaccination ${when(r, o.cc)}, valid until ${when(r, o.cc)}\nOfficial veterinarian: `);
  vet(d, r, v, o.p.c.lang).t(`, OV no. ${r.digits(7)}`);
});

// 29 adoption application
T((r, d) => {
  const o = owner(r);
  const land = person(r, o.cc);
  const ref = person(r, o.cc);
  const a = pet(r);
  d.t(`${r.pick(['Second Chance Rescue', 'Hope Haven Animal Shelter', 'Friends of Ferals'])} — adoption application for ${a.name}\n`);
  ownerBlock(d, r, o, { dob: true });
  d.t('\nLandlord: ');
  name(d, r, land, r.pick<Style>(['full', 'hon']));
  d.t(' ').l('PHONE', phone(r, o.cc)).t('\nReference: ');
  name(d, r, ref, 'full');
  d.t(', ').l('EMAIL', email(r, ref, o.cc)).t(`\nYard fenced: ${r.pick(['yes', 'no', 'partly'])}. Other pets: ${r.pick(PETS)} (${r.pick(['cat', 'dog'])}).`);
});

// 30 emergency after-hours triage
T((r, d) => {
  const o = owner(r);
  const v = person(r, o.cc);
  const a = pet(r);
  d.t(`ER triage ${clock(r, o.cc)} — ${r.pick(CLINICS)}\n${a.name}, ${a.breed}: ${r.pick(['suspected GDV', 'chocolate ingestion (70% dark, ~100 g)', 'HBC, non-weight-bearing RF', 'seizure x2'])}. Triage cat. ${r.int(1, 3)}.\nOwner `);
  name(d, r, o.p, r.pick<Style>(['hon', 'full', 'given']));
  d.t(' waiting, mobile ').l('PHONE', o.phone).t('. Estimate signed ').t(`${money(r, o.cc)}–${money(r, o.cc)}. Deposit taken on `).l('CARD', card(r)).t('.\nOn call: ');
  vet(d, r, v);
});

// 31 US insurance enrollment
T((r, d) => {
  const o = owner(r, 'US');
  const a = pet(r);
  d.t(`Enrollment confirmation — ${r.pick(INSURERS)}\nPlan: Accident & Illness, 90% reimbursement, $${r.pick([250, 500])} deductible\nPet: ${a.name} (${a.breed}), DOB ${petDob(r, 'US')}\n\nPrimary insured: `).self(o.p).t(', born ').l('DOB', dob(r, 'US'));
  d.t('\nBilling address: ').l('ADDRESS', address(r, 'US')).t('\nPremium card: ').l('CARD', card(r)).t(`\nMonthly premium $${r.int(28, 96)}.${p2(r.int(0, 99))}. Questions: `).l('EMAIL', roleEmail(r)).t(' or ').l('PHONE', phone(r, 'US'));
});

// 32 claim denial letter
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const adj = person(r);
  d.t(`Re: Claim ${claimNo(r)} — ${a.name}\n\n`).l('PERSON', o.p.full).t('\n').l('ADDRESS', address(r, o.cc, true)).t('\n\nDear ');
  name(d, r, o.p, 'hon');
  d.t(`,\n\nWe have reviewed your claim for ${r.pick(CONDITIONS)}. Unfortunately the clinical history from ${when(r, o.cc)} shows signs before your policy started, so this is a pre-existing condition under section 4.2. You may appeal within 60 days.\n\nYours sincerely,\n`).l('PERSON', adj.full).t(`\nClaims Adjuster, ${r.pick(INSURERS)}`);
});

// 33 vet-to-insurer direct billing with clinic IBAN
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'NL', 'DE', 'FR', 'IE'] as Cc[]));
  const v = person(r, o.cc);
  const a = pet(r);
  d.t('To: ').l('EMAIL', roleEmail(r)).t(`\nSubject: Direct claim — ${a.name} / policy ${policyNo(r)}\n\nPlease find attached invoice ${invNo(r)} for ${a.name}, owned by `);
  name(d, r, o.p, r.pick<Style>(['full', 'hon', 'init']));
  d.t(`. Amount claimed ${money(r, o.cc)}. Kindly remit to our practice account `).l('IBAN', iban(r));
  d.t(`. (Please ignore the old account ${badIban(r)} printed on earlier forms.)\n\n`);
  vet(d, r, v).t(', Practice Manager');
});

// 34 card refund note
T((r, d) => {
  const o = owner(r);
  const ag = person(r);
  d.t('Refund processed by ').l('PERSON', ag.given).t(` — duplicate charge on ${when(r, o.cc)}.\nCustomer `);
  name(d, r, o.p, r.pick<Style>(['full', 'rev', 'caps']));
  d.t(`, refund ${money(r, o.cc)} to `).l('CARD', card(r)).t(`. Customer also read out ${badCard(r)} which failed validation — ignore. ARN ${r.digits(23)}`);
});

// 35 chargeback dispute
T((r, d) => {
  const o = owner(r, 'US');
  d.t(`Chargeback case ${r.digits(10)}\nCardholder: `).l('PERSON', o.p.full.toUpperCase()).t('\nCard: ').l('CARD', card(r)).t(`\nReason code 13.1 (merchandise not received). Transaction ${stamp(r)} from IP `).l('IP', ip(r)).t(`, device id ${hex(r, 16)}. Shipping address on order: `).l('ADDRESS', address(r, 'US')).t(`. Delivered per ${tracking(r)}.`);
});

// 36 clinic server incident
T((r, d) => {
  const eng = person(r);
  const v = person(r);
  d.t(`#it-ops  ${stamp(r)}\n`).l('PERSON', eng.given).t(': PMS server (VetLink ').t(version(r)).t(') unreachable from reception. Gateway ').l('IP', ipv4(r)).t(' responds, db host ').l('IP', ipv4(r)).t(' times out.\n').l('PERSON', v.given).t(': dr ').l('PERSON', v.family.toLowerCase()).t(' here — surgery list is on paper till it\'s back\n').l('PERSON', eng.given).t(': rebooted, failover to ').l('IP', ipv6(r)).t(` ok. Commit ${hex(r, 7)}.`);
});

// 37 CSV client export
T((r, d) => {
  d.t('client_id,name,email,phone,pet,pet_dob,postcode_area\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const o = owner(r);
    d.t(`${r.digits(5)},`);
    d.t('"').l('PERSON', r.chance(0.5) ? `${o.p.family}, ${o.p.given}` : o.p.full).t('",').l('EMAIL', o.email).t(',').l('PHONE', o.phone).t(`,${r.pick(PETS)},${petDob(r, 'CA')},${r.pick(['LS6', 'SE15', 'M20', 'NR2'])}\n`);
  }
});

// 38 JSON owner record
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t('{\n  "owner": {\n    "name": "').self(o.p).t('",\n    "dob": "').l('DOB', `${r.int(1950, 2003)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t('",\n    "email": "').l('EMAIL', o.email).t('",\n    "phone": "').l('PHONE', o.phone).t('",\n    "address": "').l('ADDRESS', address(r, o.cc)).t(`"\n  },\n  "pet": { "name": "${a.name}", "dob": "${r.int(2012, 2024)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}", "chip": "${chip(r)}" },\n  "last_login_ip": "`).l('IP', ip(r)).t(`",\n  "app": "${version(r)}"\n}`);
});

// 39 running-late SMS
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(`${r.pick(['so sorry', 'hiya', 'Hi'])}, it's `);
  name(d, r, o.p, r.pick<Style>(['given', 'lower', 'full']));
  d.t(` — stuck behind a tractor, ${a.name} and I will be 10 min late for our ${clock(r, o.cc)}. my number changed btw, it's now `).l('PHONE', phone(r, o.cc));
});

// 40 lost pet poster
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(`LOST ${petWord(a).toUpperCase()} — ${a.name.toUpperCase()}\n${a.breed}, answers to "${a.name}", microchipped. Last seen near ${r.pick(['Victoria Park', 'the Lidl car park', 'Washington Square', 'St Mary\'s church'])} on ${when(r, o.cc)}.\nPlease call `);
  name(d, r, o.p, r.pick<Style>(['given', 'full']));
  d.t(' on ').l('PHONE', o.phone).t(r.chance(0.5) ? ' any time' : '').t('. REWARD.');
});

// 41 daycare enrolment
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  const partner = person(r, o.cc);
  d.t(`Doggy daycare enrolment — ${a.name}\nPrimary: `).self(o.p).t(' · ').l('PHONE', o.phone).t(' · ').l('EMAIL', o.email).t('\nSecondary: ');
  name(d, r, partner, 'full');
  d.t(' · ').l('PHONE', phone(r, o.cc)).t(`\nPickup authorised: `);
  name(d, r, partner, 'given');
  d.t(` only. Package: ${r.pick(['10-day pass', 'Mon/Wed/Fri', 'half days'])}. Card for auto-renew `).l('CARD', card(r)).t('.');
});

// 42 complaint e-mail
T((r, d) => {
  const o = owner(r);
  const v = person(r, o.cc);
  const mgr = person(r, o.cc);
  const a = pet(r);
  d.t('To: ').l('EMAIL', roleEmail(r)).t('\nFrom: ').l('EMAIL', o.email).t('\n\nDear ');
  name(d, r, mgr, 'hon');
  d.t(`,\n\nI'm writing about ${a.name}'s dental on ${when(r, o.cc)}. I was quoted ${money(r, o.cc)} but charged ${money(r, o.cc)}, and nobody explained the extractions. `);
  vet(d, r, v);
  d.t(`'s notes say I consented by phone, which I did not. Please call me on `).l('PHONE', o.phone).t('.\n\nRegards,\n');
  if (r.chance(0.5)) d.self(o.p);
  else name(d, r, o.p, 'init');
});

// 43 review reply
T((r, d) => {
  const o = person(r);
  const v = person(r);
  d.t(`★★★★★ "${r.pick(['Cannot thank them enough', 'Best vets in town', 'Kind and patient'])}" — `).l('PERSON', `${o.given} ${o.family.charAt(0)}.`).t('\nResponse from the owner: Thank you ').l('PERSON', o.given).t(`! We'll pass this on to `);
  vet(d, r, v).t(` and the nursing team. Give ${r.pick(PETS)} a scratch from us. (Ranked #2 in the Golden Paw Awards, as voted by readers.)`);
});

// 44 equine yard visit
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'IE', 'US', 'AU', 'NZ'] as Cc[]));
  const v = person(r, o.cc);
  const horse = r.pick(['Duke', 'Bramble', 'Mr. Darcy', 'Sir Lancelot', 'Winston', 'Guinness', 'Rosie']);
  d.t(`Equine visit booked: `);
  vet(d, r, v).t(` to see ${horse} (${r.pick(['14.2hh cob', 'TB gelding', 'Welsh Section D mare'])}) for ${r.pick(['teeth rasp', 'lameness work-up', 'pre-purchase vetting', 'Strangles swab'])}.\nYard: `).l('ADDRESS', address(r, o.cc)).t(`\nDirections: second gate after the ${r.pick(['red barn', 'Shell garage', 'cattle grid'])}, code ${r.digits(4)}.\nOwner `);
  name(d, r, o.p, r.pick<Style>(['full', 'given']));
  d.t(', ').l('PHONE', o.phone);
});

// 45 home visit booking
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(`Home visit — ${when(r, o.cc)} ${clock(r, o.cc)}\nClient `);
  name(d, r, o.p, r.pick<Style>(['hon', 'full', 'rev']));
  d.t(`, elderly ${petWord(a)} ${a.name}.\nAddress: `).l('ADDRESS', address(r, o.cc, r.chance(0.4))).t(`\nAccess: ring buzzer for flat, lift is out; ${r.pick(['dog is friendly', 'cat hides under the bed', 'park on the left'])}. Mobile `).l('PHONE', o.phone);
});

// 46 online shop receipt
T((r, d) => {
  const o = owner(r, r.pick(['US', 'GB', 'AU', 'CA', 'IE'] as Cc[]));
  const gift = person(r, o.cc);
  d.t(`Thanks for your order, `).l('PERSON', o.p.given).t(`!\nOrder #${r.digits(7)} · ${when(r, o.cc)}\n\nBilling address\n`).l('PERSON', o.p.full).t('\n').l('ADDRESS', address(r, o.cc, true)).t('\n\nShipping address\n').l('PERSON', gift.full).t(`\n${r.pick(['c/o Northwind Logistics', 'Acme Corp reception', 'Attn: Accounts Payable'])}\n`).l('ADDRESS', address(r, o.cc, true));
  d.t(`\n\n1 × ${r.pick(['orthopaedic dog bed (L)', 'Kong Classic', 'cat tree "Everest"'])}\nPaid by card ending ${r.digits(4)}`);
});

// 47 password reset security log
T((r, d) => {
  const o = owner(r);
  d.t(`Security notice: a password reset for `).l('EMAIL', o.email).t(` was requested on ${stamp(r)} from `).l('IP', ip(r)).t(` (${r.pick(['Chrome 126 on Windows', 'Safari on iPhone', 'Firefox 128'])}). If this wasn't you, call `).l('PHONE', phone(r, o.cc)).t('.');
});

// 48 Dutch message
T((r, d) => {
  const o = owner(r, 'NL');
  const a = pet(r);
  const v = person(r, 'NL');
  d.t('Beste ');
  name(d, r, o.p, 'hon', 'nl');
  d.t(`,\n\nDe uitslag van het bloedonderzoek van ${a.name} is binnen. `);
  vet(d, r, v).t(' belt u morgen op ').l('PHONE', o.phone).t(`. De factuur (${invNo(r)}) wordt per automatische incasso afgeschreven van `).l('IBAN', iban(r, 'NL')).t('.\n\nMet vriendelijke groet,\nDierenkliniek De Linde');
});

// 49 Italian message
T((r, d) => {
  const o = owner(r, 'IT');
  const a = pet(r);
  d.t('Gentile ');
  name(d, r, o.p, r.pick<Style>(['hon', 'full']), 'it');
  d.t(`, le ricordiamo il richiamo vaccinale di ${a.name} il ${when(r, 'IT')}. Ambulatorio Veterinario San Rocco, `).l('ADDRESS', address(r, 'IT')).t('. Tel. ').l('PHONE', phone(r, 'IT')).t('. Per il pagamento rateale: IBAN ').l('IBAN', iban(r, 'IT')).t('.');
});

// 50 Brazilian message
T((r, d) => {
  const o = owner(r, 'BR');
  const a = pet(r);
  const v = person(r, 'BR');
  d.t('Olá ');
  name(d, r, o.p, 'given');
  d.t(`! A castração do ${a.name} ficou agendada para ${when(r, 'BR')} com a Dra. `).l('PERSON', v.full).t('. Jejum de 8 horas. Endereço da clínica: ').l('ADDRESS', address(r, 'BR')).t('. Dúvidas: ').l('PHONE', phone(r, 'BR'));
});

// 51 Indian clinic message
T((r, d) => {
  const o = owner(r, 'IN');
  const a = pet(r);
  const v = person(r, 'IN');
  d.t('Dear ');
  name(d, r, o.p, r.pick<Style>(['hon', 'full']));
  d.t(` ji, ${a.name}'s anti-rabies booster is due on ${when(r, 'IN')}. `);
  vet(d, r, v).t(' is available 5–8 pm. Kindly confirm on ').l('PHONE', o.phone).t(' or mail ').l('EMAIL', roleEmail(r)).t('. Home pickup from ').l('ADDRESS', address(r, 'IN')).t(` available for ₹${r.int(200, 600)}.`);
});

// 52 Australian reminder + claim
T((r, d) => {
  const o = owner(r, r.pick(['AU', 'NZ'] as Cc[]));
  const a = pet(r);
  d.t('G\'day ').l('PERSON', o.p.given).t(`, ${a.name}'s tick prevention (${r.pick(MEDS)}) is due. We've lodged the gap claim with ${r.pick(INSURERS)} — ref ${claimNo(r)}. Your details on file: `).l('ADDRESS', address(r, o.cc)).t(', ').l('PHONE', o.phone).t('. Cheers, ').l('PERSON', person(r, o.cc).given).t(` at ${r.pick(CLINICS)}`);
});

// 53 debt collection letter
T((r, d) => {
  const o = owner(r, r.pick(['US', 'GB', 'CA'] as Cc[]));
  d.l('PERSON', o.p.full.toUpperCase()).t('\n').l('ADDRESS', address(r, o.cc, true).toUpperCase()).t(`\n\nFINAL NOTICE — account ${r.digits(8)}\nYour balance of ${money(r, o.cc)} for veterinary services (${when(r, o.cc)}) is 90 days overdue. Pay online or by phone at `).l('PHONE', phone(r, o.cc)).t(`. Reference ${invNo(r)}. Federal Tax ID ${ein(r)}.`);
});

// 54 GDPR access request
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'IE', 'DE', 'FR', 'NL'] as Cc[]));
  d.t('Subject access request\n\nI, ').self(o.p).t(', of ').l('ADDRESS', address(r, o.cc)).t(`, request copies of all personal data you hold about me and my ${r.pick(['dog', 'cats', 'rabbits'])}, including call recordings and the IP addresses logged when I used your portal. My date of birth is `).l('DOB', dob(r, o.cc)).t(' and my registered email is ').l('EMAIL', o.email).t('.');
});

// 55 staff rota message
T((r, d) => {
  const a = person(r);
  const b = person(r);
  const c = person(r);
  d.t('Rota swap: ').l('PERSON', a.given).t(' covers Sat ER, ').l('PERSON', b.full).t(' takes Tue consults. ');
  d.l('PERSON', c.family.toUpperCase()).t(` on annual leave till ${when(r, 'GB')}. Reach on-call on ext. ${r.int(200, 299)} or `).l('PHONE', phone(r, r.pick(ALL_CCS))).t('. Theatre 2 is closed (Nobel Room refit).');
});

// 56 payment plan schedule e-mail
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'DE', 'NL', 'IE', 'FR'] as Cc[]));
  const a = pet(r);
  d.t('Hi ');
  name(d, r, o.p, r.pick<Style>(['given', 'hon']));
  d.t(`, here is the payment plan for ${a.name}'s ${r.pick(CONDITIONS)} treatment:\n`);
  for (let i = 1, n = r.int(3, 5); i <= n; i++) d.t(`  ${i}. ${when(r, o.cc)} — ${money(r, o.cc)}\n`);
  d.t('Instalments are collected from ').l('IBAN', iban(r, o.cc)).t(r.chance(0.5) ? '. If a collection fails we will text ' : '. Any problems, call ').l('PHONE', o.phone).t('.');
});

// 57 insurance pre-authorisation
T((r, d) => {
  const o = owner(r);
  const v = person(r, o.cc);
  const a = pet(r);
  d.t(`PRE-AUTH REQUEST  ${r.pick(INSURERS)}\nFrom: `);
  vet(d, r, v).t(' <').l('EMAIL', `${ascii(v.given)}.${ascii(v.family)}@${r.pick(CLINIC_DOMAINS)}`).t(`>\nPolicy: ${policyNo(r)}   Insured: `);
  name(d, r, o.p, r.pick<Style>(['rev', 'full', 'caps']));
  d.t(`, DOB `).l('DOB', dob(r, o.cc)).t(`\nPet: ${a.name}, born ${petDob(r, o.cc)}\nProcedure: ${r.pick(['TPLO', 'hemilaminectomy', 'enterotomy', 'radioiodine I-131'])}   Estimate: ${money(r, o.cc)}`);
});

// 58 exotic vet note
T((r, d) => {
  const o = owner(r);
  const a = pet(r);
  d.t(`Exotics consult — "${a.name}", ${r.pick(['African grey parrot', 'bearded dragon', 'corn snake', 'tortoise'])}. Husbandry review with owner `);
  name(d, r, o.p, r.pick<Style>(['full', 'given', 'hon']));
  d.t(`: UVB tube ${r.int(6, 18)} months old, replace. Follow-up ${when(r, o.cc)}. Owner asked us to email the care sheet to `).l('EMAIL', o.email).t(' and her partner ');
  const pt = person(r, o.cc);
  name(d, r, pt, 'given');
  d.t(' at ').l('EMAIL', email(r, pt, o.cc)).t('.');
});

// 59 US patient intake with SSN for financing and masked values
T((r, d) => {
  const o = owner(r, 'US');
  const a = pet(r);
  d.t(`New client intake (paper → scanned)\nPet: ${a.name}  Birthday: ${petDob(r, 'US')}\n`);
  ownerBlock(d, r, o, { dob: true, ssn: true, caps: r.chance(0.3) });
  d.t(`\nCo-applicant SSN: ${maskedSsn(r)}  Alt phone: ${maskedPhone(r)}\nHow did you hear about us? ${r.pick(['Google', 'Nextdoor', 'friend', 'Yelp'])}`);
});

// 60 UK insurer web form submission with IP
T((r, d) => {
  const o = owner(r, 'GB');
  d.t(`[form submission ${stamp(r)}]\nfull_name=`).self(o.p).t('\ndate_of_birth=').l('DOB', dob(r, 'GB')).t('\npostcode_lookup_address=').l('ADDRESS', address(r, 'GB')).t('\nmobile=').l('PHONE', o.phone).t('\nemail=').l('EMAIL', o.email).t(`\nclaim_iban=`).l('IBAN', iban(r, 'GB')).t(`\nclient_ip=`).l('IP', ip(r)).t(`\nuser_agent=Mozilla/5.0 (${version(r)})`);
});

// 61 vaccination record card with split phone (not labelled)
T((r, d) => {
  const o = owner(r, r.pick(['GB', 'AU', 'US'] as Cc[]));
  const a = pet(r);
  const v = person(r, o.cc);
  d.t(`Vaccination card — ${a.name}\nOwner: `);
  name(d, r, o.p, r.pick<Style>(['full', 'init', 'hon']));
  d.t(`\n${when(r, o.cc)}  DHPPi + L4  batch ${letters(r, 1)}${r.digits(6)}  signed `);
  vet(d, r, v).t(`\nNext due ${when(r, o.cc)}\nClinic tel ${r.digits(4)} ${r.digits(3)}-\n${r.digits(3)} (printed across the fold)`);
});

// 62 agent chat: card update for premiums
T((r, d) => {
  const o = owner(r);
  const ag = person(r);
  d.t('Chat with ').l('PERSON', ag.given).t(` — ${r.pick(INSURERS)}\n`);
  d.t('You: I need to update the card for my premiums. New one is ').l('CARD', card(r)).t(`, exp ${p2(r.int(1, 12))}/${r.int(26, 30)}.`);
  sp(d, ag.given).t('Thanks! For security, can you confirm your full name and date of birth?\nYou: ').self(o.p).t(', ').l('DOB', dob(r, o.cc));
  sp(d, ag.given).t(`Updated. The old card ending ${r.digits(4)} has been removed. Anything else?`);
});

// 63 litter registration / breeder sale
T((r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE'] as Cc[]);
  const br = owner(r, cc);
  const buyer = owner(r, cc);
  const a = pet(r);
  d.t(`Puppy sale agreement\nBreeder: `).l('PERSON', br.p.full).t(` (kennel prefix "${r.pick(['Oakwynd', 'Silverbrook', 'Highmoor'])}"), `).l('PHONE', br.phone);
  d.t(`\nBuyer: `).self(buyer.p).t(', ').l('ADDRESS', address(r, cc)).t(`\nPuppy: ${a.name}, ${a.breed}, whelped ${petDob(r, cc)}, chip ${chip(r)}\nPrice ${money(r, cc)}, deposit paid by bank transfer ref ${r.digits(6)}.`);
});

// 64 grooming booking
T((r, d) => {
  const o = owner(r);
  const g = person(r, o.cc);
  const a = pet(r);
  d.t(`Grooming — ${when(r, o.cc)} ${clock(r, o.cc)} with `).l('PERSON', g.given).t(`\n${a.name} (${a.breed}): ${r.pick(['full clip, teddy face', 'bath & brush', 'hand strip'])}\nClient `);
  name(d, r, o.p, r.pick<Style>(['full', 'given']));
  d.t(' ').l('PHONE', o.phone).t(`\nNote: matted behind ears, sensitive to dryer.`);
});

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no PII at all, but full of traps

const NEGATIVES: readonly Tpl[] = [
  // N1 clinic newsletter: eponymous diseases, breeds, brands
  (r, d) => {
    const a = r.pick(PETS);
    d.t(`${r.pick(CLINICS)} — ${r.pick(['Spring', 'Autumn', 'Winter'])} newsletter\n\nThis season we're seeing a lot of ${r.pick(["Cushing's disease", "Addison's disease", 'Lyme disease', "Horner's syndrome"])} in older dogs, especially ${r.pick(['Cavalier King Charles Spaniels', 'Jack Russell Terriers', 'Dobermanns', 'Gordon Setters'])}. Our patient of the month is ${a}, who turned ${r.int(2, 15)} on ${petDob(r, 'GB')} and celebrated with a Hill's biscuit. Reminder: ${r.pick(['Royal Canin', 'Purina Pro Plan', "Hill's"])} renal diets are 10% off until ${when(r, 'GB')}. Closed ${when(r, 'GB')} for the ${r.pick(['King’s Birthday', 'Bank Holiday', 'St Patrick’s Day'])}.`);
  },
  // N2 application log without IPs
  (r, d) => {
    for (let i = 0, n = r.int(4, 7); i < n; i++) d.t(`${stamp(r)} [${r.pick(['vetlink-sync', 'claims-worker', 'sms-gateway'])}@${version(r)}] ${r.pick(['job done', 'retrying in 30s', 'queue depth 14', 'cache miss'])} trace=${hex(r, 32)} order=${r.digits(9)}\n`);
  },
  // N3 pharmacy stock list
  (r, d) => {
    d.t('Pharmacy stock check\n');
    for (let i = 0, n = r.int(4, 7); i < n; i++) d.t(`${r.pick(MEDS)} | lot ${letters(r, 2)}${r.digits(5)} | exp ${when(r, 'GB')} | qty ${r.int(0, 80)} | GTIN ${r.digits(14)}\n`);
    d.t('Reorder threshold reached for controlled drugs — see CD register.');
  },
  // N4 pet birthday reminder
  (r, d) => {
    const a = r.pick(PETS);
    const cc = r.pick(ALL_CCS);
    d.t(`Happy birthday, ${a}! 🎂 Born ${petDob(r, cc)}, ${a} is now ${r.int(1, 16)}. Pop in before ${when(r, cc)} for a free weigh-in and a treat from Dr. ${r.pick(['Paws', 'Whiskers'])} (our clinic mascot).`);
  },
  // N5 policy wording excerpt
  (r, d) => {
    d.t(`${r.pick(INSURERS)} Policy Wording v${r.int(3, 9)}.${r.int(0, 9)} (${policyNo(r)})\n4.2 Pre-existing conditions. We will not pay for any condition that showed clinical signs before the start date. Bilateral conditions such as cruciate disease are treated as one condition. Claims must be submitted within 90 days using form PC-${r.digits(3)}. This policy is governed by the Consumer Insurance (Disclosure and Representations) Act 2012 and is not covered by the Lemon Law. Example IBAN for illustration only: ${badIban(r)}.`);
  },
  // N6 invoice with masked / invalid numbers, EIN, routing
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'AU'] as Cc[]);
    d.t(`${r.pick(CLINICS)}  ${invNo(r)}\nDate ${when(r, cc)}   Account ${r.digits(7)}\nPaid: card ${r.pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', 'ending '])}${r.digits(4)}\nDeclined attempt: ${badCard(r)}\nRemit to ABA ${routing(r)}, acct ••••${r.digits(4)}, EIN ${ein(r)}\nBalance ${money(r, cc)}. Masked contact ${maskedPhone(r)} / SSN ${maskedSsn(r)}.`);
  },
  // N7 team schedule with product/team names and buildings
  (r, d) => {
    d.t(`Sprint ${r.int(20, 80)} plan — Team Phoenix (claims), Team Lovelace (portal), Team Hopper (SMS)\nStand-up in the Darwin Room, Florence Nightingale Wing. Release ${version(r)} targets ${when(r, 'GB')}. Tickets VET-${r.digits(4)}, VET-${r.digits(4)}. Build hash ${hex(r, 40)}.`);
  },
  // N8 closure notice: storms, streets named after people
  (r, d) => {
    d.t(`Closure notice: due to Storm ${r.pick(['Ciarán', 'Babet', 'Henk', 'Isha', 'Agnes'])}, our ${r.pick(['Martin Luther King Jr Blvd', 'Victoria Road', 'Churchill Way', 'Gandhi Marg'])} branch is closed ${when(r, 'GB')}. Emergencies go to the ${r.pick(['Queen Elizabeth', 'Prince Albert', 'Lister'])} Veterinary Hospital on the ring road. The Nelson's Column bus stop is suspended.`);
  },
  // N9 software release notes
  (r, d) => {
    d.t(`VetLink ${version(r)} release notes\n- Fixed Luhn check for card field (test card ${badCard(r)} now rejected)\n- IP allow-list UI moved under Settings › Security\n- Upgraded OpenSSL to ${r.int(1, 3)}.${r.int(0, 4)}.${r.int(0, 15)}; firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}\n- Appointment reminders now respect DST (e.g. ${stamp(r)})\n- Checksum ${hex(r, 64)}`);
  },
  // N10 pet food recall
  (r, d) => {
    d.t(`RECALL: ${r.pick(['Oscar’s Gourmet Bites', 'Barkley & Co. Chews', 'Winston’s Whole Prey', 'Duchess Deli for Cats'])}, lots ${r.digits(6)}–${r.digits(6)}, best before ${when(r, 'US')}. UPC ${r.digits(12)}. Elevated vitamin D; signs include vomiting and excessive thirst. Contact your vet. FDA event ID ${r.digits(5)}. Call center ref ${r.digits(10)}.`);
  },
  // N11 anonymised stats
  (r, d) => {
    d.t(`Q${r.int(1, 4)} claims summary: ${r.int(1000, 9000)} claims, ${r.int(60, 92)}% approved, median payout ${money(r, 'GB')}. Top conditions: ${r.pick(CONDITIONS)}, ${r.pick(CONDITIONS)}, ${r.pick(CONDITIONS)}. Breeds: French Bulldog, Labrador Retriever, Cocker Spaniel. Customer 44-${r.digits(6)} escalated; see case ${claimNo(r)}.`);
  },
  // N12 pet-named chat with no humans
  (r, d) => {
    const a = r.pick(PETS);
    const b = r.pick(PETS);
    d.t(`Kennel whiteboard ${when(r, 'AU')}: ${a} (run 3) ate well, ${b} (run 5) needs ${r.pick(MEDS)} at ${clock(r, 'AU')}. Mr. Pickles the cat hissed at the Dyson again. Winston's "dad" is collecting Tuesday — check booking ${r.digits(6)}. Other ids in use: ${otherId(r)}.`);
  },
];

// ---------------------------------------------------------------------------------------------------------
// More labelled templates (US identity and payroll material around clinics)

// 65 locum vet W-9 / contractor onboarding
T((r, d) => {
  const o = owner(r, 'US');
  d.t(`Relief vet onboarding — ${r.pick(CLINICS)}\nContractor: `);
  vet(d, r, o.p).t(`\nTIN type: SSN\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`\nMailing address: `).l('ADDRESS', address(r, 'US')).t(`\nDirect deposit: routing ${routing(r)}, account ${r.digits(10)}\nCell `).l('PHONE', o.phone).t(`  DEA registration on file. Clinic EIN ${ein(r)}.`);
});

// 66 staff HR onboarding
T((r, d) => {
  const o = owner(r, 'US');
  const mgr = person(r, 'US');
  d.t(`New hire packet — ${r.pick(['veterinary technician', 'kennel assistant', 'client care coordinator'])}\nEmployee: `);
  name(d, r, o.p, anyStyle(r));
  d.t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nSocial Security No.: ').l('NATIONAL_ID', ssn(r)).t('\nHome: ').l('ADDRESS', address(r, 'US', r.chance(0.3))).t('\nPersonal email: ').l('EMAIL', o.email).t(`\nHiring manager: `).l('PERSON', mgr.full).t(`\nStart date ${when(r, 'US')}. Badge #${r.digits(5)}. I-9 verified.`);
});

// 67 insurer identity verification call note (US)
T((r, d) => {
  const o = owner(r, 'US');
  const ag = person(r, 'US');
  d.t(`ID&V note — agent `).l('PERSON', ag.full).t(`\nCaller claimed to be `);
  name(d, r, o.p, r.pick<Style>(['full', 'hon', 'rev']));
  d.t('. Verified DOB ').l('DOB', dob(r, 'US')).t(' and SSN ').l('NATIONAL_ID', ssn(r)).t(r.chance(0.5) ? ` (file showed ${maskedSsn(r)} — match on last 4).` : '.').t(` Updated payout to card `).l('CARD', card(r)).t(`. Session IP `).l('IP', ip(r)).t('.');
});

// 68 financing decision letter (US)
T((r, d) => {
  const o = owner(r, 'US');
  const a = pet(r);
  d.l('PERSON', o.p.full).t('\n').l('ADDRESS', address(r, 'US', true)).t(`\n\nRe: Veterinary financing for ${a.name}\nApplication ${r.digits(9)} — APPROVED for $${r.int(1, 9)},${r.int(100, 999)}.\nWe verified your identity using SSN `).l('NATIONAL_ID', ssn(r)).t(' and date of birth ').l('DOB', dob(r, 'US')).t(`. Your first statement will be mailed on ${when(r, 'US')}. Questions: `).l('PHONE', phone(r, 'US')).t('.');
});

// 69 French reimbursement (FR / BE / LU / CH IBAN)
T((r, d) => {
  const o = owner(r, 'FR');
  const a = pet(r);
  d.t(`Objet : remboursement sinistre ${claimNo(r)}\n\n`);
  name(d, r, o.p, 'hon', 'fr');
  d.t(`,\nSuite à la consultation de ${a.name} du ${when(r, 'FR')}, nous avons procédé au virement de ${money(r, 'FR')} sur votre compte IBAN `).l('IBAN', iban(r, r.pick(['FR', 'FR', 'BE', 'LU', 'CH']))).t(`.\nAdresse enregistrée : `).l('ADDRESS', address(r, 'FR')).t(`\nService sinistres — `).l('EMAIL', roleEmail(r));
});

// 70 Spanish direct debit (domiciliación)
T((r, d) => {
  const o = owner(r, 'ES');
  const a = pet(r);
  d.t(`Orden de domiciliación — Plan de salud "${a.name}"\nTitular: `);
  name(d, r, o.p, r.pick<Style>(['full', 'caps']));
  d.t('\nFecha de nacimiento: ').l('DOB', dob(r, 'ES')).t('\nDomicilio: ').l('ADDRESS', address(r, 'ES')).t('\nIBAN: ').l('IBAN', iban(r, 'ES')).t(`\nCuota mensual ${money(r, 'ES')}. Clínica Veterinaria Los Álamos, CIF B${r.digits(8)}.`);
});

// 71 international clinic invoice payable by bank transfer
T((r, d) => {
  const cc = r.pick(['AT', 'PL', 'SE', 'DK', 'FI', 'NO', 'PT', 'BE', 'CH']);
  const o = owner(r, r.pick(['GB', 'DE', 'US'] as Cc[]));
  const a = pet(r);
  d.t(`Invoice ${invNo(r)} — travel-clinic treatment for ${a.name} (${a.breed})\nClient: `);
  name(d, r, o.p, r.pick<Style>(['full', 'rev', 'init']));
  d.t(` <`).l('EMAIL', o.email).t(`>\nAmount due: ${money(r, 'DE')}\nPlease transfer to IBAN `).l('IBAN', iban(r, cc)).t(`, reference ${r.digits(8)}. Note the previous account ${badIban(r, cc)} is closed.`);
});

// 72 1099 summary for relief vets
T((r, d) => {
  d.t(`1099-NEC prep — relief veterinarians (payer EIN ${ein(r)})\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = person(r, 'US');
    d.t(`- `).l('PERSON', r.chance(0.5) ? `${p.family}, ${p.given}` : p.full).t(' | SSN ').l('NATIONAL_ID', ssn(r)).t(` | box 1 $${r.int(4, 90)},${r.int(100, 999)}\n`);
  }
  d.t(`Files due ${when(r, 'US')}.`);
});

// 73 rental pet-screening application
T((r, d) => {
  const o = owner(r, 'US');
  const a = pet(r);
  const v = person(r, 'US');
  d.t(`Pet screening profile — ${a.name} (${a.breed}, ${r.int(8, 90)} lb)\nResident: `).self(o.p).t('\nDOB: ').l('DOB', dob(r, 'US')).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nCurrent address: `).l('ADDRESS', address(r, 'US')).t('\nVet reference: ');
  vet(d, r, v).t(', ').l('PHONE', phone(r, 'US')).t(`\nRabies tag ${r.digits(5)}, vaccinated ${when(r, 'US')}. Pet fee $${r.int(25, 50)}/mo.`);
});

// 74 payroll direct-deposit change (clinic staff)
T((r, d) => {
  const o = owner(r, 'US');
  d.t('Payroll change request\nEmployee: ');
  name(d, r, o.p, r.pick<Style>(['full', 'rev', 'caps']));
  d.t(` (ID ${r.digits(5)})\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`\nNew bank: routing ${routing(r)}, checking ${r.digits(9)}\nEffective pay period ${when(r, 'US')}. Confirmation sent to `).l('EMAIL', o.email).t('.');
});

// 75 collections skip-trace note
T((r, d) => {
  const o = owner(r, 'US');
  const col = person(r, 'US');
  d.t(`Skip trace — unpaid ER invoice ${invNo(r)}\nDebtor: `);
  name(d, r, o.p, r.pick<Style>(['revcaps', 'full']));
  d.t(', DOB ').l('DOB', dob(r, 'US')).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\nLast known: ').l('ADDRESS', address(r, 'US')).t('\nNew number found: ').l('PHONE', phone(r, 'US')).t(`; old ${maskedPhone(r)} disconnected.\nCollector: `).l('PERSON', col.full);
});

// 76 joint financing application
T((r, d) => {
  const a = owner(r, 'US');
  const b = person(r, 'US');
  const pet1 = pet(r);
  d.t(`Joint application — surgery for ${pet1.name}\nApplicant 1: `).self(a.p).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', dob(r, 'US')).t('\nApplicant 2: ');
  name(d, r, b, 'full');
  d.t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\nHousehold address: ').l('ADDRESS', address(r, 'US')).t('\nContact: ').l('PHONE', a.phone);
});

// ---------------------------------------------------------------------------------------------------------

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT59_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent59Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent59Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT59_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT59_MIN_INSTANCES;
  const out: Independent59Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const neg = r.chance(0.1);
    (neg ? r.pick(NEGATIVES) : r.pick(TEMPLATES))(r, d);
    if (neg && d.labels.length > 0) throw new Error('negative template produced a label');
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
