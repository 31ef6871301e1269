/**
 * @module privacy/pii-corpus-independent-48 — blind labelled PII corpus #48 (pharmacy, clinical trials and
 * drug safety, in many countries).
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first 30
 * lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json`
 * and `package.json`. I did NOT read the detector, its patterns, name lists or tests, any other corpus module
 * or template file, the docs, the benchmarks or the git history, and never ran the detector on this text.
 * Every name, address, template and value here was invented for this file.
 *
 * Seeds: 480001, 480002, 480003 (`INDEPENDENT48_SEEDS`). Each seed yields whole documents until at least
 * `minInstances` labels (default 2,400) exist; the document that reaches the count is the last one.
 *
 * Contents: refill and prior-authorisation chats with an LLM pharmacy assistant, dispensing labels, pharmacy
 * system logs and exports, insurance and reimbursement forms, clinical-trial screening logs, case report forms,
 * monitoring notes, pharmacovigilance narratives (MedWatch / CIOMS style), patient diaries, courier and
 * cold-chain records, call-centre transcripts and e-mails, in English and several other languages, with phones,
 * addresses and dates written the way each country writes them. About one document in ten is a hard negative
 * with no PII at all but full of traps (people-named companies, diseases, laws, places; order, lot, tracking and
 * case numbers; hashes, versions, timestamps; Luhn-invalid cards, invalid IBANs, EINs, routing numbers,
 * masked values, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled,
 *   one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; a name inside an e-mail is not.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line from the first street/building/PO-box line to the
 *   last postcode/city/country line); the recipient is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT48_SEEDS = [480001, 480002, 480003] as const;
export const INDEPENDENT48_MIN_INSTANCES = 2400;

/** A gold label with the exact text of its span. */
export type Independent48Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent48Entry = PiiCorpusEntry & { readonly labels: readonly Independent48Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  labels: Independent48Label[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ───────────────────────────── names ─────────────────────────────

const sp = (s: string): string[] => s.split('|');
interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first by custom (romanised). */
  readonly eastern?: boolean;
}
const CULTURES: Readonly<Record<string, Culture>> = {
  us: {
    given: sp('James|Mary|Robert|Patricia|Tyler|Brittany|Dakota|Hope|Grant|Will|Bill|Rose|May|Guy|Faith|Joy|Mark|Frank|Drew|Dawn|Summer|Chase|Miles|Hunter|Shanice|DeShawn|Kayla|Bobbie Jo'),
    family: sp('Smith|Johnson|Williams|Brown|Miller|Davis|Wilson|Anderson|Taylor|Moore|Jackson|White|Harris|Young|King|Price|Long|Cook|Bishop|Page|Grant|Rose|Little|Washington|Hill|Gardner|Sterling|Booker'),
  },
  uk: {
    given: sp('Oliver|Amelia|Harry|Isla|George|Niamh|Ciarán|Siobhán|Aoife|Declan|Rhys|Eilidh|Callum|Poppy|Gethin|Bethan'),
    family: sp("Murphy|O'Brien|Byrne|Walsh|McCarthy|Evans|Hughes|Owen|Fitzgerald|MacLeod|Campbell|Davies|Clarke|Wright|Baker|Ní Bhriain"),
  },
  de: {
    given: sp('Lukas|Anna-Lena|Jürgen|Ursula|Klaus|Sabine|Maximilian|Friederike|Heike|Torsten|Dieter|Birgit|Hannelore'),
    family: sp('Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|Krüger|von Bülow|Zimmermann'),
  },
  fr: {
    given: sp('Camille|Mathilde|Théo|Léa|Hugo|Chloé|Étienne|Margaux|Benoît|Aurélie|Jean-Luc|Océane|Gaëlle'),
    family: sp('Dubois|Moreau|Laurent|Lefèvre|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Mercier|Blanc|Guérin|Faure'),
  },
  es: {
    given: sp('Alejandro|Lucía|Javier|Carmen|Sergio|Pilar|Iñaki|Nuria|Álvaro|Rocío|María José|Begoña|Jordi|Montserrat'),
    family: sp('García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Navarro|Domínguez|Iglesias|Etxeberria|Puig'),
  },
  mx: {
    given: sp('Guadalupe|Jesús|Ximena|Santiago|Fernanda|Diego|Itzel|Emiliano|Citlali|Juan Pablo|Dolores|Consuelo'),
    family: sp('Hernández|Ramírez|Flores|Cruz|Morales|Reyes|Gutiérrez|Vázquez|de la Cruz|Ortiz|Chávez|Castillo|Xochitl'),
  },
  br: {
    given: sp('João|Ana Beatriz|Thiago|Larissa|Rafael|Gabriela|Luiz Felipe|Conceição|Vitória|Caio|Iara|Raimundo'),
    family: sp('Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Nascimento|Lima|Carvalho|Ferreira|Araújo|Ribeiro'),
  },
  it: {
    given: sp('Giuseppe|Francesca|Alessandro|Giulia|Lorenzo|Chiara|Matteo|Federica|Salvatore|Rosaria|Gianluca|Donatella'),
    family: sp('Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini'),
  },
  nl: {
    given: sp('Daan|Sanne|Bram|Fleur|Joost|Marieke|Sven|Lieke|Pieter|Anouk|Thijs|Femke'),
    family: sp('de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Dekker|Bos'),
  },
  pl: {
    given: sp('Jakub|Zofia|Mateusz|Agnieszka|Krzysztof|Małgorzata|Wojciech|Katarzyna|Łukasz|Grażyna|Bartosz|Joanna'),
    family: sp('Nowak|Kowalski|Wiśniewska|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska|Jankowski'),
  },
  nordic: {
    given: sp('Lars|Ingrid|Mikael|Astrid|Henrik|Sigrid|Anders|Kristín|Jussi|Aino|Oskar|Freja'),
    family: sp('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsen|Hansen|Pedersen|Virtanen|Korhonen|Lindqvist|Bergström|Haugen|Sigurðsson'),
  },
  ru: {
    given: sp('Dmitri|Olga|Sergei|Natalia|Alexei|Svetlana|Mykola|Oksana|Yuri|Tatiana|Bohdan|Irina'),
    family: sp('Ivanov|Petrova|Smirnov|Kuznetsova|Popov|Sokolova|Kovalenko|Shevchenko|Bondarenko|Volkov|Morozova|Lebedev'),
  },
  gr: {
    given: sp('Giorgos|Eleni|Dimitris|Katerina|Nikos|Sofia|Yannis|Vasiliki|Kostas|Despina'),
    family: sp('Papadopoulos|Georgiou|Nikolaidis|Papadaki|Karagiannis|Vlachos|Oikonomou|Christodoulou|Alexiou|Makris'),
  },
  tr: {
    given: sp('Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Murat|Hülya|Cem|Derya'),
    family: sp('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aslan'),
  },
  ar: {
    given: sp('Mohammed|Fatima|Ahmed|Aisha|Omar|Layla|Youssef|Mariam|Khalid|Noor|Said|Hassan|Rania|Tariq'),
    family: sp('Al-Sayed|Haddad|Nasser|Khoury|Mansour|Al-Farsi|Abdullah|Saleh|Hamdan|El-Amin|Aziz|Barakat|Said'),
  },
  fa: {
    given: sp('Reza|Parisa|Dariush|Shirin|Kaveh|Niloufar|Arash|Mahsa'),
    family: sp('Hosseini|Rahimi|Karimi|Moradi|Tehrani|Jafari|Ahmadi|Sadeghi'),
  },
  in: {
    given: sp('Aarav|Priya|Rohan|Ananya|Vikram|Sunita|Arjun|Deepika|Rajesh|Kavya|Sanjay|Meera|Gurpreet'),
    family: sp('Sharma|Verma|Gupta|Patel|Singh|Reddy|Mehta|Iyer|Nair|Chatterjee|Banerjee|Joshi|Desai|Kapoor'),
  },
  ta: {
    given: sp('Karthik|Lakshmi|Senthil|Divya|Murugan|Revathi|Arun|Kavitha'),
    family: sp('Subramanian|Krishnan|Raghavan|Venkatesan|Pillai|Ramasamy|Natarajan|Sundaram'),
  },
  zh: {
    given: sp('Wei|Fang|Jing|Hao|Xiaoling|Jun|Mei|Lei|Yuting|Zhiwei|Xinyi|Jianguo'),
    family: sp('Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Lin|Guo'),
    eastern: true,
  },
  ja: {
    given: sp('Hiroshi|Yuki|Haruto|Sakura|Takeshi|Aiko|Kenji|Yui|Daisuke|Mai|Sota|Emi'),
    family: sp('Tanaka|Suzuki|Takahashi|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Inoue'),
    eastern: true,
  },
  ko: {
    given: sp('Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yoon|Soo-jin|Hyun-woo|Ji-woo|Jae-sung|Eun-ji'),
    family: sp('Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin'),
    eastern: true,
  },
  vi: {
    given: sp('Minh|Linh|Tuan|Huong|Duc|Thao|Quang|Ngoc Anh|Bao|Thuy'),
    family: sp('Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do'),
  },
  ph: {
    given: sp('Jose|Maricel|Rodel|Jocelyn|Ramon|Lourdes|Jerome|Analyn|Bong|Cherry'),
    family: sp('Bautista|Villanueva|Mendoza|Aquino|Ramos|Tolentino|Manalo|dela Cruz|Dimaculangan|Soriano'),
  },
  ng: {
    given: sp('Oluwaseun|Adaeze|Chinedu|Ngozi|Babatunde|Folake|Emeka|Chiamaka|Tunde|Funmilayo|Ikechukwu|Blessing'),
    family: sp('Adeyemi|Okafor|Okonkwo|Balogun|Eze|Nwosu|Adebayo|Ogunleye|Obi|Chukwu|Ibrahim|Abubakar'),
  },
  ke: {
    given: sp('Amani|Baraka|Zawadi|Imani|Wanjiku|Achieng|Neema|Juma|Kamau|Nyokabi'),
    family: sp('Mwangi|Otieno|Kariuki|Wanjala|Odhiambo|Kiplagat|Mutua|Njoroge|Chebet|Wafula'),
  },
  et: {
    given: sp('Abebe|Tigist|Dawit|Selamawit|Haile|Mekdes|Yonas|Hirut'),
    family: sp('Bekele|Tesfaye|Girma|Alemu|Wolde|Gebremedhin|Tadesse|Kebede'),
  },
  he: {
    given: sp('Yosef|Noa|Avi|Tamar|Itai|Shira|Eitan|Yael'),
    family: sp('Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Katz|Avraham'),
  },
  hu: {
    given: sp('László|Zsófia|Bence|Réka|Gábor|Erzsébet'),
    family: sp('Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár'),
  },
  cz: {
    given: sp('Jiří|Tereza|Petr|Lucie|Tomáš|Kateřina'),
    family: sp('Novák|Svobodová|Dvořák|Černá|Procházka|Kučera|Veselý|Horáková'),
  },
  th: {
    given: sp('Somchai|Siriporn|Anurak|Kanya|Thanawat|Pimchanok'),
    family: sp('Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Suksawat|Thongchai'),
  },
  id: {
    given: sp('Budi|Sri|Agus|Dewi|Putu|Wayan|Rizky|Ayu'),
    family: sp('Santoso|Wijaya|Kusuma|Hidayat|Setiawan|Saputra|Nugroho|Pratama'),
  },
};
const CULTURE_KEYS = Object.keys(CULTURES);

/** Native-script pools (family, given) for Japanese, Korean and Chinese documents. */
const NATIVE = {
  ja: { family: sp('田中|佐藤|鈴木|高橋|伊藤|渡辺|山本|中村'), given: sp('花子|太郎|美咲|健一|陽菜|翔太|由美子|誠') },
  ko: { family: sp('김|이|박|최|정|강|윤'), given: sp('민준|서연|지호|하은|도윤|수진|현우') },
  zh: { family: sp('王|李|张|刘|陈|杨|黄'), given: sp('伟|芳|静|磊|秀英|建国|晓玲') },
} as const;

interface Person {
  readonly given: string;
  readonly family: string;
  readonly eastern: boolean;
}
function person(r: Rng, cultures: readonly string[]): Person {
  const key = r.chance(0.75) ? r.pick(cultures) : r.pick(CULTURE_KEYS);
  const c = CULTURES[key] as Culture;
  return { given: r.pick(c.given), family: r.pick(c.family), eastern: !!c.eastern && r.chance(0.5) };
}
function full(p: Person): string {
  return p.eastern ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}
/** A random written form of a name (never with honorific). */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 11);
  if (k <= 4) return full(p);
  if (k === 5) return `${p.family}, ${p.given}`;
  if (k === 6) return `${p.given.charAt(0)}. ${p.family}`;
  if (k === 7) return `${p.family.toUpperCase()} ${p.given}`;
  if (k === 8) return full(p).toLowerCase();
  if (k === 9) return p.given;
  if (k === 10) return p.family;
  return full(p).toUpperCase();
}
function nativeName(r: Rng, lang: 'ja' | 'ko' | 'zh', space: boolean): string {
  const n = NATIVE[lang];
  return r.pick(n.family) + (space ? ' ' : '') + r.pick(n.given);
}

/** ASCII fold for e-mail local parts. */
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ıİ]/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// ───────────────────────────── e-mail ─────────────────────────────

const FREEMAIL = sp('gmail.com|outlook.com|yahoo.co.uk|web.de|gmx.de|orange.fr|libero.it|hotmail.es|uol.com.br|naver.com|yahoo.co.jp|icloud.com|proton.me|t-online.de|wp.pl|rediffmail.com|bigpond.com|xs4all.nl|hotmail.com|mail.ru|yandex.com|seznam.cz');
const ORGS = sp('northbay-research.org|clinsite-hannover.de|medipharm-trials.com|apotheke-am-markt.de|pharmacie-centrale.fr|riverbend-pharmacy.com|trialcentre.nhs.uk|hospital-sanjorge.es|cro-meridian.eu|safetydesk.biopharm-ag.ch|kyoto-clinic.jp|saopaulo-pesquisa.com.br');
function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'user';
  const f = ascii(p.family) || 'mail';
  const k = r.int(0, 5);
  const local = [`${g}.${f}`, `${g.charAt(0)}${f}${r.int(50, 99)}`, `${f}.${g}`, `${g}_${f}${r.int(1, 9)}`, `${g}${r.int(1960, 2005)}`, `${g.charAt(0)}.${f}`][k] as string;
  return `${local}@${r.pick(FREEMAIL)}`;
}
function workEmail(r: Rng, p: Person): string {
  return `${ascii(p.given).charAt(0)}.${ascii(p.family) || 'staff'}@${r.pick(ORGS)}`;
}
function roleEmail(r: Rng): string {
  return `${r.pick(sp('refills|safety|pv-intake|support|trials|cra.team|drugsafety|pharmacy|priorauth|coldchain|medinfo|noreply'))}@${r.pick(ORGS)}`;
}
function spokenEmail(addr: string): string {
  return addr
    .replace(/\./g, ' dot ')
    .replace(/_/g, ' underscore ')
    .replace(/-/g, ' dash ')
    .replace('@', ' at ')
    .replace(/\s+/g, ' ')
    .trim();
}
const DIGIT_WORDS = sp('zero|one|two|three|four|five|six|seven|eight|nine');
function spokenPhone(r: Rng, phone: string): string {
  const oh = r.chance(0.4);
  const groups = phone.split(/[\s\-()./]+/).filter((g) => g.length > 0);
  return groups
    .map((g) =>
      [...g]
        .map((ch) => (ch === '+' ? 'plus' : ch === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(ch)] as string)))
        .join(' '),
    )
    .join(', ');
}

