/**
 * @module privacy/pii-corpus-independent-61 — blind labelled PII evaluation split "independent61".
 *
 * WRITTEN BLIND. While writing it I read only: `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the `PiiType` union in
 * `src/privacy/pii/types.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. I did NOT read
 * the detector, its tests, the other corpora or their value pools, the docs, the benches or the git history,
 * and did not run the detector on this text. Every name, address, template and value here was invented.
 *
 * Seeds: 610001, 610002, 610003 (INDEPENDENT61_SEEDS). Each seed yields whole documents until at least
 * `minInstances` labels (default 2400) exist; generation is deterministic per seed.
 *
 * Contents: freelancing and gig-work platform text — client/freelancer messages, proposals, contracts,
 * milestone and escrow notices, payout and tax forms (W-9, 1099, W-8BEN and foreign equivalents), identity
 * verification, disputes and arbitration notes, reviews and profiles, time-tracking exports, invoices,
 * suspended-account tickets — plus ordinary customer-service material (payments, CRM notes, logs with IPs).
 * About one document in ten is a hard negative with traps (people-named brands, places, diseases, laws,
 * pets, ships, storms; order/case numbers, hashes, versions, timestamps, Luhn-invalid card-like numbers,
 * invalid IBANs, EINs, routing numbers, other countries' tax ids, non-birth dates). Distractors also appear
 * inside labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨, 님 …) and possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given"
 *   forms are labelled, one label per contiguous name. Brands, software, places, pets, ships, storms,
 *   streets/buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a
 *   name inside an e-mail address is not labelled.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid/masked unlabelled.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs/EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to
 *   the last postcode/city/country line; recipient name is a separate PERSON; company lines, city-only
 *   mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';

export const INDEPENDENT61_SEEDS = [610001, 610002, 610003] as const;
export const INDEPENDENT61_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export type Independent61Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent61Entry = PiiCorpusEntry & { readonly labels: readonly Independent61Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent61Label[] = [];
  readonly known: string[] = [];
  constructor(readonly selfMode: boolean) {}
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and, in self mode, reported as a known name. */
  me(p: Person): this {
    this.l('PERSON', p.full);
    if (this.selfMode && !this.known.includes(p.full)) this.known.push(p.full);
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Name pools (invented lists, ~30 cultures). Multi-word surnames use "_" for the space.
// ---------------------------------------------------------------------------------------------------------

interface Culture {
  readonly id: string;
  readonly cc: readonly string[];
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly familyFirst?: boolean;
}

function w(s: string): string[] {
  return s.split(' ').map((x) => x.replace(/_/g, ' '));
}

const CULTURES: readonly Culture[] = [
  { id: 'anglo-us', cc: ['US', 'US', 'CA'], given: w('Rose Hope Will Bill Grant May Guy Faith Joy Dawn Hunter Mason Carter Wesley Harper Brooke Colin Trevor Megan Shannon Tyler Autumn Chase Sterling'), family: w('Walker Brooks Fletcher Hayes Porter Bishop Fox Baker Rich Young Little Moody Church Marsh Hill Stone Field Underwood Whitfield Cole Price Lovelace Gentry') },
  { id: 'anglo-uk', cc: ['GB', 'GB', 'AU'], given: w('Imogen Alfie Poppy Rory Harriet Ollie Jasmine Reggie Matilda Barnaby Ivy Angus'), family: w('Ashworth Pennington Crabtree Thistlewood Hargreaves Bellamy Rowntree Pickering Cartwright Sutcliffe') },
  { id: 'irish', cc: ['IE', 'GB'], given: w('Siobhán Ciarán Niamh Aoife Declan Róisín Pádraig Orla Eoin Saoirse'), family: w("O'Sullivan Gallagher Byrne Kavanagh O'Connell McCarthy Doyle Moynihan Quigley Ní_Bhriain") },
  { id: 'scottish', cc: ['GB'], given: w('Hamish Ailsa Callum Morag Fraser Iona Struan Kirsty'), family: w('MacLeod Campbell Drummond Buchanan Lamont Urquhart MacAskill Galbraith') },
  { id: 'german', cc: ['DE', 'DE'], given: w('Jörg Anke Lukas Friederike Matthias Svenja Torsten Ute Henrike Björn Kai Gesine'), family: w('Schröder Hoffmann Weißenborn Krüger Baumann Vogt Lehmann Zimmermann Brandstätter Kühne Pfeiffer Engel') },
  { id: 'french', cc: ['FR'], given: w('Amélie Thibault Océane Benoît Gaëlle Loïc Solène Mathis Clémence Aurélien Margaux'), family: w('Lefèvre Moreau Girard Rousseau Fontaine Chevalier Marchand Dubois Leclerc Pelletier Barbier') },
  { id: 'spanish', cc: ['ES'], given: w('Sofía Alejandro Lucía Javier Pilar Iñigo Rocío Álvaro Nuria Borja Candela'), family: w('García Fernández Ruiz Navarro Ortega Castillo Morales Iglesias Sáez Prieto Cuesta') },
  { id: 'mexican', cc: ['MX', 'US'], given: w('Guadalupe Itzel Fernando Ximena Jesús Araceli Mauricio Yolanda Abril Rodrigo Dulce'), family: w('Hernández Ramírez Cervantes Villalobos Zúñiga Ochoa Treviño Salazar Mendívil Garza Esquivel') },
  { id: 'brazilian', cc: ['BR'], given: w('João Thiago Larissa Gabriela Rafael Vitória Caio Luana Wellington Jéssica Iago'), family: w('Silva Souza Oliveira Pereira Carvalho Almeida Rocha Barbosa Figueiredo Nascimento Cavalcanti') },
  { id: 'italian', cc: ['IT'], given: w('Giulia Lorenzo Chiara Matteo Federica Alessio Beatrice Davide Ilaria Gianluca'), family: w('Rossi Bianchi Esposito Romano Colombo Ricci Marino Greco Bruno Gallo De_Luca') },
  { id: 'dutch', cc: ['NL'], given: w('Sanne Daan Femke Joris Lieke Bram Maartje Sjoerd Floor Thijs'), family: w('de_Vries van_Dijk Bakker Visser Smit Meijer de_Boer Mulder van_den_Berg Jansen') },
  { id: 'polish', cc: ['PL'], given: w('Agnieszka Łukasz Katarzyna Wojciech Małgorzata Paweł Zofia Grzegorz Bartosz Iwona'), family: w('Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski Krawczyk') },
  { id: 'east-slavic', cc: ['PL', 'DE', 'US'], given: w('Dmitri Anastasia Oleksandr Yulia Sergei Oksana Mykola Svetlana Taras Alina'), family: w('Ivanova Petrenko Kuznetsov Shevchenko Morozova Bondarenko Sokolov Kovalenko Hrytsenko Melnyk') },
  { id: 'nordic', cc: ['SE'], given: w('Astrid Henrik Sigrid Mikkel Ingrid Lars Freja Espen Linnea Oskar'), family: w('Johansson Lindqvist Andersen Halvorsen Nyström Eriksen Bergström Dahl Sandberg Holm') },
  { id: 'finnish-greek', cc: ['SE', 'DE'], given: w('Aino Juhani Veera Eero Eleni Giorgos Dimitra Nikos'), family: w('Virtanen Mäkinen Korhonen Heikkinen Papadopoulos Georgiou Karamanlis Nikolaidou') },
  { id: 'turkish', cc: ['TR', 'DE'], given: w('Emre Zeynep Burak Elif Mehmet Ayşe Cem Deniz Oğuz Selin'), family: w('Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Koç Erdoğan') },
  { id: 'arabic', cc: ['AE', 'AE', 'GB'], given: w('Omar Fatima Said Layla Youssef Amira Khalid Noor Hassan Rania Tariq Huda'), family: w('Al-Mansouri Haddad Nasser El-Amin Khoury Abdullah Farouk Saleh Bakr Mahmoud Al-Rashid Aziz') },
  { id: 'persian', cc: ['CA', 'US', 'DE'], given: w('Dariush Shirin Arash Parisa Kian Nasrin'), family: w('Tehrani Karimi Rahimi Moradi Farahani Jafari') },
  { id: 'indian', cc: ['IN', 'IN', 'US', 'GB'], given: w('Priya Arjun Ananya Rohan Lakshmi Vikram Deepa Sanjay Kavya Rahul Sunita Aditya Meera Karthik'), family: w('Sharma Iyer Reddy Nair Patel Banerjee Gupta Menon Chatterjee Desai Krishnan Mukherjee Pillai Joshi') },
  { id: 'south-asian', cc: ['AE', 'GB', 'CA'], given: w('Ayesha Bilal Farhan Sadia Tanvir Nusrat Imran Rukhsana'), family: w('Chaudhry Qureshi Rahman Hossain Siddiqui Malik Butt Akhtar') },
  { id: 'chinese', cc: ['SG', 'CA', 'US'], given: w('Wei Fang Jing Lei Xiuying Hao Min Jun Yan Zhiwei'), family: w('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun'), familyFirst: true },
  { id: 'japanese', cc: ['JP'], given: w('Haruto Yui Sota Aoi Ren Sakura Daiki Misaki Kenta Natsuki'), family: w('Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Inoue Matsumoto') },
  { id: 'korean', cc: ['KR'], given: w('Minjun Seoyeon Jiho Hayoon Dohyun Eunji Taeyang Sumin'), family: w('Kim Park Choi Jung Kang Yoon Lim Han'), familyFirst: true },
  { id: 'vietnamese', cc: ['AU', 'US', 'SG'], given: w('Linh Minh Thao Quang Huong Duc Trang Khanh'), family: w('Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi'), familyFirst: true },
  { id: 'filipino', cc: ['PH'], given: w('Maricel Jomar Rowena Jericho Lourdes Ramil Divina Arnel'), family: w('Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Macaraeg') },
  { id: 'nigerian', cc: ['NG'], given: w('Chidi Ngozi Oluwaseun Adaeze Emeka Funmilayo Ibrahim Aisha Tunde Chiamaka Blessing Gift'), family: w('Okafor Adeyemi Nwosu Balogun Eze Okonkwo Abubakar Oyelaran Ogunleye Nnamdi Bello') },
  { id: 'east-african', cc: ['KE'], given: w('Wanjiku Akinyi Baraka Njeri Kamau Otieno Zawadi Mercy'), family: w('Mwangi Wanjala Kiprotich Achieng Njoroge Omondi Chebet Kariuki') },
  { id: 'south-african', cc: ['ZA'], given: w('Thandiwe Sipho Lindiwe Pieter Anri Bongani Precious Johan'), family: w('Dlamini Nkosi van_der_Merwe Botha Mokoena Pretorius Ndlovu Khumalo') },
  { id: 'indonesian-thai', cc: ['SG', 'AU'], given: w('Putri Budi Sri Agus Somchai Ploy Anong Dewi'), family: w('Santoso Wijaya Hidayat Kusuma Srisuk Chaiyaporn Wongsakul Pratama') },
  { id: 'hebrew', cc: ['US', 'GB', 'DE'], given: w('Noa Yonatan Tamar Eitan Shira Avi'), family: w('Cohen Levi Mizrahi Friedman Peretz Shapiro') },
  { id: 'hungarian', cc: ['DE', 'GB'], given: w('Zsófia Bence Réka Levente Csilla Gergő'), family: w('Nagy Kovács Szabó Tóth Varga Horváth'), familyFirst: true },
  { id: 'argentine', cc: ['ES', 'US', 'MX'], given: w('Valentina Santiago Agustina Facundo Milagros Thiago'), family: w('Gómez Fernández_Paz Sosa Acosta Benítez Medina') },
];

const JA_FAMILY = w('田中 佐藤 鈴木 高橋 伊藤 渡辺 山本 中村 小林 加藤');
const JA_GIVEN = w('陽翔 結衣 美咲 大輝 蓮 さくら 健太 葵');
const KO_FULL = w('김민준 박서연 이지호 최하윤 정도현 강은지 윤태양 한수민');

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly cc: string;
  readonly culture: string;
  readonly familyFirst: boolean;
}

const MONTHS: Record<string, readonly string[]> = {
  en: w('January February March April May June July August September October November December'),
  de: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  pt: w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  it: w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: w('januari februari maart april mei juni juli augustus september oktober november december'),
};

