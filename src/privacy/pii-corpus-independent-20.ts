/**
 * @module privacy/pii-corpus-independent-20 — blind labelled PII corpus, split #20.
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts` (nothing below it),
 * `pii-corpus-checks.ts`, the `PiiType` union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * Not read: the detector, its tests, the other corpora and their templates, docs, benches, git history.
 * Every name, address, template and value here was invented for this file.
 *
 * Seeds: 200001, 200002, 200003. Each seed yields whole documents until at least `minInstances`
 * (default 2400) labels exist.
 *
 * Contents: conversations in which people mention other people in running text (relatives, colleagues,
 * doctors, landlords, neighbours, friends, children, drivers, teachers) in support, healthcare, HR,
 * legal-aid, school and community settings, in English and seventeen other languages (es, fr, de, it, pt,
 * nl, pl, tr, ja, ko, zh, ar, sv, vi, Hinglish, ru, he); names mid-sentence, in lists, in quoted speech,
 * in lower case, as short forms and in each language's own patterns; the other PII types written into
 * running text; about one document in ten a pure hard negative with traps.
 *
 * Labelling conventions: PERSON = human beings only, honorifics (Mr., Dr., Frau, Sra., さん, 씨 …) and
 * possessive 's outside the span, one label per contiguous name (given-only, surname-only, initials,
 * "Surname, Given", ALL CAPS and lower case all labelled); brands, places, pets, streets/buildings named
 * after people, eponymous diseases/laws/awards, @handles and names inside e-mail addresses unlabelled.
 * EMAIL = every address incl. role addresses and whole spoken spans. PHONE = the number only (extension
 * outside), spoken numbers labelled, masked numbers not. CARD = Luhn-valid numbers of real network shapes
 * only. IBAN = mod-97-valid, right length, any grouping/case. NATIONAL_ID = valid US SSNs only. IP = every
 * IPv4/IPv6 (ports and brackets outside; versions are not IPs). ADDRESS = one label per full postal
 * address (multi-line from first street line to last postcode/city/country line; recipient name a
 * separate PERSON). DOB = dates of birth only, cue words outside. Values split by a line break are not
 * labelled. Offsets are recorded while the text is built; the finished string is never searched.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT20_SEEDS = [200001, 200002, 200003] as const;
export const INDEPENDENT20_MIN_INSTANCES = 2400;

/** A label that carries its text. */
export type Independent20Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent20Entry = PiiCorpusEntry & { readonly labels: readonly Independent20Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent20Label[] = [];
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
  /** The user's own full name: labelled and recorded as a known name. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

// ---------------------------------------------------------------- names

const w = (s: string): string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));

/** Latin-script name pools by culture: [given names, surnames]. */
const CULTURES: Record<string, [string[], string[]]> = {
  anglo: [
    w('Rose Hope Will Bill Grant May Guy Joy Dawn Faith Mark Pat Gail Wade Heath Clay Dale Sandy'),
    w('Whitlock Ashdown Pennyworth Haverford Bramley Cotterill Marsh Hill Brown Fox Wood Parsons Fairbairn'),
  ],
  irish: [w('Siobhan Niamh Padraig Cian Aoife Eoin Grainne Ronan'), w("O'Sullivan McGrath Doherty Ni_Bhriain Keane Tierney")],
  spanish: [
    w('Ana Lucía Javier Rocío Iñaki Montserrat Álvaro Pilar Consuelo Nerea Ximena Rodrigo'),
    w('García_Lorente Beltrán Iturbe Villanueva Olmedo Santiesteban Cifuentes Peralta Zubiaurre Echeverría'),
  ],
  mexican: [w('Guadalupe Itzel Ulises Yareli Esteban Citlali Armando Paloma'), w('Tlacuilo Cervantes Huerta Quintanilla Ochoa Mendoza')],
  portuguese: [
    w('João Conceição Thiago Rafaela Gonçalo Leonor Wellington Jussara Iara Caio'),
    w('Figueiredo Albuquerque Nogueira Sampaio Brandão Cavalcanti Magalhães Tavares'),
  ],
  french: [w('Élodie Baptiste Margaux Thibault Aurélien Solène Gaëlle Rémi Clémence'), w('Lefebvre Dumoulin Beauchamp Marchetti Garnier Rousseau-Lenoir Vasseur')],
  german: [w('Jürgen Annegret Lukas Friederike Torsten Wiebke Mathis Ute Henrike'), w('Schäfer Kowalczyk-Brandt Hoffmeister Grünwald Ziegler Bauer Lindqvist-Maier')],
  italian: [w('Giuseppe Chiara Lorenzo Benedetta Salvatore Ilaria Raffaele Marisa'), w('Esposito Lombardi Santoro Mancini De_Luca Ferraro Bellandi')],
  dutch: [w('Sanne Joost Femke Bram Maartje Gijs Lieke Wouter'), w('van_der_Veen de_Graaf Bakker Visser van_Dijk Mulder Hendriks')],
  polish: [w('Agnieszka Krzysztof Małgorzata Wojciech Zofia Przemysław Bożena'), w('Wiśniewski Zielińska Kowalski Dąbrowska Szymański Wójcik')],
  russian: [w('Dmitri Yekaterina Sergei Olga Anatoly Lyudmila Vasily'), w('Kuznetsov Smirnova Volkov Petrova Golubev Orlova')],
  ukrainian: [w('Oksana Taras Bohdan Larysa Mykola Halyna'), w('Shevchuk Kovalenko Bondarenko Tkachuk Melnyk')],
  turkish: [w('Emre Zeynep Mehmet Elif Burak Ayşe Oğuz Gülşen Cem'), w('Yılmaz Öztürk Demir Kaya Çelik Aydın Şahin')],
  arabic: [w('Said Layla Omar Fatima Yousef Mariam Khalid Nour Hamza Rania'), w('Al-Masri Haddad Nasser El-Amin Qureshi Mansour Bakr Farouk')],
  persian: [w('Dariush Shirin Reza Parisa Kourosh Golnaz'), w('Hosseini Rahimi Tehrani Sadeghi Farahani')],
  hindi: [w('Priya Arjun Ananya Rohit Sunita Vikram Kavya Deepak Meera Sanjay'), w('Sharma Verma Agarwal Chaturvedi Malhotra Banerjee Iyer')],
  tamil: [w('Karthik Lakshmi Senthil Divya Murugan Revathi'), w('Subramanian Ramasamy Venkatesan Krishnan Natarajan')],
  pakistani: [w('Ayesha Bilal Sana Imran Hira Usman'), w('Chaudhry Butt Malik Siddiqui Rana')],
  chinese: [w('Wei Xiaoling Jun Mei Haoran Yuting Zhiwei Lihua'), w('Wang Zhang Liu Chen Huang Zhou Xu Guo')],
  japanese: [w('Haruto Yui Sota Aoi Kenji Sakura Takumi Misaki'), w('Tanaka Watanabe Yamamoto Nakamura Kobayashi Inoue Matsumoto')],
  korean: [w('Minjun Seoyeon Jiho Hayoon Dohyun Jiwoo'), w('Kim Lee Park Choi Jung Kang Yoon')],
  vietnamese: [w('Linh Minh Thảo Tuấn Hương Dũng Ngọc'), w('Nguyễn Trần Lê Phạm Hoàng Võ Đặng')],
  filipino: [w('Maricel Jun-Jun Rowena Arnel Jocelyn Bong Marites'), w('Dela_Cruz Santos Reyes Bautista Villanueva Macaraeg')],
  yoruba: [w('Adebayo Folake Oluwaseun Titilayo Babatunde Yetunde'), w('Adeyemi Okonkwo Balogun Oyelaran Afolabi Eze')],
  swahili: [w('Wanjiru Baraka Achieng Otieno Amani Zawadi'), w('Kamau Odhiambo Mwangi Njoroge Wafula')],
  ghanaian: [w('Kwame Akosua Kofi Abena Yaw Efua'), w('Mensah Asante Boateng Owusu Appiah')],
  greek: [w('Eleni Giorgos Katerina Nikos Dimitra Vasilis'), w('Papadopoulos Georgiou Konstantinidou Nikolaidis Alexiou')],
  swedish: [w('Linnea Oskar Ebba Viggo Astrid Henning'), w('Lindgren Bergström Sjöberg Holm Åkesson')],
  finnish: [w('Aino Eetu Sirpa Jukka Veera'), w('Virtanen Korhonen Mäkinen Heikkinen')],
  hungarian: [w('Zsófia Bence Réka Levente Ildikó'), w('Nagy Szabó Tóth Horváth Kovács')],
  hebrew: [w('Noa Yonatan Tamar Itai Shira Avi'), w('Cohen Mizrahi Friedman Ben-David Peretz')],
};
const CULTURE_KEYS = Object.keys(CULTURES);

interface Person {
  readonly g: string;
  readonly s: string;
  /** Family name first (East Asian order). */
  readonly eastern: boolean;
}

/** Female given names of the pools (names not listed count as male; a few are either). */
const FEMALE = new Set(
  w(
    'Rose Hope May Joy Dawn Faith Gail Sandy Pat Siobhan Niamh Aoife Grainne Ana Lucía Rocío Montserrat Pilar Consuelo Nerea Ximena ' +
      'Guadalupe Itzel Yareli Citlali Paloma Conceição Rafaela Leonor Jussara Iara Élodie Margaux Solène Gaëlle Clémence Annegret ' +
      'Friederike Wiebke Ute Henrike Chiara Benedetta Ilaria Marisa Sanne Femke Maartje Lieke Agnieszka Małgorzata Zofia Bożena ' +
      'Yekaterina Olga Lyudmila Oksana Larysa Halyna Zeynep Elif Ayşe Gülşen Layla Fatima Mariam Nour Rania Shirin Parisa Golnaz Priya ' +
      'Ananya Sunita Kavya Meera Lakshmi Divya Revathi Ayesha Sana Hira Xiaoling Mei Yuting Lihua Yui Aoi Sakura Misaki Seoyeon Hayoon ' +
      'Jiwoo Linh Thảo Hương Ngọc Maricel Rowena Jocelyn Marites Folake Titilayo Yetunde Wanjiru Achieng Amani Zawadi Akosua Abena Efua ' +
      'Eleni Katerina Dimitra Linnea Ebba Astrid Aino Sirpa Veera Zsófia Réka Ildikó Noa Tamar Shira',
  ),
);
const EITHER = new Set(w('Sandy Pat Amani Linh Minh Jun'));

function person(r: Rng, culture?: string, sex?: 'f' | 'm'): Person {
  const c = culture ?? r.pick(CULTURE_KEYS);
  const pool = CULTURES[c] ?? CULTURES.anglo!;
  let g = r.pick(pool[0]);
  for (let i = 0; i < 30 && sex && !EITHER.has(g) && FEMALE.has(g) !== (sex === 'f'); i++) g = r.pick(pool[0]);
  let s = r.pick(pool[1]);
  const f = sex ? sex === 'f' : FEMALE.has(g);
  if (c === 'polish') s = f ? s.replace(/ski$/, 'ska').replace(/cki$/, 'cka') : s.replace(/ska$/, 'ski').replace(/cka$/, 'cki');
  if (c === 'russian') s = f ? s.replace(/(ov|ev|in)$/, '$1a') : s.replace(/(ov|ev|in)a$/, '$1');
  return { g, s, eastern: false };
}
const full = (p: Person): string => (p.eastern ? `${p.s} ${p.g}` : `${p.g} ${p.s}`);

/** A form of a name as it might appear in running text. */
function form(r: Rng, p: Person): string {
  const k = r.int(0, 11);
  if (k <= 4) return full(p);
  if (k <= 7) return p.g;
  if (k === 8) return `${p.g.charAt(0)}. ${p.s}`;
  if (k === 9) return `${p.s}, ${p.g}`;
  if (k === 10) return full(p).toUpperCase();
  return full(p).toLowerCase();
}

/** Native-script pools: [given, family]. */
const JA: [string[], string[]] = [w('太郎 花子 健一 由美 翔太 美咲 大輔 真由美'), w('田中 佐藤 鈴木 高橋 伊藤 渡辺 山本 中村 小林 加藤')];
const KO: [string[], string[]] = [w('민준 서연 지호 하윤 도현 수빈 영희 철수'), w('김 이 박 최 정 강 조 윤 장')];
const ZH: [string[], string[]] = [w('伟 芳 娜 秀英 敏 静 丽 强 磊 洋 艳 勇'), w('王 李 张 刘 陈 杨 黄 赵 吴 周')];
const AR: [string[], string[]] = [w('محمد فاطمة أحمد مريم يوسف ليلى خالد نور'), w('الحداد المصري العلي النجار الخطيب السيد')];
const RU: [string[], string[]] = [w('Анна Дмитрий Ольга Сергей Татьяна Игорь Наталья Павел'), w('Иванов Смирнов Кузнецов Попов Соколов Лебедев')];
const HE: [string[], string[]] = [w('נועה יונתן תמר איתי שירה'), w('כהן לוי מזרחי פרץ ביטון')];

// ---------------------------------------------------------------- structured values

function pad(n: number, k = 2): string {
  return String(n).padStart(k, '0');
}

const MONTHS: Record<string, string[]> = {
  en: w('January February March April May June July August September October November December'),
  es: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  fr: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  de: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  it: w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  nl: w('januari februari maart april mei juni juli augustus september oktober november december'),
  pl: w('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  tr: w('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
  sv: w('januari februari mars april maj juni juli augusti september oktober november december'),
};

/** A date of birth (or any date) in the way `lang` writes it. */
function date(r: Rng, lang: string, y0 = 1938, y1 = 2016): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mn = (MONTHS[lang] ?? MONTHS.en!)[m - 1]!;
  switch (lang) {
    case 'en':
      return r.pick([`${mn} ${d}, ${y}`, `${pad(m)}/${pad(d)}/${y}`, `${d} ${mn} ${y}`, `${m}/${d}/${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`, `${mn.slice(0, 3)} ${d} ${y}`]);
    case 'uk':
      return r.pick([`${d} ${(MONTHS.en as string[])[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d}th ${(MONTHS.en as string[])[m - 1]} ${y}`]);
    case 'es':
      return r.pick([`${d} de ${mn} de ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`]);
    case 'fr':
      return r.pick([`${d === 1 ? '1er' : d} ${mn} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'de':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mn} ${y}`, `${d}.${m}.${y}`]);
    case 'it':
      return r.pick([`${d} ${mn} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'pt':
      return r.pick([`${d} de ${mn} de ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'nl':
      return r.pick([`${d} ${mn} ${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    case 'pl':
      return r.pick([`${d} ${mn} ${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d} ${mn} ${y} r.`]);
    case 'tr':
      return r.pick([`${d} ${mn} ${y}`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'sv':
      return r.pick([`${d} ${mn} ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
    case 'ja':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'ko':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    case 'zh':
      return `${y}年${m}月${d}日`;
    case 'vi':
      return r.pick([`ngày ${d} tháng ${m} năm ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    default:
      return `${pad(d)}/${pad(m)}/${y}`;
  }
}

/** A phone number in the national or international format of `cc`. */
function phone(r: Rng, cc: string): string {
  const D = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'US':
      return r.pick([`(${nz()}${D(2)}) ${nz()}${D(2)}-${D(4)}`, `${nz()}${D(2)}-${nz()}${D(2)}-${D(4)}`, `+1 ${nz()}${D(2)} ${nz()}${D(2)} ${D(4)}`, `${nz()}${D(2)}.${nz()}${D(2)}.${D(4)}`]);
    case 'GB':
      return r.pick([`07${D(3)} ${D(6)}`, `+44 7${D(3)} ${D(6)}`, `020 ${nz()}${D(3)} ${D(4)}`, `0161 ${nz()}${D(2)} ${D(4)}`]);
    case 'DE':
      return r.pick([`+49 15${D(1)} ${D(8)}`, `017${D(1)} ${D(7)}`, `030 ${nz()}${D(7)}`, `0711/${nz()}${D(5)}`]);
    case 'FR':
      return r.pick([`06 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `+33 7 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `01.${D(2)}.${D(2)}.${D(2)}.${D(2)}`]);
    case 'ES':
      return r.pick([`6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `+34 6${D(2)} ${D(3)} ${D(3)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IT':
      return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `06 ${D(8)}`]);
    case 'NL':
      return r.pick([`06-${D(8)}`, `+31 6 ${D(8)}`, `020 ${D(3)} ${D(4)}`]);
    case 'BR':
      return r.pick([`(${nz()}${D(1)}) 9${D(4)}-${D(4)}`, `+55 ${nz()}${D(1)} 9${D(4)}-${D(4)}`]);
    case 'MX':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `33 ${D(4)} ${D(4)}`]);
    case 'JP':
      return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 90 ${D(4)} ${D(4)}`]);
    case 'KR':
      return r.pick([`010-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `+82 10 ${D(4)} ${D(4)}`]);
    case 'CN':
      return r.pick([`13${D(1)} ${D(4)} ${D(4)}`, `+86 15${D(1)} ${D(4)} ${D(4)}`, `18${D(9)}`]);
    case 'IN':
      return r.pick([`+91 9${D(4)} ${D(5)}`, `09${D(3)}-${D(6)}`, `98${D(3)} ${D(5)}`]);
    case 'PL':
      return r.pick([`+48 ${nz()}${D(2)} ${D(3)} ${D(3)}`, `${nz()}${D(2)} ${D(3)} ${D(3)}`, `${nz()}${D(2)}-${D(3)}-${D(3)}`]);
    case 'TR':
      return r.pick([`0532 ${D(3)} ${D(2)} ${D(2)}`, `+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`]);
    case 'SE':
      return r.pick([`070-${D(3)} ${D(2)} ${D(2)}`, `+46 73 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'AE':
      return r.pick([`+971 50 ${D(3)} ${D(4)}`, `050 ${D(3)} ${D(4)}`, `+966 55 ${D(3)} ${D(4)}`]);
    case 'VN':
      return r.pick([`090 ${D(3)} ${D(4)}`, `+84 91 ${D(3)} ${D(4)}`]);
    case 'RU':
      return r.pick([`+7 9${D(2)} ${D(3)}-${D(2)}-${D(2)}`, `8 (9${D(2)}) ${D(3)}-${D(2)}-${D(2)}`]);
    case 'NG':
      return r.pick([`0803 ${D(3)} ${D(4)}`, `+234 80${D(1)} ${D(3)} ${D(4)}`]);
    case 'KE':
      return r.pick([`0712 ${D(6)}`, `+254 7${D(2)} ${D(3)} ${D(3)}`]);
    default:
      return `+1 ${nz()}${D(2)} ${nz()}${D(2)} ${D(4)}`;
  }
}

const SPOKEN = w('zero one two three four five six seven eight nine');
/** A US number read aloud in a transcript. */
function spokenPhone(r: Rng): string {
  const say = (s: string): string => [...s].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : SPOKEN[Number(c)]!)).join(' ');
  return `${say(String(r.int(2, 9)) + r.digits(2))}, ${say(String(r.int(2, 9)) + r.digits(2))}, ${say(r.digits(4))}`;
}

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return String(c);
  return '0';
}

/** A Luhn-valid card of a real network shape, in one of several groupings. */
function card(r: Rng, compact = false): string {
  const kind = r.int(0, 7);
  let prefix: string;
  let len: number;
  if (kind <= 1) [prefix, len] = ['4', 16];
  else if (kind === 2) [prefix, len] = [String(r.int(51, 55)), 16];
  else if (kind === 3) [prefix, len] = [String(r.int(2221, 2720)), 16];
  else if (kind === 4) [prefix, len] = [r.pick(['34', '37']), 15];
  else if (kind === 5) [prefix, len] = [r.pick(['6011', '65']), 16];
  else if (kind === 6) [prefix, len] = [String(r.int(3528, 3589)), 16];
  else [prefix, len] = [r.pick(['36', '38']), 14];
  const body = prefix + r.digits(len - 1 - prefix.length);
  const d = body + luhnDigit(body);
  if (compact || r.chance(0.25)) return d;
  const sep = r.chance(0.8) ? ' ' : '-';
  if (len === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (len === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)].join(sep);
}

/** A 16-digit card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const d = card(r, true);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  const s = d.slice(0, -1) + String(last);
  return s.length === 16 ? s.replace(/(\d{4})(?=\d)/g, '$1 ') : s;
}

/** BBAN shapes: n digit, a letter. */
const BBAN: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16',
  PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', TR: 'n22', GR: 'n23',
  CZ: 'n20', RO: 'a4n16', SA: 'n20', AE: 'n19', HR: 'n17', LU: 'n16', BR: 'n23a1a1', HU: 'n24',
};
const IBAN_CCS = Object.keys(BBAN);

function ibanCompact(r: Rng, cc: string): string {
  let bban = '';
  for (const m of (BBAN[cc] ?? 'n18').matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    for (let i = 0; i < n; i++) bban += m[1] === 'n' ? String(r.int(0, 9)) : String.fromCharCode(65 + r.int(0, 25));
  }
  const re = bban + cc + '00';
  let rem = 0;
  for (const ch of re) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  const out = cc + pad(98 - rem) + bban;
  if (!ibanMod97Valid(out) || IBAN_LENGTHS[cc] !== out.length) throw new Error(`bad IBAN ${out}`);
  return out;
}

/** A valid IBAN, grouped in fours or compact, sometimes lower case. */
function iban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CCS));
  let s = r.chance(0.6) ? c.replace(/(.{4})(?=.)/g, '$1 ') : c;
  if (r.chance(0.1)) s = s.toLowerCase();
  return s;
}