// ───────────────────────────── dates ─────────────────────────────

type Ymd = readonly [number, number, number];
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: sp('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: sp('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: sp('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: sp('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  it: sp('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  pt: sp('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  nl: sp('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  pl: sp('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
};
const p2 = (n: number): string => String(n).padStart(2, '0');
function birth(r: Rng): Ymd {
  return [r.int(1934, 2007), r.int(1, 12), r.int(1, 28)];
}
function recent(r: Rng): Ymd {
  return [r.int(2023, 2025), r.int(1, 12), r.int(1, 28)];
}
function mon(lang: string, m: number): string {
  return (MONTHS[lang] ?? MONTHS.en)?.[m - 1] as string;
}
function ordinal(n: number): string {
  const s = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${s}`;
}
/** Clinical style, e.g. 04-MAR-1987 or 04MAR1987. */
function crfDate(r: Rng, [y, m, d]: Ymd): string {
  const mm = mon('en', m).slice(0, 3).toUpperCase();
  return r.pick([`${p2(d)}-${mm}-${y}`, `${p2(d)}${mm}${y}`, `${p2(d)} ${mm.charAt(0)}${mm.slice(1).toLowerCase()} ${y}`]);
}
function isoDate([y, m, d]: Ymd): string {
  return `${y}-${p2(m)}-${p2(d)}`;
}
function jaEra([y, m, d]: Ymd): string {
  if (y >= 1989 && !(y === 1989 && m === 1 && d < 8)) return `平成${y - 1988 === 1 ? '元' : y - 1988}年${m}月${d}日`;
  return `昭和${y - 1925}年${m}月${d}日`;
}

// ───────────────────────────── countries ─────────────────────────────

interface Country {
  readonly code: string;
  readonly cultures: readonly string[];
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
  readonly date: (r: Rng, ymd: Ymd) => string;
  readonly lang: string;
  readonly iban?: string;
}
const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: Rng, n: number, set = L): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);

function dmySlash(r: Rng, [y, m, d]: Ymd, lang: string): string {
  const k = r.int(0, 3);
  if (k <= 1) return `${p2(d)}/${p2(m)}/${y}`;
  if (k === 2) return lang === 'en' ? `${d} ${mon('en', m)} ${y}` : `${d} ${lang === 'es' || lang === 'pt' ? 'de ' : ''}${mon(lang, m)}${lang === 'es' || lang === 'pt' ? ' de' : ''} ${y}`;
  return lang === 'en' ? `${ordinal(d)} ${mon('en', m)} ${y}` : `${d}/${m}/${y}`;
}
const C: Readonly<Record<string, Country>> = {
  US: {
    code: 'US', lang: 'en', cultures: ['us', 'us', 'mx', 'in', 'zh', 'ko', 'vi', 'ph', 'ng', 'he'],
    phone: (r) => {
      const a = nz(r, 3).replace(/^1/, '2'), e = `${r.int(2, 9)}${r.digits(2)}`, n = r.digits(4);
      return r.pick([`(${a}) ${e}-${n}`, `+1 ${a}-${e}-${n}`, `${a}.${e}.${n}`, `1-${a}-${e}-${n}`, `${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`]);
    },
    addr: (r) => {
      const [city, st, zp] = r.pick([['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Duluth', 'MN', '558'], ['Savannah', 'GA', '314'], ['El Paso', 'TX', '799'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Lansing', 'MI', '489'], ['Fresno', 'CA', '937'], ['Providence', 'RI', '029']] as const);
      const last = `${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      if (r.chance(0.12)) return [`PO Box ${r.int(100, 9999)}`, last];
      const street = `${r.int(12, 9870)} ${r.pick(sp('Maple|Cedar Hollow|Willow Creek|Juniper|Sycamore|Lakeview|Harbor Point|Old Mill|Birchwood|Prospect|Ridgecrest|Magnolia|Martin Luther King Jr|Washington|Lincoln|W 34th|N Oak'))} ${r.pick(sp('St|Ave|Rd|Dr|Ln|Blvd|Ct|Way|Pkwy'))}`;
      return r.chance(0.4) ? [street, `${r.pick(sp('Apt|Unit|Ste|#'))} ${r.int(1, 40)}${r.pick(sp('|A|B|C'))}`.replace('# ', '#'), last] : [street, last];
    },
    date: (r, [y, m, d]) => r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`, isoDate([y, m, d])]),
  },
  GB: {
    code: 'GB', lang: 'en', cultures: ['uk', 'uk', 'in', 'ng', 'ar', 'pl', 'zh'], iban: 'GB',
    phone: (r) => r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`, `+44 (0)20 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `01632 ${r.digits(6)}`]),
    addr: (r) => {
      const [town, pc] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Brighton', 'BN'], ['Sheffield', 'S'], ['Exeter', 'EX'], ['York', 'YO'], ['Belfast', 'BT']] as const);
      const post = `${pc}${r.int(1, 28)} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const street = `${r.int(1, 212)} ${r.pick(sp('Ashgrove|Kingsley|Thornbury|Mill|Station|Chapel|Orchard|Victoria|Clarence|Hawthorn'))} ${r.pick(sp('Road|Street|Lane|Close|Crescent|Gardens|Terrace|Avenue'))}`;
      const lines = r.chance(0.35) ? [`Flat ${r.int(1, 24)}`, street] : [street];
      return r.chance(0.5) ? [...lines, town, post] : [...lines, `${town} ${post}`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'en'),
  },
  DE: {
    code: 'DE', lang: 'de', cultures: ['de', 'de', 'tr', 'pl', 'ru', 'gr'], iban: 'DE',
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(8)}`, `0151 ${r.digits(8)}`, `+49 (0)172 ${r.digits(7)}`, `089/${r.digits(7)}`, `0221 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01']] as const);
      const street = `${r.pick(sp('Lindenstraße|Goethestraße|Am Mühlbach|Bahnhofstraße|Rosenweg|Hauptstraße|Kirchgasse|Schillerplatz|Friedrich-Ebert-Allee'))} ${r.int(1, 140)}${r.pick(sp('||a|b'))}`;
      return [street, `${pre}${r.digits(3)} ${city}`];
    },
    date: (r, [y, m, d]) => r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${mon('de', m)} ${y}`]),
  },
  FR: {
    code: 'FR', lang: 'fr', cultures: ['fr', 'fr', 'ar', 'br', 'vi'], iban: 'FR',
    phone: (r) => {
      const g = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.int(1, 7)} ${g()}`, `+33 6 ${g()}`, `+33 (0)1 ${g()}`, `0${r.int(6, 7)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]);
    },
    addr: (r) => {
      const [city, pre] = r.pick([['Lyon', '69'], ['Marseille', '13'], ['Toulouse', '31'], ['Nantes', '44'], ['Lille', '59'], ['Bordeaux', '33'], ['Strasbourg', '67']] as const);
      const street = `${r.int(1, 88)}${r.pick(sp('| bis| ter|'))} ${r.pick(sp('rue des Tanneurs|avenue Jean Jaurès|boulevard Voltaire|rue de la République|allée des Tilleuls|impasse du Moulin|quai Saint-Vincent'))}`;
      const lines = r.chance(0.3) ? [`Bât. ${letters(r, 1, 'ABCD')}, apt ${r.int(1, 60)}`, street] : [street];
      return r.chance(0.3) ? [...lines, `${pre}${r.digits(3)} ${city}`, 'France'] : [...lines, `${pre}${r.digits(3)} ${city}`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'fr'),
  },
  ES: {
    code: 'ES', lang: 'es', cultures: ['es', 'es', 'mx', 'ar'], iban: 'ES',
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Madrid', '28'], ['Barcelona', '08'], ['Sevilla', '41'], ['Valencia', '46'], ['Bilbao', '48'], ['Zaragoza', '50']] as const);
      return [`${r.pick(sp('Calle Mayor|Avenida de la Constitución|Calle del Pez|Carrer de Balmes|Calle San Fernando|Paseo de la Castellana'))}, ${r.int(1, 220)}, ${r.int(1, 9)}.º ${letters(r, 1, 'ABCD')}`, `${pre}${r.digits(3)} ${city}`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'es'),
  },
  IT: {
    code: 'IT', lang: 'it', cultures: ['it', 'it', 'ar'], iban: 'IT',
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `02 ${r.digits(4)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `06 ${r.digits(8)}`]),
    addr: (r) => {
      const [city, pv, pre] = r.pick([['Milano', 'MI', '201'], ['Roma', 'RM', '001'], ['Napoli', 'NA', '801'], ['Torino', 'TO', '101'], ['Bologna', 'BO', '401'], ['Palermo', 'PA', '901']] as const);
      return [`${r.pick(sp('Via Roma|Corso Vittorio Emanuele II|Viale dei Mille|Via della Spiga|Via Garibaldi|Piazza Santo Stefano'))} ${r.int(1, 150)}`, `${pre}${r.digits(2)} ${city} (${pv})`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'it'),
  },
  NL: {
    code: 'NL', lang: 'nl', cultures: ['nl', 'nl', 'tr', 'ar'], iban: 'NL',
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020-${r.digits(7)}`, `+31 (0)30 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Groningen', '97'], ['Eindhoven', '56'], ['Den Haag', '25']] as const);
      return [`${r.pick(sp('Kerkstraat|Dorpsstraat|Oudegracht|Laan van Meerdervoort|Molenweg|Prinsengracht'))} ${r.int(1, 400)}${r.pick(sp('||-1|-hs|A'))}`, `${pre}${r.digits(2)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${city}`];
    },
    date: (r, [y, m, d]) => r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]),
  },
  PL: {
    code: 'PL', lang: 'pl', cultures: ['pl', 'pl', 'ru'], iban: 'PL',
    phone: (r) => r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick([['Warszawa', '0'], ['Kraków', '3'], ['Łódź', '9'], ['Gdańsk', '8'], ['Wrocław', '5'], ['Poznań', '6']] as const);
      return [`${r.pick(sp('ul. Kwiatowa|ul. Marszałkowska|ul. Długa|al. Jerozolimskie|ul. Piotrkowska|os. Słoneczne'))} ${r.int(1, 120)}/${r.int(1, 60)}`, `${pre}${r.digits(1)}-${r.digits(3)} ${city}`];
    },
    date: (r, [y, m, d]) => r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${mon('pl', m)} ${y} r.`]),
  },
  BR: {
    code: 'BR', lang: 'pt', cultures: ['br', 'br', 'ja', 'it'], iban: 'BR',
    phone: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`, `+55 (41) 9${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [bairro, city, uf] = r.pick([['Pinheiros', 'São Paulo', 'SP'], ['Copacabana', 'Rio de Janeiro', 'RJ'], ['Savassi', 'Belo Horizonte', 'MG'], ['Batel', 'Curitiba', 'PR'], ['Boa Viagem', 'Recife', 'PE'], ['Moinhos de Vento', 'Porto Alegre', 'RS']] as const);
      const st = `${r.pick(sp('Rua das Acácias|Avenida Paulista|Rua Augusta|Rua XV de Novembro|Avenida Atlântica|Rua Padre Chagas'))}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 180)}` : ''}`;
      return r.chance(0.5) ? [st, `${bairro}, ${city} - ${uf}`, `${r.digits(5)}-${r.digits(3)}`] : [st, `${bairro}`, `${city}/${uf}`, `CEP ${r.digits(5)}-${r.digits(3)}`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'pt'),
  },
  MX: {
    code: 'MX', lang: 'es', cultures: ['mx', 'mx', 'es'],
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [city, st] = r.pick([['Ciudad de México', 'CDMX'], ['Guadalajara', 'Jal.'], ['Monterrey', 'N.L.'], ['Puebla', 'Pue.'], ['Mérida', 'Yuc.']] as const);
      return [`${r.pick(sp('Av. Insurgentes Sur|Calle Hidalgo|Av. Juárez|Calle 5 de Mayo|Av. Revolución|Calle Morelos'))} ${r.int(10, 2200)}${r.chance(0.4) ? `, Int. ${r.int(1, 30)}` : ''}`, `Col. ${r.pick(sp('Roma Norte|Del Valle|Centro|Americana|San Benito|Chapultepec'))}`, `${r.digits(5)} ${city}, ${st}`];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'es'),
  },
  CA: {
    code: 'CA', lang: 'en', cultures: ['us', 'fr', 'zh', 'in', 'ph'],
    phone: (r) => r.pick([`(${r.pick(sp('416|604|403|902|613|204|514'))}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `+1 ${r.pick(sp('416|604|514'))} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`]),
    addr: (r) => {
      const [city, pv, fsa] = r.pick([['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K'], ['Montréal', 'QC', 'H']] as const);
      const pc = `${fsa}${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')} ${r.int(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')}${r.int(0, 9)}`;
      const st = pv === 'QC' ? `${r.int(10, 9000)}, rue ${r.pick(sp('Saint-Denis|Sherbrooke Est|des Érables'))}` : `${r.int(10, 9000)} ${r.pick(sp('Bloor St W|Dundas St|Granville St|Jasper Ave|Barrington St'))}`;
      return r.chance(0.4) ? [`${pv === 'QC' ? 'app.' : 'Unit'} ${r.int(1, 900)}`, st, `${city} ${pv}  ${pc}`.replace('  ', ' ')] : [st, `${city}, ${pv} ${pc}`];
    },
    date: (r, ymd) => r.pick([isoDate(ymd), `${mon('en', ymd[1])} ${ymd[2]}, ${ymd[0]}`, `${p2(ymd[2])}/${p2(ymd[1])}/${ymd[0]}`]),
  },
  AU: {
    code: 'AU', lang: 'en', cultures: ['uk', 'us', 'zh', 'vi', 'gr', 'it'],
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 3 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const sub = r.pick(sp('Fitzroy VIC 3065|Newtown NSW 2042|Fremantle WA 6160|Toowong QLD 4066|Glenelg SA 5045|Sandy Bay TAS 7005|Braddon ACT 2612'));
      const st = `${r.int(1, 300)} ${r.pick(sp('Wattle|Banksia|Bridge|Oxford|Gouger|Brunswick'))} ${r.pick(sp('St|Rd|Pde|Tce|Ave'))}`;
      return r.chance(0.4) ? [`Unit ${r.int(1, 30)}, ${st}`, sub] : [st, sub];
    },
    date: (r, ymd) => dmySlash(r, ymd, 'en'),
  },
  IN: {
    code: 'IN', lang: 'en', cultures: ['in', 'in', 'ta'],
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `98${r.digits(3)} ${r.digits(5)}`, `+91-${r.int(7, 9)}${r.digits(9)}`, `080 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [loc, city, state, pin] = r.pick([['Indiranagar', 'Bengaluru', 'Karnataka', '5600'], ['Bandra West', 'Mumbai', 'Maharashtra', '4000'], ['T. Nagar', 'Chennai', 'Tamil Nadu', '6000'], ['Banjara Hills', 'Hyderabad', 'Telangana', '5000'], ['Salt Lake', 'Kolkata', 'West Bengal', '7000'], ['Saket', 'New Delhi', 'Delhi', '1100']] as const);
      return [`Flat ${r.int(1, 12)}${letters(r, 1, 'ABCD')}, ${r.pick(sp('Shanti|Sai Krupa|Green Glen|Lotus|Gokul'))} Apartments`, `${r.int(1, 99)}, ${ordinal(r.int(1, 12))} Cross, ${loc}`, `${city}, ${state} ${pin}${r.digits(2)}`];
    },
    date: (r, ymd) => r.pick([dmySlash(r, ymd, 'en'), `${p2(ymd[2])}-${p2(ymd[1])}-${ymd[0]}`]),
  },
  JP: {
    code: 'JP', lang: 'ja', cultures: ['ja'],
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `+81 3 ${r.digits(4)} ${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? (([ward, city, zip]) => [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${ward}`, `${city} ${zip}-${r.digits(4)}`])(r.pick([['Jingumae, Shibuya-ku', 'Tokyo', '150'], ['Umeda, Kita-ku', 'Osaka', '530'], ['Sakae, Naka-ku', 'Nagoya', '460'], ['Shimogamo, Sakyo-ku', 'Kyoto', '606']] as const))
        : [`〒${r.digits(3)}-${r.digits(4)}`, `${r.pick(sp('東京都渋谷区神宮前|大阪府大阪市北区梅田|愛知県名古屋市中区栄|京都府京都市左京区下鴨'))}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`],
    date: (r, ymd) => r.pick([`${ymd[0]}年${ymd[1]}月${ymd[2]}日`, `${ymd[0]}/${p2(ymd[1])}/${p2(ymd[2])}`, jaEra(ymd)]),
  },
  KR: {
    code: 'KR', lang: 'ko', cultures: ['ko'],
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? [`${r.int(1, 300)} ${r.pick(sp('Teheran-ro, Gangnam-gu|Sejong-daero, Jung-gu|Haeundae-ro, Haeundae-gu'))}`, `${r.pick(sp('Seoul|Busan'))} ${r.digits(5)}`]
        : [`${r.pick(sp('서울특별시 강남구 테헤란로|서울특별시 마포구 양화로|부산광역시 해운대구 해운대로'))} ${r.int(1, 300)}, ${r.int(101, 1504)}호`, `(${r.digits(5)})`],
    date: (r, [y, m, d]) => r.pick([`${y}.${p2(m)}.${p2(d)}`, `${y}년 ${m}월 ${d}일`, isoDate([y, m, d])]),
  },
  ZA: {
    code: 'ZA', lang: 'en', cultures: ['uk', 'ng', 'ke', 'nl'],
    phone: (r) => r.pick([`082 ${r.digits(3)} ${r.digits(4)}`, `+27 21 ${r.digits(3)} ${r.digits(4)}`, `+27 83 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 120)} ${r.pick(sp('Jacaranda Ave|Protea Rd|Main Rd|Kloof St'))}`, r.pick(sp('Rondebosch|Observatory|Sea Point|Melville')), r.pick(sp('Cape Town|Johannesburg')), r.digits(4)],
    date: (r, ymd) => r.pick([isoDate(ymd), dmySlash(r, ymd, 'en')]),
  },
  IE: {
    code: 'IE', lang: 'en', cultures: ['uk', 'pl'], iban: 'IE',
    phone: (r) => r.pick([`087 ${r.digits(3)} ${r.digits(4)}`, `+353 1 ${r.digits(3)} ${r.digits(4)}`, `+353 86 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.chance(0.4) ? `Apt ${r.int(1, 40)}, ` : ''}${r.int(1, 90)} ${r.pick(sp('Harbour View|Church Road|Main Street|Oakfield Park'))}`, r.pick(sp('Cobh|Ranelagh|Salthill|Ennis')), r.pick(sp('Co. Cork|Dublin 6|Co. Galway|Co. Clare')), `${letters(r, 1, 'ADHKPTVWXY')}${r.digits(2)} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`],
    date: (r, ymd) => dmySlash(r, ymd, 'en'),
  },
  NG: {
    code: 'NG', lang: 'en', cultures: ['ng'],
    phone: (r) => r.pick([`0803 ${r.digits(3)} ${r.digits(4)}`, `+234 803 ${r.digits(3)} ${r.digits(4)}`, `+234 (0)809 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.chance(0.5) ? `Plot ${r.int(1, 40)}, ` : `${r.int(1, 90)} `}${r.pick(sp('Adeola Odeku Street|Awolowo Road|Herbert Macaulay Way|Ahmadu Bello Way'))}`, r.pick(sp('Victoria Island, Lagos 101241|Ikoyi, Lagos 106104|Yaba, Lagos 101212|Garki, Abuja 900103'))],
    date: (r, ymd) => dmySlash(r, ymd, 'en'),
  },
  CH: {
    code: 'CH', lang: 'de', cultures: ['de', 'fr', 'it'], iban: 'CH',
    phone: (r) => r.pick([`+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(sp('Bahnhofstrasse|Seefeldstrasse|Rue du Rhône|Via Nassa'))} ${r.int(1, 90)}`, r.pick([`8${r.digits(3)} Zürich`, `1204 Genève`, `6900 Lugano`, `4051 Basel`])],
    date: (r, [y, m, d]) => `${p2(d)}.${p2(m)}.${y}`,
  },
  AT: {
    code: 'AT', lang: 'de', cultures: ['de', 'hu', 'cz'], iban: 'AT',
    phone: (r) => r.pick([`+43 1 ${r.digits(7)}`, `0664 ${r.digits(7)}`, `+43 664 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(sp('Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse'))} ${r.int(1, 200)}/${r.int(1, 30)}`, r.pick([`1${p2(r.int(1, 23))}0 Wien`, `8010 Graz`, `5020 Salzburg`])],
    date: (r, [y, m, d]) => r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`]),
  },
  SE: {
    code: 'SE', lang: 'en', cultures: ['nordic'], iban: 'SE',
    phone: (r) => r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 8 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(sp('Storgatan|Kungsgatan|Drottninggatan|Västra Hamngatan'))} ${r.int(1, 80)}`, `${r.int(100, 989)} ${r.digits(2)} ${r.pick(sp('Stockholm|Göteborg|Uppsala|Malmö'))}`],
    date: (r, ymd) => isoDate(ymd),
  },
};
const COUNTRY_KEYS = Object.keys(C);
const cc = (k: string): Country => C[k] as Country;
const anyCountry = (r: Rng): Country => cc(r.pick(COUNTRY_KEYS));
const EN_COUNTRIES = ['US', 'US', 'US', 'GB', 'CA', 'AU', 'IN', 'IE', 'ZA', 'NG'];
const IBAN_COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BR', 'GB', 'IE', 'CH', 'AT', 'SE'];

// ───────────────────────────── checksummed values ─────────────────────────────

function withLuhn(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return payload + d;
  return payload + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 3) return withLuhn('4' + r.digits(r.chance(0.1) ? 11 : 14));
  if (k <= 5) return withLuhn(mcPrefix(r));
  if (k === 6) return withLuhn(r.pick(['34', '37']) + r.digits(12));
  if (k === 7) return withLuhn(r.pick(['6011', '65' + r.digits(2)]) + r.digits(11));
  if (k === 8) return withLuhn(String(r.int(3528, 3589)) + r.digits(11));
  return r.chance(0.5) ? withLuhn('36' + r.digits(11)) : withLuhn('62' + r.digits(r.chance(0.7) ? 13 : 16));
}
function mcPrefix(r: Rng): string {
  return r.chance(0.7) ? String(r.int(51, 55)) + r.digits(13) : String(r.int(2221, 2720)) + r.digits(11);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 13) sizes = [4, 4, 5];
  else sizes = [4, 4, 4, 4, d.length - 16].filter((n) => n > 0);
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(d.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-shaped number that fails Luhn (unlabelled). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(3)} **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `ending ${r.digits(4)}`]);
}

const BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', BR: 'n23a1n1', SA: 'n20', AE: 'n19', TR: 'n22',
  GR: 'n23', LU: 'n16', IL: 'n19',
};
function bban(r: Rng, cc2: string, extra = 0): string {
  const spec = BBAN[cc2] ?? 'n16';
  let out = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    out += m[1] === 'a' ? letters(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : r.digits(n);
  }
  return out + r.digits(extra);
}
function ibanCheck(cc2: string, b: string): string {
  for (let c = 2; c <= 98; c++) {
    const iban = `${cc2}${p2(c)}${b}`;
    if (ibanMod97Valid(iban)) return iban;
  }
  return `${cc2}00${b}`;
}
function fmtIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (k <= 8) return compact;
  return compact.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
function iban(r: Rng, cc2: string): string {
  const compact = ibanCheck(cc2, bban(r, cc2));
  if (compact.length !== IBAN_LENGTHS[cc2]) throw new Error(`bad IBAN length ${compact}`);
  return fmtIban(r, compact);
}
/** Checksum-broken or wrong-length IBAN (unlabelled). */
function badIban(r: Rng, cc2: string): string {
  if (r.chance(0.3)) return fmtIban(r, ibanCheck(cc2, bban(r, cc2, 1)));
  const good = ibanCheck(cc2, bban(r, cc2));
  const c = Number(good.slice(2, 4));
  const bad = `${good.slice(0, 2)}${p2(c >= 90 ? c - r.int(1, 9) : c + r.int(1, 9))}${good.slice(4)}`;
  return fmtIban(r, bad);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}
/** SSN-looking but not a valid SSN, or masked (unlabelled). */
function badSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `000-${r.int(10, 99)}-${r.int(1000, 9999)}`, `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, `9${r.digits(2)}-7${r.int(0, 9)}-${r.int(1000, 9999)}`, `${r.int(100, 665)}-00-${r.int(1000, 9999)}`]);
}

function ipv4(r: Rng): string {
  const k = r.int(0, 4);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const hex = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2001:db8', '2a02:8108', 'fe80', '2600:1f18', '2a00:1450', 'fd12:3456']);
  const head = pre.split(':');
  const groups = [...head];
  while (groups.length < 8) groups.push(hex());
  const k = r.int(0, 3);
  if (k === 0) return groups.join(':');
  const from = head.length;
  const len = r.int(1, 8 - from - 1);
  return `${groups.slice(0, from).join(':')}::${groups.slice(from + len).join(':')}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

// ───────────────────────────── distractors (never labelled) ─────────────────────────────

