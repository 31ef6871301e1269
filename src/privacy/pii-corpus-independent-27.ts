/**
 * @module privacy/pii-corpus-independent-27 — blind labelled PII corpus #27 (independent27): spoken language
 * written down by machines.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, IBAN mod 97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first
 * 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json`
 * and `package.json`. I did NOT read the detector, its tests, its benchmarks, its docs, any other corpus or
 * template file, the shared folder or the git history, and I never ran the detector on this text. Every name,
 * address, template and value below was invented for this file.
 *
 * Seeds: {@link INDEPENDENT27_SEEDS} (270001, 270002, 270003); each seed yields whole documents until at least
 * `minInstances` labels (default {@link INDEPENDENT27_MIN_INSTANCES}) exist, deterministically.
 *
 * Contents (78 document templates, 10 of them hard negatives): voicemail transcriptions, IVR and voice-bot logs, live captions of video calls, dictated notes,
 * letters and memos, speech-analytics call summaries, smart-speaker and in-car assistant request logs, in
 * English and several other languages, with inconsistent casing and punctuation, numbers, dates, addresses and
 * e-mail addresses written as words, digits or a mix, repetitions and self-corrections. About one document in
 * ten is a hard negative (no PII, but eponymous brands, places, diseases and laws, reference numbers, hashes,
 * versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, other dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, software and assistants, places, pets, ships, storms, streets named after people, eponymous
 *   diseases/laws/awards and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the last
 *   postcode/city/country line); recipient names are separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The seeds of this split. */
export const INDEPENDENT27_SEEDS = [270001, 270002, 270003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT27_MIN_INSTANCES = 2400;

/** A label of this split, carrying its text. */
export type Independent27Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent27Entry = PiiCorpusEntry & { readonly labels: readonly Independent27Label[] };

type CaseMode = 'keep' | 'lower';

/** Builds a document, recording label offsets while appending. */
class Doc {
  text = '';
  labels: Independent27Label[] = [];
  known: string[] = [];
  mode: CaseMode = 'keep';
  #c(s: string): string {
    return this.mode === 'lower' ? s.toLowerCase() : s;
  }
  t(s: string): this {
    this.text += this.#c(s);
    return this;
  }
  l(type: PiiType, raw: string): this {
    const value = this.#c(raw);
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** A PERSON label. */
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name: labelled PERSON and recorded as a known name, verbatim. */
  self(name: string): this {
    this.p(name);
    const last = this.labels[this.labels.length - 1];
    if (last && !this.known.includes(last.value)) this.known.push(last.value);
    return this;
  }
}

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------------------------------------------------
// Names (invented pools, many cultures; several given names are also common English words)
// ---------------------------------------------------------------------------------------------------------

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
}

const CULTURES: Readonly<Record<string, Culture>> = {
  us: {
    g: ['Will', 'Bill', 'Grant', 'Hope', 'Rose', 'May', 'Guy', 'Faith', 'Joy', 'Drew', 'Mark', 'Pat', 'Dawn', 'Chase',
      'Miles', 'Frank', 'Ray', 'Penny', 'Ruby', 'Holly', 'Iris', 'Destiny', 'Tyler', 'Brandon', 'Kayla', 'Dakota',
      'Summer', 'Hunter', 'Sunny', 'Carol', 'Jack', 'Shirley', 'Dwayne', 'Tammy'],
    s: ['Baker', 'Cook', 'Young', 'Long', 'Brown', 'White', 'Green', 'King', 'Rich', 'Moore', 'Wolf', 'Fox', 'Bird',
      'Sharp', 'Swift', 'Hill', 'Price', 'Little', 'Goodman', 'Walker', 'Carpenter', 'Mason', 'Church', 'Lovejoy',
      'Hatcher', 'Pruitt', 'Whitaker', 'Dunbar', 'Shumway', 'Rutledge'],
  },
  uk: {
    g: ['Oliver', 'Harriet', 'Alfie', 'Imogen', 'Rhys', 'Poppy', 'Nigel', 'Gemma', 'Tobias', 'Philippa', 'Clive', 'Bryony'],
    s: ['Ashworth', 'Pennington', 'Hargreaves', 'Whitlock', 'Featherstone', 'Bell', 'Marsh', 'Fairbairn', 'Thwaites',
      'Cholmondeley', 'Sidebottom', 'Pickles'],
  },
  ie: {
    g: ['Siobhán', 'Niamh', 'Ciarán', 'Aoife', 'Oisín', 'Saoirse', 'Pádraig', 'Róisín', 'Eoghan', 'Caoimhe'],
    s: ["O'Sullivan", 'MacCarthy', 'Kavanagh', 'Doherty', 'Quinlan', 'Geraghty', "O'Driscoll", 'Mulcahy', 'Ó Briain'],
  },
  sc: {
    g: ['Eilidh', 'Callum', 'Morag', 'Hamish', 'Isla', 'Fraser', 'Ailsa', 'Ruaridh'],
    s: ['MacLeod', 'Sinclair', 'Buchanan', 'Drummond', 'Urquhart', 'McAllister', 'Gillespie'],
  },
  de: {
    g: ['Lukas', 'Anneliese', 'Jürgen', 'Henrike', 'Matthias', 'Wiebke', 'Till', 'Ute', 'Franziska', 'Bernd', 'Jörg',
      'Sönke', 'Gesine', 'Detlef', 'Heike'],
    s: ['Schmidt', 'Müller', 'Weißkopf', 'Brandt', 'Vogel', 'Hoffmann', 'Krüger', 'Zimmermann', 'Schäfer', 'Kleinert',
      'Ostermann', 'Böttcher', 'Rademacher', 'Engel'],
  },
  fr: {
    g: ['Amélie', 'Théo', 'Solène', 'Baptiste', 'Margaux', 'Loïc', 'Clémence', 'Étienne', 'Aurélie', 'Benoît',
      'Gaëlle', 'Yannick'],
    s: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lambert', 'Marchand',
      'Boulanger', 'Delacroix', 'Pétain-Roux'],
  },
  es: {
    g: ['Lucía', 'Javier', 'Itziar', 'Álvaro', 'Nerea', 'Íñigo', 'Rocío', 'Sergio', 'Pilar', 'Consuelo', 'Amparo'],
    s: ['García', 'Fernández', 'Sánchez', 'Etxeberria', 'Romero', 'Navarro', 'Gil', 'Moreno', 'Iglesias',
      'Ruiz de la Prada', 'Olmedo'],
  },
  mx: {
    g: ['Guadalupe', 'Xóchitl', 'Jesús', 'Itzel', 'Rigoberto', 'Citlali', 'Maricela', 'Araceli', 'Ximena', 'Lupita'],
    s: ['Hernández', 'Ramírez', 'Villaseñor', 'Ochoa', 'Zavala', 'Mendoza', 'Castañeda', 'Tlapa', 'Cervantes'],
  },
  br: {
    g: ['João', 'Thiago', 'Leandro', 'Gislaine', 'Rafaela', 'Conceição', 'Wellington', 'Thaís', 'Cleiton', 'Jussara'],
    s: ['Silva', 'Oliveira', 'Souza', 'Pereira', 'Carvalho', 'Rocha', 'Nascimento', 'Gonçalves', 'Albuquerque'],
  },
  it: {
    g: ['Giuseppe', 'Chiara', 'Lorenzo', 'Francesca', 'Matteo', 'Giulia', 'Salvatore', 'Benedetta', 'Donatella',
      'Ottavio'],
    s: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'De Luca', 'Ferraro'],
  },
  nl: {
    g: ['Sanne', 'Joost', 'Femke', 'Bram', 'Maarten', 'Lieke', 'Sjoerd', 'Anouk', 'Wouter'],
    s: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Mulder', 'van Dijk', 'Hoekstra'],
  },
  pl: {
    g: ['Agnieszka', 'Krzysztof', 'Małgorzata', 'Wojciech', 'Zofia', 'Grzegorz', 'Jadwiga', 'Przemysław'],
    s: ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska'],
  },
  nordic: {
    g: ['Linnéa', 'Björn', 'Astrid', 'Sven', 'Ingrid', 'Oskar', 'Sigrid', 'Leif', 'Solveig', 'Aino', 'Juha', 'Eero'],
    s: ['Johansson', 'Lindqvist', 'Bergström', 'Andersson', 'Nilsson', 'Haugen', 'Solberg', 'Dahl', 'Virtanen',
      'Korhonen', 'Mäkinen', 'Järvinen'],
  },
  ru: {
    g: ['Dmitri', 'Yekaterina', 'Oleksandr', 'Svetlana', 'Bohdan', 'Natalia', 'Vladislav', 'Oksana', 'Lyudmila'],
    s: ['Ivanov', 'Petrova', 'Shevchenko', 'Kovalenko', 'Sokolov', 'Bondarenko', 'Morozova', 'Kuznetsov'],
  },
  gr: {
    g: ['Eleni', 'Giorgos', 'Dimitra', 'Nikos', 'Stavros', 'Panagiota'],
    s: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Oikonomou', 'Karagiannis', 'Vlachou'],
  },
  tr: {
    g: ['Emre', 'Ayşe', 'Mehmet', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen'],
    s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'],
  },
  ar: {
    g: ['Mohammed', 'Fatima', 'Said', 'Layla', 'Omar', 'Noor', 'Khalid', 'Amira', 'Youssef', 'Huda'],
    s: ['Al-Farsi', 'Haddad', 'El-Amin', 'Nasser', 'Khoury', 'Mansour', 'Al-Rashid', 'Benali', 'Saleh'],
  },
  fa: {
    g: ['Dariush', 'Shirin', 'Arash', 'Parisa', 'Kourosh', 'Niloufar'],
    s: ['Hosseini', 'Tehrani', 'Karimi', 'Moradi', 'Farahani', 'Rostami'],
  },
  he: {
    g: ['Yael', 'Avi', 'Noa', 'Itai', 'Shira', 'Eitan'],
    s: ['Cohen', 'Levi', 'Mizrahi', 'Friedman', 'Ben-David', 'Peretz'],
  },
  in: {
    g: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Deepika', 'Vikram', 'Sunita', 'Harpreet', 'Gurpreet', 'Aarav',
      'Lakshmi', 'Karthik', 'Meenakshi', 'Senthil'],
    s: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Deshpande', 'Gupta', 'Singh', 'Chatterjee', 'Kulkarni', 'Menon',
      'Nair', 'Subramanian', 'Ramasamy', 'Venkatesan'],
  },
  zh: {
    g: ['Wei', 'Xiaoming', 'Jing', 'Hao', 'Mei', 'Zhiwei', 'Yuxuan', 'Xinyi', 'Jun'],
    s: ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Xu', 'Sun', 'Guo'],
  },
  ja: {
    g: ['Haruto', 'Yui', 'Takeshi', 'Sakura', 'Kenji', 'Aoi', 'Hiroshi', 'Yuki', 'Ren', 'Misaki'],
    s: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Ito', 'Sato'],
  },
  ko: {
    g: ['Minjun', 'Seoyeon', 'Jiwoo', 'Hyun-woo', 'Eun-ji', 'Dong-hyun', 'Soo-ah', 'Jae-won'],
    s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
  },
  vi: {
    g: ['Linh', 'Minh', 'Thảo', 'Quang', 'Ngọc', 'Tuấn', 'Hương'],
    s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng'],
  },
  ph: {
    g: ['Maricel', 'Jomar', 'Rowena', 'Dindo', 'Precious', 'Jericho'],
    s: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mercado'],
  },
  ng: {
    g: ['Adebayo', 'Chiamaka', 'Oluwaseun', 'Ngozi', 'Emeka', 'Funmilayo', 'Chidi', 'Blessing', 'Gift'],
    s: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Ogunleye', 'Nwosu', 'Adewale'],
  },
  ea: {
    g: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Baraka', 'Abebe', 'Tigist', 'Selam', 'Dawit'],
    s: ['Mwangi', 'Odhiambo', 'Kariuki', 'Wafula', 'Chebet', 'Kiprono', 'Bekele', 'Tesfaye', 'Haile', 'Girma'],
  },
  cz: {
    g: ['Zsófia', 'Bence', 'Réka', 'Tomáš', 'Lenka', 'Jiří', 'Eszter'],
    s: ['Nagy', 'Kovács', 'Szabó', 'Horváth', 'Novák', 'Dvořák', 'Procházka'],
  },
};
const CULTURE_KEYS = Object.keys(CULTURES);

interface Person {
  readonly g: string;
  readonly s: string;
}

function person(r: Rng, culture?: string): Person {
  const c = CULTURES[culture ?? r.pick(CULTURE_KEYS)] ?? CULTURES['us'];
  if (!c) throw new Error('no culture');
  return { g: r.pick(c.g), s: r.pick(c.s) };
}
const full = (p: Person): string => `${p.g} ${p.s}`;

/** A spoken-transcript rendering of a name: full, initial+surname, "Surname, Given", parts, caps, lower. */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 11);
  if (k <= 3) return full(p);
  if (k === 4) return `${p.g.charAt(0)}. ${p.s}`;
  if (k === 5) return `${p.s}, ${p.g}`;
  if (k === 6) return p.s;
  if (k === 7) return p.g;
  if (k === 8) return full(p).toUpperCase();
  return full(p).toLowerCase();
}

const JA_S = ['田中', '佐藤', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'];
const JA_G = ['翔太', '陽菜', '健一', '美咲', '大輔', 'さくら', '蓮', '結衣'];
const KO_S = ['김', '이', '박', '최', '정', '강'];
const KO_G = ['민준', '서연', '지우', '하은', '도윤', '예린'];

// ---------------------------------------------------------------------------------------------------------
// Spoken numbers
// ---------------------------------------------------------------------------------------------------------

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
const DIG: Readonly<Record<Lang, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
};
const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth',
  'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first'];
const at = <T>(xs: readonly T[], i: number): T => {
  const v = xs[i];
  if (v === undefined) throw new Error(`index ${i}`);
  return v;
};

function en99(r: Rng, n: number): string {
  if (n < 20) return at(EN_ONES, n);
  const u = n % 10;
  return at(EN_TENS, Math.floor(n / 10)) + (u ? (r.chance(0.7) ? '-' : ' ') + at(EN_ONES, u) : '');
}
function enYear(r: Rng, y: number): string {
  const lo = y % 100;
  if (y < 2000) return `nineteen ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${at(EN_ONES, lo)}` : en99(r, lo)}`;
  if (lo < 10 || r.chance(0.4)) return `two thousand${lo ? (r.chance(0.5) ? ' and ' : ' ') + en99(r, lo) : ''}`;
  return `twenty ${en99(r, lo)}`;
}
/** A house number as people say it ("twelve forty-five", "three oh seven", "eighty-eight"). */
function enHouse(r: Rng, n: number): string {
  if (n < 100) return en99(r, n);
  if (n < 1000) {
    const lo = n % 100;
    return `${at(EN_ONES, Math.floor(n / 100))} ${lo < 10 ? `oh ${at(EN_ONES, lo)}` : en99(r, lo)}`;
  }
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  return `${en99(r, hi)} ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${at(EN_ONES, lo)}` : en99(r, lo)}`;
}
function frPair(n: number): string {
  const U = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
    'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  const T = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
  if (n < 20) return at(U, n);
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t < 7) return at(T, t) + (u === 1 ? ' et un' : u ? `-${at(U, u)}` : '');
  if (t === 7) return `soixante${u === 1 ? ' et onze' : `-${at(U, 10 + u)}`}`;
  if (t === 8) return u ? `quatre-vingt-${at(U, u)}` : 'quatre-vingts';
  return `quatre-vingt-${at(U, 10 + u)}`;
}

/** Digits said one by one in a language ("oh", "double", Brazilian "meia" where people say them). */
function sayDigits(r: Rng, digits: string, lang: Lang): string {
  const out: string[] = [];
  const oh = lang === 'en' && r.chance(0.6);
  const dbl = lang === 'en' && r.chance(0.4);
  const meia = lang === 'pt' && r.chance(0.5);
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charAt(i);
    let w = at(DIG[lang], Number(c));
    if (c === '0' && oh) w = 'oh';
    if (c === '6' && meia) w = 'meia';
    if (dbl && digits.charAt(i + 1) === c && digits.charAt(i + 2) !== c) {
      out.push(`double ${w}`);
      i++;
      continue;
    }
    out.push(w);
  }
  return out.join(' ');
}