/** An IBAN with one altered digit (fails mod 97). */
function badIban(r: Rng): string {
  const c = ibanCompact(r, r.pick(IBAN_CCS));
  const i = c.length - 3;
  const d = (Number(c.charAt(i)) + r.int(1, 9)) % 10;
  return (c.slice(0, i) + String(d) + c.slice(i + 1)).replace(/(.{4})(?=.)/g, '$1 ');
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const k = r.int(0, 9);
  return k < 7 ? `${a}-${g}-${s}` : k < 9 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

function ipv4(r: Rng): string {
  return r.pick([
    () => `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  return r.pick([
    () => `2001:db8:${h()}:${h()}::${h()}`,
    () => `fe80::${h()}:${h()}:${h()}:${h()}`,
    () => `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    () => `2600:1f18:${h()}::${h()}`,
  ])();
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

const DOMAINS = w('gmail.com yahoo.com outlook.com hotmail.co.uk web.de gmx.at orange.fr libero.it uol.com.br naver.com qq.com yandex.ru proton.me icloud.com wp.pl');
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
/** An e-mail address built from a person (the name inside is not a PERSON label). */
function email(r: Rng, p?: Person): string {
  const q = p ?? person(r);
  const g = slug(q.g) || 'mail';
  const s = slug(q.s) || 'box';
  const local = r.pick([`${g}.${s}`, `${g}${s}${r.int(1, 99)}`, `${g.charAt(0)}${s}`, `${s}_${g}`, `${g}${r.int(1960, 2010)}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}
const ROLE_LOCAL = w('support help billing admissions frontdesk hr intake office records');
const ORG_DOMAINS = w('greenfield-clinic.org northgate-housing.co.uk stmarks-primary.sch.uk legalaid-east.org brightway.com tenantunion.nl');
const roleEmail = (r: Rng): string => `${r.pick(ROLE_LOCAL)}@${r.pick(ORG_DOMAINS)}`;
/** An address read aloud: "ana dot lima at gmail dot com". */
function spokenEmail(r: Rng, p: Person): string {
  const g = slug(p.g) || 'ana';
  const s = slug(p.s) || 'lee';
  const dom = r.pick(['gmail dot com', 'yahoo dot com', 'outlook dot com', 'hotmail dot co dot uk']);
  return r.pick([`${g} dot ${s} at ${dom}`, `${g} underscore ${s} at ${dom}`, `${g}${s} at ${dom}`]);
}

// ---------------------------------------------------------------- addresses

const US_STREETS = w('Birchwood_Ave Sycamore_St Old_Mill_Rd Ridgeview_Dr Cedar_Hollow_Ln Martin_Luther_King_Jr_Blvd Kettering_Way Prospect_Pl');
const US_CITIES: [string, string, string][] = [
  ['Dayton', 'OH', '454'], ['Tacoma', 'WA', '984'], ['Albany', 'NY', '122'], ['Mesa', 'AZ', '852'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Lansing', 'MI', '489'],
];
const UK: [string, string][] = [['Mill Lane', 'Keswick CA12'], ['Gorse Road', 'Swindon SN2'], ['Albert Terrace', 'Leeds LS6'], ['Ffordd Pen Llyn', 'Pwllheli LL53'], ['Kingfisher Close', 'Norwich NR4']];
const DE_ST = w('Lindenstraße Am_Mühlbach Kastanienallee Goethestraße Birkenweg Hauptstraße');
const DE_CITIES = w('04109_Leipzig 50667_Köln 80331_München 28195_Bremen 69117_Heidelberg 90402_Nürnberg');
const FR_ST = w('rue_des_Tanneurs avenue_Jean-Jaurès impasse_des_Lilas boulevard_Voltaire chemin_du_Moulin');
const FR_CITIES = w('67000_Strasbourg 31000_Toulouse 69003_Lyon 44000_Nantes 13006_Marseille');
const ES_ST = w('Calle_del_Olivo Avenida_de_la_Constitución Calle_Mayor Paseo_de_las_Delicias Calle_San_Bernardo');
const ES_CITIES = w('41003_Sevilla 28012_Madrid 46001_Valencia 29015_Málaga 50001_Zaragoza');
const IT_ST = w('Via_dei_Mille Via_Garibaldi Corso_Vittorio_Emanuele Via_delle_Rose Piazza_Cavour');
const IT_CITIES = w('20121_Milano 00185_Roma 40126_Bologna 80134_Napoli 10123_Torino');
const NL_ST = w('Kerkstraat Prinsengracht Molenweg Dorpsstraat Lindenlaan');
const NL_CITIES = w('3511_LK_Utrecht 1016_GV_Amsterdam 2512_AB_Den_Haag 9712_CP_Groningen');
const BR_ST = w('Rua_das_Palmeiras Avenida_Paulista Rua_Sete_de_Setembro Travessa_do_Carmo');
const BR_CITIES = w('Curitiba_-_PR Salvador_-_BA Porto_Alegre_-_RS Recife_-_PE');
const PL_ST = w('ul._Ogrodowa ul._Kwiatowa al._Jerozolimskie ul._Lipowa ul._Słoneczna');
const PL_CITIES = w('00-876_Warszawa 30-001_Kraków 80-244_Gdańsk 50-120_Wrocław');
const TR_ST = w('Atatürk_Cad. Cumhuriyet_Mah._Gül_Sok. İnönü_Bulvarı Bağdat_Cad.');
const TR_CITIES = w('35220_Konak/İzmir 34710_Kadıköy/İstanbul 06690_Çankaya/Ankara');
const SE_ST = w('Storgatan Drottninggatan Björkvägen Kyrkogatan');
const SE_CITIES = w('753_20_Uppsala 411_05_Göteborg 211_22_Malmö');

function address(r: Rng, cc: string): string {
  const n = r.int(1, 240);
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick(US_CITIES);
      const unit = r.chance(0.35) ? `, ${r.pick(['Apt ', 'Unit ', '#', 'Apt. '])}${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
      return `${r.int(100, 9899)} ${r.pick(US_STREETS)}${unit}, ${city}, ${st} ${z}${r.digits(2)}`;
    }
    case 'GB': {
      const [st, town] = r.pick(UK);
      return `${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${n} ${st}, ${town} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`;
    }
    case 'DE':
      return `${r.pick(DE_ST)} ${n}${r.pick(['', 'a', 'b'])}, ${r.pick(DE_CITIES)}`;
    case 'FR':
      return `${n}${r.pick(['', ' bis'])} ${r.pick(FR_ST)}, ${r.pick(FR_CITIES)}`;
    case 'ES':
      return `${r.pick(ES_ST)} ${n}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.'])}, ${r.pick(ES_CITIES)}`;
    case 'IT':
      return `${r.pick(IT_ST)} ${n}, ${r.pick(IT_CITIES)}`;
    case 'NL':
      return `${r.pick(NL_ST)} ${n}${r.pick(['', '-II', 'A'])}, ${r.pick(NL_CITIES)}`;
    case 'BR':
      return `${r.pick(BR_ST)}, ${n}, apto ${r.int(11, 904)}, ${r.pick(BR_CITIES)}, ${r.int(10, 99)}${r.digits(3)}-${r.digits(3)}`;
    case 'PL':
      return `${r.pick(PL_ST)} ${n}/${r.int(1, 60)}, ${r.pick(PL_CITIES)}`;
    case 'TR':
      return `${r.pick(TR_ST)} No: ${n} D:${r.int(1, 20)}, ${r.pick(TR_CITIES)}`;
    case 'SE':
      return `${r.pick(SE_ST)} ${n}, ${r.pick(SE_CITIES)}`;
    case 'JP':
      return `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神', '北海道札幌市中央区北三条西'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`;
    case 'KO':
      return `${r.pick(['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '대구광역시 수성구 달구벌대로'])} ${r.int(1, 300)}${r.chance(0.4) ? `, ${r.int(101, 120)}동 ${r.int(101, 1504)}호` : ''}`;
    case 'ZH':
      return `${r.pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广州市天河区体育西路', '成都市武侯区人民南路'])}${r.int(1, 300)}号${r.chance(0.5) ? `${r.int(1, 30)}栋${r.int(101, 2405)}室` : ''}`;
    default:
      return address(r, 'US');
  }
}

/** A multi-line address (US, GB or DE shape). */
function addressML(r: Rng): string {
  const k = r.int(0, 2);
  if (k === 0) {
    const [city, st, z] = r.pick(US_CITIES);
    return `${r.int(100, 9899)} ${r.pick(US_STREETS)}\n${r.chance(0.4) ? `Apt ${r.int(1, 30)}\n` : ''}${city}, ${st} ${z}${r.digits(2)}`;
  }
  if (k === 1) {
    const [st, town] = r.pick(UK);
    return `${r.int(1, 200)} ${st}\n${town} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}\nUnited Kingdom`;
  }
  return `${r.pick(DE_ST)} ${r.int(1, 120)}\n${r.pick(DE_CITIES)}${r.chance(0.5) ? '\nDeutschland' : ''}`;
}

/** Country codes used for phones/addresses in English-language text. */
const EN_CC = w('US US US GB GB');

// ---------------------------------------------------------------- template helpers

type Template = (d: Doc, r: Rng) => void;

/** Labels some form of a person's name. */
/** Given name or full name (safe inside comma lists). */
const gf = (r: Rng, p: Person): string => (r.chance(0.55) ? p.g : full(p));
const relWork = w('manager colleague supervisor team_lead office_manager line_manager coworker');
const kid = w('son daughter little_one eldest youngest');

/** A trap phrase that looks like PII but is not. */
function trap(r: Rng): string {
  return r.pick([
    () => ` (ref ${r.pick(['CASE', 'TKT', 'INC'])}-${r.int(2019, 2026)}-${r.digits(5)})`,
    () => ` Order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)} is unrelated.`,
    () => ` The app is on version ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.`,
    () => ` Tracking: 1Z${r.digits(3)}A${r.digits(2)}${r.digits(10)}.`,
    () => ` The old card ${badCard(r)} was cancelled anyway.`,
    () => ` We go to the McDonald's near Lincoln Park after.`,
    () => ` Appointment moved to ${date(r, 'en', 2025, 2026)}.`,
    () => ` (we saw it on Bake Off, lol)`,
    () => ` Our dog Biscuit is fine, thanks for asking.`,
    () => ` The invoice date was ${date(r, 'uk', 2024, 2026)}.`,
    () => ` Commit ${r.digits(3)}f${r.int(100000, 999999).toString(16)}ae${r.digits(2)} fixed it.`,
  ])();
}

/** An extra running-text sentence carrying one structured value (English). */
function extra(d: Doc, r: Rng): void {
  const k = r.int(0, 9);
  if (k <= 2) {
    d.t(r.pick([' Oh, and the card I used was ', ' For the refund, the card is ', ' The charge was on my card, ']));
    d.l('CARD', card(r)).t(r.pick(['.', ', exp 09/28.', ' — the newer one, I think.']));
  } else if (k === 3) {
    d.t(r.pick([' Please pay it back to ', ' My bank account is ', ' The deposit should go to ']));
    d.l('IBAN', iban(r)).t('.');
  } else if (k <= 6) {
    d.t(r.pick([' My SSN is ', ' The social on the form was ', ' If you need it, SSN ']));
    d.l('NATIONAL_ID', ssn(r)).t(r.pick(['.', ' (please don\'t share it).', '']));
  } else if (k === 7) {
    d.t(r.pick([' The error came from ', ' My router says my IP is ', ' The log shows a login from ']));
    d.l('IP', ip(r)).t(r.pick(['.', ' this morning.', ', which I don\'t recognise.']));
  } else if (k === 8) {
    d.t(' Born ').l('DOB', date(r, 'en', 1945, 2008)).t(r.pick([', if that helps.', ' — sorry, forgot to mention.']));
  } else {
    d.t(' You can also write to me at ').l('ADDRESS', address(r, r.pick(EN_CC))).t('.');
  }
}

/** A sign-off with the user's own full name. */
function signoff(d: Doc, r: Rng): void {
  const me = person(r);
  d.t(r.pick(['\n\nThanks,\n', '\n\n— ', '\nBest regards, ', '\nCheers, ', '\n\nKind regards\n'])).self(full(me));
}

// ---------------------------------------------------------------- English templates

const EN: Template[] = [
  // account help for a parent
  (d, r) => {
    const mum = person(r, undefined, 'f');
    d.t(`Hi, I'm ringing on behalf of my ${r.pick(['mum', 'mother', 'dad', 'grandmother'])} — the account is in the name of `).l('PERSON', full(mum));
    d.t(` and ${r.pick(['she', 'they'])} can't log in since the update. The number on file is `).l('PHONE', phone(r, 'GB'));
    d.t(' but it changed to ').l('PHONE', phone(r, 'GB')).t(' last year. Could you send the reset link to ').l('EMAIL', email(r, mum));
    d.t(' instead? Date of birth for verification: ').l('DOB', date(r, 'uk', 1938, 1960)).t('.');
  },
  // household on a lease
  (d, r) => {
    const me = person(r);
    const wife = person(r, r.pick(['spanish', 'portuguese', 'filipino', 'anglo']), 'f');
    const kidp = person(r, 'anglo', 'm');
    const lord = person(r, undefined, 'm');
    d.t('The lease would be for me, my wife ').l('PERSON', wife.g).t(' and our son ').l('PERSON', kidp.g).t(' (he is 9). ');
    d.t('Our current landlord, Mr. ').l('PERSON', lord.s).t(', can give a reference — he said to tell you ').l('PERSON', me.g);
    d.t(' from the top flat sent you. The flat is ').l('ADDRESS', address(r, 'US')).t('.');
    if (r.chance(0.5)) d.t(' His number is ').l('PHONE', phone(r, 'US')).t('.');
  },
  // clinic referral
  (d, r) => {
    const dad = person(r, undefined, 'm');
    const doc1 = person(r);
    const doc2 = person(r);
    d.t(`My ${r.pick(['father', 'dad', 'stepdad'])} (`).l('PERSON', full(dad)).t(', born ').l('DOB', date(r, 'en', 1936, 1962));
    d.t(') was seen by Dr. ').l('PERSON', doc1.s).t(' on Tuesday, who referred him to the Parkinson\'s clinic. ');
    d.t('Dr. ').l('PERSON', `${doc2.g.charAt(0)}. ${doc2.s}`).t(' at the Elizabeth Blackwell wing wants the scans first. ');
    d.t('Could someone call me back on ').l('PHONE', phone(r, r.pick(EN_CC))).t('? Ask for ').l('PERSON', r.pick(['Hope', 'Will', 'May', 'Rose', 'Grant'])).t(', his carer.');
  },
  // HR payroll change
  (d, r) => {
    const a = person(r);
    const b = person(r);
    const c = person(r);
    d.t('Per our call, ').l('PERSON', full(a)).t(' from payroll will update the direct deposit for ').l('PERSON', full(b));
    d.t(' starting next cycle. New account: ').l('IBAN', iban(r)).t('. Please cc ').l('PERSON', c.g).t(' and ').l('EMAIL', roleEmail(r));
    d.t(`. ${b.g === a.g ? 'They' : 'Both'} confirmed the change on the Jira ticket PAY-${r.digits(4)}.`);
  },
  // school absence from a parent
  (d, r) => {
    const me = person(r);
    const child = person(r, 'anglo', 'm');
    const grand = person(r, undefined, 'm');
    const teacher = person(r);
    d.t(`Hello ${r.pick(['Ms.', 'Mrs.', 'Mr.'])} `).l('PERSON', teacher.s).t(', this is ').self(full(me)).t(', ').l('PERSON', child.g).t("'s mum. ");
    d.l('PERSON', child.g).t(` won't be in on Friday — ${r.pick(['his', 'her'])} grandad `).l('PERSON', grand.g).t(' will collect the homework. His mobile is ').l('PHONE', phone(r, 'GB'));
    d.t('. Thank you!');
  },
  // legal aid intake note
  (d, r) => {
    const cl = person(r, undefined, 'f');
    const lord = person(r, undefined, 'm');
    const nb = person(r);
    d.t('Intake note. Client ').l('PERSON', `${cl.s}, ${cl.g}`).t(' (DOB ').l('DOB', date(r, 'en', 1950, 2000)).t(', SSN ').l('NATIONAL_ID', ssn(r));
    d.t(') reports that her landlord ').l('PERSON', full(lord)).t(' entered the unit at ').l('ADDRESS', address(r, 'US'));
    d.t(' twice without notice. Her neighbour ').l('PERSON', form(r, nb)).t(' saw him on the stairs. Fair Housing Act claim possible.');
    d.t(trap(r));
  },
  // lower-case chat
  (d, r) => {
    const a = person(r, undefined, 'f');
    const b = person(r, 'hindi');
    const c = person(r, 'anglo', 'f');
    d.t('lol ask ').l('PERSON', a.g.toLowerCase()).t(", she's with ").l('PERSON', b.g.toLowerCase()).t(' and ').l('PERSON', c.g.toLowerCase());
    d.t(' at the cafe. ').l('PERSON', c.g.toLowerCase()).t("'s number is ").l('PHONE', phone(r, 'US')).t(' if she doesnt pick up');
    if (r.chance(0.5)) d.t(' or dm @').t(slug(c.s) + r.digits(2)).t(' on insta');
  },
  // quoted speech
  (d, r) => {
    const a = person(r, 'anglo');
    const b = person(r, 'anglo');
    const sis = person(r, undefined, 'f');
    d.t('"').l('PERSON', a.g).t(" told me, 'Call ").l('PERSON', b.g).t(` before noon,'" my ${r.pick(['sister', 'cousin', 'aunt'])} `).l('PERSON', sis.g);
    d.t(' said. So I did: ').l('PHONE', phone(r, 'US')).t(` ext. ${r.int(10, 999)}. `).l('PERSON', b.g).t("'s assistant said he was out.");
  },
  // phone transcript with spoken values
  (d, r) => {
    const me = person(r, r.pick(['anglo', 'irish', 'hindi', 'spanish']));
    const hus = person(r, undefined, 'm');
    d.t('Agent: Thanks for calling, who am I speaking with?\nCaller: ').self(full(me)).t('.\nAgent: And an email for the confirmation?\nCaller: yeah, it\'s ');
    d.l('EMAIL', spokenEmail(r, me)).t('.\nAgent: And a callback number?\nCaller: ').l('PHONE', spokenPhone(r));
    d.t(`. If I don't answer my ${r.pick(['husband', 'partner', 'son'])} `).l('PERSON', hus.g).t(' will.\nAgent: Perfect.');
  },
  // rideshare lost item
  (d, r) => {
    const drv = person(r);
    d.t('I left my bag in ').l('PERSON', drv.g).t(`'s car last night (grey Ford Focus, trip at ${r.int(1, 11)}:${pad(r.int(0, 59))} pm). `);
    d.t('The driver was really kind, please tell ').l('PERSON', drv.g).t(' thanks. You can reach me at ').l('PHONE', phone(r, r.pick(['US', 'GB', 'IN'])));
    d.t(' or ').l('EMAIL', email(r)).t('.' + trap(r));
  },
  // community garden rota
  (d, r) => {
    const a = person(r);
    const b = person(r);
    const c = person(r);
    const k = person(r, undefined, 'f');
    d.t('Garden rota: ').l('PERSON', gf(r, a)).t(' and ').l('PERSON', gf(r, b)).t(' on Saturday, ').l('PERSON', full(c));
    d.t(' on Sunday. Spare keys are with Mrs. ').l('PERSON', k.s).t(' at ').l('ADDRESS', address(r, r.pick(EN_CC))).t(' — knock loudly, she\'s a bit deaf.');
  },
  // double charge
  (d, r) => {
    const dd = person(r, 'anglo', 'f');
    d.t(`My card `).l('CARD', card(r)).t(' was charged twice for my daughter ').l('PERSON', dd.g);
    d.t("'s tuition. The billing address is ").l('ADDRESS', address(r, r.pick(EN_CC))).t('. The receipt mentions a card ending 4417 which isn\'t mine.');
  },
  // IT help desk
  (d, r) => {
    const a = person(r, undefined, 'f');
    const b = person(r);
    d.l('PERSON', full(a)).t(' from accounts can\'t get on the VPN; her laptop shows ').l('IP', ipv4(r)).t(' and the gateway is ').l('IP', ipv4(r));
    d.t(`:${r.pick(['443', '8443', '1194'])}. `).l('PERSON', b.g).t(` reset the token but client v${r.int(2, 7)}.${r.int(0, 20)}.${r.int(0, 9)} still fails.`);
    if (r.chance(0.5)) d.t(' IPv6 shows [').l('IP', ipv6(r)).t(']:443 in the log.');
  },
  // letter with multi-line address
  (d, r) => {
    const bro = person(r, undefined, 'm');
    d.t(`Please forward the documents to my ${r.pick(['brother', 'son', 'uncle', 'father-in-law'])} instead:\n\n`).l('PERSON', full(bro)).t('\n').l('ADDRESS', addressML(r));
    d.t('\n\nHe will sign for them.');
    signoff(d, r);
  },
  // nicknames
  (d, r) => {
    const s = r.pick(CULTURES.anglo![1]);
    d.l('PERSON', 'Bill').t(' (well, ').l('PERSON', 'William').t(' ').t(`on paper) and `).l('PERSON', r.pick(['Liz', 'Beth', 'Kate', 'Maggie']));
    d.t(' are my parents. Dad signs as ').l('PERSON', `W. ${s}`).t(' so the bank keeps rejecting it. Their joint account is ').l('IBAN', iban(r, 'GB')).t('.');
  },
  // shouting caps
  (d, r) => {
    const a = person(r);
    d.t('TELL ').l('PERSON', full(a).toUpperCase()).t(' TO CALL ME BACK!!! ').t(`I have called ${r.int(3, 9)} times. `).l('PHONE', phone(r, 'US')).t('. THIS IS ABOUT MY MOTHER, ');
    d.l('PERSON', person(r, undefined, 'f').g.toUpperCase()).t('.');
  },
  // immigration / family arrival
  (d, r) => {
    const cz = person(r, r.pick(['yoruba', 'swahili', 'ghanaian', 'arabic', 'persian', 'pakistani']), 'f');
    const k1 = person(r, 'yoruba');
    const k2 = person(r, 'ghanaian');
    d.t('My cousin ').l('PERSON', full(cz)).t(' arrived last month with her kids, ').l('PERSON', k1.g).t(' and ').l('PERSON', k2.g);
    d.t('. She was born on ').l('DOB', date(r, 'uk', 1970, 1995)).t(' and is staying with us at ').l('ADDRESS', address(r, 'GB')).t('. Can the caseworker, ');
    d.t('Ms. ').l('PERSON', person(r).s).t(', register her?');
  },
  // forum thanks with @handle
  (d, r) => {
    const a = person(r);
    const b = person(r);
    d.t('Shoutout to ').l('PERSON', a.g).t(' at the front desk and ').l('PERSON', `${b.g} ${b.s.charAt(0)}.`).t(' in billing — follow them @');
    d.t(`${slug(a.g)}_helps. `).t('If anyone needs the clinic, mail ').l('EMAIL', roleEmail(r)).t('.');
  },
  // landlady IBAN
  (d, r) => {
    const ll = person(r, r.pick(['german', 'dutch', 'french', 'italian']), 'f');
    d.t('Rent goes to our landlady, ').l('PERSON', full(ll)).t(', IBAN ').l('IBAN', iban(r, r.pick(['DE', 'NL', 'FR', 'IT'])));
    d.t(`, reference "Flat ${r.int(1, 9)} ${r.pick(MONTHS.en!)}". She prefers `).l('PERSON', ll.g).t(' to surname, by the way.' + trap(r));
  },
  // pharmacy collection
  (d, r) => {
    const p = person(r, undefined, 'f');
    const son = person(r, undefined, 'm');
    d.t('Pick-up for ').l('PERSON', full(p)).t(': she has authorised her son ').l('PERSON', son.g).t(` to collect Rx ${r.digits(7)}. `);
    d.t('Date of birth ').l('DOB', date(r, 'en', 1930, 1960)).t('. Alzheimer\'s medication, please keep refrigerated.');
  },
  // complaint about teacher
  (d, r) => {
    const t = person(r);
    const s = person(r, undefined, 'm');
    d.t('Mr. ').l('PERSON', t.s).t(' told my son ').l('PERSON', s.g).t(` he'd be held back, in front of the class. ${r.pick(['Principal', 'Headteacher'])} `);
    d.l('PERSON', full(person(r))).t(' has not replied. Please contact me at ').l('EMAIL', email(r)).t('.');
  },
  // emergency contacts
  (d, r) => {
    const p1 = person(r);
    const [rel, sx] = r.pick<[string, 'f' | 'm']>([['sister-in-law', 'f'], ['neighbour', 'm'], ['brother', 'm'], ['aunt', 'f']]);
    const p2 = person(r, undefined, sx);
    d.t('In an emergency call my partner ').l('PERSON', p1.g).t(' on ').l('PHONE', phone(r, r.pick(EN_CC)));
    d.t(` or my ${rel} `).l('PERSON', full(p2)).t(' on ').l('PHONE', phone(r, r.pick(EN_CC))).t('.');
  },
  // tax form
  (d, r) => {
    const h = person(r, undefined, 'm');
    d.t('For the W-4, my husband ').l('PERSON', h.g).t("'s social is ").l('NATIONAL_ID', ssn(r));
    d.t(` and mine ends in ${r.digits(4)}. The company EIN is ${r.int(10, 99)}-${r.digits(7)} and routing 0${r.digits(8)}. `);
    d.t('Our accountant ').l('PERSON', full(person(r))).t(' needs it by Friday.');
  },
  // meeting notes
  (d, r) => {
    const ps = [person(r), person(r), person(r)];
    d.t('Notes — attendees: ').l('PERSON', full(ps[0]!)).t(', ').l('PERSON', full(ps[1]!)).t(', ').l('PERSON', ps[2]!.g);
    d.t('. ').l('PERSON', ps[1]!.g).t(' will follow up with ').l('PERSON', ps[0]!.s).t(` about the Q${r.int(1, 4)} rota. Team Orion owns the migration.`);
  },
  // sitter
  (d, r) => {
    const sit = person(r, undefined, 'f');
    const c = person(r, 'anglo');
    d.t('The sitter, ').l('PERSON', sit.g).t(', has ').l('PERSON', c.g).t(' until six. If anything happens she can reach me at ').l('PHONE', phone(r, 'US'));
    d.t(' — ').l('PERSON', c.g).t("'s allergic to peanuts. Our cat Hope shouldn't go outside.");
  },
  // security notice with IPv6
  (d, r) => {
    const me = person(r);
    d.t('Hi ').l('PERSON', me.g).t(', we noticed a sign-in to your account from ').l('IP', ipv6(r)).t(' and another from ').l('IP', ipv4(r));
    d.t('. If this wasn\'t you, reply to ').l('EMAIL', roleEmail(r)).t('.');
  },
  // bereavement
  (d, r) => {
    const p = person(r);
    d.t('I\'m writing to close the account of my late ').t(r.pick(['father', 'mother', 'uncle'])).t(', ').l('PERSON', full(p));
    d.t(' (born ').l('DOB', date(r, 'en', 1925, 1955)).t('). The card ').l('CARD', card(r)).t(' should be cancelled. Probate is handled by ');
    d.l('PERSON', `${person(r).g.charAt(0)}. ${person(r).s}`).t(' of Marsh & Hill LLP.');
  },
  // neighbour dispute
  (d, r) => {
    const n1 = person(r);
    d.t('Our neighbour ').l('PERSON', gf(r, n1)).t(' at number ').t(String(r.int(2, 90))).t(' keeps parking across our drive. I spoke to ');
    d.l('PERSON', n1.g).t(' and to the council officer, ').l('PERSON', full(person(r))).t(', twice. We live at ').l('ADDRESS', address(r, 'GB')).t('.');
  },
  // coach / sports club
  (d, r) => {
    const c = person(r);
    const k1 = person(r);
    const k2 = person(r);
    d.t('Coach ').l('PERSON', c.s).t(' picked ').l('PERSON', k1.g).t(', ').l('PERSON', k2.g).t(' and my daughter for the regional team! ');
    d.t('Registration needs her birth date, ').l('DOB', date(r, 'en', 2008, 2016)).t(', and a parent email: ').l('EMAIL', email(r)).t('.');
  },
  // wire dispute
  (d, r) => {
    const who = person(r);
    d.t('I sent €').t(String(r.int(100, 2000))).t(' to ').l('IBAN', iban(r)).t(' thinking it was ').l('PERSON', full(who));
    d.t(`'s account, but the invalid one ${badIban(r)} was on the old invoice. Please help.`);
  },
  // kid's tablet and router
  (d, r) => {
    const c = person(r, r.pick(['anglo', 'hindi', 'korean']));
    d.t("My son ").l('PERSON', c.g).t("'s tablet keeps dropping off the wifi. The router page lists it as ").l('IP', ipv4(r));
    d.t(' and my laptop as ').l('IP', ip(r)).t(`, firmware ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(10, 99)}. My husband `).l('PERSON', person(r, undefined, 'm').g).t(' already rebooted it.');
  },
  // benefits form for a child
  (d, r) => {
    const c = person(r);
    const caseW = person(r);
    d.t('Re the Medicaid renewal: my ').t(r.pick(kid).replace(/_/g, ' ')).t(' ').l('PERSON', c.g).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(', born ');
    d.l('DOB', date(r, 'en', 2006, 2020)).t(') was left off. Caseworker ').l('PERSON', full(caseW)).t(' said to send it again.');
  },
  // paying with a relative's card
  (d, r) => {
    const b = person(r, undefined, 'm');
    d.t(`can u charge it to my ${r.pick(['brother', 'dad', 'uncle', 'cousin', 'husband'])} `).l('PERSON', b.g.toLowerCase()).t("'s card instead? ").l('CARD', card(r));
    d.t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}, he said its ok. mine (${badCard(r)}) keeps failing`);
  },
  // coworker expense
  (d, r) => {
    const m = person(r);
    d.t(`My ${r.pick(relWork).replace(/_/g, ' ')}, `).l('PERSON', form(r, m)).t(', booked the hotel on the corporate card ').l('CARD', card(r));
    d.t(' but it should have been my personal one, ').l('CARD', card(r)).t('.');
  },
];

// ---------------------------------------------------------------- other languages

const OTHER: Template[] = [
  // Spanish: mother-in-law
  (d, r) => {
    const me = person(r, 'spanish');
    const sg = person(r, r.pick(['spanish', 'mexican']), 'f');
    d.t('Hola, soy ').self(full(me)).t('. Mi suegra, doña ').l('PERSON', full(sg)).t(', nació el ').l('DOB', date(r, 'es', 1935, 1960));
    d.t(' y vive en ').l('ADDRESS', address(r, 'ES')).t('. Su teléfono es el ').l('PHONE', phone(r, 'ES'));
    d.t(`, pero mejor llamad a mi marido, `).l('PERSON', person(r, 'spanish', 'm').g).t(', que está con ella por las tardes.');
  },
  // Spanish (US) benefits
  (d, r) => {
    const me = person(r, 'mexican');
    const h = person(r, 'mexican', 'm');
    d.t('Buenas tardes, me llamo ').self(full(me)).t('. Mi número de seguro social es ').l('NATIONAL_ID', ssn(r)).t(' y el de mi esposo ');
    d.l('PERSON', h.g).t(' es ').l('NATIONAL_ID', ssn(r)).t('. Vivimos en ').l('ADDRESS', address(r, 'US')).t('.');
  },
  // German card
  (d, r) => {
    const p = person(r, 'german', 'f');
    d.t('Meine Frau ').l('PERSON', p.g).t(' hat mit ihrer Kreditkarte ').l('CARD', card(r)).t(' bezahlt, nicht mit meiner. Bitte an ');
    d.l('EMAIL', email(r, p)).t(' schreiben.');
  },
  // Portuguese IT support
  (d, r) => {
    const c = person(r, 'portuguese', 'm');
    d.t('O ').l('PERSON', c.g).t(' do suporte pediu o IP do meu computador: ').l('IP', ipv4(r)).t('. O do escritório do meu irmão é ');
    d.l('IP', ip(r)).t('.');
  },
  // Spanish (MX) casual
  (d, r) => {
    const a = person(r, 'mexican');
    const t = person(r, 'mexican');
    d.t('oye, ya le dije a ').l('PERSON', a.g.toLowerCase()).t(' que la maestra ').l('PERSON', t.s).t(' quiere hablar con nosotros. ');
    d.t('su correo es ').l('EMAIL', email(r, t)).t(' y el cel de ').l('PERSON', a.g.toLowerCase()).t(' es ').l('PHONE', phone(r, 'MX')).t(' jaja');
  },
  // Spanish legal aid
  (d, r) => {
    const c = person(r, 'spanish', 'f');
    const ab = person(r, 'spanish', 'm');
    d.t('La señora ').l('PERSON', full(c)).t(' acudió con su abogado, el Sr. ').l('PERSON', ab.s).t(', por el desahucio. Cuenta para el depósito: ');
    d.l('IBAN', iban(r, 'ES')).t('. Su hija ').l('PERSON', person(r, 'spanish', 'f').g).t(' traduce en las citas.');
  },
  // French: grandmother
  (d, r) => {
    const gm = person(r, 'french', 'f');
    const nb = person(r, 'french', 'm');
    d.t('Bonjour, je vous écris au sujet de ma grand-mère, Mme ').l('PERSON', gm.s).t(' (').l('PERSON', `${gm.g} ${gm.s}`).t('), née le ');
    d.l('DOB', date(r, 'fr', 1928, 1950)).t('. Notre voisin, M. ').l('PERSON', nb.s).t(', a la clé. Adresse : ').l('ADDRESS', address(r, 'FR'));
    d.t('. Vous pouvez me joindre au ').l('PHONE', phone(r, 'FR')).t('.');
  },
  // French HR
  (d, r) => {
    const rh = person(r, 'french', 'f');
    const me = person(r, r.pick(['french', 'arabic', 'portuguese']));
    d.t("J'ai parlé avec ").l('PERSON', rh.g).t(' des RH ce matin ; elle m\'a dit d\'envoyer mon RIB à ').l('EMAIL', roleEmail(r));
    d.t('. Le voici : ').l('IBAN', iban(r, 'FR')).t('. Merci, ').self(full(me)).t('.');
  },
  // German: father moving in
  (d, r) => {
    const v = person(r, 'german', 'm');
    const s = person(r, 'german', 'f');
    d.t('Sehr geehrte Frau ').l('PERSON', s.s).t(',\nmein Vater ').l('PERSON', full(v)).t(', geb. ').l('DOB', date(r, 'de', 1932, 1958));
    d.t(', wohnt seit März bei uns in der ').l('ADDRESS', address(r, 'DE')).t('. Herr Dr. ').l('PERSON', person(r, 'german', 'm').s);
    d.t(' hat die Pflegestufe beantragt. Rückfragen gern unter ').l('PHONE', phone(r, 'DE')).t('.\nMit freundlichen Grüßen');
  },
  // German casual
  (d, r) => {
    const a = person(r, 'german');
    const b = person(r, 'turkish');
    d.t('hab grad mit ').l('PERSON', a.g).t(' und ').l('PERSON', b.g).t(' gesprochen, die Nummer von ').l('PERSON', b.g);
    d.t(' ist ').l('PHONE', phone(r, 'DE')).t('. ').l('PERSON', a.g).t(' meinte, wir treffen uns in der Goethestraße.');
  },
  // Italian school
  (d, r) => {
    const me = person(r, 'italian');
    const f = person(r, 'italian', 'm');
    d.t('Buongiorno, sono ').self(full(me)).t('. Mio figlio ').l('PERSON', f.g).t(', nato il ').l('DOB', date(r, 'it', 2010, 2017));
    d.t(', è nella classe della maestra ').l('PERSON', person(r, 'italian', 'f').s).t('. Il nonno ').l('PERSON', person(r, 'italian', 'm').g);
    d.t(' lo verrà a prendere; il suo cellulare è ').l('PHONE', phone(r, 'IT')).t('.');
  },
  // Italian address change
  (d, r) => {
    const p = person(r, 'italian', 'f');
    d.t('Mia sorella ').l('PERSON', full(p)).t(' si è trasferita in ').l('ADDRESS', address(r, 'IT'));
    d.t('. Scrivetele a ').l('EMAIL', email(r, p)).t(', non a me. Grazie!');
  },
  // Portuguese (BR) neighbour
  (d, r) => {
    const v = person(r, 'portuguese', 'f');
    const me = person(r, 'portuguese', 'f');
    d.t('Oi, aqui é a ').l('PERSON', me.g).t('. Minha vizinha, dona ').l('PERSON', full(v)).t(', nasceu em ').l('DOB', date(r, 'pt', 1935, 1960));
    d.t(' e mora na ').l('ADDRESS', address(r, 'BR')).t('. O filho dela, ').l('PERSON', person(r, 'portuguese', 'm').g).t(', atende no ');
    d.l('PHONE', phone(r, 'BR')).t('.');
  },
  // Portuguese (PT) bank
  (d, r) => {
    const me = person(r, 'portuguese');
    d.t('Chamo-me ').self(full(me)).t(' e o meu pai, ').l('PERSON', person(r, 'portuguese', 'm').g).t(', pediu-me para atualizar o IBAN: ');
    d.l('IBAN', iban(r, 'PT')).t('.');
  },
  // Dutch neighbour
  (d, r) => {
    const b = person(r, 'dutch', 'm');
    d.t('Hoi, mijn buurman ').l('PERSON', full(b)).t(' heeft het pakket aangenomen. Hij woont op ').l('ADDRESS', address(r, 'NL'));
    d.t('. Bel ').l('PERSON', b.g).t(' gerust op ').l('PHONE', phone(r, 'NL')).t(', of mij via ').l('EMAIL', email(r)).t('.');
  },
  // Dutch refund
  (d, r) => {
    const me = person(r, 'dutch');
    d.t('Graag het bedrag terugstorten op ').l('IBAN', iban(r, 'NL')).t(' t.n.v. ').self(full(me)).t('. Mijn vriendin ');
    d.l('PERSON', person(r, 'dutch', 'f').g).t(' had de bestelling geplaatst.');
  },
  // Polish
  (d, r) => {
    const me = person(r, 'polish');
    const c = person(r, 'polish', 'f');
    d.t('Dzień dobry, nazywam się ').self(full(me)).t('. Moja córka ').l('PERSON', c.g).t(' urodziła się ').l('DOB', date(r, 'pl', 2005, 2016));
    d.t(' i chodzi do trzeciej klasy. Pani ').l('PERSON', person(r, 'polish', 'f').s).t(' z sekretariatu prosiła o adres: ').l('ADDRESS', address(r, 'PL'));
    d.t('. Tel. ').l('PHONE', phone(r, 'PL')).t('.');
  },
  // Turkish
  (d, r) => {
    const me = person(r, 'turkish');
    const m = person(r, 'turkish', 'f');
    d.t('Merhaba, ben ').self(full(me)).t('. Annem ').l('PERSON', m.g).t(' Hanım ').l('DOB', date(r, 'tr', 1940, 1965)).t(' doğumlu. ');
    d.t('Doktoru ').l('PERSON', person(r, 'turkish', 'm').g).t(' Bey, adresimiz ').l('ADDRESS', address(r, 'TR')).t('. Telefon: ').l('PHONE', phone(r, 'TR')).t('.');
  },
  // Japanese
  (d, r) => {
    const s1 = r.pick(JA[1]);
    const s2 = r.pick(JA[1]);
    const me = `${r.pick(JA[1])}${r.pick(JA[0])}`;
    d.t('お世話になっております。').self(me).t('です。先日、').l('PERSON', s1).t('さんと').l('PERSON', s2);
    d.t('さんに相談しました。母は').l('DOB', date(r, 'ja', 1940, 1965)).t('生まれで、住所は').l('ADDRESS', address(r, 'JP'));
    d.t('です。連絡先は').l('PHONE', phone(r, 'JP')).t('です。');
  },
  // Japanese casual
  (d, r) => {
    const a = r.pick(JA[0]);
    d.l('PERSON', a).t('ちゃんのお父さんが迎えに来るって。メールは').l('EMAIL', email(r, person(r, 'japanese'))).t('だよ。');
  },
  // Korean
  (d, r) => {
    const n1 = `${r.pick(KO[1])}${r.pick(KO[0])}`;
    const n2 = `${n1.charAt(0)}${r.pick(KO[0])}`;
    d.t('안녕하세요, 저는 ').self(n1).t('입니다. 동생 ').l('PERSON', n2).t(' 씨는 ').l('DOB', date(r, 'ko', 1985, 2005));
    d.t('생이고, 주소는 ').l('ADDRESS', address(r, 'KO')).t('입니다. 연락처: ').l('PHONE', phone(r, 'KR'));
  },
  // Chinese
  (d, r) => {
    const m = `${r.pick(ZH[1])}${r.pick(w('芳 娜 秀英 敏 静 丽 艳'))}`;
    d.t('你好，我妈妈').l('PERSON', m).t('的电话是').l('PHONE', phone(r, 'CN')).t('，她出生于').l('DOB', date(r, 'zh', 1945, 1970));
    d.t('。我们住在').l('ADDRESS', address(r, 'ZH')).t('。老师').l('PERSON', `${r.pick(ZH[1])}${r.pick(ZH[0])}`).t('说明天开家长会。');
  },
  // Chinese pinyin chat
  (d, r) => {
    const a = person(r, 'chinese', 'm');
    d.t('跟').l('PERSON', full(a)).t('说一下，他的邮箱是').l('EMAIL', email(r, a)).t('，IP 是').l('IP', ipv4(r)).t('。');
  },
  // Arabic
  (d, r) => {
    const me = `${r.pick(w('فاطمة مريم ليلى نور'))} ${r.pick(AR[1])}`;
    d.t('مرحبا، أنا ').self(me).t('. زوجي ').l('PERSON', r.pick(w('محمد أحمد يوسف خالد'))).t(' سيتصل بكم من الرقم ').l('PHONE', phone(r, 'AE'));
    d.t('. البريد: ').l('EMAIL', email(r, person(r, 'arabic'))).t('.');
  },
  // Swedish
  (d, r) => {
    const a = person(r, 'swedish');
    const hv = person(r, 'swedish');
    d.t('Hej! Min sambo ').l('PERSON', a.g).t(' och jag har problem med vår hyresvärd, ').l('PERSON', full(hv));
    d.t('. Vi bor på ').l('ADDRESS', address(r, 'SE')).t('. Ring mig på ').l('PHONE', phone(r, 'SE')).t('.');
  },
  // Vietnamese
  (d, r) => {
    const me = person(r, 'vietnamese');
    const mom = person(r, 'vietnamese', 'f');
    const meFull = `${me.s} ${r.pick(['Thị', 'Văn', 'Minh'])} ${me.g}`;
    d.t('Chào chị, em là ').self(meFull).t('. Mẹ em là bà ').l('PERSON', `${mom.s} Thị ${mom.g}`).t(', sinh ').l('DOB', date(r, 'vi', 1945, 1970));
    d.t('. Số điện thoại của em: ').l('PHONE', phone(r, 'VN')).t('.');
  },
  // Hinglish
  (d, r) => {
    const pa = person(r, 'hindi', 'm');
    const mu = person(r, 'hindi', 'f');
    d.t('Bhaiya, mere papa ').l('PERSON', full(pa)).t(' ka number ').l('PHONE', phone(r, 'IN')).t(' hai, aur mummy ').l('PERSON', mu.g);
    d.t(' ji ka email ').l('EMAIL', email(r, mu)).t('. ').l('PERSON', person(r, 'tamil', 'm').g).t(' uncle ne bola tha aapko call karne ko.');
  },
  // Russian
  (d, r) => {
    const m = `${r.pick(w('Анна Ольга Татьяна Наталья'))} ${r.pick(RU[1])}а`;
    d.t('Здравствуйте! Моя мама, ').l('PERSON', m).t(', просила передать, что её телефон ').l('PHONE', phone(r, 'RU'));
    d.t('. Врач ').l('PERSON', r.pick(RU[1])).t(' сказал прийти в четверг.');
  },
  // Russian: pass a message on
  (d, r) => {
    const g = r.pick(RU[0]);
    d.t('Передайте, пожалуйста, ').l('PERSON', g).t(', что документы я отправил на ').l('EMAIL', email(r, person(r, 'russian')));
    d.t('. Если что, звоните ').l('PERSON', g).t(' на ').l('PHONE', phone(r, 'RU')).t('.');
  },
  // Hebrew
  (d, r) => {
    const me = `${r.pick(HE[0])} ${r.pick(HE[1])}`;
    d.t('שלום, שמי ').self(me).t('. הבת שלי ').l('PERSON', r.pick(HE[0])).t(' תגיע מחר. הטלפון שלי ').l('PHONE', `05${r.int(0, 8)}-${r.digits(7)}`).t('.');
  },
  // Nigerian English / Swahili
  (d, r) => {
    const a = person(r, r.pick(['yoruba', 'swahili']), 'f');
    const b = person(r, 'swahili', 'm');
    d.t('Habari! Please tell Mama ').l('PERSON', a.g).t(' that ').l('PERSON', b.g).t(' has sent the school fees. Her number is ');
    d.l('PHONE', phone(r, r.pick(['NG', 'KE']))).t(', and Baba ').l('PERSON', full(b)).t(' will come on Sunday. Asante.');
  },
];

// ---------------------------------------------------------------- hard negatives

const NEG: Template[] = [
  (d, r) => {
    d.t(`Our Parkinson's support group meets on the third Thursday at the Florence Nightingale Centre. The Alzheimer's Society leaflet `);
    d.t(`is at reception. Order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)} has shipped; tracking 1Z${r.digits(4)}X${r.digits(11)}.`);
  },
  (d, r) => {
    d.t(`Upgraded the portal to v${r.int(2, 9)}.${r.int(0, 19)}.${r.int(0, 9)} (build ${r.int(1000, 9999)}, sha ${r.digits(4)}ab${r.digits(4)}cd${r.digits(4)}). `);
    d.t(`Test card ${badCard(r)} was declined as expected at ${r.int(2024, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z.`);
  },
  (d, r) => {
    d.t(`The payment bounced: IBAN ${badIban(r)} failed validation. Routing number 0${r.digits(8)}, EIN ${r.int(10, 99)}-${r.digits(7)}. `);
    d.t(`Please resend invoice INV-${r.digits(6)} dated ${date(r, 'uk', 2024, 2026)}.`);
  },
  (d, r) => {
    d.t(`Half-term starts ${r.int(10, 20)} February. Year 9 are entering the Duke of Edinburgh Award; Team Phoenix plays Team Kepler on Friday. `);
    d.t(`The Nobel Prize assembly is moved to Hall ${r.int(1, 5)}.`);
  },
  (d, r) => {
    d.t(`Storm ${r.pick(['Ciarán', 'Babet', 'Isha', 'Éowyn'])} closed the ferry, and Hurricane ${r.pick(['Helene', 'Milton', 'Beryl'])} delayed the parcel. `);
    d.t(`Ticket ${r.pick(['SR', 'CS'])}-${r.digits(8)} stays open.`);
  },
  (d, r) => {
    d.t(`Our cat Biscuit turned five on ${date(r, 'en', 2019, 2021)}! Max and Bella got cake too. Vet appointment is ${date(r, 'uk', 2025, 2026)}.`);
  },
  (d, r) => {
    d.t(`Your card ending ${r.digits(4)} was charged. Phone on file ***-***-${r.digits(4)}, SSN XXX-XX-${r.digits(4)}. `);
    d.t(`Reply STOP to opt out.`);
  },
  (d, r) => {
    d.t(`We sail on the Queen Mary 2 from Southampton, then train from Victoria Station to Washington Square Park? `);
    d.t(`Booking ref ${r.pick(['QX', 'ZK', 'MB'])}${r.digits(6)}.`);
  },
  (d, r) => {
    d.t(`Die Goethestraße ist wegen Bauarbeiten gesperrt; Umleitung über die Bismarckallee. Aktenzeichen ${r.digits(2)} C ${r.digits(3)}/${r.int(20, 26)}. `);
    d.t(`La calle Cervantes también está cortada.`);
  },
  (d, r) => {
    d.t(`Your appointment is on ${date(r, 'uk', 2025, 2026)} at ${r.int(8, 17)}:${pad(r.int(0, 5) * 10)}. Case ref CASE-${r.int(2023, 2026)}-${r.digits(5)}. `);
    d.t(`Please bring your Medicare card and the Hodgkin's lymphoma referral letter.`);
  },
  (d, r) => {
    d.t(`Thanks for ordering from Ben & Jerry's via Uber Eats. Your Tesla Model ${r.pick(['3', 'Y'])} service is booked, and the Ford dealership `);
    d.t(`will ring. Build ${r.int(10, 99)}.${r.int(0, 9)}.${r.int(0, 9)} rolled out.`);
  },
  (d, r) => {
    d.t(`Rappel : la réunion du collectif de locataires aura lieu le ${date(r, 'fr', 2025, 2026)} salle Jean-Moulin, avenue Victor-Hugo. `);
    d.t(`Dossier n° ${r.digits(2)}/${r.digits(5)}.`);
  },
  (d, r) => {
    d.t(`Il pacco ${r.pick(['BRT', 'SDA'])}${r.digits(12)} è in consegna. Il corso sull'Alzheimer si terrà all'Ospedale San Raffaele il ${date(r, 'it', 2025, 2026)}.`);
  },
  (d, r) => {
    d.t(`lol the wifi password is still Shakespeare${r.digits(3)}! and the printer says firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 99)}, serial SN-${r.digits(9)}`);
  },
  (d, r) => {
    d.t(`予約番号は${r.digits(8)}です。${r.int(1, 12)}月${r.int(1, 28)}日の説明会は会議室Bで行います。`);
  },
  (d, r) => {
    d.t(`Wir haben beim Elternabend über die Down-Syndrom-AG gesprochen. Rechnung RE-${r.digits(6)}, fällig am ${date(r, 'de', 2025, 2026)}.`);
  },
  (d, r) => {
    d.t(`Reminder: the Heimlich manoeuvre training is on ${date(r, 'en', 2025, 2026)}. Bring your Dewey decimal sheets. Room ${r.int(100, 420)}.`);
  },
];

// ---------------------------------------------------------------- generator

/** Generates whole documents until at least `minInstances` labels exist; deterministic per seed. */
export function generateIndependent20Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent20Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT20_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT20_MIN_INSTANCES;
  const out: Independent20Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const k = r.next();
    if (k < 0.1) {
      r.pick(NEG)(d, r);
    } else if (k < 0.58) {
      r.pick(EN)(d, r);
      if (r.chance(0.2)) d.t(trap(r));
      if (r.chance(0.55)) extra(d, r);
      if (d.known.length === 0 && r.chance(0.1)) signoff(d, r);
    } else {
      r.pick(OTHER)(d, r);
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