const X = {
  rx: (r: Rng): string => r.pick([`Rx ${r.digits(7)}`, `RX#${r.digits(7)}-${r.digits(2)}`, `Rx No. ${r.digits(6)}`]),
  ndc: (r: Rng): string => r.pick([`${r.digits(5)}-${r.digits(4)}-${r.digits(1)}`, `${r.digits(5)}-${r.digits(3)}-${r.digits(2)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`]),
  lot: (r: Rng): string => `${letters(r, 1)}${r.digits(1)}${letters(r, 1)}${r.digits(3)}${r.chance(0.5) ? letters(r, 1) : ''}`,
  ups: (r: Rng): string => `1Z${letters(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(3)}${r.digits(10)}`,
  fedex: (r: Rng): string => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
  dhl: (r: Rng): string => `JD01${r.digits(16)}`,
  order: (r: Rng): string => r.pick([`ORD-${r.digits(8)}`, `#${r.digits(6)}`, `SO${r.digits(9)}`]),
  hash: (r: Rng): string => {
    let s = '';
    for (let i = 0; i < r.pick([7, 12, 40]); i++) s += r.int(0, 15).toString(16);
    return s;
  },
  version: (r: Rng): string => r.pick([`v${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(2, 11)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 999)}`, `build ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 9)}`]),
  ts: (r: Rng): string => `${isoDate(recent(r))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}${r.pick(['Z', '.412Z', '+01:00', '-05:00'])}`,
  time: (r: Rng): string => `${p2(r.int(6, 22))}:${p2(r.int(0, 59))}`,
  ein: (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`,
  routing: (r: Rng): string => r.pick(['021000021', '011000138', '122105278', '071000013', '026009593', '111000614']),
  npi: (r: Rng): string => `${r.int(1, 2)}${r.digits(9)}`,
  dea: (r: Rng): string => `${letters(r, 1, 'ABFM')}${letters(r, 1)}${r.digits(7)}`,
  member: (r: Rng): string => `${letters(r, 3)}${r.digits(9)}`,
  nhs: (r: Rng): string => `${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`,
  protocol: (r: Rng): string => r.pick([`${letters(r, 3)}-${r.int(100, 999)}-${r.digits(3)}`, `NCT0${r.digits(7)}`, `EU CT ${r.int(2022, 2025)}-${r.digits(6)}-${r.int(10, 99)}-00`, `${letters(r, 2)}${r.digits(4)}/${r.int(2, 4)}`]),
  subject: (r: Rng): string => `${r.int(101, 899)}-${r.digits(3)}`,
  kit: (r: Rng): string => `KIT-${r.digits(6)}`,
  logger: (r: Rng): string => `TL${r.digits(2)}-${letters(r, 2)}${r.digits(5)}`,
  icd: (r: Rng): string => r.pick(['E11.9', 'I10', 'J45.909', 'M05.79', 'C50.911', 'G35', 'K50.90', 'F32.1', 'L40.0', 'N18.3']),
  caseNo: (r: Rng): string => r.pick([`PV-${r.int(2023, 2025)}-${r.digits(6)}`, `CASE ${r.digits(8)}`, `AER#${r.digits(7)}`, `${letters(r, 2)}-${letters(r, 4)}-${r.digits(7)}`]),
  ticket: (r: Rng): string => `${letters(r, 3)}-${r.digits(5)}`,
  temp: (r: Rng): string => `${r.chance(0.8) ? '+' : ''}${r.int(1, 9)}.${r.int(0, 9)} °C`,
  gtin: (r: Rng): string => `(01)0${r.digits(13)}(17)${r.digits(6)}(10)${letters(r, 2)}${r.digits(4)}`,
  maskedPhone: (r: Rng): string => r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 **** ***${r.digits(3)}`, `07*** ***${r.digits(3)}`]),
};
const DRUGS = sp('atorvastatin 20 mg|metformin 500 mg|levothyroxine 75 mcg|adalimumab 40 mg/0.4 mL pen|insulin glargine 100 U/mL|apixaban 5 mg|sertraline 50 mg|omeprazole 20 mg|amlodipine 10 mg|semaglutide 1 mg pen|etanercept 50 mg|methotrexate 2.5 mg|salbutamol 100 mcg inhaler|tacrolimus 1 mg|lisinopril 10 mg|montelukast 10 mg|enoxaparin 40 mg|dupilumab 300 mg|warfarin 5 mg|hydroxychloroquine 200 mg');
const drug = (r: Rng): string => r.pick(DRUGS);
const IMP = sp('BX-2291|MRT-417|zelatrimab|ONV-08|cabrolizumab|TRX-5520|lumeparib|KLP-113');
/** Brands, software, places, diseases and laws carrying people's names (never labelled). */
const EPONYMS = sp("Parkinson's disease|Crohn's disease|Hashimoto's thyroiditis|Stevens-Johnson syndrome|Guillain-Barré syndrome|Bell's palsy|Raynaud's phenomenon|Cushing's syndrome|Addison's disease|Sjögren's syndrome|Hodgkin lymphoma|Alzheimer's disease|Graves' disease|Tourette syndrome|Kaposi sarcoma|Lou Gehrig's disease");
const BRANDS = sp("Johnson & Johnson|Eli Lilly|Bristol Myers Squibb|Boehringer Ingelheim|Dr. Reddy's|Walgreens|Boots|Lloyds Pharmacy|Abbott|Merck|Medidata Rave|Veeva Vault|Oracle Argus|Epic|Cerner|Florence eBinders|Mayo Clinic|Johns Hopkins Hospital|St. Jude|Karolinska Institutet|Charité|Mount Sinai|Marie Curie Hospice|Sanofi Pasteur|Wellcome Trust|Shoppers Drug Mart|Max Healthcare");
const LAWS = sp('Hatch-Waxman Act|Kefauver-Harris Amendment|Sunshine Act|Jacobs Law|Prix Galien|Lasker Award|Nobel Prize|Good Samaritan law|Martyn\'s Law');

// ───────────────────────────── template helpers ─────────────────────────────

type Tpl = (d: Doc, r: Rng) => void;
function addr(d: Doc, r: Rng, c: Country, multi: boolean): Doc {
  const lines = c.addr(r);
  return d.l('ADDRESS', multi ? lines.join('\n') : lines.join(c.code === 'JP' && lines[0]?.startsWith('〒') ? ' ' : ', '));
}
const dob = (d: Doc, r: Rng, c: Country): Doc => d.l('DOB', c.date(r, birth(r)));
const nm = (d: Doc, r: Rng, p: Person): Doc => d.l('PERSON', nameForm(r, p));
const HON: Readonly<Record<string, readonly string[]>> = {
  en: sp('Mr. |Mrs. |Ms. |Dr. |Mx. |'),
  de: sp('Frau |Herr |Dr. |Frau Dr. |'),
  fr: sp('M. |Mme |Dr |'),
  es: sp('Sr. |Sra. |Dra. |D. |'),
  pt: sp('Sr. |Sra. |Dr. |Dra. |'),
  it: sp('Sig. |Sig.ra |Dott. |Dott.ssa |'),
  nl: sp('mevrouw |meneer |dhr. |mw. |'),
  pl: sp('Pan |Pani |dr |'),
};
function hon(r: Rng, c: Country): string {
  return r.pick(HON[c.lang] ?? HON.en ?? ['']);
}
const doctor = (d: Doc, r: Rng, c: Country): Doc => {
  const p = person(r, c.cultures);
  return d.t(r.pick(['Dr. ', 'Dr ', 'Prof. '])).l('PERSON', r.chance(0.5) ? p.family : full(p));
};
const ASSIST = sp('Assistant|PharmaBot|Rx Assistant|MediHelp AI|Assistant (Ava)|Nova');
const USER = sp('User|Patient|Me|Customer');
function chatOpen(d: Doc, r: Rng): [string, string] {
  const a = r.pick(ASSIST);
  const u = r.pick(USER);
  if (r.chance(0.3)) d.t(`[session ${X.hash(r)} · ${X.ts(r)}]\n`);
  return [u, a];
}

// ───────────────────────────── templates: assistant chats ─────────────────────────────

const T: Tpl[] = [];
// 1 US refill chat, self name, card payment
T.push((d, r) => {
  const c = cc(r.pick(['US', 'US', 'CA']));
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: hi, need a refill on my ${drug(r)}. `);
  if (r.chance(0.8)) d.t('name is ').self(full(me)).t(', ');
  d.t('DOB ');
  dob(d, r, c).t(`\n${a}: Thanks! I found ${X.rx(r)} with 1 refill left. Should I bill the card on file (${maskedCard(r)}) or a new one?\n`);
  d.t(`${u}: new one pls, the old one expired. `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n`);
  d.t(`${a}: Done — ready for pickup after ${X.time(r)}. We'll text `).l('PHONE', c.phone(r)).t(' when it is bagged.\n');
});
// 2 UK NHS repeat prescription chat
T.push((d, r) => {
  const c = cc('GB');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Can you order my repeat prescription? I'm `).self(full(me)).t(`, NHS no. ${X.nhs(r)}, born `);
  dob(d, r, c).t('.\n');
  d.t(`${a}: I can see ${drug(r)} and ${drug(r)} on your repeat list at ${r.pick(['Boots', 'Lloyds Pharmacy', 'Well Pharmacy'])}. Is your address still `);
  addr(d, r, c, false).t('?\n');
  d.t(`${u}: yes. my GP is `);
  doctor(d, r, c).t(` at ${r.pick(sp('Parkside Surgery|Elm Tree Medical Centre|Ashworth Practice'))}, email me at `).l('EMAIL', email(r, me)).t(' when it is ready\n');
});
// 3 German Apotheke chat with IBAN for Lastschrift
T.push((d, r) => {
  const c = cc(r.pick(['DE', 'AT', 'CH']));
  const me = person(r, ['de']);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Guten Tag, ich möchte mein Rezept für ${drug(r)} einlösen (E-Rezept-Token ${X.hash(r)}). Mein Name ist `).self(full(me)).t(', geboren am ');
  dob(d, r, c).t('.\n');
  d.t(`${a}: Gern. Lieferung an welche Adresse?\n${u}: `);
  addr(d, r, c, false).t(`. Zuzahlung bitte per Lastschrift von `).l('IBAN', iban(r, c.iban ?? 'DE')).t('.\n');
  d.t(`${a}: Danke. Rückfragen unter `).l('PHONE', c.phone(r)).t(` — Ihre Bestellung ${X.order(r)} ist angelegt.\n`);
});
// 4 French pharmacy chat
T.push((d, r) => {
  const c = cc('FR');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Bonjour, je suis `).self(full(me)).t(`. Ma carte Vitale (${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}) ne passe pas pour le renouvellement de ${drug(r)}.\n`);
  d.t(`${a}: Pouvez-vous confirmer votre date de naissance ?\n${u}: `);
  dob(d, r, c).t(`, et mon médecin traitant est le `);
  doctor(d, r, c).t('.\n');
  d.t(`${a}: Merci. Livraison à domicile possible : `);
  addr(d, r, c, false).t(` ? Un SMS sera envoyé au `).l('PHONE', c.phone(r)).t('.\n');
});
// 5 Spanish / Mexican chat
T.push((d, r) => {
  const c = cc(r.pick(['ES', 'MX']));
  const me = person(r, c.cultures);
  const mom = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Hola, soy `).self(full(me)).t(` y recojo la medicación de mi madre, `).t(hon(r, c)).l('PERSON', full(mom)).t(`. Nació el `);
  dob(d, r, c).t(`.\n${a}: Perfecto. Tengo ${drug(r)} pendiente de dispensar. ¿Teléfono de contacto?\n${u}: `).l('PHONE', c.phone(r)).t(`, o escribidme a `).l('EMAIL', email(r, me)).t('\n');
});
// 6 Japanese pharmacy chat (native script)
T.push((d, r) => {
  const c = cc('JP');
  const nmj = nativeName(r, 'ja', r.chance(0.5));
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: お薬手帳アプリで処方箋を送りました。`).l('PERSON', nmj).t('です。生年月日は');
  dob(d, r, c).t(`です。\n${a}: ありがとうございます。${drug(r)} は明日 ${X.time(r)} 以降にお受け取りいただけます。ご連絡先は `).l('PHONE', c.phone(r)).t(' でよろしいですか？\n');
  d.t(`${u}: はい。配送なら `);
  addr(d, r, c, false).t(' までお願いします。\n');
});
// 7 transfer between pharmacies (prescriber + patient + fax)
T.push((d, r) => {
  const c = cc(r.pick(EN_COUNTRIES));
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: I moved house and want to transfer my scripts from ${r.pick(['Walgreens', 'Rite Aid', 'Boots', 'Shoppers Drug Mart'])} on ${r.pick(['Lincoln Ave', 'Queen St', 'Market Square'])} to you.\n`);
  d.t(`${a}: Sure. Patient name and date of birth?\n${u}: `).self(full(me)).t(', ');
  dob(d, r, c).t(`. New address: `);
  addr(d, r, c, false).t(`\n${a}: And the prescriber?\n${u}: `);
  doctor(d, r, c).t(', office phone ').l('PHONE', c.phone(r)).t(', fax ').l('PHONE', c.phone(r)).t(`. The old pharmacy's Rx number is ${X.rx(r)}.\n`);
});
// 8 payment failure: invalid then valid card
T.push((d, r) => {
  const c = cc(r.pick(['US', 'GB', 'AU', 'CA', 'IE']));
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: checkout keeps failing for order ${X.order(r)}. card ${badCard(r)}\n`);
  d.t(`${a}: That number doesn't pass validation — it may have a typo. Could you re-enter it?\n${u}: sorry, `).l('CARD', card(r)).t(`, billing zip/postcode same as delivery: `);
  addr(d, r, c, false).t(`\n${a}: Payment accepted. Receipt sent to `).l('EMAIL', email(r, person(r, c.cultures))).t('.\n');
});
// 9 caregiver for a parent
T.push((d, r) => {
  const c = anyCountry(r);
  const me = person(r, c.cultures);
  const dad = { ...person(r, c.cultures), family: me.family };
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: I'm `).self(full(me)).t(`, carer for my father `).l('PERSON', full(dad)).t(` (DOB `);
  dob(d, r, c).t(`). He has ${r.pick(EPONYMS)} and his ${drug(r)} blister packs ran out.\n`);
  d.t(`${a}: I can arrange a delivery. Where should it go?\n${u}: his place — `);
  addr(d, r, c, r.chance(0.3)).t(`\nhe doesn't hear the phone well, call me on `).l('PHONE', c.phone(r)).t(' instead.\n');
});
// 10 pasted dispensing label into chat
T.push((d, r) => {
  const c = cc(r.pick(['US', 'US', 'CA', 'AU', 'GB']));
  const pt = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: what does "take with food" mean on this label? pasting it:\n"""\n`);
  d.t(`${r.pick(['RIVERBEND PHARMACY', 'CORNER CHEMIST', 'HARBOR RX'])}  `).l('PHONE', c.phone(r)).t('\n');
  d.l('PERSON', r.chance(0.5) ? full(pt).toUpperCase() : full(pt)).t(`    ${X.rx(r)}\n${drug(r).toUpperCase()}  QTY ${r.int(14, 90)}\nTAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD\n`);
  d.t('DR. ').l('PERSON', person(r, c.cultures).family.toUpperCase()).t(`   FILLED ${c.date(r, recent(r))}   REFILLS ${r.int(0, 5)}\n"""\n`);
  d.t(`${a}: It means take each dose with a meal or snack to reduce stomach upset.\n`);
});
// 11 voice-assistant transcription with spoken email and phone
T.push((d, r) => {
  const c = cc(r.pick(['US', 'GB', 'AU', 'IE', 'CA']));
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`[voice input, transcribed]\n${u}: my name is `).self(full(me)).t(' and my email is ').l('EMAIL', spokenEmail(email(r, me))).t(' and the phone is ').l('PHONE', spokenPhone(r, c.phone(r))).t(`\n${a}: Thanks. I've updated your contact details for refill reminders.\n`);
});
// 12 insurance chat with SSN and masked SSN
T.push((d, r) => {
  const c = cc('US');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: my new plan rejected the claim for ${drug(r)}. member ID ${X.member(r)}, group ${r.digits(6)}\n`);
  d.t(`${a}: I see a rejection code 75 (prior authorization required). The plan also lists SSN ${badSsn(r)} — is that yours?\n`);
  d.t(`${u}: no that's wrong, mine is `).l('NATIONAL_ID', ssn(r)).t('. I am ').self(full(me)).t(', born ');
  dob(d, r, c).t(`\n${a}: Thank you, I've flagged it for the billing team (ticket ${X.ticket(r)}).\n`);
});
// 13 travel with medication letter request
T.push((d, r) => {
  const c = anyCountry(r);
  const dest = anyCountry(r);
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: I'm flying to ${r.pick(sp('Lisbon|Osaka|Denver|Cape Town|Vienna|Seoul'))} and need a letter for my ${drug(r)} pens. Passport ${letters(r, 2)}${r.digits(7)}.\n`);
  d.t(`${a}: I can draft one. Full name and date of birth as in the passport?\n${u}: `).l('PERSON', full(me).toUpperCase()).t(', ');
  dob(d, r, c).t(`. I'll stay at `);
  addr(d, r, dest, false).t(`, and the clinic there is `).l('PHONE', dest.phone(r)).t('.\n');
});
// 14 Korean pharmacy chat
T.push((d, r) => {
  const c = cc('KR');
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: 안녕하세요, `).l('PERSON', nativeName(r, 'ko', false)).t(` 씨 대신 약을 받으러 가도 되나요? 저는 보호자 `).l('PERSON', nativeName(r, 'ko', false)).t('입니다.\n');
  d.t(`${a}: 네, 환자분 생년월일을 알려주세요.\n${u}: `);
  dob(d, r, c).t(`, 연락처는 `).l('PHONE', c.phone(r)).t('입니다.\n');
});
// 15 Brazilian farmácia chat with reimbursement
T.push((d, r) => {
  const c = cc('BR');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Oi! Sou `).self(full(me)).t(`, data de nascimento `);
  dob(d, r, c).t(`. Paguei o ${drug(r)} duas vezes no pedido ${X.order(r)}.\n`);
  d.t(`${a}: Sinto muito! Para o estorno preciso de uma conta. Pode ser IBAN ou cartão.\n${u}: `).l('IBAN', iban(r, 'BR')).t(`, e meu e-mail é `).l('EMAIL', email(r, me)).t('\n');
});
// 16 Italian ricetta elettronica
T.push((d, r) => {
  const c = cc('IT');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Buongiorno, ho la ricetta dematerializzata NRE ${r.digits(5)}${letters(r, 1)}${r.digits(9)} per ${drug(r)}. Sono `).self(full(me)).t(', codice fiscale ');
  d.t(`${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}, nato il `);
  dob(d, r, c).t(`.\n${a}: Grazie. Preferisce il ritiro o la consegna a `);
  addr(d, r, c, false).t('?\n');
});
// 17 Dutch apotheek herhaalrecept
T.push((d, r) => {
  const c = cc('NL');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Goedemiddag, herhaalrecept ${drug(r)} voor `).self(full(me)).t(', geboortedatum ');
  dob(d, r, c).t(`. BSN heb ik niet bij de hand.\n${a}: Prima. De eigen bijdrage kan via machtiging van `).l('IBAN', iban(r, 'NL')).t('. Klopt dat nog?\n');
  d.t(`${u}: Ja. Bel gerust op `).l('PHONE', c.phone(r)).t('.\n');
});
// 18 Polish apteka
T.push((d, r) => {
  const c = cc('PL');
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: Dzień dobry, mam e-receptę (kod ${r.digits(4)}) na ${drug(r)}. `).self(full(me)).t(`, PESEL ${r.digits(11)}.\n`);
  d.t(`${a}: Dziękuję. Wysyłka na adres `);
  addr(d, r, c, false).t('? Potwierdzenie wyślemy na ').l('EMAIL', email(r, me)).t('.\n');
});
// 19 Indian pharmacy order (WhatsApp export)
T.push((d, r) => {
  const c = cc('IN');
  const me = person(r, c.cultures);
  const [y, m, dd] = recent(r);
  const stamp = `${p2(dd)}/${p2(m)}/${String(y).slice(2)}, ${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['am', 'pm'])}`;
  d.t(`${stamp} - `).l('PERSON', full(me)).t(`: Please deliver ${drug(r)} x ${r.int(1, 3)} strips\n`);
  d.t(`${stamp} - `).l('PERSON', full(me)).t(': Address ');
  addr(d, r, c, false).t(`\n${stamp} - ${r.pick(['MedPlus Indiranagar', 'Apollo Pharmacy', 'Sai Medicals'])}: Ok sir, UPI ref ${r.digits(12)}. Delivery boy will call `).l('PHONE', c.phone(r)).t('\n');
});

// ───────────────────────────── labels, logs, exports ─────────────────────────────

// 20 US dispensing label
T.push((d, r) => {
  const c = cc('US');
  const pt = person(r, c.cultures);
  d.t(`${r.pick(['CEDAR VALLEY PHARMACY #0412', 'HARBOR RX', 'MAPLE & MAIN APOTHECARY'])}\n`);
  addr(d, r, c, false).t('   Tel ').l('PHONE', c.phone(r)).t('\n');
  d.t(`${X.rx(r)}   Date: ${c.date(r, recent(r))}\n`).l('PERSON', `${pt.family.toUpperCase()}, ${pt.given.toUpperCase()}`).t('\n');
  d.t(`${drug(r).toUpperCase()}  #${r.int(14, 90)}\nNDC ${X.ndc(r)}  LOT ${X.lot(r)}  EXP ${p2(r.int(1, 12))}/${r.int(2026, 2028)}\nSIG: 1 TAB PO QD\nPrescriber: `);
  d.l('PERSON', nameForm(r, person(r, c.cultures))).t(`, MD  DEA ${X.dea(r)}\nRPh: `).l('PERSON', person(r, c.cultures).given).t(`   Refills: ${r.int(0, 5)}   Discard after ${c.date(r, recent(r))}\n`);
});
// 21 UK dispensing label + bag label
T.push((d, r) => {
  const c = cc('GB');
  const pt = person(r, c.cultures);
  d.t(`${drug(r)}\nTake ONE tablet each morning.\nWarning: Do not take indigestion remedies 2 hours before or after.\n`);
  d.t(r.pick(['Mr ', 'Mrs ', 'Ms ', 'Miss ', ''])).l('PERSON', `${pt.given.charAt(0)} ${pt.family}`).t(`      ${c.date(r, recent(r))}\n`);
  d.t(`${r.pick(['Ashgrove Pharmacy', 'Kingsway Chemist', 'Boots UK'])}, `);
  addr(d, r, c, false).t(' ').l('PHONE', c.phone(r)).t('\nKeep out of the reach and sight of children\n');
});
// 22 pharmacy system JSON log lines
T.push((d, r) => {
  const c = anyCountry(r);
  const tech = person(r, c.cultures);
  const pt = person(r, c.cultures);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t(`{"ts":"${X.ts(r)}","svc":"dispense-api","ver":"${X.version(r)}","src_ip":"`).l('IP', ip(r)).t('","user":"').l('EMAIL', workEmail(r, tech)).t(`","event":"${r.pick(['LABEL_PRINTED', 'RX_VERIFIED', 'CLAIM_SUBMITTED', 'REFILL_QUEUED'])}","rx":"${X.rx(r)}"`);
    if (i === 0) {
      d.t(',"patient":"').l('PERSON', nameForm(r, pt)).t('","dob":"').l('DOB', isoDate(birth(r))).t('"');
    }
    d.t(`,"trace":"${X.hash(r)}"}\n`);
  }
});
// 23 syslog from e-prescribing gateway
T.push((d, r) => {
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    d.t(`${mon('en', r.int(1, 12)).slice(0, 3)} ${r.int(1, 28)} ${X.time(r)}:${p2(r.int(0, 59))} erx-gw${r.int(1, 4)} surescripts-relay[${r.int(1000, 39999)}]: `);
    const k = r.int(0, 3);
    if (k === 0) d.t('accepted NEWRX from ').l('IP', ipv4(r)).t(`:${r.int(1024, 65535)} prescriber NPI ${X.npi(r)} msg=${X.hash(r)}\n`);
    else if (k === 1) d.t('TLS handshake ok peer=[').l('IP', ipv6(r)).t(`]:443 cipher=TLS_AES_256_GCM_SHA384 agent=relay/${X.version(r)}\n`);
    else if (k === 2) d.t(`RXCHG denied ncpdp=${r.digits(7)} reason="PA required" client=`).l('IP', ipv4(r)).t('\n');
    else d.t(`heartbeat ok latency=${r.int(3, 90)}ms queue=${r.int(0, 40)} build=${X.version(r)}\n`);
  }
});
// 24 CSV refill queue export
T.push((d, r) => {
  const c = cc(r.pick(['US', 'CA', 'AU', 'GB']));
  d.t('rx_no,patient_name,dob,phone,drug,due,status\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, c.cultures);
    d.t(`${r.digits(7)},"`).l('PERSON', r.chance(0.5) ? `${p.family}, ${p.given}` : full(p)).t('",').l('DOB', c.date(r, birth(r)).replace(/,/g, '')).t(',');
    if (r.chance(0.2)) d.t(X.maskedPhone(r));
    else d.l('PHONE', c.phone(r));
    d.t(`,${drug(r)},${isoDate(recent(r))},${r.pick(['READY', 'ON HOLD', 'NEEDS PA', 'OOS'])}\n`);
  }
});
// 25 POS receipt
T.push((d, r) => {
  const c = cc(r.pick(['US', 'GB', 'AU', 'CA', 'IE']));
  d.t(`${r.pick(['Walgreens', 'Boots', 'Chemist Warehouse', 'Shoppers Drug Mart', 'Harbor Rx'])} #${r.digits(4)}\n`);
  addr(d, r, c, true).t('\n').l('PHONE', c.phone(r)).t(`\n${c.date(r, recent(r))} ${X.time(r)}  REG ${r.int(1, 9)}  TRN ${r.digits(5)}\nCashier: `).l('PERSON', person(r, c.cultures).given).t('\n');
  d.t(`RX COPAY ${X.rx(r)}        ${r.int(0, 60)}.${r.digits(2)}\nVITAMIN D3 1000IU        ${r.int(4, 19)}.99\n${r.pick(['VISA', 'MASTERCARD', 'AMEX'])} ${maskedCard(r)}  AUTH ${r.digits(6)}\nRewards #${r.digits(12)}\nThank you for choosing us!\n`);
});
// 26 controlled-substance PDMP query log
T.push((d, r) => {
  const c = cc('US');
  const pt = person(r, c.cultures);
  d.t(`PDMP QUERY ${X.ts(r)} requester=`).l('EMAIL', workEmail(r, person(r, c.cultures))).t(' from ').l('IP', ip(r)).t('\n');
  d.t('  subject: ').l('PERSON', `${pt.family.toUpperCase()}, ${pt.given.toUpperCase()}`).t('  DOB ').l('DOB', `${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1940, 2004)}`).t('\n  address on file: ');
  addr(d, r, c, false).t(`\n  results: ${r.int(0, 6)} fills / ${r.int(1, 3)} prescribers / MME ${r.int(0, 90)}   DEA ${X.dea(r)}\n`);
});
// 27 pharmacy audit trail with user handles (not labelled) and IPs
T.push((d, r) => {
  const n = r.int(3, 5);
  const c = anyCountry(r);
  for (let i = 0; i < n; i++) {
    const p = person(r, c.cultures);
    d.t(`${X.ts(r)} | @${ascii(p.given)}${r.int(1, 99)} | `).l('IP', ip(r)).t(' | ');
    if (r.chance(0.5)) d.t('override allergy alert for patient ').l('PERSON', nameForm(r, person(r, c.cultures))).t('\n');
    else d.t(`printed label ${X.rx(r)} station ${letters(r, 1)}${r.int(1, 9)} client ${X.version(r)}\n`);
  }
});
// 28 pharmacy stock transfer e-mail between branches
T.push((d, r) => {
  const c = anyCountry(r);
  const a = person(r, c.cultures);
  const b = person(r, c.cultures);
  d.t('From: ').l('EMAIL', workEmail(r, a)).t('\nTo: ').l('EMAIL', roleEmail(r)).t(`\nSubject: urgent — ${drug(r)} for patient pickup\n\nHi `).l('PERSON', b.given).t(`,\ncould you send 2 packs of ${drug(r)} (lot ${X.lot(r)}) over? Patient `);
  nm(d, r, person(r, c.cultures)).t(` is coming in at ${X.time(r)}. Call me on `).l('PHONE', c.phone(r)).t(' if the courier is late.\n\nThanks,\n').l('PERSON', full(a)).t('\n');
});

