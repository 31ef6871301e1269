/**
 * Independent PII evaluation corpus #7.
 *
 * WRITTEN BLIND: the author of this file did not read the detector, its docs, its ADRs, other corpora or
 * any file derived from them. Every name, number, address and sentence was invented here from general
 * world knowledge. The detector was never run while writing it.
 *
 * Seeds: INDEPENDENT7_SEEDS = 97001, 97002, 97003 (any other seed works too). Generation is deterministic
 * per seed and stops as soon as at least `minInstances` labels exist.
 *
 * Contents: whole documents and messages — support chats, lower-case ASR call transcripts with speaker tags
 * and spoken numbers, e-mails with signatures, clinical and insurance notes, bank/payment messages, HR and
 * legal forms, shipping notices, CSV/JSON/YAML/XML/SQL/log exports, coding-assistant sessions (stack traces,
 * configs, diffs), tickets, SMS threads, social posts, meeting minutes, school records, rental listings,
 * travel bookings, marketplace messages, sloppy lower-case chat — in English plus German, French, Spanish,
 * Italian, Dutch, Portuguese (BR), Polish, Czech, Romanian, Greek, Hungarian, Finnish, Norwegian, Danish,
 * Swedish, Turkish, Vietnamese, Indonesian, Hindi (Latin script, "Hinglish"), Japanese, Chinese, Korean
 * and Arabic. Roughly a tenth of documents are wholly negative (hard look-alikes, no PII at all).
 *
 * Conventions:
 * - PERSON: only human beings. Titles/honorifics (Mr., Dr., Frau, M., Sr., 様, さん, 씨) are OUTSIDE the
 *   span; a possessive "'s" is outside the span. Initials+surname ("J. Whitaker"), surname-only, given-name
 *   only, all-caps, lower-case and "Surname, Given" forms are labelled. Companies, brands, products, places,
 *   streets/buildings named after people, eponymous diseases/laws/units and @handles are NOT labelled.
 *   A person name inside an e-mail address is not labelled separately (the e-mail label covers it).
 * - EMAIL: every e-mail address that appears is labelled, including role addresses (support@…). In voice
 *   transcripts a spoken address ("priya dot raman at gmail dot com") is also labelled EMAIL.
 * - PHONE: the number only; an extension ("ext. 204", "x31") is outside the span. Spoken phone numbers
 *   in transcripts ("six one four, eight four seven …") are labelled PHONE.
 * - CARD: Luhn-valid numbers of real network shapes (Visa, Mastercard, Amex, Discover, JCB, Diners,
 *   UnionPay), grouped or not. Luhn-invalid numbers, IMEIs, tracking and order numbers are unlabelled.
 * - IBAN: checksum-valid, any grouping or case; invalid IBAN-like strings are unlabelled.
 * - NATIONAL_ID: US SSNs only (valid area/group/serial), dashed, spaced or plain. EINs, case numbers,
 *   routing numbers are unlabelled.
 * - IP: every IPv4/IPv6 address that appears is labelled (port and brackets outside the span). Version
 *   strings are written so they are not valid IPs (v2.14.3, build 10.0.19045.3570).
 * - ADDRESS: a full postal address is ONE label. A multi-line address is one label spanning the newlines
 *   (from the first street/building/PO box line to the last postcode/city/country line); the recipient's
 *   name line is a separate PERSON label and company lines are excluded. City-only mentions, directions,
 *   business names, rooms and landmarks are unlabelled.
 * - DOB: only dates that are someone's date of birth; other dates (appointments, invoices, timestamps) are
 *   unlabelled. Words like "born", "geb.", "ngày", "r." are outside the span.
 * - knownNames: the user's own full name from session metadata, present verbatim in the text.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT7_SEEDS = [97_001, 97_002, 97_003] as const;
export const INDEPENDENT7_MIN_INSTANCES = 2400;

export interface Independent7Label extends PiiLabel {
  readonly value: string;
}

export interface Independent7Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent7Label[];
}

// ---------------------------------------------------------------------------------------------------------
// Document builder

interface Lab {
  readonly t: PiiType;
  readonly v: string;
}
type Part = string | Lab;

const lab = (t: PiiType, v: string): Lab => ({ t, v });
const P = (v: string): Lab => lab('PERSON', v);
const E = (v: string): Lab => lab('EMAIL', v);
const T = (v: string): Lab => lab('PHONE', v);
const C = (v: string): Lab => lab('CARD', v);
const I = (v: string): Lab => lab('IBAN', v);
const S = (v: string): Lab => lab('NATIONAL_ID', v);
const IP = (v: string): Lab => lab('IP', v);
const A = (v: string): Lab => lab('ADDRESS', v);
const D = (v: string): Lab => lab('DOB', v);

class Doc {
  private s = '';
  private readonly labs: Independent7Label[] = [];
  private readonly known: string[] = [];

  w(...parts: Part[]): this {
    for (const p of parts) {
      if (typeof p === 'string') {
        this.s += p;
        continue;
      }
      if (p.v.length === 0 || p.v !== p.v.trim()) throw new Error(`bad label value ${JSON.stringify(p.v)}`);
      const start = this.s.length;
      this.s += p.v;
      this.labs.push({ type: p.t, start, end: this.s.length, value: p.v });
    }
    return this;
  }

  ln(...parts: Part[]): this {
    this.w(...parts);
    this.s += '\n';
    return this;
  }

  know(name: string): this {
    this.known.push(name);
    return this;
  }

  build(): Independent7Entry {
    const text = this.s.trimEnd();
    for (const k of this.known) if (!text.includes(k)) throw new Error(`known name ${k} missing`);
    return { text, labels: this.labs, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names

type Culture =
  | 'anglo' | 'celtic' | 'hisp' | 'luso' | 'de' | 'fr' | 'it' | 'nl' | 'pl' | 'cz' | 'ru' | 'nordic' | 'el'
  | 'tr' | 'ar' | 'fa' | 'sa' | 'ja' | 'zh' | 'ko' | 'wafr' | 'eafr' | 'vi' | 'fil' | 'pac' | 'jew' | 'id'
  | 'hu' | 'ro';

interface Pool {
  readonly g: readonly string[];
  readonly f: readonly string[];
  /** Native order is family name first (hu, vi, ja, zh, ko). */
  readonly ff?: boolean;
  /** Joiner between family and given in native script ('' for CJK). */
  readonly j?: string;
}

const POOLS: Record<Culture, Pool> = {
  anglo: {
    g: ['Emily', 'James', 'Olivia', 'Rose', 'Hope', 'Grant', 'Hunter', 'Megan', 'Tyler', 'Brooke', 'Wesley', 'Dawn', 'Faith', 'Christopher', 'Ashley', 'Dale', 'Heather', 'Gavin', 'Madison', 'Carter', 'Summer', 'Chase'],
    f: ['Whitaker', 'Young', 'Bishop', 'Cook', 'Hunter', 'Grant', 'Holloway', 'Fletcher', 'Carver', 'Marsh', 'Stone', 'Price', 'Bell', 'Rose', 'Thornton', 'Ashworth', 'Pennington', 'Baker', 'Summers', 'Wood', 'Hardy'],
  },
  celtic: {
    g: ['Siobhán', 'Niamh', 'Eoin', 'Callum', 'Fiona', 'Ciarán', 'Aoife', 'Ruairí', 'Seamus', 'Orla', 'Padraig', 'Mhairi'],
    f: ["O'Sullivan", 'McCarthy', 'MacLeod', 'McAllister', "O'Doherty", 'MacNeil', "O'Brien", 'Fitzgerald', 'McGowan', 'Ní Bhriain', 'Mac Giolla', 'Kavanagh'],
  },
  hisp: {
    g: ['María José', 'Alejandro', 'Lucía', 'Javier', 'Guadalupe', 'Diego', 'Ximena', 'Rocío', 'Santiago', 'Itziar', 'Joaquín', 'Consuelo'],
    f: ['García-Herrera', 'Ruiz de la Fuente', 'Fernández', 'Morales Ortega', 'Castillo', 'Santos Peña', 'Villalobos', 'de la Cruz', 'Etxeberria', 'Núñez', 'Iglesias Vidal', 'Ocampo'],
  },
  luso: {
    g: ['João Pedro', 'Ana Beatriz', 'Thiago', 'Mariana', 'Gonçalo', 'Luíza', 'Rafaela', 'Caio', 'Inês', 'Vinícius'],
    f: ['Albuquerque', 'dos Santos', 'Carvalho', 'Souza Lima', 'Vasconcelos', 'Figueiredo', 'da Silva Pereira', 'Magalhães', 'Brandão', 'Teixeira'],
  },
  de: {
    g: ['Jürgen', 'Anneliese', 'Lukas', 'Sophie', 'Maximilian', 'Heike', 'Torsten', 'Greta', 'Friedrich', 'Ute', 'Jonas', 'Wiebke'],
    f: ['Weißmann', 'Brandt', 'Hoffmann', 'von Bülow', 'Schröder', 'Krüger', 'Meyer-Landrut', 'Vogel', 'Hartmann', 'Köhler', 'Schulze', 'Engel'],
  },
  fr: {
    g: ['Émilie', 'Jean-Baptiste', 'Chloé', 'Théo', 'Anaïs', 'Benoît', 'Solène', 'Gaëlle', 'Mathieu', 'Océane', 'Hervé', 'Clémence'],
    f: ['Lefèvre', 'Moreau', 'Dubois-Martin', 'Garnier', 'Rousseau', 'Chevalier', 'Lemoine', 'Fabre', 'de Villiers', 'Marchand', 'Perrin', 'Boucher'],
  },
  it: {
    g: ['Giulia', 'Lorenzo', 'Francesca', 'Matteo', 'Chiara', 'Alessandro', 'Beatrice', 'Niccolò', 'Sveva', 'Gianluca'],
    f: ['Bianchi', 'De Luca', 'Esposito', 'Romano', 'Di Stefano', 'Colombo', 'Ferrari', 'Lombardi', 'Dell\u2019Acqua', 'Santoro'],
  },
  nl: {
    g: ['Sanne', 'Joris', 'Femke', 'Ruben', 'Lotte', 'Bram', 'Maartje', 'Thijs', 'Anouk', 'Daan'],
    f: ['van der Berg', 'de Vries', 'Bakker', 'van Dijk', 'ter Horst', 'Jansen', 'Visser', 'van den Heuvel', 'Smit', 'de Groot'],
  },
  pl: {
    g: ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Krzysztof', 'Zofia', 'Wojciech', 'Joanna', 'Łukasz'],
    f: ['Wiśniewska', 'Kowalczyk', 'Zielińska', 'Nowak', 'Wójcik', 'Lewandowski', 'Kamińska', 'Szymański', 'Dąbrowska', 'Grabowski'],
  },
  cz: {
    g: ['Jana', 'Tomáš', 'Petra', 'Jiří', 'Lucie', 'Ondřej', 'Kateřina', 'Vojtěch'],
    f: ['Nováková', 'Dvořák', 'Svobodová', 'Černý', 'Procházková', 'Kučera', 'Veselá', 'Horák'],
  },
  ru: {
    g: ['Oleksandr', 'Dmitri', 'Natalia', 'Yulia', 'Sergei', 'Olena', 'Andriy', 'Svetlana'],
    f: ['Shevchenko', 'Volkov', 'Ivanova', 'Kovalenko', 'Sokolov', 'Bondarenko', 'Melnyk', 'Petrova'],
  },
  nordic: {
    g: ['Sigrid', 'Mikko', 'Ingrid', 'Søren', 'Aino', 'Björn', 'Astrid', 'Lars', 'Freja', 'Eero', 'Håkon', 'Maja'],
    f: ['Håkansson', 'Virtanen', 'Solberg', 'Kjærgaard', 'Lehtonen', 'Lindqvist', 'Haugen', 'Nieminen', 'Østergaard', 'Bergström', 'Johansen', 'Mäkelä'],
  },
  el: {
    g: ['Γιώργος|Giorgos', 'Ελένη|Eleni', 'Δημήτρης|Dimitris', 'Κατερίνα|Katerina', 'Νίκος|Nikos', 'Σοφία|Sofia'],
    f: ['Γεωργίου|Georgiou', 'Κωνσταντίνου|Konstantinou', 'Νικολάου|Nikolaou', 'Οικονόμου|Oikonomou', 'Ιωάννου|Ioannou', 'Δημητρίου|Dimitriou'],
  },
  tr: {
    g: ['Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'Burak', 'Gülşen', 'Oğuz'],
    f: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Kaya', 'Aydın', 'Doğan', 'Arslan'],
  },
  ar: {
    g: ['محمد|Mohammed', 'فاطمة|Fatima', 'عمر|Omar', 'ليلى|Layla', 'يوسف|Youssef', 'نور|Noor', 'خالد|Khalid', 'مريم|Mariam'],
    f: ['العتيبي|Al-Otaibi', 'حداد|Haddad', 'القحطاني|Al-Qahtani', 'بن خالد|bin Khalid', 'المصري|El-Masri', 'الهاشمي|al-Hashimi', 'الأمراني|El-Amrani', 'عبد الله|Abdallah'],
  },
  fa: {
    g: ['Shirin', 'Dariush', 'Niloufar', 'Arash', 'Parisa', 'Kourosh', 'Mahsa'],
    f: ['Tehrani', 'Farahani', 'Rahimi', 'Kazemi', 'Hosseinzadeh', 'Mohammadi', 'Ghorbani'],
  },
  sa: {
    g: ['Priya', 'Arjun', 'Sunita', 'Rahul', 'Ananya', 'Harpreet', 'Aditya', 'Kavya', 'Imran', 'Meenakshi', 'Vikram', 'Sneha'],
    f: ['Raman', 'Venkataraman', 'Deshpande', 'Mehta', 'Siddiqui', 'Kaur Gill', 'Iyer', 'Chatterjee', 'Nair', 'Bhattacharya', 'Reddy', 'Qureshi'],
  },
  ja: {
    g: ['花子|Hanako', '健|Ken', '陽翔|Haruto', '結衣|Yui', '翔太|Shota', '美咲|Misaki', '大輔|Daisuke'],
    f: ['田中|Tanaka', '佐藤|Sato', '鈴木|Suzuki', '高橋|Takahashi', '渡辺|Watanabe', '山本|Yamamoto', '中村|Nakamura'],
    ff: true,
    j: '',
  },
  zh: {
    g: ['伟|Wei', '芳|Fang', '秀英|Xiuying', '浩然|Haoran', '静|Jing', '子轩|Zixuan', '晓玲|Xiaoling'],
    f: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '杨|Yang', '黄|Huang'],
    ff: true,
    j: '',
  },
  ko: {
    g: ['민준|Min-jun', '지우|Ji-woo', '서연|Seo-yeon', '도윤|Do-yun', '하은|Ha-eun', '예린|Ye-rin'],
    f: ['김|Kim', '박|Park', '이|Lee', '최|Choi', '정|Jung', '한|Han'],
    ff: true,
    j: '',
  },
  wafr: {
    g: ['Chinedu', 'Adaeze', 'Kwame', 'Ama', 'Oluwaseun', 'Fatoumata', 'Kofi', 'Ngozi', 'Abdoulaye', 'Yetunde'],
    f: ['Okafor', 'Nwosu', 'Mensah', 'Owusu', 'Adeyemi', 'Diallo', 'Boateng', 'Eze', 'Traoré', 'Balogun'],
  },
  eafr: {
    g: ['Wanjiru', 'Tesfaye', 'Amina', 'Abebe', 'Otieno', 'Nyokabi', 'Baraka', 'Selamawit'],
    f: ['Kamau', 'Bekele', 'Njoroge', 'Girma', 'Odhiambo', 'Mwangi', 'Haile', 'Achieng'],
  },
  vi: {
    g: ['Thị Lan', 'Văn Minh', 'Quốc Huy', 'Thu Hà', 'Minh Châu', 'Đức Anh', 'Ngọc Trâm'],
    f: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'],
    ff: true,
    j: ' ',
  },
  fil: {
    g: ['Maria Cristina', 'Jose Miguel', 'Angelica', 'Rodel', 'Maricel', 'Jericho', 'Lovely'],
    f: ['dela Cruz', 'Santos', 'Reyes-Bautista', 'Macaraeg', 'Villanueva', 'Dimaculangan', 'Soriano'],
  },
  pac: {
    g: ['Sione', 'Mele', 'Tāne', 'Losana', 'Aroha', 'Viliami', 'Malia'],
    f: ['Tuilagi', 'Fifita', 'Ngata', 'Vunipola', 'Tapsell', 'Havili', 'Faleolo'],
  },
  jew: {
    g: ['Miriam', 'Avi', 'Yael', 'Shlomo', 'Tova', 'Eitan', 'Rivka'],
    f: ['Goldberg', 'Rosenblum', 'Ben-David', 'Katz', 'Weinstein', 'Abramovich', 'Shapiro'],
  },
  id: {
    g: ['Sri', 'Budi', 'Dewi', 'Agus', 'Putri', 'Rizky', 'Wulan'],
    f: ['Wahyuni', 'Santoso', 'Kartika', 'Setiawan', 'Hidayat', 'Pratama', 'Lestari'],
  },
  hu: {
    g: ['Eszter', 'Bálint', 'Zsófia', 'Gergely', 'Réka', 'Levente', 'Ildikó'],
    f: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss'],
    ff: true,
    j: ' ',
  },
  ro: {
    g: ['Andreea', 'Mihai', 'Ioana', 'Bogdan', 'Alexandra', 'Radu', 'Cătălina'],
    f: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantinescu', 'Munteanu', 'Georgescu'],
  },
};

const ALL_CULTURES = Object.keys(POOLS) as Culture[];
const LATIN_WORLD: Culture[] = ALL_CULTURES.filter((c) => !['el', 'ar', 'ja', 'zh', 'ko'].includes(c));

interface Person {
  /** Native-script pieces and full name in native order. */
  readonly given: string;
  readonly family: string;
  readonly full: string;
  /** Latin-script pieces and full name in western order (used in English-language documents). */
  readonly lg: string;
  readonly lf: string;
  readonly lat: string;
}

function splitPair(s: string): [string, string] {
  const i = s.indexOf('|');
  return i < 0 ? [s, s] : [s.slice(0, i), s.slice(i + 1)];
}

function toAscii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019\s-]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Phones: X = any digit, N = 2-9