/** Groups of digits read aloud, each group spoken, sometimes left as digits by the recogniser. */
function sayGroups(r: Rng, groups: readonly string[], lang: Lang): string {
  const sep = r.pick([', ', ' ', ' ', '... ', ' - ']);
  const mixed = r.chance(0.25);
  return groups
    .map((g) => {
      if (mixed && r.chance(0.4)) return g;
      if (lang === 'fr' && g.length % 2 === 0 && r.chance(0.8)) {
        const ps: string[] = [];
        for (let i = 0; i < g.length; i += 2) {
          const pair = g.slice(i, i + 2);
          ps.push(pair.startsWith('0') ? `zéro ${at(DIG.fr, Number(pair.charAt(1)))}` : frPair(Number(pair)));
        }
        return ps.join(' ');
      }
      if (lang === 'en' && g.length === 2 && !g.startsWith('0') && r.chance(0.4)) return en99(r, Number(g));
      return sayDigits(r, g, lang);
    })
    .join(sep);
}

// ---------------------------------------------------------------------------------------------------------
// Phones, by country: national and international written forms plus the digit groups people read out
// ---------------------------------------------------------------------------------------------------------

interface Phone {
  readonly nat: string;
  readonly intl: string;
  readonly groups: readonly string[];
  readonly lang: Lang;
}
type Cc = 'us' | 'ca' | 'uk' | 'ie' | 'de' | 'at' | 'ch' | 'fr' | 'be' | 'es' | 'it' | 'nl' | 'pt' | 'br' | 'mx'
  | 'jp' | 'kr' | 'cn' | 'in' | 'au' | 'nz' | 'za' | 'ng' | 'ke' | 'se' | 'pl' | 'tr' | 'ae' | 'sg' | 'ph';
const PHONE_CCS: readonly Cc[] = ['us', 'ca', 'uk', 'ie', 'de', 'at', 'ch', 'fr', 'be', 'es', 'it', 'nl', 'pt', 'br',
  'mx', 'jp', 'kr', 'cn', 'in', 'au', 'nz', 'za', 'ng', 'ke', 'se', 'pl', 'tr', 'ae', 'sg', 'ph'];

function phone(r: Rng, cc: Cc): Phone {
  const D = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  const mk = (nat: string, intl: string, groups: string[], lang: Lang = 'en'): Phone => ({ nat, intl, groups, lang });
  switch (cc) {
    case 'us':
    case 'ca': {
      const a = r.pick(cc === 'us' ? ['212', '415', '312', '617', '206', '303', '512', '718', '404', '702', '919', '971']
        : ['613', '416', '604', '514', '403', '902']);
      const e = nz() + D(2);
      const l = D(4);
      const nat = r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `${a} ${e} ${l}`]);
      return mk(nat, r.pick([`+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `1 (${a}) ${e}-${l}`]), [a, e, l]);
    }
    case 'uk': {
      if (r.chance(0.6)) {
        const a = `07${r.int(4, 9)}${D(2)}`;
        const b = D(6);
        return mk(`${a} ${b}`, `+44 ${a.slice(1)} ${b}`, [a, b.slice(0, 3), b.slice(3)]);
      }
      const a = D(4);
      const b = D(4);
      return mk(`020 ${a} ${b}`, `+44 20 ${a} ${b}`, ['020', a, b]);
    }
    case 'ie': {
      const a = `08${r.pick(['3', '5', '6', '7', '9'])}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+353 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'de': {
      if (r.chance(0.55)) {
        const a = `01${r.pick(['51', '52', '60', '62', '70', '71', '72', '76', '77', '79'])}`;
        const b = D(r.int(7, 8));
        return mk(r.pick([`${a} ${b}`, `${a}/${b}`, `${a}-${b}`]), `+49 ${a.slice(1)} ${b}`, [a, b.slice(0, 3), b.slice(3)], 'de');
      }
      const a = r.pick(['030', '089', '040', '0221', '069', '0711', '0351']);
      const b = nz() + D(10 - a.length);
      return mk(r.pick([`${a} ${b}`, `(${a}) ${b}`, `${a}/${b}`]), `+49 ${a.slice(1)} ${b}`, [a, b], 'de');
    }
    case 'at': {
      const b = D(7);
      return mk(`0664 ${b}`, `+43 664 ${b}`, ['0664', b.slice(0, 3), b.slice(3)], 'de');
    }
    case 'ch': {
      const a = r.pick(['076', '078', '079', '044']);
      const b = D(3);
      const c = D(2);
      const e = D(2);
      return mk(`${a} ${b} ${c} ${e}`, `+41 ${a.slice(1)} ${b} ${c} ${e}`, [a, b, c, e], 'de');
    }
    case 'fr': {
      const first = `0${r.pick(['1', '4', '6', '7', '6'])}`;
      const ps = [D(2), D(2), D(2), D(2)];
      const sep = r.pick([' ', '.', ' ']);
      return mk([first, ...ps].join(sep), `+33 ${first.slice(1)} ${ps.join(' ')}`, [first, ...ps], 'fr');
    }
    case 'be': {
      const a = `04${r.int(6, 9)}${D(1)}`;
      const ps = [D(2), D(2), D(2)];
      return mk(`${a} ${ps.join(' ')}`, `+32 ${a.slice(1)} ${ps.join(' ')}`, [a, ...ps], 'fr');
    }
    case 'es': {
      const a = `6${D(2)}`;
      const b = D(3);
      const c = D(3);
      return mk(`${a} ${b} ${c}`, `+34 ${a} ${b} ${c}`, [a, b, c], 'es');
    }
    case 'it': {
      const a = `3${r.pick(['33', '35', '38', '40', '47', '49'])}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+39 ${a} ${b} ${c}`, [a, b, c], 'it');
    }
    case 'nl': {
      const b = D(8);
      return mk(r.pick([`06-${b}`, `06 ${b.slice(0, 4)} ${b.slice(4)}`]), `+31 6 ${b}`, ['06', b.slice(0, 4), b.slice(4)], 'nl');
    }
    case 'pt': {
      const a = `9${r.pick(['1', '2', '3', '6'])}${D(1)}`;
      const b = D(3);
      const c = D(3);
      return mk(`${a} ${b} ${c}`, `+351 ${a} ${b} ${c}`, [a, b, c], 'pt');
    }
    case 'br': {
      const ddd = r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85']);
      const a = `9${D(4)}`;
      const b = D(4);
      return mk(`(${ddd}) ${a}-${b}`, `+55 ${ddd} ${a}-${b}`, [ddd, a, b], 'pt');
    }
    case 'mx': {
      const a = r.pick(['55', '33', '81']);
      const b = D(4);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+52 ${a} ${b} ${c}`, [a, b, c], 'es');
    }
    case 'jp': {
      const a = r.chance(0.7) ? `0${r.pick(['70', '80', '90'])}` : '03';
      const b = D(4);
      const c = D(4);
      return mk(`${a}-${b}-${c}`, `+81 ${a.slice(1)}-${b}-${c}`, [a, b, c]);
    }
    case 'kr': {
      const b = D(4);
      const c = D(4);
      return mk(`010-${b}-${c}`, `+82 10-${b}-${c}`, ['010', b, c]);
    }
    case 'cn': {
      const a = `1${r.pick(['38', '39', '58', '86', '87'])}`;
      const b = D(4);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+86 ${a} ${b} ${c}`, [a, b, c]);
    }
    case 'in': {
      const a = `${r.pick(['9', '8', '7'])}${D(4)}`;
      const b = D(5);
      return mk(r.pick([`${a} ${b}`, `0${a} ${b}`, `${a}${b}`]), `+91 ${a} ${b}`, [a, b]);
    }
    case 'au': {
      if (r.chance(0.6)) {
        const a = `04${D(2)}`;
        const b = D(3);
        const c = D(3);
        return mk(`${a} ${b} ${c}`, `+61 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
      }
      const a = r.pick(['02', '03', '07', '08']);
      const b = nz() + D(3);
      const c = D(4);
      return mk(`(${a}) ${b} ${c}`, `+61 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'nz': {
      const b = D(3);
      const c = D(4);
      return mk(`021 ${b} ${c}`, `+64 21 ${b} ${c}`, ['021', b, c]);
    }
    case 'za': {
      const a = `0${r.pick(['82', '83', '72', '71', '61'])}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+27 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'ng': {
      const a = `0${r.pick(['803', '805', '806', '813', '816', '703', '706', '810'])}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+234 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'ke': {
      const a = `07${D(2)}`;
      const b = D(3);
      const c = D(3);
      return mk(`${a} ${b} ${c}`, `+254 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'se': {
      const a = `07${r.pick(['0', '2', '3', '6'])}`;
      const b = D(3);
      const c = D(2);
      const e = D(2);
      return mk(`${a}-${b} ${c} ${e}`, `+46 ${a.slice(1)} ${b} ${c} ${e}`, [a, b, c, e]);
    }
    case 'pl': {
      const a = `${r.int(5, 8)}${D(2)}`;
      const b = D(3);
      const c = D(3);
      return mk(`${a} ${b} ${c}`, `+48 ${a} ${b} ${c}`, [a, b, c]);
    }
    case 'tr': {
      const a = `05${r.int(3, 5)}${D(1)}`;
      const b = D(3);
      const c = D(2);
      const e = D(2);
      return mk(`${a} ${b} ${c} ${e}`, `+90 ${a.slice(1)} ${b} ${c} ${e}`, [a, b, c, e]);
    }
    case 'ae': {
      const a = `05${r.pick(['0', '2', '5', '6'])}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+971 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
    case 'sg': {
      const a = `${r.pick(['8', '9'])}${D(3)}`;
      const b = D(4);
      return mk(`${a} ${b}`, `+65 ${a} ${b}`, [a, b]);
    }
    case 'ph': {
      const a = `09${D(2)}`;
      const b = D(3);
      const c = D(4);
      return mk(`${a} ${b} ${c}`, `+63 ${a.slice(1)} ${b} ${c}`, [a, b, c]);
    }
  }
}

/** A phone number as it lands in a transcript: written national/international, spoken, or half and half. */
function phoneText(r: Rng, cc: Cc, spokenShare = 0.45): string {
  const ph = phone(r, cc);
  if (r.chance(spokenShare)) return sayGroups(r, ph.groups, ph.lang);
  return r.chance(0.6) ? ph.nat : ph.intl;
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses, written and spoken
// ---------------------------------------------------------------------------------------------------------

const ASCII_MAP: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd', ı: 'i', œ: 'oe' };
function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/[łßøæđıœ]/g, (c) => ASCII_MAP[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}
const FREE_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it',
  'hotmail.es', 'naver.com', 'icloud.com', 'proton.me', 'bigpond.com', 'uol.com.br', 't-online.de', 'free.fr',
  'yahoo.com', 'rediffmail.com', 'ziggo.nl', 'wp.pl', 'hotmail.com'];
const ORG_DOMAINS = ['kestrelfreight.com', 'tallowbrook.co.uk', 'nordlicht-energie.de', 'corvane.io', 'maplerow-dental.com',
  'harbourlight.org', 'quillfeather.net', 'brisa-seguros.es', 'fennwick.edu', 'oaktide-clinic.com.au'];
const EMAIL_WORDS: Readonly<Record<Lang, readonly [string, string]>> = {
  en: ['dot', 'at'], de: ['punkt', 'at'], fr: ['point', 'arobase'], es: ['punto', 'arroba'], it: ['punto', 'chiocciola'],
  pt: ['ponto', 'arroba'], nl: ['punt', 'apenstaartje'],
};

const DASH_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['dash', 'hyphen'], de: ['Bindestrich', 'Minus'], fr: ['tiret'], es: ['guion'], it: ['trattino'], pt: ['hífen', 'traço'],
  nl: ['streepje', 'min'],
};
const UNDERSCORE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['underscore'], de: ['Unterstrich'], fr: ['tiret du bas', 'underscore'], es: ['guion bajo'], it: ['underscore'],
  pt: ['underline'], nl: ['underscore', 'laag streepje'],
};
interface MailParts {
  readonly local: readonly string[];
  readonly domain: string;
}
function mailParts(r: Rng, p: Person | null, org = false): MailParts {
  const domain = org ? r.pick(ORG_DOMAINS) : r.pick(FREE_DOMAINS);
  if (!p) return { local: [r.pick(['support', 'billing', 'info', 'hello', 'bookings', 'accounts', 'claims', 'frontdesk'])], domain };
  const g = ascii(p.g) || 'x';
  const s = ascii(p.s) || 'y';
  const k = r.int(0, 6);
  const num = r.chance(0.5) ? String(r.int(1, 99)) : '';
  const local = k === 0 ? [g, '.', s] : k === 1 ? [g.charAt(0), s] : k === 2 ? [g, '_', s] : k === 3 ? [s, '.', g]
    : k === 4 ? [g, s] : k === 5 ? [g, '-', s] : [g];
  return { local: num ? [...local, num] : local, domain };
}
function writeMail(m: MailParts): string {
  return `${m.local.join('')}@${m.domain}`;
}
function sayMail(r: Rng, m: MailParts, lang: Lang): string {
  const [dot, atw] = EMAIL_WORDS[lang];
  const parts = m.local.map((x) => {
    if (x === '.') return dot;
    if (x === '_') return r.pick(UNDERSCORE_WORDS[lang]);
    if (x === '-') return r.pick(DASH_WORDS[lang]);
    if (/^\d+$/.test(x)) return r.chance(0.5) ? x : lang === 'en' && x.length === 2 ? en99(r, Number(x)) : sayDigits(r, x, lang);
    return x;
  });
  const dom = r.chance(0.2) ? m.domain : m.domain.split('.').join(` ${dot} `);
  return `${parts.join(' ')} ${r.chance(0.15) && lang === 'en' ? 'at sign' : atw} ${dom}`;
}
function mailText(r: Rng, p: Person | null, lang: Lang, spokenShare = 0.5, org = false): string {
  const m = mailParts(r, p, org);
  return r.chance(spokenShare) ? sayMail(r, m, lang) : writeMail(m);
}

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs
// ---------------------------------------------------------------------------------------------------------

function luhnComplete(r: Rng, prefix: string, len: number): string {
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('luhn');
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 2) return luhnComplete(r, '4', r.chance(0.05) ? 13 : 16);
  if (k <= 4) return luhnComplete(r, r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720)), 16);
  if (k === 5) return luhnComplete(r, r.pick(['34', '37']), 15);
  if (k === 6) return luhnComplete(r, r.pick(['6011', '65', '644']), 16);
  if (k === 7) return luhnComplete(r, String(r.int(3528, 3589)), 16);
  if (k === 8) return luhnComplete(r, r.pick(['36', '38', '300', '305']), 14);
  return luhnComplete(r, '62', r.chance(0.8) ? 16 : 19);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '', '  ']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  const g: string[] = [];
  for (let i = 0; i < d.length; i += 4) g.push(d.slice(i, i + 4));
  return g.join(sep);
}
const cardText = (r: Rng): string => groupCard(r, cardDigits(r));
function badCardText(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`,
  `ending in ${r.digits(4)}`, `${r.digits(4)} **** **** ${r.digits(4)}`]);

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: '18n', GB: '4a14n', FR: '23n', ES: '20n', IT: '1a22n', NL: '4a10n', BE: '12n', CH: '17n', AT: '16n', PL: '24n',
  PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '16n', SA: '20n', AE: '19n', TR: '22n',
  GR: '23n', CZ: '20n', HU: '24n', RO: '4a16n', BR: '23n1a1a',
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, country?: string): string {
  const cc = country ?? r.pick(Object.keys(IBAN_BBAN));
  const spec = IBAN_BBAN[cc] ?? '18n';
  let bban = '';
  for (const m of spec.matchAll(/(\d+)([an])/g)) {
    const n = Number(m[1]);
    for (let i = 0; i < n; i++) bban += m[2] === 'a' ? String.fromCharCode(65 + r.int(0, 25)) : String(r.int(0, 9));
  }
  const check = 98 - mod97(`${bban}${cc}00`);
  const iban = `${cc}${String(check).padStart(2, '0')}${bban}`;
  if (!ibanMod97Valid(iban) || IBAN_LENGTHS[cc] !== iban.length) throw new Error(`iban ${iban}`);
  return iban;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k <= 4) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (k <= 6) return c;
  if (k === 7) return c.toLowerCase();
  if (k === 8) return `${c.charAt(0)} ${c.charAt(1)} ${c.slice(2, 4)} ${(c.slice(4).match(/.{1,4}/g) ?? []).join(' ')}`;
  return (c.match(/.{1,4}/g) ?? [c]).join('  ');
}
const ibanText = (r: Rng, country?: string): string => groupIban(r, ibanCompact(r, country));
/** True when a grouped run of the BBAN would read as a Luhn-valid card number on its own. */
function hasCardRun(bban: string): boolean {
  for (let i = 0; i < bban.length; i += 4) {
    for (let n = 13; n <= 19 && i + n <= bban.length; n++) {
      const run = bban.slice(i, i + n);
      if (/^[2-6]\d+$/.test(run) && luhnValid(run)) return true;
    }
  }
  return false;
}
function badIbanText(r: Rng): string {
  for (let k = 0; ; k++) {
    const c = ibanCompact(r);
    const i = r.int(4, c.length - 1);
    const ch = c.charAt(i);
    const repl = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'Z' ? 'A' : String.fromCharCode(ch.charCodeAt(0) + 1);
    const bad = c.slice(0, i) + repl + c.slice(i + 1);
    if (k >= 50 || !hasCardRun(bad.slice(4))) return groupIban(r, bad);
  }
}

function ssnParts(r: Rng): [string, string, string] {
  let a = r.int(1, 899);
  if (a === 666) a = 665;
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}
function ssnText(r: Rng): string {
  const p = ssnParts(r);
  return p.join(r.pick(['-', '-', '-', ' ', '']));
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx xx ${r.digits(4)}`]);
const badSsn = (r: Rng): string =>
  `${r.pick(['000', '666', `9${r.digits(2)}`])}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`;