// ───────────────────────────── insurance and prior authorisation ─────────────────────────────

// 29 US prior authorization form
T.push((d, r) => {
  const c = cc('US');
  const pt = person(r, c.cultures);
  d.t(`PRIOR AUTHORIZATION REQUEST — ${r.pick(['SPECIALTY', 'FORMULARY EXCEPTION', 'STEP THERAPY OVERRIDE'])}\nPlan: ${r.pick(['BlueRidge Health', 'Summit Care PPO', 'Lincoln Mutual Rx'])}   Member ID: ${X.member(r)}\n\nPATIENT\nName: `);
  d.l('PERSON', r.chance(0.5) ? `${pt.family}, ${pt.given}` : full(pt)).t('\nDOB: ').l('DOB', c.date(r, birth(r))).t('\nSSN: ');
  if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
  else d.t(badSsn(r));
  d.t('\nAddress: ');
  addr(d, r, c, false).t('\nPhone: ').l('PHONE', c.phone(r)).t('\n\nPRESCRIBER\nName: ');
  doctor(d, r, c).t(`   NPI: ${X.npi(r)}   DEA: ${X.dea(r)}\nPhone: `).l('PHONE', c.phone(r)).t('   Fax: ').l('PHONE', c.phone(r)).t(`\n\nMEDICATION: ${drug(r)}\nDiagnosis: ${X.icd(r)}\nPrevious therapies tried: ${drug(r)} (${c.date(r, recent(r))} – ${c.date(r, recent(r))})\n`);
});
// 30 EU insurance reimbursement claim
T.push((d, r) => {
  const c = cc(r.pick(IBAN_COUNTRIES));
  const pt = person(r, c.cultures);
  d.t(`CLAIM FOR REIMBURSEMENT OF MEDICINES — policy ${letters(r, 2)}${r.digits(8)}\n\nInsured person: `).l('PERSON', full(pt)).t('\nDate of birth: ');
  dob(d, r, c).t('\nPostal address:\n');
  addr(d, r, c, true).t('\nE-mail: ').l('EMAIL', email(r, pt)).t('\nBank account (IBAN): ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\n\nInvoices attached: ${r.int(1, 4)} (total € ${r.int(20, 900)},${r.digits(2)}), pharmacy receipt dated ${c.date(r, recent(r))}\nSigned: `).l('PERSON', full(pt)).t('\n');
});
// 31 appeal letter e-mail
T.push((d, r) => {
  const c = cc(r.pick(['US', 'US', 'CA']));
  const me = person(r, c.cultures);
  d.t('To: ').l('EMAIL', roleEmail(r)).t(`\nSubject: Appeal of denial ${X.caseNo(r)}\n\nTo whom it may concern,\n\nI am writing to appeal the denial of coverage for ${drug(r)}. My name is `).self(full(me)).t(' (date of birth ');
  dob(d, r, c).t(`). My rheumatologist, `);
  doctor(d, r, c).t(`, documented that ${drug(r)} failed after 12 weeks. I was diagnosed with ${r.pick(EPONYMS)} on ${c.date(r, recent(r))}.\n\nPlease reply to me at `).l('EMAIL', email(r, me)).t(' or ').l('PHONE', c.phone(r)).t('.\n\nSincerely,\n').l('PERSON', full(me)).t('\n');
});
// 32 patient assistance program application
T.push((d, r) => {
  const c = cc('US');
  const pt = person(r, c.cultures);
  d.t(`${r.pick(['Lilly Cares', 'Merck Helps', 'Abbvie myAbbVie Assist', 'BMS Patient Assistance'])} — Application\nSection 1. Applicant\n  Name: `).l('PERSON', full(pt)).t('\n  Date of Birth: ').l('DOB', c.date(r, birth(r))).t('\n  Social Security Number: ').l('NATIONAL_ID', ssn(r)).t('\n  Home address: ');
  addr(d, r, c, false).t('\n  Email: ').l('EMAIL', email(r, pt)).t(`\n  Household size: ${r.int(1, 6)}  Annual income: $${r.int(12, 80)},${r.digits(3)}\nSection 2. Employer (if any): EIN ${X.ein(r)}\nSection 3. Signature date: ${c.date(r, recent(r))}\n`);
});
// 33 Canadian / Australian drug coverage form
T.push((d, r) => {
  const c = cc(r.pick(['CA', 'AU']));
  const pt = person(r, c.cultures);
  const card2 = c.code === 'CA' ? `Health card: ${r.digits(4)}-${r.digits(3)}-${r.digits(3)}-${letters(r, 2)}` : `Medicare no: ${r.digits(4)} ${r.digits(5)} ${r.int(1, 9)}`;
  d.t(`${c.code === 'CA' ? 'Trillium Drug Program — Application' : 'PBS Authority Application'}\n${card2}\nApplicant surname: `).l('PERSON', pt.family).t('\nGiven name(s): ').l('PERSON', pt.given).t('\nDate of birth: ');
  dob(d, r, c).t('\nResidential address:\n');
  addr(d, r, c, true).t('\nDaytime phone: ').l('PHONE', c.phone(r)).t(`\nMedicine requested: ${drug(r)}  (${X.icd(r)})\n`);
});
// 34 copay card activation by phone (call note)
T.push((d, r) => {
  const c = cc('US');
  const pt = person(r, c.cultures);
  d.t(`Copay program note ${X.ts(r)}\nCaller `).l('PERSON', nameForm(r, pt)).t(' activated savings card BIN 610020 PCN ').t(`${letters(r, 4)} ID ${r.digits(11)}. Callback `).l('PHONE', c.phone(r)).t(` ext. ${r.int(100, 999)}. Mailing address verified: `);
  addr(d, r, c, false).t(`. DOB confirmed (${c.date(r, birth(r)).replace(/\d/g, '#')}).\n`);
});

// ───────────────────────────── clinical trials ─────────────────────────────

// 35 screening log table
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`SCREENING LOG — Protocol ${X.protocol(r)} — Site ${r.int(100, 999)}\nScreen#  | Name                 | DOB          | Screened    | Outcome\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    d.t(`S${r.digits(4)}    | `).l('PERSON', nameForm(r, person(r, c.cultures))).t(' | ').l('DOB', crfDate(r, birth(r))).t(` | ${crfDate(r, recent(r))} | ${r.pick(['ENROLLED', 'SF – I/E 4 (eGFR)', 'SF – withdrew consent', 'PENDING labs', 'SF – HbA1c > 10%'])}\n`);
  }
});
// 36 CRF demographics page
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`CRF v${r.int(2, 6)}.${r.int(0, 3)} — DM (Demographics)   Study ${X.protocol(r)}   Subject ${X.subject(r)}\nVisit: Screening (V1)  Date of visit: ${crfDate(r, recent(r))}\n`);
  d.t('Date of birth: ').l('DOB', crfDate(r, birth(r))).t(`\nSex: ${r.pick(['F', 'M'])}   Ethnicity: ${r.pick(['Not Hispanic or Latino', 'Hispanic or Latino', 'Not reported'])}\nAge at consent: ${r.int(18, 85)}\n`);
  d.t('Investigator signature: ').l('PERSON', nameForm(r, person(r, c.cultures))).t(`   e-signed ${X.ts(r)} (Medidata Rave, 21 CFR Part 11)\n`);
});
// 37 site monitoring visit report
T.push((d, r) => {
  const c = anyCountry(r);
  const cra = person(r, c.cultures);
  const pi = person(r, c.cultures);
  d.t(`MONITORING VISIT REPORT (IMV ${r.int(2, 14)})\nProtocol: ${X.protocol(r)}   Site: `);
  addr(d, r, c, false).t('\nCRA: ').l('PERSON', full(cra)).t(' (').l('EMAIL', workEmail(r, cra)).t(')\nPI: ');
  doctor(d, r, c).t('\nAttendees: ').l('PERSON', full(pi)).t(' (study coordinator)\n\nFindings:\n');
  d.t(`1. Subject ${X.subject(r)}: date of birth on source `).l('DOB', crfDate(r, birth(r))).t(` differs from EDC; query ${X.ticket(r)} raised.\n`);
  d.t(`2. IMP accountability: kit ${X.kit(r)} returned unused; temperature log OK (${X.temp(r)} – ${X.temp(r)}).\n3. ICF version ${r.int(3, 7)}.0 signed by all subjects enrolled after ${crfDate(r, recent(r))}.\nNext visit planned ${crfDate(r, recent(r))}.\n`);
});
// 38 trial pre-screening chat with assistant
T.push((d, r) => {
  const c = anyCountry(r);
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: I saw the ${r.pick(['psoriasis', 'type 2 diabetes', 'asthma', "Crohn's disease", 'migraine'])} study ${X.protocol(r)} on the registry. Am I eligible?\n`);
  d.t(`${a}: I can check the main criteria. What's your date of birth and where do you live?\n${u}: `);
  dob(d, r, c).t(', I live at ');
  addr(d, r, c, false).t('. I am ').self(full(me)).t(', you can reach me at ').l('EMAIL', email(r, me)).t(' or ').l('PHONE', c.phone(r)).t(`\n${a}: Thanks! The nearest site is the ${r.pick(BRANDS)} research unit. A coordinator will contact you.\n`);
});
// 39 participant stipend payment
T.push((d, r) => {
  const c = cc(r.pick(IBAN_COUNTRIES));
  const pt = person(r, c.cultures);
  d.t(`Participant payment request — Study ${X.protocol(r)}\nParticipant ID: ${X.subject(r)}\nPayee: `).l('PERSON', full(pt)).t('\nAddress: ');
  addr(d, r, c, r.chance(0.5)).t('\nIBAN: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nBIC: ${letters(r, 4)}${c.iban ?? 'DE'}${letters(r, 2)}XXX\nVisits: V2, V3, V4 (travel €${r.int(20, 150)})\nApproved by: `).l('PERSON', nameForm(r, person(r, c.cultures))).t(`  ${crfDate(r, recent(r))}\n`);
  if (r.chance(0.5)) d.t(`Note: previous transfer to ${badIban(r, c.iban ?? 'DE')} bounced (invalid account).\n`);
});
// 40 EDC audit trail export
T.push((d, r) => {
  const c = anyCountry(r);
  d.t('audit_id;timestamp;user;ip;form;field;old;new;reason\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    d.t(`${r.digits(8)};${X.ts(r)};`).l('EMAIL', workEmail(r, person(r, c.cultures))).t(';').l('IP', ip(r)).t(';');
    if (r.chance(0.4)) {
      d.t('DM;BRTHDTC;').l('DOB', isoDate(birth(r))).t(';').l('DOB', isoDate(birth(r))).t(';transcription error\n');
    } else d.t(`VS;SYSBP;${r.int(100, 170)};${r.int(100, 170)};source verified\n`);
  }
});
// 41 IRB / ethics correspondence
T.push((d, r) => {
  const c = anyCountry(r);
  const a = person(r, c.cultures);
  const b = person(r, c.cultures);
  d.t('From: ').l('EMAIL', workEmail(r, a)).t('\nTo: ').l('EMAIL', workEmail(r, b)).t('\nCc: ').l('EMAIL', roleEmail(r)).t(`\nSubject: ${X.protocol(r)} — amendment ${r.int(2, 9)} approval\n\nDear `).l('PERSON', r.chance(0.5) ? b.given : full(b)).t(`,\n\nthe committee approved amendment ${r.int(2, 9)} on ${c.date(r, recent(r))}. Please file the letter in Florence eBinders and update the ${r.pick(['Hatch-Waxman Act', 'ICH E6(R3)', 'Declaration of Helsinki'])} checklist.\n\nBest regards,\n`).l('PERSON', full(a)).t('\nEthics Office | ').l('PHONE', c.phone(r)).t('\n');
});
// 42 IWRS randomisation notification
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`*** IWRS NOTIFICATION — DO NOT REPLY (noreply) ***\nStudy: ${X.protocol(r)}\nSite: ${r.int(100, 999)} — `);
  doctor(d, r, c).t(`\nSubject ${X.subject(r)} randomised ${X.ts(r)}\nKit(s) assigned: ${X.kit(r)}, ${X.kit(r)}\nYear of birth: ${r.int(1940, 2005)}   Stratum: ${r.pick(['A', 'B'])}\nFor support call `).l('PHONE', c.phone(r)).t(' or write to ').l('EMAIL', roleEmail(r)).t('\n');
});
// 43 data query resolution
T.push((d, r) => {
  const c = anyCountry(r);
  const ymd = birth(r);
  d.t(`Query ${X.ticket(r)} [DM.BRTHDTC] Subject ${X.subject(r)}\nOpened by `).l('PERSON', nameForm(r, person(r, c.cultures))).t(`: Date of birth `).l('DOB', crfDate(r, ymd)).t(' makes subject younger than 18 at consent. Please verify.\nResponse (site): Corrected to ');
  d.l('DOB', crfDate(r, [ymd[0] - r.int(1, 20), ymd[1], ymd[2]])).t(` per passport; source updated ${crfDate(r, recent(r))}.\nStatus: CLOSED\n`);
});
// 44 informed consent log
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`INFORMED CONSENT LOG   ${X.protocol(r)}\nSubject | Participant name | ICF version | Date signed | Person obtaining consent\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    d.t(`${X.subject(r)} | `).l('PERSON', nameForm(r, person(r, c.cultures))).t(` | v${r.int(2, 6)}.0 | ${c.date(r, recent(r))} | `).l('PERSON', nameForm(r, person(r, c.cultures))).t('\n');
  }
});
// 45 site contact sheet (multi-line addresses)
T.push((d, r) => {
  const c = anyCountry(r);
  const pi = person(r, c.cultures);
  d.t(`SITE CONTACT SHEET — ${X.protocol(r)}\nPrincipal Investigator: `).l('PERSON', full(pi)).t(', MD PhD\n');
  d.t(`${r.pick(['Clinical Research Unit', 'Centro de Investigación Clínica', 'Studienzentrum'])}\n`);
  addr(d, r, c, true).t('\nTel: ').l('PHONE', c.phone(r)).t('\nE-mail: ').l('EMAIL', workEmail(r, pi)).t('\nPharmacy (IMP receipt): Room B-214, ground floor\nPharmacist: ').l('PERSON', full(person(r, c.cultures))).t('\nIMP delivery: Mon–Thu 08:00–15:00 only\n');
});
// 46 subject travel reimbursement by card
T.push((d, r) => {
  const c = anyCountry(r);
  const me = person(r, c.cultures);
  d.t('Subject: travel costs visit 5\n\nHello ').l('PERSON', person(r, c.cultures).given).t(`,\nthe taxi to the hospital cost ${r.int(20, 80)} — can you refund it to my card `).l('CARD', card(r)).t('? The reimbursement card you gave me (').t(maskedCard(r)).t(') was blocked.\nThanks, ').self(full(me)).t('\nParticipant ').t(X.subject(r)).t('\n');
});

// ───────────────────────────── pharmacovigilance ─────────────────────────────

// 47 MedWatch-style narrative
T.push((d, r) => {
  const c = cc(r.pick(['US', 'US', 'CA']));
  const rep = person(r, c.cultures);
  d.t(`MedWatch 3500 — Voluntary report   Mfr control # ${X.caseNo(r)}\nA. PATIENT INFORMATION\n  Identifier: ${letters(r, 2)} (initials)   Date of birth: `).l('DOB', c.date(r, birth(r))).t(`   Weight: ${r.int(45, 130)} kg\nB. ADVERSE EVENT\n  Patient started ${drug(r)} on ${c.date(r, recent(r))} and developed a rash that progressed to suspected ${r.pick(['Stevens-Johnson syndrome', 'DRESS', 'angioedema'])} within 9 days. Lot ${X.lot(r)}. Event abated on dechallenge.\nE. REPORTER\n  Name: `);
  d.l('PERSON', full(rep)).t('\n  Address: ');
  addr(d, r, c, false).t('\n  Phone: ').l('PHONE', c.phone(r)).t('   Email: ').l('EMAIL', email(r, rep)).t('\n  Health professional? ').t(r.pick(['Yes (pharmacist)', 'No (consumer)'])).t('\n');
});
// 48 CIOMS I form fields
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`CIOMS FORM — SUSPECT ADVERSE REACTION REPORT\n1. PATIENT INITIALS: PRIVACY   1a. COUNTRY: ${c.code}   2. DATE OF BIRTH: `).l('DOB', crfDate(r, birth(r))).t(`   2a. AGE: ${r.int(20, 90)}   3. SEX: ${r.pick(['F', 'M'])}\n4-6. REACTION ONSET: ${crfDate(r, recent(r))}\n7+13. DESCRIBE REACTION(S): ${r.pick(['Hepatic enzyme increased', 'Neutropenia grade 3', 'Anaphylactic reaction', 'QT prolongation'])} after dose ${r.int(2, 12)} of ${r.pick(IMP)}.\n14. SUSPECT DRUG: ${r.pick(IMP)} (blinded)   Batch ${X.lot(r)}\n24a. NAME AND ADDRESS OF MANUFACTURER:\n  ${r.pick(['Boehringer Ingelheim', 'Sanofi Pasteur', 'Eli Lilly'])}\n`);
  d.t('  ');
  addr(d, r, anyCountry(r), true).t('\n24b. MFR CONTROL NO: ').t(X.caseNo(r)).t('\n  Safety physician: ');
  doctor(d, r, c).t('\n');
});
// 49 E2B-like XML snippet
T.push((d, r) => {
  const c = anyCountry(r);
  const rep = person(r, c.cultures);
  d.t(`<ichicsr lang="en">\n  <safetyreport>\n    <safetyreportid>${c.code}-${X.caseNo(r)}</safetyreportid>\n    <patient>\n      <patientinitial>MSK</patientinitial>\n      <patientbirthdate>`).l('DOB', isoDate(birth(r)).replace(/-/g, '')).t(`</patientbirthdate>\n      <reaction><primarysourcereaction>${r.pick(EPONYMS)} flare</primarysourcereaction></reaction>\n    </patient>\n    <primarysource>\n      <reportergivename>`).l('PERSON', rep.given).t('</reportergivename>\n      <reporterfamilyname>').l('PERSON', rep.family).t('</reporterfamilyname>\n      <reporteremail>').l('EMAIL', email(r, rep)).t(`</reporteremail>\n    </primarysource>\n    <receiptdate>${isoDate(recent(r)).replace(/-/g, '')}</receiptdate>\n  </safetyreport>\n</ichicsr>\n`);
});
// 50 PV call-centre transcript (spoken contact details)
T.push((d, r) => {
  const c = cc(r.pick(EN_COUNTRIES));
  const me = person(r, c.cultures);
  const ag = person(r, c.cultures);
  const ymd = birth(r);
  d.t(`[Drug Safety line — call ${X.caseNo(r)} — recorded]\nAgent: Thank you for calling, this is `).l('PERSON', ag.given).t('. Are you reporting a side effect?\nCaller: Yes, for my husband. I\'m ').self(full(me)).t(`. He takes ${drug(r)} and his ankles are swollen.\nAgent: I'm sorry to hear that. What is his date of birth?\nCaller: `);
  d.l('DOB', r.chance(0.5) ? `${mon('en', ymd[1])} ${ordinal(ymd[2])}, ${ymd[0]}` : `the ${ordinal(ymd[2])} of ${mon('en', ymd[1])} ${ymd[0]}`).t(`.\nAgent: And a number to reach you for follow-up?\nCaller: `).l('PHONE', spokenPhone(r, c.phone(r))).t('.\nAgent: And email?\nCaller: ').l('EMAIL', spokenEmail(email(r, me))).t(`.\nAgent: Thank you. Your reference is ${X.caseNo(r)}.\n`);
});
// 51 literature case report (authors are people; eponymous disease is not)
T.push((d, r) => {
  const c = anyCountry(r);
  const a1 = person(r, c.cultures);
  const a2 = person(r, CULTURE_KEYS);
  d.t(`Literature screening hit (weekly search ${crfDate(r, recent(r))})\nCitation: `).l('PERSON', `${a1.family} ${a1.given.charAt(0)}`).t(', ').l('PERSON', `${a2.family} ${a2.given.charAt(0)}`).t(`, et al. "${r.pick(EPONYMS)} following ${r.pick(IMP)} exposure: a case report." J Clin Pharm Ther. ${r.int(2023, 2025)};${r.int(40, 50)}(${r.int(1, 12)}):${r.int(100, 999)}-${r.int(1000, 1200)}. doi:10.1111/jcpt.${r.digits(5)}\n`);
  d.t(`Assessment: valid ICSR (identifiable reporter: corresponding author `).l('EMAIL', workEmail(r, a1)).t(').\n');
});
// 52 safety follow-up request e-mail
T.push((d, r) => {
  const c = anyCountry(r);
  const rep = person(r, c.cultures);
  const off = person(r, c.cultures);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', email(r, rep)).t(`\nSubject: Follow-up request — case ${X.caseNo(r)}\n\nDear `).t(hon(r, c)).l('PERSON', rep.family).t(`,\n\nthank you for reporting the event of ${c.date(r, recent(r))}. To complete the assessment, could you confirm the patient's date of birth (we received `).t(`${c.date(r, birth(r)).replace(/\d/g, 'x')}`).t(') and whether the event resolved?\n\nKind regards\n').l('PERSON', full(off)).t(`\nDrug Safety Associate, ${r.pick(['Boehringer Ingelheim', 'Dr. Reddy\'s', 'Merck'])}\n`).l('PHONE', c.phone(r)).t('\n');
});
// 53 duplicate-check log
T.push((d, r) => {
  const c = anyCountry(r);
  const p = person(r, c.cultures);
  const ymd = birth(r);
  d.t(`[dup-check] candidate ${X.caseNo(r)} vs ${X.caseNo(r)} score=0.${r.digits(2)}\n  reporter_name: "`).l('PERSON', full(p)).t('" ~ "').l('PERSON', full(p).toUpperCase()).t('"\n  pat_dob: ').l('DOB', isoDate(ymd)).t(' == ').l('DOB', crfDate(r, ymd)).t(`\n  event_onset: ${isoDate(recent(r))}  product: ${r.pick(IMP)}\n  host=`).l('IP', ip(r)).t(` argus=${X.version(r)}\n`);
});
// 54 product quality complaint
T.push((d, r) => {
  const c = anyCountry(r);
  const me = person(r, c.cultures);
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: the ${drug(r)} pen from lot ${X.lot(r)} leaked before I could inject. GTIN on the box ${X.gtin(r)}\n${a}: I'm sorry. I'll open a quality complaint. May I have your name and a delivery address for the replacement and return kit?\n${u}: `).self(full(me)).t(', ');
  addr(d, r, c, false).t(`\n${a}: Thank you. Complaint ${X.caseNo(r)} — the courier will bring a prepaid envelope.\n`);
});
// 55 PV narrative (pasted, with hyphenated split phone — unlabelled)
T.push((d, r) => {
  const c = cc(r.pick(['GB', 'IE', 'AU', 'US']));
  const hcp = person(r, c.cultures);
  const ph = c.phone(r);
  const cut = ph.indexOf(' ') > 0 ? ph.indexOf(' ') : 4;
  d.t(`CASE NARRATIVE\nThis spontaneous report was received from a pharmacist (`).l('PERSON', full(hcp)).t(`) on ${c.date(r, recent(r))}. A ${r.int(30, 85)}-year-old ${r.pick(['female', 'male'])} patient (date of birth `);
  dob(d, r, c).t(`) with a history of ${r.pick(EPONYMS)} received ${drug(r)}. On day ${r.int(2, 20)} the patient experienced dizziness. Reporter contact (from fax, line-wrapped): ${ph.slice(0, cut)}-\n${ph.slice(cut).trim()}. Outcome: recovered.\n`);
});

// ───────────────────────────── diaries ─────────────────────────────

// 56 patient diary (pets and storms are not people)
T.push((d, r) => {
  const c = cc(r.pick(EN_COUNTRIES));
  const nurse = person(r, c.cultures);
  const pet = r.pick(sp('Biscuit|Max|Bella|Oscar|Luna|Daisy|Winston|Pepper'));
  d.t(`My injection diary — ${r.pick(IMP)} study\n${c.date(r, recent(r))}: injected left thigh ${X.time(r)}, mild redness. Walked ${pet} twice.\n`);
  d.t(`${c.date(r, recent(r))}: nurse `).l('PERSON', nurse.given).t(` called to check on me. ${r.pick(['Storm Ciarán', 'Hurricane Helene', 'Storm Babet'])} knocked the power out so I kept the pens in a cool bag (${X.temp(r)}).\n`);
  d.t(`${c.date(r, recent(r))}: headache 3/10, took paracetamol. ${pet}'s birthday today, ${r.int(3, 12)} years old!\n`);
  if (r.chance(0.6)) d.t('If found please call ').l('PHONE', c.phone(r)).t('\n');
});
// 57 ePRO app export with device IP
T.push((d, r) => {
  const c = anyCountry(r);
  d.t(`ePRO export ${X.protocol(r)} subject ${X.subject(r)} device ${letters(r, 2)}-${r.digits(6)} app ${X.version(r)}\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) d.t(`${X.ts(r)}  pain=${r.int(0, 10)} itch=${r.int(0, 10)} sleep=${r.int(0, 10)}  sync_from=`).l('IP', ip(r)).t('\n');
  d.t('caregiver on file: ').l('PERSON', nameForm(r, person(r, c.cultures))).t('\n');
});
// 58 Spanish / Portuguese symptom diary
T.push((d, r) => {
  const c = cc(r.pick(['ES', 'MX', 'BR']));
  const me = person(r, c.cultures);
  const pt = c.lang === 'pt';
  d.t(pt ? 'Diário de sintomas de ' : 'Diario de síntomas de ').self(full(me)).t(pt ? ' (nascimento: ' : ' (nacimiento: ');
  dob(d, r, c).t(')\n');
  for (let i = 0; i < r.int(2, 4); i++) d.t(`${c.date(r, recent(r))} — ${pt ? 'dor de cabeça leve, tomei' : 'dolor de cabeza leve, tomé'} ${drug(r)} ${X.time(r)}\n`);
  d.t(pt ? 'Médica do estudo: ' : 'Investigadora: ').t(r.pick(['Dra. ', 'Dra. '])).l('PERSON', full(person(r, c.cultures))).t(', tel. ').l('PHONE', c.phone(r)).t('\n');
});
// 59 Japanese patient diary (さん)
T.push((d, r) => {
  const c = cc('JP');
  d.t(`服薬日記\n${c.date(r, recent(r))} 朝 ${drug(r)} 服用。薬剤師の`).l('PERSON', nativeName(r, 'ja', false)).t(`さんに副作用を相談。\n${c.date(r, recent(r))} 夜 少しめまい。治験コーディネーター `).l('PERSON', nativeName(r, 'ja', true)).t(' さん（').l('PHONE', c.phone(r)).t('）に電話。\n');
});

// ───────────────────────────── courier and cold chain ─────────────────────────────

// 60 direct-to-patient courier record
T.push((d, r) => {
  const c = anyCountry(r);
  const pt = person(r, c.cultures);
  d.t(`SHIPMENT ${X.ups(r)}   Service: ${r.pick(['Express 2–8 °C', 'Priority Frozen', 'CRT 15–25 °C'])}\nShipper: Central Depot ${r.pick(['Frankfurt', 'Memphis', 'Singapore'])}\nConsignee:\n`);
  d.l('PERSON', full(pt)).t('\n');
  addr(d, r, c, true).t('\nTel: ').l('PHONE', c.phone(r)).t(`\nContents: ${r.int(1, 4)} x ${r.pick(IMP)} kit (${X.kit(r)})\nLogger: ${X.logger(r)}   Max ${X.temp(r)}  Min ${X.temp(r)}\nDelivery instructions: leave with neighbour at ${r.pick(['no. 14', 'the green door', 'reception'])}, not in the mailbox.\n`);
});
// 61 cold-chain excursion report
T.push((d, r) => {
  const c = anyCountry(r);
  const qa = person(r, c.cultures);
  d.t(`TEMPERATURE EXCURSION REPORT ${X.ticket(r)}\nShipment: ${X.dhl(r)}   Logger ${X.logger(r)}\nRoute: ${r.pick(['Charles de Gaulle Airport', 'John F. Kennedy International', 'Heathrow', 'Leonardo da Vinci–Fiumicino'])} → site\nExcursion: ${X.temp(r)} for ${r.int(12, 180)} min at ${X.ts(r)} (stability data ${X.hash(r)})\nReceiving site:\n`);
  addr(d, r, c, true).t('\nReported by: ').l('PERSON', full(qa)).t(', ').l('EMAIL', workEmail(r, qa)).t('\nDisposition: QUARANTINE pending QA release\n');
});
// 62 DTP notification e-mail to a participant
T.push((d, r) => {
  const c = anyCountry(r);
  const pt = person(r, c.cultures);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', email(r, pt)).t('\nSubject: Your study medication is on its way\n\nHi ').l('PERSON', pt.given).t(`,\n\nyour next kit ships today with tracking ${X.fedex(r)}. The driver will call `).l('PHONE', c.phone(r)).t(' about 30 minutes before arrival at:\n\n');
  addr(d, r, c, true).t('\n\nPlease store it in the fridge straight away.\n— Study team\n');
});
// 63 customs declaration for IMP shipment
T.push((d, r) => {
  const c = anyCountry(r);
  const ct = person(r, c.cultures);
  d.t(`PRO FORMA INVOICE (no commercial value) ${X.order(r)}\nEORI: ${c.code}${r.digits(12)}   VAT: ${c.code}${r.digits(9)}\nHS code 3004.90   Description: investigational medicinal product ${r.pick(IMP)}, ${r.int(10, 200)} kits\nImporter of record / contact: `).l('PERSON', full(ct)).t(' ').l('PHONE', c.phone(r)).t('\nDeliver to:\n');
  addr(d, r, c, true).t(`\nIncoterms DAP   Gross ${r.int(5, 90)} kg   Pallets ${r.int(1, 4)}\n`);
});

// ───────────────────────────── call centre ─────────────────────────────

// 64 refill call transcript
T.push((d, r) => {
  const c = cc(r.pick(EN_COUNTRIES));
  const me = person(r, c.cultures);
  const ag = person(r, c.cultures);
  d.t(`CALL ${X.ticket(r)}  ${X.ts(r)}  queue=refills  agent=`).l('PERSON', full(ag)).t(`\nAGENT: Good morning, you're through to the pharmacy. Who am I speaking with?\nCALLER: It's `).self(full(me)).t('.\nAGENT: Can you confirm your date of birth?\nCALLER: ');
  dob(d, r, c).t(`.\nAGENT: Thanks. I see ${drug(r)} due. Same card?\nCALLER: No, use `).l('CARD', card(r)).t(`.\nAGENT: Got it. And still at `);
  addr(d, r, c, false).t('?\nCALLER: Yes.\n');
});
// 65 billing dispute call (card read in groups)
T.push((d, r) => {
  const c = cc(r.pick(['US', 'GB', 'CA', 'AU']));
  const me = person(r, c.cultures);
  const digits = cardDigits(r);
  d.t('Agent: I can help with the double charge. The card number?\nCaller: ').l('CARD', digits.replace(/(\d{4})(?=\d)/g, '$1 ')).t(`\nAgent: And the name on the card?\nCaller: `).l('PERSON', full(me).toUpperCase()).t(`\nAgent: Thank you. I see two charges of ${r.int(10, 90)}.${r.digits(2)} on ${c.date(r, recent(r))}. I've refunded one; reference ${X.order(r)}. Anything else?\nCaller: No, thanks `).l('PERSON', person(r, c.cultures).given).t('.\n');
});
// 66 CRM note
T.push((d, r) => {
  const c = anyCountry(r);
  const pt = person(r, c.cultures);
  d.t(`CRM | ${X.ts(r)} | case ${X.caseNo(r)} | channel: phone\n`).l('PERSON', nameForm(r, pt)).t(` called re missed delivery of ${drug(r)}. Verified DOB `).l('DOB', c.date(r, birth(r))).t(' and phone ').l('PHONE', c.phone(r)).t('. Updated e-mail to ').l('EMAIL', email(r, pt)).t(`. Old number ${X.maskedPhone(r)} removed. Escalated to `).l('PERSON', person(r, c.cultures).given).t(' (team lead).\n');
});
// 67 IVR transcript
T.push((d, r) => {
  const c = cc(r.pick(['US', 'CA']));
  d.t(`IVR ${X.ts(r)} ANI=`).l('PHONE', c.phone(r)).t(`\n> Please enter or say your prescription number.\n< ${r.digits(7)}\n> Please enter your date of birth as eight digits.\n< `).l('DOB', (() => {
    const [y, m, dd] = birth(r);
    return `${p2(m)}${p2(dd)}${y}`;
  })()).t(`\n> Your refill of ${drug(r)} will be ready ${c.date(r, recent(r))} after 2 PM.\n`);
});
// 68 call-centre callback list
T.push((d, r) => {
  const c = anyCountry(r);
  d.t('Callback list — medical information line\n');
  const n = r.int(3, 4);
  for (let i = 0; i < n; i++) {
    d.t(`${i + 1}. `).l('PERSON', nameForm(r, person(r, c.cultures))).t(' — ');
    if (r.chance(0.25)) d.t(`${X.maskedPhone(r)} (number withheld)`);
    else d.l('PHONE', c.phone(r));
    d.t(` — re ${r.pick([...EPONYMS.slice(0, 6), 'missed dose', 'storage after power cut', 'pregnancy exposure'])}\n`);
  }
});

// ───────────────────────────── mixed ─────────────────────────────

// 69 investigator payment setup (SSN vs EIN)
T.push((d, r) => {
  const c = cc('US');
  const inv = person(r, c.cultures);
  d.t(`Investigator Payment Setup — ${X.protocol(r)}\nPayee: `).l('PERSON', full(inv)).t(', MD\nTaxpayer ID type: ').t(r.chance(0.5) ? 'SSN (individual)\nTIN: ' : 'SSN\nTIN: ').l('NATIONAL_ID', ssn(r)).t(`\nPractice EIN (do not use for 1099): ${X.ein(r)}\nBank routing: ${X.routing(r)}   Account: ****${r.digits(4)}\nRemit to: `);
  addr(d, r, c, false).t('\nContact: ').l('EMAIL', workEmail(r, inv)).t('\n');
});
// 70 pasted e-mail thread with signature blocks
T.push((d, r) => {
  const c = anyCountry(r);
  const a = person(r, c.cultures);
  const b = person(r, c.cultures);
  d.t(`> On ${c.date(r, recent(r))}, `).l('PERSON', full(b)).t(' <').l('EMAIL', workEmail(r, b)).t(`> wrote:\n> Can the pharmacy confirm the ${r.pick(IMP)} kits were destroyed?\n\nYes — destruction certificate ${X.ticket(r)} attached, witnessed by `).l('PERSON', nameForm(r, person(r, c.cultures))).t('.\n\n--\n').l('PERSON', full(a)).t('\nSenior Clinical Trials Pharmacist\n');
  addr(d, r, c, true).t('\nT ').l('PHONE', c.phone(r)).t(r.chance(0.5) ? '  |  M ' : '\nM ').l('PHONE', c.phone(r)).t('\n');
});
// 71 pharmacy staff onboarding form (SSN, DOB)
T.push((d, r) => {
  const c = cc('US');
  const p = person(r, c.cultures);
  d.t(`New hire — pharmacy technician (${r.pick(['CPhT', 'trainee'])})\nLegal name: `).l('PERSON', `${p.family}, ${p.given}`).t('\nPreferred name: ').l('PERSON', p.given).t('\nDOB: ').l('DOB', c.date(r, birth(r))).t('   SSN: ').l('NATIONAL_ID', ssn(r)).t(`\nState license #: ${letters(r, 2)}${r.digits(6)}   Start date: ${c.date(r, recent(r))}\nEmergency contact: `).l('PERSON', full(person(r, c.cultures))).t(' ').l('PHONE', c.phone(r)).t('\n');
});
// 72 remote pharmacy VPN access request
T.push((d, r) => {
  const c = anyCountry(r);
  const p = person(r, c.cultures);
  d.t(`Access request ${X.ticket(r)}: `).l('PERSON', full(p)).t(' (').l('EMAIL', workEmail(r, p)).t(') needs VPN to the dispensing robot controller at ').l('IP', ipv4(r)).t(`:${r.pick([22, 443, 8443, 5900])} and the label printer `).l('IP', ip(r)).t(`. Firmware ${X.version(r)}. Approved by `).l('PERSON', nameForm(r, person(r, c.cultures))).t('.\n');
});
// 73 German insurer letter (Krankenkasse, Erstattung)
T.push((d, r) => {
  const c = cc(r.pick(['DE', 'AT']));
  const p = person(r, ['de', 'tr', 'pl']);
  const female = r.chance(0.5);
  d.t(`${r.pick(['Techniker Krankenkasse', 'AOK Nordost', 'Barmer'])} · Postfach ${r.int(1000, 9999)}\n\n`).t(female ? 'Frau ' : 'Herrn ').l('PERSON', full(p)).t('\n');
  addr(d, r, c, true).t(`\n\nVersichertennummer ${letters(r, 1)}${r.digits(9)}\nErstattung Arzneimittel vom ${c.date(r, recent(r))}\n\n${female ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr '}`).l('PERSON', p.family).t(',\nwir überweisen ').t(`${r.int(10, 300)},${r.digits(2)} € auf Ihr Konto `).l('IBAN', iban(r, c.iban ?? 'DE')).t('. Geburtsdatum laut Antrag: ');
  dob(d, r, c).t('.\nMit freundlichen Grüßen\n').l('PERSON', full(person(r, ['de']))).t('\n');
});

// 74 online pharmacy checkout export
T.push((d, r) => {
  const c = cc(r.pick(['US', 'GB', 'CA', 'AU', 'IE', 'DE', 'FR']));
  const p = person(r, c.cultures);
  d.t(`order_id=${X.order(r)}\ncustomer=`).l('PERSON', full(p)).t('\nemail=').l('EMAIL', email(r, p)).t('\nclient_ip=').l('IP', ip(r)).t('\npan=').l('CARD', card(r)).t(`\nexp=${p2(r.int(1, 12))}/${r.int(26, 31)}  cvv=***\nbilling=`);
  addr(d, r, c, false).t(`\nitems=${drug(r)} x${r.int(1, 3)}\nfraud_score=0.${r.digits(2)}  3ds=${r.pick(['Y', 'N', 'A'])}\n`);
  if (r.chance(0.4)) d.t(`previous_attempt_pan=${badCard(r)} (rejected)\n`);
});
// 75 SEPA mandate for a home-delivery subscription
T.push((d, r) => {
  const c = cc(r.pick(IBAN_COUNTRIES.filter((k) => k !== 'BR')));
  const p = person(r, c.cultures);
  d.t(`SEPA Direct Debit Mandate — Mandate ref. MDT-${r.digits(8)}\nCreditor: ${r.pick(['Apotheke am Markt', 'Pharmacie Centrale', 'Farmacia San Giorgio', 'MedExpress Versand'])} (Creditor ID ${c.iban ?? 'DE'}${r.digits(2)}ZZZ${r.digits(11)})\nDebtor name: `).l('PERSON', full(p)).t('\nDebtor address: ');
  addr(d, r, c, false).t('\nIBAN: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nType of payment: recurrent   Signed ${c.date(r, recent(r))}\n`);
});
// 76 US pharmacy patient registration
T.push((d, r) => {
  const c = cc('US');
  const p = person(r, c.cultures);
  const me = r.chance(0.5);
  d.t('PATIENT PROFILE\nLast, First: ').l('PERSON', `${p.family}, ${p.given}`).t('\nDOB: ').l('DOB', c.date(r, birth(r))).t('\nSSN (optional): ');
  if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
  else d.t(badSsn(r));
  d.t(`\nAllergies: ${r.pick(['NKDA', 'penicillin', 'sulfa', 'latex'])}\nHome: `).l('PHONE', c.phone(r)).t('\nInsurance: ').t(`${r.pick(['Aetna', 'Cigna', 'Humana'])} ${X.member(r)}\n`);
  if (me) d.t('Guarantor (if different): ').l('PERSON', full(person(r, c.cultures))).t(' SSN ').l('NATIONAL_ID', ssn(r)).t('\n');
});
// 77 European call-centre refund to IBAN
T.push((d, r) => {
  const c = cc(r.pick(IBAN_COUNTRIES));
  const me = person(r, c.cultures);
  d.t(`[call ${X.ticket(r)}] Agent: Which account should the refund for ${X.order(r)} go to?\nCaller: `).l('IBAN', iban(r, c.iban ?? 'DE')).t('. The holder is me, ').self(full(me)).t(`.\nAgent: Thanks. The old account ${badIban(r, c.iban ?? 'DE')} was rejected by the bank, so we'll use the new one. Expect it within 5 working days.\n`);
});

// 78 specialty pharmacy benefits investigation
T.push((d, r) => {
  const c = cc('US');
  const p = person(r, c.cultures);
  d.t(`BENEFITS INVESTIGATION — ${r.pick(['hub services', 'specialty intake'])} ${X.caseNo(r)}\nPatient: `).l('PERSON', nameForm(r, p)).t('   DOB ').l('DOB', c.date(r, birth(r))).t('\nSubscriber: ').l('PERSON', full(person(r, c.cultures))).t(' (spouse)   Subscriber SSN ').l('NATIONAL_ID', ssn(r)).t(`\nPBM: ${r.pick(['OptumRx', 'Express Scripts', 'CVS Caremark'])}  BIN ${r.digits(6)}  PCN ${letters(r, 4)}\nDeductible met: $${r.int(0, 3000)}   Copay after PA: $${r.int(0, 250)}\nNotes: verified via portal from `).l('IP', ipv4(r)).t(`; old SSN on file ${badSsn(r)} purged.\n`);
});

const BOOST: Tpl[] = [0, 2, 7, 11, 16, 28, 29, 31, 38, 63, 64, 68, 70, 72, 73, 74, 75, 76, 77, 77, 73, 64, 0].map((i) => T[i] as Tpl);

// ───────────────────────────── hard negatives (no PII) ─────────────────────────────

const N: Tpl[] = [];
N.push((d, r) => {
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: can I take ${drug(r)} with ${drug(r)}? I have ${r.pick(EPONYMS)} and my neurologist at ${r.pick(BRANDS)} said to ask the pharmacist.\n${a}: There is no major interaction listed, but separate the doses by 2 hours. Patients with ${r.pick(EPONYMS)} should report dizziness.\n`);
});
N.push((d, r) => {
  d.t('sku,ndc,description,lot,expiry,qty,gtin\n');
  for (let i = 0; i < r.int(4, 7); i++) d.t(`${r.digits(6)},${X.ndc(r)},${drug(r)},${X.lot(r)},${isoDate(recent(r))},${r.int(0, 400)},${X.gtin(r)}\n`);
  d.t(`# export ${X.ts(r)} by job inventory-sync ${X.version(r)} checksum ${X.hash(r)}\n`);
});
N.push((d, r) => {
  d.t(`PROTOCOL SYNOPSIS ${X.protocol(r)} (version ${r.int(2, 6)}.0, ${crfDate(r, recent(r))})\nSponsor: ${r.pick(['Eli Lilly', 'Johnson & Johnson', 'Bristol Myers Squibb', 'Boehringer Ingelheim'])}\nTitle: A Phase ${r.pick(['2', '3', '2b'])}, randomised, double-blind study of ${r.pick(IMP)} in adults with ${r.pick(EPONYMS)}\nPrimary endpoint: change from baseline to week ${r.int(12, 52)}\nKey inclusion: age 18–75 years at screening; born after 1950 is NOT required.\nIMP storage: ${X.temp(r)} to ${X.temp(r)}; excursions per SOP-${r.digits(4)}\nRegistry: ${X.protocol(r)}\n`);
});
N.push((d, r) => {
  for (let i = 0; i < r.int(4, 6); i++) d.t(`${X.ts(r)} INFO  dispense-robot fw=${X.version(r)} carousel=${r.int(1, 8)} picks=${r.int(0, 900)} err=0 commit=${X.hash(r)}\n`);
  d.t(`${X.ts(r)} WARN  firmware ${r.int(4, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} available; current build 10.4.2.118\n`);
});
N.push((d, r) => {
  d.t(`COLD-CHAIN SUMMARY week ${r.int(1, 52)}\nLane ${r.pick(['FRA→JFK', 'LHR→SIN', 'CDG→GRU', 'AMS→NRT'])} via ${r.pick(['Charles de Gaulle Airport', 'John F. Kennedy International', 'Ronald Reagan Washington National', 'Leonardo da Vinci–Fiumicino'])}\nShipments: ${r.int(20, 300)}   Excursions: ${r.int(0, 5)}   Loggers: ${X.logger(r)}, ${X.logger(r)}\nVessel MV ${r.pick(['Ingrid Maersk', 'Margrethe', 'Queen Mary 2'])} delayed by ${r.pick(['Storm Ciarán', 'Hurricane Milton', 'Typhoon Haikui'])}.\nTracking refs: ${X.ups(r)}, ${X.dhl(r)}, ${X.fedex(r)}\n`);
});
N.push((d, r) => {
  d.t(`AP reconciliation ${crfDate(r, recent(r))}\nInvoice INV-${r.digits(7)} paid to vendor EIN ${X.ein(r)}, ABA ${X.routing(r)}\nRejected: IBAN ${badIban(r, r.pick(IBAN_COUNTRIES.map((k) => cc(k).iban ?? 'DE')))} (checksum failed)\nCard test txn ${badCard(r)} declined (Luhn), corporate card ${maskedCard(r)} OK\nSSN field blank for vendor (${badSsn(r)})\n`);
});
N.push((d, r) => {
  d.t(`Regulatory note: the ${r.pick(LAWS)} and the ${r.pick(LAWS)} shaped how generic ${drug(r)} reached the market. Companies such as ${r.pick(BRANDS)} and ${r.pick(BRANDS)} cite them in filings; the ${r.pick(['Lasker Award', 'Nobel Prize', 'Prix Galien'])} went to work on ${r.pick(EPONYMS)} in ${r.int(1990, 2024)}.\n`);
});
N.push((d, r) => {
  d.t(`Release notes — RxQueue ${X.version(r)} (${isoDate(recent(r))})\n- Fixed label overflow for ${drug(r)} sigs\n- Added ${r.pick(['Epic', 'Cerner', 'Veeva Vault'])} connector ${X.version(r)}\n- "Hope" and "Grace" themes renamed to "Dawn" and "Summer"\n- Ticket ${X.ticket(r)}, PR #${r.int(100, 9999)}, commit ${X.hash(r)}\n`);
});
N.push((d, r) => {
  d.t('patient_ref,name,dob,ssn,card,phone\n');
  for (let i = 0; i < r.int(3, 5); i++) d.t(`${X.subject(r)},[REDACTED],**/**/****,${badSsn(r)},${maskedCard(r)},${X.maskedPhone(r)}\n`);
});
N.push((d, r) => {
  const [u, a] = chatOpen(d, r);
  d.t(`${u}: power went out during ${r.pick(['Storm Babet', 'Hurricane Helene'])} — is my insulin ok? it sat at ${X.temp(r)} overnight. my dog ${r.pick(sp('Grace|Rocky|Ruby|Hope|Oscar'))} chewed the box too lol\n${a}: Unopened insulin kept below 30 °C for under 28 days is usually fine; check with your pharmacist before the next dose on ${isoDate(recent(r))}.\n`);
});
N.push((d, r) => {
  d.t(`Site ${r.int(100, 999)} monthly metrics: screened ${r.int(1, 30)}, randomised ${r.int(0, 20)}, screen-fail rate ${r.int(5, 60)}%. Open queries: ${r.int(0, 40)} (oldest ${crfDate(r, recent(r))}). Kits on hand: ${X.kit(r)}–${X.kit(r)}. Monitor: see CTMS. Next DSMB on ${crfDate(r, recent(r))}.\n`);
});

/** Number of distinct document templates (labelled + hard negatives). */
export const INDEPENDENT48_TEMPLATE_COUNT = T.length + N.length;

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent48Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent48Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT48_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT48_MIN_INSTANCES;
  const out: Independent48Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const negative = r.chance(0.1);
    (negative ? r.pick(N) : r.pick(r.chance(0.2) ? BOOST : T))(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
