/**
 * @module privacy/pii-corpus-independent-46 — blind labelled PII corpus, split "independent46".
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class at the top of
 * `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines
 * of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and
 * `package.json`. The author did NOT read the detector, its patterns, name lists or tests, any other corpus
 * module or template file, the docs, the benchmarks or the git history, and never ran the detector on this
 * text. Every name, address, template and value here was invented for this split.
 *
 * Seeds: 460001, 460002, 460003 (see {@link INDEPENDENT46_SEEDS}). Each seed yields whole documents until at
 * least `minInstances` labels (default 2,400) exist; generation is deterministic per seed.
 *
 * Contents (emphasis: personal finance and tax preparation in many countries): chats with an LLM tax or
 * budgeting assistant, tax-return worksheets and e-file logs, dependants and filing-status sections,
 * accountant–client e-mails, pasted bank and card statements, household budget CSVs, receipts and invoices,
 * pension and benefit letters, loan and mortgage forms, crypto exchange exports and support-call transcripts,
 * in English and several other languages; about one document in ten is a pure hard negative full of traps
 * (people-named brands, places, storms, laws and diseases, order/case/tracking numbers, hashes, versions,
 * EINs, routing numbers, Luhn-invalid card-like numbers, invalid IBANs, masked values, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, software, places, pets, ships, storms, streets/buildings named after people, eponymous
 *   diseases/laws/awards and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the last
 *   postcode/city/country line); recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT46_SEEDS = [460001, 460002, 460003] as const;
/** Default minimum number of labels per seed. */
export const INDEPENDENT46_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent46Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent46Entry = PiiCorpusEntry & { readonly labels: readonly Independent46Label[] };

/** Builds a document, recording label offsets while appending. */
class Doc {
  text = '';
  readonly labels: Independent46Label[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  p(v: string): this {
    return this.l('PERSON', v);
  }
  em(v: string): this {
    return this.l('EMAIL', v);
  }
  ph(v: string): this {
    return this.l('PHONE', v);
  }
  ad(lines: readonly string[], sep = ', '): this {
    return this.l('ADDRESS', lines.join(sep));
  }
  dob(v: string): this {
    return this.l('DOB', v);
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const up = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: Rng, n: number, alpha = up): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha.charAt(r.int(0, alpha.length - 1));
  return s;
};
const hex = (r: Rng, n: number): string => letters(r, n, '0123456789abcdef');
const w = (s: string): string[] => s.split(' ');

// ---------------------------------------------------------------------------------------------------------
// Names: 29 cultures. Several given names and surnames are also ordinary words.

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Surname first in the full name. */
  readonly sf?: boolean;
  readonly cc: readonly string[];
}

const CULTURES: Readonly<Record<string, Culture>> = {
  us: {
    g: w('Will Bill Grant Hope Rose May Guy Faith Penny Mark Dawn Chase Hunter Brooke Tyler Madison Wyatt Rich Joy Destiny Earl Clay'),
    s: w('Price Banks Cash Sterling Bond Gold Wells Porter Hunt Fisher Baker Young Walker Reed Rivers Booker Love Little Savage Free'),
    cc: ['US', 'US', 'US', 'CA'],
  },
  uk: {
    g: w('Oliver Harriet Nigel Imogen Rupert Gemma Alfie Poppy Callum Ffion Hamish Tamsin Barnaby Pippa'),
    s: w('Thornbury Whitcombe Ashdown Pemberton Hale Marsh Fairweather Blackwood Cartwright Ainsworth Haddow Pryce Goodchild Penhaligon'),
    cc: ['GB', 'GB', 'AU', 'NZ'],
  },
  irish: {
    g: w('Aoife Ciarán Niamh Oisín Saoirse Pádraig Róisín Declan Caoimhe Eoin Clodagh Fionn'),
    s: ['Kavanagh', 'Fitzgerald', 'Donnelly', 'Moynihan', 'Byrne', 'Quigley', 'Ó Súilleabháin', 'MacCarthy', "O'Driscoll", 'Ní Bhriain'],
    cc: ['IE', 'IE', 'GB', 'US'],
  },
  german: {
    g: w('Jürgen Anneliese Lukas Friederike Matthias Heike Jonas Ute Till Wiebke Sönke Ottilie Gerd Mareike'),
    s: w('Schäfer Köhler Brandt Hoffmann Vogel Krüger Lehmann Winkler Böhm Hartmann Zimmermann Weiß Sommerfeld Engel'),
    cc: ['DE', 'DE', 'AT', 'CH'],
  },
  french: {
    g: w('Élodie Guillaume Margaux Théo Solène Benoît Anaïs Mathis Clémence Loïc Aurélie Yannick Gaëlle Thibault'),
    s: w('Lefèvre Moreau Dubois Girard Rousseau Fontaine Chevalier Mercier Lemaire Gauthier Perrin Marchand Boulanger Delacroix'),
    cc: ['FR', 'FR', 'BE', 'CH', 'CA'],
  },
  spanish: {
    g: w('Alejandro Lucía Íñigo Nerea Sergio Pilar Álvaro Rocío Jaime Ainhoa Rosario Consuelo Amparo Borja'),
    s: w('García Fernández Iglesias Navarro Ortega Ruiz Castillo Herrero Vidal Ibáñez Santamaría Echeverría Moya Prieto'),
    cc: ['ES'],
  },
  mexican: {
    g: w('Guadalupe Ximena Emiliano Itzel Rodrigo Citlali Jesús Alondra Mateo Yolanda Alma Cruz Socorro Nayeli'),
    s: w('Hernández López Ramírez Cervantes Villalobos Zamora Méndez Aguilar Tapia Ochoa Pacheco Gallardo Cuevas Solís'),
    cc: ['MX', 'MX', 'US'],
  },
  lusophone: {
    g: w('João Thiago Fernanda Luana Gonçalo Inês Rafaela Caio Bruna Tiago Conceição Vitória Graça Anselmo'),
    s: w('Silva Souza Oliveira Pereira Carvalho Nogueira Teixeira Albuquerque Ferreira Moura Figueiredo Cardoso Rebelo Brandão'),
    cc: ['BR', 'BR', 'PT'],
  },
  italian: {
    g: w('Giuseppe Chiara Lorenzo Federica Matteo Giulia Salvatore Ilaria Davide Beatrice Gianluca Serena Fortunato Assunta'),
    s: w('Rossi Esposito Bianchi Russo Romano Colombo Ricci Marino Greco Bruno Gallo Conti Lombardi Santoro'),
    cc: ['IT', 'IT', 'CH', 'US'],
  },
  dutch: {
    g: w('Sanne Daan Femke Bram Lotte Joris Maartje Sjoerd Anouk Thijs Fenna Wouter'),
    s: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Dekker', 'van Dijk', 'Hendriks'],
    cc: ['NL', 'NL', 'BE'],
  },
  polish: {
    g: w('Małgorzata Krzysztof Agnieszka Wojciech Katarzyna Paweł Zofia Grzegorz Joanna Łukasz Ewa Bartosz'),
    s: w('Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski'),
    cc: ['PL', 'PL', 'GB', 'DE'],
  },
  nordic: {
    g: w('Astrid Björn Ingrid Lars Sigrid Henrik Maja Nils Freja Mikael Aino Eero Sanna Juha'),
    s: w('Lindqvist Johansson Andersson Nyström Berg Halvorsen Haugen Solberg Nielsen Mikkelsen Virtanen Korhonen Mäkinen Järvinen'),
    cc: ['SE', 'NO', 'DK', 'FI'],
  },
  turkish: {
    g: w('Ayşe Mehmet Elif Emre Zeynep Burak Hülya Oğuz Selin Cem Deniz Umut'),
    s: w('Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy'),
    cc: ['TR', 'TR', 'DE'],
  },
  arabic: {
    g: w('Said Omar Layla Yusuf Fatima Khalid Noura Tariq Amina Hamza Rania Karim Amal Nour'),
    s: w('Al-Mansouri Haddad Nasser Khoury Al-Farsi Saleh Hamdan Barakat Aziz El-Amin Qasim Mansour'),
    cc: ['AE', 'AE', 'GB', 'US', 'FR'],
  },
  persian: {
    g: w('Dariush Shirin Reza Parisa Kourosh Nasrin Arash Leila Babak Mitra'),
    s: w('Tehrani Rahimi Hosseini Karimi Moradi Ahmadi Farahani Jafari Sadeghi Navabi'),
    cc: ['US', 'CA', 'DE', 'SE'],
  },
  indian: {
    g: w('Priya Rohan Ananya Vikram Sunita Arjun Kavya Rajesh Deepika Aditya Pooja Sanjay Asha Lalit'),
    s: w('Sharma Patel Gupta Mehta Iyer Chatterjee Banerjee Reddy Nair Kulkarni Desai Joshi Bhattacharya Saxena'),
    cc: ['IN', 'IN', 'US', 'GB', 'SG', 'AE'],
  },
  tamil: {
    g: w('Karthik Lakshmi Senthil Meenakshi Murugan Divya Balaji Revathi Ganesh Anbu'),
    s: w('Subramanian Krishnan Ramasamy Venkatesan Pillai Natarajan Sundaram Rajendran Arumugam Palaniappan'),
    cc: ['IN', 'SG', 'GB'],
  },
  chinese: {
    g: w('Wei Fang Jiahui Xiuying Hao Meiling Lei Jing Zihan Yutong Haoran Xinyi'),
    s: w('Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Lin'),
    sf: true,
    cc: ['CN', 'SG', 'US', 'CA', 'AU'],
  },
  japanese: {
    g: w('Haruto Yui Sota Aoi Ren Hina Takumi Sakura Daiki Misaki Kenji Yuko'),
    s: w('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada'),
    cc: ['JP', 'JP', 'US'],
  },
  korean: {
    g: w('Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Soo-ah Hyun-woo Ji-woo Eun-ji Tae-yang'),
    s: w('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'),
    sf: true,
    cc: ['KR', 'KR', 'US'],
  },
  vietnamese: {
    g: w('Minh Lan Huong Tuan Thao Duc Linh Quang Mai Phuong'),
    s: w('Nguyen Tran Le Pham Hoang Vu Dang Bui Ngo Duong'),
    sf: true,
    cc: ['US', 'AU', 'FR', 'CA'],
  },
  filipino: {
    g: w('Maricel Jericho Rowena Dindo Analyn Rodel Jasmine Bong Marites Lovely'),
    s: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Castro', 'Ramos', 'Macaraeg'],
    cc: ['PH', 'PH', 'US', 'AE'],
  },
  nigerian: {
    g: w('Oluwaseun Adebayo Folasade Chinedu Ngozi Emeka Funmilayo Tunde Chiamaka Ifeanyi Blessing Precious Godwin'),
    s: w('Adeyemi Okafor Balogun Okonkwo Eze Ogunleye Nwosu Adewale Obi Akinola Chukwu Oyelaran'),
    cc: ['NG', 'NG', 'GB', 'US'],
  },
  swahili: {
    g: w('Baraka Neema Juma Amani Zawadi Wanjiru Achieng Imani'),
    s: w('Mwangi Kamau Odhiambo Njoroge Wambui Kiprono Mutua Otieno'),
    cc: ['GB', 'US', 'ZA'],
  },
  slavic: {
    g: w('Dmitri Olga Sergei Natalia Alexei Irina Yulia Oleksandr Tetiana Bohdan'),
    s: w('Ivanov Petrova Smirnov Volkova Kuznetsov Shevchenko Kovalenko Bondarenko Morozova Sokolov'),
    cc: ['US', 'DE', 'PL', 'IL'],
  },
  greek: {
    g: w('Giorgos Eleni Nikos Dimitra Kostas Sofia Yannis Katerina'),
    s: w('Papadopoulos Georgiou Nikolaidis Konstantinou Alexiou Vlachos Christodoulou Economou'),
    cc: ['GR', 'GR', 'US'],
  },
  hebrew: {
    g: w('Noa Yael Eitan Tamar Avi Shira Itai Maayan'),
    s: w('Cohen Levi Mizrahi Friedman Ben-David Peretz Azoulay Shapiro'),
    cc: ['IL', 'IL', 'US'],
  },
  hungarian: {
    g: w('Zsófia Bence Réka Levente Dóra Gergely'),
    s: w('Nagy Kovács Tóth Szabó Horváth Varga'),
    sf: true,
    cc: ['HU'],
  },
  southafrican: {
    g: w('Thabo Lerato Sipho Nomvula Pieter Annika Jaco Zanele'),
    s: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Khumalo', 'Mokoena', 'Pretorius', 'Ndlovu'],
    cc: ['ZA'],
  },
};
const CULTURE_KEYS = Object.keys(CULTURES);

/** Names in native scripts, for the Japanese, Korean and Chinese documents. */
const JA_SUR = w('佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤');
const JA_GIV = w('健二 由美 翔太 陽菜 大輝 美咲 直樹 恵子');
const KO_NAMES = w('김민준 이서연 박지훈 최하은 정도윤 강수아 조현우 윤지우 장은지 임태양');
const ZH_NAMES = w('王伟 李娜 张敏 刘洋 陈静 杨磊 黄丽 赵强');

interface Person {
  readonly given: string;
  readonly sur: string;
  readonly full: string;
  readonly cc: string;
  readonly sf: boolean;
  readonly cul: string;
}

function person(r: Rng, culture?: string): Person {
  const key = culture ?? r.pick(CULTURE_KEYS);
  const c = CULTURES[key] as Culture;
  const given = r.pick(c.g);
  const sur = r.pick(c.s);
  const sf = c.sf === true;
  return { given, sur, full: sf ? `${sur} ${given}` : `${given} ${sur}`, cc: r.pick(c.cc), sf, cul: key };
}

/** A person plausibly living in country `cc`. */
function personIn(r: Rng, cc: string): Person {
  const ks = CULTURE_KEYS.filter((k) => (CULTURES[k] as Culture).cc.includes(cc));
  const p = person(r, ks.length > 0 ? r.pick(ks) : undefined);
  return { ...p, cc };
}

/** A different way of writing a person's name (one contiguous span). */
function nameForm(r: Rng, p: Person): string {
  const x = r.int(0, 9);
  if (x <= 3) return p.full;
  if (x === 4) return p.sf ? p.full : `${p.given.charAt(0)}. ${p.sur}`;
  if (x === 5) return p.full.toUpperCase();
  if (x === 6) return `${p.sur}, ${p.given}`;
  if (x === 7) return `${p.sur.toUpperCase()}, ${p.given}`;
  if (x === 8) return p.full.toLowerCase();
  return p.given;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  GB: ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'outlook.com', 'sky.com'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com'],
  ES: ['hotmail.es', 'gmail.com', 'telefonica.net'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com'],
  JP: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'gmail.com'],
  CN: ['qq.com', '163.com'],
  IN: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
  AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  PL: ['wp.pl', 'onet.pl', 'interia.pl'],
  SE: ['telia.com', 'gmail.com'],
  MX: ['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
  X: ['gmail.com', 'outlook.com', 'proton.me', 'hotmail.com', 'yahoo.com', 'icloud.com', 'mail.com', 'fastmail.com'],
};

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'user';
  const s = ascii(p.sur) || 'mail';
  const local = r.pick([
    `${g}.${s}`,
    `${g}${s}`,
    `${g.charAt(0)}${s}`,
    `${g}_${s}${r.int(1, 99)}`,
    `${s}.${g}`,
    `${g}${r.int(1970, 2005)}`,
    `${g.charAt(0)}.${s}`,
    `${s}${g.charAt(0)}${r.int(10, 99)}`,
  ]);
  const doms = DOMAINS[p.cc] ?? (DOMAINS.X as readonly string[]);
  return `${local}@${r.chance(0.25) ? r.pick(DOMAINS.X as readonly string[]) : r.pick(doms)}`;
}

const FIRMS = [
  ['Ledgerline Tax Partners', 'ledgerline-tax.com'],
  ['Brightwater CPA Group', 'brightwatercpa.com'],
  ['Kanzlei Sommerfeld & Partner', 'sommerfeld-stb.de'],
  ['Cabinet Duval Expertise', 'duval-expertise.fr'],
  ['Northgate Accountancy Ltd', 'northgate-acc.co.uk'],
  ['Pinecrest Bookkeeping', 'pinecrestbooks.com'],
  ['Asesoría Fiscal Levante', 'asesorialevante.es'],
  ['Harbourview Tax & Wealth', 'harbourviewtax.com.au'],
  ['Studio Commercialista Ferri', 'studioferri.it'],
  ['Maple Leaf Returns', 'mapleleafreturns.ca'],
  ['Shinwa Tax Office', 'shinwa-tax.jp'],
  ['Sterling & Goode Advisors', 'sterlinggoode.com'],
] as const;
const ROLES = w('support info billing tax clients accounts hello payroll returns office intake noreply');