function ipv4(r: Rng): string {
  const k = r.int(0, 4);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(23, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 65535).toString(16);
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `fe80::${h()}:${r.int(16, 255).toString(16)}ff:fe${r.int(16, 255).toString(16)}:${h()}`;
  if (k === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return `2600:${h()}:${h()}::${h()}`;
}
const ipText = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------------------------------------------------
// Postal addresses, by country, as one line, several lines, or (English) spoken
// ---------------------------------------------------------------------------------------------------------

interface Addr {
  readonly lines: readonly string[];
  readonly spoken?: string;
}
type AddrCc = 'us' | 'uk' | 'de' | 'at' | 'ch' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'se' | 'pt' | 'br' | 'mx' | 'jp'
  | 'kr' | 'in' | 'au' | 'ca' | 'ie' | 'ng';
const ADDR_CCS: readonly AddrCc[] = ['us', 'us', 'us', 'uk', 'uk', 'de', 'at', 'ch', 'fr', 'es', 'it', 'nl', 'pl', 'se',
  'pt', 'br', 'mx', 'jp', 'kr', 'in', 'au', 'ca', 'ie', 'ng'];
const US_STREETS = ['Oak', 'Maple', 'Cedar', 'Sycamore', 'Hawthorne', 'Chestnut', 'Juniper', 'Magnolia', 'Ridgecrest',
  'Meadowbrook', 'Washington', 'Lincoln', 'Jefferson', 'Willow Bend', 'Quarry', 'Larkspur', 'Tanager', 'Old Mill'];
const US_TYPES = ['Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Court', 'Boulevard', 'Way', 'Place', 'Terrace'];
const US_CITIES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Springfield', 'IL', 'Illinois', '627'], ['Austin', 'TX', 'Texas', '787'], ['Portland', 'OR', 'Oregon', '972'],
  ['Columbus', 'OH', 'Ohio', '432'], ['Tucson', 'AZ', 'Arizona', '857'], ['Raleigh', 'NC', 'North Carolina', '276'],
  ['Boise', 'ID', 'Idaho', '837'], ['Madison', 'WI', 'Wisconsin', '537'], ['Albany', 'NY', 'New York', '122'],
  ['Sacramento', 'CA', 'California', '958'], ['Savannah', 'GA', 'Georgia', '314'], ['Omaha', 'NE', 'Nebraska', '681'],
  ['Duluth', 'MN', 'Minnesota', '558'], ['Burlington', 'VT', 'Vermont', '054'], ['Tacoma', 'WA', 'Washington', '984']];
const UK_STREETS = ['Mill Lane', 'Church Road', 'Station Road', 'Victoria Street', 'Queens Road', 'Elm Grove',
  'Kingsway', 'The Crescent', 'Beech Close', 'Tanners Row', 'Orchard Mews', 'Ropewalk'];
const UK_TOWNS: ReadonlyArray<readonly [string, string]> = [['Bristol', 'BS'], ['Leeds', 'LS'], ['Manchester', 'M'],
  ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Edinburgh', 'EH'], ['York', 'YO'], ['Brighton', 'BN'],
  ['Exeter', 'EX'], ['Sheffield', 'S']];
const PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function ukPostcode(r: Rng, area: string): [string, string] {
  const a = `${area}${r.int(1, 19)}`;
  const b = `${r.int(1, 9)}${PC_LETTERS.charAt(r.int(0, 19))}${PC_LETTERS.charAt(r.int(0, 19))}`;
  return [a, b];
}