const FREE_MAIL = w('gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me fastmail.com gmx.de web.de orange.fr libero.it yandex.ru naver.com rediffmail.com uol.com.br yahoo.co.uk hey.com zoho.com');
const OWN_DOMAINS = w('brightlane.studio northpier.io quillandcode.dev pixelorchard.co tallgrass.design mooncraft.agency ledgerleaf.net sparrowtype.com');
const PLATFORMS = w('Gigloom TaskHarbor Freelio WorkNest Skillquay Crewbase');
const PLATFORM_DOMAIN: Record<string, string> = { Gigloom: 'gigloom.com', TaskHarbor: 'taskharbor.io', Freelio: 'freelio.app', WorkNest: 'worknest.co', Skillquay: 'skillquay.com', Crewbase: 'crewbase.net' };
const ROLES = w('support billing payouts disputes trust-safety verify tax-forms noreply hello accounts');
const SKILLS = w('logo_design WordPress_migration React_Native_app Shopify_theme data_labelling SEO_audit voice-over podcast_editing bookkeeping translation_(DE→EN) UX_research Python_scraper pitch_deck motion_graphics copywriting');
const TRAP_BRANDS = w("Dell Ford Wells_Fargo Charles_Schwab Johnson_&_Johnson Tim_Hortons Ferrari Hewlett-Packard Mercedes-Benz Ben_&_Jerry's Disney Dyson Boeing Hilton Marriott Porsche Cadbury Heinz Kellogg's Gillette");
const TRAP_SOFTWARE = w('Jenkins Django Hugo Ansible Julia Pascal Ada Grafana Sphinx Elixir Flask Gatsby');
const TRAP_PLACES = w('St._Louis Jackson_Hole Victoria_Station Lake_Victoria Port_Elizabeth San_Francisco Charlotte Alexandria Washington Houston Lincoln_Center Rockefeller_Center Kingston Florence Adelaide');
const TRAP_THINGS = w("Crohn's_disease Parkinson's Hashimoto's_thyroiditis Tourette_syndrome Alzheimer's Murphy's_law Moore's_law the_Sarbanes-Oxley_Act the_Dodd-Frank_Act the_Pulitzer_Prize the_Nobel_Prize the_Turing_Award Hurricane_Milton Storm_Ciarán Hurricane_Beryl the_Queen_Mary_2 the_MV_Ever_Given");
const PETS = w('Bella Max Luna Rocky Daisy Milo Hope Biscuit Oscar Willow Grace Tucker');
const TEAM_NAMES = w('Team_Phoenix Project_Atlas Squad_Orion the_Falcon_crew Team_Marigold Release_Kestrel');

// ---------------------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------------------