// ---------------------------------------------------------------------------------------------------------
// Dates, phones and addresses by country.

const EN_M = w('January February March April May June July August September October November December');
const DE_M = w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember');
const FR_M = w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
const ES_M = w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
const PT_M = w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro');
const IT_M = w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');
const NL_M = w('januari februari maart april mei juni juli augustus september oktober november december');

type DStyle = 'us' | 'intl' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'iso' | 'jp' | 'kr' | 'cn' | 'in' | 'dot';

function fmtDate(r: Rng, st: DStyle, y: number, m: number, d: number): string {
  const M = (xs: readonly string[]): string => xs[m - 1] as string;
  const dd = pad(d);
  const mm = pad(m);
  switch (st) {
    case 'us':
      return r.pick([`${mm}/${dd}/${y}`, `${m}/${d}/${y}`, `${M(EN_M)} ${d}, ${y}`, `${M(EN_M).slice(0, 3)} ${d}, ${y}`]);
    case 'intl':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${M(EN_M)} ${y}`, `${d} ${M(EN_M).slice(0, 3)} ${y}`]);
    case 'in':
      return r.pick([`${dd}/${mm}/${y}`, `${dd}-${mm}-${y}`, `${d} ${M(EN_M)} ${y}`]);
    case 'de':
      return r.pick([`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${M(DE_M)} ${y}`]);
    case 'dot':
      return `${dd}.${mm}.${y}`;
    case 'fr':
      return r.pick([`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${M(FR_M)} ${y}`]);
    case 'es':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${M(ES_M)} de ${y}`]);
    case 'pt':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${M(PT_M)} de ${y}`]);
    case 'it':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${M(IT_M)} ${y}`]);
    case 'nl':
      return r.pick([`${dd}-${mm}-${y}`, `${d} ${M(NL_M)} ${y}`]);
    case 'iso':
      return `${y}-${mm}-${dd}`;
    case 'jp':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`]);
    case 'kr':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`]);
    case 'cn':
      return r.pick([`${y}年${m}月${d}日`, `${y}-${mm}-${dd}`]);
  }
}

interface Country {
  readonly name: string;
  readonly cur: string;
  readonly ds: DStyle;
  phone(r: Rng): string;
  addr(r: Rng): string[];
}

const opt = (r: Rng, p: number, s: string): string => (r.chance(p) ? s : '');