function address(r: Rng, cc: AddrCc): Addr {
  const D = (n: number): string => r.digits(n);
  switch (cc) {
    case 'us': {
      const n = r.chance(0.5) ? r.int(100, 9899) : r.int(2, 98);
      const st = r.pick(US_STREETS);
      const ty = r.pick(US_TYPES);
      const [city, abbr, stateName, zp] = r.pick(US_CITIES);
      const zip = zp + D(2);
      const unit = r.chance(0.35) ? r.int(1, 40) : 0;
      const letter = r.pick(['', 'B', 'C', 'A']);
      const l1 = `${n} ${st} ${ty}${unit ? `, ${r.pick(['Apt', 'Apt.', 'Unit', '#'])} ${unit}${letter}` : ''}`;
      const spoken = `${enHouse(r, n)} ${st.toLowerCase()} ${ty.toLowerCase()}${unit ? ` ${r.pick(['apartment', 'unit', 'number'])} ${en99(r, unit)}${letter ? ` ${letter.toLowerCase()}` : ''}` : ''}${r.pick([' ', ', '])}${city.toLowerCase()} ${r.chance(0.7) ? stateName.toLowerCase() : abbr} ${sayDigits(r, zip, 'en')}`;
      return { lines: [l1, `${city}, ${abbr} ${zip}${r.chance(0.2) ? `-${D(4)}` : ''}`], spoken };
    }
    case 'uk': {
      const n = r.int(1, 140);
      const st = r.pick(UK_STREETS);
      const [town, area] = r.pick(UK_TOWNS);
      const [pa, pb] = ukPostcode(r, area);
      const flat = r.chance(0.3) ? r.int(1, 12) : 0;
      const lines = [...(flat ? [`Flat ${flat}`] : []), `${n} ${st}`, town, `${pa} ${pb}`];
      const spoken = `${flat ? `flat ${en99(r, flat)}, ` : ''}${enHouse(r, n)} ${st.toLowerCase()}, ${town.toLowerCase()}, ${pa.split('').map((c) => (/\d/.test(c) ? at(EN_ONES, Number(c)) : c.toLowerCase())).join(' ')} ${pb.split('').map((c) => (/\d/.test(c) ? at(EN_ONES, Number(c)) : c.toLowerCase())).join(' ')}`;
      return { lines, spoken };
    }
    case 'de': {
      const st = r.pick(['Lindenstraße', 'Hauptstraße', 'Bahnhofstr.', 'Schillerstraße', 'Gartenweg', 'Am Mühlbach',
        'Birkenallee', 'Kirchplatz', 'Rosenweg', 'Hafenstraße', 'Uhlandstraße']);
      const [city, plz] = r.pick([['Berlin', '10'], ['Hamburg', '20'], ['München', '80'], ['Köln', '50'],
        ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Bremen', '28'], ['Dresden', '01'], ['Münster', '48']] as const);
      const lines = [`${st} ${r.int(1, 120)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${D(3)} ${city}`];
      return { lines: r.chance(0.15) ? [...lines, 'Deutschland'] : lines };
    }
    case 'at':
      return { lines: [`${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'])} ${r.int(1, 90)}/${r.int(1, 9)}/${r.int(1, 30)}`,
        `${r.pick(['1060 Wien', '1030 Wien', '8010 Graz', '4020 Linz'])}`] };
    case 'ch':
      return { lines: [`${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Rue du Rhône', 'Kramgasse'])} ${r.int(1, 80)}`,
        r.pick(['8001 Zürich', '3011 Bern', '1204 Genève', '4051 Basel'])] };
    case 'fr': {
      const [city, cp] = r.pick([['Paris', `750${String(r.int(1, 20)).padStart(2, '0')}`], ['Lyon', `6900${r.int(1, 9)}`],
        ['Marseille', `130${String(r.int(1, 16)).padStart(2, '0')}`], ['Nantes', '44000'], ['Lille', '59000'],
        ['Bordeaux', '33000'], ['Rennes', '35000']] as const);
      const lines = [...(r.chance(0.3) ? [`Bâtiment ${r.pick(['A', 'B', 'C'])}, appartement ${r.int(1, 60)}`] : []),
        `${r.int(1, 140)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'quai de la Fosse'])}`,
        `${cp} ${city}`];
      return { lines };
    }
    case 'es':
      return { lines: [`${r.pick(['Calle Mayor', 'Avenida de la Constitución', 'Calle del Carmen', 'Paseo de Gracia', 'Calle Alcalá'])}, ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}`,
        `${r.pick(['280', '080', '460', '410', '480', '500'])}${D(2)} ${r.pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza'])}`] };
    case 'it': {
      const [city, pr, cap] = r.pick([['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Napoli', 'NA', '801'],
        ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Firenze', 'FI', '501']] as const);
      return { lines: [`${r.pick(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Cavour', 'Viale dei Mille'])} ${r.int(1, 150)}`,
        `${cap}${D(2)} ${city} (${pr})`] };
    }
    case 'nl':
      return { lines: [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Oudegracht', 'Molenweg', 'Lange Voorhout'])} ${r.int(1, 300)}${r.pick(['', '-3', ' A', '-bis'])}`,
        `${r.int(1011, 9999)} ${PC_LETTERS.charAt(r.int(0, 19))}${PC_LETTERS.charAt(r.int(0, 19))} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Groningen', 'Eindhoven'])}`] };
    case 'pl':
      return { lines: [`ul. ${r.pick(['Długa', 'Kwiatowa', 'Mickiewicza', 'Polna', 'Lipowa'])} ${r.int(1, 90)}/${r.int(1, 40)}`,
        `${r.pick(['00', '30', '50', '80', '60'])}-${D(3)} ${r.pick(['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk', 'Poznań'])}`] };
    case 'se':
      return { lines: [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen'])} ${r.int(1, 70)}`,
        `${r.int(111, 984)} ${D(2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå'])}`] };
    case 'pt':
      return { lines: [`${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 250)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`,
        `${r.int(1000, 4999)}-${D(3)} ${r.pick(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}`] };
    case 'br':
      return { lines: [`${r.pick(['Rua das Flores', 'Avenida Paulista', 'Rua Sete de Setembro', 'Rua XV de Novembro'])}, ${r.int(10, 2500)}${r.chance(0.4) ? `, apto ${r.int(11, 1204)}` : ''} - ${r.pick(['Centro', 'Bela Vista', 'Savassi', 'Boa Viagem'])}`,
        `${r.pick(['São Paulo - SP', 'Curitiba - PR', 'Belo Horizonte - MG', 'Recife - PE', 'Porto Alegre - RS'])}, ${D(5)}-${D(3)}`] };
    case 'mx':
      return { lines: [`${r.pick(['Calle Hidalgo', 'Av. Insurgentes Sur', 'Calle Morelos', 'Av. Juárez'])} ${r.int(10, 1900)}${r.chance(0.3) ? ` Int. ${r.int(1, 20)}` : ''}, Col. ${r.pick(['Centro', 'Roma Norte', 'Del Valle', 'Americana'])}`,
        `${D(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.'])}`] };
    case 'jp': {
      const z = `${D(3)}-${D(4)}`;
      const blk = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
      if (r.chance(0.5)) {
        return { lines: [`〒${z} ${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市中京区', '福岡県福岡市中央区天神'])}${blk}`] };
      }
      return { lines: [`${blk} ${r.pick(['Jinnan, Shibuya-ku', 'Umeda, Kita-ku', 'Tenjin, Chuo-ku', 'Nishiki, Naka-ku'])}`,
        `${r.pick(['Tokyo', 'Osaka', 'Fukuoka', 'Nagoya'])} ${z}`] };
    }
    case 'kr':
      if (r.chance(0.5)) return { lines: [`${r.pick(['서울특별시 마포구 월드컵북로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로'])} ${r.int(10, 500)}`] };
      return { lines: [`${r.int(10, 500)} ${r.pick(['Teheran-ro, Gangnam-gu', 'World Cup buk-ro, Mapo-gu', 'Haeundae-ro, Haeundae-gu'])}`,
        `${r.pick(['Seoul', 'Busan'])} ${D(5)}`] };
    case 'in':
      return { lines: [`${r.pick(['Flat', 'House No.', 'Plot'])} ${r.int(1, 60)}${r.pick(['', 'B', 'A'])}, ${r.pick(['Sunrise Apartments', 'Green Park Residency', 'Lotus Enclave'])}`,
        `${r.int(1, 90)} ${r.pick(['MG Road', 'Linking Road', 'Anna Salai', 'Park Street'])}`,
        `${r.pick(['Bengaluru, Karnataka', 'Mumbai, Maharashtra', 'Chennai, Tamil Nadu', 'Kolkata, West Bengal'])} ${r.int(4, 7)}${D(5)}`] };
    case 'au': {
      const [sub, st, pc] = r.pick([['Newtown', 'NSW', '2042'], ['Fitzroy', 'VIC', '3065'], ['Paddington', 'QLD', '4064'],
        ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
      return { lines: [`${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 200)} ${r.pick(['King Street', 'Brunswick Street', 'Latrobe Terrace', 'Marine Parade'])}`,
        `${sub} ${st} ${pc}`] };
    }
    case 'ca':
      return { lines: [`${r.int(10, 2400)} ${r.pick(['Rue Sainte-Catherine O', 'Queen St W', 'Robson Street', 'Rideau Street'])}${r.chance(0.3) ? `, Suite ${r.int(100, 900)}` : ''}`,
        `${r.pick(['Montréal, QC H3B', 'Toronto, ON M5H', 'Vancouver, BC V6E', 'Ottawa, ON K1N'])} ${r.int(1, 9)}${PC_LETTERS.charAt(r.int(0, 19))}${r.int(1, 9)}`] };
    case 'ie':
      return { lines: [`${r.int(1, 80)} ${r.pick(['Seaview Terrace', 'Main Street', 'Fairgreen Road', 'Ard na Gréine'])}`,
        `${r.pick(['Salthill, Galway H91', 'Ballincollig, Co. Cork P31', 'Rathmines, Dublin 6 D06'])} ${PC_LETTERS.charAt(r.int(0, 19))}${r.int(1, 9)}${PC_LETTERS.charAt(r.int(0, 19))}${r.int(1, 9)}`] };
    case 'ng':
      return { lines: [`${r.int(1, 60)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue', 'Ogui Road'])}`,
        `${r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Ikeja, Lagos', 'Enugu'])} ${r.int(100001, 102999)}`] };
  }
}
/** An address as one line (commas), or its own lines (for letters). */
function addrOneLine(r: Rng, a: Addr): string {
  return a.lines.join(r.pick([', ', ', ', ' ']));
}
function addrText(r: Rng, cc: AddrCc, spokenShare = 0.4): string {
  const a = address(r, cc);
  if (a.spoken && r.chance(spokenShare)) return a.spoken;
  return addrOneLine(r, a);
}

// ---------------------------------------------------------------------------------------------------------
// Dates of birth and other dates
// ---------------------------------------------------------------------------------------------------------

const EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
function ymd(r: Rng, lo = 1938, hi = 2006): Ymd {
  return { y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) };
}
const sfx = (d: number): string =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
const p2 = (n: number): string => String(n).padStart(2, '0');
type DateStyle = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'sv' | 'jp' | 'kr' | 'iso' | 'say';

function dateText(r: Rng, t: Ymd, style: DateStyle): string {
  const mon = (k: string): string => at(MONTHS[k] ?? EN_M, t.m - 1);
  const M = at(EN_M, t.m - 1);
  switch (style) {
    case 'us':
      return r.pick([`${p2(t.m)}/${p2(t.d)}/${t.y}`, `${t.m}/${t.d}/${t.y}`, `${M} ${t.d}, ${t.y}`, `${M} ${t.d} ${t.y}`]);
    case 'uk':
      return r.pick([`${p2(t.d)}/${p2(t.m)}/${t.y}`, `${t.d} ${M} ${t.y}`, `${t.d}${sfx(t.d)} ${M} ${t.y}`, `${t.d}${sfx(t.d)} of ${M} ${t.y}`]);
    case 'de':
      return r.pick([`${p2(t.d)}.${p2(t.m)}.${t.y}`, `${t.d}. ${mon('de')} ${t.y}`, `${t.d}.${t.m}.${t.y}`]);
    case 'fr':
      return r.pick([`${p2(t.d)}/${p2(t.m)}/${t.y}`, `${t.d === 1 ? '1er' : t.d} ${mon('fr')} ${t.y}`]);
    case 'es':
      return r.pick([`${t.d} de ${mon('es')} de ${t.y}`, `${p2(t.d)}/${p2(t.m)}/${t.y}`]);
    case 'it':
      return r.pick([`${t.d} ${mon('it')} ${t.y}`, `${p2(t.d)}/${p2(t.m)}/${t.y}`]);
    case 'pt':
      return r.pick([`${t.d} de ${mon('pt')} de ${t.y}`, `${p2(t.d)}/${p2(t.m)}/${t.y}`]);
    case 'nl':
      return r.pick([`${t.d} ${mon('nl')} ${t.y}`, `${p2(t.d)}-${p2(t.m)}-${t.y}`]);
    case 'pl':
      return r.pick([`${t.d} ${mon('pl')} ${t.y}`, `${p2(t.d)}.${p2(t.m)}.${t.y}`]);
    case 'sv':
      return r.pick([`${t.y}-${p2(t.m)}-${p2(t.d)}`, `${t.d} ${mon('sv')} ${t.y}`]);
    case 'jp':
      return `${t.y}年${t.m}月${t.d}日`;
    case 'kr':
      return `${t.y}년 ${t.m}월 ${t.d}일`;
    case 'iso':
      return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
    case 'say': {
      const k = r.int(0, 5);
      const ml = M.toLowerCase();
      if (k === 0) return `${ml} ${at(EN_ORD, t.d)} ${enYear(r, t.y)}`;
      if (k === 1) return `${at(EN_ORD, t.d)} of ${ml} ${enYear(r, t.y)}`;
      if (k === 2) return `${ml} ${t.d} ${enYear(r, t.y)}`;
      if (k === 3) return sayGroups(r, [p2(t.m), p2(t.d), String(t.y)], 'en');
      if (k === 4) return `${p2(t.m)} ${p2(t.d)} ${t.y}`;
      return `${M} ${at(EN_ORD, t.d)}, ${t.y}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled)
// ---------------------------------------------------------------------------------------------------------

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
function alnum(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM.charAt(r.int(0, ALNUM.length - 1));
  return s;
}
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const orderNo = (r: Rng): string => r.pick([`ORD-${r.digits(7)}`, `#${r.digits(8)}`, `SO${r.digits(6)}`, `A-${r.digits(3)}-${r.digits(4)}`]);
const caseNo = (r: Rng): string => r.pick([`CS-${r.digits(8)}`, `INC${r.digits(7)}`, `case ${r.digits(6)}`, `ticket ${alnum(r, 3)}-${r.digits(5)}`]);
const tracking = (r: Rng): string => r.pick([`1Z${alnum(r, 16)}`, `${r.digits(12)}`, `JD${r.digits(18)}`, `LX${r.digits(9)}DE`]);
const version = (r: Rng): string => r.pick([`v${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 40)}`, `v${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`,
  `build ${r.int(1000, 9999)}`, `${r.int(1, 30)}.${r.int(0, 12)}`]);
const stamp = (r: Rng): string => `202${r.int(3, 6)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
const clock = (r: Rng): string => `${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['am', 'pm', 'a.m.', 'p.m.', 'AM', 'PM'])}`;
const caption = (r: Rng, s: number): string => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}.${r.digits(3)}`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => `0${r.int(1, 9)}${r.digits(7)}`;
const uuid = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const money = (r: Rng): string => r.pick([`$${r.int(12, 4999)}.${p2(r.int(0, 99))}`, `€${r.int(5, 2400)},${p2(r.int(0, 99))}`, `£${r.int(5, 900)}`, `${r.int(100, 90000)} yen`]);
const otherDate = (r: Rng, style: DateStyle = r.pick(['us', 'uk', 'iso', 'de', 'say'])): string => dateText(r, ymd(r, 2023, 2026), style);
const vin = (r: Rng): string => `${r.pick(['1HG', 'WVW', 'JT2', 'WBA', 'VF1'])}${alnum(r, 14).replace(/[IOQ]/g, 'X')}`;
const conf = (r: Rng): string => `0.${r.int(41, 99)}`;
const maskedPhone = (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`, `ending in ${r.digits(4)}`]);

const TRAPS = [
  'the Ford Transit is still at the dealer', 'grab me a Dr Pepper on the way', 'my dad was diagnosed with Parkinson\'s last year',
  'like Murphy\'s law says', 'we flew into Charles de Gaulle', 'Hurricane Milton knocked the power out', 'the McDonald\'s by the ring road',
  'the Alzheimer\'s walk is on Sunday', 'under Sarbanes-Oxley we have to keep it', 'her Crohn\'s has been flaring up',
  'we stayed at the Ritz-Carlton', 'the Mercedes-Benz service centre', 'a Johnson & Johnson recall', 'my Wilson racket',
  'the Jenkins pipeline is red again', 'they won a Pulitzer', 'the Turing Award lecture', 'Lou Gehrig\'s disease research',
  'off the Martin Luther King Jr Boulevard exit', 'the Queen Mary 2 docks on Friday', 'Halley\'s comet', 'Asperger\'s support group',
  'the Nobel Peace Prize', 'Tim Hortons drive-through', 'my dog Einstein ate the remote', 'our cat Luna is at the vet',
  'the Hubble images', 'Down syndrome awareness week', 'the Kennedy Center', 'Ben & Jerry\'s', 'a Phillips screwdriver',
  'the Heimlich manoeuvre', 'Bluetooth keeps dropping', 'Salmonella scare at Trader Joe\'s', 'the Tesla wall charger',
  'Boyle\'s law', 'Hodgkin lymphoma', 'Victoria station', 'Florence in May', 'the Sydney office', 'flying to Austin',
  'Jackson Hole', 'the Marie Curie hospice shop', 'a Cadbury egg', 'Disney Plus', 'the Hermès store', 'the Bosch dishwasher',
  'Guinness at the pub', 'the Abbott glucose sensor', 'Lyme disease', 'the Ferris wheel', 'the Smithsonian', 'Wendy\'s',
];
const trap = (r: Rng): string => r.pick(TRAPS);

// ---------------------------------------------------------------------------------------------------------
// Shared bits for templates
// ---------------------------------------------------------------------------------------------------------

const CC_CULTURES: Partial<Record<Cc, readonly string[]>> = {
  uk: ['uk', 'uk', 'in', 'ie', 'sc', 'ng', 'ar'], ie: ['ie', 'ie', 'uk'], de: ['de', 'de', 'tr', 'pl', 'ru'], at: ['de', 'cz'],
  ch: ['de', 'fr', 'it'], fr: ['fr', 'fr', 'ar'], be: ['fr', 'nl'], es: ['es'], mx: ['mx'], br: ['br'], pt: ['br'], it: ['it'],
  nl: ['nl', 'nl', 'tr'], jp: ['ja'], kr: ['ko'], cn: ['zh'], in: ['in'], au: ['uk', 'us', 'zh', 'vi', 'gr'], nz: ['uk', 'us'],
  za: ['uk', 'ea'], ng: ['ng'], ke: ['ea'], se: ['nordic'], pl: ['pl'], tr: ['tr'], ae: ['ar', 'in', 'fa'], sg: ['zh', 'in'],
  ph: ['ph'],
};
function pc(r: Rng, cc: Cc): Person {
  const cs = CC_CULTURES[cc];
  return person(r, cs ? r.pick(cs) : undefined);
}
const ADDR_OF: Partial<Record<Cc, AddrCc>> = { us: 'us', ca: 'ca', uk: 'uk', ie: 'ie', de: 'de', at: 'at', ch: 'ch', fr: 'fr',
  es: 'es', it: 'it', nl: 'nl', pt: 'pt', br: 'br', mx: 'mx', jp: 'jp', kr: 'kr', in: 'in', au: 'au', se: 'se', pl: 'pl', ng: 'ng' };
const DATE_OF: Partial<Record<Cc, DateStyle>> = { us: 'us', ca: 'iso', uk: 'uk', ie: 'uk', au: 'uk', nz: 'uk', in: 'uk',
  de: 'de', at: 'de', ch: 'de', fr: 'fr', be: 'fr', es: 'es', mx: 'es', it: 'it', pt: 'pt', br: 'pt', nl: 'nl', pl: 'pl',
  se: 'sv', jp: 'jp', kr: 'kr', za: 'uk', ng: 'uk', ke: 'uk', sg: 'uk', ph: 'us', cn: 'iso', tr: 'de', ae: 'uk' };
const EN_CCS: readonly Cc[] = ['us', 'us', 'us', 'ca', 'uk', 'uk', 'ie', 'au', 'nz', 'za', 'ng', 'ke', 'in', 'sg', 'ph'];
const um = (r: Rng): string => r.pick(['', '', 'um ', 'uh ', 'so ', 'yeah ', 'er, ']);
const COMPANIES = ['Kestrel Freight', 'Tallowbrook Energy', 'Corvane Health', 'Maple Row Dental', 'Harbourlight Insurance',
  'Quillfeather Books', 'Brightwater Telecom', 'Northgate Credit Union', 'Bluefen Pharmacy', 'Lumen & Vale Legal'];
const BANKS = ['Northgate Credit Union', 'Fernbank', 'Caldera Savings', 'Union Meridian Bank', 'Kinloch Mutual'];
const WAKE = ['Alexa', 'Hey Siri', 'OK Google', 'Hey Mercedes', 'Hey Bixby', 'Computer', 'Hey BMW'];
const dur = (r: Rng): string => `${r.int(0, 2)}:${p2(r.int(3, 59))}`;

/** A date of birth for a country's way of writing, or spoken (English transcripts). */
function dob(r: Rng, cc: Cc, spokenShare = 0.4): string {
  const t = ymd(r);
  if (EN_CCS.includes(cc) && r.chance(spokenShare)) return dateText(r, t, 'say');
  return dateText(r, t, DATE_OF[cc] ?? 'iso');
}

// ---------------------------------------------------------------------------------------------------------
// Voicemail transcriptions
// ---------------------------------------------------------------------------------------------------------

const vmCallback: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const me = pc(r, cc);
  const ph = phone(r, cc);
  d.t(`Voicemail from `).l('PHONE', r.chance(0.5) ? ph.intl : ph.nat).t(` · ${clock(r)} · ${dur(r)}\nTranscription (confidence ${conf(r)}):\n`);
  if (r.chance(0.4)) d.mode = 'lower';
  d.t(`"hi ${um(r)}this is `).self(full(me)).t(`, calling about ${caseNo(r)}. ${r.chance(0.5) ? `${trap(r)}, anyway. ` : ''}`);
  const spoken = sayGroups(r, ph.groups, ph.lang);
  d.t(`you can reach me at `).l('PHONE', spoken).t(r.pick(['. again that\'s ', '... i\'ll repeat that, ', ', that\'s ']));
  d.l('PHONE', r.chance(0.5) ? spoken : ph.nat).t(`. ${r.pick(['thanks bye', 'okay thank you', 'talk soon, bye bye', 'cheers'])}"`);
};

const vmClinic: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'uk', 'au', 'ca', 'ie'] as const);
  const pt = pc(r, cc);
  const doc = pc(r, cc);
  const staff = pc(r, cc);
  d.t(`[Visual Voicemail] ${otherDate(r, cc === 'us' ? 'us' : 'uk')} ${clock(r)}\n`);
  d.t(`Hello, this message is for `).p(r.chance(0.6) ? full(pt) : pt.g).t(`. This is `).p(staff.g).t(` from ${r.pick(['Corvane Health', 'Maple Row Dental', 'Oaktide Clinic', 'Riverside Family Practice'])} `);
  d.t(`calling to confirm your appointment on ${otherDate(r, 'say')} at ${clock(r)} with ${r.pick(['Dr.', 'Doctor', 'Dr'])} `).p(doc.s).t('. ');
  d.t(`Please bring your insurance card and arrive fifteen minutes early. If you need to reschedule, call us back at `);
  d.l('PHONE', phoneText(r, cc, 0.5)).t(`${r.chance(0.5) ? `, extension ${r.int(100, 499)}` : ''}. `);
  if (r.chance(0.5)) d.t(`For verification we have your date of birth as `).l('DOB', dob(r, cc)).t(', if that is wrong let the front desk know. ');
  d.t(`${r.pick(['Thank you', 'Have a great day', 'Bye now'])}.`);
};

const vmDelivery: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'uk', 'au', 'ca'] as const);
  const drv = pc(r, cc);
  const to = pc(r, cc);
  d.mode = r.chance(0.5) ? 'lower' : 'keep';
  d.t(`voicemail transcript (beta) — "${um(r)}hiya it's `).p(drv.g).t(` from ${r.pick(['Swiftlane Couriers', 'ParcelHop', 'Dray & Co deliveries'])}, i'm outside `);
  const a = address(r, ADDR_OF[cc] ?? 'us');
  d.l('ADDRESS', a.spoken && r.chance(0.6) ? a.spoken : addrOneLine(r, a)).t(` with a parcel for `).p(nameForm(r, to));
  d.t(`, tracking ${tracking(r)}. ${r.pick(['nobody\'s answering the door', 'the buzzer doesn\'t work', 'the gate code didn\'t work'])}. `);
  d.t(`give me a ring on `).l('PHONE', phoneText(r, cc, 0.6)).t(` or i'll leave it ${r.pick(['with the neighbour at number 12', 'behind the bins', 'at the post office on the high street'])}. cheers"`);
};

const vmFraud: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'uk', 'ca', 'au'] as const);
  const cust = pc(r, cc);
  d.t(`Voicemail · automated · ${dur(r)}\n`);
  d.t(`This is an automated message from ${r.pick(BANKS)} fraud prevention for `).p(r.chance(0.5) ? full(cust).toUpperCase() : full(cust));
  d.t(`. We detected a transaction of ${money(r)} at ${r.pick(['ELECTRO WORLD 0442', 'SQ *BLUE FERN CAFE', 'AMZN MKTP', 'SHELL 55021'])} on your card ${maskedCard(r)}. `);
  const ph = phone(r, cc);
  d.t(`If you did not make this purchase, please call us at `).l('PHONE', ph.nat).t(`, that's `);
  d.l('PHONE', sayGroups(r, ph.groups, 'en'));
  d.t(`. Reference ${orderNo(r)}. We will never ask for your full card number or PIN.`);
};

const vmRecruiter: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const cand = pc(r, cc);
  const rec = pc(r, cc);
  d.mode = r.chance(0.35) ? 'lower' : 'keep';
  d.t(`New voicemail (${dur(r)}) from `).l('PHONE', phone(r, cc).intl).t(`\n"hey `).p(cand.g).t(`, it's `).p(full(rec));
  d.t(` from ${r.pick(COMPANIES)}, ${um(r)}i saw your profile and there's a ${r.pick(['senior data engineer', 'site reliability', 'product designer', 'night shift nurse'])} role i think you'd love. `);
  const m = mailParts(r, rec, true);
  const sp = sayMail(r, m, 'en');
  d.t(`shoot me an email at `).l('EMAIL', sp).t(`, `).t(r.pick(['sorry, ', 'let me say that again, ', 'that\'s ']));
  d.l('EMAIL', r.chance(0.5) ? sp : writeMail(m)).t(`, or text me on `).l('PHONE', phoneText(r, cc, 0.7)).t(`. thanks, bye"`);
};

