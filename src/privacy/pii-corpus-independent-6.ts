/**
 * Independent PII evaluation corpus #6.
 *
 * Written blind: the author never saw the PII detector, the earlier corpora, the privacy docs or
 * the decision records. Every name, street, city, template and format below was written fresh from
 * general real-world knowledge, so the corpus measures the detector honestly rather than echoing it.
 *
 * Seeds: {@link INDEPENDENT6_SEEDS} (96_001, 96_002, 96_003). Generation is deterministic per seed
 * and stops once at least `minInstances` labels (default {@link INDEPENDENT6_MIN_INSTANCES}) exist.
 *
 * Contents: whole documents in English and more than ten other languages (German, French, Spanish,
 * Italian, Dutch, Portuguese, Polish, Russian, Turkish, Japanese, Chinese, Korean, Arabic, Swedish)
 * — support chats, voice transcripts, e-mails, clinical and insurance notes, bank transfers, HR and
 * legal forms, court extracts, shipping notices, CRM exports (CSV/JSON/YAML/XML), coding-assistant
 * sessions (logs, stack traces, SQL, configs, diffs), tickets, SMS threads, social posts, meeting
 * minutes, school records, property listings and travel bookings. Every real PII value is labelled
 * with exact offsets and its value; many look-alikes (eponyms, brands, place names, identifiers,
 * non-birth dates, invalid card/IBAN/SSN-like numbers, version strings) are left unlabelled, and a
 * share of documents is wholly negative.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT6_SEEDS = [96_001, 96_002, 96_003] as const;
export const INDEPENDENT6_MIN_INSTANCES = 2400;

export interface Independent6Label extends PiiLabel {
  readonly value: string;
}
export interface Independent6Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent6Label[];
}

// ---------------------------------------------------------------------------------------------
// Document builder
// ---------------------------------------------------------------------------------------------

interface Lab {
  readonly type: PiiType;
  readonly v: string;
}
type Part = string | Lab;

const P = (v: string): Lab => ({ type: 'PERSON', v });
const E = (v: string): Lab => ({ type: 'EMAIL', v });
const T = (v: string): Lab => ({ type: 'PHONE', v });
const C = (v: string): Lab => ({ type: 'CARD', v });
const I = (v: string): Lab => ({ type: 'IBAN', v });
const N = (v: string): Lab => ({ type: 'NATIONAL_ID', v });
const IP = (v: string): Lab => ({ type: 'IP', v });
const A = (v: string): Lab => ({ type: 'ADDRESS', v });
const D = (v: string): Lab => ({ type: 'DOB', v });

class Doc {
  text = '';
  readonly labels: Independent6Label[] = [];
  readonly knownNames: string[] = [];
  w(...parts: Part[]): this {
    for (const part of parts) {
      if (typeof part === 'string') {
        this.text += part;
      } else {
        const start = this.text.length;
        this.text += part.v;
        this.labels.push({ type: part.type, start, end: this.text.length, value: part.v });
      }
    }
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

type Culture =
  | 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'ru' | 'zh' | 'ja' | 'ko' | 'ar'
  | 'in' | 'tr' | 'vi' | 'af' | 'he' | 'el' | 'sv';

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  /** Latin-script rendering, used for e-mail local parts. */
  readonly latin: string;
  readonly culture: Culture;
  readonly cjk: boolean;
}

interface Pool {
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly familyFirst?: boolean;
  readonly noSpace?: boolean;
  readonly romanGiven?: readonly string[];
  readonly romanFamily?: readonly string[];
}