function pad(n: number, k = 2): string {
  return String(n).padStart(k, '0');
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

const DIGIT_WORDS = w('zero one two three four five six seven eight nine');

/** The IBAN BBAN layouts used: [leading letters, digits, trailing letters]. */
const IBAN_BBAN: Record<string, readonly [number, number, number]> = {
  DE: [0, 18, 0], GB: [4, 14, 0], FR: [0, 23, 0], ES: [0, 20, 0], IT: [1, 22, 0], NL: [4, 10, 0], BE: [0, 12, 0],
  CH: [0, 17, 0], AT: [0, 16, 0], PL: [0, 24, 0], PT: [0, 21, 0], IE: [4, 14, 0], SE: [0, 20, 0], NO: [0, 11, 0],
  DK: [0, 14, 0], FI: [0, 14, 0], LU: [0, 16, 0], SA: [0, 20, 0], AE: [0, 19, 0], TR: [0, 22, 0], GR: [0, 23, 0],
  CZ: [0, 20, 0], HU: [0, 24, 0], RO: [4, 16, 0], HR: [0, 17, 0], BR: [0, 23, 2], MT: [4, 23, 0], CY: [0, 24, 0],
  LT: [0, 16, 0], EE: [0, 16, 0], SK: [0, 20, 0], SI: [0, 15, 0], BG: [4, 14, 0], IL: [0, 19, 0], QA: [4, 21, 0],
};
const IBAN_COUNTRIES = Object.keys(IBAN_BBAN);
const IBAN_FOR_CC: Record<string, string> = { DE: 'DE', GB: 'GB', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', IE: 'IE', SE: 'SE', TR: 'TR', AE: 'AE', BR: 'BR' };

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  return rem;
}

const US_AREAS = [212, 213, 215, 303, 305, 312, 347, 404, 415, 469, 503, 512, 602, 614, 617, 646, 702, 718, 720, 773, 786, 813, 857, 917, 929];
const CA_AREAS = [416, 437, 514, 604, 613, 647, 778, 403, 902];

class Gen {
  constructor(readonly r: Rng) {}
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  dg(n: number): string {
    return this.r.digits(n);
  }
  /** n digits, the first non-zero. */
  nz(n: number): string {
    return String(this.int(1, 9)) + this.dg(n - 1);
  }

  person(cultureId?: string): Person {
    const c = cultureId ? (CULTURES.find((x) => x.id === cultureId) ?? this.pick(CULTURES)) : this.pick(CULTURES);
    const given = this.pick(c.given);
    const family = this.pick(c.family);
    const ff = c.familyFirst === true;
    return { given, family, full: ff ? `${family} ${given}` : `${given} ${family}`, cc: this.pick(c.cc), culture: c.id, familyFirst: ff };
  }
  /** A person living in one of the given countries. */
  personIn(ccs: readonly string[]): Person {
    const opts = CULTURES.filter((c) => c.cc.some((x) => ccs.includes(x)));
    const c = this.pick(opts);
    const p = this.person(c.id);
    return { ...p, cc: c.cc.find((x) => ccs.includes(x)) ?? p.cc };
  }
  /** A variant of a person's name as people write it. */
  nameForm(p: Person): string {
    const x = this.r.next();
    if (x < 0.42) return p.full;
    if (x < 0.58) return p.given;
    if (x < 0.68) return p.family;
    if (x < 0.76) return `${p.given.charAt(0)}. ${p.family}`;
    if (x < 0.83) return `${p.family}, ${p.given}`;
    if (x < 0.9) return this.chance(0.5) ? p.full.toUpperCase() : `${p.family.toUpperCase()} ${p.given}`;
    return p.full.toLowerCase();
  }
  honorific(p: Person): string {
    const m: Record<string, readonly string[]> = {
      german: ['Herr ', 'Frau ', 'Dr. '], french: ['M. ', 'Mme ', 'Mme '], spanish: ['Sr. ', 'Sra. ', 'D.ª '],
      mexican: ['Sr. ', 'Sra. ', 'Lic. '], brazilian: ['Sr. ', 'Sra. ', 'Dra. '], italian: ['Sig. ', 'Sig.ra ', 'Dott. '],
      dutch: ['dhr. ', 'mevr. '], polish: ['Pan ', 'Pani '],
    };
    return this.pick(m[p.culture] ?? ['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Mx. ']);
  }

  email(p?: Person, domain?: string): string {
    const dom = domain ?? this.pick(this.chance(0.8) ? FREE_MAIL : OWN_DOMAINS);
    if (!p) return `${this.pick(ROLES)}@${dom}`;
    const g = fold(p.given);
    const f = fold(p.family);
    const local = this.pick([`${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${g}_${f}${this.int(1, 99)}`, `${f}.${g}`, `${g}${this.int(70, 99)}`, `${g}.${f.charAt(0)}`, `hello`]);
    return `${local}@${dom}`;
  }
  spokenEmail(p: Person): string {
    const dom = this.pick(['gmail', 'outlook', 'yahoo', 'hotmail', 'proton']);
    return `${fold(p.given)} ${this.pick(['dot', 'underscore'])} ${fold(p.family)} at ${dom} dot ${dom === 'proton' ? 'me' : 'com'}`;
  }
  roleEmail(platform: string): string {
    return `${this.pick(ROLES)}@${PLATFORM_DOMAIN[platform] ?? 'gigloom.com'}`;
  }

  phone(cc: string): string {
    const d = (n: number): string => this.dg(n);
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = this.pick(cc === 'US' ? US_AREAS : CA_AREAS);
        const ex = `${this.int(2, 9)}${d(2)}`;
        const ln = d(4);
        return this.pick([`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `+1 ${a} ${ex} ${ln}`, `${a}.${ex}.${ln}`, `+1 (${a}) ${ex}-${ln}`, `1-${a}-${ex}-${ln}`]);
      }
      case 'GB':
        return this.pick([`07${this.int(400, 999)} ${d(6)}`, `+44 7${this.int(400, 999)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `0161 ${this.int(200, 999)} ${d(4)}`, `+44 (0)113 ${this.int(200, 999)} ${d(4)}`]);
      case 'IE':
        return this.pick([`08${this.pick([3, 5, 6, 7, 9])} ${d(3)} ${d(4)}`, `+353 8${this.pick([3, 5, 6, 7])} ${d(3)} ${d(4)}`, `(01) ${this.int(200, 999)} ${d(4)}`]);
      case 'DE':
        return this.pick([`+49 15${this.int(1, 9)} ${d(8)}`, `0151 ${d(8)}`, `030 ${this.int(2, 9)}${d(7)}`, `+49 (0)89 ${this.int(2, 9)}${d(6)}`, `0176/${d(8)}`]);
      case 'FR': {
        const g = (): string => d(2);
        return this.pick([`06 ${g()} ${g()} ${g()} ${g()}`, `+33 6 ${g()} ${g()} ${g()} ${g()}`, `07.${g()}.${g()}.${g()}.${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)7 ${g()} ${g()} ${g()} ${g()}`]);
      }
      case 'ES':
        return this.pick([`6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'MX':
        return this.pick([`+52 55 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]);
      case 'BR':
        return this.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`, `(61) 3${d(3)}-${d(4)}`]);
      case 'IT':
        return this.pick([`3${this.int(20, 49)} ${d(3)} ${d(4)}`, `+39 3${this.int(20, 49)} ${d(7)}`, `02 ${d(4)} ${d(4)}`, `+39 06 ${d(8)}`]);
      case 'NL':
        return this.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020-${this.int(2, 9)}${d(6)}`, `+31 (0)6 ${d(4)} ${d(4)}`]);
      case 'PL':
        return this.pick([`5${d(2)} ${d(3)} ${d(3)}`, `+48 6${d(2)} ${d(3)} ${d(3)}`, `+48 22 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'IN':
        return this.pick([`+91 9${d(4)} ${d(5)}`, `9${d(9)}`, `+91-8${d(9)}`, `080-2${d(7)}`, `098${d(3)} ${d(5)}`]);
      case 'JP':
        return this.pick([`090-${d(4)}-${d(4)}`, `+81 80-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `070 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`]);
      case 'KR':
        return this.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
      case 'AU':
        return this.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${this.int(8, 9)}${d(3)} ${d(4)}`, `+61 3 ${this.int(8, 9)}${d(3)} ${d(4)}`]);
      case 'NG':
        return this.pick([`080${this.int(2, 9)} ${d(3)} ${d(4)}`, `+234 80${this.int(2, 9)} ${d(3)} ${d(4)}`, `+234 (0)70${this.int(1, 9)} ${d(3)} ${d(4)}`, `090${this.int(1, 9)}${d(7)}`]);
      case 'KE':
        return this.pick([`07${d(2)} ${d(3)} ${d(3)}`, `+254 7${d(2)} ${d(6)}`, `+254 1${d(2)} ${d(3)} ${d(3)}`]);
      case 'PH':
        return this.pick([`0917 ${d(3)} ${d(4)}`, `+63 9${d(2)} ${d(3)} ${d(4)}`, `0998-${d(3)}-${d(4)}`]);
      case 'ZA':
        return this.pick([`08${this.int(2, 4)} ${d(3)} ${d(4)}`, `+27 8${this.int(2, 4)} ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`]);
      case 'SE':
        return this.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`]);
      case 'TR':
        return this.pick([`0532 ${d(3)} ${d(2)} ${d(2)}`, `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `(0212) ${d(3)} ${d(2)} ${d(2)}`]);
      case 'AE':
        return this.pick([`050 ${d(3)} ${d(4)}`, `+971 5${this.int(0, 8)} ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`]);
      case 'SG':
        return this.pick([`${this.int(8, 9)}${d(3)} ${d(4)}`, `+65 ${this.int(8, 9)}${d(3)} ${d(4)}`, `+65 6${d(3)} ${d(4)}`]);
      default:
        return this.phone('US');
    }
  }
  spokenPhone(): string {
    const digits = `${this.pick(US_AREAS)}${this.int(2, 9)}${this.dg(6)}`;
    const word = (c: string): string => (c === '0' && this.chance(0.5) ? 'oh' : (DIGIT_WORDS[Number(c)] ?? c));
    const grp = (s: string): string => [...s].map(word).join(' ');
    return `${grp(digits.slice(0, 3))}, ${grp(digits.slice(3, 6))}, ${grp(digits.slice(6))}`;
  }
  maskedPhone(): string {
    return this.pick([`***-***-${this.dg(4)}`, `(•••) •••-${this.dg(4)}`, `+44 •••• ••${this.dg(4)}`, `+49 *** ****${this.dg(3)}`, `ending in ${this.dg(2)}`]);
  }

  /** A date of birth (or another date when `years` says so), written the way `cc` writes dates. */
  date(cc: string, y0 = 1952, y1 = 2004): string {
    const y = this.int(y0, y1);
    const m = this.int(1, 12);
    const dd = this.int(1, 28);
    const mn = (lang: string): string => (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? 'May';
    switch (cc) {
      case 'US':
      case 'PH':
        return this.pick([`${pad(m)}/${pad(dd)}/${y}`, `${m}/${dd}/${y}`, `${mn('en')} ${dd}, ${y}`, `${mn('en').slice(0, 3)} ${dd}, ${y}`, `${y}-${pad(m)}-${pad(dd)}`]);
      case 'CA':
      case 'SE':
        return this.pick([`${y}-${pad(m)}-${pad(dd)}`, `${mn('en')} ${dd}, ${y}`]);
      case 'DE':
        return this.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd}. ${mn('de')} ${y}`, `${dd}.${m}.${y}`]);
      case 'PL':
      case 'TR':
        return `${pad(dd)}.${pad(m)}.${y}`;
      case 'FR':
        return this.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mn('fr')} ${y}`]);
      case 'ES':
      case 'MX':
        return this.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} de ${mn('es')} de ${y}`]);
      case 'BR':
        return this.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} de ${mn('pt')} de ${y}`]);
      case 'IT':
        return this.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mn('it')} ${y}`]);
      case 'NL':
        return this.pick([`${pad(dd)}-${pad(m)}-${y}`, `${dd} ${mn('nl')} ${y}`]);
      case 'JP':
        return this.pick([`${y}年${m}月${dd}日`, `${y}/${pad(m)}/${pad(dd)}`]);
      case 'KR':
        return this.pick([`${y}.${pad(m)}.${pad(dd)}`, `${y}년 ${m}월 ${dd}일`]);
      default:
        return this.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mn('en')} ${y}`, `${dd} ${mn('en').slice(0, 3)} ${y}`]);
    }
  }
  /** A recent, non-birth date. */
  recent(cc = 'US'): string {
    return this.date(cc, 2023, 2026);
  }
  time(): string {
    return `${pad(this.int(0, 23))}:${pad(this.int(0, 59))}`;
  }
  iso(): string {
    return `${this.int(2024, 2026)}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}T${this.time()}:${pad(this.int(0, 59))}Z`;
  }

  address(cc: string, multi = this.chance(0.5)): string {
    const nl = multi ? '\n' : ', ';
    switch (cc) {
      case 'US': {
        const [city, st, zip] = this.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Albany', 'NY', '122'], ['Fresno', 'CA', '937'], ['Aurora', 'CO', '800']] as const);
        const po = this.chance(0.12);
        const street = po ? `PO Box ${this.int(100, 9999)}` : `${this.int(10, 9899)} ${this.pick(['Maple Ridge Dr', 'Old Mill Rd', 'W 38th St', 'Juniper Ave', 'Lakeview Ter', 'Cedar Hollow Ln', 'N Broadway', 'Briarwood Ct', 'Hawthorne Blvd'])}`;
        const unit = !po && this.chance(0.35) ? `${multi && this.chance(0.5) ? '\n' : ', '}${this.pick(['Apt', 'Unit', 'Suite', '#'])} ${this.int(1, 40)}${this.pick(['', 'B', 'C'])}` : '';
        return `${street}${unit}${nl}${city}, ${st} ${zip}${this.dg(2)}${this.chance(0.15) ? `${multi ? '\n' : ', '}USA` : ''}`;
      }
      case 'CA': {
        const [city, pr, fsa] = this.pick([['Toronto', 'ON', 'M5V'], ['Ottawa', 'ON', 'K1P'], ['Halifax', 'NS', 'B3H'], ['Vancouver', 'BC', 'V6B'], ['Calgary', 'AB', 'T2P'], ['Montréal', 'QC', 'H2X']] as const);
        return `${this.int(10, 2999)} ${this.pick(['Queen St W', 'Rue Saint-Denis', 'Bayview Ave', 'Spring Garden Rd', 'Granville St', '17 Ave SW'])}${this.chance(0.4) ? `, Unit ${this.int(101, 2405)}` : ''}${nl}${city} ${pr}  ${fsa} ${this.int(1, 9)}${this.pick(['A', 'C', 'K', 'R'])}${this.int(1, 9)}`.replace('  ', this.chance(0.5) ? ' ' : ', ').replace(`${city} ${pr}`, `${city}, ${pr}`);
      }
      case 'GB': {
        const [town, pc] = this.pick([['Leeds', 'LS6'], ['Bristol', 'BS3'], ['Manchester', 'M14'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'], ['London', 'SE15'], ['York', 'YO31']] as const);
        const flat = this.chance(0.35) ? `Flat ${this.int(1, 12)}${multi ? '\n' : ', '}` : '';
        return `${flat}${this.int(1, 220)} ${this.pick(['Wellington Road', 'Mill Lane', 'Chapel Street', 'Albert Terrace', 'Kingsway', 'Granby Row', 'Harcourt Gardens'])}${nl}${town}${nl}${pc} ${this.int(1, 9)}${this.pick(['AB', 'HT', 'QZ', 'JN', 'DW'])}${this.chance(0.3) ? `${nl}United Kingdom` : ''}`;
      }
      case 'IE':
        return `${this.int(1, 90)} ${this.pick(['Grove Park', 'Seafield Road', 'Ormond Quay', 'Ballymun Road'])}${nl}${this.pick(['Dublin 9', 'Dublin 3', 'Cork', 'Galway'])}${nl}${this.pick(['D09 F2X4', 'D03 K7P1', 'T12 R2C8', 'H91 E6F3'])}${this.chance(0.4) ? `${nl}Ireland` : ''}`;
      case 'DE': {
        const [plz, city] = this.pick([['10115', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['04109', 'Leipzig'], ['20095', 'Hamburg'], ['70173', 'Stuttgart'], ['28195', 'Bremen']] as const);
        return `${this.pick(['Lindenstraße', 'Am Kanal', 'Goethestr.', 'Bergmannstraße', 'Hauptstraße', 'Schillerplatz', 'Rosenweg'])} ${this.int(1, 140)}${this.pick(['', '', 'a', 'b'])}${nl}${plz} ${city}${this.chance(0.25) ? `${nl}Deutschland` : ''}`;
      }
      case 'FR': {
        const [cp, city] = this.pick([['69003', 'Lyon'], ['75011', 'Paris'], ['33000', 'Bordeaux'], ['13006', 'Marseille'], ['44000', 'Nantes'], ['31000', 'Toulouse']] as const);
        return `${this.int(1, 120)}${this.pick(['', ' bis', ''])} ${this.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'quai de la Fosse'])}${nl}${cp} ${city}${this.chance(0.35) ? `${nl}France` : ''}`;
      }
      case 'ES': {
        const [cp, city] = this.pick([['28009', 'Madrid'], ['08012', 'Barcelona'], ['46004', 'Valencia'], ['41001', 'Sevilla'], ['48001', 'Bilbao']] as const);
        return `${this.pick(['Calle de Alcalá', 'Carrer de Verdi', 'Avenida de la Constitución', 'Calle Mayor', 'Gran Vía'])} ${this.int(1, 220)}, ${this.int(1, 8)}º ${this.pick(['A', 'B', 'izq.', 'dcha.'])}${nl}${cp} ${city}${this.chance(0.3) ? `${nl}España` : ''}`;
      }
      case 'MX':
        return `${this.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calle 60'])} ${this.int(12, 1999)}${this.chance(0.5) ? ` Int. ${this.int(1, 30)}` : ''}, Col. ${this.pick(['Roma Norte', 'Del Valle', 'Americana', 'Centro'])}${nl}${this.pick(['06700 Ciudad de México, CDMX', '03100 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '97000 Mérida, Yuc.'])}`;
      case 'BR':
        return `${this.pick(['Rua das Palmeiras', 'Av. Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Av. Sete de Setembro'])}, ${this.int(10, 2400)}${this.chance(0.5) ? ` - Apto ${this.int(11, 184)}` : ''}${nl}${this.pick(['Bela Vista', 'Centro', 'Savassi', 'Boa Viagem'])}${nl}${this.pick(['São Paulo - SP', 'Belo Horizonte - MG', 'Recife - PE', 'Curitiba - PR'])}, ${this.dg(5)}-${this.dg(3)}`;
      case 'IT': {
        const [cap, city] = this.pick([['20121', 'Milano MI'], ['00184', 'Roma RM'], ['40126', 'Bologna BO'], ['10123', 'Torino TO'], ['80134', 'Napoli NA']] as const);
        return `${this.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Santo Stefano', 'Viale Monza'])} ${this.int(1, 180)}${nl}${cap} ${city}${this.chance(0.25) ? `${nl}Italia` : ''}`;
      }
      case 'NL': {
        const [pc, city] = this.pick([['1016 DV', 'Amsterdam'], ['3511 LT', 'Utrecht'], ['2513 AB', 'Den Haag'], ['9711 HV', 'Groningen'], ['5611 EM', 'Eindhoven']] as const);
        return `${this.pick(['Keizersgracht', 'Oudegracht', 'Prinsengracht', 'Herestraat', 'Stratumseind'])} ${this.int(1, 400)}${this.pick(['', '-2', 'A', ' bis'])}${nl}${pc} ${city}${this.chance(0.3) ? `${nl}Nederland` : ''}`;
      }
      case 'PL':
        return `ul. ${this.pick(['Długa', 'Marszałkowska', 'Piotrkowska', 'Floriańska', 'Świętojańska'])} ${this.int(1, 120)}${this.chance(0.6) ? `/${this.int(1, 60)}` : ''}${nl}${this.pick(['00-238 Warszawa', '90-406 Łódź', '31-019 Kraków', '81-375 Gdynia'])}`;
      case 'IN':
        return `${this.pick(['Flat', 'No.'])} ${this.int(101, 1204)}, ${this.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Layout', 'Shanti Apartments'])}, ${this.pick(['14th Cross, HSR Layout', 'Link Road, Andheri West', 'Anna Salai', 'Sector 62'])}${nl}${this.pick(['Bengaluru, Karnataka 560102', 'Mumbai, Maharashtra 400053', 'Chennai, Tamil Nadu 600002', 'Noida, Uttar Pradesh 201309'])}`;
      case 'JP':
        return this.chance(0.5)
          ? `〒${this.int(100, 169)}-${this.dg(4)}${multi ? '\n' : ' '}東京都${this.pick(['渋谷区渋谷', '世田谷区三軒茶屋', '台東区浅草', '港区芝'])}${this.int(1, 4)}-${this.int(1, 30)}-${this.int(1, 20)}${this.chance(0.5) ? ` ${this.pick(['メゾン桜', 'グランハイツ'])}${this.int(101, 905)}号室` : ''}`
          : `${this.int(1, 4)}-${this.int(1, 30)}-${this.int(1, 20)} ${this.pick(['Shibuya, Shibuya-ku, Tokyo 150-0002', 'Sannomiya-cho, Chuo-ku, Kobe, Hyogo 650-0021', 'Karasuma-dori, Nakagyo-ku, Kyoto 604-8005']).replace(/, (?=[A-Z][a-z]+ \d)/, nl)}${this.chance(0.4) ? `${nl}Japan` : ''}`;
      case 'KR':
        return `${this.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'])} ${this.int(10, 520)}${this.chance(0.5) ? `, ${this.int(101, 1502)}호` : ''} (${this.dg(5)})`;
      case 'AU': {
        const [sub, st, pc] = this.pick([['Coogee', 'NSW', '2034'], ['Fitzroy', 'VIC', '3065'], ['West End', 'QLD', '4101'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
        return `${this.chance(0.4) ? `Unit ${this.int(1, 24)}, ` : ''}${this.int(1, 300)} ${this.pick(['Beach Street', 'Brunswick St', 'Boundary Rd', 'Marine Parade', 'Jetty Road'])}${nl}${sub} ${st} ${pc}${this.chance(0.3) ? `${nl}Australia` : ''}`;
      }
      case 'NG':
        return `${this.int(1, 80)} ${this.pick(['Adeola Odeku Street, Victoria Island', 'Awolowo Road, Ikoyi', 'Ogui Road', 'Bode Thomas Street, Surulere'])}${nl}${this.pick(['Lagos 101241', 'Lagos 106104', 'Enugu 400102', 'Lagos 101283'])}${this.chance(0.4) ? `${nl}Nigeria` : ''}`;
      case 'KE':
        return this.chance(0.4) ? `P.O. Box ${this.int(1000, 99999)}-00100${nl}Nairobi${nl}Kenya` : `${this.pick(['Apt 6C, Kindaruma Court, Ngong Road', 'House 14, Riara Road, Kilimani', 'Moi Avenue, Plaza House 3rd Floor'])}${nl}Nairobi ${this.pick(['00100', '00505', '00200'])}`;
      case 'PH':
        return `${this.pick(['Unit 12B, The Residences', 'Blk 7 Lot 22, Camella Homes', '3F Sunvar Plaza'])}, ${this.int(1, 900)} ${this.pick(['Ayala Ave', 'Katipunan Ave', 'Osmeña Blvd'])}${nl}${this.pick(['Makati City 1226', 'Quezon City 1108', 'Cebu City 6000'])}${this.chance(0.3) ? `${nl}Philippines` : ''}`;
      case 'ZA':
        return `${this.int(1, 250)} ${this.pick(['Kloof Street, Gardens', 'Jan Smuts Avenue, Parktown', 'Florida Road, Morningside'])}${nl}${this.pick(['Cape Town 8001', 'Johannesburg 2193', 'Durban 4001'])}${this.chance(0.3) ? `${nl}South Africa` : ''}`;
      case 'SE':
        return `${this.pick(['Götgatan', 'Storgatan', 'Linnégatan', 'Drottninggatan'])} ${this.int(1, 99)}${this.chance(0.3) ? ' lgh 1102' : ''}${nl}${this.pick(['118 46 Stockholm', '413 04 Göteborg', '211 43 Malmö'])}${this.chance(0.3) ? `${nl}Sverige` : ''}`;
      case 'TR':
        return `${this.pick(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Bulvarı', 'Kazım Karabekir Sok.'])} No: ${this.int(1, 300)} D: ${this.int(1, 24)}${nl}${this.pick(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`;
      case 'AE':
        return `${this.pick(['Apt 1204, Marina Crown', 'Villa 18, Street 7', 'Office 305, Al Saqr Tower'])}, ${this.pick(['Dubai Marina', 'Al Barsha 2', 'Sheikh Zayed Road'])}${nl}${this.pick(['PO Box 11824, Dubai', 'PO Box 502, Abu Dhabi', 'Dubai'])}${nl}United Arab Emirates`;
      case 'SG':
        return `${this.pick(['Blk', 'Block'])} ${this.int(100, 899)} ${this.pick(['Tampines Street 81', 'Ang Mo Kio Ave 3', 'Jurong West St 42'])}, #${pad(this.int(2, 25))}-${this.int(10, 399)}${nl}Singapore ${this.int(310, 650)}${this.dg(3)}`;
      default:
        return this.address('US', multi);
    }
  }

  card(): string {
    const x = this.r.next();
    let prefix: string;
    let len: number;
    if (x < 0.32) [prefix, len] = ['4', this.chance(0.9) ? 16 : this.pick([13, 19])];
    else if (x < 0.52) [prefix, len] = [this.chance(0.7) ? String(this.int(51, 55)) : String(this.int(2221, 2720)), 16];
    else if (x < 0.66) [prefix, len] = [this.pick(['34', '37']), 15];
    else if (x < 0.76) [prefix, len] = [this.pick(['6011', String(this.int(644, 649)), '65']), 16];
    else if (x < 0.84) [prefix, len] = [String(this.int(3528, 3589)), 16];
    else if (x < 0.92) [prefix, len] = [this.pick(['36', '38', String(this.int(300, 305))]), 14];
    else [prefix, len] = ['62', this.pick([16, 19])];
    let body = prefix + this.dg(len - prefix.length - 1);
    for (let c = 0; c <= 9; c++) {
      if (luhnValid(body + String(c))) {
        body += String(c);
        break;
      }
    }
    return this.groupCard(body);
  }
  groupCard(d: string): string {
    const sep = this.pick([' ', ' ', '-', '']);
    let groups: number[];
    if (d.length === 15) groups = [4, 6, 5];
    else if (d.length === 14) groups = [4, 6, 4];
    else if (d.length === 16) groups = [4, 4, 4, 4];
    else if (d.length === 19) groups = [4, 4, 4, 4, 3];
    else groups = [4, 4, 5];
    if (sep === '') return d;
    const out: string[] = [];
    let i = 0;
    for (const g of groups) {
      out.push(d.slice(i, i + g));
      i += g;
    }
    return out.join(sep);
  }
  /** A card-like number that fails Luhn. */
  badCard(): string {
    const good = this.card();
    const last = Number(good.at(-1));
    return good.slice(0, -1) + String((last + this.int(1, 9)) % 10);
  }
  maskedCard(): string {
    return this.pick([`**** **** **** ${this.dg(4)}`, `XXXX-XXXX-XXXX-${this.dg(4)}`, `•••• ${this.dg(4)}`, `${this.pick(['Visa', 'Mastercard', 'Amex'])} ending ${this.dg(4)}`, `4${this.dg(5)}******${this.dg(4)}`]);
  }

  iban(cc?: string): string {
    const c = cc && IBAN_BBAN[cc] ? cc : this.pick(IBAN_COUNTRIES);
    const [a, n, z] = IBAN_BBAN[c] ?? [0, 18, 0];
    const L = (k: number): string => Array.from({ length: k }, () => String.fromCharCode(65 + this.int(0, 25))).join('');
    const bban = L(a) + this.dg(n) + (z === 2 ? `${L(1)}${this.int(1, 2)}` : '');
    const check = 98 - mod97(`${bban}${c}00`);
    const compact = `${c}${pad(check)}${bban}`;
    if (compact.length !== IBAN_LENGTHS[c]) throw new Error(`IBAN length ${c}`);
    return this.groupIban(compact);
  }
  groupIban(compact: string): string {
    const x = this.r.next();
    const spaced = compact.replace(/(.{4})/g, '$1 ').trim();
    if (x < 0.6) return spaced;
    if (x < 0.9) return compact;
    return this.chance(0.5) ? spaced.toLowerCase() : compact.toLowerCase();
  }
  badIban(): string {
    const good = this.iban().replace(/\s/g, '').toUpperCase();
    const ck = Number(good.slice(2, 4));
    const wrong = ((ck - 2 + this.int(1, 90)) % 97) + 2;
    return this.groupIban(`${good.slice(0, 2)}${pad(wrong === ck ? ((ck - 1) % 97) + 2 : wrong)}${good.slice(4)}`);
  }

  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const s = [pad(area, 3), pad(this.int(1, 99)), pad(this.int(1, 9999), 4)];
    const x = this.r.next();
    return x < 0.75 ? s.join('-') : x < 0.88 ? s.join(' ') : s.join('');
  }
  maskedSsn(): string {
    return this.pick([`***-**-${this.dg(4)}`, `XXX-XX-${this.dg(4)}`, `xxx-xx-${this.dg(4)}`, `•••-••-${this.dg(4)}`]);
  }
  ein(): string {
    return `${this.pick(['12', '27', '46', '81', '94', '47', '83'])}-${this.dg(7)}`;
  }
  itin(): string {
    return `9${this.dg(2)}-${this.pick(['70', '78', '88', '92'])}-${this.dg(4)}`;
  }
  routing(): string {
    return this.pick(['021000021', '011401533', '091000019', '121042882', '026009593', '322271627']);
  }
  foreignTaxId(cc: string): [string, string] {
    switch (cc) {
      case 'GB': return ['National Insurance number', `${this.pick(['QQ', 'AB', 'JK', 'NP'])} ${this.dg(2)} ${this.dg(2)} ${this.dg(2)} ${this.pick(['A', 'B', 'C', 'D'])}`];
      case 'DE': return ['Steuer-ID', `${this.nz(2)} ${this.dg(3)} ${this.dg(3)} ${this.dg(3)}`];
      case 'IN': return ['PAN', `${String.fromCharCode(65 + this.int(0, 25))}BCP${String.fromCharCode(65 + this.int(0, 25))}${this.dg(4)}${String.fromCharCode(65 + this.int(0, 25))}`];
      case 'BR': return ['CPF', `${this.dg(3)}.${this.dg(3)}.${this.dg(3)}-${this.dg(2)}`];
      case 'CA': return ['SIN', `${this.nz(3)} ${this.dg(3)} ${this.dg(3)}`];
      case 'ES': return ['NIF', `${this.dg(8)}${this.pick(['Z', 'K', 'T', 'R'])}`];
      case 'IT': return ['codice fiscale', `${this.pick(['RSS', 'BNC', 'GLL'])}${this.pick(['MRA', 'GLI', 'LRN'])}${this.dg(2)}A${this.dg(2)}F${this.dg(3)}X`];
      case 'AU': return ['TFN', `${this.dg(3)} ${this.dg(3)} ${this.dg(3)}`];
      case 'MX': return ['RFC', `${this.pick(['GAHM', 'ROCF', 'SALX'])}${this.dg(6)}${this.pick(['K2A', 'HM3', '9B1'])}`];
      case 'NL': return ['BSN', this.dg(9)];
      case 'FR': return ['numéro fiscal', `${this.int(1, 3)} ${this.dg(2)} ${this.dg(2)} ${this.dg(3)} ${this.dg(3)} ${this.dg(3)}`];
      default: return ['tax ID', `${this.pick(['TIN', 'NIN'])}-${this.dg(8)}`];
    }
  }

  ipv4(): string {
    const x = this.r.next();
    if (x < 0.15) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (x < 0.27) return `192.168.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (x < 0.33) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    let a = this.int(11, 223);
    if (a === 127) a = 128;
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const h = (): string => this.int(0, 65535).toString(16);
    const groups = [this.pick(['2001', '2a02', '2600', '2406', '2c0f', 'fe80', '2a01', '2804']), h(), h(), h(), h(), h(), h(), h()];
    if (groups[0] === 'fe80') return `fe80::${h()}:${h()}:${h()}:${h()}`;
    if (this.chance(0.5)) {
      const i = this.int(2, 4);
      const len = this.int(2, 3);
      return `${groups.slice(0, i).join(':')}::${groups.slice(i + len).join(':')}`;
    }
    return groups.join(':');
  }
  ip(): string {
    return this.chance(0.75) ? this.ipv4() : this.ipv6();
  }

  money(cur = '$'): string {
    const v = this.int(40, 9800);
    return cur === '€' ? `${v},${pad(this.int(0, 99))} €` : `${cur}${v.toLocaleString('en-US')}.${pad(this.int(0, 99))}`;
  }
  ref(prefix: string, n = 8): string {
    return `${prefix}${this.dg(n)}`;
  }
  hash(n = 40): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(this.int(0, 15));
    return s;
  }
  version(): string {
    return this.pick([`v${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 20)}`, `${this.int(1, 5)}.${this.int(0, 19)}.${this.int(0, 9)}-rc.${this.int(1, 4)}`, `Chrome/${this.int(118, 131)}.0.${this.int(5000, 6999)}.${this.int(10, 200)}`, `build ${this.int(2, 9)}.${this.int(0, 40)}.${this.int(1000, 9999)}`]);
  }
  trap(kind: 'brand' | 'software' | 'place' | 'thing' | 'pet' | 'team'): string {
    const pools = { brand: TRAP_BRANDS, software: TRAP_SOFTWARE, place: TRAP_PLACES, thing: TRAP_THINGS, pet: PETS, team: TEAM_NAMES };
    return this.pick(pools[kind]);
  }
  platform(): string {
    return this.pick(PLATFORMS);
  }
  skill(): string {
    return this.pick(SKILLS);
  }
  handle(p: Person): string {
    return `@${fold(p.given)}${this.pick(['_codes', '.designs', 'writes', '_dev', this.dg(2)])}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------