function usAddr(r: Rng): string[] {
  const [city, st, zp] = r.pick([
    ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Portland', 'OR', '972'], ['Raleigh', 'NC', '276'],
    ['Denver', 'CO', '802'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'],
    ['Albany', 'NY', '122'], ['Sacramento', 'CA', '958'], ['Omaha', 'NE', '681'], ['Savannah', 'GA', '314'],
    ['Burlington', 'VT', '054'], ['Spokane', 'WA', '992'], ['Lincoln', 'NE', '685'], ['Jackson', 'MS', '392'],
    ['Houston', 'TX', '770'], ['Orlando', 'FL', '328'], ['Newark', 'NJ', '071'], ['Ann Arbor', 'MI', '481'],
  ] as const);
  const zip = `${zp}${r.digits(2)}${opt(r, 0.2, `-${r.digits(4)}`)}`;
  if (r.chance(0.1)) return [`${r.pick(['PO Box', 'P.O. Box'])} ${r.int(10, 9999)}`, `${city}, ${st} ${zip}`];
  const street = `${r.int(10, 9899)} ${r.pick(['N. ', 'S. ', 'E. ', 'W. ', '', '', '', ''])}${r.pick(w('Maple Oak Cedar Willow Birch Lakeview Hillcrest Sycamore Chestnut Highland Orchard Meadow Magnolia Juniper Prospect Harbor Lincoln Jefferson Franklin'))} ${r.pick(w('St Street Ave Avenue Rd Blvd Dr Ln Ct Way Pl'))}`;
  const unit = r.pick(['', '', '', `Apt ${r.int(1, 40)}${r.pick(w('A B C D'))}`, `Unit ${r.int(100, 999)}`, `#${r.int(2, 30)}`]);
  if (unit && r.chance(0.5)) return [street, unit, `${city}, ${st} ${zip}`];
  return [unit ? `${street} ${unit}` : street, `${city}, ${st} ${zip}`];
}

function gbPostcode(r: Rng, area: string): string {
  return `${area}${r.int(1, 20)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}

const COUNTRIES: Readonly<Record<string, Country>> = {
  US: {
    name: 'United States', cur: '$', ds: 'us',
    phone: (r) => {
      const a = `${r.int(2, 9)}${r.digits(2)}`;
      const b = `${r.int(2, 9)}${r.digits(2)}`;
      const c = r.digits(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1 (${a}) ${b}-${c}`, `1-${a}-${b}-${c}`]);
    },
    addr: usAddr,
  },
  CA: {
    name: 'Canada', cur: 'C$', ds: 'iso',
    phone: (r) => r.pick([`(${r.pick(['416', '514', '604', '780', '613'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `+1 ${r.pick(['647', '438', '236'])}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]),
    addr: (r) => {
      const [city, pv, fsa] = r.pick([['Toronto', 'ON', 'M5V'], ['Montréal', 'QC', 'H2X'], ['Edmonton', 'AB', 'T5J'], ['Vancouver', 'BC', 'V6E'], ['Ottawa', 'ON', 'K1P'], ['Halifax', 'NS', 'B3H']] as const);
      return [`${opt(r, 0.3, `${r.int(101, 2404)}-`)}${r.int(10, 999)} ${r.pick(['Queen Street West', 'rue Sainte-Catherine Ouest', 'Jasper Avenue', 'Robson Street', 'Bank Street', 'Spring Garden Road'])}`, `${city} ${pv}  ${fsa} ${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`];
    },
  },
  GB: {
    name: 'United Kingdom', cur: '£', ds: 'intl',
    phone: (r) => r.pick([`+44 7${r.digits(3)} ${r.digits(6)}`, `07${r.digits(3)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `+44 (0)161 ${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`, `01632 ${r.digits(6)}`]),
    addr: (r) => {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Manchester', 'M'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Brighton', 'BN'], ['York', 'YO'], ['Reading', 'RG'], ['London', 'SE'], ['London', 'NW'], ['Edinburgh', 'EH'], ['Belfast', 'BT']] as const);
      const st = `${r.int(1, 180)} ${r.pick(['Harcourt Road', 'Mill Lane', 'Victoria Street', 'Church Close', 'Albert Terrace', 'Kingsway', 'Station Road', 'Beech Grove', "Queen's Crescent", 'Hawthorn Avenue', 'Wellington Gardens'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 24)}`, st] : [st];
      const t = r.chance(0.3) ? town.toUpperCase() : town;
      return r.chance(0.5) ? [...lines, t, gbPostcode(r, area)] : [...lines, `${t} ${gbPostcode(r, area)}`];
    },
  },
  IE: {
    name: 'Ireland', cur: '€', ds: 'intl',
    phone: (r) => r.pick([`+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 90)} ${r.pick(['Bridge Street', 'Rathgar Road', 'Main Street', 'The Crescent', 'Father Mathew Quay'])}`, r.pick(['Ranelagh', 'Ballincollig', 'Salthill', 'Rathmines']), r.pick([`Dublin ${r.int(1, 24)}`, 'Co. Cork', 'Galway']), `${r.pick(['D06', 'D08', 'T12', 'H91', 'A94'])} ${letters(r, 4, 'ACDEFHKNPRTVWXY0123456789')}`],
  },
  DE: {
    name: 'Deutschland', cur: '€', ds: 'de',
    phone: (r) => r.pick([`+49 1${r.pick(['51', '52', '57', '60', '70', '76'])} ${r.digits(8)}`, `030 ${r.digits(8)}`, `0${r.pick(['89', '40', '221', '69', '711'])} ${r.digits(3)} ${r.digits(4)}`, `+49 (0)89 ${r.digits(4)} ${r.digits(4)}`, `0176-${r.digits(8)}`]),
    addr: (r) => {
      const [city, plz] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Stuttgart', '70'], ['Bremen', '28'], ['Nürnberg', '90']] as const);
      const b = r.pick(w('Linden Goethe Schiller Bahnhof Kirch Garten Ahorn Rosen Mozart Wald Birken'));
      const st = r.pick([`${b}straße ${r.int(1, 120)}${opt(r, 0.15, 'a')}`, `${b}weg ${r.int(1, 60)}`, `Am ${r.pick(['Hang', 'Markt', 'Weiher', 'Sonnenhang'])} ${r.int(1, 40)}`, `${b}str. ${r.int(1, 99)}`]);
      return [st, `${plz}${r.digits(3)} ${city}`];
    },
  },
  AT: {
    name: 'Österreich', cur: '€', ds: 'dot',
    phone: (r) => r.pick([`+43 664 ${r.digits(7)}`, `0664 ${r.digits(3)} ${r.digits(4)}`, `01 ${r.digits(7)}`]),
    addr: (r) => [`${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Linzer Gasse'])} ${r.int(1, 150)}/${r.int(1, 5)}/${r.int(1, 30)}`, r.pick([`1${pad(r.int(1, 23))}0 Wien`, '8010 Graz', '4020 Linz', '5020 Salzburg', '6020 Innsbruck'])],
  },
  CH: {
    name: 'Schweiz', cur: 'CHF', ds: 'dot',
    phone: (r) => r.pick([`+41 7${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Seefeldstrasse', 'Rue de Lausanne', 'Bahnhofstrasse', 'Spalenberg', 'Via Nassa'])} ${r.int(1, 200)}`, r.pick([`80${pad(r.int(1, 57))} Zürich`, `30${pad(r.int(1, 27))} Bern`, '4051 Basel', '1201 Genève', '6003 Luzern', '6900 Lugano'])],
  },
  FR: {
    name: 'France', cur: '€', ds: 'fr',
    phone: (r) => {
      const pr = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`06 ${pr()}`, `+33 6 ${pr()}`, `07 ${pr()}`, `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `+33 (0)4 ${pr()}`]);
    },
    addr: (r) => {
      const [cp, city] = r.pick([[`750${pad(r.int(1, 20))}`, 'Paris'], ['69003', 'Lyon'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['59000', 'Lille'], ['33000', 'Bordeaux'], ['35000', 'Rennes'], ['67000', 'Strasbourg']] as const);
      const st = `${r.int(1, 140)}${opt(r, 0.1, ' bis')} ${r.pick(['rue des Lilas', 'avenue Victor Hugo', 'rue de la République', 'boulevard Jean Jaurès', 'rue du Moulin', 'rue Pasteur', 'allée des Acacias', 'rue Émile Zola', 'avenue de la Gare'])}`;
      const lines = r.chance(0.2) ? [`Bâtiment ${r.pick(w('A B C'))}, escalier ${r.int(1, 4)}`, st] : [st];
      return [...lines, `${cp} ${r.chance(0.5) ? city.toUpperCase() : city}`];
    },
  },
  BE: {
    name: 'Belgique', cur: '€', ds: 'fr',
    phone: (r) => r.pick([`+32 4${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Rue de la Loi', 'Avenue Louise', 'Chaussée de Wavre', 'Kerkstraat', 'Meir', 'Rue Royale'])} ${r.int(1, 300)}${opt(r, 0.2, ` bte ${r.int(1, 12)}`)}`, r.pick(['1000 Bruxelles', '1050 Ixelles', '2000 Antwerpen', '9000 Gent', '4000 Liège', '3000 Leuven'])],
  },
  NL: {
    name: 'Nederland', cur: '€', ds: 'nl',
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `+31 (0)30 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [pc, city] = r.pick([['10', 'Amsterdam'], ['35', 'Utrecht'], ['30', 'Rotterdam'], ['25', 'Den Haag'], ['97', 'Groningen'], ['56', 'Eindhoven']] as const);
      return [`${r.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Oudegracht', 'Julianalaan', 'Lange Voorhout'])} ${r.int(1, 400)}${r.pick(['', '', '-II', ' A', '-3'])}`, `${pc}${r.digits(2)} ${letters(r, 2, 'ABCEGHJKLMNPRTVWXZ')} ${city}`];
    },
  },
  ES: {
    name: 'España', cur: '€', ds: 'es',
    phone: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [cp, city] = r.pick([['280', 'Madrid'], ['080', 'Barcelona'], ['460', 'Valencia'], ['410', 'Sevilla'], ['480', 'Bilbao'], ['500', 'Zaragoza'], ['290', 'Málaga']] as const);
      return [`${r.pick(['Calle', 'Avenida', 'Paseo', 'C/'])} ${r.pick(['de Alcalá', 'Mayor', 'del Sol', 'de la Constitución', 'de Colón', 'de Goya', 'San Vicente', 'Isabel la Católica'])}, ${r.int(1, 220)}${opt(r, 0.6, `, ${r.int(1, 9)}º ${r.pick(w('A B C D Izda. Dcha.'))}`)}`, `${cp}${r.digits(2)} ${city}`];
    },
  },
  PT: {
    name: 'Portugal', cur: '€', ds: 'pt',
    phone: (r) => r.pick([`+351 9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Rua', 'Avenida', 'Travessa'])} ${r.pick(['da Liberdade', 'das Flores', 'de Santa Catarina', 'Almirante Reis', 'do Carmo'])}, ${r.int(1, 300)}, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.'])}`, r.pick([`1${r.digits(3)}-${r.digits(3)} Lisboa`, `4${r.digits(3)}-${r.digits(3)} Porto`, `30${r.digits(2)}-${r.digits(3)} Coimbra`])],
  },
  IT: {
    name: 'Italia', cur: '€', ds: 'it',
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `02 ${r.digits(4)} ${r.digits(4)}`, `06 ${r.digits(8)}`]),
    addr: (r) => {
      const [cap, city, pv] = r.pick([['201', 'Milano', 'MI'], ['001', 'Roma', 'RM'], ['101', 'Torino', 'TO'], ['801', 'Napoli', 'NA'], ['401', 'Bologna', 'BO'], ['501', 'Firenze', 'FI'], ['901', 'Palermo', 'PA']] as const);
      return [`${r.pick(['Via', 'Viale', 'Corso', 'Piazza'])} ${r.pick(['Garibaldi', 'Roma', 'Dante Alighieri', 'Mazzini', 'dei Mille', 'Cavour', 'Vittorio Emanuele II', 'delle Rose', 'San Marco'])} ${r.int(1, 180)}${opt(r, 0.15, '/B')}`, `${cap}${r.digits(2)} ${city} (${pv})`];
    },
  },
  PL: {
    name: 'Polska', cur: 'zł', ds: 'dot',
    phone: (r) => r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Mickiewicza', 'Słowackiego', 'Kwiatowa', 'Lipowa'])} ${r.int(1, 150)}${r.pick(['', `/${r.int(1, 80)}`, ` m. ${r.int(1, 80)}`])}`, r.pick([`0${r.int(0, 4)}-${r.digits(3)} Warszawa`, `3${r.int(0, 1)}-${r.digits(3)} Kraków`, `90-${r.digits(3)} Łódź`, `80-${r.digits(3)} Gdańsk`, `50-${r.digits(3)} Wrocław`])],
  },
  SE: {
    name: 'Sverige', cur: 'kr', ds: 'iso',
    phone: (r) => r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Götgatan'])} ${r.int(1, 90)}${opt(r, 0.3, ` lgh ${r.int(1001, 1503)}`)}`, r.pick([`1${r.digits(2)} ${r.digits(2)} Stockholm`, `4${r.digits(2)} ${r.digits(2)} Göteborg`, `2${r.digits(2)} ${r.digits(2)} Malmö`, `75${r.digits(1)} ${r.digits(2)} Uppsala`])],
  },
  NO: {
    name: 'Norge', cur: 'kr', ds: 'dot',
    phone: (r) => r.pick([`+47 ${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
    addr: (r) => [`${r.pick(['Storgata', 'Karl Johans gate', 'Thorvald Meyers gate', 'Bygdøy allé'])} ${r.int(1, 90)}${opt(r, 0.2, 'B')}`, r.pick([`0${r.digits(3)} Oslo`, `50${r.digits(2)} Bergen`, `70${r.digits(2)} Trondheim`])],
  },
  DK: {
    name: 'Danmark', cur: 'kr.', ds: 'dot',
    phone: (r) => `+45 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    addr: (r) => [`${r.pick(['Nørrebrogade', 'Vesterbrogade', 'Strandvejen', 'Østerbrogade', 'Jægersborggade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.', 'mf.'])}`, r.pick(['2200 København N', '8000 Aarhus C', '5000 Odense C', '2100 København Ø'])],
  },
  FI: {
    name: 'Suomi', cur: '€', ds: 'dot',
    phone: (r) => r.pick([`+358 40 ${r.digits(3)} ${r.digits(4)}`, `040 ${r.digits(3)} ${r.digits(4)}`, `050 ${r.digits(7)}`]),
    addr: (r) => [`${r.pick(['Mannerheimintie', 'Hämeentie', 'Aleksanterinkatu', 'Kauppakatu', 'Puistokatu'])} ${r.int(1, 90)} ${r.pick(w('A B C'))} ${r.int(1, 40)}`, r.pick([`00${r.digits(3)} Helsinki`, `33${r.digits(3)} Tampere`, `20${r.digits(3)} Turku`])],
  },
  GR: {
    name: 'Greece', cur: '€', ds: 'intl',
    phone: (r) => r.pick([`+30 69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `210 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Ermou', 'Panepistimiou', 'Tsimiski', 'Vasilissis Sofias'])} ${r.int(1, 150)}`, `${r.digits(3)} ${r.digits(2)} ${r.pick(['Athina', 'Thessaloniki', 'Patra'])}`],
  },
  HU: {
    name: 'Magyarország', cur: 'Ft', ds: 'iso',
    phone: (r) => r.pick([`+36 30 ${r.digits(3)} ${r.digits(4)}`, `06 1 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Andrássy út', 'Váci utca', 'Király utca', 'Rákóczi út'])} ${r.int(1, 120)}.${opt(r, 0.4, ` ${r.int(1, 6)}. em. ${r.int(1, 12)}.`)}`, r.pick([`1${r.int(0, 2)}${r.digits(2)} Budapest`, '4025 Debrecen', '6720 Szeged'])],
  },
  IL: {
    name: 'Israel', cur: '₪', ds: 'intl',
    phone: (r) => r.pick([`+972 5${r.digits(1)}-${r.digits(3)}-${r.digits(4)}`, `05${r.digits(1)}-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Rothschild Blvd', 'Dizengoff St', 'Herzl St', 'Ben Yehuda St'])} ${r.int(1, 200)}${opt(r, 0.4, `, Apt ${r.int(1, 40)}`)}`, `${r.pick(['Tel Aviv-Yafo', 'Haifa', 'Jerusalem'])} ${r.digits(7)}`],
  },
  TR: {
    name: 'Türkiye', cur: '₺', ds: 'dot',
    phone: (r) => r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `05${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı', 'Gül Sokak'])} No: ${r.int(1, 300)} D: ${r.int(1, 20)}`, `${r.digits(5)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])}`],
  },
  AE: {
    name: 'UAE', cur: 'AED', ds: 'intl',
    phone: (r) => r.pick([`+971 5${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `05${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `+971 4 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Apartment', 'Flat', 'Villa'])} ${r.int(1, 3200)}, ${r.pick(['Marina Heights Tower', 'Al Barsha South', 'Jumeirah Village Circle', 'Al Reem Island'])}`, `${opt(r, 0.5, `P.O. Box ${r.digits(5)}, `)}${r.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}`, 'United Arab Emirates'],
  },
  IN: {
    name: 'India', cur: '₹', ds: 'in',
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `+91-98${r.digits(3)}-${r.digits(5)}`, `0${r.pick(['80', '22', '44'])}-${r.digits(8)}`, `9${r.digits(9)}`]),
    addr: (r) => {
      const [city, pin] = r.pick([['Bengaluru', '560'], ['Mumbai', '400'], ['Pune', '411'], ['Chennai', '600'], ['Hyderabad', '500'], ['New Delhi', '110'], ['Kolkata', '700']] as const);
      return [`Flat ${r.int(101, 1404)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Acres Apartments', 'Shanti Niketan', 'Tower B, Lodha Park'])}`, `${r.pick(['14th Cross', '2nd Main Road', 'MG Road', 'Linking Road', 'Anna Salai'])}, ${r.pick(['Indiranagar', 'Andheri West', 'Kothrud', 'T. Nagar', 'Banjara Hills', 'Salt Lake'])}`, `${city} ${pin}${r.digits(3)}`];
    },
  },
  JP: {
    name: 'Japan', cur: '¥', ds: 'jp',
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => r.chance(0.5)
      ? [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神', '愛知県名古屋市中区栄'])}${r.int(1, 4)}-${r.int(1, 20)}-${r.int(1, 15)}`]
      : [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Sangenjaya, Setagaya-ku', 'Umeda, Kita-ku', 'Tenjin, Chuo-ku', 'Sakae, Naka-ku'])}`, `${r.pick(['Tokyo', 'Osaka', 'Fukuoka', 'Nagoya'])} ${r.digits(3)}-${r.digits(4)}`],
  },
  KR: {
    name: 'Korea', cur: '₩', ds: 'kr',
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => r.chance(0.5)
      ? [`${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 해운대로', '경기도 성남시 분당구 판교역로'])} ${r.int(1, 400)}, ${r.int(101, 1203)}호`]
      : [`${r.int(1, 400)} Teheran-ro, Gangnam-gu`, `Seoul ${r.digits(5)}`],
  },
  CN: {
    name: 'China', cur: '¥', ds: 'cn',
    phone: (r) => r.pick([`+86 13${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `138${r.digits(8)}`, `021-${r.digits(8)}`]),
    addr: (r) => [`${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区天河路', '深圳市南山区科技园南路'])}${r.int(1, 300)}号${opt(r, 0.5, `${r.int(1, 30)}栋${r.int(101, 2505)}室`)}`],
  },
  SG: {
    name: 'Singapore', cur: 'S$', ds: 'intl',
    phone: (r) => r.pick([`+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`, `${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`Blk ${r.int(100, 999)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Bedok North Rd', 'Jurong West St 42'])}`, `#${pad(r.int(2, 20))}-${r.int(10, 999)}`, `Singapore ${r.digits(6)}`],
  },
  AU: {
    name: 'Australia', cur: 'A$', ds: 'intl',
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `03 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Surry Hills', 'NSW', '2010'], ['Fortitude Valley', 'QLD', '4006'], ['Subiaco', 'WA', '6008'], ['Norwood', 'SA', '5067'], ['Glebe', 'NSW', '2037'], ['Brunswick', 'VIC', '3056'], ['Hobart', 'TAS', '7000']] as const);
      return [`${opt(r, 0.3, `Unit ${r.int(1, 30)}, `)}${r.int(1, 400)} ${r.pick(['Smith Street', 'Brunswick Road', 'Oxford Street', 'Hay Street', 'Chapel Street', 'King William Road'])}`, `${r.chance(0.5) ? sub.toUpperCase() : sub} ${st} ${pc}`];
    },
  },
  NZ: {
    name: 'New Zealand', cur: 'NZ$', ds: 'intl',
    phone: (r) => r.pick([`021 ${r.digits(3)} ${r.digits(4)}`, `+64 21 ${r.digits(3)} ${r.digits(4)}`, `(09) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 300)} ${r.pick(['Ponsonby Road', 'Cuba Street', 'Colombo Street', 'Dominion Road'])}`, r.pick(['Grey Lynn', 'Te Aro', 'Sydenham', 'Mt Eden']), `${r.pick(['Auckland', 'Wellington', 'Christchurch'])} ${r.digits(4)}`],
  },
  BR: {
    name: 'Brasil', cur: 'R$', ds: 'pt',
    phone: (r) => r.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 9${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => {
      const [bairro, city, uf] = r.pick([['Pinheiros', 'São Paulo', 'SP'], ['Copacabana', 'Rio de Janeiro', 'RJ'], ['Savassi', 'Belo Horizonte', 'MG'], ['Batel', 'Curitiba', 'PR'], ['Boa Viagem', 'Recife', 'PE']] as const);
      return [`${r.pick(['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Rua Oscar Freire', 'Avenida Atlântica'])}, ${r.int(1, 3000)}${opt(r, 0.5, `, Apto ${r.int(11, 304)}`)}`, `${bairro}, ${city} - ${uf}`, `${r.digits(5)}-${r.digits(3)}`];
    },
  },
  MX: {
    name: 'México', cur: 'MX$', ds: 'es',
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`, `81 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Morelos', 'Av. Juárez'])} ${r.int(1, 2000)}${opt(r, 0.4, `, Int. ${r.int(1, 12)}`)}`, `Col. ${r.pick(['Roma Norte', 'Del Valle', 'Condesa', 'Centro', 'Providencia'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`],
  },
  ZA: {
    name: 'South Africa', cur: 'R', ds: 'iso',
    phone: (r) => r.pick([`+27 8${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `08${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `(021) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 200)} ${r.pick(['Long Street', 'Jan Smuts Avenue', 'Florida Road', 'Main Road', 'Kloof Street'])}`, r.pick(['Gardens', 'Rosebank', 'Morningside', 'Observatory']), r.pick(['Cape Town', 'Johannesburg', 'Durban']), r.digits(4)],
  },
  NG: {
    name: 'Nigeria', cur: '₦', ds: 'intl',
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `0${r.pick(['703', '813', '906'])} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 80)} ${r.pick(['Admiralty Way', 'Awolowo Road', 'Adeola Odeku Street', 'Ahmadu Bello Way'])}`, r.pick(['Lekki Phase 1', 'Ikoyi', 'Victoria Island', 'Garki']), r.pick(['Lagos', 'Lagos State', 'Abuja FCT'])],
  },
  PH: {
    name: 'Philippines', cur: '₱', ds: 'us',
    phone: (r) => r.pick([`+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${opt(r, 0.4, `Unit ${r.int(1, 30)}${r.pick(w('A B C'))}, `)}${r.int(1, 900)} ${r.pick(['Ayala Avenue', 'Katipunan Avenue', 'Rizal Street', 'Mabini Street'])}`, r.pick(['Barangay San Lorenzo', 'Loyola Heights', 'Poblacion']), `${r.pick(['Makati City', 'Quezon City', 'Cebu City'])} ${r.digits(4)}`],
  },
};

const C = (cc: string): Country => COUNTRIES[cc] ?? (COUNTRIES.US as Country);
const phoneOf = (r: Rng, cc: string): string => C(cc).phone(r);
const addrOf = (r: Rng, cc: string): string[] => C(cc).addr(r);
/** A date of birth written the way country `cc` writes dates. */
const dobOf = (r: Rng, cc: string, lo = 1944, hi = 2004): string => fmtDate(r, C(cc).ds, r.int(lo, hi), r.int(1, 12), r.int(1, 28));
/** A recent non-birth date. */
const dateOf = (r: Rng, cc: string, lo = 2022, hi = 2025): string => fmtDate(r, C(cc).ds, r.int(lo, hi), r.int(1, 12), r.int(1, 28));

// ---------------------------------------------------------------------------------------------------------
// Checksummed values and their look-alikes.

function luhnFinish(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}

/** Compact digits of a Luhn-valid card of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 19);
  let pre: string;
  let len = 16;
  if (k <= 6) pre = '4';
  else if (k <= 9) pre = r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  else if (k <= 12) { pre = r.pick(['34', '37']); len = 15; }
  else if (k <= 14) pre = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (k === 15) pre = String(r.int(3528, 3589));
  else if (k === 16) { pre = r.pick(['36', '38', `30${r.int(0, 5)}`]); len = 14; }
  else if (k === 17) pre = '62';
  else if (k === 18) { pre = '4'; len = r.pick([13, 19]); }
  else pre = `5${r.int(1, 5)}`;
  return luhnFinish(pre + r.digits(len - pre.length - 1));
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  if (sep === '') return d;
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 16) sizes = [4, 4, 4, 4];
  else return d;
  const parts: string[] = [];
  let i = 0;
  for (const z of sizes) { parts.push(d.slice(i, i + z)); i += z; }
  return parts.join(sep);
}

const card = (r: Rng): string => groupCard(r, cardDigits(r));

/** A card-like number that fails Luhn (unlabelled). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`, `•••• ${r.digits(4)}`, `ending in ${r.digits(4)}`]);
}

function ibanCheck(cc: string, bban: string): string {
  let rem = 0;
  for (const ch of bban + cc + '00') {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return pad(98 - rem);
}

const IBAN_ALPHA: Readonly<Record<string, number>> = { GB: 4, IE: 4, NL: 4, RO: 4, IT: 1, MT: 4, BG: 4 };

/** Compact valid IBAN of country `cc` (a country of {@link IBAN_LENGTHS}). */
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const a = IBAN_ALPHA[cc] ?? 0;
  const bban = letters(r, a, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(len - 4 - a);
  return `${cc}${ibanCheck(cc, bban)}${bban}`;
}

function groupIban(r: Rng, c: string): string {
  const x = r.int(0, 9);
  if (x <= 5) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (x <= 8) return c;
  return c.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}

const IBAN_CCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'LU', 'GR', 'HU', 'TR', 'AE', 'IL', 'BR', 'CZ', 'HR', 'RO'];

/** A printable valid IBAN: of the person's country when it has IBANs, else a random one. */
function iban(r: Rng, cc?: string): string {
  const k = cc !== undefined && IBAN_LENGTHS[cc] !== undefined ? cc : r.pick(IBAN_CCS);
  return groupIban(r, ibanCompact(r, k));
}

/** An IBAN with a wrong check (unlabelled). */
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CCS));
  for (let i = 1; i < 97; i++) {
    const chk = pad((Number(c.slice(2, 4)) + i) % 100);
    const b = c.slice(0, 2) + chk + c.slice(4);
    if (!ibanMod97Valid(b)) return groupIban(r, b);
  }
  return c;
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const sep = r.pick(['-', '-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}

const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `•••-••-${r.digits(4)}`]);
const itin = (r: Rng): string => `9${r.digits(2)}-${r.pick(['70', '78', '88', '92'])}-${r.digits(4)}`;
const ein = (r: Rng): string => `${r.int(10, 99)}-${r.digits(7)}`;
const routing = (r: Rng): string => `${r.pick(['0', '1', '2', '3'])}${r.digits(8)}`;

function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 223), 10, 192, 172, r.int(24, 99), r.int(100, 199)]);
  if (first === 192) return `192.168.${r.int(0, 10)}.${r.int(2, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const g = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const head = r.pick(['2001:db8', '2a02:810d', '2600:1700', '2a01:4f8', '2001:4860', '2604:a880', 'fe80:0']);
  if (r.chance(0.5)) {
    const n = r.int(1, 3);
    const tail: string[] = [];
    for (let i = 0; i < r.int(1, 2); i++) tail.push(g());
    const mid: string[] = [];
    for (let i = 0; i < n; i++) mid.push(g());
    return `${head}:${mid.join(':')}::${tail.join(':')}`;
  }
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(g());
  return `${head}:${parts.join(':')}`;
}

const ip = (r: Rng): string => (r.chance(0.3) ? ipv6(r) : ipv4(r));

// Spoken forms (support-call transcripts).
const DIG = w('zero one two three four five six seven eight nine');
function spokenDigits(r: Rng, s: string): string {
  const groups = s.replace(/[^\d ]/g, ' ').trim().split(/\s+/);
  return groups.map((g) => [...g].map((c) => (c === '0' && r.chance(0.4) ? 'oh' : (DIG[Number(c)] as string))).join(' ')).join(', ');
}
const spokenEmail = (e: string): string => e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
const ORD = w('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth');

/** A spoken US-style phone number (10 digits). */
function spokenPhone(r: Rng): string {
  return spokenDigits(r, `${r.int(2, 9)}${r.digits(2)} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`);
}

// Distractors.
const orderNo = (r: Rng): string => r.pick([`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `ORD-${r.digits(8)}`, `#${r.digits(6)}`, `INV-${r.int(2022, 2025)}-${r.digits(5)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${letters(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(10)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JD0${r.digits(15)}`]);
const caseNo = (r: Rng): string => r.pick([`CAS-${r.digits(7)}`, `SR#${r.digits(9)}`, `Ticket ${r.digits(6)}`, `ref ${letters(r, 3)}-${r.digits(6)}`]);
const version = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(2022, 2025)}.${r.int(1, 12)}.${r.int(0, 9)}`, `build ${r.int(1, 30)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 9999)}`]);
const money = (r: Rng, cur: string, lo = 5, hi = 4000): string => {
  const v = `${r.int(lo, hi).toLocaleString('en-US')}.${r.digits(2)}`;
  return cur.length <= 2 && cur !== 'R' ? `${cur}${v}` : `${v} ${cur}`;
};
const txHash = (r: Rng): string => `0x${hex(r, 64)}`;
const btcAddr = (r: Rng): string => `bc1q${letters(r, 38, 'acdefghjklmnpqrstuvwxyz023456789')}`;

const BRANDS = ["Trader Joe's", "Wendy's", "McDonald's", 'John Lewis', 'Calvin Klein', 'Ralph Lauren', 'Tommy Hilfiger', 'Hugo Boss', 'Charles Schwab', 'Edward Jones', 'Dr. Martens', "Sainsbury's", 'Marks & Spencer', 'Tim Hortons', "Papa John's", "Ben & Jerry's", 'Ford Credit', 'Walt Disney World', 'Ferrari', 'Dell', 'Merrill Lynch', 'Fannie Mae', 'Sallie Mae', 'Freddie Mac', 'Lincoln Financial', 'John Hancock', 'Raymond James', 'Goldman Sachs', 'Wells Fargo', 'Ernst & Young', 'Chick-fil-A', "Kellogg's", 'Carl Zeiss', 'Siemens', 'Porsche', 'Aldi Süd', 'Tchibo', 'Zara', 'Mercadona', 'Rossmann'];
const TRAPS = [
  'a Roth IRA conversion', 'my Coverdell ESA', 'the Keogh plan', 'a Section 179 deduction', 'Riester-Rente', 'Rürup-Rente',
  'the Pell Grant', 'my Fulbright stipend', 'Dodd-Frank disclosures', 'Sarbanes-Oxley', "my Crohn's treatment", "Dad's Alzheimer's care",
  'Hurricane Ian damage', 'Storm Ciarán repairs', 'Hurricane Helene losses', 'the Laffer curve', 'a Ponzi scheme', 'the Nobel Prize money',
  'our dog Charlie', 'the cat, Oliver', 'a Queen Mary 2 cruise', 'the Lincoln Memorial', 'Rockefeller Center', 'Carnegie Hall tickets',
  "Hashimoto's thyroiditis meds", 'Parkinson\'s physio', 'the Morgan Stanley app', 'Jackson Hole', 'St. Louis', 'San José',
];
const pickTrap = (r: Rng): string => r.pick(TRAPS);

// ---------------------------------------------------------------------------------------------------------
// Templates. Each appends one whole document to `d`.

type Tpl = (r: Rng, d: Doc) => void;

const kid = (r: Rng, parent: Person): Person => {
  const k = person(r, r.chance(0.8) ? parent.cul : undefined);
  return { ...k, sur: parent.sur, full: parent.sf ? `${parent.sur} ${k.given}` : `${k.given} ${parent.sur}`, cc: parent.cc, sf: parent.sf };
};
const speakers = (r: Rng): [string, string] =>
  r.pick([
    ['User: ', 'Assistant: '],
    ['You: ', 'AI: '],
    ['> ', 'TaxBot: '],
    ['**Me:** ', '**Budget Buddy:** '],
    ['[user] ', '[assistant] '],
    ['Q: ', 'A: '],
  ] as const) as [string, string];
const year = (r: Rng): number => r.int(2021, 2025);
const firm = (r: Rng): readonly [string, string] => r.pick(FIRMS);
const USCC = ['US', 'US', 'US'];

const TEMPLATES: Tpl[] = [
  // 1 filing status chat
  (r, d) => {
    const me = personIn(r, 'US');
    const sp = personIn(r, 'US');
    const k1 = kid(r, me);
    const k2 = kid(r, me);
    const [u, a] = speakers(r);
    d.t(`${u}Hi, I'm `).self(me.full).t(`. Married filing jointly with `).p(sp.full).t(` for tax year ${year(r)}. Two kids: `);
    d.p(k1.given).t(' (DOB ').dob(dobOf(r, 'US', 2008, 2022)).t(') and ').p(k2.given).t(', born ').dob(dobOf(r, 'US', 2008, 2022));
    d.t(`. My SSN is `).l('NATIONAL_ID', ssn(r)).t(`; my spouse's is `).l('NATIONAL_ID', ssn(r)).t(`. Do we get the full Child Tax Credit on ${money(r, '$', 90000, 180000)} AGI?\n`);
    d.t(`${a}Thanks, `).p(me.given).t(`. With two qualifying children under 17 you can generally claim the credit; the phase-out for joint filers starts at $400,000. Please don't share full SSNs in chat — the last four (e.g. ${maskedSsn(r)}) are enough for reference.`);
  },
  // 2 household budget CSV pasted into chat
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'AU', 'CA', 'IE']);
    const cur = C(cc).cur;
    const a = personIn(r, cc);
    const b = personIn(r, cc);
    const [u] = speakers(r);
    d.t(`${u}can you categorise this and tell me where we're overspending? it's me and `).p(b.given).t(`\n\ndate,payee,category,amount,paid_by\n`);
    const rows = r.int(4, 8);
    for (let i = 0; i < rows; i++) {
      const dt = `${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
      const payer = r.chance(0.5) ? a : b;
      const x = r.int(0, 5);
      d.t(`${dt},`);
      if (x === 0 && r.chance(0.3)) d.t(`Rent - ${personIn(r, cc).sur} Lettings Ltd,housing,`);
      else if (x === 0) d.t(`Rent - `).p(personIn(r, cc).full).t(`,housing,`);
      else if (x === 1) d.t(`Transfer to `).p(personIn(r, cc).full).t(',gifts,');
      else d.t(`${r.pick(BRANDS)},${r.pick(w('groceries dining clothing utilities transport subscriptions'))},`);
      d.t(`${money(r, cur, 3, 1900)},`).p(payer.given).t('\n');
    }
    d.t(`\nmy email for the export is `).em(email(r, a)).t(' if the sheet needs an owner');
    if (r.chance(0.5)) d.t('. bills go on the joint card ').l('CARD', card(r)).t(' if that matters');
  },
  // 3 dependants section of a worksheet
  (r, d) => {
    const me = personIn(r, 'US');
    d.t(`FORM 1040 WORKSHEET — DEPENDENTS (tax year ${year(r)})\nPreparer: ${firm(r)[0]}   Client #${r.digits(5)}\nPrimary taxpayer: `).p(nameForm(r, me)).t(`   SSN: `).l('NATIONAL_ID', ssn(r)).t('\n\n');
    d.t('Name | Relationship | DOB | SSN/ITIN | Months in home\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const k = r.chance(0.8) ? kid(r, me) : personIn(r, 'US');
      const rel = r.pick(['Son', 'Daughter', 'Stepchild', 'Parent', 'Niece', 'Foster child']);
      const old = rel === 'Parent';
      d.p(r.chance(0.5) ? k.full : `${k.sur}, ${k.given}`).t(` | ${rel} | `).dob(dobOf(r, 'US', old ? 1940 : 2005, old ? 1960 : 2023)).t(' | ');
      if (r.chance(0.2)) d.t(`${itin(r)} (ITIN)`);
      else if (r.chance(0.15)) d.t(maskedSsn(r));
      else d.l('NATIONAL_ID', ssn(r));
      d.t(` | ${r.int(6, 12)}\n`);
    }
    d.t(`\nDependent care provider: ${r.pick(['Little Acorns Daycare', 'Bright Horizons', 'Kinder Garden LLC'])}, EIN ${ein(r)}, paid ${money(r, '$', 2000, 9000)}`);
  },
  // 4 accountant e-mail requesting documents
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);
    const acct = personIn(r, cc);
    const cl = personIn(r, cc);
    const [fn, dom] = firm(r);
    const ae = `${ascii(acct.given)}.${ascii(acct.sur) || 'x'}@${dom}`;
    d.t('From: ').p(acct.full).t(' <').em(ae).t('>\nTo: ').em(email(r, cl)).t(`\nSubject: Documents still outstanding for your ${year(r)} return\n\nDear `);
    d.t(r.pick(['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. '])).p(cl.sur).t(`,\n\nThanks for sending the P60s and bank interest certificates. Before we can file we still need:\n- the ${r.pick(['1099-B', 'consolidated brokerage statement', 'rental ledger'])} from ${r.pick(BRANDS)}\n- receipts for ${pickTrap(r)}\n- confirmation of your new address\n\n`);
    d.t('Our records show: ').ad(addrOf(r, cc)).t(`. If that's wrong, reply or call me on `).ph(phoneOf(r, cc)).t(`${r.pick(['', ` ext. ${r.int(10, 499)}`, ` (direct line)`])}.\n\nKind regards,\n`).p(acct.full).t(`\n${fn}\n`).em(`${r.pick(ROLES)}@${dom}`);
  },
  // 5 client reply with spouse details
  (r, d) => {
    const me = personIn(r, 'US');
    const sp = personIn(r, 'US');
    const acct = personIn(r, 'US');
    d.t('Hi ').p(acct.given).t(`,\n\nHere's what you asked for. My wife `).p(sp.full).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(', born ').dob(dobOf(r, 'US')).t(`) started at ${r.pick(['Lincoln Financial', 'John Hancock', 'Ernst & Young', 'a startup'])} in ${r.pick(EN_M)}, so she'll have two W-2s. `);
    d.t(`We moved on ${dateOf(r, 'US')} — new address is `).ad(addrOf(r, 'US')).t(`.\nHer cell is `).ph(phoneOf(r, 'US')).t(' if you need her to sign anything.\n\nThanks,\n').self(me.full);
  },
  // 6 W-2 pasted
  (r, d) => {
    const e = personIn(r, 'US');
    const a = addrOf(r, 'US');
    d.t(`can you check if box 12 looks right?\n\nForm W-2 Wage and Tax Statement ${year(r)}\na Employee's social security number  `).l('NATIONAL_ID', ssn(r));
    d.t(`\nb Employer identification number (EIN)  ${ein(r)}\nc Employer's name, address, and ZIP code  ${r.pick(['Edward Jones', 'Raymond James Financial', 'Marlowe Logistics Inc'])}, ${r.int(100, 999)} Corporate Dr\ne Employee's first name and initial  Last name\n  `);
    d.p(`${e.given} ${e.sur.toUpperCase()}`).t('\nf Employee\'s address and ZIP code\n  ').ad(a, '\n  ').t(`\n1 Wages, tips, other compensation  ${r.int(38000, 210000)}.${r.digits(2)}\n2 Federal income tax withheld  ${r.int(3000, 40000)}.${r.digits(2)}\n12a D  ${r.int(2000, 23000)}.00\n12b W  ${r.int(500, 4000)}.00`);
  },
  // 7 e-file log
  (r, d) => {
    const p = personIn(r, 'US');
    const t0 = `${year(r)}-04-${pad(r.int(1, 15))}`;
    const hh = (): string => `${pad(r.int(8, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
    d.t(`[${t0} ${hh()}] efile-client ${version(r)} starting submission\n[${t0} ${hh()}] taxpayer=`).em(email(r, p)).t(' session_ip=').l('IP', ip(r)).t(`\n[${t0} ${hh()}] SubmissionId=${r.digits(6)}${r.int(2022, 2025)}${r.digits(3)}${letters(r, 3, 'abcdefghijklmnopqrstuvwxyz')}${r.digits(4)}\n`);
    d.t(`[${t0} ${hh()}] transmitting to MeF gateway `).l('IP', ipv4(r)).t(`:${r.pick(['443', '8443'])}\n[${t0} ${hh()}] ack status=${r.pick(['Accepted', 'Rejected IND-031-04', 'Rejected R0000-504-02'])} primary_ssn=`);
    if (r.chance(0.5)) d.l('NATIONAL_ID', ssn(r));
    else d.t(maskedSsn(r));
    d.t(`\n[${t0} ${hh()}] refund routing=${routing(r)} acct=****${r.digits(4)}\n[${t0} ${hh()}] done in ${r.int(200, 9000)} ms`);
  },
  // 8 bank statement (EU) pasted into chat
  (r, d) => {
    const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'AT', 'BE', 'IE']);
    const me = personIn(r, cc);
    const [u, a] = speakers(r);
    d.t(`${u}here is my statement, which of these are deductible?\n\nKontoinhaber / Account holder: `).self(me.full).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`   BIC: ${letters(r, 4)}${cc}${letters(r, 2)}\n\n`);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      d.t(`${dateOf(r, cc)}  `);
      const x = r.int(0, 3);
      if (x === 0) d.t('SEPA-Überweisung an ').p(personIn(r, cc).full).t(' ').l('IBAN', iban(r, cc));
      else if (x === 1) d.t(`Lastschrift ${r.pick(BRANDS)} Mandat ${letters(r, 2)}${r.digits(8)}`);
      else if (x === 2) d.t('Gutschrift von ').p(nameForm(r, personIn(r, cc))).t(` Verwendungszweck: Miete ${r.pick(EN_M)}`);
      else d.t(`Kartenzahlung ${r.pick(BRANDS)} ${maskedCard(r)}`);
      d.t(`  ${r.chance(0.5) ? '-' : '+'}${money(r, '€', 5, 1400)}\n`);
    }
    d.t(`\n${a}Donations and the tax adviser fee could be deductible; groceries and the ${r.pick(BRANDS)} purchase are not.`);
  },
  // 9 card statement header pasted
  (r, d) => {
    const me = personIn(r, r.pick(['US', 'GB', 'CA', 'AU']));
    d.t(`${r.pick(['Chase Sapphire', 'Barclaycard Rewards', 'Amex Gold', 'Citi Double Cash', 'Capital One Quicksilver'])} — Statement closing ${dateOf(r, me.cc)}\n`).p(nameForm(r, me).toUpperCase()).t('\n').ad(addrOf(r, me.cc), '\n').t('\nAccount number: ').l('CARD', card(r));
    if (r.chance(0.4)) d.t('\nAdditional cardholder: ').p(personIn(r, me.cc).full).t(' — card ').l('CARD', card(r));
    d.t(`\nNew balance ${money(r, C(me.cc).cur, 200, 9000)}   Minimum payment ${money(r, C(me.cc).cur, 25, 200)}\n\nTRANSACTIONS\n`);
    for (let i = 0; i < r.int(3, 6); i++) d.t(`${dateOf(r, me.cc)}  ${r.pick(BRANDS).toUpperCase()} ${r.pick(['ONLINE', 'STORE #' + r.digits(4), ''])}  ${money(r, C(me.cc).cur, 4, 600)}\n`);
    d.t(`Questions? Call `).ph(phoneOf(r, me.cc)).t(` or write to `).em(`${r.pick(['cardservices', 'support', 'disputes'])}@${r.pick(['examplebank.com', 'northshore-cu.org', 'card-help.co.uk'])}`);
  },
  // 10 mortgage pre-approval form
  (r, d) => {
    const a = personIn(r, 'US');
    const co = r.chance(0.6) ? personIn(r, 'US') : null;
    d.t(`MORTGAGE PRE-APPROVAL APPLICATION\nLoan officer: `).p(personIn(r, 'US').full).t(` NMLS #${r.digits(6)}\n\nBorrower name: `).p(nameForm(r, a)).t('\nDate of birth: ').dob(dobOf(r, 'US', 1955, 2000)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nCurrent address: ').ad(addrOf(r, 'US')).t(`\nYears at address: ${r.int(1, 15)}\nHome phone: `).ph(phoneOf(r, 'US')).t('\nEmail: ').em(email(r, a)).t('\n');
    if (co) d.t('\nCo-borrower: ').p(co.full).t('\nCo-borrower DOB: ').dob(dobOf(r, 'US', 1955, 2000)).t('\nCo-borrower SSN: ').l('NATIONAL_ID', ssn(r)).t('\n');
    d.t(`\nEmployer: ${r.pick(['Wells Fargo', 'Goldman Sachs', 'Jefferson County Schools', 'Walt Disney World'])}   Annual income: ${money(r, '$', 45000, 250000)}\nRequested amount: ${money(r, '$', 150000, 900000)}   Estimated closing: ${dateOf(r, 'US')}`);
    if (r.chance(0.6)) d.t('\nApplication fee charged to card: ').l('CARD', card(r));
  },
  // 11 German tax chat
  (r, d) => {
    const cc = r.pick(['DE', 'DE', 'AT']);
    const me = personIn(r, cc);
    const [u, a] = speakers(r);
    d.t(`${u}Hallo! Ich mache gerade meine Steuererklärung ${year(r)} in ${r.pick(['ELSTER', 'WISO Steuer', 'Taxfix'])}. Ich bin `).self(me.full).t(', geboren am ').dob(dobOf(r, cc)).t(`, Steuer-ID ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}. `);
    d.t(`Wohnhaft: `).ad(addrOf(r, cc)).t(`. Erstattung bitte auf `).l('IBAN', iban(r, cc)).t(`. Kann ich die Kosten für ${r.pick(['die Riester-Rente', 'das Arbeitszimmer', 'die Handwerkerrechnung', 'den Umzug'])} absetzen?\n`);
    d.t(`${a}Hallo `).p(me.given).t(`! Ja, grundsätzlich schon. Bitte teile die Steuer-ID hier nicht — die brauche ich für die Beratung nicht.`);
  },
  // 12 French impôts chat
  (r, d) => {
    const me = personIn(r, r.pick(['FR', 'FR', 'BE']));
    const [u, a] = speakers(r);
    d.t(`${u}Bonjour, je prépare ma déclaration de revenus ${year(r)}. Je m'appelle `).self(me.full).t(`, née le `).dob(dobOf(r, 'FR')).t(`, numéro fiscal ${r.int(1, 3)}${r.digits(12)}. `);
    d.t('Mon conjoint ').p(personIn(r, 'FR').full).t(` et moi sommes pacsés depuis ${dateOf(r, 'FR', 2015, 2023)}. Adresse : `).ad(addrOf(r, 'FR')).t(`. Pour le remboursement : `).l('IBAN', iban(r, 'FR')).t('.\n');
    d.t(`${a}Merci `).p(me.given).t(`. En tant que partenaires de PACS, vous faites une déclaration commune à partir de l'année du PACS. Le numéro fiscal n'est pas nécessaire ici.`);
  },
  // 13 Spanish renta chat
  (r, d) => {
    const cc = r.pick(['ES', 'ES', 'MX']);
    const me = personIn(r, cc);
    const [u, a] = speakers(r);
    d.t(`${u}Hola, soy `).self(me.full).t(cc === 'ES' ? `, DNI ${r.digits(8)}${letters(r, 1)}` : `, RFC ${letters(r, 4)}${r.digits(6)}${letters(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}`).t(`. Nací el `).dob(dobOf(r, cc)).t('. ');
    d.t(`Tengo dos hijos, `).p(kid(r, me).given).t(' y ').p(kid(r, me).given).t(`, y quiero saber si puedo aplicar la deducción por maternidad. Mi domicilio fiscal es `).ad(addrOf(r, cc)).t(`. Teléfono `).ph(phoneOf(r, cc)).t('.\n');
    if (cc === 'ES') d.t('La devolución, a la cuenta ').l('IBAN', iban(r, 'ES')).t('.\n');
    d.t(`${a}Gracias, `).p(me.given).t(`. La deducción depende de tu cotización a la Seguridad Social y de la edad de los menores.`);
  },
  // 14 UK self assessment chat
  (r, d) => {
    const me = personIn(r, 'GB');
    const [u, a] = speakers(r);
    d.t(`${u}I'm doing my self assessment for ${year(r) - 1}/${String(year(r)).slice(2)}. Name `).self(me.full).t(`, UTR ${r.digits(5)} ${r.digits(5)}, NI number ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(w('A B C D'))}. `);
    d.t(`DOB `).dob(dobOf(r, 'GB')).t('. I rent out a flat at ').ad(addrOf(r, 'GB')).t(` through ${r.pick(['Foxtons', 'a local agent', 'Openrent'])}; tenant is `).p(personIn(r, 'GB').full).t(`. Rent goes into sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}. What expenses can I claim?\n`);
    d.t(`${a}You can claim allowable expenses such as letting-agent fees, repairs and insurance. Mortgage interest is restricted to a 20% tax credit.`);
  },
  // 15 India ITR chat
  (r, d) => {
    const me = personIn(r, 'IN');
    const [u, a] = speakers(r);
    d.t(`${u}Filing ITR-${r.int(1, 4)} for AY ${year(r)}-${String(year(r) + 1).slice(2)}. I am `).self(me.full).t(`, PAN ${letters(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(4)}${letters(r, 1)}, Aadhaar XXXX XXXX ${r.digits(4)}. DOB `).dob(dobOf(r, 'IN')).t('. ');
    d.t(`Address as per Form 16: `).ad(addrOf(r, 'IN')).t(`. Mobile `).ph(phoneOf(r, 'IN')).t(`, mail `).em(email(r, me)).t(`. Can I claim 80C for my father `).p(`${personIn(r, 'IN').given} ${me.sur}`).t(`'s LIC premium?\n`);
    d.t(`${a}Yes — under Section 80C you may claim life-insurance premiums paid for yourself, spouse and children, but not for parents. Section 80D covers parents' health insurance.`);
  },
  // 16 Japanese 確定申告 chat
  (r, d) => {
    const s = r.pick(JA_SUR);
    const g = r.pick(JA_GIV);
    const full = `${s} ${g}`;
    const [u, a] = speakers(r);
    d.t(`${u}確定申告について質問です。`).self(full).t(`と申します。生年月日は`).dob(fmtDate(r, 'jp', r.int(1950, 2000), r.int(1, 12), r.int(1, 28))).t(`です。住所は`).ad(addrOf(r, 'JP')).t(`、電話は`).ph(phoneOf(r, 'JP')).t(`です。`);
    d.t(`マイナンバーは****-****-${r.digits(4)}です。ふるさと納税の寄附金控除は使えますか？\n${a}`).p(s).t(`様、ふるさと納税はワンストップ特例を使わない場合、確定申告で寄附金控除を申告できます。`);
  },
  // 17 Korean year-end settlement chat
  (r, d) => {
    const full = r.pick(KO_NAMES);
    const [u, a] = speakers(r);
    d.t(`${u}연말정산 질문이요. 저는 `).self(full).t(`이고 생년월일은 `).dob(fmtDate(r, 'kr', r.int(1960, 2000), r.int(1, 12), r.int(1, 28))).t(`입니다. 주민등록번호는 ${r.digits(6)}-${r.int(1, 4)}******. 주소 `).ad(addrOf(r, 'KR')).t(`, 연락처 `).ph(phoneOf(r, 'KR')).t(`.\n`);
    d.t(`부양가족으로 어머니 `).p(r.pick(KO_NAMES.filter((x) => x !== full))).t(` 씨를 올릴 수 있나요?\n${a}`).p(full).t(` 님, 부모님이 만 60세 이상이고 연간 소득금액이 100만 원 이하이면 기본공제 대상입니다.`);
  },
  // 18 Brazil IRPF chat
  (r, d) => {
    const me = personIn(r, 'BR');
    const [u, a] = speakers(r);
    d.t(`${u}Oi! Estou fazendo a declaração do IRPF ${year(r)}. Sou `).self(me.full).t(`, CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}, nascida em `).dob(dobOf(r, 'BR')).t(`. Moro na `).ad(addrOf(r, 'BR')).t('. ');
    d.t(`Meu celular é `).ph(phoneOf(r, 'BR')).t(` e minha chave Pix é `).em(email(r, me)).t(`. Posso declarar a `).p(personIn(r, 'BR').full).t(` como dependente?\n${a}Pode, se ela se enquadrar nas regras de dependência e você informar o CPF dela.`);
  },
  // 19 card dispute chat
  (r, d) => {
    const me = personIn(r, r.pick(USCC.concat(['GB', 'CA'])));
    const [u, a] = speakers(r);
    d.t(`${u}I got charged twice by ${r.pick(BRANDS)} (order ${orderNo(r)}). Card is `).l('CARD', card(r)).t(`, exp ${pad(r.int(1, 12))}/${r.int(26, 31)}. `);
    d.t(`Name on card `).self(me.full).t(`. Billing address `).ad(addrOf(r, me.cc)).t(`. How do I write the dispute letter?${r.chance(0.5) ? '' : ' (my old card was '}`);
    if (d.text.endsWith('was ')) d.l('CARD', card(r)).t(', cancelled last year)');
    d.t(`\n${a}I'd recommend not pasting the full card number — the last four digits are enough. Here's a template: "Dear Sir or Madam, I dispute the charge of ${money(r, C(me.cc).cur, 20, 900)} posted on ${dateOf(r, me.cc)}…"`);
  },
  // 20 crypto exchange export CSV
  (r, d) => {
    const me = person(r);
    d.t(`Account: `).em(email(r, me)).t(`\nExport generated ${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:00Z (${r.pick(['Kraken', 'Coinbase', 'Bitvavo', 'Binance'])} tax report ${version(r)})\n\ntimestamp,type,asset,amount,fee,txid,login_ip\n`);
    for (let i = 0; i < r.int(3, 6); i++) {
      d.t(`${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))},${r.pick(['buy', 'sell', 'withdrawal', 'staking_reward'])},${r.pick(['BTC', 'ETH', 'SOL', 'ADA', 'DOGE'])},${r.int(0, 3)}.${r.digits(6)},${r.int(0, 9)}.${r.digits(2)},${txHash(r).slice(0, 20)}…,`);
      d.l('IP', ip(r)).t('\n');
    }
    d.t(`\nwithdrawal address ${btcAddr(r)}`);
  },
  // 21 login-alert e-mail from bank
  (r, d) => {
    const me = person(r);
    d.t(`Subject: New sign-in to your online banking\n\nHello `).p(r.chance(0.5) ? me.given : me.full).t(`,\n\nWe noticed a sign-in from a new device (${r.pick(['Chrome 124 on Windows 11', 'Safari on iPhone', 'Firefox 128 on Ubuntu'])}) on ${dateOf(r, me.cc)} at ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}.\nIP address: `).l('IP', ip(r));
    d.t(`\nLocation (approx.): ${r.pick(['Frankfurt am Main, DE', 'Ashburn, US', 'Lagos, NG', 'Singapore'])}\n\nIf this wasn't you, call us on `).ph(phoneOf(r, me.cc)).t(` immediately. Never share one-time codes — we will never ask for your PIN.\n\nThis message was sent to `).em(email(r, me)).t('.');
  },
  // 22 SEPA direct-debit mandate
  (r, d) => {
    const cc = r.pick(['DE', 'NL', 'FR', 'BE', 'AT', 'IT', 'ES', 'FI', 'PT']);
    const p = personIn(r, cc);
    d.t(`SEPA Direct Debit Mandate\nCreditor: ${r.pick(['Stadtwerke Nordhafen GmbH', 'Fitness Planet BV', 'Assurances Mutuelles du Centre', 'Lincoln Property Services'])}  Creditor ID ${cc}${r.digits(2)}ZZZ${r.digits(11)}\nMandate reference: ${letters(r, 3)}-${r.digits(8)}\n\nDebtor name: `).p(nameForm(r, p));
    d.t('\nDebtor address: ').ad(addrOf(r, cc)).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${letters(r, 4)}${cc}${letters(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}\nPlace and date: ${r.pick(['Köln', 'Utrecht', 'Lyon', 'Gent'])}, ${dateOf(r, cc)}\nSignature: `).p(p.full);
  },
  // 23 contractor invoice (home office / deductions)
  (r, d) => {
    const cc = r.pick(['DE', 'GB', 'NL', 'FR', 'IE', 'ES', 'IT', 'AT', 'CH', 'BE']);
    const seller = personIn(r, cc);
    const buyer = personIn(r, cc);
    const cur = C(cc).cur;
    d.t(`INVOICE ${orderNo(r)}\nDate: ${dateOf(r, cc)}   Due: ${dateOf(r, cc)}\n\nFrom:\n`).p(seller.full).t(` — ${r.pick(['Web Design', 'Plumbing & Heating', 'Tax Advisory', 'Translation Services'])}\n`).ad(addrOf(r, cc), '\n').t('\n').ph(phoneOf(r, cc)).t(' · ').em(email(r, seller));
    d.t('\n\nBill to:\n').p(buyer.full).t('\n').ad(addrOf(r, cc), '\n').t(`\n\n1 × ${r.pick(['Home office desk installation', 'Boiler service', 'Bookkeeping Q3', 'Website maintenance'])}   ${money(r, cur, 80, 2400)}\nVAT ${r.pick(['19', '20', '21', '23'])}%\n\nPlease pay to `).l('IBAN', iban(r, cc)).t(` within 14 days quoting the invoice number.`);
  },
  // 24 pension statement letter (UK)
  (r, d) => {
    const p = personIn(r, 'GB');
    d.t(`${r.pick(['Harrowgate Pensions', 'Aviary Retirement Trust', 'NEST-style Workplace Scheme'])}\nAnnual Benefit Statement ${year(r)}\n\n`).t(`${r.pick(['Mr', 'Mrs', 'Ms', 'Dr'])} `).p(r.chance(0.5) ? `${p.given.charAt(0)} ${p.sur}` : p.full).t('\n').ad(addrOf(r, 'GB'), '\n');
    d.t(`\n\nMember number: ${letters(r, 2)}${r.digits(7)}\nDate of birth: `).dob(dobOf(r, 'GB', 1950, 1990)).t(`\nSelected retirement age: ${r.int(60, 68)}\nFund value at ${dateOf(r, 'GB')}: ${money(r, '£', 4000, 300000)}\n\nDear `).p(p.given).t(`,\nyour projected pension is shown in today's money. If your details have changed, call `).ph(phoneOf(r, 'GB')).t(' (Mon–Fri 9–5).');
  },
  // 25 German pension notice (Rentenbescheid)
  (r, d) => {
    const cc = r.pick(['DE', 'DE', 'AT']);
    const p = personIn(r, cc);
    const male = r.chance(0.5);
    d.t(`Deutsche Rentenversicherung — Rentenauskunft\n\n${male ? 'Herrn' : 'Frau'}\n`).p(p.full).t('\n').ad(addrOf(r, cc), '\n').t(`\n\nVersicherungsnummer: ${r.digits(2)} ${r.digits(6)} ${letters(r, 1)} ${r.digits(3)}\nGeburtsdatum: `).dob(fmtDate(r, 'dot', r.int(1950, 1980), r.int(1, 12), r.int(1, 28)));
    d.t(`\nDatum: ${dateOf(r, cc)}\n\nSehr geehrte${male ? 'r Herr' : ' Frau'} `).p(p.sur).t(`,\nIhre Regelaltersrente beginnt voraussichtlich am ${dateOf(r, cc, 2030, 2045)}. Die Rente wird auf das Konto `).l('IBAN', iban(r, 'DE')).t(` überwiesen.`);
  },
  // 26 UK benefit letter
  (r, d) => {
    const p = personIn(r, 'GB');
    d.t(`Department for Work and Pensions\nYour Child Benefit award\n\n`).p(p.full.toUpperCase()).t('\n').ad(addrOf(r, 'GB'), '\n').t(`\n\nReference: ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')}${r.digits(6)}${r.pick(w('A B C D'))}\nDate: ${dateOf(r, 'GB')}\n\nChildren included in this award:\n`);
    for (let i = 0; i < r.int(1, 3); i++) {
      const k = kid(r, p);
      d.p(k.full).t(', born ').dob(dobOf(r, 'GB', 2010, 2023)).t('\n');
    }
    d.t(`\nPayments of ${money(r, '£', 25, 45)} a week will be made every 4 weeks. Call `).ph(`0300 200 ${r.digits(4)}`).t(' if anything changes.');
  },
  // 27 mortgage broker e-mail (AU)
  (r, d) => {
    const cl = personIn(r, 'AU');
    const br = personIn(r, 'AU');
    d.t('Hi ').p(cl.given).t(`,\n\nGood news — the ${r.pick(['ANZ', 'Westpac', 'Macquarie'])} conditional approval came through for ${money(r, 'A$', 400000, 1200000)}. For the formal application I need:\n1. Your TFN declaration (TFN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} — don't email it, just bring it)\n2. Last 3 payslips\n3. Contract of sale for `).ad(addrOf(r, 'AU'));
    d.t(`\n\nCall me on `).ph(phoneOf(r, 'AU')).t(` or reply to `).em(email(r, br)).t('.\n\nCheers,\n').p(br.full).t(`\nCredit Rep ${r.digits(6)}, ${r.pick(['Harbourview Tax & Wealth', 'Southern Cross Lending'])}`);
  },
  // 28 support call transcript (bank)
  (r, d) => {
    const cus = personIn(r, 'US');
    const ag = personIn(r, 'US');
    const e = email(r, cus);
    d.t(`[Call transcript ${caseNo(r)} — ${dateOf(r, 'US')}]\nAGENT: Thank you for calling ${r.pick(['Lakeshore Credit Union', 'First Harbor Bank', 'Pioneer Savings'])}, this is `).p(ag.given).t(`. Who am I speaking with?\nCALLER: Hi, it's `).self(cus.full).t(`.\nAGENT: Thanks. Can you verify your date of birth?\nCALLER: Yeah, it's `);
    const m = r.int(1, 12);
    const day = r.int(1, 20);
    d.dob(r.chance(0.5) ? `${EN_M[m - 1]} ${ORD[day - 1]}, ${r.int(1950, 2000)}` : `${pad(m)}/${pad(day)}/${r.int(1950, 2000)}`).t(`.\nAGENT: And the email on file?\nCALLER: `).em(spokenEmail(e)).t(`.\nAGENT: Perfect. And a good callback number?\nCALLER: `).ph(spokenPhone(r));
    d.t(`.\nAGENT: I see the card ending ${r.digits(4)} was blocked after a charge from ${r.pick(BRANDS)}. I'll order a replacement.\nCALLER: Thanks, `).p(ag.given).t('.');
  },
  // 29 tax office support call (IRS-like)
  (r, d) => {
    const cus = personIn(r, 'US');
    d.t(`Transcript — taxpayer assistance line, ${dateOf(r, 'US')}\nRep: For identity verification, full name as shown on your last return?\nTaxpayer: `).self(cus.full).t(`.\nRep: Social security number?\nTaxpayer: `).l('NATIONAL_ID', ssn(r)).t('.\nRep: Date of birth?\nTaxpayer: ').dob(dobOf(r, 'US'));
    d.t(`.\nRep: Address on the ${year(r) - 1} return?\nTaxpayer: `).ad(addrOf(r, 'US')).t(`.\nRep: Thank you. Your refund of ${money(r, '$', 300, 8000)} was offset for a prior-year balance. Notice CP${r.int(10, 99)} was mailed on ${dateOf(r, 'US')}.\nTaxpayer: Can you send it to my accountant, `).p(`${personIn(r, 'US').given.charAt(0)}. ${personIn(r, 'US').sur}`).t('?\nRep: You would need to file Form 8821 first.');
  },
  // 30 HMRC call (UK)
  (r, d) => {
    const c = personIn(r, 'GB');
    d.t(`Call notes — HMRC Self Assessment helpline\nAdviser ID ${r.digits(6)}\nCaller gave name `).p(c.full).t(', DOB ').dob(dobOf(r, 'GB')).t(`, postcode ${gbPostcode(r, r.pick(['LS', 'M', 'BS']))}.\n`);
    d.t(`Caller asked about a penalty for late filing (${money(r, '£', 100, 900)}). Explained appeal route via SA370. Caller's mobile `).ph(phoneOf(r, 'GB')).t(`; agent `).p(personIn(r, 'GB').full).t(` of ${r.pick(['Northgate Accountancy Ltd', 'Pryce & Hale LLP'])} is authorised (64-8 on file).`);
  },
];