const PHONES: Record<string, readonly string[]> = {
  US: ['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', 'NXX.NXX.XXXX', '+1 NXX NXX XXXX', '+1-NXX-NXX-XXXX', '+1 (NXX) NXX-XXXX', '1-NXX-NXX-XXXX', 'NXX NXX XXXX'],
  CA: ['(NXX) NXX-XXXX', '+1 NXX-NXX-XXXX', 'NXX-NXX-XXXX'],
  GB: ['+44 20 7XXX XXXX', '020 7XXX XXXX', '07NXX XXXXXX', '+44 7NXX XXXXXX', '+44 (0)161 XXX XXXX', '0113 XXX XXXX', '+447NXXXXXXXX'],
  IE: ['+353 8X XXX XXXX', '08X XXX XXXX', '(01) XXX XXXX'],
  DE: ['+49 30 NXXXXXXX', '030 NXXXXXX', '0151 NXXXXXXX', '+49 (0)89 NXX XXXX', '+49 170 NXXXXXX', '0221 / NXX XX XX', '+49 1512 XXXXXXX'],
  AT: ['+43 664 XXXXXXX', '0664 XXX XX XX', '+43 1 NXX XX XX'],
  CH: ['+41 79 XXX XX XX', '044 XXX XX XX', '+41 (0)31 XXX XX XX'],
  FR: ['+33 6 XX XX XX XX', '06 XX XX XX XX', '01.4X.XX.XX.XX', '+33 (0)1 XX XX XX XX', '07 XX XX XX XX', '+33 7 XX XX XX XX'],
  BE: ['+32 4XX XX XX XX', '02 XXX XX XX', '04XX/XX.XX.XX'],
  ES: ['+34 6XX XXX XXX', '6XX XX XX XX', '91X XXX XXX', '+34 93 XXX XX XX', '6XX XXX XXX'],
  IT: ['+39 3XX XXX XXXX', '3XX XXXXXXX', '02 XXXX XXXX', '+39 06 XXXX XXXX', '3XX/XXX.XXXX'],
  NL: ['+31 6 NXXXXXXX', '06-NXXXXXXX', '020-NXXXXXX', '+31 (0)10 NXX XXXX', '06 NX XX XX XX'],
  PT: ['+351 91X XXX XXX', '21X XXX XXX'],
  BR: ['+55 11 9XXXX-XXXX', '(11) 9XXXX-XXXX', '(21) 9XXXX-XXXX', '+55 (31) 3XXX-XXXX', '+55 48 9 XXXX XXXX'],
  MX: ['+52 55 XXXX XXXX', '+52 1 33 XXXX XXXX', '(81) XXXX-XXXX'],
  PL: ['+48 5XX XXX XXX', '6XX-XXX-XXX', '+48 22 XXX XX XX', '5XX XXX XXX'],
  CZ: ['+420 6XX XXX XXX', '7XX XXX XXX', '+420 2XX XXX XXX'],
  RO: ['+40 7XX XXX XXX', '07XX XXX XXX', '021 XXX XXXX', '+40 (0)7XX XXX XXX'],
  GR: ['+30 69X XXX XXXX', '210 XXX XXXX', '+30 2310 XXXXXX'],
  HU: ['+36 30 XXX XXXX', '06 20 XXX XXXX', '+36 1 XXX XXXX', '06-70/XXX-XXXX'],
  FI: ['+358 40 XXX XXXX', '050 XXX XXXX', '09 XXXX XXXX'],
  NO: ['+47 4XX XX XXX', '9XX XX XXX', '+47 22 XX XX XX'],
  DK: ['+45 2X XX XX XX', '3X XX XX XX', '+45 XXXX XXXX'],
  SE: ['+46 70 XXX XX XX', '08-XXX XXX XX', '070-XXX XX XX'],
  TR: ['+90 5XX XXX XX XX', '0 (5XX) XXX XX XX', '0212 XXX XX XX', '05XX XXX XXXX'],
  IN: ['+91 9XXXX XXXXX', '+91-8XXXXXXXXX', '098XXX XXXXX', '080-XXXX XXXX', '+91 7XXXX-XXXXX'],
  JP: ['090-XXXX-XXXX', '+81 3-XXXX-XXXX', '03-XXXX-XXXX', '+81 80 XXXX XXXX', '06-XXXX-XXXX', '080(XXXX)XXXX'],
  CN: ['+86 13X XXXX XXXX', '138XXXXXXXX', '010-XXXX XXXX', '+86 21 XXXX XXXX', '+86-159-XXXX-XXXX'],
  KR: ['010-XXXX-XXXX', '+82 10-XXXX-XXXX', '02-XXX-XXXX', '+82 2 XXXX XXXX'],
  VN: ['+84 9X XXX XX XX', '09X XXX XXXX', '028 XXXX XXXX', '+84 (0)9X-XXX-XXXX'],
  ID: ['+62 812-XXXX-XXXX', '0813 XXXX XXXX', '(021) XXXX XXXX', '+62 857 XXXX XXXX'],
  PH: ['+63 917 XXX XXXX', '0918 XXX XXXX', '(02) 8XXX XXXX'],
  AU: ['+61 4XX XXX XXX', '04XX XXX XXX', '(02) XXXX XXXX', '+61 3 XXXX XXXX'],
  NZ: ['+64 21 XXX XXXX', '021 XXX XXXX', '+64 9 XXX XXXX'],
  NG: ['+234 80X XXX XXXX', '080X XXX XXXX', '+234 (0)70X XXX XXXX'],
  KE: ['+254 7XX XXXXXX', '07XX XXX XXX'],
  ZA: ['+27 82 XXX XXXX', '011 XXX XXXX'],
  AE: ['+971 5X XXX XXXX', '04 XXX XXXX', '+971-50-XXX-XXXX'],
  SA: ['+966 5X XXX XXXX', '05X XXX XXXX'],
  EG: ['+20 10 XXXX XXXX', '+20 2 XXXX XXXX'],
  IL: ['+972 5X-XXX-XXXX', '05X-XXX-XXXX'],
};

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

// ---------------------------------------------------------------------------------------------------------
// Cards and IBANs

function luhnDigit(body: string): string {
  let sum = 0;
  let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let n = body.charCodeAt(i) - 48;
    if (dbl) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}

interface Network {
  readonly n: string;
  readonly pre: readonly string[];
  readonly len: readonly number[];
}

const NETWORKS: readonly Network[] = [
  { n: 'Visa', pre: ['4'], len: [16, 16, 16, 16, 13, 19] },
  { n: 'Mastercard', pre: ['51', '52', '53', '54', '55', '2221', '2720', '23', '26', '2510'], len: [16] },
  { n: 'American Express', pre: ['34', '37'], len: [15] },
  { n: 'Discover', pre: ['6011', '644', '645', '649', '65'], len: [16, 16, 19] },
  { n: 'JCB', pre: ['3528', '3530', '3566', '3589'], len: [16, 16, 19] },
  { n: 'Diners Club', pre: ['36', '300', '305', '38'], len: [14] },
  { n: 'UnionPay', pre: ['62'], len: [16, 16, 17, 18, 19] },
];