type Template = (d: Doc, g: Gen) => void;

/** Writes a labelled name in a random form. */
function nm(d: Doc, g: Gen, p: Person): Doc {
  return d.l('PERSON', g.nameForm(p));
}
/** Honorific (outside) + surname or full name (inside). */
function hon(d: Doc, g: Gen, p: Person): Doc {
  return d.t(g.honorific(p)).l('PERSON', g.chance(0.6) ? p.family : p.full);
}

const TEMPLATES: Template[] = [
  // 1 client → freelancer chat opener
  (d, g) => {
    const f = g.person();
    const c = g.person();
    d.t(`[${g.platform()} chat · ${g.skill()}]\nHi `).l('PERSON', f.given).t(`, loved your portfolio. Before I fund the first milestone, can we hop on a quick call? I'm on `).l('PHONE', g.phone(c.cc)).t(` most afternoons, or mail me at `).l('EMAIL', g.email(c)).t(`.\nThanks,\n`).me(c);
  },
  // 2 proposal cover letter
  (d, g) => {
    const f = g.person();
    const pl = g.platform();
    d.t(`Proposal for "${g.skill()}" — fixed price ${g.money()}\n\nHello! I'm `).me(f).t(`, a ${g.int(3, 14)}-year freelancer on ${pl}. I've shipped similar work for a ${g.trap('brand')} supplier and an agency in ${g.trap('place')}. `);
    if (g.chance(0.5)) d.t(`My former lead, `).l('PERSON', g.person().full).t(`, can vouch for me. `);
    d.t(`Reach me at `).l('EMAIL', g.email(f)).t(` or WhatsApp `).l('PHONE', g.phone(f.cc)).t(`.\nDelivery in ${g.int(3, 21)} days; ${g.int(1, 3)} revision rounds included.`);
  },
  // 3 contract header
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`INDEPENDENT CONTRACTOR AGREEMENT\nEffective date: ${g.recent(a.cc)}\nContract ID: ${g.ref('CTR-', 7)}\n\nClient: `).l('PERSON', a.full.toUpperCase()).t(`, residing at `).l('ADDRESS', g.address(a.cc, false)).t(` ("Client")\nContractor: `).me(b).t(`, of `).l('ADDRESS', g.address(b.cc, false)).t(` ("Contractor")\nNotices: `).l('EMAIL', g.email(a)).t(` / `).l('EMAIL', g.email(b)).t(`\nGoverning law: ${g.pick(['Delaware', 'England and Wales', 'the Netherlands', 'Ontario'])}. This Agreement does not create an employment relationship; ${g.pick(['the Sarbanes-Oxley Act', 'the Dodd-Frank Act', 'the Fair Labor Standards Act'])} does not apply.`);
  },
  // 4 milestone released
  (d, g) => {
    const f = g.person();
    const c = g.person();
    d.t(`Milestone ${g.int(1, 4)} of ${g.int(4, 6)} released\n\n`).l('PERSON', c.full).t(` approved "${g.skill()}" and released ${g.money()} from escrow (ESC-${g.dg(9)}) to `).l('PERSON', f.given).t(`. Funds will be paid to the account on file, `).l('IBAN', g.iban(IBAN_FOR_CC[f.cc])).t(`, within 3–5 business days.\nQuestions? `).l('EMAIL', g.roleEmail(g.platform())).t(``);
  },
  // 5 escrow funding receipt with card
  (d, g) => {
    const c = g.person();
    d.t(`Receipt #${g.ref('RC', 10)}\nEscrow funded: ${g.money()} on ${g.recent()} ${g.time()} UTC\nPaid by: `).me(c).t(`\nCard: `).l('CARD', g.card()).t(`\nBilling address: `).l('ADDRESS', g.address(c.cc, false)).t(`\nProcessing fee: $${g.int(2, 60)}.${pad(g.int(0, 99))}\nThis charge appears as ${g.platform().toUpperCase()}*ESCROW on your statement.`);
  },
  // 6 W-9 dump
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number\nLine 1 Name: `).me(p).t(`\nLine 2 Business name: ${g.pick(['Blue Heron Creative LLC', 'Northgate Media', 'Quiet Pixel Consulting', '(blank)'])}\nLine 3a: Individual/sole proprietor\nLine 5-6 Address: `).l('ADDRESS', g.address('US', g.chance(0.5))).t(`\nPart I TIN — Social security number: `).l('NATIONAL_ID', g.ssn()).t(`\nRequester: ${g.platform()} Inc., EIN ${g.ein()}\nSigned: `).l('PERSON', p.full).t(`   Date: ${g.recent('US')}`);
  },
  // 7 1099-NEC summary
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`1099-NEC ${g.int(2023, 2025)} — copy B for recipient\nPAYER: ${g.platform()} Payments Inc. (Wilmington, Delaware) · Payer TIN ${g.ein()}\nRECIPIENT: `).l('PERSON', p.full.toUpperCase()).t(`\nRecipient TIN: `).l('NATIONAL_ID', g.ssn()).t(`\nStreet, city: `).l('ADDRESS', g.address('US', false)).t(`\nBox 1 Nonemployee compensation: ${g.money()}\nBox 4 Federal income tax withheld: $0.00\nAccount number: ${g.ref('FRL', 9)}`);
  },
  // 8 W-8BEN foreign
  (d, g) => {
    const p = g.personIn(['DE', 'FR', 'IN', 'BR', 'GB', 'ES', 'IT', 'NL', 'MX', 'AU']);
    const [idName, idVal] = g.foreignTaxId(p.cc);
    d.t(`W-8BEN — Certificate of Foreign Status of Beneficial Owner\n1 Name of individual: `).me(p).t(`\n2 Country of citizenship: ${p.cc}\n3 Permanent residence address: `).l('ADDRESS', g.address(p.cc, true)).t(`\n6a Foreign tax identifying number (${idName}): ${idVal}\n8 Date of birth: `).l('DOB', g.date('US')).t(`\n9 Treaty country: ${p.cc} · Article ${g.int(7, 21)}\nCertified on ${g.recent('US')} from IP `).l('IP', g.ip()).t(``);
  },
  // 9 KYC form
  (d, g) => {
    const p = g.person();
    d.t(`Identity verification — step 2 of 3\nLegal first name: `).l('PERSON', p.given).t(`\nLegal last name: `).l('PERSON', p.family).t(`\nDate of birth: `).l('DOB', g.date(p.cc)).t(`\nMobile: `).l('PHONE', g.phone(p.cc)).t(`\nResidential address:\n`).l('ADDRESS', g.address(p.cc, true)).t(`\nDocument: ${g.pick(['passport', 'national ID card', 'driving licence'])} no. ${g.pick(['C', 'X', 'P'])}${g.dg(8)} (expires ${g.recent(p.cc)})\nSession IP: `).l('IP', g.ip()).t(``);
  },
  // 10 KYC agent note: DOB mismatch
  (d, g) => {
    const p = g.person();
    const ag = g.person();
    d.t(`[Verification note · case KYC-${g.dg(6)}]\nSelfie matches the ID photo, but the document shows DOB `).l('DOB', g.date(p.cc)).t(` while the profile says `).l('DOB', g.date(p.cc)).t(`. Asked `).l('PERSON', p.given).t(` to correct the profile; re-submission due ${g.recent()}. Liveness score ${g.int(71, 99)}%.\n— `).l('PERSON', `${ag.given.charAt(0)}. ${ag.family}`).t(`, Trust & Safety`);
  },
  // 11 dispute filed by client
  (d, g) => {
    const c = g.person();
    const f = g.person();
    d.t(`Dispute DSP-${g.dg(7)} opened by client\nClient: `).me(c).t(` <`).l('EMAIL', g.email(c)).t(`>\nFreelancer: `).l('PERSON', f.full).t(` (${g.handle(f)})\nReason: deliverables not as described. "`).l('PERSON', f.given).t(` stopped replying after milestone ${g.int(1, 3)} and the ${g.trap('software')} build fails."\nAmount in escrow: ${g.money()}\nResponse due by ${g.recent()} ${g.time()}.`);
  },
  // 12 arbitration notes
  (d, g) => {
    const arb = g.person();
    const a = g.person();
    const b = g.person();
    d.t(`ARBITRATION NOTES — case ARB-${g.int(2024, 2026)}-${g.dg(4)}\nArbitrator: `).l('PERSON', arb.full).t(`\nParties: `).l('PERSON', `${a.family}, ${a.given}`).t(` (claimant) v. `).l('PERSON', `${b.family}, ${b.given}`).t(` (respondent)\nHearing held by video on ${g.recent()}. Claimant joined from `).l('IP', g.ipv4()).t(`; respondent from `).l('IP', g.ip()).t(`.\nFinding: ${g.int(30, 100)}% of escrow to claimant. `).l('PERSON', b.family).t(`'s late delivery excused in part due to ${g.pick(['Hurricane Milton', 'Storm Ciarán', 'a power outage'])}.`);
  },
  // 13 review
  (d, g) => {
    const f = g.person();
    const c = g.person();
    d.t(`★★★★${g.pick(['★', '☆'])}  "${g.skill()}"\nWorking with `).l('PERSON', f.given).t(` was ${g.pick(['a delight', 'smooth', 'mostly fine', 'excellent'])}. `).l('PERSON', f.given).t(` explained every ${g.trap('software')} setting and even fixed our ${g.trap('brand')} printer drivers. Would hire again.\n— `).l('PERSON', c.given).t(`, ${g.pick(['Ohio', 'Leeds', 'Lyon', 'Pune', 'Cebu', 'Nairobi'])} · ${g.recent()}`);
  },
  // 14 profile page
  (d, g) => {
    const f = g.person();
    d.t(`PROFILE\n`).me(f).t(` · ${g.handle(f)} · Top Rated\n${g.pick(['Brand designer', 'Full-stack dev', 'Translator', 'Bookkeeper', 'Video editor'])} based in ${g.pick(['Kraków', 'Lagos', 'Medellín', 'Osaka', 'Bristol', 'Kochi'])}. Member since ${g.recent()}. ${g.int(40, 400)} jobs, ${g.int(90, 100)}% job success.\nLanguages: English, ${g.pick(['Spanish', 'German', 'Yoruba', 'Hindi', 'Japanese'])}\nBusiness enquiries: `).l('EMAIL', g.email(f, g.pick(OWN_DOMAINS))).t(``);
  },
  // 15 time tracking CSV
  (d, g) => {
    const f = g.person();
    const ip = g.ip();
    d.t(`date,freelancer,task,hours,tracker_ip,screenshot_hash\n`);
    const rows = g.int(3, 5);
    for (let i = 0; i < rows; i++) {
      d.t(`${g.int(2024, 2026)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))},`).l('PERSON', f.full).t(`,${g.pick(['wireframes', 'API client', 'QA pass', 'copy edits', 'call with client'])},${g.int(1, 8)}.${g.int(0, 9)},`).l('IP', i === 0 || g.chance(0.5) ? ip : g.ip()).t(`,${g.hash(12)}\n`);
    }
  },
  // 16 freelancer invoice
  (d, g) => {
    const f = g.person();
    const cl = g.person();
    d.t(`INVOICE ${g.ref('INV-', 5)}\nDate: ${g.recent(f.cc)}    Due: ${g.recent(f.cc)}\n\nFrom:\n`).me(f).t(`\n`).l('ADDRESS', g.address(f.cc, true)).t(`\n`).l('EMAIL', g.email(f)).t(`\n\nBill to:\n${g.pick(['Northwind Retail Ltd', 'Bluefin Analytics GmbH', 'Casa Verde S.L.', 'Koru Health Pty'])}\nAttn: `).l('PERSON', cl.full).t(`\n\n${g.skill()} — ${g.int(10, 80)} h × ${g.money()}\nPay to IBAN: `).l('IBAN', g.iban(IBAN_FOR_CC[f.cc])).t(`\nRef: ${g.ref('', 6)}`);
  },
  // 17 suspended account appeal
  (d, g) => {
    const p = g.person();
    d.t(`Subject: Account suspended — please review\n\nHello ${g.platform()} team,\nmy account was suspended on ${g.recent()} for "suspicious login activity". I travel a lot; the login from `).l('IP', g.ip()).t(` was me at a coworking space. My registered email is `).l('EMAIL', g.email(p)).t(` and phone `).l('PHONE', g.phone(p.cc)).t(`. I have ${g.int(2, 9)} active contracts and clients waiting.\n\nRegards,\n`).me(p);
  },
  // 18 agent reply to suspension
  (d, g) => {
    const p = g.person();
    const ag = g.person();
    d.t(`Hi `).l('PERSON', p.given).t(`,\n\nThanks for your patience. Ticket #${g.dg(7)} is with our review team. For security we can only confirm the card ${g.maskedCard()} and phone ${g.maskedPhone()} on file. Please don't send full numbers here.\n\nBest,\n`).l('PERSON', ag.given).t(` | ${g.platform()} Support`);
  },
  // 19 new sign-in alert
  (d, g) => {
    const p = g.person();
    const pl = g.platform();
    d.t(`New sign-in to your ${pl} account\n\nHi `).l('PERSON', p.given).t(`, we noticed a new sign-in on ${g.recent()} at ${g.time()}.\nDevice: ${g.pick(['Windows 11', 'macOS 14.5', 'Android 14', 'iPhone'])} · ${g.version()}\nIP address: `).l('IP', g.ip()).t(`\nApprox. location: ${g.pick(['Lisbon, PT', 'Austin, US', 'Hanoi, VN', 'Accra, GH'])}\nIf this wasn't you, reset your password and contact `).l('EMAIL', g.roleEmail(pl)).t(`.`);
  },
  // 20 server log
  (d, g) => {
    const p = g.person();
    for (let i = 0, n = g.int(3, 6); i < n; i++) {
      d.t(`${g.iso()} ${g.pick(['INFO', 'WARN', 'INFO', 'ERROR'])} ${g.pick(['auth', 'payout', 'escrow', 'gateway'])} req=${g.hash(8)} `);
      const k = g.int(0, 3);
      if (k === 0) d.t(`client=`).l('IP', g.ipv4()).t(`:${g.int(1024, 65535)} user=`).l('EMAIL', g.email(p)).t(` login ok`);
      else if (k === 1) d.t(`src=[`).l('IP', g.ipv6()).t(`]:${g.pick([443, 8443])} payout_batch=${g.ref('PB', 6)} status=queued`);
      else if (k === 2) d.t(`ua="${g.version()}" xff=`).l('IP', g.ipv4()).t(` latency=${g.int(3, 900)}ms`);
      else d.t(`worker=${g.hash(6)} build=${g.version()} retry=${g.int(1, 5)}`);
      d.t('\n');
    }
  },
  // 21 payout method change
  (d, g) => {
    const p = g.person();
    d.t(`Payout method updated\n\n`).me(p).t(` changed the payout account from IBAN ending ${g.dg(4)} to `).l('IBAN', g.iban(IBAN_FOR_CC[p.cc])).t(`. A code was sent to `).l('PHONE', g.phone(p.cc)).t(` and confirmed from IP `).l('IP', g.ip()).t(`. Payouts are held for 72 h after a change.`);
  },
  // 22 chargeback, customer pastes card
  (d, g) => {
    const p = g.person();
    d.t(`Customer: hi, I got charged twice for the same gig (order ${g.ref('ORD-', 8)}). the card is `).l('CARD', g.card()).t(`, exp ${pad(g.int(1, 12))}/${g.int(26, 31)}. my name on the card is `).l('PERSON', p.full.toUpperCase()).t(`\nAgent: Sorry about that! I've flagged it. Please don't share full card numbers in chat; I've masked it on our side. A refund of ${g.money()} is on its way.`);
  },
  // 23 phone transcript with spoken values
  (d, g) => {
    const p = g.personIn(['US', 'CA', 'GB']);
    const ag = g.person();
    d.t(`[Call transcript · ${g.recent()} · auto-generated]\nAGENT: Thanks for calling ${g.platform()}, this is `).l('PERSON', ag.given).t(`. Who am I speaking with?\nCALLER: Hi, it's `).me(p).t(`.\nAGENT: Can you confirm the email on the account?\nCALLER: sure, it's `).l('EMAIL', g.spokenEmail(p)).t(`.\nAGENT: And a callback number?\nCALLER: `).l('PHONE', g.spokenPhone()).t(`.\nAGENT: Great, I see the withdrawal on hold. I'll escalate it.`);
  },
  // 24 forwarded thread headers
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`---------- Forwarded message ---------\nFrom: `).l('PERSON', a.full).t(` <`).l('EMAIL', g.email(a)).t(`>\nDate: ${g.recent()} ${g.time()}\nTo: `).l('PERSON', b.full).t(` <`).l('EMAIL', g.email(b)).t(`>\nSubject: Re: ${g.skill()} — scope change\n\n`).l('PERSON', b.given).t(`, attached are the revised specs. ${g.trap('team')} signed off.`);
  },
  // 25 referral
  (d, g) => {
    const p = g.person();
    const q = g.person();
    d.t(`You earned a referral bonus! `).l('PERSON', q.full).t(` (`).l('EMAIL', g.email(q)).t(`) joined ${g.platform()} with your code ${g.pick(['GL', 'TH', 'FX', 'QZ'])}${g.hash(5).toUpperCase()} and completed a first contract. ${g.money()} has been added to your balance, `).l('PERSON', p.given).t(`.`);
  },
  // 26 agency roster
  (d, g) => {
    d.t(`Agency roster — ${g.pick(['Mooncraft', 'Tallgrass', 'Sparrowtype'])} Studio\nname | role | email | phone\n`);
    for (let i = 0, n = g.int(3, 5); i < n; i++) {
      const p = g.person();
      d.l('PERSON', g.chance(0.7) ? p.full : `${p.given.charAt(0)}. ${p.family}`).t(` | ${g.pick(['designer', 'PM', 'backend', 'QA', 'copy'])} | `).l('EMAIL', g.email(p)).t(` | `).l('PHONE', g.phone(p.cc)).t('\n');
    }
  },
  // 27 Australian contractor tax
  (d, g) => {
    const p = g.personIn(['AU']);
    const [, tfn] = g.foreignTaxId('AU');
    d.t(`Contractor details (AU)\nName: `).me(p).t(`\nABN: ${g.dg(2)} ${g.dg(3)} ${g.dg(3)} ${g.dg(3)}\nTFN: ${tfn}\nPostal address: `).l('ADDRESS', g.address('AU', false)).t(`\nMobile: `).l('PHONE', g.phone('AU')).t(`\nGST registered: ${g.pick(['yes', 'no'])}`);
  },
  // 28 Brazilian chat
  (d, g) => {
    const p = g.personIn(['BR']);
    const [, cpf] = g.foreignTaxId('BR');
    d.t(`Oi `).l('PERSON', p.given).t(`, tudo bem? Pode emitir a nota fiscal no meu nome: `).me(p).t(`, CPF ${cpf}, endereço `).l('ADDRESS', g.address('BR', false)).t(`. Meu celular é `).l('PHONE', g.phone('BR')).t(`. Para o pagamento internacional use o IBAN `).l('IBAN', g.iban('BR')).t(`. Obrigado!`);
  },
  // 29 delivery gig courier
  (d, g) => {
    const cour = g.person();
    const cust = g.person();
    d.t(`Order ${g.ref('#', 6)} · picked up ${g.time()}\nYour courier `).l('PERSON', cour.given).t(` (${g.pick(['bike', 'scooter', 'Ford Fiesta', 'Honda Jazz'])}, plate ${g.pick(['KX', 'LR', 'B-'])}${g.dg(2)} ${g.dg(3)}) is on the way.\nDeliver to: `).l('PERSON', cust.full).t(`, `).l('ADDRESS', g.address(cust.cc, false)).t(`\nNote: ring twice, dog called ${g.trap('pet')} is friendly. Call `).l('PHONE', g.phone(cust.cc)).t(` on arrival.`);
  },
  // 30 background check consent
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`BACKGROUND CHECK AUTHORIZATION\nFull legal name: `).me(p).t(`\nOther names used: `).l('PERSON', `${p.given} ${g.person('anglo-us').family}`).t(`\nDOB: `).l('DOB', g.date('US')).t(`   SSN: `).l('NATIONAL_ID', g.ssn()).t(`\nCurrent address: `).l('ADDRESS', g.address('US', false)).t(`\nPrevious address (2019–2022): `).l('ADDRESS', g.address('US', false)).t(`\nI authorize ${g.platform()} and its vendor to obtain consumer reports under the FCRA.`);
  },
  // 31 direct deposit form
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Direct deposit setup\nAccount holder: `).l('PERSON', p.full).t(`\nRouting number: ${g.routing()}\nAccount number: ${g.dg(10)}\nSSN (last 4 on file): ${g.maskedSsn()}\nEmployer ID of payer: ${g.ein()}\nConfirmation sent to `).l('EMAIL', g.email(p)).t(`.`);
  },
  // 32 off-platform payment attempt + moderator
  (d, g) => {
    const f = g.person();
    const mod = g.person();
    d.t(`[message auto-hidden]\n`).l('PERSON', f.given).t(`: let's skip the fees — pay me directly to `).l('IBAN', g.iban()).t(` or call `).l('PHONE', g.phone(f.cc)).t(`\n\n[moderator note] Off-platform payment request, policy 4.2. Warning issued to `).l('PERSON', f.full).t(`. — `).l('PERSON', mod.given).t(` (T&S)`);
  },
  // 33 fraud ring review
  (d, g) => {
    const ip = g.ipv4();
    d.t(`Fraud review FR-${g.dg(5)}: ${g.int(3, 4)} accounts share device fingerprint ${g.hash(16)} and IP `).l('IP', ip).t(`.\n`);
    for (let i = 0, n = g.int(3, 4); i < n; i++) {
      const p = g.person();
      d.t(`- `).l('PERSON', p.full).t(` / `).l('EMAIL', g.email(p)).t(` / created ${g.recent()}\n`);
    }
    d.t(`Recommend: suspend and hold payouts. Reviewer: ${g.trap('team')}.`);
  },
  // 34 NDA parties
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`MUTUAL NON-DISCLOSURE AGREEMENT\nThis NDA is made on ${g.recent(a.cc)} between `).l('PERSON', a.full).t(`, whose address is\n`).l('ADDRESS', g.address(a.cc, true)).t(`\nand `).me(b).t(`, whose address is\n`).l('ADDRESS', g.address(b.cc, true)).t(`\nSigned electronically; audit trail IP `).l('IP', g.ip()).t(`.`);
  },
  // 35 welcome email
  (d, g) => {
    const p = g.person();
    const pl = g.platform();
    d.t(`Welcome to ${pl}, `).l('PERSON', p.given).t(`!\nYour profile is live. Complete identity verification to unlock payouts. Need help? Write to `).l('EMAIL', g.roleEmail(pl)).t(` or `).l('EMAIL', `${g.pick(ROLES)}@${PLATFORM_DOMAIN[pl] ?? 'gigloom.com'}`).t(`.\n${g.trap('team')} · ${g.version()}`);
  },
  // 36 timestamped dispute chat log
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`[${g.time()}] `).l('PERSON', a.given).t(`: the logo files are in the drive\n[${g.time()}] `).l('PERSON', b.given).t(`: they're low-res, I asked for vectors\n[${g.time()}] `).l('PERSON', a.given).t(`: Grant the extension and I'll redo them\n[${g.time()}] `).l('PERSON', b.given).t(`: fine. text me at `).l('PHONE', g.phone(b.cc)).t(` when done`);
  },
  // 37 webhook JSON
  (d, g) => {
    const p = g.person();
    d.t(`{"event":"payment.succeeded","id":"evt_${g.hash(24)}","payer":{"name":"`).l('PERSON', p.full).t(`","email":"`).l('EMAIL', g.email(p)).t(`","ip":"`).l('IP', g.ip()).t(`"},"card":{"brand":"visa","last4":"${g.dg(4)}"},"amount":${g.int(500, 99000)},"currency":"usd","created":${g.int(1_700_000_000, 1_790_000_000)}}`);
  },
  // 38 Japanese client message
  (d, g) => {
    const fam = g.pick(JA_FAMILY);
    const me = g.pick(JA_FAMILY) + g.pick(JA_GIVEN);
    d.t(``).l('PERSON', fam).t(`様\n\nいつもお世話になっております。先日の翻訳案件の件でご連絡いたしました。納品物は${g.recent('JP')}までにお送りします。お急ぎの場合は`).l('PHONE', g.phone('JP')).t(`までお電話ください。\n請求書の送付先：\n`).l('ADDRESS', g.address('JP', true)).t(`\n\n`).l('PERSON', me).t(``);
  },
  // 39 German client
  (d, g) => {
    const p = g.personIn(['DE']);
    const me = g.person();
    d.t(`Sehr geehrte${g.chance(0.5) ? 'r Herr' : ' Frau'} `).l('PERSON', p.family).t(`,\n\nanbei die Rechnung für das ${g.pick(['Logo-Redesign', 'Lektorat', 'Shopify-Setup'])}. Bitte überweisen Sie den Betrag von ${g.money('€')} bis zum ${g.recent('DE')} auf folgendes Konto:\nIBAN: `).l('IBAN', g.iban('DE')).t(`\nBIC: ${g.pick(['COBADEFFXXX', 'DEUTDEBBXXX', 'GENODEF1S04'])}\nUSt-IdNr.: DE${g.dg(9)}\n\nMit freundlichen Grüßen\n`).me(me).t(`\nTel. `).l('PHONE', g.phone('DE')).t(``);
  },
  // 40 French KYC / facture
  (d, g) => {
    const p = g.personIn(['FR']);
    const [, nf] = g.foreignTaxId('FR');
    d.t(`Bonjour ${g.chance(0.5) ? 'M.' : 'Mme'} `).l('PERSON', p.family).t(`,\nPour valider votre compte auto-entrepreneur, merci de confirmer : né(e) le `).l('DOB', g.date('FR')).t(`, domicilié(e) au `).l('ADDRESS', g.address('FR', false)).t(`, numéro fiscal ${nf}, SIRET ${g.dg(14)}.\nRIB : `).l('IBAN', g.iban('FR')).t(`\nCordialement, l'équipe ${g.platform()}`);
  },
  // 41 Spanish message
  (d, g) => {
    const p = g.personIn(['ES', 'MX']);
    const [, nif] = g.foreignTaxId('ES');
    d.t(`Estimad${g.chance(0.5) ? 'a Sra.' : 'o Sr.'} `).l('PERSON', p.family).t(`:\nLe confirmamos el alta como autónomo. Datos registrados: `).l('PERSON', p.full).t(`, NIF ${nif}, domicilio `).l('ADDRESS', g.address(p.cc, false)).t(`, teléfono `).l('PHONE', g.phone(p.cc)).t(`. La factura ${g.ref('F-', 6)} del ${g.recent('ES')} se abonará en la cuenta `).l('IBAN', g.iban('ES')).t(`.\nUn saludo.`);
  },
  // 42 Italian invoice
  (d, g) => {
    const p = g.personIn(['IT']);
    const [, cf] = g.foreignTaxId('IT');
    d.t(`FATTURA n. ${g.int(1, 240)}/${g.int(2024, 2026)} del ${g.recent('IT')}\nPrestatore: `).me(p).t(` — C.F. ${cf} — P.IVA IT${g.dg(11)}\n`).l('ADDRESS', g.address('IT', true)).t(`\nPEC: `).l('EMAIL', `${fold(p.family)}@pec.it`).t(`\nPagamento: bonifico su `).l('IBAN', g.iban('IT')).t(``);
  },
  // 43 Korean message
  (d, g) => {
    const nameK = g.pick(KO_FULL);
    d.t(``).l('PERSON', nameK).t(`${g.pick([' 님', '님', ' 씨'])}, 안녕하세요. 마일스톤 ${g.int(1, 3)} 검수 완료했습니다. 정산 관련 문의는 `).l('PHONE', g.phone('KR')).t(` 또는 `).l('EMAIL', g.email()).t(`으로 연락 주세요. 주소: `).l('ADDRESS', g.address('KR')).t(``);
  },
  // 44 account recovery
  (d, g) => {
    const p = g.person();
    d.t(`Account recovery request\nName on account: `).me(p).t(`\nDate of birth: `).l('DOB', g.date(p.cc)).t(`\nBackup phone: `).l('PHONE', g.phone(p.cc)).t(`\nSecurity answer (first pet): ${g.trap('pet')}\nLast successful login: ${g.recent()} from `).l('IP', g.ip()).t(`\nAgent: identity confirmed, 2FA reset.`);
  },
  // 45 gig-worker health plan with dependents
  (d, g) => {
    const p = g.person();
    const kid = g.person(p.culture);
    d.t(`Freelancer Health+ enrollment\nMember: `).l('PERSON', p.full).t(`, born `).l('DOB', g.date(p.cc)).t(`\nDependent: `).l('PERSON', `${kid.given} ${p.family}`).t(` (child), born `).l('DOB', g.date(p.cc, 2008, 2022)).t(`\nPre-existing: ${g.pick(["Crohn's disease", 'asthma', 'none', "Hashimoto's thyroiditis"])}\nCoverage starts ${g.recent(p.cc)}.`);
  },
  // 46 payout batch CSV
  (d, g) => {
    d.t(`batch_id,payee,iban,amount,currency\n`);
    const b = g.ref('PB-', 6);
    for (let i = 0, n = g.int(3, 5); i < n; i++) {
      const p = g.person();
      const val = g.iban();
      d.t(`${b},`).l('PERSON', p.full).t(`,`).l('IBAN', val.replace(/\s/g, '')).t(`,${g.int(50, 5000)}.${pad(g.int(0, 99))},${g.pick(['EUR', 'GBP', 'USD'])}\n`);
    }
  },
  // 47 interview scheduling
  (d, g) => {
    const c = g.person();
    const f = g.person();
    d.t(`Hi `).l('PERSON', f.given).t(`, `).l('PERSON', c.given).t(` here from ${g.pick(['Koru Health', 'Bluefin Analytics', 'Northwind'])}. Could we do a 20-min interview on ${g.recent()} at ${g.time()} ${g.pick(['CET', 'EST', 'IST', 'JST'])}? Dial in: `).l('PHONE', g.phone(c.cc)).t(`${g.chance(0.5) ? `, ext. ${g.int(100, 999)}` : ''}. We use ${g.trap('software')} in the stack.`);
  },
  // 48 proctoring log
  (d, g) => {
    const p = g.person();
    d.t(`Skill test: ${g.pick(['TypeScript', 'Excel', 'Copy editing', 'SQL'])} · candidate `).me(p).t(` (`).l('EMAIL', g.email(p)).t(`)\nstart ${g.iso()} ip=`).l('IP', g.ip()).t(`\nfocus-lost x${g.int(0, 4)}; ip change -> `).l('IP', g.ip()).t(`\nscore ${g.int(40, 100)}/100`);
  },
  // 49 CRM agent summary
  (d, g) => {
    const p = g.person();
    d.t(`CRM · contact summary\n`).l('PERSON', `${p.family}, ${p.given}`).t(`\nph: `).l('PHONE', g.phone(p.cc)).t(`\nem: `).l('EMAIL', g.email(p)).t(`\naddr: `).l('ADDRESS', g.address(p.cc, false)).t(`\nIssue: withdrawal failed (${g.ref('WD', 8)}); bank returned R03. Advised to re-check IBAN; old one ${g.badIban()} fails validation.`);
  },
  // 50 legal name change
  (d, g) => {
    const p = g.person();
    const old = `${p.given} ${g.person(p.culture).family}`;
    d.t(`Name change request: please update my profile from `).l('PERSON', old).t(` to `).me(p).t(`. Marriage certificate attached. My DOB `).l('DOB', g.date(p.cc)).t(` and email `).l('EMAIL', g.email(p)).t(` are unchanged.`);
  },
  // 51 PayPal withdrawal
  (d, g) => {
    const p = g.person();
    d.t(`Withdrawal of ${g.money()} to PayPal (`).l('EMAIL', g.email(p)).t(`) completed on ${g.recent()}. Fee $${g.int(1, 9)}.00. Transaction ${g.hash(17).toUpperCase()}. Hi `).l('PERSON', p.given).t(`, it may take up to 24 hours to show.`);
  },
  // 52 SMS verification log
  (d, g) => {
    const p = g.person();
    d.t(`otp_log ${g.recent()}\n${g.time()} send code to `).l('PHONE', g.phone(p.cc)).t(` -> delivered\n${g.time()} send code to ${g.maskedPhone()} -> failed (carrier)\n${g.time()} verify ok user_id=${g.dg(8)} ip=`).l('IP', g.ipv4()).t(`\n`);
  },
  // 53 emergency contact
  (d, g) => {
    const p = g.person();
    const e = g.person(p.culture);
    d.t(`Onboarding — on-site gig (event staffing)\nWorker: `).me(p).t(`, DOB `).l('DOB', g.date(p.cc)).t(`\nEmergency contact: `).l('PERSON', e.full).t(` (${g.pick(['mother', 'partner', 'brother', 'friend'])}), `).l('PHONE', g.phone(p.cc)).t(`\nShift at ${g.trap('place')}, ${g.recent()} ${g.time()}. Report to room ${g.int(1, 9)}${g.pick(['A', 'B'])}, staff entrance on ${g.pick(['Martin Luther King Jr. Way', 'Mandela Street', 'Rue Victor Hugo'])}.`);
  },
  // 54 client billing contact
  (d, g) => {
    const p = g.person();
    d.t(`Client company profile\n${g.pick(['Harbor & Finch Ltd', 'Okapi Labs', 'Verde Fields S.A.'])} · ${g.int(10, 500)} employees\nBilling contact: `).l('PERSON', p.full).t(`, `).l('EMAIL', g.email(p, g.pick(OWN_DOMAINS))).t(`\nInvoices to:\n`).l('ADDRESS', g.address(p.cc, true)).t(`\nVAT: ${p.cc}${g.dg(9)}\nCard on file: ${g.maskedCard()}`);
  },
  // 55 GDPR deletion
  (d, g) => {
    const p = g.person();
    d.t(`Subject: Data deletion request (GDPR Art. 17)\n\nPlease delete all data about me. To verify: full name `).me(p).t(`, email `).l('EMAIL', g.email(p)).t(`, date of birth `).l('DOB', g.date(p.cc)).t(`, postal address `).l('ADDRESS', g.address(p.cc, false)).t(`.\nThank you.`);
  },
  // 56 mobile money payout
  (d, g) => {
    const p = g.personIn(['KE', 'NG', 'PH']);
    d.t(`Payout via ${g.pick(['M-Pesa', 'GCash', 'OPay'])} initiated\nRecipient: `).l('PERSON', p.full).t(`\nWallet number: `).l('PHONE', g.phone(p.cc)).t(`\nAmount: ${g.money()} → ${g.pick(['KES', 'NGN', 'PHP'])}\nFX rate ref ${g.ref('FX', 6)}; if not received in 2 h contact `).l('EMAIL', g.roleEmail(g.platform())).t(``);
  },
  // 57 Slack-like agency thread
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`#client-${g.pick(['okapi', 'verde', 'northwind'])}\n`).l('PERSON', a.given.toLowerCase()).t(`: ${g.handle(b)} can you take the ${g.trap('software')} migration? client wants it before ${g.recent()}\n`).l('PERSON', b.given.toLowerCase()).t(`: yep. who's the contact?\n`).l('PERSON', a.given.toLowerCase()).t(`: `).l('PERSON', g.person().full).t(`, `).l('EMAIL', g.email()).t(``);
  },
  // 58 review moderation
  (d, g) => {
    const p = g.person();
    d.t(`Review flagged for personal info:\n"Great guy, call him on `).l('PHONE', g.phone(p.cc)).t(` if the site is down" — about `).l('PERSON', p.full).t(`\n(A second number, 0${g.int(1, 9)}${g.dg(2)} ${g.dg(3)}\n${g.dg(4)}, was cut off by the form.)\nAction: number redacted before publishing; reviewer warned.`);
  },
  // 59 UK contractor details
  (d, g) => {
    const p = g.personIn(['GB', 'IE']);
    const [, ni] = g.foreignTaxId('GB');
    d.t(`Supplier form (UK)\nName: `).me(p).t(`\nUTR: ${g.dg(5)} ${g.dg(5)}\nNI number: ${ni}\nAddress:\n`).l('ADDRESS', g.address(p.cc, true)).t(`\nSort code ${g.dg(2)}-${g.dg(2)}-${g.dg(2)} · IBAN `).l('IBAN', g.iban(p.cc)).t(`\nDOB: `).l('DOB', g.date('GB')).t(``);
  },
  // 60 Indian freelancer payout
  (d, g) => {
    const p = g.personIn(['IN']);
    const [, pan] = g.foreignTaxId('IN');
    d.t(`Hi team, `).l('PERSON', p.given).t(` here. For the ${g.money()} payout please use PAN ${pan}, IFSC ${g.pick(['HDFC', 'ICIC', 'SBIN'])}0${g.dg(6)}, a/c ${g.dg(12)}. GSTIN not applicable. Address for the invoice: `).l('ADDRESS', g.address('IN', false)).t(`. Mobile `).l('PHONE', g.phone('IN')).t(`. Thanks — `).me(p);
  },
  // 61 card update by client
  (d, g) => {
    const p = g.person();
    d.t(`Payment method added by `).l('PERSON', p.full).t(`\nCard number: `).l('CARD', g.card()).t(`  Exp: ${pad(g.int(1, 12))}/${g.int(26, 31)}\nPrevious card ${g.maskedCard()} removed.\nBilling ZIP/postcode verified. Device IP `).l('IP', g.ip()).t(``);
  },
  // 62 tax treaty follow-up with ITIN trap
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Tax desk: `).l('PERSON', p.given).t(`, your 1099 was issued to the wrong TIN. We had ITIN ${g.itin()} on file; you've now provided SSN `).l('NATIONAL_ID', g.ssn()).t(`. A corrected form will be mailed to `).l('ADDRESS', g.address('US', false)).t(` by ${g.recent()}.`);
  },
  // 63 Polish / Turkish freelancer message
  (d, g) => {
    const p = g.personIn(['PL', 'TR']);
    d.t(p.cc === 'PL' ? `Dzień dobry, nazywam się ` : `Merhaba, ben `).me(p).t(p.cc === 'PL' ? `. Proszę o przelew na konto ` : `. Ödemeyi şu hesaba yapabilir misiniz: `).l('IBAN', g.iban(p.cc)).t(`. Tel. `).l('PHONE', g.phone(p.cc)).t(`, adres: `).l('ADDRESS', g.address(p.cc, false)).t(`.`);
  },
  // 64 SSN in ticket with masked variant
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Ticket #${g.dg(6)} — "Why is my payout on hold?"\n`).l('PERSON', p.given).t(` wrote: I already gave you my social, it's `).l('NATIONAL_ID', g.ssn()).t(`. Your form shows ${g.maskedSsn()} which is someone else's!\nAgent note: TIN match failed with IRS; the EIN ${g.ein()} belongs to the client.`);
  },
  // 65 Dutch client
  (d, g) => {
    const p = g.personIn(['NL']);
    d.t(`Beste `).l('PERSON', p.given).t(`,\n\nDank voor je offerte. Graag factureren aan ${g.pick(['Tulpstra B.V.', 'Grachtwerk B.V.'])}, t.a.v. `).l('PERSON', p.full).t(`, `).l('ADDRESS', g.address('NL', false)).t(`. Betaling binnen 30 dagen naar `).l('IBAN', g.iban('NL')).t(`? Bel gerust: `).l('PHONE', g.phone('NL')).t(`.\n\nGroet`);
  },
  // 66 DOB in age check for gig app with possessive
  (d, g) => {
    const p = g.person();
    d.t(`Age check failed for driver applicant. `).l('PERSON', p.full).t(`'s licence gives ${g.chance(0.5) ? 'birth date' : 'DOB'} `).l('DOB', g.date(p.cc, 2006, 2009)).t(`; minimum is 21. Application ${g.ref('APP-', 6)} closed on ${g.recent()}.`);
  },
];