const vmLandlord: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'ie', 'de', 'nl', 'fr'] as const);
  const ten = pc(r, cc);
  const ll = pc(r, cc);
  d.t(`Voicemail transcription\n"Hi `).p(ten.g).t(`, it's `).self(full(ll)).t(` — your landlord. ${um(r)}The rent for ${r.pick(EN_M)} hasn't come through yet. `);
  d.t(`I've changed banks, so please send it to `).l('IBAN', ibanText(r, cc === 'uk' ? 'GB' : cc === 'ie' ? 'IE' : cc.toUpperCase()));
  d.t(`, not the old one ending ${r.digits(4)}. `);
  if (r.chance(0.5)) d.t(`Also, the old account number ${badIbanText(r)} is closed. `);
  d.t(`And post for me now goes to `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'uk', 0.2)).t(`. Ring me on `).l('PHONE', phoneText(r, cc, 0.3)).t(` if there's a problem."`);
};

const vmGerman: Tpl = (r, d) => {
  const cc = r.pick(['de', 'de', 'at', 'ch'] as const);
  const me = pc(r, cc);
  const ph = phone(r, cc);
  const m = mailParts(r, me);
  d.t(`Sprachnachricht von `).l('PHONE', ph.intl).t(` (${dur(r)})\nTranskript: „Ja, hallo, hier ist ${r.pick(['Frau', 'Herr'])} `).p(me.s);
  d.t(`, äh, `).self(full(me)).t(` nochmal, wegen der Reparatur, Vorgang ${caseNo(r)}. Können Sie mich bitte zurückrufen unter `);
  d.l('PHONE', sayGroups(r, ph.groups, 'de')).t(`, also `).l('PHONE', ph.nat).t(`. Oder per Mail an `).l('EMAIL', sayMail(r, m, 'de'));
  if (r.chance(0.5)) d.t(`. Die Rechnung bitte an `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'de'));
  d.t(`. Danke, tschüss.“`);
};

const vmFrench: Tpl = (r, d) => {
  const cc = r.pick(['fr', 'fr', 'be'] as const);
  const me = pc(r, cc);
  const ph = phone(r, cc);
  d.t(`Messagerie vocale — ${otherDate(r, 'fr')} à ${r.int(8, 20)}h${p2(r.int(0, 59))}\n« Oui bonjour, c'est `).self(full(me));
  d.t(`, je vous appelle pour le dossier ${caseNo(r)}. Vous pouvez me rappeler au `).l('PHONE', sayGroups(r, ph.groups, 'fr'));
  d.t(`, je répète, `).l('PHONE', ph.nat).t(`. Mon adresse mail c'est `).l('EMAIL', sayMail(r, mailParts(r, me), 'fr'));
  if (r.chance(0.5)) d.t(`. Et je suis né${r.chance(0.5) ? 'e' : ''} le `).l('DOB', dateText(r, ymd(r), 'fr')).t(`, pour retrouver le contrat`);
  d.t(`. Merci, bonne journée. »`);
};

const vmSpanish: Tpl = (r, d) => {
  const cc = r.pick(['es', 'mx'] as const);
  const me = pc(r, cc);
  const ph = phone(r, cc);
  d.t(`Buzón de voz · ${dur(r)}\n"Hola, buenas, soy `).self(full(me)).t(`, ${r.pick(['', 'eh, ', 'este... '])}le llamo por la factura ${orderNo(r)}. Mi número es el `);
  d.l('PHONE', sayGroups(r, ph.groups, 'es')).t(`. Vivo en `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'es'));
  d.t(`; si no me localiza, escriba a `).l('EMAIL', mailText(r, me, 'es', 0.7)).t(`. Gracias, hasta luego."`);
};

const vmItalian: Tpl = (r, d) => {
  const me = pc(r, 'it');
  const ph = phone(r, 'it');
  const other = pc(r, 'it');
  d.t(`Segreteria telefonica — trascrizione automatica\n"Pronto, buongiorno, sono `).self(full(me)).t(`, chiamo per conto di mia madre, la signora `);
  d.p(other.s).t(`. Mi richiami al `).l('PHONE', sayGroups(r, ph.groups, 'it')).t(`, cioè `).l('PHONE', ph.nat);
  if (r.chance(0.6)) d.t(`. Lei è nata il `).l('DOB', dateText(r, ymd(r, 1930, 1960), 'it'));
  d.t(`. L'indirizzo è `).l('ADDRESS', addrText(r, 'it')).t(`. Grazie, arrivederci."`);
};

const vmBrazil: Tpl = (r, d) => {
  const me = pc(r, 'br');
  const ph = phone(r, 'br');
  d.t(`Correio de voz (${dur(r)})\n"Oi, aqui é `).self(full(me)).t(`, tudo bem? ${r.pick(['', 'Então, ', 'É... '])}Meu CPF é ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}, `);
  d.t(`é sobre o pedido ${orderNo(r)}. Me liga no `).l('PHONE', sayGroups(r, ph.groups, 'pt')).t(`, ou manda mensagem no `);
  d.l('PHONE', ph.nat).t(`. Meu e-mail é `).l('EMAIL', mailText(r, me, 'pt', 0.6)).t(`. Valeu, tchau."`);
};

const vmDutch: Tpl = (r, d) => {
  const me = pc(r, 'nl');
  const ph = phone(r, 'nl');
  d.t(`Voicemail — transcriptie\n"Hoi, met `).self(full(me)).t(`. Ik bel over de bestelling ${orderNo(r)}. Bel me terug op `);
  d.l('PHONE', sayGroups(r, ph.groups, 'nl')).t(`. Het geld mag naar `).l('IBAN', ibanText(r, 'NL')).t(`. Mijn adres is `);
  d.l('ADDRESS', addrText(r, 'nl')).t(`. Doei."`);
};

const vmJapanese: Tpl = (r, d) => {
  const s = r.pick(JA_S);
  const g = r.pick(JA_G);
  const ph = phone(r, 'jp');
  d.t(`留守番電話メッセージ（${r.int(10, 59)}秒）\n「もしもし、`).self(`${s}${g}`).t(`です。${r.pick(['先日の見積もりの件で', '予約の確認で', '荷物の再配達の件で'])}お電話しました。`);
  d.t(`担当の`).p(r.pick(JA_S)).t(`${r.pick(['様', 'さん'])}にお伝えください。折り返し `).l('PHONE', ph.nat).t(` までお願いします。`);
  if (r.chance(0.5)) d.t(`住所は `).l('ADDRESS', addrText(r, 'jp')).t(` です。`);
  d.t(`よろしくお願いします。」`);
};

const vmKorean: Tpl = (r, d) => {
  const me = `${r.pick(KO_S)}${r.pick(KO_G)}`;
  const ph = phone(r, 'kr');
  d.t(`음성메시지 변환\n"안녕하세요, `).self(me).t(`입니다. 택배 건으로 연락드렸어요. `).p(`${r.pick(KO_S)}${r.pick(KO_G)}`);
  d.t(` 씨께 전해 주세요. 번호는 `).l('PHONE', r.chance(0.5) ? ph.nat : ph.intl).t(` 입니다. `);
  if (r.chance(0.5)) d.t(`생년월일은 `).l('DOB', dateText(r, ymd(r), 'kr')).t(`입니다. `);
  d.t(`감사합니다."`);
};

const vmPolish: Tpl = (r, d) => {
  const me = pc(r, 'pl');
  const ph = phone(r, 'pl');
  d.t(`Poczta głosowa — transkrypcja\n„Dzień dobry, tu `).self(full(me)).t(`, dzwonię w sprawie reklamacji ${caseNo(r)}. Proszę oddzwonić pod numer `);
  d.l('PHONE', r.chance(0.5) ? ph.nat : ph.intl).t(`. Zwrot proszę na konto `).l('IBAN', ibanText(r, 'PL')).t(`. Adres: `);
  d.l('ADDRESS', addrText(r, 'pl')).t(`. Dziękuję.”`);
};

const vmSwedish: Tpl = (r, d) => {
  const me = pc(r, 'se');
  const ph = phone(r, 'se');
  d.t(`Röstmeddelande (${dur(r)})\n"Hej, det är `).self(full(me)).t(`. Jag ringer om bokningen ${alnum(r, 6)}. Ring mig på `);
  d.l('PHONE', ph.nat).t(` eller maila `).l('EMAIL', mailText(r, me, 'en', 0.2)).t(`. Jag är född `).l('DOB', dateText(r, ymd(r), 'sv'));
  d.t(`, om ni behöver det. Hej då."`);
};

const vmArabicEn: Tpl = (r, d) => {
  const cc = r.pick(['ae', 'uk', 'us'] as const);
  const me = person(r, 'ar');
  const bro = person(r, 'ar');
  d.mode = 'lower';
  d.t(`voicemail · `).l('PHONE', phone(r, cc).intl).t(`\n"salam, this is `).self(full(me)).t(`, ${um(r)}i'm calling for my brother `);
  d.p(bro.g).t(`, he can't talk right now. his number is `).l('PHONE', phoneText(r, cc, 0.7)).t(`, no sorry, that's the old one, the new one is `);
  d.l('PHONE', phoneText(r, cc, 0.7)).t(`. inshallah we come thursday ${clock(r)}. shukran"`);
};

// ---------------------------------------------------------------------------------------------------------
// IVR and voice-bot logs
// ---------------------------------------------------------------------------------------------------------

const ivrBank: Tpl = (r, d) => {
  const cust = pc(r, 'us');
  const sess = uuid(r);
  d.t(`IVR session ${sess} · ${stamp(r)} · ANI `).l('PHONE', phone(r, 'us').intl).t(`\n`);
  d.t(`BOT: Welcome to ${r.pick(BANKS)}. In a few words, tell me why you're calling.\nCALLER: ${um(r)}i lost my card\n`);
  d.t(`BOT: Sorry to hear that. Please say or enter the card number.\nCALLER (DTMF): `).l('CARD', cardText(r)).t(`\n`);
  d.t(`BOT: Thanks. And your date of birth?\nCALLER: `).l('DOB', dob(r, 'us', 0.7)).t(`\n`);
  if (r.chance(0.75)) d.t(`BOT: For extra security, say your Social Security number.\nCALLER: `).l('NATIONAL_ID', ssnText(r)).t(`\n`);
  else d.t(`BOT: Please enter the last four digits of your Social Security number.\nCALLER (DTMF): ${r.digits(4)}\n`);
  d.t(`BOT: Thank you, `).p(r.chance(0.5) ? cust.g : full(cust)).t(`. I've blocked the card and a new one will be mailed to the address on file.\n`);
  d.t(`[intent=card_lost conf=${conf(r)} transfer=false routing=${routing(r)}]`);
};

const ivrTelco: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'ca'] as const);
  const h = pc(r, cc);
  d.t(`[voicebot] call ${r.digits(10)} | lang=en-${cc.toUpperCase()}\n`);
  d.t(`> bot: who is the account holder?\n> user: it's `).self(full(h)).t(`, ${um(r)}`).p(full(h).toLowerCase()).t(`\n`);
  d.t(`> bot: what's the service address?\n> user: `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.7)).t(`\n`);
  d.t(`> bot: what number should we text the engineer's arrival time to?\n> user: `).l('PHONE', phoneText(r, cc, 0.8)).t(`\n`);
  d.t(`> bot: can you read me the IP shown on your router's status page?\n> user: it says `).l('IP', ipv4(r)).t(`, firmware ${version(r)}\n`);
  d.t(`> bot: thanks, a technician will visit on ${otherDate(r, 'say')}. [ticket ${caseNo(r)}]`);
};

const ivrPharmacy: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'ca'] as const);
  const pt = pc(r, cc);
  d.t(`Refill line transcript ${stamp(r)}\nSYSTEM: Please say the prescription number.\nCALLER: ${sayDigits(r, r.digits(7), 'en')}\n`);
  d.t(`SYSTEM: Please say the patient's date of birth.\nCALLER: `).l('DOB', dob(r, cc, 0.8)).t(`\n`);
  d.t(`SYSTEM: I found a prescription for `).p(r.chance(0.5) ? full(pt).toUpperCase() : `${pt.g.charAt(0)}. ${pt.s}`).t(`. Is that right?\nCALLER: yes\n`);
  d.t(`SYSTEM: It will be ready after ${clock(r)} on ${otherDate(r, 'say')}. We'll text `).l('PHONE', phone(r, cc).nat).t(` when it's ready. `);
  d.t(`Note: ${trap(r)} — not related.`);
};

const ivrAirline: Tpl = (r, d) => {
  const a = pc(r, r.pick(PHONE_CCS));
  const b = pc(r, r.pick(PHONE_CCS));
  d.t(`VOICE AGENT LOG · booking ${alnum(r, 6)} · flight ${r.pick(['LH', 'BA', 'KL', 'AF', 'QF', 'NH'])} ${r.int(10, 9999)}\n`);
  d.t(`USER: i need to change the flight for me and my ${r.pick(['wife', 'husband', 'son', 'colleague'])}\n`);
  d.t(`AGENT: I see two passengers: `).p(`${ascii(a.s).toUpperCase()}/${ascii(a.g).toUpperCase()}`).t(` ${r.pick(['MR', 'MS', 'MRS'])} and `);
  d.p(`${ascii(b.s).toUpperCase()}/${ascii(b.g).toUpperCase()}`).t(` ${r.pick(['MR', 'MS', 'MRS'])}. Where should I send the new itinerary?\n`);
  d.t(`USER: to `).l('EMAIL', mailText(r, a, 'en', 0.6)).t(`\nAGENT: And a mobile number for delays?\nUSER: `).l('PHONE', phone(r, r.pick(PHONE_CCS)).intl);
  d.t(`\nAGENT: Done. The fare difference is ${money(r)}, charged to the card ending ${r.digits(4)}.`);
};

const voicebotJson: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const u = pc(r, cc);
  const q = (s: string): string => s.replace(/"/g, "'");
  d.t(`{"session":"${uuid(r)}","channel":"voice","turns":[\n`);
  d.t(`{"role":"bot","text":"Hi! What's your full name?"},\n{"role":"user","asr_conf":${conf(r)},"text":"`).self(q(full(u))).t(`"},\n`);
  d.t(`{"role":"bot","text":"Thanks. What's the best email for the receipt?"},\n{"role":"user","asr_conf":${conf(r)},"text":"`).l('EMAIL', mailText(r, u, 'en', 0.8)).t(`"},\n`);
  if (r.chance(0.6)) d.t(`{"role":"user","asr_conf":${conf(r)},"text":"and my card is `).l('CARD', cardText(r)).t(`"},\n`);
  d.t(`{"role":"bot","text":"Got it. Your order ${orderNo(r)} ships ${otherDate(r, 'iso')}."}],"client_ip":"`).l('IP', ipText(r)).t(`"}`);
};

const ivrTax: Tpl = (r, d) => {
  const tp = pc(r, 'us');
  const sp = pc(r, 'us');
  d.t(`IRS-style helpline simulator — call notes (auto)\nCaller identified as `).self(full(tp)).t(`, SSN `).l('NATIONAL_ID', ssnText(r));
  d.t(`, DOB `).l('DOB', dateText(r, ymd(r), 'us')).t(`.\n`);
  if (r.chance(0.5)) d.t(`Spouse `).p(full(sp)).t(`, SSN `).l('NATIONAL_ID', ssnText(r)).t(`.\n`);
  d.t(`Employer EIN ${ein(r)}. Refund by direct deposit, routing ${routing(r)}, account ${r.digits(10)}.\n`);
  d.t(`Mailing address confirmed: `).l('ADDRESS', addrText(r, 'us', 0.5)).t(`.\nCaller read an old ITIN ${badSsn(r)} by mistake — disregarded.`);
};