TEMPLATES.push(
  // 31 Kindergeld application
  (r, d) => {
    const p = personIn(r, 'DE');
    d.t(`Antrag auf Kindergeld — Anlage Kind\n\nAntragsteller/in: `).p(`${p.sur}, ${p.given}`).t('\nGeburtsdatum: ').dob(fmtDate(r, 'de', r.int(1970, 1995), r.int(1, 12), r.int(1, 28))).t('\nAnschrift: ').ad(addrOf(r, 'DE')).t(`\nTelefon (tagsüber): `).ph(phoneOf(r, 'DE')).t('\n\nKinder:\n');
    for (let i = 0; i < r.int(1, 3); i++) d.t(`${i + 1}. Vorname: `).p(kid(r, p).given).t(`, Familienname: `).p(p.sur).t(', geb. ').dob(fmtDate(r, 'dot', r.int(2006, 2024), r.int(1, 12), r.int(1, 28))).t('\n');
    d.t(`\nZahlung auf IBAN `).l('IBAN', iban(r, 'DE')).t(`\nKontoinhaber: `).p(p.full).t(`\nKindergeldnummer: ${r.digits(3)}FK${r.digits(6)}`);
  },
  // 32 Dutch aangifte chat
  (r, d) => {
    const p = personIn(r, 'NL');
    const [u, a] = speakers(r);
    d.t(`${u}Ik doe de aangifte inkomstenbelasting ${year(r)}. Naam: `).self(p.full).t(`, BSN ${r.digits(9)}, geboren op `).dob(dobOf(r, 'NL')).t('. Adres ').ad(addrOf(r, 'NL')).t(`. Teruggaaf naar `).l('IBAN', iban(r, 'NL'));
    d.t(`. Mijn fiscaal partner is `).p(personIn(r, 'NL').full).t(`. Mag ik de hypotheekrente van ${money(r, '€', 3000, 15000)} aftrekken?\n${a}Ja, als het om uw eigen woning gaat valt dit in box 1. Deel uw BSN liever niet in deze chat.`);
  },
  // 33 Italian 730 chat
  (r, d) => {
    const p = personIn(r, 'IT');
    const [u, a] = speakers(r);
    const cf = `${ascii(p.sur).slice(0, 3).toUpperCase().padEnd(3, 'X')}${ascii(p.given).slice(0, 3).toUpperCase().padEnd(3, 'X')}${r.digits(2)}${letters(r, 1, 'ABCDEHLMPRST')}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}`;
    d.t(`${u}Buongiorno, compilo il 730 precompilato. Sono `).self(p.full).t(`, codice fiscale ${cf}, nato il `).dob(dobOf(r, 'IT')).t('. Residenza: ').ad(addrOf(r, 'IT'));
    d.t(`. Rimborso su IBAN `).l('IBAN', iban(r, 'IT')).t(`. Posso detrarre le spese mediche di mia madre, `).p(personIn(r, 'IT').full).t(`?\n${a}Sì, se è fiscalmente a carico; altrimenti no. Ricordi di conservare gli scontrini parlanti.`);
  },
  // 34 Polish PIT e-mail
  (r, d) => {
    const p = personIn(r, 'PL');
    const k = personIn(r, 'PL');
    d.t(`Od: `).em(email(r, p)).t(`\nDo: `).em(`biuro@${r.pick(['rachunki-kowalczyk.pl', 'biuro-pit.pl'])}`).t(`\nTemat: PIT-37 za ${year(r)}\n\nDzień dobry Pani `).p(k.given).t(`,\n\nprzesyłam dane do zeznania: `).p(p.full).t(`, PESEL ${r.digits(11)}, ur. `).dob(fmtDate(r, 'dot', r.int(1960, 2000), r.int(1, 12), r.int(1, 28)));
    d.t(`, adres: `).ad(addrOf(r, 'PL')).t(`. Zwrot proszę na rachunek `).l('IBAN', iban(r, 'PL')).t(`. Telefon: `).ph(phoneOf(r, 'PL')).t(`.\n\nPozdrawiam\n`).p(p.given);
  },
  // 35 Swedish deklaration chat
  (r, d) => {
    const p = personIn(r, 'SE');
    const [u, a] = speakers(r);
    d.t(`${u}Hej! Jag heter `).self(p.full).t(` och deklarerar för ${year(r)}. Personnummer ${r.int(1960, 2000)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}. Jag flyttade till `).ad(addrOf(r, 'SE')).t(` i ${r.pick(['mars', 'juni', 'oktober'])}.`);
    d.t(` Kan jag dra av ROT-avdrag för ${r.pick(['badrummet', 'fönsterbytet'])}? Ring mig gärna: `).ph(phoneOf(r, 'SE')).t(`\n${a}Ja, ROT-avdraget gäller arbetskostnaden, upp till 50 000 kr per person och år.`);
  },
  // 36 Canada chat
  (r, d) => {
    const p = personIn(r, 'CA');
    const [u, a] = speakers(r);
    d.t(`${u}Doing my T1 for ${year(r)}. I'm `).self(p.full).t(`, SIN ${r.pick(['1', '2', '4', '5', '6', '7'])}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}, born `).dob(dobOf(r, 'CA')).t('. I moved from ').ad(addrOf(r, 'CA')).t(' to ').ad(addrOf(r, 'CA'));
    d.t(` for a new job. Can I deduct moving expenses? Also my RRSP contribution receipt from ${r.pick(['Sun Life', 'Manulife', 'Edward Jones'])} lists ${money(r, 'C$', 2000, 20000)}.\n${a}Yes — if your new home is at least 40 km closer to the new work location you can claim eligible moving expenses on Form T1-M.`);
  },
  // 37 medical receipt (deductible expense)
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'DE', 'AU', 'CA', 'IE', 'FR']);
    const doc = personIn(r, cc);
    const pt = personIn(r, cc);
    d.t(`RECEIPT — ${r.pick(['Hillcrest Family Practice', 'Praxis am Markt', 'Harbourside Physiotherapy', 'Cabinet médical des Lilas'])}\n`).ad(addrOf(r, cc)).t(' · Tel. ').ph(phoneOf(r, cc)).t('\nTreating clinician: Dr. ').p(doc.sur).t(`\n\nPatient: `).p(nameForm(r, pt)).t('   DOB: ').dob(dobOf(r, cc)).t(`\nDate of service: ${dateOf(r, cc)}\nService: ${r.pick(["Crohn's follow-up", 'Physiotherapy (6 sessions)', 'Orthotics', 'Lyme disease screening'])}\nAmount paid: ${money(r, C(cc).cur, 40, 900)} by card ${maskedCard(r)}\nKeep this receipt for your tax records.`);
  },
  // 38 charity donation receipt
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'CA', 'AU']);
    const p = personIn(r, cc);
    d.t(`${r.pick(['Riverbend Food Bank', 'The Hope Foundation', 'St. Jude Community Fund', 'Grant Street Animal Shelter'])}\n${cc === 'US' ? `EIN ${ein(r)}` : `Registered charity no. ${r.digits(7)}`}\n\nOfficial donation receipt ${orderNo(r)}\nReceived from: `).p(p.full).t('\n').ad(addrOf(r, cc), '\n').t('\n').em(email(r, p));
    d.t(`\nAmount: ${money(r, C(cc).cur, 25, 5000)}   Date received: ${dateOf(r, cc)}\nNo goods or services were provided in exchange for this contribution.\nQuestions: `).em(`${r.pick(ROLES)}@${r.pick(['riverbendfoodbank.org', 'hopefdn.org.uk', 'stjudecf.ca'])}`);
  },
  // 39 rental income worksheet
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'AU', 'NZ', 'IE']);
    const cur = C(cc).cur;
    d.t(`RENTAL PROPERTY SCHEDULE ${year(r)}\nProperty: `).ad(addrOf(r, cc)).t(`\nPurchased ${dateOf(r, cc, 2005, 2020)} for ${money(r, cur, 150000, 700000)}\n\nTenant | Phone | Lease start | Monthly rent\n`);
    for (let i = 0; i < r.int(1, 3); i++) d.p(nameForm(r, personIn(r, cc))).t(' | ').ph(phoneOf(r, cc)).t(` | ${dateOf(r, cc)} | ${money(r, cur, 800, 3500)}\n`);
    d.t(`\nExpenses: repairs ${money(r, cur, 100, 5000)}, insurance ${money(r, cur, 300, 2000)}, agent ${r.pick(['Harcourt Lettings', 'Ray White', 'Barfoot & Thompson'])} ${money(r, cur, 500, 3000)}`);
  },
  // 40 gift letter for mortgage
  (r, d) => {
    const donor = personIn(r, 'US');
    const rec = personIn(r, 'US');
    d.t(`GIFT LETTER\n\nI, `).p(donor.full).t(`, residing at `).ad(addrOf(r, 'US')).t(`, intend to make a gift of ${money(r, '$', 5000, 90000)} to `).p(rec.full).t(`, my ${r.pick(['daughter', 'son', 'niece', 'grandson'])}, to be applied toward the purchase of the property at `).ad(addrOf(r, 'US'));
    d.t(`.\nNo repayment is expected. Funds will be wired from ${r.pick(['Charles Schwab', 'Fidelity', 'Wells Fargo'])} account ending ${r.digits(4)} (routing ${routing(r)}).\n\nDonor phone: `).ph(phoneOf(r, 'US')).t(`\nDonor signature: ________  Date: ${dateOf(r, 'US')}`);
  },
  // 41 executor / estate e-mail
  (r, d) => {
    const dec = personIn(r, 'US');
    const ex = personIn(r, 'US');
    d.t(`Hi, I'm the executor for my late father, `).p(dec.full).t(` (born `).dob(dobOf(r, 'US', 1930, 1955)).t(`, died ${dateOf(r, 'US')}). His SSN was `).l('NATIONAL_ID', ssn(r)).t(`. Do I file a final 1040 and a 1041? His last address was `).ad(addrOf(r, 'US'));
    d.t(`.\nThe estate EIN is ${ein(r)}. You can reach me at `).ph(phoneOf(r, 'US')).t(' or ').em(email(r, ex)).t('.\n— ').self(ex.full);
  },
  // 42 W-9
  (r, d) => {
    const p = personIn(r, 'US');
    d.t(`Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number\n1 Name: `).p(p.full.toUpperCase()).t(`\n2 Business name: ${r.chance(0.5) ? `${p.sur} Creative LLC` : ''}\n3 Federal tax classification: ${r.pick(['Individual/sole proprietor', 'Single-member LLC'])}\n5-6 Address, city, state and ZIP: `).ad(addrOf(r, 'US')).t(`\nPart I TIN\nSocial security number: `);
    d.l('NATIONAL_ID', ssn(r)).t(`\nor Employer identification number: ${ein(r)}\nSignature: `).p(p.full).t(`  Date: ${dateOf(r, 'US')}`);
  },
);