function groupCard(d: string, sep: string, rng: Rng): string {
  if (sep === '') return d;
  const L = d.length;
  let sizes: number[];
  if (L === 15) sizes = [4, 6, 5];
  else if (L === 14) sizes = [4, 6, 4];
  else if (L === 13) sizes = [4, 4, 5];
  else if (L === 19 && rng.chance(0.3)) sizes = [6, 13];
  else {
    sizes = [];
    let left = L;
    while (left > 0) {
      sizes.push(Math.min(4, left));
      left -= 4;
    }
  }
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(d.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const val = code >= 65 ? String(code - 55) : ch;
    for (const c of val) m = (m * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return m;
}

/** BBAN shapes: n digit, a upper letter, c alphanumeric (digit-heavy). Some carry fixed bank codes. */
const IBAN_SHAPES: Record<string, { readonly shape: string; readonly banks?: readonly string[] }> = {
  DE: { shape: 'nnnnnnnnnnnnnnnnnn' },
  AT: { shape: 'nnnnnnnnnnnnnnnn' },
  BE: { shape: 'nnnnnnnnnnnn' },
  CH: { shape: 'nnnnncccccccccccc' },
  CZ: { shape: 'nnnnnnnnnnnnnnnnnnnn' },
  DK: { shape: 'nnnnnnnnnnnnnn' },
  ES: { shape: 'nnnnnnnnnnnnnnnnnnnn' },
  FI: { shape: 'nnnnnnnnnnnnnn' },
  FR: { shape: 'nnnnnnnnnnccccccccccc' + 'nn' },
  GB: { shape: 'aaaannnnnnnnnnnnnn', banks: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'] },
  GR: { shape: 'nnnnnnncccccccccccccccc' },
  HU: { shape: 'nnnnnnnnnnnnnnnnnnnnnnnn' },
  IE: { shape: 'aaaannnnnnnnnnnnnn', banks: ['AIBK', 'BOFI', 'IPBS'] },
  IT: { shape: 'annnnnnnnnncccccccccccc' },
  LU: { shape: 'nnnccccccccccccc' },
  NL: { shape: 'aaaannnnnnnnnn', banks: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'] },
  NO: { shape: 'nnnnnnnnnnn' },
  PL: { shape: 'nnnnnnnnnnnnnnnnnnnnnnnn' },
  PT: { shape: 'nnnnnnnnnnnnnnnnnnnnn' },
  RO: { shape: 'aaaacccccccccccccccc', banks: ['BTRL', 'RNCB', 'BRDE', 'INGB'] },
  SE: { shape: 'nnnnnnnnnnnnnnnnnnnn' },
  TR: { shape: 'nnnnn0nnnnnnnnnnnnnnnn' },
  SA: { shape: 'nncccccccccccccccccc' },
  AE: { shape: 'nnnnnnnnnnnnnnnnnnn' },
};

// ---------------------------------------------------------------------------------------------------------
// Dates

type Lang =
  | 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'cs' | 'ro' | 'el' | 'hu' | 'fi' | 'no' | 'da'
  | 'sv' | 'tr' | 'vi' | 'id' | 'hi' | 'ja' | 'zh' | 'ko' | 'ar';

const MONTHS: Partial<Record<Lang, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

function twoDigitWords(n: number): string {
  if (n < 10) return `oh ${DIGIT_WORDS[n] ?? ''}`;
  if (n < 20) return TEENS[n - 10] ?? '';
  const t = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? t : `${t} ${DIGIT_WORDS[n % 10] ?? ''}`;
}

function spokenDate(x: Ymd): string {
  const day = x.d <= 20 ? ORD[x.d] ?? '' : `twenty ${ORD[x.d - 20] ?? ''}`;
  const year = x.y < 2000 ? `nineteen ${twoDigitWords(x.y - 1900)}` : x.y < 2010 ? `two thousand ${DIGIT_WORDS[x.y - 2000] ?? ''}` : `twenty ${twoDigitWords(x.y - 2000)}`;
  const month = (MONTHS.en?.[x.m - 1] ?? '').toLowerCase();
  return `${month} ${day} ${year}`;
}

// ---------------------------------------------------------------------------------------------------------
// Generator context

const COMPANIES = ['northwind-logistics', 'brightpath-health', 'kestrel-insure', 'helio-payments', 'quarry-labs', 'tidewater-realty', 'bluefin-travel', 'oakridge-academy', 'meridian-legal', 'lumen-dental', 'saltmarsh-energy', 'copperleaf'];
const PERSONAL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'yahoo.es', 'wp.pl', 'seznam.cz', 'naver.com', 'rediffmail.com', 'bigpond.com', 'uol.com.br', 'telenet.be', 'ziggo.nl', 't-online.de', 'free.fr', 'laposte.net', 'yahoo.co.jp', 'hanmail.net', 'fastmail.fm', 'hey.com', 'mail.com', 'live.se', 'online.no', 'freemail.hu'];
const TAGS = ['shopping', 'news', 'bank', 'travel', 'work', 'taxes', 'school'];

class G {
  constructor(readonly r: Rng) {}

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  chance(p: number): boolean {
    return this.r.chance(p);
  }

  digits(n: number): string {
    return this.r.digits(n);
  }

  fill(pat: string): string {
    return pat.replace(/[XN]/g, (c) => String(c === 'X' ? this.r.int(0, 9) : this.r.int(2, 9)));
  }

  person(...cs: Culture[]): Person {
    const c = this.pick(cs.length ? cs : ALL_CULTURES);
    const pool = POOLS[c];
    const [given, lg] = splitPair(this.pick(pool.g));
    const [family, lf] = splitPair(this.pick(pool.f));
    const full = pool.ff ? `${family}${pool.j ?? ' '}${given}` : `${given} ${family}`;
    const lat = c === 'vi' ? full : `${lg} ${lf}`;
    return { given, family, full, lg: c === 'vi' ? (given.split(' ').pop() ?? given) : lg, lf, lat };
  }

  /** A random surface form of a Latin-script name, with an optional title outside the label. */
  nm(p: Person): Part[] {
    switch (this.int(0, 11)) {
      case 0:
      case 1:
      case 2:
      case 3:
        return [P(p.lat)];
      case 4:
      case 5:
        return [P(p.lg)];
      case 6:
        return [this.pick(['Mr. ', 'Ms. ', 'Dr. ', 'Mrs. ', 'Prof. ', 'Mr ', 'Ms ']), P(p.lf)];
      case 7:
        return [P(`${p.lg.charAt(0)}. ${p.lf}`)];
      case 8:
        return [P(p.lat.toUpperCase())];
      case 9:
        return [this.pick(['Dr. ', 'Ms. ', 'Mr. ']), P(p.lat)];
      case 10:
        return [P(p.lat.toLowerCase())];
      default:
        return [P(`${p.lf}, ${p.lg}`)];
    }
  }

  phone(cc: string): string {
    return this.fill(this.pick(PHONES[cc] ?? PHONES.US ?? []));
  }

  spokenPhone(): string {
    const d = this.fill('NXXNXXXXXX');
    const word = (ch: string): string => (ch === '0' && this.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(ch)] ?? '');
    const grp = (s: string): string => [...s].map(word).join(' ');
    return `${grp(d.slice(0, 3))}, ${grp(d.slice(3, 6))}, ${grp(d.slice(6))}`;
  }

  email(p: Person, domain?: string): string {
    const f = toAscii(p.lg) || 'user';
    const l = toAscii(p.lf) || 'mail';
    const dom = domain ?? (this.chance(0.6) ? this.pick(PERSONAL_DOMAINS) : this.workDomain());
    const local = this.pick([
      `${f}.${l}`,
      `${f.charAt(0)}${l}`,
      `${f}_${l}`,
      `${f}${l}${this.int(1, 99)}`,
      `${f}.${l}+${this.pick(TAGS)}`,
      `${l}.${f}`,
      `${f}-${l}`,
      `${f}${this.int(70, 99)}`,
      `${f.charAt(0)}.${l}`,
      `${l}${f.charAt(0)}${this.int(1, 9)}`,
    ]);
    return `${local}@${dom}`;
  }

  workDomain(): string {
    const co = this.pick(COMPANIES);
    return this.pick([`${co}.com`, `mail.${co}.co.uk`, `${co}.de`, `eu.${co}.com`, `${co}.io`, `corp.${co}.com.au`, `${co}.fr`, `${co}.nl`]);
  }

  spokenEmail(p: Person): string {
    const f = toAscii(p.lg);
    const l = toAscii(p.lf);
    const dom = this.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com', 'icloud dot com', 'hotmail dot co dot uk']);
    return this.pick([`${f} dot ${l} at ${dom}`, `${f} ${l} at ${dom}`, `${f.charAt(0)} ${l} ${this.int(1, 9)} at ${dom}`]);
  }

  cardDigits(net?: Network): string {
    const n = net ?? this.pick(NETWORKS);
    const pre = this.pick(n.pre);
    const len = this.pick(n.len);
    let body = pre;
    while (body.length < len - 1) body += String(this.int(0, 9));
    return body + luhnDigit(body);
  }

  card(net?: Network): string {
    const d = this.cardDigits(net);
    return groupCard(d, this.pick([' ', ' ', '-', '', ' ']), this.r);
  }

  badCard(): string {
    const d = this.cardDigits();
    const last = Number(d.charAt(d.length - 1));
    const bad = d.slice(0, -1) + String((last + this.int(1, 9)) % 10);
    return groupCard(bad, this.pick([' ', '-', '']), this.r);
  }

  network(): Network {
    return this.pick(NETWORKS);
  }

  ibanRaw(cc?: string): string {
    const country = cc ?? this.pick(Object.keys(IBAN_SHAPES));
    const spec = IBAN_SHAPES[country] ?? IBAN_SHAPES.DE!;
    let bban = '';
    const bank = spec.banks ? this.pick(spec.banks) : '';
    for (let i = 0; i < spec.shape.length; i++) {
      const s = spec.shape.charAt(i);
      if (bank && i < bank.length) bban += bank.charAt(i);
      else if (s === 'n') bban += String(this.int(0, 9));
      else if (s === 'a') bban += String.fromCharCode(65 + this.int(0, 25));
      else if (s === 'c') bban += this.chance(0.85) ? String(this.int(0, 9)) : String.fromCharCode(65 + this.int(0, 25));
      else bban += s;
    }
    const check = 98 - mod97(`${bban}${country}00`);
    return `${country}${p2(check)}${bban}`;
  }

  fmtIban(raw: string): string {
    const grouped = this.chance(0.7) ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
    return this.chance(0.1) ? grouped.toLowerCase() : grouped;
  }

  iban(cc?: string): string {
    return this.fmtIban(this.ibanRaw(cc));
  }

  badIban(cc?: string): string {
    const raw = this.ibanRaw(cc);
    const check = Number(raw.slice(2, 4));
    const wrong = ((check - 2 + this.int(1, 96)) % 97) + 2;
    const bad = `${raw.slice(0, 2)}${p2(wrong)}${raw.slice(4)}`;
    return bad.replace(/(.{4})(?=.)/g, '$1 ');
  }

  /** n digits that fail the Luhn check. */
  nonLuhn(n: number): string {
    const body = String(this.int(1, 9)) + this.digits(n - 2);
    const ok = Number(luhnDigit(body));
    return body + String((ok + this.int(1, 9)) % 10);
  }

  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = p2(this.int(1, 99));
    const s = String(this.int(1, 9999)).padStart(4, '0');
    const sep = this.pick(['-', '-', '-', ' ', '']);
    return `${a}${sep}${g}${sep}${s}`;
  }

  ipv4(): string {
    switch (this.int(0, 5)) {
      case 0:
        return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
      case 1:
        return `192.168.${this.int(0, 20)}.${this.int(2, 254)}`;
      case 2:
        return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
      case 3:
        return `${this.pick(['203.0.113', '198.51.100', '192.0.2'])}.${this.int(1, 254)}`;
      default: {
        let a = this.int(11, 223);
        if (a === 127 || a === 172 || a === 192 || a === 100) a = 81;
        return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
      }
    }
  }

  ipv6(): string {
    const hex = (): string => this.int(0, 0xffff).toString(16);
    const prefix = this.pick(['2001:db8', '2a02:8108', '2600:1700', '2406:da18', '2c0f:fb50', '2a01:4f8', '2003:e4', 'fe80:0', '2001:4860']).split(':');
    const groups = [...prefix];
    while (groups.length < 8) groups.push(hex());
    if (groups[0] === 'fe80') {
      groups[1] = '0';
      groups[2] = '0';
      groups[3] = '0';
    } else if (this.chance(0.75)) {
      const start = this.int(2, 5);
      const len = this.int(2, Math.min(4, 8 - start - 1));
      for (let i = start; i < start + len; i++) groups[i] = '0';
    }
    // compress the longest run of zero groups (length >= 2)
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < 8; ) {
      if (groups[i] === '0') {
        let j = i;
        while (j < 8 && groups[j] === '0') j++;
        if (j - i > bestLen) {
          best = i;
          bestLen = j - i;
        }
        i = j;
      } else i++;
    }
    let out: string;
    if (bestLen >= 2) out = `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
    else out = groups.join(':');
    return this.chance(0.1) ? out.toUpperCase() : out;
  }

  ip(): string {
    return this.chance(0.7) ? this.ipv4() : this.ipv6();
  }

  dob(): Ymd {
    return { y: this.int(1938, 2005), m: this.int(1, 12), d: this.int(1, 28) };
  }

  recent(): Ymd {
    return { y: this.int(2023, 2026), m: this.int(1, 12), d: this.int(1, 28) };
  }

  /** Format a date in a language-typical way. */
  fd(lang: Lang, x: Ymd): string {
    const mn = MONTHS[lang] ?? MONTHS.en ?? [];
    const M = mn[x.m - 1] ?? '';
    const dd = p2(x.d);
    const mm = p2(x.m);
    const k = this.int(0, 3);
    switch (lang) {
      case 'en':
        return this.pick([`${mm}/${dd}/${x.y}`, `${M} ${x.d}, ${x.y}`, `${x.d} ${M} ${x.y}`, `${x.y}-${mm}-${dd}`, `${dd}/${mm}/${x.y}`, `${M.slice(0, 3)} ${x.d} ${x.y}`, `${x.m}/${x.d}/${String(x.y).slice(2)}`]);
      case 'hi':
        return this.pick([`${dd}-${mm}-${x.y}`, `${x.d} ${M} ${x.y}`, `${dd}/${mm}/${x.y}`]);
      case 'de':
        return k < 2 ? `${dd}.${mm}.${x.y}` : `${x.d}. ${M} ${x.y}`;
      case 'fr':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d === 1 ? '1er' : x.d} ${M} ${x.y}`;
      case 'es':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} de ${M} de ${x.y}`;
      case 'pt':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} de ${M} de ${x.y}`;
      case 'it':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} ${M} ${x.y}`;
      case 'nl':
        return k < 2 ? `${dd}-${mm}-${x.y}` : `${x.d} ${M} ${x.y}`;
      case 'pl':
      case 'ro':
      case 'tr':
      case 'no':
      case 'da':
        return k < 2 ? `${dd}.${mm}.${x.y}` : `${x.d}${lang === 'no' || lang === 'da' ? '.' : ''} ${M} ${x.y}`;
      case 'cs':
        return k < 2 ? `${x.d}. ${x.m}. ${x.y}` : `${x.d}. ${M} ${x.y}`;
      case 'el':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} ${M} ${x.y}`;
      case 'hu':
        return k < 2 ? `${x.y}. ${mm}. ${dd}.` : `${x.y}. ${M} ${x.d}.`;
      case 'fi':
        return k < 3 ? `${x.d}.${x.m}.${x.y}` : `${x.d}. ${M} ${x.y}`;
      case 'sv':
        return k < 2 ? `${x.y}-${mm}-${dd}` : `${x.d} ${M} ${x.y}`;
      case 'vi':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} tháng ${x.m} năm ${x.y}`;
      case 'id':
        return k < 2 ? `${dd}-${mm}-${x.y}` : `${x.d} ${M} ${x.y}`;
      case 'ja':
      case 'zh':
        return k < 3 ? `${x.y}年${x.m}月${x.d}日` : `${x.y}/${mm}/${dd}`;
      case 'ko':
        return k < 3 ? `${x.y}년 ${x.m}월 ${x.d}일` : `${x.y}.${mm}.${dd}`;
      case 'ar':
        return k < 2 ? `${dd}/${mm}/${x.y}` : `${x.d} ${M} ${x.y}`;
      default:
        return `${x.y}-${mm}-${dd}`;
    }
  }

  /** A clock that moves forward a few minutes on every call (for chat transcripts). */
  clock(): () => string {
    let m = this.int(7 * 60, 20 * 60);
    return () => {
      m = Math.min(m + this.int(0, 6), 23 * 60 + 59);
      return `${p2(Math.floor(m / 60))}:${p2(m % 60)}`;
    };
  }

  time(): string {
    return `${p2(this.int(7, 22))}:${p2(this.int(0, 59))}`;
  }

  iso(): string {
    const x = this.recent();
    return `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(this.int(0, 23))}:${p2(this.int(0, 59))}:${p2(this.int(0, 59))}Z`;
  }

  money(cur = '$'): string {
    return `${cur}${this.int(3, 4999)}.${p2(this.int(0, 99))}`;
  }

  ref(prefix = ''): string {
    return `${prefix}${String.fromCharCode(65 + this.int(0, 25))}${String.fromCharCode(65 + this.int(0, 25))}${this.digits(this.int(5, 8))}`;
  }

  order(): string {
    return this.pick([`#${this.digits(7)}`, `${this.digits(3)}-${this.digits(7)}-${this.digits(7)}`, `ORD-${this.int(2023, 2026)}-${this.digits(6)}`, `SO${this.digits(8)}`]);
  }

  tracking(): string {
    return this.pick([
      `1Z${this.digits(3)}${String.fromCharCode(65 + this.int(0, 25))}${String.fromCharCode(65 + this.int(0, 25))}${this.digits(11)}`,
      `9400 1${this.digits(3)} ${this.digits(4)} ${this.digits(4)} ${this.digits(4)} ${this.digits(2)}`,
      `JD0${this.digits(15)}`,
      `${String.fromCharCode(65 + this.int(0, 25))}${String.fromCharCode(65 + this.int(0, 25))}${this.digits(9)}GB`,
      `${this.digits(12)}`,
    ]);
  }

  /** A 15-digit IMEI (Luhn-valid, but not a card). */
  imei(): string {
    const body = this.pick(['35', '86', '01']) + this.digits(12);
    return body + luhnDigit(body);
  }

  isbn(): string {
    const body = `978${this.int(0, 1)}${this.digits(8)}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
    const c = (10 - (sum % 10)) % 10;
    return `${body.slice(0, 3)}-${body.slice(3, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}-${c}`;
  }

  version(): string {
    return `v${this.int(0, 9)}.${this.int(0, 30)}.${this.int(0, 99)}`;
  }

  // ---------------------------------------------------------------------------------------------------
  // Addresses: each returns the lines of one postal address (without recipient name).

  addr(cc: string): string[] {
    const n = (): number => this.int(1, 240);
    const pk = <T>(xs: readonly T[]): T => this.pick(xs);
    const L = (): string => String.fromCharCode(65 + this.int(0, 25));
    switch (cc) {
      case 'US': {
        if (this.chance(0.12)) {
          const [city, st, zp] = pk([['Boise', 'ID', '837'], ['Fargo', 'ND', '581'], ['Bangor', 'ME', '044']] as const);
          return [`PO Box ${this.int(100, 9999)}`, `${city}, ${st} ${zp}${this.digits(2)}`];
        }
        const street = pk(['Maple Ridge', 'Oak Hollow', 'Willow Creek', 'Cedar', 'Sycamore', 'Chestnut Hill', 'Old Mill', 'Juniper', 'Martin Luther King Jr', 'Lincoln', 'Harbor View', 'Prairie Wind']);
        const suf = pk(['St', 'Ave', 'Dr', 'Blvd', 'Ln', 'Ct', 'Way', 'Rd', 'Pkwy', 'Street', 'Avenue']);
        const unit = pk(['', '', '', `, Apt ${this.int(1, 30)}${L()}`, ` #${this.int(100, 999)}`, `, Unit ${this.int(1, 40)}`, `, Suite ${this.int(100, 900)}`]);
        const [city, st, zp] = pk([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314'], ['Spokane', 'WA', '992'], ['Lowell', 'MA', '018']] as const);
        return [`${this.int(12, 9899)} ${street} ${suf}${unit}`, `${city}, ${st} ${zp}${this.digits(2)}`];
      }
      case 'CA': {
        const [l1, l2] = pk([
          [`${this.int(10, 2999)} Rue Sainte-Catherine O, app. ${this.int(100, 2400)}`, `Montréal QC H3B ${this.int(1, 9)}${L()}${this.int(1, 9)}`],
          [`${this.int(10, 999)} Queen St W`, `Toronto, ON M5H ${this.int(1, 9)}N${this.int(1, 9)}`],
          [`${this.int(100, 9999)} ${pk(['Whyte Ave', '104 St NW', 'Jasper Ave'])}`, `Edmonton, AB T6E ${this.int(1, 9)}${L()}${this.int(1, 9)}`],
        ] as const);
        return [l1, l2];
      }
      case 'GB': {
        const street = pk(['Harcourt Road', 'Albert Terrace', 'Gladstone Street', 'Mill Lane', 'Church Walk', 'Beech Grove', 'Victoria Crescent', 'Orchard Close']);
        const [town, pc] = pk([['Sheffield', 'S10'], ['Manchester', 'M14'], ['Edinburgh', 'EH6'], ['Bristol', 'BS8'], ['Leeds', 'LS6'], ['Cardiff', 'CF24'], ['London', 'NW1'], ['Glasgow', 'G12'], ['Norwich', 'NR2']] as const);
        const flat = this.chance(0.35) ? `Flat ${this.int(1, 12)}, ` : '';
        return [`${flat}${this.int(1, 180)} ${street}`, `${town} ${pc} ${this.int(1, 9)}${L()}${L()}`];
      }
      case 'IE':
        return [`${this.int(1, 90)} ${pk(['Seafield Avenue', 'Griffith Road', 'Castle Park'])}`, `${pk(['Clontarf, Dublin 3', 'Drumcondra, Dublin 9', 'Ballincollig, Co. Cork'])}`, `${pk(['D03', 'D09', 'P31'])} ${L()}${this.int(1, 9)}${L()}${this.int(1, 9)}`];
      case 'DE': {
        const street = pk(['Lindenstraße', 'Hauptstraße', 'Am Mühlbach', 'Schillerstraße', 'Goethestr.', 'Bergmannstraße', 'Kastanienallee', 'Weidenweg', 'Friedrich-Ebert-Platz']);
        const [city, plz] = pk([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48']] as const);
        return [`${street} ${n()}${pk(['', '', 'a', 'b'])}`, `${plz}${this.digits(3)} ${city}`];
      }
      case 'AT':
        return [`${pk(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'])} ${n()}/${this.int(1, 20)}`, `${pk(['1060 Wien', '1030 Wien', '8010 Graz'])}`];
      case 'CH':
        return [`${pk(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue de Lausanne'])} ${n()}`, `${pk(['8001 Zürich', '8008 Zürich', '1201 Genève', '3011 Bern'])}`];
      case 'FR': {
        const street = pk(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'allée des Tilleuls', 'rue du Faubourg Saint-Antoine', 'impasse des Acacias', 'chemin de la Croix-Rousse']);
        const [city, cp] = pk([['Lyon', '6900'], ['Paris', '7501'], ['Marseille', '1300'], ['Toulouse', '3100'], ['Nantes', '4400'], ['Lille', '5900']] as const);
        const extra = this.chance(0.3) ? [`Bâtiment ${L()}, ${this.int(1, 8)}e étage`] : [];
        return [...extra, `${n()}${pk(['', '', ' bis'])} ${street}`, `${cp}${this.int(1, 9)} ${city}`];
      }
      case 'BE':
        return [`${pk(['Rue de la Loi', 'Chaussée de Wavre', 'Meir', 'Kortrijksesteenweg'])} ${n()}`, `${pk(['1040 Bruxelles', '2000 Antwerpen', '9000 Gent'])}`];
      case 'ES': {
        const street = pk(['Calle de Alcalá', 'Calle Mayor', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Sierpes', 'Paseo de Gracia']);
        const [city, cp] = pk([['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['Valencia', '460'], ['Bilbao', '480']] as const);
        return [`${street} ${n()}, ${this.int(1, 9)}º ${L()}`, `${cp}${this.digits(2)} ${city}`];
      }
      case 'IT': {
        const street = pk(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Via San Francesco d\u2019Assisi', 'Via Giuseppe Verdi']);
        const [city, cap, pr] = pk([['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI']] as const);
        return [`${street} ${n()}${pk(['', '', '/B', ', int. 5'])}`, `${cap}${this.digits(2)} ${city} (${pr})`];
      }
      case 'NL': {
        const street = pk(['Keizersgracht', 'Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Laan van Meerdervoort', 'Nieuwe Binnenweg']);
        const [city, pc] = pk([['Amsterdam', '10'], ['Utrecht', '35'], ['Den Haag', '25'], ['Rotterdam', '30'], ['Groningen', '97']] as const);
        return [`${street} ${n()}${pk(['', '-II', ' hs', 'A'])}`, `${pc}${this.digits(2)} ${L()}${L()} ${city}`];
      }
      case 'PT':
        return [`${pk(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])}, ${n()}, ${this.int(1, 6)}º Esq.`, `${pk(['1100-053 Lisboa', '1250-096 Lisboa', '4000-447 Porto'])}`];
      case 'BR': {
        const [street, bairro, city] = pk([['Rua Augusta', 'Consolação', 'São Paulo - SP'], ['Av. Nossa Senhora de Copacabana', 'Copacabana', 'Rio de Janeiro - RJ'], ['Rua da Bahia', 'Centro', 'Belo Horizonte - MG'], ['Rua XV de Novembro', 'Centro', 'Curitiba - PR']] as const);
        return [`${street}, ${this.int(10, 3000)}, apto ${this.int(11, 204)} - ${bairro}`, `${city}, ${this.digits(5)}-${this.digits(3)}`];
      }
      case 'MX':
        return [`Av. Insurgentes Sur ${this.int(100, 3000)}, Int. ${this.int(1, 20)}, Col. ${pk(['Crédito Constructor', 'Roma Norte', 'Del Valle'])}`, `${this.digits(5)} Ciudad de México, CDMX`];
      case 'PL': {
        const street = pk(['ul. Długa', 'ul. Piotrkowska', 'al. Jerozolimskie', 'ul. Floriańska', 'ul. Marszałkowska']);
        const [city, pc] = pk([['Warszawa', '0'], ['Kraków', '3'], ['Łódź', '9'], ['Gdańsk', '8'], ['Wrocław', '5']] as const);
        return [`${street} ${n()}${this.chance(0.5) ? ` m. ${this.int(1, 80)}` : `/${this.int(1, 80)}`}`, `${pc}${this.int(0, 9)}-${this.digits(3)} ${city}`];
      }
      case 'CZ':
        return [`${pk(['Vinohradská', 'Korunní', 'Lidická', 'Masarykova'])} ${this.int(100, 2500)}/${this.int(1, 90)}`, `${pk(['120 00 Praha 2', '130 00 Praha 3', '602 00 Brno', '779 00 Olomouc'])}`];
      case 'RO':
        return [`Str. ${pk(['Mihai Eminescu', 'Lipscani', 'Avram Iancu', 'Republicii'])} nr. ${this.int(1, 120)}, bl. ${L()}${this.int(1, 9)}, sc. ${this.int(1, 3)}, ap. ${this.int(1, 60)}`, `${pk(['010512 București, Sector 1', '400394 Cluj-Napoca', '700259 Iași'])}`];
      case 'GR':
        return this.chance(0.5)
          ? [`Οδός ${pk(['Ερμού', 'Πανεπιστημίου', 'Αγίου Δημητρίου', 'Τσιμισκή'])} ${this.int(1, 140)}`, `${pk(['105 63 Αθήνα', '546 22 Θεσσαλονίκη', '262 21 Πάτρα'])}`]
          : [`${pk(['Ermou', 'Panepistimiou', 'Tsimiski'])} ${this.int(1, 140)}`, `${pk(['105 63 Athens', '546 22 Thessaloniki'])}`];
      case 'HU':
        return [`${pk(['1052 Budapest', '1137 Budapest', '6720 Szeged', '4025 Debrecen'])}`, `${pk(['Váci utca', 'Pozsonyi út', 'Kossuth Lajos utca', 'Tisza Lajos körút'])} ${this.int(1, 90)}. ${this.int(1, 6)}/${this.int(1, 12)}.`];
      case 'FI':
        return [`${pk(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${this.int(1, 60)} ${L()} ${this.int(1, 40)}`, `${pk(['00100 Helsinki', '33100 Tampere', '20100 Turku'])}`];
      case 'NO':
        return [`${pk(['Storgata', 'Thorvald Meyers gate', 'Kongens gate'])} ${this.int(1, 90)}${pk(['', 'B', 'C'])}`, `${pk(['0155 Oslo', '0552 Oslo', '7011 Trondheim', '5003 Bergen'])}`];
      case 'DK':
        return [`${pk(['Nørrebrogade', 'Vesterbrogade', 'Jægersborggade'])} ${this.int(1, 200)}, ${this.int(1, 5)}. ${pk(['th.', 'tv.', 'mf.'])}`, `${pk(['2200 København N', '1620 København V', '8000 Aarhus C'])}`];
      case 'SE':
        return [`${pk(['Drottninggatan', 'Götgatan', 'Storgatan'])} ${this.int(1, 120)}, lgh ${this.int(1001, 1502)}`, `${pk(['111 21 Stockholm', '118 46 Stockholm', '411 38 Göteborg'])}`];
      case 'TR':
        return [`${pk(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Blv.'])} No: ${this.int(1, 300)} D: ${this.int(1, 20)}`, `${pk(['34728 Kadıköy/İstanbul', '34433 Beyoğlu/İstanbul', '06420 Çankaya/Ankara'])}`];
      case 'IN':
        return [`Flat ${this.int(101, 1204)}, ${pk(['Sai Residency', 'Prestige Lakeside', 'Green Glen Layout'])}, ${pk(['14th Cross, Indiranagar', '5th Main, HSR Layout', 'Bellandur'])}`, `Bengaluru, Karnataka ${this.pick(['560038', '560102', '560103'])}`];
      case 'IN2':
        return [`${this.int(1, 90)}/${this.int(1, 9)}, ${pk(['Shivaji Nagar', 'Lajpat Nagar IV', 'Andheri West'])}`, `${pk(['New Delhi 110024', 'Mumbai, Maharashtra 400058', 'Pune 411005'])}`];
      case 'JP':
        return this.chance(0.5)
          ? [`〒${this.int(100, 199)}-${this.digits(4)} ${pk(['東京都渋谷区渋谷', '東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '京都府京都市左京区吉田'])}${this.int(1, 4)}丁目${this.int(1, 30)}-${this.int(1, 20)}${pk(['', ' グランドハイツ805号室', ' メゾン桜302'])}`]
          : [`${this.int(1, 4)}-${this.int(1, 30)}-${this.int(1, 20)} ${pk(['Shibuya, Shibuya-ku', 'Sangenjaya, Setagaya-ku', 'Umeda, Kita-ku'])}`, `${pk(['Tokyo', 'Osaka'])} ${this.int(100, 599)}-${this.digits(4)}`];
      case 'CN':
        return [`${pk(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区天河路', '深圳市南山区科技园南路'])}${this.int(1, 300)}号${this.int(1, 9)}单元${this.int(101, 2804)}室`];
      case 'KR':
        return [`${pk(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로'])} ${this.int(1, 400)}, ${this.int(101, 1502)}호`];
      case 'VN':
        return [`Số ${this.int(1, 200)} ngõ ${this.int(1, 90)} ${pk(['phố Huế, Hai Bà Trưng, Hà Nội', 'Nguyễn Trãi, Thanh Xuân, Hà Nội', 'đường Lê Lợi, Quận 1, TP. Hồ Chí Minh'])}`];
      case 'ID':
        return [`Jl. ${pk(['Kemang Raya', 'Dago', 'Malioboro'])} No. ${this.int(1, 120)}, RT ${p2(this.int(1, 12))}/RW ${p2(this.int(1, 9))}`, `${pk(['Mampang Prapatan, Jakarta Selatan 12730', 'Coblong, Bandung 40135', 'Gedongtengen, Yogyakarta 55271'])}`];
      case 'PH':
        return [`Unit ${this.int(101, 3012)}, ${pk(['Avida Towers', 'SMDC Grace Residences'])}, ${pk(['Sen. Gil Puyat Ave', 'C-5 Road'])}`, `${pk(['Makati City 1200', 'Taguig 1630'])}, Metro Manila`];
      case 'AU':
        return [`${this.chance(0.4) ? `Unit ${this.int(1, 30)}, ` : ''}${this.int(1, 300)} ${pk(['Beach Rd', 'Sydney Rd', 'Glenferrie Road', 'Oxford St', 'Hay Street'])}`, `${pk(['Bondi NSW 2026', 'Brunswick VIC 3056', 'Hawthorn VIC 3122', 'Paddington NSW 2021', 'Subiaco WA 6008'])}`];
      case 'NZ':
        return [`${this.int(1, 200)} ${pk(['Ponsonby Road', 'Cuba Street', 'Riccarton Road'])}`, `${pk(['Grey Lynn, Auckland 1021', 'Te Aro, Wellington 6011', 'Christchurch 8041'])}`];
      case 'NG':
        return [`${pk(['Plot', 'No.'])} ${this.int(1, 90)}, ${pk(['Adeola Odeku Street, Victoria Island', 'Allen Avenue, Ikeja', 'Aminu Kano Crescent, Wuse II'])}`, `${pk(['Lagos', 'Lagos 100271', 'Abuja 904101'])}`];
      case 'KE':
        return [`Apartment ${this.int(1, 12)}${L()}, ${pk(['Kilimani Court', 'Riverside Gardens'])}, ${pk(['Argwings Kodhek Road', 'Riverside Drive'])}`, `P.O. Box ${this.int(1000, 99999)}-00100, Nairobi`];
      case 'AE':
        return [`Apt ${this.int(101, 4508)}, ${pk(['Marina Heights Tower', 'Al Reem Residence', 'Burj Views B'])}`, `${pk(['Dubai Marina, Dubai', 'Al Reem Island, Abu Dhabi', 'Downtown Dubai, Dubai'])}, UAE`];
      case 'SA':
        return [`${this.int(1000, 9999)} ${pk(['طريق الملك فهد', 'شارع التحلية', 'Prince Sultan St'])}`, `${pk(['الرياض 12271', 'جدة 23431', 'Riyadh 12271'])}`];
      default:
        return this.addr('US');
    }
  }

  /** Address rendered as one line (comma-joined) or multi-line. */
  addrStr(cc: string, multi = false): string {
    const lines = this.addr(cc);
    return multi ? lines.join('\n') : lines.join(', ');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Templates. Each returns one document.

type Template = (g: G) => Doc;

const NEG_FILLER_EN = [
  'We hope to ship the fix before the Grant Thornton audit on Friday.',
  "The Parkinson's support group meets in Room 214 of the Lincoln Center annex.",
  'Tracking shows the parcel left the Wells Fargo Plaza depot this morning.',
  'Set the oven to 220 °C and cook the squash for 35 minutes.',
  'Young shoots should be kept out of direct sun for the first week.',
  'The Hunter boots and the Bishop & Cook catalogue both went out of stock.',
  'Per Sarbanes-Oxley section 404, keep these records for seven years.',
  'Meet me by the Washington Monument entrance, north side.',
  'Rose gold and hunter green are the two colourways we stock.',
  'The grant covers travel to the Alzheimer\u2019s conference in Boston.',
];

function supportChat(g: G): Doc {
  const d = new Doc();
  const u = g.person(...LATIN_WORLD);
  const agent = g.person('anglo', 'sa', 'fil', 'hisp', 'celtic');
  const cc = g.pick(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);
  if (g.chance(0.8)) d.know(u.lat);
  const clk = g.clock();
  d.ln(`[${clk()}] Agent `, P(agent.lg), `: Hi, thanks for contacting ${g.pick(['Parcelly', 'Homely Goods', 'SwiftCart', 'Acme Outdoors'])} support! Who am I speaking with?`);
  d.ln(`[${clk()}] Customer: hi this is `, P(u.lat), `, my order ${g.order()} never showed up`);
  d.ln(`[${clk()}] Agent `, P(agent.lg), ': Sorry to hear that. Could you confirm the email on the account?');
  d.ln(`[${clk()}] Customer: `, E(g.email(u)), g.pick(['', ' (same one as always)', ' i think']));
  d.ln(`[${clk()}] Agent `, P(agent.lg), ': Thanks ', P(u.lg), `. The parcel with tracking ${g.tracking()} came back as "address incomplete". What's the full delivery address?`);
  d.ln(`[${clk()}] Customer: `, A(g.addrStr(cc)));
  d.ln(`[${clk()}] Customer: courier can call me on `, T(g.phone(cc)), g.pick([' after 5pm', '', ' anytime']));
  d.ln(`[${clk()}] Agent `, P(agent.lg), `: Done — reshipped under case ${g.ref('CS-')}. You'll get an email from `, E(`no-reply@${g.workDomain()}`), ' shortly.');
  if (g.chance(0.4)) d.ln(`[${clk()}] Customer: thx. ${g.pick(NEG_FILLER_EN)}`);
  return d;
}

function voiceTranscript(g: G): Doc {
  const d = new Doc();
  const u = g.person('anglo', 'celtic', 'hisp', 'sa', 'wafr', 'jew', 'fil');
  const rep = g.person('anglo', 'hisp', 'eafr', 'sa');
  const b = g.dob();
  d.ln(`call_id=${g.digits(10)} channel=pstn asr_conf=0.${g.int(71, 97)}`);
  d.ln('[agent] thank you for calling first harbor bank this is ', P(rep.lg.toLowerCase()), ' may i have your full name please');
  d.ln('[caller] yeah hi it\'s ', P(u.lat.toLowerCase()));
  d.ln('[agent] thanks ', P(u.lg.toLowerCase()), ' and can you verify your date of birth');
  d.ln('[caller] uh ', D(spokenDate(b)));
  if (g.chance(0.6)) {
    d.ln('[agent] and the last four of your social or the full number');
    d.ln('[caller] full one is ', S(g.ssn()));
  }
  d.ln('[agent] perfect and what is the best callback number');
  d.ln('[caller] it\'s ', T(g.spokenPhone()), g.pick(['', ' that\'s my cell']));
  if (g.chance(0.6)) d.ln('[agent] and an email for the confirmation', '\n[caller] ', E(g.spokenEmail(u)));
  d.ln(`[agent] okay i see a charge of ${g.int(20, 900)} dollars and ${g.int(2, 99)} cents from ${g.pick(['tesla supercharger', 'mcdonalds', 'ford credit', 'johnson and johnson store'])} is that the card ending in ${g.digits(4)}`);
  d.ln('[caller] no i never made that i\'m reading the card number now ', C(g.cardDigits().replace(/(\d{4})(?=\d)/g, '$1 ')));
  d.ln(`[agent] got it i've blocked it and opened dispute ${g.digits(9)} a new card ships in five to seven business days`);
  return d;
}

function emailSignature(g: G): Doc {
  const d = new Doc();
  const from = g.person(...LATIN_WORLD);
  const to = g.person(...LATIN_WORLD);
  const cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE', 'DE', 'NL']);
  const fromMail = g.email(from, g.workDomain());
  if (g.chance(0.3)) d.know(from.lat);
  d.ln('From: ', P(from.lat), ' <', E(fromMail), '>');
  d.ln('To: ', E(g.email(to)));
  if (g.chance(0.4)) d.ln('Cc: ', E(g.email(g.person(...LATIN_WORLD), g.workDomain())));
  d.ln(`Subject: ${g.pick(['Re: signed lease addendum', 'Follow-up from Tuesday', 'Your quote Q-' + g.digits(5), 'Contract renewal'])}`);
  d.ln(`Date: ${g.fd('en', g.recent())} ${g.time()}`);
  d.ln('');
  d.ln(g.pick(['Hi ', 'Dear ', 'Hello ']), ...g.nm(to), ',');
  d.ln('');
  d.ln(g.pick([
    'Attached is the revised agreement. Could you initial page 3 and send it back by the end of next week?',
    'Thanks for your time on the call. As discussed, pricing is valid until the end of the quarter.',
    'Following up on the question about the grant application — yes, the Young Researchers track is still open.',
  ]));
  if (g.chance(0.5)) d.ln('If it is easier, my colleague ', ...g.nm(g.person(...LATIN_WORLD)), ' can walk you through it.');
  d.ln('');
  d.ln(g.pick(['Best regards,', 'Kind regards,', 'Cheers,', 'Thanks,']));
  d.ln(P(from.lat));
  d.ln(g.pick(['Senior Account Manager', 'Paralegal', 'Head of Partnerships', 'Leasing Consultant']), ' | ', g.pick(['Kestrel Insurance', 'Tidewater Realty', 'Meridian Legal LLP', 'Copperleaf Ltd']));
  d.ln('T: ', T(g.phone(cc)), g.chance(0.4) ? ` ext. ${g.int(100, 499)}` : '', ...(g.chance(0.5) ? [' | M: ', T(g.phone(cc))] : []));
  d.ln(A(g.addrStr(cc)));
  d.ln(`This e-mail is confidential. Company reg. no. ${g.digits(8)}.`);
  return d;
}

function clinicalNote(g: G): Doc {
  const d = new Doc();
  const pt = g.person('anglo', 'hisp', 'wafr', 'sa', 'jew', 'celtic', 'fil', 'pac');
  const doc = g.person(...LATIN_WORLD);
  const b = g.dob();
  d.ln(`PROGRESS NOTE — ${g.pick(['Internal Medicine', 'Neurology', 'Family Practice', 'Endocrinology'])}`);
  d.ln('Patient: ', P(`${pt.lf.toUpperCase()}, ${pt.lg}`), `   MRN: ${g.digits(8)}   DOB: `, D(g.fd('en', b)));
  d.ln(`Visit: ${g.fd('en', g.recent())} ${g.time()}   Attending: Dr. `, P(doc.lat));
  d.ln('Address on file: ', A(g.addrStr('US')));
  d.ln('Phone: ', T(g.phone('US')), g.chance(0.5) ? ' (home)' : ' (mobile)');
  d.ln('');
  d.ln(`S: ${g.int(24, 88)}yo presents with ${g.pick(["worsening tremor, family hx of Parkinson's disease", "joint pain; r/o Lyme disease", "fatigue; Hashimoto's thyroiditis dx 2019", "episodic vertigo, possible Ménière's disease"])}. Pt reports taking ${g.pick(['levothyroxine 50 mcg', 'ibuprofen 400 mg PRN', 'metformin 500 mg BID'])}.`);
  d.ln(`O: BP ${g.int(105, 160)}/${g.int(60, 99)}, HR ${g.int(55, 105)}, Temp 36.${g.int(4, 9)} C. Babinski negative. Romberg ${g.pick(['positive', 'negative'])}.`);
  d.ln(`A/P: ${g.pick(['Refer to movement disorders clinic', 'Order TSH, free T4', 'Start PT 2x/week', 'MRI brain w/o contrast'])}. Follow-up in ${g.int(2, 12)} weeks (${g.fd('en', g.recent())}).`);
  if (g.chance(0.5)) d.ln('Emergency contact: ', P(g.person('anglo', 'hisp', 'sa').lat), ` (${g.pick(['spouse', 'daughter', 'son', 'sister'])}) `, T(g.phone('US')));
  d.ln('Electronically signed by ', P(`${doc.lg.charAt(0)}. ${doc.lf}`), `, MD — NPI ${g.digits(10)}`);
  return d;
}

function insuranceClaim(g: G): Doc {
  const d = new Doc();
  const c = g.person(...LATIN_WORLD);
  const adj = g.person('anglo', 'celtic', 'jew', 'hisp');
  d.ln(`CLAIM INTAKE FORM — Policy ${g.pick(['HO', 'AU', 'LF'])}-${g.digits(9)}`);
  d.ln('Claimant name ........ ', P(c.lat));
  d.ln('Date of birth ........ ', D(g.fd('en', g.dob())));
  d.ln('SSN .................. ', S(g.ssn()));
  d.ln('Mailing address ...... ', A(g.addrStr('US')));
  d.ln('Daytime phone ........ ', T(g.phone('US')));
  d.ln('Email ................ ', E(g.email(c)));
  d.ln(`Date of loss ......... ${g.fd('en', g.recent())}`);
  d.ln(`Description: ${g.pick(['Hail damage to roof and skylight.', 'Rear-ended at a stop light on Lincoln Ave; other driver insured with Progressive.', 'Burst pipe in the basement, water heater replaced.'])} Estimate ${g.money()}.`);
  d.ln(`Employer EIN (if work-related): ${g.digits(2)}-${g.digits(7)}`);
  d.ln(`Reimbursement by direct deposit — routing ${g.digits(9)}, account ending ${g.digits(4)}.`);
  d.ln('Adjuster assigned: ', ...g.nm(adj), ` — reachable at `, E(g.email(adj, 'claims.kestrel-insure.com')));
  return d;
}

function bankTransferDe(g: G): Doc {
  const d = new Doc();
  const payer = g.person('de', 'tr', 'pl', 'it', 'ru');
  const payee = g.person('de', 'nl', 'fr');
  d.ln('Umsatzdetails – Girokonto');
  d.ln(`Buchungstag: ${g.fd('de', g.recent())}   Wertstellung: ${g.fd('de', g.recent())}`);
  d.ln('Auftraggeber: ', P(payer.lat));
  d.ln('IBAN Auftraggeber: ', I(g.iban('DE')));
  d.ln('Empfänger: ', P(payee.lat.toUpperCase()));
  d.ln('IBAN Empfänger: ', I(g.iban(g.pick(['DE', 'AT', 'NL', 'FR', 'LU', 'BE']))));
  d.ln(`BIC: ${g.pick(['COBADEFFXXX', 'DEUTDEDBBER', 'INGDDEFFXXX', 'GENODEF1S04'])}`);
  d.ln(`Betrag: -${g.int(10, 2400)},${p2(g.int(0, 99))} EUR`);
  d.ln(`Verwendungszweck: ${g.pick(['Miete Oktober Whg. 3 OG links', 'Rechnung RE-' + g.digits(6), 'Kaution Wohnung Lindenstr.', 'Nebenkostenabrechnung 2024'])}`);
  d.ln(`Mandatsreferenz: ${g.ref('MR')}  Gläubiger-ID: DE98ZZZ0${g.digits(10)}`);
  if (g.chance(0.5)) d.ln('Rückfragen bitte an ', E(g.email(payee)), ' oder ', T(g.phone('DE')), '.');
  return d;
}

function hrOnboarding(g: G): Doc {
  const d = new Doc();
  const e = g.person(...LATIN_WORLD);
  const hr = g.person('anglo', 'sa', 'jew', 'celtic');
  d.ln('NEW HIRE ONBOARDING — CONFIDENTIAL');
  d.ln('Legal name: ', P(e.lat), ...(g.chance(0.3) ? ['   Preferred name: ', P(e.lg)] : []));
  d.ln('Date of birth: ', D(g.fd('en', g.dob())), '   SSN: ', S(g.ssn()));
  d.ln('Home address:');
  d.ln(A(g.addrStr('US', true)));
  d.ln('Personal email: ', E(g.email(e)), '   Mobile: ', T(g.phone('US')));
  d.ln(`Start date: ${g.fd('en', g.recent())}   Dept: ${g.pick(['Finance', 'Warehouse Ops', 'Engineering', 'Customer Success'])}   Employee ID: E${g.digits(6)}`);
  d.ln(`Direct deposit: ABA ${g.digits(9)} / acct ****${g.digits(4)} (checking)`);
  d.ln('Emergency contact: ', P(g.person(...LATIN_WORLD).lat), ', ', T(g.phone('US')));
  d.ln('W-4 and I-9 verified by ', ...g.nm(hr), ` on ${g.fd('en', g.recent())}.`);
  return d;
}

function shippingNotice(g: G): Doc {
  const d = new Doc();
  const cc = g.pick(['GB', 'US', 'AU', 'CA', 'DE', 'NL', 'FR', 'IE', 'NZ']);
  const r = g.person(...LATIN_WORLD);
  d.ln(`Your order ${g.order()} has shipped!`);
  d.ln('');
  d.ln('Delivering to:');
  d.ln(P(r.lat));
  if (g.chance(0.3)) d.ln(g.pick(['c/o Harbour Coworking', 'Reception — Quarry Labs Ltd']));
  d.ln(A(g.addrStr(cc, true)));
  d.ln('');
  d.ln(`Carrier: ${g.pick(['DPD', 'Royal Mail Tracked 24', 'UPS Ground', 'PostNL', 'Evri'])}   Tracking: ${g.tracking()}`);
  d.ln(`Estimated delivery: ${g.fd('en', g.recent())} between ${g.time()} and ${g.time()}`);
  d.ln(`Items: ${g.int(1, 4)} × ${g.pick(['Hunter Original Tall Boots, size 7', 'Dell UltraSharp 27 monitor', 'Le Creuset casserole 24 cm', 'Tommy Hilfiger crew-neck'])} — ${g.money('£')}`);
  d.ln('The driver may call ', T(g.phone(cc)), ' if access is needed.');
  d.ln(`Questions? Reply to this email or write to `, E(`orders@${g.workDomain()}`), '.');
  return d;
}

function csvExport2(g: G): Doc {
  const d = new Doc();
  const rows = g.int(4, 8);
  const sep = g.pick([',', ';', '\t']);
  d.ln(['customer_id', 'full_name', 'email', 'phone', 'city', 'signup_date', 'date_of_birth'].join(sep));
  for (let i = 0; i < rows; i++) {
    const p = g.person(...LATIN_WORLD);
    const cc = g.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'IN', 'AU', 'PL']);
    const city = g.pick(['Austin', 'Leeds', 'Köln', 'Lyon', 'Sevilla', 'Torino', 'Utrecht', 'Recife', 'Pune', 'Perth', 'Gdańsk']);
    const b = g.dob();
    const quoted = sep === ',' && g.chance(0.5);
    d.ln(
      `${g.int(10000, 99999)}${sep}`,
      quoted ? '"' : '',
      quoted ? P(`${p.lf}, ${p.lg}`) : P(p.lat),
      quoted ? '"' : '',
      sep,
      E(g.email(p)),
      sep,
      T(g.phone(cc)),
      `${sep}${city}${sep}${g.recent().y}-${p2(g.int(1, 12))}-${p2(g.int(1, 28))}${sep}`,
      ...(g.chance(0.85) ? [D(`${b.y}-${p2(b.m)}-${p2(b.d)}`)] : []),
    );
  }
  return d;
}

function jsonRecord(g: G): Doc {
  const d = new Doc();
  const p = g.person(...LATIN_WORLD);
  const cc = g.pick(['US', 'GB', 'DE', 'ES', 'BR', 'IN', 'AU', 'FR', 'IT', 'MX']);
  const lines = g.addr(cc);
  d.ln('{');
  d.ln(`  "id": "cus_${g.ref().toLowerCase()}",`);
  d.ln(`  "created": "${g.iso()}",`);
  d.ln('  "name": "', P(p.lat), '",');
  d.ln('  "email": "', E(g.email(p)), '",');
  d.ln('  "phone": "', T(g.phone(cc)), '",');
  d.ln('  "birthdate": "', D(`${g.dob().y}-${p2(g.int(1, 12))}-${p2(g.int(1, 28))}`), '",');
  d.ln('  "shipping": { "line1": "', A(lines.join(', ')), `", "country": "${cc}" },`);
  d.ln(`  "last_login_ip": "`, IP(g.ip()), '",');
  d.ln('  "payment_method": { "brand": "', g.pick(['visa', 'mastercard', 'amex']), `", "last4": "${g.digits(4)}", "exp": "${p2(g.int(1, 12))}/${g.int(26, 31)}" },`);
  d.ln(`  "metadata": { "plan": "${g.pick(['pro', 'starter', 'team'])}", "app_version": "${g.version()}" }`);
  d.ln('}');
  return d;
}

function yamlConfig(g: G): Doc {
  const d = new Doc();
  const admin = g.person(...LATIN_WORLD);
  const oncall = g.person(...LATIN_WORLD);
  d.ln(`# deploy/values-${g.pick(['prod', 'staging'])}.yaml — edited by `, P(admin.lat));
  d.ln(`image: registry.internal/api:${g.version()}`);
  d.ln('replicas: ' + g.int(2, 12));
  d.ln('alerts:');
  d.ln('  email: ', E(g.email(oncall, g.workDomain())));
  d.ln('  pager_phone: "', T(g.phone(g.pick(['US', 'GB', 'DE', 'NL']))), '"');
  d.ln('network:');
  d.ln('  allowlist:');
  for (let i = 0, n = g.int(2, 4); i < n; i++) d.ln('    - ', IP(g.ipv4()));
  if (g.chance(0.6)) d.ln('    - "', IP(g.ipv6()), '"');
  d.ln(`  listen_port: ${g.pick([8080, 8443, 3000, 9090])}`);
  d.ln(`  dns: [`, IP(g.pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', '208.67.222.222'])), ']');
  d.ln('maintainers:');
  d.ln('  - name: ', P(oncall.lat));
  d.ln(`    since: ${g.fd('en', g.recent())}`);
  return d;
}

function xmlInvoice(g: G): Doc {
  const d = new Doc();
  const b = g.person('de', 'fr', 'it', 'nl', 'hisp', 'pl', 'nordic');
  const cc = g.pick(['DE', 'FR', 'IT', 'NL', 'ES', 'PL', 'DK', 'FI']);
  d.ln('<?xml version="1.0" encoding="UTF-8"?>');
  d.ln(`<Invoice id="INV-${g.int(2023, 2026)}-${g.digits(5)}" issued="${g.recent().y}-${p2(g.int(1, 12))}-${p2(g.int(1, 28))}">`);
  d.ln('  <Seller><Name>Copperleaf GmbH</Name><VAT>DE', g.digits(9), '</VAT></Seller>');
  d.ln('  <Buyer>');
  d.ln('    <Name>', P(b.lat), '</Name>');
  d.ln('    <Address>', A(g.addrStr(cc)), '</Address>');
  d.ln('    <Email>', E(g.email(b)), '</Email>');
  d.ln('    <Tel>', T(g.phone(cc)), '</Tel>');
  d.ln('  </Buyer>');
  d.ln(`  <Line sku="SKU-${g.digits(6)}" qty="${g.int(1, 9)}" price="${g.int(5, 900)}.${p2(g.int(0, 99))}"/>`);
  d.ln('  <Payment><IBAN>', I(g.ibanRaw(cc in IBAN_SHAPES ? cc : 'DE')), '</IBAN><Due>', `${g.fd('en', g.recent())}`, '</Due></Payment>');
  d.ln('</Invoice>');
  return d;
}

function sqlInsert(g: G): Doc {
  const d = new Doc();
  d.ln('-- seed data copied from prod by mistake, ticket DATA-' + g.digits(4));
  d.ln('INSERT INTO employees (id, first_name, last_name, ssn, dob, email, phone, hired_at) VALUES');
  const n = g.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = g.person(...LATIN_WORLD);
    const b = g.dob();
    d.ln(
      `  (${g.int(100, 9999)}, '`,
      P(p.lg.replace(/'/g, "''")),
      "', '",
      P(p.lf.replace(/'/g, "''")),
      "', '",
      S(g.ssn()),
      "', '",
      D(`${b.y}-${p2(b.m)}-${p2(b.d)}`),
      "', '",
      E(g.email(p, g.workDomain())),
      "', '",
      T(g.phone('US')),
      `', '${g.iso()}')${i === n - 1 ? ';' : ','}`,
    );
  }
  return d;
}

function logLines(g: G): Doc {
  const d = new Doc();
  const n = g.int(4, 8);
  for (let i = 0; i < n; i++) {
    const k = g.int(0, 4);
    if (k === 0) {
      d.ln(IP(g.ipv4()), ` - - [${g.int(1, 28)}/Mar/2025:${g.time()}:${p2(g.int(0, 59))} +0000] "GET /api/v2/orders/${g.digits(6)} HTTP/1.1" ${g.pick([200, 304, 404, 500])} ${g.int(100, 99999)} "-" "Mozilla/5.0"`);
    } else if (k === 1) {
      const p = g.person(...LATIN_WORLD);
      d.ln(`${g.iso()} INFO  auth: login ok user=`, E(g.email(p)), ' src=', IP(g.ip()), ` session=${g.ref().toLowerCase()}`);
    } else if (k === 2) {
      d.ln(`${g.iso()} WARN  ratelimit: client [`, IP(g.ipv6()), `]:${g.int(1024, 65535)} exceeded 100 req/min`);
    } else if (k === 3) {
      d.ln(`${g.iso()} DEBUG worker-${g.int(1, 16)} job=${g.digits(8)} took ${g.int(3, 9000)}ms build=10.0.${g.int(17000, 22631)}.${g.int(100, 4000)}`);
    } else {
      const p = g.person(...LATIN_WORLD);
      d.ln(`${g.iso()} ERROR billing: charge failed for customer "`, P(p.lat), `" card_last4=${g.digits(4)} amount=${g.int(1, 900)}.${p2(g.int(0, 99))} from `, IP(g.ipv4()), ':', String(g.int(1024, 65535)));
    }
  }
  return d;
}

function codingSession(g: G): Doc {
  const d = new Doc();
  const dev = g.person(...LATIN_WORLD);
  const cust = g.person(...LATIN_WORLD);
  if (g.chance(0.8)) d.know(dev.lat);
  d.ln('User: ', g.pick(['hey, ', 'ok so ', '']), 'the signup test is failing again, here is the output. I\'m ', P(dev.lat), ' btw, I own this service');
  d.ln('```');
  d.ln(` FAIL  test/signup.spec.ts > creates customer`);
  d.ln(`AssertionError: expected { email: '`, E(g.email(cust)), `', phone: '`, T(g.phone(g.pick(['US', 'GB', 'DE', 'IN']))), `' } to deep equal { …(2) }`);
  d.ln(`    at Object.<anonymous> (/home/${toAscii(dev.lg)}/src/api/signup.ts:${g.int(10, 300)}:${g.int(3, 40)})`);
  d.ln(`    at processTicksAndRejections (node:internal/process/task_queues:95:5)`);
  d.ln('```');
  d.ln('and the fixture:');
  d.ln('```ts');
  d.ln('export const customer = {');
  d.ln("  name: '", P(cust.lat.replace(/'/g, "\\'")), "',");
  d.ln("  card: '", C(g.card()), "',");
  d.ln("  ssn: '", S(g.ssn()), "',");
  d.ln("  address: '", A(g.addrStr('US')), "',");
  d.ln('};');
  d.ln('```');
  d.ln(`Assistant: The fixture embeds what looks like real customer data. Replace it with generated values; the failure itself comes from the phone normaliser in libphonenumber-js ${g.version()} stripping the leading "+". Run \`npm test -- signup\` again after the change.`);
  return d;
}

function gitDiff(g: G): Doc {
  const d = new Doc();
  const a = g.person(...LATIN_WORLD);
  const b = g.person(...LATIN_WORLD);
  d.ln(`commit ${g.digits(7)}a${g.digits(6)}f`);
  d.ln('Author: ', P(a.lat), ' <', E(g.email(a, g.workDomain())), '>');
  d.ln(`Date:   ${g.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${g.pick(['Mar', 'Jun', 'Oct'])} ${g.int(1, 28)} ${g.time()}:${p2(g.int(0, 59))} 2025 +0200`);
  d.ln('');
  d.ln('    fix: update contact + allowlist');
  d.ln('');
  d.ln('diff --git a/config/contacts.env b/config/contacts.env');
  d.ln('--- a/config/contacts.env');
  d.ln('+++ b/config/contacts.env');
  d.ln(`@@ -${g.int(1, 40)},4 +${g.int(1, 40)},4 @@`);
  d.ln('-SUPPORT_ESCALATION=', E(g.email(b, g.workDomain())));
  d.ln('+SUPPORT_ESCALATION=', E(g.email(a, g.workDomain())));
  d.ln('-ONCALL_PHONE=', T(g.phone('GB')));
  d.ln('+ONCALL_PHONE=', T(g.phone(g.pick(['GB', 'IE', 'NL']))));
  d.ln('-ADMIN_IP=', IP(g.ipv4()));
  d.ln('+ADMIN_IP=', IP(g.ip()));
  d.ln(` BUILD_TAG=${g.version()}`);
  d.ln(' # reviewed-by: ', P(b.lat));
  return d;
}

function jiraTicket(g: G): Doc {
  const d = new Doc();
  const rep = g.person(...LATIN_WORLD);
  const asg = g.person(...LATIN_WORLD);
  const cust = g.person(...LATIN_WORLD);
  d.ln(`[${g.pick(['OPS', 'SEC', 'SUP'])}-${g.int(100, 9999)}] ${g.pick(['Suspicious logins on customer account', 'Refund not received', 'Account locked after password reset'])}`);
  d.ln('Reporter: ', ...g.nm(rep), '   Assignee: ', P(asg.lat), `   Priority: ${g.pick(['P1', 'P2', 'P3'])}`);
  d.ln('');
  d.ln('Customer ', P(cust.lat), ' (', E(g.email(cust)), ') says they saw logins from ', IP(g.ipv4()), ' and ', IP(g.ip()), ` at ${g.iso()}.`);
  d.ln(`Device: ${g.pick(['iPhone 14', 'Pixel 8', 'Galaxy S23'])}, IMEI ${g.imei()}, app ${g.version()}.`);
  d.ln('Callback: ', T(g.phone(g.pick(['US', 'GB', 'CA', 'AU']))), '.');
  d.ln('');
  d.ln(`Comment (`, P(asg.lg), `): Forced logout on all sessions; ${g.pick(['geo-IP says Frankfurt', 'ASN belongs to a VPN provider', 'matches the credential stuffing wave from last week'])}. Closing in 48h if no reply.`);
  return d;
}

function smsThread(g: G): Doc {
  const d = new Doc();
  const clk = g.clock();
  const a = g.person('anglo', 'celtic', 'hisp', 'sa', 'wafr', 'pac');
  const b = g.person('anglo', 'celtic', 'hisp', 'sa', 'wafr', 'pac');
  if (g.chance(0.8)) d.know(a.lat);
  d.ln(`${clk()} `, P(a.lg), ': hey its ', P(a.lat), ' from the ', g.pick(['climbing gym', 'school run group', 'book club']), ' lol new number');
  d.ln(`${clk()} `, P(b.lg), ': oh hiii saving it now');
  d.ln(`${clk()} `, P(a.lg), ': this one is ', T(g.phone(g.pick(['US', 'GB', 'AU', 'NZ', 'IE']))), ' old one is dead');
  d.ln(`${clk()} `, P(b.lg), ': k. party is at ', A(g.addrStr(g.pick(['US', 'GB', 'AU']))), ' sat 7ish');
  d.ln(`${clk()} `, P(a.lg), `: can ${g.pick(['i bring', 'we bring'])} `, P(g.person('anglo', 'hisp').lg.toLowerCase()), '? also hope its not a cook-off again 😂');
  d.ln(`${clk()} `, P(b.lg), `: ya bring her. venmo me $${g.int(10, 40)} for pizza @${toAscii(b.lg)}-${toAscii(b.lf)}-${g.int(1, 99)}`);
  return d;
}

function socialPost(g: G): Doc {
  const d = new Doc();
  const a = g.person(...LATIN_WORLD);
  const b = g.person(...LATIN_WORLD);
  d.ln(`@${toAscii(a.lg)}${g.int(1, 999)} · ${g.int(1, 23)}h`);
  d.ln(g.pick(['PSA: ', 'ugh. ', 'Thread 🧵 ', '']), 'if anyone finds a grey wallet near ', g.pick(['Union Square', 'Victoria Station', 'the Ford dealership on 5th', 'Lincoln Park zoo']), ', it belongs to my neighbour ', P(b.lat), ' — please DM or call ', T(g.phone(g.pick(['US', 'GB']))), g.pick(['', ' 🙏']));
  d.ln(`#lostwallet #${g.pick(['chicago', 'london', 'nyc'])}  ${g.int(2, 900)} reposts`);
  d.ln('');
  d.ln(`@${toAscii(b.lf)}_fan replied: shared! also tagging @${g.pick(['CityPolice', 'LostAndFoundHQ', 'TransitAuthority'])}`);
  if (g.chance(0.5)) d.ln(`@grant_young_photo replied: saw a lady hand one to the Starbucks staff around ${g.time()}`);
  return d;
}

function meetingMinutes(g: G): Doc {
  const d = new Doc();
  const ppl = [g.person(...LATIN_WORLD), g.person(...LATIN_WORLD), g.person(...LATIN_WORLD), g.person(...ALL_CULTURES)];
  d.ln(`Minutes — ${g.pick(['Product Council', 'Tenants\u2019 Association', 'Parent–Teacher Committee', 'Vendor Review'])} — ${g.fd('en', g.recent())}`);
  d.ln('Attendees: ', P(ppl[0]!.lat), ', ', P(ppl[1]!.lat), ', ', P(ppl[2]!.lat), ', ', P(ppl[3]!.lat), g.chance(0.5) ? ' (remote)' : '');
  d.ln('Apologies: ', P(g.person(...LATIN_WORLD).lat));
  d.ln('');
  d.ln(`1. Budget: the Hope Foundation grant ($${g.int(5, 90)}k) was approved; `, P(ppl[1]!.lg), ' to confirm with finance by ', g.fd('en', g.recent()), '.');
  d.ln(`2. `, P(ppl[2]!.lg), `'s proposal to move the kickoff to the Hilton ballroom — agreed.`);
  d.ln('3. New vendor contact: ', P(g.person(...LATIN_WORLD).lat), ', ', E(g.email(g.person(...LATIN_WORLD), g.workDomain())), ', ', T(g.phone(g.pick(['US', 'GB', 'CA']))), '.');
  d.ln(`Action items: `, P(ppl[0]!.lg.toUpperCase()), ` – draft memo; `, P(ppl[3]!.lat), ` – book room ${g.int(100, 520)}B.`);
  d.ln(`Next meeting: ${g.fd('en', g.recent())}, ${g.time()}.`);
  return d;
}

function schoolRecord(g: G): Doc {
  const d = new Doc();
  const kid = g.person(...LATIN_WORLD);
  const parent = g.person(...LATIN_WORLD);
  const cc = g.pick(['US', 'GB', 'AU', 'CA', 'NZ', 'IE']);
  d.ln(`${g.pick(['Oakridge Academy', 'St. Brigid\u2019s Primary', 'Lakeview Middle School'])} — Student Record`);
  d.ln('Student: ', P(kid.lat), `   Grade/Year: ${g.int(1, 12)}   Homeroom: ${g.int(100, 330)}`);
  d.ln('Date of birth: ', D(g.fd('en', { y: g.int(2008, 2019), m: g.int(1, 12), d: g.int(1, 28) })));
  d.ln('Guardian: ', ...g.nm(parent), ' — ', T(g.phone(cc)), ' — ', E(g.email(parent)));
  d.ln('Home address: ', A(g.addrStr(cc)));
  d.ln(`Allergies: ${g.pick(['peanuts', 'none', 'penicillin'])}. Medical: ${g.pick(['Type 1 diabetes, pump', 'asthma, inhaler in office', "Osgood–Schlatter (knees)"])}.`);
  d.ln(`Notes: Reading level above benchmark (${g.fd('en', g.recent())} assessment). Pickup authorised: `, P(g.person(...LATIN_WORLD).lat), '.');
  return d;
}

function rentalListing(g: G): Doc {
  const d = new Doc();
  const ll = g.person(...LATIN_WORLD);
  const cc = g.pick(['US', 'GB', 'AU', 'CA', 'DE', 'NL', 'IE']);
  d.ln(`${g.pick(['Bright 2-bed', 'Sunny studio', 'Spacious 3BR townhouse', 'Room in shared house'])} — ${g.money(cc === 'GB' ? '£' : '$')} / month`);
  d.ln(`Available from ${g.fd('en', g.recent())}. ${g.int(2, 15)} min walk to ${g.pick(['Victoria Park', 'the Central Station', 'King\u2019s Cross', 'Ikea'])}. Pets negotiable. Bond = 4 weeks.`);
  d.ln('Address: ', A(g.addrStr(cc)));
  d.ln(`Viewings ${g.pick(['Sat', 'Sun', 'Wed evening'])}. Text `, P(ll.lg), ' on ', T(g.phone(cc)), ' or email ', E(g.email(ll)), '.');
  d.ln(`Listing ID ${g.digits(8)} · posted ${g.int(1, 30)} days ago · ${g.int(40, 900)} views`);
  return d;
}

function travelBooking(g: G): Doc {
  const d = new Doc();
  const a = g.person(...ALL_CULTURES);
  const b = g.person(...LATIN_WORLD);
  d.ln(`BOOKING CONFIRMATION  PNR: ${g.ref().slice(0, 6)}`);
  d.ln(`Flight ${g.pick(['LH', 'BA', 'TK', 'EK', 'QF', 'AF', 'KL'])} ${g.int(100, 1999)}  ${g.pick(['FRA', 'LHR', 'IST', 'DXB', 'SYD', 'CDG', 'AMS'])} → ${g.pick(['JFK', 'NRT', 'GRU', 'BOM', 'YVR', 'CPT'])}  ${g.fd('en', g.recent())} ${g.time()}`);
  d.ln('Passenger 1: ', P(`${a.lf.toUpperCase()}/${a.lg.toUpperCase()}`), g.pick([' MR', ' MS', ' MRS']), '  DOB ', D(g.fd('en', g.dob())), `  Seat ${g.int(3, 45)}${g.pick(['A', 'C', 'F', 'K'])}`);
  d.ln('Passenger 2: ', P(`${b.lf.toUpperCase()}/${b.lg.toUpperCase()}`), g.pick([' MR', ' MS', ' CHD']), '  DOB ', D(g.fd('en', g.dob())), `  Seat ${g.int(3, 45)}${g.pick(['B', 'D', 'E'])}`);
  d.ln('Contact: ', E(g.email(a)), ' / ', T(g.phone(g.pick(['DE', 'GB', 'TR', 'AE', 'AU', 'FR', 'NL']))));
  d.ln(`Fare: ${g.money('€')}  Ticket ${g.digits(3)}-${g.digits(10)}  Paid with `, g.pick(['Visa', 'Mastercard', 'Amex']), ` ending ${g.digits(4)}`);
  d.ln(`Baggage: 1PC 23KG. Check-in closes ${g.int(45, 60)} min before departure.`);
  return d;
}

function marketplaceMsg(g: G): Doc {
  const d = new Doc();
  const s = g.person(...LATIN_WORLD);
  const bu = g.person(...LATIN_WORLD);
  const cc = g.pick(['US', 'GB', 'AU', 'CA']);
  if (g.chance(0.8)) d.know(bu.lat);
  d.ln(`Re: ${g.pick(['IKEA Kallax shelf', 'Trek road bike 54cm', 'PS5 + 2 controllers', 'Bishop chess set (wooden)'])} — ${g.money('$')}`);
  d.ln(P(bu.lg), ': is this still available? I\'m ', P(bu.lat), ', can pick up tomorrow');
  d.ln(P(s.lg), `: yes! I'm at `, A(g.addrStr(cc)), ', buzzer says ', P(s.lf.toUpperCase()));
  d.ln(P(bu.lg), ': great, my cell is ', T(g.phone(cc)), ' in case I get lost. Can I pay by Zelle to ', E(g.email(bu)), '?');
  d.ln(P(s.lg), `: cash preferred, or PayPal. Please don't send the "verification code" stuff, I got scammed last month lol`);
  return d;
}

function paymentFailed(g: G): Doc {
  const d = new Doc();
  const p = g.person(...LATIN_WORLD);
  const net = g.network();
  d.ln(`Subject: Payment declined for ${g.pick(['your subscription', 'order ' + g.order(), 'invoice INV-' + g.digits(5)])}`);
  d.ln('');
  d.ln(g.pick(['Hi ', 'Dear ', 'Hello ']), P(p.lg), ',');
  d.ln('');
  d.ln(`We couldn't charge your ${net.n} card. Please check the details you entered:`);
  d.ln('  Cardholder: ', P(p.lat.toUpperCase()));
  d.ln('  Card number: ', C(g.card(net)));
  d.ln(`  Expiry: ${p2(g.int(1, 12))}/${g.int(25, 31)}`);
  d.ln('  Billing address: ', A(g.addrStr(g.pick(['US', 'GB', 'CA', 'AU', 'IE']))));
  d.ln('');
  d.ln(`If you believe this is an error, reply to this message. Reference: ${g.ref('PAY-')}. Amount: ${g.money()}.`);
  d.ln(`Note: the gift-card code ${g.badCard()} on your account cannot be used for subscriptions. We will never ask for your CVV.`);
  return d;
}

function legalForm(g: G): Doc {
  const d = new Doc();
  const pet = g.person(...LATIN_WORLD);
  const resp = g.person(...LATIN_WORLD);
  const atty = g.person('anglo', 'jew', 'celtic', 'hisp');
  if (g.chance(0.5)) d.know(pet.lat);
  d.ln(`SUPERIOR COURT OF ${g.pick(['CALIFORNIA, COUNTY OF ALAMEDA', 'ARIZONA, PIMA COUNTY', 'WASHINGTON, KING COUNTY'])}`);
  d.ln(`Case No. ${g.int(20, 25)}-${g.pick(['FL', 'CV', 'PR'])}-${g.digits(6)}`);
  d.ln('Petitioner: ', P(pet.lat.toUpperCase()), '   Respondent: ', P(resp.lat.toUpperCase()));
  d.ln('');
  d.ln('DECLARATION OF ', P(pet.lat.toUpperCase()));
  d.ln(`I, `, P(pet.lat), ', declare: I was born on ', D(g.fd('en', g.dob())), ' and I reside at ', A(g.addrStr('US')), '.');
  d.ln('My Social Security number is ', S(g.ssn()), ` (redacted copy filed under seal per Rule ${g.int(1, 9)}.${g.int(100, 550)}).`);
  d.ln(`The minor child, `, P(g.person(...LATIN_WORLD).lg), `, was born on `, D(g.fd('en', { y: g.int(2010, 2020), m: g.int(1, 12), d: g.int(1, 28) })), '.');
  d.ln(`I declare under penalty of perjury that the foregoing is true. Executed on ${g.fd('en', g.recent())}.`);
  d.ln('Attorney for Petitioner: ', P(atty.lat), `, State Bar No. ${g.digits(6)}, `, T(g.phone('US')), ', ', E(g.email(atty, 'meridian-legal.com')));
  return d;
}

function taxEmail(g: G): Doc {
  const d = new Doc();
  const c = g.person(...LATIN_WORLD);
  const sp = g.person(...LATIN_WORLD);
  const cpa = g.person('anglo', 'jew', 'sa');
  if (g.chance(0.8)) d.know(c.lat);
  d.ln('to: ', E(g.email(cpa, 'ledgerline-cpa.com')));
  d.ln(`subject: docs for ${g.int(2023, 2025)} return`);
  d.ln('');
  d.ln('hi ', P(cpa.lg.toLowerCase()), ',');
  d.ln('here is what you asked for. my ssn ', S(g.ssn()), ', my wife ', P(sp.lg), "'s is ", S(g.ssn()), `. our kid was born `, D(g.fd('en', { y: g.int(2010, 2022), m: g.int(1, 12), d: g.int(1, 28) })), ` so we should get the credit this year.`);
  d.ln(`refund can go to the same account as last year (routing ${g.digits(9)}). the 1099-INT from Wells Fargo is attached, and the W-2 shows EIN ${g.digits(2)}-${g.digits(7)}.`);
  d.ln('');
  d.ln('thanks,');
  d.ln(P(c.lat));
  d.ln(T(g.phone('US')));
  return d;
}

function paymentReceiptEn(g: G): Doc {
  const d = new Doc();
  const payer = g.person(...LATIN_WORLD);
  const payee = g.person(...LATIN_WORLD);
  const cc = g.pick(['GB', 'IE', 'NL', 'FR', 'ES', 'IT', 'PT', 'BE', 'FI', 'GR', 'LU', 'AT']);
  d.ln(`SEPA Credit Transfer — confirmation ${g.ref('TRF')}`);
  d.ln('Ordering customer: ', P(payer.lat));
  d.ln('Debit account: ', I(g.iban(cc)));
  d.ln('Beneficiary: ', P(payee.lat));
  d.ln('Beneficiary account: ', I(g.iban(g.pick(Object.keys(IBAN_SHAPES)))));
  d.ln(`Amount: EUR ${g.int(10, 9999)}.${p2(g.int(0, 99))}   Execution date: ${g.fd('en', g.recent())}`);
  d.ln(`Remittance info: ${g.pick(['deposit flat 4B', 'invoice 2025/0412', 'birthday gift', 'share of holiday villa'])}`);
  d.ln(`Note: example account ${g.badIban(cc)} on our website is a placeholder and will be rejected.`);
  return d;
}

function chatTypos(g: G): Doc {
  const d = new Doc();
  const u = g.person(...LATIN_WORLD);
  const friend = g.person(...LATIN_WORLD);
  const lower = g.chance(0.4);
  if (!lower && g.chance(0.75)) d.know(u.lat);
  d.ln('user: ', g.pick(['pls help', 'hiii', 'ok so']), ' i need to write a msg to my landlord abt the heating, im ', P(lower ? u.lat.toLowerCase() : u.lat), ' and i live at ', A(g.addrStr(g.pick(['US', 'GB', 'AU', 'CA'])).toLowerCase()));
  d.ln('user: his name is ', P(g.person('anglo', 'celtic', 'jew').lat.toLowerCase()), ' and his number is ', T(g.phone(g.pick(['US', 'GB']))), ' if that matters');
  d.ln(`user: also my roomate `, P(friend.lg.toLowerCase()), ` says we shud mention the mould, its been since ${g.pick(['january', 'march', 'last winter'])}`);
  d.ln('assistant: Here is a short, polite draft you can send:');
  d.ln(`"Hi, this is `, P(u.lg), ` from flat ${g.int(1, 12)}. The heating has not worked since ${g.fd('en', g.recent())} and there is mould in the bathroom. Could you arrange a repair this week? Thanks."`);
  return d;
}

function germanLetter(g: G): Doc {
  const d = new Doc();
  const p = g.person('de', 'tr', 'pl', 'it', 'ru');
  const sb = g.person('de');
  if (g.chance(0.5)) d.know(p.lat);
  d.ln(P(p.lat));
  d.ln(A(g.addrStr('DE', true)));
  d.ln('');
  d.ln(`${g.pick(['Stadtwerke Leipzig GmbH', 'Vodafone GmbH', 'Allianz Versicherungs-AG'])}`);
  d.ln('Kundenservice');
  d.ln('');
  d.ln(`${g.pick(['Berlin', 'Leipzig', 'Köln'])}, ${g.fd('de', g.recent())}`);
  d.ln('');
  d.ln(`Kündigung meines Vertrags Nr. ${g.digits(10)}`);
  d.ln('');
  if (g.chance(0.5)) d.ln('Sehr geehrte Damen und Herren,');
  else d.ln(g.pick(['Sehr geehrte Frau ', 'Sehr geehrter Herr ']), P(sb.lf), ',');
  d.ln(`hiermit kündige ich den oben genannten Vertrag fristgerecht zum ${g.fd('de', g.recent())}. Bitte bestätigen Sie mir den Eingang schriftlich an `, E(g.email(p, g.pick(['web.de', 'gmx.de', 't-online.de', 'posteo.de']))), '.');
  d.ln('Das Guthaben überweisen Sie bitte auf mein Konto: ', I(g.iban('DE')), '.');
  d.ln('Zur Identifikation: geb. am ', D(g.fd('de', g.dob())), ', Tel. ', T(g.phone('DE')), '.');
  d.ln('');
  d.ln('Mit freundlichen Grüßen');
  d.ln(P(p.lat));
  return d;
}

function frenchSupport(g: G): Doc {
  const d = new Doc();
  const c = g.person('fr', 'ar', 'wafr', 'it', 'luso');
  const a = g.person('fr');
  if (g.chance(0.8)) d.know(c.lat);
  d.ln(`Conversation SAV — dossier n° ${g.digits(8)}`);
  d.ln('Client : Bonjour, je suis ', P(c.lat), ', ma box internet ne fonctionne plus depuis ', g.fd('fr', g.recent()), '.');
  d.ln('Conseiller (', P(a.lg), ') : Bonjour M./Mme ', P(c.lf), ', pouvez-vous me confirmer votre date de naissance ?');
  d.ln('Client : le ', D(g.fd('fr', g.dob())));
  d.ln('Conseiller : Merci. Le technicien passera à l\'adresse suivante : ', A(g.addrStr(g.pick(['FR', 'FR', 'BE', 'CH']))), ', c\'est bien ça ?');
  d.ln('Client : Oui. Vous pouvez me joindre au ', T(g.phone('FR')), ' ou par mail : ', E(g.email(c, g.pick(['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr']))));
  d.ln(`Conseiller : C'est noté, rendez-vous le ${g.fd('fr', g.recent())} entre 8h et 12h. Le remboursement sera versé sur l'IBAN `, I(g.iban('FR')), '.');
  d.ln(`Conseiller : Bonne journée, et merci de votre patience (ticket ${g.ref()}).`);
  return d;
}

function spanishWhatsapp(g: G): Doc {
  const d = new Doc();
  const clk = g.clock();
  const c = g.person('hisp', 'luso');
  const a = g.person('hisp');
  const cc = g.pick(['ES', 'MX']);
  if (g.chance(0.8)) d.know(c.lat);
  d.ln(`[${clk()}] Clínica Dental Sonrisa: Hola 👋 ¿en qué podemos ayudarte?`);
  d.ln(`[${clk()}] `, P(c.lat), ': hola, quiero pedir cita para mi hija ', P(g.person('hisp').lg), ', nació el ', D(g.fd('es', { y: g.int(2008, 2020), m: g.int(1, 12), d: g.int(1, 28) })));
  d.ln(`[${clk()}] Clínica Dental Sonrisa: Perfecto. Tenemos hueco el ${g.fd('es', g.recent())} a las ${clk()} con la Dra. `, P(a.lf), '. ¿Nos confirmas un teléfono?');
  d.ln(`[${clk()}] `, P(c.lat), ': ', T(g.phone(cc)), g.pick([' (mejor por whatsapp)', '', ' o el fijo de casa']));
  d.ln(`[${clk()}] Clínica Dental Sonrisa: ¿Y la dirección para la ficha?`);
  d.ln(`[${clk()}] `, P(c.lat), ': ', A(g.addrStr(cc)));
  d.ln(`[${clk()}] Clínica Dental Sonrisa: ¡Listo! Te enviamos el justificante a `, E(g.email(c, g.pick(['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es']))), '. Recuerda traer la tarjeta sanitaria.');
  return d;
}

function italianForm(g: G): Doc {
  const d = new Doc();
  const p = g.person('it');
  d.ln('MODULO DI ISCRIZIONE — Palestra Ercole ASD');
  d.ln('Cognome e nome: ', P(`${p.lf.toUpperCase()} ${p.lg.toUpperCase()}`));
  d.ln('Nato/a a ', g.pick(['Bologna', 'Bari', 'Trento', 'Palermo']), ' il ', D(g.fd('it', g.dob())));
  d.ln('Residente in: ', A(g.addrStr('IT')));
  d.ln('Cellulare: ', T(g.phone('IT')), '   E-mail: ', E(g.email(p, g.pick(['libero.it', 'gmail.com', 'tiscali.it', 'alice.it']))));
  d.ln('Addebito SDD su IBAN: ', I(g.iban('IT')));
  d.ln(`Data iscrizione: ${g.fd('it', g.recent())}   Certificato medico valido fino al ${g.fd('it', g.recent())}`);
  d.ln('Firma del genitore (se minorenne): ', P(g.person('it').lat));
  return d;
}

function dutchChat(g: G): Doc {
  const d = new Doc();
  const h = g.person('nl', 'tr', 'ar', 'id');
  const v = g.person('nl');
  if (g.chance(0.8)) d.know(h.lat);
  d.ln('Huurder: Goedemiddag, met ', P(h.lat), '. De cv-ketel is weer kapot.');
  d.ln('Verhuurder (', P(v.lg), `): Vervelend! Ik stuur morgen de monteur. Klopt het adres nog: `, A(g.addrStr('NL')), '?');
  d.ln('Huurder: Ja klopt. Bel even van tevoren op ', T(g.phone('NL')), '.');
  d.ln(`Verhuurder: Prima. De huur van ${g.pick(['oktober', 'november', 'maart'])} is trouwens nog niet binnen op `, I(g.iban('NL')), '.');
  d.ln(`Huurder: Sorry, die staat ingepland voor ${g.fd('nl', g.recent())}. Mijn vriendin `, P(g.person('nl').lg), ' is dan thuis.');
  return d;
}

function brazilChat(g: G): Doc {
  const d = new Doc();
  const c = g.person('luso');
  const at = g.person('luso');
  const lower = g.chance(0.4);
  if (!lower && g.chance(0.75)) d.know(c.lat);
  d.ln(`Atendimento #${g.digits(7)} — Loja Magalu`);
  d.ln('Atendente ', P(at.lg), ': Olá! Com quem eu falo?');
  d.ln('Cliente: oi, aqui é ', P(lower ? c.lat.toLowerCase() : c.lat), ', meu pedido não chegou');
  d.ln('Atendente ', P(at.lg), ': Poxa! Pode confirmar o endereço de entrega?');
  d.ln('Cliente: ', A(g.addrStr('BR')));
  d.ln('Cliente: meu whats é ', T(g.phone('BR')), ' e o email ', E(g.email(c, g.pick(['uol.com.br', 'gmail.com', 'bol.com.br', 'hotmail.com']))));
  d.ln(`Atendente `, P(at.lg), `: Obrigada! Data de nascimento do titular, por favor?`);
  d.ln('Cliente: ', D(g.fd('pt', g.dob())));
  d.ln(`Atendente `, P(at.lg), `: Reenviamos com previsão para ${g.fd('pt', g.recent())}. Protocolo ${g.digits(12)}.`);
  return d;
}

function polishTicket(g: G): Doc {
  const d = new Doc();
  const p = g.person('pl');
  d.ln(`Zgłoszenie reklamacyjne nr RK/${g.int(2023, 2026)}/${g.digits(5)}`);
  d.ln('Imię i nazwisko: ', P(p.lat));
  d.ln('Data urodzenia: ', D(g.fd('pl', g.dob())), g.chance(0.5) ? ' r.' : '');
  d.ln('Adres do korespondencji: ', A(g.addrStr('PL')));
  d.ln('Telefon: ', T(g.phone('PL')), '   E-mail: ', E(g.email(p, g.pick(['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com']))));
  d.ln('Numer rachunku do zwrotu: ', I(g.iban('PL')));
  d.ln(`Opis: Pralka kupiona ${g.fd('pl', g.recent())} przestała wirować. Proszę o naprawę lub zwrot ${g.int(900, 3000)},00 zł.`);
  d.ln('Przyjął: ', P(g.person('pl').lat), `, punkt obsługi nr ${g.int(1, 40)}`);
  return d;
}

function czechOrder(g: G): Doc {
  const d = new Doc();
  const p = g.person('cz');
  d.ln(`Potvrzení objednávky č. ${g.digits(9)}`);
  d.ln('Dobrý den, ', P(p.lg), ',');
  d.ln(`děkujeme za objednávku z ${g.fd('cs', g.recent())}. Zboží doručíme na adresu:`);
  d.ln(P(p.lat));
  d.ln(A(g.addrStr('CZ', true)));
  d.ln('Tel.: ', T(g.phone('CZ')), '   E-mail: ', E(g.email(p, g.pick(['seznam.cz', 'email.cz', 'centrum.cz']))));
  d.ln('Platba převodem na účet ', I(g.iban('CZ')), `, VS ${g.digits(10)}.`);
  d.ln('S pozdravem, tým Alza.cz');
  return d;
}

function romanianNote(g: G): Doc {
  const d = new Doc();
  const p = g.person('ro');
  d.ln('Către: Primăria Sectorului 1');
  d.ln('Subsemnatul/a ', P(p.lat), ', născut/ă la data de ', D(g.fd('ro', g.dob())), ', domiciliat/ă în ', A(g.addrStr('RO')), ', vă rog să-mi aprobați cererea de parcare rezidențială.');
  d.ln('Telefon: ', T(g.phone('RO')), ', e-mail: ', E(g.email(p, g.pick(['yahoo.com', 'gmail.com']))));
  d.ln('Cont pentru restituire taxă: ', I(g.iban('RO')));
  d.ln(`Data: ${g.fd('ro', g.recent())}        Semnătura: ____`);
  return d;
}

function greekMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('el');
  const doc = g.person('el');
  d.ln('Ιατρείο — Υπενθύμιση ραντεβού');
  d.ln('Αγαπητέ/ή ', P(p.full), ',');
  d.ln(`το ραντεβού σας με τον Δρ. `, P(doc.family), ` είναι στις ${g.fd('el', g.recent())}, ώρα ${g.time()}.`);
  d.ln('Στοιχεία ασθενούς: ημ. γέννησης ', D(g.fd('el', g.dob())), ', τηλ. ', T(g.phone('GR')), '.');
  d.ln('Διεύθυνση: ', A(g.addrStr('GR')));
  d.ln('Για ακύρωση: ', E(`info@iatreio-${g.pick(['kifisia', 'glyfada', 'kalamaria'])}.gr`));
  return d;
}

function hungarianForm(g: G): Doc {
  const d = new Doc();
  const p = g.person('hu');
  d.ln('Jelentkezési lap — Nyelviskola');
  d.ln('Név: ', P(p.full));
  d.ln('Születési idő: ', D(g.fd('hu', g.dob())));
  d.ln('Lakcím: ', A(g.addrStr('HU')));
  d.ln('Telefonszám: ', T(g.phone('HU')), '   E-mail: ', E(g.email(p, g.pick(['freemail.hu', 'citromail.hu', 'gmail.com']))));
  d.ln('Bankszámla (visszatérítéshez): ', I(g.iban('HU')));
  d.ln(`Kurzus kezdete: ${g.fd('hu', g.recent())}, B2 szint, ${g.int(30, 120)}000 Ft.`);
  return d;
}

function nordicMix(g: G): Doc {
  const d = new Doc();
  const k = g.int(0, 3);
  const p = g.person('nordic');
  if (k === 0) {
    d.ln('Hei ', P(p.lg), '!');
    d.ln(`Kiitos tilauksestasi ${g.fd('fi', g.recent())}. Toimitusosoite:`);
    d.ln(A(g.addrStr('FI', true)));
    d.ln('Puhelin: ', T(g.phone('FI')), ', syntymäaika ', D(g.fd('fi', g.dob())));
    d.ln('Palautukset tilille ', I(g.iban('FI')), '.');
  } else if (k === 1) {
    d.ln('Hei ', P(p.lat), ',');
    d.ln(`vi bekrefter innflytting ${g.fd('no', g.recent())} i `, A(g.addrStr('NO')), '. Depositum settes inn på ', I(g.iban('NO')), '.');
    d.ln('Fødselsdato på kontrakten: ', D(g.fd('no', g.dob())), '. Ring utleier ', P(g.person('nordic').lat), ' på ', T(g.phone('NO')), ' ved spørsmål.');
  } else if (k === 2) {
    d.ln('Kære ', P(p.lg), ',');
    d.ln('tak for din tilmelding til svømmeholdet. Vi har registreret: ', P(p.lat), ', født ', D(g.fd('da', g.dob())), ', ', A(g.addrStr('DK')), ', tlf. ', T(g.phone('DK')), '.');
    d.ln('Kontingent trækkes fra ', I(g.iban('DK')), `. Første træning er ${g.fd('da', g.recent())}.`);
  } else {
    d.ln('Hej ', P(p.lg), '!');
    d.ln('Här är uppgifterna till hyreskontraktet: ', P(p.lat), ', född ', D(g.fd('sv', g.dob())), ', ', A(g.addrStr('SE')), '.');
    d.ln('Mobil: ', T(g.phone('SE')), ', e-post: ', E(g.email(p, g.pick(['live.se', 'telia.com', 'gmail.com']))), ', konto ', I(g.iban('SE')), '.');
  }
  return d;
}

function turkishMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('tr');
  if (g.chance(0.8)) d.know(p.lat);
  d.ln('Merhaba, ben ', P(p.lat), '. Kargom hâlâ gelmedi, sipariş no ', g.digits(10), '.');
  d.ln('Teslimat adresim: ', A(g.addrStr('TR')));
  d.ln('Telefon: ', T(g.phone('TR')), ' — doğum tarihim ', D(g.fd('tr', g.dob())), ' (üyelik doğrulaması için istemiştiniz).');
  d.ln('İade olursa IBAN: ', I(g.iban('TR')));
  if (g.chance(0.5)) d.ln('Ödemeyi şu kartla yapmıştım: ', C(g.card()), ' (son kullanma ', `${p2(g.int(1, 12))}/${g.int(26, 31)})`);
  d.ln(`Teşekkürler, iyi çalışmalar. (${g.fd('tr', g.recent())})`);
  return d;
}

function vietnameseMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('vi');
  d.ln('Kính gửi Phòng Nhân sự,');
  d.ln('Tôi tên là ', P(p.full), ', sinh ngày ', D(g.fd('vi', g.dob())), '.');
  d.ln('Địa chỉ: ', A(g.addrStr('VN')), '.');
  d.ln('Số điện thoại: ', T(g.phone('VN')), ', email: ', E(g.email(p, g.pick(['gmail.com', 'yahoo.com.vn']))), '.');
  d.ln(`Tôi xin nghỉ phép từ ngày ${g.fd('vi', g.recent())} đến hết tuần. Trân trọng,`);
  d.ln(P(p.full));
  return d;
}

function indonesianMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('id');
  const kurir = g.person('id');
  d.ln(`Halo kak, pesanan atas nama `, P(p.lat), ' sudah dikirim ya 🙏');
  d.ln('Alamat: ', A(g.addrStr('ID')));
  d.ln('No. HP penerima: ', T(g.phone('ID')));
  d.ln(`Kurir: `, P(kurir.lg), ` (J&T), resi ${g.pick(['JP', 'JX'])}${g.digits(10)}. Estimasi tiba ${g.fd('id', g.recent())}.`);
  d.ln('Kalau ada kendala, email ke ', E(`cs@${g.pick(['tokobaju', 'rumahkopi', 'batikmurni'])}.co.id`), ' ya kak.');
  return d;
}

function hinglishChat(g: G): Doc {
  const d = new Doc();
  const p = g.person('sa');
  const f = g.person('sa');
  if (g.chance(0.8)) d.know(p.lat);
  d.ln('user: bhai mera naam ', P(p.lat), ' hai, flat ke liye rent agreement banana hai');
  d.ln('user: landlord ka naam ', P(f.lat), ', unka number ', T(g.phone('IN')), ' hai');
  d.ln('user: address ye hai — ', A(g.addrStr(g.pick(['IN', 'IN2']))));
  d.ln('user: meri DOB ', D(g.fd('hi', g.dob())), ' hai aur email ', E(g.email(p, g.pick(['gmail.com', 'rediffmail.com', 'yahoo.co.in']))));
  if (g.chance(0.5)) d.ln('user: aur token amount mere card se kat lena — ', C(g.card()), `, expiry ${p2(g.int(1, 12))}/${g.int(26, 31)}`);
  d.ln(`assistant: Theek hai. Main 11 mahine ka agreement draft kar deta hoon, rent ₹${g.int(12, 65)},000, shuru ${g.fd('hi', g.recent())} se. Stamp paper ki value state ke hisaab se hogi.`);
  return d;
}

function japaneseMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('ja');
  const st = g.person('ja');
  d.ln(P(p.full), ' 様');
  d.ln('');
  d.ln('いつもご利用いただきありがとうございます。ご注文の商品を発送いたしました。');
  d.ln('お届け先：', A(g.addrStr('JP')));
  d.ln('お電話番号：', T(g.phone('JP')));
  d.ln(`お届け予定日：${g.fd('ja', g.recent())}`);
  d.ln('会員情報（生年月日）：', D(g.fd('ja', g.dob())));
  d.ln(`担当：`, P(st.family), `（カスタマーサポート） `, E(`support@${g.pick(['shop-sakura', 'kumo-mart', 'hinode-store'])}.co.jp`));
  return d;
}

function chineseMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('zh');
  d.ln('【快递通知】');
  d.ln(`收件人：`, P(p.full));
  d.ln('电话：', T(g.phone('CN')));
  d.ln('地址：', A(g.addrStr('CN')));
  d.ln(`运单号：SF${g.digits(12)}，预计${g.fd('zh', g.recent())}送达。`);
  if (g.chance(0.6)) d.ln('会员生日：', D(g.fd('zh', g.dob())), '，生日当月可享九折优惠。');
  if (g.chance(0.4)) d.ln('付款银行卡：', C(g.card(NETWORKS[6])), '（银联）');
  d.ln('如有疑问请联系客服：', E(`kefu@${g.pick(['xinghe-mall', 'dongfang-shop'])}.cn`));
  return d;
}

function koreanMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('ko');
  d.ln('[예약 확인] ', P(p.full), '님, 예약이 완료되었습니다.');
  d.ln(`일시: ${g.fd('ko', g.recent())} ${g.time()}`);
  d.ln('연락처: ', T(g.phone('KR')));
  d.ln('주소: ', A(g.addrStr('KR')));
  d.ln('생년월일: ', D(g.fd('ko', g.dob())));
  d.ln('문의: ', E(`help@${g.pick(['hanbit-clinic', 'seoul-dental'])}.co.kr`), ` / 담당 `, P(g.person('ko').full), ' 실장');
  return d;
}

function arabicMsg(g: G): Doc {
  const d = new Doc();
  const p = g.person('ar');
  d.ln('السلام عليكم،');
  d.ln('أنا ', P(p.full), '، أرغب في تحديث بياناتي لدى البنك.');
  d.ln('تاريخ الميلاد: ', D(g.fd('ar', g.dob())));
  d.ln('رقم الجوال: ', T(g.phone(g.pick(['SA', 'AE', 'EG']))));
  d.ln('العنوان: ', A(g.addrStr(g.pick(['SA', 'AE']))));
  d.ln('رقم الآيبان: ', I(g.iban(g.pick(['SA', 'AE']))));
  d.ln('البريد الإلكتروني: ', E(g.email(p, g.pick(['gmail.com', 'hotmail.com', 'outlook.sa']))));
  d.ln('وشكراً.');
  return d;
}

function africaOps(g: G): Doc {
  const d = new Doc();
  const p = g.person('wafr', 'eafr');
  const cc = g.pick(['NG', 'KE']);
  d.ln(`Mobile money reversal request — ref ${g.ref('MM')}`);
  d.ln('Customer: ', P(p.lat), '  Wallet: ', T(g.phone(cc)));
  d.ln('Postal: ', A(g.addrStr(cc)));
  d.ln(`Sent ${cc === 'NG' ? '₦' : 'KSh'}${g.int(1, 90)},${g.digits(3)} to wrong number on ${g.fd('en', g.recent())}; recipient `, P(g.person('wafr', 'eafr').lat), ' has agreed to reverse.');
  d.ln('Agent note: verified via DOB ', D(g.fd('en', g.dob())), ' and email ', E(g.email(p)), '.');
  return d;
}

function pacificFilipino(g: G): Doc {
  const d = new Doc();
  const p = g.person('fil', 'pac');
  const cc = g.pick(['PH', 'NZ', 'AU']);
  d.ln('Remittance receipt');
  d.ln('Sender: ', P(p.lat), ', ', A(g.addrStr(cc === 'PH' ? 'AU' : cc)));
  d.ln('Receiver: ', P(g.person('fil', 'pac').lat), ', ', T(g.phone(cc === 'PH' ? 'PH' : g.pick(['PH', 'NZ']))));
  d.ln(`Amount: ${g.money('A$')}  Fee: A$4.99  Rate 1 AUD = 37.${g.digits(2)} PHP`);
  d.ln('Sender card: ', C(g.card()), `  Auth ${g.digits(6)}`);
  d.ln(`Pickup: Cebuana Lhuillier, any branch, from ${g.fd('en', g.recent())}.`);
  return d;
}

function cardDispute(g: G): Doc {
  const d = new Doc();
  const p = g.person(...LATIN_WORLD);
  d.ln('Dispute form — please print clearly');
  d.ln('Cardholder name: ', P(p.lat));
  for (let i = 0, n = g.int(1, 2); i < n; i++) {
    const net = g.network();
    d.ln(`${net.n} card no.: `, C(g.card(net)), `   Disputed amount: ${g.money()} on ${g.fd('en', g.recent())}`);
  }
  d.ln(`Merchant: ${g.pick(['Ford Service Center', 'Dell Technologies', 'Ben & Jerry\u2019s Scoop Shop', 'Marks & Spencer'])}   Merchant ID ${g.nonLuhn(15)}`);
  d.ln('Daytime phone: ', T(g.phone(g.pick(['US', 'GB', 'CA']))), '   Email: ', E(g.email(p)));
  d.ln(`Reason: ${g.pick(['Charged twice', 'Goods not received', 'Cancelled subscription still billed'])}. Gift card serial ${g.nonLuhn(16)} is unrelated.`);
  return d;
}

function sshSession(g: G): Doc {
  const d = new Doc();
  const admin = g.person(...LATIN_WORLD);
  const user = toAscii(admin.lg);
  d.ln(`${user}@bastion:~$ last -n 4`);
  for (let i = 0; i < 3; i++) d.ln(`${user}   pts/${i}   `, IP(g.ipv4()), `   ${g.pick(['Mon', 'Tue', 'Fri'])} Mar ${g.int(1, 28)} ${g.time()}   still logged in`);
  d.ln(`${user}@bastion:~$ ip -6 addr show eth0 | grep inet6`);
  d.ln('    inet6 ', IP(g.ipv6()), '/64 scope global dynamic');
  d.ln(`${user}@bastion:~$ curl -s https://`, IP(g.ipv4()), `:${g.pick([8443, 9200, 6443])}/healthz`);
  d.ln(`{"status":"ok","version":"${g.version()}","uptime_s":${g.int(100, 999999)}}`);
  if (g.chance(0.5)) d.ln(`${user}@bastion:~$ curl -g 'http://[`, IP(g.ipv6()), `]:8080/metrics' | head -1`, `\n# HELP process_cpu_seconds_total Total user and system CPU time.`);
  d.ln(`${user}@bastion:~$ cat /etc/motd`);
  d.ln('Managed by ', P(admin.lat), ' — page ', T(g.phone(g.pick(['US', 'DE', 'GB', 'IN']))), ' for emergencies.');
  return d;
}

function insuranceNoteUk(g: G): Doc {
  const d = new Doc();
  const p = g.person('anglo', 'celtic', 'sa', 'wafr', 'pl');
  d.ln(`Motor claim note — ref ${g.ref('MC')}`);
  d.ln('Policyholder ', ...g.nm(p), ' called re: collision on the A38. Born ', D(g.fd('en', g.dob())), '.');
  d.ln('Correspondence address:');
  d.ln(A(g.addrStr(g.pick(['GB', 'IE']), true)));
  d.ln('Mobile ', T(g.phone('GB')), ', email ', E(g.email(p)), '. Third party driver ', P(g.person('anglo', 'celtic').lat), ` (reg ${g.pick(['LK', 'YH', 'BD'])}${g.int(10, 74)} ${String.fromCharCode(65 + g.int(0, 25))}${String.fromCharCode(65 + g.int(0, 25))}${String.fromCharCode(65 + g.int(0, 25))}).`);
  d.ln(`Excess £${g.int(100, 500)} collected. Settlement to `, I(g.iban('GB')), '.');
  return d;
}

function cardPasteChat(g: G): Doc {
  const d = new Doc();
  const u = g.person(...LATIN_WORLD);
  const known = g.chance(0.5);
  if (known) d.know(u.lat);
  const net = g.network();
  d.ln('User: can you just book the ', g.pick(['Lisbon hotel', 'ferry tickets', 'concert seats', 'rental car']), ' for me? use my ', net.n.toLowerCase(), ' ', C(g.card(net)), `, exp ${p2(g.int(1, 12))}/${g.int(26, 31)}, name on card `, P(u.lat.toUpperCase()));
  if (g.chance(0.5)) {
    const net2 = g.network();
    d.ln('User: if that one declines try the ', net2.n, ' one: ', C(g.card(net2)));
  }
  if (known) d.ln('User: booking should be under ', P(u.lat), ', arriving late');
  d.ln(`Assistant: I can't complete payments on your behalf, and it's safer not to paste full card numbers into chat. Open the booking page, choose "pay at property" if available, and enter the card there. Confirmation ${g.ref()} will be sent to the email you registered.`);
  return d;
}

function hotelGuarantee(g: G): Doc {
  const d = new Doc();
  const k = g.int(0, 4);
  const net = g.network();
  const card = g.card(net);
  const exp = `${p2(g.int(1, 12))}/${g.int(26, 31)}`;
  if (k === 0) {
    const p = g.person('de', 'nl', 'pl');
    d.ln('Reservierungsbestätigung — Hotel Seeblick');
    d.ln('Gast: ', P(p.lat), `, Anreise ${g.fd('de', g.recent())}, ${g.int(1, 7)} Nächte, Zimmer ${g.int(101, 420)}`);
    d.ln(`Garantie per Kreditkarte (${net.n}): `, C(card), `, gültig bis ${exp}`);
    d.ln('Tel.: ', T(g.phone('DE')), ' · E-Mail: ', E(g.email(p)));
  } else if (k === 1) {
    const p = g.person('fr', 'ar', 'wafr');
    d.ln('Confirmation de réservation — Hôtel des Remparts');
    d.ln('Client : ', P(p.lat), `, arrivée le ${g.fd('fr', g.recent())}, chambre double`);
    d.ln(`Carte de garantie ${net.n} n° `, C(card), `, expiration ${exp}`);
    d.ln('Portable : ', T(g.phone('FR')), ' — courriel : ', E(g.email(p)));
  } else if (k === 2) {
    const p = g.person('hisp');
    d.ln('Confirmación de reserva — Hostal La Alameda');
    d.ln('Titular: ', P(p.lat), `, entrada ${g.fd('es', g.recent())}`);
    d.ln(`Tarjeta de garantía: `, C(card), ` (caduca ${exp})`);
    d.ln('Móvil: ', T(g.phone('ES')), ', correo: ', E(g.email(p)));
  } else if (k === 3) {
    const p = g.person('ja');
    d.ln('【ご予約確認】ホテル青葉');
    d.ln('ご宿泊者：', P(p.full), ` 様\u3000チェックイン：${g.fd('ja', g.recent())}`);
    d.ln('保証クレジットカード：', C(card), `（有効期限 ${exp}）`);
    d.ln('ご連絡先：', T(g.phone('JP')));
  } else {
    const p = g.person('it');
    d.ln('Conferma prenotazione — Albergo Bellavista');
    d.ln('Ospite: ', P(p.lat), `, arrivo ${g.fd('it', g.recent())}`);
    d.ln('Carta a garanzia: ', C(card), `, scadenza ${exp}`);
    d.ln('Cellulare: ', T(g.phone('IT')));
  }
  d.ln(`Booking ref ${g.ref()} · Tariffa ${g.money('€')}`);
  return d;
}

function pciLogLeak(g: G): Doc {
  const d = new Doc();
  const n = g.int(2, 3);
  d.ln(`# incident SEC-${g.digits(4)}: raw request bodies were logged by the checkout service`);
  for (let i = 0; i < n; i++) {
    const p = g.person(...LATIN_WORLD);
    d.ln(`${g.iso()} POST /v1/checkout src=`, IP(g.ip()), ` body={"email":"`, E(g.email(p)), `","pan":"`, C(g.cardDigits()), `","cvc":"***","exp":"${p2(g.int(1, 12))}${g.int(26, 31)}","name":"`, P(p.lat), '"}');
  }
  d.ln(`# action: purge logs older than ${g.fd('en', g.recent())}, rotate keys, notify acquirer (merchant ${g.nonLuhn(15)})`);
  return d;
}

function payrollCsv(g: G): Doc {
  const d = new Doc();
  d.ln(`payroll_export_${g.recent().y}Q${g.int(1, 4)}.csv (attached to ticket HR-${g.digits(5)})`);
  d.ln('emp_no|name|ssn|birth_date|state|gross_ytd|pay_date');
  for (let i = 0, n = g.int(3, 6); i < n; i++) {
    const p = g.person(...LATIN_WORLD);
    const b = g.dob();
    d.ln(
      `${g.digits(5)}|`,
      P(g.chance(0.5) ? p.lat.toUpperCase() : `${p.lf}, ${p.lg}`),
      '|',
      S(g.ssn()),
      '|',
      D(`${p2(b.m)}/${p2(b.d)}/${b.y}`),
      `|${g.pick(['OH', 'TX', 'WA', 'GA', 'NY'])}|${g.int(8, 140)}${g.digits(3)}.${p2(g.int(0, 99))}|${g.fd('en', g.recent())}`,
    );
  }
  d.ln(`# row count check: ${g.int(3, 6)} of ${g.int(6, 9)} exported; EIN ${g.digits(2)}-${g.digits(7)}`);
  return d;
}

function creditApplication(g: G): Doc {
  const d = new Doc();
  const p = g.person(...LATIN_WORLD);
  const co = g.person(...LATIN_WORLD);
  if (g.chance(0.5)) d.know(p.lat);
  d.ln(`Online application #${g.digits(8)} — ${g.pick(['Auto loan', 'Personal line of credit', 'Store credit card'])}`);
  d.ln('Applicant');
  d.ln('  Name: ', P(p.lat), '   DOB: ', D(g.fd('en', g.dob())), '   SSN: ', S(g.ssn()));
  d.ln('  Residential address (2+ yrs):');
  d.ln('  ', A(g.addrStr('US', true)));
  d.ln('  Phone: ', T(g.phone('US')), '   Email: ', E(g.email(p)));
  d.ln(`  Employer: ${g.pick(['Ford Motor Company', 'Walgreens', 'Johnson Controls', 'Lockheed Martin'])}, ${g.int(1, 20)} yrs, income $${g.int(30, 190)},000`);
  if (g.chance(0.6)) {
    d.ln('Co-applicant');
    d.ln('  Name: ', P(co.lat), '   DOB: ', D(g.fd('en', g.dob())), '   SSN: ', S(g.ssn()));
  }
  d.ln('Autopay card on file: ', C(g.card()));
  d.ln(`Submitted ${g.iso()} from `, IP(g.ip()), `. Decision due by ${g.fd('en', g.recent())}.`);
  return d;
}

function markdownRoster(g: G): Doc {
  const d = new Doc();
  d.ln(`### ${g.pick(['Regional contacts', 'On-call roster', 'Project stakeholders'])} (updated ${g.fd('en', g.recent())})`);
  d.ln('');
  d.ln('| Name | Role | Phone | Email | Office |');
  d.ln('|------|------|-------|-------|--------|');
  const offices: readonly [string, string][] = [['DE', 'Berlin'], ['GB', 'London'], ['US', 'Austin'], ['IN', 'Pune'], ['JP', 'Tokyo'], ['BR', 'São Paulo'], ['AU', 'Sydney'], ['FR', 'Lyon'], ['KE', 'Nairobi'], ['PL', 'Kraków']];
  for (let i = 0, n = g.int(3, 6); i < n; i++) {
    const p = g.person(...LATIN_WORLD);
    const [cc, city] = g.pick(offices);
    d.ln('| ', P(p.lat), ` | ${g.pick(['Account lead', 'SRE', 'Legal counsel', 'Support manager', 'Data protection officer'])} | `, T(g.phone(cc)), g.chance(0.2) ? ` x${g.int(10, 99)}` : '', ' | ', E(g.email(p, g.workDomain())), ` | ${city} |`);
  }
  d.ln('');
  d.ln(`Escalation bridge: dial-in code ${g.digits(3)} ${g.digits(3)} ${g.digits(3)}#, meeting ID ${g.digits(3)}-${g.digits(3)}-${g.digits(4)}.`);
  return d;
}

// ---- Wholly negative documents --------------------------------------------------------------------

function negReleaseNotes(g: G): Doc {
  const d = new Doc();
  d.ln(`## Release ${g.version()} (${g.fd('en', g.recent())})`);
  d.ln(`- Bumped OpenSSL to 3.${g.int(0, 3)}.${g.int(0, 15)} and Node to 20.${g.int(10, 19)}.${g.int(0, 9)}.`);
  d.ln(`- Windows installer now requires build 10.0.${g.int(19041, 22631)}.${g.int(1000, 4000)} or later.`);
  d.ln(`- Fixed a race in the scheduler (#${g.int(1000, 9999)}); p99 latency down from ${g.int(200, 900)}ms to ${g.int(40, 190)}ms.`);
  d.ln(`- SNMP OID 1.3.6.1.4.1.${g.int(1000, 60000)}.1.${g.int(1, 9)} now exposes queue depth.`);
  d.ln(`- Default port changed from ${g.pick([8080, 3000])} to ${g.pick([8443, 9443])}; see docs/upgrade.md.`);
  d.ln(`- Checksums: sha256 ${g.digits(16)}${g.digits(16)}…`);
  d.ln(`Thanks to everyone who reported issues on the forum. Binary size ${g.int(20, 90)}.${g.int(1, 9)} MB.`);
  return d;
}

function negEponyms(g: G): Doc {
  const d = new Doc();
  d.ln(g.pick(['Patient education leaflet', 'Study notes — week 4', 'FAQ']));
  d.ln(`Parkinson's disease and Alzheimer's disease are the two most common neurodegenerative disorders. Hodgkin lymphoma and Crohn's disease are unrelated but often appear in the same ${g.pick(['lecture', 'chapter', 'module'])}.`);
  d.ln(`Force is measured in newtons; temperature in kelvin; the Fahrenheit scale is still used in the US. Ohm's law: V = IR.`);
  d.ln(`The Sarbanes-Oxley Act (2002) and the Dodd-Frank Act (2010) changed US financial reporting. Section ${g.int(100, 999)} is often cited.`);
  d.ln(`Down syndrome screening is offered between weeks ${g.int(10, 14)} and ${g.int(15, 20)}. Apgar scores are taken at 1 and 5 minutes.`);
  d.ln(`Reference: ISBN ${g.isbn()}, pp. ${g.int(10, 200)}–${g.int(201, 400)}.`);
  return d;
}

function negShopping(g: G): Doc {
  const d = new Doc();
  d.ln(`Order summary ${g.order()} — ${g.fd('en', g.recent())}`);
  d.ln(`1 × Dell XPS 13 (9340)              ${g.money()}`);
  d.ln(`2 × Ben & Jerry's Chocolate Fudge Brownie  ${g.money()}`);
  d.ln(`1 × Tommy Hilfiger polo, size M      ${g.money()}`);
  d.ln(`1 × Hunter wellies, hunter green     ${g.money()}`);
  d.ln(`Gift card ${g.nonLuhn(16).replace(/(\d{4})(?=\d)/g, '$1-')} applied (PIN hidden). Loyalty no. ${g.digits(10)}.`);
  d.ln(`Tracking: ${g.tracking()}  ·  Return by ${g.fd('en', g.recent())}`);
  d.ln(`Store: Marks & Spencer, Oxford Street branch. VAT reg ${g.digits(3)} ${g.digits(4)} ${g.digits(2)}.`);
  return d;
}

function negDirections(g: G): Doc {
  const d = new Doc();
  d.ln('Getting to the venue');
  d.ln(`From King's Cross take the Victoria line two stops, exit towards Washington Square, then walk ${g.int(3, 9)} minutes past the Lincoln Memorial Library.`);
  d.ln(`The conference is in the Franklin Hall, room ${g.int(100, 450)}, level ${g.int(1, 5)}. Registration opens ${g.time()}.`);
  d.ln(`Parking: levels B1–B3, €${g.int(2, 6)}/h. Nearest stop: Rue de Rivoli (line 1). Taxi rank at gate ${g.int(1, 12)}.`);
  d.ln(`Wi-Fi: network "Venue-Guest", password on the badge. Support desk: ask at the Hilton concierge.`);
  return d;
}

function negRecipe(g: G): Doc {
  const d = new Doc();
  d.ln(`${g.pick(['Grandma-style', 'Weeknight', 'Easy'])} shepherd's pie — serves ${g.int(2, 8)}`);
  d.ln(`Cook the lamb mince in a wide pan for ${g.int(6, 12)} minutes. Add Worcestershire sauce and a sprig of rosemary.`);
  d.ln(`We hope you like it as much as we do. Young children may prefer less pepper.`);
  d.ln(`Bake at ${g.int(180, 220)} °C (${g.int(350, 430)} °F) for ${g.int(25, 45)} minutes until golden. Rest 10 min.`);
  d.ln(`Nutrition per serving: ${g.int(350, 800)} kcal, ${g.int(10, 40)} g protein. Recipe #${g.digits(5)}, updated ${g.fd('en', g.recent())}.`);
  return d;
}

function negSports(g: G): Doc {
  const d = new Doc();
  d.ln(`Results — matchday ${g.int(1, 38)} (${g.fd('en', g.recent())})`);
  d.ln(`Real Madrid ${g.int(0, 4)}–${g.int(0, 4)} Atlético · Manchester United ${g.int(0, 4)}–${g.int(0, 4)} Aston Villa · Ajax ${g.int(0, 4)}–${g.int(0, 4)} PSV`);
  d.ln(`Marathon winning time 2:0${g.int(3, 9)}:${p2(g.int(0, 59))}; attendance ${g.int(20, 80)},${g.digits(3)}.`);
  d.ln(`Table: 1. Arsenal 54 pts, 2. Liverpool 52, 3. Newcastle 47. Goal difference +${g.int(10, 40)}.`);
  d.ln(`Tickets for the ${g.fd('en', g.recent())} fixture go on sale at 09:00; ref code ${g.ref('TK')}.`);
  return d;
}

function negGermanInvoice(g: G): Doc {
  const d = new Doc();
  d.ln(`Rechnung Nr. ${g.int(2023, 2026)}-${g.digits(5)} vom ${g.fd('de', g.recent())}`);
  d.ln(`Leistungszeitraum: ${g.fd('de', g.recent())} – ${g.fd('de', g.recent())}`);
  d.ln(`Pos. 1  Wartung Heizungsanlage       ${g.int(80, 900)},${p2(g.int(0, 99))} €`);
  d.ln(`Pos. 2  Anfahrtspauschale             ${g.int(20, 60)},00 €`);
  d.ln(`Gesamtbetrag inkl. 19 % MwSt.: ${g.int(120, 1400)},${p2(g.int(0, 99))} €, zahlbar bis ${g.fd('de', g.recent())}.`);
  d.ln(`Beispiel für eine ungültige IBAN (Musterformular): ${g.badIban('DE')}`);
  d.ln(`Steuernummer ${g.digits(3)}/${g.digits(3)}/${g.digits(5)} · Amtsgericht Leipzig HRB ${g.digits(5)}`);
  return d;
}

function negFrenchTech(g: G): Doc {
  const d = new Doc();
  d.ln('Note technique — migration');
  d.ln(`La version ${g.version()} remplace ${g.version()} le ${g.fd('fr', g.recent())}. Le service écoute sur le port ${g.pick([8080, 8443])}.`);
  d.ln(`Temps de réponse médian : ${g.int(12, 90)} ms ; taux d'erreur : 0,${g.int(1, 9)} %. Lot n° ${g.digits(8)}.`);
  d.ln(`Les tests de charge ont eu lieu à la Tour Eiffel Tech Hub (salle ${g.int(1, 30)}). Référence interne ${g.ref('REF-')}.`);
  return d;
}

function negSpanishNews(g: G): Doc {
  const d = new Doc();
  d.ln(`Boletín municipal — ${g.fd('es', g.recent())}`);
  d.ln(`El Ayuntamiento de Sevilla abrirá el nuevo centro cívico en la Plaza de España el ${g.fd('es', g.recent())}.`);
  d.ln(`El presupuesto asciende a ${g.int(1, 9)},${g.int(1, 9)} millones de euros. Expediente ${g.digits(4)}/${g.int(2023, 2026)}.`);
  d.ln(`Horario: de lunes a viernes de 9:00 a 14:00. Línea de autobús ${g.int(1, 40)}. Más información en la web municipal.`);
  return d;
}

function negJapaneseNotice(g: G): Doc {
  const d = new Doc();
  d.ln('【メンテナンスのお知らせ】');
  d.ln(`${g.fd('ja', g.recent())} 2:00〜5:00 の間、システムメンテナンスを実施します。`);
  d.ln(`対象バージョン：${g.version()}\u3000影響範囲：ログイン機能`);
  d.ln(`ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。（お知らせ番号 ${g.digits(6)}）`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------

const POSITIVE: readonly Template[] = [
  supportChat, voiceTranscript, emailSignature, clinicalNote, insuranceClaim, bankTransferDe, hrOnboarding,
  shippingNotice, csvExport2, jsonRecord, yamlConfig, xmlInvoice, sqlInsert, logLines, codingSession, gitDiff,
  jiraTicket, smsThread, socialPost, meetingMinutes, schoolRecord, rentalListing, travelBooking, marketplaceMsg,
  paymentFailed, legalForm, taxEmail, paymentReceiptEn, chatTypos, germanLetter, frenchSupport, spanishWhatsapp,
  italianForm, dutchChat, brazilChat, polishTicket, czechOrder, romanianNote, greekMsg, hungarianForm, nordicMix,
  turkishMsg, vietnameseMsg, indonesianMsg, hinglishChat, japaneseMsg, chineseMsg, koreanMsg, arabicMsg,
  africaOps, pacificFilipino, cardDispute, sshSession, insuranceNoteUk, cardPasteChat, hotelGuarantee, pciLogLeak,
  payrollCsv, creditApplication, markdownRoster,
];

const NEGATIVE: readonly Template[] = [
  negReleaseNotes, negEponyms, negShopping, negDirections, negRecipe, negSports, negGermanInvoice, negFrenchTech,
  negSpanishNews, negJapaneseNotice,
];

export function generateIndependent7Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent7Entry[] {
  const seed = opts.seed ?? INDEPENDENT7_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT7_MIN_INSTANCES;
  const g = new G(new Rng(seed));
  const out: Independent7Entry[] = [];
  let count = 0;
  while (count < min) {
    const tpl = g.chance(0.09) ? g.pick(NEGATIVE) : g.pick(POSITIVE);
    const entry = tpl(g).build();
    out.push(entry);
    count += entry.labels.length;
  }
  return out;
}