const ivrIsp: Tpl = (r, d) => {
  const u = pc(r, r.pick(EN_CCS));
  d.t(`[${stamp(r)}] voice-assistant/support: user=`).p(u.g).t(` intent=slow_internet\n`);
  d.t(`user: my laptop says its address is `).l('IP', ipv4(r)).t(` and the gateway is `).l('IP', `192.168.${r.int(0, 2)}.1`).t(`\n`);
  d.t(`bot: and the IPv6 address?\nuser: uh it's `).l('IP', ipv6(r)).t(`\n`);
  d.t(`bot: your modem MAC is ${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}, firmware ${version(r)}, uptime ${r.int(2, 90)} days.\n`);
  d.t(`bot: I've reset the line; public IP is now `).l('IP', ipv4(r)).t(`:${r.int(1024, 65000)}.`);
};

const ivrSpanishBank: Tpl = (r, d) => {
  const me = pc(r, 'es');
  d.t(`Asistente de voz — registro\nBOT: Dígame su nombre completo.\nCLIENTE: `).self(full(me)).t(`\nBOT: ¿Su DNI?\nCLIENTE: ${r.digits(8)}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(r.int(0, 22))}\n`);
  d.t(`BOT: ¿A qué cuenta hacemos la transferencia?\nCLIENTE: a la `).l('IBAN', ibanText(r, 'ES')).t(`\n`);
  d.t(`BOT: ¿Teléfono de contacto?\nCLIENTE: `).l('PHONE', phoneText(r, 'es', 0.6)).t(`\nBOT: Gracias. Referencia ${orderNo(r)}.`);
};

const ivrInsurance: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au'] as const);
  const h = pc(r, cc);
  const w = pc(r, cc);
  d.t(`Claims voice line · policy ${alnum(r, 3)}-${r.digits(7)}\nBOT: Please state the policyholder's name.\nCALLER: `).self(full(h)).t(`\n`);
  d.t(`BOT: Date of birth?\nCALLER: `).l('DOB', dob(r, cc, 0.7)).t(`\nBOT: Where did the incident happen?\nCALLER: outside `);
  d.l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.7)).t(`, on ${otherDate(r, 'say')}\nBOT: Any witnesses?\nCALLER: yeah a guy called `);
  d.p(nameForm(r, w)).t(`, his number is `).l('PHONE', phoneText(r, cc, 0.7)).t(`\nBOT: Thank you. Your claim number is ${caseNo(r)}.`);
};

const ivrUtility: Tpl = (r, d) => {
  const h = pc(r, 'uk');
  d.t(`Energy supplier voice bot — ${stamp(r)}\nbot: what's your meter serial?\ncaller: ${alnum(r, 2)} ${r.digits(8)}\n`);
  d.t(`bot: and the supply address?\ncaller: `).l('ADDRESS', addrText(r, 'uk', 0.7)).t(`\nbot: who am I speaking with?\ncaller: `).p(nameForm(r, h)).t(`\n`);
  d.t(`bot: refunds go to sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ${r.digits(8)}, is that right?\ncaller: yes\n`);
  d.t(`bot: we'll text `).l('PHONE', phoneText(r, 'uk', 0.5)).t(` to confirm.`);
};

const ivrGermanBank: Tpl = (r, d) => {
  const me = pc(r, 'de');
  d.t(`Sprachdialog Bank — Protokoll\nBOT: Bitte nennen Sie Ihren Namen.\nKUNDE: `).self(full(me)).t(`\nBOT: Ihr Geburtsdatum?\nKUNDE: `).l('DOB', dateText(r, ymd(r), 'de'));
  d.t(`\nBOT: Auf welches Konto?\nKUNDE: `).l('IBAN', ibanText(r, r.pick(['DE', 'DE', 'AT', 'CH']))).t(`\n`);
  d.t(`BOT: Steuer-ID ${r.digits(11)} ist hinterlegt. Die Karte wird an `).l('ADDRESS', addrText(r, 'de')).t(` geschickt.`);
};

const ivrHinglish: Tpl = (r, d) => {
  const me = pc(r, 'in');
  const ph = phone(r, 'in');
  d.mode = r.chance(0.5) ? 'lower' : 'keep';
  d.t(`Call transcript (hi-en)\nAGENT: namaste, aapka naam?\nCUSTOMER: `).self(full(me)).t(`, ${um(r)}account mere naam pe hai\n`);
  d.t(`AGENT: mobile number bataiye\nCUSTOMER: `).l('PHONE', sayGroups(r, ph.groups, 'en')).t(`\nAGENT: aur email?\nCUSTOMER: `).l('EMAIL', mailText(r, me, 'en', 0.7));
  d.t(`\nAGENT: PAN ${alnum(r, 5)}${r.digits(4)}${alnum(r, 1)} verify ho gaya. delivery address?\nCUSTOMER: `).l('ADDRESS', addrText(r, 'in')).t(`\nAGENT: dhanyavaad.`);
};

// ---------------------------------------------------------------------------------------------------------
// Live captions of video calls
// ---------------------------------------------------------------------------------------------------------

/** Caption cue header: "[00:01:02.345] Name:" with the name labelled, or an anonymous speaker tag. */
function cue(r: Rng, d: Doc, sec: number, who: string | null): void {
  d.t(`[${caption(r, sec)}] `);
  if (who) d.p(who).t(': ');
  else d.t(`Speaker ${r.int(1, 4)}: `);
}

const capStandup: Tpl = (r, d) => {
  const team = [person(r), person(r), person(r)];
  const [a, b, c] = [at(team, 0), at(team, 1), at(team, 2)];
  let s = r.int(5, 300);
  d.t(`Live captions — ${r.pick(['Platform', 'Payments', 'Falcon', 'Growth'])} stand-up (auto-generated, may contain errors)\n`);
  cue(r, d, s, full(a));
  d.t(`morning all. ${um(r)}so `).p(b.g).t(`, did the deploy to `).l('IP', ipv4(r)).t(` go out?\n`);
  cue(r, d, (s += r.int(3, 20)), full(b));
  d.t(`yeah, ${version(r)} is live. i rolled back the canary on ${hex(r, 7)} though. unrelated, but ${trap(r)}.\n`);
  cue(r, d, (s += r.int(3, 20)), null);
  d.t(`sorry i'm on mobile, it's `).p(c.g).t(`. if anything breaks page me on `).l('PHONE', phoneText(r, r.pick(EN_CCS), 0.5)).t(`\n`);
  cue(r, d, (s += r.int(3, 20)), full(a));
  d.t(`cool. and ${r.pick(['Sprint 42', 'Project Bluebird', 'Jenkins', 'Kubernetes 1.29'])} retro is on ${otherDate(r, 'say')}, send notes to `).l('EMAIL', mailText(r, a, 'en', 0.4, true)).t(`\n`);
};

const capWebinar: Tpl = (r, d) => {
  const host = person(r);
  const guest = person(r);
  d.t(`WEBINAR CAPTIONS (CART) — "${r.pick(['Scaling Support with AI', 'Cloud Costs 101', 'Caring for Ageing Parents'])}"\n`);
  d.t(`>> HOST: welcome everyone, i'm `).p(full(host)).t(` and with me today is ${r.pick(['Dr. ', 'Professor ', ''])}`);
  d.p(full(guest)).t(`, who leads research at ${r.pick(COMPANIES)}.\n>> GUEST: thanks `).p(host.g).t(`. quick note before we start, ${trap(r)}.\n`);
  const qm: MailParts = { local: [r.pick(['webinars', 'questions', 'events'])], domain: r.pick(ORG_DOMAINS) };
  d.t(`>> HOST: questions go to `).l('EMAIL', writeMail(qm)).t(`, that's `);
  d.l('EMAIL', sayMail(r, qm, 'en')).t(`. recording goes out ${otherDate(r, 'say')}.\n`);
  d.t(`>> GUEST: and the slides reference ${r.pick(['Moore\'s law', 'the Pareto principle', 'Conway\'s law', 'Goodhart\'s law'])}, version ${version(r)} of the report.`);
};

const capOnboarding: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'de', 'nl', 'fr', 'es', 'it', 'ie'] as const);
  const hr = pc(r, cc);
  const nh = pc(r, cc);
  const ib: Record<string, string> = { uk: 'GB', de: 'DE', nl: 'NL', fr: 'FR', es: 'ES', it: 'IT', ie: 'IE' };
  let s = r.int(30, 200);
  d.t(`Teams live transcript · HR onboarding\n`);
  cue(r, d, s, full(hr));
  d.t(`Hi `).p(nh.g).t(`, thanks for joining. Can you confirm your full legal name?\n`);
  cue(r, d, (s += r.int(4, 12)), full(nh));
  d.t(`Sure, it's `).self(full(nh)).t(`. ${r.chance(0.3) ? 'My passport has it slightly differently but yeah. ' : ''}\n`);
  cue(r, d, (s += r.int(4, 12)), full(hr));
  d.t(`And your date of birth for payroll?\n`);
  cue(r, d, (s += r.int(4, 12)), full(nh));
  d.t(`${um(r)}`).l('DOB', dateText(r, ymd(r, 1965, 2004), DATE_OF[cc] ?? 'uk')).t(`.\n`);
  cue(r, d, (s += r.int(4, 12)), full(hr));
  d.t(`Salary goes to which account?\n`);
  cue(r, d, (s += r.int(4, 12)), full(nh));
  d.t(`It's `).l('IBAN', ibanText(r, ib[cc])).t(`. And my home address is `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'uk', 0.3)).t(`.\n`);
  cue(r, d, (s += r.int(4, 12)), full(hr));
  d.t(`Perfect. Your start date is ${otherDate(r, DATE_OF[cc] ?? 'uk')} and your laptop tag is ${alnum(r, 8)}.`);
};

const capIncident: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  d.t(`Zoom CC — sev2 bridge ${caseNo(r)}\n`);
  d.p(`${a.g} ${a.s}`).t(`: the load balancer at `).l('IP', ipv4(r)).t(` is dropping health checks.\n`);
  d.p(`${b.g.charAt(0)}. ${b.s}`).t(`: i see errors from `).l('IP', ipv6(r)).t(` too, and `).l('IP', ipv4(r)).t(`:${r.pick(['443', '8080', '5432'])}.\n`);
  d.p(`${a.g} ${a.s}`).t(`: nginx ${version(r)}, openssl ${r.int(1, 3)}.${r.int(0, 4)}.${r.int(0, 15)}. commit ${hex(r, 40)}. `);
  d.t(`not an IP by the way, that ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} is the agent version.\n`);
  d.p(b.g).t(`: ok, rolling ${r.pick(['Hermes', 'Zeus', 'Athena', 'Apollo'])} cluster now.`);
};

const capSales: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const rep = pc(r, cc);
  const cl = pc(r, cc);
  d.mode = r.chance(0.4) ? 'lower' : 'keep';
  d.t(`Meeting captions — ${r.pick(COMPANIES)} <> client\n`);
  d.p(full(rep)).t(`: so who should i send the contract to?\n`).p(full(cl)).t(`: send it to me, `);
  const m = mailParts(r, cl, true);
  d.l('EMAIL', sayMail(r, m, 'en')).t(`. oh wait, no, the other domain, `).l('EMAIL', writeMail({ local: m.local, domain: r.pick(ORG_DOMAINS) })).t(`\n`);
  d.p(full(rep)).t(`: and a direct line?\n`).p(full(cl)).t(`: `).l('PHONE', phoneText(r, cc, 0.6)).t(`, extension ${r.int(10, 999)}. `);
  d.t(`also cc our cfo, `).p(nameForm(r, pc(r, cc))).t(`.\n`);
  d.p(full(rep)).t(`: great, pricing is ${money(r)} per seat, PO ${orderNo(r)}.`);
};

const capTelehealth: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'uk', 'au', 'ca'] as const);
  const dr = pc(r, cc);
  const pt = pc(r, cc);
  d.t(`Telehealth visit — live captions\nDR. `).p(dr.s.toUpperCase()).t(`: Can you confirm your name and date of birth?\nPATIENT: `);
  d.self(full(pt)).t(`, `).l('DOB', dob(r, cc, 0.6)).t(`.\nDR. `).p(dr.s.toUpperCase()).t(`: And you're still at `);
  d.l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.5)).t(`?\nPATIENT: yes, same place. sorry, the tv is on, something about ${trap(r)}.\n`);
  d.t(`DR. `).p(dr.s.toUpperCase()).t(`: I'll send the prescription to the pharmacy, their number is `).l('PHONE', phone(r, cc).nat);
  d.t(`. Follow-up ${otherDate(r, DATE_OF[cc] ?? 'us')}, and remember, no ibuprofen with the Eliquis.`);
};

const capBilingual: Tpl = (r, d) => {
  const a = pc(r, 'de');
  const b = pc(r, 'us');
  d.t(`[Untertitel/captions, auto-translated]\n`).p(full(a)).t(`: Also, meine Nummer ist `).l('PHONE', phoneText(r, 'de', 0.5));
  d.t(` (so my number is the one I just said).\n`).p(full(b)).t(`: perfect, and my email is `).l('EMAIL', mailText(r, b, 'en', 0.6));
  d.t(`.\n`).p(a.g).t(`: Super. Die Lieferung geht an `).l('ADDRESS', addrText(r, 'de')).t(`, nicht an das Lager in Hamburg.`);
};

const capLowerAuto: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  d.mode = 'lower';
  d.t(`auto captions (youtube live)\n`);
  d.t(`hey everyone welcome back to the stream, i'm `).p(a.g).t(` and today `).p(full(b)).t(` is joining us.\n`);
  d.t(`if you want merch email `).l('EMAIL', sayMail(r, mailParts(r, null, true), 'en')).t(`.\n`);
  d.t(`shout out to `).p(b.g).t(` for the ${r.pick(['subs', 'donation', 'raid'])}. not gonna read chat handles like @${ascii(a.g)}_${r.int(1, 99)} out loud.\n`);
  d.t(`${trap(r)}. anyway next video drops ${otherDate(r, 'say')}.`);
};

const capBankCall: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'ca', 'au'] as const);
  const ag = pc(r, cc);
  const cu = pc(r, cc);
  d.t(`Video banking session — captions\nAGENT (`).p(ag.g).t(`): Please read the long number on the front of the card.\nCUSTOMER: `);
  const cd = cardDigits(r);
  d.l('CARD', groupCard(r, cd)).t(`\nAGENT: Thanks. Sorry, there was a glitch, again?\nCUSTOMER: `).l('CARD', groupCard(r, cd));
  d.t(`\nAGENT: Thank you `);
  if (r.chance(0.5)) d.t(`${r.pick(['Mr.', 'Ms.', 'Mrs.'])} `).p(cu.s);
  else d.p(cu.g);
  d.t(`. I've disputed the ${money(r)} charge.`);
  if (r.chance(0.5)) d.t(` The old card ${badCardText(r)} is cancelled.`);
};

// ---------------------------------------------------------------------------------------------------------
// Dictated notes, letters and memos
// ---------------------------------------------------------------------------------------------------------

const dictMedical: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'ca', 'ie'] as const);
  const pt = pc(r, cc);
  const ref = pc(r, cc);
  const kin = pc(r, cc);
  d.t(`DICTATION — ${r.pick(['Dragon Medical', 'speech-to-text'])} — unreviewed\n`);
  d.t(`patient `).p(`${pt.s}, ${pt.g}`).t(` period date of birth `).l('DOB', dob(r, cc, 0.5)).t(` period MRN ${r.digits(8)} period\n`);
  d.t(`referred by ${r.pick(['Dr', 'Dr.', 'doctor'])} `).p(nameForm(r, ref)).t(` for ${r.pick(['chest pain', 'follow-up of Hashimoto\'s', 'suspected Bell\'s palsy', 'knee pain'])}. `);
  d.t(`next of kin `).p(full(kin)).t(`, ${r.pick(['daughter', 'son', 'wife', 'husband', 'partner'])}, phone `).l('PHONE', phoneText(r, cc, 0.5)).t(`.\n`);
  d.t(`plan colon review in ${r.int(2, 8)} weeks on ${otherDate(r, DATE_OF[cc] ?? 'us')}, ${trap(r)} noted in history.`);
};