TEMPLATES.push(
  // 43 crypto KYC form
  (r, d) => {
    const cc = r.pick(['DE', 'NL', 'GB', 'US', 'FR', 'ES', 'SG', 'AU']);
    const p = personIn(r, cc);
    d.t(`Identity verification — level 2\nLegal name: `).p(nameForm(r, p)).t('\nDate of birth: ').dob(dobOf(r, cc, 1950, 2005)).t('\nResidential address: ').ad(addrOf(r, cc)).t('\nMobile: ').ph(phoneOf(r, cc)).t('\nEmail: ').em(email(r, p));
    d.t(`\nFunding card: `).l('CARD', card(r)).t(`\nSource of funds: ${r.pick(['salary', 'savings', 'sale of property', 'inheritance'])}\nSubmitted from `).l('IP', ip(r)).t(` using app ${version(r)}\nStatus: pending review (${caseNo(r)})`);
  },
  // 44 P2P payments export
  (r, d) => {
    const cc = r.pick(['US', 'US', 'GB']);
    const me = personIn(r, cc);
    d.t(`${r.pick(['Venmo', 'PayPal', 'Cash App', 'Zelle'])} statement for `).self(me.full).t(` — ${r.pick(EN_M)} ${year(r)}\nDate,Description,From,To,Amount\n`);
    for (let i = 0; i < r.int(3, 7); i++) {
      const o = personIn(r, cc);
      const out = r.chance(0.5);
      d.t(`${dateOf(r, cc)},`);
      if (r.chance(0.15)) d.p(personIn(r, cc).given).t('’s bday gift,');
      else d.t(`${r.pick(['rent split 🏠', 'dinner', 'utilities', 'concert tix', 'groceries', 'Grant Street parking'])},`);
      if (out) d.p(me.full).t(',').p(o.full);
      else if (r.chance(0.4)) d.em(email(r, o)).t(',').p(me.full);
      else d.p(o.full).t(',').p(me.full);
      d.t(`,${out ? '-' : '+'}${money(r, C(cc).cur, 5, 900)}\n`);
    }
    d.t(`1099-K threshold reached: ${r.pick(['yes', 'no'])}`);
  },
  // 45 roommates group chat splitting bills
  (r, d) => {
    const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IE', 'IT', 'BE', 'AT']);
    const a = personIn(r, cc);
    const b = personIn(r, cc);
    const c = personIn(r, cc);
    d.t(`[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).p(a.given).t(`: ok the ${r.pick(['Stadtwerke', 'energy', 'internet'])} bill is ${money(r, '€', 60, 400)}, each of us owes a third\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).p(b.given).t(`: send me your IBAN again?\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).p(a.given).t(`: `).l('IBAN', iban(r, cc)).t(` (name `).p(a.full).t(`)\n`);
    d.t(`[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).p(c.given).t(`: paid ✅ also @${ascii(b.given)}_${r.int(1, 99)} you still owe me for ${r.pick(BRANDS)}\n[${pad(r.int(8, 22))}:${pad(r.int(0, 59))}] `).p(b.given).t(`: lol yes, tomorrow`);
  },
  // 46 accounting team Slack message
  (r, d) => {
    const cl = personIn(r, r.pick(['US', 'GB', 'CA']));
    const col = personIn(r, 'US');
    d.t(`#client-intake  @${ascii(col.given)}: new client `).p(cl.full).t(` referred by `).p(personIn(r, cl.cc).full).t(`. Wants help with ${pickTrap(r)} and an amended return. Contact: `).em(email(r, cl)).t(' / ').ph(phoneOf(r, cl.cc));
    d.t(`. Engagement letter to go out today — `).p(col.given).t(`, can you take it? Fee quote ${money(r, '$', 400, 3000)}. Jira ${letters(r, 3)}-${r.int(100, 9999)}.`);
  },
  // 47 accountant meeting notes
  (r, d) => {
    const cl = personIn(r, 'US');
    const sp = personIn(r, 'US');
    d.t(`Meeting notes ${dateOf(r, 'US')} — `).p(`${cl.sur}, ${cl.given}`).t(` & `).p(sp.given).t(`\n* Filing status: MFJ (considered MFS due to `).p(sp.given).t(`'s student loans)\n* Dependents: `).p(kid(r, cl).given).t(` (DOB `).dob(dobOf(r, 'US', 2006, 2022)).t(`)\n* `).p(sp.given).t(` DOB `).dob(dobOf(r, 'US', 1960, 1998)).t(`, SSN on file ${maskedSsn(r)}\n`);
    d.t(`* Side business: ${r.pick(['Etsy shop', 'Uber driving', 'wedding photography'])}, ${r.int(2000, 30000)} miles\n* Casualty loss: ${r.pick(['Hurricane Ian damage', 'Hurricane Milton flooding', 'tornado damage'])} at `).ad(addrOf(r, 'US')).t(`\n* Next: send organizer to `).em(email(r, cl));
  },
  // 48 German payslip
  (r, d) => {
    const p = personIn(r, 'DE');
    d.t(`Verdienstabrechnung ${r.pick(DE_M)} ${year(r)}\n${r.pick(['Siemens AG', 'Bäckerei Engel GmbH', 'Porsche Consulting'])}\n\n`).p(`${p.given} ${p.sur}`).t('\n').ad(addrOf(r, 'DE'), '\n').t(`\n\nPersonal-Nr. ${r.digits(6)}   Steuerklasse ${r.int(1, 5)}   Kinderfreibetrag ${r.pick(['0,5', '1,0', '2,0'])}\nGeb.-Datum `).dob(fmtDate(r, 'dot', r.int(1960, 2002), r.int(1, 12), r.int(1, 28)));
    d.t(`\nSV-Nummer ${r.digits(2)} ${r.digits(6)} ${letters(r, 1)} ${r.digits(3)}   Steuer-ID ${r.digits(11)}\nBrutto ${money(r, '€', 2500, 9000)}   Netto ${money(r, '€', 1800, 5000)}\nAuszahlung an `).l('IBAN', iban(r, 'DE'));
  },
  // 49 1099-NEC pasted into chat
  (r, d) => {
    const p = personIn(r, 'US');
    const [u, a] = speakers(r);
    d.t(`${u}got this 1099-NEC, is it wrong that box 1 is so high?\n\nPAYER'S TIN ${ein(r)}\nRECIPIENT'S TIN `).l('NATIONAL_ID', ssn(r)).t(`\nRECIPIENT'S name `).p(p.full.toUpperCase()).t('\nStreet address ').ad(addrOf(r, 'US'), ' ');
    d.t(`\n1 Nonemployee compensation $${r.int(1000, 90000)}.00\n\n${a}If the amount includes reimbursed expenses, ask the payer for a corrected form. Don't forget Schedule SE.`);
  },
  // 50 student loan chat
  (r, d) => {
    const p = personIn(r, 'US');
    const [u, a] = speakers(r);
    d.t(`${u}my servicer keeps asking me to verify identity. name `).self(p.full.toLowerCase() === p.full ? p.full : p.full).t(`, ssn `).l('NATIONAL_ID', ssn(r)).t(`, dob `).dob(dobOf(r, 'US', 1985, 2003)).t(`. they said call `).ph(`1-800-${r.int(200, 999)}-${r.digits(4)}`).t(` ext ${r.int(100, 999)}. is that legit?\n`);
    d.t(`${a}Official servicer numbers are listed on studentaid.gov. Never share your FSA ID password; the Pell Grant and loan history can be checked there directly.`);
  },
  // 51 UK loan application with address history
  (r, d) => {
    const p = personIn(r, 'GB');
    d.t(`PERSONAL LOAN APPLICATION\nTitle: ${r.pick(['Mr', 'Ms', 'Mrs', 'Mx'])}\nForename(s): `).p(p.given).t(`\nSurname: `).p(p.sur.toUpperCase()).t(`\nDate of birth: `).dob(dobOf(r, 'GB', 1960, 2004)).t('\n\nAddress history (last 3 years)\nCurrent: ').ad(addrOf(r, 'GB')).t(` — since ${dateOf(r, 'GB', 2021, 2024)}\nPrevious: `).ad(addrOf(r, 'GB'));
    d.t(`\n\nMobile: `).ph(phoneOf(r, 'GB')).t(`\nEmail: `).em(email(r, p)).t(`\nEmployer: ${r.pick(['John Lewis Partnership', 'Marks & Spencer', 'NHS Trust'])}\nLoan purpose: ${r.pick(['car', 'home improvements', 'debt consolidation'])}, ${money(r, '£', 1000, 25000)} over ${r.int(12, 60)} months`);
  },
  // 52 wire instructions e-mail
  (r, d) => {
    const cc = r.pick(['CH', 'GB', 'DE', 'LU', 'AE', 'IL', 'TR', 'GR', 'HU']);
    const ben = person(r);
    const sender = person(r);
    d.t(`Subject: Wire details for the deposit\n\nHi `).p(sender.given).t(`,\n\nAs discussed, please wire the ${money(r, C(cc).cur, 2000, 80000)} deposit to:\nBeneficiary: `).p(ben.full).t('\nBeneficiary address: ').ad(addrOf(r, cc)).t('\nIBAN: ').l('IBAN', iban(r, cc));
    d.t(`\nSWIFT/BIC: ${letters(r, 4)}${cc}${letters(r, 2)}\nReference: ${orderNo(r)}\n\nPlease call me on `).ph(phoneOf(r, cc)).t(` to confirm before sending — we've had fake "updated bank details" e-mails before.\n\n`).p(ben.given);
  },
  // 53 monthly household budget TSV
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'AU', 'IE', 'NZ', 'CA', 'ZA', 'NG', 'IN', 'SG']);
    const cur = C(cc).cur;
    const a = personIn(r, cc);
    const b = personIn(r, cc);
    d.t(`Household budget — ${r.pick(EN_M)} ${year(r)}\nItem\tBudget\tActual\tOwner\n`);
    for (const item of ['Mortgage', 'Council tax / property tax', 'Groceries', 'Childcare', 'Car', 'Savings', 'Fun money'].slice(0, r.int(4, 7))) {
      d.t(`${item}\t${money(r, cur, 50, 2500)}\t${money(r, cur, 50, 2500)}\t`);
      if (r.chance(0.2)) d.t('joint\n');
      else d.p(r.chance(0.5) ? a.given : b.given).t('\n');
    }
    d.t(`\nNotes: `).p(b.given).t(` to move ${money(r, cur, 50, 500)} to the ${r.pick(['Marcus', 'Monzo', 'Chase'])} savings pot; ${pickTrap(r)} still to budget for.`);
  },
  // 54 assistant summary
  (r, d) => {
    const cc = r.pick(['US', 'US', 'CA', 'GB', 'AU']);
    const me = personIn(r, cc);
    const sp = personIn(r, cc);
    d.t(`Here's a summary you can forward to your preparer:\n\n| Field | Value |\n|---|---|\n| Taxpayer | `).self(me.full).t(' |\n| Date of birth | ').dob(dobOf(r, cc)).t(' |\n| Spouse | ').p(sp.full).t(' |\n| Spouse DOB | ').dob(dobOf(r, cc)).t(' |\n| Address | ').ad(addrOf(r, cc)).t(' |\n| Phone | ').ph(phoneOf(r, cc)).t(' |\n| Email | ').em(email(r, me)).t(' |\n');
    if (cc === 'US') d.t('| SSN | ').l('NATIONAL_ID', ssn(r)).t(' |\n');
    if (r.chance(0.5)) d.t('| Card for estimated payments | ').l('CARD', card(r)).t(' |\n');
    d.t(`\nOpen questions: ${pickTrap(r)}, estimated payments for Q${r.int(1, 4)}.`);
  },
  // 55 US expat in the Gulf
  (r, d) => {
    const me = personIn(r, 'US');
    const [u, a] = speakers(r);
    d.t(`${u}US citizen living in ${r.pick(['Dubai', 'Abu Dhabi'])}. I'm `).self(me.full).t(`, SSN `).l('NATIONAL_ID', ssn(r)).t(`. Local address `).ad(addrOf(r, 'AE')).t(`, UAE mobile `).ph(phoneOf(r, 'AE')).t(`. My salary goes into `).l('IBAN', iban(r, 'AE'));
    d.t(`. Do I need an FBAR if the max balance was ${money(r, 'AED', 40000, 400000)}?\n${a}Yes — FBAR is required when the aggregate maximum value of foreign accounts exceeds $10,000 at any time during the year. You may also qualify for the Foreign Earned Income Exclusion (Form 2555).`);
  },
  // 56 remittance to family
  (r, d) => {
    const rc = r.pick(['PH', 'IN', 'NG', 'MX']);
    const me = personIn(r, r.pick(['SG', 'AE', 'US', 'GB']));
    const fam = personIn(r, rc);
    const [u, a] = speakers(r);
    d.t(`${u}I send ${money(r, C(me.cc).cur, 100, 900)} every month to my ${r.pick(['mother', 'sister', 'brother', 'father'])} `).p(fam.full).t(` in ${C(rc).name}. Her address is `).ad(addrOf(r, rc)).t(` and mobile `).ph(phoneOf(r, rc)).t(`. Is any of it tax deductible for me? I'm `).self(me.full).t('.\n');
    d.t(`${a}Generally personal remittances are not deductible, but in some countries a supported parent can be claimed as a dependant.`);
  },
  // 57 Nigerian PAYE chat
  (r, d) => {
    const p = personIn(r, 'NG');
    const [u, a] = speakers(r);
    d.t(`${u}Good afternoon. I'm `).self(p.full).t(`, TIN ${r.digits(8)}-${r.digits(4)}. My employer deducts PAYE but I also earn from ${r.pick(['POS business', 'Uber', 'tutoring'])}. Office at `).ad(addrOf(r, 'NG')).t(`. Phone `).ph(phoneOf(r, 'NG')).t(`, email `).em(email(r, p)).t('.\n');
    d.t(`${a}You should file a self-assessment with your State Internal Revenue Service for the extra income by 31 March.`);
  },
  // 58 SARS eFiling chat
  (r, d) => {
    const p = personIn(r, 'ZA');
    const [u, a] = speakers(r);
    d.t(`${u}SARS eFiling locked me out. Name `).self(p.full).t(`, ID number ${r.digits(13)}, tax ref ${r.digits(10)}, born `).dob(dobOf(r, 'ZA')).t('. Postal: ').ad(addrOf(r, 'ZA')).t(`. Cell `).ph(phoneOf(r, 'ZA')).t('.\n');
    d.t(`${a}Reset the password via the eFiling login page or call the SARS contact centre; never send your ID number by e-mail.`);
  },
  // 59 casualty insurance claim
  (r, d) => {
    const p = personIn(r, 'US');
    d.t(`CLAIM NOTICE — Policy HO3-${r.digits(8)}\nEvent: ${r.pick(['Hurricane Ian', 'Hurricane Helene', 'Hurricane Milton'])} (${dateOf(r, 'US')})\nInsured: `).p(nameForm(r, p)).t('\nLoss location: ').ad(addrOf(r, 'US')).t('\nContact phone: ').ph(phoneOf(r, 'US')).t(`\nAdjuster: `).p(personIn(r, 'US').full);
    d.t(`\nEstimated loss: ${money(r, '$', 5000, 200000)}\nNote: insured plans to claim the unreimbursed portion as a federally declared disaster loss (Form 4684).`);
  },
  // 60 Swiss tax e-mail
  (r, d) => {
    const p = personIn(r, 'CH');
    d.t(`Grüezi `).p(r.pick([personIn(r, 'CH').sur, personIn(r, 'CH').full])).t(`\n\nAnbei meine Unterlagen für die Steuererklärung ${year(r)} (Kanton ${r.pick(['Zürich', 'Bern', 'Basel-Stadt', 'Luzern'])}). AHV-Nr. 756.${r.digits(4)}.${r.digits(4)}.${r.digits(2)}, geboren `).dob(fmtDate(r, 'dot', r.int(1950, 2000), r.int(1, 12), r.int(1, 28)));
    d.t(`. Adresse: `).ad(addrOf(r, 'CH')).t(`. Säule-3a-Beitrag ${money(r, 'CHF', 1000, 7056)} an `).l('IBAN', iban(r, 'CH')).t(`.\nTel. `).ph(phoneOf(r, 'CH')).t(`\n\nFreundliche Grüsse\n`).self(p.full);
  },
  // 61 Chinese IIT chat
  (r, d) => {
    const n = r.pick(ZH_NAMES);
    const [u, a] = speakers(r);
    d.t(`${u}你好，我是`).self(n).t(`，想问个人所得税年度汇算。身份证号${r.digits(6)}${r.int(1970, 2000)}${r.digits(4)}${r.digits(3)}X，出生日期`).dob(fmtDate(r, 'cn', r.int(1970, 2000), r.int(1, 12), r.int(1, 28))).t(`。住址`).ad(addrOf(r, 'CN')).t(`，手机`).ph(phoneOf(r, 'CN')).t(`。`);
    d.t(`子女教育专项附加扣除怎么填？孩子叫`).p(r.pick(ZH_NAMES.filter((x) => x !== n))).t(`。\n${a}子女教育每个子女每月可扣除2000元，可在个人所得税App中填报。`);
  },
  // 62 foreign accounts list (expat)
  (r, d) => {
    const me = person(r);
    const ccs = [r.pick(['GR', 'HU', 'TR', 'IL', 'CZ', 'HR']), r.pick(['DE', 'FR', 'PT', 'DK', 'NO', 'FI', 'LU', 'RO'])];
    d.t(`Foreign financial accounts — prepared by `).self(me.full).t(`\n\n`);
    for (const cc of ccs) d.t(`Bank in ${cc}: `).l('IBAN', iban(r, cc)).t(`  max balance ${money(r, '€', 1000, 90000)}\n`);
    d.t(`Old account (closed): ${badIban(r)} — number copied from a letter, may be mistyped\nPhone for questions: `).ph(phoneOf(r, me.cc)).t('\nMailing address: ').ad(addrOf(r, me.cc));
  },
  // 63 tax portal access log
  (r, d) => {
    d.t(`# portal access log excerpt (${r.pick(['nginx', 'envoy'])} ${version(r)})\n`);
    for (let i = 0; i < r.int(3, 6); i++) {
      const p = person(r);
      const v6 = r.chance(0.3);
      d.t(v6 ? '[' : '').l('IP', v6 ? ipv6(r) : ipv4(r)).t(v6 ? `]:${r.int(1024, 65535)}` : '').t(` - `);
      if (r.chance(0.6)) d.em(email(r, p));
      else d.t('-');
      d.t(` [${pad(r.int(1, 28))}/Apr/${year(r)}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000] "${r.pick(['GET /return/status', 'POST /login', 'GET /refund', 'POST /w2/upload'])} HTTP/1.1" ${r.pick(['200', '302', '401', '500'])} ${r.int(100, 90000)}\n`);
    }
  },
  // 64 account-recovery e-mail
  (r, d) => {
    const p = person(r);
    d.t(`Hi `).p(r.chance(0.7) ? p.given : p.full).t(`,\n\nSomeone asked to reset the password for your ${r.pick(['TaxFiler', 'BudgetNest', 'Ledgerly'])} account (`).em(email(r, p)).t(`) from `).l('IP', ip(r)).t(`. The code was sent to the phone number ending ${r.digits(2)} (${r.pick(['+44 **** ***', '(***) ***-**', '+49 *** ****'])}${r.digits(2)}).\n\nIf this wasn't you, you can ignore this e-mail. Request ID ${hex(r, 12)}.`);
  },
  // 65 Irish Revenue chat
  (r, d) => {
    const p = personIn(r, 'IE');
    const [u, a] = speakers(r);
    d.t(`${u}Trying to claim the rent tax credit on myAccount. I'm `).self(p.full).t(`, PPSN ${r.digits(7)}${letters(r, 1, 'ABCDEFGHJKLMNPQRSTVW')}${r.pick(['', 'A'])}, DOB `).dob(dobOf(r, 'IE')).t('. Rented at ').ad(addrOf(r, 'IE')).t(` from `).p(personIn(r, 'IE').full).t(`. Refund to `).l('IBAN', iban(r, 'IE'));
    d.t(`.\n${a}You'll need the landlord's RTB registration number and PPSN or tax reference; you can enter them under "Your Services".`);
  },
  // 66 payroll export
  (r, d) => {
    const cc = r.pick(['NL', 'DE', 'BE', 'FR', 'ES', 'IT', 'PT', 'IE', 'AT', 'FI']);
    d.t(`employee_id;name;email;birth_date;iban;gross\n`);
    for (let i = 0; i < r.int(3, 5); i++) {
      const p = personIn(r, cc);
      d.t(`E${r.digits(4)};`).p(p.full).t(';').em(email(r, p)).t(';').dob(r.chance(0.5) ? fmtDate(r, 'iso', r.int(1960, 2003), r.int(1, 12), r.int(1, 28)) : dobOf(r, cc, 1960, 2003)).t(';').l('IBAN', iban(r, cc)).t(`;${r.int(2000, 9000)},${r.digits(2)}\n`);
    }
  },
  // 67 card replacement form
  (r, d) => {
    const p = personIn(r, r.pick(['US', 'GB', 'CA', 'AU', 'SG', 'IN']));
    d.t(`CARD REPLACEMENT REQUEST\nCardholder: `).p(nameForm(r, p)).t(`\nCard number: `).l('CARD', card(r)).t(`\nReason: ${r.pick(['lost', 'damaged', 'stolen'])}\nDeliver to: `).ad(addrOf(r, p.cc)).t(`\nDaytime phone: `).ph(phoneOf(r, p.cc)).t(`\nSupplementary card for: `).p(personIn(r, p.cc).full).t(`\nPrevious card (cancelled): ${maskedCard(r)}`);
  },
  // 68 budgeting assistant chat with debts
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
    const me = personIn(r, cc);
    const [u, a] = speakers(r);
    d.t(`${u}help me plan a debt snowball. cards: `).l('CARD', card(r)).t(` (${money(r, C(cc).cur, 500, 9000)} at ${r.int(15, 29)}.9%), and the ${r.pick(['store card', 'Amex'])} `).l('CARD', card(r)).t(` (${money(r, C(cc).cur, 200, 4000)}). Also owe my brother `).p(personIn(r, cc).given).t(` ${money(r, C(cc).cur, 100, 2000)}.\n`);
    d.t(`${a}Paste only balances and rates next time — full card numbers aren't needed. Start with the smallest balance, `).p(me.given).t(`; then roll that payment into the next one.`);
  },
  // 69 mortgage affordability chat (NZ/AU/IE)
  (r, d) => {
    const cc = r.pick(['NZ', 'AU', 'IE', 'GB']);
    const me = personIn(r, cc);
    const pt = personIn(r, cc);
    const [u, a] = speakers(r);
    d.t(`${u}we're `).self(me.full).t(` (DOB `).dob(dobOf(r, cc, 1975, 2000)).t(`) and `).p(pt.full).t(` (DOB `).dob(dobOf(r, cc, 1975, 2000)).t(`). Combined income ${money(r, C(cc).cur, 70000, 220000)}. Looking at `).ad(addrOf(r, cc)).t(` listed at ${money(r, C(cc).cur, 400000, 1500000)}. What deposit do we need?\n`);
    d.t(`${a}Most lenders want 20% to avoid lender's mortgage insurance, though first-home schemes can reduce that.`);
  },
  // 70 KR/JP bank transfer confirmation
  (r, d) => {
    const jp = r.chance(0.5);
    const name = jp ? `${r.pick(JA_SUR)} ${r.pick(JA_GIV)}` : r.pick(KO_NAMES);
    d.t(jp ? '振込受付完了のお知らせ\n\n' : '이체 완료 안내\n\n').p(name).t(jp ? ' 様\n\n振込先: ' : ' 님\n\n받는 분: ').p(jp ? `${r.pick(JA_SUR)} ${r.pick(JA_GIV)}` : r.pick(KO_NAMES));
    d.t(jp ? `\n金額: ${r.int(1000, 500000).toLocaleString('en-US')}円\n受付番号: ${r.digits(10)}\nお問い合わせ: ` : `\n금액: ${r.int(10000, 5000000).toLocaleString('en-US')}원\n거래번호: ${r.digits(12)}\n문의: `).ph(phoneOf(r, jp ? 'JP' : 'KR')).t(jp ? '\nログイン元IP: ' : '\n접속 IP: ').l('IP', ipv4(r));
  },
  // 71 business travel expense report
  (r, d) => {
    const cc = r.pick(['US', 'GB', 'DE', 'FR', 'SG', 'AU', 'JP', 'CA']);
    const p = personIn(r, cc);
    d.t(`EXPENSE REPORT ${orderNo(r)}\nEmployee: `).p(nameForm(r, p)).t(`   Cost centre ${r.digits(4)}\nCorporate card: `).l('CARD', card(r)).t('\n\n');
    for (let i = 0; i < r.int(2, 5); i++) d.t(`${dateOf(r, cc)}  ${r.pick(['Hilton', 'Marriott', 'Hertz', 'Lufthansa', 'Uber', "McDonald's"])}  ${money(r, C(cc).cur, 8, 900)}\n`);
    d.t(`\nPersonal card used once by mistake: `).l('CARD', card(r)).t(` — please reimburse.\nApprover: `).p(personIn(r, cc).full);
  },
  // 72 subscription chargeback chat
  (r, d) => {
    const me = person(r);
    const [u, a] = speakers(r);
    d.t(`${u}i cancelled ${r.pick(['the gym', 'Netflix', 'my Disney+ plan', 'the meal kit'])} on ${dateOf(r, me.cc)} but they charged `).l('CARD', card(r)).t(` again. my other card `).t(r.chance(0.5) ? badCard(r) : maskedCard(r)).t(` wasn't touched. account email `).em(email(r, me)).t(`\n${a}Ask the merchant for a cancellation confirmation first; if they refuse, open a chargeback with your card issuer within 60 days.`);
  },
  // 73 payment gateway debug log with a leaked PAN
  (r, d) => {
    d.t(`# checkout-service ${version(r)} — excerpt attached to bug ${letters(r, 3)}-${r.int(100, 9999)}\n`);
    for (let i = 0; i < r.int(2, 4); i++) {
      d.t(`${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z INFO client=`).l('IP', ip(r)).t(` amount=${r.int(5, 900)}.${r.digits(2)} `);
      if (r.chance(0.5)) d.t('pan=').l('CARD', cardDigits(r)).t(' (UNMASKED!)\n');
      else d.t(`pan=${maskedCard(r)}\n`);
    }
    d.t(`status=${r.pick(['declined 05', 'approved', 'timeout'])} trace=${hex(r, 16)}`);
  },
  // 74 fraud-alert chat with a banking assistant
  (r, d) => {
    const me = person(r);
    const [u, a] = speakers(r);
    d.t(`${u}my bank app says someone logged in from `).l('IP', ip(r)).t(` and `).l('IP', ip(r)).t(` and tried to use `).l('CARD', card(r)).t(`. I'm `).self(me.full).t(`. what do I do first?\n`);
    d.t(`${a}Freeze the card in the app, change your password, and call the number on the back of the card. Keep the IP addresses for the fraud report (${caseNo(r)}).`);
  },
  // 75 estimated-tax card payment confirmation
  (r, d) => {
    const p = personIn(r, 'US');
    d.t(`Payment confirmation — ${r.pick(['Pay1040', 'ACI Payments', 'payUSAtax'])}\nConfirmation number: ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}\nTaxpayer: `).p(nameForm(r, p)).t('\nTax form: 1040-ES   Tax period: ').t(String(year(r))).t(`\nAmount: ${money(r, '$', 200, 15000)}   Convenience fee: 1.82%\nCard: `).l('CARD', card(r)).t('\nReceipt sent to: ').em(email(r, p)).t('\nSubmitted from IP ').l('IP', ipv4(r));
  },
);

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no PII, many traps.