const POOLS: Record<Culture, Pool> = {
  en: {
    given: ['Margaret', 'Thomas', 'Siobhan', 'Declan', 'Harriet', 'Callum', 'Brianna', 'Tyrone', 'Keisha', 'Wyatt', 'Madison', 'Ezekiel', 'Imogen', 'Rhys', 'Gwendolyn', 'Fergus', 'Eleanor', 'Dwayne', 'Shanice', 'Cody', 'Bethany', 'Graham', 'Lorraine', 'Travis'],
    family: ['Whitaker', "O'Donnell", 'McAllister', 'Fairbanks', 'Holloway', 'Pemberton', 'Ashworth', 'Brennan', 'Gallagher', 'Fitzgerald', 'Hargreaves', 'Blackwood', 'Thornton', 'Ellison', 'Crawford', 'Marsh', 'Doyle', 'Pryce-Jones', 'Fenwick-Clarke', 'MacLeod', 'Okafor-Reid', 'Sutherland'],
  },
  de: {
    given: ['Jürgen', 'Annika', 'Lukas', 'Henrike', 'Matthias', 'Friederike', 'Torben', 'Svenja', 'Wolfgang', 'Leonie', 'Gerd', 'Ute', 'Hans-Peter', 'Anne-Kathrin'],
    family: ['Schäfer', 'Köhler', 'von Hohenberg', 'Bergmann', 'Wüstenfeld', 'Großmann', 'Zimmermann', 'Lehmann-Brandt', 'Krüger', 'Vogt', 'Oberhuber', 'Pfeiffer'],
  },
  fr: {
    given: ['Étienne', 'Margaux', 'Benoît', 'Clémence', 'Loïc', 'Solène', 'Thibault', 'Anaïs', 'Jean-Baptiste', 'Marie-Claude', 'Gaëlle', 'Hervé'],
    family: ['Lefèvre', 'Dubois', 'de Villiers', 'Girard', 'Rousseau', 'Mercier', 'Chevalier', 'Fournier', 'Lemaire', 'Boulanger', "N'Diaye", 'Le Goff'],
  },
  es: {
    given: ['Alejandro', 'Lucía', 'Íñigo', 'Ximena', 'Joaquín', 'Mercedes', 'Rodrigo', 'Itziar', 'José Luis', 'María del Carmen', 'Guadalupe', 'Nicolás'],
    family: ['Fernández López', 'de la Cruz', 'Ortiz', 'Iglesias Vidal', 'Domínguez', 'Echeverría', 'Salazar', 'Montoya', 'Gutiérrez', 'Ruiz-Tagle', 'Peña', 'Castillo'],
  },
  it: {
    given: ['Giuseppe', 'Chiara', 'Lorenzo', 'Francesca', 'Matteo', 'Giulia', 'Alessandro', 'Beatrice', 'Gianluca', 'Ornella'],
    family: ['Esposito', 'Russo', 'Bianchi', 'De Luca', 'Ferraro', 'Lombardi', 'Colombo', 'Di Stefano', "D'Angelo", 'Mancini'],
  },
  nl: {
    given: ['Sanne', 'Joris', 'Femke', 'Bram', 'Maartje', 'Thijs', 'Ineke', 'Pieter', 'Wouter', 'Anouk'],
    family: ['van der Berg', 'de Vries', 'Bakker', 'van Dijk', 'Jansen', 'Visser', 'van den Heuvel', 'Smit', 'Hoekstra', "van 't Hof"],
  },
  pt: {
    given: ['João', 'Ana Beatriz', 'Thiago', 'Luana', 'Gonçalo', 'Inês', 'Rafael', 'Fernanda', 'Caetano', 'Rosângela'],
    family: ['Silva', 'Souza', 'Oliveira', 'Carvalho', 'dos Santos', 'Pereira', 'Almeida', 'Conceição', 'Magalhães', 'Nogueira'],
  },
  pl: {
    given: ['Krzysztof', 'Agnieszka', 'Małgorzata', 'Wojciech', 'Zofia', 'Grzegorz', 'Katarzyna', 'Paweł', 'Jadwiga', 'Bartłomiej'],
    family: ['Wiśniewski', 'Kowalczyk', 'Nowak', 'Zieliński', 'Wójcik', 'Dąbrowska', 'Lewandowski', 'Szymańska', 'Grabowski', 'Pawlak'],
  },
  ru: {
    given: ['Анна', 'Дмитрий', 'Екатерина', 'Сергей', 'Ольга', 'Алексей', 'Наталья', 'Игорь'],
    family: ['Соколова', 'Кузнецов', 'Морозова', 'Волков', 'Лебедева', 'Новиков', 'Павлова', 'Смирнов'],
    romanGiven: ['Anna', 'Dmitry', 'Ekaterina', 'Sergey', 'Olga', 'Alexey', 'Natalya', 'Igor'],
    romanFamily: ['Sokolova', 'Kuznetsov', 'Morozova', 'Volkov', 'Lebedeva', 'Novikov', 'Pavlova', 'Smirnov'],
  },
  zh: {
    given: ['伟', '秀英', '思远', '雨桐', '建国', '晓明', '子涵', '欣怡'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'],
    familyFirst: true,
    noSpace: true,
    romanGiven: ['Wei', 'Xiuying', 'Siyuan', 'Yutong', 'Jianguo', 'Xiaoming', 'Zihan', 'Xinyi'],
    romanFamily: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'],
  },
  ja: {
    given: ['健太', '陽子', '翔太', '美咲', '大輔', '由美', '拓海', 'さくら'],
    family: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村'],
    familyFirst: true,
    romanGiven: ['Kenta', 'Yoko', 'Shota', 'Misaki', 'Daisuke', 'Yumi', 'Takumi', 'Sakura'],
    romanFamily: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
  },
  ko: {
    given: ['민준', '서연', '지훈', '하은', '도윤', '수빈'],
    family: ['김', '이', '박', '최', '정', '한'],
    familyFirst: true,
    noSpace: true,
    romanGiven: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yoon', 'Su-bin'],
    romanFamily: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Han'],
  },
  ar: {
    given: ['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'نور'],
    family: ['العتيبي', 'الحسيني', 'منصور', 'الشامي', 'حداد', 'الزعبي'],
    romanGiven: ['Mohammed', 'Fatima', 'Ahmed', 'Layla', 'Youssef', 'Nour'],
    romanFamily: ['Al-Otaibi', 'El-Husseini', 'Mansour', 'Al-Shami', 'Haddad', 'Al-Zoubi'],
  },
  in: {
    given: ['Priya', 'Arjun', 'Ananya', 'Venkatesh', 'Lakshmi', 'Rohan', 'Deepika', 'Sanjay', 'Harpreet', 'Meenakshi'],
    family: ['Raghunathan', 'Iyer', 'Chatterjee', 'Patel', 'Reddy', 'Krishnamurthy', 'Banerjee', 'Gill', 'Deshpande', 'Nair'],
  },
  tr: {
    given: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen'],
    family: ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Kaya', 'Doğan'],
  },
  vi: {
    given: ['Hoa', 'Minh', 'Trang', 'Bảo', 'Lan', 'Dũng'],
    family: ['Nguyễn Thị', 'Trần Văn', 'Lê Thu', 'Phạm Quốc', 'Đỗ Ngọc', 'Vũ Đức'],
    familyFirst: true,
  },
  af: {
    given: ['Chiamaka', 'Oluwaseun', 'Ngozi', 'Babajide', 'Amara', 'Wanjiru', 'Kofi', 'Abena', 'Tendai', 'Thandiwe'],
    family: ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Mensah', 'Kamau', 'Otieno', 'Nwosu', 'Moyo', 'Dlamini'],
  },
  he: {
    given: ['נועה', 'איתי', 'יעל', 'אבי'],
    family: ['כהן', 'לוי', 'מזרחי', 'פרידמן'],
    romanGiven: ['Noa', 'Itai', 'Yael', 'Avi'],
    romanFamily: ['Cohen', 'Levi', 'Mizrahi', 'Friedman'],
  },
  el: {
    given: ['Dimitris', 'Eleni', 'Giorgos', 'Katerina', 'Nikos', 'Sofia'],
    family: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Oikonomou', 'Vlachou', 'Karagiannis'],
  },
  sv: {
    given: ['Åsa', 'Björn', 'Ingrid', 'Lars', 'Sigrid', 'Magnus', 'Linnéa', 'Per-Olof'],
    family: ['Lindqvist', 'Håkansson', 'Bjørnstad', 'Sørensen', 'Nyström', 'Ekström', 'Lindgren', 'Aaltonen'],
  },
};

const LATIN_CULTURES: readonly Culture[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'in', 'tr', 'af', 'el', 'sv', 'vi'];
const ALL_CULTURES = Object.keys(POOLS) as Culture[];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();
}

class Ctx {
  constructor(readonly rng: Rng) {}
  pick<T>(xs: readonly T[]): T {
    return this.rng.pick(xs);
  }
  chance(p: number): boolean {
    return this.rng.chance(p);
  }
  int(lo: number, hi: number): number {
    return this.rng.int(lo, hi);
  }
  d(n: number): string {
    return this.rng.digits(n);
  }
  /** n digits, the first non-zero. */
  nz(n: number): string {
    return String(this.int(1, 9)) + this.rng.digits(n - 1);
  }

  person(culture?: Culture, native = true): Person {
    const c = culture ?? this.pick(ALL_CULTURES);
    const pool = POOLS[c];
    const gi = this.int(0, pool.given.length - 1);
    let fi = this.int(0, pool.family.length - 1);
    if (c === 'ru') fi = fi - (fi % 2) + (gi % 2);
    const useRoman = !native && pool.romanGiven !== undefined;
    const given = useRoman ? pool.romanGiven![gi]! : pool.given[gi]!;
    const family = useRoman ? pool.romanFamily![fi]! : pool.family[fi]!;
    const cjkScript = !useRoman && (c === 'zh' || c === 'ja' || c === 'ko');
    let full: string;
    if (pool.familyFirst && !useRoman) full = pool.noSpace ? family + given : `${family} ${given}`;
    else if (pool.familyFirst && this.chance(0.4)) full = `${family} ${given}`;
    else full = `${given} ${family}`;
    const rg = pool.romanGiven?.[gi] ?? given;
    const rf = pool.romanFamily?.[fi] ?? family;
    return { given, family, full, latin: `${rg} ${rf}`, culture: c, cjk: cjkScript };
  }
  latinPerson(): Person {
    return this.chance(0.2) ? this.person(this.pick(['ru', 'zh', 'ja', 'ko', 'ar', 'he'] as const), false) : this.person(this.pick(LATIN_CULTURES));
  }

  /** A mention of a person in one of many shapes; returns the labelled span text and any prefix. */
  mention(p: Person, casual = false): Part[] {
    if (p.cjk) {
      const r = this.int(0, 3);
      if (r === 0) return [P(p.family), p.culture === 'ja' ? 'さん' : p.culture === 'ko' ? ' 씨' : '先生'];
      return [P(p.full)];
    }
    const r = this.int(0, casual ? 5 : 9);
    const initial = p.given.charAt(0);
    switch (r) {
      case 0:
      case 1:
        return [P(casual && this.chance(0.6) ? p.given.toLowerCase() : p.given)];
      case 2:
        return [P(casual ? p.full.toLowerCase() : p.full)];
      case 3:
      case 4:
        return [P(p.full)];
      case 5:
        return [P(p.given)];
      case 6:
        return [this.pick(['Mr. ', 'Ms. ', 'Dr. ', 'Mrs. ', 'Prof. ']), P(p.family)];
      case 7:
        return [P(`${initial}. ${p.family}`)];
      case 8:
        return [P(`${p.family.toUpperCase()}, ${p.given}`)];
      default:
        return [P(`${p.given} ${String.fromCharCode(65 + this.int(0, 25))}. ${p.family}`)];
    }
  }

  email(p?: Person): string {
    const person = p ?? this.latinPerson();
    const parts = person.latin.split(' ');
    const g = ascii(parts[0] ?? 'x') || 'user';
    const f = ascii(parts.slice(1).join('')) || 'mail';
    const domain = this.pick([
      'gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'uol.com.br', 'mail.ru',
      'naver.com', 'protonmail.ch', 'icloud.com', 'hotmail.es', 'ziggo.nl', 'wp.pl', 'yandex.ru', 'fastmail.fm',
      'kestrel-logistics.co.uk', 'stadtwerke-ulm.de', 'hospital-sanmartin.es', 'cs.uni-freiburg.de', 'alumni.ucl.ac.uk',
      'blauwe-haven.nl', 'mairie-nantes.fr', 'outlook.com.tr', 'yahoo.co.jp', 'qq.com', 'rediffmail.com',
    ]);
    if (domain === 'qq.com' && this.chance(0.6)) return `${this.nz(this.int(8, 10))}@qq.com`;
    switch (this.int(0, 7)) {
      case 0: return `${g}.${f}@${domain}`;
      case 1: return `${g.charAt(0)}${f}@${domain}`;
      case 2: return `${g}_${f}${this.int(70, 99)}@${domain}`;
      case 3: return `${g}.${f}+${this.pick(['shop', 'news', 'bank', 'work'])}@${domain}`;
      case 4: return `${f}.${g}@${domain}`;
      case 5: return `${g}${this.d(4)}@${domain}`;
      case 6: return `${g.charAt(0)}.${f}@${domain}`;
      default: return `${f}${g.charAt(0)}@${domain}`;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Phones
  // -------------------------------------------------------------------------------------------
  phone(country?: string): string {
    const c = country ?? this.pick(['us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'br', 'in', 'jp', 'cn', 'kr', 'ru', 'au', 'tr', 'pl', 'ae', 'ng', 'se', 'mx', 'ca', 'ch']);
    const d = (n: number): string => this.d(n);
    const ext = (): string => (this.chance(0.12) ? this.pick([` ext. ${d(3)}`, ` x${d(4)}`, ` ext ${d(2)}`, ` (ext. ${d(3)})`]) : '');
    switch (c) {
      case 'us':
      case 'ca': {
        const area = this.pick(c === 'us' ? ['212', '415', '312', '617', '206', '512', '303', '404', '702', '919', '646', '971'] : ['416', '604', '514', '403', '613', '902']);
        const ex = String(this.int(2, 9)) + d(2);
        const ln = d(4);
        return this.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`, `+1 ${area} ${ex} ${ln}`, `${area}.${ex}.${ln}`, `+1 (${area}) ${ex}-${ln}`, `1-${area}-${ex}-${ln}`]) + ext();
      }
      case 'uk':
        return this.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 ${this.pick(['7', '8', '3'])}${d(3)} ${d(4)}`, `+44 (0)161 ${d(3)} ${d(4)}`, `0131 ${d(3)} ${d(4)}`]) + ext();
      case 'de':
        return this.pick([`+49 30 ${d(8)}`, `0151 ${d(8)}`, `+49 (0)89 ${d(4)} ${d(3)}`, `0221/${d(6)}`, `+49 172 ${d(7)}`, `040 - ${d(3)} ${d(2)} ${d(2)}`]);
      case 'fr':
        return this.pick([`06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `01.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
      case 'es':
        return this.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'it':
        return this.pick([`+39 3${d(2)} ${d(7)}`, `02 ${d(8)}`, `347 ${d(3)} ${d(4)}`, `+39 06 ${d(4)} ${d(4)}`]);
      case 'nl':
        return this.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020 ${d(3)} ${d(4)}`, `+31 (0)10 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'br':
        return this.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 9 ${d(4)}-${d(4)}`, `(11) ${this.int(2, 5)}${d(3)}-${d(4)}`]);
      case 'in':
        return this.pick([`+91 9${d(4)} ${d(5)}`, `98${d(3)} ${d(5)}`, `+91-80-${d(4)}-${d(4)}`, `0${this.int(7, 9)}${d(9)}`]);
      case 'jp':
        return this.pick([`03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`]);
      case 'cn':
        return this.pick([`+86 13${d(1)} ${d(4)} ${d(4)}`, `138${d(8)}`, `(010) ${d(4)} ${d(4)}`, `+86 186-${d(4)}-${d(4)}`]);
      case 'kr':
        return this.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
      case 'ru':
        return this.pick([`+7 (9${d(2)}) ${d(3)}-${d(2)}-${d(2)}`, `8 495 ${d(3)}-${d(2)}-${d(2)}`, `+7 812 ${d(3)} ${d(2)} ${d(2)}`, `8-9${d(2)}-${d(3)}-${d(2)}-${d(2)}`]);
      case 'au':
        return this.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`]);
      case 'tr':
        return this.pick([`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`, `0212 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'pl':
        return this.pick([`+48 ${this.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${this.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`, `(22) ${d(3)} ${d(2)} ${d(2)}`]);
      case 'ae':
        return this.pick([`+971 50 ${d(3)} ${d(4)}`, `050 ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`]);
      case 'ng':
        return this.pick([`+234 803 ${d(3)} ${d(4)}`, `0803 ${d(3)} ${d(4)}`, `+234 (0)81 ${d(4)} ${d(4)}`]);
      case 'se':
        return this.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 8 ${d(3)} ${d(3)} ${d(2)}`, `+46 (0)73 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'mx':
        return this.pick([`+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)}-${d(4)}`, `+52 1 81 ${d(4)} ${d(4)}`]);
      case 'ie':
        return this.pick([`+353 87 ${d(3)} ${d(4)}`, `(01) ${d(3)} ${d(4)}`, `086 ${d(3)} ${d(4)}`]);
      case 'at':
        return this.pick([`+43 1 ${d(7)}`, `0664 ${d(7)}`, `+43 (0)316 ${d(6)}`]);
      default:
        return this.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`, `+41 (0)21 ${d(3)} ${d(2)} ${d(2)}`]);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Cards, IBANs, SSNs, IPs
  // -------------------------------------------------------------------------------------------
  cardDigits(): string {
    const kind = this.int(0, 9);
    let prefix: string;
    let len: number;
    if (kind <= 3) { prefix = '4' + this.d(5); len = this.chance(0.1) ? 19 : 16; }
    else if (kind <= 5) { prefix = this.chance(0.7) ? String(this.int(51, 55)) + this.d(4) : String(this.int(2221, 2720)) + this.d(2); len = 16; }
    else if (kind === 6) { prefix = this.pick(['34', '37']) + this.d(4); len = 15; }
    else if (kind === 7) { prefix = this.pick(['6011', '65' + this.d(2), '644' + this.d(1)]) + this.d(2); len = 16; }
    else if (kind === 8) { prefix = String(this.int(3528, 3589)) + this.d(2); len = 16; }
    else { prefix = this.pick(['36', '38', '62']) + this.d(4); len = prefix.startsWith('62') ? 16 : 14; }
    const body = prefix + this.d(len - 1 - prefix.length);
    return body + luhnCheck(body);
  }
  formatCard(n: string): string {
    if (n.length === 15) return this.pick([`${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`, n, `${n.slice(0, 4)}-${n.slice(4, 10)}-${n.slice(10)}`]);
    if (n.length === 14) return this.pick([`${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`, n]);
    const g = n.match(/.{1,4}/g)!;
    return this.pick([g.join(' '), g.join('-'), n, g.join(' ')]);
  }
  card(): string {
    return this.formatCard(this.cardDigits());
  }
  badCard(): string {
    const n = this.cardDigits();
    const last = Number(n.slice(-1));
    return this.formatCard(n.slice(0, -1) + String((last + this.int(1, 9)) % 10));
  }

  ibanCompact(country?: string): string {
    const cc = country ?? this.pick(Object.keys(IBAN_SPECS));
    const spec = IBAN_SPECS[cc]!;
    let bban = '';
    for (const m of spec.matchAll(/(\d+)([nac])/g)) {
      const n = Number(m[1]);
      for (let i = 0; i < n; i++) {
        const k = m[2] === 'c' && this.chance(0.3) ? 'a' : m[2];
        bban += k === 'a' ? String.fromCharCode(65 + this.int(0, 25)) : String(this.int(0, 9));
      }
    }
    const check = 98 - mod97(bban + cc + '00');
    return cc + String(check).padStart(2, '0') + bban;
  }
  formatIban(s: string): string {
    return this.chance(0.6) ? s.match(/.{1,4}/g)!.join(' ') : s;
  }
  iban(country?: string): string {
    return this.formatIban(this.ibanCompact(country));
  }
  badIban(country?: string): string {
    const s = this.ibanCompact(country);
    const cur = Number(s.slice(2, 4));
    const alt = ((cur - 2 + this.int(1, 90)) % 97) + 2;
    const fixed = String(alt).padStart(2, '0');
    return this.formatIban(s.slice(0, 2) + fixed + s.slice(4));
  }

  ssn(style?: number): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = String(this.int(1, 99)).padStart(2, '0');
    const s = String(this.int(1, 9999)).padStart(4, '0');
    const st = style ?? this.int(0, 5);
    if (st <= 3) return `${a}-${g}-${s}`;
    if (st === 4) return `${a} ${g} ${s}`;
    return `${a}${g}${s}`;
  }
  badSsn(): string {
    const r = this.int(0, 3);
    const a = r === 0 ? '000' : r === 1 ? '666' : r === 2 ? String(this.int(900, 999)) : String(this.int(100, 665));
    const g = r === 3 ? '00' : String(this.int(10, 99));
    return `${a}-${g}-${this.d(4).replace(/^0000$/, '0001')}`;
  }

  ipv4(): string {
    const r = this.int(0, 5);
    if (r === 0) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (r === 1) return `192.168.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (r === 2) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    const first = this.pick([23, 31, 46, 62, 81, 89, 93, 104, 141, 151, 178, 185, 195, 203, 212, 5, 77, 109, 188, 213]);
    return `${first}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const hex = (): string => this.int(0, 0xffff).toString(16);
    const r = this.int(0, 4);
    const pre = this.pick(['2001:db8', '2a02:8109', '2607:f8b0', '2a00:1450', '2a01:4f8', '2400:cb00', '2804:14c']);
    if (r === 0) return `${pre}:${hex()}:${hex()}::${hex()}`;
    if (r === 1) return `fe80::${hex()}:${hex()}:${hex()}:${hex()}`;
    if (r === 2) return `${pre}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
    if (r === 3) return `::ffff:${this.ipv4()}`;
    return `${pre}::${hex()}`;
  }
  ip(): string {
    return this.chance(0.3) ? this.ipv6() : this.ipv4();
  }

  // -------------------------------------------------------------------------------------------
  // Dates
  // -------------------------------------------------------------------------------------------
  birth(): [number, number, number] {
    const y = this.int(1938, 2009);
    const m = this.int(1, 12);
    const d = this.int(1, m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31);
    return [y, m, d];
  }
  dob(lang: string = 'en'): string {
    const [y, m, d] = this.birth();
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const months = MONTHS[lang];
    const r = this.int(0, 3);
    switch (lang) {
      case 'en':
        return this.pick([`${p2(m)}/${p2(d)}/${y}`, `${d} ${months![m - 1]} ${y}`, `${months![m - 1]} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`, `${d}-${months![m - 1]!.slice(0, 3)}-${y}`, `${m}/${d}/${String(y).slice(2)}`, `${d}${ordinal(d)} of ${months![m - 1]} ${y}`]);
      case 'de':
        return r === 0 ? `${d}. ${months![m - 1]} ${y}` : `${p2(d)}.${p2(m)}.${y}`;
      case 'ja':
        return r === 0 ? `${y}/${p2(m)}/${p2(d)}` : r === 1 ? `${JA_ERA(y)}${m}月${d}日` : `${y}年${m}月${d}日`;
      case 'zh':
        return r === 0 ? `${y}-${p2(m)}-${p2(d)}` : `${y}年${m}月${d}日`;
      case 'ko':
        return r === 0 ? `${y}.${p2(m)}.${p2(d)}.` : `${y}년 ${m}월 ${d}일`;
      case 'ru':
        return r === 0 ? `${p2(d)}.${p2(m)}.${y}` : `${d} ${months![m - 1]} ${y} г.`;
      case 'es':
        return r === 0 ? `${p2(d)}/${p2(m)}/${y}` : `${d} de ${months![m - 1]} de ${y}`;
      case 'pt':
        return r === 0 ? `${p2(d)}/${p2(m)}/${y}` : `${d} de ${months![m - 1]} de ${y}`;
      case 'ar':
        return r === 0 ? `${p2(d)}/${p2(m)}/${y}` : `${d} ${months![m - 1]} ${y}`;
      case 'sv':
        return r <= 1 ? `${y}-${p2(m)}-${p2(d)}` : `${d} ${months![m - 1]} ${y}`;
      default:
        return r <= 1 ? `${p2(d)}${lang === 'nl' ? '-' : lang === 'pl' || lang === 'tr' ? '.' : '/'}${p2(m)}${lang === 'nl' ? '-' : lang === 'pl' || lang === 'tr' ? '.' : '/'}${y}` : `${d} ${months![m - 1]} ${y}`;
    }
  }
  /** A non-birth date (appointments, invoices, deadlines). */
  otherDate(): string {
    const y = this.int(2019, 2026);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const p2 = (n: number): string => String(n).padStart(2, '0');
    return this.pick([`${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`, `${MONTHS.en![m - 1]} ${d}, ${y}`, `${p2(d)}.${p2(m)}.${y}`]);
  }
  timestamp(): string {
    const p2 = (n: number): string => String(n).padStart(2, '0');
    return `${this.int(2023, 2026)}-${p2(this.int(1, 12))}-${p2(this.int(1, 28))}T${p2(this.int(0, 23))}:${p2(this.int(0, 59))}:${p2(this.int(0, 59))}.${this.d(3)}Z`;
  }
  uuid(): string {
    const h = (n: number): string => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
  }
  hex(n: number): string {
    return Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
  }

  // -------------------------------------------------------------------------------------------
  // Addresses
  // -------------------------------------------------------------------------------------------
  address(country?: string, multiline = false): string {
    const c = country ?? this.pick(['us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'br', 'pt', 'pl', 'jp', 'cn', 'kr', 'ru', 'tr', 'in', 'au', 'ca', 'at', 'ch', 'se', 'ae', 'mx', 'ie']);
    const sep = multiline ? '\n' : ', ';
    const d = (n: number): string => this.d(n);
    switch (c) {
      case 'us': {
        const [city, st, zp] = this.pick(US_CITIES);
        const zip = zp + d(2) + (this.chance(0.2) ? `-${d(4)}` : '');
        if (this.chance(0.15)) return `${this.pick(['PO Box', 'P.O. Box', 'POB'])} ${this.int(10, 9999)}${sep}${city}, ${st} ${zip}`;
        const unit = this.chance(0.3) ? this.pick([`, Apt ${this.int(1, 40)}${this.pick(['', 'B', 'C'])}`, `, Suite ${this.int(100, 950)}`, ` #${this.int(2, 600)}`, `, Unit ${this.int(1, 30)}`]) : '';
        return `${this.int(10, 9899)} ${this.pick(['', 'N ', 'W ', 'SE '])}${this.pick(US_STREETS)} ${this.pick(['St', 'Ave', 'Blvd', 'Rd', 'Ln', 'Dr', 'Ct', 'Way', 'Pkwy', 'Street', 'Avenue'])}${unit}${sep}${city}, ${st} ${zip}`;
      }
      case 'uk': {
        const [town, out] = this.pick(UK_TOWNS);
        const pc = `${out} ${this.int(1, 9)}${this.pick(UK_PC_LETTERS)}${this.pick(UK_PC_LETTERS)}`;
        const flat = this.chance(0.3) ? `Flat ${this.int(1, 24)}${this.pick(['', 'A'])}, ` : '';
        const house = this.chance(0.15) ? `${this.pick(['Rose Cottage', 'The Old Forge', 'Hillview House'])}${sep}` : '';
        return `${house}${flat}${this.int(1, 240)} ${this.pick(UK_STREETS)}${sep}${town}${sep}${pc}`;
      }
      case 'de': {
        const [city, plz] = this.pick(DE_CITIES);
        return `${this.pick(DE_STREETS)} ${this.int(1, 180)}${this.pick(['', '', 'a', 'b'])}${sep}${plz}${d(3)} ${city}`;
      }
      case 'at':
        return `${this.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Getreidegasse'])} ${this.int(1, 120)}/${this.int(1, 6)}/${this.int(1, 20)}${sep}${this.pick(['1070 Wien', '1030 Wien', '8010 Graz', '5020 Salzburg'])}`;
      case 'ch':
        return `${this.pick(['Bahnhofstrasse', 'Rue de Lausanne', 'Seefeldstrasse', 'Via Nassa'])} ${this.int(1, 90)}${sep}${this.pick(['8001 Zürich', '1201 Genève', '8008 Zürich', '6900 Lugano', '3011 Bern'])}`;
      case 'fr': {
        const [city, cp] = this.pick(FR_CITIES);
        const bat = this.chance(0.2) ? `Bât. ${this.pick(['A', 'B', 'C'])}, appt ${this.int(1, 60)}${sep}` : '';
        return `${bat}${this.int(1, 140)}${this.pick(['', '', ' bis', ' ter'])} ${this.pick(FR_STREETS)}${sep}${cp}${d(2)} ${city}${this.chance(0.05) ? ' CEDEX' : ''}`;
      }
      case 'es': {
        const [city, cp] = this.pick(ES_CITIES);
        return `${this.pick(ES_STREETS)}, ${this.int(1, 200)}, ${this.int(1, 9)}º ${this.pick(['A', 'B', 'izda.', 'dcha.'])}${sep}${cp}${d(3)} ${city}`;
      }
      case 'mx':
        return `${this.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Hidalgo'])} ${this.int(10, 3000)}${this.chance(0.4) ? ` Int. ${this.int(1, 40)}` : ''}${sep}Col. ${this.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Centro'])}${sep}${this.pick(['06700 Ciudad de México, CDMX', '44100 Guadalajara, Jal.', '64000 Monterrey, N.L.'])}`;
      case 'it': {
        const [city, cap, prov] = this.pick(IT_CITIES);
        return `${this.pick(IT_STREETS)} ${this.int(1, 180)}${this.pick(['', '', '/A', ' int. 5'])}${sep}${cap}${d(2)} ${city} (${prov})`;
      }
      case 'nl': {
        const [city, pc] = this.pick(NL_CITIES);
        return `${this.pick(NL_STREETS)} ${this.int(1, 400)}${this.pick(['', '', '-II', 'A', ' bis'])}${sep}${pc}${d(2)} ${this.pick(UK_PC_LETTERS)}${this.pick(UK_PC_LETTERS)} ${city}`;
      }
      case 'br': {
        const [city, uf] = this.pick(BR_CITIES);
        return `${this.pick(BR_STREETS)}, ${this.int(10, 3999)}${this.chance(0.5) ? `, apto ${this.int(11, 1802)}` : ''} – ${this.pick(['Consolação', 'Pinheiros', 'Botafogo', 'Savassi', 'Boa Viagem', 'Moinhos de Vento'])}${sep}${city} – ${uf}${sep}CEP ${d(5)}-${d(3)}`;
      }
      case 'pt':
        return `${this.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, ${this.int(1, 300)}, ${this.int(1, 8)}.º ${this.pick(['Esq.', 'Dto.', 'Frt.'])}${sep}${this.pick(['1250', '1100', '4000', '3000'])}-${d(3)} ${this.pick(['Lisboa', 'Lisboa', 'Porto', 'Coimbra'])}`;
      case 'pl':
        return `${this.pick(['ul.', 'al.', 'ul.'])} ${this.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Jerozolimskie', 'Floriańska', 'Świętojańska'])} ${this.int(1, 220)}${this.chance(0.6) ? `/${this.int(1, 90)}` : ''}${sep}${this.pick(['00', '30', '80', '90', '50'])}-${d(3)} ${this.pick(['Warszawa', 'Kraków', 'Gdańsk', 'Łódź', 'Wrocław'])}`;
      case 'jp': {
        const [pref, ward] = this.pick(JP_PLACES);
        return `〒${d(3)}-${d(4)}${multiline ? '\n' : ' '}${pref}${ward}${this.int(1, 5)}-${this.int(1, 30)}-${this.int(1, 20)}${this.chance(0.5) ? ` ${this.pick(['メゾン北沢', 'グランドハイツ', 'パークサイド青葉'])}${this.int(1, 9)}0${this.int(1, 9)}号室` : ''}`;
      }
      case 'cn':
        return `${this.pick(['上海市浦东新区张杨路', '北京市朝阳区建国路', '广州市天河区体育西路', '成都市武侯区人民南路', '杭州市西湖区文三路'])}${this.int(1, 999)}号${this.chance(0.6) ? `${this.int(1, 30)}栋${this.int(1, 32)}0${this.int(1, 8)}室` : ''}${this.chance(0.4) ? `，邮编 ${this.nz(6)}` : ''}`;
      case 'kr':
        return `${this.pick(['서울특별시 마포구 월드컵북로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '대구광역시 중구 동성로'])} ${this.int(1, 600)}${this.chance(0.5) ? `, ${this.int(101, 115)}동 ${this.int(1, 25)}0${this.int(1, 6)}호` : ''} (${d(5)})`;
      case 'ru':
        return this.pick([
          `г. ${this.pick(['Москва', 'Казань', 'Новосибирск', 'Екатеринбург'])}, ул. ${this.pick(['Тверская', 'Ленина', 'Баумана', 'Красный проспект'])}, д. ${this.int(1, 150)}, кв. ${this.int(1, 300)}`,
          `${this.nz(6)}, г. ${this.pick(['Санкт-Петербург', 'Самара', 'Пермь'])}, ${this.pick(['Невский пр.', 'ул. Садовая', 'ул. Куйбышева'])}, д. ${this.int(1, 150)}, кв. ${this.int(1, 300)}`,
        ]);
      case 'tr':
        return `${this.pick(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Bulvarı', 'Kordon Boyu Sk.'])} No: ${this.int(1, 400)}${this.chance(0.6) ? ` D: ${this.int(1, 30)}` : ''}${sep}${d(5)} ${this.pick(['Kadıköy/İstanbul', 'Beyoğlu/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`;
      case 'in':
        return `${this.pick(['Flat', 'House No.', 'Plot'])} ${this.int(1, 904)}, ${this.pick(['Sai Residency', 'Green Meadows Apts', 'Shanti Kunj', 'Lotus Towers'])}${sep}${this.int(1, 18)}th ${this.pick(['Cross', 'Main'])}, ${this.pick(['Indiranagar', 'Koramangala', 'Andheri West', 'Salt Lake Sector V', 'Banjara Hills'])}${sep}${this.pick(['Bengaluru 5600', 'Mumbai 4000', 'Kolkata 7000', 'Hyderabad 5000'])}${d(2)}`;
      case 'au':
        return `${this.chance(0.4) ? `Unit ${this.int(1, 30)}/` : ''}${this.int(1, 300)} ${this.pick(['Brunswick St', 'Chapel Street', 'Oxford St', 'Hay St', 'Gympie Rd'])}${sep}${this.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'Perth WA 6000', 'Kedron QLD 4031', 'Glenelg SA 5045'])}`;
      case 'ca':
        return this.chance(0.25)
          ? `PO Box ${this.int(100, 9999)}, Station ${this.pick(['A', 'B', 'Main'])}${sep}${this.pick(['Toronto ON M5W', 'Halifax NS B3J', 'Winnipeg MB R3C'])} ${this.int(1, 9)}${this.pick(['H', 'K', 'A'])}${this.int(1, 9)}`
          : `${this.chance(0.4) ? `${this.int(101, 2800)}-` : ''}${this.int(10, 9000)} ${this.pick(['Yorkville Ave', 'rue Saint-Denis', 'Robson St', 'Jasper Ave', 'Queen St W'])}${sep}${this.pick(['Toronto, ON M5R', 'Montréal (Québec) H2X', 'Vancouver, BC V6E', 'Edmonton, AB T5J'])} ${this.int(1, 9)}${this.pick(['C', 'E', 'J', 'W'])}${this.int(1, 9)}`;
      case 'ie':
        return `${this.int(1, 120)} ${this.pick(['Main Street', 'Church Road', 'Bóthar na Trá', 'Castle Street'])}${sep}${this.pick(['Ballincollig, Co. Cork, P31', 'Salthill, Galway, H91', 'Rathmines, Dublin 6, D06', 'Dundalk, Co. Louth, A91'])} ${this.pick(['X', 'K', 'E', 'W'])}${this.int(1, 9)}${this.pick(['P', 'T', 'C', 'F'])}${this.int(1, 9)}`;
      case 'se':
        return `${this.pick(['Storgatan', 'Drottninggatan', 'Kungsportsavenyen', 'Västra Hamngatan'])} ${this.int(1, 90)}${this.pick(['', ' B', ' lgh 1102'])}${sep}${this.pick(['411', '111', '211', '753'])} ${d(2)} ${this.pick(['Göteborg', 'Stockholm', 'Malmö', 'Uppsala'])}`;
      default:
        return this.chance(0.5)
          ? `P.O. Box ${this.int(1000, 99999)}${sep}${this.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}, UAE`
          : `${this.pick(['Villa', 'Apartment', 'Office'])} ${this.int(1, 900)}, ${this.pick(['Al Wasl Road', 'Sheikh Zayed Road', 'Corniche Street'])}${sep}${this.pick(['Jumeirah 1, Dubai', 'Al Khalidiyah, Abu Dhabi'])}`;
    }
  }
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
function JA_ERA(y: number): string {
  if (y >= 1989) return y === 1989 ? '平成元年' : `平成${y - 1988}年`;
  return `昭和${y - 1925}年`;
}

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Columbus', 'OH', '432'], ['Tacoma', 'WA', '984'], ['Albuquerque', 'NM', '871'], ['Savannah', 'GA', '314'], ['Duluth', 'MN', '558'],
  ['Boise', 'ID', '837'], ['Fresno', 'CA', '937'], ['Lowell', 'MA', '018'], ['Asheville', 'NC', '288'], ['El Paso', 'TX', '799'],
  ['Burlington', 'VT', '054'], ['Brooklyn', 'NY', '112'],
];
const US_STREETS = ['Maple', 'Linden', 'Juniper', 'Cedar Hollow', 'Martin Luther King Jr', 'Old Mill', 'Kearny', 'Wabash', 'Magnolia', 'Prospect', 'Sycamore Ridge', 'Hawthorne'];
const UK_TOWNS: readonly (readonly [string, string])[] = [
  ['Manchester', 'M14'], ['Leeds', 'LS6'], ['Bristol', 'BS3'], ['Edinburgh', 'EH9'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'],
  ['Newcastle upon Tyne', 'NE6'], ['Birmingham', 'B29'], ['London', 'SW11'], ['London', 'N16'], ['Norwich', 'NR2'],
];
const UK_PC_LETTERS = ['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'];
const UK_STREETS = ['Harcourt Road', 'Elm Grove', 'Bridge Street', 'Kingsway', 'Wellington Terrace', 'Mill Lane', 'Albion Crescent', 'Chatsworth Gardens', 'Stoke Newington Church Street', 'Victoria Parade'];
const DE_CITIES: readonly (readonly [string, string])[] = [['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48']];
const DE_STREETS = ['Lindenstraße', 'Am Kirchberg', 'Goethestraße', 'Hauptstraße', 'Kastanienallee', 'Friedrich-Ebert-Ring', 'Schillerplatz', 'Unter den Eichen', 'Bergmannstr.', 'Zum Mühlenteich'];
const FR_CITIES: readonly (readonly [string, string])[] = [['Lyon', '690'], ['Marseille', '130'], ['Toulouse', '310'], ['Nantes', '440'], ['Lille', '590'], ['Paris', '750'], ['Bordeaux', '330'], ['Rennes', '350']];
const FR_STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la République', 'impasse du Moulin', 'allée des Tilleuls', 'chemin de la Croix-Rousse', 'rue du Faubourg Saint-Antoine', 'quai de la Fosse'];
const ES_CITIES: readonly (readonly [string, string])[] = [['Madrid', '28'], ['Sevilla', '41'], ['Valencia', '46'], ['Bilbao', '48'], ['Zaragoza', '50'], ['Barcelona', '08']];
const ES_STREETS = ['Calle de Alcalá', 'Avda. de la Constitución', 'Calle Mayor', 'Plaza de Cervantes', 'Calle Gran Vía de Colón', 'Paseo de la Castellana', 'Carrer de Mallorca'];
const IT_CITIES: readonly (readonly [string, string, string])[] = [['Milano', '201', 'MI'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Palermo', '901', 'PA'], ['Firenze', '501', 'FI']];
const IT_STREETS = ['Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Garibaldi', 'Via San Gregorio Armeno', 'Via dei Serragli', 'Largo Augusto'];
const NL_CITIES: readonly (readonly [string, string])[] = [['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Groningen', '97'], ['Eindhoven', '56']];
const NL_STREETS = ['Prinsengracht', 'Oudegracht', 'Dorpsstraat', 'Laan van Meerdervoort', 'Witte de Withstraat', 'Vismarkt', 'Stratumseind'];
const BR_CITIES: readonly (readonly [string, string])[] = [['São Paulo', 'SP'], ['Rio de Janeiro', 'RJ'], ['Belo Horizonte', 'MG'], ['Recife', 'PE'], ['Porto Alegre', 'RS']];
const BR_STREETS = ['Rua Augusta', 'Av. Paulista', 'Rua Voluntários da Pátria', 'Rua da Bahia', 'Av. Boa Viagem', 'Rua Padre Chagas'];
const JP_PLACES: readonly (readonly [string, string])[] = [['東京都', '世田谷区北沢'], ['東京都', '渋谷区神南'], ['大阪府', '大阪市北区梅田'], ['京都府', '京都市左京区吉田本町'], ['神奈川県', '横浜市中区山下町'], ['福岡県', '福岡市中央区天神']];

const IBAN_SPECS: Record<string, string> = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n',
  PL: '24n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', PT: '21n', IE: '4a14n', LU: '3n13c', SA: '2n18c', AE: '19n',
  TR: '5n1n16c', BR: '23n1a1c', GR: '7n16c', CZ: '20n', HU: '24n',
};

function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem;
}

// ---------------------------------------------------------------------------------------------
// Look-alikes (never labelled)
// ---------------------------------------------------------------------------------------------

const BRANDS = ['Wells Fargo', 'Johnson & Johnson', 'Dr. Martens', 'Tim Hortons', 'Marks & Spencer', 'Ben & Jerry’s', 'Mercedes-Benz', 'Ferrari', 'Porsche', 'Ralph Lauren', 'Charles Schwab', 'Goldman Sachs', 'Hugo Boss', 'Louis Vuitton', 'Dolce & Gabbana', 'Ernst & Young', 'Baker McKenzie', 'Trader Joe’s', 'Wendy’s', 'Sainsbury’s', 'Siemens', 'Philips', 'Dell', 'Kellogg’s', 'Heinz', 'Ford', 'Chanel'];
const EPONYMS = ['Parkinson’s disease', 'Alzheimer’s', 'Hodgkin lymphoma', 'Crohn’s disease', 'Asperger’s', 'a Whipple procedure', 'Tourette syndrome', 'Down syndrome', 'Bell’s palsy', 'Graves’ disease', 'the Heimlich manoeuvre', 'Apgar score'];
const TECH_EPONYMS = ['Dijkstra’s algorithm', 'a Bloom filter', 'Bayesian priors', 'the Levenshtein distance', 'a Fibonacci heap', 'Kalman filtering', 'the Turing test', 'Gaussian blur', 'Boolean flags', 'a Markov chain', 'Huffman coding', 'Newton–Raphson'];
const PLACE_NAMES = ['Florence', 'Sydney', 'Austin', 'Charlotte', 'Victoria', 'Georgia', 'Jackson', 'Adelaide', 'Lourdes', 'Santiago', 'Alexandria', 'Regina', 'Elizabeth', 'Madison'];
const PRODUCTS = ['Alexa', 'Siri', 'Jenkins', 'Cortana', 'Watson', 'Ollama', 'Marvin', 'Copilot', 'Claude', 'Gemini', 'Kafka', 'Hadoop', 'Django'];

function lookalike(c: Ctx): string {
  switch (c.int(0, 15)) {
    case 0: return `order #${c.nz(9)}`;
    case 1: return `ticket ${c.pick(['INC', 'SR', 'CS', 'OPS'])}-${c.nz(6)}`;
    case 2: return `tracking ${c.pick([`1Z${c.hex(6).toUpperCase()}${c.d(10)}`, c.nz(12), `JD01460000${c.d(10)}`, `RR${c.d(9)}DE`])}`;
    case 3: return `invoice INV-${c.int(2020, 2026)}-${c.d(5)}`;
    case 4: return `build ${c.int(10, 26)}.${c.int(0, 9)}.${c.int(19000, 26000)}.${c.int(300, 4000)}`;
    case 5: return `request id ${c.uuid()}`;
    case 6: return `commit ${c.hex(40)}`;
    case 7: return `${c.pick(['€', '$', '£'])}${c.int(3, 4999)}.${c.d(2)}`;
    case 8: return `(${c.int(-60, 70)}.${c.d(5)}, ${c.int(-150, 150)}.${c.d(5)})`;
    case 9: return `ISBN 978-${c.int(0, 1)}-${c.d(3)}-${c.d(5)}-${c.d(1)}`;
    case 10: return `S/N ${c.hex(4).toUpperCase()}-${c.d(6)}-${c.hex(2).toUpperCase()}`;
    case 11: return `ref ${c.badCard()}`;
    case 12: return `account ${c.badIban()}`;
    case 13: return `OID 1.3.6.1.4.1.${c.int(1000, 60000)}.${c.int(1, 9)}`;
    case 14: return `updated ${c.timestamp()}`;
    default: return `due ${c.otherDate()}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Document families
// ---------------------------------------------------------------------------------------------

type Family = (c: Ctx, d: Doc) => void;

function known(c: Ctx, d: Doc, p: Person, prob = 0.45): void {
  if (c.chance(prob * 0.55)) d.knownNames.push(p.full);
}

const supportChat: Family = (c, d) => {
  const agent = c.person(c.pick(['en', 'in', 'af', 'es', 'en']));
  const cust = c.latinPerson();
  known(c, d, cust);
  const brand = c.pick(BRANDS);
  d.w(`[${c.timestamp()}] chat started via ${brand} help centre widget\n`);
  d.w(`Agent: Hi, this is `, P(agent.given), `. How can I help today?\n`);
  d.w(`Customer: hey `, P(agent.given.toLowerCase()), `, it's `, ...c.mention(cust, true), ` here. my ${lookalike(c)} never showed up\n`);
  d.w(`Agent: Sorry to hear that! Can you confirm the email on the account?\n`);
  d.w(`Customer: `, E(c.email(cust)));
  if (c.chance(0.25)) d.w(` — or maybe the old one `, E(c.email(cust)));
  d.w(`\n`);
  if (c.chance(0.7)) d.w(`Agent: Thanks. And the delivery address?\n`, `Customer: `, A(c.address(c.pick(['us', 'uk', 'ca', 'au', 'in', 'ie']))), `\n`);
  if (c.chance(0.3)) d.w(`Customer: can you just charge the other card, `, C(c.card()), `, exp ${c.int(1, 12)}/${c.int(26, 31)}\n`);
  if (c.chance(0.35)) d.w(`Agent: Best number to reach you?\n`, `Customer: `, T(c.phone(c.pick(['us', 'uk', 'ca', 'au', 'in']))), ` after 5pm pls\n`);
  if (c.chance(0.3)) d.w(`Customer: also my sister `, ...c.mention(c.latinPerson(), true), ` was charged twice on her card ending ${c.d(4)}\n`);
  d.w(`Agent: I've escalated it — you'll hear from `, ...c.mention(c.person('en')), ` in billing within 48h. Anything else?\n`);
  d.w(`Customer: nope thx. btw i ${c.pick(['live in', 'moved to', 'am visiting'])} ${c.pick(PLACE_NAMES)} now\n`);
};

const spokenDigits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const voiceTranscript: Family = (c, d) => {
  const agent = c.person(c.pick(['en', 'en', 'in', 'af']));
  const caller = c.person(c.pick(['en', 'es', 'in', 'af', 'it', 'pl']));
  known(c, d, caller);
  let secs = c.int(0, 20);
  const t = (): string => {
    secs += c.int(3, 40);
    return `[${String(Math.floor(secs / 60)).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}]`;
  };
  d.w(`CALL TRANSCRIPT — queue: claims — recording ${c.uuid()}\n`);
  d.w(`${t()} AGENT: Thank you for calling, my name is `, P(agent.given), `, can I take your full name?\n`);
  d.w(`${t()} CALLER: yeah it's `, P(`${caller.given.toLowerCase()} ${caller.family.toLowerCase()}`), `, um, `, P(caller.family.toUpperCase().replace(/[^\p{L}]/gu, '').split('').join('-')), `\n`);
  const [y, m, dd] = c.birth();
  const spoken = c.chance(0.5);
  d.w(`${t()} AGENT: And your date of birth?\n${t()} CALLER: `, D(spoken ? `the ${dd}${ordinal(dd)} of ${MONTHS.en![m - 1]}, ${y}` : c.dob('en')), `\n`);
  const ph = c.d(10);
  d.w(`${t()} AGENT: Best callback number?\n${t()} CALLER: `, T(c.chance(0.5) ? ph.split('').map((x) => spokenDigits[Number(x)]).join(' ') : c.phone('us')), `\n`);
  if (c.chance(0.4)) d.w(`${t()} AGENT: For verification, last four of the social? \n${t()} CALLER: ${c.d(4)}\n`);
  if (c.chance(0.35)) d.w(`${t()} CALLER: actually the full one is `, N(c.ssn(c.int(0, 4))), `, it's on the form anyway\n`);
  d.w(`${t()} AGENT: I see a claim from ${c.otherDate()} for ${c.pick(EPONYMS)} treatment at ${c.pick(['St. Jude', 'Mayo Clinic', 'Johns Hopkins', 'Mount Sinai'])}.\n`);
  d.w(`${t()} CALLER: right, my ${c.pick(['partner', 'spouse', 'son', 'daughter'])} `, ...c.mention(c.person('en')), ` was the one there.\n`);
};

const emailMsg: Family = (c, d) => {
  const lang = c.pick(['en', 'en', 'de', 'fr', 'es', 'it', 'nl']);
  const cultureOf: Record<string, Culture> = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', nl: 'nl' };
  const from = c.person(c.chance(0.7) ? cultureOf[lang] : undefined, false);
  const to = c.person(c.chance(0.7) ? cultureOf[lang] : undefined, false);
  known(c, d, to, 0.3);
  const subj: Record<string, string> = {
    en: 'Re: contract renewal', de: 'AW: Vertragsverlängerung', fr: 'RE : renouvellement du contrat', es: 'RE: renovación del contrato',
    it: 'R: rinnovo contratto', nl: 'Re: verlenging contract',
  };
  const greet: Record<string, string> = { en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ', it: 'Ciao ', nl: 'Beste ' };
  const body: Record<string, string> = {
    en: 'Attached is the signed copy. Please send the invoice to my home address instead:',
    de: 'anbei die unterschriebene Kopie. Bitte schicken Sie die Rechnung an meine Privatadresse:',
    fr: 'ci-joint la copie signée. Merci d’envoyer la facture à mon adresse personnelle :',
    es: 'adjunto la copia firmada. Por favor, envíe la factura a mi domicilio:',
    it: 'in allegato la copia firmata. Vi prego di inviare la fattura al mio indirizzo di casa:',
    nl: 'bijgaand de getekende kopie. Graag de factuur naar mijn huisadres sturen:',
  };
  const country: Record<string, string> = { en: c.pick(['us', 'uk', 'au']), de: c.pick(['de', 'at', 'ch']), fr: 'fr', es: c.pick(['es', 'mx']), it: 'it', nl: 'nl' };
  const fromEmail = c.email(from);
  d.w(`From: "`, P(from.full), `" <`, E(fromEmail), `>\nTo: `, P(to.full), ` <`, E(c.email(to)), `>\n`);
  if (c.chance(0.15)) d.w(`Cc: `, E(c.email()), `\n`);
  d.w(`Date: ${c.otherDate()} 09:${c.int(10, 59)}\nSubject: ${subj[lang]} ${lookalike(c)}\nMessage-ID: <${c.hex(16)}@mail.${c.pick(['gmail.com', 'outlook.com', 'gmx.net'])}>\n\n`);
  d.w(greet[lang]!, P(to.given), `,\n\n${body[lang]}\n\n`, A(c.address(country[lang], true)), `\n\n`);
  if (c.chance(0.3)) d.w(lang === 'de' ? 'Die Zahlung geht auf ' : 'Payment to ', I(c.iban(lang === 'en' ? 'GB' : lang.toUpperCase())), `.\n\n`);
  d.w(`-- \n`, P(from.full), `\n${c.pick(['Head of Procurement', 'Senior Counsel', 'Einkauf', 'Responsable RH', 'Office manager'])}, ${c.pick(BRANDS)}\n`);
  if (c.chance(0.65)) d.w(`${c.pick(['Tel', 'Mob.', 'Tél.', 'M'])}: `, T(c.phone(country[lang])), `\n`);
  if (c.chance(0.3)) d.w(`> On ${c.otherDate()}, `, P(to.full), ` wrote:\n> see you in ${c.pick(PLACE_NAMES)}\n`);
};

const clinicalNote: Family = (c, d) => {
  const pt = c.person(c.pick(['en', 'es', 'in', 'af', 'pl', 'it', 'ar', 'vi']), false);
  const doc = c.person(c.pick(['en', 'in', 'de', 'he']), false);
  known(c, d, pt, 0.3);
  d.w(`PROGRESS NOTE — ${c.pick(['Internal Medicine', 'Neurology', 'Oncology', 'Paediatrics'])}\n`);
  d.w(`Patient: `, P(`${pt.family.toUpperCase()}, ${pt.given}`), `   MRN: ${c.nz(8)}   ${c.pick(['DOB', 'D.O.B.', 'Born', 'DoB'])}: `, D(c.dob('en')), `\n`);
  d.w(`Encounter: ${c.otherDate()}  Attending: Dr. `, P(doc.family), `\n`);
  d.w(`Home: `, A(c.address(c.pick(['us', 'uk', 'ca']))), `  Ph: `, T(c.phone(c.pick(['us', 'uk', 'ca']))), `\n\n`);
  d.w(`S: ${c.int(22, 88)}yo presenting for follow-up of suspected ${c.pick(EPONYMS)}. Family hx of ${c.pick(EPONYMS)} (mother).\n`);
  d.w(`O: BP ${c.int(100, 160)}/${c.int(60, 95)}, HR ${c.int(55, 110)}, SpO2 ${c.int(92, 99)}%. Lot no. ${c.hex(6).toUpperCase()}.\n`);
  d.w(`A/P: Refer to `, ...c.mention(c.person(c.pick(['en', 'de', 'fr']), false)), ` (neuro). Next appt ${c.otherDate()}.\n`);
  if (c.chance(0.4)) d.w(`Emergency contact: `, P(c.person(pt.culture, false).full), ` `, T(c.phone('us')), `\n`);
  if (c.chance(0.3)) d.w(`Insurance subscriber SSN: `, N(c.ssn()), `\n`);
};

const insuranceDe: Family = (c, d) => {
  const vn = c.person(c.pick(['de', 'de', 'tr', 'pl', 'it']));
  known(c, d, vn, 0.3);
  d.w(`Schadenmeldung Nr. ${c.nz(10)} — ${c.pick(['Hausrat', 'Kfz-Haftpflicht', 'Glasbruch'])}\n`);
  d.w(`Versicherungsnehmer/in: `, P(vn.full), `\n${c.pick(['geb. am', 'Geburtsdatum:', 'Geb.-Dat.'])} `, D(c.dob('de')), `\n`);
  d.w(`Anschrift: `, A(c.address(c.pick(['de', 'de', 'at']))), `\nTelefon: `, T(c.phone('de')), `\nE-Mail: `, E(c.email(vn)), `\n`);
  d.w(`Schadentag: ${c.otherDate()} — Wasserschaden durch defekte ${c.pick(['Miele', 'Bosch', 'Siemens'])}-Spülmaschine.\n`);
  d.w(`Erstattung bitte auf IBAN `, I(c.iban(c.pick(['DE', 'DE', 'AT']))), ` (BIC ${c.pick(['COBADEFFXXX', 'DEUTDEDBBER', 'GENODEM1GLS', 'BKAUATWW'])})\n`);
  d.w(`Zeuge: `, ...c.mention(c.person('de')), `, Nachbar aus der ${c.pick(DE_STREETS)}\nSachbearbeiter: `, P(c.person('de').full), `\n`);
};

const sepaTransfer: Family = (c, d) => {
  const lang = c.pick(['fr', 'es', 'it', 'nl', 'pt', 'pl']);
  const cc = { fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pt: 'PT', pl: 'PL' }[lang]!;
  const cult = lang as Culture;
  const payer = c.person(cult);
  const payee = c.person(c.chance(0.7) ? cult : undefined, false);
  known(c, d, payer, 0.3);
  const L: Record<string, readonly string[]> = {
    fr: ['Ordre de virement SEPA', 'Donneur d’ordre', 'Bénéficiaire', 'Montant', 'Motif'],
    es: ['Orden de transferencia SEPA', 'Ordenante', 'Beneficiario', 'Importe', 'Concepto'],
    it: ['Bonifico SEPA', 'Ordinante', 'Beneficiario', 'Importo', 'Causale'],
    nl: ['SEPA-overboeking', 'Opdrachtgever', 'Begunstigde', 'Bedrag', 'Omschrijving'],
    pt: ['Transferência SEPA', 'Ordenante', 'Beneficiário', 'Montante', 'Descritivo'],
    pl: ['Przelew SEPA', 'Zleceniodawca', 'Odbiorca', 'Kwota', 'Tytuł'],
  };
  const l = L[lang]!;
  d.w(`${l[0]} — ${c.otherDate()}\n${l[1]}: `, P(payer.full), `\nIBAN: `, I(c.iban(cc)), `\n`);
  d.w(`${l[2]}: `, P(payee.full), `\nIBAN: `, I(c.iban(c.pick([cc, 'DE', 'BE', 'LU', 'IE', 'CH']))), `\nBIC: ${c.pick(['BNPAFRPPXXX', 'CAIXESBBXXX', 'UNCRITMMXXX', 'INGBNL2A', 'BCOMPTPL', 'PKOPPLPW'])}\n`);
  d.w(`${l[3]}: ${c.int(20, 9000)},${c.d(2)} EUR\n${l[4]}: ${lookalike(c)}\n`);
  if (c.chance(0.3)) d.w(`Ref. mandat: ${c.badIban(cc)}\n`);
};

const hrOnboarding: Family = (c, d) => {
  const emp = c.person(c.pick(['en', 'es', 'in', 'af', 'vi', 'ko', 'zh']), false);
  known(c, d, emp, 0.35);
  const ec = c.person(emp.culture, false);
  d.w(`NEW HIRE ONBOARDING — ${c.pick(['Form I-9 supplement', 'W-4 intake', 'Payroll setup'])}\n`);
  d.w(`Legal name: `, P(emp.full), `\nPreferred name: `, P(emp.given), `\n`);
  d.w(`SSN: `, N(c.ssn()), `\nDate of birth: `, D(c.dob('en')), `\n`);
  d.w(`Home address:\n`, A(c.address('us', true)), `\n`);
  d.w(`Personal email: `, E(c.email(emp)), `\nMobile: `, T(c.phone('us')), `\n`);
  d.w(`Direct deposit: routing ${c.nz(9)}, acct ${c.nz(10)}\n`);
  d.w(`Emergency contact: `, P(ec.full), ` (${c.pick(['spouse', 'mother', 'brother', 'partner'])}) `, T(c.phone('us')), `\n`);
  d.w(`Start date: ${c.otherDate()}  Manager: `, ...c.mention(c.person('en')), `  Cost centre: ${c.pick(['CC', 'DEP'])}-${c.d(4)}\n`);
  if (c.chance(0.4)) d.w(`Note: sample SSN ${c.badSsn()} on the training slide is not real.\n`);
};

const courtExtract: Family = (c, d) => {
  const lang = c.pick(['es', 'pt', 'pl', 'it', 'fr']);
  const cult = lang as Culture;
  const a = c.person(cult);
  const b = c.person(cult);
  const judge = c.person(cult);
  const hdr: Record<string, string> = {
    es: `JUZGADO DE PRIMERA INSTANCIA N.º ${c.int(1, 60)} — Procedimiento ordinario ${c.int(100, 2999)}/${c.int(2019, 2025)}`,
    pt: `TRIBUNAL JUDICIAL DA COMARCA — Processo n.º ${c.int(100, 9999)}/${c.int(19, 25)}.${c.int(1, 9)}T8LSB`,
    pl: `SĄD REJONOWY — Sygn. akt I C ${c.int(100, 2999)}/${c.int(19, 25)}`,
    it: `TRIBUNALE ORDINARIO — R.G. n. ${c.int(100, 29999)}/${c.int(2019, 2025)}`,
    fr: `TRIBUNAL JUDICIAIRE — RG n° ${c.int(19, 25)}/${c.d(5)}`,
  };
  const born: Record<string, string> = { es: 'nacido el', pt: 'nascido em', pl: 'ur.', it: 'nato il', fr: 'né le' };
  const dom: Record<string, string> = { es: 'con domicilio en', pt: 'residente em', pl: 'zam.', it: 'residente in', fr: 'demeurant' };
  const country: Record<string, string> = { es: 'es', pt: 'pt', pl: 'pl', it: 'it', fr: 'fr' };
  const vs: Record<string, string> = { es: 'contra', pt: 'contra', pl: 'przeciwko', it: 'contro', fr: 'contre' };
  d.w(`${hdr[lang]}\n\n`, P(a.full.toUpperCase()), `, ${born[lang]} `, D(c.dob(lang)), `, ${dom[lang]} `, A(c.address(country[lang])), `,\n`);
  d.w(`${vs[lang]}\n`, P(b.full.toUpperCase()), `, ${dom[lang]} `, A(c.address(country[lang])), `.\n\n`);
  d.w(`${{ es: 'Juez', pt: 'Juiz', pl: 'Sędzia', it: 'Giudice', fr: 'Président' }[lang]}: `, P(judge.full), `. ${lookalike(c)}. `);
  d.w(`Ref.: ${c.pick(['doctrina Parot', 'ley Montoro', 'sentenza Cappato', 'lei Maria da Penha', 'loi Badinter'])}.\n`);
};

const shipping: Family = (c, d) => {
  const r = c.latinPerson();
  known(c, d, r, 0.3);
  const country = c.pick(['us', 'uk', 'de', 'fr', 'nl', 'au', 'ca', 'se', 'pl', 'in', 'br', 'ie']);
  d.w(`${c.pick(['DHL Express', 'UPS', 'PostNL', 'Royal Mail', 'FedEx', 'La Poste Colissimo', 'Correios'])} — delivery notification\n`);
  d.w(`Shipment ${lookalike(c)} is out for delivery to:\n`, P(r.full), `\n`, A(c.address(country, true)), `\n`);
  d.w(`Recipient phone: `, T(c.phone(country)), `\n`);
  if (c.chance(0.5)) d.w(`Notify: `, E(c.email(r)), `\n`);
  d.w(`Weight ${c.int(1, 30)}.${c.d(1)} kg · Sender: ${c.pick(BRANDS)} · ETA ${c.otherDate()}\n`);
  if (c.chance(0.3)) d.w(`Safe place: leave with neighbour `, ...c.mention(c.latinPerson()), ` at no. ${c.int(1, 99)}\n`);
};

function csvEscape(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const crmCsv: Family = (c, d) => {
  d.w(`id,full_name,email,phone,city,signup_date,birth_date,ltv_eur\n`);
  const rows = c.int(3, 7);
  for (let i = 0; i < rows; i++) {
    const p = c.latinPerson();
    d.w(`${c.nz(6)},`);
    if (/[",]/.test(p.full)) d.w(`"`, P(p.full), `"`);
    else d.w(P(p.full));
    const [y, m, dd] = c.birth();
    d.w(`,`);
    if (c.chance(0.7)) d.w(E(c.email(p)));
    d.w(`,`, T(c.phone()), `,${c.pick(PLACE_NAMES)},${c.otherDate().replace(/,/g, '')},`, D(`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`), `,${c.int(10, 9000)}.${c.d(2)}\n`);
  }
  if (c.chance(0.3)) d.w(`# exported by ${c.pick(['Salesforce', 'HubSpot', 'Zoho'])} ${c.int(1, 9)}.${c.int(0, 30)} ${csvEscape(c.timestamp())}\n`);
};

const crmJson: Family = (c, d) => {
  const p = c.latinPerson();
  known(c, d, p, 0.25);
  const country = c.pick(['us', 'uk', 'de', 'nl', 'fr', 'es', 'it', 'se']);
  d.w(`{\n  "customerId": "${c.uuid()}",\n  "name": { "given": "`, P(p.given), `", "family": "`, P(p.family), `" },\n`);
  d.w(`  "email": "`, E(c.email(p)), `",\n  "phones": ["`, T(c.phone(country)), `"`);
  if (c.chance(0.4)) d.w(`, "`, T(c.phone()), `"`);
  d.w(`],\n  "dateOfBirth": "`, D(c.dob('en').replace(/"/g, '')), `",\n`);
  d.w(`  "address": "`, A(c.address(country)), `",\n`);
  d.w(`  "lastLoginIp": "`, IP(c.ip()), `",\n  "createdAt": "${c.timestamp()}",\n  "segment": "${c.pick(['gold', 'churn-risk', 'b2b'])}",\n`);
  const pay = c.int(0, 4);
  if (pay <= 1) d.w(`  "payment": { "iban": "`, I(c.iban()), `" },\n`);
  else if (pay <= 3) d.w(`  "payment": { "pan": "`, C(c.card()), `", "exp": "${String(c.int(1, 12)).padStart(2, '0')}/${c.int(26, 31)}" },\n`);
  d.w(`  "accountManager": "`, P(c.person('en').full), `",\n  "sku": "${c.pick(PRODUCTS).toUpperCase()}-${c.d(5)}"\n}\n`);
};

const yamlXml: Family = (c, d) => {
  if (c.chance(0.5)) {
    const p = c.latinPerson();
    d.w(`# contacts.yaml — synced ${c.timestamp()}\ncontacts:\n`);
    for (let i = 0; i < c.int(1, 3); i++) {
      const q = i === 0 ? p : c.latinPerson();
      d.w(`  - name: `, P(q.full), `\n    email: `, E(c.email(q)), `\n    phone: "`, T(c.phone()), `"\n`);
      if (c.chance(0.5)) d.w(`    born: `, D(c.dob('en').replace(/[,:]/g, '')), `\n`);
      d.w(`    tags: [${c.pick(['vip', 'press', 'supplier'])}]\n`);
    }
    d.w(`version: ${c.int(1, 4)}.${c.int(0, 20)}.${c.int(0, 9)}\n`);
  } else {
    const p = c.person(c.pick(['de', 'nl', 'sv', 'fr', 'it']));
    const country = { de: 'de', nl: 'nl', sv: 'se', fr: 'fr', it: 'it' }[p.culture as string] ?? 'de';
    d.w(`<?xml version="1.0" encoding="UTF-8"?>\n<Kunde id="${c.nz(7)}">\n  <Name>`, P(p.full), `</Name>\n  <Geburtsdatum>`, D(c.dob('de')), `</Geburtsdatum>\n`);
    d.w(`  <Adresse>`, A(c.address(country)), `</Adresse>\n  <Telefon>`, T(c.phone(country)), `</Telefon>\n  <Email>`, E(c.email(p)), `</Email>\n`);
    d.w(`  <Konto iban="`, I(c.ibanCompact(c.pick(['DE', 'NL', 'SE', 'FR', 'IT']))), `"/>\n  <Aktualisiert>${c.timestamp()}</Aktualisiert>\n</Kunde>\n`);
  }
};

const codingSession: Family = (c, d) => {
  const kind = c.int(0, 4);
  const dev = c.person(c.pick(['en', 'de', 'in', 'pl', 'zh', 'ru']), false);
  known(c, d, dev, 0.25);
  if (kind === 0) {
    d.w(`user: nginx keeps 502ing, here's the access log\n\`\`\`\n`);
    for (let i = 0; i < c.int(3, 6); i++) {
      const ip = c.ipv4();
      d.w(IP(ip), ` - - [${c.int(1, 28)}/Mar/2025:${c.int(10, 23)}:${c.int(10, 59)}:${c.int(10, 59)} +0000] "GET /api/v${c.int(1, 3)}/orders/${c.nz(7)} HTTP/1.1" ${c.pick([200, 502, 404, 301])} ${c.int(0, 9999)} "-" "Mozilla/5.0"\n`);
    }
    d.w(`\`\`\`\nassistant: The upstream at `, IP(c.ipv4()), `:8080 is refusing connections; check the ${c.pick(PRODUCTS)} pod and ${c.pick(TECH_EPONYMS)} isn't relevant here.\n`);
  } else if (kind === 1) {
    d.w(`user: why does this blow up? (run by `, ...c.mention(dev, true), `)\n\`\`\`\nTraceback (most recent call last):\n  File "/srv/app/billing.py", line ${c.int(10, 400)}, in charge\n`);
    d.w(`    stripe.Charge.create(amount=${c.int(100, 99999)}, source=tok)\nValueError: invalid customer email '`, E(c.email()), `' for account ${c.uuid()}\n\`\`\`\n`);
    d.w(`assistant: The email fails validation upstream. Also: version ${c.int(1, 9)}.${c.int(0, 40)}.${c.int(0, 9)} of the SDK logs PANs — `, C(c.card()), ` appears in your debug output, rotate it.\n`);
  } else if (kind === 2) {
    d.w(`user: can you fix this seed script?\n\`\`\`sql\nINSERT INTO customers (name, email, phone, ssn, dob) VALUES\n`);
    const n = c.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = c.person(c.pick(['en', 'es', 'in', 'af']), false);
      d.w(`  ('`, P(p.full.replace(/'/g, "''")), `', '`, E(c.email(p)), `', '`, T(c.phone('us')), `', '`, N(c.ssn(c.int(0, 3))), `', '`, D(c.dob('en').replace(/'/g, '')), `')${i === n - 1 ? ';' : ','}\n`);
    }
    d.w(`\`\`\`\nassistant: The column \`ssn\` is CHAR(9) but you're inserting dashes. Also index name idx_${c.pick(PRODUCTS).toLowerCase()}_${c.hex(6)} collides.\n`);
  } else if (kind === 3) {
    d.w(`diff --git a/config/prod.env b/config/prod.env\nindex ${c.hex(7)}..${c.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -${c.int(1, 40)},6 +${c.int(1, 40)},7 @@\n`);
    d.w(`-DB_HOST=`, IP(c.ipv4()), `\n+DB_HOST=`, IP(c.ipv4()), `\n+ADMIN_EMAIL=`, E(c.email(dev)), `\n APP_VERSION=${c.int(2, 9)}.${c.int(0, 20)}.${c.int(0, 99)}\n`);
    d.w(`+ALLOWED_V6=`, IP(c.ipv6()), `\n SENTRY_DSN=https://${c.hex(32)}@o${c.nz(6)}.ingest.sentry.io/${c.nz(7)}\n`);
    d.w(`\nreview comment (`, ...c.mention(c.person(c.pick(['en', 'de', 'in']), false), true), `): please don't commit personal emails\n`);
  } else {
    d.w(`$ git log -3 --format='%h %an <%ae> %s'\n`);
    for (let i = 0; i < 3; i++) {
      const p = i === 0 ? dev : c.person(undefined, false);
      d.w(`${c.hex(7)} `, P(p.latin), ` <`, c.chance(0.5) ? E(c.email(p)) : `${c.int(10000, 999999)}+${c.pick(['octocat', 'dev', 'ci'])}${c.int(1, 99)}@users.noreply.github.com`, `> ${c.pick(['fix: null check in parser', 'feat: add Kafka consumer', 'chore: bump deps', 'refactor: rename MarvinClient'])}\n`);
    }
    d.w(`$ ssh deploy@`, IP(c.ip()), `\nLast login: ${c.otherDate()} from `, IP(c.ipv4()), `\n`);
  }
};

const ticket: Family = (c, d) => {
  const rep = c.latinPerson();
  const asg = c.person(c.pick(['en', 'in', 'pl', 'de']));
  known(c, d, rep, 0.35);
  d.w(`[${c.pick(['SUP', 'HELP', 'ITOPS'])}-${c.nz(5)}] ${c.pick(['Cannot log in after password reset', 'Refund not received', 'VPN drops every hour', 'Wrong name on invoice'])}\n`);
  d.w(`Reporter: `, P(rep.full), ` (`, E(c.email(rep)), `)\nAssignee: `, P(asg.full), `\nPriority: P${c.int(1, 4)}  Created: ${c.timestamp()}\n\n`);
  d.w(`Description:\nUser reports ${c.pick(['lockout', 'double charge', 'timeouts'])} from IP `, IP(c.ip()), `. `);
  if (c.chance(0.5)) d.w(`Card on file `, C(c.card()), ` was charged twice (${lookalike(c)}).`);
  else d.w(`Callback requested on `, T(c.phone()), `.`);
  d.w(`\n\nComment by `, ...c.mention(asg), `: reproduced on ${c.pick(['Chrome', 'Firefox', 'Safari'])} ${c.int(100, 130)}.0.${c.int(1000, 6999)}.${c.int(10, 200)}; linked ${lookalike(c)}.\n`);
};

const smsThread: Family = (c, d) => {
  const lang = c.pick(['en', 'en', 'es', 'pt', 'tr', 'de', 'sv']);
  const cult = lang === 'en' ? c.pick(['en', 'af', 'in'] as const) : (lang as Culture);
  const me = c.person(cult);
  const friend = c.person(cult);
  known(c, d, me, 0.35);
  const msgs: Record<string, readonly string[]> = {
    en: ['running late, save me a seat', 'here is the number for the plumber', 'call me back', 'omg did you see', 'new number, save it'],
    es: ['llego tarde, guárdame sitio', 'este es el número del fontanero', 'llámame luego', 'número nuevo, guárdalo'],
    pt: ['tô atrasada, guarda lugar', 'esse é o número do encanador', 'me liga depois', 'número novo, salva aí'],
    tr: ['geç kalıyorum, yer tut', 'tesisatçının numarası bu', 'beni sonra ara', 'yeni numaram, kaydet'],
    de: ['bin spät dran, halt mir nen platz frei', 'hier die nummer vom klempner', 'ruf mich zurück', 'neue nummer, speichern'],
    sv: ['blir sen, håll en plats', 'här är numret till rörmokaren', 'ring mig sen', 'nytt nummer, spara'],
  };
  const country: Record<string, string> = { en: c.pick(['us', 'uk', 'ng', 'in']), es: c.pick(['es', 'mx']), pt: 'br', tr: 'tr', de: 'de', sv: 'se' };
  d.w(`${c.otherDate()} ${c.int(7, 23)}:${c.int(10, 59)} — `, P(friend.given.toLowerCase()), `: ${c.pick(msgs[lang]!)} `, T(c.phone(country[lang])), `\n`);
  d.w(`${c.int(7, 23)}:${c.int(10, 59)} — me: ok `, P(friend.given.toLowerCase()), ` 👍 tell `, P(c.person(cult).given), ` too\n`);
  d.w(`${c.int(7, 23)}:${c.int(10, 59)} — `, P(friend.given), `: ${c.pick(['lol', 'jaja', 'kkkk', 'haha', 'xD'])} `, P(me.given.toLowerCase()), ` you owe me ${c.pick(['€', '$', '£', 'R$'])}${c.int(5, 80)}\n`);
  if (c.chance(0.3)) d.w(`Your verification code is ${c.d(6)}. Do not share it.\n`);
};

const socialPost: Family = (c, d) => {
  const author = c.latinPerson();
  known(c, d, author, 0.3);
  const handle = `@${ascii(author.latin.split(' ')[0] ?? 'x')}_${c.pick(['dev', 'runs', 'eats', 'writes'])}${c.int(1, 99)}`;
  d.w(`${handle} · ${c.int(1, 23)}h\n`);
  d.w(`Huge thanks to `, ...c.mention(c.latinPerson()), ` and `, ...c.mention(c.latinPerson(), true), ` for the ${c.pick(['marathon', 'launch party', 'book club', 'hackathon'])} in ${c.pick(PLACE_NAMES)}! `);
  d.w(`${c.pick(['Shoutout to', 'Sponsored by', 'Fuelled by'])} ${c.pick(BRANDS)} ☕ #${c.pick(PRODUCTS)} #${c.int(2023, 2026)}\n`);
  if (c.chance(0.4)) d.w(`DM me or email `, E(c.email(author)), ` if you found my ${c.pick(['jacket', 'keys', 'wallet'])}!\n`);
  d.w(`♥ ${c.int(3, 9999)}  ↻ ${c.int(0, 500)}\n`);
};

const minutes: Family = (c, d) => {
  const lang = c.pick(['en', 'sv', 'nl', 'de']);
  const cult = lang as Culture;
  const hdr: Record<string, string> = { en: 'Meeting minutes', sv: 'Mötesprotokoll', nl: 'Notulen', de: 'Protokoll' };
  const att: Record<string, string> = { en: 'Attendees', sv: 'Närvarande', nl: 'Aanwezig', de: 'Anwesend' };
  const act: Record<string, string> = { en: 'Actions', sv: 'Åtgärder', nl: 'Actiepunten', de: 'Aufgaben' };
  d.w(`${hdr[lang]} — ${c.otherDate()} — ${c.pick(['Projekt Hermes', 'Project Atlas', 'Apollo-overleg', 'Styrgrupp Vega'])}\n${att[lang]}: `);
  const people = Array.from({ length: c.int(3, 5) }, () => c.person(c.chance(0.7) ? cult : undefined, false));
  known(c, d, people[0]!, 0.3);
  people.forEach((p, i) => d.w(i ? ', ' : '', P(p.full)));
  d.w(`\n\n1. ${c.pick(TECH_EPONYMS)} ${lang === 'en' ? 'discussed; no decision' : '— diskussion/discussie'}.\n`);
  d.w(`2. ${act[lang]}: `, ...c.mention(people[1]!), ` → ${c.pick(['budget', 'offert', 'planning'])} (${c.otherDate()}); `, P(people[2]!.given), ` → ${c.pick(['contact', 'kontakt'])} `, E(c.email(people[2]!)), `\n`);
  if (c.chance(0.4)) d.w(`3. Nieuw nummer/new number `, P(people[0]!.given), `: `, T(c.phone(lang === 'sv' ? 'se' : lang === 'nl' ? 'nl' : lang === 'de' ? 'de' : 'uk')), `\n`);
};

const schoolRecord: Family = (c, d) => {
  const lang = c.pick(['ja', 'zh', 'ko']);
  const cult = lang as Culture;
  const kid = c.person(cult);
  const parent = c.person(cult);
  const L: Record<string, readonly string[]> = {
    ja: ['生徒調査票', '氏名', '生年月日', '保護者', '住所', '電話番号', '連絡先メール'],
    zh: ['学生登记表', '姓名', '出生日期', '监护人', '家庭住址', '联系电话', '电子邮箱'],
    ko: ['학생 기록부', '성명', '생년월일', '보호자', '주소', '전화번호', '이메일'],
  };
  const l = L[lang]!;
  const country = { ja: 'jp', zh: 'cn', ko: 'kr' }[lang]!;
  const ph = { ja: 'jp', zh: 'cn', ko: 'kr' }[lang]!;
  d.w(`${l[0]}（${c.int(2021, 2026)}）\n${l[1]}：`, P(kid.full), `\n${l[2]}：`, D(c.dob(lang)), `\n${l[3]}：`, P(parent.full), `\n`);
  d.w(`${l[4]}：`, A(c.address(country)), `\n${l[5]}：`, T(c.phone(ph)), `\n${l[6]}：`, E(c.email(parent)), `\n`);
  d.w(`${{ ja: '学籍番号', zh: '学号', ko: '학번' }[lang]}：${c.nz(8)}\u3000${{ ja: '担任', zh: '班主任', ko: '담임' }[lang]}：`, ...c.mention(c.person(cult)), `\n`);
};

const listing: Family = (c, d) => {
  const lang = c.pick(['en', 'es', 'it', 'fr']);
  const agent = c.person(lang as Culture);
  const country = { en: c.pick(['us', 'uk', 'au']), es: 'es', it: 'it', fr: 'fr' }[lang]!;
  const hdr: Record<string, string> = { en: 'FOR SALE', es: 'SE VENDE', it: 'VENDESI', fr: 'À VENDRE' };
  d.w(`${hdr[lang]} — ${c.int(1, 5)} ${lang === 'en' ? 'bed' : 'hab./camere/ch.'} · ${c.int(45, 240)} m² · ${c.pick(['€', '$', '£'])}${c.int(120, 2400)},000\n`);
  d.w(`${c.pick(['Charming', 'Luminoso', 'Splendido', 'Lumineux'])}: `, A(c.address(country)), `\n`);
  d.w(`Near ${c.pick(['St. Patrick’s Cathedral', 'Parque del Retiro', 'Piazza Garibaldi', 'Parc de la Tête d’Or'])}, ${c.int(5, 20)} min to ${c.pick(PLACE_NAMES)} station. GPS ${lookalike(c)}\n`);
  d.w(`${lang === 'en' ? 'Agent' : 'Agente/Contact'}: `, P(agent.full), ` · `, T(c.phone(country)), ` · `, E(c.email(agent)), `\nRef. ${c.pick(['RE', 'IMM', 'VT'])}-${c.d(6)} · ${c.pick(['Sotheby’s International Realty', 'Engel & Völkers', 'Knight Frank', 'Century 21'])}\n`);
};

const travelBooking: Family = (c, d) => {
  const lang = c.pick(['tr', 'ar', 'ru', 'ko', 'en']);
  const pax = Array.from({ length: c.int(1, 3) }, () => c.person(lang === 'en' ? undefined : (lang as Culture), lang !== 'ru' && lang !== 'ar' ? true : c.chance(0.5)));
  known(c, d, pax[0]!, 0.3);
  const L: Record<string, readonly string[]> = {
    tr: ['Rezervasyon onayı', 'Yolcu', 'Doğum tarihi', 'İletişim'],
    ar: ['تأكيد الحجز', 'المسافر', 'تاريخ الميلاد', 'للتواصل'],
    ru: ['Подтверждение бронирования', 'Пассажир', 'Дата рождения', 'Контакт'],
    ko: ['예약 확인', '탑승객', '생년월일', '연락처'],
    en: ['Booking confirmation', 'Passenger', 'Date of birth', 'Contact'],
  };
  const l = L[lang]!;
  const dl = lang === 'ko' ? 'ko' : lang === 'ar' ? 'ar' : lang === 'ru' ? 'ru' : lang === 'tr' ? 'tr' : 'en';
  d.w(`${l[0]} — PNR ${c.hex(6).toUpperCase().replace(/[0-9]/g, 'K')} — ${c.pick(['TK1723 IST→AMS', 'EK202 DXB→JFK', 'SU2454 SVO→BCN', 'KE907 ICN→LHR', 'BA117 LHR→JFK'])} ${c.otherDate()}\n`);
  pax.forEach((p, i) => {
    d.w(`${l[1]} ${i + 1}: `, P(p.cjk ? p.full : p.full.toUpperCase()), ` — ${l[2]}: `, D(c.dob(dl)), `\n`);
  });
  d.w(`${l[3]}: `, E(c.email(pax[0])), ` / `, T(c.phone(lang === 'tr' ? 'tr' : lang === 'ar' ? 'ae' : lang === 'ru' ? 'ru' : lang === 'ko' ? 'kr' : 'uk')), `\n`);
  if (c.chance(0.7)) d.w(`${{ tr: 'Ödeme kartı', ar: 'البطاقة', ru: 'Карта', ko: '결제 카드', en: 'Payment card' }[lang]}: `, C(c.card()), `\n`);
  d.w(`Seat ${c.int(1, 45)}${c.pick(['A', 'C', 'F', 'K'])} · Baggage 23kg · e-ticket ${c.nz(13)}\n`);
};

const paymentDispute: Family = (c, d) => {
  const p = c.person(c.pick(['en', 'es', 'af', 'in']), false);
  known(c, d, p, 0.35);
  d.w(`CHARGEBACK FORM — ${c.pick(['Visa', 'Mastercard', 'Amex'])} dispute\nCardholder: `, P(p.full), `\nCard number: `, C(c.card()), `\n`);
  d.w(`Billing address: `, A(c.address(c.pick(['us', 'uk', 'ca']))), `\nEmail: `, E(c.email(p)), `\n`);
  d.w(`Merchant: ${c.pick(BRANDS)} · Amount ${lookalike(c)} · Transaction date ${c.otherDate()}\n`);
  d.w(`Reason: I never authorised this. Replacement card `, C(c.card()), ` also shows it. The ${c.badCard()} on the receipt is not my card.\n`);
  if (c.chance(0.55)) d.w(`Identity check — SSN: `, N(c.ssn()), `, DOB `, D(c.dob('en')), `\n`);
};

const bankLetterAr: Family = (c, d) => {
  const p = c.person('ar', c.chance(0.7));
  known(c, d, p, 0.3);
  d.w(`بنك ${c.pick(['الراجحي', 'الإمارات دبي الوطني', 'قطر الوطني'])} — إشعار تحديث البيانات\n`);
  d.w(`العميل: `, P(p.full), `\nتاريخ الميلاد: `, D(c.dob('ar')), `\nرقم الحساب الدولي (IBAN): `, I(c.iban(c.pick(['SA', 'AE']))), `\n`);
  d.w(`الجوال: `, T(c.phone('ae')), `\nالعنوان: `, A(c.address('ae')), `\nالبريد: `, E(c.email(p)), `\n`);
  d.w(`رقم المرجع ${c.nz(10)} بتاريخ ${c.otherDate()}\n`);
};

const formRuPl: Family = (c, d) => {
  if (c.chance(0.5)) {
    const p = c.person('ru');
    known(c, d, p, 0.3);
    d.w(`АНКЕТА КЛИЕНТА № ${c.nz(7)}\nФИО: `, P(`${p.family} ${p.given} ${/[ая]$/.test(p.given) ? c.pick(['Сергеевна', 'Андреевна', 'Олеговна']) : c.pick(['Сергеевич', 'Викторович', 'Игоревич'])}`), `\nДата рождения: `, D(c.dob('ru')), `\n`);
    d.w(`Адрес регистрации: `, A(c.address('ru')), `\nТел.: `, T(c.phone('ru')), `\nE-mail: `, E(c.email(c.person('ru', false))), `\n`);
    d.w(`Менеджер: `, P(c.person('ru').full), `. Дата заполнения: ${c.otherDate()}.\n`);
  } else {
    const p = c.person('pl');
    known(c, d, p, 0.3);
    d.w(`WNIOSEK O KREDYT nr ${c.nz(8)}\nImię i nazwisko: `, P(p.full), `\nData urodzenia: `, D(c.dob('pl')), `\n`);
    d.w(`Adres zamieszkania: `, A(c.address('pl')), `\nTelefon: `, T(c.phone('pl')), `\nNumer rachunku: `, I(c.iban('PL')), `\n`);
    d.w(`Doradca: `, ...c.mention(c.person('pl')), `, oddział ${c.pick(['Kraków', 'Gdańsk', 'Poznań'])}. Data: ${c.otherDate()}\n`);
  }
};

const ecommerceCnKo: Family = (c, d) => {
  const zh = c.chance(0.5);
  const p = c.person(zh ? 'zh' : 'ko');
  known(c, d, p, 0.3);
  if (zh) {
    d.w(`订单详情 ${c.nz(16)}\n收货人：`, P(p.full), `\n手机：`, T(c.phone('cn')), `\n收货地址：`, A(c.address('cn')), `\n`);
    d.w(`商品：${c.pick(['华为 Mate 60', '小米手环 8', '李宁跑鞋', '张小泉剪刀'])} × ${c.int(1, 3)}\u3000¥${c.int(20, 8999)}.00\n下单时间：${c.timestamp()}\n`);
  } else {
    d.w(`주문 확인 ${c.nz(12)}\n받는 분: `, P(p.full), `\n연락처: `, T(c.phone('kr')), `\n배송지: `, A(c.address('kr')), `\n`);
    d.w(`상품: ${c.pick(['삼성 갤럭시 버즈', '정관장 홍삼', 'LG 그램'])} ₩${c.int(10, 999)},000\n`);
  }
};

const indiaForm: Family = (c, d) => {
  const p = c.person('in');
  known(c, d, p, 0.3);
  d.w(`KYC UPDATE — ${c.pick(['HDFC Bank', 'ICICI Bank', 'Axis Bank'])} (ref ${c.nz(10)})\nName: `, P(p.full), `  S/o `, P(c.person('in').full), `\n`);
  d.w(`DOB: `, D(c.dob('en')), `\nAddress: `, A(c.address('in')), `\nMobile: `, T(c.phone('in')), `  Email: `, E(c.email(p)), `\n`);
  d.w(`IFSC ${c.pick(['HDFC', 'ICIC', 'UTIB'])}0${c.d(6)} · A/c ${c.nz(14)} · branch ${c.pick(['Gandhi Nagar', 'Nehru Place', 'MG Road'])}\n`);
};

const userNamesPrompt: Family = (c, d) => {
  // A coding-assistant chat where the user (known from session metadata) signs messages.
  const u = c.person(c.pick(LATIN_CULTURES));
  d.knownNames.push(u.full);
  d.w(`user: hi, I'm `, P(u.given), `. Please write a letter to my landlord `, ...c.mention(c.latinPerson()), ` about the deposit for `, A(c.address()), `.\n`);
  d.w(`assistant: Sure, `, P(u.given), `. Here's a draft:\n\nDear landlord,\nI moved out on ${c.otherDate()}. Please return the deposit to `, I(c.iban()), `.\nKind regards,\n`, P(u.full), `\n`);
  if (c.chance(0.4)) d.w(`\nuser: add my number `, T(c.phone()), ` and my email `, E(c.email(u)), `\n`);
};

const ssnForms: Family = (c, d) => {
  const kind = c.int(0, 3);
  const p = c.person(c.pick(['en', 'en', 'es', 'af', 'in', 'vi']), false);
  known(c, d, p, 0.3);
  if (kind === 0) {
    d.w(`BENEFITS ENROLLMENT ${c.int(2025, 2027)} — dependents\n| Name | Relationship | DOB | SSN |\n|---|---|---|---|\n`);
    d.w(`| `, P(p.full), ` | Employee | `, D(c.dob('en')), ` | `, N(c.ssn(c.int(0, 4))), ` |\n`);
    for (let i = 0; i < c.int(1, 3); i++) {
      const q = c.person(p.culture, false);
      d.w(`| `, P(`${q.given} ${p.family}`), ` | ${c.pick(['Spouse', 'Child', 'Domestic partner'])} | `, D(c.dob('en')), ` | `, N(c.ssn(c.int(0, 4))), ` |\n`);
    }
    d.w(`Plan: ${c.pick(['Aetna', 'Cigna', 'Kaiser Permanente', 'Blue Cross Blue Shield'])} PPO ${c.int(500, 3000)} · Group ${c.nz(7)}\n`);
  } else if (kind === 1) {
    d.w(`Form W-9 request — vendor onboarding\nName (as shown on your income tax return): `, P(p.full), `\n`);
    d.w(`Business name: ${c.pick(BRANDS)} LLC\nAddress: `, A(c.address('us')), `\n`);
    d.w(`Taxpayer Identification Number\nSocial security number: `, N(c.ssn(c.int(0, 4))), `\nEmployer identification number: ${c.int(10, 99)}-${c.nz(7)}\n`);
    d.w(`Signature: `, P(p.full), `   Date: ${c.otherDate()}\n`);
  } else if (kind === 2) {
    d.w(`RENTAL APPLICATION — ${c.pick(['Greystar', 'Equity Residential', 'Avalon'])} unit ${c.int(100, 1899)}\nApplicant: `, P(p.full), `  SSN `, N(c.ssn()), `\n`);
    d.w(`Date of birth: `, D(c.dob('en')), `  Phone: `, T(c.phone('us')), `\nCurrent address: `, A(c.address('us')), `\n`);
    const co = c.person(c.pick(['en', 'es']), false);
    d.w(`Co-applicant: `, P(co.full), `  SSN: `, N(c.ssn()), `\nMonthly income: $${c.int(2, 19)},${c.d(3)}  Credit score pulled ${c.otherDate()}\n`);
  } else {
    d.w(`To: ${c.pick(['Equifax', 'Experian', 'TransUnion'])} Dispute Center\nRe: dispute of account ${c.nz(12)}\n\nMy name is `, P(p.full), ` and my SSN is `, N(c.ssn()), `. `);
    d.w(`I was born on `, D(c.dob('en')), `. The report lists an address I never lived at and a wrong SSN ending, ${c.badSsn()}, which is not a valid number. `);
    d.w(`My current address is `, A(c.address('us')), `.\nSincerely,\n`, P(p.full), `\n`);
  }
};

const paymentLog: Family = (c, d) => {
  d.w(`# fraud-review export ${c.timestamp()} (${c.pick(['Adyen', 'Stripe Radar', 'Braintree', 'Worldpay'])})\n`);
  for (let i = 0; i < c.int(2, 4); i++) {
    const p = c.latinPerson();
    d.w(`{"ts":"${c.timestamp()}","txn":"${c.uuid()}","cardholder":"`, P(p.full), `","pan":"`, C(c.card().replace(/ /g, '')), `","ip":"`, IP(c.ip()), `","amount":${c.int(1, 9000)}.${c.d(2)},"risk":${c.int(0, 99)}}\n`);
  }
  if (c.chance(0.5)) d.w(`# note: test PAN ${c.badCard()} rejected by checksum, BIN table v${c.int(1, 9)}.${c.int(0, 9)}\n`);
};

const authLog: Family = (c, d) => {
  const host = c.pick(['bastion-01', 'web-eu-2', 'db-primary', 'vpn-gw']);
  const user = c.pick(['deploy', 'root', 'ubuntu', 'admin', 'git']);
  for (let i = 0; i < c.int(3, 6); i++) {
    const mon = c.pick(['Jan', 'Feb', 'Mar', 'Apr', 'Sep', 'Oct']);
    const r = c.int(0, 3);
    if (r === 0) d.w(`${mon} ${c.int(1, 28)} ${c.int(10, 23)}:${c.int(10, 59)}:${c.int(10, 59)} ${host} sshd[${c.int(1000, 99999)}]: Failed password for invalid user ${user} from `, IP(c.ip()), ` port ${c.int(1024, 65535)} ssh2\n`);
    else if (r === 1) d.w(`${mon} ${c.int(1, 28)} ${c.int(10, 23)}:${c.int(10, 59)}:${c.int(10, 59)} ${host} sshd[${c.int(1000, 99999)}]: Accepted publickey for ${user} from `, IP(c.ip()), ` port ${c.int(1024, 65535)} ssh2: ED25519 SHA256:${c.hex(20)}\n`);
    else if (r === 2) d.w(`${c.timestamp()} fail2ban.actions [${c.int(100, 9999)}]: NOTICE [sshd] Ban `, IP(c.ipv4()), `\n`);
    else d.w(`{"eventName":"ConsoleLogin","sourceIPAddress":"`, IP(c.ip()), `","userAgent":"aws-cli/2.${c.int(0, 20)}.${c.int(0, 30)}","eventTime":"${c.timestamp()}"}\n`);
  }
};

const bankStatement: Family = (c, d) => {
  const lang = c.pick(['nl', 'de', 'fr', 'en']);
  const holder = c.person(lang === 'en' ? 'en' : (lang as Culture));
  known(c, d, holder, 0.3);
  const cc = { nl: 'NL', de: 'DE', fr: 'FR', en: 'GB' }[lang]!;
  const hdr: Record<string, string> = { nl: 'Rekeningoverzicht', de: 'Kontoauszug', fr: 'Relevé de compte', en: 'Statement' };
  d.w(`${hdr[lang]} ${c.int(1, 12)}/${c.int(2024, 2026)} — `, P(holder.full), ` — `, I(c.iban(cc)), `\n`);
  for (let i = 0; i < c.int(2, 4); i++) {
    const cp = c.person(c.chance(0.6) ? (lang === 'en' ? 'en' : (lang as Culture)) : undefined, false);
    d.w(`${c.otherDate()}  ${c.chance(0.5) ? '-' : '+'}${c.int(5, 2500)},${c.d(2)}  `, P(cp.full.toUpperCase()), `  `, I(c.iban(c.pick([cc, 'DE', 'BE', 'FR', 'ES', 'IT']))), `  ${lookalike(c)}\n`);
  }
  d.w(`${c.pick(['Albert Heijn', 'Lidl', 'Carrefour', 'Tesco', 'Marks & Spencer'])} ${c.pick(PLACE_NAMES)}  -${c.int(3, 200)},${c.d(2)}  kaart ${c.d(4)}\n`);
};

// --- wholly negative documents --------------------------------------------------------------

const negatives: Family[] = [
  (c, d) => {
    d.w(`## Release ${c.int(1, 9)}.${c.int(0, 30)}.${c.int(0, 9)} (${c.otherDate()})\n- Faster ${c.pick(TECH_EPONYMS)}.\n- ${c.pick(PRODUCTS)} connector now retries; ${lookalike(c)}.\n`);
    d.w(`- Fixed crash when ${lookalike(c)} was empty.\n- Thanks to the ${c.pick(BRANDS)} team. Build ${c.hex(12)}.\n- Default bind address is now 0.0.0.0; OID 2.5.4.${c.int(3, 40)} parsing fixed.\n`);
  },
  (c, d) => {
    d.w(`Weather for ${c.pick(PLACE_NAMES)}, ${c.pick(['Texas', 'New South Wales', 'Italy', 'Virginia'])}: ${c.int(-5, 35)}°C, wind ${c.int(2, 40)} km/h. Station ${c.pick(['KAUS', 'YSSY', 'LIRQ'])} at ${lookalike(c)}.\n`);
    d.w(`Tomorrow: ${c.pick(['showers', 'sunny', 'fog'])}. Pollen count ${c.int(10, 400)}. Next update ${c.timestamp()}.\n`);
  },
  (c, d) => {
    d.w(`Lecture ${c.int(1, 20)} — ${c.pick(TECH_EPONYMS)} vs ${c.pick(TECH_EPONYMS)}\nRead chapter ${c.int(2, 14)} (${lookalike(c)}). `);
    d.w(`Historical note: the ${c.pick(['Euler characteristic', 'Gaussian elimination', 'Noetherian ring', 'Hopf algebra', 'Lagrangian'])} predates this. Problem set due ${c.otherDate()}.\n`);
  },
  (c, d) => {
    d.w(`Product review ★★★★☆\nBought the ${c.pick(BRANDS)} ${c.pick(PRODUCTS)} edition for ${lookalike(c)}. `);
    d.w(`Works with ${c.pick(PRODUCTS)} and ${c.pick(PRODUCTS)}. Model ${c.hex(4).toUpperCase()}-${c.d(4)}, firmware ${c.int(1, 9)}.${c.int(0, 9)}.${c.int(0, 99)}. Delivered ${c.otherDate()}.\n`);
  },
  (c, d) => {
    d.w(`Marktbericht ${c.otherDate()}: DAX ${c.int(14000, 19999)},${c.d(2)} Punkte; ${c.pick(['Siemens', 'Porsche', 'Hugo Boss', 'Zalando'])} +${c.int(0, 9)},${c.d(1)} %. `);
    d.w(`WKN ${c.hex(6).toUpperCase()}, ISIN DE000${c.d(7)}. Quelle: ${c.pick(['Reuters', 'dpa-AFX', 'Bloomberg'])}.\n`);
  },
  (c, d) => {
    d.w(`2024-${String(c.int(1, 12)).padStart(2, '0')}-1${c.int(0, 9)} 12:00:0${c.int(0, 9)} INFO  worker-${c.int(1, 12)} processed ${c.int(10, 9000)} msgs, p99=${c.int(3, 900)}ms, ${lookalike(c)}\n`);
    d.w(`WARN  retry ${c.int(1, 5)}/5 for job ${c.uuid()} (${lookalike(c)})\nINFO  cache hit ratio ${c.int(50, 99)}.${c.d(1)}%\n`);
  },
  (c, d) => {
    d.w(`Receta: tortilla de patatas para ${c.int(2, 8)}. ${c.int(4, 8)} huevos, ${c.int(400, 900)} g de patatas. `);
    d.w(`Fuego medio ${c.int(10, 25)} min. Inspirada en Casa ${c.pick(['Lucio', 'Dani', 'Amparo'])} de ${c.pick(['Madrid', 'Sevilla', 'Málaga'])}. Precio ${lookalike(c)}.\n`);
  },
  (c, d) => {
    d.w(`テスト用のダミーデータです。注文番号 ${c.nz(10)}、価格 ¥${c.int(100, 99999)}、バージョン ${c.int(1, 9)}.${c.int(0, 9)}.${c.int(0, 9)}。\n`);
    d.w(`Test data only: SSN-like ${c.badSsn()}, card-like ${c.badCard()}, IBAN-like ${c.badIban()}.\n`);
  },
  (c, d) => {
    d.w(`Horaires TGV INOUI ${c.int(6100, 6199)} — Paris Gare de Lyon ${c.int(6, 9)}h${c.int(10, 59)} → Marseille-Saint-Charles. Voiture ${c.int(1, 18)}, place ${c.int(1, 90)}. `);
    d.w(`Tarif ${c.int(29, 149)},${c.d(2)} €. Correspondance pour Saint-Étienne et Sainte-Marie. Dossier ${c.hex(6).toUpperCase()}.\n`);
  },
  (c, d) => {
    d.w(`# docker-compose.override.yml\nservices:\n  ${c.pick(PRODUCTS).toLowerCase()}:\n    image: registry.local/${c.pick(['marvin', 'jarvis', 'watson'])}:${c.int(1, 9)}.${c.int(0, 20)}.${c.int(0, 9)}@sha256:${c.hex(64)}\n`);
    d.w(`    environment:\n      INSTANCE_ID: ${c.uuid()}\n      LISTEN: "0.0.0.0:${c.int(3000, 9999)}"\n      PRICE_CAP: "${lookalike(c)}"\n`);
  },
];

interface Weighted {
  readonly f: Family;
  readonly w: number;
}
const FAMILIES: readonly Weighted[] = [
  { f: supportChat, w: 9 }, { f: voiceTranscript, w: 5 }, { f: emailMsg, w: 9 }, { f: clinicalNote, w: 5 },
  { f: insuranceDe, w: 4 }, { f: sepaTransfer, w: 5 }, { f: hrOnboarding, w: 5 }, { f: courtExtract, w: 4 },
  { f: shipping, w: 5 }, { f: crmCsv, w: 4 }, { f: crmJson, w: 4 }, { f: yamlXml, w: 4 }, { f: codingSession, w: 8 },
  { f: ticket, w: 5 }, { f: smsThread, w: 6 }, { f: socialPost, w: 5 }, { f: minutes, w: 4 }, { f: schoolRecord, w: 3 },
  { f: listing, w: 3 }, { f: travelBooking, w: 4 }, { f: paymentDispute, w: 5 }, { f: bankLetterAr, w: 2 },
  { f: formRuPl, w: 3 }, { f: ecommerceCnKo, w: 3 }, { f: indiaForm, w: 2 }, { f: userNamesPrompt, w: 3 },
  { f: ssnForms, w: 10 }, { f: paymentLog, w: 5 }, { f: authLog, w: 3 }, { f: bankStatement, w: 3 },
];
const TOTAL_WEIGHT = FAMILIES.reduce((s, x) => s + x.w, 0);

function pickFamily(c: Ctx): Family {
  let r = c.rng.next() * TOTAL_WEIGHT;
  for (const x of FAMILIES) {
    r -= x.w;
    if (r < 0) return x.f;
  }
  return FAMILIES[0]!.f;
}

/** Generate the corpus for one seed: whole documents until at least `minInstances` labels. */
export function generateIndependent6Corpus(options: { seed: number; minInstances?: number }): Independent6Entry[] {
  const min = options.minInstances ?? INDEPENDENT6_MIN_INSTANCES;
  const c = new Ctx(new Rng(options.seed));
  const out: Independent6Entry[] = [];
  let count = 0;
  while (count < min) {
    const d = new Doc();
    if (c.chance(0.085)) c.pick(negatives)(c, d);
    else pickFamily(c)(c, d);
    const knownNames = [...new Set(d.knownNames)];
    out.push({ text: d.text, labels: d.labels, knownNames });
    count += d.labels.length;
  }
  return out;
}