const dictLegal: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'ca', 'ie'] as const);
  const c1 = pc(r, cc);
  const c2 = pc(r, cc);
  d.t(`Memo (dictated ${otherDate(r, DATE_OF[cc] ?? 'us')}) — Re: Estate of `).p(full(c1)).t(`, deceased\n\n`);
  d.t(`Executor: `).p(`${c2.s}, ${c2.g}`).t(`\n`);
  const a = address(r, ADDR_OF[cc] ?? 'us');
  d.t(`${r.pick(COMPANIES)}\n`).l('ADDRESS', a.lines.join('\n')).t(`\n\n`);
  d.t(`The deceased was born `).l('DOB', dateText(r, ymd(r, 1925, 1960), DATE_OF[cc] ?? 'us')).t(` and died ${otherDate(r, DATE_OF[cc] ?? 'us')}. `);
  d.t(`Filing under ${r.pick(['the Sarbanes-Oxley Act', 'Megan\'s Law', 'the Magnuson-Moss Warranty Act', 'Dodd-Frank'])} is not relevant here. `);
  if (cc === 'us' && r.chance(0.7)) d.t(`Decedent SSN `).l('NATIONAL_ID', ssnText(r)).t(`; estate EIN ${ein(r)}.`);
  else d.t(`Matter number ${caseNo(r)}.`);
};

const dictLetter: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'us', 'ie', 'au', 'de', 'fr', 'nl'] as const);
  const to = pc(r, cc);
  const me = pc(r, cc);
  const a = address(r, ADDR_OF[cc] ?? 'uk');
  d.t(`[Dictated letter — formatting applied]\n\n`).p(full(to)).t(`\n`);
  if (r.chance(0.4)) d.t(`${r.pick(COMPANIES)}\n`);
  d.l('ADDRESS', a.lines.join('\n')).t(`\n\n${otherDate(r, DATE_OF[cc] ?? 'uk')}\n\nDear ${r.pick(['Mr', 'Ms', 'Mrs', 'Dr', 'Mx'])} `).p(to.s).t(`,\n\n`);
  d.t(`Thank you for your letter regarding ${caseNo(r)}. As discussed, please contact me on `).l('PHONE', phone(r, cc).nat);
  d.t(` or at `).l('EMAIL', writeMail(mailParts(r, me, true))).t(`.\n\nYours sincerely,\n\n`).self(full(me));
};

const dictWitness: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'ca'] as const);
  const w1 = pc(r, cc);
  const w2 = pc(r, cc);
  d.mode = r.chance(0.4) ? 'lower' : 'keep';
  d.t(`voice memo transcript — incident notes\n`);
  d.t(`okay so ${um(r)}witness one is `).p(full(w1)).t(`, lives at `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.6)).t(`, `);
  d.t(`says the van turned off ${r.pick(['Washington Street', 'the Lincoln Tunnel approach', 'King Edward Road'])} near the ${r.pick(['Walgreens', 'Morrisons', 'Kmart', 'Tesco'])}. `);
  d.t(`phone `).l('PHONE', phoneText(r, cc, 0.6)).t(`. born `).l('DOB', dob(r, cc, 0.7)).t(`. `);
  d.t(`witness two, `).p(nameForm(r, w2)).t(`, didn't want to give details. plate ${alnum(r, 3)} ${r.digits(4)}, happened ${clock(r)}.`);
};

const dictCrm: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const lead = pc(r, cc);
  const boss = pc(r, cc);
  d.t(`CRM voice note → text\n`);
  d.t(`${um(r)}just got off the phone with `).p(full(lead)).t(` at ${r.pick(COMPANIES)}, they want a quote by ${otherDate(r, 'say')}. `);
  d.t(`her email is `).l('EMAIL', mailText(r, lead, 'en', 0.7, true)).t(`, `).t(r.pick(['i think', 'double check that', 'spelled like it sounds'])).t(`. `);
  d.t(`mobile `).l('PHONE', phoneText(r, cc, 0.7)).t(`. decision maker is `).p(nameForm(r, boss)).t(`, `);
  d.t(`budget ${money(r)}, they use ${r.pick(['Salesforce', 'HubSpot', 'Zendesk', 'Freshdesk'])}. follow up ${r.pick(['tuesday', 'next week', 'after the trade show'])}.`);
};

const dictExpense: Tpl = (r, d) => {
  const me = pc(r, 'us');
  d.t(`Expense memo (dictated)\nSubmitter: `).self(full(me)).t(`\n`);
  d.t(`Dinner at ${r.pick(['Ruth\'s Chris', 'Nando\'s', 'Wahlburgers', 'Mrs. Fields'])}, ${money(r)}, corporate card `).l('CARD', cardText(r)).t(`.\n`);
  d.t(`Taxi ${money(r)}, paid on my personal card `).l('CARD', cardText(r)).t(`, no wait, that didn't go through, it was the card ${maskedCard(r)}.\n`);
  d.t(`Hotel folio ${r.digits(9)}, test card on the receipt ${badCardText(r)} (that's their sample number). Cost centre ${r.digits(4)}.`);
};

const dictTodo: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const cc = r.pick(EN_CCS);
  d.mode = 'lower';
  d.t(`voice memo ${r.int(1, 240)} — ${otherDate(r, 'iso')}\n`);
  d.t(`remind me to call `).p(a.g).t(` back on `).l('PHONE', phoneText(r, cc, 0.6)).t(`, and to email `).p(full(b));
  d.t(` the photos, `).l('EMAIL', mailText(r, b, 'en', 0.8)).t(`. pick up `).p(r.pick(['Rose', 'Hope', 'Grant', 'Will', 'May', 'Guy', 'Bill']));
  d.t(`'s present, and a cake for the dog, ${r.pick(['Biscuit', 'Einstein', 'Pepper', 'Duke'])}, his birthday is ${otherDate(r, 'say')}. ${trap(r)}.`);
};

const dictRealEstate: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'ca'] as const);
  const s1 = pc(r, cc);
  d.t(`Agent voice notes — showings\n`);
  d.t(`first one, `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.7)).t(`, three bed, seller is `).p(nameForm(r, s1)).t(`. `);
  d.t(`second one `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.7)).t(`, the one by the ${r.pick(['Kennedy Center', 'Jackson Park', 'Ritz-Carlton', 'old Sears building'])}, `);
  d.t(`lockbox ${r.digits(4)}. listing ${alnum(r, 2)}${r.digits(7)}. call the seller's agent on `).l('PHONE', phoneText(r, cc, 0.6)).t(`.`);
};

const dictJapaneseMemo: Tpl = (r, d) => {
  d.t(`音声メモ（自動文字起こし）\n`).p(`${r.pick(JA_S)}${r.pick(JA_G)}`).t(`さんの件。生年月日 `).l('DOB', dateText(r, ymd(r), 'jp'));
  d.t(`、電話 `).l('PHONE', phone(r, 'jp').nat).t(`、メール `).l('EMAIL', writeMail(mailParts(r, pc(r, 'jp')))).t(`。`);
  d.t(`送付先 `).l('ADDRESS', addrText(r, 'jp')).t(`。次回打ち合わせ ${2025 + r.int(0, 1)}年${r.int(1, 12)}月${r.int(1, 28)}日。`);
};

const dictGermanArzt: Tpl = (r, d) => {
  const pt = pc(r, 'de');
  const dr = pc(r, 'de');
  d.t(`Diktat Arztbrief (Spracherkennung)\nPatient `).p(`${pt.s}, ${pt.g}`).t(`, geboren am `).l('DOB', dateText(r, ymd(r), 'de'));
  d.t(`, wohnhaft `).l('ADDRESS', addrText(r, 'de')).t(`. Zuweisung durch Dr. med. `).p(dr.s).t(` wegen ${r.pick(['Morbus Crohn', 'Morbus Parkinson', 'Hashimoto-Thyreoiditis'])}. `);
  d.t(`Kontrolle am ${otherDate(r, 'de')}. Rückfragen unter `).l('PHONE', phone(r, 'de').nat).t(` Punkt Absatz.`);
};

const dictMoving: Tpl = (r, d) => {
  const me = person(r);
  const from = r.pick(ADDR_CCS);
  d.t(`Voice memo — moving checklist\n${um(r)}note for `).self(full(me)).t(`: old address `).l('ADDRESS', addrOneLine(r, address(r, from)));
  d.t(`, new address `).l('ADDRESS', addrOneLine(r, address(r, r.pick(ADDR_CCS)))).t(`. tell the bank, the dentist and ${r.pick(['Netflix', 'the DVLA', 'the Bürgeramt', 'Hydro-Québec'])}. `);
  d.t(`movers arrive ${otherDate(r)} between ${clock(r)} and ${clock(r)}, quote ${orderNo(r)}.`);
};

const ivrBenefits: Tpl = (r, d) => {
  const me = pc(r, 'us');
  const ssn = ssnParts(r);
  const born = ymd(r);
  d.t(`Benefits hotline — speech recognition log ${stamp(r)}\nPROMPT: Say your Social Security number, one digit at a time.\n`);
  d.t(`HEARD: "${ssn.join('').split('').map((c) => at(DIG.en, Number(c))).join(' ')}" → NORMALISED: `).l('NATIONAL_ID', ssn.join('-')).t(`\n`);
  d.t(`PROMPT: Say your name.\nHEARD: "`).self(full(me)).t(`"\nPROMPT: Say your date of birth.\nHEARD: "`).l('DOB', dateText(r, born, 'say'));
  d.t(`" → `).l('DOB', dateText(r, born, 'iso')).t(`\n`);
  d.t(`PROMPT: Say the ZIP code of your mailing address.\nHEARD: "${sayDigits(r, r.digits(5), 'en')}"\nRESULT: claim week ending ${otherDate(r, 'us')} certified.`);
};

const ivrBillPay: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'ca', 'uk', 'au'] as const);
  d.t(`Pay-by-phone transcript · account ${r.digits(10)} · ${stamp(r)}\nSYSTEM: Enter or say your card number, followed by the pound key.\nCALLER: `);
  const cd = cardDigits(r);
  d.l('CARD', r.chance(0.5) ? cd : groupCard(r, cd)).t(`\nSYSTEM: You entered a card ending in ${sayDigits(r, cd.slice(-4), 'en')}. Expiry?\nCALLER: ${p2(r.int(1, 12))} ${r.int(26, 31)}\n`);
  d.t(`SYSTEM: Security code?\nCALLER: ${r.digits(3)}\nSYSTEM: Your payment of ${money(r)} is confirmed, confirmation ${alnum(r, 9)}. `);
  if (r.chance(0.5)) d.t(`A receipt was texted to `).l('PHONE', phone(r, cc).nat).t(`.`);
  else d.t(`Card ${badCardText(r)} was declined earlier today.`);
};

const vmPayroll: Tpl = (r, d) => {
  const emp = pc(r, 'us');
  const hr = pc(r, 'us');
  d.mode = r.chance(0.4) ? 'lower' : 'keep';
  d.t(`voicemail — `).p(full(hr)).t(`, payroll\n"hi `).p(emp.g).t(`, it's `).p(hr.g).t(` from payroll. ${um(r)}your W-2 bounced, the social we have is `);
  d.l('NATIONAL_ID', ssnText(r)).t(`, and i think it should be `).l('NATIONAL_ID', ssnText(r)).t(`? can you confirm. also, the company EIN is ${ein(r)} if your accountant asks. `);
  d.t(`call me at `).l('PHONE', phoneText(r, 'us', 0.6)).t(`. thanks"`);
};

// ---------------------------------------------------------------------------------------------------------
// Speech-analytics call summaries
// ---------------------------------------------------------------------------------------------------------

const saCollections: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'uk', 'ca'] as const);
  const ag = pc(r, cc);
  const cu = pc(r, cc);
  d.t(`CALL SUMMARY (speech analytics v${r.int(2, 6)}.${r.int(0, 9)}) — call ${uuid(r)}\n`);
  d.t(`Agent: `).p(full(ag)).t(` | Customer: `).self(full(cu)).t(` | Duration ${r.int(2, 40)}m${r.int(0, 59)}s | Sentiment ${r.chance(0.5) ? '-' : ''}${conf(r)}\n`);
  d.t(`Summary: Customer called about an overdue balance of ${money(r)}. Identity verified with DOB `).l('DOB', dateText(r, ymd(r), DATE_OF[cc] ?? 'us'));
  d.t(` and ${cc === 'us' ? `SSN ${maskedSsn(r)}` : 'postcode'}. Customer agreed a payment plan; first payment on card `).l('CARD', cardText(r));
  d.t(` scheduled ${otherDate(r, DATE_OF[cc] ?? 'us')}. Callback number updated to `).l('PHONE', phone(r, cc).nat).t(`.\n`);
  d.t(`Keywords: hardship, ${r.pick(['job loss', 'medical bills', 'divorce'])}, promise-to-pay. Compliance flags: none.`);
};

const saRedacted: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const cu = pc(r, cc);
  d.t(`Post-call summary (PII redaction partially applied)\n`);
  d.t(`The customer, [NAME], said their date of birth is [DOB] and gave the card number ${maskedCard(r)}. `);
  d.t(`Later in the call the customer repeated the card in full as `).l('CARD', cardText(r)).t(` which was not redacted. `);
  d.t(`The agent addressed the customer as `).p(r.chance(0.5) ? cu.g : `${cu.g} ${cu.s}`).t(`. Phone on file ${maskedPhone(r)}; new phone `);
  d.l('PHONE', phoneText(r, cc, 0.7)).t(`. SSN ${maskedSsn(r)}. `);
  if (cc === 'us') d.t(`Unredacted SSN found at 04:12: `).l('NATIONAL_ID', ssnText(r)).t(`.`);
  else if (r.chance(0.5)) d.t(`Unredacted IP from web chat: `).l('IP', ipText(r)).t(`.`);
  else d.t(`Refund account read out in full: `).l('IBAN', ibanText(r)).t(`.`);
};

const saComplaint: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'ie', 'de', 'fr', 'es', 'nl', 'it'] as const);
  const cu = pc(r, cc);
  const ag = pc(r, cc);
  const ib: Record<string, string> = { uk: 'GB', ie: 'IE', de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT' };
  d.t(`Complaint call — auto summary (translated to English)\n• Caller: `).self(full(cu)).t(`\n• Handled by: `).p(ag.g).t(`\n`);
  d.t(`• Issue: direct debit taken twice from `).l('IBAN', ibanText(r, ib[cc])).t(` on ${otherDate(r, DATE_OF[cc] ?? 'uk')}.\n`);
  d.t(`• Caller mentioned the IBAN printed on the letter, ${badIbanText(r)}, is wrong.\n`);
  d.t(`• Refund to be confirmed by email to `).l('EMAIL', writeMail(mailParts(r, cu))).t(`.\n• Root cause: ${r.pick(['duplicate mandate', 'system migration', 'manual error'])}. Case ${caseNo(r)}.`);
};

const saJson: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const cu = pc(r, cc);
  const ag = pc(r, cc);
  d.t(`{"call_id":"${uuid(r)}","started":"${stamp(r)}","agent":"`).p(full(ag)).t(`","entities":{"customer_name":"`).self(full(cu));
  d.t(`","callback":"`).l('PHONE', phone(r, cc).intl).t(`","email":"`).l('EMAIL', writeMail(mailParts(r, cu))).t(`",`);
  d.t(`"address":"`).l('ADDRESS', addrOneLine(r, address(r, ADDR_OF[cc] ?? 'us'))).t(`","order":"${orderNo(r)}"},`);
  d.t(`"topics":["${r.pick(['refund', 'delivery', 'billing'])}","${r.pick(['escalation', 'churn-risk', 'upsell'])}"],"csat_pred":${conf(r)}}`);
};

const saQa: Tpl = (r, d) => {
  const ag = person(r);
  const sup = person(r);
  const cu = pc(r, 'us');
  d.t(`QA scorecard — auto-scored from transcript\nAgent: `).p(`${ag.s}, ${ag.g}`).t(`   Reviewer: `).p(`${sup.g.charAt(0)}. ${sup.s}`).t(`\n`);
  d.t(`[x] Greeting  [x] Verified identity (full name `).p(full(cu)).t(`, DOB `).l('DOB', dob(r, 'us', 0.3)).t(`)\n`);
  d.t(`[ ] Did NOT read back full SSN — agent read out `).l('NATIONAL_ID', ssnText(r)).t(` in full (violation)\n`);
  d.t(`[x] Offered ${r.pick(['Premium Plus', 'Gold Shield', 'Family Saver'])} plan  Score ${r.int(55, 98)}/100`);
};