const NEGATIVES: Tpl[] = [
  (r, d) => {
    d.t(`Q: Is ${pickTrap(r)} deductible if I also have ${pickTrap(r)}?\nA: It depends. For ${year(r)} the standard deduction for single filers is ${money(r, '$', 13000, 15000)}. Items like ${pickTrap(r)} are usually not deductible, but contributions to a Roth IRA are never deductible anyway. Check IRS Publication ${r.int(500, 599)} and form ${r.pick(['8889', '2441', '8863', '5695'])}.`);
  },
  (r, d) => {
    d.t('date,payee,category,amount\n');
    for (let i = 0; i < r.int(5, 9); i++) d.t(`${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))},${r.pick(BRANDS)},${r.pick(w('groceries dining clothing insurance investing'))},${money(r, '$', 3, 800)}\n`);
    d.t(`# totals checked against ${r.pick(['YNAB', 'Monarch', 'a Google Sheet'])} ${version(r)}`);
  },
  (r, d) => {
    d.t(`[${year(r)}-04-1${r.int(0, 5)} 09:1${r.int(0, 9)}:02] efile-client ${version(r)} started\n[..] SubmissionId=${r.digits(20)}\n[..] primary_ssn=${maskedSsn(r)} spouse_ssn=${maskedSsn(r)}\n[..] preparer EIN ${ein(r)}, PTIN P${r.digits(8)}\n[..] ack=Accepted (DCN ${r.digits(14)})\n[..] refund routing=${routing(r)} acct=XXXXXX${r.digits(4)}`);
  },
  (r, d) => {
    d.t(`STATEMENT PERIOD ${dateOf(r, 'US')} – ${dateOf(r, 'US')}\nAccount ****${r.digits(4)}   Routing ${routing(r)}\n`);
    for (let i = 0; i < r.int(4, 7); i++) d.t(`${dateOf(r, 'US')}  ${r.pick(BRANDS).toUpperCase()} ${orderNo(r)}  -${money(r, '$', 4, 700)}\n`);
    d.t(`Card ${maskedCard(r)} · Shipment ${tracking(r)} · Case ${caseNo(r)}`);
  },
  (r, d) => {
    d.t(`Why does my bank reject "${badIban(r)}"? And the card number ${badCard(r)} from the example PDF?\n\nAssistant: The IBAN check digits don't match the rest of the number (mod-97 check fails), so it's probably a typo. The card number fails the Luhn check. Test numbers in documentation are often deliberately invalid. Never paste your real numbers here.`);
  },
  (r, d) => {
    d.t(`timestamp,type,asset,amount,txid\n`);
    for (let i = 0; i < r.int(3, 6); i++) d.t(`${year(r)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:00:00Z,${r.pick(['buy', 'sell', 'reward'])},${r.pick(['BTC', 'ETH', 'SOL'])},0.${r.digits(6)},${txHash(r)}\n`);
    d.t(`cost basis method: FIFO; wallet ${btcAddr(r)}`);
  },
  (r, d) => {
    d.t(`Lohnt sich die ${r.pick(['Riester-Rente', 'Rürup-Rente'])} noch? Ich wohne in ${r.pick(['Hamburg', 'Leipzig', 'München'])}, Steuerklasse ${r.int(1, 5)}, zwei Kinder (Kindergeld ${money(r, '€', 250, 255)} je Kind). Der Bescheid vom ${dateOf(r, 'DE')} nennt Aktenzeichen ${r.digits(3)}/${r.digits(3)}/${r.digits(5)}. Mein Berater arbeitet bei ${r.pick(['Kanzlei Sommerfeld & Partner', 'Ernst & Young', 'Carl Zeiss'])}.`);
  },
  (r, d) => {
    d.t(`Release notes — ${r.pick(['TaxFiler', 'LedgerLite', 'BudgetNest'])} ${version(r)}\n- Fixed: Schedule C import from ${r.pick(['QuickBooks', 'Xero', 'FreshBooks'])} ${version(r)}\n- New: support for ${pickTrap(r)}\n- Team ${r.pick(['Phoenix', 'Orion', 'Hermes', 'Atlas'])} migrated servers to build ${r.int(10, 12)}.${r.int(0, 9)}.${r.int(1000, 9999)}\n- Known issue ${letters(r, 3)}-${r.int(100, 9999)}: Form ${r.pick(['8949', '1116', '8606'])} rounding`);
  },
  (r, d) => {
    const b = r.pick(BRANDS);
    d.t(`${b.toUpperCase()}\nStore #${r.digits(4)} — ${r.pick(['Houston', 'Lincoln', 'Victoria', 'Washington', 'Jackson'])}\n${dateOf(r, 'US')} ${pad(r.int(8, 21))}:${pad(r.int(0, 59))}\n`);
    for (let i = 0; i < r.int(2, 5); i++) d.t(`${r.pick(['OFFICE CHAIR', 'PRINTER INK', 'LAPTOP STAND', 'TAX GUIDE 2024', 'GRANT WRITING BOOK'])}  ${money(r, '$', 5, 300)}\n`);
    d.t(`VISA ${maskedCard(r)}  AUTH ${r.digits(6)}\nRetain for business expense records`);
  },
  (r, d) => {
    d.t(`Support: Thanks for contacting us about ${caseNo(r)}. For your security we only show masked details: card ${maskedCard(r)}, SSN ${maskedSsn(r)}, phone (***) ***-${r.digits(4)}. Your refund of ${money(r, '$', 10, 400)} for order ${orderNo(r)} was issued on ${dateOf(r, 'US')} and should arrive in 5–7 business days.`);
  },
  (r, d) => {
    d.t(`Deadlines ${year(r)}\n`);
    for (const x of ['Q1 estimated tax', 'Q2 estimated tax', 'FBAR', 'Extension (Form 4868)', 'Q3 estimated tax']) d.t(`- ${x}: ${dateOf(r, 'US')}\n`);
    d.t(`Birthday party for ${r.pick(['Max', 'Bella', 'Biscuit'])} the dog: ${dateOf(r, 'US')} (not deductible, sadly)`);
  },
  (r, d) => {
    d.t(`Bonjour, est-ce que les dons à ${r.pick(['la Fondation Abbé Pierre', 'les Restos du Cœur', "l'Institut Pasteur"])} ouvrent droit à une réduction d'impôt de 75 % ? Ma déclaration ${year(r)} (avis n° ${r.digits(13)}) mentionne ${money(r, '€', 100, 2000)}. J'habite à ${r.pick(['Lyon', 'Nantes', 'Lille'])}.`);
  },
];

/**
 * Generates the split for one seed: whole documents until at least `minInstances` labels exist, stopping
 * right after the document that reaches it. Deterministic per seed.
 */
export function generateIndependent46Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent46Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT46_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT46_MIN_INSTANCES;
  const out: Independent46Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = r.chance(0.1) ? r.pick(NEGATIVES) : r.pick(TEMPLATES);
    tpl(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