/** A few more labelled templates that use honorifics and possessives. */
TEMPLATES.push(
  // 67 formal letter with honorific
  (d, g) => {
    const p = g.person();
    const me = g.person();
    d.t(`Dear `);
    hon(d, g, p).t(`,\n\nFurther to our call, please find the statement of work attached. Payment terms: net 15 via escrow. Should you need anything, my direct line is `).l('PHONE', g.phone(me.cc)).t(`.\n\nKind regards,\n`).me(me).t(`\n${g.pick(['Senior Consultant', 'Founder', 'Freelance Editor'])}`);
  },
  // 68 dispute outcome with possessive and honorific
  (d, g) => {
    const a = g.person();
    const b = g.person();
    d.t(`Outcome of dispute DSP-${g.dg(7)}: after reviewing `);
    hon(d, g, a).t(`'s evidence and `).l('PERSON', g.nameForm(b)).t(`'s delivery logs, ${g.int(40, 80)}% of ${g.money()} is released to the freelancer. Either party may appeal to `).l('EMAIL', g.roleEmail(g.platform())).t(` within 10 days.`);
  },
  // 69 reference check
  (d, g) => {
    const p = g.person();
    const r = g.person();
    d.t(`Reference for `);
    nm(d, g, p).t(`: "I managed `).l('PERSON', p.given).t(` for two years at a ${g.trap('brand')} reseller. Reliable, sharp, funny." — `).l('PERSON', r.full).t(`, `).l('PHONE', g.phone(r.cc)).t(`, `).l('EMAIL', g.email(r)).t(``);
  },
  // 70 KYC rejection with card and address
  (d, g) => {
    const p = g.person();
    d.t(`Verification failed: the name on card `).l('CARD', g.card()).t(` ("`).l('PERSON', p.full.toUpperCase()).t(`") does not match the account holder. Card-like number ${g.badCard()} in the upload was unreadable. Proof of address received for:\n`).l('ADDRESS', g.address(p.cc, true)).t(`\nPlease re-upload a statement dated after ${g.recent()}.`);
  },
  // 71 instant-pay debit card for gig drivers
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Instant Pay enrollment\nDriver: `).me(p).t(`\nDebit card for instant cash-out: `).l('CARD', g.card()).t(`\nSSN for 1099 reporting: `).l('NATIONAL_ID', g.ssn()).t(`\nDate of birth: `).l('DOB', g.date('US')).t(`\nFee per cash-out: $0.85. Weekly statement sent every ${g.pick(['Monday', 'Tuesday'])}.`);
  },
  // 72 card pasted into freelancer chat, auto-flagged
  (d, g) => {
    const c = g.person();
    const f = g.person();
    d.t(`[auto-flag: payment data in chat]\n`).l('PERSON', c.given).t(` → `).l('PERSON', f.given).t(`: can you just charge my card directly? `).l('CARD', g.card()).t(`, cvv is on the back lol. the other one (${g.badCard()}) keeps getting declined\n`).l('PERSON', f.given).t(` → `).l('PERSON', c.given).t(`: please use the milestone button, I can't take cards outside ${g.platform()}.`);
  },
  // 73 corrected 1099-K
  (d, g) => {
    const p = g.personIn(['US']);
    const q = g.personIn(['US']);
    d.t(`CORRECTED 1099-K\nFiler's TIN ${g.ein()}\nPayee: `).l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`).t(`\nPayee TIN: `).l('NATIONAL_ID', g.ssn()).t(` (previously reported as ${g.maskedSsn()})\nGross amount of payment card transactions: ${g.money()}\nNote: joint account with `).l('PERSON', q.full).t(`, SSN `).l('NATIONAL_ID', g.ssn()).t(`.`);
  },
  // 74 subscription upgrade receipt
  (d, g) => {
    const p = g.person();
    d.t(`${g.platform()} Plus — annual plan\nBilled to `);
    nm(d, g, p).t(` · `).l('EMAIL', g.email(p)).t(`\nCharged ${g.money()} to `).l('CARD', g.card()).t(` on ${g.recent()}\nConnects included: ${g.int(40, 120)} · Order ${g.ref('SUB-', 8)}`);
  },
  // 75 identity theft report
  (d, g) => {
    const p = g.personIn(['US']);
    d.t(`Subject: someone opened an account with my identity\n\nI'm `).me(p).t(`. I never signed up, but I got a 1099 from you with my SSN `).l('NATIONAL_ID', g.ssn()).t(` and my old address `).l('ADDRESS', g.address('US', false)).t(`. The account email is `).l('EMAIL', g.email()).t(`, not mine. Please close it. Reach me at `).l('PHONE', g.phone('US')).t(`.`);
  },
  // 76 refund note in CRM with card and IP
  (d, g) => {
    const p = g.person();
    const ag = g.person();
    d.t(`Refund ${g.ref('RF-', 7)} — client `);
    nm(d, g, p).t(` cancelled the contract before kickoff. Refunded ${g.money()} to `).l('CARD', g.card()).t(` (original charge ${g.recent()}, auth code ${g.dg(6)}). Request came from `).l('IP', g.ip()).t(`. Processed by `).l('PERSON', ag.given).t(`.`);
  },
  // 77 escrow top-up failure log
  (d, g) => {
    const p = g.person();
    d.t(`escrow.topup FAILED code=do_not_honor pan=`).l('CARD', g.card().replace(/[ -]/g, '')).t(` holder="`).l('PERSON', p.full).t(`" retry_pan=${g.badCard()} (luhn_fail) client_ip=`).l('IP', g.ipv4()).t(` at ${g.iso()}`);
  },
  // 78 dispute evidence list
  (d, g) => {
    const f = g.person();
    d.t(`Evidence submitted by `).l('PERSON', f.full).t(`:\n`);
    for (let i = 0, n = g.int(2, 4); i < n; i++) {
      d.t(`  ${i + 1}. ${g.pick(['final_v3.fig', 'handover.zip', 'invoice.pdf', 'chat_export.txt'])} uploaded ${g.iso()} from `).l('IP', g.ip()).t(` sha256:${g.hash(16)}…\n`);
    }
    d.t(`Client contact on record: `).l('EMAIL', g.email(g.person())).t(``);
  },
  // 79 Mexican tax status for cross-border payouts
  (d, g) => {
    const p = g.personIn(['MX']);
    const [, rfc] = g.foreignTaxId('MX');
    d.t(`Constancia de situación fiscal\nNombre: `).l('PERSON', p.full.toUpperCase()).t(`\nRFC: ${rfc}\nCURP: ${rfc.slice(0, 10)}H${g.pick(['DF', 'JC', 'NL'])}${g.pick(['RRN', 'LLS', 'MRT'])}0${g.dg(1)}\nFecha de nacimiento: `).l('DOB', g.date('MX')).t(`\nDomicilio fiscal: `).l('ADDRESS', g.address('MX', false)).t(`\nRégimen: Personas Físicas con Actividades Empresariales`);
  },
  // 80 Japanese identity verification
  (d, g) => {
    const fam = g.pick(JA_FAMILY);
    const giv = g.pick(JA_GIVEN);
    d.t(`【本人確認のお願い】\n`).l('PERSON', `${fam} ${giv}`).t(`さん\n登録情報：生年月日 `).l('DOB', g.date('JP')).t(`、電話番号 `).l('PHONE', g.phone('JP')).t(`\n住所：`).l('ADDRESS', g.address('JP', false)).t(`\nマイナンバーの提出は不要です。報酬の振込は${g.recent('JP')}以降となります。`);
  },
  // 81 German KYC
  (d, g) => {
    const p = g.personIn(['DE']);
    const [, sid] = g.foreignTaxId('DE');
    d.t(`Identitätsprüfung abgeschlossen\nName: `).me(p).t(`, geboren am `).l('DOB', g.date('DE')).t(`\nAnschrift: `).l('ADDRESS', g.address('DE', false)).t(`\nSteuer-ID: ${sid} (wird nicht gespeichert)\nAuszahlungskonto: `).l('IBAN', g.iban('DE')).t(``);
  },
  // 82 termination letter with recipient block
  (d, g) => {
    const p = g.person();
    const me = g.person();
    d.t(`${g.recent(p.cc)}\n\n`).l('PERSON', p.full).t(`\n${g.pick(['Okapi Labs', 'Harbor & Finch Ltd', 'c/o Verde Fields'])}\n`).l('ADDRESS', g.address(p.cc, true)).t(`\n\nRe: Termination of contract ${g.ref('CTR-', 7)}\n\nDear `).l('PERSON', p.given).t(`,\nas discussed, I am ending our engagement with 14 days' notice. Outstanding hours will be invoiced from the tracker.\n\n`).me(me);
  },
  // 83 arbitration award
  (d, g) => {
    const arb = g.person();
    const a = g.person();
    const b = g.person();
    d.t(`AWARD. Before Dr. `).l('PERSON', arb.family).t(`, sole arbitrator. Claimant `).l('PERSON', g.nameForm(a)).t(`, represented by ${g.pick(['Ms.', 'Mr.'])} `).l('PERSON', g.person().family).t(`; respondent `).l('PERSON', g.nameForm(b)).t(`, appearing in person. Hearing date: ${g.recent()}. The respondent shall pay ${g.money()} to IBAN `).l('IBAN', g.iban()).t(` within 30 days. Cited: ${g.pick(['the Sarbanes-Oxley Act', "Murphy's law", 'the Dodd-Frank Act'])} (not applicable).`);
  },
  // 84 weekly time summary
  (d, g) => {
    const f = g.person();
    const c = g.person();
    d.t(`Weekly summary for `).me(f).t(`\nWeek of ${g.recent()} · ${g.int(10, 45)}h ${g.int(0, 59)}m tracked · ${g.int(2, 6)} manual entries\nTop contract: "${g.skill()}" for `).l('PERSON', c.full).t(`\nActivity level ${g.int(40, 95)}%. Memo from client: "thanks `).l('PERSON', f.given.toLowerCase()).t(`, keep it up"`);
  },
  // 85 VPN suspension chat
  (d, g) => {
    const p = g.person();
    d.t(`User: why was I locked out?? I'm `).l('PERSON', p.given).t(`, email `).l('EMAIL', g.email(p)).t(`\nBot: Your session came from [`).l('IP', g.ipv6()).t(`]:${g.int(1024, 60000)}, which is on a VPN exit list, and then from `).l('IP', g.ipv4()).t(` minutes later.\nUser: that's my office. call me `).l('PHONE', g.phone(p.cc)).t(` please\nBot: A specialist will call within 24 h. Ref ${g.ref('SUS-', 6)}.`);
  },
);

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no personal data, plenty of traps.
// ---------------------------------------------------------------------------------------------------------