const saFraud: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const cu = pc(r, cc);
  d.t(`Fraud analytics — voice + digital correlation\nCustomer `).p(nameForm(r, cu)).t(` called to report logins they did not make.\n`);
  d.t(`Logins from `).l('IP', ipv4(r)).t(` and `).l('IP', ipText(r)).t(` (${r.pick(['Frankfurt', 'São Paulo', 'Lagos', 'Singapore'])}) between ${stamp(r)} and ${stamp(r)}. `);
  d.t(`Voiceprint match ${conf(r)}. Device ${uuid(r)}, app ${version(r)}. `);
  d.t(`The caller asked us to email `).l('EMAIL', mailText(r, cu, 'en', 0.5)).t(` instead of the address on file.`);
};

// ---------------------------------------------------------------------------------------------------------
// Smart-speaker and in-car assistant requests
// ---------------------------------------------------------------------------------------------------------

const ssCall: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const c = pc(r, cc);
  d.t(`${r.pick(['Echo Dot (Kitchen)', 'Nest Mini', 'HomePod', 'Living room speaker'])} · request history\n`);
  d.t(`You said: "${r.pick(WAKE).toLowerCase()} call `).p(r.chance(0.5) ? c.g.toLowerCase() : full(c).toLowerCase()).t(` ${r.pick(['mobile', 'on speaker', 'at work'])}"\n`);
  d.t(`Response: "Calling `).p(full(c)).t(`, `).l('PHONE', phone(r, cc).nat).t(`."\n`);
  d.t(`You said: "${r.pick(WAKE).toLowerCase()} set a timer for ${r.int(2, 40)} minutes"\nYou said: "play ${r.pick(['Earth Wind and Fire', 'the Beatles', 'lo-fi beats', 'BBC Radio 4'])}"`);
};

const carNav: Tpl = (r, d) => {
  const cc = r.pick(['us', 'us', 'uk', 'au', 'ca', 'de'] as const);
  d.mode = r.chance(0.5) ? 'lower' : 'keep';
  d.t(`In-car assistant log · ${vin(r)} · ${stamp(r)}\n`);
  d.t(`driver: "${r.pick(WAKE)}, navigate to `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.85)).t(`"\n`);
  d.t(`assistant: "Starting route. ${r.int(3, 90)} minutes via ${r.pick(['Martin Luther King Jr Boulevard', 'the A4', 'I-95', 'Victoria Road'])}."\n`);
  d.t(`driver: "actually ${um(r)}take me to the ${r.pick(['Lincoln Memorial', 'nearest Shell', 'Marriott downtown', 'airport'])} first"\n`);
  d.t(`assistant: "Adding a stop. Battery at ${r.int(10, 95)} percent."`);
};

const ssMessage: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const to = pc(r, cc);
  const me = pc(r, cc);
  d.mode = 'lower';
  d.t(`assistant transcript: "send a message to `).p(r.pick([to.g, full(to)])).t(` saying i'm running late, ${um(r)}meet me at `);
  d.l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.8)).t(` instead"\nassistant: "ok, sending to `).p(full(to)).t(`: i'm running late..."\n`);
  d.t(`"also text `).p(full(me)).t(`'s ${r.pick(['wife', 'husband'])} ... no, cancel that"`);
};

const ssShopping: Tpl = (r, d) => {
  const me = pc(r, 'us');
  d.t(`Voice shopping log\n"add ${r.pick(['Ben & Jerry\'s', 'Heinz ketchup', 'Kellogg\'s cornflakes', 'Dr Pepper'])} and ${r.pick(['Colgate', 'Hellmann\'s', 'Johnson\'s baby shampoo'])} to my list"\n`);
  d.t(`"order it"\nAssistant: "Ordering for `).self(full(me)).t(`, delivering to `).l('ADDRESS', addrOneLine(r, address(r, 'us'))).t(`, paying with the card ending ${r.digits(4)}."\n`);
  d.t(`"no, use the new card, `).l('CARD', cardText(r)).t(`"\nAssistant: "I can't take card numbers by voice. Please add it in the app." Order ${orderNo(r)}.`);
};

const carAssist: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'de', 'au'] as const);
  const me = pc(r, cc);
  d.t(`Vehicle voice log · VIN ${vin(r)} · software ${version(r)}\n`);
  d.t(`user: "call roadside assistance"\nsystem: "Connecting to roadside. Your registered name is `).self(full(me)).t(`, callback `).l('PHONE', phone(r, cc).intl).t(`."\n`);
  d.t(`user: "i'm at `).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.8)).t(`, near the ${r.pick(['Tesla supercharger', 'Ford dealership', 'Walmart', 'Aldi'])}"\n`);
  d.t(`system: "GPS ${(r.int(-60000, 60000) / 1000).toFixed(4)}, ${(r.int(-120000, 120000) / 1000).toFixed(4)} shared. Odometer ${r.int(1000, 190000)} km."`);
};

const ssEmail: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const to = pc(r, cc);
  d.mode = r.chance(0.5) ? 'lower' : 'keep';
  d.t(`dictation → mail: "email `).p(to.g).t(` at `).l('EMAIL', sayMail(r, mailParts(r, to), 'en')).t(`, subject ${r.pick(['photos', 'invoice', 'the trip'])}, `);
  d.t(`body, hi `).p(to.g).t(` comma here are the ${r.pick(['photos', 'numbers', 'tickets'])} period call me at `).l('PHONE', phoneText(r, cc, 0.8)).t(` period"`);
};

const ssProfile: Tpl = (r, d) => {
  const cc = r.pick(EN_CCS);
  const me = pc(r, cc);
  d.t(`Voice profile enrolment\nPrompt: "Say your full name."  Heard: "`).self(full(me)).t(`"\n`);
  d.t(`Prompt: "When's your birthday?"  Heard: "`).l('DOB', dob(r, cc, 0.8)).t(`"\n`);
  d.t(`Prompt: "What's your home address?"  Heard: "`).l('ADDRESS', addrText(r, ADDR_OF[cc] ?? 'us', 0.8)).t(`"\n`);
  d.t(`Prompt: "Say 'My voice is my password'."  Heard: "my voice is my password" (match ${conf(r)})`);
};

const carEcall: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'de', 'fr', 'it', 'es', 'us'] as const);
  const drv = pc(r, cc);
  d.t(`eCall / SOS transcript — ${stamp(r)}\nOPERATOR: Emergency service, the car reported a crash. Are you hurt?\n`);
  d.t(`DRIVER: no, no, i'm ok, my passenger `).p(nameForm(r, pc(r, cc))).t(` hit her head\nOPERATOR: What is your name?\nDRIVER: `).self(full(drv)).t(`\n`);
  d.t(`OPERATOR: I have your location as `).l('ADDRESS', addrOneLine(r, address(r, ADDR_OF[cc] ?? 'uk'))).t(`. Stay on `).l('PHONE', phone(r, cc).intl).t(`.\n`);
  d.t(`[MSD: VIN ${vin(r)}, ${r.int(1, 5)} occupants, ${(r.int(40000, 55000) / 1000).toFixed(5)} N]`);
};

const ssRoutine: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  d.t(`"good morning" routine readout\n"Good morning. It's ${r.int(-5, 31)} degrees. You have ${r.int(2, 5)} events: stand-up at ${clock(r)}, lunch with `);
  d.p(full(a)).t(` at ${clock(r)}, and `).p(b.g).t(`'s ${r.pick(['farewell', 'promotion drinks', 'leaving do'])} on ${otherDate(r, 'say')}. `);
  d.t(`Your ${r.pick(['Amazon', 'DHL', 'Royal Mail'])} parcel ${tracking(r)} arrives today."`);
};

const ssPay: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'de', 'nl', 'fr', 'ie'] as const);
  const to = pc(r, cc);
  const ib: Record<string, string> = { uk: 'GB', de: 'DE', nl: 'NL', fr: 'FR', ie: 'IE' };
  d.t(`Voice banking — "pay `).p(full(to)).t(` ${r.int(10, 400)} euros for the ${r.pick(['bike', 'concert tickets', 'dinner'])}"\n`);
  d.t(`Assistant: "`).p(full(to)).t(` isn't a saved payee. Please read the IBAN."\nUser: "`).l('IBAN', ibanText(r, ib[cc])).t(`"\n`);
  d.t(`Assistant: "Confirm code sent to `).l('PHONE', phone(r, cc).nat).t(`. Reference ${alnum(r, 10)}."`);
};

// ---------------------------------------------------------------------------------------------------------
// Hard negatives (no PII at all)
// ---------------------------------------------------------------------------------------------------------

const negIvrOrder: Tpl = (r, d) => {
  d.t(`IVR session ${uuid(r)} · ${stamp(r)}\nBOT: Please say or enter your order number.\nCALLER: ${sayDigits(r, r.digits(8), 'en')}\n`);
  d.t(`BOT: Order ${orderNo(r)} shipped ${otherDate(r, 'say')}, tracking ${tracking(r)}.\nCALLER: and the case number?\nBOT: ${caseNo(r)}.`);
};
const negWebinar: Tpl = (r, d) => {
  d.t(`[CC] today's agenda: ${trap(r)}, then ${trap(r)}. The ${r.pick(['Parkinson\'s', 'Alzheimer\'s', 'Crohn\'s'])} foundation grant, `);
  d.t(`the Nobel committee, and our ${r.pick(['Ford', 'Tesla', 'Boeing'])} case study. Slides ${version(r)}, recorded ${stamp(r)}.`);
};
const negSpeaker: Tpl = (r, d) => {
  d.mode = 'lower';
  d.t(`"${r.pick(WAKE)} what's the weather in ${r.pick(['Florence', 'Sydney', 'Austin', 'Victoria', 'Regina', 'Chelsea'])}"\n`);
  d.t(`"${r.pick(WAKE)} play ${r.pick(['Pink Floyd', 'Earth Wind and Fire', 'Fleetwood Mac', 'Mumford and Sons'])}"\n"set an alarm for ${clock(r)}"\n`);
  d.t(`"add ${r.pick(['Ben & Jerry\'s', 'Dr Pepper', 'Kellogg\'s'])} to the list"`);
};
const negCar: Tpl = (r, d) => {
  d.t(`In-car assistant: "navigate to the ${r.pick(['Lincoln Memorial', 'Kennedy Space Center', 'Victoria station', 'Washington Square'])}"\n`);
  d.t(`"Route via ${r.pick(['Martin Luther King Jr Blvd', 'George Washington Bridge', 'Queen Elizabeth Way'])}, ${r.int(5, 80)} minutes. Software ${version(r)}. VIN ${vin(r)}."`);
};
const negAnalytics: Tpl = (r, d) => {
  d.t(`Weekly speech analytics: ${r.int(1000, 90000)} calls, AHT ${r.int(3, 12)}m, sentiment ${conf(r)}. `);
  d.t(`Top redactions: card ${maskedCard(r)}, SSN ${maskedSsn(r)}, phone ${maskedPhone(r)}. Hash ${hex(r, 64)}. `);
  d.t(`Invalid test card seen in logs: ${badCardText(r)}. Rejected IBAN ${badIbanText(r)}.`);
};
const negDictFinance: Tpl = (r, d) => {
  d.t(`Dictated memo: vendor EIN ${ein(r)}, routing ${routing(r)}, account ${r.digits(10)}. `);
  d.t(`The card number ${badCardText(r)} failed the check; ITIN ${badSsn(r)}. Invoice dated ${otherDate(r, 'us')}, due ${otherDate(r, 'say')}.`);
};
const negVmAuto: Tpl = (r, d) => {
  d.t(`Voicemail (automated): "This is a reminder of your appointment on ${otherDate(r, 'say')} at ${clock(r)}. `);
  d.t(`Your reference is ${sayDigits(r, r.digits(6), 'en')}. To confirm press 1. To cancel press 2."`);
};
const negIt: Tpl = (r, d) => {
  d.t(`Live captions — release call\nupgrade from ${version(r)} to ${version(r)}, commit ${hex(r, 40)}, request id ${uuid(r)}. `);
  d.t(`the ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} firmware is a version not an address. ${r.pick(['Hermes', 'Jenkins', 'Ansible', 'Grafana'])} dashboards at ${stamp(r)}.`);
};
const negStorm: Tpl = (r, d) => {
  d.t(`News caption: ${r.pick(['Hurricane Milton', 'Storm Ciarán', 'Typhoon Haikui', 'Cyclone Gabrielle'])} forced the ${r.pick(['Queen Mary 2', 'Harmony of the Seas', 'Ever Given'])} to divert. `);
  d.t(`${trap(r)}; ${trap(r)}. Under ${r.pick(['Murphy\'s law', 'Megan\'s Law', 'Godwin\'s law'])} ${r.pick(['nothing', 'everything'])} changes.`);
};
const negGerman: Tpl = (r, d) => {
  d.t(`Sprachdialog: „Ihre Bestellnummer ${orderNo(r)} wurde am ${otherDate(r, 'de')} versandt. Sendungsnummer ${tracking(r)}. `);
  d.t(`Die Filiale in der Goethestraße hat ab ${r.int(7, 10)} Uhr geöffnet.“ Version ${version(r)}.`);
};

// ---------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------

const POSITIVE: ReadonlyArray<readonly [Tpl, number]> = [
  [vmCallback, 3], [vmClinic, 3], [vmDelivery, 3], [vmFraud, 2], [vmRecruiter, 2], [vmLandlord, 3], [vmGerman, 2],
  [vmFrench, 2], [vmSpanish, 2], [vmItalian, 1], [vmBrazil, 1], [vmDutch, 2], [vmJapanese, 1], [vmKorean, 1],
  [vmPolish, 2], [vmSwedish, 1], [vmArabicEn, 1], [ivrBank, 4], [ivrTelco, 2], [ivrPharmacy, 2], [ivrAirline, 2],
  [voicebotJson, 2], [ivrTax, 3], [ivrIsp, 2], [ivrSpanishBank, 2], [ivrInsurance, 2], [ivrUtility, 2],
  [ivrGermanBank, 2], [ivrHinglish, 1], [capStandup, 2], [capWebinar, 2], [capOnboarding, 2], [capIncident, 2],
  [capSales, 2], [capTelehealth, 2], [capBilingual, 1], [capLowerAuto, 1], [capBankCall, 3], [dictMedical, 2],
  [dictLegal, 2], [dictLetter, 2], [dictWitness, 2], [dictCrm, 2], [dictExpense, 1], [dictTodo, 2],
  [dictRealEstate, 2], [dictJapaneseMemo, 1], [dictGermanArzt, 1], [dictMoving, 1], [ivrBenefits, 3], [ivrBillPay, 2], [vmPayroll, 3], [saCollections, 2], [saRedacted, 2],
  [saComplaint, 3], [saJson, 2], [saQa, 3], [saFraud, 2], [ssCall, 2], [carNav, 2], [ssMessage, 2],
  [ssShopping, 1], [carAssist, 2], [ssEmail, 2], [ssProfile, 2], [carEcall, 1], [ssRoutine, 1], [ssPay, 4],
];
const NEGATIVE: readonly Tpl[] = [negIvrOrder, negWebinar, negSpeaker, negCar, negAnalytics, negDictFinance, negVmAuto,
  negIt, negStorm, negGerman];
/** Number of distinct document templates. */
export const INDEPENDENT27_TEMPLATE_COUNT = POSITIVE.length + NEGATIVE.length;
const TOTAL_WEIGHT = POSITIVE.reduce((s, [, w]) => s + w, 0);

function pickPositive(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of POSITIVE) {
    x -= w;
    if (x < 0) return t;
  }
  return at(POSITIVE, 0)[0];
}

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent27Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent27Entry[] {
  const r = new Rng(opts.seed ?? at(INDEPENDENT27_SEEDS, 0));
  const min = opts.minInstances ?? INDEPENDENT27_MIN_INSTANCES;
  const out: Independent27Entry[] = [];
  let total = 0;
  const negSlot = r.int(0, 9);
  while (total < min) {
    const d = new Doc();
    // One document in ten (at a seeded position in each run of ten) is a hard negative.
    (out.length % 10 === negSlot ? r.pick(NEGATIVE) : pickPositive(r))(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