const NEGATIVES: Template[] = [
  (d, g) => {
    d.t(`Release notes ${g.version()}\n- Escrow: milestones can now be split (${g.trap('team')}).\n- Payouts: SEPA batches run at ${g.time()} CET; IBAN ${g.badIban()} in the docs was a typo and fails validation.\n- Time tracker: screenshots hashed with SHA-1 (e.g. ${g.hash()}).\n- Fixed a crash on ${g.trap('brand')} laptops running ${g.version()}.`);
  },
  (d, g) => {
    d.t(`Order ${g.ref('ORD-', 9)} status: escrow funded ${g.recent()} · tracking ${g.pick(['1Z', 'JD', 'LX'])}${g.dg(16)} · case ${g.ref('CS-', 7)}. Test card ${g.badCard()} was declined (invalid number). No further action needed.`);
  },
  (d, g) => {
    d.t(`Policy reminder: contracts above ${g.money()} may fall under ${g.trap('thing')} reporting. ${g.trap('thing')} is not an excuse for missed deadlines, but delays caused by ${g.pick(['Hurricane Milton', 'Storm Ciarán', 'Hurricane Beryl'])} are covered. Invoice dates (e.g. ${g.recent()}) must match the milestone date.`);
  },
  (d, g) => {
    d.t(`Hi there,\nthanks for reaching out. We can see the card ${g.maskedCard()} and phone ${g.maskedPhone()} on the account, and the SSN ${g.maskedSsn()} is verified. Your ticket #${g.dg(7)} is resolved. Will you need anything else? Hope this helps!\n— ${g.platform()} Support`);
  },
  (d, g) => {
    for (let i = 0, n = g.int(3, 6); i < n; i++) d.t(`${g.iso()} INFO job=${g.pick(['payout', 'reindex', 'fx-sync', 'kyc-poll'])} id=${g.hash(12)} took ${g.int(4, 8000)}ms agent=${g.version()}\n`);
  },
  (d, g) => {
    d.t(`How to fill in your W-9: Line 1 is your name as shown on your tax return. Enter either an SSN or an EIN (format ${g.ein()}), never both. Our payer EIN is ${g.ein()}; ACH routing ${g.routing()}. Sample masked value: ${g.maskedSsn()}. Forms are due by ${g.recent('US')}.`);
  },
  (d, g) => {
    d.t(`Freelancer Health+ FAQ: plans cover ${g.pick(["Crohn's disease", "Parkinson's", "Alzheimer's", 'Tourette syndrome'])} and ${g.pick(["Hashimoto's thyroiditis", 'Lyme disease', "Graves' disease"])}. Clinics near ${g.trap('place')} and ${g.trap('place')} accept the card. Open enrollment runs ${g.recent()} to ${g.recent()}.`);
  },
  (d, g) => {
    d.t(`JOB POST: Senior ${g.trap('software')} / ${g.trap('software')} developer for a ${g.trap('brand')} dealership portal. Remote, ${g.pick(['EST', 'CET', 'IST'])} overlap. Budget ${g.money()}. Must know ${g.trap('software')}. Bonus: experience with ${g.trap('team')}. Apply before ${g.recent()}.`);
  },
  (d, g) => {
    const pet = g.trap('pet');
    d.t(`Pet-sitting gig: ${pet} (${g.pick(['golden retriever', 'tabby cat', 'beagle'])}) needs walks twice a day. Vet appointment ${g.recent()} at ${g.time()}. ${pet}'s birthday is ${g.recent()} — treats are in the pantry. Pickup near ${g.trap('place')}.`);
  },
  (d, g) => {
    d.t(`Travel gig brief: board ${g.pick(['the Queen Mary 2', 'the MV Ever Given', 'the Spirit of Tasmania'])} from ${g.trap('place')}, photograph the ${g.trap('place')} waterfront, deliver ${g.int(40, 120)} edited images by ${g.recent()}. Gear: ${g.trap('brand')} drone, firmware ${g.version()}. Award entries: ${g.pick(['the Pulitzer Prize', 'the Webby Awards', 'the Turing Award'])} not applicable.`);
  },
  (d, g) => {
    d.t(`Payout failed: IBAN ${g.badIban()} is invalid (checksum). Bank reference ${g.ref('BR', 10)}, amount ${g.money('€')}, batch ${g.ref('PB-', 6)}. Update it under Settings → Payouts. Card ${g.badCard()} also failed Luhn.`);
  },
];

/** Templates carrying cards or SSNs (numbers 5-7, 22, 30, 61, 62, 64, 70-77), drawn a little more often. */
const NUMERIC_HEAVY: Template[] = [4, 5, 6, 21, 29, 60, 61, 63, 69, 70, 71, 72, 73, 74, 75, 76].map((i) => {
  const t = TEMPLATES[i];
  if (!t) throw new Error(`no template ${i}`);
  return t;
});

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

/** Generates this split's documents for one seed until at least `minInstances` labels exist. */
export function generateIndependent61Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent61Entry[] {
  const seed = opts.seed ?? INDEPENDENT61_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT61_MIN_INSTANCES;
  const g = new Gen(new Rng(seed));
  const out: Independent61Entry[] = [];
  let total = 0;
  while (total < min) {
    const negative = g.chance(0.1);
    const d = new Doc(!negative && g.chance(0.45));
    const tpl = negative ? g.pick(NEGATIVES) : g.chance(0.14) ? g.pick(NUMERIC_HEAVY) : g.pick(TEMPLATES);
    tpl(d, g);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
